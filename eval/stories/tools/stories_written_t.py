"""Multi-event stories written for this project (issue 11), batch t: unseen by the coders in the session it was written
(2026-11-27 evening, 17:23-20:23), the lead's measure of story generalisation, as batch s. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, weekly round-ups, police releases and
copyright lines — from countries the stories still lacked (Eritrea, Seychelles, Cape Verde, Sao Tome, Gabon, Liberia,
Azerbaijan, Latvia, Finland, Norway, Iceland, Denmark, Croatia, Bosnia, Albania, Vanuatu, East Timor, Rwanda, Belize,
Guyana, Vietnam, Uzbekistan, Turkmenistan, Spain, Poland, the Dominican Republic, Costa Rica, Uruguay, Malawi, Namibia,
Qatar, Singapore, the Bahamas, Barbados, Puerto Rico, Belgium, Luxembourg, Guinea-Bissau; and Sanaag, Enga, Maysan,
South Kivu's Kalehe), with
the hard kinds batch s showed the coder:
arrests during protests (inside the protest) against arrests on another day (organisers at home: Arrests; rioters
picked up in raids: Arrests of Rioters), clan and tribal fights with rifles (Armed clash of clan or tribal militias)
against villages or crowds fighting (Mob violence), civilians caught in crossfire (counted in the clash, no Attack of
their own; a death in hospital days later counted too), deployments in answer to a clash (no event), and named villages
the gazetteer lacks (precision 2 at the town the text places them near). Our own words; invented incidents at real
places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ERI = "Military Forces of Eritrea (1993-)"; ISR_POL = "Police Forces of Israel (2022-)"; SYC_POL = "Police Forces of Seychelles (2025-)"
CPV_POL = "Police Forces of Cape Verde (2021-)"; GAB_POL = "Police Forces of Gabon (2023-)"; AZE_POL = "Police Forces of Azerbaijan (2003-)"
FIN_POL = "Police Forces of Finland (2023-)"; NOR_POL = "Police Forces of Norway (2021-)"; HRV_POL = "Police Forces of Croatia (2016-)"
ALB_POL = "Police Forces of Albania (2013-)"; VUT_POL = "Police Forces of Vanuatu (2025-)"; TLS_POL = "Police Forces of East Timor (2023-)"
FDLR = "FDLR: Democratic Forces for the Liberation of Rwanda"; M23 = "M23: March 23 Movement"

STORIES = [
S("st-t-001", "2026-03-10", """ERITREA-ISRAEL/
Eritrean soldiers round up young men in Asmara and Keren for army service, exiles say; Tel Aviv police drag away Eritrean protesters

NAIROBI/JERUSALEM, March 10 (Wire) - Eritrean soldiers detained hundreds of young men in street round-ups in the capital Asmara on Saturday and Sunday to send them to military training camps, an exile radio station and two residents reached by telephone said.

Soldiers sealed off the streets around the central market and checked the papers of every man who looked to be of military age, loading those without a discharge or exemption card onto army trucks, one resident said. A similar round-up took place in Keren, the country's second city, on Monday, the radio station said. Eritrea's information ministry did not reply to a request for comment.

The round-ups, known locally as "giffa", have been a feature of life in Eritrea since national service was made indefinite in the early 2000s. Tens of thousands of young Eritreans have fled the country to avoid it.

In Tel Aviv, police on Monday dragged away about 200 Eritrean asylum seekers who had sat down on a main road near the central bus station to protest against the round-ups and against plans to deport them, and detained 12 of them, an Israeli police spokesman said. Three protesters were treated by paramedics for bruises.

President Isaias Afwerki has ruled Eritrea since independence in 1993; the country has never held a national election.""", [
  E(cur, "Arrests", "Eritrean soldiers detained hundreds of young men in street round-ups in the capital Asmara", P("Asmara", "ER"), "saturday", tp=2,
    a1=ERI, i1=1, a2="Civilians (Eritrea)", i2=7),
  E(cur, "Arrests", "A similar round-up took place in Keren", P("Keren", "ER"), "monday", a1=ERI, i1=1, a2="Civilians (Eritrea)", i2=7),
  E(cur, "Protest with intervention", "police on Monday dragged away about 200 Eritrean asylum seekers", P("Tel Aviv", "IL"), "monday",
    a1="Protesters (Eritrea)", i1=6, a2=ISR_POL, i2=1, inj=3),
]),

S("st-t-002", "2026-07-22", """Seychelles police pepper-spray taxi drivers blocking airport road; seven held

VICTORIA, Seychelles – Police used pepper spray on Tuesday to clear about 150 taxi drivers who had blocked the road to the international airport near Victoria with their cars since dawn to protest against a licence granted to a ride-hailing app, and detained seven of them, the police commissioner said.

The drivers say the app, which began operating on Mahe on July 1, will put hundreds of them out of work. The transport ministry said it would meet their association on Thursday.

"We have been patient for three weeks, and today they answered us with pepper spray," said a driver who took part. The seven were released on bail in the evening.

In neighbouring Mauritius, about 2,000 people marched peacefully through Port Louis on Saturday to demand a public inquiry into the sale of state land on the coast to hotel developers, in one of the largest protests on the island this year.""", [
  E(cur, "Protest with intervention", "Police used pepper spray on Tuesday to clear about 150 taxi drivers", P("Victoria", "SC", 2), "tuesday",
    a1="Protesters (Seychelles)", i1=6, a2=SYC_POL, i2=1),
  E(cur, "Peaceful protest", "about 2,000 people marched peacefully through Port Louis on Saturday", P("Port Louis", "MU"), "saturday",
    a1="Protesters (Mauritius)", i1=6),
], register="local"),

S("st-t-003", "2026-09-15", """CAPE VERDE/
Youths stone police in Praia after teenager dies in chase; 11 arrested in raids

PRAIA, Sept 15 (Wire) - Police in Cape Verde said on Tuesday they had arrested 11 young men in raids on homes in Praia's Achada Grande neighbourhood on Monday over a night of unrest in which four officers were hurt.

Groups of youths set fire to rubbish bins and a car and threw stones at police patrols in the neighbourhood on Saturday night, hours after a 17-year-old died when his motorbike hit a wall during a police chase. Police fired tear gas and rubber bullets to disperse them, and said four officers had been hurt by stones.

The family of the teenager says a police car rammed the motorbike; the police say it crashed on its own. The justice minister said an inquiry had been opened.

In Sao Tome, the capital of Sao Tome and Principe, about 300 teachers marched peacefully to the government palace on Monday to demand three months of unpaid wages.""", [
  E(cur, "Violent demonstration", "threw stones at police patrols in the neighbourhood on Saturday night", P("Praia", "CV", 2), "saturday",
    a1="Rioters (Cape Verde)", i1=5, a2=CPV_POL, i2=1, inj=4),
  E(cur, "Arrests", "they had arrested 11 young men in raids on homes in Praia's Achada Grande neighbourhood on Monday", P("Praia", "CV", 2), "monday",
    a1=CPV_POL, i1=1, a2="Rioters (Cape Verde)", i2=5),
  E(cur, "Peaceful protest", "about 300 teachers marched peacefully to the government palace on Monday", P("Sao Tome", "ST", a1="Agua Grande"), "monday",
    a1="Protesters (Sao Tome and Principe)", i1=6),
]),

S("st-t-004", "2026-05-05", """GABON: ORGANISERS OF BANNED MARCH ARRESTED AT HOME; POLICE TEAR-GAS CROWD IN LIBREVILLE

LIBREVILLE — Police arrested four organisers of a banned march against the cost of living at their homes in Libreville late on Friday, hours before it was due to start, their lawyers said.

On Saturday, police fired tear gas at a few hundred people who gathered at the Rond-point de la Democratie despite the ban, and detained about 20 of them, witnesses said. Shops in the surrounding streets stayed shut for the rest of the day.

The march had been called by a coalition of trade unions and civil society groups against rising fuel and food prices. The interior ministry had banned it on Wednesday, citing "risks to public order", and warned that any gathering would be dispersed.

In Oyem, in the north of the country, about 200 people marched peacefully through the town centre on Saturday morning before going home. Police watched but did not intervene.

The four organisers were released without charge on Monday.""", [
  E(cur, "Arrests", "Police arrested four organisers of a banned march against the cost of living at their homes in Libreville", P("Libreville", "GA"), "friday",
    a1=GAB_POL, i1=1, a2="Civilians (Gabon)", i2=7),
  E(cur, "Protest with intervention", "police fired tear gas at a few hundred people who gathered at the Rond-point de la Democratie", P("Libreville", "GA"), "saturday",
    a1="Protesters (Gabon)", i1=6, a2=GAB_POL, i2=1),
  E(cur, "Peaceful protest", "about 200 people marched peacefully through the town centre on Saturday morning", P("Oyem", "GA"), "saturday",
    a1="Protesters (Gabon)", i1=6),
], register="local"),

S("st-t-005", "2026-02-04", """AZERBAIJAN-MEDIA/
Azerbaijan detains satirical poet over online videos; Ganja traders detained as police break up protest over stall demolitions

BAKU, Feb 4 (Wire) - Police in Azerbaijan detained a satirical poet at a cafe in Baku on Tuesday, days after he posted a video in which he recited verses mocking the price of bread, his lawyer said.

A court later ordered him held for 30 days for "disobeying police", which the lawyer called "absurd". Three other social media commentators have been detained in the country since the start of the year.

In Ganja, the country's second city, police on Sunday broke up a gathering of about 100 market traders who had assembled outside the city administration to protest against the demolition of their stalls, and detained eight of them, a local activist said. The traders were fined and released the same evening.

Rights groups say more than 300 people are held in Azerbaijan on politically motivated charges.""", [
  E(cur, "Arrests", "Police in Azerbaijan detained a satirical poet at a cafe in Baku on Tuesday", P("Baku", "AZ", a1="Baku"), "tuesday",
    a1=AZE_POL, i1=1, a2="Civilians (Azerbaijan)", i2=7),
  E(cur, "Protest with intervention", "police on Sunday broke up a gathering of about 100 market traders", P("Ganja", "AZ", a1="Ganja"), "sunday",
    a1="Protesters (Azerbaijan)", i1=6, a2=AZE_POL, i2=1),
]),

S("st-t-006", "2026-10-20", """BALTICS-NORDICS/
Tampere police remove climate activists from power plant road; council windows smashed in Daugavpils

HELSINKI/RIGA, Oct 20 (Wire) - Finnish police on Monday removed about 70 climate activists who had blocked the access road to a peat-fired power plant in Tampere for three hours in the morning, and detained 41 of them, police said.

The activists, who were demanding an end to subsidies for peat burning, sat on the road in front of the lorries and refused to leave when told to. Officers carried them to waiting buses one by one. Nobody was hurt.

In Latvia, unknown people smashed windows and daubed slogans in Russian on the building of the Daugavpils city council overnight on Saturday, police said. Nobody was in the building. The city, near the borders with Russia and Belarus, has a Russian-speaking majority.

In Riga, about 5,000 people rallied peacefully outside the parliament on Sunday against planned cuts to hospital budgets.""", [
  E(cur, "Protest with intervention", "Finnish police on Monday removed about 70 climate activists", P("Tampere", "FI"), "monday",
    a1="Protesters (Finland)", i1=6, a2=FIN_POL, i2=1, fat=0, inj=0),
  E(cur, "Looting/property destruction", "unknown people smashed windows and daubed slogans in Russian on the building of the Daugavpils city council",
    P("Daugavpils", "LV"), "saturday", a1="Unidentified Armed Group (Latvia)", i1=3, a2="Civilians (Latvia)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 5,000 people rallied peacefully outside the parliament on Sunday", P("Riga", "LV"), "sunday",
    a1="Protesters (Latvia)", i1=6),
]),

S("st-t-007", "2026-06-10", """NORDIC ROUND-UP: Police lift mine protesters off road in Finnmark; man shot in Odense gang feud

OSLO/COPENHAGEN — Norwegian police on Tuesday removed 16 Sami reindeer herders and environmental activists who had chained themselves to a gate on the road to a copper mine near Kvalsund, outside Hammerfest in the far north, and fined them, Finnmark police said.

The protesters say waste from the mine, which is due to reopen next year, will be dumped in the fjord where the herders' reindeer graze in summer. Nobody was hurt.

In Denmark, a 19-year-old man was shot in the stomach outside a pizzeria in the Vollsmose area of Odense late on Sunday, police said, adding that the shooting was linked to a conflict between two criminal gangs. Police set up a visitation zone in the east of the city where officers may search people without suspicion.

In Iceland, about 1,000 people gathered peacefully on Austurvollur square in front of the Althing in Reykjavik on Saturday to protest against the sale of the state's remaining stake in a bank.

(Compiled by the Nordic desk)""", [
  E(cur, "Protest with intervention", "Norwegian police on Tuesday removed 16 Sami reindeer herders and environmental activists", P("Hammerfest", "NO", 2, a1="Finnmark"), "tuesday",
    a1="Protesters (Norway)", i1=6, a2=NOR_POL, i2=1, fat=0, inj=0),
  E(cur, "Attack", "a 19-year-old man was shot in the stomach outside a pizzeria in the Vollsmose area of Odense", P("Odense", "DK", 2), "sunday",
    a1="Unidentified Armed Group (Denmark)", i1=3, a2="Civilians (Denmark)", i2=7, inj=1),
  E(cur, "Peaceful protest", "about 1,000 people gathered peacefully on Austurvollur square", P("Reykjavik", "IS", a1="Reykjavikurborg"), "saturday",
    a1="Protesters (Iceland)", i1=6),
]),

S("st-t-008", "2026-04-29", """Hajduk and Rijeka fans fight in Split old town; 19 held after police raids

SPLIT – Croatian police arrested 19 men on Tuesday in raids on homes in Split and nearby Sinj over a fight between supporters of Hajduk Split and HNK Rijeka in the old town of Split on Saturday, in which nine people were hurt, police said.

About 150 fans, many with their faces covered, attacked each other with flares, bottles and metal bars in the streets near the Riva promenade about three hours before the match. Café terraces were wrecked and two tourists were among the injured. Riot police separated the groups and escorted the visiting fans to the stadium.

In Albania, police on Monday detained nine residents of villages near Elbasan who had blocked a road for a week to stop lorries taking rubbish to a new landfill, and reopened the road, the villagers' lawyer said.

In Bosnia, about 3,000 people marched peacefully through Tuzla on Sunday to demand the reopening of a closed salt factory.""", [
  E(cur, "Mob violence", "About 150 fans, many with their faces covered, attacked each other with flares, bottles and metal bars", P("Split", "HR"), "saturday",
    a1="Rioters (Croatia)", i1=5, a2="Rioters (Croatia)", i2=5, inj=9),
  E(cur, "Arrests", "Croatian police arrested 19 men on Tuesday in raids on homes in Split and nearby Sinj", P("Split", "HR"), "tuesday",
    a1=HRV_POL, i1=1, a2="Rioters (Croatia)", i2=5),
  E(cur, "Protest with intervention", "police on Monday detained nine residents of villages near Elbasan", P("Elbasan", "AL", 2), "monday",
    a1="Protesters (Albania)", i1=6, a2=ALB_POL, i2=1),
  E(cur, "Peaceful protest", "about 3,000 people marched peacefully through Tuzla on Sunday", P("Tuzla", "BA"), "sunday",
    a1="Protesters (Bosnia and Herzegovina)", i1=6),
], register="local"),

S("st-t-009", "2026-11-18", """PACIFIC/
Two dead as martial arts gangs fight in Viqueque; Port Vila youths stone police after nightclub shooting

DILI/PORT VILA, Nov 18 (Wire) - Two men were killed and seven people were hurt on Saturday night when members of two rival martial arts groups fought each other with machetes, slingshots and arrows in Viqueque, on East Timor's south coast, police said. About a dozen houses were set on fire.

Police said on Tuesday they had arrested 14 members of the two groups in searches in villages around the town on Monday and seized machetes and homemade arrows. Fights between martial arts groups, which have tens of thousands of members, have long been a source of violence in the country.

In Vanuatu, police fired tear gas in Port Vila on Sunday night to disperse about 200 youths who were throwing stones at the central police station, a day after a young man was shot dead by an unknown gunman outside a nightclub. Two officers were hurt and several police vehicles were damaged, a police spokesman said.

The government of Vanuatu banned the sale of alcohol in the capital until Friday.""", [
  E(cur, "Mob violence", "members of two rival martial arts groups fought each other with machetes, slingshots and arrows in Viqueque", P("Viqueque", "TL"), "saturday",
    a1="Rioters (East Timor)", i1=5, a2="Rioters (East Timor)", i2=5, fat=2, inj=7),
  E(cur, "Arrests", "they had arrested 14 members of the two groups in searches in villages around the town on Monday", P("Viqueque", "TL", 2), "monday",
    a1=TLS_POL, i1=1, a2="Rioters (East Timor)", i2=5),
  E(cur, "Violent demonstration", "about 200 youths who were throwing stones at the central police station", P("Port-Vila", "VU"), "sunday",
    a1="Rioters (Vanuatu)", i1=5, a2=VUT_POL, i2=1, inj=2),
]),

S("st-t-010", "2026-08-12", """RWANDA-CONGO/
Grenade wounds five at Musanze bus park, Rwanda blames FDLR; civilians caught in M23-Wazalendo fighting in Kalehe

KIGALI, Aug 12 (Wire) - A grenade thrown from a passing motorcycle exploded at the bus park in Musanze, in northern Rwanda, on Monday evening, wounding five people, Rwandan police said on Tuesday, blaming the FDLR rebel group based in neighbouring Congo.

Police said they were searching for the two men on the motorcycle. The FDLR, founded by Hutu extremists who fled Rwanda after the 1994 genocide, did not comment. Grenade attacks in Musanze and Kigali killed more than a dozen people between 2010 and 2014.

In Congo's South Kivu province, fighting between M23 rebels and Wazalendo militiamen around the village of Nyabibwe, near Kalehe, about 70 km north of Bukavu, killed at least 11 people on Sunday, including four civilians who were caught in the crossfire, local civil society leaders said. A woman wounded in the fighting died in hospital in Bukavu on Tuesday, bringing the toll to 12, they said.

The M23, which Kinshasa and the United Nations say is backed by Rwanda, has held Goma and Bukavu since early 2025. Kigali denies supporting it.""", [
  E(cur, "Grenade", "A grenade thrown from a passing motorcycle exploded at the bus park in Musanze", P("Musanze", "RW"), "monday",
    a1=FDLR, i1=2, a2="Civilians (Rwanda)", i2=7, inj=5),
  E(cur, "Armed clash", "fighting between M23 rebels and Wazalendo militiamen around the village of Nyabibwe", P("Nyabibwe", "CD", 2, lat=-1.96, lon=28.93, a1="South Kivu"), "sunday",
    a1=M23, i1=2, a2="Wazalendo", i2=3, fat=12),
]),
]

GUY_POL = "Police Forces of Guyana (2020-)"; VNM_POL = "Police Forces of Vietnam (2021-)"
UZB_POL = "Police Forces of Uzbekistan (2016-)"; TKM_POL = "Police Forces of Turkmenistan (2022-)"; ESP_POL = "Police Forces of Spain (2018-)"

STORIES += [
S("st-t-011", "2026-04-15", """BELIZE/
Grenade thrown into christening party in Belize City wounds six, three of them children; 12 gang suspects detained

BELIZE CITY, April 15 (Wire) - A grenade thrown over a fence into the yard of a house where a family was holding a christening party exploded late on Sunday on the south side of Belize City, wounding six people, three of them children, police said.

Police said the attack was the latest in a feud between two gangs over the drug trade on the south side that has killed nine people since January; the owner of the house is the brother of a gang leader. On Monday, officers detained 12 suspected members of both gangs in raids on homes and seized two pistols.

"We will not surrender our streets to these gangs," the police commissioner told reporters.

On Tuesday, several hundred people, many of them mothers of young men killed in the violence, marched peacefully to the National Assembly in Belmopan to demand jobs and programmes for young people.""", [
  E(cur, "Grenade", "A grenade thrown over a fence into the yard of a house where a family was holding a christening party exploded", P("Belize City", "BZ", 2), "sunday",
    a1="Unidentified Armed Group (Belize)", i1=3, a2="Civilians (Belize)", i2=7, inj=6),
  E(cur, "Arrests", "officers detained 12 suspected members of both gangs in raids on homes", P("Belize City", "BZ", 2), "monday",
    a1="Police Forces of Belize (2020-)", i1=1, a2="Unidentified Armed Group (Belize)", i2=3),
  E(cur, "Peaceful protest", "marched peacefully to the National Assembly in Belmopan", P("Belmopan", "BZ"), "tuesday", a1="Protesters (Belize)", i1=6),
]),

S("st-t-012", "2026-11-04", """GUYANA/
Linden residents stone police over bauxite mine closure; five hurt

GEORGETOWN, Nov 4 (Wire) - Residents of the mining town of Linden blocked the highway to Georgetown with burning tyres and threw stones at police on Monday, a week after a foreign-owned company closed the town's last bauxite mine and laid off about 400 workers, and police fired rubber bullets to clear the road, the Guyana Police Force said. Three officers and two residents were hurt.

The company blamed low prices for the closure. The natural resources minister said the government was looking for a new investor.

Linden, about 100 km south of the capital, was the scene of deadly protests over electricity prices in 2012.

In Georgetown, about 500 opposition supporters protested peacefully outside the offices of the Guyana Elections Commission on Tuesday to demand a clean-up of the voters' list.""", [
  E(cur, "Violent demonstration", "blocked the highway to Georgetown with burning tyres and threw stones at police on Monday", P("Linden", "GY"), "monday",
    a1="Rioters (Guyana)", i1=5, a2=GUY_POL, i2=1, inj=5),
  E(cur, "Peaceful protest", "about 500 opposition supporters protested peacefully outside the offices of the Guyana Elections Commission", P("Georgetown", "GY"), "tuesday",
    a1="Protesters (Guyana)", i1=6),
]),

S("st-t-013", "2026-06-17", """VIETNAM/
Retired engineer arrested over YouTube videos; police tear-gas villagers blocking road in Dak Lak land dispute

HANOI, June 17 (Wire) - Vietnamese police arrested a retired engineer at his home in Can Tho on Tuesday on charges of "making and spreading anti-state propaganda" over YouTube videos in which he blamed local officials for salt water in the Mekong delta's rice fields, state media reported.

If convicted he faces up to 12 years in prison. Rights groups say at least 150 people are in prison in Vietnam for peaceful criticism of the ruling Communist Party.

In the Central Highlands province of Dak Lak, police fired tear gas on Saturday to disperse about 300 villagers who had blocked a provincial road near the town of Ea Kar to protest against the handover of their farmland to a rubber company, and detained seven of them, a villager said by telephone. The provincial government said the land had been leased to the company legally in 2019.

Land disputes are a frequent cause of protest in Vietnam, where all land is owned by the state.""", [
  E(cur, "Arrests", "Vietnamese police arrested a retired engineer at his home in Can Tho on Tuesday", P("Can Tho", "VN"), "tuesday",
    a1=VNM_POL, i1=1, a2="Civilians (Vietnam)", i2=7),
  E(cur, "Protest with intervention", "police fired tear gas on Saturday to disperse about 300 villagers", P("Ea Kar", "VN", 2), "saturday",
    a1="Protesters (Vietnam)", i1=6, a2=VNM_POL, i2=1),
]),

S("st-t-014", "2026-03-25", """Tashkent residents detained outside district office over demolitions; blogger who called for protest arrested in Namangan

TASHKENT – Police in Tashkent on Monday detained about 30 residents of a neighbourhood due for demolition who had gathered outside the Yakkasaray district administration to demand fair compensation for their homes, pushing them into buses, a rights activist said. Most were released after a few hours.

On Sunday, police in Namangan, in the Fergana valley, arrested a blogger who had urged his followers to join the Tashkent gathering, accusing him of "calls for mass disorder", his brother said.

In neighbouring Turkmenistan, police detained several cotton farmers in Mary on Saturday after about 100 farmers gathered outside the regional administration to demand payment for last autumn's harvest and refused to go home, an exile news website reported.

Public protest is rare in both countries, where the authorities tolerate little dissent.""", [
  E(cur, "Protest with intervention", "Police in Tashkent on Monday detained about 30 residents of a neighbourhood due for demolition", P("Tashkent", "UZ"), "monday",
    a1="Protesters (Uzbekistan)", i1=6, a2=UZB_POL, i2=1),
  E(cur, "Arrests", "police in Namangan, in the Fergana valley, arrested a blogger", P("Namangan", "UZ"), "sunday",
    a1=UZB_POL, i1=1, a2="Civilians (Uzbekistan)", i2=7),
  E(cur, "Protest with intervention", "police detained several cotton farmers in Mary on Saturday", P("Mary", "TM"), "saturday",
    a1="Protesters (Turkmenistan)", i1=6, a2=TKM_POL, i2=1),
], register="local"),

S("st-t-015", "2026-02-11", """SPAIN-POLAND/
Police baton protesters at Barcelona cruise terminal; Ukrainian-owned cafe torched in Rzeszow

MADRID/WARSAW, Feb 11 (Wire) - Catalan police charged with batons on Sunday at about 400 protesters who tried to block the access road to the cruise terminal in Barcelona's port, and detained six people, police said. Seven protesters were treated for injuries.

The protest was organised by neighbourhood associations that say mass tourism is driving up rents and crowding residents out of the old city.

In Poland, unknown people set fire to a Ukrainian-owned cafe in the south-eastern city of Rzeszow overnight on Saturday after painting "Ukrainians out" on its door, police said. The cafe was destroyed; nobody was hurt. Poland's interior minister called the attack "a disgrace".

In Warsaw, several thousand farmers marched peacefully from the chancellery to parliament on Tuesday against the European Union's trade agreement with the Mercosur countries.""", [
  E(cur, "Protest with intervention", "Catalan police charged with batons on Sunday at about 400 protesters", P("Barcelona", "ES"), "sunday",
    a1="Protesters (Spain)", i1=6, a2=ESP_POL, i2=1, inj=7),
  E(cur, "Looting/property destruction", "unknown people set fire to a Ukrainian-owned cafe in the south-eastern city of Rzeszow", P("Rzeszow", "PL"), "saturday",
    a1="Unidentified Armed Group (Poland)", i1=3, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "several thousand farmers marched peacefully from the chancellery to parliament on Tuesday", P("Warsaw", "PL"), "tuesday",
    a1="Protesters (Poland)", i1=6),
]),

S("st-t-016", "2026-09-30", """LATIN AMERICA SECURITY: THE WEEK IN BRIEF (21-27 SEPTEMBER)

DOMINICAN REPUBLIC — Dominican residents and Haitian migrants fought each other with sticks, stones and machetes in the border town of Dajabon on Tuesday, after a Dominican motorcycle-taxi driver was stabbed to death in a robbery that residents blamed on a Haitian man. Six people were hurt and several Haitian-owned stalls at the market were burned. Soldiers fired into the air to separate the two groups, and the army sent 300 more troops to the town the next day.

COSTA RICA — Gunmen killed three men and wounded two on a football pitch in Siquirres on Friday night in what police said was a dispute between two drug gangs over street sales in the Caribbean province of Limon. Costa Rica recorded more than 880 homicides last year, most of them linked to drug trafficking.

URUGUAY — Police in Las Piedras, north of Montevideo, arrested four men on Thursday over the killing of a 19-year-old, who was shot dead on the night of Sunday 20 September outside his home by two men on a motorbike during a feud between two drug gangs. The arrested men are alleged members of one of the gangs.

HONDURAS — Congress extended for another 45 days the partial state of exception in force in the country since December 2022, which suspends some constitutional rights in areas where gangs operate.""", [
  E(cur, "Mob violence", "Dominican residents and Haitian migrants fought each other with sticks, stones and machetes", P("Dajabon", "DO"), "2026-09-22",
    a1="Rioters (Dominican Republic)", i1=5, a2="Rioters (Haiti)", i2=5, inj=6),
  E(cur, "Attack", "Gunmen killed three men and wounded two on a football pitch in Siquirres", P("Siquirres", "CR"), "2026-09-25",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=3, inj=2),
  E(bg, "Attack", "shot dead on the night of Sunday 20 September outside his home by two men on a motorbike", P("Las Piedras", "UY", admin1="Canelones"), "2026-09-20",
    a1="Unidentified Armed Group (Uruguay)", i1=3, a2="Civilians (Uruguay)", i2=7, fat=1),
  E(cur, "Arrests", "Police in Las Piedras, north of Montevideo, arrested four men on Thursday", P("Las Piedras", "UY", admin1="Canelones"), "2026-09-24",
    a1="Police Forces of Uruguay (2025-)", i1=1, a2="Unidentified Armed Group (Uruguay)", i2=3),
  unscored(E(cur, "Other", "Congress extended for another 45 days the partial state of exception", C("HN"), None,
             a1="Government of Honduras (2026-)", i1=1), "event_date", "time_precision", "actor1", "inter1"),
], register="digest"),
]

MWI_POL = "Police Forces of Malawi (2025-)"; HABAR_YONIS = "Habar Yonis Clan Militia (Somalia)"; HABAR_JECLO = "Habar Jeclo Clan Militia (Somalia)"
TRIBE_PG = "Unidentified Tribal Militia (Papua New Guinea)"; PNG_POL = "Police Forces of Papua New Guinea (2019-)"; QAT_POL = "Police Forces of Qatar (2013-)"
SGP_POL = "Police Forces of Singapore (2024-)"; BEL_POL = "Police Forces of Belgium (2025-)"; LBR_POL = "Police Forces of Liberia (2024-)"

STORIES += [
S("st-t-017", "2026-01-14", """Malawi police say 23 held over Lilongwe minibus drivers' riot; Windhoek graduates march for jobs

LILONGWE — Police in Malawi said on Wednesday they had arrested 23 people over Saturday's riot by minibus drivers in the capital Lilongwe, in which a police officer was seriously hurt and three shops were looted.

Drivers angry at new roadside fines, after several minibuses were impounded on Friday, blocked Kamuzu Procession Road in the city centre with burning tyres on Saturday morning and threw stones at police, who fired tear gas to clear the road. The injured officer was hit on the head by a stone and was taken to Kamuzu Central Hospital.

The transport ministry said the fines were meant to get unroadworthy vehicles off the roads. Drivers say officers use them to demand bribes.

Students at the University of Malawi in Zomba stayed away from lectures on Monday and Tuesday in protest at a rise in tuition fees.

In neighbouring Namibia, several hundred unemployed graduates marched peacefully to parliament in Windhoek on Tuesday to hand over a petition asking the government to create jobs.""", [
  E(cur, "Violent demonstration", "blocked Kamuzu Procession Road in the city centre with burning tyres on Saturday morning and threw stones at police", P("Lilongwe", "MW"), "saturday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "several hundred unemployed graduates marched peacefully to parliament in Windhoek on Tuesday", P("Windhoek", "NA"), "tuesday",
    a1="Protesters (Namibia)", i1=6),
], register="local"),

S("st-t-018", "2026-05-13", """SOMALIA-SOMALILAND/
Nine killed as Sanaag clans fight over well; elders agree truce

HARGEISA, May 13 (Wire) - At least nine people, among them a woman and a 12-year-old boy caught in the crossfire, were killed on Sunday when militias of the Habar Yonis and Habar Jeclo clans fought with rifles and truck-mounted machine guns over a disputed water well near the grazing village of Dhuuxo, about 40 km west of Ceerigaabo in the Sanaag region, elders said.

At least 15 people were wounded, and hundreds of pastoralist families fled with their animals, a local aid worker said.

Somaliland's army sent troops to stand between the two sides on Monday. Elders of the two clans met in Ceerigaabo on Tuesday and agreed to a ceasefire and to hand the well over to a joint committee until the dispute is settled, a regional official said.

Disputes over water and grazing land have intensified in Sanaag after three failed rainy seasons. Somaliland, which declared independence from Somalia in 1991, is not recognised by most countries.""", [
  E(cur, "Armed clash", "militias of the Habar Yonis and Habar Jeclo clans fought with rifles and truck-mounted machine guns", P("Ceerigaabo", "SO", 2), "sunday",
    a1=HABAR_YONIS, i1=4, a2=HABAR_JECLO, i2=4, fat=9, inj=15),
  E(cur, "Agreement", "Elders of the two clans met in Ceerigaabo on Tuesday and agreed to a ceasefire", P("Ceerigaabo", "SO"), "tuesday",
    a1=HABAR_YONIS, i1=4, a2=HABAR_JECLO, i2=4),
]),

S("st-t-019", "2026-10-07", """PNG: Eight dead in Enga tribal fight, including teacher hit by stray bullet; vendors stone police in Lae

PORT MORESBY — Seven men were killed on Saturday when fighters from two tribes armed with high-powered rifles fought each other in villages near Laiagam, in Enga province, police said.

A schoolteacher who was hit by a stray bullet as he drove along the Highlands Highway during the fighting died in Wabag hospital on Monday, bringing the toll to eight, the provincial police commander said. More than 40 houses were burned and the highway was closed for two days.

Police and soldiers were flown into the province on Sunday, and the government on Tuesday extended the state of emergency in Enga, first declared in 2024, by three months.

In Lae, police fired tear gas on Tuesday at betel nut vendors who threw stones at officers clearing stalls from the main market, a police commander said. Three officers were hurt.""", [
  E(cur, "Armed clash", "fighters from two tribes armed with high-powered rifles fought each other in villages near Laiagam", P("Laiagam", "PG", 2, lat=-5.33, lon=143.79, a1="Enga"), "saturday",
    a1=TRIBE_PG, i1=4, a2=TRIBE_PG, i2=4, fat=8),
  E(cur, "Other", "the government on Tuesday extended the state of emergency in Enga", P("Enga", "PG", 3, geoname="Wabag", a1="Enga"), "tuesday",
    a1="Government of Papua New Guinea (2019-)", i1=1),
  E(cur, "Violent demonstration", "betel nut vendors who threw stones at officers clearing stalls from the main market", P("Lae", "PG"), "tuesday",
    a1="Rioters (Papua New Guinea)", i1=5, a2=PNG_POL, i2=1, inj=3),
]),

S("st-t-020", "2026-11-11", """GULF-ASIA/
Qatar police detain 25 migrant cleaners at wage protest; two women arrested outside Singapore's Istana

DOHA/SINGAPORE, Nov 11 (Wire) - Police in Qatar detained 25 Sri Lankan and Filipino cleaners on Sunday after about 80 workers of a facilities company sat down outside their labour camp in Al Khor, north of Doha, to demand three months of unpaid wages and refused to go to work, two workers said.

Qatar's labour ministry said the company had been ordered to pay the workers within a week. Strikes and protests are banned for migrant workers in Qatar, and protesters risk deportation.

In Singapore, police arrested two women on Monday as they stood outside the gates of the Istana, the president's official residence, holding placards about the cost of public housing, for taking part in a public assembly without a permit. Police said a man who had called for the gathering online was being questioned.""", [
  E(cur, "Protest with intervention", "Police in Qatar detained 25 Sri Lankan and Filipino cleaners on Sunday", P("Al Khor", "QA", geoname="Al Khawr"), "sunday",
    a1="Protesters (Sri Lanka)", i1=6, a2=QAT_POL, i2=1),
  E(cur, "Protest with intervention", "police arrested two women on Monday as they stood outside the gates of the Istana", P("Singapore", "SG"), "monday",
    a1="Protesters (Singapore)", i1=6, a2=SGP_POL, i2=1),
]),

S("st-t-021", "2026-06-03", """CARIBBEAN ROUND-UP

NASSAU — A 17-year-old boy was shot dead and two men were wounded at a basketball court in Nassau's Fox Hill area late on Saturday in what police called a retaliation killing between rival gangs. Police said on Tuesday they had charged three men with murder.

BRIDGETOWN — About 400 people marched peacefully through Bridgetown on Sunday against a proposed increase in the tax on fuel.

PONCE — Several hundred people marched peacefully to the city hall of Ponce, Puerto Rico's second city, on Monday evening to protest against the closure of the emergency ward of the district hospital.

© 2026 Wire. All rights reserved.""", [
  E(cur, "Attack", "A 17-year-old boy was shot dead and two men were wounded at a basketball court in Nassau's Fox Hill area", P("Nassau", "BS", 2), "saturday",
    a1="Unidentified Armed Group (Bahamas)", i1=3, a2="Civilians (Bahamas)", i2=7, fat=1, inj=2),
  E(cur, "Peaceful protest", "About 400 people marched peacefully through Bridgetown on Sunday", P("Bridgetown", "BB"), "sunday", a1="Protesters (Barbados)", i1=6),
  E(cur, "Peaceful protest", "Several hundred people marched peacefully to the city hall of Ponce", P("Ponce", "PR"), "monday", a1="Protesters (Puerto Rico)", i1=6),
], register="digest"),

S("st-t-022", "2026-01-28", """BELGIUM-LUXEMBOURG/
Dockworkers pelt police with flares and smoke bombs in Antwerp port; Esch march against maternity ward closure peaceful

BRUSSELS, Jan 28 (Wire) - Striking dockworkers threw flares, smoke bombs and bolts at police and set fire to pallets at the entrance of a container terminal in the port of Antwerp on Tuesday, during a protest by about 2,000 workers against a pension reform that would raise their retirement age.

Police used water cannon and tear gas and said eight officers had been hurt; 14 people were detained.

On Monday, about 1,200 people marched peacefully through Esch-sur-Alzette, in southern Luxembourg, against plans to close the maternity ward of the town's hospital.

A national march in Brussels that the Belgian unions had planned for Thursday was called off on Wednesday after talks with the federal government.""", [
  E(cur, "Violent demonstration", "Striking dockworkers threw flares, smoke bombs and bolts at police and set fire to pallets", P("Antwerp", "BE", 2, geoname="Antwerpen"), "tuesday",
    a1="Rioters (Belgium)", i1=5, a2=BEL_POL, i2=1, inj=8),
  E(cur, "Peaceful protest", "about 1,200 people marched peacefully through Esch-sur-Alzette", P("Esch-sur-Alzette", "LU"), "monday",
    a1="Protesters (Luxembourg)", i1=6),
]),

S("st-t-023", "2026-10-14", """Liberia: two killed as Nimba towns fight over land; Monrovia motorcyclists tear-gassed

MONROVIA – Two people were killed and 15 houses burned on Saturday when residents of two neighbouring towns near Ganta, in Nimba county, fought each other with cutlasses and single-barrel guns over a land boundary, police said.

Police arrested 11 people in the two towns on Monday and said they would be charged with murder and arson. The county superintendent called a meeting of the towns' elders for next week.

In Monrovia, police fired tear gas on Monday at several hundred motorcyclists who blocked the main road at the Red Light market to protest against a ban on commercial motorbikes in the city centre, and arrested 17 of them, a police spokesman said.

Land disputes are among the most common causes of violence in rural Liberia, where most land is held under customary tenure.""", [
  E(cur, "Mob violence", "residents of two neighbouring towns near Ganta, in Nimba county, fought each other with cutlasses and single-barrel guns", P("Ganta", "LR", 2, lat=7.24, lon=-8.98, a1="Nimba"), "saturday",
    a1="Rioters (Liberia)", i1=5, a2="Rioters (Liberia)", i2=5, fat=2),
  E(cur, "Arrests", "Police arrested 11 people in the two towns on Monday", P("Ganta", "LR", 2, lat=7.24, lon=-8.98, a1="Nimba"), "monday",
    a1=LBR_POL, i1=1, a2="Rioters (Liberia)", i2=5),
  E(cur, "Protest with intervention", "police fired tear gas on Monday at several hundred motorcyclists", P("Monrovia", "LR"), "monday",
    a1="Protesters (Liberia)", i1=6, a2=LBR_POL, i2=1),
], register="local"),
]

IRQ_POL = "Police Forces of Iraq (2022-)"; TRIBE_IQ = "Unidentified Tribal Militia (Iraq)"; GNB_POL = "Police Forces of Guinea-Bissau (2025-)"

STORIES += [
S("st-t-024", "2026-08-26", """IRAQ-SECURITY/
Schoolgirl among four killed as tribes fight over canal water in Maysan; Basra graduates stone police

BAGHDAD, Aug 26 (Wire) - Four people, among them a 10-year-old girl hit by a stray bullet as she walked home from a shop, were killed on Monday when members of two tribes fought with rifles and rocket-propelled grenades in a village near Al Kahla, in the southern province of Maysan, over the share of water from an irrigation canal, police said.

Seven other people were wounded. The army sent troops and armoured vehicles to separate the two sides, and police said they had arrested six men from both tribes on Tuesday and seized their weapons.

Tribal disputes over land and water have become more frequent and more deadly in southern Iraq as drought and dams upstream have cut the flow of the Tigris and Euphrates.

In Basra, hundreds of unemployed graduates threw stones at police outside the provincial council building on Tuesday after officers tried to remove the tents of a sit-in that had lasted three weeks. Police fired tear gas and used water cannon; 12 protesters and five officers were hurt, a health official said.""", [
  E(cur, "Armed clash", "members of two tribes fought with rifles and rocket-propelled grenades in a village near Al Kahla", P("Al Kahla", "IQ", 2, geoname="Al Kahla'"), "monday",
    a1=TRIBE_IQ, i1=4, a2=TRIBE_IQ, i2=4, fat=4, inj=7),
  E(cur, "Arrests", "police said they had arrested six men from both tribes on Tuesday", P("Al Kahla", "IQ", 2, geoname="Al Kahla'"), "tuesday",
    a1=IRQ_POL, i1=1, a2=TRIBE_IQ, i2=4),
  E(cur, "Violent demonstration", "hundreds of unemployed graduates threw stones at police outside the provincial council building", P("Basra", "IQ", geoname="Al Basrah", a1="Basra"), "tuesday",
    a1="Rioters (Iraq)", i1=5, a2=IRQ_POL, i2=1, inj=17),
]),

S("st-t-025", "2026-11-25", """GUINEA-BISSAU/
Youths burn ruling coalition office in Bafata over motorbike-taxi ban; market women beaten in Bissau

BISSAU, Nov 25 (Wire) - Young men set fire to the office of the ruling coalition and looted two shops in Bafata, in the east of Guinea-Bissau, on Saturday night, hours after the town council banned motorcycle taxis from the town centre, residents and a local radio station said. No police were seen in the streets during the unrest, which ended when a storm broke, one resident said.

On Monday, gendarmes detained 14 young men in searches of homes in Bafata over the unrest, a gendarmerie officer said.

In Bissau, police beat market women with batons on Tuesday to clear a sit-in at the Caracol market against plans to move the market to the edge of the city. Three women were treated in hospital and six were detained, a traders' association said.

Guinea-Bissau has been ruled by a military transitional authority since soldiers seized power in November 2025, a day before presidential election results were due to be announced.""", [
  E(cur, "Violent demonstration", "Young men set fire to the office of the ruling coalition and looted two shops in Bafata", P("Bafata", "GW"), "saturday",
    a1="Rioters (Guinea-Bissau)", i1=5),
  E(cur, "Arrests", "gendarmes detained 14 young men in searches of homes in Bafata", P("Bafata", "GW"), "monday",
    a1=GNB_POL, i1=1, a2="Rioters (Guinea-Bissau)", i2=5),
  E(cur, "Protest with intervention", "police beat market women with batons on Tuesday to clear a sit-in at the Caracol market", P("Bissau", "GW"), "tuesday",
    a1="Protesters (Guinea-Bissau)", i1=6, a2=GNB_POL, i2=1, inj=3),
]),
]

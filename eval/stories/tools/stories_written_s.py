"""Multi-event stories written for this project (issue 11), batch s: unseen by the coders in the session it was written
(2026-11-27 evening, 17:23-20:23), the lead's measure of story generalisation. Written as held-out news looks — wire
stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, live blogs,
weekly round-ups, NGO/UN situation reports, military and police releases — with several events per story at different
places and days, events in two countries, differing tolls, definite references ("the attack") to events never told as
news, follow-ups (a death in hospital, arrests days after a riot), periods and tallies, planned, banned and called-off
rallies, threats and denials. Countries the stories had least (Western Sahara, Comoros, Suriname, Puerto Rico, Hungary,
Slovakia, Oman, Kuwait, Japan, the Republic of Congo, Kosovo, Serbia, Austria, Switzerland, Cyprus, El Salvador,
Australia, New Zealand, Canada, Ireland, Portugal, Djibouti, Saudi Arabia, North Macedonia, Montenegro, Belarus, China,
Azerbaijan, Maldives, Moldova, Equatorial Guinea) and regions the conflict countries' stories lack (Sokoto and Katsina,
Imo and Anambra, Mai-Ndombe, South Kivu's Shabunda, Gadchiroli, Assam's Tinsukia, Bay and Hiraan, Putumayo and Guaviare,
Poltava and Mykolaiv, Sindh, Turkana and Baringo, Kayin and Magway, River Nile and Sennar, Segou and Sikasso, Gambela,
Zacatecas and Guanajuato, Bicol and Basilan, Adamawa, Haiti's Sud and Nord-Ouest, West Papua and Maluku). Our own
words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

MAR = "Military Forces of Morocco (1999-)"; MAR_POL = "Police Forces of Morocco (1999-)"; POLISARIO = "Polisario Front"
COM_POL = "Police Forces of Comoros (2016-)"; SUR_POL = "Police Forces of Suriname (2025-)"; HUN_POL = "Police Forces of Hungary (2010-)"
OMN_POL = "Police Forces of Oman (2020-)"; KWT_POL = "Police Forces of Kuwait (2023-)"
COG_POL = "Police Forces of Republic of Congo (1997-)"; KOS_POL = "Police Forces of Kosovo (2021-)"; AUT_POL = "Police Forces of Austria (2025-)"
CHE_POL = "Police Forces of Switzerland (1848-)"; IRL_POL = "Police Forces of Ireland (2025-)"; CYP_POL = "Police Forces of Cyprus (2023-)"

STORIES = [
S("st-s-001", "2026-02-24", """WESTERN SAHARA/
Polisario says it shelled Moroccan positions near Guelta Zemmour; police break up fishermen's protest in Dakhla

RABAT, Feb 24 (Wire) - The Polisario Front said on Monday that its fighters had shelled Moroccan army positions along the sand wall in the Guelta Zemmour sector on Sunday afternoon, inflicting what it called "heavy losses in men and equipment".

A Moroccan security source said several shells had fallen in open desert east of the wall and that nobody had been hurt. Morocco's armed forces do not usually comment on such claims.

In Dakhla, on the Atlantic coast, police on Monday broke up a protest by several hundred Sahrawi fishermen who had blocked the entrance to the fishing port against new catch quotas for octopus, and detained five of them, a Sahrawi rights group said. Two fishermen were hurt when officers charged the crowd with batons, it said. The local authorities said the port had reopened by the afternoon.

The Polisario, which seeks independence for the former Spanish colony, declared its 1991 ceasefire with Morocco over in November 2020 and has since claimed near-daily attacks along the wall. It said on Monday it would "intensify the armed struggle" until a referendum was held. Most of those claims cannot be verified.""", [
  unscored(E(cur, "Shelling/artillery/missile attack", "its fighters had shelled Moroccan army positions along the sand wall in the Guelta Zemmour sector",
    P("Guelta Zemmour", "EH", 2, lat=25.14, lon=-12.37), "sunday", a1=POLISARIO, i1=2, a2=MAR, i2=1), "fatalities", "injuries"),
  E(cur, "Protest with intervention", "police on Monday broke up a protest by several hundred Sahrawi fishermen",
    P("Dakhla", "EH"), "monday", a1="Protesters (Western Sahara)", i1=6, a2=MAR_POL, i2=1, inj=2),
  unscored(E(thr, "Shelling/artillery/missile attack", "intensify the armed struggle", C("EH"), None, a1=POLISARIO, i1=2, a2=MAR, i2=1),
           "event_date", "time_precision", "sub_event_type", "event_type", "geo_precision"),
]),

S("st-s-002", "2026-05-19", """Anjouan: youths stone gendarmes in Domoni after mayor removed; nine held in dawn raids

MORONI – Gendarmes arrested nine young men in dawn raids in Domoni on Monday, two days after a night of unrest in the town on Anjouan island over the governor's decision to remove its elected mayor, a gendarmerie officer said.

On Saturday evening, hundreds of young people blocked the coast road at the entrance to the town with burning tyres and tree trunks and set fire to the door of the town hall, where an official appointed by the governor had taken office that morning. When gendarmes arrived to clear the road, youths pelted them with stones. The gendarmes fired tear gas into the old town's narrow streets until late at night. Five people, among them two gendarmes, were hurt, the local health centre said.

The governor's office said the mayor had been suspended over "serious irregularities" in the town's accounts. His supporters say he was punished for backing an opposition candidate.

In Moroni, the interior ministry banned a rally the opposition had called for Sunday on the Place de l'Independance, citing "the situation in Anjouan". Gendarmes were posted on the square all day and no gathering took place.

Anjouan, the most densely populated of the three islands, has a long history of protest against the central government; it briefly declared independence in 1997.""", [
  E(cur, "Violent demonstration", "youths pelted them with stones", P("Domoni", "KM"), "saturday",
    a1="Rioters (Comoros)", i1=5, a2=COM_POL, i2=1, inj=5),
  E(cur, "Arrests", "Gendarmes arrested nine young men in dawn raids in Domoni", P("Domoni", "KM"), "monday",
    a1=COM_POL, i1=1, a2="Rioters (Comoros)", i2=5),
], register="local"),

S("st-s-003", "2026-09-10", """SURINAME-MINING/
One dead as villagers and Brazilian miners fight at gold camp near Brownsweg; six villagers arrested

PARAMARIBO, Sept 10 (Wire) - A Brazilian gold miner was killed and three other people were hurt on Sunday when villagers and Brazilian miners fought with machetes and sticks at a small-scale mining camp near Brownsweg, in Suriname's Brokopondo district, police said.

The fight broke out after villagers accused the miners of digging on land that belongs to their community, a police spokesman said. Several wooden shelters and a water pump at the camp were set on fire. The dead man, aged 38, had stab wounds, and two of the injured were flown to hospital in Paramaribo.

Police arrested six men from the village on Wednesday and said they would be brought before a judge on Friday on suspicion of manslaughter and arson. Brazil's embassy said it was following the case.

In Paramaribo, about 600 teachers marched peacefully from the Ministry of Education to the presidential palace on Tuesday to demand payment of allowances promised last year.

Thousands of Brazilian garimpeiros work in Suriname's interior, often in disputes with Maroon and Indigenous communities over land and mercury pollution.""", [
  E(cur, "Mob violence", "villagers and Brazilian miners fought with machetes and sticks at a small-scale mining camp near Brownsweg", P("Brownsweg", "SR", 2), "sunday",
    a1="Rioters (Suriname)", i1=5, a2="Rioters (Brazil)", i2=5, fat=1, inj=3),
  E(cur, "Arrests", "Police arrested six men from the village on Wednesday", P("Brownsweg", "SR", 2), "wednesday",
    a1=SUR_POL, i1=1, a2="Rioters (Suriname)", i2=5),
  E(cur, "Peaceful protest", "about 600 teachers marched peacefully from the Ministry of Education to the presidential palace", P("Paramaribo", "SR"), "tuesday",
    a1="Protesters (Suriname)", i1=6),
]),

S("st-s-004", "2026-03-17", """HUNGARY-SLOVAKIA/
Police carry protesters out of Hungarian state media building; thousands rally for sacked opera director in Banska Bystrica

BUDAPEST, March 17 (Wire) - Hungarian police on Monday carried out about 40 protesters who had occupied the lobby of the state media headquarters in Budapest to demand airtime for opposition candidates before next month's election, and detained 14 of them, police said.

The protesters, most of them students, walked in behind a delivery van in the morning and sat on the floor singing. Officers removed them one by one in the early afternoon. Police said the 14 would be fined for violating house rules; all had been released by the evening.

In Miskolc on Saturday, a group of about 15 men in black hoods attacked a stand where volunteers of an opposition party were handing out leaflets, kicking over the tables and punching two volunteers, the party said. Police said they were investigating "disorderly conduct".

In neighbouring Slovakia, about 3,000 people marched through Banska Bystrica on Friday evening against the culture minister's dismissal of the director of the town's state opera, and several hundred gathered in Zilina in support. Both rallies passed off peacefully, police said.""", [
  E(cur, "Protest with intervention", "Hungarian police on Monday carried out about 40 protesters", P("Budapest", "HU"), "monday",
    a1="Protesters (Hungary)", i1=6, a2=HUN_POL, i2=1),
  E(cur, "Mob violence", "a group of about 15 men in black hoods attacked a stand where volunteers of an opposition party were handing out leaflets",
    P("Miskolc", "HU"), "saturday", a1="Rioters (Hungary)", i1=5, a2="Civilians (Hungary)", i2=7, inj=2),
  E(cur, "Peaceful protest", "about 3,000 people marched through Banska Bystrica", P("Banska Bystrica", "SK"), "friday",
    a1="Protesters (Slovakia)", i1=6),
  E(cur, "Peaceful protest", "several hundred gathered in Zilina in support", P("Zilina", "SK"), "friday", a1="Protesters (Slovakia)", i1=6),
]),

S("st-s-005", "2026-01-14", """GULF/
Oman detains poet over verses on prices; Kuwait police arrest 30 after brawl between migrant workers

DUBAI, Jan 14 (Wire) - Oman's Internal Security Service detained a poet at his home in the eastern coastal town of Sur on Sunday, days after he recited verses mocking rising electricity bills at a wedding, a video of which spread widely online, a relative said.

The family has not been told where he is being held, the relative said. The Omani government did not respond to a request for comment. Oman's penal code punishes online content deemed to harm "the prestige of the state" with up to three years in prison.

In Kuwait, about 200 Bangladeshi and Egyptian workers fought each other with iron bars and stones in the labour housing area of Mahboula, south of the capital, late on Friday, injuring 11, police said. Police said the fight began with a quarrel over a water tank shared by two buildings. Riot police separated the groups and arrested 30 men, who face deportation.

Migrant workers make up about two-thirds of Kuwait's population. In July 2024 gunmen attacked a Shi'ite mosque in the Wadi Kabir area of Muscat, in Oman's first attack claimed by Islamic State.""", [
  E(cur, "Abduction/forced disappearance", "Oman's Internal Security Service detained a poet at his home in the eastern coastal town of Sur", P("Sur", "OM"), "sunday",
    a1=OMN_POL, i1=1, a2="Civilians (Oman)", i2=7),
  E(cur, "Mob violence", "about 200 Bangladeshi and Egyptian workers fought each other with iron bars and stones", P("Mahboula", "KW", geoname="Al Mahbulah"), "friday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Egypt)", i2=5, inj=11),
  unscored(E(bg, "Attack", "gunmen attacked a Shi'ite mosque in the Wadi Kabir area of Muscat", P("Muscat", "OM", 2, lat=23.58, lon=58.41, a1="Muscat"), "2024-07-01", tp=3,
             a1="Islamic State", i1=2, a2="Civilians (Oman)", i2=7), "event_date", "time_precision", "actor1", "inter1", "fatalities", "injuries"),
]),

S("st-s-006", "2026-06-10", """Gardai pepper-spray housing protesters at Leinster House gates; Nepalese shopkeeper beaten in Lisbon

DUBLIN – Gardai used pepper spray on Tuesday evening against housing campaigners who tried to block the gates of Leinster House as TDs left after a vote on a bill to ease limits on rent increases, and arrested six people, Garda headquarters said.

About 500 people had gathered on Kildare Street from the early evening. When a group sat down in front of the vehicle gate and linked arms, officers pulled them away and used pepper spray on those who would not let go, Gardai said. Two protesters were treated by paramedics.

The Housing Minister said the right to protest "does not include the right to stop elected members doing their work".

In Portugal, a group of about 20 men wearing hoods attacked a Nepalese-owned grocery in Lisbon's Martim Moniz area on Saturday night, beating the owner and his nephew and smashing the shop's windows, police said. Both men were treated in hospital. Several hundred people rallied peacefully outside the shop on Monday evening in solidarity with the family.

Police in Portugal have reported a rise in attacks on South Asian shopkeepers since the start of the year.""", [
  E(cur, "Protest with intervention", "Gardai used pepper spray on Tuesday evening against housing campaigners", P("Dublin", "IE"), "tuesday",
    a1="Protesters (Ireland)", i1=6, a2=IRL_POL, i2=1, inj=2),
  E(cur, "Mob violence", "a group of about 20 men wearing hoods attacked a Nepalese-owned grocery in Lisbon's Martim Moniz area", P("Lisbon", "PT", 2), "saturday",
    a1="Rioters (Portugal)", i1=5, a2="Civilians (Nepal)", i2=7, inj=2),
  E(cur, "Peaceful protest", "Several hundred people rallied peacefully outside the shop on Monday evening", P("Lisbon", "PT", 2), "monday",
    a1="Protesters (Portugal)", i1=6),
], register="local"),

S("st-s-007", "2026-04-08", """CONGO-UNREST/
Youth shot dead as crowd burns police post in Brazzaville; 23 held

BRAZZAVILLE, April 8 (Wire) - Police in the Republic of Congo said on Tuesday they had arrested 23 people in house-to-house searches in Brazzaville's Makelekele district over Sunday's riot, in which a young man was shot dead and a police post was burned.

Residents took to the streets on Sunday afternoon after a motorbike-taxi driver died in police custody. Young men set up barricades of burning tyres on the main avenue, threw stones at officers and set fire to the local police post. Police fired tear gas and then live rounds. A 19-year-old was hit in the chest and died on the way to hospital, his uncle said. Police said eight officers were hurt.

The government spokesman said the taxi driver had died of "a heart condition" and that an autopsy would be made public.

In Pointe-Noire, the country's economic capital, several hundred taxi drivers gathered peacefully outside the departmental council on Monday to protest against new roadside fines, halting most public transport in the city for the day.""", [
  E(cur, "Violent demonstration", "Young men set up barricades of burning tyres on the main avenue, threw stones at officers", P("Brazzaville", "CG", 2), "sunday",
    a1="Rioters (Republic of Congo)", i1=5, a2=COG_POL, i2=1, fat=1, inj=8),
  E(cur, "Arrests", "they had arrested 23 people in house-to-house searches in Brazzaville's Makelekele district", P("Brazzaville", "CG", 2), "tuesday", tp=2,
    a1=COG_POL, i1=1, a2="Rioters (Republic of Congo)", i2=5),
  E(cur, "Peaceful protest", "several hundred taxi drivers gathered peacefully outside the departmental council", P("Pointe-Noire", "CG"), "monday",
    a1="Protesters (Republic of Congo)", i1=6),
]),

S("st-s-008", "2026-10-13", """KOSOVO-SERBIA/
Kosovo police pepper-spray Serb protesters in north Mitrovica; grenade hits official's yard in Zvecan

PRISTINA, Oct 13 (Wire) - Kosovo police used pepper spray on Monday against several hundred ethnic Serbs who tried to stop officers from closing a Serbian-run post office in the north of Mitrovica, and detained four people, police said.

The crowd gathered in front of the building in the morning and pushed against a police cordon. Police said two officers were hurt by thrown bottles. The government in Pristina says Serbian-run institutions in the north are illegal.

Late on Sunday, a hand grenade was thrown into the yard of the house of a Kosovo Albanian municipal official in Zvecan, a few kilometres north. It damaged a car and the front of the house. Nobody was hurt, police said.

In Belgrade, thousands of students marched peacefully on Saturday to the building of the state broadcaster RTS, continuing a protest movement that began after the collapse of a railway station canopy in Novi Sad in November 2024 killed 16 people.

Tension in northern Kosovo, where most of the country's Serbs live, has been high since a gunfight between Serb gunmen and Kosovo police at a monastery in Banjska in September 2023.""", [
  E(cur, "Violent demonstration", "Kosovo police used pepper spray on Monday against several hundred ethnic Serbs", P("Mitrovice", "XK"), "monday",
    a1="Rioters (Kosovo)", i1=5, a2=KOS_POL, i2=1, inj=2),
  E(cur, "Grenade", "a hand grenade was thrown into the yard of the house of a Kosovo Albanian municipal official in Zvecan", P("Zvecan", "XK"), "sunday",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2="Civilians (Kosovo)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "thousands of students marched peacefully on Saturday to the building of the state broadcaster RTS", P("Belgrade", "RS", a1="Beograd"), "saturday",
    a1="Protesters (Serbia)", i1=6),
  unscored(E(bg, "Armed clash", "a gunfight between Serb gunmen and Kosovo police at a monastery in Banjska", P("Zvecan", "XK", 2), "2023-09-24",
             a1="Unidentified Armed Group (Kosovo)", i1=3, a2=KOS_POL, i2=1), "fatalities", "injuries", "actor1", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
]),

S("st-s-009", "2026-05-04", """Police carry climate activists off Brenner motorway near Innsbruck; construction machines torched at Basel prison site

VIENNA/ZURICH – Austrian police on Saturday removed about 60 climate activists who had sat down on the Brenner motorway south of Innsbruck, bringing holiday traffic towards Italy to a halt for two hours, and charged 25 of them, Tyrol police said.

Some of the activists had glued their hands to the road surface. Officers loosened them with oil and carried them to the hard shoulder. Nobody was hurt, police said.

In Switzerland, unknown people set fire to two excavators and a site office at the building site of a new prison on the edge of Basel early on Friday, causing damage of several hundred thousand francs, Basel-City prosecutors said. A message claiming the arson "against the prison society" was posted on an anarchist website on Saturday. Nobody was hurt.

On Friday afternoon, about 4,000 people took part in a peaceful May Day march in Basel, police said.""", [
  E(cur, "Protest with intervention", "Austrian police on Saturday removed about 60 climate activists", P("Innsbruck", "AT", 2), "saturday",
    a1="Protesters (Austria)", i1=6, a2=AUT_POL, i2=1, fat=0, inj=0),
  E(cur, "Looting/property destruction", "unknown people set fire to two excavators and a site office at the building site of a new prison", P("Basel", "CH", 2), "friday",
    a1="Unidentified Armed Group (Switzerland)", i1=3, a2="Civilians (Switzerland)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 4,000 people took part in a peaceful May Day march in Basel", P("Basel", "CH"), "friday", a1="Protesters (Switzerland)", i1=6),
]),

S("st-s-010", "2026-02-16", """Seven hurt as rival fans fight before Larnaca derby; 12 arrested

LARNACA – Police arrested 12 young men on Sunday in raids on homes in Larnaca and Nicosia over a fight between supporters of two football clubs outside a cafe near the Larnaca seafront on Saturday, in which seven people were hurt.

About 80 fans, many of them masked, attacked each other with flares, sticks and chairs about two hours before the match, police said. Three of the injured were taken to Larnaca General Hospital. The match went ahead behind closed doors after police advised against admitting spectators.

The justice minister said fan violence was "a cancer" and promised to speed up the introduction of a fan identity card.

In the north of Nicosia, about 2,000 Turkish Cypriot teachers and parents marched peacefully on Thursday to protest against a new school curriculum which they say puts religion before science.""", [
  E(cur, "Mob violence", "About 80 fans, many of them masked, attacked each other with flares, sticks and chairs", P("Larnaca", "CY"), "saturday",
    a1="Rioters (Cyprus)", i1=5, a2="Rioters (Cyprus)", i2=5, inj=7),
  E(cur, "Arrests", "Police arrested 12 young men on Sunday in raids on homes in Larnaca and Nicosia", P("Larnaca", "CY"), "sunday",
    a1=CYP_POL, i1=1, a2="Rioters (Cyprus)", i2=5),
  E(cur, "Peaceful protest", "about 2,000 Turkish Cypriot teachers and parents marched peacefully", P("Nicosia", "CY"), "thursday",
    a1="Protesters (Cyprus)", i1=6),
], register="local"),
]

SLV = "Military Forces of El Salvador (2019-)"; SLV_POL = "Police Forces of El Salvador (2019-)"; SLV_GOV = "Government of El Salvador (2019-)"
AUS_POL = "Police Forces of Australia (2022-)"; CAN_POL = "Police Forces of Canada (2025-)"; SAU = "Military Forces of Saudi Arabia (2015-)"
MNE_POL = "Police Forces of Montenegro (2023-)"; BLR_POL = "Police Forces of Belarus (1994-)"; MDA_POL = "Police Forces of Moldova (2020-)"
CHN_POL = "Police Forces of China (2012-)"

STORIES += [
S("st-s-011", "2026-07-22", """EL SALVADOR-SECURITY/
El Salvador extends state of exception again; soldiers detain market union leaders in Santa Ana

SAN SALVADOR, July 22 (Wire) - El Salvador's Legislative Assembly on Tuesday approved a further 30-day extension of the state of exception that has suspended some constitutional rights since March 2022, with 57 of 60 votes.

The measure, renewed every month for more than four years, allows arrests without a warrant and lets detainees be held for 15 days before seeing a judge. The government says it has dismantled the country's gangs; rights groups say thousands of innocent people have been jailed. More than 88,000 people have been detained under the emergency, according to official figures.

In Santa Ana, soldiers detained three leaders of a market vendors' union on Saturday as they left a meeting about the planned demolition of the city's central market, the union said. The army said the three were "under investigation" without giving details.

On Monday, police removed about 150 vendors who had sat down in front of the municipal offices in the centre of Santa Ana to demand the leaders' release, and detained two women, witnesses said.

"They are treating market women like gang members," a union member said by telephone.""", [
  unscored(E(cur, "Other", "approved a further 30-day extension of the state of exception", P("San Salvador", "SV"), "tuesday", a1=SLV_GOV, i1=1),
           "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
  E(cur, "Arrests", "soldiers detained three leaders of a market vendors' union on Saturday", P("Santa Ana", "SV"), "saturday",
    a1=SLV, i1=1, a2="Civilians (El Salvador)", i2=7),
  E(cur, "Protest with intervention", "police removed about 150 vendors who had sat down in front of the municipal offices", P("Santa Ana", "SV"), "monday",
    a1="Protesters (El Salvador)", i1=6, a2=SLV_POL, i2=1),
]),

S("st-s-012", "2026-08-25", """NT police hunt for men after family feud erupts in Tennant Creek; 41 arrested at Newcastle coal port protest

DARWIN – Northern Territory police said on Monday they were looking for four men after two extended families fought each other with machetes, axes and rocks in Tennant Creek on Saturday evening, leaving five people in hospital.

About 60 people were involved in the brawl, which started in a street on the edge of the town and spread to a nearby park, police said. Two houses had their windows smashed and a car was set on fire. One man was flown to Alice Springs with a serious head wound. Police said the fight followed a dispute over a funeral.

Police said extra officers had been sent from Alice Springs and Katherine.

In New South Wales, police arrested 41 climate activists on Sunday who had paddled kayaks into the shipping channel of the Port of Newcastle, the world's largest coal export port, and refused orders to leave. Two coal ships were delayed. The organisers said the protest would continue every weekend until the end of September.

A rally of about 2,000 people on the foreshore at Newcastle on Saturday ended peacefully.""", [
  E(cur, "Mob violence", "two extended families fought each other with machetes, axes and rocks in Tennant Creek", P("Tennant Creek", "AU"), "saturday",
    a1="Rioters (Australia)", i1=5, a2="Rioters (Australia)", i2=5, inj=5),
  E(cur, "Protest with intervention", "police arrested 41 climate activists on Sunday who had paddled kayaks into the shipping channel", P("Newcastle", "AU", 2), "sunday",
    a1="Protesters (Australia)", i1=6, a2=AUS_POL, i2=1),
  E(cur, "Peaceful protest", "A rally of about 2,000 people on the foreshore at Newcastle on Saturday ended peacefully", P("Newcastle", "AU"), "saturday",
    a1="Protesters (Australia)", i1=6),
], register="local"),

S("st-s-013", "2026-03-03", """NEW ZEALAND/
Shots fired into Rotorua house in gang dispute, man wounded; thousands join hikoi at Parliament

WELLINGTON, March 3 (Wire) - A man was wounded when shots were fired into a house in the Rotorua suburb of Fordlands late on Saturday, in what police said was part of an escalating dispute between two gangs in the Bay of Plenty.

The man, in his 30s, was hit in the leg and is in a stable condition in Rotorua Hospital. Two children were asleep in the house at the time. Detective Inspector Rachel Moana said the shooting was "one of a series of tit-for-tat incidents" between the gangs since January, and that police had increased armed patrols.

On Monday, police arrested 14 people in raids on properties in Rotorua and Tauranga as part of an investigation into methamphetamine dealing by one of the gangs, and seized cash and two firearms.

In Wellington, about 15,000 people who had travelled from around the country in a hikoi, a Maori protest march, gathered peacefully in front of Parliament on Monday to oppose the closure of Maori health and education services under the government's spending cuts.""", [
  E(cur, "Attack", "shots were fired into a house in the Rotorua suburb of Fordlands", P("Rotorua", "NZ", 2), "saturday",
    a1="Unidentified Armed Group (New Zealand)", i1=3, a2="Civilians (New Zealand)", i2=7, inj=1),
  E(cur, "Peaceful protest", "gathered peacefully in front of Parliament on Monday", P("Wellington", "NZ"), "monday", a1="Protesters (New Zealand)", i1=6),
]),

S("st-s-014", "2026-05-12", """RCMP arrest 19 at rail blockade near Roberts Bank port; windows of arms maker's Montreal office smashed

VANCOUVER – RCMP officers arrested 19 people on Sunday who had chained themselves to the rails of the line that carries coal and grain to the Roberts Bank port terminals in Delta, south of Vancouver, police said.

The protesters, who oppose the expansion of the terminal, had blocked the line since Saturday morning. Officers cut the chains and carried them to waiting vans. All were released later on Sunday on conditions not to return to the rail line, police said.

In Montreal, unknown people smashed the glass front of the offices of a company that makes parts for military drones and sprayed the words "Stop arming genocide" on the building overnight into Friday, police said. No one was inside. Montreal police said they were reviewing security camera footage.

In Ottawa on Saturday, about 3,000 postal workers and their supporters marched peacefully to Parliament Hill to protest against planned job cuts at Canada Post.""", [
  E(cur, "Protest with intervention", "RCMP officers arrested 19 people on Sunday who had chained themselves to the rails", P("Delta", "CA", 2, lat=49.09, lon=-123.05, a1="British Columbia"), "sunday",
    a1="Protesters (Canada)", i1=6, a2=CAN_POL, i2=1),
  E(cur, "Looting/property destruction", "unknown people smashed the glass front of the offices of a company that makes parts for military drones", P("Montreal", "CA"), "friday",
    a1="Unidentified Armed Group (Canada)", i1=3, a2="Civilians (Canada)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 3,000 postal workers and their supporters marched peacefully to Parliament Hill", P("Ottawa", "CA"), "saturday",
    a1="Protesters (Canada)", i1=6),
], register="local"),

S("st-s-015", "2026-10-07", """CHINA-UNREST/
Police detain workers at Dongguan wage protest; herders block coal trucks in Inner Mongolia - videos

HONG KONG, Oct 7 (Wire) - Police in the southern Chinese manufacturing hub of Dongguan detained at least ten workers on Monday after several hundred employees of a furniture factory blocked a road outside the plant to demand three months of unpaid wages, according to videos posted online and a labour rights group.

The videos, which could not be independently verified, showed officers in black uniforms dragging workers into vans as others shouted "Give us back our sweat money". The factory's owner had disappeared last week, the workers said. The Dongguan police did not respond to a request for comment.

In the Inner Mongolia region, about 100 ethnic Mongolian herders sat on a road outside Xilinhot on Sunday to stop coal trucks they say are destroying their grazing land, a US-based rights group said. It said the herders left peacefully after local officials promised to meet them.

Labour protests in China have risen as factories close amid weak export demand, according to the rights group, which counted more than 400 such protests in the third quarter, most of them over unpaid wages.""", [
  E(cur, "Protest with intervention", "Police in the southern Chinese manufacturing hub of Dongguan detained at least ten workers on Monday", P("Dongguan", "CN", admin1="Guangdong"), "monday",
    a1="Protesters (China)", i1=6, a2=CHN_POL, i2=1),
  E(cur, "Peaceful protest", "about 100 ethnic Mongolian herders sat on a road outside Xilinhot", P("Xilinhot", "CN", 2, geoname="Xilin Hot"), "sunday",
    a1="Protesters (China)", i1=6),
]),

S("st-s-016", "2026-04-15", """YEMEN-SAUDI/
Saudi border guards kill seven Ethiopian migrants at Saada crossing, medics say; shelling kills farmer in Shada

ADEN, April 15 (Wire) - Saudi border guards opened fire on a group of Ethiopian migrants trying to cross into Saudi Arabia near al-Raqw, a village in the Monabbih district of Yemen's northern Saada province, on Sunday, killing seven and wounding 12, medics at a Houthi-run hospital said.

The wounded were brought to the hospital in Saada city, one of the medics said. Migrants who survived said the guards had fired machine guns and mortars at them as they climbed a mountain path. Saudi authorities did not respond to a request for comment; Riyadh has denied previous accusations of systematic killings at the border.

On Monday, Saudi artillery shelled farmland in the Shada district, also on the border, killing a farmer and wounding his son, the Houthi-run Al-Masirah television said.

A Houthi official said the group would "not stay silent about the crimes of the Saudi enemy" on the border. The Houthis and Saudi Arabia have largely observed a truce since 2022, but shelling and shooting along the border in Saada are reported almost daily.""", [
  E(cur, "Attack", "Saudi border guards opened fire on a group of Ethiopian migrants", P("Monabbih", "YE", 2, lat=17.18, lon=43.29, a1="Sadah", a2="Monabbih"), "sunday",
    a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=7, inj=12),
  unscored(E(cur, "Shelling/artillery/missile attack", "Saudi artillery shelled farmland in the Shada district", P("Shada", "YE", 3, lat=16.85, lon=43.48, a1="Sadah", a2="Shada"), "monday",
             a1=SAU, i1=8, a2="Civilians (Yemen)", i2=7, fat=1, inj=1), "latitude", "longitude"),
  unscored(E(thr, "Shelling/artillery/missile attack", "would \"not stay silent about the crimes of the Saudi enemy\"", C("YE"), None),
           "event_date", "time_precision", "sub_event_type", "event_type", "geo_precision"),
]),

S("st-s-017", "2026-06-17", """Blast damages journalist's car in Gostivar; police remove quarry road blockade in Niksic

SKOPJE – An explosive device damaged the car of a local television journalist outside his home in Gostivar, in western North Macedonia, in the early hours of Tuesday, police said. Nobody was hurt.

The blast at about 2am shattered windows in two neighbouring houses. The journalist, who has reported on illegal construction in the municipality, said he had received threatening messages last month. The interior minister said the attack "will not go unpunished" and that a special team had been set up.

About 200 journalists held a peaceful protest in front of the government building in Skopje on Tuesday afternoon, holding pens in the air.

In Montenegro, police on Monday removed about 100 villagers who had blocked the road to a stone quarry near Niksic for five days, saying its blasting had damaged their houses. Three men who refused to leave the road were detained and later released, police said.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosive device damaged the car of a local television journalist", P("Gostivar", "MK"), "tuesday",
    a1="Unidentified Armed Group (North Macedonia)", i1=3, a2="Civilians (North Macedonia)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "About 200 journalists held a peaceful protest in front of the government building in Skopje", P("Skopje", "MK", a1="Grad Skopje"), "tuesday",
    a1="Protesters (North Macedonia)", i1=6),
  E(cur, "Protest with intervention", "police on Monday removed about 100 villagers who had blocked the road to a stone quarry near Niksic", P("Niksic", "ME", 2), "monday",
    a1="Protesters (Montenegro)", i1=6, a2=MNE_POL, i2=1),
]),

S("st-s-018", "2026-02-04", """BELARUS: POLITICALLY MOTIVATED DETENTIONS — MONTHLY MONITORING, JANUARY 2026

Summary
In January, our monitors recorded at least 118 politically motivated detentions across the country, compared with 104 in December. At least 41 people were convicted in politically motivated criminal cases during the month.

Selected cases
- On 27 January, KGB officers detained six residents of Gomel, aged 24 to 61, accused of having donated money to Ukrainian volunteer units in 2022. They face up to 15 years in prison for "facilitating extremist activity".
- On 30 January, police in Hrodna detained a Catholic priest after a Sunday sermon in which he prayed for political prisoners. He was given 15 days of administrative arrest.
- On 2 February, a court in Mahilyow sentenced a retired teacher to three years in a penal colony for comments on a social network.

Political prisoners
As of 1 February, 1,096 people are recognised as political prisoners.

The human rights defenders who compiled this report work in exile or anonymously; the figures are a minimum.""", [
  E(cur, "Arrests", "KGB officers detained six residents of Gomel", P("Gomel", "BY"), "2026-01-27", a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
  E(cur, "Arrests", "police in Hrodna detained a Catholic priest after a Sunday sermon", P("Hrodna", "BY"), "2026-01-30", a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
], register="ngo"),

S("st-s-019", "2026-07-01", """Thousands march on La Fortaleza over blackouts; Arecibo residents occupy utility office

SAN JUAN – Thousands of people marched through Old San Juan to La Fortaleza, the governor's residence, on Monday evening to demand the cancellation of the contract of the private company that runs Puerto Rico's power grid, after a third island-wide blackout this year.

Marchers banged pots and carried candles. Police kept them behind barriers at the end of Calle Fortaleza; the march ended peacefully shortly before midnight.

In Arecibo, on the north coast, about 80 residents of neighbourhoods that had been without power for nine days sat down inside the grid operator's regional office on Tuesday morning and refused to leave until a manager met them. They left in the afternoon after being promised repair crews.

The governor said she had asked the energy regulator to review the company's performance. Unions have called a general strike for next Wednesday.""", [
  E(cur, "Peaceful protest", "Thousands of people marched through Old San Juan to La Fortaleza", P("San Juan", "PR"), "monday", a1="Protesters (Puerto Rico)", i1=6),
  E(cur, "Peaceful protest", "about 80 residents of neighbourhoods that had been without power for nine days sat down inside the grid operator's regional office",
    P("Arecibo", "PR"), "tuesday", a1="Protesters (Puerto Rico)", i1=6),
], register="local"),

S("st-s-020", "2026-09-23", """MOLDOVA-FARMERS/
Police clear farmers' blockade at Ungheni border crossing; tractors converge on Balti

CHISINAU, Sept 23 (Wire) - Moldovan police on Tuesday cleared a blockade of the Ungheni border crossing with Romania that farmers had kept up with tractors for two days, detaining 11 people, the General Police Inspectorate said.

The farmers, who demand compensation for a summer drought, had parked about 50 tractors across the road leading to the bridge over the Prut river, stranding hundreds of lorries. Police towed the tractors away in the morning. One farmer was hurt when officers pulled him from his cab, the farmers' association said.

On Monday, several hundred farmers drove their tractors into the northern city of Balti and parked them in front of the city hall for a peaceful protest.

The agriculture minister said the government would pay drought aid "within the limits of the budget". The farmers have threatened to block the capital next week.""", [
  E(cur, "Protest with intervention", "Moldovan police on Tuesday cleared a blockade of the Ungheni border crossing", P("Ungheni", "MD", 2), "tuesday",
    a1="Protesters (Moldova)", i1=6, a2=MDA_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "several hundred farmers drove their tractors into the northern city of Balti", P("Balti", "MD"), "monday", a1="Protesters (Moldova)", i1=6),
  unscored(E(thr, "Peaceful protest", "threatened to block the capital next week", P("Chisinau", "MD"), None, a1="Protesters (Moldova)", i1=6),
           "event_date", "time_precision"),
]),
]

NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; LAKURAWA = "Lakurawa"; IPOB = "IPOB: Indigenous People of Biafra"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; MOBONDO = "Mobondo Militia"; RAIA = "Raia Mutomboki Militia"
IND = "Military Forces of India (2014-)"; IND_POL = "Police Forces of India (2014-)"; MAOIST = "CPI (Maoist): Communist Party of India (Maoist)"
ULFAI = "ULFA-I: United Liberation Front of Asom-Independent"; SHABAAB = "Al Shabaab"; SOM = "Military Forces of Somalia (2022-)"
EMC = "FARC-EMC: Central General Staff"; CDF_CO = "Comandos de la Frontera"; COL_POL = "Police Forces of Colombia (2022-)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; SRA = "Sindhudesh Revolutionary Army"; PAK_POL = "Police Forces of Pakistan (2024-)"
CLAN_SO = "Unidentified Clan Militia (Somalia)"

STORIES += [
S("st-s-021", "2026-03-10", """NIGERIA-SECURITY/
Lakurawa fighters kill nine in Sokoto village; bandits abduct 23 in Katsina

SOKOTO, Nigeria, March 10 (Wire) - Fighters of the Lakurawa armed group killed nine villagers in an attack on Kalmalo, a village in Tangaza Local Government Area of Sokoto State, on Sunday, two local officials said.

The gunmen arrived on motorcycles in the afternoon and opened fire on men gathered at the village market and burned the village's grain store, after residents refused to hand over cattle as a levy, one of the officials said. The group, which operates along the border with Niger, has imposed taxes on livestock in several border communities since 2024.

The army said on Monday that troops had caught up with a group of Lakurawa fighters near the village that morning and killed 12 of them in a gunfight. It did not report any losses.

In neighbouring Katsina State, bandits abducted 23 people, most of them women and children, from Yankara village in Faskari Local Government Area late on Saturday, a local councillor said. The attackers demanded a ransom through a resident they released on Monday.

Nigeria's north-west has been plagued for years by armed gangs known locally as bandits, who raid villages, kidnap for ransom and extort levies from farmers.""", [
  E(cur, "Attack", "Fighters of the Lakurawa armed group killed nine villagers in an attack on Kalmalo", P("Tangaza", "NG", 2, lat=13.30, lon=4.97, a1="Sokoto", a2="Tangaza"), "sunday",
    a1=LAKURAWA, i1=2, a2="Civilians (Nigeria)", i2=7, fat=9),
  E(cur, "Armed clash", "troops had caught up with a group of Lakurawa fighters near the village that morning", P("Tangaza", "NG", 2, lat=13.30, lon=4.97, a1="Sokoto", a2="Tangaza"),
    "monday", a1=NGA, i1=1, a2=LAKURAWA, i2=2, fat=12),
  E(cur, "Abduction/forced disappearance", "bandits abducted 23 people, most of them women and children, from Yankara village", P("Faskari", "NG", 2), "saturday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7),
]),

S("st-s-022", "2026-08-12", """Imo: gunmen kill two policemen, burn Orlu division; trader shot dead on sit-at-home day in Nnewi

OWERRI — Gunmen attacked the police divisional headquarters in Orlu before dawn on Tuesday, killing two officers and setting the building and three patrol vehicles on fire, the Imo State police command said.

The attackers, who came in two buses, fired at the building and threw petrol bombs through the windows, the command's spokesman said. Officers on duty returned fire and one of the attackers was wounded and arrested, he said. The command blamed the outlawed Indigenous People of Biafra (IPOB) and its armed wing, the Eastern Security Network.

In Anambra State, gunmen shot dead a trader who had opened his shop in Nnewi on Monday, the day of a weekly sit-at-home that separatists have enforced across the South-East since 2021, and set a commercial bus on fire, police said.

An IPOB spokesman denied that the group had anything to do with either attack and said the sit-at-home had been called off long ago. "Those killing people are criminals and agents of the state," he said.

Dozens of police stations have been attacked in the South-East since 2021.""", [
  E(cur, "Armed clash", "Gunmen attacked the police divisional headquarters in Orlu", P("Orlu", "NG"), "tuesday",
    a1=IPOB, i1=3, a2=NGA_POL, i2=1, fat=2),
  E(cur, "Attack", "gunmen shot dead a trader who had opened his shop in Nnewi", P("Nnewi", "NG"), "monday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=1),
], register="local"),

S("st-s-023", "2026-06-03", """CONGO-MAI-NDOMBE/
Mobondo militia kills eight in Kwamouth village; army says five militiamen killed

KINSHASA, June 3 (Wire) - Militiamen of the Mobondo group killed eight people, among them three children, in an attack on the village of Masia-Mbe in Kwamouth territory, in the western Democratic Republic of Congo's Mai-Ndombe province, on Saturday, a civil society leader said.

The attackers, armed with machetes, spears and a few hunting rifles, burned about 20 houses before leaving, he said. Survivors fled into the forest.

On Monday, soldiers clashed with Mobondo fighters on the road near Kwamouth town, killing five of them, an army spokesman said. One soldier was killed. The spokesman said troops had been sent to the area after the attack on Masia-Mbe.

In Kinshasa on Tuesday, about 300 people displaced from Kwamouth rallied peacefully outside the national parliament to demand that the government restore security so they can return to their fields.

The conflict, which began in 2022 as a dispute over land rents between Teke landowners and farmers from other communities, has spread from Mai-Ndombe to the edges of the capital.""", [
  E(cur, "Attack", "Militiamen of the Mobondo group killed eight people, among them three children", P("Kwamouth", "CD", 2, lat=-3.18, lon=16.2, a1="Mai-Ndombe", a2="Kwamouth"),
    "saturday", a1=MOBONDO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=8),
  E(cur, "Armed clash", "soldiers clashed with Mobondo fighters on the road near Kwamouth town", P("Kwamouth", "CD", 2, lat=-3.18, lon=16.2, a1="Mai-Ndombe", a2="Kwamouth"),
    "monday", a1=COD, i1=1, a2=MOBONDO, i2=4, fat=6),
  E(cur, "Peaceful protest", "about 300 people displaced from Kwamouth rallied peacefully outside the national parliament", P("Kinshasa", "CD"), "tuesday",
    a1="Protesters (Democratic Republic of Congo)", i1=6),
]),

S("st-s-024", "2026-01-21", """DEMOCRATIC REPUBLIC OF THE CONGO
South Kivu: Shabunda territory — Flash Update No. 1 (20 January 2026)

HIGHLIGHTS
• Four artisanal miners killed in an attack on a mining site.
• At least 11 women and girls raped in one week.
• Fighting between armed factions near Shabunda town.

SITUATION OVERVIEW
On 14 January, Raia Mutomboki militiamen attacked the Kalele gold mining site in Shabunda territory, killing four artisanal miners and taking gold and cash from the diggers. About 600 miners and their families left the site for Shabunda town.

Between 10 and 16 January, health partners received at least 11 women and girls who had been raped by armed men in villages of Shabunda territory. The survivors received post-exposure care at the Shabunda general hospital.

On 17 January, two rival Raia Mutomboki factions fought on the outskirts of Shabunda town for most of the day over control of a road barrier. Three fighters were reportedly killed. Shops in the town stayed closed for two days.

HUMANITARIAN ACCESS
The road between Shabunda and Bukavu remains impassable for humanitarian vehicles; supplies reach the town by air.""", [
  E(cur, "Attack", "Raia Mutomboki militiamen attacked the Kalele gold mining site in Shabunda territory", P("Shabunda", "CD", 2, lat=-2.69, lon=27.34, a1="South Kivu", a2="Shabunda"),
    "2026-01-14", a1=RAIA, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=4),
  E(cur, "Sexual violence", "had been raped by armed men in villages of Shabunda territory", P("Shabunda", "CD", 3, lat=-2.69, lon=27.34, a1="South Kivu", a2="Shabunda"),
    "2026-01-10", tp=2, a1="Unidentified Armed Group (Democratic Republic of Congo)", i1=3, a2="Civilians (Democratic Republic of Congo)", i2=7),
  E(cur, "Armed clash", "two rival Raia Mutomboki factions fought on the outskirts of Shabunda town", P("Shabunda", "CD", 2, lat=-2.69, lon=27.34, a1="South Kivu", a2="Shabunda"),
    "2026-01-17", a1=RAIA, i1=4, a2=RAIA, i2=4, fat=3),
], register="ngo"),

S("st-s-025", "2026-02-11", """Six Maoists killed in Gadchiroli encounter; Kolkata police baton-charge hawkers

NAGPUR — C-60 commandos of the Maharashtra police killed six Maoists, including two women, in a gunfight on Tuesday in a forest near Bhamragad in Gadchiroli district, close to the Chhattisgarh border, police said.

The commandos had been searching the area since Monday on a tip-off that a group of Maoists had crossed from Chhattisgarh. The exchange of fire lasted about two hours, and one commando was wounded, the district superintendent of police said. Two rifles and a large amount of explosives were recovered.

The banned Communist Party of India (Maoist) has been hit by a string of losses in the past two years, and the federal government has set a deadline to end the insurgency.

In Kolkata, police used batons on Tuesday evening to disperse several hundred hawkers who had blocked a main road in Gariahat in protest against their eviction from the pavements, and detained 20 of them. Several hawkers were hurt, their union said.""", [
  E(cur, "Armed clash", "C-60 commandos of the Maharashtra police killed six Maoists", P("Gadchiroli", "IN", 2, lat=20.18, lon=79.99, a1="Maharashtra", a2="Gadchiroli"),
    "tuesday", a1=IND_POL, i1=1, a2=MAOIST, i2=2, fat=6, inj=1),
  E(cur, "Protest with intervention", "police used batons on Tuesday evening to disperse several hundred hawkers", P("Kolkata", "IN", 2), "tuesday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1, inj=3),
], register="local"),

S("st-s-026", "2026-05-27", """ASSAM-SECURITY/
Grenade thrown at tea estate manager's bungalow near Digboi, ULFA-I claims; two rebels killed in Tinsukia gunfight

GUWAHATI, May 27 (Wire) - Suspected militants threw a grenade at the bungalow of a tea estate manager near Digboi in Assam's Tinsukia district late on Monday, damaging the veranda, police said. Nobody was hurt.

The United Liberation Front of Asom-Independent (ULFA-I) said in an email to local media that it had carried out the attack to "warn" the company, which it accused of underpaying tea workers.

On Tuesday, soldiers and Assam police commandos killed two ULFA-I cadres in a gunfight in a forest near Pengeri, also in Tinsukia district, a defence spokesman said. A pistol and a grenade were recovered.

In Guwahati, several thousand students of the All Assam Students' Union marched peacefully on Tuesday to demand the detection and deportation of illegal immigrants.

ULFA-I, led by Paresh Baruah, rejected the peace accord that the pro-talks faction of ULFA signed with the government in 2023 and is believed to be based in Myanmar's Sagaing region.""", [
  E(cur, "Grenade", "threw a grenade at the bungalow of a tea estate manager near Digboi", P("Digboi", "IN", 2), "monday",
    a1=ULFAI, i1=2, a2="Civilians (India)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "soldiers and Assam police commandos killed two ULFA-I cadres in a gunfight", P("Tinsukia", "IN", 2), "tuesday",
    a1=IND, i1=1, a2=ULFAI, i2=2, fat=2),
  E(cur, "Peaceful protest", "several thousand students of the All Assam Students' Union marched peacefully", P("Guwahati", "IN"), "tuesday",
    a1="Protesters (India)", i1=6),
]),

S("st-s-027", "2026-09-02", """SOMALIA-SECURITY/
Mortar shells kill two children near Baidoa airport; army repels al Shabaab attack on Buulobarde

MOGADISHU, Sept 2 (Wire) - Two children were killed and five people wounded when mortar shells landed near the airport in Baidoa and a camp for displaced people next to it on Monday night, a local official said, blaming al Shabaab.

The militants have often fired mortars at the airport, which houses a base of the African Union mission.

On Tuesday, Somali soldiers and fighters of the Macawisley clan militia repelled an attack by al Shabaab on the town of Buulobarde in the Hiraan region, the army said, claiming to have killed nine militants. Al Shabaab said it had killed 11 soldiers. Neither claim could be verified.

In the Mudug region, fighting between two sub-clans over grazing land about 30 km west of the coastal town of Hobyo killed four people and wounded seven on Sunday, elders said. Elders from both sides met on Tuesday to negotiate a ceasefire.""", [
  E(cur, "Shelling/artillery/missile attack", "mortar shells landed near the airport in Baidoa", P("Baidoa", "SO", 2), "monday",
    a1=SHABAAB, i1=2, a2="Civilians (Somalia)", i2=7, fat=2, inj=5),
  unscored(E(cur, "Armed clash", "repelled an attack by al Shabaab on the town of Buulobarde", P("Buulobarde", "SO"), "tuesday",
             a1=SOM, i1=1, assoc_actor_1="Macawisley Militia", a2=SHABAAB, i2=2), "fatalities", "injuries"),
  E(cur, "Armed clash", "fighting between two sub-clans over grazing land about 30 km west of the coastal town of Hobyo", P("Hobyo", "SO", 2), "sunday",
    a1=CLAN_SO, i1=4, a2=CLAN_SO, i2=4, fat=4, inj=7),
]),

S("st-s-028", "2026-10-21", """Seven dead as FARC dissidents and Comandos de la Frontera fight near Puerto Leguizamo; drone attack on Calamar police station

BOGOTA — Seven people were killed on Saturday in fighting between FARC dissidents and the Comandos de la Frontera armed group in rural Puerto Leguizamo, in the southern Putumayo department near the border with Peru, the ombudsman's office said.

Five of the dead were fighters and two were fishermen hit while travelling on the Putumayo river, the office said. More than 300 people from riverside communities fled to the town.

On Monday, a drone dropped explosives on the police station in Calamar, in the Guaviare department, wounding three officers, the police said, blaming FARC dissidents.

The ombudsman's office said more than 1,200 people had been displaced in Putumayo this year by the fighting between the two groups over cocaine routes to Peru and Brazil.""", [
  E(cur, "Armed clash", "fighting between FARC dissidents and the Comandos de la Frontera armed group", P("Puerto Leguizamo", "CO", 2), "saturday",
    a1=EMC, i1=2, a2=CDF_CO, i2=2, fat=7),
  E(cur, "Air/drone strike", "a drone dropped explosives on the police station in Calamar", P("Calamar", "CO", admin1="Guaviare"), "monday",
    a1=EMC, i1=2, a2=COL_POL, i2=1, inj=3),
]),

S("st-s-029", "2026-07-08", """LIVE: Russia-Ukraine war — Wednesday, July 8

16:45 — A Ukrainian drone hit a car in the Russian border town of Shebekino, killing the driver, the governor of the Belgorod region says. Ukraine does not usually comment on such reports.

13:10 — Russia's defence ministry says air defences destroyed 37 Ukrainian drones overnight over the Bryansk and Kursk regions.

10:30 — Drones hit the port area of Mykolaiv this morning, wounding four people and damaging grain silos, the regional governor says.

08:20 — A Russian missile struck an industrial site in Kremenchuk, in the Poltava region, overnight, killing two workers and wounding seven, the regional military administration says. It is the third strike on the city this month.

07:00 — Ukraine's air force says Russia launched 84 drones and six missiles overnight, of which 61 drones and four missiles were shot down.""", [
  E(cur, "Air/drone strike", "A Ukrainian drone hit a car in the Russian border town of Shebekino", P("Shebekino", "RU"), "wednesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=1),
  E(cur, "Air/drone strike", "Drones hit the port area of Mykolaiv this morning", P("Mykolaiv", "UA", 2, geoname="Mykolayiv", admin1="Mykolaiv"), "wednesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=4),
  E(cur, "Shelling/artillery/missile attack", "A Russian missile struck an industrial site in Kremenchuk", P("Kremenchuk", "UA"), "wednesday", tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=7),
], register="live"),

S("st-s-030", "2026-11-18", """PAKISTAN/
Bomb damages rail track near Jacobabad, Sindhi separatists claim; police tear-gas teachers in Lahore

KARACHI, Nov 18 (Wire) - A bomb damaged a section of railway track near Jacobabad in Pakistan's southern Sindh province late on Monday, hours before a passenger train from Quetta was due to pass, police said. Nobody was hurt.

A little-known separatist group, the Sindhudesh Revolutionary Army, claimed responsibility in a message to journalists. Train services were suspended for ten hours while the track was repaired.

In Lahore, police fired tear gas and used batons on Tuesday to disperse hundreds of government school teachers who were protesting outside the Punjab Assembly against plans to hand schools to private operators, and detained 35 of them, a teachers' union said.

On Sunday, several thousand people marched peacefully in Karachi to demand an end to water shortages in the city's western districts.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb damaged a section of railway track near Jacobabad", P("Jacobabad", "PK", 2), "monday",
    a1=SRA, i1=2, a2="Civilians (Pakistan)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "police fired tear gas and used batons on Tuesday to disperse hundreds of government school teachers", P("Lahore", "PK"), "tuesday",
    a1="Protesters (Pakistan)", i1=6, a2=PAK_POL, i2=1),
  E(cur, "Peaceful protest", "several thousand people marched peacefully in Karachi", P("Karachi", "PK"), "sunday", a1="Protesters (Pakistan)", i1=6),
]),
]

KEN_POL = "Police Forces of Kenya (2022-)"; MMR = "Military Forces of Myanmar (2021-)"; KNLA = "KNLA: Karen National Liberation Army"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; JNIM = "JNIM: Group for Support of Islam and Muslims"; MLI = "Military Forces of Mali (2021-)"
MEX = "Military Forces of Mexico (2024-)"; NPA = "NPA: New People's Army"; PHL = "Military Forces of the Philippines (2022-)"; CLAN_PH = "Unidentified Clan Militia (Philippines)"
R3 = "3R: Return, Reclamation, Rehabilitation"; CMR_POL = "Police Forces of Cameroon (1982-)"; HTI_POL = "Police Forces of Haiti (2024-)"
TPNPB = "TPNPB: West Papua National Liberation Army"; BARMM = "Bangsamoro Autonomous Region in Muslim Mindanao"

STORIES += [
S("st-s-031", "2026-04-22", """Four herders killed in raid near Marsabit; police kill two suspected bandits in Isiolo shootout

MARSABIT — Four herders were shot dead and about 400 goats and 60 camels driven off on Sunday when armed cattle raiders attacked a grazing camp about 25 km east of Marsabit town, the county police commander said.

The raiders, estimated at about 30, struck at dawn as the herders were taking the animals out to pasture, he said. A fifth herder was wounded and airlifted to Nairobi. Police and reservists were following the tracks of the stolen animals towards the Isiolo county border.

On Monday, police officers on patrol near Isiolo town exchanged fire with a group of armed men they suspected of being part of the raiding party, killing two of them and recovering two rifles and 38 of the goats, Isiolo police said. No officer was hurt.

Residents of Marsabit held a peaceful protest in the town on Tuesday, demanding that the government station more police in the area. Elders have blamed the raids on competition for pasture during a prolonged drought.""", [
  E(cur, "Attack", "armed cattle raiders attacked a grazing camp about 25 km east of Marsabit town", P("Marsabit", "KE", 2), "sunday",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2="Civilians (Kenya)", i2=7, fat=4, inj=1),
  E(cur, "Armed clash", "police officers on patrol near Isiolo town exchanged fire with a group of armed men", P("Isiolo", "KE", 2), "monday",
    a1=KEN_POL, i1=1, a2="Unidentified Armed Group (Kenya)", i2=3, fat=2, inj=0),
  E(cur, "Peaceful protest", "Residents of Marsabit held a peaceful protest in the town on Tuesday", P("Marsabit", "KE"), "tuesday",
    a1="Protesters (Kenya)", i1=6),
], register="local"),

S("st-s-032", "2026-03-25", """MYANMAR-CONFLICT/
Karen rebels say they overran junta outpost near Hpa-an; air strike on Magway village kills nine

BANGKOK, March 25 (Wire) - Fighters of the Karen National Liberation Army attacked and overran a Myanmar army outpost on a hill about 15 km east of Hpa-an, the capital of Kayin State, on Sunday, killing seven soldiers and capturing four, a spokesman for the group said.

The army did not comment. The KNLA said two of its own fighters had been killed. The claims could not be independently verified.

A Myanmar military jet bombed a village about 20 km west of Pakokku in the central Magway region on Monday, killing nine people, including four children, a local resistance group and residents said. Residents said the village had no resistance fighters; the junta did not comment.

About 1,500 people from villages near the front lines in Kayin have crossed the Moei river into Thailand's Mae Sot district since the weekend, Thai officials said.""", [
  E(cur, "Non-state actor overtakes territory", "Fighters of the Karen National Liberation Army attacked and overran a Myanmar army outpost", P("Hpa-an", "MM", 2), "sunday",
    a1=KNLA, i1=2, a2=MMR, i2=1, fat=9),
  E(cur, "Air/drone strike", "A Myanmar military jet bombed a village about 20 km west of Pakokku", P("Pakokku", "MM", 2), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
]),

S("st-s-033", "2026-06-24", """SUDAN-CONFLICT/
RSF drones hit fuel depot in Shendi; army says it repelled attack near Singa

PORT SUDAN, June 24 (Wire) - Drones launched by the paramilitary Rapid Support Forces struck a fuel depot on the edge of Shendi, in Sudan's River Nile state, early on Monday, setting two storage tanks on fire, a local official said. No casualties were reported.

The fire burned for most of the day and fuel prices in the town doubled by the evening. The army said its air defences had shot down several other drones over the city.

In Sennar state, the army said on Sunday that it had repelled an RSF attack on its positions east of Singa, the state capital, and killed "dozens of rebels". The RSF said it had taken two villages in the area. Neither account could be verified.

Residents of Ad Dindar, further east, said RSF fighters had looted the town's market and several pharmacies on Friday before withdrawing.""", [
  E(cur, "Air/drone strike", "Drones launched by the paramilitary Rapid Support Forces struck a fuel depot on the edge of Shendi", P("Shendi", "SD", 2), "monday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Armed clash", "it had repelled an RSF attack on its positions east of Singa", P("Singa", "SD", 2, a1="Sennar"), "sunday",
             a1=SDN, i1=1, a2=RSF, i2=2), "fatalities", "injuries", "event_date", "time_precision"),
  E(cur, "Looting/property destruction", "RSF fighters had looted the town's market and several pharmacies on Friday", P("Ad Dindar", "SD", lat=13.334, lon=34.0927, a1="Sennar"), "friday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7),
]),

S("st-s-034", "2026-10-14", """Mali: JNIM ambushes fuel convoy near Kadiolo; drone strike kills 11 at Niono-area wedding, residents say

BAMAKO — Fighters of the al Qaeda-linked JNIM ambushed a convoy of fuel tankers escorted by soldiers near Kadiolo, in southern Mali's Sikasso region, on Saturday, setting about 30 tankers on fire, security sources said.

Six soldiers were killed, one of the sources said. JNIM said in a statement on Sunday that it had killed 20 soldiers and that it would continue to attack any convoy supplying the capital "until the junta falls".

Residents of a village about 30 km north of Niono, in the Segou region, said a drone had struck a wedding party there on Friday evening, killing 11 people. The army said it had "neutralised" a group of terrorists in the area, without giving a location.

JNIM has enforced a blockade on fuel imports into Mali since September 2025, causing long queues at filling stations in Bamako and closing schools.""", [
  E(cur, "Armed clash", "ambushed a convoy of fuel tankers escorted by soldiers near Kadiolo", P("Kadiolo", "ML", 2), "saturday",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=6),
  E(cur, "Air/drone strike", "a drone had struck a wedding party there on Friday evening", P("Niono", "ML", 2), "friday",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=11),
  unscored(E(thr, "Armed clash", "it would continue to attack any convoy supplying the capital", P("Bamako", "ML"), None, a1=JNIM, i1=2, a2=MLI, i2=1),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
], register="local"),

S("st-s-035", "2026-08-26", """ETHIOPIA-GAMBELA/
Three dead as Nuer and Anyuak youths fight in Gambela town; curfew imposed

ADDIS ABABA, Aug 26 (Wire) - Three people were killed and at least 14 hurt on Saturday when groups of Nuer and Anyuak youths fought each other with sticks, knives and stones in Gambela, the capital of western Ethiopia's Gambela region, a hospital official said.

The fighting broke out after the body of a young Anyuak man was found near a bridge on Friday, residents said. Several shops and about ten houses were set on fire before federal police restored calm in the evening.

On Sunday, the regional government imposed a curfew from 6 p.m. to 6 a.m. in the town and banned the carrying of weapons.

Separately, raiders from South Sudan's Murle community abducted six children and drove off about 200 cattle from a village near Gambela town on Thursday, regional officials said.

In Asosa, in neighbouring Benishangul-Gumuz, several hundred traders closed their shops and gathered peacefully outside the regional administration on Monday to protest against new taxes.""", [
  E(cur, "Mob violence", "groups of Nuer and Anyuak youths fought each other with sticks, knives and stones in Gambela", P("Gambela", "ET"), "saturday",
    a1="Rioters (Ethiopia)", i1=5, a2="Rioters (Ethiopia)", i2=5, fat=3, inj=14),
  unscored(E(cur, "Other", "the regional government imposed a curfew from 6 p.m. to 6 a.m. in the town", P("Gambela", "ET"), "sunday",
             a1="Government of Ethiopia (2018-)", i1=1), "actor1", "inter1"),
  E(cur, "Abduction/forced disappearance", "raiders from South Sudan's Murle community abducted six children", P("Gambela", "ET", 2), "thursday",
    a1="Murle Ethnic Militia (South Sudan)", i1=4, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Peaceful protest", "several hundred traders closed their shops and gathered peacefully outside the regional administration", P("Asosa", "ET"), "monday",
    a1="Protesters (Ethiopia)", i1=6),
]),

S("st-s-036", "2026-05-06", """MEXICO-VIOLENCE/
Gunmen kill six at Salamanca family party; soldiers kill five in Fresnillo gunfight

MEXICO CITY, May 6 (Wire) - Gunmen killed six people and wounded four at a family birthday party in a working-class neighbourhood of Salamanca, in the central state of Guanajuato, on Saturday night, state prosecutors said.

The attackers arrived in two vehicles and opened fire from the street on guests in a courtyard, prosecutors said. They said the attack appeared to be linked to the war between the Jalisco New Generation Cartel and the local Santa Rosa de Lima gang for control of drug sales and fuel theft in the city, home to a state oil refinery.

In Zacatecas state, soldiers came under fire from gunmen in a convoy of pick-up trucks on a rural road outside Fresnillo on Monday and killed five of the attackers, the defence ministry said. One soldier was wounded. Rifles, grenades and body armour were seized.

On Sunday, about 200 women from collectives that search for missing relatives marched peacefully through the centre of Zacatecas city carrying photographs of the disappeared.

Guanajuato has had the highest number of murders of any Mexican state for several years.""", [
  E(cur, "Attack", "Gunmen killed six people and wounded four at a family birthday party", P("Salamanca", "MX", 1), "saturday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=6, inj=4),
  E(cur, "Armed clash", "soldiers came under fire from gunmen in a convoy of pick-up trucks", P("Fresnillo", "MX", 2), "monday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=5, inj=1),
  E(cur, "Peaceful protest", "about 200 women from collectives that search for missing relatives marched peacefully", P("Zacatecas", "MX"), "sunday",
    a1="Protesters (Mexico)", i1=6),
]),

S("st-s-037", "2026-02-18", """PHILIPPINES-SECURITY/
Two soldiers killed in NPA ambush in Camarines Sur; clan feud flares in Basilan

MANILA, Feb 18 (Wire) - Communist New People's Army rebels ambushed an army patrol in a village of Ragay town in Camarines Sur province on Monday, killing two soldiers and wounding three, the military said.

The soldiers returned fire and the rebels withdrew into the mountains, an army brigade spokesman said. One rebel was believed to have been killed, he said, citing blood traces. Troops were pursuing the attackers.

In Basilan province, in the south, four people were killed on Sunday when armed members of two feuding clans exchanged fire in a village of Tipo-Tipo town, in a dispute over land that has lasted more than a decade, police said. Marines were deployed to separate the two sides, and the provincial governor said he would call the clan elders to talks.

The military says the NPA, which has waged a Maoist insurgency since 1969, has been reduced to a few hundred fighters.""", [
  E(cur, "Armed clash", "Communist New People's Army rebels ambushed an army patrol in a village of Ragay town", P("Ragay", "PH", 2), "monday",
    a1=NPA, i1=2, a2=PHL, i2=1, fat=2, inj=3),
  E(cur, "Armed clash", "armed members of two feuding clans exchanged fire in a village of Tipo-Tipo town", P("Tipo-Tipo", "PH", 2, a1=BARMM), "sunday",
    a1=CLAN_PH, i1=4, a2=CLAN_PH, i2=4, fat=4),
]),

S("st-s-038", "2026-11-25", """Cameroon: gunmen abduct seven near Meiganga; gendarme killed in attack by CAR rebels near Garoua-Boulai

NGAOUNDERE – Heavily armed men abducted seven people, among them four children of a Fulani herder, from a settlement about 15 km from Meiganga in the Adamawa region on Saturday night and demanded a ransom of 20 million CFA francs, a local official said.

The attackers, who spoke Fulfulde and Sango, took the hostages into the bush towards the border with the Central African Republic, he said.

On Monday, fighters of the Central African rebel group 3R crossed the border and attacked a gendarmerie post near Garoua-Boulai, in the East region, killing one gendarme and wounding two, security sources said. The attackers were pushed back across the border after about an hour of fighting.

In Ngaoundere, about 400 motorcycle-taxi drivers held a peaceful protest outside the governor's office on Tuesday to demand better protection on rural roads, where several of their colleagues have been kidnapped this year.""", [
  E(cur, "Abduction/forced disappearance", "Heavily armed men abducted seven people, among them four children of a Fulani herder", P("Meiganga", "CM", 2), "saturday",
    a1="Unidentified Armed Group (Cameroon)", i1=3, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Armed clash", "attacked a gendarmerie post near Garoua-Boulai", P("Garoua-Boulai", "CM", 2, geoname="Garoua Boulai"), "monday",
    a1=R3, i1=2, a2=CMR_POL, i2=1, fat=1, inj=2),
  E(cur, "Peaceful protest", "about 400 motorcycle-taxi drivers held a peaceful protest outside the governor's office", P("Ngaoundere", "CM"), "tuesday",
    a1="Protesters (Cameroon)", i1=6),
], register="local"),

S("st-s-039", "2026-01-28", """HAITI/
Police fire tear gas at fuel protesters in Les Cayes; Jeremie march demands road repairs

PORT-AU-PRINCE (Wire) — Police fired tear gas on Monday in Les Cayes, in Haiti's southern peninsula, to clear barricades of burning tyres that young men had set up across the main streets to protest against a fuel shortage that has lasted two weeks, a local radio station said.

Protesters threw stones at police vehicles and several petrol stations were forced to close. Three people were treated for injuries at the Immaculée Conception hospital, the station said.

Gangs controlling the road out of the capital have blocked most fuel deliveries to the south since the start of the year, and petrol is sold on the black market at four times the official price.

In Jeremie, several hundred people marched peacefully on Tuesday to demand the repair of the national road to Les Cayes, which has been cut by landslides since October.

© 2026 Wire. All rights reserved.""", [
  E(cur, "Violent demonstration", "barricades of burning tyres that young men had set up across the main streets", P("Les Cayes", "HT"), "monday",
    a1="Rioters (Haiti)", i1=5, a2=HTI_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "several hundred people marched peacefully on Tuesday", P("Jeremie", "HT"), "tuesday", a1="Protesters (Haiti)", i1=6),
]),

S("st-s-040", "2026-10-28", """INDONESIA-PAPUA/
Papuan rebels kill two road workers in Fakfak, call them spies; two dead in Haruku village clash

JAKARTA, Oct 28 (Wire) - Fighters of the West Papua National Liberation Army (TPNPB) shot dead two construction workers building a road in Fakfak regency, in Indonesia's West Papua province, on Sunday, police said.

The workers, both migrants from Sulawesi, were killed at a road project camp, police said. A TPNPB spokesman said in a statement that the two were "spies for the Indonesian military" and warned all non-Papuans to leave the area. Police rejected the claim.

In Maluku province, two people were killed and about 20 houses burned on Monday when residents of two neighbouring villages on Haruku island, east of Ambon, fought with machetes, arrows and homemade guns over a land boundary, police said. Police and soldiers were sent to the island to separate the villages.

Violence between villages in Maluku has flared repeatedly since sectarian conflict between Christians and Muslims killed thousands of people in the province between 1999 and 2002.""", [
  E(cur, "Attack", "shot dead two construction workers building a road in Fakfak regency", P("Fakfak", "ID", 3, a1="West Papua"), "sunday",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Mob violence", "residents of two neighbouring villages on Haruku island, east of Ambon, fought with machetes, arrows and homemade guns", P("Ambon", "ID", 2), "monday",
    a1="Rioters (Indonesia)", i1=5, a2="Rioters (Indonesia)", i2=5, fat=2),
  unscored(E(thr, "Attack", "warned all non-Papuans to leave the area", P("Fakfak", "ID", 3, a1="West Papua"), None, a1=TPNPB, i1=2),
           "event_date", "time_precision", "sub_event_type", "event_type"),
]),
]

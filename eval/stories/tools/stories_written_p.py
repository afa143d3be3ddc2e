"""Multi-event stories written for this project (issue 11), batch p: weighted, like batches l–o, toward what still fails
on held-out news — definite references with no antecedent in the story ("the attack", "the raid" the story never told as
news: a background event or none); people and thing nouns in later sentences ("the gunmen", "the protesters said",
"the bomb"); a town and its district, township or suburb named in two sentences for one event; a later death in
hospital of someone hurt at a riot (the same event, its toll raised); riots told by looting, arson, tear gas and
arrests in separate paragraphs (one event); KEY POINTS / HIGHLIGHTS bullets that repeat the body; planned, banned and
called-off rallies (no event unless something happened); deployments that answer an attack (part of it) beside
deployments that are the news (Change to group/activity); statements about deaths; tallies over periods; background
events with and without dates; two events in one sentence at different places; events in two countries in one story;
datelines that are not the event place. Registers: wire (caps headlines, datelines), local press, live blogs, weekly
round-ups, NGO/UN situation reports, military/police releases, analysis pieces. Countries the stories have least
(South Africa, Egypt, Israel, the United States, China, Azerbaijan, Georgia, Armenia, Italy, Spain, France, Finland,
Estonia, the Netherlands, Moldova, Iran, Lebanon, Madagascar, Malawi, Haiti, Peru...). Our own words; invented
incidents at real places, public group names. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ZAF_POL = "Police Forces of South Africa (2018-)"; EGY_POL = "Police Forces of Egypt (2014-)"; ISR_POL = "Police Forces of Israel (2022-)"
ISR = "Military Forces of Israel (2022-)"; USA_POL = "Police Forces of United States (2025-)"; CHN_POL = "Police Forces of China (2012-)"
AZE_POL = "Police Forces of Azerbaijan (2003-)"; GEO_POL = "Police Forces of Georgia (2012-)"; ITA_POL = "Police Forces of Italy (2022-)"
ESP_POL = "Police Forces of Spain (2018-)"; FIN_POL = "Police Forces of Finland (2023-)"; EST_POL = "Police Forces of Estonia (2024-)"
MDA_POL = "Police Forces of Moldova (2020-)"; IRN_POL = "Police Forces of Iran (1989-)"
MDG_POL = "Police Forces of Madagascar (2025-)"; MDG_GOV = "Government of Madagascar (2025-)"; MWI_POL = "Police Forces of Malawi (2025-)"
HTI_POL = "Police Forces of Haiti (2024-)"; PER = "Military Forces of Peru (2025-)"; PER_GOV = "Government of Peru (2025-)"

STORIES = [
S("st-p-001", "2026-02-11", """SAFRICA-PROTESTS/
SHOPS LOOTED, POLICE STATION TORCHED AS WATER PROTEST TURNS VIOLENT IN PRETORIA TOWNSHIP

JOHANNESBURG, Feb 11 (Wire) - Residents angry over weeks without running water blocked roads with burning tyres and rocks in Soshanguve, north of Pretoria, on Tuesday, looting shops and setting fire to a satellite police station, police said.

The unrest started at dawn in Block L, where taps have been dry since mid-January. By mid-morning groups of young men had spread to the main road into the township and were stopping minibus taxis from passing.

Police fired rubber bullets and stun grenades to clear the barricades. Residents said a 17-year-old boy was hit in the stomach by a rubber bullet near the Block L taxi rank; he died in hospital on Wednesday morning, a provincial health department spokesman confirmed.

In the afternoon, several foreign-owned spaza shops were broken into and emptied. The satellite police station at the edge of the township was set alight and gutted; the officers inside escaped unhurt.

"The protesters were not interested in talking. They wanted to destroy," a police spokeswoman said. She said 23 people had been arrested for public violence and theft, and that two officers had been hurt by stones.

The City of Tshwane said water tankers had been sent to the area and that a burst bulk pipe would be repaired by the weekend. The opposition Economic Freedom Fighters said it would march on the city's offices on Friday.

In Durban, gunmen opened fire at a taxi rank in Inanda on Monday evening, killing four drivers, in what police said was the latest round of fighting between rival taxi associations. The gunmen fled in a white minibus. No arrests had been made by Wednesday.""", [
  E(cur, "Violent demonstration", "blocked roads with burning tyres and rocks in Soshanguve", P("Soshanguve", "ZA", lat=-25.47, lon=28.1, a1="Gauteng"),
    "tuesday", a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1, fat=1, inj=2),
  E(cur, "Attack", "gunmen opened fire at a taxi rank in Inanda", P("Inanda", "ZA", lat=-29.61, lon=30.93, a1="KwaZulu-Natal"), "monday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4),
]),

S("st-p-002", "2026-03-02", """Egypt: at least 14 detained over calls for bread-price protests, rights group says

CAIRO — Egyptian security forces arrested at least 14 people in Cairo and Alexandria on Saturday over social media posts calling for protests against a rise in the price of subsidised bread, a local rights group said on Monday.

In Cairo, plainclothes officers took nine people from their homes in the districts of Shubra and Matariya before dawn, the group said. In Alexandria, five men, among them a university lecturer, were detained at a café in the evening.

Relatives said they had not been told where the detainees were being held. The group said at least three of them had appeared before the Supreme State Security Prosecution on Sunday, accused of "joining a terrorist group" and "spreading false news".

The interior ministry did not comment on the arrests. A pro-government television host said on Sunday that the calls for protests were "a plot by the Muslim Brotherhood".

No protests took place on Friday, the day named in the online calls.

The rights group said at least 52 detainees had died in custody since the start of 2024, most of them from medical neglect. The government denies mistreating prisoners.

Protests have been rare in Egypt since 2019, when small street demonstrations in Cairo and Suez against President Abdel Fattah al-Sisi were followed by the arrest of more than 4,000 people.""", [
  E(cur, "Arrests", "took nine people from their homes in the districts of Shubra and Matariya", P("Cairo", "EG", 2), "saturday",
    a1=EGY_POL, i1=1, a2="Civilians (Egypt)", i2=7),
  E(cur, "Arrests", "five men, among them a university lecturer, were detained at a café", P("Alexandria", "EG"), "saturday",
    a1=EGY_POL, i1=1, a2="Civilians (Egypt)", i2=7),
  unscored(E(bg, "Protest with intervention", "small street demonstrations in Cairo and Suez", P("Cairo", "EG"), "2019-09-01", tp=3,
             a1="Protesters (Egypt)", i1=6), "actor2", "inter2", "event_date", "time_precision"),
]),

S("st-p-003", "2026-01-19", """Police use water cannon on ultra-Orthodox protesters blocking Jerusalem entrance; Tel Aviv rally against government

By our Jerusalem staff

Police used water cannon and mounted officers on Sunday evening to clear thousands of ultra-Orthodox men who had blocked the main entrance to Jerusalem for more than three hours, in protest at the arrest of yeshiva students who have not reported for military service.

The protesters sat on the road beneath the Chords Bridge and at the nearby junction, halting traffic on Route 1 and the light rail. Officers dragged protesters off the road and detained 19 of them, police said.

The protest was called after military police arrested two yeshiva students at a checkpoint near Beit Shemesh on Friday. The army said the two had ignored several call-up orders.

"We will not let them take our sons," one of the protesters, a father of six from the Mea Shearim neighbourhood, said.

In Tel Aviv on Saturday night, tens of thousands of people rallied in Habima Square against the government's plans to change the way judges are appointed. The rally ended without incident.

Ultra-Orthodox leaders have called for a "day of rage" in Bnei Brak next week if more students are arrested. Police said they were preparing for it.""", [
  E(cur, "Protest with intervention", "Police used water cannon and mounted officers on Sunday evening to clear thousands of ultra-Orthodox men",
    P("Jerusalem", "IL"), "sunday", a1="Protesters (Israel)", i1=6, a2=ISR_POL, i2=1),
  E(cur, "Peaceful protest", "tens of thousands of people rallied in Habima Square", P("Tel Aviv", "IL"), "saturday", a1="Protesters (Israel)", i1=6),
], register="local"),

S("st-p-004", "2026-04-14", """US-IMMIGRATION/PROTESTS
Federal agents fire tear gas at Minneapolis immigration protest; St. Paul march peaceful

WASHINGTON, April 14 (Wire) - Federal agents fired tear gas and pepper balls at hundreds of protesters who were blocking vans from leaving an immigration office near Minneapolis on Monday night, and 11 people were arrested, officials and protest organisers said.

The protesters had gathered outside the federal building at Fort Snelling, on the southern edge of the city, after word spread that several people detained in raids earlier in the day were being held there. Some sat in the driveway and linked arms in front of the gate.

Agents in riot gear pushed the crowd back and fired tear gas canisters into it shortly after 10 p.m., according to videos posted online. A woman hit in the head by a pepper ball was taken to hospital, organisers said.

The Department of Homeland Security said in a statement that the protesters had "assaulted officers and damaged federal vehicles" and that those arrested would be charged with impeding federal officers. The protesters said the crowd had been peaceful.

Earlier on Monday, several hundred people marched peacefully from a church to the state Capitol in St. Paul to demand an end to the raids.

Minnesota's governor said on Tuesday he had asked the White House to explain the operation. He did not deploy the state's National Guard, as some Republican lawmakers had demanded.""", [
  E(cur, "Protest with intervention", "fired tear gas and pepper balls at hundreds of protesters", P("Minneapolis", "US", 2, admin1="Minnesota"), "monday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "several hundred people marched peacefully from a church to the state Capitol in St. Paul", P("Saint Paul", "US", admin1="Minnesota"),
    "monday", a1="Protesters (United States)", i1=6),
]),

S("st-p-005", "2026-05-20", """Analysis: China's unpaid builders take their anger to the street, one gate at a time

BEIJING — Four years after the collapse of some of China's biggest property developers, the bill is still arriving for the men who poured the concrete.

Labour groups estimate that construction workers are owed tens of billions of yuan in back pay. Most never protest. Those who do tend to gather in small groups at the gates of the companies or the local governments they hold responsible, and are usually sent away within hours.

Last week, about 60 workers who had built a housing estate in Xinyang, in central Henan province, blocked the gate of the city's housing bureau with a banner demanding eight months of wages. Police took away more than a dozen of them, according to a video shared online and a labour rights group that tracks such protests; the rest were pushed into buses.

The group counted 412 wage protests by construction workers in the first quarter of the year, up from 290 a year earlier. Few are reported by the state media.

Officials have repeatedly ordered companies to settle wage arrears before the lunar new year, and in some cities the local government has paid workers directly. But the money often does not reach subcontracted workers, who are hired through chains of middlemen.

"They know that a protest is the only thing that works, and that it can also land them in a police cell," said a researcher who studies China's labour market.

The strains are not new. In February 2023, thousands of retirees took to the streets in Wuhan against cuts to their medical benefits, one of the largest protests of the pandemic's end.""", [
  E(cur, "Protest with intervention", "blocked the gate of the city's housing bureau with a banner", P("Xinyang", "CN", admin1="Henan"), "2026-05-11", tp=2,
    a1="Protesters (China)", i1=6, a2=CHN_POL, i2=1),
  E(bg, "Peaceful protest", "thousands of retirees took to the streets in Wuhan", P("Wuhan", "CN"), "2023-02-01", tp=3,
    a1="Protesters (China)", i1=6),
], register="analysis"),

S("st-p-006", "2026-06-09", """SOUTH CAUCASUS WEEK
Our round-up of the news from Azerbaijan, Georgia and Armenia

AZERBAIJAN
• Police in Baku detained three reporters of an independent online outlet on Thursday and searched its office, the outlet's lawyer said. A court ordered them held for four months on smuggling charges that the outlet calls fabricated. At least 25 journalists are now in prison in Azerbaijan, according to press freedom groups.

GEORGIA
• Riot police used water cannon and pepper spray on Saturday night to clear protesters who had blocked Rustaveli Avenue in Tbilisi outside parliament, and detained 31 people. The protesters were marking a year since the start of the demonstrations against the government's decision to freeze talks on joining the European Union.
• The interior ministry said on Monday that fines for blocking roads would be doubled.

ARMENIA
• About 5,000 supporters of the opposition rallied peacefully in Yerevan's Freedom Square on Friday to demand the resignation of Prime Minister Nikol Pashinyan. Organisers called a march on parliament for next week.
• The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Sunday to discuss the border commission's work.

Next week: Georgia's parliament votes on the foreign agents amendments.""", [
  E(cur, "Arrests", "Police in Baku detained three reporters of an independent online outlet", P("Baku", "AZ"), "thursday",
    a1=AZE_POL, i1=1, a2="Civilians (Azerbaijan)", i2=7),
  E(cur, "Protest with intervention", "Riot police used water cannon and pepper spray on Saturday night to clear protesters", P("Tbilisi", "GE"), "saturday",
    a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
  E(cur, "Peaceful protest", "About 5,000 supporters of the opposition rallied peacefully in Yerevan's Freedom Square", P("Yerevan", "AM"), "friday",
    a1="Protesters (Armenia)", i1=6),
], register="digest"),

S("st-p-007", "2026-03-24", """ITALY-PROTESTS/
Police clash with anti-fascists in Bologna; railway cables burned near Florence

ROME, March 24 (Wire) - Italian police fired tear gas and charged hundreds of anti-fascist demonstrators who tried to reach a far-right rally in Bologna on Monday evening, and eight officers were hurt by bottles and stones, police said.

The demonstrators, many of them students, threw bottles, stones and firecrackers at the police lines blocking the road to Piazza XX Settembre, where a small far-right party was holding a rally. They also set fire to rubbish bins and smashed the windows of two banks.

Police said 14 people had been identified and two arrested. The demonstrators said several of them had been beaten with batons. The far-right rally, attended by about 200 people, went ahead under police protection.

"The violence in Bologna has nothing to do with anti-fascism," the interior minister said on Tuesday.

Separately, high-speed trains between Florence and Rome were delayed by up to three hours on Tuesday morning after signal cables were set on fire late on Monday night near a station on the outskirts of Florence, the state railway company said. Investigators suspect a deliberate act. Nobody has claimed it.

Several similar fires have hit railway lines in central Italy since January.""", [
  E(cur, "Violent demonstration", "threw bottles, stones and firecrackers at the police lines", P("Bologna", "IT", admin1="Emilia-Romagna"), "monday",
    a1="Rioters (Italy)", i1=5, a2=ITA_POL, i2=1, inj=8),
  E(cur, "Peaceful protest", "The far-right rally, attended by about 200 people, went ahead", P("Bologna", "IT", admin1="Emilia-Romagna"), "monday",
    a1="Protesters (Italy)", i1=6),
  E(cur, "Looting/property destruction", "signal cables were set on fire late on Monday night", P("Florence", "IT", 2), "monday",
    a1="Unidentified Armed Group (Italy)", i1=3, a2="Civilians (Italy)", i2=7),
]),

S("st-p-008", "2026-02-17", """Farmers clash with Catalan police at French border; manure dumped and set alight in Perpignan

MADRID (Wire) — Spanish farmers blocking the main motorway crossing into France at La Jonquera threw eggs, stones and burning straw bales at Catalan police on Monday, and French farmers dumped manure and tyres in front of the prefecture in Perpignan and set them on fire, as protests against a trade deal with South America spread on both sides of the border.

At La Jonquera, about 400 farmers with some 150 tractors had blocked the AP-7 motorway since the morning. When officers of the Mossos d'Esquadra moved in to reopen one lane in the afternoon, some of the farmers pelted them with eggs and stones and pushed burning bales towards them. The officers charged with batons. Seven officers and four farmers were hurt, the Catalan interior department said.

Thousands of lorries were stuck on both sides of the border until late in the evening.

In Perpignan, about 60 kilometres to the north, members of a French farmers' union tipped several trailer-loads of manure and old tyres at the gates of the prefecture and set the pile alight. Firefighters put out the fire. French police watched and did not intervene.

In Zaragoza, more than 1,000 tractors drove slowly through the city centre on Monday in a peaceful protest organised by the main farmers' associations of Aragon.

Spanish farm unions said the blockades would continue on Tuesday at other crossings in Navarre and the Basque Country.""", [
  E(cur, "Violent demonstration", "pelted them with eggs and stones and pushed burning bales towards them", P("La Jonquera", "ES", geoname="la Jonquera"), "monday",
    a1="Rioters (Spain)", i1=5, a2=ESP_POL, i2=1, inj=11),
  E(cur, "Violent demonstration", "tipped several trailer-loads of manure and old tyres at the gates of the prefecture and set the pile alight",
    P("Perpignan", "FR", a1="Occitanie"), "monday", a1="Rioters (France)", i1=5, a2=None, i2=None),
  E(cur, "Peaceful protest", "more than 1,000 tractors drove slowly through the city centre", P("Zaragoza", "ES"), "monday",
    a1="Protesters (Spain)", i1=6),
]),

S("st-p-009", "2026-08-31", """HELSINKI POLICE DEPARTMENT
Press release 31.8.2026

Police removed demonstrators from Mannerheimintie

On Saturday 29 August, the Helsinki Police Department removed demonstrators who had blocked Mannerheimintie near the Parliament House. The climate demonstration had begun at about 13.00. The demonstrators sat on the carriageway and refused to leave despite repeated orders from the police.

The police ended the demonstration at about 15.30 because it was seriously disrupting traffic. A total of 146 people were apprehended for disobeying a police order. All of them were released on the same day. No one was injured.

On the same day, about 400 people took part in a demonstration in the Senate Square organised by another environmental organisation. That demonstration was peaceful and the police did not need to intervene.

The organisers of the Mannerheimintie demonstration have announced that they will continue their demonstrations next week. The police will assess each event separately.""", [
  E(cur, "Protest with intervention", "the Helsinki Police Department removed demonstrators who had blocked Mannerheimintie", P("Helsinki", "FI"), "2026-08-29",
    a1="Protesters (Finland)", i1=6, a2=FIN_POL, i2=1, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 400 people took part in a demonstration in the Senate Square", P("Helsinki", "FI"), "2026-08-29",
    a1="Protesters (Finland)", i1=6),
], register="official"),

S("st-p-010", "2026-01-14", """Estonia arrests two men over arson of journalist's car, says they worked for Russian intelligence

TALLINN, Jan 14 (Wire) - Estonia's Internal Security Service has arrested two men suspected of setting fire to the car of a journalist in Tallinn on the orders of Russian military intelligence, prosecutors said on Wednesday.

The two, an Estonian citizen and a Russian citizen with residence in Estonia, were detained in Narva on Monday, the prosecutor's office said. They are suspected of burning the car, parked outside the journalist's home, on the night of Jan. 2.

The journalist, who works for a Russian-language news site critical of the Kremlin, was not hurt. She told Estonian television that she had received threats for months.

Prosecutors said the men had been recruited through a messaging app and had been promised 3,000 euros. "This was not ordinary vandalism. It was an act ordered by a hostile state," the chief prosecutor said.

It is the fourth case of sabotage or arson linked to Russia that Estonia has brought to court in the past two years. Russia denies any involvement.

The interior minister said the government would propose longer prison terms for such crimes.""", [
  E(cur, "Arrests", "detained in Narva on Monday", P("Narva", "EE"), "monday", a1=EST_POL, i1=1, a2="Civilians (Estonia)", i2=7),
  unscored(E(bg, "Looting/property destruction", "burning the car, parked outside the journalist's home", P("Tallinn", "EE"), "2026-01-02",
             a1="Unidentified Armed Group (Estonia)", i1=3, a2="Civilians (Estonia)", i2=7), "actor1", "inter1"),
]),

S("st-p-011", "2026-07-08", """Two blasts overnight in Rotterdam and Amsterdam; teenager held

THE HAGUE (Wire) — Explosions damaged a corner shop in Rotterdam's Feijenoord district and the front door of a house in Amsterdam-Noord early on Wednesday, police said, the latest in a wave of blasts linked to extortion and debts between criminals.

No one was hurt in either explosion. In Rotterdam, the blast at about 3 a.m. blew out the shop's windows and damaged two cars parked outside. Residents of the flats above were checked by paramedics.

Less than an hour later, a loud bang woke residents of a street in Amsterdam-Noord. The explosive had been placed against the door of a terraced house, police said. A family with two children was asleep inside.

Police arrested a 17-year-old boy near the shop in Rotterdam shortly after the explosion there. They said he was suspected of placing the device and that they were looking for a second suspect who had been seen on a scooter.

The police recorded more than 1,400 explosions at homes and businesses last year, most of them in the Randstad. The justice minister has said teenagers are often paid a few hundred euros to place the explosives.""", [
  E(cur, "Remote explosive/landmine/IED", "Explosions damaged a corner shop in Rotterdam's Feijenoord district", P("Rotterdam", "NL", 2), "wednesday",
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0),
  E(cur, "Remote explosive/landmine/IED", "the front door of a house in Amsterdam-Noord", P("Amsterdam", "NL", 2, admin1="North Holland"), "wednesday",
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0),
]),

S("st-p-012", "2026-10-06", """Moldovan police detain nine as opposition protesters try to break cordon at parliament

CHISINAU — Police detained nine people on Monday when supporters of a pro-Russian opposition bloc tried to break through a police cordon outside parliament in Chisinau, the interior ministry said.

About 1,500 people had gathered in front of the building to protest against a rise in gas prices. When a group of men at the front began pushing against the metal barriers, police officers pulled several of them out of the crowd and put them in vans. The ministry said two officers had been lightly injured.

The rally continued for another hour after the arrests and then dispersed.

The ministry said several of those detained had been paid to take part, and that police had found cash and lists of names on them. The bloc denied this.

In Comrat, the capital of the autonomous region of Gagauzia, about 700 people held a peaceful rally on Sunday against the arrest of the region's former governor.

Parliament is due to vote on the new gas tariffs on Thursday. The opposition has said it will return to the streets.""", [
  E(cur, "Protest with intervention", "police officers pulled several of them out of the crowd and put them in vans", P("Chisinau", "MD"), "monday",
    a1="Protesters (Moldova)", i1=6, a2=MDA_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "about 700 people held a peaceful rally on Sunday", P("Comrat", "MD"), "sunday", a1="Protesters (Moldova)", i1=6),
], register="local"),

S("st-p-013", "2026-04-29", """IRAN-SECURITY/
Four police killed in attack on Saravan station; Guards say three attackers killed

DUBAI, April 29 (Wire) - Militants attacked a police station in the town of Saravan in Iran's southeastern Sistan-Baluchestan province before dawn on Tuesday, killing four police officers, Iranian state media reported. The Sunni militant group Jaish al-Adl said it had carried out the attack.

The attackers fired rocket-propelled grenades at the building and then exchanged fire with the officers inside for about an hour, the provincial police chief said. Two more officers were wounded.

On Wednesday, the Revolutionary Guards said their forces had killed three of the gunmen in a clash near the town of Rask, about 100 km to the south, and had seized weapons and a pick-up truck.

Jaish al-Adl, which says it fights for the rights of the Baluch minority, said in its claim that the attack was revenge for the execution of Baluch prisoners. The province has seen several deadly attacks on security forces in recent years; in October 2024, ten police officers were killed in an attack in Taftan county.""", [
  E(cur, "Armed clash", "Militants attacked a police station in the town of Saravan", P("Saravan", "IR"), "tuesday",
    a1="Jaish al-Adl", i1=2, a2=IRN_POL, i2=1, fat=4, inj=2),
  E(cur, "Armed clash", "killed three of the gunmen in a clash near the town of Rask", P("Rask", "IR", 2, lat=26.24, lon=61.4, a1="Sistan and Baluchestan"), "wednesday",
    a1="Islamic Revolutionary Guard Corps", i1=1, a2="Jaish al-Adl", i2=2, fat=3),
  unscored(E(bg, "Armed clash", "ten police officers were killed in an attack in Taftan county", P("Taftan", "IR", 3, a1="Sistan and Baluchestan"), "2024-10-01", tp=3,
             a1="Unidentified Armed Group (Iran)", i1=3, a2=IRN_POL, i2=1, fat=10), "actor1", "inter1", "latitude", "longitude", "location", "geo_precision"),
]),

S("st-p-014", "2026-09-22", """Israeli drone strikes kill three in south Lebanon

BEIRUT (Wire) — Israeli drone strikes hit a car on a road near Nabatieh and a motorcycle in the town of Bint Jbeil on Tuesday, killing a Hezbollah member and two civilians, Lebanon's health ministry and Hezbollah said.

The strike near Nabatieh killed the driver of the car, whom Hezbollah named in a statement as one of its members. Two passers-by were wounded.

In Bint Jbeil, the drone fired a missile at a man and his teenage son as they rode a motorcycle towards the market, killing both, the ministry said. The mayor said the two were farmers.

The Israeli military said it had struck "Hezbollah terrorists" who were trying to rebuild the group's positions in southern Lebanon. It did not comment on the Bint Jbeil strike.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire that took effect in November 2024. More than 350 people have been killed in such strikes since then, according to a tally by the health ministry.

Lebanon's president condemned the strikes and called on the countries that brokered the truce to act.""", [
  E(cur, "Air/drone strike", "Israeli drone strikes hit a car on a road near Nabatieh", P("Nabatieh", "LB", 2, lat=33.38, lon=35.48, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=1, inj=2),
  E(cur, "Air/drone strike", "the drone fired a missile at a man and his teenage son", P("Bint Jbeil", "LB", lat=33.12, lon=35.43, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=2),
]),

S("st-p-015", "2026-05-05", """MAHAJANGA: ADOLESCENT SHOT IN POWER-CUT RIOT DIES, CURFEW IMPOSED

By our correspondent in Mahajanga

A 16-year-old boy who was shot during Saturday's unrest in Mahajanga died on Monday at the city's university hospital, his family said, as authorities imposed a night curfew on the port city.

The trouble began on Saturday evening after a fourth straight day of power cuts. Young people blocked the main roads of the Tsaramandroso and Mahabibo neighbourhoods with burning tyres and rubbish.

Later in the evening, the local office of the state utility Jirama was stormed and set on fire. Several shops owned by Indo-Pakistani traders near the market were broken into and looted.

Gendarmes and police fired tear gas and then live rounds to disperse the crowds, witnesses said. The boy was hit in the neck. The gendarmerie said 27 people had been arrested and that three of its men had been hurt by stones.

On Monday, the prefect of Mahajanga announced a curfew from 9 p.m. to 5 a.m. "until calm returns". Soldiers patrolled the city centre on Monday.

In Antananarivo, about 200 students held a sit-in at the university on Monday to show solidarity with Mahajanga. It passed off peacefully.

Jirama has blamed the cuts on a breakdown at the city's main power station.""", [
  E(cur, "Violent demonstration", "the local office of the state utility Jirama was stormed and set on fire", P("Mahajanga", "MG"), "saturday",
    a1="Rioters (Madagascar)", i1=5, a2=MDG_POL, i2=1, fat=1, inj=3),
  E(cur, "Other", "the prefect of Mahajanga announced a curfew", P("Mahajanga", "MG"), "monday", a1=MDG_GOV, i1=1),
  E(cur, "Peaceful protest", "about 200 students held a sit-in at the university", P("Antananarivo", "MG"), "monday", a1="Protesters (Madagascar)", i1=6),
], register="local"),

S("st-p-016", "2026-11-03", """Limbe vendors riot after council demolishes stalls; police fire tear gas

BLANTYRE — Vendors in Limbe fought running battles with police on Monday after Blantyre City Council demolished hundreds of stalls along the roads around the market overnight.

Hundreds of vendors gathered at dawn and blocked the Kamuzu Highway with stones and burning tyres. Some threw stones at police officers who tried to clear the road, and a council vehicle was set on fire.

Police fired tear gas into the crowd and chased the vendors through the market. Southern Region police spokesman said 34 people had been arrested and that four officers had been injured.

Several shops in Limbe's commercial area were broken into during the afternoon, shop owners said.

A vendor hit on the head by a tear gas canister died in hospital in Blantyre on Tuesday, his relatives said, the first death in the dispute.

The council said the vendors had been warned for months to move to the new market. "The roads are not a market," the council's chief executive said.

Vendors' associations have called for a march in Lilongwe on Thursday to petition the local government minister.""", [
  E(cur, "Violent demonstration", "Some threw stones at police officers who tried to clear the road", P("Blantyre", "MW", 2), "monday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, fat=1, inj=4),
], register="local"),

S("st-p-017", "2026-06-23", """HAITI: Humanitarian situation update
Artibonite and Ouest departments, 15–21 June 2026

KEY POINTS
• On 17 June, armed men attacked the village of Bas-Coq near Liancourt, killing at least 11 residents and setting fire to some 40 houses.
• On 19 June, police fought gang members in Kenscoff for several hours; police said three gang members were killed.
• More than 3,500 people were displaced in the Artibonite this week.

SITUATION OVERVIEW
In the early hours of 17 June, members of the Gran Grif gang attacked Bas-Coq, a farming village near Liancourt in the lower Artibonite, according to local authorities. At least 11 residents were killed, among them two children, and about 40 houses were burned. Survivors fled to Liancourt and Verrettes.

On 19 June, the Haitian National Police, supported by armoured vehicles, fought members of the Viv Ansanm gang coalition in Kenscoff, in the hills above Port-au-Prince, for several hours. The police said three gang members had been killed and that two officers had been wounded.

Since January, at least 1,900 people have been killed in gang violence across the country, according to human rights monitors.

HUMANITARIAN IMPACT
More than 3,500 people were displaced from Bas-Coq and neighbouring villages this week. Humanitarian partners distributed water and hygiene kits in Verrettes.

The planned distribution of food in Kenscoff was postponed because of insecurity.""", [
  E(cur, "Attack", "members of the Gran Grif gang attacked Bas-Coq", P("Liancourt", "HT", 2, lat=19.03, lon=-72.4, a1="Artibonite"), "2026-06-17",
    a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7, fat=11),
  E(cur, "Armed clash", "fought members of the Viv Ansanm gang coalition in Kenscoff", P("Kenscoff", "HT"), "2026-06-19",
    a1=HTI_POL, i1=1, a2="Viv Ansanm", i2=3, fat=3, inj=2),
], register="ngo"),

S("st-p-018", "2026-01-28", """Peru extends state of emergency in Pataz after six miners killed in tunnel attack

LIMA (Wire) — Gunmen killed six workers at a small gold mine in the Andean province of Pataz, police said on Wednesday, and the government extended a state of emergency in the province for another 60 days.

The attackers entered a tunnel near the town of Parcoy on Monday night and opened fire on the miners, who were working a night shift for a local contractor, according to police. The bodies were found on Tuesday morning by other workers.

Police blamed the killings on a gang fighting rivals for control of tunnels where gold ore is mined illegally. None of the attackers had been identified.

The Armed Forces said they had sent 200 more soldiers to Pataz after the attack to search the mining area.

The government extended the state of emergency in Pataz in a decree published on Wednesday. The measure, first declared in 2024, allows the army to support the police and restricts some rights.

Dozens of miners and security guards have been killed in Pataz over the past three years, according to local officials.""", [
  E(cur, "Attack", "opened fire on the miners", P("Parcoy", "PE", 2, lat=-8.04, lon=-77.48, a1="La Libertad"), "monday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=6),
  E(cur, "Other", "the government extended a state of emergency in the province", P("Pataz", "PE", 3, geoname="Tayabamba", a1="La Libertad", a2="Pataz"), "wednesday",
    a1=PER_GOV, i1=1),
]),
]

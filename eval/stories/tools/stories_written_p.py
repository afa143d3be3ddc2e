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
Estonia, Latvia, the Netherlands, Denmark, Moldova, Iran, Lebanon, Oman, Madagascar, Malawi, Mauritius, Angola, Equatorial
Guinea, Haiti, the Dominican Republic, Honduras, Peru, Bolivia, Mongolia, New Zealand, Sri Lanka, the Western Balkans,
eastern Chad, Oromia, Sabha, the Chittagong Hill Tracts...). Our own words; invented incidents at real places, public
group names. No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within
30 km, then the details), not only within 6 days: see eval/snippets/REVIEW.md for the stories moved."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ZAF_POL = "Police Forces of South Africa (2018-)"; EGY_POL = "Police Forces of Egypt (2014-)"; ISR_POL = "Police Forces of Israel (2022-)"
ISR = "Military Forces of Israel (2022-)"; USA_POL = "Police Forces of the United States (2025-)"; CHN_POL = "Police Forces of China (2012-)"
AZE_POL = "Police Forces of Azerbaijan (2003-)"; GEO_POL = "Police Forces of Georgia (2012-)"; ITA_POL = "Police Forces of Italy (2022-)"
ESP_POL = "Police Forces of Spain (2018-)"; FIN_POL = "Police Forces of Finland (2023-)"; EST_POL = "Police Forces of Estonia (2024-)"
MDA_POL = "Police Forces of Moldova (2020-)"; IRN_POL = "Police Forces of Iran (1989-)"
MDG_POL = "Police Forces of Madagascar (2025-)"; MDG_GOV = "Government of Madagascar (2025-)"; MWI_POL = "Police Forces of Malawi (2025-)"
HTI_POL = "Police Forces of Haiti (2024-)"; PER = "Military Forces of Peru (2025-)"; PER_GOV = "Government of Peru (2025-)"
UGA = "Military Forces of Uganda (1986-)"; ADF = "ADF: Allied Democratic Forces"; AGO = "Military Forces of Angola (2017-)"
FLEC = "FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of Cabinda"; HND = "Military Forces of Honduras (2026-)"
DOM = "Military Forces of Dominican Republic (2020-)"; OMN_POL = "Police Forces of Oman (2020-)"; BOL_POL = "Police Forces of Bolivia (2025-)"
TEBU = "Tebu Ethnic Militia (Libya)"; AWLAD = "Awlad Suleiman Ethnic Militia (Libya)"; BGD_GOV = "Government of Bangladesh (2024-)"
ETH = "Military Forces of Ethiopia (2018-)"; OLA = "OLA: Oromo Liberation Army"
KEN_POL = "Police Forces of Kenya (2022-)"; KEN_GOV = "Government of Kenya (2022-)"; POKOT = "Pokot Ethnic Militia (Kenya)"
GBR_POL = "Police Forces of the United Kingdom (2024-)"; ALB_POL = "Police Forces of Albania (2013-)"; MNG_POL = "Police Forces of Mongolia (2025-)"; GNQ_POL = "Police Forces of Equatorial Guinea (1979-)"

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

CAIRO — Egyptian security forces arrested at least 12 people in Cairo and Alexandria on Saturday over social media posts calling for protests against a rise in the price of subsidised bread, a local rights group said on Monday.

In Cairo, plainclothes officers took nine people from their homes in the districts of Shubra and Matariya before dawn, the group said. In Alexandria, three students of the city's university were detained in their dormitory in the evening.

Relatives said they had not been told where the detainees were being held. The group said at least three of them had appeared before the Supreme State Security Prosecution on Sunday, accused of "joining a terrorist group" and "spreading false news".

The interior ministry did not comment on the arrests. A pro-government television host said on Sunday that the calls for protests were "a plot by the Muslim Brotherhood".

No protests took place on Friday, the day named in the online calls.

The rights group said at least 52 detainees had died in custody since the start of 2024, most of them from medical neglect. The government denies mistreating prisoners.

Protests have been rare in Egypt since 2019, when small street demonstrations in Cairo and Suez against President Abdel Fattah al-Sisi were followed by the arrest of more than 4,000 people.""", [
  E(cur, "Arrests", "took nine people from their homes in the districts of Shubra and Matariya", P("Cairo", "EG", 2), "saturday",
    a1=EGY_POL, i1=1, a2="Civilians (Egypt)", i2=7),
  E(cur, "Arrests", "three students of the city's university were detained in their dormitory", P("Alexandria", "EG"), "saturday",
    a1=EGY_POL, i1=1, a2="Civilians (Egypt)", i2=7),
  unscored(E(bg, "Protest with intervention", "small street demonstrations in Cairo and Suez", P("Cairo", "EG"), "2019-09-01", tp=3,
             a1="Protesters (Egypt)", i1=6), "actor2", "inter2", "event_date", "time_precision"),
]),

S("st-p-003", "2026-01-19", """Police drag disability activists off Jerusalem highway; Tel Aviv rally against government

By our Jerusalem staff

Police removed about 200 disability rights activists, many of them in wheelchairs, who had blocked the Begin Highway in Jerusalem for more than two hours on Sunday evening, in protest at a delay in raising disability allowances.

The protesters chained their wheelchairs together across the northbound lanes near the Knesset junction, halting the evening traffic. Officers cut the chains, carried protesters to the pavement and detained seven of them, police said.

The protest was called after the Finance Ministry said on Friday that an increase in the allowances promised last year would be postponed to 2027.

"We are not asking for charity. We were promised this money," one of the protesters, a former teacher from Beit Shemesh, said.

In Tel Aviv on Saturday night, tens of thousands of people rallied in Habima Square against the government's plans to change the way judges are appointed. The rally ended without incident.

Disability groups have called a protest outside the Finance Ministry for next week if the decision is not reversed. Police said they were preparing for it.""", [
  E(cur, "Protest with intervention", "Officers cut the chains, carried protesters to the pavement and detained seven of them",
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
• Riot police used water cannon and pepper spray on Saturday night to clear protesters who had blocked Rustaveli Avenue in Tbilisi outside parliament, and detained 31 people. The protesters were demanding the release of opposition activists jailed over earlier demonstrations.
• The interior ministry said on Monday that fines for blocking roads would be doubled.

ARMENIA
• About 5,000 supporters of the opposition rallied peacefully in Yerevan's Freedom Square on Friday to demand the resignation of Prime Minister Nikol Pashinyan. Organisers called a march on parliament for next week.
• The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Sunday to discuss the border commission's work.

Next week: Georgia's parliament votes on the foreign agents amendments.""", [
  E(cur, "Arrests", "Police in Baku detained three reporters of an independent online outlet", P("Baku", "AZ", a1="Baku"), "thursday",
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
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0, inj=0),
  E(cur, "Remote explosive/landmine/IED", "the front door of a house in Amsterdam-Noord", P("Amsterdam", "NL", 2, admin1="North Holland"), "wednesday",
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0, inj=0),
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
Two Revolutionary Guards killed in ambush near Iranshahr; police say three gunmen killed

DUBAI, April 29 (Wire) - Gunmen ambushed a Revolutionary Guards vehicle on a road near Iranshahr in Iran's southeastern Sistan-Baluchestan province on Tuesday evening, killing two Guards members and wounding a third, Iranian state media reported. The Sunni militant group Jaish al-Adl said it had carried out the attack.

The attackers opened fire from a pick-up truck on the road to Bampur and then escaped towards the mountains, the provincial deputy governor said.

On Wednesday, police said their officers had killed three of the gunmen in a clash near the town of Nikshahr, about 100 km to the south, and had seized weapons and the pick-up truck.

Jaish al-Adl, which says it fights for the rights of the Baluch minority, said in its claim that the ambush was revenge for the execution of Baluch prisoners. The province has seen several deadly attacks on security forces in recent years; in October 2024, ten police officers were killed in an attack in Taftan county.""", [
  E(cur, "Armed clash", "Gunmen ambushed a Revolutionary Guards vehicle on a road near Iranshahr", P("Iranshahr", "IR", 2), "tuesday",
    a1="Jaish al-Adl", i1=2, a2="Islamic Revolutionary Guard Corps", i2=1, fat=2, inj=1),
  E(cur, "Armed clash", "killed three of the gunmen in a clash near the town of Nikshahr", P("Nikshahr", "IR", 2, lat=26.23, lon=60.21, a1="Sistan and Baluchestan"),
    "wednesday", a1=IRN_POL, i1=1, a2="Jaish al-Adl", i2=2, fat=3),
  unscored(E(bg, "Armed clash", "ten police officers were killed in an attack in Taftan county", P("Taftan", "IR", 3, a1="Sistan and Baluchestan"), "2024-10-01", tp=3,
             a1="Unidentified Armed Group (Iran)", i1=3, a2=IRN_POL, i2=1, fat=10), "actor1", "inter1", "latitude", "longitude", "location", "geo_precision"),
]),

S("st-p-014", "2026-09-22", """Israeli drone kills bulldozer driver in south Lebanon; shells fall near Kfar Kila

BEIRUT (Wire) — An Israeli drone strike killed a bulldozer driver who was clearing rubble in the border village of Aitaroun, and Israeli artillery shelled farmland on the outskirts of Kfar Kila on Tuesday, Lebanon's state news agency said.

The driver, a municipal worker in his fifties, was killed when a missile hit his bulldozer near the village square, the mayor said. Residents have been trying to clear the ruins of houses destroyed during the 2024 war so that families can return.

Several shells landed in olive groves east of Kfar Kila in the afternoon. No one was hurt.

The Israeli military said it had struck "Hezbollah infrastructure" and "engineering equipment used to rebuild terrorist positions". It did not say which strikes it meant.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire that took effect in November 2024. More than 350 people have been killed in such strikes since then, according to a tally by the health ministry.

Lebanon's president condemned the strike on the bulldozer and called on the countries that brokered the truce to act.""", [
  E(cur, "Air/drone strike", "An Israeli drone strike killed a bulldozer driver", P("Aitaroun", "LB", lat=33.12, lon=35.47, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=1),
  E(cur, "Shelling/artillery/missile attack", "Israeli artillery shelled farmland on the outskirts of Kfar Kila", P("Kfar Kila", "LB", 2, lat=33.28, lon=35.55, a1="Nabatieh"),
    "tuesday", a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=0),
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

S("st-p-016", "2026-11-03", """Zomba motorcycle taxi riders riot over town-centre ban; police fire tear gas

ZOMBA — Motorcycle taxi riders set up burning barricades and stoned the police station in Zomba on Monday, the day a town council ban on motorcycle taxis in the town centre came into force, police and witnesses said.

Hundreds of riders, known locally as kabaza, gathered at the main bus depot in the morning and rode in a convoy to the police station to demand the release of riders whose motorcycles had been impounded. When officers refused, some riders threw stones at the building, breaking its windows, and set tyres alight on the road outside.

Police fired tear gas to disperse the crowd and chased riders into the market. The Eastern Region police spokesman said 19 people had been arrested and that two officers had been hurt by stones. A police pickup was set on fire near the depot.

The council said the ban was needed to reduce accidents in the town's narrow streets. "The riders were consulted for a year," its chief executive said.

The riders' association said it would challenge the ban in court and called a march in Zomba for Thursday.""", [
  E(cur, "Violent demonstration", "some riders threw stones at the building", P("Zomba", "MW"), "monday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, inj=2),
], register="local"),

S("st-p-017", "2026-06-23", """HAITI: Humanitarian situation update
Artibonite and Ouest departments, 15–21 June 2026

KEY POINTS
• On 17 June, armed men attacked the village of Bocozel near Saint-Marc, killing at least 11 residents and setting fire to some 40 houses.
• On 19 June, police fought gang members in Kenscoff for several hours; police said three gang members were killed.
• More than 3,500 people were displaced in the Artibonite this week.

SITUATION OVERVIEW
In the early hours of 17 June, members of the Gran Grif gang attacked Bocozel, a farming village near Saint-Marc in the lower Artibonite, according to local authorities. At least 11 residents were killed, among them two children, and about 40 houses were burned. Survivors fled to Saint-Marc and Montrouis.

On 19 June, the Haitian National Police, supported by armoured vehicles, fought members of the Viv Ansanm gang coalition in Kenscoff, in the hills above Port-au-Prince, for several hours. The police said three gang members had been killed and that two officers had been wounded.

Since January, at least 1,900 people have been killed in gang violence across the country, according to human rights monitors.

HUMANITARIAN IMPACT
More than 3,500 people were displaced from Bocozel and neighbouring villages this week. Humanitarian partners distributed water and hygiene kits in Saint-Marc.

The planned distribution of food in Kenscoff was postponed because of insecurity.""", [
  E(cur, "Attack", "members of the Gran Grif gang attacked Bocozel", P("Saint-Marc", "HT", 2, lat=19.11, lon=-72.7, a1="Artibonite"), "2026-06-17",
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

S("st-p-019", "2026-08-12", """UGANDA PEOPLES' DEFENCE FORCES
DEFENCE PUBLIC INFORMATION OFFICE
PRESS STATEMENT

OPERATION SHUJAA: UPDATE ON OPERATIONS AGAINST THE ADF

Kampala, 12 August 2026

The UPDF wishes to update the public on joint operations conducted with the Armed Forces of the Democratic Republic of Congo (FARDC) against the Allied Democratic Forces (ADF) in North Kivu over the past week.

1. On 8 August 2026, joint UPDF and FARDC forces attacked an ADF camp in the forest about 15 km west of Eringeti in Beni territory. After a fierce exchange of fire lasting over three hours, the camp was overrun. Seven ADF fighters were killed and two AK-47 rifles, ammunition and a solar panel were recovered. One UPDF soldier sustained injuries and is in stable condition.

2. On the night of 9 August 2026, ADF terrorists attacked a village about 20 km north of Beni town, killing seven civilians, most of them with machetes, and burning several houses. Joint forces were deployed to the area and are pursuing the attackers.

3. On 10 August 2026, the UPDF arrested two men in Kasese town suspected of recruiting young people into the ADF. They have been handed over to the Uganda Police Force for further management.

The UPDF condoles with the families of the victims of the massacre and assures the population on both sides of the border that operations will continue until the ADF is defeated.

Since the start of Operation Shujaa in November 2021, more than 600 ADF fighters have been killed, according to UPDF figures.

Deputy Defence Spokesperson""", [
  E(cur, "Armed clash", "joint UPDF and FARDC forces attacked an ADF camp in the forest", P("Eringeti", "CD", 2, lat=0.58, lon=29.63, a1="North Kivu"),
    "2026-08-08", a1=UGA, i1=8, a2=ADF, i2=2, fat=7, inj=1),
  E(cur, "Attack", "ADF terrorists attacked a village about 20 km north of Beni town", P("Beni", "CD", 2, lat=0.49, lon=29.47, a1="North Kivu"), "2026-08-09",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=7),
  unscored(E(cur, "Arrests", "the UPDF arrested two men in Kasese town", P("Kasese", "UG"), "2026-08-10", a1=UGA, i1=1, a2="Civilians (Uganda)", i2=7),
           "actor2", "inter2"),
], register="official"),

S("st-p-020", "2026-10-12", """ANGOLA-CABINDA/
Cabinda separatists say they killed 12 soldiers; army says one wounded

LUANDA, Oct 12 (Wire) - Separatist rebels in Angola's oil-producing exclave of Cabinda said on Monday that they had killed 12 Angolan soldiers in an ambush near the town of Belize on Saturday. The army said a patrol had been attacked but that only one soldier had been wounded.

The Front for the Liberation of the Enclave of Cabinda - Armed Forces of Cabinda (FLEC-FAC) said in a statement sent to journalists that its fighters had attacked a military convoy on the road between Belize and Miconje, in the forested north of the enclave, and had seized weapons.

An army spokesman in Cabinda said the rebels had fired on a patrol from the forest and fled when the soldiers returned fire. "One soldier was slightly wounded. Nobody was killed," he said. "These figures are propaganda."

Residents of Belize said soldiers had searched houses in the town on Sunday and detained at least 14 young men, accusing them of helping the rebels. The provincial police command said it was not aware of any arrests.

The FLEC-FAC also warned foreign oil companies to leave Cabinda, saying their installations would be "legitimate targets" from now on.

The group's claims are rarely possible to verify. Its best-known attack was on the bus carrying Togo's national football team to the Africa Cup of Nations in January 2010, in which two people were killed.

Cabinda, separated from the rest of Angola by a strip of Congolese territory, produces a large part of the country's oil.""", [
  unscored(E(cur, "Armed clash", "in an ambush near the town of Belize", P("Belize", "AO", 2, lat=-4.65, lon=12.77, a1="Cabinda"), "saturday",
             a1=FLEC, i1=2, a2=AGO, i2=1), "fatalities", "injuries"),
  E(cur, "Arrests", "detained at least 14 young men", P("Belize", "AO", lat=-4.65, lon=12.77, a1="Cabinda"), "sunday",
    a1=AGO, i1=1, a2="Civilians (Angola)", i2=7),
  unscored(E(thr, "Remote explosive/landmine/IED", "their installations would be \"legitimate targets\"", C("AO"), "monday", a1=FLEC, i1=2),
           "sub_event_type", "event_type", "event_date", "time_precision", "geo_precision", "country", "iso"),
  unscored(E(bg, "Attack", "the bus carrying Togo's national football team", C("AO"), "2010-01-01", tp=3, fat=2),
           "geo_precision"),
]),

S("st-p-021", "2026-04-21", """Honduras sends 2,000 troops into San Pedro Sula gang stronghold

By our San Pedro Sula correspondent

Soldiers and military police took up positions on Monday in the Rivera Hernández sector of San Pedro Sula, one of the country's most violent neighbourhoods, as the new government began what it called a "total intervention" against extortion gangs.

About 2,000 troops arrived in trucks before dawn and set up checkpoints at the entrances to the sector, searching cars and checking the identity cards of residents on their way to work. The defence minister said the troops would stay "as long as necessary".

The deployment is the first big security operation since President Nasry Asfura took office in January. It had not been announced in advance.

Residents said the streets were quiet on Monday. Since the attack on a bus at the sector's main stop, many bus and taxi drivers refuse to enter Rivera Hernández after dark, and two schools have closed.

On Tuesday, about 300 taxi and bus drivers marched peacefully to the National Congress in Tegucigalpa to demand protection from gangs that charge them a weekly "war tax". Their union said 14 drivers had been killed so far this year.

Human rights groups said they would monitor the operation. Previous governments sent troops into the same neighbourhoods several times over the past decade, with little lasting effect.""", [
  E(cur, "Change to group/activity", "Soldiers and military police took up positions on Monday in the Rivera Hernández sector", P("San Pedro Sula", "HN", 2), "monday",
    a1=HND, i1=1, a2=None, i2=None),
  unscored(E(bg, "Attack", "the attack on a bus at the sector's main stop", P("San Pedro Sula", "HN", 2), None),
           "event_date", "time_precision", "fatalities", "injuries"),
  E(cur, "Peaceful protest", "about 300 taxi and bus drivers marched peacefully to the National Congress", P("Tegucigalpa", "HN"), "tuesday",
    a1="Protesters (Honduras)", i1=6),
], register="local"),

S("st-p-022", "2026-05-14", """NORTH MACEDONIA-FIRE/TRIAL
Kocani fire trial adjourned again; opposition calls rally outside court

SKOPJE, May 14 (Wire) - The trial of 34 people charged over last year's nightclub fire in the town of Kočani was adjourned for the third time on Thursday after defence lawyers asked for new expert reports, and an opposition party called a rally outside the court for next week.

The fire, started by indoor fireworks during a concert in March 2025, killed 62 people, most of them teenagers and young adults. The defendants include the club's owners, former officials of the economy ministry and police officers accused of taking bribes to let the club operate without a licence.

Relatives of the victims, who have attended every hearing, left the courtroom in silence. "We have waited fourteen months. We will wait as long as it takes," the father of an 18-year-old victim told reporters.

The opposition party said its supporters and the relatives would gather outside the court in Skopje on Wednesday. The interior minister said police would "ensure the gathering is peaceful".

The government said it respected the independence of the courts and that new rules on the licensing of clubs had been adopted last year.

A march planned by students in Štip on Wednesday was postponed because of heavy rain, its organisers said.""", [], negative="trials"),

S("st-p-023", "2026-04-23", """Thousands march in Port Louis against pension age rise

PORT LOUIS (Wire) — Several thousand people marched through the centre of Port Louis on Wednesday against the government's plan to raise the age at which Mauritians receive the basic retirement pension from 60 to 65, one of the largest protests on the island in years.

The march, called by a coalition of trade unions and pensioners' groups, went from the Jardin de la Compagnie to Government House, where union leaders handed over a petition with 60,000 signatures.

The protesters said the reform broke an election promise. Many carried placards reading "60 is 60". Police said the march passed off without incident.

The unions said they would call a general strike if the bill was not withdrawn before the budget debate next month. A sit-in outside the National Assembly has been called for Friday.

The finance minister has said the reform is needed to keep the pension system affordable as the population ages.""", [
  E(cur, "Peaceful protest", "Several thousand people marched through the centre of Port Louis", P("Port Louis", "MU"), "wednesday",
    a1="Protesters (Mauritius)", i1=6),
]),

S("st-p-024", "2026-09-14", """Man shot dead in Copenhagen's Nørrebro; shots fired at house in Køge

COPENHAGEN (Wire) — A 22-year-old man was shot dead in Copenhagen's Nørrebro district late on Sunday, police said, a day after shots were fired at a house in Køge, south of the capital.

The victim was hit several times near a bus stop on Nørrebrogade shortly before midnight and died at the scene. The gunman fled on an electric scooter, police said. They are looking for two men.

In Køge, several shots were fired at the front of a terraced house on Saturday evening. A family of four was at home; nobody was hurt.

Police said they were investigating whether the two shootings were linked to a conflict between criminal groups. A 17-year-old was arrested in Køge on Monday morning and will be brought before a judge.

Copenhagen police have increased patrols in Nørrebro since the killing and have set up checkpoints at several junctions.

Denmark recorded 38 shootings linked to gang conflicts last year, according to police figures.""", [
  E(cur, "Attack", "The victim was hit several times near a bus stop on Nørrebrogade", P("Copenhagen", "DK", 2), "sunday",
    a1="Unidentified Armed Group (Denmark)", i1=3, a2="Civilians (Denmark)", i2=7, fat=1),
  E(cur, "Attack", "several shots were fired at the front of a terraced house", P("Koge", "DK", a1="Zealand"), "saturday",
    a1="Unidentified Armed Group (Denmark)", i1=3, a2="Civilians (Denmark)", i2=7, fat=0, inj=0),
]),

S("st-p-025", "2026-07-20", """Dominican soldiers kill two Haitian migrants near Dajabón; protesters block border bridge in Ouanaminthe

SANTO DOMINGO (Wire) — Dominican soldiers shot dead two Haitian men who were crossing the Massacre river near the northern border city of Dajabón on Friday night, Haitian officials and a migrants' rights group said.

The Dominican army said in a statement that a patrol had been attacked with stones and machetes by "a group of undocumented individuals" and had fired in self-defence. Witnesses on the Haitian side said the men were unarmed and were carrying sacks of rice.

On Saturday, hundreds of people in the Haitian town of Ouanaminthe, across the river from Dajabón, blocked the bridge between the two countries with burning tyres and threw stones over the border gate. Haitian police fired tear gas to clear the bridge, and the Dominican authorities closed the crossing for the day.

The binational market in Dajabón, where thousands of Haitians buy and sell goods twice a week, reopened on Monday under heavy guard.

Haiti's foreign ministry summoned the Dominican chargé d'affaires and demanded an investigation. The Dominican Republic has deported more than 200,000 Haitians since the start of the year, according to the International Organization for Migration.""", [
  E(cur, "Attack", "Dominican soldiers shot dead two Haitian men", P("Dajabon", "DO", 2), "friday",
    a1=DOM, i1=1, a2="Civilians (Haiti)", i2=7, fat=2),
  E(cur, "Violent demonstration", "blocked the bridge between the two countries with burning tyres and threw stones over the border gate",
    P("Ouanaminthe", "HT"), "saturday", a1="Rioters (Haiti)", i1=5, a2=HTI_POL, i2=1),
]),

S("st-p-026", "2026-02-24", """Omani police disperse jobless protest in Sohar, detain about 20

DUBAI, Feb 24 (Wire) - Police in Oman dispersed several hundred young men protesting against unemployment outside the gates of the industrial port in the northern city of Sohar on Monday and detained about 20 of them, witnesses and a Gulf rights group said.

The protesters, many of them university graduates, had gathered outside the port's main gate since the morning, demanding jobs at the new plants being built there. In the afternoon police in riot gear ordered them to leave, then pushed them back with batons and loaded some into buses, according to videos shared online.

The Royal Oman Police said in a statement that it had "dealt with a gathering that obstructed traffic" and that those held had been released after signing pledges not to protest again.

In Salalah, in the south of the country, about 100 job seekers staged a sit-in outside the governor's office on Sunday. It ended peacefully after officials promised to meet them.

Protests are rare in Oman. In May 2021, police used tear gas to disperse job seekers in Sohar after several days of demonstrations.

The government has promised to create 35,000 jobs this year.""", [
  E(cur, "Protest with intervention", "pushed them back with batons and loaded some into buses", P("Sohar", "OM", geoname="Al Sohar"), "monday",
    a1="Protesters (Oman)", i1=6, a2=OMN_POL, i2=1),
  E(cur, "Peaceful protest", "about 100 job seekers staged a sit-in outside the governor's office", P("Salalah", "OM"), "sunday", a1="Protesters (Oman)", i1=6),
  E(bg, "Protest with intervention", "police used tear gas to disperse job seekers in Sohar", P("Sohar", "OM", geoname="Al Sohar"), "2021-05-01", tp=3,
    a1="Protesters (Oman)", i1=6, a2=OMN_POL, i2=1),
]),

S("st-p-027", "2026-01-22", """LIVE: Truckers block Bolivia's highways over diesel shortage

Updated 19:40

19:40 — That's all from us today. In summary: police cleared the truckers' blockade at Caracollo with tear gas and detained 12 people; the blockade at Patacamaya is still in place tonight; a march in Santa Cruz was called off.

18:05 — The government minister says three police officers were hurt by stones at Caracollo. "The roads will be kept open, whatever it takes," he tells reporters in La Paz.

15:30 — In Santa Cruz, the heavy transport federation has called off the march it had planned for this afternoon, after the government agreed to meet its leaders on Friday.

13:10 — Hundreds of truckers are still blocking the highway at Patacamaya, south of La Paz, where police have not intervened. Drivers there say they will stay "until there is diesel".

11:45 — Police have fired tear gas at Caracollo. Our reporter at the scene says riot police moved in from both sides of the blockade; some truckers threw stones at them before running into the fields. Twelve people were detained.

09:20 — Truckers have blocked the highway between La Paz and Oruro at Caracollo, north of Oruro, with about 200 lorries parked across the road since dawn. They are demanding regular deliveries of diesel, which has been scarce for weeks.

08:00 — Welcome to our live coverage of the truckers' protests over fuel shortages in Bolivia.""", [
  E(cur, "Violent demonstration", "some truckers threw stones at them", P("Oruro", "BO", 2), 0,
    a1="Rioters (Bolivia)", i1=5, a2=BOL_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "Hundreds of truckers are still blocking the highway at Patacamaya", P("Patacamaya", "BO", lat=-17.24, lon=-67.91, a1="La Paz"), 0,
    a1="Protesters (Bolivia)", i1=6),
], register="live"),

S("st-p-028", "2026-11-16", """WESTERN BALKANS WEEK
The region's news in brief

BOSNIA AND HERZEGOVINA
• Several thousand people marched peacefully through Sarajevo on Saturday to demand a new investigation into the death of a 19-year-old student who was stabbed outside a nightclub last month.

MONTENEGRO
• Supporters of two football clubs fought with bats and flares near the stadium in Bar before a league match on Sunday. Four people were taken to hospital and police detained six.

ALBANIA
• Police removed residents who had blocked the national road near Shkodër in protest against a planned landfill, detaining eight of them on Friday.
• Parliament approved the 2027 budget on Thursday.

CROATIA
• A march by a far-right group planned for Saturday in Zagreb was banned by the police and did not take place.

Next week: Kosovo's new government faces a confidence vote.""", [
  E(cur, "Peaceful protest", "Several thousand people marched peacefully through Sarajevo", P("Sarajevo", "BA"), "saturday", a1="Protesters (Bosnia and Herzegovina)", i1=6),
  E(cur, "Mob violence", "Supporters of two football clubs fought with bats and flares", P("Bar", "ME"), "sunday",
    a1="Rioters (Montenegro)", i1=5, a2="Rioters (Montenegro)", i2=5, inj=4),
  E(cur, "Protest with intervention", "Police removed residents who had blocked the national road near Shkodër", P("Shkoder", "AL", 2), "friday",
    a1="Protesters (Albania)", i1=6, a2=ALB_POL, i2=1),
], register="digest"),

S("st-p-029", "2026-07-15", """Analysis: In the Gobi, Mongolia's coal boom leaves herders breathing the dust

DALANZADGAD, Mongolia — On a good day, more than 6,000 trucks loaded with coal roll south from the mines of the Gobi towards the Chinese border. For the herders who graze their goats and camels along the road, every one of them means a cloud of dust.

Coal is Mongolia's biggest export, and sales to China reached a record last year. The money has paid for new roads and schools in the provincial capital. But herders say their pastures are shrinking, their wells are drying up and their animals are sick.

"The government talks about billions. We see only the dust," said a herder whose winter camp lies a few hundred metres from the road.

Their patience is wearing thin. Last month, about 40 herders parked their cars across the coal road outside Dalanzadgad, stopping hundreds of trucks for most of a day. Police removed them in the evening, and five were held overnight, according to one of the organisers.

The mining companies say they water the road and pay compensation. A railway to the border, due to open next year, should take many of the trucks off the road.

Environmental groups say that will not be enough. About 1,500 herder families have left the area since 2015, according to one estimate.""", [
  E(cur, "Protest with intervention", "about 40 herders parked their cars across the coal road outside Dalanzadgad", P("Dalanzadgad", "MN", 2, geoname="Dalandzadgad", a1="Yuzhno-Gobiyskiy Aymak"),
    "2026-06-01", tp=3, a1="Protesters (Mongolia)", i1=6, a2=MNG_POL, i2=1),
], register="analysis"),

S("st-p-030", "2026-12-08", """SRI LANKA POLICE
MEDIA RELEASE
08.12.2026

Shooting incidents reported in Ambalangoda and Colombo

01. On 06.12.2026 at about 2030 hours, two unidentified persons who arrived on a motorcycle opened fire at a man standing near a shop in the Ambalangoda police division. The victim, aged 38, was admitted to the Balapitiya hospital and died while receiving treatment. The suspects fled. Investigations have revealed that the deceased was a close associate of an organised crime group.

02. On 07.12.2026 at about 0115 hours, shots were fired at a house in the Kotahena police division in Colombo. A woman living in the house sustained injuries and was admitted to the Colombo National Hospital. Her condition is not critical.

03. Special teams of the Criminal Investigation Department and the Special Task Force have been deployed to arrest the suspects in both incidents.

04. The police have arrested 84 suspects in connection with organised crime and recovered 27 firearms during special operations carried out island-wide since 01.11.2026.

Police Media Spokesman""", [
  E(cur, "Attack", "two unidentified persons who arrived on a motorcycle opened fire at a man", P("Ambalangoda", "LK"), "2026-12-06",
    a1="Unidentified Armed Group (Sri Lanka)", i1=3, a2="Civilians (Sri Lanka)", i2=7, fat=1),
  E(cur, "Attack", "shots were fired at a house in the Kotahena police division", P("Colombo", "LK", 2), "2026-12-07",
    a1="Unidentified Armed Group (Sri Lanka)", i1=3, a2="Civilians (Sri Lanka)", i2=7, fat=None, inj=1),
], register="official"),

S("st-p-031", "2026-10-27", """Man wounded in Hastings shooting, shots fired at Flaxmere house as gang tensions rise

NAPIER — A man was shot and wounded on a street in Hastings on Sunday night and, about an hour later, shots were fired at a house in Flaxmere, police said on Tuesday.

The man, in his thirties, was hit in the leg near a dairy on Heretaunga Street East shortly after 10 p.m. He was taken to Hawke's Bay Hospital and is in a stable condition.

At about 11.15 p.m., several shots were fired from a car at a house in Flaxmere. Two adults and three children were inside. Nobody was hurt.

Police said they believed the shootings were linked to rising tensions between two gangs in the area, and appealed for information about a dark sedan seen near both scenes. "Whoever fired those shots put children's lives at risk," the area commander said.

Armed police have been patrolling Hastings and Flaxmere since the shootings.

A gang member's funeral, expected to draw large numbers of patched members to Hastings on Saturday, will be closely watched, police said.""", [
  E(cur, "Attack", "A man was shot and wounded on a street in Hastings", P("Hastings", "NZ"), "sunday",
    a1="Unidentified Armed Group (New Zealand)", i1=3, a2="Civilians (New Zealand)", i2=7, fat=None, inj=1),
  E(cur, "Attack", "several shots were fired from a car at a house in Flaxmere", P("Flaxmere", "NZ", lat=-39.62, lon=176.78, a1="Hawke's Bay"), "sunday",
    a1="Unidentified Armed Group (New Zealand)", i1=3, a2="Civilians (New Zealand)", i2=7, fat=0, inj=0),
], register="local"),

S("st-p-032", "2026-06-04", """Equatorial Guinea arrests Annobón islanders after protest over quarry blasting

LIBREVILLE, June 4 (Wire) - Security forces in Equatorial Guinea arrested at least 20 people on the remote island of Annobón on Monday, a day after residents protested against blasting at a quarry run by a construction company, exiled activists said.

Several hundred residents marched to the quarry outside San Antonio de Palé, the island's only town, on Sunday and blocked the road used by the company's trucks. They say the explosions have cracked houses and polluted the water supply.

On Monday morning, police officers and soldiers who had arrived by boat went from house to house in San Antonio de Palé and took away the men they said had organised the protest, the activists said. Mobile phone and internet services on the island were cut.

The government did not comment on the arrests. A government spokesman said last week that the quarry was needed to build a new port.

Annobón, a small island more than 500 km south-west of the capital Malabo, has long complained of neglect. In 2024, dozens of islanders were detained after a similar protest.""", [
  E(cur, "Peaceful protest", "Several hundred residents marched to the quarry outside San Antonio de Palé", P("San Antonio de Pale", "GQ", 2, lat=-1.41, lon=5.63, a1="Annobon"), "sunday",
    a1="Protesters (Equatorial Guinea)", i1=6),
  E(cur, "Arrests", "went from house to house in San Antonio de Palé and took away the men", P("San Antonio de Pale", "GQ", lat=-1.41, lon=5.63, a1="Annobon"), "monday",
    a1=GNQ_POL, i1=1, assoc_actor_1="Military Forces of Equatorial Guinea (1979-)", a2="Civilians (Equatorial Guinea)", i2=7),
  unscored(E(bg, "Arrests", "dozens of islanders were detained after a similar protest", P("San Antonio de Pale", "GQ", lat=-1.41, lon=5.63, a1="Annobon"), "2024-01-01", tp=3,
             a1=GNQ_POL, i1=1, a2="Civilians (Equatorial Guinea)", i2=7), "event_date", "time_precision"),
]),

S("st-p-033", "2026-09-29", """Thousands rally in Riga against pension freeze; petrol bomb thrown at Daugavpils school

RIGA, Sept 29 (Wire) - Several thousand people rallied peacefully at the Freedom Monument in Riga on Saturday against the government's plan to freeze pensions next year, and a petrol bomb was thrown at the entrance of a school in the eastern city of Daugavpils early on Sunday, police said.

The Riga rally was organised by pensioners' associations and the main trade union federation. Speakers called on the government to find the money in the defence budget instead.

In Daugavpils, the petrol bomb set fire to the door and the entrance hall of a secondary school at about 3 a.m. The fire was put out by firefighters before it spread. Nobody was in the building.

Police have opened a criminal case and are reviewing camera footage. No one has been detained. The mayor called the attack "an act of hatred" and said the school would reopen on Monday.

The government said it would present its budget to parliament next week.""", [
  E(cur, "Peaceful protest", "Several thousand people rallied peacefully at the Freedom Monument in Riga", P("Riga", "LV"), "saturday", a1="Protesters (Latvia)", i1=6),
  E(cur, "Looting/property destruction", "a petrol bomb was thrown at the entrance of a school", P("Daugavpils", "LV"), "sunday",
    a1="Unidentified Armed Group (Latvia)", i1=3, a2="Civilians (Latvia)", i2=7, fat=0),
]),

S("st-p-034", "2026-10-11", """BRITAIN-PROTESTS/
Police arrest 86 at Manchester sit-in backing banned group

LONDON, Oct 11 (Wire) - Police arrested 86 people in St Peter's Square in Manchester on Saturday at a sit-in held in support of a banned pro-Palestinian activist group.

The protesters, many of them in their sixties and seventies, sat on the grass holding handwritten cardboard placards expressing support for the group. Officers moved along the rows and led away those who refused to hand over their placards, carrying some of them to waiting vans.

Greater Manchester Police said the arrests were for showing support for a proscribed organisation, an offence under anti-terrorism law, and that the protest had otherwise been peaceful. Most of those detained were released on bail the same evening.

In Glasgow, about 1,000 people rallied in George Square for the same cause. Police Scotland made no arrests.

The group was banned after activists broke into an air force base in Oxfordshire and sprayed paint into the engines of two military planes. Its supporters say the ban is an attack on free speech; the government says the group used violence and intimidation.

Organisers said they would hold similar sit-ins in London and Cardiff next month.""", [
  E(cur, "Protest with intervention", "Police arrested 86 people in St Peter's Square in Manchester on Saturday at a sit-in", P("Manchester", "GB"), "saturday",
    a1="Protesters (United Kingdom)", i1=6, a2=GBR_POL, i2=1),
  E(cur, "Peaceful protest", "about 1,000 people rallied in George Square", P("Glasgow", "GB"), "saturday", a1="Protesters (United Kingdom)", i1=6),
  unscored(E(bg, "Looting/property destruction", "activists broke into an air force base in Oxfordshire", C("GB"), None),
           "event_date", "time_precision", "geo_precision", "fatalities", "injuries"),
]),

S("st-p-035", "2026-05-14", """Two men shot dead in Marseille in 24 hours as drug-gang killings rise

MARSEILLE — A 19-year-old man was shot dead at the foot of a tower block on the Frais-Vallon estate in Marseille's 13th arrondissement late on Tuesday, less than 24 hours after a man in his thirties was killed in his car in the northern district of Saint-Louis, prosecutors said.

The teenager was hit by at least ten bullets fired from a Kalashnikov-type rifle by two men who arrived in a stolen car, the prosecutor's office said. The car was found burned a few kilometres away an hour later.

On Monday evening, the driver of a car stopped at a red light in Saint-Louis was shot several times through the window by a passenger on a motorbike. He died before emergency services arrived.

The prosecutor said both killings were linked to the drug trade, bringing to 17 the number of people killed in drug-related settling of scores in the Marseille area since January. "The killers are often teenagers hired on social networks for a few thousand euros," she said.

Two extra companies of riot police were sent to the northern districts after the killings, the interior ministry said.

On Wednesday evening, several hundred residents of Frais-Vallon held a silent march through the estate to demand more police and better housing.""", [
  E(cur, "Attack", "A 19-year-old man was shot dead at the foot of a tower block", P("Marseille", "FR", 2, a1="Provence-Alpes-Cote d'Azur"), "tuesday",
    a1="Unidentified Armed Group (France)", i1=3, a2="Civilians (France)", i2=7, fat=1),
  E(cur, "Attack", "was shot several times through the window by a passenger on a motorbike", P("Marseille", "FR", 2, a1="Provence-Alpes-Cote d'Azur"), "monday",
    a1="Unidentified Armed Group (France)", i1=3, a2="Civilians (France)", i2=7, fat=1),
  E(cur, "Peaceful protest", "several hundred residents of Frais-Vallon held a silent march", P("Marseille", "FR", 2, a1="Provence-Alpes-Cote d'Azur"), "wednesday",
    a1="Protesters (France)", i1=6),
], register="local"),

S("st-p-036", "2026-03-18", """Three herders killed as raiders drive off 200 cattle in Kerio Valley; curfew imposed

ELDORET — Three herders were shot dead when armed raiders stole about 200 head of cattle in the village of Arror, south of Tot in Elgeyo-Marakwet county, early on Monday, police said, the latest attack in the troubled Kerio Valley.

The raiders, suspected to be from the neighbouring Pokot community, struck at about 5 a.m. as the herders were taking the animals out to graze, the county police commander said. A fourth herder was wounded and taken to hospital in Iten.

On Tuesday, National Police Reservists tracking the stolen animals exchanged fire with the raiders in the hills near Tot. Two of the raiders were killed and 60 cattle were recovered, police said.

The interior ministry imposed a dusk-to-dawn curfew across the Kerio Valley on Tuesday evening and said more officers would be deployed.

"The bandits have better guns than our reservists," a local member of parliament said. "Every week we bury someone."

At least 23 people have been killed in cattle raids in the valley since January, according to local leaders. Past disarmament drives have done little to stop the raids.""", [
  E(cur, "Attack", "armed raiders stole about 200 head of cattle in the village of Arror", P("Tot", "KE", 2, lat=1.07, lon=35.58, a1="Elgeyo/Marakwet"), "monday",
    a1=POKOT, i1=4, a2="Civilians (Kenya)", i2=7, fat=3, inj=1),
  E(cur, "Armed clash", "National Police Reservists tracking the stolen animals exchanged fire with the raiders", P("Tot", "KE", 2, lat=1.07, lon=35.58, a1="Elgeyo/Marakwet"),
    "tuesday", a1=KEN_POL, i1=1, a2=POKOT, i2=4, fat=2),
  unscored(E(cur, "Other", "The interior ministry imposed a dusk-to-dawn curfew across the Kerio Valley", P("Tot", "KE", 3, lat=1.07, lon=35.58, a1="Elgeyo/Marakwet"),
             "tuesday", a1=KEN_GOV, i1=1), "location", "latitude", "longitude", "geo_precision", "admin1"),
], register="local"),

S("st-p-037", "2026-09-09", """EASTERN CHAD: Flash Update No. 4
Ouaddaï province, as of 8 September 2026

KEY POINTS
• On 3 September, fighting between Sudanese refugees from Farchana camp and residents of a nearby village left two people dead and 14 injured. A third person died of his wounds on 5 September.
• About 60 shelters and a health post in the camp were burned.
• On 6 September, armed men attacked two refugee women collecting firewood outside the camp; one was wounded.
• Food distributions in Farchana were suspended on 4 and 5 September.

SITUATION OVERVIEW
On 3 September, a dispute over firewood and grazing near Farchana refugee camp, in Assoungha department, escalated into fighting between groups of Sudanese refugees and residents of a neighbouring village armed with sticks, knives and machetes. A refugee and a villager were killed and 14 people were injured, according to camp health staff. About 60 shelters and a health post run by a partner were set on fire.

Gendarmes and soldiers were deployed to the camp in the evening and separated the two groups.

A 20-year-old refugee who had been injured in the fighting died at the Adré district hospital on 5 September, bringing the death toll to three.

On 6 September, two armed men on horseback attacked two refugee women who were collecting firewood about 5 km outside the camp. One of the women was wounded with a knife and was treated at the camp health centre. The attackers have not been identified.

The governor of Ouaddaï visited the camp on 4 September and called for calm. Since January, partners have recorded 11 violent incidents between refugees and host communities in the province.

HUMANITARIAN IMPACT
About 350 refugee families whose shelters were burned are staying in communal buildings. Food distributions resumed on 6 September.""", [
  E(cur, "Mob violence", "escalated into fighting between groups of Sudanese refugees and residents of a neighbouring village",
    P("Adre", "TD", 2), "2026-09-03", a1="Rioters (Sudan)", i1=5, a2="Rioters (Chad)", i2=5, fat=3, inj=14),
  E(cur, "Attack", "two armed men on horseback attacked two refugee women", P("Adre", "TD", 2), "2026-09-06",
    a1="Unidentified Armed Group (Chad)", i1=3, a2="Civilians (Sudan)", i2=7, fat=None, inj=1),
], register="ngo"),

S("st-p-038", "2026-04-08", """ETHIOPIA-RIGHTS/
Rights commission says soldiers killed 12 civilians in western Oromia town

ADDIS ABABA, April 8 (Wire) - Ethiopian government soldiers killed at least 12 civilians in the town of Gimbi in western Oromia on March 27, the state-appointed Ethiopian Human Rights Commission said on Wednesday, in a rare direct accusation against the army.

The commission said soldiers had gone from house to house the morning after fighters of the Oromo Liberation Army (OLA) attacked their base on the edge of the town, and had shot dead men they accused of supporting the rebels. Among the dead were a teacher and two brothers aged 17 and 19.

It did not give a toll for the fighting at the base on the night of March 26.

The commission also said OLA fighters had stopped a bus near Ambo on April 2 and taken away nine passengers, and that their families had been asked to pay a ransom.

At least 68 civilians were killed in the conflict in Oromia in March, according to the commission.

The army did not respond to a request for comment. The government has in the past denied that its forces target civilians and blames the OLA, which it calls a terrorist group, for most of the killings in the region.

Talks between the government and the OLA in Tanzania broke down in 2023 without an agreement.""", [
  E(cur, "Attack", "Ethiopian government soldiers killed at least 12 civilians in the town of Gimbi", P("Gimbi", "ET", a1="Oromia"), "2026-03-27",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=12),
  E(cur, "Armed clash", "fighters of the Oromo Liberation Army (OLA) attacked their base on the edge of the town", P("Gimbi", "ET", 2, a1="Oromia"), "2026-03-26",
    a1=OLA, i1=2, a2=ETH, i2=1, fat=None),
  E(cur, "Abduction/forced disappearance", "taken away nine passengers", P("Ambo", "ET", 2, lat=8.98, lon=37.85, a1="Oromia"), "2026-04-02",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-p-039", "2026-11-04", """LIBYA-SECURITY/
Four killed in tribal clashes in southern city of Sabha; elders agree truce

TRIPOLI, Nov 4 (Wire) - At least four people were killed in clashes between armed Tebu and Awlad Suleiman tribesmen in the southern Libyan city of Sabha on Monday, a hospital official said, before elders of the two communities agreed a ceasefire on Tuesday.

The fighting broke out in the Al-Manshiya neighbourhood after a dispute over a plot of land near the airport, residents said. Gunmen from both sides fired machine guns and rocket-propelled grenades across the neighbourhood for several hours, and several houses were hit.

The Sabha Medical Centre said four people, among them a woman hit by a stray bullet in her home, had been killed and 11 wounded.

Forces of the Libyan National Army, which controls the south, moved armoured vehicles between the two sides on Monday evening.

On Tuesday, Tebu and Awlad Suleiman elders met at the municipal council and agreed to a ceasefire, the exchange of prisoners and the handing over of those who started the fight, the council said.

The two communities have clashed repeatedly in Sabha since the fall of Muammar Gaddafi in 2011. Fighting between them in early 2014 killed more than 100 people.""", [
  E(cur, "Armed clash", "clashes between armed Tebu and Awlad Suleiman tribesmen", P("Sabha", "LY", 2), "monday",
    a1=TEBU, i1=4, a2=AWLAD, i2=4, fat=4, inj=11),
  E(cur, "Agreement", "Tebu and Awlad Suleiman elders met at the municipal council and agreed to a ceasefire", P("Sabha", "LY"), "tuesday",
    a1=TEBU, i1=4, a2=AWLAD, i2=4),
  unscored(E(bg, "Armed clash", "Fighting between them in early 2014", P("Sabha", "LY"), "2014-01-01", tp=3, a1=TEBU, i1=4, a2=AWLAD, i2=4),
           "event_date", "time_precision", "fatalities"),
]),

S("st-p-040", "2026-01-21", """Section 144 imposed in Khagrachhari after settler-Pahari clashes; one dead

By our Chattogram correspondent

The district administration imposed Section 144, banning gatherings of more than four people, in Khagrachhari town on Tuesday after clashes between Bengali settlers and indigenous Pahari residents left one man dead and about 30 people injured on Monday.

The trouble began on Sunday, when hundreds of Pahari students blocked the main roads into the town for several hours to protest against the takeover of their farmland for a new market. The blockade ended peacefully in the evening.

On Monday afternoon, groups of Bengali settlers and Pahari residents threw stones and bricks at each other in the town's Mahajan Para area. Several shops and two motorcycles were set on fire, and houses on both sides were damaged.

A Pahari man of 35 who was hit on the head with a brick died on Tuesday morning at the Chattogram Medical College Hospital, his family said.

Army and Border Guard Bangladesh personnel were deployed in the town on Monday evening, and the situation was calm but tense on Tuesday.

Pahari leaders have called for an independent inquiry into the clashes and a halt to work on the market.""", [
  E(cur, "Peaceful protest", "hundreds of Pahari students blocked the main roads into the town", P("Khagrachhari", "BD", a1="Chattogram"), "sunday",
    a1="Protesters (Bangladesh)", i1=6),
  E(cur, "Mob violence", "groups of Bengali settlers and Pahari residents threw stones and bricks at each other", P("Khagrachhari", "BD", 2, a1="Chattogram"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1),
  E(cur, "Other", "The district administration imposed Section 144", P("Khagrachhari", "BD", a1="Chattogram"), "tuesday", a1=BGD_GOV, i1=1),
], register="local"),
]

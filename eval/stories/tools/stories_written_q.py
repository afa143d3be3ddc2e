"""Multi-event stories written for this project (issue 11), batch q: unseen by the coders in the session it was written
(2026-11-27 midday), the lead's measure of story generalisation. Written as held-out news looks — wire stories with
datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, live blogs, weekly round-ups,
NGO/UN situation reports, military and police releases — with several events per story at different places and days,
events in two countries, differing tolls, definite references ("the attack") to events never told as news, follow-ups
(a death in hospital, arrests days after a riot), periods and tallies, planned, banned and called-off rallies, threats
and denials. Countries the stories had least (Croatia, Austria, Taiwan, North Macedonia, Djibouti, Saudi Arabia,
Switzerland, Cyprus, El Salvador, Laos, Malaysia, Vietnam, Romania, Botswana, Nicaragua, Costa Rica, Argentina, Norway,
Jamaica, Cuba, Bulgaria, Bahrain, Algeria, Kazakhstan, Jordan, Zambia, Germany, Panama, the Czech Republic, South Korea,
Liberia, Gabon, Guinea-Bissau, Sierra Leone) and regions the conflict countries' stories lack (Kwara's Edu, Tanganyika's
Manono, Puntland's Cal Miskaad, Haut-Mbomou, Lanao del Sur, Narathiwat and Yala, Jayapura and Puncak Jaya, East Gojjam,
Niassa's Mecula, West Singhbhum, the Tabasco-Petén border). Our own
words; invented incidents at real places, public group names. No ``split`` key: the id hash decides. Retellings checked
at any date (same country and sub-type within 30 km across all snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

HRV_POL = "Police Forces of Croatia (2016-)"; AUT_POL = "Police Forces of Austria (2025-)"; TWN_POL = "Police Forces of Taiwan (2024-)"
MKD_POL = "Police Forces of North Macedonia (2024-)"; DJI_POL = "Police Forces of Djibouti (1999-)"; SAU_POL = "Police Forces of Saudi Arabia (2015-)"
CHE_POL = "Police Forces of Switzerland (1848-)"
CYP_POL = "Police Forces of Cyprus (2023-)"; SLV_GOV = "Government of El Salvador (2019-)"; SLV_POL = "Police Forces of El Salvador (2019-)"

STORIES = [
S("st-q-001", "2026-03-09", """CROATIA-SECURITY/
BLAST DAMAGES SERB COMMUNITY CENTRE IN VUKOVAR; VETERANS MARCH IN ZAGREB

ZAGREB, March 9 (Wire) - An explosive device damaged the entrance of a Serb community centre in the eastern Croatian town of Vukovar early on Sunday, police said, in what leaders of the minority called the most serious attack on their institutions in years.

Nobody was hurt. The blast, shortly after 2 a.m., shattered the centre's glass doors and the windows of two flats across the street. Police said the device had been left on the front steps and that bomb-disposal experts had collected its remains for analysis.

The Serb National Council said the building had been daubed with threatening graffiti in February. "This did not come from nowhere," its president told reporters outside the damaged building.

Prime Minister Andrej Plenkovic condemned the bombing on Sunday and said those responsible would be found. Police said on Monday they had questioned several people but made no arrests.

In Zagreb on Saturday, several thousand war veterans and their families marched peacefully from Ban Jelacic Square to the government building in St Mark's Square to demand higher disability pensions. Their leaders handed a petition to a state secretary.

Vukovar, devastated in the 1991 war, has a Serb minority of about a third of its population. (Reporting by Wire staff; editing by the Zagreb desk)""", [
  E(cur, "Remote explosive/landmine/IED", "An explosive device damaged the entrance of a Serb community centre", P("Vukovar", "HR"), "sunday",
    a1="Unidentified Armed Group (Croatia)", i1=3, a2="Civilians (Croatia)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "several thousand war veterans and their families marched peacefully", P("Zagreb", "HR"), "saturday",
    a1="Protesters (Croatia)", i1=6),
]),

S("st-q-002", "2026-05-18", """Police kettle banned march in Vienna, 41 detained

VIENNA – Police surrounded about 300 people who tried to march from Westbahnhof towards the city centre on Saturday afternoon in defiance of a ban, and detained 41 of them, Vienna police said on Sunday.

The march, called by pro-Palestinian groups to mark the anniversary of the Nakba, was banned on Thursday after police said its organisers had used slogans glorifying violence. About 300 people gathered at the station anyway and set off down Mariahilfer Strasse.

Officers stopped the column after a few hundred metres and held it in a cordon for more than three hours. Police said bottles had been thrown at officers and that one officer had a minor hand injury. The organisers said the protest was peaceful and that pepper spray had been used on people trying to leave the cordon.

All 41 were released after their identities had been recorded; twelve face charges under the assembly law.

In Graz on Saturday, about 150 people held an authorised vigil on the same theme in the Hauptplatz. Police reported no incidents.

A demonstration planned in Linz for Sunday was called off by its organisers after the Vienna ban.""", [
  E(cur, "Protest with intervention", "Police surrounded about 300 people who tried to march", P("Vienna", "AT"), "saturday",
    a1="Protesters (Austria)", i1=6, a2=AUT_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "about 150 people held an authorised vigil", P("Graz", "AT"), "saturday", a1="Protesters (Austria)", i1=6),
], register="local"),

S("st-q-003", "2026-10-15", """TAIWAN-POLITICS/
Police carry away sit-in protesters at Taiwan legislature after scuffles over defence budget

TAIPEI, Oct 15 (Wire) - Police carried away dozens of protesters who had sat down in front of the gates of Taiwan's Legislative Yuan late on Wednesday, after scuffles broke out when part of the crowd tried to push through a police line, police said.

Several thousand people had gathered on Qingdao East Road in the afternoon against opposition lawmakers' plans to cut next year's defence budget. Most left in the evening. About 200 stayed and sat in front of the main gate, and a small group tried to climb the fence.

Three officers were slightly hurt in the pushing and shoving, police said, and 18 people were taken to a police station for questioning and released before dawn. Protesters said several people had been dragged along the ground.

In Kaohsiung, about 1,000 supporters of the opposition Kuomintang rallied outside the city council on Wednesday in favour of the budget cuts. Police reported no incidents.

The legislature is due to vote on the budget next week. The organisers of the Taipei protest said they would be back on the day of the vote.""", [
  E(cur, "Protest with intervention", "Police carried away dozens of protesters", P("Taipei", "TW"), "wednesday",
    a1="Protesters (Taiwan)", i1=6, a2=TWN_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "about 1,000 supporters of the opposition Kuomintang rallied outside the city council", P("Kaohsiung", "TW"), "wednesday",
    a1="Protesters (Taiwan)", i1=6),
]),

S("st-q-004", "2026-07-21", """Nine held after lakeside brawl between youth groups in Struga

STRUGA – Police on Monday detained nine young men over a mass fight between ethnic Albanian and ethnic Macedonian youths on the lakeside promenade in Struga late on Saturday night, in which six people were hurt, the interior ministry said.

The fight started shortly before midnight near a bar on the promenade and spread along the shore, witnesses said. Groups of young men went at each other with bottles, chairs and sticks. Two of the injured were taken to hospital in Ohrid with head wounds; the others were treated and sent home.

Police said the fight had been arranged on social media after an argument at a youth football match in the town a week earlier. The nine were detained at their homes in Struga on Monday morning on suspicion of "taking part in a crowd that commits a crime".

The mayor and local leaders of both communities appealed for calm on Sunday. That evening about 300 residents, Albanians and Macedonians, walked together along the promenade in a march for tolerance.

"Our children swim in the same lake. They will not be taught to hate," one of the organisers said.""", [
  E(cur, "Mob violence", "Groups of young men went at each other with bottles, chairs and sticks", P("Struga", "MK"), "saturday",
    a1="Rioters (North Macedonia)", i1=5, a2="Rioters (North Macedonia)", i2=5, inj=6),
  E(cur, "Arrests", "The nine were detained at their homes in Struga", P("Struga", "MK"), "monday",
    a1=MKD_POL, i1=1, a2="Rioters (North Macedonia)", i2=5),
  E(cur, "Peaceful protest", "about 300 residents, Albanians and Macedonians, walked together along the promenade", P("Struga", "MK"), "sunday",
    a1="Protesters (North Macedonia)", i1=6),
], register="local"),

S("st-q-005", "2026-08-26", """Djibouti: youths clash with police in Balbala over demolitions; opposition figures detained

DJIBOUTI, Aug 26 — Young men threw stones at police and burned tyres in the Balbala district of the Djiboutian capital on Monday after bulldozers began demolishing homes built without permits near the main road, residents said.

Police fired tear gas and warning shots to disperse the crowd, which had blocked the road to the port for several hours. Residents said at least seven people had been hurt, among them a woman hit by a tear-gas canister. The government said four policemen had been injured and that "troublemakers" had been arrested, without giving a number.

On Tuesday morning, police detained three leaders of an opposition party at their homes in the capital, accusing them of inciting the unrest, a party official said. The government did not comment on the detentions.

The demolitions are part of a plan to widen the road between Balbala and the port area. Residents said they had been offered no new land.

The government spokesman said on state radio that the works would continue "in calm and order".""", [
  E(cur, "Violent demonstration", "Young men threw stones at police and burned tyres", P("Djibouti", "DJ", 2), "monday",
    a1="Rioters (Djibouti)", i1=5, a2=DJI_POL, i2=1, inj=11),
  E(cur, "Arrests", "police detained three leaders of an opposition party at their homes", P("Djibouti", "DJ"), "tuesday",
    a1=DJI_POL, i1=1, a2="Civilians (Djibouti)", i2=7),
]),

S("st-q-006", "2026-02-05", """SAUDI-SECURITY/
TWO GUNMEN KILLED IN QATIF RAID, SAUDI STATE SECURITY SAYS; OFFICER WOUNDED

DUBAI, Feb 5 (Wire) - Saudi security forces killed two gunmen on Tuesday after storming a farmhouse on the edge of Awamiyah, a town in the Eastern Province's Qatif governorate, the Presidency of State Security said in a statement carried by the state news agency.

Officers had surrounded the house, where "two wanted persons involved in terrorist acts" were hiding, and killed both men in an exchange of fire that lasted about an hour, the statement said. One officer was wounded and was in stable condition in hospital. Rifles, ammunition and a pipe bomb were found inside.

The statement did not name the dead men or say which group, if any, they belonged to. Residents reached by telephone said the roads into Awamiyah had been closed for several hours and that armoured vehicles had been seen among the farms on the town's western edge.

Separately, the presidency said on Wednesday that a man had been arrested in Dammam on suspicion of financing "terrorist cells" and passing information to "a foreign party". It gave no other details.

Awamiyah, a mainly Shi'ite town, saw months of clashes in 2017 after the authorities began demolishing its old quarter.

Copyright 2026 Wire. All rights reserved.""", [
  E(cur, "Armed clash", "killed both men in an exchange of fire", P("Awamiyah", "SA", 2, lat=26.59, lon=49.98, a1="Eastern Province"), "tuesday",
    a1=SAU_POL, i1=1, a2="Unidentified Armed Group (Saudi Arabia)", i2=3, fat=2, inj=1),
  unscored(E(cur, "Arrests", "a man had been arrested in Dammam", P("Dammam", "SA"), "wednesday", tp=2, a1=SAU_POL, i1=1), "actor2", "inter2"),
  unscored(E(bg, "Armed clash", "months of clashes in 2017", P("Awamiyah", "SA", lat=26.59, lon=49.98, a1="Eastern Province"), "2017-05-01", tp=3),
           "event_date", "time_precision", "fatalities", "injuries"),
]),

S("st-q-007", "2026-04-06", """Rubber bullets and water cannon as unauthorised Bern march turns violent

BERN – Police used water cannon, tear gas and rubber bullets on Saturday evening against several hundred people on an unauthorised march in Bern's old town, after some of them smashed shop windows and threw fireworks at officers, the cantonal police said.

The march, called on social media against the eviction of a squat in the Länggasse quarter on Thursday, set off from the railway station at about 7 p.m. Police put the crowd at about 800.

When it reached Bundesplatz, masked people broke the windows of a bank and a jeweller's and sprayed slogans on the walls of the Federal Palace. Officers who tried to stop the march were pelted with fireworks, bottles and paving stones.

Five officers were hurt, one of them seriously, police said; 22 people were taken into custody. The damage was estimated at several hundred thousand francs.

In Geneva, about 2,000 people marched peacefully on Saturday afternoon in support of Ukraine.

The city government of Bern said it would seek to recover the costs of the police operation from the organisers, if they could be identified.""", [
  E(cur, "Violent demonstration", "masked people broke the windows of a bank and a jeweller's", P("Bern", "CH"), "saturday",
    a1="Rioters (Switzerland)", i1=5, a2=CHE_POL, i2=1, inj=5),
  E(cur, "Peaceful protest", "about 2,000 people marched peacefully on Saturday afternoon in support of Ukraine", P("Geneva", "CH", geoname="Geneve"), "saturday",
    a1="Protesters (Switzerland)", i1=6),
], register="local"),

S("st-q-008", "2026-09-15", """Pipe bomb damages home of Cypriot journalist; colleagues rally in Nicosia

NICOSIA (Wire) — A pipe bomb exploded at the front door of an investigative journalist's home in the Strovolos suburb of Nicosia early on Sunday, wrecking the door and the family's car, police said. The journalist, his wife and their two children were asleep upstairs and were not hurt.

The journalist, who works for a news website that has published a series of reports on the sale of passports to wealthy foreigners, said he had received threatening messages after his latest article. "The bomb was meant to make me stop writing," he told the state broadcaster.

Police said the device had been made from a metal pipe packed with explosives and lit by a fuse. Nobody has been arrested.

On Monday about 300 journalists and supporters gathered outside the Presidential Palace to demand that those responsible be found. President Nikos Christodoulides met a delegation of the journalists' union and promised "every resource" for the investigation.

Bomb attacks on homes, shops and cars, often linked to organised crime, are frequent in Cyprus; police recorded 51 last year. The union said it was the second attack on a journalist's home since 2024.""", [
  E(cur, "Remote explosive/landmine/IED", "A pipe bomb exploded at the front door of an investigative journalist's home", P("Nicosia", "CY", 2), "sunday",
    a1="Unidentified Armed Group (Cyprus)", i1=3, a2="Civilians (Cyprus)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 300 journalists and supporters gathered outside the Presidential Palace", P("Nicosia", "CY"), "monday",
    a1="Protesters (Cyprus)", i1=6),
]),

S("st-q-009", "2026-06-04", """El Salvador extends state of exception again as mothers of detainees keep vigil at prison gates

SAN SALVADOR — El Salvador's Legislative Assembly on Wednesday approved another 30-day extension of the state of exception that has suspended some constitutional rights since March 2022, with the votes of President Nayib Bukele's party.

The measure, which allows arrests without a warrant and lengthens the time a suspect can be held without charge, has been renewed every month for more than four years. The government credits it with a fall in murders to record lows.

On Tuesday, about 80 mothers and wives of detainees held a silent vigil outside the prison in Izalco, in the western department of Sonsonate, carrying photographs of relatives they say are innocent and have not been seen since their arrest. The women dispersed at dusk. Police watched from a distance.

Human rights groups say more than 85,000 people have been detained under the emergency and that at least 400 have died in custody. The government says most of those detained are gang members.

The state of exception was first declared after gangs killed 87 people over a single weekend.""", [
  E(cur, "Other", "approved another 30-day extension of the state of exception", C("SV"), "wednesday", a1=SLV_GOV, i1=1),
  E(cur, "Peaceful protest", "held a silent vigil outside the prison in Izalco", P("Izalco", "SV"), "tuesday",
    a1="Protesters (El Salvador)", i1=6),
], register="local"),

S("st-q-010", "2026-03-20", """LAOS: Explosive remnants of war — incident note, February–March 2026

Summary
Two incidents involving unexploded ordnance (UXO) were reported to the sector in the period, with two people killed and one injured. Both took place on farmland during land preparation.

Incident 1 — Pek district, Xieng Khouang province
On 24 February, two brothers aged 12 and 15 were killed when a cluster submunition exploded while they were burning brush on their family's field about 6 km from Phonsavan. Their father, who was working nearby, was not hurt. A clearance team surveyed the field on 26 February and found four more submunitions.

Incident 2 — Xepon district, Savannakhet province
On 11 March, a 43-year-old farmer was injured in the leg and hands when the hoe he was using struck buried ordnance in a rice field near Xepon town. He was taken to the provincial hospital and is recovering.

Context
Laos remains one of the countries most contaminated by UXO, a legacy of bombing during the Indochina war. Casualties have fallen from several hundred a year in the 1990s to fewer than 50 a year recently, but most victims are now farmers and children.

Funding for clearance in 2026 is 20% below last year's.""", [
  E(cur, "Remote explosive/landmine/IED", "a cluster submunition exploded while they were burning brush", P("Phonsavan", "LA", 2), "2026-02-24",
    a1="Unidentified Armed Group (Laos)", i1=3, a2="Civilians (Laos)", i2=7, fat=2, inj=0),
  E(cur, "Remote explosive/landmine/IED", "the hoe he was using struck buried ordnance in a rice field near Xepon town", P("Xepon", "LA", 2, lat=16.68, lon=106.24, a1="Savannakhet"), "2026-03-11",
    a1="Unidentified Armed Group (Laos)", i1=3, a2="Civilians (Laos)", i2=7, inj=1),
], register="ngo"),
]

MYS = "Military Forces of Malaysia (2022-)"; MYS_POL = "Police Forces of Malaysia (2022-)"; VNM_POL = "Police Forces of Vietnam (2021-)"
ROU_POL = "Police Forces of Romania (2025-)"; BWA_POL = "Police Forces of Botswana (2024-)"; NIC_POL = "Police Forces of Nicaragua (2007-)"
ARG_POL = "Police Forces of Argentina (2023-)"; NOR_POL = "Police Forces of Norway (2021-)"; JAM_POL = "Police Forces of Jamaica (2016-)"
JAM_GOV = "Government of Jamaica (2016-)"; CUB_POL = "Police Forces of Cuba (2018-)"; BGR_POL = "Police Forces of Bulgaria (2025-)"

STORIES += [
S("st-q-011", "2026-07-09", """Malaysian navy detains 14 Filipino fishermen off Sabah; Kuala Lumpur police break up sit-in

KOTA KINABALU, July 9 — The Royal Malaysian Navy detained 14 Filipino fishermen and seized their two boats in Malaysian waters off Semporna on Tuesday, the Eastern Sabah Security Command (Esscom) said on Wednesday.

The fishermen, from Tawi-Tawi in the southern Philippines, were stopped by a navy patrol boat about 10 nautical miles east of the town shortly before dawn. They had no permits to fish in Malaysian waters, Esscom said, and had 300 kg of fish on board. They were handed to the marine police in Semporna.

The Philippine consulate in Kota Kinabalu said it was seeking access to the men.

In Kuala Lumpur on Wednesday, police removed about 60 students who had staged a sit-in outside the parliament building against a planned increase in university fees. Police said 17 of them were taken to the Dang Wangi police station to have their statements recorded and were released in the evening. The students' union said two of its members had been pushed to the ground.

Esscom has detained more than 120 foreign fishermen off the east coast of Sabah since January, according to its figures.""", [
  E(cur, "Arrests", "The Royal Malaysian Navy detained 14 Filipino fishermen", P("Semporna", "MY", 2), "tuesday",
    a1=MYS, i1=1, a2="Civilians (Philippines)", i2=7),
  E(cur, "Protest with intervention", "police removed about 60 students who had staged a sit-in outside the parliament building", P("Kuala Lumpur", "MY"), "wednesday",
    a1="Protesters (Malaysia)", i1=6, a2=MYS_POL, i2=1, inj=2),
]),

S("st-q-012", "2026-11-12", """VIETNAM-RIGHTS/
Vietnam arrests former journalist in Da Nang; police clear blockade at Vinh waste plant

HANOI, Nov 12 (Wire) - Police in the central city of Da Nang have arrested a former newspaper reporter who wrote online about the clearing of a beachfront fishing village for a resort, charging him with "abusing democratic freedoms", state media reported on Wednesday.

The 58-year-old was detained at his home in the city's Son Tra district on Tuesday and his laptop and phones were taken, the reports said. He faces up to seven years in prison.

In the central city of Vinh, police on Monday cleared about 200 residents who had blocked the road to a rubbish treatment plant for three days, complaining of the smell and of polluted wells. Videos posted online showed officers dragging elderly women to the side of the road and pushing protesters into trucks. Local media said 9 people had been "invited to work" at the police station.

The provincial government of Nghe An said the plant would be inspected.

Rights groups say at least 160 people are in prison in Vietnam for peaceful expression. The government says it only prosecutes lawbreakers.""", [
  E(cur, "Arrests", "The 58-year-old was detained at his home in the city's Son Tra district", P("Da Nang", "VN", 2), "tuesday",
    a1=VNM_POL, i1=1, a2="Civilians (Vietnam)", i2=7),
  E(cur, "Protest with intervention", "police on Monday cleared about 200 residents who had blocked the road to a rubbish treatment plant", P("Vinh", "VN"), "monday",
    a1="Protesters (Vietnam)", i1=6, a2=VNM_POL, i2=1),
]),

S("st-q-013", "2026-02-25", """Jiu Valley miners stay underground for third day; gendarmes push back supporters at Bucharest government HQ

PETROSANI – About 80 miners remained underground at the Lupeni mine on Tuesday, the third day of a protest against plans to close the pit in June, their union said.

The miners, who have refused to come to the surface since their Sunday shift, are demanding that the closure be delayed until 2030 and that the state pay wages owed since December. Relatives brought food and blankets to the pithead. Two miners were brought up on Monday with high blood pressure.

In Bucharest on Tuesday, gendarmes used pepper spray and shields to push back several hundred people who tried to break through the barriers in front of the government building in Victoria Square, in a rally called by unions in support of the miners. The gendarmerie said four people had been detained and one gendarme had been slightly hurt in the crush.

The energy ministry said the closure timetable had been agreed with the European Commission and could not be changed. "We will not leave the mine to be buried with it," a union leader said at the pithead.

The Jiu Valley, once the heart of Romania's coal industry, has lost most of its mining jobs since the 1990s.""", [
  E(cur, "Peaceful protest", "About 80 miners remained underground at the Lupeni mine", P("Lupeni", "RO", admin1="Hunedoara"), "sunday", tp=2,
    a1="Protesters (Romania)", i1=6),
  E(cur, "Protest with intervention", "gendarmes used pepper spray and shields to push back several hundred people", P("Bucharest", "RO"), "tuesday",
    a1="Protesters (Romania)", i1=6, a2=ROU_POL, i2=1, inj=1),
], register="local"),

S("st-q-014", "2026-05-13", """Police fire rubber bullets at laid-off miners blocking Jwaneng gate; Selebi-Phikwe march peaceful

JWANENG – Police fired tear gas and rubber bullets on Tuesday to disperse several hundred retrenched mine workers who had blocked the main gate of the Jwaneng diamond mine since the early morning, demanding severance pay they say they are owed.

The former workers, laid off by contractors when the mine cut production last year, sat on the access road and turned back buses carrying the morning shift. Police ordered them to leave at about 10 a.m. and moved in when they refused.

A police spokesperson said 16 people had been arrested for unlawful assembly and would appear in court on Thursday. A former worker was taken to the town's hospital after a rubber bullet hit him in the leg, his colleagues said.

The mine's operator said production had not been affected and that severance was "a matter between the workers and their former employers".

In Selebi-Phikwe, about 300 former copper-nickel miners marched peacefully to the town council on Tuesday to hand over a petition on unpaid pensions.

Botswana's economy has been hit hard by the fall in global demand for natural diamonds.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and rubber bullets on Tuesday to disperse several hundred retrenched mine workers",
    P("Jwaneng", "BW", lat=-24.6, lon=24.73, a1="Jwaneng"), "tuesday", a1="Protesters (Botswana)", i1=6, a2=BWA_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "about 300 former copper-nickel miners marched peacefully to the town council", P("Selebi-Phikwe", "BW", a1="Selibe Phikwe"), "tuesday",
    a1="Protesters (Botswana)", i1=6),
], register="local"),

S("st-q-015", "2026-08-19", """Nicaraguan police detain former guerrilla commander and son in Estelí; exiles protest in San José

SAN JOSÉ, Costa Rica, Aug 19 (Wire) - Nicaraguan police detained a retired Sandinista guerrilla commander who had criticised the government, and his son, at their home in the northern city of Estelí on Sunday, relatives said on Monday.

The 71-year-old, who fought against the Somoza dictatorship in the 1970s and later broke with President Daniel Ortega, was taken away with his son by officers who arrived in three patrol vans, a niece told media outlets based in exile. Their whereabouts were not known. The government of Ortega and Vice-President Rosario Murillo did not comment.

More than 70 people are held in Nicaragua for political reasons, according to a committee of relatives of political prisoners.

On Monday, about 200 Nicaraguan exiles held a protest outside Nicaragua's embassy in San José, the Costa Rican capital, carrying pictures of political prisoners and chanting for the two men's release. Costa Rican police kept the two sides of the street apart; the protest ended peacefully.

Costa Rica hosts more than 200,000 Nicaraguans who fled after the government crushed protests in 2018.""", [
  E(cur, "Abduction/forced disappearance", "Nicaraguan police detained a retired Sandinista guerrilla commander", P("Esteli", "NI"), "sunday",
    a1=NIC_POL, i1=1, a2="Civilians (Nicaragua)", i2=7),
  E(cur, "Peaceful protest", "about 200 Nicaraguan exiles held a protest outside Nicaragua's embassy in San José", P("San Jose", "CR", admin1="San Jose"), "monday",
    a1="Protesters (Nicaragua)", i1=6),
]),

S("st-q-016", "2026-09-24", """LIVE: Pensioners' protest outside Congress — updates

Buenos Aires, Wednesday 23 September

19:40 — The square in front of Congress is clear. Police say 14 people have been detained. Organisers say 20 were hurt, most of them by pepper spray; a 78-year-old man who fell in the crush was taken to hospital with a broken hip.

18:55 — Federal police have charged the crowd on Avenida Rivadavia with batons and fired tear gas and water cannon. Protesters are retreating towards Plaza Lorea, some of them carrying elderly marchers.

18:10 — Riot police move forward to clear protesters who blocked Avenida Entre Ríos. Minister of Security repeats that the "anti-picket protocol" will be applied.

17:30 — Several thousand pensioners, joined by football supporters' groups and left-wing parties, have gathered in front of Congress, as every Wednesday, against the veto of a pension increase.

Also today:
16:00 — In Rosario, municipal workers marched peacefully to the city hall to demand a pay rise. No incidents were reported.

This page is no longer being updated.""", [
  E(cur, "Protest with intervention", "Federal police have charged the crowd on Avenida Rivadavia with batons and fired tear gas", P("Buenos Aires", "AR"), "2026-09-23",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, inj=20),
  E(cur, "Peaceful protest", "municipal workers marched peacefully to the city hall", P("Rosario", "AR"), "2026-09-23",
    a1="Protesters (Argentina)", i1=6),
], register="live"),

S("st-q-017", "2026-06-16", """Police remove 34 climate activists blocking Mongstad refinery gate

BERGEN – Police removed and detained 34 climate activists who had chained themselves to the main gate of the Mongstad refinery north of Bergen on Monday morning, Vest police district said.

The activists, from the group Extinction Rebellion, had blocked the gate since about 6 a.m., stopping lorries and workers' buses from entering. Officers used bolt cutters to free them and carried them one by one to police vans. Nobody was hurt, police said.

All 34 were fined and released in the evening. The refinery's operator said production had not been affected.

On Tuesday about 500 people joined a peaceful march through the centre of Bergen against new oil and gas licences, the day the government announced a new licensing round.

The group said the blockade was the first of a "summer of resistance" and that it would return.""", [
  E(cur, "Protest with intervention", "Police removed and detained 34 climate activists", P("Bergen", "NO", 2), "monday",
    a1="Protesters (Norway)", i1=6, a2=NOR_POL, i2=1, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 500 people joined a peaceful march through the centre of Bergen", P("Bergen", "NO"), "tuesday",
    a1="Protesters (Norway)", i1=6),
], register="local"),

S("st-q-018", "2026-10-28", """JAMAICA CONSTABULARY FORCE
CORPORATE COMMUNICATIONS UNIT

MEDIA RELEASE — Two gunmen killed in confrontation with police in St James; state of public emergency declared

Tuesday, October 27, 2026

Two men were fatally shot during a confrontation with the police in the Flanker community of Montego Bay, St James, on Monday, October 26.

Reports are that about 3:15 p.m., a team of officers was carrying out an operation in the community when they were fired on by a group of armed men. The fire was returned and, when it subsided, two men were found suffering from gunshot wounds. They were taken to hospital, where they were pronounced dead. Two pistols were recovered. One constable received a gunshot wound to the arm and is in stable condition.

Later that evening, residents blocked sections of the Bogue main road with debris and set fire to tyres, in protest at the shooting. The roadblocks were cleared by the police and the Jamaica Defence Force by 10 p.m.

The Prime Minister on Tuesday announced a state of public emergency in the parish of St James, effective immediately, to address the upsurge in gang violence. The parish has recorded 109 murders since January.

The Independent Commission of Investigations (INDECOM) has been notified of the fatal shooting.

-30-""", [
  E(cur, "Armed clash", "they were fired on by a group of armed men", P("Montego Bay", "JM", 2), "2026-10-26",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2=JAM_POL, i2=1, fat=2, inj=1),
  unscored(E(cur, "Violent demonstration", "residents blocked sections of the Bogue main road with debris and set fire to tyres", P("Montego Bay", "JM", 2), "2026-10-26",
    a1="Rioters (Jamaica)", i1=5, a2=JAM_POL, i2=1), "actor2", "inter2"),
  E(cur, "Other", "announced a state of public emergency in the parish of St James", P("Saint James", "JM", 3, geoname="Montego Bay", a1="Saint James"), "tuesday",
    a1=JAM_GOV, i1=1),
], register="official"),

S("st-q-019", "2026-04-22", """Cuba: pot-banging protests over blackouts in Holguín, detentions reported

HAVANA (Wire) — Hundreds of people banged pots and pans and shouted "current and food" in several neighbourhoods of Holguín on Monday night after more than 20 hours without electricity, according to videos posted on social media and residents.

Police and plainclothes officers detained at least eight people in the Pedro Díaz Coello neighbourhood, where a crowd had gathered in the street, residents said. A woman said her son had been pushed to the ground and beaten before being put in a patrol car.

The government did not comment on the protests. The state electricity company blamed the outages on a breakdown at the Antonio Guiteras power plant in Matanzas.

In Bayamo, about 50 residents blocked a street with their chairs for an hour on Tuesday evening until a local Communist Party official promised power would be restored. Nobody was detained.

Cuba has suffered long blackouts since the collapse of its electricity grid in October 2024.""", [
  unscored(E(cur, "Protest with intervention", "Police and plainclothes officers detained at least eight people in the Pedro Díaz Coello neighbourhood", P("Holguin", "CU", 2), "monday",
    a1="Protesters (Cuba)", i1=6, a2=CUB_POL, i2=1), "injuries"),
  E(cur, "Peaceful protest", "about 50 residents blocked a street with their chairs", P("Bayamo", "CU"), "tuesday", a1="Protesters (Cuba)", i1=6),
]),

S("st-q-020", "2026-07-07", """Twelve hurt in fight between groups in Rakovski; residents march in Plovdiv

PLOVDIV – Twelve people were injured when groups of men from two neighbourhoods of the town of Rakovski attacked each other with sticks, stones and metal bars late on Saturday, police in Plovdiv province said.

The fight broke out after a dispute over a car accident on the main street, in which a teenager was slightly hurt, and quickly grew to more than 100 people. Cars were damaged and the windows of a café were smashed. Three of the injured, including a police officer who tried to separate the groups, were taken to hospital in Plovdiv.

Gendarmerie units were sent to the town overnight and remained there on Sunday. Police said on Monday that they had arrested seven men for hooliganism and causing bodily harm.

On Sunday afternoon about 400 people marched peacefully through the centre of Plovdiv to demand that the state "restore order" in the town.

The regional governor called a meeting with community leaders for Wednesday.""", [
  E(cur, "Mob violence", "groups of men from two neighbourhoods of the town of Rakovski attacked each other", P("Rakovski", "BG"), "saturday",
    a1="Rioters (Bulgaria)", i1=5, a2="Rioters (Bulgaria)", i2=5, inj=12),
  E(cur, "Arrests", "they had arrested seven men for hooliganism", P("Rakovski", "BG"), "monday", tp=2,
    a1=BGR_POL, i1=1, a2="Rioters (Bulgaria)", i2=5),
  E(cur, "Peaceful protest", "about 400 people marched peacefully through the centre of Plovdiv", P("Plovdiv", "BG"), "sunday",
    a1="Protesters (Bulgaria)", i1=6),
], register="local"),
]

BHR_POL = "Police Forces of Bahrain (1999-)"; DZA = "Military Forces of Algeria (2019-)"; KAZ_POL = "Police Forces of Kazakhstan (2019-)"
JOR_POL = "Police Forces of Jordan (1999-)"; ZMB_POL = "Police Forces of Zambia (2021-)"; PAN_POL = "Police Forces of Panama (2024-)"
KOR_POL = "Police Forces of South Korea (2025-)"; NGA_POL = "Police Forces of Nigeria (2023-)"

STORIES += [
S("st-q-021", "2026-01-14", """BAHRAIN-SECURITY/
Bahrain arrests Shi'ite preacher at airport on return from Iraq; supporters hold sit-in

DUBAI, Jan 14 (Wire) - Bahraini authorities arrested a well-known Shi'ite preacher at Bahrain International Airport in Muharraq on Sunday as he returned from a pilgrimage to Iraq, opposition activists said.

The preacher, who had criticised Bahrain's relations with Israel in sermons last year, was taken from the arrivals hall by plainclothes officers, the activists said. The interior ministry said a "cleric" had been detained on a warrant from the public prosecution for "inciting hatred", without naming him.

On Monday night, about 200 of his followers held a sit-in outside his house in the village of Bani Jamra, west of the capital, reciting prayers and holding up his picture. Police vehicles were parked at the village entrances, but the gathering ended peacefully after midnight, witnesses said.

It is the most prominent arrest of a Shi'ite cleric in Bahrain since 2024, according to a London-based opposition group.

Copyright 2026 Wire. All rights reserved.""", [
  E(cur, "Arrests", "arrested a well-known Shi'ite preacher at Bahrain International Airport in Muharraq", P("Muharraq", "BH", geoname="Al Muharraq"), "sunday",
    a1=BHR_POL, i1=1, a2="Civilians (Bahrain)", i2=7),
  E(cur, "Peaceful protest", "about 200 of his followers held a sit-in outside his house in the village of Bani Jamra", P("Manama", "BH", 2), "monday",
    a1="Protesters (Bahrain)", i1=6),
]),

S("st-q-022", "2026-03-26", """PEOPLE'S DEMOCRATIC REPUBLIC OF ALGERIA
MINISTRY OF NATIONAL DEFENCE

Operational results of the National People's Army, 18 to 24 March 2026

In the fight against terrorism:
— On 19 March 2026, acting on intelligence, a detachment of the National People's Army neutralised two terrorists during a search-and-sweep operation near El Abadia, Ain Defla province, in the 1st Military Region. Two Kalashnikov-type rifles, four magazines and a pair of binoculars were recovered.
— On 22 March 2026, detachments of the National People's Army arrested five support elements for terrorist groups during operations in Tizi Ouzou province.

In the fight against organised crime:
— Combined detachments arrested 27 drug traffickers and seized 14 quintals of cannabis resin brought in across the western borders.
— In Tamanrasset, Bordj Badji Mokhtar and In Guezzam, detachments arrested 236 people and seized 41 generators and 30 metal detectors used in illegal gold mining.
— Coast guards foiled attempts to emigrate illegally and rescued 118 people on board makeshift boats.

These results confirm the constant vigilance of the units of the National People's Army across the national territory.""", [
  E(cur, "Armed clash", "neutralised two terrorists during a search-and-sweep operation near El Abadia", P("El Abadia", "DZ", 2), "2026-03-19",
    a1=DZA, i1=1, a2="Unidentified Armed Group (Algeria)", i2=3, fat=2),
  unscored(E(cur, "Arrests", "arrested five support elements for terrorist groups", P("Tizi Ouzou", "DZ", 3, geoname="Tizi Ouzou", a1="Tizi Ouzou"), "2026-03-22",
             a1=DZA, i1=1), "actor2", "inter2"),
], register="official"),

S("st-q-023", "2026-10-21", """Kazakh police detain activists before banned Almaty rally; copper miners protest in Zhezkazgan

ALMATY, Oct 21 — Police in Almaty detained at least nine activists on Tuesday, a day before a rally they had called against rises in utility prices, their supporters said.

The city authorities had refused permission for the rally in Republic Square. Several of the activists were taken from their homes early in the morning and one was stopped at a bus stop, supporters said. A court later sentenced four of them to 10 days of administrative detention for "calling for an unauthorised gathering".

The rally did not take place on Wednesday. Police cordoned off the square from the early morning and checked the documents of passers-by.

In the central mining town of Zhezkazgan, about 300 copper miners gathered outside the mine administration on Monday and again on Tuesday to demand a pay rise and the reinstatement of dismissed colleagues. The gatherings were peaceful and the company's director met a delegation on Tuesday.

Labour protests in Kazakhstan are watched closely by the authorities since December 2011, when police in the western oil town of Zhanaozen shot dead at least 14 striking oil workers and residents.""", [
  E(cur, "Arrests", "Police in Almaty detained at least nine activists on Tuesday", P("Almaty", "KZ"), "tuesday",
    a1=KAZ_POL, i1=1, a2="Civilians (Kazakhstan)", i2=7),
  E(cur, "Peaceful protest", "about 300 copper miners gathered outside the mine administration", P("Zhezkazgan", "KZ", lat=47.79, lon=67.71, a1="Ulytau"), "monday", tp=2,
    a1="Protesters (Kazakhstan)", i1=6),
  unscored(E(bg, "Excessive force against protesters", "police in the western oil town of Zhanaozen shot dead at least 14 striking oil workers", P("Zhanaozen", "KZ"), "2011-12-01", tp=3,
             fat=14), "event_date", "time_precision"),
]),

S("st-q-024", "2026-04-13", """Jordanian police break up march towards Israeli embassy; Irbid rally peaceful

AMMAN (Wire) — Jordanian police fired tear gas and beat protesters with batons late on Sunday to stop several thousand people marching towards the Israeli embassy in Amman's Rabieh district, witnesses said.

The protesters, who had gathered at a mosque near the embassy after evening prayers, tried to walk past police lines on the main road. Riot police charged them and chased groups into side streets. At least 20 people were detained, among them two members of parliament's Islamist bloc who were released after two hours, a lawyer for the detainees said.

The Public Security Directorate said it had "dealt with" an unauthorised gathering and that "the right to express opinions is guaranteed within the law".

On Friday, several hundred people rallied peacefully outside a mosque in the northern city of Irbid after noon prayers.

Jordan, whose population includes a large number of people of Palestinian origin, signed a peace treaty with Israel in 1994.""", [
  E(cur, "Protest with intervention", "Jordanian police fired tear gas and beat protesters with batons", P("Amman", "JO", 2), "sunday",
    a1="Protesters (Jordan)", i1=6, a2=JOR_POL, i2=1),
  E(cur, "Peaceful protest", "several hundred people rallied peacefully outside a mosque in the northern city of Irbid", P("Irbid", "JO"), "friday",
    a1="Protesters (Jordan)", i1=6),
]),

S("st-q-025", "2026-06-10", """Cadres storm Kasama radio station during opposition interview; six arrested

KASAMA — About 30 men wearing ruling party regalia forced their way into a community radio station in Kasama on Sunday evening during a live interview with an opposition parliamentary candidate, beating two presenters and smashing equipment, the station's manager said.

The men arrived in two minibuses, pushed past the security guard and entered the studio shouting that the station was "spreading lies", the manager said. The candidate escaped through a back door. One presenter suffered a broken arm and the other cuts to the head; both were treated at Kasama General Hospital. The station was off the air until Tuesday.

Northern Province police said on Monday that six suspects had been arrested in Kasama's Chiba and Location compounds and would be charged with aggravated assault and malicious damage.

The ruling UPND's provincial chairman said the party did not condone violence and that anyone found guilty would be expelled.

On Tuesday, about 50 journalists marched peacefully through central Lusaka to the Ministry of Information to demand protection for community radio.""", [
  E(cur, "Mob violence", "forced their way into a community radio station in Kasama", P("Kasama", "ZM", lat=-10.21, lon=31.18, a1="Northern"), "sunday",
    a1="Rioters (Zambia)", i1=5, a2="Civilians (Zambia)", i2=7, inj=2),
  E(cur, "Arrests", "six suspects had been arrested in Kasama's Chiba and Location compounds", P("Kasama", "ZM", 2, lat=-10.21, lon=31.18, a1="Northern"), "monday", tp=2,
    a1=ZMB_POL, i1=1, a2="Rioters (Zambia)", i2=5),
  E(cur, "Peaceful protest", "about 50 journalists marched peacefully through central Lusaka", P("Lusaka", "ZM"), "tuesday",
    a1="Protesters (Zambia)", i1=6),
], register="local"),

S("st-q-026", "2026-02-16", """GERMANY-POLITICS/
Arson attack on AfD office in Dresden; thousands march against far right in Magdeburg

BERLIN, Feb 16 (Wire) - Unknown attackers smashed the windows of an office of the far-right Alternative for Germany (AfD) in Dresden's Neustadt district and threw burning liquid inside during the night to Sunday, police said. Firefighters put out the blaze before it reached the flats above.

Nobody was hurt. The office's furniture and computers were destroyed and the facade was blackened, police said. The state security department of the Saxony criminal police is investigating.

A text posted on a left-wing website on Sunday afternoon claimed the attack in the name of "autonomous groups". Police said they were checking whether it was genuine.

The AfD's Saxony leader called the arson "political terror". The party says its offices in the state were attacked more than 30 times last year, mostly with paint and stones.

On Saturday, about 8,000 people marched peacefully through Magdeburg against the far right, a week before the party's state congress in the city. Police reported no incidents.""", [
  unscored(E(cur, "Looting/property destruction", "threw burning liquid inside during the night to Sunday", P("Dresden", "DE", 2), "sunday",
             a1="Unidentified Armed Group (Germany)", i1=3, fat=0, inj=0), "actor2", "inter2"),
  E(cur, "Peaceful protest", "about 8,000 people marched peacefully through Magdeburg against the far right", P("Magdeburg", "DE"), "saturday",
    a1="Protesters (Germany)", i1=6),
]),

S("st-q-027", "2026-03-04", """Teenager shot dead by police in Colón; residents burn barricades, clash with officers

PANAMA CITY — A 17-year-old boy was shot dead by a police officer in the city of Colón late on Saturday, and residents angered by his death set up burning barricades and threw stones at police on Sunday, police and relatives said.

The boy was riding a motorcycle with a friend when officers tried to stop them at a checkpoint in the Barrio Norte area, police said. An officer fired at the motorcycle as it drove past. The friend was wounded in the shoulder. The National Police said the officer had been suspended and that the internal affairs department had opened an investigation.

On Sunday afternoon, dozens of young men blocked Avenida Bolívar with burning tyres and rubbish and stoned police vehicles. Officers fired tear gas to clear the road; police said nine people were arrested and three officers were hurt.

On Monday evening, several hundred people walked in silence behind the boy's coffin to the cemetery. The funeral passed without incident.

"He was not a criminal. He was going to buy bread," his mother told a television station.""", [
  E(cur, "Attack", "An officer fired at the motorcycle as it drove past", P("Colon", "PA", 2, lat=9.36, lon=-79.9, a1="Colon"), "saturday",
    a1=PAN_POL, i1=1, a2="Civilians (Panama)", i2=7, fat=1, inj=1),
  E(cur, "Violent demonstration", "dozens of young men blocked Avenida Bolívar with burning tyres and rubbish and stoned police vehicles",
    P("Colon", "PA", lat=9.36, lon=-79.9, a1="Colon"), "sunday", a1="Rioters (Panama)", i1=5, a2=PAN_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "several hundred people walked in silence behind the boy's coffin", P("Colon", "PA", lat=9.36, lon=-79.9, a1="Colon"), "monday",
    a1="Protesters (Panama)", i1=6),
]),

S("st-q-028", "2026-11-03", """Firebomb hits Roma community centre in Ostrava; Prague march against hate

OSTRAVA — Unknown attackers threw two petrol bombs through the window of a Roma community centre in the Vítkovice district of Ostrava late on Sunday, police in the Moravian-Silesian region said. The fire damaged a classroom used for children's homework clubs; nobody was inside.

A neighbour saw flames and called firefighters, who put out the fire within 20 minutes. Police said they were treating the attack as possibly racially motivated and were studying camera footage from the street.

The centre's director said it had received hate mail in recent weeks after a local politician had criticised its funding. "These are children who come here to learn to read," she said.

On Monday evening, about 600 people marched peacefully from Wenceslas Square to the Government Office in Prague in a demonstration against racism called after the attack.

In 2009, an arson attack on a Roma family's house in Vítkov left a two-year-old girl with severe burns; four far-right extremists were jailed for it.""", [
  E(cur, "Looting/property destruction", "threw two petrol bombs through the window of a Roma community centre", P("Ostrava", "CZ", 2), "sunday",
    a1="Unidentified Armed Group (Czech Republic)", i1=3, a2="Civilians (Czech Republic)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 600 people marched peacefully from Wenceslas Square to the Government Office", P("Prague", "CZ"), "monday",
    a1="Protesters (Czech Republic)", i1=6),
  unscored(E(bg, "Attack", "an arson attack on a Roma family's house in Vítkov", P("Vitkov", "CZ", lat=49.77, lon=17.75, a1="Moravian-Silesian"), "2009-01-01", tp=3,
             a2="Civilians (Czech Republic)", i2=7), "event_date", "time_precision", "injuries", "fatalities"),
], register="local"),

S("st-q-029", "2026-05-27", """S.KOREA-LABOUR/
Police detain 23 as striking truckers block Busan port gates

SEOUL, May 27 (Wire) - South Korean police detained 23 members of a truckers' union on Tuesday after they blocked the gates of a container terminal at Busan's new port with their lorries, on the fourth day of a strike over minimum freight rates, police said.

About 400 union members lay down in front of the terminal's entrance in the morning, stopping lorries driven by non-striking drivers. Police moved in after several hours and carried them away; those detained were accused of obstructing business. The union said two of its members had been hurt when they were dragged.

The transport ministry said cargo handling at Busan was at 60% of normal levels.

On Saturday, tens of thousands of members of the Korean Confederation of Trade Unions held a rally in central Seoul in support of the truckers. The rally ended peacefully.

The government has threatened to issue back-to-work orders if the strike goes on.""", [
  E(cur, "Protest with intervention", "Police moved in after several hours and carried them away", P("Busan", "KR"), "tuesday",
    a1="Protesters (South Korea)", i1=6, a2=KOR_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "tens of thousands of members of the Korean Confederation of Trade Unions held a rally", P("Seoul", "KR"), "saturday",
    a1="Protesters (South Korea)", i1=6),
]),

S("st-q-030", "2026-08-05", """Kwara: gunmen abduct 11 from farm settlement, kill vigilante; hunters kill two kidnappers

ILORIN — Gunmen abducted 11 people, including a pregnant woman and three children, from a farm settlement near Lafiagi in Edu Local Government Area of Kwara State on Sunday night, and shot dead a vigilante who tried to stop them, police and residents said.

The attackers, who arrived on motorcycles, fired into the air and went from house to house, a resident said. The vigilante, a man in his forties, was killed at the entrance of the settlement.

On Monday, local hunters and vigilantes tracking the kidnappers clashed with them in a forest north of Lafiagi, the council headquarters, killing two of the gunmen, the council chairman said. One hunter was wounded.

The state police command said on Tuesday that four of the captives had escaped during the exchange of fire and were receiving treatment. It said its tactical teams and the hunters were still searching the forest for the others.

Abductions for ransom have spread in recent years from the north-west into the southern parts of Kwara. Residents of several villages in Edu and Patigi areas have fled to towns since the attack on a mosque in the area in March.""", [
  E(cur, "Abduction/forced disappearance", "Gunmen abducted 11 people, including a pregnant woman and three children", P("Lafiagi", "NG", 2), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=1),
  E(cur, "Armed clash", "clashed with them in a forest north of Lafiagi", P("Lafiagi", "NG", 2), "monday",
    a1="Vigilante Militia (Nigeria)", i1=3, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=2, inj=1),
  unscored(E(bg, "Attack", "the attack on a mosque in the area in March", P("Edu", "NG", 3, geoname="Lafiagi", a1="Kwara", a2="Edu"), "2026-03-01", tp=3),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "admin2", "fatalities", "injuries"),
]),
]

COD = "Military Forces of Democratic Republic of Congo (2019-)"; TWA = "Twa Ethnic Militia (Democratic Republic of Congo)"
PUNTLAND = "Military Forces of Puntland (2024-)"; ISS = "Islamic State (Somalia)"; USA = "Military Forces of the United States (2025-)"
CAF = "Military Forces of the Central African Republic (2016-)"; AAKG = "Azande Ani Kpi Gbe"; PHL = "Military Forces of the Philippines (2022-)"
DI = "Dawlah Islamiyah"; THA = "Military Forces of Thailand (2025-)"; IDN_POL = "Police Forces of Indonesia (2024-)"
TPNPB = "TPNPB: West Papua National Liberation Army"; ETH = "Military Forces of Ethiopia (2018-)"; FANO = "Fano"
MOZ = "Military Forces of Mozambique (2025-)"; ISMP = "Islamic State Mozambique Province"; IND_POL = "Police Forces of India (2014-)"
MAOIST = "CPI (Maoist): Communist Party of India (Maoist)"; GTM = "Military Forces of Guatemala (2024-)"

STORIES += [
S("st-q-031", "2026-11-09", """DEMOCRATIC REPUBLIC OF THE CONGO
Tanganyika province — Flash update no. 3: violence in Manono territory
As of 8 November 2026

HIGHLIGHTS
• Five civilians killed and about 60 houses burned in an attack on a village north of Manono town on 3 November.
• Clashes between the armed forces and the militia on 5 November.
• An estimated 7,400 people displaced towards Manono town.

SITUATION OVERVIEW
On 3 November, Twa militiamen armed with bows, machetes and some firearms attacked a village about 25 km north of Manono town, according to local authorities and humanitarian partners. Five Luba civilians were killed, among them two women, and about 60 houses were burned. Three people wounded by arrows were evacuated to Manono general hospital.

On 5 November, soldiers of the FARDC clashed with Twa militiamen near the same village when they were deployed to secure the area. The army said three militiamen were killed; one soldier was wounded.

Inter-community tensions between Twa and Luba communities in the territory have persisted since the violence of 2016–2017, which displaced hundreds of thousands of people across the province.

HUMANITARIAN IMPACT
Displaced families are staying with host families and in two schools in Manono town. Partners report urgent needs for shelter, food and health care. A cholera case was confirmed in one of the sites on 7 November.

RESPONSE
An inter-agency mission is planned for 12 November, security permitting.""", [
  E(cur, "Attack", "Twa militiamen armed with bows, machetes and some firearms attacked a village", P("Manono", "CD", 2, lat=-7.3, lon=27.4, a1="Tanganyika"), "2026-11-03",
    a1=TWA, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=5, inj=3),
  E(cur, "Armed clash", "soldiers of the FARDC clashed with Twa militiamen near the same village", P("Manono", "CD", 2, lat=-7.3, lon=27.4, a1="Tanganyika"), "2026-11-05",
    a1=COD, i1=1, a2=TWA, i2=4, fat=3, inj=1),
], register="ngo"),

S("st-q-032", "2026-09-08", """SOMALIA-SECURITY/
Puntland forces say they have cleared IS base in Cal Miskaad; US strike hits fighters in Golis range

GAROWE, Somalia, Sept 8 (Wire) - Puntland forces said on Monday they had taken control of an Islamic State base in a valley of the Cal Miskaad mountains in Bari region after two days of fighting, killing 17 militants.

The base, near the village of Dhasan south of Qandala, had been used by the group to store weapons and train recruits, a Puntland military commander told reporters by telephone. He said four Puntland soldiers had been killed and nine wounded in the fighting on Saturday and Sunday, which included heavy mortar fire. The group did not comment; its figures could not be verified.

Separately, U.S. Africa Command said it had conducted an air strike against Islamic State fighters in the Golis mountains, about 60 km south-east of Bosaso, on Friday. It said its initial assessment was that no civilians had been hurt. It did not say how many fighters were killed.

Puntland began a major offensive against the group in the Cal Miskaad range at the end of 2024. The region's authorities say hundreds of militants have been killed since then.

Copyright 2026 Wire. All rights reserved.""", [
  E(cur, "Government regains territory", "had taken control of an Islamic State base in a valley of the Cal Miskaad mountains", P("Qandala", "SO", 2), "saturday", tp=2,
    a1=PUNTLAND, i1=1, a2=ISS, i2=2, fat=21, inj=9),
  E(cur, "Air/drone strike", "it had conducted an air strike against Islamic State fighters in the Golis mountains", P("Bosaso", "SO", 2, admin1="Bari"), "friday",
    a1=USA, i1=8, a2=ISS, i2=2),
]),

S("st-q-033", "2026-04-15", """Central African Republic: Zande militia kills herders near Obo; army and Russian instructors clash with fighters

BANGUI, April 15 — Fighters of the Zande militia Azande Ani Kpi Gbe attacked a camp of Fulani herders about 15 km west of Obo, in the south-eastern prefecture of Haut-Mbomou, on Sunday, killing seven people and taking about 200 head of cattle, local officials and a herders' association said.

The attackers surrounded the camp at dawn and opened fire on the herders as they were leaving with their animals, the association said. Three children were among the dead. Survivors fled to Obo, where about 1,500 displaced people already live near the MINUSCA base.

On Monday, Central African soldiers, supported by Russian instructors, clashed with the militia near the village of Mboki, north of Obo, the army said. It said "several" militia fighters had been killed. A local source said two soldiers had been wounded.

The Azande Ani Kpi Gbe, formed in 2023 as a self-defence group against the UPC rebels, has been accused by the UN of abuses against Fulani civilians. Its leaders deny the accusations.""", [
  E(cur, "Attack", "attacked a camp of Fulani herders about 15 km west of Obo", P("Obo", "CF", 2), "sunday",
    a1=AAKG, i1=4, a2="Civilians (Central African Republic)", i2=7, fat=7),
  E(cur, "Armed clash", "clashed with the militia near the village of Mboki", P("Obo", "CF", 2), "monday",
    a1=CAF, i1=1, a2=AAKG, i2=4, fat=3, inj=2, assoc_actor_1="Wagner Group"),
]),

S("st-q-034", "2026-06-25", """PHILIPPINE ARMY
103RD INFANTRY BRIGADE
PUBLIC AFFAIRS OFFICE

PRESS RELEASE
24 June 2026

TWO SOLDIERS, FOUR DI-MAUTE MEMBERS KILLED IN BUTIG ENCOUNTER; THREE SURRENDER IN MARAWI

CAMP RANAO, Marawi City — Two soldiers and four members of the Dawlah Islamiyah-Maute Group were killed in an encounter in the hinterlands of Butig, Lanao del Sur, on Monday, 22 June 2026.

Troops of the 51st Infantry Battalion were conducting a combat patrol on the basis of reports from residents when they encountered about 15 armed men. A firefight ensued that lasted about 40 minutes. Aside from the two soldiers killed, three others were wounded and evacuated to Camp Ranao Station Hospital. Four bodies of the enemy were recovered together with two M16 rifles and an improvised explosive device.

On Tuesday, 23 June 2026, three members of the same group surrendered with their firearms to the 51IB in Marawi City, through the efforts of local officials and religious leaders.

The Brigade Commander extends his condolences to the families of the fallen soldiers and calls on the remaining members of the group to return to the fold of the law.

The DI-Maute Group laid siege to Marawi City in 2017. Its remaining members are estimated at fewer than 30.""", [
  E(cur, "Armed clash", "A firefight ensued that lasted about 40 minutes", P("Butig", "PH", 2, lat=7.72, lon=124.3, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "2026-06-22",
    a1=PHL, i1=1, a2=DI, i2=2, fat=6, inj=3),
  E(cur, "Change to group/activity", "three members of the same group surrendered with their firearms to the 51IB in Marawi City", P("Marawi", "PH", lat=8.0, lon=124.28,
    a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "2026-06-23", a1=DI, i1=2),
  unscored(E(bg, "Non-state actor overtakes territory", "laid siege to Marawi City in 2017", P("Marawi", "PH", lat=8.0, lon=124.28, a1="Bangsamoro Autonomous Region in Muslim Mindanao"),
             "2017-05-01", tp=3, a1=DI, i1=2), "event_date", "time_precision", "sub_event_type", "event_type"),
], register="official"),

S("st-q-035", "2026-02-19", """THAILAND-SOUTH/
Bomb at Narathiwat tea shop wounds five; two rangers shot dead in Yala

BANGKOK, Feb 19 (Wire) - A bomb hidden in a motorcycle exploded outside a tea shop in Rueso district of Thailand's southern Narathiwat province on Wednesday morning, wounding five people, including two village defence volunteers, police said.

The blast at about 7 a.m. shattered the shop's front and set fire to two motorcycles parked outside, police said. The wounded were taken to Rueso hospital; one of the volunteers was in serious condition.

On Tuesday evening, gunmen on a motorcycle shot dead two paramilitary rangers who were buying food at a market stall in Bannang Sata district of neighbouring Yala province, the army's regional command said. The attackers escaped.

No group claimed either attack, and officials did not say whom they suspected.

More than 7,000 people have been killed in the conflict in the Malay-Muslim far south since 2004, according to the monitoring group Deep South Watch. The government has held on-off peace talks with the main rebel group, the Barisan Revolusi Nasional, since 2013.""", [
  unscored(E(cur, "Remote explosive/landmine/IED", "A bomb hidden in a motorcycle exploded outside a tea shop", P("Rueso", "TH", 3, lat=6.39, lon=101.52, a1="Narathiwat", a2="Rueso"),
    "wednesday", a1="Unidentified Armed Group (Thailand)", i1=3, inj=5), "actor2", "inter2"),
  E(cur, "Armed clash", "gunmen on a motorcycle shot dead two paramilitary rangers", P("Bannang Sata", "TH", 3, lat=6.27, lon=101.27, a1="Yala", a2="Bannang Sata"),
    "tuesday", a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=2),
]),

S("st-q-036", "2026-10-07", """Police break up KNPB rally in Jayapura, detain 37; rebels attack police post in Puncak Jaya

JAYAPURA, Oct 7 — Indonesian police fired tear gas and water cannon on Monday to break up a rally of several hundred students and activists in the Waena area of Jayapura who were demanding the withdrawal of troops from Papua's highlands, and detained 37 people, police said.

The rally was organised by the West Papua National Committee (KNPB), which campaigns for a referendum on independence. Police said it had no permit and that the crowd had refused to disperse after being ordered to. The KNPB said several of its members had been beaten during the arrests. By Tuesday evening, 30 of those detained had been released.

On Saturday night, fighters of the West Papua National Liberation Army (TPNPB) attacked a police post in Mulia, the main town of Puncak Jaya regency, killing one officer and wounding another, police said. The attackers fired from a hillside above the post and withdrew into the forest after about 20 minutes of shooting.

The TPNPB said in a statement that it had carried out the attack in revenge for the arrest of its members. It said it had lost no fighters and warned that it would attack police posts across Puncak Jaya "until the troops leave".

Violence in Papua's central highlands has risen since 2018, and thousands of villagers have fled their homes.""", [
  E(cur, "Protest with intervention", "fired tear gas and water cannon on Monday to break up a rally", P("Jayapura", "ID", 2, admin1="Papua"), "monday",
    a1="Protesters (Indonesia)", i1=6, a2=IDN_POL, i2=1),
  E(cur, "Armed clash", "attacked a police post in Mulia", P("Mulia", "ID", lat=-3.72, lon=137.99, a1="Central Papua"), "saturday",
    a1=TPNPB, i1=2, a2=IDN_POL, i2=1, fat=1, inj=1),
  unscored(E(thr, "Armed clash", "it would attack police posts across Puncak Jaya", P("Mulia", "ID", 3, lat=-3.72, lon=137.99, a1="Central Papua"), None,
             a1=TPNPB, i1=2, a2=IDN_POL, i2=1), "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision"),
]),

S("st-q-037", "2026-05-26", """ETHIOPIA-AMHARA/
Fano fighters attack army camp near Debre Werk; drone strike kills wedding guests near Mota, residents say

ADDIS ABABA, May 26 (Wire) - Fano militiamen attacked an army camp on the outskirts of Debre Werk in Amhara region's East Gojjam zone before dawn on Saturday, sparking fighting that lasted several hours, residents and a Fano spokesman said.

The spokesman said the fighters had killed "dozens" of soldiers and seized weapons. Residents said they had seen at least six bodies of soldiers and four of Fano fighters on the road near the camp. The army did not comment.

On Sunday afternoon, a drone strike hit a group of people gathered for a wedding in a village near Mota, about 60 km to the north, killing nine people, two residents and a local health official said. They said there had been no fighters in the village.

The government says its forces are "clearing extremists" from the region, where fighting between the army and Fano militias began in August 2023. The federal communications service did not respond to requests for comment on the drone strike.

Access to the region is restricted and the internet has been cut in many areas, making independent verification difficult.""", [
  E(cur, "Armed clash", "Fano militiamen attacked an army camp on the outskirts of Debre Werk", P("Debre Werk", "ET", 2, lat=10.67, lon=38.17, a1="Amhara"), "saturday",
    a1=FANO, i1=3, a2=ETH, i2=1, fat=10),
  E(cur, "Air/drone strike", "a drone strike hit a group of people gathered for a wedding", P("Mota", "ET", 2, lat=11.08, lon=37.87, a1="Amhara"), "sunday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9),
]),

S("st-q-038", "2026-07-30", """Insurgents attack villages in Niassa reserve, behead two; Mozambique army says it repelled raid

MAPUTO (Wire) — Islamic State-linked insurgents attacked two villages in Mecula district, inside the Niassa Special Reserve in northern Mozambique, on Sunday and Monday, beheading two men and burning dozens of houses, residents and a conservation worker said.

On Sunday, the fighters entered a village on the road to Mavago, where they killed the two men, both farmers, and set fire to houses and a grain store, residents said. On Monday morning they looted shops in a second village about 20 km away before leaving towards the Lugenda river.

Islamic State claimed the attacks through its news agency, Amaq, saying its fighters had "killed two Christians".

The army said on Tuesday that its forces had "repelled an attack by terrorists" on a position in the district on Monday night and killed three of them. It did not give details of its own losses.

The insurgency, which began in neighbouring Cabo Delgado province in 2017, has spread into Niassa several times since 2021. Thousands of people fled the reserve area after an earlier wave of attacks.""", [
  E(cur, "Attack", "they killed the two men, both farmers, and set fire to houses and a grain store", P("Mecula", "MZ", 3, lat=-12.08, lon=37.65, a1="Niassa", a2="Mecula"),
    "sunday", a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Looting/property destruction", "they looted shops in a second village about 20 km away", P("Mecula", "MZ", 3, lat=-12.08, lon=37.65, a1="Niassa", a2="Mecula"),
    "monday", a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7),
  E(cur, "Armed clash", "its forces had \"repelled an attack by terrorists\" on a position in the district", P("Mecula", "MZ", 3, lat=-12.08, lon=37.65, a1="Niassa", a2="Mecula"),
    "monday", a1=MOZ, i1=1, a2=ISMP, i2=2, fat=3),
]),

S("st-q-039", "2026-09-16", """Jharkhand: IED blast wounds four CRPF men in Saranda; two Maoists killed in encounter

RANCHI — Four personnel of the Central Reserve Police Force were injured when an improvised explosive device planted by Maoists went off during a search operation in the Saranda forest of West Singhbhum district on Tuesday, police said.

The jawans of the CRPF's 60th battalion were walking along a forest track about 10 km from Manoharpur when the device exploded. Two of them were flown to Ranchi for treatment; their condition was stable, a police spokesman said.

On Monday, two Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were killed in an encounter with a joint team of the Jharkhand Jaguar special force and the CRPF in the same forest area, the spokesman said. An AK-47 rifle and a pistol were recovered.

Police say the Saranda forest is one of the last strongholds of the CPI (Maoist) in Jharkhand. The Union home minister has set March 2026 as the deadline to end Left-wing extremism in the country, a target officials now say has been largely met.""", [
  E(cur, "Remote explosive/landmine/IED", "an improvised explosive device planted by Maoists went off", P("Manoharpur", "IN", 2, admin1="Jharkhand"), "tuesday",
    a1=MAOIST, i1=2, a2=IND_POL, i2=1, inj=4),
  E(cur, "Armed clash", "were killed in an encounter with a joint team of the Jharkhand Jaguar special force and the CRPF", P("Manoharpur", "IN", 2, admin1="Jharkhand"), "monday",
    a1=IND_POL, i1=1, a2=MAOIST, i2=2, fat=2),
], register="local"),

S("st-q-040", "2026-01-22", """MEXICO-GUATEMALA/
Gunmen kill six at bar in Mexico's Tenosique; Guatemala sends troops to Petén border

MEXICO CITY, Jan 22 (Wire) - Gunmen killed six people and wounded four at a bar in Tenosique, a town in Mexico's southern state of Tabasco near the border with Guatemala, late on Tuesday, the state prosecutor's office said.

The attackers arrived in two pick-up trucks, opened fire on customers watching a football match and fled towards the border road, the office said. Among the dead were the bar's owner and a 19-year-old waitress.

The prosecutor said the killing was probably linked to a dispute between criminal groups over the smuggling of migrants and drugs across the border. Soldiers and National Guard troops set up checkpoints on the roads out of the town after the attack.

On Wednesday, Guatemala's defence ministry said it had sent 500 soldiers to the border in Petén department, after residents of villages near the El Ceibo crossing reported armed men coming over from Mexico. The first troops arrived in La Libertad municipality on Wednesday evening, the ministry said.

"We will not allow criminal groups to use our territory," the defence minister said.""", [
  E(cur, "Attack", "opened fire on customers watching a football match", P("Tenosique", "MX", lat=17.47, lon=-91.42, a1="Tabasco"), "tuesday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=6, inj=4),
  E(cur, "Change to group/activity", "it had sent 500 soldiers to the border in Petén department", P("La Libertad", "GT", 3, lat=16.79, lon=-90.12, a1="Peten", a2="La Libertad"),
    "wednesday", a1=GTM, i1=1),
]),
]

LBR_POL = "Police Forces of Liberia (2024-)"; GNB = "Military Forces of Guinea-Bissau (2025-)"; SLE_POL = "Police Forces of Sierra Leone (2018-)"

STORIES += [
S("st-q-041", "2026-06-29", """THE WEEK ON THE COAST
Our weekly round-up from Liberia, Gabon, Guinea-Bissau and The Gambia

LIBERIA
• Motorcyclists angered by the death of a colleague in a hit-and-run set fire to tyres on the highway through Ganta on Tuesday and stoned the police depot when officers arrived. Police fired tear gas and arrested eight riders. Two officers were treated for cuts. The driver of the car turned himself in on Wednesday.

GABON
• Members of the oil workers' union held a sit-in outside the offices of an oil services company in Port-Gentil on Wednesday to protest against the dismissal of 40 workers. The sit-in was peaceful and ended after the regional labour inspector agreed to mediate.

GUINEA-BISSAU
• Soldiers detained a presenter of a private radio station in Bissau on Thursday, hours after he read listeners' messages criticising the transitional authorities on air, his station said. He was released on Saturday without charge.

THE GAMBIA
• The National Assembly passed a bill on Friday to create a commission on land disputes, after several deadly clashes between villages over farmland in recent years.

COMING UP
Liberia's riders' union has called a meeting with the transport ministry for Tuesday. Gabon's transitional parliament debates the mining code from Wednesday.""", [
  E(cur, "Violent demonstration", "stoned the police depot when officers arrived", P("Ganta", "LR", lat=7.24, lon=-8.98, a1="Nimba"), "tuesday",
    a1="Rioters (Liberia)", i1=5, a2=LBR_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "held a sit-in outside the offices of an oil services company in Port-Gentil", P("Port-Gentil", "GA", lat=-0.72, lon=8.78, a1="Ogooue-Maritime"),
    "wednesday", a1="Protesters (Gabon)", i1=6),
  E(cur, "Arrests", "Soldiers detained a presenter of a private radio station in Bissau", P("Bissau", "GW", lat=11.86, lon=-15.6, a1="Bissau"), "thursday",
    a1=GNB, i1=1, a2="Civilians (Guinea-Bissau)", i2=7),
], register="digest"),

S("st-q-042", "2026-03-17", """Sierra Leone police detain four opposition officials in Bo; party women hold sit-in in Freetown

FREETOWN (Wire) — Police in Sierra Leone detained four regional officials of the opposition All People's Congress (APC) in the southern city of Bo on Sunday, accusing them of planning "violent protests" against a rise in fuel prices, the party said.

The four were taken from a party meeting at a private house, the APC's southern regional secretary said. A police statement on Monday said they were being questioned on suspicion of incitement and that leaflets calling for "Sierra Leone to rise" had been seized.

On Monday, about 150 APC women dressed in red held a sit-in outside the police headquarters in Freetown to demand the officials' release. They sang party songs and dispersed peacefully in the afternoon.

The APC has called a nationwide "stay-at-home" for Thursday against the fuel price rise. The government warned that anyone who "disturbs the peace" would be dealt with firmly.

In August 2022, at least 27 people, including six police officers, were killed in anti-government protests in Freetown and several northern towns.

Caption: APC supporters sit outside the police headquarters in Freetown on Monday. (Photo: Wire)""", [
  E(cur, "Arrests", "Police in Sierra Leone detained four regional officials of the opposition All People's Congress (APC)", P("Bo", "SL", lat=7.96, lon=-11.74, a1="Southern"),
    "sunday", a1=SLE_POL, i1=1, a2="APC: All People's Congress", i2=7),
  E(cur, "Peaceful protest", "about 150 APC women dressed in red held a sit-in outside the police headquarters", P("Freetown", "SL"), "monday",
    a1="Protesters (Sierra Leone)", i1=6),
  unscored(E(cap, "Peaceful protest", "APC supporters sit outside the police headquarters in Freetown on Monday", P("Freetown", "SL"), "monday",
    a1="Protesters (Sierra Leone)", i1=6), "fatalities", "injuries", "geo_precision"),
  unscored(E(bg, "Violent demonstration", "at least 27 people, including six police officers, were killed in anti-government protests", P("Freetown", "SL"), "2022-08-01", tp=3,
             fat=27), "event_date", "time_precision", "sub_event_type", "event_type", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
]),
]

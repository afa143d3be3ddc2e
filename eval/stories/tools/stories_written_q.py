"""Multi-event stories written for this project (issue 11), batch q: unseen by the coders in the session it was written
(2026-11-27 midday), the lead's measure of story generalisation. Written as held-out news looks — wire stories with
datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, live blogs, weekly round-ups,
NGO/UN situation reports, military and police releases — with several events per story at different places and days,
events in two countries, differing tolls, definite references ("the attack") to events never told as news, follow-ups
(a death in hospital, arrests days after a riot), periods and tallies, planned, banned and called-off rallies, threats
and denials. Countries the stories had least (Croatia, Austria, Taiwan, North Macedonia, Djibouti, Saudi Arabia,
Switzerland, Cyprus, El Salvador, Laos, Malaysia, Vietnam, Romania, Botswana, Nicaragua, Costa Rica, Argentina, Norway,
Jamaica, Cuba, Bulgaria, Bahrain, Algeria, Kazakhstan, Jordan, Zambia, Germany, Panama, the Czech Republic, South Korea)
and regions the conflict countries' stories lack (Kwara, Tanganyika, Puntland's Cal Miskaad, Haut-Mbomou, Lanao del
Sur, Narathiwat and Yala, Intan Jaya, West Gojjam, Niassa, West Singhbhum, the Chiapas-Huehuetenango border). Our own
words; invented incidents at real places, public group names. No ``split`` key: the id hash decides. Retellings checked
at any date (same country and sub-type within 30 km across all snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

HRV_POL = "Police Forces of Croatia (2016-)"; AUT_POL = "Police Forces of Austria (2025-)"; TWN_POL = "Police Forces of Taiwan (2024-)"
MKD_POL = "Police Forces of North Macedonia (2024-)"; DJI_POL = "Police Forces of Djibouti (1999-)"; SAU_POL = "Police Forces of Saudi Arabia (2015-)"
CHE_POL = "Police Forces of Switzerland (2025-)"
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
  E(cur, "Peaceful protest", "about 300 former copper-nickel miners marched peacefully to the town council", P("Selebi-Phikwe", "BW"), "tuesday",
    a1="Protesters (Botswana)", i1=6),
], register="local"),

S("st-q-015", "2026-08-19", """Nicaraguan police detain former guerrilla commander and son in Estelí; exiles protest in San José

SAN JOSÉ, Costa Rica, Aug 19 (Wire) - Nicaraguan police detained a retired Sandinista guerrilla commander who had criticised the government, and his son, at their home in the northern city of Estelí on Sunday, relatives said on Monday.

The 71-year-old, who fought against the Somoza dictatorship in the 1970s and later broke with President Daniel Ortega, was taken away with his son by officers who arrived in three patrol vans, a niece told media outlets based in exile. Their whereabouts were not known. The government of Ortega and Vice-President Rosario Murillo did not comment.

More than 70 people are held in Nicaragua for political reasons, according to a committee of relatives of political prisoners.

On Monday, about 200 Nicaraguan exiles held a protest outside Nicaragua's embassy in San José, the Costa Rican capital, carrying pictures of political prisoners and chanting for the two men's release. Costa Rican police kept the two sides of the street apart; the protest ended peacefully.

Costa Rica hosts more than 200,000 Nicaraguans who fled after the government crushed protests in 2018.""", [
  E(cur, "Arrests", "Nicaraguan police detained a retired Sandinista guerrilla commander", P("Esteli", "NI"), "sunday",
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
             a1="Unidentified Armed Group (Germany)", i1=3), "actor2", "inter2"),
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

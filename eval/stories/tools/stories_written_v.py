"""Multi-event stories written for this project (issue 11), batch v: unseen by the coders in the session it was written
(2026-11-27 night, 20:12-23:12), the second batch of that session after batch u, for the same purpose. Held-out news as
it looks — wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines,
a live blog, regional round-ups, an NGO monitoring report and a police statement — with events of every status
(background, threats, hypothetical marches, a denied rocket launch, photo captions), several events per story at
different places and days, two or three countries, differing tolls, crossfire victims, a killing by police and the riot
that follows it, arrests on later days, curfews and their extensions, crime arrests (no event). Countries and regions the
stories had least (Laos, Malaysia, Comoros, Djibouti, Madagascar's Ihorombe, Northern Ireland, Greece, Serbia, south
Lebanon, Mozambique's Niassa and Zambezia, Trinidad and Tobago, Jamaica, Haiti's Artibonite and Centre, Zimbabwe, Zambia,
Nigeria's Ondo, Taraba and Rivers, Cameroon's Littoral, Mali's Kayes, Casamance, the Gambia, Chile's Araucania,
Argentina, Kyrgyzstan, Tajikistan, Georgia, Armenia, Egypt, Iran's Kurdistan, the United States, Ireland, Sri
Lanka, Ecuador's Manabi, Libya's Fezzan, Narino, Gorno-Badakhshan, Austria, Cambodia, Cape Verde's Sal, Mauritius,
Micronesia (the gold's first events there), Sweden and Norway). Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

MYS_POL = "Police Forces of Malaysia (2022-)"; COM_POL = "Police Forces of Comoros (2016-)"; MDG_POL = "Police Forces of Madagascar (2025-)"
GBR_POL = "Police Forces of the United Kingdom (2024-)"; GRC_POL = "Police Forces of Greece (2019-)"; SRB_POL = "Police Forces of Serbia (2012-)"
ISR = "Military Forces of Israel (2022-)"; MOZ_POL = "Police Forces of Mozambique (2025-)"; ISMP = "Islamic State Mozambique Province"
HTI_POL = "Police Forces of Haiti (2024-)"; ZWE_POL = "Police Forces of Zimbabwe (2017-)"; CMR_POL = "Police Forces of Cameroon (1982-)"
GMB_POL = "Police Forces of the Gambia (2017-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"

STORIES = [
S("st-v-001", "2026-01-08", """LAOS-MALAYSIA/
Gunmen kill two Chinese workers at Laos gold mine camp; Kuala Lumpur police detain 17 at rally outside parliament

VIENTIANE/KUALA LUMPUR, Jan 8 (Wire) - Unidentified gunmen attacked a camp housing Chinese workers at a gold mine near Phonsavan, in the northern Lao province of Xiangkhoang, late on Monday, killing two Chinese workers and wounding a Lao security guard, a diplomat and a company employee said.

Lao state media did not report the attack. China's embassy in Vientiane urged its citizens in the province to "stay vigilant" and to avoid travelling at night.

In Malaysia, police detained 17 people on Tuesday at a rally outside parliament in Kuala Lumpur against a proposed law on online content, saying the organisers had not given the required notice. All were released on police bail in the evening.""", [
  E(cur, "Attack", "Unidentified gunmen attacked a camp housing Chinese workers at a gold mine near Phonsavan", P("Phonsavan", "LA", 2), "monday",
    a1="Unidentified Armed Group (Laos)", i1=3, a2="Civilians (China)", i2=7, fat=2, inj=1),
  E(cur, "Protest with intervention", "police detained 17 people on Tuesday at a rally outside parliament in Kuala Lumpur", P("Kuala Lumpur", "MY"), "tuesday",
    a1="Protesters (Malaysia)", i1=6, a2=MYS_POL, i2=1),
]),

S("st-v-002", "2026-01-19", """INDIAN OCEAN ROUND-UP

COMOROS — Youths burned tyres and threw stones at gendarmes in several districts of Moroni on Saturday after a power cut that had lasted three days. Gendarmes fired tear gas to clear the streets, and the government said electricity would be restored by Monday.

MADAGASCAR — Cattle rustlers killed four villagers and drove off about 80 zebu in a raid on a village near Ihosy, in the south-central Ihorombe region, on Thursday. Gendarmes said they had killed two of the suspected rustlers in a gunfight during a pursuit on Friday and recovered most of the cattle.

DJIBOUTI — About 200 people rallied peacefully in Ali Sabieh on Sunday to demand a reliable supply of drinking water, after taps in parts of the town ran dry for more than a week.

(Compiled by the Nairobi desk)""", [
  E(cur, "Violent demonstration", "Youths burned tyres and threw stones at gendarmes in several districts of Moroni on Saturday", P("Moroni", "KM"), "saturday",
    a1="Rioters (Comoros)", i1=5, a2=COM_POL, i2=1),
  E(cur, "Attack", "Cattle rustlers killed four villagers and drove off about 80 zebu", P("Ihosy", "MG", 2), "thursday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=4),
  E(cur, "Armed clash", "they had killed two of the suspected rustlers in a gunfight during a pursuit on Friday", P("Ihosy", "MG", 2), "friday",
    a1=MDG_POL, i1=1, a2="Unidentified Armed Group (Madagascar)", i2=3, fat=2),
  E(cur, "Peaceful protest", "About 200 people rallied peacefully in Ali Sabieh on Sunday", P("Ali Sabieh", "DJ"), "sunday",
    a1="Protesters (Djibouti)", i1=6),
], register="digest"),

S("st-v-003", "2026-02-05", """POLICE SERVICE OF NORTHERN IRELAND — STATEMENT
Thursday 5 February 2026

Detectives investigating a pipe bomb attack on a house in the Galliagh area of Derry/Londonderry on Tuesday night are appealing for information.

Shortly after 11pm on Tuesday 3 February, a device was thrown at the front door of a house in the area. It exploded, damaging the door and a window. A woman and her two children were inside at the time; none of them was injured.

Detective Inspector said: "This was a reckless attack that could easily have killed a young family. Our main line of inquiry is that it was carried out by the New IRA."

In a separate incident, petrol bombs and masonry were thrown at police officers in north Belfast on Wednesday evening during disorder involving around 40 youths. Two officers were injured. Three males, aged 15, 17 and 19, were arrested on Thursday morning at addresses in the area and remain in custody.

Anyone with information is asked to call police on 101.""", [
  E(cur, "Grenade", "a device was thrown at the front door of a house in the area", P("Derry", "GB", 2), "2026-02-03",
    a1="New IRA", i1=2, a2="Civilians (United Kingdom)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "petrol bombs and masonry were thrown at police officers in north Belfast on Wednesday evening", P("Belfast", "GB", 2), "wednesday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, inj=2),
  E(cur, "Arrests", "Three males, aged 15, 17 and 19, were arrested on Thursday morning at addresses in the area", P("Belfast", "GB", 2), "thursday",
    a1=GBR_POL, i1=1, a2="Rioters (United Kingdom)", i2=5),
], register="official"),

S("st-v-004", "2026-02-23", """GREECE-SERBIA/
Hooded youths pelt Athens riot police with petrol bombs; Novi Sad police detain students on bridge

ATHENS/BELGRADE, Feb 23 (Wire) - Hooded youths threw petrol bombs and stones at riot police in the Exarchia district of Athens late on Saturday, after a march of about 3,000 people against police violence ended in the area, police said. Officers fired tear gas and detained five people. Two shops and a bank branch were damaged.

In Serbia, police detained eight students on Sunday as they tried to block the Liberty Bridge in Novi Sad, scuffling with officers who pushed them back from the roadway, a student group said. About 1,000 people had joined the march to the bridge.

Student-led protests have shaken Serbia since the collapse of a concrete canopy at Novi Sad's railway station in November 2024 killed 16 people. Students say they will keep up their protests until early elections are called.""", [
  E(cur, "Violent demonstration", "Hooded youths threw petrol bombs and stones at riot police in the Exarchia district of Athens", P("Athens", "GR", 2), "saturday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1),
  E(cur, "Protest with intervention", "police detained eight students on Sunday as they tried to block the Liberty Bridge in Novi Sad", P("Novi Sad", "RS"), "sunday",
    a1="Protesters (Serbia)", i1=6, a2=SRB_POL, i2=1),
]),

S("st-v-005", "2026-03-12", """LIVE: Israeli strikes in south Lebanon — latest updates

16:40 — An Israeli drone strike hit a car on a road on the edge of Nabatieh this afternoon, killing two people, Lebanon's health ministry says. The Israeli military says it struck "two Hezbollah operatives".

14:15 — Israeli artillery fired several shells at the outskirts of Alma al-Shaab, near the border, this morning, the state news agency reports. No casualties were reported.

11:30 — The Lebanese army denies reports on social media that rockets were fired from south Lebanon towards northern Israel overnight. "No launch took place," it says in a statement.

10:05 — PHOTO: Smoke rises from a building in Tyre after an Israeli air strike on Tuesday. (Wire)

09:00 — Israel has kept up near-daily strikes in Lebanon since the November 2024 ceasefire with Hezbollah, saying it is stopping the group from rebuilding. Lebanon says the strikes violate the truce.""", [
  unscored(E(cur, "Air/drone strike", "An Israeli drone strike hit a car on a road on the edge of Nabatieh this afternoon", P("Nabatieh", "LB", 2, geoname="Nabatiye et Tahta",
             a1="Nabatieh"), 0, a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=2), "actor2", "inter2"),
  E(cur, "Shelling/artillery/missile attack", "Israeli artillery fired several shells at the outskirts of Alma al-Shaab", P("Alma al-Shaab", "LB", 2, lat=33.10, lon=35.18, a1="South"), 0,
    a1=ISR, i1=8, fat=0, inj=0),
  unscored(E(neg, "Shelling/artillery/missile attack", "rockets were fired from south Lebanon towards northern Israel overnight", C("LB"), -1), "event_date", "time_precision"),
  unscored(E(cap, "Air/drone strike", "Smoke rises from a building in Tyre after an Israeli air strike on Tuesday", P("Tyre", "LB", a1="South"), "tuesday",
             a1=ISR, i1=8), "actor1", "inter1", "fatalities", "injuries", "geo_precision"),
  unscored(E(bg, "Agreement", "the November 2024 ceasefire with Hezbollah", C("LB"), "2024-11-01", tp=3), "actor1", "inter1"),
], register="live"),

S("st-v-006", "2026-03-23", """MOZAMBIQUE CONFLICT MONITOR — Fortnightly report, 8–21 March 2026

NIASSA
On 14 March, fighters of Islamic State Mozambique Province (ISMP) attacked a village in Mecula district, killing three civilians and burning about 30 houses, according to local sources. The group claimed the attack the following day. It is the first reported attack in Mecula since November. Humanitarian workers warned that further attacks could push displaced families towards Marrupa.

ZAMBEZIA
On 17 March, police in Quelimane fired live ammunition at residents marching peacefully to the district police command to protest against the killing of a motorcycle-taxi driver by an officer, killing one protester and wounding two. The provincial police commander said the officer who shot the driver had been suspended.

CABO DELGADO
No significant incidents were recorded in the districts of Macomia and Muidumbe during the period.

METHODOLOGY
This report is compiled from local media, partner reports and interviews. Figures are provisional.""", [
  E(cur, "Attack", "fighters of Islamic State Mozambique Province (ISMP) attacked a village in Mecula district", P("Mecula", "MZ", 3, lat=-12.08, lon=37.63, a1="Niassa"), "2026-03-14",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=3),
  unscored(E(hyp, "Attack", "further attacks could push displaced families towards Marrupa", P("Marrupa", "MZ", lat=-13.19, lon=37.50, a1="Niassa"), None, a1=ISMP, i1=2),
           "event_date", "time_precision", "actor1", "inter1"),
  E(cur, "Excessive force against protesters", "police in Quelimane fired live ammunition at residents marching peacefully", P("Quelimane", "MZ"), "2026-03-17",
    a1="Protesters (Mozambique)", i1=6, a2=MOZ_POL, i2=1, fat=1, inj=2),
  unscored(E(bg, "Attack", "the killing of a motorcycle-taxi driver by an officer", P("Quelimane", "MZ"), "2026-03-17", tp=2, a1=MOZ_POL, i1=1,
             a2="Civilians (Mozambique)", i2=7, fat=1), "event_date", "time_precision"),
], register="ngo"),
]

TTO_POL = "Police Forces of Trinidad and Tobago (2025-)"; ZMB_POL = "Police Forces of Zambia (2021-)"
JUKUN = "Jukun Ethnic Militia (Nigeria)"; TIV = "Tiv Ethnic Militia (Nigeria)"; FULANI = "Fulani Ethnic Militia (Nigeria)"

STORIES += [
S("st-v-007", "2026-04-02", """CARIBBEAN/
Trinidad declares state of emergency after gang killings; woman killed in Spanish Town crossfire

PORT OF SPAIN, April 2 (Wire) - Trinidad and Tobago's government declared a state of emergency on Wednesday after a wave of gang killings, giving police powers to search homes and detain suspects without a warrant for 15 days, after which parliament must vote to extend it.

Three days earlier, gunmen shot dead two taxi drivers as they waited for passengers at a stand in Sangre Grande, in the east of Trinidad, on Sunday night in what police described as a reprisal for the killing of a gang member the week before. Police said 103 people had been murdered in the country this year.

In Jamaica, a 34-year-old woman was killed on Monday when she was caught in the crossfire as members of two gangs exchanged fire in a neighbourhood of Spanish Town, police said. Two men were wounded. Police said the gangs had been fighting over control of the area for months.""", [
  E(cur, "Other", "Trinidad and Tobago's government declared a state of emergency on Wednesday", C("TT"), "wednesday",
    a1="Government of Trinidad and Tobago (2025-)", i1=1),
  E(cur, "Attack", "gunmen shot dead two taxi drivers as they waited for passengers at a stand in Sangre Grande", P("Sangre Grande", "TT"), "sunday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=2),
  unscored(E(bg, "Attack", "the killing of a gang member the week before", P("Sangre Grande", "TT"), -10, tp=2), "event_date", "time_precision"),
  E(cur, "Armed clash", "members of two gangs exchanged fire in a neighbourhood of Spanish Town", P("Spanish Town", "JM", 1), "monday",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2="Unidentified Armed Group (Jamaica)", i2=3, fat=1, inj=2),
]),

S("st-v-008", "2026-04-13", """HAITI: Nine killed as Gran Grif gang raids villages near Saint-Marc; police say six gang members killed in Port-au-Prince operation

PORT-AU-PRINCE — Members of the Gran Grif gang killed at least nine people and set fire to dozens of houses in a raid on farming villages in the hills east of Saint-Marc, in the Artibonite department, on Saturday, a local rights group said. Hundreds of residents fled to the town.

Haitian police, backed by foreign officers of the UN-authorised gang suppression force, said they had killed six gang members in an operation against the Viv Ansanm gang coalition in the Delmas area of Port-au-Prince on Sunday. One police officer was wounded.

In Mirebalais, in the Centre department, several hundred residents marched peacefully on Friday to demand that the government send police back to the town's outskirts.

Gangs control most of the capital and have expanded into the Artibonite and Centre departments over the past two years.""", [
  E(cur, "Attack", "Members of the Gran Grif gang killed at least nine people and set fire to dozens of houses", P("Saint-Marc", "HT", 2), "saturday",
    a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7, fat=9),
  E(cur, "Armed clash", "they had killed six gang members in an operation against the Viv Ansanm gang coalition in the Delmas area of Port-au-Prince", P("Delmas", "HT", 2, lat=18.5448, lon=-72.3004, a1="Ouest"), "sunday",
    a1=HTI_POL, i1=1, assoc_actor_1="Multinational Security Support Mission in Haiti", a2="Viv Ansanm", i2=3, fat=6, inj=1),
  E(cur, "Peaceful protest", "several hundred residents marched peacefully on Friday", P("Mirebalais", "HT"), "friday",
    a1="Protesters (Haiti)", i1=6),
], register="local"),

S("st-v-009", "2026-04-30", """ZIMBABWE-ZAMBIA/
Seven youth activists arrested in Harare ahead of planned protest; rival party supporters fight in Lusaka market

HARARE/LUSAKA, April 30 (Wire) - Zimbabwean police arrested seven young activists at a house in Harare on Tuesday, accusing them of planning "unlawful gatherings", their lawyers said. The group had called on social media for a march on Friday against the rising cost of living.

Police said any march on Friday would be "dealt with firmly". On Wednesday, officers fired tear gas at vendors in Chitungwiza who had gathered outside the town council's offices to protest against the demolition of their stalls.

In Zambia, supporters of the ruling UPND and the opposition Patriotic Front threw stones and bottles at each other at a market in Lusaka's Kanyama township on Sunday, ahead of a council by-election, police said. Six people were hurt. Police said on Tuesday they were looking for the people who started the fight.""", [
  E(cur, "Arrests", "Zimbabwean police arrested seven young activists at a house in Harare on Tuesday", P("Harare", "ZW"), "tuesday",
    a1=ZWE_POL, i1=1, a2="Civilians (Zimbabwe)", i2=7),
  unscored(E(hyp, "Peaceful protest", "a march on Friday against the rising cost of living", P("Harare", "ZW"), 1, a1="Protesters (Zimbabwe)", i1=6),
           "event_date", "time_precision"),
  E(cur, "Protest with intervention", "officers fired tear gas at vendors in Chitungwiza", P("Chitungwiza", "ZW"), "wednesday",
    a1="Protesters (Zimbabwe)", i1=6, a2=ZWE_POL, i2=1),
  E(cur, "Mob violence", "supporters of the ruling UPND and the opposition Patriotic Front threw stones and bottles at each other at a market in Lusaka's Kanyama township",
    P("Lusaka", "ZM", 2), "sunday", a1="Rioters (Zambia)", i1=5, a2="Rioters (Zambia)", i2=5, inj=6),
]),

S("st-v-010", "2026-05-11", """NIGERIA: 12 DIE AS JUKUN, TIV MILITIAS CLASH NEAR WUKARI; HERDSMEN KILL FIVE FARMERS IN ONDO

JALINGO, Nigeria — At least 12 people were killed on Saturday and Sunday when Jukun and Tiv militias clashed in several villages near Wukari, in Nigeria's Taraba State, police and community leaders said. Houses in at least four villages were burned.

The Taraba State government imposed a 24-hour curfew on Wukari and the surrounding area on Sunday evening.

In the south-western state of Ondo, suspected herdsmen attacked farmers working on their farms near Owo on Friday, killing five of them with machetes, the state's Amotekun security corps said.

In Port Harcourt, the capital of Rivers State, members of two rival cult groups shot at each other in the Diobu area on Sunday night, killing three people, police said. Cult groups, which began as university fraternities, have turned into armed gangs fighting over territory and the drug trade in the Niger Delta's cities.""", [
  E(cur, "Armed clash", "Jukun and Tiv militias clashed in several villages near Wukari", P("Wukari", "NG", 2), "saturday", tp=2,
    a1=JUKUN, i1=4, a2=TIV, i2=4, fat=12),
  E(cur, "Other", "The Taraba State government imposed a 24-hour curfew on Wukari", P("Wukari", "NG"), "sunday",
    a1="Government of Nigeria (2023-)", i1=1),
  E(cur, "Attack", "suspected herdsmen attacked farmers working on their farms near Owo on Friday", P("Owo", "NG", 2), "friday",
    a1=FULANI, i1=4, a2="Civilians (Nigeria)", i2=7, fat=5),
  E(cur, "Armed clash", "members of two rival cult groups shot at each other in the Diobu area on Sunday night", P("Port Harcourt", "NG", 2), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=3),
], register="local"),

S("st-v-011", "2026-05-28", """CAMEROON/
Moto-taxi drivers riot in Douala after colleague shot dead at checkpoint; separatists burn school in Kumba

DOUALA, May 28 (Wire) - Hundreds of motorcycle-taxi drivers set up burning barricades and threw stones at police in Douala's Bonaberi district on Tuesday, a day after a police officer shot dead one of their colleagues at a checkpoint, witnesses said. Police fired tear gas and water cannon, and the city's governor said 23 people had been arrested.

The driver was killed on Monday after an argument with officers at the checkpoint, his colleagues said. Police said an investigation had been opened and the officer suspended.

In the English-speaking South-West region, separatist fighters set fire to a secondary school in Kumba on Sunday night, days before end-of-year exams were due to start, a teacher said. Nobody was hurt. The separatists have ordered schools in the region to stay closed.""", [
  E(cur, "Violent demonstration", "Hundreds of motorcycle-taxi drivers set up burning barricades and threw stones at police in Douala's Bonaberi district", P("Douala", "CM", 2), "tuesday",
    a1="Rioters (Cameroon)", i1=5, a2=CMR_POL, i2=1),
  E(cur, "Attack", "a police officer shot dead one of their colleagues at a checkpoint", P("Douala", "CM", 2), "monday",
    a1=CMR_POL, i1=1, a2="Civilians (Cameroon)", i2=7, fat=1),
  E(cur, "Looting/property destruction", "separatist fighters set fire to a secondary school in Kumba on Sunday night", P("Kumba", "CM", a1="South-West"), "sunday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7, fat=0, inj=0),
]),

S("st-v-012", "2026-06-08", """WEST AFRICA/
Jihadists burn 20 fuel tankers near Nioro; landmine kills farmer in Casamance; Brikama youths tear-gassed

DAKAR, June 8 (Wire) - Fighters of the al Qaeda-linked JNIM stopped a convoy of fuel tankers on the road near Nioro, in western Mali's Kayes region, on Friday, ordered the drivers out and set fire to about 20 lorries, two drivers said. The drivers were released unharmed.

JNIM has blockaded roads to Mali's western border for months, causing fuel shortages in the capital Bamako.

In southern Senegal, a farmer was killed on Saturday when his horse-drawn cart hit a landmine on a track near Bignona, in the Casamance region, local officials said. The mine was believed to date from the decades-long rebellion of the Movement of Democratic Forces of Casamance (MFDC).

In the Gambia, police fired tear gas on Sunday to disperse youths in Brikama who were protesting against frequent power cuts by blocking the town's main road with stones and branches.""", [
  E(cur, "Looting/property destruction", "ordered the drivers out and set fire to about 20 lorries", P("Nioro", "ML", 2), "friday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7, fat=0, inj=0),
  E(cur, "Remote explosive/landmine/IED", "his horse-drawn cart hit a landmine on a track near Bignona", P("Bignona", "SN", 2), "saturday",
    a1="MFDC: Movement of Democratic Forces of Casamance", i1=2, a2="Civilians (Senegal)", i2=7, fat=1),
  E(cur, "Protest with intervention", "police fired tear gas on Sunday to disperse youths in Brikama", P("Brikama", "GM"), "sunday",
    a1="Protesters (Gambia)", i1=6, a2=GMB_POL, i2=1),
]),
]

ARG_POL = "Police Forces of Argentina (2023-)"; KGZ = "Military Forces of Kyrgyzstan (2020-)"; TJK = "Military Forces of Tajikistan (1994-)"
GEO_POL = "Police Forces of Georgia (2012-)"; ARM_POL = "Police Forces of Armenia (2018-)"; IRN_POL = "Police Forces of Iran (1989-)"
JOR_POL = "Police Forces of Jordan (1999-)"; USA_POL = "Police Forces of the United States (2025-)"; LKA_POL = "Police Forces of Sri Lanka (2024-)"
LKA = "Military Forces of Sri Lanka (2024-)"; ECU_GOV = "Government of Ecuador (2023-)"; TEBU = "Tebu Ethnic Militia (Libya)"
AWLAD = "Awlad Suleiman Ethnic Militia (Libya)"; TZA_POL = "Police Forces of Tanzania (2021-)"

STORIES += [
S("st-v-013", "2026-06-18", """CHILE-ARGENTINA/
Logging trucks torched in Chile's Araucania; Buenos Aires police baton pensioners outside Congress

SANTIAGO/BUENOS AIRES, June 18 (Wire) - Hooded armed men set fire to three logging trucks and a forestry machine on a rural road near Collipulli, in Chile's southern Araucania region, on Tuesday night after forcing the drivers out at gunpoint, police said. Leaflets signed by the Coordinadora Arauco-Malleco (CAM), a radical Mapuche group, were found at the scene. Nobody was hurt.

In Buenos Aires, police used batons and pepper spray on Wednesday to push back a few hundred pensioners and their supporters who were protesting outside Congress against the government's veto of a pension rise, and detained 11 people, a rights group said. An 81-year-old retired teacher was knocked to the ground and treated in hospital for a broken wrist.

Pensioners have protested outside Congress every Wednesday for more than a year.""", [
  E(cur, "Looting/property destruction", "Hooded armed men set fire to three logging trucks and a forestry machine on a rural road near Collipulli", P("Collipulli", "CL", 2), "tuesday",
    a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "police used batons and pepper spray on Wednesday to push back a few hundred pensioners", P("Buenos Aires", "AR"), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, inj=1),
]),

S("st-v-014", "2026-07-02", """KYRGYZSTAN-TAJIKISTAN/
Border guard killed as Kyrgyz and Tajik forces exchange fire near Batken; commanders agree to pull back

BISHKEK, July 2 (Wire) - A Kyrgyz border guard was killed and two Tajik border guards were wounded on Tuesday when the two sides' forces exchanged fire over a water intake on a disputed stretch of the border near the town of Batken, Kyrgyzstan's border service said. Each side accused the other of firing first.

Regional border commanders met in Batken on Wednesday and agreed to withdraw their troops from the intake and to let a joint commission decide how the water would be shared, the Kyrgyz service said.

The two countries signed a treaty settling their entire border in March 2025, after fighting in September 2022 that killed about 100 people. Parts of the line have yet to be marked on the ground.""", [
  E(cur, "Armed clash", "the two sides' forces exchanged fire over a water intake on a disputed stretch of the border near the town of Batken", P("Batken", "KG", 2), "tuesday",
    a1=KGZ, i1=1, a2=TJK, i2=8, fat=1, inj=2),
  E(cur, "Agreement", "Regional border commanders met in Batken on Wednesday and agreed to withdraw their troops", P("Batken", "KG"), "wednesday",
    a1=KGZ, i1=1, a2=TJK, i2=8),
  unscored(E(bg, "Agreement", "signed a treaty settling their entire border in March 2025", C("KG"), "2025-03-01", tp=3), "country", "iso"),
  unscored(E(bg, "Armed clash", "fighting in September 2022 that killed about 100 people", P("Batken", "KG", 3, geoname="Batken"), "2022-09-01", tp=3,
             a1=KGZ, i1=1, a2=TJK, i2=8, fat=100), "location", "latitude", "longitude", "fatalities"),
]),

S("st-v-015", "2026-07-13", """Tbilisi police detain 14 as protesters try to block Rustaveli Avenue; Yerevan sit-in cleared

TBILISI — Georgian police detained 14 people late on Sunday as protesters tried to block Rustaveli Avenue outside parliament, as they have done almost nightly since the government suspended talks on joining the European Union in November 2024, the interior ministry said. Those detained face fines for blocking a road.

In neighbouring Armenia, police on Saturday carried away about 30 supporters of an opposition movement who had sat down in the street outside the government building in Yerevan's Republic Square to demand the release of their leader, and detained them for several hours.

The opposition leader has been held since June on charges of calling for a seizure of power, which his supporters say are politically motivated.""", [
  E(cur, "Protest with intervention", "Georgian police detained 14 people late on Sunday as protesters tried to block Rustaveli Avenue", P("Tbilisi", "GE"), "sunday",
    a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
  E(cur, "Protest with intervention", "police on Saturday carried away about 30 supporters of an opposition movement", P("Yerevan", "AM"), "saturday",
    a1="Protesters (Armenia)", i1=6, a2=ARM_POL, i2=1),
], register="local"),

S("st-v-016", "2026-07-23", """IRAN/
Three Revolutionary Guards killed in clash with PJAK fighters near Marivan; nine detained in Bukan

DUBAI, July 23 (Wire) - Three members of Iran's Revolutionary Guards were killed on Tuesday in a clash with fighters of the Kurdish militant group PJAK in the mountains near Marivan, close to the Iraqi border, the Guards' ground forces said in a statement carried by state media. It said "several" of the attackers had also been killed.

Security forces arrested nine people in Bukan, in West Azerbaijan province, on Wednesday, accusing them of links to Kurdish opposition groups based in Iraq, a Kurdish rights group said.

PJAK said in a statement that it would "answer every raid on Kurdish villages" and that it had lost no fighters.""", [
  E(cur, "Armed clash", "Three members of Iran's Revolutionary Guards were killed on Tuesday in a clash with fighters of the Kurdish militant group PJAK", P("Marivan", "IR", 2), "tuesday",
    a1="Islamic Revolutionary Guard Corps", i1=1, a2="PJAK: Party of Free Life of Kurdistan", i2=2, fat=6),
  E(cur, "Arrests", "Security forces arrested nine people in Bukan", P("Bukan", "IR"), "wednesday",
    a1=IRN_POL, i1=1, a2="Civilians (Iran)", i2=7),
  unscored(E(thr, "Armed clash", "it would \"answer every raid on Kurdish villages\"", P("Marivan", "IR", 2), None,
             a1="PJAK: Party of Free Life of Kurdistan", i1=2), "event_date", "time_precision"),
]),

S("st-v-017", "2026-08-10", """EGYPT/
Warraq islanders stone police enforcing demolition orders; cartoonist arrested at Cairo home

CAIRO, Aug 10 (Wire) - Residents of Warraq island, in the Nile in Giza, threw stones at police who had come to enforce demolition orders on Sunday, and police fired tear gas and arrested about 20 people, residents and a lawyer said. The interior ministry said five officers had been hurt.

The government wants to turn the island into a business and tourism district, and says residents are being offered fair compensation. Many residents say they have lived there for generations and do not want to leave.

Security forces arrested a cartoonist at his home in Cairo on Thursday after he posted drawings about the price of bread, his lawyer said. He was ordered held for 15 days pending investigation on charges of spreading false news.""", [
  E(cur, "Violent demonstration", "Residents of Warraq island, in the Nile in Giza, threw stones at police", P("Giza", "EG", 2, geoname="Al Jizah"), "sunday",
    a1="Rioters (Egypt)", i1=5, a2="Police Forces of Egypt (2014-)", i2=1, inj=5),
  E(cur, "Arrests", "Security forces arrested a cartoonist at his home in Cairo on Thursday", P("Cairo", "EG"), "thursday",
    a1="Police Forces of Egypt (2014-)", i1=1, a2="Civilians (Egypt)", i2=7),
]),

S("st-v-018", "2026-08-27", """U.S. IMMIGRATION PROTESTS/
Federal agents fire tear gas at Portland ICE protest, six arrested; thousands march in Chicago

PORTLAND, Oregon, Aug 27 (Wire) - Federal agents fired tear gas and pepper balls late on Tuesday at about 200 protesters outside the U.S. Immigration and Customs Enforcement (ICE) building in Portland, Oregon, after some of them tried to block a van leaving the site, and arrested six people, the Department of Homeland Security said.

The department said the protesters had ignored orders to leave the driveway. The White House said on Wednesday that it would send National Guard troops to the city "if local leaders do not restore order".

In Chicago, several thousand people marched peacefully through downtown on Saturday against immigration raids in the city's neighbourhoods, organisers said.""", [
  E(cur, "Protest with intervention", "Federal agents fired tear gas and pepper balls late on Tuesday at about 200 protesters outside the U.S. Immigration and Customs Enforcement (ICE) building",
    P("Portland", "US", admin1="Oregon"), "tuesday", a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1),
  E(cur, "Peaceful protest", "several thousand people marched peacefully through downtown on Saturday", P("Chicago", "US"), "saturday",
    a1="Protesters (United States)", i1=6),
]),
]

STORIES += [
S("st-v-019", "2026-09-14", """IRELAND/
Fire guts empty Naas hotel earmarked for asylum seekers; gardai treat blaze as arson

DUBLIN, Sept 14 (Wire) - A disused hotel in Naas, County Kildare, that the government had planned to use to house about 150 asylum seekers was badly damaged by a fire in the early hours of Saturday, and the Garda Siochana said it was treating the blaze as arson. Nobody was in the building.

No arrests have been made. The justice minister condemned what he called "a deliberate attack on our common decency".

On Sunday, several hundred people rallied peacefully outside the burnt-out hotel to oppose the plan, while a smaller group gathered nearby to condemn the fire.

There have been more than 30 arson attacks on buildings linked to asylum accommodation in Ireland since 2018, according to police figures.""", [
  E(cur, "Looting/property destruction", "was badly damaged by a fire in the early hours of Saturday", P("Naas", "IE", a1="Kildare"), "saturday",
    a1="Unidentified Armed Group (Ireland)", i1=3, a2="Civilians (Ireland)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "several hundred people rallied peacefully outside the burnt-out hotel to oppose the plan", P("Naas", "IE", a1="Kildare"), "sunday",
    a1="Protesters (Ireland)", i1=6),
  E(cur, "Peaceful protest", "a smaller group gathered nearby to condemn the fire", P("Naas", "IE", a1="Kildare"), "sunday",
    a1="Protesters (Ireland)", i1=6),
]),

S("st-v-020", "2026-09-24", """SRI LANKA/
Tamil journalist held under anti-terror law in Jaffna; soldiers fire in air to disperse Mullaitivu land protest

COLOMBO, Sept 24 (Wire) - Sri Lankan police arrested a Tamil journalist at his home in Jaffna on Monday under the Prevention of Terrorism Act over a Facebook post about a commemoration for rebels killed in the civil war, his lawyer said.

The government has promised to repeal the law, which rights groups say is used to silence critics in the Tamil-majority north.

On Tuesday, soldiers fired into the air to disperse about 200 villagers who had gathered outside an army camp near Mullaitivu to demand the return of farmland the military has held since the end of the war in 2009, a local councillor said. Two villagers were hurt in the crush.

In Colombo, thousands of university students marched peacefully to the education ministry on Wednesday to demand more state funding for universities.""", [
  E(cur, "Arrests", "Sri Lankan police arrested a Tamil journalist at his home in Jaffna on Monday", P("Jaffna", "LK"), "monday",
    a1=LKA_POL, i1=1, a2="Civilians (Sri Lanka)", i2=7),
  E(cur, "Protest with intervention", "soldiers fired into the air to disperse about 200 villagers who had gathered outside an army camp near Mullaitivu",
    P("Mullaitivu", "LK", 2, lat=9.27, lon=80.81, a1="Northern"), "tuesday", a1="Protesters (Sri Lanka)", i1=6, a2=LKA, i2=1, inj=2),
  E(cur, "Peaceful protest", "thousands of university students marched peacefully to the education ministry on Wednesday", P("Colombo", "LK"), "wednesday",
    a1="Protesters (Sri Lanka)", i1=6),
]),

S("st-v-021", "2026-10-08", """ECUADOR: FOUR SHOT DEAD ON PORTOVIEJO FOOTBALL PITCH; GANG BURNS BUS OVER EXTORTION

QUITO — Gunmen on motorcycles opened fire on young men playing football on a neighbourhood pitch in Portoviejo, the capital of Manabi province, on Sunday evening, killing four and wounding three, police said. Police said the attack was part of a dispute between the Los Lobos and Los Choneros gangs over drug sales in the city.

On Tuesday, gang members set fire to a city bus in Portoviejo after ordering the passengers off, police said. The bus company's owner said he had refused to pay the gang a weekly "vaccine", as extortion payments are known in Ecuador. Nobody was hurt.

President Daniel Noboa has declared an "internal armed conflict" against the gangs and deployed the army in the streets, but killings remain near record levels.""", [
  E(cur, "Attack", "Gunmen on motorcycles opened fire on young men playing football on a neighbourhood pitch in Portoviejo", P("Portoviejo", "EC"), "sunday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=4, inj=3),
  E(cur, "Looting/property destruction", "gang members set fire to a city bus in Portoviejo after ordering the passengers off", P("Portoviejo", "EC"), "tuesday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=0, inj=0),
], register="local"),

S("st-v-022", "2026-10-19", """LIBYA/
Protesters shut Sharara oil field near Awbari; three Bangladeshi farm workers abducted

TRIPOLI, Oct 19 (Wire) - Protesters from towns in Libya's southern Fezzan region shut down the Sharara oil field near Awbari on Saturday, closing the valves of the pipeline to the coast, to demand jobs and better public services, an oil engineer said. The protest was peaceful and the staff were allowed to leave, he said.

On Friday, unidentified gunmen abducted three Bangladeshi workers from a farm outside Awbari, the Bangladeshi embassy in Tripoli said. No ransom demand had been made.

The eastern-based Libyan National Army said on Sunday it had arrested 12 people smugglers in the area and freed 40 migrants held in a warehouse.""", [
  E(cur, "Peaceful protest", "Protesters from towns in Libya's southern Fezzan region shut down the Sharara oil field near Awbari on Saturday",
    P("Sharara oil field", "LY", 2, lat=26.57, lon=12.22, a1="Wadi al Hayat"), "saturday",
    a1="Protesters (Libya)", i1=6),
  E(cur, "Abduction/forced disappearance", "unidentified gunmen abducted three Bangladeshi workers from a farm outside Awbari", P("Awbari", "LY", 2), "friday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Civilians (Bangladesh)", i2=7),
]),

S("st-v-023", "2026-10-29", """COLOMBIA/
Drone attack wounds two police officers in Barbacoas; thousands march for peace in Tumaco

BOGOTA, Oct 29 (Wire) - A drone dropped explosives on the police station in Barbacoas, in the south-western province of Narino, early on Tuesday, wounding two officers and damaging the building, police said, blaming dissidents of the former FARC guerrilla group.

Armed groups have used commercial drones fitted with explosives in hundreds of attacks on police and soldiers in Colombia since 2024, according to the defence ministry.

In the Pacific port of Tumaco, several thousand people marched peacefully on Wednesday to demand that the armed groups in the area respect the civilian population.""", [
  E(cur, "Air/drone strike", "A drone dropped explosives on the police station in Barbacoas", P("Barbacoas", "CO"), "tuesday",
    a1="FARC-EMC: Central General Staff", i1=2, a2="Police Forces of Colombia (2022-)", i2=1, inj=2),
  E(cur, "Peaceful protest", "several thousand people marched peacefully on Wednesday", P("Tumaco", "CO"), "wednesday",
    a1="Protesters (Colombia)", i1=6),
]),

S("st-v-024", "2026-11-19", """Tajikistan detains four Pamiri activists in Khorugh; their lawyer held in Dushanbe

ALMATY — Tajik security forces detained four activists from the Pamiri minority in Khorugh, the capital of the autonomous Gorno-Badakhshan region, on Monday night, accusing them of belonging to a "criminal group", relatives said.

The four had collected signatures for a letter asking the government to withdraw extra troops sent to the region after unrest in 2022. On Wednesday, police in Dushanbe detained a lawyer who had agreed to represent them, as he left his office, a colleague said.

Dozens of people were killed in Gorno-Badakhshan in May 2022 when security forces put down protests over the death of a local man in police custody.""", [
  E(cur, "Arrests", "Tajik security forces detained four activists from the Pamiri minority in Khorugh", P("Khorugh", "TJ"), "monday",
    a1="Police Forces of Tajikistan (1994-)", i1=1, a2="Civilians (Tajikistan)", i2=7),
  E(cur, "Arrests", "police in Dushanbe detained a lawyer who had agreed to represent them", P("Dushanbe", "TJ"), "wednesday",
    a1="Police Forces of Tajikistan (1994-)", i1=1, a2="Civilians (Tajikistan)", i2=7),
  unscored(E(bg, "Excessive force against protesters", "security forces put down protests over the death of a local man in police custody", P("Khorugh", "TJ"),
             "2022-05-01", tp=3, a1="Protesters (Tajikistan)", i1=6, a2="Police Forces of Tajikistan (1994-)", i2=1), "actor2", "inter2"),
], register="local"),
]

STORIES += [
S("st-v-025", "2026-03-02", """AUSTRIA/
Car of Freedom Party councillor torched in Linz; thousands march in Salzburg against housing costs

VIENNA, March 2 (Wire) - Unknown people set fire to the car of a Freedom Party (FPO) city councillor outside his home in Linz early on Saturday, police said. The car was destroyed and the fire spread to a second vehicle; nobody was hurt. Police said a left-wing group had claimed the attack in a post online and that they were checking whether the claim was genuine.

The FPO, which came first in the 2024 parliamentary election, called the arson "an attack on democracy".

In Salzburg, about 4,000 people marched peacefully through the old town on Saturday afternoon to demand rent controls and more public housing, organisers said.""", [
  E(cur, "Looting/property destruction", "Unknown people set fire to the car of a Freedom Party (FPO) city councillor outside his home in Linz", P("Linz", "AT"), "saturday",
    a1="Unidentified Armed Group (Austria)", i1=3, a2="Civilians (Austria)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 4,000 people marched peacefully through the old town on Saturday afternoon", P("Salzburg", "AT"), "saturday",
    a1="Protesters (Austria)", i1=6),
]),

S("st-v-026", "2026-09-10", """CAMBODIA/
Military police fire tear gas at villagers resisting eviction near Kampot; union leader arrested in Phnom Penh

PHNOM PENH, Sept 10 (Wire) - Military police fired tear gas on Tuesday at about 150 villagers who tried to stop bulldozers clearing their rice fields for a tourism development near Kampot, on Cambodia's south coast, and detained six of them, a local rights group said. Four villagers were treated for injuries.

The provincial government said the land belonged to the state and had been granted to the developer legally. Villagers say they have farmed it since the 1980s.

In Phnom Penh, police arrested the leader of an independent garment workers' union at his home on Wednesday on charges of incitement, a week after he called for a strike over unpaid wages, his union said. He was brought before a judge the same day.""", [
  E(cur, "Protest with intervention", "Military police fired tear gas on Tuesday at about 150 villagers who tried to stop bulldozers clearing their rice fields", P("Kampot", "KH", 2), "tuesday",
    a1="Protesters (Cambodia)", i1=6, a2="Police Forces of Cambodia (2023-)", i2=1, inj=4),
  E(cur, "Arrests", "police arrested the leader of an independent garment workers' union at his home on Wednesday", P("Phnom Penh", "KH"), "wednesday",
    a1="Police Forces of Cambodia (2023-)", i1=1, a2="Civilians (Cambodia)", i2=7),
]),
]

STORIES += [
S("st-v-027", "2026-05-14", """ISLANDS ROUND-UP

CAPE VERDE — Police removed about 80 hotel workers who had blocked the road between the airport and the resort town of Santa Maria, on the island of Sal, on Friday morning to demand a share of service charges, and detained four of them for a few hours. Tourists missed flights as taxis and buses queued for more than two hours.

MAURITIUS — About 1,500 people marched peacefully through Curepipe on Saturday against plans to close the town's hospital and move its services to a new medical centre on the coast.

MICRONESIA — Several hundred people marched peacefully through Kolonia, on the island of Pohnpei, on Monday to oppose a proposed agreement that would allow a foreign company to explore the seabed in the country's waters for minerals.

(Compiled by the islands desk)""", [
  E(cur, "Protest with intervention", "Police removed about 80 hotel workers who had blocked the road between the airport and the resort town of Santa Maria", P("Santa Maria", "CV", 2), "friday",
    a1="Protesters (Cape Verde)", i1=6, a2="Police Forces of Cape Verde (2021-)", i2=1),
  E(cur, "Peaceful protest", "About 1,500 people marched peacefully through Curepipe on Saturday", P("Curepipe", "MU"), "saturday",
    a1="Protesters (Mauritius)", i1=6),
  E(cur, "Peaceful protest", "Several hundred people marched peacefully through Kolonia", P("Kolonia", "FM"), "monday",
    a1="Protesters (Micronesia)", i1=6),
], register="digest"),

S("st-v-028", "2026-03-24", """SWEDEN/
Blast wrecks entrance of Vasteras apartment block; 16-year-old held on suspicion

STOCKHOLM, March 24 (Wire) - An explosion wrecked the entrance of an apartment building in Vasteras, west of Stockholm, early on Sunday, blowing out windows in neighbouring buildings, police said. Nobody was hurt. About 40 residents were evacuated for the night.

Police said the blast was linked to a conflict between two criminal networks, and that a relative of a member of one of them lived in the building. On Monday, officers arrested a 16-year-old boy on suspicion of carrying out the bombing.

In neighbouring Norway, about 600 people marched peacefully through Drammen on Saturday against a planned road toll ring around the town.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosion wrecked the entrance of an apartment building in Vasteras", P("Vasteras", "SE"), "sunday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "officers arrested a 16-year-old boy on suspicion of carrying out the bombing", P("Vasteras", "SE"), "monday",
    a1="Police Forces of Sweden (2022-)", i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
  E(cur, "Peaceful protest", "about 600 people marched peacefully through Drammen on Saturday", P("Drammen", "NO"), "saturday",
    a1="Protesters (Norway)", i1=6),
]),
]

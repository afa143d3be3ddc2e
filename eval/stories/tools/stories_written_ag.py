"""Multi-event stories written for this project (issue 11), batch ag: unseen by the coders in the session it was written
(2026-11-29, 07:14-10:14), the lead's measure of story generalisation, as batches s to af. Written as hard as af (coder
P/R 0.78/0.75 fresh): long paragraphs that tell several events, agents named late, places given by context or by a
namesake, leads that sum up what the body then tells in detail (one event), military and police releases that list
operations, arrests and searches that find nothing, NGO flash updates, live blogs, digests, claims against figures,
tolls told again later, captions and footers, rival rallies, responses by forces after an attack, communal fights,
property destruction, background events with their own dates.
First half (st-ag-001..020): Mali, Nigeria (a state police command's release), Somalia (a wire footer), Ukraine and
Russia (a regional administration's daily report), DR Congo (a toll told again, a caption), Sudan (an NGO flash update),
Myanmar (Rakhine), Colombia (two Argelias), Haiti, Pakistan (Bajaur and Kurram), India (Manipur), Kenya (rival
rallies), Bangladesh, the Philippines (a rido and a military release), Syria (Sweida), Iraq (a Turkish drone, a search
that finds nothing), Yemen (Taiz), Cameroon (a lockdown), Ethiopia (Amhara) and a Europe week-in-brief (France,
Germany, Greece, Spain).
Second half (st-ag-021..040): Mozambique (an NGO snapshot, a group named late), a Sahel live blog (Niger, Burkina Faso:
a claim denied), the Central African Republic and Chad (a farmers-herders fight), South Sudan (a cattle raid's toll told
again), Libya, Lebanon, the West Bank (a caption, a footer), Afghanistan (a claim denied, a border clash), Iran, Ecuador,
Mexico (bodies and a cartel's banner), Brazil (a raid and buses burned on a faction's orders), Peru and Bolivia,
Indonesia (a joint task force release against a rebel statement), Thailand (sabotage in one night, a search that finds
nothing), a South Asia week-in-brief (Nepal, Sri Lanka), an East Africa digest (Uganda, Tanzania, Burundi), South Africa
and Zimbabwe, Central America (Guatemala, Honduras, El Salvador), and the Caucasus and Balkans (Georgia, Kosovo, Serbia,
Armenia).
Third part (st-ag-041..044): Lebanon's Tripoli (a namesake of Libya's capital, an army threat), a Plateau lead that sums two
attacks (no event of its own) and a herders' association's warning, Mali (a denied clash, a threatened road closure, a
drone strike told two ways) and Cameroon's Far North (a pursuit after a raid, an accusation denied, a market closure only
considered).
Fourth part (st-ag-045..048): Benin and Togo (an attack blamed two days later, a troop rotation, an army's toll against
residents'), Papua New Guinea's Enga (a clan fight told over two days with its toll told again, a state of emergency, a
threat), a Southern Cone brief (Chile's Biobio, Argentina's Mendoza; a trial that is no event) and a Europe night
(a gang-feud blast in Sodertalje, a Copenhagen killing that is no event, a riot in Derry).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 40 km across all snippet, story and ISAF
gold within a week, and the same sub-type within 40 days)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

MLI = "Military Forces of Mali (2021-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"
NGA_POL = "Police Forces of Nigeria (2023-)"; VIG = "Vigilante Militia (Nigeria)"
SOM = "Military Forces of Somalia (2022-)"; SHB = "Al Shabaab"; USA = "Military Forces of the United States (2025-)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; ADF = "ADF: Allied Democratic Forces"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
MMR = "Military Forces of Myanmar (2021-)"; AA = "Arakan Army"
COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; EMC = "FARC-EMC: Central General Staff"
HTI_POL = "Police Forces of Haiti (2024-)"; GRANGRIF = "Gran Grif"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"
IND_POL = "Police Forces of India (2014-)"; KUKI = "Kuki Ethnic Militia (India)"; MEITEI = "Meitei Ethnic Militia (India)"
KEN_POL = "Police Forces of Kenya (2022-)"
BGD_POL = "Police Forces of Bangladesh (2024-)"
PHL = "Military Forces of the Philippines (2022-)"; DI = "Dawlah Islamiyah"
SYR = "Military Forces of Syria (2024-)"; DRUZE = "Druze Militia (Syria)"; BEDOUIN = "Bedouin Tribal Militia (Syria)"
ISR = "Military Forces of Israel (2022-)"
TUR = "Military Forces of Turkey (2002-)"; PKK = "PKK: Kurdistan Workers Party"; IRQ = "Military Forces of Iraq (2022-)"
IS_IQ = "Islamic State (Iraq)"
HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"; YEM = "Military Forces of Yemen (2022-)"
CMR = "Military Forces of Cameroon (1982-)"; AMBA = "Ambazonian Separatists"
ETH = "Military Forces of Ethiopia (2018-)"; FANO = "Fano"
MOZ = "Military Forces of Mozambique (2025-)"; ISM = "Islamic State Mozambique Province"; RWA = "Military Forces of Rwanda (2000-)"
BFA = "Military Forces of Burkina Faso (2022-)"; NER = "Military Forces of Niger (2023-)"; ISSP = "Islamic State Sahel Province"
CAF = "Military Forces of the Central African Republic (2016-)"; R3 = "3R: Return, Reclamation, Rehabilitation"; WAGNER = "Wagner Group"
TCD_GOV = "Government of Chad (2021-)"; SSD = "Military Forces of South Sudan (2011-)"
LBY = "Military Forces of Libya (2021-)"; HEZ = "Hezbollah"; ISR_POL = "Police Forces of Israel (2022-)"; SETTLERS = "Israeli Settlers"
AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"; ISKP = "Islamic State Khorasan Province"
NRF = "NRF: National Resistance Front"
IRN_POL = "Police Forces of Iran (1989-)"; IRGC = "Islamic Revolutionary Guard Corps"; JAA = "Jaish al-Adl"
ECU_POL = "Police Forces of Ecuador (2023-)"; ECU_GOV = "Government of Ecuador (2023-)"; LOBOS = "Los Lobos"
CJNG = "Cartel Jalisco Nueva Generacion"; MEX_GN = "National Guard of Mexico (2019-)"
BRA_POL = "Police Forces of Brazil (2023-)"; CV = "CV: Comando Vermelho"
PER = "Military Forces of Peru (2025-)"; PER_POL = "Police Forces of Peru (2025-)"; SL = "Sendero Luminoso"; BOL_POL = "Police Forces of Bolivia (2025-)"
IDN = "Military Forces of Indonesia (2024-)"; IDN_POL = "Police Forces of Indonesia (2024-)"; TPNPB = "TPNPB: West Papua National Liberation Army"
THA = "Military Forces of Thailand (2025-)"; THA_POL = "Police Forces of Thailand (2025-)"
NPL_POL = "Police Forces of Nepal (2025-)"; LKA_POL = "Police Forces of Sri Lanka (2024-)"
UGA = "Military Forces of Uganda (1986-)"; TZA_POL = "Police Forces of Tanzania (2021-)"; CHADEMA = "CHADEMA: Party for Democracy and Progress"
ZAF_POL = "Police Forces of South Africa (2018-)"; ZWE_POL = "Police Forces of Zimbabwe (2017-)"
GTM_GOV = "Government of Guatemala (2024-)"; SLV = "Military Forces of El Salvador (2019-)"; MS13 = "MS-13: Mara Salvatrucha"
GEO_POL = "Police Forces of Georgia (2012-)"
LBN = "Military Forces of Lebanon (2025-)"; FULANI = "Fulani Ethnic Militia (Nigeria)"; NGA = "Military Forces of Nigeria (2023-)"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
BEN = "Military Forces of Benin (2016-)"; TGO = "Military Forces of Togo (2005-)"
PNG_GOV = "Government of Papua New Guinea (2019-)"; CLAN_PG = "Unidentified Clan Militia (Papua New Guinea)"
CHL_GOV = "Government of Chile (2026-)"; ARG_POL = "Police Forces of Argentina (2023-)"; GBR_POL = "Police Forces of the United Kingdom (2024-)"

STORIES = [
S("st-ag-001", "2026-07-14", """MALI/
At least 14 soldiers killed in ambush on Niono-Diabaly road, army says it struck attackers

BAMAKO, July 14 (Wire) - At least 14 Malian soldiers were killed on Sunday when jihadist fighters ambushed a supply convoy on the road between Niono and Diabaly in the central Segou region, two security sources said on Tuesday, the latest in a string of attacks on the routes that feed the army's camps along the Mauritanian border.

The convoy of about 40 trucks and armoured vehicles, carrying fuel and food to the Diabaly camp, hit a roadside bomb about 30 km north of Niono in the early afternoon, after which fighters hidden in the irrigation canals on both sides of the road opened fire on the vehicles for more than an hour, one of the sources said. Eight trucks were burnt and several soldiers were still missing on Tuesday. In a message posted on Monday, the al Qaeda-linked Group for Support of Islam and Muslims (JNIM) said its fighters had carried out the attack, killed "more than 30 apostate soldiers" and seized weapons and two armoured vehicles. Wire could not verify the claim.

The army said in a communique read on state television on Monday night that air force drones had struck the fighters on their retreat route west of Diabaly on Sunday evening, "neutralising around twenty terrorists" and destroying a dozen motorcycles, but it gave no toll for its own men.

Residents of Diabaly told Wire that soldiers had detained about 15 herders at the town's weekly market on Monday morning, accusing them of having informed the attackers of the convoy's movements; their relatives said on Tuesday they had been taken to the camp and that some had been released.

The Niono area has been hit repeatedly since the start of the year. On Feb. 3, JNIM fighters attacked a gendarmerie post in Sokolo, killing six gendarmes, and in April the group imposed a blockade on several villages of the irrigated zone that refused to pay it a tax.""", [
  E(cur, "Armed clash", "jihadist fighters ambushed a supply convoy on the road between Niono and Diabaly", P("Niono", "ML", 2), "sunday",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=14),
  E(cur, "Air/drone strike", "air force drones had struck the fighters on their retreat route west of Diabaly", P("Niono", "ML", 2, lat=14.2505, lon=-5.9868, a1="Segou"), "sunday",
    a1=MLI, i1=1, a2=JNIM, i2=2, fat=20),
  E(cur, "Arrests", "soldiers had detained about 15 herders at the town's weekly market", P("Niono", "ML", 2, lat=14.2505, lon=-5.9868, a1="Segou"), "monday",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7),
  E(bg, "Armed clash", "JNIM fighters attacked a gendarmerie post in Sokolo", P("Sokolo", "ML"), "2026-02-03",
    a1=JNIM, i1=2, a2="Police Forces of Mali (2021-)", i2=1, fat=6),
  E(bg, "Other", "the group imposed a blockade on several villages of the irrigated zone", P("Niono", "ML", 2), "2026-04-01", tp=3,
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
]),

S("st-ag-002", "2026-04-20", """KATSINA STATE POLICE COMMAND
PRESS RELEASE

POLICE, VIGILANTES REPEL BANDITS ATTACK IN DANMUSA, ARREST SUSPECTED INFORMANT, COMB RUGU FOREST

The Katsina State Police Command wishes to inform the public that on 18/04/2026 at about 2300hrs, a distress call was received at Danmusa Division that bandits in large numbers, shooting sporadically with AK-47 rifles, had invaded Unguwar Sarki village in Danmusa LGA. On receipt of the information, the DPO Danmusa mobilised a team of operatives in conjunction with members of the Community Watch Corps and local vigilantes to the scene, where they engaged the hoodlums in a fierce gun duel and forced them to retreat into the forest with gunshot wounds. Sadly, one vigilante member paid the supreme price, while two residents sustained injuries and are receiving treatment at the General Hospital, Danmusa. Rustled cattle numbering 42 were recovered.

Furthermore, on 19/04/2026 at about 1000hrs, acting on credible intelligence, operatives of the Command attached to Kankara Division arrested one Sani Lawal, 'm', aged 35 years, of Gidan Mai Kwari village, a suspected bandits' informant who has been supplying information and food items to the bandits operating in Kankara and Faskari axis. Investigation is ongoing.

Also on 19/04/2026, following reports that kidnapped victims were being held in Rugu forest, a combined team of police tactical squads and the military combed the forest around Yankara in Faskari LGA. No victim was found and no arrest was made; the team is still on the ground.

The Command wishes to debunk a viral audio message claiming that more than 30 persons were killed in the Danmusa attack. The message is false and should be disregarded.

The Commissioner of Police urges members of the public to continue to avail the Command with credible information.

ASP Abubakar Sadiq
Police Public Relations Officer
For: Commissioner of Police, Katsina State""", [
  E(cur, "Armed clash", "they engaged the hoodlums in a fierce gun duel", P("Danmusa", "NG", 2, lat=12.26, lon=7.33, a1="Katsina"), "2026-04-18",
    a1=NGA_POL, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=1, inj=2),
  E(cur, "Arrests", "operatives of the Command attached to Kankara Division arrested one Sani Lawal", unscored(P("Kankara", "NG", 2), "geo_precision"), "2026-04-19",
    a1=NGA_POL, i1=1, a2="Civilians (Nigeria)", i2=7),
], register="official"),

S("st-ag-003", "2025-11-04", """Al Shabaab storms army base in Hiraan as Somali forces claim 40 militants killed

MOGADISHU, Nov 4 (Wire) - Al Shabaab fighters attacked a Somali army base on the outskirts of Buulobarde in the central Hiraan region before dawn on Monday, setting off a car bomb at the gate before storming the camp, in fighting that lasted about three hours, residents and a military officer said.

The army said 40 militants had been killed and that its forces, backed by local clan fighters known as Macawisley, had "fully repulsed" the attack; the officer, who asked not to be named, said eight soldiers had died and 13 were wounded. Al Shabaab, in a statement on its Andalus radio, said it had killed 27 soldiers and briefly taken the base.

Later on Monday, troops and Macawisley fighters pursued the retreating militants to the village of Qodqod, about 20 km to the east, where another exchange of fire left three militants dead, the regional governor said.

The U.S. military's Africa Command said in a statement that it had carried out an air strike against al Shabaab on Sunday about 50 km north-east of Jilib, in Middle Juba, and that its initial assessment was that no civilians had been hurt. It did not give a toll.

Separately, in the capital, four children were wounded on Monday evening when mortar shells fired towards the presidential palace fell on houses in the Hodan district, police said.

Buulobarde, on the road between Beledweyne and Mogadishu, has been held by government forces since 2016, but al Shabaab still controls much of the countryside around it.

-- Reporting by Wire's Mogadishu newsroom; Editing by the Nairobi desk
-- Our Standards: The Wire Trust Principles""", [
  E(cur, "Armed clash", "Al Shabaab fighters attacked a Somali army base on the outskirts of Buulobarde", P("Buulobarde", "SO", 2, lat=3.85, lon=45.57, a1="Hiraan"), "monday",
    a1=SHB, i1=2, a2=SOM, i2=1, fat=48, inj=13),
  E(cur, "Armed clash", "troops and Macawisley fighters pursued the retreating militants to the village of Qodqod", P("Buulobarde", "SO", 2, lat=3.85, lon=45.57, a1="Hiraan"), "monday",
    a1=SOM, i1=1, assoc_actor_1="Macawisley Militia", a2=SHB, i2=2, fat=3),
  E(cur, "Air/drone strike", "it had carried out an air strike against al Shabaab on Sunday about 50 km north-east of Jilib", P("Jilib", "SO", 2), "sunday",
    a1=USA, i1=8, a2=SHB, i2=2),
  E(cur, "Shelling/artillery/missile attack", "mortar shells fired towards the presidential palace fell on houses in the Hodan district", P("Mogadishu", "SO", 2), "monday",
    a1="Unidentified Armed Group (Somalia)", i1=3, a2="Civilians (Somalia)", i2=7, inj=4),
]),

S("st-ag-004", "2026-11-13", """Sumy region: results of the day, 12 November

The enemy shelled the border communities of Sumy region 96 times over the past day, the regional military administration reported on Friday morning. Thirteen communities came under fire.

- Bilopillia community: at about 14:20, the enemy struck the town with a guided aerial bomb. A three-storey residential building and the town's bus station were damaged; two women were killed and five people injured, among them a 12-year-old boy.
- Krasnopillia and Khotin communities: mortar and artillery shelling, and FPV drone attacks were recorded. No casualties.
- In the evening, a Lancet drone hit a civilian car on the road near Shostka. The driver, 43, was wounded.
- In Okhtyrka, a mine-clearing team of the State Emergency Service found and destroyed an unexploded rocket in a field on the edge of the town.

Air defence destroyed 17 Shahed-type drones over the region overnight.

Across the border, the acting governor of Russia's Kursk region said on Thursday that a Ukrainian drone had dropped an explosive on a tractor in a field outside the town of Rylsk that morning, killing the tractor driver. He also said Ukrainian artillery had shelled the village of Tetkino, without casualties.""", [
  E(cur, "Air/drone strike", "the enemy struck the town with a guided aerial bomb", P("Bilopillia", "UA", 1, lat=51.15, lon=34.31, a1="Sumy"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=5),
  E(cur, "Shelling/artillery/missile attack", "Krasnopillia and Khotin communities: mortar and artillery shelling, and FPV drone attacks were recorded", P("Krasnopillia", "UA", 3, lat=50.77, lon=35.27, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "Krasnopillia and Khotin communities: mortar and artillery shelling", P("Khotin", "UA", 3, lat=51.08, lon=34.773, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "a Lancet drone hit a civilian car on the road near Shostka", P("Shostka", "UA", 2), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Air/drone strike", "a Ukrainian drone had dropped an explosive on a tractor in a field outside the town of Rylsk", P("Rylsk", "RU", 2, geoname="Ryl'sk"), "thursday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=1),
  E(cur, "Shelling/artillery/missile attack", "Ukrainian artillery had shelled the village of Tetkino", P("Tetkino", "RU", 1, lat=51.28, lon=34.29, a1="Kursk"), "thursday", tp=2,
    a1=UKR, i1=8, fat=0, inj=0),
], register="official"),

S("st-ag-005", "2026-06-13", """DR CONGO/
ADF rebels kill 19 at funeral wake near Oicha; army says it freed hostages

BENI, Democratic Republic of Congo, June 11 (Wire) - Suspected Allied Democratic Forces (ADF) rebels killed at least 19 people at a funeral wake in the village of Mamove, north of Oicha in North Kivu province, late on Tuesday, local civil society leaders said.

The attackers arrived at about 10 p.m. while dozens of people were gathered around the house of the deceased, and killed most of the victims with machetes before setting fire to six houses and a pharmacy, said Kizito Malekani, who heads a civil society group in Beni territory. Several people were missing and at least four others were taken to hospital in Oicha with wounds.

The army said in a statement on Wednesday that its troops, with Ugandan forces operating in the area under a joint operation, had clashed with the rebels as they withdrew towards the Mayangose forest, killing two of them and freeing five hostages, including two children. It did not say where the clash took place.

UPDATE, June 13 - The toll of Tuesday's massacre in Mamove has risen to 26 after seven more bodies were found in the bush around the village on Thursday, the administrator of Beni territory told reporters in Oicha. Residents of Mamove and two neighbouring villages have fled to Oicha, where some 3,000 people were sleeping in churches and schools.

The ADF, which pledged allegiance to the Islamic State in 2019, has killed thousands of civilians in Beni and Lubero territories and in neighbouring Ituri since 2014. On April 23, the group attacked the Manzia locality near Eringeti, killing 11 farmers, according to the territory's administration.

Caption: Residents of Mamove carry belongings as they flee towards Oicha on Wednesday after Tuesday night's attack by suspected ADF rebels.""", [
  E(cur, "Attack", "Suspected Allied Democratic Forces (ADF) rebels killed at least 19 people at a funeral wake", P("Oicha", "CD", 2, lat=0.7, lon=29.52, a1="North Kivu"), "2026-06-09",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=26, inj=4),
  unscored(E(cur, "Armed clash", "its troops, with Ugandan forces operating in the area under a joint operation, had clashed with the rebels", P("Oicha", "CD", 2, lat=0.7, lon=29.52, a1="North Kivu"), "2026-06-10", tp=2,
             a1=COD, i1=1, assoc_actor_1="Military Forces of Uganda (1986-)", a2=ADF, i2=2, fat=2), "geo_precision", "location", "latitude", "longitude"),
  E(bg, "Attack", "the group attacked the Manzia locality near Eringeti", P("Eringeti", "CD", 2, lat=0.58, lon=29.62, a1="North Kivu"), "2026-04-23",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=11),
  unscored(E(cap, "Attack", "Residents of Mamove carry belongings as they flee towards Oicha on Wednesday after Tuesday night's attack by suspected ADF rebels", P("Oicha", "CD", 2, lat=0.7, lon=29.52, a1="North Kivu"), "2026-06-09",
             a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ag-006", "2026-01-23", """FLASH UPDATE No. 7
Sudan: Escalation of hostilities in North Kordofan
As of 22 January 2026

HIGHLIGHTS
- Drone strikes on El Obeid kill at least 9 civilians.
- Some 14,000 people displaced from villages around Bara in five days.
- Humanitarian partners scale up response in Um Ruwaba.

SITUATION OVERVIEW
On 20 January, at least nine civilians, including three children, were killed and 22 injured when drones struck the central market and a nearby water station in El Obeid, according to the State Ministry of Health. The Sudanese Armed Forces (SAF) attributed the strikes to the Rapid Support Forces (RSF), which did not comment. The water station, which serves about 60,000 people, has been out of service since.

Fighting between SAF and RSF has been reported since 17 January in villages north and east of Bara, about 60 km north of El Obeid. Local sources report that on 18 January RSF fighters entered the village of Um Sumeima, killed at least 12 men and looted livestock and shops; the RSF said it had fought "militias of the army" there. According to IOM's Displacement Tracking Matrix, about 14,000 people fled the Bara locality between 17 and 21 January, most to El Obeid and Um Ruwaba.

On 21 January, the SAF announced that it had regained control of Bara town after "fierce fighting" in which "hundreds of militia members" were killed. Partners could not confirm the figures or the situation in the town.

A convoy of five trucks carrying food for the displaced, contracted by a UN agency, was looted by armed men on the road between Um Ruwaba and Er Rahad on 19 January. The drivers were released unhurt.

HUMANITARIAN RESPONSE
Partners distributed emergency shelter kits to 2,300 households in El Obeid. Funding remains critically low: the Sudan response plan is 21 per cent funded.

This report is produced by the UN Office for the Coordination of Humanitarian Affairs in collaboration with humanitarian partners.""", [
  E(cur, "Air/drone strike", "drones struck the central market and a nearby water station in El Obeid", P("El Obeid", "SD"), "2026-01-20",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=9, inj=22),
  E(cur, "Attack", "RSF fighters entered the village of Um Sumeima, killed at least 12 men and looted livestock and shops", P("Bara", "SD", 2, geoname="Barah"), "2026-01-18",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=12),
  E(cur, "Armed clash", "Fighting between SAF and RSF has been reported since 17 January in villages north and east of Bara", P("Bara", "SD", 2, geoname="Barah"), "2026-01-17", tp=2,
    a1=SDN, i1=1, a2=RSF, i2=2),
  unscored(E(cur, "Government regains territory", "it had regained control of Bara town", P("Bara", "SD", 1, geoname="Barah"), "2026-01-21", tp=2,
    a1=SDN, i1=1, a2=RSF, i2=2), "fatalities"),
  E(cur, "Looting/property destruction", "A convoy of five trucks carrying food for the displaced, contracted by a UN agency, was looted by armed men", P("Umm Ruwaba", "SD", 2), "2026-01-19",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
], register="ngo"),

S("st-ag-007", "2026-01-08", """MYANMAR/
Arakan Army closes in on Kyaukphyu as junta jets bomb Ramree villages

YANGON, Jan 8 (Wire) - Fighters of the Arakan Army (AA) overran a military outpost on a hill outside Kyaukphyu, the site of China-backed port and pipeline projects in Myanmar's Rakhine state, on Tuesday and were fighting troops on the edges of the town on Wednesday, residents and the group said.

"They took the hill and the soldiers ran to the naval base," a resident of the town said by telephone, asking not to be named. The AA said in a statement that it had captured 14 soldiers and seized weapons and ammunition; it gave no figure for its own losses, and the junta did not comment.

Junta aircraft bombed two villages of Ramree township, across the creek from Kyaukphyu, on Wednesday afternoon, killing seven civilians, among them a monk, and wounding 16, a local rescue group said. A monastery in one of the villages was destroyed.

In Sittwe, the state capital, which remains under junta control and has been cut off by road for more than a year, soldiers detained about 30 young men at checkpoints on Monday and Tuesday and took them to the regional military command, relatives said. The junta has been enforcing a conscription law in force since February 2024.

The AA has taken 14 of Rakhine's 17 townships since November 2023. On Dec. 14, junta warships shelled the coastal town of Toungup, in the south of the state, killing four people, according to the group.""", [
  E(cur, "Non-state actor overtakes territory", "Fighters of the Arakan Army (AA) overran a military outpost on a hill outside Kyaukphyu", P("Kyaukphyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "tuesday",
    a1=AA, i1=2, a2=MMR, i2=1),
  E(cur, "Armed clash", "were fighting troops on the edges of the town on Wednesday", P("Kyaukphyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "wednesday",
    a1=AA, i1=2, a2=MMR, i2=1),
  E(cur, "Air/drone strike", "Junta aircraft bombed two villages of Ramree township", P("Ramree", "MM", 3, lat=19.09, lon=93.86, a1="Rakhine"), "wednesday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=7, inj=16),
  E(cur, "Arrests", "soldiers detained about 30 young men at checkpoints on Monday and Tuesday", P("Sittwe", "MM"), "monday", tp=2,
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7),
  E(bg, "Shelling/artillery/missile attack", "junta warships shelled the coastal town of Toungup", P("Toungup", "MM", 1, lat=18.84, lon=94.24, a1="Rakhine"), "2025-12-14",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=4),
]),

S("st-ag-008", "2026-05-14", """Dissidents' drones hit police station in Argelia; two soldiers die in Antioquia namesake

POPAYAN, Colombia (Regional press) - Two police officers were wounded on Tuesday night when explosives dropped from drones hit the police station in Argelia, in the south of Cauca department, in an attack the police blamed on the Carlos Patino Front, a faction of the FARC dissidents that controls the coca-growing El Plateado area.

The station's commander said at least five charges were dropped on the building between 9 and 11 p.m., and that a shop and two houses on the town's main square were damaged. The front has carried out dozens of such attacks in southern Cauca since 2024.

Some 450 kilometres to the north, in the municipality of Argelia in Antioquia - a town that shares its name - two soldiers of the army's Fourth Brigade were killed and one was wounded on Wednesday when they stepped on a landmine while patrolling a rural area of the municipality, the army said. It blamed the ELN, which has fought the dissidents for control of the area's mining corridors. The ELN has not commented.

In Jamundi, in neighbouring Valle del Cauca, some 300 residents blocked the Pan-American Highway on Wednesday to demand more troops after a week of attacks in the town's rural zone. Riot police removed the blockade with tear gas in the afternoon and detained six people, the mayor's office said.""", [
  E(cur, "Air/drone strike", "explosives dropped from drones hit the police station in Argelia", P("Argelia", "CO", 1, admin1="Cauca"), "tuesday",
    a1="Carlos Patino Front", i1=2, a2=COL_POL, i2=1, inj=2),
  E(cur, "Remote explosive/landmine/IED", "they stepped on a landmine while patrolling a rural area of the municipality", P("Argelia", "CO", 2, admin1="Antioquia"), "wednesday",
    a1="ELN: National Liberation Army", i1=2, a2=COL, i2=1, fat=2, inj=1),
  E(cur, "Protest with intervention", "some 300 residents blocked the Pan-American Highway on Wednesday to demand more troops", P("Jamundi", "CO"), "wednesday",
    a1="Protesters (Colombia)", i1=6, a2=COL_POL, i2=1),
], register="local"),

S("st-ag-009", "2025-09-17", """HAITI/
Gang kills 11 in Artibonite village raid; police drone strikes hit hideouts

PORT-AU-PRINCE, Sept 17 (Wire) - Members of the Gran Grif gang killed at least 11 people, including two children, and set fire to about 40 houses in a raid on the village of Pont-Sonde, in Haiti's Artibonite valley, early on Sunday, a local human rights group and the town hall of Saint-Marc said.

The attackers, who came on foot across the rice fields from their stronghold in Savien, a few kilometres to the east, shot people as they fled and burned homes and a church, the group said. Survivors said the gang accused residents of supporting a self-defence brigade that had set up a checkpoint on the national road.

On Monday, a task force set up by the prime minister's office to fight the gangs said it had carried out drone strikes on two Gran Grif hideouts near Savien, killing "several gang members". Residents said the strikes had also wounded a woman in her house.

In Port-au-Prince, hundreds of people marched on Tuesday from the Delmas 32 area towards the prime minister's office to demand security. Police fired tear gas at the crowd near the Champ de Mars, and some protesters threw stones and burned tyres, witnesses said; three people were hurt.

Gran Grif, which controls much of the lower Artibonite, has been blamed for most of the massacres in the valley since 2024.""", [
  E(cur, "Attack", "Members of the Gran Grif gang killed at least 11 people", P("Pont-Sonde", "HT", 1, lat=19.15, lon=-72.62, a1="Artibonite"), "sunday",
    a1=GRANGRIF, i1=3, a2="Civilians (Haiti)", i2=7, fat=11),
  E(cur, "Air/drone strike", "it had carried out drone strikes on two Gran Grif hideouts near Savien", P("Pont-Sonde", "HT", 2, lat=19.15, lon=-72.62, a1="Artibonite"), "monday", tp=2,
    a1=HTI_POL, i1=1, a2=GRANGRIF, i2=3, fat=3, inj=1),
  E(cur, "Violent demonstration", "Police fired tear gas at the crowd near the Champ de Mars, and some protesters threw stones and burned tyres", P("Port-au-Prince", "HT"), "tuesday",
    a1="Rioters (Haiti)", i1=5, a2=HTI_POL, i2=1, inj=3),
]),

S("st-ag-010", "2026-11-03", """Seven soldiers martyred in Bajaur attack; tribal fighting flares again in Kurram

PESHAWAR (Regional press) - Seven soldiers were martyred and four others injured when terrorists attacked a security forces' check post in the Mamund area of Bajaur district in the early hours of Sunday, officials said. According to police, the attackers, who came from across the border, used heavy weapons and quadcopters in the assault, which lasted nearly two hours. The banned Tehreek-i-Taliban Pakistan claimed responsibility.

In a statement on Monday, the ISPR said that in a follow-up operation in the area security forces had "sent to hell" eleven khwarij involved in the attack, and that a sanitisation operation was under way. Local residents said a curfew had been imposed in several villages of Mamund and that people were unable to take their sick to hospital in Khar.

Meanwhile, in Kurram district, heavy firing between two tribes resumed on Sunday night in the Balishkhel area, near Sadda, over a decades-old land dispute, leaving five people dead and nine injured, the deputy commissioner said. Both sides used heavy weapons, and bunkers were set on fire. Elders of the two tribes agreed on a ceasefire on Monday afternoon after a jirga in Parachinar, and the administration deployed troops to the bunkers.

The Parachinar-Peshawar road remained closed for the third day.""", [
  E(cur, "Armed clash", "terrorists attacked a security forces' check post in the Mamund area of Bajaur district", P("Mamund", "PK", 2, lat=34.75, lon=71.42, a1="Khyber Pakhtunkhwa"), "sunday",
    a1=TTP, i1=2, a2=PAK, i2=1, fat=7, inj=4),
  E(cur, "Armed clash", "in a follow-up operation in the area security forces had \"sent to hell\" eleven khwarij", P("Mamund", "PK", 2, lat=34.75, lon=71.42, a1="Khyber Pakhtunkhwa"), "monday", tp=2,
    a1=PAK, i1=1, a2=TTP, i2=2, fat=11),
  E(cur, "Other", "a curfew had been imposed in several villages of Mamund", P("Mamund", "PK", 2, lat=34.75, lon=71.42, a1="Khyber Pakhtunkhwa"), "monday", tp=2),
  E(cur, "Armed clash", "heavy firing between two tribes resumed on Sunday night in the Balishkhel area, near Sadda", P("Parachinar", "PK", 2, lat=33.8997, lon=70.1001, a1="Khyber Pakhtunkhwa"), "sunday",
    a1="Unidentified Tribal Militia (Pakistan)", i1=4, a2="Unidentified Tribal Militia (Pakistan)", i2=4, fat=5, inj=9),
  E(cur, "Agreement", "Elders of the two tribes agreed on a ceasefire on Monday afternoon", P("Parachinar", "PK", 1, a1="Khyber Pakhtunkhwa"), "monday",
    a1="Unidentified Tribal Militia (Pakistan)", i1=4, a2="Unidentified Tribal Militia (Pakistan)", i2=4),
], register="local"),

S("st-ag-011", "2026-03-12", """Two village volunteers killed in Moirang foothills firing; women protesters hurt as forces stop march

IMPHAL (Regional press) - Two village volunteers were killed and three others injured when suspected Kuki militants opened fire from the surrounding hill ranges on bunkers manned by Meitei volunteers at Phougakchao Ikhai, south of Moirang in Bishnupur district, on Tuesday evening, police said. The volunteers returned fire and the exchange went on for over three hours before central forces stationed in the buffer zone moved in, a senior police officer said. The injured were taken to the Regional Institute of Medical Sciences in Imphal, where one of them was said to be critical.

On Wednesday morning, hundreds of women of the Meira Paibi groups of Moirang and nearby villages tried to march towards the buffer zone carrying the bodies of the two volunteers, demanding that the central forces be withdrawn. Security forces stopped them at Kwakta, firing tear gas shells and mock bombs, and at least 12 women were injured, the organisers said. The bodies were later taken back to the morgue.

A joint team of the state police and the Assam Rifles conducted search operations in the foothills on both sides of the Bishnupur-Churachandpur border on Wednesday. No arrest was made and nothing was recovered, according to a police statement.

The foothills had been calm since January 23, when suspected Kuki militants and village volunteers exchanged fire in the hills west of Moirang, leaving one volunteer dead. More than 250 people have been killed in Manipur's ethnic violence since May 2023.""", [
  E(cur, "Armed clash", "suspected Kuki militants opened fire from the surrounding hill ranges on bunkers manned by Meitei volunteers", P("Moirang", "IN", 2, lat=24.5, lon=93.78, a1="Manipur"), "tuesday",
    a1=KUKI, i1=4, a2=MEITEI, i2=4, fat=2, inj=3),
  E(cur, "Protest with intervention", "Security forces stopped them at Kwakta, firing tear gas shells and mock bombs", P("Moirang", "IN", 2, lat=24.5, lon=93.78, a1="Manipur"), "wednesday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1, inj=12),
  E(bg, "Armed clash", "suspected Kuki militants and village volunteers exchanged fire in the hills west of Moirang", P("Moirang", "IN", 2, lat=24.5, lon=93.78, a1="Manipur"), "2026-01-23",
    a1=KUKI, i1=4, a2=MEITEI, i2=4, fat=1),
], register="local"),

S("st-ag-012", "2026-11-09", """14 hurt as rival rallies turn violent in Molo

NAKURU (Regional press) - Violence marred rival political rallies in Nakuru County on Sunday, leaving 14 people injured and several vehicles damaged, police said.

The trouble started in Molo town at about 2 p.m., when supporters of the ruling UDA party, who had gathered at the bus park to welcome a cabinet secretary, met a procession of opposition supporters heading for a rally at the stadium a few hundred metres away. The two groups pelted each other with stones and fought with clubs for close to an hour, and the windscreens of at least six matatus were smashed, witnesses said. Anti-riot police fired tear gas to separate them. Among the injured, who were treated at Molo Sub-County Hospital, were two journalists.

"These were hired goons brought in from outside," the area MP said on Monday, blaming the opposition. An opposition spokesperson accused the government side of ferrying youths to disrupt their meeting, which was later called off.

In a statement on Monday, the Nakuru County Police Commander said officers had arrested 11 suspects in an operation in Molo and Elburgon on Sunday night and Monday morning, and that they would be arraigned on Tuesday for creating disturbance.

In Kisumu, about 300 boda boda riders marched to the county offices on Monday to protest against a new parking levy, and dispersed after handing in a petition.

Campaigns for the August 2027 general election have not officially started, but politicians have been holding rallies across the country for months.""", [
  E(cur, "Violent demonstration", "The two groups pelted each other with stones and fought with clubs for close to an hour", P("Molo", "KE"), "sunday",
    a1="Rioters (Kenya)", i1=5, a2="Rioters (Kenya)", i2=5, inj=14),
  E(cur, "Arrests", "officers had arrested 11 suspects in an operation in Molo and Elburgon", P("Molo", "KE"), "sunday", tp=2,
    a1=KEN_POL, i1=1, a2="Rioters (Kenya)", i2=5),
  E(cur, "Peaceful protest", "about 300 boda boda riders marched to the county offices on Monday to protest against a new parking levy", P("Kisumu", "KE"), "monday",
    a1="Protesters (Kenya)", i1=6),
], register="local"),

S("st-ag-013", "2026-03-04", """One killed, 30 injured as BNP factions clash in Bogra's Shibganj

BOGRA, March 4 (Regional press) - A local BNP activist was killed and at least 30 people were injured on Tuesday afternoon when supporters of two factions of the party clashed over control of the bus terminal at the main bazar in Shibganj town, in Shibganj upazila of Bogra, police and witnesses said.

Supporters of the upazila BNP convener and of a former municipality councillor attacked each other with sticks, sharp weapons and brickbats for more than an hour, and some of them exploded crude bombs, witnesses said. Around 15 shops and a motorcycle were vandalised. Shafiqul Islam, 38, died on the way to the Shaheed Ziaur Rahman Medical College Hospital in Bogra town, the officer-in-charge of Shibganj police station said. The upazila administration imposed Section 144 in the bazar area from Tuesday evening to prevent further violence.

Police later conducted drives in several villages of the upazila and arrested nine people on Tuesday night in connection with the clash, the OC said on Wednesday. A case was being filed.

The district BNP leadership expelled the councillor from the party on Wednesday.

Meanwhile in Dhaka, students of several private universities formed a human chain in front of the National Press Club on Wednesday morning, demanding the trial of those responsible for the killing of a student in a mob attack in Mirpur last week.""", [
  E(cur, "Mob violence", "supporters of two factions of the party clashed over control of the bus terminal at the main bazar in Shibganj town", P("Shibganj", "BD", 1, lat=25.0, lon=89.32, a1="Rajshahi"), "tuesday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=30),
  E(cur, "Other", "The upazila administration imposed Section 144 in the bazar area", P("Shibganj", "BD", 1, lat=25.0, lon=89.32, a1="Rajshahi"), "tuesday"),
  E(cur, "Arrests", "Police later conducted drives in several villages of the upazila and arrested nine people", P("Shibganj", "BD", 3, lat=25.0, lon=89.32, a1="Rajshahi"), "tuesday",
    a1=BGD_POL, i1=1, a2="Rioters (Bangladesh)", i2=5),
  E(cur, "Peaceful protest", "students of several private universities formed a human chain in front of the National Press Club", P("Dhaka", "BD"), "wednesday",
    a1="Protesters (Bangladesh)", i1=6),
], register="local"),

S("st-ag-014", "2026-08-26", """PHILIPPINES/
Clan war leaves four dead in Maguindanao town; troops kill two Dawlah Islamiyah gunmen in Lanao

COTABATO CITY, Philippines, Aug 26 (Wire) - Four people were killed and six wounded when two feuding clans exchanged gunfire for several hours in a village of Datu Piang town in Maguindanao del Sur on Monday, police said, forcing some 300 families to flee to the town centre.

The fighting, between relatives of a village chairman and a rival family over a land dispute that dates back to the 1990s, stopped only after soldiers of the army's 6th Infantry Division were deployed between the two sides, the town's police chief said. Both clans had used assault rifles and at least one M79 grenade launcher. Local officials said on Tuesday that elders of the two families had agreed to meet for talks mediated by the provincial government, but no date had been set.

In Lanao del Sur, troops of the 103rd Infantry Brigade killed two members of the Islamic State-linked Dawlah Islamiyah in a firefight in the hinterlands of Butig on Sunday morning, the brigade said. No soldiers were hurt. Two M16 rifles and a bag of explosives were recovered.

The army's Joint Task Force Central said in a separate release on Tuesday that soldiers had arrested a sub-leader of the Bangsamoro Islamic Freedom Fighters (BIFF) at a checkpoint in Datu Hoffer Ampatuan on Monday afternoon, and that a raid on a house in Shariff Aguak on the same day, acting on a tip that firearms were kept there, had found no weapons.

Caption: Soldiers stand guard in Datu Piang, Maguindanao del Sur, on Monday after a gunbattle between two clans.""", [
  E(cur, "Armed clash", "two feuding clans exchanged gunfire for several hours in a village of Datu Piang town", P("Datu Piang", "PH", 2, lat=7.03, lon=124.5, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "monday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4, fat=4, inj=6),
  E(cur, "Armed clash", "troops of the 103rd Infantry Brigade killed two members of the Islamic State-linked Dawlah Islamiyah in a firefight", P("Butig", "PH", 2, lat=7.72, lon=124.3, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "sunday",
    a1=PHL, i1=1, a2=DI, i2=2, fat=2, inj=0),
  E(cur, "Arrests", "soldiers had arrested a sub-leader of the Bangsamoro Islamic Freedom Fighters (BIFF) at a checkpoint in Datu Hoffer Ampatuan", P("Buluan", "PH", 2, lat=6.7203, lon=124.8019, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "monday",
    a1=PHL, i1=1, a2="BIFF: Bangsamoro Islamic Freedom Fighters", i2=2),
  unscored(E(cap, "Armed clash", "Soldiers stand guard in Datu Piang, Maguindanao del Sur, on Monday after a gunbattle between two clans", P("Datu Piang", "PH", 2, lat=7.03, lon=124.5, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "monday",
             a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4), "fatalities", "injuries", "geo_precision"),
]),

S("st-ag-015", "2026-05-06", """SYRIA/
Druze, Bedouin fighters clash west of Sweida after highway kidnappings; Israeli drone hits army convoy in Daraa

DAMASCUS, May 6 (Wire) - Druze gunmen and Bedouin tribal fighters exchanged fire for several hours on Tuesday in villages on the western edge of Sweida city, killing five people, two days after three Bedouin men were kidnapped on the Damascus-Sweida highway, local monitors and a Druze faction said.

The three men, lorry drivers from a Bedouin clan of the Sweida countryside, were stopped at a makeshift checkpoint near Shahba on Sunday evening by armed men who took them away in their lorries, relatives said. Bedouin tribal leaders accused Druze gunmen of the abduction; the men were released on Tuesday night after the intervention of Druze religious leaders.

The Interior Ministry said it had sent General Security convoys to the western countryside of Sweida after the fighting and that calm had returned by Wednesday morning. The ministry said a member of its forces had been wounded by sniper fire on the road into the city.

In neighbouring Daraa province, an Israeli drone struck a convoy of Syrian army vehicles moving towards Izra on Tuesday night, killing three soldiers, a military source told the state news agency SANA. The Israeli military said it had struck "weapons being moved into southern Syria", which it has demanded be kept free of heavy arms since December 2024.

Sweida, home to most of Syria's Druze, has been largely outside government control since fighting between Druze factions, Bedouin tribes and government forces killed more than 1,000 people in July 2025.""", [
  E(cur, "Armed clash", "Druze gunmen and Bedouin tribal fighters exchanged fire for several hours on Tuesday in villages on the western edge of Sweida city", P("As-Suwayda", "SY", 2, lat=32.71, lon=36.57, a1="As-Suwayda"), "tuesday",
    a1=DRUZE, i1=4, a2=BEDOUIN, i2=4, fat=5),
  E(cur, "Abduction/forced disappearance", "were stopped at a makeshift checkpoint near Shahba on Sunday evening by armed men who took them away", P("Shahba", "SY", 2), "sunday",
    a1=DRUZE, i1=4, a2="Civilians (Syria)", i2=7),
  unscored(E(cur, "Armed clash", "a member of its forces had been wounded by sniper fire on the road into the city", P("As-Suwayda", "SY", 2, lat=32.71, lon=36.57, a1="As-Suwayda"), "tuesday", tp=2,
             a1="Unidentified Armed Group (Syria)", i1=3, a2="Police Forces of Syria (2024-)", i2=1, inj=1), "event_date"),
  E(cur, "Air/drone strike", "an Israeli drone struck a convoy of Syrian army vehicles moving towards Izra", P("Izra", "SY", 2, lat=32.87, lon=36.25, a1="Daraa"), "tuesday",
    a1=ISR, i1=8, a2=SYR, i2=1, fat=3),
]),

S("st-ag-016", "2026-02-11", """IRAQ/
Islamic State attack kills two soldiers near Daquq; Turkish drone hits car in Duhok

ERBIL, Iraq, Feb 11 (Wire) - Islamic State militants attacked an Iraqi army post near Daquq, south of Kirkuk, late on Monday, killing two soldiers and wounding three, two security officials said, in one of the deadliest attacks on the army in the province this year.

The attackers, who used rifles and a sniper scope, withdrew into the valleys of Wadi al-Shay, an area of orchards and caves that has long served as a hideout for the group's remnants, one of the officials said. Troops and Popular Mobilisation Forces combed the orchards around Daquq on Tuesday but found no trace of them.

On Tuesday afternoon, Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains, killing five militants, the Joint Operations Command said in a statement. It did not say whether the strike was linked to Monday's attack.

In the Kurdistan region, a Turkish drone struck a car on a mountain road near Kani Masi, in Duhok province, on Sunday, killing the two men inside, the region's counter-terrorism service said. Turkey's defence ministry said on Monday it had "neutralised" two PKK militants "who refused to lay down their arms", but the mayor of the sub-district said the men were smugglers from a nearby village who had no ties to the group. The PKK announced in May 2025 that it was dissolving and disarming.

In Kirkuk city, several hundred contract workers of the North Oil Company protested outside its headquarters on Tuesday to demand permanent jobs.""", [
  E(cur, "Armed clash", "Islamic State militants attacked an Iraqi army post near Daquq", P("Daquq", "IQ", 2, lat=35.14, lon=44.45, a1="Kirkuk"), "monday",
    a1=IS_IQ, i1=2, a2=IRQ, i2=1, fat=2, inj=3),
  E(cur, "Air/drone strike", "Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains", P("Hamrin Mountains", "IQ", 2, lat=34.5, lon=44.4, a1="Salah al-Din"), "tuesday",
    a1=IRQ, i1=1, a2=IS_IQ, i2=2, fat=5),
  unscored(E(cur, "Air/drone strike", "a Turkish drone struck a car on a mountain road near Kani Masi", P("Kani Masi", "IQ", 2, lat=37.23, lon=43.44, a1="Duhok"), "sunday",
             a1=TUR, i1=8, fat=2), "actor2", "inter2"),
  E(cur, "Peaceful protest", "several hundred contract workers of the North Oil Company protested outside its headquarters", P("Kirkuk", "IQ"), "tuesday",
    a1="Protesters (Iraq)", i1=6),
]),

S("st-ag-017", "2026-05-28", """Child killed by Houthi sniper in Taiz as fighting flares on western front

TAIZ (Regional press) - A 10-year-old boy was killed and his brother was wounded on Wednesday afternoon when a Houthi sniper opened fire on them as they were fetching water in the Osaifra neighbourhood of Taiz city, the city's health office said. The besieged city's eastern and northern neighbourhoods overlook Houthi positions on the surrounding hills.

On the western front, government forces repelled an attack by Houthi militiamen on their positions in the al-Kadaha area of Maqbanah district on Tuesday night, killing six of the attackers, a military spokesman said. Two soldiers were killed in the fighting, which lasted until dawn. The Houthi-run Saba news agency said its forces had "foiled an infiltration attempt by mercenaries" in the same area, without giving a toll.

Houthi shells also hit houses in a village of the district on Wednesday morning, killing a woman, local residents said.

In Marib, a Houthi drone hit a government military camp in Raghwan district on Tuesday, wounding four soldiers, a military source told the state news agency Saba.

The Houthis and the government have been observing a broadly held truce since April 2022, but fighting has continued on most fronts.""", [
  E(cur, "Attack", "a Houthi sniper opened fire on them as they were fetching water in the Osaifra neighbourhood of Taiz city", P("Taiz", "YE", 2, lat=13.58, lon=44.02, a1="Taiz"), "wednesday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=1, inj=1),
  E(cur, "Armed clash", "government forces repelled an attack by Houthi militiamen on their positions in the al-Kadaha area of Maqbanah district", P("Maqbanah", "YE", 2, lat=13.66, lon=43.69, a1="Taiz"), "tuesday",
    a1=YEM, i1=1, a2=HOUTHI, i2=1, fat=8),
  E(cur, "Shelling/artillery/missile attack", "Houthi shells also hit houses in a village of the district", P("Maqbanah", "YE", 3, lat=13.66, lon=43.69, a1="Taiz"), "wednesday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=1),
  E(cur, "Air/drone strike", "a Houthi drone hit a government military camp in Raghwan district", P("Raghwan", "YE", 3, lat=15.77, lon=45.08, a1="Marib"), "tuesday",
    a1=HOUTHI, i1=1, a2=YEM, i2=1, inj=4),
], register="local"),

S("st-ag-018", "2026-08-27", """CAMEROON/
Separatists burn bus in Kumbo as lockdown empties Anglophone towns

BAMENDA, Cameroon, Aug 27 (Wire) - Streets in Bamenda and other towns of Cameroon's English-speaking North-West region were deserted on Thursday as separatist fighters enforced a five-day lockdown they declared from Monday to stop the new school year from starting in the two English-speaking regions.

In Kumbo, armed men ordered passengers out of a bus whose driver had defied the lockdown on Wednesday morning and set it on fire at the town's main motor park, residents said; no one was hurt. The separatists had warned on social media that anyone seen on the roads during the lockdown would be "treated as an enemy".

The army said on Wednesday that soldiers had raided a separatist camp in the bush near Ndop on Tuesday, killing three fighters, including a self-styled "general", and seizing homemade guns. A relative of one of the dead told Wire he was a farmer who had been taken from his house.

In Bafut, troops searched homes on Wednesday looking for weapons after gunfire was heard overnight. Residents said nothing was found and no one was detained.

Fighting between separatists and the army in the North-West and South-West regions has killed more than 6,500 people since 2017, according to the International Crisis Group.""", [
  E(cur, "Other", "separatist fighters enforced a five-day lockdown they declared from Monday", P("North-West", "CM", 3, lat=5.96, lon=10.15, a1="North-West"), "monday", tp=2,
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Looting/property destruction", "armed men ordered passengers out of a bus whose driver had defied the lockdown", P("Kumbo", "CM"), "wednesday",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "soldiers had raided a separatist camp in the bush near Ndop", P("Ndop", "CM", 2, lat=5.99, lon=10.44, a1="North-West"), "tuesday",
    a1=CMR, i1=1, a2=AMBA, i2=2, fat=3),
]),

S("st-ag-019", "2026-01-30", """ETHIOPIA/
Fano fighters storm Dabat, free prisoners; drone strike kills 11 on minibus

ADDIS ABABA, Jan 30 (Wire) - Fighters of the Fano militia stormed the town of Dabat, north of Gondar in Ethiopia's Amhara region, on Wednesday, freeing inmates from the town's prison and holding several neighbourhoods for hours before withdrawing at nightfall as army reinforcements arrived, three residents said.

At least nine people, four of them civilians caught in the crossfire, were killed in the fighting between the militiamen and federal troops, a health worker at the town's hospital said. A Fano spokesman said its fighters had killed "more than 70" soldiers. The Amhara regional government said in a statement that "extremist forces" had been "destroyed" and that the town was under full control.

On Thursday, a drone strike hit a minibus just outside Dabat on the road to Debark, killing 11 passengers, including two children, two residents and a local official said. The government did not comment.

In Mota, in East Gojjam zone, Fano fighters abducted the head of the town's Prosperity Party office and two teachers from their homes on Monday night, a local official said. Their whereabouts were unknown.

The conflict in Amhara began in August 2023 when the government moved to disarm regional forces. On Dec. 14, Fano fighters ambushed an army convoy near Nefas Mewcha, killing 12 soldiers, according to the group.""", [
  E(cur, "Armed clash", "Fighters of the Fano militia stormed the town of Dabat", P("Dabat", "ET"), "wednesday",
    a1=FANO, i1=3, a2=ETH, i2=1, fat=9),
  E(cur, "Air/drone strike", "a drone strike hit a minibus just outside Dabat on the road to Debark", P("Dabat", "ET", 2), "thursday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=11),
  E(cur, "Abduction/forced disappearance", "Fano fighters abducted the head of the town's Prosperity Party office and two teachers", P("Mota", "ET", 1, lat=11.08, lon=37.87, a1="Amhara"), "monday",
    a1=FANO, i1=3, a2="Civilians (Ethiopia)", i2=7),
  E(bg, "Armed clash", "Fano fighters ambushed an army convoy near Nefas Mewcha", P("Nefas Mewcha", "ET", 2, lat=11.73, lon=38.47, a1="Amhara"), "2025-12-14",
    a1=FANO, i1=3, a2=ETH, i2=1, fat=12),
]),

S("st-ag-020", "2025-10-06", """EUROPE: WEEK IN BRIEF (29 September - 5 October)

FRANCE - A 19-year-old man was shot dead on Tuesday night at a drug-dealing point in the Frais-Vallon housing estate, in Marseille's 13th arrondissement, the prosecutor's office said. It was the city's 14th killing this year linked to the turf war between rival drug networks, the prosecutor said.

GERMANY - Unknown people set fire to six vans of a construction company building a new police station in the Connewitz district of Leipzig overnight into Friday. Nobody was hurt. Police said a claim of responsibility posted online by left-wing extremists was being examined.

GREECE - Youths threw petrol bombs and stones at riot police in the Exarcheia district of Athens on Saturday night after a march against a new university security law; police fired tear gas and detained 14 people.

SPAIN - Several hundred farmers drove their tractors into the centre of Zaragoza on Wednesday to protest against the EU-Mercosur trade agreement. The march passed off peacefully.

NETHERLANDS - A court in Rotterdam sentenced two men to eight years in prison for an explosion at a flat in 2024 that prosecutors linked to a dispute between criminal groups.""", [
  E(cur, "Attack", "A 19-year-old man was shot dead on Tuesday night at a drug-dealing point", P("Marseille", "FR", 2), "2025-09-30",
    a1="Unidentified Armed Group (France)", i1=3, a2="Civilians (France)", i2=7, fat=1),
  E(cur, "Looting/property destruction", "Unknown people set fire to six vans of a construction company", P("Leipzig", "DE", 2), "2025-10-03",
    a1="Unidentified Armed Group (Germany)", i1=3, a2="Civilians (Germany)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "Youths threw petrol bombs and stones at riot police in the Exarcheia district of Athens", P("Athens", "GR", 2), "2025-10-04",
    a1="Rioters (Greece)", i1=5, a2="Police Forces of Greece (2019-)", i2=1),
  E(cur, "Peaceful protest", "Several hundred farmers drove their tractors into the centre of Zaragoza", P("Zaragoza", "ES"), "2025-10-01",
    a1="Protesters (Spain)", i1=6),
], register="digest"),

S("st-ag-021", "2026-01-15", """MOZAMBIQUE: Cabo Delgado - Humanitarian Snapshot No. 2 (5 - 11 January 2026)

KEY DEVELOPMENTS
Insecurity continued to affect Macomia, Ancuabe and Mocimboa da Praia districts during the reporting period, with 11 security incidents recorded by partners, compared with 7 the previous week. Since 1 December, partners have recorded 118 incidents affecting civilians in the province.

On 6 January, three farmers were killed by suspected non-state armed group (NSAG) members while working in their fields near Mucojo, in Macomia district, according to local sources. Following the incident, at least 400 people moved from surrounding areas to Macomia town.

On 8 January, members of the NSAG set fire to a chapel and at least 20 houses in Nanjua, a village of Ancuabe district, after residents had fled on hearing of their approach. No casualties were reported.

On 9 January, NSAG members attacked a position of the Mozambican Defence Armed Forces (FADM) at Chai, south of Macomia town, in fighting that lasted several hours. Local sources reported that four soldiers were killed; the number of NSAG casualties is unknown. The N380 road was closed to humanitarian traffic for two days.

According to a statement by the Rwandan Defence Force (RDF) on 10 January, its troops, deployed in the province since 2021, killed six "terrorists" in a clash near Mbau, in Mocimboa da Praia district, on the same day, and recovered weapons. The Islamic State, which calls the group its Mozambique Province, claimed the Chai attack but did not mention Mbau.

HUMANITARIAN NEEDS AND RESPONSE
Partners provided food assistance to 2,150 newly displaced people in Macomia town. Mobile clinics in Ancuabe were suspended for the week.

This snapshot is produced by humanitarian partners on the ground. Figures are preliminary and subject to change.""", [
  E(cur, "Attack", "three farmers were killed by suspected non-state armed group (NSAG) members while working in their fields near Mucojo", P("Mucojo", "MZ", 2, lat=-11.9, lon=40.4, a1="Cabo Delgado"), "2026-01-06",
    a1="Unidentified Armed Group (Mozambique)", i1=3, a2="Civilians (Mozambique)", i2=7, fat=3),
  E(cur, "Looting/property destruction", "members of the NSAG set fire to a chapel and at least 20 houses in Nanjua", P("Ancuabe", "MZ", 2, lat=-12.97, lon=39.86, a1="Cabo Delgado"), "2026-01-08",
    a1="Unidentified Armed Group (Mozambique)", i1=3, a2="Civilians (Mozambique)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "NSAG members attacked a position of the Mozambican Defence Armed Forces (FADM) at Chai", P("Macomia", "MZ", 2, lat=-12.25, lon=40.12, a1="Cabo Delgado"), "2026-01-09",
    a1=ISM, i1=2, a2=MOZ, i2=1, fat=4),
  E(cur, "Armed clash", "its troops, deployed in the province since 2021, killed six \"terrorists\" in a clash near Mbau", P("Mbau", "MZ", 2, lat=-11.42, lon=40.17, a1="Cabo Delgado"), "2026-01-10",
    a1=RWA, i1=8, a2="Unidentified Armed Group (Mozambique)", i2=3, fat=6),
], register="ngo"),

S("st-ag-022", "2025-11-05", """LIVE: Sahel security - Wednesday 5 November

08:40 - NIGER: Gunmen on motorbikes killed 17 civilians at the weekly market in Banibangou, in the Tillaberi region near the Malian border, on Monday afternoon, a local official tells us. "They surrounded the market and fired on the crowd," he says. No group has claimed the attack, but the Islamic State Sahel Province (ISSP) is active in the area.

09:55 - Niger's defence ministry, in its weekly bulletin read on state TV last night, says soldiers "neutralised" 23 terrorists in a clash near Makalondi, close to the border with Burkina Faso, on Saturday. Four soldiers were killed and seven wounded, the bulletin says. It also reports the arrest of 12 suspected "logistics suppliers" of armed groups in the Diffa region during the week, without giving a place.

10:30 - BURKINA FASO: JNIM says in a statement that its fighters attacked an army and VDP convoy on the road between Dori and Gorom-Gorom on Monday and killed "dozens" of soldiers. Government spokesman: "No convoy was attacked on that axis this week." We cannot verify either account.

11:15 - Background: Banibangou was the scene of one of the deadliest attacks in western Niger this year, when 37 soldiers were killed in an ambush on the road to the town on 27 May.

12:05 - BURKINA FASO: Residents of Kaya tell us that about 200 people marched to the governor's office this morning to demand news of five traders missing since they were stopped at an army checkpoint on the road to Kongoussi on 28 October. Police fired tear gas to stop the march outside the office, and the crowd dispersed after an hour.

12:40 - That's all for today. Thanks for following.""", [
  E(cur, "Attack", "Gunmen on motorbikes killed 17 civilians at the weekly market in Banibangou", P("Banibangou", "NE", 1, lat=15.04, lon=2.70, a1="Tillaberi"), "monday",
    a1="Unidentified Armed Group (Niger)", i1=3, a2="Civilians (Niger)", i2=7, fat=17),
  E(cur, "Armed clash", "soldiers \"neutralised\" 23 terrorists in a clash near Makalondi", P("Makalondi", "NE", 2, lat=12.83, lon=1.68, a1="Tillaberi"), "saturday",
    a1=NER, i1=1, a2="Unidentified Armed Group (Niger)", i2=3, fat=27, inj=7),
  unscored(E(cur, "Arrests", "the arrest of 12 suspected \"logistics suppliers\" of armed groups in the Diffa region", P("Diffa", "NE", 3, lat=13.32, lon=12.61, a1="Diffa"), "2025-10-28", tp=2,
             a1=NER, i1=1, a2="Unidentified Armed Group (Niger)", i2=3), "event_date"),
  unscored(E(cur, "Armed clash", "its fighters attacked an army and VDP convoy on the road between Dori and Gorom-Gorom", P("Dori", "BF", 2), "monday",
             a1=JNIM, i1=2, a2=BFA, i2=1), "fatalities"),
  E(bg, "Armed clash", "37 soldiers were killed in an ambush on the road to the town on 27 May", P("Banibangou", "NE", 2, lat=15.04, lon=2.70, a1="Tillaberi"), "2025-05-27",
    a1="Unidentified Armed Group (Niger)", i1=3, a2=NER, i2=1, fat=37),
  E(cur, "Protest with intervention", "about 200 people marched to the governor's office this morning to demand news of five traders", P("Kaya", "BF"), 0,
    a1="Protesters (Burkina Faso)", i1=6, a2="Police Forces of Burkina Faso (2022-)", i2=1),
  E(bg, "Abduction/forced disappearance", "five traders missing since they were stopped at an army checkpoint on the road to Kongoussi on 28 October", P("Kaya", "BF", 2), "2025-10-28",
    a1=BFA, i1=1, a2="Civilians (Burkina Faso)", i2=7),
], register="live"),

S("st-ag-023", "2026-09-15", """CENTRAL AFRICA/
3R rebels kill six soldiers near Bocaranga; farmers and herders fight in southern Chad

BANGUI, Sept 15 (Wire) - Fighters of the 3R rebel group attacked an army post near Bocaranga in the north-west of the Central African Republic on Saturday, killing six soldiers, a local official and a U.N. source said.

The attackers, who came from the direction of the Cameroonian border, overran the post at dawn and withdrew with weapons after about two hours, the official said. The army, backed by Russian instructors, launched a counter-offensive on Sunday and said it had retaken "all positions" and killed "many" rebels. The 3R, one of the groups that signed a peace deal with the government in 2019 and later left it, has been fighting the army in the area for years.

In southern Chad, at least nine people were killed and 14 wounded on Sunday when farmers and herders fought with machetes, bows and arrows near Koumra, in Mandoul province, after cattle strayed into a millet field, the provincial governor said. Several huts were burned. The government said on Monday it had sent a delegation to the area and imposed a curfew on Koumra and the surrounding villages.

Clashes between farmers and herders have killed hundreds of people in southern Chad over the past three years.""", [
  E(cur, "Armed clash", "Fighters of the 3R rebel group attacked an army post near Bocaranga", P("Bocaranga", "CF", 2, lat=6.99, lon=15.64, a1="Ouham-Pende"), "saturday",
    a1=R3, i1=2, a2=CAF, i2=1, fat=6),
  unscored(E(cur, "Armed clash", "The army, backed by Russian instructors, launched a counter-offensive on Sunday", P("Bocaranga", "CF", 2, lat=6.99, lon=15.64, a1="Ouham-Pende"), "sunday",
             a1=CAF, i1=1, assoc_actor_1="Wagner Group", a2=R3, i2=2), "fatalities"),
  E(cur, "Mob violence", "farmers and herders fought with machetes, bows and arrows near Koumra", P("Koumra", "TD", 2, lat=8.92, lon=17.55, a1="Mandoul"), "sunday",
    a1="Rioters (Chad)", i1=5, a2="Rioters (Chad)", i2=5, fat=9, inj=14),
  E(cur, "Other", "imposed a curfew on Koumra and the surrounding villages", P("Koumra", "TD", 1, lat=8.92, lon=17.55, a1="Mandoul"), "monday", tp=2,
    a1=TCD_GOV, i1=1),
]),

S("st-ag-024", "2026-09-15", """SOUTH SUDAN/
Cattle raid leaves at least 12 dead in Lakes state; air strike hits Nasir market

JUBA, Sept 15 (Wire) - At least 12 people were killed on Saturday when armed youths from neighbouring Rumbek East county raided cattle camps in Yirol West county, in South Sudan's Lakes state, and fought the camps' armed herders for several hours, a county commissioner said on Sunday.

The raiders drove off hundreds of head of cattle towards Rumbek East, the commissioner said, adding that soldiers had been sent to the border between the two counties to stop the fighting from spreading.

On Monday, the Lakes state information minister told reporters in Rumbek that the toll had risen to 19, including three children caught in the crossfire, and that about 700 head of cattle had been taken. Twenty-two people were being treated for gunshot wounds in Yirol hospital, he said.

In Upper Nile state, an air strike hit the market in the town of Nasir on Sunday morning, killing seven civilians, a spokesman for the opposition SPLA-IO said. An army spokesman said the air force had targeted "positions of the White Army", a Nuer youth militia, and denied that civilians had been hit.

The government also extended the state of emergency in Upper Nile state by three months on Monday, citing "continued insecurity", according to a decree read on state television.""", [
  E(cur, "Armed clash", "armed youths from neighbouring Rumbek East county raided cattle camps in Yirol West county", P("Yirol West", "SS", 3, lat=6.55, lon=30.5, a1="Lakes"), "saturday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Unidentified Communal Militia (South Sudan)", i2=4, fat=19, inj=22),
  E(cur, "Air/drone strike", "an air strike hit the market in the town of Nasir", P("Nasir", "SS", 1, lat=8.6, lon=33.07, a1="Upper Nile"), "sunday",
    a1=SSD, i1=1, a2="Civilians (South Sudan)", i2=7, fat=7),
  E(cur, "Other", "The government also extended the state of emergency in Upper Nile state by three months", P("Upper Nile", "SS", 3, lat=9.53, lon=31.66, a1="Upper Nile"), "monday",
    a1="Government of South Sudan (2011-)", i1=1),
]),

S("st-ag-025", "2025-09-16", """Three dead as armed groups clash in Janzour; council member abducted in Gharyan

TRIPOLI (Regional press) - Three people, among them a civilian driving home, were killed and 11 wounded in clashes between two armed groups in the Janzour area, on the western outskirts of Tripoli, that began on Sunday night and went on until the early hours of Monday, the Emergency Medicine Centre said.

Residents said the fighting, with medium and heavy weapons, broke out after a member of one of the groups was detained at a checkpoint run by the other. Dozens of families fled towards the city centre, and several houses and cars were damaged.

The Ministry of Interior of the Government of National Unity said on Monday afternoon that the two groups had agreed to a ceasefire after mediation by Janzour's elders and the municipal council, and that units of the ministry would deploy between them.

In Gharyan, about 80 km south of the capital, unidentified gunmen abducted a member of the municipal council outside his home on Saturday evening, his family said. They said they had not heard from him since.

In Misrata, several hundred people gathered in the city's main square on Monday evening to protest against fuel and cash shortages, and dispersed peacefully.""", [
  E(cur, "Armed clash", "clashes between two armed groups in the Janzour area, on the western outskirts of Tripoli", P("Janzur", "LY", 1, lat=32.82, lon=13.02, a1="Al Jafarah"), "sunday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=3, inj=11),
  E(cur, "Agreement", "the two groups had agreed to a ceasefire after mediation by Janzour's elders and the municipal council", P("Janzur", "LY", 1, lat=32.82, lon=13.02, a1="Al Jafarah"), "monday", tp=2,
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3),
  E(cur, "Abduction/forced disappearance", "unidentified gunmen abducted a member of the municipal council outside his home", P("Gharyan", "LY"), "saturday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Civilians (Libya)", i2=7),
  E(cur, "Peaceful protest", "several hundred people gathered in the city's main square on Monday evening to protest against fuel and cash shortages", P("Misrata", "LY", 1, geoname="Misratah"), "monday",
    a1="Protesters (Libya)", i1=6),
], register="local"),

S("st-ag-026", "2026-01-14", """LEBANON/
Israeli drone kills two in Nabatieh; jets strike Bekaa depots

BEIRUT, Jan 14 (Wire) - An Israeli drone strike on a car in the southern Lebanese city of Nabatieh killed two people on Tuesday, Lebanon's health ministry said, the latest in near-daily Israeli attacks despite a ceasefire agreed in November 2024.

The Israeli military said it had killed a Hezbollah commander responsible for "rebuilding the group's rocket capabilities" and another member of the group. Hezbollah did not comment.

Later on Tuesday, Israeli jets struck what the military said were Hezbollah weapons depots in the hills east of Baalbek and on the outskirts of Hermel, in the Bekaa valley. No casualties were reported, Lebanon's state news agency said.

In the border village of Aitaroun, residents said on Wednesday that Israeli troops stationed at a hilltop position across the border had fired machine guns towards farmers working in olive groves on the edge of the village, without hitting anyone.

President Joseph Aoun condemned the strikes and called on the ceasefire's monitoring committee to act. Lebanon's army, which has deployed thousands of troops in the south under the truce, said it had dismantled more than 500 Hezbollah positions since it came into force.""", [
  E(cur, "Air/drone strike", "An Israeli drone strike on a car in the southern Lebanese city of Nabatieh killed two people", P("Nabatieh", "LB", 1, lat=33.38, lon=35.48, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2=HEZ, i2=2, fat=2),
  E(cur, "Air/drone strike", "Israeli jets struck what the military said were Hezbollah weapons depots in the hills east of Baalbek", P("Baalbek", "LB", 2), "tuesday",
    a1=ISR, i1=8, a2=HEZ, i2=2, fat=0, inj=0),
  E(cur, "Air/drone strike", "Israeli jets struck what the military said were Hezbollah weapons depots in the hills east of Baalbek and on the outskirts of Hermel", P("Hermel", "LB", 2, lat=34.39, lon=36.38, a1="Baalbek-Hermel"), "tuesday",
    a1=ISR, i1=8, a2=HEZ, i2=2, fat=0, inj=0),
  unscored(E(cur, "Attack", "Israeli troops stationed at a hilltop position across the border had fired machine guns towards farmers", P("Aitaroun", "LB", 2, lat=33.12, lon=35.47, a1="Nabatieh"), "wednesday", tp=2,
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=0, inj=0), "event_date"),
]),

S("st-ag-027", "2026-01-16", """WEST BANK/
Settlers beat shepherds near Turmus Ayya; Israeli raids in Hebron net 14

RAMALLAH, West Bank, Jan 16 (Wire) - Israeli settlers attacked Palestinian families grazing their sheep on the edge of Turmus Ayya, north of Ramallah, on Thursday morning, beating six people, including a 78-year-old woman, and setting fire to two cars, the village council and the Palestinian Red Crescent said.

About 30 settlers, some of them masked and carrying clubs, came down from a nearby outpost, said Ahmad Awad, a member of the council. Israeli soldiers who arrived later fired tear gas and ordered the families to leave the area, he said. The Israeli military said it had received reports of a "violent confrontation" between Israelis and Palestinians and was looking into them.

In Hebron, Israeli forces detained 14 Palestinians, including two former prisoners and a university student, in raids on homes overnight, the Palestinian Prisoners' Society said on Thursday.

In the northern West Bank, gunmen opened fire at an Israeli army post near Qabatiya, south of Jenin, late on Wednesday, the military said. No soldiers were hurt, and troops were searching the area.

The U.N. humanitarian office recorded 126 settler attacks across the West Bank in the first two weeks of January.

Caption: A Palestinian woman stands next to a burned car in Turmus Ayya, in the Israeli-occupied West Bank, on Thursday, after an attack by Israeli settlers.

(Reporting by Wire's Ramallah bureau; Editing by the Jerusalem desk)""", [
  E(cur, "Attack", "Israeli settlers attacked Palestinian families grazing their sheep on the edge of Turmus Ayya", P("Turmus Ayya", "PS", 2, lat=32.04, lon=35.29, a1="West Bank"), "thursday",
    a1=SETTLERS, i1=4, a2="Civilians (Palestine)", i2=7, inj=6),
  E(cur, "Arrests", "Israeli forces detained 14 Palestinians, including two former prisoners and a university student, in raids on homes overnight", P("Hebron", "PS"), "wednesday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  E(cur, "Armed clash", "gunmen opened fire at an Israeli army post near Qabatiya", P("Qabatiya", "PS", 2, lat=32.41, lon=35.28, a1="West Bank"), "wednesday",
    a1="Unidentified Armed Group (Palestine)", i1=3, a2=ISR, i2=8, fat=0, inj=0),
  unscored(E(cap, "Attack", "A Palestinian woman stands next to a burned car in Turmus Ayya, in the Israeli-occupied West Bank, on Thursday, after an attack by Israeli settlers", P("Turmus Ayya", "PS", 2, lat=32.04, lon=35.29, a1="West Bank"), "thursday",
             a1=SETTLERS, i1=4, a2="Civilians (Palestine)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ag-028", "2026-07-27", """AFGHANISTAN/
Taliban say three Islamic State militants killed in Kabul raid; border forces trade fire at Spin Boldak

KABUL, July 27 (Wire) - Afghanistan's Taliban administration said on Sunday its intelligence forces had killed three Islamic State militants and arrested two others in a raid on a hideout in the west of Kabul late on Saturday.

"The members of the Daesh cell were planning attacks on religious gatherings," a spokesman for the Ministry of Interior said in a statement, adding that suicide vests and grenades had been seized. Residents of the Dasht-e Barchi area said they had heard gunfire and explosions for about an hour.

Pakistani and Afghan border forces exchanged fire at the Spin Boldak crossing on Saturday afternoon for about an hour after a dispute over repairs to a border fence, killing an Afghan border guard and wounding four civilians waiting at the gate, officials in Kandahar said. Pakistan's military said in a statement that "Afghan Taliban" had opened fire first and that its troops had "responded befittingly". The crossing reopened on Sunday.

The anti-Taliban National Resistance Front (NRF) said on Sunday its fighters had ambushed a Taliban patrol in Khinjan district of Baghlan province on Friday night, killing five. A Taliban spokesman said the claim was "baseless propaganda".""", [
  E(cur, "Armed clash", "its intelligence forces had killed three Islamic State militants and arrested two others in a raid on a hideout in the west of Kabul", P("Kabul", "AF", 2), "saturday",
    a1=AFG_POL, i1=1, a2=ISKP, i2=2, fat=3),
  E(cur, "Armed clash", "Pakistani and Afghan border forces exchanged fire at the Spin Boldak crossing", P("Spin Boldak", "AF", 1, lat=31.01, lon=66.4, a1="Kandahar"), "saturday",
    a1="Military Forces of Pakistan (2024-)", i1=8, a2=AFG, i2=1, fat=1, inj=4),
  unscored(E(cur, "Armed clash", "its fighters had ambushed a Taliban patrol in Khinjan district of Baghlan province", P("Khinjan", "AF", 3, lat=35.59, lon=68.9, a1="Baghlan"), "friday",
             a1=NRF, i1=2, a2=AFG, i2=1), "fatalities"),
]),

S("st-ag-029", "2026-11-19", """IRAN/
Three fuel porters shot dead near Saravan; protesters stone governor's office

DUBAI, Nov 19 (Wire) - Iranian border guards shot dead three Baluch fuel porters and wounded two others near the town of Saravan, close to the border with Pakistan, on Sunday, two rights groups said, prompting a protest in the town the next day.

The porters, known locally as sukhtbar, carry cheap Iranian fuel across the border to sell in Pakistan. The rights groups said the guards opened fire on their vehicles without warning; the provincial border guard command said its forces had fired at "smugglers who ignored orders to stop".

On Monday, several hundred residents of Saravan gathered outside the governor's office, burning tyres and throwing stones at the building, videos posted online showed. Security forces fired tear gas and shots, and one protester was killed, according to one of the rights groups. State media said "rioters" had damaged public property and that police had restored order.

Security agents arrested at least 20 people in raids on homes in Saravan on Tuesday night over the protest, the same group said on Wednesday. Their families have been told they are held by the intelligence ministry.

In the city of Izeh, in Khuzestan province, retired steelworkers gathered outside the governor's office on Tuesday for the third week running to demand unpaid pensions.""", [
  E(cur, "Attack", "Iranian border guards shot dead three Baluch fuel porters and wounded two others near the town of Saravan", P("Saravan", "IR", 2), "sunday",
    a1="Military Forces of Iran (1989-)", i1=1, a2="Civilians (Iran)", i2=7, fat=3, inj=2),
  E(cur, "Violent demonstration", "several hundred residents of Saravan gathered outside the governor's office, burning tyres and throwing stones at the building", P("Saravan", "IR"), "monday",
    a1="Rioters (Iran)", i1=5, a2=IRN_POL, i2=1, fat=1),
  E(cur, "Arrests", "Security agents arrested at least 20 people in raids on homes in Saravan on Tuesday night over the protest", P("Saravan", "IR"), "tuesday",
    a1=IRN_POL, i1=1, a2="Rioters (Iran)", i2=5),
  E(cur, "Peaceful protest", "retired steelworkers gathered outside the governor's office on Tuesday for the third week running", P("Izeh", "IR"), "tuesday",
    a1="Protesters (Iran)", i1=6),
]),

S("st-ag-030", "2026-11-03", """ECUADOR/
Seven killed in Guayaquil house attack; Noboa extends emergency; inmates riot in Machala

GUAYAQUIL, Nov 3 (Wire) - Gunmen killed seven people, including a 14-year-old girl, in an attack on a house in the Socio Vivienda neighbourhood of Guayaquil late on Saturday, police said, blaming a dispute between cells of the Los Lobos and Los Choneros gangs for control of drug sales in the area.

The attackers arrived in two cars and fired more than 100 shots into the house, where a family was celebrating a birthday, a police commander told reporters. Two other people were wounded.

President Daniel Noboa on Monday extended by 60 days the state of emergency in the coastal provinces of Guayas, Los Rios, El Oro and Manabi, which allows soldiers to patrol the streets alongside police.

In the southern city of Machala, inmates set fire to mattresses and held two guards for several hours on Sunday to protest against the transfer of gang leaders to a maximum-security prison, the prison service said. Police and soldiers entered the prison early on Monday using tear gas and freed the guards; three inmates were hurt.

Police also said they had arrested 14 suspected members of Los Lobos in raids in the neighbouring city of Duran on Monday, and seized rifles and explosives.""", [
  E(cur, "Attack", "Gunmen killed seven people, including a 14-year-old girl, in an attack on a house in the Socio Vivienda neighbourhood of Guayaquil", P("Guayaquil", "EC", 2), "saturday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=7, inj=2),
  unscored(E(cur, "Other", "President Daniel Noboa on Monday extended by 60 days the state of emergency", P("Guayaquil", "EC", 3), "monday",
             a1=ECU_GOV, i1=1), "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
  E(cur, "Violent demonstration", "inmates set fire to mattresses and held two guards for several hours on Sunday", P("Machala", "EC"), "sunday",
    a1="Rioters (Ecuador)", i1=5, a2=ECU_POL, i2=1, inj=3),
  E(cur, "Arrests", "they had arrested 14 suspected members of Los Lobos in raids in the neighbouring city of Duran", P("Duran", "EC", 1, lat=-2.17, lon=-79.84, a1="Guayas"), "monday",
    a1=ECU_POL, i1=1, a2=LOBOS, i2=3),
]),

S("st-ag-031", "2026-08-19", """Cartel drones bomb Aguililla hamlets; bodies dumped at Uruapan exit

MORELIA, Michoacan (Regional press) - Explosives dropped from drones hit at least six houses in two hamlets of the municipality of Aguililla on Monday, wounding a woman and her two children, state authorities said, in the latest attack blamed on the Jalisco New Generation Cartel (CJNG) in the Tierra Caliente region. Residents of El Aguaje and neighbouring settlements said the drones came in waves for most of the afternoon and that dozens of families had left for the municipal seat.

On Tuesday morning, the bodies of four men with their hands tied were found by the side of the highway at the northern exit of Uruapan, next to a banner signed by the CJNG threatening a rival group, the state prosecutor's office said. None had been identified.

Later that day, soldiers of the National Guard arrested six suspected members of the CJNG at a checkpoint in Apatzingan and seized rifles, ammunition and two drones, the security cabinet said in a statement.

In Uruapan, around 500 avocado growers and pickers marched through the city centre on Tuesday to demand protection from extortion; the march ended peacefully outside the town hall.""", [
  E(cur, "Air/drone strike", "Explosives dropped from drones hit at least six houses in two hamlets of the municipality of Aguililla", P("Aguililla", "MX", 2, lat=18.74, lon=-102.79, a1="Michoacan"), "monday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, inj=3),
  E(cur, "Attack", "the bodies of four men with their hands tied were found by the side of the highway at the northern exit of Uruapan", P("Uruapan", "MX", 2, lat=19.42, lon=-102.06, a1="Michoacan"), "tuesday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, fat=4),
  E(cur, "Arrests", "soldiers of the National Guard arrested six suspected members of the CJNG at a checkpoint in Apatzingan", P("Apatzingan", "MX", 1, lat=19.09, lon=-102.36, a1="Michoacan"), "tuesday",
    a1=MEX_GN, i1=1, a2=CJNG, i2=3),
  E(cur, "Peaceful protest", "around 500 avocado growers and pickers marched through the city centre on Tuesday to demand protection from extortion", P("Uruapan", "MX", 1, lat=19.42, lon=-102.06, a1="Michoacan"), "tuesday",
    a1="Protesters (Mexico)", i1=6),
], register="local"),

S("st-ag-032", "2026-07-01", """BRAZIL/
Six dead in Rio police raid on Mare; buses burned in Duque de Caxias

RIO DE JANEIRO, July 1 (Wire) - Five suspected gang members and a woman hit by a stray bullet inside her home were killed on Tuesday during a police operation against the Comando Vermelho drug faction in the Mare favela complex in northern Rio de Janeiro, state authorities said.

Hundreds of officers backed by armoured vehicles and helicopters entered the complex at dawn to serve arrest warrants, and were met with heavy gunfire, the state's military police said. Two officers were wounded. Schools and clinics in the area were closed and the Avenida Brasil highway was shut for several hours.

Hours later, armed men ordered passengers off four buses and set them on fire in the neighbouring city of Duque de Caxias, in what police said was retaliation ordered by the faction's leaders for the raid. No one was hurt.

On Wednesday morning, several hundred residents of the Mare blocked a stretch of Avenida Brasil with burning debris to protest against the killing of the woman. Military police fired tear gas and stun grenades to reopen the road.

Police operations in Rio's favelas have killed more than 600 people a year in recent years, according to official data.""", [
  E(cur, "Armed clash", "during a police operation against the Comando Vermelho drug faction in the Mare favela complex", P("Rio de Janeiro", "BR", 2), "tuesday",
    a1=CV, i1=3, a2=BRA_POL, i2=1, fat=6, inj=2),
  E(cur, "Looting/property destruction", "armed men ordered passengers off four buses and set them on fire", P("Duque de Caxias", "BR"), "tuesday",
    a1=CV, i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "several hundred residents of the Mare blocked a stretch of Avenida Brasil with burning debris", P("Rio de Janeiro", "BR", 2), "wednesday",
    a1="Rioters (Brazil)", i1=5, a2=BRA_POL, i2=1),
]),

S("st-ag-033", "2026-03-11", """ANDES/
Twelve hurt as protesters clash with police at Juliaca airport; Morales supporters' blockade cleared

LIMA, March 11 (Wire) - At least 12 people, among them four police officers, were injured on Tuesday when protesters tried to take over the airport in Juliaca, in Peru's southern Puno region, during a strike called by Aymara and Quechua organisations against a mining concession, the regional health authority said. Police fired tear gas and pellets as protesters threw stones and set fire to a fence, witnesses said.

Near Llochegua, in the VRAEM valley, soldiers clashed with a column of Shining Path remnants on Sunday, killing two of them, the armed forces' joint command said. A soldier was wounded.

In Bolivia, police on Monday cleared a blockade set up by supporters of former President Evo Morales at Parotani, on the highway linking Cochabamba with the west of the country, using tear gas and arresting 21 people, the government said. The blockade had cut off the country's main east-west road for six days.

Morales, who faces an arrest warrant in a statutory rape case he says is politically motivated, has been holed up in the Chapare region since 2024.""", [
  E(cur, "Violent demonstration", "protesters tried to take over the airport in Juliaca", P("Juliaca", "PE", 2), "tuesday",
    a1="Rioters (Peru)", i1=5, a2=PER_POL, i2=1, inj=12),
  E(cur, "Armed clash", "soldiers clashed with a column of Shining Path remnants on Sunday", P("Llochegua", "PE", 2, lat=-12.41, lon=-73.91, a1="Ayacucho"), "sunday",
    a1=PER, i1=1, a2=SL, i2=2, fat=2, inj=1),
  E(cur, "Protest with intervention", "police on Monday cleared a blockade set up by supporters of former President Evo Morales at Parotani", P("Parotani", "BO", 1, lat=-17.57, lon=-66.34, a1="Cochabamba"), "monday",
    a1="Protesters (Bolivia)", i1=6, a2=BOL_POL, i2=1),
]),

S("st-ag-034", "2026-06-24", """PENERANGAN KOOPS HABEMA / PRESS RELEASE

Security forces neutralise three members of the Papuan Armed Criminal Group in Intan Jaya

1. On Sunday, 21 June 2026, at around 06.30 WIT, a joint team of the TNI and Polri under the Habema Operations Command carried out a law enforcement action against the Armed Criminal Group (KKB) at a hideout near Sugapa, Intan Jaya Regency. During the exchange of fire, three KKB members were neutralised, and one SS1 rifle, 40 rounds and a Morning Star flag were secured. There were no casualties on the TNI-Polri side.

2. On Monday, 22 June 2026, the KKB shot dead two construction workers building a bridge in Dekai, Yahukimo Regency. The victims' bodies were evacuated to the Dekai regional hospital. The team is still pursuing the perpetrators.

3. The Habema Operations Command appeals to the public not to be provoked by hoaxes spread by the KKB on social media.

Note from the editor: The West Papua National Liberation Army (TPNPB) said in a statement on Tuesday that the three people killed near Sugapa were villagers looking for firewood, not its fighters, and that it had killed the two workers because they were "spies" of the Indonesian military. Wire could not verify either account.

Separately, police in Jayapura dispersed about 300 students who marched on Tuesday to demand the withdrawal of troops from Intan Jaya, firing tear gas and arresting 15 of them.""", [
  unscored(E(cur, "Armed clash", "a joint team of the TNI and Polri under the Habema Operations Command carried out a law enforcement action against the Armed Criminal Group (KKB) at a hideout near Sugapa", P("Sugapa", "ID", 2, lat=-3.74, lon=137.05, a1="Central Papua"), "2026-06-21",
             a1=IDN, i1=1, fat=3), "actor2", "inter2"),
  E(cur, "Attack", "the KKB shot dead two construction workers building a bridge in Dekai", P("Highland Papua", "ID", 3, lat=-4.0958, lon=138.9481, a1="Highland Papua"), "2026-06-22",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Protest with intervention", "police in Jayapura dispersed about 300 students who marched on Tuesday", P("Jayapura", "ID"), "2026-06-23",
    a1="Protesters (Indonesia)", i1=6, a2=IDN_POL, i2=1),
], register="official"),

S("st-ag-035", "2025-12-02", """THAILAND/
Bomb wounds three rangers in Sai Buri; arsonists hit phone masts across Narathiwat

PATTANI, Thailand, Dec 2 (Wire) - A bomb hidden in a parked motorcycle exploded as a ranger patrol passed a tea shop in Sai Buri district of Pattani province on Monday morning, wounding three rangers and a shop owner, police said.

Overnight into Tuesday, suspected insurgents set fire to mobile phone masts at eight sites in five districts of Narathiwat province, cutting the signal in several villages, the Internal Security Operations Command's Region 4 said in a statement. No one was hurt. The command said troops had searched a village in Cho-airong district where the arsonists were believed to have hidden, but had found no one.

Police also said they had detained two men in Tak Bai district on Monday on suspicion of helping to plant the Sai Buri bomb.

No group has claimed the attacks. The Barisan Revolusi Nasional (BRN), the main insurgent group, resumed talks with the government in November after a year-long pause. More than 7,000 people have been killed in the region since 2004.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb hidden in a parked motorcycle exploded as a ranger patrol passed a tea shop in Sai Buri district", P("Sai Buri", "TH", 3, lat=6.7, lon=101.62, a1="Pattani"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, inj=4),
  E(cur, "Looting/property destruction", "suspected insurgents set fire to mobile phone masts at eight sites in five districts of Narathiwat province", P("Narathiwat", "TH", 3, lat=6.43, lon=101.82, a1="Narathiwat"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Arrests", "they had detained two men in Tak Bai district on Monday", P("Tak Bai", "TH", 3, lat=6.26, lon=102.05, a1="Narathiwat"), "monday",
             a1=THA_POL, i1=1), "actor2", "inter2"),
]),

S("st-ag-036", "2026-04-06", """SOUTH ASIA: WEEK IN BRIEF (30 March - 5 April)

NEPAL - Hindu and Muslim youths threw stones at each other in Birgunj on Thursday evening when a Ram Navami procession passed a mosque in the Chhapkaiya area, injuring 17 people, including three police officers who tried to separate them. Several shops were damaged. The district administration imposed a curfew on parts of the city from Thursday night until Saturday morning.

NEPAL - In Kathmandu, police arrested 11 members of a pro-monarchy group at their homes on Sunday, a day before a rally they had called at Tinkune. The rally was called off.

SRI LANKA - Relatives of people who disappeared during the civil war marched in Jaffna on Saturday to demand the excavation of a suspected mass grave at Chemmani, handing a petition to the district secretary.

SRI LANKA - Police in Batticaloa said on Monday they had found no weapons after searching a former LTTE camp in the jungle following a tip-off.""", [
  E(cur, "Mob violence", "Hindu and Muslim youths threw stones at each other in Birgunj on Thursday evening", P("Birgunj", "NP", 2, geoname="Birganj"), "2026-04-02",
    a1="Rioters (Nepal)", i1=5, a2="Rioters (Nepal)", i2=5, inj=17),
  unscored(E(cur, "Other", "The district administration imposed a curfew on parts of the city", P("Birgunj", "NP", 2, geoname="Birganj"), "2026-04-02"), "geo_precision"),
  E(cur, "Arrests", "police arrested 11 members of a pro-monarchy group at their homes on Sunday", P("Kathmandu", "NP"), "2026-04-05",
    a1=NPL_POL, i1=1, a2="Civilians (Nepal)", i2=7),
  E(cur, "Peaceful protest", "Relatives of people who disappeared during the civil war marched in Jaffna on Saturday", P("Jaffna", "LK"), "2026-04-04",
    a1="Protesters (Sri Lanka)", i1=6),
], register="digest"),

S("st-ag-037", "2026-06-08", """EAST AFRICA: NEWS IN BRIEF, 1 - 7 June

UGANDA - Four soldiers of the Uganda People's Defence Forces were killed on Wednesday when armed cattle raiders ambushed their patrol near Kotido, in Karamoja, an army spokesman said. The raiders had driven off about 200 head of cattle from a kraal outside the town the night before, and the soldiers were tracking the herd when they came under fire. The army said a follow-up operation was under way.

TANZANIA - Police in Arusha arrested the regional chairman of the opposition CHADEMA party and six other party officials on Saturday as they prepared to hold an internal meeting at a hotel, the party said. Police said the meeting had not been authorised. All seven were released on bail on Sunday.

BURUNDI - Members of the ruling party's youth wing, the Imbonerakure, beat three members of the opposition CNL with sticks at a bar in Rugombo, Cibitoke province, on Friday night, accusing them of holding a "secret meeting", a local CNL official said. One of the victims was taken to hospital with a broken arm.

KENYA - Members of the National Assembly's security committee visited Lamu county on Tuesday to assess the situation after a series of attacks last year.""", [
  E(cur, "Armed clash", "armed cattle raiders ambushed their patrol near Kotido", P("Kotido", "UG", 2), "2026-06-03",
    a1="Unidentified Armed Group (Uganda)", i1=3, a2=UGA, i2=1, fat=4),
  E(cur, "Looting/property destruction", "The raiders had driven off about 200 head of cattle from a kraal outside the town the night before", P("Kotido", "UG", 2), "2026-06-02",
    a1="Unidentified Armed Group (Uganda)", i1=3, a2="Civilians (Uganda)", i2=7),
  E(cur, "Arrests", "Police in Arusha arrested the regional chairman of the opposition CHADEMA party and six other party officials", P("Arusha", "TZ"), "2026-06-06",
    a1=TZA_POL, i1=1, a2=CHADEMA, i2=7),
  E(cur, "Attack", "Members of the ruling party's youth wing, the Imbonerakure, beat three members of the opposition CNL with sticks", P("Cibitoke", "BI", 3, lat=-2.8869, lon=29.1248, a1="Cibitoke"), "2026-06-05",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, inj=3),
], register="digest"),

S("st-ag-038", "2026-03-17", """SOUTHERN AFRICA/
Four taxi drivers shot dead in Cape Town route war; water protest turns violent in Inanda

JOHANNESBURG, March 17 (Wire) - Gunmen shot dead four minibus taxi drivers and wounded two passengers at a taxi rank in Philippi, on the outskirts of Cape Town, on Sunday evening, police said, amid a renewed war between two rival taxi associations over lucrative routes to the city centre.

The killings were the latest in a series of shootings since the two associations' truce collapsed in January, police said, and a provincial minister said the routes affected would be closed for a week. Police said no arrests had been made.

In Inanda, north of Durban, residents who have been without running water for three weeks blocked roads with burning tyres and rocks on Monday and threw stones at police, who fired rubber bullets to disperse them. Two officers were hurt and 14 people were arrested, police said.

In Zimbabwe, police in Harare arrested nine activists of a group campaigning against a proposal to extend President Emmerson Mnangagwa's term beyond 2028, at a house in the Glen View suburb on Saturday, their lawyers said. They were charged with "participating in a gathering with intent to promote public violence".""", [
  E(cur, "Attack", "Gunmen shot dead four minibus taxi drivers and wounded two passengers at a taxi rank in Philippi", P("Cape Town", "ZA", 2, lat=-33.93, lon=18.42, a1="Western Cape"), "sunday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
  E(cur, "Violent demonstration", "residents who have been without running water for three weeks blocked roads with burning tyres and rocks on Monday and threw stones at police", P("Inanda", "ZA", 1, lat=-29.61, lon=30.93, a1="KwaZulu-Natal"), "monday",
    a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1, inj=2),
  E(cur, "Arrests", "police in Harare arrested nine activists of a group campaigning against a proposal to extend President Emmerson Mnangagwa's term", P("Harare", "ZW", 2), "saturday",
    a1=ZWE_POL, i1=1, a2="Civilians (Zimbabwe)", i2=7),
]),

S("st-ag-039", "2025-12-09", """CENTRAL AMERICA/
Guatemala declares siege in two highland towns after land feud turns deadly; rival crowds clash in San Pedro Sula

GUATEMALA CITY, Dec 9 (Wire) - Guatemala's government declared a 30-day state of siege in the neighbouring highland municipalities of Nahuala and Santa Catarina Ixtahuacan on Monday, a day after an exchange of gunfire between armed residents of the two towns over a decades-old land dispute left five people dead, among them a 12-year-old boy.

The shooting broke out on Sunday morning in a disputed border area between the two municipalities, where men from both sides have dug trenches, officials said. Police and soldiers were sent to the area after the shooting.

In Honduras, supporters of the ruling Libre party and of the opposition National Party fought with sticks, stones and fireworks outside the electoral council's regional office in San Pedro Sula on Monday, as the vote count from the Nov. 30 presidential election dragged on. Eleven people were hurt before police separated the two groups, the fire brigade said.

In El Salvador, soldiers and police arrested 23 suspected members of the MS-13 gang in Soyapango on Sunday under the state of exception in force since March 2022, the security ministry said.""", [
  unscored(E(cur, "Other", "Guatemala's government declared a 30-day state of siege in the neighbouring highland municipalities", P("Nahuala", "GT", 3, lat=14.84, lon=-91.32, a1="Solola"), "monday",
             a1=GTM_GOV, i1=1), "location", "latitude", "longitude", "geo_precision"),
  E(cur, "Armed clash", "an exchange of gunfire between armed residents of the two towns", P("Nahuala", "GT", 2, lat=14.84, lon=-91.32, a1="Solola"), "sunday",
    a1="Unidentified Communal Militia (Guatemala)", i1=4, a2="Unidentified Communal Militia (Guatemala)", i2=4, fat=5),
  E(cur, "Mob violence", "supporters of the ruling Libre party and of the opposition National Party fought with sticks, stones and fireworks", P("San Pedro Sula", "HN"), "monday",
    a1="Rioters (Honduras)", i1=5, a2="Rioters (Honduras)", i2=5, inj=11),
  E(cur, "Arrests", "soldiers and police arrested 23 suspected members of the MS-13 gang in Soyapango", P("Soyapango", "SV"), "sunday",
    a1=SLV, i1=1, assoc_actor_1="Police Forces of El Salvador (2019-)", a2=MS13, i2=3),
]),

S("st-ag-040", "2026-08-31", """TBILISI/PRISTINA (Wire) - Georgian police detained 12 people and used pepper spray on Saturday night as protesters tried to block the road outside the regional government building in Batumi, the Black Sea city's first such protest in weeks, the interior ministry said. Rallies against the ruling Georgian Dream party have been held almost daily in Tbilisi since late 2024.

In northern Kosovo, a hand grenade was thrown at the police station in Zvecan overnight into Sunday, damaging two police cars, police said. No one was hurt. Kosovo's interior minister blamed "criminal structures backed by Belgrade"; Serbia rejected the accusation.

In Serbia, riot police fired tear gas at protesters who threw stones and flares at the building of the state broadcaster RTS in Belgrade on Sunday night, after a march by several thousand people demanding early elections. Nine officers were hurt and 40 people were detained, the interior ministry said.

In Armenia, several thousand supporters of the opposition rallied in Vanadzor on Sunday ahead of next year's parliamentary election; the rally passed off without incident.""", [
  E(cur, "Protest with intervention", "Georgian police detained 12 people and used pepper spray on Saturday night", P("Batumi", "GE", 1, lat=41.64, lon=41.63, a1="Ajaria"), "saturday",
    a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
  E(cur, "Grenade", "a hand grenade was thrown at the police station in Zvecan", P("Zvecan", "XK", 1, lat=42.91, lon=20.84, a1="Mitrovica"), "sunday",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2="Police Forces of Kosovo (2021-)", i2=1, fat=0, inj=0),
  E(cur, "Violent demonstration", "riot police fired tear gas at protesters who threw stones and flares at the building of the state broadcaster RTS in Belgrade", P("Belgrade", "RS"), "sunday",
    a1="Rioters (Serbia)", i1=5, a2="Police Forces of Serbia (2012-)", i2=1, inj=9),
  E(cur, "Peaceful protest", "several thousand supporters of the opposition rallied in Vanadzor on Sunday", P("Vanadzor", "AM", 1, lat=40.81, lon=44.5, a1="Lori"), "sunday",
    a1="Protesters (Armenia)", i1=6),
], register="wire"),

S("st-ag-041", "2026-09-15", """LEBANON/
Two killed as old front line flares in northern city; army threatens to raid sniper nests

BEIRUT, Sept 15 (Wire) - Two people were killed and nine wounded when gunmen from the rival Bab al-Tabbaneh and Jabal Mohsen neighbourhoods of Tripoli exchanged fire with rifles and rocket-propelled grenades for several hours on Sunday night, a security source said, in the worst fighting between the Sunni and Alawite districts of Lebanon's second city in more than a decade.

The clashes broke out after a young man from Bab al-Tabbaneh was shot dead on Saturday evening by a gunman on a motorbike at a vegetable market on Syria Street, which divides the two neighbourhoods. His family blamed men from Jabal Mohsen.

The Lebanese army, which sent reinforcements into both districts on Monday morning, said in a statement that it would "raid any building used by snipers" and arrest anyone who opened fire. Shops and schools on both sides of Syria Street were closed on Monday.

Residents said they feared a return to the rounds of fighting that killed more than 200 people in the city between 2008 and 2014, and which ended when the army deployed under a security plan in April 2014.""", [
  E(cur, "Armed clash", "gunmen from the rival Bab al-Tabbaneh and Jabal Mohsen neighbourhoods of Tripoli exchanged fire with rifles and rocket-propelled grenades", P("Tripoli", "LB", 2, lat=34.43, lon=35.84, a1="North"), "sunday",
    a1="Unidentified Communal Militia (Lebanon)", i1=4, a2="Unidentified Communal Militia (Lebanon)", i2=4, fat=2, inj=9),
  E(cur, "Attack", "a young man from Bab al-Tabbaneh was shot dead on Saturday evening by a gunman on a motorbike", P("Tripoli", "LB", 1, lat=34.43, lon=35.84, a1="North"), "saturday",
    a1="Unidentified Armed Group (Lebanon)", i1=3, a2="Civilians (Lebanon)", i2=7, fat=1),
  unscored(E(thr, "Arrests", "it would \"raid any building used by snipers\" and arrest anyone who opened fire", P("Tripoli", "LB", 2, lat=34.43, lon=35.84, a1="North"), "monday",
             a1=LBN, i1=1), "event_date", "time_precision", "actor2", "inter2"),
]),

S("st-ag-042", "2026-10-27", """31 killed in two days of attacks on Plateau villages

JOS (Regional press) - Gunmen killed at least 31 people in attacks on two villages in Bokkos and Mangu local government areas of Plateau State on Sunday night and Monday, officials and residents said on Tuesday.

In the first attack, armed men stormed Hurti village in Bokkos LGA at about 11 p.m. on Sunday, shooting residents as they slept and burning more than 30 houses, the council chairman said; 19 bodies were recovered by Monday afternoon. Residents said the attackers were armed herders who had been grazing cattle on their farmland for weeks.

On Monday evening, a second group of gunmen attacked farmers returning from their fields near Mangu town, killing 12, the police spokesman said.

Hundreds of youths blocked the Jos-Abuja highway at Bokkos on Tuesday morning to protest against the killings, and police fired tear gas to clear the road, witnesses said.

A spokesman of a Fulani cattle breeders' association said in a statement that herders had lost 40 cows to "youths of the area" in the past week and warned that "our people will defend themselves". The state government said it would deploy more troops to the two LGAs.""", [
  E(cur, "Attack", "armed men stormed Hurti village in Bokkos LGA at about 11 p.m. on Sunday", P("Bokkos", "NG", 2, lat=9.3, lon=8.99, a1="Plateau"), "sunday",
    a1=FULANI, i1=4, a2="Civilians (Nigeria)", i2=7, fat=19),
  E(cur, "Attack", "a second group of gunmen attacked farmers returning from their fields near Mangu town", P("Mangu", "NG", 2, lat=9.52, lon=9.1, a1="Plateau"), "monday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=12),
  E(cur, "Protest with intervention", "Hundreds of youths blocked the Jos-Abuja highway at Bokkos on Tuesday morning", P("Bokkos", "NG", 1, lat=9.3, lon=8.99, a1="Plateau"), "tuesday",
    a1="Protesters (Nigeria)", i1=6, a2="Police Forces of Nigeria (2023-)", i2=1),
  unscored(E(thr, "Attack", "warned that \"our people will defend themselves\"", P("Bokkos", "NG", 2, lat=9.3, lon=8.99, a1="Plateau"), "tuesday",
             a1=FULANI, i1=4), "event_date", "time_precision", "actor2", "inter2", "location", "latitude", "longitude", "geo_precision"),
], register="local"),

S("st-ag-043", "2026-05-22", """MALI/
Jihadists seize bus passengers near Goundam; army denies clash in Ber

BAMAKO, May 22 (Wire) - Fighters of the al Qaeda-linked JNIM stopped a passenger bus on the road between Goundam and Timbuktu on Wednesday and took away seven passengers, among them two customs officers and a teacher, the bus company and a local official said. The other passengers were released after several hours.

Residents of a village near Goundam said a drone strike had hit a wedding gathering on Tuesday evening, killing five people, including two women. The army said on Thursday it had struck "a gathering of terrorists" in the Goundam area on Tuesday, without giving a toll.

The army also said that, contrary to "false reports" on social media, no fighting had taken place in Ber, east of Timbuktu, on Monday, and that the town was calm.

JNIM said in a statement on Thursday that it would "close the roads" to Timbuktu to all trucks from June 1 if the army did not stop drone strikes on villages in the area. The group imposed a blockade on Timbuktu for several months in 2023.""", [
  E(cur, "Abduction/forced disappearance", "Fighters of the al Qaeda-linked JNIM stopped a passenger bus on the road between Goundam and Timbuktu", P("Goundam", "ML", 2, lat=16.41, lon=-3.67, a1="Tombouctou"), "wednesday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
  E(cur, "Air/drone strike", "a drone strike had hit a wedding gathering on Tuesday evening", P("Goundam", "ML", 2, lat=16.41, lon=-3.67, a1="Tombouctou"), "tuesday",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=5),
  unscored(E(neg, "Armed clash", "no fighting had taken place in Ber", P("Ber", "ML", 1, lat=16.87, lon=-2.45, a1="Tombouctou"), "monday"), "actor1", "inter1"),
  unscored(E(thr, "Other", "it would \"close the roads\" to Timbuktu to all trucks from June 1", P("Timbuktu", "ML", 2, lat=16.77, lon=-3.01, a1="Tombouctou"), "2026-06-01",
             a1=JNIM, i1=2), "actor2", "inter2"),
  E(bg, "Other", "The group imposed a blockade on Timbuktu for several months in 2023", P("Timbuktu", "ML", 1, lat=16.77, lon=-3.01, a1="Tombouctou"), "2023-08-01", tp=3,
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
]),

S("st-ag-044", "2026-08-05", """CAMEROON/
Boko Haram kills four villagers near Mora; Amnesty says soldiers burned huts in Tourou

MAROUA, Cameroon, Aug 5 (Wire) - Boko Haram fighters killed four villagers and abducted a girl in a night raid on a hamlet on the outskirts of Mora, in Cameroon's Far North region, late on Sunday, a local official said.

The attackers, who came from the Mandara mountains on the Nigerian border, looted food and goats and set fire to several huts before leaving, the official said. Soldiers of the army's Rapid Intervention Battalion (BIR) who pursued them clashed with the group near Kolofata on Monday and killed three fighters, the army said.

Amnesty International said on Tuesday that soldiers had burned about 20 huts in Tourou, near Mokolo, on July 12, accusing residents of harbouring insurgents. The army denied the accusation.

The governor of the Far North region said authorities could close the weekly cattle market in Mora if attacks continued.""", [
  E(cur, "Attack", "Boko Haram fighters killed four villagers and abducted a girl in a night raid on a hamlet on the outskirts of Mora", P("Mora", "CM", 2, lat=11.05, lon=14.14, a1="Far North"), "sunday",
    a1=JAS, i1=2, a2="Civilians (Cameroon)", i2=7, fat=4),
  E(cur, "Armed clash", "Soldiers of the army's Rapid Intervention Battalion (BIR) who pursued them clashed with the group near Kolofata", P("Kolofata", "CM", 2, lat=11.17, lon=14.04, a1="Far North"), "monday",
    a1=CMR, i1=1, a2=JAS, i2=2, fat=3),
  E(bg, "Looting/property destruction", "soldiers had burned about 20 huts in Tourou", P("Tourou", "CM", 1, lat=10.93, lon=13.85, a1="Far North"), "2026-07-12",
    a1=CMR, i1=1, a2="Civilians (Cameroon)", i2=7),
  unscored(E(hyp, "Other", "authorities could close the weekly cattle market in Mora", P("Mora", "CM", 1, lat=11.05, lon=14.14, a1="Far North")), "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
]),

S("st-ag-045", "2026-03-06", """BENIN/TOGO
Six killed in attack on Benin army post at edge of W park; Togo says it repelled raid near Mandouri

COTONOU, March 6 (Wire) - Gunmen attacked a Beninese army post at Alfakoara, on the edge of the W National Park about 30 km north of Kandi, before dawn on Tuesday, killing five soldiers and a ranger of the park's anti-poaching unit who was stationed with them, two security sources said. The attackers, who arrived on motorbikes from the park's interior, set fire to two pick-up trucks and took weapons before leaving at daybreak, one of the sources said. On Thursday, the army said in a statement that "terrorist elements of the JNIM" had carried out the attack and that a search of the park's southern sector had been launched.

The day after the attack, two cotton traders were killed when their vehicle hit an explosive device on a dirt road outside Banikoara, about 60 km to the west, the town's mayor said, in an area where the army has been clearing improvised devices planted on tracks used by its patrols. A third man in the vehicle survived.

The army said on Friday that a fresh contingent of about 300 soldiers had arrived in Karimama, near the border with Niger, to relieve troops who had been deployed there for a year.

In neighbouring Togo, the army said in a statement on Wednesday that its troops had "neutralised" 11 terrorists who attacked a post near Mandouri, in the northern Savanes region, on Monday night. Two residents said six soldiers had died in the attack. Togo's government rarely gives figures for its own losses.""", [
  E(cur, "Armed clash", "Gunmen attacked a Beninese army post at Alfakoara", P("Kandi", "BJ", 2, lat=11.13, lon=2.94, a1="Alibori"), "tuesday",
    a1=JNIM, i1=2, a2=BEN, i2=1, fat=6),
  E(cur, "Remote explosive/landmine/IED", "two cotton traders were killed when their vehicle hit an explosive device on a dirt road outside Banikoara", P("Banikoara", "BJ", 2, lat=11.3, lon=2.44, a1="Alibori"), "wednesday",
    a1="Unidentified Armed Group (Benin)", i1=3, a2="Civilians (Benin)", i2=7, fat=2),
  E(cur, "Change to group/activity", "a fresh contingent of about 300 soldiers had arrived in Karimama", P("Karimama", "BJ", 1, lat=12.07, lon=3.18, a1="Alibori"), "friday", tp=2,
    a1=BEN, i1=1),
  E(cur, "Armed clash", "11 terrorists who attacked a post near Mandouri", P("Mandouri", "TG", 2, lat=10.85, lon=0.82, a1="Savanes"), "monday",
    a1="Unidentified Armed Group (Togo)", i1=3, a2=TGO, i2=1, fat=17),
]),

S("st-ag-046", "2025-12-17", """ENGA FIGHT TOLL RISES TO 11; STATE OF EMERGENCY DECLARED

WABAG (Regional press) - The death toll from the clan fighting in villages outside Wabag has risen to 11, with six more bodies recovered from the bush on Monday, Enga provincial police commander said yesterday.

The fighting, between two clans of the Wapenamanda area over the ownership of land near the Lai river, started on Saturday morning after a clansman was found dead on a garden track. Men from both sides armed with high-powered rifles and homemade guns fought through Saturday and Sunday, and at least 40 houses, a church and a trade store were burned, the commander said. Five bodies had been counted by Sunday night.

Police mobile squads flown in from Mount Hagen on Sunday were manning roadblocks on the Highlands Highway to keep the two sides apart.

In Port Moresby, the National Executive Council declared a state of emergency in Enga Province on Tuesday, giving the security forces powers to arrest people carrying weapons and set up checkpoints for three months.

Leaders of one of the clans have warned that they will attack the Wabag General Hospital, where wounded men of the other side are being treated, if police do not hand over the killers of their clansman, the commander said. Armed police were guarding the hospital.""", [
  E(cur, "Armed clash", "The fighting, between two clans of the Wapenamanda area", P("Wabag", "PG", 2, lat=-5.49, lon=143.72, a1="Enga"), "saturday", tp=2,
    a1=CLAN_PG, i1=4, a2=CLAN_PG, i2=4, fat=11),
  E(cur, "Other", "the National Executive Council declared a state of emergency in Enga Province on Tuesday", P("Enga", "PG", 3, lat=-5.49, lon=143.72, a1="Enga"), "tuesday",
    a1=PNG_GOV, i1=1),
  unscored(E(thr, "Attack", "they will attack the Wabag General Hospital", P("Wabag", "PG", 1, lat=-5.49, lon=143.72, a1="Enga")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
], register="local"),

S("st-ag-047", "2026-04-16", """SOUTHERN CONE: NEWS IN BRIEF

CHILE - Hooded armed men set fire to three logging trucks and a machinery shed on a forestry estate near Tirua, in the Biobio region, on Monday night, and left a banner demanding the return of ancestral lands, police said. The drivers were tied up and released unhurt. No group has claimed the attack. On Wednesday the government extended for 15 more days the state of exception in the Araucania and Biobio regions, which allows the army to patrol the main roads.

ARGENTINA - Police fired rubber bullets and water cannon at state teachers and health workers protesting outside the provincial legislature in Mendoza on Wednesday against a wage freeze. Twenty-two people were arrested and a photographer was hit in the head by a tear-gas canister, the provincial ombudsman said. The provincial security ministry said officers had acted against "violent groups" who tried to block the avenue.

URUGUAY - A court in Montevideo sentenced a former army colonel to 20 years in prison for the disappearance of a student in 1976.""", [
  E(cur, "Looting/property destruction", "Hooded armed men set fire to three logging trucks and a machinery shed on a forestry estate near Tirua", P("Tirua", "CL", 2, lat=-38.34, lon=-73.49, a1="Biobio"), "monday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Other", "the government extended for 15 more days the state of exception in the Araucania and Biobio regions", P("Temuco", "CL", 3, lat=-38.74, lon=-72.6, a1="La Araucania"), "wednesday",
             a1=CHL_GOV, i1=1), "location", "latitude", "longitude", "geo_precision", "admin1"),
  E(cur, "Protest with intervention", "Police fired rubber bullets and water cannon at state teachers and health workers protesting outside the provincial legislature in Mendoza", P("Mendoza", "AR", 1, lat=-32.89, lon=-68.85, a1="Mendoza"), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1),
], register="digest"),

S("st-ag-048", "2026-03-24", """Blast wrecks Sodertalje flats in gang feud; petrol bombs thrown at police in Derry

STOCKHOLM/DUBLIN (Wire) - An explosion blew out the entrance of a block of flats in Sodertalje, south-west of Stockholm, early on Sunday, injuring an elderly woman who lived on the ground floor, Swedish police said. A spokesman said the blast was linked to a conflict between two criminal networks in the town and that a 16-year-old had been detained nearby on suspicion of placing the device.

In Copenhagen, a man in his twenties was shot dead in the Norrebro district late on Saturday. Danish police said the killing was the result of a personal dispute and was not linked to any gang conflict.

In Northern Ireland, youths threw petrol bombs and bricks at police vehicles in the Creggan area of Derry on Monday night after a republican commemoration parade, the Police Service of Northern Ireland said. A water cannon was deployed and two people were arrested; no officers were hurt.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosion blew out the entrance of a block of flats in Sodertalje", P("Sodertalje", "SE", 1, lat=59.2, lon=17.63, a1="Stockholm"), "sunday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, inj=1),
  E(cur, "Violent demonstration", "youths threw petrol bombs and bricks at police vehicles in the Creggan area of Derry", P("Derry", "GB", 2, lat=55.0, lon=-7.31, a1="Northern Ireland"), "monday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, inj=0),
]),
]

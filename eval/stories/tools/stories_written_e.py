"""Multi-event stories written for this project (issue 11), batch e: many registers (UN/NGO situation
reports with bullets, live blogs with time stamps, military press releases, monitor round-ups, local press,
analysis pieces) and hard cases (two places in one sentence, one event told three times, aggregates,
recalled events, captions and footers, counter-claims of casualties, protests that turn violent, arrests
after a protest). Our own words; invented incidents in real places with public group names.
No ``split`` key: the id hash decides (some stories are test)."""
from gold import E, S, unscored, place as P, country as C

RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; ISR = "Military Forces of Israel (2022-)"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; MLI = "Military Forces of Mali (2021-)"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; LBN = "Military Forces of Lebanon (2025-)"
CODECO = "CODECO: Cooperative for Development of Congo"
MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo (2010-)"
cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


STORIES = [
S("st-e-001", "2026-11-21", """MALI: Mopti region – Flash update No. 7 (as of 20 November 2026)

KEY POINTS
• On 14 November, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked the army camp in Tenenkou. The Malian armed forces reported six soldiers killed; JNIM, in a message on its channels, claimed to have killed 27.
• On 16 November, a minibus travelling between Bandiagara and Sevare struck an explosive device about 12 km east of Bandiagara. Four passengers, including a woman and her infant, were killed and nine were injured.
• On 18 November, armed men described by residents as members of the Dan Na Ambassagou hunters' militia abducted 11 men from a village near Koro. Seven were released the following day.
• Since 1 January, protection partners have recorded 312 incidents in the region, compared with 241 over the same period of 2025.

CONTEXT
The blockade of Tenenkou by non-state armed groups, in place since mid-2024, continues to restrict the movement of goods and people. Fuel prices in the town have tripled.

RESPONSE
• 2,300 newly displaced people in Bandiagara received emergency shelter kits.
• Mobile clinics resumed in Koro after a three-week suspension.

© United Nations Office for the Coordination of Humanitarian Affairs 2026. Contact: OCHA Mali public information unit.""", [
  E(cur, "Armed clash", "attacked the army camp in Tenenkou", P("Tenenkou", "ML"), "2026-11-14",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2=MLI, i2=1, fat=6),
  E(cur, "Remote explosive/landmine/IED", "struck an explosive device", P("Bandiagara", "ML", 2), "2026-11-16",
    a2="Civilians (Mali)", i2=7, fat=4, inj=9),
  E(cur, "Abduction/forced disappearance", "abducted 11 men", P("Koro", "ML", 2), "2026-11-18",
    a1="Dan Na Ambassagou", i1=4, a2="Civilians (Mali)", i2=7),
], register="ngo"),

S("st-e-002", "2026-04-16", """PLATEAU: 9 killed as gunmen attack Bokkos communities

By our correspondent, Jos

Gunmen stormed two farming communities in Bokkos Local Government Area of Plateau State late on Monday, shooting residents and setting dozens of houses on fire before withdrawing into the hills, residents and officials said.

"They came shooting from every direction. We buried fourteen of our people this morning and some are still missing," a community leader, Ezekiel Dalyop, said on Tuesday.

The state police command confirmed the attack but put the death toll at nine. A police spokesman said a tactical team had been deployed to the area and that no arrests had yet been made.

On Wednesday, hundreds of youths from the area blocked the Jos-Abuja highway near Bokkos to demand protection. Some of them burned tyres and stoned passing vehicles, and police fired tear gas to clear the road.

Three youth leaders accused of organising the road blockade were arrested in Jos on Thursday morning, their families said.

Plateau has recorded more than 200 killings in rural attacks since the start of the year, according to a local rights group.""", [
  E(cur, "Attack", "Gunmen stormed two farming communities", P("Bokkos", "NG", 2), "monday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=9),
  E(cur, "Violent demonstration", "blocked the Jos-Abuja highway", P("Bokkos", "NG", 2), "wednesday",
    a1="Rioters (Nigeria)", i1=5, a2=NGA_POL, i2=1),
  E(cur, "Arrests", "were arrested in Jos", P("Jos", "NG"), "thursday", a1=NGA_POL, i1=1, a2="Rioters (Nigeria)", i2=5),
], register="local"),

S("st-e-003", "2026-06-09", """BUNIA, DR Congo (Wire) — Militiamen armed with guns and machetes attacked a camp for displaced people near the town of Djugu in Congo's Ituri province overnight into Monday, killing at least 12 people, the army said. Local civil society groups put the toll at 31.

The army blamed the CODECO militia, a coalition of Lendu armed groups that says it protects its community from rival militias. CODECO could not be reached for comment.

"The assailants went from shelter to shelter," said a camp official reached by telephone, who asked not to be named. He said most of the victims were women and children.

Peacekeepers from the UN mission MONUSCO, who have a base nearby, exchanged fire with the attackers and drove them off, the mission said in a statement, adding that one peacekeeper had been wounded.

The attack was the deadliest on a displacement site in Ituri since February 2022, when more than 60 people were killed at a camp in the same territory.

Ituri has been plagued by fighting between ethnic militias for decades, and more than a million people in the province have fled their homes.""", [
  E(cur, "Attack", "attacked a camp for displaced people", P("Djugu", "CD", 2, lat=1.92, lon=30.50, a1="Ituri", a2="Djugu"), "monday",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=12),
  E(cur, "Armed clash", "exchanged fire with the attackers", P("Djugu", "CD", 2, lat=1.92, lon=30.50, a1="Ituri", a2="Djugu"), "monday",
    a1=MONUSCO, i1=8, a2=CODECO, i2=4, inj=1),
  E(bg, "Attack", "more than 60 people were killed", P("Djugu", "CD", 3, lat=1.92, lon=30.50, a1="Ituri", a2="Djugu"), "2022-02-01", tp=3, fat=60),
]),

S("st-e-004", "2026-03-18", """Sudan war: live updates

09:42 GMT
The Sudanese army says its air force struck RSF supply convoys near Bara and En Nahud in North and West Kordofan late on Tuesday, destroying "more than 40 combat vehicles". There was no immediate comment from the RSF.

10:15 GMT
Residents of Dilling, in South Kordofan, report heavy shelling of the town's market area since dawn. A local doctor tells us at least seven people were killed and 17 wounded. Fighters of the SPLM-North faction led by Abdelaziz al-Hilu, which is allied with the RSF, have besieged the town for months.

11:03 GMT
The UN refugee agency says more than 12 million people have been forced from their homes since the war began in April 2023.

12:30 GMT
Update on Dilling: the state health ministry now says five people were confirmed dead in this morning's shelling.

13:10 GMT
An RSF drone hit a power station in Kosti, in White Nile state, causing a blackout across the city, the state government says. No casualties were reported.

14:05 GMT
Both the army and the RSF have rejected a US proposal for a 72-hour humanitarian truce. Our correspondent in Port Sudan says talks are unlikely to resume before Eid.""", [
  E(cur, "Air/drone strike", "struck RSF supply convoys", P("Bara", "SD", 2, geoname="Barah"), "tuesday", a1=SDN, i1=1, a2=RSF, i2=2),
  E(cur, "Air/drone strike", "struck RSF supply convoys", P("En Nahud", "SD", 2, lat=12.70, lon=28.43, a1="West Kordofan"), "tuesday", a1=SDN, i1=1, a2=RSF, i2=2),
  E(cur, "Shelling/artillery/missile attack", "heavy shelling", P("Dilling", "SD"), "wednesday", a2="Civilians (Sudan)", i2=7, fat=5, inj=17),
  E(cur, "Air/drone strike", "RSF drone hit a power station", P("Kosti", "SD"), "wednesday", a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
  E(hyp, "Agreement", "humanitarian truce", C("SD"), None),
], register="wire"),

S("st-e-005", "2026-10-06", """Ukraine live: Russian drones hit Sumy and Nikopol overnight

Updated 08:20
Russian drones struck residential areas of Sumy and Nikopol overnight, officials in both regions said. In Sumy, a drone hit the upper floors of a five-storey apartment block, killing a 70-year-old woman and injuring six people. In Nikopol, which is shelled almost daily from across the Dnipro river, two men were wounded when a drone dropped explosives on a bus stop.

Updated 08:45
Ukraine's air force says it shot down or jammed 61 of the 88 drones Russia launched overnight. Debris fell in several regions, but no damage was reported in Kyiv.

Updated 10:05
A Russian glide bomb struck an industrial site in Kramatorsk this morning, killing one worker, the head of the city's military administration said.

Updated 11:30
Ukrainian drones attacked a fuel terminal in the Russian port of Novorossiysk overnight, the regional emergency headquarters in Krasnodar said, adding that a fire had been put out and no one was hurt.

Updated 12:10
President Volodymyr Zelensky renewed his call for more air defence systems, saying Russia had launched more than 1,500 drones at Ukraine over the past week.""", [
  E(cur, "Air/drone strike", "drones struck residential areas", P("Sumy", "UA"), "tuesday", tp=2, a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=6),
  E(cur, "Air/drone strike", "dropped explosives on a bus stop", P("Nikopol", "UA", geoname="Nikopol'"), "tuesday", tp=2, a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Air/drone strike", "glide bomb struck an industrial site", P("Kramatorsk", "UA", geoname="Kramators'k"), "tuesday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Air/drone strike", "drones attacked a fuel terminal", P("Novorossiysk", "RU"), "tuesday", tp=2, a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
], register="wire"),

S("st-e-006", "2026-10-25", """Settlers attack olive pickers near Turmus Ayya; army raids Nablus

RAMALLAH — Dozens of Israeli settlers attacked Palestinian families harvesting olives on the edge of Turmus Ayya, north-east of Ramallah, on Saturday morning, beating farmers with clubs and throwing stones at them, the village council said. Eight Palestinians, among them a 60-year-old woman, were taken to hospital.

The settlers also set fire to two cars and uprooted about 40 olive trees before Israeli soldiers arrived and fired tear gas at the farmers, witnesses said.

"We had coordinated with the army to be on our land today," one of the farmers said. "They attacked us anyway."

The Israeli military said soldiers had been sent to "a violent confrontation between Israeli civilians and Palestinians" and that the incident was under review.

In Nablus, Israeli forces raided the old city before dawn on Sunday and arrested five men, the Palestinian Prisoners' Society said. Soldiers also blew up the family home of a man accused of killing an Israeli settler in August.

The UN has recorded more than 150 settler attacks during this year's harvest season.

Photo: Smoke rises from a car set alight by settlers in Sinjil during last year's harvest. (Archive)""", [
  E(cur, "Attack", "settlers attacked Palestinian families", P("Turmus Ayya", "PS", 2, geoname="Turmus`ayya"), "saturday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, inj=8),
  E(cur, "Arrests", "arrested five men", P("Nablus", "PS"), "sunday", a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  E(cur, "Looting/property destruction", "blew up the family home", P("Nablus", "PS"), "sunday", a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  E(bg, "Attack", "killing an Israeli settler", C("PS"), "2026-08-01", tp=3, fat=1),
], register="local"),

S("st-e-007", "2026-02-04", """BEIRUT (Wire) — Israeli drone strikes on cars in Bint Jbeil and near Tyre killed three people on Tuesday, two in Bint Jbeil and one on the coastal road south of Tyre, Lebanon's health ministry said, the latest deadly strikes since a ceasefire took effect more than a year ago.

The Israeli military said it had killed two Hezbollah members who were "attempting to rebuild terrorist infrastructure" in southern Lebanon. It gave no details about the third person killed.

A resident of Bint Jbeil said the car was hit as it drove past a school. "The children were just leaving. It is a miracle none of them was hurt," she said.

Separately, the Lebanese army said it had found and dismantled a rocket launcher in an orchard near Marjayoun on Tuesday morning. It said no rockets had been fired.

Hezbollah, which has not claimed any attack on Israel since the November 2024 truce, denied that the men killed in Bint Jbeil were its members. Israel has carried out hundreds of strikes in Lebanon since then, according to a Lebanese government count.""", [
  unscored(E(cur, "Air/drone strike", "drone strikes on cars", P("Bint Jbeil", "LB", lat=33.12, lon=35.43, a1="Nabatiye"), "tuesday", a1=ISR, i1=8, fat=2), "actor2", "inter2"),
  unscored(E(cur, "Air/drone strike", "drone strikes on cars", P("Tyre", "LB", 2), "tuesday", a1=ISR, i1=8, fat=1), "actor2", "inter2"),
  E(cur, "Disrupted weapons use", "dismantled a rocket launcher", P("Marjayoun", "LB", 2), "tuesday", a1=LBN, i1=1),
  E(neg, "Shelling/artillery/missile attack", "no rockets had been fired", P("Marjayoun", "LB", 2), "tuesday"),
  E(bg, "Agreement", "ceasefire took effect", C("LB"), "2024-11-01", tp=3),
]),

S("st-e-008", "2026-07-12", """Daily security round-up: Syria, 11-12 July 2026

In the past 24 hours, our monitors documented the following incidents:

DEIR EZ-ZOR – The bodies of three men, their hands bound and with gunshot wounds to the head, were found on Saturday on farmland outside Al-Mayadin. Relatives said the men had been detained by unknown gunmen at a makeshift checkpoint two days earlier.

DARAA – An explosive device planted under a car went off in the town of Tafas on Saturday evening, killing a former opposition commander who had joined the new security services and wounding his son.

AS-SUWAYDA – Fighting between Druze gunmen and Bedouin tribal fighters broke out again on Sunday morning on the western edge of As-Suwayda city, with mortar rounds falling on residential streets. At least four people were killed, according to a local news network; government sources said two.

IDLIB – No incidents recorded.

Since the start of July, 61 people have been killed in security incidents across the south of the country, by our count. Figures are updated as information is verified.

© 2026 Syria Security Monitor. Reproduction permitted with attribution.""", [
  E(cur, "Attack", "bodies of three men", P("Al-Mayadin", "SY", 2, geoname="Al Mayadin"), "saturday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7, fat=3),
  E(bg, "Abduction/forced disappearance", "detained by unknown gunmen", P("Al-Mayadin", "SY", 2, geoname="Al Mayadin"), "thursday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7),
  unscored(E(cur, "Remote explosive/landmine/IED", "explosive device planted under a car went off", P("Tafas", "SY"), "saturday", fat=1, inj=1), "actor2", "inter2"),
  E(cur, "Armed clash", "Fighting between Druze gunmen and Bedouin tribal fighters", P("As-Suwayda", "SY", 2, geoname="As Suwayda'"), "sunday",
    a1="Druze Militia (Syria)", i1=4, a2="Bedouin Tribal Militia (Syria)", i2=4, fat=2),
], register="monitor"),

S("st-e-009", "2026-05-20", """SECURITY MEDIA CELL
Statement No. 118 - Wednesday, 20 May 2026

1. Acting on intelligence from the Joint Operations Command, Iraqi Air Force F-16 aircraft carried out two airstrikes on Tuesday evening on caves used by Daesh terrorist remnants in the Wadi al-Shay area south-west of Kirkuk, killing five terrorists.

2. A force of the Counter-Terrorism Service arrested four terrorists wanted under Article 4 of the anti-terrorism law in a raid on Wednesday morning in Tarmiyah, north of Baghdad.

3. Border guard units seized a cache containing 22 mortar rounds, three explosive belts and a quantity of C4 in the desert near Al-Qaim on Tuesday.

4. Our forces repelled an attack by Daesh remnants on an army outpost near Khanaqin in Diyala province on Tuesday night. One soldier was martyred and two were wounded; the attackers fled towards the Hamrin hills.

5. Reports circulating on social media of an explosion in central Kirkuk are untrue. The sound heard by residents came from the controlled destruction of old ordnance by army engineers.

Our security forces continue to pursue the remnants of the terrorist gangs. Since the start of the year, 214 terrorists have been killed or arrested across the country.""", [
  E(cur, "Air/drone strike", "carried out two airstrikes", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "tuesday", a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2, fat=5),
  E(cur, "Arrests", "arrested four terrorists", P("Tarmiyah", "IQ", geoname="At Tarmiyah"), "wednesday", a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2),
  E(cur, "Disrupted weapons use", "seized a cache", P("Al-Qaim", "IQ", 2, geoname="Al Qa'im"), "tuesday", a1="Military Forces of Iraq (2022-)", i1=1),
  E(cur, "Armed clash", "repelled an attack", P("Khanaqin", "IQ", 2), "tuesday", a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2, fat=1, inj=2),
  E(neg, "Remote explosive/landmine/IED", "explosion in central Kirkuk", P("Kirkuk", "IQ"), None),
], register="official"),

S("st-e-010", "2026-08-27", """TAIZ, Yemen (Wire) — A drone dropped explosives on a crowded vegetable market in the divided city of Taiz on Wednesday, killing four civilians including a child and wounding 11, local health officials said. Government officials blamed Houthi forces positioned in the hills east of the city.

A day earlier, a 12-year-old boy was shot dead by a sniper while fetching water in the Al-Kalaba neighbourhood, residents said.

The Houthi-run Saba news agency did not mention the market strike but said government forces had shelled Houthi-held villages near Maqbanah, west of Taiz, on Wednesday, killing a woman.

Fighting also flared on the Marib front, where government troops said they had repelled a Houthi assault on their positions near Sirwah overnight into Wednesday, killing 14 attackers. Houthi media said eight of the group's fighters had been "martyred" in the battle.

The UN envoy for Yemen called on both sides to "exercise maximum restraint" and to return to talks on reopening roads into Taiz, which has been partly besieged since 2015.""", [
  E(cur, "Air/drone strike", "drone dropped explosives", P("Taiz", "YE", geoname="Ta`izz"), "wednesday",
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Civilians (Yemen)", i2=7, fat=4, inj=11),
  E(cur, "Attack", "shot dead by a sniper", P("Taiz", "YE", 2, geoname="Ta`izz"), "tuesday", a2="Civilians (Yemen)", i2=7, fat=1),
  E(cur, "Shelling/artillery/missile attack", "shelled Houthi-held villages", P("Maqbanah", "YE", 2), "wednesday",
    a1="Military Forces of Yemen (2022-)", i1=1, a2="Civilians (Yemen)", i2=7, fat=1),
  E(cur, "Armed clash", "repelled a Houthi assault", P("Sirwah", "YE", 2, geoname="Suq Sirwah"), "wednesday",
    a1="Military Forces of Yemen (2022-)", i1=1, a2="Military Forces of Yemen (2016-) Supreme Political Council", i2=1, fat=8),
]),

S("st-e-011", "2026-09-15", """MINISTRY OF INFORMATION, CULTURE AND TOURISM
PRESS RELEASE
Mogadishu, 15 September 2026

The Somali National Army, working with local ma'awisley forces, liberated the town of Mahaday and three surrounding villages in Middle Shabelle region from the Khawarij on Monday after an operation that began at dawn.

Commanders on the ground said 23 Khawarij fighters were killed and that the army lost two soldiers. The terrorists fled towards the forests east of the Shabelle river, leaving behind weapons and two vehicles.

The Khawarij falsely claimed on their propaganda websites to have killed 40 soldiers and to have repelled the operation. The Ministry urges the public to ignore such lies.

In a separate incident on Monday evening, the terrorists fired three mortar shells into the Hodan district of Mogadishu. One shell landed near a primary school, injuring four children. Security agencies have launched an investigation.

The Federal Government reaffirms its commitment to freeing every district of the country from the Khawarij in 2026.

-ENDS-""", [
  E(cur, "Government regains territory", "liberated the town of Mahaday", P("Mahaddayweyne", "SO", lat=2.9726, lon=45.5347, a1="Middle Shabelle"), "monday",
    a1="Military Forces of Somalia (2022-)", i1=1, a2="Al Shabaab", i2=2, fat=25),
  E(cur, "Shelling/artillery/missile attack", "fired three mortar shells", P("Mogadishu", "SO", 2), "monday",
    a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, inj=4),
], register="official"),

S("st-e-012", "2026-05-29", """Analysis: Three years on, Amhara's war has no front line and no end in sight

ADDIS ABABA — When Fano militiamen briefly seized Gondar and Lalibela in early August 2023, many in Ethiopia's capital assumed the rebellion in the Amhara region would burn itself out within months. Instead, it has settled into a grinding war of ambushes, drone strikes and road closures that few outsiders see.

The federal government declared a state of emergency in the region days later, cutting the internet and restricting travel. Since then, the military has relied heavily on armed drones, which it used to devastating effect against Tigrayan forces in 2021.

Residents say the strikes continue. On Wednesday, a drone struck a health centre in the town of Bure in West Gojjam, killing five people, according to two residents and a nurse who treated the wounded. The government did not respond to questions about the strike.

Fano itself is divided. Its commanders operate largely independently in Gojjam, Gondar, Wollo and Shewa, and a unified command announced last year has struggled to impose discipline. Several factions have been accused of abducting civilians for ransom.

A university research group that tracks the conflict says drone strikes have killed more than 600 civilians in Amhara since 2023. Diplomats in Addis Ababa say neither side appears ready for talks.

"The army cannot win in the countryside and Fano cannot take the cities," said a former regional official. "So the people pay," he said.""", [
  E(bg, "Non-state actor overtakes territory", "briefly seized Gondar and Lalibela", P("Gondar", "ET"), "2023-08-01", tp=3, a1="Fano", i1=3),
  E(bg, "Non-state actor overtakes territory", "briefly seized Gondar and Lalibela", P("Lalibela", "ET"), "2023-08-01", tp=3, a1="Fano", i1=3),
  E(bg, "Other", "declared a state of emergency", P("Amhara", "ET", 3), "2023-08-01", tp=3, a1="Government of Ethiopia (2018-)", i1=1),
  E(cur, "Air/drone strike", "a drone struck a health centre", P("Bure", "ET"), "wednesday",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Civilians (Ethiopia)", i2=7, fat=5),
], register="wire"),

S("st-e-013", "2026-07-03", """Cabo Delgado: Protection Cluster update (22 June - 1 July 2026)

Incidents in the reporting period
- 24 June: members of the non-state armed group (NSAG) entered a village about 30 km south of Macomia town, beheaded two men and burned some 30 houses. Most residents had fled to the bush before the attack.
- 27 June: at least seven children, four of them girls, were abducted by NSAG members from farms near Mocimboa da Praia. Their whereabouts remain unknown.
- 29 June: Rwandan and Mozambican forces clashed with the NSAG near Mocimboa da Praia. The Rwanda Defence Force said nine fighters were killed.
- 1 July: around 200 displaced people gathered peacefully outside the district administration in Montepuez to demand the resumption of food distributions.

Trends
Since January, the cluster has recorded 139 incidents of killings, abductions and looting by NSAG members in the province, and more than 85,000 people have been displaced.

Funding
The 2026 protection response is 18 per cent funded.

Note: partners use the term NSAG for the group that calls itself Islamic State Mozambique Province. This update is based on reports from partners and community focal points and may be incomplete.""", [
  E(cur, "Attack", "beheaded two men", P("Macomia", "MZ", 2, lat=-12.25, lon=40.13, a1="Cabo Delgado"), "2026-06-24",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Abduction/forced disappearance", "were abducted", P("Mocimboa da Praia", "MZ", 2, geoname="Mocimboa"), "2026-06-27",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7),
  E(cur, "Armed clash", "clashed with the NSAG", P("Mocimboa da Praia", "MZ", 2, geoname="Mocimboa"), "2026-06-29",
    a1="Military Forces of Rwanda (2000-)", i1=8, a2="Islamic State Mozambique Province", i2=2, fat=9),
  E(cur, "Peaceful protest", "gathered peacefully", P("Montepuez", "MZ"), "2026-07-01", a1="Protesters (Mozambique)", i1=6),
], register="ngo"),

S("st-e-014", "2026-01-14", """Arakan Army says it overran junta base outside Sittwe; air strikes kill 11 in villages

SITTWE — The Arakan Army said on Tuesday that its fighters had overrun a military battalion base on the northern outskirts of Sittwe, the capital of Myanmar's Rakhine state, after ten days of fighting, bringing the ethnic armed group closer than ever to the city.

Hours later, military aircraft bombed villages in Ponnagyun and Rathedaung townships, killing at least 11 civilians, according to local rescue volunteers. Six of the dead were in one house in a village near Ponnagyun, they said.

A junta spokesman told state media that the air force had struck only "terrorist positions" and denied that civilians had been killed. He did not comment on the base.

Separately, police in Mandalay arrested eight young people on Monday over social media posts criticising the military's conscription law, a rights group said.

The Arakan Army has taken control of most of Rakhine's 17 townships since it broke a ceasefire with the military in late 2023.""", [
  E(cur, "Non-state actor overtakes territory", "overrun a military battalion base", P("Sittwe", "MM", 2), "tuesday",
    a1="Arakan Army", i1=2, a2="Military Forces of Myanmar (2021-)", i2=1),
  E(cur, "Air/drone strike", "military aircraft bombed villages", P("Ponnagyun", "MM", 2, lat=20.33, lon=93.00, a1="Rakhine"), "tuesday",
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7, fat=6),
  E(cur, "Air/drone strike", "military aircraft bombed villages", P("Rathedaung", "MM", 3, lat=20.48, lon=92.77, a1="Rakhine"), "tuesday",
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7, fat=5),
  E(cur, "Arrests", "arrested eight young people", P("Mandalay", "MM"), "monday",
    a1="Police Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7),
], register="local"),

S("st-e-015", "2026-03-04", """QUETTA, Pakistan (Wire) — Gunmen stopped two passenger buses on a highway near Kalat in Pakistan's Balochistan province late on Tuesday, checked the passengers' identity cards and shot dead nine men from Punjab province, officials said.

The Balochistan Liberation Army said its fighters had carried out the killings. The attack bore the hallmarks of a similar attack in Musakhel district in August 2024 in which gunmen killed 23 people after pulling them off trucks and buses.

In Turbat, a grenade thrown at a police station on Wednesday morning wounded two constables, police said.

In Quetta, police used batons and tear gas on Wednesday to break up a sit-in by the Baloch Yakjehti Committee outside the press club, where relatives of missing persons had been camped for a week. The group said at least 20 protesters were detained.

Hours later, police arrested two of the committee's organisers at their homes in Quetta, their lawyer said.

Balochistan's government said it would not allow "anyone to hold the province hostage" and announced a ban on gatherings of more than four people for 30 days.""", [
  E(cur, "Attack", "shot dead nine men", P("Kalat", "PK", 2), "tuesday",
    a1="BLA: Balochistan Liberation Army", i1=2, a2="Civilians (Pakistan)", i2=7, fat=9),
  E(bg, "Attack", "gunmen killed 23 people", P("Musakhel", "PK", 3, geoname="Musa Khel Bazar"), "2024-08-01", tp=3, fat=23),
  E(cur, "Grenade", "grenade thrown at a police station", P("Turbat", "PK"), "wednesday", a2="Police Forces of Pakistan (2024-)", i2=1, inj=2),
  E(cur, "Protest with intervention", "break up a sit-in", P("Quetta", "PK"), "wednesday",
    a1="Protesters (Pakistan)", i1=6, a2="Police Forces of Pakistan (2024-)", i2=1),
  unscored(E(cur, "Arrests", "arrested two of the committee's organisers", P("Quetta", "PK"), "wednesday", a1="Police Forces of Pakistan (2024-)", i1=1), "actor2", "inter2"),
  E(cur, "Other", "announced a ban on gatherings", P("Balochistan", "PK", 3), "wednesday", a1="Government of Pakistan (2024-)", i1=1),
]),

S("st-e-016", "2026-09-08", """IMPHAL: Curfew in Jiribam after houses torched; two militants killed near Moirang

Authorities imposed an indefinite curfew in Jiribam district on Monday after a mob set fire to at least 15 houses in a village on the outskirts of Jiribam town late on Sunday, police said.

The mob was made up of residents of a neighbouring village who accused the inhabitants of sheltering militants, police said. No one was hurt, as the houses had been abandoned during earlier violence.

In a separate incident on Monday, security forces killed two suspected militants in a gunfight in the hills near Moirang in Bishnupur district, the Assam Rifles said. Two assault rifles and a grenade were recovered from the site.

In Imphal, hundreds of students marched towards the Raj Bhavan on Monday evening to demand the removal of the state's security adviser. When police stopped them near Kangla Fort, some protesters threw stones and petrol bombs, and police responded with tear gas. At least 12 people, five of them police officers, were injured.

Ethnic violence between the Meitei and Kuki-Zo communities has killed more than 250 people in the state since May 2023.""", [
  E(cur, "Other", "imposed an indefinite curfew", P("Jiribam", "IN", 3, lat=24.80, lon=93.12, a1="Manipur"), "monday"),
  E(cur, "Mob violence", "a mob set fire to at least 15 houses", P("Jiribam", "IN", 2, lat=24.80, lon=93.12, a1="Manipur"), "sunday",
    a1="Rioters (India)", i1=5, a2="Civilians (India)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "gunfight", P("Moirang", "IN", 2), "monday",
    a1="Military Forces of India (2014-)", i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=2),
  E(cur, "Violent demonstration", "threw stones and petrol bombs", P("Imphal", "IN"), "monday",
    a1="Rioters (India)", i1=5, a2="Police Forces of India (2014-)", i2=1, inj=12),
], register="local"),

S("st-e-017", "2026-02-20", """CUCUTA, Colombia (Wire) — Heavy fighting broke out on Tuesday between ELN guerrillas and a FARC dissident faction in rural areas of Tibu and El Tarra, in the Catatumbo region near the Venezuelan border, killing at least 11 people near Tibu and five near El Tarra, the ombudsman's office said on Thursday.

The dead included a community leader and his wife, who were taken from their home by ELN fighters on Wednesday and later found shot dead beside a road outside Tibu, the office said. Some 3,000 people have fled their villages.

"We heard shooting all night. In the morning the men from the other group were gone and the ELN was in the village," said a farmer who fled to Ocana with his family.

In the southwestern department of Cauca, a drone carrying explosives struck a police station in Suarez on Wednesday, wounding three officers. Police blamed the Jaime Martinez front of the dissident Central General Staff.

The violence is the worst in Catatumbo since January 2025, when an ELN offensive against the dissidents left more than 80 people dead and forced tens of thousands from their homes.""", [
  E(cur, "Armed clash", "Heavy fighting broke out", P("Tibu", "CO", 2), "tuesday", a1="ELN: National Liberation Army", i1=2, a2="FARC-EMC: Central General Staff", i2=2, fat=9),
  E(cur, "Armed clash", "Heavy fighting broke out", P("El Tarra", "CO", 2), "tuesday", a1="ELN: National Liberation Army", i1=2, a2="FARC-EMC: Central General Staff", i2=2, fat=5),
  E(cur, "Attack", "found shot dead", P("Tibu", "CO", 2), "wednesday", a1="ELN: National Liberation Army", i1=2, a2="Civilians (Colombia)", i2=7, fat=2),
  E(cur, "Air/drone strike", "drone carrying explosives struck a police station", P("Suarez", "CO", admin1="Cauca"), "wednesday",
    a1="FARC-EMC: Central General Staff", i1=2, a2="Police Forces of Colombia (2022-)", i2=1, inj=3),
  E(bg, "Armed clash", "ELN offensive", P("Norte de Santander", "CO", 3), "2025-01-01", tp=3, a1="ELN: National Liberation Army", i1=2, fat=80),
]),

S("st-e-018", "2026-06-23", """Michoacan: drones bomb communities near Apatzingan; Aguililla mayor shot dead

Staff report, Morelia

Armed drones dropped explosives on at least four rural communities in the municipality of Apatzingan on Sunday, damaging homes and a school and forcing dozens of families to flee, state officials said. No deaths were reported, but a nine-year-old girl was wounded by shrapnel.

The state security ministry attributed the attack to the Jalisco New Generation Cartel (CJNG), which has been fighting local groups for control of the Tierra Caliente region for years.

On Monday morning, gunmen shot dead the mayor of Aguililla as he left his home, the state prosecutor's office said. Hours later, soldiers clashed with an armed group on a dirt road outside Aguililla, killing three suspected cartel members. Two soldiers were wounded.

In response to the army's deployment, gunmen set fire to at least eight vehicles and used them to block highways near Uruapan and Apatzingan on Monday afternoon. Traffic had resumed by nightfall.

Michoacan has recorded more than 1,100 homicides so far this year, according to official figures.""", [
  E(cur, "Air/drone strike", "Armed drones dropped explosives", P("Apatzingan", "MX", 2), "sunday",
    a1="Cartel Jalisco Nueva Generacion", i1=3, a2="Civilians (Mexico)", i2=7, fat=0, inj=1),
  unscored(E(cur, "Attack", "gunmen shot dead the mayor", P("Aguililla", "MX"), "monday", a1="Unidentified Armed Group (Mexico)", i1=3, fat=1), "actor2", "inter2"),
  E(cur, "Armed clash", "soldiers clashed with an armed group", P("Aguililla", "MX", 2), "monday",
    a1="Military Forces of Mexico (2024-)", i1=1, a2="Unidentified Armed Group (Mexico)", i2=3, fat=3, inj=2),
  E(cur, "Looting/property destruction", "set fire to at least eight vehicles", P("Uruapan", "MX", 2, admin1="Michoacan"), "monday", a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7),
  E(cur, "Looting/property destruction", "set fire to at least eight vehicles", P("Apatzingan", "MX", 2), "monday", a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7),
], register="local"),

S("st-e-019", "2026-04-09", """PORT-AU-PRINCE, Haiti (Wire) — Gang members attacked Kenscoff, a hillside town above the capital, for a second straight night on Wednesday, burning houses and killing at least six people, the town's deputy mayor said. Residents said the gunmen belonged to the Viv Ansanm coalition.

Police backed by the Gang Suppression Force said they had pushed the attackers back from the town centre after a firefight that lasted several hours.

On Tuesday, an explosive-laden drone operated by a government task force struck a house used by gang members in the Bel Air neighbourhood of Port-au-Prince, killing four suspected gang members, police said. A local human rights group said two children had also been killed.

In Petion-Ville, residents beat and burned to death two men they accused of being gang informants on Wednesday morning, witnesses said, the latest in a wave of vigilante killings.

More than 1,500 people were killed in gang violence in the first three months of the year, according to the UN.""", [
  E(cur, "Attack", "Gang members attacked Kenscoff", P("Kenscoff", "HT"), "wednesday", a1="Viv Ansanm", i1=3, a2="Civilians (Haiti)", i2=7, fat=6),
  E(cur, "Armed clash", "firefight", P("Kenscoff", "HT"), "wednesday", a1="Police Forces of Haiti (2024-)", i1=1, assoc_actor_1="Multinational Security Support Mission in Haiti", a2="Viv Ansanm", i2=3),
  unscored(E(cur, "Air/drone strike", "drone operated by a government task force struck a house", P("Port-au-Prince", "HT", 2), "tuesday",
    a1="Police Forces of Haiti (2024-)", i1=1, fat=4), "actor2", "inter2"),
  E(cur, "Mob violence", "beat and burned to death two men", P("Petion-Ville", "HT", geoname="Petionville"), "wednesday",
    a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=2),
]),

S("st-e-020", "2026-08-31", """JAKARTA (Wire) — Thousands of students and workers rallied outside parliament in Jakarta on Friday against a cut in fuel subsidies. Police fired tear gas and water cannon after some protesters tore down a section of the fence and threw rocks at officers.

In Medan, protesters stormed the grounds of the North Sumatra regional council late on Friday, smashing windows and setting parked motorcycles on fire.

In Surabaya, where a march by university students had been peaceful, police fired rubber bullets to disperse the crowd on Friday evening. A 19-year-old student who was hit in the head died in hospital on Saturday, his family said. Police said they were investigating.

Police said on Sunday that they had arrested 312 people in Jakarta over the unrest and named 41 of them as suspects.

Labour unions said they would hold a nationwide strike on Wednesday if the government did not reverse the cut. Ministers have said the subsidy cut is needed to rein in the budget deficit.""", [
  E(cur, "Violent demonstration", "threw rocks at officers", P("Jakarta", "ID"), "friday",
    a1="Rioters (Indonesia)", i1=5, a2="Police Forces of Indonesia (2024-)", i2=1),
  E(cur, "Violent demonstration", "protesters stormed the grounds", P("Medan", "ID"), "friday", a1="Rioters (Indonesia)", i1=5),
  E(cur, "Excessive force against protesters", "police fired rubber bullets", P("Surabaya", "ID", admin1="East Java"), "friday",
    a1="Protesters (Indonesia)", i1=6, a2="Police Forces of Indonesia (2024-)", i2=1, fat=1),
  E(hyp, "Peaceful protest", "nationwide strike", C("ID"), None),
]),

S("st-e-021", "2026-11-12", """TRIPOLI, Libya — Heavy clashes erupted between rival armed groups in the western city of Zawiya late on Tuesday, killing four people, including a civilian caught in crossfire, and closing the coastal highway to Tunisia for several hours, the city's medical centre said.

Residents said the fighting began after a commander of one group was stopped at a checkpoint run by the other. Both groups are nominally affiliated with the Tripoli-based Government of National Unity.

In Misrata, the head of the municipal council's finance committee was abducted by unidentified gunmen outside his office on Monday, his family said. His whereabouts were unknown.

In Tripoli, dozens of people gathered in Martyrs' Square on Wednesday evening to demand the withdrawal of armed groups from the capital and a date for national elections. The protest ended peacefully.

The UN Support Mission in Libya said it was "deeply concerned" by the violence and urged all sides to avoid a return to the fighting that shook the capital in May 2025.""", [
  E(cur, "Armed clash", "Heavy clashes erupted", P("Zawiya", "LY"), "tuesday", fat=4),
  unscored(E(cur, "Abduction/forced disappearance", "was abducted by unidentified gunmen", P("Misrata", "LY", geoname="Misratah"), "monday",
    a1="Unidentified Armed Group (Libya)", i1=3), "actor2", "inter2"),
  E(cur, "Peaceful protest", "gathered in Martyrs' Square", P("Tripoli", "LY"), "wednesday", a1="Protesters (Libya)", i1=6),
  E(bg, "Armed clash", "fighting that shook the capital", P("Tripoli", "LY"), "2025-05-01", tp=3),
]),

S("st-e-022", "2026-02-27", """REPUBLIC OF NIGER
MINISTRY OF NATIONAL DEFENCE
Operational communique No. 014

Between 20 and 26 February 2026, the Defence and Security Forces (FDS) carried out offensive and security operations across the national territory.

- On 21 February, a unit of Operation Niya intercepted a column of armed terrorists on motorcycles near Ouallam, in the Tillaberi region. In the fighting, 17 terrorists were neutralised and 22 motorcycles destroyed. On our side, two soldiers fell on the field of honour and five were wounded.
- On 23 February, an FDS patrol vehicle struck an improvised explosive device on the Tahoua-Abalak road, about 40 km from Abalak. Three soldiers were killed.
- On 24 February, air assets struck a gathering of terrorists in the Tillia area, neutralising about a dozen of them.
- On 25 February, FDS units arrested nine suspected accomplices of terrorist groups near Birni N'Konni.

Overall balance for the period: 29 terrorists neutralised, 12 suspects arrested, 31 motorcycles and one vehicle destroyed.

The Chief of General Staff congratulates the units for their commitment and reminds the population to report any suspicious movement to the nearest FDS post.""", [
  unscored(E(cur, "Armed clash", "intercepted a column of armed terrorists", P("Ouallam", "NE", 2), "2026-02-21",
    a1="Military Forces of Niger (2023-)", i1=1, fat=19, inj=5), "actor2", "inter2"),
  E(cur, "Remote explosive/landmine/IED", "struck an improvised explosive device", P("Abalak", "NE", 2), "2026-02-23",
    a2="Military Forces of Niger (2023-)", i2=1, fat=3),
  unscored(E(cur, "Air/drone strike", "air assets struck a gathering of terrorists", P("Tillia", "NE", 2, lat=16.13, lon=4.79, a1="Tahoua"), "2026-02-24",
    a1="Military Forces of Niger (2023-)", i1=1, fat=12), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "arrested nine suspected accomplices", P("Birni N'Konni", "NE", 2, geoname="Birni N Konni"), "2026-02-25",
    a1="Military Forces of Niger (2023-)", i1=1), "actor2", "inter2"),
], register="official"),

S("st-e-023", "2026-10-19", """MAROUA, Cameroon — Two female suicide bombers blew themselves up at a crowded cattle market in Mora on Sunday morning, killing at least nine people besides themselves, local officials said. The governor of the Far North region put the death toll at seven.

No group claimed responsibility, but officials blamed Boko Haram, which has used women and girls as suicide bombers in the region for more than a decade.

"The first one exploded near the entrance, and when people ran, the second one exploded in the crowd," a trader told reporters from his bed in Mora district hospital.

On Saturday night, Boko Haram fighters abducted 14 people, most of them women, from a village near Mokolo, a local vigilance committee leader said. Vigilantes pursued the abductors and exchanged fire with them, freeing three of the hostages. One vigilante was killed.

The Far North has seen more than 50 attacks by jihadist groups since January, according to local authorities.""", [
  E(cur, "Suicide bomb", "suicide bombers blew themselves up", P("Mora", "CM"), "sunday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Cameroon)", i2=7, fat=7),
  E(cur, "Abduction/forced disappearance", "abducted 14 people", P("Mokolo", "CM", 2), "saturday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Armed clash", "exchanged fire with them", P("Mokolo", "CM", 2), "saturday",
    a2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i2=2, fat=1),
], register="local"),

S("st-e-024", "2026-03-26", """UNMISS concerned by escalating violence in Upper Nile and Jonglei

JUBA, 26 March 2026 - The United Nations Mission in South Sudan (UNMISS) is deeply concerned by the escalation of violence in parts of Upper Nile and Jonglei states over the past week.

According to information received by the Mission:
- On 21 March, aerial bombardment of areas near Nasir, in Upper Nile state, reportedly killed at least 12 civilians, including women and children, and destroyed a health facility.
- On 23 March, clashes were reported between the South Sudan People's Defence Forces (SSPDF) and armed youth from the Nuer community, known as the White Army, near Ulang.
- On 24 March, armed youth from the Murle community attacked cattle camps near Bor, in Jonglei state, killing six herders and driving away hundreds of cattle. Four children were abducted.

UNMISS calls on all parties to exercise restraint, to protect civilians and to respect the ceasefire provided for in the 2018 Revitalized Agreement on the Resolution of the Conflict in South Sudan.

The Mission has deployed additional peacekeepers to Malakal and Bor and is conducting patrols to reassure communities.

For more information: UNMISS Spokesperson's Office, Juba.""", [
  E(cur, "Air/drone strike", "aerial bombardment", P("Nasir", "SS", 2, lat=8.60, lon=33.07, a1="Upper Nile"), "2026-03-21", a2="Civilians (South Sudan)", i2=7, fat=12),
  E(cur, "Armed clash", "clashes were reported", P("Upper Nile", "SS", 3, lat=9.5334, lon=31.6605, a1="Upper Nile"), "2026-03-23",
    a1="Military Forces of South Sudan (2011-)", i1=1, a2="White Army", i2=4),
  E(cur, "Attack", "attacked cattle camps", P("Bor", "SS", 2), "2026-03-24",
    a1="Murle Ethnic Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=6),
  E(bg, "Agreement", "Revitalized Agreement", C("SS"), "2018-09-01", tp=3),
], register="ngo"),

S("st-e-025", "2026-01-20", """DHAKA (Wire) — One person was killed and at least 25 were injured when supporters of two rival political parties fought with sticks, machetes and crude bombs in the northern town of Bogra on Monday, police said.

The fighting broke out after supporters of the Bangladesh Nationalist Party (BNP) and of Jamaat-e-Islami tried to hold rallies at the same crossroads in the town centre, a police official said. Each party blamed the other.

In Dhaka, unidentified people set fire to three buses in the Mirpur and Jatrabari areas before dawn on Monday, the fire service said. No one was hurt. Police linked the arson to a "shutdown" called by activists of the banned Awami League, which said it had nothing to do with the fires.

Police said they had detained more than 140 Awami League activists in overnight raids across the capital on Sunday and Monday.

Hundreds of students rallied at Dhaka University on Tuesday to demand that those behind the violence be brought to justice. The rally passed off peacefully.""", [
  E(cur, "Mob violence", "fought with sticks, machetes and crude bombs", P("Bogra", "BD"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=25),
  E(cur, "Looting/property destruction", "set fire to three buses", P("Dhaka", "BD", 2), "monday", a2="Civilians (Bangladesh)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Arrests", "detained more than 140 Awami League activists", P("Dhaka", "BD"), "sunday", tp=2,
    a1="Police Forces of Bangladesh (2024-)", i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "students rallied at Dhaka University", P("Dhaka", "BD"), "tuesday", a1="Protesters (Bangladesh)", i1=6),
]),

S("st-e-026", "2026-07-09", """GAZA (Wire) — Israeli troops opened fire on a group of Palestinians east of Khan Younis on Wednesday, killing three people, hospital officials said, one of the deadliest incidents along the line dividing the territory since the truce took effect.

Relatives said the men had gone to collect firewood near their destroyed homes. The Israeli military said soldiers had fired at "terrorists" who crossed the line and approached troops "in a manner that posed an immediate threat".

Hours later, an Israeli airstrike hit an apartment in the Sheikh Radwan area of Gaza City, killing five people, including two children, the civil defence agency said. The military said it had targeted a Hamas commander who was planning an attack on its forces.

The military denied a social media report that its troops had fired at an aid convoy near Deir al-Balah on Tuesday. The UN agency that ran the convoy said it had reached its destination safely.

More than 400 Palestinians have been killed since the ceasefire began in October 2025, according to the territory's health ministry.

Image: Relatives mourn at Nasser hospital in Khan Younis on Wednesday.
(c) 2026 Wire. All rights reserved.""", [
  unscored(E(cur, "Attack", "opened fire on a group of Palestinians", P("Khan Younis", "PS", 2, geoname="Khan Yunis"), "wednesday", a1=ISR, i1=8, fat=3), "actor2", "inter2"),
  unscored(E(cur, "Air/drone strike", "airstrike hit an apartment", P("Gaza City", "PS", 2, geoname="Gaza"), "wednesday", a1=ISR, i1=8, fat=5), "actor2", "inter2"),
  E(neg, "Attack", "fired at an aid convoy", P("Deir al-Balah", "PS", 2, lat=31.42, lon=34.35, a1="Gaza Strip"), "tuesday", a1=ISR, i1=8),
  E(bg, "Agreement", "ceasefire began", C("PS"), "2025-10-01", tp=3),
]),

S("st-e-027", "2026-04-20", """SAHEL WEEKLY SECURITY BRIEF
Week 16: 13-19 April 2026

BURKINA FASO
- 14 April: JNIM fighters attacked the military detachment in Diapaga (Est region) at dawn. Local sources report at least 15 soldiers and VDP auxiliaries killed; JNIM claimed 40. The detachment was not overrun.
- 16 April: Unidentified gunmen executed seven civilians, all men, beside a road near Fada N'Gourma. The victims had been taken off a bus.

BENIN
- 17 April: An IED struck a Beninese army vehicle on a track north of Banikoara, killing two soldiers. There was no claim.

TOGO
- 15 April: The government extended the state of emergency in the Savanes region for a further 12 months.
- No armed incidents were reported.

ASSESSMENT
JNIM has carried out 47 attacks in eastern Burkina Faso over the past four weeks, the highest four-week total this year. Further attacks on fixed positions along the Benin border are likely in the coming weeks.

This brief is for the use of subscribers only. Not for redistribution.""", [
  E(cur, "Armed clash", "attacked the military detachment in Diapaga", P("Diapaga", "BF"), "2026-04-14",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Military Forces of Burkina Faso (2022-)", i2=1, fat=15),
  E(cur, "Attack", "executed seven civilians", P("Fada N'Gourma", "BF", 2, geoname="Fada N'gourma"), "2026-04-16",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="Civilians (Burkina Faso)", i2=7, fat=7),
  E(cur, "Remote explosive/landmine/IED", "IED struck a Beninese army vehicle", P("Banikoara", "BJ", 2), "2026-04-17",
    a2="Military Forces of Benin (2016-)", i2=1, fat=2),
  E(cur, "Other", "extended the state of emergency", P("Savanes", "TG", 3), "2026-04-15", a1="Government of Togo (2005-)", i1=1),
  E(hyp, "Armed clash", "Further attacks on fixed positions", C("BF"), None),
], register="monitor"),

S("st-e-028", "2026-09-30", """MANDERA: Four police officers killed as IED hits patrol near Elwak

Four police officers were killed and two others seriously injured when their vehicle ran over an improvised explosive device near Elwak in Mandera County on Tuesday morning, the county police commander said.

The officers, from the Rural Border Patrol Unit, were escorting a lorry carrying building materials to a borehole project. The commander blamed Al-Shabaab militants operating from across the border in Somalia.

"We have deployed more officers to the area and a manhunt for the attackers is under way," he said.

In Lamu County, suspected Al-Shabaab militants killed two farm workers near Mpeketoni late on Monday and set a tractor on fire, police said. On Tuesday, Kenya Defence Forces troops clashed with militants in the Boni forest, killing four of them, the military said in a statement.

Al-Shabaab has carried out dozens of roadside bomb attacks in Mandera, Wajir, Garissa and Lamu counties this year.""", [
  E(cur, "Remote explosive/landmine/IED", "ran over an improvised explosive device", P("Elwak", "KE", 2, lat=2.81, lon=40.93, a1="Mandera"), "tuesday",
    a1="Al Shabaab", i1=2, a2="Police Forces of Kenya (2022-)", i2=1, fat=4, inj=2),
  E(cur, "Attack", "killed two farm workers", P("Mpeketoni", "KE", 2, lat=-2.39, lon=40.70, a1="Lamu"), "monday",
    a1="Al Shabaab", i1=2, a2="Civilians (Kenya)", i2=7, fat=2),
  E(cur, "Armed clash", "clashed with militants in the Boni forest", P("Lamu", "KE", 3), "tuesday",
    a1="Military Forces of Kenya (2022-)", i1=1, a2="Al Shabaab", i2=2, fat=4),
], register="local"),

S("st-e-029", "2026-05-12", """NEWS RELEASE
401st Infantry (Union) Brigade, 4th Infantry Division, Philippine Army
Prosperidad, Agusan del Sur, 12 May 2026

Troops of the brigade engaged about 15 members of the New People's Army (NPA) in a 20-minute firefight in a remote village of Esperanza, Agusan del Sur, on Sunday, 10 May 2026. Three NPA members were killed. No soldier was hurt.

Recovered from the encounter site were four M16 rifles, one M14 rifle, backpacks and documents of high intelligence value. The encounter followed reports from residents that armed men had been extorting money from farmers in the area.

On Monday, 11 May, soldiers acting on information from a former rebel recovered an arms cache containing two anti-personnel mines and 200 rounds of ammunition in the hinterlands of San Luis, Agusan del Sur.

Also on Monday, two NPA members surrendered to the brigade in Bayugan City, bringing with them two firearms.

The Brigade Commander called on the remaining members of the group to lay down their arms and return to the fold of the law.""", [
  E(cur, "Armed clash", "firefight", P("Esperanza", "PH", 2, admin1="Caraga"), "2026-05-10",
    a1="Military Forces of the Philippines (2022-)", i1=1, a2="NPA: New People's Army", i2=2, fat=3),
  E(cur, "Disrupted weapons use", "recovered an arms cache", P("San Luis", "PH", 2, admin1="Caraga"), "2026-05-11",
    a1="Military Forces of the Philippines (2022-)", i1=1, a2="NPA: New People's Army", i2=2),
], register="official"),

S("st-e-030", "2026-05-04", """ISTANBUL (Wire) — Turkish police fired tear gas and rubber pellets on Friday to stop hundreds of people marching towards Taksim Square for a banned May Day rally, and detained 74 of them, the Istanbul governor's office said.

Protesters said several people were hurt when officers charged the crowd in the Besiktas district. The governor's office said police had acted "within the law" against groups that tried to break through barricades.

In the south-eastern city of Diyarbakir, thousands of people rallied peacefully on Sunday in support of the peace process between the government and the Kurdistan Workers' Party (PKK).

The PKK announced its dissolution in May 2025, and a first group of its fighters burned their weapons at a ceremony near Sulaymaniyah in northern Iraq two months later.

On Monday, Istanbul prosecutors ordered the detention of 12 people, including two district mayors from the main opposition Republican People's Party (CHP), in a corruption investigation that the party says is politically motivated.""", [
  E(cur, "Protest with intervention", "fired tear gas and rubber pellets", P("Istanbul", "TR"), "friday",
    a1="Protesters (Turkey)", i1=6, a2="Police Forces of Turkey (2002-)", i2=1, inj=3),
  E(cur, "Peaceful protest", "rallied peacefully", P("Diyarbakir", "TR"), "sunday", a1="Protesters (Turkey)", i1=6),
  E(bg, "Change to group/activity", "announced its dissolution", C("TR"), "2025-05-01", tp=3, a1="PKK: Kurdistan Workers Party", i1=2),
  E(bg, "Change to group/activity", "burned their weapons", P("Sulaymaniyah", "IQ", 2, geoname="As Sulaymaniyah"), "2025-07-01", tp=3, a1="PKK: Kurdistan Workers Party", i1=2),
  unscored(E(cur, "Arrests", "ordered the detention of 12 people", P("Istanbul", "TR"), "monday",
    a1="Police Forces of Turkey (2002-)", i1=1), "actor2", "inter2"),
]),

S("st-e-031", "2026-06-18", """Thread: what we know so far about this morning's blast in Kunduz

1/ A powerful explosion hit a Shia mosque in Kunduz city during morning prayers today. Local sources tell me at least 9 dead and dozens wounded. The Taliban police spokesman for Kunduz says 4 killed, 11 injured.

2/ An eyewitness I spoke to by phone: "A man walked in and blew himself up near the front rows." Taliban officials have not confirmed it was a suicide attack.

3/ No claim so far. ISKP claimed suicide bombings of Shia mosques in Kunduz and Kandahar in October 2021 that killed dozens of worshippers.

4/ Taliban intelligence agents detained three men near the mosque shortly after the blast, according to a local elder. No official comment.

5/ Hospitals in Kunduz are appealing for blood donors. Please share.

6/ I will update this thread as I get more. Photos I have seen are too graphic to post.""", [
  E(cur, "Suicide bomb", "powerful explosion hit a Shia mosque", P("Kunduz", "AF"), "thursday", a2="Civilians (Afghanistan)", i2=7, fat=4, inj=11),
  E(cur, "Arrests", "detained three men near the mosque", P("Kunduz", "AF"), "thursday"),
  E(bg, "Suicide bomb", "suicide bombings of Shia mosques", P("Kunduz", "AF"), "2021-10-01", tp=3, a1="Islamic State Khorasan Province", i1=2),
  E(bg, "Suicide bomb", "suicide bombings of Shia mosques", P("Kandahar", "AF"), "2021-10-01", tp=3, a1="Islamic State Khorasan Province", i1=2),
], register="social"),

S("st-e-032", "2026-02-10", """N'DJAMENA (Wire) — Armed herders attacked a farming village near Koumra in Chad's southern Mandoul province at dawn on Sunday, killing at least 12 villagers and burning dozens of huts, the provincial governor said. Residents put the death toll at 21.

The attack followed a quarrel on Saturday over cattle that had strayed into a millet field, residents said. Several of the wounded were taken to the hospital in Koumra.

In Moundou, the country's second city, hundreds of young people marched on Monday to protest against what they called the government's failure to protect farmers. Police fired tear gas to disperse them and arrested 17, according to the Chadian League for Human Rights.

The governor of Mandoul imposed a night-time curfew across the province on Monday and the government said it had sent troops to the area.

Clashes between herders and farmers have killed more than 100 people in southern Chad since the start of the year, according to the rights league.""", [
  E(cur, "Attack", "Armed herders attacked a farming village", P("Koumra", "TD", 2), "sunday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Civilians (Chad)", i2=7, fat=12),
  E(cur, "Protest with intervention", "Police fired tear gas to disperse them", P("Moundou", "TD"), "monday",
    a1="Protesters (Chad)", i1=6, a2="Police Forces of Chad (2021-)", i2=1),
  E(cur, "Other", "imposed a night-time curfew", P("Mandoul", "TD", 3), "monday", a1="Government of Chad (2021-)", i1=1),
]),
]

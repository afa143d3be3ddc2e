"""Multi-event stories written for this project (issue 11), batch e: many registers (UN/NGO situation
reports with bullets, live blogs with time stamps, military press releases, monitor round-ups, local press,
analysis pieces) and hard cases (two places in one sentence, one event told three times, aggregates,
recalled events, captions and footers, counter-claims of casualties, protests that turn violent, arrests
after a protest). Our own words; invented incidents in real places with public group names.
No ``split`` key: the id hash decides (some stories are test)."""
from gold import E, S, place as P, country as C

RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; ISR = "Military Forces of Israel (2022-)"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; MLI = "Military Forces of Mali (2021-)"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; LBN = "Military Forces of Lebanon (2025-)"
CODECO = "CODECO: Cooperative for Development of Congo"
MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo (2010-)"
cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


def unscored(e, *keys):
    """The event with ``keys`` left out (a key left out is not scored: the gold answer is disputed)."""
    return {k: v for k, v in e.items() if k not in keys}


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
  E(cur, "Air/drone strike", "RSF drone hit a power station", P("Kosti", "SD"), "wednesday", a1=RSF, i1=2, fat=0),
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
  E(cur, "Air/drone strike", "drones struck residential areas", P("Sumy", "UA"), "tuesday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=6),
  E(cur, "Air/drone strike", "dropped explosives on a bus stop", P("Nikopol", "UA", geoname="Nikopol'"), "tuesday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Disrupted weapons use", "shot down or jammed", C("UA"), "tuesday", a1=UKR, i1=1, a2=RUS, i2=8),
  E(cur, "Air/drone strike", "glide bomb struck an industrial site", P("Kramatorsk", "UA", geoname="Kramators'k"), "tuesday", a1=RUS, i1=8, fat=1),
  E(cur, "Air/drone strike", "drones attacked a fuel terminal", P("Novorossiysk", "RU"), "tuesday", a1=UKR, i1=8, fat=0),
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
    a1="Settlers (Israel)", i1=4, a2="Civilians (Palestine)", i2=7, inj=8),
  E(cur, "Arrests", "arrested five men", P("Nablus", "PS"), "sunday", a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  E(cur, "Looting/property destruction", "blew up the family home", P("Nablus", "PS"), "sunday", a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  E(bg, "Attack", "killing an Israeli settler", C("PS"), "2026-08-01", tp=3, fat=1),
  E(cap, "Looting/property destruction", "set alight by settlers", P("Sinjil", "PS"), "2025-10-01", tp=3, a1="Settlers (Israel)", i1=4),
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
  E(cur, "Air/drone strike", "carried out two airstrikes", P("Kirkuk", "IQ", 2), "tuesday", a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2, fat=5),
  E(cur, "Arrests", "arrested four terrorists", P("Tarmiyah", "IQ", geoname="At Tarmiyah"), "wednesday", a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2),
  E(cur, "Disrupted weapons use", "seized a cache", P("Al-Qaim", "IQ", 2, geoname="Al Qa'im"), "tuesday", a1="Military Forces of Iraq (2022-)", i1=1),
  E(cur, "Armed clash", "repelled an attack", P("Khanaqin", "IQ", 2), "tuesday", a1="Islamic State (Iraq)", i1=2, a2="Military Forces of Iraq (2022-)", i2=1, fat=1, inj=2),
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
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Military Forces of Yemen (2022-)", i2=1, fat=8),
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
  E(cur, "Government regains territory", "liberated the town of Mahaday", P("Mahaday", "SO", geoname="Mahaddayweyne"), "monday",
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
    a1="Rioters (India)", i1=5, a2="Civilians (India)", i2=7, fat=0),
  E(cur, "Armed clash", "gunfight", P("Moirang", "IN", 2), "monday",
    a1="Military Forces of India (2014-)", i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=2),
  E(cur, "Violent demonstration", "threw stones and petrol bombs", P("Imphal", "IN"), "monday",
    a1="Rioters (India)", i1=5, a2="Police Forces of India (2014-)", i2=1, inj=12),
], register="local"),
]

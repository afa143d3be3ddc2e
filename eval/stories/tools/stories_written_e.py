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
]

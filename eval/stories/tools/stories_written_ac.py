"""Multi-event stories written for this project (issue 11), batch ac: unseen by the coders in the session it was written
(2026-11-28, 19:46-22:46), the lead's measure of story generalisation, as batches s to ab. Held-out news as it looks —
wire stories with datelines and caps headlines, regional press, army and police releases, an NGO update, live blogs,
digests — with events of every status (current; background recalled with its own date; threats; planned marches;
denials; photo captions), several events per story at different places and days, aggregates and tallies that are no
events, casualty claims against official figures, rival rallies, forces' responses after an attack, arrests on a later
day, footers and related-story lines.
First half (st-ac-001..020): the conflict countries at fresh places and registers (Kenya and Somalia, Nigeria, Pakistan,
India, Bangladesh, the Philippines, Sudan, DR Congo, the Sahel, Ethiopia, Myanmar, Syria, Iraq and Turkey, Colombia,
Mexico, Haiti, Ukraine and Russia, Lebanon and the West Bank) and Central America and the Caribbean.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country and sub-type within 30 km across all snippet,
story and ISAF gold within a week, then the details at any date)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

SHB = "Al Shabaab"; KEN = "Military Forces of Kenya (2022-)"; KEN_POL = "Police Forces of Kenya (2022-)"
SOM = "Military Forces of Somalia (2022-)"; NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"
IND_POL = "Police Forces of India (2014-)"; MAO = "CPI (Maoist): Communist Party of India (Maoist)"
BGD_POL = "Police Forces of Bangladesh (2024-)"; PHL = "Military Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; COD = "Military Forces of Democratic Republic of Congo (2019-)"
M23 = "M23: March 23 Movement"; ADF = "ADF: Allied Democratic Forces"; BFA = "Military Forces of Burkina Faso (2022-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"; NER = "Military Forces of Niger (2023-)"; ISSP = "Islamic State Sahel Province"
ETH = "Military Forces of Ethiopia (2018-)"; OLA = "OLA: Oromo Liberation Army"; MMR = "Military Forces of Myanmar (2021-)"
PDF = "PDF: People's Defense Force"; SYR = "Military Forces of Syria (2024-)"; ISR = "Military Forces of Israel (2022-)"
TUR = "Military Forces of Turkey (2002-)"; PKK = "PKK: Kurdistan Workers Party"; COL = "Military Forces of Colombia (2022-)"
COL_POL = "Police Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"; EMC = "FARC-EMC: Central General Staff"
MEX = "Military Forces of Mexico (2024-)"; CJNG = "Cartel Jalisco Nueva Generacion"; HTI_POL = "Police Forces of Haiti (2024-)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"

STORIES = [
S("st-ac-001", "2026-02-17", """KENYA/SOMALIA
Roadside bomb kills four police reservists near Mandera; troops kill two suspects in pursuit

NAIROBI, Feb 17 (Wire) - Four police reservists were killed and two others wounded when their vehicle struck a roadside bomb on the road between Mandera and Lafey on Sunday morning, Kenyan police said, blaming al-Shabaab militants who cross from Somalia.

Soldiers of the Kenya Defence Forces and police officers who went after the attackers exchanged fire with a group of militants about 15 km west of Mandera town on Monday afternoon, killing two of them and recovering an AK-47 rifle, the regional police commander said. No security officers were hurt, he said.

A similar bomb on the same road killed six quarry workers in March last year.

In Somalia, al-Shabaab fighters attacked a Somali army base at Qoryooley, in the Lower Shabelle region, before dawn on Monday. The army said three soldiers were killed and that "dozens" of the attackers died; the group said in a statement on its radio station that it had killed 27 soldiers and seized the base, which the army denied.

Kenya has closed its border with Somalia to ordinary traffic since 2011.""", [
  E(cur, "Remote explosive/landmine/IED", "their vehicle struck a roadside bomb on the road between Mandera and Lafey", P("Mandera", "KE", 2), "sunday",
    a1=SHB, i1=2, a2=KEN_POL, i2=1, fat=4, inj=2),
  E(cur, "Armed clash", "exchanged fire with a group of militants about 15 km west of Mandera town", P("Mandera", "KE", 2), "monday",
    a1=KEN, i1=1, a2=SHB, i2=2, fat=2, inj=0, assoc_actor_1=KEN_POL),
  unscored(E(bg, "Remote explosive/landmine/IED", "A similar bomb on the same road killed six quarry workers in March last year", P("Mandera", "KE", 2), "2025-03-01", tp=3,
             a1=SHB, i1=2, a2="Civilians (Kenya)", i2=7, fat=6), "actor1", "inter1", "geo_precision"),
  E(cur, "Armed clash", "al-Shabaab fighters attacked a Somali army base at Qoryooley", P("Qoryooley", "SO"), "monday",
    a1=SHB, i1=2, a2=SOM, i2=1, fat=15),
  unscored(E(neg, "Non-state actor overtakes territory", "it had killed 27 soldiers and seized the base", P("Qoryooley", "SO"), "monday",
             a1=SHB, i1=2, a2=SOM, i2=1), "fatalities", "injuries"),
]),

S("st-ac-002", "2026-03-24", """Bandits kill 11, abduct 30 in Zamfara village; NAF jets strike camps near Tsafe

By our correspondent, GUSAU

Armed bandits riding on motorcycles invaded Gidan Bawa village in Tsafe Local Government Area of Zamfara State on Saturday evening, shooting sporadically and killing eleven people, residents said. Thirty others, most of them women and children, were taken away into the forest.

"They came in more than 100 motorcycles and operated for three hours," a resident, Malam Sani, said by telephone.

The state police command confirmed the attack but put the number of dead at eight.

On Sunday, Nigerian Air Force jets bombed two bandit camps in the Kunchin-Kalgo forest near Tsafe, killing "dozens of terrorists", according to a statement by the Air Component of Operation Fansan Yamma on Monday. The statement did not say whether any of the abducted villagers were in the camps.

Meanwhile, hundreds of residents of Gusau marched to the Government House on Monday to demand more troops in the rural areas. The protest was peaceful.

The North-West has seen thousands of people killed and abducted by bandit groups since 2011.

RELATED: Kebbi: Lakurawa fighters kill herders near Argungu""", [
  E(cur, "Attack", "Armed bandits riding on motorcycles invaded Gidan Bawa village in Tsafe Local Government Area", P("Tsafe", "NG", 2, a1="Zamfara"), "saturday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=8),
  E(cur, "Air/drone strike", "Nigerian Air Force jets bombed two bandit camps in the Kunchin-Kalgo forest near Tsafe", P("Tsafe", "NG", 2, a1="Zamfara"), "sunday",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=12),
  E(cur, "Peaceful protest", "hundreds of residents of Gusau marched to the Government House on Monday", P("Gusau", "NG"), "monday",
    a1="Protesters (Nigeria)", i1=6),
], register="local"),

S("st-ac-003", "2026-05-12", """PRESS RELEASE
Inter Services Public Relations (ISPR)
Rawalpindi, 12 May 2026

On 11 May 2026, security forces conducted an intelligence-based operation in the general area of Datta Khel, North Waziristan District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, six khwarij were sent to hell. However, during the intense exchange of fire, two soldiers, having fought gallantly, embraced shahadat.

In another engagement on the night of 11/12 May, khwarij attacked a police check post at Tajori in Lakki Marwat District. The attack was repulsed by police and security forces; one policeman was injured.

Sanitisation operation is being conducted to eliminate any other khwarij found in the area, as security forces of Pakistan are determined to wipe out the menace of terrorism from the country.

(Khwarij is the term the military uses for fighters of the Tehreek-i-Taliban Pakistan.)""", [
  E(cur, "Armed clash", "security forces conducted an intelligence-based operation in the general area of Datta Khel", P("Miran Shah", "PK", 2, a1="Khyber Pakhtunkhwa", a2="North Waziristan"), "2026-05-11",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=8),
  E(cur, "Armed clash", "khwarij attacked a police check post at Tajori in Lakki Marwat District", P("Lakki Marwat", "PK", 2, a1="Khyber Pakhtunkhwa"), "2026-05-12", tp=2,
    a1=TTP, i1=2, a2=PAK_POL, i2=1, inj=1),
], register="official"),

S("st-ac-004", "2026-08-19", """Three jawans killed in IED blast in Bijapur; two Maoists shot dead in Sukma encounter

RAIPUR: Three personnel of the District Reserve Guard (DRG) were killed and one was injured when Maoists triggered an improvised explosive device under their vehicle on the Kutru-Bedre road in Bijapur district on Monday, police said.

The team was returning from an anti-Maoist operation in the Indravati National Park area, Inspector General of Police (Bastar range) said.

In a separate incident, two Maoists, including a woman cadre carrying a reward of Rs 5 lakh, were killed in an encounter with a joint team of the DRG and the CRPF in a forest near Kistaram in Sukma district on Tuesday morning. An INSAS rifle and a 12-bore gun were recovered from the spot.

So far this year, 214 Maoists have been killed in encounters in the Bastar region, police said.

The Maoist insurgency began in 1967 in Naxalbari, West Bengal.""", [
  E(cur, "Remote explosive/landmine/IED", "Maoists triggered an improvised explosive device under their vehicle on the Kutru-Bedre road in Bijapur district", P("Bijapur", "IN", 2, lat=18.79, lon=80.82, a1="Chhattisgarh", a2="Bijapur"), "monday",
    a1=MAO, i1=2, a2=IND_POL, i2=1, fat=3, inj=1),
  E(cur, "Armed clash", "were killed in an encounter with a joint team of the DRG and the CRPF in a forest near Kistaram in Sukma district", P("Sukma", "IN", 2, lat=18.39, lon=81.66, a1="Chhattisgarh", a2="Sukma"), "tuesday",
    a1=IND_POL, i1=1, a2=MAO, i2=2, fat=2),
], register="local"),

S("st-ac-005", "2026-04-07", """BANGLADESH/
BNP and Jamaat supporters clash in Sherpur, one killed; Rohingya rally for return in Kutupalong

DHAKA, April 7 (Wire) - Supporters of the Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami fought with sticks, machetes and brick chunks in Sherpur town on Sunday over control of a bus terminal, leaving one man dead and at least 30 injured, police said. Police and army personnel were deployed in the town on Monday to prevent further violence.

Separately, tens of thousands of Rohingya refugees rallied inside the Kutupalong camp in Ukhia on Monday to demand a safe return to their villages in Myanmar's Rakhine state, carrying banners reading "No more refugee life". The rally ended peacefully.

On Tuesday the Rapid Action Battalion (RAB) arrested six members of an armed gang in a raid on a hillside hideout near Teknaf and recovered four guns, accusing them of kidnapping local farmers for ransom.

More than a million Rohingya refugees live in the camps in Cox's Bazar district.""", [
  E(cur, "Mob violence", "Supporters of the Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami fought with sticks, machetes and brick chunks in Sherpur town", P("Sherpur", "BD", a1="Mymensingh Division"), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=30),
  E(cur, "Peaceful protest", "tens of thousands of Rohingya refugees rallied inside the Kutupalong camp in Ukhia", P("Kutupalong", "BD", lat=21.21, lon=92.16, a1="Chattogram"), "monday",
    a1="Protesters (Bangladesh)", i1=6),
]),

S("st-ac-006", "2026-09-15", """NEWS RELEASE
303rd Infantry (Heroic) Brigade, 3rd Infantry Division, Philippine Army
Camp Major Nelson Gerona, Murcia, Negros Occidental

Troops of the 94th Infantry Battalion encountered around ten members of the communist terrorist group New People's Army in Sitio Kamanggahan, Barangay Camansi, Kabankalan City, at about 6:30 a.m. on September 13, 2026. The firefight lasted for 20 minutes. One enemy was killed while the rest fled towards the boundary of Himamaylan City, leaving behind three high-powered firearms and subversive documents. No casualty was reported on the government side.

On September 14, 2026, two former members of the NPA surrendered to the 62nd Infantry Battalion in Sipalay City, bringing with them an M16 rifle.

"We call on the remaining members to return to the fold of the law," the Brigade Commander said.

The Brigade assures the public that security operations in southern Negros will continue.""", [
  E(cur, "Armed clash", "Troops of the 94th Infantry Battalion encountered around ten members of the communist terrorist group New People's Army", P("Kabankalan", "PH", 2, a1="Negros Island Region", a2="Province of Negros Occidental"), "2026-09-13",
    a1=PHL, i1=1, a2=NPA, i2=2, fat=1, inj=0),
  E(cur, "Change to group/activity", "two former members of the NPA surrendered to the 62nd Infantry Battalion in Sipalay City", P("Sipalay", "PH", a1="Negros Island Region", a2="Province of Negros Occidental"), "2026-09-14",
    a1=NPA, i1=2),
], register="official"),

S("st-ac-007", "2026-06-30", """SUDAN: Humanitarian update, Kordofan states (as of 29 June 2026)

HIGHLIGHTS
- Drone strike on El Obeid market kills at least nine civilians
- Shelling continues in Dilling; water station out of service
- More than 13,400 people displaced from western Kordofan villages in June

SITUATION OVERVIEW
On 27 June, a drone struck the main livestock market in El Obeid, North Kordofan, killing at least nine civilians and injuring 22, according to local health authorities. Local sources attributed the strike to the Rapid Support Forces (RSF).

In South Kordofan, artillery shells hit residential areas of Dilling on 25 and 26 June, killing four civilians, including two children, and damaging the town's main water station. Humanitarian partners were unable to confirm which party fired the shells. Dilling has been under siege since 2024.

Since the beginning of June, partners have recorded at least 41 attacks affecting civilians across the Kordofan states.

HUMANITARIAN RESPONSE
WFP distributed food to 36,000 people in El Obeid in June. The UN and partners call on all parties to allow humanitarian access.""", [
  E(cur, "Air/drone strike", "a drone struck the main livestock market in El Obeid", P("El Obeid", "SD", a1="North Kordofan"), "2026-06-27",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=9, inj=22),
  E(cur, "Shelling/artillery/missile attack", "artillery shells hit residential areas of Dilling on 25 and 26 June", P("Dilling", "SD", a1="South Kordofan"), "2026-06-25", tp=2,
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7, fat=4),
], register="ngo"),

S("st-ac-008", "2026-10-27", """DR CONGO/
M23 and Wazalendo fight for hills in Masisi; ADF kill 14 in Beni territory

GOMA, Oct 27 (Wire) - Fighters of the M23 rebel group and Wazalendo militiamen fought for control of the hills around Nyabiondo, in Masisi territory, on Saturday and Sunday, residents and a local civil society leader said. At least five militiamen were killed, according to a Wazalendo spokesman. The M23 did not comment.

In Beni territory, suspected ADF rebels killed 14 people with machetes and guns in the village of Mayi-Moya on Monday night, the territory's administrator said. The army said it had sent troops to the area.

The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians in North Kivu and Ituri since 2014.

On Tuesday, about 200 students marched through Beni to protest against the killings, and police fired tear gas to break up the march, witnesses said.""", [
  E(cur, "Armed clash", "Fighters of the M23 rebel group and Wazalendo militiamen fought for control of the hills around Nyabiondo", P("Masisi", "CD", 2, lat=-1.4, lon=28.81, a1="North Kivu"), "saturday", tp=2,
    a1=M23, i1=2, a2="Wazalendo", i2=3, fat=5),
  E(cur, "Attack", "suspected ADF rebels killed 14 people with machetes and guns in the village of Mayi-Moya", P("Beni", "CD", 2, a1="North Kivu"), "monday",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=14),
  E(cur, "Protest with intervention", "about 200 students marched through Beni to protest against the killings", P("Beni", "CD", a1="North Kivu"), "tuesday",
    a1="Protesters (Democratic Republic of Congo)", i1=6, a2="Police Forces of Democratic Republic of Congo (2019-)", i2=1),
]),

S("st-ac-009", "2026-01-20", """SAHEL/
Jihadists ambush volunteers near Fada N'Gourma; Niger drone strike kills fighters near Tera

OUAGADOUGOU, Jan 20 (Wire) - Jihadists ambushed a patrol of Volunteers for the Defence of the Homeland (VDP) on the road between Fada N'Gourma and Diapaga on Saturday, killing nine of the volunteers, two local sources said. The al Qaeda-linked JNIM said in a claim on Sunday that its fighters had carried out the ambush and killed 31 militiamen. The army said in a statement on Monday that air support sent to the scene had "neutralised dozens of terrorists" as they fled.

In Niger, an army drone struck a group of Islamic State Sahel Province fighters gathered near Tera, in the Tillaberi region, on Sunday, killing about 20 of them, the defence ministry said.

Mali's junta said on Monday it had extended a night curfew on motorcycles and pickup trucks in the Mopti region by another three months.

Attacks in the central Sahel killed more than 8,000 people in 2025, according to a tally by a conflict monitor.""", [
  E(cur, "Armed clash", "Jihadists ambushed a patrol of Volunteers for the Defence of the Homeland (VDP) on the road between Fada N'Gourma and Diapaga", P("Fada N'gourma", "BF", 2), "saturday",
    a1=JNIM, i1=2, a2="VDP: Volunteers for the Defense of the Homeland", i2=3, fat=9),
  unscored(E(cur, "Air/drone strike", "air support sent to the scene had \"neutralised dozens of terrorists\" as they fled", P("Fada N'gourma", "BF", 2), "saturday",
             a1=BFA, i1=1, a2=JNIM, i2=2, fat=12), "geo_precision", "event_date", "time_precision"),
  E(cur, "Air/drone strike", "an army drone struck a group of Islamic State Sahel Province fighters gathered near Tera", P("Tera", "NE", 2), "sunday",
    a1=NER, i1=1, a2=ISSP, i2=2, fat=20),
  E(cur, "Other", "it had extended a night curfew on motorcycles and pickup trucks in the Mopti region", P("Mopti", "ML", 3, geoname="Mopti"), "monday", tp=2,
    a1="Government of Mali (2021-)", i1=1),
]),

S("st-ac-010", "2026-07-07", """Mortar shells hit Mogadishu's Hamarweyne district; army moves into Sabiid after al-Shabaab withdraws; Jowhar protest dispersed

MOGADISHU (Local) - Several mortar shells landed in the Hamarweyne district of Mogadishu late on Sunday, wounding four civilians, including a child, police said. Al-Shabaab said in a claim that it had targeted the presidential palace.

Somali government forces took control of the town of Sabiid, near Afgooye in Lower Shabelle, on Monday without a fight after al-Shabaab fighters pulled out overnight, the Ministry of Information said. The group had held the town since March.

In Jowhar, police fired into the air to disperse several hundred residents who gathered outside the Middle Shabelle governor's office on Monday to protest against the arrest of a local radio journalist. Nobody was hurt, witnesses said.

"We want our colleague freed without conditions," said a member of the local journalists' union.""", [
  E(cur, "Shelling/artillery/missile attack", "Several mortar shells landed in the Hamarweyne district of Mogadishu", P("Mogadishu", "SO", 2), "sunday",
    a1=SHB, i1=2, a2="Civilians (Somalia)", i2=7, inj=4),
  E(cur, "Non-violent transfer of territory", "Somali government forces took control of the town of Sabiid", P("Afgooye", "SO", 2), "monday",
    a1=SOM, i1=1, a2=SHB, i2=2),
  E(cur, "Protest with intervention", "police fired into the air to disperse several hundred residents who gathered outside the Middle Shabelle governor's office", P("Jowhar", "SO", lat=2.78, lon=45.5, a1="Middle Shabelle"), "monday",
    a1="Protesters (Somalia)", i1=6, a2="Police Forces of Somalia (2022-)", i2=1, inj=0),
], register="local"),
S("st-ac-011", "2026-05-26", """ETHIOPIA/
Fano and army fight for Debre Markos outskirts; drone strike on minibus kills 11, residents say; OLA abducts district chief in Nejo

ADDIS ABABA, May 26 (Wire) - Fano militiamen and federal troops fought on the southern outskirts of Debre Markos, the capital of East Gojjam zone in the Amhara region, for several hours on Saturday, residents said. A health worker at the town's referral hospital said the bodies of six civilians hit by stray bullets had been brought in. Neither side gave its losses.

On Sunday a drone strike hit a minibus near Dejen, killing eleven passengers, two residents and a Fano spokesman said. A regional government official said the strike had targeted "extremist fighters" travelling in the vehicle and that no civilians had been killed.

In the Oromia region, fighters of the Oromo Liberation Army (OLA) abducted the administrator of Nejo district and his driver from his home in Nejo town, in West Wollega, on Sunday night, a relative said. The OLA denied involvement.

The Fano insurgency began in August 2023, when the government moved to disband the regional special forces. Ethiopia's government has not allowed independent investigators into the region.""", [
  E(cur, "Armed clash", "Fano militiamen and federal troops fought on the southern outskirts of Debre Markos", P("Debre Mark'os", "ET", 2, a1="Amhara"), "saturday",
    a1="Fano", i1=3, a2=ETH, i2=1, fat=6),
  unscored(E(cur, "Air/drone strike", "a drone strike hit a minibus near Dejen", P("Dejen", "ET", 2, a1="Amhara"), "sunday",
             a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=11), "actor2", "inter2"),
  E(cur, "Abduction/forced disappearance", "fighters of the Oromo Liberation Army (OLA) abducted the administrator of Nejo district and his driver", P("Nejo", "ET", a1="Oromia"), "sunday",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-ac-012", "2026-03-03", """Junta jets bomb village in Shwebo township, nine dead; PDF overruns outpost near Pakokku

(Myanmar service, independent outlet in exile)

Nine villagers, including three children, were killed when a military jet dropped two bombs on Nyaung Pin Thar village in Shwebo township, Sagaing region, at about 2 pm on Sunday, a local People's Defense Force (PDF) member and a villager told us. Twelve others were injured and more than 30 houses were destroyed.

"There were no resistance fighters in the village. The bombs fell on the monastery and the houses around it," the villager said.

The same village was bombed in October 2024, when four people were killed.

In Magway region, PDF fighters overran a junta outpost at a bridge near Pakokku before dawn on Monday after a two-hour battle, killing five soldiers and capturing eight, the local PDF battalion said in a statement. The junta did not comment.

Also on Monday, the junta's police arrested a 52-year-old schoolteacher in Monywa for allegedly sending money to a PDF group, relatives said.

The military seized power in a coup on February 1, 2021.""", [
  E(cur, "Air/drone strike", "a military jet dropped two bombs on Nyaung Pin Thar village in Shwebo township", P("Shwebo", "MM", 2), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9, inj=12),
  unscored(E(bg, "Air/drone strike", "The same village was bombed in October 2024, when four people were killed", P("Shwebo", "MM", 2), "2024-10-01", tp=3,
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=4), "actor1", "inter1"),
  E(cur, "Armed clash", "PDF fighters overran a junta outpost at a bridge near Pakokku", P("Pakokku", "MM", 2), "monday",
    a1=PDF, i1=2, a2=MMR, i2=1, fat=5),
  E(cur, "Arrests", "the junta's police arrested a 52-year-old schoolteacher in Monywa", P("Monywa", "MM"), "monday",
    a1="Police Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7),
], register="local"),

S("st-ac-013", "2026-08-04", """SYRIA/
Security forces and Druze militiamen clash near Shahba; rival rallies in Sweida and Jaramana; bomb kills SDF fighters near Hajin

DAMASCUS, Aug 4 (Wire) - Government General Security forces and Druze militiamen exchanged fire for several hours at a checkpoint on the Damascus-Sweida highway outside Shahba on Sunday, after gunmen stopped a security convoy, the Syrian Observatory for Human Rights said. Four members of the security forces and two militiamen were killed, it said. The interior ministry blamed "outlaw groups".

On Monday, several thousand people rallied in Sweida's Karama Square in support of the Druze spiritual leader Sheikh Hikmat al-Hijri and demanded self-rule for the province. In Jaramana, on the edge of Damascus, a few hundred Druze held a counter-rally in support of the government in Damascus. Both gatherings were peaceful.

In the east, a roadside bomb hit a vehicle of the Kurdish-led Syrian Democratic Forces (SDF) near Hajin in Deir ez-Zor province late on Saturday, killing two fighters, the SDF said, blaming Islamic State cells.

In July 2025, several hundred people were killed in fighting in Sweida province.""", [
  E(cur, "Armed clash", "Government General Security forces and Druze militiamen exchanged fire for several hours at a checkpoint on the Damascus-Sweida highway outside Shahba", P("Shahba", "SY", 2, a1="As-Suwayda"), "sunday",
    a1="Police Forces of Syria (2024-)", i1=1, a2="Druze Militia (Syria)", i2=4, fat=6),
  E(cur, "Peaceful protest", "several thousand people rallied in Sweida's Karama Square", P("As Suwayda'", "SY", a1="As-Suwayda"), "monday",
    a1="Protesters (Syria)", i1=6),
  E(cur, "Peaceful protest", "a few hundred Druze held a counter-rally in support of the government in Damascus", P("Jaramana", "SY", a1="Rif Dimashq"), "monday",
    a1="Protesters (Syria)", i1=6),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb hit a vehicle of the Kurdish-led Syrian Democratic Forces (SDF) near Hajin", P("Hajin", "SY", 2), "saturday",
    a1="Islamic State (Syria)", i1=2, a2="QSD: Syrian Democratic Forces", i2=2, fat=2),
]),

S("st-ac-014", "2026-10-27", """IRAQ/
Turkish shells set orchards ablaze near Amadiya; graduates protest in Basra; party office torched in Nasiriyah

ERBIL, Oct 27 (Wire) - Turkish artillery shelled orchards and fields around the village of Sargele, in the Amadiya district of Iraq's Kurdistan region, on Sunday, setting fire to walnut and apple trees, the district mayor said. No one was hurt, he said. Turkey's defence ministry said on Monday that its forces had "neutralised four PKK terrorists" in northern Iraq over the weekend, without giving a location.

Turkey has fought the Kurdistan Workers Party (PKK) in the mountains of northern Iraq for decades; the group announced in 2025 that it was disbanding and laying down arms.

In Basra, police fired tear gas and water cannon to disperse hundreds of unemployed graduates who had blocked the entrance to the Basra Oil Company's headquarters on Monday to demand jobs. Three protesters were injured, medical sources said.

In Nasiriyah, protesters angry over power cuts set fire to the office of a political party on Sunday night. No one was hurt and no security forces intervened, witnesses said.

Caption: Graduates outside the Basra Oil Company's headquarters, Monday.""", [
  E(cur, "Shelling/artillery/missile attack", "Turkish artillery shelled orchards and fields around the village of Sargele", P("Al `Amadiyah", "IQ", 2, a1="Duhok"), "sunday",
    a1=TUR, i1=8, a2="Civilians (Iraq)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "police fired tear gas and water cannon to disperse hundreds of unemployed graduates", P("Basra", "IQ", geoname="Al Basrah", a1="Basra"), "monday",
    a1="Protesters (Iraq)", i1=6, a2="Police Forces of Iraq (2022-)", i2=1, inj=3),
  E(cur, "Violent demonstration", "protesters angry over power cuts set fire to the office of a political party", P("Nasiriyah", "IQ", geoname="An Nasiriyah", a1="Dhi Qar"), "sunday",
    a1="Rioters (Iraq)", i1=5, fat=0, inj=0),
  unscored(E(cap, "Protest with intervention", "Graduates outside the Basra Oil Company's headquarters, Monday", P("Basra", "IQ", geoname="Al Basrah", a1="Basra"), "monday",
             a1="Protesters (Iraq)", i1=6, a2="Police Forces of Iraq (2022-)", i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-ac-015", "2026-08-11", """Catatumbo: ELN and dissidents fight for fifth day; policeman killed in drone attack on El Tarra station

CUCUTA (Regional press) - Fighting between the National Liberation Army (ELN) and the 33rd Front of the FARC dissidents continued on Monday in rural areas of Tibu, for the fifth day running, the Ombudsman's Office said, warning that more than 2,300 people had fled their homes since Thursday. The office counted at least 14 dead, including three civilians, since the fighting broke out.

In El Tarra, an ELN drone dropped explosives on the police station early on Sunday, killing a patrolman and wounding two others, the police said.

The Ministry of Defence announced on Monday that 1,500 more soldiers would be sent to Catatumbo "in the coming days".

"The ELN has declared war on the people of Catatumbo," the governor of Norte de Santander said.

The Catatumbo region, on the border with Venezuela, is one of Colombia's main coca-growing areas.""", [
  E(cur, "Armed clash", "Fighting between the National Liberation Army (ELN) and the 33rd Front of the FARC dissidents continued on Monday in rural areas of Tibu", P("Tibu", "CO", 2), "thursday", tp=2,
    a1=ELN, i1=2, a2="33rd Front", i2=2, fat=14),
  E(cur, "Air/drone strike", "an ELN drone dropped explosives on the police station", P("El Tarra", "CO"), "sunday",
    a1=ELN, i1=2, a2=COL_POL, i2=1, fat=1, inj=2),
], register="local"),

S("st-ac-016", "2026-09-15", """MEXICO/
Cartel drones bomb self-defence posts near Apatzingan; seven killed in Celaya bar; National Guard detains three

MEXICO CITY, Sept 15 (Wire) - Gunmen of the Jalisco New Generation Cartel (CJNG) dropped explosives from drones on two posts of a self-defence group outside Apatzingan, in the western state of Michoacan, on Saturday, wounding four of its members, the group's leader said in a video.

In Celaya, in the neighbouring state of Guanajuato, armed men burst into a bar on Friday night and opened fire, killing seven people and wounding three, the state prosecutor's office said. Prosecutors said the attack was part of a dispute between the CJNG and the local Santa Rosa de Lima cartel over drug sales in the city.

Members of the National Guard detained three men in a house in Celaya on Monday in connection with the attack and seized two rifles, the security ministry said.

In Guadalajara, hundreds of relatives of missing people marched on Sunday to demand that the authorities search for their loved ones. More than 15,000 people are listed as missing in Jalisco.""", [
  E(cur, "Air/drone strike", "dropped explosives from drones on two posts of a self-defence group outside Apatzingan", P("Apatzingan", "MX", 2), "saturday",
    a1=CJNG, i1=3, a2="Self-Defense Groups (Mexico)", i2=3, inj=4),
  E(cur, "Attack", "armed men burst into a bar on Friday night and opened fire", P("Celaya", "MX"), "friday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=7, inj=3),
  E(cur, "Arrests", "Members of the National Guard detained three men in a house in Celaya on Monday", P("Celaya", "MX"), "monday",
    a1="National Guard of Mexico (2019-)", i1=1, a2="Unidentified Armed Group (Mexico)", i2=3),
  E(cur, "Peaceful protest", "hundreds of relatives of missing people marched on Sunday", P("Guadalajara", "MX"), "sunday",
    a1="Protesters (Mexico)", i1=6),
]),

S("st-ac-017", "2026-05-19", """HAITI/
Police drones hit gang positions in Croix-des-Bouquets; Saint-Marc residents burn tyres over kidnapping

PORT-AU-PRINCE, May 19 (Wire) - A police task force used explosive drones against positions of the 400 Mawozo gang in Croix-des-Bouquets, east of the capital, on Sunday, killing at least eight gang members, a police spokesman said. The gang, part of the Viv Ansanm coalition, did not comment.

On Monday, gunmen of the Gran Grif gang kidnapped a doctor and his driver on the national road near Saint-Marc, residents said. Hours later, hundreds of residents blocked the streets of Saint-Marc with burning tyres and stones to demand their release; police fired tear gas to clear the main road.

"We are living in a prison," a Saint-Marc shopkeeper said.

More than 1.3 million Haitians have been displaced by gang violence, according to the UN.

Related: Gangs attack Mirebalais prison (March 31)""", [
  E(cur, "Air/drone strike", "A police task force used explosive drones against positions of the 400 Mawozo gang in Croix-des-Bouquets", P("Croix des Bouquets", "HT"), "sunday",
    a1=HTI_POL, i1=1, a2="400 Mawozo", i2=3, fat=8),
  E(cur, "Abduction/forced disappearance", "gunmen of the Gran Grif gang kidnapped a doctor and his driver on the national road near Saint-Marc", P("Saint-Marc", "HT", 2), "monday",
    a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7),
  E(cur, "Violent demonstration", "hundreds of residents blocked the streets of Saint-Marc with burning tyres and stones", P("Saint-Marc", "HT"), "monday",
    a1="Rioters (Haiti)", i1=5, a2=HTI_POL, i2=1),
]),

S("st-ac-018", "2026-11-03", """LIVE: Russia-Ukraine war, Tuesday 3 November

07:40 Russian shelling of Kherson's Ostriv neighbourhood overnight killed a 64-year-old man and wounded two women, the regional governor said on Telegram.

08:15 Ukraine's air force says Russia launched 112 drones and four missiles overnight; 96 drones were shot down or jammed.

09:05 A Russian drone hit a minibus in Marhanets on Tuesday morning, wounding five passengers, the Dnipropetrovsk regional governor said.

09:50 In Russia, the governor of Belgorod region says a Ukrainian drone struck a power substation in Valuyki on Monday evening, wounding two workers.

10:30 Russia's defence ministry claims its forces have captured the village of Pishchane in Kharkiv region. Ukraine's General Staff says fighting for the village continues.""", [
  E(cur, "Shelling/artillery/missile attack", "Russian shelling of Kherson's Ostriv neighbourhood overnight killed a 64-year-old man", P("Kherson", "UA", 2), 0, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=2),
  E(cur, "Air/drone strike", "A Russian drone hit a minibus in Marhanets on Tuesday morning", P("Marhanets", "UA", geoname="Marhanets'", a1="Dnipropetrovsk"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=5),
  E(cur, "Air/drone strike", "a Ukrainian drone struck a power substation in Valuyki on Monday evening", P("Valuyki", "RU"), "monday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=2),
  unscored(E(cur, "Non-state actor overtakes territory", "its forces have captured the village of Pishchane in Kharkiv region", C("UA"), 0,
             a1=RUS, i1=8, a2=UKR, i2=1), "event_date", "time_precision", "fatalities", "injuries", "geo_precision"),
], register="live"),

S("st-ac-019", "2026-10-13", """MIDEAST/
Israeli drone kills man at Habbouch; settlers torch cars in Sinjil; troops detain six in Tammun

BEIRUT/RAMALLAH, Oct 13 (Wire) - An Israeli drone strike hit a car at the entrance of Habbouch, north of Nabatieh in southern Lebanon, on Monday, killing one person, Lebanon's health ministry said. The Israeli military said it had killed a Hezbollah operative who was "attempting to rebuild terrorist infrastructure".

In the occupied West Bank, Israeli settlers set fire to four cars and a house in the village of Sinjil, north of Ramallah, before dawn on Sunday, and threw stones at residents who came out, wounding three, the Palestinian Red Crescent said.

Israeli troops detained six Palestinians in raids on homes in Tammun, near Tubas, on Monday, the Palestinian Prisoners' Society said. The army said the men were "wanted".

A ceasefire between Israel and Hezbollah has been in force since November 2024, but Israel has kept up strikes it says target the group's members.""", [
  E(cur, "Air/drone strike", "An Israeli drone strike hit a car at the entrance of Habbouch", P("Habbouch", "LB", 2, a1="Nabatieh"), "monday",
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=1),
  E(cur, "Attack", "Israeli settlers set fire to four cars and a house in the village of Sinjil", P("Sinjil", "PS"), "sunday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, inj=3),
  E(cur, "Arrests", "Israeli troops detained six Palestinians in raids on homes in Tammun", P("Tammun", "PS"), "monday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
]),

S("st-ac-020", "2026-03-31", """CENTRAL AMERICA AND CARIBBEAN: WEEK IN BRIEF (23-29 March)

HONDURAS - Gunmen killed four young men at a football pitch in the Lopez Arellano neighbourhood of Choloma on Saturday. Police blamed the Mara Salvatrucha (MS-13), saying the victims had refused to pay it extortion; the gang is fighting Barrio 18 for control of the area.

GUATEMALA - Thousands of Indigenous farmers blocked the Inter-American highway at Chimaltenango on Wednesday to demand the resignation of the attorney general. The blockade ended peacefully in the evening.

JAMAICA - Two men were shot dead in Spanish Town on Tuesday in what police described as a reprisal in a feud between two factions of the Clansman gang. The security forces imposed a curfew on parts of the town on Wednesday.

PANAMA - Residents of Colon angry at a week without running water blocked streets with burning tyres and threw stones at police on Thursday; police fired tear gas and rubber bullets, and twelve people were hurt, among them four officers.

CUBA - Authorities said on Friday that power would be restored in Santiago de Cuba by the end of the week.""", [
  E(cur, "Attack", "Gunmen killed four young men at a football pitch in the Lopez Arellano neighbourhood of Choloma", P("Choloma", "HN", 2), "saturday",
    a1="MS-13: Mara Salvatrucha", i1=3, a2="Civilians (Honduras)", i2=7, fat=4),
  E(cur, "Peaceful protest", "Thousands of Indigenous farmers blocked the Inter-American highway at Chimaltenango", P("Chimaltenango", "GT", admin1="Chimaltenango"), "wednesday",
    a1="Protesters (Guatemala)", i1=6),
  E(cur, "Attack", "Two men were shot dead in Spanish Town on Tuesday", P("Spanish Town", "JM"), "2026-03-24",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2="Civilians (Jamaica)", i2=7, fat=2),
  E(cur, "Other", "The security forces imposed a curfew on parts of the town on Wednesday", P("Spanish Town", "JM"), "wednesday",
    a1="Police Forces of Jamaica (2016-)", i1=1),
  E(cur, "Violent demonstration", "blocked streets with burning tyres and threw stones at police on Thursday", P("Colon", "PA"), "thursday",
    a1="Rioters (Panama)", i1=5, a2="Police Forces of Panama (2024-)", i2=1, inj=12),
], register="digest"),
]

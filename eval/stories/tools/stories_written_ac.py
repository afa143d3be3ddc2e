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
Second half (st-ac-021..040): Libya, Yemen, Chad and the CAR, South Sudan, Mozambique, Cameroon, Afghanistan and Pakistan,
Iran, Nepal and Sri Lanka, Thailand and Indonesia, Papua New Guinea, the Andes (Peru, Bolivia, Ecuador), Brazil and
Venezuela, Chile and Argentina, Turkey, Europe (France, Germany, Italy, the UK), North Africa (Tunisia, Morocco, Egypt),
West Africa (Guinea, Togo, Benin, Ghana), East Africa (Kenya, Uganda, Tanzania, Burundi) and the Balkans (Serbia, Bosnia,
North Macedonia); registers: a rights bulletin, a regional digest with a period, local press, wire.
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
HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"; CAF = "Military Forces of the Central African Republic (2016-)"
SSD = "Military Forces of South Sudan (2011-)"; IO = "SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition"
ISMP = "Islamic State Mozambique Province"; RWA = "Military Forces of Rwanda (2000-)"; MOZ_POL = "Police Forces of Mozambique (2025-)"
CMR = "Military Forces of Cameroon (1982-)"; AMB = "Ambazonian Separatists"; JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"; IRN_POL = "Police Forces of Iran (1989-)"
IRGC = "Islamic Revolutionary Guard Corps"; NPL_POL = "Police Forces of Nepal (2025-)"; LKA = "Military Forces of Sri Lanka (2024-)"
THA = "Military Forces of Thailand (2025-)"; TPNPB = "TPNPB: West Papua National Liberation Army"; IDN_POL = "Police Forces of Indonesia (2024-)"

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
  E(cur, "Armed clash", "khwarij attacked a police check post at Tajori in Lakki Marwat District", P("Lakki Marwat", "PK", 2, a1="Khyber Pakhtunkhwa"), "2026-05-12",
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
  E(cur, "Armed clash", "were killed in an encounter with a joint team of the DRG and the CRPF in a forest near Kistaram in Sukma district", P("Sukma", "IN", 2, lat=18.3274, lon=81.6262, a1="Chhattisgarh", a2="Sukma"), "tuesday",
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
    a1="Protesters (Somalia)", i1=6, a2="Police Forces of Somalia (2022-)", i2=1, fat=0, inj=0),
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
  E(cur, "Non-state actor overtakes territory", "PDF fighters overran a junta outpost at a bridge near Pakokku", P("Pakokku", "MM", 2), "monday",
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
S("st-ac-021", "2026-05-05", """LIBYA/
Five killed as rival armed groups fight in Sabratah; Misrata residents protest over power cuts

TRIPOLI, May 5 (Wire) - Fighters of two rival armed groups from Sabratah clashed with rocket-propelled grenades and anti-aircraft guns in the Dahman area of the city on Sunday night, killing four fighters and a truck driver who was passing, the city's hospital said. Residents said the fighting began over a dispute about who controls a checkpoint on the coastal road.

The coastal road between Sabratah and Zuwara was closed for several hours.

In Misrata, several hundred people gathered outside the municipal council on Monday evening to protest against power cuts lasting up to 12 hours a day. The protest was peaceful.

Sabratah, 70 km west of Tripoli, saw similar fighting between local groups in August last year. The Tripoli-based Government of National Unity said it had asked the elders of the city to mediate.""", [
  E(cur, "Armed clash", "Fighters of two rival armed groups from Sabratah clashed with rocket-propelled grenades and anti-aircraft guns in the Dahman area of the city", P("Sabratah", "LY", 2), "sunday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=5),
  E(cur, "Peaceful protest", "several hundred people gathered outside the municipal council on Monday evening", P("Misratah", "LY"), "monday",
    a1="Protesters (Libya)", i1=6),
  unscored(E(bg, "Armed clash", "saw similar fighting between local groups in August last year", P("Sabratah", "LY"), "2025-08-01", tp=3,
             a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3), "geo_precision"),
]),

S("st-ac-022", "2026-07-21", """YEMEN/
Houthi drone sets Marib power station ablaze; Hadrami forces detain 14 in Mukalla raids; UN staff held in Sanaa

ADEN, July 21 (Wire) - A drone launched by the Houthis hit the main power station in the city of Marib on Sunday night, setting a transformer on fire and cutting electricity to much of the city, the local authority said. No one was hurt.

In Hadramawt, the Hadrami Elite Forces said on Monday they had detained 14 men in raids on houses in Al Mukalla, accusing them of belonging to al Qaeda in the Arabian Peninsula (AQAP) and of planning attacks on the city's port.

In Sanaa, Houthi security men detained four Yemeni employees of a UN agency at their homes on Monday, the UN said, calling for their immediate release. The Houthis have held dozens of UN and aid workers since 2024, accusing some of spying for the United States and Israel, which the UN rejects.

Caption: Firefighters at the Marib power station on Sunday night. (Photo: Marib local authority)""", [
  E(cur, "Air/drone strike", "A drone launched by the Houthis hit the main power station in the city of Marib", P("Marib", "YE", geoname="Ma'rib", a1="Marib"), "sunday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "they had detained 14 men in raids on houses in Al Mukalla", P("Al Mukalla", "YE", a1="Hadramawt"), "monday", tp=2,
    a1="Hadrami Elite Forces", i1=3, a2="AQAP: Al Qaeda in the Arabian Peninsula", i2=2),
  E(cur, "Arrests", "Houthi security men detained four Yemeni employees of a UN agency at their homes", P("Sanaa", "YE", a1="Amanat al Asimah"), "monday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7),
  unscored(E(cap, "Air/drone strike", "Firefighters at the Marib power station on Sunday night", P("Marib", "YE", geoname="Ma'rib", a1="Marib"), "sunday",
             a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ac-023", "2026-02-24", """CENTRAL AFRICA: REGIONAL BRIEFS

CHAD - Armed herders attacked farmers harvesting sorghum in fields near Goz Beida, in the eastern province of Sila, on Saturday, killing eleven people and wounding six, a local official said. The attack followed a dispute over cattle that had strayed into the fields. The governor said a mixed force of police and soldiers had been sent to the area to prevent reprisals.

CENTRAL AFRICAN REPUBLIC - Fighters of the 3R armed group attacked a gold mining site about 30 km north of Bouar on Friday, killing four miners and taking their gold, a local deputy said. On Sunday, government soldiers backed by Russian instructors caught up with the attackers near the site and killed six of them, the army said.

In Bangui, several hundred students of the University of Bangui marched to the Ministry of Higher Education on Monday to demand the payment of their grants. The march was peaceful.

Related: MINUSCA renews mandate for one year""", [
  E(cur, "Attack", "Armed herders attacked farmers harvesting sorghum in fields near Goz Beida", P("Goz Beida", "TD", 2, admin1="Sila"), "saturday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Civilians (Chad)", i2=7, fat=11, inj=6),
  E(cur, "Attack", "Fighters of the 3R armed group attacked a gold mining site about 30 km north of Bouar", P("Bouar", "CF", 2), "friday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Civilians (Central African Republic)", i2=7, fat=4),
  E(cur, "Armed clash", "government soldiers backed by Russian instructors caught up with the attackers near the site", P("Bouar", "CF", 2), "sunday",
    a1=CAF, i1=1, a2="3R: Return, Reclamation, Rehabilitation", i2=2, fat=6, assoc_actor_1="Wagner Group"),
  E(cur, "Peaceful protest", "several hundred students of the University of Bangui marched to the Ministry of Higher Education", P("Bangui", "CF"), "monday",
    a1="Protesters (Central African Republic)", i1=6),
], register="digest"),

S("st-ac-024", "2026-09-29", """SOUTH SUDAN/
Army and SPLA-IO fight across the Nile from Malakal; Murle raiders kill seven in cattle camp near Bor

JUBA, Sept 29 (Wire) - Government troops and fighters of the opposition SPLA-IO fought for control of Wau Shilluk, across the White Nile from Malakal, on Friday and Saturday, the opposition's spokesman said, claiming his forces had killed 40 soldiers. An army spokesman said the army had "repulsed an attack" and lost five men, without giving the opposition's losses.

Civilians fled across the river to the UN protection site in Malakal, the UN mission said.

In Jonglei state, armed Murle youths raided a cattle camp about 20 km north of Bor on Sunday, killing seven herders and driving off hundreds of cattle, the state information minister said. Two children were abducted. The state government sent police to the area on Monday.

The government and the SPLA-IO signed a peace deal in 2018, but the arrest of the SPLA-IO leader Riek Machar in March 2025 led to renewed fighting.""", [
  E(cur, "Armed clash", "Government troops and fighters of the opposition SPLA-IO fought for control of Wau Shilluk", P("Wau Shilluk", "SS", 1, lat=9.6, lon=31.63, a1="Upper Nile"), "friday", tp=2,
    a1=SSD, i1=1, a2=IO, i2=2, fat=5),
  E(cur, "Attack", "armed Murle youths raided a cattle camp about 20 km north of Bor", P("Bor", "SS", 2), "sunday",
    a1="Murle Ethnic Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=7),
]),

S("st-ac-025", "2026-11-17", """Cabo Delgado weekly: insurgents abduct women near Mocimboa; Rwandan troops kill four; ruby miners clash with police in Montepuez

PEMBA (Local) - Insurgents of the Islamic State Mozambique Province abducted five women and two children from the village of Mbau, near Mocimboa da Praia, on Wednesday, residents told this newspaper. Two of the women escaped on Friday.

On Friday, Rwandan troops clashed with a group of about 20 insurgents in the bush south of Mocimboa da Praia, killing four of them, a local official said.

In Montepuez, artisanal miners who had been evicted from a ruby concession threw stones at police and blocked the road to the mine on Thursday. Police fired tear gas and rubber bullets; three miners were wounded.

By our count, insurgents carried out at least 19 attacks in Cabo Delgado in October.

Also on Thursday, about 500 relatives of soldiers killed in Cabo Delgado marched peacefully through Maputo to demand the payment of pensions.""", [
  E(cur, "Abduction/forced disappearance", "Insurgents of the Islamic State Mozambique Province abducted five women and two children from the village of Mbau", P("Mbau", "MZ", 1, lat=-11.42, lon=40.17, a1="Cabo Delgado"), "wednesday",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7),
  E(cur, "Armed clash", "Rwandan troops clashed with a group of about 20 insurgents in the bush south of Mocimboa da Praia", P("Mocimboa da Praia", "MZ", 2, geoname="Mocimboa"), "friday",
    a1=RWA, i1=8, a2=ISMP, i2=2, fat=4),
  E(cur, "Violent demonstration", "artisanal miners who had been evicted from a ruby concession threw stones at police", P("Montepuez", "MZ"), "thursday",
    a1="Rioters (Mozambique)", i1=5, a2=MOZ_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "about 500 relatives of soldiers killed in Cabo Delgado marched peacefully through Maputo", P("Maputo", "MZ"), "thursday",
    a1="Protesters (Mozambique)", i1=6),
], register="local"),

S("st-ac-026", "2026-10-13", """Separatists torch school near Kumbo as 'lockdown' looms; two fighters killed in Bamenda raid; Boko Haram raid near Mora

BAMENDA (Regional press) - Separatist fighters set fire to the Government Bilingual High School in a village near Kumbo on Sunday night, days after ordering all schools in Bui division to stay closed, the divisional officer said. Nobody was in the building.

The separatists have announced a ten-day lockdown across the North-West region from next Monday, during which they have warned that anyone found on the roads will be "dealt with".

On Monday morning, soldiers exchanged fire with separatist fighters in the Mile 90 neighbourhood of Bamenda, killing two of them, the army said. Residents said shops stayed closed all day.

In the Far North region, suspected Boko Haram fighters raided a village near Mora on Saturday night, killing three people and taking away goats and grain, a local chief said.

The conflict in the English-speaking regions began in 2017 and has killed more than 6,000 people.""", [
  E(cur, "Looting/property destruction", "Separatist fighters set fire to the Government Bilingual High School in a village near Kumbo", P("Kumbo", "CM", 2, a1="North-West"), "sunday",
    a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7, fat=0, inj=0),
  unscored(E(thr, "Other", "The separatists have announced a ten-day lockdown across the North-West region from next Monday", P("Bamenda", "CM", 3, a1="North-West"), 6,
             a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7), "event_date", "time_precision"),
  E(cur, "Armed clash", "soldiers exchanged fire with separatist fighters in the Mile 90 neighbourhood of Bamenda", P("Bamenda", "CM", 2, a1="North-West"), "monday",
    a1=CMR, i1=1, a2=AMB, i2=2, fat=2),
  E(cur, "Attack", "suspected Boko Haram fighters raided a village near Mora", P("Mora", "CM", 2), "saturday",
    a1=JAS, i1=2, a2="Civilians (Cameroon)", i2=7, fat=3),
], register="local"),

S("st-ac-027", "2026-03-10", """AFGHANISTAN/PAKISTAN
Taliban say Pakistani strikes kill nine in Paktika; border forces trade fire near Spin Boldak

KABUL, March 10 (Wire) - Pakistani aircraft bombed houses in the Urgun district of Paktika province late on Sunday, killing nine people, four of them children, a Taliban government spokesman said on Monday, vowing a response. Pakistan's military did not confirm the strikes but a security official in Islamabad said they had targeted hideouts of the Tehreek-i-Taliban Pakistan (TTP).

On Monday afternoon, Afghan and Pakistani border forces exchanged heavy fire near the Spin Boldak crossing, killing two Afghan border guards and a Pakistani soldier, officials on both sides said. The crossing, the main trade route between Kandahar and Pakistan's Balochistan province, was closed.

In Kabul, Taliban intelligence agents detained two women who had campaigned for girls' education at their homes on Saturday, a rights group said.

Islamabad accuses Kabul of sheltering TTP fighters, which the Taliban deny.""", [
  unscored(E(cur, "Air/drone strike", "Pakistani aircraft bombed houses in the Urgun district of Paktika province", P("Urgun", "AF", 3, a1="Paktika"), "sunday",
             a1=PAK, i1=8, a2="Civilians (Afghanistan)", i2=7, fat=9), "actor2", "inter2"),
  E(cur, "Armed clash", "Afghan and Pakistani border forces exchanged heavy fire near the Spin Boldak crossing", P("Spin Boldak", "AF", 2), "monday",
    a1=AFG, i1=1, a2=PAK, i2=8, fat=3),
  E(cur, "Arrests", "Taliban intelligence agents detained two women who had campaigned for girls' education", P("Kabul", "AF"), "saturday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
]),

S("st-ac-028", "2026-04-28", """IRAN: WEEKLY RIGHTS BULLETIN (20-26 April 2026)
Compiled by an exiled human rights organisation

Sistan and Baluchestan - Gunmen of the Baluch militant group Jaish al-Adl attacked a base of the Islamic Revolutionary Guard Corps (IRGC) near Saravan on Friday night. State media said three Guards and two attackers were killed; Jaish al-Adl claimed it had killed ten Guards.

Fars - Security agents arrested six members of the Baha'i faith in raids on their homes in Shiraz on Tuesday. Their families have not been told where they are held.

Khuzestan - Retired steelworkers gathered outside the governor's office in Ahvaz on Sunday to demand unpaid pensions. Plainclothes agents detained five of them as the gathering broke up.

Executions - At least 24 people were executed during the week, among them three Baluch men hanged in Zahedan prison on Wednesday after convictions for drug trafficking.""", [
  E(cur, "Armed clash", "Gunmen of the Baluch militant group Jaish al-Adl attacked a base of the Islamic Revolutionary Guard Corps (IRGC) near Saravan", P("Saravan", "IR", 2), "2026-04-24",
    a1="Jaish al-Adl", i1=2, a2=IRGC, i2=1, fat=5),
  E(cur, "Abduction/forced disappearance", "Security agents arrested six members of the Baha'i faith in raids on their homes in Shiraz", P("Shiraz", "IR"), "2026-04-21",
    a1=IRN_POL, i1=1, a2="Civilians (Iran)", i2=7),
  E(cur, "Protest with intervention", "Retired steelworkers gathered outside the governor's office in Ahvaz", P("Ahvaz", "IR"), "2026-04-26",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1),
], register="ngo"),

S("st-ac-029", "2026-06-16", """SOUTH ASIA BRIEFING

NEPAL - Supporters of Madhesh-based parties burned tyres, threw stones at police and vandalised the district administration office in Janakpur on Sunday, during a general strike called against a new federal boundary bill. Police fired tear gas and rubber bullets; 14 people, among them six police officers, were injured.

In Kathmandu, thousands of teachers held a sit-in at Maitighar Mandala on Monday to demand a new education act. The sit-in was peaceful.

SRI LANKA - The navy arrested 12 Indian fishermen and seized their two trawlers off Delft island, west of Jaffna, early on Saturday for fishing in Sri Lankan waters, a navy spokesman said.

Mothers of people who disappeared during the civil war held a silent protest outside the district secretariat in Kilinochchi on Sunday, holding photographs of their relatives.

MALDIVES - Parliament on Monday passed a bill regulating the media, which opposition parties said would curb press freedom.""", [
  E(cur, "Violent demonstration", "Supporters of Madhesh-based parties burned tyres, threw stones at police and vandalised the district administration office in Janakpur", P("Janakpur", "NP", a1="Madhesh"), "sunday",
    a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1, inj=14),
  E(cur, "Peaceful protest", "thousands of teachers held a sit-in at Maitighar Mandala", P("Kathmandu", "NP", a1="Bagmati"), "monday",
    a1="Protesters (Nepal)", i1=6),
  E(cur, "Arrests", "The navy arrested 12 Indian fishermen and seized their two trawlers off Delft island", P("Jaffna", "LK", 2, a1="Northern"), "saturday",
    a1=LKA, i1=1, a2="Civilians (India)", i2=7),
  E(cur, "Peaceful protest", "Mothers of people who disappeared during the civil war held a silent protest outside the district secretariat in Kilinochchi", P("Kilinochchi", "LK", a1="Northern"), "sunday",
    a1="Protesters (Sri Lanka)", i1=6),
], register="digest"),

S("st-ac-030", "2026-01-13", """SOUTHEAST ASIA/
Bomb wounds three rangers in Thailand's Yala; Papuan rebels kill two 'spies' in Nabire; Makassar students clash with police

BANGKOK/JAKARTA, Jan 13 (Wire) - A bomb hidden in a parked motorcycle exploded as a patrol of paramilitary rangers passed in Raman district of Thailand's southern Yala province on Sunday morning, wounding three rangers, police said. They blamed insurgents of the Barisan Revolusi Nasional (BRN).

In Indonesia's Central Papua province, fighters of the West Papua National Liberation Army (TPNPB) shot dead two motorcycle-taxi drivers in Nabire on Saturday, accusing them of spying for the military, a TPNPB spokesman said in a statement. Police said the two were ordinary residents.

In Makassar, South Sulawesi, students protesting against a cut in university funding threw stones and petrol bombs at police outside the provincial parliament on Monday; police fired tear gas and detained 31 people.

More than 7,000 people have been killed in Thailand's deep south since 2004, according to Deep South Watch.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb hidden in a parked motorcycle exploded as a patrol of paramilitary rangers passed in Raman district", P("Raman", "TH", 3, lat=6.48, lon=101.42, a1="Yala"), "sunday",
    a1="BRN: Barisan Revolusi Nasional", i1=2, a2=THA, i2=1, inj=3),
  E(cur, "Attack", "fighters of the West Papua National Liberation Army (TPNPB) shot dead two motorcycle-taxi drivers in Nabire", P("Nabire", "ID"), "saturday",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Violent demonstration", "students protesting against a cut in university funding threw stones and petrol bombs at police", P("Makassar", "ID"), "monday",
    a1="Rioters (Indonesia)", i1=5, a2=IDN_POL, i2=1),
]),
S("st-ac-031", "2026-07-07", """Five dead as Hela clans fight near Tari; police seize guns at checkpoint

TARI (Local) - Five men were killed and several houses were burned when men from two clans fought with high-powered guns in the hills outside Tari on Saturday, the Hela provincial police commander said. The fighting was the latest in a dispute over land that began after a killing in April, he said.

Police set up a checkpoint on the road into Tari on Sunday and seized two rifles and a homemade shotgun from a vehicle. Three men were arrested.

In Port Moresby, about 200 residents of a settlement at Six Mile protested on Monday against the demolition of their houses by the city authority. Police fired tear gas to clear the road after some residents threw stones at the bulldozers and at officers.

Hela province has been hit by waves of tribal fighting since it was created in 2012.

Caption: Houses burning in the hills outside Tari, Saturday. (Photo: supplied)""", [
  E(cur, "Armed clash", "men from two clans fought with high-powered guns in the hills outside Tari", P("Tari", "PG", 2), "saturday",
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=5),
  E(cur, "Violent demonstration", "some residents threw stones at the bulldozers and at officers", P("Port Moresby", "PG", 2), "monday",
    a1="Rioters (Papua New Guinea)", i1=5, a2="Police Forces of Papua New Guinea (2019-)", i2=1),
  unscored(E(cap, "Armed clash", "Houses burning in the hills outside Tari, Saturday", P("Tari", "PG", 2), "saturday",
             a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4), "fatalities", "injuries", "geo_precision"),
], register="local"),

S("st-ac-032", "2026-10-20", """ANDEAN REGION/
Illegal miners ambush workers' bus in Pataz; Peru extends emergency; coca growers and police clash on Cochabamba highway; seven dead in Machala prison fight

LIMA, Oct 20 (Wire) - Armed men linked to illegal gold mining fired on a bus carrying workers of a formal mining company on the road outside Tayabamba, in the Pataz province of Peru's La Libertad region, on Saturday morning, killing three workers and wounding five, the company said. Police said gangs have fought for control of mine tunnels in Pataz for years.

Peru's government on Monday extended the state of emergency in Pataz province for another 60 days.

In Bolivia, coca growers loyal to former president Evo Morales threw stones and sticks of dynamite at police who moved on Monday to clear their blockade of the Cochabamba-Oruro highway at Parotani, west of Cochabamba. Eight police officers were injured and 23 protesters arrested, the government said.

In Ecuador, inmates belonging to the Los Lobos and Los Choneros gangs fought with guns and knives inside Machala prison on Sunday, leaving seven prisoners dead, the prison authority SNAI said. Soldiers regained control of the wing after several hours.""", [
  E(cur, "Attack", "Armed men linked to illegal gold mining fired on a bus carrying workers of a formal mining company on the road outside Tayabamba", P("Tayabamba", "PE", 2), "saturday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=3, inj=5),
  E(cur, "Other", "Peru's government on Monday extended the state of emergency in Pataz province for another 60 days", P("Pataz", "PE", 3, lat=-8.28, lon=-77.3, a1="La Libertad", a2="Pataz"), "monday",
    a1="Government of Peru (2025-)", i1=1),
  E(cur, "Violent demonstration", "coca growers loyal to former president Evo Morales threw stones and sticks of dynamite at police", P("Parotani", "BO", 1, lat=-17.57, lon=-66.34, a1="Cochabamba"), "monday",
    a1="Rioters (Bolivia)", i1=5, a2="Police Forces of Bolivia (2025-)", i2=1, inj=8),
  E(cur, "Armed clash", "inmates belonging to the Los Lobos and Los Choneros gangs fought with guns and knives inside Machala prison", P("Machala", "EC"), "sunday",
    a1="Los Lobos", i1=3, a2="Los Choneros", i2=3, fat=7),
]),

S("st-ac-033", "2026-04-21", """BRAZIL/VENEZUELA
Police evict landless families near Maraba; Venezuelan guards detain Colombian fuel traders

BRASILIA, April 21 (Wire) - Military police fired rubber bullets and tear gas on Monday to evict about 300 families of the Landless Workers' Movement (MST) who had occupied a cattle ranch outside Maraba, in the northern state of Para, since March, the movement said. Four people were hurt and eleven were detained. The state government said the eviction had been ordered by a court.

The MST said it would hold marches in several state capitals on Friday to protest against the eviction.

In Venezuela, soldiers of the Bolivarian National Guard (GNB) detained nine Colombian traders carrying 2,000 litres of petrol across the border at San Antonio del Tachira on Saturday, the Colombian border authority said. Their vehicles were seized.

Conflicts over land killed 31 people in Brazil in 2025, according to the Pastoral Land Commission.""", [
  E(cur, "Protest with intervention", "Military police fired rubber bullets and tear gas on Monday to evict about 300 families of the Landless Workers' Movement (MST)", P("Maraba", "BR", 2), "monday",
    a1="Protesters (Brazil)", i1=6, a2="Police Forces of Brazil (2023-)", i2=1, inj=4),
  unscored(E(hyp, "Peaceful protest", "it would hold marches in several state capitals on Friday", C("BR"), 4, a1="Protesters (Brazil)", i1=6),
           "event_date", "time_precision", "geo_precision"),
  E(cur, "Arrests", "soldiers of the Bolivarian National Guard (GNB) detained nine Colombian traders carrying 2,000 litres of petrol", P("San Antonio del Tachira", "VE"), "saturday",
    a1="Military Forces of Venezuela (2013-)", i1=1, a2="Civilians (Colombia)", i2=7),
]),

S("st-ac-034", "2026-10-13", """Carabineros patrol fired on near Traiguen; Congress extends Araucania emergency; pensioners' march repressed in Buenos Aires

TEMUCO (Regional press) - Armed men exchanged fire with a Carabineros patrol guarding a forestry estate outside Traiguen early on Sunday, the police said. One officer was slightly wounded in the arm. Leaflets signed by the Coordinadora Arauco-Malleco (CAM) were found near a burned-out car nearby.

On Tuesday, Congress approved a 15-day extension of the state of constitutional exception in the Araucania region and two provinces of Biobio, which allows the army to patrol the main roads.

In Argentina, police used a water cannon truck and pepper spray on Wednesday against retirees and supporters who gathered outside the National Congress in Buenos Aires for their weekly protest over pensions. A photographer was hit on the head by a tear-gas canister, and 21 people were arrested, according to a human rights organisation.""", [
  E(cur, "Armed clash", "Armed men exchanged fire with a Carabineros patrol guarding a forestry estate outside Traiguen", P("Traiguen", "CL", 2, a1="Araucania"), "sunday",
    a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Police Forces of Chile (2026-)", i2=1, inj=1),
  E(cur, "Other", "Congress approved a 15-day extension of the state of constitutional exception in the Araucania region", P("Araucania", "CL", 3, geoname="Temuco", a1="Araucania"), "tuesday",
    a1="Government of Chile (2026-)", i1=1),
  E(cur, "Protest with intervention", "police used a water cannon truck and pepper spray on Wednesday against retirees and supporters", P("Buenos Aires", "AR"), "2026-10-07",
    a1="Protesters (Argentina)", i1=6, a2="Police Forces of Argentina (2023-)", i2=1, inj=1),
], register="local"),

S("st-ac-035", "2026-02-03", """TURKEY/
Dozens detained at banned Kadikoy rally; thousands back peace process in Diyarbakir

ISTANBUL, Feb 3 (Wire) - Police detained 47 people on Sunday evening as they broke up a banned rally in Istanbul's Kadikoy district called by students against the jailing of an opposition mayor, the Istanbul governor's office said. Police used pepper spray and plastic bullets to disperse the crowd.

In Diyarbakir, thousands of people rallied peacefully on Sunday in support of the peace process between the state and the Kurdistan Workers' Party (PKK), waving flags of the pro-Kurdish DEM Party.

The arrest of Istanbul mayor Ekrem Imamoglu in March 2025 set off the largest street protests in Turkey in more than a decade.

The governor's office said the Kadikoy rally had been banned "to protect public order" and that those detained would face charges of violating the law on demonstrations.""", [
  E(cur, "Protest with intervention", "Police detained 47 people on Sunday evening as they broke up a banned rally in Istanbul's Kadikoy district", P("Istanbul", "TR", 2), "sunday",
    a1="Protesters (Turkey)", i1=6, a2="Police Forces of Turkey (2002-)", i2=1),
  E(cur, "Peaceful protest", "thousands of people rallied peacefully on Sunday in support of the peace process", P("Diyarbakir", "TR"), "sunday",
    a1="Protesters (Turkey)", i1=6),
  unscored(E(bg, "Arrests", "The arrest of Istanbul mayor Ekrem Imamoglu in March 2025", P("Istanbul", "TR"), "2025-03-01", tp=3,
             a1="Police Forces of Turkey (2002-)", i1=1, a2="CHP: Republican People's Party", i2=7), "actor2", "inter2"),
]),

S("st-ac-036", "2026-09-08", """EUROPE THIS WEEK (31 August - 6 September)

FRANCE - Youths set fire to cars and threw fireworks and stones at police in the Villeneuve district of Grenoble on Tuesday and Wednesday nights, after a 17-year-old died when the scooter he was riding crashed during a police chase. Police fired tear gas; 19 people were arrested over the two nights.

GERMANY - About 1,200 people joined a march by a far-right group through the east of Leipzig on Saturday. Several thousand counter-protesters tried to block the route; some threw bottles and stones at police, who used pepper spray and batons. Nine officers were hurt, police said.

ITALY - Pro-Palestinian protesters tried to force their way into Turin's Porta Nuova railway station on Friday and threw bottles and firecrackers at police, who charged the crowd. Eleven officers were injured.

UNITED KINGDOM - About 300 people protested outside a hotel housing asylum seekers in Nuneaton on Sunday, while a counter-protest of about 150 people was held across the road. Police kept the two groups apart and said there were no arrests.""", [
  E(cur, "Violent demonstration", "Youths set fire to cars and threw fireworks and stones at police in the Villeneuve district of Grenoble on Tuesday and Wednesday nights", P("Grenoble", "FR", 2), "2026-09-01",
    a1="Rioters (France)", i1=5, a2="Police Forces of France (2017-)", i2=1),
  E(cur, "Violent demonstration", "Grenoble on Tuesday and Wednesday nights", P("Grenoble", "FR", 2), "2026-09-02",
    a1="Rioters (France)", i1=5, a2="Police Forces of France (2017-)", i2=1),
  E(cur, "Peaceful protest", "About 1,200 people joined a march by a far-right group through the east of Leipzig", P("Leipzig", "DE"), "2026-09-05",
    a1="Protesters (Germany)", i1=6),
  E(cur, "Violent demonstration", "Several thousand counter-protesters tried to block the route; some threw bottles and stones at police", P("Leipzig", "DE"), "2026-09-05",
    a1="Rioters (Germany)", i1=5, a2="Police Forces of Germany (2025-)", i2=1, inj=9),
  E(cur, "Violent demonstration", "Pro-Palestinian protesters tried to force their way into Turin's Porta Nuova railway station", P("Turin", "IT"), "2026-09-04",
    a1="Rioters (Italy)", i1=5, a2="Police Forces of Italy (2022-)", i2=1, inj=11),
  E(cur, "Peaceful protest", "About 300 people protested outside a hotel housing asylum seekers in Nuneaton", P("Nuneaton", "GB", a1="England"), "2026-09-06",
    a1="Protesters (United Kingdom)", i1=6),
  E(cur, "Peaceful protest", "a counter-protest of about 150 people was held across the road", P("Nuneaton", "GB", a1="England"), "2026-09-06",
    a1="Protesters (United Kingdom)", i1=6),
], register="digest"),

S("st-ac-037", "2026-11-10", """NORTH AFRICA/
Gabes residents try to storm chemical plant; Al Hoceima youths detained; Cairo activists held over posts

TUNIS, Nov 10 (Wire) - Hundreds of residents of Gabes, in southern Tunisia, tried to break through the gates of the state-owned chemical complex on Sunday night to demand its closure over pollution, throwing stones and burning tyres. Police fired tear gas; several people were treated for breathing problems, local radio said.

In Morocco, police detained 14 young people in Al Hoceima on Saturday as they tried to hold an unauthorised protest against unemployment on the seafront, a local rights group said. Most were released the same night.

In Egypt, security forces arrested three activists at their homes in Cairo on Monday over social media posts calling for protests against price rises, their lawyer said.

Tunisia's president Kais Saied has promised to move the polluting units of the Gabes complex but has given no date.""", [
  E(cur, "Violent demonstration", "Hundreds of residents of Gabes, in southern Tunisia, tried to break through the gates of the state-owned chemical complex", P("Gabes", "TN", a1="Gabes"), "sunday",
    a1="Rioters (Tunisia)", i1=5, a2="Police Forces of Tunisia (2019-)", i2=1),
  E(cur, "Protest with intervention", "police detained 14 young people in Al Hoceima on Saturday as they tried to hold an unauthorised protest", P("Al Hoceima", "MA", a1="Tanger-Tetouan-Al Hoceima"), "saturday",
    a1="Protesters (Morocco)", i1=6, a2="Police Forces of Morocco (1999-)", i2=1),
  E(cur, "Arrests", "security forces arrested three activists at their homes in Cairo on Monday", P("Cairo", "EG"), "monday",
    a1="Police Forces of Egypt (2014-)", i1=1, a2="Civilians (Egypt)", i2=7),
]),

S("st-ac-038", "2026-07-14", """WEST AFRICA/
Police kill protester in Conakry; tear gas in Lome; eight soldiers killed near Tanguieta; two shot in Bawku

DAKAR, July 14 (Wire) - Police in Guinea shot dead a 19-year-old man on Monday as they broke up a protest by opposition supporters on the Hamdallaye-Bambeto road in Conakry, his family and a rights group said. The police said they had used only tear gas.

In Togo, police fired tear gas on Saturday to disperse several hundred opposition supporters who had gathered in the Be district of Lome to demand the release of a detained rapper.

In northern Benin, suspected jihadists ambushed an army supply convoy on the road north of Tanguieta on Sunday, killing eight soldiers, two security sources said. The al Qaeda-linked JNIM later claimed the attack.

In Ghana, gunmen shot dead two men on a motorbike in Bawku on Friday night, police said, in the latest violence in a long-running chieftaincy dispute. The authorities extended an 18-hour curfew on the town on Saturday.""", [
  E(cur, "Excessive force against protesters", "Police in Guinea shot dead a 19-year-old man on Monday as they broke up a protest by opposition supporters", P("Conakry", "GN", 2), "monday",
    a1="Protesters (Guinea)", i1=6, a2="Police Forces of Guinea (2021-)", i2=1, fat=1),
  E(cur, "Protest with intervention", "police fired tear gas on Saturday to disperse several hundred opposition supporters who had gathered in the Be district of Lome", P("Lome", "TG", 2), "saturday",
    a1="Protesters (Togo)", i1=6, a2="Police Forces of Togo (2005-)", i2=1),
  E(cur, "Armed clash", "suspected jihadists ambushed an army supply convoy on the road north of Tanguieta", P("Tanguieta", "BJ", 2), "sunday",
    a1=JNIM, i1=2, a2="Military Forces of Benin (2016-)", i2=1, fat=8),
  E(cur, "Attack", "gunmen shot dead two men on a motorbike in Bawku on Friday night", P("Bawku", "GH"), "friday",
    a1="Unidentified Armed Group (Ghana)", i1=3, a2="Civilians (Ghana)", i2=7, fat=2),
  E(cur, "Other", "The authorities extended an 18-hour curfew on the town on Saturday", P("Bawku", "GH"), "saturday",
    a1="Government of Ghana (2025-)", i1=1),
]),

S("st-ac-039", "2026-11-24", """EAST AFRICA: THE WEEK IN BRIEF (16-22 November)

KENYA - Police fired live rounds and tear gas at youths protesting in Kisumu on Tuesday over the death of a man in police custody, killing two of them, the Independent Policing Oversight Authority said, announcing an inquiry.

UGANDA - Police and soldiers arrested 18 supporters of the opposition National Unity Platform (NUP) at the party's headquarters in Kampala on Thursday, the party said.

TANZANIA - Police in Mbeya arrested the regional chairman of the opposition party CHADEMA and four officials on Monday as they prepared a press conference, the party said.

BURUNDI - Members of the ruling party's youth wing, the Imbonerakure, beat a local official of the opposition CNL and took him away from his home in Cibitoke on Saturday night; his family has not heard from him since, a rights group said.

RWANDA - President Paul Kagame swore in a new cabinet on Friday.""", [
  E(cur, "Excessive force against protesters", "Police fired live rounds and tear gas at youths protesting in Kisumu", P("Kisumu", "KE"), "2026-11-17",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1, fat=2),
  E(cur, "Arrests", "Police and soldiers arrested 18 supporters of the opposition National Unity Platform (NUP)", P("Kampala", "UG"), "2026-11-19",
    a1="Police Forces of Uganda (1986-)", i1=1, a2="NUP: National Unity Platform", i2=7, assoc_actor_1="Military Forces of Uganda (1986-)"),
  E(cur, "Arrests", "Police in Mbeya arrested the regional chairman of the opposition party CHADEMA", P("Mbeya", "TZ"), "2026-11-16",
    a1="Police Forces of Tanzania (2021-)", i1=1, a2="CHADEMA: Party for Democracy and Progress", i2=7),
  E(cur, "Abduction/forced disappearance", "the Imbonerakure, beat a local official of the opposition CNL and took him away from his home in Cibitoke", P("Cibitoke", "BI"), "2026-11-21",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7),
], register="digest"),

S("st-ac-040", "2026-03-17", """BALKANS AND EASTERN EUROPE/
Students and police clash in Novi Sad; Dodik supporters rally in Banja Luka; football fans fight in Skopje

BELGRADE, March 17 (Wire) - Students protesting against corruption threw eggs, flares and bottles at riot police guarding the city hall in Novi Sad on Sunday evening, and police used pepper spray and batons to push them back, the interior ministry said. Six officers and several protesters were hurt.

In Bosnia, tens of thousands of supporters of the Bosnian Serb leader Milorad Dodik rallied in Banja Luka on Saturday against a state court ruling. The rally passed without incident.

In North Macedonia, supporters of two Skopje football clubs fought with sticks, stones and flares near the national arena on Saturday before a derby; police separated them and detained eight fans, and five people were taken to hospital.

Serbia's student-led protests began in November 2024 after the collapse of a railway station canopy in Novi Sad killed 16 people.""", [
  E(cur, "Violent demonstration", "Students protesting against corruption threw eggs, flares and bottles at riot police guarding the city hall in Novi Sad", P("Novi Sad", "RS"), "sunday",
    a1="Rioters (Serbia)", i1=5, a2="Police Forces of Serbia (2012-)", i2=1, inj=9),
  E(cur, "Peaceful protest", "tens of thousands of supporters of the Bosnian Serb leader Milorad Dodik rallied in Banja Luka", P("Banja Luka", "BA"), "saturday",
    a1="Protesters (Bosnia and Herzegovina)", i1=6),
  E(cur, "Mob violence", "supporters of two Skopje football clubs fought with sticks, stones and flares near the national arena", P("Skopje", "MK", a1="Grad Skopje"), "saturday",
    a1="Rioters (North Macedonia)", i1=5, a2="Rioters (North Macedonia)", i2=5, inj=5),
]),
]

"""Multi-event stories written for this project (issue 11), batch u: unseen by the coders in the session it was written
(2026-11-27 night, 20:12-23:12), the lead's measure of story generalisation, as batches s and t. Held-out news as it
looks — wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines,
live blogs, weekly round-ups, UN situation reports, army and police releases — with events of every status (current;
background recalled with "the attack" or a year; threats; hypothetical rallies; denied events; photo captions), several
events per story at different places and days, two countries, differing tolls, deaths in hospital, arrests on a later day,
curfews and their extensions, and deployments in answer to a clash (no event). Regions the conflict countries' stories
lacked (Niger State and Kebbi, Choco and southern Bolivar, Sonora and Chihuahua, Punjab and Nagaland, Kurram, Kayah and
Mon, Davao and Maguindanao, Boucle du Mouhoun, Dosso and Maradi, Blue Nile and Kassala, Maniema and Kasai, Galgaduud and
Gedo, Abyan and Shabwah, Badakhshan and Herat, Lviv and Vinnytsia, Quneitra and Hama, Bamingui-Bangoran and Vakaga,
Salamat, Tana River and West Pokot, Western Equatoria and Unity, Bahia and Para, Colon and Olancho, Cusco and Loreto,
Khulna and Sylhet, Songkhla, Aceh and Central Sulawesi) and countries the stories had least (the United Arab Emirates,
Kuwait, Oman, French Polynesia, New Caledonia, Fiji, Estonia, Lithuania, Malta, Slovenia, Japan, Taiwan, Mongolia).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

NGA = "Military Forces of Nigeria (2023-)"; COL = "Military Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"
CDG = "Clan del Golfo"; IND_POL = "Police Forces of India (2014-)"; PAK_POL = "Police Forces of Pakistan (2024-)"
TRIBE_PK = "Unidentified Tribal Militia (Pakistan)"; MMR = "Military Forces of Myanmar (2021-)"; PHL = "Military Forces of the Philippines (2022-)"
BFA = "Military Forces of Burkina Faso (2022-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"; NER_POL = "Police Forces of Niger (2023-)"
SDN = "Military Forces of Sudan (2019-)"; HILU = "SPLM-N (al-Hilu): Sudan People's Liberation Movement-North (al-Hilu Faction)"
RSF = "Rapid Support Forces"

STORIES = [
S("st-u-001", "2026-03-17", """NIGERIA-SECURITY/
Gunmen kill 14 in Niger State farming village; air force says it struck Lakurawa camps in Kebbi

KADUNA, Nigeria, March 17 (Wire) - Gunmen on motorcycles killed 14 people and burned dozens of houses in an overnight raid on a farming village about 25 km north of Kontagora, in Nigeria's Niger State, late on Sunday, residents and a local government official said.

"They came around midnight, shooting at anyone who ran," said a farmer who hid in the bush with his children. Police confirmed the attack but put the death toll at 11.

Villages in the area have been receiving letters from the gunmen in recent weeks demanding up to 5 million naira each and warning that they will be attacked if they do not pay, the official said.

In neighbouring Kebbi State, the Nigerian Air Force said its jets struck camps of the Lakurawa militant group in forests near Argungu on Monday, killing at least 30 fighters. The strikes followed an attack by Lakurawa fighters on a herders' settlement near the town on Saturday, in which six herders were killed and hundreds of cattle driven off, the state government said.

Lakurawa, a group that first appeared in the border areas with Niger several years ago, has become one of the most feared armed groups in Nigeria's north-west.""", [
  E(cur, "Attack", "Gunmen on motorcycles killed 14 people and burned dozens of houses", P("Kontagora", "NG", 2), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=11),
  unscored(E(thr, "Attack", "warning that they will be attacked if they do not pay", P("Kontagora", "NG", 2), None,
             a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7), "event_date", "time_precision"),
  E(cur, "Air/drone strike", "its jets struck camps of the Lakurawa militant group in forests near Argungu on Monday", P("Argungu", "NG", 2), "monday",
    a1=NGA, i1=1, a2="Lakurawa", i2=2, fat=30),
  E(cur, "Attack", "an attack by Lakurawa fighters on a herders' settlement near the town on Saturday", P("Argungu", "NG", 2), "saturday",
    a1="Lakurawa", i1=2, a2="Civilians (Nigeria)", i2=7, fat=6),
]),

S("st-u-002", "2026-06-16", """COLOMBIA/
ELN "armed strike" confines thousands along Choco's San Juan river; seven dead in fighting with Clan del Golfo in southern Bolivar

BOGOTA, June 16 (Wire) - Thousands of people have been confined to their villages along the San Juan river in Colombia's Pacific province of Choco since Saturday, when the ELN guerrilla group declared an "armed strike" banning river traffic in the area around Istmina, the ombudsman's office said on Tuesday.

Shops in Istmina ran short of fuel and food on Monday as boats stopped arriving, residents said. The ELN said in a statement that the strike would last "until the paramilitaries leave the territory".

In the south of Bolivar province, seven people were killed on Sunday and Monday in fighting between the ELN and the Clan del Golfo, the country's largest drug trafficking group, in the rural area of Santa Rosa del Sur, the local mayor said. Among the dead was a farmer who was caught in the crossfire as he walked to his field. About 120 families fled to the town centre on Tuesday.

The army said it had sent 600 soldiers to the area to protect the population.

The ELN broke off peace talks with the government in January 2025 after an offensive against former FARC fighters in the Catatumbo region.""", [
  E(cur, "Other", "the ELN guerrilla group declared an \"armed strike\" banning river traffic in the area around Istmina", P("Istmina", "CO", 2), "saturday",
    a1=ELN, i1=2, a2="Civilians (Colombia)", i2=7),
  E(cur, "Armed clash", "fighting between the ELN and the Clan del Golfo", P("Santa Rosa del Sur", "CO", 2), "sunday", tp=2,
    a1=ELN, i1=2, a2=CDG, i2=3, fat=7),
  unscored(E(bg, "Armed clash", "an offensive against former FARC fighters in the Catatumbo region", P("Tibu", "CO", 3, a1="Norte de Santander"), "2025-01-01", tp=3,
             a1=ELN, i1=2), "latitude", "longitude", "admin1", "location"),
]),

S("st-u-003", "2026-07-07", """MEXICO: FAMILY OF FOUR SHOT DEAD IN CIUDAD OBREGON; NINE KILLED AS CARTELS FIGHT IN CHIHUAHUA SIERRA

CIUDAD OBREGON, Sonora — Gunmen burst into a house in the Sonora city of Ciudad Obregon late on Saturday and shot dead a man, his wife and their two teenage sons, state prosecutors said, adding that the man had been threatened by one of two criminal groups fighting over drug sales in the city.

The killings brought to 41 the number of murders in Cajeme municipality since the start of June.

In the neighbouring state of Chihuahua, gunmen of the Sinaloa Cartel and of La Linea, the armed wing of the Juarez Cartel, fought for several hours on Sunday in the mountains near Guadalupe y Calvo, leaving nine dead, the state security ministry said. Residents of two hamlets fled to the town after the shooting.

In Cuernavaca, about 300 relatives of missing people marched peacefully to the Morelos state government palace on Monday carrying photographs of their loved ones, to demand that the authorities step up searches.

The federal government says homicides fell by a quarter last year; rights groups say disappearances rose.""", [
  E(cur, "Attack", "Gunmen burst into a house in the Sonora city of Ciudad Obregon late on Saturday and shot dead a man, his wife and their two teenage sons",
    P("Ciudad Obregon", "MX"), "saturday", a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=4),
  E(cur, "Armed clash", "gunmen of the Sinaloa Cartel and of La Linea, the armed wing of the Juarez Cartel, fought for several hours on Sunday",
    P("Guadalupe y Calvo", "MX", 2), "sunday", a1="Sinaloa Cartel", i1=3, a2="Juarez Cartel", i2=3, fat=9),
  E(cur, "Peaceful protest", "about 300 relatives of missing people marched peacefully to the Morelos state government palace on Monday",
    P("Cuernavaca", "MX"), "monday", a1="Protesters (Mexico)", i1=6),
], register="local"),

S("st-u-004", "2026-02-10", """INDIA: THE WEEK IN BRIEF (2-8 FEBRUARY)

PUNJAB — Two men on a motorcycle threw a grenade at a police post on the edge of Batala, in Gurdaspur district, on Thursday night. The blast damaged the post's wall and gate; nobody was hurt. Police said they were looking into whether the attack was linked to the string of similar blasts at police buildings in the state's border districts since late 2024.

BIHAR — Two people were killed and at least 20 hurt in Bhagalpur on Saturday when Hindus and Muslims threw stones at each other and set fire to shops after a dispute over the route of a religious procession. Police imposed a curfew on the old city on Saturday evening and said on Sunday they had arrested 37 people in house-to-house searches.

NAGALAND — Tens of thousands of people rallied peacefully in Kohima on Wednesday to demand a review of the state's job reservation policy. The NSCN-IM, the largest Naga rebel group, said on Friday that it would "return to the path of armed resistance" if New Delhi did not accept a separate Naga flag and constitution.""", [
  E(cur, "Grenade", "threw a grenade at a police post on the edge of Batala", P("Batala", "IN", 2), "thursday",
    a1="Unidentified Armed Group (India)", i1=3, a2=IND_POL, i2=1, fat=0, inj=0),
  E(cur, "Mob violence", "Hindus and Muslims threw stones at each other and set fire to shops", P("Bhagalpur", "IN"), "saturday",
    a1="Rioters (India)", i1=5, a2="Rioters (India)", i2=5, fat=2, inj=20),
  E(cur, "Other", "Police imposed a curfew on the old city on Saturday evening", P("Bhagalpur", "IN"), "saturday",
    a1=IND_POL, i1=1),
  E(cur, "Arrests", "they had arrested 37 people in house-to-house searches", P("Bhagalpur", "IN"), "sunday", tp=2,
    a1=IND_POL, i1=1, a2="Rioters (India)", i2=5),
  E(cur, "Peaceful protest", "Tens of thousands of people rallied peacefully in Kohima on Wednesday", P("Kohima", "IN"), "wednesday",
    a1="Protesters (India)", i1=6),
  unscored(E(thr, "Armed clash", "would \"return to the path of armed resistance\"", P("Nagaland", "IN", 3, geoname="Kohima", a1="Nagaland"), None,
             a1="NSCN-IM: National Socialist Council of Nagaland-Isak-Muivah", i1=2), "event_date", "time_precision", "location", "latitude", "longitude"),
], register="digest"),

S("st-u-005", "2026-04-21", """PAKISTAN-KURRAM/
Six killed as tribes fight over water channel near Parachinar; curfew imposed, jirga agrees truce

PESHAWAR, April 21 (Wire) - Six people were killed and 11 wounded on Saturday when members of two tribes fired at each other with rifles and rocket launchers over a disputed water channel that feeds orchards near Parachinar, in the Kurram district of north-west Pakistan, local officials said.

The district administration imposed a curfew on the area on Saturday night and closed the road between Parachinar and the Afghan border. Paramilitary troops were sent to take up positions between the two sides on Sunday.

On Monday, a jirga of elders from both tribes meeting in Parachinar agreed to a ceasefire and to let a government commission share out the water, a district official said. "The guns are silent for now," he said.

More than 130 people were killed in sectarian and tribal fighting in Kurram in late 2024, and the main road to Parachinar was closed for months.

In Lahore, police used batons and tear gas on Monday to clear lawyers who had blocked the Mall Road outside the high court to protest the arrest of a colleague; some lawyers threw stones and broke the windows of two police vans, and 14 people were hurt, police said.""", [
  E(cur, "Armed clash", "members of two tribes fired at each other with rifles and rocket launchers", P("Parachinar", "PK", 2, a1="Khyber Pakhtunkhwa"), "saturday",
    a1=TRIBE_PK, i1=4, a2=TRIBE_PK, i2=4, fat=6, inj=11),
  E(cur, "Other", "The district administration imposed a curfew on the area on Saturday night", P("Parachinar", "PK", 2, a1="Khyber Pakhtunkhwa"), "saturday",
    a1="Government of Pakistan (2024-)", i1=1),
  E(cur, "Agreement", "a jirga of elders from both tribes meeting in Parachinar agreed to a ceasefire", P("Parachinar", "PK", a1="Khyber Pakhtunkhwa"), "monday",
    a1=TRIBE_PK, i1=4, a2=TRIBE_PK, i2=4),
  unscored(E(bg, "Armed clash", "More than 130 people were killed in sectarian and tribal fighting in Kurram in late 2024", P("Parachinar", "PK", 3, a1="Khyber Pakhtunkhwa"),
             "2024-10-01", tp=3, fat=130), "fatalities"),
  E(cur, "Violent demonstration", "some lawyers threw stones and broke the windows of two police vans", P("Lahore", "PK"), "monday",
    a1="Rioters (Pakistan)", i1=5, a2=PAK_POL, i2=1, inj=14),
]),

S("st-u-006", "2026-05-19", """MYANMAR: Flash Update No. 7 — Kayah (Karenni) and Mon States
Issued 19 May 2026

SITUATION OVERVIEW
• On 16 May, an air strike hit a monastery sheltering displaced people in a village about 15 km south of Loikaw, Kayah State, killing at least seven civilians, four of them children, and injuring 12, according to local partners. The Myanmar military has not commented.
• On 17 May, artillery shells fired from a military base landed in two villages in Thaton township, Mon State, killing two civilians and damaging a school. Clashes between the military and the Karen National Liberation Army (KNLA) had been reported in the area the previous day.
• Humanitarian partners report that military authorities detained about 40 young men at checkpoints in Mawlamyine on 14 and 15 May for conscription under the People's Military Service Law, enforced since February 2024.
• Humanitarian access to southern Kayah remains severely restricted; road closures have cut off an estimated 25,000 displaced people from aid.

This update is produced by the humanitarian country team with partners. It covers 13 to 18 May.""", [
  E(cur, "Air/drone strike", "an air strike hit a monastery sheltering displaced people in a village about 15 km south of Loikaw", P("Loikaw", "MM", 2), "2026-05-16",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=7, inj=12),
  E(cur, "Shelling/artillery/missile attack", "artillery shells fired from a military base landed in two villages in Thaton township", P("Thaton", "MM", 3, geoname="Thaton"), "2026-05-17",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=2),
  E(cur, "Armed clash", "Clashes between the military and the Karen National Liberation Army (KNLA)", P("Thaton", "MM", 3, geoname="Thaton"), "2026-05-16",
    a1=MMR, i1=1, a2="KNLA: Karen National Liberation Army", i2=2),
  E(cur, "Arrests", "military authorities detained about 40 young men at checkpoints in Mawlamyine", P("Mawlamyine", "MM"), "2026-05-14", tp=2,
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7),
], register="ngo"),

S("st-u-007", "2026-09-09", """PRESS RELEASE — 10th Infantry (Agila) Division, Philippine Army

MAWAB, Davao de Oro — Troops of the 71st Infantry Battalion clashed with about 15 members of the New People's Army in the hinterlands of Maco, Davao de Oro, at about 6 a.m. on Monday, 7 September. Two NPA fighters were killed and one soldier was slightly wounded in the 20-minute firefight. Troops recovered three rifles and a bag of documents at the site.

On Tuesday, five members of the Bangsamoro Islamic Freedom Fighters surrendered with their firearms to the 6th Infantry Division in Datu Piang, Maguindanao del Sur, under the government's programme for former combatants.

"The doors of peace remain open," the division commander said. "Those who remain in the mountains have nothing left but hunger and fear."

In a separate report, the NPA's regional command denied that any of its fighters had been killed in Maco, saying its unit had withdrawn "without casualties".""", [
  E(cur, "Armed clash", "Troops of the 71st Infantry Battalion clashed with about 15 members of the New People's Army", P("Maco", "PH", 2), "monday",
    a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=2, inj=1),
  unscored(E(cur, "Change to group/activity", "five members of the Bangsamoro Islamic Freedom Fighters surrendered with their firearms", P("Datu Piang", "PH",
             a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "tuesday", a1="BIFF: Bangsamoro Islamic Freedom Fighters", i1=2), "actor2", "inter2"),
], register="official"),

S("st-u-008", "2026-10-13", """BURKINA FASO/
JNIM says it killed dozens of soldiers near Nouna; army says drones hit retreating fighters

OUAGADOUGOU, Oct 13 (Wire) - Fighters of the al Qaeda-linked JNIM attacked an army and militia post near Nouna, in western Burkina Faso, on Saturday, killing at least 12 soldiers and auxiliaries, two security sources said. JNIM said in a statement on Sunday that it had killed 47 "mercenaries" and taken control of the post.

The army said in a statement read on state television on Monday that its drones had struck a column of the attackers as they withdrew towards the Malian border on Sunday, "neutralising dozens of terrorists". It did not mention losses of its own and denied that the post had fallen, saying it "remains in the hands of our forces".

About 2,000 people rallied in support of the military government in Dedougou, the regional capital, on Monday.

Burkina Faso's military rulers, who seized power in 2022, have promised to restore security, but attacks by JNIM and the Islamic State have spread to almost every region of the country.""", [
  E(cur, "Armed clash", "attacked an army and militia post near Nouna", P("Nouna", "BF", 2), "saturday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=12),
  unscored(E(cur, "Air/drone strike", "its drones had struck a column of the attackers as they withdrew towards the Malian border on Sunday", P("Boucle du Mouhoun", "BF", 3, geoname="Dedougou",
    a1="Boucle du Mouhoun"), "sunday", a1=BFA, i1=1, a2=JNIM, i2=2, fat=12), "location", "latitude", "longitude"),
  E(cur, "Peaceful protest", "About 2,000 people rallied in support of the military government in Dedougou", P("Dedougou", "BF"), "monday",
    a1="Protesters (Burkina Faso)", i1=6),
]),

S("st-u-009", "2026-08-05", """Niger: 11 farmers abducted near Madarounfa; police tear-gas miners in Agadez

NIAMEY — Armed men abducted 11 farmers who were weeding their millet fields near Madarounfa, in the Maradi region of southern Niger, on Sunday, and marched them towards the border with Nigeria, a local official said.

The kidnappers have demanded a ransom of 20 million CFA francs, relatives said. Abductions by armed groups based in the forests of north-west Nigeria have become frequent on the Nigerien side of the border.

In Dosso region, suspected Lakurawa fighters killed four members of a vigilante group in an ambush near Dogondoutchi on Friday, local sources said.

In Agadez, police fired tear gas on Monday to disperse several hundred artisanal gold miners who had gathered outside the regional governor's office to protest against the closure of a mining site, and detained about 15 of them.

(c) 2026 Wire. All rights reserved.""", [
  E(cur, "Abduction/forced disappearance", "Armed men abducted 11 farmers who were weeding their millet fields near Madarounfa", P("Madarounfa", "NE", 2), "sunday",
    a1="Unidentified Armed Group (Niger)", i1=3, a2="Civilians (Niger)", i2=7),
  unscored(E(cur, "Armed clash", "suspected Lakurawa fighters killed four members of a vigilante group in an ambush near Dogondoutchi", P("Dogondoutchi", "NE", 2), "friday",
    a1="Lakurawa", i1=2, a2="Unidentified Communal Militia (Niger)", i2=4, fat=4), "actor2", "inter2"),
  E(cur, "Protest with intervention", "police fired tear gas on Monday to disperse several hundred artisanal gold miners", P("Agadez", "NE"), "monday",
    a1="Protesters (Niger)", i1=6, a2=NER_POL, i2=1),
], register="local"),

S("st-u-010", "2026-11-10", """SUDAN: Humanitarian Update — Blue Nile and Kassala
10 November 2026

HIGHLIGHTS
• Fighting between the Sudanese Armed Forces (SAF) and the SPLM-N (al-Hilu) around Kurmuk, Blue Nile State, on 2 and 3 November killed at least 18 people, including five civilians caught in the crossfire, according to local authorities.
• A drone struck a fuel depot in Kassala town on 6 November, setting it on fire. No casualties were reported. State authorities blamed the Rapid Support Forces (RSF).
• The Blue Nile State authorities extended the night curfew in Ad-Damazin by one month on 8 November.
• An estimated 14,000 people have been displaced from Kurmuk locality to Ad-Damazin since the fighting began.

CONTEXT
The SPLM-N (al-Hilu) joined the RSF-led "Tasis" alliance in 2025. The drone strike is the first reported in Kassala since May, when drones hit the town's airport.""", [
  E(cur, "Armed clash", "Fighting between the Sudanese Armed Forces (SAF) and the SPLM-N (al-Hilu) around Kurmuk", P("Kurmuk", "SD", 2), "2026-11-02", tp=2,
    a1=SDN, i1=1, a2=HILU, i2=2, fat=18),
  E(cur, "Air/drone strike", "A drone struck a fuel depot in Kassala town on 6 November", P("Kassala", "SD"), "2026-11-06",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
  E(cur, "Other", "extended the night curfew in Ad-Damazin by one month on 8 November", P("Ad Damazin", "SD"), "2026-11-08",
    a1="Government of Sudan (2019-)", i1=1),
  unscored(E(bg, "Air/drone strike", "drones hit the town's airport", P("Kassala", "SD"), "2026-05-01", tp=3, a1=RSF, i1=2), "actor1", "inter1"),
], register="ngo"),
]

ETH = "Military Forces of Ethiopia (2018-)"; COD_POL = "Police Forces of Democratic Republic of Congo (2019-)"; SOM = "Military Forces of Somalia (2022-)"
JUBA = "Military Forces of Jubaland (2013-)"; AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"
RUS = "Military Forces of Russia (2000-)"; ISR = "Military Forces of Israel (2022-)"; CAF = "Military Forces of the Central African Republic (2016-)"
TCD = "Military Forces of Chad (2021-)"; TCD_POL = "Police Forces of Chad (2021-)"; KEN_POL = "Police Forces of Kenya (2022-)"; YEM_POL = "Police Forces of Yemen (2022-)"

STORIES += [
S("st-u-011", "2026-01-27", """ETHIOPIA/
Five police killed as rebels storm station in Dodola; army says 20 fighters killed in pursuit

ADDIS ABABA, Jan 27 (Wire) - Fighters of the Oromo Liberation Army (OLA) stormed a police station in Dodola, in the West Arsi zone of Ethiopia's Oromia region, before dawn on Saturday, killing five police officers and freeing about 30 detainees, two residents and a local official said.

The army said on Monday that its troops had caught up with the attackers in forests near Goba on Sunday and killed 20 of them. The OLA did not comment. The figures could not be independently verified.

Residents said the attackers took weapons from the station's armoury before leaving. Soldiers and federal police were sent to the town later on Saturday and shops stayed closed on Sunday.

The OLA has fought the government since 2018. Talks between the two sides in Tanzania in 2023 ended without a deal.

In Jijiga, the capital of the Somali region, several thousand people rallied peacefully on Monday against shortages of fuel that have left buses and lorries idle for weeks.""", [
  E(cur, "Armed clash", "Fighters of the Oromo Liberation Army (OLA) stormed a police station in Dodola", P("Dodola", "ET"), "saturday",
    a1="OLA: Oromo Liberation Army", i1=2, a2="Police Forces of Ethiopia (2018-)", i2=1, fat=5),
  E(cur, "Armed clash", "its troops had caught up with the attackers in forests near Goba on Sunday and killed 20 of them", P("Goba", "ET", 2), "sunday",
    a1=ETH, i1=1, a2="OLA: Oromo Liberation Army", i2=2, fat=20),
  E(cur, "Peaceful protest", "several thousand people rallied peacefully on Monday against shortages of fuel", P("Jijiga", "ET"), "monday",
    a1="Protesters (Ethiopia)", i1=6),
]),

S("st-u-012", "2026-09-23", """DR CONGO/
Mai-Mai fighters kill five at gold site in Maniema; two students shot dead at Kananga power cut protest

KINSHASA, Sept 23 (Wire) - Mai-Mai militiamen killed five artisanal miners and wounded several others in an attack on a gold mining site about 60 km south of Kindu, the capital of Maniema province, on Saturday, a local civil society leader said. The attackers took gold and mobile phones before leaving, he said.

In Kananga, in the central Kasai region, police shot dead two students on Monday during a protest against weeks of power cuts, the university's student union said. Police said officers had fired warning shots and that an inquiry had been opened.

Intelligence agents in Tshikapa on Tuesday arrested a local radio journalist who had reported on the shootings, his employer said.

Photo caption: Students carry the coffin of a classmate killed during a protest in Kananga in March. (Wire/File)""", [
  E(cur, "Attack", "Mai-Mai militiamen killed five artisanal miners and wounded several others in an attack on a gold mining site", P("Kindu", "CD", 2), "saturday",
    a1="Mai-Mai Militia", i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=5, inj=3),
  E(cur, "Excessive force against protesters", "police shot dead two students on Monday during a protest against weeks of power cuts", P("Kananga", "CD", a1="Kasai Central"), "monday",
    a1="Protesters (Democratic Republic of Congo)", i1=6, a2=COD_POL, i2=1, fat=2),
  E(cur, "Arrests", "Intelligence agents in Tshikapa on Tuesday arrested a local radio journalist", P("Tshikapa", "CD", a1="Kasai"), "tuesday",
    a1=COD_POL, i1=1, a2="Civilians (Democratic Republic of Congo)", i2=7),
]),

S("st-u-013", "2026-04-08", """SOMALIA/
Army says 23 Al Shabaab fighters killed in attack on Galgaduud base; roadside bomb kills two Jubaland soldiers near Luuq

MOGADISHU, April 8 (Wire) - Somali soldiers and allied clan militiamen fought off an attack by Al Shabaab fighters on their base in a village about 45 km north of Dhuusamarreeb, in central Somalia's Galgaduud region, at dawn on Monday, killing 23 of the attackers, an army commander said. Two soldiers were killed, he said.

Al Shabaab said on a website linked to the group that it had killed 40 soldiers and seized two armoured vehicles.

In the southern Gedo region, a roadside bomb struck a vehicle carrying Jubaland state forces near Luuq on Tuesday, killing two soldiers and wounding four, a local official said, blaming Al Shabaab. The group later warned residents of Luuq that anyone working with Jubaland's forces would be "treated as the enemy".

Government troops and clan militias drove Al Shabaab out of much of Galgaduud in an offensive in 2022 and 2023, but the group has since returned to many rural areas.""", [
  E(cur, "Armed clash", "Somali soldiers and allied clan militiamen fought off an attack by Al Shabaab fighters on their base", P("Dhuusamarreeb", "SO", 2), "monday",
    a1=SOM, i1=1, assoc_actor_1="Unidentified Clan Militia (Somalia)", a2="Al Shabaab", i2=2, fat=25),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb struck a vehicle carrying Jubaland state forces near Luuq", P("Luuq", "SO", 2), "tuesday",
    a1="Al Shabaab", i1=2, a2=JUBA, i2=1, fat=2, inj=4),
  unscored(E(thr, "Attack", "anyone working with Jubaland's forces would be \"treated as the enemy\"", P("Luuq", "SO"), None, a1="Al Shabaab", i1=2,
             a2="Civilians (Somalia)", i2=7), "event_date", "time_precision"),
  unscored(E(bg, "Government regains territory", "drove Al Shabaab out of much of Galgaduud in an offensive in 2022 and 2023", P("Galgaduud", "SO", 3, geoname="Dhuusamarreeb",
             a1="Galguduud"), "2022-01-01", tp=3, a1="Military Forces of Somalia (2017-2022)", i1=1, a2="Al Shabaab", i2=2), "location", "latitude", "longitude"),
]),

S("st-u-014", "2026-07-29", """YEMEN-SECURITY/
AQAP drone kills soldier on Abyan road; tribesmen and Shabwani forces clash near Ataq

ADEN, July 29 (Wire) - A drone operated by al Qaeda in the Arabian Peninsula (AQAP) dropped explosives on a pick-up truck of the UAE-backed Security Belt Forces on the road west of Lawdar, in the southern province of Abyan, on Sunday, killing one soldier and wounding three, a security official said.

AQAP has increasingly used small drones in its attacks on southern forces in Abyan and Shabwah over the past year, the official said.

In neighbouring Shabwah, tribesmen clashed with the Shabwani Elite Forces at a checkpoint near the provincial capital Ataq on Monday after soldiers tried to seize a truck belonging to a tribal leader. Three tribesmen and a soldier were killed, local sources said. Tribal mediators later arranged a truce.

In Aden, protesters burned tyres and blocked main roads in the Mansoura and Sheikh Othman districts on Tuesday over power cuts lasting up to 16 hours a day in the summer heat. Police fired into the air to disperse them.""", [
  E(cur, "Air/drone strike", "dropped explosives on a pick-up truck of the UAE-backed Security Belt Forces on the road west of Lawdar", P("Lawdar", "YE", 2), "sunday",
    a1="AQAP: Al Qaeda in the Arabian Peninsula", i1=2, a2="Security Belt Forces", i2=3, fat=1, inj=3),
  E(cur, "Armed clash", "tribesmen clashed with the Shabwani Elite Forces at a checkpoint near the provincial capital Ataq", P("Ataq", "YE", 2), "monday",
    a1="Unidentified Tribal Militia (Yemen)", i1=4, a2="Shabwani Elite Forces", i2=3, fat=4),
  unscored(E(cur, "Agreement", "Tribal mediators later arranged a truce", P("Ataq", "YE", 2), "monday",
             a1="Unidentified Tribal Militia (Yemen)", i1=4, a2="Shabwani Elite Forces", i2=3), "event_date", "time_precision"),
  E(cur, "Violent demonstration", "protesters burned tyres and blocked main roads in the Mansoura and Sheikh Othman districts on Tuesday", P("Aden", "YE", 2), "tuesday",
    a1="Rioters (Yemen)", i1=5, a2=YEM_POL, i2=1),
]),

S("st-u-015", "2026-06-24", """Afghanistan: two villagers shot dead as Badakhshan farmers resist poppy eradication; women activists detained in Herat

KABUL — Taliban security forces opened fire on villagers who threw stones at a poppy eradication team in Jurm district of the north-eastern province of Badakhshan on Sunday, killing two and wounding five, residents said.

Farmers in the mountainous province say they have no other crop that can feed their families. A Taliban spokesman in Badakhshan said the forces had "acted in self-defence" after they were attacked.

In the western city of Herat, Taliban intelligence agents detained two women who had campaigned online for girls' education at their homes on Monday, a relative of one of them said.

In Mazar-e Sharif, a magnetic bomb attached to a car carrying Taliban police officers exploded on Tuesday, killing one officer and wounding two passers-by, a police spokesman said. No group claimed responsibility.""", [
  E(cur, "Violent demonstration", "villagers who threw stones at a poppy eradication team in Jurm district", P("Jurm", "AF", 3, geoname="Jurm"), "sunday",
    a1="Rioters (Afghanistan)", i1=5, a2=AFG, i2=1, fat=2, inj=5),
  E(cur, "Arrests", "Taliban intelligence agents detained two women who had campaigned online for girls' education at their homes on Monday", P("Herat", "AF"), "monday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
  E(cur, "Remote explosive/landmine/IED", "a magnetic bomb attached to a car carrying Taliban police officers exploded", P("Mazar-e Sharif", "AF"), "tuesday",
    a1="Unidentified Armed Group (Afghanistan)", i1=3, a2=AFG_POL, i2=1, fat=1, inj=2),
], register="local"),

S("st-u-016", "2026-03-04", """LIVE: Russian missile kills three in Vinnytsia; drones hit energy site in Lviv region

Updated 14:20 Kyiv time

14:20 — In Lviv, several hundred relatives of prisoners of war rallied peacefully in the city centre this afternoon to demand faster prisoner exchanges, local media report.

12:45 — Russia's defence ministry says its air defences destroyed 41 Ukrainian drones over the Bryansk and Kursk regions overnight. The figure could not be verified.

11:40 — Ukraine's air force denies a Russian claim that a missile destroyed an airfield near Lviv overnight. "No strike on any airfield in the region took place," a spokesman says.

11:05 — PHOTO: A firefighter sprays water on a burning warehouse in Khmelnytskyi that was hit by Russian drones on Sunday night. (Wire)

10:30 — The death toll from Tuesday evening's missile strike on a residential area of Vinnytsia has risen to three, the regional governor says. Nineteen people were injured, four of them children.

09:10 — Russian drones struck an energy facility in the Lviv region overnight, starting a fire, the regional governor says. Nobody was hurt. Power was cut to parts of the region for several hours.

08:00 — Welcome to our live coverage of the war in Ukraine.""", [
  E(cur, "Peaceful protest", "several hundred relatives of prisoners of war rallied peacefully in the city centre this afternoon", P("Lviv", "UA", geoname="L'viv", a1="Lviv"), 0,
    a1="Protesters (Ukraine)", i1=6),
  unscored(E(cap, "Air/drone strike", "a burning warehouse in Khmelnytskyi that was hit by Russian drones on Sunday night", P("Khmelnytskyi", "UA", geoname="Khmel'nyts'kyy",
             a1="Khmelnytskyi"), "sunday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7), "actor2", "inter2", "fatalities", "injuries", "geo_precision"),
  unscored(E(neg, "Shelling/artillery/missile attack", "a missile destroyed an airfield near Lviv overnight", P("Lviv", "UA", 2, geoname="L'viv", a1="Lviv"), -1,
             a1=RUS, i1=8), "event_date", "time_precision"),
  E(cur, "Shelling/artillery/missile attack", "Tuesday evening's missile strike on a residential area of Vinnytsia", P("Vinnytsia", "UA", geoname="Vinnytsya", a1="Vinnytsia"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=3, inj=19),
  E(cur, "Air/drone strike", "Russian drones struck an energy facility in the Lviv region overnight", P("Lviv", "UA", 3, geoname="L'viv", a1="Lviv"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
], register="live"),

S("st-u-017", "2026-10-21", """SYRIA/
Israeli troops detain three shepherds in Quneitra; father and two sons shot dead near Masyaf

DAMASCUS, Oct 21 (Wire) - Israeli troops detained three Syrian shepherds grazing their sheep near the village of Khan Arnabah in the southern province of Quneitra on Monday and took them across the ceasefire line for questioning, Syrian state media reported. The Israeli military said the three had entered a "closed military zone" and were being questioned.

Israeli forces have set up positions inside the demilitarised buffer zone on the Golan Heights since the fall of Bashar al-Assad in December 2024.

In Hama province, gunmen killed a man and his two sons in their home in an Alawite village near Masyaf on Saturday night, a war monitor said. The interior ministry said it had opened an investigation. Hundreds of Alawite civilians were killed in the coastal region in March 2025 in violence that followed attacks by Assad loyalists on the security forces.

In Damascus, hundreds of relatives of people who disappeared in the prisons of the former government rallied peacefully in Marjeh Square on Tuesday to demand the opening of records.""", [
  E(cur, "Arrests", "Israeli troops detained three Syrian shepherds grazing their sheep near the village of Khan Arnabah", P("Khan Arnabah", "SY", 2), "monday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7),
  E(cur, "Attack", "gunmen killed a man and his two sons in their home in an Alawite village near Masyaf", P("Masyaf", "SY", 2), "saturday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7, fat=3),
  unscored(E(bg, "Attack", "Hundreds of Alawite civilians were killed in the coastal region in March 2025", P("Latakia", "SY", 3, geoname="Latakia", a1="Latakia"),
             "2025-03-01", tp=3, a2="Civilians (Syria)", i2=7), "location", "latitude", "longitude", "actor2", "inter2"),
  E(cur, "Peaceful protest", "hundreds of relatives of people who disappeared in the prisons of the former government rallied peacefully in Marjeh Square", P("Damascus", "SY"), "tuesday",
    a1="Protesters (Syria)", i1=6),
]),

S("st-u-018", "2026-05-06", """CENTRAL AFRICAN REPUBLIC/
Seven dead as FPRC fighters attack army checkpoint in Ndele; five Sudanese traders abducted near Birao

BANGUI, May 6 (Wire) - Fighters of the FPRC rebel group attacked an army checkpoint at the northern entrance of Ndele, the capital of Bamingui-Bangoran prefecture, on Sunday, killing four soldiers, a military source said. Several attackers were also killed, the source said.

UN peacekeepers were sent to reinforce the town on Monday, the MINUSCA mission said.

In the far north-east, armed men abducted five Sudanese traders on the road between Birao and the Sudanese border on Friday and have demanded a ransom, a local official said. The Vakaga prefecture borders Sudan's Darfur region, where the war between the army and the Rapid Support Forces has driven tens of thousands of refugees across the border.""", [
  E(cur, "Armed clash", "Fighters of the FPRC rebel group attacked an army checkpoint at the northern entrance of Ndele", P("Ndele", "CF", 2), "sunday",
    a1="FPRC: Popular Front for the Rebirth of Central African Republic", i1=2, a2=CAF, i2=1, fat=7),
  E(cur, "Abduction/forced disappearance", "armed men abducted five Sudanese traders on the road between Birao and the Sudanese border", P("Birao", "CF", 2), "friday",
    a1="Unidentified Armed Group (Central African Republic)", i1=3, a2="Civilians (Sudan)", i2=7),
]),

S("st-u-019", "2026-02-18", """Chad: toll from Salamat village clash rises to nine; army says it repelled rebel attack near Faya

N'DJAMENA — One of the people wounded in Saturday's fighting between two villages near Am Timan, in Chad's south-eastern Salamat province, died in hospital in Am Timan on Monday, bringing the toll to nine, a local health official said.

Herders and farmers from the two neighbouring villages fought with machetes, clubs and bows and arrows after cattle strayed into a field of sorghum, officials said. Fifteen people were wounded and about 30 huts were burned.

Gendarmes arrested 23 people in the two villages on Monday, and the governor of Salamat on Tuesday banned the carrying of weapons, including knives and machetes, across the province.

In the north, the army said it had repelled an attack by fighters of the CCMSR rebel group on a military post near Faya-Largeau on Sunday, killing 12 rebels. The CCMSR said on social media that it had inflicted heavy losses on the army.""", [
  E(cur, "Mob violence", "Herders and farmers from the two neighbouring villages fought with machetes, clubs and bows and arrows", P("Am Timan", "TD", 2), "saturday",
    a1="Rioters (Chad)", i1=5, a2="Rioters (Chad)", i2=5, fat=9, inj=15),
  E(cur, "Arrests", "Gendarmes arrested 23 people in the two villages on Monday", P("Am Timan", "TD", 2), "monday",
    a1=TCD_POL, i1=1, a2="Rioters (Chad)", i2=5),
  E(cur, "Other", "the governor of Salamat on Tuesday banned the carrying of weapons", P("Salamat", "TD", 3, geoname="Am Timan", a1="Salamat"), "tuesday",
    a1="Government of Chad (2021-)", i1=1),
  E(cur, "Armed clash", "the army said it had repelled an attack by fighters of the CCMSR rebel group on a military post near Faya-Largeau", P("Faya-Largeau", "TD", 2), "sunday",
    a1=TCD, i1=1, a2="CCMSR: Military Command Council for the Salvation of the Republic", i2=2, fat=12),
], register="local"),

S("st-u-020", "2026-11-17", """KENYA/
Three farmers killed in Tana River village raid; police reservist shot dead by cattle rustlers in West Pokot

NAIROBI, Nov 17 (Wire) - Armed Orma herders attacked a Pokomo farming village near Kipini, in Kenya's Tana River county, on Sunday, killing three farmers and burning more than 20 houses, police said. The attack followed weeks of disputes over cattle grazing on farms along the river.

The county commissioner imposed a dusk-to-dawn curfew on the villages around Kipini on Monday and said more police officers had been sent to the area.

In West Pokot county, armed cattle rustlers shot dead a police reservist and drove off about 200 goats in a raid near Kapenguria on Monday, the county police commander said.

Opposition leaders said on Tuesday they would call nationwide protests next week if the government went ahead with a planned rise in fuel taxes.""", [
  E(cur, "Attack", "Armed Orma herders attacked a Pokomo farming village near Kipini", P("Kipini", "KE", 2), "sunday",
    a1="Orma Ethnic Militia (Kenya)", i1=4, a2="Civilians (Kenya)", i2=7, fat=3),
  E(cur, "Other", "The county commissioner imposed a dusk-to-dawn curfew on the villages around Kipini on Monday", P("Kipini", "KE", 2), "monday",
    a1="Government of Kenya (2022-)", i1=1),
  E(cur, "Armed clash", "armed cattle rustlers shot dead a police reservist and drove off about 200 goats", P("Kapenguria", "KE", 2), "monday",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2=KEN_POL, i2=1, fat=1),
  unscored(E(hyp, "Peaceful protest", "they would call nationwide protests next week", C("KE"), None, a1="Protesters (Kenya)", i1=6), "event_date", "time_precision"),
]),
]

SSD = "Military Forces of South Sudan (2011-)"; COMM_SS = "Unidentified Communal Militia (South Sudan)"; BRA_POL = "Police Forces of Brazil (2023-)"
HND_POL = "Police Forces of Honduras (2026-)"; PER_POL = "Police Forces of Peru (2025-)"; BGD_POL = "Police Forces of Bangladesh (2024-)"
IND = "Military Forces of India (2014-)"; IDN_POL = "Police Forces of Indonesia (2024-)"; ARE_POL = "Police Forces of the United Arab Emirates (2004-)"
FRA_POL = "Police Forces of France (2017-)"; LTU_POL = "Police Forces of Lithuania (2024-)"; SVN_POL = "Police Forces of Slovenia (2022-)"
OMN_POL = "Police Forces of Oman (2020-)"

STORIES += [
S("st-u-021", "2026-08-19", """SOUTH SUDAN/
Four soldiers killed in ambush on Maridi road; 11 dead as armed youths raid cattle camps near Leer

JUBA, Aug 19 (Wire) - Fighters of the National Salvation Front (NAS) ambushed an army convoy on the road between Maridi and Mundri, in Western Equatoria state, on Sunday, killing four soldiers, an army spokesman said. NAS said it had repulsed an attack on one of its bases in the area and killed "dozens" of soldiers.

In Unity state, armed youths from a neighbouring county raided cattle camps near Leer on Monday and fought the camps' armed herders for several hours, local officials said. Eleven people were killed, among them two children caught in the crossfire, and thousands of cattle were driven off.

The Unity state governor imposed a dusk-to-dawn curfew on Leer county on Tuesday and banned the carrying of guns in the town.

The United Nations mission in South Sudan said in a statement that it was "deeply concerned" by the rise in violence ahead of elections due in December.""", [
  E(cur, "Armed clash", "Fighters of the National Salvation Front (NAS) ambushed an army convoy on the road between Maridi and Mundri", P("Maridi", "SS", 2), "sunday",
    a1="NAS: National Salvation Front", i1=2, a2=SSD, i2=1, fat=4),
  E(cur, "Armed clash", "armed youths from a neighbouring county raided cattle camps near Leer on Monday and fought the camps' armed herders", P("Leer", "SS", 2), "monday",
    a1=COMM_SS, i1=4, a2=COMM_SS, i2=4, fat=11),
  E(cur, "Other", "The Unity state governor imposed a dusk-to-dawn curfew on Leer county on Tuesday", P("Leer", "SS", 3, geoname="Leer"), "tuesday",
    a1="Government of South Sudan (2011-)", i1=1),
]),

S("st-u-022", "2026-09-02", """BRAZIL: BOY HIT BY STRAY BULLET DIES AFTER POLICE SHOOT-OUT IN CAMACARI; SETTLERS' LEADER KILLED IN PARA

SALVADOR, Bahia — A 12-year-old boy who was hit by a stray bullet during a shoot-out between military police and suspected members of the Comando Vermelho gang in Camacari, near Salvador, on Sunday died in hospital on Tuesday, his family said.

Four suspects were killed in Sunday's exchange of fire, which began when officers entered a housing estate to serve arrest warrants, Bahia's public security department said. Residents said officers fired indiscriminately; the department said they had "responded to an armed attack".

In the Amazon state of Para, gunmen shot dead the president of a rural settlers' association outside his home near Altamira on Saturday night. He had received death threats after denouncing illegal logging on public land, a Catholic land rights group said.

The killing recalled that of Dorothy Stang, a US-born nun shot dead in Anapu, east of Altamira, in 2005.

About 500 families from the Landless Workers' Movement occupied an unused cattle ranch near Vitoria da Conquista, in southern Bahia, on Monday to press for land reform.""", [
  E(cur, "Armed clash", "a shoot-out between military police and suspected members of the Comando Vermelho gang in Camacari", P("Camacari", "BR"), "sunday",
    a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=5),
  E(cur, "Attack", "gunmen shot dead the president of a rural settlers' association outside his home near Altamira", P("Altamira", "BR", 2), "saturday",
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, fat=1),
  unscored(E(bg, "Attack", "a US-born nun shot dead in Anapu", P("Anapu", "BR", lat=-3.47, lon=-51.20, a1="Para"), "2005-01-01", tp=3,
             a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (United States)", i2=7, fat=1), "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Peaceful protest", "About 500 families from the Landless Workers' Movement occupied an unused cattle ranch near Vitoria da Conquista", P("Vitoria da Conquista", "BR", 2), "monday",
    a1="Protesters (Brazil)", i1=6),
], register="local"),

S("st-u-023", "2026-10-28", """HONDURAS/
Garifuna community leader shot dead in Colon; police clear anti-logging road block near Juticalpa

TEGUCIGALPA, Oct 28 (Wire) - Gunmen shot dead a leader of the Garifuna community of Santa Rosa de Aguan, on Honduras's Caribbean coast, as he left a church service on Sunday, community members said. He had led a campaign against the sale of community land to a palm oil company.

Police said on Tuesday they had arrested two men suspected of the killing, one of them a former security guard at a palm plantation.

In the eastern province of Olancho, police and soldiers on Monday cleared a road block that about 200 villagers had kept up for three days on the highway near Juticalpa to protest against logging in a nearby forest reserve, detaining 12 people, a rights group said. Three villagers were hurt.

Honduras is one of the most dangerous countries in the world for land and environmental defenders, according to the rights group Global Witness.""", [
  E(cur, "Attack", "Gunmen shot dead a leader of the Garifuna community of Santa Rosa de Aguan", P("Santa Rosa de Aguan", "HN"), "sunday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=1),
  unscored(E(cur, "Arrests", "they had arrested two men suspected of the killing", P("Santa Rosa de Aguan", "HN"), "tuesday", tp=2,
             a1=HND_POL, i1=1), "actor2", "inter2", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
  E(cur, "Protest with intervention", "police and soldiers on Monday cleared a road block that about 200 villagers had kept up for three days", P("Juticalpa", "HN", 2), "monday",
    a1="Protesters (Honduras)", i1=6, a2=HND_POL, i2=1, inj=3),
]),

S("st-u-024", "2026-06-02", """Peru: police tear-gas tourism workers blocking Cusco airport road; Kukama villagers stop oil barges on the Maranon

LIMA — Police fired tear gas on Monday to clear about 400 tour guides, drivers and porters who had blocked the avenue leading to Cusco's airport since dawn to protest against a new online ticket system for Machu Picchu that they say favours large agencies, and detained nine of them, the regional ombudsman's office said.

Flights were delayed for several hours. The culture ministry said the system would stay but that it would meet the workers' unions on Thursday.

In the Amazon region of Loreto, Kukama indigenous communities have kept boats moored across the Maranon river near Nauta since Friday, stopping oil barges from passing, to demand the clean-up of a spill from a pipeline in March. The blockade has been peaceful, a local priest said.

The leaders of the Cusco unions said they would march on Lima next week if the system was not withdrawn.""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Monday to clear about 400 tour guides, drivers and porters", P("Cusco", "PE"), "monday",
    a1="Protesters (Peru)", i1=6, a2=PER_POL, i2=1),
  E(cur, "Peaceful protest", "Kukama indigenous communities have kept boats moored across the Maranon river near Nauta since Friday", P("Nauta", "PE", 2), "friday",
    a1="Protesters (Peru)", i1=6),
  unscored(E(thr, "Peaceful protest", "they would march on Lima next week", P("Lima", "PE"), None, a1="Protesters (Peru)", i1=6), "event_date", "time_precision"),
], register="local"),

S("st-u-025", "2026-03-31", """BANGLADESH/
One dead as BNP and Jamaat supporters clash near Khulna; Indian border guards shoot Bangladeshi cattle trader

DHAKA, March 31 (Wire) - A man was killed and about 25 people were injured on Saturday when supporters of the Bangladesh Nationalist Party (BNP) and the Jamaat-e-Islami attacked each other with sticks, machetes and bricks in a village near Khulna over control of a local market's lease, police said.

Police arrested 14 people in raids on homes in the village and nearby areas on Sunday and Monday, an officer at the local police station said.

Tensions between the two parties, allies for much of the past two decades, have risen since the fall of Sheikh Hasina's government in August 2024.

In the north-east, Indian Border Security Force (BSF) guards shot dead a Bangladeshi cattle trader inside Bangladeshi territory near the border in Sylhet district on Sunday night, Border Guard Bangladesh said. The BSF said its men had fired at "cattle smugglers" who attacked them.""", [
  E(cur, "Mob violence", "supporters of the Bangladesh Nationalist Party (BNP) and the Jamaat-e-Islami attacked each other with sticks, machetes and bricks", P("Khulna", "BD", 2), "saturday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=25),
  E(cur, "Arrests", "Police arrested 14 people in raids on homes in the village and nearby areas on Sunday and Monday", P("Khulna", "BD", 2), "sunday", tp=2,
    a1=BGD_POL, i1=1, a2="Rioters (Bangladesh)", i2=5),
  E(cur, "Attack", "Indian Border Security Force (BSF) guards shot dead a Bangladeshi cattle trader", P("Sylhet", "BD", 3, geoname="Sylhet"), "sunday",
    a1=IND, i1=8, a2="Civilians (Bangladesh)", i2=7, fat=1),
]),

S("st-u-026", "2026-07-15", """SOUTHEAST ASIA SECURITY BRIEFING, 9-14 JULY

THAILAND — A bomb went off under the railway line near Saba Yoi, in Songkhla province, on Monday morning as a freight train passed, derailing two wagons. Nobody was hurt; services on the southern line were suspended for a day. On Saturday, gunmen on a motorcycle shot dead a rubber tapper as he worked on a plantation in Chana district. No group claimed either attack.

INDONESIA — Counter-terrorism police arrested three suspected members of the Islamic State-linked Jamaah Ansharut Daulah (JAD) in Poso, Central Sulawesi, on Thursday and seized bomb-making materials, a police spokesman said. In Aceh, several hundred students rallied peacefully in Lhokseumawe on Friday against plans to build a new army battalion headquarters in the province.

OUTLOOK — Analysts expect violence in Thailand's far south to rise ahead of the anniversary of the 2004 Tak Bai incident in October.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb went off under the railway line near Saba Yoi", P("Saba Yoi", "TH", 2), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "gunmen on a motorcycle shot dead a rubber tapper as he worked on a plantation in Chana district", P("Chana", "TH", 3, geoname="Chana"), "saturday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
  E(cur, "Arrests", "Counter-terrorism police arrested three suspected members of the Islamic State-linked Jamaah Ansharut Daulah (JAD) in Poso", P("Poso", "ID"), "thursday",
    a1=IDN_POL, i1=1, a2="JAD: Jamaah Ansharut Daulah", i2=2),
  E(cur, "Peaceful protest", "several hundred students rallied peacefully in Lhokseumawe on Friday", P("Lhokseumawe", "ID"), "friday",
    a1="Protesters (Indonesia)", i1=6),
], register="digest"),

S("st-u-027", "2026-10-06", """GULF/
Sharjah police detain unpaid Indian and Nepali workers at sit-in; Oman youths stone police in Nizwa over jobs

DUBAI, Oct 6 (Wire) - Police in Sharjah detained about 60 Indian and Nepali construction workers on Sunday after several hundred workers stopped work and sat down outside their company's offices in the emirate's industrial area to demand four months of unpaid wages, two workers said by telephone.

The company did not respond to requests for comment. Strikes are illegal in the United Arab Emirates, and foreign workers who take part risk deportation.

In Oman, young men threw stones at police and set fire to tyres outside the governor's office in Nizwa on Monday evening after a meeting on government jobs ended without an agreement, witnesses said. Police fired tear gas and detained several people. The interior ministry said two officers had been hurt.""", [
  E(cur, "Protest with intervention", "Police in Sharjah detained about 60 Indian and Nepali construction workers on Sunday", P("Sharjah", "AE"), "sunday",
    a1="Protesters (India)", i1=6, a2=ARE_POL, i2=1),
  E(cur, "Violent demonstration", "young men threw stones at police and set fire to tyres outside the governor's office in Nizwa", P("Nizwa", "OM"), "monday",
    a1="Rioters (Oman)", i1=5, a2=OMN_POL, i2=1, inj=2),
]),

S("st-u-028", "2026-07-22", """PACIFIC/
Youths burn cars, stone gendarmes in New Caledonia's Mont-Dore after arrest; thousands march in Papeete

NOUMEA, July 22 (Wire) - Youths set fire to two cars and threw stones at gendarmes in the Saint-Louis area of Mont-Dore, on the outskirts of Noumea, on Sunday night after the arrest of a young man from the area, the French High Commission said. Gendarmes fired tear gas; two were slightly hurt.

Gendarmes arrested five young men in searches in Saint-Louis on Tuesday over the unrest, prosecutors said.

Pro-independence groups warned that they would "block the country" if the French parliament adopted a bill to open the territory's electoral rolls to more recent arrivals. Riots over a similar bill in May 2024 killed 14 people.

In French Polynesia, several thousand people marched peacefully through Papeete on Saturday to demand a law protecting Tahitian as an official language.

In Fiji, about 300 sugar cane farmers rallied peacefully outside the Lautoka mill on Monday over late payments for the season's cane.""", [
  E(cur, "Violent demonstration", "Youths set fire to two cars and threw stones at gendarmes in the Saint-Louis area of Mont-Dore", P("Saint-Louis", "NC", 1, lat=-22.23, lon=166.52, a1="South", a2="Le Mont-Dore"), "sunday",
    a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1, inj=2),
  E(cur, "Arrests", "Gendarmes arrested five young men in searches in Saint-Louis on Tuesday", P("Saint-Louis", "NC", 1, lat=-22.23, lon=166.52, a1="South", a2="Le Mont-Dore"), "tuesday",
    a1=FRA_POL, i1=1, a2="Rioters (New Caledonia)", i2=5),
  unscored(E(thr, "Peaceful protest", "they would \"block the country\"", C("NC"), None, a1="Protesters (New Caledonia)", i1=6), "event_date", "time_precision"),
  unscored(E(bg, "Violent demonstration", "Riots over a similar bill in May 2024 killed 14 people", P("Noumea", "NC", 3), "2024-05-01", tp=3, fat=14),
           "location", "latitude", "longitude", "admin1"),
  E(cur, "Peaceful protest", "several thousand people marched peacefully through Papeete on Saturday", P("Papeete", "PF"), "saturday",
    a1="Protesters (French Polynesia)", i1=6),
  E(cur, "Peaceful protest", "about 300 sugar cane farmers rallied peacefully outside the Lautoka mill on Monday", P("Lautoka", "FJ"), "monday",
    a1="Protesters (Fiji)", i1=6),
]),

S("st-u-029", "2026-11-03", """EUROPE IN BRIEF

LITHUANIA — Four lorries were set on fire overnight on Saturday in the yard of a freight company in the port city of Klaipeda. Nobody was hurt. Prosecutors said they were investigating whether the arson had been ordered by a foreign intelligence service, after similar fires at logistics firms in the Baltic states and Poland this year.

SLOVENIA — Police used pepper spray on Monday on protesters who tried to push through a cordon outside the Maribor city hall during a protest by about 400 people against a planned waste incinerator, and detained six of them.

ESTONIA — Several hundred farmers drove tractors slowly through the centre of Tartu on Friday to protest against a new tax on vehicles, causing long traffic jams. The protest passed off peacefully.

Farmers' groups said they would bring their tractors to Tallinn later this month if the government did not exempt farm machinery.""", [
  E(cur, "Looting/property destruction", "Four lorries were set on fire overnight on Saturday in the yard of a freight company in the port city of Klaipeda", P("Klaipeda", "LT"), "saturday",
    a1="Unidentified Armed Group (Lithuania)", i1=3, a2="Civilians (Lithuania)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "Police used pepper spray on Monday on protesters who tried to push through a cordon outside the Maribor city hall", P("Maribor", "SI"), "monday",
    a1="Protesters (Slovenia)", i1=6, a2=SVN_POL, i2=1),
  E(cur, "Peaceful protest", "Several hundred farmers drove tractors slowly through the centre of Tartu on Friday", P("Tartu", "EE"), "friday",
    a1="Protesters (Estonia)", i1=6),
  unscored(E(thr, "Peaceful protest", "would bring their tractors to Tallinn later this month", P("Tallinn", "EE"), None, a1="Protesters (Estonia)", i1=6),
           "event_date", "time_precision"),
], register="digest"),

S("st-u-030", "2026-01-13", """ASIA-PACIFIC/
Thousands protest in Yokosuka as US carrier returns; Hengchun residents march against nuclear plant restart

TOKYO/TAIPEI, Jan 13 (Wire) - Several thousand people rallied peacefully near the US Navy base in Yokosuka, south of Tokyo, on Sunday as the nuclear-powered aircraft carrier based there returned from a seven-month deployment, organisers said.

In southern Taiwan, about 2,000 people marched peacefully through Hengchun on Saturday against plans to restart the nearby Maanshan nuclear power plant, which was shut down in May 2025 when its last reactor's licence expired.

Police in Hengchun said they had detained a man on Saturday night who had sprayed red paint on the gate of the plant's visitor centre.""", [
  E(cur, "Peaceful protest", "Several thousand people rallied peacefully near the US Navy base in Yokosuka", P("Yokosuka", "JP", 2), "sunday",
    a1="Protesters (Japan)", i1=6),
  E(cur, "Peaceful protest", "about 2,000 people marched peacefully through Hengchun on Saturday", P("Hengchun", "TW"), "saturday",
    a1="Protesters (Taiwan)", i1=6),
]),
]

"""Multi-event stories written for this project (issue 11), batch a. Our own words; public place/group names."""
from gold import E, S, place as P, country as C

NGA = "Military Forces of Nigeria (2023-)"; ISWAP = "Islamic State West Africa Province"
RUS = "Military Forces of Russia (2000-)"; ISR = "Military Forces of Israel (2022-)"; USA = "Military Forces of the United States (2025-)"
cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

STORIES = [
S("st-a-001", "2026-03-12", """Jihadists kill six soldiers in northeast Nigeria base attack

MAIDUGURI, Nigeria (Wire) — Islamic State West Africa Province fighters attacked a military base in Marte on Tuesday, killing at least six soldiers, two army officers said on condition of anonymity.

The militants claimed in a statement on their news channel that they had killed 20 soldiers and seized vehicles.

The attack came two days after a roadside bomb killed four vigilantes near Konduga, about 40 km from Maiduguri.

Borno state has seen more than 300 attacks since January, according to a tally kept by a local monitoring group.

Related: Nigeria's army chief visits troops in Borno

Reporting by Wire staff; Editing by Desk""", [
  E(cur, "Armed clash", "attacked a military base", P("Marte", "NG"), "tuesday", a1=ISWAP, i1=2, a2=NGA, i2=1, fat=6),
  E(bg, "Remote explosive/landmine/IED", "roadside bomb", P("Konduga", "NG", 2), "sunday", fat=4),
]),
S("st-a-002", "2026-02-01", """MOGADISHU (Wire) - A suicide bomber blew himself up at a busy restaurant near Lido beach in Mogadishu on Friday evening, killing at least nine people and wounding 20 others, police said.

Al Shabaab claimed responsibility for the blast in a statement on a website linked to the group.

The group has carried out many similar attacks in the capital, including a truck bombing in October 2017 that killed more than 500 people.

Separately, Somali government forces and Al Shabaab fighters clashed near Afgooye on Saturday, a local elder told reporters by phone. There was no word on casualties.""", [
  E(cur, "Suicide bomb", "blew himself up", P("Mogadishu", "SO"), "friday", a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=9, inj=20),
  E(bg, "Remote explosive/landmine/IED", "truck bombing", P("Mogadishu", "SO"), "2017-10-01", tp=3, fat=500),
  E(cur, "Armed clash", "clashed", P("Afgooye", "SO", 2), "saturday", a1="Military Forces of Somalia (2022-)", i1=1, a2="Al Shabaab", i2=2, fat=None),
]),
S("st-a-003", "2026-05-14", """IDLIB, Syria — Warplanes struck the town of Ariha in Idlib province on Wednesday, killing five civilians including two children, according to the Syrian Civil Defence rescue service.

Hours later, artillery shelled the village of Kafr Nubl to the south, wounding three people, the rescuers said.

The strikes are the latest in a series of raids on the province since a local truce collapsed last month.

Opposition commanders said they would respond to any ground advance.""", [
  E(cur, "Air/drone strike", "struck", P("Ariha", "SY"), "wednesday", a2="Civilians (Syria)", i2=7, fat=5),
  E(cur, "Shelling/artillery/missile attack", "shelled", P("Kafr Nubl", "SY"), "wednesday", a2="Civilians (Syria)", i2=7, fat=None, inj=3),
]),
S("st-a-004", "2026-04-18", """KYIV (Wire) — Russian forces launched a missile strike on Kharkiv overnight into Saturday, hitting a residential block and killing three people, regional governor Oleh Syniehubov said.

In the Sumy region, a drone hit a bus near Bilopillia on Saturday morning, injuring seven passengers, local officials said.

Ukraine's air force said it had shot down 42 of the 58 drones Russia launched overnight.

A week ago, a similar missile attack on Kharkiv killed eleven people.""", [
  E(cur, "Shelling/artillery/missile attack", "missile strike", P("Kharkiv", "UA"), "saturday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=3),
  E(cur, "Air/drone strike", "drone hit a bus", P("Bilopillia", "UA", 2, geoname="Bilopillya"), "saturday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=None, inj=7),
  E(cur, "Disrupted weapons use", "shot down", C("UA"), "saturday", a1="Military Forces of Ukraine (2019-)", i1=1),
  E(bg, "Shelling/artillery/missile attack", "missile attack", P("Kharkiv", "UA"), -7, tp=2, a1=RUS, i1=8, fat=11),
]),
S("st-a-005", "2026-06-10", """PESHAWAR, Pakistan — Militants ambushed a police patrol near the town of Lakki Marwat in Khyber Pakhtunkhwa on Monday, killing two officers, police said.

The Pakistani Taliban said in a message to journalists that its fighters had killed seven policemen in the ambush.

Police later arrested four suspects in a raid in Lakki Marwat.

Attacks on police in the province have risen sharply, with more than 120 officers killed since January.""", [
  E(cur, "Armed clash", "ambushed", P("Lakki Marwat", "PK", 2), "monday", a2="Police Forces of Pakistan (2024-)", i2=1, fat=2),
  E(cur, "Arrests", "arrested", P("Lakki Marwat", "PK"), "monday", a1="Police Forces of Pakistan (2024-)", i1=1, a2="Civilians (Pakistan)", i2=7, fat=None),
]),
S("st-a-006", "2026-03-10", """Situation report: Gao region, Mali (2 to 8 March 2026)

Highlights
On 3 March, unidentified gunmen on motorbikes attacked the weekly market in the village of Ouatagouna, killing 12 civilians and setting shops on fire.

On 5 March, an improvised explosive device struck a Malian army vehicle on the road near Ansongo, killing two soldiers.

Humanitarian access remains restricted: since January, 45 security incidents affecting aid workers have been recorded in the region.

Download the full report (PDF, 2 MB)""", [
  E(cur, "Attack", "attacked the weekly market", P("Gao", "ML", 3, lat=16.2717, lon=-0.0447, a1="Gao"), "2026-03-03", a1="Unidentified Armed Group (Mali)", i1=3, a2="Civilians (Mali)", i2=7, fat=12),
  E(cur, "Remote explosive/landmine/IED", "improvised explosive device struck", P("Ansongo", "ML", 2), "2026-03-05", a2="Military Forces of Mali (2021-)", i2=1, fat=2),
], register="ngo"),
S("st-a-007", "2026-07-25", """GOMA, DR Congo (Wire) — M23 rebels seized the trading town of Mweso in North Kivu on Thursday after a night of shelling and street fighting with Wazalendo militiamen and the army, residents said.

The army said its troops had pulled back to avoid civilian casualties.

Earlier this week, ADF fighters killed at least 18 villagers in an overnight raid near Beni, according to local civil society groups. The raid was the deadliest in the territory this year.

The government has offered a $5 million bounty for information leading to the capture of M23 leaders.""", [
  E(cur, "Non-state actor overtakes territory", "seized the trading town", P("Mweso", "CD", lat=-1.22, lon=29.03, a1="North Kivu"), "thursday", a1="M23: March 23 Movement", i1=2, a2="Military Forces of Democratic Republic of Congo (2019-)", i2=1),
  E(bg, "Attack", "killed at least 18 villagers", P("Beni", "CD", 2), "monday", tp=2, a1="ADF: Allied Democratic Forces", i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=18),
]),
S("st-a-008", "2026-01-22", """SANAA (Wire) — Yemen's Houthis fired a ballistic missile at the city of Marib on Tuesday, killing a child and wounding four people, the government-run news agency said.

US and British aircraft carried out strikes on Houthi positions near Hodeidah on Wednesday, the Houthi-run Al Masirah TV reported, saying two people were killed.

The Houthis threatened to expand their attacks if the strikes continued.""", [
  E(cur, "Shelling/artillery/missile attack", "fired a ballistic missile", P("Marib", "YE", geoname="Ma'rib"), "tuesday", a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Civilians (Yemen)", i2=7, fat=1, inj=4),
  E(cur, "Air/drone strike", "carried out strikes", P("Hodeidah", "YE", 2, geoname="Al Hudaydah"), "wednesday", a1=USA, i1=8, a2="Military Forces of Yemen (2016-) Supreme Political Council", i2=1, fat=2),
  E(thr, "Shelling/artillery/missile attack", "attacks", C("YE"), None),
]),
S("st-a-009", "2026-08-13", """Sudan: RSF shelling of displacement camp kills 14, UN says

The Rapid Support Forces shelled a displacement camp on the edge of El Fasher on Sunday, killing 14 people, the UN humanitarian office said in its weekly update.

A drone strike hit the market in Kutum on Monday, killing eight people, local monitors said. The RSF blamed the army for the strike.

More than 750 people have been killed in North Darfur since May, according to the office.

The army and the RSF have so far rejected calls for a humanitarian truce.""", [
  E(cur, "Shelling/artillery/missile attack", "shelled", P("El Fasher", "SD", 2), "sunday", a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=14),
  E(cur, "Air/drone strike", "drone strike", P("Kutum", "SD"), "monday", a2="Civilians (Sudan)", i2=7, fat=8),
], register="ngo"),
S("st-a-010", "2026-09-18", """JENIN, West Bank — Israeli forces raided the Jenin refugee camp at dawn on Thursday and exchanged fire with Palestinian gunmen for several hours, killing three Palestinians, the Palestinian health ministry said.

The Israeli army said the raid targeted a militant cell behind a shooting attack on a checkpoint last month.

Settlers set fire to cars in the village of Huwara on Wednesday night, residents said.""", [
  E(cur, "Armed clash", "exchanged fire", P("Jenin camp", "PS", lat=32.461, lon=35.293, a1="West Bank"), "thursday", a1=ISR, i1=8,
    a2="Unidentified Armed Group (Palestine)", i2=3, fat=3),
  E(bg, "Armed clash", "shooting attack", P("Jenin", "PS", lat=32.46, lon=35.30, a1="West Bank"), "2026-08-01", tp=3),
  E(cur, "Looting/property destruction", "set fire to cars", P("Huwara", "PS", lat=32.15, lon=35.26, a1="West Bank"), "wednesday", a2="Civilians (Palestine)", i2=7),
], register="local"),
S("st-a-011", "2026-02-16", """IMPHAL (Wire) — Suspected militants fired at villagers in Manipur's Bishnupur district on Saturday, killing two farmers, police said.

Hours later, a mob set fire to three houses in Churachandpur in apparent retaliation, officials said.

Security forces have been deployed in the area and internet services suspended.

Since ethnic violence broke out in the state in May 2023, more than 250 people have been killed.""", [
  E(cur, "Attack", "fired at villagers", P("Bishnupur", "IN", 3, a1="Manipur"), "saturday", a1="Unidentified Armed Group (India)", i1=3, a2="Civilians (India)", i2=7, fat=2),
  E(cur, "Mob violence", "set fire to three houses", P("Churachandpur", "IN"), "saturday", a1="Rioters (India)", i1=5, a2="Civilians (India)", i2=7),
]),
S("st-a-012", "2026-03-17", """CULIACAN, Mexico — Gunmen killed six people at a family party in Culiacan late on Sunday, Sinaloa state prosecutors said, the latest in a wave of violence between rival cartel factions.

On Monday, soldiers clashed with armed men on a highway near Navolato, leaving four attackers dead, the defence ministry said.

Authorities have recorded more than 1,200 killings in the state since the infighting began last September.""", [
  E(cur, "Attack", "killed six people", P("Culiacan", "MX"), "sunday", a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=6),
  E(cur, "Armed clash", "clashed", P("Navolato", "MX", 2), "monday", a1="Military Forces of Mexico (2024-)", i1=1,
    a2="Unidentified Armed Group (Mexico)", i2=3, fat=4),
]),
S("st-a-013", "2026-01-10", """Military aircraft bombed a village near Shwebo in Myanmar's Sagaing region on Friday, killing at least 11 people including a teacher, local resistance groups said.

The junta said in state media that it had targeted a "terrorist" training camp and denied hitting civilians.

In a separate incident on Thursday, resistance fighters attacked a police station in Monywa and seized weapons, a spokesperson for the local People's Defence Force said.""", [
  E(cur, "Air/drone strike", "bombed", P("Shwebo", "MM", 2), "friday", a1="Military Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7, fat=11),
  E(cur, "Armed clash", "attacked a police station", P("Monywa", "MM"), "thursday", a1="PDF: People's Defense Force", i1=2, a2="Police Forces of Myanmar (2021-)", i2=1),
], register="local"),
S("st-a-014", "2026-05-08", """BOGOTA (Wire) — ELN rebels attacked a military base near Tibu in the northeastern department of Norte de Santander with explosive-laden drones on Wednesday, wounding five soldiers, the army said.

The government suspended peace talks with the group after the attack.

In January, fighting between the ELN and FARC dissidents in the Catatumbo region killed more than 80 people and displaced thousands, according to the ombudsman's office.""", [
  E(cur, "Air/drone strike", "explosive-laden drones", P("Tibu", "CO", 2), "wednesday", a1="ELN: National Liberation Army", i1=2, a2="Military Forces of Colombia (2022-)", i2=1, fat=None, inj=5),
  E(bg, "Armed clash", "fighting", P("Norte de Santander", "CO", 3), "2026-01-01", tp=3, fat=80),
]),
S("st-a-015", "2026-03-02", """BEIRUT (Reuters) - An Israeli drone strike hit a car in the southern Lebanese town of Nabatieh on Monday, killing two men the Israeli military said were Hezbollah members.

Israeli artillery also shelled the outskirts of Khiam, Lebanon's state news agency reported.

The strikes come despite a ceasefire agreed in November 2024. Lebanon's president condemned the attack as a violation of the truce.""", [
  E(cur, "Air/drone strike", "drone strike", P("Nabatieh", "LB", geoname="Nabatiye et Tahta"), "monday", a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=2),
  E(cur, "Shelling/artillery/missile attack", "shelled", P("Khiam", "LB", 2, lat=33.33, lon=35.61, a1="Nabatiye"), "monday", a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7),
  E(bg, "Agreement", "ceasefire agreed", C("LB"), "2024-11-01", tp=3),
]),
S("st-a-016", "2026-04-14", """OUAGADOUGOU (Wire) — Suspected jihadists killed at least 15 members of a volunteer defence militia in an attack near Djibo on Saturday, security sources said.

The army said air strikes the following day killed "dozens of terrorists" fleeing the area.""", [
  E(cur, "Armed clash", "attack", P("Djibo", "BF", 2), "saturday", fat=15),
  E(cur, "Air/drone strike", "air strikes", P("Djibo", "BF", 2), "sunday", a1="Military Forces of Burkina Faso (2022-)", i1=1, a2="Unidentified Armed Group (Burkina Faso)", i2=3, fat=12),
]),
S("st-a-017", "2026-03-04", """COMBINED JOINT TASK FORCE
PRESS RELEASE No. 2026-041
SOUTHWEST ASIA — On March 3, coalition forces conducted three strikes against Islamic State targets in Iraq.

Near Tal Afar, two strikes destroyed a weapons cache and a fighting position.

Near Hawija, one strike engaged an IS tactical unit, killing four militants.

The strikes were conducted as part of ongoing operations to defeat the group. Since the campaign began, the coalition has conducted more than 14,000 strikes.

For more information, contact the press desk.""", [
  E(cur, "Air/drone strike", "two strikes destroyed", P("Tal Afar", "IQ", 2, geoname="Tall `Afar"), "2026-03-03", a2="Islamic State (Iraq)", i2=2, fat=None),
  E(cur, "Air/drone strike", "one strike engaged", P("Hawija", "IQ", 2, geoname="Al Hawijah"), "2026-03-03", a2="Islamic State (Iraq)", i2=2, fat=4),
], register="official"),
S("st-a-018", "2026-10-09", """ADDIS ABABA — Residents in Ethiopia's Amhara region said a drone strike hit a minibus near the town of Debre Markos on Tuesday, killing nine passengers.

Separately, Fano militiamen briefly took control of the town of Lalibela on Wednesday before withdrawing, a local official said.

The government has said it is open to talks but has not responded to the militia's demands.""", [
  E(cur, "Air/drone strike", "drone strike", P("Debre Markos", "ET", 2, geoname="Debre Mark'os"), "tuesday", a2="Civilians (Ethiopia)", i2=7, fat=9),
  E(cur, "Non-state actor overtakes territory", "took control", P("Lalibela", "ET"), "wednesday", a1="Fano", i1=3),
], register="local"),
S("st-a-019", "2026-11-25", """WASHINGTON — The State Department warned on Tuesday that Al Shabaab may be planning attacks on hotels in Nairobi, and the United States offered a reward of up to $10 million for information on the group's financiers.

The warning came a week after gunmen stormed a hotel in Mandera, near the border with Somalia, killing four guests.

Kenyan police said they had arrested a suspect in that attack on Monday in Garissa.""", [
  E(hyp, "Attack", "attacks on hotels", P("Nairobi", "KE"), None),
  E(bg, "Attack", "stormed a hotel", P("Mandera", "KE"), "2026-11-17", tp=2, a2="Civilians (Kenya)", i2=7, fat=4),
  E(cur, "Arrests", "arrested", P("Garissa", "KE"), "monday", a1="Police Forces of Kenya (2022-)", i1=1, a2="Civilians (Kenya)", i2=7),
]),
S("st-a-020", "2026-11-11", """Skip to main content
Accessibility links
Home | World | Africa
Cameroon: separatists blamed for deadly attack on school
By Jane Doe, Africa correspondent
Published 3 hours ago
Share
Suspected separatist fighters attacked a secondary school in Kumbo in Cameroon's North-West region on Monday, killing a teacher, the regional governor said.
The army launched a search operation in the area on Tuesday.
Anglophone separatists have enforced a boycott of schools in the region since 2017.
Related Topics
Cameroon
More on this story
Cameroon soldiers killed in ambush near Bamenda
Published 12 March
Image caption, Students fleeing a school in Bamenda in 2019""", [
  E(cur, "Attack", "attacked a secondary school", P("Kumbo", "CM"), "monday", a2="Civilians (Cameroon)", i2=7, fat=1),
], register="wire"),
]

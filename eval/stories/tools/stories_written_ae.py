"""Multi-event stories written for this project (issue 11), batch ae: unseen by the coders in the session it was written
(2026-11-29, 01:42-04:42), the lead's measure of story generalisation, as batches s to ad. Held-out news as it looks —
wire stories with datelines and caps headlines, regional press, army and police releases, NGO updates, live blogs,
digests — with events of every status (current; background recalled with its own date; threats; denials; photo
captions), several events per story at different places and days, aggregates and tallies that are no events, casualty
claims against official figures, rival rallies, forces' responses after an attack, communal fights, property
destruction, mob justice, tolls told again later in the story.
First half (st-ae-001..020): Somalia, Nigeria, Ethiopia, Kenya, Mozambique, DR Congo, Sudan (a live blog), Libya, Iraq,
Syria, Pakistan (an army release), India (Manipur), Myanmar, the Philippines, Colombia, Mexico, Haiti, Ukraine and Russia,
Lebanon and the Palestinian territories, and a Europe week-in-brief digest (France, Spain, Serbia, Greece).
Second half (st-ae-021..040): Cameroon and Chad (Lake Chad), the Central African Republic, South Sudan, an East Africa
digest (Uganda, Tanzania, Kenya), Bangladesh (rival party crowds, a mob on Hindu homes, arrests later), Indonesia
(Papua), Papua New Guinea (Enga), Iran, Yemen (AQAP, Israeli strikes on Hodeidah), an Afghan-Pakistani border clash and a
Kabul bomb, the Caucasus (Georgia, Armenia), Turkey (a defused bomb), the Andes (Peru, Bolivia), a Southern Cone digest
(Chile, Argentina), Central America (a Guatemalan prison riot, a Honduran gang's bus attack, a state of prevention
extended), Brazil (an MST occupation evicted by force), Southern Africa (a taxi feud, an anti-foreigner mob, Zimbabwe's
activists), Thailand's deep south, a West Africa week-in-brief (Mali, Burkina Faso, Niger, Ghana, Guinea), Nepal and
Sri Lanka, rival marches in Malawi (a related-story footer), and a Nigerian state police command's release (Plateau).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 30 km across all snippet, story and ISAF
gold within a week, and the same sub-type within 40 days)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

SHB = "Al Shabaab"; SOM = "Military Forces of Somalia (2022-)"; SOM_POL = "Police Forces of Somalia (2022-)"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; VIG = "Vigilante Militia (Nigeria)"
ETH = "Military Forces of Ethiopia (2018-)"; KEN = "Military Forces of Kenya (2022-)"; KEN_POL = "Police Forces of Kenya (2022-)"
MOZ = "Military Forces of Mozambique (2025-)"; RWA = "Military Forces of Rwanda (2000-)"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; COD_POL = "Police Forces of Democratic Republic of Congo (2019-)"
M23 = "M23: March 23 Movement"; ADF = "ADF: Allied Democratic Forces"; SDN = "Military Forces of Sudan (2019-)"
SDN_POL = "Police Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; IRQ = "Military Forces of Iraq (2022-)"
IRQ_POL = "Police Forces of Iraq (2022-)"; TUR = "Military Forces of Turkey (2002-)"; ISR = "Military Forces of Israel (2022-)"
PAK = "Military Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"; IND_POL = "Police Forces of India (2014-)"
MMR = "Military Forces of Myanmar (2021-)"; PHL = "Military Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"
COL = "Military Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"; RUS = "Military Forces of Russia (2000-)"
UKR = "Military Forces of Ukraine (2019-)"

STORIES = [
S("st-ae-001", "2026-04-22", """SOMALIA/
Al Shabaab attacks army base near Jowhar, troops hit back; mortar rounds land near Mogadishu airport

MOGADISHU, April 22 (Wire) - Al Shabaab fighters attacked a Somali army base on the edge of Jowhar, the capital of Middle Shabelle region, before dawn on Monday, firing rocket-propelled grenades and machine guns for more than two hours, a military officer and residents said. The officer said seven soldiers were killed and 11 wounded. The militants said in a statement on their radio station that they had killed 30 soldiers.

On Tuesday, troops backed by drones pursued the attackers into villages along the river south of Jowhar and killed 12 militants, the defence ministry said. The wounded soldiers from Monday's attack were flown to Mogadishu for treatment, it said.

On April 6, a roadside bomb killed four soldiers on the road between Balcad and Jowhar.

Separately, at least three mortar rounds landed near the perimeter wall of the airport in Mogadishu on Tuesday evening. Police said no one was hurt. No group said it had fired them.""", [
  E(cur, "Armed clash", "Al Shabaab fighters attacked a Somali army base on the edge of Jowhar", P("Jowhar", "SO", 2, geoname="Jawhar", a1="Middle Shabelle"), "monday",
    a1=SHB, i1=2, a2=SOM, i2=1, fat=7, inj=11),
  E(cur, "Armed clash", "troops backed by drones pursued the attackers into villages along the river south of Jowhar", P("Jowhar", "SO", 2, geoname="Jawhar", a1="Middle Shabelle"), "tuesday",
    a1=SOM, i1=1, a2=SHB, i2=2, fat=12),
  E(bg, "Remote explosive/landmine/IED", "a roadside bomb killed four soldiers on the road between Balcad and Jowhar", P("Jowhar", "SO", 2, geoname="Jawhar", a1="Middle Shabelle"), "2026-04-06",
    a1="Unidentified Armed Group (Somalia)", i1=3, a2=SOM, i2=1, fat=4),
  unscored(E(cur, "Shelling/artillery/missile attack", "at least three mortar rounds landed near the perimeter wall of the airport in Mogadishu", P("Mogadishu", "SO"), "tuesday",
             a1="Unidentified Armed Group (Somalia)", i1=3, fat=0, inj=0), "actor2", "inter2"),
]),

S("st-ae-002", "2026-09-16", """Bandits abduct 31 in Zamfara village; vigilantes kill nine in Katsina ambush

From Our Correspondent, GUSAU

Armed bandits on motorcycles stormed Tsafe town in Zamfara State at about 11 p.m. on Sunday, shooting sporadically, and abducted 31 people, mostly women and children, residents said. A woman who tried to run was shot in the leg and is receiving treatment at the General Hospital in Gusau.

In neighbouring Katsina State, members of a local vigilante group ambushed a gang of bandits near Dan Musa on Monday evening, killing nine of them and recovering 40 rustled cows, the state police command's spokesman said. Two vigilantes were wounded.

On Tuesday, police arrested four suspected informants of the bandits in Tsafe in connection with Sunday's abduction, the spokesman said.

Also on Tuesday, hundreds of women from Tsafe marched to the Government House in Gusau to demand the rescue of their relatives. They were received by the deputy governor.

Zamfara, Katsina and Sokoto states have been worst hit by kidnappings for ransom in the North-West since 2019.""", [
  E(cur, "Abduction/forced disappearance", "Armed bandits on motorcycles stormed Tsafe town in Zamfara State", P("Tsafe", "NG"), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, inj=1),
  E(cur, "Armed clash", "members of a local vigilante group ambushed a gang of bandits near Dan Musa", P("Dan Musa", "NG", 2), "monday",
    a1=VIG, i1=3, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=9, inj=2),
  E(cur, "Arrests", "police arrested four suspected informants of the bandits in Tsafe", P("Tsafe", "NG"), "tuesday",
    a1=NGA_POL, i1=1, a2="Civilians (Nigeria)", i2=7),
  E(cur, "Peaceful protest", "hundreds of women from Tsafe marched to the Government House in Gusau", P("Gusau", "NG"), "tuesday",
    a1="Protesters (Nigeria)", i1=6),
], register="local"),

S("st-ae-003", "2026-04-15", """ETHIOPIA/
Fano fighters attack army camp near Debre Markos; drone strike kills 11 at Bichena market, residents say

ADDIS ABABA, April 15 (Wire) - Fighters of the Fano militia attacked an Ethiopian army camp on the outskirts of Debre Markos, in the Amhara region, on Sunday night, and the fighting went on until Monday morning, residents and a Fano spokesman said. The spokesman claimed his fighters had killed "dozens" of soldiers; a regional official said the attack had been repelled but gave no toll.

On Monday afternoon, a drone struck the weekly market in Bichena, about 60 km to the north-east, killing 11 people and wounding more than 20, two residents and a health worker said. The federal government did not comment. It has denied targeting civilians in the past.

"People were buying grain and coffee when it hit," one resident said by telephone. The wounded were taken to the hospital in Debre Markos, he said.

The conflict between the federal army and Fano has killed thousands since fighting broke out in mid-2023, according to rights groups.""", [
  unscored(E(cur, "Armed clash", "Fighters of the Fano militia attacked an Ethiopian army camp on the outskirts of Debre Markos", P("Debre Markos", "ET", 2, geoname="Debre Mark'os"), "sunday",
             a1="Fano", i1=3, a2=ETH, i2=1), "fatalities", "injuries"),
  E(cur, "Air/drone strike", "a drone struck the weekly market in Bichena", P("Bichena", "ET"), "monday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=11, inj=20),
]),

S("st-ae-004", "2026-07-22", """IED blast hits police vehicle in Lamu; hawkers and county askaris clash in Nairobi CBD

By NATION CORRESPONDENTS

LAMU: Four police officers were injured when their vehicle ran over an improvised explosive device near Kiunga in Lamu East on Monday morning, police said. Security officials blamed al-Shabaab militants operating from the Boni forest. A multi-agency team was sent to the area and a search was launched.

NAIROBI: Hawkers fought running battles with Nairobi County enforcement officers in the central business district on Tuesday after the officers seized their goods. Police fired tear gas at the hawkers, who threw stones and set fire to several stalls on Moi Avenue. Twenty-three people were arrested.

MARSABIT: Two men were shot dead on Sunday when Borana and Gabra herders exchanged fire over a water point near Sololo, the county police commander said. Police officers were deployed to the area to keep the two communities apart.

The injured officers from the Lamu blast were airlifted to Mombasa.""", [
  E(cur, "Remote explosive/landmine/IED", "their vehicle ran over an improvised explosive device near Kiunga", P("Kiunga", "KE", 2, lat=-1.75, lon=41.48, a1="Lamu"), "monday",
    a1=SHB, i1=2, a2=KEN_POL, i2=1, inj=4),
  E(cur, "Violent demonstration", "Hawkers fought running battles with Nairobi County enforcement officers in the central business district", P("Nairobi", "KE"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1),
  E(cur, "Armed clash", "Borana and Gabra herders exchanged fire over a water point near Sololo", P("Sololo", "KE", 2, lat=3.56, lon=38.64, a1="Marsabit"), "sunday",
    a1="Borana Ethnic Militia (Kenya)", i1=4, a2="Gabra Ethnic Militia (Kenya)", i2=4, fat=2),
], register="local"),

S("st-ae-005", "2026-08-26", """CABO DELGADO: HUMANITARIAN UPDATE (25 August 2026)

HIGHLIGHTS
- Attack on Mucojo displaces 3,200 people
- Clashes reported near Mbau

On 22 August, armed men attacked the coastal village of Mucojo, in Macomia district, beheading two men and burning about 40 houses and a health post, according to local sources. The Islamic State claimed the attack on its channels on 23 August. About 3,200 people fled south towards Macomia town.

On 23 August, Mozambican and Rwandan forces clashed with insurgents near Mbau, in Mocimboa da Praia district. The Rwandan forces said six insurgents were killed; no figures were given for the security forces.

Humanitarian partners distributed food to 1,900 newly displaced families in Macomia town on 24 and 25 August. Access to the coast north of Mucojo remains restricted.""", [
  E(cur, "Attack", "armed men attacked the coastal village of Mucojo", P("Mucojo", "MZ", lat=-11.9, lon=40.4, a1="Cabo Delgado"), "2026-08-22",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Armed clash", "Mozambican and Rwandan forces clashed with insurgents near Mbau", P("Mbau", "MZ", 2, lat=-11.42, lon=40.17, a1="Cabo Delgado"), "2026-08-23",
    a1=MOZ, i1=1, a2="Islamic State Mozambique Province", i2=2, fat=6),
], register="ngo"),

S("st-ae-006", "2026-02-11", """DR CONGO/
M23 and Wazalendo fighters clash near Kitchanga; ADF kill 14 near Butembo; Kinshasa students riot over fees

GOMA, Feb 11 (Wire) - M23 rebels and Wazalendo militiamen fought for several hours on Monday around Kitchanga, in North Kivu's Masisi territory, local civil society leaders said, and at least five people were killed, including two civilians hit by stray bullets.

Suspected ADF rebels killed 14 people with machetes in a village about 20 km west of Butembo on Sunday night and set several houses on fire, the administrator of Lubero territory said. The army said it had sent troops after the attackers.

In Kinshasa, students of the University of Kinshasa blocked the road outside the campus on Tuesday to protest against higher fees, throwing stones at police and burning tyres. Police fired tear gas and arrested 17 students.

The M23 and the government signed a declaration of principles in Doha in July 2025, but fighting has continued.""", [
  E(cur, "Armed clash", "M23 rebels and Wazalendo militiamen fought for several hours on Monday around Kitchanga", P("Kitchanga", "CD", 2, lat=-1.36, lon=29.02, a1="North Kivu"), "monday",
    a1=M23, i1=2, a2="Wazalendo", i2=3, fat=5),
  E(cur, "Attack", "Suspected ADF rebels killed 14 people with machetes in a village about 20 km west of Butembo", P("Butembo", "CD", 2, a1="North Kivu"), "sunday",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=14),
  E(cur, "Violent demonstration", "students of the University of Kinshasa blocked the road outside the campus", P("Kinshasa", "CD"), "tuesday",
    a1="Rioters (Democratic Republic of Congo)", i1=5, a2=COD_POL, i2=1),
]),

S("st-ae-007", "2026-06-17", """LIVE: Sudan war — Kadugli shelled, army drones hit RSF near Bara, protest in Port Sudan

Updates from our Africa desk. All times GMT.

09:12 — Shelling by the Rapid Support Forces on residential neighbourhoods of Kadugli, the capital of South Kordofan, killed eight civilians on Tuesday evening, a local doctors' group said.

10:40 — The Sudanese army says its drones struck RSF positions and vehicles near Bara, north of El Obeid, overnight. It gave no toll. The RSF has not commented.

12:05 — Witnesses in Port Sudan say police fired tear gas this morning to disperse several hundred people who had gathered outside the state electricity company to protest against power cuts.

13:30 — Correction: the doctors' group has revised its Kadugli figure. The local health ministry says four civilians were killed and 13 wounded in Tuesday's shelling; we have updated the 09:12 post.

14:50 — The UN's humanitarian office says more than 120,000 people have fled North and South Kordofan since April.""", [
  E(cur, "Shelling/artillery/missile attack", "Shelling by the Rapid Support Forces on residential neighbourhoods of Kadugli", P("Kadugli", "SD", a1="South Kordofan"), "tuesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=4, inj=13),
  E(cur, "Air/drone strike", "its drones struck RSF positions and vehicles near Bara", P("Bara", "SD", 2, geoname="Barah", a1="North Kordofan"), 0, tp=2,
    a1=SDN, i1=1, a2=RSF, i2=2),
  E(cur, "Protest with intervention", "police fired tear gas this morning to disperse several hundred people who had gathered outside the state electricity company", P("Port Sudan", "SD"), "wednesday",
    a1="Protesters (Sudan)", i1=6, a2=SDN_POL, i2=1),
], register="live"),

S("st-ae-008", "2026-03-25", """LIBYA/
Rival armed groups clash in Tripoli, four dead; residents set fire to Zawiya council building

TRIPOLI, March 25 (Wire) - Fighters of the Radaa Special Deterrence Forces and the 444th Brigade exchanged fire with heavy machine guns in the Souq al-Juma district of Tripoli late on Monday, the city's emergency medicine centre said. Three fighters and a passer-by were killed and nine people were wounded.

The two groups agreed to a ceasefire on Tuesday evening after mediation by elders from Misrata, a government official said, and their fighters pulled back to their bases.

In Zawiya, west of the capital, dozens of residents angry over a wave of kidnappings stormed the municipal council building on Tuesday and set part of it on fire. No one was hurt, a council member said.

Caption: Smoke over the Souq al-Juma district of Tripoli, Monday night.""", [
  E(cur, "Armed clash", "Fighters of the Radaa Special Deterrence Forces and the 444th Brigade exchanged fire", P("Tripoli", "LY", 2), "monday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3, fat=4, inj=9),
  unscored(E(cur, "Agreement", "The two groups agreed to a ceasefire on Tuesday evening", P("Tripoli", "LY"), "tuesday",
             a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3), "geo_precision"),
  E(cur, "Violent demonstration", "dozens of residents angry over a wave of kidnappings stormed the municipal council building", P("Zawiya", "LY", geoname="Az Zawiyah"), "tuesday",
    a1="Rioters (Libya)", i1=5, fat=0, inj=0),
  unscored(E(cap, "Armed clash", "Smoke over the Souq al-Juma district of Tripoli, Monday night", P("Tripoli", "LY", 2), "monday",
             a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3), "fatalities", "injuries", "geo_precision"),
]),

S("st-ae-009", "2026-07-01", """IRAQ/
Islamic State attack kills three soldiers near Kirkuk; Turkish shells hit orchards in Duhok; Basra water protest turns violent

BAGHDAD, July 1 (Wire) - Islamic State militants attacked an Iraqi army post in the Wadi al-Shay valley south of Kirkuk late on Sunday, killing three soldiers and wounding two, security sources said. An officer said the attackers fled towards the Hamrin mountains.

In the Kurdistan region, Turkish artillery shelled orchards near the village of Kani Masi, north of Amadiya, in Duhok province, on Monday, starting fires, a local official said. There were no casualties.

In Basra, hundreds of people protested outside the provincial council building on Tuesday over salty tap water. Some threw stones at riot police, who fired into the air and used water cannon. Five protesters and three policemen were injured, a health official said.

Basra's water crisis has worsened every summer since 2018, when protests over polluted water left several people dead.""", [
  E(cur, "Armed clash", "Islamic State militants attacked an Iraqi army post in the Wadi al-Shay valley south of Kirkuk", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "sunday",
    a1="Islamic State (Iraq)", i1=2, a2=IRQ, i2=1, fat=3, inj=2),
  E(cur, "Shelling/artillery/missile attack", "Turkish artillery shelled orchards near the village of Kani Masi", P("Kani Masi", "IQ", 2, lat=37.23, lon=43.44, a1="Duhok"), "monday",
    a1=TUR, i1=8, a2="Civilians (Iraq)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "hundreds of people protested outside the provincial council building on Tuesday over salty tap water", P("Basra", "IQ", geoname="Al Basrah", a1="Basra"), "tuesday",
    a1="Rioters (Iraq)", i1=5, a2=IRQ_POL, i2=1, inj=8),
]),

S("st-ae-010", "2026-01-21", """SYRIA/
Israeli troops detain three in Quneitra village; Druze and Bedouin gunmen clash in Sweida countryside

DAMASCUS, Jan 21 (Wire) - Israeli troops entered the village of Khan Arnabah in the Quneitra countryside before dawn on Tuesday, searched several homes and detained three young men, the state news agency SANA said. The Israeli military said it had detained "suspects involved in terror activity".

In Sweida province, Druze gunmen and Bedouin tribal fighters exchanged fire with rifles and mortars west of the city of Sweida on Monday, leaving four dead, a local monitoring network said. Interior ministry forces deployed to the area on Tuesday to separate the two sides, the ministry said.

In Idlib, hundreds of people protested on Monday against a rise in electricity prices, chanting against the local power company.

Clashes between Druze and Bedouin fighters in Sweida in July 2025 killed more than 1,000 people.""", [
  E(cur, "Arrests", "Israeli troops entered the village of Khan Arnabah in the Quneitra countryside", P("Khan Arnabah", "SY", lat=33.18, lon=35.89, a1="Quneitra"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7),
  E(cur, "Armed clash", "Druze gunmen and Bedouin tribal fighters exchanged fire with rifles and mortars west of the city of Sweida", P("Sweida", "SY", 2, geoname="As Suwayda'", a1="As-Sweida"), "monday",
    a1="Druze Militia (Syria)", i1=4, a2="Bedouin Tribal Militia (Syria)", i2=4, fat=4),
  E(cur, "Peaceful protest", "hundreds of people protested on Monday against a rise in electricity prices", P("Idlib", "SY"), "monday",
    a1="Protesters (Syria)", i1=6),
]),

S("st-ae-011", "2026-11-11", """No PR-231/2026-ISPR
Rawalpindi - November 11, 2026

On 10 November 2026, security forces conducted an intelligence based operation in the general area of Mir Ali, North Waziristan District, on the reported presence of khwarij belonging to Indian proxy Fitna al Khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, seven khwarij were sent to hell. However, during the exchange of fire, Sepoy Ahmed Nawaz (age 24 years, resident of District Bannu), having fought gallantly, embraced shahadat.

In another engagement in the general area of Tank District, security forces neutralized two more khwarij.

Sanitization operation is being conducted to eliminate any other khwarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in the general area of Mir Ali", P("Mir Ali", "PK", 2, lat=33.0, lon=70.27, a1="Khyber Pakhtunkhwa"), "2026-11-10",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=8),
  unscored(E(cur, "Armed clash", "security forces neutralized two more khwarij", P("Tank", "PK", 3, lat=32.22, lon=70.38, a1="Khyber Pakhtunkhwa", a2="Tank"), None,
             a1=PAK, i1=1, a2=TTP, i2=2, fat=2), "event_date", "time_precision"),
], register="official"),

S("st-ae-012", "2026-05-06", """Gunfight in Manipur foothills leaves one dead; curfew clamped in Bishnupur district

IMPHAL: Kuki and Meitei armed volunteers exchanged heavy fire for about three hours in the foothills near Moirang on Monday, police said. One village volunteer was killed and two others were injured; they were taken to the Regional Institute of Medical Sciences in Imphal.

Following the incident, the Bishnupur district magistrate imposed a total curfew across the district from 5 p.m. on Monday.

On Tuesday, hundreds of women marched in Imphal against the violence. Security forces fired tear gas shells when the marchers tried to move towards the Raj Bhavan, and several women were hurt, witnesses said.

More than 250 people have been killed in the ethnic violence in Manipur since May 2023.""", [
  E(cur, "Armed clash", "Kuki and Meitei armed volunteers exchanged heavy fire for about three hours in the foothills near Moirang", P("Moirang", "IN", 2), "monday",
    a1="Kuki Ethnic Militia (India)", i1=4, a2="Meitei Ethnic Militia (India)", i2=4, fat=1, inj=2),
  E(cur, "Other", "the Bishnupur district magistrate imposed a total curfew across the district", P("Bishnupur", "IN", 3, lat=24.63, lon=93.76, a1="Manipur", a2="Bishnupur"), "monday"),
  E(cur, "Protest with intervention", "hundreds of women marched in Imphal against the violence", P("Imphal", "IN"), "tuesday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1, inj=3),
], register="local"),

S("st-ae-013", "2026-09-02", """Arakan Army and regime troops fight on Kyaukphyu outskirts; air strike on Ye-U monastery kills nine

(Regional press, English service)

Fighting between the Arakan Army (AA) and regime troops continued on the outskirts of Kyaukphyu on Sunday and Monday, an AA spokesman said, with both sides using drones and artillery. He did not give casualty figures.

A regime aircraft bombed a monastery in a village of Ye-U township, Sagaing region, on Monday afternoon, where displaced villagers were sheltering, killing nine people, including three children, local resistance sources said. The monastery's main hall collapsed.

On Tuesday, the military council extended martial law in 12 townships of Sagaing region for another 90 days, state media reported.

The AA has controlled 14 of Rakhine state's 17 townships since late 2024.""", [
  E(cur, "Armed clash", "Fighting between the Arakan Army (AA) and regime troops continued on the outskirts of Kyaukphyu", P("Kyaukphyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "sunday", tp=2,
    a1="Arakan Army", i1=2, a2=MMR, i2=1),
  E(cur, "Air/drone strike", "A regime aircraft bombed a monastery in a village of Ye-U township", P("Ye-U", "MM", 3, lat=22.77, lon=95.43, a1="Sagaing"), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
  unscored(E(cur, "Other", "the military council extended martial law in 12 townships of Sagaing region", P("Sagaing", "MM", 3, lat=21.88, lon=95.98, a1="Sagaing"), "tuesday",
             a1="Government of Myanmar (2021-)", i1=1), "geo_precision"),
], register="local"),

S("st-ae-014", "2026-02-25", """2 soldiers, 2 Dawlah Islamiyah members killed in Butig firefight; NPA rebels torch road equipment in Samar

MARAWI CITY - Two soldiers were killed and three others wounded in a firefight with members of the Dawlah Islamiyah-Maute group in the hinterlands of Butig, Lanao del Sur, on Monday afternoon, the military said. Troops recovered the bodies of two militants after the hour-long encounter.

In Northern Samar, suspected New People's Army rebels set fire to a backhoe and a dump truck of a contractor building a farm-to-market road in Las Navas on Sunday, police said. No one was hurt. Police said the rebels had demanded "revolutionary taxes" from the contractor.

The fallen soldiers will be given military honors at their home towns, the brigade commander said.""", [
  E(cur, "Armed clash", "Two soldiers were killed and three others wounded in a firefight with members of the Dawlah Islamiyah-Maute group", P("Butig", "PH", 2, lat=7.72, lon=124.3, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "monday",
    a1=PHL, i1=1, a2="Dawlah Islamiyah", i2=2, fat=4, inj=3),
  E(cur, "Looting/property destruction", "suspected New People's Army rebels set fire to a backhoe and a dump truck", P("Las Navas", "PH", lat=12.34, lon=125.03, a1="Eastern Visayas"), "sunday",
    a1=NPA, i1=2, a2="Civilians (Philippines)", i2=7, fat=0, inj=0),
], register="local"),

S("st-ae-015", "2026-07-29", """COLOMBIA/
ELN drones wound five soldiers at Tibu base; Clan del Golfo orders 'armed strike' in Choco after commander killed

BOGOTA, July 29 (Wire) - ELN guerrillas attacked a military base in Tibu, in the Catatumbo region of Norte de Santander, with explosive-laden drones on Monday, wounding five soldiers, the army said.

In Choco, the Clan del Golfo ordered residents of several municipalities of the San Juan region to stay at home from Tuesday in what it called an "armed strike". Shops and schools were closed in Istmina on Tuesday and river transport stopped, local officials said.

The group announced the measure after the army said troops had killed one of its regional commanders, known as "Gonzalito", in an operation near Istmina on Saturday. The army said no soldiers were hurt.

More than 60,000 people fled the Catatumbo region when fighting between the ELN and FARC dissidents broke out in January 2025.""", [
  E(cur, "Air/drone strike", "ELN guerrillas attacked a military base in Tibu", P("Tibu", "CO"), "monday",
    a1=ELN, i1=2, a2=COL, i2=1, inj=5),
  unscored(E(cur, "Other", "the Clan del Golfo ordered residents of several municipalities of the San Juan region to stay at home", P("Istmina", "CO"), "tuesday",
             a1="Clan del Golfo", i1=3, a2="Civilians (Colombia)", i2=7), "geo_precision"),
  E(cur, "Armed clash", "troops had killed one of its regional commanders, known as \"Gonzalito\", in an operation near Istmina", P("Istmina", "CO", 2), "saturday",
    a1=COL, i1=1, a2="Clan del Golfo", i2=3, fat=1, inj=0),
]),

S("st-ae-016", "2026-03-04", """MEXICO/
Cartel drones wound three National Guard members in Michoacan; six dead as Sinaloa factions fight in Culiacan

MEXICO CITY, March 4 (Wire) - Suspected members of the Jalisco New Generation Cartel dropped explosives from drones on a National Guard patrol on a dirt road outside Apatzingan on Monday, wounding three guardsmen, the Michoacan state security secretariat said.

In Culiacan, gunmen of the two Sinaloa Cartel factions, Los Chapitos and La Mayiza, fought a two-hour gun battle in the Aguaruto neighbourhood on Monday, leaving six dead, state prosecutors said. Soldiers arrived after the shooting had stopped.

On Tuesday, about 200 relatives of missing people marched through central Culiacan to demand that the authorities search for their loved ones. The march was peaceful.

Prosecutors say more than 1,900 people have been killed in Sinaloa since the war between the factions began in September 2024.""", [
  E(cur, "Air/drone strike", "dropped explosives from drones on a National Guard patrol on a dirt road outside Apatzingan", P("Apatzingan", "MX", 2, admin1="Michoacan"), "monday",
    a1="Cartel Jalisco Nueva Generacion", i1=3, a2="National Guard of Mexico (2019-)", i2=1, inj=3),
  E(cur, "Armed clash", "gunmen of the two Sinaloa Cartel factions, Los Chapitos and La Mayiza, fought a two-hour gun battle", P("Culiacan", "MX", 2, admin1="Sinaloa"), "monday",
    a1="Los Chapitos", i1=3, a2="La Mayiza", i2=3, fat=6),
  E(cur, "Peaceful protest", "about 200 relatives of missing people marched through central Culiacan", P("Culiacan", "MX", admin1="Sinaloa"), "tuesday",
    a1="Protesters (Mexico)", i1=6),
]),

S("st-ae-017", "2026-10-14", """HAITI/
Gangs kill seven in Lascahobas raid; police hit back; mob kills two suspected gang members in Delmas

PORT-AU-PRINCE, Oct 14 (Wire) - Members of the Viv Ansanm gang coalition attacked the town of Lascahobas, in Haiti's Centre department, on Sunday, shooting residents and burning homes, local officials said. At least seven people were killed.

On Monday, police backed by soldiers launched an operation in the area and killed four gang members, the national police said. Two officers were wounded.

In Delmas, next to the capital, residents beat and burned to death two men they accused of being gang members on Tuesday morning, witnesses said.

The seven people killed in Lascahobas were buried on Tuesday, a local official said.

The UN says more than 1.3 million people have been displaced by gang violence in Haiti.""", [
  E(cur, "Attack", "Members of the Viv Ansanm gang coalition attacked the town of Lascahobas", P("Lascahobas", "HT"), "sunday",
    a1="Viv Ansanm", i1=3, a2="Civilians (Haiti)", i2=7, fat=7),
  E(cur, "Armed clash", "police backed by soldiers launched an operation in the area and killed four gang members", P("Lascahobas", "HT", 2), "monday",
    a1="Police Forces of Haiti (2024-)", i1=1, assoc_actor_1="Military Forces of Haiti (2024-)", a2="Viv Ansanm", i2=3, fat=4, inj=2),
  E(cur, "Mob violence", "residents beat and burned to death two men they accused of being gang members", P("Delmas", "HT", lat=18.54, lon=-72.3, a1="Ouest"), "tuesday",
    a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=2),
]),

S("st-ae-018", "2026-05-20", """UKRAINE/
Russian missile kills four in Zaporizhzhia; drone hits Mykolaiv apartment block; Ukrainian drone knocks out Shebekino substation

KYIV, May 20 (Wire) - A Russian ballistic missile hit a residential area of Zaporizhzhia's Shevchenkivskyi district on Tuesday evening, killing four people and injuring 19, regional governor Ivan Fedorov said. Ukraine's air force said it had shot down 48 of 62 drones launched at the country overnight.

A drone hit a nine-storey apartment building in Mykolaiv early on Wednesday, injuring two people and starting a fire, the regional administration said.

In Russia's Belgorod region, a Ukrainian drone struck an electricity substation in Shebekino on Tuesday, cutting power to thousands of homes, the regional governor said. No one was hurt.

Caption: Rescuers search the rubble of a building hit by a missile in Zaporizhzhia, Tuesday.""", [
  E(cur, "Shelling/artillery/missile attack", "A Russian ballistic missile hit a residential area of Zaporizhzhia's Shevchenkivskyi district", P("Zaporizhzhia", "UA", 2, lat=47.82, lon=35.19, a1="Zaporizhzhia"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=4, inj=19),
  E(cur, "Air/drone strike", "A drone hit a nine-storey apartment building in Mykolaiv", P("Mykolaiv", "UA", lat=46.97, lon=31.99, a1="Mykolaiv"), "wednesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Air/drone strike", "a Ukrainian drone struck an electricity substation in Shebekino", P("Shebekino", "RU"), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
  unscored(E(cap, "Shelling/artillery/missile attack", "Rescuers search the rubble of a building hit by a missile in Zaporizhzhia, Tuesday", P("Zaporizhzhia", "UA", 2, lat=47.82, lon=35.19, a1="Zaporizhzhia"), "tuesday",
             a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ae-019", "2026-06-24", """MIDEAST/
Israeli drone kills man in Bint Jbeil; strike on Mawasi tent kills five; settlers beat Sinjil farmers

BEIRUT/GAZA, June 24 (Wire) - An Israeli drone struck a motorcycle in the southern Lebanese town of Bint Jbeil on Tuesday, killing its rider, Lebanon's health ministry said. The Israeli military said the man was a Hezbollah operative; his family said he was a farmer.

In the Gaza Strip, an Israeli strike on a tent in the Mawasi area west of Khan Younis killed five people, including two children, on Monday night, the Nasser hospital said.

In the occupied West Bank, Israeli settlers attacked Palestinian farmers working their land on the edge of Sinjil, north of Ramallah, on Tuesday, beating three of them with sticks and stones, the village council said. The three were taken to hospital in Ramallah.""", [
  unscored(E(cur, "Air/drone strike", "An Israeli drone struck a motorcycle in the southern Lebanese town of Bint Jbeil", P("Bint Jbeil", "LB", lat=33.12, lon=35.43, a1="Nabatieh"), "tuesday",
             a1=ISR, i1=8, fat=1), "actor2", "inter2"),
  E(cur, "Air/drone strike", "an Israeli strike on a tent in the Mawasi area west of Khan Younis", P("Khan Younis", "PS", 2, geoname="Khan Yunis"), "monday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=5),
  E(cur, "Attack", "Israeli settlers attacked Palestinian farmers working their land on the edge of Sinjil", P("Sinjil", "PS", 2, lat=32.03, lon=35.27, a1="West Bank"), "tuesday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, inj=3),
]),

S("st-ae-020", "2026-11-25", """EUROPE: THE WEEK IN BRIEF (16-22 November)

FRANCE - Youths threw fireworks at police and set fire to cars and a bus shelter in the Val-Fourre estate of Mantes-la-Jolie on Tuesday night after a teenager was injured in a police chase. Police used tear gas; 14 people were arrested.

SPAIN - Several thousand farmers drove tractors through the centre of Zaragoza on Monday to protest against a trade deal with South American countries. The protest passed off without incident.

SERBIA - Police used pepper spray to disperse students who tried to block a bridge in Belgrade on Saturday in protest against the government; 21 people were detained.

GREECE - A bomb exploded outside the offices of a private security firm in Kifisia, north of Athens, on Thursday night after a warning call to a newspaper. No one was hurt.

NEXT WEEK - Farmers' unions in Belgium have called a tractor protest in Brussels for Wednesday.""", [
  E(cur, "Violent demonstration", "Youths threw fireworks at police and set fire to cars and a bus shelter in the Val-Fourre estate of Mantes-la-Jolie", P("Mantes-la-Jolie", "FR", 2), "2026-11-17",
    a1="Rioters (France)", i1=5, a2="Police Forces of France (2017-)", i2=1),
  E(cur, "Peaceful protest", "Several thousand farmers drove tractors through the centre of Zaragoza", P("Zaragoza", "ES"), "2026-11-16",
    a1="Protesters (Spain)", i1=6),
  E(cur, "Protest with intervention", "Police used pepper spray to disperse students who tried to block a bridge in Belgrade", P("Belgrade", "RS"), "2026-11-21",
    a1="Protesters (Serbia)", i1=6, a2="Police Forces of Serbia (2012-)", i2=1),
  E(cur, "Remote explosive/landmine/IED", "A bomb exploded outside the offices of a private security firm in Kifisia", P("Kifisia", "GR"), "2026-11-19",
    a1="Unidentified Armed Group (Greece)", i1=3, a2="Civilians (Greece)", i2=7, fat=0, inj=0),
  unscored(E(hyp, "Peaceful protest", "Farmers' unions in Belgium have called a tractor protest in Brussels", P("Brussels", "BE"), "2026-12-02",
             a1="Protesters (Belgium)", i1=6), "event_date", "time_precision"),
], register="digest"),

S("st-ae-021", "2026-05-06", """LAKE CHAD/
Boko Haram fighters kill five near Tourou; Chadian troops repel attack on Lake Chad island post

MAROUA/N'DJAMENA, May 6 (Wire) - Boko Haram fighters raided a village near Tourou, in Cameroon's Far North region, on Sunday night, killing five people and stealing goats and grain, a local official said. The attackers came from across the Nigerian border, he said, and left letters warning that they would come back to kill anyone who helped the army.

In Chad, troops repelled an attack by Boko Haram fighters on an army post on an island near Baga Sola, in the Lac province, on Monday, the army spokesman said, adding that 13 attackers and two soldiers were killed.

On Tuesday, about 300 residents of Mora protested peacefully outside the sub-prefect's office to demand more soldiers in their villages.

Caption: A Chadian soldier on patrol on Lake Chad, March 2024.""", [
  E(cur, "Attack", "Boko Haram fighters raided a village near Tourou", P("Tourou", "CM", 2, lat=10.93, lon=13.85, a1="Far North"), "sunday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Cameroon)", i2=7, fat=5),
  unscored(E(thr, "Attack", "left letters warning that they would come back to kill anyone who helped the army", P("Tourou", "CM", 2, lat=10.93, lon=13.85, a1="Far North"), None,
             a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Cameroon)", i2=7), "event_date", "time_precision", "fatalities", "injuries"),
  E(cur, "Armed clash", "troops repelled an attack by Boko Haram fighters on an army post on an island near Baga Sola", P("Baga Sola", "TD", 2, lat=13.53, lon=14.32, a1="Lac"), "monday",
    a1="Military Forces of Chad (2021-)", i1=1, a2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i2=2, fat=15),
  E(cur, "Peaceful protest", "about 300 residents of Mora protested peacefully outside the sub-prefect's office", P("Mora", "CM"), "tuesday",
    a1="Protesters (Cameroon)", i1=6),
]),

S("st-ae-022", "2026-03-11", """CENTRAL AFRICAN REPUBLIC/
3R fighters ambush soldiers near Bocaranga; Bangui traders protest over new market tax

BANGUI, March 11 (Wire) - Fighters of the 3R armed group ambushed an army patrol on the road north of Bocaranga, in the Ouham-Pende prefecture, on Saturday, killing two soldiers, a military source said. The source said the patrol returned fire and killed four attackers.

The 3R is split between commanders who back a 2025 peace deal with the government and those who reject it.

In Bangui, hundreds of traders closed their stalls at the PK5 market on Monday and marched to the city hall to protest against a new municipal tax. Police fired tear gas when the marchers tried to enter the building, and a dozen people were arrested, witnesses said.""", [
  E(cur, "Armed clash", "Fighters of the 3R armed group ambushed an army patrol on the road north of Bocaranga", P("Bocaranga", "CF", 2, lat=6.99, lon=15.64, a1="Ouham-Pende"), "saturday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Military Forces of the Central African Republic (2016-)", i2=1, fat=6),
  E(cur, "Protest with intervention", "hundreds of traders closed their stalls at the PK5 market on Monday and marched to the city hall", P("Bangui", "CF"), "monday",
    a1="Protesters (Central African Republic)", i1=6, a2="Police Forces of the Central African Republic (2016-)", i2=1),
]),

S("st-ae-023", "2026-02-25", """SOUTH SUDAN/
Army and SPLA-IO fight near Akobo; raiders kill eight in Gogrial cattle camp

JUBA, Feb 25 (Wire) - The South Sudan People's Defence Forces (SSPDF) and fighters of the SPLA-IO clashed on the outskirts of Akobo, in Jonglei state, on Sunday and Monday, both sides said. The army said it had killed 27 rebels; the SPLA-IO said it had repulsed the army and lost six men. Neither account could be verified.

In Warrap state, armed cattle raiders attacked a cattle camp near Gogrial on Monday night, killing eight herders and driving away hundreds of cows, the county commissioner said. Three of the raiders were killed by the camp's defenders, he said.

The UN peacekeeping mission said on Tuesday it was "deeply concerned" about the fighting in Jonglei and urged both sides to respect the 2018 peace agreement.""", [
  E(cur, "Armed clash", "The South Sudan People's Defence Forces (SSPDF) and fighters of the SPLA-IO clashed on the outskirts of Akobo", P("Akobo", "SS", 2, lat=7.78, lon=33.0, a1="Jonglei"), "sunday", tp=2,
    a1="Military Forces of South Sudan (2011-)", i1=1, a2="SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition", i2=2, fat=6),
  E(cur, "Attack", "armed cattle raiders attacked a cattle camp near Gogrial", P("Gogrial", "SS", 2, a1="Warrap"), "monday",
    a1="Unidentified Armed Group (South Sudan)", i1=3, a2="Civilians (South Sudan)", i2=7, fat=11),
]),

S("st-ae-024", "2026-07-08", """EAST AFRICA IN BRIEF

UGANDA: Police fired tear gas and live bullets into the air to break up a rally of the opposition National Unity Platform (NUP) in Masaka on Saturday, arresting 14 supporters. The NUP said six of its supporters were injured.

TANZANIA: Police arrested three senior officials of the opposition party Chadema at their homes in Dar es Salaam on Monday, a day before a planned protest over the detention of the party's chairman. The party called off Tuesday's protest.

KENYA: Traders in Mombasa's Marikiti market held a peaceful sit-in on Monday against the relocation of the market.

UGANDA: The army said on Tuesday that it had killed seven ADF rebels in an operation in the Semuliki forest in Bundibugyo district over the weekend.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and live bullets into the air to break up a rally of the opposition National Unity Platform (NUP) in Masaka", P("Masaka", "UG", a1="Central"), "saturday",
    a1="Protesters (Uganda)", i1=6, a2="Police Forces of Uganda (1986-)", i2=1, inj=6),
  E(cur, "Arrests", "Police arrested three senior officials of the opposition party Chadema at their homes in Dar es Salaam", P("Dar es Salaam", "TZ"), "monday",
    a1="Police Forces of Tanzania (2021-)", i1=1, a2="CHADEMA: Party for Democracy and Progress", i2=7),
  E(cur, "Peaceful protest", "Traders in Mombasa's Marikiti market held a peaceful sit-in", P("Mombasa", "KE"), "monday",
    a1="Protesters (Kenya)", i1=6),
  E(cur, "Armed clash", "it had killed seven ADF rebels in an operation in the Semuliki forest in Bundibugyo district", P("Bundibugyo", "UG", 3, lat=0.71, lon=30.06, a1="Western", a2="Bundibugyo"), "saturday", tp=2,
    a1="Military Forces of Uganda (1986-)", i1=1, a2="ADF: Allied Democratic Forces", i2=2, fat=7),
], register="digest"),

S("st-ae-025", "2026-06-10", """BANGLADESH/
BNP and Jamaat supporters clash in Patiya, 30 hurt; mob vandalises Hindu homes in Sirajganj

DHAKA, June 10 (Wire) - Supporters of the Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami fought with sticks, bricks and machetes in Patiya, south of Chattogram, on Monday over control of a local bus stand, police said. At least 30 people were injured. Police said they fired tear gas to separate the two groups.

In Sirajganj, a mob vandalised and looted at least 12 Hindu homes and a temple in a village on Sunday night after a rumour spread on social media that a Hindu youth had insulted Islam, police and residents said. Three people were injured.

On Tuesday, police arrested five people from their homes in Sirajganj in connection with the attack on the Hindu homes, the district police chief said.""", [
  E(cur, "Mob violence", "Supporters of the Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami fought with sticks, bricks and machetes in Patiya", P("Patiya", "BD", a1="Chattogram"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, inj=30),
  unscored(E(cur, "Mob violence", "a mob vandalised and looted at least 12 Hindu homes and a temple in a village", P("Sirajganj", "BD", 3, lat=24.46, lon=89.71, a1="Rajshahi"), "sunday",
             a1="Rioters (Bangladesh)", i1=5, a2="Civilians (Bangladesh)", i2=7, inj=3), "geo_precision"),
  unscored(E(cur, "Arrests", "police arrested five people from their homes in Sirajganj", P("Sirajganj", "BD", 3, lat=24.46, lon=89.71, a1="Rajshahi"), "tuesday",
             a1="Police Forces of Bangladesh (2024-)", i1=1, a2="Rioters (Bangladesh)", i2=5), "geo_precision"),
]),

S("st-ae-026", "2026-06-10", """PAPUA/
Rebels shoot two construction workers in Intan Jaya; troops and TPNPB exchange fire near Ilaga

JAYAPURA (Regional press) - Members of the West Papua National Liberation Army (TPNPB) shot dead two construction workers building a bridge in Intan Jaya regency on Monday morning, the regional police chief said. The TPNPB said in a statement that the two were "spies of the Indonesian military".

On Tuesday, soldiers and TPNPB fighters exchanged fire for about an hour on a hill near Ilaga, in Puncak regency, a military spokesman said. One soldier was wounded.

The two workers' bodies were flown to Timika on Tuesday.""", [
  E(cur, "Attack", "Members of the West Papua National Liberation Army (TPNPB) shot dead two construction workers building a bridge in Intan Jaya regency", P("Intan Jaya", "ID", 3, lat=-3.74, lon=137.05, a1="Central Papua"), "monday",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Armed clash", "soldiers and TPNPB fighters exchanged fire for about an hour on a hill near Ilaga", P("Ilaga", "ID", 2, lat=-3.95, lon=137.4, a1="Central Papua"), "tuesday",
    a1="Military Forces of Indonesia (2024-)", i1=1, a2="TPNPB: West Papua National Liberation Army", i2=2, inj=1),
], register="local"),

S("st-ae-027", "2026-11-11", """Tribal fighting flares again near Wabag; Porgera landowners block mine road

WABAG (Regional press) - Fighting between two tribes resumed near Wabag, the capital of Enga Province, on Sunday, with fighters using high-powered rifles, the provincial police commander said. Four men were shot dead and several houses were burned. Police reinforcements were sent from Mount Hagen on Monday.

In Porgera, dozens of landowners blocked the road to the gold mine on Monday to demand royalty payments, and the road remained closed on Tuesday. The blockade was peaceful, police said.

Enga has been hit by repeated tribal fighting since an ambush killed dozens near Wabag in February 2024.""", [
  E(cur, "Armed clash", "Fighting between two tribes resumed near Wabag", P("Wabag", "PG", 2), "sunday",
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4, fat=4),
  E(cur, "Peaceful protest", "dozens of landowners blocked the road to the gold mine", P("Porgera", "PG"), "monday",
    a1="Protesters (Papua New Guinea)", i1=6),
], register="local"),

S("st-ae-028", "2026-01-21", """IRAN/
Jaish al-Adl attack kills three Revolutionary Guards near Khash; pensioners protest in Tehran

DUBAI, Jan 21 (Wire) - Gunmen of the Sunni militant group Jaish al-Adl attacked a Revolutionary Guards post near Khash, in Sistan-Baluchestan province, on Monday night, killing three guards, Iranian state media said. The group claimed the attack on its Telegram channel. State media said security forces killed two of the attackers in a pursuit on Tuesday.

In Tehran, hundreds of retired steel and telecom workers protested outside the parliament on Tuesday to demand higher pensions. Videos posted online showed security forces pushing protesters and detaining several of them.

Iran hanged two men in Zahedan prison last week after they were convicted of drug trafficking, a rights group said.""", [
  E(cur, "Armed clash", "Gunmen of the Sunni militant group Jaish al-Adl attacked a Revolutionary Guards post near Khash", P("Khash", "IR", 2), "monday",
    a1="Jaish al-Adl", i1=2, a2="Islamic Revolutionary Guard Corps", i2=1, fat=3),
  unscored(E(cur, "Armed clash", "security forces killed two of the attackers in a pursuit", P("Khash", "IR", 2), "tuesday",
             a1="Military Forces of Iran (1989-)", i1=1, a2="Jaish al-Adl", i2=2, fat=2), "actor1", "inter1"),
  E(cur, "Protest with intervention", "hundreds of retired steel and telecom workers protested outside the parliament", P("Tehran", "IR"), "tuesday",
    a1="Protesters (Iran)", i1=6, a2="Police Forces of Iran (1989-)", i2=1),
]),

S("st-ae-029", "2026-11-18", """YEMEN/
AQAP attack kills four Security Belt fighters in Abyan; Israeli strikes hit Hodeidah port

ADEN, Nov 18 (Wire) - Al Qaeda in the Arabian Peninsula (AQAP) militants attacked a checkpoint of the Security Belt forces near Mudiyah, in Abyan province, at dawn on Monday, killing four of its fighters, a Security Belt official said. Two militants were killed, he said.

Israeli warplanes struck fuel storage tanks and a pier at Hodeidah port on Sunday evening, the Houthi-run health ministry said, killing two port workers and wounding 11. The Israeli military said it had hit "infrastructure used by the Houthi regime" in response to missile launches at Israel.

The Houthis have fired missiles and drones at Israel since November 2023, saying they act in support of Gaza.""", [
  E(cur, "Armed clash", "Al Qaeda in the Arabian Peninsula (AQAP) militants attacked a checkpoint of the Security Belt forces near Mudiyah", P("Mudiyah", "YE", 2, a1="Abyan"), "monday",
    a1="AQAP: Al Qaeda in the Arabian Peninsula", i1=2, a2="Security Belt Forces", i2=3, fat=6),
  E(cur, "Air/drone strike", "Israeli warplanes struck fuel storage tanks and a pier at Hodeidah port", P("Hodeidah", "YE", lat=14.8, lon=42.95, a1="Al Hudaydah"), "sunday",
    a1=ISR, i1=8, a2="Civilians (Yemen)", i2=7, fat=2, inj=11),
]),

S("st-ae-030", "2026-11-04", """AFGHANISTAN/PAKISTAN
Border forces trade fire at Spin Boldak-Chaman crossing; bomb kills two at Kabul money market

KABUL, Nov 4 (Wire) - Afghan and Pakistani border forces exchanged heavy fire near the Spin Boldak border crossing, in Afghanistan's Kandahar province, on Monday evening after a dispute over a new fence, officials on both sides said. A Taliban spokesman in Kandahar said two Afghan border guards and a civilian were killed; Pakistani officials said three of their soldiers were wounded. The crossing was closed on Tuesday.

In Kabul, a bomb hidden in a cart exploded at the Sarai Shahzada money market on Tuesday morning, killing two money changers and wounding five, a Kabul police spokesman said. No group claimed the attack.

The two countries fought their heaviest border battles in years in October 2025.""", [
  E(cur, "Armed clash", "Afghan and Pakistani border forces exchanged heavy fire near the Spin Boldak border crossing", P("Spin Boldak", "AF", 2), "monday",
    a1="Military Forces of Afghanistan (2021-)", i1=1, a2="Military Forces of Pakistan (2024-)", i2=8, fat=3, inj=3),
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a cart exploded at the Sarai Shahzada money market", P("Kabul", "AF"), "tuesday",
    a1="Unidentified Armed Group (Afghanistan)", i1=3, a2="Civilians (Afghanistan)", i2=7, fat=2, inj=5),
]),

S("st-ae-031", "2026-05-06", """CAUCASUS/
Georgian police use water cannon on Tbilisi protesters; Armenian opposition activists detained

TBILISI/YEREVAN, May 6 (Wire) - Georgian riot police used water cannon and pepper spray on Saturday night to disperse several thousand pro-European protesters who had blocked Rustaveli Avenue in central Tbilisi, the interior ministry said. Twenty-seven people were detained, it said. The protesters have marched every evening since November 2024.

In Armenia, police detained 11 members of an opposition movement at their homes in Yerevan and Gyumri on Monday, accusing them of plotting mass unrest before the June elections, the Investigative Committee said. The movement said the charges were invented.

On Tuesday, about 2,000 people rallied peacefully in Yerevan's Liberty Square to demand the activists' release.""", [
  E(cur, "Protest with intervention", "Georgian riot police used water cannon and pepper spray on Saturday night to disperse several thousand pro-European protesters", P("Tbilisi", "GE", a1="Tbilisi"), "saturday",
    a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1),
  E(cur, "Arrests", "police detained 11 members of an opposition movement at their homes in Yerevan and Gyumri", P("Yerevan", "AM"), "monday",
    a1="Police Forces of Armenia (2018-)", i1=1, a2="Civilians (Armenia)", i2=7),
  E(cur, "Arrests", "police detained 11 members of an opposition movement at their homes in Yerevan and Gyumri", P("Gyumri", "AM"), "monday",
    a1="Police Forces of Armenia (2018-)", i1=1, a2="Civilians (Armenia)", i2=7),
  E(cur, "Peaceful protest", "about 2,000 people rallied peacefully in Yerevan's Liberty Square", P("Yerevan", "AM"), "tuesday",
    a1="Protesters (Armenia)", i1=6),
]),

S("st-ae-032", "2026-03-18", """TURKEY/
Police fire tear gas at Istanbul students; bomb squad defuses device outside Mersin police station

ISTANBUL, March 18 (Wire) - Police fired tear gas and rubber bullets on Tuesday at hundreds of university students who tried to march from Beyazit Square towards Taksim in protest against the arrest of a student union leader, and detained 53 of them, the Istanbul governor's office said.

In the southern city of Mersin, a bomb squad defused an explosive device left in a bag outside a police station on Monday night, the governor's office said. No one was hurt.

In Diyarbakir, tens of thousands of people gathered for Nowruz celebrations on Sunday, waving Kurdish colours. The celebrations passed off peacefully.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and rubber bullets on Tuesday at hundreds of university students", P("Istanbul", "TR"), "tuesday",
    a1="Protesters (Turkey)", i1=6, a2="Police Forces of Turkey (2002-)", i2=1),
  E(cur, "Disrupted weapons use", "a bomb squad defused an explosive device left in a bag outside a police station", P("Mersin", "TR", lat=36.81, lon=34.64, a1="Mersin"), "monday",
    a1="Police Forces of Turkey (2002-)", i1=1, fat=0, inj=0),
]),

S("st-ae-033", "2026-01-14", """ANDES/
Gunmen kill six miners in Peru's Pataz; Bolivian police clear highway blockade; Cusco protesters stone police

LIMA/LA PAZ, Jan 14 (Wire) - Gunmen killed six artisanal miners inside a gold mine tunnel in Peru's Pataz province on Sunday, police said, blaming a criminal gang fighting a rival group for control of the gold veins. The bodies were found on Monday by other miners.

In Bolivia, police fired tear gas on Monday to clear a blockade that supporters of a jailed coca growers' leader had kept on the highway at Quillacollo, west of Cochabamba, for five days. Twenty people were arrested.

In southern Peru, hundreds of protesters demanding the resignation of the regional governor threw stones at police outside the Cusco airport on Tuesday. Police fired tear gas; eight officers were injured, the interior ministry said.""", [
  E(cur, "Attack", "Gunmen killed six artisanal miners inside a gold mine tunnel in Peru's Pataz province", P("Pataz", "PE", 3, lat=-8.28, lon=-77.3, a1="La Libertad", a2="Pataz"), "sunday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=6),
  E(cur, "Protest with intervention", "police fired tear gas on Monday to clear a blockade", P("Quillacollo", "BO", lat=-17.39, lon=-66.28, a1="Cochabamba"), "monday",
    a1="Protesters (Bolivia)", i1=6, a2="Police Forces of Bolivia (2025-)", i2=1),
  E(cur, "Violent demonstration", "hundreds of protesters demanding the resignation of the regional governor threw stones at police outside the Cusco airport", P("Cusco", "PE"), "tuesday",
    a1="Rioters (Peru)", i1=5, a2="Police Forces of Peru (2025-)", i2=1, inj=8),
]),

S("st-ae-034", "2026-05-20", """SOUTHERN CONE IN BRIEF

CHILE - Hooded men set fire to three logging trucks parked at a forestry company yard near Contulmo, in the Biobio region, before dawn on Monday after ordering the drivers out, police said. No one was hurt.

ARGENTINA - Police used water cannon and batons on Wednesday, May 13, to push back pensioners who were protesting outside Congress in Buenos Aires against a pension veto. Thirty people were detained and a photographer was hit by a tear gas canister.

CHILE - Several hundred students marched in Santiago on Thursday to demand more university funding. The march ended peacefully.""", [
  E(cur, "Looting/property destruction", "Hooded men set fire to three logging trucks parked at a forestry company yard near Contulmo", P("Contulmo", "CL", 2, lat=-38.02, lon=-73.23, a1="Biobio"), "monday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "Police used water cannon and batons on Wednesday, May 13, to push back pensioners", P("Buenos Aires", "AR", 1, lat=-34.61, lon=-58.38, a1="Buenos Aires F.D."), "2026-05-13",
    a1="Protesters (Argentina)", i1=6, a2="Police Forces of Argentina (2023-)", i2=1, inj=1),
  E(cur, "Peaceful protest", "Several hundred students marched in Santiago", P("Santiago", "CL", a1="Santiago Metropolitan"), "thursday",
    a1="Protesters (Chile)", i1=6),
], register="digest"),

S("st-ae-035", "2026-10-28", """CENTRAL AMERICA/
Barrio 18 inmates riot at Fraijanes prison; gunmen kill bus driver and two passengers in Choloma

GUATEMALA CITY/TEGUCIGALPA, Oct 28 (Wire) - Inmates belonging to the Barrio 18 gang set fire to mattresses and took four guards hostage at a prison in Fraijanes, east of Guatemala City, on Monday to protest against their transfer to a maximum-security jail, the prison system said. Guards and police retook the cellblock with tear gas after six hours; two guards and five inmates were injured.

In Honduras, gunmen boarded a bus in Choloma, north of San Pedro Sula, on Tuesday morning and shot dead the driver and two passengers, police said. The bus company had refused to pay an "extortion tax" demanded by the Barrio 18, police said.

The Guatemalan government extended a state of prevention in five departments on Monday, citing gang violence.""", [
  E(cur, "Violent demonstration", "Inmates belonging to the Barrio 18 gang set fire to mattresses and took four guards hostage at a prison in Fraijanes", P("Fraijanes", "GT"), "monday",
    a1="Rioters (Guatemala)", i1=5, a2="Police Forces of Guatemala (2024-)", i2=1, inj=7),
  E(cur, "Attack", "gunmen boarded a bus in Choloma", P("Choloma", "HN"), "tuesday",
    a1="Barrio 18", i1=3, a2="Civilians (Honduras)", i2=7, fat=3),
  unscored(E(cur, "Other", "The Guatemalan government extended a state of prevention in five departments", C("GT"), "monday",
             a1="Government of Guatemala (2024-)", i1=1), "geo_precision"),
]),

S("st-ae-036", "2026-09-09", """BRAZIL/
Military police evict landless families from Bahia farm; three killed in Sao Paulo shootout with PCC suspects

SALVADOR, Sept 9 (Wire) - Bahia state military police fired rubber bullets and tear gas on Monday to evict about 400 families of the Landless Workers' Movement (MST) who had occupied a eucalyptus farm near Santa Cruz Cabralia a week earlier, the movement said. Five people were hurt and nine were detained.

In Sao Paulo, three suspected members of the First Capital Command (PCC) gang were killed in a shootout with military police in the city's east zone on Sunday night, the state security secretariat said. A police officer was wounded.

The MST said the families would return to the farm "as soon as possible".

Caption: Military police fire tear gas at MST families on the occupied farm near Santa Cruz Cabralia, Monday.""", [
  E(cur, "Protest with intervention", "Bahia state military police fired rubber bullets and tear gas on Monday to evict about 400 families of the Landless Workers' Movement (MST)", P("Santa Cruz Cabralia", "BR", 2), "monday",
    a1="Protesters (Brazil)", i1=6, a2="Police Forces of Brazil (2023-)", i2=1, inj=5),
  E(cur, "Armed clash", "three suspected members of the First Capital Command (PCC) gang were killed in a shootout with military police", P("Sao Paulo", "BR", 2, a1="Sao Paulo"), "sunday",
    a1="Police Forces of Brazil (2023-)", i1=1, a2="PCC: First Capital Command", i2=3, fat=3, inj=1),
  unscored(E(cap, "Protest with intervention", "Military police fire tear gas at MST families on the occupied farm near Santa Cruz Cabralia, Monday", P("Santa Cruz Cabralia", "BR", 2), "monday",
             a1="Protesters (Brazil)", i1=6, a2="Police Forces of Brazil (2023-)", i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-ae-037", "2026-09-30", """SOUTHERN AFRICA/
Taxi rank shooting kills four in Inanda; mob loots Somali-owned shops in Durban; Zimbabwe police arrest activists

JOHANNESBURG, Sept 30 (Wire) - Gunmen opened fire on minibus taxi drivers waiting at a rank in Inanda, north of Durban, on Sunday evening, killing four and wounding two, police said, linking the shooting to a feud between rival taxi associations over a lucrative route. The wounded were taken to Mahatma Gandhi Memorial Hospital. Gunmen had killed two drivers at the same rank on August 30.

On Monday, a crowd looted and burned shops owned by Somali nationals in Durban's Point area after a rumour that a shopkeeper had sold expired food, police said. Police fired rubber bullets to disperse the crowd and arrested 12 people.

In Zimbabwe, police arrested nine activists at a house in Harare on Tuesday, accusing them of organising a protest against the extension of the president's term.""", [
  E(cur, "Attack", "Gunmen opened fire on minibus taxi drivers waiting at a rank in Inanda", P("Inanda", "ZA", lat=-29.61, lon=30.93, a1="KwaZulu-Natal"), "sunday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
  E(bg, "Attack", "Gunmen had killed two drivers at the same rank on August 30", P("Inanda", "ZA", lat=-29.61, lon=30.93, a1="KwaZulu-Natal"), "2026-08-30",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=2),
  E(cur, "Mob violence", "a crowd looted and burned shops owned by Somali nationals in Durban's Point area", P("Durban", "ZA", 2), "monday",
    a1="Rioters (South Africa)", i1=5, a2="Civilians (Somalia)", i2=7),
  E(cur, "Arrests", "police arrested nine activists at a house in Harare", P("Harare", "ZW"), "tuesday",
    a1="Police Forces of Zimbabwe (2017-)", i1=1, a2="Civilians (Zimbabwe)", i2=7),
]),

S("st-ae-038", "2026-07-01", """Bomb wounds four rangers in Sungai Padi; village headman shot dead in Bacho

NARATHIWAT (Regional press) - Four paramilitary rangers were wounded when a bomb hidden in a roadside drain exploded as their patrol passed in Sungai Padi district on Monday morning, police said. Suspected insurgents detonated the device from a distance, they said.

In Bacho district, two men on a motorcycle shot dead a village headman as he drove home on Tuesday evening, police said.

Security forces cordoned off both areas and searched nearby villages.

More than 7,700 people have been killed in the southern insurgency since 2004, according to the monitoring group Deep South Watch.""", [
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a roadside drain exploded as their patrol passed in Sungai Padi district", P("Sungai Padi", "TH", 3, lat=6.09, lon=101.88, a1="Narathiwat", a2="Su-ngai Padi"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2025-)", i2=1, inj=4),
  E(cur, "Attack", "two men on a motorcycle shot dead a village headman", P("Bacho", "TH", 3, lat=6.52, lon=101.65, a1="Narathiwat", a2="Bacho"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
], register="local"),

S("st-ae-039", "2026-10-19", """WEST AFRICA: THE WEEK IN BRIEF (12-18 October)

MALI - JNIM fighters attacked a convoy of fuel tankers under army escort near Diema on Tuesday. The army said 12 attackers were killed; JNIM said it had burned 20 tankers.

BURKINA FASO - The army said on Thursday that a drone strike had "destroyed a terrorist base" near Djibo the day before. Residents said the strike hit a wedding.

NIGER - Islamic State Sahel Province fighters killed nine soldiers in an ambush near Banibangou, in the Tillaberi region, on Saturday, the defence ministry said.

GHANA - Kusasi and Mamprusi youths exchanged gunfire in Bawku on Sunday, killing two people. The interior minister extended the town's dusk-to-dawn curfew on Monday.

GUINEA - Youths threw stones at security forces in the Conakry suburb of Ratoma on Wednesday during a protest against power cuts; police fired tear gas.""", [
  E(cur, "Armed clash", "JNIM fighters attacked a convoy of fuel tankers under army escort near Diema", P("Diema", "ML", 2), "2026-10-13",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Military Forces of Mali (2021-)", i2=1, fat=12),
  unscored(E(cur, "Air/drone strike", "a drone strike had \"destroyed a terrorist base\" near Djibo", P("Djibo", "BF", 2), "2026-10-14",
             a1="Military Forces of Burkina Faso (2022-)", i1=1), "actor2", "inter2", "fatalities"),
  E(cur, "Armed clash", "Islamic State Sahel Province fighters killed nine soldiers in an ambush near Banibangou", P("Banibangou", "NE", 2, lat=15.04, lon=2.7, a1="Tillaberi"), "2026-10-17",
    a1="Islamic State Sahel Province", i1=2, a2="Military Forces of Niger (2023-)", i2=1, fat=9),
  E(cur, "Armed clash", "Kusasi and Mamprusi youths exchanged gunfire in Bawku", P("Bawku", "GH"), "2026-10-18",
    a1="Kusasi Ethnic Militia (Ghana)", i1=4, a2="Mamprusi Ethnic Militia (Ghana)", i2=4, fat=2),
  E(cur, "Other", "The interior minister extended the town's dusk-to-dawn curfew", P("Bawku", "GH"), "2026-10-19",
    a1="Government of Ghana (2025-)", i1=1),
  E(cur, "Violent demonstration", "Youths threw stones at security forces in the Conakry suburb of Ratoma", P("Conakry", "GN", 2), "2026-10-14",
    a1="Rioters (Guinea)", i1=5, a2="Police Forces of Guinea (2021-)", i2=1),
], register="digest"),

S("st-ae-040", "2026-05-27", """Royalists clash with police in Kathmandu; families of the disappeared rally in Jaffna

KATHMANDU/COLOMBO (Regional press) - Supporters of the pro-monarchy Rastriya Prajatantra Party threw stones at police in the Tinkune area of Kathmandu on Friday as they tried to march towards the parliament building. Police fired tear gas and rubber bullets; 14 people, including five policemen, were injured, police said.

In Sri Lanka, about 200 Tamil relatives of people who disappeared during the civil war held a peaceful protest outside the district secretariat in Jaffna on Saturday, demanding answers about their fate.

Nepal's royalist movement has held several rallies since March 2025, when a protest in the same area turned deadly.""", [
  E(cur, "Violent demonstration", "Supporters of the pro-monarchy Rastriya Prajatantra Party threw stones at police in the Tinkune area of Kathmandu", P("Kathmandu", "NP", 2, a1="Bagmati"), "friday",
    a1="Rioters (Nepal)", i1=5, a2="Police Forces of Nepal (2025-)", i2=1, inj=14),
  E(cur, "Peaceful protest", "about 200 Tamil relatives of people who disappeared during the civil war held a peaceful protest", P("Jaffna", "LK", a1="Northern"), "saturday",
    a1="Protesters (Sri Lanka)", i1=6),
], register="local"),

S("st-ae-041", "2026-08-26", """MALAWI/
Rival party supporters fight in Lilongwe as marches meet; opposition rallies peacefully in Blantyre

LILONGWE, Aug 26 (Wire) - Supporters of the governing Democratic Progressive Party (DPP) and the opposition Malawi Congress Party (MCP) threw stones and bottles at each other on Saturday when their rival marches met near a roundabout in Lilongwe's Area 3, police said. Police fired tear gas to separate the two groups. Nine people were treated for injuries at Kamuzu Central Hospital, and three minibuses were damaged.

The DPP march had been called to support the government's new fuel policy; the MCP march, to protest against it.

In Blantyre, several thousand MCP supporters marched to the city council offices on the same day without incident.

On Monday, police in Lilongwe said they had arrested 14 people over Saturday's violence.

Related: Malawi's fuel queues return as forex shortage bites
(c) 2026 Wire. All rights reserved.""", [
  E(cur, "Violent demonstration", "Supporters of the governing Democratic Progressive Party (DPP) and the opposition Malawi Congress Party (MCP) threw stones and bottles at each other", P("Lilongwe", "MW", 2, a1="Central"), "saturday",
    a1="Rioters (Malawi)", i1=5, a2="Rioters (Malawi)", i2=5, inj=9),
  E(cur, "Peaceful protest", "several thousand MCP supporters marched to the city council offices", P("Blantyre", "MW", a1="Southern"), "saturday",
    a1="Protesters (Malawi)", i1=6),
], register="wire"),

S("st-ae-042", "2026-06-09", """PRESS RELEASE
PLATEAU STATE POLICE COMMAND, JOS

ATTACK ON KWALL VILLAGE, BASSA LGA: COMMAND ARRESTS THREE SUSPECTS

The Command wishes to inform the public that on 6/6/2026 at about 2300hrs, unknown gunmen attacked Kwall village in Bassa Local Government Area, shooting sporadically and killing six persons, while two others sustained gunshot injuries and are responding to treatment at the Jos University Teaching Hospital.

On receipt of the report, the Commissioner of Police immediately deployed tactical teams to the area, and calm has been restored.

On 8/6/2026, acting on credible intelligence, operatives of the Command arrested three suspects in connection with the attack at a hideout near Kwall. Investigation is ongoing.

The Commissioner of Police urges residents to remain calm and law-abiding, and to avoid reprisal attacks.

DSP Alabo Alfred
Police Public Relations Officer""", [
  E(cur, "Attack", "unknown gunmen attacked Kwall village in Bassa Local Government Area", P("Kwall", "NG", lat=9.37, lon=9.62, a1="Plateau"), "2026-06-06",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=6, inj=2),
  unscored(E(cur, "Arrests", "operatives of the Command arrested three suspects in connection with the attack", P("Kwall", "NG", 2, lat=9.37, lon=9.62, a1="Plateau"), "2026-06-08",
             a1=NGA_POL, i1=1), "actor2", "inter2"),
], register="official"),
]

"""Multi-event stories written for this project (issue 11), batch af: unseen by the coders in the session it was written
(2026-11-29, 04:33-07:33), the lead's measure of story generalisation, as batches s to ae. Written HARDER than ae
(which scored P 0.90 fresh): long paragraphs that tell several events, agents named late in the sentence or the
paragraph after, places given only by context or by a district that shares a city's name, leads that sum up what the
body then tells in detail (one event), military releases that list operations and arrests beside aggregates, daily
situation reports, claims against figures, tolls told again, captions and footers, background events with their dates.
First half (st-af-001..020): Burkina Faso, Nigeria (a Defence Headquarters release), Ukraine and Russia (a regional
administration's daily report), Mexico (Sinaloa), the West Bank, Syria, Pakistan (Balochistan), India (two Bijapurs),
Myanmar (Sagaing), the Philippines, Colombia (Catatumbo), Ecuador, Haiti, Cameroon, Sudan (an NGO flash update), South
Sudan, a Europe week-in-brief (Germany, the Netherlands, Greece, Italy), Lebanon, Iran and Chad.
Second half (st-af-021..040): Somalia and Kenya (a wire footer), DR Congo (Ituri; a toll told again two days later), a
Sahel live blog (Mali, Niger: an official's and a ministry's tolls), Benin and Togo (rival rallies), the Central African
Republic, Mozambique, an East Africa digest (Uganda, Tanzania, Kenya), Ethiopia (a town taken, struck and retaken),
Yemen, Iraq, Afghanistan (a claim denied), Bangladesh, Indonesia (arrests after a riot), the Thai-Cambodian border,
Peru and Bolivia, Brazil (a gang's arson after a raid), a Southern Cone digest (Chile, Argentina), Georgia and Serbia
(dateline cities that are not the places), Madagascar, and a Gaza and Israel live blog.
Third part (st-af-041..044): an ISPR release (Fitna al Khwarij operations and facilitators), a Benue lead that sums two
events (no event of its own), Hyderabad in Sindh (a namesake of India's) and Kandhkot, a North Africa week-in-brief
(Zawiya crossfire, a residents-migrants fight near Sfax, a tunnel statement: no event).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 30 km across all snippet, story and ISAF
gold within a week, and the same sub-type within 40 days)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

BFA = "Military Forces of Burkina Faso (2022-)"; VDP = "VDP: Volunteers for the Defense of the Homeland"
JNIM = "JNIM: Group for Support of Islam and Muslims"
NGA = "Military Forces of Nigeria (2023-)"; ISWAP = "Islamic State West Africa Province"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
MEX = "Military Forces of Mexico (2024-)"; ISR = "Military Forces of Israel (2022-)"
SYR = "Military Forces of Syria (2024-)"; PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"
IND_POL = "Police Forces of India (2014-)"; MAO = "CPI (Maoist): Communist Party of India (Maoist)"
MMR = "Military Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"
PHL = "Military Forces of the Philippines (2022-)"; BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"
COL = "Military Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"; EMC = "FARC-EMC: Central General Staff"
ECU = "Military Forces of Ecuador (2023-)"; ECU_POL = "Police Forces of Ecuador (2023-)"
HTI_POL = "Police Forces of Haiti (2024-)"; CMR = "Military Forces of Cameroon (1982-)"; AMBA = "Ambazonian Separatists"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
SSD = "Military Forces of South Sudan (2011-)"
LBN = "Military Forces of Lebanon (2025-)"; IRN = "Military Forces of Iran (1989-)"; IRN_POL = "Police Forces of Iran (1989-)"
TCD = "Military Forces of Chad (2021-)"

STORIES = [
S("st-af-001", "2026-09-29", """BURKINA FASO/
Dozens of soldiers and volunteers killed as jihadists overrun positions in Djibo

OUAGADOUGOU, Sept 29 (Wire) - Jihadist fighters overran army and volunteer positions in the northern town of Djibo on Sunday, killing dozens of soldiers and members of the Volunteers for the Defence of the Homeland (VDP) in one of the deadliest assaults on the garrison this year, two security sources told Wire on Tuesday.

The assault began shortly after dawn, when several hundred men on motorcycles approached the town from three directions, one of the sources said, and after about five hours of fighting, during which the attackers briefly held the gendarmerie camp and the livestock market, they withdrew north towards the Malian border with weapons and two armoured vehicles. Bodies were still being recovered from the bush around the camp on Tuesday morning, and the toll among troops and volunteers had reached 52, said the sources, who asked not to be named because they are not allowed to speak to the media. The al Qaeda-linked Group for Support of Islam and Muslims (JNIM) said in a message on Monday that its fighters had carried out the attack and killed more than 200 soldiers. Wire could not verify either figure.

In a statement read on state television on Monday evening, the army said that "vigorous offensive operations" launched after the attack had "neutralised several dozen terrorists" in Soum province, without saying where. It did not mention its own losses.

Djibo, whose population has swollen with people who fled the surrounding villages, has been under a blockade since 2022. On Aug 18, gunmen ambushed a supply convoy of volunteers about 15 km south of the town, killing nine of them, residents said at the time.""", [
  E(cur, "Armed clash", "Jihadist fighters overran army and volunteer positions in the northern town of Djibo", P("Djibo", "BF"), "sunday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=52),
  unscored(E(cur, "Armed clash", "vigorous offensive operations", P("Soum", "BF", 3, lat=14.1, lon=-1.63, a1="Sahel", a2="Province du Soum"), "monday", tp=2,
             a1=BFA, i1=1), "actor2", "inter2", "fatalities"),
  E(bg, "Armed clash", "gunmen ambushed a supply convoy of volunteers about 15 km south of the town", P("Djibo", "BF", 2), "2026-08-18",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2=VDP, i2=3, fat=9),
]),

S("st-af-002", "2026-09-09", """DEFENCE HEADQUARTERS
DIRECTORATE OF DEFENCE MEDIA OPERATIONS

PRESS RELEASE

OPERATION HADIN KAI: TROOPS REPEL ATTACK ON MARTE, ARREST LOGISTICS SUPPLIERS IN MONGUNO

1. Troops of Operation HADIN KAI have sustained the tempo of operations in the North East theatre in the week under review (1 - 7 September 2026), during which 61 terrorists were neutralised, 47 suspects were arrested and 112 kidnapped hostages were rescued across the theatre.

2. On 3 September 2026, troops of the 153 Task Force Battalion repelled a coordinated attack by Islamic State West Africa Province (ISWAP) terrorists on their location in Marte, Borno State. The gallant troops, with the support of the Air Component, engaged the terrorists with superior firepower, neutralising 17 of them and recovering nine AK-47 rifles and a gun truck. Regrettably, two soldiers paid the supreme price while five others were wounded and have been evacuated for treatment.

3. In a follow-up on 4 September 2026, the Air Component struck a gathering of the fleeing terrorists on the fringes of the Lake Chad islands, north of Marte, where several of them were neutralised.

4. Also on 4 September 2026, troops at a checkpoint in Monguno arrested three suspected ISWAP logistics suppliers conveying 40 jerrycans of petrol and assorted drugs to the terrorists' enclaves.

5. Elsewhere, on 6 September 2026, troops on clearance operations at a village near Bama encountered Boko Haram (JAS) terrorists, neutralising four of them and rescuing 11 women and children held captive.

6. The Chief of Defence Staff commends the troops for their doggedness and urges members of the public to continue to provide credible information to security agencies.

Major General
Director, Defence Media Operations""", [
  E(cur, "Armed clash", "troops of the 153 Task Force Battalion repelled a coordinated attack by Islamic State West Africa Province (ISWAP) terrorists", P("Marte", "NG"), "2026-09-03",
    a1=NGA, i1=1, a2=ISWAP, i2=2, fat=19, inj=5),
  E(cur, "Air/drone strike", "the Air Component struck a gathering of the fleeing terrorists", P("Marte", "NG", 2), "2026-09-04",
    a1=NGA, i1=1, a2=ISWAP, i2=2, fat=3),
  E(cur, "Arrests", "troops at a checkpoint in Monguno arrested three suspected ISWAP logistics suppliers", P("Monguno", "NG"), "2026-09-04",
    a1=NGA, i1=1, a2=ISWAP, i2=2),
  E(cur, "Armed clash", "troops on clearance operations at a village near Bama encountered Boko Haram (JAS) terrorists", P("Bama", "NG", 2), "2026-09-06",
    a1=NGA, i1=1, a2=JAS, i2=2, fat=4),
], register="official"),

S("st-af-003", "2026-10-08", """Zaporizhzhia region: situation as of 08:00, 8 October

Over the past day, the occupiers carried out 412 strikes on 17 settlements of the region, the head of the regional military administration reported on Thursday morning.

- At about 19:40, a guided aerial bomb hit a private house in Hulyaipole; a 71-year-old woman was killed and her son was injured.
- Orikhiv and Vasylivka communities: FPV drone and artillery attacks were recorded; no casualties.
- In the afternoon, an enemy drone struck a car repair shop in the Shevchenkivskyi district of Zaporizhzhia. Three men aged 34 to 58 were injured and taken to hospital.

Air defence forces destroyed 23 drones over the region overnight.

In Russia's Belgorod region, the governor said on Wednesday that a Ukrainian drone had hit a minibus carrying workers near Shebekino that morning, injuring four passengers, one of them seriously.""", [
  E(cur, "Air/drone strike", "a guided aerial bomb hit a private house in Hulyaipole", P("Hulyaipole", "UA", geoname="Hulyaypole"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=1),
  E(cur, "Air/drone strike", "Orikhiv and Vasylivka communities: FPV drone and artillery attacks were recorded; no casualties", P("Orikhiv", "UA", 3, geoname="Orikhiv"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "Orikhiv and Vasylivka communities: FPV drone and artillery attacks were recorded", P("Vasylivka", "UA", 3, geoname="Vasylivka"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "an enemy drone struck a car repair shop in the Shevchenkivskyi district of Zaporizhzhia", P("Zaporizhzhia", "UA", 2, geoname="Zaporizhzhya"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=3),
  E(cur, "Air/drone strike", "a Ukrainian drone had hit a minibus carrying workers near Shebekino", P("Shebekino", "RU", 2), "wednesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=4),
], register="official"),

S("st-af-004", "2026-05-18", """Six dead in Tepuche gunfight as Sinaloa factions' war drags on; trucks torched at Culiacan exit

CULIACAN, Sinaloa (Regional press) - A gunfight between members of Los Chapitos and La Mayiza, the two factions of the Sinaloa Cartel that have been at war since September 2024, left six men dead on Saturday in the hills of Tepuche, about 25 kilometres north of the state capital, the State Prosecutor's Office said. Residents of three ranches fled towards the city after the shooting, which went on for much of the afternoon and, according to one of them, involved "dozens of trucks".

Hours later and a few kilometres away, soldiers patrolling the road to Tamazula came under fire from a hillside. The troops returned fire and killed two of the attackers, whose vehicle was found with rifles and a drone in it, the Defence Ministry said on Sunday; no soldiers were hurt.

On Sunday morning, armed men ordered the drivers out of three trucks and a passenger bus on the Mexico 15 highway at the southern exit of Culiacan and set the vehicles on fire, blocking traffic for four hours. Nobody was injured, and the state security secretariat did not say who was behind the blockade.

Since the war began, the state has recorded more than 2,000 killings, according to official figures.""", [
  E(cur, "Armed clash", "A gunfight between members of Los Chapitos and La Mayiza", P("Tepuche", "MX", 2, lat=24.94, lon=-107.35, a1="Sinaloa"), "saturday",
    a1="Los Chapitos", i1=3, a2="La Mayiza", i2=3, fat=6),
  E(cur, "Armed clash", "soldiers patrolling the road to Tamazula came under fire from a hillside", P("Tepuche", "MX", 2, lat=24.94, lon=-107.35, a1="Sinaloa"), "saturday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=2, inj=0),
  E(cur, "Looting/property destruction", "armed men ordered the drivers out of three trucks and a passenger bus", P("Culiacan", "MX", 2), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=0, inj=0),
], register="local"),

S("st-af-005", "2026-03-26", """WEST BANK/
Settlers torch cars in al-Mughayyir; two Palestinians killed in Tammun raid

JERUSALEM, March 26 (Wire) - Israeli settlers set fire to four cars and a farm warehouse in the Palestinian village of al-Mughayyir, north-east of Ramallah, before dawn on Wednesday and sprayed slogans on the walls of two houses, the head of the village council said. No one was hurt.

Later that day, during a raid on Tammun, near Tubas in the northern West Bank, Israeli forces shot dead two Palestinians, the Palestinian health ministry said. The Israeli military said gunmen had fired at troops and thrown explosive devices during an operation to detain wanted suspects, and that the soldiers had returned fire, hitting two of them; one soldier was lightly wounded.

In a statement on Thursday morning, the military said troops had detained 21 wanted Palestinians overnight in operations "across Judea and Samaria", including four in Hebron and three in Qalqilya, and seized weapons and cash.

The Palestinian Authority's presidency condemned what it called "daily crimes" against Palestinians.""", [
  E(cur, "Looting/property destruction", "Israeli settlers set fire to four cars and a farm warehouse", P("Al Mughayyir", "PS", lat=32.02, lon=35.35, a1="West Bank"), "wednesday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Armed clash", "Israeli forces shot dead two Palestinians", P("Tammun", "PS"), "wednesday",
             a1=ISR, i1=8, fat=2, inj=1), "actor2", "inter2"),
  E(cur, "Arrests", "troops had detained 21 wanted Palestinians overnight", P("Hebron", "PS"), "thursday", tp=2,
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  E(cur, "Arrests", "troops had detained 21 wanted Palestinians overnight", P("Qalqilyah", "PS"), "thursday", tp=2,
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
]),

S("st-af-006", "2026-08-20", """SYRIA/
Government forces and SDF trade fire near Deir Hafer; gunmen kill five of one family in Homs countryside

DAMASCUS, Aug 20 (Wire) - Syrian government forces and the Kurdish-led Syrian Democratic Forces (SDF) exchanged artillery and drone fire for several hours on Tuesday near Dayr Hafir, east of Aleppo, in the most serious breach of their March 2025 agreement in months, a war monitor and a government military source said. Three government soldiers and two SDF fighters were killed, the monitor said. Each side accused the other of firing first.

In the countryside west of Homs, men on a motorcycle opened fire on a family harvesting olives near the village of Al-Qabu late on Monday, killing a man, his wife and three of their children, the monitor and a relative said. The family belonged to the Alawite minority. The interior ministry said it had arrested two suspects on Wednesday in a nearby village and that the motive was under investigation.

Authorities imposed a night curfew on several villages in the area from Tuesday.""", [
  E(cur, "Armed clash", "Syrian government forces and the Kurdish-led Syrian Democratic Forces (SDF) exchanged artillery and drone fire", P("Dayr Hafir", "SY", 2), "tuesday",
    a1=SYR, i1=1, a2="QSD: Syrian Democratic Forces", i2=2, fat=5),
  E(cur, "Attack", "men on a motorcycle opened fire on a family harvesting olives",
    P("Al Qabw", "SY", 2, lat=34.84, lon=36.45, a1="Homs"), "monday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7, fat=5),
  unscored(E(cur, "Arrests", "it had arrested two suspects on Wednesday in a nearby village",
           P("Al Qabw", "SY", 2, lat=34.84, lon=36.45, a1="Homs"), "wednesday",
             a1="Police Forces of Syria (2024-)", i1=1), "actor2", "inter2", "geo_precision"),
  unscored(E(cur, "Other", "Authorities imposed a night curfew on several villages in the area",
           P("Al Qabw", "SY", 2, lat=34.84, lon=36.45, a1="Homs"), "tuesday",
             a1="Government of Syria (2024-)", i1=1), "geo_precision"),
]),

S("st-af-007", "2026-06-04", """PAKISTAN/
Gunmen kill seven bus passengers on Balochistan highway; security forces say 'Fitna al-Hindustan' hideout destroyed

QUETTA, June 4 (Wire) - Gunmen who had blocked the main highway south of Kalat on Tuesday night stopped two passenger buses travelling from Quetta to Karachi, checked the identity cards of the men on board and shot seven of them dead, local officials said. The victims, labourers from Punjab province, were taken off the buses and killed at the roadside; the women and children were let go. The Balochistan Liberation Army said in a statement on Wednesday that its fighters had carried out the attack.

On Wednesday evening, the army's media wing said that security forces had launched an operation in the hills near Kalat "on the reported presence of terrorists of Fitna al-Hindustan", the name the state uses for Baloch separatist groups, and that five of them had been killed in an exchange of fire. It said the hideout had been used by the men behind Tuesday's "heinous" killing of innocent passengers.

In Quetta, police baton-charged and fired tear gas at a sit-in outside the press club organised by the Baloch Yakjehti Committee on Thursday morning, and detained about 30 participants, the group said. The protesters were demanding the release of relatives they say were taken by security agencies.

The seven bodies were flown to Lahore on Thursday.""", [
  E(cur, "Attack", "Gunmen who had blocked the main highway south of Kalat on Tuesday night stopped two passenger buses", P("Kalat", "PK", 2), "tuesday",
    a1="BLA: Balochistan Liberation Army", i1=2, a2="Civilians (Pakistan)", i2=7, fat=7),
  E(cur, "Armed clash", "security forces had launched an operation in the hills near Kalat", P("Kalat", "PK", 2), "wednesday", tp=2,
    a1=PAK, i1=1, a2="BLA: Balochistan Liberation Army", i2=2, fat=5),
  E(cur, "Protest with intervention", "police baton-charged and fired tear gas at a sit-in outside the press club", P("Quetta", "PK"), "thursday",
    a1="Protesters (Pakistan)", i1=6, a2=PAK_POL, i2=1),
]),

S("st-af-008", "2026-07-07", """Six Maoists killed in Bijapur forest encounter; IED injures two CRPF men a day later

Stones thrown, shops torched as processions clash in Karnataka's Vijayapura

RAIPUR/BENGALURU (Regional press) - Six Maoists, including two women, were killed in an encounter with security forces in the forests of Bijapur district in south Chhattisgarh on Sunday, police said. A joint team of the District Reserve Guard and the Special Task Force had set out on Saturday night on information that cadres of the CPI (Maoist) had gathered in the area, and the exchange of fire began at about 7 a.m., the Bastar range Inspector General said. Six bodies, an INSAS rifle and a .303 rifle were recovered.

On Monday, two jawans of the Central Reserve Police Force were injured when one of them stepped on a pressure IED planted by the Maoists during an area domination exercise in the same district. Both were airlifted to Raipur and are out of danger.

Some 900 km away, in Vijayapura town in Karnataka, formerly also called Bijapur, members of two communities threw stones at each other on Monday evening when two religious processions crossed near the Gandhi Chowk. Three shops and two motorcycles were set on fire and 11 people, including four policemen, were injured before police dispersed the crowds with a lathi charge, the district superintendent of police said. Prohibitory orders were imposed in the town for three days, and 23 people were arrested on Tuesday after the police examined video footage.""", [
  E(cur, "Armed clash", "Six Maoists, including two women, were killed in an encounter with security forces in the forests of Bijapur district", P("Bijapur", "IN", 3, lat=18.79, lon=80.82, a1="Chhattisgarh"), "sunday",
    a1=IND_POL, i1=1, a2=MAO, i2=2, fat=6),
  E(cur, "Remote explosive/landmine/IED", "one of them stepped on a pressure IED planted by the Maoists", P("Bijapur", "IN", 3, lat=18.79, lon=80.82, a1="Chhattisgarh"), "monday",
    a1=MAO, i1=2, a2=IND_POL, i2=1, inj=2),
  E(cur, "Mob violence", "members of two communities threw stones at each other on Monday evening", P("Bijapur", "IN", admin1="Karnataka"), "monday",
    a1="Rioters (India)", i1=5, a2="Rioters (India)", i2=5, inj=11),
  unscored(E(cur, "Other", "Prohibitory orders were imposed in the town for three days", P("Bijapur", "IN", admin1="Karnataka"), "monday",
             a1="Government of India (2014-)", i1=1), "event_date"),
  E(cur, "Arrests", "23 people were arrested on Tuesday after the police examined video footage", P("Bijapur", "IN", admin1="Karnataka"), "tuesday",
    a1=IND_POL, i1=1, a2="Rioters (India)", i2=5),
], register="local"),

S("st-af-009", "2026-09-15", """MYANMAR/
Junta jets bomb village school in Sagaing, killing 14; resistance fighters ambush convoy near Monywa

BANGKOK, Sept 15 (Wire) - At least 14 people, most of them children, were killed when a military aircraft dropped two bombs on a village school in Shwebo township in Myanmar's Sagaing region on Saturday morning, a local resistance official and a teacher said. The teacher, who gave only her first name for fear of reprisals, said 22 people had been wounded and that the school, run by the shadow National Unity Government, had about 180 pupils.

A junta spokesman did not answer calls. The military has in the past said it targets only "terrorists", the term it uses for the People's Defense Forces.

On Sunday, PDF fighters detonated mines under a military convoy on the road between Monywa and Budalin and then fired on the troops, a PDF statement said, claiming that 11 soldiers had been killed. The claim could not be verified and the army did not comment.

Over the weekend, residents said, troops who entered two villages near the convoy's route burned more than 60 houses.

Caption: Villagers bury children killed in Saturday's air strike on the school in Shwebo township.""", [
  E(cur, "Air/drone strike", "a military aircraft dropped two bombs on a village school in Shwebo township", P("Shwebo", "MM", 3, geoname="Shwebo", a1="Sagaing"), "saturday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=14, inj=22),
  unscored(E(cur, "Armed clash", "PDF fighters detonated mines under a military convoy on the road between Monywa and Budalin", P("Monywa", "MM", 2, a1="Sagaing"), "sunday",
             a1=PDF, i1=2, a2=MMR, i2=1), "fatalities"),
  unscored(E(cur, "Looting/property destruction", "troops who entered two villages near the convoy's route burned more than 60 houses", P("Monywa", "MM", 2, a1="Sagaing"), "saturday", tp=2,
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "geo_precision"),
  unscored(E(cap, "Air/drone strike", "Villagers bury children killed in Saturday's air strike on the school in Shwebo township", P("Shwebo", "MM", 3, geoname="Shwebo", a1="Sagaing"), "saturday",
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-af-010", "2026-04-09", """ARMY: 4 BIFF killed in Datu Piang clash; rido flares anew in Lanao del Sur

COTABATO CITY (Regional press) - Four members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed when soldiers of the Army's 6th Infantry Division clashed with about 20 gunmen in a marshland village of Datu Piang, Maguindanao del Sur, on Tuesday afternoon, a division spokesman said Wednesday. One soldier was wounded. The troops, he said, were responding to reports from residents that armed men had been extorting from farmers in the area, and recovered an M60 machine gun and two rifles after the 40-minute firefight.

In Lanao del Sur, police and the military were deployed to Tubaran town after armed members of two feuding clans exchanged gunfire on Wednesday morning in a revived rido that has killed at least nine people since 2021. Two men were killed and a 12-year-old girl was hit by a stray bullet, the town's police chief said; about 300 families fled to the town centre.

The 6th ID said it had recorded 14 clashes with the BIFF in 2025.""", [
  E(cur, "Armed clash", "soldiers of the Army's 6th Infantry Division clashed with about 20 gunmen in a marshland village of Datu Piang", P("Datu Piang", "PH", 2, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "tuesday",
    a1=PHL, i1=1, a2=BIFF, i2=2, fat=4, inj=1),
  E(cur, "Armed clash", "armed members of two feuding clans exchanged gunfire on Wednesday morning", P("Tubaran", "PH", a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "wednesday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4, fat=2, inj=1),
], register="local"),

S("st-af-011", "2026-11-03", """COLOMBIA/
ELN and FARC dissidents clash in Catatumbo; ELN declares 'armed strike' in Arauca; drone hits police station in Tibu

BOGOTA, Nov 3 (Wire) - Fighters of the National Liberation Army (ELN) and of the 33rd Front of the FARC dissidents fought for most of Saturday in rural areas of El Tarra, in the Catatumbo region on the border with Venezuela, the ombudsman's office said on Monday, putting the number of displaced at more than 1,400. At least eight fighters were killed, according to a community leader who said he had counted the bodies in a village; the army gave no figure.

In the town of Tibu, about 30 km north, an explosive-laden drone hit the roof of the police station on Sunday night, wounding two officers, police said. They blamed the 33rd Front, which they said had used drones in the area before.

Separately, the ELN ordered an "armed strike" in the department of Arauca from Monday, banning road travel for 72 hours, in a pamphlet circulated in the region. Shops in the city of Arauca stayed shut and buses did not run, residents said.

The conflict in Catatumbo has displaced more than 60,000 people since January 2025.""", [
  E(cur, "Armed clash", "Fighters of the National Liberation Army (ELN) and of the 33rd Front of the FARC dissidents fought for most of Saturday", P("El Tarra", "CO", 2), "saturday",
    a1=ELN, i1=2, a2="33rd Front", i2=2, fat=8),
  E(cur, "Air/drone strike", "an explosive-laden drone hit the roof of the police station on Sunday night", P("Tibu", "CO"), "sunday",
    a1="33rd Front", i1=2, a2="Police Forces of Colombia (2022-)", i2=1, inj=2),
  E(cur, "Other", "the ELN ordered an \"armed strike\" in the department of Arauca from Monday", P("Arauca", "CO", 3, lat=7.08, lon=-70.76, a1="Arauca"), "monday",
    a1=ELN, i1=2, a2="Civilians (Colombia)", i2=7),
]),

S("st-af-012", "2026-06-23", """Ecuador extends state of emergency as gangs' war spreads to Manta

QUITO (Regional press) - President Daniel Noboa on Monday extended by 60 days the state of emergency in seven provinces, including Manabi, El Oro and Guayas, citing "internal armed conflict", a day after gunmen killed eight people at a cockfighting pit on the outskirts of Manta.

According to police, the attackers arrived in two cars at about 9 p.m. on Sunday and opened fire on the crowd with rifles; eight men died at the scene and five people were taken to hospital. Police commander Col. Freddy Rojas said the attack was part of a turf war between Los Lobos and Los Choneros over drug routes through the port and that one of the dead was a local leader of Los Choneros.

Hours later, police and soldiers raided houses in the Los Esteros district of Manta and arrested six suspects, seizing two rifles and a car the police said had been used in the attack.

In Esmeraldas, inmates of the city prison set fire to mattresses and held two guards for several hours on Monday to protest against transfers to a new maximum-security jail; the army retook the wing with tear gas, the prisons agency SNAI said. Four inmates and a guard were hurt.""", [
  E(cur, "Other", "President Daniel Noboa on Monday extended by 60 days the state of emergency in seven provinces", C("EC"), "monday",
    a1="Government of Ecuador (2023-)", i1=1),
  E(cur, "Attack", "the attackers arrived in two cars at about 9 p.m. on Sunday and opened fire on the crowd with rifles", P("Manta", "EC", 2), "sunday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=8, inj=5),
  unscored(E(cur, "Arrests", "police and soldiers raided houses in the Los Esteros district of Manta and arrested six suspects", P("Manta", "EC", 2), "monday",
             a1=ECU_POL, i1=1, assoc_actor_1="Military Forces of Ecuador (2023-)", a2="Unidentified Armed Group (Ecuador)", i2=3), "event_date", "actor2", "inter2"),
  E(cur, "Violent demonstration", "inmates of the city prison set fire to mattresses and held two guards for several hours on Monday", P("Esmeraldas", "EC"), "monday",
    a1="Rioters (Ecuador)", i1=5, a2=ECU, i2=1, inj=5),
], register="local"),

S("st-af-013", "2026-09-01", """HAITI/
Gangs storm Cabaret, killing at least 11; police say drone strikes hit hideouts above the town

PORT-AU-PRINCE, Sept 1 (Wire) - Gunmen of the Viv Ansanm gang coalition stormed the coastal town of Cabaret, north of the capital, on Saturday night, going from house to house, setting fire to dozens of homes and killing at least 11 people, among them a Baptist pastor and his wife, the town's deputy mayor said on Monday. Survivors said the attackers came by boat and on foot from the Canaan area, and several thousand residents fled north along the coast road towards Arcahaie.

The Haitian National Police said in a statement on Monday that a task force had carried out drone strikes on Sunday on "gang bases" in the hills above the town, killing "several bandits", including a lieutenant of the Canaan gang. It published no evidence, and residents said they had no way to confirm the toll.

In Arcahaie on Sunday afternoon, residents beat and burned to death a young man they accused of scouting for the gangs, a local radio station reported. Police said officers had arrived too late to intervene.

The deputy mayor said on Monday that the bodies of the 11 people killed in Cabaret were still lying in the streets because relatives were too afraid to return.""", [
  E(cur, "Attack", "Gunmen of the Viv Ansanm gang coalition stormed the coastal town of Cabaret", P("Cabaret", "HT"), "saturday",
    a1="Viv Ansanm", i1=3, a2="Civilians (Haiti)", i2=7, fat=11),
  unscored(E(cur, "Air/drone strike", "a task force had carried out drone strikes on Sunday on \"gang bases\" in the hills above the town", P("Cabaret", "HT", 2), "sunday",
             a1="Police Forces of Haiti (2024-)", i1=1, fat=3), "actor2", "inter2"),
  E(cur, "Mob violence", "residents beat and burned to death a young man they accused of scouting for the gangs", P("Arcahaie", "HT", lat=18.77, lon=-72.51, a1="Ouest"), "sunday",
    a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=1),
]),

S("st-af-014", "2026-11-03", """Nine students abducted in Bali; residents accuse soldiers of burning homes

By our North-West correspondent

BAMENDA - Nine students of the Government Bilingual High School in Bali, in Cameroon's North-West region, were taken from their classroom on Thursday morning by armed men who stormed the school during lessons and marched them into the hills, the school's principal said. The divisional officer for Bali, speaking on regional radio on Friday, blamed Ambazonian separatist fighters, who have ordered schools in the division to stay shut. Three of the students were released on Saturday after their parents paid a ransom, the principal said; six are still being held.

On Friday, soldiers searching for the students entered the Ntanka quarter of Bali, where residents said they burned at least 15 houses and shot dead a 60-year-old farmer as he tried to flee. The army's regional spokesman said troops had "neutralised a separatist fighter" in the area and denied burning houses.

Separatist groups have declared a "lockdown" across the North-West and South-West regions from Monday to Wednesday to mark the anniversary of the killing of one of their commanders, warning that anyone found on the roads would be "dealt with". In Bamenda, the regional capital, shops were shut and streets empty on Monday.""", [
  E(cur, "Abduction/forced disappearance", "Nine students of the Government Bilingual High School in Bali", P("Bali", "CM", a1="North-West"), "thursday",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
  unscored(E(cur, "Attack", "soldiers searching for the students entered the Ntanka quarter of Bali", P("Bali", "CM", 2, a1="North-West"), "friday",
             a1=CMR, i1=1, fat=1), "actor2", "inter2"),
  E(cur, "Other", "Separatist groups have declared a \"lockdown\" across the North-West and South-West regions", P("North-West", "CM", 3, lat=5.96, lon=10.15, a1="North-West"), "monday",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Other", "Separatist groups have declared a \"lockdown\" across the North-West and South-West regions", P("South-West", "CM", 3, lat=4.16, lon=9.24, a1="South-West"), "monday",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
], register="local"),

S("st-af-015", "2026-04-21", """SUDAN: North Kordofan - Flash Update No. 3 (as of 20 April 2026)

KEY POINTS
- At least 27 civilians reportedly killed in an attack on a village west of El Obeid on 16 April
- Drone strike on a fuel depot on the outskirts of El Obeid on 18 April
- More than 9,000 people displaced towards El Obeid since 15 April

SITUATION OVERVIEW
On 16 April, fighters of the Rapid Support Forces (RSF) attacked the village of Um Sumeima, about 40 km west of El Obeid, according to local authorities and community sources. At least 27 civilians were reportedly killed and more than 40 injured, and shops in the village market were looted and set on fire. The RSF said in a statement that its forces had been pursuing army-allied fighters in the area.

On 18 April, a drone struck a fuel depot on the outskirts of El Obeid, causing a large fire that burned for several hours. No casualties were reported. The state authorities attributed the strike to the RSF.

Since 15 April, at least 9,000 people have arrived in El Obeid from villages to the west, most of them women and children, and are sheltering in schools and with host families. Between 1 January and 15 April, partners recorded 412 civilian deaths in North Kordofan.

HUMANITARIAN RESPONSE
Partners distributed emergency shelter kits to 1,200 households in El Obeid on 19 April.""", [
  E(cur, "Attack", "fighters of the Rapid Support Forces (RSF) attacked the village of Um Sumeima", P("El Obeid", "SD", 2, a1="North Kordofan"), "2026-04-16",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=27, inj=40),
  E(cur, "Air/drone strike", "a drone struck a fuel depot on the outskirts of El Obeid", P("El Obeid", "SD", 2, a1="North Kordofan"), "2026-04-18",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
], register="ngo"),

S("st-af-016", "2026-07-28", """SOUTH SUDAN/
Army and SPLA-IO fight near Malakal; Murle raiders kill five at cattle camp in Bor County

JUBA, July 28 (Wire) - South Sudan's army and fighters loyal to the opposition SPLA-IO fought on Saturday near the Upper Nile state capital Malakal, each accusing the other of attacking first, in fighting that the army spokesman said left seven of the opposition fighters dead. An SPLA-IO spokesman said on Monday his forces had "repulsed" the army and killed 20 soldiers, a figure the army denied.

In Jonglei state, armed youths from the Murle community raided a cattle camp about 15 km east of Bor on Sunday before dawn, killing five herders and driving off about 300 head of cattle, the county commissioner said. He said Dinka youths from the camp had pursued the raiders, but there was no report of further fighting.

On July 10, an attack on another camp in the same county killed three people, he said.""", [
  E(cur, "Armed clash", "South Sudan's army and fighters loyal to the opposition SPLA-IO fought on Saturday near the Upper Nile state capital Malakal", P("Malakal", "SS", 2), "saturday",
    a1=SSD, i1=1, a2="SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition", i2=2, fat=7),
  E(cur, "Attack", "armed youths from the Murle community raided a cattle camp about 15 km east of Bor", P("Bor", "SS", 2), "sunday",
    a1="Murle Ethnic Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=5),
  unscored(E(bg, "Attack", "an attack on another camp in the same county killed three people", P("Bor", "SS", 3, geoname="Bor"), "2026-07-10",
             fat=3), "geo_precision"),
]),

S("st-af-017", "2026-07-28", """EUROPE: THE WEEK IN BRIEF (20-26 July)

GERMANY - Left-wing demonstrators threw bottles and fireworks at police on Saturday as they tried to block access to a regional conference of the far-right Alternative for Germany (AfD) in Leipzig; police used water cannon and pepper spray, and said 14 officers were hurt and 31 people detained. The clashes followed a march by about 3,000 people through the city centre against the conference.

NETHERLANDS - Police in The Hague arrested 19 people on Tuesday night after a demonstration against a planned asylum centre in the Escamp district turned violent, with youths throwing stones at officers and setting a police car alight. Three officers were slightly hurt.

GREECE - Hooded youths hurled petrol bombs at riot police in the Exarchia district of Athens on Friday night; police responded with tear gas. No injuries or arrests were reported.

ITALY - Supporters of the far-right CasaPound group and anti-fascist counter-demonstrators held rival rallies in Turin on Sunday, a few streets apart. Police kept the two sides apart and both events passed off without incident.

FRANCE - Farmers' unions said they would block roads around Paris next week to protest against an EU trade deal.""", [
  E(cur, "Violent demonstration", "Left-wing demonstrators threw bottles and fireworks at police on Saturday", P("Leipzig", "DE"), "2026-07-25",
    a1="Rioters (Germany)", i1=5, a2="Police Forces of Germany (2025-)", i2=1, inj=14),
  E(cur, "Violent demonstration", "a demonstration against a planned asylum centre in the Escamp district turned violent", P("The Hague", "NL", 2), "2026-07-21",
    a1="Rioters (Netherlands)", i1=5, a2="Police Forces of the Netherlands (2024-)", i2=1, inj=3),
  E(cur, "Violent demonstration", "Hooded youths hurled petrol bombs at riot police in the Exarchia district of Athens", P("Athens", "GR", 2), "2026-07-24",
    a1="Rioters (Greece)", i1=5, a2="Police Forces of Greece (2019-)", i2=1, fat=0, inj=0),
  E(cur, "Peaceful protest", "Supporters of the far-right CasaPound group and anti-fascist counter-demonstrators held rival rallies in Turin", P("Turin", "IT"), "2026-07-26",
    a1="Protesters (Italy)", i1=6),
  E(cur, "Peaceful protest", "anti-fascist counter-demonstrators held rival rallies in Turin", P("Turin", "IT"), "2026-07-26",
    a1="Protesters (Italy)", i1=6),
  E(hyp, "Peaceful protest", "Farmers' unions said they would block roads around Paris next week", P("Paris", "FR", 2),
    a1="Protesters (France)", i1=6),
], register="digest"),

S("st-af-018", "2026-08-11", """LEBANON/
Israeli drone strike on car near Bint Jbeil kills two; troops blow up houses in Kfar Kila

BEIRUT, Aug 11 (Wire) - An Israeli drone strike on a car on the road between Bint Jbeil and Aynata in south Lebanon killed two men on Monday afternoon, Lebanon's health ministry said. The Israeli military said it had struck "a Hezbollah terrorist who was rebuilding the group's infrastructure in the area"; the mayor of Aynata said the second man in the car was a municipal worker giving him a lift home.

Before dawn on Tuesday, Israeli troops who had crossed the border detonated explosives in at least six houses on the southern edge of Kfar Kila, the state news agency NNA said. The Lebanese army said it had informed the ceasefire monitoring committee.

The strike was the third in the Bint Jbeil district in a week. On Aug 4, a drone strike on a motorcycle near the town killed one man, whom Israel said was a Hezbollah member.

Israel has kept up near-daily strikes in Lebanon despite the November 2024 ceasefire, saying it is acting against Hezbollah's attempts to rearm.""", [
  unscored(E(cur, "Air/drone strike", "An Israeli drone strike on a car on the road between Bint Jbeil and Aynata", P("Bint Jbeil", "LB", 2, lat=33.12, lon=35.43, a1="Nabatieh"), "monday",
             a1=ISR, i1=8, fat=2), "actor2", "inter2"),
  E(cur, "Looting/property destruction", "Israeli troops who had crossed the border detonated explosives in at least six houses", P("Kfar Kila", "LB", 2, lat=33.28, lon=35.56, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7),
  E(bg, "Air/drone strike", "a drone strike on a motorcycle near the town killed one man", P("Bint Jbeil", "LB", 2, lat=33.12, lon=35.43, a1="Nabatieh"), "2026-08-04",
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=1),
]),

S("st-af-019", "2026-06-09", """IRAN/
Four policemen killed in attack on Saravan station; Revolutionary Guards say three militants killed in pursuit

DUBAI, June 9 (Wire) - Gunmen attacked a police station in the south-eastern Iranian city of Saravan, near the border with Pakistan, late on Sunday, killing four police officers in a gunfight that lasted about an hour, state media reported. Two of the attackers were also killed, the provincial police chief said. The Sunni militant group Jaish al-Adl, which says it fights for the rights of the Baluch minority, said on its Telegram channel that it had carried out the attack.

On Monday, the Revolutionary Guards' ground forces said their units had tracked the remaining attackers to a mountainous area outside the city and killed three of them in a clash, and that one Guards member had been wounded.

Separately, rights groups said two Baluch men convicted of drug trafficking were hanged in Zahedan prison on Monday.""", [
  E(cur, "Armed clash", "Gunmen attacked a police station in the south-eastern Iranian city of Saravan", P("Saravan", "IR"), "sunday",
    a1="Jaish al-Adl", i1=2, a2="Police Forces of Iran (1989-)", i2=1, fat=6),
  E(cur, "Armed clash", "their units had tracked the remaining attackers to a mountainous area outside the city", P("Saravan", "IR", 2), "monday",
    a1="Islamic Revolutionary Guard Corps", i1=1, a2="Jaish al-Adl", i2=2, fat=3, inj=1),
]),

S("st-af-020", "2026-04-14", """CHAD: 16 dead in farmer-herder fighting near Koumra; curfew imposed

MOUNDOU (Regional press) - At least 16 people were killed on Saturday in the canton of Bedaya, near Koumra in the southern province of Mandoul, when nomadic herders armed with rifles attacked farmers who had impounded cattle that had strayed into their millet fields, local officials said. The villagers fought back with bows, spears and a few hunting guns, and about 40 huts were burned in two villages before a military detachment sent from Koumra arrived in the evening.

The governor of Mandoul imposed a curfew on the canton on Sunday and banned the carrying of weapons. On Monday, he said the toll of 16 included 11 villagers and five herders, and that 23 people had been wounded.

Clashes between farmers and herders over land and water have killed hundreds in southern Chad in recent years.""", [
  E(cur, "Armed clash", "nomadic herders armed with rifles attacked farmers who had impounded cattle", P("Koumra", "TD", 2), "saturday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=16, inj=23),
  unscored(E(cur, "Other", "The governor of Mandoul imposed a curfew on the canton on Sunday", P("Koumra", "TD", 2), "sunday",
             a1="Government of Chad (2021-)", i1=1), "geo_precision"),
], register="local"),

S("st-af-021", "2026-10-13", """SOMALIA/
Government forces retake Jalalaqsi; mortars hit camp for displaced in Baidoa

MOGADISHU, Oct 13 (Wire) - Somali government troops, backed by Macawisley clan fighters, recaptured the town of Jalalaqsi in Hiiraan region on Sunday after a night of fighting with al Shabaab, a regional commander told the state news agency SONNA, saying 23 militants had been killed. Residents reached by telephone said most of the militants had left their positions in the town before the troops arrived and that they had seen only a few bodies.

Late on Monday, three mortar shells landed in a camp for displaced people on the western edge of Baidoa, killing two children and wounding five other people, the district commissioner said. He blamed al Shabaab, which has shelled the town's outskirts several times this year.

In neighbouring Kenya, suspected al Shabaab militants blew up a telecommunications mast outside Mandera town early on Tuesday, cutting mobile phone services, police said. No one was hurt.

The government said in April it would retake all towns held by the militants in central Somalia by the end of the year.

(Reporting by Wire's Mogadishu bureau; Editing by the Nairobi desk)""", [
  E(cur, "Government regains territory", "Somali government troops, backed by Macawisley clan fighters, recaptured the town of Jalalaqsi", P("Jalalaqsi", "SO", a1="Hiraan"), "sunday",
    a1="Military Forces of Somalia (2022-)", i1=1, assoc_actor_1="Macawisley Militia", a2="Al Shabaab", i2=2, fat=23),
  E(cur, "Shelling/artillery/missile attack", "three mortar shells landed in a camp for displaced people on the western edge of Baidoa", P("Baidoa", "SO", 2), "monday",
    a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=2, inj=5),
  E(cur, "Remote explosive/landmine/IED", "suspected al Shabaab militants blew up a telecommunications mast outside Mandera town", P("Mandera", "KE", 2), "tuesday",
    a1="Al Shabaab", i1=2, a2="Civilians (Kenya)", i2=7, fat=0, inj=0),
]),

S("st-af-022", "2026-04-28", """Ituri: 22 killed in attack on displacement site; angry youths block Bunia roads

BUNIA (Regional press) - Armed men attacked the Plaine Savo displacement site in Djugu territory at about 9 p.m. on Saturday, killing 19 people with machetes and firearms and setting fire to about 100 shelters, the territory's administrator said on Sunday. He blamed fighters of the CODECO militia, who have attacked several sites in the area this year; the group did not comment. Survivors said the attackers came from the hills to the west and left before dawn.

On Sunday, soldiers pursued the attackers into the hills around the site and killed six of them, the army's spokesman in Ituri said. One soldier was wounded.

On Monday, hundreds of young people in Bunia, the provincial capital, blocked roads with burning tyres and threw stones at passing vehicles, saying the authorities had failed to protect the displaced. Police dispersed them with tear gas and live rounds fired into the air; two young men were wounded by bullets, a civil society leader said.

The toll from Saturday's attack rose to 22 on Tuesday after three of the wounded died at Bunia general hospital, the administrator said.""", [
  E(cur, "Attack", "Armed men attacked the Plaine Savo displacement site in Djugu territory", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "saturday",
    a1="CODECO: Cooperative for Development of Congo", i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=22),
  E(cur, "Armed clash", "soldiers pursued the attackers into the hills around the site and killed six of them", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "sunday",
    a1="Military Forces of Democratic Republic of Congo (2019-)", i1=1, a2="CODECO: Cooperative for Development of Congo", i2=4, fat=6, inj=1),
  E(cur, "Violent demonstration", "hundreds of young people in Bunia, the provincial capital, blocked roads with burning tyres", P("Bunia", "CD", a1="Ituri"), "monday",
    a1="Rioters (Democratic Republic of Congo)", i1=5, a2="Police Forces of Democratic Republic of Congo (2019-)", i2=1, inj=2),
], register="local"),

S("st-af-023", "2026-09-01", """LIVE: Sahel - fuel tankers torched on Kayes road; villagers killed in western Niger

Updates from our West Africa desk. All times GMT.

08:05 - Fighters of the al Qaeda-linked JNIM set fire to at least 30 fuel tankers on the road between Kayes and Diboli, near the Senegalese border, on Monday afternoon, two drivers told us. They said the fighters ordered them out of their cabs before setting the trucks alight. Nobody was hurt.

09:30 - JNIM says in a statement that it is extending its "blockade" of fuel imports into Mali to the roads from Senegal and Guinea, and warns transport companies that any truck found on the roads to Bamako will be burned.

11:10 - In Niger, gunmen on motorcycles killed 17 villagers in the Ouallam department of Tillaberi region on Sunday evening, a local official told us, adding that the attackers "came from the Malian side". No group has claimed responsibility.

12:45 - Niger's defence ministry says troops killed "around 20 terrorists" in a pursuit operation after Sunday's attack near Ouallam. It puts the number of villagers killed at 12.

13:20 - The junta in Bamako has not commented on the tanker attack. Fuel queues in the capital stretched for several kilometres this morning, a correspondent says.""", [
  E(cur, "Looting/property destruction", "Fighters of the al Qaeda-linked JNIM set fire to at least 30 fuel tankers", P("Kayes", "ML", 2), "monday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7, fat=0, inj=0),
  E(cur, "Other", "JNIM says in a statement that it is extending its \"blockade\" of fuel imports into Mali", C("ML"), 0, tp=2,
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
  E(thr, "Looting/property destruction", "any truck found on the roads to Bamako will be burned", C("ML")),
  E(cur, "Attack", "gunmen on motorcycles killed 17 villagers in the Ouallam department of Tillaberi region", P("Ouallam", "NE", 3, geoname="Ouallam"), "sunday",
    a1="Unidentified Armed Group (Niger)", i1=3, a2="Civilians (Niger)", i2=7, fat=12),
  E(cur, "Armed clash", "troops killed \"around 20 terrorists\" in a pursuit operation", P("Ouallam", "NE", 2), 0, tp=2,
    a1="Military Forces of Niger (2023-)", i1=1, a2="Unidentified Armed Group (Niger)", i2=3, fat=20),
], register="live"),

S("st-af-024", "2026-06-02", """BENIN/
Jihadists kill eight soldiers at northern army post; Togo police disperse opposition rally as ruling party fills stadium

COTONOU, June 2 (Wire) - Jihadist fighters attacked a Beninese army post near Karimama, close to the borders with Niger and Burkina Faso, before dawn on Sunday, killing eight soldiers, a military source said. The attackers took weapons and burned two vehicles before withdrawing into the W national park, the source said.

The al Qaeda-linked JNIM said in a claim on Monday that it had killed 15 soldiers. The army said in a statement the same day that the attack "was repelled" and that it had lost "a few men", without giving a number.

In neighbouring Togo, police fired tear gas on Saturday to disperse opposition supporters who had gathered in the Be district of Lome to protest against the new constitution, and arrested 12 of them, an opposition party said. Across the city, thousands of supporters of the ruling UNIR party rallied at the Kegue stadium on the same day without incident.""", [
  E(cur, "Armed clash", "Jihadist fighters attacked a Beninese army post near Karimama", P("Karimama", "BJ", 2, lat=12.07, lon=3.18, a1="Alibori"), "sunday",
    a1=JNIM, i1=2, a2="Military Forces of Benin (2016-)", i2=1, fat=8),
  E(cur, "Protest with intervention", "police fired tear gas on Saturday to disperse opposition supporters", P("Lome", "TG", 2), "saturday",
    a1="Protesters (Togo)", i1=6, a2="Police Forces of Togo (2005-)", i2=1),
  E(cur, "Peaceful protest", "thousands of supporters of the ruling UNIR party rallied at the Kegue stadium", P("Lome", "TG"), "saturday",
    a1="Protesters (Togo)", i1=6),
]),

S("st-af-025", "2026-06-09", """CENTRAL AFRICAN REPUBLIC/
3R fighters ambush army patrol near Bocaranga; residents say soldiers and Russians burned village in reprisal

BANGUI, June 9 (Wire) - Fighters of the 3R armed group ambushed a patrol of Central African soldiers and Russian instructors on the road north of Bocaranga on Thursday, killing two soldiers, a local official said. The Russians' losses, if any, were not disclosed.

The next day, according to three residents, soldiers and their Russian allies returned to a village near the ambush site, set fire to dozens of houses and killed three men they accused of helping the rebels. The army did not answer requests for comment.

The 3R, which says it defends the Fulani Mbororo herders, signed a peace deal with the government in 2019 but has split since then.""", [
  E(cur, "Armed clash", "Fighters of the 3R armed group ambushed a patrol of Central African soldiers and Russian instructors", P("Bocaranga", "CF", 2, lat=6.9853, lon=15.6406, a1="Ouham-Pende"), "thursday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Military Forces of the Central African Republic (2016-)", i2=1, fat=2),
  E(cur, "Attack", "soldiers and their Russian allies returned to a village near the ambush site", P("Bocaranga", "CF", 2, lat=6.9853, lon=15.6406, a1="Ouham-Pende"), "friday",
    a1="Military Forces of the Central African Republic (2016-)", i1=1, assoc_actor_1="Wagner Group", a2="Civilians (Central African Republic)", i2=7, fat=3),
]),

S("st-af-026", "2026-01-27", """Insurgents behead three in Ancuabe; police shoot vendor dead in Nampula market protest

PEMBA/NAMPULA (Regional press) - Insurgents beheaded three men and burned a chapel and about 20 houses in a village of Ancuabe district, in Cabo Delgado, on Friday, a local leader said. The Islamic State's Mozambique branch claimed the attack on Saturday, publishing photos of the burning chapel.

In Nampula city, police shot dead a vendor on Monday as hundreds of traders protesting against the removal of their stalls from the Waresta market threw stones at officers and set fire to a municipal police vehicle, witnesses said. Police said officers had fired in self-defence. Three other people were wounded.

The municipal council said on Tuesday that it had suspended the removal of stalls.""", [
  E(cur, "Attack", "Insurgents beheaded three men and burned a chapel and about 20 houses in a village of Ancuabe district", P("Ancuabe", "MZ", 3, lat=-12.97, lon=39.85, a1="Cabo Delgado"), "friday",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=3),
  E(cur, "Violent demonstration", "hundreds of traders protesting against the removal of their stalls from the Waresta market threw stones at officers", P("Nampula", "MZ"), "monday",
    a1="Rioters (Mozambique)", i1=5, a2="Police Forces of Mozambique (2025-)", i2=1, fat=1, inj=3),
], register="local"),

S("st-af-027", "2026-09-08", """EAST AFRICA IN BRIEF

UGANDA - Suspected ADF rebels killed five fishermen at a landing site on Lake Edward in Kasese district on Friday night and took their boats, the army said. Troops sent to the area on Saturday found the bodies.

TANZANIA - Police in Arusha on Sunday arrested four regional leaders of the opposition CHADEMA party at their homes, a day before a planned demonstration against the arrest of the party's chairman. The party said on Monday that the demonstration had been postponed.

KENYA - Hundreds of residents of Kitengela marched peacefully to the police station on Monday to demand justice for a boda boda rider who they said was beaten to death by officers last week.""", [
  E(cur, "Attack", "Suspected ADF rebels killed five fishermen at a landing site on Lake Edward in Kasese district", P("Lake Edward", "UG", 2, lat=-0.25, lon=29.75, a1="Western"), "friday",
    a1="ADF: Allied Democratic Forces", i1=2, a2="Civilians (Uganda)", i2=7, fat=5),
  E(cur, "Arrests", "Police in Arusha on Sunday arrested four regional leaders of the opposition CHADEMA party at their homes", P("Arusha", "TZ"), "sunday",
    a1="Police Forces of Tanzania (2021-)", i1=1, a2="CHADEMA: Party for Democracy and Progress", i2=7),
  E(cur, "Peaceful protest", "Hundreds of residents of Kitengela marched peacefully to the police station", P("Kitengela", "KE", lat=-1.47, lon=36.96, a1="Kajiado"), "monday",
    a1="Protesters (Kenya)", i1=6),
], register="digest"),

S("st-af-028", "2026-03-03", """ETHIOPIA/
Fano fighters seize Debre Sina; drone strike kills nine at bus station; bus passengers abducted in Oromia

ADDIS ABABA, March 3 (Wire) - Fano militiamen took control of the town of Debre Sina, on the main road between Addis Ababa and the north, on Saturday after about three hours of fighting with federal troops and police, residents and a Fano commander said. On Sunday afternoon, a federal army drone struck a minibus at the town's bus station, killing nine civilians, two residents and a health worker said. The government said on Monday its forces had "cleared" the town after what it called an "infiltration" by extremists.

In the Oromia region, gunmen stopped a bus between Fiche and Gebre Guracha in North Shewa zone on Friday and took 14 passengers, regional officials said, blaming the Oromo Liberation Army (OLA). The OLA denied involvement. Relatives said the kidnappers had demanded ransoms of up to 500,000 birr.""", [
  E(cur, "Non-state actor overtakes territory", "Fano militiamen took control of the town of Debre Sina", P("Debre Sina", "ET", admin1="Amhara"), "saturday",
    a1="Fano", i1=3, a2="Military Forces of Ethiopia (2018-)", i2=1),
  E(cur, "Air/drone strike", "a federal army drone struck a minibus at the town's bus station", P("Debre Sina", "ET", admin1="Amhara"), "sunday",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9),
  E(cur, "Government regains territory", "its forces had \"cleared\" the town", P("Debre Sina", "ET", admin1="Amhara"), "monday", tp=2,
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Fano", i2=3),
  E(cur, "Abduction/forced disappearance", "gunmen stopped a bus between Fiche and Gebre Guracha in North Shewa zone", P("Fiche", "ET", 2, a1="Oromia"), "friday",
    a1="OLA: Oromo Liberation Army", i1=2, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-af-029", "2026-09-22", """YEMEN/
Houthi drones kill four soldiers west of Marib; AQAP bomb hits southern forces in Abyan; rival rallies in Aden and Taiz

ADEN, Sept 22 (Wire) - Houthi drones and artillery struck government forces' positions west of the city of Marib on Sunday, killing four soldiers and wounding seven, a military official said. The Houthis did not comment.

On Monday, a roadside bomb hit a vehicle of forces loyal to the Southern Transitional Council (STC) in Mudiyah district of Abyan province, killing two fighters, a local official said. Al Qaeda in the Arabian Peninsula (AQAP) said in a statement that it had carried out the attack.

Thousands of STC supporters rallied in Aden on Sunday to call for the south's independence, while in Taiz hundreds of supporters of the Islah party held a rally on the same day in support of the government and the army.""", [
  E(cur, "Air/drone strike", "Houthi drones and artillery struck government forces' positions west of the city of Marib", P("Marib", "YE", 2, geoname="Ma'rib", a1="Marib"), "sunday",
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Military Forces of Yemen (2022-)", i2=1, fat=4, inj=7),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb hit a vehicle of forces loyal to the Southern Transitional Council (STC)", P("Mudiyah", "YE", 3, geoname="Mudiyah"), "monday",
    a1="AQAP: Al Qaeda in the Arabian Peninsula", i1=2, a2="Southern Transitional Council", i2=3, fat=2),
  E(cur, "Peaceful protest", "Thousands of STC supporters rallied in Aden", P("Aden", "YE"), "sunday",
    a1="Protesters (Yemen)", i1=6),
  E(cur, "Peaceful protest", "hundreds of supporters of the Islah party held a rally", P("Taiz", "YE", lat=13.58, lon=44.02, a1="Taiz"), "sunday",
    a1="Protesters (Yemen)", i1=6),
]),

S("st-af-030", "2026-01-27", """Four killed as clans fight over farmland in Qurna; IS attack kills two PMF fighters near Samarra

BAGHDAD (Regional press) - Four men were killed and seven wounded on Sunday when members of two clans exchanged fire with rifles and rocket-propelled grenades over a disputed plot of farmland in the Al Qurnah district north of Basra, a security source said. Army units were sent to the area to separate the two sides and a curfew was imposed on the district until Tuesday.

In Salahuddin province, Islamic State militants attacked a post of the Popular Mobilization Forces near Samarra late on Saturday, killing two fighters, the PMF said in a statement.

In Sulaymaniyah, hundreds of teachers rallied outside the governorate building on Monday to demand salaries that have not been paid for three months. The protest ended peacefully.""", [
  E(cur, "Armed clash", "members of two clans exchanged fire with rifles and rocket-propelled grenades", P("Al Qurnah", "IQ", 3, geoname="Al Qurnah", a1="Basra"), "sunday",
    a1="Unidentified Clan Militia (Iraq)", i1=4, a2="Unidentified Clan Militia (Iraq)", i2=4, fat=4, inj=7),
  unscored(E(cur, "Other", "a curfew was imposed on the district until Tuesday", P("Al Qurnah", "IQ", 3, geoname="Al Qurnah", a1="Basra"), "sunday",
             a1="Government of Iraq (2022-)", i1=1), "event_date"),
  E(cur, "Armed clash", "Islamic State militants attacked a post of the Popular Mobilization Forces near Samarra", P("Samarra", "IQ", 2, geoname="Samarra'", a1="Salah al-Din"), "saturday",
    a1="Islamic State (Iraq)", i1=2, a2="Popular Mobilization Forces", i2=3, fat=2),
  E(cur, "Peaceful protest", "hundreds of teachers rallied outside the governorate building", P("Sulaymaniyah", "IQ", geoname="As Sulaymaniyah", a1="Sulaymaniyah"), "monday",
    a1="Protesters (Iraq)", i1=6),
], register="local"),

S("st-af-031", "2026-04-21", """AFGHANISTAN/
Pakistani jets strike Paktika homes, Taliban say; resistance claims Panjshir attack; women activists detained in Herat

KABUL, April 21 (Wire) - Pakistani aircraft struck several houses in Barmal district of Afghanistan's Paktika province late on Sunday, killing eight civilians, including women and children, a Taliban government spokesman said. Pakistan's military said it had carried out "intelligence-based" strikes on hideouts of the Pakistani Taliban (TTP) along the border, without giving a location.

The National Resistance Front (NRF) said its fighters had attacked a Taliban checkpoint near Bazarak, the capital of Panjshir province, on Saturday night, killing seven Taliban fighters. A Taliban spokesman said no such attack had taken place.

In Herat, Taliban intelligence officers detained three women who had campaigned for girls' education at their homes on Monday, a relative and an exiled rights group said.""", [
  unscored(E(cur, "Air/drone strike", "Pakistani aircraft struck several houses in Barmal district", P("Barmal", "AF", 3, lat=32.94, lon=68.79, a1="Paktika"), "sunday",
             a1=PAK, i1=8, fat=8), "actor2", "inter2"),
  unscored(E(cur, "Armed clash", "its fighters had attacked a Taliban checkpoint near Bazarak", P("Bazarak", "AF", 2), "saturday",
             a1="NRF: National Resistance Front", i1=2, a2="Military Forces of Afghanistan (2021-)", i2=1), "fatalities"),
  E(cur, "Arrests", "Taliban intelligence officers detained three women who had campaigned for girls' education", P("Herat", "AF"), "monday",
    a1="Police Forces of Afghanistan (2021-)", i1=1, a2="Civilians (Afghanistan)", i2=7),
]),

S("st-af-032", "2026-08-04", """Mob sets fire to Sufi shrine in Goalanda, follower beaten to death; BSF firing kills cattle trader at Patgram

DHAKA (Regional press) - A mob of several hundred men attacked the shrine of a local Sufi saint in Goalanda upazila of Rajbari after Friday prayers, setting it on fire and digging up the saint's grave, police said. A follower of the shrine who tried to stop them was beaten to death and 11 others were injured. Police said they had filed a case against 300 unnamed people.

Early on Saturday, members of India's Border Security Force (BSF) shot dead a Bangladeshi cattle trader in Patgram upazila of Lalmonirhat, the Border Guard Bangladesh (BGB) said, adding that it had sent a strong protest to the BSF.

At Chittagong University, activists of the BNP-backed Jatiyatabadi Chhatra Dal and of Islami Chhatra Shibir fought with sticks and bricks on Sunday after a dispute over hall seats; 25 students were injured and the university was closed for a week.""", [
  E(cur, "Mob violence", "A mob of several hundred men attacked the shrine of a local Sufi saint in Goalanda upazila of Rajbari", P("Goalanda", "BD", 3, lat=23.73, lon=89.76, a1="Dhaka"), "friday",
    a1="Rioters (Bangladesh)", i1=5, a2="Civilians (Bangladesh)", i2=7, fat=1, inj=11),
  E(cur, "Attack", "members of India's Border Security Force (BSF) shot dead a Bangladeshi cattle trader", P("Patgram", "BD", 3, lat=26.36, lon=89.01, a1="Rangpur"), "saturday",
    a1="Military Forces of India (2014-)", i1=8, a2="Civilians (Bangladesh)", i2=7, fat=1),
  E(cur, "Mob violence", "activists of the BNP-backed Jatiyatabadi Chhatra Dal and of Islami Chhatra Shibir fought with sticks and bricks", P("Chittagong", "BD", 2), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, inj=25),
], register="local"),

S("st-af-033", "2026-09-22", """INDONESIA/
Three die as protesters torch Makassar council building; police arrest 41; soldier shot in Papua

JAKARTA, Sept 22 (Wire) - Three council employees died when protesters set fire to the regional legislature building in Makassar, the capital of South Sulawesi, on Friday night after a rally against lawmakers' allowances turned violent, police said. Officers fired tear gas as the crowd threw stones and petrol bombs at the building's gate, and the three staff members were trapped on the upper floor, a rescue official said.

Police said on Monday they had arrested 41 people over the arson in raids on Saturday and Sunday.

In Central Papua province, a soldier was shot dead while guarding a construction site in Intan Jaya regency on Sunday, the military said. The West Papua National Liberation Army (TPNPB) said its fighters had carried out the shooting.""", [
  E(cur, "Violent demonstration", "protesters set fire to the regional legislature building in Makassar", P("Makassar", "ID"), "friday",
    a1="Rioters (Indonesia)", i1=5, a2="Police Forces of Indonesia (2024-)", i2=1, fat=3),
  E(cur, "Arrests", "they had arrested 41 people over the arson in raids on Saturday and Sunday", P("Makassar", "ID"), "saturday", tp=2,
    a1="Police Forces of Indonesia (2024-)", i1=1, a2="Rioters (Indonesia)", i2=5),
  E(cur, "Armed clash", "a soldier was shot dead while guarding a construction site in Intan Jaya regency", P("Intan Jaya", "ID", 3, lat=-3.73, lon=137.03, a1="Central Papua"), "sunday",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Military Forces of Indonesia (2024-)", i2=1, fat=1),
]),

S("st-af-034", "2026-10-13", """Thai, Cambodian troops trade fire near border temple; Phnom Penh says Thai shell wounded villager

BANGKOK/PHNOM PENH (Regional press) - Thai and Cambodian troops exchanged small-arms and rocket fire for about 40 minutes on Monday morning near the Ta Muen Thom temple, on the border in Thailand's Surin province, each side accusing the other of firing first, the two armies said. The Thai Second Army Region said two of its soldiers had been wounded.

Cambodia's defence ministry said in a statement later on Monday that a Thai artillery shell had landed in a village in Oddar Meanchey province, wounding a 52-year-old woman and damaging a pagoda, and called the shelling "a grave violation" of the ceasefire. The Thai army said it had fired only at "military targets".

The two countries fought a five-day border war in July 2025 that killed dozens of people.""", [
  E(cur, "Armed clash", "Thai and Cambodian troops exchanged small-arms and rocket fire for about 40 minutes", P("Ta Muen Thom temple", "TH", 2, lat=14.349, lon=103.264, a1="Surin", a2="Amphoe Phanom Dong Rak"), "monday",
    a1="Military Forces of Thailand (2025-)", i1=1, a2="Military Forces of Cambodia (2023-)", i2=8, inj=2),
  E(cur, "Shelling/artillery/missile attack", "a Thai artillery shell had landed in a village in Oddar Meanchey province", P("Oddar Meanchey", "KH", 3, geoname="Samraong", a1="Otar Meanchey"), "monday",
    a1="Military Forces of Thailand (2025-)", i1=8, a2="Civilians (Cambodia)", i2=7, inj=1),
], register="local"),

S("st-af-035", "2026-11-03", """PERU/BOLIVIA
Young protester shot dead near Peru's Congress; Bolivian police clear 12-day highway blockade

LIMA, Nov 3 (Wire) - A 24-year-old man was killed by a bullet on Saturday night as police fired tear gas and pellets at thousands of mostly young demonstrators marching towards Congress in central Lima, the ombudsman's office said. The office said the march had been peaceful until officers charged the crowd at the Plaza San Martin, and that at least 19 protesters had been injured. The interior minister said police had not used firearms and that an investigation had been opened.

In Bolivia, police and soldiers cleared a blockade by supporters of former president Evo Morales on the highway between Cochabamba and Oruro at Parotani on Sunday, arresting 31 people, after the road had been closed for 12 days, the government said.""", [
  E(cur, "Excessive force against protesters", "A 24-year-old man was killed by a bullet on Saturday night as police fired tear gas and pellets", P("Lima", "PE"), "saturday",
    a1="Protesters (Peru)", i1=6, a2="Police Forces of Peru (2025-)", i2=1, fat=1, inj=19),
  E(cur, "Protest with intervention", "police and soldiers cleared a blockade by supporters of former president Evo Morales", P("Parotani", "BO", lat=-17.57, lon=-66.34, a1="Cochabamba"), "sunday",
    a1="Protesters (Bolivia)", i1=6, a2="Police Forces of Bolivia (2025-)", i2=1),
]),

S("st-af-036", "2026-11-10", """Nine dead in police raid on Mare; buses torched on Avenida Brasil

RIO DE JANEIRO (Regional press) - A police operation against the Comando Vermelho in the Complexo da Mare, in the north of Rio de Janeiro, left nine people dead on Thursday, among them a 14-year-old boy hit by a stray bullet on his way to school, the state security secretariat said. Police said the eight other dead were gang members who had opened fire on officers, and that two officers had been wounded.

In the hours after the operation, men set fire to four buses on Avenida Brasil, one of the city's main roads, after ordering the passengers off. Nobody was hurt. Police said the gang's leaders had ordered the arson in retaliation.

On Friday morning, residents of Mare blocked a stretch of Avenida Brasil next to the complex with burning tyres to protest against the killing of the boy.""", [
  E(cur, "Armed clash", "A police operation against the Comando Vermelho in the Complexo da Mare", P("Rio de Janeiro", "BR", 2), "thursday",
    a1="CV: Comando Vermelho", i1=3, a2="Police Forces of Brazil (2023-)", i2=1, fat=9, inj=2),
  E(cur, "Looting/property destruction", "men set fire to four buses on Avenida Brasil", P("Rio de Janeiro", "BR"), "thursday",
    a1="CV: Comando Vermelho", i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Violent demonstration", "residents of Mare blocked a stretch of Avenida Brasil next to the complex with burning tyres", P("Rio de Janeiro", "BR", 2), "friday",
             a1="Rioters (Brazil)", i1=5), "geo_precision"),
]),

S("st-af-037", "2026-02-03", """SOUTHERN CONE IN BRIEF

CHILE - Hooded men set fire to three logging trucks and a forestry company's excavator near Collipulli, in the Araucania region, before dawn on Thursday, leaving leaflets signed by the Coordinadora Arauco-Malleco (CAM), police said. No one was hurt. The government said it would extend the military's deployment in the region's roads.

ARGENTINA - Police used water cannon and rubber bullets on Wednesday to clear pensioners and their supporters who were protesting outside Congress in Buenos Aires against a veto of a pension rise. A photographer was hit in the head by a tear gas canister and 22 people were detained, a press union said.""", [
  E(cur, "Looting/property destruction", "Hooded men set fire to three logging trucks and a forestry company's excavator near Collipulli", P("Collipulli", "CL", 2, a1="Araucania"), "thursday",
    a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "Police used water cannon and rubber bullets on Wednesday to clear pensioners and their supporters", P("Buenos Aires", "AR"), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2="Police Forces of Argentina (2023-)", i2=1, inj=1),
], register="digest"),

S("st-af-038", "2026-07-21", """Water cannon in Kutaisi; students attacked by ruling party supporters in Kragujevac

TBILISI/BELGRADE (Wire) - Georgian riot police used water cannon and pepper spray late on Saturday to clear protesters who had blocked the main avenue in central Kutaisi for a third night, and detained 14 people, the interior ministry said.

In Serbia, students marching to the city assembly in Kragujevac on Monday were attacked with sticks, bottles and flares by a group of supporters of the ruling Serbian Progressive Party (SNS) who had camped outside the building, and the students fought back. Nine people were injured before police separated the two groups, the city's emergency service said.""", [
  E(cur, "Protest with intervention", "Georgian riot police used water cannon and pepper spray late on Saturday to clear protesters", P("Kutaisi", "GE", a1="Imereti"), "saturday",
    a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1),
  E(cur, "Violent demonstration", "students marching to the city assembly in Kragujevac on Monday were attacked with sticks, bottles and flares", P("Kragujevac", "RS"), "monday",
    a1="Rioters (Serbia)", i1=5, a2="Rioters (Serbia)", i2=5, inj=9),
]),

S("st-af-039", "2026-08-18", """MADAGASCAR: Dahalo kill three near Ihosy; gendarmes kill eight raiders in pursuit

ANTANANARIVO (Regional press) - About 60 dahalo armed with rifles raided a village in the commune of Ihosy, in Ihorombe region, on Friday night, killing three villagers and driving off some 200 zebu, the regional gendarmerie said.

Gendarmes and members of village defence groups set off after the raiders and caught up with them on Sunday in the hills to the west, the gendarmerie said. Eight dahalo were killed in the exchange of fire and 120 zebu were recovered; one gendarme was wounded.

The three villagers killed on Friday were buried on Saturday in the presence of the regional governor.""", [
  E(cur, "Attack", "About 60 dahalo armed with rifles raided a village in the commune of Ihosy", P("Ihosy", "MG", 2), "friday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=3),
  E(cur, "Armed clash", "Gendarmes and members of village defence groups set off after the raiders and caught up with them on Sunday", P("Ihosy", "MG", 2), "sunday",
    a1="Police Forces of Madagascar (2025-)", i1=1, a2="Unidentified Armed Group (Madagascar)", i2=3, fat=8, inj=1),
], register="local"),

S("st-af-040", "2026-04-07", """LIVE: Gaza and Israel - tent strike in al-Mawasi; rocket falls near Sderot

Updates from our Middle East desk. All times GMT.

06:20 - An Israeli air strike on a tent in the al-Mawasi area west of Khan Yunis overnight killed six people, including three children, Gaza's civil defence says. The Israeli military says it struck "a Hamas terrorist who was planning attacks on troops".

08:45 - A rocket fired from northern Gaza fell in an open area near Sderot this morning, the Israeli military says. No injuries were reported and no group has claimed it.

10:15 - The Qassam Brigades, Hamas's armed wing, say their fighters detonated an explosive device under an Israeli army bulldozer in eastern Rafah. The Israeli military confirms that two soldiers were wounded in "an incident" in the area this morning.

11:30 - Funerals are being held in Khan Yunis for the six killed in the overnight strike.""", [
  unscored(E(cur, "Air/drone strike", "An Israeli air strike on a tent in the al-Mawasi area west of Khan Yunis overnight", P("Khan Yunis", "PS", 2), 0, tp=2,
             a1=ISR, i1=8, fat=6), "actor2", "inter2"),
  E(cur, "Shelling/artillery/missile attack", "A rocket fired from northern Gaza fell in an open area near Sderot", P("Sderot", "IL", 2, lat=31.52, lon=34.6, a1="Southern"), 0,
    a1="Unidentified Armed Group (Israel)", i1=3, fat=0, inj=0),
  E(cur, "Remote explosive/landmine/IED", "their fighters detonated an explosive device under an Israeli army bulldozer in eastern Rafah", P("Rafah", "PS", 2), 0,
    a1="Al Qassam Brigades", i1=2, a2=ISR, i2=8, inj=2),
], register="live"),

S("st-af-041", "2026-08-17", """No PR-214/2026-ISPR
Rawalpindi - 17 August 2026

On 16 August 2026, security forces conducted an intelligence based operation in Mir Ali, North Waziristan District, on the reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, six khwarij were sent to hell.

In another operation in Lakki Marwat District, security forces apprehended four facilitators of the khwarij, including a terrorist wanted by law enforcement agencies for numerous activities, and recovered weapons and explosives.

Meanwhile, on the night of 16/17 August, khwarij attacked a police check post in Bannu District with small arms and hand grenades. The cowardly attack was befittingly repulsed by police with the support of security forces; however, two policemen, having fought gallantly, embraced shahadat.

Sanitisation operations are being conducted to eliminate any other khwarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in Mir Ali", P("Mir Ali", "PK", lat=32.98, lon=70.27, a1="Khyber Pakhtunkhwa"), "2026-08-16",
    a1=PAK, i1=1, a2="TTP: Tehreek-i-Taliban Pakistan", i2=2, fat=6),
  unscored(E(cur, "Arrests", "security forces apprehended four facilitators of the khwarij", P("Lakki Marwat", "PK", 3, geoname="Lakki Marwat"), 0, tp=2,
             a1=PAK, i1=1), "actor2", "inter2"),
  E(cur, "Armed clash", "khwarij attacked a police check post in Bannu District", P("Bannu", "PK", 3, geoname="Bannu"), "2026-08-17",
    a1="TTP: Tehreek-i-Taliban Pakistan", i1=2, a2=PAK_POL, i2=1, fat=2),
], register="official"),

S("st-af-042", "2026-03-16", """At least 23 killed in two days of violence in Benue

MAKURDI (Regional press) - At least 23 people have been killed in two days of violence in Agatu and Apa local government areas of Benue State, the state police command said on Monday, as the state government imposed a 24-hour curfew on both areas.

The command's spokesperson said armed herdsmen invaded Okokolo village in Agatu LGA at about 6 p.m. on Saturday, shooting sporadically and setting houses ablaze, and that 17 persons, including a catechist and four children, were killed. On Sunday, youths from neighbouring communities mobilised and attacked a Fulani settlement near Ugbokpo in Apa LGA in what the spokesperson described as a reprisal, killing six herders and burning their huts and a motorcycle.

Residents of Okokolo who fled to the Agatu LGA headquarters said the attackers had come from across the River Benue. The police said tactical teams had been deployed to both areas.""", [
  E(cur, "Attack", "armed herdsmen invaded Okokolo village in Agatu LGA", P("Obagaji", "NG", 2, lat=7.89, lon=7.91, a1="Benue"), "saturday",
    a1="Fulani Ethnic Militia (Nigeria)", i1=4, a2="Civilians (Nigeria)", i2=7, fat=17),
  E(cur, "Mob violence", "youths from neighbouring communities mobilised and attacked a Fulani settlement near Ugbokpo", P("Ugbokpo", "NG", 2), "sunday",
    a1="Rioters (Nigeria)", i1=5, a2="Civilians (Nigeria)", i2=7, fat=6),
  unscored(E(cur, "Other", "the state government imposed a 24-hour curfew on both areas", P("Obagaji", "NG", 3, lat=7.89, lon=7.91, a1="Benue"), "monday", tp=2,
             a1="Government of Nigeria (2023-)", i1=1), "geo_precision", "location", "latitude", "longitude"),
], register="local"),

S("st-af-043", "2026-08-28", """HYDERABAD, Sindh (Regional press) - Activists of Sindhi nationalist parties set fire to two trailers and a police van on the Hyderabad bypass on Thursday during a protest against a federal plan to build new canals on the Indus, police said. Officers fired tear gas and baton-charged the crowd, which threw stones back, and 35 people were arrested.

In Kashmore district, dacoits attacked a police picket in the riverine katcha area near Kandhkot late on Wednesday, killing two policemen, the district police chief said. Police later launched an operation in the area.

The canal plan has been opposed by all of Sindh's main parties since 2025.""", [
  E(cur, "Violent demonstration", "Activists of Sindhi nationalist parties set fire to two trailers and a police van on the Hyderabad bypass", P("Hyderabad", "PK", 2), "thursday",
    a1="Rioters (Pakistan)", i1=5, a2=PAK_POL, i2=1),
  E(cur, "Armed clash", "dacoits attacked a police picket in the riverine katcha area near Kandhkot", P("Kandhkot", "PK", 2), "wednesday",
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2=PAK_POL, i2=1, fat=2),
], register="local"),

S("st-af-044", "2026-10-05", """NORTH AFRICA: WEEK IN BRIEF (28 September - 4 October)

LIBYA - Two armed groups exchanged fire with medium weapons in the centre of Zawiya on Tuesday night, and a student on his way home was killed by a stray bullet, the town's hospital said. The fighting stopped after midnight when elders intervened.

TUNISIA - Residents and sub-Saharan migrants fought with stones and sticks in olive groves near El Amra, north of Sfax, on Saturday after a migrant was accused of stealing a phone. Twelve people were hurt and police, who separated the two groups, arrested 20 migrants.

EGYPT - The army said on Thursday that it had destroyed three smuggling tunnels on the border with Gaza.""", [
  E(cur, "Armed clash", "Two armed groups exchanged fire with medium weapons in the centre of Zawiya", P("Zawiya", "LY", geoname="Az Zawiyah"), "2026-09-29",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=1),
  E(cur, "Mob violence", "Residents and sub-Saharan migrants fought with stones and sticks in olive groves near El Amra", P("Sfax", "TN", 2), "2026-10-03",
    a1="Rioters (Tunisia)", i1=5, a2="Rioters (Tunisia)", i2=5, inj=12),
], register="digest"),
]

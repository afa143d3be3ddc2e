"""Multi-event stories written for this project (issue 11), batch ad: unseen by the coders in the session it was written
(2026-11-28/29, 22:49-01:49), the lead's measure of story generalisation, as batches s to ac. Held-out news as it looks —
wire stories with datelines and caps headlines, regional press, army and police releases, a regional administration's
daily report, NGO updates, live blogs, digests — with events of every status (current; background recalled with its own
date; threats; planned marches; denials; photo captions), several events per story at different places and days,
aggregates and tallies that are no events, casualty claims against official figures, rival rallies, forces' responses
after an attack, communal fights, property destruction, arrests on a later day, footers and related-story lines.
First half (st-ad-001..020): Somalia, Nigeria, Mali, Cameroon, Pakistan, Afghanistan, India, Myanmar, the Philippines,
Colombia, Ecuador, Brazil, Ukraine, the West Bank and Gaza, Lebanon and Syria, Yemen and Saudi Arabia, Sudan, South Sudan,
DR Congo, and a West Africa digest (Burkina Faso, Niger, Benin, Togo, Guinea, Senegal).
Second half (st-ad-021..040): Kenya, Uganda and Tanzania, Mozambique, the Central African Republic, Burundi (a rights
report), Madagascar, a Southern Africa digest (South Africa, Zimbabwe, Malawi), Libya, Tunisia, Iraq, Iran, the Caucasus
(Georgia, Armenia), Serbia, a Europe digest (Greece, France, the UK, Italy), Bangladesh, Nepal and Sri Lanka, Indonesia
and Papua New Guinea, Haiti, Central America (Guatemala, Honduras, El Salvador), the Andes (Bolivia, Peru), the
Southern Cone (Argentina, Chile, Paraguay), a Sudan live blog, a Kyrgyz border service release (a stone fight between border villages), an analysis
piece on Lake Chad (background raids with their own months), a Thai-Cambodian border exchange, a Mexican state
prosecutor's release (a patrol attacked, detentions in the operation after it, bodies found that are no event) and Russia
(a Dagestan raid, a port drone strike with an air-defence tally).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 30 km across all snippet, story and ISAF
gold within a week, and the same sub-type within 40 days)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

SHB = "Al Shabaab"; SOM = "Military Forces of Somalia (2022-)"; PUN = "Military Forces of Puntland (2024-)"; ISS = "Islamic State (Somalia)"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; ISWAP = "Islamic State West Africa Province"
FUL = "Fulani Ethnic Militia (Nigeria)"; MLI = "Military Forces of Mali (2021-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"
CMR = "Military Forces of Cameroon (1982-)"; AMB = "Ambazonian Separatists"; PAK = "Military Forces of Pakistan (2024-)"
PAK_POL = "Police Forces of Pakistan (2024-)"; BLA = "BLA: Balochistan Liberation Army"; AFG = "Military Forces of Afghanistan (2021-)"
AFG_POL = "Police Forces of Afghanistan (2021-)"; ISKP = "Islamic State Khorasan Province"; IND = "Military Forces of India (2014-)"
IND_POL = "Police Forces of India (2014-)"; MMR = "Military Forces of Myanmar (2021-)"; KIA = "KIA: Kachin Independence Army"
PHL = "Military Forces of the Philippines (2022-)"; BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"
COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; EMC = "FARC-EMC: Central General Staff"
ECU = "Military Forces of Ecuador (2023-)"; ECU_POL = "Police Forces of Ecuador (2023-)"; BRA_POL = "Police Forces of Brazil (2023-)"
CV = "CV: Comando Vermelho"; RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
ISR = "Military Forces of Israel (2022-)"; SYR_POL = "Police Forces of Syria (2024-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
YEM = "Military Forces of Yemen (2022-)"; SAU = "Military Forces of Saudi Arabia (2015-)"; SDN = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces"; SSD = "Military Forces of South Sudan (2011-)"; IO = "SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; BFA = "Military Forces of Burkina Faso (2022-)"
NER = "Military Forces of Niger (2023-)"; ISSP = "Islamic State Sahel Province"

STORIES = [
S("st-ad-001", "2026-02-10", """SOMALIA/
Puntland says 11 Islamic State fighters killed in Cal Miskaad clash; mortars hit Baidoa market

GAROWE, Feb 10 (Wire) - Puntland security forces fought Islamic State militants in the Cal Miskaad mountains west of Qandala on Sunday, killing 11 of them and losing three soldiers, a Puntland military commander told reporters by telephone. The group's Amaq outlet claimed its fighters had killed "more than 20 apostates" in the fighting.

Puntland says more than 900 Islamic State fighters have been killed since its offensive in the mountains began in December 2024.

In Baidoa, at least three mortar shells landed in the main livestock market on Monday evening, wounding five people, a local official said. No group said it had fired them.

Separately, hundreds of traders closed their shops and marched through Garowe on Monday against a new tax on imported goods. The march ended without incident.""", [
  E(cur, "Armed clash", "Puntland security forces fought Islamic State militants in the Cal Miskaad mountains west of Qandala", P("Qandala", "SO", 2), "sunday",
    a1=PUN, i1=1, a2=ISS, i2=2, fat=14),
  E(cur, "Shelling/artillery/missile attack", "at least three mortar shells landed in the main livestock market", P("Baidoa", "SO"), "monday",
    a1="Unidentified Armed Group (Somalia)", i1=3, a2="Civilians (Somalia)", i2=7, inj=5),
  E(cur, "Peaceful protest", "hundreds of traders closed their shops and marched through Garowe", P("Garowe", "SO", geoname="Garoowe"), "monday",
    a1="Protesters (Somalia)", i1=6),
]),

S("st-ad-002", "2026-05-12", """ISWAP fighters storm Damboa base, four soldiers killed; gunmen kill nine in Benue village; police tear-gas Makurdi protesters

By our correspondent, MAIDUGURI

Fighters of the Islamic State West Africa Province (ISWAP) attacked the army base in Damboa, Borno State, at about 1 a.m. on Saturday, firing rocket-propelled grenades and mortars, military sources said. Four soldiers were killed and seven wounded in the fighting, which lasted nearly three hours before troops backed by an Air Force jet repelled the attackers.

"We lost four of our men, but the terrorists lost many more," one of the sources said.

In Benue State, gunmen suspected to be herders killed nine people in an attack on the farming settlement of Tse-Ikyo, near Zaki-Biam in Ukum Local Government Area, late on Sunday, the council chairman said.

On Monday, police fired tear gas to disperse hundreds of youths who blocked the Makurdi-Lafia road in the North Bank area of Makurdi to protest against the killings. Two protesters were injured, witnesses said.

More than 500 people were killed in attacks in Benue State in 2025, according to a rights group.""", [
  E(cur, "Armed clash", "Fighters of the Islamic State West Africa Province (ISWAP) attacked the army base in Damboa", P("Damboa", "NG"), "saturday",
    a1=ISWAP, i1=2, a2=NGA, i2=1, fat=4, inj=7),
  E(cur, "Attack", "gunmen suspected to be herders killed nine people in an attack on the farming settlement of Tse-Ikyo", P("Zaki Biam", "NG", 2), "sunday",
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=9),
  E(cur, "Protest with intervention", "police fired tear gas to disperse hundreds of youths who blocked the Makurdi-Lafia road", P("Makurdi", "NG", 2), "monday",
    a1="Protesters (Nigeria)", i1=6, a2=NGA_POL, i2=1, inj=2),
], register="local"),

S("st-ad-003", "2026-07-14", """MALI/
Jihadists burn buses, seize drivers near Nioro du Sahel; drone strike near Tessalit kills eight, Tuareg group says

BAMAKO, July 14 (Wire) - Gunmen stopped five passenger buses on the road between Diema and Nioro du Sahel, in western Mali's Kayes region, on Saturday, ordered the passengers off and set the buses on fire, then took away two of the drivers, a transport union official said. The union blamed the al Qaeda-linked JNIM, which has warned transport companies against carrying soldiers. No passengers were hurt, he said.

The group has blockaded fuel imports into Mali from Senegal and Ivory Coast since September 2025, causing long queues at petrol stations in Bamako.

In the north, a drone strike hit a gathering at a water point near Tessalit, in the Kidal region, on Sunday, killing eight people, a Tuareg community association said, saying all the dead were herders. The army said in a statement on Monday that it had "neutralised a group of terrorists" in the area.

The union said its drivers would refuse to use the western roads from Wednesday unless the army provided escorts.""", [
  E(cur, "Abduction/forced disappearance", "then took away two of the drivers", P("Diema", "ML", 2), "saturday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
  unscored(E(cur, "Air/drone strike", "a drone strike hit a gathering at a water point near Tessalit", P("Tessalit", "ML", 2), "sunday",
             a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=8), "nothing"),
]),

S("st-ad-004", "2026-09-22", """CAMEROON/
Separatists abduct teachers near Kumbo; soldiers accused of burning homes in Bali; 'lockdown' announced for October 1

YAOUNDE, Sept 22 (Wire) - Armed separatists abducted three teachers from a government secondary school near Kumbo, in Cameroon's North-West region, on Friday, local officials said, accusing the fighters of trying to enforce their ban on schooling in the English-speaking regions.

On Saturday, soldiers set fire to at least 15 houses in the Ntanfoang quarter of Bali after a separatist ambush on a patrol there the day before, residents and a local rights lawyer said. The army denied the accusation and said its troops had "neutralised two terrorists" in the ambush. No soldiers were hurt, it said.

Separatist commanders said in videos posted online that they would impose a two-week lockdown across the region from October 1, the anniversary of their declaration of independence, and warned that anyone on the roads would be treated as an enemy.

The conflict in the North-West and South-West regions has killed more than 6,500 people since 2017, according to the International Crisis Group.""", [
  E(cur, "Abduction/forced disappearance", "Armed separatists abducted three teachers from a government secondary school near Kumbo", P("Kumbo", "CM", 2, a1="North-West"), "friday",
    a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Looting/property destruction", "soldiers set fire to at least 15 houses in the Ntanfoang quarter of Bali", P("Bali", "CM", 2, a1="North-West"), "saturday",
    a1=CMR, i1=1, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Armed clash", "a separatist ambush on a patrol there the day before", P("Bali", "CM", 2, a1="North-West"), "friday",
    a1=AMB, i1=2, a2=CMR, i2=1, fat=2, inj=0),
  unscored(E(thr, "Other", "they would impose a two-week lockdown across the region from October 1", P("Bamenda", "CM", 3, lat=5.96, lon=10.15, a1="North-West"), 9,
             a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7), "event_date", "time_precision", "geo_precision"),
]),

S("st-ad-005", "2026-04-14", """PAKISTAN/
Five FC soldiers killed in BLA attack near Kalat; police break up Baloch sit-in in Quetta, dozens held

QUETTA, April 14 (Wire) - Militants of the outlawed Balochistan Liberation Army attacked a Frontier Corps (FC) post on the highway near Kalat late on Sunday, killing five soldiers, officials said. The military's media wing said troops responded "effectively" and killed three of the attackers. The BLA said in a statement that it had killed 14 soldiers and taken weapons from the post.

On Monday, police used batons and tear gas to break up a sit-in by the Baloch Yakjehti Committee (BYC) outside the Quetta Press Club and detained at least 40 protesters, including women, the group said. The sit-in had been held since Friday to demand the release of relatives the group says were taken by security agencies.

The provincial government suspended mobile internet in Quetta and Mastung on Tuesday, citing security concerns.

Balochistan, Pakistan's largest and poorest province, has faced a separatist insurgency for two decades.""", [
  E(cur, "Armed clash", "Militants of the outlawed Balochistan Liberation Army attacked a Frontier Corps (FC) post on the highway near Kalat", P("Kalat", "PK", 2), "sunday",
    a1=BLA, i1=2, a2=PAK, i2=1, fat=8),
  E(cur, "Protest with intervention", "police used batons and tear gas to break up a sit-in by the Baloch Yakjehti Committee (BYC) outside the Quetta Press Club", P("Quetta", "PK"), "monday",
    a1="Protesters (Pakistan)", i1=6, a2=PAK_POL, i2=1, assoc_actor_1="Baloch Yakjehti Committee"),
]),

S("st-ad-006", "2026-06-03", """AFGHANISTAN/
NRF says it killed three Taliban near Bazarak; deportees protest at Islam Qala crossing; journalist detained in Kabul

KABUL, June 3 (Wire) - The anti-Taliban National Resistance Front (NRF) said on Sunday that its fighters had attacked a Taliban checkpoint in the hills near Bazarak, the capital of Panjshir province, on Saturday night, killing three Taliban fighters. A Taliban spokesman said one of their men had been slightly wounded in what he called "a small incident caused by thieves".

On Monday, several hundred Afghans deported from Iran staged a protest at the Islam Qala border crossing in Herat province over the confiscation of their belongings and the lack of shelter. Taliban border forces fired into the air to disperse them, witnesses said. No one was hurt.

Also on Monday, Taliban intelligence agents detained a reporter of a local radio station at his home in Kabul, his employer said, without giving a reason.

More than 1.5 million Afghans returned from Iran in 2025, most of them forcibly, according to the UN.""", [
  unscored(E(cur, "Armed clash", "its fighters had attacked a Taliban checkpoint in the hills near Bazarak", P("Bazarak", "AF", 2), "saturday",
             a1="NRF: National Resistance Front", i1=2, a2=AFG, i2=1, fat=3), "injuries"),
  E(cur, "Protest with intervention", "several hundred Afghans deported from Iran staged a protest at the Islam Qala border crossing", P("Islam Qala", "AF", lat=34.66, lon=61.07, a1="Herat"), "monday",
    a1="Protesters (Afghanistan)", i1=6, a2=AFG, i2=1, fat=0, inj=0),
  E(cur, "Arrests", "Taliban intelligence agents detained a reporter of a local radio station at his home in Kabul", P("Kabul", "AF"), "monday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
]),

S("st-ad-007", "2026-07-21", """Two infiltrators killed on LoC in Kupwara; grenade attack on CRPF bunker in Sopore injures three

SRINAGAR: Two infiltrators were killed by the Army along the Line of Control in the Machil sector of Kupwara district on Sunday night, a defence spokesperson said. Troops noticed suspicious movement near the fence and challenged the intruders, who opened fire, leading to an exchange that went on for about two hours. Two AK rifles and a quantity of ammunition were recovered.

In Sopore, militants hurled a grenade at a CRPF bunker near the main chowk on Monday evening. The grenade exploded on the road, injuring two CRPF personnel and a shopkeeper, police said. The area was cordoned off and a search launched.

The attack drew condemnation from political parties, who said it was aimed at disturbing the peace ahead of the Amarnath Yatra's final week.

Related: Police attach properties of three terrorists in Baramulla""", [
  E(cur, "Armed clash", "Two infiltrators were killed by the Army along the Line of Control in the Machil sector of Kupwara district", P("Kupwara", "IN", 2, lat=34.53, lon=74.26, a1="Jammu and Kashmir", a2="Kupwara"), "sunday",
    a1=IND, i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=2),
  E(cur, "Grenade", "militants hurled a grenade at a CRPF bunker near the main chowk", P("Sopore", "IN", geoname="Sopur", a1="Jammu and Kashmir"), "monday",
    a1="Unidentified Armed Group (India)", i1=3, a2=IND_POL, i2=1, inj=3),
], register="local"),

S("st-ad-008", "2026-01-27", """MYANMAR/
KIA presses assault on Bhamo; junta jets bomb village in Mansi township, seven dead

(From our Kachin correspondent)

Fighters of the Kachin Independence Army (KIA) and allied resistance forces attacked junta positions around the Bhamo airport and the town's northern wards on Saturday and Sunday, a KIA officer said, claiming that at least 20 junta soldiers had been killed. The military did not comment. Residents said shells fired by both sides fell on houses in the town, but gave no toll.

On Monday, a junta fighter jet bombed a village in Mansi township, south of Bhamo, killing seven civilians and wounding 11, according to a local relief group. It said the village had no resistance fighters.

The KIA has been trying to take Bhamo since November 2024.

Also on Monday, several hundred people marched in Myitkyina in support of the military's planned elections, carrying portraits of Min Aung Hlaing, state media reported.""", [
  E(cur, "Armed clash", "Fighters of the Kachin Independence Army (KIA) and allied resistance forces attacked junta positions around the Bhamo airport", P("Bhamo", "MM"), "saturday", tp=2,
    a1=KIA, i1=2, a2=MMR, i2=1, fat=20),
  E(cur, "Air/drone strike", "a junta fighter jet bombed a village in Mansi township", P("Mansi", "MM", 3, lat=24.07, lon=97.29, a1="Kachin"), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=7, inj=11),
  E(cur, "Peaceful protest", "several hundred people marched in Myitkyina in support of the military's planned elections", P("Myitkyina", "MM"), "monday",
    a1="Protesters (Myanmar)", i1=6),
], register="local"),

S("st-ad-009", "2026-03-10", """NEWS RELEASE
4th Infantry (Diamond) Division, Philippine Army
Camp Evangelista, Cagayan de Oro City

Troops of the 88th Infantry Battalion encountered an undetermined number of members of the New People's Army (NPA) in the hinterlands of Malaybalay City, Bukidnon, at about 2:10 p.m. on March 7, 2026, while responding to reports from residents of extortion activities in the area. After a ten-minute firefight, the enemy fled, leaving behind two of their dead comrades and an M653 rifle.

On March 8, 2026, a landmine planted by the NPA exploded as a military truck passed along a farm-to-market road in Barangay Mandahikan, Cabanglasan, Bukidnon, wounding two soldiers, who were brought to the hospital in Malaybalay and are now in stable condition.

"The use of landmines is a clear violation of international humanitarian law," the Division Commander said.

Since January, 23 NPA members have surrendered to units of the Division in Bukidnon and Misamis Oriental.""", [
  E(cur, "Armed clash", "Troops of the 88th Infantry Battalion encountered an undetermined number of members of the New People's Army (NPA)", P("Malaybalay", "PH", 2), "2026-03-07",
    a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=2),
  E(cur, "Remote explosive/landmine/IED", "a landmine planted by the NPA exploded as a military truck passed", P("Cabanglasan", "PH", 2), "2026-03-08",
    a1="NPA: New People's Army", i1=2, a2=PHL, i2=1, inj=2),
], register="official"),

S("st-ad-010", "2026-10-06", """Cauca: disidencias atacan estación de Morales con drones; minga indígena llega a Popayán

POPAYAN (Regional press, English edition) - FARC dissidents attacked the police station in Morales, Cauca, with rifle fire and explosive-laden drones for nearly four hours on Sunday night, wounding two police officers and a teenager, the departmental police said. Soldiers arrived from Piendamo on Monday morning and the attackers withdrew.

In Argelia, in the south of the department, soldiers clashed with fighters of the ELN on Monday in the rural area of El Plateado, the army said. One soldier was killed.

Meanwhile, some 4,000 members of the Indigenous Guard and Nasa communities arrived in Popayan on Monday in a "minga" to demand that the government honour agreements on land. They camped peacefully at the university.

"We will stay until we are heard," a leader of the regional Indigenous council said.

The Cauca department has seen more than 300 attacks on the security forces since January, according to the governor's office.""", [
  E(cur, "Armed clash", "FARC dissidents attacked the police station in Morales, Cauca, with rifle fire and explosive-laden drones", P("Morales", "CO", admin1="Cauca"), "sunday",
    a1=EMC, i1=2, a2=COL_POL, i2=1, inj=3),
  E(cur, "Armed clash", "soldiers clashed with fighters of the ELN on Monday in the rural area of El Plateado", P("El Plateado", "CO", 2, lat=2.29, lon=-77.08, a1="Cauca"), "monday",
    a1=COL, i1=1, a2="ELN: National Liberation Army", i2=2, fat=1),
  E(cur, "Peaceful protest", "some 4,000 members of the Indigenous Guard and Nasa communities arrived in Popayan on Monday in a \"minga\"", P("Popayan", "CO"), "monday",
    a1="Protesters (Colombia)", i1=6),
], register="local"),

S("st-ad-011", "2026-08-25", """ECUADOR/
Gang fight leaves 8 dead in Esmeraldas; gunmen kill five at Machala pool hall; Noboa extends emergency

QUITO, Aug 25 (Wire) - Members of the Los Lobos and Los Choneros gangs fought with rifles and grenades for control of a hillside neighbourhood of Esmeraldas on Saturday night, leaving eight dead, the police said. Soldiers sealed off the area on Sunday.

In Machala, gunmen on two motorcycles opened fire inside a pool hall on Sunday evening, killing five men and wounding three. Police said the attack was linked to a dispute between gangs over extortion in the city's port district.

President Daniel Noboa on Monday extended by 60 days a state of emergency in the provinces of El Oro, Esmeraldas, Guayas, Los Rios and Manabi, citing "internal armed conflict".

Ecuador recorded more than 8,000 violent deaths in 2025, the highest rate in Latin America.""", [
  E(cur, "Armed clash", "Members of the Los Lobos and Los Choneros gangs fought with rifles and grenades for control of a hillside neighbourhood of Esmeraldas", P("Esmeraldas", "EC", admin1="Esmeraldas"), "saturday",
    a1="Los Lobos", i1=3, a2="Los Choneros", i2=3, fat=8),
  E(cur, "Attack", "gunmen on two motorcycles opened fire inside a pool hall", P("Machala", "EC"), "sunday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=5, inj=3),
  unscored(E(cur, "Other", "extended by 60 days a state of emergency in the provinces of El Oro, Esmeraldas, Guayas, Los Rios and Manabi", C("EC"), "monday",
             a1="Government of Ecuador (2023-)", i1=1), "geo_precision"),
]),

S("st-ad-012", "2026-05-05", """BRAZIL/
Nine killed in police raid on Sao Goncalo favelas; buses torched on highway

RIO DE JANEIRO, May 5 (Wire) - Nine suspected members of the Comando Vermelho drug faction were killed in a shootout with Rio de Janeiro state military police during a raid on the Complexo do Salgueiro in Sao Goncalo on Monday, the police said. One officer was shot in the leg. Residents said two of the dead were motorcycle taxi drivers with no ties to the gang.

Hours later, men set fire to four buses on the BR-101 highway near the complex, blocking traffic for most of the afternoon. Police said the arson was ordered by gang leaders; no one was hurt.

On Tuesday, around 300 relatives and neighbours of the dead marched to the Sao Goncalo city hall, demanding an investigation. The march was peaceful.

Police raids in Rio de Janeiro state killed more than 700 people last year, according to a monitoring group.""", [
  E(cur, "Armed clash", "Nine suspected members of the Comando Vermelho drug faction were killed in a shootout with Rio de Janeiro state military police", P("Sao Goncalo", "BR", 2, admin1="Rio de Janeiro"), "monday",
    a1=BRA_POL, i1=1, a2=CV, i2=3, fat=9, inj=1),
  E(cur, "Looting/property destruction", "men set fire to four buses on the BR-101 highway near the complex", P("Sao Goncalo", "BR", 2, admin1="Rio de Janeiro"), "monday",
    a1=CV, i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "around 300 relatives and neighbours of the dead marched to the Sao Goncalo city hall", P("Sao Goncalo", "BR", admin1="Rio de Janeiro"), "tuesday",
    a1="Protesters (Brazil)", i1=6),
]),

S("st-ad-013", "2026-06-09", """Sumy Regional Military Administration
Situation in the region over the past day (as of 08:00, 9 June)

Over the past day, the enemy carried out 47 attacks on 9 communities of the region. Air defence destroyed 14 drones.

Bilopillia community: 6 FPV drone attacks; a 57-year-old man was wounded, a private house and a car were damaged.
Krasnopillia community: mortar and artillery shelling; no casualties.
Sumy community: a guided aerial bomb hit an industrial enterprise in the city in the evening; two workers were injured.
Seredyna-Buda community: shelling from multiple launch rocket systems; a farm building was destroyed, no casualties.

The evacuation of residents from the 10-kilometre border zone continues.""", [
  E(cur, "Air/drone strike", "6 FPV drone attacks; a 57-year-old man was wounded", P("Bilopillia", "UA", 3, lat=51.15, lon=34.31, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Shelling/artillery/missile attack", "mortar and artillery shelling; no casualties", P("Krasnopillia", "UA", 3, lat=50.77, lon=35.27, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "a guided aerial bomb hit an industrial enterprise in the city", P("Sumy", "UA"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Shelling/artillery/missile attack", "shelling from multiple launch rocket systems; a farm building was destroyed", P("Seredyna-Buda", "UA", 3, lat=52.19, lon=34.04, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
], register="official"),

S("st-ad-014", "2026-08-25", """MIDEAST/
Israeli strike kills three in Deir al-Balah; settlers burn olive groves at Turmus Ayya; troops raid Azzun

GAZA/RAMALLAH, Aug 25 (Wire) - An Israeli air strike on a house in Deir al-Balah in the central Gaza Strip on Monday killed three people, including a woman, and wounded six, the local hospital said. The Israeli military said it had struck a Hamas militant who was planning an attack on its troops.

In the occupied West Bank, Israeli settlers set fire to olive groves and a tractor on the edge of Turmus Ayya, north of Ramallah, on Sunday afternoon, the village council said. Firefighters put out the blaze after about three hours. No one was hurt.

Israeli forces raided the town of Azzun, east of Qalqilya, before dawn on Monday and detained four young men, the Palestinian Prisoners' Society said.

Caption: Smoke rises over olive groves at Turmus Ayya, Sunday.""", [
  E(cur, "Air/drone strike", "An Israeli air strike on a house in Deir al-Balah", P("Deir al-Balah", "PS", geoname="Dayr al Balah"), "monday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=3, inj=6),
  E(cur, "Looting/property destruction", "Israeli settlers set fire to olive groves and a tractor on the edge of Turmus Ayya", P("Turmus Ayya", "PS", 2, geoname="Turmus`ayya"), "sunday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "Israeli forces raided the town of Azzun, east of Qalqilya, before dawn on Monday and detained four young men", P("Azzun", "PS", geoname="`Azzun"), "monday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  unscored(E(cap, "Looting/property destruction", "Smoke rises over olive groves at Turmus Ayya, Sunday", P("Turmus Ayya", "PS", 2, geoname="Turmus`ayya"), "sunday",
             a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ad-015", "2026-03-17", """LEBANON/SYRIA
Israeli drone hits truck near Hermel; clashes on Syrian coast kill six; Kurds rally in Qamishli

BEIRUT, March 17 (Wire) - An Israeli drone struck a truck on a road near Hermel in Lebanon's northern Bekaa Valley on Monday, killing two men, Lebanon's state news agency said. The Israeli military said the truck was carrying weapons for Hezbollah from Syria, and that the two men were Hezbollah members.

In Syria, gunmen ambushed a patrol of the government's General Security forces in the hills east of Jableh, in Latakia province, on Sunday, and the two sides exchanged fire for several hours, the interior ministry said. Four members of the security forces and two gunmen were killed. The ministry described the attackers as "remnants of the former regime".

On Monday, thousands of Kurds rallied in Qamishli to mark the anniversary of the 2004 uprising and to demand constitutional recognition. The rally passed off peacefully.

Israel and Hezbollah agreed a ceasefire in November 2024, but Israel has continued near-daily strikes.""", [
  E(cur, "Air/drone strike", "An Israeli drone struck a truck on a road near Hermel", P("Hermel", "LB", 2, geoname="El Hermel"), "monday",
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=2),
  E(cur, "Armed clash", "gunmen ambushed a patrol of the government's General Security forces in the hills east of Jableh", P("Jableh", "SY", 2, lat=35.36, lon=35.93, a1="Latakia"), "sunday",
    a1="Alawite Militia (Syria)", i1=4, a2=SYR_POL, i2=1, fat=6),
  E(cur, "Peaceful protest", "thousands of Kurds rallied in Qamishli", P("Qamishli", "SY", geoname="Al Qamishli"), "monday",
    a1="Protesters (Syria)", i1=6),
]),

S("st-ad-016", "2026-02-24", """YEMEN/
Houthi drones hit army positions west of Marib; Ethiopian migrants shot at Saudi border, aid group says

ADEN, Feb 24 (Wire) - Houthi forces attacked government army positions on the western outskirts of Marib city with drones and artillery on Sunday, killing three soldiers, a military official said. Government troops shelled Houthi positions in response, he said.

An aid group working with migrants said on Monday that Saudi border guards had fired mortar rounds at a group of Ethiopian migrants trying to cross the mountains from Yemen's Saada province last week, killing at least 12. It said survivors were treated at a clinic in Saada city. Saudi Arabia has denied similar reports in the past.

In Aden, several hundred residents blocked streets with burning tyres on Monday night to protest against power cuts of up to 16 hours a day.

The Houthis and the government have observed a fragile truce since 2022, though fighting continues along several front lines.""", [
  E(cur, "Air/drone strike", "Houthi forces attacked government army positions on the western outskirts of Marib city with drones and artillery", P("Marib", "YE", 2, lat=15.46, lon=45.33, a1="Marib"), "sunday",
    a1=HOUTHI, i1=1, a2=YEM, i2=1, fat=3),
  E(cur, "Shelling/artillery/missile attack", "Government troops shelled Houthi positions in response", P("Marib", "YE", 2, lat=15.46, lon=45.33, a1="Marib"), "sunday",
    a1=YEM, i1=1, a2=HOUTHI, i2=1),
  unscored(E(cur, "Attack", "Saudi border guards had fired mortar rounds at a group of Ethiopian migrants", P("Sa'dah", "YE", 3, lat=16.94, lon=43.76, a1="Sadah"), "2026-02-16", tp=2,
             a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=12), "nothing"),
  E(cur, "Violent demonstration", "several hundred residents blocked streets with burning tyres", P("Aden", "YE"), "monday",
    a1="Rioters (Yemen)", i1=5),
]),

S("st-ad-017", "2026-04-28", """SUDAN: Flash update No. 6 — Darfur and Kassala (27 April 2026)

KEY POINTS
- RSF fighters attack village near Tawila; 17 killed
- Drone strike reported on Nyala airport
- Peaceful protest in Kassala over bread prices

On 25 April, Rapid Support Forces (RSF) fighters attacked the village of Dali, about 15 km west of Tawila, North Darfur, killing 17 civilians and looting livestock, according to community leaders. About 2,000 people fled to Tawila town, which already hosts more than 500,000 displaced people.

On 26 April, a drone struck the airport in Nyala, South Darfur, which the RSF uses as a base. The RSF accused the Sudanese Armed Forces (SAF) of the strike; casualty figures could not be verified.

On 26 April, hundreds of people protested peacefully in Kassala against a rise in the price of bread.

Partners are preparing to scale up shelter and water support in Tawila.""", [
  E(cur, "Attack", "Rapid Support Forces (RSF) fighters attacked the village of Dali, about 15 km west of Tawila", P("Tawila", "SD", 2, lat=13.5, lon=24.87, a1="North Darfur"), "2026-04-25",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=17),
  E(cur, "Air/drone strike", "a drone struck the airport in Nyala", P("Nyala", "SD", a1="South Darfur"), "2026-04-26",
    a1=SDN, i1=1, a2=RSF, i2=2),
  E(cur, "Peaceful protest", "hundreds of people protested peacefully in Kassala", P("Kassala", "SD"), "2026-04-26",
    a1="Protesters (Sudan)", i1=6),
], register="ngo"),

S("st-ad-018", "2026-03-03", """SOUTH SUDAN/
Raiders kill 14 in Duk county cattle camp; NAS rebels raid police post in Kajo-Keji

JUBA, March 3 (Wire) - Armed youths from the Murle community attacked a cattle camp near Poktap in Jonglei state's Duk county on Saturday, killing 14 people and driving off more than 2,000 head of cattle, the county commissioner said. Two children were abducted, he said.

On Sunday, rebels of the National Salvation Front (NAS) attacked a police post at Kajo-Keji, in Central Equatoria state, before dawn and made off with rifles and ammunition, the county commissioner said. One policeman was killed and two were wounded; the rebels said they had lost no one.

The United Nations Mission in South Sudan condemned the violence and called on the parties to respect the 2018 peace agreement.

"We fear the raiders will come back before the rains," a local chief said.""", [
  E(cur, "Attack", "Armed youths from the Murle community attacked a cattle camp near Poktap", P("Jonglei", "SS", 3, lat=6.2089, lon=31.5586, a1="Jonglei"), "saturday",
    a1="Murle Ethnic Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=14),
  E(cur, "Armed clash", "rebels of the National Salvation Front (NAS) attacked a police post at Kajo-Keji", P("Kajo Keji", "SS", lat=3.85, lon=31.66, a1="Central Equatoria"), "sunday",
    a1="NAS: National Salvation Front", i1=2, a2="Police Forces of South Sudan (2011-)", i2=1, fat=1, inj=2),
]),

S("st-ad-019", "2026-08-18", """DR CONGO/
CODECO militiamen kill seven gold miners near Mongbwalu; Twirwaneho and army clash near Minembwe

BUNIA, Aug 18 (Wire) - CODECO militiamen raided an artisanal gold mine near Mongbwalu, in Djugu territory, Ituri province, on Sunday night, killing seven miners and carrying off gold and mobile phones, a local mining cooperative said. Three other miners were wounded.

In South Kivu, Twirwaneho fighters attacked an army position on the high plateau near Minembwe on Monday, the army spokesman in the region said, adding that three attackers were killed. The group said it had been attacked first.

On Tuesday, hundreds of people marched in Bunia to demand better protection for displaced people. Police fired tear gas when some protesters tried to enter the provincial assembly compound.

Caption: Miners at a gold site in Djugu territory, 2023.""", [
  E(cur, "Attack", "CODECO militiamen raided an artisanal gold mine near Mongbwalu", P("Mongbwalu", "CD", 2, lat=1.95, lon=30.04, a1="Ituri"), "sunday",
    a1="CODECO: Cooperative for Development of Congo", i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=7, inj=3),
  E(cur, "Armed clash", "Twirwaneho fighters attacked an army position on the high plateau near Minembwe", P("South Kivu", "CD", 3, lat=-2.4908, lon=28.8428, a1="South Kivu"), "monday",
    a1="Twirwaneho", i1=4, a2=COD, i2=1, fat=3),
  E(cur, "Protest with intervention", "hundreds of people marched in Bunia to demand better protection for displaced people", P("Bunia", "CD", a1="Ituri"), "tuesday",
    a1="Protesters (Democratic Republic of Congo)", i1=6, a2="Police Forces of Democratic Republic of Congo (2019-)", i2=1),
]),

S("st-ad-020", "2026-11-09", """WEST AFRICA AND SAHEL: THE WEEK IN BRIEF (2-8 November)

BURKINA FASO - Jihadists attacked a Volunteers for the Defence of the Homeland (VDP) post in Sebba, Yagha province, on Tuesday; local sources said seven volunteers and several attackers were killed.

NIGER - An army patrol clashed with Islamic State Sahel Province fighters near Ayorou on Thursday, the defence ministry said, killing 16 fighters; two soldiers were wounded.

BENIN - Suspected jihadists kidnapped two forest rangers near Banikoara, in the north, on Wednesday, the army said.

TOGO - Students protested at the university in Dapaong on Friday over unpaid grants; gendarmes fired tear gas and arrested nine.

GUINEA - Opposition supporters who called a march in Conakry for Thursday stayed home after the ban; the streets of the suburbs were empty, residents said.

SENEGAL - The government and a faction of the MFDC separatists signed a new peace accord in Ziguinchor on Saturday.""", [
  E(cur, "Armed clash", "Jihadists attacked a Volunteers for the Defence of the Homeland (VDP) post in Sebba", P("Sebba", "BF"), "tuesday",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="VDP: Volunteers for the Defense of the Homeland", i2=3, fat=10),
  E(cur, "Armed clash", "An army patrol clashed with Islamic State Sahel Province fighters near Ayorou", P("Ayorou", "NE", 2), "thursday",
    a1=NER, i1=1, a2=ISSP, i2=2, fat=16, inj=2),
  E(cur, "Abduction/forced disappearance", "Suspected jihadists kidnapped two forest rangers near Banikoara", P("Banikoara", "BJ", 2), "wednesday",
    a1="Unidentified Armed Group (Benin)", i1=3, a2="Civilians (Benin)", i2=7),
  E(cur, "Protest with intervention", "Students protested at the university in Dapaong on Friday over unpaid grants", P("Dapaong", "TG"), "friday",
    a1="Protesters (Togo)", i1=6, a2="Police Forces of Togo (2005-)", i2=1),
  E(cur, "Agreement", "The government and a faction of the MFDC separatists signed a new peace accord in Ziguinchor", P("Ziguinchor", "SN"), "saturday",
    a1="Government of Senegal (2024-)", i1=1, a2="MFDC: Movement of Democratic Forces of Casamance", i2=2),
], register="digest"),

S("st-ad-021", "2026-11-04", """KENYA/
Two shot dead in Kitengela as police fire on protesters over teacher's death in custody; shops looted in Nairobi

NAIROBI, Nov 4 (Wire) - Police shot dead two young men in Kitengela, south of Nairobi, on Tuesday as they fired live rounds at protesters who had blocked the Namanga highway over the death of a local teacher in a police cell last week, a rights group and a hospital official said. The Independent Policing Oversight Authority said it had opened an investigation.

In Nairobi's central business district, groups of youths smashed shop windows and looted phone shops on Moi Avenue after police fired tear gas to stop a march to parliament, witnesses said. Police said 46 people had been arrested in the city and 19 officers injured by stones.

Kenya's interior minister said on Wednesday that "criminals who hijack protests" would be dealt with firmly. On June 25, 2024, protesters stormed parliament during demonstrations against a finance bill and police shot dead several people outside the building.

Caption: Youths carry goods from a looted phone shop on Moi Avenue, Nairobi, Tuesday.""", [
  E(cur, "Excessive force against protesters", "Police shot dead two young men in Kitengela", P("Kitengela", "KE", lat=-1.48, lon=36.96, a1="Kajiado"), "tuesday",
    a1="Protesters (Kenya)", i1=6, a2="Police Forces of Kenya (2022-)", i2=1, fat=2),
  E(cur, "Violent demonstration", "groups of youths smashed shop windows and looted phone shops on Moi Avenue", P("Nairobi", "KE", a1="Nairobi"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2="Police Forces of Kenya (2022-)", i2=1, inj=19),
  unscored(E(bg, "Violent demonstration", "protesters stormed parliament during demonstrations against a finance bill", P("Nairobi", "KE", a1="Nairobi"), "2024-06-25",
             a1="Rioters (Kenya)", i1=5, a2="Police Forces of Kenya (2022-)", i2=1), "fatalities", "injuries"),
  unscored(E(cap, "Violent demonstration", "Youths carry goods from a looted phone shop on Moi Avenue, Nairobi, Tuesday", P("Nairobi", "KE", a1="Nairobi"), "tuesday",
             a1="Rioters (Kenya)", i1=5, a2="Police Forces of Kenya (2022-)", i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-ad-022", "2026-04-21", """EAST AFRICA/
Ugandan police detain 23 NUP supporters in Masaka; Tanzanian police block CHADEMA rally in Mbeya

KAMPALA, April 21 (Wire) - Ugandan police and soldiers detained 23 supporters of the opposition National Unity Platform (NUP) in night raids on their homes in Masaka on Sunday, accusing them of planning "acts of violence", the party said. A police spokesman confirmed the arrests but gave no number.

In Tanzania, police fired tear gas on Monday to disperse supporters of the opposition party CHADEMA who had gathered at a football ground in Mbeya for a rally the police had banned, the party said. Several people were hurt in the stampede and 12 were detained.

CHADEMA said it would hold another rally in Arusha on Saturday "with or without permission". Police said any such gathering would be dispersed.

The NUP says 18 supporters arrested after a rally in Masaka in January are still being held without charge.

The two countries' governments deny targeting the opposition.""", [
  E(cur, "Arrests", "Ugandan police and soldiers detained 23 supporters of the opposition National Unity Platform (NUP) in night raids on their homes in Masaka", P("Masaka", "UG"), "sunday",
    a1="Police Forces of Uganda (1986-)", i1=1, a2="NUP: National Unity Platform", i2=7, assoc_actor_1="Military Forces of Uganda (1986-)"),
  E(cur, "Protest with intervention", "police fired tear gas on Monday to disperse supporters of the opposition party CHADEMA", P("Mbeya", "TZ"), "monday",
    a1="Protesters (Tanzania)", i1=6, a2="Police Forces of Tanzania (2021-)", i2=1, inj=3),
  unscored(E(bg, "Arrests", "18 supporters arrested after a rally in Masaka in January", P("Masaka", "UG"), "2026-01-01", tp=3,
             a1="Police Forces of Uganda (1986-)", i1=1, a2="NUP: National Unity Platform", i2=7), "actor1", "inter1"),
  unscored(E(hyp, "Peaceful protest", "it would hold another rally in Arusha on Saturday", P("Arusha", "TZ"), 4,
             a1="Protesters (Tanzania)", i1=6), "event_date", "time_precision"),
]),

S("st-ad-023", "2026-08-04", """MOZAMBIQUE/
Insurgents seize bus passengers near Chiure; Naparama fighters clash with militants near Mecufi

MAPUTO, Aug 4 (Wire) - Islamic State-linked insurgents stopped a bus on the N380 road near Chiure, in Cabo Delgado province, on Saturday and took away six passengers, including two teenage girls, after releasing the others, the bus company and a local official said. The insurgents burned the bus.

On Sunday, fighters of the Naparama, a traditional militia that has taken up arms against the insurgents, fought a group of militants in the bush west of Mecufi, a local leader said. Three Naparama fighters were killed; the militia said it had killed "many" of the attackers.

The insurgency has displaced more than a million people since 2017. In March 2021, insurgents seized the town of Palma, where TotalEnergies is building a liquefied natural gas plant, for several days.

Analysts said a renewed attack on Palma would put the restart of the gas project at risk.""", [
  E(cur, "Abduction/forced disappearance", "Islamic State-linked insurgents stopped a bus on the N380 road near Chiure", P("Chiure", "MZ", 2, lat=-13.38, lon=39.78, a1="Cabo Delgado"), "saturday",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7),
  E(cur, "Armed clash", "fighters of the Naparama, a traditional militia that has taken up arms against the insurgents, fought a group of militants in the bush west of Mecufi", P("Mecufi", "MZ", 2, lat=-13.29, lon=40.56, a1="Cabo Delgado"), "sunday",
    a1="Naparama Militia", i1=4, a2="Islamic State Mozambique Province", i2=2, fat=3),
  unscored(E(bg, "Non-state actor overtakes territory", "insurgents seized the town of Palma", P("Palma", "MZ", lat=-10.78, lon=40.47, a1="Cabo Delgado"), "2021-03-01", tp=3,
             a1="Islamic State Mozambique Province", i1=2, a2="Military Forces of Mozambique (2015-2025)", i2=1), "actor1", "inter1", "actor2", "inter2"),
  unscored(E(hyp, "Attack", "a renewed attack on Palma", P("Palma", "MZ", lat=-10.78, lon=40.47, a1="Cabo Delgado")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
]),

S("st-ad-024", "2026-09-01", """CENTRAL AFRICAN REPUBLIC/
Azande militia attacks UN base in Zemio; 3R rebels kill herders near Bocaranga, officials say

BANGUI (Regional press) - Fighters of the Azande Ani Kpi Gbe militia fired on a base of the UN peacekeeping mission MINUSCA in Zemio, in the south-east, on Saturday, wounding two peacekeepers, the mission said in a statement. The peacekeepers returned fire; the mission did not give the attackers' losses.

The attack came nine days after mortar shells fired into the town's displacement camp on August 20 killed a child and wounded four people, according to a local aid worker.

In the north-west, rebels of the 3R group killed five Fulani herders and stole their cattle near Bocaranga on Sunday, a local official said. The 3R denied the accusation and blamed "bandits".

On Monday, several hundred people in Bangui marched peacefully to the National Assembly in support of the government's planned constitutional changes, carrying placards praising President Touadera.

Related: Bangui: the army takes delivery of two new helicopters""", [
  E(cur, "Armed clash", "Fighters of the Azande Ani Kpi Gbe militia fired on a base of the UN peacekeeping mission MINUSCA in Zemio", P("Zemio", "CF"), "saturday",
    a1="Azande Ani Kpi Gbe", i1=4, a2="MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", i2=8, inj=2),
  unscored(E(bg, "Shelling/artillery/missile attack", "mortar shells fired into the town's displacement camp on August 20", P("Zemio", "CF", 2), "2026-08-20",
             a1="Unidentified Armed Group (Central African Republic)", i1=3, a2="Civilians (Central African Republic)", i2=7, fat=1, inj=4), "geo_precision"),
  E(cur, "Attack", "rebels of the 3R group killed five Fulani herders and stole their cattle near Bocaranga", P("Bocaranga", "CF", 2, lat=6.99, lon=15.64, a1="Ouham-Pende"), "sunday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Civilians (Central African Republic)", i2=7, fat=5),
  E(cur, "Peaceful protest", "several hundred people in Bangui marched peacefully to the National Assembly", P("Bangui", "CF"), "monday",
    a1="Protesters (Central African Republic)", i1=6),
], register="local"),

S("st-ad-025", "2026-02-17", """BURUNDI: Monthly human rights report (January 2026)

The League recorded 41 human rights violations in January, including 6 killings, 11 cases of torture and 19 arbitrary arrests.

Selected cases:
- On 9 January, members of the Imbonerakure, the youth wing of the ruling CNDD-FDD party, beat three members of the opposition CNL on a hill outside Bubanza town, accusing them of holding a secret meeting. One of them died of his injuries two days later.
- On 17 January, police in Bujumbura arrested a CNL official, Jean-Claude N., at his home in the Kinama quarter and took him to an unknown place. His family has had no news of him since.
- On 24 January, Imbonerakure and police forced traders at the central market of Cibitoke town to pay "contributions" for the 2027 elections, threatening to close the shops of those who refused.

The League calls on the authorities to end the impunity of the Imbonerakure.""", [
  E(cur, "Attack", "members of the Imbonerakure, the youth wing of the ruling CNDD-FDD party, beat three members of the opposition CNL", P("Bubanza", "BI", 2, lat=-3.08, lon=29.39, a1="Bubanza"), "2026-01-09",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, fat=1),
  E(cur, "Abduction/forced disappearance", "police in Bujumbura arrested a CNL official, Jean-Claude N., at his home in the Kinama quarter and took him to an unknown place", P("Bujumbura", "BI", 2), "2026-01-17",
    a1="Police Forces of Burundi (2020-)", i1=1, a2="Civilians (Burundi)", i2=7),
  E(cur, "Other", "Imbonerakure and police forced traders at the central market of Cibitoke town", P("Cibitoke", "BI", lat=-2.89, lon=29.12, a1="Cibitoke"), "2026-01-24",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, assoc_actor_1="Police Forces of Burundi (2020-)"),
], register="ngo"),

S("st-ad-026", "2026-04-14", """MADAGASCAR/
Villagers beat two suspected zebu thieves to death near Ambalavao; students clash with police in Antananarivo

ANTANANARIVO, April 14 (Wire) - Residents of a village near Ambalavao, in the Haute Matsiatra region, beat two men they suspected of stealing cattle to death on Saturday, before gendarmes arrived, the gendarmerie said. A third man was taken to hospital with head wounds.

On Monday, students of the University of Antananarivo threw stones at police who tried to stop them marching into the city centre to demand the payment of overdue grants. Police fired tear gas; four students and two officers were hurt, the university said.

The gendarmerie said it had opened an investigation into the killings and warned against "popular justice".""", [
  E(cur, "Mob violence", "Residents of a village near Ambalavao, in the Haute Matsiatra region, beat two men they suspected of stealing cattle to death", P("Ambalavao", "MG", 2, lat=-21.83, lon=46.93, a1="Upper Matsiatra"), "saturday",
    a1="Rioters (Madagascar)", i1=5, a2="Civilians (Madagascar)", i2=7, fat=2, inj=1),
  E(cur, "Violent demonstration", "students of the University of Antananarivo threw stones at police", P("Antananarivo", "MG"), "monday",
    a1="Rioters (Madagascar)", i1=5, a2="Police Forces of Madagascar (2025-)", i2=1, inj=6),
]),

S("st-ad-027", "2026-06-23", """SOUTHERN AFRICA: NEWS IN BRIEF (15-21 June)

SOUTH AFRICA - Gunmen shot dead an Inkatha Freedom Party ward councillor outside his home in Umlazi, south of Durban, on Tuesday night, and wounded his wife. Police said they were investigating a political motive ahead of the local elections.

ZIMBABWE - Police in Harare arrested seven activists of a residents' group on Thursday as they prepared banners for a protest against water cuts; they were charged with "inciting public violence".

MALAWI - Hundreds of vendors marched peacefully through Blantyre on Friday against a city council plan to move them out of the city centre.

ZAMBIA - Police said on Saturday that a man had been killed by a falling tree during a storm in Ndola.

ESWATINI - The government said it would hold talks with public-sector unions next week to avert a strike.""", [
  E(cur, "Attack", "Gunmen shot dead an Inkatha Freedom Party ward councillor outside his home in Umlazi", P("Durban", "ZA", 2), "2026-06-16",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=1, inj=1),
  E(cur, "Arrests", "Police in Harare arrested seven activists of a residents' group on Thursday", P("Harare", "ZW"), "2026-06-18",
    a1="Police Forces of Zimbabwe (2017-)", i1=1, a2="Civilians (Zimbabwe)", i2=7),
  E(cur, "Peaceful protest", "Hundreds of vendors marched peacefully through Blantyre on Friday", P("Blantyre", "MW"), "2026-06-19",
    a1="Protesters (Malawi)", i1=6),
], register="digest"),

S("st-ad-028", "2026-02-10", """LIBYA/
Armed groups clash in Janzour, three civilians killed; elders broker truce

TRIPOLI, Feb 10 (Wire) - Fighters of two armed groups exchanged fire with machine guns and rocket-propelled grenades in Janzour, on the western edge of Tripoli, for several hours on Sunday night, killing three civilians caught in the crossfire and wounding five, the Ambulance and Emergency Service said. Residents said the fighting pitted the Radaa Special Deterrence Forces against a local brigade over control of a checkpoint.

The Government of National Unity said on Monday that a ceasefire had been agreed between the two sides through the mediation of elders from Janzour.

Clashes between armed groups in Tripoli killed at least 50 people in May 2025, according to the UN.

Libya has been split between rival administrations in the east and west since 2014.""", [
  E(cur, "Armed clash", "Fighters of two armed groups exchanged fire with machine guns and rocket-propelled grenades in Janzour", P("Janzour", "LY", geoname="Janzur", lat=32.82, lon=13.02, a1="Al Jafarah"), "sunday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=3, inj=5),
  E(cur, "Agreement", "a ceasefire had been agreed between the two sides", P("Janzour", "LY", geoname="Janzur", lat=32.82, lon=13.02, a1="Al Jafarah"), "monday", tp=2,
    a1="Radaa Special Deterrence Forces", i1=3, a2="Unidentified Armed Group (Libya)", i2=3),
], register="wire"),

S("st-ad-029", "2026-03-24", """TUNISIA/
Riot in Sidi Bouzid after vendor's death in custody; 14 arrested in dawn raids two days later

TUNIS, March 24 (Wire) - Hundreds of young people set tyres on fire and threw stones at the police station in Sidi Bouzid on Saturday night after a street vendor died in police custody, witnesses said. Police fired tear gas; the interior ministry said seven officers were hurt and a police car was burned.

On Monday, police arrested 14 people in dawn raids on homes in the town over the unrest, a lawyer for several of them said. The ministry said they would be charged with "attacking public property".

The ministry said the vendor had died of a heart attack. His family said he had been beaten.

In 2010, the self-immolation of a fruit seller in Sidi Bouzid sparked the uprising that toppled President Zine el-Abidine Ben Ali.""", [
  E(cur, "Violent demonstration", "Hundreds of young people set tyres on fire and threw stones at the police station in Sidi Bouzid", P("Sidi Bouzid", "TN"), "saturday",
    a1="Rioters (Tunisia)", i1=5, a2="Police Forces of Tunisia (2019-)", i2=1, inj=7),
  E(cur, "Arrests", "police arrested 14 people in dawn raids on homes in the town over the unrest", P("Sidi Bouzid", "TN"), "monday",
    a1="Police Forces of Tunisia (2019-)", i1=1, a2="Rioters (Tunisia)", i2=5),
]),

S("st-ad-030", "2026-11-17", """IRAQ/
Turkish drone strike kills two near Penjwen; tribal gunfight in Basra's Qurna leaves four dead; militia denies rocket attack

SULAYMANIYAH, Nov 17 (Wire) - A Turkish drone struck a car near Penjwen, close to the Iranian border in Iraq's Kurdistan region, on Sunday, killing two men, the local mayor said. Turkey's defence ministry said it had "neutralised two PKK terrorists" in the area.

In southern Iraq, members of two tribes fought with rifles and machine guns in Al-Qurna, north of Basra, on Monday in a dispute over farmland, killing four people, including a child, police said. Security forces imposed a curfew on the town and arrested 11 tribesmen.

Kata'ib Hezbollah denied on Monday that it had fired three rockets that landed near Baghdad airport on Saturday night, causing no casualties. The U.S.-led coalition said the rockets were fired from Abu Ghraib.

Tribal disputes over land and water are common in southern Iraq.""", [
  unscored(E(cur, "Air/drone strike", "A Turkish drone struck a car near Penjwen", P("Penjwen", "IQ", 2, lat=35.62, lon=45.95, a1="Sulaymaniyah"), "sunday",
             a1="Military Forces of Turkey (2002-)", i1=8, a2="PKK: Kurdistan Workers Party", i2=2, fat=2), "nothing"),
  E(cur, "Armed clash", "members of two tribes fought with rifles and machine guns in Al-Qurna", P("Al-Qurna", "IQ", geoname="Al Qurnah", a1="Basra"), "monday",
    a1="Unidentified Tribal Militia (Iraq)", i1=4, a2="Unidentified Tribal Militia (Iraq)", i2=4, fat=4),
  unscored(E(cur, "Other", "Security forces imposed a curfew on the town", P("Al-Qurna", "IQ", geoname="Al Qurnah", a1="Basra"), "monday",
             a1="Military Forces of Iraq (2022-)", i1=1), "actor1", "inter1"),
  E(cur, "Shelling/artillery/missile attack", "three rockets that landed near Baghdad airport on Saturday night", P("Baghdad", "IQ", 2, a1="Baghdad"), "saturday",
    a1="Unidentified Armed Group (Iraq)", i1=3, fat=0, inj=0),
]),

S("st-ad-031", "2026-05-05", """IRAN/
Revolutionary Guards and PJAK fighters clash near Sardasht; truckers rally in Bandar Abbas; teacher arrested in Sanandaj

DUBAI, May 5 (Wire) - Members of the Islamic Revolutionary Guard Corps (IRGC) clashed with fighters of the Kurdish militant group PJAK in the mountains near Sardasht, in West Azerbaijan province, on Sunday, the IRGC's ground forces said, adding that two Guards and "several" attackers had been killed. PJAK said it had lost no one and claimed to have shot down an IRGC drone, which the Guards denied.

On Monday, several hundred lorry drivers parked their trucks and gathered outside the governor's office in Bandar Abbas to protest against a rise in diesel prices and insurance costs, a labour news website reported. The gathering ended without incident.

Security agents arrested a Kurdish-language teacher at his home in Sanandaj on Saturday, a Kurdish rights group said, without giving a reason.""", [
  E(cur, "Armed clash", "Members of the Islamic Revolutionary Guard Corps (IRGC) clashed with fighters of the Kurdish militant group PJAK in the mountains near Sardasht", P("Sardasht", "IR", 2, lat=36.16, lon=45.48, a1="West Azerbaijan"), "sunday",
    a1="Islamic Revolutionary Guard Corps", i1=1, a2="PJAK: Party of Free Life of Kurdistan", i2=2, fat=5),
  unscored(E(cur, "Disrupted weapons use", "claimed to have shot down an IRGC drone", P("Sardasht", "IR", 2, lat=36.16, lon=45.48, a1="West Azerbaijan"), "sunday",
             a1="PJAK: Party of Free Life of Kurdistan", i1=2, a2="Islamic Revolutionary Guard Corps", i2=1), "fatalities", "injuries"),
  E(cur, "Peaceful protest", "several hundred lorry drivers parked their trucks and gathered outside the governor's office in Bandar Abbas", P("Bandar Abbas", "IR", lat=27.19, lon=56.28, a1="Hormozgan"), "monday",
    a1="Protesters (Iran)", i1=6),
  E(cur, "Arrests", "Security agents arrested a Kurdish-language teacher at his home in Sanandaj", P("Sanandaj", "IR", lat=35.31, lon=47.0, a1="Kurdistan"), "saturday",
    a1="Police Forces of Iran (1989-)", i1=1, a2="Civilians (Iran)", i2=7),
]),

S("st-ad-032", "2026-09-15", """CAUCASUS/
Georgian police arrest 19 as protesters try to block Tbilisi avenue; Armenian opposition rally in Gyumri

TBILISI, Sept 15 (Wire) - Georgian riot police detained 19 people on Sunday night as they cleared protesters who had tried to block Rustaveli Avenue in central Tbilisi with tents, the interior ministry said. Protesters have rallied outside parliament every evening for two years against the governing Georgian Dream party's decision to suspend talks on joining the European Union.

In Armenia, several thousand supporters of an opposition alliance rallied peacefully in Gyumri on Saturday against the government of Prime Minister Nikol Pashinyan.

Azerbaijan's defence ministry said on Monday that the border with Armenia had been "calm" for a year.""", [
  E(cur, "Protest with intervention", "Georgian riot police detained 19 people on Sunday night as they cleared protesters who had tried to block Rustaveli Avenue", P("Tbilisi", "GE"), "sunday",
    a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1),
  E(cur, "Peaceful protest", "several thousand supporters of an opposition alliance rallied peacefully in Gyumri", P("Gyumri", "AM"), "saturday",
    a1="Protesters (Armenia)", i1=6),
]),

S("st-ad-033", "2026-06-23", """SERBIA/
Students and ruling-party supporters fight in Novi Sad; thousands march in Nis

BELGRADE, June 23 (Wire) - Students marching through Novi Sad on Sunday clashed with a group of supporters of the ruling Serbian Progressive Party (SNS) who had set up tents in front of the city hall, and the two sides threw bottles and flares at each other, police said. Nine people were hurt, including two police officers who tried to separate them.

On Monday, several thousand people marched peacefully in Nis to demand early elections.

The protest movement began after the collapse of a railway station canopy in Novi Sad in November 2024 killed 16 people.""", [
  E(cur, "Violent demonstration", "Students marching through Novi Sad on Sunday clashed with a group of supporters of the ruling Serbian Progressive Party (SNS)", P("Novi Sad", "RS", lat=45.25, lon=19.84, a1="Vojvodina"), "sunday",
    a1="Rioters (Serbia)", i1=5, a2="Rioters (Serbia)", i2=5, inj=9),
  E(cur, "Peaceful protest", "several thousand people marched peacefully in Nis", P("Nis", "RS", a1="Nisavski okrug"), "monday",
    a1="Protesters (Serbia)", i1=6),
]),

S("st-ad-034", "2026-05-12", """EUROPE IN BRIEF (4-10 May)

GREECE - Youths threw petrol bombs at riot police in Athens' Exarchia district on Thursday night after a march to mark the death of an anarchist; police fired tear gas and detained 12 people.

FRANCE - Two explosions damaged holiday villas under construction near Porto-Vecchio, Corsica, on Saturday night. No one was hurt. The FLNC claimed the attacks in a statement to a Corsican newspaper.

UNITED KINGDOM - Petrol bombs were thrown at police vehicles in Derry on Friday night; police said no officers were hurt and blamed "youths manipulated by dissident republicans".

ITALY - Several thousand people marched peacefully in Turin on Saturday against the construction of the high-speed rail line through the Susa Valley.

GERMANY - The interior ministry said on Monday that politically motivated crimes had risen by 12% in the first half of the year.""", [
  E(cur, "Violent demonstration", "Youths threw petrol bombs at riot police in Athens' Exarchia district", P("Athens", "GR", 2), "2026-05-07",
    a1="Rioters (Greece)", i1=5, a2="Police Forces of Greece (2019-)", i2=1),
  E(cur, "Remote explosive/landmine/IED", "Two explosions damaged holiday villas under construction near Porto-Vecchio", P("Porto-Vecchio", "FR", 2), "2026-05-09",
    a1="FLNC: National Liberation Front of Corsica", i1=2, a2="Civilians (France)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "Petrol bombs were thrown at police vehicles in Derry", P("Derry", "GB"), "2026-05-08",
    a1="Rioters (United Kingdom)", i1=5, a2="Police Forces of the United Kingdom (2024-)", i2=1, inj=0),
  E(cur, "Peaceful protest", "Several thousand people marched peacefully in Turin on Saturday", P("Turin", "IT"), "2026-05-09",
    a1="Protesters (Italy)", i1=6),
], register="digest"),

S("st-ad-035", "2026-09-15", """BANGLADESH/NEPAL
Rival BNP factions clash in Feni, one dead; Madhesh protesters block highway in Janakpur

DHAKA/KATHMANDU, Sept 15 (Wire) - Supporters of two rival leaders of the Bangladesh Nationalist Party (BNP) fought with sticks and machetes in Chhagalnaiya, in Feni district, on Sunday over the nomination for a parliamentary seat, leaving one man dead and 25 injured, police said. Police arrested six people on Monday.

In Nepal, hundreds of members of a Madhesh-based party blocked the East-West Highway near Janakpur on Monday to demand more seats for the region in the upper house. Police fired tear gas and baton-charged the protesters, injuring eight, the party said.

In Sri Lanka, Tamil families of the disappeared held a peaceful vigil in Kilinochchi on Sunday, the 3,000th day of their protest.""", [
  E(cur, "Mob violence", "Supporters of two rival leaders of the Bangladesh Nationalist Party (BNP) fought with sticks and machetes in Chhagalnaiya", P("Chhagalnaiya", "BD", lat=23.02, lon=91.51, a1="Chattogram"), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=25),
  E(cur, "Arrests", "Police arrested six people on Monday", P("Chhagalnaiya", "BD", lat=23.02, lon=91.51, a1="Chattogram"), "monday",
    a1="Police Forces of Bangladesh (2024-)", i1=1, a2="Rioters (Bangladesh)", i2=5),
  E(cur, "Protest with intervention", "hundreds of members of a Madhesh-based party blocked the East-West Highway near Janakpur", P("Janakpur", "NP", 2, a1="Madhesh"), "monday",
    a1="Protesters (Nepal)", i1=6, a2="Police Forces of Nepal (2025-)", i2=1, inj=8),
  E(cur, "Peaceful protest", "Tamil families of the disappeared held a peaceful vigil in Kilinochchi", P("Kilinochchi", "LK"), "sunday",
    a1="Protesters (Sri Lanka)", i1=6),
]),

S("st-ad-036", "2026-03-17", """Papua: TPNPB shoots two soldiers in Mulia; tribal fight in Enga kills seven

JAYAPURA (Regional press) - Two Indonesian soldiers were shot dead and one wounded when fighters of the West Papua National Liberation Army (TPNPB) opened fire on their post in Mulia, Puncak Jaya regency, on Saturday afternoon, the regional military command said. The TPNPB claimed the attack and said it would continue "until Papua is free".

Troops launched a search for the attackers on Sunday. Villagers in two districts fled to the forest, a church leader said. The TPNPB also said its fighters had burned a school in Mulia; the police said no school had been damaged.

Across the border in Papua New Guinea, seven men were killed on Monday when fighters of two clans clashed with guns near Wabag, in Enga province, police said. Houses were burned in two villages.""", [
  E(cur, "Armed clash", "fighters of the West Papua National Liberation Army (TPNPB) opened fire on their post in Mulia", P("Mulia", "ID", lat=-3.71, lon=137.99, a1="Central Papua"), "saturday",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Military Forces of Indonesia (2024-)", i2=1, fat=2, inj=1),
  unscored(E(cur, "Looting/property destruction", "its fighters had burned a school in Mulia", P("Mulia", "ID", lat=-3.71, lon=137.99, a1="Central Papua"), "saturday",
             a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7), "event_date", "time_precision", "fatalities", "injuries"),
  E(cur, "Armed clash", "fighters of two clans clashed with guns near Wabag", P("Wabag", "PG", 2, lat=-5.49, lon=143.72, a1="Enga"), "monday",
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=7),
], register="local"),

S("st-ad-037", "2026-01-13", """HAITI/
Viv Ansanm gangs attack Cabaret police station; gang leader threatens Kenscoff

PORT-AU-PRINCE, Jan 13 (Wire) - Gunmen of the Viv Ansanm coalition attacked the police station in Cabaret, north of the capital, on Sunday, and fought police officers and soldiers for several hours before withdrawing, the national police said. Two police officers were killed. Gang members set fire to a school and several houses near the station before leaving.

A gang leader said in a video posted on Monday that his men would "take Kenscoff" in the coming days and warned residents to leave.

On Monday, hundreds of residents of Petion-Ville marched to the prime minister's office to demand protection from the gangs. Police fired tear gas when the march reached the office.""", [
  E(cur, "Armed clash", "Gunmen of the Viv Ansanm coalition attacked the police station in Cabaret", P("Cabaret", "HT"), "sunday",
    a1="Viv Ansanm", i1=3, a2="Police Forces of Haiti (2024-)", i2=1, fat=2),
  unscored(E(thr, "Non-state actor overtakes territory", "his men would \"take Kenscoff\" in the coming days", P("Kenscoff", "HT")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Protest with intervention", "hundreds of residents of Petion-Ville marched to the prime minister's office", P("Petion-Ville", "HT", lat=18.51, lon=-72.29, a1="Ouest"), "monday",
    a1="Protesters (Haiti)", i1=6, a2="Police Forces of Haiti (2024-)", i2=1),
]),

S("st-ad-038", "2026-08-04", """CENTRAL AMERICA/
Inmates riot in Guatemalan prison; three shot dead on Choloma football pitch; Salvadoran relatives of detainees march

GUATEMALA CITY, Aug 4 (Wire) - Inmates belonging to the Barrio 18 gang set fire to mattresses and took over a cell block at the Renovacion 1 maximum-security prison in Escuintla on Sunday to protest against their transfer to another prison, the prisons service said. Prison guards and police retook the block with tear gas after six hours; four guards and nine inmates were hurt.

In Honduras, gunmen fired on young men playing football on a pitch in Choloma on Monday evening, killing three of them. Police blamed a turf war between the MS-13 and Barrio 18 gangs.

In El Salvador, about 200 relatives of people detained under the state of exception marched peacefully in San Salvador on Monday to demand their release.""", [
  E(cur, "Violent demonstration", "Inmates belonging to the Barrio 18 gang set fire to mattresses and took over a cell block", P("Escuintla", "GT", lat=14.3, lon=-90.79, a1="Escuintla"), "sunday",
    a1="Rioters (Guatemala)", i1=5, a2="Police Forces of Guatemala (2024-)", i2=1, inj=13),
  E(cur, "Attack", "gunmen fired on young men playing football on a pitch in Choloma", P("Choloma", "HN", a1="Cortes"), "monday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=3),
  E(cur, "Peaceful protest", "about 200 relatives of people detained under the state of exception marched peacefully in San Salvador", P("San Salvador", "SV"), "monday",
    a1="Protesters (El Salvador)", i1=6),
]),

S("st-ad-039", "2026-09-22", """ANDES/
Police clear Morales supporters' roadblock in Chapare, 3 officers hurt; protesters set fire to prosecutor's office door in Puno

LA PAZ, Sept 22 (Wire) - Bolivian police and soldiers used tear gas on Monday to clear a roadblock set up by supporters of former President Evo Morales on the highway between Cochabamba and Santa Cruz at Chimore, in the Chapare region. Protesters threw stones and dynamite; three police officers were injured and 17 people arrested, the government said.

In Peru, several hundred Aymara protesters set fire to the front door of the regional prosecutor's office in Puno on Monday after a rally to demand the release of a local leader. No police intervened and no one was hurt, local radio said.

Bolivia's government said on Tuesday that it would not declare a state of emergency in Cochabamba "for now".""", [
  E(cur, "Violent demonstration", "Protesters threw stones and dynamite", P("Chimore", "BO", lat=-16.99, lon=-65.15, a1="Cochabamba"), "monday",
    a1="Rioters (Bolivia)", i1=5, a2="Police Forces of Bolivia (2025-)", i2=1, inj=3),
  E(cur, "Violent demonstration", "several hundred Aymara protesters set fire to the front door of the regional prosecutor's office in Puno", P("Puno", "PE"), "monday",
    a1="Rioters (Peru)", i1=5, fat=0, inj=0),
]),

S("st-ad-040", "2026-02-25", """SOUTHERN CONE/
Rival construction unions fight at La Plata site; trucks burned near Canete; police evict landless farmers in Paraguay

BUENOS AIRES, Feb 25 (Wire) - Members of two rival construction workers' unions fought with sticks and iron bars at a building site in La Plata on Tuesday over who would fill jobs on the project, police said. Five men were hurt; police separated the groups and detained eight.

In Chile, hooded men set fire to five logging trucks on a road near Canete, in the Biobio region, on Tuesday night after ordering the drivers out, police said. Leaflets of the Mapuche group Weichan Auka Mapu were found at the scene.

In Paraguay, police fired rubber bullets and tear gas on Wednesday to evict about 300 landless farmers who had occupied a cattle ranch near Tacuati, in San Pedro department, since January. Six farmers were injured and 20 detained, a peasant federation said.

Caption: Burned logging trucks on the road near Canete, Chile.""", [
  E(cur, "Mob violence", "Members of two rival construction workers' unions fought with sticks and iron bars at a building site in La Plata", P("La Plata", "AR", a1="Buenos Aires"), "tuesday",
    a1="Rioters (Argentina)", i1=5, a2="Rioters (Argentina)", i2=5, inj=5),
  E(cur, "Looting/property destruction", "hooded men set fire to five logging trucks on a road near Canete", P("Canete", "CL", 2, lat=-37.8, lon=-73.4, a1="Biobio"), "tuesday",
    a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7),
  E(cur, "Protest with intervention", "police fired rubber bullets and tear gas on Wednesday to evict about 300 landless farmers", P("Tacuati", "PY", 2, lat=-23.46, lon=-56.74, a1="San Pedro"), "wednesday",
    a1="Protesters (Paraguay)", i1=6, a2="Police Forces of Paraguay (2023-)", i2=1, inj=6),
  unscored(E(cap, "Looting/property destruction", "Burned logging trucks on the road near Canete, Chile", P("Canete", "CL", 2, lat=-37.8, lon=-73.4, a1="Biobio"), "tuesday",
             a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ad-041", "2026-10-19", """LIVE: Sudan war - Monday 19 October

08:10 Sudan's army says it repelled an RSF attack on the 22nd Infantry Division's base in Babanusa overnight, killing "dozens of the militia". The RSF says it seized two positions on the base's eastern edge. Neither claim could be verified.

09:25 Medics in Kadugli say four people, including a girl, were killed and 11 wounded when shells struck the town's main market on Sunday afternoon. They blamed the SPLM-N (al-Hilu) and the RSF, which have besieged the town since last year.

10:40 The UN's humanitarian coordinator calls on all parties to protect civilians in Kordofan "before it is too late".

11:15 PHOTO: Smoke rises over the army base in Babanusa on Monday morning, in a picture shared by residents.

12:30 Egypt says it will host a meeting on Sudan with Saudi Arabia, the UAE and the United States next week.""", [
  unscored(E(cur, "Armed clash", "it repelled an RSF attack on the 22nd Infantry Division's base in Babanusa", P("Babanusa", "SD", lat=11.33, lon=27.8, a1="West Kordofan"), 0, tp=2,
             a1=SDN, i1=1, a2=RSF, i2=2, fat=12), "injuries"),
  E(cur, "Shelling/artillery/missile attack", "shells struck the town's main market on Sunday afternoon", P("Kadugli", "SD", lat=11.01, lon=29.72, a1="South Kordofan"), "sunday",
    a1="SPLM-N (al-Hilu): Sudan People's Liberation Movement-North (al-Hilu Faction)", i1=2, a2="Civilians (Sudan)", i2=7, fat=4, inj=11, assoc_actor_1=RSF),
  unscored(E(cap, "Armed clash", "Smoke rises over the army base in Babanusa on Monday morning", P("Babanusa", "SD", lat=11.33, lon=27.8, a1="West Kordofan"), 0, tp=2,
             a1=SDN, i1=1, a2=RSF, i2=2), "fatalities", "injuries", "geo_precision", "time_precision"),
], register="live"),

S("st-ad-042", "2026-04-08", """BORDER SERVICE OF THE STATE COMMITTEE FOR NATIONAL SECURITY OF THE KYRGYZ REPUBLIC
Information message, 8 April 2026

On 7 April 2026, at about 11:00, a group of about 60 residents of a neighbouring Tajik village threw stones at residents of the village of Kok-Tash, Batken district, who were cleaning an irrigation canal on a section of the border that has not been agreed. The residents of Kok-Tash responded in kind. Six Kyrgyz citizens received injuries of varying severity, and the windows of two houses and a car were broken. Kyrgyz border guards fired warning shots into the air and separated the groups.

The situation was brought under control at 13:10 after talks between the heads of the two border services. A note of protest has been sent to the Tajik side.

The Border Service calls on residents of border villages to remain calm and not to give in to provocations.

Tajikistan's border troops said in a statement carried by the state news agency that the Kyrgyz residents had started the fight.""", [
  E(cur, "Mob violence", "a group of about 60 residents of a neighbouring Tajik village threw stones at residents of the village of Kok-Tash", P("Batken", "KG", 2, lat=40.06, lon=70.82, a1="Batken"), "2026-04-07",
    a1="Rioters (Tajikistan)", i1=5, a2="Rioters (Kyrgyzstan)", i2=5, inj=6),
], register="official"),

S("st-ad-043", "2026-06-30", """ANALYSIS-On Lake Chad's islands, Boko Haram's boats outpace the army

N'DJAMENA, June 30 (Wire) - The fighters came at dawn on Sunday, in six motorised canoes, to an island near Bol where fishermen were drying their catch. By the time they left, seven fishermen were dead and their nets and boats had been set on fire, according to a fish trader who lost two relatives.

Chad's army said on Monday that its troops had pursued the attackers across the islands and killed 12 of them, losing one soldier. A military source said the attackers belonged to the Boko Haram faction known as JAS.

Such raids have become more frequent since the start of the year. In February, fighters killed a village chief and two of his sons on the island of Kaiga, north of Bol, and in April they abducted 11 women collecting firewood near Ngouboua.

"We no longer go out to the far islands," said Abakar, a fisherman in Bol. "If the army cannot protect us, we will have to leave the lake."

President Mahamat Idriss Deby has threatened to pull Chad out of the regional force fighting the group, saying it does too little.""", [
  E(cur, "Attack", "The fighters came at dawn on Sunday, in six motorised canoes, to an island near Bol", P("Bol", "TD", 2, lat=13.47, lon=14.71, a1="Lac"), "sunday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Chad)", i2=7, fat=7),
  E(cur, "Armed clash", "its troops had pursued the attackers across the islands and killed 12 of them", P("Bol", "TD", 2, lat=13.47, lon=14.71, a1="Lac"), "monday", tp=2,
    a1="Military Forces of Chad (2021-)", i1=1, a2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i2=2, fat=13),
  unscored(E(bg, "Attack", "fighters killed a village chief and two of his sons on the island of Kaiga", P("Bol", "TD", 2, lat=13.47, lon=14.71, a1="Lac"), "2026-02-01", tp=3,
             a2="Civilians (Chad)", i2=7, fat=3), "geo_precision"),
  unscored(E(bg, "Abduction/forced disappearance", "they abducted 11 women collecting firewood near Ngouboua", C("TD"), "2026-04-01", tp=3,
             a2="Civilians (Chad)", i2=7), "geo_precision"),
]),

S("st-ad-044", "2026-03-04", """THAILAND/CAMBODIA
Cambodian and Thai troops trade fire near Chong Chom crossing; no casualties reported

BANGKOK, March 4 (Wire) - Cambodian and Thai soldiers exchanged small-arms fire for about ten minutes near the closed Chong Chom border crossing, in Kap Choeng district of Thailand's Surin province, on Tuesday morning, the Thai army said, accusing Cambodian troops of firing first at a Thai patrol repairing a fence. No one was hurt on the Thai side.

Cambodia's defence ministry said Thai soldiers had opened fire and that its troops had acted in self-defence. It reported no casualties.

The two countries fought a five-day border war in July 2025 that killed more than 40 people and displaced some 300,000 before a ceasefire.

Thailand closed all its border crossings with Cambodia on Wednesday "until further notice", the interior ministry said.""", [
  E(cur, "Armed clash", "Cambodian and Thai soldiers exchanged small-arms fire for about ten minutes near the closed Chong Chom border crossing", P("Kap Choeng", "TH", 2, lat=14.47, lon=103.59, a1="Surin"), "tuesday",
    a1="Military Forces of Cambodia (2023-)", i1=8, a2="Military Forces of Thailand (2025-)", i2=1, fat=0, inj=0),
]),

S("st-ad-045", "2026-02-03", """FISCALIA GENERAL DEL ESTADO DE GUERRERO
Press release 041/2026 - Chilpancingo, Guerrero, 3 February 2026

The State Prosecutor's Office reports that on 1 February 2026, at approximately 19:30 hours, armed civilians attacked a patrol of the Municipal Public Security Secretariat on federal highway 200 at the entrance to Tecpan de Galeana, resulting in the death of two municipal police officers and injuries to a third, who is receiving medical attention. The aggressors fled towards the sierra.

Personnel of the Secretariat of National Defence, the National Guard and the State Police carried out operations in the area, during which, on 2 February, three persons were detained in the community of El Porvenir in possession of two long weapons and tactical equipment. They were placed at the disposal of the competent authority.

In a separate matter, on 2 February 2026, the bodies of four men were located in a ravine near Chilpancingo; this Office has opened an investigation to establish the cause of death.

The State Prosecutor's Office reiterates its commitment that there will be no impunity.""", [
  E(cur, "Armed clash", "armed civilians attacked a patrol of the Municipal Public Security Secretariat on federal highway 200 at the entrance to Tecpan de Galeana", P("Tecpan de Galeana", "MX", 2, lat=17.22, lon=-100.63, a1="Guerrero"), "2026-02-01",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Police Forces of Mexico (2024-)", i2=1, fat=2, inj=1),
  unscored(E(cur, "Arrests", "three persons were detained in the community of El Porvenir", P("Tecpan de Galeana", "MX", 2, lat=17.22, lon=-100.63, a1="Guerrero"), "2026-02-02",
             a1="Military Forces of Mexico (2024-)", i1=1), "actor2", "inter2", "geo_precision"),
], register="official"),

S("st-ad-046", "2026-08-18", """RUSSIA/
Three gunmen killed in Kaspiysk raid, FSB officer hurt; drone hits oil terminal in Tuapse port, two workers injured

MOSCOW, Aug 18 (Wire) - Russian security forces killed three suspected members of an Islamic State cell who opened fire when officers tried to detain them in a private house in Kaspiysk, in Dagestan, on Monday, the National Anti-Terrorism Committee said. One officer of the Federal Security Service (FSB) was wounded. The committee said the men had been planning attacks on police in Makhachkala.

A Ukrainian drone struck an oil loading terminal in the port of Tuapse, on the Black Sea coast, overnight, damaging a berth and a pipeline, the Krasnodar region's emergency headquarters said on Tuesday. Two port workers were taken to hospital with shrapnel wounds, it said. Russia's defence ministry said 38 Ukrainian drones had been destroyed over the Black Sea and southern regions overnight.

In June 2024, gunmen attacked churches, synagogues and a police post in Derbent and Makhachkala, killing more than 20 people.""", [
  E(cur, "Armed clash", "Russian security forces killed three suspected members of an Islamic State cell who opened fire when officers tried to detain them", P("Kaspiysk", "RU", lat=42.88, lon=47.64, a1="Dagestan"), "monday",
    a1="Police Forces of Russia (2000-)", i1=1, a2="Islamic State (Caucasus)", i2=2, fat=3, inj=1),
  E(cur, "Air/drone strike", "A Ukrainian drone struck an oil loading terminal in the port of Tuapse", P("Tuapse", "RU", lat=44.1, lon=39.08, a1="Krasnodar"), "monday",
    a1="Military Forces of Ukraine (2019-)", i1=8, a2="Civilians (Russia)", i2=7, inj=2),
]),
]

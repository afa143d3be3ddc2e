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
             a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=8), "actor2", "inter2"),
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
             a1="NRF: National Resistance Front", i1=2, a2=AFG, i2=1), "fatalities", "injuries"),
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
    a1="Unidentified Armed Group (Syria)", i1=3, a2=SYR_POL, i2=1, fat=6),
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
  unscored(E(cur, "Attack", "Saudi border guards had fired mortar rounds at a group of Ethiopian migrants", P("Sa'dah", "YE", 3, lat=16.94, lon=43.76, a1="Sa'dah"), 0, tp=2,
             a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=12), "event_date", "time_precision"),
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
  E(cur, "Attack", "Armed youths from the Murle community attacked a cattle camp near Poktap", P("Poktap", "SS", 2, lat=7.58, lon=31.38, a1="Jonglei"), "saturday",
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
  E(cur, "Armed clash", "Twirwaneho fighters attacked an army position on the high plateau near Minembwe", P("Minembwe", "CD", 2, lat=-3.64, lon=28.82, a1="South Kivu"), "monday",
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
]

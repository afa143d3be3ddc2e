"""Multi-event stories written for this project (issue 11), batch ah: unseen by the coders in the session it was written
(2026-11-29, 09:57-12:57), the lead's measure of story generalisation, as batches s to ag. Written as hard as af/ag (coder
P ~0.78 fresh): long paragraphs that tell several events, agents named late, places given by context or by a namesake,
leads that sum up what the body then tells in detail (one event), military and police releases that list operations,
arrests and searches that find nothing, NGO flash updates, live blogs, digests, claims against figures, tolls told again
later, captions and footers, rival rallies, responses by forces after an attack, communal fights, property destruction,
curfews and lockdowns imposed by armed groups, background events with their own dates.
First half (st-ah-001..022): Burkina Faso (a claim against sources, a curfew extended), Nigeria (a military release:
operations, arrests, a sweep that finds nothing, a report denied), Somalia (a bomb, a sweep, a clan fight), DR Congo
(Ituri: a toll told again, a caption), Sudan (an NGO flash update), Ukraine (a regional daily report), Myanmar (an air
strike and a resistance ambush), Colombia (an armed strike), Haiti, Pakistan (an ISPR release; Hyderabad, not India's),
India (Chhattisgarh), Kenya (rival rallies), Bangladesh, the Philippines, Syria, Iraq, Yemen, Cameroon (a separatist
lockdown), Ethiopia (a town taken and left again), the West Bank (a live blog) and a Europe week-in-brief.
Second half (st-ah-023..045): Mozambique (an NGO snapshot, a group named late), a Sahel live blog (Niger: a claim against
the ministry's figures; Mali: a lockdown imposed by IS Sahel, a pull-out denied), Chad and the Central African Republic
(a farmers-herders fight, a raid on a mine and the pursuit), South Sudan (a cattle raid's toll told again, a pursuit
by the raided community), Libya (two nights of fighting in Zawiya and a truce), Lebanon (strikes, launchers found),
Afghanistan and Pakistan (a border fight with rival claims, a cross-border air strike), Iran (a claim against state
media, 'spies' arrested, hangings that are no event), an Ecuadorian police bulletin (a gang-feud shooting, arrests, a
search that finds nothing, a car burned over extortion), Rio (a raid's toll told again, buses burned on a faction's
orders), an Andes brief (Bolivia, Peru, Ecuador), an Indonesian task-force release against a rebel statement (Papua),
Thailand's deep south (a search that finds nothing), a South Asia week (Nepal, Sri Lanka, the Maldives, Bangladesh),
an East Africa digest (Uganda, Tanzania, Burundi; a trial that is no event), a Southern Africa round-up (South Africa's
taxi feud, Zimbabwe, Malawi, Zambia), Central America (a communal gunfight and a state of prevention in Guatemala,
Honduras, El Salvador), Georgia, Kosovo and Serbia (rival rallies kept apart), Colombia's Cordoba (an armed group's
confinement; a namesake of Argentina's), a Benue lead that sums up the attack the body tells (one event), a reprisal
and a curfew, a West Africa brief (Guinea, Senegal, Ghana's Bawku, Togo), a Middle East and North Africa brief (Egypt,
Jordan, Tunisia, Turkey) and Venezuela (intelligence arrests, colectivos firing on a motorcade).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 40 km across all snippet, story and ISAF
gold within a week, and the same sub-type within 40 days)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

BFA = "Military Forces of Burkina Faso (2022-)"; BFA_GOV = "Government of Burkina Faso (2022-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"
SOM = "Military Forces of Somalia (2022-)"; SOM_POL = "Police Forces of Somalia (2022-)"; SHB = "Al Shabaab"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; CODECO = "CODECO: Cooperative for Development of Congo"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
MMR = "Military Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"
COL = "Military Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"; AGC = "Clan del Golfo"
HTI_POL = "Police Forces of Haiti (2024-)"; VIV = "Viv Ansanm"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"
IND = "Military Forces of India (2014-)"; IND_POL = "Police Forces of India (2014-)"; CPIM = "CPI (Maoist): Communist Party of India (Maoist)"

STORIES = [
S("st-ah-001", "2026-05-12", """BURKINA FASO/
Jihadists storm army detachment in Gorom-Gorom; army says drones hit fleeing column

OUAGADOUGOU, May 12 (Wire) - Hundreds of jihadist fighters on motorbikes attacked the army detachment and a camp of the Volunteers for the Defence of the Homeland (VDP) in Gorom-Gorom, in Burkina Faso's far north, on Saturday morning, killing at least 23 soldiers and auxiliaries, two security sources and a local official said on Tuesday.

The attackers, who came from the direction of the Malian border, fought their way into the town for about four hours, set fire to the market and the town hall and looted the health centre's pharmacy before withdrawing, one of the sources said. Residents said several civilians were among the dead but could not give a number.

The al Qaeda-linked JNIM said in a statement on Sunday that its fighters had killed "more than 80 soldiers and militiamen" and seized a large quantity of arms. The army, which rarely comments on its losses, said in a communique read on state television late on Sunday that its air force had "neutralised several dozen terrorists" in drone strikes on the column as it fled towards Markoye.

The regional governor on Monday extended by a month the overnight curfew in force in the Oudalan province since February. It was the third attack on Gorom-Gorom this year; on March 28, fighters killed nine VDP members in an ambush on the road to Dori.""", [
  E(cur, "Armed clash", "jihadist fighters on motorbikes attacked the army detachment and a camp of the Volunteers for the Defence of the Homeland (VDP) in Gorom-Gorom", P("Gorom-Gorom", "BF", 1), "saturday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=23),
  E(cur, "Air/drone strike", "drone strikes on the column as it fled towards Markoye", P("Markoye", "BF", 2, lat=14.65, lon=0.04, a1="Sahel"), "sunday", tp=2,
    a1=BFA, i1=1, a2=JNIM, i2=2, fat=12),
  E(cur, "Other", "The regional governor on Monday extended by a month the overnight curfew in force in the Oudalan province", P("Oudalan", "BF", 3, lat=14.47, lon=-0.23, a1="Sahel"), "monday",
    a1=BFA_GOV, i1=1),
  E(bg, "Armed clash", "fighters killed nine VDP members in an ambush on the road to Dori", P("Gorom-Gorom", "BF", 2), "2026-03-28",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="VDP: Volunteers for the Defense of the Homeland", i2=3, fat=9),
]),

S("st-ah-002", "2026-03-06", """DEFENCE HEADQUARTERS
PRESS RELEASE

TROOPS OF OPERATION FANSAN YAMMA NEUTRALISE 7 BANDITS, RESCUE 11 KIDNAPPED VICTIMS, ARREST 3 COLLABORATORS IN ZAMFARA

In continuation of the ongoing clearance operations in the North West zone, troops of Operation FANSAN YAMMA on 3 March 2026 acted on credible intelligence and conducted a fighting patrol to bandits' enclave at Kwashabawa forest in Zurmi Local Government Area of Zamfara State. On sighting the troops, the criminals engaged them in a fire fight. The troops successfully neutralised 7 bandits while others fled with gunshot wounds. Troops recovered 4 AK-47 rifles, 120 rounds of 7.62mm special ammunition and 6 motorcycles, and rescued 11 kidnapped victims who were held in the enclave. Regrettably, one soldier paid the supreme price.

In a related development, troops on 4 March 2026 arrested 3 suspected bandits' collaborators at the Kaura Namoda cattle market who were procuring foodstuff and fuel for the criminals. In the same vein, troops conducted a clearance patrol to Gidan Kaura and adjoining villages in Tsafe LGA following reports of movement of bandits; no contact was made and the area remains calm.

The Defence Headquarters wishes to state that the report circulating on social media that troops have abandoned their forward operating base in Bukkuyum is false and should be disregarded. Troops remain firmly in control of the base.

The Armed Forces of Nigeria remain resolute in ridding the North West of criminal elements.

Major General M. Danjuma
Director Defence Media Operations
5 March 2026""", [
  E(cur, "Armed clash", "conducted a fighting patrol to bandits' enclave at Kwashabawa forest", P("Zurmi", "NG", 2, lat=12.78, lon=6.79, a1="Zamfara"), "2026-03-03",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=8),
  E(cur, "Arrests", "troops on 4 March 2026 arrested 3 suspected bandits' collaborators at the Kaura Namoda cattle market", P("Kaura Namoda", "NG", 1), "2026-03-04",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3),
  unscored(E(neg, "Non-violent transfer of territory", "troops have abandoned their forward operating base in Bukkuyum", P("Bukkuyum", "NG", 1, lat=12.14, lon=5.47, a1="Zamfara")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
], register="official"),

S("st-ah-003", "2026-06-09", """Roadside bomb kills seven minibus passengers near Afgooye; troops round up youths

MOGADISHU, June 9 (Wire) - A bomb planted on the side of the main road between Mogadishu and Afgooye tore through a minibus on Tuesday morning, killing seven passengers, among them two women traders on their way to the capital's Bakara market, police and a witness said.

"The bus was thrown into the ditch and burned," said Abdi Nur, a driver who was behind it. Police officer Mohamed Hassan said the device had been detonated by remote control as an army truck passed but had missed the truck and struck the bus. No group claimed the blast, but al Shabaab has planted similar devices on the road.

Soldiers later sealed off the village of Elasha Biyaha, on the road, and searched houses, detaining at least 30 young men, residents said. By evening most had been freed.

In central Somalia, gunmen from two sub-clans fought over a water well near Dhuusamarreeb on Monday and Tuesday, elders said. Five people were killed, among them a 14-year-old boy, and nine wounded before elders negotiated a ceasefire on Tuesday evening.

The attack near Afgooye came a week after the government said its forces and allied clan militias had recaptured the farming town of Sabiid in Lower Shabelle from al Shabaab.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb planted on the side of the main road between Mogadishu and Afgooye tore through a minibus", P("Afgooye", "SO", 2, lat=2.14, lon=45.12, a1="Lower Shabelle"), "tuesday",
    a1="Unidentified Armed Group (Somalia)", i1=3, a2="Civilians (Somalia)", i2=7, fat=7),
  E(cur, "Arrests", "detaining at least 30 young men", P("Afgooye", "SO", 2, lat=2.1381, lon=45.1212, a1="Lower Shabelle"), "tuesday",
    a1=SOM, i1=1, a2="Civilians (Somalia)", i2=7),
  E(cur, "Armed clash", "gunmen from two sub-clans fought over a water well near Dhuusamarreeb", P("Dhuusamarreeb", "SO", 2), "monday", tp=2,
    a1="Unidentified Clan Militia (Somalia)", i1=4, a2="Unidentified Clan Militia (Somalia)", i2=4, fat=5, inj=9),
  E(cur, "Agreement", "elders negotiated a ceasefire on Tuesday evening", P("Dhuusamarreeb", "SO", 2), "tuesday",
    a1="Unidentified Clan Militia (Somalia)", i1=4, a2="Unidentified Clan Militia (Somalia)", i2=4),
  E(bg, "Government regains territory", "its forces and allied clan militias had recaptured the farming town of Sabiid", P("Lower Shabeelle", "SO", 3, lat=1.7159, lon=44.7717, a1="Lower Shabelle"), -7, tp=2,
    a1=SOM, i1=1, a2=SHB, i2=2, assoc_actor_1="Unidentified Clan Militia (Somalia)"),
]),

S("st-ah-004", "2025-08-19", """DR CONGO/
Death toll in Ituri camp attack rises to 19 - local officials

BUNIA, Democratic Republic of Congo, Aug 19 (Wire) - The number of people killed when militiamen attacked a camp for displaced people in Ituri province on Sunday night has risen to 19, local officials said on Tuesday, as more bodies were found in the bush around the site.

The attackers, armed with machetes and guns, entered the Loda camp in Djugu territory at about 10 p.m., hacking people in their shelters and setting fire to about 60 huts, a camp leader said. Civil society groups blamed the CODECO militia, which says it defends the Lendu community. The army said on Monday that 12 people had died; by Tuesday, the Red Cross had buried 19 and the camp leader said 25 were still missing.

UN peacekeepers said on Monday that a patrol had exchanged fire with armed men near the camp the following morning and that one assailant was killed. Soldiers and peacekeepers later searched the nearby forest without finding the attackers.

In Bunia, the provincial capital, several hundred people marched to the governor's office on Tuesday to demand better protection for the camps. Police fired tear gas to disperse them as they reached the gate and arrested at least six people, among them two youth leaders.

(Caption: Relatives bury victims of the attack on the Loda camp, Aug 18.)""", [
  E(cur, "Attack", "militiamen attacked a camp for displaced people in Ituri province on Sunday night", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "sunday",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=19),
  E(cur, "Armed clash", "a patrol had exchanged fire with armed men near the camp the following morning", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "monday",
    a1="MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", i1=8, a2="Unidentified Armed Group (Democratic Republic of Congo)", i2=3, fat=1),
  E(cur, "Protest with intervention", "several hundred people marched to the governor's office on Tuesday", P("Bunia", "CD", 1, lat=1.56, lon=30.25, a1="Ituri"), "tuesday",
    a1="Protesters (Democratic Republic of Congo)", i1=6, a2="Police Forces of Democratic Republic of Congo (2019-)", i2=1),
  unscored(E(cap, "Attack", "Relatives bury victims of the attack on the Loda camp", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "sunday",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ah-005", "2026-10-15", """SUDAN: FLASH UPDATE No. 4 - North Kordofan
(as of 15 October 2026)

HIGHLIGHTS
- At least 31 civilians killed in shelling of El Obeid since 10 October
- About 4,200 people displaced from villages west of Bara
- Humanitarian partners suspend movements on the El Obeid-Kosti road

SITUATION OVERVIEW
Artillery shells and rockets struck residential areas of El Obeid on 13 and 14 October, killing 17 civilians, including six children, and injuring 40 others, according to the State Ministry of Health. The shelling on 13 October hit the Al Qubba neighbourhood and the main livestock market; on 14 October shells landed near the teaching hospital. This brings to at least 31 the number of civilians killed by shelling in the city since 10 October.

On 12 October, armed men on motorbikes and in vehicles raided the villages of Um Sumeima and Jaghu, about 20 km west of Bara, killing at least nine people, burning houses and taking livestock, local sources reported. Residents attributed the raids to RSF fighters; the RSF has denied targeting civilians. About 4,200 people have since fled to Bara and El Obeid.

A drone struck a fuel depot on the outskirts of Kosti, in White Nile State, on 11 October, causing a large fire; no casualties were reported. The army blamed the RSF for the strike.

Humanitarian partners have suspended road movements between El Obeid and Kosti until further notice.

Produced by the humanitarian coordination office. Figures are provisional.""", [
  unscored(E(cur, "Shelling/artillery/missile attack", "Artillery shells and rockets struck residential areas of El Obeid on 13 and 14 October", P("El Obeid", "SD", 1, lat=13.18, lon=30.22, a1="North Kordofan"), "2026-10-13",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7), "fatalities", "injuries"),
  unscored(E(cur, "Shelling/artillery/missile attack", "on 14 October shells landed near the teaching hospital", P("El Obeid", "SD", 1, lat=13.18, lon=30.22, a1="North Kordofan"), "2026-10-14",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7), "fatalities", "injuries"),
  E(cur, "Attack", "armed men on motorbikes and in vehicles raided the villages of Um Sumeima and Jaghu", P("Bara", "SD", 2, lat=13.7, lon=30.37, a1="North Kordofan"), "2026-10-12",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=9),
  E(cur, "Air/drone strike", "A drone struck a fuel depot on the outskirts of Kosti", P("Kosti", "SD", 2, lat=13.16, lon=32.66, a1="White Nile"), "2026-10-11",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
], register="ngo"),

S("st-ah-006", "2026-05-27", """Kharkiv Regional Military Administration: situation in the region over the past day

Over the past day, the enemy struck 11 settlements of the region with guided aerial bombs, drones and artillery.

Kupiansk district: in the morning, a guided aerial bomb hit a private house in the village of Kivsharivka, killing a 67-year-old woman and injuring her husband. In Kupiansk itself, FPV drones attacked a car and a utility vehicle; a 41-year-old man was injured.

Chuhuiv district: in the evening, Russian troops shelled the village of Pechenihy; an agricultural enterprise and three houses were damaged. No casualties.

Kharkiv: at 23:40, a Shahed-type drone hit the roof of a warehouse in the Slobidskyi district, causing a fire that was put out by rescuers. No casualties.

Izium district: a man, 52, was injured when an explosive object he found in a field near Balakliia went off.

Over the past day, air defence forces shot down 14 of the 19 drones launched at the region. Police have opened criminal proceedings.

The situation at the front: the Defence Forces repelled 9 enemy assaults in the Kupiansk direction near Kindrashivka and Petropavlivka; the enemy had no success.""", [
  E(cur, "Air/drone strike", "a guided aerial bomb hit a private house in the village of Kivsharivka", P("Kivsharivka", "UA", 1, lat=49.63, lon=37.7, a1="Kharkiv"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=1),
  E(cur, "Air/drone strike", "FPV drones attacked a car and a utility vehicle", P("Kupiansk", "UA", 1, lat=49.71, lon=37.62, a1="Kharkiv"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=None, inj=1),
  E(cur, "Shelling/artillery/missile attack", "Russian troops shelled the village of Pechenihy", P("Pechenihy", "UA", 1, lat=49.87, lon=36.94, a1="Kharkiv"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "a Shahed-type drone hit the roof of a warehouse in the Slobidskyi district", P("Kharkiv", "UA", 2, lat=49.98, lon=36.25, a1="Kharkiv"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Remote explosive/landmine/IED", "an explosive object he found in a field near Balakliia went off", P("Balakliia", "UA", 2, lat=49.46, lon=36.86, a1="Kharkiv"), -1, tp=2,
    a1="Unidentified Armed Group (Ukraine)", i1=3, a2="Civilians (Ukraine)", i2=7, fat=None, inj=1),
  E(cur, "Armed clash", "the Defence Forces repelled 9 enemy assaults in the Kupiansk direction near Kindrashivka", P("Kindrashivka", "UA", 2, lat=49.76, lon=37.63, a1="Kharkiv"), -1, tp=2,
    a1=UKR, i1=1, a2=RUS, i2=8),
  E(cur, "Armed clash", "Petropavlivka", P("Petropavlivka", "UA", 2, lat=49.67, lon=37.76, a1="Kharkiv"), -1, tp=2,
    a1=UKR, i1=1, a2=RUS, i2=8),
], register="official"),

S("st-ah-007", "2026-07-14", """Myanmar junta jet bombs monastery school in Sagaing, resistance says; fighters ambush convoy

BANGKOK, July 14 (Wire) - A Myanmar military jet bombed a monastery in Budalin township in the Sagaing region on Sunday afternoon, killing 11 people including six novice monks who were studying there, a local resistance group and a monk in the area said on Monday.

The monastery in the village of Ma U, about 30 km north of Monywa, was sheltering families displaced by earlier fighting, the monk said by phone. "There was no fighting near the village," he said. A junta spokesman did not answer calls; state media said on Monday that the air force had struck "terrorist positions" in the area.

A People's Defence Force unit in neighbouring Yinmabin township said its fighters had ambushed a military convoy of about 15 trucks on the Monywa-Pale road on Saturday with mines and small arms, killing at least eight soldiers. The junta-controlled press described the incident as an attack on a civilian bus. Reuters could not independently verify either account.

The military has lost control of large parts of Sagaing since it seized power in a coup in February 2021.""", [
  E(cur, "Air/drone strike", "A Myanmar military jet bombed a monastery in Budalin township", P("Ma U", "MM", 2, lat=22.38, lon=95.12, a1="Sagaing"), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=11),
  E(cur, "Armed clash", "its fighters had ambushed a military convoy of about 15 trucks on the Monywa-Pale road", P("Yinmabin", "MM", 3, lat=22.07, lon=94.9, a1="Sagaing"), "saturday",
    a1=PDF, i1=2, a2=MMR, i2=1, fat=8),
]),

S("st-ah-008", "2026-03-10", """CHOCO: ELN DECLARES 'ARMED STRIKE' ON SAN JUAN RIVER; COMMUNITIES CONFINED

QUIBDO (Regional press) - Thousands of Afro-Colombian and indigenous residents along the San Juan river have been confined to their villages since Sunday, when the ELN guerrilla declared an indefinite "armed strike" banning all river and road traffic in the municipalities of Istmina, Medio San Juan and Litoral del San Juan, the regional ombudsman's office said.

In a pamphlet signed by its Western War Front and distributed in Istmina, the group said the measure was a response to the "advance of paramilitarism" of the Gulf Clan. Boatmen who defied the order on Monday were fired on near the village of Noanama, the ombudsman's office said; nobody was hurt.

Army troops said on Tuesday that they had clashed with ELN fighters in a rural area of Istmina, killing one; the ELN did not comment. The governor of Choco asked the national government to send more troops.

On February 20, the ELN and the Gulf Clan fought for several hours near the village of Puerto Murillo, in the upper San Juan, forcing some 300 people to flee to Istmina.""", [
  E(cur, "Other", "the ELN guerrilla declared an indefinite \"armed strike\" banning all river and road traffic", P("Istmina", "CO", 2, lat=5.16, lon=-76.68, a1="Choco"), "sunday",
    a1=ELN, i1=2, a2="Civilians (Colombia)", i2=7),
  E(cur, "Attack", "Boatmen who defied the order on Monday were fired on near the village of Noanama", P("Choco", "CO", 3, lat=5.6919, lon=-76.6583, a1="Choco"), "monday",
    a1=ELN, i1=2, a2="Civilians (Colombia)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "they had clashed with ELN fighters in a rural area of Istmina", P("Istmina", "CO", 2, lat=5.16, lon=-76.68, a1="Choco"), "tuesday", tp=2,
    a1=COL, i1=1, a2=ELN, i2=2, fat=1),
  E(bg, "Armed clash", "the ELN and the Gulf Clan fought for several hours near the village of Puerto Murillo", P("Istmina", "CO", 2, lat=5.16, lon=-76.68, a1="Choco"), "2026-02-20",
    a1=ELN, i1=2, a2=AGC, i2=3),
], register="local"),

S("st-ah-009", "2026-05-19", """Haiti gangs torch homes in Arcahaie area; police say they repelled raid on station

PORT-AU-PRINCE, May 19 (Wire) - Gang members set fire to dozens of homes and killed at least five people in the Corail area of Arcahaie, north of Port-au-Prince, on Saturday, forcing hundreds of families to flee towards the town centre, the mayor and a human rights group said.

The attackers, who came by boat and by road from the Cabaret area, went house to house looting and shooting at residents who tried to flee, the mayor said. The National Human Rights Defense Network (RNDDH) said the raid had been carried out by members of the Viv Ansanm gang coalition and that the toll could be higher.

On Sunday, gunmen attacked the police station in Arcahaie for several hours before being pushed back, the Haitian National Police said, adding that two officers were wounded and "several bandits" were killed. Police and Kenyan-led multinational force vehicles patrolled the town on Monday.

Residents also set up barricades of burning tyres on Route Nationale 1 on Monday to demand protection, cutting the road to the north for several hours.""", [
  E(cur, "Attack", "Gang members set fire to dozens of homes and killed at least five people in the Corail area of Arcahaie", P("Arcahaie", "HT", 2, lat=18.77, lon=-72.51, a1="Ouest"), "saturday",
    a1=VIV, i1=3, a2="Civilians (Haiti)", i2=7, fat=5),
  E(cur, "Armed clash", "gunmen attacked the police station in Arcahaie for several hours", P("Arcahaie", "HT", 1, lat=18.77, lon=-72.51, a1="Ouest"), "sunday",
    a1=VIV, i1=3, a2=HTI_POL, i2=1, fat=3, inj=2),
  E(cur, "Violent demonstration", "Residents also set up barricades of burning tyres on Route Nationale 1 on Monday to demand protection", P("Arcahaie", "HT", 2, lat=18.77, lon=-72.51, a1="Ouest"), "monday",
    a1="Rioters (Haiti)", i1=5),
]),

S("st-ah-010", "2026-09-30", """ISPR PRESS RELEASE No PR-214/2026

RAWALPINDI, 30 September 2026: On 28/29 September night, security forces conducted an intelligence based operation in general area Jani Khel, Bannu District, on reported presence of khwarij belonging to Indian proxy Fitna al Khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, six khwarij were sent to hell. However, during the intense exchange of fire, Havildar Muhammad Ishaq (age 36 years, resident of District Karak), having fought gallantly, embraced shahadat.

Another operation was conducted in general area Spinwam, North Waziristan District, on 29 September; a sanitisation operation is being carried out to eliminate any other khariji found in the area.

Earlier, on 27 September, khwarij attacked a police check post in Lakki Marwat with quadcopters and small arms, which was responded to effectively by police and troops, injuring three policemen.

Security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "after an intense exchange of fire, six khwarij were sent to hell", P("Jani Khel", "PK", 2, lat=32.84, lon=70.46, a1="Khyber Pakhtunkhwa"), "2026-09-29",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=7),
  E(cur, "Armed clash", "khwarij attacked a police check post in Lakki Marwat with quadcopters and small arms", P("Lakki Marwat", "PK", 1), "2026-09-27",
    a1=TTP, i1=2, a2=PAK_POL, i2=1, inj=3),
], register="official"),

S("st-ah-011", "2026-05-05", """Protesters block Indus Highway at Hyderabad after killing of rights activist; police fire tear gas

HYDERABAD, Pakistan, May 5 (Regional press) - Police fired tear gas and baton-charged hundreds of protesters who blocked the Indus Highway at the Hala Naka bypass in Hyderabad on Monday to protest against the killing of a Sindhi nationalist activist, witnesses said.

The activist, a member of the Jeay Sindh Qaumi Mahaz (JSQM), was shot dead by two men on a motorcycle outside his home in the Latifabad area of the city late on Saturday. His family accused "state-backed elements" of the killing; police said they were investigating a personal dispute.

Protesters burned tyres and threw stones at police vehicles after the tear gas was fired, and at least 12 people were detained, a police official said. Three policemen were hurt. A sit-in outside the Hyderabad press club on Tuesday passed off peacefully.

Hyderabad, Sindh's second city, is not to be confused with the Indian city of the same name.""", [
  E(cur, "Violent demonstration", "Protesters burned tyres and threw stones at police vehicles after the tear gas was fired", P("Hyderabad", "PK", 1), "monday",
    a1="Rioters (Pakistan)", i1=5, a2=PAK_POL, i2=1, inj=3),
  E(cur, "Attack", "was shot dead by two men on a motorcycle outside his home in the Latifabad area of the city", P("Hyderabad", "PK", 2), "saturday",
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2="Civilians (Pakistan)", i2=7, fat=1),
  E(cur, "Peaceful protest", "A sit-in outside the Hyderabad press club on Tuesday passed off peacefully", P("Hyderabad", "PK", 1), "tuesday",
    a1="Protesters (Pakistan)", i1=6),
], register="local"),

S("st-ah-012", "2026-05-26", """Two CRPF men killed in IED blast in Chhattisgarh's Bijapur; search finds Maoist camp abandoned

RAIPUR, May 26 (Wire) - Two Central Reserve Police Force (CRPF) personnel were killed and three injured when Maoists set off an improvised explosive device under their vehicle near the village of Awapalli in Bijapur district of Chhattisgarh on Sunday, police said.

The team was returning from a road-opening patrol when the device exploded, Inspector General of Police (Bastar range) said. The wounded were flown to Raipur.

Security forces launched a search of the forests around Awapalli after the blast and on Monday found an abandoned Maoist camp with tents, cooking utensils and literature, but no arrests were made, the officer said.

In neighbouring Sukma district, police said on Monday that 14 Maoists, including four women carrying cash rewards on their heads, had surrendered before senior officers in Sukma town.

More than 200 suspected Maoists were killed in security operations in the Bastar region in 2025, according to police figures.""", [
  E(cur, "Remote explosive/landmine/IED", "Maoists set off an improvised explosive device under their vehicle near the village of Awapalli", P("Bijapur", "IN", 2, lat=18.7939, lon=80.816, a1="Chhattisgarh"), "sunday",
    a1=CPIM, i1=2, a2=IND_POL, i2=1, fat=2, inj=3),
  E(cur, "Change to group/activity", "14 Maoists, including four women carrying cash rewards on their heads, had surrendered", P("Sukma", "IN", 1, lat=18.3274, lon=81.6262, a1="Chhattisgarh"), "monday", tp=2,
    a1=CPIM, i1=2),
]),

S("st-ah-013", "2026-03-31", """Kenya: rival rallies clash in Kisii as by-election campaign turns violent

KISII, Kenya, March 31 (Wire) - Supporters of two candidates in a parliamentary by-election fought with stones and clubs in the centre of Kisii town on Monday, injuring at least 15 people and damaging several vehicles, police said.

The two camps had held rallies a few hundred metres apart; the fighting broke out when a convoy of one candidate's supporters drove past the other's meeting, county police commander said. Police fired tear gas to separate the groups and arrested seven people.

In Nairobi on Tuesday, a few dozen activists marched peacefully to parliament to hand in a petition against police brutality.

Separately, suspected al Shabaab militants planted an explosive device that hit a police vehicle near Elwak in Mandera county on Sunday, wounding four officers, police said. The officers were taken to hospital in Mandera town.""", [
  E(cur, "Mob violence", "Supporters of two candidates in a parliamentary by-election fought with stones and clubs in the centre of Kisii town", P("Kisii", "KE", 1, lat=-0.68, lon=34.77, a1="Kisii"), "monday",
    a1="Rioters (Kenya)", i1=5, a2="Rioters (Kenya)", i2=5, inj=15),
  E(cur, "Peaceful protest", "a few dozen activists marched peacefully to parliament", P("Nairobi", "KE", 1, lat=-1.28, lon=36.82, a1="Nairobi"), "tuesday",
    a1="Protesters (Kenya)", i1=6),
  E(cur, "Remote explosive/landmine/IED", "suspected al Shabaab militants planted an explosive device that hit a police vehicle near Elwak", P("El Wak", "KE", 2, lat=2.8, lon=40.93, a1="Mandera"), "sunday",
    a1=SHB, i1=2, a2="Police Forces of Kenya (2022-)", i2=1, inj=4),
]),

S("st-ah-014", "2026-04-21", """BANGLADESH/
One dead as rival student wings clash at Rajshahi; party offices torched in Bogura

DHAKA, April 21 (Wire) - A student was killed and about 40 people were injured when activists of the student wings of the Bangladesh Nationalist Party and the Jamaat-e-Islami fought with sticks, rods and bricks on the Rajshahi University campus on Monday, police and university officials said.

The fighting began over control of a dormitory and spread across the campus for about two hours before police and the paramilitary Border Guard Bangladesh were called in, the university proctor said. The dead student, a third-year physics student, was beaten with iron rods, doctors said.

Overnight, men on motorbikes threw petrol bombs at the district office of the Jamaat-e-Islami in Bogura, about 100 km to the east, setting it and two motorcycles parked outside on fire, the district police chief said. No one was hurt.

On Tuesday, police arrested 11 people in dawn raids in Rajshahi city over the campus clash, a spokesman said.""", [
  E(cur, "Mob violence", "activists of the student wings of the Bangladesh Nationalist Party and the Jamaat-e-Islami fought with sticks, rods and bricks on the Rajshahi University campus", P("Rajshahi", "BD", 2, lat=24.37, lon=88.6, a1="Rajshahi"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=40),
  E(cur, "Looting/property destruction", "men on motorbikes threw petrol bombs at the district office of the Jamaat-e-Islami in Bogura", P("Bogra", "BD", 1, lat=24.85, lon=89.37, a1="Rajshahi"), "monday",
    a1="Unidentified Armed Group (Bangladesh)", i1=3, a2="Jamaat-e-Islami (Bangladesh)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police arrested 11 people in dawn raids in Rajshahi city over the campus clash", P("Rajshahi", "BD", 1, lat=24.37, lon=88.6, a1="Rajshahi"), "tuesday",
    a1="Police Forces of Bangladesh (2024-)", i1=1, a2="Rioters (Bangladesh)", i2=5),
]),

S("st-ah-015", "2026-09-02", """PHILIPPINE ARMY - 4TH INFANTRY DIVISION
PUBLIC AFFAIRS OFFICE

Two NPA terrorists killed in encounter in Agusan del Sur; high-powered firearms recovered

CAMP EVANGELISTA, Cagayan de Oro City - Troops of the 26th Infantry Battalion encountered an undetermined number of Communist NPA Terrorists (CNTs) belonging to the remnants of Guerrilla Front 88 at Sitio Mahayahay, Barangay Bitan-agan, Esperanza, Agusan del Sur, at around 6:15 AM on 31 August 2026. The firefight lasted for about 20 minutes, after which the enemy withdrew in different directions, leaving behind two of their dead comrades. No casualty was reported on the government side. Recovered at the encounter site were two M16 rifles, one AK-47 rifle and personal belongings.

The troops were responding to reports from residents of extortion activities by the armed group in the area.

Meanwhile, on 1 September 2026, four former CNT members yielded to the 23rd Infantry Battalion in Buenavista, Agusan del Norte, bringing with them three firearms.

Follow-up operations are ongoing. The Division reiterates its call to the remaining members to return to the folds of the law.""", [
  E(cur, "Armed clash", "Troops of the 26th Infantry Battalion encountered an undetermined number of Communist NPA Terrorists (CNTs)", P("Esperanza", "PH", 2, lat=8.68, lon=125.65, a1="Caraga"), "2026-08-31",
    a1="Military Forces of the Philippines (2022-)", i1=1, a2="NPA: New People's Army", i2=2, fat=2),
  E(cur, "Change to group/activity", "four former CNT members yielded to the 23rd Infantry Battalion in Buenavista", P("Buenavista", "PH", 1, lat=8.98, lon=125.41, a1="Caraga"), "2026-09-01",
    a1="NPA: New People's Army", i1=2),
], register="official"),

S("st-ah-016", "2026-04-07", """Gunmen kill four security men at checkpoint near Jableh; Israeli troops raid village in Quneitra countryside

DAMASCUS, April 7 (Wire) - Gunmen opened fire on a General Security checkpoint on the road between Jableh and the village of Beit Yashout in Syria's coastal Latakia province late on Sunday, killing four members of the security forces, the Interior Ministry said on Monday.

The ministry blamed "remnants of the former regime" and said security forces had launched a combing operation in the surrounding hills, arresting five suspects and seizing weapons. A war monitor said the attackers had fled into the mountains and that two of those arrested were released the same evening.

In the south, Israeli troops in about a dozen vehicles entered the village of Jubata al-Khashab in the Quneitra countryside before dawn on Monday, searched several homes and detained three young men, state news agency SANA reported. The Israeli military said its forces had "apprehended suspects involved in terror activity" in the area.

Syria's new authorities have faced repeated attacks on the coast since March 2025.""", [
  E(cur, "Armed clash", "Gunmen opened fire on a General Security checkpoint on the road between Jableh and the village of Beit Yashout", P("Jableh", "SY", 2, lat=35.36, lon=35.93, a1="Latakia"), "sunday",
    a1="Alawite Militia (Syria)", i1=4, a2="Police Forces of Syria (2024-)", i2=1, fat=4),
  E(cur, "Arrests", "security forces had launched a combing operation in the surrounding hills, arresting five suspects", P("Jableh", "SY", 2, lat=35.36, lon=35.93, a1="Latakia"), "monday", tp=2,
    a1="Police Forces of Syria (2024-)", i1=1, a2="Alawite Militia (Syria)", i2=4),
  E(cur, "Arrests", "searched several homes and detained three young men", P("Quneitra", "SY", 3, lat=33.126, lon=35.8246, a1="Quneitra"), "monday",
    a1="Military Forces of Israel (2022-)", i1=8, a2="Civilians (Syria)", i2=7),
]),

S("st-ah-017", "2026-10-13", """Turkish drone kills two in Duhok mountains; IS cell hits army post in Kirkuk's Wadi al-Shay

ERBIL, Iraq, Oct 13 (Wire) - A Turkish drone struck a vehicle on a mountain road near the village of Kani Masi in Duhok province on Sunday, killing two men the Turkish defence ministry described as PKK militants, local officials said. The mayor of the district said the dead were shepherds from the village.

Separately, Islamic State militants attacked an Iraqi army post in the Wadi al-Shay valley, south of Kirkuk, on Monday night, killing a soldier and wounding two, a security source said. Troops backed by Iraqi aircraft pursued the attackers, but the search of the valley on Tuesday found no trace of them, the source added.

The Kurdistan Region's interior ministry said on Tuesday that 14 people had been arrested in Sulaimaniya over a riot on Saturday night in which protesters over unpaid salaries set fire to a party office and threw stones at the security forces.""", [
  unscored(E(cur, "Air/drone strike", "A Turkish drone struck a vehicle on a mountain road near the village of Kani Masi", P("Kani Masi", "IQ", 2, lat=37.23, lon=43.43, a1="Duhok"), "sunday",
    a1="Military Forces of Turkey (2002-)", i1=8, a2="PKK: Kurdistan Workers Party", i2=2, fat=2), "actor2", "inter2"),
  E(cur, "Armed clash", "Islamic State militants attacked an Iraqi army post in the Wadi al-Shay valley", P("Kirkuk", "IQ", 2, lat=35.47, lon=44.39, a1="Kirkuk"), "monday",
    a1="Islamic State (Iraq)", i1=2, a2="Military Forces of Iraq (2022-)", i2=1, fat=1, inj=2),
  E(cur, "Violent demonstration", "protesters over unpaid salaries set fire to a party office and threw stones at the security forces", P("Sulaymaniyah", "IQ", 1, lat=35.56, lon=45.44, a1="Sulaymaniyah"), "saturday",
    a1="Rioters (Iraq)", i1=5, a2="Police Forces of Iraq (2022-) Kurdistan Regional Government", i2=1),
]),

S("st-ah-018", "2026-01-13", """YEMEN/
Houthi drone hits displaced camp in Marib; government forces say they repelled attack in Harib

ADEN, Jan 13 (Wire) - A drone launched by the Houthi movement struck a camp for displaced people in Marib province on Monday, killing three children and wounding five other people, a camp official and the government's information minister said.

The drone hit tents in the al-Jufainah camp, on the southern edge of Marib city, the camp official said. The Houthis did not comment.

Government forces said they had repelled a Houthi attack on their positions in the Harib district, in the south of the province, on Sunday, killing "dozens" of the attackers; a military source gave the government's losses as four dead. The Houthi-run Saba news agency said the group's fighters had advanced in the area.

In Taiz, the government accused Houthi snipers of shooting a woman in the Al-Dabab area west of the city on Saturday. She was taken to hospital, medics said.""", [
  E(cur, "Air/drone strike", "A drone launched by the Houthi movement struck a camp for displaced people in Marib province", P("Marib", "YE", 2, lat=15.46, lon=45.33, a1="Marib"), "monday",
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Civilians (Yemen)", i2=7, fat=3, inj=5),
  E(cur, "Armed clash", "Government forces said they had repelled a Houthi attack on their positions in the Harib district", P("Harib", "YE", 3, lat=14.93, lon=45.5, a1="Marib"), "sunday",
    a1="Military Forces of Yemen (2022-)", i1=1, a2="Military Forces of Yemen (2016-) Supreme Political Council", i2=1, fat=16),
  E(cur, "Attack", "Houthi snipers of shooting a woman in the Al-Dabab area west of the city", P("Taiz", "YE", 2, lat=13.58, lon=44.02, a1="Taiz"), "saturday",
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Civilians (Yemen)", i2=7, inj=1),
]),

S("st-ah-019", "2025-07-01", """NW REGION: SEPARATISTS ENFORCE TWO-WEEK LOCKDOWN; BUS TORCHED AT NDOP

BAMENDA (Regional press) - Shops, schools and markets stayed shut in Bamenda and several towns of the North West region on Monday, the first day of a 14-day "total lockdown" ordered by Ambazonian separatist fighters who said it was to mourn a commander killed by soldiers in June.

In the Ndop area, fighters stopped a passenger bus that defied the order on Sunday, ordered the travellers out and set it on fire, a council official said. Nobody was hurt. In Bamenda's Mile 4 neighbourhood, soldiers raided homes on Monday morning looking for fighters and arrested "several young men", residents said. One resident said a man was shot and wounded as he ran from the soldiers.

The governor of the North West, Adolphe Lele L'Afrique, called on residents to ignore the lockdown and said on Monday that "defence forces are deployed to protect all those who go about their business." In 2024, similar lockdowns paralysed the region for weeks.""", [
  E(cur, "Other", "a 14-day \"total lockdown\" ordered by Ambazonian separatist fighters", P("North-West", "CM", 3, lat=5.96, lon=10.15, a1="North-West"), "monday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Looting/property destruction", "fighters stopped a passenger bus that defied the order on Sunday, ordered the travellers out and set it on fire", P("Ndop", "CM", 2, lat=6.0, lon=10.42, a1="North-West"), "sunday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "One resident said a man was shot and wounded as he ran from the soldiers", P("Bamenda", "CM", 2, lat=5.96, lon=10.15, a1="North-West"), "monday",
    a1="Military Forces of Cameroon (1982-)", i1=1, a2="Civilians (Cameroon)", i2=7, inj=1),
], register="local"),

S("st-ah-020", "2026-03-17", """Ethiopia: Fano fighters seize town in North Wollo, then pull out as army arrives; rebels abduct traders in Oromia

ADDIS ABABA, March 17 (Wire) - Fano militia fighters took control of the town of Gashena in the Amhara region's North Wollo zone on Saturday after a gunbattle of several hours with federal troops, residents said, but withdrew on Sunday as army reinforcements arrived from Woldia.

Two residents said at least six civilians were killed in crossfire in the fighting on Saturday and that the fighters freed about 40 inmates from the town's police station. The army did not comment. On Sunday, the federal troops re-entered Gashena without a fight, one of the residents said.

In the Oromia region, gunmen the regional government described as members of the "Shene" group stopped a minibus on the road between Sheno and Chancho on Monday and abducted 11 traders, relatives said. The Oromo Liberation Army, which the government calls Shene, denied involvement.""", [
  E(cur, "Non-state actor overtakes territory", "Fano militia fighters took control of the town of Gashena", P("Weldiya", "ET", 2, lat=11.8277, lon=39.5916, a1="Amhara"), "saturday",
    a1="Fano", i1=3, a2="Military Forces of Ethiopia (2018-)", i2=1, fat=6),
  E(cur, "Non-violent transfer of territory", "the federal troops re-entered Gashena without a fight", P("Weldiya", "ET", 2, lat=11.8277, lon=39.5916, a1="Amhara"), "sunday",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Fano", i2=3),
  E(cur, "Abduction/forced disappearance", "stopped a minibus on the road between Sheno and Chancho on Monday and abducted 11 traders", P("Sheno", "ET", 2, lat=9.33, lon=39.3, a1="Oromiya"), "monday",
    a1="OLA: Oromo Liberation Army", i1=2, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-ah-021", "2026-11-03", """LIVE: West Bank raids - updates

09:12 - The Palestinian Red Crescent says its crews treated six people for injuries from rubber-coated bullets in Beita, south of Nablus, where Israeli troops fired at Palestinians who tried to stop settlers entering olive groves this morning.

09:40 - Residents say a group of settlers torched two cars and sprayed graffiti on homes in the village of Aqraba overnight. Nobody was hurt.

10:55 - Israeli forces have withdrawn from Tubas after a raid that began before dawn. The Palestinian health ministry says a 19-year-old was shot dead during the raid; the Israeli military says troops exchanged fire with gunmen in the town's eastern neighbourhood.

11:30 - Recap: yesterday afternoon, settlers attacked shepherds near Mughayyir al-Deir, east of Ramallah, beating an elderly man who was taken to hospital in Ramallah.

12:05 - The Israeli military says a soldier was lightly wounded when a Palestinian opened fire at a checkpoint near Huwara this morning; the gunman fled and a search is under way.""", [
  E(cur, "Protest with intervention", "Israeli troops fired at Palestinians who tried to stop settlers entering olive groves this morning", P("Bayta al Fawqa", "PS", 1, lat=32.1426, lon=35.2877, a1="West Bank"), 0,
    a1="Protesters (Palestine)", i1=6, a2="Military Forces of Israel (2022-)", i2=8, inj=6),
  E(cur, "Looting/property destruction", "a group of settlers torched two cars and sprayed graffiti on homes in the village of Aqraba overnight", P("Aqraba", "PS", 1, lat=32.13, lon=35.35, a1="West Bank"), 0, tp=2,
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "Israeli forces have withdrawn from Tubas after a raid that began before dawn", P("Tubas", "PS", 1, lat=32.32, lon=35.37, a1="West Bank"), 0,
    a1="Military Forces of Israel (2022-)", i1=8, a2="Unidentified Armed Group (Palestine)", i2=3, fat=1),
  E(cur, "Attack", "settlers attacked shepherds near Mughayyir al-Deir, east of Ramallah", P("Ramallah", "PS", 2, lat=31.9, lon=35.2, a1="West Bank"), -1,
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, inj=1),
  E(cur, "Armed clash", "a Palestinian opened fire at a checkpoint near Huwara this morning", P("Huwwarah", "PS", 2, lat=32.15, lon=35.26, a1="West Bank"), 0,
    a1="Unidentified Armed Group (Palestine)", i1=3, a2="Military Forces of Israel (2022-)", i2=8, inj=1),
], register="live"),

S("st-ah-022", "2026-04-21", """EUROPE WEEK IN BRIEF

FRANCE - Youths set fire to about 30 cars and threw fireworks at police in the Grande-Borne estate of Grigny, south of Paris, on Thursday night after a teenager was seriously injured in a scooter crash during a police chase. Eleven people were arrested, the interior ministry said.

GERMANY - Police separated about 400 supporters of the far-right AfD and some 2,000 counter-protesters in Essen on Saturday; counter-protesters threw bottles at officers trying to keep the two sides apart and six people were detained. The AfD rally went ahead.

GREECE - Unknown attackers placed a gas canister bomb at the entrance of a bank branch in the Exarchia district of Athens early on Wednesday. It went off, damaging the entrance; nobody was hurt.

POLAND - Farmers blocked the main border crossing with Ukraine at Dorohusk with tractors for 24 hours from Monday in protest over grain imports.

NETHERLANDS - A man was jailed for six years in Rotterdam on Friday for plotting an attack on a synagogue.""", [
  E(cur, "Violent demonstration", "Youths set fire to about 30 cars and threw fireworks at police in the Grande-Borne estate of Grigny", P("Grigny", "FR", 2, lat=48.65, lon=2.39, a1="Ile-de-France"), "thursday",
    a1="Rioters (France)", i1=5, a2="Police Forces of France (2017-)", i2=1),
  E(cur, "Violent demonstration", "counter-protesters threw bottles at officers trying to keep the two sides apart", P("Essen", "DE", 1, lat=51.46, lon=7.01, a1="North Rhine-Westphalia"), "saturday",
    a1="Rioters (Germany)", i1=5, a2="Police Forces of Germany (2025-)", i2=1),
  E(cur, "Peaceful protest", "The AfD rally went ahead", P("Essen", "DE", 1, lat=51.46, lon=7.01, a1="North Rhine-Westphalia"), "saturday",
    a1="Protesters (Germany)", i1=6),
  E(cur, "Remote explosive/landmine/IED", "Unknown attackers placed a gas canister bomb at the entrance of a bank branch in the Exarchia district of Athens", P("Athens", "GR", 2, lat=37.98, lon=23.73, a1="Attica"), "wednesday",
    a1="Unidentified Armed Group (Greece)", i1=3, a2="Civilians (Greece)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "Farmers blocked the main border crossing with Ukraine at Dorohusk with tractors for 24 hours", P("Dorohusk", "PL", 1, lat=51.17, lon=23.8, a1="Lublin"), "monday",
    a1="Protesters (Poland)", i1=6),
], register="digest"),

S("st-ah-023", "2026-05-19", """MOZAMBIQUE: Cabo Delgado - Humanitarian Snapshot (11-17 May 2026)

KEY FIGURES: 14 security incidents recorded | 9 civilian fatalities | ~3,100 people newly displaced

Macomia district: On 12 May, armed men entered the village of Nguida at dusk, beheaded two farmers and burned 30 houses and a chapel. Partners report that the group, which local sources identified as fighters of the Islamic State Mozambique Province (ISMP), forced residents to gather at the village's mosque for a sermon before leaving towards the coast. Some 1,800 people fled to Macomia town. On 14 May, the same group reportedly stopped vehicles on the N380 road near Chai, looted two traders' trucks and set them on fire; no one was hurt.

Muidumbe district: On 15 May, Mozambican and Rwandan forces clashed with insurgents near Miangalewa; partners could not confirm casualty figures. Movements on the road to Mueda were suspended for 48 hours.

Ancuabe district: a woman was killed by unidentified armed men on her farm near Metoro on 16 May.

Since the beginning of the year, 412 incidents of violence against civilians have been recorded in the province.

The snapshot is produced with information from humanitarian partners; figures are preliminary.""", [
  E(cur, "Attack", "armed men entered the village of Nguida at dusk, beheaded two farmers and burned 30 houses and a chapel", P("Macomia", "MZ", 2, lat=-12.25, lon=40.13, a1="Cabo Delgado"), "2026-05-12",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Looting/property destruction", "the same group reportedly stopped vehicles on the N380 road near Chai, looted two traders' trucks and set them on fire", P("Macomia", "MZ", 2, lat=-12.2467, lon=40.1208, a1="Cabo Delgado"), "2026-05-14",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "Mozambican and Rwandan forces clashed with insurgents near Miangalewa", P("Cabo Delgado", "MZ", 3, lat=-12.974, lon=40.5177, a1="Cabo Delgado"), "2026-05-15",
    a1="Military Forces of Mozambique (2025-)", i1=1, a2="Unidentified Armed Group (Mozambique)", i2=3, assoc_actor_1="Military Forces of Rwanda (2000-)"),
  E(cur, "Attack", "a woman was killed by unidentified armed men on her farm near Metoro", P("Ancuabe", "MZ", 2, lat=-12.972, lon=39.858, a1="Cabo Delgado"), "2026-05-16",
    a1="Unidentified Armed Group (Mozambique)", i1=3, a2="Civilians (Mozambique)", i2=7, fat=1),
], register="ngo"),

S("st-ah-024", "2026-02-05", """SAHEL LIVE: attacks in Niger and Mali - follow our updates

08:05 - Niger's defence ministry says its forces "neutralised about 40 terrorists" who attacked a military position near Banibangou, in the Tillaberi region, on Tuesday afternoon. The ministry says 10 soldiers were killed and 14 wounded.

08:40 - The Islamic State Sahel Province has claimed the Banibangou attack through its news agency, saying its fighters killed "dozens" of soldiers and took two vehicles. The group gives no figure for its own losses.

09:30 - In Mali, residents of Anderamboukane, near the Niger border, tell us that fighters of the same group have ordered all shops to close and barred men from leaving the town since Sunday, after accusing locals of helping the army. "Nobody can go to the wells or the market," one trader said by phone.

10:15 - Mali's army denies reports that it pulled out of its camp in Menaka this week. "Our units are in position," an army spokesman said.

11:00 - Background: in October, Niger's junta extended by three months the state of emergency in the Tillaberi and Tahoua regions.""", [
  E(cur, "Armed clash", "who attacked a military position near Banibangou, in the Tillaberi region, on Tuesday afternoon", P("Banibangou", "NE", 2, lat=15.04, lon=2.7, a1="Tillaberi"), "tuesday",
    a1="Islamic State Sahel Province", i1=2, a2="Military Forces of Niger (2023-)", i2=1, fat=50, inj=14),
  E(cur, "Other", "fighters of the same group have ordered all shops to close and barred men from leaving the town since Sunday", P("Anderamboukane", "ML", 1, lat=15.42, lon=3.03, a1="Menaka"), "sunday",
    a1="Islamic State Sahel Province", i1=2, a2="Civilians (Mali)", i2=7),
  unscored(E(neg, "Non-violent transfer of territory", "it pulled out of its camp in Menaka this week", P("Menaka", "ML", 1, lat=15.92, lon=2.4, a1="Menaka")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
  E(bg, "Other", "Niger's junta extended by three months the state of emergency in the Tillaberi and Tahoua regions", P("Tillaberi", "NE", 3, lat=14.21, lon=1.45, a1="Tillaberi"), "2025-10-01", tp=3,
    a1="Government of Niger (2023-)", i1=1),
], register="live"),

S("st-ah-025", "2025-12-16", """CHAD/CAR
Farmers and herders fight with machetes in southern Chad; rebels attack mining site in CAR's north-west

N'DJAMENA/BANGUI, Dec 16 (Wire) - At least seven people were killed and 20 wounded when farmers and cattle herders fought with machetes, spears and clubs near the village of Bekamba, in Chad's southern Mandoul province, on Saturday, after a herd strayed into fields of sorghum, the provincial governor said.

The governor said the fighting continued into Sunday morning before soldiers were deployed to the area and 23 people were arrested. "Calm has returned," he said.

In the neighbouring Central African Republic, fighters of the 3R rebel group attacked a gold mining site near Bocaranga, in the Ouham-Pende prefecture, on Sunday, killing three miners and taking gold and cash, a local official said. Government troops backed by Russian paramilitaries pursued the attackers on Monday and clashed with them near Koui, killing four, the army said. 3R said the army's figures were "pure invention".""", [
  E(cur, "Mob violence", "farmers and cattle herders fought with machetes, spears and clubs near the village of Bekamba", P("Koumra", "TD", 2, lat=8.91, lon=17.55, a1="Mandoul"), "saturday",
    a1="Rioters (Chad)", i1=5, a2="Rioters (Chad)", i2=5, fat=7, inj=20),
  E(cur, "Attack", "fighters of the 3R rebel group attacked a gold mining site near Bocaranga", P("Bocaranga", "CF", 2, lat=7.01, lon=15.64, a1="Ouham-Pende"), "sunday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Civilians (Central African Republic)", i2=7, fat=3),
  E(cur, "Armed clash", "Government troops backed by Russian paramilitaries pursued the attackers on Monday and clashed with them near Koui", P("Koui", "CF", 2, lat=6.32, lon=16.38, a1="Ouham-Pende"), "monday",
    a1="Military Forces of the Central African Republic (2016-)", i1=1, a2="3R: Return, Reclamation, Rehabilitation", i2=2, fat=4, assoc_actor_1="Wagner Group"),
]),

S("st-ah-026", "2026-03-24", """SOUTH SUDAN/
Death toll from Pibor cattle raid rises to 32, officials say

JUBA, March 24 (Wire) - The number of people killed in a cattle raid on villages near Pibor in eastern South Sudan last week has risen to 32, local officials said on Tuesday, up from the 19 announced on Friday.

Hundreds of armed youths from the Lou Nuer community attacked three villages west of Pibor town on Thursday, shooting residents and driving away thousands of cattle, the information minister of the Greater Pibor Administrative Area said. Women and children were among the dead and at least 11 children were abducted, he said.

On Saturday, armed Murle youths pursued the raiders and fought them near Gumuruk, recovering part of the herd, local officials said. They gave no toll for that fighting.

South Sudan's army said it had sent 300 soldiers to Pibor on Sunday to stop reprisal attacks.

Cattle raids between the two communities have killed hundreds since 2020. In January 2025, a raid near Lekuangole killed 14 people.""", [
  E(cur, "Attack", "Hundreds of armed youths from the Lou Nuer community attacked three villages west of Pibor town on Thursday", P("Pibor", "SS", 2, lat=6.8, lon=33.13, a1="Jonglei"), "thursday",
    a1="Lou Nuer Ethnic Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=32),
  E(cur, "Armed clash", "armed Murle youths pursued the raiders and fought them near Gumuruk", P("Gumuruk", "SS", 2, lat=6.65, lon=33.23, a1="Jonglei"), "saturday",
    a1="Murle Ethnic Militia (South Sudan)", i1=4, a2="Lou Nuer Ethnic Militia (South Sudan)", i2=4),
  E(bg, "Attack", "a raid near Lekuangole killed 14 people", P("Jonglei", "SS", 3, lat=6.2089, lon=31.5586, a1="Jonglei"), "2025-01-01", tp=3),
]),

S("st-ah-027", "2026-08-18", """Libya: armed groups clash in Zawiya for second night; Tripoli government announces ceasefire

TRIPOLI, Aug 18 (Wire) - Fighting between rival armed groups in the western Libyan city of Zawiya on Sunday and Monday nights killed at least five people, including a child hit by a stray bullet, and forced the closure of the coastal road to the Tunisian border, the city's medical centre said.

The clashes pitted a group loyal to a local commander against fighters from the Abu Surra district, residents said, after a quarrel at a checkpoint on Sunday afternoon. Heavy machine-gun fire and rocket-propelled grenades were heard in the Harsha and city-centre areas. The medical centre said three of the dead were killed on Sunday night and two on Monday night.

The Tripoli-based Government of National Unity said on Tuesday that a ceasefire had been agreed between the two sides, brokered by elders from Zawiya and the neighbouring town of Sabratha, and that a joint force from its Defence Ministry would deploy in the city.

Zawiya, about 45 km west of Tripoli, has seen repeated bouts of fighting between armed groups that control its oil refinery and smuggling routes.""", [
  E(cur, "Armed clash", "Fighting between rival armed groups in the western Libyan city of Zawiya on Sunday and Monday nights", P("Zawiya", "LY", 1, lat=32.76, lon=12.73, a1="Az Zawiyah"), "sunday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=3),
  E(cur, "Armed clash", "two on Monday night", P("Zawiya", "LY", 1, lat=32.76, lon=12.73, a1="Az Zawiyah"), "monday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=2),
  E(cur, "Agreement", "a ceasefire had been agreed between the two sides", P("Zawiya", "LY", 1, lat=32.76, lon=12.73, a1="Az Zawiyah"), "tuesday", tp=2,
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3),
]),

S("st-ah-028", "2026-09-08", """Israeli strikes kill three in south Lebanon; army says it defused rocket launchers near Tyre

BEIRUT, Sept 8 (Wire) - An Israeli drone strike on a car on the road between Nabatieh and Kfar Roummane in south Lebanon killed two men on Monday, Lebanon's health ministry said. The Israeli military said it had struck two Hezbollah operatives who were "attempting to rebuild terrorist infrastructure".

Later on Monday, an Israeli strike on a house in the border village of Houla killed a man and wounded his wife, the state news agency NNA said. The Israeli military said the house was used to store weapons.

The Lebanese army said on Tuesday that its units had found and dismantled two rocket launchers in an orchard near the village of Qlaileh, south of Tyre, and were searching for those who had set them up; no arrests had been made.

Israel has kept up near-daily strikes in Lebanon despite the November 2024 ceasefire with Hezbollah.""", [
  unscored(E(cur, "Air/drone strike", "An Israeli drone strike on a car on the road between Nabatieh and Kfar Roummane", P("Nabatieh", "LB", 2, lat=33.38, lon=35.48, a1="Nabatiye"), "monday",
    a1="Military Forces of Israel (2022-)", i1=8, a2="Hezbollah", i2=2, fat=2), "actor2", "inter2"),
  E(cur, "Air/drone strike", "an Israeli strike on a house in the border village of Houla", P("Houla", "LB", 1, lat=33.21, lon=35.52, a1="Nabatiye"), "monday",
    a1="Military Forces of Israel (2022-)", i1=8, a2="Civilians (Lebanon)", i2=7, fat=1, inj=1),
  E(cur, "Disrupted weapons use", "its units had found and dismantled two rocket launchers in an orchard near the village of Qlaileh", P("Tyre", "LB", 2, lat=33.2733, lon=35.1939, a1="South"), "tuesday", tp=2,
    a1="Military Forces of Lebanon (2025-)", i1=1),
]),

S("st-ah-029", "2026-09-22", """AFGHANISTAN-PAKISTAN/
Border guards trade fire at Chaman crossing; Kabul says Pakistani jets struck Paktika

KABUL/QUETTA, Sept 22 (Wire) - Afghan and Pakistani border forces exchanged heavy fire across the Chaman-Spin Boldak crossing for several hours on Sunday evening, killing three Afghan border guards and a Pakistani soldier, officials on both sides said, the latest flare-up on a frontier where relations have soured over militant attacks.

Each side accused the other of firing first. Pakistan's military said its troops had responded to "unprovoked firing" and destroyed several Afghan posts; the Taliban administration's spokesman said Afghan forces had "responded decisively" and killed 12 Pakistani soldiers, a figure Islamabad rejected. The crossing, a key trade route, was closed on Monday, leaving hundreds of trucks stranded.

Late on Monday, the Taliban government said Pakistani aircraft had bombed houses in the Barmal district of Paktika province, killing five civilians, including two children. Pakistan did not comment.

In Kabul, a bomb hidden in a cart exploded near a mosque in the Dasht-e-Barchi area on Tuesday, wounding four people, police said. No group claimed it.""", [
  unscored(E(cur, "Armed clash", "Afghan and Pakistani border forces exchanged heavy fire across the Chaman-Spin Boldak crossing", P("Spin Boldak", "AF", 2, lat=31.01, lon=66.4, a1="Kandahar"), "sunday",
    a1="Military Forces of Afghanistan (2021-)", i1=1, a2="Military Forces of Pakistan (2024-)", i2=8, fat=4), "geo_precision"),
  E(cur, "Air/drone strike", "Pakistani aircraft had bombed houses in the Barmal district of Paktika province", P("Barmal", "AF", 3, lat=32.94, lon=68.79, a1="Paktika"), "monday", tp=2,
    a1="Military Forces of Pakistan (2024-)", i1=8, a2="Civilians (Afghanistan)", i2=7, fat=5),
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a cart exploded near a mosque in the Dasht-e-Barchi area", P("Kabul", "AF", 2, lat=34.53, lon=69.17, a1="Kabul"), "tuesday",
    a1="Unidentified Armed Group (Afghanistan)", i1=3, a2="Civilians (Afghanistan)", i2=7, inj=4),
]),

S("st-ah-030", "2026-08-25", """Iran says five police killed in Jaish al-Adl attack in Sistan-Baluchestan; three 'spies' arrested

DUBAI, Aug 25 (Wire) - Gunmen killed five Iranian police officers in an attack on a patrol near the city of Saravan in the south-eastern province of Sistan-Baluchestan on Sunday night, state media reported, blaming the Sunni militant group Jaish al-Adl.

Two of the attackers were killed in the ensuing gunfight and a third was wounded and arrested, the official IRNA news agency said, quoting the provincial police chief. Jaish al-Adl said in a statement on Telegram that it had killed "eight members of the regime's forces".

The Intelligence Ministry said on Monday that its agents had arrested three people in Zahedan on charges of spying for Israel and of supplying the group with information on police movements.

Also on Monday, the judiciary said two men convicted of drug trafficking had been hanged in Zahedan prison.""", [
  E(cur, "Armed clash", "Gunmen killed five Iranian police officers in an attack on a patrol near the city of Saravan", P("Saravan", "IR", 2, lat=27.37, lon=62.33, a1="Sistan and Baluchestan"), "sunday",
    a1="Jaish al-Adl", i1=2, a2="Police Forces of Iran (1989-)", i2=1, fat=7, inj=1),
  E(cur, "Arrests", "its agents had arrested three people in Zahedan", P("Zahedan", "IR", 1, lat=29.5, lon=60.86, a1="Sistan and Baluchestan"), "monday", tp=2,
    a1="Police Forces of Iran (1989-)", i1=1, a2="Civilians (Iran)", i2=7),
]),

S("st-ah-031", "2026-07-14", """POLICIA NACIONAL DEL ECUADOR - ZONA 8
BOLETIN INFORMATIVO (unofficial translation)

RESULTS OF OPERATIONS, 11-13 JULY

1. On 11 July, at about 22:30, in the Guasmo Sur sector of Guayaquil, unknown persons fired from a car at a group of people outside a shop, killing three men and wounding a woman. According to initial investigations, the attack is linked to a dispute between cells of the Los Lobos and Los Choneros criminal groups over drug sales in the sector. Units of the Criminalistics Service collected 23 shell casings.

2. On 12 July, in a follow-up operation in the Cooperativa Sergio Toral, agents arrested four citizens alias "Pato", "Chino", "Flaco" and "Gordo", identified as members of Los Lobos, and seized two pistols and a motorcycle linked to the events of 11 July.

3. On 13 July, agents searched three properties in the Isla Trinitaria sector after an anonymous call reporting the presence of armed men. No persons or weapons were found.

4. On 13 July, in Duran, a vehicle was set on fire outside a school; a banner signed by "Los Chone" threatened the school's director over an unpaid "vacuna" (extortion). No one was injured.

The National Police reiterates its commitment to the security of citizens.""", [
  E(cur, "Attack", "unknown persons fired from a car at a group of people outside a shop", P("Guayaquil", "EC", 2, lat=-2.2, lon=-79.89, a1="Guayas"), "2026-07-11",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=3, inj=1),
  E(cur, "Arrests", "agents arrested four citizens alias \"Pato\", \"Chino\", \"Flaco\" and \"Gordo\", identified as members of Los Lobos", P("Guayaquil", "EC", 2, lat=-2.2, lon=-79.89, a1="Guayas"), "2026-07-12",
    a1="Police Forces of Ecuador (2023-)", i1=1, a2="Los Lobos", i2=3),
  E(cur, "Looting/property destruction", "a vehicle was set on fire outside a school", P("Duran", "EC", 1, lat=-2.17, lon=-79.83, a1="Guayas"), "2026-07-13",
    a1="Los Choneros", i1=3, a2="Civilians (Ecuador)", i2=7, fat=0, inj=0),
], register="official"),

S("st-ah-032", "2026-09-08", """Rio police raid on Complexo do Salgueiro leaves 6 dead; buses torched in retaliation

RIO DE JANEIRO, Sept 8 (Wire) - A police operation against the Comando Vermelho drug faction in the Complexo do Salgueiro, in Sao Goncalo, across the bay from Rio de Janeiro, left six people dead on Monday, including a 15-year-old boy who residents said was on his way to school, officials and community groups said.

Military police said officers had come under fire as they entered the favela at dawn and that five "criminals" were killed in the exchange; one officer was wounded in the leg. Residents said the teenager was shot by police; the state government said the death would be investigated.

Hours later, men set fire to eight buses in several neighbourhoods of Sao Goncalo after ordering passengers off, the bus operators' union said. Police said the arson had been ordered by Comando Vermelho leaders in retaliation for the raid. No one was injured.

By Tuesday the toll from the raid had risen to seven after a man wounded in the shootout died in hospital, the state health department said.""", [
  E(cur, "Armed clash", "officers had come under fire as they entered the favela at dawn", P("Sao Goncalo", "BR", 2, lat=-22.83, lon=-43.05, a1="Rio de Janeiro"), "monday",
    a1="CV: Comando Vermelho", i1=3, a2="Police Forces of Brazil (2023-)", i2=1, fat=7, inj=1),
  E(cur, "Looting/property destruction", "men set fire to eight buses in several neighbourhoods of Sao Goncalo", P("Sao Goncalo", "BR", 1, lat=-22.83, lon=-43.05, a1="Rio de Janeiro"), "monday",
    a1="CV: Comando Vermelho", i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
]),

S("st-ah-033", "2026-09-29", """ANDES IN BRIEF

BOLIVIA - Police fired tear gas to clear a blockade set up by supporters of former president Evo Morales on the highway between Cochabamba and Oruro at Parotani on Monday; 14 people were arrested and two officers were hurt by stones, the government said. The protesters, who demand that charges against Morales be dropped, had blocked the road since early on Monday. In La Paz, thousands of teachers marched peacefully on Tuesday for higher wages.

PERU - Soldiers clashed with a column of the Militarized Communist Party, a Shining Path remnant, in the Vizcatan del Ene area of the VRAEM valley on Saturday, the armed forces joint command said, adding that two "terrorists" were killed and a soldier was wounded. A search of the area on Sunday found a camp that had been abandoned.

ECUADOR - The government declared a 60-day state of emergency in the provinces of El Oro and Los Rios on Sunday over a wave of killings attributed to criminal gangs.""", [
  E(cur, "Violent demonstration", "Police fired tear gas to clear a blockade set up by supporters of former president Evo Morales", P("Parotani", "BO", 1, lat=-17.57, lon=-66.34, a1="Cochabamba"), "monday",
    a1="Rioters (Bolivia)", i1=5, a2="Police Forces of Bolivia (2025-)", i2=1, inj=2),
  E(cur, "Peaceful protest", "thousands of teachers marched peacefully on Tuesday for higher wages", P("La Paz", "BO", 1, lat=-16.5, lon=-68.15, a1="La Paz"), "tuesday",
    a1="Protesters (Bolivia)", i1=6),
  E(cur, "Armed clash", "Soldiers clashed with a column of the Militarized Communist Party", P("Junin", "PE", 3, lat=-12.0687, lon=-75.2103, a1="Junin"), "saturday",
    a1="Military Forces of Peru (2025-)", i1=1, a2="Sendero Luminoso", i2=2, fat=2, inj=1),
  unscored(E(cur, "Other", "The government declared a 60-day state of emergency in the provinces of El Oro and Los Rios on Sunday", P("Machala", "EC", 3, lat=-3.26, lon=-79.96, a1="El Oro"), "sunday",
    a1="Government of Ecuador (2023-)", i1=1), "location", "latitude", "longitude", "geo_precision", "admin1"),
], register="digest"),

S("st-ah-034", "2026-07-28", """KOOPSSUS CARTENZ-2026 PRESS RELEASE

JAYAPURA - The Cartenz Peace Operation Task Force (Satgas Damai Cartenz) confirms that an armed criminal group (KKB) shot dead two construction workers building a bridge in Kampung Kwarini, Dekai District, Yahukimo Regency, on Saturday (25/7) at around 10.00 WIT. A third worker escaped into the forest and was found on Sunday.

Following the incident, a joint TNI-Polri team was dispatched to the location to evacuate the victims and pursue the perpetrators. On Monday (27/7), the team exchanged fire with the KKB group in the forest area near Kampung Kwarini; one member of the group was killed and an SS1 rifle was seized. There were no casualties on the side of the security forces.

The Task Force also arrested a man with the initials YK at Dekai airport on Sunday on suspicion of supplying ammunition to the group.

The TPNPB, in a statement circulated by its spokesman, claimed responsibility for the killing of the workers, whom it accused of being "members of the Indonesian military in disguise", and said none of its fighters had been killed.""", [
  E(cur, "Attack", "an armed criminal group (KKB) shot dead two construction workers building a bridge in Kampung Kwarini", P("Highland Papua", "ID", 3, lat=-4.0958, lon=138.9481, a1="Highland Papua"), "2026-07-25",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Armed clash", "the team exchanged fire with the KKB group in the forest area near Kampung Kwarini", P("Highland Papua", "ID", 3, lat=-4.0958, lon=138.9481, a1="Highland Papua"), "2026-07-27",
    a1="Military Forces of Indonesia (2024-)", i1=1, a2="TPNPB: West Papua National Liberation Army", i2=2, fat=1, assoc_actor_1="Police Forces of Indonesia (2024-)"),
  E(cur, "Arrests", "arrested a man with the initials YK at Dekai airport on Sunday", P("Highland Papua", "ID", 3, lat=-4.0958, lon=138.9481, a1="Highland Papua"), "2026-07-26",
    a1="Police Forces of Indonesia (2024-)", i1=1, a2="Civilians (Indonesia)", i2=7),
], register="official"),

S("st-ah-035", "2025-07-15", """Bomb wounds four rangers in Narathiwat; school set on fire in Pattani

PATTANI, Thailand, July 15 (Regional press) - A roadside bomb hidden in a rubbish bin exploded as a patrol of paramilitary rangers passed on a road in Rueso district of Narathiwat province on Monday morning, wounding four rangers, one of them seriously, police said.

Rangers and police sealed off the area and searched nearby villages but found no suspects, a police officer said. Authorities blamed insurgents seeking independence for the Malay-Muslim provinces.

Hours earlier, unidentified men set fire to a classroom building of a state school in Mayo district of Pattani, police said. Nobody was in the building.

More than 7,000 people have been killed since the insurgency reignited in 2004, according to the monitoring group Deep South Watch.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb hidden in a rubbish bin exploded as a patrol of paramilitary rangers passed", P("Rueso", "TH", 3, lat=6.4, lon=101.52, a1="Narathiwat"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2023-2025)", i2=1, inj=4),
  E(cur, "Looting/property destruction", "unidentified men set fire to a classroom building of a state school in Mayo district of Pattani", P("Mayo", "TH", 3, lat=6.71, lon=101.41, a1="Pattani"), "monday", tp=2,
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=0, inj=0),
], register="local"),

S("st-ah-036", "2026-11-03", """SOUTH ASIA THIS WEEK

NEPAL - Cadres of the Nepali Congress and the CPN-UML fought with sticks and stones outside a polling centre in Janakpur during a municipal by-election on Saturday, injuring nine people, police said. Police fired warning shots to disperse them.

SRI LANKA - Families of people who disappeared during the civil war held a silent vigil outside the district secretariat in Kilinochchi on Monday, the 3,000th day of their roadside protest.

MALDIVES - Police used pepper spray and arrested 17 people when opposition supporters tried to march to the President's Office in Male on Friday night, the police service said. The opposition said several of its members were hurt.

BANGLADESH - The army said on Thursday that soldiers had recovered 11 firearms in a drive in the Chittagong Hill Tracts and arrested two members of an armed group in Bandarban.""", [
  E(cur, "Mob violence", "Cadres of the Nepali Congress and the CPN-UML fought with sticks and stones outside a polling centre in Janakpur", P("Janakpur", "NP", 1, lat=26.73, lon=85.93, a1="Madhesh"), "saturday",
    a1="Rioters (Nepal)", i1=5, a2="Rioters (Nepal)", i2=5, inj=9),
  E(cur, "Peaceful protest", "held a silent vigil outside the district secretariat in Kilinochchi", P("Kilinochchi", "LK", 1, lat=9.38, lon=80.4, a1="Northern"), "monday",
    a1="Protesters (Sri Lanka)", i1=6),
  E(cur, "Protest with intervention", "Police used pepper spray and arrested 17 people when opposition supporters tried to march to the President's Office in Male", P("Male", "MV", 1, lat=4.18, lon=73.51, a1="Male Atoll"), "friday",
    a1="Protesters (Maldives)", i1=6, a2="Police Forces of Maldives (2023-)", i2=1, inj=3),
  E(cur, "Arrests", "arrested two members of an armed group in Bandarban", P("Bandarban", "BD", 1, lat=22.2, lon=92.22, a1="Chittagong"), "thursday", tp=2,
    a1="Military Forces of Bangladesh (2024-)", i1=1, a2="Unidentified Armed Group (Bangladesh)", i2=3),
], register="digest"),

S("st-ah-037", "2026-07-07", """EAST AFRICA DIGEST

UGANDA - Police and soldiers picked up at least 18 supporters of the opposition National Unity Platform (NUP) from their homes in Kawempe, a Kampala suburb, in night raids on Saturday, the party said on Sunday. Police confirmed 11 arrests and said the suspects were being investigated for "planning violence" ahead of a by-election.

TANZANIA - Police fired tear gas and arrested 26 people, among them two regional leaders of the main opposition party CHADEMA, when supporters gathered outside the Mbeya central police station on Friday to demand the release of a party official. CHADEMA said eight of its members were hurt.

BURUNDI - Members of the ruling party's youth wing, the Imbonerakure, beat three members of the opposition CNL party with sticks in Ngozi province on Wednesday night, leaving one of them with a broken arm, a local rights group said. Police said they had no report of the incident.

KENYA - A court in Nairobi adjourned to September the trial of six police officers charged over the deaths of protesters in June 2024.""", [
  E(cur, "Arrests", "Police and soldiers picked up at least 18 supporters of the opposition National Unity Platform (NUP) from their homes in Kawempe", P("Kampala", "UG", 2, lat=0.32, lon=32.58, a1="Central"), "saturday",
    a1="Police Forces of Uganda (1986-)", i1=1, a2="NUP: National Unity Platform", i2=7, assoc_actor_1="Military Forces of Uganda (1986-)"),
  E(cur, "Protest with intervention", "Police fired tear gas and arrested 26 people", P("Mbeya", "TZ", 1, lat=-8.9, lon=33.46, a1="Mbeya"), "friday",
    a1="Protesters (Tanzania)", i1=6, a2="Police Forces of Tanzania (2021-)", i2=1, inj=8),
  E(cur, "Attack", "Members of the ruling party's youth wing, the Imbonerakure, beat three members of the opposition CNL party with sticks in Ngozi province", P("Ngozi", "BI", 3, lat=-2.91, lon=29.83, a1="Ngozi"), "wednesday",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, inj=3),
], register="digest"),

S("st-ah-038", "2026-11-17", """SOUTHERN AFRICA ROUND-UP

SOUTH AFRICA - Four people, among them a taxi marshal, were shot dead at a taxi rank in Mthatha in the Eastern Cape on Monday morning in what police described as a continuing feud between two taxi associations over a lucrative route. The gunmen fled in a car. It was the third such shooting in the town since September, police said.

ZIMBABWE - Police arrested seven members of a war veterans' group at a house in Harare's Highfield suburb on Saturday, a day before a planned march against President Emmerson Mnangagwa's bid to extend his term, their lawyer said. The march did not take place.

MALAWI - Traders angry at fuel shortages burned tyres, blocked roads and looted a filling station in Lilongwe on Thursday; police fired tear gas and arrested 31 people. Two policemen were hurt by stones.

ZAMBIA - Opposition supporters held a peaceful march in Lusaka on Saturday against a new cyber-security law.""", [
  E(cur, "Attack", "Four people, among them a taxi marshal, were shot dead at a taxi rank in Mthatha", P("Mthatha", "ZA", 1, lat=-31.59, lon=28.78, a1="Eastern Cape"), "monday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4),
  E(cur, "Arrests", "Police arrested seven members of a war veterans' group at a house in Harare's Highfield suburb on Saturday", P("Harare", "ZW", 2, lat=-17.83, lon=31.05, a1="Harare"), "saturday",
    a1="Police Forces of Zimbabwe (2017-)", i1=1, a2="Civilians (Zimbabwe)", i2=7),
  E(cur, "Violent demonstration", "Traders angry at fuel shortages burned tyres, blocked roads and looted a filling station in Lilongwe", P("Lilongwe", "MW", 1, lat=-13.97, lon=33.79, a1="Central"), "thursday",
    a1="Rioters (Malawi)", i1=5, a2="Police Forces of Malawi (2025-)", i2=1, inj=2),
  E(cur, "Peaceful protest", "Opposition supporters held a peaceful march in Lusaka on Saturday", P("Lusaka", "ZM", 1, lat=-15.41, lon=28.29, a1="Lusaka"), "saturday",
    a1="Protesters (Zambia)", i1=6),
], register="digest"),

S("st-ah-039", "2026-06-23", """CENTRAL AMERICA: gunfire over land in Guatemala's highlands; bus drivers killed in Honduras

GUATEMALA CITY/TEGUCIGALPA, June 23 (Wire) - Men from two neighbouring Mayan communities in Guatemala's Solola department exchanged gunfire over a disputed strip of forest on Saturday and Sunday, killing two men and wounding five, including a police officer, the national police said.

The long-running dispute between Nahuala and Santa Catarina Ixtahuacan over the boundary between the two municipalities has killed dozens of people over the past decade. On Monday the government of President Bernardo Arevalo declared a 30-day state of prevention in both municipalities, restricting the carrying of weapons and allowing the army to set up checkpoints.

In Honduras, two bus drivers were shot dead in San Pedro Sula on Monday by gunmen on a motorbike; the bus company said it had been threatened by the MS-13 gang for refusing to pay extortion. Transport workers suspended services on several routes.

In El Salvador, the police said on Tuesday that 46 suspected members of the Barrio 18 gang had been arrested over the weekend in Soyapango under the state of exception in force since March 2022.""", [
  unscored(E(cur, "Armed clash", "Men from two neighbouring Mayan communities in Guatemala's Solola department exchanged gunfire over a disputed strip of forest", P("Nahuala", "GT", 2, lat=14.84, lon=-91.32, a1="Solola"), "saturday", tp=2,
    a1="Unidentified Communal Militia (Guatemala)", i1=4, a2="Unidentified Communal Militia (Guatemala)", i2=4, fat=2, inj=5), "location", "latitude", "longitude", "geo_precision"),
  unscored(E(cur, "Other", "the government of President Bernardo Arevalo declared a 30-day state of prevention in both municipalities", P("Nahuala", "GT", 2, lat=14.84, lon=-91.32, a1="Solola"), "monday",
    a1="Government of Guatemala (2024-)", i1=1), "location", "latitude", "longitude", "geo_precision"),
  unscored(E(cur, "Attack", "two bus drivers were shot dead in San Pedro Sula on Monday by gunmen on a motorbike", P("San Pedro Sula", "HN", 1, lat=15.5, lon=-88.03, a1="Cortes"), "monday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=2), "actor1", "inter1"),
  E(cur, "Arrests", "46 suspected members of the Barrio 18 gang had been arrested over the weekend in Soyapango", P("Soyapango", "SV", 1, lat=13.71, lon=-89.14, a1="San Salvador"), "saturday", tp=2,
    a1="Police Forces of El Salvador (2019-)", i1=1, a2="Barrio 18", i2=3),
]),

S("st-ah-040", "2026-08-11", """Georgian police disperse Tbilisi rally with water cannon; grenade thrown at police station in Kosovo

TBILISI/PRISTINA, Aug 11 (Wire) - Georgian riot police used water cannon and pepper spray early on Tuesday to clear hundreds of protesters who had blocked Rustaveli Avenue in central Tbilisi outside parliament, detaining at least 20 people, the Interior Ministry said. The protesters, who have rallied nightly since a court jailed an opposition leader last month, said they would return in the evening.

In Kosovo, an unknown attacker threw a hand grenade at the police station in Gracanica, a Serb-majority town near Pristina, shortly after midnight on Monday. It exploded in the car park, damaging two police vehicles; nobody was hurt, police said.

In neighbouring Serbia, thousands of students and their supporters marched peacefully through Kragujevac on Saturday, while a few hundred supporters of the ruling Serbian Progressive Party held a rally of their own in a park on the other side of the city centre. Police kept the two groups apart.""", [
  E(cur, "Protest with intervention", "Georgian riot police used water cannon and pepper spray early on Tuesday to clear hundreds of protesters", P("Tbilisi", "GE", 1, lat=41.69, lon=44.83, a1="Tbilisi"), "tuesday",
    a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1),
  E(cur, "Grenade", "an unknown attacker threw a hand grenade at the police station in Gracanica", P("Gracanica", "XK", 1, lat=42.6, lon=21.19, a1="Pristina"), "monday",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2="Police Forces of Kosovo (2021-)", i2=1, fat=0, inj=0),
  E(cur, "Peaceful protest", "thousands of students and their supporters marched peacefully through Kragujevac on Saturday", P("Kragujevac", "RS", 1, lat=44.02, lon=20.91, a1="Sumadijski okrug"), "saturday",
    a1="Protesters (Serbia)", i1=6),
  E(cur, "Peaceful protest", "a few hundred supporters of the ruling Serbian Progressive Party held a rally of their own", P("Kragujevac", "RS", 1, lat=44.02, lon=20.91, a1="Sumadijski okrug"), "saturday",
    a1="Protesters (Serbia)", i1=6),
]),

S("st-ah-041", "2026-04-22", """CORDOBA: GULF CLAN CONFINES EMBERA COMMUNITIES IN UPPER SINU; SOLDIER KILLED BY MINE

TIERRALTA, Cordoba (Regional press) - About 1,200 Embera Katio indigenous people in eight communities of the upper Sinu river, in the rural area of Tierralta, have been unable to leave their reserves since last Thursday, when members of the Clan del Golfo ordered them not to travel to the town or to their fields, indigenous leaders told this newspaper on Tuesday.

A soldier of the army's 11th Brigade was killed and another wounded on Sunday when one of them stepped on an explosive device during a patrol near the village of Frasquillo, the army said, blaming the Clan del Golfo, which it says plants mines to protect coca crops.

On Monday, troops and members of the group clashed for about an hour in a rural area of Puerto Libertador, to the south-east; the army reported no casualties.

(Cordoba is a department of Colombia's Caribbean region; not to be confused with the Argentine province or city of the same name.)""", [
  E(cur, "Other", "members of the Clan del Golfo ordered them not to travel to the town or to their fields", P("Tierralta", "CO", 2, lat=8.17, lon=-76.06, a1="Cordoba"), "thursday",
    a1="Clan del Golfo", i1=3, a2="Civilians (Colombia)", i2=7),
  E(cur, "Remote explosive/landmine/IED", "one of them stepped on an explosive device during a patrol near the village of Frasquillo", P("Tierralta", "CO", 2, lat=8.17, lon=-76.06, a1="Cordoba"), "sunday",
    a1="Clan del Golfo", i1=3, a2="Military Forces of Colombia (2022-)", i2=1, fat=1, inj=1),
  E(cur, "Armed clash", "troops and members of the group clashed for about an hour in a rural area of Puerto Libertador", P("Puerto Libertador", "CO", 2, lat=7.89, lon=-75.67, a1="Cordoba"), "monday",
    a1="Military Forces of Colombia (2022-)", i1=1, a2="Clan del Golfo", i2=3, fat=0),
], register="local"),

S("st-ah-042", "2026-06-02", """17 killed as gunmen raid Benue village; youths burn herders' settlement in reprisal

MAKURDI (Regional press) - Gunmen suspected to be armed herders killed 17 people, including a pregnant woman and four children, in an overnight attack on Tse-Ikpur village in Logo Local Government Area of Benue State, the council chairman said on Monday.

The attackers, who numbered more than 50, stormed the village at about 11 p.m. on Saturday, shooting sporadically and setting houses ablaze, residents said. "They went from compound to compound. By the time they left at about 2 a.m., 17 of our people were dead," a community leader, Mr Terkaa Iorwuese, said. Eight injured persons were receiving treatment at a hospital in Ugba, he said.

On Sunday afternoon, angry youths from the village and nearby communities set fire to a Fulani settlement about 5 km away, burning huts and killing cattle. Police said nobody was killed in that incident as the settlement had been deserted.

The Benue State Police Command said on Monday that its operatives, working with soldiers of Operation Whirl Stroke, had arrested six suspects in connection with the attack and the reprisal. The chairman of Logo LGA declared a dusk-to-dawn curfew across the council area on Sunday evening.

The Miyetti Allah Cattle Breeders Association denied that its members were involved and said herders in the area had lost over 200 cows to rustlers in May.""", [
  E(cur, "Attack", "Gunmen suspected to be armed herders killed 17 people", P("Ugba", "NG", 2, lat=7.51, lon=9.35, a1="Benue"), "saturday",
    a1="Fulani Ethnic Militia (Nigeria)", i1=4, a2="Civilians (Nigeria)", i2=7, fat=17, inj=8),
  E(cur, "Mob violence", "angry youths from the village and nearby communities set fire to a Fulani settlement about 5 km away", P("Ugba", "NG", 2, lat=7.51, lon=9.35, a1="Benue"), "sunday",
    a1="Rioters (Nigeria)", i1=5, a2="Civilians (Nigeria)", i2=7, fat=0),
  unscored(E(cur, "Arrests", "had arrested six suspects in connection with the attack and the reprisal", P("Ugba", "NG", 2, lat=7.51, lon=9.35, a1="Benue"), "monday", tp=2,
    a1="Police Forces of Nigeria (2023-)", i1=1, a2="Civilians (Nigeria)", i2=7, assoc_actor_1="Military Forces of Nigeria (2023-)"), "location", "latitude", "longitude", "geo_precision", "actor2", "inter2"),
  E(cur, "Other", "The chairman of Logo LGA declared a dusk-to-dawn curfew across the council area on Sunday evening", P("Logo", "NG", 3, lat=7.51, lon=9.35, a1="Benue"), "sunday",
    a1="Government of Nigeria (2023-)", i1=1),
], register="local"),

S("st-ah-043", "2025-10-07", """WEST AFRICA: NEWS IN BRIEF

GUINEA - One protester was shot dead and 12 wounded when security forces fired tear gas and live rounds at young men who had blocked the Le Prince road in Conakry's Ratoma district with burning tyres and stones on Thursday, the opposition coalition Forces Vives de Guinee said. The government said "delinquents" had attacked the security forces and that six gendarmes were hurt.

SENEGAL - Two soldiers were wounded when their vehicle hit a landmine on a track near Oulampane, in the Bignona department of the Casamance region, on Tuesday, the army said. Demining teams had been clearing the area.

GHANA - Gunfire between Kusasi and Mamprusi youths in Bawku on Saturday night killed three people, the regional police command said. A 4 p.m. to 6 a.m. curfew in force in the town since 2023 was extended by the interior minister on Monday.

TOGO - Hundreds of people marched peacefully through Sokode on Saturday to demand the release of a local imam detained since August.""", [
  E(cur, "Violent demonstration", "young men who had blocked the Le Prince road in Conakry's Ratoma district with burning tyres and stones", P("Conakry", "GN", 2, lat=9.54, lon=-13.68, a1="Conakry"), "thursday",
    a1="Rioters (Guinea)", i1=5, a2="Police Forces of Guinea (2021-)", i2=1, fat=1, inj=18),
  E(cur, "Remote explosive/landmine/IED", "their vehicle hit a landmine on a track near Oulampane", P("Bignona", "SN", 2, lat=12.81, lon=-16.23, a1="Ziguinchor"), "tuesday",
    a1="Unidentified Armed Group (Senegal)", i1=3, a2="Military Forces of Senegal (2024-)", i2=1, inj=2),
  E(cur, "Armed clash", "Gunfire between Kusasi and Mamprusi youths in Bawku on Saturday night", P("Bawku", "GH", 1, lat=11.06, lon=-0.24, a1="Upper East"), "saturday",
    a1="Kusasi Ethnic Militia (Ghana)", i1=4, a2="Mamprusi Ethnic Militia (Ghana)", i2=4, fat=3),
  E(cur, "Other", "A 4 p.m. to 6 a.m. curfew in force in the town since 2023 was extended by the interior minister on Monday", P("Bawku", "GH", 1, lat=11.06, lon=-0.24, a1="Upper East"), "monday",
    a1="Government of Ghana (2025-)", i1=1),
  E(cur, "Peaceful protest", "Hundreds of people marched peacefully through Sokode on Saturday", P("Sokode", "TG", 1, lat=8.98, lon=1.13, a1="Centrale"), "saturday",
    a1="Protesters (Togo)", i1=6),
], register="digest"),

S("st-ah-044", "2026-07-14", """MIDDLE EAST AND NORTH AFRICA BRIEFS

EGYPT - The Interior Ministry said on Sunday that police had killed four members of the Hasm Movement in an exchange of fire when officers raided an apartment they were using as a hideout in Giza's Faisal district. It said the men had been planning attacks on security installations; one officer was wounded.

JORDAN - Police dispersed hundreds of people who tried to march towards the Israeli embassy in Amman's Rabieh district on Friday night, using batons and detaining at least 15, witnesses said.

TUNISIA - Thousands of residents of Gabes staged a general strike and marched to the governorate headquarters on Monday to demand the closure of a phosphate processing plant they blame for pollution. The march was peaceful.

TURKEY - Istanbul police detained 48 people on Saturday as they tried to gather in Taksim Square, which has been closed to protests since 2013, to mark a workers' rights anniversary.""", [
  E(cur, "Armed clash", "police had killed four members of the Hasm Movement in an exchange of fire", P("Giza", "EG", 2, lat=30.01, lon=31.21, a1="Giza"), "sunday", tp=2,
    a1="Police Forces of Egypt (2014-)", i1=1, a2="Hasm Movement", i2=2, fat=4, inj=1),
  E(cur, "Protest with intervention", "Police dispersed hundreds of people who tried to march towards the Israeli embassy", P("Amman", "JO", 2, lat=31.96, lon=35.95, a1="Amman"), "friday",
    a1="Protesters (Jordan)", i1=6, a2="Police Forces of Jordan (1999-)", i2=1),
  E(cur, "Peaceful protest", "Thousands of residents of Gabes staged a general strike and marched to the governorate headquarters on Monday", P("Gabes", "TN", 1, lat=33.88, lon=10.1, a1="Gabes"), "monday",
    a1="Protesters (Tunisia)", i1=6),
  E(cur, "Protest with intervention", "Istanbul police detained 48 people on Saturday as they tried to gather in Taksim Square", P("Istanbul", "TR", 1, lat=41.01, lon=28.95, a1="Istanbul"), "saturday",
    a1="Protesters (Turkey)", i1=6, a2="Police Forces of Turkey (2002-)", i2=1),
], register="digest"),

S("st-ah-045", "2026-07-21", """Venezuelan intelligence agents detain activists in Barquisimeto; armed 'colectivos' fire on opposition motorcade

CARACAS, July 21 (Wire) - Agents of Venezuela's SEBIN intelligence service detained three activists of the opposition Vente Venezuela party at their homes in Barquisimeto before dawn on Sunday, the party said, a day after they helped organise a motorcade in support of jailed political prisoners.

The motorcade in Barquisimeto on Saturday was attacked by armed men on motorcycles belonging to pro-government "colectivos", who fired shots at cars and smashed windows, wounding two people, the party and a local rights group said. Police did not intervene, witnesses said.

The Attorney General's office said on Monday that the three detainees had been charged with "incitement to hatred" and that they remained in custody. The government did not comment on the motorcade attack.""", [
  E(cur, "Arrests", "Agents of Venezuela's SEBIN intelligence service detained three activists of the opposition Vente Venezuela party at their homes in Barquisimeto", P("Barquisimeto", "VE", 1, lat=10.07, lon=-69.32, a1="Lara"), "sunday",
    a1="Police Forces of Venezuela (2013-)", i1=1, a2="Vente Venezuela", i2=7),
  E(cur, "Attack", "The motorcade in Barquisimeto on Saturday was attacked by armed men on motorcycles", P("Barquisimeto", "VE", 1, lat=10.07, lon=-69.32, a1="Lara"), "saturday",
    a1="Colectivos", i1=3, a2="Protesters (Venezuela)", i2=6, inj=2),
]),
]

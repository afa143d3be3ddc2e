"""Multi-event stories written for this project (issue 11), batch ai: unseen by the coders in the session it was written
(2026-11-29, 12:43-15:43), the lead's measure of story generalisation, as batches s to ah. Written as hard as ag/ah
(coder P ~0.80 fresh): long paragraphs that tell several events, agents named late, places given by context or by a
namesake, leads that sum up what the body then tells in detail (one event), military and police releases that list
operations, arrests and searches that find nothing, NGO flash updates, live blogs, digests, claims against figures,
tolls told again later, captions and footers, rival rallies, responses by forces after an attack, communal fights,
property destruction, curfews and lockdowns imposed by armed groups, background events with their own dates.
First half (st-ai-001..023): Mali (a fuel convoy attack with claims against figures, a lockdown JNIM imposes on Lere),
a Niger defence bulletin (operations, arrests, a search that finds nothing, a report denied), Borno (a lead that sums up
the raid the body tells, claims, a caption), Plateau (an attack, a reprisal on property, a curfew, arrests, a threat),
Cameroon (a separatist lockdown and an army raid told two ways), Ethiopia (Fano in Debre Tabor, a drone strike),
a South Kordofan flash update, Jonglei (a raid's toll told again, a pursuit), a Puntland release, Kenya (Lamu, a curfew
extended, Nairobi), a Cabo Delgado access snapshot (the group named late), North Kivu (Wazalendo and M23, an M23
curfew, an ADF raid), Burundi, a Zaporizhzhia daily report, Belgorod, a West Bank live blog, south Lebanon (houses
blown up, a Bekaa clan feud), Deir ez-Zor (an SDF curfew), Kirkuk, Yemen, Panjshir (a claim and its denial,
detainees' fate hidden), Manipur (a curfew, a search that finds nothing) and Rakhine (an outpost overrun).
Second half (st-ai-024..046): a Philippine Army release (an encounter, a search with no contact, a backhoe burned over
extortion), Enga (a clan gunfight, a police fight zone), Khagrachhari (a communal fight, a mob's arson, Section 144),
Balochistan (passengers killed, a raid, a sit-in broken up; Kalat, not Afghanistan's Qalat), Cauca (a drone attack on a
police station, rural Jamundi), Guayaquil (a gang-feud shooting, arrests, a state of exception extended), Culiacan
(cartel factions, road blocks of burned vehicles, troops under fire), Salvador (a raid, buses burned on a faction's
orders), Lascahobas taken (a caption), an Andes brief (Lima, Parotani, Araucania), a Southern Cone round-up
(Buenos Aires, an EPP raid and a search that finds nothing, Montevideo), a Europe week in brief (Grenoble, Bautzen,
Athens, rival rallies in Serbia), Tbilisi and rival rallies kept apart in Yerevan, the Kyrgyz-Tajik border (a clash and
a ceasefire), Tripoli (a clash and a truce brokered by elders) and Sfax, Iran (a claim against state media, Guards'
shelling in Iraq), an East Africa digest (Uganda, Tanzania, Madagascar; a trial that is no event), a West Africa brief
(Guinea, Togo, Benin, Senegal), Chad and the Central African Republic, Djibo (claims against a denial), a Southern
Africa round-up (Cape Town's taxi feud, Epworth, Mohale's Hoek's famo gangs), a South and Southeast Asia brief (Narathiwat,
Seram, Kathmandu) and Central America and the Caribbean (a state of exception extended, a prison riot, emergency-regime
arrests, a gang reprisal).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 40 km across all snippet, story and ISAF
gold within a week)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

JNIM = "JNIM: Group for Support of Islam and Muslims"; ISSP = "Islamic State Sahel Province"
MLI = "Military Forces of Mali (2021-)"; MLI_GOV = "Government of Mali (2021-)"
NER = "Military Forces of Niger (2023-)"; BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; NGA_GOV = "Government of Nigeria (2023-)"
ISWAP = "Islamic State West Africa Province"; FUL = "Fulani Ethnic Militia (Nigeria)"
CMR = "Military Forces of Cameroon (1982-)"; AMB = "Ambazonian Separatists"
ETH = "Military Forces of Ethiopia (2018-)"; FANO = "Fano"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; HILU = "SPLM-N (al-Hilu): Sudan People's Liberation Movement-North (al-Hilu Faction)"
SSD = "Military Forces of South Sudan (2011-)"
SOM = "Military Forces of Somalia (2022-)"; ISS = "Islamic State (Somalia)"; SHB = "Al Shabaab"
KEN_POL = "Police Forces of Kenya (2022-)"
MOZ = "Military Forces of Mozambique (2025-)"; ISM = "Islamic State Mozambique Province"; RWA_MOZ = "Military Forces of Rwanda (2000-)"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; M23 = "M23: March 23 Movement"; WAZ = "Wazalendo"; ADF = "ADF: Allied Democratic Forces"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
ISR = "Military Forces of Israel (2022-)"; SETT = "Israeli Settlers"; HEZ = "Hezbollah"
SYR = "Military Forces of Syria (2024-)"; SDF = "QSD: Syrian Democratic Forces"; ISY = "Islamic State (Syria)"
IRQ = "Military Forces of Iraq (2022-)"; ISI = "Islamic State (Iraq)"
HOU = "Military Forces of Yemen (2016-) Supreme Political Council"
PUNT = "Military Forces of Puntland (2024-)"; YEM_PLC = "Military Forces of Yemen (2022-)"; AQAP = "AQAP: Al Qaeda in the Arabian Peninsula"
AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"; NRF = "NRF: National Resistance Front"; ISK = "Islamic State Khorasan Province"
IND = "Military Forces of India (2014-)"; IND_POL = "Police Forces of India (2014-)"; KUKI = "Kuki Ethnic Militia (India)"; MEI = "Meitei Ethnic Militia (India)"
MMR = "Military Forces of Myanmar (2021-)"; AA = "Arakan Army"
PHL = "Military Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"; BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; BLA = "BLA: Balochistan Liberation Army"
COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; FEMC = "FARC-EMC: Central General Staff"; JMC = "Jaime Martinez Column"
ECU_POL = "Police Forces of Ecuador (2023-)"; ECU_GOV = "Government of Ecuador (2023-)"
MEX = "Military Forces of Mexico (2024-)"
BRA_POL = "Police Forces of Brazil (2023-)"
HTI_POL = "Police Forces of Haiti (2024-)"; VIV = "Viv Ansanm"

STORIES = [
S("st-ai-001", "2026-04-22", """MALI/
Jihadists torch fuel convoy near Diabaly; army says air support killed 'around thirty'

BAMAKO, April 22 (Wire) - Fighters of the al Qaeda-linked JNIM attacked a convoy of fuel tankers escorted by the army on the road between Niono and Diabaly on Monday afternoon, burning at least 14 tankers and killing soldiers and drivers, two security sources and a transport union official said on Wednesday.

One of the security sources put the army's losses at nine dead; the drivers' union said four of its members were killed and that several drivers were still missing. The army said in a statement read on state television that its escort had "vigorously repelled a complex attack" and that air support had "neutralised around thirty terrorists" as they withdrew north towards the Wagadou forest. It did not give its own losses. JNIM claimed the attack on Tuesday on its propaganda channels, saying it had killed 40 soldiers and seized six vehicles. None of the figures could be verified.

The convoy had left the Senegalese border on Saturday. Since September the group has repeatedly attacked fuel trucks on the main routes into the west of the country in what it calls a blockade of the cities.

Further north, residents of Lere, near the Mauritanian border, said that JNIM fighters who came into the town on Sunday had ordered traders to close the market and told residents that nobody was to travel to Niono "until further notice". Two buses that tried to leave on Monday were turned back at the town's exit, passengers said.

On March 30 a smaller attack on trucks near Diabaly killed five drivers.""", [
  E(cur, "Armed clash", "attacked a convoy of fuel tankers escorted by the army on the road between Niono and Diabaly", P("Niono", "ML", 2, lat=14.25, lon=-5.99, a1="Segou"), "monday",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=13),
  E(cur, "Air/drone strike", "air support had \"neutralised around thirty terrorists\" as they withdrew north towards the Wagadou forest", P("Niono", "ML", 2, lat=14.25, lon=-5.99, a1="Segou"), "monday",
    a1=MLI, i1=1, a2=JNIM, i2=2, fat=30),
  E(cur, "Other", "had ordered traders to close the market and told residents that nobody was to travel to Niono", P("Lere", "ML", 1, lat=15.72, lon=-4.91, a1="Tombouctou"), "sunday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
  E(bg, "Attack", "a smaller attack on trucks near Diabaly killed five drivers", P("Niono", "ML", 2, lat=14.25, lon=-5.99, a1="Segou"), "2026-03-30",
    a1="Unidentified Armed Group (Mali)", i1=3, a2="Civilians (Mali)", i2=7, fat=5),
]),

S("st-ai-002", "2026-07-14", """REPUBLIC OF NIGER
MINISTRY OF NATIONAL DEFENCE

OPERATIONAL SITUATION BULLETIN - period from 7 to 13 July 2026

1. TILLABERI ZONE. On 8 July, a patrol of Operation Almahaou intercepted a group of armed terrorists on about twenty motorcycles 12 km north of Bankilare. The vigorous reaction of our units made it possible to neutralise five terrorists and recover two motorcycles, three AK-47 rifles and a radio set. On our side, one soldier was slightly wounded.

2. TAHOUA ZONE. On 9 July, units conducted a search and area-control operation in the Tillia sector following information on the movement of suspicious individuals. No contact with the enemy. The area is calm.

3. DOSSO ZONE. On 10 July, during a raid on the weekly market of Dogondoutchi, an army unit arrested seven individuals suspected of being accomplices of armed bandits operating in the zone. They have been handed over to the competent services.

4. DIFFA ZONE. On 11 July, Boko Haram terrorists attacked fishermen on an island of Lake Chad near Bosso, killing three civilians. Our units immediately launched a pursuit; an air strike carried out the same day on a group of terrorists withdrawing by canoe neutralised about ten of them.

5. The General Staff informs the public that the information circulating on social networks on an attack on the Assamaka post is false. The post has not been attacked and the situation there is normal.

The Minister of National Defence congratulates the Defence and Security Forces and calls on the population to keep collaborating by reporting any suspicious movement.""", [
  E(cur, "Armed clash", "a patrol of Operation Almahaou intercepted a group of armed terrorists", P("Bankilare", "NE", 2, lat=14.58, lon=0.72, a1="Tillaberi"), "2026-07-08",
    a1=NER, i1=1, a2="Unidentified Armed Group (Niger)", i2=3, fat=5, inj=1),
  E(cur, "Arrests", "an army unit arrested seven individuals suspected of being accomplices of armed bandits", P("Dogondoutchi", "NE", 1, lat=13.64, lon=4.03, a1="Dosso"), "2026-07-10",
    a1=NER, i1=1, a2="Civilians (Niger)", i2=7),
  E(cur, "Attack", "Boko Haram terrorists attacked fishermen on an island of Lake Chad near Bosso", P("Bosso", "NE", 2, lat=13.7, lon=13.31, a1="Diffa"), "2026-07-11",
    a1=BH, i1=2, a2="Civilians (Niger)", i2=7, fat=3),
  E(cur, "Air/drone strike", "an air strike carried out the same day on a group of terrorists withdrawing by canoe", P("Bosso", "NE", 2, lat=13.7, lon=13.31, a1="Diffa"), "2026-07-11",
    a1=NER, i1=1, a2=BH, i2=2, fat=10),
  unscored(E(neg, "Armed clash", "an attack on the Assamaka post", P("Agadez", "NE", 3, lat=16.97, lon=7.99, a1="Agadez")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
], register="official"),

S("st-ai-003", "2026-08-25", """Islamic State fighters kill 17 soldiers in night raid on Borno base

MAIDUGURI, Nigeria, Aug 25 (Wire) - Islamic State West Africa Province fighters killed at least 17 soldiers in a night raid on an army base in Nigeria's northeastern Borno state, two military sources said on Tuesday, the deadliest attack on the military in the state this year.

The fighters, who came in about 20 gun trucks and on motorbikes, stormed the base of a task force battalion in Mafa, about 45 km east of the state capital, at around 11 p.m. on Sunday and fought the troops for more than three hours before withdrawing with weapons and two armoured vehicles, the sources said. They set fire to the armoury and the battalion's quarters.

"We lost 17 men, including a captain, and 11 others were wounded," one of the sources said. The army said in a statement on Monday that troops had repelled an attack on "one of our locations" in Mafa and neutralised "several terrorists", without giving its own casualties. The jihadist group said in a claim on Monday that it had killed 30 soldiers.

Separately, a female suicide bomber blew herself up at a fish market in Konduga on Saturday evening, killing four traders and wounding 12, police spokesman said. No group claimed the bombing.

In Maiduguri, several hundred widows of soldiers marched to the Maimalari barracks on Monday to demand unpaid benefits; they dispersed after the garrison commander received a delegation.

Caption: Smoke rises over the army base in Mafa after Sunday night's attack, in an image taken by a resident.""", [
  E(cur, "Armed clash", "stormed the base of a task force battalion in Mafa", P("Mafa", "NG", 1, lat=11.92, lon=13.6, a1="Borno"), "sunday",
    a1=ISWAP, i1=2, a2=NGA, i2=1, fat=20, inj=11),
  E(cur, "Suicide bomb", "a female suicide bomber blew herself up at a fish market in Konduga", P("Konduga", "NG", 1, lat=11.65, lon=13.42, a1="Borno"), "saturday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=4, inj=12),
  E(cur, "Peaceful protest", "several hundred widows of soldiers marched to the Maimalari barracks on Monday", P("Maiduguri", "NG", 1, lat=11.85, lon=13.16, a1="Borno"), "monday",
    a1="Protesters (Nigeria)", i1=6),
  unscored(E(cap, "Armed clash", "Smoke rises over the army base in Mafa after Sunday night's attack", P("Mafa", "NG", 1, lat=11.92, lon=13.6, a1="Borno"), "sunday",
    a1=ISWAP, i1=2, a2=NGA, i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-ai-004", "2026-05-20", """Plateau: gunmen kill villagers in Bokkos, youths burn houses in Mangu, curfew imposed

JOS (Regional press) - Gunmen suspected to be herders attacked the villages of Hurti and Mangor in Bokkos Local Government Area of Plateau State late on Sunday, shooting residents and setting houses on fire, community leaders and police said.

The police command put the death toll at 14 on Monday. The chairman of Bokkos LGA told reporters on Tuesday that 23 bodies had been recovered and buried in a mass funeral, and that about 40 houses were burnt.

On Monday, angry youths from the affected communities blocked the Jos-Bokkos road at Mangu Halle and set fire to 11 houses, shops and a mosque belonging to Fulani residents of the area, injuring two people, before soldiers of Operation Safe Haven dispersed them by firing into the air.

Governor Caleb Mutfwang on Monday evening imposed a 24-hour curfew on Mangu LGA "to forestall a breakdown of law and order". The police said on Tuesday that nine suspects had been arrested in Mangu town in connection with the burning of the houses.

The Miyetti Allah Cattle Breeders Association condemned what it called reprisal attacks on its members and denied that herders were behind the Bokkos killings. "If this continues, our people will defend themselves," a spokesman said.""", [
  E(cur, "Attack", "Gunmen suspected to be herders attacked the villages of Hurti and Mangor", P("Bokkos", "NG", 2, lat=9.3, lon=8.99, a1="Plateau"), "sunday",
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=14),
  E(cur, "Mob violence", "angry youths from the affected communities blocked the Jos-Bokkos road at Mangu Halle and set fire to 11 houses", P("Mangu", "NG", 2, lat=9.52, lon=9.1, a1="Plateau"), "monday",
    a1="Rioters (Nigeria)", i1=5, a2="Civilians (Nigeria)", i2=7, inj=2),
  E(cur, "Other", "imposed a 24-hour curfew on Mangu LGA", P("Mangu", "NG", 3, lat=9.52, lon=9.1, a1="Plateau"), "monday",
    a1=NGA_GOV, i1=1),
  E(cur, "Arrests", "nine suspects had been arrested in Mangu town", P("Mangu", "NG", 1, lat=9.52, lon=9.1, a1="Plateau"), "tuesday", tp=2,
    a1=NGA_POL, i1=1, a2="Rioters (Nigeria)", i2=5),
  E(thr, "Attack", "our people will defend themselves", P("Bokkos", "NG", 3, lat=9.3, lon=8.99, a1="Plateau")),
], register="local"),

S("st-ai-005", "2026-09-09", """CAMEROON: SEPARATISTS ENFORCE LOCKDOWN IN BAMENDA AHEAD OF 'INDEPENDENCE' DATE; ARMY RAIDS BALI

BAMENDA - Shops, schools and markets stayed shut across Bamenda on Monday and Tuesday as armed separatists enforced a two-day "lockdown" they had ordered in the regional capital, residents said. Taxis disappeared from the streets after gunmen fired in the air at the Nkwen roundabout early on Monday and set fire to a motorcycle whose rider had ignored the order.

The separatist fighters, who call themselves Ambazonia Defence Forces, announced a longer lockdown from September 28 to October 3 in a video circulated on social media. "Anyone found on the street will be treated as an enemy," one of them said in the video.

In Bali, about 20 km away, soldiers raided the Ntanfoang quarter at dawn on Sunday in search of fighters, residents said. Three young men were shot dead and several houses were burned; the army said in a statement that its troops had "neutralised three terrorists" and seized two locally made guns. Residents said the men were farmers.

Motorcycles have been banned in Mezam division since 2018. More than 6,000 people have been killed since the conflict began in 2017.""", [
  E(cur, "Other", "armed separatists enforced a two-day \"lockdown\" they had ordered in the regional capital", P("Bamenda", "CM", 1, lat=5.96, lon=10.15, a1="North-West"), "monday", tp=2,
    a1="Ambazonian Defence Forces", i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Looting/property destruction", "set fire to a motorcycle whose rider had ignored the order", P("Bamenda", "CM", 2, lat=5.96, lon=10.15, a1="North-West"), "monday",
    a1="Ambazonian Defence Forces", i1=2, a2="Civilians (Cameroon)", i2=7),
  E(thr, "Other", "announced a longer lockdown from September 28 to October 3", P("Bamenda", "CM", 1, lat=5.96, lon=10.15, a1="North-West")),
  E(cur, "Attack", "soldiers raided the Ntanfoang quarter at dawn on Sunday in search of fighters", P("Bali", "CM", 2, lat=5.89, lon=10.01, a1="North-West"), "sunday",
    a1=CMR, i1=1, a2="Civilians (Cameroon)", i2=7, fat=3),
], register="local"),

S("st-ai-006", "2026-03-17", """Ethiopia's Fano militia briefly seizes Amhara town, frees prisoners; drone strike kills market-goers

ADDIS ABABA, March 17 (Wire) - Fighters of the Fano militia entered the town of Debre Tabor in Ethiopia's Amhara region early on Saturday after a gun battle with federal troops, freed prisoners from the town's jail and withdrew in the evening as army reinforcements arrived, residents and a health worker said.

A resident said fighting at the town's edge had begun at about 4 a.m. and lasted into the morning; the health worker said the town's hospital had received the bodies of six civilians caught in the crossfire and more than 30 wounded. The fighters took money from two banks before leaving, a bank employee said. The army's losses were not known.

On Monday, a drone struck a crowded market in the town of Woreta, about 40 km to the west, killing at least 14 people, two residents said. Fano has said the army uses drones against villages it accuses of supporting the militia. A government spokesperson did not respond to requests for comment; the government says it targets only armed "extremists".

Fano fighters have fought the federal army since August 2023. On February 27, a drone strike on a minibus near Nefas Mewcha killed nine passengers, relatives said at the time.""", [
  E(cur, "Armed clash", "entered the town of Debre Tabor in Ethiopia's Amhara region early on Saturday after a gun battle with federal troops", P("Debre Tabor", "ET", 1, lat=11.85, lon=38.02, a1="Amhara"), "saturday",
    a1=FANO, i1=3, a2=ETH, i2=1, fat=6, inj=30),
  E(cur, "Air/drone strike", "a drone struck a crowded market in the town of Woreta", P("Werota", "ET", 1, lat=11.92, lon=37.7, a1="Amhara"), "monday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=14),
  E(bg, "Air/drone strike", "a drone strike on a minibus near Nefas Mewcha killed nine passengers", P("Nefas Mewcha", "ET", 2, lat=11.73, lon=38.47, a1="Amhara"), "2026-02-27",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9),
]),

S("st-ai-007", "2026-03-11", """SUDAN: SOUTH KORDOFAN - FLASH UPDATE No. 2
(as of 11 March 2026)

KEY POINTS
- Shelling of Kadugli kills nine civilians
- Fighting around Dilling; at least 2,000 people displaced to Habila

On 8 March, shells struck the Hajar al-Mak and Tomi neighbourhoods of Kadugli, the state capital, killing nine civilians, including four children, and injuring 22 others, according to health authorities. Local sources attributed the shelling to the SPLM-N, whose forces are positioned in the hills south of the town; the SPLM-N did not comment.

On 9 and 10 March, heavy fighting was reported between the Sudanese Armed Forces (SAF) and the RSF around Dilling, 120 km to the north. According to local sources, the RSF attacked SAF positions at the eastern entrance of the town on 9 March and were pushed back the next morning. No casualty figures are available. About 2,000 people fled southwards to Habila.

On 10 March, unknown armed men looted a humanitarian warehouse in Kadugli's market area, taking about 40 tonnes of food. Nobody was injured.

Access: The road between Kadugli and Dilling remains closed. Partners are prepositioning supplies in Habila.

This update was prepared with information from humanitarian partners. Figures are provisional and subject to change.""", [
  E(cur, "Shelling/artillery/missile attack", "shells struck the Hajar al-Mak and Tomi neighbourhoods of Kadugli", P("Kadugli", "SD", 2, lat=11.01, lon=29.72, a1="South Kordofan"), "2026-03-08",
    a1=HILU, i1=2, a2="Civilians (Sudan)", i2=7, fat=9, inj=22),
  E(cur, "Armed clash", "the RSF attacked SAF positions at the eastern entrance of the town", P("Dilling", "SD", 2, lat=12.05, lon=29.65, a1="South Kordofan"), "2026-03-09", tp=2,
    a1=RSF, i1=2, a2=SDN, i2=1),
  E(cur, "Looting/property destruction", "unknown armed men looted a humanitarian warehouse in Kadugli's market area", P("Kadugli", "SD", 2, lat=11.01, lon=29.72, a1="South Kordofan"), "2026-03-10",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
], register="ngo"),

S("st-ai-008", "2026-06-24", """South Sudan: raiders kill 31 in Jonglei cattle camps, youths pursue them

JUBA, June 24 (Wire) - Armed youths attacked cattle camps near the village of Manyabol in the Pibor Administrative Area before dawn on Saturday, killing 31 people, most of them women and children, and driving off thousands of head of cattle, a county commissioner said on Monday.

The commissioner of Pibor Administrative Area accused the attackers of coming from Bor South County, while officials in Bor said the raid had been carried out by "criminals" and was not supported by their community. The dead included 12 children; 19 people were wounded and taken to the clinic in Pibor.

Armed youths from the raided camps set off in pursuit on Sunday and fought the raiders near the Kengen river, recovering part of the cattle, the commissioner said. He said eight of the raiders and two of the pursuers were killed. On Tuesday, the commissioner said the number of people killed in the raid itself had risen to 34 after three of the wounded died.

The United Nations mission said it had sent a patrol to Manyabol. Raids and counter-raids between communities in Jonglei and the Greater Pibor area killed hundreds of people in 2025.""", [
  E(cur, "Attack", "Armed youths attacked cattle camps near the village of Manyabol", P("Pibor", "SS", 2, lat=6.8, lon=33.13, a1="Jonglei"), "saturday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=34, inj=16),
  E(cur, "Armed clash", "fought the raiders near the Kengen river", P("Pibor", "SS", 2, lat=6.8, lon=33.13, a1="Jonglei"), "sunday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Unidentified Communal Militia (South Sudan)", i2=4, fat=10),
]),

S("st-ai-009", "2026-11-14", """PUNTLAND SECURITY FORCE
PRESS STATEMENT

Bosaso, 14 November 2026 - The Puntland Security Force (PSF) informs the public of the progress of Operation Hilaac against the Daesh terrorist militias in the Cal Miskaad mountains of Bari region.

On Wednesday 11 November, our forces, supported by aircraft, stormed Daesh positions in the Toga Jiingad valley west of Qandala after a battle that lasted several hours. Twelve terrorists were killed, among them four foreign fighters, and a large quantity of weapons, explosives and drones was seized. Two of our heroes were martyred and five were wounded.

On Thursday 12 November, forces at the Laag checkpoint on the outskirts of Bosaso arrested five men who were transporting fuel and food supplies to the terrorists in the mountains. Their vehicle was seized.

On Friday 13 November, a search of caves around the village of Balidhidin was carried out after information that militants were hiding there. Nothing was found, and the area is under the control of our forces.

We remind the public that on 29 October the terrorists sent a suicide car bomb against our base outside Qandala, where four of our soldiers were martyred. The operation will continue until the last terrorist is eliminated from the mountains.

PSF Media Office""", [
  E(cur, "Armed clash", "our forces, supported by aircraft, stormed Daesh positions in the Toga Jiingad valley west of Qandala", P("Qandala", "SO", 2, lat=11.47, lon=49.87, a1="Bari"), "2026-11-11",
    a1=PUNT, i1=1, a2=ISS, i2=2, fat=14, inj=5),
  E(cur, "Arrests", "arrested five men who were transporting fuel and food supplies to the terrorists in the mountains", P("Bosaso", "SO", 2, lat=11.28, lon=49.18, a1="Bari"), "2026-11-12",
    a1=PUNT, i1=1, a2=ISS, i2=2),
  E(bg, "Suicide bomb", "the terrorists sent a suicide car bomb against our base outside Qandala", P("Qandala", "SO", 2, lat=11.47, lon=49.87, a1="Bari"), "2026-10-29",
    a1=ISS, i1=2, a2=PUNT, i2=1, fat=4),
], register="official"),

S("st-ai-010", "2026-08-05", """Kenya: gunmen ambush bus on Lamu road, three killed; curfew extended

LAMU, Kenya, Aug 5 (Wire) - Gunmen suspected to be al Shabaab militants opened fire on a passenger bus on the Lamu-Garsen road near Witu on Tuesday morning, killing three passengers and wounding six, police said. Police reservists escorting a convoy behind the bus returned fire, and the attackers fled into the Boni forest, a police report seen by Wire said.

"They were waiting in the bush on both sides of the road," said a passenger who escaped with a bullet wound to the arm. The bus had left Mpeketoni for Mombasa at 6 a.m.

Interior Cabinet Secretary said on Wednesday that the dusk-to-dawn curfew in force in parts of Lamu county since 2023 had been extended by another 90 days, and that more Kenya Defence Forces troops would be sent to the area.

In Nairobi on Monday, police fired tear gas and arrested at least 30 people as hundreds of young people marched in the city centre to demand justice for a teacher who died in police custody. The Kenya National Commission on Human Rights said one man was hurt by a tear gas canister.""", [
  E(cur, "Attack", "opened fire on a passenger bus on the Lamu-Garsen road near Witu", P("Witu", "KE", 2, lat=-2.39, lon=40.44, a1="Lamu"), "tuesday",
    a1=SHB, i1=2, a2="Civilians (Kenya)", i2=7, fat=3, inj=6),
  E(cur, "Other", "the dusk-to-dawn curfew in force in parts of Lamu county since 2023 had been extended by another 90 days", P("Lamu", "KE", 3, lat=-2.27, lon=40.9, a1="Lamu"), "wednesday", tp=2,
    a1="Government of Kenya (2022-)", i1=1),
  E(cur, "Protest with intervention", "hundreds of young people marched in the city centre to demand justice for a teacher", P("Nairobi", "KE", 1, lat=-1.28, lon=36.82, a1="Nairobi"), "monday",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1, inj=1),
]),

S("st-ai-011", "2026-04-09", """MOZAMBIQUE: Cabo Delgado - Access Snapshot (30 March - 5 April 2026)

Overview: Attacks by non-state armed groups (NSAG) continued in Macomia and Muidumbe districts, displacing an estimated 3,100 people towards Macomia town and Mueda.

Macomia: On 31 March, NSAG members entered the village of Chai, burned about 50 houses and a church and beheaded two men working in their fields. On 2 April, a group intercepted a minibus on the N380 road near the village of Xitaxi and abducted four passengers, including two children; one of the children was released the next day. The Islamic State's Mozambique branch claimed both incidents in statements published on its channels.

Muidumbe: On 3 April, Mozambican and Rwandan forces engaged NSAG elements near Miangalewa, on the road to Mueda. Local sources reported six NSAG members killed; there was no official information on casualties among the forces.

Humanitarian access: Partners have suspended movements on the N380 north of Macomia since 2 April. Mobile teams continue to operate in Mueda.

Note: Figures are compiled from partner reports and have not been independently verified.""", [
  E(cur, "Attack", "NSAG members entered the village of Chai, burned about 50 houses and a church and beheaded two men", P("Macomia", "MZ", 2, lat=-12.25, lon=40.12, a1="Cabo Delgado"), "2026-03-31",
    a1=ISM, i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Abduction/forced disappearance", "a group intercepted a minibus on the N380 road near the village of Xitaxi and abducted four passengers", P("Macomia", "MZ", 2, lat=-12.25, lon=40.12, a1="Cabo Delgado"), "2026-04-02",
    a1=ISM, i1=2, a2="Civilians (Mozambique)", i2=7),
  E(cur, "Armed clash", "Mozambican and Rwandan forces engaged NSAG elements near Miangalewa", P("Cabo Delgado", "MZ", 3, lat=-12.974, lon=40.5177, a1="Cabo Delgado"), "2026-04-03",
    a1=MOZ, i1=1, a2=ISM, i2=2, fat=6, assoc_actor_1="Military Forces of Rwanda (2000-)"),
], register="ngo"),

S("st-ai-012", "2026-11-03", """DR Congo: Wazalendo, M23 fight for hills above Masisi; ADF raid kills 16 in Lubero

GOMA, Democratic Republic of Congo, Nov 3 (Wire) - Pro-government Wazalendo militiamen and M23 rebels fought for control of hills overlooking the town of Masisi on Sunday, residents and a civil society leader said, in some of the heaviest fighting in the territory since a ceasefire was announced in the summer.

The Wazalendo fighters attacked M23 positions at Ngungu and near the Masisi centre at dawn, the civil society leader said; the rebels counter-attacked in the afternoon and pushed them back into the forest. Residents counted at least 11 bodies, including three civilians, in Ngungu. The M23, which controls Masisi and Goma, accused the Kinshasa government of violating the truce.

In Rubaya, the coltan mining town held by the M23, the rebels' administration imposed a curfew from 6 p.m. on Monday and banned the movement of motorcycles, residents said.

Further north, suspected ADF rebels attacked the village of Mabuo in Lubero territory overnight into Sunday, killing 16 people with machetes and guns and burning houses and a health centre, a local administrator said. Congolese soldiers reached the village on Sunday afternoon and launched a search in the surrounding forest.""", [
  E(cur, "Armed clash", "The Wazalendo fighters attacked M23 positions at Ngungu and near the Masisi centre at dawn", P("Masisi", "CD", 2, lat=-1.4, lon=28.81, a1="North Kivu"), "sunday",
    a1=WAZ, i1=3, a2=M23, i2=2, fat=11),
  E(cur, "Other", "the rebels' administration imposed a curfew from 6 p.m. on Monday", P("Rubaya", "CD", 1, lat=-1.55, lon=28.88, a1="North Kivu"), "monday",
    a1=M23, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7),
  E(cur, "Attack", "suspected ADF rebels attacked the village of Mabuo in Lubero territory", P("Lubero", "CD", 2, lat=-0.16, lon=29.24, a1="North Kivu"), "sunday",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=16),
]),

S("st-ai-013", "2026-06-24", """BURUNDI/
Ruling-party youths beat opposition members in Kayanza; activists detained in Ngozi

BUJUMBURA (Regional press) - Members of the Imbonerakure, the youth league of the ruling CNDD-FDD, beat four members of the opposition National Congress for Freedom (CNL) with sticks in Gatara commune, Kayanza province, on Saturday evening, injuring all four, a local CNL official said. Two of them were taken to hospital in Kayanza with head wounds. The CNL official said the four had been accused of holding "illegal meetings". A CNDD-FDD spokesman denied the league's involvement.

On Monday, police arrested six CNL activists at a bar in Ngozi town where they were meeting, and took them to the provincial police station, their lawyer said. They were released on Tuesday without charge.

In Bujumbura, a grenade was thrown at a bar in the Kamenge neighbourhood late on Sunday, wounding five people, police said. The motive was not known.""", [
  E(cur, "Attack", "beat four members of the opposition National Congress for Freedom (CNL) with sticks in Gatara commune", P("Gatara", "BI", 3, lat=-2.92, lon=29.63, a1="Kayanza"), "saturday",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, inj=4),
  E(cur, "Arrests", "police arrested six CNL activists at a bar in Ngozi town", P("Ngozi", "BI", 1), "monday",
    a1="Police Forces of Burundi (2020-)", i1=1, a2="CNL: National Congress for Freedom", i2=7),
  E(cur, "Grenade", "a grenade was thrown at a bar in the Kamenge neighbourhood", P("Bujumbura", "BI", 2), "sunday",
    a1="Unidentified Armed Group (Burundi)", i1=3, a2="Civilians (Burundi)", i2=7, inj=5),
], register="local"),

S("st-ai-014", "2026-08-27", """Zaporizhzhia Regional Military Administration
Over the past day, Russian troops carried out 412 strikes on 14 settlements of the region.

Zaporizhzhia: at 03:15 the enemy attacked the city with drones. A hit was recorded on an industrial enterprise in the Shevchenkivskyi district; a 58-year-old security guard was injured. Fires broke out and were put out.

Stepnohirsk and Prymorske came under artillery fire; private houses were damaged. No casualties.

Orikhiv: in the afternoon an aerial bomb hit the centre of the town; a 71-year-old man was killed.

Huliaipole: FPV drones attacked a car; the driver, 39, was injured.

Vasylivka district: a man was injured after stepping on a mine near Kamianske.

In total, 57 reports were received about the destruction of housing, cars and infrastructure.

Ivan Fedorov, Head of the Zaporizhzhia RMA""", [
  E(cur, "Air/drone strike", "at 03:15 the enemy attacked the city with drones", P("Zaporizhzhya", "UA", 1, lat=47.85, lon=35.12, a1="Zaporizhzhia"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Shelling/artillery/missile attack", "Stepnohirsk", P("Stepnohirsk", "UA", 1, lat=47.59, lon=35.36, a1="Zaporizhzhia"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "Prymorske came under artillery fire", P("Prymorske", "UA", 1, lat=47.64, lon=35.29, a1="Zaporizhzhia"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "in the afternoon an aerial bomb hit the centre of the town", P("Orikhiv", "UA", 1, lat=47.57, lon=35.78, a1="Zaporizhzhia"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Air/drone strike", "FPV drones attacked a car", P("Hulyaypole", "UA", 1, lat=47.67, lon=36.26, a1="Zaporizhzhia"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Remote explosive/landmine/IED", "a man was injured after stepping on a mine near Kamianske", P("Vasylivka", "UA", 2, lat=47.44, lon=35.28, a1="Zaporizhzhia"), -1, tp=2,
    a1="Unidentified Armed Group (Ukraine)", i1=3, a2="Civilians (Ukraine)", i2=7, inj=1),
], register="official"),

S("st-ai-015", "2026-03-04", """Governor: Ukrainian drones hit Shebekino, border village shelled; two killed

MOSCOW, March 4 (Wire) - Two people were killed and seven wounded in Ukrainian drone and artillery attacks on the Belgorod region on Tuesday, regional governor Vyacheslav Gladkov said on Wednesday.

In Shebekino, a drone dropped an explosive device on a minibus at a stop near the town's chemical plant on Tuesday morning, killing the driver and wounding four passengers, Gladkov wrote on Telegram. Another drone hit a car in the village of Novaya Tavolzhanka in the evening, wounding three people.

The border village of Zhuravlevka was shelled in the afternoon; a woman was killed in her garden, the governor said.

Russia's defence ministry said air defence systems had destroyed 38 Ukrainian drones over the Belgorod, Kursk and Bryansk regions overnight. Ukraine does not comment on attacks on Russian territory.

Separately, Russia's FSB security service said on Wednesday it had detained a resident of Belgorod suspected of passing the coordinates of air defence positions to Ukrainian intelligence.""", [
  E(cur, "Air/drone strike", "a drone dropped an explosive device on a minibus at a stop near the town's chemical plant", P("Shebekino", "RU", 1, lat=50.41, lon=36.89, a1="Belgorod"), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=1, inj=4),
  E(cur, "Air/drone strike", "Another drone hit a car in the village of Novaya Tavolzhanka", P("Novaya Tavolzhanka", "RU", 1, lat=50.36, lon=36.84, a1="Belgorod"), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=3),
  E(cur, "Shelling/artillery/missile attack", "The border village of Zhuravlevka was shelled in the afternoon", P("Zhuravlevka", "RU", 1, lat=50.45, lon=36.6, a1="Belgorod"), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=1),
  E(cur, "Arrests", "it had detained a resident of Belgorod suspected of passing the coordinates of air defence positions", P("Belgorod", "RU", 1, lat=50.61, lon=36.58, a1="Belgorod"), "wednesday", tp=2,
    a1="Police Forces of Russia (2000-)", i1=1, a2="Civilians (Russia)", i2=7),
]),

S("st-ai-016", "2026-09-30", """LIVE: West Bank - raids, settler attacks

09:12 Israeli forces have entered Tubas in the northern West Bank with bulldozers and armoured vehicles, the Palestinian news agency WAFA reports. Residents say soldiers have surrounded two houses in the east of the town.

10:40 The Palestinian health ministry says a 19-year-old man was shot dead by Israeli forces in Tubas. The Israeli military says troops fired at "a terrorist who hurled an explosive device" at them.

11:55 More on the Tubas raid: the army says it arrested six wanted suspects and seized weapons. Gunmen from a local armed group say they fired at the troops.

13:20 In the central West Bank, Israeli settlers set fire to four cars and sprayed graffiti on houses in Sinjil overnight, the village council says. Nobody was hurt.

14:05 Our correspondent in Ramallah says the raid in Tubas appears to be over; the army's vehicles were seen leaving the town.

15:30 Recap: one Palestinian killed and six arrested in the Israeli raid on Tubas; settlers torched cars in Sinjil. Yesterday, troops demolished the home in Tammun of a man accused of a shooting attack in the Jordan Valley in August.""", [
  E(cur, "Armed clash", "Israeli forces have entered Tubas in the northern West Bank with bulldozers and armoured vehicles", P("Tubas", "PS", 1, lat=32.32, lon=35.37, a1="West Bank"), 0,
    a1=ISR, i1=8, a2="Unidentified Armed Group (Palestine)", i2=3, fat=1),
  E(cur, "Looting/property destruction", "Israeli settlers set fire to four cars and sprayed graffiti on houses in Sinjil overnight", P("Sinjil", "PS", 1, lat=32.03, lon=35.26, a1="West Bank"), 0, tp=2,
    a1=SETT, i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Looting/property destruction", "troops demolished the home in Tammun of a man accused of a shooting attack", P("Tammun", "PS", 1), -1,
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
], register="live"),

S("st-ai-017", "2026-01-27", """Israeli army blows up houses in Kfar Kila; drone hits bulldozer in Yaroun; clan feud turns deadly in Bekaa

BEIRUT, Jan 27 (Wire) - Israeli troops blew up at least six houses on the edge of the border village of Kfar Kila in southern Lebanon overnight into Monday, the mayor said, in what he described as the latest in a series of demolitions since the ceasefire. Nobody was living in the houses, which had been damaged in the 2024 war.

On Monday afternoon, an Israeli drone dropped an explosive on a bulldozer that was clearing rubble in the village of Yaroun, wounding its driver, the state-run National News Agency said. The Israeli military did not comment.

In the Bekaa valley, members of two clans exchanged fire with rifles and rocket-propelled grenades in the town of Brital on Sunday evening in a revenge feud, killing a man and wounding three, security sources said. The Lebanese army deployed troops in the town on Monday.

Israel has kept troops at five hilltop positions inside Lebanon since the ceasefire of November 2024.""", [
  E(cur, "Looting/property destruction", "Israeli troops blew up at least six houses on the edge of the border village of Kfar Kila", P("Kfar Kila", "LB", 1, lat=33.28, lon=35.55, a1="Nabatieh"), "monday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7),
  E(cur, "Air/drone strike", "an Israeli drone dropped an explosive on a bulldozer that was clearing rubble in the village of Yaroun", P("Yaroun", "LB", 1, lat=33.08, lon=35.42, a1="Nabatieh"), "monday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, inj=1),
  E(cur, "Armed clash", "members of two clans exchanged fire with rifles and rocket-propelled grenades in the town of Brital", P("Britel", "LB", 1, lat=33.93, lon=36.15, a1="Baalbek-Hermel"), "sunday",
    a1="Unidentified Clan Militia (Lebanon)", i1=4, a2="Unidentified Clan Militia (Lebanon)", i2=4, fat=1, inj=3),
]),
S("st-ai-018", "2026-06-10", """Syria: gunmen kill SDF fighters in Deir ez-Zor; tribal fighters clash with SDF in Busayrah, curfew imposed

BEIRUT, June 10 (Wire) - Gunmen on a motorcycle shot dead three members of the Kurdish-led Syrian Democratic Forces (SDF) at a checkpoint in the town of Diban in eastern Deir ez-Zor province late on Monday, a war monitor and a local journalist said. Nobody claimed the attack, but Islamic State cells have carried out similar attacks in the area.

On Tuesday, fighters from local Arab tribes clashed with the SDF in the town of Busayrah after the arrest of a tribal elder, the monitor said. Two SDF fighters and one tribal fighter were killed. The SDF imposed a curfew on Busayrah on Tuesday evening and sent reinforcements to the area.

Separately, the SDF said its forces, backed by the U.S.-led coalition, had arrested a senior Islamic State official in a raid in the town of Hajin on Monday.

Tensions between the SDF and Arab tribes in Deir ez-Zor have flared repeatedly since fighting in August 2023.""", [
  E(cur, "Armed clash", "Gunmen on a motorcycle shot dead three members of the Kurdish-led Syrian Democratic Forces (SDF) at a checkpoint", P("Dhiban", "SY", 1, lat=35.01, lon=40.51, a1="Deir ez-Zor"), "monday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2=SDF, i2=2, fat=3),
  E(cur, "Armed clash", "fighters from local Arab tribes clashed with the SDF in the town of Busayrah", P("Al Busayrah", "SY", 1, lat=35.16, lon=40.43, a1="Deir ez-Zor"), "tuesday",
    a1="Bedouin Tribal Militia (Syria)", i1=4, a2=SDF, i2=2, fat=3),
  E(cur, "Other", "The SDF imposed a curfew on Busayrah", P("Al Busayrah", "SY", 1, lat=35.16, lon=40.43, a1="Deir ez-Zor"), "tuesday",
    a1=SDF, i1=2, a2="Civilians (Syria)", i2=7),
  E(cur, "Arrests", "had arrested a senior Islamic State official in a raid in the town of Hajin", P("Hajin", "SY", 1, lat=34.7, lon=40.83, a1="Deir ez-Zor"), "monday",
    a1=SDF, i1=2, a2=ISY, i2=2, assoc_actor_1="Military Forces of the United States (2025-)"),
]),

S("st-ai-019", "2026-04-15", """Iraq: Islamic State attack kills four soldiers near Kirkuk; army says air strikes hit hideouts

KIRKUK, Iraq, April 15 (Wire) - Islamic State militants attacked an army post in the Wadi al-Shay area south-west of Kirkuk late on Monday, killing four soldiers including an officer and wounding two, two security officials said.

The militants used sniper rifles and grenades in the attack, which lasted about half an hour, before escaping into the valley's orchards, one of the officials said. Iraqi F-16 jets struck two militant hideouts in the Wadi al-Shay and Hamrin mountains area on Tuesday, killing six militants, the Security Media Cell said in a statement.

In Baghdad, dozens of graduates staged a sit-in outside the oil ministry on Tuesday to demand jobs; riot police pushed them back from the gate, and several were hurt, a protester said.

Islamic State has been largely defeated since 2017, but cells still mount attacks on the security forces in the rugged areas between Kirkuk, Salahuddin and Diyala.""", [
  E(cur, "Armed clash", "Islamic State militants attacked an army post in the Wadi al-Shay area south-west of Kirkuk", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "monday",
    a1=ISI, i1=2, a2=IRQ, i2=1, fat=4, inj=2),
  E(cur, "Air/drone strike", "Iraqi F-16 jets struck two militant hideouts in the Wadi al-Shay and Hamrin mountains area", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "tuesday",
    a1=IRQ, i1=1, a2=ISI, i2=2, fat=6),
  E(cur, "Protest with intervention", "dozens of graduates staged a sit-in outside the oil ministry on Tuesday", P("Baghdad", "IQ", 1, lat=33.34, lon=44.4, a1="Baghdad"), "tuesday",
    a1="Protesters (Iraq)", i1=6, a2="Police Forces of Iraq (2022-)", i2=1, inj=3),
]),

S("st-ai-020", "2025-12-02", """Yemen: Houthi drone hits Taiz market; government forces repel attack in Marib

ADEN, Yemen, Dec 2 (Wire) - A drone launched by the Iran-aligned Houthis hit a crowded market in the government-held part of Taiz on Tuesday, killing three civilians and wounding nine, local health officials said. The Houthis, who besiege the city from three sides, did not comment.

In Marib province, government forces said they had repelled a Houthi attack on their positions in the Raghwan district overnight into Tuesday, killing "dozens" of attackers. A military source in Marib said seven government soldiers were killed and 12 wounded. The Houthi-run Saba news agency said its fighters had "inflicted heavy losses" on the enemy.

In Abyan, in the south, suspected al Qaeda militants detonated an explosive device against a vehicle of the Security Belt forces in the Wadi Omran area on Monday, wounding three soldiers, a security official said.

More than three years after the UN-brokered truce of April 2022 lapsed, front lines have barely moved, but fighting flares regularly in Taiz, Marib and along the Red Sea coast.""", [
  E(cur, "Air/drone strike", "A drone launched by the Iran-aligned Houthis hit a crowded market", P("Taiz", "YE", 1, lat=13.58, lon=44.02, a1="Taiz"), "tuesday",
    a1=HOU, i1=1, a2="Civilians (Yemen)", i2=7, fat=3, inj=9),
  E(cur, "Armed clash", "government forces said they had repelled a Houthi attack on their positions in the Raghwan district", P("Raghwan", "YE", 3, lat=15.77, lon=45.08, a1="Marib"), "tuesday",
    a1=YEM_PLC, i1=1, a2=HOU, i2=1, fat=19, inj=12),
  E(cur, "Remote explosive/landmine/IED", "detonated an explosive device against a vehicle of the Security Belt forces in the Wadi Omran area", P("Abyan", "YE", 3, lat=13.13, lon=45.38, a1="Abyan"), "monday",
    a1=AQAP, i1=2, a2="Security Belt Forces", i2=3, inj=3),
]),

S("st-ai-021", "2026-06-17", """Afghanistan: resistance group claims attack on Taliban post in Panjshir; Taliban deny losses

KABUL, June 17 (Wire) - The anti-Taliban National Resistance Front (NRF) said on Tuesday its fighters had attacked a Taliban checkpoint in the Abshar valley of Panjshir province on Monday night, killing five Taliban fighters and wounding three.

A Taliban spokesman for the province said the attack had been "repelled" and that none of its forces had been killed, adding that two attackers were killed. Neither account could be verified.

Residents of Abshar said Taliban forces searched houses in the valley on Tuesday and detained about 15 men, including two elderly farmers. Their families said they had not been told where the men had been taken.

In Kabul, police said on Wednesday they had defused a bomb attached to a fuel tanker in the Dasht-e Barchi area, a Shi'ite Hazara neighbourhood repeatedly targeted by Islamic State in the past. Nobody was hurt.""", [
  E(cur, "Armed clash", "its fighters had attacked a Taliban checkpoint in the Abshar valley of Panjshir province", P("Panjshir", "AF", 3, lat=35.31, lon=69.52, a1="Panjshir"), "monday",
    a1=NRF, i1=2, a2=AFG, i2=1, fat=7, inj=3),
  E(cur, "Abduction/forced disappearance", "Taliban forces searched houses in the valley on Tuesday and detained about 15 men", P("Panjshir", "AF", 3, lat=35.31, lon=69.52, a1="Panjshir"), "tuesday",
    a1=AFG, i1=1, a2="Civilians (Afghanistan)", i2=7),
  E(cur, "Disrupted weapons use", "they had defused a bomb attached to a fuel tanker in the Dasht-e Barchi area", P("Kabul", "AF", 2, lat=34.53, lon=69.17, a1="Kabul"), 0, tp=2,
    a1=AFG_POL, i1=1, fat=0, inj=0),
]),

S("st-ai-022", "2026-02-04", """Manipur: gunfight in Bishnupur foothills leaves two dead; curfew reimposed in Imphal West

IMPHAL, Feb 4 (Regional press) - Armed men from the hills and village volunteers exchanged heavy fire for several hours in the foothills near Phougakchao Ikhai in Bishnupur district on Tuesday, killing a farmer and a volunteer, police said. The firing started when farmers went to their paddy fields near the buffer zone, a police officer said. Both sides used automatic weapons, and mortar-like shells landed near houses in Tronglaobi.

On Wednesday, a crowd of Meitei women's groups blocked the highway at Bishnupur and burned tyres, demanding action against "armed Kuki militants" in the hills; they dispersed peacefully by evening.

The Imphal West district magistrate reimposed a total curfew in the district from 5 a.m. on Wednesday after a mob tried to storm the house of a state minister in Singjamei on Tuesday night, police said. Security forces fired tear gas and mock bombs to disperse the crowd; eight people, including two policemen, were injured.

Security forces conducted searches in the hills around Phougakchao Ikhai on Wednesday, but no arrests were made and no weapons were found, a spokesman said.""", [
  E(cur, "Armed clash", "Armed men from the hills and village volunteers exchanged heavy fire for several hours", P("Bishnupur", "IN", 2, lat=24.63, lon=93.76, a1="Manipur"), "tuesday",
    a1="Unidentified Armed Group (India)", i1=3, a2="Unidentified Communal Militia (India)", i2=4, fat=2),
  E(cur, "Violent demonstration", "a crowd of Meitei women's groups blocked the highway at Bishnupur and burned tyres", P("Bishnupur", "IN", 1, lat=24.63, lon=93.76, a1="Manipur"), "wednesday",
    a1="Rioters (India)", i1=5),
  E(cur, "Other", "reimposed a total curfew in the district from 5 a.m. on Wednesday", P("Imphal West", "IN", 3, lat=24.77, lon=93.89, a1="Manipur"), "wednesday",
    a1="Government of India (2014-)", i1=1),
  E(cur, "Violent demonstration", "a mob tried to storm the house of a state minister in Singjamei", P("Imphal", "IN", 2, lat=24.81, lon=93.94, a1="Manipur"), "tuesday",
    a1="Rioters (India)", i1=5, a2=IND_POL, i2=1, inj=8),
], register="local"),

S("st-ai-023", "2026-03-25", """MYANMAR/
Arakan Army says it overran junta outpost near Kyaukphyu; air strike hits village in Ponnagyun

BANGKOK, March 25 (Wire) - The Arakan Army (AA) said on Tuesday its fighters had overrun a military outpost on a hill east of Kyaukphyu in Myanmar's Rakhine state on Sunday after three days of fighting, capturing 17 soldiers and seizing weapons and ammunition. The group, which controls most of Rakhine, posted photographs of the captured soldiers.

A resident of a nearby village said the fighting had been intense since Friday, with navy ships shelling the hills around the outpost. The junta did not comment on the outpost.

On Monday, a military jet bombed the village of Kyauktaw Ywa in Ponnagyun township, killing seven people, including three children, and destroying about 20 houses, the AA and a local aid worker said. State media said on Monday that the air force had struck "terrorist training camps" in the township.

Rakhine has been cut off from the rest of the country for more than a year. The military has repeatedly bombed villages in areas taken by the AA since its offensive began in November 2023.""", [
  E(cur, "Non-state actor overtakes territory", "its fighters had overrun a military outpost on a hill east of Kyaukphyu", P("Kyaukpyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "sunday",
    a1=AA, i1=2, a2=MMR, i2=1),
  E(cur, "Air/drone strike", "a military jet bombed the village of Kyauktaw Ywa in Ponnagyun township", P("Ponnagyun", "MM", 2, lat=20.33, lon=93.01, a1="Rakhine"), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=7),
]),

S("st-ai-024", "2026-05-18", """3RD INFANTRY (SPEARHEAD) DIVISION, PHILIPPINE ARMY
PRESS RELEASE No. 2026-118

Camp Macario Peralta Jr., Jamindan, Capiz - Troops of the 94th Infantry (Mandirigma) Battalion encountered more or less 15 members of the Communist Terrorist Group (CTG) at Sitio Kangkiling, Barangay Tan-awan, Kabankalan City, Negros Occidental at about 6:30 in the morning of 14 May 2026. The firefight lasted for about 20 minutes and resulted in the death of two (2) CTG members. Troops recovered two M16 rifles, an improvised explosive device and subversive documents at the encounter site. No casualty on the government side.

The encounter was prompted by reports from residents on the presence of armed men extorting from farmers in the area.

On 15 May 2026, troops conducted focused military operations in the hinterlands of Himamaylan City following information on the presence of the remnants of the group. No contact was established.

The Division likewise condemns in the strongest terms the burning of a backhoe of a private construction firm in Barangay Buenavista, Himamaylan City, by NPA terrorists on 12 May 2026 after the company refused to give in to their extortion demands.

The Spearhead Troopers call on the remaining members of the NPA to abandon the armed struggle and avail of the government's reintegration programme.

MAJ. ELMER V. SALAZAR
Chief, Division Public Affairs Office""", [
  E(cur, "Armed clash", "Troops of the 94th Infantry (Mandirigma) Battalion encountered more or less 15 members of the Communist Terrorist Group (CTG)", P("Kabankalan", "PH", 2, a1="Negros Island Region"), "2026-05-14",
    a1=PHL, i1=1, a2=NPA, i2=2, fat=2),
  E(cur, "Looting/property destruction", "the burning of a backhoe of a private construction firm in Barangay Buenavista, Himamaylan City", P("Himamaylan", "PH", 2, a1="Negros Island Region"), "2026-05-12",
    a1=NPA, i1=2, a2="Civilians (Philippines)", i2=7),
], register="official"),

S("st-ai-025", "2026-10-21", """PNG: 11 dead as clans fight with high-powered guns near Wabag; police declare fight zone

WABAG, Papua New Guinea (Regional press) - At least 11 men were killed when fighters of two clans fought with high-powered rifles in the Sirunki area outside Laiagam in Enga Province on Sunday and Monday, provincial police said yesterday.

Provincial police commander said the fight, over a land dispute, began early on Sunday when one clan attacked the other's hamlets; the other clan fought back. Houses, food gardens and a school were burnt. "They are using factory-made guns, not home-made ones," he said. Police and soldiers reached the area on Monday afternoon.

The provincial police commander declared Laiagam district a "fight zone" from Monday night, banning the carrying of weapons and any gathering of more than ten people, with a 6 p.m. to 6 a.m. curfew.

The same clans fought in March, when six men were killed.""", [
  E(cur, "Armed clash", "fighters of two clans fought with high-powered rifles in the Sirunki area outside Laiagam", P("Laiagam", "PG", 2, lat=-5.33, lon=143.79, a1="Enga"), "sunday", tp=2,
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=11),
  E(cur, "Other", "declared Laiagam district a \"fight zone\" from Monday night", P("Laiagam", "PG", 3, lat=-5.33, lon=143.79, a1="Enga"), "monday",
    a1="Police Forces of Papua New Guinea (2019-)", i1=1),
  E(bg, "Armed clash", "The same clans fought in March, when six men were killed", P("Laiagam", "PG", 2, lat=-5.33, lon=143.79, a1="Enga"), "2026-03-01", tp=3,
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=6),
], register="local"),

S("st-ai-026", "2026-08-12", """BANGLADESH/
One killed as Bengali settlers and Paharis clash in Khagrachhari; shops torched, Section 144 imposed

DHAKA, Aug 12 (Wire) - One man was killed and at least 25 people were injured when Bengali settlers and members of the indigenous Pahari communities fought with sticks and machetes in Khagrachhari town in the Chittagong Hill Tracts on Sunday, police and hospital officials said.

The violence began after the body of a Bengali motorcycle driver was found near the town on Saturday, the district police superintendent said. Groups from the two communities chased each other through the market area before police and army troops fired blank rounds to separate them.

On Monday morning, a mob set fire to about 40 shops and houses owned by Pahari families in the Lemuchhari area of the town, a local journalist said. No one was hurt in the arson.

The district administration imposed Section 144, banning gatherings of more than four people, in Khagrachhari town from Monday afternoon. Army patrols were stepped up.

The Chittagong Hill Tracts have seen recurrent tensions between the region's indigenous peoples and Bengali settlers since a 1997 peace accord ended two decades of insurgency.""", [
  E(cur, "Mob violence", "Bengali settlers and members of the indigenous Pahari communities fought with sticks and machetes in Khagrachhari town", P("Khagrachhari", "BD", 1, lat=23.11, lon=91.97, a1="Chattogram"), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=25),
  E(cur, "Mob violence", "a mob set fire to about 40 shops and houses owned by Pahari families", P("Khagrachhari", "BD", 2, lat=23.11, lon=91.97, a1="Chattogram"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Civilians (Bangladesh)", i2=7, fat=0, inj=0),
  E(cur, "Other", "The district administration imposed Section 144", P("Khagrachhari", "BD", 1, lat=23.11, lon=91.97, a1="Chattogram"), "monday",
    a1="Government of Bangladesh (2024-)", i1=1),
]),

S("st-ai-027", "2026-07-22", """Gunmen kill seven bus passengers on Balochistan highway; troops kill five militants in Kalat

QUETTA, Pakistan, July 22 (Wire) - Gunmen blocked the main highway near Kalat in Pakistan's southwestern Balochistan province late on Monday, checked the identity cards of bus passengers and shot dead seven men from Punjab province, officials said.

The outlawed Balochistan Liberation Army (BLA) claimed the killings on Tuesday, saying the victims were "agents" of the security forces. The provincial government said they were labourers on their way home for a wedding.

On Tuesday, security forces raided a militant hideout in the Mangochar area of Kalat district and killed five militants in an exchange of fire, the military's media wing said. A soldier was killed.

In Quetta, police baton-charged and detained dozens of activists of the Baloch Yakjehti Committee who were staging a sit-in outside the press club on Tuesday against the enforced disappearance of young men, the group said.

Kalat should not be confused with Qalat, the capital of Afghanistan's Zabul province.""", [
  E(cur, "Attack", "checked the identity cards of bus passengers and shot dead seven men from Punjab province", P("Kalat", "PK", 2, lat=29.03, lon=66.59, a1="Balochistan"), "monday",
    a1=BLA, i1=2, a2="Civilians (Pakistan)", i2=7, fat=7),
  E(cur, "Armed clash", "security forces raided a militant hideout in the Mangochar area of Kalat district", P("Kalat", "PK", 2, lat=29.03, lon=66.59, a1="Balochistan"), "tuesday",
    a1=PAK, i1=1, a2=BLA, i2=2, fat=6),
  E(cur, "Protest with intervention", "who were staging a sit-in outside the press club on Tuesday", P("Quetta", "PK", 1), "tuesday",
    a1="Protesters (Pakistan)", i1=6, a2=PAK_POL, i2=1),
]),

S("st-ai-028", "2026-09-02", """Cauca: dissidents attack Suarez police station with drones; army reports combat in rural Jamundi

POPAYAN (Regional press) - Dissidents of the former FARC attacked the police station in Suarez, in the north of Cauca department, with explosive-laden drones and rifle fire for about three hours on Monday night, wounding two police officers and a woman who lived nearby, the Cauca police command said.

Police blamed the Jaime Martinez column, which is present in the area and has attacked the station several times this year. Two houses were damaged.

On Tuesday, the army's Third Division said its troops had clashed with members of the same column in a rural area of Jamundi, in the neighbouring Valle del Cauca department, and had captured a wounded dissident. One soldier was wounded.

Residents of the Suarez town centre said that many families had slept at relatives' houses away from the station, fearing further attacks. "Every week it's the same," said a shopkeeper.

On August 14, two soldiers were killed by an explosive device in the rural area of Suarez.""", [
  E(cur, "Armed clash", "attacked the police station in Suarez, in the north of Cauca department, with explosive-laden drones and rifle fire", P("Suarez", "CO", 1, lat=2.96, lon=-76.69, a1="Cauca"), "monday",
    a1=JMC, i1=2, a2=COL_POL, i2=1, inj=3),
  E(cur, "Armed clash", "its troops had clashed with members of the same column in a rural area of Jamundi", P("Jamundi", "CO", 2, lat=3.26, lon=-76.54, a1="Valle del Cauca"), "tuesday", tp=2,
    a1=COL, i1=1, a2=JMC, i2=2, inj=2),
  E(bg, "Remote explosive/landmine/IED", "two soldiers were killed by an explosive device in the rural area of Suarez", P("Suarez", "CO", 2, lat=2.96, lon=-76.69, a1="Cauca"), "2026-08-14",
    a1="Unidentified Armed Group (Colombia)", i1=3, a2=COL, i2=1, fat=2),
], register="local"),

S("st-ai-029", "2026-03-18", """Ecuador: six shot dead at Guayaquil pool hall in gang feud; state of exception extended

GUAYAQUIL, Ecuador, March 18 (Wire) - Gunmen burst into a pool hall in the Socio Vivienda area of northern Guayaquil late on Sunday and opened fire, killing six men and wounding three, police said, blaming a feud between the Los Tiguerones and Los Choneros gangs over drug sales in the area.

The attackers arrived in two cars and fired more than 60 rounds before fleeing, a police commander said. On Tuesday, police arrested four suspected members of Los Tiguerones in raids on houses in the same area and seized two rifles that they said had been used in the attack.

President Daniel Noboa on Monday extended for another 60 days the state of exception in Guayas and six other provinces, citing "internal armed conflict" with criminal gangs.

In Duran, across the river, a grenade was thrown at the house of a police officer on Monday night, damaging the facade. Nobody was hurt.""", [
  E(cur, "Attack", "Gunmen burst into a pool hall in the Socio Vivienda area of northern Guayaquil late on Sunday and opened fire", P("Guayaquil", "EC", 2, lat=-2.2, lon=-79.89, a1="Guayas"), "sunday",
    a1="Los Tiguerones", i1=3, a2="Civilians (Ecuador)", i2=7, fat=6, inj=3),
  E(cur, "Arrests", "police arrested four suspected members of Los Tiguerones in raids on houses in the same area", P("Guayaquil", "EC", 2, lat=-2.2, lon=-79.89, a1="Guayas"), "tuesday",
    a1=ECU_POL, i1=1, a2="Los Tiguerones", i2=3),
  E(cur, "Other", "extended for another 60 days the state of exception in Guayas and six other provinces", P("Guayas", "EC", 3, lat=-2.2, lon=-79.89, a1="Guayas"), "monday",
    a1=ECU_GOV, i1=1),
  E(cur, "Grenade", "a grenade was thrown at the house of a police officer on Monday night", P("Eloy Alfaro", "EC", 1, lat=-2.17, lon=-79.84, a1="Guayas"), "monday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2=ECU_POL, i2=1, fat=0, inj=0),
]),

S("st-ai-030", "2026-11-10", """Mexico: Sinaloa cartel factions fight in Culiacan outskirts; gunmen burn vehicles to block roads

CULIACAN, Mexico, Nov 10 (Wire) - Gunmen from rival factions of the Sinaloa cartel fought for several hours in the village of El Pozo, on the outskirts of Culiacan, on Sunday, leaving at least seven dead, the Sinaloa state prosecutor's office said on Monday.

The fighting pitted "Los Chapitos", loyal to the sons of Joaquin "El Chapo" Guzman, against "La Mayiza", loyal to Ismael "El Mayo" Zambada, the office said. After the fighting, gunmen of Los Chapitos set fire to at least nine cars and a bus at three points on the Mexico 15 highway to block the arrival of the authorities.

Soldiers who reached El Pozo on Sunday evening came under fire and killed two gunmen, the Defence Ministry said. A soldier was wounded. Troops seized five rifles and two armoured trucks.

Schools in the south of the city stayed closed on Monday. More than 1,500 people have been killed in Sinaloa since the factions began fighting in September 2024.""", [
  E(cur, "Armed clash", "Gunmen from rival factions of the Sinaloa cartel fought for several hours in the village of El Pozo", P("El Pozo", "MX", 1, lat=24.91, lon=-107.25, a1="Sinaloa"), "sunday",
    a1="Los Chapitos", i1=3, a2="La Mayiza", i2=3, fat=7),
  E(cur, "Looting/property destruction", "gunmen of Los Chapitos set fire to at least nine cars and a bus at three points on the Mexico 15 highway", P("Culiacan", "MX", 2, lat=24.8, lon=-107.39, a1="Sinaloa"), "sunday",
    a1="Los Chapitos", i1=3, a2="Civilians (Mexico)", i2=7),
  E(cur, "Armed clash", "Soldiers who reached El Pozo on Sunday evening came under fire and killed two gunmen", P("El Pozo", "MX", 1, lat=24.91, lon=-107.25, a1="Sinaloa"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=2, inj=1),
]),

S("st-ai-031", "2026-06-16", """Brazil: police raid leaves six dead in Salvador; buses torched on gang's orders

SALVADOR, Brazil (Regional press) - Six suspects were killed in a shootout with Bahia military police during an operation in the Valeria neighbourhood of Salvador early on Monday, the state security secretariat said, adding that the men belonged to the Bonde do Maluco faction, which controls drug sales in the area.

Police said officers came under fire as they entered the community to serve arrest warrants; rifles, pistols and drugs were seized. Residents said at least two of the dead were not involved with the gang. A police officer was slightly wounded.

Hours later, four buses were set on fire in the neighbouring districts of Valeria and Sao Caetano by groups of men who ordered passengers off; the secretariat said the attacks had been ordered by the faction's leaders in retaliation. Nobody was hurt. Bus companies suspended services in the area until Tuesday.

In Simoes Filho, in the metropolitan region, a man was shot dead on Sunday night in what police said was a dispute between the Bonde do Maluco and the rival Comando Vermelho.""", [
  E(cur, "Armed clash", "Six suspects were killed in a shootout with Bahia military police during an operation in the Valeria neighbourhood of Salvador", P("Salvador", "BR", 2, lat=-12.98, lon=-38.49, a1="Bahia"), "monday",
    a1="Bonde do Maluco", i1=3, a2=BRA_POL, i2=1, fat=6, inj=1),
  E(cur, "Looting/property destruction", "four buses were set on fire in the neighbouring districts of Valeria and Sao Caetano", P("Salvador", "BR", 2, lat=-12.98, lon=-38.49, a1="Bahia"), "monday",
    a1="Bonde do Maluco", i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "a man was shot dead on Sunday night in what police said was a dispute between the Bonde do Maluco and the rival Comando Vermelho", P("Simoes Filho", "BR", 1, lat=-12.78, lon=-38.4, a1="Bahia"), "sunday",
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, fat=1),
], register="local"),

S("st-ai-032", "2026-04-21", """Haiti: gangs attack Lascahobas, torch police station; protesters demand arms in Port-au-Prince

PORT-AU-PRINCE, April 21 (Wire) - Armed gang members attacked the town of Lascahobas in Haiti's Centre department on Sunday, setting fire to the police station, the town hall and dozens of homes and killing at least eight people, local officials said.

Police officers withdrew from the town after a gun battle that lasted several hours, the mayor said; two officers were among the dead. The attackers, from the Viv Ansanm coalition, posted videos on social media showing them in the town's main square. By Monday evening they still held the town, residents who fled to Mirebalais said.

Haiti's national police said on Tuesday that reinforcements had been sent to the Centre department.

In Port-au-Prince on Tuesday, several hundred people marched to the prime minister's office to demand that the government arm self-defence brigades. Police fired tear gas when some of them tried to push through a barricade near the office; there were no reports of injuries.

Caption: Residents flee Lascahobas on the road to Mirebalais after gangs attacked the town on Sunday.""", [
  E(cur, "Non-state actor overtakes territory", "Armed gang members attacked the town of Lascahobas", P("Lascahobas", "HT", 1, lat=18.83, lon=-71.94, a1="Centre"), "sunday",
    a1=VIV, i1=3, a2=HTI_POL, i2=1, fat=8),
  unscored(E(cap, "Non-state actor overtakes territory", "gangs attacked the town on Sunday", P("Lascahobas", "HT", 1, lat=18.83, lon=-71.94, a1="Centre"), "sunday",
    a1=VIV, i1=3, a2=HTI_POL, i2=1), "fatalities", "injuries", "geo_precision"),
  E(cur, "Protest with intervention", "several hundred people marched to the prime minister's office", P("Port-au-Prince", "HT", 1, lat=18.54, lon=-72.34, a1="Ouest"), "tuesday",
    a1="Protesters (Haiti)", i1=6, a2=HTI_POL, i2=1, inj=0),
]),

S("st-ai-033", "2026-11-18", """ANDES BRIEF: Lima march, Bolivia blockade clash, trucks burned in Araucania

PERU - Thousands of transport workers and market traders marched through central Lima on Monday to protest against extortion by criminal gangs, who they say have killed more than 30 bus drivers this year. Police fired tear gas near Congress when groups of marchers threw stones and fireworks at officers; 14 people, including six police officers, were hurt and 9 were arrested, the ombudsman's office said.

BOLIVIA - Police cleared a road blockade set up by supporters of former president Evo Morales at Parotani, on the road between Cochabamba and Oruro, on Saturday. Protesters armed with slingshots and sticks fought the officers for several hours; one police officer was killed and 11 people were injured, the government said. Morales's supporters said two of their members were wounded by gunshots.

CHILE - Hooded men set fire to three logging trucks and a backhoe at a forestry company site near Ercilla, in the Araucania region, early on Sunday, after forcing the drivers out at gunpoint, police said. Pamphlets referring to the Mapuche cause were found at the scene. Nobody was hurt.""", [
  E(cur, "Violent demonstration", "groups of marchers threw stones and fireworks at officers", P("Lima", "PE", 1, lat=-12.04, lon=-77.03, a1="Lima"), "monday",
    a1="Rioters (Peru)", i1=5, a2="Police Forces of Peru (2025-)", i2=1, inj=14),
  E(cur, "Violent demonstration", "Protesters armed with slingshots and sticks fought the officers for several hours", P("Parotani", "BO", 1, lat=-17.57, lon=-66.34, a1="Cochabamba"), "saturday",
    a1="Rioters (Bolivia)", i1=5, a2="Police Forces of Bolivia (2025-)", i2=1, fat=1, inj=11),
  E(cur, "Looting/property destruction", "Hooded men set fire to three logging trucks and a backhoe at a forestry company site near Ercilla", P("Ercilla", "CL", 2, lat=-38.06, lon=-72.37, a1="La Araucania"), "sunday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
], register="wire"),

S("st-ai-034", "2026-05-07", """SOUTHERN CONE ROUND-UP

ARGENTINA - Police fired rubber bullets and pepper spray at retirees and their supporters who marched to Congress in Buenos Aires on Wednesday for the weekly protest against pension cuts, organisers said. At least 11 people were hurt, among them a photographer hit in the head by a tear gas canister, and 17 were detained. The security ministry said officers had acted against "violent groups" who tried to cut off the avenue.

PARAGUAY - Armed men believed to belong to the Paraguayan People's Army (EPP) raided a cattle ranch near Yby Yau in Concepcion department on Monday night, set fire to a tractor and a storage shed and took away the ranch's foreman, prosecutors said on Tuesday. A pamphlet left at the ranch demanded a "revolutionary tax" from its owner. Police and soldiers of the joint task force searched the surrounding woods on Tuesday without finding them.

URUGUAY - Two men were shot dead and a woman was wounded in the Cerro Norte neighbourhood of Montevideo on Sunday night in what police said was a feud between drug gangs over control of sales points.""", [
  E(cur, "Protest with intervention", "retirees and their supporters who marched to Congress in Buenos Aires on Wednesday", P("Buenos Aires", "AR", 1, lat=-34.61, lon=-58.38, a1="Buenos Aires F.D."), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2="Police Forces of Argentina (2023-)", i2=1, inj=11),
  E(cur, "Abduction/forced disappearance", "raided a cattle ranch near Yby Yau in Concepcion department on Monday night", P("Yby Yau", "PY", 2, lat=-22.97, lon=-56.54, a1="Concepcion"), "monday",
    a1="EPP: Paraguayan People's Army", i1=2, a2="Civilians (Paraguay)", i2=7),
  E(cur, "Attack", "Two men were shot dead and a woman was wounded in the Cerro Norte neighbourhood of Montevideo", P("Montevideo", "UY", 2, lat=-34.9, lon=-56.19, a1="Montevideo"), "sunday",
    a1="Unidentified Armed Group (Uruguay)", i1=3, a2="Civilians (Uruguay)", i2=7, fat=2, inj=1),
]),

S("st-ai-035", "2026-09-28", """EUROPE: THE WEEK IN BRIEF (21 - 27 September)

FRANCE - Youths set fire to about 40 cars and threw fireworks at police in the Villeneuve district of Grenoble on Monday night after a 17-year-old died when his scooter crashed during a police chase. Police fired tear gas; six officers were slightly hurt and 12 people were arrested. Calm returned on Tuesday.

GERMANY - A fire set at the entrance of a building housing 60 asylum seekers in Bautzen, Saxony, on Thursday night was put out by residents before it spread, police said. Nobody was hurt. Swastikas had been sprayed on the wall. State prosecutors said they were treating it as attempted arson with a far-right motive.

GREECE - Hooded youths threw petrol bombs and stones at riot police in the Exarchia district of Athens on Saturday night after a march marking the anniversary of a student's death. Police responded with tear gas and stun grenades; 8 people were detained.

SERBIA - Tens of thousands of people, led by students, marched peacefully through Novi Sad on Friday to demand early elections, in one of the largest protests in months. A rally of government supporters in Belgrade the same day drew several thousand people.""", [
  E(cur, "Violent demonstration", "Youths set fire to about 40 cars and threw fireworks at police in the Villeneuve district of Grenoble", P("Grenoble", "FR", 2, lat=45.18, lon=5.71, a1="Auvergne-Rhone-Alpes"), "2026-09-21",
    a1="Rioters (France)", i1=5, a2="Police Forces of France (2017-)", i2=1, inj=6),
  E(cur, "Looting/property destruction", "A fire set at the entrance of a building housing 60 asylum seekers in Bautzen", P("Bautzen", "DE", 1, lat=51.18, lon=14.43, a1="Saxony"), "2026-09-24",
    a1="Unidentified Armed Group (Germany)", i1=3, a2="Civilians (Germany)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "Hooded youths threw petrol bombs and stones at riot police in the Exarchia district of Athens", P("Athens", "GR", 2, lat=37.98, lon=23.73, a1="Attica"), "2026-09-26",
    a1="Rioters (Greece)", i1=5, a2="Police Forces of Greece (2019-)", i2=1),
  E(cur, "Peaceful protest", "Tens of thousands of people, led by students, marched peacefully through Novi Sad", P("Novi Sad", "RS", 1, lat=45.25, lon=19.84, a1="Vojvodina"), "2026-09-25",
    a1="Protesters (Serbia)", i1=6),
  E(cur, "Peaceful protest", "A rally of government supporters in Belgrade the same day", P("Belgrade", "RS", 1), "2026-09-25",
    a1="Protesters (Serbia)", i1=6),
], register="digest"),

S("st-ai-036", "2026-02-11", """Georgian police break up Tbilisi rally, detain opposition figure; rival rallies in Yerevan pass off calmly

TBILISI, Feb 11 (Wire) - Georgian riot police used water cannon and pepper spray to clear hundreds of protesters who had blocked Rustaveli Avenue outside parliament in Tbilisi late on Monday, detaining at least 23 people, the interior ministry said.

The protesters, who have rallied nightly since the ruling Georgian Dream party froze talks on joining the European Union, had set up tents on the avenue. Several protesters were treated for injuries, the public defender's office said.

On Tuesday morning, police detained a leader of the opposition United National Movement at his home in the capital on charges of "organising group violence", his lawyer said.

In neighbouring Armenia, an opposition rally calling for the resignation of Prime Minister Nikol Pashinyan and a rally of government supporters took place a few streets apart in central Yerevan on Sunday. Police kept the two crowds apart and no incidents were reported.""", [
  E(cur, "Protest with intervention", "hundreds of protesters who had blocked Rustaveli Avenue outside parliament in Tbilisi", P("Tbilisi", "GE", 1, lat=41.69, lon=44.83, a1="Tbilisi"), "monday",
    a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1, inj=3),
  E(cur, "Arrests", "police detained a leader of the opposition United National Movement at his home in the capital", P("Tbilisi", "GE", 1, lat=41.69, lon=44.83, a1="Tbilisi"), "tuesday",
    a1="Police Forces of Georgia (2012-)", i1=1, a2="UNM: United National Movement", i2=7),
  E(cur, "Peaceful protest", "an opposition rally calling for the resignation of Prime Minister Nikol Pashinyan", P("Yerevan", "AM", 1, lat=40.18, lon=44.51, a1="Erevan"), "sunday",
    a1="Protesters (Armenia)", i1=6),
  E(cur, "Peaceful protest", "a rally of government supporters took place a few streets apart in central Yerevan", P("Yerevan", "AM", 1, lat=40.18, lon=44.51, a1="Erevan"), "sunday",
    a1="Protesters (Armenia)", i1=6),
]),

S("st-ai-037", "2026-06-11", """Kyrgyz, Tajik border guards trade fire; one killed, villagers evacuated

BISHKEK, June 11 (Wire) - Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Say in Kyrgyzstan's Batken region on Wednesday, killing one Kyrgyz border guard and wounding two Tajik servicemen, officials on both sides said.

Kyrgyzstan's border service said Tajik forces had opened fire first, with mortars, on its post after a dispute over a water channel; Tajikistan's border troops blamed the Kyrgyz side. The exchange lasted about two hours.

Kyrgyz authorities moved about 600 residents of Ak-Say and two neighbouring villages to the regional centre as a precaution.

The heads of the two countries' border services met in the town of Batken late on Wednesday and agreed to withdraw reinforcements and to a ceasefire, the Kyrgyz service said on Thursday. The two countries signed a border treaty in 2025 after clashes in 2021 and 2022 killed about 100 people.""", [
  E(cur, "Armed clash", "Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Say", P("Ak-Say", "KG", 2, lat=39.87, lon=70.52, a1="Batken"), "wednesday",
    a1="Military Forces of Kyrgyzstan (2020-)", i1=1, a2="Military Forces of Tajikistan (1994-)", i2=8, fat=1, inj=2),
  E(cur, "Agreement", "met in the town of Batken late on Wednesday and agreed to withdraw reinforcements and to a ceasefire", P("Batken", "KG", 1, lat=40.06, lon=70.82, a1="Batken"), "wednesday",
    a1="Military Forces of Kyrgyzstan (2020-)", i1=1, a2="Military Forces of Tajikistan (1994-)", i2=8),
]),

S("st-ai-038", "2026-08-12", """Libya: armed groups clash in Tripoli's Souq al-Juma, truce brokered by elders; migrants and residents fight in Tunisia's Sfax

TRIPOLI, Aug 12 (Wire) - Fighters of the Radaa Special Deterrence Forces and the 444th Brigade clashed with heavy weapons in the Souq al-Juma and Ain Zara districts of Tripoli on Sunday night, killing at least four people, including a civilian caught in the crossfire, and wounding 13, the health ministry's emergency service said.

The fighting, which erupted after the arrest of a 444th Brigade member at a Radaa checkpoint, died down on Monday morning after elders from Tripoli and Misrata brokered a truce between the two groups, according to a statement by the Presidential Council. Flights at Mitiga airport were diverted to Misrata for the night.

In neighbouring Tunisia, groups of residents and sub-Saharan migrants fought with sticks and stones in the El Amra area north of Sfax on Sunday after a Tunisian man was stabbed, witnesses said. A migrant was killed and nine people were injured. The national guard said it had detained 30 people.""", [
  E(cur, "Armed clash", "Fighters of the Radaa Special Deterrence Forces and the 444th Brigade clashed with heavy weapons", P("Tripoli", "LY", 2, lat=32.89, lon=13.19, a1="Tripoli"), "sunday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3, fat=4, inj=13),
  E(cur, "Agreement", "elders from Tripoli and Misrata brokered a truce between the two groups", P("Tripoli", "LY", 1, lat=32.89, lon=13.19, a1="Tripoli"), "monday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3),
  E(cur, "Mob violence", "groups of residents and sub-Saharan migrants fought with sticks and stones in the El Amra area north of Sfax", P("Sfax", "TN", 2, lat=34.74, lon=10.76, a1="Sfax"), "sunday",
    a1="Rioters (Tunisia)", i1=5, a2="Rioters (Tunisia)", i2=5, fat=1, inj=9),
]),

S("st-ai-039", "2026-09-15", """IRAN/
Jaish al-Adl attack kills five police in Saravan; Guards shell Kurdish opposition camps in Iraq

DUBAI, Sept 15 (Wire) - Gunmen attacked a police station in Saravan in Iran's southeastern Sistan-Baluchestan province before dawn on Monday, killing five police officers, state media reported. The Sunni militant group Jaish al-Adl claimed the attack, saying it had killed 11 "agents of the regime".

State television said two of the attackers were killed when security forces arrived, and that others fled towards the Pakistani border. Revolutionary Guards ground forces launched an operation in the area on Monday afternoon.

Separately, the Guards said on Tuesday that they had struck "terrorist" bases of Kurdish opposition groups in northern Iraq with artillery and drones. The Kurdistan region's counter-terrorism service said shells had hit areas near the town of Sidakan on Monday evening, setting fire to farmland; no casualties were reported.

In Zahedan, hundreds of people protested after Friday prayers against the killing of a young man by security forces the week before; witnesses said the protest passed off without incident.""", [
  E(cur, "Armed clash", "Gunmen attacked a police station in Saravan", P("Saravan", "IR", 1, lat=27.37, lon=62.33, a1="Sistan and Baluchestan"), "monday",
    a1="Jaish al-Adl", i1=2, a2="Police Forces of Iran (1989-)", i2=1, fat=7),
  E(cur, "Shelling/artillery/missile attack", "shells had hit areas near the town of Sidakan on Monday evening", P("Sidakan", "IQ", 2, lat=36.8, lon=44.67, a1="Erbil"), "monday",
    a1="Military Forces of Iran (1989-)", i1=8, a2="Civilians (Iraq)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "hundreds of people protested after Friday prayers", P("Zahedan", "IR", 1, lat=29.5, lon=60.86, a1="Sistan and Baluchestan"), "friday",
    a1="Protesters (Iran)", i1=6),
]),

S("st-ai-040", "2026-03-26", """EAST AFRICA DIGEST

UGANDA: Police and soldiers raided the headquarters of the opposition National Unity Platform (NUP) in Kampala's Makerere Kavule area on Monday and arrested 18 party supporters, the party said. Police said the supporters were "planning unlawful processions". A party spokesman said several were beaten.

TANZANIA: Police fired tear gas to disperse supporters of the opposition CHADEMA party who gathered in Mbeya on Saturday to welcome party leaders, despite a ban on rallies. Some supporters threw stones at police vehicles, and police said 23 people were arrested and two officers injured.

MADAGASCAR: Cattle rustlers raided a village near Ihosy in the south on Tuesday night, killing five villagers and driving off about 200 zebu, the gendarmerie said. Gendarmes tracked the rustlers on Wednesday and killed three of them in an exchange of fire; part of the herd was recovered.

UGANDA: The trial of 14 men accused of a 2024 bomb plot in Kampala opened at the High Court on Tuesday.""", [
  E(cur, "Arrests", "Police and soldiers raided the headquarters of the opposition National Unity Platform (NUP)", P("Kampala", "UG", 2, lat=0.32, lon=32.58, a1="Central"), "monday",
    a1="Police Forces of Uganda (1986-)", i1=1, a2="NUP: National Unity Platform", i2=7, assoc_actor_1="Military Forces of Uganda (1986-)"),
  E(cur, "Violent demonstration", "Some supporters threw stones at police vehicles", P("Mbeya", "TZ", 1, lat=-8.9, lon=33.45, a1="Mbeya"), "saturday",
    a1="Rioters (Tanzania)", i1=5, a2="Police Forces of Tanzania (2021-)", i2=1, inj=2),
  E(cur, "Attack", "Cattle rustlers raided a village near Ihosy", P("Ihosy", "MG", 2, lat=-22.4, lon=46.13, a1="Ihorombe"), "tuesday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=5),
  E(cur, "Armed clash", "Gendarmes tracked the rustlers on Wednesday and killed three of them in an exchange of fire", P("Ihosy", "MG", 2, lat=-22.4, lon=46.13, a1="Ihorombe"), "wednesday",
    a1="Police Forces of Madagascar (2025-)", i1=1, a2="Unidentified Armed Group (Madagascar)", i2=3, fat=3),
], register="digest"),

S("st-ai-041", "2026-07-22", """WEST AFRICA BRIEF

GUINEA - Security forces fired live ammunition at young people who were blocking the Hamdallaye-Bambeto road in Conakry on Monday to protest against the detention of a civil society leader, killing two and wounding at least seven, a hospital source and the opposition said. The government said officers had faced "armed troublemakers". The road, known as the Axe, has been a flashpoint for protests since 2019.

TOGO - Police fired tear gas at protesters who burned tyres and threw stones in the Be and Adakpame districts of Lome on Saturday, in the third day of protests against rising fuel prices. A police statement said 41 people had been arrested "for acts of vandalism".

BENIN - Jihadists attacked an army post near Banikoara in the far north on Sunday, killing nine soldiers, two security sources said. The army said its troops had repelled the attack and "neutralised" several assailants. JNIM claimed the attack in a statement on Monday.

SENEGAL - Hundreds of fishermen marched peacefully in Ziguinchor on Friday to protest against the arrest of three colleagues by the Guinea-Bissau navy.""", [
  E(cur, "Excessive force against protesters", "Security forces fired live ammunition at young people who were blocking the Hamdallaye-Bambeto road in Conakry", P("Conakry", "GN", 1, lat=9.54, lon=-13.68, a1="Conakry"), "monday",
    a1="Protesters (Guinea)", i1=6, a2="Police Forces of Guinea (2021-)", i2=1, fat=2, inj=7),
  E(cur, "Violent demonstration", "protesters who burned tyres and threw stones in the Be and Adakpame districts of Lome", P("Lome", "TG", 2, lat=6.13, lon=1.22, a1="Maritime"), "saturday",
    a1="Rioters (Togo)", i1=5, a2="Police Forces of Togo (2005-)", i2=1),
  E(cur, "Armed clash", "Jihadists attacked an army post near Banikoara in the far north on Sunday", P("Banikoara", "BJ", 2, lat=11.3, lon=2.44, a1="Alibori"), "sunday",
    a1=JNIM, i1=2, a2="Military Forces of Benin (2016-)", i2=1, fat=12),
  E(cur, "Peaceful protest", "Hundreds of fishermen marched peacefully in Ziguinchor on Friday", P("Ziguinchor", "SN", 1, lat=12.57, lon=-16.27, a1="Ziguinchor"), "friday",
    a1="Protesters (Senegal)", i1=6),
], register="digest"),

S("st-ai-042", "2026-01-28", """Chad: farmers and herders fight in Mandoul, 12 dead; CAR rebels attack Bocaranga, army and Russian allies hit back

N'DJAMENA, Jan 28 (Wire) - Twelve people were killed and about 20 injured when farmers and herders fought with machetes, spears and arrows near the town of Koumra in southern Chad's Mandoul province on Sunday, the provincial governor said. The fighting broke out after cattle strayed into a field of millet, he said. Several huts were burned in a farming village.

The governor said a joint force of soldiers and gendarmes had been deployed to the area and that 16 people had been arrested on Monday in the villages around Koumra for their part in the killings.

In the neighbouring Central African Republic, fighters of the 3R rebel group attacked the town of Bocaranga in the north-west before dawn on Monday, looting shops and the market, local sources said. Central African troops, backed by Russian instructors, drove them out later on Monday; the army said 14 rebels and two soldiers were killed. Residents said at least three civilians were also killed by stray bullets.""", [
  E(cur, "Mob violence", "farmers and herders fought with machetes, spears and arrows near the town of Koumra", P("Koumra", "TD", 2, lat=8.92, lon=17.55, a1="Mandoul"), "sunday",
    a1="Rioters (Chad)", i1=5, a2="Rioters (Chad)", i2=5, fat=12, inj=20),
  E(cur, "Arrests", "16 people had been arrested on Monday in the villages around Koumra", P("Koumra", "TD", 2, lat=8.92, lon=17.55, a1="Mandoul"), "monday",
    a1="Military Forces of Chad (2021-)", i1=1, a2="Rioters (Chad)", i2=5, assoc_actor_1="Police Forces of Chad (2021-)"),
  E(cur, "Armed clash", "fighters of the 3R rebel group attacked the town of Bocaranga", P("Bocaranga", "CF", 1, lat=6.99, lon=15.64, a1="Ouham-Pende"), "monday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Military Forces of the Central African Republic (2016-)", i2=1, fat=19, assoc_actor_2="Wagner Group"),
]),

S("st-ai-043", "2025-11-26", """BURKINA FASO/
Jihadists ambush supply convoy near Djibo; government denies heavy losses

ABIDJAN, Nov 26 (Wire) - Jihadist fighters ambushed a military-escorted supply convoy heading to the besieged northern town of Djibo on Saturday, killing dozens of soldiers and volunteer fighters, three security sources and a humanitarian worker said.

The convoy of about 150 trucks was attacked about 20 km south of the town. One of the security sources said at least 40 soldiers and members of the VDP auxiliaries were killed; a second put the toll at "more than 30". The JNIM group claimed in a message on Sunday that its fighters had killed 94 soldiers and destroyed or seized 60 trucks.

The government spokesman said on state television on Monday that the convoy had reached Djibo "with the bulk of its cargo", that the army had "inflicted severe losses on the terrorists" and that reports of heavy military losses were "propaganda". He did not give figures.

Djibo has been under a blockade by JNIM since 2022; residents can only leave on foot, and the group has repeatedly attacked convoys and the town's water points. On October 30, drones struck a JNIM gathering east of the town, according to the army.""", [
  E(cur, "Armed clash", "Jihadist fighters ambushed a military-escorted supply convoy heading to the besieged northern town of Djibo", P("Djibo", "BF", 2, lat=14.1, lon=-1.63, a1="Sahel"), "saturday",
    a1=JNIM, i1=2, a2="Military Forces of Burkina Faso (2022-)", i2=1, fat=30, assoc_actor_2="VDP: Volunteers for the Defense of the Homeland"),
  E(bg, "Air/drone strike", "drones struck a JNIM gathering east of the town", P("Djibo", "BF", 2, lat=14.1, lon=-1.63, a1="Sahel"), "2025-10-30",
    a1="Military Forces of Burkina Faso (2022-)", i1=1, a2=JNIM, i2=2),
]),

S("st-ai-044", "2026-09-09", """SOUTHERN AFRICA ROUND-UP

SOUTH AFRICA: Gunmen opened fire on minibus taxi drivers queuing at a rank in Philippi, Cape Town, on Monday morning, killing four and wounding two, police said. Police linked the shooting to a dispute between two taxi associations over routes.

ZIMBABWE: Suspected ruling ZANU-PF youths beat up five activists of the opposition Citizens Coalition for Change (CCC) who were holding a meeting at a house in Epworth on Saturday, the CCC said. Police said they had not received a report.

LESOTHO: Three men were shot dead at a tavern in Mohale's Hoek on Sunday night in what police called a new round of killings between rival famo music gangs. A police spokesman said officers had arrested two suspects on Tuesday.

The round-up is compiled from local media and agency reports.""", [
  E(cur, "Attack", "Gunmen opened fire on minibus taxi drivers queuing at a rank in Philippi, Cape Town", P("Cape Town", "ZA", 2, lat=-33.93, lon=18.42, a1="Western Cape"), "monday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
  E(cur, "Attack", "Suspected ruling ZANU-PF youths beat up five activists of the opposition Citizens Coalition for Change (CCC)", P("Epworth", "ZW", 1, lat=-17.89, lon=31.15, a1="Harare"), "saturday",
    a1="ZANU-PF: Zimbabwe African National Union-Patriotic Front", i1=3, a2="Civilians (Zimbabwe)", i2=7, inj=5),
  E(cur, "Attack", "Three men were shot dead at a tavern in Mohale's Hoek", P("Mohales Hoek", "LS", 1, lat=-30.15, lon=27.48, a1="Mohales Hoek"), "sunday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=3),
  E(cur, "Arrests", "officers had arrested two suspects on Tuesday", P("Mohales Hoek", "LS", 1, lat=-30.15, lon=27.48, a1="Mohales Hoek"), "tuesday",
    a1="Police Forces of Lesotho (2022-)", i1=1, a2="Unidentified Armed Group (Lesotho)", i2=3),
], register="digest"),

S("st-ai-045", "2026-04-01", """SOUTHEAST AND SOUTH ASIA: NEWS IN BRIEF

THAILAND - A roadside bomb hit a pickup truck carrying paramilitary rangers in Rueso district of Narathiwat province on Monday morning, wounding three rangers, police said. Insurgents fired at the rangers after the blast before fleeing; troops searched nearby villages but made no arrests.

INDONESIA - Two villages on Seram island in Maluku province fought with machetes, arrows and home-made guns on Sunday over a land boundary, leaving two people dead and 11 injured, police said. About 40 houses were burned. Police and soldiers were deployed to separate the villages, and the Central Maluku regent imposed a night curfew on both on Monday.

NEPAL - Supporters of the restoration of the monarchy clashed with police in Kathmandu's Tinkune area on Friday when they tried to march towards the parliament building. Police used tear gas and batons; 17 people, including nine police officers, were injured.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb hit a pickup truck carrying paramilitary rangers in Rueso district", P("Rueso", "TH", 3, lat=6.39, lon=101.52, a1="Narathiwat"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2025-)", i2=1, inj=3),
  E(cur, "Mob violence", "Two villages on Seram island in Maluku province fought with machetes, arrows and home-made guns", P("Kabupaten Maluku Tengah", "ID", 3, lat=-3.3, lon=128.97, a1="Maluku"), "sunday",
    a1="Rioters (Indonesia)", i1=5, a2="Rioters (Indonesia)", i2=5, fat=2, inj=11),
  E(cur, "Other", "the Central Maluku regent imposed a night curfew on both on Monday", P("Kabupaten Maluku Tengah", "ID", 3, lat=-3.3, lon=128.97, a1="Maluku"), "monday",
    a1="Government of Indonesia (2024-)", i1=1),
  E(cur, "Violent demonstration", "Supporters of the restoration of the monarchy clashed with police in Kathmandu's Tinkune area", P("Kathmandu", "NP", 2, lat=27.7, lon=85.32, a1="Bagmati"), "friday",
    a1="Rioters (Nepal)", i1=5, a2="Police Forces of Nepal (2025-)", i2=1, inj=17),
], register="digest"),

S("st-ai-046", "2026-03-04", """CENTRAL AMERICA AND CARIBBEAN

HONDURAS - Congress on Monday approved a 45-day extension of the partial state of exception in force in 226 municipalities, including San Pedro Sula and Tegucigalpa, which suspends some constitutional guarantees in the fight against gangs.

GUATEMALA - Inmates belonging to the Barrio 18 gang took 20 guards hostage and set mattresses on fire at the Renovacion 1 prison in Escuintla on Sunday to protest against the transfer of their leaders to a maximum-security jail. Police and soldiers retook the prison on Monday with tear gas; the hostages were freed unharmed, the interior ministry said.

EL SALVADOR - Police said on Tuesday that they had arrested 31 suspected MS-13 members in the previous week in raids in Soyapango under the emergency regime, in force since March 2022.

TRINIDAD AND TOBAGO - Gunmen killed three men in a drive-by shooting in Laventille, east of Port of Spain, on Saturday night, in what police said was a reprisal in a gang feud.""", [
  E(cur, "Other", "Congress on Monday approved a 45-day extension of the partial state of exception", P("Tegucigalpa", "HN", 1), "monday",
    a1="Government of Honduras (2026-)", i1=1),
  E(cur, "Violent demonstration", "Inmates belonging to the Barrio 18 gang took 20 guards hostage and set mattresses on fire", P("Escuintla", "GT", 1, lat=14.3, lon=-90.79, a1="Escuintla"), "sunday", tp=2,
    a1="Rioters (Guatemala)", i1=5, a2="Police Forces of Guatemala (2024-)", i2=1),
  E(cur, "Arrests", "they had arrested 31 suspected MS-13 members in the previous week in raids in Soyapango", P("Soyapango", "SV", 1, lat=13.71, lon=-89.14, a1="San Salvador"), -8, tp=2,
    a1="Police Forces of El Salvador (2019-)", i1=1, a2="MS-13: Mara Salvatrucha", i2=3),
  E(cur, "Attack", "Gunmen killed three men in a drive-by shooting in Laventille", P("Laventille", "TT", 1, lat=10.65, lon=-61.5, a1="San Juan-Laventille"), "saturday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=3),
], register="digest"),
]

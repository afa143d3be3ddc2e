"""Multi-event stories written for this project (issue 11), batch aj: unseen by the coders in the session it was written
(2026-11-29, 15:16-18:16), the lead's measure of story generalisation on real-looking multi-event news, as batches s to
ai. Written as hard as ai: wire stories with a recap paragraph of older events, live blogs with several timestamps and
a correction, NGO and UN monthly summaries listing incidents, official releases with a header and a boilerplate footer,
local press in translation, one event told three times in different words (one event), a protest broken up by police
(one event, its arrests inside), arrests before and after a raid, a town taken and then retaken, claims and denials,
threats and plans, captions of old photos, casualty tallies of a whole war (no events), small towns with namesakes
abroad or in another province (Buenos Aires in Cauca, Tank in Khyber Pakhtunkhwa, Zolochiv in Kharkiv oblast, Santa
Rosa in El Oro), and stories with only background, negated or no events.
97 stories, 244 events (205 current, 17 background, 8 negated, 8 threat, 4 hypothetical, 2 caption), 67 countries on
every continent; 21 stories tell no current event (a war tally, threats and plans, a trial, a flood, a campaign with a
denied shooting, a photo feature of old pictures, talks, a robbery, a commemoration, a strike, denials, an accident, a
march called off, a plot trial, ministers' talks, UN and peace-talk diplomacy). Hard cases on purpose: a live blog's
correction and one crossing midnight, tolls told twice (lowest kept) and claimed by each side (added), captives killed in
a raid, men in a force's uniform, detainees with no news (abductions), arrests before and after an attack, a town taken
and retaken, a camp left one day and entered the next, bases overrun and left the same day, outposts taken against a
denial, crowds that only gather beside riots, two Portlands, Buenos Aires in Cauca, El Amra of Sfax (not of Sidi Bouzid),
Zolochiv of Kharkiv (not of Lviv), Tank, Derry/Londonderry, Salamanca and Santa Rosa.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked (same country within 40 km across all snippet, story and ISAF
gold within a week)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; VIG = "Vigilante Militia (Nigeria)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; UKR_POL = "Police Forces of Ukraine (2019-)"
SOM = "Military Forces of Somalia (2022-)"; SHB = "Al Shabaab"; MACA = "Macawisley Militia"
COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; JMC = "Jaime Martinez Column"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
ECU_POL = "Police Forces of Ecuador (2023-)"; ECU_GOV = "Government of Ecuador (2023-)"; LOBOS = "Los Lobos"
MMR = "Military Forces of Myanmar (2021-)"; MMR_POL = "Police Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"
HTI_POL = "Police Forces of Haiti (2024-)"; VIV = "Viv Ansanm"; GRANGRIF = "Gran Grif"
KEN_POL = "Police Forces of Kenya (2022-)"
ISR = "Military Forces of Israel (2022-)"
MEX_GN = "National Guard of Mexico (2019-)"; CJNG = "Cartel Jalisco Nueva Generacion"; CSRL = "Santa Rosa de Lima Cartel"
PHL = "Military Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"
IND_POL = "Police Forces of India (2014-)"; CPIM = "CPI (Maoist): Communist Party of India (Maoist)"
BGD_POL = "Police Forces of Bangladesh (2024-)"
M23 = "M23: March 23 Movement"; WAZ = "Wazalendo"
HOU = "Military Forces of Yemen (2016-) Supreme Political Council"; USA = "Military Forces of the United States (2025-)"
AFG = "Military Forces of Afghanistan (2021-)"
SRB_POL = "Police Forces of Serbia (2012-)"
MLI = "Military Forces of Mali (2021-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"; AFC = "Africa Corps"; DOZO = "Dozo Communal Militia (Mali)"
THA = "Military Forces of Thailand (2025-)"; THA_POL = "Police Forces of Thailand (2025-)"
RUS_POL = "Police Forces of Russia (2000-)"
GBR_POL = "Police Forces of the United Kingdom (2024-)"; SWE_POL = "Police Forces of Sweden (2022-)"
BRA_POL = "Police Forces of Brazil (2023-)"; CV = "CV: Comando Vermelho"
CHL_POL = "Police Forces of Chile (2026-)"; CHL_GOV = "Government of Chile (2026-)"; MAPU = "Mapuche Ethnic Militia (Chile)"
ARG_POL = "Police Forces of Argentina (2023-)"
TUR = "Military Forces of Turkey (2002-)"; IRQ = "Military Forces of Iraq (2022-)"; YBS = "Sinjar Resistance Units"
DRUZE = "Druze Militia (Syria)"; BEDOUIN = "Bedouin Tribal Militia (Syria)"; SYR_GOV = "Government of Syria (2024-)"; SYR = "Military Forces of Syria (2024-)"
CMR = "Military Forces of Cameroon (1982-)"; JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
OLA = "OLA: Oromo Liberation Army"
USA_POL = "Police Forces of the United States (2025-)"
IDN = "Military Forces of Indonesia (2024-)"; TPNPB = "TPNPB: West Papua National Liberation Army"
PER_POL = "Police Forces of Peru (2025-)"; PER_GOV = "Government of Peru (2025-)"
FRA_POL = "Police Forces of France (2017-)"; FRA_GOV = "Government of France (2017-)"
PHL_2016 = "Military Forces of the Philippines (2016-2022)"; DI = "Dawlah Islamiyah"
COD_GOV = "Government of Democratic Republic of Congo (2019-)"
NER = "Military Forces of Niger (2023-)"; TCD = "Military Forces of Chad (2021-)"
ADF = "ADF: Allied Democratic Forces"; MOZ_POL = "Police Forces of Mozambique (2025-)"; GIN_POL = "Police Forces of Guinea (2021-)"
MDG_POL = "Police Forces of Madagascar (2025-)"; ZANU = "ZANU-PF: Zimbabwe African National Union-Patriotic Front"
LBN = "Military Forces of Lebanon (2025-)"
BFA = "Military Forces of Burkina Faso (2022-)"; VDP = "VDP: Volunteers for the Defense of the Homeland"
LAK = "Lakurawa"
ELN = "ELN: National Liberation Army"; F33 = "33rd Front"
IRN_POL = "Police Forces of Iran (1989-)"; IRGC = "Islamic Revolutionary Guard Corps"; JAA = "Jaish al-Adl"; KDPI = "KDPI: Kurdistan Democratic Party of Iran"
SOM_POL = "Police Forces of Somalia (2022-)"
KIA = "KIA: Kachin Independence Army"
GTM_POL = "Police Forces of Guatemala (2024-)"; GTM_GOV = "Government of Guatemala (2024-)"; B18 = "Barrio 18"
FLNC = "FLNC: National Liberation Front of Corsica"
BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"
THA_GOV = "Government of Thailand (2025-)"; KHM = "Military Forces of Cambodia (2023-)"
SSD = "Military Forces of South Sudan (2011-)"; WHITE = "White Army"
BEN = "Military Forces of Benin (2016-)"; TGO_POL = "Police Forces of Togo (2005-)"
BLA = "BLA: Balochistan Liberation Army"
NPL_POL = "Police Forces of Nepal (2025-)"; NPL_GOV = "Government of Nepal (2025-)"
TTO_POL = "Police Forces of Trinidad and Tobago (2025-)"; TTO_MIL = "Military Forces of Trinidad and Tobago (2025-)"; TTO_GOV = "Government of Trinidad and Tobago (2025-)"
SLV_POL = "Police Forces of El Salvador (2019-)"; SLV_MIL = "Military Forces of El Salvador (2019-)"; SLV_GOV = "Government of El Salvador (2019-)"; MS13 = "MS-13: Mara Salvatrucha"
AAKG = "Azande Ani Kpi Gbe"; MINUSCA = "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"
IRQ_POL = "Police Forces of Iraq (2022-)"
CODECO = "CODECO: Cooperative for Development of Congo"; COD = "Military Forces of Democratic Republic of Congo (2019-)"
HND_POL = "Police Forces of Honduras (2026-)"
SLB_POL = "Police Forces of Solomon Islands (2024-)"
AFG_POL = "Police Forces of Afghanistan (2021-)"; ISKP = "Islamic State Khorasan Province"; NRF = "NRF: National Resistance Front"
DEU_POL = "Police Forces of Germany (2025-)"
IND = "Military Forces of India (2014-)"
GHA_GOV = "Government of Ghana (2025-)"; KUSASI = "Kusasi Ethnic Militia (Ghana)"; MAMPRUSI = "Mamprusi Ethnic Militia (Ghana)"
TUN_POL = "Police Forces of Tunisia (2019-)"
MWI_POL = "Police Forces of Malawi (2025-)"
TZA_POL = "Police Forces of Tanzania (2021-)"; CHADEMA = "CHADEMA: Party for Democracy and Progress"
JAM_POL = "Police Forces of Jamaica (2016-)"
PNG_TRIBE = "Unidentified Tribal Militia (Papua New Guinea)"
NGA_GOV = "Government of Nigeria (2023-)"; FUL = "Fulani Ethnic Militia (Nigeria)"
AA = "Arakan Army"
SYR_POL = "Police Forces of Syria (2024-)"
PAK_GOV = "Government of Pakistan (2024-)"; PAK_TRIBE = "Unidentified Tribal Militia (Pakistan)"
PHL_CLAN = "Unidentified Clan Militia (Philippines)"
FEMC = "FARC-EMC: Central General Staff"
MEX = "Military Forces of Mexico (2024-)"

STORIES = [
S("st-aj-001", "2026-02-17", """NIGERIA-SECURITY/KATSINA
Gunmen seize dozens of worshippers from Katsina mosque; vigilantes kill seven bandits

KATSINA, Nigeria, Feb 17 (Wire) - Gunmen stormed a mosque in the village of Unguwan Kawo in Faskari local government area of Katsina state during dawn prayers on Sunday and took away at least 38 worshippers, police and residents said on Tuesday.

A resident who escaped said about 30 men on motorcycles surrounded the mosque at around 5:30 a.m. and shot dead the muezzin when he tried to run. "They marched everyone outside, even the old men, and led them into the bush towards the Rugu forest," he said by telephone.

State police spokesman Abubakar Sadiq said tactical teams had been deployed to the area and that efforts were under way to rescue the victims unhurt. He put the number of people taken at 31; residents said the count was at least 38 after families compared lists.

On Monday, local vigilantes fought a group of bandits who were driving stolen cattle near Bakori, about 50 km to the east, killing seven of them and recovering more than 100 cows, a vigilante leader said. Two vigilantes were killed and three wounded.

Katsina's southern districts have been hit repeatedly by armed gangs, known locally as bandits, who raid villages and hold residents for ransom. In December, gunmen killed 14 people at a wedding party in Dandume, and on January 9 about 20 farmers were abducted from their fields near Malumfashi. A local rights group says more than 400 people have been kidnapped in the state since October.""", [
  E(cur, "Abduction/forced disappearance", "took away at least 38 worshippers", P("Faskari", "NG", 2, lat=11.72, lon=7.03, a1="Katsina", a2="Faskari"), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=1),
  E(cur, "Armed clash", "local vigilantes fought a group of bandits who were driving stolen cattle near Bakori", P("Bakori", "NG", 2, lat=11.56, lon=7.42, a1="Katsina", a2="Bakori"), "monday",
    a1=VIG, i1=3, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=9, inj=3),
  E(bg, "Attack", "gunmen killed 14 people at a wedding party in Dandume", P("Dandume", "NG", 1, lat=11.46, lon=7.13, a1="Katsina", a2="Dandume"), "2025-12-01", tp=3,
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=14),
  E(bg, "Abduction/forced disappearance", "about 20 farmers were abducted from their fields near Malumfashi", P("Malumfashi", "NG", 2, lat=11.79, lon=7.62, a1="Katsina", a2="Malumfashi"), "2026-01-09",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7),
]),

S("st-aj-002", "2026-05-12", """LIVE: Kharkiv region under attack - updates

07:40 Kharkiv was hit by four guided aerial bombs overnight, mayor Ihor Terekhov says on Telegram. Two people were killed and 11 injured in the Saltivskyi district, where a bomb struck between two apartment blocks.

08:15 Correction: the mayor now says the bombs hit the Kyivskyi district, not Saltivskyi. The toll is unchanged: two dead, 11 hurt.

09:30 Zolochiv: a drone hit a bus stop in the town this morning, injuring three people, regional governor Oleh Syniehubov says. No one was killed. Zolochiv lies about 10 km from the Russian border, north-west of Kharkiv.

11:05 Russia's defence ministry claims its troops have "liberated" the village of Kindrashivka, north of Kupiansk. Ukraine's General Staff says the claim is false and that Ukrainian troops are still fighting Russian assault groups on the village's outskirts.

12:40 Ukraine's air force says it shot down 41 of the 57 drones Russia launched at the country overnight.

14:10 Kharkiv police say they have detained a man suspected of filming the aftermath of the night's strike and passing the videos to Russian Telegram channels.

15:55 Summary: two dead and 11 injured in the bombing of Kharkiv's Kyivskyi district; three hurt in Zolochiv; fighting near Kupiansk; a suspected informer detained. We are closing this blog for today.""", [
  E(cur, "Air/drone strike", "Kharkiv was hit by four guided aerial bombs overnight", P("Kharkiv", "UA", 2, lat=49.98, lon=36.25, a1="Kharkiv", a2="Kharkiv"), 0, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=11),
  E(cur, "Air/drone strike", "a drone hit a bus stop in the town this morning", P("Zolochiv", "UA", 1, lat=50.27, lon=35.98, a1="Kharkiv", a2="Bohodukhivskyi"), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=3),
  unscored(E(neg, "Non-state actor overtakes territory", "claims its troops have \"liberated\" the village of Kindrashivka", P("Kindrashivka", "UA", 1, lat=49.77, lon=37.58, a1="Kharkiv", a2="Kupiansk"),
             a1=RUS, i1=8, a2=UKR, i2=1), "event_date", "time_precision"),
  E(cur, "Armed clash", "Ukrainian troops are still fighting Russian assault groups on the village's outskirts", P("Kindrashivka", "UA", 2, lat=49.77, lon=37.58, a1="Kharkiv", a2="Kupiansk"), 0, tp=2,
    a1=UKR, i1=1, a2=RUS, i2=8),
  E(cur, "Arrests", "they have detained a man suspected of filming the aftermath of the night's strike", P("Kharkiv", "UA", 1, lat=49.98, lon=36.25, a1="Kharkiv", a2="Kharkiv"), 0, tp=2,
    a1=UKR_POL, i1=1, a2="Civilians (Ukraine)", i2=7),
], register="live"),

S("st-aj-003", "2026-11-24", """FEDERAL REPUBLIC OF SOMALIA
MINISTRY OF DEFENCE
PRESS RELEASE

Mogadishu, 24 November 2026

Operation in Middle Shabelle: 23 Khawarij eliminated

1. Acting on information obtained from three Khawarij members who were arrested by our forces in Jowhar on Friday, 20 November, the Somali National Army (SNA), together with local Macawisley forces, carried out a planned operation on Sunday, 22 November, against Khawarij hideouts in the farmlands east of Mahaday Weyne.

2. During the operation, which lasted several hours, our forces killed 23 Khawarij members, among them two commanders responsible for planting explosives on the main road, and destroyed two vehicles and a weapons store. Three of our soldiers sustained light injuries.

3. On Monday, 23 November, the Khawarij attempted to attack our positions on the outskirts of Jowhar in revenge for their losses. Our forces repulsed the attack and killed nine of the attackers.

4. The Ministry dismisses as baseless the propaganda spread by the Khawarij on their websites claiming that they had overrun an army base near Jowhar and seized weapons. No base has been overrun, and our forces are in full control of the area.

5. The Ministry calls on the public to continue to cooperate with the security forces and to report any suspicious movements.

-ENDS-
For more information, contact the Media and Communications Office, Ministry of Defence.
Follow us on our official channels. Copyright (c) 2026 Ministry of Defence, Federal Government of Somalia.""", [
  E(cur, "Arrests", "three Khawarij members who were arrested by our forces in Jowhar on Friday", P("Jawhar", "SO", 1, lat=2.78, lon=45.5, a1="Middle Shabelle"), "2026-11-20",
    a1=SOM, i1=1, a2=SHB, i2=2),
  E(cur, "Armed clash", "carried out a planned operation on Sunday, 22 November, against Khawarij hideouts in the farmlands east of Mahaday Weyne", P("Mahaddayweyne", "SO", 2, lat=2.97, lon=45.53, a1="Middle Shabelle"), "2026-11-22",
    a1=SOM, i1=1, a2=SHB, i2=2, fat=23, inj=3, assoc_actor_1=MACA),
  E(cur, "Armed clash", "Our forces repulsed the attack and killed nine of the attackers", P("Jawhar", "SO", 2, lat=2.78, lon=45.5, a1="Middle Shabelle"), "2026-11-23",
    a1=SOM, i1=1, a2=SHB, i2=2, fat=9),
  unscored(E(neg, "Non-state actor overtakes territory", "claiming that they had overrun an army base near Jowhar", P("Jawhar", "SO", 2, lat=2.78, lon=45.5, a1="Middle Shabelle"),
             a1=SHB, i1=2, a2=SOM, i2=1), "event_date", "time_precision"),
], register="official"),

S("st-aj-004", "2026-07-21", """(Translated from Spanish)

Cauca: dissidents attack the police station in Buenos Aires with drones; two soldiers killed in rural Suarez

POPAYAN (Regional press) - The police station in the municipal seat of Buenos Aires, in the north of Cauca, came under attack on Sunday night with explosives dropped from drones and with rifle fire from the surrounding hills, the department's police commander said on Monday. One patrolman was wounded and at least six houses around the station were damaged. The commander blamed the attack on the Jaime Martinez column, a dissident faction of the former FARC.

On Monday afternoon, two soldiers of the army's Third Division were killed and four wounded in a rural area of neighbouring Suarez when their unit came under fire from members of the same column while escorting a team repairing a power line, the army said.

Residents of Timba, a hamlet of Buenos Aires on the road to Jamundi, said that pamphlets signed by the column appeared on Sunday morning announcing a curfew from 8 p.m. and warning that anyone found on the roads after that hour "will be considered a military target". Community leaders said shops closed early on Sunday and Monday.

The Buenos Aires station had already been attacked in January, when a motorcycle loaded with explosives blew up outside it without causing injuries.""", [
  E(cur, "Armed clash", "The police station in the municipal seat of Buenos Aires, in the north of Cauca, came under attack on Sunday night with explosives dropped from drones and with rifle fire", P("Buenos Aires", "CO", 1, lat=3.01, lon=-76.65, a1="Cauca", a2="Buenos Aires"), "sunday",
    a1=JMC, i1=2, a2=COL_POL, i2=1, inj=1),
  E(cur, "Armed clash", "their unit came under fire from members of the same column", P("Suarez", "CO", 2, lat=2.95, lon=-76.7, a1="Cauca", a2="Suarez"), "monday",
    a1=JMC, i1=2, a2=COL, i2=1, fat=2, inj=4),
  E(cur, "Other", "pamphlets signed by the column appeared on Sunday morning announcing a curfew from 8 p.m.", P("Timba", "CO", 1, lat=3.12, lon=-76.63, a1="Cauca"), "sunday",
    a1=JMC, i1=2, a2="Civilians (Colombia)", i2=7),
  E(bg, "Remote explosive/landmine/IED", "a motorcycle loaded with explosives blew up outside it without causing injuries", P("Buenos Aires", "CO", 1, lat=3.01, lon=-76.65, a1="Cauca", a2="Buenos Aires"), "2026-01-01", tp=3,
    a1="Unidentified Armed Group (Colombia)", i1=3, a2=COL_POL, i2=1, fat=0, inj=0),
], register="local"),

S("st-aj-005", "2026-03-10", """Militants storm police station in Pakistan's Tank; market bomb kills four near Afghan border

PESHAWAR, Pakistan, March 10 (Wire) - Militants armed with rifles and hand grenades attacked a police station in the city of Tank in northwestern Khyber Pakhtunkhwa province late on Monday, killing three policemen before being driven off after a gunfight that lasted nearly two hours, police said. Two of the attackers were killed.

A faction of the Pakistani Taliban (TTP) said in a message to reporters that its fighters had carried out the raid. The provincial police chief visited Tank on Tuesday and announced compensation for the families of the dead officers.

Earlier on Monday, a bomb hidden in a parked motorcycle went off in the main bazaar of Landi Kotal, near the Torkham border crossing with Afghanistan, killing four people and wounding 15, district officials said. No group said it was behind that blast.

The police station in Tank was attacked with a small drone in November, wounding two officers. The TTP has warned that it will target any police officer who takes part in operations against it.

More than 1,100 people, most of them members of the security forces, were killed in militant violence in Khyber Pakhtunkhwa last year, according to an Islamabad-based research group.""", [
  E(cur, "Armed clash", "attacked a police station in the city of Tank", P("Tank", "PK", 1, lat=32.22, lon=70.38, a1="Khyber Pakhtunkhwa", a2="Tank"), "monday",
    a1=TTP, i1=2, a2=PAK_POL, i2=1, fat=5),
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a parked motorcycle went off in the main bazaar of Landi Kotal", P("Landi Kotal", "PK", 1, lat=34.1, lon=71.14, a1="Khyber Pakhtunkhwa", a2="Khyber Agency"), "monday",
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2="Civilians (Pakistan)", i2=7, fat=4, inj=15),
  E(bg, "Air/drone strike", "The police station in Tank was attacked with a small drone in November", P("Tank", "PK", 1, lat=32.22, lon=70.38, a1="Khyber Pakhtunkhwa", a2="Tank"), "2025-11-01", tp=3,
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2=PAK_POL, i2=1, inj=2),
  E(thr, "Armed clash", "The TTP has warned that it will target any police officer", P("Khyber Pakhtunkhwa", "PK", 3, lat=34.01, lon=71.58, a1="Khyber Pakhtunkhwa"),
    a1=TTP, i1=2, a2=PAK_POL, i2=1),
]),

S("st-aj-006", "2026-07-09", """Sudan's RSF overrun Um Ruwaba, army says it has taken it back

PORT SUDAN, July 9 (Wire) - Sudan's paramilitary Rapid Support Forces (RSF) overran the town of Um Ruwaba in North Kordofan on Sunday after a day of fighting with the army, residents said, and the army said on Wednesday that its troops had driven them out again on Tuesday.

The RSF entered Um Ruwaba from the north-east on Sunday morning and held the town centre by nightfall, two residents said. A doctors' group said the paramilitaries then went from house to house in the eastern neighbourhoods on Sunday night and Monday, killing at least 40 civilians, among them men accused of supporting the army. The RSF denied targeting civilians.

The army said in a statement on Wednesday that its troops and allied fighters had "liberated" Um Ruwaba on Tuesday after fierce fighting, killing "dozens" of the militia. The RSF said it had withdrawn "for tactical reasons".

On Tuesday, an RSF drone struck a fuel depot in El Obeid, the state capital, about 120 km to the west, setting several tanks on fire. No casualties were reported.

The war between the army and the RSF, now in its fourth year, has killed tens of thousands of people and forced more than 12 million from their homes.""", [
  E(cur, "Non-state actor overtakes territory", "overran the town of Um Ruwaba in North Kordofan on Sunday", P("Umm Ruwaba", "SD", 1, lat=12.91, lon=31.22, a1="North Kordofan"), "sunday",
    a1=RSF, i1=2, a2=SDN, i2=1),
  E(cur, "Attack", "went from house to house in the eastern neighbourhoods on Sunday night and Monday, killing at least 40 civilians", P("Umm Ruwaba", "SD", 1, lat=12.91, lon=31.22, a1="North Kordofan"), "sunday", tp=2,
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=40),
  E(cur, "Government regains territory", "its troops and allied fighters had \"liberated\" Um Ruwaba on Tuesday", P("Umm Ruwaba", "SD", 1, lat=12.91, lon=31.22, a1="North Kordofan"), "tuesday",
    a1=SDN, i1=1, a2=RSF, i2=2, fat=12),
  E(cur, "Air/drone strike", "an RSF drone struck a fuel depot in El Obeid", P("El Obeid", "SD", 1, lat=13.18, lon=30.22, a1="North Kordofan"), "tuesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
]),

S("st-aj-007", "2026-07-07", """ECUADOR-VIOLENCE/
Gunmen kill eight at cockfighting ring in Ecuador's El Oro; four held in raid

MACHALA, Ecuador, July 7 (Wire) - Gunmen killed eight people at a cockfighting arena in the town of Santa Rosa in Ecuador's southern El Oro province on Saturday night, police said, the latest massacre in a war between drug gangs for the province's port and border routes.

About a dozen men arrived in two pickup trucks shortly before 11 p.m. and opened fire on spectators in the stands, a police officer at the scene said. Eight people died on the spot and five were taken to hospital with gunshot wounds.

The massacre at the "gallera", as local media called it, was the deadliest in El Oro this year. The provincial police chief said the shooting was a reprisal by Los Lobos against a rival cell that ran the betting at the ring.

On Monday, police raided three houses in the neighbouring town of Pasaje and arrested four suspected members of Los Lobos in connection with the killings, seizing two rifles and one of the pickups, the interior ministry said.

President Daniel Noboa's government on Monday extended the state of emergency in El Oro for another 60 days. In March, a car bomb went off outside a shopping centre in Machala, the provincial capital, without causing casualties.""", [
  E(cur, "Attack", "Gunmen killed eight people at a cockfighting arena in the town of Santa Rosa", P("Santa Rosa", "EC", 1, lat=-3.46, lon=-79.96, a1="El Oro", a2="Canton Santa Rosa"), "saturday",
    a1=LOBOS, i1=3, a2="Civilians (Ecuador)", i2=7, fat=8, inj=5),
  E(cur, "Arrests", "arrested four suspected members of Los Lobos in connection with the killings", P("Pasaje", "EC", 1, lat=-3.33, lon=-79.81, a1="El Oro", a2="Pasaje"), "monday",
    a1=ECU_POL, i1=1, a2=LOBOS, i2=3),
  E(cur, "Other", "extended the state of emergency in El Oro for another 60 days", P("El Oro", "EC", 3, lat=-3.26, lon=-79.96, a1="El Oro"), "monday",
    a1=ECU_GOV, i1=1),
  E(bg, "Remote explosive/landmine/IED", "a car bomb went off outside a shopping centre in Machala", P("Machala", "EC", 1, lat=-3.26, lon=-79.96, a1="El Oro", a2="Machala"), "2026-03-01", tp=3,
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=0, inj=0),
]),

S("st-aj-008", "2026-01-20", """(Translated from Burmese; published by an exile news outlet)

Junta air strike kills 11 villagers in Tabayin township; resistance fighters attack Kyunhla police station

A junta aircraft dropped two bombs on the village of Nwe Nyein in Tabayin township, Sagaing region, at about 2 p.m. on January 17, killing 11 villagers, four of them children, and wounding at least 20, a member of the local resistance administration told our reporter. About 40 houses were destroyed by the fire that followed. Residents said there had been no fighting near the village.

On the night of January 18, fighters of the local People's Defence Force (PDF) attacked the police station in Kyunhla town with drones and small arms. Three policemen were killed, and one PDF fighter died of his wounds the next day, the group said in a statement. The station was still under junta control.

On Monday, junta soldiers detained about 30 young men at the market in Shwebo and took them to a battalion camp for military training under the conscription law, relatives said. Shopkeepers said many young people now avoid the market.

Photo: Villagers of Tabayin township carry the coffin of a victim of an earlier air strike, in April 2024 (file photo)""", [
  E(cur, "Air/drone strike", "A junta aircraft dropped two bombs on the village of Nwe Nyein in Tabayin township", P("Tabayin", "MM", 2, lat=22.69, lon=95.34, a1="Sagaing"), "2026-01-17",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=11, inj=20),
  E(cur, "Armed clash", "fighters of the local People's Defence Force (PDF) attacked the police station in Kyunhla town", P("Kyunhla", "MM", 1, lat=23.34, lon=95.3, a1="Sagaing"), "2026-01-18",
    a1=PDF, i1=2, a2=MMR_POL, i2=1, fat=4),
  E(cur, "Arrests", "junta soldiers detained about 30 young men at the market in Shwebo", P("Shwebo", "MM", 1, lat=22.57, lon=95.7, a1="Sagaing", a2="Shwebo"), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7),
], register="local"),

S("st-aj-009", "2026-07-14", """UNITED NATIONS INTEGRATED OFFICE IN HAITI (BINUH)
Human Rights Service - Monthly situation note, June 2026

Summary. In June 2026, the Human Rights Service documented at least 488 people killed and 203 injured in gang-related violence across the country, and 87 people kidnapped. Since January 2026, at least 1,850 people have been killed. Most of the victims were killed in the Ouest and Artibonite departments.

Selected incidents.
- On 3 June, members of the Gran Grif gang attacked the commune of Petite-Riviere-de-l'Artibonite, killing at least 12 residents, including two children, and setting fire to about 30 homes.
- On 27 June, members of the Viv Ansanm coalition attacked a police position in Kenscoff. Two police officers were killed in the exchange of fire, which lasted several hours.
- On 29 June, a drone strike carried out by the government's task force on a house in Cite Soleil killed four suspected gang members and a 12-year-old girl who lived next door.
- On 30 June, in Petion-Ville, residents seized two men they accused of belonging to a gang, beat them and burned them to death.

The Human Rights Service reiterates its call on the authorities to ensure that operations against gangs respect the principles of necessity and proportionality.

Methodology: figures are compiled from interviews with victims and witnesses, hospital and police records, and are provisional.""", [
  E(cur, "Attack", "members of the Gran Grif gang attacked the commune of Petite-Riviere-de-l'Artibonite", P("Petite Riviere de l'Artibonite", "HT", 1, lat=19.13, lon=-72.48, a1="Artibonite"), "2026-06-03",
    a1=GRANGRIF, i1=3, a2="Civilians (Haiti)", i2=7, fat=12),
  E(cur, "Armed clash", "members of the Viv Ansanm coalition attacked a police position in Kenscoff", P("Kenscoff", "HT", 1, lat=18.45, lon=-72.28, a1="Ouest"), "2026-06-27",
    a1=VIV, i1=3, a2=HTI_POL, i2=1, fat=2),
  E(cur, "Air/drone strike", "a drone strike carried out by the government's task force on a house in Cite Soleil", P("Cite Soleil", "HT", 1, lat=18.58, lon=-72.34, a1="Ouest"), "2026-06-29",
    a1=HTI_POL, i1=1, a2="Unidentified Armed Group (Haiti)", i2=3, fat=5),
  E(cur, "Mob violence", "residents seized two men they accused of belonging to a gang, beat them and burned them to death", P("Petionville", "HT", 1, lat=18.51, lon=-72.29, a1="Ouest"), "2026-06-30",
    a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=2),
], register="ngo"),

S("st-aj-010", "2026-07-08", """Kenyan police fire tear gas at Nakuru protest over MP's arrest

NAKURU, Kenya, July 8 (Wire) - Kenyan police fired tear gas and used water cannon on Tuesday to break up a protest by several hundred people in the town of Nakuru who were demanding the release of a local opposition lawmaker, and arrested 23 people, police said.

The protesters had marched from the main bus park towards the county police headquarters, singing and waving branches, when officers in riot gear blocked the road and fired canisters into the crowd. Groups regrouped in side streets and were chased by officers for more than an hour, witnesses said. A photographer for a local newspaper was hit on the leg by a canister.

"We were only singing. They attacked us," said a trader who took part. The county police commander said officers had used "minimum force" to disperse "an unlawful gathering".

The lawmaker was arrested at his home in Njoro on Sunday over remarks at a funeral that police said amounted to incitement to violence. He is due in court on Thursday. Opposition leaders said they would hold protests in every county next week if he was not released.""", [
  E(cur, "Protest with intervention", "break up a protest by several hundred people in the town of Nakuru", P("Nakuru", "KE", 1, lat=-0.31, lon=36.07, a1="Nakuru"), "tuesday",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1, inj=1),
  E(cur, "Arrests", "The lawmaker was arrested at his home in Njoro on Sunday", P("Njoro", "KE", 1, lat=-0.33, lon=35.94, a1="Nakuru"), "sunday",
    a1=KEN_POL, i1=1, a2="Civilians (Kenya)", i2=7),
  E(hyp, "Peaceful protest", "they would hold protests in every county next week", C("KE"),
    a1="Protesters (Kenya)", i1=6),
]),
S("st-aj-011", "2026-03-25", """Gaza war death toll passes 72,000, health ministry says, as bodies are pulled from rubble

GAZA/CAIRO, March 25 (Wire) - The number of Palestinians killed in the Gaza war has risen above 72,000, the enclave's health ministry said on Wednesday, as civil defence teams kept pulling bodies from the ruins of buildings destroyed before the ceasefire of October 2025.

The ministry said 318 bodies had been recovered from under the rubble since the ceasefire took effect and added to the toll, along with deaths confirmed by families through an online form. It does not say how many of the dead were fighters. Israel says its forces killed about 20,000 militants during the war, without giving evidence.

Among the bodies identified this month were those of 14 members of the Abu Sharekh family, who were killed when an air strike flattened their three-storey home in the Sheikh Radwan neighbourhood of Gaza City on 9 October 2024, a cousin said. "We buried them two days ago, seventeen months late," he said.

Civil defence officials say about 9,000 people are still missing under the rubble. The United Nations estimates that more than 90 percent of Gaza's population has been displaced at least once.

Israel's defence minister said on Tuesday that Israel would "return to fighting with full force" if Hamas did not hand over its weapons under the second phase of the truce plan. Hamas has said it will not disarm while Israeli troops remain in the territory.

Photo: Civil defence workers search the ruins of a building in Gaza City, November 2024 (file photo).""", [
  E(bg, "Air/drone strike", "an air strike flattened their three-storey home in the Sheikh Radwan neighbourhood of Gaza City", P("Gaza", "PS", 2, lat=31.5, lon=34.47, a1="Gaza Strip", a2="Gaza"), "2024-10-09",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=14),
  E(thr, "Armed clash", "Israel would \"return to fighting with full force\"", P("Gaza Strip", "PS", 3, lat=31.5, lon=34.47, a1="Gaza Strip"),
    a1=ISR, i1=8, a2="Hamas Movement", i2=2),
]),

S("st-aj-012", "2026-11-10", """MEXICO-VIOLENCE/
Gunmen kill six in Salamanca bar; drones drop explosives on Michoacan village

MEXICO CITY, Nov 10 (Wire) - Gunmen burst into a bar in the city of Salamanca in the central Mexican state of Guanajuato late on Saturday and opened fire on customers, killing six people and wounding four, state prosecutors said on Sunday.

Prosecutors said the attack was carried out by a cell of the Santa Rosa de Lima cartel, which has fought the Jalisco New Generation Cartel (CJNG) for years for control of fuel theft and drug sales in the state. Salamanca, home to one of the country's largest oil refineries, has one of the highest murder rates in Mexico.

In the neighbouring state of Michoacan, residents of El Aguaje, a village in Aguililla municipality, said drones dropped explosives on houses early on Monday, wounding a woman and her two children. They blamed the CJNG, which has fought local armed groups in the area for years.

National Guard troops clashed with gunmen on a dirt road near Apatzingan on Monday afternoon, killing four of them, the federal security ministry said. One guardsman was wounded.

Michoacan's state government denied reports on social media that an army helicopter had been shot down near Tepalcatepec on Monday, saying the aircraft had made a precautionary landing because of a mechanical fault.""", [
  E(cur, "Attack", "Gunmen burst into a bar in the city of Salamanca", P("Salamanca", "MX", 1, lat=20.57, lon=-101.2, a1="Guanajuato", a2="Salamanca"), "saturday",
    a1=CSRL, i1=3, a2="Civilians (Mexico)", i2=7, fat=6, inj=4),
  E(cur, "Air/drone strike", "drones dropped explosives on houses early on Monday", P("Aguililla", "MX", 2, lat=18.74, lon=-102.79, a1="Michoacan", a2="Aguililla"), "monday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, inj=3),
  E(cur, "Armed clash", "National Guard troops clashed with gunmen on a dirt road near Apatzingan", P("Apatzingan", "MX", 2, lat=19.09, lon=-102.36, a1="Michoacan", a2="Apatzingan"), "monday",
    a1=MEX_GN, i1=1, a2="Unidentified Armed Group (Mexico)", i2=3, fat=4, inj=1),
  unscored(E(neg, "Armed clash", "an army helicopter had been shot down near Tepalcatepec", P("Tepalcatepec", "MX", 2, lat=19.19, lon=-102.85, a1="Michoacan", a2="Tepalcatepec")),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2"),
]),

S("st-aj-013", "2026-10-13", """HEADQUARTERS, 4TH INFANTRY (DIAMOND) DIVISION
PHILIPPINE ARMY
Camp Edilberto Evangelista, Cagayan de Oro City

PRESS RELEASE No. 2026-118
13 October 2026

Three NPA terrorists killed in Bukidnon encounter; five return to the fold in Malaybalay

IMPASUGONG, Bukidnon - Troops of the 88th Infantry (Maringal) Battalion engaged about 15 members of the New People's Army (NPA) in Barangay Kalabugao, Impasugong, at about 6:30 a.m. on Saturday, 10 October, after residents reported the presence of armed men near their farms. The firefight lasted about 30 minutes. Three NPA members were killed, while no casualties were reported on the government side. Troops recovered four high-powered firearms.

On Sunday, a clearing operation in the area led the troops to an arms cache buried near the encounter site containing 12 rifles, two anti-personnel mines and assorted ammunition.

Meanwhile, on Monday, five members of the NPA's Sub-Regional Committee 1 surrendered to the 8th Infantry Battalion in Malaybalay City, bringing with them three firearms. They will receive assistance under the government's reintegration programme.

"The 4ID will continue to protect the communities of Bukidnon. We call on the remaining members of the CPP-NPA to abandon the armed struggle and return to the fold of the law," the Division Commander said.

Division Public Affairs Office
4th Infantry Division, Philippine Army
#TeamDiamond #ServingThePeople""", [
  E(cur, "Armed clash", "Troops of the 88th Infantry (Maringal) Battalion engaged about 15 members of the New People's Army (NPA) in Barangay Kalabugao", P("Calabugao", "PH", 1, lat=8.46, lon=125.16, a1="Northern Mindanao", a2="Bukidnon"), "2026-10-10",
    a1=PHL, i1=1, a2=NPA, i2=2, fat=3),
  E(cur, "Disrupted weapons use", "a clearing operation in the area led the troops to an arms cache", P("Calabugao", "PH", 2, lat=8.46, lon=125.16, a1="Northern Mindanao", a2="Bukidnon"), "2026-10-11",
    a1=PHL, i1=1, a2=NPA, i2=2),
  E(cur, "Change to group/activity", "five members of the NPA's Sub-Regional Committee 1 surrendered to the 8th Infantry Battalion in Malaybalay City", P("Malaybalay", "PH", 1, lat=8.16, lon=125.13, a1="Northern Mindanao", a2="Bukidnon"), "monday",
    a1=NPA, i1=2),
], register="official"),

S("st-aj-014", "2026-06-16", """Six Maoists killed in Bijapur encounter; IED blast wounds two CRPF jawans

RAIPUR, June 16 (Regional press) - Six Maoists, among them two women cadres, were killed in an encounter with security forces in the forests near Gangaloor in Chhattisgarh's Bijapur district on Sunday, police said.

A joint team of the District Reserve Guard (DRG) and the CRPF's CoBRA unit had set out on Saturday night on information about a meeting of senior cadres. The exchange of fire began at around 7 a.m. on Sunday and went on intermittently for several hours, a senior officer said. The bodies were recovered along with an AK-47 rifle, an INSAS rifle and explosives. "With this, 94 Maoists have been neutralised in the Bastar division this year," the Inspector General of Police, Bastar range, said.

On Monday, two CRPF jawans were injured when an IED planted by the Maoists went off during a road-opening patrol near Awapalli in the same district. Both were airlifted to Raipur and are out of danger.

Police also said that on Friday night Maoists had killed a villager from Pidia, near Gangaloor, after accusing him of being a police informer. A pamphlet left next to the body claimed responsibility.""", [
  E(cur, "Armed clash", "Six Maoists, among them two women cadres, were killed in an encounter with security forces in the forests near Gangaloor", P("Gangaloor", "IN", 2, lat=18.8, lon=80.98, a1="Chhattisgarh"), "sunday",
    a1=IND_POL, i1=1, a2=CPIM, i2=2, fat=6),
  E(cur, "Remote explosive/landmine/IED", "an IED planted by the Maoists went off during a road-opening patrol near Awapalli", P("Bijapur", "IN", 2, lat=18.79, lon=80.82, a1="Chhattisgarh", a2="Bijapur"), "monday",
    a1=CPIM, i1=2, a2=IND_POL, i2=1, inj=2),
  E(cur, "Attack", "Maoists had killed a villager from Pidia, near Gangaloor", P("Gangaloor", "IN", 2, lat=18.8, lon=80.98, a1="Chhattisgarh"), "friday",
    a1=CPIM, i1=2, a2="Civilians (India)", i2=7, fat=1),
], register="local"),

S("st-aj-015", "2026-02-03", """(Translated from Bangla)

Hajiganj: one killed in BNP-Jamaat clash over election posters; 14 arrested

CHANDPUR (Local press) - A man was killed and at least 25 people were injured when supporters of the BNP and Jamaat-e-Islami fought each other with sticks, bricks and sharp weapons in the municipal area of Hajiganj upazila on Sunday afternoon, police and locals said.

The clash began after an argument over the putting up of election posters near the Hajiganj bazaar and spread to the nearby college road, witnesses said. Police fired rubber bullets and tear gas shells to bring the situation under control. The dead man, a 42-year-old tea-stall owner, was a Jamaat activist, his party said. BNP local leaders said 11 of their men were in hospital.

Police arrested 14 people from both parties in raids on their homes overnight into Monday and filed a case against 300 unnamed people, the officer-in-charge of Hajiganj police station said.

In Dhaka, hundreds of students rallied at Shahbag on Monday demanding a violence-free election. The parliamentary election is due on February 12.""", [
  E(cur, "Mob violence", "supporters of the BNP and Jamaat-e-Islami fought each other with sticks, bricks and sharp weapons", P("Hajiganj", "BD", 1, lat=23.25, lon=90.86, a1="Chattogram", a2="Chandpur"), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=25),
  E(cur, "Arrests", "Police arrested 14 people from both parties in raids on their homes overnight into Monday", P("Hajiganj", "BD", 1, lat=23.25, lon=90.86, a1="Chattogram", a2="Chandpur"), "monday",
    a1=BGD_POL, i1=1, a2="Rioters (Bangladesh)", i2=5),
  E(cur, "Peaceful protest", "hundreds of students rallied at Shahbag on Monday", P("Dhaka", "BD", 2, lat=23.71, lon=90.41, a1="Dhaka", a2="Dhaka"), "monday",
    a1="Protesters (Bangladesh)", i1=6),
], register="local"),

S("st-aj-016", "2026-10-22", """DR Congo: militias move into Kalehe after M23 pulls out, rebels take it back two days later

BUKAVU, Democratic Republic of Congo, Oct 22 (Wire) - Pro-government Wazalendo militiamen moved into the town of Kalehe on the western shore of Lake Kivu on Monday after M23 rebels pulled out during the night, residents said, but the rebels seized the town again on Wednesday after several hours of fighting.

"The M23 left in the night without firing a shot, and the Wazalendo walked in in the morning," a resident said by telephone. Militiamen raised flags at the market and at the administrator's office.

On Wednesday, M23 fighters coming from the direction of Minova attacked the militia positions at dawn and drove the Wazalendo back into the hills by midday, two residents and a civil society leader said. At least nine people were killed, among them three civilians hit by stray bullets, the civil society leader said.

The M23's spokesman said the movement had "restored order" in Kalehe. The rebels, who say they are backed by no foreign state, have held much of North and South Kivu since early 2025.

Photo: M23 fighters on patrol in Bukavu, February 2025 (file photo).""", [
  E(cur, "Non-violent transfer of territory", "Pro-government Wazalendo militiamen moved into the town of Kalehe", P("Kalehe", "CD", 1, lat=-2.11, lon=28.91, a1="South Kivu"), "monday",
    a1=WAZ, i1=3, a2=M23, i2=2),
  E(cur, "Non-state actor overtakes territory", "the rebels seized the town again on Wednesday after several hours of fighting", P("Kalehe", "CD", 1, lat=-2.11, lon=28.91, a1="South Kivu"), "wednesday",
    a1=M23, i1=2, a2=WAZ, i2=3, fat=9),
]),
S("st-aj-017", "2026-07-10", """UN: civilian deaths in Ukraine in first half of 2026 highest since 2022

KYIV, July 10 (Wire) - At least 1,246 civilians were killed and 6,012 injured in Ukraine in the first six months of 2026, the highest figure for any half-year since 2022, the U.N. Human Rights Monitoring Mission in Ukraine said on Friday.

Most of the casualties were caused by long-range missile and drone attacks on cities and by guided aerial bombs and short-range drones in towns near the front line, the mission said in its periodic update. Donetsk, Kharkiv, Dnipropetrovsk and Zaporizhzhia regions accounted for nearly three-quarters of the toll.

The deadliest single attack of the period was a missile strike on a crowded market in Kostiantynivka in the Donetsk region on April 23, which killed 19 people, the mission said.

Since the full-scale invasion began in February 2022, the mission has verified the deaths of more than 15,000 civilians, and says the actual numbers are likely higher. Russian officials say Ukrainian attacks have killed more than 600 civilians in Russia's border regions over the same period; the figure could not be verified.

The mission's head warned that civilian casualties could rise further if attacks on energy infrastructure resume in the autumn.""", [
  E(bg, "Shelling/artillery/missile attack", "a missile strike on a crowded market in Kostiantynivka", P("Kostyantynivka", "UA", 1, lat=48.53, lon=37.71, a1="Donetsk", a2="Kramatorskyi"), "2026-04-23",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=19),
]),

S("st-aj-018", "2026-04-16", """Houthis threaten to resume Red Sea attacks; U.S. weighs new strikes

DUBAI, April 16 (Wire) - Yemen's Houthi movement threatened on Thursday to resume attacks on commercial ships in the Red Sea and the Gulf of Aden if Israel did not halt its military operations in Lebanon within a week, in a televised speech by the group's leader.

"Every ship linked to the enemy will be a legitimate target," Abdul Malik al-Houthi said, adding that the group's missiles and drones could reach "any point" in the two waterways.

Two U.S. officials said Washington was considering fresh strikes on Houthi missile and radar sites around Hodeidah should the group carry out its threat. "All options are on the table," one of them said.

The Houthis stopped their attacks on shipping after the Gaza ceasefire of October 2025. In February, a U.S. drone strike on a Houthi radar site at Ras Isa port killed four of the group's fighters, the movement's media office said at the time.

Shipping companies said on Thursday they had no immediate plans to change routes, though insurance premiums for Red Sea voyages rose.""", [
  unscored(E(thr, "Shelling/artillery/missile attack", "threatened on Thursday to resume attacks on commercial ships in the Red Sea", C("YE"),
    a1=HOU, i1=1, a2=None, i2=None), "actor2", "inter2"),
  E(hyp, "Air/drone strike", "Washington was considering fresh strikes on Houthi missile and radar sites around Hodeidah", P("Al Hudaydah", "YE", 2, lat=14.8, lon=42.95, a1="Al Hudaydah", a2="Al Hawak"),
    a1=USA, i1=8, a2=HOU, i2=1),
  E(bg, "Air/drone strike", "a U.S. drone strike on a Houthi radar site at Ras Isa port killed four of the group's fighters", P("Ras Isa port", "YE", 2, lat=15.18, lon=42.61, a1="Al Hudaydah"), "2026-02-01", tp=3,
    a1=USA, i1=8, a2=HOU, i2=1, fat=4),
]),

S("st-aj-019", "2026-09-24", """German court jails three men for plotting attack on mosque

MUNICH, Sept 24 (Wire) - A Munich court on Thursday sentenced three German men to between four and seven years in prison for forming a terrorist organisation and preparing an armed attack on a mosque in Augsburg, in a case prosecutors called one of the most serious far-right plots in Bavaria in years.

The men, aged 22 to 41, had collected rifles, ammunition and material for pipe bombs and had scouted the mosque during Friday prayers, the court found. They were arrested last year after one of them tried to buy a machine gun from an undercover officer.

The presiding judge said the group had intended to "kill as many worshippers as possible" to provoke a "civil war". Defence lawyers said they would appeal.

The Central Council of Muslims in Germany welcomed the verdict and called for more protection for mosques, several of which have received threatening letters this year.""", [], negative="trial"),

S("st-aj-020", "2026-01-14", """Pakistani and Afghan forces trade fire at Chaman border; Taliban say Pakistani strikes killed civilians in Paktika

QUETTA, Pakistan/KABUL, Jan 14 (Wire) - Pakistani troops and Afghan Taliban forces exchanged heavy fire for several hours along the border near the Chaman crossing on Tuesday night, officials on both sides said, each accusing the other of shooting first.

A Pakistani security official said two soldiers were killed and five wounded; a Taliban spokesman in Kandahar said three Afghan border guards had died. Residents of Chaman said mortar rounds landed in fields on the edge of the town. The crossing, a main trade route, remained closed on Wednesday and hundreds of trucks were queuing on both sides.

The clash came a day after Pakistani aircraft struck targets in the Barmal district of Afghanistan's Paktika province on Monday. The Taliban government said the strikes had killed 11 civilians, among them women and children, in a house. Pakistan's military said it had hit hideouts of "Fitna al-Khawarij" and killed "dozens of khwarij", its term for the Pakistani Taliban.

Islamabad accuses Kabul of sheltering the TTP, which has stepped up attacks in Pakistan's northwest; the Taliban deny it.""", [
  E(cur, "Armed clash", "Pakistani troops and Afghan Taliban forces exchanged heavy fire for several hours along the border near the Chaman crossing", P("Chaman", "PK", 2, lat=30.92, lon=66.45, a1="Balochistan", a2="Qila Abdullah"), "tuesday",
    a1=PAK, i1=1, a2=AFG, i2=8, fat=5, inj=5),
  unscored(E(cur, "Air/drone strike", "Pakistani aircraft struck targets in the Barmal district of Afghanistan's Paktika province", P("Barmal", "AF", 3, lat=32.94, lon=68.79, a1="Paktika", a2="Barmal"), "monday",
    a1=PAK, i1=8, a2=None, i2=None), "actor2", "inter2", "fatalities"),
]),

S("st-aj-021", "2026-05-09", """LIVE: Protests in Serbia - Novi Sad, Belgrade, Vrbas

18:05 Several thousand students and residents are marching through central Novi Sad towards the local headquarters of the ruling Serbian Progressive Party (SNS), chanting and blowing whistles. Police have closed the streets around the building.

19:10 In Belgrade, thousands of people have gathered in front of the National Assembly in support of the Novi Sad march. The rally is peaceful; speakers are reading out the names of the victims of the canopy collapse.

20:40 Novi Sad: riot police have fired tear gas after some protesters threw flares, bottles and stones at the SNS building and at the officers guarding it, N1 television reports. Groups of protesters are pushing back against the police cordon.

21:15 Novi Sad: a fire is burning at the entrance of the SNS office. Police are charging down the side streets.

22:05 Vrbas: masked men with baseball bats attacked about 50 protesters who were blocking a road in the town, about 40 km north of Novi Sad, injuring at least six, local media report. Police arrived after the men had driven off.

23:50 The interior minister says 37 people were arrested in Novi Sad tonight and 12 police officers injured. Student groups say dozens of protesters were hurt. We are pausing our coverage here.""", [
  E(cur, "Violent demonstration", "riot police have fired tear gas after some protesters threw flares, bottles and stones at the SNS building", P("Novi Sad", "RS", 1, lat=45.25, lon=19.84, a1="Vojvodina", a2="Juznobacki okrug"), 0,
    a1="Rioters (Serbia)", i1=5, a2=SRB_POL, i2=1, inj=24),
  E(cur, "Peaceful protest", "thousands of people have gathered in front of the National Assembly", P("Belgrade", "RS", 1, lat=44.8, lon=20.47, a1="Beograd"), 0,
    a1="Protesters (Serbia)", i1=6),
  E(cur, "Attack", "masked men with baseball bats attacked about 50 protesters who were blocking a road in the town", P("Vrbas", "RS", 1, lat=45.57, lon=19.64, a1="Vojvodina", a2="Juznobacki okrug"), 0,
    a1="Unidentified Armed Group (Serbia)", i1=3, a2="Protesters (Serbia)", i2=6, inj=6),
], register="live"),

S("st-aj-022", "2026-07-08", """ASSOCIATION MALIENNE DES DROITS DE L'HOMME - SEGOU AND MOPTI OFFICE
Monthly incident summary - June 2026 (translated from French)

In June 2026, our observers documented 38 incidents affecting civilians in the Segou and Mopti regions, in which at least 71 civilians were killed and 24 abducted. The main incidents are summarised below.

4 June - Six truck drivers were abducted by fighters of the Group for Support of Islam and Muslims (JNIM) on the road between Diafarabe and Tenenkou. They were released on 9 June after their employer paid a sum of money.

12 June - Soldiers of the Malian armed forces, accompanied by Africa Corps fighters, entered a hamlet near Djenne during a search operation and executed 17 men, according to survivors. The army did not respond to our request for comment.

19 June - A drone strike hit a wedding gathering in a village near Tenenkou, killing nine civilians, among them four women. Survivors said no armed men were present at the wedding.

26 June - JNIM fighters attacked a checkpoint held by Dozo hunters at the entrance of Ke-Macina. Eight hunters and an unknown number of attackers were killed, according to local sources.

The Association calls on all parties to respect international humanitarian law and on the transitional authorities to open independent investigations.

Methodology: incidents are verified with at least two independent sources. Figures are minimums. Contact: bureau regional de Segou.""", [
  E(cur, "Abduction/forced disappearance", "Six truck drivers were abducted by fighters of the Group for Support of Islam and Muslims (JNIM)", P("Diafarabe", "ML", 2, lat=14.15, lon=-4.98, a1="Mopti"), "2026-06-04",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
  E(cur, "Attack", "entered a hamlet near Djenne during a search operation and executed 17 men", P("Djenne", "ML", 2, lat=13.91, lon=-4.55, a1="Mopti"), "2026-06-12",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=17, assoc_actor_1=AFC),
  E(cur, "Air/drone strike", "A drone strike hit a wedding gathering in a village near Tenenkou", P("Tenenkou", "ML", 2, lat=14.46, lon=-4.92, a1="Mopti"), "2026-06-19",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=9),
  E(cur, "Armed clash", "JNIM fighters attacked a checkpoint held by Dozo hunters at the entrance of Ke-Macina", P("Ke-Macina", "ML", 2, lat=13.96, lon=-5.36, a1="Segou", a2="Cercle de Macina"), "2026-06-26",
    a1=JNIM, i1=2, a2=DOZO, i2=4, fat=8),
], register="ngo"),

S("st-aj-023", "2026-08-11", """Roadside bomb kills two rangers in Thailand's Yala

YALA, Thailand, Aug 11 (Wire) - A roadside bomb killed two paramilitary rangers and wounded three on Monday morning on a road in Bannang Sata district of Yala province, in Thailand's insurgency-hit far south, police said.

The device, hidden in a motorcycle parked by the roadside, was set off by mobile phone as a pickup carrying five rangers on a security patrol for schoolteachers passed, an investigator said. The blast threw the truck into a ditch.

"The explosion on the Bannang Sata road was the work of the same network that attacked our base in January," a regional army spokesman said. He said police had arrested two suspected insurgents in a raid on a rubber plantation in Raman district on Friday and seized bomb-making materials, and that the network had planned more attacks.

In January, insurgents fired rifles and grenades at a ranger base in Bannang Sata, wounding four rangers. More than 7,000 people have been killed since the insurgency flared in 2004, according to the monitoring group Deep South Watch.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb killed two paramilitary rangers and wounded three on Monday morning on a road in Bannang Sata district", P("Bannang Sata", "TH", 3, lat=6.27, lon=101.26, a1="Yala", a2="Amphoe Bannang Sata"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=2, inj=3),
  E(cur, "Arrests", "police had arrested two suspected insurgents in a raid on a rubber plantation in Raman district on Friday", P("Raman", "TH", 3, lat=6.48, lon=101.42, a1="Yala", a2="Amphoe Raman"), "friday",
    a1=THA_POL, i1=1, a2="Unidentified Armed Group (Thailand)", i2=3),
  E(bg, "Armed clash", "insurgents fired rifles and grenades at a ranger base in Bannang Sata", P("Bannang Sata", "TH", 3, lat=6.27, lon=101.26, a1="Yala", a2="Amphoe Bannang Sata"), "2026-01-01", tp=3,
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, inj=4),
]),
S("st-aj-024", "2026-03-31", """Gunmen kill two traffic police in Dagestan's Derbent; three suspects killed in Makhachkala shootout

MOSCOW, March 31 (Wire) - Gunmen opened fire on a traffic police post on the outskirts of the city of Derbent in Russia's southern republic of Dagestan on Sunday evening, killing two officers and wounding a third before escaping in a car, the republic's interior ministry said.

On Monday, officers of the FSB security service and police special forces surrounded a private house in the Dagestani capital Makhachkala where they said members of the cell behind the Derbent attack were hiding. The National Anti-Terrorism Committee said the three men opened fire when ordered to surrender and were killed in the ensuing gunfight; no officers were hurt. Investigators said they found an assault rifle, pistols and a homemade explosive device in the house.

Dagestan's head declared Monday a day of mourning for the officers. Officials blamed the attack on "followers of an international terrorist organisation" but no group has claimed it.

The mainly Muslim region has seen a rise in attacks on police in recent years.""", [
  E(cur, "Armed clash", "Gunmen opened fire on a traffic police post on the outskirts of the city of Derbent", P("Derbent", "RU", 2, lat=42.07, lon=48.29, a1="Dagestan"), "sunday",
    a1="Unidentified Armed Group (Russia)", i1=3, a2=RUS_POL, i2=1, fat=2, inj=1),
  E(cur, "Armed clash", "the three men opened fire when ordered to surrender and were killed in the ensuing gunfight", P("Makhachkala", "RU", 1, lat=42.98, lon=47.5, a1="Dagestan"), "monday",
    a1=RUS_POL, i1=1, a2="Unidentified Armed Group (Russia)", i2=3, fat=3),
]),

S("st-aj-025", "2026-06-15", """NORTHERN IRELAND/
Petrol bombs thrown at police in Derry; pipe bomb found near school

BELFAST, June 15 (Wire) - Youths threw petrol bombs, bricks and fireworks at police in the Creggan area of Derry (Londonderry) on Saturday night, injuring four officers, and hijacked and burned a car, the Police Service of Northern Ireland (PSNI) said. Officers used a water cannon and fired two baton rounds to disperse about 60 people.

On Sunday morning, a pipe bomb was found at a wall near a primary school in the north of the city after a call from a member of the public. Police said the device was viable and had been made safe, and that they were treating it as an attempt by dissident republicans "to kill or injure police officers" called to the area.

"These were not spontaneous acts. They were organised to lure officers into danger," a PSNI superintendent said.

In Belfast, a man in his twenties was shot in both legs in a so-called punishment attack in the west of the city on Friday night. Police said it bore the hallmarks of a paramilitary-style attack. He was taken to hospital with injuries that were not thought to be life-threatening.""", [
  E(cur, "Violent demonstration", "Youths threw petrol bombs, bricks and fireworks at police in the Creggan area of Derry (Londonderry)", P("Derry", "GB", 2, lat=55.0, lon=-7.31, a1="Northern Ireland", a2="Derry and Strabane"), "saturday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, inj=4),
  E(cur, "Disrupted weapons use", "a pipe bomb was found at a wall near a primary school in the north of the city", P("Derry", "GB", 1, lat=55.0, lon=-7.31, a1="Northern Ireland", a2="Derry and Strabane"), "sunday",
    a1=GBR_POL, i1=1, a2="Unidentified Armed Group (United Kingdom)", i2=3),
  E(cur, "Attack", "a man in his twenties was shot in both legs in a so-called punishment attack in the west of the city", P("Belfast", "GB", 1, lat=54.6, lon=-5.93, a1="Northern Ireland", a2="Belfast City"), "friday",
    a1="Unidentified Armed Group (United Kingdom)", i1=3, a2="Civilians (United Kingdom)", i2=7, inj=1),
]),

S("st-aj-026", "2026-05-01", """Blast damages Uppsala apartment building; teenager held in Stockholm

STOCKHOLM, May 1 (Wire) - A powerful explosion tore through the entrance of an apartment building in the Gottsunda district of Uppsala overnight into Thursday, blowing out windows and forcing about 40 residents from their homes, Swedish police said. Nobody was injured.

Police said the blast was linked to an ongoing conflict between two criminal networks and that a relative of a gang member lived in the building. "We see this as part of the same conflict that has led to several shootings in Uppsala this spring," a police spokesperson told reporters.

On Thursday evening, police arrested a 16-year-old boy in a southern suburb of Stockholm on suspicion of carrying out the bombing. Prosecutors said he was suspected of having been recruited through a messaging app.

In a separate case, a man in his forties was shot dead outside a restaurant in Malmo on Wednesday. Police said they had no indication that the killing was linked to any gang conflict and that they were investigating a personal dispute.""", [
  E(cur, "Remote explosive/landmine/IED", "A powerful explosion tore through the entrance of an apartment building in the Gottsunda district of Uppsala", P("Uppsala", "SE", 2, lat=59.86, lon=17.64, a1="Uppsala", a2="Uppsala Kommun"), "thursday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police arrested a 16-year-old boy in a southern suburb of Stockholm on suspicion of carrying out the bombing", P("Stockholm", "SE", 1, lat=59.33, lon=18.07, a1="Stockholm", a2="Stockholms Kommun"), "thursday",
    a1=SWE_POL, i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
]),

S("st-aj-027", "2026-08-12", """(Translated from Portuguese)

Police operation in Complexo do Alemao leaves eight dead; buses set on fire in Rio's north zone

RIO DE JANEIRO (Local press) - Eight people were killed on Tuesday during a police operation against the Comando Vermelho faction in the Complexo do Alemao, in Rio's north zone, the state's military police said. Six of the dead were suspects, according to the police; a police officer was shot in the head and died in hospital, and a 54-year-old woman was hit by a stray bullet inside her home.

The operation, which involved about 400 officers and armoured vehicles, began at dawn and met heavy gunfire from the first hours, the police said. Eleven rifles were seized.

In the afternoon, at least 12 buses were set on fire in the neighbourhoods of Penha and Olaria. The state security secretary said the arson had been ordered by the faction's leaders "in retaliation" for the operation. Nobody was hurt.

On Wednesday morning, residents of the complex blocked the Avenida Itaoca with burning tyres and debris to protest the woman's death. Military police dispersed them with tear gas and stun grenades.""", [
  E(cur, "Armed clash", "Eight people were killed on Tuesday during a police operation against the Comando Vermelho faction in the Complexo do Alemao", P("Rio de Janeiro", "BR", 2, lat=-22.91, lon=-43.18, a1="Rio de Janeiro", a2="Rio de Janeiro"), "tuesday",
    a1=CV, i1=3, a2=BRA_POL, i2=1, fat=8),
  E(cur, "Looting/property destruction", "at least 12 buses were set on fire in the neighbourhoods of Penha and Olaria", P("Rio de Janeiro", "BR", 2, lat=-22.91, lon=-43.18, a1="Rio de Janeiro", a2="Rio de Janeiro"), "tuesday",
    a1=CV, i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "residents of the complex blocked the Avenida Itaoca with burning tyres and debris to protest the woman's death", P("Rio de Janeiro", "BR", 2, lat=-22.91, lon=-43.18, a1="Rio de Janeiro", a2="Rio de Janeiro"), "wednesday",
    a1="Rioters (Brazil)", i1=5, a2=BRA_POL, i2=1),
], register="local"),

S("st-aj-028", "2026-08-04", """Chile: hooded men burn logging trucks in Ercilla; police officer wounded near Collipulli

TEMUCO, Chile, Aug 4 (Wire) - Hooded men armed with rifles set fire to five logging trucks and an excavator on a forestry estate near Ercilla in southern Chile's Araucania region early on Saturday, after forcing the drivers out of their cabs, police said. Nobody was hurt. Pamphlets signed by the Weichan Auka Mapu (WAM), a radical Mapuche group, were found at the scene demanding the return of ancestral lands.

On Monday, a police officer was wounded in the arm when men hidden in a pine plantation fired on a police patrol escorting a truck convoy on a rural road near Collipulli, about 15 km to the north.

President Jose Antonio Kast's government on Monday extended for another 15 days the constitutional state of exception in the Araucania region and the neighbouring provinces of Biobio and Arauco, which allows the armed forces to patrol roads. The measure has been renewed every fortnight since 2022.""", [
  E(cur, "Looting/property destruction", "set fire to five logging trucks and an excavator on a forestry estate near Ercilla", P("Ercilla", "CL", 2, lat=-38.06, lon=-72.37, a1="La Araucania", a2="Provincia de Malleco"), "saturday",
    a1=MAPU, i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "men hidden in a pine plantation fired on a police patrol escorting a truck convoy on a rural road near Collipulli", P("Collipulli", "CL", 2, lat=-37.95, lon=-72.43, a1="La Araucania", a2="Provincia de Malleco"), "monday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2=CHL_POL, i2=1, inj=1),
  E(cur, "Other", "extended for another 15 days the constitutional state of exception in the Araucania region", P("La Araucania", "CL", 3, lat=-38.74, lon=-72.6, a1="La Araucania"), "monday",
    a1=CHL_GOV, i1=1),
]),

S("st-aj-029", "2026-07-16", """Argentine police fire rubber bullets at pensioners' protest outside Congress

BUENOS AIRES, July 16 (Wire) - Argentine federal police fired rubber bullets, tear gas and water cannon at retirees and their supporters protesting outside Congress in Buenos Aires on Wednesday, injuring at least three people, including a photographer, and arresting nine, rights groups and the security ministry said.

Hundreds of pensioners gather outside Congress every Wednesday to demand higher pensions, which have lost value under President Javier Milei's spending cuts. This week's demonstration was joined by football fans and left-wing groups.

The security ministry said officers had acted against "violent groups" that tried to break through the fences around the building, and that two officers were hurt. Witnesses said police charged the crowd when it spilled on to the avenue, in line with a government protocol against road blockades.

The weekly protest has often ended in scuffles since early 2024.

Caption: Riot police push back pensioners near the Congress building in Buenos Aires on Wednesday.""", [
  E(cur, "Protest with intervention", "fired rubber bullets, tear gas and water cannon at retirees and their supporters protesting outside Congress", P("Buenos Aires", "AR", 1, lat=-34.61, lon=-58.38, a1="Buenos Aires F.D."), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, inj=5),
  unscored(E(cap, "Protest with intervention", "Riot police push back pensioners near the Congress building in Buenos Aires on Wednesday", P("Buenos Aires", "AR", 1, lat=-34.61, lon=-58.38, a1="Buenos Aires F.D."), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-aj-030", "2026-03-24", """PNG: seven killed as tribes fight near Mendi; mobile squad sent in

MOUNT HAGEN, Papua New Guinea, March 24 (Local press) - Seven men were killed on Sunday when fighting between two tribes flared again in villages outside Mendi, the capital of Southern Highlands Province, police said. The fighters used high-powered guns and burned at least 20 houses and a church, forcing hundreds of people to flee to the town.

The provincial police commander said the fight was a continuation of a land dispute that first turned violent in December, when three men were killed. He said a mobile squad unit from Mount Hagen had been sent to the area on Monday and that a 14-day "fight zone" had been declared on Monday around the affected villages, allowing police to arrest anyone carrying weapons.

Community leaders said they feared more deaths because both tribes had vowed to take revenge.""", [
  E(cur, "Armed clash", "fighting between two tribes flared again in villages outside Mendi", P("Mendi", "PG", 2, lat=-6.15, lon=143.66, a1="Southern Highlands"), "sunday",
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4, fat=7),
  E(bg, "Armed clash", "a land dispute that first turned violent in December, when three men were killed", P("Mendi", "PG", 2, lat=-6.15, lon=143.66, a1="Southern Highlands"), "2025-12-01", tp=3,
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4, fat=3),
  E(cur, "Other", "a 14-day \"fight zone\" had been declared on Monday", P("Mendi", "PG", 2, lat=-6.15, lon=143.66, a1="Southern Highlands"), "monday",
    a1="Police Forces of Papua New Guinea (2019-)", i1=1),
  E(thr, "Armed clash", "both tribes had vowed to take revenge", P("Mendi", "PG", 2, lat=-6.15, lon=143.66, a1="Southern Highlands"),
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4),
], register="local"),
S("st-aj-031", "2026-04-28", """Turkish drone kills two Yazidi fighters in Sinjar; Iraqi troops and YBS trade fire

ERBIL, Iraq, April 28 (Wire) - A Turkish drone struck a car on the main street of the town of Sinjar in northern Iraq on Sunday afternoon, killing two members of the Sinjar Resistance Units (YBS), a Yazidi armed group that Ankara says is linked to the PKK, the town's mayor said.

Turkey's defence ministry said on Monday that it had "neutralised two PKK terrorists" in northern Iraq, without saying where. Shopkeepers said the car burst into flames outside a bakery and that a passer-by was slightly hurt.

On Monday, Iraqi army soldiers and YBS fighters exchanged fire at a checkpoint near the village of Khanasor, north of Sinjar mountain, after troops tried to take down a YBS flag, two security officials said. A soldier and a YBS fighter were killed and four people were wounded. The army later sent reinforcements to the area.

Thousands of Yazidis who fled the Islamic State's onslaught in 2014 still live in camps in Duhok province, and many say the rivalry between armed groups keeps them from going home.""", [
  E(cur, "Air/drone strike", "A Turkish drone struck a car on the main street of the town of Sinjar", P("Sinjar", "IQ", 1, lat=36.32, lon=41.88, a1="Ninewa", a2="Sinjar"), "sunday",
    a1=TUR, i1=8, a2=YBS, i2=3, fat=2, inj=1),
  E(cur, "Armed clash", "Iraqi army soldiers and YBS fighters exchanged fire at a checkpoint near the village of Khanasor", P("Sinjar", "IQ", 2, lat=36.32, lon=41.88, a1="Ninewa", a2="Sinjar"), "monday",
    a1=IRQ, i1=1, a2=YBS, i2=3, fat=2, inj=4),
]),

S("st-aj-032", "2026-09-29", """Syria: Druze and Bedouin fighters clash west of Suwayda; four travellers abducted on highway

DAMASCUS, Sept 29 (Wire) - Druze gunmen and Bedouin tribal fighters fought with machine guns and mortars for several hours on Saturday around the village of Al-Mazraa, west of the city of Suwayda in southern Syria, killing six people, a war monitor and local residents said. Two of the dead were civilians hit by mortar rounds in their homes.

On Sunday, Bedouin gunmen stopped a minibus on the Damascus-Suwayda highway near Shahba and took away four Druze passengers, a local news network said. Their families said they had received no word from them.

The interior ministry announced on Sunday a night curfew in the city of Suwayda "until further notice" and said General Security units had been deployed between the two sides. The defence ministry denied reports that its artillery had shelled Druze villages west of the city on Saturday, saying its forces "did not fire a single shell".

More than 1,000 people were killed in sectarian fighting in the province in July 2025.""", [
  E(cur, "Armed clash", "Druze gunmen and Bedouin tribal fighters fought with machine guns and mortars for several hours on Saturday around the village of Al-Mazraa", P("As-Suwayda", "SY", 2, lat=32.71, lon=36.57, a1="As-Sweida", a2="As-Suwayda"), "saturday",
    a1=DRUZE, i1=4, a2=BEDOUIN, i2=4, fat=6),
  E(cur, "Abduction/forced disappearance", "Bedouin gunmen stopped a minibus on the Damascus-Suwayda highway near Shahba and took away four Druze passengers", P("Shahba", "SY", 2, lat=32.85, lon=36.63, a1="As-Sweida", a2="Shahba"), "sunday",
    a1=BEDOUIN, i1=4, a2="Civilians (Syria)", i2=7),
  E(cur, "Other", "a night curfew in the city of Suwayda", P("As-Suwayda", "SY", 1, lat=32.71, lon=36.57, a1="As-Sweida", a2="As-Suwayda"), "sunday",
    a1=SYR_GOV, i1=1),
  unscored(E(neg, "Shelling/artillery/missile attack", "its artillery had shelled Druze villages west of the city on Saturday", P("As-Suwayda", "SY", 2, lat=32.71, lon=36.57, a1="As-Sweida", a2="As-Suwayda"), "saturday",
    a1=SYR, i1=1, a2="Civilians (Syria)", i2=7), "event_date", "time_precision"),
]),

S("st-aj-033", "2026-09-17", """(Translated from French)

Far North: five killed in Boko Haram raid on Mozogo; seven people abducted near Kolofata

MAROUA (Regional press) - Five people, including two members of the local vigilance committee, were killed on the night of Tuesday to Wednesday when Boko Haram fighters raided the locality of Mozogo, in the Mayo-Tsanaga department, the sub-prefect said. The assailants, about thirty of them on motorcycles, looted shops and set fire to about fifteen houses before withdrawing towards the border with Nigeria.

On Monday night, armed men believed to belong to the same group abducted seven people, including two girls, in a village near Kolofata, in the Mayo-Sava department, local officials said. A ransom demand was made by telephone on Tuesday.

The army said that its troops had killed 12 Boko Haram "terrorists" in an ambush near Kolofata on Wednesday and recovered weapons and motorcycles. That claim could not be independently confirmed.

The Far North region has been the target of attacks by jihadist groups from Nigeria since 2014.""", [
  E(cur, "Attack", "Boko Haram fighters raided the locality of Mozogo", P("Mozogo", "CM", 1, lat=11.0, lon=13.98, a1="Far North"), "wednesday",
    a1=JAS, i1=2, a2="Civilians (Cameroon)", i2=7, fat=5),
  E(cur, "Abduction/forced disappearance", "abducted seven people, including two girls, in a village near Kolofata", P("Kolofata", "CM", 2, lat=11.17, lon=14.04, a1="Far North", a2="Mayo-Sava"), "monday",
    a1=JAS, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Armed clash", "its troops had killed 12 Boko Haram \"terrorists\" in an ambush near Kolofata on Wednesday", P("Kolofata", "CM", 2, lat=11.17, lon=14.04, a1="Far North", a2="Mayo-Sava"), "wednesday",
    a1=CMR, i1=1, a2=JAS, i2=2, fat=12),
], register="local"),

S("st-aj-034", "2026-06-09", """Ethiopia: gunmen abduct 25 bus passengers in western Oromia; government says rebels surrendered

ADDIS ABABA, June 9 (Wire) - Gunmen stopped a public bus on the road between Gida Ayana and Nekemte in Ethiopia's western Oromia region on Sunday and took away 25 passengers, including students returning to university, relatives and a local official said.

The local official blamed the Oromo Liberation Army (OLA), which has fought the federal government since 2018. An OLA spokesman denied the group's involvement and accused "government-backed militias" of staging the abduction. Relatives said the kidnappers had demanded 300,000 birr for each passenger.

State media reported on Monday that 230 OLA fighters had surrendered to the government in the East Wollega zone town of Nekemte with their weapons, under an amnesty offer. The OLA said the men shown on television were farmers rounded up in the countryside.

In March, gunmen killed nine people in an attack on the market in Nejo, in West Wollega.""", [
  E(cur, "Abduction/forced disappearance", "Gunmen stopped a public bus on the road between Gida Ayana and Nekemte", P("Ayana", "ET", 2, lat=9.88, lon=36.62, a1="Oromia"), "sunday",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Change to group/activity", "230 OLA fighters had surrendered to the government in the East Wollega zone town of Nekemte", P("Nekemte", "ET", 1, lat=9.08, lon=36.55, a1="Oromia"), "monday", tp=2,
    a1=OLA, i1=2),
  E(bg, "Attack", "gunmen killed nine people in an attack on the market in Nejo", P("Nejo", "ET", 1, lat=9.5, lon=35.5, a1="Oromia"), "2026-03-01", tp=3,
    a1="Unidentified Armed Group (Ethiopia)", i1=3, a2="Civilians (Ethiopia)", i2=7, fat=9),
]),

S("st-aj-035", "2026-05-18", """Federal agents fire tear gas at Portland ICE protest; thousands rally peacefully in Maine's Portland

PORTLAND, Ore., May 18 (Wire) - Federal officers fired tear gas and pepper balls at several hundred protesters outside a U.S. Immigration and Customs Enforcement (ICE) building in Portland, Oregon, late on Saturday and arrested 11 people, the Department of Homeland Security said.

Protesters, some banging drums and carrying signs reading "No one is illegal", had blocked the building's driveway for several hours before officers in riot gear came out and pushed them back into the street, witnesses said. DHS said the protesters had "obstructed federal operations". A local journalist said she was hit by a pepper ball.

On the other side of the country, about 2,000 people marched peacefully on Sunday through downtown Portland, Maine, in support of immigrant workers, organisers said. Maine's governor addressed the rally.

The Trump administration has threatened to send National Guard troops to Portland, Oregon, to protect federal property, a move the city's mayor has called unnecessary.""", [
  E(cur, "Protest with intervention", "Federal officers fired tear gas and pepper balls at several hundred protesters outside a U.S. Immigration and Customs Enforcement (ICE) building in Portland, Oregon", P("Portland", "US", 1, lat=45.52, lon=-122.68, a1="Oregon", a2="Multnomah"), "saturday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "about 2,000 people marched peacefully on Sunday through downtown Portland, Maine", P("Portland", "US", 1, lat=43.66, lon=-70.26, a1="Maine", a2="Cumberland"), "sunday",
    a1="Protesters (United States)", i1=6),
]),

S("st-aj-036", "2026-05-05", """Papuan rebels kill two gold miners in Yahukimo; soldiers kill rebel commander in Intan Jaya

JAYAPURA, Indonesia, May 5 (Wire) - Papuan separatist fighters shot dead two gold miners at an informal mining camp in Seradala district of Yahukimo regency in Indonesia's Highland Papua province on Saturday, police said. A third miner escaped into the forest and reached a police post the next day.

A spokesman for the West Papua National Liberation Army (TPNPB) claimed the killings, saying the men were "spies" for the Indonesian military. Police said the victims were migrant workers from Sulawesi.

Separately, the military said on Monday that soldiers had killed a TPNPB commander in a gunfight in the hills above Sugapa, the main town of Intan Jaya regency, on Sunday. The TPNPB confirmed his death and vowed revenge.""", [
  E(cur, "Attack", "Papuan separatist fighters shot dead two gold miners at an informal mining camp in Seradala district of Yahukimo regency", P("Yahukimo", "ID", 3, lat=-4.86, lon=139.48, a1="Highland Papua", a2="Yahukimo"), "saturday",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Armed clash", "soldiers had killed a TPNPB commander in a gunfight in the hills above Sugapa", P("Sugapa", "ID", 2, lat=-3.74, lon=137.05, a1="Central Papua", a2="Intan Jaya"), "sunday",
    a1=IDN, i1=1, a2=TPNPB, i2=2, fat=1),
  E(thr, "Armed clash", "vowed revenge", P("Sugapa", "ID", 2, lat=-3.74, lon=137.05, a1="Central Papua", a2="Intan Jaya"),
    a1=TPNPB, i1=2, a2=IDN, i2=1),
]),

S("st-aj-037", "2026-05-26", """Peru: gunmen kill eight miners in Pataz tunnel; state of emergency extended

LIMA, May 26 (Wire) - Gunmen killed eight workers inside an informal gold mine tunnel near Tayabamba in Peru's northern Pataz province on Saturday, police said, in the latest killing blamed on a war between criminal groups for control of the area's mining galleries.

The bodies were found on Sunday by other miners; some of the victims had their hands tied. Police said the killings were part of a dispute between two criminal organisations that extort informal miners and fight over access to the richest veins.

On Monday, police arrested three suspects in the coastal city of Trujillo in connection with the killings, the interior ministry said.

The government on Monday extended the state of emergency in Pataz province for another 60 days, keeping the army in charge of internal order alongside the police. Dozens of miners and guards have been killed in the province since 2023.""", [
  E(cur, "Attack", "Gunmen killed eight workers inside an informal gold mine tunnel near Tayabamba", P("Tayabamba", "PE", 2, lat=-8.28, lon=-77.3, a1="La Libertad", a2="Pataz"), "saturday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=8),
  E(cur, "Arrests", "police arrested three suspects in the coastal city of Trujillo in connection with the killings", P("Trujillo", "PE", 1, lat=-8.12, lon=-79.03, a1="La Libertad", a2="Provincia de Trujillo"), "monday",
    a1=PER_POL, i1=1, a2="Unidentified Armed Group (Peru)", i2=3),
  E(cur, "Other", "extended the state of emergency in Pataz province for another 60 days", P("Pataz", "PE", 3, lat=-8.28, lon=-77.3, a1="La Libertad", a2="Pataz"), "monday",
    a1=PER_GOV, i1=1),
]),

S("st-aj-038", "2026-04-13", """New Caledonia: gendarmes come under fire at Saint-Louis roadblock; curfew back in Noumea

NOUMEA, April 13 (Wire) - Youths threw stones and petrol bombs at gendarmes clearing a roadblock near the Saint-Louis tribe in the commune of Mont-Dore on Saturday night, and shots were fired at the officers from the hillside, France's High Commission said. Two gendarmes were slightly injured and three vehicles were burned. The gendarmes responded with tear gas and stun grenades.

Gendarmes arrested 14 people during a dawn operation in Saint-Louis on Sunday, the public prosecutor said, on suspicion of taking part in the violence.

The High Commissioner reimposed a night curfew in Greater Noumea from Sunday evening, two weeks after it had been lifted, and banned the sale of alcohol and fuel in cans.""", [
  E(cur, "Violent demonstration", "Youths threw stones and petrol bombs at gendarmes clearing a roadblock near the Saint-Louis tribe in the commune of Mont-Dore", P("Saint-Louis", "NC", 2, lat=-22.23, lon=166.52, a1="South", a2="Le Mont-Dore"), "saturday",
    a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1, inj=2),
  E(cur, "Arrests", "Gendarmes arrested 14 people during a dawn operation in Saint-Louis on Sunday", P("Saint-Louis", "NC", 1, lat=-22.23, lon=166.52, a1="South", a2="Le Mont-Dore"), "sunday",
    a1=FRA_POL, i1=1, a2="Rioters (New Caledonia)", i2=5),
  E(cur, "Other", "reimposed a night curfew in Greater Noumea from Sunday evening", P("Noumea", "NC", 2, lat=-22.27, lon=166.45, a1="South", a2="Noumea"), "sunday",
    a1=FRA_GOV, i1=1),
]),
S("st-aj-039", "2026-09-08", """Floods swamp camps for displaced people in Borno; aid agencies warn of cholera

MAIDUGURI, Nigeria, Sept 8 (Wire) - Floodwaters have swamped at least nine camps for displaced people in Nigeria's northeastern Borno state after days of heavy rain, destroying thousands of shelters and forcing families to sleep in schools and mosques, aid agencies said on Tuesday.

The worst-hit camps were in Dikwa and Ngala, near the border with Cameroon, where many of the residents fled attacks by Boko Haram and Islamic State West Africa Province (ISWAP) over the past decade. "We ran from the fighters and now the water has taken everything," said a mother of six in Dikwa.

The International Organization for Migration said about 41,000 people had been affected and at least 11 had drowned or been killed by collapsing walls. Health workers warned of a cholera outbreak as latrines overflowed.

Aid agencies said deliveries were hampered by insecurity on roads outside the garrison towns, where convoys need military escorts. The state government said it would relocate the worst-hit families to a new site near Maiduguri.""", [], negative="disaster"),

S("st-aj-040", "2026-08-11", """Zambia's candidates hold final rallies; police dismiss shooting videos as old footage

LUSAKA, Aug 11 (Wire) - Zambia's presidential candidates held their final rallies on Tuesday ahead of Thursday's general election, with President Hakainde Hichilema addressing tens of thousands of supporters in Lusaka and the main opposition candidate campaigning in the Copperbelt city of Kitwe.

Police denied on Tuesday that officers had fired live bullets at opposition supporters in Kitwe on Monday, saying that videos circulating on social media were "old footage from the 2021 elections" and that Monday's events in the city had passed off without incident.

The electoral commission said it had delivered ballot papers to all 156 constituencies. Observers from the African Union and the Southern African Development Community have deployed across the country.

Opposition parties have accused the police of blocking some of their rallies during the campaign, which the police deny.""", [
  unscored(E(neg, "Excessive force against protesters", "officers had fired live bullets at opposition supporters in Kitwe on Monday", P("Kitwe", "ZM", 1, lat=-12.8, lon=28.21, a1="Copperbelt"), "monday",
    a1="Protesters (Zambia)", i1=6, a2="Police Forces of Zambia (2021-)", i2=1), "event_date", "time_precision"),
], negative="campaign"),

S("st-aj-041", "2026-05-23", """Nine years after the siege: Marawi in pictures

MARAWI CITY, Philippines (Feature) - Nine years ago today, soldiers trying to arrest a militant leader in Marawi City were met by gunfire from fighters of the Maute group and their allies, and the battle that followed lasted five months, levelled the city's centre and drove more than 300,000 people from their homes.

Today the main mosque has been rebuilt and a new school and market have opened, but thousands of families still live in transitory shelters on the city's edge, waiting for permission to rebuild in the old commercial district. Compensation payments began last year.

Photo 1: Soldiers take cover behind an armoured vehicle near the Grand Mosque, June 2017.
Photo 2: Residents return to inspect what is left of their homes in the Banggolo district, November 2017.
Photo 3: A rebuilt mosque in the former main battle area, March 2026.
Photo 4: Children at a reopened school in Marawi, April 2026.""", [
  E(bg, "Armed clash", "soldiers trying to arrest a militant leader in Marawi City were met by gunfire from fighters of the Maute group", P("Marawi City", "PH", 1, lat=8.0, lon=124.28, a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Lanao del Sur"), "2017-05-23",
    a1=PHL_2016, i1=1, a2=DI, i2=2),
], register="feature"),

S("st-aj-042", "2026-08-26", """Congo, M23 talks in Doha end without deal; sides to meet again next month

DOHA, Aug 26 (Wire) - Talks between the Democratic Republic of Congo's government and the M23 rebel movement ended in Doha on Wednesday without agreement on a prisoner exchange or the withdrawal of rebel forces, but the two sides said they would meet again next month, Qatari mediators said.

A diplomat close to the talks said the delegations were "close" on a framework for a ceasefire monitoring mechanism, which they were expected to sign at the next round in September. The government's delegation insisted on the rebels' withdrawal from Goma and Bukavu, while the M23 demanded the release of hundreds of its members held in Kinshasa.

Both sides accused each other of violating a ceasefire declared in the spring, and fighting has continued in parts of North and South Kivu.""", [
  E(hyp, "Agreement", "which they were expected to sign at the next round in September", P("Doha", "QA", 1, lat=25.29, lon=51.53, a1="Baladiyat ad Dawhah"),
    a1=COD_GOV, i1=1, a2=M23, i2=2),
], negative="diplomacy"),

S("st-aj-043", "2026-03-03", """Robbers blow up cash van near Polokwane; police kill four suspects in shootout

JOHANNESBURG, March 3 (Wire) - Armed robbers used explosives to blow open a cash-in-transit van on the N1 highway near Polokwane in South Africa's Limpopo province on Monday morning and escaped with an undisclosed amount of money, police said. Two security guards were wounded.

Hours later, police tracked the gang to a house in the township of Seshego, where four suspects were shot dead in an exchange of gunfire, a police spokesperson said. Three rifles and part of the money were recovered.

South Africa recorded more than 150 cash-in-transit robberies last year, according to police figures. Police said there was no indication that Monday's robbery was linked to any other group.""", [], negative="crime"),

S("st-aj-044", "2026-06-19", """Niger: Banibangou mourns its dead a year after attack

NIAMEY, June 19 (Regional press) - Residents of Banibangou in Niger's Tillaberi region gathered on Friday for prayers and a wreath-laying at the town's cemetery to mark one year since an attack in which gunmen killed 34 people.

On 19 June 2025, dozens of gunmen on motorbikes attacked the town's weekly market and a nearby army post, killing soldiers and civilians. The army said at the time that it had killed "several dozen" attackers as they fled towards the Malian border.

The town's mayor said the market had reopened but that many traders still feared to travel on the roads. The ceremony was attended by the regional governor and military officers.""", [
  E(bg, "Armed clash", "dozens of gunmen on motorbikes attacked the town's weekly market and a nearby army post, killing soldiers and civilians", P("Banibangou", "NE", 1, lat=15.04, lon=2.7, a1="Tillaberi"), "2025-06-19",
    a1="Unidentified Armed Group (Niger)", i1=3, a2=NER, i2=1, fat=46),
], register="local"),

S("st-aj-045", "2026-10-14", """Nigeria's unions begin indefinite strike over fuel price rise

ABUJA, Oct 14 (Wire) - Nigeria's main labour unions began an indefinite general strike on Wednesday over a sharp increase in petrol prices, shutting banks, schools, ministries and many hospitals across the country's largest cities.

Streets in Lagos and Abuja were unusually quiet, with few buses running. The Nigeria Labour Congress (NLC) said its members would stay at home until the government reversed the increase, and that they would march on the National Assembly in Abuja on Thursday.

The government said the increase was needed to cut costs and urged the unions to return to talks. Police said they were on alert but reported no incidents.""", [
  E(hyp, "Peaceful protest", "they would march on the National Assembly in Abuja on Thursday", P("Abuja", "NG", 1, lat=9.06, lon=7.5, a1="Federal Capital Territory", a2="Municipal Area Council"),
    a1="Protesters (Nigeria)", i1=6),
], negative="labour strike"),

S("st-aj-046", "2026-02-10", """Chad denies reports of fighting in Tibesti, says troops were on exercises

N'DJAMENA, Feb 10 (Wire) - Chad's government on Tuesday denied reports of clashes between the army and rebels in the northern Tibesti region, saying that explosions heard near Bardai over the weekend came from a planned military exercise.

A rebel group based in southern Libya had said on social media that its fighters had attacked an army position near Bardai on Saturday and killed "dozens" of soldiers. "There was no attack and no fighting. Our forces were carrying out firing exercises," a government spokesman said.

Residents of Bardai reached by telephone said they had heard heavy weapons fire on Saturday but had seen no casualties. Independent verification is difficult in the remote region, which is closed to journalists.""", [
  unscored(E(neg, "Armed clash", "its fighters had attacked an army position near Bardai on Saturday", P("Bardai", "TD", 2, lat=21.35, lon=17.0, a1="Tibesti"), "saturday",
    a1="Unidentified Armed Group (Chad)", i1=3, a2=TCD, i2=1), "event_date", "time_precision"),
], negative="denial"),
S("st-aj-047", "2026-02-09", """AFRICA: THE WEEK IN BRIEF (2 - 8 February 2026)

UGANDA - Suspected ADF rebels killed five farmers in a night raid on a village in Kasese district on Tuesday, the army said. Soldiers pursued the attackers towards the Congolese border but made no contact.

MOZAMBIQUE - Insurgents attacked the district headquarters of Marrupa in Niassa province on Wednesday, burning the administrator's office and a police post. Police said two officers were killed.

GUINEA - Security forces fired live rounds at young people protesting in Conakry's Ratoma suburb on Thursday against the postponement of legislative elections, killing two, according to the opposition coalition Forces Vives. The government said it had opened an investigation.

MADAGASCAR - Gendarmes killed seven suspected cattle rustlers, known locally as dahalo, in a shootout near Ihosy on Saturday, hours after the bandits had driven off about 200 zebu from a village, the gendarmerie said.

ZIMBABWE - Youths whom a residents' association identified as ZANU-PF supporters beat four of its members at a meeting in Chitungwiza on Sunday, injuring them, the association said. Police said no complaint had been filed.

SENEGAL - Parliament on Friday passed a law on the reparation of victims of the 2021-2024 political unrest.

Compiled by the Africa desk. Corrections and tips: africa-desk@wire.example""", [
  E(cur, "Attack", "Suspected ADF rebels killed five farmers in a night raid on a village in Kasese district", P("Kasese", "UG", 3, lat=0.18, lon=30.08, a1="Western", a2="Kasese"), "2026-02-03",
    a1=ADF, i1=2, a2="Civilians (Uganda)", i2=7, fat=5),
  E(cur, "Armed clash", "Insurgents attacked the district headquarters of Marrupa in Niassa province", P("Marrupa", "MZ", 1, lat=-13.19, lon=37.5, a1="Niassa"), "2026-02-04",
    a1="Unidentified Armed Group (Mozambique)", i1=3, a2=MOZ_POL, i2=1, fat=2),
  E(cur, "Excessive force against protesters", "Security forces fired live rounds at young people protesting in Conakry's Ratoma suburb", P("Conakry", "GN", 2, lat=9.54, lon=-13.68, a1="Conakry", a2="Conakry Special Zone"), "2026-02-05",
    a1="Protesters (Guinea)", i1=6, a2=GIN_POL, i2=1, fat=2),
  E(cur, "Armed clash", "Gendarmes killed seven suspected cattle rustlers, known locally as dahalo, in a shootout near Ihosy", P("Ihosy", "MG", 2, lat=-22.4, lon=46.13, a1="Ihorombe", a2="Ihosy"), "2026-02-07",
    a1=MDG_POL, i1=1, a2="Unidentified Armed Group (Madagascar)", i2=3, fat=7),
  E(cur, "Looting/property destruction", "the bandits had driven off about 200 zebu from a village", P("Ihosy", "MG", 2, lat=-22.4, lon=46.13, a1="Ihorombe", a2="Ihosy"), "2026-02-07",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7),
  E(cur, "Attack", "Youths whom a residents' association identified as ZANU-PF supporters beat four of its members at a meeting in Chitungwiza", P("Chitungwiza", "ZW", 1, lat=-18.01, lon=31.08, a1="Harare"), "2026-02-08",
    a1=ZANU, i1=3, a2="Civilians (Zimbabwe)", i2=7, inj=4),
], register="digest"),

S("st-aj-048", "2026-07-02", """LIVE: Israel-Lebanon border - strikes and rocket fire

Wednesday 1 July

22:15 Israeli strikes have hit the outskirts of Nabatieh, Lebanon's state news agency NNA reports. Two people were killed when a strike hit their car on the road to Kfar Roummane, it says.

22:50 The Israeli military says it struck "Hezbollah terrorist infrastructure" in the Nabatieh area. It does not mention the car.

23:40 Sirens sounded in Kiryat Shmona in northern Israel. The Israeli military says one projectile crossed from Lebanon and was intercepted over the town. No injuries were reported.

Thursday 2 July

00:40 An Israeli drone struck a motorcycle in Bint Jbeil a few minutes ago, killing the rider, NNA reports.

07:30 Hezbollah has not commented on the strikes or on the projectile. The Lebanese army says it has found the launcher used in last night's rocket fire in an orchard near Khiam and dismantled it.

09:05 Recap: three people were killed in Israeli strikes in south Lebanon overnight; a projectile fired at Kiryat Shmona was intercepted; the Lebanese army has found and dismantled the launcher. This blog is now closed.""", [
  E(cur, "Air/drone strike", "Two people were killed when a strike hit their car on the road to Kfar Roummane", P("Nabatiye et Tahta", "LB", 2, lat=33.38, lon=35.48, a1="Nabatieh"), "2026-07-01",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=2),
  E(cur, "Disrupted weapons use", "one projectile crossed from Lebanon and was intercepted over the town", P("Qiryat Shmona", "IL", 1, lat=33.21, lon=35.57, a1="Northern"), "2026-07-01",
    a1="Military Forces of Israel (2022-)", i1=1, a2="Unidentified Armed Group (Israel)", i2=3, fat=0, inj=0),
  E(cur, "Air/drone strike", "An Israeli drone struck a motorcycle in Bint Jbeil a few minutes ago", P("Bent Jbail", "LB", 1, lat=33.12, lon=35.43, a1="Nabatieh"), "2026-07-02",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=1),
  E(cur, "Disrupted weapons use", "it has found the launcher used in last night's rocket fire in an orchard near Khiam and dismantled it", P("Khiam", "LB", 2, lat=33.33, lon=35.61, a1="Nabatieh"), "2026-07-02",
    a1=LBN, i1=1, a2=None, i2=None),
], register="live"),

S("st-aj-049", "2026-06-02", """BURKINA FASO INFORMATION AGENCY (AIB) - translated from French

Boucle du Mouhoun: the Defence and Security Forces repel a terrorist attack on Tougan

Ouagadougou, 2 June 2026 (AIB) - Units of the Armed Forces and Volunteers for the Defence of the Homeland (VDP) repelled a terrorist attack on the town of Tougan, in the Sourou province, at dawn on Saturday 30 May, neutralising several dozen assailants, according to security sources. Weapons, ammunition and about twenty motorcycles were recovered.

On Sunday 31 May, an air strike destroyed a terrorist logistics base in a forest south of Dedougou, neutralising about fifteen terrorists who were preparing attacks on the populations, the same sources said.

The Government firmly denies the allegations spread by certain foreign media that VDP killed civilians in a village near Tougan after the attack. "These are lies intended to discredit our fighters," the Minister of Communication said.

The Chief of Staff of the Armed Forces congratulated the units engaged and called on the population to keep reporting suspicious movements.

AIB - All rights reserved""", [
  E(cur, "Armed clash", "repelled a terrorist attack on the town of Tougan", P("Tougan", "BF", 1, lat=13.07, lon=-3.07, a1="Boucle du Mouhoun", a2="Sourou"), "2026-05-30",
    a1=BFA, i1=1, a2="Unidentified Armed Group (Burkina Faso)", i2=3, fat=12, assoc_actor_1=VDP),
  E(cur, "Air/drone strike", "an air strike destroyed a terrorist logistics base in a forest south of Dedougou", P("Dedougou", "BF", 2, lat=12.46, lon=-3.46, a1="Boucle du Mouhoun", a2="Mouhoun"), "2026-05-31",
    a1=BFA, i1=1, a2="Unidentified Armed Group (Burkina Faso)", i2=3, fat=15),
  unscored(E(neg, "Attack", "VDP killed civilians in a village near Tougan after the attack", P("Tougan", "BF", 2, lat=13.07, lon=-3.07, a1="Boucle du Mouhoun", a2="Sourou"),
    a1=VDP, i1=3, a2="Civilians (Burkina Faso)", i2=7), "event_date", "time_precision"),
], register="official"),

S("st-aj-050", "2026-04-28", """'They came after the evening prayer': 19 killed in Zamfara village raid

GUSAU, Nigeria (Regional press) - They came on about 60 motorcycles just after the evening prayer on Saturday, firing into the air at first and then into the houses, residents of Kucheri village in Tsafe local government area of Zamfara state said. By the time they rode away, three hours later, 19 people were dead and most of the village's cattle had been driven off.

"They went from house to house asking for the men," said a farmer who hid in a granary with his two sons. Survivors buried the dead on Sunday morning before fleeing to Tsafe town.

On Sunday afternoon, local vigilantes caught up with a group of the attackers near the Tsafe-Gusau road and fought them for about an hour, killing four, a vigilante commander said. One vigilante was killed.

It was not until Monday that the police named the attackers as members of Lakurawa, an armed group that has spread from the border with Niger into Sokoto, Kebbi and Zamfara. The state police spokesman said officers had arrested two men in Gusau on Monday who were suspected of supplying fuel to the group.""", [
  E(cur, "Attack", "They came on about 60 motorcycles just after the evening prayer on Saturday", P("Tsafe", "NG", 2, lat=11.96, lon=6.92, a1="Zamfara", a2="Tsafe"), "saturday",
    a1=LAK, i1=2, a2="Civilians (Nigeria)", i2=7, fat=19),
  E(cur, "Armed clash", "local vigilantes caught up with a group of the attackers near the Tsafe-Gusau road and fought them", P("Tsafe", "NG", 2, lat=11.96, lon=6.92, a1="Zamfara", a2="Tsafe"), "sunday",
    a1=VIG, i1=3, a2=LAK, i2=2, fat=5),
  E(cur, "Arrests", "officers had arrested two men in Gusau on Monday who were suspected of supplying fuel to the group", P("Gusau", "NG", 1, lat=12.17, lon=6.66, a1="Zamfara", a2="Gusau"), "monday",
    a1=NGA_POL, i1=1, a2=LAK, i2=2),
], register="local"),

S("st-aj-051", "2026-05-27", """Colombia: ELN and FARC dissidents battle in Catatumbo; drone wounds three in El Tarra

CUCUTA, Colombia, May 27 (Wire) - Fighting between ELN guerrillas and the 33rd Front, a faction of the FARC dissidents, in rural areas of Tibu in the Catatumbo region near the Venezuelan border has killed at least 11 people since Saturday, among them two civilians caught in the crossfire, the ombudsman's office said on Tuesday. More than 900 people have fled to the town of Tibu.

The army said on Monday it had sent 1,200 more troops to the region to protect the displaced and secure the roads.

On Monday evening, an explosive dropped from a drone hit a house in the urban centre of El Tarra, wounding a woman and her two children, the mayor said. The army blamed the ELN, which has used drones increasingly since last year.

Since early 2025, fighting between the two groups in the Catatumbo has displaced more than 60,000 people, according to the ombudsman.""", [
  E(cur, "Armed clash", "Fighting between ELN guerrillas and the 33rd Front, a faction of the FARC dissidents, in rural areas of Tibu", P("Tibu", "CO", 2, lat=8.64, lon=-72.74, a1="Norte de Santander", a2="Tibu"), "saturday", tp=2,
    a1=ELN, i1=2, a2=F33, i2=2, fat=11),
  E(cur, "Air/drone strike", "an explosive dropped from a drone hit a house in the urban centre of El Tarra", P("El Tarra", "CO", 1, lat=8.58, lon=-73.1, a1="Norte de Santander", a2="El Tarra"), "monday",
    a1=ELN, i1=2, a2="Civilians (Colombia)", i2=7, inj=3),
]),

S("st-aj-052", "2026-07-18", """Iran: one killed as forces fire on Zahedan marchers; militants attack police in Saravan; Guards hit Kurdish camp in Iraq

DUBAI, July 18 (Wire) - Iranian security forces fired tear gas and live ammunition at worshippers who marched through Zahedan after Friday prayers, killing one man and wounding nine, a Baluch rights group said on Saturday. State media said "rioters" had thrown stones at a police station and that officers had "restored order", without mentioning casualties.

On Wednesday, gunmen attacked a police station in Saravan, near the border with Pakistan, with rifles and rocket-propelled grenades. The Sunni militant group Jaish al-Adl said it had killed three officers; the provincial police said two officers were killed and the attackers were driven off.

Iran's Revolutionary Guards said they had struck "headquarters of separatist terrorist groups" in the Kurdistan Region of Iraq with drones and missiles overnight into Thursday. Kurdish officials said drones hit a camp of the Kurdistan Democratic Party of Iran (KDPI) near Koya, wounding two of its members.""", [
  E(cur, "Excessive force against protesters", "Iranian security forces fired tear gas and live ammunition at worshippers who marched through Zahedan after Friday prayers", P("Zahedan", "IR", 1, lat=29.5, lon=60.86, a1="Sistan and Baluchestan"), "friday",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1, fat=1, inj=9),
  E(cur, "Armed clash", "gunmen attacked a police station in Saravan", P("Saravan", "IR", 1, lat=27.37, lon=62.33, a1="Sistan and Baluchestan"), "wednesday",
    a1=JAA, i1=2, a2=IRN_POL, i2=1, fat=2),
  E(cur, "Air/drone strike", "drones hit a camp of the Kurdistan Democratic Party of Iran (KDPI) near Koya", P("Koysinceq", "IQ", 2, lat=36.08, lon=44.63, a1="Erbil", a2="Koisnjaq"), "thursday",
    a1=IRGC, i1=8, a2=KDPI, i2=2, inj=2),
]),
S("st-aj-053", "2026-03-31", """SOMALIA-SECURITY/
Mortar rounds hit Mogadishu market near airport zone; police detain five suspects

MOGADISHU, March 31 (Wire) - At least four mortar rounds fired by al Shabaab militants landed in and around a market near the fortified airport zone in Somalia's capital Mogadishu on Monday evening, wounding six civilians, police and witnesses said. The group said on its radio station that it had targeted "the bases of the foreign crusaders" at the airport.

"One shell fell among the women selling vegetables," said a trader whose stall was destroyed. Police spokesman Abdifatah Aden said the rounds had been fired from the outskirts of the city and that security forces were searching the area.

On Tuesday morning, police detained five men in the city's Hodan district on suspicion of involvement in the mortar attack and seized a mortar tube hidden in a parked car, the spokesman said.

Al Shabaab has carried out repeated attacks in the capital despite a government offensive. In December, a suicide car bomber killed seven people at a checkpoint near the presidential palace, and in January the group's fighters briefly overran a military base in Afgooye, about 30 km north-west of the city, before withdrawing the same day.

Caption: Smoke rises over the market near Mogadishu's airport zone after Monday evening's mortar attack.""", [
  E(cur, "Shelling/artillery/missile attack", "At least four mortar rounds fired by al Shabaab militants landed in and around a market near the fortified airport zone", P("Mogadishu", "SO", 2, lat=2.04, lon=45.34, a1="Banadir"), "monday",
    a1=SHB, i1=2, a2="Civilians (Somalia)", i2=7, inj=6),
  E(cur, "Arrests", "police detained five men in the city's Hodan district on suspicion of involvement in the mortar attack", P("Mogadishu", "SO", 2, lat=2.04, lon=45.34, a1="Banadir"), "tuesday",
    a1=SOM_POL, i1=1, a2=SHB, i2=2),
  E(bg, "Suicide bomb", "a suicide car bomber killed seven people at a checkpoint near the presidential palace", P("Mogadishu", "SO", 1, lat=2.04, lon=45.34, a1="Banadir"), "2025-12-01", tp=3,
    a1=SHB, i1=2, a2="Civilians (Somalia)", i2=7, fat=7),
  E(bg, "Armed clash", "the group's fighters briefly overran a military base in Afgooye", P("Afgooye", "SO", 1, lat=2.14, lon=45.12, a1="Lower Shabelle"), "2026-01-01", tp=3,
    a1=SHB, i1=2, a2="Military Forces of Somalia (2022-)", i2=1),
  unscored(E(cap, "Shelling/artillery/missile attack", "Smoke rises over the market near Mogadishu's airport zone after Monday evening's mortar attack", P("Mogadishu", "SO", 2, lat=2.04, lon=45.34, a1="Banadir"), "monday",
    a1=SHB, i1=2, a2="Civilians (Somalia)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-aj-054", "2026-07-14", """NORTH DARFUR - EMERGENCY UPDATE
Medical humanitarian organisation, 14 July 2026

Situation. Our teams in Tawila and the surrounding area continue to receive wounded people and survivors of violence from El Fasher and the villages around it. Since 1 July, our hospital in Tawila has treated 212 patients for violence-related injuries.

Incidents reported to our teams in the past week:
- On 7 July, a drone strike hit the main livestock market in El Fasher, killing nine people and wounding at least 30, according to patients who were brought to Tawila. The RSF, which controls the city, blamed the Sudanese army.
- On 9 July, eleven women and girls who had left Tawila to collect firewood were raped by armed men in RSF uniforms about 10 km west of the town, survivors told our staff.
- On 11 July, fighters at an RSF checkpoint near Tawila detained about 30 men travelling from El Fasher, accusing them of links to the army. Their families told us they have had no news of them since.

Our teams have also observed a sharp rise in malnutrition among children under five.

We call on all parties to protect civilians, to allow safe passage for those fleeing and to facilitate humanitarian access.

Media contact: communications unit, Nairobi.""", [
  E(cur, "Air/drone strike", "a drone strike hit the main livestock market in El Fasher", P("El Fasher", "SD", 1, lat=13.63, lon=25.35, a1="North Darfur"), "2026-07-07",
    a1="Military Forces of Sudan (2019-)", i1=1, a2="Civilians (Sudan)", i2=7, fat=9, inj=30),
  E(cur, "Sexual violence", "eleven women and girls who had left Tawila to collect firewood were raped by armed men in RSF uniforms", P("Tawila", "SD", 2, lat=13.5, lon=24.85, a1="North Darfur"), "2026-07-09",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7),
  E(cur, "Abduction/forced disappearance", "fighters at an RSF checkpoint near Tawila detained about 30 men travelling from El Fasher", P("Tawila", "SD", 2, lat=13.5, lon=24.85, a1="North Darfur"), "2026-07-11",
    a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7),
], register="ngo"),

S("st-aj-055", "2026-05-20", """Myanmar: Kachin rebels overrun junta outpost near Momauk; air strike kills six villagers

BANGKOK, May 20 (Wire) - Fighters of the Kachin Independence Army (KIA) overran a junta outpost near the town of Momauk in northern Myanmar's Kachin state on Saturday after two days of fighting, the rebel group said, capturing 14 soldiers and seizing weapons and ammunition.

A junta spokesman denied that the outpost had fallen to the rebels, saying its troops had "withdrawn tactically" after "inflicting heavy losses" on the attackers. The KIA said eight of its fighters were killed in the battle; the junta's losses were not known.

On Sunday, a junta aircraft bombed the village of Lawa Yang near Momauk, killing six villagers, among them two children, and wounding 11, a KIA spokesman and a local relief group said.

The KIA has been fighting to take the nearby town of Bhamo since late 2024.""", [
  E(cur, "Non-state actor overtakes territory", "overran a junta outpost near the town of Momauk", P("Momauk", "MM", 2, lat=24.25, lon=97.35, a1="Kachin"), "saturday",
    a1=KIA, i1=2, a2=MMR, i2=1, fat=8),
  E(cur, "Air/drone strike", "a junta aircraft bombed the village of Lawa Yang near Momauk", P("Momauk", "MM", 2, lat=24.25, lon=97.35, a1="Kachin"), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=6, inj=11),
]),

S("st-aj-056", "2026-06-09", """Guatemala: gang inmates riot in maximum-security prison, two guards shot dead; state of prevention declared in Escuintla

GUATEMALA CITY, June 9 (Wire) - Members of the Barrio 18 gang rioted at the Renovacion 1 maximum-security prison in Escuintla on Sunday, setting mattresses on fire and holding nine guards hostage for several hours to demand the return of leaders who had been transferred to another prison, the prison system said. Guards and police regained control with tear gas on Sunday evening; two inmates were killed and five guards were injured.

On Monday morning, gunmen on a motorcycle shot dead two prison guards as they left their homes in the city of Escuintla. Interior ministry officials blamed Barrio 18, saying the gang had ordered reprisals against prison staff.

President Bernardo Arevalo on Monday declared a 30-day state of prevention in the department of Escuintla, allowing the security forces to restrict gatherings and carry out searches without warrants.""", [
  E(cur, "Violent demonstration", "Members of the Barrio 18 gang rioted at the Renovacion 1 maximum-security prison in Escuintla on Sunday", P("Escuintla", "GT", 2, lat=14.3, lon=-90.79, a1="Escuintla", a2="Municipio de Escuintla"), "sunday",
    a1="Rioters (Guatemala)", i1=5, a2=GTM_POL, i2=1, fat=2, inj=5),
  E(cur, "Armed clash", "gunmen on a motorcycle shot dead two prison guards as they left their homes in the city of Escuintla", P("Escuintla", "GT", 1, lat=14.3, lon=-90.79, a1="Escuintla", a2="Municipio de Escuintla"), "monday",
    a1=B18, i1=3, a2=GTM_POL, i2=1, fat=2),
  E(cur, "Other", "declared a 30-day state of prevention in the department of Escuintla", P("Escuintla", "GT", 3, lat=14.3, lon=-90.79, a1="Escuintla"), "monday",
    a1=GTM_GOV, i1=1),
]),

S("st-aj-057", "2026-03-16", """Corsica: FLNC claims overnight bombings of three holiday homes

AJACCIO, March 16 (Wire) - The Corsican separatist group FLNC said on Sunday that it had carried out bomb attacks on three holiday homes in the south of the island overnight into Saturday, which caused heavy damage but no injuries, French prosecutors said.

The explosions hit a villa under construction on the outskirts of Porto-Vecchio, a holiday home in Bonifacio and a house in Lecci, a few kilometres north of Porto-Vecchio, all belonging to owners from mainland France or abroad, the prosecutors said. Nobody was inside the houses.

In its statement, sent to a local newspaper, the FLNC said it was fighting "the speculation that is driving Corsicans from their land" and warned that it would strike again. The anti-terrorism prosecutor's office has opened an investigation.

The group announced in 2014 that it was laying down its arms, but has claimed several attacks since 2022.""", [
  E(cur, "Remote explosive/landmine/IED", "a villa under construction on the outskirts of Porto-Vecchio", P("Porto-Vecchio", "FR", 2, lat=41.59, lon=9.28, a1="Corsica", a2="Corse-du-Sud"), "saturday",
    a1=FLNC, i1=2, a2="Civilians (France)", i2=7, fat=0, inj=0),
  E(cur, "Remote explosive/landmine/IED", "a holiday home in Bonifacio", P("Bonifacio", "FR", 1, lat=41.39, lon=9.16, a1="Corsica", a2="Corse-du-Sud"), "saturday",
    a1=FLNC, i1=2, a2="Civilians (France)", i2=7, fat=0, inj=0),
  E(cur, "Remote explosive/landmine/IED", "a house in Lecci, a few kilometres north of Porto-Vecchio", P("Porto-Vecchio", "FR", 2, lat=41.59, lon=9.28, a1="Corsica", a2="Corse-du-Sud"), "saturday",
    a1=FLNC, i1=2, a2="Civilians (France)", i2=7, fat=0, inj=0),
  E(thr, "Remote explosive/landmine/IED", "warned that it would strike again", P("Corsica", "FR", 3, lat=41.92, lon=8.74, a1="Corsica"),
    a1=FLNC, i1=2),
]),

S("st-aj-058", "2026-05-06", """6TH INFANTRY (KAMPILAN) DIVISION, PHILIPPINE ARMY
PRESS RELEASE

Five BIFF terrorists killed in Datu Piang clash; soldier wounded

CAMP SIONGCO, Maguindanao del Norte, 6 May 2026 - Five members of the Dawlah Islamiyah-inspired faction of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in a clash with troops of the 33rd Infantry Battalion in Barangay Kitango, Datu Piang, Maguindanao del Sur, at about 4 p.m. on Monday, 4 May. One soldier was wounded and is in stable condition.

The troops were responding to reports from residents that a group of armed men had been seen near the village. Recovered from the encounter site were three M16 rifles, a sniper rifle and improvised explosive device components.

The Division Commander said the BIFF faction had threatened in leaflets to attack army detachments in the municipality and urged residents to report any suspicious persons.

Kampilan Public Affairs Office
#6IDKampilan #ServingThePeople""", [
  E(cur, "Armed clash", "were killed in a clash with troops of the 33rd Infantry Battalion in Barangay Kitango, Datu Piang", P("Kitango", "PH", 1, lat=6.9483, lon=124.4411, a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Maguindanao del Sur"), "2026-05-04",
    a1=PHL, i1=1, a2=BIFF, i2=2, fat=5, inj=1),
  E(thr, "Armed clash", "had threatened in leaflets to attack army detachments in the municipality", P("Datu Piang", "PH", 2, lat=7.03, lon=124.5, a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Maguindanao del Sur"),
    a1=BIFF, i1=2, a2=PHL, i2=1),
], register="official"),

S("st-aj-059", "2026-08-18", """Thailand denies Cambodian claim of border shooting as truce observers visit

BANGKOK, Aug 18 (Wire) - Thailand's army on Tuesday denied a Cambodian accusation that its soldiers had fired across the border in Surin province on Sunday, calling the claim "baseless" and saying the situation along the frontier was calm.

Cambodia's defence ministry had said Thai troops fired small arms and a mortar round towards Cambodian positions near the disputed Ta Muen Thom temple, without causing casualties. "Not a single shot was fired by our side," a Thai army spokesman said.

A team of observers from Southeast Asian countries visited the area on Monday as part of the ceasefire that ended fighting between the neighbours last year. Both sides said they remained committed to the truce.

Photo: Thai soldiers at a checkpoint in Surin province, July 2025 (file photo).""", [
  unscored(E(neg, "Armed clash", "its soldiers had fired across the border in Surin province on Sunday", P("Surin", "TH", 3, lat=14.88, lon=103.49, a1="Surin"), "sunday",
    a1=THA, i1=1, a2=KHM, i2=8), "event_date", "time_precision"),
], negative="denial"),

S("st-aj-060", "2026-12-01", """Kenya on alert after al Shabaab video threatens holiday attacks

NAIROBI, Dec 1 (Wire) - Kenyan police raised the security alert across the country on Tuesday after al Shabaab released a video threatening to attack shopping malls, churches and hotels during the Christmas holidays, a police statement said.

In the 20-minute video, a masked fighter speaking Swahili called on followers to "strike the Kenyan crusaders in their cities" in revenge for Kenya's military presence in Somalia. Police said they would deploy extra officers to malls, bus stations and places of worship in Nairobi, Mombasa and the counties bordering Somalia.

The group has killed hundreds of people in Kenya since 2011, among them shoppers at a Nairobi mall and students at a university in Garissa. Kenyan officials say the threat from the group remains high, particularly in Mandera, Wajir, Garissa and Lamu counties.""", [
  unscored(E(thr, "Attack", "threatening to attack shopping malls, churches and hotels during the Christmas holidays", C("KE"),
    a1=SHB, i1=2, a2="Civilians (Kenya)", i2=7), "time_precision"),
], negative="threat"),
S("st-aj-061", "2026-10-27", """South Sudan: White Army attacks army positions near Nasir; air strike kills seven in Ulang

JUBA, Oct 27 (Wire) - Fighters of the White Army, an armed Nuer youth militia, attacked army positions on the outskirts of Nasir in South Sudan's Upper Nile state at dawn on Saturday, the army spokesman said, adding that troops had repelled them and killed "more than 20" of the attackers. The opposition SPLM-IO, which the government accuses of directing the militia, said five soldiers had been killed.

On Sunday, aircraft bombed the town of Ulang, about 40 km west of Nasir, killing seven civilians, including three children, and wounding 12, a local official said. The army denied targeting civilians and said it had struck "concentrations of White Army fighters".

Fighting in Upper Nile since March 2025 has displaced more than 100,000 people, many of them into Ethiopia, according to the United Nations.""", [
  E(cur, "Armed clash", "Fighters of the White Army, an armed Nuer youth militia, attacked army positions on the outskirts of Nasir", P("Nasir", "SS", 2, lat=8.6, lon=33.07, a1="Upper Nile"), "saturday",
    a1=WHITE, i1=4, a2=SSD, i2=1, fat=25),
  E(cur, "Air/drone strike", "aircraft bombed the town of Ulang, about 40 km west of Nasir", P("Nasir", "SS", 2, lat=8.6, lon=33.07, a1="Upper Nile"), "sunday",
    a1=SSD, i1=1, a2="Civilians (South Sudan)", i2=7, fat=7, inj=12),
]),

S("st-aj-062", "2026-01-28", """WEST AFRICA/
Four Beninese soldiers killed near Niger border; Togo police break up Lome protest after activists arrested

COTONOU/LOME, Jan 28 (Wire) - Suspected jihadists killed four Beninese soldiers in an attack on an army post near Malanville, on the border with Niger, on Monday, two military sources said. The attackers, who came on motorcycles, took weapons and set a vehicle on fire before fleeing towards the W national park.

In Togo, police on Monday arrested three activists of a citizens' movement at their homes in Lome, a day before a protest they had called against constitutional changes that extended the president's rule, their lawyer said. They were being held at the central police station.

On Tuesday, police fired tear gas to disperse several hundred young people who gathered in Lome's Be neighbourhood despite a ban on the protest, and detained about 20 of them, witnesses said. Shops in the city centre stayed closed.""", [
  E(cur, "Armed clash", "Suspected jihadists killed four Beninese soldiers in an attack on an army post near Malanville", P("Malanville", "BJ", 2, lat=11.87, lon=3.38, a1="Alibori", a2="Malanville"), "monday",
    a1="Unidentified Armed Group (Benin)", i1=3, a2=BEN, i2=1, fat=4),
  E(cur, "Arrests", "police on Monday arrested three activists of a citizens' movement at their homes in Lome", P("Lome", "TG", 1, lat=6.13, lon=1.22, a1="Maritime"), "monday",
    a1=TGO_POL, i1=1, a2="Civilians (Togo)", i2=7),
  E(cur, "Protest with intervention", "police fired tear gas to disperse several hundred young people who gathered in Lome's Be neighbourhood", P("Lome", "TG", 2, lat=6.13, lon=1.22, a1="Maritime"), "tuesday",
    a1="Protesters (Togo)", i1=6, a2=TGO_POL, i2=1),
]),

S("st-aj-063", "2026-05-12", """INTER SERVICES PUBLIC RELATIONS
PRESS RELEASE
Rawalpindi - May 12, 2026

On 10 May 2026, security forces conducted an intelligence based operation in the general area of Mach, Kachhi District, on the reported presence of terrorists belonging to the Indian proxy Fitna al Hindustan. During the conduct of the operation, own troops effectively engaged the terrorists' location and, after an intense exchange of fire, six Indian sponsored terrorists were sent to hell.

On the night of 10/11 May, Fitna al Hindustan terrorists attacked a Frontier Corps post near Sibi. The attack was effectively repulsed by the troops and three terrorists were killed. During the exchange of fire, two soldiers, having fought gallantly, embraced shahadat.

Sanitisation operations are being conducted to eliminate any other Indian sponsored terrorist found in the area. The Security Forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.

ISPR""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in the general area of Mach", P("Mach", "PK", 2, lat=29.86, lon=67.33, a1="Balochistan", a2="Kachhi"), "2026-05-10",
    a1=PAK, i1=1, a2=BLA, i2=2, fat=6),
  E(cur, "Armed clash", "Fitna al Hindustan terrorists attacked a Frontier Corps post near Sibi", P("Sibi", "PK", 2, lat=29.54, lon=67.88, a1="Balochistan", a2="Sibi"), "2026-05-11",
    a1=BLA, i1=2, a2=PAK, i2=1, fat=5),
], register="official"),

S("st-aj-064", "2026-01-20", """Nepal: royalist march turns violent in Kathmandu; curfew imposed, coordinator arrested

KATHMANDU, Jan 20 (Wire) - Police fired tear gas and water cannon on Monday at thousands of supporters of restoring Nepal's monarchy who tried to march towards the parliament building from Kathmandu's Baneshwor area. Some protesters threw stones at officers, broke through barricades and set fire to a motorcycle and the ground floor of a house, police said.

Twenty-three police officers and 14 protesters were injured, and 51 people were arrested during the clashes, a police spokesman said. The Kathmandu district administration imposed a curfew in Baneshwor and the neighbouring Tinkune area from 4:30 p.m. on Monday until 10 p.m.

On Tuesday morning, police arrested the coordinator of the pro-monarchy movement at his home in Kathmandu over the violence, his aides said.

Nepal's monarchy was abolished in 2008. General elections are due in March.""", [
  E(cur, "Violent demonstration", "Some protesters threw stones at officers, broke through barricades and set fire to a motorcycle", P("Kathmandu", "NP", 2, lat=27.7, lon=85.32, a1="Bagmati", a2="Kathmandu"), "monday",
    a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1, inj=37),
  E(cur, "Other", "imposed a curfew in Baneshwor and the neighbouring Tinkune area", P("Kathmandu", "NP", 2, lat=27.7, lon=85.32, a1="Bagmati", a2="Kathmandu"), "monday",
    a1=NPL_GOV, i1=1),
  E(cur, "Arrests", "police arrested the coordinator of the pro-monarchy movement at his home in Kathmandu", P("Kathmandu", "NP", 1, lat=27.7, lon=85.32, a1="Bagmati", a2="Kathmandu"), "tuesday",
    a1=NPL_POL, i1=1, a2="Civilians (Nepal)", i2=7),
]),

S("st-aj-065", "2026-06-10", """Three shot dead in Laventille as gang feud flares; emergency extended

PORT OF SPAIN (Local press) - Three men were shot dead and two others wounded when gunmen opened fire on a group liming outside a shop in Laventille on Monday night, police said, blaming a feud between two gangs over control of the area.

Residents said the gunmen arrived in a white car, fired more than 30 rounds and drove off towards the Eastern Main Road. One of the wounded is in critical condition.

On Tuesday, police backed by soldiers raided houses in Laventille and detained 11 men, among them a suspected gang leader, in connection with the killings, the Commissioner of Police said.

Parliament on Tuesday approved the government's motion to extend the state of emergency for a further three months. The government says the measure has helped to bring down the murder rate.""", [
  E(cur, "Attack", "gunmen opened fire on a group liming outside a shop in Laventille", P("Laventille", "TT", 1, lat=10.65, lon=-61.5, a1="San Juan-Laventille"), "monday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=3, inj=2),
  E(cur, "Arrests", "police backed by soldiers raided houses in Laventille and detained 11 men", P("Laventille", "TT", 1, lat=10.65, lon=-61.5, a1="San Juan-Laventille"), "tuesday",
    a1=TTO_POL, i1=1, a2="Unidentified Armed Group (Trinidad and Tobago)", i2=3, assoc_actor_1=TTO_MIL),
  E(cur, "Other", "approved the government's motion to extend the state of emergency for a further three months", C("TT"), "tuesday",
    a1=TTO_GOV, i1=1),
], register="local"),

S("st-aj-066", "2026-05-05", """El Salvador: 23 suspected MS-13 members held in Soyapango sweep; emergency rule extended again

SAN SALVADOR, May 5 (Wire) - Salvadoran police and soldiers arrested 23 suspected members of the MS-13 gang in a sweep of Soyapango, east of the capital, on Sunday, the national police said, as Congress extended the state of exception for another month.

The detainees were accused of "illicit association" and of extorting bus drivers. Police published photographs of them kneeling in a football stadium.

On Monday, Congress, controlled by President Nayib Bukele's party, approved the extension of the emergency regime, in force since March 2022, which suspends some constitutional rights.

Relatives of detainees gathered on Monday outside the Mariona prison in Ayutuxtepeque, on the northern edge of San Salvador, to demand news of family members held without trial. They dispersed peacefully in the afternoon.""", [
  E(cur, "Arrests", "arrested 23 suspected members of the MS-13 gang in a sweep of Soyapango", P("Soyapango", "SV", 1, lat=13.71, lon=-89.14, a1="San Salvador"), "sunday",
    a1=SLV_POL, i1=1, a2=MS13, i2=3, assoc_actor_1=SLV_MIL),
  E(cur, "Other", "approved the extension of the emergency regime", C("SV"), "monday",
    a1=SLV_GOV, i1=1),
  E(cur, "Peaceful protest", "Relatives of detainees gathered on Monday outside the Mariona prison in Ayutuxtepeque", P("Ayutuxtepeque", "SV", 1, lat=13.74, lon=-89.2, a1="San Salvador"), "monday",
    a1="Protesters (El Salvador)", i1=6),
]),

S("st-aj-067", "2026-04-29", """Central African Republic: Zande militia attacks UN base in Zemio; four herders abducted near Obo

BANGUI, April 29 (Wire) - Fighters of the Azande Ani Kpi Gbe militia attacked a base of the U.N. peacekeeping mission MINUSCA on the outskirts of Zemio in the south-east of the Central African Republic on Saturday, killing one peacekeeper, the mission said. Three of the attackers were killed when the peacekeepers returned fire.

On Sunday, members of the same militia abducted four Fulani herders near Obo, about 150 km to the east, local officials said. The militia accuses Fulani herders of supporting the rebels of the UPC.

MINUSCA said attacks on its troops "may constitute war crimes". The Zande militia emerged in 2023 in Haut-Mbomou prefecture, where thousands of people have been displaced.""", [
  E(cur, "Armed clash", "Fighters of the Azande Ani Kpi Gbe militia attacked a base of the U.N. peacekeeping mission MINUSCA on the outskirts of Zemio", P("Zemio", "CF", 2, lat=5.03, lon=25.14, a1="Haut-Mbomou", a2="Zemio"), "saturday",
    a1=AAKG, i1=4, a2=MINUSCA, i2=8, fat=4),
  E(cur, "Abduction/forced disappearance", "members of the same militia abducted four Fulani herders near Obo", P("Obo", "CF", 2, lat=5.4, lon=26.49, a1="Haut-Mbomou", a2="Obo"), "sunday",
    a1=AAKG, i1=4, a2="Civilians (Central African Republic)", i2=7),
]),

S("st-aj-068", "2026-09-02", """Blast at military warehouse near Osh kills four; ministry blames fire

BISHKEK, Sept 2 (Wire) - A series of explosions at a military warehouse on the outskirts of Kyrgyzstan's southern city of Osh killed four soldiers and injured nine people on Tuesday, the defence ministry said, blaming a fire that broke out while old ammunition was being loaded for disposal.

Residents of nearby neighbourhoods were evacuated as shells exploded for several hours, sending plumes of smoke over the city. Windows were shattered in houses up to two kilometres away.

The ministry said there was no indication of sabotage and that a commission would investigate. The border with Tajikistan, where the two countries' forces clashed in 2021 and 2022, has been calm since a border treaty was signed last year.""", [], negative="accident"),

S("st-aj-069", "2026-03-18", """Uganda opposition calls off Kampala march after police refuse permission

KAMPALA, March 18 (Wire) - Uganda's main opposition party called off a march planned for Thursday in Kampala to protest against the detention of its supporters, after police said they had not authorised it and warned that any gathering would be dispersed.

Party officials said they would instead hold prayers at the party headquarters and file a complaint with the Uganda Human Rights Commission. "We do not want our supporters to be beaten or arrested," the party's secretary general said.

The police spokesman said the march had been refused because the organisers had not agreed a route. Hundreds of opposition supporters have been detained since the January elections, according to the party.""", [], negative="called off"),

S("st-aj-070", "2026-11-17", """Indonesian court jails five over plot to bomb churches at Christmas

JAKARTA, Nov 17 (Wire) - An Indonesian court on Tuesday sentenced five members of a militant cell linked to the Islamic State to between six and 12 years in prison for plotting to bomb churches in Central Java during last year's Christmas services.

The East Jakarta District Court found that the men had assembled explosives and surveyed three churches in Solo and Semarang. The cell was broken up by the Densus 88 counter-terrorism unit weeks before the holiday.

The defendants' lawyers said they were considering an appeal. Indonesia has not suffered a major militant bombing since 2021.""", [], negative="trial"),
S("st-aj-071", "2026-07-21", """Iraq: protester killed as Basra power-cut protest turns violent; tribes clash in Qurna

BASRA, Iraq, July 21 (Wire) - Security forces opened fire on Monday as hundreds of protesters angry at power cuts in the summer heat tried to storm the provincial council building in the southern Iraqi city of Basra, killing one protester and wounding 14, medical sources said. Protesters threw stones and set fire to the building's gate; nine members of the security forces were hurt, the provincial police said.

On Sunday, members of two tribes fought each other with machine guns and rocket-propelled grenades over a land dispute in the Qurna district north of Basra, killing three people and wounding six, a police source said. Police and tribal elders brokered a truce in the evening.

On Saturday, a roadside bomb damaged a truck carrying supplies for the U.S.-led coalition on the highway near Diwaniyah. The Iraqi driver was unhurt. Such attacks, usually unclaimed, have become rare since 2024.

Temperatures in Basra have exceeded 50 degrees Celsius this month, while the national grid supplies only a few hours of electricity a day in some districts.""", [
  E(cur, "Violent demonstration", "hundreds of protesters angry at power cuts in the summer heat tried to storm the provincial council building", P("Basrah", "IQ", 1, lat=30.51, lon=47.78, a1="Basra", a2="Basrah"), "monday",
    a1="Rioters (Iraq)", i1=5, a2=IRQ_POL, i2=1, fat=1, inj=23),
  E(cur, "Armed clash", "members of two tribes fought each other with machine guns and rocket-propelled grenades over a land dispute in the Qurna district", P("Al-Qurna", "IQ", 3, lat=31.02, lon=47.43, a1="Basra", a2="Al-Qurna"), "sunday",
    a1="Unidentified Tribal Militia (Iraq)", i1=4, a2="Unidentified Tribal Militia (Iraq)", i2=4, fat=3, inj=6),
  E(cur, "Agreement", "Police and tribal elders brokered a truce in the evening", P("Al-Qurna", "IQ", 3, lat=31.02, lon=47.43, a1="Basra", a2="Al-Qurna"), "sunday",
    a1="Unidentified Tribal Militia (Iraq)", i1=4, a2="Unidentified Tribal Militia (Iraq)", i2=4),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb damaged a truck carrying supplies for the U.S.-led coalition on the highway near Diwaniyah", P("Al Diwaniyah", "IQ", 2, lat=31.99, lon=44.93, a1="Al-Qadissiya", a2="Qada Diwaniya"), "saturday",
    a1="Unidentified Armed Group (Iraq)", i1=3, a2="Civilians (Iraq)", i2=7, fat=0, inj=0),
]),

S("st-aj-072", "2026-07-14", """DR Congo: CODECO militia kills 17 at displacement site in Ituri; army retakes village

BUNIA, Democratic Republic of Congo, July 14 (Wire) - Fighters of the CODECO militia attacked a site for displaced people near Fataki in Ituri province's Djugu territory late on Saturday, killing 17 people with machetes and guns and setting fire to dozens of shelters, a civil society leader and a local health official said.

U.N. peacekeepers based nearby said they had sent a patrol but that the attackers had fled before it arrived. Most of the victims were women and children, the health official said.

On Sunday, the Congolese army said its troops had retaken the village of Largu, north of Fataki, which CODECO fighters had been holding, after fighting in which four militiamen were killed.

CODECO, which says it defends the Lendu community, has been blamed for the deaths of thousands of civilians in Djugu since 2017.""", [
  E(cur, "Attack", "Fighters of the CODECO militia attacked a site for displaced people near Fataki", P("Fataki", "CD", 2, lat=1.87, lon=30.71, a1="Ituri"), "saturday",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=17),
  E(cur, "Government regains territory", "its troops had retaken the village of Largu, north of Fataki", P("Fataki", "CD", 2, lat=1.87, lon=30.71, a1="Ituri"), "sunday",
    a1=COD, i1=1, a2=CODECO, i2=4, fat=4),
]),

S("st-aj-073", "2026-07-08", """Honduran police tear-gas teachers' march; five dead in gang shootout in San Pedro Sula

TEGUCIGALPA, July 8 (Wire) - Honduran police fired tear gas on Tuesday to disperse thousands of teachers who had blocked a main boulevard in Tegucigalpa to protest against a pension reform, the teachers' union said. A dozen teachers were treated for the effects of the gas and eight were detained.

In San Pedro Sula, the country's second city, five men were killed on Monday night in a shootout between members of the MS-13 and Barrio 18 gangs in the Chamelecon sector, police said. On Tuesday, police arrested two wounded men suspected of belonging to MS-13 when they sought treatment at a hospital in the city.

The government of President Nasry Asfura has promised a tougher approach to the gangs, which control large parts of the country's main cities.""", [
  E(cur, "Protest with intervention", "Honduran police fired tear gas on Tuesday to disperse thousands of teachers", P("Tegucigalpa", "HN", 1, lat=14.08, lon=-87.21, a1="Francisco Morazan", a2="Distrito Central"), "tuesday",
    a1="Protesters (Honduras)", i1=6, a2=HND_POL, i2=1, inj=12),
  E(cur, "Armed clash", "five men were killed on Monday night in a shootout between members of the MS-13 and Barrio 18 gangs", P("San Pedro Sula", "HN", 2, lat=15.51, lon=-88.03, a1="Cortes", a2="San Pedro Sula"), "monday",
    a1=MS13, i1=3, a2=B18, i2=3, fat=5),
  E(cur, "Arrests", "police arrested two wounded men suspected of belonging to MS-13", P("San Pedro Sula", "HN", 1, lat=15.51, lon=-88.03, a1="Cortes", a2="San Pedro Sula"), "tuesday",
    a1=HND_POL, i1=1, a2=MS13, i2=3),
]),

S("st-aj-074", "2026-07-01", """Honiara: police shooting of teenager sparks riot; shops burned in Chinatown

HONIARA (Local press) - A police officer shot dead a 19-year-old man at a checkpoint in east Honiara on Monday evening after the car he was travelling in failed to stop, the Royal Solomon Islands Police Force (RSIPF) said. The officer has been suspended pending an investigation.

On Tuesday, several hundred young people gathered outside the police headquarters to demand justice. Later in the afternoon, part of the crowd moved into Chinatown, threw stones at officers and set fire to two shops, police said. Officers fired tear gas and arrested 27 people; four officers were injured.

The Prime Minister appealed for calm and said the death would be fully investigated.""", [
  E(cur, "Attack", "A police officer shot dead a 19-year-old man at a checkpoint in east Honiara", P("Honiara", "SB", 1, lat=-9.43, lon=159.95, a1="Capital Territory"), "monday",
    a1=SLB_POL, i1=1, a2="Civilians (Solomon Islands)", i2=7, fat=1),
  E(cur, "Violent demonstration", "part of the crowd moved into Chinatown, threw stones at officers and set fire to two shops", P("Honiara", "SB", 2, lat=-9.43, lon=159.95, a1="Capital Territory"), "tuesday",
    a1="Rioters (Solomon Islands)", i1=5, a2=SLB_POL, i2=1, inj=4),
], register="local"),

S("st-aj-075", "2026-04-21", """Suicide bomber kills six outside Kabul bank; Taliban say Islamic State cell hit in Jalalabad

KABUL, April 21 (Wire) - A suicide bomber blew himself up among people queuing outside a bank branch in Kabul's Shahr-e Naw area on Monday morning, killing six people and wounding 13, a police spokesman said. Most of the victims were government employees waiting to collect their salaries. Islamic State Khorasan Province claimed the attack.

Taliban intelligence said on Tuesday that its forces had raided an Islamic State hideout in the eastern city of Jalalabad on Sunday night, killing two members of the group and arresting three others who it said had been planning attacks in the capital.

Separately, the anti-Taliban National Resistance Front (NRF) said its fighters had attacked a Taliban checkpoint in Baghlan's Pul-e Khumri district on Saturday, killing four Taliban fighters. A Taliban spokesman said the attack had been repelled and that none of its men had been killed.""", [
  E(cur, "Suicide bomb", "A suicide bomber blew himself up among people queuing outside a bank branch", P("Kabul", "AF", 2, lat=34.53, lon=69.17, a1="Kabul", a2="Kabul"), "monday",
    a1=ISKP, i1=2, a2="Civilians (Afghanistan)", i2=7, fat=6, inj=13),
  E(cur, "Armed clash", "its forces had raided an Islamic State hideout in the eastern city of Jalalabad", P("Jalalabad", "AF", 1, lat=34.43, lon=70.45, a1="Nangarhar"), "sunday",
    a1=AFG_POL, i1=1, a2=ISKP, i2=2, fat=2),
  E(cur, "Armed clash", "its fighters had attacked a Taliban checkpoint in Baghlan's Pul-e Khumri district", P("Pul-e Khumri", "AF", 3, lat=35.94, lon=68.72, a1="Baghlan", a2="Puli Khumri"), "saturday",
    a1=NRF, i1=2, a2="Military Forces of Afghanistan (2021-)", i2=1, fat=4),
]),

S("st-aj-076", "2026-05-04", """Germany: 30 police hurt as counter-protesters clash with officers at AfD rally in Leipzig

BERLIN, May 4 (Wire) - Left-wing counter-protesters threw bottles, stones and fireworks at police in Leipzig on Saturday as officers kept them away from a rally by the far-right Alternative for Germany (AfD), police said. Thirty officers were injured and 44 people were detained. Police used water cannon and pepper spray.

The AfD rally, attended by about 2,000 people on the Augustusplatz, passed off without incident, according to police.

In Berlin, unknown people set fire to 12 vans of a logistics company overnight into Sunday. A left-wing extremist group claimed the arson on an internet platform, accusing the company of working for the armed forces. Nobody was hurt.""", [
  E(cur, "Violent demonstration", "Left-wing counter-protesters threw bottles, stones and fireworks at police in Leipzig", P("Leipzig", "DE", 1, lat=51.34, lon=12.37, a1="Sachsen"), "saturday",
    a1="Rioters (Germany)", i1=5, a2=DEU_POL, i2=1, inj=30),
  E(cur, "Peaceful protest", "The AfD rally, attended by about 2,000 people on the Augustusplatz", P("Leipzig", "DE", 1, lat=51.34, lon=12.37, a1="Sachsen"), "saturday",
    a1="Protesters (Germany)", i1=6),
  E(cur, "Looting/property destruction", "unknown people set fire to 12 vans of a logistics company", P("Berlin", "DE", 1, lat=52.52, lon=13.41, a1="Berlin"), "sunday",
    a1="Unidentified Armed Group (Germany)", i1=3, a2="Civilians (Germany)", i2=7, fat=0, inj=0),
]),

S("st-aj-077", "2026-06-09", """Army foils infiltration bid in Uri, two militants killed; grenade hurled at CRPF bunker in Srinagar

SRINAGAR (Regional press) - Two militants were killed when the army foiled an infiltration bid along the Line of Control in the Uri sector of Baramulla district on Sunday night, a defence spokesman said. Their bodies were recovered on Monday morning with two rifles.

On Monday evening, militants hurled a grenade at a CRPF bunker in Srinagar's Lal Chowk, wounding two CRPF personnel and a passer-by, police said. The area was cordoned off and searches were launched.

On Tuesday, police said they had detained three suspects in the old city in connection with the grenade attack.""", [
  E(cur, "Armed clash", "the army foiled an infiltration bid along the Line of Control in the Uri sector", P("Uri", "IN", 2, lat=34.09, lon=74.03, a1="Jammu and Kashmir", a2="Baramulla"), "sunday",
    a1=IND, i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=2),
  E(cur, "Grenade", "militants hurled a grenade at a CRPF bunker in Srinagar's Lal Chowk", P("Srinagar", "IN", 2, lat=34.09, lon=74.81, a1="Jammu and Kashmir", a2="Srinagar"), "monday",
    a1="Unidentified Armed Group (India)", i1=3, a2=IND_POL, i2=1, inj=3),
  E(cur, "Arrests", "they had detained three suspects in the old city in connection with the grenade attack", P("Srinagar", "IN", 2, lat=34.09, lon=74.81, a1="Jammu and Kashmir", a2="Srinagar"), "tuesday", tp=2,
    a1=IND_POL, i1=1, a2="Unidentified Armed Group (India)", i2=3),
], register="local"),

S("st-aj-078", "2026-03-11", """Armenia, Azerbaijan ministers meet in Abu Dhabi; no date set for treaty signing

ABU DHABI, March 11 (Wire) - The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Wednesday for talks on implementing the peace agreement initialled last year, but did not set a date for its formal signing, both ministries said.

Azerbaijan has said it will sign only after Armenia changes its constitution to remove what Baku sees as territorial claims. Armenia plans a referendum on a new constitution after parliamentary elections in June.

Both sides said the border had been calm and that work on demarcation would continue. The two countries fought wars over the Karabakh region in the 1990s and in 2020.""", [], negative="diplomacy"),

S("st-aj-079", "2026-04-07", """Rwanda begins commemoration of 1994 genocide against the Tutsi

KIGALI, April 7 (Wire) - Rwanda began a week of national mourning on Tuesday to mark the 32nd anniversary of the 1994 genocide against the Tutsi, with President Paul Kagame lighting a flame of remembrance at the Kigali Genocide Memorial.

About 800,000 people, mostly Tutsi, were killed over 100 days by extremist Hutu militias and soldiers. Survivors laid wreaths at memorials across the country, and a candle-lit vigil was held at the national stadium in the evening.

Kagame said the country would "never again" allow divisions to take root.""", [], negative="commemoration"),
S("st-aj-080", "2026-06-09", """Ghana: six killed as gunfire erupts again in Bawku; curfew extended

BOLGATANGA, Ghana (Local press) - At least six people were killed on Sunday when gunmen of the Kusasi and Mamprusi factions exchanged fire in several suburbs of Bawku, in the Upper East region, police said, in the latest flare-up of a decades-old chieftaincy dispute.

Residents said the shooting began in the morning near the main market and continued until evening, when military reinforcements arrived from Bolgatanga. Several houses were set on fire and hundreds of people fled towards the border with Burkina Faso.

On Monday, the Interior Minister extended the dusk-to-dawn curfew in Bawku and surrounding areas by two weeks and brought its start forward to 2 p.m.

The Bawku conflict has killed hundreds of people since it flared again in 2021.""", [
  E(cur, "Armed clash", "gunmen of the Kusasi and Mamprusi factions exchanged fire in several suburbs of Bawku", P("Bawku", "GH", 1, lat=11.06, lon=-0.24, a1="Upper East", a2="Bawku Municipal"), "sunday",
    a1=KUSASI, i1=4, a2=MAMPRUSI, i2=4, fat=6),
  E(cur, "Other", "extended the dusk-to-dawn curfew in Bawku and surrounding areas by two weeks", P("Bawku", "GH", 1, lat=11.06, lon=-0.24, a1="Upper East", a2="Bawku Municipal"), "monday",
    a1=GHA_GOV, i1=1),
], register="local"),

S("st-aj-081", "2026-05-12", """Tunisian police clash with migrants while clearing camps north of Sfax

TUNIS, May 12 (Wire) - Tunisian police using bulldozers cleared several makeshift camps of sub-Saharan migrants in olive groves near El Amra, north of Sfax, on Monday, and some migrants threw stones at officers, who responded with tear gas, a National Guard spokesman said. Two officers were injured and about 40 migrants were detained.

Rights groups said the migrants' tents and belongings had been burned and that many had fled into the fields. The spokesman said the camps had been set up illegally on private land and that the owners had complained.

Thousands of migrants have lived in the olive groves around El Amra and Jebiniana since 2023, hoping to cross the Mediterranean to Italy.""", [
  E(cur, "Violent demonstration", "some migrants threw stones at officers, who responded with tear gas", P("Sfax", "TN", 2, lat=34.74, lon=10.76, a1="Sfax", a2="Sfax Ville"), "monday",
    a1="Rioters (Tunisia)", i1=5, a2=TUN_POL, i2=1, inj=2),
]),

S("st-aj-082", "2026-05-18", """SAHEL SECURITY DIGEST - 11 to 17 May 2026

MALI - The army withdrew from its camp in Tessit, in the Gao region, on Tuesday. Fighters of the Group for Support of Islam and Muslims (JNIM) entered the town on Wednesday without meeting resistance, residents said.

MALI - In the Kayes region, JNIM fighters set up checkpoints on the road between Kayes and Diboli on Thursday, stopping vehicles and checking passengers' identity papers for several hours before leaving.

NIGER - Armed men raped three women who were collecting firewood near Ouallam, in the Tillaberi region, on Friday, a local official said.

BURKINA FASO - Armed men looted livestock and food stocks in villages around Nouna on Saturday. No casualties were reported.

This digest is compiled from local sources, official statements and media reports. Figures are provisional.""", [
  E(cur, "Non-violent transfer of territory", "entered the town on Wednesday without meeting resistance", P("Tessit", "ML", 1, lat=15.22, lon=-0.3, a1="Gao"), "2026-05-13",
    a1=JNIM, i1=2, a2=MLI, i2=1),
  E(cur, "Headquarters or base established", "JNIM fighters set up checkpoints on the road between Kayes and Diboli", P("Kayes", "ML", 2, lat=14.45, lon=-11.44, a1="Kayes", a2="Kayes Cercle"), "2026-05-14",
    a1=JNIM, i1=2),
  E(cur, "Sexual violence", "Armed men raped three women who were collecting firewood near Ouallam", P("Ouallam", "NE", 2, lat=14.32, lon=2.09, a1="Tillaberi"), "2026-05-15",
    a1="Unidentified Armed Group (Niger)", i1=3, a2="Civilians (Niger)", i2=7),
  E(cur, "Looting/property destruction", "Armed men looted livestock and food stocks in villages around Nouna", P("Nouna", "BF", 2, lat=12.73, lon=-3.86, a1="Boucle du Mouhoun", a2="Kossi"), "2026-05-16",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="Civilians (Burkina Faso)", i2=7, fat=0, inj=0),
], register="digest"),

S("st-aj-083", "2026-04-14", """Enga tribes sign peace agreement in Wabag after months of fighting

WABAG, Papua New Guinea (Local press) - Leaders of two tribes that have fought for months in the Wapenamanda area signed a peace agreement at a ceremony in Wabag on Monday, exchanging pigs and cash as compensation for the dead, provincial officials said. Church leaders and the provincial peace and good order committee brokered the deal.

The fighting, which began in November, has killed at least 23 people. In January, eight tribal fighters were killed in an ambush on the Highlands Highway near Wabag, which police blamed on the other tribe.

The provincial administrator said police would stay in the area to make sure the agreement held.""", [
  E(cur, "Agreement", "Leaders of two tribes that have fought for months in the Wapenamanda area signed a peace agreement", P("Wabag", "PG", 1, lat=-5.49, lon=143.72, a1="Enga"), "monday",
    a1=PNG_TRIBE, i1=4, a2=PNG_TRIBE, i2=4),
  E(bg, "Armed clash", "eight tribal fighters were killed in an ambush on the Highlands Highway near Wabag", P("Wabag", "PG", 2, lat=-5.49, lon=143.72, a1="Enga"), "2026-01-01", tp=3,
    a1=PNG_TRIBE, i1=4, a2=PNG_TRIBE, i2=4, fat=8),
], register="local"),

S("st-aj-084", "2026-04-01", """Malawi: villagers stone two men to death over 'bloodsucker' rumours; crowd burns police unit

BLANTYRE (Local press) - Villagers in Phalombe district stoned and burned to death two men on Sunday night after accusing them of being "bloodsuckers", police said, as rumours of vampires spread again in southern Malawi.

On Monday, police arrested 18 people in dawn raids on the village in connection with the killings.

On Tuesday, a crowd in the town of Mulanje set fire to a police unit after officers refused to hand over a man the crowd accused of being a bloodsucker. Police fired tear gas to disperse them; two officers were injured. The man was taken to Blantyre for his safety.

Similar rumours in 2017 led to the deaths of at least seven people in the region.""", [
  E(cur, "Mob violence", "Villagers in Phalombe district stoned and burned to death two men on Sunday night", P("Phalombe", "MW", 3, lat=-15.81, lon=35.65, a1="Southern"), "sunday",
    a1="Rioters (Malawi)", i1=5, a2="Civilians (Malawi)", i2=7, fat=2),
  E(cur, "Arrests", "police arrested 18 people in dawn raids on the village in connection with the killings", P("Phalombe", "MW", 3, lat=-15.81, lon=35.65, a1="Southern"), "monday",
    a1=MWI_POL, i1=1, a2="Rioters (Malawi)", i2=5),
  E(cur, "Violent demonstration", "a crowd in the town of Mulanje set fire to a police unit", P("Mulanje", "MW", 1, lat=-16.03, lon=35.5, a1="Southern"), "tuesday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, inj=2),
], register="local"),

S("st-aj-085", "2026-05-19", """LIVE: Tanzania opposition 'day of action'

09:30 Dar es Salaam: police have fired tear gas at several hundred CHADEMA supporters gathering outside the party's offices in Mikocheni. Our reporter counted at least 15 people being bundled into police trucks.

11:45 Arusha: a crowd has been burning tyres and throwing stones at police near the central market. A nurse at the regional hospital says a man brought in with a gunshot wound has died.

13:20 Police say CHADEMA's deputy chairman was arrested at a roadblock outside Moshi as he travelled to Arusha. They did not say what he is accused of.

15:00 Mbeya: a small march by CHADEMA supporters through the city centre has ended peacefully; police watched from a distance.

17:30 A government spokesman says "a few hooligans" tried to disturb public order and that the situation is calm across the country. This blog is now closed.""", [
  E(cur, "Protest with intervention", "police have fired tear gas at several hundred CHADEMA supporters gathering outside the party's offices in Mikocheni", P("Dar es Salaam", "TZ", 2, lat=-6.82, lon=39.27, a1="Dar es Salaam"), 0,
    a1="Protesters (Tanzania)", i1=6, a2=TZA_POL, i2=1),
  E(cur, "Violent demonstration", "a crowd has been burning tyres and throwing stones at police near the central market", P("Arusha", "TZ", 1, lat=-3.37, lon=36.68, a1="Arusha", a2="Arusha City"), 0,
    a1="Rioters (Tanzania)", i1=5, a2=TZA_POL, i2=1, fat=1),
  E(cur, "Arrests", "CHADEMA's deputy chairman was arrested at a roadblock outside Moshi", P("Moshi", "TZ", 2, lat=-3.35, lon=37.33, a1="Kilimanjaro", a2="Moshi Urban"), 0, tp=2,
    a1=TZA_POL, i1=1, a2=CHADEMA, i2=7),
  E(cur, "Peaceful protest", "a small march by CHADEMA supporters through the city centre has ended peacefully", P("Mbeya", "TZ", 1, lat=-8.9, lon=33.45, a1="Mbeya", a2="Mbeya City"), 0,
    a1="Protesters (Tanzania)", i1=6),
], register="live"),

S("st-aj-086", "2026-04-06", """Fire damages Drogheda building earmarked for asylum seekers

DUBLIN, April 6 (Wire) - A fire that police believe was started deliberately badly damaged a former hotel in Drogheda, County Louth, that was due to house international protection applicants, in the early hours of Sunday, the Garda Siochana said. Nobody was in the building.

On Saturday afternoon, about 300 people had protested outside the building against the plan, blocking the road for an hour. Police said that protest had passed off peacefully.

Ministers condemned the arson, and the Integration Minister said the government would not be "intimidated" into changing its plans.""", [
  E(cur, "Looting/property destruction", "A fire that police believe was started deliberately badly damaged a former hotel in Drogheda", P("Drogheda", "IE", 1, lat=53.72, lon=-6.35, a1="Louth"), "sunday",
    a1="Unidentified Armed Group (Ireland)", i1=3, a2="Civilians (Ireland)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 300 people had protested outside the building against the plan", P("Drogheda", "IE", 1, lat=53.72, lon=-6.35, a1="Louth"), "saturday",
    a1="Protesters (Ireland)", i1=6),
]),

S("st-aj-087", "2026-06-02", """Three killed in Spanish Town police shootout; residents block roads in protest

KINGSTON (Local press) - Three men were killed in a shootout with police in the Spanish Town community of Tawes Pen on Sunday morning, the Jamaica Constabulary Force (JCF) said, adding that officers came under fire while executing a search warrant and recovered two pistols.

Residents disputed the account, saying the men were unarmed and had been taken from a house. The Independent Commission of Investigations (INDECOM) said it had sent a team to the scene.

On Monday, residents blocked several roads in Spanish Town with debris and burning tyres to protest against the killings. Police and soldiers cleared the barricades in the afternoon.""", [
  E(cur, "Armed clash", "officers came under fire while executing a search warrant", P("Spanish Town", "JM", 2, lat=17.99, lon=-76.96, a1="Saint Catherine", a2="Spanish Town Central"), "sunday",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2=JAM_POL, i2=1, fat=3),
  E(cur, "Violent demonstration", "residents blocked several roads in Spanish Town with debris and burning tyres", P("Spanish Town", "JM", 1, lat=17.99, lon=-76.96, a1="Saint Catherine", a2="Spanish Town Central"), "monday",
    a1="Rioters (Jamaica)", i1=5, a2=JAM_POL, i2=1),
], register="local"),

S("st-aj-088", "2026-09-30", """U.N. Security Council extends Haiti mission for another year

UNITED NATIONS, Sept 30 (Wire) - The U.N. Security Council on Wednesday extended the mandate of its political mission in Haiti for another year and urged member states to provide more funding and personnel for the Gang Suppression Force it authorised last year.

The resolution was adopted by 13 votes to none, with two abstentions. Diplomats said the force had about half of the 5,500 personnel it was meant to have.

Gangs control most of the capital Port-au-Prince and have expanded into the Artibonite and Centre departments. More than 5,000 people were killed in Haiti last year, according to the United Nations.""", [], negative="diplomacy"),

S("st-aj-089", "2026-02-25", """Thai government and BRN resume peace talks in Kuala Lumpur

KUALA LUMPUR, Feb 25 (Wire) - Thailand's government and the Barisan Revolusi Nasional (BRN), the main insurgent group in the country's far south, resumed peace talks in Kuala Lumpur on Wednesday after a pause of more than a year, Malaysia's facilitator said.

The two delegations discussed a plan to reduce violence during the Muslim fasting month of Ramadan and agreed to meet again in April, the facilitator told reporters. No agreement was signed.

More than 7,000 people have been killed in the insurgency in Thailand's southernmost provinces since 2004.""", [], negative="diplomacy"),
S("st-aj-090", "2026-09-22", """Herders kill villagers in Benue's Agatu; toll disputed, youths block highway in protest

MAKURDI, Nigeria (Regional press) - Armed herders attacked three villages in Agatu local government area of Benue state late on Sunday, shooting residents and burning houses, police and local officials said.

The state police command put the death toll at 12. The chairman of Agatu local government told journalists on Monday that 27 bodies had been recovered from the villages of Egwuma, Okokolo and Ogwule and buried. The attack came about a week after herders killed four farmers on their farms in the same area.

On Monday, youths blocked the Makurdi-Lafia road in Makurdi, the state capital, burning tyres and demanding protection for rural communities, before police dispersed them with tear gas.

Governor Hyacinth Alia imposed a dusk-to-dawn curfew on Agatu local government area on Monday evening and ordered security agencies to "arrest anyone found with weapons".""", [
  E(cur, "Attack", "Armed herders attacked three villages in Agatu local government area of Benue state late on Sunday", P("Obagaji", "NG", 2, lat=7.89, lon=7.91, a1="Benue", a2="Agatu"), "sunday",
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=12),
  E(bg, "Attack", "herders killed four farmers on their farms in the same area", P("Obagaji", "NG", 2, lat=7.89, lon=7.91, a1="Benue", a2="Agatu"), -9, tp=2,
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=4),
  E(cur, "Violent demonstration", "youths blocked the Makurdi-Lafia road in Makurdi, the state capital, burning tyres", P("Makurdi", "NG", 1, lat=7.73, lon=8.52, a1="Benue", a2="Markurdi"), "monday",
    a1="Rioters (Nigeria)", i1=5, a2=NGA_POL, i2=1),
  E(cur, "Other", "imposed a dusk-to-dawn curfew on Agatu local government area", P("Agatu", "NG", 3, lat=7.89, lon=7.91, a1="Benue", a2="Agatu"), "monday",
    a1=NGA_GOV, i1=1),
], register="local"),

S("st-aj-091", "2026-03-05", """Russian drones hit Izmail port, Odesa energy site; two workers killed

KYIV, March 5 (Wire) - Russian drones struck port infrastructure in Izmail on the Danube overnight into Thursday, killing two workers and damaging grain silos and a warehouse, Odesa's regional governor said.

On Wednesday evening, a drone hit an energy facility in the city of Odesa, causing a fire and cutting power to about 30,000 households; nobody was hurt, the governor said. Russia's defence ministry said it had struck "port and energy infrastructure used by the Ukrainian armed forces".

Ukraine's SBU security service said on Thursday that it had detained an Odesa resident suspected of filming air defence positions and passing the coordinates to Russian intelligence.""", [
  E(cur, "Air/drone strike", "Russian drones struck port infrastructure in Izmail on the Danube overnight into Thursday", P("Izmayil", "UA", 1, lat=45.35, lon=28.84, a1="Odesa", a2="Izmail"), "thursday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2),
  E(cur, "Air/drone strike", "a drone hit an energy facility in the city of Odesa", P("Odesa", "UA", 1, lat=46.49, lon=30.74, a1="Odesa", a2="Odeskyi"), "wednesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "it had detained an Odesa resident suspected of filming air defence positions", P("Odesa", "UA", 1, lat=46.49, lon=30.74, a1="Odesa", a2="Odeskyi"), "thursday", tp=2,
    a1=UKR_POL, i1=1, a2="Civilians (Ukraine)", i2=7),
]),

S("st-aj-092", "2026-06-16", """Myanmar: Arakan Army takes two outposts near Kyaukphyu; junta jet bombs Ramree village; Rohingya men rounded up in Sittwe

BANGKOK, June 16 (Wire) - Arakan Army (AA) fighters captured two junta outposts on the outskirts of Kyaukphyu, the last major town in central Rakhine state still held by the military, over the weekend, the group said on Monday, adding that its fighters had killed about 20 soldiers.

On Sunday, a junta fighter jet bombed a village in Ramree township, south of Kyaukphyu, killing nine civilians, including four children, the AA's information office and a local aid group said.

In the state capital Sittwe, which the military still controls, soldiers rounded up about 50 Rohingya men at a camp for displaced people on the edge of the town on Friday and took them away for military training, camp residents said.""", [
  E(cur, "Non-state actor overtakes territory", "captured two junta outposts on the outskirts of Kyaukphyu", P("Kyaukpyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine", a2="Kyaunkpyu"), "saturday", tp=2,
    a1=AA, i1=2, a2=MMR, i2=1, fat=20),
  E(cur, "Air/drone strike", "a junta fighter jet bombed a village in Ramree township", P("Ramree", "MM", 3, lat=19.09, lon=93.86, a1="Rakhine"), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
  E(cur, "Arrests", "soldiers rounded up about 50 Rohingya men at a camp for displaced people on the edge of the town", P("Sittwe", "MM", 2, lat=20.15, lon=92.9, a1="Rakhine", a2="Sittwe"), "friday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7),
]),

S("st-aj-093", "2026-06-23", """Syria: gunmen kill five of one family near Jableh; Israeli troops detain two in Quneitra raid

DAMASCUS, June 23 (Wire) - Gunmen on motorcycles opened fire on a house in an Alawite village near the coastal town of Jableh on Sunday night, killing five members of one family, including two children, a war monitor and relatives said. The interior ministry said General Security forces had arrested three suspects in a nearby village on Monday and that the motive was being investigated.

In the southern province of Quneitra, Israeli troops entered the village of Khan Arnabah before dawn on Monday, searched several houses and took two young men back across the ceasefire line, residents said. Their families said they had received no news of them. The Israeli military did not comment.

Israel has kept troops in a buffer zone in southern Syria since the fall of Bashar al-Assad in December 2024.""", [
  E(cur, "Attack", "Gunmen on motorcycles opened fire on a house in an Alawite village near the coastal town of Jableh", P("Jablah", "SY", 2, lat=35.36, lon=35.93, a1="Latakia"), "sunday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7, fat=5),
  unscored(E(cur, "Arrests", "General Security forces had arrested three suspects in a nearby village on Monday", P("Jablah", "SY", 2, lat=35.36, lon=35.93, a1="Latakia"), "monday",
    a1=SYR_POL, i1=1), "actor2", "inter2"),
  E(cur, "Abduction/forced disappearance", "Israeli troops entered the village of Khan Arnabah before dawn on Monday, searched several houses and took two young men back across the ceasefire line", P("Khan Arnabah", "SY", 1, lat=33.18, lon=35.89, a1="Quneitra"), "monday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7),
]),

S("st-aj-094", "2026-07-07", """Pakistan: tribal clashes in Kurram kill 11; gunmen fire on Parachinar convoy; jirga agrees ceasefire

PESHAWAR, July 7 (Wire) - Fighting between rival Shia and Sunni tribes in Pakistan's northwestern Kurram district has killed 11 people since Friday, officials said on Monday. The clashes began over a land dispute near the village of Bagan in Lower Kurram and spread to several nearby villages, with both sides using heavy weapons.

On Sunday, gunmen opened fire on a convoy of passenger vehicles travelling to Parachinar near Bagan, killing four passengers and wounding seven, police said. No group claimed the attack.

A grand jirga of elders from both sides meeting in Kohat agreed on Monday to a ceasefire and to exchange the bodies of the dead. The provincial government imposed Section 144 in Kurram district, banning gatherings and the carrying of weapons, and kept the main road closed.""", [
  E(cur, "Armed clash", "Fighting between rival Shia and Sunni tribes in Pakistan's northwestern Kurram district has killed 11 people since Friday", P("Parachinar", "PK", 2, lat=33.9, lon=70.1, a1="Khyber Pakhtunkhwa", a2="Kurram"), "friday", tp=2,
    a1=PAK_TRIBE, i1=4, a2=PAK_TRIBE, i2=4, fat=11),
  E(cur, "Attack", "gunmen opened fire on a convoy of passenger vehicles travelling to Parachinar near Bagan", P("Parachinar", "PK", 2, lat=33.9, lon=70.1, a1="Khyber Pakhtunkhwa", a2="Kurram"), "sunday",
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2="Civilians (Pakistan)", i2=7, fat=4, inj=7),
  E(cur, "Agreement", "A grand jirga of elders from both sides meeting in Kohat agreed on Monday to a ceasefire", P("Kohat", "PK", 1, lat=33.58, lon=71.45, a1="Khyber Pakhtunkhwa", a2="Kohat"), "monday",
    a1=PAK_TRIBE, i1=4, a2=PAK_TRIBE, i2=4),
  E(cur, "Other", "imposed Section 144 in Kurram district", P("Kurram", "PK", 3, lat=33.9, lon=70.1, a1="Khyber Pakhtunkhwa", a2="Kurram"), "monday", tp=2,
    a1=PAK_GOV, i1=1),
]),

S("st-aj-095", "2026-05-13", """Basilan clan feud leaves four dead; rival families sign truce

ISABELA CITY, Basilan (Local press) - Armed members of two feuding clans exchanged fire with assault rifles in a village of Tipo-Tipo town, Basilan, on Monday morning, killing four men and forcing about 300 families to flee, the town's mayor said. The "rido", over a disputed coconut farm, has simmered for three years.

Soldiers of the 101st Infantry Brigade were deployed to separate the two sides, and the fighting stopped by noon.

On Tuesday, the heads of the two clans signed a ceasefire at the Tipo-Tipo municipal hall in a meeting mediated by the Moro Islamic Liberation Front and the army, officials said.""", [
  E(cur, "Armed clash", "Armed members of two feuding clans exchanged fire with assault rifles in a village of Tipo-Tipo town", P("Tipo-Tipo", "PH", 3, lat=6.58, lon=122.18, a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Basilan"), "monday",
    a1=PHL_CLAN, i1=4, a2=PHL_CLAN, i2=4, fat=4),
  E(cur, "Agreement", "the heads of the two clans signed a ceasefire at the Tipo-Tipo municipal hall", P("Tipo-Tipo", "PH", 1, lat=6.58, lon=122.18, a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Basilan"), "tuesday",
    a1=PHL_CLAN, i1=4, a2=PHL_CLAN, i2=4),
], register="local"),

S("st-aj-096", "2026-08-26", """Colombia: ELN confines rural Tame communities; community leader killed in Fortul

ARAUCA, Colombia (Regional press) - The ELN guerrilla imposed a "confinement" on rural communities of Tame on Saturday, banning movement after 6 p.m. and ordering residents not to travel to the town centre, community leaders said. Schools in the area stayed closed on Monday and Tuesday.

On Monday night, gunmen believed to belong to the FARC dissidents shot dead a community leader at his home in Fortul, the ombudsman's office said. He had reported threats in July.

On Tuesday, one soldier was killed when troops clashed with ELN guerrillas in a rural area of Saravena, the army said.

The ELN and the FARC dissidents have fought for control of Arauca since January 2022.""", [
  E(cur, "Other", "The ELN guerrilla imposed a \"confinement\" on rural communities of Tame on Saturday", P("Tame", "CO", 2, lat=6.46, lon=-71.74, a1="Arauca", a2="Tame"), "saturday",
    a1=ELN, i1=2, a2="Civilians (Colombia)", i2=7),
  E(cur, "Attack", "gunmen believed to belong to the FARC dissidents shot dead a community leader at his home in Fortul", P("Fortul", "CO", 1, lat=6.79, lon=-71.78, a1="Arauca", a2="Fortul"), "monday",
    a1=FEMC, i1=2, a2="Civilians (Colombia)", i2=7, fat=1),
  E(cur, "Armed clash", "troops clashed with ELN guerrillas in a rural area of Saravena", P("Saravena", "CO", 2, lat=6.96, lon=-71.88, a1="Arauca", a2="Saravena"), "tuesday",
    a1=COL, i1=1, a2=ELN, i2=2, fat=1),
], register="local"),

S("st-aj-097", "2026-09-15", """Mexico: gunmen burn houses in Chiapas border village; army opens base in Frontera Comalapa

TUXTLA GUTIERREZ, Mexico (Wire) - Armed men burned at least 15 houses in a village in Chicomuselo municipality, near the border with Guatemala, on Saturday after residents refused to join road blockades, community members said. Nobody was hurt, but about 800 people fled, many of them across the border into Guatemala. Residents blamed the Jalisco New Generation Cartel (CJNG), which has fought the Sinaloa Cartel for control of smuggling routes in the area.

On Monday, the army opened a new base in Frontera Comalapa, part of a plan announced in July to station 1,500 more troops in the Chiapas border region, the defence ministry said.""", [
  E(cur, "Looting/property destruction", "Armed men burned at least 15 houses in a village in Chicomuselo municipality", P("Chicomuselo", "MX", 3, lat=15.74, lon=-92.29, a1="Chiapas", a2="Chicomuselo"), "saturday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, fat=0, inj=0),
  E(cur, "Headquarters or base established", "the army opened a new base in Frontera Comalapa", P("Comalapa", "MX", 1, lat=15.66, lon=-92.14, a1="Chiapas", a2="Frontera Comalapa"), "monday",
    a1=MEX, i1=1),
]),
]

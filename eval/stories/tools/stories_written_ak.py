"""Multi-event stories written for this project (issue 11), batch ak: unseen by the coders in the session it was written
(2026-11-29, 18:03-21:03), the lead's measure of story generalisation on real-looking multi-event news, as batches s to
aj. Written as hard as aj and apart from it (other places, registers and story shapes): wire stories with a recap
paragraph of older events, a regional military administration's daily report (communities listed together), NGO and
OCHA-style summaries, weekly digests with bare weekdays, live blogs with a correction and across midnight, official
releases with a header and a footer (Cameroon's MINDEF, Iraq's Security Media Cell, Nigeria's Defence Headquarters, an
UNMISS statement), a radio call-in transcript, community alert messages, an incident table, a Senate record, a correction line, local press in translation, an event told three times in
different words (one event), protests broken up by police (one event), arrests before and after a raid, towns taken and
retaken, claims and denials with tolls counted per side, threats and plans, captions of old photos and of body events,
drone debris, a fact check, tallies of a whole war or year (no events), small towns with namesakes abroad (Tripoli of
Lebanon and of Libya, Hyderabad of Sindh, Costa Rica of Sinaloa, Moyale of Kenya, Valencia of Carabobo, Newark of New
Jersey, Bor of Jonglei, Limon of Costa Rica, Rosario of Santa Fe), and stories with only background, negated or no events.
115 stories, 246 events (220 current, 11 background, 5 negated, 4 hypothetical, 4 threat, 2 caption) of all 25 sub-types,
79 countries with events on every continent (84 with the countries of the stories with no event); 22 stories tell no current event (a
denied border shooting, a UN monthly toll, threats over the Essequibo, a plot trial, a commemoration, a landslide, a
Security Council renewal, a peaceful campaign, a robbery, a strike with marches only planned, an Azerbaijani claim
Armenia denies, a remembrance with only background raids, a fact check, a yearly tally, a helicopter crash with a denied
claim, a football derby, postponed peace talks, a gang trial with its massacre as background, a threat to rallies, a
denied border crossing, a flood, a truck crash with a denied mine).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Places at the project gazetteer's points; retellings checked (same country within
40 km across all snippet, story and ISAF gold within a week)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


def T(name, cc, prec, lat, lon, a1, a2=None):
    """A place at the gazetteer's point (writer-b's lookups in geo.index())."""
    return P(name, cc, prec, lat=lat, lon=lon, a1=a1, a2=a2)


LBN = "Military Forces of Lebanon (2025-)"; ISR = "Military Forces of Israel (2022-)"; HEZ = "Hezbollah"
RUS = "Military Forces of Russia (2000-)"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
SPLMN = "SPLM-N (al-Hilu): Sudan People's Liberation Movement-North (al-Hilu Faction)"
MEX = "Military Forces of Mexico (2024-)"; CHAP = "Los Chapitos"; MAYI = "La Mayiza"
COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; GOLFO = "Clan del Golfo"
ELN = "ELN: National Liberation Army"
SOM = "Military Forces of Somalia (2022-)"; SHB = "Al Shabaab"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; ADF = "ADF: Allied Democratic Forces"
UGA = "Military Forces of Uganda (1986-)"
MMR = "Military Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"
IND_POL = "Police Forces of India (2014-)"; IND_GOV = "Government of India (2014-)"
KUKI = "Kuki Ethnic Militia (India)"; MEITEI = "Meitei Ethnic Militia (India)"
PAK_POL = "Police Forces of Pakistan (2024-)"
GRC_POL = "Police Forces of Greece (2019-)"
KEN_POL = "Police Forces of Kenya (2022-)"; BORANA = "Borana Ethnic Militia (Kenya)"; GABRA = "Gabra Ethnic Militia (Kenya)"
ETH = "Military Forces of Ethiopia (2018-)"; FANO = "Fano"
CMR = "Military Forces of Cameroon (1982-)"; AMBA = "Ambazonian Separatists"

FUL = "Fulani Ethnic Militia (Nigeria)"; NGA = "Military Forces of Nigeria (2023-)"
NER = "Military Forces of Niger (2023-)"; NER_GOV = "Government of Niger (2023-)"; ISSP = "Islamic State Sahel Province"
RADAA = "Radaa Special Deterrence Forces"; B444 = "444th Brigade"
HOU = "Military Forces of Yemen (2016-) Supreme Political Council"; YEM = "Military Forces of Yemen (2022-)"
PAK = "Military Forces of Pakistan (2024-)"; AFG = "Military Forces of Afghanistan (2021-)"
VEN = "Military Forces of Venezuela (2013-)"; VEN_POL = "Police Forces of Venezuela (2013-)"; GUY = "Military Forces of Guyana (2020-)"; COLECT = "Colectivos"
BGD_GOV = "Government of Bangladesh (2024-)"
THA = "Military Forces of Thailand (2025-)"
BOL_POL = "Police Forces of Bolivia (2025-)"
CRI_POL = "Police Forces of Costa Rica (2022-)"
USA_POL = "Police Forces of the United States (2025-)"; USA = "Military Forces of the United States (2025-)"
GEO_POL = "Police Forces of Georgia (2012-)"; UNM = "UNM: United National Movement"

IRN = "Military Forces of Iran (1989-)"; IRN_POL = "Police Forces of Iran (1989-)"
TUR_POL = "Police Forces of Turkey (2002-)"; CHP = "CHP: Republican People's Party"
SETTLERS = "Israeli Settlers"
MOZ = "Military Forces of Mozambique (2025-)"; RWA = "Military Forces of Rwanda (2000-)"; ISMP = "Islamic State Mozambique Province"
BDI_POL = "Police Forces of Burundi (2020-)"; IMBO = "Imbonerakure"; CNL = "CNL: National Congress for Freedom"

MURLE = "Murle Ethnic Militia (South Sudan)"
MLI = "Military Forces of Mali (2021-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"
IRQ = "Military Forces of Iraq (2022-)"; IS_IRQ = "Islamic State (Iraq)"
SYR = "Military Forces of Syria (2024-)"; SYR_POL = "Police Forces of Syria (2024-)"; SDF = "QSD: Syrian Democratic Forces"
TUR = "Military Forces of Turkey (2002-)"; ALAWITE = "Alawite Militia (Syria)"
GBR_POL = "Police Forces of the United Kingdom (2024-)"
ECU_GOV = "Government of Ecuador (2023-)"; ECU_POL = "Police Forces of Ecuador (2023-)"; TIGUER = "Los Tiguerones"
AUS_POL = "Police Forces of Australia (2022-)"
CHL_POL = "Police Forces of Chile (2026-)"; CHL_GOV = "Government of Chile (2026-)"; MAPU = "Mapuche Ethnic Militia (Chile)"

BFA = "Military Forces of Burkina Faso (2022-)"; VDP = "VDP: Volunteers for the Defense of the Homeland"
HTI_POL = "Police Forces of Haiti (2024-)"; VIV = "Viv Ansanm"
PHL = "Military Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"
XKX_POL = "Police Forces of Kosovo (2021-)"
CODECO = "CODECO: Cooperative for Development of Congo"; CRP = "CRP: Convention for the Popular Revolution"
BRA_POL = "Police Forces of Brazil (2023-)"; BDM = "Bonde do Maluco"

TTP = "TTP: Tehreek-i-Taliban Pakistan"
JAS = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
JAM_POL = "Police Forces of Jamaica (2016-)"; JAM_GOV = "Government of Jamaica (2016-)"
PNG_TRIBE = "Unidentified Tribal Militia (Papua New Guinea)"; PNG_POL = "Police Forces of Papua New Guinea (2019-)"
KOR_POL = "Police Forces of South Korea (2025-)"
PUNT = "Military Forces of Puntland (2024-)"; IS_SOM = "Islamic State (Somalia)"
CPIM = "CPI (Maoist): Communist Party of India (Maoist)"

UKR = "Military Forces of Ukraine (2019-)"; KNLA = "KNLA: Karen National Liberation Army"; MMR_GOV = "Government of Myanmar (2021-)"

DOM = "Military Forces of Dominican Republic (2020-)"; PER = "Military Forces of Peru (2025-)"

RUS_POL = "Police Forces of Russia (2000-)"; RUS_GOV = "Government of Russia (2000-)"; IS_CAU = "Islamic State (Caucasus)"
SWE_POL = "Police Forces of Sweden (2022-)"
DEU_POL = "Police Forces of Germany (2025-)"
ISR_POL = "Police Forces of Israel (2022-)"
TCD_POL = "Police Forces of Chad (2021-)"
MDG_POL = "Police Forces of Madagascar (2025-)"; MDG_GOV = "Government of Madagascar (2025-)"
ZAF_POL = "Police Forces of South Africa (2018-)"
HND_POL = "Police Forces of Honduras (2026-)"; HND_GOV = "Government of Honduras (2026-)"; MS13 = "MS-13: Mara Salvatrucha"

ISWAP = "Islamic State West Africa Province"
UKR_GOV = "Government of Ukraine (2019-)"
TUN = "Military Forces of Tunisia (2019-)"; TUN_POL = "Police Forces of Tunisia (2019-)"
IRQ_POL = "Police Forces of Iraq (2022-)"; IRQ_TRIBE = "Unidentified Tribal Militia (Iraq)"
NIC_POL = "Police Forces of Nicaragua (2007-)"

ARG_POL = "Police Forces of Argentina (2023-)"
CAN_POL = "Police Forces of Canada (2025-)"
ITA_POL = "Police Forces of Italy (2022-)"
BEL_POL = "Police Forces of Belgium (2025-)"
IDN_POL = "Police Forces of Indonesia (2024-)"

B18 = "Barrio 18"; RWA_GOV = "Government of Rwanda (2000-)"; BDI = "Military Forces of Burundi (2020-)"

SEN = "Military Forces of Senegal (2024-)"; SEN_POL = "Police Forces of Senegal (2024-)"; MFDC = "MFDC: Movement of Democratic Forces of Casamance"
ZWE_POL = "Police Forces of Zimbabwe (2017-)"; CCC = "CCC: Citizens Coalition for Change"
CUB_POL = "Police Forces of Cuba (2018-)"

NPL_GOV = "Government of Nepal (2025-)"; NPL_POL = "Police Forces of Nepal (2025-)"
MAR_POL = "Police Forces of Morocco (1999-)"
EGY_POL = "Police Forces of Egypt (2014-)"; HASM = "Hasm Movement"

AGO_POL = "Police Forces of Angola (2017-)"
SSD = "Military Forces of South Sudan (2011-)"; NAS = "NAS: National Salvation Front"
CJNG = "Cartel Jalisco Nueva Generacion"
GNB = "Military Forces of Guinea-Bissau (2025-)"
AUSSOM = "AUSSOM: African Union Support and Stabilization Mission in Somalia"

BEN_POL = "Police Forces of Benin (2016-)"
FRA_POL = "Police Forces of France (2017-)"
PRY_POL = "Police Forces of Paraguay (2023-)"

STORIES = [
S("st-ak-001", "2026-08-18", """LEBANON-SECURITY/
Two dead as gunmen trade fire in Lebanon's Tripoli; Israeli drone kills Hezbollah member in south

TRIPOLI, Lebanon, Aug 18 (Wire) - Two people were killed and nine wounded when gunmen from the rival neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen in the northern city of Tripoli exchanged machine-gun and rocket-propelled grenade fire overnight, a security source said on Tuesday.

The fighting began after an argument at a funeral and went on for about four hours, until the Lebanese army moved armoured vehicles onto Syria Street, the road that divides the mainly Sunni and mainly Alawite districts, and set up checkpoints at the entrances to both. Schools in the area stayed shut on Tuesday.

In the south, an Israeli drone struck a car near the town of Nabatieh on Monday afternoon, killing a Hezbollah member, a security source said. The Israeli military said it had targeted a commander who was trying to rebuild the group's rocket network.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire agreed in November 2024. In January an Israeli strike on a house in Bint Jbeil killed three people.

Tripoli's two neighbourhoods fought more than 20 rounds of battles between 2008 and 2014 that killed more than 200 people, before a security plan put the army in charge of the area.""", [
  E(cur, "Armed clash", "gunmen from the rival neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen in the northern city of Tripoli exchanged machine-gun and rocket-propelled grenade fire overnight",
    T("Tripoli", "LB", 2, 34.43, 35.84, "North"), "monday",
    a1="Unidentified Communal Militia (Lebanon)", i1=4, a2="Unidentified Communal Militia (Lebanon)", i2=4, fat=2, inj=9),
  E(cur, "Air/drone strike", "an Israeli drone struck a car near the town of Nabatieh", T("Nabatieh", "LB", 2, 33.38, 35.48, "Nabatieh"), "monday",
    a1=ISR, i1=8, a2=HEZ, i2=2, fat=1),
  E(bg, "Air/drone strike", "an Israeli strike on a house in Bint Jbeil killed three people", T("Bint Jbeil", "LB", 1, 33.12, 35.43, "Nabatieh"), "2026-01-01", tp=3,
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=3),
]),

S("st-ak-002", "2026-06-14", """Kherson Regional Military Administration
Situation in the region as of 08:00, 14 June

Over the past day, the enemy carried out 386 attacks on 31 settlements of the region, using artillery, mortars, drones and guided aerial bombs. Residential areas were hit.

At about 23:40, a Russian drone dropped an explosive device on a private car in Bilozerka. The 52-year-old driver was wounded and taken to hospital.

Beryslav, Tiahynka and Darivka: artillery and mortar shelling was recorded. In Beryslav, a 67-year-old woman was killed in her yard; there were no casualties elsewhere.

In Kherson, the occupiers shelled the Korabelnyi district. Two men, aged 44 and 58, were injured; a high-rise building and a gas pipeline were damaged.

At around 15:20, an FPV drone attacked a municipal utility van in Stanislav. No one was hurt.

Over the past day, air defence forces destroyed 14 enemy drones over the region.

Since the beginning of the full-scale invasion, more than 1,100 residents of the region have been killed by Russian shelling. Stay in shelters during alarms!""", [
  E(cur, "Air/drone strike", "a Russian drone dropped an explosive device on a private car in Bilozerka", T("Bilozerka", "UA", 1, 46.63, 32.44, "Kherson", "Khersonskyi"), "2026-06-13",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=None, inj=1),
  E(cur, "Shelling/artillery/missile attack", "Beryslav, Tiahynka and Darivka: artillery and mortar shelling was recorded", T("Beryslav", "UA", 1, 46.84, 33.43, "Kherson", "Beryslav"), "2026-06-13", tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Shelling/artillery/missile attack", "Beryslav, Tiahynka and Darivka: artillery and mortar shelling was recorded", T("Tiahynka", "UA", 1, 46.78, 33.06, "Kherson", "Beryslav"), "2026-06-13", tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "Beryslav, Tiahynka and Darivka: artillery and mortar shelling was recorded", T("Darivka", "UA", 1, 46.75, 32.79, "Kherson", "Khersonskyi"), "2026-06-13", tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "the occupiers shelled the Korabelnyi district", T("Kherson", "UA", 2, 46.64, 32.61, "Kherson", "Khersonskyi"), "2026-06-13", tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=None, inj=2),
  E(cur, "Air/drone strike", "an FPV drone attacked a municipal utility van in Stanislav", T("Stanislav", "UA", 1, 46.57, 32.15, "Kherson", "Khersonskyi"), "2026-06-13",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
], register="official"),

S("st-ak-003", "2026-03-05", """KORDOFAN CIVILIAN PROTECTION MONITOR
Monthly incident summary: February 2026

This summary lists incidents affecting civilians in North, South and West Kordofan that our field network was able to confirm with at least two independent sources. Figures are minimums.

3 February - El Obeid (North Kordofan): a drone struck a fuel station on the western edge of the city at about 10:00, killing four civilians, among them a boy of 12, and wounding seven. Residents attributed the drone to the Rapid Support Forces (RSF).

9 February - Um Sumeima, a village about 30 km west of El Obeid: RSF fighters on pickup trucks entered the village in the afternoon, shot dead 11 men in the market and took the villagers' goats and camels before leaving.

14 February - En Nahud (West Kordofan): an air strike on the town's livestock market killed at least 17 people. Survivors blamed the Sudanese army's air force; the army did not respond to our questions.

21 February - Kadugli (South Kordofan): shells fired by fighters of the SPLM-N and the RSF hit the main market, killing six civilians and wounding about 20.

28 February - Dilling (South Kordofan): the Sudanese army and allied forces repelled an RSF attack on the eastern outskirts of the town. We could not confirm casualty figures.

We also received reports of an attack on a camp for displaced people near Bara on 17 February, which we have not yet been able to verify.

About the Monitor: a network of volunteer observers in 14 localities. Since April 2023, the war in Sudan has killed tens of thousands of people and forced more than 12 million from their homes. Contact: info@kordofanmonitor.example""", [
  E(cur, "Air/drone strike", "a drone struck a fuel station on the western edge of the city", T("El Obeid", "SD", 2, 13.18, 30.22, "North Kordofan"), "2026-02-03",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=4, inj=7),
  E(cur, "Attack", "RSF fighters on pickup trucks entered the village in the afternoon, shot dead 11 men in the market", T("El Obeid", "SD", 2, 13.18, 30.22, "North Kordofan"), "2026-02-09",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=11),
  E(cur, "Air/drone strike", "an air strike on the town's livestock market killed at least 17 people", T("En Nahud", "SD", 1, 12.7, 28.43, "West Kordofan"), "2026-02-14",
    a1=SDN, i1=1, a2="Civilians (Sudan)", i2=7, fat=17),
  E(cur, "Shelling/artillery/missile attack", "shells fired by fighters of the SPLM-N and the RSF hit the main market", T("Kadugli", "SD", 1, 11.01, 29.72, "South Kordofan"), "2026-02-21",
    a1=SPLMN, i1=2, a2="Civilians (Sudan)", i2=7, fat=6, inj=20, assoc_actor_1=RSF),
  E(cur, "Armed clash", "the Sudanese army and allied forces repelled an RSF attack on the eastern outskirts of the town", T("Dilling", "SD", 2, 12.05, 29.65, "South Kordofan"), "2026-02-28",
    a1=SDN, i1=1, a2=RSF, i2=2, fat=None),
  E(cur, "Attack", "reports of an attack on a camp for displaced people near Bara on 17 February", T("Bara", "SD", 2, 13.7, 30.37, "North Kordofan", "Bara"), "2026-02-17",
    a2="Civilians (Sudan)", i2=7, fat=None),
], register="ngo"),

S("st-ak-004", "2026-01-21", """(Translated from Spanish)

Six bodies left on the Eldorado highway after gunfight in Costa Rica; army detains three in Culiacan

CULIACAN, Sinaloa (Local press) - The bodies of six men, several with their hands tied, were found on Monday morning on the side of the highway from Culiacan to Eldorado, a few kilometres south of the city, the state prosecutor's office said. A cardboard sign left with them was signed by "La Mayiza", the faction loyal to Ismael "El Mayo" Zambada, and accused the dead of working for Los Chapitos.

The discovery came a day after a gunfight between gunmen of Los Chapitos and La Mayiza in the town of Costa Rica, in the south of Culiacan municipality. Residents reported shooting for almost an hour on Sunday afternoon; five men were found dead in the street and two burned-out pickup trucks were left near the church.

On Tuesday, soldiers raided a house in the Tierra Blanca neighbourhood of Culiacan and detained three men the defence ministry described as members of a cell of Los Chapitos. Four rifles, a grenade launcher and tactical vests were seized. The ministry said the raid followed weeks of intelligence work.

The war between the factions, which broke out in September 2024 after the capture of El Mayo in the United States, has left more than 2,000 people dead in Sinaloa, according to the state prosecutor's figures.""", [
  E(cur, "Attack", "The bodies of six men, several with their hands tied, were found on Monday morning on the side of the highway from Culiacan to Eldorado", T("Culiacan", "MX", 2, 24.8, -107.39, "Sinaloa", "Culiacan"), "monday",
    a1=MAYI, i1=3, a2="Civilians (Mexico)", i2=7, fat=6),
  E(cur, "Armed clash", "a gunfight between gunmen of Los Chapitos and La Mayiza in the town of Costa Rica", T("Costa Rica", "MX", 1, 24.59, -107.39, "Sinaloa", "Culiacan"), "sunday",
    a1=CHAP, i1=3, a2=MAYI, i2=3, fat=5),
  E(cur, "Arrests", "soldiers raided a house in the Tierra Blanca neighbourhood of Culiacan and detained three men", T("Culiacan", "MX", 2, 24.8, -107.39, "Sinaloa", "Culiacan"), "tuesday",
    a1=MEX, i1=1, a2=CHAP, i2=3),
], register="local"),

S("st-ak-005", "2026-02-20", """Colombia: police officers targeted in Antioquia as Clan del Golfo 'plan pistola' returns; army bombs ELN camp

MEDELLIN, Feb 20 (Wire) - A police patrolman was shot dead in the centre of Segovia, in north-eastern Antioquia, on Wednesday night by two men on a motorcycle, and on Thursday a grenade was thrown into the courtyard of the police station in Taraza, wounding two officers, police said.

The department's police commander blamed both attacks on the Clan del Golfo, Colombia's largest drug trafficking group, which he said was paying its men up to 2 million pesos for each officer killed. The group, which calls itself the Gaitanist Army of Colombia, has carried out such "plan pistola" campaigns before; in 2022 one of them killed more than 30 police officers.

Separately, the army said it had bombed a camp of the ELN guerrilla in a rural area of Santa Rosa del Sur, in the south of Bolivar department, on Thursday, killing seven guerrillas. It was the first air strike on the ELN since peace talks with the group were suspended.

Pamphlets attributed to the Clan del Golfo circulating in Caucasia on Thursday warned that "every uniformed officer is a target" until the government stopped extraditing its leaders.""", [
  E(cur, "Armed clash", "A police patrolman was shot dead in the centre of Segovia", T("Segovia", "CO", 1, 7.08, -74.7, "Antioquia", "Segovia"), "wednesday",
    a1=GOLFO, i1=3, a2=COL_POL, i2=1, fat=1),
  E(cur, "Grenade", "a grenade was thrown into the courtyard of the police station in Taraza", T("Taraza", "CO", 1, 7.58, -75.4, "Antioquia", "Taraza"), "thursday",
    a1=GOLFO, i1=3, a2=COL_POL, i2=1, inj=2),
  E(cur, "Air/drone strike", "it had bombed a camp of the ELN guerrilla in a rural area of Santa Rosa del Sur", T("Santa Rosa del Sur", "CO", 2, 7.96, -74.05, "Bolivar", "Santa Rosa del Sur"), "thursday",
    a1=COL, i1=1, a2=ELN, i2=2, fat=7),
  E(thr, "Armed clash", "warned that \"every uniformed officer is a target\"", T("Caucasia", "CO", 1, 7.99, -75.19, "Antioquia", "Caucasia"), "thursday",
    a1=GOLFO, i1=3, a2=COL_POL, i2=1),
]),

S("st-ak-006", "2026-09-08", """Somali army says it retook Wanlaweyn from al Shabaab; militants claim dozens of soldiers killed

MOGADISHU, Sept 8 (Wire) - Somali government troops recaptured the town of Wanlaweyn in Lower Shabelle region on Sunday after a battle of about four hours with al Shabaab fighters, who had moved into the town two days earlier, the army said.

Al Shabaab took control of Wanlaweyn on Friday after government soldiers and allied clan fighters pulled out of their positions there overnight and withdrew towards Afgooye, residents said. There was no fighting when the militants arrived; they raised their flag at the district headquarters and called residents to the mosque.

Army commander Brigadier General Mohamed Ali told state radio on Monday that 30 militants had been killed in Sunday's assault and that four soldiers had died. Residents said three civilians, including a woman selling tea, were killed by stray bullets.

Al Shabaab said in a statement on its radio station that it had killed "more than 60 apostate soldiers" and withdrawn from the town in good order. The army dismissed the claim.

The militants have retaken several towns in central and southern Somalia this year that they lost during a government offensive in 2022 and 2023. Local officials said the army's withdrawal from Wanlaweyn had been ordered to reinforce positions on the main road to Mogadishu.""", [
  E(cur, "Government regains territory", "Somali government troops recaptured the town of Wanlaweyn", T("Wanlaweyn", "SO", 1, 2.62, 44.89, "Lower Shabelle"), "sunday",
    a1=SOM, i1=1, a2=SHB, i2=2, fat=37),
  E(cur, "Non-violent transfer of territory", "Al Shabaab took control of Wanlaweyn on Friday", T("Wanlaweyn", "SO", 1, 2.62, 44.89, "Lower Shabelle"), "friday",
    a1=SHB, i1=2, a2=SOM, i2=1),
]),

S("st-ak-007", "2026-07-16", """DR Congo: ADF rebels kill 18 in Lubero village; army and Ugandan troops hit rebel camp near Eringeti

BENI, Democratic Republic of Congo, July 16 (Wire) - Rebels of the Allied Democratic Forces (ADF) killed at least 18 people with machetes and guns in the village of Mabuo, in Lubero territory, on Tuesday night, local civil society leaders said on Wednesday. Several houses were burned.

"They came at around 9 p.m., when people were coming back from the fields," said a civil society leader in Lubero. The army confirmed the attack but gave a toll of 14.

On Wednesday morning, Congolese and Ugandan troops attacked an ADF camp in the forest north of Eringeti, in neighbouring Beni territory, killing 12 rebels and freeing 9 hostages, a Congolese army spokesman said. Two Congolese soldiers were wounded.

The ADF, which has pledged allegiance to the Islamic State group, has killed thousands of civilians in North Kivu and Ituri since 2014. In May, its fighters killed more than 40 people at a funeral in Lubero territory.""", [
  E(cur, "Attack", "Rebels of the Allied Democratic Forces (ADF) killed at least 18 people with machetes and guns in the village of Mabuo, in Lubero territory", T("Lubero", "CD", 2, -0.16, 29.24, "North Kivu", "Lubero"), "tuesday",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=14),
  E(cur, "Armed clash", "Congolese and Ugandan troops attacked an ADF camp in the forest north of Eringeti", T("Eringeti", "CD", 2, 0.58, 29.63, "North Kivu"), "wednesday",
    a1=COD, i1=1, a2=ADF, i2=2, fat=12, inj=2, assoc_actor_1=UGA),
  E(bg, "Attack", "its fighters killed more than 40 people at a funeral in Lubero territory", T("Lubero", "CD", 3, -0.16, 29.24, "North Kivu", "Lubero"), "2026-05-01", tp=3,
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=40),
]),

S("st-ak-008", "2026-06-22", """MYANMAR: Junta troops retake Pinlebu; air strike on monastery kills 9 in Kanbalu

By our correspondent

Myanmar's military said on Monday that its troops had "restored stability" in Pinlebu, a town in northern Sagaing region that resistance fighters captured earlier this month. Residents who fled said soldiers backed by helicopter gunships fought their way into the town on Saturday and that the local People's Defence Force (PDF) units pulled back into the hills after several hours of fighting. The PDF said it lost six fighters; the military gave no figures.

The PDF had seized Pinlebu on 8 June, overrunning the police station and the township administration office and capturing 23 police officers.

On Sunday, a military aircraft dropped two bombs on a monastery in a village of Kanbalu township where displaced families were sheltering, killing nine people, among them four children, a local resistance official said.

Photo caption: Monks walk past the ruins of a school in Kanbalu township, November 2024.""", [
  E(cur, "Government regains territory", "soldiers backed by helicopter gunships fought their way into the town on Saturday", T("Pinlebu", "MM", 1, 24.08, 95.37, "Sagaing"), "saturday",
    a1=MMR, i1=1, a2=PDF, i2=2, fat=6),
  E(bg, "Non-state actor overtakes territory", "The PDF had seized Pinlebu on 8 June", T("Pinlebu", "MM", 1, 24.08, 95.37, "Sagaing"), "2026-06-08",
    a1=PDF, i1=2, a2="Police Forces of Myanmar (2021-)", i2=1),
  E(cur, "Air/drone strike", "a military aircraft dropped two bombs on a monastery in a village of Kanbalu township", T("Kanbalu", "MM", 3, 23.2, 95.52, "Sagaing", "Shwebo"), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
]),

S("st-ak-009", "2026-05-19", """Police fire tear gas at women's torch rally in Imphal after two killed in Bishnupur gunfight

IMPHAL, May 19 (Wire) - Police fired tear gas shells on Monday evening to disperse hundreds of women carrying torches who were marching towards the Manipur governor's residence in Imphal, a day after two men were killed in a gunfight in the foothills of Bishnupur district.

The gunfight broke out on Sunday morning near Phougakchao Ikhai, in Bishnupur district, between armed Kuki and Meitei groups, and lasted about three hours, police said. A Meitei farmer and a Kuki village volunteer were killed and four people were wounded.

The district magistrate imposed a total curfew across Bishnupur district from Monday morning, and central forces were deployed along the buffer zone between the valley and the hills.

In Imphal, the marchers, mostly members of the Meira Paibi women's groups, were stopped at a police barricade near Kangla gate. Police used tear gas and batons to turn them back, and at least eleven women were treated for breathing problems, organisers said. "We were only demanding protection for our farmers," one of the organisers said.

The dispersal of the torch rally was the first use of tear gas in the state capital this year. More than 250 people have been killed in ethnic violence in Manipur since May 2023.""", [
  E(cur, "Protest with intervention", "Police fired tear gas shells on Monday evening to disperse hundreds of women carrying torches", T("Imphal", "IN", 1, 24.81, 93.94, "Manipur", "Imphal East"), "monday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1, fat=None, inj=11),
  E(cur, "Armed clash", "The gunfight broke out on Sunday morning near Phougakchao Ikhai", T("Bishnupur", "IN", 2, 24.63, 93.76, "Manipur", "Bishnupur"), "sunday",
    a1=KUKI, i1=4, a2=MEITEI, i2=4, fat=2, inj=4),
  E(cur, "Other", "The district magistrate imposed a total curfew across Bishnupur district", T("Bishnupur", "IN", 3, 24.63, 93.76, "Manipur", "Bishnupur"), "monday",
    a1=IND_GOV, i1=1),
]),
S("st-ak-010", "2026-03-03", """Police tear-gas canal protesters on Hyderabad bypass; activists detained overnight

HYDERABAD, Pakistan, March 3 (Wire) - Police in Pakistan's Sindh province baton-charged and fired tear gas at several hundred protesters who had blocked the bypass road into Hyderabad on Monday to oppose a federal plan to build new canals on the Indus river, detaining about 40 people, police and organisers said.

The protesters, many of them students, had sat on the road since early morning, halting traffic between Karachi and the north of the country for about six hours before police moved in.

The night before, police raided the homes of at least nine nationalist activists and student leaders in Hyderabad and took them to police stations, their relatives said. A police official said they had been held "to maintain law and order" and would be released after the protest.

In Karachi, several hundred lawyers marched peacefully from the city courts to the Sindh High Court on Monday in support of the protest.

The provincial government, which also opposes the canals, said on Tuesday it would ask the police to release everyone detained. Sindh's nationalist parties have called a province-wide strike for next week.""", [
  E(cur, "Protest with intervention", "baton-charged and fired tear gas at several hundred protesters who had blocked the bypass road into Hyderabad", T("Hyderabad", "PK", 2, 25.4, 68.38, "Sindh", "Hyderabad"), "monday",
    a1="Protesters (Pakistan)", i1=6, a2=PAK_POL, i2=1),
  E(cur, "Arrests", "police raided the homes of at least nine nationalist activists and student leaders in Hyderabad", T("Hyderabad", "PK", 1, 25.4, 68.38, "Sindh", "Hyderabad"), "sunday",
    a1=PAK_POL, i1=1, a2="Civilians (Pakistan)", i2=7),
  E(cur, "Peaceful protest", "several hundred lawyers marched peacefully from the city courts to the Sindh High Court", T("Karachi", "PK", 1, 24.86, 67.01, "Sindh"), "monday",
    a1="Protesters (Pakistan)", i1=6),
]),

S("st-ak-011", "2026-08-12", """Kyrgyzstan denies border shooting, says water dispute with Tajik villagers settled

BISHKEK, Aug 12 (Wire) - Kyrgyzstan's border service on Tuesday denied reports that Tajik border guards had opened fire on Kyrgyz farmers near the village of Ak-Sai in the southern Batken region, saying a quarrel over irrigation water had been settled by local officials from both sides.

Videos shared widely on social media on Monday showed men shouting at each other beside a canal, and what sounded like gunshots. "No shots were fired and no one was hurt," the border service said in a statement, adding that some of the footage had been filmed in 2021.

Tajikistan's border troops said in a separate statement that the situation on the border was "calm and under control".

The two Central Asian neighbours signed a treaty in March 2025 that settled the whole of their 970-km border, after clashes in 2021 and 2022 that killed more than 100 people and forced tens of thousands to flee. Ak-Sai, where a water intake serves villages on both sides, was at the centre of the first round of fighting.""", [
  unscored(E(neg, "Armed clash", "Tajik border guards had opened fire on Kyrgyz farmers near the village of Ak-Sai", T("Ak-Say", "KG", 2, 39.87, 70.52, "Batken"),
             a1="Military Forces of Tajikistan (1994-)", i1=8, a2="Civilians (Kyrgyzstan)", i2=7), "event_date", "time_precision"),
], negative="denial"),

S("st-ak-012", "2026-10-30", """Greece: petrol bombs and tear gas outside parliament after general strike march

ATHENS, Oct 30 (Wire) - Riot police fired tear gas and stun grenades at hooded youths who threw petrol bombs and stones at them outside the Greek parliament on Thursday afternoon, after tens of thousands of people had marched through the capital during a 24-hour general strike against a new labour law.

Several cars and rubbish bins were set on fire in nearby streets. Police said 41 people were detained and five officers were slightly hurt.

The strike, called by the country's two largest union federations, halted ferries, trains and flights and closed schools and state hospitals' outpatient clinics. The government says the law, which allows a 13-hour working day with the employee's consent, will be voted on next week.

In Thessaloniki, the country's second city, about 100 people smashed the windows of two banks and clashed with riot police near the Aristotle University campus. Twelve people were detained there.

Caption: A protester hurls a petrol bomb at riot police in Syntagma Square during a general strike in February 2023. (File photo)""", [
  E(cur, "Violent demonstration", "hooded youths who threw petrol bombs and stones at them outside the Greek parliament", T("Athens", "GR", 1, 37.98, 23.73, "Attica", "Nomarchia Athinas"), "thursday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, inj=5),
  E(cur, "Violent demonstration", "about 100 people smashed the windows of two banks and clashed with riot police near the Aristotle University campus", T("Thessaloniki", "GR", 1, 40.64, 22.93, "Central Macedonia", "Thessaloniki"), "thursday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1),
]),

S("st-ak-013", "2026-02-11", """Seven killed as Borana and Gabra gunmen clash near Moyale

MARSABIT, Kenya, Feb 11 (Wire) - At least seven people were killed when gunmen from the Borana and Gabra communities exchanged fire near Moyale town in northern Kenya on Monday, in a dispute over a water point, police said on Tuesday.

Marsabit county police commander Peter Njoroge said officers had been sent to the area and had recovered four rifles. Five people wounded in the fighting were taken to Moyale sub-county hospital.

On Tuesday morning, residents of Moyale blocked the main road out of the town towards Marsabit with stones and burning tyres, demanding more protection. Police fired tear gas to clear the road and arrested six people.

Moyale straddles the border with Ethiopia, where a town of the same name lies on the other side. Officials there said the Ethiopian side was calm.

Competition for water and pasture between the two pastoralist communities has flared repeatedly in Marsabit county during droughts.""", [
  E(cur, "Armed clash", "gunmen from the Borana and Gabra communities exchanged fire near Moyale town", T("Moyale", "KE", 2, 3.53, 39.06, "Marsabit"), "monday",
    a1=BORANA, i1=4, a2=GABRA, i2=4, fat=7, inj=5),
  E(cur, "Violent demonstration", "residents of Moyale blocked the main road out of the town towards Marsabit with stones and burning tyres", T("Moyale", "KE", 2, 3.53, 39.06, "Marsabit"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1),
]),

S("st-ak-014", "2026-04-07", """(Translated from Amharic)

Nine minibus passengers killed in drone strike in West Gojjam; Fano says it ambushed army convoy near Bure

BAHIR DAR (Regional radio) - Nine passengers were killed on Sunday when a drone struck a minibus on the road between Merawi and Dangila in West Gojjam zone, residents and a health worker at Dangila hospital said. Residents said the drone belonged to the federal army, which has used drones against Fano fighters in the area. The government did not comment.

On Saturday, Fano fighters ambushed a convoy of federal troops near Bure, in the same zone, the militia said in a statement, claiming to have killed 26 soldiers and seized two trucks. A regional official told our radio that "several" Fano fighters had been killed and denied that any soldiers had died.

Residents of Bure also said that Fano fighters had taken away the town's deputy administrator and two other officials from their homes on Monday night. Their whereabouts are unknown.

The conflict between the federal government and Fano, an Amhara militia that fought alongside the army in the Tigray war, broke out in August 2023.""", [
  E(cur, "Air/drone strike", "a drone struck a minibus on the road between Merawi and Dangila", T("Merawi", "ET", 2, 11.42, 37.17, "Amara"), "sunday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9),
  E(cur, "Armed clash", "Fano fighters ambushed a convoy of federal troops near Bure", T("Bure", "ET", 2, 10.7, 37.07, "Amara"), "saturday",
    a1=FANO, i1=3, a2=ETH, i2=1, fat=29),
  E(cur, "Abduction/forced disappearance", "Fano fighters had taken away the town's deputy administrator and two other officials from their homes", T("Bure", "ET", 1, 10.7, 37.07, "Amara"), "monday",
    a1=FANO, i1=3, a2="Civilians (Ethiopia)", i2=7),
], register="local"),

S("st-ak-015", "2026-10-02", """REPUBLIC OF CAMEROON
Peace - Work - Fatherland
MINISTRY OF DEFENCE
Communication Division

PRESS RELEASE No. 041/CD/MINDEF

Yaounde, 2 October 2026

In the night of 30 September to 1 October 2026, elements of the 5th Military Region, acting on intelligence, raided a camp of terrorists of the so-called "Ambazonia" secessionist groups located on the outskirts of Bali, Mezam Division, North-West Region. Five terrorists were neutralised and two AK-47 rifles, one pump-action gun and a quantity of ammunition were recovered. One soldier was slightly injured.

The Minister of Defence condemns the so-called "ghost town" that the terrorists have sought to impose on the population of Bamenda since Tuesday 29 September, in the course of which a passenger bus of a local travel agency was set ablaze at Mile 4 Nkwen, Bamenda, on 30 September for defying their order. No loss of human life was recorded.

The population is urged to go about its daily activities without fear and to report any suspicious movement to the nearest defence and security post.

The Minister Delegate at the Presidency in charge of Defence
(Signed)

Distribution: National and international press. All rights reserved, MINDEF Communication Division.""", [
  E(cur, "Armed clash", "raided a camp of terrorists of the so-called \"Ambazonia\" secessionist groups located on the outskirts of Bali", T("Bali", "CM", 2, 5.89, 10.01, "North-West"), "2026-10-01",
    a1=CMR, i1=1, a2=AMBA, i2=2, fat=5, inj=1),
  E(cur, "Other", "the so-called \"ghost town\" that the terrorists have sought to impose on the population of Bamenda since Tuesday 29 September", T("Bamenda", "CM", 1, 5.96, 10.15, "North-West"), "2026-09-29",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Looting/property destruction", "a passenger bus of a local travel agency was set ablaze at Mile 4 Nkwen, Bamenda", T("Bamenda", "CM", 2, 5.96, 10.15, "North-West"), "2026-09-30",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7, fat=0),
], register="official"),
S("st-ak-016", "2026-10-13", """Nigeria: gunmen kill 19 in Plateau villages; mob beats suspected informant to death in Jos

JOS, Nigeria, Oct 13 (Wire) - Gunmen attacked the villages of Hurti and Daffo in Bokkos local government area of Plateau state late on Sunday, killing at least 19 people and burning dozens of homes, police said on Monday. A local council official put the toll at 31 and said more bodies were being found in the bush.

Survivors said the attackers arrived on motorcycles at about 10 p.m. and fired on people sitting outside their homes. Residents blamed armed herders, who have been accused of a string of attacks on farming villages in the area since 2023. Troops of the military's Operation Safe Haven were sent to the villages after the attack.

On Monday afternoon, a crowd in Jos, the state capital, beat to death a young man they accused of spying for the attackers, police spokesman Alabo Alfred said. Officers arrived too late to save him.

Plateau state governor Caleb Mutfwang imposed a dusk-to-dawn curfew on Bokkos from Monday evening and called for calm.

Caption: Women mourn at a mass burial in Bokkos in April 2025. (File photo)""", [
  E(cur, "Attack", "Gunmen attacked the villages of Hurti and Daffo in Bokkos local government area", T("Bokkos", "NG", 2, 9.3, 8.99, "Plateau", "Bokkos"), "sunday",
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=19),
  E(cur, "Mob violence", "a crowd in Jos, the state capital, beat to death a young man they accused of spying for the attackers", T("Jos", "NG", 1, 9.93, 8.89, "Plateau", "Jos North"), "monday",
    a1="Rioters (Nigeria)", i1=5, a2="Civilians (Nigeria)", i2=7, fat=1),
  E(cur, "Other", "imposed a dusk-to-dawn curfew on Bokkos", T("Bokkos", "NG", 3, 9.3, 8.99, "Plateau", "Bokkos"), "monday",
    a1="Government of Nigeria (2023-)", i1=1),
]),

S("st-ak-017", "2026-05-27", """Niger says 14 soldiers, 40 militants killed in ambush near Tera; emergency rule extended

NIAMEY, May 27 (Wire) - Fighters of the Islamic State Sahel Province ambushed an army convoy near Tera in western Niger on Sunday, killing 14 soldiers, the army said in a statement read on state television on Tuesday. It said "about forty terrorists were neutralised" in the fighting and that the convoy reached Tera.

The group said in a statement on its channels that it had killed "more than 30 apostate soldiers" and seized weapons and vehicles.

On Monday, the military government extended for three months the state of emergency in force in the Tillaberi region, which borders Mali and Burkina Faso, the government spokesman said.

Niger's military rulers, who seized power in July 2023, have struggled to contain attacks by Islamic State and al Qaeda affiliates in the west of the country.""", [
  E(cur, "Armed clash", "Fighters of the Islamic State Sahel Province ambushed an army convoy near Tera", T("Tera", "NE", 2, 14.01, 0.75, "Tillaberi"), "sunday",
    a1=ISSP, i1=2, a2=NER, i2=1, fat=54),
  E(cur, "Other", "the military government extended for three months the state of emergency in force in the Tillaberi region", T("Tillaberi", "NE", 3, 14.21, 1.45, "Tillaberi"), "monday",
    a1=NER_GOV, i1=1),
]),

S("st-ak-018", "2026-09-29", """LIBYA-SECURITY/
Six dead in Tripoli militia clashes; Mitiga flights halted; elders broker truce

TRIPOLI, Sept 29 (Wire) - Heavy fighting broke out overnight between the Radaa Special Deterrence Force and the 444th Brigade in the Souq al-Juma and Ain Zara districts of the Libyan capital, killing at least six people, including two civilians hit by stray rounds, the health ministry's emergency service said on Monday.

Residents said machine-gun fire and explosions were heard until dawn. Flights at Mitiga airport, which Radaa controls, were diverted to Misrata.

By Monday evening, a truce brokered by elders from Misrata and Zintan was holding. Under the agreement, reached at a meeting in Tajoura, east of the capital, both armed groups are to withdraw to their barracks and hand over checkpoints to the interior ministry's police.

The Tripoli-based government, which depends on armed groups for its security, has tried to curb Radaa's power since clashes in the capital in May 2025.""", [
  E(cur, "Armed clash", "Heavy fighting broke out overnight between the Radaa Special Deterrence Force and the 444th Brigade", T("Tripoli", "LY", 2, 32.89, 13.19, "Tripoli"), "sunday",
    a1=RADAA, i1=3, a2=B444, i2=3, fat=6),
  E(cur, "Agreement", "a truce brokered by elders from Misrata and Zintan was holding", T("Tajura", "LY", 1, 32.88, 13.35, "Tripoli"), "monday",
    a1=RADAA, i1=3, a2=B444, i2=3),
]),

S("st-ak-019", "2026-04-22", """Yemen: Houthi shelling kills two children in Taiz; drone hits army post in Marib

ADEN, April 22 (Wire) - Two children were killed and five people wounded when shells fired by Houthi fighters hit a residential street in the government-held city of Taiz on Tuesday afternoon, the city's health office said.

Government forces said they had repelled a Houthi attack on their positions in Hayfan district, south of Taiz, on Monday night, killing eight Houthi fighters. Three soldiers were killed, a military source said.

In Marib province, a Houthi drone struck a government army post in Sirwah district on Sunday, wounding four soldiers, the army's media centre said.

The Houthis did not comment. Fighting on Yemen's front lines has continued at a low level despite a truce declared in April 2022, which has largely held for air strikes.""", [
  E(cur, "Shelling/artillery/missile attack", "shells fired by Houthi fighters hit a residential street in the government-held city of Taiz", T("Taiz", "YE", 1, 13.58, 44.02, "Taiz", "Salh"), "tuesday",
    a1=HOU, i1=1, a2="Civilians (Yemen)", i2=7, fat=2, inj=5),
  E(cur, "Armed clash", "Government forces said they had repelled a Houthi attack on their positions in Hayfan district", T("Hayfan", "YE", 3, 13.32, 44.28, "Taiz", "Hayfan"), "monday",
    a1=YEM, i1=1, a2=HOU, i2=1, fat=11),
  E(cur, "Air/drone strike", "a Houthi drone struck a government army post in Sirwah district", T("Sirwah", "YE", 3, 15.45, 45.02, "Marib", "Sirwah"), "sunday",
    a1=HOU, i1=1, a2=YEM, i2=1, inj=4),
]),

S("st-ak-020", "2026-07-10", """UN: June deadliest month for Ukraine's civilians in a year

GENEVA, July 10 (Wire) - At least 232 civilians were killed and 1,343 injured in Ukraine in June, the highest monthly toll in a year, the U.N. Human Rights Monitoring Mission in Ukraine said on Thursday.

Most of the casualties were caused by long-range missiles and drones launched at cities far from the front line, the mission said in its monthly update, while short-range drones accounted for a growing share of victims in front-line areas of the Donetsk, Kharkiv, Kherson and Zaporizhzhia regions.

"Civilians are paying an unbearable price," the head of the mission said, calling on both sides to respect international humanitarian law.

The mission said it had also verified 11 civilian casualties in Russia's Belgorod and Kursk regions caused by Ukrainian attacks during the month.

Since February 2022, the mission has verified more than 14,600 civilian deaths in Ukraine, and says the real figures are likely to be considerably higher.""", [], negative="statement"),

S("st-ak-021", "2026-03-17", """Pakistan, Afghanistan trade fire at Chaman border; Pakistani jets strike Paktika

ISLAMABAD/KABUL, March 17 (Wire) - Afghan forces opened fire on Pakistani border posts near Chaman on Sunday night, setting off hours of heavy exchanges with mortars and machine guns in which three Pakistani soldiers were killed, Pakistan's military said on Monday. It said its troops had killed "more than 15" Afghan Taliban fighters and destroyed several posts.

A spokesman for the Taliban government said five of its border forces had been killed, and accused Pakistani troops of firing first.

On Monday, Pakistani jets struck what Islamabad said were hideouts of the Pakistani Taliban (TTP) in Barmal district of Afghanistan's Paktika province. The Taliban said the strikes hit a religious school and killed nine civilians, most of them children.

The Chaman-Spin Boldak crossing, one of the main trade routes between the two countries, stayed closed on Tuesday, with hundreds of trucks stranded on both sides.""", [
  E(cur, "Armed clash", "Afghan forces opened fire on Pakistani border posts near Chaman", T("Chaman", "PK", 2, 30.92, 66.45, "Balochistan", "Qila Abdullah"), "sunday",
    a1=AFG, i1=8, a2=PAK, i2=1, fat=8),
  E(cur, "Air/drone strike", "Pakistani jets struck what Islamabad said were hideouts of the Pakistani Taliban (TTP) in Barmal district", T("Barmal", "AF", 3, 32.94, 68.79, "Paktika", "Barmal"), "monday",
    a1=PAK, i1=8, a2="Civilians (Afghanistan)", i2=7, fat=9),
]),

S("st-ak-022", "2026-06-03", """Venezuela warns Guyana over offshore drilling; Georgetown plans new army base

GEORGETOWN, June 3 (Wire) - Venezuela's defence minister said on Tuesday that the armed forces would "respond with all the force of the Bolivarian Republic" if Guyana allowed foreign companies to drill in waters off the Essequibo region, which Caracas claims.

Guyana's president said his country would "defend every inch" of its territory and that the army planned to open a new base near the Venezuelan border later this year. He did not say where.

Guyana has controlled the Essequibo, about two-thirds of its territory, since a 19th-century arbitration that Venezuela rejects. The International Court of Justice is hearing the case.

The two countries agreed in December 2023 not to use force against each other. There have been no armed clashes between their forces.""", [
  unscored(E(thr, "Armed clash", "would \"respond with all the force of the Bolivarian Republic\"", C("GY"),
             a1=VEN, i1=8, a2=GUY, i2=1), "event_date", "time_precision"),
  unscored(E(hyp, "Headquarters or base established", "the army planned to open a new base near the Venezuelan border later this year", C("GY"),
             a1=GUY, i1=1), "event_date", "time_precision"),
], negative="threat"),

S("st-ak-023", "2026-09-23", """Bangladesh: two dead in Khagrachari communal violence; Section 144 imposed

DHAKA, Sept 23 (Wire) - Two people were killed and dozens of shops and homes burned on Sunday when crowds of Bengali settlers and indigenous Pahari residents fought each other with sticks, machetes and stones in Khagrachari town, in Bangladesh's Chittagong Hill Tracts, police said.

The clashes began after a Pahari schoolgirl was allegedly assaulted on Saturday. The district administration imposed Section 144, banning gatherings of more than four people, in Khagrachari town from Sunday evening, and army and border guard units patrolled the streets.

On Monday, several hundred indigenous students blocked the road at the entrance of Khagrachari town for four hours, demanding the arrest of the girl's attackers and the withdrawal of army camps from the hills. The protest ended peacefully.

In Dhaka, about 300 students marched to Shahbagh on Monday evening in solidarity.""", [
  E(cur, "Mob violence", "crowds of Bengali settlers and indigenous Pahari residents fought each other with sticks, machetes and stones in Khagrachari town", T("Khagrachari", "BD", 1, 23.11, 91.97, "Chattogram", "Khagrachhari"), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=2),
  E(cur, "Other", "The district administration imposed Section 144", T("Khagrachari", "BD", 1, 23.11, 91.97, "Chattogram", "Khagrachhari"), "sunday",
    a1=BGD_GOV, i1=1),
  E(cur, "Peaceful protest", "several hundred indigenous students blocked the road at the entrance of Khagrachari town", T("Khagrachari", "BD", 2, 23.11, 91.97, "Chattogram", "Khagrachhari"), "monday",
    a1="Protesters (Bangladesh)", i1=6),
  E(cur, "Peaceful protest", "about 300 students marched to Shahbagh", T("Dhaka", "BD", 2, 23.71, 90.41, "Dhaka", "Dhaka"), "monday",
    a1="Protesters (Bangladesh)", i1=6),
]),

S("st-ak-024", "2026-05-13", """(Translated from Thai)

Bomb wounds three rangers in Bannang Sata; outpost in Raman fired on

YALA (Local press) - A roadside bomb exploded next to a pickup truck carrying paramilitary rangers on a rural road in Bannang Sata district of Yala province at about 7:20 a.m. on Tuesday, wounding three rangers, police said. No one was killed. The rangers had been on their way to escort teachers to a school in the district.

Investigators said the bomb, hidden in a gas cylinder, was set off by a mobile phone. Police suspect insurgents who are active in the area.

On Monday night, insurgents fired grenades from M79 launchers and rifles at a ranger outpost in Raman district for about ten minutes. No one was hurt, the 4th Army Region said.

Caption: Rangers inspect the damaged pickup truck on the road in Bannang Sata district on Tuesday.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb exploded next to a pickup truck carrying paramilitary rangers", T("Bannang Sata", "TH", 3, 6.27, 101.26, "Yala", "Amphoe Bannang Sata"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=0, inj=3),
  E(cur, "Armed clash", "insurgents fired grenades from M79 launchers and rifles at a ranger outpost in Raman district", T("Raman", "TH", 3, 6.48, 101.42, "Yala", "Amphoe Raman"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=0, inj=0),
  unscored(E(cap, "Remote explosive/landmine/IED", "Rangers inspect the damaged pickup truck on the road in Bannang Sata district on Tuesday", T("Bannang Sata", "TH", 3, 6.27, 101.26, "Yala", "Amphoe Bannang Sata"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1), "geo_precision", "fatalities", "injuries"),
], register="local"),

S("st-ak-025", "2026-02-04", """Venezuela: colectivos fire on retired teachers' protest in Valencia; union leader missing after SEBIN arrest

VALENCIA, Venezuela, Feb 4 (Wire) - Men on motorcycles whom witnesses identified as members of pro-government colectivos fired shots and beat demonstrators at a protest by retired teachers demanding higher pensions in Valencia, Carabobo state, on Tuesday, wounding four people, the teachers' union said.

The protest's organiser, union leader Orlando Pérez, was detained at his home in Valencia on Monday night by agents of the SEBIN intelligence service, his wife said. She said officials had refused to tell the family where he was being held.

Retired teachers also held peaceful marches in Caracas and Maracaibo on Tuesday. The government did not comment.

Teachers' pensions are worth less than $5 a month at the official exchange rate, plus bonuses that can be withdrawn at any time.""", [
  E(cur, "Attack", "Men on motorcycles whom witnesses identified as members of pro-government colectivos fired shots and beat demonstrators", T("Valencia", "VE", 1, 10.16, -68.0, "Carabobo", "Municipio Valencia"), "tuesday",
    a1=COLECT, i1=3, a2="Protesters (Venezuela)", i2=6, inj=4),
  E(cur, "Abduction/forced disappearance", "was detained at his home in Valencia on Monday night by agents of the SEBIN intelligence service", T("Valencia", "VE", 1, 10.16, -68.0, "Carabobo", "Municipio Valencia"), "monday",
    a1=VEN_POL, i1=1, a2="Civilians (Venezuela)", i2=7),
  E(cur, "Peaceful protest", "Retired teachers also held peaceful marches in Caracas and Maracaibo", T("Caracas", "VE", 1, 10.49, -66.88, "Capital District", "Municipio Libertador"), "tuesday",
    a1="Protesters (Venezuela)", i1=6),
  E(cur, "Peaceful protest", "Retired teachers also held peaceful marches in Caracas and Maracaibo", T("Maracaibo", "VE", 1, 10.64, -71.61, "Zulia", "Municipio Maracaibo"), "tuesday",
    a1="Protesters (Venezuela)", i1=6),
]),
S("st-ak-026", "2026-06-10", """Bolivia: police clear Challapata blockade; dynamite and tear gas on the Oruro-Potosi road

LA PAZ, June 10 (Wire) - Bolivian police cleared a road blockade by transport workers and farmers at Challapata, on the main highway between Oruro and Potosi, on Monday morning, firing tear gas and arresting 14 people, the government said.

The blockade, which demanded an end to fuel shortages, had stranded hundreds of trucks. Interior Minister Marco Antonio Oviedo said officers had "unblocked" the road "without a single shot being fired". Protest leaders said the police had beaten people who were sleeping at the roadside and that at least six were hurt.

On Tuesday, several hundred protesters returned to Challapata, hurled sticks of dynamite and stones at the police and briefly retook the bridge at the town's entrance. Nine police officers were injured, two of them seriously, before the protesters withdrew in the evening, the police commander in Oruro said.

In La Paz, about 2,000 members of transport unions marched peacefully to the Plaza Murillo on Monday to support the blockade.

The fuel shortages, caused by a lack of dollars to pay for imports, have led to long queues at petrol stations across Bolivia for more than a year.""", [
  E(cur, "Protest with intervention", "Bolivian police cleared a road blockade by transport workers and farmers at Challapata", T("Challapata", "BO", 1, -18.9, -66.77, "Oruro"), "monday",
    a1="Protesters (Bolivia)", i1=6, a2=BOL_POL, i2=1, inj=6),
  E(cur, "Violent demonstration", "several hundred protesters returned to Challapata, hurled sticks of dynamite and stones at the police", T("Challapata", "BO", 1, -18.9, -66.77, "Oruro"), "tuesday",
    a1="Rioters (Bolivia)", i1=5, a2=BOL_POL, i2=1, inj=9),
  E(cur, "Peaceful protest", "about 2,000 members of transport unions marched peacefully to the Plaza Murillo", T("La Paz", "BO", 1, -16.5, -68.15, "La Paz"), "monday",
    a1="Protesters (Bolivia)", i1=6),
]),

S("st-ak-027", "2026-04-15", """Costa Rica: two shot dead in Limon gang war; six arrested in raids

SAN JOSE, April 15 (Wire) - Two men were shot dead and a woman wounded when gunmen opened fire on a house in the Limoncito neighbourhood of the Caribbean port city of Limon late on Sunday, the Judicial Investigation Agency (OIJ) said, in what it called the latest attack in a war between two drug gangs over the city's street trade.

On Tuesday morning, OIJ agents and police raided eight homes in Limon and arrested six men suspected of belonging to one of the gangs and of taking part in Sunday's killings. Two pistols and a rifle were seized.

Costa Rica, long one of Central America's safest countries, recorded more than 880 homicides last year, most of them linked to drug trafficking, according to OIJ figures. Limon province has the country's highest murder rate.

In February, gunmen killed three men at a bar in Batan, in the same province, in an attack police also blamed on the feud.""", [
  E(cur, "Attack", "gunmen opened fire on a house in the Limoncito neighbourhood of the Caribbean port city of Limon", T("Limon", "CR", 2, 9.99, -83.04, "Limon", "Limon"), "sunday",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=2, inj=1),
  E(cur, "Arrests", "raided eight homes in Limon and arrested six men suspected of belonging to one of the gangs", T("Limon", "CR", 1, 9.99, -83.04, "Limon", "Limon"), "tuesday",
    a1=CRI_POL, i1=1, a2="Unidentified Armed Group (Costa Rica)", i2=3),
  E(bg, "Attack", "gunmen killed three men at a bar in Batan", T("Batan", "CR", 1, 10.08, -83.33, "Limon", "Matina"), "2026-02-01", tp=3,
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=3),
]),

S("st-ak-028", "2026-10-06", """Federal agents fire tear gas at protesters outside Newark immigration detention center

NEWARK, New Jersey, Oct 6 (Wire) - Federal agents fired tear gas and pepper balls on Saturday night at several hundred people protesting outside the Delaney Hall immigration detention center in Newark, and detained at least 12 of them, organisers and the Department of Homeland Security said.

The protesters had gathered at the gates to block vans carrying detainees. DHS said in a statement that its officers had acted "to protect federal property and personnel"; organisers said the crowd had been peaceful.

On Sunday afternoon, about 3,000 people marched through downtown Newark to City Hall without incident.

President Donald Trump said on Monday he would send National Guard troops to Newark "if the riots continue".""", [
  E(cur, "Protest with intervention", "Federal agents fired tear gas and pepper balls on Saturday night at several hundred people protesting outside the Delaney Hall immigration detention center in Newark", T("Newark", "US", 1, 40.74, -74.17, "New Jersey"), "saturday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1),
  E(cur, "Peaceful protest", "about 3,000 people marched through downtown Newark to City Hall", T("Newark", "US", 1, 40.74, -74.17, "New Jersey"), "sunday",
    a1="Protesters (United States)", i1=6),
  unscored(E(hyp, "Change to group/activity", "he would send National Guard troops to Newark", T("Newark", "US", 1, 40.74, -74.17, "New Jersey"),
             a1=USA, i1=1), "event_date", "time_precision"),
]),

S("st-ak-029", "2026-05-13", """Georgia: water cannon at parliament gates; three opposition leaders detained at dawn

TBILISI, May 13 (Wire) - Georgian riot police used water cannon and pepper spray late on Monday to push back protesters who tried to break through the gates of parliament on Rustaveli Avenue, the interior ministry said. Protesters threw fireworks and bottles at officers; nine police officers were hurt and 27 people were detained.

Early on Tuesday, police detained three leaders of the opposition United National Movement at their homes in Tbilisi. The interior ministry said they were suspected of "organising group violence" at the parliament.

Protesters have gathered outside parliament almost every night since the ruling Georgian Dream party suspended talks on joining the European Union in November 2024.""", [
  E(cur, "Violent demonstration", "protesters who tried to break through the gates of parliament on Rustaveli Avenue", T("Tbilisi", "GE", 1, 41.69, 44.83, "Tbilisi"), "monday",
    a1="Rioters (Georgia)", i1=5, a2=GEO_POL, i2=1, inj=9),
  E(cur, "Arrests", "police detained three leaders of the opposition United National Movement at their homes in Tbilisi", T("Tbilisi", "GE", 1, 41.69, 44.83, "Tbilisi"), "tuesday",
    a1=GEO_POL, i1=1, a2=UNM, i2=7),
]),

S("st-ak-030", "2026-06-18", """Spain jails four over plot to attack Barcelona festival

MADRID, June 18 (Wire) - Spain's National Court on Thursday sentenced four men to between eight and twelve years in prison for belonging to a terrorist organisation and planning an attack on crowds at a music festival in Barcelona.

The court found that the men, three Moroccan nationals and a Spaniard, had pledged allegiance to the Islamic State group online, studied the festival's layout and tried to buy a van. They were arrested in 2024 before they could act, and no one was hurt.

A fifth defendant was acquitted. Lawyers for two of the men said they would appeal.

Spain has raised its terrorism alert level to four on a scale of five since 2015. Police say they arrested about 80 people on jihadist terrorism charges last year.""", [], negative="trial"),
S("st-ak-031", "2026-09-09", """Iran: border guards kill two Kurdish porters near Baneh; protest dispersed

(Monitor) - Iranian border guards shot dead two Kurdish porters, known as kolbars, and wounded a third in the mountains near Baneh, in Kurdistan province, on Monday, the Kurdish rights group Hengaw said. The three men were carrying bundles of clothes across the border from Iraq.

On Tuesday, several hundred people gathered outside the governor's office in Baneh to protest against the killings. Security forces fired tear gas and detained at least ten people, the group said.

Iranian officials did not comment. Hengaw says at least 40 kolbars have been killed by border guards this year. Thousands of people in Iran's impoverished Kurdish border areas make a living carrying goods on their backs across the mountains.""", [
  E(cur, "Attack", "Iranian border guards shot dead two Kurdish porters, known as kolbars, and wounded a third in the mountains near Baneh", T("Baneh", "IR", 2, 36.0, 45.89, "Kurdistan"), "monday",
    a1=IRN, i1=1, a2="Civilians (Iran)", i2=7, fat=2, inj=1),
  E(cur, "Protest with intervention", "several hundred people gathered outside the governor's office in Baneh to protest against the killings", T("Baneh", "IR", 1, 36.0, 45.89, "Kurdistan"), "tuesday",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1),
], register="monitor"),

S("st-ak-032", "2026-02-25", """Turkey detains 11 opposition officials in Istanbul raids; police tear-gas crowd in Esenyurt

ISTANBUL, Feb 25 (Wire) - Turkish police detained 11 officials of the main opposition Republican People's Party (CHP), among them two district mayors, in dawn raids across Istanbul on Tuesday as part of a corruption investigation, the Istanbul prosecutor's office said.

In the evening, several thousand people gathered outside the municipal building in the Esenyurt district, one of the two whose mayors were detained. Police used tear gas, pepper spray and rubber bullets to disperse them when they refused to leave, and detained about 20 people.

CHP leader Ozgur Ozel called the raids "a coup against the ballot box" and urged supporters to join a rally in Istanbul on Saturday.

Hundreds of CHP officials have been detained since Istanbul mayor Ekrem Imamoglu was arrested in March 2025.""", [
  E(cur, "Arrests", "Turkish police detained 11 officials of the main opposition Republican People's Party (CHP)", T("Istanbul", "TR", 1, 41.01, 28.95, "Istanbul"), "tuesday",
    a1=TUR_POL, i1=1, a2=CHP, i2=7),
  E(cur, "Protest with intervention", "several thousand people gathered outside the municipal building in the Esenyurt district", T("Esenyurt", "TR", 1, 41.03, 28.68, "Istanbul", "Esenyurt"), "tuesday",
    a1="Protesters (Turkey)", i1=6, a2=TUR_POL, i2=1),
  unscored(E(hyp, "Peaceful protest", "urged supporters to join a rally in Istanbul on Saturday", T("Istanbul", "TR", 1, 41.01, 28.95, "Istanbul"),
             a1="Protesters (Turkey)", i1=6), "event_date", "time_precision"),
]),

S("st-ak-033", "2026-07-22", """West Bank: settlers torch cars in Sinjil; Israeli drone kills two in Tammun

RAMALLAH, July 22 (Wire) - Israeli settlers set fire to four cars and part of a house in the Palestinian village of Sinjil, north of Ramallah, overnight into Tuesday, the village council said. The family living in the house escaped unhurt.

On Tuesday afternoon, an Israeli drone struck a group of gunmen in the town of Tammun, in the northern West Bank, during an army raid, killing two of them, the Israeli military said. The Palestinian health ministry said the dead were aged 17 and 19.

The military said the raid was part of a wider operation against armed groups in the northern West Bank.

Palestinian officials say settler attacks in the West Bank have reached record levels since the start of the Gaza war in October 2023.""", [
  E(cur, "Looting/property destruction", "Israeli settlers set fire to four cars and part of a house in the Palestinian village of Sinjil", T("Sinjil", "PS", 1, 32.03, 35.27, "West Bank", "Ramallah and al-Bireh"), "tuesday",
    a1=SETTLERS, i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "an Israeli drone struck a group of gunmen in the town of Tammun", T("Tammun", "PS", 1, 32.28, 35.38, "West Bank", "Tubas"), "tuesday",
    a1=ISR, i1=8, a2="Unidentified Armed Group (Palestine)", i2=3, fat=2),
]),

S("st-ak-034", "2026-09-23", """Mozambique: insurgents behead four in Ancuabe; Rwandan and Mozambican troops kill seven near Macomia

PEMBA, Mozambique, Sept 23 (Wire) - Insurgents linked to the Islamic State group beheaded four men who were cutting bamboo near a village in Ancuabe district of Cabo Delgado province on Sunday, local officials and residents said. Hundreds of families fled to the district headquarters.

On Monday, Mozambican and Rwandan troops killed seven insurgents in a clash in the bush near Macomia town, the Rwandan army said in a statement. It said there were no casualties among its soldiers.

Islamic State Mozambique Province said on its channels on Tuesday that it had killed "Christians" in Ancuabe.

Caption: Rwandan soldiers patrol a street in Mocimboa da Praia in September 2021. (File photo)

The insurgency in Cabo Delgado, which began in 2017, has killed more than 6,000 people and displaced about a million, according to monitoring groups.""", [
  E(cur, "Attack", "Insurgents linked to the Islamic State group beheaded four men who were cutting bamboo near a village in Ancuabe district", T("Ancuabe", "MZ", 3, -12.97, 39.86, "Cabo Delgado", "Ancuabe"), "sunday",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=4),
  E(cur, "Armed clash", "Mozambican and Rwandan troops killed seven insurgents in a clash in the bush near Macomia town", T("Macomia", "MZ", 2, -12.25, 40.12, "Cabo Delgado", "Macomia"), "monday",
    a1=MOZ, i1=1, a2=ISMP, i2=2, fat=7, assoc_actor_1=RWA),
]),

S("st-ak-035", "2026-03-25", """Burundi: opposition activist beaten to death in Kirundo; party official arrested

BUJUMBURA, March 25 (Wire) - Members of the ruling party's youth wing, the Imbonerakure, beat four members of the opposition National Congress for Freedom (CNL) with clubs in Kirundo town on Sunday night, killing one of them, a CNL spokesman said. The three others were treated in hospital.

On Monday, police arrested the CNL's provincial secretary in Kirundo and accused him of "inciting hatred" after he denounced the attack on local radio, the party said.

A police spokesman said an investigation into the killing had been opened. Rights groups have accused the Imbonerakure of killings, beatings and intimidation of opponents for years; the government denies that the youth wing is armed.""", [
  E(cur, "Attack", "beat four members of the opposition National Congress for Freedom (CNL) with clubs in Kirundo town", T("Kirundo", "BI", 1, -2.58, 30.1, "Kirundo", "Commune of Kirundo"), "sunday",
    a1=IMBO, i1=3, a2="Civilians (Burundi)", i2=7, fat=1, inj=3),
  E(cur, "Arrests", "police arrested the CNL's provincial secretary in Kirundo", T("Kirundo", "BI", 1, -2.58, 30.1, "Kirundo", "Commune of Kirundo"), "monday",
    a1=BDI_POL, i1=1, a2=CNL, i2=7),
]),

S("st-ak-036", "2026-05-19", """Sri Lankan Tamils mark war anniversary at Mullivaikkal

MULLAITIVU, Sri Lanka, May 19 (Wire) - Thousands of Tamils gathered on the beach at Mullivaikkal in northern Sri Lanka on Monday to remember the civilians killed in the final months of the country's civil war, which ended there in May 2009.

Relatives lit oil lamps and laid flowers at a memorial stone, and a minute's silence was observed at 10:30 a.m. Similar ceremonies were held in Jaffna and at universities in the north and east. Police said the events passed off without incident.

The United Nations has said tens of thousands of civilians may have been killed in the last months of the war between government forces and the Liberation Tigers of Tamil Eelam. The government says the figure is far lower.""", [], negative="commemoration"),

S("st-ak-037", "2026-04-02", """Landslide buries village in Papua New Guinea's Enga province

PORT MORESBY, April 2 (Wire) - At least 23 people were killed and dozens are missing after a landslide buried part of a village near Porgera in Papua New Guinea's Enga province before dawn on Wednesday, provincial officials said.

Soldiers and police were helping villagers dig through mud and rocks with spades and bare hands, and a helicopter carried the injured to Wabag hospital. Heavy rains were hampering the search.

Aid agencies said access to the area had been difficult for years because of tribal fighting on the roads to Porgera, where a large gold mine reopened in 2024. A landslide in the province in May 2024 buried more than 600 people, according to the U.N.""", [], negative="disaster"),

S("st-ak-038", "2026-09-30", """U.N. Security Council renews Haiti force mandate; gang violence killed 1,200 in three months

UNITED NATIONS, Sept 30 (Wire) - The U.N. Security Council on Tuesday renewed for a year the mandate of the Gang Suppression Force in Haiti and asked member states to provide more troops and funding, after a report said gang violence had killed more than 1,200 people in the country between April and June.

The resolution, adopted with 12 votes in favour and three abstentions, also extended the arms embargo on gang leaders. Haiti's foreign minister told the council that the force had helped the police regain control of main roads out of Port-au-Prince but that gangs still controlled most of the capital.

The U.N. report said most of the killings had taken place in the Artibonite and Centre departments and in Port-au-Prince, and that kidnappings had risen for a third straight quarter.""", [], negative="diplomacy"),

S("st-ak-039", "2026-01-08", """Uganda campaign enters final week; candidates crisscross the east

MBALE, Uganda, Jan 8 (Wire) - Uganda's presidential candidates held rallies across the east of the country on Wednesday as campaigning entered its final week before the January 15 vote.

President Yoweri Museveni, seeking a seventh term, addressed supporters at a school playing field in Mbale and promised new roads and factories. Opposition candidate Robert Kyagulanyi, known as Bobi Wine, spoke to crowds in Tororo and Busia, where his convoy was slowed by supporters lining the road.

Police said campaigning in the region had been peaceful. The Electoral Commission said it had distributed ballot papers to all districts.

Rights groups have accused security forces of breaking up opposition rallies during earlier campaigns.""", [], negative="campaign"),

S("st-ak-040", "2026-08-20", """Gunmen rob exchange office in Lima's Miraflores, wound guard

LIMA, Aug 20 (Wire) - Four armed men robbed a money exchange office in Lima's Miraflores district on Wednesday morning, shooting and wounding a security guard before escaping on motorcycles with about 300,000 soles, police said.

Police said the robbery was carried out by a gang specialising in assaults on exchange offices and was not linked to the extortion groups that have targeted transport companies in the capital. Two suspects were arrested later in the day in the San Juan de Lurigancho district.

The government has declared a state of emergency in Lima and neighbouring Callao several times since 2024 to fight extortion and contract killings.""", [], negative="crime"),
S("st-ak-041", "2026-05-06", """South Sudan: 12 herders killed in cattle raid near Bor; pursuers clash with raiders

JUBA, May 6 (Wire) - Armed Murle youths attacked a cattle camp near Bor, the capital of Jonglei state, on Sunday, killing 12 herders and driving away about 2,000 head of cattle, the Bor county commissioner said on Monday.

On Tuesday, youths from Bor county who had pursued the raiders caught up with them at Anyidi, about 20 km east of Bor, and the two sides exchanged gunfire for several hours, the commissioner said. Seven people were killed on both sides and some of the cattle were recovered.

The U.N. mission in South Sudan called for restraint and said it had stepped up patrols. Cattle raids and revenge attacks between communities in Jonglei and the neighbouring Greater Pibor Administrative Area kill hundreds of people a year.""", [
  E(cur, "Attack", "Armed Murle youths attacked a cattle camp near Bor", T("Bor", "SS", 2, 6.21, 31.56, "Jonglei"), "sunday",
    a1=MURLE, i1=4, a2="Civilians (South Sudan)", i2=7, fat=12),
  E(cur, "Armed clash", "the two sides exchanged gunfire for several hours", T("Bor", "SS", 2, 6.21, 31.56, "Jonglei"), "tuesday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2=MURLE, i2=4, fat=7),
]),

S("st-ak-042", "2026-01-21", """Mali: JNIM burns fuel tankers near Kayes; drone strike on wedding near Nioro kills eight

BAMAKO, Jan 21 (Wire) - Fighters of the al Qaeda-linked JNIM set fire to at least 15 fuel tankers on the main road from Kayes to Bamako on Sunday, about 40 km east of Kayes, drivers' union officials said. The drivers had fled into the bush when the fighters arrived, and no one was hurt.

JNIM has attacked fuel convoys coming from Senegal and Mauritania since September 2025, causing severe shortages in the capital.

On Monday, a drone struck a wedding gathering in a village near Nioro du Sahel, killing eight people, among them the bride's father, a local youth association said. The army said in a statement that it had "neutralised terrorists" gathered in the area, without giving details.""", [
  E(cur, "Looting/property destruction", "set fire to at least 15 fuel tankers on the main road from Kayes to Bamako", T("Kayes", "ML", 2, 14.45, -11.44, "Kayes", "Kayes Cercle"), "sunday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "a drone struck a wedding gathering in a village near Nioro du Sahel", T("Nioro", "ML", 2, 15.23, -9.59, "Kayes"), "monday",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=8),
]),

S("st-ak-043", "2026-03-12", """REPUBLIC OF IRAQ
JOINT OPERATIONS COMMAND
SECURITY MEDIA CELL

Statement
Baghdad, 12 March 2026

1. At dawn on Wednesday, 11 March 2026, a group of Daesh terrorist remnants attacked a post of the Iraqi army's 4th Division in the Hamrin mountains. Two of our heroic soldiers were martyred and three were wounded. The attackers fled towards the valleys.

2. In response, Iraqi Air Force F-16 aircraft struck Daesh hideouts in Wadi al-Shay, south of Kirkuk, on the evening of the same day, killing five terrorists, according to the Directorate of Military Intelligence.

3. Acting on accurate intelligence, a force of the Counter-Terrorism Service arrested three terrorists wanted under Article 4 of the Anti-Terrorism Law in Tarmiyah, north of Baghdad, on Tuesday, 10 March 2026.

4. The Security Media Cell calls on citizens and media outlets not to circulate rumours and to rely only on official statements.

Security Media Cell
For more information, follow our official page. All rights reserved.""", [
  E(cur, "Armed clash", "a group of Daesh terrorist remnants attacked a post of the Iraqi army's 4th Division in the Hamrin mountains", T("Hamrin Mountains", "IQ", 2, 34.5, 44.4, "Salah al-Din"), "2026-03-11",
    a1=IS_IRQ, i1=2, a2=IRQ, i2=1, fat=2, inj=3),
  E(cur, "Air/drone strike", "Iraqi Air Force F-16 aircraft struck Daesh hideouts in Wadi al-Shay", T("Wadi al-Shay", "IQ", 2, 35.13, 44.18, "Kirkuk"), "2026-03-11",
    a1=IRQ, i1=1, a2=IS_IRQ, i2=2, fat=5),
  E(cur, "Arrests", "a force of the Counter-Terrorism Service arrested three terrorists", T("Tarmiyah", "IQ", 1, 33.67, 44.4, "Baghdad", "Al Tarmia"), "2026-03-10",
    a1=IRQ, i1=1, a2=IS_IRQ, i2=2),
], register="official"),

S("st-ak-044", "2026-08-05", """LIVE: Syria latest - Israeli strikes near Damascus, fighting east of Aleppo

09:10 Israeli strikes hit a weapons depot used by the army near al-Kiswah, south of Damascus, overnight, state news agency SANA reports. It says there were no casualties.

11:45 Clashes between government forces and the Syrian Democratic Forces (SDF) near Deir Hafer, east of Aleppo, have killed two soldiers, the defence ministry says.

13:20 The SDF says a Turkish drone struck one of its vehicles near the Tishrin Dam this morning, killing three of its fighters. Turkey's defence ministry has not commented.

15:05 Correction: the defence ministry now says the clashes reported at 11:45 took place near Maskanah, further east, not Deir Hafer. The toll is unchanged.

17:30 The interior ministry says its forces have arrested a cell of "remnants of the former regime" in Jableh, on the coast, who it says were planning attacks on security checkpoints.

18:00 That's all from us today. Thank you for following.""", [
  E(cur, "Air/drone strike", "Israeli strikes hit a weapons depot used by the army near al-Kiswah", T("Al Kiswah", "SY", 2, 33.36, 36.24, "Rural Damascus"), 0, tp=2,
    a1=ISR, i1=8, a2=SYR, i2=1, fat=0, inj=0),
  E(cur, "Armed clash", "Clashes between government forces and the Syrian Democratic Forces (SDF)", T("Maskanah", "SY", 2, 35.97, 38.04, "Aleppo"), 0, tp=2,
    a1=SYR, i1=1, a2=SDF, i2=2, fat=2),
  E(cur, "Air/drone strike", "a Turkish drone struck one of its vehicles near the Tishrin Dam this morning", T("Tishrin Dam", "SY", 2, 36.38, 38.18, "Aleppo"), 0,
    a1=TUR, i1=8, a2=SDF, i2=2, fat=3),
  E(cur, "Arrests", "its forces have arrested a cell of \"remnants of the former regime\" in Jableh", T("Jablah", "SY", 1, 35.36, 35.93, "Latakia"), 0, tp=2,
    a1=SYR_POL, i1=1, a2=ALAWITE, i2=4),
], register="live"),

S("st-ak-045", "2026-06-10", """Petrol bombs thrown at police on second night of Portadown disorder

PORTADOWN, Northern Ireland, June 10 (Wire) - Rioters threw petrol bombs, bricks and fireworks at police lines in Portadown, County Armagh, on Monday night, injuring 15 officers, the Police Service of Northern Ireland said. Police used water cannon and fired baton rounds, and four people were arrested at the scene.

The disorder began on Sunday night, when a crowd of about 200 people attacked homes of Romanian families in the town's Obins Street area after reports of an assault on a local girl, smashing windows and setting fire to a car. Several families were moved to emergency accommodation. No one was hurt.

On Tuesday morning, officers arrested five more men at addresses in Portadown in connection with Sunday's attacks on homes.

Chief Constable Jon Boutcher called the violence "racially motivated thuggery".

Caption: A car burns as riot police hold a line in Portadown on Monday night.""", [
  E(cur, "Violent demonstration", "Rioters threw petrol bombs, bricks and fireworks at police lines in Portadown", T("Portadown", "GB", 1, 54.42, -6.44, "Northern Ireland", "Armagh City, Banbridge and Craigavon"), "monday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, inj=15),
  E(cur, "Mob violence", "a crowd of about 200 people attacked homes of Romanian families in the town's Obins Street area", T("Portadown", "GB", 2, 54.42, -6.44, "Northern Ireland", "Armagh City, Banbridge and Craigavon"), "sunday",
    a1="Rioters (United Kingdom)", i1=5, a2="Civilians (Romania)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "officers arrested five more men at addresses in Portadown", T("Portadown", "GB", 1, 54.42, -6.44, "Northern Ireland", "Armagh City, Banbridge and Craigavon"), "tuesday",
    a1=GBR_POL, i1=1, a2="Rioters (United Kingdom)", i2=5),
  unscored(E(cap, "Violent demonstration", "A car burns as riot police hold a line in Portadown on Monday night", T("Portadown", "GB", 1, 54.42, -6.44, "Northern Ireland", "Armagh City, Banbridge and Craigavon"), "monday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1), "geo_precision", "fatalities", "injuries"),
]),

S("st-ak-046", "2026-11-11", """Ecuador: gunmen kill nine at Guayaquil pool hall; emergency extended in Guayas

GUAYAQUIL, Ecuador, Nov 11 (Wire) - Gunmen killed nine people and wounded three at a pool hall in the Socio Vivienda neighbourhood of Guayaquil on Sunday night, police said. Police blamed a cell of Los Tiguerones, which is fighting Los Choneros for control of drug sales in the city's north-west.

On Monday, President Daniel Noboa extended for 60 days the state of emergency in Guayas province, which allows soldiers to patrol the streets alongside the police.

Police arrested four suspected members of Los Tiguerones in a raid in the neighbouring city of Duran on Tuesday and said two of them had taken part in the pool hall attack. Rifles and a motorcycle were seized.

Ecuador's homicide rate has soared since 2020 as gangs linked to Colombian and Mexican cartels fight over routes and prisons.""", [
  E(cur, "Attack", "Gunmen killed nine people and wounded three at a pool hall in the Socio Vivienda neighbourhood of Guayaquil", T("Guayaquil", "EC", 2, -2.2, -79.89, "Guayas", "Guayaquil"), "sunday",
    a1=TIGUER, i1=3, a2="Civilians (Ecuador)", i2=7, fat=9, inj=3),
  E(cur, "Other", "extended for 60 days the state of emergency in Guayas province", T("Guayas", "EC", 3, -2.2, -79.89, "Guayas"), "monday",
    a1=ECU_GOV, i1=1),
  E(cur, "Arrests", "Police arrested four suspected members of Los Tiguerones in a raid in the neighbouring city of Duran", T("Duran", "EC", 1, -2.17, -79.84, "Guayas", "Duran"), "tuesday",
    a1=ECU_POL, i1=1, a2=TIGUER, i2=3),
]),

S("st-ak-047", "2026-10-26", """Counter-protesters pepper-sprayed at Melbourne anti-immigration march

MELBOURNE, Oct 26 (Wire) - Police used pepper spray on Sunday against a group of counter-protesters who threw bottles and flares at officers as they tried to reach an anti-immigration march in central Melbourne, and arrested six people, Victoria Police said. Two officers were treated for minor injuries.

About 4,000 people took part in the march, which passed off peacefully under a heavy police presence, ending outside Parliament House.

In Sydney, about 1,000 people attended a similar rally in Hyde Park without incident.

The organisers said the marches were against high immigration levels; the government has condemned them as driven by far-right groups.""", [
  E(cur, "Violent demonstration", "a group of counter-protesters who threw bottles and flares at officers", T("Melbourne", "AU", 1, -37.81, 144.96, "Victoria", "Melbourne"), "sunday",
    a1="Rioters (Australia)", i1=5, a2=AUS_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "About 4,000 people took part in the march, which passed off peacefully", T("Melbourne", "AU", 1, -37.81, 144.96, "Victoria", "Melbourne"), "sunday",
    a1="Protesters (Australia)", i1=6),
  E(cur, "Peaceful protest", "about 1,000 people attended a similar rally in Hyde Park without incident", T("Sydney", "AU", 1, -33.87, 151.21, "New South Wales"), "sunday",
    a1="Protesters (Australia)", i1=6),
]),

S("st-ak-048", "2026-09-16", """Chile: 11 logging trucks burned near Collipulli; two held in Temuco; emergency extended

TEMUCO, Chile, Sept 16 (Wire) - Hooded gunmen set fire to 11 logging trucks and two machines at a forestry site near Collipulli, in the Araucania region, overnight into Tuesday, after firing shots into the air and forcing the workers to leave, police said. No one was injured. A pamphlet signed by the Coordinadora Arauco-Malleco (CAM), a radical Mapuche group, was found at the site.

On Tuesday afternoon, police arrested two men in Temuco on suspicion of taking part in the attack.

The government extended for another 15 days the state of emergency in force in the Araucania region since 2022, which deploys soldiers to patrol roads.""", [
  E(cur, "Looting/property destruction", "Hooded gunmen set fire to 11 logging trucks and two machines at a forestry site near Collipulli", T("Collipulli", "CL", 2, -37.95, -72.43, "La Araucania", "Provincia de Malleco"), "tuesday",
    a1=MAPU, i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police arrested two men in Temuco on suspicion of taking part in the attack", T("Temuco", "CL", 1, -38.74, -72.6, "La Araucania", "Provincia de Cautin"), "tuesday",
    a1=CHL_POL, i1=1, a2=MAPU, i2=4),
  E(cur, "Other", "The government extended for another 15 days the state of emergency in force in the Araucania region", T("La Araucania", "CL", 3, -38.74, -72.6, "La Araucania"), None,
    a1=CHL_GOV, i1=1),
]),
S("st-ak-049", "2026-03-19", """France: rail and air traffic disrupted by pension strike; unions plan marches next week

PARIS, March 19 (Wire) - Strikes against the government's pension plans disrupted rail and air traffic across France on Thursday, with half of high-speed trains cancelled and about a third of flights at Paris-Orly grounded, operators said.

Teachers and refinery workers also stopped work, and several schools in Paris and Marseille were closed. Police reported no incidents.

The eight main unions said they would hold marches in Paris and other cities next Tuesday and did not rule out rolling strikes on the railways.

The government says it will present the bill to parliament in April.""", [
  unscored(E(hyp, "Peaceful protest", "they would hold marches in Paris and other cities next Tuesday", T("Paris", "FR", 1, 48.85, 2.35, "Ile-de-France", "Paris"),
             a1="Protesters (France)", i1=6), "event_date", "time_precision"),
], negative="labour strike"),

S("st-ak-050", "2026-03-17", """SAHEL SECURITY DIGEST - BURKINA FASO
Week of 9-15 March 2026

Monday: JNIM fighters attacked the VDP post in Aribinda, Soum province, in the early afternoon. Local sources said 11 VDP volunteers were killed. The army said air support had "neutralised dozens of terrorists" as they withdrew.

Wednesday: gunmen attacked a convoy of traders' lorries on the road between Dori and Gorom-Gorom, killing five traders and setting two lorries on fire. No group claimed the attack.

Friday: residents of Djibo reported that JNIM fighters had set up checkpoints on the roads around the town and turned back lorries carrying food, in a renewed blockade.

Saturday-Sunday: no significant incidents reported.

This digest is compiled from local sources, official statements and claims by armed groups, which cannot always be verified independently.""", [
  E(cur, "Armed clash", "JNIM fighters attacked the VDP post in Aribinda", T("Aribinda", "BF", 1, 14.23, -0.87, "Sahel", "Soum"), "2026-03-09",
    a1=JNIM, i1=2, a2=VDP, i2=3, fat=23),
  E(cur, "Attack", "gunmen attacked a convoy of traders' lorries on the road between Dori and Gorom-Gorom", T("Dori", "BF", 2, 14.03, -0.03, "Sahel", "Seno"), "2026-03-11",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="Civilians (Burkina Faso)", i2=7, fat=5),
  E(cur, "Other", "JNIM fighters had set up checkpoints on the roads around the town and turned back lorries carrying food", T("Djibo", "BF", 2, 14.1, -1.63, "Sahel", "Soum"), "2026-03-13",
    a1=JNIM, i1=2, a2="Civilians (Burkina Faso)", i2=7),
], register="digest"),

S("st-ak-051", "2026-02-11", """Haiti: police drone strike kills five in Cite Soleil; gangs kill six in Arcahaie

PORT-AU-PRINCE, Feb 11 (Wire) - A drone operated by the police task force struck a house used as a base by members of the Viv Ansanm gang coalition in Cite Soleil on Monday, killing four gang members, police said. Residents said a woman who sold food outside the house was also killed.

On Tuesday, gang members attacked the town of Arcahaie, north of the capital, before dawn, killing six residents and setting fire to houses, the town's mayor said. Hundreds of residents fled towards Saint-Marc.

The United Nations says more than 5,000 people were killed in gang violence in Haiti last year.

Caption: Residents flee Cabaret after a gang attack in October 2024. (File photo)""", [
  E(cur, "Air/drone strike", "A drone operated by the police task force struck a house used as a base by members of the Viv Ansanm gang coalition in Cite Soleil", T("Cite Soleil", "HT", 1, 18.58, -72.34, "Ouest", "Arrondissement de Port-au-Prince"), "monday",
    a1=HTI_POL, i1=1, a2=VIV, i2=3, fat=5),
  E(cur, "Attack", "gang members attacked the town of Arcahaie, north of the capital, before dawn, killing six residents", T("Arcahaie", "HT", 1, 18.77, -72.51, "Ouest", "Arcahaie"), "tuesday",
    a1="Unidentified Armed Group (Haiti)", i1=3, a2="Civilians (Haiti)", i2=7, fat=6),
]),

S("st-ak-052", "2026-09-02", """Three soldiers killed in NPA ambush in Northern Samar

CATARMAN, Philippines, Sept 2 (Wire) - Communist New People's Army (NPA) rebels ambushed an army patrol in the uplands of Catubig, Northern Samar, on Monday morning, killing three soldiers and wounding two, the military said.

The soldiers, from the army's 20th Infantry Battalion, were on their way to a village where residents had reported armed men, a brigade spokesman said. The military said two rebels were killed when the troops fired back. The NPA's regional command said in a statement that it had lost no fighters in what it called a "punitive action".

On Tuesday, soldiers arrested a wounded man they said had taken part in the ambush as he was being treated at a hospital in Catarman, the provincial capital.

The ambush was the deadliest on government troops in Eastern Visayas this year. The NPA has waged a Maoist insurgency since 1969.""", [
  E(cur, "Armed clash", "Communist New People's Army (NPA) rebels ambushed an army patrol in the uplands of Catubig", T("Catubig", "PH", 2, 12.41, 125.05, "Eastern Visayas", "Northern Samar"), "monday",
    a1=NPA, i1=2, a2=PHL, i2=1, fat=5, inj=2),
  E(cur, "Arrests", "soldiers arrested a wounded man they said had taken part in the ambush", T("Catarman", "PH", 1, 12.5, 124.64, "Eastern Visayas", "Northern Samar"), "tuesday",
    a1=PHL, i1=1, a2=NPA, i2=2),
]),

S("st-ak-053", "2026-08-19", """Grenade thrown at Kosovo police station in Zvecan; two Serbs arrested

PRISTINA, Aug 19 (Wire) - A hand grenade was thrown at the Kosovo police station in the northern town of Zvecan late on Monday, damaging two police vehicles, police said. No one was hurt.

On Tuesday, police arrested two men from the town in Mitrovica on suspicion of throwing the grenade and searched their homes, where they said they found ammunition.

Kosovo's interior minister called the attack "terrorism" and blamed groups backed by Belgrade. Serbia's president rejected the accusation and said the two men were being persecuted because they were Serbs.

Tensions in the Serb-majority north have run high since Kosovo police took control of the area's municipal buildings in 2023.""", [
  E(cur, "Grenade", "A hand grenade was thrown at the Kosovo police station in the northern town of Zvecan", T("Zvecan", "XK", 1, 42.91, 20.84, "Mitrovica", "Komuna e Zvecanit"), "monday",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2=XKX_POL, i2=1, fat=0, inj=0),
  unscored(E(cur, "Arrests", "police arrested two men from the town in Mitrovica on suspicion of throwing the grenade", T("Mitrovica", "XK", 1, 42.88, 20.87, "Mitrovica", "Komuna e Mitrovices"), "tuesday",
    a1=XKX_POL, i1=1), "actor2", "inter2"),
]),

S("st-ak-054", "2026-02-18", """Armenia rejects Azerbaijani report of cross-border fire

YEREVAN, Feb 18 (Wire) - Armenia's defence ministry on Tuesday denied an Azerbaijani statement that Armenian troops had fired on Azerbaijani positions in the Kalbajar district overnight, calling it "disinformation" before a new round of talks on border demarcation.

Azerbaijan's defence ministry had said its positions near the border came under small-arms fire from the direction of Armenia's Gegharkunik province, and that no one was hurt. Armenia said its troops "did not open fire" and invited international observers to visit the area.

The two countries initialled a peace agreement in Washington in August 2025 after decades of conflict over the Karabakh region.""", [
  unscored(E(neg, "Armed clash", "Armenian troops had fired on Azerbaijani positions in the Kalbajar district overnight", T("Kalbajar", "AZ", 3, 40.11, 46.04, "Kalbajar"),
             a1="Military Forces of Armenia (2018-)", i1=8, a2="Military Forces of Azerbaijan (2003-)", i2=1), "event_date", "time_precision"),
], negative="denial"),

S("st-ak-055", "2026-10-09", """ITURI: HUMANITARIAN UPDATE No. 38
Covering 1-7 October 2026

KEY POINTS
- Attack on displacement site in Djugu territory
- Clashes near Fataki displace about 3,000 people
- Drivers abducted near Bunia released

SITUATION OVERVIEW
On 2 October, CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory at night, killing nine displaced people, including four children, and burning about 40 shelters. Survivors fled towards Bule.

On 4 October, fighting between the armed forces (FARDC) and CRP militiamen near Fataki forced about 3,000 people from their homes. No casualty figures were available.

On 6 October, unidentified armed men stopped two vehicles on the Bunia-Mahagi road about 15 km north of Bunia and took away five drivers working for a humanitarian partner. They were released unharmed the next day.

HUMANITARIAN RESPONSE
Partners distributed emergency shelter kits to 1,200 households. Access to Djugu remains restricted by insecurity. Since January, more than 700 civilians have been killed in Ituri province, according to protection partners.

For further information, please contact the OCHA office in Bunia.""", [
  E(cur, "Attack", "CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory", T("Djugu", "CD", 2, 1.92, 30.5, "Ituri", "Djugu"), "2026-10-02",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=9),
  E(cur, "Armed clash", "fighting between the armed forces (FARDC) and CRP militiamen near Fataki", T("Fataki", "CD", 2, 1.87, 30.71, "Ituri"), "2026-10-04",
    a1=COD, i1=1, a2=CRP, i2=2),
  E(cur, "Abduction/forced disappearance", "took away five drivers working for a humanitarian partner", T("Bunia", "CD", 2, 1.56, 30.25, "Ituri", "Bunia"), "2026-10-06",
    a1="Unidentified Armed Group (Democratic Republic of Congo)", i1=3, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=0, inj=0),
], register="ngo"),

S("st-ak-056", "2026-07-08", """Brazil: police kill five in Salvador shootout; residents burn buses in protest

SALVADOR, Brazil, July 8 (Wire) - Military police killed five suspected members of the Bonde do Maluco (BDM) gang in a shootout in the Valeria neighbourhood of Salvador on Monday, Bahia state's public security department said. It said officers seized three pistols and drugs.

On Tuesday, dozens of residents blocked an avenue in Valeria and set fire to two buses, saying one of the dead was a 15-year-old boy with no links to the gang. Police fired tear gas and rubber bullets to clear the road.

Bahia's police are among the deadliest in Brazil, according to the Brazilian Forum on Public Safety.""", [
  E(cur, "Armed clash", "Military police killed five suspected members of the Bonde do Maluco (BDM) gang in a shootout in the Valeria neighbourhood of Salvador", T("Salvador", "BR", 2, -12.98, -38.49, "Bahia", "Salvador"), "monday",
    a1=BRA_POL, i1=1, a2=BDM, i2=3, fat=5),
  E(cur, "Violent demonstration", "dozens of residents blocked an avenue in Valeria and set fire to two buses", T("Salvador", "BR", 2, -12.98, -38.49, "Bahia", "Salvador"), "tuesday",
    a1="Rioters (Brazil)", i1=5, a2=BRA_POL, i2=1),
]),
S("st-ak-057", "2026-10-21", """Pakistan: three police killed in Lakki Marwat checkpoint attack; army says eight militants killed in Bajaur

PESHAWAR, Pakistan, Oct 21 (Wire) - Militants attacked a police checkpoint in Lakki Marwat district of Khyber Pakhtunkhwa province on Monday night, killing three policemen, a district police officer said. Two of the attackers were killed when officers returned fire. The Pakistani Taliban (TTP) claimed the attack.

On Tuesday, security forces killed eight "khwarij" in an intelligence-based operation in Bajaur district, the military's media wing said, using the state's term for the Pakistani Taliban. It did not say where in the district the operation took place.

The attacks are the latest in a surge of militant violence in the province. In August, a suicide bomber killed 12 people at a market in Khar, the main town of Bajaur, and last month militants briefly seized the police station in Sarai Naurang, in Lakki Marwat, before withdrawing when troops arrived.""", [
  E(cur, "Armed clash", "Militants attacked a police checkpoint in Lakki Marwat district", T("Lakki Marwat", "PK", 3, 32.61, 70.91, "Khyber Pakhtunkhwa", "Lakki Marwat"), "monday",
    a1=TTP, i1=2, a2=PAK_POL, i2=1, fat=5),
  E(cur, "Armed clash", "security forces killed eight \"khwarij\" in an intelligence-based operation in Bajaur district", T("Bajaur", "PK", 3, 34.74, 71.53, "Khyber Pakhtunkhwa", "Bajaur"), "tuesday",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=8),
  E(bg, "Suicide bomb", "a suicide bomber killed 12 people at a market in Khar", T("Khar", "PK", 1, 34.74, 71.53, "Khyber Pakhtunkhwa", "Bajaur"), "2026-08-01", tp=3,
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2="Civilians (Pakistan)", i2=7, fat=12),
  E(bg, "Armed clash", "militants briefly seized the police station in Sarai Naurang", T("Sarai Naurang", "PK", 1, 32.83, 70.78, "Khyber Pakhtunkhwa", "Lakki Marwat"), "2026-09-01", tp=3,
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2=PAK_POL, i2=1),
]),

S("st-ak-058", "2026-06-12", """Cameroon: Mozogo remembers Boko Haram raid a year on

MAROUA, Cameroon, June 12 (Wire) - Hundreds of villagers gathered in Mozogo, in Cameroon's Far North region, on Thursday to mark a year since Boko Haram fighters killed 21 people in a night raid on the village.

Christian and Muslim leaders prayed together at the market square, where a plaque with the names of the dead was unveiled, and the regional governor laid a wreath. "We have buried our people; now we want to farm in peace," the village chief said.

The raid, on the night of 10 to 11 June 2025, was one of the deadliest in the region that year. In September 2025, Boko Haram fighters killed three farmers in their fields near Mokolo, about 30 km away.

Residents say there have been no raids on the village since.""", [
  E(bg, "Attack", "Boko Haram fighters killed 21 people in a night raid on the village", T("Mozogo", "CM", 1, 11.0, 13.98, "Far North"), "2025-06-11",
    a1=JAS, i1=2, a2="Civilians (Cameroon)", i2=7, fat=21),
  E(bg, "Attack", "Boko Haram fighters killed three farmers in their fields near Mokolo", T("Mokolo", "CM", 2, 10.74, 13.8, "Far North"), "2025-09-01", tp=3,
    a1=JAS, i1=2, a2="Civilians (Cameroon)", i2=7, fat=3),
], negative="commemoration"),

S("st-ak-059", "2026-09-09", """Jamaica: three killed in Spanish Town shootout with police; state of emergency declared

KINGSTON, Jamaica, Sept 9 (Wire) - Three men were killed on Monday night when gunmen opened fire on a police patrol in the Featherbed Lane area of Spanish Town and officers fired back, the Jamaica Constabulary Force said. Police said the men belonged to a faction of a local gang whose feud has killed at least 20 people in the town this year. Two pistols were recovered.

On Tuesday, Prime Minister Andrew Holness declared a state of emergency in the parish of St Catherine, allowing soldiers and police to search homes and detain suspects without warrants.

Residents said schools in the area stayed closed on Tuesday.""", [
  E(cur, "Armed clash", "gunmen opened fire on a police patrol in the Featherbed Lane area of Spanish Town and officers fired back", T("Spanish Town", "JM", 2, 17.99, -76.96, "Saint Catherine", "Spanish Town Central"), "monday",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2=JAM_POL, i2=1, fat=3),
  E(cur, "Other", "declared a state of emergency in the parish of St Catherine", T("Saint Catherine", "JM", 3, 17.99, -76.96, "Saint Catherine"), "tuesday",
    a1=JAM_GOV, i1=1),
]),

S("st-ak-060", "2026-10-07", """Nine killed in tribal fighting near Tari; police arrest 14 at roadblock

PORT MORESBY, Oct 7 (Wire) - Nine people were killed in fighting between two rival tribes near Tari, the capital of Papua New Guinea's Hela province, over the weekend, police said on Tuesday. Fighters used high-powered rifles, and dozens of houses were burned.

A police mobile squad sent from Mount Hagen set up a roadblock on the highway from Tari to Mendi on Monday and arrested 14 armed men from the warring tribes, seizing five rifles, the provincial police commander said.

Tribal fighting in the Highlands, fuelled by an influx of modern weapons, has killed hundreds of people in recent years.""", [
  E(cur, "Armed clash", "fighting between two rival tribes near Tari", T("Tari", "PG", 2, -5.84, 142.95, "Hela"), "saturday", tp=2,
    a1=PNG_TRIBE, i1=4, a2=PNG_TRIBE, i2=4, fat=9),
  E(cur, "Arrests", "arrested 14 armed men from the warring tribes", T("Tari", "PG", 2, -5.84, 142.95, "Hela"), "monday",
    a1=PNG_POL, i1=1, a2=PNG_TRIBE, i2=4),
]),

S("st-ak-061", "2026-03-11", """South Korea: police stop farmers' tractor convoy at Seoul bridge, detain 25

SEOUL, March 11 (Wire) - South Korean police blocked dozens of farmers who tried to drive tractors into central Seoul on Tuesday to protest against plans to open the rice market to more imports, and detained 25 of them who refused to turn back on the Namtaeryeong pass at the city's southern edge, organisers said.

Police said the farmers had not been given permission to enter the city with tractors. Organisers said four farmers were hurt when officers dragged them from their tractors and were taken to hospital.

On Saturday, about 10,000 members of the Korean Confederation of Trade Unions rallied peacefully in Gwanghwamun Square against the same plans.""", [
  E(cur, "Protest with intervention", "South Korean police blocked dozens of farmers who tried to drive tractors into central Seoul", T("Seoul", "KR", 2, 37.57, 126.98, "Seoul-teukbyeolsi"), "tuesday",
    a1="Protesters (South Korea)", i1=6, a2=KOR_POL, i2=1, inj=4),
  E(cur, "Peaceful protest", "about 10,000 members of the Korean Confederation of Trade Unions rallied peacefully in Gwanghwamun Square", T("Seoul", "KR", 1, 37.57, 126.98, "Seoul-teukbyeolsi"), "saturday",
    a1="Protesters (South Korea)", i1=6),
]),

S("st-ak-062", "2026-03-11", """Puntland says it captured Islamic State mountain base; suicide car bomb kills three soldiers near Qandala

BOSASO, Somalia, March 11 (Wire) - Forces of Somalia's semi-autonomous Puntland region captured an Islamic State base in the Cal Miskaad mountains on Monday after two days of fighting, killing 17 militants, a Puntland security official said. Four soldiers were killed.

On Sunday, an Islamic State suicide bomber drove a car packed with explosives into a Puntland checkpoint near Qandala, on the Gulf of Aden coast, killing three soldiers, the official said.

Puntland launched an offensive against the group in the Bari region in December 2024 and says it has retaken most of its strongholds. In January, a U.S. air strike killed several Islamic State fighters near Iskushuban, the U.S. military said.""", [
  E(cur, "Government regains territory", "captured an Islamic State base in the Cal Miskaad mountains", T("Cal Miskaad", "SO", 2, 10.95, 49.55, "Bari"), "monday",
    a1=PUNT, i1=1, a2=IS_SOM, i2=2, fat=21),
  E(cur, "Suicide bomb", "an Islamic State suicide bomber drove a car packed with explosives into a Puntland checkpoint near Qandala", T("Qandala", "SO", 2, 11.47, 49.87, "Bari"), "sunday",
    a1=IS_SOM, i1=2, a2=PUNT, i2=1, fat=3),
  E(bg, "Air/drone strike", "a U.S. air strike killed several Islamic State fighters near Iskushuban", T("Iskushuban", "SO", 2, 10.28, 50.23, "Bari"), "2026-01-01", tp=3,
    a1="Military Forces of the United States (2025-)", i1=8, a2=IS_SOM, i2=2, fat=3),
]),

S("st-ak-063", "2026-09-23", """Six Maoists killed in Bijapur encounter; villager dies in IED blast

RAIPUR, India, Sept 23 (Wire) - Six Maoists, including two women, were killed in an encounter with District Reserve Guard personnel in the forests near Gangaloor in Chhattisgarh's Bijapur district on Monday, police said. Rifles and explosives were recovered.

On Tuesday, a villager was killed and two others wounded when an improvised explosive device planted by Maoists went off on a forest path near Usoor, in the same district, while they were collecting firewood, police said.

The government says the Maoist insurgency has been pushed back to a few forest areas of Bijapur and neighbouring districts.""", [
  E(cur, "Armed clash", "Six Maoists, including two women, were killed in an encounter with District Reserve Guard personnel", T("Gangaloor", "IN", 2, 18.8, 80.98, "Chhattisgarh"), "monday",
    a1=IND_POL, i1=1, a2=CPIM, i2=2, fat=6),
  E(cur, "Remote explosive/landmine/IED", "an improvised explosive device planted by Maoists went off on a forest path near Usoor", T("Bijapur", "IN", 2, 18.79, 80.82, "Chhattisgarh", "Bijapur"), "tuesday",
    a1=CPIM, i1=2, a2="Civilians (India)", i2=7, fat=1, inj=2),
]),
S("st-ak-064", "2026-04-14", """Russian missile kills seven in Dnipro; Ukrainian drones set Saratov refinery ablaze

KYIV, April 14 (Wire) - A Russian ballistic missile struck a five-storey apartment building in the central Ukrainian city of Dnipro on Monday evening, killing seven people and wounding 25, regional governor Serhiy Lysak said. Rescuers searched the rubble through the night. Russia's defence ministry said it had hit "a military-industrial facility" in the city.

Ukrainian drones set fire to an oil refinery in the Russian city of Saratov overnight into Tuesday, the regional governor said on Telegram, adding that there were no casualties. Russia's defence ministry said its air defences had destroyed 58 Ukrainian drones over eight regions during the night.

In the Belgorod region, debris from a drone shot down by air defences fell on a house in the town of Valuyki on Monday night, wounding two people, governor Vyacheslav Gladkov said.

Dnipro was last hit by a deadly strike in February, when a missile killed four people near the city's bus station.""", [
  E(cur, "Shelling/artillery/missile attack", "A Russian ballistic missile struck a five-storey apartment building in the central Ukrainian city of Dnipro", T("Dnipro", "UA", 1, 48.47, 35.04, "Dnipropetrovsk", "Dnipro"), "monday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=7, inj=25),
  E(cur, "Air/drone strike", "Ukrainian drones set fire to an oil refinery in the Russian city of Saratov", T("Saratov", "RU", 1, 51.54, 45.99, "Saratov", "Saratovsky"), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
  E(cur, "Disrupted weapons use", "debris from a drone shot down by air defences fell on a house in the town of Valuyki", T("Valuyki", "RU", 1, 50.2, 38.12, "Belgorod"), "monday",
    a1=RUS, i1=1, a2=UKR, i2=8, inj=2),
  E(bg, "Shelling/artillery/missile attack", "a missile killed four people near the city's bus station", T("Dnipro", "UA", 1, 48.47, 35.04, "Dnipropetrovsk", "Dnipro"), "2026-02-01", tp=3,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=4),
]),

S("st-ak-065", "2026-11-25", """MYANMAR: THE WEEK IN BRIEF (16-22 November 2026)

Monday - Kayin State: Fighters of the Karen National Liberation Army (KNLA) overran a junta outpost near Kawkareik after a two-day siege and held it, capturing 12 soldiers, the KNLA said. The junta did not comment.

Wednesday - Kayin State: A junta air strike hit a village school in Hpapun township, killing four children and a teacher, according to a local Karen relief group.

Thursday - Naypyitaw: The junta-appointed election commission said voting would be held in 56 more townships next year. Opposition groups called the vote a sham.

Sunday - Sagaing Region: The military government extended martial law in 11 townships of Sagaing region for another 90 days, state media reported.

Compiled by our Myanmar desk from local media, resistance groups and state media. Claims by armed groups could not be independently verified.""", [
  E(cur, "Non-state actor overtakes territory", "overran a junta outpost near Kawkareik after a two-day siege and held it", T("Kawkareik", "MM", 2, 16.56, 98.24, "Kayin", "Kawkareik"), "2026-11-16",
    a1=KNLA, i1=2, a2=MMR, i2=1),
  E(cur, "Air/drone strike", "A junta air strike hit a village school in Hpapun township", T("Hpapun", "MM", 3, 18.06, 97.44, "Kayin", "Hpapun"), "2026-11-18",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=5),
  E(cur, "Other", "extended martial law in 11 townships of Sagaing region for another 90 days", T("Sagaing", "MM", 3, 22.11, 95.14, "Sagaing"), "2026-11-22",
    a1=MMR_GOV, i1=1),
], register="digest"),
S("st-ak-066", "2026-05-27", """FACT CHECK: Video of burning church is not from Plateau attack

Claim: A video shared more than 40,000 times on social media since Sunday shows gunmen setting fire to a church in Plateau state, Nigeria, "this weekend".

Verdict: FALSE

The video is more than three years old. A reverse image search shows that it was first posted in January 2023 and shows a fire at a church in another country, which local fire services said was caused by an electrical fault. Buildings, signs and the uniforms of firefighters in the footage do not match Plateau state.

Police in Plateau said on Tuesday they had received no report of an attack on a church in the state over the weekend. A spokesman urged people not to share unverified videos that "can inflame tensions".

This article was produced by our fact-checking team. If you see a claim you want us to check, contact us.""", [], negative="fact check", register="web"),

S("st-ak-067", "2026-01-14", """Colombia: 2025 deadliest year for social leaders since peace deal, monitor says

BOGOTA, Jan 14 (Wire) - At least 187 social leaders and human rights defenders were killed in Colombia in 2025, the highest figure since the 2016 peace agreement with the FARC, the Indepaz research institute said on Wednesday.

Cauca department accounted for almost a third of the killings, followed by Antioquia, Valle del Cauca and Norte de Santander. The institute also counted 76 massacres, defined as the killing of three or more people in one incident, and 39 killings of former FARC fighters who had signed the peace deal.

The ombudsman's office has warned that armed groups are expanding into areas left by the FARC, and that community leaders who oppose coca cultivation or illegal mining are the most exposed.

The government said it would present a new protection plan for social leaders next month.""", [], negative="statistics"),

S("st-ak-068", "2026-08-26", """Peru army helicopter crashes in VRAEM, killing five; army rules out hostile fire

LIMA, Aug 26 (Wire) - A Peruvian army helicopter crashed on Tuesday morning near Pichari, in the VRAEM valley region, killing all five soldiers on board, the armed forces command said.

The Mi-17 was carrying supplies to a base in the area when it went down in bad weather, the command said, ruling out hostile fire. A statement circulated on social media in the name of remnants of the Shining Path claimed its fighters had shot the helicopter down; the command called the claim "false and opportunistic".

The VRAEM, the valley of the Apurimac, Ene and Mantaro rivers, is Peru's main coca-growing area, where a Shining Path faction has ambushed patrols in past years.""", [
  unscored(E(neg, "Disrupted weapons use", "claimed its fighters had shot the helicopter down", T("Pichari", "PE", 2, -12.5, -73.82, "Cusco", "Provincia de La Convencion"),
             a1="Unidentified Armed Group (Peru)", i1=3, a2=PER, i2=1), "event_date", "time_precision", "actor1", "inter1"),
], negative="accident"),

S("st-ak-069", "2026-07-01", """Dominican soldiers shoot dead two Haitian migrants at border; protest in Ouanaminthe

SANTO DOMINGO, July 1 (Wire) - Dominican soldiers shot dead two Haitian men and wounded a third as they tried to cross the border river near Dajabon on Monday night, Haitian rights groups said. The Dominican army said a patrol had fired after the men attacked soldiers with stones and machetes.

On Tuesday, several hundred people marched through Ouanaminthe, the Haitian town across the river from Dajabon, to demand an investigation. The march ended peacefully at the border gate, which stayed closed for the day.

The Dominican Republic has deported more than 300,000 Haitians since October 2024 and has reinforced its border with troops and a wall.""", [
  E(cur, "Attack", "Dominican soldiers shot dead two Haitian men and wounded a third as they tried to cross the border river near Dajabon", T("Dajabon", "DO", 2, 19.55, -71.71, "Dajabon", "Dajabon"), "monday",
    a1=DOM, i1=1, a2="Civilians (Haiti)", i2=7, fat=2, inj=1),
  E(cur, "Peaceful protest", "several hundred people marched through Ouanaminthe", T("Ouanaminthe", "HT", 1, 19.55, -71.72, "Nord-Est", "Wanament"), "tuesday",
    a1="Protesters (Haiti)", i1=6),
]),
S("st-ak-070", "2026-07-15", """Russia: gunmen kill two police officers in Derbent; suspects killed in Makhachkala raid

MOSCOW, July 15 (Wire) - Gunmen opened fire on a traffic police post on the outskirts of Derbent in Russia's southern republic of Dagestan on Monday evening, killing two officers and wounding a third before escaping in a car, the regional interior ministry said. The Islamic State group claimed the attack through its news agency, calling it the work of its "Caucasus Province".

On Tuesday, officers of the FSB security service surrounded a private house in Makhachkala, the regional capital, where they said suspects in the attack were hiding. Two men were killed in the exchange of fire that followed, the National Anti-Terrorist Committee said.

Dagestan, a mainly Muslim region in the North Caucasus, was hit in June 2024 by coordinated attacks on churches, synagogues and a police post in Derbent and Makhachkala that killed more than 20 people.""", [
  E(cur, "Armed clash", "Gunmen opened fire on a traffic police post on the outskirts of Derbent", T("Derbent", "RU", 2, 42.07, 48.29, "Dagestan"), "monday",
    a1=IS_CAU, i1=2, a2=RUS_POL, i2=1, fat=2, inj=1),
  E(cur, "Armed clash", "Two men were killed in the exchange of fire that followed", T("Makhachkala", "RU", 1, 42.98, 47.5, "Dagestan"), "tuesday",
    a1=RUS_POL, i1=1, a2=IS_CAU, i2=2, fat=2),
]),

S("st-ak-071", "2026-09-30", """Sweden: explosion damages Norrkoping apartment block; 16-year-old held

STOCKHOLM, Sept 30 (Wire) - An explosion blew out the entrance of an apartment building in Norrkoping, southern Sweden, early on Monday, damaging flats on three floors, police said. No one was injured. Residents of about 20 flats were evacuated.

Police said they were investigating whether the blast was linked to the conflict between two criminal networks in the city that has led to several shootings this year. On Tuesday, they arrested a 16-year-old boy at an address in Norrkoping on suspicion of carrying out the bombing.

Swedish gangs increasingly recruit teenagers to carry out shootings and bombings because they face lighter sentences.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosion blew out the entrance of an apartment building in Norrkoping", T("Norrkoping", "SE", 1, 58.59, 16.18, "Ostergotlands lan", "Norrkopings Kommun"), "monday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "they arrested a 16-year-old boy at an address in Norrkoping on suspicion of carrying out the bombing", T("Norrkoping", "SE", 1, 58.59, 16.18, "Ostergotlands lan", "Norrkopings Kommun"), "tuesday",
    a1=SWE_POL, i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
]),

S("st-ak-072", "2026-05-20", """Berlin police clear pro-Palestinian protest camp at university; 80 detained

BERLIN, May 20 (Wire) - Police cleared a pro-Palestinian protest camp in the courtyard of Berlin's Humboldt University on Tuesday at the request of the university's leadership, detaining about 80 people, a police spokeswoman said. Officers carried out protesters who refused to leave and took down about 30 tents.

Students had set up the camp on Sunday to demand that the university cut ties with Israeli institutions.

Later on Tuesday, about 1,500 people marched from the university to the Foreign Office in protest against the clearance. The march was peaceful, police said.""", [
  E(cur, "Protest with intervention", "Police cleared a pro-Palestinian protest camp in the courtyard of Berlin's Humboldt University", T("Berlin", "DE", 1, 52.52, 13.41, "Berlin"), "tuesday",
    a1="Protesters (Germany)", i1=6, a2=DEU_POL, i2=1),
  E(cur, "Peaceful protest", "Students had set up the camp on Sunday", T("Berlin", "DE", 1, 52.52, 13.41, "Berlin"), "sunday",
    a1="Protesters (Germany)", i1=6),
  E(cur, "Peaceful protest", "about 1,500 people marched from the university to the Foreign Office", T("Berlin", "DE", 1, 52.52, 13.41, "Berlin"), "tuesday",
    a1="Protesters (Germany)", i1=6),
]),

S("st-ak-073", "2026-03-25", """Israel intercepts missile from Yemen over Tel Aviv area; police disperse Haredi protest in Jerusalem

JERUSALEM, March 25 (Wire) - Israel's air defences intercepted a ballistic missile fired from Yemen over the Tel Aviv area early on Tuesday, the military said, sending hundreds of thousands of people to shelters. Yemen's Houthis said they had fired the missile at Ben Gurion airport. No injuries from the missile were reported; two people were hurt while running to shelters.

Later on Tuesday, police used water cannon and mounted officers to disperse thousands of ultra-Orthodox men who blocked the main entrance to Jerusalem in protest against the arrest of yeshiva students who had refused to report for military service. Police said 14 protesters were detained.

The Houthis began firing missiles and drones at Israel in late 2023, saying they were acting in support of Palestinians in Gaza.""", [
  E(cur, "Disrupted weapons use", "Israel's air defences intercepted a ballistic missile fired from Yemen over the Tel Aviv area", T("Tel Aviv", "IL", 2, 32.08, 34.78, "Tel Aviv"), "tuesday",
    a1="Military Forces of Israel (2022-)", i1=1, a2=HOU, i2=8, fat=0, inj=0),
  E(cur, "Protest with intervention", "police used water cannon and mounted officers to disperse thousands of ultra-Orthodox men who blocked the main entrance to Jerusalem", T("Jerusalem", "IL", 2, 31.77, 35.22, "Jerusalem"), "tuesday",
    a1="Protesters (Israel)", i1=6, a2=ISR_POL, i2=1),
]),

S("st-ak-074", "2026-02-25", """Chad: 12 killed in herder-farmer clash near Moissala; 20 arrested

N'DJAMENA, Feb 25 (Wire) - At least 12 people were killed when armed herders and farmers fought with guns and machetes near Moissala, in southern Chad's Mandoul province, on Saturday, after cattle were driven onto cultivated fields, the provincial governor said. Several huts were burned.

Gendarmes arrested 20 people in villages around Moissala on Monday on suspicion of taking part in the violence, the governor said, and a joint force of soldiers and gendarmes was deployed to the area.

Clashes between herders and farmers over land and water kill dozens of people in southern Chad every year.""", [
  E(cur, "Armed clash", "armed herders and farmers fought with guns and machetes near Moissala", T("Moissala", "TD", 2, 8.34, 17.77, "Mandoul"), "saturday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=12),
  E(cur, "Arrests", "Gendarmes arrested 20 people in villages around Moissala on Monday", T("Moissala", "TD", 2, 8.34, 17.77, "Mandoul"), "monday",
    a1=TCD_POL, i1=1, a2="Unidentified Communal Militia (Chad)", i2=4),
]),

S("st-ak-075", "2026-11-04", """Madagascar: shops looted in Toamasina as power-cut protests turn violent; curfew imposed

ANTANANARIVO, Nov 4 (Wire) - Crowds protesting against power and water cuts looted shops and set fire to an office of the state utility Jirama in the port city of Toamasina on Monday, and police fired tear gas to disperse them, officials said. Two people were killed and 11 wounded, the regional hospital said.

The regional governor imposed a curfew on Toamasina from 8 p.m. to 5 a.m. starting on Monday night.

In the capital Antananarivo, several hundred students held a peaceful sit-in on Tuesday outside the university to demand the release of protesters detained in Toamasina.

Madagascar's military-led government, which took power in October 2025 after weeks of youth-led protests over the same shortages, has promised to end the power cuts by the end of the year.""", [
  E(cur, "Violent demonstration", "Crowds protesting against power and water cuts looted shops and set fire to an office of the state utility Jirama", T("Toamasina", "MG", 1, -18.15, 49.4, "Atsinanana", "Toamasina I"), "monday",
    a1="Rioters (Madagascar)", i1=5, a2=MDG_POL, i2=1, fat=2, inj=11),
  E(cur, "Other", "The regional governor imposed a curfew on Toamasina", T("Toamasina", "MG", 1, -18.15, 49.4, "Atsinanana", "Toamasina I"), "monday",
    a1=MDG_GOV, i1=1),
  E(cur, "Peaceful protest", "several hundred students held a peaceful sit-in on Tuesday outside the university", T("Antananarivo", "MG", 1, -18.91, 47.54, "Analamanga"), "tuesday",
    a1="Protesters (Madagascar)", i1=6),
]),

S("st-ak-076", "2026-08-12", """Cape Town taxi violence: four shot dead at Khayelitsha rank; two arrested

CAPE TOWN, Aug 12 (Wire) - Gunmen shot dead four people and wounded two at a minibus taxi rank in Khayelitsha, a township on the outskirts of Cape Town, on Sunday morning, police said. Police said the shooting was linked to a dispute between two rival taxi associations over a lucrative route to the city centre.

On Monday, police arrested two men at a house in Mitchells Plain and seized two rifles they believe were used in the attack.

The provincial transport department closed the route for a week and said it would hold talks with both associations.""", [
  E(cur, "Attack", "Gunmen shot dead four people and wounded two at a minibus taxi rank in Khayelitsha", T("Cape Town", "ZA", 2, -33.93, 18.42, "Western Cape", "City of Cape Town"), "sunday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
  E(cur, "Arrests", "police arrested two men at a house in Mitchells Plain", T("Cape Town", "ZA", 2, -33.93, 18.42, "Western Cape", "City of Cape Town"), "monday",
    a1=ZAF_POL, i1=1, a2="Unidentified Armed Group (South Africa)", i2=3),
]),

S("st-ak-077", "2026-08-19", """Honduras: six killed at San Pedro Sula bus terminal; state of exception extended

TEGUCIGALPA, Aug 19 (Wire) - Gunmen killed six people, including two bus drivers, at a bus terminal in San Pedro Sula on Monday, police said, blaming the MS-13 gang, which they said was punishing transport companies that had refused to pay extortion.

On Tuesday, the government extended for 45 days the partial state of exception in force in San Pedro Sula, which suspends some constitutional rights.

Bus drivers in San Pedro Sula stopped work on Tuesday in protest against the killings, leaving thousands of commuters stranded.""", [
  E(cur, "Attack", "Gunmen killed six people, including two bus drivers, at a bus terminal in San Pedro Sula", T("San Pedro Sula", "HN", 1, 15.51, -88.03, "Cortes", "San Pedro Sula"), "monday",
    a1=MS13, i1=3, a2="Civilians (Honduras)", i2=7, fat=6),
  E(cur, "Other", "the government extended for 45 days the partial state of exception in force in San Pedro Sula", T("San Pedro Sula", "HN", 1, 15.51, -88.03, "Cortes", "San Pedro Sula"), "tuesday",
    a1=HND_GOV, i1=1),
]),

S("st-ak-078", "2026-04-26", """Belgrade derby passes off quietly under heavy police presence

BELGRADE, April 26 (Wire) - Red Star Belgrade beat Partizan 2-1 in the Serbian capital's derby on Saturday in a match that passed off without the crowd trouble that has marred the fixture in past years, police said.

About 3,000 officers were on duty around the Rajko Mitic stadium. Police said they detained 15 fans before the match for carrying flares and other pyrotechnics, and that they would be charged with misdemeanours.

The derby was played in front of 45,000 spectators. Fighting between rival supporters before the game in 2024 had left several people injured.""", [], negative="sport"),

S("st-ak-079", "2026-10-21", """DR Congo-M23 talks in Doha postponed again

DOHA, Oct 21 (Wire) - A new round of talks between the Democratic Republic of Congo's government and the AFC/M23 rebel alliance, due to open in Doha on Monday, has been postponed for at least a week, Qatari mediators said on Tuesday, without giving a reason.

The two sides signed a declaration of principles in July 2025 and have since been negotiating a prisoner exchange and a ceasefire monitoring mechanism. Both have accused each other of violating the truce in the east of the country.

Congo's government spokesman said Kinshasa remained "committed to the Doha process". An M23 spokesman said the rebels were waiting for the release of detained members before returning to the table.""", [], negative="diplomacy"),
S("st-ak-080", "2026-11-20", """DEFENCE HEADQUARTERS
MEDIA BRIEFING ON MILITARY OPERATIONS, 12-18 NOVEMBER 2026

OPERATION HADIN KAI (NORTH EAST)
On 13 November 2026, troops repelled an attack by Islamic State West Africa Province (ISWAP) terrorists on their base in Dikwa, Borno State, neutralising 14 terrorists and recovering weapons. Two soldiers paid the supreme price.
On 15 November 2026, troops arrested six ISWAP logistics suppliers at a checkpoint near Gwoza with large quantities of fuel, drugs and motorcycle parts.

OPERATION FANSAN YAMMA (NORTH WEST)
On 16 November 2026, troops rescued 11 kidnapped victims and neutralised four bandits in an encounter in Tsafe Local Government Area of Zamfara State.

SUMMARY
Within the week, troops neutralised 71 terrorists, arrested 93 suspects and rescued 47 kidnapped hostages across the theatres of operation. A total of 217 terrorists and their families surrendered to troops in the North East.

The Armed Forces of Nigeria remain resolute in the fight against terrorism and insecurity.

Director Defence Media Operations
Defence Headquarters, Abuja""", [
  E(cur, "Armed clash", "troops repelled an attack by Islamic State West Africa Province (ISWAP) terrorists on their base in Dikwa", T("Dikwa", "NG", 1, 12.04, 13.92, "Borno", "Dikwa"), "2026-11-13",
    a1=NGA, i1=1, a2=ISWAP, i2=2, fat=16),
  E(cur, "Arrests", "troops arrested six ISWAP logistics suppliers at a checkpoint near Gwoza", T("Gwoza", "NG", 2, 11.08, 13.7, "Borno", "Gwoza"), "2026-11-15",
    a1=NGA, i1=1, a2=ISWAP, i2=2),
  E(cur, "Armed clash", "troops rescued 11 kidnapped victims and neutralised four bandits in an encounter in Tsafe Local Government Area", T("Tsafe", "NG", 3, 11.96, 6.92, "Zamfara", "Tsafe"), "2026-11-16",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=4),
], register="official"),

S("st-ak-081", "2026-01-21", """LIVE: Night attack on Kyiv - updates (20-21 January)

22:40 Air raid alert in Kyiv and the surrounding region. Explosions heard in the east of the city as air defences work.

23:55 Mayor Vitali Klitschko says a drone hit a 16-storey residential building in the Darnytskyi district, setting fire to the 9th floor. Three people injured.

00:30 Kyiv region governor: debris from a downed drone fell on a private house in Brovary district. No casualties.

02:15 A ballistic missile struck an energy facility in Obukhiv, south of Kyiv, the regional administration says. Power cuts in the south of the region.

06:05 Ukraine's air force says 94 of the 120 drones and 6 of the 9 missiles launched overnight were shot down.

07:20 Update from Darnytskyi: a woman rescued from the burning building has died in hospital. The toll there is now one dead and five injured.

09:00 We are closing this live page. Thank you for following.""", [
  E(cur, "Air/drone strike", "a drone hit a 16-storey residential building in the Darnytskyi district", T("Kyiv", "UA", 2, 50.45, 30.52, "Kyiv City"), "2026-01-20",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=5),
  E(cur, "Disrupted weapons use", "debris from a downed drone fell on a private house in Brovary district", T("Brovary", "UA", 3, 50.51, 30.79, "Kyiv", "Brovary"), "2026-01-21",
    a1=UKR, i1=1, a2=RUS, i2=8, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "A ballistic missile struck an energy facility in Obukhiv", T("Obukhiv", "UA", 1, 50.12, 30.63, "Kyiv", "Obukhiv"), "2026-01-21",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7),
], register="live"),

S("st-ak-082", "2026-04-15", """(Translated from French)

Kasserine: two soldiers wounded by mine on Mount Chaambi; night of clashes in Ezzouhour

KASSERINE (Local press) - Two soldiers were wounded on Monday when a landmine exploded under their vehicle during a combing operation on Mount Chaambi, near Kasserine, the defence ministry said. Their lives are not in danger.

On Tuesday, young unemployed graduates blocked the main road through the Ezzouhour district of Kasserine with burning tyres. Police fired tear gas, and clashes between youths throwing stones and security units went on late into the night, witnesses said. The interior ministry said 17 people were arrested.

Mount Chaambi, on the border with Algeria, has sheltered armed groups since 2012. Mines planted by them have killed dozens of soldiers over the years.""", [
  E(cur, "Remote explosive/landmine/IED", "a landmine exploded under their vehicle during a combing operation on Mount Chaambi", T("Kasserine", "TN", 2, 35.17, 8.84, "Kasserine"), "monday",
    a1="Unidentified Armed Group (Tunisia)", i1=3, a2=TUN, i2=1, inj=2),
  E(cur, "Violent demonstration", "young unemployed graduates blocked the main road through the Ezzouhour district of Kasserine with burning tyres", T("Kasserine", "TN", 2, 35.17, 8.84, "Kasserine"), "tuesday",
    a1="Rioters (Tunisia)", i1=5, a2=TUN_POL, i2=1),
], register="local"),

S("st-ak-083", "2026-06-17", """(Translated from Arabic)

Four dead in tribal clash in Al-Qurna; police arrest ten

BASRA (Local press) - Four people were killed and seven wounded on Monday when members of two tribes exchanged fire with medium weapons in a village of Al-Qurna district, north of Basra, over a dispute about farmland, a police source said.

Police and army reinforcements were sent to the area and imposed a ceasefire between the two sides. On Tuesday, police arrested ten members of the two tribes in raids on their homes and seized rifles and a machine gun, the Basra police command said.

Also on Tuesday, dozens of contract workers demonstrated outside the headquarters of the South Oil Company in Basra to demand permanent jobs. The protest ended without incident.""", [
  E(cur, "Armed clash", "members of two tribes exchanged fire with medium weapons in a village of Al-Qurna district", T("Al Qurnah", "IQ", 3, 31.02, 47.43, "Basra", "Al-Qurna"), "monday",
    a1=IRQ_TRIBE, i1=4, a2=IRQ_TRIBE, i2=4, fat=4, inj=7),
  E(cur, "Arrests", "police arrested ten members of the two tribes in raids on their homes", T("Al Qurnah", "IQ", 3, 31.02, 47.43, "Basra", "Al-Qurna"), "tuesday", tp=1,
    a1=IRQ_POL, i1=1, a2=IRQ_TRIBE, i2=4),
  E(cur, "Peaceful protest", "dozens of contract workers demonstrated outside the headquarters of the South Oil Company in Basra", T("Basra", "IQ", 1, 30.51, 47.78, "Basra", "Basrah"), "tuesday",
    a1="Protesters (Iraq)", i1=6),
], register="local"),

S("st-ak-084", "2026-08-12", """Nicaragua: priest detained after mass in Matagalpa; three parishioners charged with treason

SAN JOSE, Costa Rica, Aug 12 (Wire) - Nicaraguan police detained a Catholic priest in the northern city of Matagalpa on Sunday as he left the church after mass, and the diocese said on Tuesday it had not been told where he was being held.

Two days before his arrest, police had detained three lay members of his parish at their homes in Matagalpa. The three were brought before a court in Managua on Tuesday and charged with "treason" and "spreading false news", their relatives said.

The government of President Daniel Ortega and his wife and co-president Rosario Murillo has jailed or expelled dozens of priests since 2022, accusing the Church of backing the 2018 protests.""", [
  E(cur, "Abduction/forced disappearance", "Nicaraguan police detained a Catholic priest in the northern city of Matagalpa on Sunday", T("Matagalpa", "NI", 1, 12.93, -85.92, "Matagalpa"), "sunday",
    a1=NIC_POL, i1=1, a2="Civilians (Nicaragua)", i2=7),
  E(cur, "Arrests", "police had detained three lay members of his parish at their homes in Matagalpa", T("Matagalpa", "NI", 1, 12.93, -85.92, "Matagalpa"), "friday",
    a1=NIC_POL, i1=1, a2="Civilians (Nicaragua)", i2=7),
]),
S("st-ak-085", "2026-05-13", """Argentina: bus driver shot dead in Rosario; note threatens more attacks

BUENOS AIRES, May 13 (Wire) - A bus driver was shot dead at the wheel in the west of Rosario, Argentina's third-largest city, on Monday night by two men on a motorcycle, who left a handwritten note warning that drivers would keep being killed until jailed gang leaders were given better conditions, Santa Fe province's security ministry said.

Bus companies suspended services in Rosario on Tuesday, and drivers gathered outside the provincial government's offices in the city to demand protection. The gathering was peaceful.

Police said they were investigating the killing as part of a campaign by drug gangs against the province's tougher prison regime, similar to the one that shook the city in 2024.""", [
  E(cur, "Attack", "A bus driver was shot dead at the wheel in the west of Rosario", T("Rosario", "AR", 1, -32.95, -60.64, "Santa Fe", "Rosario"), "monday",
    a1="Unidentified Armed Group (Argentina)", i1=3, a2="Civilians (Argentina)", i2=7, fat=1),
  E(cur, "Peaceful protest", "drivers gathered outside the provincial government's offices in the city to demand protection", T("Rosario", "AR", 1, -32.95, -60.64, "Santa Fe", "Rosario"), "tuesday",
    a1="Protesters (Argentina)", i1=6),
  E(thr, "Attack", "warning that drivers would keep being killed", T("Rosario", "AR", 1, -32.95, -60.64, "Santa Fe", "Rosario"), "monday",
    a1="Unidentified Armed Group (Argentina)", i1=3, a2="Civilians (Argentina)", i2=7),
]),

S("st-ak-086", "2026-05-13", """Indonesia: houses burned as villages clash in Ambon; police separate crowds

AMBON, Indonesia, May 13 (Wire) - Dozens of houses were burned and at least 14 people injured on Monday when residents of two neighbouring villages on the outskirts of Ambon, the capital of Maluku province, fought each other with machetes, arrows and stones after a dispute at a wedding, police said.

Police and soldiers were sent to separate the crowds and set up posts between the villages. Police said they had detained six people.

Maluku was the scene of Christian-Muslim fighting between 1999 and 2002 that killed thousands, but police said the latest clash was not religious.""", [
  E(cur, "Mob violence", "fought each other with machetes, arrows and stones", T("Ambon", "ID", 2, -3.7, 128.18, "Maluku", "Kota Ambon"), "monday",
    a1="Rioters (Indonesia)", i1=5, a2="Rioters (Indonesia)", i2=5, inj=14),
]),

S("st-ak-087", "2026-07-22", """Shots fired at Surrey restaurant in latest extortion attack; police say gang behind campaign

SURREY, British Columbia, July 22 (Wire) - Several shots were fired at a restaurant in Surrey, near Vancouver, early on Monday, the latest in a string of shootings at businesses owned by South Asian Canadians who have received extortion demands, police said. No one was hurt.

The Royal Canadian Mounted Police said the shootings were being carried out for a transnational criminal gang that demands money from business owners, and that they had linked at least 30 such incidents in the area to the group this year.

On Tuesday, police arrested two men in Surrey in connection with Monday's shooting and seized a handgun.

Business owners held a rally outside Surrey City Hall on Tuesday evening to demand more protection.""", [
  E(cur, "Attack", "Several shots were fired at a restaurant in Surrey", T("Surrey", "CA", 1, 49.11, -122.83, "British Columbia", "Metro Vancouver Regional"), "monday",
    a1="Unidentified Armed Group (Canada)", i1=3, a2="Civilians (Canada)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police arrested two men in Surrey in connection with Monday's shooting", T("Surrey", "CA", 1, 49.11, -122.83, "British Columbia", "Metro Vancouver Regional"), "tuesday",
    a1=CAN_POL, i1=1, a2="Unidentified Armed Group (Canada)", i2=3),
  E(cur, "Peaceful protest", "Business owners held a rally outside Surrey City Hall", T("Surrey", "CA", 1, 49.11, -122.83, "British Columbia", "Metro Vancouver Regional"), "tuesday",
    a1="Protesters (Canada)", i1=6),
]),

S("st-ak-088", "2026-05-13", """Italy: clashes at Rome station after pro-Palestinian march; mast sabotaged near Trento

ROME, May 13 (Wire) - Police fired tear gas and used water cannon on Tuesday evening against a group of several hundred protesters who threw bottles, stones and smoke bombs at officers near Rome's Termini railway station, at the end of a pro-Palestinian march of about 20,000 people, police said. Twenty officers were hurt and 13 people detained.

Near Trento, in northern Italy, unknown attackers set fire to cables at the base of a mobile phone mast overnight into Tuesday, cutting service to several villages. A leaflet left at the site expressed support for anarchist prisoners. No one was hurt.""", [
  E(cur, "Violent demonstration", "a group of several hundred protesters who threw bottles, stones and smoke bombs at officers near Rome's Termini railway station", T("Rome", "IT", 1, 41.89, 12.51, "Lazio", "Roma"), "tuesday",
    a1="Rioters (Italy)", i1=5, a2=ITA_POL, i2=1, inj=20),
  E(cur, "Looting/property destruction", "unknown attackers set fire to cables at the base of a mobile phone mast", T("Trento", "IT", 2, 46.07, 11.12, "Trentino-Alto Adige", "Trento"), "tuesday",
    a1="Unidentified Armed Group (Italy)", i1=3, a2="Civilians (Italy)", i2=7, fat=0, inj=0),
]),

S("st-ak-089", "2026-01-14", """Brussels: shooting in Anderlecht as drug gangs feud; police raid homes

BRUSSELS, Jan 14 (Wire) - Two men were wounded on Monday evening when gunmen opened fire on a group of people near a metro station in the Brussels district of Anderlecht, the Brussels prosecutor's office said, adding that the shooting appeared to be linked to a feud between drug gangs over dealing spots in the area.

On Tuesday morning, police raided six homes in Anderlecht and Molenbeek and arrested four people suspected of belonging to one of the gangs. Weapons and cash were seized.

Brussels recorded dozens of shootings linked to drug trafficking last year, prompting the government to deploy more police officers to the worst-hit areas.""", [
  E(cur, "Attack", "gunmen opened fire on a group of people near a metro station in the Brussels district of Anderlecht", T("Anderlecht", "BE", 1, 50.84, 4.31, "Brussel", "Bruxelles-Capitale"), "monday",
    a1="Unidentified Armed Group (Belgium)", i1=3, a2="Civilians (Belgium)", i2=7, inj=2),
  E(cur, "Arrests", "police raided six homes in Anderlecht and Molenbeek and arrested four people suspected of belonging to one of the gangs", T("Brussels", "BE", 2, 50.85, 4.35, "Brussel", "Bruxelles-Capitale"), "tuesday",
    a1=BEL_POL, i1=1, a2="Unidentified Armed Group (Belgium)", i2=3),
]),
S("st-ak-090", "2026-03-12", """Guatemala: 14 Barrio 18 members convicted over Villa Nueva bar massacre

GUATEMALA CITY, March 12 (Wire) - A Guatemalan court on Wednesday sentenced 14 members of the Barrio 18 gang to between 50 and 120 years in prison for the killing of seven people at a bar in Villa Nueva, on the southern edge of the capital, in June 2025.

Prosecutors said the gang's leaders had ordered the attack, on 14 June 2025, to punish the bar's owner for refusing to pay extortion. Gunmen fired on customers watching a football match, killing seven and wounding five.

Relatives of the victims applauded as the sentences were read. Defence lawyers said they would appeal.""", [
  E(bg, "Attack", "Gunmen fired on customers watching a football match, killing seven and wounding five", T("Villa Nueva", "GT", 1, 14.53, -90.59, "Guatemala", "Municipio de Villa Nueva"), "2025-06-14",
    a1=B18, i1=3, a2="Civilians (Guatemala)", i2=7, fat=7, inj=5),
], negative="trial"),

S("st-ak-091", "2026-02-04", """Pakistani Taliban warn politicians against rallies in Khyber Pakhtunkhwa

PESHAWAR, Feb 4 (Wire) - The Pakistani Taliban (TTP) warned politicians on Tuesday not to hold rallies in Khyber Pakhtunkhwa ahead of local council elections, saying in a statement that gatherings of "secular parties" would be "legitimate targets".

The provincial government said security would be provided for all campaign events and that it would not be intimidated. Several parties said they would hold their rallies indoors.

The TTP has stepped up attacks on police and soldiers in the province since it ended a ceasefire with the government in November 2022.""", [
  unscored(E(thr, "Attack", "gatherings of \"secular parties\" would be \"legitimate targets\"", T("Khyber Pakhtunkhwa", "PK", 3, 34.01, 71.58, "Khyber Pakhtunkhwa"),
             a1=TTP, i1=2, a2="Civilians (Pakistan)", i2=7), "event_date", "time_precision"),
], negative="threat"),

S("st-ak-092", "2026-06-10", """Rwanda denies its troops crossed into Burundi

KIGALI, June 10 (Wire) - Rwanda on Tuesday rejected an accusation by Burundi that Rwandan soldiers had crossed the border and fired on a Burundian army position in Cibitoke province over the weekend, calling it "baseless".

Burundi's army spokesman said on Monday that "elements of the Rwandan army" had attacked the position, without giving details of casualties. Rwanda's government spokeswoman said no Rwandan soldier had left Rwandan territory.

The two countries' border has been closed since January 2024, when Burundi accused Rwanda of backing rebels who had attacked near the border.""", [
  unscored(E(neg, "Armed clash", "Rwandan soldiers had crossed the border and fired on a Burundian army position in Cibitoke province", T("Cibitoke", "BI", 3, -2.89, 29.12, "Cibitoke"),
             a1="Military Forces of Rwanda (2000-)", i1=8, a2=BDI, i2=1), "event_date", "time_precision"),
], negative="denial"),

S("st-ak-093", "2026-05-06", """Floods displace more than 100,000 in Somalia's Beledweyne

MOGADISHU, May 6 (Wire) - The Shabelle river burst its banks in Beledweyne in central Somalia on Monday, flooding most of the town and forcing more than 100,000 people from their homes, local officials said. At least four people drowned.

Soldiers and local officials used boats to rescue residents trapped on rooftops, and families took shelter on higher ground outside the town. Aid agencies warned of cholera outbreaks.

Beledweyne, in Hiraan region, is flooded almost every rainy season. The region is also on the front line of the government's fight against al Shabaab.""", [], negative="disaster"),

S("st-ak-094", "2026-09-16", """Eight Nigerien soldiers killed as army truck overturns near Ouallam

NIAMEY, Sept 16 (Wire) - Eight soldiers were killed and 14 injured when an army truck overturned on a sandy track near Ouallam in Niger's Tillaberi region on Monday, the army said in a statement, ruling out an attack.

The truck was part of a convoy carrying troops to a base near the border with Mali. The army said the driver lost control on a bend.

Local sources had initially reported on social media that the convoy had hit a landmine. The army said those reports were false.""", [
  unscored(E(neg, "Remote explosive/landmine/IED", "the convoy had hit a landmine", T("Ouallam", "NE", 2, 14.32, 2.09, "Tillaberi"),
             a2=NER, i2=1), "event_date", "time_precision"),
], negative="accident"),
S("st-ak-095", "2026-08-19", """Senegal: soldier killed by mine in Casamance; police tear-gas students in Dakar

DAKAR, Aug 19 (Wire) - A Senegalese soldier was killed and two others wounded on Monday when their vehicle hit a landmine on a track near Bignona, in the southern Casamance region, the army said. It did not say who had laid the mine. The separatist Movement of Democratic Forces of Casamance (MFDC) has been largely inactive since an army offensive in 2022.

In Dakar, police fired tear gas on Tuesday at students of Cheikh Anta Diop University who blocked the avenue in front of the campus to protest against months of unpaid grants. The students threw stones at the officers, and clashes continued for several hours, witnesses said. The university said 9 students were hurt.

The government said grants would be paid by the end of the month.""", [
  E(cur, "Remote explosive/landmine/IED", "their vehicle hit a landmine on a track near Bignona", T("Bignona", "SN", 2, 12.81, -16.23, "Ziguinchor"), "monday",
    a1="Unidentified Armed Group (Senegal)", i1=3, a2=SEN, i2=1, fat=1, inj=2),
  E(cur, "Violent demonstration", "The students threw stones at the officers, and clashes continued for several hours", T("Dakar", "SN", 1, 14.69, -17.44, "Dakar"), "tuesday",
    a1="Rioters (Senegal)", i1=5, a2=SEN_POL, i2=1, inj=9),
]),

S("st-ak-096", "2026-04-08", """Zimbabwe: police raid opposition meeting in Harare, arrest 21; activist abducted in Chitungwiza

HARARE, April 8 (Wire) - Zimbabwean police raided a meeting of the opposition Citizens Coalition for Change (CCC) at a private home in Harare's Budiriro suburb on Saturday and arrested 21 party members, a party spokesman said. Police said the meeting had not been notified to them.

On Monday night, a CCC youth activist was seized from his home in Chitungwiza, south of the capital, by men who said they were police officers and drove him away in an unmarked car, his family said. Police denied holding him, and his whereabouts were still unknown on Wednesday.

Rights groups say dozens of opposition activists have been arrested or abducted since the government began pushing for President Emmerson Mnangagwa's term to be extended beyond 2028.""", [
  E(cur, "Arrests", "raided a meeting of the opposition Citizens Coalition for Change (CCC) at a private home in Harare's Budiriro suburb", T("Harare", "ZW", 2, -17.83, 31.05, "Harare"), "saturday",
    a1=ZWE_POL, i1=1, a2=CCC, i2=7),
  E(cur, "Abduction/forced disappearance", "a CCC youth activist was seized from his home in Chitungwiza", T("Chitungwiza", "ZW", 1, -18.01, 31.08, "Harare"), "monday",
    a1="Unidentified Armed Group (Zimbabwe)", i1=3, a2="Civilians (Zimbabwe)", i2=7),
]),

S("st-ak-097", "2026-10-28", """Cuba: police detain dozens after blackout protest in Santiago de Cuba

HAVANA, Oct 28 (Wire) - Cuban police detained at least 30 people on Monday night after hundreds of residents of Santiago de Cuba, the island's second-largest city, marched through the streets banging pots and chanting "We want electricity" after more than 20 hours without power, according to videos and rights groups. Witnesses said police and plain-clothes officers chased and beat some of the marchers.

President Miguel Diaz-Canel said on Tuesday that "counter-revolutionary elements" had tried to exploit the blackout and that order had been restored.

In Havana, residents of several neighbourhoods banged pots from their balconies on Tuesday night. No arrests were reported there.""", [
  E(cur, "Protest with intervention", "hundreds of residents of Santiago de Cuba, the island's second-largest city, marched through the streets banging pots", T("Santiago de Cuba", "CU", 1, 20.02, -75.82, "Santiago de Cuba", "Municipio de Santiago de Cuba"), "monday",
    a1="Protesters (Cuba)", i1=6, a2=CUB_POL, i2=1),
  E(cur, "Peaceful protest", "residents of several neighbourhoods banged pots from their balconies", T("Havana", "CU", 1, 23.13, -82.38, "La Habana"), "tuesday",
    a1="Protesters (Cuba)", i1=6),
]),
S("st-ak-098", "2026-09-23", """Nepal: curfew in Birgunj after stones thrown at religious procession

KATHMANDU, Sept 23 (Wire) - Authorities imposed a curfew in the southern border city of Birgunj on Monday evening after crowds from two communities threw stones at each other when a Hindu religious procession passed a mosque, injuring at least 16 people, including four police officers, police said. Several motorcycles and a shop were set on fire.

Police fired tear gas and rubber bullets to separate the two sides and arrested 12 people. The curfew was relaxed for two hours on Tuesday to allow residents to buy food.

Birgunj, on the border with India's Bihar state, has seen similar tensions during religious festivals in past years.""", [
  E(cur, "Mob violence", "crowds from two communities threw stones at each other when a Hindu religious procession passed a mosque", T("Birgunj", "NP", 1, 27.01, 84.88, "Madhesh", "Parsa"), "monday",
    a1="Rioters (Nepal)", i1=5, a2="Rioters (Nepal)", i2=5, inj=16),
  E(cur, "Other", "Authorities imposed a curfew in the southern border city of Birgunj", T("Birgunj", "NP", 1, 27.01, 84.88, "Madhesh", "Parsa"), "monday",
    a1=NPL_GOV, i1=1),
]),

S("st-ak-099", "2026-06-24", """Morocco: police break up unemployed graduates' sit-in outside parliament

RABAT, June 24 (Wire) - Moroccan police used batons on Tuesday to break up a sit-in by several hundred unemployed university graduates outside the parliament building in Rabat, injuring at least seven, the graduates' association said. About 15 people were briefly detained and released in the evening.

The graduates, who demand jobs in the civil service, have held weekly sit-ins in the capital since the spring. The interior ministry said the gathering had not been authorised.""", [
  E(cur, "Protest with intervention", "Moroccan police used batons on Tuesday to break up a sit-in by several hundred unemployed university graduates", T("Rabat", "MA", 1, 34.01, -6.83, "Rabat-Sale-Kenitra", "Rabat"), "tuesday",
    a1="Protesters (Morocco)", i1=6, a2=MAR_POL, i2=1, inj=7),
]),

S("st-ak-100", "2026-09-23", """Egypt says four Hasm militants killed in Fayoum shootout

CAIRO, Sept 23 (Wire) - Egyptian security forces killed four members of the Hasm militant group in a shootout at a farmhouse on the outskirts of Fayoum, south-west of Cairo, on Monday, the interior ministry said. It said the men had been planning attacks on security installations. One officer was wounded.

Hasm, which Egypt says is the armed wing of the banned Muslim Brotherhood, claimed a series of attacks on police and officials between 2016 and 2019. The Brotherhood denies any link.""", [
  E(cur, "Armed clash", "Egyptian security forces killed four members of the Hasm militant group in a shootout at a farmhouse on the outskirts of Fayoum", T("Al Fayyum", "EG", 2, 29.31, 30.84, "Faiyum"), "monday",
    a1=EGY_POL, i1=1, a2=HASM, i2=2, fat=4, inj=1),
]),
S("st-ak-101", "2026-07-15", """Angola: police shoot dead two street vendors at Huambo protest; organiser arrested

LUANDA, July 15 (Wire) - Angolan police shot dead two street vendors and wounded five on Monday when officers opened fire on a crowd protesting outside the municipal administration in Huambo against the demolition of an informal market, the human rights group Omunga said. Witnesses said the vendors had been sitting peacefully in front of the building when police arrived and fired live rounds. Police said an investigation had been opened.

On Tuesday, several hundred people marched peacefully through Huambo to demand justice for the dead.

Police arrested the organiser of Monday's protest, a vendors' association leader, at his home in Huambo on Wednesday morning, his lawyer said.""", [
  E(cur, "Excessive force against protesters", "officers opened fire on a crowd protesting outside the municipal administration in Huambo", T("Huambo", "AO", 1, -12.78, 15.74, "Huambo"), "monday",
    a1="Protesters (Angola)", i1=6, a2=AGO_POL, i2=1, fat=2, inj=5),
  E(cur, "Peaceful protest", "several hundred people marched peacefully through Huambo to demand justice for the dead", T("Huambo", "AO", 1, -12.78, 15.74, "Huambo"), "tuesday",
    a1="Protesters (Angola)", i1=6),
  E(cur, "Arrests", "Police arrested the organiser of Monday's protest, a vendors' association leader, at his home in Huambo", T("Huambo", "AO", 1, -12.78, 15.74, "Huambo"), "wednesday",
    a1=AGO_POL, i1=1, a2="Civilians (Angola)", i2=7),
]),

S("st-ak-102", "2026-03-04", """UNITED NATIONS MISSION IN SOUTH SUDAN
Human Rights Division - Statement

Juba, 4 March 2026

The Human Rights Division of UNMISS is gravely concerned about violations against civilians in Central Equatoria State in the second half of February.

On 22 February, soldiers of the South Sudan People's Defence Forces (SSPDF) raped four women and a 15-year-old girl who were collecting firewood near Yei. The survivors received medical care with the support of humanitarian partners.

On 24 February, fighters of the National Salvation Front (NAS) abducted six civilians, including a teacher, from a village near Morobo. Their whereabouts remain unknown.

The Division calls on the authorities to investigate these incidents and hold perpetrators accountable, and on all parties to respect international humanitarian law.

UNMISS Communications and Public Information Section""", [
  E(cur, "Sexual violence", "soldiers of the South Sudan People's Defence Forces (SSPDF) raped four women and a 15-year-old girl", T("Yei", "SS", 2, 4.09, 30.68, "Central Equatoria"), "2026-02-22",
    a1=SSD, i1=1, a2="Civilians (South Sudan)", i2=7),
  E(cur, "Abduction/forced disappearance", "fighters of the National Salvation Front (NAS) abducted six civilians", T("Morobo", "SS", 2, 3.69, 30.78, "Central Equatoria"), "2026-02-24",
    a1=NAS, i1=2, a2="Civilians (South Sudan)", i2=7),
], register="official"),

S("st-ak-103", "2026-06-02", """Mexico: mothers' collective finds grave with 14 bodies outside Lagos de Moreno; three abducted youths found dead

GUADALAJARA, Mexico, June 2 (Wire) - A collective of mothers searching for missing relatives found a clandestine grave containing the remains of at least 14 people on a ranch outside Lagos de Moreno, in the Altos region of Jalisco, on Sunday, the state prosecutor's office said. It did not say who was believed to be responsible.

On Monday, the bodies of three young men who had been abducted by armed men from a party in Lagos de Moreno on Friday night were found beside a road on the edge of the town. Police blamed the Jalisco New Generation Cartel (CJNG), which is fighting a rival group for control of the area.

Jalisco has more missing people than any other Mexican state, according to official figures.""", [
  E(cur, "Other", "found a clandestine grave containing the remains of at least 14 people on a ranch outside Lagos de Moreno", T("Lagos de Moreno", "MX", 2, 21.36, -101.93, "Jalisco", "Lagos de Moreno"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=14),
  E(cur, "Attack", "the bodies of three young men who had been abducted by armed men from a party in Lagos de Moreno on Friday night were found beside a road on the edge of the town", T("Lagos de Moreno", "MX", 2, 21.36, -101.93, "Jalisco", "Lagos de Moreno"), "monday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, fat=3),
]),

S("st-ak-104", "2026-02-25", """Guinea-Bissau: soldiers mutiny in Bafata over unpaid bonuses

BISSAU, Feb 25 (Wire) - Soldiers at the army barracks in Bafata, Guinea-Bissau's second city, fired into the air on Monday and held their commander for several hours, demanding bonuses they said had been promised after the military seized power in November, residents and a military source said.

The soldiers released the commander in the evening after a delegation from the ruling military command promised to pay them within a week. Nobody was hurt.

The military, which took power on 26 November 2025 the day before provisional election results were due, has promised a transition of one year.""", [
  E(cur, "Other", "Soldiers at the army barracks in Bafata, Guinea-Bissau's second city, fired into the air on Monday and held their commander for several hours", T("Bafata", "GW", 1, 12.17, -14.66, "Bafata"), "monday",
    a1=GNB, i1=1, fat=0, inj=0),
]),

S("st-ak-105", "2026-07-29", """Somalia: Burundian AU troops arrive in Mogadishu; Ethiopian soldiers set up base near Dolow

MOGADISHU, July 29 (Wire) - About 400 Burundian soldiers of the African Union Support and Stabilization Mission in Somalia (AUSSOM) arrived at Mogadishu's airport on Monday to replace troops who had completed a year's tour, the mission said.

Ethiopian troops, who operate in Somalia's Gedo region under a separate bilateral agreement, have set up a new base near Dolow on the border, local elders said on Tuesday.

On Tuesday night, three mortar shells landed near the airport in Mogadishu. No one was hurt and no group claimed responsibility.""", [
  E(cur, "Change to group/activity", "About 400 Burundian soldiers of the African Union Support and Stabilization Mission in Somalia (AUSSOM) arrived at Mogadishu's airport", T("Mogadishu", "SO", 2, 2.04, 45.34, "Banadir"), "monday",
    a1=AUSSOM, i1=8, assoc_actor_1=BDI),
  E(cur, "Headquarters or base established", "Ethiopian troops, who operate in Somalia's Gedo region under a separate bilateral agreement, have set up a new base near Dolow", T("Dolow", "SO", 2, 4.16, 42.08, "Gedo"), "tuesday", tp=2,
    a1=ETH, i1=8),
  E(cur, "Shelling/artillery/missile attack", "three mortar shells landed near the airport in Mogadishu", T("Mogadishu", "SO", 2, 2.04, 45.34, "Banadir"), "tuesday",
    a1="Unidentified Armed Group (Somalia)", i1=3, fat=0, inj=0),
]),
S("st-ak-106", "2026-04-08", """Ukraine says Russia used irritant gas near Huliaipole; guided bomb kills man in town centre

KYIV, April 8 (Wire) - Russian troops dropped munitions containing the riot-control agent CS on Ukrainian positions near Huliaipole, in the Zaporizhzhia region, 14 times over the past week, Ukraine's General Staff said on Wednesday. Two soldiers were taken to hospital with breathing problems.

Chemical weapons monitors have said the use of riot-control agents as a method of warfare is banned under the Chemical Weapons Convention. Russia denies using them.

On Tuesday, a Russian guided aerial bomb struck the centre of Huliaipole, killing a 63-year-old man, the regional governor said.""", [
  E(cur, "Chemical weapon", "Russian troops dropped munitions containing the riot-control agent CS on Ukrainian positions near Huliaipole", T("Huliaipole", "UA", 2, 47.67, 36.26, "Zaporizhzhia", "Polohy"), "2026-04-01", tp=2,
    a1=RUS, i1=8, a2=UKR, i2=1, inj=2),
  E(cur, "Air/drone strike", "a Russian guided aerial bomb struck the centre of Huliaipole", T("Huliaipole", "UA", 1, 47.67, 36.26, "Zaporizhzhia", "Polohy"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
]),

S("st-ak-107", "2026-09-02", """Russian missile kills two port workers in Odesa; drones hit apartment blocks

ODESA, Ukraine, Sept 2 (Wire) - Russia attacked Odesa with drones and missiles overnight into Tuesday. A ballistic missile hit a grain warehouse in the port, killing two workers, while drones struck two apartment blocks in the Kyivskyi district, wounding seven people, including a child, regional governor Oleh Kiper said.

Ukraine's air force said it shot down 31 of the 40 drones Russia launched at the south of the country during the night.

The port of Odesa handles most of Ukraine's grain exports and has been repeatedly targeted since the collapse of a Black Sea grain deal in 2023.""", [
  E(cur, "Shelling/artillery/missile attack", "A ballistic missile hit a grain warehouse in the port, killing two workers", T("Odesa", "UA", 1, 46.49, 30.74, "Odesa", "Odeskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2),
  E(cur, "Air/drone strike", "drones struck two apartment blocks in the Kyivskyi district, wounding seven people", T("Odesa", "UA", 2, 46.49, 30.74, "Odesa", "Odeskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=7),
]),

S("st-ak-108", "2026-10-07", """TRANSCRIPT - "Allo Mopti", listeners' call-in programme, Monday 6 October 2026 (translated from Bambara and French)

PRESENTER: Good evening, you are on Allo Mopti. Our first caller is a trader from Sevare. Go ahead.

CALLER 1: Good evening. I want people to know what happened to us. Yesterday, on the road between Sevare and Bandiagara, men on motorbikes with guns stopped our minibus. They took our money and our phones and they beat the driver with a rifle butt. They said they were mujahideen and told the women to cover themselves. The driver is in hospital now.

PRESENTER: Were there soldiers on that road?

CALLER 1: No. The soldiers came after, when the men had gone.

PRESENTER: Thank you, and take care. Our next caller is from Bandiagara.

CALLER 2: Good evening. In our town it has been calm this week, thanks be to God. The market was full on Sunday.

PRESENTER: That is good news. After the break, we talk about the price of millet.""", [
  E(cur, "Attack", "men on motorbikes with guns stopped our minibus", T("Sevare", "ML", 2, 14.53, -4.1, "Mopti"), "2026-10-05",
    a1="Unidentified Armed Group (Mali)", i1=3, a2="Civilians (Mali)", i2=7, inj=1),
], register="radio"),

S("st-ak-109", "2026-11-11", """(Corrects name of town in second paragraph to Bafut, not Bafoussam)

Cameroon: two soldiers killed in separatist ambush; village chief abducted

YAOUNDE, Nov 11 (Wire) - Two Cameroonian soldiers were killed on Monday when separatist fighters ambushed a military patrol on the road near Bafut, in the English-speaking North-West region, a military source said.

The attack came a day after armed separatists abducted a traditional chief from his palace in Bafut, accusing him of supporting the government, local sources said. His family said they had received no demand.

An earlier version of this story wrongly said the ambush took place near Bafoussam, in the French-speaking West region.

The conflict between the army and separatists seeking an independent state they call Ambazonia has killed more than 6,000 people since 2017.""", [
  E(cur, "Armed clash", "separatist fighters ambushed a military patrol on the road near Bafut", T("Bafut", "CM", 2, 6.08, 10.1, "North-West"), "monday",
    a1=AMBA, i1=2, a2=CMR, i2=1, fat=2),
  E(cur, "Abduction/forced disappearance", "armed separatists abducted a traditional chief from his palace in Bafut", T("Bafut", "CM", 1, 6.08, 10.1, "North-West"), "sunday",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
]),

S("st-ak-110", "2026-05-06", """MANDERA COUNTY SECURITY COMMITTEE
Weekly incident log - week ending Sunday 3 May 2026

Date  | Location    | Incident                                                   | Casualties
27/04 | El Wak      | IED hit a police vehicle on the El Wak-Wargadud road       | 2 police officers injured
29/04 | Mandera     | Grenade thrown into a bar near the bus park                | none
01/05 | Lafey       | Al Shabaab fighters entered the village, burned a telecom mast and left before dawn | none

Incidents this week: 3 (previous week: 5). Arrests this week: 7.
Residents are urged to report suspicious persons to the nearest police station or chief's office.""", [
  E(cur, "Remote explosive/landmine/IED", "IED hit a police vehicle on the El Wak-Wargadud road", T("El Wak", "KE", 2, 2.81, 40.93, "Mandera"), "2026-04-27",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2=KEN_POL, i2=1, inj=2),
  E(cur, "Grenade", "Grenade thrown into a bar near the bus park", T("Mandera", "KE", 1, 3.94, 41.86, "Mandera"), "2026-04-29",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2="Civilians (Kenya)", i2=7, fat=0, inj=0),
  E(cur, "Looting/property destruction", "Al Shabaab fighters entered the village, burned a telecom mast", T("Lafey", "KE", 1, 3.15, 41.19, "Mandera"), "2026-05-01",
    a1=SHB, i1=2, a2="Civilians (Kenya)", i2=7, fat=0, inj=0),
], register="official"),
S("st-ak-111", "2026-08-19", """[Banikoara community alert group - messages of Tuesday 18/08]

06:42 - ALERT: about ten armed men on motorbikes seen on the Kokey road heading north. Stay at home, keep children inside.

09:15 - UPDATE: the armed men attacked the police post at Kokey. Heavy shooting heard by people in the fields.

11:30 - From the mayor's office: two police officers killed and one wounded at Kokey. The attackers left towards the park.

14:00 - Soldiers have arrived in Kokey. Banikoara market closed today.

18:20 - REMINDER: no movement on the park roads after 18h, as decided by the prefect in March.

Please do not share photos of the victims.""", [
  E(cur, "Armed clash", "the armed men attacked the police post at Kokey", T("Banikoara", "BJ", 2, 11.3, 2.44, "Alibori", "Commune of Banikoara"), "2026-08-18",
    a1="Unidentified Armed Group (Benin)", i1=3, a2=BEN_POL, i2=1, fat=2, inj=1),
], register="social"),

S("st-ak-112", "2026-06-10", """France: second night of unrest in Nantes after police shoot dead teenager at traffic stop

NANTES, France, June 10 (Wire) - Youths set fire to cars and threw fireworks at police in the Bellevue district of Nantes for a second night on Monday, after a police officer shot dead a 19-year-old driver during a traffic stop there on Sunday evening, police said.

The officer, who said the driver had tried to run him over, was placed under formal investigation for voluntary homicide on Tuesday and suspended.

Police said 24 people were arrested over the two nights and 11 officers were slightly hurt. A bus and about 40 cars were burned on Sunday night, and a school annex was set alight on Monday night.

The interior minister called for calm and said 300 extra officers would be sent to the city.""", [
  E(cur, "Attack", "a police officer shot dead a 19-year-old driver during a traffic stop there on Sunday evening", T("Nantes", "FR", 2, 47.22, -1.55, "Pays de la Loire", "Loire-Atlantique"), "sunday",
    a1=FRA_POL, i1=1, a2="Civilians (France)", i2=7, fat=1),
  E(cur, "Violent demonstration", "A bus and about 40 cars were burned on Sunday night", T("Nantes", "FR", 2, 47.22, -1.55, "Pays de la Loire", "Loire-Atlantique"), "sunday",
    a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1),
  E(cur, "Violent demonstration", "Youths set fire to cars and threw fireworks at police in the Bellevue district of Nantes for a second night on Monday", T("Nantes", "FR", 2, 47.22, -1.55, "Pays de la Loire", "Loire-Atlantique"), "monday",
    a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1),
]),

S("st-ak-113", "2026-08-26", """Paraguay: three inmates dead as police retake Ciudad del Este prison after riot

ASUNCION, Aug 26 (Wire) - Three inmates were killed and seven prison guards hurt on Monday during a riot at the regional prison in Ciudad del Este, where prisoners set fire to mattresses and held three guards hostage for eight hours to protest against the transfer of gang leaders to a maximum-security jail, the justice ministry said.

Police special forces retook the prison in the evening, using tear gas and rubber bullets, and freed the guards.

Paraguay's prisons are overcrowded and largely controlled by gangs, including Brazil's First Capital Command (PCC), according to rights groups.""", [
  E(cur, "Violent demonstration", "prisoners set fire to mattresses and held three guards hostage for eight hours to protest against the transfer of gang leaders", T("Ciudad del Este", "PY", 1, -25.5, -54.65, "Alto Parana", "Ciudad Del Este"), "monday",
    a1="Rioters (Paraguay)", i1=5, a2=PRY_POL, i2=1, fat=3, inj=7),
]),

S("st-ak-114", "2026-10-14", """Burkina Faso: jihadists move into Diapaga after army pulls out; drone strike on market

OUAGADOUGOU, Oct 14 (Wire) - Fighters of the al Qaeda-linked JNIM entered the eastern town of Diapaga on Saturday, a day after soldiers and VDP volunteers withdrew from their positions there, residents said. There was no fighting; the fighters gathered residents at the mosque and told them not to cooperate with the army.

On Sunday, a drone struck the town's weekly market, killing at least seven people, residents said. The army said in a statement that it had "neutralised a large number of terrorists" in the Diapaga area, without mentioning civilians.

The army has not commented on its withdrawal from the town, the capital of Tapoa province near the borders with Niger and Benin.""", [
  E(cur, "Non-violent transfer of territory", "Fighters of the al Qaeda-linked JNIM entered the eastern town of Diapaga on Saturday", T("Diapaga", "BF", 1, 12.07, 1.79, "Est", "Tapoa"), "saturday",
    a1=JNIM, i1=2, a2=BFA, i2=1),
  E(cur, "Air/drone strike", "a drone struck the town's weekly market, killing at least seven people", T("Diapaga", "BF", 1, 12.07, 1.79, "Est", "Tapoa"), "sunday",
    a1=BFA, i1=1, a2="Civilians (Burkina Faso)", i2=7, fat=7),
]),

S("st-ak-115", "2026-09-10", """THE SENATE - OFFICIAL REPORT
Thursday, 10th September 2026
The House met at 2.30 p.m.

STATEMENTS

INSECURITY IN LAMU COUNTY

Sen. (Lamu): Mr. Speaker, Sir, I rise to seek a statement from the Standing Committee on National Security regarding the attack on Sunday, 6th September 2026, in which armed men attacked farmers at Juhudi village in Mpeketoni, killing four people and burning ten houses. The residents of Mpeketoni are living in fear. In the statement, the Committee should explain what measures have been taken to protect farmers.

Mr. Speaker: The statement is directed to the Standing Committee on National Security, Defence and Foreign Relations, which will respond within two weeks.

(Next Order)""", [
  E(cur, "Attack", "armed men attacked farmers at Juhudi village in Mpeketoni, killing four people and burning ten houses", T("Juhudi", "KE", 1, -2.36, 40.69, "Lamu"), "2026-09-06",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2="Civilians (Kenya)", i2=7, fat=4),
], register="official"),
]

"""Multi-event stories written for this project (issue 11), batch am: unseen by the coders in the session it was written
(2026-11-29/30, 23:48-02:48), the lead's measure of story generalisation on real-looking multi-event news, as batches s to
al. Written apart from aj, ak and al (other countries, registers and story shapes), and longer (6-15 sentences): wire
stories with recap paragraphs of older events, live blogs with several timestamps, NGO monthly summaries listing
incidents, official releases with a header and a boilerplate footer, local press in translation, one event told three
times in different words, protests broken up by police (one event), arrests before and after a raid, a town taken and
then retaken, claims and denials, threats and plans, captions of old photos, casualty tallies of a whole war (no
events), weekly security round-ups, court reports recalling the crime, features that open with a personal story, and
events in small towns with namesakes abroad (Armenia of Quindio, Victoria of Araucania, Tripoli of Lebanon, Costa Rica of
Sinaloa, Mandeville of Manchester, Broadview of Illinois, Bara of North Kordofan, Kamianske of Zaporizhzhia, Kostiantynivka
of Donetsk). Rules exercised: raids met with gunfire, men in uniform unnamed, drone debris, crowds that clash with police,
rallies kept apart, armed men on a demonstration, evictions resisted, prison riots, claims denied (current) against denials
that are the news (negated), captures claimed while fighting goes on (negated), mixed strikes told apart, daily reports.
162 stories, 338 events (282 current, 47 background, 3 threat, 3 negated, 2 caption, 1 hypothetical) of 24 sub-types,
81 countries with current events on every continent; 31 stories with no current event (statistics, trials, fact checks,
denials, campaign, disaster, crime, labour strike, threats, casualty notice, accidents, diplomacy, commemorations, hoax,
sport, a rally called off, statements).
Our own words; invented incidents at real places (background recaps of a few public incidents keep their real month or
day), public group names.
No ``split`` key: the id hash decides. Places at the project gazetteer's points (writer-b's lookups in geo.index());
retellings checked (same country within 40 km across all snippet, story and ISAF gold within a week)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


def T(name, cc, prec, lat, lon, a1, a2=None):
    """A place at the gazetteer's point (writer-b's lookups in geo.index())."""
    return P(name, cc, prec, lat=lat, lon=lon, a1=a1, a2=a2)


def CAPTION(e):
    """A caption record: the body event's keys, toll and precision left out (WRITERS.md, Captions in stories)."""
    return unscored(e, "fatalities", "injuries", "geo_precision")


SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
GEO_POL = "Police Forces of Georgia (2012-)"
BDI_POL = "Police Forces of Burundi (2020-)"; IMB = "Imbonerakure"; CNL = "CNL: National Congress for Freedom"
PAK = "Military Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"
MEX = "Military Forces of Mexico (2024-)"; CHAPITOS = "Los Chapitos"
DRC = "Military Forces of Democratic Republic of Congo (2019-)"; ADF = "ADF: Allied Democratic Forces"
AGO_POL = "Police Forces of Angola (2017-)"
TUR_POL = "Police Forces of Turkey (2002-)"; IS = "Islamic State"
MMR = "Military Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"; PSH = "Pyu Saw Htee"
AFG = "Military Forces of Afghanistan (2021-)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
BEN = "Military Forces of Benin (2016-)"; TGO = "Military Forces of Togo (2005-)"; TGO_GOV = "Government of Togo (2005-)"
GHA_GOV = "Government of Ghana (2025-)"; KUSASI = "Kusasi Ethnic Militia (Ghana)"; MAMPRUSI = "Mamprusi Ethnic Militia (Ghana)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
GBR_POL_OLD = "Police Forces of the United Kingdom (2010-2024)"; NIRA = "New IRA"
MLI = "Military Forces of Mali (2021-)"
HOU = "Military Forces of Yemen (2016-) Supreme Political Council"
PUNT = "Military Forces of Puntland (2024-)"; IS_SOM = "Islamic State (Somalia)"
IND_POL = "Police Forces of India (2014-)"; IND = "Military Forces of India (2014-)"
FULANI = "Fulani Ethnic Militia (Nigeria)"; NGA_POL = "Police Forces of Nigeria (2023-)"
HTI_POL = "Police Forces of Haiti (2024-)"; VIV = "Viv Ansanm"; MAWOZO = "400 Mawozo"
ECU_POL = "Police Forces of Ecuador (2023-)"; ECU_GOV = "Government of Ecuador (2023-)"; LOBOS = "Los Lobos"
PER_GOV = "Government of Peru (2025-)"; PER_POL = "Police Forces of Peru (2025-)"
BRA_POL = "Police Forces of Brazil (2023-)"; CV = "CV: Comando Vermelho"
COL_POL = "Police Forces of Colombia (2022-)"
CHL_POL = "Police Forces of Chile (2026-)"; CHL_GOV = "Government of Chile (2026-)"
ARG_POL = "Police Forces of Argentina (2023-)"
BOL_POL = "Police Forces of Bolivia (2025-)"; BOL_POL_OLD = "Police Forces of Bolivia (2020-2025)"
USA_POL = "Police Forces of the United States (2025-)"; USA = "Military Forces of the United States (2025-)"
FRA_POL = "Police Forces of France (2017-)"
DEU_POL = "Police Forces of Germany (2025-)"
GRC_POL = "Police Forces of Greece (2019-)"
RUS_POL = "Police Forces of Russia (2000-)"
ISR = "Military Forces of Israel (2022-)"; HEZ = "Hezbollah"
SYR_POL = "Police Forces of Syria (2024-)"; ALAWITE = "Alawite Militia (Syria)"
TUR = "Military Forces of Turkey (2002-)"; PKK = "PKK: Kurdistan Workers Party"
IRN = "Military Forces of Iran (1989-)"; PJAK = "PJAK: Party of Free Life of Kurdistan"
KEN_POL = "Police Forces of Kenya (2022-)"
ZAF_POL = "Police Forces of South Africa (2018-)"
MAR_POL = "Police Forces of Morocco (1999-)"; MAR_GEN = "Police Forces of Morocco (1999-)"

STORIES = [
S("st-am-001", "2026-08-18", """SUDAN-CONFLICT/ (UPDATE 2)
Drone strike knocks out power in Kosti; army says it repelled RSF assault near Dilling

PORT SUDAN, Aug 18 (Wire) - A drone strike blamed on the paramilitary Rapid Support Forces hit the main power station in Kosti, capital of Sudan's White Nile state, early on Tuesday, cutting electricity and water to much of the city, the state government said.

No one was hurt in the strike, which set a transformer on fire, a spokesman for the state's electricity company said. The RSF did not respond to a request for comment.

Separately, the army said its troops had repelled an attack by the RSF and allied fighters on positions east of Dilling in South Kordofan on Monday, killing "dozens" of attackers. It gave no figure for its own losses, and the claim could not be independently verified.

In North Kordofan, a volunteer group said an air strike hit a weekly livestock market in the village of Um Sumeima, west of El Obeid, on Sunday, killing 11 people and wounding more than 20. The group blamed the army's air force; the army did not comment.

Kosti, about 300 km south of Khartoum, had been spared most of the fighting until drones began reaching the city last year. It hosts tens of thousands of people displaced from Khartoum and Darfur.

The war between the army and the RSF broke out in April 2023. In late October last year the RSF seized El Fasher, the army's last stronghold in Darfur, after an 18-month siege. The conflict has killed tens of thousands of people and driven about 12 million from their homes, according to U.N. figures.""", [
  E(cur, "Air/drone strike", "A drone strike blamed on the paramilitary Rapid Support Forces hit the main power station in Kosti", T("Kosti", "SD", 1, 13.16, 32.66, "White Nile"), "tuesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "its troops had repelled an attack by the RSF and allied fighters on positions east of Dilling", T("Dilling", "SD", 2, 12.05, 29.65, "South Kordofan"), "monday",
    a1=SDN, i1=1, a2=RSF, i2=2, fat=12),
  E(cur, "Air/drone strike", "an air strike hit a weekly livestock market in the village of Um Sumeima", T("El Obeid", "SD", 2, 13.18, 30.22, "North Kordofan"), "sunday",
    a1=SDN, i1=1, a2="Civilians (Sudan)", i2=7, fat=11, inj=20),
  E(bg, "Non-state actor overtakes territory", "the RSF seized El Fasher, the army's last stronghold in Darfur", T("El Fasher", "SD", 1, 13.63, 25.35, "North Darfur"), "2025-10-01", tp=3,
    a1=RSF, i1=2, a2=SDN, i2=1),
]),

S("st-am-002", "2026-06-20", """LIVE: Tbilisi protest over jailing of opposition leaders - water cannon on Rustaveli Avenue
All times local (GMT+4)

23:55 - That's all from us tonight. Our live coverage resumes tomorrow morning.

23:10 - The interior ministry says 34 people were detained "for petty hooliganism and disobeying police orders" as the rally on Rustaveli Avenue was dispersed. Opposition parties put the number at more than 50.

22:40 - Our reporter outside parliament: riot police are now pushing the remaining protesters towards Liberty Square, using water cannon and pepper spray. Several people are being carried into police vans.

22:05 - Water cannon trucks have moved in front of parliament. Police have told the crowd over loudspeakers to leave the road within ten minutes.

21:30 - In Batumi, about 2,000 people have marched along the seafront boulevard to the city hall in solidarity with the Tbilisi rally. Local media say the march was peaceful.

20:15 - A cameraman for an independent TV channel says he was beaten by a group of masked men near the Philharmonic as he filmed people arriving for the rally. He was taken to hospital with a broken nose. Police say they are looking into it.

19:00 - Thousands have gathered outside parliament on Rustaveli Avenue, blocking traffic, after a court on Friday sentenced three opposition leaders to prison terms for refusing to appear before a parliamentary commission.""", [
  E(cur, "Protest with intervention", "riot police are now pushing the remaining protesters towards Liberty Square, using water cannon and pepper spray", T("Tbilisi", "GE", 1, 41.69, 44.83, "Tbilisi"), 0,
    a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
  E(cur, "Peaceful protest", "about 2,000 people have marched along the seafront boulevard to the city hall", T("Batumi", "GE", 1, 41.64, 41.63, "Ajaria"), 0,
    a1="Protesters (Georgia)", i1=6),
  E(cur, "Attack", "he was beaten by a group of masked men near the Philharmonic", T("Tbilisi", "GE", 1, 41.69, 44.83, "Tbilisi"), 0,
    a1="Unidentified Armed Group (Georgia)", i1=3, a2="Civilians (Georgia)", i2=7, inj=1),
], register="live"),

S("st-am-003", "2026-05-06", """MONTHLY REPORT ON THE HUMAN RIGHTS SITUATION IN BURUNDI - APRIL 2026
(English summary. The full report is published in French and Kirundi.)

In April 2026 our monitors recorded at least 9 killings, 4 cases of torture and 31 arbitrary arrests across the country. Most of the cases were attributed to members of the Imbonerakure, the youth league of the ruling CNDD-FDD party, to police officers and to agents of the National Intelligence Service (SNR).

SELECTED INCIDENTS

- On 4 April, in Cibitoke province, a group of Imbonerakure beat to death a man they accused of stealing a goat on a hill near the town of Cibitoke. The local administrator has not opened an investigation.

- On 11 April, SNR agents arrested two members of the opposition CNL party at a bar in Muyinga town. More than three weeks later their families had still not been told where they were being held.

- On 17 April, police in Ngozi arrested 12 members of the CNL who were holding a meeting at a member's house in the town, accusing them of holding an unauthorised gathering. They were released on 20 April after paying fines.

- On 23 April, unidentified armed men stopped a minibus on the national road near Kayogoro, in Makamba province, and shot dead the driver and a passenger.

OUR RECOMMENDATIONS
To the Government of Burundi: put an end to the impunity enjoyed by members of the Imbonerakure; publish the list of places of detention run by the SNR.
To the international community: make continued budget support conditional on measurable progress.

This report is based on information gathered by our network of monitors in the country's provinces. For security reasons, the names of victims and witnesses are withheld.""", [
  E(cur, "Attack", "a group of Imbonerakure beat to death a man they accused of stealing a goat", T("Cibitoke", "BI", 2, -2.89, 29.12, "Cibitoke", "Commune of Rugombo"), "2026-04-04",
    a1=IMB, i1=3, a2="Civilians (Burundi)", i2=7, fat=1),
  E(cur, "Abduction/forced disappearance", "SNR agents arrested two members of the opposition CNL party at a bar in Muyinga town", T("Muyinga", "BI", 1, -2.85, 30.34, "Muyinga", "Muyinga"), "2026-04-11",
    a1=BDI_POL, i1=1, a2="Civilians (Burundi)", i2=7),
  E(cur, "Arrests", "police in Ngozi arrested 12 members of the CNL", T("Ngozi", "BI", 1, -2.91, 29.83, "Ngozi", "Ngozi"), "2026-04-17",
    a1=BDI_POL, i1=1, a2=CNL, i2=7),
  E(cur, "Attack", "unidentified armed men stopped a minibus on the national road near Kayogoro", T("Kayogoro", "BI", 2, -4.23, 29.77, "Makamba", "Mabanda"), "2026-04-23",
    a1="Unidentified Armed Group (Burundi)", i1=3, a2="Civilians (Burundi)", i2=7, fat=2),
], register="ngo"),

S("st-am-004", "2026-07-22", """INTER SERVICES PUBLIC RELATIONS
PRESS RELEASE
No PR-189/2026-ISPR
Rawalpindi - 22 July 2026

On 21 July 2026, security forces conducted an intelligence based operation in Tank District on reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij.

During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, five khwarij were sent to hell.

In another encounter on the same day in general area Datta Khel, North Waziristan District, own troops engaged khwarij hiding in a compound. Two khwarij were killed, while two soldiers, having fought gallantly, embraced shahadat.

Weapons and ammunition were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities in the area.

Sanitisation operation is being conducted to eliminate any other khwarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.

Sons of soil from Tank and North Waziristan, having fought gallantly, paid the ultimate sacrifice; their sacrifices further strengthen our resolve.

-ooOoo-""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in Tank District", T("Tank", "PK", 3, 32.22, 70.38, "Khyber Pakhtunkhwa", "Tank"), "2026-07-21",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=5),
  E(cur, "Armed clash", "own troops engaged khwarij hiding in a compound", T("Datta Khel", "PK", 2, 32.91, 69.74, "Khyber Pakhtunkhwa", "North Waziristan"), "2026-07-21",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=4),
], register="official"),

S("st-am-005", "2026-06-09", """Culiacán: five bodies left beside the road to Eldorado; gun battle in Navolato
(Translated from Spanish. First published by a Culiacán news site.)

The bodies of five men were found on Monday morning on the side of the Culiacán-Eldorado highway, at the entrance to the community of Costa Rica, the Sinaloa State Prosecutor's Office reported. The victims had their hands tied and showed gunshot wounds. Beside them was a banner signed by "Los Chapitos", the prosecutor's office said, without revealing its content.

On Sunday night, gunmen and soldiers exchanged fire for about 40 minutes in the Bariometo area of Navolato municipality after a military patrol was attacked, the Defence Ministry said. Two attackers were killed and one soldier was wounded; the troops seized four rifles and an armoured pickup truck.

Also on Monday, around 200 relatives of missing people marched from the main square of Eldorado to the municipal offices to demand that the authorities resume searches in the area. The march ended without incident.

Many shops in the centre of Culiacán did not open on Monday after messages on social media warned of new shootings.

Since the war between "Los Chapitos" and "La Mayiza", the two factions of the Sinaloa Cartel, broke out in September 2024, the prosecutor's office has recorded more than 2,300 homicides in the state and more than 2,000 people reported missing.""", [
  E(cur, "Attack", "The bodies of five men were found on Monday morning on the side of the Culiacán-Eldorado highway", T("Costa Rica", "MX", 2, 24.59, -107.39, "Sinaloa", "Culiacan"), "monday",
    a1=CHAPITOS, i1=3, a2="Civilians (Mexico)", i2=7, fat=5),
  E(cur, "Armed clash", "gunmen and soldiers exchanged fire for about 40 minutes in the Bariometo area of Navolato municipality", T("Bariometo", "MX", 2, 24.77, -107.66, "Sinaloa", "Navolato"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=2, inj=1),
  E(cur, "Peaceful protest", "around 200 relatives of missing people marched from the main square of Eldorado", T("Eldorado", "MX", 1, 24.32, -107.37, "Sinaloa", "Culiacan"), "monday",
    a1="Protesters (Mexico)", i1=6),
], register="local"),

S("st-am-006", "2026-09-08", """CONGO-VIOLENCE/
Suspected ADF rebels kill 18 at funeral wake in eastern Congo

BENI, Congo, Sept 8 (Wire) - Suspected Allied Democratic Forces rebels killed at least 18 people at a funeral wake in a village near Mangina in North Kivu province overnight into Monday, local officials and a civil society leader said.

The attackers, armed with machetes and guns, surrounded the compound where mourners had gathered for the night. "They came while we were singing for the dead man. They cut people with machetes and shot those who ran," a survivor said by telephone from Mangina.

The territory administrator said 18 bodies had been recovered by Monday afternoon and that several people were still missing. A Red Cross volunteer said the toll from the night's killings could pass 25.

On Monday afternoon, Congolese troops pursuing the attackers clashed with them near Eringeti, about 35 km to the north-east, and killed three, an army spokesman said. One soldier was wounded.

The massacre at the wake is the deadliest in the Beni area since July last year, when ADF fighters attacked a Catholic church in Komanda, in neighbouring Ituri province, during a night vigil, killing more than 40 worshippers.

The ADF, a group of Ugandan origin that pledged allegiance to Islamic State in 2019, has been the target of joint Congolese and Ugandan military operations since late 2021.""", [
  E(cur, "Attack", "Suspected Allied Democratic Forces rebels killed at least 18 people at a funeral wake", T("Mangina", "CD", 2, 0.60, 29.31, "North Kivu", "Oicha"), "monday",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=18),
  E(cur, "Armed clash", "Congolese troops pursuing the attackers clashed with them near Eringeti", T("Eringeti", "CD", 2, 0.58, 29.63, "North Kivu"), "monday",
    a1=DRC, i1=1, a2=ADF, i2=2, fat=3, inj=1),
  E(bg, "Attack", "ADF fighters attacked a Catholic church in Komanda", T("Komanda", "CD", 1, 1.37, 29.77, "Ituri"), "2025-07-01", tp=3,
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=40),
]),

S("st-am-007", "2026-03-29", """Angola police fire tear gas at Luanda march over fuel prices

LUANDA, March 29 (Wire) - Angolan police fired tear gas and detained dozens of people on Saturday to break up a march in Luanda against a new rise in fuel prices, witnesses and a human rights group said.

Several hundred people, many of them young, had set off from Largo da Independencia towards the National Assembly, chanting against the government. Police blocked the avenue near the Sao Paulo market and ordered the crowd to disperse.

When the marchers refused, officers fired tear gas canisters and chased people into side streets, beating some with batons, a Wire reporter saw. A Luanda-based rights group said 43 people had been detained; police put the number at 29 and said they had acted against an "unauthorised gathering".

In Benguela, some 300 people held a sit-in in front of the provincial government building on Saturday without incident, local radio reported.

It was the largest protest in the capital since July last year, when a strike by taxi drivers against a diesel price increase turned into three days of rioting and looting in Luanda's outer districts. Police said at the time that 30 people had been killed, including a police officer, and more than 1,500 arrested.

The government says the cuts to fuel subsidies are needed to bring down the public debt.""", [
  E(cur, "Protest with intervention", "Angolan police fired tear gas and detained dozens of people on Saturday to break up a march in Luanda", T("Luanda", "AO", 1, -8.84, 13.23, "Luanda"), "saturday",
    a1="Protesters (Angola)", i1=6, a2=AGO_POL, i2=1),
  E(cur, "Peaceful protest", "some 300 people held a sit-in in front of the provincial government building", T("Benguela", "AO", 1, -12.58, 13.40, "Benguela"), "saturday",
    a1="Protesters (Angola)", i1=6),
  unscored(E(bg, "Violent demonstration", "turned into three days of rioting and looting in Luanda's outer districts", T("Luanda", "AO", 2, -8.84, 13.23, "Luanda"), "2025-07-01", tp=3,
    a1="Rioters (Angola)", i1=5, fat=30), "actor2", "inter2"),
]),

S("st-am-008", "2026-01-15", """TURKEY-SECURITY/
Gendarme killed in shootout with Islamic State suspects in southeast Turkey; more detentions

ANKARA, Jan 15 (Wire) - A Turkish gendarmerie sergeant and two suspected Islamic State militants were killed on Wednesday in a shootout during a raid on a house in a village near Siverek in Sanliurfa province, the interior minister said.

Gendarmes surrounded the house at dawn after receiving intelligence that members of the group were preparing attacks, the minister said on social media. The suspects opened fire from inside and threw a hand grenade, wounding four gendarmes. Two other suspects were captured alive.

The raid followed the detention on Sunday of nine suspected Islamic State members in dawn operations in Istanbul's Esenyurt and Kucukcekmece districts, police said. Among those held was a Syrian national alleged to be the cell's financier.

On Thursday, police in Gaziantep detained another 20 suspects, some of them foreign nationals, in simultaneous raids on addresses in the city, state broadcaster TRT reported.

Islamic State claimed a gun attack on a Catholic church in Istanbul in January 2024 in which one person was killed. Turkey has detained thousands of suspects since an Islamic State gunman killed 39 people at an Istanbul nightclub on New Year's night in 2017.""", [
  E(cur, "Armed clash", "A Turkish gendarmerie sergeant and two suspected Islamic State militants were killed on Wednesday in a shootout", T("Siverek", "TR", 2, 37.76, 39.32, "Sanlıurfa", "Siverek Ilcesi"), "wednesday",
    a1=IS, i1=2, a2=TUR_POL, i2=1, fat=3, inj=4),
  E(cur, "Arrests", "the detention on Sunday of nine suspected Islamic State members in dawn operations", T("Istanbul", "TR", 2, 41.01, 28.95, "Istanbul"), "sunday",
    a1=TUR_POL, i1=1, a2=IS, i2=2),
  E(cur, "Arrests", "police in Gaziantep detained another 20 suspects", T("Gaziantep", "TR", 1, 37.06, 37.38, "Gaziantep"), "thursday",
    a1=TUR_POL, i1=1, a2=IS, i2=2),
  E(bg, "Attack", "a gun attack on a Catholic church in Istanbul in January 2024", T("Istanbul", "TR", 1, 41.01, 28.95, "Istanbul"), "2024-01-01", tp=3,
    a1=IS, i1=2, a2="Civilians (Turkey)", i2=7, fat=1),
  E(bg, "Attack", "an Islamic State gunman killed 39 people at an Istanbul nightclub", T("Istanbul", "TR", 1, 41.01, 28.95, "Istanbul"), "2017-01-01",
    a1=IS, i1=2, a2="Civilians (Turkey)", i2=7, fat=39),
]),

S("st-am-009", "2026-04-24", """Resistance fighters pull out of Pinlebu as junta troops return
(Translated from Burmese. First published by an exile news outlet.)

Junta troops re-entered the town of Pinlebu in Sagaing region on Thursday, a day after resistance forces pulled out, residents and a local People's Defence Force (PDF) commander said.

The PDF and allied groups had captured the town on 13 April after a four-day battle in which they overran the police station and the township administration office. It was the first township seat in northern Sagaing to fall to the resistance this year.

Since then the junta has bombed the town almost daily. On Tuesday, a fighter jet dropped two bombs on a monastery in the town where displaced families were sheltering, killing seven people, including three children, and wounding 12, a monk at the monastery said.

"We withdrew to protect the civilians. We cannot defend the town against the air strikes," the PDF commander said.

About 200 junta soldiers, backed by men of the pro-junta Pyu Saw Htee militia, moved into the town from the direction of Wuntho on Thursday morning without meeting resistance, residents said.

Most of Pinlebu's residents have fled to villages in the surrounding hills, and the town's market was deserted on Thursday.""", [
  E(cur, "Non-violent transfer of territory", "Junta troops re-entered the town of Pinlebu in Sagaing region on Thursday", T("Pinlebu", "MM", 1, 24.08, 95.37, "Sagaing"), "thursday",
    a1=MMR, i1=1, a2=PDF, i2=2, assoc_actor_1=PSH),
  unscored(E(bg, "Non-state actor overtakes territory", "The PDF and allied groups had captured the town on 13 April", T("Pinlebu", "MM", 1, 24.08, 95.37, "Sagaing"), "2026-04-13",
    a1=PDF, i1=2, a2=MMR, i2=1), "fatalities", "injuries"),
  E(cur, "Air/drone strike", "a fighter jet dropped two bombs on a monastery in the town", T("Pinlebu", "MM", 1, 24.08, 95.37, "Sagaing"), "tuesday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=7, inj=12),
], register="local"),

S("st-am-010", "2026-02-03", """Pakistan, Afghanistan trade blame after border clash at Chaman; Taliban say three civilians killed

ISLAMABAD/KABUL, Feb 3 (Wire) - Pakistani and Afghan Taliban forces exchanged heavy fire across the border near the Chaman crossing late on Monday, officials on both sides said, and the Taliban administration said three civilians were killed when Pakistani mortar rounds hit houses in Spin Boldak.

A spokesman for the Taliban's defence ministry said Pakistani forces had "violated Afghan territory" and that Afghan border forces had responded, destroying two Pakistani posts. Pakistan's military denied losing any posts and said its troops had "responded befittingly to unprovoked firing" by Afghan forces, killing "several" Taliban fighters.

A Pakistani security official, speaking on condition of anonymity, denied that Pakistani shells had landed on homes. "Our fire was aimed only at the posts from which we were targeted," he said.

The Chaman crossing, one of the main trade routes between the two countries, was closed on Tuesday and hundreds of trucks were stranded on both sides, traders said.

Relations between the neighbours have been strained since deadly fighting along the frontier in October last year, which ended with a ceasefire mediated by Qatar and Turkey. Islamabad accuses the Taliban of sheltering the Pakistani Taliban, a charge Kabul denies.

The Taliban's defence ministry warned that any further "aggression" would receive a "crushing response".""", [
  E(cur, "Armed clash", "Pakistani and Afghan Taliban forces exchanged heavy fire across the border near the Chaman crossing", T("Chaman", "PK", 2, 30.92, 66.45, "Balochistan", "Qila Abdullah"), "monday",
    a1=PAK, i1=1, a2=AFG, i2=8, fat=3),
  E(cur, "Shelling/artillery/missile attack", "Pakistani mortar rounds hit houses in Spin Boldak", T("Spin Boldak", "AF", 1, 31.01, 66.40, "Kandahar", "Spin Boldak"), "monday",
    a1=PAK, i1=8, a2="Civilians (Afghanistan)", i2=7, fat=3),
]),

S("st-am-011", "2026-06-25", """The road where the drones hunt: a morning on Kherson's riverside

KHERSON, Ukraine - Every morning at seven, Nadiia, 67, pushes her bicycle past the burned-out bus stop at the end of her street and listens. "You hear it before you see it," she says. "Then you lie down in the ditch and pray."

Nadiia is one of about 60,000 people who still live in Kherson, a city that had nearly 300,000 before the war. Her neighbourhood, a few hundred metres from the Dnipro, is within easy reach of the small drones flown from the Russian-held left bank.

On Tuesday, a Russian drone dropped an explosive on a city bus in the Dniprovskyi district, killing the driver and wounding five passengers, the regional military administration said. Hours later another drone struck a car carrying volunteers who were delivering bread in Bilozerka, west of the city, wounding two of them.

Caption: Firefighters at the bus hit by a Russian drone in Kherson on Tuesday.

Kherson was occupied by Russian forces for eight months until they withdrew across the Dnipro in November 2022 and Ukrainian troops entered the city to cheering crowds.

Caption: Residents greet Ukrainian soldiers in Kherson's main square, November 2022.

Local officials say drones have killed more than 200 residents of the region since the start of the year. Nadiia has no plans to leave. "Where would I go? My husband is buried here," she says.""", [
  E(cur, "Air/drone strike", "a Russian drone dropped an explosive on a city bus in the Dniprovskyi district", T("Kherson", "UA", 2, 46.64, 32.61, "Kherson", "Khersonskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1, inj=5),
  E(cur, "Air/drone strike", "another drone struck a car carrying volunteers who were delivering bread in Bilozerka", T("Bilozerka", "UA", 1, 46.63, 32.44, "Kherson", "Khersonskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  CAPTION(E(cap, "Air/drone strike", "Firefighters at the bus hit by a Russian drone in Kherson on Tuesday", T("Kherson", "UA", 2, 46.64, 32.61, "Kherson", "Khersonskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7)),
  E(bg, "Non-violent transfer of territory", "they withdrew across the Dnipro in November 2022 and Ukrainian troops entered the city", T("Kherson", "UA", 1, 46.64, 32.61, "Kherson", "Khersonskyi"), "2022-11-01", tp=3,
    a1=UKR, i1=1, a2=RUS, i2=8),
], register="feature"),

S("st-am-012", "2026-07-02", """Three years into the Amhara conflict, nobody is counting the dead

ADDIS ABABA, July 2 (Wire) - Three years after fighting broke out between Ethiopia's federal army and Fano militias in the Amhara region, aid agencies say they still cannot put a reliable figure on the number of people killed.

A monitoring group that tracks political violence from open sources has recorded more than 8,000 deaths linked to the conflict since August 2023, but says the real figure is probably much higher because of long internet shutdowns and restrictions on journalists.

The U.N. humanitarian office says more than 4 million people in the region need assistance and that about 3 million children missed school last year. Health workers say at least 400 health facilities have been damaged or looted.

Rights groups have documented dozens of drone strikes on markets, buses and schools, as well as mass detentions of young men in the region's towns, and accuse both sides of killing civilians.

The government says its operations are aimed at "extremist forces" and that life is returning to normal in most of the region. Fano factions say they control much of the countryside.

No peace talks have been announced.""", [], negative="statistics"),

S("st-am-013", "2026-03-30", """SECURITY WEEKLY | Coastal West Africa | 23-29 March 2026
Prepared for clients by a regional risk consultancy. Not for redistribution.

BENIN
- Alibori: Suspected JNIM militants attacked a military post at Karimama on the Niger river on Wednesday morning, the army said. Four soldiers and an unknown number of assailants were killed; the attackers set fire to two army vehicles before withdrawing towards Niger.
- Atacora: no significant incident reported this week.

TOGO
- Savanes: An improvised explosive device hit a military vehicle on the road between Mandouri and Dapaong on Friday, wounding two soldiers, security sources said.
- Savanes: The council of ministers on Thursday extended the state of security emergency in the Savanes region by a further six months.

GHANA
- Upper East: Gunfire broke out between Kusasi and Mamprusi youths in Bawku on Saturday night, killing two people, police said. The interior minister on Sunday extended the curfew in the Bawku municipality, now from 4 p.m. to 7 a.m.

IVORY COAST
- No incident recorded.

OUTLOOK
JNIM is likely to keep up attacks on military positions along Benin's northern border during the dry season. Travel on roads in northern Benin and Togo should be limited to daylight hours.""", [
  E(cur, "Armed clash", "Suspected JNIM militants attacked a military post at Karimama", T("Karimama", "BJ", 1, 12.07, 3.18, "Alibori"), "wednesday",
    a1=JNIM, i1=2, a2=BEN, i2=1, fat=4),
  E(cur, "Remote explosive/landmine/IED", "An improvised explosive device hit a military vehicle on the road between Mandouri and Dapaong", T("Mandouri", "TG", 2, 10.85, 0.82, "Savanes"), "friday",
    a1="Unidentified Armed Group (Togo)", i1=3, a2=TGO, i2=1, inj=2),
  E(cur, "Other", "extended the state of security emergency in the Savanes region by a further six months", T("Savanes", "TG", 3, 10.86, 0.21, "Savanes"), "thursday",
    a1=TGO_GOV, i1=1),
  E(cur, "Armed clash", "Gunfire broke out between Kusasi and Mamprusi youths in Bawku on Saturday night", T("Bawku", "GH", 1, 11.06, -0.24, "Upper East", "Bawku Municipal"), "saturday",
    a1=KUSASI, i1=4, a2=MAMPRUSI, i2=4, fat=2),
  E(cur, "Other", "extended the curfew in the Bawku municipality", T("Bawku", "GH", 1, 11.06, -0.24, "Upper East", "Bawku Municipal"), "sunday",
    a1=GHA_GOV, i1=1),
], register="digest"),

S("st-am-014", "2026-11-19", """Two men jailed over bomb under police officer's car in Dungiven

BELFAST, Nov 19 - Two men were jailed on Thursday for a total of 31 years for their part in a New IRA bomb attack on an off-duty police officer in Dungiven, County Londonderry, in March 2024.

The officer, a sergeant with 20 years' service, was seriously injured when the device exploded under his car as he drove away from his home on the morning of 14 March 2024. He lost part of his left leg and has not returned to work.

Belfast Crown Court heard that the two defendants, aged 34 and 41, had scouted the officer's street for several weeks and that DNA belonging to one of them was found on tape used to build the device. The New IRA admitted the attack in a statement to a newspaper days later.

Sentencing them, the judge said the attack had been "cowardly and calculated" and had been intended to kill. "That the officer survived is no credit to you," he said.

Outside the court, the Police Service of Northern Ireland's chief constable said the officer had shown "extraordinary courage". He said the threat level from dissident republicans in Northern Ireland remained "substantial".

A third man was acquitted of all charges.""", [
  E(bg, "Remote explosive/landmine/IED", "the device exploded under his car as he drove away from his home", T("Dungiven", "GB", 1, 54.93, -6.92, "Northern Ireland", "Causeway Coast and Glens"), "2024-03-14",
    a1=NIRA, i1=2, a2=GBR_POL_OLD, i2=1, fat=0, inj=1),
], negative="trial", register="local"),

S("st-am-015", "2026-09-25", """Mali's JNIM announces blockade of Kayes region; tanker convoy burned near Diema

BAMAKO, Sept 25 (Wire) - The al Qaeda-linked JNIM group said on Thursday it would block all traffic on the roads into Mali's western Kayes region from October 1 and warned transport companies that vehicles defying the order would be burned.

In an audio message shared on social media, a JNIM spokesman said the measure was aimed at "choking" the military government and told drivers from Senegal and Mauritania to stay away.

On Wednesday, suspected JNIM fighters attacked a convoy of fuel tankers escorted by soldiers about 20 km east of Diema on the Bamako-Kayes road, setting at least 15 tankers on fire, a transport union official and a local elected official said. The escort fought back for about an hour. Two soldiers and three drivers were killed, according to the union.

The army said on Thursday it had carried out air strikes on JNIM hideouts in the Wagadou forest, north of Diema, destroying "several motorcycles and logistics". It gave no toll.

JNIM has attacked hundreds of fuel tankers on Malian roads over the past year, causing shortages that closed schools in Bamako for weeks.

A government spokesman said the army would "secure all the corridors" and that convoys to and from Dakar would travel under military escort from next week.""", [
  E(cur, "Armed clash", "suspected JNIM fighters attacked a convoy of fuel tankers escorted by soldiers about 20 km east of Diema", T("Diema", "ML", 2, 14.54, -9.19, "Kayes"), "wednesday",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=5),
  E(cur, "Air/drone strike", "it had carried out air strikes on JNIM hideouts in the Wagadou forest", T("Diema", "ML", 2, 14.54, -9.19, "Kayes"), "thursday", tp=2,
    a1=MLI, i1=1, a2=JNIM, i2=2),
  unscored(E(thr, "Other", "it would block all traffic on the roads into Mali's western Kayes region from October 1", T("Kayes", "ML", 3, 14.45, -11.44, "Kayes"), None,
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7), "event_date", "fatalities", "injuries", "geo_precision"),
]),
S("st-am-016", "2026-05-17", """SOMALIA-SECURITY/
Puntland says it overran Islamic State cave base; roadside bomb kills six near Afgooye

GAROWE/MOGADISHU, May 17 (Wire) - Forces of Somalia's semi-autonomous Puntland region said on Saturday they had captured a network of caves used by Islamic State fighters in the Cal Miskaad mountains, east of Bosaso, after two days of fighting in which 14 militants were killed.

Three Puntland soldiers were killed and nine wounded in the fighting, a commander said by telephone from the front line. Islamic State did not comment.

Puntland launched an offensive against the group's Somali branch at the end of 2024 and says it has since cleared most of its mountain bases, helped by U.S. air strikes.

In the south, a roadside bomb tore through a minibus carrying traders on the road into Afgooye, 30 km west of Mogadishu, on Sunday morning, killing six passengers and wounding four, police said.

No group claimed the blast. "The minibus was full of women going to sell vegetables," said a relative of one of the victims.

The al Qaeda-linked al Shabaab, which is fighting the federal government, often plants such bombs on roads in the Lower Shabelle region.""", [
  E(cur, "Government regains territory", "they had captured a network of caves used by Islamic State fighters in the Cal Miskaad mountains", T("Cal Miskaad", "SO", 2, 10.95, 49.55, "Bari"), "saturday", tp=2,
    a1=PUNT, i1=1, a2=IS_SOM, i2=2, fat=17, inj=9),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb tore through a minibus carrying traders on the road into Afgooye", T("Afgooye", "SO", 2, 2.14, 45.12, "Lower Shabelle", "Afgooye"), "sunday",
    a1="Unidentified Armed Group (Somalia)", i1=3, a2="Civilians (Somalia)", i2=7, fat=6, inj=4),
]),

S("st-am-017", "2026-04-16", """Two farmers shot dead in Bishnupur paddy fields; three armed men held in Churachandpur

IMPHAL, April 16: Two farmers were shot dead by suspected armed miscreants firing from the hills while they were working in their paddy fields at Phubala, under Moirang police station in Bishnupur district, on Tuesday morning, police said.

The firing started at around 9.30 am from positions on the hill range to the west of the fields. Other farmers fled to the village, leaving the bodies in the field until security forces recovered them around noon. Security forces rushed to the spot and launched a search operation in the area.

On Wednesday, a combined team of police and Assam Rifles arrested three members of an armed group at a village in Churachandpur district and seized two rifles and a grenade, a police statement said. It did not say whether the three were linked to Tuesday's killings.

Thousands of women, many carrying torches, staged a sit-in at Moirang on Wednesday demanding protection for farmers in the foothills and blocked the Imphal-Churachandpur road for several hours.

Farmers in the valley districts have stayed away from fields near the foothills for much of the past two planting seasons.

More than 260 people have been killed and about 60,000 displaced since ethnic violence between the Meitei and Kuki-Zo communities broke out in May 2023.""", [
  E(cur, "Attack", "Two farmers were shot dead by suspected armed miscreants firing from the hills", T("Moirang", "IN", 2, 24.50, 93.78, "Manipur", "Bishnupur"), "tuesday",
    a1="Unidentified Armed Group (India)", i1=3, a2="Civilians (India)", i2=7, fat=2),
  E(cur, "Arrests", "a combined team of police and Assam Rifles arrested three members of an armed group at a village in Churachandpur district", T("Churachandpur", "IN", 3, 24.33, 93.67, "Manipur", "Churachandpur"), "wednesday",
    a1=IND_POL, i1=1, a2="Unidentified Armed Group (India)", i2=3, assoc_actor_1=IND),
  E(cur, "Peaceful protest", "Thousands of women, many carrying torches, staged a sit-in at Moirang", T("Moirang", "IN", 1, 24.50, 93.78, "Manipur", "Bishnupur"), "wednesday",
    a1="Protesters (India)", i1=6),
], register="local"),

S("st-am-018", "2026-10-09", """'They came while we slept': Benue village counts its dead

GBAJIMBA, Nigeria, Oct 9 - Mnena was asleep with her three children when the shooting started. She ran into the bush behind her house and lay in the grass until dawn. When she came back, her husband and her brother-in-law were dead in the yard and the family's yam barn was on fire.

At least 17 people were killed when armed herders attacked her village in Guma local government area of Benue state on Monday night, the local council chairman said. Police put the toll at 12 and said eight people were wounded.

Survivors said the attackers came on foot and on motorcycles and shot at anyone who ran. Several houses were burned.

On Wednesday, police said they had arrested six suspects in connection with the attack during a raid on a herders' settlement near Makurdi, the state capital, and recovered three rifles.

The attack was the deadliest in Benue since June last year, when gunmen killed about 100 people in the town of Yelwata, in the same local government area, according to Amnesty International.

Mnena's children now sleep in a classroom at a school in Gbajimba, the council headquarters, with some 2,000 other displaced people. "We don't know if we can ever go back," she said.""", [
  E(cur, "Attack", "armed herders attacked her village in Guma local government area of Benue state on Monday night", T("Guma", "NG", 3, 7.82, 8.86, "Benue", "Guma"), "monday",
    a1=FULANI, i1=4, a2="Civilians (Nigeria)", i2=7, fat=12, inj=8),
  E(cur, "Arrests", "they had arrested six suspects in connection with the attack during a raid on a herders' settlement near Makurdi", T("Makurdi", "NG", 2, 7.73, 8.52, "Benue", "Markurdi"), "wednesday", tp=2,
    a1=NGA_POL, i1=1, a2=FULANI, i2=4),
  E(bg, "Attack", "gunmen killed about 100 people in the town of Yelwata", T("Yelwata", "NG", 1, 7.88, 8.66, "Benue"), "2025-06-01", tp=3,
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=100),
], register="feature"),

S("st-am-019", "2026-07-29", """RADYO BULLETIN - 7 A.M. NEWS (translated from Haitian Creole)

Good morning. Here are the main headlines.

Lascahobas: Armed men of the Viv Ansanm coalition attacked the town overnight, setting fire to several houses near the police station. Police and soldiers of the Armed Forces of Haiti fought them for several hours before the attackers withdrew towards Mirebalais around 3 a.m. The police spokesman says five bandits were killed and two officers were wounded.

Croix-des-Bouquets: A drone operated by the government task force struck a house used by the 400 Mawozo gang on Tuesday afternoon, the prime minister's office said. Four gang members were killed, it said.

Delmas: Residents of Delmas 32 blocked the main road with burning tyres and rocks on Tuesday to protest against a wave of kidnappings in the area. Traffic was halted for most of the day.

Weather: showers expected in the afternoon in the West and Centre departments.

That was the 7 a.m. news. Stay with us.""", [
  E(cur, "Armed clash", "Armed men of the Viv Ansanm coalition attacked the town overnight", T("Lascahobas", "HT", 1, 18.83, -71.94, "Centre", "Arrondissement de Lascahobas"), 0, tp=2,
    a1=VIV, i1=3, a2=HTI_POL, i2=1, fat=5, inj=2),
  E(cur, "Air/drone strike", "A drone operated by the government task force struck a house used by the 400 Mawozo gang", T("Croix-des-Bouquets", "HT", 1, 18.58, -72.23, "Ouest", "Arrondissement de Croix des Bouquets"), "tuesday",
    a1=HTI_POL, i1=1, a2=MAWOZO, i2=3, fat=4),
  E(cur, "Violent demonstration", "blocked the main road with burning tyres and rocks on Tuesday", T("Delmas", "HT", 2, 18.54, -72.30, "Ouest", "Arrondissement de Port-au-Prince"), "tuesday",
    a1="Rioters (Haiti)", i1=5),
], register="radio"),

S("st-am-020", "2026-07-24", """ECUADOR-VIOLENCE/
Gunmen kill eight at cockfighting ring in Ecuador's Quevedo; four held in raids

QUITO, July 24 (Wire) - Gunmen opened fire on spectators at a cockfighting ring in the city of Quevedo in Ecuador's Los Rios province on Sunday night, killing eight people and wounding five, police said.

About a dozen attackers arrived in two pickup trucks and fired at the crowd with rifles before fleeing, a police commander told reporters. Police said the attack was linked to a dispute between Los Lobos and Los Tiguerones, the two gangs fighting for control of drug routes in the province, and that the gunmen belonged to a Los Lobos cell.

On Thursday, police raided houses in the provincial capital Babahoyo and arrested four suspected members of Los Lobos over the killings, seizing two rifles and a pickup truck that matched the description given by witnesses.

Also on Thursday, President Daniel Noboa extended for 30 days a state of exception in Los Rios province, which allows soldiers to patrol the streets alongside police.

Ecuador recorded more than 8,000 violent deaths last year, the highest rate in Latin America, according to government figures.""", [
  E(cur, "Attack", "Gunmen opened fire on spectators at a cockfighting ring in the city of Quevedo", T("Quevedo", "EC", 1, -1.03, -79.46, "Los Rios", "Quevedo"), "sunday",
    a1=LOBOS, i1=3, a2="Civilians (Ecuador)", i2=7, fat=8, inj=5),
  E(cur, "Arrests", "police raided houses in the provincial capital Babahoyo and arrested four suspected members of Los Lobos", T("Babahoyo", "EC", 1, -1.80, -79.52, "Los Rios", "Babahoyo"), "thursday",
    a1=ECU_POL, i1=1, a2=LOBOS, i2=3),
  E(cur, "Other", "extended for 30 days a state of exception in Los Rios province", T("Los Rios", "EC", 3, -1.80, -79.52, "Los Rios"), "thursday",
    a1=ECU_GOV, i1=1),
]),

S("st-am-021", "2026-03-05", """Peru: four killed in shootout between rival gangs at gold mine in Pataz

LIMA, March 5 (Wire) - Four men were killed in a shootout between rival armed groups at an informal gold mine near Tayabamba, in Peru's Pataz province, on Tuesday, police said.

The groups, which the police described as criminal gangs hired to control access to mine tunnels, exchanged fire for about two hours with rifles and explosives. Police found four bodies at the entrance to a tunnel on Wednesday.

Separately, soldiers and police arrested 22 people for illegal mining in an operation in the province on Wednesday and destroyed equipment worth about 3 million soles, the interior ministry said.

The government on Thursday extended the state of emergency in Pataz by 60 days. The measure, first declared in 2024, allows the armed forces to support the police.

In May last year, 13 security guards working at a mine in Pataz were abducted and killed by an armed gang. Their bodies were found inside a tunnel.

Pataz, in the Andes of La Libertad region, produces a large share of Peru's gold, much of it mined informally.""", [
  E(cur, "Armed clash", "Four men were killed in a shootout between rival armed groups at an informal gold mine near Tayabamba", T("Tayabamba", "PE", 2, -8.28, -77.30, "La Libertad", "Pataz"), "tuesday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Unidentified Armed Group (Peru)", i2=3, fat=4),
  E(cur, "Other", "extended the state of emergency in Pataz by 60 days", T("Pataz", "PE", 3, -8.28, -77.30, "La Libertad", "Pataz"), "thursday",
    a1=PER_GOV, i1=1),
  E(bg, "Attack", "13 security guards working at a mine in Pataz were abducted and killed by an armed gang", T("Pataz", "PE", 3, -8.28, -77.30, "La Libertad", "Pataz"), "2025-05-01", tp=3,
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=13),
]),

S("st-am-022", "2026-09-17", """BRAZIL-CRIME/
Five killed in Rio police raid on Mare favelas; buses torched in Duque de Caxias

RIO DE JANEIRO, Sept 17 (Wire) - Five suspected gang members were killed on Wednesday in a police operation against the Comando Vermelho drug faction in the Mare complex of favelas in northern Rio de Janeiro, state police said.

Officers were met with gunfire as they entered the area at dawn, police said, and a police officer was wounded in the leg. Schools and health clinics in the area closed for the day, affecting some 15,000 children.

Hours later, six buses were set on fire in Duque de Caxias, on the edge of the city, on orders of Comando Vermelho leaders in retaliation for the raid, according to the state security secretary. Passengers and drivers were ordered off before the buses were torched, and nobody was hurt.

Residents of the Mare staged a protest at the entrance to the complex in the evening, holding up placards reading "Stop killing us".

Human rights groups have criticised the state's police raids since an operation in the Alemao and Penha complexes in October last year left 121 people dead, including four police officers, the deadliest police action in Brazil's history.""", [
  E(cur, "Armed clash", "Five suspected gang members were killed on Wednesday in a police operation against the Comando Vermelho drug faction", T("Rio de Janeiro", "BR", 2, -22.91, -43.18, "Rio de Janeiro", "Rio de Janeiro"), "wednesday",
    a1=CV, i1=3, a2=BRA_POL, i2=1, fat=5, inj=1),
  E(cur, "Looting/property destruction", "six buses were set on fire in Duque de Caxias", T("Duque de Caxias", "BR", 1, -22.79, -43.31, "Rio de Janeiro", "Duque de Caxias"), "wednesday",
    a1=CV, i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "Residents of the Mare staged a protest at the entrance to the complex", T("Rio de Janeiro", "BR", 2, -22.91, -43.18, "Rio de Janeiro", "Rio de Janeiro"), "wednesday",
    a1="Protesters (Brazil)", i1=6),
  E(bg, "Armed clash", "an operation in the Alemao and Penha complexes in October last year left 121 people dead", T("Rio de Janeiro", "BR", 2, -22.91, -43.18, "Rio de Janeiro", "Rio de Janeiro"), "2025-10-01", tp=3,
    a1=BRA_POL, i1=1, a2=CV, i2=3, fat=121),
]),

S("st-am-023", "2026-08-29", """Grenade hurled at police post in Armenia, Quindio; two arrested in Calarca
(Translated from Spanish. First published by a newspaper of Colombia's coffee region.)

A man on a motorcycle threw a grenade at a police post (CAI) in a neighbourhood in the south of Armenia, the capital of Quindio department, on Wednesday night, wounding two police officers and a street vendor, the Armenia metropolitan police said.

The device exploded in front of the post at about 9.40 p.m. The three wounded were taken to the San Juan de Dios hospital; one of the officers was in a serious condition.

The police commander said the attack was retaliation by a criminal gang that controls drug dealing in several neighbourhoods of the city, after the seizure of 40 kilos of marijuana last week.

On Friday, police arrested two men aged 19 and 23 in the neighbouring municipality of Calarca, whom they accused of taking part in the attack. One of them was carrying a pistol.

The mayor of Armenia offered a reward of 20 million pesos for information on those who ordered the attack.

It was the third attack on police in the department this year.""", [
  E(cur, "Grenade", "A man on a motorcycle threw a grenade at a police post (CAI)", T("Armenia", "CO", 1, 4.54, -75.67, "Quindio", "Armenia"), "wednesday",
    a1="Unidentified Armed Group (Colombia)", i1=3, a2=COL_POL, i2=1, inj=3),
  E(cur, "Arrests", "police arrested two men aged 19 and 23 in the neighbouring municipality of Calarca", T("Calarca", "CO", 1, 4.53, -75.64, "Quindio", "Calarca"), "friday",
    a1=COL_POL, i1=1, a2="Unidentified Armed Group (Colombia)", i2=3),
], register="local"),

S("st-am-024", "2026-05-26", """Chile: eight forestry trucks torched near Victoria; police fired on in Ercilla

SANTIAGO, May 26 (Wire) - Hooded men set fire to eight logging trucks parked at a forestry company's yard outside the town of Victoria in Chile's Araucania region early on Monday, police said. The drivers, who were sleeping in their cabins, were forced out at gunpoint. Nobody was hurt.

The attackers left a pamphlet demanding the return of ancestral Mapuche lands, but no group's name was on it, police said.

Later on Monday, a police patrol came under fire from armed men on a rural road near Ercilla, about 15 km to the north. Officers returned fire and the attackers escaped into a forestry plantation. No one was injured, police said.

On Tuesday, the government of President Jose Antonio Kast extended the state of exception in Araucania and two neighbouring provinces of the Biobio region for a further 15 days, keeping soldiers deployed on the main roads.

Truck drivers' unions said they would hold a meeting on Wednesday to decide whether to stop work in the region.

The conflict over land claimed by Mapuche communities has simmered in southern Chile for decades.""", [
  E(cur, "Looting/property destruction", "Hooded men set fire to eight logging trucks", T("Victoria", "CL", 2, -38.23, -72.33, "La Araucania", "Provincia de Malleco"), "monday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "a police patrol came under fire from armed men on a rural road near Ercilla", T("Ercilla", "CL", 2, -38.06, -72.37, "La Araucania", "Provincia de Malleco"), "monday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2=CHL_POL, i2=1, fat=0, inj=0),
  E(cur, "Other", "extended the state of exception in Araucania and two neighbouring provinces of the Biobio region", T("La Araucania", "CL", 3, -38.74, -72.60, "La Araucania"), "tuesday",
    a1=CHL_GOV, i1=1),
]),

S("st-am-025", "2026-01-15", """Buenos Aires: police fire rubber bullets at pensioners' Wednesday march
(Translated from Spanish.)

Federal police and gendarmes fired rubber bullets and pepper spray on Wednesday afternoon at retirees and supporters who had gathered, as every Wednesday, outside the National Congress in Buenos Aires to protest against low pensions.

At least seven people were injured, among them a 74-year-old woman who was hit in the leg, according to a group of lawyers who assist the protesters. Police detained 12 people, who were released that night.

The security ministry said the officers had acted to keep the avenue open to traffic under its anti-picket protocol and that protesters had thrown bottles at them.

The weekly protests have been met with force on several occasions since March last year, when a photographer was critically injured after being hit in the head by a tear gas canister fired by a gendarme near Congress.

Pensions have lost much of their value since President Javier Milei took office in December 2023, unions say.""", [
  E(cur, "Protest with intervention", "Federal police and gendarmes fired rubber bullets and pepper spray on Wednesday afternoon at retirees", T("Buenos Aires", "AR", 1, -34.61, -58.38, "Buenos Aires F.D."), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, inj=7),
  E(bg, "Excessive force against protesters", "a photographer was critically injured after being hit in the head by a tear gas canister", T("Buenos Aires", "AR", 1, -34.61, -58.38, "Buenos Aires F.D."), "2025-03-01", tp=3,
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, inj=1),
], register="local"),

S("st-am-026", "2026-02-11", """BOLIVIA-PROTESTS/
Police clear highway blockade near Cochabamba; protesters hurl dynamite

LA PAZ, Feb 11 (Wire) - Bolivian police used tear gas on Tuesday to clear a blockade set up by supporters of former president Evo Morales on the highway between Cochabamba and the western highlands at Parotani, and the protesters fought back with sticks of dynamite and stones, officials said.

Eleven police officers and four civilians were injured in the clashes, which lasted most of the morning, the government minister said. Thirty-two people were arrested.

The protesters, mainly coca growers, demand that charges against Morales be dropped. He has been holed up in the Chapare region since 2024 to avoid arrest on a charge he denies.

In La Paz, a few hundred Morales supporters marched peacefully to the government palace on Tuesday afternoon.

The government of President Rodrigo Paz, who took office in November, has said it will not negotiate under pressure. In June last year, four police officers were killed in clashes with pro-Morales blockaders in the mining town of Llallagua.""", [
  E(cur, "Violent demonstration", "the protesters fought back with sticks of dynamite and stones", T("Parotani", "BO", 1, -17.57, -66.34, "Cochabamba"), "tuesday",
    a1="Rioters (Bolivia)", i1=5, a2=BOL_POL, i2=1, inj=15),
  E(cur, "Peaceful protest", "a few hundred Morales supporters marched peacefully to the government palace", T("La Paz", "BO", 1, -16.50, -68.15, "La Paz"), "tuesday",
    a1="Protesters (Bolivia)", i1=6),
  E(bg, "Violent demonstration", "four police officers were killed in clashes with pro-Morales blockaders in the mining town of Llallagua", T("Llallagua", "BO", 1, -18.42, -66.58, "Potosi"), "2025-06-01", tp=3,
    a1="Rioters (Bolivia)", i1=5, a2=BOL_POL_OLD, i2=1, fat=4),
]),

S("st-am-027", "2026-02-15", """USA-IMMIGRATION/
Federal agents fire pepper balls at protesters outside Illinois immigration centre

CHICAGO, Feb 15 (Wire) - Federal agents fired pepper balls and tear gas on Friday evening at protesters outside an immigration processing centre in Broadview, a suburb west of Chicago, and arrested six people, local officials and organisers said.

About 300 people had gathered outside the facility, chanting and blocking a driveway used by vans carrying detainees. Agents in riot gear pushed the crowd back and fired pepper balls at people who refused to move, organisers said. A local pastor was hit in the head.

On Saturday, several thousand people marched peacefully through downtown Chicago against the administration's immigration crackdown.

Also on Friday, an immigration agent shot and wounded a man during an arrest in a parking lot in Melrose Park, the Department of Homeland Security said, accusing the man of trying to ram agents with his car. His family said he had been driving away in panic.

About 200 National Guard troops from Texas arrived at an army reserve centre in Elwood, south-west of Chicago, on Thursday, the Pentagon said. The state's governor has sued to stop the deployment.""", [
  E(cur, "Protest with intervention", "Federal agents fired pepper balls and tear gas on Friday evening at protesters", T("Broadview", "US", 1, 41.86, -87.85, "Illinois", "Cook"), "friday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1, inj=1),
  E(cur, "Peaceful protest", "several thousand people marched peacefully through downtown Chicago", T("Chicago", "US", 1, 41.85, -87.65, "Illinois", "Cook"), "saturday",
    a1="Protesters (United States)", i1=6),
  E(cur, "Attack", "an immigration agent shot and wounded a man during an arrest in a parking lot in Melrose Park", T("Melrose Park", "US", 1, 41.90, -87.86, "Illinois", "Cook"), "friday",
    a1=USA_POL, i1=1, a2="Civilians (United States)", i2=7, inj=1),
  E(cur, "Change to group/activity", "About 200 National Guard troops from Texas arrived at an army reserve centre in Elwood", T("Elwood", "US", 1, 41.40, -88.11, "Illinois", "Will"), "thursday",
    a1=USA, i1=1),
]),

S("st-am-028", "2026-07-03", """FACT CHECK: No, this video does not show riots in Limoges this week

A video shared tens of thousands of times on social media since Tuesday claims to show "riots in Limoges last night", with cars burning and youths throwing fireworks at police.

The claim is false. The video was filmed in Limoges during the nationwide riots of the summer of 2023, on the night of 30 June to 1 July 2023. It was published at the time by several French media outlets.

Using a reverse image search, we found the same footage in a local newspaper's report dated 1 July 2023, which described clashes between youths and police in the Beaubreuil district, in the north of the city. Police had fired tear gas and 10 people were arrested that night, the newspaper reported.

The Haute-Vienne prefecture told us there had been "no incident of public order" in Limoges this week.

Our verdict: FALSE. The footage is almost three years old.""", [
  E(bg, "Violent demonstration", "clashes between youths and police in the Beaubreuil district", T("Limoges", "FR", 2, 45.83, 1.25, "Nouvelle-Aquitaine", "Haute-Vienne"), "2023-07-01",
    a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1),
], negative="fact check", register="factcheck"),

S("st-am-029", "2026-06-02", """Germany: firebombs thrown at refugee home in Bernau; 1,200 form human chain

BERLIN, June 2 (Wire) - Unknown attackers threw three petrol bombs at a home for asylum seekers in Bernau, north of Berlin, early on Saturday, setting fire to the entrance hall, police said. The 60 residents, among them 20 children, escaped unhurt.

Security guards put out the fire before firefighters arrived. Police said they were treating the attack as politically motivated and that the state's counter-extremism unit had taken over the investigation.

On Sunday, about 1,200 people formed a human chain around the building in a show of solidarity, according to organisers.

Police arrested two men aged 19 and 22 at their homes in Eberswalde on Tuesday on suspicion of carrying out the attack. Prosecutors said the two were known to the authorities for far-right offences.

Attacks on refugee shelters in Germany rose last year, according to interior ministry figures.""", [
  E(cur, "Looting/property destruction", "Unknown attackers threw three petrol bombs at a home for asylum seekers in Bernau", T("Bernau bei Berlin", "DE", 1, 52.68, 13.59, "Brandenburg"), "saturday",
    a1="Unidentified Armed Group (Germany)", i1=3, a2="Civilians (Germany)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 1,200 people formed a human chain around the building", T("Bernau bei Berlin", "DE", 1, 52.68, 13.59, "Brandenburg"), "sunday",
    a1="Protesters (Germany)", i1=6),
  unscored(E(cur, "Arrests", "Police arrested two men aged 19 and 22 at their homes in Eberswalde", T("Eberswalde", "DE", 1, 52.83, 13.82, "Brandenburg"), "tuesday",
    a1=DEU_POL, i1=1), "actor2", "inter2"),
]),

S("st-am-030", "2026-01-27", """GREECE-UNREST/
Bomb damages bank in Athens; students clash with riot police in Thessaloniki

ATHENS, Jan 27 (Wire) - A bomb exploded outside a bank branch in the Exarchia district of central Athens in the early hours of Monday, causing heavy damage but no injuries, police said.

An anonymous caller had warned a news website about 40 minutes before the blast, allowing police to seal off the street. No group has claimed responsibility.

Late on Saturday, in the northern city of Thessaloniki, about 200 students clashed with riot police near the Aristotle University campus, throwing petrol bombs and stones. Police fired tear gas and detained 11 people. Two officers were slightly hurt, police said.

The clashes followed a march against a government bill that would let police enter university campuses without the rector's permission.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb exploded outside a bank branch in the Exarchia district of central Athens", T("Athens", "GR", 2, 37.98, 23.73, "Attica", "Nomarchia Athinas"), "monday",
    a1="Unidentified Armed Group (Greece)", i1=3, a2="Civilians (Greece)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "about 200 students clashed with riot police near the Aristotle University campus", T("Thessaloniki", "GR", 1, 40.64, 22.93, "Central Macedonia", "Thessaloniki"), "saturday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, inj=2),
]),
S("st-am-031", "2026-03-14", """RUSSIA-DAGESTAN/
Gunmen kill two traffic police in Dagestan; FSB says three suspects killed in Kaspiysk

MOSCOW, March 14 (Wire) - Gunmen opened fire on a traffic police post on the outskirts of Karabudakhkent in Russia's Dagestan region late on Thursday, killing two officers and wounding a third, the regional interior ministry said. The attackers escaped in a car.

On Friday, officers of the Federal Security Service (FSB) surrounded a house in the Caspian city of Kaspiysk where the suspects were hiding, the FSB said. The men opened fire when asked to surrender and were "neutralised"; three were killed and no officers were hurt.

The FSB said the three were members of an Islamic State cell who had carried out Thursday's attack, and that it had found an assault rifle, pistols and a homemade bomb in the house.

Dagestan's leader offered condolences to the families of the officers and said the region would "not allow itself to be drawn into chaos".

The mainly Muslim region in Russia's North Caucasus has seen a series of attacks on police and places of worship in recent years, most of them claimed by or blamed on supporters of Islamic State.""", [
  E(cur, "Armed clash", "Gunmen opened fire on a traffic police post on the outskirts of Karabudakhkent", T("Karabudakhkent", "RU", 2, 42.71, 47.56, "Dagestan"), "thursday",
    a1="Islamic State (Caucasus)", i1=2, a2=RUS_POL, i2=1, fat=2, inj=1),
  E(cur, "Armed clash", "officers of the Federal Security Service (FSB) surrounded a house in the Caspian city of Kaspiysk", T("Kaspiysk", "RU", 1, 42.88, 47.64, "Dagestan", "Gorod Kaspiysk"), "friday",
    a1="Islamic State (Caucasus)", i1=2, a2=RUS_POL, i2=1, fat=3),
]),

S("st-am-032", "2026-04-25", """LEBANON-ISRAEL/
Israeli drone strike kills man in Bint Jbeil; two Syrian workers hurt near Nabatieh

BEIRUT, April 25 (Wire) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed one man on Friday, Lebanon's health ministry said. The Israeli military said it had targeted a Hezbollah member who was "attempting to rebuild terrorist infrastructure" in the area.

Earlier on Friday, an Israeli drone fired a missile at a bulldozer clearing rubble on the edge of Nabatieh, wounding two Syrian workers, the state news agency NNA reported.

After Friday prayers, several hundred people marched through the northern city of Tripoli to protest against the continuing Israeli strikes, waving Lebanese and Palestinian flags. The march ended peacefully.

Israel has kept up near-daily strikes in southern Lebanon despite the ceasefire that ended the 2024 war with Hezbollah, and its troops remain at five hilltop positions inside Lebanese territory.

Lebanon's president said the strikes were undermining the army's efforts to take control of weapons south of the Litani river.""", [
  E(cur, "Air/drone strike", "An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed one man", T("Bent Jbail", "LB", 1, 33.12, 35.43, "Nabatieh"), "friday",
    a1=ISR, i1=8, a2=HEZ, i2=2, fat=1),
  E(cur, "Air/drone strike", "an Israeli drone fired a missile at a bulldozer clearing rubble on the edge of Nabatieh", T("Nabatiye et Tahta", "LB", 2, 33.38, 35.48, "Nabatieh"), "friday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7, inj=2),
  E(cur, "Peaceful protest", "several hundred people marched through the northern city of Tripoli", T("Tripoli", "LB", 1, 34.43, 35.84, "North"), "friday",
    a1="Protesters (Lebanon)", i1=6),
]),

S("st-am-033", "2026-06-13", """SYRIA-SECURITY/
Three security men killed in ambush near Jableh; dozens detained in sweep

DAMASCUS, June 13 (Wire) - Gunmen loyal to the former government of Bashar al-Assad ambushed a patrol of Syria's General Security forces near the coastal town of Jableh on Wednesday night, killing three of its members, the interior ministry said.

The attackers fired on the patrol's vehicles from an orchard beside the road and fled into the hills, a ministry spokesman said.

On Thursday, security forces detained 25 men in villages around Jableh on suspicion of involvement in the ambush, the ministry said. Residents said some of those held were farmers with no links to armed groups.

On Friday, several hundred people, most of them Alawite women, protested in the centre of Latakia demanding the release of their relatives. Security forces fired into the air to disperse them, witnesses said.

The coast, the heartland of Syria's Alawite minority, has seen sporadic attacks on government forces since Assad's fall in December 2024, and the killings of hundreds of Alawite civilians in March last year.""", [
  E(cur, "Armed clash", "Gunmen loyal to the former government of Bashar al-Assad ambushed a patrol of Syria's General Security forces near the coastal town of Jableh", T("Jablah", "SY", 2, 35.36, 35.93, "Latakia"), "wednesday",
    a1=ALAWITE, i1=4, a2=SYR_POL, i2=1, fat=3),
  E(cur, "Arrests", "security forces detained 25 men in villages around Jableh", T("Jablah", "SY", 2, 35.36, 35.93, "Latakia"), "thursday",
    a1=SYR_POL, i1=1, a2=ALAWITE, i2=4),
  E(cur, "Protest with intervention", "Security forces fired into the air to disperse them", T("Latakia", "SY", 1, 35.53, 35.79, "Latakia"), "friday",
    a1="Protesters (Syria)", i1=6, a2=SYR_POL, i2=1),
]),

S("st-am-034", "2026-10-27", """IRAQ-KURDISTAN/
Drone hits Khor Mor gas field again; Turkish strike kills two PKK fighters near Penjwen

ERBIL, Iraq, Oct 27 (Wire) - A drone struck a storage tank at the Khor Mor gas field in Chamchamal district of Iraq's Kurdistan region late on Sunday, starting a fire that cut gas supplies to power stations, the region's electricity ministry said. No one was hurt.

Nobody claimed the attack. The field, operated by a consortium of Gulf companies, has been hit by rockets and drones several times since 2022.

On Monday, a Turkish drone struck a vehicle on a mountain road near Penjwen, close to the Iranian border, killing two members of the Kurdistan Workers Party (PKK), the Kurdish region's counter-terrorism service said.

Power cuts spread across Sulaimaniya and Erbil provinces on Monday, with many districts receiving less than eight hours of electricity.

The PKK says it is laying down its arms, but Turkish strikes on suspected PKK positions in northern Iraq have continued.""", [
  E(cur, "Air/drone strike", "A drone struck a storage tank at the Khor Mor gas field in Chamchamal district", T("Jamjamal", "IQ", 2, 35.53, 44.83, "Sulaymaniyah", "Chamchamal"), "sunday",
    a1="Unidentified Armed Group (Iraq)", i1=3, a2="Civilians (Iraq)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "a Turkish drone struck a vehicle on a mountain road near Penjwen", T("Baynjiwayn", "IQ", 2, 35.62, 45.95, "Sulaymaniyah", "Penjwin"), "monday",
    a1=TUR, i1=8, a2=PKK, i2=2, fat=2),
]),

S("st-am-035", "2026-09-15", """Iran's Guards deny Kurdish group's claim of deadly ambush near Piranshahr

DUBAI, Sept 15 (Wire) - Iran's Revolutionary Guards on Monday denied reports on Kurdish opposition websites that fighters of the Party of Free Life of Kurdistan (PJAK) had killed four Guards in an ambush near the north-western town of Piranshahr.

"No such incident has taken place. These reports are lies spread by counter-revolutionary media," the Guards' ground forces said in a statement carried by the Tasnim news agency.

Kurdish rights groups based abroad had circulated the reports on Sunday, citing unnamed local sources, but gave no details of the time or place of the ambush.

PJAK, which Tehran and Washington list as a terrorist group, has been largely inactive inside Iran since a ceasefire with the Guards in 2011.

Rights groups say dozens of Kurdish cross-border porters, known as kolbars, are shot dead by Iranian border guards every year.""", [
  unscored(E(neg, "Armed clash", "fighters of the Party of Free Life of Kurdistan (PJAK) had killed four Guards in an ambush", T("Piranshahr", "IR", 2, 36.70, 45.14, "West Azerbaijan"), None,
    a1=PJAK, i1=2, a2=IRN, i2=1), "event_date", "fatalities", "injuries"),
], negative="denial"),

S("st-am-036", "2026-01-21", """KENYA-PROTESTS/
One shot dead in Kitengela as police tear-gas Nairobi protesters; gangs whip marchers

NAIROBI, Jan 21 (Wire) - Kenyan police fired tear gas and water cannon at thousands of protesters in central Nairobi on Tuesday as demonstrations against police brutality and the cost of living were held in several towns.

Gangs of young men armed with whips and clubs attacked protesters on Moi Avenue, beating several and snatching phones, witnesses said. At least 10 people were treated for injuries at a nearby hospital, a medical volunteer group said. Rights groups said the gangs had been hired to disrupt the march; police denied any link.

In Kitengela, south of the capital, protesters set fire to part of the police station and stoned officers, who responded with live bullets. One man was shot dead and four were wounded, a local hospital said.

A police spokesperson said 63 people had been arrested across the country.

The protests were the largest since June 2024, when demonstrators stormed parliament in Nairobi against a finance bill.""", [
  E(cur, "Protest with intervention", "Kenyan police fired tear gas and water cannon at thousands of protesters in central Nairobi", T("Nairobi", "KE", 1, -1.28, 36.82, "Nairobi"), "tuesday",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1),
  E(cur, "Attack", "Gangs of young men armed with whips and clubs attacked protesters on Moi Avenue", T("Nairobi", "KE", 1, -1.28, 36.82, "Nairobi"), "tuesday",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2="Protesters (Kenya)", i2=6, inj=10),
  E(cur, "Violent demonstration", "protesters set fire to part of the police station and stoned officers", T("Kitengela", "KE", 1, -1.48, 36.96, "Kajiado"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1, fat=1, inj=4),
  unscored(E(bg, "Violent demonstration", "demonstrators stormed parliament in Nairobi", T("Nairobi", "KE", 1, -1.28, 36.82, "Nairobi"), "2024-06-01", tp=3,
    a1="Rioters (Kenya)", i1=5), "actor2", "inter2", "fatalities", "injuries"),
]),

S("st-am-037", "2026-01-15", """Four killed in Mthatha taxi rank shooting; two arrested in Butterworth

MTHATHA, Jan 15 - Four people were killed and three wounded when gunmen opened fire at a taxi rank in central Mthatha on Monday morning, Eastern Cape police said.

Two of the dead were taxi drivers and two were commuters waiting for a taxi to Port St Johns, police said. The gunmen fired from a car and drove off.

Police said the shooting was linked to a long-running dispute between two rival taxi associations over routes between Mthatha and the coast, and that a task team had been set up to investigate.

On Wednesday, police arrested two men at a house in Butterworth in connection with the shooting and seized a rifle.

Taxi operations in Mthatha were suspended on Tuesday, leaving thousands of commuters stranded.

Taxi violence has killed hundreds of people in South Africa over the past decade.""", [
  E(cur, "Attack", "gunmen opened fire at a taxi rank in central Mthatha", T("Mthatha", "ZA", 1, -31.59, 28.78, "Eastern Cape", "OR Tambo District"), "monday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=3),
  E(cur, "Arrests", "police arrested two men at a house in Butterworth in connection with the shooting", T("Butterworth", "ZA", 1, -32.33, 28.15, "Eastern Cape", "Amathole District"), "wednesday",
    a1=ZAF_POL, i1=1, a2="Unidentified Armed Group (South Africa)", i2=3),
], register="local"),

S("st-am-038", "2026-01-28", """Bangladesh election campaign heats up as Jamaat unveils manifesto

DHAKA, Jan 28 (Wire) - Bangladesh's Jamaat-e-Islami launched its election manifesto at a Dhaka hotel on Wednesday, promising to fight corruption and create jobs for young people ahead of the Feb. 12 vote, the first since the 2024 uprising that toppled Sheikh Hasina.

The Bangladesh Nationalist Party's leader, Tarique Rahman, spent the day canvassing in his home district of Bogura, addressing voters at markets from the back of a truck.

The Election Commission said campaigning had been "largely peaceful" so far and that more than 100,000 soldiers would be deployed on voting day.

Police in Bogura said they were still investigating a fight between supporters of the two parties at a tea stall in the town on Jan. 8, in which five people were hurt.

Hasina's Awami League has been barred from taking part in the election. Hasina, who lives in exile in India, was sentenced to death in absentia in November for crimes against humanity over the crackdown on the 2024 protests.""", [
  E(bg, "Mob violence", "a fight between supporters of the two parties at a tea stall in the town on Jan. 8", T("Bogra", "BD", 1, 24.85, 89.37, "Rajshahi", "Bogra"), "2026-01-08",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, inj=5),
], negative="campaign"),

S("st-am-039", "2026-09-01", """Rival rallies kept apart by police in Adelaide

ADELAIDE, Sept 1 - Several thousand people marched through Adelaide's CBD on Sunday in an anti-immigration "March for Australia" rally, while a counter-rally of about 1,500 people gathered in Victoria Square a few hundred metres away.

Police on horseback kept the two groups apart along King William Street, and the marches ended without violence, South Australia Police said in a statement. No arrests were made.

Speakers at the anti-immigration rally called for an end to mass migration, while the counter-protesters chanted "refugees are welcome here".

The state premier had urged people to stay away from the anti-immigration rally.

Similar rallies were held in several capital cities last year.""", [
  E(cur, "Peaceful protest", "Several thousand people marched through Adelaide's CBD on Sunday", T("Adelaide", "AU", 1, -34.93, 138.60, "South Australia", "Adelaide"), "sunday",
    a1="Protesters (Australia)", i1=6),
  E(cur, "Peaceful protest", "a counter-rally of about 1,500 people gathered in Victoria Square", T("Adelaide", "AU", 1, -34.93, 138.60, "South Australia", "Adelaide"), "sunday",
    a1="Protesters (Australia)", i1=6),
], register="local"),

S("st-am-040", "2026-05-04", """Morocco: youths clash with police in Inezgane as Gen Z protests return
(Translated from French. First published by a Moroccan news site.)

Clashes broke out on Sunday evening in Inezgane, near Agadir, between groups of young people and the security forces on the sidelines of a protest called by the GenZ 212 movement, local authorities said.

The youths threw stones at police vehicles and smashed the windows of several shops and a bank branch, according to the same source. The police used tear gas to disperse them. Seventeen people were arrested and six officers were slightly injured.

In Agadir, several hundred young people marched peacefully along the Hassan II avenue to demand better public hospitals and schools.

The GenZ 212 movement, organised on the Discord platform, first took to the streets in late September last year. On 1 October, gendarmes shot dead three people who were trying to storm a gendarmerie post in Lqliaa, according to the authorities.""", [
  E(cur, "Violent demonstration", "Clashes broke out on Sunday evening in Inezgane", T("Inezgane", "MA", 1, 30.36, -9.54, "Souss-Massa", "Inezgane-Ait Melloul"), "sunday",
    a1="Rioters (Morocco)", i1=5, a2=MAR_POL, i2=1, inj=6),
  E(cur, "Peaceful protest", "several hundred young people marched peacefully along the Hassan II avenue", T("Agadir", "MA", 1, 30.42, -9.60, "Souss-Massa", "Agadir-Ida-Ou-Tanane"), "sunday",
    a1="Protesters (Morocco)", i1=6),
  E(bg, "Violent demonstration", "gendarmes shot dead three people who were trying to storm a gendarmerie post in Lqliaa", T("Lqoliaa", "MA", 1, 30.30, -9.47, "Souss-Massa", "Inezgane-Ait Melloul"), "2025-10-01",
    a1="Rioters (Morocco)", i1=5, a2=MAR_POL, i2=1, fat=3),
], register="local"),

S("st-am-041", "2026-03-31", """CAMEROON-SEPARATISTS/
Separatists impose week-long lockdown in North-West; bus torched in Kumbo

YAOUNDE, March 31 (Wire) - Anglophone separatists imposed a week-long lockdown across Cameroon's North-West region from Monday ahead of a visit by the prime minister, residents said, with shops, schools and markets closed in Bamenda and other towns.

On Monday, separatist fighters set fire to a passenger bus in Kumbo whose driver had defied the order, after forcing the passengers off, a local official said. Nobody was hurt.

On Tuesday, soldiers raided a separatist camp near Ndop and killed four fighters, the army said in a statement, adding that it had freed two civil servants held there for ransom. The separatists did not comment.

The conflict between the army and armed groups seeking an independent state they call Ambazonia has killed more than 6,000 people since 2017, according to the International Crisis Group.""", [
  E(cur, "Other", "Anglophone separatists imposed a week-long lockdown across Cameroon's North-West region from Monday", T("North-West", "CM", 3, 5.96, 10.15, "North-West"), "monday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Looting/property destruction", "separatist fighters set fire to a passenger bus in Kumbo", T("Kumbo", "CM", 1, 6.20, 10.67, "North-West"), "monday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "soldiers raided a separatist camp near Ndop and killed four fighters", T("Ndop", "CM", 2, 5.99, 10.44, "North-West"), "tuesday",
    a1="Military Forces of Cameroon (1982-)", i1=1, a2="Ambazonian Separatists", i2=2, fat=4),
]),

S("st-am-042", "2026-01-13", """NIGER-SECURITY/
Islamic State fighters kill 22 at market near Banibangou; army says 30 attackers killed

NIAMEY, Jan 13 (Wire) - Gunmen on motorcycles killed 22 civilians at a weekly market in a village near Banibangou in Niger's western Tillaberi region on Sunday, a local official and a relative of one of the victims said.

The attackers, whom the official identified as fighters of the Islamic State Sahel Province, surrounded the market at midday, shot traders and customers and set fire to stalls and vehicles.

The army said in a statement on Monday that its troops, backed by aircraft, had tracked the attackers and killed about 30 of them near Banibangou on Sunday evening. It did not report its own losses.

The junta declared three days of national mourning.

Tillaberi, on the borders with Mali and Burkina Faso, has been the epicentre of attacks by Islamic State and al Qaeda affiliates in Niger. In March last year, gunmen killed 44 worshippers at a mosque in Fambita, in the same region.""", [
  E(cur, "Attack", "Gunmen on motorcycles killed 22 civilians at a weekly market in a village near Banibangou", T("Banibangou", "NE", 2, 15.04, 2.70, "Tillaberi"), "sunday",
    a1="Islamic State Sahel Province", i1=2, a2="Civilians (Niger)", i2=7, fat=22),
  E(cur, "Armed clash", "had tracked the attackers and killed about 30 of them near Banibangou", T("Banibangou", "NE", 2, 15.04, 2.70, "Tillaberi"), "sunday",
    a1="Military Forces of Niger (2023-)", i1=1, a2="Islamic State Sahel Province", i2=2, fat=30),
  E(bg, "Attack", "gunmen killed 44 worshippers at a mosque in Fambita", T("Tillaberi", "NE", 3, 14.21, 1.45, "Tillaberi"), "2025-03-01", tp=3,
    a1="Unidentified Armed Group (Niger)", i1=3, a2="Civilians (Niger)", i2=7, fat=44),
]),

S("st-am-043", "2026-02-19", """Five dead as clan feud erupts in Datu Piang; BIFF gunmen attack army post

COTABATO CITY, Feb 19 - Five people were killed on Tuesday when armed members of two feuding clans exchanged gunfire with rifles in a village of Datu Piang, Maguindanao del Sur, the provincial police office said.

The shooting lasted about three hours and forced some 300 families to flee to the town centre. The feud, or rido, between the two families dates back to a land dispute in 2019, police said. Soldiers were deployed to the village to separate the two sides.

Early on Wednesday, about 15 gunmen of the Bangsamoro Islamic Freedom Fighters (BIFF) fired on an army detachment in Shariff Aguak, triggering a 30-minute firefight, the army's 6th Infantry Division said. One soldier was wounded; the attackers withdrew towards the marshland.

The provincial governor called an emergency meeting of the peace and order council for Thursday.""", [
  E(cur, "Armed clash", "armed members of two feuding clans exchanged gunfire with rifles in a village of Datu Piang", T("Datu Piang", "PH", 2, 7.03, 124.50, "Bangsamoro Autonomous Region in Muslim Mindanao", "Maguindanao del Sur"), "tuesday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4, fat=5),
  E(cur, "Armed clash", "about 15 gunmen of the Bangsamoro Islamic Freedom Fighters (BIFF) fired on an army detachment in Shariff Aguak", T("Maganoy", "PH", 1, 6.86, 124.44, "Bangsamoro Autonomous Region in Muslim Mindanao", "Maguindanao del Sur"), "wednesday",
    a1="BIFF: Bangsamoro Islamic Freedom Fighters", i1=2, a2="Military Forces of the Philippines (2022-)", i2=1, inj=1),
], register="local"),

S("st-am-044", "2026-01-21", """Bomb wounds two rangers in Narathiwat's Bacho; village headman shot dead in Tak Bai

NARATHIWAT, Thailand, Jan 21 - A bomb hidden in a motorcycle parked beside the road exploded as a ranger patrol passed near a school in Bacho district on Tuesday morning, wounding two rangers, police said.

Caption: Rangers inspect the site of the bomb blast in Bacho on Tuesday.

On Monday evening, two gunmen on a motorcycle shot dead a village headman in front of his house in Tak Bai district, police said. No group claimed either attack.

Authorities blamed separatist insurgents, who have fought for greater autonomy for the Malay-Muslim south for more than two decades.

Caption: Protesters outside the Tak Bai police station in October 2004.

Peace talks between the government and the Barisan Revolusi Nasional (BRN), the main insurgent group, have stalled since last year.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb hidden in a motorcycle parked beside the road exploded as a ranger patrol passed near a school in Bacho district", T("Bacho", "TH", 2, 6.52, 101.65, "Narathiwat", "Bacho"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2025-)", i2=1, inj=2),
  CAPTION(E(cap, "Remote explosive/landmine/IED", "Rangers inspect the site of the bomb blast in Bacho on Tuesday", T("Bacho", "TH", 2, 6.52, 101.65, "Narathiwat", "Bacho"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2025-)", i2=1)),
  E(cur, "Attack", "two gunmen on a motorcycle shot dead a village headman in front of his house in Tak Bai district", T("Tak Bai", "TH", 3, 6.26, 102.05, "Narathiwat", "Tak Bai"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
], register="local"),

S("st-am-045", "2026-11-24", """ETHIOPIA-OROMIA/
Rebels abduct about 30 bus passengers in Oromia; army says 12 OLA fighters killed

ADDIS ABABA, Nov 24 (Wire) - Gunmen abducted about 30 passengers from two buses on the road between Gebre Guracha and Fiche in Ethiopia's Oromia region on Saturday, three relatives of the passengers and a local official said. The official blamed the Oromo Liberation Army (OLA).

The relatives said the kidnappers had demanded ransoms of up to 500,000 birr for each passenger.

On Monday, a regional government spokesman said security forces had killed 12 OLA fighters and freed eight of the passengers in an operation near Gebre Guracha on Sunday. The OLA denied involvement in the abductions and said none of its fighters had been killed.

Kidnappings for ransom on roads north and west of Addis Ababa have surged since the collapse of peace talks between the government and the OLA in late 2023.""", [
  E(cur, "Abduction/forced disappearance", "Gunmen abducted about 30 passengers from two buses on the road between Gebre Guracha and Fiche", T("Gebre Guracha", "ET", 2, 9.80, 38.40, "Oromia"), "saturday",
    a1="OLA: Oromo Liberation Army", i1=2, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Armed clash", "security forces had killed 12 OLA fighters and freed eight of the passengers in an operation near Gebre Guracha", T("Gebre Guracha", "ET", 2, 9.80, 38.40, "Oromia"), "sunday",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="OLA: Oromo Liberation Army", i2=2, fat=12),
]),
S("st-am-046", "2026-02-05", """ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION
Situation in the region as of 08:00, 5 February

Over the past day, the enemy carried out 486 strikes on 14 settlements of Zaporizhzhia region.

Zaporizhzhia: at about 22:10, the enemy struck an industrial enterprise in the city with a guided aerial bomb. A fire broke out; two employees were injured and received medical care.

Huliaipole: the enemy shelled the town with artillery. A 63-year-old man was killed and a private house was destroyed.

Orikhiv: FPV drone attacks on the town were recorded. No casualties.

Vilniansk community: at about 14:30, a drone hit a civilian car on a road in the community. The driver, a 41-year-old man, was injured.

Air defence forces destroyed 12 enemy drones over the region.

The regional military administration reminds residents to respond to air raid alerts and to stay in shelters until the all-clear.""", [
  E(cur, "Air/drone strike", "the enemy struck an industrial enterprise in the city with a guided aerial bomb", T("Zaporizhzhia", "UA", 1, 47.85, 35.12, "Zaporizhzhia", "Zaporizhzhya"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Shelling/artillery/missile attack", "the enemy shelled the town with artillery", T("Huliaipole", "UA", 1, 47.67, 36.26, "Zaporizhzhia", "Polohy"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Air/drone strike", "FPV drone attacks on the town were recorded", T("Orikhiv", "UA", 1, 47.58, 35.78, "Zaporizhzhia", "Polohy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "a drone hit a civilian car on a road in the community", T("Vilniansk", "UA", 3, 47.95, 35.44, "Zaporizhzhia", "Zaporizhzhya"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
], register="official"),

S("st-am-047", "2026-03-28", """BELGOROD REGION GOVERNOR - Telegram channel (translated from Russian)

[09:12] Good morning. A difficult night. In Shebekino, a Ukrainian drone struck a minibus on Lenin Street at about 23:40. Three passengers were injured: two women and a man. They were taken to the city hospital; their condition is moderate.

[09:20] Also yesterday evening, in the Grayvoron district, an enemy drone dropped an explosive device on a tractor in a field. The tractor driver died of his wounds at the scene. My condolences to his family.

[10:05] Just now in Belgorod, fragments of a Ukrainian missile shot down by our air defence fell on a car park in a residential area. Eleven cars were damaged. No one was hurt, thank God.

[10:30] Operational services are working at all the sites. Information on damage is being clarified.

[18:45] In total, over the past day, the Ukrainian armed forces attacked 23 settlements of the region with 97 drones and artillery. I ask residents of border areas to remain vigilant.""", [
  E(cur, "Air/drone strike", "a Ukrainian drone struck a minibus on Lenin Street", T("Shebekino", "RU", 1, 50.41, 36.93, "Belgorod"), -1,
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=3),
  E(cur, "Air/drone strike", "an enemy drone dropped an explosive device on a tractor in a field", T("Grayvoron", "RU", 3, 50.48, 35.68, "Belgorod"), -1,
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=1),
  E(cur, "Disrupted weapons use", "fragments of a Ukrainian missile shot down by our air defence fell on a car park in a residential area", T("Belgorod", "RU", 1, 50.60, 36.58, "Belgorod", "Belgorodsky"), 0,
    a1=RUS, i1=1, a2=UKR, i2=8, fat=0, inj=0),
], register="social"),

S("st-am-048", "2026-01-31", """SOUTH SUDAN-FIGHTING/
Air strikes hit Ulang as White Army fighters attack army barracks near Nasir

JUBA, Jan 31 (Wire) - South Sudan's army bombed Ulang county in Upper Nile state on Thursday, killing at least nine civilians including four children, a local commissioner loyal to the opposition said. An army spokesman said the strikes targeted "hostile forces" massing in the area.

On Friday, fighters of the White Army, an ethnic Nuer youth militia, attacked an army barracks outside Nasir, the spokesman said, and were repulsed after several hours of fighting. He said 27 attackers and five soldiers were killed. The figures could not be verified.

The White Army overran the same barracks in March last year, in fighting that pushed the country back towards civil war.

The United Nations mission said it was "gravely concerned" and urged both sides to respect a 2018 peace deal. Aid agencies said about 30,000 people had fled Ulang and Nasir counties since December.""", [
  E(cur, "Air/drone strike", "South Sudan's army bombed Ulang county in Upper Nile state on Thursday", T("Upper Nile", "SS", 3, 9.53, 31.66, "Upper Nile"), "thursday",
    a1="Military Forces of South Sudan (2011-)", i1=1, a2="Civilians (South Sudan)", i2=7, fat=9),
  E(cur, "Armed clash", "fighters of the White Army, an ethnic Nuer youth militia, attacked an army barracks outside Nasir", T("Nasir", "SS", 2, 8.60, 33.07, "Upper Nile"), "friday",
    a1="White Army", i1=4, a2="Military Forces of South Sudan (2011-)", i2=1, fat=32),
  E(bg, "Non-state actor overtakes territory", "The White Army overran the same barracks in March last year", T("Nasir", "SS", 2, 8.60, 33.07, "Upper Nile"), "2025-03-01", tp=3,
    a1="White Army", i1=4, a2="Military Forces of South Sudan (2011-)", i2=1),
]),

S("st-am-049", "2026-11-05", """SOMALIA-FLOODS/
Shabelle floods force 200,000 from homes in Hiraan, U.N. says

MOGADISHU, Nov 5 (Wire) - Floods along the Shabelle river have forced more than 200,000 people from their homes in Somalia's Hiraan region, most of them in and around the town of Beledweyne, the U.N. humanitarian office said on Thursday.

Heavy rains in the Ethiopian highlands over the past two weeks caused the river to burst its banks on Monday, submerging farms and parts of the town. At least 11 people have drowned, local officials said.

Aid agencies said boats were needed to reach villages cut off by the water and warned of cholera outbreaks. Insecurity on the roads, where al Shabaab militants operate checkpoints, was slowing deliveries, they said.

Somalia has swung between drought and floods in recent years, a pattern scientists link to climate change.""", [], negative="disaster"),

S("st-am-050", "2026-01-27", """Zimbabwe police arrest four over online calls for 'shutdown'; streets deserted

HARARE, Jan 27 (Wire) - Zimbabwean police said on Tuesday they had arrested four people in Harare and Bulawayo over videos posted on social media calling on citizens to stay at home and march against President Emmerson Mnangagwa's bid to extend his term.

Two of those held, a former soldier and a vendor, were arrested at their homes in Harare on Sunday, police spokesman said. The other two, a student and a teacher, were picked up in Bulawayo on Monday. All four were charged with incitement to public violence.

On Tuesday, the day set for the protest, hundreds of police officers in riot gear were deployed in central Harare, setting up roadblocks on the main roads into the city centre. Shops stayed closed and the streets were largely empty. No protest took place.

Mnangagwa's allies in the ruling ZANU-PF want his second and final term, due to end in 2028, extended to 2030.""", [
  E(cur, "Arrests", "were arrested at their homes in Harare on Sunday", T("Harare", "ZW", 1, -17.83, 31.05, "Harare"), "sunday",
    a1="Police Forces of Zimbabwe (2017-)", i1=1, a2="Civilians (Zimbabwe)", i2=7),
  E(cur, "Arrests", "were picked up in Bulawayo on Monday", T("Bulawayo", "ZW", 1, -20.15, 28.58, "Bulawayo"), "monday",
    a1="Police Forces of Zimbabwe (2017-)", i1=1, a2="Civilians (Zimbabwe)", i2=7),
  E(cur, "Change to group/activity", "hundreds of police officers in riot gear were deployed in central Harare", T("Harare", "ZW", 1, -17.83, 31.05, "Harare"), "tuesday",
    a1="Police Forces of Zimbabwe (2017-)", i1=1),
]),

S("st-am-051", "2026-01-19", """UGANDA-ELECTION/
Tear gas in Kampala as opposition rejects Museveni win; party office raided

KAMPALA, Jan 19 (Wire) - Ugandan police and soldiers fired tear gas and beat supporters of the opposition National Unity Platform (NUP) who gathered in Kampala's Kawempe division on Sunday to reject the result of last week's presidential election, witnesses said.

Several people were hurt, among them a woman who was hit in the face by a tear gas canister, a medical worker at a clinic in the area said.

Earlier on Sunday, soldiers raided the NUP's offices in the Makerere Kavule area of the capital and arrested 12 party members, the party said. An army spokesman said they were being questioned over "plans to cause chaos".

The electoral commission declared President Yoweri Museveni, in power since 1986, the winner of the Jan. 15 vote. The NUP's candidate, Bobi Wine, said the vote was rigged.""", [
  E(cur, "Protest with intervention", "Ugandan police and soldiers fired tear gas and beat supporters of the opposition National Unity Platform (NUP)", T("Kampala", "UG", 2, 0.32, 32.58, "Central", "Kampala"), "sunday",
    a1="Protesters (Uganda)", i1=6, a2="Police Forces of Uganda (1986-)", i2=1, inj=3),
  E(cur, "Arrests", "soldiers raided the NUP's offices in the Makerere Kavule area of the capital and arrested 12 party members", T("Kampala", "UG", 2, 0.32, 32.58, "Central", "Kampala"), "sunday",
    a1="Military Forces of Uganda (1986-)", i1=1, a2="NUP: National Unity Platform", i2=7),
]),

S("st-am-052", "2026-05-28", """Tanzania treason trial of Chadema leader adjourned again

DAR ES SALAAM, May 28 (Wire) - The treason trial of Tanzanian opposition leader Tundu Lissu was adjourned again on Thursday after the prosecution said it needed more time to bring witnesses, his lawyers said.

Lissu, chairman of the main opposition party Chadema, has been in detention since April 2025, when he was charged over a speech in which he called for electoral reforms. He denies the charges.

Chadema was barred from last October's election, which President Samia Suluhu Hassan won with 98 per cent. Protests on election day turned into riots in Dar es Salaam and other cities, and the opposition says hundreds of people were killed by security forces. The government has not given a toll.

Western diplomats attended Thursday's hearing at the High Court. The case was adjourned to June 18.""", [
  unscored(E(bg, "Violent demonstration", "Protests on election day turned into riots in Dar es Salaam", T("Dar es Salaam", "TZ", 1, -6.82, 39.27, "Dar es Salaam", "Ilala"), "2025-10-29",
    a1="Rioters (Tanzania)", i1=5), "actor2", "inter2", "fatalities", "injuries"),
], negative="trial"),

S("st-am-053", "2026-02-04", """CONGO-CONFLICT/
Wazalendo militias briefly seize South Kivu town before M23 takes it back

GOMA, Congo, Feb 4 (Wire) - Pro-government Wazalendo militias seized the town of Nyabibwe in South Kivu's Kalehe territory on Monday after M23 rebels withdrew towards the lakeshore, residents said, but the M23 recaptured it on Wednesday after heavy fighting.

"The Wazalendo came in on Monday morning without firing a shot. On Wednesday the M23 came back with many men and there was shooting all day," a resident said by telephone.

A local civil society leader said at least 11 people were killed in Wednesday's fighting, including three civilians hit by stray bullets. The M23 said it had "restored order" in the town.

The M23, which Congo and U.N. experts say is backed by Rwanda, has controlled most of North and South Kivu's main towns since it took Goma in January 2025 and Bukavu the following month.""", [
  E(cur, "Non-violent transfer of territory", "Pro-government Wazalendo militias seized the town of Nyabibwe", T("Nyabibwe", "CD", 1, -1.96, 28.93, "South Kivu"), "monday",
    a1="Wazalendo", i1=3, a2="M23: March 23 Movement", i2=2),
  E(cur, "Non-state actor overtakes territory", "the M23 recaptured it on Wednesday after heavy fighting", T("Nyabibwe", "CD", 1, -1.96, 28.93, "South Kivu"), "wednesday",
    a1="M23: March 23 Movement", i1=2, a2="Wazalendo", i2=3, fat=11),
  E(bg, "Non-state actor overtakes territory", "it took Goma in January 2025", T("Goma", "CD", 1, -1.68, 29.23, "North Kivu"), "2025-01-01", tp=3,
    a1="M23: March 23 Movement", i1=2, a2="Military Forces of Democratic Republic of Congo (2019-)", i2=1),
  E(bg, "Non-state actor overtakes territory", "Bukavu the following month", T("Bukavu", "CD", 1, -2.49, 28.84, "South Kivu", "Bukavu"), "2025-02-01", tp=3,
    a1="M23: March 23 Movement", i1=2, a2="Military Forces of Democratic Republic of Congo (2019-)", i2=1),
]),

S("st-am-054", "2026-01-20", """CALL-IN SHOW "LA VOIX DES DEPLACES" - transcript (translated from Moore and French)

PRESENTER: Good evening, you are on the air. Where are you calling from?

CALLER: Good evening. I am calling from Ouahigouya, but I am from a village near Titao. I came here with my family on Monday.

PRESENTER: Why did you leave?

CALLER: On Sunday morning the JNIM people came to our village on motorbikes, many of them. They went from house to house and shot the men they found. We buried nine people, among them my uncle. They also took the cattle.

PRESENTER: Were there volunteers, VDP, in the village?

CALLER: Our VDP were at the water point. They fought with them for about one hour but they were too many. Two of our VDP died there. After that everybody ran.

PRESENTER: Courage to you, my brother. Our next caller is from Kaya.""", [
  E(cur, "Attack", "the JNIM people came to our village on motorbikes, many of them", T("Titao", "BF", 2, 13.77, -2.07, "Nord", "Loroum"), "sunday",
    a1=JNIM, i1=2, a2="Civilians (Burkina Faso)", i2=7, fat=9),
  E(cur, "Armed clash", "They fought with them for about one hour but they were too many", T("Titao", "BF", 2, 13.77, -2.07, "Nord", "Loroum"), "sunday",
    a1="VDP: Volunteers for the Defense of the Homeland", i1=3, a2=JNIM, i2=2, fat=2),
], register="radio"),

S("st-am-055", "2026-02-08", """NIGERIA-SECURITY/
Air strike on Zamfara bandit camp kills 27, including villagers; 15 abducted near Gusau

KANO, Nigeria, Feb 8 (Wire) - A Nigerian Air Force strike on a bandit camp in the Munhaye forest area of Zamfara state's Tsafe local government area on Saturday killed more than 20 bandits, the air force said on Sunday.

Residents of a nearby village said seven villagers who had been held at the camp for ransom were also killed in the strike. The air force did not comment on the report.

Separately, gunmen on motorcycles abducted 15 people, mostly women, from the village of Kucheri in Gusau local government area on Friday night, a local official said. Police confirmed the abduction and said a rescue operation was under way.

Bandit gangs that raid villages and kidnap for ransom have killed thousands of people in north-western Nigeria over the past decade.""", [
  E(cur, "Air/drone strike", "A Nigerian Air Force strike on a bandit camp in the Munhaye forest area", T("Tsafe", "NG", 2, 11.96, 6.92, "Zamfara", "Tsafe"), "saturday",
    a1="Military Forces of Nigeria (2023-)", i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=27),
  E(cur, "Abduction/forced disappearance", "gunmen on motorcycles abducted 15 people, mostly women, from the village of Kucheri", T("Gusau", "NG", 2, 12.17, 6.66, "Zamfara", "Gusau"), "friday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7),
]),

S("st-am-056", "2026-04-30", """Senegal: soldier killed by landmine in Casamance
(Translated from French.)

A soldier was killed and two others injured on Tuesday when their vehicle hit a landmine on a track near Bignona, in the Casamance region, the army said in a statement on Wednesday.

The patrol was taking part in an operation to destroy cannabis fields in the forest north of the town when the blast occurred. The army said the device was probably an old mine laid during the separatist conflict.

Thousands of mines were laid in Casamance during more than four decades of fighting between the army and the Movement of Democratic Forces of Casamance (MFDC), which has largely died down since a peace deal with one of its factions in 2022.

Demining work has resumed in the area this year with international funding. In January, two soldiers were wounded when their vehicle hit a mine on a track outside Ziguinchor, the regional capital.

Residents of villages near Bignona said patrols had been stepped up since the blast and that several tracks had been closed.""", [
  E(cur, "Remote explosive/landmine/IED", "their vehicle hit a landmine on a track near Bignona", T("Bignona", "SN", 2, 12.81, -16.23, "Ziguinchor"), "tuesday",
    a1="Unidentified Armed Group (Senegal)", i1=3, a2="Military Forces of Senegal (2024-)", i2=1, fat=1, inj=2),
  E(bg, "Remote explosive/landmine/IED", "two soldiers were wounded when their vehicle hit a mine on a track outside Ziguinchor", T("Ziguinchor", "SN", 2, 12.57, -16.27, "Ziguinchor"), "2026-01-01", tp=3,
    a1="Unidentified Armed Group (Senegal)", i1=3, a2="Military Forces of Senegal (2024-)", i2=1, inj=2),
], register="local"),

S("st-am-057", "2026-10-22", """SIERRA LEONE-UNREST/
Two killed as police fire on rioters in diamond town Koidu; curfew imposed

FREETOWN, Oct 22 (Wire) - Two young men were shot dead on Tuesday when police opened fire on crowds who were burning tyres and stoning officers in the diamond-mining town of Koidu in eastern Sierra Leone, residents and a hospital official said.

The unrest began when residents of a neighbourhood due to be relocated for a mine expansion blocked the main road and set fire to a police vehicle. Police said 14 officers were injured and 30 people were arrested.

On Wednesday, the government imposed a dusk-to-dawn curfew in Koidu and sent soldiers to patrol the town.

The mining company said it regretted the loss of life and that relocation talks would continue.""", [
  E(cur, "Violent demonstration", "police opened fire on crowds who were burning tyres and stoning officers", T("Koidu", "SL", 1, 8.64, -10.97, "Eastern"), "tuesday",
    a1="Rioters (Sierra Leone)", i1=5, a2="Police Forces of Sierra Leone (2018-)", i2=1, fat=2, inj=14),
  E(cur, "Other", "the government imposed a dusk-to-dawn curfew in Koidu", T("Koidu", "SL", 1, 8.64, -10.97, "Eastern"), "wednesday",
    a1="Government of Sierra Leone (2018-)", i1=1),
]),

S("st-am-058", "2026-07-02", """Second night of disorder in Portadown as petrol bombs thrown at police

PORTADOWN, July 2 - Police in Northern Ireland came under attack for a second night in Portadown on Tuesday, with petrol bombs, bricks and fireworks thrown at officers in the Corcrain area, the Police Service of Northern Ireland (PSNI) said.

Nine officers were injured on Tuesday night, after 14 were hurt on Monday, when a protest against the housing of asylum seekers in the town turned violent. Water cannon was used on both nights.

A house was set on fire on Monday night, and its occupants, a family from Eastern Europe, were moved to safety before the flames spread, police said.

Police said 11 people had been arrested over the two nights. The chief constable condemned "racially motivated thuggery".""", [
  E(cur, "Violent demonstration", "Police in Northern Ireland came under attack for a second night in Portadown on Tuesday", T("Portadown", "GB", 1, 54.42, -6.44, "Northern Ireland", "Armagh City, Banbridge and Craigavon"), "tuesday",
    a1="Rioters (United Kingdom)", i1=5, a2="Police Forces of the United Kingdom (2024-)", i2=1, inj=9),
  E(cur, "Violent demonstration", "when a protest against the housing of asylum seekers in the town turned violent", T("Portadown", "GB", 1, 54.42, -6.44, "Northern Ireland", "Armagh City, Banbridge and Craigavon"), "monday",
    a1="Rioters (United Kingdom)", i1=5, a2="Police Forces of the United Kingdom (2024-)", i2=1, inj=14),
], register="local"),

S("st-am-059", "2026-03-28", """SERBIA-PROTESTS/
Masked men attack student blockade in Novi Sad; thousands march in Belgrade

BELGRADE, March 28 (Wire) - Masked men armed with baseball bats attacked students blocking a street in front of the Faculty of Philosophy in Novi Sad on Thursday night, injuring four, the students said.

Video footage showed about a dozen men running at the students and beating them before escaping in cars. Students accused the ruling Serbian Progressive Party (SNS) of hiring the attackers; the party denied it.

On Friday, police said they had arrested three men suspected of taking part in the attack.

On Friday evening, tens of thousands of people marched peacefully through central Belgrade, the latest of the protests that began after the collapse of a railway station canopy in Novi Sad in November 2024 killed 16 people.""", [
  E(cur, "Attack", "Masked men armed with baseball bats attacked students blocking a street", T("Novi Sad", "RS", 1, 45.25, 19.84, "Vojvodina", "Juznobacki okrug"), "thursday",
    a1="Unidentified Armed Group (Serbia)", i1=3, a2="Protesters (Serbia)", i2=6, inj=4),
  unscored(E(cur, "Arrests", "police said they had arrested three men suspected of taking part in the attack", T("Novi Sad", "RS", 1, 45.25, 19.84, "Vojvodina", "Juznobacki okrug"), "friday", tp=2,
    a1="Police Forces of Serbia (2012-)", i1=1), "actor2", "inter2", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"),
  E(cur, "Peaceful protest", "tens of thousands of people marched peacefully through central Belgrade", T("Belgrade", "RS", 1, 44.80, 20.47, "Beograd"), "friday",
    a1="Protesters (Serbia)", i1=6),
]),

S("st-am-060", "2026-11-08", """ITALY-PROTEST/
Clashes at pro-Palestinian march in Rome; Milan rally peaceful

ROME, Nov 8 (Wire) - Italian police fired tear gas and charged a group of masked protesters who threw bottles, stones and firecrackers at officers near Rome's Ostiense station on Saturday, on the sidelines of a pro-Palestinian march attended by tens of thousands.

Police said 18 officers were hurt and eight people were detained. Several shop windows and bus stops were smashed.

In Milan, about 20,000 people marched from Porta Venezia to the city centre without incident, police said.

Interior Minister Matteo Piantedosi condemned the "violence of a few hundred" and said the organisers had failed to keep the march under control.

Organisers said the march had been peaceful until police blocked its route near the station. In October last year, clashes on the sidelines of a similar march in Rome left dozens of officers injured.""", [
  E(cur, "Violent demonstration", "masked protesters who threw bottles, stones and firecrackers at officers near Rome's Ostiense station", T("Rome", "IT", 1, 41.89, 12.51, "Lazio", "Roma"), "saturday",
    a1="Rioters (Italy)", i1=5, a2="Police Forces of Italy (2022-)", i2=1, inj=18),
  E(cur, "Peaceful protest", "about 20,000 people marched from Porta Venezia to the city centre without incident", T("Milan", "IT", 1, 45.46, 9.19, "Lombardia", "Milano"), "saturday",
    a1="Protesters (Italy)", i1=6),
  unscored(E(bg, "Violent demonstration", "clashes on the sidelines of a similar march in Rome left dozens of officers injured", T("Rome", "IT", 1, 41.89, 12.51, "Lazio", "Roma"), "2025-10-01", tp=3,
    a1="Rioters (Italy)", i1=5, a2="Police Forces of Italy (2022-)", i2=1, inj=12), "fatalities"),
]),
S("st-am-061", "2026-04-08", """Drones drop explosives on homes near Tepalcatepec; three gunmen killed in Apatzingan
(Translated from Spanish. First published by a Michoacan newspaper.)

Drones loaded with explosives were dropped on at least four houses in the community of El Bejuco, in the municipality of Tepalcatepec, on Monday afternoon, wounding a woman and her teenage son, residents and municipal authorities said.

Residents blamed the Jalisco New Generation Cartel (CJNG), which has been fighting local armed groups for control of the Tierra Caliente region for years. The state prosecutor's office said it had opened an investigation.

On Tuesday morning, soldiers patrolling a dirt road on the outskirts of Apatzingan were ambushed by gunmen, the Defence Ministry said. Three attackers were killed in the exchange of fire and two soldiers were wounded. The troops seized five rifles, a drone and explosives.

About 80 families from El Bejuco have fled to the municipal seat since Monday, the mayor said.

Violence in Michoacan has drawn national attention since the mayor of Uruapan was shot dead at a public event in November last year.""", [
  E(cur, "Air/drone strike", "Drones loaded with explosives were dropped on at least four houses in the community of El Bejuco", T("Tepalcatepec", "MX", 2, 19.19, -102.85, "Michoacan", "Tepalcatepec"), "monday",
    a1="Cartel Jalisco Nueva Generacion", i1=3, a2="Civilians (Mexico)", i2=7, inj=2),
  E(cur, "Armed clash", "soldiers patrolling a dirt road on the outskirts of Apatzingan were ambushed by gunmen", T("Apatzingan", "MX", 2, 19.09, -102.36, "Michoacan", "Apatzingan"), "tuesday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=3, inj=2),
  E(bg, "Attack", "the mayor of Uruapan was shot dead at a public event", T("Uruapan", "MX", 1, 19.42, -102.06, "Michoacan", "Uruapan"), "2025-11-01", tp=3,
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=1),
], register="local"),

S("st-am-062", "2026-05-20", """HONDURAS-VIOLENCE/
Gunmen kill six at San Pedro Sula pool hall; emergency rule extended

TEGUCIGALPA, May 20 (Wire) - Gunmen burst into a pool hall in a working-class neighbourhood of San Pedro Sula on Sunday night and shot dead six men, police said, blaming the MS-13 gang.

The attackers, wearing police-style vests, ordered the customers to lie on the floor before opening fire, a police spokesman said. Police said the killings were part of a turf war between MS-13 and the rival Barrio 18 over extortion in the area.

On Tuesday, the government extended for another 45 days the partial state of exception that suspends some constitutional rights in San Pedro Sula and the rest of the Sula valley, to fight the gangs.

Relatives gathered outside the morgue in San Pedro Sula on Monday to collect the bodies. Police said they had identified two suspects.

The government first declared the state of exception in December 2022. Six months later, gang members killed 46 women in a riot at the women's prison in Tamara, near Tegucigalpa, in an attack blamed on Barrio 18.

Honduras's murder rate has fallen in recent years but remains one of the highest in Latin America.""", [
  E(cur, "Attack", "Gunmen burst into a pool hall in a working-class neighbourhood of San Pedro Sula", T("San Pedro Sula", "HN", 1, 15.51, -88.03, "Cortes", "San Pedro Sula"), "sunday",
    a1="MS-13: Mara Salvatrucha", i1=3, a2="Civilians (Honduras)", i2=7, fat=6),
  E(cur, "Other", "the government extended for another 45 days the partial state of exception", T("San Pedro Sula", "HN", 1, 15.51, -88.03, "Cortes", "San Pedro Sula"), "tuesday",
    a1="Government of Honduras (2026-)", i1=1),
  E(bg, "Attack", "gang members killed 46 women in a riot at the women's prison in Tamara", T("Tamara", "HN", 1, 14.17, -87.34, "Francisco Morazan", "Distrito Central"), "2023-06-01", tp=3,
    a1="Barrio 18", i1=3, a2="Civilians (Honduras)", i2=7, fat=46),
]),

S("st-am-063", "2026-08-13", """Three shot dead in Mandeville as gang feud flares; suspect killed in May Pen

KINGSTON, Aug 13 - Three men were shot dead and a woman was wounded when gunmen opened fire on a group playing dominoes in a community in Mandeville, Manchester, on Monday night, the police said.

The Manchester police said the shooting was linked to a feud between two gangs in the area that has claimed at least five lives this year. An enhanced security measure was put in place in the community on Tuesday.

On Wednesday, a man the police said was a suspect in the killings was shot dead in a confrontation with lawmen in May Pen, Clarendon. The police said he opened fire on a team that went to arrest him at a house; a pistol was recovered.

The Independent Commission of Investigations said it had launched a probe into the fatal shooting.""", [
  E(cur, "Attack", "gunmen opened fire on a group playing dominoes in a community in Mandeville", T("Mandeville", "JM", 1, 18.04, -77.51, "Manchester", "Mandeville Proper"), "monday",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2="Civilians (Jamaica)", i2=7, fat=3, inj=1),
  E(cur, "Armed clash", "a man the police said was a suspect in the killings was shot dead in a confrontation with lawmen in May Pen", T("May Pen", "JM", 1, 17.96, -77.25, "Clarendon", "May Pen Proper"), "wednesday",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2="Police Forces of Jamaica (2016-)", i2=1, fat=1),
], register="local"),

S("st-am-064", "2026-11-11", """PAKISTAN-BALOCHISTAN/
Gunmen kill seven bus passengers near Kalat; police break up Quetta sit-in

QUETTA, Pakistan, Nov 11 (Wire) - Gunmen stopped two passenger buses on the national highway near Kalat in Pakistan's Balochistan province late on Monday, checked passengers' identity cards and shot dead seven men from Punjab province, officials said.

The Balochistan Liberation Army (BLA) claimed responsibility in a statement, saying the men were working for the security services. Officials said they were labourers travelling home.

On Tuesday, police in Quetta fired tear gas and detained about 30 people to break up a sit-in by the Baloch Yakjehti Committee outside the press club, where relatives of missing persons had been protesting for two weeks. Several women were among those detained.

Traffic on the highway between Quetta and Karachi was suspended at night after the attack.""", [
  E(cur, "Attack", "Gunmen stopped two passenger buses on the national highway near Kalat", T("Kalat", "PK", 2, 29.03, 66.59, "Balochistan", "Kalat"), "monday",
    a1="BLA: Balochistan Liberation Army", i1=2, a2="Civilians (Pakistan)", i2=7, fat=7),
  E(cur, "Protest with intervention", "police in Quetta fired tear gas and detained about 30 people to break up a sit-in", T("Quetta", "PK", 1, 30.18, 67.00, "Balochistan", "Quetta"), "tuesday",
    a1="Protesters (Pakistan)", i1=6, a2="Police Forces of Pakistan (2024-)", i2=1),
]),

S("st-am-065", "2026-04-07", """AFGHANISTAN-SECURITY/
Taliban intelligence says it broke up Islamic State cell in Kabul; bomb hits Kunduz mosque

KABUL, April 7 (Wire) - Afghanistan's Taliban intelligence agency said on Tuesday it had arrested six members of an Islamic State cell in raids in Kabul who were planning attacks on Shi'ite mosques.

The General Directorate of Intelligence said its officers had seized suicide vests and weapons at two houses in the west of the city. It did not say when the arrests were made.

On Monday evening, a bomb hidden under a carpet exploded in a Shi'ite mosque in Kunduz city during prayers, wounding five worshippers, a Taliban police spokesman in the province said. No group claimed the attack.

Islamic State's regional branch has carried out many of the deadliest attacks in Afghanistan since the Taliban took power in 2021, often against the Shi'ite Hazara minority.""", [
  E(cur, "Arrests", "it had arrested six members of an Islamic State cell in raids in Kabul", T("Kabul", "AF", 2, 34.53, 69.17, "Kabul", "Kabul"), "tuesday", tp=2,
    a1="Police Forces of Afghanistan (2021-)", i1=1, a2="Islamic State Khorasan Province", i2=2),
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden under a carpet exploded in a Shi'ite mosque in Kunduz city", T("Kunduz", "AF", 1, 36.73, 68.86, "Kunduz", "Kunduz"), "monday",
    a1="Unidentified Armed Group (Afghanistan)", i1=3, a2="Civilians (Afghanistan)", i2=7, inj=5),
]),

S("st-am-066", "2026-03-09", """Families of Gen Z protest victims march in Kathmandu to demand justice

KATHMANDU, March 9 - Hundreds of relatives and friends of the young people killed during last September's protests marched through Kathmandu on Sunday, six months after the shootings, demanding that those responsible be prosecuted.

Carrying portraits of the dead, the marchers walked from Maitighar to the New Baneshwor area near parliament, where police opened fire on protesters on Sept. 8, killing 19 people. The march ended peacefully with a candlelight vigil.

The protests, which began over a ban on social media platforms, toppled the government of K.P. Sharma Oli and led to the appointment of former chief justice Sushila Karki as interim prime minister. More than 70 people were killed in the unrest.

A commission investigating the killings is due to submit its report this month. The country voted in parliamentary elections on March 5.""", [
  E(cur, "Peaceful protest", "Hundreds of relatives and friends of the young people killed during last September's protests marched through Kathmandu", T("Kathmandu", "NP", 1, 27.70, 85.32, "Bagmati", "Kathmandu"), "sunday",
    a1="Protesters (Nepal)", i1=6),
  E(bg, "Excessive force against protesters", "police opened fire on protesters on Sept. 8, killing 19 people", T("Kathmandu", "NP", 2, 27.70, 85.32, "Bagmati", "Kathmandu"), "2025-09-08",
    a1="Protesters (Nepal)", i1=6, a2="Police Forces of Nepal (2024-2025)", i2=1, fat=19),
], register="local"),

S("st-am-067", "2026-05-19", """27 Maoists surrender in Dantewada; four killed in Abujhmarh encounter

RAIPUR, May 19: Twenty-seven Maoist cadres, including six women, surrendered before senior police officers in Dantewada on Monday, handing over 14 weapons, the district superintendent of police said.

The cadres, who carried rewards of up to Rs 8 lakh on their heads, said they were disillusioned with the movement and would join the state's rehabilitation scheme.

On Sunday, four Maoists were killed in an encounter with a joint team of the District Reserve Guard and the Special Task Force in the forests of Abujhmarh in Narayanpur district, police said. An AK-47 rifle and two self-loading rifles were recovered.

The Union home minister had set a deadline of March 2026 to end the Maoist insurgency, which once spread across large parts of central and eastern India. The movement was badly weakened in May last year, when security forces killed its general secretary and 26 other cadres in an encounter in the same Abujhmarh forests.

More than 1,500 Maoists have surrendered in Chhattisgarh since the start of last year, according to police figures.""", [
  E(cur, "Change to group/activity", "Twenty-seven Maoist cadres, including six women, surrendered before senior police officers in Dantewada", T("Dantewara", "IN", 1, 18.89, 81.35, "Chhattisgarh", "Dakshin Bastar Dantewada"), "monday",
    a1="CPI (Maoist): Communist Party of India (Maoist)", i1=2),
  E(cur, "Armed clash", "four Maoists were killed in an encounter with a joint team of the District Reserve Guard and the Special Task Force", T("Abujhmarh", "IN", 1, 19.39, 81.13, "Chhattisgarh"), "sunday",
    a1=IND_POL, i1=1, a2="CPI (Maoist): Communist Party of India (Maoist)", i2=2, fat=4),
  E(bg, "Armed clash", "security forces killed its general secretary and 26 other cadres in an encounter", T("Abujhmarh", "IN", 1, 19.39, 81.13, "Chhattisgarh"), "2025-05-01", tp=3,
    a1=IND_POL, i1=1, a2="CPI (Maoist): Communist Party of India (Maoist)", i2=2, fat=27),
], register="local"),

S("st-am-068", "2026-09-03", """Paraguay: police clash with landless farmers during eviction near Curuguaty
(Translated from Spanish.)

Eight people were injured on Wednesday when landless farmers resisted a police operation to evict them from a private ranch they had occupied near Curuguaty, in the department of Canindeyu, the National Police said.

About 150 families had been living on the land for three months, claiming it was state land that should be given to them under the agrarian reform. Some 400 police officers arrived at dawn with a court order.

The farmers threw stones and attacked officers with machetes and sticks, police said. Officers responded with tear gas and rubber bullets. Three police officers and five farmers were injured, and 22 people were arrested.

Farmers' organisations condemned the eviction and announced a march to Asuncion for next week.""", [
  E(cur, "Violent demonstration", "landless farmers resisted a police operation to evict them from a private ranch", T("Curuguaty", "PY", 2, -24.47, -55.69, "Canindeyu", "Curuguaty"), "wednesday",
    a1="Rioters (Paraguay)", i1=5, a2="Police Forces of Paraguay (2023-)", i2=1, inj=8),
], register="local"),

S("st-am-069", "2026-10-14", """PANAMA-PROTESTS/
Police clear road blockade in Changuinola; 14 arrested

PANAMA CITY, Oct 14 (Wire) - Panamanian police fired tear gas on Tuesday to clear a blockade of the main road into Changuinola, in the western province of Bocas del Toro, where banana workers and residents had been protesting for five days against job cuts, and arrested 14 people.

Protesters said police also used pellet guns; the police said officers had only used tear gas and batons. The road was reopened by the afternoon.

The province was the scene of weeks of unrest in June last year over a pension reform, during which the government declared a state of emergency in Bocas del Toro and suspended some constitutional guarantees.

The fruit company that runs the plantations said it had been forced to cut 2,000 jobs after last year's strike.""", [
  E(cur, "Protest with intervention", "Panamanian police fired tear gas on Tuesday to clear a blockade of the main road into Changuinola", T("Changuinola", "PA", 2, 9.43, -82.52, "Bocas del Toro", "Changuinola"), "tuesday",
    a1="Protesters (Panama)", i1=6, a2="Police Forces of Panama (2024-)", i2=1),
  E(bg, "Other", "the government declared a state of emergency in Bocas del Toro", T("Bocas del Toro", "PA", 3, 9.34, -82.24, "Bocas del Toro"), "2025-06-01", tp=3,
    a1="Government of Panama (2024-)", i1=1),
]),

S("st-am-070", "2026-07-09", """Costa Rica: gunmen rob armoured truck in Limon, escape with 90 million colones

LIMON, Costa Rica, July 9 - Armed men robbed an armoured cash-in-transit truck outside a supermarket in the centre of Limon on Wednesday morning and escaped with about 90 million colones, the Judicial Investigation Agency (OIJ) said.

The robbers, at least four of them, fired shots into the air and threatened the guards with rifles before loading the cash bags into a car, the OIJ said. Nobody was hurt.

The car was later found burned on the road to Moin. Police set up checkpoints on the main roads out of the province.

The OIJ said it was investigating whether the gang had inside help. It was the second robbery of a cash-in-transit truck in the province this year.""", [], negative="crime", register="local"),

S("st-am-071", "2026-02-26", """YEMEN-SECURITY/
Al Qaeda attack kills four southern forces in Abyan

ADEN, Feb 26 (Wire) - Al Qaeda militants attacked a checkpoint of the Security Belt Forces, allied to the Southern Transitional Council, in the Mudiyah district of Yemen's southern Abyan province on Wednesday, killing four fighters, a security official said.

The attackers used rocket-propelled grenades and machine guns and withdrew into the mountains after a 40-minute gunfight, the official said. Three attackers were also killed.

Al Qaeda in the Arabian Peninsula (AQAP) claimed the attack in a statement on Telegram, saying it had killed "seven apostates".

Later on Wednesday, a roadside bomb hit a Security Belt vehicle on the road between Mudiyah and Lawdar, wounding two fighters. No group claimed it.

AQAP has stepped up attacks on southern forces in Abyan and Shabwa over the past two years.""", [
  E(cur, "Armed clash", "Al Qaeda militants attacked a checkpoint of the Security Belt Forces", T("Mudiyah", "YE", 3, 13.93, 46.08, "Abyan", "Mudiyah"), "wednesday",
    a1="AQAP: Al Qaeda in the Arabian Peninsula", i1=2, a2="Security Belt Forces", i2=3, fat=7),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb hit a Security Belt vehicle on the road between Mudiyah and Lawdar", T("Mudiyah", "YE", 2, 13.93, 46.08, "Abyan", "Mudiyah"), "wednesday",
    a1="Unidentified Armed Group (Yemen)", i1=3, a2="Security Belt Forces", i2=3, inj=2),
]),

S("st-am-072", "2026-05-15", """ARMENIA-PROTEST/
Police detain dozens as opposition supporters block Yerevan streets

YEREVAN, May 15 (Wire) - Armenian police detained 46 people on Thursday as supporters of an opposition movement blocked streets in central Yerevan to demand the resignation of Prime Minister Nikol Pashinyan, police said.

Protesters lay down on Baghramyan Avenue and other streets near the government building. Police carried them away and pushed others back; video showed officers dragging protesters into buses.

The movement, led by clergy of the Armenian Apostolic Church and opposition politicians, accuses Pashinyan of making too many concessions to Azerbaijan. Parliamentary elections are due on June 7.""", [
  E(cur, "Protest with intervention", "Armenian police detained 46 people on Thursday as supporters of an opposition movement blocked streets", T("Yerevan", "AM", 1, 40.18, 44.51, "Yerevan"), "thursday",
    a1="Protesters (Armenia)", i1=6, a2="Police Forces of Armenia (2018-)", i2=1),
]),

S("st-am-073", "2026-03-21", """JORDAN-PROTESTS/
Jordanian police disperse Gaza protest near Israeli embassy; organisers detained

AMMAN, March 21 (Wire) - Jordanian police used batons and tear gas late on Thursday to disperse hundreds of protesters who tried to march on the Israeli embassy in Amman's Rabieh district, witnesses said.

The protesters, chanting in support of Gaza, had gathered after evening prayers at a mosque near the embassy. Police blocked the road and pushed them back.

On Friday, security services detained five activists from a youth group that had organised the protest at their homes, their families said. The government spokesman said they were being questioned over "incitement".

Jordan has banned protests near the embassy since 2023, when thousands gathered there almost nightly during the war in Gaza.""", [
  E(cur, "Protest with intervention", "Jordanian police used batons and tear gas late on Thursday to disperse hundreds of protesters", T("Amman", "JO", 2, 31.96, 35.95, "Amman"), "thursday",
    a1="Protesters (Jordan)", i1=6, a2="Police Forces of Jordan (1999-)", i2=1),
  E(cur, "Arrests", "security services detained five activists from a youth group that had organised the protest at their homes", T("Amman", "JO", 1, 31.96, 35.95, "Amman"), "friday",
    a1="Police Forces of Jordan (1999-)", i1=1, a2="Civilians (Jordan)", i2=7),
]),

S("st-am-074", "2026-09-05", """WEST BANK/
Settlers torch cars and beat villagers in Sinjil; two gunmen killed in Tammun raid

RAMALLAH, Sept 5 (Wire) - Israeli settlers set fire to four cars and beat three Palestinians in the village of Sinjil, north of Ramallah, on Friday, the Palestinian health ministry and village council said.

About 30 settlers, some of them masked, came down from a nearby outpost in the afternoon, residents said. The three injured, including a 70-year-old man, were taken to hospital in Ramallah.

The Israeli military said troops were sent to the area and "dispersed the confrontation".

On Thursday, Israeli forces raiding the town of Tammun, near Tubas, killed two Palestinian gunmen in an exchange of fire, the military said. The Palestinian health ministry confirmed two deaths. No soldiers were hurt.""", [
  E(cur, "Attack", "Israeli settlers set fire to four cars and beat three Palestinians in the village of Sinjil", T("Sinjil", "PS", 1, 32.03, 35.27, "West Bank", "Ramallah and al-Bireh"), "friday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, inj=3),
  E(cur, "Armed clash", "Israeli forces raiding the town of Tammun, near Tubas, killed two Palestinian gunmen", T("Tammun", "PS", 1, 32.28, 35.38, "West Bank", "Tubas"), "thursday",
    a1=ISR, i1=8, a2="Unidentified Armed Group (Palestine)", i2=3, fat=2),
]),

S("st-am-075", "2026-10-06", """LIBYA-SECURITY/
Armed men abduct Misrata municipal official; residents protest

TRIPOLI, Oct 6 (Wire) - Armed men abducted a senior official of Misrata's municipal council from outside his home in the city on Sunday evening, his family and the council said.

The official, who heads the council's finance committee, was forced into a car with no number plates and driven away. The council said it had received no demands and held the authorities responsible for his safety.

On Monday, several hundred residents gathered outside the municipal building to demand his release, blocking the coastal road for several hours.

Abductions of officials, activists and businessmen by armed groups have been frequent in western Libya since the 2011 uprising.""", [
  E(cur, "Abduction/forced disappearance", "Armed men abducted a senior official of Misrata's municipal council from outside his home", T("Misratah", "LY", 1, 32.38, 15.09, "Misratah"), "sunday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Civilians (Libya)", i2=7),
  E(cur, "Peaceful protest", "several hundred residents gathered outside the municipal building to demand his release", T("Misratah", "LY", 1, 32.38, 15.09, "Misratah"), "monday",
    a1="Protesters (Libya)", i1=6),
]),
S("st-am-076", "2026-07-15", """MYANMAR-RAKHINE/
Junta warships shell villages near Kyaukphyu as Arakan Army closes in

BANGKOK, July 15 (Wire) - Myanmar navy ships shelled villages on the coast near the western port town of Kyaukphyu on Sunday and Monday, killing at least six civilians, residents and the Arakan Army (AA) said.

"The shells fell on houses in the morning while people were cooking. Two children were among the dead," a resident of one of the villages told the Wire by telephone.

The AA, which has taken 14 of Rakhine state's 17 townships since late 2023, said its fighters had attacked junta positions on the northern edge of Kyaukphyu on Monday and seized an outpost guarding the road to the airport. The junta did not comment.

On Tuesday, a junta aircraft bombed the hospital in Ramree town, on the island south of Kyaukphyu, killing three patients and a nurse, the AA said.

Kyaukphyu hosts a Chinese-built deep-sea port and oil and gas pipelines running to China.""", [
  E(cur, "Shelling/artillery/missile attack", "Myanmar navy ships shelled villages on the coast near the western port town of Kyaukphyu", T("Kyaukpyu", "MM", 2, 19.43, 93.55, "Rakhine", "Kyaunkpyu"), "sunday", tp=2,
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=6),
  E(cur, "Non-state actor overtakes territory", "its fighters had attacked junta positions on the northern edge of Kyaukphyu on Monday and seized an outpost", T("Kyaukpyu", "MM", 2, 19.43, 93.55, "Rakhine", "Kyaunkpyu"), "monday",
    a1="Arakan Army", i1=2, a2=MMR, i2=1),
  E(cur, "Air/drone strike", "a junta aircraft bombed the hospital in Ramree town", T("Ramree", "MM", 1, 19.09, 93.86, "Rakhine"), "tuesday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=4),
]),

S("st-am-077", "2026-04-21", """Six killed as clan fighting flares near Mendi

MENDI, April 21 - Six men were killed on Sunday when fighters of two clans exchanged fire with high-powered rifles in villages outside Mendi, the Southern Highlands provincial capital, police said.

The fighting, which police said was over a long-running land dispute, lasted most of the day. Dozens of houses were burned and hundreds of people fled into the town.

The provincial police commander said a mobile squad had been sent to the area and that the Highlands Highway near Mendi had been closed for several hours.

Residents said both clans had brought in fighters from neighbouring valleys and that schools and the market in the area had been closed since Friday.

Tribal fighting in the Highlands provinces has killed hundreds of people in recent years as automatic weapons have replaced bows and arrows. In February 2024, at least 26 men were killed in an ambush between rival tribes near Wabag in neighbouring Enga province.""", [
  E(cur, "Armed clash", "fighters of two clans exchanged fire with high-powered rifles in villages outside Mendi", T("Mendi", "PG", 2, -6.15, 143.66, "Southern Highlands"), "sunday",
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=6),
  E(bg, "Armed clash", "at least 26 men were killed in an ambush between rival tribes near Wabag", T("Wabag", "PG", 2, -5.49, 143.72, "Enga"), "2024-02-01", tp=3,
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4, fat=26),
], register="local"),

S("st-am-078", "2026-05-13", """Nigeria's unions begin nationwide strike over minimum wage; airports, hospitals hit

ABUJA, May 13 (Wire) - Nigeria's main labour unions began an indefinite nationwide strike on Wednesday to press for a new minimum wage, shutting government offices, public hospitals and schools and grounding some domestic flights.

Workers stayed at home in Abuja and Lagos, and the national grid operator said electricity supply had fallen after union members shut down a control centre. There were no marches or rallies, and the streets of the capital were largely empty.

The Nigeria Labour Congress said the government had failed to implement an agreement reached last year. The government called the strike "illegal" and invited union leaders to talks on Thursday.

Inflation in Nigeria has eroded wages since the removal of petrol subsidies in 2023.""", [], negative="labour strike"),

S("st-am-079", "2026-02-19", """YEMEN-SHIPPING/
Houthis threaten to resume attacks on Red Sea shipping

DUBAI, Feb 19 (Wire) - Yemen's Houthi movement said on Thursday it would resume attacks on commercial ships linked to Israel in the Red Sea if aid deliveries to Gaza were blocked again.

"Any ship belonging to the enemy or heading to its ports will be a legitimate target," the group's military spokesman said in a televised statement.

The Houthis halted their attacks on shipping after the Gaza ceasefire in October last year. During the war they attacked more than 100 merchant ships and sank four, according to maritime security firms.

Shipping companies said they would keep avoiding the route for now. Traffic through the Suez Canal remains well below its pre-war level.""", [
  unscored(E(thr, "Attack", "Any ship belonging to the enemy or heading to its ports will be a legitimate target", C("YE"), None,
    a1=HOU, i1=1), "event_date", "fatalities", "injuries", "geo_precision"),
], negative="threat"),

S("st-am-080", "2026-08-26", """Soldier wounded in 2024 Cauca bombing dies after two years in hospital
(Translated from Spanish.)

A Colombian army corporal who lost both legs in an explosive attack on a military base in Cauca department in 2024 died on Tuesday at the military hospital in Bogota, the army said.

The corporal, 26, was one of seven soldiers wounded on 12 July 2024 when a drone dropped explosives on the battalion base in the town of Argelia. The army blamed the Carlos Patino Front, a dissident faction of the former FARC guerrilla.

He had undergone more than 30 operations, his family said. He will be buried on Thursday in his home town of Girardot.

The army said more than 20 soldiers had been killed in drone attacks since 2024.""", [
  E(bg, "Air/drone strike", "a drone dropped explosives on the battalion base in the town of Argelia", T("Argelia", "CO", 1, 2.26, -77.25, "Cauca", "Argelia"), "2024-07-12",
    a1="Carlos Patino Front", i1=2, a2="Military Forces of Colombia (2022-)", i2=1, inj=7),
], negative="casualty notice", register="local"),

S("st-am-081", "2026-03-04", """Blasts at ammunition depot near Arys force evacuation of town

ALMATY, March 4 (Wire) - A fire at a military ammunition depot near the town of Arys in southern Kazakhstan set off a series of explosions on Wednesday, forcing the evacuation of several thousand residents, the emergency situations ministry said.

Two soldiers were injured. Shells were thrown several kilometres and damaged houses on the edge of the town, local officials said.

The defence ministry said the fire had been caused by a short circuit in a warehouse and ruled out sabotage.

In 2019, explosions at a depot in Arys killed three people and forced the evacuation of 44,000 residents.""", [], negative="accident"),

S("st-am-082", "2026-04-03", """Armenian, Azerbaijani foreign ministers meet in Abu Dhabi, no date for treaty signing

ABU DHABI, April 3 (Wire) - The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Friday to discuss the final steps towards signing a peace treaty, but set no date for the signing, both sides said.

The two ministers discussed the opening of transport links and the demarcation of the border, Armenia's foreign ministry said. Azerbaijan's ministry called the talks "constructive".

Baku has demanded that Armenia change its constitution, which it says contains territorial claims on Azerbaijan, before the treaty is signed. Armenia plans a referendum on a new constitution after the June elections.

The two countries' leaders initialled the text of the treaty at the White House in August last year.""", [
  E(bg, "Agreement", "The two countries' leaders initialled the text of the treaty at the White House", T("Washington", "US", 1, 38.90, -77.04, "District of Columbia"), "2025-08-01", tp=3,
    a1="Government of Armenia (2018-)", i1=1, a2="Government of Azerbaijan (2003-)", i2=1),
], negative="diplomacy"),

S("st-am-083", "2026-10-16", """Indigenous groups plan march on Bogota; ELN warns of 'armed strike' in Choco
(Translated from Spanish.)

Indigenous organisations from Cauca announced on Thursday that thousands of their members would march to Bogota next week to demand that the government protect their leaders, dozens of whom have been killed this year.

The "minga" is due to set off from Popayan on Monday and reach the capital by the end of the month, the Regional Indigenous Council of Cauca (CRIC) said.

Separately, the ELN guerrilla warned in a statement that it would declare an "armed strike" in the department of Choco if the army did not withdraw from the San Juan river basin. The army said it would not leave.

The government has suspended talks with the ELN since January last year.""", [
  unscored(E(hyp, "Peaceful protest", "thousands of their members would march to Bogota next week", T("Bogota", "CO", 1, 4.61, -74.08, "Bogota", "Bogota  D.C."), None,
    a1="Protesters (Colombia)", i1=6), "event_date", "fatalities", "injuries", "geo_precision"),
  unscored(E(thr, "Other", "it would declare an \"armed strike\" in the department of Choco", T("Choco", "CO", 3, 5.69, -76.66, "Choco"), None,
    a1="ELN: National Liberation Army", i1=2, a2="Civilians (Colombia)", i2=7), "event_date", "fatalities", "injuries", "geo_precision"),
], negative="threat"),

S("st-am-084", "2026-03-25", """MALI-SECURITY/
JNIM fighters attack army camp at Ber; drone strike hits market, residents say

BAMAKO, March 25 (Wire) - Fighters of the al Qaeda-linked JNIM attacked a Malian army camp at Ber, east of Timbuktu, on Sunday, setting off several hours of fighting, the army and local sources said.

The army said it had repelled the attack with the support of its Russian partners and killed "about 40 terrorists". A local elected official said at least nine soldiers had been killed.

On Monday, a drone strike hit a weekly market in a village about 30 km north of Ber, killing 12 people, residents and a local association said. They said the dead were herders and traders. The army said it had struck "terrorists fleeing" after the attack on the camp.

JNIM and Tuareg separatists have stepped up attacks in the Timbuktu region since the U.N. peacekeeping mission withdrew in 2023.""", [
  E(cur, "Armed clash", "Fighters of the al Qaeda-linked JNIM attacked a Malian army camp at Ber", T("Ber", "ML", 1, 16.87, -2.45, "Tombouctou"), "sunday",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=49),
  E(cur, "Air/drone strike", "a drone strike hit a weekly market in a village about 30 km north of Ber", T("Ber", "ML", 2, 16.87, -2.45, "Tombouctou"), "monday",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, fat=12),
]),

S("st-am-085", "2026-03-11", """CHAD-LAKE/
Boko Haram fighters kill fishermen on Lake Chad island; soldiers repel attack near Baga Sola

N'DJAMENA, March 11 (Wire) - Boko Haram fighters killed seven fishermen on an island in Lake Chad near Bol on Monday, a local official said.

The attackers arrived in canoes at dawn, tied up the fishermen and shot them, the official said, adding that three others were missing.

On Tuesday night, the army repelled an attack by Boko Haram fighters on a military post near Baga Sola, killing 11 of them, the army spokesman said. Two soldiers were wounded.

Chad's Lac province has been hit repeatedly by the jihadist group, which crosses from Nigeria, Niger and Cameroon on the lake's many islands. In October 2024, Boko Haram fighters killed about 40 soldiers in an attack on an army base in the province, prompting an offensive led by the president.

Fishermen's associations said hundreds of their members had stopped going out on the lake since the start of the year.""", [
  E(cur, "Attack", "Boko Haram fighters killed seven fishermen on an island in Lake Chad near Bol", T("Bol", "TD", 2, 13.47, 14.71, "Lac"), "monday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Chad)", i2=7, fat=7),
  E(cur, "Armed clash", "the army repelled an attack by Boko Haram fighters on a military post near Baga Sola", T("Baga Sola", "TD", 2, 13.53, 14.32, "Lac"), "tuesday",
    a1="Military Forces of Chad (2021-)", i1=1, a2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i2=2, fat=11, inj=2),
  E(bg, "Armed clash", "Boko Haram fighters killed about 40 soldiers in an attack on an army base in the province", T("Lac", "TD", 3, 13.47, 14.71, "Lac"), "2024-10-01", tp=3,
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Military Forces of Chad (2021-)", i2=1, fat=40),
]),

S("st-am-086", "2026-05-23", """PICTURES: Marawi, nine years after the siege

Caption: Smoke rises over Marawi City's main commercial district during fighting between government troops and Islamic State-linked militants, June 2017.

Caption: Soldiers advance past a damaged mosque in the Mapandi area of Marawi, July 2017.

Caption: Displaced residents queue for food at an evacuation centre in Iligan City, August 2017.

Caption: A woman walks through the rebuilt town centre of Marawi on Friday. Many residents of the former "ground zero" are still waiting for compensation for their destroyed homes.

Caption: Children play on the grounds of the new Grand Padian market, which opened last year.

The five-month siege of Marawi, which began on 23 May 2017, killed more than 1,100 people, most of them militants, and displaced some 350,000. A compensation board set up in 2022 has paid out less than a quarter of the claims filed.""", [], negative="commemoration", register="photo"),

S("st-am-087", "2026-06-30", """Kenyan police say mall attack alert was a hoax

NAIROBI, June 30 (Wire) - Kenyan police said on Tuesday that a message circulating on social media warning of an imminent attack on a shopping mall in Nairobi's Westlands area was a hoax, after shoppers fled the building in panic.

Hundreds of people ran out of the mall on Monday evening after the message, which claimed armed men had been seen in the car park, spread on WhatsApp. Several people were hurt in the stampede, none seriously.

"There was no attack and no armed men. We urge the public to verify information before sharing it," the police spokeswoman said. She said officers were trying to trace the source of the message.

Security at Nairobi malls has been tight for years, with bag checks and metal detectors at most entrances.""", [], negative="hoax"),

S("st-am-088", "2026-09-09", """Colombia: 131 social leaders killed so far this year, says rights group
(Translated from Spanish.)

At least 131 social leaders and human rights defenders have been killed in Colombia between January and August this year, according to a report published on Wednesday by the Indepaz institute.

Cauca, with 32 killings, Antioquia, with 19, and Valle del Cauca, with 14, were the departments with the most victims. Indigenous leaders, community council members and leaders of crop substitution programmes were among the most affected.

The institute also recorded 48 massacres, defined as the killing of three or more people in a single incident, and 28 killings of former FARC combatants who signed the 2016 peace agreement.

The report attributes most of the killings to armed groups fighting for control of drug trafficking routes and illegal mining, among them FARC dissident factions, the ELN and the Clan del Golfo.""", [], negative="statistics", register="ngo"),

S("st-am-089", "2026-07-28", """Rwanda denies its troops are fighting in eastern Congo

KIGALI, July 28 (Wire) - Rwanda's government on Tuesday denied a report by United Nations experts that said its troops were fighting alongside M23 rebels in eastern Congo and controlled their operations.

"These allegations are recycled and baseless. Rwanda has taken defensive measures on its border, nothing more," a government spokeswoman said in a statement.

The experts' report, seen by the Wire last week, said between 3,000 and 4,000 Rwandan soldiers had been in North and South Kivu in the first half of the year.

Congo's government said the report confirmed what it had long said and called for sanctions against Kigali. Peace efforts led by the United States and Qatar have yet to end the fighting.""", [], negative="denial"),

S("st-am-090", "2026-03-30", """Peru's presidential hopefuls clash in televised debate two weeks before vote

LIMA, March 30 (Wire) - Candidates in Peru's presidential election traded accusations over crime and corruption in a televised debate on Sunday, two weeks before the April 12 vote.

Most of the candidates promised a tougher line on extortion gangs, which have killed dozens of bus drivers in Lima over the past two years, and several pledged to bring back the death penalty.

The election is one of the most fragmented in Peru's history, with more than 30 candidates. Polls show no one with more than 15 per cent of the vote.

Voting is compulsory in Peru. A run-off is due in June if no candidate wins more than half the votes.""", [], negative="campaign"),

S("st-am-091", "2026-09-16", """Pokot and Turkana elders sign peace pact at Kainuk after deadly raids

LODWAR, Kenya, Sept 16 - Elders from the Pokot and Turkana communities signed a peace agreement on Tuesday at Kainuk, on the border between West Pokot and Turkana counties, pledging to end cattle raids that have killed at least 40 people this year.

Under the deal, witnessed by the Interior ministry and church leaders, the elders agreed to return stolen animals and to hand over young men who take part in raids to the police.

The pact follows an attack last month in which armed Pokot raiders killed six Turkana herders and drove off about 300 goats near Kainuk.

Previous agreements between the two communities have broken down within months.""", [
  E(cur, "Agreement", "Elders from the Pokot and Turkana communities signed a peace agreement on Tuesday at Kainuk", T("Kainuk", "KE", 1, 1.77, 35.51, "Turkana"), "tuesday",
    a1="Pokot Ethnic Militia (Kenya)", i1=4, a2="Turkana Ethnic Militia (Kenya)", i2=4),
  E(bg, "Attack", "armed Pokot raiders killed six Turkana herders and drove off about 300 goats near Kainuk", T("Kainuk", "KE", 2, 1.77, 35.51, "Turkana"), "2026-08-01", tp=3,
    a1="Pokot Ethnic Militia (Kenya)", i1=4, a2="Civilians (Kenya)", i2=7, fat=6),
], register="local"),

S("st-am-092", "2026-11-20", """SUDAN-KORDOFAN/
RSF shells Bara; army drone strikes hit RSF vehicles west of El Obeid

PORT SUDAN, Nov 20 (Wire) - The Rapid Support Forces shelled the town of Bara in Sudan's North Kordofan state on Wednesday, killing five civilians, including two children, a medical group said.

The army recaptured Bara from the RSF in September, and the town has since been shelled repeatedly from RSF positions to the north.

On Thursday, army drones struck an RSF convoy on the road west of El Obeid, destroying several vehicles and killing a field commander, military sources said. The RSF did not comment.

Tens of thousands of people have fled the Bara area for El Obeid in recent weeks, the International Organization for Migration said.""", [
  E(cur, "Shelling/artillery/missile attack", "The Rapid Support Forces shelled the town of Bara", T("Barah", "SD", 1, 13.70, 30.37, "North Kordofan", "Bara"), "wednesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=5),
  E(cur, "Air/drone strike", "army drones struck an RSF convoy on the road west of El Obeid", T("El Obeid", "SD", 2, 13.18, 30.22, "North Kordofan"), "thursday",
    a1=SDN, i1=1, a2=RSF, i2=2, fat=1),
  E(bg, "Government regains territory", "The army recaptured Bara from the RSF in September", T("Barah", "SD", 1, 13.70, 30.37, "North Kordofan", "Bara"), "2026-09-01", tp=3,
    a1=SDN, i1=1, a2=RSF, i2=2),
]),

S("st-am-093", "2026-03-11", """IRAQ-TRIBES/
Four killed in tribal gunfight north of Basra

BASRA, Iraq, March 11 (Wire) - Four people were killed and nine wounded on Tuesday when members of two tribes fought with rifles and rocket-propelled grenades over a land dispute in the al-Qurna district north of Basra, police said.

The fighting lasted several hours and forced families to flee nearby farms. Security forces were deployed to separate the two sides and arrested 12 men.

Tribal disputes over land, water and honour often turn deadly in southern Iraq, where many families keep heavy weapons. The government has launched several campaigns to disarm the tribes, with little success.""", [
  E(cur, "Armed clash", "members of two tribes fought with rifles and rocket-propelled grenades over a land dispute in the al-Qurna district", T("Al Qurnah", "IQ", 3, 31.02, 47.43, "Basra", "Al-Qurna"), "tuesday",
    a1="Unidentified Tribal Militia (Iraq)", i1=4, a2="Unidentified Tribal Militia (Iraq)", i2=4, fat=4, inj=9),
]),

S("st-am-094", "2026-04-18", """SYRIA-SWEIDA/
Druze and Bedouin fighters clash west of Sweida; government forces deploy

DAMASCUS, April 18 (Wire) - Fighting between Druze militias and Bedouin tribal fighters broke out on Friday in villages west of the southern Syrian city of Sweida, killing at least eight people, a monitoring group said.

The clashes began after a dispute over a stolen car at a Druze checkpoint, residents said. Both sides used machine guns and mortars.

Government forces entered the area on Saturday to separate the two sides, the interior ministry said, and a ceasefire brokered by local elders was holding by the evening.

Fighting between the two communities in Sweida province in July last year killed more than 1,000 people. Druze leaders accuse government forces of having sided with the Bedouin tribes then, a charge Damascus rejects.""", [
  E(cur, "Armed clash", "Fighting between Druze militias and Bedouin tribal fighters broke out on Friday in villages west of the southern Syrian city of Sweida", T("As-Suwayda", "SY", 2, 32.71, 36.57, "As-Sweida"), "friday",
    a1="Druze Militia (Syria)", i1=4, a2="Bedouin Tribal Militia (Syria)", i2=4, fat=8),
  E(bg, "Armed clash", "Fighting between the two communities in Sweida province in July last year killed more than 1,000 people", T("As-Sweida", "SY", 3, 32.71, 36.57, "As-Sweida"), "2025-07-01", tp=3,
    a1="Druze Militia (Syria)", i1=4, a2="Bedouin Tribal Militia (Syria)", i2=4, fat=1000),
]),

S("st-am-095", "2026-02-24", """Negros Oriental: soldiers, NPA rebels clash in Guihulngan; rebels burn road equipment in Bayawan

DUMAGUETE CITY, Feb 24 - Soldiers and New People's Army (NPA) rebels clashed in the hinterlands of Guihulngan City on Sunday, leaving one rebel dead, the army's 302nd Infantry Brigade said.

The 20-minute firefight took place after villagers reported the presence of armed men, the brigade said. Troops recovered an M16 rifle and subversive documents.

On Monday night, about ten NPA rebels set fire to a backhoe and a dump truck at a road construction site in Bayawan City, the police said. The contractor had refused to pay "revolutionary taxes", according to the police. Nobody was hurt.

The military says the communist insurgency, which began in 1969, has been reduced to a few fronts in the Visayas and Mindanao.""", [
  E(cur, "Armed clash", "Soldiers and New People's Army (NPA) rebels clashed in the hinterlands of Guihulngan City", T("Guihulngan", "PH", 2, 10.12, 123.27, "Negros Island Region", "Negros Oriental"), "sunday",
    a1="Military Forces of the Philippines (2022-)", i1=1, a2="NPA: New People's Army", i2=2, fat=1),
  E(cur, "Looting/property destruction", "about ten NPA rebels set fire to a backhoe and a dump truck at a road construction site in Bayawan City", T("Bayawan", "PH", 1, 9.36, 122.80, "Negros Island Region", "Negros Oriental"), "monday",
    a1="NPA: New People's Army", i1=2, a2="Civilians (Philippines)", i2=7, fat=0, inj=0),
], register="local"),
S("st-am-096", "2026-10-23", """LIVE: Russia attacks Kyiv with missiles and drones - updates

08:40 - Kyiv's mayor says the number of injured in the capital has risen to 19, including two children. Three people were killed, he says, all in the Sviatoshynskyi district, where a ballistic missile hit a nine-storey apartment block at around 04:20.

07:55 - The air force says Russia launched 11 missiles and 140 drones overnight, of which 9 missiles and 118 drones were shot down or jammed.

07:15 - In Brovary, just east of Kyiv, drones hit a warehouse of a logistics company, starting a large fire. No casualties reported there, the regional administration says.

06:30 - Debris from a downed drone fell on the roof of a kindergarten in the Obolonskyi district of Kyiv. The building was empty; no one was hurt.

05:10 - Rescuers are pulling people out of the rubble of the apartment block in Sviatoshynskyi district. Photos show a gaping hole in the building from the fifth to the ninth floor.

04:25 - Loud explosions heard across Kyiv. Air defence is working. Stay in shelters.""", [
  E(cur, "Shelling/artillery/missile attack", "a ballistic missile hit a nine-storey apartment block at around 04:20", T("Kyiv", "UA", 2, 50.45, 30.52, "Kyiv"), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=3, inj=19),
  E(cur, "Air/drone strike", "drones hit a warehouse of a logistics company, starting a large fire", T("Brovary", "UA", 1, 50.51, 30.79, "Kyiv", "Brovary"), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Disrupted weapons use", "Debris from a downed drone fell on the roof of a kindergarten in the Obolonskyi district of Kyiv", T("Kyiv", "UA", 2, 50.45, 30.52, "Kyiv"), 0,
    a1=UKR, i1=1, a2=RUS, i2=8, fat=0, inj=0),
], register="live"),

S("st-am-097", "2026-04-13", """MOLDOVA-PROTEST/
Thousands rally in Chisinau against gas price rise; two organisers detained

CHISINAU, April 13 (Wire) - Several thousand people rallied in front of the government building in Chisinau on Sunday to protest against a rise in gas and electricity prices, the largest demonstration in the Moldovan capital this year.

The rally, organised by opposition parties seen as close to Moscow, passed off peacefully, police said.

On Monday morning, police detained two of the rally's organisers at their homes on suspicion of receiving money from abroad to finance protests, prosecutors said. Their party called the detentions "political repression".

Moldova's pro-European government says Russia is trying to destabilise the country by paying people to protest, a charge Moscow denies.""", [
  E(cur, "Peaceful protest", "Several thousand people rallied in front of the government building in Chisinau on Sunday", T("Chisinau", "MD", 1, 47.01, 28.86, "Chisinau"), "sunday",
    a1="Protesters (Moldova)", i1=6),
  E(cur, "Arrests", "police detained two of the rally's organisers at their homes", T("Chisinau", "MD", 1, 47.01, 28.86, "Chisinau"), "monday",
    a1="Police Forces of Moldova (2020-)", i1=1, a2="Civilians (Moldova)", i2=7),
]),

S("st-am-098", "2026-08-11", """Spain: clashes between far-right groups and local youths in Roquetas de Mar
(Translated from Spanish.)

Groups of far-right activists and young people of North African origin fought with sticks, stones and bottles on Saturday night in the Las Losas neighbourhood of Roquetas de Mar, in Almeria, after calls on social media to "hunt" migrants following an assault on a pensioner last week.

Several cars were set on fire and the windows of a kebab shop were smashed, the Civil Guard said. Seven people were injured, one of them seriously, and nine were arrested.

Dozens of riot police were deployed to the neighbourhood on Sunday, and the night passed calmly.

The mayor called for calm and said the town "will not allow hatred to take hold". The government's delegate in Andalusia said the calls on social media were being investigated as hate crimes.""", [
  E(cur, "Mob violence", "Groups of far-right activists and young people of North African origin fought with sticks, stones and bottles", T("Roquetas de Mar", "ES", 2, 36.76, -2.61, "Andalusia", "Almeria"), "saturday",
    a1="Rioters (Spain)", i1=5, a2="Rioters (Spain)", i2=5, inj=7),
], register="local"),

S("st-am-099", "2026-03-06", """SWEDEN-CRIME/
Blast damages apartment building in Uppsala; teenager held

STOCKHOLM, March 6 (Wire) - An explosive device went off in the stairwell of an apartment building in the Gottsunda district of Uppsala early on Thursday, damaging doors and windows, police said. No one was hurt.

Police said the blast was probably linked to a conflict between criminal networks and that the intended target was a relative of a gang member living in the building.

On Friday, police arrested a 16-year-old boy in Stockholm on suspicion of carrying out the bombing. Swedish gangs often recruit teenagers, who face lighter sentences, to carry out shootings and bombings.

Sweden recorded more than 100 bombings last year, according to police figures.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosive device went off in the stairwell of an apartment building in the Gottsunda district of Uppsala", T("Uppsala", "SE", 2, 59.86, 17.64, "Uppsala", "Uppsala Kommun"), "thursday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police arrested a 16-year-old boy in Stockholm on suspicion of carrying out the bombing", T("Stockholm", "SE", 1, 59.33, 18.07, "Stockholm", "Stockholms Kommun"), "friday",
    a1="Police Forces of Sweden (2022-)", i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
]),

S("st-am-100", "2026-06-04", """One dead in Anderlecht shooting as drug gang violence returns to Brussels

BRUSSELS, June 4 (Wire) - A man was shot dead and another wounded late on Wednesday near the Clemenceau metro station in Anderlecht, a municipality of Brussels, the prosecutor's office said.

Two men wearing balaclavas fired at the victims from a scooter and fled, witnesses said. The prosecutor's office said the shooting was "very probably" linked to the rivalry between drug-dealing gangs in the area.

Police cordoned off the neighbourhood and the metro station was closed until Thursday morning.

Brussels has seen dozens of shootings linked to drug trafficking since the start of last year. The city's mayor called for more federal police to be deployed.""", [
  E(cur, "Attack", "A man was shot dead and another wounded late on Wednesday near the Clemenceau metro station in Anderlecht", T("Anderlecht", "BE", 1, 50.84, 4.31, "Brussel", "Bruxelles-Capitale"), "wednesday",
    a1="Unidentified Armed Group (Belgium)", i1=3, a2="Civilians (Belgium)", i2=7, fat=1, inj=1),
]),

S("st-am-101", "2026-05-12", """Fire set at party office in Tucson; dozens rally against political violence

TUCSON, Arizona, May 12 (Wire) - Someone threw an incendiary device through the window of a Republican Party office in Tucson early on Sunday, causing a fire that destroyed the reception area, police said. The building was empty and no one was hurt.

Graffiti reading "fascists out" was found on a wall outside. The FBI said it was assisting the Tucson police in the investigation.

On Monday evening, about 150 people gathered outside the office for a rally against political violence, joined by local officials of both parties.

The incident is the latest in a string of attacks on party offices across the country over the past year.""", [
  unscored(E(cur, "Looting/property destruction", "Someone threw an incendiary device through the window of a Republican Party office in Tucson", T("Tucson", "US", 1, 32.22, -110.93, "Arizona", "Pima"), "sunday",
    a1="Unidentified Armed Group (United States)", i1=3, fat=0, inj=0), "actor2", "inter2"),
  E(cur, "Peaceful protest", "about 150 people gathered outside the office for a rally against political violence", T("Tucson", "US", 1, 32.22, -110.93, "Arizona", "Pima"), "monday",
    a1="Protesters (United States)", i1=6),
]),

S("st-am-102", "2026-09-29", """RCMP arrest 14 at pipeline blockade near Smithers

SMITHERS, British Columbia, Sept 29 - Royal Canadian Mounted Police officers arrested 14 people on Monday as they enforced a court injunction against a blockade of a forest service road used by pipeline workers south of Smithers, the RCMP said.

Officers cut through a gate and removed protesters who had chained themselves to a truck, according to supporters of the blockade, who posted video of the operation online. The RCMP said the arrests were carried out "peacefully and safely".

Hereditary chiefs who oppose the pipeline said the operation was an invasion of their unceded territory. About 200 people rallied in support of the arrested protesters in Smithers on Monday evening.""", [
  E(cur, "Protest with intervention", "Royal Canadian Mounted Police officers arrested 14 people on Monday as they enforced a court injunction against a blockade", T("Smithers", "CA", 2, 54.78, -127.17, "British Columbia", "Regional District of Bulkley-Nechako"), "monday",
    a1="Protesters (Canada)", i1=6, a2="Police Forces of Canada (2025-)", i2=1),
  E(cur, "Peaceful protest", "About 200 people rallied in support of the arrested protesters in Smithers", T("Smithers", "CA", 1, 54.78, -127.17, "British Columbia", "Regional District of Bulkley-Nechako"), "monday",
    a1="Protesters (Canada)", i1=6),
], register="local"),

S("st-am-103", "2026-07-21", """Brazil: gunmen attack landless workers' camp in Para, killing two
(Translated from Portuguese.)

Hooded gunmen attacked a camp of the Landless Workers' Movement (MST) on a disputed farm near Maraba, in the state of Para, on Sunday night, killing two men and wounding three people, the movement and the state police said.

The attackers arrived in two pickup trucks, fired at the tents and set fire to a shed, the MST said. The movement blamed gunmen hired by the farm's claimed owner, who denied any involvement.

The state security secretary said a task force had been sent to the area and that police had identified suspects.

About 200 families live in the camp, which was set up two years ago on land the movement says was illegally taken from the state.

Para is the Brazilian state with the most killings in land conflicts, according to the Catholic Church's Pastoral Land Commission. In April 1996, military police shot dead 19 landless workers who were blocking a highway at Eldorado dos Carajas, about 100 km from Maraba.""", [
  E(cur, "Attack", "Hooded gunmen attacked a camp of the Landless Workers' Movement (MST) on a disputed farm near Maraba", T("Maraba", "BR", 2, -5.38, -49.13, "Para", "Maraba"), "sunday",
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, fat=2, inj=3),
  unscored(E(bg, "Excessive force against protesters", "military police shot dead 19 landless workers who were blocking a highway at Eldorado dos Carajas", T("Eldorado dos Carajas", "BR", 1, -6.10, -49.36, "Para", "Eldorado do Carajas"), "1996-04-01", tp=3,
    a1="Protesters (Brazil)", i1=6, fat=19), "actor2", "inter2"),
], register="local"),

S("st-am-104", "2026-10-27", """GUATEMALA-PRISONS/
Inmates riot at Escuintla prison, take guards hostage

GUATEMALA CITY, Oct 27 (Wire) - Inmates at a prison in Escuintla, south of Guatemala City, rioted on Monday, burning mattresses and holding four guards hostage for several hours to protest against their planned transfer to a new maximum-security prison, the prison system said.

Police and soldiers surrounded the prison and riot officers entered in the evening, using tear gas. The guards were freed unharmed. Eleven inmates and three officers were injured.

The inmates, many of them members of the Barrio 18 gang, were due to be moved after 20 gang members escaped from another prison in October last year, an escape that led to the interior minister's resignation.""", [
  E(cur, "Violent demonstration", "Inmates at a prison in Escuintla, south of Guatemala City, rioted on Monday", T("Escuintla", "GT", 1, 14.30, -90.79, "Escuintla", "Municipio de Escuintla"), "monday",
    a1="Rioters (Guatemala)", i1=5, a2="Police Forces of Guatemala (2024-)", i2=1, inj=14),
]),

S("st-am-105", "2026-08-18", """Cubans bang pots in Santiago over blackouts; police detain dozens, activists say

HAVANA, Aug 18 (Wire) - Hundreds of residents of Santiago de Cuba took to the streets banging pots and pans on Sunday night to protest against power cuts lasting up to 20 hours a day, according to videos posted on social media and rights groups.

Police and plainclothes agents broke up the protest in the Los Olmos neighbourhood, beating some participants and detaining at least 30 people, the Madrid-based rights group Prisoners Defenders said.

The Cuban government did not comment on the protest. State media said "counter-revolutionary elements" had tried to exploit the difficulties caused by the energy crisis.

Cuba has suffered repeated nationwide blackouts since its ageing power plants began to fail in late 2024.""", [
  E(cur, "Protest with intervention", "Police and plainclothes agents broke up the protest in the Los Olmos neighbourhood", T("Santiago de Cuba", "CU", 2, 20.02, -75.82, "Santiago de Cuba", "Municipio de Santiago de Cuba"), "sunday",
    a1="Protesters (Cuba)", i1=6, a2="Police Forces of Cuba (2018-)", i2=1),
]),

S("st-am-106", "2026-03-07", """Guinea-Bissau soldiers fire tear gas at protest against junta

DAKAR, March 7 (Wire) - Soldiers in Guinea-Bissau fired tear gas and shots into the air on Saturday to disperse several hundred people protesting in the capital Bissau against the ruling military council, witnesses said.

The protesters, mostly young supporters of opposition parties, had gathered at the Bandim market roundabout demanding a return to civilian rule and the publication of the results of the November election. Several people were injured in the stampede, a doctor at the Simao Mendes hospital said.

The junta has banned demonstrations and promised a one-year transition. The African Union and ECOWAS have suspended the country.""", [
  E(cur, "Protest with intervention", "Soldiers in Guinea-Bissau fired tear gas and shots into the air on Saturday to disperse several hundred people", T("Bissau", "GW", 1, 11.86, -15.60, "Bissau Autonomous"), "saturday",
    a1="Protesters (Guinea-Bissau)", i1=6, a2="Military Forces of Guinea-Bissau (2025-)", i2=1, inj=3),
]),

S("st-am-107", "2026-03-04", """Tunisia: police disperse Gabes protest over chemical plant pollution
(Translated from French.)

Police fired tear gas on Tuesday evening in Gabes, in southern Tunisia, to disperse hundreds of residents who were trying to reach the industrial zone where the phosphate processing complex of the Tunisian Chemical Group is located, witnesses said.

The protesters demand the closure of the units they accuse of causing respiratory illnesses, after dozens of pupils were treated for gas inhalation in recent weeks. Several young people were detained, according to a local rights association.

On Wednesday, the regional labour union called a general strike in the city. Shops and administrations remained closed and thousands of people marched peacefully in the city centre.

The authorities say a plan to upgrade the units is under way.""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Tuesday evening in Gabes", T("Gabes", "TN", 1, 33.88, 10.10, "Gabes"), "tuesday",
    a1="Protesters (Tunisia)", i1=6, a2="Police Forces of Tunisia (2019-)", i2=1),
  E(cur, "Peaceful protest", "thousands of people marched peacefully in the city centre", T("Gabes", "TN", 1, 33.88, 10.10, "Gabes"), "wednesday",
    a1="Protesters (Tunisia)", i1=6),
], register="local"),

S("st-am-108", "2026-03-18", """SOMALIA-SECURITY/
Mortar rounds land near Mogadishu airport; army retakes central town

MOGADISHU, March 18 (Wire) - Several mortar rounds landed near Mogadishu's Aden Adde international airport late on Tuesday, wounding three people at a nearby market, police said. Al Shabaab claimed the attack on its radio station, saying it had targeted "foreign forces".

On Wednesday, government troops backed by local clan militias recaptured the town of Moqokori in the central Hiiraan region after al Shabaab fighters withdrew overnight, a regional official said. There was no fighting.

Moqokori was one of several towns in Hiiraan and Middle Shabelle that changed hands during an al Shabaab offensive that reversed many of the government's gains.""", [
  E(cur, "Shelling/artillery/missile attack", "Several mortar rounds landed near Mogadishu's Aden Adde international airport", T("Mogadishu", "SO", 2, 2.04, 45.34, "Banadir"), "tuesday",
    a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, inj=3),
  E(cur, "Non-violent transfer of territory", "government troops backed by local clan militias recaptured the town of Moqokori", T("Hiraan", "SO", 3, 4.74, 45.20, "Hiraan"), "wednesday",
    a1="Military Forces of Somalia (2022-)", i1=1, a2="Al Shabaab", i2=2, assoc_actor_1="Unidentified Clan Militia (Somalia)"),
]),

S("st-am-109", "2026-06-25", """MOZAMBIQUE-NIASSA/
Insurgents attack village in Niassa reserve, kill four

MAPUTO, June 25 (Wire) - Islamic State-linked insurgents attacked a village near Mecula in the Niassa Special Reserve in northern Mozambique on Monday, killing four people and burning dozens of homes, a local official and a conservation organisation working in the reserve said.

The attackers, who came from the direction of the Lugenda river, also looted a health post and a shop before withdrawing, the official said.

Islamic State's Mozambique branch claimed the attack, saying its fighters had killed "four Christians".

The insurgents, who have fought in Cabo Delgado province since 2017, first moved into the reserve in 2025, attacking tourist camps and ranger posts.""", [
  E(cur, "Attack", "Islamic State-linked insurgents attacked a village near Mecula in the Niassa Special Reserve", T("Mecula", "MZ", 2, -12.08, 37.65, "Niassa"), "monday",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=4),
]),

S("st-am-110", "2026-03-18", """Lesotho: five killed in famo gang attack in Mafeteng

MASERU, March 18 - Five people, among them a 12-year-old boy, were shot dead on Sunday night when gunmen attacked a homestead in a village in the Mafeteng district, police said.

Police said the killings were linked to a long-running feud between rival famo music gangs, whose members have killed hundreds of people in Lesotho in recent years.

On Tuesday, police and soldiers arrested three suspected gang members at a house in Mafeteng town and seized two rifles.

Famo gang violence has made Mafeteng one of the deadliest districts in the country.""", [
  E(cur, "Attack", "gunmen attacked a homestead in a village in the Mafeteng district", T("Mafeteng", "LS", 3, -29.82, 27.24, "Mafeteng"), "sunday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=5),
  E(cur, "Arrests", "police and soldiers arrested three suspected gang members at a house in Mafeteng town", T("Mafeteng", "LS", 1, -29.82, 27.24, "Mafeteng"), "tuesday",
    a1="Police Forces of Lesotho (2022-)", i1=1, a2="Unidentified Armed Group (Lesotho)", i2=3, assoc_actor_1="Military Forces of Lesotho (2022-)"),
], register="local"),
S("st-am-111", "2026-10-02", """Bangladesh: mob torches Pahari homes in Khagrachhari after student's death; army deployed

DHAKA, Oct 2 (Wire) - A mob of Bengali settlers set fire to at least 40 houses and shops belonging to indigenous Pahari families in a village on the edge of Khagrachhari town on Wednesday, after a Bengali student died in a road accident involving a Pahari driver, police and residents said.

Eleven people were injured, three of them with machete wounds. The army and the Border Guard Bangladesh were deployed and a curfew was imposed on the town from Wednesday evening, the district administration said.

On Thursday, hundreds of Pahari students marched in Khagrachhari town to demand justice for the victims and the arrest of the attackers. The march ended peacefully.

The Chittagong Hill Tracts have a long history of tension between indigenous groups and Bengali settlers, despite a 1997 peace accord.""", [
  E(cur, "Mob violence", "A mob of Bengali settlers set fire to at least 40 houses and shops belonging to indigenous Pahari families", T("Khagrachhari", "BD", 2, 23.11, 91.97, "Chattogram", "Khagrachhari"), "wednesday",
    a1="Rioters (Bangladesh)", i1=5, a2="Civilians (Bangladesh)", i2=7, inj=11),
  E(cur, "Other", "a curfew was imposed on the town from Wednesday evening", T("Khagrachhari", "BD", 1, 23.11, 91.97, "Chattogram", "Khagrachhari"), "wednesday",
    a1="Government of Bangladesh (2024-)", i1=1),
  E(cur, "Peaceful protest", "hundreds of Pahari students marched in Khagrachhari town to demand justice", T("Khagrachhari", "BD", 1, 23.11, 91.97, "Chattogram", "Khagrachhari"), "thursday",
    a1="Protesters (Bangladesh)", i1=6),
]),

S("st-am-112", "2026-07-01", """Two soldiers, three militants killed in Kishtwar encounter

JAMMU, July 1: Two soldiers and three militants were killed in a gunfight in the forests of Chatroo in Kishtwar district of Jammu and Kashmir that lasted from Monday evening to Tuesday afternoon, the army said.

The operation was launched after intelligence inputs about the presence of a group of militants in the area. The army's White Knight Corps said the militants had opened fire on a search party, triggering the encounter.

Police said the slain militants were foreigners linked to the Jaish-e-Mohammed. Three AK rifles were recovered.

The hilly Kishtwar district has seen several encounters over the past two years as militants have shifted their activities from the Kashmir valley to the Jammu region.""", [
  E(cur, "Armed clash", "The army's White Knight Corps said the militants had opened fire on a search party, triggering the encounter", T("Kishtwar", "IN", 3, 33.31, 75.77, "Kashmir", "Kishtwar"), "monday", tp=2,
    a1="Jaish-e-Mohammed", i1=2, a2="Military Forces of India (2014-)", i2=1, fat=5),
], register="local"),

S("st-am-113", "2026-03-09", """Students rally peacefully in Makassar a year after deadly riots

MAKASSAR, Indonesia, March 9 (Wire) - Several thousand students marched peacefully to the South Sulawesi regional parliament in Makassar on Monday, six months after the building was set on fire during nationwide riots, to demand the release of protesters still in detention.

The students held speeches outside the rebuilt parliament and dispersed in the afternoon. Police said 1,200 officers had been deployed.

On 29 August last year, rioters set the Makassar regional parliament on fire during the protests that followed the death of a delivery driver run over by a police vehicle in Jakarta. Three people died in the blaze.

Rights groups say more than 40 people are still in detention over the unrest.""", [
  E(cur, "Peaceful protest", "Several thousand students marched peacefully to the South Sulawesi regional parliament in Makassar", T("Makassar", "ID", 1, -5.15, 119.43, "South Sulawesi", "Kota Makassar"), "monday",
    a1="Protesters (Indonesia)", i1=6),
  unscored(E(bg, "Violent demonstration", "rioters set the Makassar regional parliament on fire", T("Makassar", "ID", 1, -5.15, 119.43, "South Sulawesi", "Kota Makassar"), "2025-08-29",
    a1="Rioters (Indonesia)", i1=5, fat=3), "actor2", "inter2"),
]),

S("st-am-114", "2026-02-11", """ISRAEL-PROTEST/
Police use water cannon on ultra-Orthodox protesters blocking highway near Bnei Brak

JERUSALEM, Feb 11 (Wire) - Israeli police used water cannon and mounted officers on Tuesday to clear thousands of ultra-Orthodox men who blocked a main highway near Bnei Brak to protest against the arrest of yeshiva students who have refused military service.

Protesters lay on the road and some threw stones at officers, police said. Eighteen people were detained and two officers were lightly injured.

The protest was called against the government's plans to enforce the draft on yeshiva students. Ultra-Orthodox parties are pressing for a law that would exempt religious students from the draft.""", [
  E(cur, "Violent demonstration", "some threw stones at officers, police said", T("Bnei Brak", "IL", 2, 32.08, 34.83, "Tel Aviv"), "tuesday",
    a1="Rioters (Israel)", i1=5, a2="Police Forces of Israel (2022-)", i2=1, inj=2),
]),

S("st-am-115", "2026-03-17", """SAUDI ARABIA-YEMEN/
Saudi air defences intercept Houthi drone over Jizan; debris hits houses

RIYADH, March 17 (Wire) - Saudi air defences intercepted a drone launched by Yemen's Houthis over the southern city of Jizan on Monday, and falling debris damaged two houses and a car, the Saudi-led coalition said. No one was hurt.

The coalition said the drone had been aimed at "civilian objects" in the city. The Houthis did not claim the attack.

The Houthis and Saudi Arabia have largely observed a truce since 2022, and cross-border attacks have been rare since then.""", [
  E(cur, "Disrupted weapons use", "Saudi air defences intercepted a drone launched by Yemen's Houthis over the southern city of Jizan", T("Jizan", "SA", 1, 16.89, 42.55, "Jazan"), "monday",
    a1="Military Forces of Saudi Arabia (2015-)", i1=1, a2=HOU, i2=8, fat=0, inj=0),
]),

S("st-am-116", "2026-04-30", """Turkish police detain dozens at Ankara student protest

ANKARA, April 30 (Wire) - Turkish police fired pepper spray and detained 41 people on Wednesday as students tried to march from the campus of the Middle East Technical University to the city centre to protest against the jailing of opposition politicians.

Police blocked the road outside the campus with barricades and armoured vehicles. Students who tried to push through were pushed back and detained, video footage showed.

The governor's office had banned all demonstrations in the city for three days.

Student protests have continued since police detained Istanbul mayor Ekrem Imamoglu at his home in March last year, which sparked the largest street demonstrations in Turkey in more than a decade. Imamoglu, the main opposition party's presidential candidate, remains in jail.""", [
  E(cur, "Protest with intervention", "Turkish police fired pepper spray and detained 41 people on Wednesday as students tried to march", T("Ankara", "TR", 1, 39.92, 32.85, "Ankara"), "wednesday",
    a1="Protesters (Turkey)", i1=6, a2=TUR_POL, i2=1),
  E(bg, "Arrests", "police detained Istanbul mayor Ekrem Imamoglu at his home", T("Istanbul", "TR", 1, 41.01, 28.95, "Istanbul"), "2025-03-01", tp=3,
    a1=TUR_POL, i1=1, a2="Civilians (Turkey)", i2=7),
]),

S("st-am-117", "2026-03-03", """Oil workers rally in Zhanaozen over pay

ALMATY, March 3 (Wire) - Several hundred oil workers gathered in the main square of Zhanaozen in western Kazakhstan on Monday to demand higher wages and the reinstatement of colleagues dismissed after a strike, local media reported.

The workers, employed by service companies of the state oil firm, stayed in the square for several hours and dispersed peacefully after the regional governor's deputy promised to meet their representatives.

Police kept watch from the edges of the square but did not intervene, a local journalist said.

Zhanaozen was the scene of deadly unrest in December 2011, when police opened fire on striking oil workers gathered in the square, killing at least 14 people. Protests over fuel prices that began in the town in January 2022 spread across the country.""", [
  E(cur, "Peaceful protest", "Several hundred oil workers gathered in the main square of Zhanaozen", T("Zhanaozen", "KZ", 1, 43.34, 52.86, "Mangystau"), "monday",
    a1="Protesters (Kazakhstan)", i1=6),
  E(bg, "Excessive force against protesters", "police opened fire on striking oil workers gathered in the square, killing at least 14 people", T("Zhanaozen", "KZ", 1, 43.34, 52.86, "Mangystau"), "2011-12-01", tp=3,
    a1="Protesters (Kazakhstan)", i1=6, a2="Police Forces of Kazakhstan (1991-2019)", i2=1, fat=14),
]),

S("st-am-118", "2026-03-26", """Timor-Leste students protest against MPs' car purchases

DILI, March 26 (Wire) - Hundreds of students marched to the national parliament in Dili on Wednesday to protest against the purchase of new cars for members of parliament, the second such protest in a week.

Police fired tear gas when some students threw stones at the parliament's gate, and several students were arrested, local media reported. Two police officers were injured.

Parliament cancelled the purchase last year after similar protests, but students say lawmakers have since approved new allowances.""", [
  E(cur, "Violent demonstration", "some students threw stones at the parliament's gate", T("Dili", "TL", 1, -8.56, 125.57, "Dili", "Vera Cruz"), "wednesday",
    a1="Rioters (East Timor)", i1=5, a2="Police Forces of East Timor (2023-)", i2=1, inj=2),
]),

S("st-am-119", "2026-07-11", """Thousands gather at Potocari as Srebrenica marks 31 years since genocide

SREBRENICA, Bosnia and Herzegovina, July 11 (Wire) - Thousands of people gathered at the memorial centre in Potocari, near Srebrenica, on Saturday to mark the 31st anniversary of the massacre of more than 8,000 Bosniak men and boys by Bosnian Serb forces, and to bury the remains of seven victims identified over the past year.

The coffins, draped in green cloth, were carried by relatives to the cemetery, where more than 6,700 victims are now buried. Mourners prayed and laid flowers.

In July 1995, Bosnian Serb forces overran the U.N.-protected enclave of Srebrenica and killed the men and boys in the days that followed. International courts have ruled the killings were genocide.

Some Bosnian Serb leaders continue to deny the genocide.""", [
  E(bg, "Attack", "killed the men and boys in the days that followed", T("Srebrenica", "BA", 1, 44.11, 19.30, "Republika Srpska"), "1995-07-01", tp=3,
    a2="Civilians (Bosnia and Herzegovina)", i2=7, fat=8000),
], negative="commemoration"),

S("st-am-120", "2026-04-06", """Zambian opposition calls off Lusaka rally after police ban

LUSAKA, April 6 (Wire) - Zambia's main opposition party called off a rally planned for Saturday in Lusaka after police refused to allow it, citing security concerns ahead of the August general election.

The party's secretary general said it would challenge the police decision in court and would not put its supporters "in harm's way".

Police said they had received intelligence that "some elements" planned to cause violence at the rally. Opposition parties accuse the police of applying the Public Order Act selectively.

The election, due on Aug. 13, will pit President Hakainde Hichilema against a fragmented opposition.""", [], negative="called off"),

S("st-am-121", "2026-05-22", """Guatemalan court opens trial of ex-army officers over 1982 massacres in Ixil region
(Translated from Spanish.)

A court in Guatemala City on Thursday opened the trial of three retired army officers accused of crimes against humanity over massacres of Indigenous Maya Ixil villagers in the municipality of Nebaj in 1982, during the country's civil war.

Prosecutors say troops under the officers' command killed at least 180 people in villages around Nebaj between March and December 1982. The defendants deny the charges.

Survivors and relatives of the victims, some of whom travelled from Nebaj, filled the courtroom. The trial is expected to last several months.

A U.N.-backed truth commission concluded in 1999 that state forces committed acts of genocide against the Maya population.""", [], negative="trial", register="local"),

S("st-am-122", "2026-10-09", """U.N. envoy warns Security Council of deepening crisis in Haiti

UNITED NATIONS, Oct 9 (Wire) - The U.N. envoy for Haiti told the Security Council on Thursday that armed gangs now control or influence most of the capital Port-au-Prince and are expanding into the Artibonite and Centre departments.

More than 1.4 million people have been displaced by the violence, the highest number ever recorded in the country, she said, and more than 4,000 people were killed between January and June.

She urged member states to fund the new Gang Suppression Force authorised by the council last year, saying only a fraction of the promised troops had arrived.

Haiti's transitional government has said it hopes to hold elections next year.""", [], negative="statement"),

S("st-am-123", "2026-01-27", """Colombian army helicopter crashes in bad weather in Antioquia, killing five

BOGOTA, Jan 27 (Wire) - A Colombian army helicopter crashed in heavy fog in a mountainous area of Antioquia department on Monday, killing five soldiers and injuring three, the army said.

The Black Hawk was carrying supplies to troops in the area when it lost contact with the control tower, the army said. It ruled out an attack and said an investigation had been opened into the causes of the crash.

It was the army's deadliest air accident in several years.""", [
], negative="accident"),
S("st-am-124", "2026-05-05", """SOMALIA-BLAST/
Suicide bomber kills seven at Baidoa cafe

BAIDOA, Somalia, May 5 (Wire) - A suicide bomber blew himself up at a crowded tea shop in the south-western Somali city of Baidoa on Monday evening, killing seven people and wounding 15, police and hospital officials said.

The bomber walked into the cafe near the city's livestock market at around 7 p.m., when it was full of people watching a football match on television, a police officer said. "He came in and sat down, then there was a flash and everything was dark," said a man who was wounded in the leg.

Al Shabaab claimed the attack on its Andalus radio station, saying it had targeted "apostate soldiers". Police said all the dead were civilians, among them the cafe's owner and two boys who sold tea there.

Doctors at Baidoa's regional hospital said several of those wounded in the cafe bombing were in a critical condition and appealed for blood donations.

Baidoa, the seat of South West state, is under government control but surrounded by areas held by al Shabaab. The group has carried out several bombings in the city in recent years.""", [
  E(cur, "Suicide bomb", "A suicide bomber blew himself up at a crowded tea shop in the south-western Somali city of Baidoa", T("Baidoa", "SO", 1, 3.11, 43.65, "Bay"), "monday",
    a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=7, inj=15),
]),

S("st-am-125", "2026-04-01", """PAKISTAN-SECURITY/
Suicide bomber hits police checkpoint in Bannu; three suspects held in Lakki Marwat raid

PESHAWAR, April 1 (Wire) - A suicide bomber rammed an explosives-laden car into a police checkpoint on the outskirts of Bannu in Pakistan's Khyber Pakhtunkhwa province on Tuesday morning, killing four policemen and a passer-by, police said.

Six other people, including three policemen, were wounded. A faction of the Pakistani Taliban (TTP) claimed responsibility.

Two days earlier, on Sunday, police had arrested two men carrying 20 kg of explosives in a car at a checkpoint near Bannu, the provincial police chief told reporters. He said it was not yet clear whether they belonged to the same cell.

On Wednesday, the counter-terrorism department (CTD) raided a house in Lakki Marwat and arrested three suspected TTP militants who it said had helped plan the attack. A fourth suspect was killed when he opened fire on the raiding team, the CTD said.

Attacks on police in the province's southern districts have risen sharply since the TTP ended a ceasefire with the government in 2022.""", [
  E(cur, "Suicide bomb", "A suicide bomber rammed an explosives-laden car into a police checkpoint on the outskirts of Bannu", T("Bannu", "PK", 2, 32.99, 70.60, "Khyber Pakhtunkhwa", "Bannu"), "tuesday",
    a1=TTP, i1=2, a2="Police Forces of Pakistan (2024-)", i2=1, fat=5, inj=6),
  unscored(E(cur, "Arrests", "police had arrested two men carrying 20 kg of explosives in a car at a checkpoint near Bannu", T("Bannu", "PK", 2, 32.99, 70.60, "Khyber Pakhtunkhwa", "Bannu"), "sunday",
    a1="Police Forces of Pakistan (2024-)", i1=1), "actor2", "inter2"),
  E(cur, "Armed clash", "the counter-terrorism department (CTD) raided a house in Lakki Marwat and arrested three suspected TTP militants", T("Lakki", "PK", 1, 32.61, 70.91, "Khyber Pakhtunkhwa", "Lakki Marwat"), "wednesday",
    a1=TTP, i1=2, a2="Police Forces of Pakistan (2024-)", i2=1, fat=1),
]),

S("st-am-126", "2026-03-16", """NORTH DARFUR: TAWILA
Humanitarian Situation Update | 16 March 2026

KEY DEVELOPMENTS
- Women and girls collecting firewood outside the Tawila camps continue to face attacks. On 12 March, five women were raped by armed men in RSF uniforms about 6 km west of Tawila, according to protection partners. Two of them required surgery.
- On 13 March, RSF fighters set up a new checkpoint on the road between Tawila and El Fasher, stopping vehicles and searching passengers. Traders report that the checkpoint has doubled the travel time to the town.
- On 14 March, a group of about 400 newly displaced people arrived in Tawila from villages north of El Fasher, citing insecurity and a lack of food.

NEEDS AND RESPONSE
More than 600,000 people now live in Tawila and the surrounding sites, most of them displaced from El Fasher and the former Zamzam camp. Water supply covers less than half of the needs. Partners are scaling up mobile clinics and cash assistance.

CONTACT
For more information, please contact the humanitarian coordination office.""", [
  E(cur, "Sexual violence", "five women were raped by armed men in RSF uniforms about 6 km west of Tawila", T("Tawila", "SD", 2, 13.50, 24.85, "North Darfur"), "2026-03-12",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7),
  E(cur, "Headquarters or base established", "RSF fighters set up a new checkpoint on the road between Tawila and El Fasher", T("Tawila", "SD", 2, 13.50, 24.85, "North Darfur"), "2026-03-13",
    a1=RSF, i1=2),
], register="ngo"),

S("st-am-127", "2026-04-10", """BURKINA FASO-SECURITY/
Burkina army says it has retaken eastern town of Mansila

OUAGADOUGOU, April 10 (Wire) - Burkina Faso's army said on Thursday it had retaken the town of Mansila, near the border with Niger, from jihadist fighters after two days of fighting, and killed "dozens of terrorists".

State television showed soldiers raising the national flag in front of the town hall. The army did not give its own losses. Local sources said at least six soldiers and volunteers were killed.

Mansila, in the Yagha province, had been under the control of fighters of the al Qaeda-linked JNIM since an attack on the army base there in June last year, in which more than 100 soldiers were killed, according to security sources at the time.

Most of the town's residents fled to Sebba, the provincial capital, after the base fell.""", [
  E(cur, "Government regains territory", "it had retaken the town of Mansila, near the border with Niger, from jihadist fighters after two days of fighting", T("Mansila", "BF", 1, 13.60, 0.55, "Sahel"), "thursday", tp=2,
    a1="Military Forces of Burkina Faso (2022-)", i1=1, a2=JNIM, i2=2, fat=18),
  E(bg, "Non-state actor overtakes territory", "an attack on the army base there in June last year", T("Mansila", "BF", 1, 13.60, 0.55, "Sahel"), "2025-06-01", tp=3,
    a1=JNIM, i1=2, a2="Military Forces of Burkina Faso (2022-)", i2=1, fat=100),
]),

S("st-am-128", "2026-11-18", """Catatumbo: ELN takes control of hamlets in Tibu after fighting with FARC dissidents
(Translated from Spanish.)

ELN guerrillas took control of three hamlets in a rural area of Tibu, in the Catatumbo region of Norte de Santander, on Sunday after two days of fighting with the 33rd Front, a faction of the FARC dissidents, the Ombudsman's Office said.

Residents reported at least five dead among the combatants and said that the ELN had set up checkpoints at the entrances of the hamlets. About 700 people fled to the urban area of Tibu.

In El Tarra, the 33rd Front ordered shops to close and banned movement on the roads after 6 p.m., according to a pamphlet circulated on Monday.

The Catatumbo crisis began in January last year, when an ELN offensive against the 33rd Front displaced more than 50,000 people in a few weeks.""", [
  E(cur, "Non-state actor overtakes territory", "ELN guerrillas took control of three hamlets in a rural area of Tibu", T("Tibu", "CO", 2, 8.64, -72.74, "Norte de Santander", "Tibu"), "sunday",
    a1="ELN: National Liberation Army", i1=2, a2="33rd Front", i2=2, fat=5),
  E(cur, "Other", "the 33rd Front ordered shops to close and banned movement on the roads after 6 p.m.", T("El Tarra", "CO", 1, 8.58, -73.10, "Norte de Santander", "El Tarra"), "monday", tp=2,
    a1="33rd Front", i1=2, a2="Civilians (Colombia)", i2=7),
], register="local"),

S("st-am-129", "2026-02-12", """UKRAINE-WAR/
Russia claims capture of Zaporizhzhia village; Kyiv says fighting goes on

KYIV, Feb 12 (Wire) - Russia's defence ministry said on Wednesday its troops had captured the village of Kamianske in Ukraine's Zaporizhzhia region, on the southern bank of the Kakhovka reservoir. Ukraine's military said the claim was false and that its troops were still fighting in the village.

"The enemy has been storming Kamianske with small infantry groups since Monday. Our positions are holding," a spokesman for Ukraine's southern forces said on national television, adding that Russian losses were heavy.

Kamianske lies about 30 km south of the city of Zaporizhzhia and should not be confused with the industrial city of the same name in the Dnipropetrovsk region.

The Russian ministry also said its air defences had shot down 45 Ukrainian drones overnight over several regions.""", [
  E(cur, "Armed clash", "The enemy has been storming Kamianske with small infantry groups since Monday", T("Kamyanske", "UA", 1, 47.54, 35.37, "Zaporizhzhia", "Vasylivka"), "monday", tp=2,
    a1=RUS, i1=8, a2=UKR, i2=1),
  unscored(E(neg, "Non-state actor overtakes territory", "its troops had captured the village of Kamianske", T("Kamyanske", "UA", 1, 47.54, 35.37, "Zaporizhzhia", "Vasylivka"), "wednesday",
    a1=RUS, i1=8, a2=UKR, i2=1), "fatalities", "injuries"),
]),

S("st-am-130", "2026-10-21", """SOUTH SUDAN: Human rights update, Central Equatoria (September 2026)
Prepared by the human rights division of the U.N. mission.

During September, the division documented 14 incidents affecting 52 civilians in Central Equatoria state, most of them in Yei and Morobo counties.

- On 6 September, soldiers of the South Sudan People's Defence Forces (SSPDF) raped three women in a village near Yei during an operation against the National Salvation Front (NAS).
- On 15 September, NAS fighters abducted six civilians, including a chief, from a village near Lainya, accusing them of collaborating with the army. Four were released on 20 September; the fate of the other two is unknown.
- On 24 September, unidentified armed men ambushed a commercial truck on the Yei-Juba road near Lainya, killing the driver and his assistant.

The division has shared its findings with the authorities and urged them to investigate and hold perpetrators accountable.""", [
  E(cur, "Sexual violence", "soldiers of the South Sudan People's Defence Forces (SSPDF) raped three women in a village near Yei", T("Yei", "SS", 2, 4.09, 30.68, "Central Equatoria"), "2026-09-06",
    a1="Military Forces of South Sudan (2011-)", i1=1, a2="Civilians (South Sudan)", i2=7),
  E(cur, "Abduction/forced disappearance", "NAS fighters abducted six civilians, including a chief, from a village near Lainya", T("Lainya", "SS", 3, 4.47, 31.13, "Central Equatoria", "Lainya"), "2026-09-15",
    a1="NAS: National Salvation Front", i1=2, a2="Civilians (South Sudan)", i2=7),
  E(cur, "Attack", "unidentified armed men ambushed a commercial truck on the Yei-Juba road near Lainya", T("Lainya", "SS", 3, 4.47, 31.13, "Central Equatoria", "Lainya"), "2026-09-24",
    a1="Unidentified Armed Group (South Sudan)", i1=3, a2="Civilians (South Sudan)", i2=7, fat=2),
], register="ngo"),
S("st-am-131", "2026-08-21", """WORLD NEWS IN BRIEF - Friday, 21 August

CAMEROON: Boko Haram fighters killed four civilians and burned a dozen houses in an overnight raid on Kolofata, in the Far North region, local officials said on Friday. Soldiers arrived after the attackers had left.

IRAQ: A roadside bomb hit a vehicle carrying oil workers on a road near Kirkuk on Thursday, wounding three, police said. No group claimed the blast.

CONGO: Hundreds of people marched through Kalemie, in the Tanganyika province, on Thursday to protest against a rise in school fees. The march was peaceful.

INDONESIA: Separatist rebels shot dead a construction worker in Sugapa, in Central Papua's Intan Jaya regency, on Wednesday, police said. The West Papua National Liberation Army (TPNPB) said it had carried out the killing, accusing the man of spying for the military.

COLOMBIA: A motorcycle bomb exploded outside a police station in Jamundi, south of Cali, on Friday morning, damaging houses but causing no casualties, the mayor said. He blamed FARC dissidents.""", [
  E(cur, "Attack", "Boko Haram fighters killed four civilians and burned a dozen houses in an overnight raid on Kolofata", T("Kolofata", "CM", 1, 11.17, 14.04, "Far North"), "thursday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Cameroon)", i2=7, fat=4),
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb hit a vehicle carrying oil workers on a road near Kirkuk", T("Kirkuk", "IQ", 2, 35.47, 44.39, "Kirkuk", "Kirkuk"), "thursday",
    a1="Unidentified Armed Group (Iraq)", i1=3, a2="Civilians (Iraq)", i2=7, inj=3),
  E(cur, "Peaceful protest", "Hundreds of people marched through Kalemie", T("Kalemie", "CD", 1, -5.95, 29.19, "Tanganyika", "Kalemie Ville"), "thursday",
    a1="Protesters (Democratic Republic of Congo)", i1=6),
  E(cur, "Attack", "Separatist rebels shot dead a construction worker in Sugapa", T("Sugapa", "ID", 1, -3.74, 137.05, "Central Papua", "Kabupaten Intan Jaya"), "wednesday",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7, fat=1),
  E(cur, "Remote explosive/landmine/IED", "A motorcycle bomb exploded outside a police station in Jamundi", T("Jamundi", "CO", 1, 3.26, -76.54, "Valle del Cauca", "Jamundi"), "friday",
    a1="FARC-EMC: Central General Staff", i1=2, a2=COL_POL, i2=1, fat=0, inj=0),
], register="digest"),

S("st-am-132", "2026-06-16", """PHILIPPINE ARMY - 1ST INFANTRY (TABAK) DIVISION
PUBLIC AFFAIRS OFFICE
PRESS RELEASE
Camp Kuta Major Cesar Sang-an, Pulacan, Labangan, Zamboanga del Sur
16 June 2026

TROOPS CLASH WITH DAWLAH ISLAMIYAH REMNANTS IN BUTIG; FIVE MEMBERS SURRENDER IN MARAWI

Troops of the 103rd Infantry Brigade encountered an undetermined number of members of the Dawlah Islamiyah-Maute Group in the hinterlands of Butig, Lanao del Sur, at about 6:30 AM on 14 June 2026, following reports from concerned civilians. The firefight lasted about 15 minutes. Two enemy members were killed; no casualties were reported on the government side. War materiel, including an M14 rifle and improvised explosive device components, was recovered.

On 15 June 2026, five members of the same group surrendered to the 103rd Brigade in Marawi City, bringing with them three high-powered firearms. They will be enrolled in the government's reintegration programme.

The Commander of the 1st Infantry Division commended the troops and thanked the local government units and the people of Lanao del Sur for their support, and called on the remaining members of the group to return to the fold of the law.

The 1st Infantry Division remains committed to securing the communities of Western Mindanao and the Bangsamoro region. ##""", [
  E(cur, "Armed clash", "Troops of the 103rd Infantry Brigade encountered an undetermined number of members of the Dawlah Islamiyah-Maute Group in the hinterlands of Butig", T("Butig", "PH", 2, 7.72, 124.30, "Bangsamoro Autonomous Region in Muslim Mindanao", "Lanao del Sur"), "2026-06-14",
    a1="Military Forces of the Philippines (2022-)", i1=1, a2="Dawlah Islamiyah", i2=2, fat=2),
  E(cur, "Change to group/activity", "five members of the same group surrendered to the 103rd Brigade in Marawi City", T("Marawi City", "PH", 1, 8.00, 124.28, "Bangsamoro Autonomous Region in Muslim Mindanao", "Lanao del Sur"), "2026-06-15",
    a1="Dawlah Islamiyah", i1=2),
], register="official"),

S("st-am-133", "2026-09-30", """UKRAINE-WAR/
Russian drone kills two in Kostiantynivka; shelling wounds three in Nikopol

KYIV, Sept 30 (Wire) - A Russian drone struck a car in the frontline town of Kostiantynivka in Ukraine's Donetsk region on Tuesday morning, killing two men, the regional governor said.

In the Dnipropetrovsk region, Russian artillery shelled the town of Nikopol on Tuesday afternoon, across the Dnipro river from the occupied Zaporizhzhia nuclear plant, wounding three people and damaging a school, the regional administration said.

In the north, a drone hit a city bus in Sumy on Tuesday evening, wounding nine passengers, the city's acting mayor said.

The Ukrainian military's general staff said there had been 187 combat clashes along the front over the past day, a third of them in the Pokrovsk direction, and that Russian forces had carried out 82 air strikes using 140 guided bombs.

Russia's defence ministry said its forces had shot down 51 Ukrainian drones overnight over several Russian regions.""", [
  E(cur, "Air/drone strike", "A Russian drone struck a car in the frontline town of Kostiantynivka", T("Kostyantynivka", "UA", 1, 48.53, 37.71, "Donetsk", "Kramatorskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2),
  E(cur, "Shelling/artillery/missile attack", "Russian artillery shelled the town of Nikopol", T("Nikopol", "UA", 1, 47.57, 34.39, "Dnipropetrovsk", "Nikopol"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=3),
  E(cur, "Air/drone strike", "a drone hit a city bus in Sumy on Tuesday evening", T("Sumy", "UA", 1, 50.92, 34.80, "Sumy", "Sumskyi"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=9),
]),

S("st-am-134", "2026-11-23", """SAHEL WEEKLY | 16-22 November 2026
Security highlights compiled from local sources. Figures are provisional.

MALI
- Mopti region: An improvised explosive device hit a civilian bus on the road between Boni and Hombori on Tuesday, killing six passengers. Travel on the national road 16 has been suspended.
- Mopti region: Soldiers and Africa Corps fighters conducted an operation around Boni on Thursday; residents reported that 11 men were arrested and taken to the army camp.

BURKINA FASO
- Sahel region: Supplies arrived in Djibo by military convoy on Saturday, the first since September. No incident was reported on the way.

NIGER
- Diffa region: Boko Haram fighters attacked a camp for displaced people near Diffa town on Sunday night, killing three people and abducting two women.

TREND
Attacks on transport routes continued to rise in central Mali. Civilian casualties this week: at least 9 killed.""", [
  E(cur, "Remote explosive/landmine/IED", "An improvised explosive device hit a civilian bus on the road between Boni and Hombori", T("Boni", "ML", 2, 15.05, -1.90, "Mopti"), "2026-11-17",
    a1="Unidentified Armed Group (Mali)", i1=3, a2="Civilians (Mali)", i2=7, fat=6),
  E(cur, "Arrests", "Soldiers and Africa Corps fighters conducted an operation around Boni on Thursday", T("Boni", "ML", 2, 15.05, -1.90, "Mopti"), "2026-11-19",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, assoc_actor_1="Africa Corps"),
  E(cur, "Attack", "Boko Haram fighters attacked a camp for displaced people near Diffa town on Sunday night", T("Diffa", "NE", 2, 13.32, 12.61, "Diffa"), "2026-11-22",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Niger)", i2=7, fat=3),
], register="digest"),

S("st-am-135", "2026-03-10", """GAZA/
Israeli strike kills four in Khan Younis; Hamas accuses Israel of breaching truce

GAZA, March 10 (Wire) - An Israeli air strike killed four Palestinians, including a teenager, in the east of Khan Younis in the southern Gaza Strip on Monday, the Nasser hospital said.

The Israeli military said its aircraft had struck "terrorists who crossed the yellow line and approached troops, posing an immediate threat". It did not identify them.

Relatives said the men were collecting firewood from the ruins of their homes, a few hundred metres from the line that marks the area still under Israeli control since the ceasefire took effect in October last year.

Hamas said the strike was a "flagrant violation" of the ceasefire and called on the mediators to act. More than 400 Palestinians have been killed in Gaza since the ceasefire began, according to the territory's health ministry.""", [
  E(cur, "Air/drone strike", "An Israeli air strike killed four Palestinians, including a teenager, in the east of Khan Younis", T("Khan Yunis", "PS", 2, 31.34, 34.31, "Gaza Strip", "Khan Yunis"), "monday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=4),
]),
S("st-am-136", "2026-10-06", """CAUCA: MONTHLY RECORD OF HUMANITARIAN INCIDENTS - SEPTEMBER 2026
(Translated from Spanish. Prepared by a network of community organisations in northern and southern Cauca.)

Date | Municipality | Incident | Victims
03/09 | Toribio | Drone with explosives dropped on the police station; no casualties | none
11/09 | Caldono | Indigenous guard member shot dead by armed men on a rural road of the municipality; attributed to FARC dissidents | 1 dead
17/09 | El Tambo | Clashes between the army and the ELN in a rural area of the municipality | 2 soldiers wounded
24/09 | Balboa | Confinement of 300 families in rural areas ordered by an armed group; no movement allowed after 4 p.m. | 300 families
29/09 | Patia (El Bordo) | Motorbike bomb outside the mayor's office; facade damaged | none

Totals for the month: 5 incidents recorded, 1 person killed, 2 wounded, 300 families confined.

The network calls on the national government and the armed groups to respect international humanitarian law and to guarantee the safety of community leaders.""", [
  E(cur, "Air/drone strike", "Drone with explosives dropped on the police station", T("Toribio", "CO", 1, 2.95, -76.27, "Cauca", "Toribio"), "2026-09-03",
    a1="Unidentified Armed Group (Colombia)", i1=3, a2=COL_POL, i2=1, fat=0, inj=0),
  E(cur, "Attack", "Indigenous guard member shot dead by armed men on a rural road of the municipality", T("Caldono", "CO", 2, 2.80, -76.48, "Cauca", "Caldono"), "2026-09-11",
    a1="FARC-EMC: Central General Staff", i1=2, a2="Civilians (Colombia)", i2=7, fat=1),
  E(cur, "Armed clash", "Clashes between the army and the ELN in a rural area of the municipality", T("El Tambo", "CO", 2, 2.45, -76.81, "Cauca", "El Tambo"), "2026-09-17",
    a1="Military Forces of Colombia (2022-)", i1=1, a2="ELN: National Liberation Army", i2=2, inj=2),
  E(cur, "Other", "Confinement of 300 families in rural areas ordered by an armed group", T("Balboa", "CO", 2, 2.04, -77.22, "Cauca", "Balboa"), "2026-09-24",
    a1="Unidentified Armed Group (Colombia)", i1=3, a2="Civilians (Colombia)", i2=7),
  E(cur, "Remote explosive/landmine/IED", "Motorbike bomb outside the mayor's office; facade damaged", T("El Bordo", "CO", 1, 2.12, -76.98, "Cauca", "Patia"), "2026-09-29",
    a1="Unidentified Armed Group (Colombia)", i1=3, a2="Civilians (Colombia)", i2=7, fat=0, inj=0),
], register="ngo"),

S("st-am-137", "2026-04-15", """ETHIOPIA-AMHARA/
Fano fighters attack Gondar outskirts; drone strike hits Debre Tabor market

NAIROBI, April 15 (Wire) - Fano militiamen attacked army positions on the northern outskirts of Gondar, Ethiopia's second-largest city in the Amhara region, on Sunday night, residents and a Fano spokesman said, in some of the heaviest fighting near the city this year.

Gunfire and explosions could be heard until dawn, two residents said by telephone. A Fano spokesman said his fighters had killed "dozens" of soldiers. The army did not comment, and the claim could not be verified. Internet access in the region is restricted.

On Monday, a drone strike hit the market in Debre Tabor, about 100 km to the south-east, killing at least eight people, a health worker and a relative of one of the victims said. Residents blamed the federal army, which has used drones widely in the conflict.

The government declared a state of emergency in Amhara in August 2023 as fighting with Fano spread across the region.""", [
  E(cur, "Armed clash", "Fano militiamen attacked army positions on the northern outskirts of Gondar", T("Gonder", "ET", 2, 12.60, 37.47, "Amhara"), "sunday",
    a1="Fano", i1=3, a2="Military Forces of Ethiopia (2018-)", i2=1, fat=12),
  E(cur, "Air/drone strike", "a drone strike hit the market in Debre Tabor", T("Debre Tabor", "ET", 1, 11.85, 38.02, "Amhara"), "monday",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Civilians (Ethiopia)", i2=7, fat=8),
  E(bg, "Other", "The government declared a state of emergency in Amhara in August 2023", T("Amhara", "ET", 3, 11.59, 37.39, "Amhara"), "2023-08-01", tp=3,
    a1="Government of Ethiopia (2018-)", i1=1),
]),

S("st-am-138", "2026-07-17", """Bokkos: gunmen kill 11 in night attack on two villages
(From a Jos daily.)

Gunmen on Tuesday night attacked two villages in Bokkos Local Government Area of Plateau State, killing 11 people and burning houses, the council chairman and community leaders said.

The chairman said the attackers struck at about 11 p.m., shooting sporadically and setting fire to at least 30 houses. He said the villagers had been attacked twice in the past month.

The Police Public Relations Officer of the Plateau State Command confirmed the attack but put the number killed at nine. He said a team of police and soldiers had been deployed to the area and that two suspects had been arrested on Wednesday in a nearby settlement.

Last Wednesday, hundreds of youths blocked the Jos-Bokkos road for several hours to protest against the killings in the area.

Bokkos was one of the areas worst hit by coordinated attacks on villages on Christmas Eve 2023, in which more than 150 people were killed in Plateau State.""", [
  E(cur, "Attack", "Gunmen on Tuesday night attacked two villages in Bokkos Local Government Area of Plateau State", T("Bokkos", "NG", 3, 9.30, 8.99, "Plateau", "Bokkos"), "tuesday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=9),
  unscored(E(cur, "Arrests", "two suspects had been arrested on Wednesday in a nearby settlement", T("Bokkos", "NG", 3, 9.30, 8.99, "Plateau", "Bokkos"), "wednesday",
    a1="Police Forces of Nigeria (2023-)", i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "hundreds of youths blocked the Jos-Bokkos road for several hours", T("Jos", "NG", 2, 9.93, 8.89, "Plateau", "Jos North"), "wednesday",
    a1="Protesters (Nigeria)", i1=6),
  unscored(E(bg, "Attack", "coordinated attacks on villages on Christmas Eve 2023", T("Bokkos", "NG", 3, 9.30, 8.99, "Plateau", "Bokkos"), "2023-12-24",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7), "fatalities", "injuries"),
], register="local"),

S("st-am-139", "2026-08-05", """Q&A: 'We hold the road, but the drones come every day' - a resistance commander in Chin State

Our correspondent spoke by telephone on Monday with a commander of the Chinland Defense Force (CDF) fighting near Falam. The interview has been edited for length.

Q: What is the situation around Falam now?
A: We took the last junta camp on the hill above the town on Saturday, after nine days of siege. The soldiers who were left ran away at night towards Kalay. So now Falam is in our hands, all of it.

Q: Were there civilian casualties?
A: Yes. On Sunday morning the jets came and bombed the town, two bombs near the hospital. Three people died, one nurse. Many houses are destroyed.

Q: There are reports of fighting between your forces and the Chin National Army.
A: No, no. There was a misunderstanding at a checkpoint near Tedim last week, some shooting in the air, nobody was hurt. We are brothers.

Q: What do you need most?
A: Medicine. And anti-aircraft weapons, but nobody will give us those.""", [
  E(cur, "Non-state actor overtakes territory", "We took the last junta camp on the hill above the town on Saturday", T("Falam", "MM", 1, 22.91, 93.68, "Chin", "Falam"), "saturday",
    a1="Chinland Defense Force", i1=2, a2=MMR, i2=1),
  E(cur, "Air/drone strike", "the jets came and bombed the town, two bombs near the hospital", T("Falam", "MM", 1, 22.91, 93.68, "Chin", "Falam"), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=3),
], register="interview"),

S("st-am-140", "2026-05-30", """Gang gunmen kill three in Laventille as state of emergency is extended

PORT OF SPAIN, May 30 - Three men were shot dead and a fourth was wounded at a bar in Laventille on Thursday night in what police described as a reprisal killing linked to a gang feud in the area.

The gunmen, who arrived on foot, opened fire on a group of men liming outside the bar and escaped through a track, police said.

On Friday, the House of Representatives approved a three-month extension of the state of emergency declared by the Prime Minister in March, which gives police powers to search and detain without a warrant.

The Commissioner of Police said more than 400 people had been detained under the emergency powers since March.

Trinidad and Tobago recorded more than 600 murders last year, most of them linked to gangs.""", [
  E(cur, "Attack", "Three men were shot dead and a fourth was wounded at a bar in Laventille", T("Laventille", "TT", 1, 10.65, -61.50, "San Juan-Laventille"), "thursday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=3, inj=1),
  E(cur, "Other", "the House of Representatives approved a three-month extension of the state of emergency", T("Port of Spain", "TT", 1, 10.67, -61.52, "Port of Spain"), "friday",
    a1="Government of Trinidad and Tobago (2025-)", i1=1),
], register="local"),

S("st-am-141", "2026-02-20", """CONGO-ITURI/ (CORRECTED)
CODECO militiamen kill seven near Bunia; army says it repelled attack on its position

BUNIA, Congo, Feb 20 (Wire) - Suspected CODECO militiamen killed seven civilians in an attack on a village about 20 km north of Bunia, the capital of Ituri province, on Wednesday night, a local civil society group said.

The attackers used machetes and guns and burned several houses, the group said.

On Thursday, the army said it had repelled an attack by the same militia on one of its positions near Bunia and killed four militiamen. One soldier was wounded.

(Corrects paragraph 1 to say the village is 20 km north of Bunia, not in Bunia town, and the attack was on Wednesday night, not Thursday.)""", [
  E(cur, "Attack", "Suspected CODECO militiamen killed seven civilians in an attack on a village about 20 km north of Bunia", T("Bunia", "CD", 2, 1.56, 30.25, "Ituri", "Bunia"), "wednesday",
    a1="CODECO: Cooperative for Development of Congo", i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=7),
  E(cur, "Armed clash", "it had repelled an attack by the same militia on one of its positions near Bunia", T("Bunia", "CD", 2, 1.56, 30.25, "Ituri", "Bunia"), "thursday", tp=2,
    a1=DRC, i1=1, a2="CODECO: Cooperative for Development of Congo", i2=4, fat=4, inj=1),
]),
S("st-am-142", "2026-05-08", """IRAQ-SINJAR/
Iraqi soldiers, Yazidi fighters clash in Sinjar; one killed

BAGHDAD, May 8 (Wire) - Iraqi army troops clashed with fighters of a Yazidi armed group in the town of Sinjar in northern Iraq on Thursday after soldiers tried to remove a checkpoint the group had set up on the main road, security sources said.

One soldier was killed and three fighters were wounded in the exchange of fire, which lasted about an hour, the sources said. Ankara says the group is linked to the Kurdistan Workers Party (PKK).

Hundreds of Yazidi residents later gathered outside the district headquarters to demand that the army withdraw from the town's centre. The protest was peaceful.

A 2020 agreement between Baghdad and the Kurdistan regional government to restore order in Sinjar has never been fully implemented, and many Yazidis displaced by Islamic State in 2014 have yet to return.""", [
  E(cur, "Armed clash", "Iraqi army troops clashed with fighters of a Yazidi armed group in the town of Sinjar", T("Sinjar", "IQ", 1, 36.32, 41.88, "Ninewa", "Sinjar"), "thursday",
    a1="Military Forces of Iraq (2022-)", i1=1, a2="Unidentified Armed Group (Iraq)", i2=3, fat=1, inj=3),
  E(cur, "Peaceful protest", "Hundreds of Yazidi residents later gathered outside the district headquarters", T("Sinjar", "IQ", 1, 36.32, 41.88, "Ninewa", "Sinjar"), "thursday",
    a1="Protesters (Iraq)", i1=6),
]),

S("st-am-143", "2026-10-31", """LIBYA-TRIPOLI/
Clashes between armed groups shake Tripoli's Souq al-Juma; airport flights suspended

TRIPOLI, Oct 31 (Wire) - Heavy fighting broke out on Thursday night in the Souq al-Juma district of Tripoli between the Radaa Special Deterrence Forces and the 444th Brigade, two of the most powerful armed groups in the Libyan capital, residents said.

The clashes, with machine guns and rocket-propelled grenades, lasted until Friday morning. The emergency medicine centre said three people were killed, one of them a civilian hit by a stray bullet, and 14 wounded.

Flights at Mitiga airport, which is controlled by Radaa, were diverted to Misrata. The Government of National Unity said a ceasefire had been agreed on Friday afternoon, mediated by elders from Tripoli neighbourhoods.

Tripoli has seen repeated bouts of fighting between armed groups since May last year.""", [
  E(cur, "Armed clash", "Heavy fighting broke out on Thursday night in the Souq al-Juma district of Tripoli between the Radaa Special Deterrence Forces and the 444th Brigade", T("Tripoli", "LY", 2, 32.89, 13.19, "Tripoli"), "thursday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3, fat=3, inj=14),
  E(cur, "Agreement", "a ceasefire had been agreed on Friday afternoon", T("Tripoli", "LY", 1, 32.89, 13.19, "Tripoli"), "friday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3),
]),

S("st-am-144", "2026-08-27", """SUDAN-KORDOFAN/
Shelling of besieged Kadugli kills six; aid convoy turned back

PORT SUDAN, Aug 27 (Wire) - Shells fired by the SPLM-N rebel group hit a market in Kadugli, the besieged capital of Sudan's South Kordofan state, on Tuesday, killing six people, a medical source and a local official said.

The SPLM-N, which is allied with the paramilitary Rapid Support Forces, has surrounded Kadugli and nearby Dilling for most of the past year, cutting supply routes and causing severe food shortages.

On Wednesday, a World Food Programme convoy of 20 trucks heading for Kadugli turned back after coming under fire on the road south of El Obeid, the agency said. No one was hurt. The U.N. did not say who fired.

Aid agencies have warned of famine in parts of South Kordofan.""", [
  E(cur, "Shelling/artillery/missile attack", "Shells fired by the SPLM-N rebel group hit a market in Kadugli", T("Kadugli", "SD", 1, 11.01, 29.72, "South Kordofan"), "tuesday",
    a1="SPLM-N (al-Hilu): Sudan People's Liberation Movement-North (al-Hilu Faction)", i1=2, a2="Civilians (Sudan)", i2=7, fat=6),
  E(cur, "Attack", "a World Food Programme convoy of 20 trucks heading for Kadugli turned back after coming under fire", T("El Obeid", "SD", 2, 13.18, 30.22, "North Kordofan"), "wednesday",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
]),

S("st-am-145", "2026-02-13", """CONGO-BURUNDI/
Congolese and Burundian troops clash with M23 near Uvira

UVIRA, Congo, Feb 13 (Wire) - Congolese soldiers fighting alongside Burundian troops clashed with M23 rebels in the hills west of Uvira, in South Kivu province, on Wednesday, local officials and a civil society leader said.

Six rebels and two Burundian soldiers were killed, according to a local official. The M23 said it had repelled an attack on its positions and inflicted "heavy losses" on the "coalition".

Burundi has deployed thousands of troops in eastern Congo to support Kinshasa against the Rwanda-backed M23.

On Thursday, residents of Uvira marched to the town hall to demand more protection, after shells fell near the town's port last week.""", [
  E(cur, "Armed clash", "Congolese soldiers fighting alongside Burundian troops clashed with M23 rebels in the hills west of Uvira", T("Uvira", "CD", 2, -3.40, 29.14, "South Kivu", "Uvira"), "wednesday",
    a1=DRC, i1=1, a2="M23: March 23 Movement", i2=2, fat=8, assoc_actor_1="Military Forces of Burundi (2020-)"),
  E(cur, "Peaceful protest", "residents of Uvira marched to the town hall to demand more protection", T("Uvira", "CD", 1, -3.40, 29.14, "South Kivu", "Uvira"), "thursday",
    a1="Protesters (Democratic Republic of Congo)", i1=6),
]),

S("st-am-146", "2026-01-30", """Chiapas: families flee to Guatemala as cartels battle near Frontera Comalapa
(Translated from Spanish.)

Dozens of families from communities in the municipality of Frontera Comalapa crossed into Guatemala on Wednesday and Thursday, fleeing clashes between the Jalisco New Generation Cartel and the Sinaloa Cartel, residents and the Guatemalan migration institute said.

The armed groups exchanged fire for several hours on Wednesday on the road between Comalapa and Chicomuselo, residents said. Local media reported at least four dead, whose bodies were taken away by the gunmen.

On Thursday, the army and the National Guard deployed 800 troops to the area and set up checkpoints on the border highway, the Defence Ministry said.

The two cartels have fought for control of drug and migrant trafficking routes in the border region since 2021.""", [
  E(cur, "Armed clash", "The armed groups exchanged fire for several hours on Wednesday on the road between Comalapa and Chicomuselo", T("Comalapa", "MX", 2, 15.66, -92.14, "Chiapas", "Frontera Comalapa"), "wednesday",
    a1="Cartel Jalisco Nueva Generacion", i1=3, a2="Sinaloa Cartel", i2=3, fat=4),
]),

S("st-am-147", "2026-09-09", """Grenade hurled at police post in Amritsar; Khalistan Tiger Force blamed

AMRITSAR, Sept 9: Two men on a motorcycle hurled a grenade at a police post on the outskirts of Amritsar late on Monday night, damaging the building, police said. No one was injured.

The Director General of Police said the attack had been carried out on the orders of handlers of the Khalistan Tiger Force based abroad, and that two suspects had been arrested on Tuesday in Tarn Taran district.

It was the third grenade attack on a police establishment in the Amritsar area this year. Police have increased patrols and installed more CCTV cameras at police posts in border districts.""", [
  E(cur, "Grenade", "Two men on a motorcycle hurled a grenade at a police post on the outskirts of Amritsar", T("Amritsar", "IN", 2, 31.62, 74.88, "Punjab", "Amritsar"), "monday",
    a1="Khalistan Tiger Force", i1=2, a2=IND_POL, i2=1, fat=0, inj=0),
  E(cur, "Arrests", "two suspects had been arrested on Tuesday in Tarn Taran district", T("Tarn Taran", "IN", 3, 31.45, 74.93, "Punjab", "Tarn Taran"), "tuesday",
    a1=IND_POL, i1=1, a2="Khalistan Tiger Force", i2=2),
], register="local"),

S("st-am-148", "2026-02-10", """PAKISTAN-KURRAM/
Tribal clashes in Kurram kill nine; roads closed again

PESHAWAR, Feb 10 (Wire) - At least nine people were killed in clashes between armed members of rival tribes in the Kurram district of north-western Pakistan on Monday and Tuesday, officials said.

The fighting, with heavy weapons including mortars, broke out near Alizai after a dispute over land and spread to nearby villages, a district official said.

The provincial government closed the main road between Parachinar and Peshawar and imposed a curfew in parts of the district.

Kurram has seen repeated bouts of sectarian tribal fighting. Clashes in late 2024 killed more than 130 people and led to a months-long blockade of the district.""", [
  E(cur, "Armed clash", "At least nine people were killed in clashes between armed members of rival tribes in the Kurram district", T("Alizai", "PK", 2, 33.54, 70.35, "Khyber Pakhtunkhwa", "Kurram"), "monday", tp=2,
    a1="Unidentified Tribal Militia (Pakistan)", i1=4, a2="Unidentified Tribal Militia (Pakistan)", i2=4, fat=9),
  E(cur, "Other", "imposed a curfew in parts of the district", T("Kurram", "PK", 3, 33.90, 70.10, "Khyber Pakhtunkhwa", "Kurram"), 0, tp=2,
    a1="Government of Pakistan (2024-)", i1=1),
]),

S("st-am-149", "2026-06-19", """Peru: bus drivers strike in Lima after colleague is shot dead by extortionists
(Translated from Spanish.)

Thousands of public transport workers stopped work in Lima on Thursday and marched to the Congress building to demand action against extortion gangs, a day after a bus driver was shot dead in the district of San Juan de Lurigancho.

The driver was killed at the wheel of his bus on Wednesday morning by a gunman who got on at a stop, police said. His company had received threats after refusing to pay a weekly "fee" to a criminal gang, colleagues said.

Police used tear gas to stop a group of marchers from reaching the Congress building, and detained five people. Most of the march passed off without incident.

More than 40 transport workers have been killed in Lima in extortion-related attacks since the start of last year, according to transport unions.""", [
  E(cur, "Attack", "The driver was killed at the wheel of his bus on Wednesday morning by a gunman", T("Lima", "PE", 2, -12.04, -77.03, "Lima"), "wednesday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=1),
  E(cur, "Protest with intervention", "Police used tear gas to stop a group of marchers from reaching the Congress building", T("Lima", "PE", 1, -12.04, -77.03, "Lima"), "thursday",
    a1="Protesters (Peru)", i1=6, a2=PER_POL, i2=1),
], register="local"),

S("st-am-150", "2026-02-12", """SOMALIA-SOMALILAND/
SSC-Khatumo forces and Somaliland troops clash west of Las Anod

MOGADISHU, Feb 12 (Wire) - Fighting broke out on Tuesday between forces of SSC-Khatumo, the administration that controls Las Anod, and Somaliland troops at the village of Oog, west of Las Anod, killing at least 12 fighters, elders and local officials said.

Both sides accused the other of starting the fighting. SSC-Khatumo said it had captured two Somaliland positions, which Somaliland's defence ministry denied.

Hundreds of families fled the area towards Las Anod and Garowe.

SSC-Khatumo forces have controlled Las Anod since 2023. The federal government in Mogadishu recognised the administration as a federal member state last year.""", [
  E(cur, "Armed clash", "Fighting broke out on Tuesday between forces of SSC-Khatumo, the administration that controls Las Anod, and Somaliland troops at the village of Oog", T("Laascaanood", "SO", 2, 8.48, 47.36, "Sool"), "tuesday",
    a1="SSC-Khatumo", i1=3, a2="Military Forces of Somaliland (2024-)", i2=1, fat=12),
  unscored(E(neg, "Non-state actor overtakes territory", "SSC-Khatumo said it had captured two Somaliland positions", T("Laascaanood", "SO", 2, 8.48, 47.36, "Sool"), "tuesday",
    a1="SSC-Khatumo", i1=3, a2="Military Forces of Somaliland (2024-)", i2=1), "fatalities", "injuries"),
]),

S("st-am-151", "2026-03-13", """Mozambique: police disperse Maputo march of Podemos supporters

MAPUTO, March 13 (Wire) - Mozambican police fired tear gas and rubber bullets on Thursday to disperse supporters of the opposition Podemos party marching in central Maputo against the arrest of one of the party's provincial leaders, witnesses said.

At least four people were injured, one of them by a rubber bullet to the chest, a hospital source said. Police said they had acted because the march had not been authorised.

The provincial leader was arrested at his home in Matola on Monday and is accused of inciting violence during the post-election unrest of 2024 and 2025, his lawyer said.

More than 300 people were killed in the unrest that followed the October 2024 election, according to rights groups, most of them by police.""", [
  E(cur, "Protest with intervention", "Mozambican police fired tear gas and rubber bullets on Thursday to disperse supporters of the opposition Podemos party", T("Maputo", "MZ", 1, -25.97, 32.58, "Maputo"), "thursday",
    a1="Protesters (Mozambique)", i1=6, a2="Police Forces of Mozambique (2025-)", i2=1, inj=4),
  E(cur, "Arrests", "The provincial leader was arrested at his home in Matola on Monday", T("Matola", "MZ", 1, -25.96, 32.46, "Maputo"), "monday",
    a1="Police Forces of Mozambique (2025-)", i1=1, a2="Podemos: Optimistic Party for the Development of Mozambique", i2=7),
]),
S("st-am-152", "2026-04-04", """Zagreb derby to be played without away fans after last year's violence

ZAGREB, April 4 (Wire) - Sunday's Croatian league match between Dinamo Zagreb and Hajduk Split will be played without visiting supporters, the league said on Saturday, citing police advice after clashes between rival fans at the same fixture last year.

About 1,500 police officers will be deployed around the Maksimir stadium and the city centre, Zagreb police said. Hajduk's supporters' group called the decision "collective punishment" and said it would not challenge it.

At last year's match in Split, in October, rival fans fought with flares, bottles and metal bars outside the stadium before kick-off, injuring 14 people, including four police officers.

Croatia's football federation has been fined several times by European football's governing body over crowd trouble.""", [
  E(bg, "Mob violence", "rival fans fought with flares, bottles and metal bars outside the stadium before kick-off", T("Split", "HR", 1, 43.51, 16.44, "Split-Dalmatia", "Grad Split"), "2025-10-01", tp=3,
    a1="Rioters (Croatia)", i1=5, a2="Rioters (Croatia)", i2=5, inj=14),
], negative="sport"),

S("st-am-153", "2026-06-23", """EU sanctions three Sudanese commanders over El Fasher atrocities

BRUSSELS, June 23 (Wire) - The European Union imposed sanctions on Monday on three commanders of Sudan's Rapid Support Forces it accused of responsibility for mass killings of civilians after the paramilitary group captured the city of El Fasher in October last year.

The measures include an asset freeze and a travel ban. EU foreign ministers, meeting in Luxembourg, also called on the United Arab Emirates and other countries to stop supplying weapons to the warring parties in Sudan.

The RSF rejected the sanctions as "politically motivated" and said it had opened its own investigation into "individual violations".

The United States imposed similar sanctions on RSF commanders earlier this year.""", [
  E(bg, "Non-state actor overtakes territory", "the paramilitary group captured the city of El Fasher in October last year", T("El Fasher", "SD", 1, 13.63, 25.35, "North Darfur"), "2025-10-01", tp=3,
    a1=RSF, i1=2, a2=SDN, i2=1),
], negative="diplomacy"),

S("st-am-154", "2026-02-27", """Mexico: businessman kidnapped in Culiacan freed after ransom paid, family says
(Translated from Spanish.)

A businessman who was kidnapped last week in Culiacan was released on Thursday after his family paid a ransom, relatives said. He was found on the side of the road to Imala with signs of having been beaten, but in good health.

The man, who owns a chain of hardware stores, was abducted on February 17 as he left his home by armed men who demanded 5 million pesos, according to the family. The State Prosecutor's Office said it was investigating the case as a kidnapping for ransom and had not established any link to organised crime groups.

Business associations in Sinaloa say kidnappings for ransom have risen in the state over the past year.""", [], negative="crime", register="local"),

S("st-am-155", "2026-09-03", """Beslan marks 22 years since school siege

BESLAN, Russia, Sept 3 (Wire) - Hundreds of people gathered at the ruins of School No. 1 in Beslan on Thursday to remember the victims of the 2004 school siege, releasing white balloons at 13:05, the moment the first explosions were heard in the gymnasium.

Relatives laid flowers and toys in the gym, whose walls are still marked by bullets, and read out the names of the 334 people who died, among them 186 children.

The siege began on 1 September 2004, when Chechen and Ingush militants seized more than 1,100 people on the first day of the school year. It ended on the third day with explosions and a chaotic battle with Russian security forces.

The ceremony ended with a minute of silence.""", [
  unscored(E(bg, "Abduction/forced disappearance", "Chechen and Ingush militants seized more than 1,100 people on the first day of the school year", T("Beslan", "RU", 1, 43.19, 44.53, "North Ossetia-Alania"), "2004-09-01",
    a1="Unidentified Armed Group (Russia)", i1=3, a2="Civilians (Russia)", i2=7), "fatalities", "injuries"),
], negative="commemoration"),

S("st-am-156", "2026-08-14", """Tanker explosion kills at least 38 near Onitsha as residents scoop fuel

ONITSHA, Nigeria, Aug 14 (Wire) - At least 38 people were killed on Thursday when a petrol tanker that had overturned on the expressway outside Onitsha exploded as residents were scooping fuel from it, Nigeria's emergency management agency said.

The tanker lost control and fell on its side early in the morning. A crowd gathered with jerrycans and buckets despite warnings from police, and the fuel caught fire about an hour later, witnesses said. Dozens of people were taken to hospital with burns.

Such disasters are common in Nigeria, where many people live in poverty and fuel prices have soared since subsidies were removed.""", [], negative="accident"),

S("st-am-157", "2026-11-13", """FACT CHECK: Video of 'Ukrainian drone strike on Moscow' shows fireworks

A video circulating on Telegram and X since Tuesday claims to show "Ukrainian drones hitting central Moscow last night", with a series of bright explosions over apartment blocks.

The claim is false. The footage shows a fireworks display over the Moscow river for the city's anniversary celebrations in September 2023. We found the same video, filmed from the same angle, in a post published by a Moscow resident on 9 September 2023.

Russia's defence ministry reported no drone attack on Moscow on the night in question, and Moscow's mayor, who usually posts about drones shot down over the city, reported none.

Our verdict: FALSE. The video shows fireworks, not a drone attack.""", [], negative="fact check", register="factcheck"),

S("st-am-158", "2026-05-21", """Mali junta opens 'national consultations'; JNIM says it will not take part

BAMAKO, May 21 (Wire) - Mali's military government opened two weeks of "national consultations" on Thursday, saying they would pave the way for a new peace charter and a return to constitutional order.

Hundreds of delegates from political parties, civil society and religious groups attended the opening in Bamako, though several opposition figures boycotted the talks.

The al Qaeda-linked JNIM group said in a statement that it would not take part in "talks organised by the usurpers" and that its fighters would "continue the struggle". Tuareg separatist groups also stayed away.

The junta, in power since 2020, has promised elections several times without setting a date.""", [], negative="statement"),
S("st-am-159", "2026-02-03", """SUDAN-WAR/WRAPUP
RSF seizes Umm Ruwaba as drones strike Atbara and Damazin

PORT SUDAN, Feb 3 (Wire) - Sudan's paramilitary Rapid Support Forces said on Tuesday they had taken control of the town of Umm Ruwaba in North Kordofan after fierce fighting with the army on Monday, a claim confirmed by two residents who said the army had withdrawn towards El Obeid.

Local activists said at least 17 civilians were killed in Umm Ruwaba during the fighting, and that RSF fighters looted the market after entering the town.

The army responded on Monday evening with drone strikes on RSF positions near Er Rahad, about 60 km to the west, killing several fighters, a military source said.

Early on Tuesday, drones struck a power station in Atbara, in River Nile state, causing a blackout in the city, and hit the airport in Ad-Damazin, capital of Blue Nile state, where one guard was killed, local officials said. The army blamed the RSF for both attacks.

In Omdurman, shells fell on a residential neighbourhood on Tuesday morning, wounding five people, a medical volunteer group said. It did not say who fired them.

The war, now in its third year, has displaced more than 12 million people.""", [
  E(cur, "Non-state actor overtakes territory", "they had taken control of the town of Umm Ruwaba in North Kordofan after fierce fighting with the army on Monday", T("Umm Ruwaba", "SD", 1, 12.91, 31.22, "North Kordofan"), "monday",
    a1=RSF, i1=2, a2=SDN, i2=1, fat=17),
  E(cur, "Air/drone strike", "The army responded on Monday evening with drone strikes on RSF positions near Er Rahad", T("Ar Rahad", "SD", 2, 12.72, 30.65, "North Kordofan"), "monday",
    a1=SDN, i1=1, a2=RSF, i2=2, fat=3),
  E(cur, "Air/drone strike", "drones struck a power station in Atbara", T("Atbara", "SD", 1, 17.70, 33.99, "River Nile"), "tuesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7),
  E(cur, "Air/drone strike", "hit the airport in Ad-Damazin, capital of Blue Nile state, where one guard was killed", T("Ad-Damazin", "SD", 2, 11.79, 34.36, "Blue Nile"), "tuesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=1),
  E(cur, "Shelling/artillery/missile attack", "shells fell on a residential neighbourhood on Tuesday morning", T("Omdurman", "SD", 1, 15.64, 32.48, "Khartoum"), "tuesday",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7, inj=5),
]),

S("st-am-160", "2026-03-28", """UKRAINE-ATTACKS/
Russian overnight strikes hit five Ukrainian regions, killing four

KYIV, March 28 (Wire) - Russia attacked Ukraine overnight with 127 drones and 9 missiles, hitting energy facilities, a port and residential buildings in five regions and killing at least four people, Ukrainian officials said on Saturday.

In Kharkiv, drones hit a nine-storey residential building, killing two people and wounding 11, the mayor said.

In the southern city of Odesa, a ballistic missile struck port infrastructure, damaging a grain terminal and wounding three workers, the regional governor said.

In Dnipro, a missile hit an industrial site, killing one person, while in Chernihiv drones damaged a power substation, leaving 40,000 households without electricity; no one was hurt there.

On Friday evening, a Russian guided bomb hit the centre of Kramatorsk, in the Donetsk region, killing one man and damaging a school, the regional governor said.

Ukraine's air force said 98 drones and six missiles had been shot down or jammed.""", [
  E(cur, "Air/drone strike", "In Kharkiv, drones hit a nine-storey residential building", T("Kharkiv", "UA", 1, 49.98, 36.25, "Kharkiv", "Kharkiv"), "friday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=11),
  E(cur, "Shelling/artillery/missile attack", "a ballistic missile struck port infrastructure, damaging a grain terminal", T("Odesa", "UA", 1, 46.49, 30.74, "Odesa", "Odeskyi"), "friday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=3),
  E(cur, "Shelling/artillery/missile attack", "In Dnipro, a missile hit an industrial site, killing one person", T("Dnipro", "UA", 1, 48.4666, 35.0407, "Dnipropetrovsk", "Dnipro"), "friday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Air/drone strike", "in Chernihiv drones damaged a power substation", T("Chernihiv", "UA", 1, 51.51, 31.29, "Chernihiv", "Chernihiv"), "friday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "a Russian guided bomb hit the centre of Kramatorsk", T("Kramatorsk", "UA", 1, 48.73, 37.57, "Donetsk", "Kramatorskyi"), "friday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
]),

S("st-am-161", "2026-03-23", """MYANMAR THIS WEEK | 16-22 March 2026
A round-up of conflict developments compiled by our regional desk.

SAGAING: A junta air strike on Friday hit a monastery sheltering displaced people in a village near Sagaing town, killing nine people, according to local resistance groups. Residents said a paraglider dropped two bombs.

MONYWA: People's Defence Force units attacked a junta battalion base on the outskirts of Monywa with drones on Saturday, the National Unity Government said, claiming 12 soldiers killed. The junta did not comment.

KACHIN: The Kachin Independence Army (KIA) shelled junta positions near Myitkyina airport on Sunday, residents said; shells also fell on a nearby ward, wounding four civilians.

SHAN: Traffic on the Mandalay-Lashio road resumed after the junta and the Ta'ang National Liberation Army reached a local agreement on Tuesday, under China's mediation, to reopen the road, the TNLA said.

OUTLOOK: The junta has announced it will hold a second phase of elections in areas under its control in April.""", [
  E(cur, "Air/drone strike", "A junta air strike on Friday hit a monastery sheltering displaced people in a village near Sagaing town", T("Sagaing", "MM", 2, 21.88, 95.98, "Sagaing", "Sagaing"), "2026-03-20",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
  E(cur, "Air/drone strike", "People's Defence Force units attacked a junta battalion base on the outskirts of Monywa with drones on Saturday", T("Monywa", "MM", 2, 22.11, 95.14, "Sagaing", "Monywa"), "2026-03-21",
    a1=PDF, i1=2, a2=MMR, i2=1, fat=12),
  E(cur, "Shelling/artillery/missile attack", "The Kachin Independence Army (KIA) shelled junta positions near Myitkyina airport on Sunday", T("Myitkyina", "MM", 2, 25.38, 97.40, "Kachin", "Myitkyina"), "2026-03-22",
    a1="KIA: Kachin Independence Army", i1=2, a2=MMR, i2=1, inj=4),
  E(cur, "Agreement", "the junta and the Ta'ang National Liberation Army reached a local agreement on Tuesday", T("Mandalay", "MM", 2, 21.97, 96.08, "Mandalay", "Mandalay"), "2026-03-17",
    a1=MMR, i1=1, a2="TNLA: Ta'ang National Liberation Army", i2=2),
], register="digest"),

S("st-am-162", "2026-03-18", """NIGERIA-SECURITY/WRAPUP
ISWAP raids army base in Borno; gunmen enforce sit-at-home in Imo; 20 abducted in Kaduna

LAGOS, March 18 (Wire) - Islamic State West Africa Province (ISWAP) fighters attacked an army base in Damboa, in north-eastern Borno state, on Monday night, killing five soldiers, military sources said. The troops repelled the attack with air support and killed "dozens" of insurgents, the army said.

In the south-east, gunmen enforcing a weekly "sit-at-home" order set fire to two buses and a car in Orlu, Imo state, on Tuesday, police said. Nobody was hurt. Police blamed the separatist Indigenous People of Biafra (IPOB), which denied involvement.

In Kaduna state, bandits abducted at least 20 people from a village in Birnin Gwari local government area on Sunday, residents said.

On Wednesday, hundreds of residents of Birnin Gwari protested in Kaduna city outside the Government House, demanding protection. The protest was peaceful.""", [
  E(cur, "Armed clash", "Islamic State West Africa Province (ISWAP) fighters attacked an army base in Damboa", T("Damboa", "NG", 1, 11.16, 12.76, "Borno", "Damboa"), "monday",
    a1="Islamic State West Africa Province", i1=2, a2="Military Forces of Nigeria (2023-)", i2=1, fat=17),
  E(cur, "Looting/property destruction", "gunmen enforcing a weekly \"sit-at-home\" order set fire to two buses and a car in Orlu", T("Orlu", "NG", 1, 5.80, 7.04, "Imo", "Orlu"), "tuesday",
    a1="IPOB: Indigenous People of Biafra", i1=3, a2="Civilians (Nigeria)", i2=7, fat=0, inj=0),
  E(cur, "Abduction/forced disappearance", "bandits abducted at least 20 people from a village in Birnin Gwari local government area", T("Birnin Gwari", "NG", 3, 10.66, 6.54, "Kaduna", "Birnin Gwari"), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7),
  E(cur, "Peaceful protest", "hundreds of residents of Birnin Gwari protested in Kaduna city outside the Government House", T("Kaduna", "NG", 1, 10.53, 7.44, "Kaduna", "Kaduna North"), "wednesday",
    a1="Protesters (Nigeria)", i1=6),
]),
]

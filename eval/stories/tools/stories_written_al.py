"""Multi-event stories written for this project (issue 11), batch al: unseen by the coders in the session it was written
(2026-11-29, 20:55-23:55), the lead's measure of story generalisation on real-looking multi-event news, as batches s to
ak. Written apart from aj and ak (other countries, registers and story shapes): wire stories with recap paragraphs of
older events, live blogs with a correction entry and across midnight, NGO and humanitarian bulletins listing incidents
by date, a weekly digest with bare weekdays, official releases with a header and a boilerplate footer (a police task
force in Papua, AFRICOM, Balochistan's CTD, Sumy's regional administration), local press in translation (French,
Spanish, Arabic), a radio call-in, one event told three times (Zawiya, Kaura Namoda, Kaiga-Kindjiria), protests broken
up by police (one event), arrests before and after a raid or a protest, villages and towns taken and retaken (and a
recapture claimed and denied), claims and denials with tolls per side, threats and plans, captions of old photos, of
body events and a caption-only event, war tallies and yearly statistics (no events), events in small towns with
namesakes abroad (Wau of Morobe, Bethlehem of the Free State, Suarez of Cauca, Houston of British Columbia, Mexico of
Pampanga, Hastings of Hawke's Bay, Salamanca of Guanajuato, Bijapur of Chhattisgarh), and 24 stories with no current
event (threats, statistics, crime, accident, commemorations with their massacre or strike as background, disaster,
labour strike, trial, hoax, denial, campaign, diplomacy, fact check, an obituary of old wounds, a caption-only protest).
114 stories, 201 events (173 current, 17 background, 4 negated, 3 threat, 3 caption, 1 hypothetical) of 24 sub-types,
74 countries with events, on every continent.
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


MOZ = "Military Forces of Mozambique (2025-)"; RWA = "Military Forces of Rwanda (2000-)"; ISMP = "Islamic State Mozambique Province"
PER_POL = "Police Forces of Peru (2025-)"
CAF = "Military Forces of the Central African Republic (2016-)"; AAKG = "Azande Ani Kpi Gbe"; R3 = "3R: Return, Reclamation, Rehabilitation"
WAGNER = "Wagner Group"
IDN_POL = "Police Forces of Indonesia (2024-)"; TPNPB = "TPNPB: West Papua National Liberation Army"
TCD_GOV = "Government of Chad (2021-)"; TCD_POL = "Police Forces of Chad (2021-)"
MRT_POL = "Police Forces of Mauritania (2019-)"
TZA_POL = "Police Forces of Tanzania (2021-)"
HOU = "Military Forces of Yemen (2016-) Supreme Political Council"; YEM = "Military Forces of Yemen (2022-)"
THA = "Military Forces of Thailand (2025-)"; KHM = "Military Forces of Cambodia (2023-)"
PNG_POL = "Police Forces of Papua New Guinea (2019-)"
FRA_POL = "Police Forces of France (2017-)"
ZAF_POL = "Police Forces of South Africa (2018-)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; RUS_POL = "Police Forces of Russia (2000-)"; IS_CAU = "Islamic State (Caucasus)"
COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; JMC = "Jaime Martinez Column"; CPF = "Carlos Patino Front"
GRC_POL = "Police Forces of Greece (2019-)"
USA_POL = "Police Forces of the United States (2025-)"
MEX = "Military Forces of Mexico (2024-)"; MEX_NG = "National Guard of Mexico (2019-)"; CJNG = "Cartel Jalisco Nueva Generacion"
B18 = "Barrio 18"
BLZ_GOV = "Government of Belize (2020-)"; BLZ_POL = "Police Forces of Belize (2020-)"
BRA_POL = "Police Forces of Brazil (2023-)"; CV = "CV: Comando Vermelho"
PAN_POL = "Police Forces of Panama (2024-)"
AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"; NRF = "NRF: National Resistance Front"
PHL = "Military Forces of the Philippines (2022-)"; DI = "Dawlah Islamiyah"
IRN_POL = "Police Forces of Iran (1989-)"; JAA = "Jaish al-Adl"
GIN_POL = "Police Forces of Guinea (2021-)"; UFDG = "UFDG: Union of Democratic Forces of Guinea"
UGA = "Military Forces of Uganda (1986-)"; TURKANA = "Turkana Ethnic Militia (Kenya)"

STORIES = [
S("st-al-001", "2026-09-22", """MOZAMBIQUE-INSURGENCY/
Insurgents behead three fishermen near Mucojo as attacks return to Cabo Delgado coast

MAPUTO, Sept 22 (Wire) - Suspected Islamic State-linked insurgents beheaded three fishermen on a beach near the village of Mucojo in Mozambique's Cabo Delgado province on Sunday morning, a local administrator and two residents said, the latest in a string of attacks along the coast of Macomia district.

The men had gone out before dawn to check their nets. Other fishermen found the bodies at around 9 a.m. "They took the boat and the catch and left them on the sand," one of them said by telephone.

On Monday, Rwandan troops clashed with a group of insurgents in the bush west of Mbau, in Mocimboa da Praia district, a security source said. The source said four insurgents were killed; there was no word on Rwandan casualties and Rwanda's army did not respond to a request for comment.

The Islamic State group's Amaq news agency later claimed the killing of "three Christians" in Macomia district, without giving further details.

The insurgency, which began in October 2017 in Mocimboa da Praia, has killed more than 6,000 people, according to conflict monitors. In May, insurgents occupied Macomia town for two days, looting shops and the health centre before withdrawing as government troops arrived.

Some 1,300 people have fled the Mucojo area since August, according to the International Organization for Migration.""", [
  E(cur, "Attack", "beheaded three fishermen on a beach near the village of Mucojo", T("Mucojo", "MZ", 2, -11.90, 40.40, "Cabo Delgado"), "sunday",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=3),
  E(cur, "Armed clash", "Rwandan troops clashed with a group of insurgents in the bush west of Mbau", T("Mbau", "MZ", 2, -11.42, 40.17, "Cabo Delgado"), "monday",
    a1=RWA, i1=8, a2="Unidentified Armed Group (Mozambique)", i2=3, fat=4),
  unscored(E(bg, "Non-state actor overtakes territory", "insurgents occupied Macomia town for two days", T("Macomia", "MZ", 1, -12.25, 40.12, "Cabo Delgado"), "2026-05-01", tp=3,
    a1="Unidentified Armed Group (Mozambique)", i1=3, fat=None), "actor2", "inter2"),
]),

S("st-al-002", "2026-04-14", """LIVE | Peru: national strike against new mining law - marches in Lima, deadly shooting in Juliaca
Last updated 23:40 (Lima time)

23:40 - We are closing this live page for tonight. Thank you for following our coverage.

22:15 - In Cusco, several hundred people held a candlelight vigil in the Plaza de Armas to demand justice for the man killed in Juliaca. The gathering broke up peacefully shortly before 22:00, our correspondent says.

19:50 - CORRECTION: In an entry at 17:05 we reported, citing a local radio station, that two people had been killed in Juliaca. The health ministry says one man, a 23-year-old farmer, was killed and 14 people were wounded. We regret the error.

18:30 - The interior minister says police acted "within the law" in Juliaca and blames "violent groups" for the unrest. The ombudsman's office has called for an independent investigation.

17:05 - Police have opened fire on protesters blocking the Inca bridge on the road out of Juliaca towards Puno, local radio reports. Two people are reported dead.

16:20 - In Lima, riot police fire tear gas at marchers trying to reach Congress along Abancay Avenue. Some protesters respond by throwing stones and bottles; shop windows have been smashed on Jiron Lampa. Police say at least 11 people have been arrested.

12:10 - Thousands of people are marching through central Lima from Plaza Dos de Mayo, chanting against the law. The atmosphere is calm so far.

09:30 - Markets and schools are closed in much of the southern Andes as the national strike called by farmers' federations begins, local media report.""", [
  E(cur, "Peaceful protest", "held a candlelight vigil in the Plaza de Armas to demand justice", T("Cusco", "PE", 1, -13.53, -71.97, "Cusco", "Cusco"), 0,
    a1="Protesters (Peru)", i1=6, a2=None, i2=None),
  E(cur, "Excessive force against protesters", "Police have opened fire on protesters blocking the Inca bridge", T("Juliaca", "PE", 2, -15.50, -70.13, "Puno", "Provincia de San Roman"), 0,
    a1="Protesters (Peru)", i1=6, a2=PER_POL, i2=1, fat=1, inj=14),
  E(cur, "Violent demonstration", "Some protesters respond by throwing stones and bottles", T("Lima", "PE", 1, -12.04, -77.03, "Lima", "Lima"), 0,
    a1="Rioters (Peru)", i1=5, a2=PER_POL, i2=1),
], register="live"),

S("st-al-003", "2026-07-06", """PROTECTION MONITORING BULLETIN - CENTRAL AFRICAN REPUBLIC
Haut-Mbomou and Ouham-Pende prefectures | June 2026
Compiled from partner reports. Not exhaustive; incidents are listed once verified by two sources.

KEY FIGURES (June): 41 protection incidents recorded | 17 civilians killed | about 2,300 people newly displaced

INCIDENTS

02/06 - Zemio: armed men identified by survivors as members of the Azande Ani Kpi Gbe (AAKG) militia attacked Peuhl herders at a water point 4 km from the town, killing two of them and driving off some 60 head of cattle.

09/06 - Obo: soldiers of the national army (FACA), backed by Russian instructors, exchanged fire with AAKG elements near the central market. A trader was hit by a stray bullet and died on the way to the health centre.

14/06 - Bocaranga: three women returning from their fields on the Bocaranga-Koui road were raped by armed men whom they identified as 3R fighters.

21/06 - Paoua: an explosive device buried on the track from Paoua to Betoko went off under a motorcycle taxi, killing the driver and his passenger.

27/06 - Mboki, Obo sub-prefecture: five displaced people were abducted from the site by AAKG fighters. Three were released two days later; the fate of the other two is unknown.

TRENDS
Incidents in Haut-Mbomou fell by a fifth compared with May, but movement between Zemio and Obo remains very limited. Explosive devices remain the main threat on the Paoua axis, where eleven such incidents have been recorded since January.

This bulletin is produced by the protection monitoring partners with funding from humanitarian donors. For corrections or questions, contact the cluster coordination team in Bangui.""", [
  E(cur, "Attack", "attacked Peuhl herders at a water point 4 km from the town", T("Zemio", "CF", 2, 5.03, 25.14, "Haut-Mbomou", "Zemio"), "2026-06-02",
    a1=AAKG, i1=4, a2="Civilians (Central African Republic)", i2=7, fat=2),
  E(cur, "Armed clash", "exchanged fire with AAKG elements near the central market", T("Obo", "CF", 1, 5.40, 26.49, "Haut-Mbomou", "Obo"), "2026-06-09",
    a1=CAF, i1=1, a2=AAKG, i2=4, fat=1, assoc_actor_1=WAGNER),
  E(cur, "Sexual violence", "were raped by armed men whom they identified as 3R fighters", T("Bocaranga", "CF", 2, 6.99, 15.64, "Ouham-Pende", "Bocaranga"), "2026-06-14",
    a1=R3, i1=2, a2="Civilians (Central African Republic)", i2=7, fat=None),
  E(cur, "Remote explosive/landmine/IED", "an explosive device buried on the track from Paoua to Betoko went off under a motorcycle taxi", T("Paoua", "CF", 2, 7.24, 16.44, "Lim-Pende", "Paoua"), "2026-06-21",
    a1="Unidentified Armed Group (Central African Republic)", i1=3, a2="Civilians (Central African Republic)", i2=7, fat=2),
  E(cur, "Abduction/forced disappearance", "five displaced people were abducted from the site by AAKG fighters", T("Obo", "CF", 2, 5.40, 26.49, "Haut-Mbomou", "Obo"), "2026-06-27",
    a1=AAKG, i1=4, a2="Civilians (Central African Republic)", i2=7, fat=None),
], register="ngo"),

S("st-al-004", "2026-02-09", """INDONESIAN NATIONAL POLICE
OPERATION DAMAI CARTENZ 2026 TASK FORCE
PRESS RELEASE No. 019/Humas/OPS-DC/II/2026
Timika, 9 February 2026

ARMED CRIMINAL GROUP SHOOTS MOTORCYCLE TAXI DRIVER IN SUGAPA; TASK FORCE REPELS ATTACK ON POST IN ILAGA

1. On Sunday (8/2/2026) at around 10.30 WIT, members of the Armed Criminal Group (KKB) shot a motorcycle taxi driver with the initials AS (34) on the Bilogai road in Sugapa, Intan Jaya Regency. The victim, a newcomer from South Sulawesi, died at the scene. His body was evacuated to the Sugapa health centre.

2. On the same day at around 16.00 WIT, the KKB opened fire on the Brimob post in Kago, Ilaga District, Puncak Regency. Task Force personnel returned fire and repelled the attack. One officer, Bripda FR, suffered a gunshot wound to the left arm and was flown to Timika for treatment. No other casualties were reported.

3. The Head of the Task Force stated that a claim circulating on social media that the KKB had shot down a police helicopter over Beoga was a hoax. "No aircraft has been hit. All our helicopters are operating normally," he said.

4. The Task Force has stepped up patrols in Sugapa and Ilaga and is pursuing the perpetrators.

The Task Force urges the public not to spread unverified information and to report any suspicious activity to the nearest police post.

Public Relations Unit, Operation Damai Cartenz 2026 Task Force""", [
  E(cur, "Attack", "members of the Armed Criminal Group (KKB) shot a motorcycle taxi driver", T("Sugapa", "ID", 1, -3.74, 137.05, "Central Papua", "Kabupaten Intan Jaya"), "sunday",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=1),
  E(cur, "Armed clash", "the KKB opened fire on the Brimob post in Kago", T("Ilaga", "ID", 2, -3.95, 137.40, "Central Papua", "Kabupaten Puncak"), "sunday",
    a1=TPNPB, i1=2, a2=IDN_POL, i2=1, fat=0, inj=1),
  unscored(E(neg, "Armed clash", "the KKB had shot down a police helicopter over Beoga", T("Beoga", "ID", 1, -3.84, 137.17, "Central Papua", "Kabupaten Puncak"), None,
    a1=TPNPB, i1=2, a2=IDN_POL, i2=1), "event_date", "fatalities", "injuries"),
], register="official"),

S("st-al-005", "2026-02-13", """Mandoul: twelve dead in clashes between herders and farmers near Goundi
(Translated from French. First published by a N'Djamena daily.)

Clashes broke out on Wednesday between herders and farmers in the village of Ngalo, about 15 km from Goundi, in the province of Mandoul. According to a provisional toll given by the provincial governor, twelve people lost their lives and around twenty others were wounded.

According to residents reached by telephone, the trouble started when a herd destroyed a millet field. The farmers seized the animals; armed herders then came to take them back, and the two sides exchanged gunfire. Several huts were set on fire.

The governor of Mandoul went to the scene on Thursday with the commander of the gendarmerie legion. He announced a curfew from 6 p.m. to 6 a.m. in Goundi and the surrounding villages and said that 23 people from both communities had been arrested by the gendarmerie.

The Minister of Territorial Administration called on the communities to keep calm. Last March, nine people were killed in similar clashes near Bediondo, in the same province.""", [
  E(cur, "Armed clash", "the two sides exchanged gunfire", T("Goundi", "TD", 2, 9.36, 17.37, "Mandoul"), "wednesday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=12, inj=20),
  E(cur, "Other", "He announced a curfew from 6 p.m. to 6 a.m. in Goundi and the surrounding villages", T("Goundi", "TD", 1, 9.36, 17.37, "Mandoul"), "thursday",
    a1=TCD_GOV, i1=1, a2=None, i2=None),
  unscored(E(cur, "Arrests", "23 people from both communities had been arrested by the gendarmerie", T("Goundi", "TD", 2, 9.36, 17.37, "Mandoul"), "thursday", tp=2,
    a1=TCD_POL, i1=1), "actor2", "inter2"),
  E(bg, "Armed clash", "nine people were killed in similar clashes near Bediondo", T("Bediondo", "TD", 2, 8.63, 17.19, "Mandoul"), "2025-03-01", tp=3,
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=9),
], register="local"),

S("st-al-006", "2026-07-14", """LIBYA-SECURITY/
Five killed as rival armed groups fight in Libya's Zawiya

TRIPOLI, July 14 (Wire) - Fighting between rival armed groups in the western Libyan city of Zawiya killed at least five people, including a child, and wounded 17 overnight, the city's medical centre said on Tuesday.

Residents said heavy gunfire and explosions rang out from around midnight near the Zawiya refinery and in the Harsha area, and the coastal highway linking Tripoli to the Tunisian border was closed for several hours.

The clashes pitted a group led by a local commander known as "the Mouse" against a rival faction that controls the western entrance of the city, residents said. "They turned the streets around the refinery into a battlefield," one resident said by telephone. "Our windows shook all night."

The National Oil Corporation said refinery staff had been evacuated as a precaution, but that the facility had not been hit.

A council of elders from the city said the two groups had agreed to a ceasefire at 6 a.m. The defence ministry of the Tripoli-based Government of National Unity said it would send units to separate the sides.

Zawiya, about 45 km west of Tripoli, has seen repeated bouts of fighting between armed groups that control fuel smuggling routes and the coast.""", [
  E(cur, "Armed clash", "Fighting between rival armed groups in the western Libyan city of Zawiya", T("Zawiya", "LY", 1, 32.75, 12.73, "Az Zawiyah"), "monday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=5, inj=17),
  E(cur, "Agreement", "the two groups had agreed to a ceasefire at 6 a.m.", T("Zawiya", "LY", 1, 32.75, 12.73, "Az Zawiyah"), "tuesday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3),
]),

S("st-al-007", "2026-10-08", """Mauritania: police break up student march in Nouakchott; union leader detained at home

NOUAKCHOTT, Oct 8 (Wire) - Police fired tear gas and beat students with batons on Wednesday to disperse a march of several hundred students from the University of Nouakchott who were heading to the education ministry to protest against cuts to grants, witnesses said.

At least 30 students were detained during the march and several were hurt, the national students' union said. Police said they had acted against an "unauthorised gathering" and that all those held had been released by the evening.

Early on Thursday, police officers came to the home of the union's secretary general, Sidi Ould Ahmed, in the Arafat district and took him to the central police station, his family said. A police source said he was being questioned about "calls to disorder" posted on social media.

Student protests over grants and housing have been frequent in the capital since the start of the academic year.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and beat students with batons on Wednesday to disperse a march", T("Nouakchott", "MR", 1, 18.09, -15.98, "Nouakchott Ouest"), "wednesday",
    a1="Protesters (Mauritania)", i1=6, a2=MRT_POL, i2=1, inj=3),
  E(cur, "Arrests", "police officers came to the home of the union's secretary general", T("Nouakchott", "MR", 2, 18.09, -15.98, "Nouakchott Sud"), "thursday",
    a1=MRT_POL, i1=1, a2="Civilians (Mauritania)", i2=7),
]),

S("st-al-008", "2026-06-24", """Tanzania: three suspected insurgents killed in police raid near Mozambique border

DAR ES SALAAM, June 24 (Wire) - Tanzanian police killed three suspected insurgents in a shootout during a raid on a house in Tandahimba town, near the border with Mozambique, on Monday night, the regional police commander said on Wednesday.

The raid followed the arrest on Saturday of four men in Newala who were found with two rifles and bomb-making material, the commander told reporters in Mtwara. Information from those men led officers to the house in Tandahimba, where the suspects opened fire when the officers surrounded it, he said. An officer was wounded.

Two more men were arrested in Mtwara town on Tuesday, he added, saying they had been recruiting young men to fight with the militants across the Ruvuma river. He did not name the group.

Insurgents linked to the Islamic State group have operated in Mozambique's Cabo Delgado province since 2017 and have carried out occasional raids on villages on the Tanzanian side of the river.""", [
  E(cur, "Arrests", "the arrest on Saturday of four men in Newala", T("Newala", "TZ", 1, -10.93, 39.30, "Mtwara", "Newala"), "saturday",
    a1=TZA_POL, i1=1, a2="Unidentified Armed Group (Tanzania)", i2=3),
  E(cur, "Armed clash", "Tanzanian police killed three suspected insurgents in a shootout during a raid on a house in Tandahimba town", T("Tandahimba", "TZ", 1, -10.75, 39.63, "Mtwara", "Tandahimba"), "monday",
    a1=TZA_POL, i1=1, a2="Unidentified Armed Group (Tanzania)", i2=3, fat=3, inj=1),
  E(cur, "Arrests", "Two more men were arrested in Mtwara town on Tuesday", T("Mtwara", "TZ", 1, -10.27, 40.18, "Mtwara", "Mtwara Urban"), "tuesday",
    a1=TZA_POL, i1=1, a2="Unidentified Armed Group (Tanzania)", i2=3),
]),

S("st-al-009", "2026-01-20", """Yemen: government forces say they retook hill villages north of Qatabah two days after Houthi advance

ADEN, Jan 20 (Wire) - Yemeni government forces said on Tuesday they had driven Houthi fighters out of two villages north of Qatabah in Al Dhale province, two days after the Houthis seized them in their biggest push on the front in months.

The Houthis attacked government positions around the villages on Sunday before dawn, and held them by midday after fighting in which nine government soldiers were killed, military sources said. The Houthi-run Saba news agency said its forces had "liberated" the area and inflicted "heavy losses" on the enemy.

Government forces counter-attacked on Monday evening with artillery support and took back the villages after a night of fighting, a military spokesman said in Aden, adding that 14 Houthi fighters were killed and six captured. He said four government soldiers were killed.

The Houthis did not comment on the loss of the villages.

The Al Dhale front has been one of the most active in Yemen since a U.N.-brokered truce in 2022 largely halted major offensives elsewhere.""", [
  E(cur, "Government regains territory", "held them by midday after fighting in which nine government soldiers were killed", T("Qatabah", "YE", 2, 13.85, 44.71, "Ad Dali", "Qaatabah"), "sunday",
    a1=HOU, i1=1, a2=YEM, i2=1, fat=9),
  E(cur, "Government regains territory", "took back the villages after a night of fighting", T("Qatabah", "YE", 2, 13.85, 44.71, "Ad Dali", "Qaatabah"), "tuesday",
    a1=YEM, i1=1, a2=HOU, i2=1, fat=18),
]),

S("st-al-010", "2026-05-18", """THAILAND-CAMBODIA/
Thailand says Cambodian troops fired on patrol; Phnom Penh denies, accuses Thai drone of attack

BANGKOK/PHNOM PENH, May 18 (Wire) - Thailand's army said on Monday that Cambodian soldiers had fired rifles and a rocket-propelled grenade at a Thai patrol near the border in Surin province's Phanom Dong Rak district on Sunday afternoon, wounding two Thai soldiers, and that its troops had fired back.

Cambodia's defence ministry denied the account, saying its troops had "not fired a single shot", and accused the Thai army of flying a drone that dropped a grenade near a Cambodian post close to O'Smach, in Oddar Meanchey province, on Sunday evening. It said one Cambodian soldier was slightly hurt. A Thai army spokesman said Thailand had "no drones operating in that sector".

Both countries said the situation on the border was calm on Monday. Relations between the neighbours have been tense since deadly border fighting last year, and each side regularly accuses the other of violating the truce.""", [
  E(cur, "Armed clash", "Cambodian soldiers had fired rifles and a rocket-propelled grenade at a Thai patrol", T("Phanom Dong Rak", "TH", 3, 14.45, 103.31, "Surin", "Amphoe Phanom Dong Rak"), "sunday",
    a1=KHM, i1=8, a2=THA, i2=1, inj=2),
  E(cur, "Air/drone strike", "flying a drone that dropped a grenade near a Cambodian post close to O'Smach", T("Ou Smach", "KH", 2, 14.42, 103.70, "Otdar Mean Chey", "Krong Samraong"), "sunday",
    a1=THA, i1=8, a2=KHM, i2=1, inj=1),
]),

S("st-al-011", "2026-11-02", """Bougainville leaders threaten to declare independence if PNG parliament stalls

BUKA, Nov 2 (Wire) - Leaders of Papua New Guinea's autonomous Bougainville region said on Monday they would declare independence unilaterally by September next year if the national parliament did not ratify the result of the 2019 referendum, in which 97.7 per cent voted to leave.

"If Port Moresby keeps us waiting, we will go ahead without them," the region's president told a meeting in Buka. He said Bougainville's police would take over security across the region on the day of the declaration.

Prime Minister James Marape's office said any unilateral move would be illegal and warned that the government would "not hesitate to send the security forces" to protect the constitution, without giving details.

Bougainville's decade-long civil war over the Panguna copper mine ended in 2001. An estimated 15,000 to 20,000 people died in the conflict.""", [
  unscored(E(thr, "Change to group/activity", "would \"not hesitate to send the security forces\"", T("Buka", "PG", 1, -5.43, 154.67, "Bougainville"), None,
    a1="Government of Papua New Guinea (2019-)", i1=1), "event_date", "fatalities", "injuries", "geo_precision"),
], negative="threat"),

S("st-al-012", "2026-06-29", """New Caledonia: school torched in Saint-Louis as unrest flares again

NOUMEA, June 29 (Wire) - Youths set fire to a primary school and threw rocks at gendarmes in the tribe of Saint-Louis, on the southern edge of Noumea, on Sunday night, the French high commission said on Monday. Gendarmes used tear gas and stun grenades to push them back; two gendarmes were slightly hurt.

The unrest broke out after a young Kanak man was arrested on Saturday over a stolen car, residents said.

Caption: Burned-out cars on the road through Saint-Louis in May 2024, when riots over voting reforms left 14 people dead and caused more than 2 billion euros of damage. (File photo)

Caption: Gendarmes stand by the burned school in Saint-Louis on Monday morning.

The high commission said 40 extra gendarmes had arrived from Noumea to reinforce the post at Mont-Dore. Schools in the commune stayed closed on Monday.""", [
  E(cur, "Violent demonstration", "Youths set fire to a primary school and threw rocks at gendarmes in the tribe of Saint-Louis", T("Saint-Louis", "NC", 1, -22.23, 166.52, "South"), "sunday",
    a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1, fat=None, inj=2),
  CAPTION(E(cap, "Violent demonstration", "Gendarmes stand by the burned school in Saint-Louis on Monday morning", T("Saint-Louis", "NC", 1, -22.23, 166.52, "South"), "sunday",
    a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1)),
]),

S("st-al-013", "2026-04-15", """Sudan's war at three years: the numbers

KHARTOUM, April 15 (Wire) - Three years after war broke out between Sudan's army and the paramilitary Rapid Support Forces, aid agencies and researchers give these figures for its toll:

- At least 150,000 people killed, according to an estimate by U.S. researchers; the United Nations says the real number is unknown.
- More than 12 million people forced from their homes, about 4 million of them across borders into Chad, Egypt, South Sudan and other countries.
- Famine confirmed in at least ten areas, including camps for displaced people in North Darfur and parts of South Kordofan.
- About 70 per cent of hospitals in conflict areas out of service, according to the World Health Organization.

Neither side has published figures for its own losses. Talks mediated by the United States, Saudi Arabia and others have not produced a lasting ceasefire.""", [], negative="statistics"),

S("st-al-014", "2026-10-27", """PNG: five dead in clan fight near Wau, police send reinforcements

LAE, Oct 27 (Wire) - Five men were killed when two clans fought with guns and bush knives near the gold-mining town of Wau in Papua New Guinea's Morobe province on Saturday, police said on Tuesday.

Morobe's provincial police commander said the fight was over a dispute about land royalties from a small alluvial mine. Several houses were burned in a hamlet about 8 km from Wau, and about 200 people fled to the town.

A mobile squad of 30 officers was sent from Lae on Sunday to restore order, the commander said.

Tribal fighting has killed hundreds of people in Papua New Guinea's highlands in recent years, but clashes in Morobe's goldfields are less frequent.""", [
  E(cur, "Armed clash", "two clans fought with guns and bush knives near the gold-mining town of Wau", T("Wau", "PG", 2, -7.34, 146.72, "Morobe", "Bulolo"), "saturday",
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=5),
]),

S("st-al-015", "2026-07-29", """Free State: four taxi drivers shot dead at Bethlehem rank as feud flares

BETHLEHEM, Free State, July 29 (Local) - Four taxi drivers were shot dead and two others wounded when gunmen opened fire at the main taxi rank in Bethlehem on Monday morning, police said, in what they described as the latest attack in a feud between two taxi associations over the route to Harrismith.

Witnesses said three men got out of a white sedan and fired at drivers queuing for passengers before driving off towards Phuthaditjhaba.

On Tuesday, police arrested two men at a house in Phuthaditjhaba in connection with the shooting and seized a rifle and two pistols, a provincial police spokesperson said. They are expected to appear in court on Thursday.

The Free State transport department said it had closed the disputed route for 30 days and would deploy traffic officers at the rank. Taxi violence has killed at least 23 people in the province since January, according to the department.""", [
  E(cur, "Attack", "gunmen opened fire at the main taxi rank in Bethlehem on Monday morning", T("Bethlehem", "ZA", 1, -28.23, 28.31, "Free State", "Thabo Mofutsanyana District"), "monday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
  E(cur, "Arrests", "police arrested two men at a house in Phuthaditjhaba in connection with the shooting", T("Phuthaditjhaba", "ZA", 1, -28.52, 28.82, "Free State", "Thabo Mofutsanyana District"), "tuesday",
    a1=ZAF_POL, i1=1, a2="Unidentified Armed Group (South Africa)", i2=3),
], register="local"),
S("st-al-016", "2026-11-24", """RUSSIA-UKRAINE/
Russian missile kills six in Kryvyi Rih; drone hits car in Russia's Shebekino

KYIV, Nov 24 (Wire) - A Russian ballistic missile struck a five-storey apartment building in the central Ukrainian city of Kryvyi Rih on Monday evening, killing six people, including a nine-year-old girl, and wounding 23, the head of the city's military administration said on Tuesday.

Rescuers pulled two people alive from the rubble during the night, he said. Russia's defence ministry said it had hit "a gathering place of foreign mercenaries" in the city, without giving evidence.

Russia launched 112 drones and four missiles at Ukraine overnight, of which 89 drones and two missiles were shot down or jammed, Ukraine's air force said.

In Russia, a Ukrainian drone hit a car in the border town of Shebekino on Tuesday morning, wounding two men, the governor of the Belgorod region said on Telegram.

Kryvyi Rih, President Volodymyr Zelenskiy's home town, has been hit repeatedly since the start of the full-scale invasion. In April 2025, a missile that exploded near a children's playground there killed 20 people, nine of them children.""", [
  E(cur, "Shelling/artillery/missile attack", "A Russian ballistic missile struck a five-storey apartment building in the central Ukrainian city of Kryvyi Rih", T("Kryvyy Rih", "UA", 1, 47.91, 33.39, "Dnipropetrovsk", "Kryvyy Rih"), "monday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=6, inj=23),
  E(cur, "Air/drone strike", "a Ukrainian drone hit a car in the border town of Shebekino", T("Shebekino", "RU", 1, 50.41, 36.93, "Belgorod"), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=2),
  E(bg, "Shelling/artillery/missile attack", "a missile that exploded near a children's playground there killed 20 people", T("Kryvyy Rih", "UA", 1, 47.91, 33.39, "Dnipropetrovsk", "Kryvyy Rih"), "2025-04-01", tp=3,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=20),
]),

S("st-al-017", "2026-03-03", """Colombia: drones hit police station in Suarez, Cauca; army says three dissidents killed near Argelia

POPAYAN, Colombia, March 3 (Wire) - FARC dissidents attacked the police station in the town of Suarez, in Colombia's southwestern Cauca province, with explosive-laden drones on Monday morning, wounding three police officers and a woman who lived next door, police said.

Police blamed the Jaime Martinez column, a faction of the dissident group known as the Central General Staff (EMC). The group has kept the main road out of Suarez closed to all traffic since Friday under what it calls an "armed strike", residents said, leaving shops without supplies.

Hundreds of residents gathered in the town square on Monday afternoon to demand that the dissidents lift the strike and that the government send more troops.

In a separate incident, the army said soldiers had killed three members of the Carlos Patino front in fighting on Sunday in a rural area of Argelia municipality, in the Micay canyon. One soldier was wounded, it said.

Cauca has been the scene of the worst fighting between the security forces and dissident factions since peace talks with the EMC broke down.""", [
  E(cur, "Air/drone strike", "attacked the police station in the town of Suarez", T("Suarez", "CO", 1, 2.95, -76.70, "Cauca", "Suarez"), "monday",
    a1=JMC, i1=2, a2=COL_POL, i2=1, inj=4),
  E(cur, "Other", "kept the main road out of Suarez closed to all traffic since Friday under what it calls an \"armed strike\"", T("Suarez", "CO", 2, 2.95, -76.70, "Cauca", "Suarez"), "friday",
    a1=JMC, i1=2, a2="Civilians (Colombia)", i2=7),
  E(cur, "Peaceful protest", "Hundreds of residents gathered in the town square on Monday afternoon to demand", T("Suarez", "CO", 1, 2.95, -76.70, "Cauca", "Suarez"), "monday",
    a1="Protesters (Colombia)", i1=6, a2=None, i2=None),
  E(cur, "Armed clash", "soldiers had killed three members of the Carlos Patino front in fighting on Sunday", T("Argelia", "CO", 2, 2.26, -77.25, "Cauca", "Argelia"), "sunday",
    a1=COL, i1=1, a2=CPF, i2=2, fat=3, inj=1),
]),

S("st-al-018", "2025-12-07", """Greece: petrol bombs and tear gas in Athens on anniversary of teenager's killing; bomb damages bank in Thessaloniki

ATHENS, Dec 7 (Wire) - Youths threw petrol bombs and stones at riot police in the Exarchia district of Athens late on Saturday after the annual march marking the police killing of 15-year-old Alexandros Grigoropoulos there in December 2008, police said. Officers responded with tear gas and stun grenades and detained 31 people; four officers were slightly hurt.

Several thousand people had marched earlier in the day from the Propylaea to parliament without incident.

In the northern city of Thessaloniki, a homemade bomb exploded outside a bank branch in the early hours of Sunday, damaging the entrance and shattering windows in the building above. Nobody was hurt. Police had sealed off the street after a warning call to a news website about 40 minutes earlier.

No group has claimed the blast. Anarchist groups have carried out similar small bombings against banks and offices in Greek cities in recent years, usually at night and after a warning.""", [
  E(cur, "Violent demonstration", "Youths threw petrol bombs and stones at riot police in the Exarchia district of Athens", T("Athens", "GR", 2, 37.98, 23.73, "Attica", "Nomarchia Athinas"), "saturday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, inj=4),
  E(cur, "Remote explosive/landmine/IED", "a homemade bomb exploded outside a bank branch", T("Thessaloniki", "GR", 1, 40.64, 22.93, "Central Macedonia", "Thessaloniki"), "sunday",
    a1="Unidentified Armed Group (Greece)", i1=3, a2="Civilians (Greece)", i2=7, fat=0, inj=0),
]),

S("st-al-019", "2026-08-25", """Ingushetia: gunmen killed after attack on traffic police post; FSB detains three in Magas

MOSCOW, Aug 25 (Wire) - Two gunmen opened fire on a traffic police post on the outskirts of Nazran in Russia's North Caucasus republic of Ingushetia early on Monday, wounding two officers before they were shot dead by return fire, the republic's interior ministry said.

Hours later, the Federal Security Service (FSB) said it had detained three men in Magas, the regional capital, who were suspected of belonging to a cell of the Islamic State group and of helping the attackers. Officers found a pistol and bomb-making material in their flat, it said.

The FSB did not say whether the two gunmen were themselves members of the cell.

Ingushetia and neighbouring Dagestan and Chechnya saw a long Islamist insurgency in the 2000s and 2010s. Attacks have become rarer, but police are still targeted from time to time.""", [
  E(cur, "Armed clash", "Two gunmen opened fire on a traffic police post on the outskirts of Nazran", T("Nazran", "RU", 2, 43.23, 44.77, "Ingushetia"), "monday",
    a1="Unidentified Armed Group (Russia)", i1=3, a2=RUS_POL, i2=1, fat=2, inj=2),
  E(cur, "Arrests", "it had detained three men in Magas", T("Magas", "RU", 1, 43.22, 44.77, "Ingushetia"), "monday",
    a1=RUS_POL, i1=1, a2=IS_CAU, i2=2),
]),

S("st-al-020", "2026-07-14", """Portland: federal agents fire tear gas at protest outside immigration office; four arrested at homes

PORTLAND, Ore., July 14 (Wire) - Federal agents fired tear gas and pepper balls at several hundred people protesting outside the U.S. Immigration and Customs Enforcement (ICE) building in south Portland on Saturday night, after protesters refused orders to clear the driveway, witnesses said.

The Department of Homeland Security said in a statement on Monday that agents had arrested four people at their homes in Portland on Sunday and Monday on charges of obstructing federal officers during the protest.

Protests against the administration's immigration crackdown have been held outside the building most nights since the spring. Oregon's governor said the use of tear gas in a residential area was "unacceptable".""", [
  E(cur, "Protest with intervention", "Federal agents fired tear gas and pepper balls at several hundred people protesting outside the U.S. Immigration and Customs Enforcement (ICE) building", T("Portland", "US", 1, 45.52, -122.68, "Oregon", "Multnomah"), "saturday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1),
  E(cur, "Arrests", "agents had arrested four people at their homes in Portland on Sunday and Monday", T("Portland", "US", 1, 45.52, -122.68, "Oregon", "Multnomah"), "sunday", tp=2,
    a1=USA_POL, i1=1, a2="Protesters (United States)", i2=6),
]),

S("st-al-021", "2026-02-03", """Gunmen kill seven in bar in Mexico's Salamanca

MEXICO CITY, Feb 3 (Wire) - Armed men burst into a bar in the central Mexican city of Salamanca, in Guanajuato state, late on Sunday and opened fire on customers, killing seven people and wounding five, the state prosecutor's office said.

A message left at the scene and signed by the Jalisco New Generation Cartel (CJNG) accused the bar's owner of working for the rival Santa Rosa de Lima Cartel, which has fought the CJNG for years for control of fuel theft and drug sales in the state, the prosecutor's office said.

On Monday, soldiers and National Guard troops detained three suspected members of the CJNG in a house in neighbouring Celaya and seized four assault rifles, the federal security cabinet said. It did not say whether they were linked to the bar attack.

Guanajuato has recorded more murders than any other Mexican state for several years running.""", [
  E(cur, "Attack", "Armed men burst into a bar in the central Mexican city of Salamanca", T("Salamanca", "MX", 1, 20.57, -101.20, "Guanajuato", "Salamanca"), "sunday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, fat=7, inj=5),
  E(cur, "Arrests", "soldiers and National Guard troops detained three suspected members of the CJNG", T("Celaya", "MX", 1, 20.52, -100.81, "Guanajuato", "Celaya"), "monday",
    a1=MEX, i1=1, a2=CJNG, i2=3, assoc_actor_1=MEX_NG),
]),

S("st-al-022", "2026-05-05", """Guatemala: bus driver shot dead in Villa Nueva; drivers block highway

GUATEMALA CITY, May 5 (Local) - A bus driver was shot dead at the wheel on Monday morning in Villa Nueva, south of the capital, by two men on a motorcycle, police said. Police blamed the killing on the Barrio 18 gang, which they said had been extorting the bus company and which controls several neighbourhoods along the route.

Hours later, some 200 drivers and fare collectors parked their buses across the CA-9 highway at the entrance of Villa Nueva to demand protection, blocking traffic towards the capital for five hours. They lifted the blockade after the interior minister promised police escorts on the route.

Transport companies said they would suspend service on routes through Villa Nueva on Wednesday if the escorts did not arrive.""", [
  E(cur, "Attack", "A bus driver was shot dead at the wheel on Monday morning in Villa Nueva", T("Villa Nueva", "GT", 1, 14.53, -90.59, "Guatemala", "Municipio de Villa Nueva"), "monday",
    a1=B18, i1=3, a2="Civilians (Guatemala)", i2=7, fat=1),
  E(cur, "Peaceful protest", "parked their buses across the CA-9 highway at the entrance of Villa Nueva to demand protection", T("Villa Nueva", "GT", 2, 14.53, -90.59, "Guatemala", "Municipio de Villa Nueva"), "monday",
    a1="Protesters (Guatemala)", i1=6, a2=None, i2=None),
], register="local"),

S("st-al-023", "2026-06-09", """Belize extends state of emergency in Southside Belize City after weekend shootings

BELMOPAN, June 9 (Local) - The government on Tuesday extended the state of emergency in parts of Southside Belize City for another 30 days, after two men were shot dead and a 15-year-old boy was wounded on Kraal Road on Saturday night in what police called a gang reprisal.

The police commissioner said the gunmen belonged to a rival gang of the victims and had fired from a passing car. In raids on homes in Southside on Sunday, officers detained 11 suspected gang members under the emergency powers, he said.

The state of emergency was first declared on May 8 after a surge in killings, and the government said it had cut murders in the area by half.""", [
  E(cur, "Other", "extended the state of emergency in parts of Southside Belize City for another 30 days", T("Belize City", "BZ", 2, 17.50, -88.20, "Belize"), "tuesday",
    a1=BLZ_GOV, i1=1, a2=None, i2=None),
  E(cur, "Attack", "two men were shot dead and a 15-year-old boy was wounded on Kraal Road on Saturday night", T("Belize City", "BZ", 1, 17.50, -88.20, "Belize"), "saturday",
    a1="Unidentified Armed Group (Belize)", i1=3, a2="Civilians (Belize)", i2=7, fat=2, inj=1),
  E(cur, "Arrests", "officers detained 11 suspected gang members under the emergency powers", T("Belize City", "BZ", 2, 17.50, -88.20, "Belize"), "sunday",
    a1=BLZ_POL, i1=1, a2="Unidentified Armed Group (Belize)", i2=3),
  E(bg, "Other", "The state of emergency was first declared on May 8", T("Belize City", "BZ", 2, 17.50, -88.20, "Belize"), "2026-05-08",
    a1=BLZ_GOV, i1=1, a2=None, i2=None),
], register="local"),

S("st-al-024", "2026-10-20", """Brazil: three killed in police shootout in Fortaleza; buses torched in Caucaia overnight

FORTALEZA, Brazil, Oct 20 (Wire) - Three suspected members of the Comando Vermelho (CV) drug gang were killed in a shootout with military police in the Barra do Ceara neighbourhood of Fortaleza on Monday afternoon, Ceara state's security department said.

Overnight, men set fire to two buses and a garbage truck in the neighbouring city of Caucaia after ordering passengers and drivers off. Nobody was hurt. The security department said the arson had been ordered by CV leaders in retaliation for the deaths.

Bus companies suspended night services in Caucaia and western Fortaleza on Tuesday.""", [
  E(cur, "Armed clash", "killed in a shootout with military police in the Barra do Ceara neighbourhood of Fortaleza", T("Fortaleza", "BR", 2, -3.72, -38.54, "Ceara", "Fortaleza"), "monday",
    a1=BRA_POL, i1=1, a2=CV, i2=3, fat=3),
  E(cur, "Looting/property destruction", "men set fire to two buses and a garbage truck in the neighbouring city of Caucaia", T("Caucaia", "BR", 1, -3.74, -38.65, "Ceara", "Caucaia"), "monday",
    a1=CV, i1=3, a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
]),

S("st-al-025", "2026-01-26", """Uruguay: man shot dead in Cerro Norte; police rule out gang link

MONTEVIDEO, Jan 26 (Local) - A 34-year-old man was shot dead outside his home in the Cerro Norte neighbourhood of Montevideo on Sunday night, police said.

Investigators said the killing followed an argument between neighbours over a parked car and was not linked to the dispute between drug gangs that has driven up killings in the west of the city. A 29-year-old neighbour handed himself in at a police station on Monday and was charged with homicide.

Montevideo recorded more than 200 homicides last year, most of them in the city's western and northern neighbourhoods, according to the interior ministry.""", [], negative="crime", register="local"),

S("st-al-026", "2026-03-10", """Panama: police clear banana workers' blockade in Changuinola; police post set on fire in Almirante

PANAMA CITY, March 10 (Wire) - Riot police fired tear gas and rubber bullets on Monday to clear a road blockade set up by striking banana workers at the entrance of Changuinola, in the western province of Bocas del Toro, and detained 17 people, the National Police said.

Later on Monday, a group of protesters threw stones at officers and set fire to the police post in the port town of Almirante, about 25 km away, police said. Two officers were hurt.

The workers have been on strike since Feb. 23 over changes to their pension system. The government says the changes are needed to keep the social security fund afloat.""", [
  E(cur, "Protest with intervention", "Riot police fired tear gas and rubber bullets on Monday to clear a road blockade set up by striking banana workers", T("Changuinola", "PA", 2, 9.43, -82.52, "Bocas del Toro", "Changuinola"), "monday",
    a1="Protesters (Panama)", i1=6, a2=PAN_POL, i2=1),
  E(cur, "Violent demonstration", "a group of protesters threw stones at officers and set fire to the police post in the port town of Almirante", T("Almirante", "PA", 1, 9.30, -82.40, "Bocas del Toro", "Almirante"), "monday",
    a1="Rioters (Panama)", i1=5, a2=PAN_POL, i2=1, inj=2),
]),

S("st-al-027", "2026-05-26", """Afghanistan: NRF says it ambushed Taliban in Andarab; Taliban deny any clash

KABUL, May 26 (Wire) - The National Resistance Front (NRF), an armed group opposed to Afghanistan's Taliban government, said on Tuesday its fighters had ambushed a Taliban vehicle in the Andarab valley of Baghlan province on Monday night, killing five Taliban fighters.

A Taliban spokesman denied that any clash had taken place and called the statement "propaganda". Independent verification was not possible.

Separately, Taliban intelligence agents detained a former police officer of the previous government at his home in Kabul on Sunday, his family said. They said they had not been told where he was being held.

The U.N. mission in Afghanistan has documented hundreds of arrests and detentions of former government officials and security force members since the Taliban returned to power in 2021.""", [
  E(cur, "Armed clash", "its fighters had ambushed a Taliban vehicle in the Andarab valley of Baghlan province", T("Andarab", "AF", 3, 35.63, 69.26, "Baghlan", "Andarab"), "monday",
    a1=NRF, i1=2, a2=AFG, i2=1, fat=5),
  E(cur, "Abduction/forced disappearance", "Taliban intelligence agents detained a former police officer of the previous government at his home in Kabul", T("Kabul", "AF", 1, 34.53, 69.17, "Kabul", "Kabul"), "sunday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
]),

S("st-al-028", "2026-04-28", """Philippines: clan feud kills four in Maguindanao del Sur; soldiers clash with Dawlah Islamiyah in Lanao del Sur

COTABATO CITY, Philippines, April 28 (Wire) - Four people were killed when armed members of two feuding clans exchanged gunfire in a village of Shariff Aguak, Maguindanao del Sur, on Sunday, police said. The clans have been locked in a rido, or clan feud, over a land dispute since 2019.

In Lanao del Sur, soldiers clashed with about 15 members of the Islamic State-linked Dawlah Islamiyah in the hinterland of Butig town on Monday, the army's 103rd Brigade said. Two militants were killed and a soldier was wounded.

Military and local officials have brokered several truces between feuding clans in the Bangsamoro region ahead of its first parliamentary elections.""", [
  E(cur, "Armed clash", "armed members of two feuding clans exchanged gunfire", T("Shariff Aguak", "PH", 2, 6.86, 124.44, "Bangsamoro Autonomous Region in Muslim Mindanao", "Maguindanao del Sur"), "sunday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4, fat=4),
  E(cur, "Armed clash", "soldiers clashed with about 15 members of the Islamic State-linked Dawlah Islamiyah in the hinterland of Butig town", T("Butig", "PH", 2, 7.72, 124.30, "Bangsamoro Autonomous Region in Muslim Mindanao", "Lanao del Sur"), "monday",
    a1=PHL, i1=1, a2=DI, i2=2, fat=2, inj=1),
]),

S("st-al-029", "2026-09-30", """Iran: four police killed in attack claimed by Jaish al-Adl in Sistan-Baluchestan

DUBAI, Sept 30 (Wire) - Gunmen attacked a police patrol near the town of Rask in Iran's southeastern Sistan-Baluchestan province on Tuesday, killing four police officers, state media reported. Two of the attackers were also killed, the reports said.

The Sunni militant group Jaish al-Adl said in a statement that its fighters had carried out the attack.

On Wednesday, Iran's judiciary said two men convicted of membership of Jaish al-Adl and of killing a police officer in 2024 had been hanged in Zahedan prison.

Sistan-Baluchestan, which borders Pakistan and Afghanistan, is one of Iran's poorest provinces. Rights groups say its Baluch minority faces discrimination; Tehran accuses foreign powers of backing the militants.""", [
  E(cur, "Armed clash", "Gunmen attacked a police patrol near the town of Rask", T("Rasak", "IR", 2, 26.24, 61.40, "Sistan and Baluchestan"), "tuesday",
    a1=JAA, i1=2, a2=IRN_POL, i2=1, fat=6),
]),

S("st-al-030", "2026-02-17", """Guinea: teenager shot dead as youths clash with security forces in Conakry

CONAKRY, Feb 17 (Wire) - A 16-year-old boy was shot dead on Monday as young people who had set up barricades of burning tyres along the Hamdallaye-Bambeto road in Conakry threw stones at police and gendarmes, who responded with tear gas and live ammunition, his family and a rights group said.

The opposition had called a day of protest against the cost of living, which the government had banned. Police said 28 people had been arrested and five officers hurt.

On Tuesday morning, gendarmes arrested Ibrahima Bah, a spokesman of the opposition Union of Democratic Forces of Guinea (UFDG), at his home in Ratoma, his party said. It said he was being held at a gendarmerie post in Conakry.""", [
  E(cur, "Violent demonstration", "young people who had set up barricades of burning tyres along the Hamdallaye-Bambeto road in Conakry threw stones at police and gendarmes", T("Conakry", "GN", 2, 9.54, -13.68, "Conakry", "Conakry Special Zone"), "monday",
    a1="Rioters (Guinea)", i1=5, a2=GIN_POL, i2=1, fat=1, inj=5),
  E(cur, "Arrests", "gendarmes arrested Ibrahima Bah, a spokesman of the opposition Union of Democratic Forces of Guinea (UFDG)", T("Conakry", "GN", 2, 9.54, -13.68, "Conakry", "Conakry Special Zone"), "tuesday",
    a1=GIN_POL, i1=1, a2=UFDG, i2=7),
]),

S("st-al-031", "2026-11-10", """Uganda: Turkana raiders kill two herders in Kotido; army recovers cattle after gunfight

KOTIDO, Uganda, Nov 10 (Local) - Armed Turkana raiders from Kenya attacked a kraal in Kotido district on Sunday night, shooting dead two herders and driving off more than 300 head of cattle, the army said.

Soldiers of the Uganda People's Defence Force (UPDF) pursued the raiders towards the Kenyan border and caught up with them near Kaabong on Monday, killing three of them in an exchange of fire and recovering 240 cattle, an army spokesman said. No soldiers were hurt.

Cross-border cattle raids between Uganda's Karamoja region and Kenya's Turkana county have continued despite disarmament drives on both sides.""", [
  E(cur, "Attack", "Armed Turkana raiders from Kenya attacked a kraal in Kotido district", T("Kotido", "UG", 3, 2.98, 34.13, "Northern", "Kotido"), "sunday",
    a1=TURKANA, i1=4, a2="Civilians (Uganda)", i2=7, fat=2),
  E(cur, "Armed clash", "caught up with them near Kaabong on Monday, killing three of them in an exchange of fire", T("Kaabong", "UG", 2, 3.48, 34.15, "Northern", "Kaabong"), "monday",
    a1=UGA, i1=1, a2=TURKANA, i2=4, fat=3),
], register="local"),

S("st-al-032", "2026-08-04", """Zambia: one dead as rival party supporters fight in Lusaka's Kanyama

LUSAKA, Aug 4 (Wire) - Supporters of the ruling United Party for National Development (UPND) and the opposition Patriotic Front (PF) fought with machetes, stones and sticks in Lusaka's Kanyama township on Sunday, leaving one man dead and six people injured, police said.

Police said officers had fired tear gas to separate the two groups and had arrested 14 people.

The Electoral Commission suspended campaigning by both parties in Kanyama for a week. Zambians vote on Aug. 13 in presidential and parliamentary elections.""", [
  E(cur, "Mob violence", "Supporters of the ruling United Party for National Development (UPND) and the opposition Patriotic Front (PF) fought with machetes, stones and sticks", T("Lusaka", "ZM", 2, -15.41, 28.29, "Lusaka", "Lusaka"), "sunday",
    a1="Rioters (Zambia)", i1=5, a2="Rioters (Zambia)", i2=5, fat=1, inj=6),
]),

S("st-al-033", "2026-03-24", """Bulgaria: two workers killed in blasts at arms plant near Kazanlak; prosecutors rule out sabotage

SOFIA, March 24 (Wire) - Two workers were killed and three injured in a series of explosions at an ammunition plant near Kazanlak in central Bulgaria on Monday, the company and the regional governor said.

Prosecutors said on Tuesday that initial findings pointed to a breach of safety rules while gunpowder was being moved between workshops and that there was no sign of sabotage.

Bulgarian prosecutors have in the past linked several blasts at arms depots to foreign intelligence services. The plant, one of the country's largest, has increased production since 2022 to meet demand from abroad.""", [], negative="accident"),

S("st-al-034", "2026-09-16", """Ethiopia says it will reach the sea "peacefully or otherwise"; Eritrea calls remarks a threat

ADDIS ABABA, Sept 16 (Wire) - Ethiopia's Prime Minister Abiy Ahmed told parliament on Wednesday that landlocked Ethiopia would secure access to the Red Sea "by peaceful means if possible, and by other means if necessary", in his strongest remarks yet on the issue.

Eritrea's information minister said on social media that the remarks were "a declaration of intent to invade" and that Eritrea's defence forces were "ready to defend every inch". He denied reports that Eritrea had ordered a general mobilisation.

Diplomats in the region said there had been no reports of troop movements on either side of the border. The two countries fought a border war from 1998 to 2000 in which tens of thousands of people were killed.""", [
  unscored(E(thr, "Armed clash", "by other means if necessary", C("ER"), None,
    a1="Military Forces of Ethiopia (2018-)", i1=8), "event_date", "fatalities", "injuries", "geo_precision"),
], negative="threat"),

S("st-al-035", "2026-10-09", """Netherlands: explosions damage two homes in Rotterdam; police examine link to criminal feud

ROTTERDAM, Oct 9 (Local) - Explosive devices went off at the front doors of two houses in the Rotterdam districts of Charlois and IJsselmonde overnight into Friday, damaging the buildings but injuring nobody, police said.

Officers detained two 17-year-olds near the second house minutes after the blast. Police said they were investigating whether the explosions were linked to a conflict between two criminal networks over a lost shipment of cocaine, which they believe has led to more than a dozen such attacks in the region this year.

The mayor of Rotterdam ordered both houses closed for three months, a measure the city uses to protect neighbours after repeated attacks on the same address.""", [
  E(cur, "Remote explosive/landmine/IED", "Explosive devices went off at the front doors of two houses", T("Rotterdam", "NL", 2, 51.92, 4.48, "Zuid-Holland", "Rotterdam"), "friday",
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0, inj=0),
], register="local"),
S("st-al-036", "2026-06-17", """Myanmar junta says it retook Mogaung; Kachin rebels say fighting goes on

YANGON, June 17 (Wire) - Myanmar's military said on Wednesday its troops had recaptured the town of Mogaung in northern Kachin state from the Kachin Independence Army (KIA), three months after the rebels seized it. State television showed soldiers raising the national flag over the township administration office.

A KIA spokesman denied that the town had fallen and said his fighters still held its eastern wards. Residents who fled said fighting for the town had gone on since Saturday, and that junta aircraft bombed the eastern wards on Monday, killing four civilians sheltering in a monastery.

The KIA took Mogaung in March after a two-week offensive, cutting the railway between Myitkyina and Mandalay.""", [
  E(cur, "Armed clash", "fighting for the town had gone on since Saturday", T("Mogaung", "MM", 1, 25.31, 96.94, "Kachin", "Mohnyin"), "saturday", tp=2,
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="KIA: Kachin Independence Army", i2=2),
  E(cur, "Air/drone strike", "junta aircraft bombed the eastern wards on Monday", T("Mogaung", "MM", 1, 25.31, 96.94, "Kachin", "Mohnyin"), "monday",
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7, fat=4),
  unscored(E(neg, "Government regains territory", "its troops had recaptured the town of Mogaung", T("Mogaung", "MM", 1, 25.31, 96.94, "Kachin", "Mohnyin"), "wednesday", tp=2,
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="KIA: Kachin Independence Army", i2=2), "event_date", "fatalities", "injuries"),
  E(bg, "Non-state actor overtakes territory", "The KIA took Mogaung in March after a two-week offensive", T("Mogaung", "MM", 1, 25.31, 96.94, "Kachin", "Mohnyin"), "2026-03-01", tp=3,
    a1="KIA: Kachin Independence Army", i1=2, a2="Military Forces of Myanmar (2021-)", i2=1),
]),

S("st-al-037", "2026-03-27", """Mali: families mark four years since Moura killings with private prayers

BAMAKO, March 27 (Wire) - Relatives of people killed in the central Malian village of Moura, near Djenne, four years ago held private prayers on Friday after local authorities told them no public ceremony would be allowed, two residents said.

A United Nations report in 2023 said Malian troops and "foreign military personnel" killed at least 500 people in Moura over five days from March 27, 2022, after surrounding the village during a market day. Mali's transitional government has said those killed were Islamist fighters and rejected the report.

No one has been tried over the killings. "We pray and we wait," said a man who lost two brothers.""", [
  E(bg, "Attack", "Malian troops and \"foreign military personnel\" killed at least 500 people in Moura", T("Djenne", "ML", 2, 13.91, -4.55, "Mopti", "Djenne"), "2022-03-27", tp=2,
    a1="Military Forces of Mali (2021-)", i1=1, a2="Civilians (Mali)", i2=7, fat=500),
], negative="commemoration"),

S("st-al-038", "2026-08-28", """Bandits abduct dozens of worshippers from mosque in Nigeria's Zamfara

GUSAU, Nigeria, Aug 28 (Wire) - Armed bandits abducted at least 38 worshippers during dawn prayers at a mosque in a village near Kaura Namoda in northwestern Nigeria's Zamfara state on Thursday, police and residents said.

"They came on about 40 motorcycles, surrounded the mosque and marched everyone in the front rows into the bush," said a resident of the village, Kungurki. Two men who tried to run were shot dead, he said.

A police spokesman in Gusau said officers and soldiers had been deployed to "comb the forests" to rescue the victims. Residents said it was the third mass abduction in the area this month.

The state governor condemned "the kidnapping of innocent worshippers" and said the government would not pay ransoms.""", [
  E(cur, "Abduction/forced disappearance", "Armed bandits abducted at least 38 worshippers during dawn prayers at a mosque", T("Kaura Namoda", "NG", 2, 12.59, 6.59, "Zamfara", "Kaura Namoda"), "thursday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=2),
]),

S("st-al-039", "2026-10-30", """Somali forces retake Buulobarde a week after al Shabaab moved in

MOGADISHU, Oct 30 (Wire) - Somali government forces backed by allied clan militiamen retook the town of Buulobarde in central Hiiraan region on Thursday after a day of fighting with al Shabaab, a week after the militants moved in when troops withdrew, officials said.

Soldiers pulled out of their bases in Buulobarde on Oct. 21 in a dispute over unpaid wages, and al Shabaab fighters entered the town without a fight the next day, residents said. On Oct. 23 the militants publicly flogged two men in the market whom they accused of selling cigarettes.

A government commander said 11 militants and three soldiers were killed in Thursday's fighting. Al Shabaab said on its radio station that it had killed 20 soldiers and withdrawn "for tactical reasons".""", [
  E(cur, "Non-violent transfer of territory", "al Shabaab fighters entered the town without a fight the next day", T("Buulobarde", "SO", 1, 3.85, 45.57, "Hiraan", "Bulo Burto"), "2026-10-22",
    a1="Al Shabaab", i1=2, a2="Military Forces of Somalia (2022-)", i2=1),
  E(cur, "Attack", "the militants publicly flogged two men in the market", T("Buulobarde", "SO", 1, 3.85, 45.57, "Hiraan", "Bulo Burto"), "2026-10-23",
    a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=None, inj=2),
  E(cur, "Government regains territory", "retook the town of Buulobarde in central Hiiraan region on Thursday", T("Buulobarde", "SO", 1, 3.85, 45.57, "Hiraan", "Bulo Burto"), "thursday",
    a1="Military Forces of Somalia (2022-)", i1=1, a2="Al Shabaab", i2=2, fat=14, assoc_actor_1="Unidentified Clan Militia (Somalia)"),
]),

S("st-al-040", "2026-02-26", """Chhattisgarh: six Maoists killed in Bijapur encounter; IED kills two DRG personnel

RAIPUR, India, Feb 26 (Wire) - A joint team of the District Reserve Guard (DRG) and the Central Reserve Police Force's CoBRA unit killed six Maoists, including two women, in an encounter in a forest in Bijapur district of Chhattisgarh on Wednesday, police said. Three rifles and explosives were recovered.

On Thursday morning, two DRG personnel were killed and one was injured when Maoists set off an improvised explosive device under their vehicle on a road in the Usoor area of the same district, the Bastar range police chief said.

The government has set a deadline of March 2026 to end the Maoist insurgency, and security forces have set up dozens of new camps in Bijapur and neighbouring districts.""", [
  E(cur, "Armed clash", "killed six Maoists, including two women, in an encounter in a forest in Bijapur district", T("Bijapur", "IN", 3, 18.79, 80.82, "Chhattisgarh", "Bijapur"), "wednesday",
    a1="Police Forces of India (2014-)", i1=1, a2="CPI (Maoist): Communist Party of India (Maoist)", i2=2, fat=6),
  E(cur, "Remote explosive/landmine/IED", "Maoists set off an improvised explosive device under their vehicle", T("Bijapur", "IN", 2, 18.79, 80.82, "Chhattisgarh", "Bijapur"), "thursday",
    a1="CPI (Maoist): Communist Party of India (Maoist)", i1=2, a2="Police Forces of India (2014-)", i2=1, fat=2, inj=1),
]),

S("st-al-041", "2026-09-10", """Israeli forces raid village in Syria's Quneitra, detain three men

DAMASCUS, Sept 10 (Wire) - Israeli troops backed by armoured vehicles raided the village of Khan Arnabah in Syria's southern Quneitra province before dawn on Thursday, searched several houses and detained three young men, Syria's state news agency SANA said.

The Israeli military said it had detained "suspects involved in weapons smuggling" and that they had been taken to Israel for questioning.

Israel has carried out frequent raids in southern Syria since moving troops into the buffer zone on the Golan Heights in December 2024. Syria's foreign ministry called the raid a violation of its sovereignty.""", [
  E(cur, "Arrests", "raided the village of Khan Arnabah in Syria's southern Quneitra province before dawn on Thursday, searched several houses and detained three young men", T("Khan Arnabah", "SY", 1, 33.18, 35.89, "Quneitra"), "thursday",
    a1="Military Forces of Israel (2022-)", i1=8, a2="Civilians (Syria)", i2=7),
]),

S("st-al-042", "2026-09-14", """Iraq: protester killed as security forces fire on power-cut protest in Basra

BASRA, Iraq, Sept 14 (Wire) - Security forces fired live rounds to disperse hundreds of people protesting against power cuts outside the provincial government building in Basra on Sunday night, killing one protester and wounding eight, medical sources said.

Temperatures in the southern city passed 47 degrees Celsius on Sunday, and many districts had electricity for only a few hours a day.

On Monday, hundreds of people marched through the city behind the coffin of the dead man, demanding the dismissal of the provincial police chief. The march passed off peacefully. The governor ordered an investigation into the shooting.""", [
  E(cur, "Excessive force against protesters", "Security forces fired live rounds to disperse hundreds of people protesting against power cuts", T("Basrah", "IQ", 1, 30.51, 47.78, "Basra", "Basrah"), "sunday",
    a1="Protesters (Iraq)", i1=6, a2="Police Forces of Iraq (2022-)", i2=1, fat=1, inj=8),
  E(cur, "Peaceful protest", "hundreds of people marched through the city behind the coffin of the dead man, demanding the dismissal", T("Basrah", "IQ", 1, 30.51, 47.78, "Basra", "Basrah"), "monday",
    a1="Protesters (Iraq)", i1=6, a2=None, i2=None),
]),

S("st-al-043", "2026-11-05", """Argentina: police use water cannon on pensioners' protest outside Congress; 12 arrested

BUENOS AIRES, Nov 5 (Wire) - Federal police used water cannon, pepper spray and rubber bullets on Wednesday to break up the weekly protest by pensioners and their supporters outside Congress in Buenos Aires, and arrested 12 people, the security ministry said. A photographer was hit in the leg by a rubber bullet, his agency said.

The ministry said officers had applied its protocol against road blockades after protesters moved onto the avenue.

Pensioners have protested outside Congress every Wednesday for more than two years against cuts to the value of their benefits.""", [
  E(cur, "Protest with intervention", "Federal police used water cannon, pepper spray and rubber bullets on Wednesday to break up the weekly protest by pensioners", T("Buenos Aires", "AR", 1, -34.61, -58.38, "Buenos Aires F.D."), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2="Police Forces of Argentina (2023-)", i2=1, inj=1),
]),

S("st-al-044", "2026-02-05", """RCMP arrest 14 at pipeline blockade camp near Houston, B.C.

HOUSTON, British Columbia, Feb 5 (Wire) - Royal Canadian Mounted Police officers arrested 14 people on Wednesday at a camp blocking a forest service road used by workers on a natural gas pipeline near Houston, in northern British Columbia, the police force said.

Supporters of the blockade said officers had used a chainsaw and an axe to break through a gate and had taken away two hereditary chiefs. The RCMP said it was enforcing a court injunction and that those arrested would appear in court in Prince George.

The blockade was set up in November by opponents of the pipeline, who say it crosses their traditional territory without consent.""", [
  E(cur, "Protest with intervention", "Royal Canadian Mounted Police officers arrested 14 people on Wednesday at a camp blocking a forest service road", T("Houston", "CA", 2, 54.40, -126.67, "British Columbia", "Regional District of Bulkley-Nechako"), "wednesday",
    a1="Protesters (Canada)", i1=6, a2="Police Forces of Canada (2025-)", i2=1),
]),

S("st-al-045", "2026-09-23", """Solomon Islands: crowd attacks Auki police station after death in custody; nine arrested

HONIARA, Sept 23 (Wire) - Hundreds of people threw stones at the police station in Auki, the capital of Malaita province, and set fire to two police vehicles on Monday after a young man died in the station's cells, police said. Officers fired tear gas to disperse the crowd.

Police said the man had collapsed in his cell and that a post-mortem examination would be held. His family said they wanted an independent inquiry.

The provincial police commander imposed a curfew on Auki town from 6 p.m. on Monday. On Tuesday, officers arrested nine people at their homes in Auki over the riot, police said.""", [
  E(cur, "Violent demonstration", "Hundreds of people threw stones at the police station in Auki", T("Auki", "SB", 1, -8.77, 160.70, "Malaita", "Auki"), "monday",
    a1="Rioters (Solomon Islands)", i1=5, a2="Police Forces of Solomon Islands (2024-)", i2=1),
  E(cur, "Other", "imposed a curfew on Auki town from 6 p.m. on Monday", T("Auki", "SB", 1, -8.77, 160.70, "Malaita", "Auki"), "monday",
    a1="Police Forces of Solomon Islands (2024-)", i1=1, a2=None, i2=None),
  E(cur, "Arrests", "officers arrested nine people at their homes in Auki over the riot", T("Auki", "SB", 1, -8.77, 160.70, "Malaita", "Auki"), "tuesday",
    a1="Police Forces of Solomon Islands (2024-)", i1=1, a2="Rioters (Solomon Islands)", i2=5),
]),

S("st-al-046", "2026-02-13", """LIVE: Bangladesh votes in first election since 2024 uprising
Follow our coverage through the night. All times local (GMT+6).

Friday, 00:40 - Police in Bogra say unidentified men set fire to the house of a Jamaat-e-Islami candidate's campaign manager shortly after midnight. The family escaped unhurt; the fire service put out the blaze.

Thursday, 23:15 - The Election Commission says turnout was about 56 per cent. Counting is under way; first results are expected after 02:00.

Thursday, 16:30 - Voting closed at 16:30. The Election Commission says voting was suspended at seven polling centres across the country after disturbances.

Thursday, 13:05 - In Gopalganj, police fired tear gas and rubber bullets at supporters of an independent candidate who tried to force their way into a polling centre at a girls' school. At least 12 people were injured, including four police officers, a local official tells us.

Thursday, 10:40 - Our correspondent in Comilla reports a clash between supporters of the BNP and Jamaat-e-Islami outside a polling centre in the city. Both sides threw bricks and fought with sticks; 15 people were taken to hospital.

Thursday, 08:00 - Polls are open. About 127 million people are registered to vote.""", [
  E(cur, "Looting/property destruction", "unidentified men set fire to the house of a Jamaat-e-Islami candidate's campaign manager", T("Bogra", "BD", 1, 24.85, 89.37, "Rajshahi", "Bogra"), "2026-02-13",
    a1="Unidentified Armed Group (Bangladesh)", i1=3, a2="Civilians (Bangladesh)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "police fired tear gas and rubber bullets at supporters of an independent candidate who tried to force their way into a polling centre", T("Gopalganj", "BD", 1, 23.22, 90.06, "Dhaka", "Madaripur"), "2026-02-12",
    a1="Rioters (Bangladesh)", i1=5, a2="Police Forces of Bangladesh (2024-)", i2=1, inj=12),
  E(cur, "Mob violence", "a clash between supporters of the BNP and Jamaat-e-Islami outside a polling centre in the city", T("Comilla", "BD", 1, 23.46, 91.19, "Chattogram", "Comilla"), "2026-02-12",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, inj=15),
], register="live"),

S("st-al-047", "2026-06-04", """U.S. AFRICA COMMAND
PUBLIC AFFAIRS
Release Number: 26-0604-01
June 4, 2026

U.S. Africa Command conducts airstrike against ISIS-Somalia

STUTTGART, Germany - In coordination with the Federal Government of Somalia, U.S. Africa Command (AFRICOM) conducted an airstrike against ISIS-Somalia in the Cal Miskaad mountains, approximately 60 km southeast of Bosaso, Somalia, on June 2, 2026.

AFRICOM's initial assessment is that the airstrike killed three terrorists and that no civilians were injured or killed.

AFRICOM will continue to assess the results of the operation and will provide additional information as appropriate. Specific details about the units and assets involved will not be released to ensure continued operations security.

AFRICOM, alongside the Federal Government of Somalia and the Somali security forces, continues to take action to degrade ISIS-Somalia's ability to plan and conduct attacks that threaten the U.S. homeland, our forces, and our partners in the region.

-30-

For media queries, contact the AFRICOM Public Affairs office.""", [
  E(cur, "Air/drone strike", "conducted an airstrike against ISIS-Somalia in the Cal Miskaad mountains", T("Cal Miskaad", "SO", 2, 10.95, 49.55, "Bari"), "2026-06-02",
    a1="Military Forces of the United States (2025-)", i1=8, a2="Islamic State (Somalia)", i2=2, fat=3),
], register="official"),

S("st-al-048", "2026-08-03", """AMHARA REGION: MONTHLY CIVILIAN HARM UPDATE - JULY 2026
Prepared by a network of human rights monitors. Incidents are listed by date; figures are those our monitors could confirm and are likely to be incomplete.

4 July - A drone strike hit a minibus on the road from Merawi to Bahir Dar, killing seven passengers and wounding three. Witnesses said the minibus was carrying traders to the Bahir Dar market.

11 July - Fano fighters stopped a bus near Dangila and took away 12 passengers, among them two health workers. Nine were released on 15 July; the whereabouts of the other three are unknown.

19 July - Government soldiers shot dead four young men in Bahir Dar's Sefene Selam sub-city after accusing them of supporting Fano, according to relatives.

26 July - Fighting between the Ethiopian National Defence Force (ENDF) and Fano in and around Merawi left at least nine civilians dead, most of them hit in their homes by gunfire.

OVERVIEW
In July our monitors recorded 61 civilian deaths in the region, against 48 in June. Movement on the main roads remains restricted, and at least 40 health facilities are closed.

The network shares its findings with the Ethiopian Human Rights Commission and the United Nations.""", [
  E(cur, "Air/drone strike", "A drone strike hit a minibus on the road from Merawi to Bahir Dar", T("Merawi", "ET", 2, 11.42, 37.17, "Amhara", "West Gojjam"), "2026-07-04",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Civilians (Ethiopia)", i2=7, fat=7, inj=3),
  E(cur, "Abduction/forced disappearance", "Fano fighters stopped a bus near Dangila and took away 12 passengers", T("Dangila", "ET", 2, 11.27, 36.83, "Amhara"), "2026-07-11",
    a1="Fano", i1=3, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Attack", "Government soldiers shot dead four young men in Bahir Dar's Sefene Selam sub-city", T("Bahir Dar", "ET", 2, 11.59, 37.39, "Amhara", "Bahir Dar"), "2026-07-19",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Civilians (Ethiopia)", i2=7, fat=4),
  E(cur, "Armed clash", "Fighting between the Ethiopian National Defence Force (ENDF) and Fano in and around Merawi", T("Merawi", "ET", 1, 11.42, 37.17, "Amhara", "West Gojjam"), "2026-07-26",
    a1="Military Forces of Ethiopia (2018-)", i1=1, a2="Fano", i2=3, fat=9),
], register="ngo"),

S("st-al-049", "2026-08-12", """RADIO TRANSCRIPT (translated from Haitian Creole)
Morning call-in programme, broadcast Wednesday 12 August 2026

PRESENTER: We have a caller from Kenscoff. Good morning, sister. Tell us what you saw this weekend.

CALLER: Good morning. On Saturday night the bandits came down from the mountain, the Viv Ansanm people, maybe sixty of them. They went house to house in Furcy and set fire to the houses. They killed my neighbour and his son in front of their door. We ran into the pine forest with the children.

PRESENTER: Did the police come?

CALLER: The police came on Sunday morning with the armoured cars. They fought the bandits above Kenscoff for two, three hours, we heard the shooting the whole time. Now the police are there, but many of us are sleeping in the church in Petion-Ville.

PRESENTER: Thank you, sister. Courage to you. Listeners, the line is open.""", [
  E(cur, "Attack", "They killed my neighbour and his son in front of their door", T("Kenscoff", "HT", 2, 18.45, -72.28, "Ouest", "Arrondissement de Port-au-Prince"), "saturday",
    a1="Viv Ansanm", i1=3, a2="Civilians (Haiti)", i2=7, fat=2),
  E(cur, "Armed clash", "They fought the bandits above Kenscoff for two, three hours", T("Kenscoff", "HT", 2, 18.45, -72.28, "Ouest", "Arrondissement de Port-au-Prince"), "sunday",
    a1="Police Forces of Haiti (2024-)", i1=1, a2="Viv Ansanm", i2=3),
], register="radio"),

S("st-al-050", "2026-04-02", """DR Congo: Wazalendo say they seized M23 positions near Masisi; M23 says attack repelled

GOMA, April 2 (Wire) - Wazalendo militias allied to the Congolese army said on Thursday they had attacked M23 positions around Nyabiondo in Masisi territory on Wednesday and taken control of two hills, killing "dozens" of rebels.

The M23 said in a statement that it had repelled the attack, killing 14 Wazalendo fighters, and that it had lost no ground and no men. Residents said the fighting lasted several hours and that at least three civilians were killed by stray bullets.

The M23, which Kinshasa and U.N. experts say is backed by Rwanda, holds most of Masisi territory. A ceasefire signed in Doha last year has been repeatedly broken.""", [
  E(cur, "Armed clash", "they had attacked M23 positions around Nyabiondo in Masisi territory on Wednesday", T("Masisi", "CD", 2, -1.40, 28.81, "North Kivu", "Masisi"), "wednesday",
    a1="Wazalendo", i1=3, a2="M23: March 23 Movement", i2=2, fat=29),
  unscored(E(neg, "Non-state actor overtakes territory", "taken control of two hills", T("Masisi", "CD", 2, -1.40, 28.81, "North Kivu", "Masisi"), "wednesday",
    a1="Wazalendo", i1=3, a2="M23: March 23 Movement", i2=2), "fatalities", "injuries"),
]),

S("st-al-051", "2026-08-18", """Niger: floods kill 27 in Maradi region

NIAMEY, Aug 18 (Wire) - Floods caused by days of heavy rain have killed 27 people and destroyed more than 3,000 homes in Niger's southern Maradi region since the start of August, the civil protection agency said on Tuesday.

The agency said more than 40,000 people had been affected across the region, where the Goulbi river burst its banks near the city of Maradi last week.

Aid agencies said the floods had added to the needs of people displaced by attacks by armed groups and bandits in the border areas with Nigeria. Floods killed more than 300 people in Niger in 2024.""", [], negative="disaster"),

S("st-al-052", "2026-05-20", """Kenya: doctors' strike enters third week as talks stall

NAIROBI, May 20 (Wire) - A strike by doctors in Kenya's public hospitals entered its third week on Wednesday after talks between their union and the health ministry broke down over pay arrears and the posting of interns.

The union said its members would march to parliament next Tuesday if the government did not return to the table. Hospitals in Nairobi, Mombasa and Kisumu were seeing only emergency cases, officials said.

A court last week ordered the two sides to negotiate. The health minister said the government had already paid part of the arrears.""", [
  unscored(E(hyp, "Peaceful protest", "its members would march to parliament next Tuesday", T("Nairobi", "KE", 1, -1.28, 36.82, "Nairobi"), None,
    a1="Protesters (Kenya)", i1=6), "event_date", "fatalities", "injuries"),
], negative="labour strike"),

S("st-al-053", "2026-11-26", """Guatemalan court sentences four former soldiers over 1980s massacre

GUATEMALA CITY, Nov 26 (Wire) - A Guatemalan court on Thursday sentenced four former soldiers to 30 years in prison each for their part in the killing of more than 200 villagers in the country's northern highlands during the civil war in the early 1980s.

Relatives of the victims wept and applauded as the verdict was read. Defence lawyers said they would appeal.

Guatemala's 36-year civil war ended with a peace deal in 1996. A U.N.-backed truth commission found that state forces were responsible for most of the more than 200,000 deaths.""", [], negative="trial"),

S("st-al-054", "2026-10-14", """Serbia: hoax bomb threats force evacuation of dozens of schools

BELGRADE, Oct 14 (Wire) - Police evacuated 46 schools in Belgrade, Novi Sad and Nis on Wednesday after they received emailed bomb threats, the interior ministry said. Searches found no explosives, and classes resumed in the afternoon.

The ministry said the emails were sent from a foreign server and that it was working with foreign police to trace them. Schools in Serbia have received hundreds of similar hoax threats since 2023.""", [], negative="hoax"),

S("st-al-055", "2026-07-02", """Burundi army denies reports of heavy losses in eastern Congo

BUJUMBURA, July 2 (Wire) - Burundi's army on Thursday denied reports that at least 20 of its soldiers had been killed in an ambush by M23 rebels near Uvira in eastern Democratic Republic of Congo last week.

"These are lies spread by the enemies of Burundi. No Burundian soldier has died," an army spokesman told state radio. He did not say whether Burundian troops had been involved in any fighting.

The reports, which appeared on social media at the weekend, could not be verified. Burundi has thousands of troops in South Kivu province under a military agreement with Kinshasa.""", [
  unscored(E(neg, "Armed clash", "at least 20 of its soldiers had been killed in an ambush by M23 rebels near Uvira", T("Uvira", "CD", 2, -3.40, 29.14, "South Kivu", "Uvira"), None,
    a1="M23: March 23 Movement", i1=2, a2="Military Forces of Burundi (2020-)", i2=8), "event_date", "fatalities", "injuries"),
], negative="denial"),

S("st-al-056", "2026-11-12", """Poland: clashes on edges of Warsaw Independence Day march; counter-protest held apart

WARSAW, Nov 12 (Wire) - Groups of masked men threw firecrackers, flares and paving stones at police in central Warsaw on Wednesday as tens of thousands of people joined the annual nationalist Independence Day march, police said. Officers used pepper spray and water cannon; six officers were hurt and 23 people detained.

Several hundred anti-fascist activists held a counter-rally near the Palace of Culture. Police kept the two groups apart, and the counter-rally ended without incident.

The march, organised by nationalist groups, has been marred by violence in several past years, notably in 2013, when a rainbow installation and a booth outside the Russian embassy were set on fire.""", [
  E(cur, "Violent demonstration", "Groups of masked men threw firecrackers, flares and paving stones at police in central Warsaw", T("Warsaw", "PL", 1, 52.23, 21.01, "Masovia", "Warszawa"), "wednesday",
    a1="Rioters (Poland)", i1=5, a2="Police Forces of Poland (2023-)", i2=1, inj=6),
  E(cur, "Peaceful protest", "Several hundred anti-fascist activists held a counter-rally near the Palace of Culture", T("Warsaw", "PL", 1, 52.23, 21.01, "Masovia", "Warszawa"), "wednesday",
    a1="Protesters (Poland)", i1=6, a2=None, i2=None),
]),

S("st-al-057", "2026-04-17", """Malawi parliament passes budget after all-night sitting

LILONGWE, April 17 (Local) - Malawi's parliament passed the 2026/27 budget early on Friday after an all-night sitting, approving spending of about 8 trillion kwacha, with larger allocations for fertiliser subsidies and debt repayments.

Opposition lawmakers walked out before the vote, saying the budget did not address shortages of fuel and foreign currency. The finance minister said inflation would fall below 20 per cent by the end of the year.

Caption: Police fire tear gas at street vendors protesting against their removal from the city centre, outside the Lilongwe City Council offices on Thursday.

Caption: Members of parliament during the budget debate in Lilongwe on Thursday.""", [
  E(cap, "Protest with intervention", "Police fire tear gas at street vendors protesting against their removal from the city centre", T("Lilongwe", "MW", 1, -13.97, 33.79, "Central", "Lilongwe"), "thursday",
    a1="Protesters (Malawi)", i1=6, a2="Police Forces of Malawi (2025-)", i2=1),
], register="local"),
S("st-al-058", "2026-08-24", """SAHEL SECURITY DIGEST
The week in brief: 17-23 August 2026

NIGER - On Tuesday, fighters of the Islamic State Sahel Province (ISSP) attacked the army post at Banibangou, in Tillaberi region, at dawn. The army said nine soldiers and 30 attackers were killed and that the post was held. Local sources put the army's losses higher.

BURKINA FASO - A drone struck a wedding gathering near Dori on Thursday evening, killing at least 11 people, according to relatives of the victims. The army said it had "neutralised terrorists" in the area that day, without mentioning civilians.

MALI - JNIM fighters announced on Saturday that no trucks would be allowed to enter or leave the town of Lere, in Timbuktu region, and that drivers who ignored the order would be "treated as enemies". Traders said no vehicles had reached the town since.

ALSO THIS WEEK - Niger's junta extended the state of emergency in the Tillaberi region by three months, state television reported on Wednesday.

The digest is compiled from local media, residents and official statements. Figures are those reported and could not be verified independently.""", [
  E(cur, "Armed clash", "fighters of the Islamic State Sahel Province (ISSP) attacked the army post at Banibangou", T("Banibangou", "NE", 1, 15.04, 2.70, "Tillaberi", "Banibangou"), "tuesday",
    a1="Islamic State Sahel Province", i1=2, a2="Military Forces of Niger (2023-)", i2=1, fat=39),
  E(cur, "Air/drone strike", "A drone struck a wedding gathering near Dori on Thursday evening", T("Dori", "BF", 2, 14.03, -0.03, "Sahel", "Seno"), "thursday",
    a1="Military Forces of Burkina Faso (2022-)", i1=1, a2="Civilians (Burkina Faso)", i2=7, fat=11),
  E(cur, "Other", "no trucks would be allowed to enter or leave the town of Lere", T("Lere", "ML", 1, 15.72, -4.92, "Tombouctou"), "saturday",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Civilians (Mali)", i2=7),
  E(cur, "Other", "extended the state of emergency in the Tillaberi region by three months", T("Tillaberi", "NE", 3, 14.21, 1.45, "Tillaberi"), "wednesday", tp=2,
    a1="Government of Niger (2023-)", i1=1, a2=None, i2=None),
], register="digest"),

S("st-al-059", "2026-03-05", """South Sudan: 14 killed as armed youth raid cattle camp near Rumbek; curfew imposed

JUBA, March 5 (Wire) - Fourteen people were killed when armed youth from a neighbouring county attacked a cattle camp near Rumbek in South Sudan's Lakes state on Tuesday, and the camp's herders fought them off after several hours, a state official said.

Among the dead were nine raiders and five herders, including a 13-year-old boy caught in the crossfire, the official said. The attackers made off with about 200 head of cattle.

The Lakes state governor imposed a dusk-to-dawn curfew on Rumbek town and the surrounding area on Wednesday and ordered the army to deploy along the county border.

Revenge attacks between cattle-keeping communities kill hundreds of people in South Sudan every year.""", [
  E(cur, "Armed clash", "armed youth from a neighbouring county attacked a cattle camp near Rumbek", T("Rumbek", "SS", 2, 6.81, 29.68, "Lakes", "Rumbek Central"), "tuesday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Unidentified Communal Militia (South Sudan)", i2=4, fat=14),
  E(cur, "Other", "imposed a dusk-to-dawn curfew on Rumbek town and the surrounding area on Wednesday", T("Rumbek", "SS", 1, 6.81, 29.68, "Lakes", "Rumbek Central"), "wednesday",
    a1="Government of South Sudan (2011-)", i1=1, a2=None, i2=None),
]),

S("st-al-060", "2026-07-23", """Brazil: gunmen attack Guarani Kaiowa land occupation in Mato Grosso do Sul

SAO PAULO, July 23 (Wire) - Armed men fired on a group of Guarani Kaiowa Indigenous people who had occupied part of a soy farm in Douradina, in Brazil's Mato Grosso do Sul state, on Tuesday night, wounding three of them, the Indigenous missionary council CIMI said.

About 150 Guarani Kaiowa had moved onto the farm on Sunday, saying it lies inside an ancestral territory whose demarcation has been pending for more than a decade. They set up camp near the farmhouse and said they would stay until the government completed the process.

The federal police said it had opened an investigation and sent officers to the area. The farm's owners said in a statement that they had "no link" to the shooting.""", [
  E(cur, "Attack", "Armed men fired on a group of Guarani Kaiowa Indigenous people", T("Douradina", "BR", 1, -22.04, -54.61, "Mato Grosso do Sul", "Douradina"), "tuesday",
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, inj=3),
  E(cur, "Peaceful protest", "About 150 Guarani Kaiowa had moved onto the farm on Sunday", T("Douradina", "BR", 1, -22.04, -54.61, "Mato Grosso do Sul", "Douradina"), "sunday",
    a1="Protesters (Brazil)", i1=6, a2=None, i2=None),
]),

S("st-al-061", "2026-04-09", """Mexico: cartel drones drop explosives on Michoacan village; residents flee

MORELIA, Mexico, April 9 (Wire) - Drones carrying explosives attacked the village of El Aguaje in Aguililla municipality, in Mexico's western Michoacan state, on Wednesday, killing a woman and wounding four people, state officials said. Dozens of families fled to the town of Aguililla.

Residents blamed the Jalisco New Generation Cartel (CJNG), which has fought local criminal groups for control of the region for years and has used explosive-laden drones and landmines against rivals and civilians.

Soldiers and National Guard troops arrived in El Aguaje on Thursday, the state security ministry said.""", [
  E(cur, "Air/drone strike", "Drones carrying explosives attacked the village of El Aguaje in Aguililla municipality", T("Aguililla", "MX", 2, 18.74, -102.79, "Michoacan", "Aguililla"), "wednesday",
    a1="Cartel Jalisco Nueva Generacion", i1=3, a2="Civilians (Mexico)", i2=7, fat=1, inj=4),
]),

S("st-al-062", "2026-07-10", """COUNTER TERRORISM DEPARTMENT, BALOCHISTAN
PRESS RELEASE
Quetta, 10 July 2026

On the night of 9/10 July 2026, on a tip-off about the presence of terrorists of Fitna al-Hindustan, the CTD conducted an intelligence-based operation near Mastung. On seeing the CTD party, the terrorists opened fire. In the exchange of fire, five terrorists were sent to hell. Two CTD personnel embraced shahadat.

The killed terrorists were involved in the attack on a passenger coach near Kalat on 2 July, in which seven passengers were martyred.

Weapons, ammunition and explosives were recovered from the possession of the terrorists.

The CTD is determined to root out the menace of terrorism from the province. Sanitisation of the area is being carried out.""", [
  E(cur, "Armed clash", "the terrorists opened fire. In the exchange of fire, five terrorists were sent to hell", T("Mastung", "PK", 2, 29.80, 66.85, "Balochistan", "Mastung"), "2026-07-10",
    a1="BLA: Balochistan Liberation Army", i1=2, a2="Police Forces of Pakistan (2024-)", i2=1, fat=7),
  E(bg, "Attack", "the attack on a passenger coach near Kalat on 2 July", T("Kalat", "PK", 2, 29.03, 66.59, "Balochistan", "Kalat"), "2026-07-02",
    a1="BLA: Balochistan Liberation Army", i1=2, a2="Civilians (Pakistan)", i2=7, fat=7),
], register="official"),

S("st-al-063", "2026-07-16", """Kashmir: two militants, soldier killed in Kulgam gunfight

SRINAGAR, July 16 (Wire) - Two militants and an Indian soldier were killed in a gunfight in a village in Kulgam district of Indian-administered Kashmir that began on Wednesday evening and ended on Thursday morning, police said.

Troops and police cordoned off the village after a tip-off that militants were hiding in a house, police said. The militants opened fire when the troops approached, and the house was destroyed in the fighting.

Police did not say which group the militants belonged to. Residents held a protest after the gunfight, saying several other houses had been damaged.""", [
  E(cur, "Armed clash", "Two militants and an Indian soldier were killed in a gunfight in a village in Kulgam district", T("Kulgam", "IN", 3, 33.64, 75.02, "Jammu and Kashmir", "Kulgam"), "wednesday", tp=2,
    a1="Unidentified Armed Group (India)", i1=3, a2="Military Forces of India (2014-)", i2=1, fat=3),
  E(cur, "Peaceful protest", "Residents held a protest after the gunfight", T("Kulgam", "IN", 3, 33.64, 75.02, "Jammu and Kashmir", "Kulgam"), "thursday",
    a1="Protesters (India)", i1=6, a2=None, i2=None),
]),

S("st-al-064", "2026-01-09", """Northern Ireland: man shot in legs in Derry 'paramilitary-style' attack

DERRY, Northern Ireland, Jan 9 (Local) - A man in his twenties was shot in both legs in a "paramilitary-style" attack in the Creggan area of Derry on Thursday night, police said.

Two masked men forced their way into a house in the estate shortly before 10 p.m. and shot the man, who was taken to hospital with injuries that are not thought to be life-threatening.

A police detective said the New IRA was "the main line of inquiry". Such punishment shootings are carried out by paramilitary groups against people they accuse of drug dealing or anti-social behaviour.

Caption: A police officer at the scene of the shooting in Creggan on Friday morning.""", [
  E(cur, "Attack", "shot in both legs in a \"paramilitary-style\" attack in the Creggan area of Derry", T("Derry", "GB", 2, 55.00, -7.31, "Northern Ireland", "Derry and Strabane"), "thursday",
    a1="New IRA", i1=2, a2="Civilians (United Kingdom)", i2=7, fat=None, inj=1),
  CAPTION(E(cap, "Attack", "A police officer at the scene of the shooting in Creggan on Friday morning", T("Derry", "GB", 2, 55.00, -7.31, "Northern Ireland", "Derry and Strabane"), "thursday",
    a1="New IRA", i1=2, a2="Civilians (United Kingdom)", i2=7)),
], register="local"),

S("st-al-065", "2026-06-11", """Corsica: FLNC claims overnight attacks on holiday homes near Porto-Vecchio

AJACCIO, June 11 (Wire) - The National Liberation Front of Corsica (FLNC) claimed responsibility on Thursday for explosions that destroyed two holiday villas under construction near Porto-Vecchio overnight into Wednesday, in a statement sent to a local newspaper.

The group said it had targeted "speculation" that drives Corsicans from their land. Nobody was hurt; the houses were empty.

Prosecutors in Bastia said the anti-terrorism prosecutor's office had taken over the case. The FLNC announced a truce in 2014 but has claimed sporadic attacks on second homes and public buildings since 2022.""", [
  E(cur, "Remote explosive/landmine/IED", "explosions that destroyed two holiday villas under construction near Porto-Vecchio", T("Porto-Vecchio", "FR", 2, 41.59, 9.28, "Corsica", "Corse-du-Sud"), "wednesday",
    a1="FLNC: National Liberation Front of Corsica", i1=2, a2="Civilians (France)", i2=7, fat=0, inj=0),
]),

S("st-al-066", "2026-09-09", """Brisbane: police pepper-spray protesters outside weapons expo

BRISBANE, Sept 9 (Wire) - Police used pepper spray and horses to push back hundreds of anti-war protesters who tried to block the entrance to an international weapons exhibition at the Brisbane Convention and Exhibition Centre on Wednesday, and arrested 19 people, Queensland Police said.

Protesters said several people were hurt; police said one officer had been treated for a hand injury.

The exhibition, which runs until Friday, features more than 800 companies, including Israeli and U.S. arms makers.""", [
  E(cur, "Protest with intervention", "Police used pepper spray and horses to push back hundreds of anti-war protesters", T("Brisbane", "AU", 1, -27.47, 153.03, "Queensland", "Brisbane"), "wednesday",
    a1="Protesters (Australia)", i1=6, a2="Police Forces of Australia (2022-)", i2=1, inj=4),
]),

S("st-al-067", "2026-08-27", """Indonesia: police fire tear gas at student protest in Makassar

MAKASSAR, Indonesia, Aug 27 (Wire) - Police fired tear gas and water cannon on Wednesday to break up a protest by several thousand students outside the South Sulawesi provincial parliament in Makassar against a planned increase in fuel prices, witnesses said.

"They fired the gas without warning, right into the crowd," said a student from Hasanuddin University. Police said 25 students had been detained and would be released after questioning.

Footage on social media showed students running from clouds of gas along the main road in front of the parliament building, where the dispersal took place shortly after 4 p.m.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and water cannon on Wednesday to break up a protest by several thousand students", T("Makassar", "ID", 1, -5.15, 119.43, "Sulawesi Selatan", "Kota Makassar"), "wednesday",
    a1="Protesters (Indonesia)", i1=6, a2="Police Forces of Indonesia (2024-)", i2=1),
]),

S("st-al-068", "2026-02-27", """Nepal: parties wind up campaigns ahead of March 5 vote

KATHMANDU, Feb 27 (Wire) - Nepal's main political parties held their final rallies in Kathmandu and other cities on Friday ahead of a general election on March 5, the first since youth-led protests toppled the government in September 2025.

Tens of thousands of supporters of the Nepali Congress, the UML and the new parties formed after the protests filled grounds in the capital, waving flags and dancing. Police said the rallies passed off peacefully.

The Election Commission said campaigning would end at midnight on Monday and that about 18 million people were registered to vote. More than 70 people were killed during the protests of September 2025.""", [], negative="campaign"),

S("st-al-069", "2026-04-07", """Rwanda begins annual commemoration of the 1994 genocide

KIGALI, April 7 (Wire) - Rwanda began a week of national mourning on Tuesday to mark 32 years since the genocide against the Tutsi, in which more than 800,000 people were killed in about 100 days.

President Paul Kagame lit a flame at the Kigali Genocide Memorial, where more than 250,000 victims are buried. Survivors and officials held ceremonies in villages across the country.

The commemoration, known as Kwibuka, runs until July 4, the date in 1994 when the Rwandan Patriotic Front took Kigali.""", [], negative="commemoration"),

S("st-al-070", "2026-11-19", """Houthis threaten to resume attacks on Red Sea shipping

SANAA, Nov 19 (Wire) - Yemen's Houthi movement threatened on Thursday to resume attacks on commercial ships in the Red Sea and the Gulf of Aden if Israel carried out new strikes in Gaza, in a televised speech by the group's leader.

"Our forces are ready, and any ship linked to the enemy will be a target," Abdul-Malik al-Houthi said. The group halted its attacks on shipping after the Gaza ceasefire of October 2025.

The U.S. Navy said it had no plans to change its deployments in the region. Shipping companies said they would keep routing most vessels around the Cape of Good Hope for now.""", [
  unscored(E(thr, "Other", "any ship linked to the enemy will be a target", C("YE"), None,
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1), "event_date", "fatalities", "injuries", "geo_precision"),
], negative="threat"),
S("st-al-071", "2026-11-11", """U.N. says civilian casualties in Ukraine rose again in October

GENEVA, Nov 11 (Wire) - At least 187 civilians were killed and 1,040 injured in Ukraine in October, the highest monthly toll since the summer, the U.N. human rights monitoring mission said on Wednesday.

Most of the casualties were caused by long-range missile and drone attacks on cities and by short-range drones in front-line areas of the Donetsk, Kharkiv and Kherson regions, the mission said.

Since February 2022 the mission has verified more than 15,000 civilian deaths, and it says the real figure is likely to be considerably higher. Russia denies targeting civilians.""", [], negative="statistics"),

S("st-al-072", "2026-05-21", """La Ceiba: five killed in billiard hall; police point to gang dispute
(Translated from Spanish. Originally published by a daily in San Pedro Sula.)

Five young men were killed on Wednesday night when armed men wearing balaclavas burst into a billiard hall in the Colonia Alvarado neighbourhood of La Ceiba and opened fire, the National Police reported.

According to the police spokesman in Atlantida, the attackers arrived in a pickup truck, fired more than 40 shots and fled towards the beach. A sixth victim, a 17-year-old, was taken to the Atlantida hospital with bullet wounds.

Investigators are looking at a dispute between the Mara Salvatrucha (MS-13) and Barrio 18 for control of drug sales in the neighbourhood, the spokesman said. "Everything points to a gang reprisal," he said.

On Thursday, the Security Council agreed to extend for another 45 days the partial suspension of constitutional guarantees in La Ceiba and 20 other municipalities, in force since December 2022.""", [
  E(cur, "Attack", "armed men wearing balaclavas burst into a billiard hall in the Colonia Alvarado neighbourhood of La Ceiba and opened fire", T("La Ceiba", "HN", 2, 15.76, -86.78, "Atlantida", "La Ceiba"), "wednesday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=5, inj=1),
  E(cur, "Other", "agreed to extend for another 45 days the partial suspension of constitutional guarantees", T("La Ceiba", "HN", 1, 15.76, -86.78, "Atlantida", "La Ceiba"), "thursday",
    a1="Government of Honduras (2026-)", i1=1, a2=None, i2=None),
], register="local"),

S("st-al-073", "2026-11-03", """SYRIA-SECURITY/
Gunmen kill three Alawite farmers near Syria's Baniyas

DAMASCUS, Nov 3 (Wire) - Unidentified gunmen shot dead three Alawite farmers in their orchard in a village near the coastal town of Baniyas on Monday, a war monitor and relatives said.

The interior ministry said it had sent security forces to the area and opened an investigation. A local official said the killings appeared to be "an act of revenge" but gave no details.

Syria's coastal region has been tense since March 2025, when an insurgency by fighters loyal to the former government was followed by killings of Alawite civilians. In September, a roadside bomb hit a security forces vehicle on the road between Baniyas and Jableh, killing two members of the general security service.""", [
  E(cur, "Attack", "Unidentified gunmen shot dead three Alawite farmers in their orchard in a village near the coastal town of Baniyas", T("Baniyas", "SY", 2, 35.18, 35.95, "Tartus"), "monday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7, fat=3),
  E(bg, "Remote explosive/landmine/IED", "a roadside bomb hit a security forces vehicle on the road between Baniyas and Jableh", T("Baniyas", "SY", 2, 35.18, 35.95, "Tartus"), "2026-09-01", tp=3,
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Police Forces of Syria (2024-)", i2=1, fat=2),
]),

S("st-al-074", "2026-03-05", """LIVE - Togo: opposition day of protest in Lome
All times GMT. Newest entries first.

19:20 - Calm has returned to most of the city, our correspondent says. Shops in the Be and Adewui districts remain shut.

17:45 - The government spokesman says "a few dozen troublemakers" were dispersed and that 32 people were arrested. He says no one was seriously hurt.

15:10 - Witnesses in Be say gendarmes are firing tear gas at groups of young people who tried to march towards the city centre. Several people are being treated for breathing problems.

13:30 - Hundreds of people have gathered at the Be roundabout, chanting against the constitutional change. Gendarmes and soldiers are posted at the main junctions.

09:05 - Quick recap: on Wednesday evening, gendarmes arrested three activists of the civil-society movement that called today's protest at a house in the Tokoin district, according to their lawyers. The lawyers say they have been held at the central investigation service since then.

08:30 - Good morning and welcome to our live coverage. The government has banned today's protest, saying it had not been declared.""", [
  E(cur, "Protest with intervention", "gendarmes are firing tear gas at groups of young people who tried to march towards the city centre", T("Lome", "TG", 2, 6.13, 1.22, "Maritime"), 0,
    a1="Protesters (Togo)", i1=6, a2="Police Forces of Togo (2005-)", i2=1, inj=3),
  E(cur, "Arrests", "gendarmes arrested three activists of the civil-society movement that called today's protest", T("Lome", "TG", 2, 6.13, 1.22, "Maritime"), "wednesday",
    a1="Police Forces of Togo (2005-)", i1=1, a2="Civilians (Togo)", i2=7),
], register="live"),

S("st-al-075", "2026-06-12", """Colombia: police say they foiled ELN plot to bomb Bogota police station; two arrested

BOGOTA, June 12 (Wire) - Colombian police said on Friday they had arrested two members of the National Liberation Army (ELN) guerrilla group in southern Bogota on Thursday and seized 20 kg of explosives that they said were meant for an attack on a police station in the city.

The two, a man and a woman, were detained at a house in the Kennedy district, the police director said. He said the group had planned to leave a car bomb outside the station in the coming days.

Caption: The General Santander police academy in Bogota after the car bomb attack of January 2019. (File photo)

In January 2019, an ELN member drove a car packed with explosives into the General Santander police academy in southern Bogota, killing 22 cadets. The attack led then-President Ivan Duque to break off peace talks with the group.""", [
  E(cur, "Arrests", "they had arrested two members of the National Liberation Army (ELN) guerrilla group in southern Bogota on Thursday", T("Bogota", "CO", 2, 4.61, -74.08, "Bogota", "Bogota  D.C."), "thursday",
    a1="Police Forces of Colombia (2022-)", i1=1, a2="ELN: National Liberation Army", i2=2),
  E(bg, "Suicide bomb", "an ELN member drove a car packed with explosives into the General Santander police academy", T("Bogota", "CO", 1, 4.61, -74.08, "Bogota", "Bogota  D.C."), "2019-01-01", tp=3,
    a1="ELN: National Liberation Army", i1=2, a2="Police Forces of Colombia (2018-2022)", i2=1, fat=22),
]),

S("st-al-076", "2026-09-29", """Kosovo and Serbia talks in Brussels end without agreement

BRUSSELS, Sept 29 (Wire) - Talks between the leaders of Kosovo and Serbia in Brussels ended on Tuesday without agreement on the association of Serb-majority municipalities in northern Kosovo, the European Union's envoy said.

The two sides agreed only to meet again at the level of chief negotiators in October. Kosovo's prime minister accused Belgrade of "stalling", while Serbia's president said Pristina was "not serious".

Tensions in northern Kosovo have eased since a 2023 gun battle between Kosovo police and Serb gunmen at a monastery in Banjska, but relations remain poor.""", [], negative="diplomacy"),

S("st-al-077", "2026-02-20", """Chile: robbers take hostages in Santiago bank; all freed unharmed

SANTIAGO, Feb 20 (Wire) - Four armed robbers held 11 employees and customers hostage for five hours at a bank branch in central Santiago on Thursday before surrendering to police, who freed all the hostages unharmed, officials said.

The men had tried to flee with cash from the vault when a security guard raised the alarm. Police special forces surrounded the building and negotiated their surrender.

The interior minister said the four, all with previous convictions for robbery, would be charged with kidnapping and armed robbery.""", [], negative="crime"),

S("st-al-078", "2026-04-15", """Somalia: military court opens trial over Mogadishu restaurant bombing

MOGADISHU, April 15 (Wire) - Five men accused of helping to organise the March 3 suicide bombing of a restaurant in Mogadishu's Hodan district, in which 12 people were killed, went on trial at a military court in the capital on Wednesday.

Prosecutors say the men, who deny the charges, rented the car used to bring the bomber to the area and scouted the restaurant in the days before the attack, which al Shabaab claimed.

The court adjourned the case until April 29.""", [
  E(bg, "Suicide bomb", "the March 3 suicide bombing of a restaurant in Mogadishu's Hodan district, in which 12 people were killed", T("Mogadishu", "SO", 2, 2.04, 45.34, "Banadir"), "2026-03-03",
    a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=12),
], negative="trial"),

S("st-al-079", "2026-07-03", """Denmark: man wounded in Christiania shooting as police link violence to gang conflict

COPENHAGEN, July 3 (Local) - A 24-year-old man was shot in the stomach in the Christiania area of Copenhagen late on Thursday, police said, the second shooting in the area in a week.

Police said the shooting was "very likely" part of a conflict between two criminal groups over the cannabis trade in Christiania, and that the area around Pusher Street had been declared a visitation zone, allowing officers to stop and search people without suspicion.

Nobody has been arrested. Christiania's residents dug up the cobblestones of Pusher Street in 2024 in an attempt to drive out the cannabis trade.""", [
  E(cur, "Attack", "A 24-year-old man was shot in the stomach in the Christiania area of Copenhagen late on Thursday", T("Copenhagen", "DK", 2, 55.68, 12.57, "Capital", "Copenhagen"), "thursday",
    a1="Unidentified Armed Group (Denmark)", i1=3, a2="Civilians (Denmark)", i2=7, fat=None, inj=1),
], register="local"),

S("st-al-080", "2026-10-21", """Kyrgyz border guards detain four Tajik shepherds near Ak-Say

BISHKEK, Oct 21 (Wire) - Kyrgyz border guards detained four Tajik shepherds who crossed into Kyrgyzstan with about 300 sheep near the village of Ak-Say in the southern Batken region on Tuesday, Kyrgyzstan's border service said.

The shepherds were handed over to Tajik border officials at a crossing point later the same day, it said. Tajikistan's border service did not comment.

The two countries signed a treaty in March 2025 that settled the last disputed sections of their border, after clashes in 2021 and 2022 that killed more than 100 people.""", [
  E(cur, "Arrests", "Kyrgyz border guards detained four Tajik shepherds", T("Ak-Say", "KG", 2, 39.87, 70.52, "Batken"), "tuesday",
    a1="Military Forces of Kyrgyzstan (2020-)", i1=1, a2="Civilians (Tajikistan)", i2=7),
]),

S("st-al-081", "2026-03-12", """Peru: army helicopter crash kills four soldiers in VRAEM; army rules out attack

LIMA, March 12 (Wire) - An army helicopter crashed while landing at a base in Peru's VRAEM valley on Wednesday, killing four soldiers and injuring three, the armed forces command said.

The command said bad weather was the most likely cause and that there was no sign the aircraft had been fired on. The VRAEM, the country's main coca-growing region, is home to a remnant of the Shining Path guerrilla group that has ambushed army patrols in the past.

An investigation has been opened.""", [], negative="accident"),
S("st-al-082", "2026-04-08", """SUDAN-CONFLICT/
Drones hit Port Sudan fuel depot; army air strike kills 15 at Nyala market, residents say

PORT SUDAN, April 8 (Wire) - Drones struck a fuel depot at the southern port in Port Sudan before dawn on Wednesday, setting off a fire that burned for several hours, witnesses and a government official said. There were no reports of casualties. The army-aligned government blamed the paramilitary Rapid Support Forces (RSF), which did not comment.

In Nyala, the RSF-held capital of South Darfur, an army air strike hit the main livestock market on Tuesday afternoon, killing at least 15 people and wounding dozens, according to residents and a local medical network. The army said it had struck "militia gatherings and weapons stores".

Fighting also continued around Dilling in South Kordofan, where the army said on Tuesday it had repelled an attack by the RSF and its ally, the SPLM-N faction led by Abdelaziz al-Hilu, killing "dozens" of attackers.

The RSF first attacked Port Sudan with drones in May last year, hitting the airport, fuel depots and a power station over several days. In October, the RSF took El Fasher, the army's last stronghold in Darfur, after an 18-month siege.""", [
  E(cur, "Air/drone strike", "Drones struck a fuel depot at the southern port in Port Sudan before dawn on Wednesday", T("Port Sudan", "SD", 1, 19.62, 37.22, "Red Sea"), "wednesday",
    a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "an army air strike hit the main livestock market on Tuesday afternoon", T("Nyala", "SD", 1, 12.05, 24.88, "South Darfur"), "tuesday",
    a1="Military Forces of Sudan (2019-)", i1=1, a2="Civilians (Sudan)", i2=7, fat=15, inj=12),
  E(cur, "Armed clash", "it had repelled an attack by the RSF and its ally, the SPLM-N faction led by Abdelaziz al-Hilu", T("Dilling", "SD", 2, 12.05, 29.65, "South Kordofan"), "tuesday", tp=2,
    a1="Military Forces of Sudan (2019-)", i1=1, a2="Rapid Support Forces", i2=2, fat=12),
  unscored(E(bg, "Air/drone strike", "The RSF first attacked Port Sudan with drones in May last year", T("Port Sudan", "SD", 1, 19.62, 37.22, "Red Sea"), "2025-05-01", tp=3,
    a1="Rapid Support Forces", i1=2), "actor2", "inter2", "fatalities", "injuries"),
  unscored(E(bg, "Non-state actor overtakes territory", "the RSF took El Fasher, the army's last stronghold in Darfur", T("El Fasher", "SD", 1, 13.63, 25.35, "North Darfur"), "2025-10-01", tp=3,
    a1="Rapid Support Forces", i1=2, a2="Military Forces of Sudan (2019-)", i2=1), "fatalities", "injuries"),
]),

S("st-al-083", "2026-01-14", """Sumy Regional Military Administration
Update as of 08:00, 14 January

Over the past day, the Russian army carried out 97 attacks on 31 settlements in 14 communities of the region.

Velykopysarivska community: at about 13:30, an enemy guided aerial bomb hit the centre of Velyka Pysarivka. A 71-year-old man was killed; two houses and a shop were destroyed.

Bilopilska and Krasnopilska communities: artillery and FPV drone attacks were recorded. In Bilopillia, a woman was wounded.

Khotinska community: a drone dropped explosives on a tractor near Khotin in the afternoon. The driver, 48, was injured.

In the evening, an enemy drone hit energy infrastructure in Shostka district; part of the district is without power. There were no casualties.

Air defence destroyed 23 enemy drones over the region. Please do not ignore air raid alerts!""", [
  E(cur, "Air/drone strike", "an enemy guided aerial bomb hit the centre of Velyka Pysarivka", T("Velyka Pysarivka", "UA", 1, 50.42, 35.48, "Sumy", "Okhtyrskiy"), "2026-01-13",
    a1="Military Forces of Russia (2000-)", i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Shelling/artillery/missile attack", "Bilopilska and Krasnopilska communities: artillery and FPV drone attacks were recorded", T("Bilopillia", "UA", 1, 51.15, 34.31, "Sumy", "Sumskyi"), "2026-01-13", tp=2,
    a1="Military Forces of Russia (2000-)", i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Shelling/artillery/missile attack", "Bilopilska and Krasnopilska communities: artillery and FPV drone attacks were recorded", T("Krasnopillya", "UA", 3, 50.77, 35.26, "Sumy", "Sumskyi"), "2026-01-13", tp=2,
    a1="Military Forces of Russia (2000-)", i1=8),
  E(cur, "Air/drone strike", "a drone dropped explosives on a tractor near Khotin in the afternoon", T("Khotin", "UA", 2, 51.08, 34.77, "Sumy", "Sumskyi"), "2026-01-13",
    a1="Military Forces of Russia (2000-)", i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Air/drone strike", "an enemy drone hit energy infrastructure in Shostka district", T("Shostka", "UA", 3, 51.86, 33.47, "Sumy", "Shostkynska Miskrada"), "2026-01-13",
    a1="Military Forces of Russia (2000-)", i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
], register="official"),

S("st-al-084", "2026-05-08", """DEMOCRATIC REPUBLIC OF THE CONGO: ITURI AND NORTH KIVU
Flash Update No. 7 | 8 May 2026
Humanitarian partners

HIGHLIGHTS
- At least 21 civilians killed in an attack on a displacement site near Fataki, Djugu territory
- Clashes near Komanda force thousands to flee towards Bunia
- Humanitarian access to the Djugu-Fataki axis suspended

SITUATION OVERVIEW
On the night of 5 to 6 May, armed men attacked the Plaine Savo displacement site near Fataki, killing at least 21 people, including 9 children, and burning some 120 shelters. Local authorities attributed the attack to CODECO militiamen.

On 6 May, fighting broke out between the Congolese armed forces (FARDC) and ADF combatants near Komanda, in Irumu territory. Local sources reported that four soldiers and an unknown number of ADF fighters were killed. An estimated 7,500 people fled towards Bunia.

On 7 May, MONUSCO peacekeepers deployed a rapid reaction force to the Plaine Savo site to secure it.

HUMANITARIAN RESPONSE
Partners have suspended movements on the Djugu-Fataki axis until further notice. A mobile clinic has been deployed in Fataki, and food distributions are planned for next week.

For further information, please contact the humanitarian coordination office in Bunia.""", [
  E(cur, "Attack", "armed men attacked the Plaine Savo displacement site near Fataki", T("Fataki", "CD", 2, 1.87, 30.71, "Ituri"), "2026-05-06",
    a1="CODECO: Cooperative for Development of Congo", i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=21),
  E(cur, "Armed clash", "fighting broke out between the Congolese armed forces (FARDC) and ADF combatants near Komanda", T("Komanda", "CD", 2, 1.37, 29.77, "Ituri"), "2026-05-06",
    a1="Military Forces of Democratic Republic of Congo (2019-)", i1=1, a2="ADF: Allied Democratic Forces", i2=2, fat=4),
], register="ngo"),

S("st-al-085", "2026-09-03", """Nigeria: gunmen kill 17 in Plateau villages; troops repel second attack; youths block Jos road

JOS, Nigeria, Sept 3 (Wire) - Gunmen killed 17 people and burned dozens of houses in two villages in Bokkos local government area of Nigeria's Plateau state late on Tuesday, a local official said. Residents blamed Fulani herdsmen.

Soldiers of Operation Safe Haven, the military task force in the state, repelled another attack on a village in neighbouring Mangu area in the early hours of Wednesday, killing two of the attackers, a spokesman said. Nobody else was hurt, he said.

On Wednesday, hundreds of young people blocked the main road from Jos to Bokkos for several hours with logs and stones to protest against the killings and demand more protection. They dispersed peacefully in the afternoon after the state deputy governor addressed them.

Hundreds of people have been killed in Plateau since 2023 in attacks that officials blame on herders and that have been followed by reprisals.""", [
  E(cur, "Attack", "Gunmen killed 17 people and burned dozens of houses in two villages in Bokkos local government area", T("Bokkos", "NG", 3, 9.30, 8.99, "Plateau", "Bokkos"), "tuesday",
    a1="Fulani Ethnic Militia (Nigeria)", i1=4, a2="Civilians (Nigeria)", i2=7, fat=17),
  E(cur, "Armed clash", "repelled another attack on a village in neighbouring Mangu area", T("Mangu", "NG", 3, 9.52, 9.10, "Plateau", "Mangu"), "wednesday",
    a1="Military Forces of Nigeria (2023-)", i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=2, inj=0),
  E(cur, "Peaceful protest", "hundreds of young people blocked the main road from Jos to Bokkos for several hours", T("Jos", "NG", 2, 9.93, 8.89, "Plateau", "Jos North"), "wednesday",
    a1="Protesters (Nigeria)", i1=6, a2=None, i2=None),
]),

S("st-al-086", "2026-04-17", """Pakistan: six police killed in attack on Bannu station; curfew in Mir Ali after drone strike kills children

PESHAWAR, April 17 (Wire) - Militants attacked a police station on the outskirts of Bannu in northwestern Pakistan late on Thursday, killing six policemen in a battle that lasted more than three hours, police said. Four attackers were killed. The Pakistani Taliban (TTP) claimed the attack.

In North Waziristan, residents said a drone strike on a house in a village near Mir Ali on Wednesday killed four children and a woman. The military denied carrying out any strike and said the children were killed when a mortar shell fired by militants hit the house.

Hundreds of residents gathered in Mir Ali on Thursday with the bodies to demand an inquiry. Authorities imposed a curfew on the Mir Ali area on Thursday evening, officials said.

Militant attacks in Khyber Pakhtunkhwa have risen sharply since the TTP ended a ceasefire with the government in 2022.""", [
  E(cur, "Armed clash", "Militants attacked a police station on the outskirts of Bannu", T("Bannu", "PK", 2, 32.99, 70.60, "Khyber Pakhtunkhwa", "Bannu"), "thursday",
    a1="TTP: Tehreek-i-Taliban Pakistan", i1=2, a2="Police Forces of Pakistan (2024-)", i2=1, fat=10),
  E(cur, "Air/drone strike", "a drone strike on a house in a village near Mir Ali on Wednesday killed four children and a woman", T("Mir Ali", "PK", 2, 33.00, 70.27, "Khyber Pakhtunkhwa"), "wednesday",
    a1="Military Forces of Pakistan (2024-)", i1=1, a2="Civilians (Pakistan)", i2=7, fat=5),
  E(cur, "Peaceful protest", "Hundreds of residents gathered in Mir Ali on Thursday with the bodies to demand an inquiry", T("Mir Ali", "PK", 1, 33.00, 70.27, "Khyber Pakhtunkhwa"), "thursday",
    a1="Protesters (Pakistan)", i1=6, a2=None, i2=None),
  E(cur, "Other", "Authorities imposed a curfew on the Mir Ali area on Thursday evening", T("Mir Ali", "PK", 2, 33.00, 70.27, "Khyber Pakhtunkhwa"), "thursday",
    a1="Government of Pakistan (2024-)", i1=1, a2=None, i2=None),
]),

S("st-al-087", "2026-04-22", """West Bank: settlers torch cars in Sinjil; Israeli raid in Jenin camp; gunman wounds soldier near Nablus

RAMALLAH, April 22 (Wire) - Israeli settlers set fire to five cars and a house in the Palestinian village of Sinjil, north of Ramallah, before dawn on Wednesday, the Palestinian Authority's settlement monitoring body said. Nobody was hurt. The Israeli military said troops arrived after the settlers had left and that police had opened an investigation.

In the northern West Bank, Israeli troops raided the Jenin refugee camp on Tuesday night and detained six men, the Palestinian news agency WAFA said. The military said those detained were "wanted terrorism suspects".

Near Nablus, a Palestinian gunman opened fire on an Israeli military post at the entrance to the town of Huwara on Tuesday evening, wounding a soldier, the military said. Troops were searching for the gunman.""", [
  E(cur, "Looting/property destruction", "Israeli settlers set fire to five cars and a house in the Palestinian village of Sinjil", T("Sinjil", "PS", 1, 32.03, 35.27, "West Bank", "Ramallah and al-Bireh"), "wednesday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "Israeli troops raided the Jenin refugee camp on Tuesday night and detained six men", T("Jenin camp", "PS", 1, 32.46, 35.29, "West Bank"), "tuesday",
    a1="Military Forces of Israel (2022-)", i1=8, a2="Civilians (Palestine)", i2=7),
  E(cur, "Armed clash", "a Palestinian gunman opened fire on an Israeli military post at the entrance to the town of Huwara", T("Huwara", "PS", 2, 32.15, 35.26, "West Bank", "Nablus"), "tuesday",
    a1="Unidentified Armed Group (Palestine)", i1=3, a2="Military Forces of Israel (2022-)", i2=8, inj=1),
]),

S("st-al-088", "2026-07-29", """Myanmar: Arakan Army says it seized navy outpost on Ramree island; junta shells Ann

YANGON, July 29 (Wire) - The Arakan Army (AA) said on Wednesday its fighters had overrun a military outpost on Ramree island in western Rakhine state on Monday after two days of fighting and captured 23 soldiers and sailors. The junta did not comment.

Junta artillery and naval vessels shelled villages around Ann on Tuesday, killing three civilians, residents and a local aid group said. Ann hosts the junta's Western Command, one of the few bases it still holds in Rakhine.

The AA has seized 14 of Rakhine's 17 townships since November 2023. Fighting has intensified around Kyaukphyu, where China is building a deep-sea port.""", [
  E(cur, "Non-state actor overtakes territory", "its fighters had overrun a military outpost on Ramree island in western Rakhine state on Monday", T("Ramree", "MM", 2, 19.09, 93.86, "Rakhine"), "monday",
    a1="Arakan Army", i1=2, a2="Military Forces of Myanmar (2021-)", i2=1),
  E(cur, "Shelling/artillery/missile attack", "Junta artillery and naval vessels shelled villages around Ann on Tuesday", T("Ann", "MM", 2, 19.80, 94.05, "Rakhine", "Kyaunkpyu"), "tuesday",
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7, fat=3),
]),
S("st-al-089", "2026-08-14", """FACT CHECK: Video of 'drone strike on Goma airport' was filmed in Khartoum in 2024

A video shared thousands of times on X and TikTok since Tuesday, with captions saying it shows "Congolese army drones bombing Goma airport last night", was filmed in Sudan's capital Khartoum more than two years ago.

Our reverse image search found the same footage in a post from June 2024 describing fighting near Khartoum's airport. The minaret and the water tower visible at 0:07 match buildings near the Khartoum airport, not Goma's.

Residents of Goma and a spokesman for the M23 rebels, who control the city, told us there had been no strike on the airport this week. The Congolese army has not commented.

VERDICT: FALSE. The video is old and was filmed in another country.

This article was produced by our fact-checking desk.""", [], negative="fact check", register="web"),

S("st-al-090", "2026-06-23", """Colombian social leader dies of wounds from April shooting in Tumaco

TUMACO, Colombia, June 23 (Local) - Afro-Colombian community leader Maria Eugenia Quinones died in hospital in Cali on Monday, two months after she was shot three times outside her home in Tumaco in April, her family and the ombudsman's office said.

Quinones, 52, led a community council that had denounced the recruitment of children by armed groups along the Mira river. The gunmen who shot her fled on a motorcycle and have not been identified.

The ombudsman's office says at least 60 social leaders have been killed in Colombia so far this year. Narino province, on the border with Ecuador, is one of the most affected.""", [
  E(bg, "Attack", "she was shot three times outside her home in Tumaco in April", T("Tumaco", "CO", 1, 1.79, -78.79, "Narino", "San Andres de Tumaco"), "2026-04-01", tp=3,
    a1="Unidentified Armed Group (Colombia)", i1=3, a2="Civilians (Colombia)", i2=7, fat=1),
], register="local"),

S("st-al-091", "2026-10-07", """Iran: earthquake kills 12 in Khorasan Razavi villages

TEHRAN, Oct 7 (Wire) - A magnitude 5.8 earthquake struck villages near the town of Kashmar in Iran's northeastern Khorasan Razavi province before dawn on Wednesday, killing 12 people and injuring more than 300, the Red Crescent said.

Rescue teams were searching for survivors in several villages where mud-brick houses collapsed. The provincial governor said about 1,200 homes had been damaged.

Iran lies on major fault lines and suffers frequent earthquakes. A quake in the same province in 2017 killed three people.""", [], negative="disaster"),

S("st-al-092", "2026-03-20", """France: two killed in Marseille shooting as drug gang feud flares; suspects held in Avignon

MARSEILLE, France, March 20 (Wire) - Two young men were shot dead and a third was wounded at the foot of a tower block in Marseille's northern neighbourhoods late on Wednesday, the city's prosecutor said, in what she described as the latest killing in a feud between rival drug gangs over dealing points.

On Thursday morning, police detained three men in Avignon, about 100 km to the north, in connection with the shooting. The car used by the gunmen was found burned in a Marseille suburb.

Drug-related killings in Marseille fell in 2024 and 2025 after a peak of 49 deaths in 2023, according to the prosecutor's office.""", [
  E(cur, "Attack", "Two young men were shot dead and a third was wounded at the foot of a tower block in Marseille's northern neighbourhoods", T("Marseille", "FR", 2, 43.30, 5.38, "Provence-Alpes-Cote d'Azur", "Bouches-du-Rhone"), "wednesday",
    a1="Unidentified Armed Group (France)", i1=3, a2="Civilians (France)", i2=7, fat=2, inj=1),
  E(cur, "Arrests", "police detained three men in Avignon, about 100 km to the north, in connection with the shooting", T("Avignon", "FR", 1, 43.95, 4.81, "Provence-Alpes-Cote d'Azur", "Vaucluse"), "thursday",
    a1="Police Forces of France (2017-)", i1=1, a2="Unidentified Armed Group (France)", i2=3),
]),

S("st-al-093", "2026-04-14", """Ecuador: eight dead in Guayaquil gang gunfight; troops arrest 21 in raids; car bomb outside Machala prison

GUAYAQUIL, Ecuador, April 14 (Wire) - Eight people were killed on Sunday night when members of the Los Lobos and Los Choneros gangs fought with rifles and grenades in the Socio Vivienda housing estate in northwestern Guayaquil, police said. Two of the dead were teenagers who lived on the estate.

Soldiers and police raided houses in the estate on Monday and arrested 21 suspected members of Los Lobos, the armed forces command said, seizing rifles, grenades and drugs.

In the southern city of Machala, a car bomb exploded outside the city's prison early on Tuesday, damaging the outer wall and nearby homes but causing no injuries, police said. Police blamed Los Lobos, which they say is fighting for control of the prison.

President Daniel Noboa has declared an "internal armed conflict" with the gangs and deployed the army in the streets and prisons.""", [
  E(cur, "Armed clash", "members of the Los Lobos and Los Choneros gangs fought with rifles and grenades in the Socio Vivienda housing estate", T("Guayaquil", "EC", 2, -2.20, -79.89, "Guayas", "Guayaquil"), "sunday",
    a1="Los Lobos", i1=3, a2="Los Choneros", i2=3, fat=8),
  E(cur, "Arrests", "arrested 21 suspected members of Los Lobos", T("Guayaquil", "EC", 2, -2.20, -79.89, "Guayas", "Guayaquil"), "monday",
    a1="Military Forces of Ecuador (2023-)", i1=1, a2="Los Lobos", i2=3, assoc_actor_1="Police Forces of Ecuador (2023-)"),
  E(cur, "Remote explosive/landmine/IED", "a car bomb exploded outside the city's prison early on Tuesday", T("Machala", "EC", 1, -3.26, -79.96, "El Oro", "Machala"), "tuesday",
    a1="Los Lobos", i1=3, a2="Police Forces of Ecuador (2023-)", i2=1, fat=0, inj=0),
]),

S("st-al-094", "2026-06-16", """Thailand: bomb kills two rangers in Narathiwat; village headman shot dead in Yala

PATTANI, Thailand, June 16 (Wire) - Two paramilitary rangers were killed and three wounded when a bomb hidden in a motorcycle exploded as their patrol passed a market in Rueso district of Narathiwat province on Monday morning, police said.

Hours later, two men on a motorcycle shot dead a village headman as he drove home through Yala town, police said. No group claimed either attack.

More than 7,000 people have been killed since a separatist insurgency in Thailand's Malay-Muslim majority southern provinces flared in 2004. The government and the main rebel group, the BRN, have held sporadic peace talks.""", [
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a motorcycle exploded as their patrol passed a market in Rueso district", T("Rueso", "TH", 3, 6.39, 101.52, "Narathiwat", "Amphoe Rueso"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2025-)", i2=1, fat=2, inj=3),
  E(cur, "Attack", "two men on a motorcycle shot dead a village headman as he drove home through Yala town", T("Yala", "TH", 1, 6.54, 101.28, "Yala", "Amphoe Mueang Yala"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
]),

S("st-al-095", "2026-09-24", """Iraq: Islamic State attack kills two soldiers near Dibis; jets strike hideouts

BAGHDAD, Sept 24 (Wire) - Islamic State militants attacked an army post near Dibis in Kirkuk province late on Wednesday, killing two soldiers and wounding three, security sources said.

Iraqi F-16 jets struck Islamic State hideouts in the Wadi al-Shay valley south of Kirkuk on Thursday, killing four militants, the Joint Operations Command said.

Islamic State lost its last territory in Iraq in 2017, but its fighters still carry out small-scale attacks in remote areas of Kirkuk, Salahuddin and Diyala provinces.""", [
  E(cur, "Armed clash", "Islamic State militants attacked an army post near Dibis in Kirkuk province", T("Dibis", "IQ", 2, 35.67, 44.07, "Kirkuk", "Dabes"), "wednesday",
    a1="Islamic State (Iraq)", i1=2, a2="Military Forces of Iraq (2022-)", i2=1, fat=2, inj=3),
  E(cur, "Air/drone strike", "Iraqi F-16 jets struck Islamic State hideouts in the Wadi al-Shay valley south of Kirkuk", T("Wadi al-Shay", "IQ", 2, 35.13, 44.18, "Kirkuk", "Daquq"), "thursday",
    a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2, fat=4),
]),
S("st-al-096", "2026-05-20", """Chad: six soldiers killed in Boko Haram raid on Lake Chad island post; fishermen abducted near Bol

N'DJAMENA, May 20 (Wire) - Boko Haram fighters attacked a Chadian army post on the Lake Chad island of Kaiga-Kindjiria before dawn on Tuesday, killing six soldiers, the army said on Wednesday.

The assault, carried out by dozens of fighters who arrived in motorised canoes, lasted about two hours before reinforcements arrived from Bol, an army spokesman said. He said 17 attackers were killed in the fighting at the post and that weapons had been recovered.

"The terrorists who attacked our position at Kaiga-Kindjiria paid a heavy price," the spokesman said on state television.

Separately, armed men believed to be members of Boko Haram abducted nine fishermen from their boats near Bol on Tuesday afternoon, local officials said. Their families have received no ransom demand.

The Lake Chad region, where Chad, Niger, Nigeria and Cameroon meet, has been hit by jihadist attacks for more than a decade.""", [
  E(cur, "Armed clash", "Boko Haram fighters attacked a Chadian army post on the Lake Chad island of Kaiga-Kindjiria", T("Kaiga-Kindjiria", "TD", 1, 13.60, 14.20, "Lac"), "tuesday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Military Forces of Chad (2021-)", i2=1, fat=23),
  E(cur, "Abduction/forced disappearance", "abducted nine fishermen from their boats near Bol on Tuesday afternoon", T("Bol", "TD", 2, 13.47, 14.71, "Lac"), "tuesday",
    a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Civilians (Chad)", i2=7),
]),

S("st-al-097", "2026-06-18", """Taiz: child killed by sniper fire, houses damaged in shelling of eastern districts
(Translated from Arabic. First published by a Taiz news website.)

A nine-year-old boy was killed on Wednesday afternoon by a bullet fired by a Houthi sniper stationed on the hills overlooking the Al-Jahmaliya neighbourhood in eastern Taiz, while he was fetching water with his brother, a medical source at Al-Rawda hospital said.

The boy's brother, aged 12, was also hit in the leg and is in a stable condition, the source added.

In the evening, the Houthi militia shelled residential areas in the Thawra and Al-Jahmaliya districts with mortar rounds, damaging three houses and a mosque, residents said. No casualties were reported in the shelling.

The besieged city has suffered almost daily sniping and shelling by the Houthis since 2015, despite the U.N.-brokered truce of 2022.""", [
  E(cur, "Attack", "A nine-year-old boy was killed on Wednesday afternoon by a bullet fired by a Houthi sniper", T("Taiz", "YE", 2, 13.58, 44.02, "Taiz", "Salh"), "wednesday",
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Civilians (Yemen)", i2=7, fat=1, inj=1),
  E(cur, "Shelling/artillery/missile attack", "the Houthi militia shelled residential areas in the Thawra and Al-Jahmaliya districts with mortar rounds", T("Taiz", "YE", 2, 13.58, 44.02, "Taiz", "Salh"), "wednesday",
    a1="Military Forces of Yemen (2016-) Supreme Political Council", i1=1, a2="Civilians (Yemen)", i2=7, fat=0, inj=0),
], register="local"),

S("st-al-098", "2026-03-26", """Pampanga: barangay captain shot dead in Mexico town; suspect arrested in Angeles

CITY OF SAN FERNANDO, Pampanga, March 26 (Local) - A barangay captain was shot dead by two men on a motorcycle while he was buying coffee at a roadside store in the town of Mexico, Pampanga, on Tuesday morning, police said.

The victim, 58, had been village chief for three terms. Police said they were looking into his work and his role in a local land dispute as possible motives.

On Wednesday, police arrested one of the suspects in a follow-up operation in Angeles City and recovered a .45-calibre pistol, the provincial police director said.

Several local officials in Central Luzon have been killed in ambushes in the run-up to village elections later this year.""", [
  E(cur, "Attack", "A barangay captain was shot dead by two men on a motorcycle", T("Mexico", "PH", 1, 15.06, 120.72, "Central Luzon", "Pampanga"), "tuesday",
    a1="Unidentified Armed Group (Philippines)", i1=3, a2="Civilians (Philippines)", i2=7, fat=1),
  unscored(E(cur, "Arrests", "police arrested one of the suspects in a follow-up operation in Angeles City", T("Angeles City", "PH", 1, 15.15, 120.58, "Central Luzon", "Pampanga"), "wednesday",
    a1="Police Forces of the Philippines (2022-)", i1=1), "actor2", "inter2"),
], register="local"),

S("st-al-099", "2026-04-13", """Sumy remembers victims of Palm Sunday missile strike a year on

SUMY, Ukraine, April 13 (Wire) - Hundreds of people laid flowers and lit candles in the centre of Sumy on Monday, a year after a Russian missile strike on the northern Ukrainian city killed 35 people, including two children, as they gathered for Palm Sunday.

Two ballistic missiles hit the city centre on the morning of April 13, 2025, striking a street full of people and a conference centre. Russia said it had targeted a meeting of military officers; Ukraine said the victims were civilians.

The city's mayor unveiled a memorial plaque on the facade of the damaged university building. Air raid sirens sounded twice during the ceremony.""", [
  E(bg, "Shelling/artillery/missile attack", "Two ballistic missiles hit the city centre on the morning of April 13, 2025", T("Sumy", "UA", 1, 50.92, 34.80, "Sumy", "Sumskyi"), "2025-04-13",
    a1="Military Forces of Russia (2000-)", i1=8, a2="Civilians (Ukraine)", i2=7, fat=35),
], negative="commemoration"),

S("st-al-100", "2026-05-04", """Hastings: shots fired as gang members clash in Flaxmere; armed police patrol suburb

HASTINGS, New Zealand, May 4 (Local) - Members of the Mongrel Mob and Black Power gangs exchanged gunfire on a street in the Hastings suburb of Flaxmere on Sunday afternoon, police said. A 31-year-old man was taken to hospital with a gunshot wound to the arm.

Police said the clash followed weeks of tension between the two gangs. Armed officers were patrolling Flaxmere on Monday, and a school was closed as a precaution.

Police said they had identified several of those involved and expected to make arrests.""", [
  E(cur, "Armed clash", "Members of the Mongrel Mob and Black Power gangs exchanged gunfire on a street in the Hastings suburb of Flaxmere", T("Hastings", "NZ", 2, -39.64, 176.85, "Hawke's Bay", "Hastings"), "sunday",
    a1="Mongrel Mob", i1=3, a2="Black Power", i2=3, inj=1),
], register="local"),

S("st-al-101", "2026-07-08", """Sierra Leone: police tear-gas motorbike taxi riders protesting Freetown ban

FREETOWN, July 8 (Wire) - Police fired tear gas on Wednesday to disperse hundreds of motorbike taxi riders who had gathered at the Clock Tower in central Freetown to protest against a ban on their operating in the city centre, witnesses said.

Police said 18 riders had been arrested for "unlawful assembly" and that their motorbikes had been impounded. The riders' union said several members had been beaten by officers.

The city council says the ban, which took effect on Monday, is needed to reduce accidents and congestion. Motorbike taxis are the main source of income for tens of thousands of young men in Sierra Leone.""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Wednesday to disperse hundreds of motorbike taxi riders", T("Freetown", "SL", 1, 8.49, -13.24, "Western Area", "Western Area Urban"), "wednesday",
    a1="Protesters (Sierra Leone)", i1=6, a2="Police Forces of Sierra Leone (2018-)", i2=1, inj=3),
]),
S("st-al-102", "2026-09-16", """Congo Republic: youths clash with police in Brazzaville over power cuts; 12 arrested at homes

BRAZZAVILLE, Sept 16 (Wire) - Young people set up burning barricades and threw stones at police in the Bacongo and Makelekele districts of Brazzaville on Monday night to protest against power cuts that have left parts of the capital without electricity for days, residents said. Police fired tear gas to clear the roads.

On Tuesday, police arrested 12 young men at their homes in Bacongo, accusing them of leading the unrest, a police spokesman said.

The national electricity company blamed the cuts on low water levels at a hydroelectric dam and on ageing equipment.""", [
  E(cur, "Violent demonstration", "Young people set up burning barricades and threw stones at police in the Bacongo and Makelekele districts of Brazzaville", T("Brazzaville", "CG", 2, -4.27, 15.28, "Brazzaville"), "monday",
    a1="Rioters (Republic of Congo)", i1=5, a2="Police Forces of Republic of Congo (1997-)", i2=1),
  E(cur, "Arrests", "police arrested 12 young men at their homes in Bacongo", T("Brazzaville", "CG", 2, -4.27, 15.28, "Brazzaville"), "tuesday",
    a1="Police Forces of Republic of Congo (1997-)", i1=1, a2="Rioters (Republic of Congo)", i2=5),
]),

S("st-al-103", "2026-06-10", """Liberia: police officer shoots motorcyclist dead in Paynesville; riders burn police depot

MONROVIA, June 10 (Wire) - A police officer shot dead a commercial motorcyclist at a checkpoint in Paynesville, outside Monrovia, on Monday evening after the rider refused to stop, police said. The officer has been suspended and detained.

On Tuesday, hundreds of motorcyclists blocked the main road through Paynesville and set fire to a police depot and two police vehicles, police said. Officers fired tear gas to disperse them, and three officers were hurt by stones.

The justice minister called for calm and promised a full investigation.""", [
  E(cur, "Attack", "A police officer shot dead a commercial motorcyclist at a checkpoint in Paynesville, outside Monrovia", T("Monrovia", "LR", 2, 6.30, -10.80, "Montserrado"), "monday",
    a1="Police Forces of Liberia (2024-)", i1=1, a2="Civilians (Liberia)", i2=7, fat=1),
  E(cur, "Violent demonstration", "hundreds of motorcyclists blocked the main road through Paynesville and set fire to a police depot and two police vehicles", T("Monrovia", "LR", 2, 6.30, -10.80, "Montserrado"), "tuesday",
    a1="Rioters (Liberia)", i1=5, a2="Police Forces of Liberia (2024-)", i2=1, inj=3),
]),

S("st-al-104", "2026-02-19", """Sri Lanka: police use water cannon on students' march in Colombo; union leader arrested

COLOMBO, Feb 19 (Wire) - Police fired water cannon and tear gas on Wednesday to stop several thousand university students marching towards the education ministry in Colombo to protest against a plan to raise fees for some degree courses, witnesses said.

On Thursday morning, police arrested the convener of the Inter-University Students' Federation at a house in Kelaniya, north of Colombo, on charges of obstructing police officers during the march, a police spokesman said.

The government says the fee increase is needed to fund new places in state universities.""", [
  E(cur, "Protest with intervention", "Police fired water cannon and tear gas on Wednesday to stop several thousand university students", T("Colombo", "LK", 1, 6.93, 79.85, "Western", "Colombo"), "wednesday",
    a1="Protesters (Sri Lanka)", i1=6, a2="Police Forces of Sri Lanka (2024-)", i2=1),
  E(cur, "Arrests", "police arrested the convener of the Inter-University Students' Federation at a house in Kelaniya", T("Kelaniya", "LK", 1, 6.96, 79.92, "Western", "Gampaha"), "thursday",
    a1="Police Forces of Sri Lanka (2024-)", i1=1, a2="Civilians (Sri Lanka)", i2=7),
]),

S("st-al-105", "2026-08-28", """Jordan: police disperse protest near Israeli embassy in Amman

AMMAN, Aug 28 (Wire) - Jordanian police used batons to disperse hundreds of protesters who tried to march towards the Israeli embassy in Amman's Rabiyeh district late on Thursday, and detained about 20 people, witnesses said.

The protesters, many carrying Palestinian flags, were calling for the government to cancel its peace treaty with Israel. Police had sealed off the roads leading to the embassy compound.

Jordan has allowed regular protests in solidarity with Gaza but has banned gatherings near the embassy since 2024.""", [
  E(cur, "Protest with intervention", "Jordanian police used batons to disperse hundreds of protesters who tried to march towards the Israeli embassy", T("Amman", "JO", 2, 31.95, 35.93, "Amman"), "thursday",
    a1="Protesters (Jordan)", i1=6, a2="Police Forces of Jordan (1999-)", i2=1),
]),

S("st-al-106", "2026-10-01", """Armenia: police detain 31 as opposition supporters block Yerevan avenue

YEREVAN, Oct 1 (Wire) - Armenian police detained 31 people on Wednesday as opposition supporters blocked Baghramyan Avenue in central Yerevan to demand the resignation of Prime Minister Nikol Pashinyan's government over its border deal with Azerbaijan, the police said.

Officers carried protesters off the road one by one after they refused orders to disperse. Most were released later in the day.

Earlier, several thousand people had rallied peacefully in Freedom Square before marching to the avenue. The opposition lost parliamentary elections in June and says the vote was unfair.""", [
  E(cur, "Protest with intervention", "Armenian police detained 31 people on Wednesday as opposition supporters blocked Baghramyan Avenue", T("Yerevan", "AM", 1, 40.18, 44.51, "Yerevan"), "wednesday",
    a1="Protesters (Armenia)", i1=6, a2="Police Forces of Armenia (2018-)", i2=1),
]),
S("st-al-107", "2026-09-24", """NIGERIA-SECURITY/
Islamic State fighters overrun army base in Nigeria's Marte, soldiers missing

MAIDUGURI, Nigeria, Sept 24 (Wire) - Islamic State West Africa Province (ISWAP) fighters overran an army base in Marte, in Nigeria's northeastern Borno state, late on Tuesday and held it until air strikes forced them out on Wednesday morning, two military sources and a local official said.

At least seven soldiers were killed and more than 20 were missing, the sources said. The fighters burned armoured vehicles and carried away weapons before withdrawing towards the Lake Chad shore. The army has not commented.

The attack is the latest in a string of assaults on military bases in Borno this year. In March, ISWAP fighters overran a base at Wajiroko, near Damboa, killing at least 12 soldiers. In July, a suicide bomber killed 12 people at a fish market in Monguno. In August, troops retook Malam Fatori, near the border with Niger, which ISWAP had held since May.

The insurgency in northeast Nigeria has killed more than 40,000 people since 2009, according to the United Nations.""", [
  E(cur, "Non-state actor overtakes territory", "fighters overran an army base in Marte", T("Marte", "NG", 1, 12.37, 13.83, "Borno", "Marte"), "tuesday",
    a1="Islamic State West Africa Province", i1=2, a2="Military Forces of Nigeria (2023-)", i2=1, fat=7),
  E(bg, "Non-state actor overtakes territory", "ISWAP fighters overran a base at Wajiroko, near Damboa", T("Damboa", "NG", 2, 11.16, 12.76, "Borno", "Damboa"), "2026-03-01", tp=3,
    a1="Islamic State West Africa Province", i1=2, a2="Military Forces of Nigeria (2023-)", i2=1, fat=12),
  unscored(E(bg, "Suicide bomb", "a suicide bomber killed 12 people at a fish market in Monguno", T("Monguno", "NG", 1, 12.67, 13.61, "Borno", "Monguno"), "2026-07-01", tp=3,
    a2="Civilians (Nigeria)", i2=7, fat=12), "actor1", "inter1"),
  E(bg, "Government regains territory", "troops retook Malam Fatori, near the border with Niger", T("Mallam Fatori", "NG", 1, 13.67, 13.34, "Borno", "Abadam"), "2026-08-01", tp=3,
    a1="Military Forces of Nigeria (2023-)", i1=1, a2="Islamic State West Africa Province", i2=2),
]),

S("st-al-108", "2026-06-03", """Taliban say Pakistani air strikes killed eight civilians in Paktika; border clash follows

KABUL/ISLAMABAD, June 3 (Wire) - Pakistani aircraft bombed several houses in Afghanistan's eastern Paktika province late on Monday, killing eight civilians, including three children, a Taliban government spokesman said on Tuesday. He said the strikes hit villages in Barmal district.

Pakistani security officials said the strikes had targeted hideouts of the Pakistani Taliban (TTP) and had killed "dozens of terrorists", but Pakistan's foreign ministry did not confirm the operation.

On Tuesday evening, Afghan Taliban forces fired on Pakistani border posts in the Kurram district, near Parachinar, and Pakistani troops returned fire, Pakistan's military said. It said two Pakistani soldiers and "more than 15" Afghan Taliban fighters were killed. A Taliban spokesman said its forces had responded to "Pakistani aggression" and lost three men.""", [
  E(cur, "Air/drone strike", "Pakistani aircraft bombed several houses in Afghanistan's eastern Paktika province", T("Barmal", "AF", 3, 32.94, 68.79, "Paktika", "Barmal"), "monday",
    a1="Military Forces of Pakistan (2024-)", i1=8, a2="Civilians (Afghanistan)", i2=7, fat=8),
  E(cur, "Armed clash", "Afghan Taliban forces fired on Pakistani border posts in the Kurram district, near Parachinar", T("Parachinar", "PK", 2, 33.90, 70.10, "Khyber Pakhtunkhwa", "Kurram"), "tuesday",
    a1="Military Forces of Afghanistan (2021-)", i1=8, a2="Military Forces of Pakistan (2024-)", i2=1, fat=5),
]),
S("st-al-109", "2026-07-22", """Uppsala: hand grenade thrown at house; police link attack to gang conflict

UPPSALA, Sweden, July 22 (Local) - A hand grenade was thrown at a terraced house in the Gottsunda district of Uppsala early on Wednesday, damaging the front door and windows, police said. A family of four who were asleep inside were not hurt.

Police said the attack was believed to be linked to an ongoing conflict between two criminal networks in the city, and that a relative of one of the network's members lived at the address.

A 16-year-old boy was detained near the scene shortly afterwards on suspicion of attempted murder, police said.""", [
  E(cur, "Grenade", "A hand grenade was thrown at a terraced house in the Gottsunda district of Uppsala", T("Uppsala", "SE", 2, 59.86, 17.64, "Uppsala", "Uppsala Kommun"), "wednesday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
], register="local"),

S("st-al-110", "2026-09-02", """Russia: debris from downed Ukrainian drone damages houses in Tver region's Rzhev

MOSCOW, Sept 2 (Wire) - Air defence units shot down a Ukrainian drone over the town of Rzhev in Russia's Tver region overnight into Wednesday, and falling debris damaged the roofs of two houses, the regional governor said. Nobody was hurt.

Russia's defence ministry said its air defences had destroyed 48 Ukrainian drones over eight regions overnight.

Ukraine has stepped up drone attacks on Russian oil refineries and military sites hundreds of kilometres from the border. A military airfield and an oil pumping station are near Rzhev.""", [
  E(cur, "Disrupted weapons use", "Air defence units shot down a Ukrainian drone over the town of Rzhev", T("Rzhev", "RU", 1, 56.26, 34.33, "Tver"), "wednesday",
    a1="Military Forces of Russia (2000-)", i1=1, a2="Military Forces of Ukraine (2019-)", i2=8, fat=0, inj=0),
]),

S("st-al-111", "2026-02-26", """Niger army opens new base near Algerian border

NIAMEY, Feb 26 (Wire) - Niger's army has opened a new military base at Assamaka, in the northern Arlit department near the border with Algeria, state television reported on Thursday, showing soldiers raising the flag over the camp.

The base will house a battalion tasked with fighting armed groups, smugglers and traffickers in the desert, the defence minister said at the inauguration.

Niger's junta, which took power in a coup in July 2023, has expelled French and U.S. troops and turned to Russia for military help.""", [
  E(cur, "Headquarters or base established", "Niger's army has opened a new military base at Assamaka", T("Arlit", "NE", 2, 18.74, 7.39, "Agadez"), "thursday", tp=2,
    a1="Military Forces of Niger (2023-)", i1=1, a2=None, i2=None),
]),
S("st-al-112", "2026-05-27", """Venezuela: intelligence agents detain two Vente Venezuela activists in Barquisimeto

CARACAS, May 27 (Wire) - Agents of Venezuela's SEBIN intelligence service detained two regional coordinators of the opposition party Vente Venezuela at their homes in Barquisimeto, in Lara state, early on Tuesday, the party said. It said the two were taken to the SEBIN headquarters in the city and had not been allowed to see their lawyers.

The attorney general's office said on Wednesday that the two had been charged with "incitement to hatred" over messages calling for protests.

Rights groups say hundreds of opposition activists have been detained since the disputed 2024 presidential election.""", [
  E(cur, "Arrests", "Agents of Venezuela's SEBIN intelligence service detained two regional coordinators of the opposition party Vente Venezuela", T("Barquisimeto", "VE", 1, 10.06, -69.36, "Lara", "Municipio Iribarren"), "tuesday",
    a1="Police Forces of Venezuela (2013-)", i1=1, a2="Vente Venezuela", i2=7),
]),

S("st-al-113", "2026-05-14", """Bolivia: police clear highway blockade at Parotani; officers hurt by stones

LA PAZ, May 14 (Wire) - Bolivian police and soldiers cleared a road blockade at Parotani, on the main highway between Cochabamba and the western city of Oruro, on Wednesday, after protesters demanding fuel supplies and the release of detained union leaders had blocked it for six days, the government said.

Protesters threw stones and dynamite sticks at the officers, who responded with tear gas, the interior minister said. He said 11 police officers were injured and 27 people arrested.

Shortages of diesel and dollars have set off repeated protests and blockades across Bolivia over the past two years.""", [
  E(cur, "Violent demonstration", "Protesters threw stones and dynamite sticks at the officers", T("Parotani", "BO", 1, -17.57, -66.34, "Cochabamba"), "wednesday",
    a1="Rioters (Bolivia)", i1=5, a2="Police Forces of Bolivia (2025-)", i2=1, inj=11),
]),

S("st-al-114", "2026-08-20", """Chile: trucks set on fire in Araucania; Mapuche group claims attack

TEMUCO, Chile, Aug 20 (Wire) - Hooded men set fire to four logging trucks and a bulldozer at a forestry company's site near Ercilla, in Chile's southern Araucania region, before dawn on Wednesday, after ordering the drivers out at gunpoint, police said. Nobody was hurt.

Leaflets left at the site and signed by the Coordinadora Arauco-Malleco (CAM), a radical Mapuche group, demanded that forestry companies leave what it called ancestral Mapuche land.

The government has kept the army deployed on roads in parts of Araucania and neighbouring Biobio under a state of emergency since 2022.""", [
  E(cur, "Looting/property destruction", "Hooded men set fire to four logging trucks and a bulldozer at a forestry company's site near Ercilla", T("Ercilla", "CL", 2, -38.06, -72.37, "La Araucania", "Provincia de Malleco"), "wednesday",
    a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
]),
]

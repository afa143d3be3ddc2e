"""Multi-event stories written for this project (issue 11), batch ak: unseen by the coders in the session it was written
(2026-11-29, 18:03-21:03), the lead's measure of story generalisation on real-looking multi-event news, as batches s to
aj. Written as hard as aj and apart from it (other places, registers and story shapes): wire stories with a recap
paragraph, a regional military administration's daily report, an NGO monthly summary, official releases with a header
and a footer, local press in translation, one event told three times in different words (one event), a protest broken
up by police (one event), arrests before and after a raid, a town taken and then retaken, claims and denials, threats
and plans, captions of old photos, tallies of a whole war (no events), small towns with namesakes abroad (Tripoli of
Lebanon, Hyderabad of Sindh, Costa Rica of Sinaloa, Moyale of Kenya), and stories with only background, negated or no
events.
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

STORIES = [
S("st-ak-001", "2026-08-18", """LEBANON-SECURITY/
Two dead as gunmen trade fire in Lebanon's Tripoli; Israeli drone kills Hezbollah member in south

TRIPOLI, Lebanon, Aug 18 (Wire) - Two people were killed and nine wounded when gunmen from the rival neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen in the northern city of Tripoli exchanged machine-gun and rocket-propelled grenade fire overnight, a security source said on Tuesday.

The fighting began after an argument at a funeral and went on for about four hours, until the Lebanese army moved armoured vehicles onto Syria Street, the road that divides the mainly Sunni and mainly Alawite districts, and set up checkpoints at the entrances to both. Schools in the area stayed shut on Tuesday.

In the south, an Israeli drone struck a car near the town of Nabatieh on Monday afternoon, killing a Hezbollah member, a security source said. The Israeli military said it had targeted a commander who was trying to rebuild the group's rocket network.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire agreed in November 2024. In January an Israeli strike on a house in Bint Jbeil killed three people.

Tripoli's two neighbourhoods fought more than 20 rounds of battles between 2008 and 2014 that killed more than 200 people, before a security plan put the army in charge of the area.""", [
  E(cur, "Armed clash", "gunmen from the rival neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen in the northern city of Tripoli exchanged machine-gun and rocket-propelled grenade fire overnight",
    T("Tripoli", "LB", 1, 34.43, 35.84, "North"), "monday",
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
]),

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

In Imphal, the marchers, mostly members of the Meira Paibi women's groups, had tried to push through a barricade at Kangla gate. Police used tear gas and batons to push them back, and at least eleven women were treated for breathing problems, organisers said. "We were only demanding protection for our farmers," one of the organisers said.

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
]

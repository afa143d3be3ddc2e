"""Multi-event stories written for this project (issue 11), batch b. Our own words; public place/group names."""
from gold import E, S, unscored, place as P, country as C

RUS = "Military Forces of Russia (2000-)"; ISR = "Military Forces of Israel (2022-)"; USA = "Military Forces of the United States (2025-)"
cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

STORIES = [
S("st-b-001", "2026-06-26", """NAIROBI, Kenya — Police fired tear gas and water cannon at thousands of protesters marching on parliament in Nairobi on Thursday, a year after similar demonstrations left dozens dead.

In Nakuru, demonstrators burned tyres and hurled stones at police, who responded with live rounds, killing one man, a rights group said.

Organisers vowed to hold more protests next week if the finance bill is not withdrawn.

Photo: Protesters run from tear gas in central Nairobi on Thursday. (Wire Photo)""", [
  E(cur, "Protest with intervention", "fired tear gas and water cannon", P("Nairobi", "KE"), "thursday", a1="Protesters (Kenya)", i1=6, a2="Police Forces of Kenya (2022-)", i2=1),
  unscored(E(cap, "Protest with intervention", "Protesters run from tear gas in central Nairobi on Thursday", P("Nairobi", "KE"), "thursday", a1="Protesters (Kenya)", i1=6, a2="Police Forces of Kenya (2022-)", i2=1), "fatalities", "injuries", "geo_precision"),
  E(cur, "Violent demonstration", "burned tyres and hurled stones", P("Nakuru", "KE"), "thursday", a1="Rioters (Kenya)", i1=5, a2="Police Forces of Kenya (2022-)", i2=1, fat=1),
  E(hyp, "Peaceful protest", "protests", C("KE"), None),
]),
S("st-b-002", "2026-04-03", """PORT-AU-PRINCE, Haiti — Gang members attacked the town of Mirebalais on Tuesday night, freeing hundreds of inmates from the local prison and setting fire to the police station, officials said.

At least 10 people were killed in the attack, according to the UN human rights office, which said more than 1,500 people had been killed in gang violence across Haiti in the first three months of the year.

On Wednesday, police and Kenyan-led security mission personnel clashed with gang members near Croix-des-Bouquets. Police said three gang members were killed.""", [
  E(cur, "Non-state actor overtakes territory", "attacked the town", P("Mirebalais", "HT"), "tuesday", a1="Unidentified Armed Group (Haiti)", i1=3, fat=10),
  E(cur, "Armed clash", "clashed", P("Croix-des-Bouquets", "HT", 2, geoname="Croix des Bouquets"), "wednesday", a1="Police Forces of Haiti (2024-)", i1=1,
    a2="Unidentified Armed Group (Haiti)", i2=3, fat=3),
]),
S("st-b-003", "2026-09-04", """MAPUTO (Wire) — Islamist insurgents beheaded four villagers near Mocimboa da Praia in Mozambique's Cabo Delgado province on Monday, the local police commander said.

Rwandan troops later pushed the insurgents out of two villages in the district, a Rwandan army spokesman said, without giving a date.

The conflict has killed more than 6,000 people since it began in 2017.

© 2026 Wire. All rights reserved.""", [
  E(cur, "Attack", "beheaded", P("Mocimboa da Praia", "MZ", 2, geoname="Mocimboa"), "monday", a1="Unidentified Armed Group (Mozambique)", i1=3, a2="Civilians (Mozambique)", i2=7, fat=4),
  E(cur, "Government regains territory", "pushed the insurgents out", P("Mocimboa da Praia", "MZ", 3, a1="Cabo Delgado"), None, a1="Military Forces of Rwanda (2000-)", i1=8,
    a2="Unidentified Armed Group (Mozambique)", i2=3),
]),
S("st-b-004", "2026-02-20", """JALALABAD, Afghanistan — A bomb hidden in a cart exploded outside a mosque in Jalalabad during Friday prayers, killing seven worshippers, Taliban officials said. No group immediately claimed the attack.

It was the second bombing in the eastern city this month. On February 6, a similar device killed two Taliban fighters at a checkpoint.

The Islamic State's regional branch has claimed most such attacks in the past.""", [
  E(cur, "Remote explosive/landmine/IED", "bomb hidden in a cart exploded", P("Jalalabad", "AF"), "friday", a2="Civilians (Afghanistan)", i2=7, fat=7),
  E(bg, "Remote explosive/landmine/IED", "similar device killed", P("Jalalabad", "AF"), "2026-02-06", fat=2),
]),
S("st-b-005", "2026-05-29", """MANILA — Soldiers clashed with Dawlah Islamiyah militants near Datu Piang in Maguindanao on Wednesday, killing three militants, the military's Western Mindanao Command said.

One soldier was wounded in the firefight, which lasted about an hour.

The army said it had recovered rifles and bomb-making materials after the clash.

The militants were behind a bombing at a Catholic mass in Marawi in December 2023 that killed four people.""", [
  E(cur, "Armed clash", "clashed", P("Datu Piang", "PH", 2), "wednesday", a1="Military Forces of the Philippines (2022-)", i1=1, a2="Dawlah Islamiyah", i2=2, fat=3, inj=1),
  E(bg, "Remote explosive/landmine/IED", "bombing", P("Marawi", "PH", geoname="Marawi City"), "2023-12-01", tp=3, fat=4),
], register="official"),
S("st-b-006", "2026-01-15", """PATTANI, Thailand — Suspected insurgents detonated a roadside bomb targeting a ranger patrol in Narathiwat province on Wednesday, wounding three rangers, police said.

In neighbouring Yala, gunmen on a motorcycle shot dead a village headman on Tuesday evening.

No group claimed either attack. More than 7,000 people have been killed in the far south since 2004.""", [
  E(cur, "Remote explosive/landmine/IED", "detonated a roadside bomb", P("Narathiwat", "TH", 3), "wednesday", a2="Military Forces of Thailand (2025-)", i2=1, fat=None, inj=3),
  E(cur, "Attack", "shot dead", P("Yala", "TH", 3), "tuesday", a2="Civilians (Thailand)", i2=7, fat=1),
], register="local"),
S("st-b-007", "2026-07-08", """NIAMEY (Wire) — Gunmen killed 21 soldiers in an attack on an army post in Niger's Tillaberi region on Sunday, the defence ministry said, adding that "dozens of terrorists were neutralised" in the response.

A statement attributed to the Islamic State Sahel Province said its fighters had killed 40 soldiers.

The ministry announced three days of national mourning.""", [
  E(cur, "Armed clash", "attack on an army post", P("Tillaberi", "NE", 3), "sunday", a2="Military Forces of Niger (2023-)", i2=1, fat=33),
]),
S("st-b-008", "2026-05-19", """TRIPOLI, Libya — Clashes broke out between rival armed groups in Tripoli late on Monday, with heavy gunfire heard in several districts, residents said.

The health ministry said six people were killed, including two civilians, and 23 wounded.

The fighting eased on Tuesday after tribal elders brokered a ceasefire.

The clashes were the worst in the capital since August 2023, when 55 people were killed.""", [
  E(cur, "Armed clash", "Clashes broke out", P("Tripoli", "LY"), "monday", fat=6, inj=23),
  E(cur, "Agreement", "brokered a ceasefire", P("Tripoli", "LY"), "tuesday"),
  E(bg, "Armed clash", "clashes", P("Tripoli", "LY"), "2023-08-01", tp=3, fat=55),
]),
S("st-b-009", "2026-03-14", """JUBA — White Army militiamen overran an army garrison in Nasir, Upper Nile state, on Tuesday, the government said, calling the attack a violation of the peace agreement.

A UN helicopter trying to evacuate wounded soldiers from the town came under fire on Friday, killing a crew member, the UN mission said.

The government arrested two ministers allied with the opposition after the attack.""", [
  E(cur, "Non-state actor overtakes territory", "overran an army garrison", P("Nasir", "SS", lat=8.60, lon=33.07, a1="Upper Nile"), "tuesday", a1="White Army", i1=4, a2="Military Forces of South Sudan (2011-)", i2=1),
  E(cur, "Armed clash", "came under fire", P("Nasir", "SS", lat=8.60, lon=33.07, a1="Upper Nile"), "friday", fat=1),
  E(cur, "Arrests", "arrested two ministers", C("SS"), None, a1="Police Forces of South Sudan (2011-)", i1=1, a2="Civilians (South Sudan)", i2=7),
]),
S("st-b-010", "2026-10-30", """GUSAU, Nigeria — Bandits abducted at least 30 people in a night raid on a village near Zurmi in Zamfara state on Tuesday, residents said.

Police confirmed the kidnapping but put the number at 17.

Last week, bandits killed nine farmers near Kaura Namoda and burned their crops. Local vigilantes said they had killed several of the attackers.""", [
  E(cur, "Abduction/forced disappearance", "abducted", P("Zurmi", "NG", 2), "tuesday", a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=None),
  E(bg, "Attack", "killed nine farmers", P("Kaura Namoda", "NG", 2), "2026-10-19", tp=2, a2="Civilians (Nigeria)", i2=7, fat=9),
], register="local"),
S("st-b-011", "2026-08-22", """MOSCOW (Wire) — Ukrainian drones attacked the city of Belgorod on Friday, damaging an electricity substation and wounding two people, the regional governor said.

Russia's defence ministry said air defences destroyed 27 Ukrainian drones over the Belgorod and Kursk regions overnight.

In Shebekino, near the border, shelling killed a woman on Thursday, the governor said.""", [
  E(cur, "Air/drone strike", "drones attacked", P("Belgorod", "RU"), "friday", a1="Military Forces of Ukraine (2019-)", i1=8, a2="Civilians (Russia)", i2=7, fat=None, inj=2),
  E(cur, "Shelling/artillery/missile attack", "shelling", P("Shebekino", "RU"), "thursday", a1="Military Forces of Ukraine (2019-)", i1=8, a2="Civilians (Russia)", i2=7, fat=1),
]),
S("st-b-012", "2026-10-01", """ZAHEDAN, Iran — Security forces opened fire on worshippers protesting after Friday prayers in Zahedan, killing four people, a rights group said.

State media said "rioters" had attacked a police station and that officers had arrested 40 people.

The protest marked the anniversary of a crackdown in the city in 2022 in which more than 90 people were killed.""", [
  E(cur, "Excessive force against protesters", "opened fire on worshippers protesting", P("Zahedan", "IR"), "friday", a1="Protesters (Iran)", i1=6, a2="Police Forces of Iran (1989-)", i2=1, fat=4),
  E(bg, "Excessive force against protesters", "crackdown", P("Zahedan", "IR"), "2022-01-01", tp=3, fat=90),
], register="ngo"),
S("st-b-013", "2026-07-17", """ERBIL, Iraq — Turkish warplanes struck suspected PKK positions near Amadiya in Iraq's Kurdistan region on Wednesday, local officials said.

The Turkish defence ministry said 14 "terrorists" were neutralised in air operations in northern Iraq over the past week.

The strikes came days after the PKK said it would begin laying down its arms.""", [
  E(cur, "Air/drone strike", "struck", P("Amadiya", "IQ", 2, geoname="Al `Amadiyah"), "wednesday", a1="Military Forces of Turkey (2002-)", i1=8, a2="PKK: Kurdistan Workers Party", i2=2),
]),
S("st-b-014", "2026-12-04", """U.S. AFRICA COMMAND
Press release
In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against al-Shabaab near Jilib on Dec. 2.

The command's initial assessment is that the airstrike killed three terrorists and that no civilians were injured or killed.

Earlier, on Nov. 27, an airstrike near Kismayo killed an al-Shabaab commander.

AFRICOM will continue to take action to prevent al-Shabaab from planning attacks.""", [
  E(cur, "Air/drone strike", "conducted an airstrike", P("Jilib", "SO", 2), "2026-12-02", a1=USA, i1=8, a2="Al Shabaab", i2=2, fat=3),
  E(bg, "Air/drone strike", "airstrike near Kismayo", P("Kismayo", "SO", 2), "2026-11-27", a1=USA, i1=8, a2="Al Shabaab", i2=2, fat=1),
], register="official"),
S("st-b-015", "2026-12-02", """TBILISI (Wire) — Thousands of people rallied outside parliament in Tbilisi for a fifth straight night on Monday against the government's decision to suspend EU accession talks.

Riot police used water cannon and pepper spray to clear the avenue after midnight and detained 30 people, the interior ministry said.

In Batumi, several hundred people marched peacefully through the city centre.""", [
  E(cur, "Protest with intervention", "used water cannon and pepper spray", P("Tbilisi", "GE"), "monday", a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1),
  E(cur, "Peaceful protest", "marched", P("Batumi", "GE"), "monday", a1="Protesters (Georgia)", i1=6),
]),
S("st-b-016", "2026-03-16", """BELGRADE — Tens of thousands of people marched through Belgrade on Saturday in one of the largest anti-government demonstrations in Serbia in decades.

The protest was peaceful, police said, though officers detained two men who attacked students near the parliament.

Students have staged protests across the country since a railway station canopy collapsed in Novi Sad in November 2024, killing 15 people.""", [
  E(cur, "Peaceful protest", "marched", P("Belgrade", "RS"), "saturday", a1="Protesters (Serbia)", i1=6),
  E(cur, "Arrests", "detained two men", P("Belgrade", "RS"), "saturday", a1="Police Forces of Serbia (2012-)", i1=1, a2="Civilians (Serbia)", i2=7),
]),
S("st-b-017", "2026-01-12", """LIMA, Peru — Protesters blocked roads and tried to storm the airport in Juliaca on Friday, and police fired live rounds, killing two demonstrators, the ombudsman's office said.

Protests demanding the president's resignation have spread across southern Peru since December.

In Puno, shopkeepers closed their businesses on Saturday in a peaceful strike.""", [
  E(cur, "Violent demonstration", "tried to storm the airport", P("Juliaca", "PE"), "friday", a1="Rioters (Peru)", i1=5, a2="Police Forces of Peru (2025-)", i2=1, fat=2),
  E(cur, "Peaceful protest", "peaceful strike", P("Puno", "PE"), "saturday", a1="Protesters (Peru)", i1=6),
]),
S("st-b-018", "2026-07-03", """PARIS (Wire) — Rioters set cars and a town hall on fire in Nanterre overnight into Sunday, the third night of unrest after police shot dead a teenager at a traffic stop, officials said.

Police arrested 150 people in the Paris region, the interior minister said.

In Marseille, youths looted shops on Saturday night.""", [
  E(cur, "Violent demonstration", "set cars and a town hall on fire", P("Nanterre", "FR"), "sunday", a1="Rioters (France)", i1=5),
  E(cur, "Violent demonstration", "looted shops", P("Marseille", "FR"), "saturday", a1="Rioters (France)", i1=5),
  E(bg, "Attack", "shot dead a teenager", P("Nanterre", "FR"), "2026-06-25", tp=2, a1="Police Forces of France (2017-)", i1=1, fat=1),
]),
S("st-b-019", "2026-02-10", """QAMISHLI, Syria — A car bomb exploded near a checkpoint run by the Kurdish-led Syrian Democratic Forces in Manbij on Sunday, killing five fighters, the group said.

The SDF blamed Turkish-backed factions for the bombing. Turkey did not comment.

On Monday, a Turkish drone struck a vehicle near Qamishli, wounding two SDF members, the Kurdish Hawar news agency reported.""", [
  E(cur, "Remote explosive/landmine/IED", "car bomb exploded", P("Manbij", "SY"), "sunday", a2="QSD: Syrian Democratic Forces", i2=2, fat=5),
  E(cur, "Air/drone strike", "drone struck", P("Qamishli", "SY", 2, geoname="Al Qamishli"), "monday", a1="Military Forces of Turkey (2002-)", i1=8, a2="QSD: Syrian Democratic Forces", i2=2, fat=None, inj=2),
]),
S("st-b-020", "2026-04-24", """GENEVA (Reuters) - The UN human rights office said on Thursday it was alarmed by reports that armed men had raped at least 20 women and girls during an attack on the village of Tawila in North Darfur last week.

The office also said it had documented the killing of 12 civilians in El Geneina on Monday by fighters on motorbikes.

The Rapid Support Forces denied carrying out attacks on civilians.""", [
  E(cur, "Sexual violence", "raped", P("Tawila", "SD", lat=13.50, lon=24.87, a1="Northern Darfur"), "2026-04-13", tp=2, a2="Civilians (Sudan)", i2=7),
  E(cur, "Attack", "killing of 12 civilians", P("El Geneina", "SD", geoname="Geneina"), "monday", a2="Civilians (Sudan)", i2=7, fat=12),
], register="ngo"),
]

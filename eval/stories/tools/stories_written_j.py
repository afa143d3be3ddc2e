"""Multi-event stories written for this project (issue 11), batch j: weighted toward what fails most on held-out
news — one event told several times (headline, lead, quote, a later paragraph, a closing recap) that must stay one
record; protests that turn violent with tear gas, arrests, arson and looting told in later paragraphs (one Violent
demonstration per town and day, eval/WRITERS.md); statements about deaths ("succumbed to his injuries", "the
ministry announced the death of") that add to an event already told and are no new event; speakers and officials
at a rally who are not a second protest; military and police releases with several units, and a capture followed by
the detention of the same suspects (one Arrests event); recalled events with and without dates; stories with no
current event (a trial, an anniversary, a tally). Countries the earlier batches have least (Europe, the Gulf and the
Maghreb, East and Southeast Asia, Central America and the Caribbean, southern and West Africa). Our own words;
invented incidents at real places, public group names; US government releases are written in their register, not
copied. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ITA_POL = "Police Forces of Italy (2022-)"; BGR_POL = "Police Forces of Bulgaria (2025-)"; GEO_POL = "Police Forces of Georgia (2012-)"
ARM_POL = "Police Forces of Armenia (2018-)"; PAK = "Military Forces of Pakistan (2024-)"
PHL = "Military Forces of the Philippines (2022-)"; BHR_POL = "Police Forces of Bahrain (1999-)"

STORIES = [
S("st-j-001", "2026-02-16", """ITALY-PROTESTS/
Police fire tear gas as Turin march against rail line turns violent; 11 officers hurt

ROME, Feb 16 (Wire) - Police fired tear gas and used water cannon in Turin on Saturday after masked demonstrators at a march against the Turin-Lyon high-speed rail line threw stones, firecrackers and bottles at officers guarding the regional government building, police said.

Eleven officers were injured in the clashes and 17 people were detained, four of whom were later placed under arrest, the Turin police headquarters said on Sunday. Two cars and several rubbish bins were set on fire in Via Po, and the windows of a bank branch were smashed.

About 5,000 people had set off peacefully from Piazza Statuto in the early afternoon. Organisers said the trouble had been started by "a few dozen people" who joined the back of the march, and that the police charges had also hit families and elderly marchers.

"What we saw in Turin was not a protest. It was organised violence against people in uniform," the interior minister said on Monday, promising that those responsible for Saturday's clashes would face "the full force of the law".

In Rome, several thousand secondary school students marched from Piazza della Repubblica to the education ministry on the same day against a reform of technical schools. The march ended without incident.

The No TAV movement has opposed the rail line through the Susa valley for more than 30 years. In July 2025, protesters clashed with police at the tunnel building site in Chiomonte, west of Turin. Magistrates in Turin have opened an investigation into Saturday's violence.""", [
  E(cur, "Violent demonstration", "threw stones, firecrackers and bottles at officers", P("Turin", "IT", 1, lat=45.07, lon=7.69, a1="Piemonte", a2="Torino"),
    "saturday", a1="Rioters (Italy)", i1=5, a2=ITA_POL, i2=1, fat=None, inj=11),
  E(cur, "Peaceful protest", "secondary school students marched", P("Rome", "IT", 1, lat=41.89, lon=12.51, a1="Lazio", a2="Roma"), "saturday",
    a1="Protesters (Italy)", i1=6),
  unscored(E(bg, "Violent demonstration", "protesters clashed with police at the tunnel building site in Chiomonte",
             P("Chiomonte", "IT", 1, lat=45.12, lon=6.98, a1="Piemonte", a2="Torino"), "2025-07-01", tp=3), "actor1", "inter1", "actor2", "inter2", "fatalities"),
]),

S("st-j-002", "2026-03-03", """Sofia budget protest ends in clashes; 23 detained

SOFIA — Tens of thousands of people marched through central Sofia on Monday evening against the government's draft budget for 2026, in the largest protest in the Bulgarian capital for several years. Towards the end of the rally, groups of young men threw bottles and firecrackers at police outside the parliament building, smashed the windows of the ruling party's headquarters and set fire to rubbish containers.

Police said 23 people had been detained and six officers injured. The interior ministry said the violence had been the work of "organised groups of football hooligans" and had nothing to do with the peaceful majority of the protesters.

Speakers from the opposition parties that called the protest addressed the crowd from a stage in front of the Palace of Justice, demanding that the government withdraw the budget, which raises social security contributions and the tax on dividends. The mayor of Sofia told the crowd that the capital would not "pay for the government's mistakes".

Smaller protests were held the same evening in Plovdiv, Varna and Burgas. All three ended peacefully, police said.

On Tuesday the prime minister said the government would "listen to the people" and review the budget, but condemned what he called an attempt to turn a peaceful protest into a riot.""", [
  E(cur, "Violent demonstration", "threw bottles and firecrackers at police", P("Sofia", "BG", 1, lat=42.70, lon=23.32, a1="Sofia", a2="Stolichna Obshtina"),
    "monday", a1="Rioters (Bulgaria)", i1=5, a2=BGR_POL, i2=1, fat=None, inj=6),
  E(cur, "Peaceful protest", "Smaller protests were held the same evening in Plovdiv", P("Plovdiv", "BG", 1, lat=42.15, lon=24.75, a1="Plovdiv", a2="Obshtina Plovdiv"),
    "monday", a1="Protesters (Bulgaria)", i1=6),
  E(cur, "Peaceful protest", "Varna", P("Varna", "BG", 1, lat=43.22, lon=27.91, a1="Varna", a2="Obshtina Varna"), "monday", a1="Protesters (Bulgaria)", i1=6),
  E(cur, "Peaceful protest", "Burgas", P("Burgas", "BG", 1, lat=42.51, lon=27.47, a1="Burgas", a2="Obshtina Burgas"), "monday", a1="Protesters (Bulgaria)", i1=6),
], register="local"),

S("st-j-003", "2025-12-09", """GEORGIA POLICE DISPERSE RUSTAVELI PROTEST, DETAIN OPPOSITION FIGURE AT HOME

TBILISI, Dec 9 (Wire) - Georgian riot police used water cannon and pepper spray late on Monday to clear protesters who had blocked Rustaveli Avenue outside parliament, detaining at least 30 people, the interior ministry said.

Several hundred people had gathered in the evening, as they have almost every night for more than a year, to demand new elections and the release of jailed protesters. Police moved in shortly before midnight, after the ministry said the demonstrators had been warned that blocking the road was now a criminal offence for repeat offenders.

Early on Tuesday, officers detained an opposition party leader at his flat in the Vake district of the capital, his party said, on charges of organising the blocking of a road. The party called the arrest "political revenge".

"Blocking a road is not a protest, it is a crime, and it will be treated as one," the interior minister told reporters. The ministry said 14 of those detained overnight faced administrative charges and the rest had been released.

The nightly protests began in late November 2024, when the government said it would suspend talks on joining the European Union. In the first weeks of those protests, riot police used tear gas and water cannon against crowds outside parliament night after night, and hundreds of people were detained.""", [
  E(cur, "Protest with intervention", "used water cannon and pepper spray late on Monday to clear protesters", P("Tbilisi", "GE", 1, lat=41.69, lon=44.83, a1="Tbilisi"),
    "monday", a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
  unscored(E(cur, "Arrests", "officers detained an opposition party leader at his flat", P("Tbilisi", "GE", 1, lat=41.69, lon=44.83, a1="Tbilisi"), "tuesday",
             a1=GEO_POL, i1=1), "actor2", "inter2"),
  E(bg, "Protest with intervention", "riot police used tear gas and water cannon against crowds outside parliament", P("Tbilisi", "GE", 1, lat=41.69, lon=44.83, a1="Tbilisi"),
    "2024-11-01", tp=3, a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
]),

S("st-j-004", "2026-03-16", """HUNGARY-POLITICS/
Rival rallies fill Budapest on national day, four weeks before election

BUDAPEST, March 16 (Wire) - Tens of thousands of supporters of Prime Minister Viktor Orbán and of his main challenger held rival rallies in Budapest on Sunday, the national holiday that marks the 1848 revolution, four weeks before a parliamentary election that polls suggest will be the closest in two decades.

Government supporters walked across the Margaret Bridge to Kossuth Square in front of parliament in a "Peace March" organised by a pro-government civic group, waving national flags and placards praising the government's family policies. Orbán told the crowd that the election was a choice "between peace and war".

About three kilometres away, supporters of the opposition Tisza party filled Heroes' Square, where the party's leader accused the government of enriching its friends while hospitals and schools fell apart. Organisers of both rallies claimed more than 100,000 participants; independent estimates were lower.

Both rallies passed off peacefully, police said. Earlier in the day, the president laid a wreath at the National Museum at the official ceremony for the holiday, which the prime minister did not attend.

National holidays have been flashpoints before. In October 2006, on the 50th anniversary of the 1956 uprising, riot police fired tear gas and rubber bullets at protesters demanding the resignation of the then prime minister, and dozens of people were injured.""", [
  E(cur, "Peaceful protest", "walked across the Margaret Bridge to Kossuth Square", P("Budapest", "HU", 1, lat=47.50, lon=19.04, a1="Budapest"), "sunday",
    a1="Protesters (Hungary)", i1=6),
  E(cur, "Peaceful protest", "supporters of the opposition Tisza party filled Heroes' Square", P("Budapest", "HU", 1, lat=47.50, lon=19.04, a1="Budapest"), "sunday",
    a1="Protesters (Hungary)", i1=6),
  unscored(E(bg, "Protest with intervention", "riot police fired tear gas and rubber bullets at protesters", P("Budapest", "HU", 1, lat=47.50, lon=19.04,
             a1="Budapest"), "2006-10-01", tp=3, a1="Protesters (Hungary)", i1=6), "actor2", "inter2", "fatalities", "sub_event_type"),
]),
S("st-j-005", "2026-04-14", """POLICE OF THE REPUBLIC OF ARMENIA
Information, 14 April 2026

On 13 April 2026, from around 11:00, participants of a rally organised by the "Our Way" movement blocked Baghramyan Avenue and adjacent streets in Yerevan, disrupting the movement of vehicles and public transport.

Police officers repeatedly warned the participants that blocking the streets was unlawful and called on them to stop their actions. After the demands were ignored, police officers cleared the carriageway. In total, 41 citizens were brought to police divisions, of whom 37 were released after administrative proceedings were drawn up. Materials on four citizens who resisted police officers have been sent to the Investigative Committee.

During the clearing of the streets, three police officers received bodily injuries. Medical assistance was provided to two participants of the rally.

On the same day, a march held in Gyumri by supporters of the same movement passed without violations of public order.

The Police of the Republic of Armenia once again call on citizens to exercise their right to freedom of assembly within the law.

Editor's note: The "Our Way" movement was set up last year by supporters of a jailed businessman and has held weekly rallies in the capital since January. Its leaders say the government is persecuting the Armenian Apostolic Church and the opposition. On 1 March 2008, police broke up opposition protests in Yerevan against the result of the presidential election; ten people were killed.""", [
  E(cur, "Protest with intervention", "police officers cleared the carriageway", P("Yerevan", "AM", 1, lat=40.18, lon=44.51, a1="Erevan"), "2026-04-13",
    a1="Protesters (Armenia)", i1=6, a2=ARM_POL, i2=1, fat=None, inj=5),
  E(cur, "Peaceful protest", "a march held in Gyumri", P("Gyumri", "AM", 1, lat=40.79, lon=43.85, a1="Shirak", a2="Gyumri"), "2026-04-13",
    a1="Protesters (Armenia)", i1=6),
  unscored(E(bg, "Excessive force against protesters", "police broke up opposition protests in Yerevan", P("Yerevan", "AM", 1, lat=40.18, lon=44.51, a1="Erevan"),
             "2008-03-01", a1="Protesters (Armenia)", i1=6, fat=10), "actor2", "inter2"),
], register="official"),
]

HTI_POL = "Police Forces of Haiti (2024-)"; VIV = "Viv Ansanm"

STORIES += [
S("st-j-006", "2026-05-06", """Haiti: Gang Attack on Lascahobas

PRESS STATEMENT
Office of the Spokesperson
May 6, 2026

The United States condemns in the strongest terms the May 3 attack by members of the Viv Ansanm gang coalition on the town of Lascahobas, in Haiti's Centre Department, which killed at least 17 civilians, including women and children. Gang members set fire to homes, a school and a health clinic, and thousands of residents have fled toward the Dominican border.

This senseless violence against innocent Haitians must stop. We extend our condolences to the families of those killed in Lascahobas and call on the Transitional Presidential Council and the Government of Haiti to ensure that those responsible for the attack are held accountable.

The attack on Lascahobas comes more than a year after Viv Ansanm seized the nearby town of Mirebalais in March 2025, freeing hundreds of prisoners from its jail. The Department of State designated Viv Ansanm and Gran Grif as Foreign Terrorist Organizations in May 2025.

According to the United Nations, more than 1,500 people were killed in gang violence across Haiti in the first three months of this year.

The United States remains committed to supporting the Haitian National Police and the Gang Suppression Force as they work to restore security and allow Haitians to return to their homes.""", [
  E(cur, "Attack", "the May 3 attack by members of the Viv Ansanm gang coalition on the town of Lascahobas",
    P("Lascahobas", "HT", 1, lat=18.83, lon=-71.94, a1="Centre", a2="Arrondissement de Lascahobas"), "2026-05-03",
    a1=VIV, i1=3, a2="Civilians (Haiti)", i2=7, fat=17),
  unscored(E(bg, "Non-state actor overtakes territory", "Viv Ansanm seized the nearby town of Mirebalais",
             P("Mirebalais", "HT", 1, lat=18.83, lon=-72.10, a1="Centre", a2="Arrondissement de Mirebalais"), "2025-03-01", tp=3, a1=VIV, i1=3),
           "actor2", "inter2", "fatalities"),
], register="official"),

S("st-j-007", "2026-02-25", """No PR-38/2026-ISPR
Rawalpindi - February 25, 2026

On 23 February 2026, terrorists attacked a security forces' check post in the general area of Jani Khel, Bannu District. Own troops effectively responded to the attack and, in the ensuing exchange of fire, six terrorists were sent to hell. During the intense exchange of fire, three brave soldiers, having fought gallantly, embraced shahadat.

A fourth soldier, Sepoy Muhammad Arif (age 22 years, resident of District Karak), who was critically injured in the exchange of fire at the Bannu check post, succumbed to his injuries at Combined Military Hospital Bannu on 24 February.

In another engagement, on 24 February 2026, security forces conducted an intelligence based operation in the general area of Miran Shah, North Waziristan District, on the reported presence of terrorists. During the conduct of the operation, own troops effectively engaged the terrorists' location and, as a result, four terrorists were killed.

Weapons and ammunition were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities against the security forces as well as the target killing of innocent civilians.

Sanitisation operations are being conducted to eliminate any other terrorists found in the area. Security forces of Pakistan are determined to wipe out the menace of terrorism from the country, and such sacrifices of our brave soldiers further strengthen our resolve.""", [
  E(cur, "Armed clash", "terrorists attacked a security forces' check post", P("Jani Khel", "PK", 2, lat=32.84, lon=70.46, a1="Khyber Pakhtunkhwa", a2="Bannu"),
    "2026-02-23", a1="Unidentified Armed Group (Pakistan)", i1=3, a2=PAK, i2=1, fat=10),
  E(cur, "Armed clash", "security forces conducted an intelligence based operation", P("Miran Shah", "PK", 1, lat=33.00, lon=70.07, a1="Khyber Pakhtunkhwa",
    a2="North Waziristan"), "2026-02-24", a1=PAK, i1=1, a2="Unidentified Armed Group (Pakistan)", i2=3, fat=4),
], register="official"),

S("st-j-008", "2026-03-19", """PRESS RELEASE
3rd Infantry (Spearhead) Division, Philippine Army
Camp General Macario Peralta Jr., Jamindan, Capiz
19 March 2026

Two NPA rebels killed, one captured in Kabankalan encounter

KABANKALAN CITY, Negros Occidental — Troops of the 94th Infantry Battalion clashed with about 15 members of the New People's Army (NPA) in Barangay Camansi, Kabankalan City, at about 6:30 a.m. on Tuesday, 17 March, after residents reported that armed men were demanding "revolutionary taxes" from farmers in the area.

The firefight lasted about 20 minutes. Two rebels were killed, and troops captured a wounded NPA member who was left behind by his companions. He was brought to a hospital in Kabankalan and was later turned over to the police. Soldiers recovered two M16 rifles, a pistol and subversive documents at the site.

One soldier was wounded in the encounter. Private First Class Ronel Dagoy, 25, died of his wounds at a hospital in Bacolod City on Wednesday, the division said.

"The encounter in Camansi shows that the people of southern Negros no longer tolerate the NPA's extortion. We salute PFC Dagoy, who gave his life so that the farmers of Kabankalan can live in peace," said the commander of the 3rd Infantry Division.

The division said the rebels belonged to a unit of the NPA's Southwest Front that had also been involved in an encounter with troops in Himamaylan City in January 2025, in which three rebels were killed. It urged the remaining members of the unit to surrender and avail of the government's reintegration programme.""", [
  E(cur, "Armed clash", "clashed with about 15 members of the New People's Army (NPA)", P("Kabankalan", "PH", 2, lat=9.98, lon=122.81, a1="Negros Island Region",
    a2="Negros Occidental"), "2026-03-17", a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=3, inj=1),
  E(bg, "Armed clash", "an encounter with troops in Himamaylan City", P("Himamaylan", "PH", 1, lat=10.10, lon=122.87, a1="Negros Island Region",
    a2="Negros Occidental"), "2025-01-01", tp=3, a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=3),
], register="official"),

S("st-j-009", "2026-02-15", """Bahraini police fire tear gas at anniversary march in Sanabis

MANAMA (Wire) — Police fired tear gas and stun grenades on Saturday evening to disperse several hundred people marching through the village of Sanabis, west of Manama, on the anniversary of the 2011 uprising, residents and an exiled opposition group said.

The marchers carried pictures of jailed opposition leaders and chanted for their release. Riot police moved in after about half an hour, and six young men were arrested, the opposition group said in a statement. Videos shared online showed clouds of tear gas filling narrow streets and people running into houses.

The interior ministry said police had dispersed "an unlicensed gathering that obstructed traffic" in Sanabis and that those arrested would be referred to the public prosecution. It made no mention of the use of tear gas.

In nearby Jidd Hafs, about 100 people held a candlelit vigil outside a mosque the same evening. It ended without any police intervention, residents said.

On 17 February 2011, police stormed a protest camp at the Pearl Roundabout in Manama before dawn, killing four protesters. Protests have been banned since 2013, and the main opposition groups were dissolved by the courts in 2016 and 2017.""", [
  E(cur, "Protest with intervention", "fired tear gas and stun grenades on Saturday evening to disperse several hundred people",
    P("Sanabis", "BH", 1, lat=26.23, lon=50.55, a1="Manama"), "saturday", a1="Protesters (Bahrain)", i1=6, a2=BHR_POL, i2=1),
  E(cur, "Peaceful protest", "held a candlelit vigil outside a mosque", P("Jidd Hafs", "BH", 1, lat=26.22, lon=50.55, a1="Manama"), "saturday",
    a1="Protesters (Bahrain)", i1=6),
  E(bg, "Excessive force against protesters", "police stormed a protest camp at the Pearl Roundabout in Manama", P("Manama", "BH", 1, lat=26.23, lon=50.59, a1="Manama"),
    "2011-02-17", a1="Protesters (Bahrain)", i1=6, a2=BHR_POL, i2=1, fat=4),
]),
]

DZA_POL = "Police Forces of Algeria (2019-)"; KOR_POL = "Police Forces of South Korea (2025-)"; 
NER = "Military Forces of Niger (2023-)"; JPN_POL = "Police Forces of Japan (2025-)"

STORIES += [
S("st-j-010", "2026-02-23", """ALGERIA POLICE BREAK UP HIRAK ANNIVERSARY MARCH, DETAIN DOZENS

ALGIERS, Feb 23 (Wire) - Algerian police on Sunday broke up an attempt to mark the seventh anniversary of the Hirak protest movement in central Algiers, detaining dozens of people who had gathered near the Grande Poste, lawyers and a rights group said.

Plainclothes officers and riot police, deployed in large numbers since the morning, pushed small groups of protesters into side streets and put them into police vans as soon as they began to chant, witnesses said. The National Committee for the Liberation of Detainees (CNLD) said at least 47 people had been taken to police stations in the capital; most were released in the evening.

In Béjaïa, east of the capital, several hundred people marched through the town centre chanting Hirak slogans. Police watched but did not intervene, residents said.

On Monday morning, police detained a journalist at his home in Tizi Ouzou after he posted videos of the Béjaïa march, his lawyer said. There was no comment from the authorities.

On 22 February 2019, hundreds of thousands of Algerians marched in cities across the country against a fifth term for President Abdelaziz Bouteflika, who resigned six weeks later. Weekly marches continued until the authorities banned them during the COVID-19 pandemic in 2020.""", [
  E(cur, "Protest with intervention", "broke up an attempt to mark the seventh anniversary of the Hirak protest movement", P("Algiers", "DZ", 1, lat=36.73, lon=3.09, a1="Algiers"),
    "sunday", a1="Protesters (Algeria)", i1=6, a2=DZA_POL, i2=1),
  E(cur, "Peaceful protest", "several hundred people marched through the town centre", P("Bejaia", "DZ", 1, lat=36.76, lon=5.08, a1="Bejaia"), "sunday",
    a1="Protesters (Algeria)", i1=6),
  unscored(E(cur, "Arrests", "police detained a journalist at his home in Tizi Ouzou", P("Tizi Ouzou", "DZ", 1, lat=36.71, lon=4.05, a1="Tizi Ouzou"), "monday",
             a1=DZA_POL, i1=1), "actor2", "inter2"),
  E(bg, "Peaceful protest", "hundreds of thousands of Algerians marched in cities across the country", C("DZ"), "2019-02-22", a1="Protesters (Algeria)", i1=6),
]),

S("st-j-011", "2026-01-30", """Oman court jails four men for helping gunmen in 2024 mosque attack

MUSCAT — A court in Muscat on Thursday sentenced four men to prison terms of between ten years and life for helping the three gunmen who attacked a Shia mosque in the capital's Wadi Kabir district in July 2024, state media reported.

The four, all Omani citizens, were convicted of providing the attackers with money, a hiding place and a car, and of failing to report what they knew to the authorities. A fifth defendant was acquitted.

The gunmen, three brothers, opened fire on worshippers who had gathered at the mosque on the eve of Ashura, killing six people, among them a police officer, before they were killed by security forces in a gunfight that lasted into the next morning. The Islamic State group later said it had carried out the attack, the first of its kind in the sultanate.

The court did not hear evidence of any direct contact between the defendants and the Islamic State group, defence lawyers said. They have 30 days to appeal.

Oman, which has long prided itself on religious tolerance between its Ibadi, Sunni and Shia communities, tightened security around places of worship after the attack. No similar attack has taken place since.""", [
  unscored(E(bg, "Attack", "opened fire on worshippers who had gathered at the mosque", P("Muscat", "OM", 1, lat=23.58, lon=58.41, a1="Muscat"), "2024-07-01", tp=3,
             a1="Islamic State", i1=2), "actor2", "inter2", "fatalities"),
], register="local"),

S("st-j-012", "2026-06-22", """Thousands rally in Naha after assault case; governor joins protest

NAHA, Okinawa — Thousands of people rallied in a park in Naha on Sunday to protest against the alleged sexual assault of a teenage girl by a U.S. Marine and to demand a revision of the agreement that governs the status of American forces in Japan.

Organisers said 9,000 people took part; police did not give an estimate. Many wore black and held placards reading "No more" and "Our daughters are not safe".

Okinawa's governor addressed the rally, telling the crowd that the prefecture had "reached the limit of its patience" and that he would travel to Tokyo this week to press the national government to act. The mayor of Naha and a representative of the prefecture's women's groups also spoke. The rally ended with a march to the prefectural government building.

The U.S. Marine Corps said the Marine was in Japanese custody and that it was cooperating fully with the investigation.

On Monday morning, about 60 people staged a sit-in at the gate of Camp Schwab in Nago, where land is being reclaimed for a new U.S. air base, and riot police carried them away one by one to let construction trucks through, a protest group said.

In October 1995, some 85,000 people gathered in Ginowan after three U.S. servicemen abducted and raped a 12-year-old girl, in one of the largest protests in Okinawa's post-war history.""", [
  E(cur, "Peaceful protest", "rallied in a park in Naha", P("Naha", "JP", 1, lat=26.21, lon=127.68, a1="Okinawa", a2="Naha Shi"), "sunday",
    a1="Protesters (Japan)", i1=6),
  E(cur, "Protest with intervention", "riot police carried them away one by one", P("Nago", "JP", 2, lat=26.62, lon=127.99, a1="Okinawa", a2="Nago Shi"), "monday",
    a1="Protesters (Japan)", i1=6, a2=JPN_POL, i2=1),
  E(bg, "Peaceful protest", "some 85,000 people gathered in Ginowan", P("Ginowan", "JP", 1, lat=26.26, lon=127.76, a1="Okinawa", a2="Ginowan Shi"), "1995-10-01", tp=3,
    a1="Protesters (Japan)", i1=6),
], register="local"),

S("st-j-013", "2026-07-05", """SOUTH KOREA-LABOUR/
Police detain four as Seoul union marchers sit down in road near presidential office

SEOUL, July 5 (Wire) - South Korean police detained four members of the country's largest umbrella union on Saturday after marchers sat down in front of police buses blocking the road to the presidential office in Yongsan, police said.

About 30,000 members of the Korean Confederation of Trade Unions (KCTU), by the union's count, had rallied in central Seoul in the afternoon to demand tougher penalties for employers over workplace deaths and the right to bargain directly with contractors' parent companies. Police put the turnout at 18,000.

When the march reached Samgakji, some union members sat down on the road in front of the police buses and refused to move. Officers dragged them away one by one, and four were taken into custody for obstructing officers on duty, a police official said. Two union members were slightly hurt.

"The police are protecting the bosses, not the workers," a KCTU vice president told the rally before the march. The union said the four detainees had been "violently dragged away" and demanded their release.

In Busan, about 2,000 dock workers held a separate rally at the port on Saturday. It ended peacefully.

The KCTU said it would call a general strike later this month if the government did not back amendments to the trade union law, in what would be the union's first national strike since 2024.""", [
  E(cur, "Protest with intervention", "police detained four members of the country's largest umbrella union", P("Seoul", "KR", 1, lat=37.57, lon=126.98, a1="Seoul-teukbyeolsi"),
    "saturday", a1="Protesters (South Korea)", i1=6, a2=KOR_POL, i2=1, fat=None, inj=2),
  E(cur, "Peaceful protest", "held a separate rally at the port", P("Busan", "KR", 1, lat=35.10, lon=129.03, a1="Busan-gwangyeoksi"), "saturday",
    a1="Protesters (South Korea)", i1=6),
  E(thr, "Peaceful protest", "call a general strike later this month", C("KR"), None),
]),

S("st-j-014", "2026-05-26", """Okada riders torch police post in Makeni after colleague dies fleeing checkpoint

MAKENI, Sierra Leone — Hundreds of motorbike taxi riders set fire to a police post and looted shops in Makeni on Monday after a rider died in a crash while trying to escape a police checkpoint, police and residents said.

The riders blocked the main roads into the city centre with burning tyres and threw stones at officers, who responded with tear gas. The police post at the Wusum junction was burned down and at least six shops near the central market were broken into. Police said 27 people had been arrested and eight officers injured.

On Tuesday, the police announced the death of a young man who had been hit on the head by a stone during Monday's clashes. "The violence in Makeni was criminal. Those who burned our post and looted traders' shops will face the full force of the law," the regional police commander said.

Riders' union leaders said the rider who died had been chased by officers demanding money and called for the officers at the checkpoint to be suspended. The police said an investigation into the crash had been opened.

Calm had returned to Makeni by Tuesday afternoon, and soldiers were patrolling the city centre. Riders in the city clashed with police during a similar dispute over checkpoints two years ago.""", [
  E(cur, "Violent demonstration", "set fire to a police post and looted shops in Makeni", P("Makeni", "SL", 1, lat=8.89, lon=-12.04, a1="Northern"), "monday",
    a1="Rioters (Sierra Leone)", i1=5, a2="Police Forces of Sierra Leone (2018-)", i2=1, fat=1, inj=8),
  unscored(E(bg, "Violent demonstration", "Riders in the city clashed with police during a similar dispute", P("Makeni", "SL", 1, lat=8.89, lon=-12.04, a1="Northern"),
             "2024-05-01", tp=3), "actor1", "inter1", "actor2", "inter2", "fatalities"),
], register="local"),
S("st-j-015", "2026-09-23", """GABON POLICE FIRE TEAR GAS AT STUDENTS OVER UNPAID GRANTS, DETAIN 12

LIBREVILLE, Sept 23 (Wire) - Gabonese police fired tear gas on Tuesday to disperse students of Omar Bongo University in Libreville who had blocked the road in front of the campus to protest against months of unpaid study grants, and detained 12 of them, student leaders said.

Several hundred students had set up barricades of tables and branches on the road from early morning. Police moved in shortly before noon and chased students into the campus, where they fired tear gas into halls of residence, a student leader said. "We asked for our grants and they answered with gas," he said.

The interior ministry said the police had restored traffic on a major road and that those detained would be released once they had been identified.

In Franceville, in the south-east, students of the Masuku University of Science and Technology marched peacefully to the provincial governor's office on Tuesday with the same demand.

The higher education minister said on state television that the grants would be paid before the end of the month. Gabon has been led since August 2023 by General Brice Oligui Nguema, who was elected president in April 2025. In August 2016, protesters set fire to the National Assembly building in Libreville after the disputed re-election of President Ali Bongo.""", [
  E(cur, "Protest with intervention", "fired tear gas on Tuesday to disperse students of Omar Bongo University", P("Libreville", "GA", 1, lat=0.39, lon=9.45, a1="Estuaire"),
    "tuesday", a1="Protesters (Gabon)", i1=6, a2="Police Forces of Gabon (2023-)", i2=1),
  E(cur, "Peaceful protest", "marched peacefully to the provincial governor's office", P("Franceville", "GA", 1, lat=-1.63, lon=13.58, a1="Haut-Ogooue"), "tuesday",
    a1="Protesters (Gabon)", i1=6),
  unscored(E(bg, "Violent demonstration", "protesters set fire to the National Assembly building in Libreville", P("Libreville", "GA", 1, lat=0.39, lon=9.45, a1="Estuaire"),
             "2016-08-01", tp=3, a1="Rioters (Gabon)", i1=5), "actor2", "inter2", "fatalities"),
]),
S("st-j-016", "2026-07-16", """Turkey marks ten years since failed coup with ceremonies in Istanbul and Ankara

ISTANBUL — Tens of thousands of people gathered at the July 15 Martyrs' Bridge in Istanbul on Wednesday night to mark the tenth anniversary of the failed coup attempt of 2016, and President Tayyip Erdoğan told a commemoration in Ankara that the country would "never forget" the 251 people who died resisting it.

At the bridge, formerly known as the Bosphorus Bridge, families of the victims laid carnations at a memorial, and the names of the dead were read out. Mosques across the country recited the sala prayer at 00:13, the time at which calls to resist the coup were first broadcast in 2016.

On the night of 15 July 2016, soldiers loyal to the plotters blocked the bridge with tanks and opened fire on crowds of civilians who had come out to stop them. In Ankara, F-16 jets commanded by the plotters bombed the parliament building while lawmakers sheltered in its basement.

The government blames the network of the US-based cleric Fethullah Gülen, who died in 2024, for the attempt. More than 4,000 people have since been convicted of taking part in it, and more than 150,000 public servants were dismissed under emergency decrees.

Opposition parties attended the ceremony in parliament but did not join the rally at the bridge.""", [
  unscored(E(bg, "Attack", "opened fire on crowds of civilians", P("Istanbul", "TR", 1, lat=41.01, lon=28.95, a1="Istanbul"), "2016-07-15"),
           "actor1", "inter1", "actor2", "inter2", "fatalities"),
  unscored(E(bg, "Air/drone strike", "bombed the parliament building", P("Ankara", "TR", 1, lat=39.92, lon=32.85, a1="Ankara"), "2016-07-15"),
           "actor1", "inter1", "actor2", "inter2", "fatalities"),
], register="local"),
S("st-j-017", "2026-03-27", """NIGER ARMED FORCES
OPERATIONS BULLETIN FOR THE PERIOD 19 TO 25 MARCH 2026

NIAMEY, 27 March 2026 - During the week of 19 to 25 March 2026, the Defence and Security Forces (FDS) carried out offensive, security and reconnaissance operations across the national territory. The following incidents were recorded:

- On 20 March, terrorists on board some fifty motorbikes ambushed a unit of Operation Garkoussa near Banibangou, in the Tillabéri region. The vigorous response of our forces neutralised 27 terrorists and destroyed 14 motorbikes. On our side, five soldiers fell on the field of honour and seven were wounded. One of the wounded died on 22 March during his evacuation to Niamey, bringing our losses in this ambush to six.

- On 22 March, in the Diffa region, an FDS patrol arrested three suspected logistics suppliers of Boko Haram in the town of Bosso. Fuel, food and telephones intended for the terrorists were seized.

- On 23 March, an air strike by the Niger Air Force on a terrorist gathering near Tassara, in the Tahoua region, neutralised about twenty terrorists.

- On 24 March, a vehicle of the FDS hit an improvised explosive device near Téra, in the Tillabéri region, wounding two soldiers.

Elsewhere, the security situation remained calm. Since the start of the year, the FDS have neutralised more than 300 terrorists and arrested 112 suspects.

The Chief of the General Staff of the Armed Forces salutes the memory of the soldiers who fell on the field of honour and wishes a speedy recovery to the wounded.""", [
  E(cur, "Armed clash", "terrorists on board some fifty motorbikes ambushed a unit of Operation Garkoussa near Banibangou",
    P("Banibangou", "NE", 2, lat=15.04, lon=2.70, a1="Tillaberi"), "2026-03-20", a1="Unidentified Armed Group (Niger)", i1=3, a2=NER, i2=1, fat=33, inj=6),
  unscored(E(cur, "Arrests", "an FDS patrol arrested three suspected logistics suppliers of Boko Haram", P("Bosso", "NE", 1, lat=13.70, lon=13.31, a1="Diffa"),
             "2026-03-22", a1=NER, i1=1), "actor2", "inter2"),
  E(cur, "Air/drone strike", "an air strike by the Niger Air Force on a terrorist gathering near Tassara", P("Tassara", "NE", 2, lat=16.80, lon=5.64, a1="Tahoua"),
    "2026-03-23", a1=NER, i1=1, a2="Unidentified Armed Group (Niger)", i2=3, fat=20),
  E(cur, "Remote explosive/landmine/IED", "hit an improvised explosive device near Téra", P("Tera", "NE", 2, lat=14.01, lon=0.75, a1="Tillaberi"), "2026-03-24",
    a1="Unidentified Armed Group (Niger)", i1=3, a2=NER, i2=1, fat=None, inj=2),
], register="official"),
]

USA = "Military Forces of the United States (2025-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
YEM = "Military Forces of Yemen (2022-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; PRY_POL = "Police Forces of Paraguay (2023-)"
ESP_POL = "Police Forces of Spain (2018-)"; BDI_POL = "Police Forces of Burundi (2020-)"; BGD_POL = "Police Forces of Bangladesh (2024-)"
ETH = "Military Forces of Ethiopia (2018-)"; RDF_MZ = "Military Forces of Rwanda (2000-)"; PAN_POL = "Police Forces of Panama (2024-)"
BOL_POL = "Police Forces of Bolivia (2025-)"; MYS_POL = "Police Forces of Malaysia (2022-)"

STORIES += [
S("st-j-018", "2026-05-18", """Gunmen kill three at Chinese-run gold mine camp in Laos

VIENTIANE (Wire) — Gunmen attacked a camp housing workers of a Chinese-owned gold mining company in Laos's mountainous Xaisomboun province on Saturday night, killing two Chinese nationals and a Lao security guard, the Chinese embassy and local officials said.

The attackers fired into the workers' dormitories and set fire to two excavators before escaping into the forest, a district official said by telephone. Four other workers were wounded and taken to hospital in Vientiane.

The Chinese embassy said it had asked the Lao authorities to "spare no effort to hunt down the perpetrators" and urged Chinese citizens to avoid travel to the province. The state news agency KPL reported on Monday that police and soldiers were searching the area and that the three victims had died of gunshot wounds.

No group has said it carried out the attack. Xaisomboun, north of the capital, was for decades a refuge for remnants of Hmong fighters who sided with the United States during the Vietnam War, and has seen sporadic attacks on vehicles and Chinese-run businesses. In February 2022, gunmen ambushed a lorry carrying workers to the same mine, wounding four people.""", [
  unscored(E(cur, "Attack", "Gunmen attacked a camp housing workers of a Chinese-owned gold mining company", P("Xaisomboun", "LA", 3, a1="Xaisomboun"), "saturday",
             a1="Unidentified Armed Group (Laos)", i1=3, fat=3, inj=4), "actor2", "inter2"),
  unscored(E(bg, "Attack", "gunmen ambushed a lorry carrying workers to the same mine", P("Xaisomboun", "LA", 3, a1="Xaisomboun"), "2022-02-01", tp=3, fat=None, inj=4),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-j-019", "2026-07-27", """Thousands march in Kuala Lumpur to demand prime minister's resignation

KUALA LUMPUR — Tens of thousands of people marched through central Kuala Lumpur on Saturday to demand the resignation of Prime Minister Anwar Ibrahim over rising living costs and what organisers called broken reform promises, in the largest street protest in the capital since he took office.

The marchers, many wearing black, walked from three gathering points to Dataran Merdeka, where leaders of the opposition Perikatan Nasional coalition and of the Islamic party PAS addressed the crowd from the back of a lorry. Police estimated the crowd at 18,000; organisers said it was more than 100,000.

The rally ended peacefully in the early evening, police said, and no arrests were made. On Monday, police said they had called three of the organisers in for questioning under the Peaceful Assembly Act for failing to give the required notice for one of the gathering points.

Speaking at a party event in Penang on Sunday, Anwar said the protesters had the right to be heard and that his government would "answer with results, not with tear gas".

Large street protests have a difficult history in the capital. In November 2007, police fired tear gas and water cannon at tens of thousands of people who marched to demand electoral reform.""", [
  E(cur, "Peaceful protest", "marched through central Kuala Lumpur on Saturday", P("Kuala Lumpur", "MY", 1, lat=3.14, lon=101.69, a1="Wilayah Persekutuan Kuala Lumpur",
    a2="WP. Kuala Lumpur"), "saturday", a1="Protesters (Malaysia)", i1=6),
  E(bg, "Protest with intervention", "police fired tear gas and water cannon at tens of thousands of people", P("Kuala Lumpur", "MY", 1, lat=3.14, lon=101.69,
    a1="Wilayah Persekutuan Kuala Lumpur", a2="WP. Kuala Lumpur"), "2007-11-01", tp=3, a1="Protesters (Malaysia)", i1=6, a2="Police Forces of Malaysia (2003-2009)", i2=1),
], register="local"),

S("st-j-020", "2026-08-14", """U.S. CENTRAL COMMAND
Press Release
Aug. 14, 2026

CENTCOM Forces Capture Senior ISIS Official in Northern Syria

TAMPA, Fla. – On Aug. 12, U.S. Central Command (CENTCOM) forces, in coordination with Syrian government security forces, conducted a raid near Jarabulus, in Syria's Aleppo province, capturing a senior ISIS official responsible for moving money and fighters between ISIS cells in northern Syria and Turkey. The individual was taken into custody without incident and is being held at a partner detention facility. No U.S. or partner forces were injured.

"The capture of this ISIS official removes a key link in the group's financial network and makes the region safer for the Syrian people, our partners and the homeland," said a CENTCOM spokesperson.

In a separate operation on Aug. 13, CENTCOM forces conducted a precision airstrike near As Sukhnah, in Syria's Homs province, killing an ISIS operative who had been planning attacks against Syrian security forces.

Since the beginning of the year, CENTCOM forces have conducted more than 30 operations against ISIS in Syria, killing 17 ISIS operatives and detaining 41. CENTCOM remains committed to the enduring defeat of ISIS in coordination with its partners.""", [
  E(cur, "Arrests", "conducted a raid near Jarabulus", P("Jarabulus", "SY", 2, lat=36.82, lon=38.01, a1="Aleppo"), "2026-08-12",
    a1=USA, i1=8, a2="Islamic State (Syria)", i2=2),
  E(cur, "Air/drone strike", "conducted a precision airstrike near As Sukhnah", P("As Sukhnah", "SY", 2, lat=34.89, lon=38.87, a1="Homs"), "2026-08-13",
    a1=USA, i1=8, a2="Islamic State (Syria)", i2=2, fat=1),
], register="official"),

S("st-j-021", "2026-04-07", """Houthi shelling kills child in Taiz; woman wounded in attack dies

TAIZ, Yemen — A nine-year-old boy was killed and three other people were wounded when shells fired by Houthi forces hit a residential neighbourhood of the government-held city of Taiz on Sunday afternoon, local health officials said.

On Monday, the Taiz health office announced the death of a woman who had been wounded in Sunday's shelling of the Al-Rawdah neighbourhood, raising the toll to two. The Houthi-run Saba news agency did not comment on the shelling.

On the Marib front, government forces said they had repelled a Houthi attack on their positions in Raghwan district on Monday, killing 12 Houthi fighters and losing three soldiers. The Houthis' al-Masirah television said its fighters had inflicted "heavy losses" on the government forces.

Taiz, Yemen's third-largest city, has been partly encircled by Houthi forces since 2015. Last month a Houthi sniper shot dead a boy in the same part of the city, according to a local rights group.""", [
  E(cur, "Shelling/artillery/missile attack", "shells fired by Houthi forces hit a residential neighbourhood", P("Taiz", "YE", 1, lat=13.58, lon=44.02, a1="Taiz", a2="Salh"),
    "sunday", a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=2, inj=2),
  unscored(E(cur, "Armed clash", "repelled a Houthi attack on their positions in Raghwan district", P("Raghwan", "YE", 3, lat=15.77, lon=45.08, a1="Marib", a2="Raghwan"),
             "monday", a1=YEM, i1=1, a2=HOUTHI, i2=1), "fatalities"),
  E(bg, "Attack", "a Houthi sniper shot dead a boy", P("Taiz", "YE", 1, lat=13.58, lon=44.02, a1="Taiz", a2="Salh"), "2026-03-01", tp=3,
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=1),
], register="local"),

S("st-j-022", "2026-10-15", """KOGI STATE POLICE COMMAND
PRESS RELEASE

POLICE RESCUE 11 KIDNAPPED TRAVELLERS, NEUTRALISE ONE KIDNAPPER, ARREST TWO SUSPECTED INFORMANTS

The Kogi State Police Command wishes to inform the public that on 11/10/2026 at about 1900hrs, armed kidnappers blocked the Okene–Lokoja highway near Okene and abducted eleven passengers of a commercial bus travelling to Abuja.

Upon receipt of the report, the Commissioner of Police deployed the Command's tactical teams, in collaboration with troops of the Nigerian Army and local vigilantes, to comb the surrounding forests. On 13/10/2026, the joint team traced the kidnappers to their hideout in a forest near Okene and engaged them in a gun duel. One of the kidnappers was neutralised while others escaped with gunshot wounds. All eleven victims were rescued unhurt and have been reunited with their families. One AK-47 rifle and 52 rounds of ammunition were recovered.

On 14/10/2026, acting on credible intelligence, operatives of the Command arrested two suspected informants of the gang at a motor park in Okene. The suspects are in custody and will be charged to court upon conclusion of investigation.

The Commissioner of Police commends the officers and their partners for their gallantry and assures the good people of Kogi State that the Command will not relent until the remaining members of the gang are arrested.

SP William Aya
Police Public Relations Officer, Kogi State Command""", [
  E(cur, "Abduction/forced disappearance", "abducted eleven passengers of a commercial bus", P("Okene", "NG", 2, lat=7.55, lon=6.24, a1="Kogi", a2="Okene"), "2026-10-11",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=None),
  E(cur, "Armed clash", "engaged them in a gun duel", P("Okene", "NG", 2, lat=7.55, lon=6.24, a1="Kogi", a2="Okene"), "2026-10-13",
    a1=NGA_POL, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=1),
  unscored(E(cur, "Arrests", "arrested two suspected informants of the gang", P("Okene", "NG", 1, lat=7.55, lon=6.24, a1="Kogi", a2="Okene"), "2026-10-14",
             a1=NGA_POL, i1=1), "actor2", "inter2"),
], register="official"),

S("st-j-023", "2026-06-10", """Paraguay pension reform protests – live

19:50 — Police say 31 people have been arrested in central Asunción and 14 officers injured, two of them seriously. The government spokesman has just told reporters that "vandals, not teachers" tried to storm Congress.

18:30 — The situation outside Congress has turned violent. Protesters who pulled down part of the metal fence around the building have set fire to a police motorbike and are throwing stones at officers, who are firing rubber bullets and tear gas. Several shops on Calle Palma have had their windows smashed.

17:15 — In Ciudad del Este, about 2,000 teachers and health workers are marching along Avenida San Blas, local media report. The march there is peaceful.

16:00 — Thousands of teachers, nurses and students have gathered in the square in front of Congress in Asunción as senators debate the pension reform, which would raise the retirement age for public employees from 62 to 65. The mood is calm; union leaders are speaking from a stage.

Background: Congress was last set on fire by protesters in March 2017, after senators voted to allow presidential re-election.""", [
  E(cur, "Violent demonstration", "set fire to a police motorbike and are throwing stones at officers", P("Asuncion", "PY", 1, lat=-25.29, lon=-57.65, a1="Asuncion",
    a2="Asuncion"), 0, a1="Rioters (Paraguay)", i1=5, a2=PRY_POL, i2=1, fat=None, inj=14),
  E(cur, "Peaceful protest", "about 2,000 teachers and health workers are marching along Avenida San Blas", P("Ciudad del Este", "PY", 1, lat=-25.50, lon=-54.65,
    a1="Alto Parana", a2="Ciudad Del Este"), 0, a1="Protesters (Paraguay)", i1=6),
  unscored(E(bg, "Violent demonstration", "Congress was last set on fire by protesters", P("Asuncion", "PY", 1, lat=-25.29, lon=-57.65, a1="Asuncion", a2="Asuncion"),
             "2017-03-01", tp=3, a1="Rioters (Paraguay)", i1=5), "actor2", "inter2", "fatalities"),
], register="live"),
]

STORIES += [
S("st-j-024", "2026-11-02", """Police charge marchers outside Valencia regional government on flood anniversary

VALENCIA — Riot police charged a group of protesters who had sat down in front of a cordon outside the Valencian regional government's palace on Saturday evening, at the end of a march by tens of thousands of people marking two years since the floods that killed more than 220 people in the province.

Four people were arrested and eleven were treated for injuries, among them two officers, the government delegation said. Videos showed officers striking seated protesters with batons and dragging them across the square after they refused to leave.

The march, called by more than 100 neighbourhood and victims' associations, had crossed the city centre peacefully for three hours. Relatives of victims carried photographs of the dead and demanded that regional officials be tried for the delay in sending flood warnings on 29 October 2024.

"We came to remember our dead and they answered us with batons," said a woman from Paiporta whose father died in the floods.

Photo: Protesters face riot police outside the Palau de la Generalitat on Saturday.

Related: Valencia court opens trial of former emergency chief | Flood victims' groups reject compensation offer""", [
  E(cur, "Protest with intervention", "Riot police charged a group of protesters", P("Valencia", "ES", 1, lat=39.47, lon=-0.38, a1="Valenciana, Comunidad", a2="Valencia"),
    "saturday", a1="Protesters (Spain)", i1=6, a2=ESP_POL, i2=1, fat=None, inj=11),
  unscored(E(cap, "Protest with intervention", "Protesters face riot police outside the Palau de la Generalitat on Saturday", P("Valencia", "ES", 1, lat=39.47, lon=-0.38, a1="Valenciana, Comunidad", a2="Valencia"),
    "saturday", a1="Protesters (Spain)", i1=6, a2=ESP_POL, i2=1), "fatalities", "injuries", "geo_precision"),
], register="local"),

S("st-j-025", "2026-03-10", """Burundi: ruling party youths accused of beating opposition members in Ngozi; one dies

NGOZI, Burundi — Members of the Imbonerakure, the youth league of Burundi's ruling CNDD-FDD party, beat four members of the opposition National Congress for Freedom (CNL) with sticks in a village in Ngozi province on Saturday night, accusing them of holding a clandestine meeting, local CNL officials said.

On Monday, the party's provincial representative announced the death of one of the four men, a 34-year-old primary school teacher, at Ngozi hospital. The other three are still being treated for head injuries.

Police arrested two members of the youth league in Ngozi on Monday in connection with the beating, a police spokesman said, without giving further details.

The provincial governor told a local radio station that the incident was "a quarrel between young people who had been drinking" and had nothing to do with politics.

Rights groups have documented hundreds of killings, abductions and beatings of opposition supporters blamed on the Imbonerakure since the 2020 elections, most of which have gone unpunished.""", [
  unscored(E(cur, "Attack", "beat four members of the opposition National Congress for Freedom (CNL) with sticks", P("Ngozi", "BI", 2, lat=-2.91, lon=29.83, a1="Ngozi",
             a2="Ngozi"), "saturday", a1="Imbonerakure", i1=3, fat=1, inj=3), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "Police arrested two members of the youth league in Ngozi", P("Ngozi", "BI", 1, lat=-2.91, lon=29.83, a1="Ngozi", a2="Ngozi"), "monday",
             a1=BDI_POL, i1=1), "actor2", "inter2"),
], register="local"),

S("st-j-026", "2026-10-05", """Federal officers fire tear gas as Portland ICE protest turns violent

PORTLAND, Ore. — Federal officers fired tear gas and pepper balls late on Saturday at protesters outside the U.S. Immigration and Customs Enforcement building in south Portland after some of them set a dumpster on fire, pushed it against the facility's gate and threw fireworks at officers, the Department of Homeland Security said.

At least nine people were arrested and three officers suffered minor injuries, DHS said in a statement on Sunday that described the protesters as "rioters". Portland police said they had not been involved in the arrests.

The evening had begun with a march of about 2,000 people from Waterfront Park to the ICE building to protest against immigration raids in the city, which passed off peacefully. Most marchers had left by the time the dumpster was set alight shortly before midnight.

"What happened on Saturday night was not free speech. It was an attack on federal officers," a DHS spokeswoman said. The city's mayor said that the violence of "a small group" should not be used as a pretext to send troops to Portland.

Protests at the building have been held almost nightly since June 2025, when demonstrations against immigration raids in Los Angeles spread to other cities.""", [
  unscored(E(cur, "Violent demonstration", "set a dumpster on fire, pushed it against the facility's gate and threw fireworks at officers", P("Portland", "US", 1, lat=45.52,
             lon=-122.68, a1="Oregon", a2="Multnomah"), "saturday", a1="Rioters (United States)", i1=5, a2="Police Forces of the United States (2025-)", i2=1, fat=None, inj=3)),
  unscored(E(bg, "Peaceful protest", "demonstrations against immigration raids in Los Angeles", P("Los Angeles", "US", 1, lat=34.05, lon=-118.24, a1="California",
             a2="Los Angeles"), "2025-06-01", tp=3, a1="Protesters (United States)", i1=6), "sub_event_type"),
]),

S("st-j-027", "2026-01-12", """One dead as BNP and Jamaat supporters clash in Bogra ahead of election

BOGRA, Bangladesh — A Jamaat-e-Islami activist was killed and more than 40 people were injured when supporters of the Bangladesh Nationalist Party (BNP) and of Jamaat clashed with sticks, machetes and crude bombs in the northern town of Bogra on Saturday afternoon, police said.

The fighting broke out when rival election processions met near the Satmatha intersection in the town centre. Police fired tear gas and rubber bullets to separate the two sides, and several shops and motorbikes were set on fire.

On Sunday, police arrested 14 people in overnight raids in connection with the violence, the district police chief said.

"Our brother was murdered by BNP terrorists in broad daylight," Jamaat's district chief told reporters at the funeral on Sunday. BNP officials denied that their supporters had started the fighting and said eight of their own members were in hospital.

Bangladesh votes on 12 February in its first election since the fall of Sheikh Hasina's government in August 2024. Former allies, the BNP and Jamaat are now each other's main rivals in many constituencies.

Caption: Police stand guard near the Satmatha intersection in Bogra on Sunday, a day after the clashes.""", [
  E(cur, "Mob violence", "supporters of the Bangladesh Nationalist Party (BNP) and of Jamaat clashed", P("Bogra", "BD", 1, lat=24.85, lon=89.37, a1="Rajshahi",
             a2="Bogra"), "saturday", a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=40),
  unscored(E(cap, "Mob violence", "Police stand guard near the Satmatha intersection in Bogra on Sunday, a day after the clashes", P("Bogra", "BD", 1, lat=24.85, lon=89.37, a1="Rajshahi",
             a2="Bogra"), "saturday", a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5), "fatalities", "injuries", "geo_precision"),
  E(cur, "Arrests", "police arrested 14 people in overnight raids", P("Bogra", "BD", 1, lat=24.85, lon=89.37, a1="Rajshahi", a2="Bogra"), "sunday",
             a1=BGD_POL, i1=1, a2="Rioters (Bangladesh)", i2=5),
], register="local"),

S("st-j-028", "2026-07-28", """UN: civilian casualties in Afghanistan fell in first half of 2026; explosive remnants still kill children

KABUL — The number of civilians killed or wounded in Afghanistan fell by about a fifth in the first six months of 2026 compared with the same period last year, but unexploded ordnance left over from decades of war continued to kill children almost every week, the United Nations mission in the country said on Tuesday.

In its mid-year report, the UN Assistance Mission in Afghanistan (UNAMA) said it had recorded 612 civilian casualties — 187 killed and 425 wounded — between 1 January and 30 June. Explosive remnants of war caused more than a third of them, and four in five of the victims of those blasts were children, many of them killed while collecting scrap metal or herding animals.

Attacks claimed by Islamic State Khorasan Province accounted for most of the remaining casualties. The deadliest single incident of the period was a suicide bombing at a bank in Kunduz in February, in which 14 people were killed as they queued to collect their salaries.

The report also documented 38 cases of arbitrary arrest and detention of former government officials and soldiers by the de facto authorities, which the Taliban administration rejected as "baseless".

UNAMA called on the de facto authorities to speed up the clearing of contaminated land and to investigate all allegations of abuse.""", [
  unscored(E(bg, "Suicide bomb", "a suicide bombing at a bank in Kunduz", P("Kunduz", "AF", 1, lat=36.73, lon=68.86, a1="Kunduz"), "2026-02-01", tp=3,
             a1="Islamic State Khorasan Province", i1=2, fat=14), "actor2", "inter2"),
], register="ngo"),
]

STORIES += [
S("st-j-029", "2026-08-20", """RWANDA DEFENCE FORCE
PRESS RELEASE

Kigali, 20 August 2026

Joint RSF–FADM operation captures terrorist commander in Macomia

On 17 August 2026, the Rwanda Security Forces (RSF), together with the Mozambique Defence Armed Forces (FADM), conducted a joint operation against terrorist hideouts in the forest east of Macomia town, in Cabo Delgado province. During the operation, the joint forces killed five terrorists and captured a wounded terrorist commander, along with four AK-47 rifles and a quantity of ammunition.

The captured commander received first aid on the spot and was handed over to the Mozambican authorities on 18 August for legal proceedings. He remains in detention in Pemba.

On 19 August, an RSF patrol repulsed an attack by a group of terrorists on the village of Nanjua, in Ancuabe district, killing two of them. No civilians or members of the security forces were harmed in the incident.

Since their deployment in July 2021 at the request of the Government of Mozambique, the RSF and FADM have restored security in the districts of Palma, Mocímboa da Praia and Muidumbe, allowing more than 600,000 displaced people to return home.

The RSF remain committed to working with the FADM to protect civilians and consolidate peace in Cabo Delgado province.""", [
  E(cur, "Armed clash", "conducted a joint operation against terrorist hideouts", P("Macomia", "MZ", 2, lat=-12.25, lon=40.12, a1="Cabo Delgado"), "2026-08-17",
    a1="Military Forces of Mozambique (2025-)", i1=1, assoc_actor_1=RDF_MZ, a2="Unidentified Armed Group (Mozambique)", i2=3, fat=5, inj=1),
  E(cur, "Armed clash", "repulsed an attack by a group of terrorists on the village of Nanjua", P("Ancuabe", "MZ", 2, lat=-12.97, lon=39.86, a1="Cabo Delgado"),
    "2026-08-19", a1=RDF_MZ, i1=8, a2="Unidentified Armed Group (Mozambique)", i2=3, fat=2),
], register="official"),

S("st-j-030", "2026-09-09", """ETHIOPIA ARMY SAYS IT KILLED 60 FANO FIGHTERS NEAR DEMBECHA; FANO DISPUTES TOLL

ADDIS ABABA, Sept 9 (Wire) - Ethiopia's army said on Wednesday it had killed 60 fighters of the Fano militia and captured 23 in fighting near Dembecha, in the Amhara region's West Gojjam zone, on Monday.

A Fano spokesman denied the army's figures, saying eight of its fighters had been killed and that Fano had killed "dozens" of soldiers and seized weapons and a military truck. Neither account could be independently verified; mobile internet has been cut in much of the region for months.

Residents of Dembecha said a drone strike hit the town's market on Tuesday, killing at least seven civilians, among them two children. The army and the government did not respond to requests for comment on the strike.

The fighting in Amhara began in August 2023, when Fano fighters briefly took control of parts of Bahir Dar and Gondar, the region's largest cities, before being pushed out by federal troops. Fano, a loose network of local militias, fought alongside the federal army against Tigrayan forces in the war of 2020–2022 before turning against the government.""", [
  unscored(E(cur, "Armed clash", "fighting near Dembecha", P("Dembecha", "ET", 2, lat=10.55, lon=37.48, a1="Amara"), "monday", a1=ETH, i1=1, a2="Fano", i2=3),
           "fatalities"),
  E(cur, "Air/drone strike", "a drone strike hit the town's market", P("Dembecha", "ET", 1, lat=10.55, lon=37.48, a1="Amara"), "tuesday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=7),
  unscored(E(bg, "Non-state actor overtakes territory", "Fano fighters briefly took control of parts of Bahir Dar and Gondar", P("Bahir Dar", "ET", 1, lat=11.59,
             lon=37.39, a1="Amara"), "2023-08-01", tp=3, a1="Fano", i1=3), "actor2", "inter2", "fatalities"),
]),

S("st-j-031", "2026-06-16", """Demonstration Alert – U.S. Embassy La Paz, Bolivia (June 16, 2026)

Location: La Paz, El Alto, Cochabamba, Santa Cruz and highways nationwide

Event: Transport unions and several social organizations have announced an indefinite national strike and road blockades beginning Thursday, June 18, to protest fuel shortages and the rising price of diesel. Blockades may be established with little notice on main highways, including the La Paz–Oruro highway and the roads to El Alto International Airport.

On Monday, June 15, demonstrators blocking the La Paz–Oruro highway on the outskirts of El Alto threw stones at police, who used tear gas to clear the road. Several people were injured, and traffic to and from La Paz was interrupted for several hours.

Demonstrations intended to be peaceful can become confrontational and escalate into violence. U.S. citizens should avoid demonstrations and large gatherings.

Actions to Take:
- Avoid the areas of the demonstrations and blockades.
- Monitor local media for updates.
- Keep a low profile and be aware of your surroundings.
- Keep sufficient supplies of food, water, medicine and fuel.

Assistance:
U.S. Embassy La Paz
Avenida Arce 2780, La Paz, Bolivia
+591 (2) 216-8000""", [
  E(cur, "Violent demonstration", "threw stones at police, who used tear gas to clear the road", P("El Alto", "BO", 2, lat=-16.50, lon=-68.19, a1="La Paz"), "2026-06-15",
    a1="Rioters (Bolivia)", i1=5, a2=BOL_POL, i2=1, fat=None, inj=3),
  E(hyp, "Peaceful protest", "announced an indefinite national strike and road blockades", C("BO"), None),
], register="official"),

S("st-j-032", "2026-02-04", """Police clear Ngäbe-Buglé blockade of Pan-American Highway near Tolé; 20 arrested

TOLÉ, Panama — Riot police fired tear gas and rubber pellets on Tuesday afternoon to reopen the Pan-American Highway near Tolé, in Chiriquí province, which members of the Ngäbe-Buglé indigenous community had blocked since the morning in protest against a planned dam on the Tabasará river, the national police said. Twenty people were arrested.

Several hundred protesters, many of them women with children, had sat down on the road with banners. Police gave them half an hour to leave before moving in, according to a local radio station that broadcast the operation live.

"They came against women and children with gas and pellets. We were sitting on the road, nothing more," said a leader of the Ngäbe-Buglé general congress. The government said in a statement that the operation to reopen the highway had been carried out "with full respect for human rights" and that the arrested would be brought before a judge on Wednesday.

Traffic on the highway, the main route between Panama City and the Costa Rican border, was restored by the evening.

The dam has been contested for two decades. In 2012, a young Ngäbe protester was shot dead when police cleared a blockade of the same highway near San Félix.""", [
  E(cur, "Protest with intervention", "Riot police fired tear gas and rubber pellets on Tuesday afternoon to reopen the Pan-American Highway", P("Tole", "PA", 2, lat=8.24,
    lon=-81.67, a1="Chiriqui", a2="Distrito de Tole"), "tuesday", a1="Protesters (Panama)", i1=6, a2=PAN_POL, i2=1),
  unscored(E(bg, "Excessive force against protesters", "a young Ngäbe protester was shot dead", P("San Felix", "PA", 2, lat=8.29, lon=-81.87, a1="Chiriqui"),
             "2012-01-01", tp=3, fat=1), "actor1", "inter1", "actor2", "inter2", "sub_event_type"),
], register="local"),
]

MLI = "Military Forces of Mali (2021-)"; GIN_POL = "Police Forces of Guinea (2021-)"; KAZ_POL = "Police Forces of Kazakhstan (2019-)"
KGZ_POL = "Police Forces of Kyrgyzstan (2020-)"

STORIES += [
S("st-j-033", "2026-04-22", """MAURITANIA DENIES BORDER CLASH WITH MALIAN TROOPS; HERDERS SAY SIX DETAINED IN MALI

NOUAKCHOTT, April 22 (Wire) - Mauritania's army on Wednesday denied reports on social media that its soldiers had exchanged fire with Malian troops near the border town of Fassala on Monday, saying that "no incident of any kind" had taken place on Mauritanian territory.

The reports followed claims by herders' associations that Malian soldiers accompanied by Russian fighters had detained six Mauritanian herders and seized about 200 head of cattle on Sunday near Nara, inside Mali, about 50 km from the border. The men's families said they had had no news of them since.

Mali's army did not respond to a request for comment. Mauritania's foreign ministry said it was "in contact with the Malian authorities" about the herders.

Tens of thousands of Malian refugees live in the Mbera camp near Fassala, and Mauritanian herders have for generations taken their animals across the border to graze in Mali during the dry season.""", [
  E(neg, "Armed clash", "exchanged fire with Malian troops near the border town of Fassala", C("MR"), "monday"),
  unscored(E(cur, "Abduction/forced disappearance", "detained six Mauritanian herders", P("Nara", "ML", 2, lat=15.17, lon=-7.29, a1="Koulikoro"), "sunday",
             a1=MLI, i1=1, a2="Civilians (Mauritania)", i2=7, assoc_actor_1="Africa Corps"), "fatalities"),
]),

S("st-j-034", "2026-03-26", """Youths clash with police in Conakry suburbs; opposition says one shot dead, police deny

CONAKRY — Youths set up burning barricades and threw stones at police along the Route Le Prince in the Ratoma suburbs of Conakry on Wednesday, after the opposition coalition Forces Vives de Guinée called a day of protest against the arrest of two of its leaders. Police fired tear gas and chased groups of young men into the side streets of Hamdallaye and Koloma.

The Forces Vives said a 19-year-old student had been shot dead by police in Hamdallaye. The police spokesman denied that anyone had been killed and said officers had not been issued live ammunition. He said 23 people had been arrested for vandalism and that four officers had been injured by stones.

Shops and markets along the road stayed closed for most of the day, and the city centre, in Kaloum, was quiet.

The coalition said it would call a new day of protest next Thursday if the detained leaders and the 23 young people were not released.""", [
  unscored(E(cur, "Violent demonstration", "set up burning barricades and threw stones at police", P("Conakry", "GN", 1, lat=9.54, lon=-13.68, a1="Conakry",
             a2="Conakry Special Zone"), "wednesday", a1="Rioters (Guinea)", i1=5, a2=GIN_POL, i2=1, inj=4), "fatalities"),
  E(hyp, "Peaceful protest", "call a new day of protest next Thursday", P("Conakry", "GN", 1, lat=9.54, lon=-13.68, a1="Conakry", a2="Conakry Special Zone"), None),
], register="local"),

S("st-j-035", "2026-11-10", """Thailand and BRN to resume peace talks in Kuala Lumpur next month

BANGKOK — Thailand's government and the Barisan Revolusi Nasional (BRN), the main insurgent group in the country's Malay-Muslim far south, will resume formal peace talks in Kuala Lumpur in December after a pause of almost two years, the head of the Thai negotiating team said on Monday.

The talks, facilitated by Malaysia, will focus on reducing violence and on a plan for public consultations in the provinces of Pattani, Yala and Narathiwat, he said. The BRN did not comment, but people close to the group said it wanted international observers to attend.

More than 7,700 people have been killed since the insurgency reignited in 2004, according to Deep South Watch, a monitoring group. Violence has fallen since the last round of talks but has not stopped: last month, a teacher was shot dead outside a school in Pattani province.

Caption: Rangers inspect the site of a roadside bomb that wounded two of their colleagues in Rueso district, Narathiwat province, on Sunday.""", [
  E(cap, "Remote explosive/landmine/IED", "a roadside bomb that wounded two of their colleagues", P("Rueso", "TH", 3, lat=6.39, lon=101.52, a1="Narathiwat",
    a2="Amphoe Rueso"), "sunday", a1="Unidentified Armed Group (Thailand)", i1=3, a2="Military Forces of Thailand (2025-)", i2=1,
    inj=2),
  unscored(E(bg, "Attack", "a teacher was shot dead outside a school", P("Pattani", "TH", 3, a1="Pattani"), "2026-10-01", tp=3, fat=1),
           "actor1", "inter1", "actor2", "inter2"),
], register="wire"),

S("st-j-036", "2026-10-21", """Two years of war inside the Sinaloa Cartel, in numbers

CULIACÁN, Mexico — Two years after the factions of the Sinaloa Cartel loyal to the sons of Joaquín "El Chapo" Guzmán and to Ismael "El Mayo" Zambada turned on each other, the state of Sinaloa has recorded more than 2,600 homicides and more than 2,000 people reported missing, according to figures from the state prosecutor's office.

The violence has reshaped daily life in Culiacán, the state capital. Restaurants close early, schools have repeatedly switched to online classes, and businesses report that sales have fallen by a third. The federal government has sent more than 11,000 troops and members of the National Guard to the state.

The killing has not slowed. On Tuesday, gunmen killed four men at a car wash in the south of Culiacán, the prosecutor's office said, the latest of more than 30 homicides recorded in the city this month.

"We no longer go out at night. We don't even talk about it," said a shopkeeper in the city centre.

The war began in September 2024, weeks after Zambada was flown to the United States against his will and arrested there.""", [
  E(cur, "Attack", "gunmen killed four men at a car wash", P("Culiacan", "MX", 1, lat=24.80, lon=-107.39, a1="Sinaloa", a2="Culiacan"), "tuesday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=4),
], register="analysis"),

S("st-j-037", "2026-05-29", """CENTRAL ASIA RIGHTS MONITOR
Weekly digest, 22–28 May 2026

KAZAKHSTAN
• 23 May, Almaty: Police detained seven activists who held a picket outside the city administration against plans to build a ski resort in the Kok-Zhailau valley. Five were fined; two were sentenced to ten days of administrative arrest.

KYRGYZSTAN
• 25 May, Bishkek: Officers of the State Committee for National Security (GKNB) detained two journalists of an independent news site on charges of "calls to mass unrest" over a video report on rising food prices. Their lawyer said they were being held at the GKNB's pre-trial detention centre.
• 27 May, Osh: A court extended by two months the pre-trial detention of a local blogger detained in March.

TAJIKISTAN
• No incidents recorded this week.

UZBEKISTAN
• 26 May, Tashkent: Several dozen residents of the Yakkasaray district gathered outside the district administration to protest against the demolition of their homes for a business centre. They dispersed after officials promised to review the compensation offered.""", [
  E(cur, "Protest with intervention", "Police detained seven activists who held a picket", P("Almaty", "KZ", 1, lat=43.25, lon=76.91, a1="Almaty"), "2026-05-23",
    a1="Protesters (Kazakhstan)", i1=6, a2=KAZ_POL, i2=1),
  unscored(E(cur, "Arrests", "detained two journalists of an independent news site", P("Bishkek", "KG", 1, lat=42.87, lon=74.59, a1="Bishkek Shaary"), "2026-05-25",
             a1=KGZ_POL, i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "gathered outside the district administration to protest", P("Tashkent", "UZ", 1, lat=41.26, lon=69.22, a1="Toshkent"), "2026-05-26",
    a1="Protesters (Uzbekistan)", i1=6),
], register="monitor"),
]

STORIES += [
S("st-j-038", "2026-06-05", """CONGO: GUNMEN ATTACK PASSENGER TRAIN IN POOL REGION, THREE KILLED

BRAZZAVILLE, June 5 (Wire) - Gunmen attacked a passenger train on the Congo-Ocean railway near Kinkala, in the Pool department, on Thursday, killing three passengers and wounding at least eight, the government said.

The attackers opened fire on the train as it slowed on a steep section of track about 15 km from Kinkala and robbed passengers before fleeing into the forest, a railway company official said.

"This cowardly attack on the train will not go unpunished," the government spokesman said on state television on Friday, blaming "former Ninja militiamen who refused to lay down their arms". The party of the former Ninja leader, Pastor Ntumi, denied any involvement and condemned the attack.

Traffic on the line, the main link between Brazzaville and the port of Pointe-Noire, was suspended on Friday while soldiers searched the area.

Thursday's attack was the first deadly attack on the railway since the government and Ntumi's fighters signed a ceasefire in December 2017, which ended a conflict in which the army shelled villages across the Pool in 2016 and 2017 and tens of thousands of people fled their homes.""", [
  unscored(E(cur, "Attack", "Gunmen attacked a passenger train on the Congo-Ocean railway near Kinkala", P("Kinkala", "CG", 2, lat=-4.36, lon=14.76, a1="Pool"), "thursday",
             a2="Civilians (Republic of Congo)", i2=7, fat=3, inj=8), "actor1", "inter1"),
  unscored(E(bg, "Shelling/artillery/missile attack", "the army shelled villages across the Pool", P("Pool", "CG", 3, a1="Pool"), "2016-01-01", tp=3,
             a1="Military Forces of Republic of Congo (1997-)", i1=1), "actor2", "inter2", "fatalities"),
]),

S("st-j-039", "2026-09-23", """Tunisian soldier dies of wounds from Mount Chaambi landmine

TUNIS — Tunisia's defence ministry on Wednesday announced the death of a soldier who was wounded when a landmine exploded during a search operation on Mount Chaambi, near the western city of Kasserine, on Sunday.

The soldier, a 24-year-old corporal, died in the military hospital in Tunis on Tuesday night, the ministry said in a statement. Two other soldiers who were wounded in Sunday's blast are in a stable condition.

The ministry said the mine had been planted by "terrorist elements" hiding in the mountains, where the army has for years hunted small armed groups linked to al-Qaeda and the Islamic State group. It did not say whether the search operation was continuing.

Mount Chaambi, the country's highest peak, has been a closed military zone for more than a decade. In July 2013, gunmen ambushed an army patrol on the mountain and killed eight soldiers, in one of the deadliest attacks on the Tunisian army.""", [
  E(cur, "Remote explosive/landmine/IED", "a landmine exploded during a search operation on Mount Chaambi", P("Kasserine", "TN", 2, lat=35.17, lon=8.84, a1="Kasserine"),
    "sunday", a1="Unidentified Armed Group (Tunisia)", i1=3, a2="Military Forces of Tunisia (2019-)", i2=1, fat=1, inj=2),
  E(bg, "Armed clash", "gunmen ambushed an army patrol on the mountain", P("Kasserine", "TN", 2, lat=35.17, lon=8.84, a1="Kasserine"), "2013-07-01", tp=3,
    a1="Unidentified Armed Group (Tunisia)", i1=3, a2="Military Forces of Tunisia (2011-2014)", i2=1, fat=8),
], register="local"),
]

STORIES += [
S("st-j-040", "2026-11-19", """SAHEL NGO FORUM
Statement, 19 November 2026

Two aid workers killed in attack on humanitarian convoy near Djibo

The Sahel NGO Forum condemns in the strongest terms the attack on a humanitarian convoy on the road to Djibo, in Burkina Faso's Soum province, on Tuesday 17 November, in which two contracted truck drivers were killed and three other members of the convoy were wounded.

The convoy of eleven trucks, carrying food and medicine for more than 60,000 people in Djibo, came under fire from unidentified armed men about 20 km south of the town. Two trucks were set on fire and the cargo of a third was looted.

"Our colleagues were killed while bringing food to families who have lived under blockade for years. Nothing can justify this attack," said the Forum's country coordinator. "An attack on a humanitarian convoy is a violation of international humanitarian law."

Tuesday's attack on the convoy is the fourth on humanitarian road transport in the province since January. In total, nine aid workers have been killed in Burkina Faso this year.

The Forum has suspended road movements to Djibo until further notice and calls on all parties to the conflict to guarantee the safe passage of humanitarian assistance. In February 2025, armed men ambushed a supply convoy escorted by soldiers on the same road.""", [
  E(cur, "Attack", "the attack on a humanitarian convoy on the road to Djibo", P("Djibo", "BF", 2, lat=14.10, lon=-1.63, a1="Sahel", a2="Soum"), "2026-11-17",
    a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="Civilians (Burkina Faso)", i2=7, fat=2, inj=3),
  unscored(E(bg, "Armed clash", "armed men ambushed a supply convoy escorted by soldiers", P("Djibo", "BF", 2, lat=14.10, lon=-1.63, a1="Sahel", a2="Soum"),
             "2025-02-01", tp=3, a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="Military Forces of Burkina Faso (2022-)", i2=1), "fatalities"),
], register="ngo"),
]

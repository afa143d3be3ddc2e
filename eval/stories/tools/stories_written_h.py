"""Multi-event stories written for this project (issue 11), batch h: countries the other batches have least or not at
all (Central Asia, the Caucasus and eastern Europe, the Maghreb and the Gulf, southern and West Africa, the Caribbean
and South America, South and Southeast Asia, the Pacific), in the shapes held-out news comes in: wire stories with a
capitals headline and a dateline that is not the event place, local press, timestamped live blogs, weekly round-ups,
NGO/UN situation reports with bullets, military and police releases, analysis pieces with one buried event. Hard cases:
two events in one sentence at different places, events in two countries in one story, recalled events with and without
dates ("in 2011", "last month", "Earlier,"), tallies over periods that are not events, threats, plans and denials,
counter-claimed tolls (the lowest credible figure is coded), protests that turn violent with looting and arrests inside
(one event), arrests of organisers away from any protest (a separate event), captions and footers that retell an event.
Our own words; invented incidents at real places, public group names. No ``split`` key: the id hash decides."""
from gold import COUNTRY, E, S, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


def unscored(e, *keys):
    """The event with ``keys`` left out (a key left out is not scored: the gold answer is disputed)."""
    return {k: v for k, v in e.items() if k not in keys}


KAZ_POL = "Police Forces of Kazakhstan (2019-)"; UZB_POL = "Police Forces of Uzbekistan (2016-)"; DZA = "Military Forces of Algeria (2019-)"
MWI_POL = "Police Forces of Malawi (2025-)"; SWZ_POL = "Police Forces of eSwatini (1986-)"; PRY = "Military Forces of Paraguay (2023-)"
EPP = "EPP: Paraguayan People's Army"; DOM_POL = "Police Forces of Dominican Republic (2020-)"; JAM_POL = "Police Forces of Jamaica (2016-)"

STORIES = [
S("st-h-001", "2026-02-11", """Zhanaozen oil workers rally over pay; six organisers detained

ZHANAOZEN — About 400 employees of an oilfield services contractor gathered outside the town administration on Monday to demand that the wage cuts imposed on them last autumn be reversed, in the biggest labour protest in the Mangystau region for several years.

The workers stood in the square for most of the day holding handwritten placards and left quietly in the evening after the deputy mayor promised to meet their representatives on Friday.

Early on Tuesday, police officers detained six of the rally's organisers at their homes, relatives told our correspondent. The regional police department said the six were suspected of organising an unsanctioned gathering and would appear before a court in Aktau.

A local rights activist called the detentions "a message to everyone else who was in the square".

Zhanaozen remains a byword for the dangers of labour unrest in Kazakhstan. In December 2011, police opened fire on striking oil workers in the town's central square, killing at least 14 people. Protests over fuel prices that began in the town in January 2022 spread across the country within days and ended in deadly unrest in Almaty.""", [
  E(cur, "Peaceful protest", "gathered outside the town administration", P("Zhanaozen", "KZ"), "monday", a1="Protesters (Kazakhstan)", i1=6),
  unscored(E(cur, "Arrests", "police officers detained six of the rally's organisers", P("Zhanaozen", "KZ"), "tuesday", a1=KAZ_POL, i1=1),
           "actor2", "inter2"),
  E(bg, "Excessive force against protesters", "police opened fire on striking oil workers", P("Zhanaozen", "KZ"), "2011-12-01", tp=3, fat=14),
  E(bg, "Peaceful protest", "Protests over fuel prices that began in the town", P("Zhanaozen", "KZ"), "2022-01-01", tp=3),
], register="local"),

S("st-h-002", "2025-07-02", """Three years after Nukus, Karakalpakstan's quiet is bought with fear

NUKUS, Uzbekistan — On the surface, the capital of the autonomous republic of Karakalpakstan looks much as it did before the summer of 2022. New apartment blocks are rising along the main avenue, and the bazaar is busy with traders selling melons brought in from the delta.

But residents who agreed to speak about the events of three years ago did so only on condition that their names were not used. In July 2022, security forces fired on crowds who had tried to storm government buildings in Nukus after Tashkent proposed ending the region's right to secede, killing at least 21 people, according to official figures. Rights groups believe the real toll was higher. Dozens of people were later given long prison sentences, among them the lawyer and journalist seen as the protests' leader.

The proposal was dropped within days, and President Shavkat Mirziyoyev has since poured money into the region. Yet the authorities remain wary of anything that looks like dissent. Last Thursday, police in Nukus detained a blogger who had posted videos about water shortages in the Amu Darya delta, his family said. He has not been charged, and the regional interior department did not respond to questions.

"People here have learned to keep quiet," said a teacher in the town. "Nobody wants to be the next one."

The Aral Sea, which once lapped the edge of the region, has shrunk to a fraction of its former size, and the dust storms that sweep across its dry bed are blamed for high rates of respiratory disease.""", [
  unscored(E(bg, "Violent demonstration", "security forces fired on crowds who had tried to storm government buildings", P("Nukus", "UZ"),
             "2022-07-01", tp=3, fat=21), "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Arrests", "police in Nukus detained a blogger", P("Nukus", "UZ"), "thursday", a1=UZB_POL, i1=1, a2="Civilians (Uzbekistan)", i2=7),
], register="local"),

S("st-h-003", "2025-09-17", """MINISTRY OF NATIONAL DEFENCE
Operational results for the period from 10 to 16 September 2025

In the framework of the fight against terrorism and organised crime, units of the People's National Army carried out several operations during the period from 10 to 16 September 2025 that led to the following results:

Fight against terrorism:
- On 12 September 2025, following an ambush laid near El Milia, in the 5th Military Region, a detachment of the People's National Army neutralised two (02) terrorists and recovered two (02) Kalashnikov-type rifles and a quantity of ammunition. The operation is still ongoing.
- Detachments of the People's National Army discovered and destroyed four (04) home-made bombs in the province of Boumerdès.
- Detachments of the People's National Army arrested nine (09) elements supporting terrorist groups in separate operations across the national territory.

Fight against organised crime:
- Combined detachments arrested forty-three (43) drug traffickers and seized 7 quintals of processed cannabis brought in across the western borders.
- At In Guezzam, Bordj Badji Mokhtar and Tamanrasset, detachments of the People's National Army intercepted two hundred and twelve (212) persons of various nationalities who had entered the country illegally.

Since the beginning of the year, the operations of the People's National Army have led to the neutralisation of 31 terrorists.""", [
  E(cur, "Armed clash", "a detachment of the People's National Army neutralised two (02) terrorists",
    P("El Milia", "DZ", 2, lat=36.75, lon=6.27, a1="Jijel"), "2025-09-12", a1=DZA, i1=1, a2="Unidentified Armed Group (Algeria)", i2=3, fat=2),
  E(cur, "Disrupted weapons use", "discovered and destroyed four (04) home-made bombs", P("Boumerdes", "DZ", 3, lat=36.59, lon=3.73, a1="Boumerdes"),
    "2025-09-10", tp=2, a1=DZA, i1=1),
], register="official"),

S("st-h-004", "2026-03-20", """LILONGWE, Malawi — Street vendors fought running battles with police in central Lilongwe on Thursday after the city council began removing their stalls from the pavements around the main bus depot, police and witnesses said.

Hundreds of vendors threw stones at officers and set up barricades of burning tyres on Kamuzu Procession Road, and several shops near the old market were broken into and looted. Police fired tear gas to disperse the crowds and said 31 people had been arrested for public violence and theft. Two officers and a number of vendors were taken to hospital.

"We were not given anywhere else to go. How are we supposed to feed our families?" said a woman who sells second-hand clothes.

The city council said the vendors had been given three months' notice. A spokesman for the council said the removals would continue next week.

In Mzuzu, about 200 market traders marched peacefully to the city council offices on Thursday to deliver a petition against a rise in market fees.

Picture: Police fire tear gas at vendors in Lilongwe on Thursday.""", [
  E(cur, "Violent demonstration", "threw stones at officers", P("Lilongwe", "MW"), "thursday", a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1),
  E(cur, "Peaceful protest", "marched peacefully to the city council offices", P("Mzuzu", "MW"), "thursday", a1="Protesters (Malawi)", i1=6),
], register="wire"),

S("st-h-005", "2025-11-06", """ESWATINI: Joint statement on the shooting of transport workers in Manzini

6 November 2025

We, the undersigned civil society organisations, condemn in the strongest terms the use of live ammunition by the Royal Eswatini Police Service against a peaceful march of public transport workers in Manzini on Monday 3 November 2025.

According to testimonies gathered by our members:
• At about 10:00, some 300 kombi and taxi drivers began a march from the Manzini bus rank towards the regional administrator's office to hand over a petition against new licence fees.
• Before the march reached the office, police officers fired tear gas and then live rounds into the crowd. Four drivers were hospitalised with gunshot wounds. No one was killed.
• On Tuesday 4 November, police arrested two leaders of the drivers' association at their homes in Mbabane. They have been charged under the Suppression of Terrorism Act.

We recall that more than 40 people were killed when the army was deployed against pro-democracy protests in mid-2021, and that no member of the security forces has been held to account.

We call on the authorities to release the two leaders and to open an independent investigation. The drivers' association has said its members will stop work and block the main roads into Manzini and Mbabane if the leaders are not freed by Friday.""", [
  E(cur, "Excessive force against protesters", "fired tear gas and then live rounds into the crowd", P("Manzini", "SZ"), "2025-11-03",
    a1="Protesters (eSwatini)", i1=6, a2=SWZ_POL, i2=1, fat=0, inj=4),
  unscored(E(cur, "Arrests", "police arrested two leaders of the drivers' association", P("Mbabane", "SZ"), "2025-11-04", a1=SWZ_POL, i1=1),
           "actor2", "inter2"),
  E(thr, "Protest with intervention", "block the main roads into Manzini and Mbabane", C("SZ"), None),
], register="ngo"),

S("st-h-006", "2025-08-15", """PARAGUAY REBELS KIDNAP RANCH FOREMAN, SOLDIERS KILL SUSPECT IN CLASH

ASUNCIÓN, Aug 15 (Wire) - Suspected fighters of the Paraguayan People's Army (EPP) stormed a cattle ranch near Horqueta in the northern department of Concepción on Wednesday, set fire to a tractor and a barn and took away the ranch's foreman, the interior ministry said.

On Thursday, troops of the Joint Task Force tracking the kidnappers clashed with a group of armed men near Belén, killing one of them, the force said in a statement. A soldier was slightly wounded. The force said the dead man was a member of the EPP, which the group has not confirmed.

The foreman's family said they had received no demand for a ransom.

The EPP, a small Marxist guerrilla group, has operated in the forests of Concepción, San Pedro and Amambay since the late 2000s, funding itself through kidnappings and extortion of ranchers. It kidnapped former vice-president Óscar Denis from his ranch near Yby Yaú in September 2020; he has never been found. Security analysts say the group now has only a few dozen fighters.

The government has deployed the Joint Task Force, made up of soldiers and police, in the north since 2013. Rights groups accuse it of abuses against rural communities.""", [
  E(cur, "Abduction/forced disappearance", "took away the ranch's foreman", P("Horqueta", "PY", 2), "wednesday",
    a1=EPP, i1=2, a2="Civilians (Paraguay)", i2=7),
  E(cur, "Armed clash", "clashed with a group of armed men near Belén", P("Belen", "PY", 2), "thursday", a1=PRY, i1=1, a2=EPP, i2=2, fat=1, inj=1),
  E(bg, "Abduction/forced disappearance", "kidnapped former vice-president Óscar Denis", P("Yby Yau", "PY", 2, lat=-22.97, lon=-56.54, a1="Concepcion"),
    "2020-09-01", tp=3, a1=EPP, i1=2),
]),

S("st-h-007", "2025-04-08", """Man shot dead as power-cut protest turns violent in San Francisco de Macorís

SAN FRANCISCO DE MACORÍS, Dominican Republic — A 24-year-old man was shot dead on Sunday night during a protest over power cuts in the Los Rieles neighbourhood of San Francisco de Macorís, and at least three other people were wounded, hospital staff said.

Residents had blocked streets with burning tyres and rubbish and thrown stones at a police patrol that came to clear them, witnesses said. Relatives of the dead man said he was hit by a police bullet. The National Police said in a statement that its officers had "fired into the air" and that an internal investigation had been opened.

On Monday, shops in much of the city stayed closed and several hundred people marched peacefully to the provincial police headquarters carrying pictures of the dead man and demanding justice.

Residents say the neighbourhood has had electricity for as little as six hours a day since March. The state distribution company blamed the cuts on a shortage of generating capacity.""", [
  E(cur, "Violent demonstration", "thrown stones at a police patrol", P("San Francisco de Macoris", "DO"), "sunday",
    a1="Rioters (Dominican Republic)", i1=5, a2=DOM_POL, i2=1, fat=1, inj=3),
  E(cur, "Peaceful protest", "marched peacefully to the provincial police headquarters", P("San Francisco de Macoris", "DO"), "monday",
    a1="Protesters (Dominican Republic)", i1=6),
], register="local"),

S("st-h-008", "2025-10-13", """JAMAICA CONSTABULARY FORCE
Corporate Communications Unit — Media release

Two men fatally shot in confrontation with police in Spanish Town; three killed at Montego Bay bar

Two men were fatally shot in an alleged confrontation with the police in the Lakes Pen area of Spanish Town, St Catherine, on Saturday, 11 October.

Reports are that about 4:30 p.m., a team of officers from the St Catherine North Division was on an operation in the area when they were accosted by armed men who opened gunfire at them. The fire was returned, and when it subsided, two men were found suffering from gunshot wounds. They were taken to hospital, where they were pronounced dead. Two pistols and 23 rounds of ammunition were recovered. No member of the security forces was injured.

The Independent Commission of Investigations (INDECOM) has been notified.

In an unrelated incident, three men were killed and a woman injured when gunmen opened fire on patrons at a bar in the Norwood community of Montego Bay, St James, about 10:00 p.m. on Sunday, 12 October. The police are investigating.

The Jamaica Constabulary Force reminds the public that murders across the island are down 31 per cent since January compared with the same period last year.

Anyone with information is asked to call Crime Stop at 311 or the nearest police station.""", [
  E(cur, "Armed clash", "accosted by armed men who opened gunfire at them", P("Spanish Town", "JM"), "2025-10-11",
    a1=JAM_POL, i1=1, a2="Unidentified Armed Group (Jamaica)", i2=3, fat=2),
  E(cur, "Attack", "gunmen opened fire on patrons at a bar", P("Montego Bay", "JM"), "2025-10-12",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2="Civilians (Jamaica)", i2=7, fat=3, inj=1),
], register="official"),
]

SLB_POL = "Police Forces of Solomon Islands (2024-)"; TLS_POL = "Police Forces of East Timor (2023-)"; BHR_POL = "Police Forces of Bahrain (1999-)"
SAU = "Military Forces of Saudi Arabia (2015-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
ITA_POL = "Police Forces of Italy (2022-)"; BEL_POL = "Police Forces of Belgium (2025-)"; GBR_POL = "Police Forces of United Kingdom (2024-)"
MDA_POL = "Police Forces of Moldova (2020-)"

STORIES += [
S("st-h-009", "2026-04-29", """HONIARA, April 29 (Wire) - Rioters set fire to a warehouse and stoned police in eastern Honiara late on Tuesday after the High Court upheld a disputed lease of customary land to a logging company, police said, in the worst unrest in the Solomon Islands capital for several years.

Police fired tear gas to disperse several hundred young men who had gathered on the Kukum Highway, and 27 people were arrested overnight, Police Commissioner said in a radio address on Wednesday morning. Four officers were injured by stones. Shops in the area were looted before police restored order shortly after midnight, the commissioner said.

"What happened last night was criminal, and those responsible will face the full force of the law," he said.

On Wednesday morning, several hundred people gathered peacefully outside the provincial government offices in Auki, on the island of Malaita, to support the landowners who had challenged the lease.

Memories are still fresh of the riots of November 2021, when crowds burned much of Honiara's Chinatown and three people died. Australian police were flown in at the government's request and remained in the country until 2023.""", [
  E(cur, "Violent demonstration", "set fire to a warehouse and stoned police", P("Honiara", "SB"), "tuesday",
    a1="Rioters (Solomon Islands)", i1=5, a2=SLB_POL, i2=1, fat=None, inj=4),
  E(cur, "Peaceful protest", "gathered peacefully outside the provincial government offices", P("Auki", "SB"), 0,
    a1="Protesters (Solomon Islands)", i1=6),
  E(bg, "Violent demonstration", "crowds burned much of Honiara's Chinatown", P("Honiara", "SB"), "2021-11-01", tp=3, fat=3),
]),

S("st-h-010", "2025-06-23", """One dead, houses burned as martial arts groups clash in Dili

DILI — A young man was killed and at least nine people were injured on Saturday night when members of two rival martial arts groups fought with machetes, slingshots and stones in the Comoro suburb of Dili, police said.

Several houses belonging to members of one group were set on fire during the fighting, which lasted for about two hours before police reinforcements arrived, a police spokesman said.

On Sunday, police arrested 17 suspected members of the two groups in raids on houses in Comoro and neighbouring Bebonuk and seized machetes, spears and home-made guns, the spokesman said.

The government banned the activities of three martial arts groups in 2023 after a series of deadly clashes, but the groups remain popular among unemployed young men. Community leaders in Comoro said the fighting had started with an argument at a dance party.""", [
  E(cur, "Mob violence", "fought with machetes, slingshots and stones", P("Dili", "TL"), "saturday",
    a1="Rioters (East Timor)", i1=5, a2="Rioters (East Timor)", i2=5, fat=1, inj=9),
  E(cur, "Arrests", "police arrested 17 suspected members of the two groups", P("Dili", "TL"), "sunday",
    a1=TLS_POL, i1=1, a2="Rioters (East Timor)", i2=5),
], register="local"),

S("st-h-011", "2025-02-17", """Bahrain weekly monitor — 10 to 16 February 2025

Protests
• Friday 14 February, Diraz: Several hundred people marched after Friday prayers marking the anniversary of the 2011 uprising, chanting slogans and holding pictures of jailed opposition leaders. Riot police fired tear gas and birdshot to disperse the march and detained four young men, according to residents. The interior ministry said no one had been injured.
• Friday 14 February, Sitra: Youths blocked the main road into the island with burning tyres before dawn. No arrests were reported.
• Saturday 15 February, Sanabis: A small sit-in by relatives of prisoners outside a police station ended peacefully after an hour.

Arrests
• Thursday 13 February, Manama: Security officers arrested a former opposition MP at his home over posts on social media, his family said. He was released on bail on Sunday.

Trials
• Sunday 16 February: The High Criminal Court sentenced three men to ten years in prison for taking part in a 2023 riot in Sitra.

Context: More than 1,000 people remain in prison for offences related to the 2011 protests and their aftermath, according to rights groups.""", [
  E(cur, "Protest with intervention", "Riot police fired tear gas and birdshot to disperse the march", P("Diraz", "BH", lat=26.22, lon=50.47, a1="Northern"),
    "2025-02-14", a1="Protesters (Bahrain)", i1=6, a2=BHR_POL, i2=1),
  E(cur, "Violent demonstration", "Youths blocked the main road into the island with burning tyres", P("Sitrah", "BH"), "2025-02-14",
    a1="Rioters (Bahrain)", i1=5),
  E(cur, "Peaceful protest", "A small sit-in by relatives of prisoners", P("Sanabis", "BH", lat=26.23, lon=50.55, a1="Capital"), "2025-02-15",
    a1="Protesters (Bahrain)", i1=6),
  E(cur, "Arrests", "Security officers arrested a former opposition MP", P("Manama", "BH"), "2025-02-13", a1=BHR_POL, i1=1,
    a2="Civilians (Bahrain)", i2=7),
], register="monitor"),

S("st-h-012", "2021-11-24", """SAUDI AIR DEFENCES DOWN HOUTHI DRONES; COALITION STRIKES SANAA

RIYADH, Nov 24 (Wire) - Saudi air defences intercepted and destroyed two explosive-laden drones over Khamis Mushait on Tuesday, and a projectile fired from Yemen wounded five civilians in the border district of Samtah, the Saudi-led coalition said.

The coalition blamed Yemen's Houthi movement for both attacks. Among the wounded in Samtah, in Jazan province, were two children, and several shops and cars were damaged, the state news agency said.

Hours later, coalition aircraft carried out a series of strikes on what it called Houthi military targets in Sanaa, including a drone workshop near the airport. The Houthi-run Al Masirah TV said the strikes hit a residential neighbourhood and killed a woman, a claim the coalition did not comment on.

A Houthi military spokesman said the group had targeted "military sites" in Khamis Mushait, home to a large Saudi air base, and vowed more attacks "as long as the aggression and siege continue".

The Iran-aligned Houthis have fired hundreds of missiles and drones at Saudi Arabia since the coalition intervened in Yemen's war in March 2015.""", [
  E(cur, "Disrupted weapons use", "intercepted and destroyed two explosive-laden drones", P("Khamis Mushait", "SA"), "tuesday",
    a1="Military Forces of Saudi Arabia (2015-)", i1=1, a2=HOUTHI, i2=8),
  E(cur, "Shelling/artillery/missile attack", "a projectile fired from Yemen wounded five civilians",
    P("Samtah", "SA", lat=16.60, lon=42.94, a1="Jizan"), "tuesday", a1=HOUTHI, i1=8, a2="Civilians (Saudi Arabia)", i2=7, fat=None, inj=5),
  E(cur, "Air/drone strike", "coalition aircraft carried out a series of strikes", P("Sanaa", "YE", geoname="Sanaa"), "tuesday",
    a1=SAU, i1=8, a2=HOUTHI, i2=1, fat=1),
  E(thr, "Shelling/artillery/missile attack", "vowed more attacks", C("SA"), None),
]),

S("st-h-013", "2026-05-15", """Clashes at Bologna march against arms fair; eight officers hurt

BOLOGNA — Eight police officers were injured and five people were arrested on Thursday when protesters against an international defence and security fair tried to break through a police cordon outside the exhibition centre in Bologna, police said.

About 3,000 people had marched peacefully from the city's university district, but near the fair a group of several hundred, many of them masked, threw bottles, stones and smoke bombs at officers, who responded with baton charges and tear gas. Shop windows and bank cashpoints along the route were smashed.

The interior minister condemned "violence that has nothing to do with the right to protest". Organisers said police had charged "without any reason" and that a 19-year-old student had suffered a head injury.

In Florence, about 500 people held a sit-in in front of the regional government building against the fair on Thursday afternoon; it passed off without incident.

Last October, clashes at a similar march against arms exports in Turin left more than 30 officers injured. The organisers have called a national demonstration in Rome for 2 June.""", [
  E(cur, "Violent demonstration", "threw bottles, stones and smoke bombs at officers", P("Bologna", "IT"), "thursday",
    a1="Rioters (Italy)", i1=5, a2=ITA_POL, i2=1, fat=None, inj=9),
  E(cur, "Peaceful protest", "held a sit-in in front of the regional government building", P("Florence", "IT"), "thursday", a1="Protesters (Italy)", i1=6),
  E(bg, "Violent demonstration", "clashes at a similar march against arms exports in Turin", P("Turin", "IT"), "2025-10-01", tp=3),
  E(hyp, "Peaceful protest", "a national demonstration in Rome", P("Rome", "IT"), "2026-06-02"),
], register="local"),

S("st-h-014", "2026-01-28", """BRUSSELS (Wire) — Farmers angry at an EU trade deal with South American countries pelted police with eggs and firecrackers and set fire to hay bales near the European Parliament on Tuesday, as around a thousand tractors brought traffic in the Belgian capital to a standstill.

Police used water cannon and tear gas to stop the protesters from reaching the parliament building, and said 12 people had been detained. Several shop windows on the Place du Luxembourg were smashed.

"We came here to be heard, not to break things, but nobody listens to us any more," said a dairy farmer from Wallonia who had driven through the night.

Farmers also blocked a motorway junction outside Liège with tractors for most of the day, while Dutch farmers drove a slow convoy along the A2 motorway near Maastricht in solidarity.

The European Commission says the agreement with the Mercosur bloc includes safeguards for farmers. Farmers' unions have threatened to return to Brussels "every week" until the deal is dropped.""", [
  E(cur, "Violent demonstration", "pelted police with eggs and firecrackers", P("Brussels", "BE"), "tuesday",
    a1="Rioters (Belgium)", i1=5, a2=BEL_POL, i2=1),
  E(cur, "Peaceful protest", "blocked a motorway junction outside Liège", P("Liege", "BE", 2), "tuesday", a1="Protesters (Belgium)", i1=6),
  E(cur, "Peaceful protest", "drove a slow convoy along the A2 motorway near Maastricht", P("Maastricht", "NL", 2), "tuesday",
    a1="Protesters (Netherlands)", i1=6),
  E(thr, "Peaceful protest", "threatened to return to Brussels", P("Brussels", "BE"), None),
]),

S("st-h-015", "2025-07-14", """Three officers hurt as petrol bombs thrown in Portadown; pipe bomb made safe in Derry

Petrol bombs, bricks and fireworks were thrown at police in Portadown, Co Armagh, on Saturday night, injuring three officers, the Police Service of Northern Ireland has said.

Trouble broke out at about 23:00 BST near the Garvaghy Road after a crowd of about 80 people gathered following an Orange Order parade earlier in the day. A car was set on fire and two men, aged 19 and 23, were arrested at the scene on suspicion of riotous behaviour.

Ch Supt Ryan Henderson said: "This was mindless, reckless violence. It is only by good fortune that none of my officers were more seriously injured."

Separately, a viable pipe bomb was found outside a house in the Creggan area of Derry on Sunday morning. Army technical officers made the device safe, and several families who had been moved out of their homes were allowed back after about six hours. Detectives said they were keeping an open mind about who was responsible.

Shots were fired at a police patrol in the city last month in an attack claimed by the New IRA. Nobody was hurt.""", [
  E(cur, "Violent demonstration", "Petrol bombs, bricks and fireworks were thrown at police", P("Portadown", "GB"), "saturday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, fat=None, inj=3),
  E(cur, "Disrupted weapons use", "Army technical officers made the device safe", P("Derry", "GB"), "sunday"),
  E(bg, "Armed clash", "Shots were fired at a police patrol", P("Derry", "GB"), "2025-06-01", tp=3,
    a1="New IRA", i1=2, a2=GBR_POL, i2=1, fat=0),
], register="local"),

S("st-h-016", "2025-05-12", """CHIȘINĂU, Moldova — Hundreds of people rallied on Saturday in Comrat and Ceadîr-Lunga, the two largest towns of Moldova's autonomous Gagauzia region, to protest against the prosecution of the region's governor, who is on trial for illegal party financing.

The rallies passed off peacefully. Speakers accused the pro-European government in Chișinău of trying to abolish the region's autonomy; the government says the case is a matter for the courts.

On Sunday, police detained 12 people in Chișinău and the nearby town of Ialoveni who they said were suspected of planning to provoke "mass disorder" at an opposition protest in the capital and of being paid through a Russian-linked network. The police said they seized cash and pyrotechnics in searches of their homes.

The opposition said the arrests were intended to scare people away from the protest, which it said would go ahead in the capital next Sunday.""", [
  E(cur, "Peaceful protest", "rallied on Saturday in Comrat", P("Comrat", "MD"), "saturday", a1="Protesters (Moldova)", i1=6),
  E(cur, "Peaceful protest", "rallied on Saturday in Comrat and Ceadîr-Lunga", P("Ceadir-Lunga", "MD", geoname="Ceadir-Lunga"), "saturday",
    a1="Protesters (Moldova)", i1=6),
  unscored(E(cur, "Arrests", "police detained 12 people in Chișinău", P("Chisinau", "MD"), "sunday", a1=MDA_POL, i1=1), "actor2", "inter2"),
  E(hyp, "Peaceful protest", "would go ahead in the capital next Sunday", P("Chisinau", "MD"), None),
], register="wire"),
]

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
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


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
  E(cur, "Peaceful protest", "gathered outside the town administration", P("Zhanaozen", "KZ", a1="Mangystau"), "monday", a1="Protesters (Kazakhstan)", i1=6),
  unscored(E(cur, "Arrests", "police officers detained six of the rally's organisers", P("Zhanaozen", "KZ", a1="Mangystau"), "tuesday", a1=KAZ_POL, i1=1),
           "actor2", "inter2"),
  E(bg, "Excessive force against protesters", "police opened fire on striking oil workers", P("Zhanaozen", "KZ", a1="Mangystau"), "2011-12-01", tp=3, fat=14),
  E(bg, "Peaceful protest", "Protests over fuel prices that began in the town", P("Zhanaozen", "KZ", a1="Mangystau"), "2022-01-01", tp=3),
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
  E(cur, "Disrupted weapons use", "discovered and destroyed four (04) home-made bombs", P("Boumerdes", "DZ", 3, lat=36.77, lon=3.48, a1="Boumerdes"),
    "2025-09-10", tp=2, a1=DZA, i1=1),
], register="official"),

S("st-h-004", "2026-03-20", """LILONGWE, Malawi — Street vendors fought running battles with police in central Lilongwe on Thursday after the city council began removing their stalls from the pavements around the main bus depot, police and witnesses said.

Hundreds of vendors threw stones at officers and set up barricades of burning tyres on Kamuzu Procession Road, and several shops near the old market were broken into and looted. Police fired tear gas to disperse the crowds and said 31 people had been arrested for public violence and theft. Two officers and a number of vendors were taken to hospital.

"We were not given anywhere else to go. How are we supposed to feed our families?" said a woman who sells second-hand clothes.

The city council said the vendors had been given three months' notice. A spokesman for the council said the removals would continue next week.

In Mzuzu, about 200 market traders marched peacefully to the city council offices on Thursday to deliver a petition against a rise in market fees.

Picture: Police fire tear gas at vendors in Lilongwe on Thursday.""", [
  E(cur, "Violent demonstration", "threw stones at officers", P("Lilongwe", "MW"), "thursday", a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, inj=2),
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
HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
ITA_POL = "Police Forces of Italy (2022-)"; BEL_POL = "Police Forces of Belgium (2025-)"; GBR_POL = "Police Forces of the United Kingdom (2024-)"
MDA_POL = "Police Forces of Moldova (2020-)"

STORIES += [
S("st-h-009", "2026-04-29", """HONIARA, April 29 (Wire) - Rioters set fire to a warehouse and stoned police in eastern Honiara late on Tuesday after the High Court upheld a disputed lease of customary land to a logging company, police said, in the worst unrest in the Solomon Islands capital for several years.

Police fired tear gas to disperse several hundred young men who had gathered on the Kukum Highway, and 27 people were arrested overnight, the police commissioner said in a radio address on Wednesday morning. Four officers were injured by stones. Shops in the area were looted before police restored order shortly after midnight, the commissioner said.

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
  E(cur, "Mob violence", "fought with machetes, slingshots and stones", P("Dili", "TL", 2), "saturday",
    a1="Rioters (East Timor)", i1=5, a2="Rioters (East Timor)", i2=5, fat=1, inj=9),
  E(cur, "Arrests", "police arrested 17 suspected members of the two groups", P("Dili", "TL", 2), "sunday",
    a1=TLS_POL, i1=1, a2="Rioters (East Timor)", i2=5),
], register="local"),

S("st-h-011", "2025-02-17", """Bahrain weekly monitor — 10 to 16 February 2025

Protests
• Friday 14 February, Diraz: Several hundred people marched after Friday prayers marking the anniversary of the 2011 uprising, chanting slogans and holding pictures of jailed opposition leaders. Riot police fired tear gas to disperse the march and detained four young men, according to residents. The interior ministry said no one had been injured.
• Friday 14 February, Sitra: Youths blocked the main road into the island with burning tyres before dawn. No arrests were reported.
• Saturday 15 February, Sanabis: A small sit-in by relatives of prisoners outside a police station ended peacefully after an hour.

Arrests
• Thursday 13 February, Manama: Security officers arrested a former opposition MP at his home over posts on social media, his family said. He was released on bail on Sunday.

Trials
• Sunday 16 February: The High Criminal Court sentenced three men to ten years in prison for taking part in a 2023 riot in Sitra.

Context: More than 1,000 people remain in prison for offences related to the 2011 protests and their aftermath, according to rights groups.""", [
  E(cur, "Protest with intervention", "Riot police fired tear gas to disperse the march", P("Diraz", "BH", lat=26.22, lon=50.47, a1="Northern"),
    "2025-02-14", a1="Protesters (Bahrain)", i1=6, a2=BHR_POL, i2=1, inj=0),
  E(cur, "Violent demonstration", "Youths blocked the main road into the island with burning tyres", P("Sitrah", "BH", a1="Manama"), "2025-02-14",
    a1="Rioters (Bahrain)", i1=5),
  E(cur, "Peaceful protest", "A small sit-in by relatives of prisoners", P("Sanabis", "BH", lat=26.23, lon=50.55, a1="Manama"), "2025-02-15",
    a1="Protesters (Bahrain)", i1=6),
  E(cur, "Arrests", "Security officers arrested a former opposition MP", P("Manama", "BH"), "2025-02-13", a1=BHR_POL, i1=1,
    a2="Civilians (Bahrain)", i2=7),
  E(bg, "Violent demonstration", "a 2023 riot in Sitra", P("Sitrah", "BH", a1="Manama"), "2023-01-01", tp=3),
], register="monitor"),

S("st-h-012", "2021-11-24", """SAUDI AIR DEFENCES DOWN HOUTHI DRONES; COALITION STRIKES SANAA

RIYADH, Nov 24 (Wire) - Saudi air defences intercepted and destroyed two explosive-laden drones over Khamis Mushait on Tuesday, and a projectile fired from Yemen wounded five civilians in the border district of Samtah, the Saudi-led coalition said.

The coalition blamed Yemen's Houthi movement for both attacks. Among the wounded in Samtah, in Jazan province, were two children, and several shops and cars were damaged, the state news agency said.

Hours later, coalition aircraft carried out a series of strikes on what it called Houthi military targets in Sanaa, including a drone workshop near the airport. The Houthi-run Al Masirah TV said the strikes hit a residential neighbourhood and killed a woman, a claim the coalition did not comment on.

A Houthi military spokesman said the group had targeted "military sites" in Khamis Mushait, home to a large Saudi air base, and vowed more attacks "as long as the aggression and siege continue".

The Iran-aligned Houthis have fired hundreds of missiles and drones at Saudi Arabia since the coalition intervened in Yemen's war in March 2015.""", [
  E(cur, "Disrupted weapons use", "intercepted and destroyed two explosive-laden drones", P("Khamis Mushait", "SA", a1="Asir"), "tuesday",
    a1="Military Forces of Saudi Arabia (2015-)", i1=1, a2=HOUTHI, i2=8),
  E(cur, "Shelling/artillery/missile attack", "a projectile fired from Yemen wounded five civilians",
    P("Samtah", "SA", lat=16.60, lon=42.94, a1="Jizan"), "tuesday", a1=HOUTHI, i1=8, a2="Civilians (Saudi Arabia)", i2=7, fat=None, inj=5),
  unscored(E(cur, "Air/drone strike", "coalition aircraft carried out a series of strikes", P("Sanaa", "YE", geoname="Sanaa", a1="Amanat al Asimah"), "tuesday",
             a1="Operation Restoring Hope", i1=8, a2=HOUTHI, i2=1, fat=1), "actor2", "inter2"),
  E(thr, "Shelling/artillery/missile attack", "vowed more attacks", C("SA"), None),
]),

S("st-h-013", "2026-05-15", """Clashes at Bologna march against arms fair; eight officers hurt

BOLOGNA — Eight police officers were injured and five people were arrested on Thursday when protesters against an international defence and security fair tried to break through a police cordon outside the exhibition centre in Bologna, police said.

About 3,000 people had marched peacefully from the city's university district, but near the fair a group of several hundred, many of them masked, threw bottles, stones and smoke bombs at officers, who responded with baton charges and tear gas. Shop windows and bank cashpoints along the route were smashed.

The interior minister condemned "violence that has nothing to do with the right to protest". Organisers said police had charged "without any reason" and that a 19-year-old student had suffered a head injury.

In Florence, about 500 people held a sit-in in front of the regional government building against the fair on Thursday afternoon; it passed off without incident.

Last October, clashes at a similar march against arms exports in Turin left more than 30 officers injured. The organisers have called a national demonstration in Rome for 2 June.""", [
  E(cur, "Violent demonstration", "threw bottles, stones and smoke bombs at officers", P("Bologna", "IT", a2="Bologna"), "thursday",
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
  E(cur, "Violent demonstration", "Petrol bombs, bricks and fireworks were thrown at police", P("Portadown", "GB", a2="Armagh City, Banbridge and Craigavon"), "saturday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, fat=None, inj=3),
  E(cur, "Disrupted weapons use", "Army technical officers made the device safe", P("Derry", "GB", a2="Derry and Strabane"), "sunday"),
  E(bg, "Armed clash", "Shots were fired at a police patrol", P("Derry", "GB", a2="Derry and Strabane"), "2025-06-01", tp=3,
    a1="New IRA", i1=2, a2=GBR_POL, i2=1, fat=0, inj=0),
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

BIH_POL = "Police Forces of Bosnia and Herzegovina (1995-)"; BLR_POL = "Police Forces of Belarus (1994-)"; LKA = "Military Forces of Sri Lanka (2024-)"
MNG_POL = "Police Forces of Mongolia (2025-)"; LBR_POL = "Police Forces of Liberia (2024-)"; SLE_POL = "Police Forces of Sierra Leone (2018-)"
GMB_POL = "Police Forces of the Gambia (2017-)"

STORIES += [
S("st-h-017", "2026-06-08", """Mostar derby marred by fan violence; 21 detained

MOSTAR — Seven people, three of them police officers, were injured on Saturday evening when hundreds of supporters of Zrinjski and Velež, Mostar's two football clubs, clashed with stones, flares and iron bars near the Bulevar, the street that once served as a front line, police in the Herzegovina-Neretva canton said.

Two cars were set on fire and the windows of a café were smashed before riot police separated the two groups with the help of armoured vehicles. Police said 21 people were detained at the scene and that the derby, which was due to kick off at 20:00, had been postponed.

On Sunday, about 200 Velež supporters marched peacefully to the city hall, accusing the police of having beaten fans who had taken no part in the fighting.

"We are ashamed. Football should bring this city together, not divide it," the mayor told local television.

Matches between the two clubs, whose fans are largely divided along ethnic lines, have repeatedly ended in violence since the war of the 1990s.""", [
  E(cur, "Mob violence", "clashed with stones, flares and iron bars", P("Mostar", "BA", a2="Herzegovina-Neretva Canton"), "saturday",
    a1="Rioters (Bosnia and Herzegovina)", i1=5, a2="Rioters (Bosnia and Herzegovina)", i2=5, fat=None, inj=7),
  E(cur, "Peaceful protest", "marched peacefully to the city hall", P("Mostar", "BA", a2="Herzegovina-Neretva Canton"), "sunday", a1="Protesters (Bosnia and Herzegovina)", i1=6),
], register="local"),

S("st-h-018", "2025-09-22", """BELARUS: Weekly review of repression, 15–21 September 2025

Human rights defenders documented at least 41 politically motivated detentions this week. The number of political prisoners stands at 1,162.

Detentions and searches
• On 16 September, KGB officers detained a retired school teacher in Brest over donations she had made to a foundation that supports families of political prisoners. She was placed in a pre-trial detention centre.
• On 18 September, police in Gomel detained five people who had taken part in the protests of 2020 after identifying them from old photographs. Four were released after paying fines; one was charged with "participation in mass riots".
• On 19 September, riot police searched the homes of three lawyers in Minsk and took them to the Investigative Committee for questioning. Two of them were later released.

Trials
• On 17 September, a court in Hrodna sentenced a 62-year-old pensioner to three years in a penal colony for comments left on social media.

In 2020, security forces detained more than 30,000 people during the mass protests that followed the disputed presidential election.

This review is based on information from our monitors and relatives of detainees.""", [
  E(cur, "Arrests", "KGB officers detained a retired school teacher in Brest", P("Brest", "BY"), "2025-09-16",
    a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
  E(cur, "Arrests", "police in Gomel detained five people", P("Gomel", "BY"), "2025-09-18", a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
  E(cur, "Arrests", "riot police searched the homes of three lawyers in Minsk", P("Minsk", "BY"), "2025-09-19",
    a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
], register="ngo"),

S("st-h-019", "2025-03-04", """SRI LANKA NAVY SEIZES INDIAN TRAWLERS, RAMESWARAM FISHERMEN STRIKE

COLOMBO, March 4 (Wire) - The Sri Lankan navy arrested 14 Indian fishermen and seized two trawlers off Delft island, northern Jaffna district, early on Sunday for fishing illegally in Sri Lankan waters, a navy spokesman said.

The fishermen were handed over to fisheries officials in Jaffna and will be produced before a magistrate, the spokesman added.

In the southern Indian port of Rameswaram, hundreds of fishermen began an indefinite strike on Monday and staged a sit-in near the railway station, demanding that New Delhi secure the release of the men and of their boats.

"Every week our people are taken. The government sends letters and nothing happens," a fishermen's association leader told reporters.

In January, a navy patrol opened fire on an Indian trawler near Delft, wounding two fishermen, one of them seriously. India summoned Sri Lanka's acting high commissioner over that incident.

More than 500 Indian fishermen were arrested by the Sri Lankan navy last year, according to Indian officials. The dispute over fishing in the Palk Strait is one of the main irritants in relations between the two neighbours.""", [
  E(cur, "Arrests", "arrested 14 Indian fishermen and seized two trawlers", P("Jaffna", "LK", 2, lat=9.6684, lon=80.0074, a1="Northern"),
    "sunday", a1=LKA, i1=1, a2="Civilians (India)", i2=7),
  E(cur, "Peaceful protest", "staged a sit-in near the railway station", P("Rameswaram", "IN", a2="Ramanathapuram"), "monday", a1="Protesters (India)", i1=6),
  E(bg, "Attack", "a navy patrol opened fire on an Indian trawler", P("Jaffna", "LK", 2, lat=9.6684, lon=80.0074, a1="Northern"),
    "2025-01-01", tp=3, a1=LKA, i1=1, a2="Civilians (India)", i2=7, fat=None, inj=2),
]),

S("st-h-020", "2026-02-16", """Police remove protesters camping on Sükhbaatar Square

ULAANBAATAR — Police removed about 60 young people who had spent the night in tents on Sükhbaatar Square on Sunday morning and detained six of them, a day after thousands of people rallied in the square against corruption in the state coal-export company.

Saturday's rally, the largest in the Mongolian capital since the winter of 2022, was peaceful. Speakers demanded the resignation of the company's board and the publication of all coal-export contracts, and crowds stood for hours in temperatures of minus 25 degrees.

Some of the protesters stayed in the square overnight. At about 7 a.m. on Sunday, police officers dismantled their tents and carried several protesters to waiting buses, according to videos shared online. The capital's police department said six people had been detained for "disobeying lawful orders" and would be fined.

The prime minister's office said on Monday that an audit of the company would be completed within a month. Organisers said they would return to the square on Saturday if the contracts had not been published by then.""", [
  E(cur, "Peaceful protest", "thousands of people rallied in the square", P("Ulaanbaatar", "MN"), "saturday", a1="Protesters (Mongolia)", i1=6),
  E(cur, "Protest with intervention", "police officers dismantled their tents", P("Ulaanbaatar", "MN"), "sunday",
    a1="Protesters (Mongolia)", i1=6, a2=MNG_POL, i2=1),
  E(hyp, "Peaceful protest", "would return to the square on Saturday", P("Ulaanbaatar", "MN"), None),
], register="wire"),

S("st-h-021", "2026-03-13", """MONROVIA, Liberia — Police fired tear gas on Thursday to break up a protest by University of Liberia students against a rise in tuition fees, and in the central town of Gbarnga motorcycle taxi riders set fire to a police depot after a colleague died in police custody, officials said.

In Monrovia, several hundred students had blocked the main road outside the university's Capitol Hill campus for about two hours when police moved in. At least five students were treated for the effects of the gas, the student union said.

In Gbarnga, the capital of Bong county, riders burned the depot and two police motorcycles and pelted officers with stones after the death of a 27-year-old rider who had been arrested on Wednesday night for riding without a licence. Police said he had collapsed in his cell. The Liberia National Police said 18 people had been arrested and that an autopsy had been ordered.

The justice minister appealed for calm and said that any officer found responsible would be prosecuted.""", [
  E(cur, "Protest with intervention", "fired tear gas on Thursday to break up a protest", P("Monrovia", "LR"), "thursday",
    a1="Protesters (Liberia)", i1=6, a2=LBR_POL, i2=1, fat=None, inj=5),
  E(cur, "Violent demonstration", "set fire to a police depot", P("Gbarnga", "LR"), "thursday", a1="Rioters (Liberia)", i1=5, a2=LBR_POL, i2=1),
]),

S("st-h-022", "2025-10-29", """SIERRA LEONE POLICE
PRESS RELEASE

Koidu City: Police restore calm after attack on Tankoro police station

The Sierra Leone Police wishes to inform the general public that on Monday 27th October 2025, at about 14:00 hours, a group of youths numbering over one hundred attacked the Tankoro police division in Koidu City, Kono District, following the death of a suspect who was in police custody.

The youths threw stones at the station, set two police vehicles ablaze and broke into the station's store. Personnel of the division fired tear gas to disperse the crowd. Four police officers sustained injuries and are receiving treatment. Nineteen suspects were arrested at the scene.

On Tuesday 28th October 2025, a team of police and military personnel conducted a cordon-and-search operation in the Tankoro area and arrested a further twelve suspects in connection with the attack.

The suspect, a 31-year-old man arrested on Sunday for a theft matter, was found unresponsive in his cell. The Inspector-General of Police has set up a panel to investigate his death, and the officers on duty have been suspended pending the outcome.

The public is reminded that taking the law into one's own hands is a criminal offence.

Signed: Director of Media and Public Relations""", [
  E(cur, "Violent demonstration", "attacked the Tankoro police division", P("Koidu", "SL"), "2025-10-27", a1="Rioters (Sierra Leone)", i1=5,
    a2=SLE_POL, i2=1, fat=None, inj=4),
  unscored(E(cur, "Arrests", "arrested a further twelve suspects", P("Koidu", "SL"), "2025-10-28", a1=SLE_POL, i1=1, a2="Rioters (Sierra Leone)", i2=5),
           "actor1", "inter1"),
], register="official"),

S("st-h-023", "2026-04-10", """Brikama youths burn tyres over power cuts; 14 arrested

BANJUL — Police in Brikama, the Gambia's second-largest town, fired tear gas on Thursday night to disperse young people who had blocked the main road with burning tyres and thrown stones at the office of the national electricity company after a week of blackouts, police said.

Fourteen people were arrested during the night, and the office's windows and a company pickup truck were destroyed, the police spokesman said. A police officer was hit on the head by a stone.

In Basse, in the far east of the country, traders closed their shops and marched peacefully to the regional governor's office on Thursday morning to complain about the same power cuts.

The energy minister said on Friday that a shipment of fuel for the power plant at Brikama had been delayed and that supply would be back to normal by the end of next week. Opposition politicians have called for a national protest against the cuts, without giving a date.

In 2023, a protest over power cuts in Brikama ended with police and protesters clashing for several hours.""", [
  E(cur, "Violent demonstration", "blocked the main road with burning tyres", P("Brikama", "GM", admin1="Western"), "thursday",
    a1="Rioters (Gambia)", i1=5, a2=GMB_POL, i2=1, fat=None, inj=1),
  E(cur, "Peaceful protest", "marched peacefully to the regional governor's office", P("Basse", "GM", geoname="Basse Santa Su"), "thursday",
    a1="Protesters (Gambia)", i1=6),
  E(hyp, "Peaceful protest", "called for a national protest", C("GM"), None),
  E(bg, "Violent demonstration", "a protest over power cuts in Brikama ended with police and protesters clashing",
    P("Brikama", "GM", admin1="Western"), "2023-01-01", tp=3),
], register="local"),
]

IND = "Military Forces of India (2014-)"; PAK = "Military Forces of Pakistan (2024-)"; TTO_POL = "Police Forces of Trinidad and Tobago (2025-)"
LSO_POL = "Police Forces of Lesotho (2022-)"; NAM_POL = "Police Forces of Namibia (2025-)"; MOZ = "Military Forces of Mozambique (2025-)"
ISM = "Islamic State Mozambique Province"; ZWE_POL = "Police Forces of Zimbabwe (2017-)"; AZE_POL = "Police Forces of Azerbaijan (2003-)"
VNM_POL = "Police Forces of Vietnam (2021-)"; TUN_POL = "Police Forces of Tunisia (2019-)"; MLI = "Military Forces of Mali (2021-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"

STORIES += [
S("st-h-024", "2026-09-15", """SRINAGAR/MUZAFFARABAD, Sept 15 (Wire) - Indian and Pakistani troops exchanged heavy mortar and artillery fire across the Line of Control in Kashmir overnight into Monday, with shells landing near Mendhar in India's Poonch district and near the town of Kotli in Pakistan-administered Kashmir, officials on both sides said.

Indian police said a woman and her teenage son were killed when a shell hit their house in a village near Mendhar. Pakistan's military said three civilians were killed and seven wounded on its side, and that its troops had "effectively responded" to "unprovoked Indian firing".

An Indian army spokesman said its soldiers had only returned fire aimed at their posts and had targeted Pakistani army positions, not civilians. He gave no figure for casualties among Pakistani troops.

Pakistan's army warned that any further violation would be met "with full force". Schools on both sides of the de facto border were closed on Monday and Tuesday.""", [
  E(cur, "Shelling/artillery/missile attack", "shells landing near Mendhar", P("Punch", "IN", 2, lat=33.7703, lon=74.0925, a1="Jammu and Kashmir"),
    "monday", a1=PAK, i1=8, a2="Civilians (India)", i2=7, fat=2),
  E(cur, "Shelling/artillery/missile attack", "near the town of Kotli in Pakistan-administered Kashmir", P("Kotli", "PK", 2, admin1="Azad Kashmir"),
    "monday", a1=IND, i1=8, a2="Civilians (Pakistan)", i2=7, fat=3, inj=7),
  E(thr, "Shelling/artillery/missile attack", "any further violation would be met", C("PK"), None),
]),

S("st-h-025", "2026-07-21", """Two killed in Laventille shootout with police; uncle and nephew gunned down in San Fernando

Two men were killed in a shootout with police in Laventille on Sunday night, and an uncle and his nephew were shot dead outside a bar in San Fernando less than 24 hours later, as the killing toll in Trinidad and Tobago continued to climb.

According to police, officers of the Inter-Agency Task Force were on patrol along the Old St Joseph Road in Laventille at about 10.40 p.m. when they came under fire from a group of men. The officers returned fire, and two men were later found dead. A pistol and a rifle were recovered. No officers were hurt.

Relatives of one of the dead men disputed the police account, saying he had been on his way home from work.

On Monday evening, gunmen got out of a car outside a bar on Coffee Street in San Fernando and opened fire on a group of men, killing a 45-year-old man and his 19-year-old nephew. A third man was wounded. Police said they were looking for the car.

The killings brought the number of murders in the country this year to 289, police figures show. Police officers have shot dead 41 people so far this year.""", [
  E(cur, "Armed clash", "came under fire from a group of men", P("Laventille", "TT"), "sunday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2=TTO_POL, i2=1, fat=2),
  E(cur, "Attack", "gunmen got out of a car outside a bar", P("San Fernando", "TT"), "monday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=2, inj=1),
], register="local"),

S("st-h-026", "2026-08-05", """MASERU — Gunmen killed five people, two of them children, in an attack on a village near Mafeteng on Sunday night, police said on Tuesday, blaming the killings on a feud between rival gangs linked to famo music.

The attackers, armed with rifles, went from house to house in the village shortly before midnight, a police spokesman said. Three other people were wounded.

On Monday, police arrested 11 suspected gang members in raids in Mohale's Hoek and seized nine firearms, the spokesman said, without saying whether any of them were suspected of taking part in Sunday's attack.

Famo, an accordion-based music popular among Basotho migrant workers, has become associated with gangs that fight over illegal mining in South Africa and settle scores in their home villages. Police say gang feuds killed more than 100 people in Lesotho last year. The government banned several famo groups in 2024, but the killings have continued.""", [
  E(cur, "Attack", "Gunmen killed five people", P("Mafeteng", "LS", 2), "sunday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=5, inj=3),
  unscored(E(cur, "Arrests", "police arrested 11 suspected gang members", P("Mohale's Hoek", "LS"), "monday", a1=LSO_POL, i1=1), "actor2", "inter2"),
]),

S("st-h-027", "2025-12-02", """Jobless youth march on parliament; three leaders detained

WINDHOEK — Police fired tear gas and detained three leaders of a movement of unemployed young people on Monday after hundreds of marchers tried to push their way into the gardens of parliament in Windhoek.

The march had set off peacefully from Katutura, the city's largest township, in the morning, and the marchers handed a petition to a deputy speaker demanding a jobs programme and a monthly grant for unemployed graduates. Trouble started when some of them tried to climb the fence.

The Namibian Police said the three would be charged with public violence. The movement's spokeswoman said they had been "arrested for asking for jobs".

In Oshakati, in the north, about 150 young people held a similar march to the regional council offices, which passed off peacefully.

Unemployment among Namibians aged 15 to 34 is estimated at more than 40 per cent.

Photo: Police fire tear gas at marchers outside parliament in Windhoek on Monday.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and detained three leaders", P("Windhoek", "NA"), "monday",
    a1="Protesters (Namibia)", i1=6, a2=NAM_POL, i2=1),
  unscored(E(cap, "Protest with intervention", "Police fire tear gas at marchers outside parliament in Windhoek on Monday", P("Windhoek", "NA"), "monday",
    a1="Protesters (Namibia)", i1=6, a2=NAM_POL, i2=1), "fatalities", "injuries", "geo_precision"),
  E(cur, "Peaceful protest", "held a similar march to the regional council offices", P("Oshakati", "NA"), "monday", a1="Protesters (Namibia)", i1=6),
], register="local"),

S("st-h-028", "2026-05-26", """SOUTHERN AFRICA POLITICAL VIOLENCE MONITOR
Weekly brief No. 21 — 18 to 24 May 2026

MOZAMBIQUE
• 19 May, Mocímboa da Praia district: Suspected Islamic State Mozambique Province fighters beheaded two men who were collecting firewood in a forest near Mocímboa da Praia, local sources said.
• 21 May, Macomia district: Mozambican troops, supported by Rwandan forces, clashed with Islamic State fighters near Macomia town. The army said six insurgents were killed; there was no independent confirmation.
• Since January, the monitor has recorded 64 incidents of political violence in Cabo Delgado province, 37 of them attributed to the insurgents.

ZIMBABWE
• 23 May, Harare: Police arrested eight activists of the Citizens Coalition for Change at a private house in Glen View, where they were holding a meeting. Police said the meeting had not been notified to them.

ZAMBIA
• 20 May, Lusaka: About 300 minibus drivers marched peacefully to the Ministry of Finance against a new fuel levy.

MALAWI AND LESOTHO
• No incidents were recorded this week.

The monitor collects data from local partners and media reports. Figures are provisional.""", [
  E(cur, "Attack", "beheaded two men who were collecting firewood", P("Mocimboa da Praia", "MZ", 2, geoname="Mocimboa"), "2026-05-19",
    a1=ISM, i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Armed clash", "clashed with Islamic State fighters near Macomia town", P("Macomia", "MZ", 2, lat=-12.24, lon=40.12, a1="Cabo Delgado"),
    "2026-05-21", a1=MOZ, i1=1, assoc_actor_1="Military Forces of Rwanda (2000-)", a2=ISM, i2=2, fat=6),
  unscored(E(cur, "Arrests", "Police arrested eight activists", P("Harare", "ZW"), "2026-05-23", a1=ZWE_POL, i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "marched peacefully to the Ministry of Finance", P("Lusaka", "ZM"), "2026-05-20", a1="Protesters (Zambia)", i1=6),
], register="monitor"),
]

STORIES += [
S("st-h-029", "2025-11-19", """BAKU, Azerbaijan — Police detained seven people outside a Baku court on Tuesday who had gathered to show support for a jailed investigative journalist as his appeal was heard, a lawyer for the detainees said.

About 20 people, most of them relatives and colleagues of the journalist, had stood silently outside the Baku Court of Appeal holding copies of his articles when plainclothes officers pushed several of them into a minibus. Four were released in the evening; three were sentenced to 30 days of administrative detention for "disobeying the police".

The court upheld the journalist's nine-year sentence for smuggling, a charge his supporters say was invented to punish his reporting on corruption.

Separately, the State Security Service said on Tuesday it had arrested nine people in Ganja on Friday on suspicion of spying for Iran and of planning "provocations" during religious ceremonies. Iran's embassy in Baku rejected the accusation as "baseless".

Rights groups say more than 350 people are held in Azerbaijan on politically motivated charges.""", [
  E(cur, "Protest with intervention", "Police detained seven people outside a Baku court", P("Baku", "AZ", a1="Baku"), "tuesday",
    a1="Protesters (Azerbaijan)", i1=6, a2=AZE_POL, i2=1),
  unscored(E(cur, "Arrests", "arrested nine people in Ganja on Friday", P("Ganja", "AZ", a1="Ganja"), "friday", a1=AZE_POL, i1=1), "actor2", "inter2"),
]),

S("st-h-030", "2026-10-07", """In Vietnam's Central Highlands, land and faith remain a tinderbox

BUON MA THUOT, Vietnam — Three years after a deadly attack on two government offices shocked Dak Lak province, the coffee-growing hills of Vietnam's Central Highlands look calm. Tourists photograph waterfalls, and new highways cut travel time to Ho Chi Minh City.

But members of ethnic minority groups interviewed for this article describe constant surveillance, pressure to renounce unregistered Protestant churches and disputes over land taken for plantations decades ago.

In June 2023, groups of armed men attacked the offices of two communes in Cu Kuin district, killing nine people, among them four police officers. More than 90 people were later convicted, several of them of terrorism, in one of the largest trials in the country's recent history. The government said the attackers had been incited by groups abroad.

Pressure has continued since. On Thursday, police in Buon Ma Thuot detained a 34-year-old Ede man who had written on Facebook about a land dispute between his village and a state-owned coffee company, his brother said. Police have not said what he is accused of.

"They want us to be quiet and grateful," said a pastor from a nearby district, who asked not to be named. "We are quiet. But the land is still not ours."

Officials in Dak Lak did not respond to requests for comment. The government says ethnic minorities enjoy equal rights and that it has spent heavily on roads, schools and clinics in the highlands.""", [
  unscored(E(bg, "Attack", "groups of armed men attacked the offices of two communes", P("Cu Kuin", "VN", 3, lat=12.58, lon=108.13, a1="Dak Lak", a2="Cu Kuin"),
             "2023-06-01", tp=3, fat=9), "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Arrests", "police in Buon Ma Thuot detained a 34-year-old Ede man", P("Buon Ma Thuot", "VN", a1="Dak Lak"), "thursday",
    a1=VNM_POL, i1=1, a2="Civilians (Vietnam)", i2=7),
], register="local"),

S("st-h-031", "2026-03-31", """Tunisia: unrest after death of young man in Ettadhamen – live

18:20
Good evening. Young men in Ettadhamen, a working-class suburb north-west of Tunis, have been throwing stones at police for more than an hour, according to residents and videos posted online. Police are firing tear gas. The unrest began after the funeral of a 19-year-old who died on Sunday; his family says he fell from a wall while being chased by police.

19:05
In central Tunis, about 200 people have gathered on Habib Bourguiba Avenue in front of the municipal theatre, holding pictures of the young man and chanting "Justice for Ettadhamen". The gathering is peaceful and police are keeping their distance.

20:40
The interior ministry says in a statement that 12 people have been arrested in Ettadhamen for "attacking security forces and damaging public property". It says three officers were injured.

21:10
The ministry also denies that the young man was chased by police. It says he died in a fall "unconnected to any police operation" and that an investigation has been opened.

22:30
Reports are coming in of youths burning tyres and blocking roads in Kasserine, in the west of the country. We are trying to confirm this.

23:15
A local journalist in Kasserine confirms that groups of young men set fire to tyres at two crossroads in the Ezzouhour neighbourhood and that police used tear gas to clear them. No arrests reported yet.

23:55
We are closing this live page for tonight. Thank you for following.""", [
  E(cur, "Violent demonstration", "throwing stones at police", P("Ettadhamen", "TN", lat=36.84, lon=10.10, a1="Ariana"), 0,
    a1="Rioters (Tunisia)", i1=5, a2=TUN_POL, i2=1, fat=None, inj=3),
  E(cur, "Peaceful protest", "gathered on Habib Bourguiba Avenue", P("Tunis", "TN"), 0, a1="Protesters (Tunisia)", i1=6),
  E(cur, "Violent demonstration", "set fire to tyres at two crossroads", P("Kasserine", "TN"), 0, a1="Rioters (Tunisia)", i1=5, a2=TUN_POL, i2=1),
], register="wire"),

S("st-h-032", "2026-01-20", """NOUAKCHOTT, Jan 20 (Wire) - Malian soldiers accompanied by Russian fighters crossed into Mauritania on Sunday and shot dead four herders near the border town of Adel Bagrou, local officials and relatives said, prompting Nouakchott to summon Mali's ambassador.

The herders, from a family that has grazed camels on both sides of the border for generations, were rounded up at a well about 10 km inside Mauritanian territory and killed, a local official told the news agency by telephone. Mali's army did not respond to a request for comment.

On Monday, several dozen people gathered outside the Malian embassy in Nouakchott to protest against the killings. Police watched but did not intervene.

Inside Mali, fighters of the al Qaeda-linked JNIM attacked an army post near Nara, about 40 km from the border, on Saturday. The army said three soldiers were killed and 12 assailants "neutralised". JNIM said in a statement that it had killed 20 soldiers and seized weapons and vehicles.

Tens of thousands of Malians have fled into Mauritania's Hodh Ech Chargui region since 2012, most of them to the Mbera refugee camp near Bassikounou.""", [
  E(cur, "Attack", "shot dead four herders", P("Adel Bagrou", "MR", 2, lat=15.54, lon=-7.06, a1="Hodh ech Chargui"), "sunday",
    a1=MLI, i1=8, a2="Civilians (Mauritania)", i2=7, fat=4, assoc_actor_1="Africa Corps"),
  E(cur, "Peaceful protest", "gathered outside the Malian embassy in Nouakchott", P("Nouakchott", "MR"), "monday", a1="Protesters (Mauritania)", i1=6),
  E(cur, "Armed clash", "attacked an army post near Nara", P("Nara", "ML", 2), "saturday", a1=JNIM, i1=2, a2=MLI, i2=1, fat=15),
]),
]

JOR = "Military Forces of Jordan (1999-)"; JOR_POL = "Police Forces of Jordan (1999-)"; CHL_POL = "Police Forces of Chile (2026-)"
KGZ_POL = "Police Forces of Kyrgyzstan (2020-)"; IRN_POL = "Police Forces of Iran (1989-)"

STORIES += [
S("st-h-033", "2026-08-25", """PAPUA NEW GUINEA: Enga Province – inter-clan violence
Situation Report No. 2
As of 24 August 2026

HIGHLIGHTS
• At least 14 people killed in two outbreaks of fighting near Wabag since 18 August.
• An estimated 2,300 people displaced; three primary schools and a health centre closed.
• Police and Defence Force personnel deployed to the area on 22 August.

SITUATION OVERVIEW
On 18 August, fighting broke out between two rival clans in villages along the Highlands Highway about 15 km east of Wabag, the provincial capital, after a dispute over compensation for a killing earlier in the year. Provincial police reported six men killed by gunfire.

Fighting resumed on 21 August, when fighters armed with factory-made and home-made guns attacked a settlement near the same stretch of road. Eight people, including two women, were killed, and about 60 houses and trade stores were burned.

On 22 August, a joint security force of police and Defence Force personnel was deployed under a call-out order. No further clashes have been reported since.

HUMANITARIAN NEEDS
Displaced families are sheltering with relatives in Wabag and in church buildings. Partners report urgent needs for food, shelter materials and medical supplies. Access along the Highlands Highway remains restricted.

The next situation report will be issued on 31 August.""", [
  unscored(E(cur, "Armed clash", "fighting broke out between two rival clans", P("Wabag", "PG", 2), "2026-08-18", fat=6), "actor1", "inter1"),
  unscored(E(cur, "Armed clash", "Fighting resumed on 21 August", P("Wabag", "PG", 2), "2026-08-21", fat=8), "actor1", "inter1"),
], register="ngo"),

S("st-h-034", "2026-10-27", """JORDAN ARMY KILLS FOUR SMUGGLERS ON SYRIAN BORDER

AMMAN, Oct 27 (Wire) - Jordanian troops killed four armed smugglers and wounded several others in a clash on the border with Syria early on Monday, the army said, the latest in a string of such incidents on the desert frontier.

The smugglers, who were trying to cross into the Ruwaished area of Mafraq governorate with large quantities of drugs, opened fire on border guards, who returned fire, the army said in a statement. It said its troops seized more than a million captagon pills and several rifles.

The army says it has foiled dozens of smuggling attempts this year. In January 2022, Jordanian troops killed 27 smugglers in a single clash on the same border.

Separately, police in Amman broke up a sit-in by several hundred people near the Israeli embassy late on Friday and detained 15 of them, witnesses said. The protesters were calling for the government to cancel a gas deal with Israel.""", [
  E(cur, "Armed clash", "killed four armed smugglers", P("Ruwaished", "JO", 2, lat=32.51, lon=38.20, a1="Mafraq"), "monday",
    a1=JOR, i1=1, a2="Unidentified Armed Group (Jordan)", i2=3, fat=4, inj=3),
  E(bg, "Armed clash", "killed 27 smugglers in a single clash", C("JO"), "2022-01-01", tp=3, fat=27),
  E(cur, "Protest with intervention", "police in Amman broke up a sit-in", P("Amman", "JO"), "friday",
    a1="Protesters (Jordan)", i1=6, a2=JOR_POL, i2=1),
]),

S("st-h-035", "2026-06-30", """Harvesters burned on Traiguen plantation; students clash with police in Santiago

TEMUCO, Chile — Armed men fired shots into the air and then burned four timber harvesters and a forwarder on a pine plantation outside Traiguen, in the Araucanía region, on Sunday night, police said. Leaflets left on the road claimed the attack for a Mapuche resistance group and demanded the return of community land.

No one was hurt. The plantation's owner said the machines were worth about 900 million pesos.

In Santiago on Monday, hooded students threw petrol bombs at riot police outside the Instituto Nacional, one of the country's best-known state schools, and set a bus on fire on the Alameda avenue. One officer suffered burns to his legs, police said. Four students were arrested.

The interior minister said the government would ask Congress to extend the state of emergency in the Araucanía and the neighbouring Biobío region, in force since 2022.""", [
  unscored(E(cur, "Looting/property destruction", "burned four timber harvesters and a forwarder", P("Traiguen", "CL", 2), "sunday",
             a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, fat=None, inj=0)),
  E(cur, "Violent demonstration", "threw petrol bombs at riot police", P("Santiago", "CL"), "monday",
    a1="Rioters (Chile)", i1=5, a2=CHL_POL, i2=1, fat=None, inj=1),
], register="local"),

S("st-h-036", "2026-04-22", """BISHKEK, Kyrgyzstan — The State Committee for National Security (GKNB) said on Tuesday it had detained five people in Osh on Monday on suspicion of calling for mass unrest in posts on social media.

The five, who included a local blogger and a former member of the city council, had urged people to gather in the city's central square to protest against rising prices for flour and fuel, the committee said in a statement. It said they faced up to ten years in prison if convicted.

The detentions came two days after about 150 people, most of them women, rallied peacefully on Bishkek's Ala-Too Square on Saturday to demand that the government cap food prices. Police watched from a distance and no one was detained.

Rights groups say the space for dissent in Kyrgyzstan has shrunk sharply since President Sadyr Japarov came to power in 2020, with dozens of journalists and activists prosecuted.""", [
  unscored(E(cur, "Arrests", "detained five people in Osh on Monday", P("Osh", "KG"), "monday", a1=KGZ_POL, i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "rallied peacefully on Bishkek's Ala-Too Square", P("Bishkek", "KG", a1="Bishkek"), "saturday", a1="Protesters (Kyrgyzstan)", i1=6),
]),

S("st-h-037", "2026-02-09", """Four police killed in attack on Saravan station; Zahedan worshippers dispersed

ZAHEDAN, Iran — Four police officers were killed and three wounded when militants attacked a police station in the town of Saravan near the Pakistani border late on Saturday, Iranian state media reported. The Sunni militant group Jaish al-Adl said in a statement that it had carried out the attack.

State television said two of the attackers were killed in the exchange of fire that followed and that others had escaped towards the border. Jaish al-Adl said none of its fighters had been killed.

In Zahedan, the provincial capital, security forces fired tear gas on Friday to disperse worshippers who marched out of the city's main Sunni mosque after prayers chanting slogans against the authorities, a rights group said. It said at least 20 people had been arrested.

Jaish al-Adl has carried out dozens of attacks on security forces in Sistan-Baluchestan, one of Iran's poorest provinces, over the past decade. In September 2022, security forces killed dozens of people when they opened fire on protesters in Zahedan.""", [
  E(cur, "Armed clash", "militants attacked a police station in the town of Saravan", P("Saravan", "IR"), "saturday",
    a1="Jaish al-Adl", i1=2, a2=IRN_POL, i2=1, fat=4, inj=3),
  E(cur, "Protest with intervention", "security forces fired tear gas on Friday to disperse worshippers", P("Zahedan", "IR"), "friday",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1),
  E(bg, "Excessive force against protesters", "security forces killed dozens of people when they opened fire on protesters",
    P("Zahedan", "IR"), "2022-09-01", tp=3, fat=12),
]),
]

GIN_POL = "Police Forces of Guinea (2021-)"

STORIES += [
S("st-h-038", "2026-05-07", """Home | Africa | Guinea

Guinea: two killed as police break up Conakry opposition march

CONAKRY — Two young men were shot dead in Conakry on Wednesday when security forces opened fire on a march by opposition supporters demanding a date for elections, according to a hospital source and the opposition coalition.

The march had set off from the Hamdallaye roundabout along the Route Le Prince, the main road through the capital's opposition strongholds, when police and gendarmes fired tear gas and then live rounds, witnesses said. The Forces Vives de Guinée coalition said three people had been killed and dozens wounded.

"They were shot in the back while running away," said the uncle of one of the dead men, a 19-year-old apprentice mechanic. "He had only gone to see what was happening."

The government spokesman said one demonstrator had died "in circumstances that remain to be established" and that the security forces had acted "with restraint" to enforce a ban on the march.

All street protests have been banned in Guinea since 2022.

Image: Smoke rises over the Route Le Prince in Conakry on Wednesday.

Related stories
Guinea's junta sets referendum date
Conakry traders strike over fuel prices

Share this article""", [
  E(cur, "Excessive force against protesters", "security forces opened fire on a march by opposition supporters", P("Conakry", "GN"), "wednesday",
    a1="Protesters (Guinea)", i1=6, a2=GIN_POL, i2=1, fat=1, inj=12),
], register="wire"),
]

BOL_POL = "Police Forces of Bolivia (2025-)"; NPL_POL = "Police Forces of Nepal (2025-)"

STORIES += [
S("st-h-039", "2026-02-25", """UPDATE 2-Bolivian miners, police clash in La Paz; two dead

(Adds second death, government comment, paragraphs 3-5)

LA PAZ, Feb 25 (Wire) - A miner and a police officer were killed on Wednesday when thousands of members of mining cooperatives clashed with police in central La Paz during a protest against a proposed change to the mining law, officials said.

The miners, many of them wearing helmets, threw sticks of dynamite at police lines near the Plaza Murillo, where the presidential palace and Congress stand, and police responded with tear gas, the government said. Dozens of people were injured and several shops along the Avenida Mariscal Santa Cruz were looted.

The police officer, a 26-year-old sergeant, died in hospital of injuries caused by a dynamite blast, the interior ministry said. The cooperatives' federation said the dead miner had been hit in the chest by a tear gas canister; the ministry said the cause of his death was still being investigated.

"We will not allow violence to take over the seat of government," the government minister told a news conference, adding that 38 people had been arrested.

Earlier on Wednesday, miners blocked the highway between El Alto and Oruro with boulders and tyres for several hours before police cleared it without incident.

The cooperatives, which employ tens of thousands of people, have threatened to return to La Paz next week if the bill is not withdrawn.""", [
  E(cur, "Violent demonstration", "threw sticks of dynamite at police lines", P("La Paz", "BO"), "wednesday",
    a1="Rioters (Bolivia)", i1=5, a2=BOL_POL, i2=1, fat=2, inj=12),
  E(cur, "Protest with intervention", "miners blocked the highway between El Alto and Oruro", P("El Alto", "BO", 2, lat=-16.50, lon=-68.19, a1="La Paz"),
    "wednesday", a1="Protesters (Bolivia)", i1=6, a2=BOL_POL, i2=1),
  E(thr, "Violent demonstration", "threatened to return to La Paz next week", P("La Paz", "BO"), None),
]),

S("st-h-040", "2026-09-02", """KATHMANDU — Police fired tear gas and water cannon at thousands of young protesters who tried to break through barricades outside the parliament building in Kathmandu on Tuesday, as demonstrations against a new social media law entered their third day.

At least 40 people, including 11 police officers, were treated in hospital, and police said 52 people had been detained. Protesters set fire to two motorcycles and a police booth near the Maitighar roundabout.

Earlier on Tuesday, protesters in Janakpur, in the southern plains, set fire to the office of a ruling party and pelted police with stones, the district administration said. Police used tear gas and fired shots into the air.

Late last month, a student was shot dead by police during a protest in the capital against the arrest of a popular YouTuber, a killing that helped spark the current wave of anger.

The government says the law is needed to fight online fraud and hate speech. Organisers have called for a general strike across the country on Thursday.""", [
  E(cur, "Violent demonstration", "tried to break through barricades outside the parliament building", P("Kathmandu", "NP"), "tuesday",
    a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1, fat=None, inj=40),
  E(cur, "Violent demonstration", "set fire to the office of a ruling party", P("Janakpur", "NP"), "tuesday",
    a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1),
  E(bg, "Excessive force against protesters", "a student was shot dead by police", P("Kathmandu", "NP"), "2026-08-01", tp=3,
    a1="Protesters (Nepal)", i1=6, a2=NPL_POL, i2=1, fat=1),
]),
]

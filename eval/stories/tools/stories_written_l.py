"""Multi-event stories written for this project (issue 11), batch l: weighted, like batches j and k, toward what fails most
on held-out news — one event told three to five times (headline, lead, quote, a later paragraph, a closing recap) that
must stay one record; riots whose looting, arson, tear gas and arrests are told in separate paragraphs (one Violent
demonstration per town and day, eval/WRITERS.md), and a second night of the same riot (another event); statements about
deaths ("the ministry announced the death of") that add to an event already told; speakers and officials that are no
protest; military, police and US government releases (several units and incidents, a capture and the detention that
follows it); deployments and reinforcements sent after an attack (no events); air-defence interception tallies beside
the attack they belong to; "the deadliest came in March" (background); "most residents fled the fighting" (no event);
land disputes between communities that turn violent (one event: Mob violence for a crowd with cane knives, an Armed
clash for armed villagers' militias); background events with and without dates; tallies that are no events; stories with
no current event (an anniversary, a trial, an analysis piece). Countries the earlier batches have least (Suriname, Fiji,
Montenegro, Lesotho, Madagascar, Guatemala, Argentina, Algeria, Zimbabwe, Cambodia...). Our own words; invented
incidents at real places, public group names; US government releases are written in their register, not copied. No
``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

SUR_POL = "Police Forces of Suriname (2025-)"; FJI_POL = "Police Forces of Fiji (2022-)"; RUS = "Military Forces of Russia (2000-)"
USA = "Military Forces of the United States (2025-)"; IRQ = "Military Forces of Iraq (2022-)"
MNE_POL = "Police Forces of Montenegro (2023-)"; GBR_POL = "Police Forces of the United Kingdom (2024-)"
DZA = "Military Forces of Algeria (2019-)"
ZWE_POL = "Police Forces of Zimbabwe (2017-)"; SAU = "Military Forces of Saudi Arabia (2015-)"; FRA_POL = "Police Forces of France (2017-)"
SWZ_POL = "Police Forces of eSwatini (1986-)"; MWI_POL = "Police Forces of Malawi (2025-)"; TZA_POL = "Police Forces of Tanzania (2021-)"

STORIES = [
S("st-l-001", "2026-05-14", """SURINAME-PROTESTS/
Shops looted, tear gas fired as Paramaribo protest over fuel taxes turns violent

PARAMARIBO, May 14 (Wire) - A protest against fuel tax rises in Suriname's capital turned violent on Wednesday, with demonstrators looting shops and setting cars on fire in the city centre before police dispersed them with tear gas, the authorities said.

Several thousand people had gathered on Independence Square in the morning at the call of trade unions and opposition groups, demanding that the government reverse a 30% increase in fuel taxes announced last week. The rally was peaceful until the early afternoon, when groups of young men broke away, marched on the National Assembly building and threw stones and bottles at police lines.

Police fired tear gas and rubber bullets to push them back. Witnesses said the groups then moved through the shopping streets near the Waterkant, smashing windows and carrying goods out of at least 20 shops. Two cars and a motorcycle were set on fire on Domineestraat.

The police commissioner said on Thursday that 46 people had been arrested and that nine officers had been injured, two of them seriously. "What happened yesterday in Paramaribo has nothing to do with the right to demonstrate," he told a news conference.

The president said in a televised address on Wednesday night that the fuel measure would be reviewed, and appealed for calm. Union leaders condemned the looting and said they would call a new rally next week.

In Nieuw Nickerie, in the west of the country, several hundred people marched peacefully to the district commissioner's office on Wednesday to hand over a petition against the increase.

The unrest recalled February 2023, when protesters stormed the National Assembly and looted shops in the capital during a demonstration against austerity measures.""", [
  E(cur, "Violent demonstration", "threw stones and bottles at police lines", P("Paramaribo", "SR"), "wednesday",
    a1="Rioters (Suriname)", i1=5, a2=SUR_POL, i2=1, fat=None, inj=9),
  E(cur, "Peaceful protest", "several hundred people marched peacefully to the district commissioner's office", P("Nieuw Nickerie", "SR"), "wednesday",
    a1="Protesters (Suriname)", i1=6),
  unscored(E(hyp, "Peaceful protest", "call a new rally next week", P("Paramaribo", "SR"), None, a1="Protesters (Suriname)", i1=6), "event_date", "time_precision"),
  unscored(E(bg, "Violent demonstration", "protesters stormed the National Assembly and looted shops", P("Paramaribo", "SR"), "2023-02-01", tp=3,
             a1="Rioters (Suriname)", i1=5), "actor2", "inter2", "fatalities"),
]),

S("st-l-002", "2026-03-10", """FIJI POLICE FORCE
MEDIA RELEASE
10 March 2026

One dead, eleven injured in land dispute near Labasa; 14 arrested

Police in the Northern Division have arrested 14 men following a violent confrontation between residents of two settlements outside Labasa over the ownership of a piece of land on Sunday afternoon, in which one man died and 11 others were injured.

Initial investigations reveal that a group of about 40 men from one settlement, armed with cane knives, iron rods and stones, went to the disputed land at Vunimoli where members of the other settlement were clearing bush for planting. A fight broke out between the two groups, during which a 46-year-old farmer sustained deep cuts to his head. He was pronounced dead on arrival at Labasa Hospital.

Eleven men, including two teenagers, were treated for injuries at Labasa Hospital; three remain admitted in a stable condition. Two houses and a farm shed near the disputed land were set alight during the confrontation.

Officers from the Labasa Police Station attended the scene and arrested 14 suspects on Monday morning. They are in police custody and are expected to be produced at the Labasa Magistrates Court this week.

A team of officers from the Northern Division has been deployed to the area and will remain there until the situation calms down. Most of the residents of the smaller settlement have left their homes and are staying with relatives in Labasa Town.

The Divisional Police Commander Northern is urging both parties to allow the iTaukei Land Trust Board and the courts to settle the dispute and to refrain from taking the law into their own hands.

Investigations continue.""", [
  E(cur, "Mob violence", "A fight broke out between the two groups", P("Labasa", "FJ", 2, lat=-16.43, lon=179.36, a1="Northern"), "sunday",
    a1="Rioters (Fiji)", i1=5, a2="Rioters (Fiji)", i2=5, fat=1, inj=11),
  unscored(E(cur, "Arrests", "arrested 14 suspects on Monday morning", P("Labasa", "FJ", 2, lat=-16.43, lon=179.36, a1="Northern"), "monday", a1=FJI_POL, i1=1),
           "actor2", "inter2"),
], register="official"),

S("st-l-003", "2026-07-16", """Zaporizhzhia: two killed in overnight drone and missile attack; Nikopol shelled again

ZAPORIZHZHIA, July 16 — Russian forces attacked Zaporizhzhia with drones and a ballistic missile overnight, killing two people and wounding 14, the head of the regional military administration said on Thursday.

A missile struck an industrial enterprise on the city's left bank shortly after 2 a.m., and drones hit a five-storey apartment building and a row of garages in the Shevchenkivskyi district, he said on Telegram. A 67-year-old man and his wife were killed when their flat caught fire. Three children were among the wounded.

"Another night of terror for Zaporizhzhia. The enemy is deliberately targeting residential buildings," he wrote.

Ukraine's air force said Russia had launched 97 Shahed-type drones and four missiles at Ukraine overnight, of which 71 drones and two missiles had been shot down or suppressed by electronic warfare. Air defence units in the Zaporizhzhia region destroyed 12 drones, according to the regional administration.

In neighbouring Dnipropetrovsk region, Russian artillery shelled Nikopol, across the Dnipro river from Russian-occupied Enerhodar, on Wednesday afternoon, wounding a 45-year-old woman, the regional governor said.

Most residents of Huliaipole, about 100 km east of Zaporizhzhia, have fled the fighting, and the town is now largely in ruins, local officials say.

Zaporizhzhia, about 35 km from the front line, has been hit almost daily this year. The deadliest strike came in April, when a glide bomb hit a bus station, killing 11 people.""", [
  unscored(E(cur, "Shelling/artillery/missile attack", "A missile struck an industrial enterprise on the city's left bank",
             P("Zaporizhzhia", "UA", geoname="Zaporizhzhya", a1="Zaporizhzhia"), "thursday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7),
           "event_date", "time_precision", "fatalities", "injuries"),
  unscored(E(cur, "Air/drone strike", "drones hit a five-storey apartment building and a row of garages", P("Zaporizhzhia", "UA", geoname="Zaporizhzhya", a1="Zaporizhzhia"),
             "thursday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2), "event_date", "time_precision", "injuries"),
  E(cur, "Shelling/artillery/missile attack", "Russian artillery shelled Nikopol", P("Nikopol", "UA", geoname="Nikopol'", a1="Dnipropetrovsk"), "wednesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=None, inj=1),
  E(bg, "Air/drone strike", "a glide bomb hit a bus station, killing 11 people", P("Zaporizhzhia", "UA", geoname="Zaporizhzhya", a1="Zaporizhzhia"),
    "2026-04-01", tp=3, a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=11),
]),

S("st-l-004", "2026-10-08", """U.S. Central Command
Oct. 8, 2026

CENTCOM Forces Capture Senior ISIS Official in Syria; Precision Strike Kills Two ISIS Operatives

TAMPA, Fla. – On Oct. 5, U.S. Central Command (CENTCOM) forces, in coordination with the Syrian Ministry of Interior, conducted a raid in Ad Dana, Idlib province, Syria, capturing a senior ISIS official responsible for the group's finance network in northwest Syria.

The detained individual has been transferred to partner force custody and is being held at a detention facility in northern Syria. No U.S. or partner forces were injured during the operation.

On Oct. 7, CENTCOM forces conducted a precision strike near Jisr al-Shughur, Idlib province, killing two ISIS operatives who were planning attacks against U.S. and partner forces in the region.

"We will relentlessly pursue ISIS terrorists wherever they hide," said Adm. Brad Cooper, CENTCOM Commander. "These operations deny ISIS the ability to plan, finance and conduct attacks."

Separately, on Oct. 6, Iraqi Security Forces killed three ISIS fighters in an operation in the Hamrin mountains, Salah al-Din province, supported by intelligence from the Global Coalition. U.S. forces did not take part in the ground operation.

Since the beginning of 2026, CENTCOM forces have conducted more than 80 operations against ISIS in Syria and Iraq, killing 45 and detaining more than 130 ISIS operatives.

CENTCOM, alongside its partners, will continue to hunt down ISIS operatives to prevent the group's resurgence.""", [
  unscored(E(cur, "Arrests", "conducted a raid in Ad Dana, Idlib province, Syria, capturing a senior ISIS official", P("Ad Dana", "SY"), "2026-10-05",
             a1=USA, i1=8), "actor2", "inter2"),
  E(cur, "Air/drone strike", "conducted a precision strike near Jisr al-Shughur", P("Jisr ash Shughur", "SY", 2), "2026-10-07",
    a1=USA, i1=8, a2="Islamic State (Syria)", i2=2, fat=2),
  E(cur, "Armed clash", "Iraqi Security Forces killed three ISIS fighters in an operation in the Hamrin mountains",
    P("Hamrin Mountains", "IQ", 3, lat=34.5, lon=44.4, a1="Salah al-Din"), "2026-10-06", a1=IRQ, i1=1, a2="Islamic State (Iraq)", i2=2, fat=3),
], register="official"),

S("st-l-005", "2026-09-24", """Police officer killed as landless farmers resist eviction in Paraguay's Canindeyú

CURUGUATY, Paraguay — A police officer was shot dead and at least 14 people were injured on Wednesday when landless farmers occupying a soy ranch in Paraguay's eastern Canindeyú department resisted an eviction ordered by a court, the National Police said.

About 400 officers, some on horseback, moved at dawn onto the ranch near Curuguaty, where around 150 families had camped since July, claiming that the land had been illegally handed to a private owner during the dictatorship. Police said some of the occupiers opened fire with shotguns as officers approached the camp, killing a 29-year-old sub-officer.

Officers fired tear gas and rubber bullets and pushed the occupiers out of the camp after a confrontation that lasted about two hours. Several huts and two tractors were burned, and 31 people were detained, police said. Eleven officers and three farmers were taken to hospital in Curuguaty.

"Nobody can shoot at the police and expect to go unpunished," the interior minister told reporters in Asunción, where he attended the officer's wake on Thursday. Farmers' organisations said the police had fired first and that two occupiers were missing.

Most of the families fled into the surrounding forest and along the road to Ypehú, local officials said.

Land conflicts are frequent in Canindeyú, where soy farms have spread over what were once forests and peasant plots. In June 2012, 17 people, among them six police officers, were killed in a clash during an eviction at Marina Kue, in the same district, a confrontation that led to the removal of the then president.""", [
  E(cur, "Violent demonstration", "landless farmers occupying a soy ranch in Paraguay's eastern Canindeyú department resisted an eviction",
    P("Curuguaty", "PY", 2, lat=-24.47, lon=-55.69, a1="Canindeyu", a2="Curuguaty"), "wednesday",
    a1="Rioters (Paraguay)", i1=5, a2="Police Forces of Paraguay (2023-)", i2=1, fat=1, inj=14),
  unscored(E(bg, "Armed clash", "were killed in a clash during an eviction at Marina Kue", P("Curuguaty", "PY", 2, lat=-24.47, lon=-55.69, a1="Canindeyu",
             a2="Curuguaty"), "2012-06-01", tp=3, fat=17), "sub_event_type", "actor1", "inter1", "actor2", "inter2"),
], register="local"),

S("st-l-006", "2026-06-25", """Madagascar court jails gendarmes over 2022 Ikongo shootings

ANTANANARIVO, June 25 — A criminal court in Fianarantsoa on Wednesday sentenced five gendarmes to between five and 12 years in prison for firing on a crowd in the southeastern town of Ikongo in August 2022, when at least 19 people were killed, in the first convictions over one of the deadliest incidents involving the security forces in Madagascar's recent history.

The crowd had gathered outside the gendarmerie post in Ikongo on Aug. 29, 2022, demanding that the gendarmes hand over four men held over the abduction of a child with albinism. Gendarmes opened fire when people tried to force their way into the post, killing at least 19 and wounding more than 20, according to the figures given at the time by the government.

The court found that the gendarmes had used live ammunition without warning against people who were mostly unarmed, and acquitted two officers of the post. Lawyers for the convicted men said they would appeal, arguing that their clients had acted to protect the detainees.

Relatives of the victims, some of whom had travelled for two days to attend the hearing, said the sentences were too light. "Nineteen people died, and the men who gave the orders are free," said the brother of a farmer who was killed.

The government dissolved the Ikongo gendarmerie post after the killings and paid compensation to some of the families. Rights groups say the case showed how mob justice and the use of lethal force by the security forces feed each other in rural Madagascar, where abductions of people with albinism have been reported for years.""", [
  unscored(E(bg, "Excessive force against protesters", "Gendarmes opened fire when people tried to force their way into the post", P("Ikongo", "MG", lat=-21.88, lon=47.43,
             a1="Fitovinany", a2="Ikongo"), "2022-08-29", fat=19), "sub_event_type", "actor1", "inter1", "actor2", "inter2", "injuries"),
], register="local"),

S("st-l-007", "2026-05-13", """ANALYSIS-Twenty-one years on, Andijan's dead are still not spoken of in Uzbekistan

TASHKENT, May 13 (Wire) - There will be no ceremony in Andijan on Wednesday. No wreaths will be laid on Bobur Square, where, 21 years ago, troops fired on thousands of people who had gathered to protest against poverty and the trial of local businessmen, and no official will mention the day at all.

On May 13, 2005, soldiers and security forces opened fire on the crowd after armed men had stormed the city's prison and freed the defendants the night before. The government said 187 people were killed, most of them "terrorists"; rights groups and witnesses put the toll at several hundred, many of them women and children shot as they tried to flee towards the Kyrgyz border.

Since President Shavkat Mirziyoyev took office in 2016, Uzbekistan has released hundreds of political prisoners, allowed some foreign media back and loosened controls on religion. But the events of 2005 remain off limits. Two bloggers who wrote about Andijan last year were questioned by the security services, according to an exiled rights group, and relatives of the dead say they are still visited by police every May.

"My brother went to the square to listen to the speeches. I have never been allowed to see his grave," said a woman now living in Turkey, who asked not to be named for fear of reprisals against her family.

Analysts say the government fears that any discussion of the killings would raise questions about the role of officials who are still in senior posts. The same fear shaped the response to the unrest in Karakalpakstan in 2022, when the authorities blamed foreign-backed "criminal groups" and tried dozens of people behind closed doors.

The Uzbek foreign ministry did not respond to a request for comment.""", [
  unscored(E(bg, "Excessive force against protesters", "troops fired on thousands of people who had gathered to protest", P("Andijan", "UZ", geoname="Andijon", a1="Andijan"), "2005-05-13",
             a1="Protesters (Uzbekistan)", i1=6, fat=187), "actor2", "inter2"),
  unscored(E(bg, "Armed clash", "armed men had stormed the city's prison", P("Andijan", "UZ", geoname="Andijon", a1="Andijan"), "2005-05-12"),
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "fatalities"),
], register="analysis"),

S("st-l-008", "2026-02-06", """Montenegro: Protesters hurl flares at parliament, police fire tear gas; 17 detained

PODGORICA — Police in Montenegro fired tear gas late on Thursday to disperse protesters who threw flares, stones and bottles at the parliament building in Podgorica during a rally against the government's plan to lease a stretch of the coast to a foreign investor.

Several thousand people had rallied outside parliament in the evening at the call of opposition parties and civic groups. After speeches by opposition leaders, a group of masked young men tore down the metal fence in front of the building and tried to force their way inside, throwing flares at the officers guarding the entrance.

Police said 11 officers had been injured and 17 people detained. Windows on the ground floor of the parliament building were broken, and a police car was overturned and set on fire in the street outside.

"Violence is not an argument. Those who attacked police officers will be held responsible," the prime minister wrote on X on Friday. Opposition leaders accused the police of using excessive force against peaceful demonstrators and said they would hold another rally next week.

By midnight the streets around parliament were calm. Smaller protests in Nikšić and Cetinje on Thursday evening passed without incident.""", [
  E(cur, "Violent demonstration", "threw flares, stones and bottles at the parliament building", P("Podgorica", "ME", lat=42.44, lon=19.26, a1="Podgorica"), "thursday",
    a1="Rioters (Montenegro)", i1=5, a2=MNE_POL, i2=1, fat=None, inj=11),
  E(cur, "Peaceful protest", "Smaller protests in Nikšić", P("Niksic", "ME", lat=42.77, lon=18.94, a1="Niksic"), "thursday", a1="Protesters (Montenegro)", i1=6),
  E(cur, "Peaceful protest", "Cetinje", P("Cetinje", "ME", lat=42.39, lon=18.91, a1="Cetinje"), "thursday", a1="Protesters (Montenegro)", i1=6),
  unscored(E(hyp, "Peaceful protest", "hold another rally next week", P("Podgorica", "ME", lat=42.44, lon=19.26, a1="Podgorica"), None,
             a1="Protesters (Montenegro)", i1=6), "event_date", "time_precision"),
], register="local"),

S("st-l-009", "2026-08-17", """Petrol bombs thrown at police in Derry for second night

LONDONDERRY, Northern Ireland — Youths threw petrol bombs, bricks and fireworks at police in the Creggan area of Derry for a second night on Sunday, the Police Service of Northern Ireland (PSNI) said, a day after a car was hijacked and set on fire in the same area.

About 50 young people, many of them masked, gathered near a bonfire site on Sunday evening and attacked police vehicles with missiles for more than three hours. Officers fired baton rounds and deployed a water cannon. Three officers were hurt, and two teenagers, aged 15 and 17, were arrested.

On Saturday night, a group of men stopped a delivery driver on Southway, forced him out of his car and set the vehicle alight across the road, before throwing petrol bombs at officers who arrived at the scene. No one was hurt.

"This was reckless, mindless violence. Young people are being used by those who have nothing to offer their community," a PSNI chief superintendent said on Monday. He said extra officers would be on duty in the city for the rest of the week.

Local politicians from all the main parties condemned the disorder, which has become an almost annual occurrence in parts of the city around 15 August.

Related coverage
Man charged after petrol bomb attack on police patrol in Strabane
Pipe bomb found near primary school in north Belfast made safe by army
Share this article""", [
  E(cur, "Violent demonstration", "Youths threw petrol bombs, bricks and fireworks at police in the Creggan area of Derry", P("Derry", "GB", 2, a1="Northern Ireland", a2="Derry and Strabane"),
    "sunday", a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, fat=None, inj=3),
  E(cur, "Violent demonstration", "throwing petrol bombs at officers who arrived at the scene", P("Derry", "GB", a1="Northern Ireland", a2="Derry and Strabane"),
    "saturday", a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, fat=0, inj=0),
], register="local"),

S("st-l-010", "2026-06-11", """MINISTRY OF NATIONAL DEFENCE
Operational results of the People's National Army, 3 to 9 June 2026

In the framework of the fight against terrorism and organised crime, and in continuity of the qualitative operations carried out by the People's National Army, units and detachments of the ANP carried out, during the period from 3 to 9 June 2026, several operations that led to the following results:

Fight against terrorism:
- On 4 June 2026, during a search and combing operation near El Milia, in the wilaya of Jijel (5th Military Region), a detachment of the People's National Army neutralised a terrorist and recovered a Kalashnikov-type machine gun and three magazines.
- On 6 June 2026, a detachment of the ANP arrested the terrorist "B. Ahmed", who had joined the terrorist groups in 2017, in Tamanrasset (6th Military Region). He has been handed over to the competent judicial authorities.
- Detachments of the ANP arrested 6 support elements of the terrorist groups in separate operations across the national territory.

Fight against organised crime:
- Detachments of the ANP, in coordinated operations with the various security services, intercepted 31 drug traffickers and seized 4 quintals and 12 kilograms of processed cannabis in Tlemcen and Béchar.
- In In Guezzam, Djanet and Bordj Badji Mokhtar, detachments of the ANP arrested 412 individuals and seized 38 vehicles, 190 generators and 96 metal detectors used in illegal gold prospecting.
- Coast guards foiled attempts at illegal emigration and rescued 87 people on board makeshift boats off the national coasts.""", [
  E(cur, "Armed clash", "a detachment of the People's National Army neutralised a terrorist", P("El Milia", "DZ", 2, lat=36.75, lon=6.27, a1="Jijel"), "2026-06-04",
    a1=DZA, i1=1, a2="Unidentified Armed Group (Algeria)", i2=3, fat=1),
  unscored(E(cur, "Arrests", "a detachment of the ANP arrested the terrorist", P("Tamanrasset", "DZ"), "2026-06-06",
             a1=DZA, i1=1), "actor2", "inter2"),
], register="official"),

S("st-l-011", "2026-04-22", """Guyanese soldiers wounded as gunmen from Venezuela ambush river patrol

GEORGETOWN, April 22 (Wire) - Armed men firing from the Venezuelan bank of the Cuyuni River ambushed a Guyana Defence Force (GDF) patrol boat near Eteringbang on Monday, wounding three soldiers, one of them seriously, the GDF said.

The patrol, which was escorting a boat carrying supplies to a border outpost, came under fire from automatic weapons at about 4 p.m., the army said in a statement. The soldiers returned fire and the attackers withdrew into the forest. The wounded were flown to Georgetown for treatment.

The GDF blamed the attack on a "sindicato", one of the criminal gangs that control illegal gold mining on the Venezuelan side of the river, and said it was the fourth attack on its patrols this year. In a video posted on social media on Tuesday, armed men who said they belonged to the gang threatened to attack any military boat that entered the river.

President Irfaan Ali said in a statement that Guyana would "not be intimidated" and that additional troops and equipment had been sent to the Cuyuni. Venezuela's government did not comment.

The border area is at the centre of a long-running dispute over Essequibo, the region that makes up two-thirds of Guyana and which Venezuela claims as its own. Tensions rose after Venezuela held a referendum on the claim in 2023.""", [
  E(cur, "Armed clash", "ambushed a Guyana Defence Force (GDF) patrol boat near Eteringbang", P("Eteringbang", "GY", 2, lat=6.72, lon=-61.13, a1="Cuyuni-Mazaruni"), "monday",
    a1="Unidentified Armed Group (Guyana)", i1=3, a2="Military Forces of Guyana (2020-)", i2=1, fat=None, inj=3),
  unscored(E(thr, "Armed clash", "threatened to attack any military boat that entered the river", P("Bartica", "GY", 2, lat=6.41, lon=-58.62, a1="Cuyuni-Mazaruni"), None,
             a1="Unidentified Armed Group (Guyana)", i1=3), "event_date", "time_precision", "actor2", "inter2", "sub_event_type"),
]),

S("st-l-012", "2026-01-20", """Gunmen kill five mourners at funeral in Lesotho's Mafeteng district

MASERU — Gunmen opened fire on mourners at a funeral in Mafeteng district in western Lesotho on Saturday, killing five people and wounding seven, police said, in what they described as the latest killing linked to rivalry between famo music gangs.

The attackers arrived in two cars as the coffin was being lowered into the grave at a village cemetery about 15 km from Mafeteng town, and fired at the mourners with rifles and pistols before driving off, a Lesotho Mounted Police Service spokesperson said on Monday.

Police said the man being buried had been a member of one of the famo gangs and had been shot dead in Maseru two weeks earlier.

"We will not rest until these killers are behind bars," the police commissioner told residents at the scene on Sunday. Soldiers were deployed to the area on Sunday to support the police, and roadblocks were set up on the main road to the South African border.

The government banned several famo groups in 2023, but the killings have continued. Police say more than 60 people have been killed in famo-related violence since the start of last year.""", [
  unscored(E(cur, "Attack", "Gunmen opened fire on mourners at a funeral", P("Mafeteng", "LS", 2), "saturday",
             a2="Civilians (Lesotho)", i2=7, fat=5, inj=7), "actor1", "inter1"),
  unscored(E(bg, "Attack", "had been shot dead in Maseru two weeks earlier", P("Maseru", "LS"), "2026-01-03", tp=2, fat=1),
           "actor1", "inter1", "actor2", "inter2", "event_date", "time_precision"),
]),

S("st-l-013", "2026-10-22", """Harare vendors fight running battles with police over market clearance

HARARE — Street vendors fought running battles with municipal and national police in central Harare on Wednesday, throwing stones and setting fire to stalls after officers began removing traders from pavements near the Copacabana bus terminus, witnesses and police said.

Police fired tear gas and used batons to push back crowds along Chinhoyi Street and Robert Mugabe Road, where vendors had barricaded the road with burning tyres and crates. Several shops were looted in the confusion, and a municipal police truck was set alight.

A national police spokesperson said 52 people had been arrested for public violence and that four officers had been injured. "The police will not tolerate the lawlessness witnessed in the central business district today," he said.

Vendors said the city council had not offered them any other place to trade. "We are not criminals. We are feeding our children," said a mother of three who sells vegetables near the terminus.

The city council said the clean-up campaign would continue until the pavements were cleared. In Bulawayo, vendors' representatives met the town clerk on Wednesday to ask for a moratorium on removals in the city.""", [
  E(cur, "Violent demonstration", "throwing stones and setting fire to stalls", P("Harare", "ZW"), "wednesday",
    a1="Rioters (Zimbabwe)", i1=5, a2=ZWE_POL, i2=1, fat=None, inj=4),
], register="local"),

S("st-l-014", "2026-09-07", """Cyprus: shops of migrants attacked as Larnaca march turns violent; anti-racism rally in Nicosia

LARNACA, Cyprus — Masked men smashed and set fire to shops owned by migrants and threw stones and petrol bombs at police in Larnaca on Saturday night, after a march against "illegal immigration" that drew about 800 people, police said.

The march, organised through social media, set off peacefully from the seafront in the early evening. After speeches outside the town hall, groups of masked men broke away and attacked a row of shops and takeaways run by migrants near the old town, smashing windows and setting two of them alight.

Police fired tear gas and used a water cannon to disperse the groups, who threw stones, bottles and petrol bombs at officers. Four officers were slightly injured and 13 people were arrested, among them two 16-year-olds, the police said on Sunday.

Photo: A police officer stands outside a burned takeaway in Larnaca's old town on Sunday morning. (Wire)

"This is not who we are," Cyprus's president said in a statement, calling the violence "shameful". The justice minister said those responsible would be "found and punished".

On Sunday, about 2,000 people marched in Nicosia against racism and in solidarity with the shop owners, carrying banners reading "Cyprus for all". The march ended peacefully outside the presidential palace.

The violence recalled the unrest of 2023, when anti-migrant riots broke out in Chlorakas and Limassol.""", [
  E(cur, "Violent demonstration", "threw stones and petrol bombs at police in Larnaca", P("Larnaca", "CY", lat=34.92, lon=33.63, a1="Larnaca"), "saturday",
    a1="Rioters (Cyprus)", i1=5, a2="Police Forces of Cyprus (2023-)", i2=1, fat=None, inj=4),
  E(cur, "Peaceful protest", "about 2,000 people marched in Nicosia against racism", P("Nicosia", "CY", lat=35.17, lon=33.35, a1="Lefkosia"), "sunday",
    a1="Protesters (Cyprus)", i1=6),
], register="local"),

S("st-l-015", "2026-08-27", """ANALYSIS-Costa Rica's murder rate climbs as gangs fight over the Caribbean port

LIMÓN, Costa Rica, Aug 27 (Wire) - The men on the motorbike did not bother to hide their faces. On Tuesday night they stopped outside a small grocery in the Limoncito neighbourhood of Limón, fired more than 20 rounds at three young men sitting on the step, and rode off. Two of the men died at the scene; the third is in hospital.

It was the 41st killing in Limón province this year, according to the Judicial Investigation Agency (OIJ), in a country that once prided itself on being the most peaceful in Central America. Costa Rica recorded 880 homicides last year, a rate of about 17 per 100,000 people, more than double that of a decade ago, and most of them are linked to drug-trafficking gangs.

The port of Limón, through which much of the country's fruit exports pass, has become a key route for cocaine shipped to Europe in containers. Rival local gangs, supplied and paid by foreign cartels, fight over control of the neighbourhoods where the drugs are stored and the jobs at the docks.

"Twenty years ago we had fights with knives. Now the kids have rifles," said a community worker in Limón.

The government has promised a maximum-security prison and tougher sentences, and has sent police reinforcements to the province. Critics say it has cut funding for schools and youth programmes in the same neighbourhoods.

The deadliest attack this year came in March, when gunmen killed five people at a party in Pococí. No arrests have been made in that case.""", [
  E(cur, "Attack", "fired more than 20 rounds at three young men sitting on the step", P("Limon", "CR", 2, lat=9.99, lon=-83.04, a1="Limon", a2="Limon"), "tuesday",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=2, inj=1),
  unscored(E(bg, "Attack", "gunmen killed five people at a party in Pococí", P("Pococi", "CR", 3, lat=10.22, lon=-83.78, a1="Limon", a2="Pococi"), "2026-03-01", tp=3,
             a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=5), "location", "admin2", "geo_precision"),
], register="analysis"),

S("st-l-016", "2026-06-18", """Saudi border fire kills five Ethiopian migrants in Yemen's Saada, health officials say

SANAA, June 18 (Wire) - Saudi border forces fired artillery shells and machine guns at a group of African migrants trying to cross into Saudi Arabia from Yemen's northern Saada province on Tuesday, killing five of them and wounding 11, health officials in the Houthi-run province said.

The migrants, all Ethiopians, were hit in the Al-Raqw area of Monabbih district, a remote mountain crossing used by smugglers, the officials said. The wounded were taken to the Republican Hospital in Saada city.

Houthi-run Al-Masirah television said Saudi shelling had killed seven migrants and a Yemeni guide. The higher toll could not be verified.

A spokesman for the Saudi-led coalition did not respond to a request for comment. Saudi Arabia has in the past denied that its forces target migrants, saying its border guards respond only to armed smugglers.

The International Organization for Migration says tens of thousands of people from the Horn of Africa cross Yemen every year to reach Saudi Arabia. Rights groups say hundreds of migrants have been killed at the border since 2022.

Separately, a landmine exploded under a car in Saada's Baqim district on Wednesday, killing two people, the same officials said.""", [
  E(cur, "Shelling/artillery/missile attack", "fired artillery shells and machine guns at a group of African migrants", P("Monabbih", "YE", 3, lat=17.18, lon=43.29, a1="Sadah",
    a2="Monabbih"), "tuesday", a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=5, inj=11),
  E(cur, "Remote explosive/landmine/IED", "a landmine exploded under a car in Saada's Baqim district", P("Baqim", "YE", 3, lat=17.4, lon=43.48, a1="Sadah", a2="Baqim"),
    "wednesday", a1="Unidentified Armed Group (Yemen)", i1=3, a2="Civilians (Yemen)", i2=7, fat=2),
]),

S("st-l-017", "2026-03-28", """Bahraini police fire tear gas at Sitra mourners after detainee's death; nine arrested

MANAMA, March 28 — Bahraini police fired tear gas and birdshot on Friday evening to disperse hundreds of people who marched through the village of Sitra after the funeral of a young man who died in custody, witnesses and an opposition group said. Nine people were arrested.

The mourners had chanted slogans against the government as they walked from the cemetery towards the main road, where riot police blocked their way, witnesses said. Several people were treated for breathing problems and birdshot wounds.

The interior ministry announced on Thursday the death of the 24-year-old detainee at a hospital in Manama, saying he had suffered "a sudden illness" and had received all necessary care. His family said he had been in good health when he was arrested in January and demanded an independent investigation.

In a statement on Saturday, the ministry said police had "dealt with an illegal gathering" in Sitra and that those arrested had blocked a road and set fire to tyres.

Earlier on Friday, several hundred people held a peaceful sit-in in Sanabis after midday prayers to demand the release of political prisoners.

Bahrain's main Shia opposition group, Al-Wefaq, was dissolved in 2016. The kingdom has banned unauthorised protests since the 2011 uprising, which was put down with the help of troops from Saudi Arabia and the United Arab Emirates.""", [
  E(cur, "Protest with intervention", "fired tear gas and birdshot on Friday evening to disperse hundreds of people", P("Sitra", "BH", geoname="Sitrah", lat=26.15, lon=50.62, a1="Manama"),
    "friday", a1="Protesters (Bahrain)", i1=6, a2="Police Forces of Bahrain (1999-)", i2=1, inj=3),
  E(cur, "Peaceful protest", "held a peaceful sit-in in Sanabis", P("Sanabis", "BH", lat=26.23, lon=50.55, a1="Manama"), "friday", a1="Protesters (Bahrain)", i1=6),
]),

S("st-l-018", "2026-03-17", """Cars burned for second night in Lyon suburbs after teenager's death in police chase

LYON, March 17 — Youths set fire to cars and rubbish bins and fired fireworks at police in Vaulx-en-Velin, east of Lyon, for a second night on Sunday, after a 17-year-old died when the motorbike he was riding crashed during a police chase on Saturday, the authorities said.

About 40 vehicles were burned and the entrance of a primary school was damaged overnight in Vaulx-en-Velin, the Rhône prefecture said, and police fired tear gas at groups of youths who threw fireworks and stones at them near the Mas du Taureau estate. Eleven people were arrested.

The unrest spread on Sunday night to neighbouring Vénissieux, where a bus was set on fire at the Minguettes terminus after its passengers and driver were made to get off, and the police station was pelted with stones. Four people were arrested there.

On Saturday night, hours after the teenager's death, about 30 cars were set alight in Vaulx-en-Velin and fireworks mortars were fired at police; seven officers were slightly injured, the interior ministry said.

The teenager, who was not wearing a helmet, crashed into a post after refusing to stop at a police check, prosecutors said. His family said a police car had rammed the motorbike. The Lyon prosecutor has opened an investigation.

"Nothing justifies the violence of the last two nights," the interior minister said on Monday, announcing that 300 additional police officers would be sent to the Lyon area. Calm returned on Monday night, the prefecture said.

A silent march in memory of the teenager is planned for Saturday in Vaulx-en-Velin.""", [
  E(cur, "Violent demonstration", "Youths set fire to cars and rubbish bins and fired fireworks at police in Vaulx-en-Velin", P("Vaulx-en-Velin", "FR", lat=45.79, lon=4.93,
    a1="Auvergne-Rhone-Alpes", a2="Rhone"), "sunday", a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1, fat=None),
  E(cur, "Violent demonstration", "a bus was set on fire at the Minguettes terminus", P("Venissieux", "FR", lat=45.7, lon=4.89, a1="Auvergne-Rhone-Alpes", a2="Rhone"),
    "sunday", a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1, fat=None),
  E(cur, "Violent demonstration", "about 30 cars were set alight in Vaulx-en-Velin", P("Vaulx-en-Velin", "FR", lat=45.79, lon=4.93, a1="Auvergne-Rhone-Alpes", a2="Rhone"),
    "saturday", a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1, fat=None, inj=7),
  unscored(E(hyp, "Peaceful protest", "A silent march in memory of the teenager is planned", P("Vaulx-en-Velin", "FR", lat=45.79, lon=4.93, a1="Auvergne-Rhone-Alpes",
             a2="Rhone"), "2026-03-21", a1="Protesters (France)", i1=6), "event_date", "time_precision"),
], register="local"),

S("st-l-019", "2026-07-10", """SOUTHERN AFRICA THIS WEEK
Our weekly round-up of political and security news from the region

ESWATINI
• Police fired tear gas and rubber bullets at striking teachers who tried to march to the Ministry of Education in Mbabane on Tuesday to demand a salary review. The teachers' union said 14 of its members were injured and six arrested.

MALAWI
• In Mzuzu, traders angry over a sudden rise in market fees blocked roads with burning tyres and stoned council vehicles on Wednesday. Police dispersed them with tear gas and said 23 people had been arrested. Several stalls at the main market were looted during the unrest.
• President Peter Mutharika addressed a rally of ruling party supporters in Blantyre on Saturday, promising new jobs for young people.

MOZAMBIQUE
• Insurgents linked to the Islamic State killed four fishermen and burned their boats on the coast near Mocímboa da Praia on Monday, local sources said. Mozambican and Rwandan troops were sent to the area the next day.
• Most residents of Mbau have fled the fighting of recent weeks, aid groups said, and the village's school and health post are closed.

NAMIBIA
• Several hundred unemployed graduates marched peacefully through Windhoek on Thursday and handed a petition to the Office of the Prime Minister.

Subscribe to receive the round-up in your inbox every Friday.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and rubber bullets at striking teachers", P("Mbabane", "SZ"), "tuesday",
    a1="Protesters (eSwatini)", i1=6, a2=SWZ_POL, i2=1, fat=None, inj=14),
  E(cur, "Violent demonstration", "blocked roads with burning tyres and stoned council vehicles", P("Mzuzu", "MW", lat=-11.47, lon=34.02, a1="Northern"), "wednesday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1),
  E(cur, "Attack", "killed four fishermen and burned their boats", P("Mocimboa da Praia", "MZ", 2, lat=-11.35, lon=40.35, a1="Cabo Delgado"), "monday",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Mozambique)", i2=7, fat=4),
  E(cur, "Peaceful protest", "marched peacefully through Windhoek", P("Windhoek", "NA"), "thursday", a1="Protesters (Namibia)", i1=6),
], register="digest"),

S("st-l-020", "2026-04-27", """Tanzanian police detain opposition leaders ahead of banned Dar es Salaam march

DAR ES SALAAM — Tanzanian police detained at least 12 senior members of the opposition party Chadema at their homes and at the party's headquarters in Dar es Salaam before dawn on Monday, hours before a march the party had called to demand electoral reforms, the party said.

The march, which police banned last week on the grounds that it threatened public order, did not take place. Armed police and water cannon trucks were stationed at the main roundabouts of the city centre throughout the day, and streets that are usually crowded were almost empty.

A police spokesman said in a statement that the detained leaders were being questioned on suspicion of "incitement to violence" and would be released on bail once investigations were complete. "The police will deal firmly with anyone who tries to disturb the peace," he said.

Chadema's secretary-general, who was among those detained, had said on Sunday that the party would "not be intimidated". The party said on Monday evening that it would announce new protest dates once its leaders were released.

In Arusha, police arrested four Chadema youth activists on Saturday as they handed out leaflets calling on residents to join the march, the party said.""", [
  unscored(E(cur, "Arrests", "detained at least 12 senior members of the opposition party Chadema", P("Dar es Salaam", "TZ"), "monday", a1=TZA_POL, i1=1),
           "actor2", "inter2"),
  E(neg, "Peaceful protest", "did not take place", P("Dar es Salaam", "TZ"), "monday", a1="Protesters (Tanzania)", i1=6),
  unscored(E(cur, "Arrests", "police arrested four Chadema youth activists on Saturday", P("Arusha", "TZ", lat=-3.37, lon=36.68, a1="Arusha"), "saturday",
             a1=TZA_POL, i1=1), "actor2", "inter2"),
]),

S("st-l-021", "2026-09-14", """Arson attack on planned refugee home in Saxony; hundreds gather against racism

DRESDEN, Sept 14 — Unknown attackers set fire to a former hotel in the eastern German town of Zittau that was due to house 60 asylum seekers from next month, early on Sunday, police said. Nobody was inside, but the roof of the building was destroyed.

Investigators found traces of an accelerant and swastikas daubed on a wall next to the building, police said. The state criminal police office's unit for politically motivated crime has taken over the investigation.

"This is an attack on all of us and on our democracy," Saxony's premier said on Sunday. The mayor of Zittau said the town would not be intimidated and that the refugees would come as planned once the building was repaired.

On Sunday evening, about 800 people gathered in the town's market square for a rally against racism called by churches and local associations. Police said it passed off without incident.

Arson attacks on refugee housing in Germany rose sharply in 2015 and 2016, when more than a million asylum seekers arrived in the country, and have risen again in the last two years, according to the federal criminal police office.""", [
  unscored(E(cur, "Looting/property destruction", "set fire to a former hotel in the eastern German town of Zittau", P("Zittau", "DE", lat=50.9, lon=14.81, a1="Sachsen"), "sunday", a2="Civilians (Germany)", i2=7),
           "actor1", "inter1"),
  E(cur, "Peaceful protest", "about 800 people gathered in the town's market square for a rally against racism", P("Zittau", "DE", lat=50.9, lon=14.81, a1="Sachsen"),
    "sunday", a1="Protesters (Germany)", i1=6),
], register="local"),

S("st-l-022", "2026-10-15", """ANALYSIS-Sweden's gang bombings fall, but children are still the foot soldiers

STOCKHOLM, Oct 15 (Wire) - The explosion that shattered the entrance of an apartment building in Uppsala early on Wednesday fitted a pattern Swedish police know well: a device left at the door of a relative of a gang member, set off in the middle of the night, and a suspect who turned out to be 15 years old.

No one was hurt in the blast in the Gottsunda district, police said, but windows were broken on three floors and 20 residents were evacuated. A boy was arrested a few hundred metres away within an hour.

Police recorded 110 bombings in Sweden last year, down from a peak of 149 in 2023, according to official figures, and shootings have also fallen. Officials credit longer sentences, new powers to stop and search people in designated zones and a law that makes it easier to prosecute those who recruit children.

But the gangs have adapted. "They hire children on Telegram and TikTok for a few thousand kronor. The children are disposable," said a criminologist at Malmö University.

The government has proposed lowering the age of criminal responsibility to 13 for the most serious crimes, a plan the Council on Legislation has criticised. The justice minister is due to visit Uppsala on Friday.""", [
  unscored(E(cur, "Remote explosive/landmine/IED", "The explosion that shattered the entrance of an apartment building in Uppsala",
             P("Uppsala", "SE", 2, lat=59.86, lon=17.64, a1="Uppsala", a2="Uppsala Kommun"), "wednesday", fat=0, inj=0), "actor1", "inter1", "actor2", "inter2"),
], register="analysis"),
]

PAN_POL = "Police Forces of Panama (2024-)"; CUB_POL = "Police Forces of Cuba (2018-)"; BGD_POL = "Police Forces of Bangladesh (2024-)"
PER = "Military Forces of Peru (2025-)"; HTI_POL = "Police Forces of Haiti (2024-)"

STORIES += [
S("st-l-023", "2026-10-20", """Trinidad and Tobago extends state of emergency after weekend of gang killings

PORT OF SPAIN, Trinidad — Trinidad and Tobago's parliament on Monday approved a three-month extension of the state of emergency declared in April, after gunmen killed five people in two shootings in Laventille and Arima over the weekend.

On Saturday night, three men were shot dead on a basketball court in Laventille by gunmen who arrived in a car and fired at least 30 rounds, police said. On Sunday afternoon, two brothers were killed in a drive-by shooting in Arima that police linked to a feud between rival gangs.

The prime minister said the killings showed that the emergency powers, which allow police to search and detain people without a warrant, were still needed. The opposition voted against the extension.

"We will not hand our streets to the gangs," the prime minister told parliament.

The country has recorded 431 murders so far this year, compared with 502 by the same date last year, police figures show. Officials credit the emergency measures for the fall.

Police and soldiers set up checkpoints in Laventille and Arima on Sunday and Monday.""", [
  E(cur, "Other", "approved a three-month extension of the state of emergency", C("TT"), "monday", a1="Government of Trinidad and Tobago (2025-)", i1=1),
  E(cur, "Attack", "three men were shot dead on a basketball court in Laventille", P("Laventille", "TT", lat=10.65, lon=-61.5, a1="San Juan-Laventille"),
    "saturday", a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=3),
  E(cur, "Attack", "two brothers were killed in a drive-by shooting in Arima", P("Arima", "TT", lat=10.64, lon=-61.28, a1="Arima"), "sunday",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=2),
]),

S("st-l-024", "2026-10-08", """LIVE: Protests over Panama's mine reopening – latest updates

18:50 — The National Police say 37 people have been arrested in Colón, where groups looted a supermarket and two pharmacies and set fire to a bus this afternoon. Police used tear gas to clear the Transístmica road at the entrance to the city.

17:20 — Riot police in Panama City have fired tear gas at students who were throwing stones at them outside the University of Panama. Several students have been treated for the effects of the gas, the university's rector says.

15:05 — In Colón, witnesses describe crowds breaking into shops on Bolívar Avenue. Smoke is rising from a burning bus near the bus terminal.

13:30 — Thousands of people are marching peacefully through the centre of David, the capital of Chiriquí province, carrying flags and banners reading "Panama is worth more without mining".

11:00 — President José Raúl Mulino, speaking at his weekly news conference, says the government will not back down on reopening the copper mine and calls on protesters to "respect the rights of others".

09:15 — Farmers and teachers have blocked the Pan-American Highway near San Félix in Chiriquí province with logs and stones, the transit authority says.

08:00 — Good morning. Unions, teachers, students and environmental groups have called a day of protests across Panama against the government's decision to reopen the copper mine, closed since the mass protests of late 2023. Follow our live coverage here.""", [
  E(cur, "Violent demonstration", "groups looted a supermarket and two pharmacies and set fire to a bus", P("Colon", "PA", lat=9.36, lon=-79.9, a1="Colon"), "2026-10-08",
    a1="Rioters (Panama)", i1=5, a2=PAN_POL, i2=1),
  E(cur, "Violent demonstration", "students who were throwing stones at them outside the University of Panama", P("Panama City", "PA", lat=8.99, lon=-79.52, a1="Panama"),
    "2026-10-08", a1="Rioters (Panama)", i1=5, a2=PAN_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "Thousands of people are marching peacefully through the centre of David", P("David", "PA", lat=8.43, lon=-82.43, a1="Chiriqui"), "2026-10-08",
    a1="Protesters (Panama)", i1=6),
  E(cur, "Peaceful protest", "blocked the Pan-American Highway near San Félix", P("San Felix", "PA", 2, lat=8.29, lon=-81.87, a1="Chiriqui"), "2026-10-08",
    a1="Protesters (Panama)", i1=6),
], register="live"),

S("st-l-025", "2026-09-03", """Santiago de Cuba residents bang pots over 20-hour blackouts; five detained days later, rights group says

HAVANA — Hundreds of residents of Santiago de Cuba took to the streets on Sunday night, banging pots and pans and chanting "We want power" after more than 20 hours without electricity, according to videos shared on social media and an exiled rights group.

The protest lasted about two hours. Police and members of the ruling party's rapid-response brigades watched but did not intervene, witnesses said.

On Tuesday, state security officers detained five people who had taken part in the protest at their homes, the rights group said. Their relatives said they had been taken to a police station in the city and had not been told of any charges.

The governor of Santiago de Cuba province acknowledged "discontent" over the blackouts on state television on Monday, but said some people "were being manipulated by enemies of the revolution".

Cuba's power grid has collapsed nationwide several times since late 2024, and most of the country now has scheduled blackouts every day. Santiago was also the scene of protests over food and power shortages in March 2024.""", [
  E(cur, "Peaceful protest", "took to the streets on Sunday night, banging pots and pans", P("Santiago de Cuba", "CU", lat=20.02, lon=-75.82, a1="Santiago de Cuba"), "sunday",
    a1="Protesters (Cuba)", i1=6),
  unscored(E(cur, "Arrests", "state security officers detained five people", P("Santiago de Cuba", "CU", lat=20.02, lon=-75.82, a1="Santiago de Cuba"), "tuesday",
             a1=CUB_POL, i1=1), "actor2", "inter2"),
  unscored(E(bg, "Peaceful protest", "protests over food and power shortages in March 2024", P("Santiago de Cuba", "CU", lat=20.02, lon=-75.82, a1="Santiago de Cuba"),
             "2024-03-01", tp=3, a1="Protesters (Cuba)", i1=6), "sub_event_type"),
], register="local"),

S("st-l-026", "2026-05-05", """One dead, 30 injured as BNP and Jamaat supporters clash in Satkania

CHATTOGRAM, May 5 — A man was killed and at least 30 people were injured on Monday when supporters of the Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami clashed with sticks, machetes and brick chips over the lease of a local bazaar in Satkania upazila, police said.

The clash broke out at about 11 a.m. and went on for more than an hour. Several shops and a Jamaat office were vandalised and set on fire, and at least ten motorcycles were burned, witnesses said.

Police fired rubber bullets and tear gas shells to bring the situation under control, the officer-in-charge of Satkania police station said. Army personnel were deployed in the area in the afternoon.

A 42-year-old Jamaat supporter who was hacked during the clash died at Chattogram Medical College Hospital on Monday night, the hospital's police camp in-charge said.

"BNP men attacked our workers with machetes," a local Jamaat leader said. A local BNP leader denied the claim and said Jamaat supporters had started the violence.

On Tuesday, police arrested eight people in connection with the clash in raids across the upazila.

Satkania has seen repeated clashes between supporters of the two parties since the national election in February.""", [
  E(cur, "Mob violence", "clashed with sticks, machetes and brick chips", P("Satkania", "BD", 3, lat=22.08, lon=92.05, a1="Chattogram", a2="Chittagong"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=1, inj=30),
  unscored(E(cur, "Arrests", "police arrested eight people in connection with the clash", P("Satkania", "BD", 3, lat=22.08, lon=92.05, a1="Chattogram", a2="Chittagong"),
             "tuesday", a1=BGD_POL, i1=1), "actor2", "inter2"),
], register="local"),

S("st-l-027", "2026-11-11", """JOINT COMMAND OF THE ARMED FORCES
OFFICIAL STATEMENT No. 031-2026-CCFFAA

The Joint Command of the Armed Forces informs the public of the following:

1. On 9 November 2026, at approximately 06:40 hours, a patrol of the Special Command of the VRAEM (CE-VRAEM), while carrying out a reconnaissance and control operation in the area of Llochegua, province of Huanta, Ayacucho region, was attacked by a terrorist column of the Militarized Communist Party of Peru (MPCP), which acts in collusion with drug trafficking.

2. In the ensuing confrontation, an army sub-officer was seriously wounded. He was evacuated by helicopter to the military hospital in Pichari, where he died the same day despite the efforts of the medical staff.

3. On 10 November 2026, in continuation of the operation, a patrol of the CE-VRAEM captured a member of the terrorist organisation near Llochegua who was carrying a rifle and ammunition. The captured individual has been placed at the disposal of the Public Ministry for the corresponding legal proceedings.

4. The Joint Command of the Armed Forces expresses its deepest condolences to the family of the fallen sub-officer and reaffirms its commitment to pacifying the VRAEM.

5. Operations continue in the area.

Lima, 11 November 2026""", [
  E(cur, "Armed clash", "was attacked by a terrorist column of the Militarized Communist Party of Peru", P("Llochegua", "PE", 2, lat=-12.41, lon=-73.91, a1="Ayacucho", a2="Huanta"),
    "2026-11-09", a1="Sendero Luminoso", i1=2, a2=PER, i2=1, fat=1),
  unscored(E(cur, "Arrests", "captured a member of the terrorist organisation near Llochegua", P("Llochegua", "PE", 2, lat=-12.41, lon=-73.91, a1="Ayacucho", a2="Huanta"),
             "2026-11-10", a1=PER, i1=1), "actor2", "inter2"),
], register="official"),

S("st-l-028", "2026-04-03", """Thousands rally in Ulaanbaatar against coal export deal; prime minister says he will not resign

ULAANBAATAR — Several thousand people gathered on Sükhbaatar Square in central Ulaanbaatar on Thursday evening to demand the cancellation of a coal export agreement that they said had been negotiated in secret, and to call for the prime minister's resignation.

The protesters, many of them students and young office workers, sang the national anthem and held up their phones as torches. Speakers accused the government of selling the country's resources cheaply. It was the largest rally in the capital since the protests that brought down the previous prime minister in 2025.

Speaking in parliament on Friday, the prime minister said the agreement would bring "billions of dollars" to the budget and that he would not resign. Opposition members walked out of the chamber in protest.

Police said the rally had passed off peacefully and that no one had been detained. The organisers said they would gather again on Sunday.""", [
  E(cur, "Peaceful protest", "Several thousand people gathered on Sükhbaatar Square", P("Ulaanbaatar", "MN", lat=47.91, lon=106.88, a1="Ulaanbaatar"), "thursday",
    a1="Protesters (Mongolia)", i1=6),
  unscored(E(hyp, "Peaceful protest", "they would gather again on Sunday", P("Ulaanbaatar", "MN", lat=47.91, lon=106.88, a1="Ulaanbaatar"), "2026-04-05",
             a1="Protesters (Mongolia)", i1=6), "event_date", "time_precision"),
]),

S("st-l-029", "2026-10-30", """HAITI: Situation Report – Artibonite and Centre departments
As of 30 October 2026

KEY POINTS
• At least 16 people killed in a gang attack on Liancourt (Artibonite) on 26 October.
• More than 9,000 people displaced from Liancourt and surrounding localities since 20 October.
• Humanitarian access on National Road 1 severely restricted.

SITUATION OVERVIEW
On 26 October, members of the Gran Grif gang attacked several neighbourhoods of Liancourt, in the Artibonite department, killing at least 16 people, including four children, and setting dozens of houses on fire, according to local authorities. Local human rights organisations report 23 deaths. Most residents fled the fighting towards Verrettes and Saint-Marc.

On 28 October, the Haitian National Police, supported by the Gang Suppression Force, clashed with members of the Viv Ansanm coalition on the outskirts of Mirebalais, in the Centre department. Authorities reported that five gang members were killed.

Since January 2026, more than 4,000 people have been killed in gang-related violence across Haiti, according to the UN human rights office.

HUMANITARIAN RESPONSE
• Partners distributed hot meals and hygiene kits to 3,500 displaced people in Verrettes.
• Mobile clinics are treating the wounded in Saint-Marc.

For further information, please contact: OCHA Haiti.""", [
  E(cur, "Attack", "members of the Gran Grif gang attacked several neighbourhoods of Liancourt", P("Liancourt", "HT", lat=19.03, lon=-72.4, a1="Artibonite"), "2026-10-26",
    a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7, fat=16),
  E(cur, "Armed clash", "clashed with members of the Viv Ansanm coalition on the outskirts of Mirebalais", P("Mirebalais", "HT", 2, lat=18.83, lon=-72.1, a1="Centre"),
    "2026-10-28", a1=HTI_POL, i1=1, assoc_actor_1="Multinational Security Support Mission in Haiti", a2="Viv Ansanm", i2=3, fat=5),
], register="ngo"),

S("st-l-030", "2026-09-16", """Ecuador extends state of emergency after gunmen kill seven in Machala billiards hall

MACHALA, Ecuador — Ecuador's government on Tuesday extended for 60 days a state of emergency in five coastal provinces, two days after gunmen killed seven people at a billiards hall in the southern city of Machala in what police described as a fight between drug gangs.

About ten men armed with rifles burst into the hall in the El Bosque neighbourhood on Sunday night and opened fire on the customers, killing seven men and wounding four, police said. Spent cartridges from at least 60 rounds were found at the scene.

On Monday, police arrested four suspects in raids in Machala and the nearby town of Pasaje and seized two rifles and a pistol. Police said the suspects belonged to Los Lobos and that the attack was aimed at members of a rival gang who used the hall.

The decree signed by President Daniel Noboa on Tuesday keeps in force the emergency measures in El Oro, Guayas, Los Ríos, Manabí and Santa Elena, which allow the armed forces to support the police in patrols and searches.

El Oro has recorded more than 300 violent deaths this year, according to police figures. "We will not give an inch to the terrorists," Noboa wrote on X.""", [
  E(cur, "Attack", "About ten men armed with rifles burst into the hall", P("Machala", "EC", 2, lat=-3.26, lon=-79.96, a1="El Oro", a2="Machala"), "sunday",
    a1="Los Lobos", i1=3, a2="Civilians (Ecuador)", i2=7, fat=7, inj=4),
  unscored(E(cur, "Arrests", "police arrested four suspects in raids in Machala", P("Machala", "EC", lat=-3.26, lon=-79.96, a1="El Oro", a2="Machala"), "monday",
             a1="Police Forces of Ecuador (2023-)", i1=1), "actor2", "inter2"),
  unscored(E(cur, "Other", "extended for 60 days a state of emergency in five coastal provinces", C("EC"), "tuesday", a1="Government of Ecuador (2023-)", i1=1),
           "location"),
], register="local"),

S("st-l-031", "2026-01-29", """Attacks on Humanitarian Workers in Sudan and South Sudan

PRESS STATEMENT
Office of the Spokesperson
January 29, 2026

The United States strongly condemns the January 26 attack on a clearly marked humanitarian convoy near Tawila, North Darfur, in which two Sudanese drivers contracted by the World Food Programme were killed and three trucks carrying food were looted and burned. Credible reports indicate that the attack was carried out by Rapid Support Forces fighters.

We are also deeply concerned by reports that unidentified gunmen abducted three aid workers of a national non-governmental organization on the road between Rumbek and Yirol in South Sudan's Lakes State on January 27. Their whereabouts remain unknown.

These attacks are unacceptable. Since April 2023, more than 120 aid workers have been killed in Sudan, most of them Sudanese nationals.

We call on all parties to allow unhindered humanitarian access and to respect international humanitarian law. The United States will continue to work with partners to hold accountable those responsible for attacks on humanitarian workers.""", [
  E(cur, "Attack", "attack on a clearly marked humanitarian convoy near Tawila", P("Tawila", "SD", 2, lat=13.5, lon=24.85, a1="North Darfur"), "2026-01-26",
    a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=2),
  unscored(E(cur, "Abduction/forced disappearance", "unidentified gunmen abducted three aid workers", P("Rumbek", "SS", 2, lat=6.81, lon=29.68, a1="Lakes"), "2026-01-27",
             a1="Unidentified Armed Group (South Sudan)", i1=3, a2="Civilians (South Sudan)", i2=7), "location"),
], register="official"),
]

IND = "Military Forces of India (2014-)"; BDI_POL = "Police Forces of Burundi (2020-)"

STORIES += [
S("st-l-032", "2026-05-21", """WHITE KNIGHT CORPS
PRESS RELEASE
21 May 2026

OP CHATROO: TWO TERRORISTS NEUTRALISED IN KISHTWAR; ONE SOLDIER MAKES SUPREME SACRIFICE

Based on specific intelligence inputs regarding the presence of terrorists in the general area of Chatroo, Kishtwar, a joint operation was launched by the Indian Army, J&K Police and CRPF on 20 May 2026.

Contact was established with the terrorists at around 1130 hours and a fierce firefight ensued. Two terrorists were neutralised in the operation. One brave soldier, who was critically injured in the exchange of fire, later succumbed to his injuries.

Two AK-47 rifles, four magazines and a large quantity of war-like stores have been recovered from the site. The operation is in progress.

White Knight Corps salutes the supreme sacrifice of the braveheart and stands firm with the bereaved family in this hour of grief.

In a separate operation on 19 May 2026, troops apprehended two overground workers of terrorists in Doda district and recovered a pistol and four grenades from their possession. The apprehended individuals have been handed over to J&K Police for further legal action.""", [
  E(cur, "Armed clash", "Contact was established with the terrorists at around 1130 hours and a fierce firefight ensued",
    P("Kishtwar", "IN", 2, lat=33.31, lon=75.77, a1="Kashmir", a2="Kishtwar"), "2026-05-20",
    a1=IND, i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=3),
  unscored(E(cur, "Arrests", "troops apprehended two overground workers of terrorists in Doda district", P("Doda", "IN", 3, lat=33.15, lon=75.55, a1="Kashmir", a2="Doda"),
             "2026-05-19", a1=IND, i1=1), "actor2", "inter2"),
], register="official"),

S("st-l-033", "2026-11-19", """Burundi opposition says ruling party youths killed local official in Ngozi; police arrest five party members

BUJUMBURA, Nov 19 — Members of the Imbonerakure, the youth league of Burundi's ruling CNDD-FDD party, beat a local official of the opposition National Congress for Freedom (CNL) to death and injured two other party members in Kiremba commune, Ngozi province, on Sunday night, the CNL said.

The three men were attacked with clubs and machetes as they walked home from a party meeting, a CNL spokesman said. The official, a 38-year-old teacher, died of his injuries in Ngozi hospital on Monday.

On Tuesday, police arrested five CNL members in Kiremba, including the party's commune secretary, accusing them of holding an unauthorised meeting. The CNL said the arrests were meant to intimidate witnesses to the killing.

The ruling party's provincial secretary denied that members of the Imbonerakure were involved and said the death was "a private matter" that the police were investigating.

Human rights groups have documented hundreds of killings, abductions and beatings of opposition members by the Imbonerakure since 2015. The CNL has said it will boycott local elections next year if the attacks continue.""", [
  E(cur, "Attack", "beat a local official of the opposition National Congress for Freedom (CNL) to death", P("Kiremba", "BI", 3, lat=-2.91, lon=29.83, a1="Ngozi", a2="Kiremba"),
    "sunday", a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, fat=1, inj=2),
  unscored(E(cur, "Arrests", "police arrested five CNL members in Kiremba", P("Kiremba", "BI", 3, lat=-2.91, lon=29.83, a1="Ngozi", a2="Kiremba"), "tuesday",
             a1=BDI_POL, i1=1), "actor2", "inter2"),
]),
S("st-l-034", "2026-02-26", """Afar and Issa militias clash over grazing land near Gewane; at least 12 killed, officials say

ADDIS ABABA, Feb 26 (Wire) - At least 12 people were killed when armed Afar and Issa Somali militiamen fought over grazing land and a water point near Gewane, in Ethiopia's Afar region, on Tuesday, local officials and residents said.

The fighting broke out at dawn on a disputed pasture east of the town after Issa herders moved their camels onto land that Afar elders say belongs to their clan, an Afar regional official said. Both sides used automatic rifles, and the fighting went on until the afternoon.

An official of the neighbouring Somali regional state gave a different account, saying Afar militiamen had attacked Issa herders and killed 15 of them. Neither toll could be verified independently.

Most residents of three villages near the pasture fled the fighting, and traffic on the Addis Ababa–Djibouti highway, which passes through Gewane, was halted for several hours. The federal government said it had deployed federal police and army units to separate the two sides.

The two communities have fought over land along the highway for decades, and hundreds of people have been killed in the past ten years, according to local officials.""", [
  E(cur, "Armed clash", "armed Afar and Issa Somali militiamen fought over grazing land and a water point near Gewane", P("Gewane", "ET", 2, lat=10.17, lon=40.65, a1="Afar"),
    "tuesday", a1="Afar Ethnic Militia (Ethiopia)", i1=4, a2="Somali Ethnic Militia (Ethiopia)", i2=4, fat=12),
]),
]

UKR = "Military Forces of Ukraine (2019-)"; GIN_POL = "Police Forces of Guinea (2021-)"; PAK = "Military Forces of Pakistan (2024-)"
PAK_POL = "Police Forces of Pakistan (2024-)"; MMR = "Military Forces of Myanmar (2021-)"

STORIES += [
S("st-l-035", "2026-04-14", """Ukrainian drone kills two in Russia's Kursk region, governor says; Moscow reports 58 drones downed

MOSCOW, April 14 (Wire) - A Ukrainian drone struck a car on a road outside the town of Rylsk in Russia's Kursk region on Monday, killing two people and wounding a child, the regional governor said.

The drone hit the car as it travelled between Rylsk and a nearby village, the governor wrote on Telegram, adding that the wounded girl, aged eight, had been taken to hospital in Kursk.

Russia's defence ministry said its air defence systems had intercepted and destroyed 58 Ukrainian drones over seven regions overnight, 21 of them over the Kursk region. It did not report any damage.

In a separate attack on Monday evening, Ukrainian artillery shelled the border village of Tetkino, damaging several houses and a power line, the governor said. No one was hurt.

Ukraine does not usually comment on individual strikes inside Russia. Its General Staff said on Monday that its forces had hit a Russian ammunition depot in the Kursk region overnight, without giving its exact location.

Ukrainian troops were pushed out of the Kursk region in the spring of 2025, months after their cross-border offensive. Last month, a Ukrainian drone hit a minibus near Glushkovo, killing three passengers, according to Russian officials.""", [
  E(cur, "Air/drone strike", "A Ukrainian drone struck a car on a road outside the town of Rylsk", P("Rylsk", "RU", 2, lat=51.57, lon=34.68, a1="Kursk"), "monday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=2, inj=1),
  E(cur, "Shelling/artillery/missile attack", "Ukrainian artillery shelled the border village of Tetkino", P("Tetkino", "RU", lat=51.28, lon=34.29, a1="Kursk"), "monday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Air/drone strike", "its forces had hit a Russian ammunition depot in the Kursk region", P("Kursk", "RU", 3, lat=51.73, lon=36.18, a1="Kursk"), "monday",
             a1=UKR, i1=8), "sub_event_type", "actor2", "inter2", "fatalities", "event_date", "time_precision"),
  E(bg, "Air/drone strike", "a Ukrainian drone hit a minibus near Glushkovo", P("Glushkovo", "RU", 2, lat=51.34, lon=34.64, a1="Kursk"), "2026-03-01", tp=3,
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=3),
]),

S("st-l-036", "2026-11-12", """Second young man dies after Labé clashes, government says

CONAKRY, Nov 12 (Wire) - Guinea's security ministry announced on Thursday the death of a second young man wounded during clashes between protesters and the security forces in the northern city of Labé on Tuesday, raising the toll from the unrest to two.

The 19-year-old was hit in the chest by a bullet and died in Labé regional hospital on Wednesday night, the ministry said in a statement, adding that an investigation had been opened. A 23-year-old motorcycle taxi driver was shot dead on Tuesday afternoon.

Young men had blocked the main road through the city centre and the road to Conakry with burning tyres and stones on Tuesday morning, answering a call by opposition parties to protest against the cost of living and the postponement of local elections. They threw stones at gendarmes and police, who responded with tear gas and, witnesses said, live rounds. Several shops along the road were looted.

The ministry said 14 members of the security forces had been injured and 37 people arrested. "The security forces did not use lethal weapons," it said.

"They shot at us as if we were animals. We only wanted to be heard," said a friend of the 19-year-old outside the hospital.

The opposition coalition said it would hold another protest on Monday. The clashes in Labé were the deadliest in the country this year.""", [
  E(cur, "Violent demonstration", "Young men had blocked the main road through the city centre", P("Labe", "GN", lat=11.32, lon=-12.28, a1="Labe", a2="Labe"), "tuesday",
    a1="Rioters (Guinea)", i1=5, a2=GIN_POL, i2=1, fat=2, inj=14),
  unscored(E(hyp, "Peaceful protest", "hold another protest on Monday", P("Labe", "GN", lat=11.32, lon=-12.28, a1="Labe", a2="Labe"), "2026-11-16",
             a1="Protesters (Guinea)", i1=6), "event_date", "time_precision"),
]),

S("st-l-037", "2026-10-27", """Militants kill two policemen in Karak; roadside bomb wounds three soldiers in North Waziristan

PESHAWAR, Oct 27 (Wire) - Militants killed two policemen at a checkpoint in Karak and a roadside bomb wounded three soldiers near Miran Shah in North Waziristan on Monday, officials said, in the latest attacks in Pakistan's northwest.

Gunmen on motorbikes opened fire on the checkpoint on the Indus Highway south of Karak shortly after midnight, killing a head constable and a constable, the district police officer said. Police returned fire and the attackers fled. No group claimed the attack, but police said they suspected the Pakistani Taliban.

In North Waziristan, a bomb planted by the roadside went off as a military convoy passed on Monday morning, wounding three soldiers, a security official said on condition of anonymity. The military's media wing did not comment.

Khyber Pakhtunkhwa's chief minister condemned the attacks and said the province's police had been given new armoured vehicles. "The sacrifices of our police will not go in vain," he said.

More than 400 police officers and soldiers have been killed in the province this year, according to police figures. The deadliest single attack came in May, when a suicide bomber drove an explosives-laden car into a police compound in Tank, killing 12 officers.""", [
  E(cur, "Armed clash", "Gunmen on motorbikes opened fire on the checkpoint", P("Karak", "PK", 2, lat=33.12, lon=71.09, a1="Khyber Pakhtunkhwa", a2="Karak"),
    "monday", a1="TTP: Tehreek-i-Taliban Pakistan", i1=2, a2=PAK_POL, i2=1, fat=2),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb wounded three soldiers near Miran Shah", P("Miran Shah", "PK", 2, lat=33.0, lon=70.07, a1="Khyber Pakhtunkhwa",
    a2="North Waziristan"), "monday", a1="Unidentified Armed Group (Pakistan)", i1=3, a2=PAK, i2=1, fat=None, inj=3),
  unscored(E(bg, "Suicide bomb", "a suicide bomber drove an explosives-laden car into a police compound in Tank", P("Tank", "PK", a1="Khyber Pakhtunkhwa"), "2026-05-01",
             tp=3, a1="Unidentified Armed Group (Pakistan)", i1=3, a2=PAK_POL, i2=1, fat=12), "admin2"),
]),

S("st-l-038", "2026-09-10", """Myanmar military air strike on monastery kills 17 in Sagaing, resistance group says; junta denies

(Wire) - A Myanmar military aircraft bombed a Buddhist monastery sheltering displaced people in Kanbalu township, in the northwestern Sagaing region, on Tuesday, killing at least 17 people, including six children, a local resistance group and residents said.

The jet dropped two bombs on the monastery compound in a village about 10 km north of Kanbalu town shortly after 1 a.m., when most of the roughly 150 people sheltering there were asleep, a member of the local People's Defence Force said. More than 30 people were wounded. Residents put the death toll at 23.

A spokesman for the military government denied that a monastery had been hit, saying the air force had targeted a "terrorist" training camp.

The National Unity Government, the shadow administration formed by opponents of the 2021 coup, called the strike a war crime and urged the UN Security Council to act. Most residents of the surrounding villages fled into the forest after the attack.

On Monday, PDF fighters attacked a military outpost near Kanbalu, killing four soldiers, according to the group. The military did not comment on the claim.

Rights groups say air strikes by the military have killed more than 1,000 civilians since the coup.""", [
  E(cur, "Air/drone strike", "A Myanmar military aircraft bombed a Buddhist monastery sheltering displaced people", P("Kanbalu", "MM", 2, lat=23.2, lon=95.52, a1="Sagaing",
    a2="Shwebo"), "tuesday", a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=17, inj=30),
  E(cur, "Armed clash", "PDF fighters attacked a military outpost near Kanbalu", P("Kanbalu", "MM", 2, lat=23.2, lon=95.52, a1="Sagaing", a2="Shwebo"), "monday",
    a1="PDF: People's Defense Force", i1=2, a2=MMR, i2=1, fat=4),
]),
]

COL = "Military Forces of Colombia (2022-)"

STORIES += [
S("st-l-039", "2026-08-13", """NATIONAL ARMY OF COLOMBIA
PRESS RELEASE

Army captures alias 'El Flaco', ringleader of the Carlos Patiño structure, in Argelia, Cauca

Popayán, 13 August 2026. In a military operation carried out on 11 August by troops of the Third Division, with the support of the Colombian Air Force, alias 'El Flaco', ringleader of the Carlos Patiño structure of the FARC dissidents, was captured in a rural area of the municipality of Argelia, Cauca.

The captured man, who was wanted for homicide, forced recruitment of minors and drug trafficking, was handed over to the Attorney General's Office together with a rifle, three grenades and communications equipment seized at the scene.

In a separate action on 12 August, troops of the 29th Brigade clashed with members of the same structure near El Plateado, in the same municipality, during an operation to destroy a cocaine laboratory. One soldier was killed and two were wounded. The wounded were evacuated by helicopter to Popayán.

The National Army reiterates its commitment to the security of the people of Cauca. Operations continue.""", [
  unscored(E(cur, "Arrests", "was captured in a rural area of the municipality of Argelia", P("Argelia", "CO", 3, lat=2.26, lon=-77.25, a1="Cauca", a2="Argelia"), "2026-08-11",
             a1=COL, i1=1), "actor2", "inter2"),
  E(cur, "Armed clash", "clashed with members of the same structure near El Plateado", P("El Plateado", "CO", 2, lat=2.29, lon=-77.08, a1="Cauca", a2="Argelia"),
    "2026-08-12", a1=COL, i1=1, a2="Carlos Patino Front", i2=2, fat=1, inj=2),
], register="official"),
]

"""Multi-event stories written for this project (issue 11), batch k: weighted, like batch j, toward what fails most on
held-out news — one event told three to five times (headline, lead, quote, a later paragraph, a closing recap) that must
stay one record; riots whose tear gas, arrests, arson and looting come in later paragraphs (one Violent demonstration
per town and day, eval/WRITERS.md); statements about deaths ("died in hospital on Thursday", "the ombudsman's office
announced the death of") that add to an event already told; presidents, governors and union leaders speaking at or
about a rally, and campaign rallies, that are no protest; military, police and US government releases (several units
and incidents in one release, a capture followed by the detention of the same suspects); background events with and
without dates ("last month", "in 2019", "last week"); tallies over periods that are no events; stories with no current
event (a trial, a commemoration, an analysis piece); two events in one sentence in two towns or two countries;
curfews and the extension of a state of exception (Other events). Countries the earlier batches have least (Poland,
Venezuela, Papua New Guinea, Chile, Zambia, the Maldives, Uruguay, Slovakia, Australia, New Zealand, North Macedonia,
Malawi, Angola, Kazakhstan, Azerbaijan...). Our own words; invented incidents at real places, public group names; US
government releases are written in their register, not copied. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

POL_POL = "Police Forces of Poland (2023-)"; VEN = "Military Forces of Venezuela (2013-)"; PNG_CLAN = "Unidentified Clan Militia (Papua New Guinea)"
USA = "Military Forces of the United States (2025-)"; SOM = "Military Forces of Somalia (2022-)"; CHL_POL = "Police Forces of Chile (2026-)"
ZAF_POL = "Police Forces of South Africa (2018-)"

STORIES = [
S("st-k-001", "2026-03-05", """POLAND-FARMERS/ (UPDATE 2)
Police fire tear gas as farmers' protest outside Polish parliament turns violent

WARSAW, March 5 (Wire) - Polish police fired tear gas and pepper spray on Wednesday at farmers who hurled paving stones, eggs and firecrackers at officers guarding the Sejm, the lower house of parliament, in the most violent of a wave of protests against the European Union's trade deal with South American countries, police said.

Fourteen officers were injured, three of whom were taken to hospital, and 19 people were detained, a Warsaw police spokeswoman said on Thursday. A police van was set on fire on Wiejska Street and the windows of several shops were smashed as groups of protesters tried to break through the metal barriers around the building.

About 10,000 farmers, many of whom had travelled to the capital by coach from eastern Poland, had marched earlier in the day from the prime minister's chancellery to the Sejm behind a column of tractors, waving flags and burning flares. Union leaders said the violence had been started by "provocateurs" who were not farmers.

"There is no consent to attacks on police officers. Those who threw stones at the Sejm on Wednesday will answer for it," the interior minister wrote on X.

On the same day, farmers blocked the road to the Medyka border crossing with Ukraine with about 80 tractors for six hours. That protest was peaceful, the border guard said.

Wednesday's clashes were the worst in Warsaw since the farmers' protests against EU climate rules two years ago. Farmers' unions have said they will block roads across the country on March 20 if the government does not vote against the deal in Brussels.""", [
  E(cur, "Violent demonstration", "hurled paving stones, eggs and firecrackers at officers", P("Warsaw", "PL"), "wednesday",
    a1="Rioters (Poland)", i1=5, a2=POL_POL, i2=1, fat=None, inj=14),
  E(cur, "Peaceful protest", "farmers blocked the road to the Medyka border crossing", P("Medyka", "PL", 2), "wednesday", a1="Protesters (Poland)", i1=6),
  E(hyp, "Peaceful protest", "block roads across the country on March 20", C("PL"), "2026-03-20", a1="Protesters (Poland)", i1=6),
]),

S("st-k-002", "2025-09-16", """Venezuelan guardsmen break up Maracaibo protest over power cuts; nine detained

MARACAIBO, Venezuela — Members of the Bolivarian National Guard fired tear gas and pellets on Monday night to break up a protest by residents of western Maracaibo who had blocked an avenue with burning tyres and piles of rubbish after four days without electricity, residents and a rights group said.

Nine people, two of them teenagers, were detained and taken to a National Guard command post, the rights group Provea said on Tuesday. A woman was hit in the leg by pellets and treated in hospital.

"We have no light and no water, the food in our fridges is rotting, and they answer us with pellets," said a resident of the La Limpia neighbourhood, where the protest took place.

The governor of Zulia state said on Tuesday that the power cuts had been caused by sabotage and that the electricity supply would be restored "in the coming hours". He did not comment on the detentions.

In Mérida, students of the University of the Andes marched to the offices of the state electricity company on Monday to protest against the rationing of power in the Andean state. The march passed without incident.

The Venezuelan Observatory of Social Conflict recorded more than 2,400 protests across the country in the first half of the year, most of them over public services. Zulia suffered a blackout of nearly a week in March 2019, during which hundreds of shops in Maracaibo were looted.""", [
  E(cur, "Violent demonstration", "fired tear gas and pellets on Monday night to break up a protest", P("Maracaibo", "VE", 2), "monday",
    a1="Rioters (Venezuela)", i1=5, a2=VEN, i2=1, fat=None, inj=1),
  E(cur, "Peaceful protest", "students of the University of the Andes marched", P("Merida", "VE"), "monday", a1="Protesters (Venezuela)", i1=6),
  unscored(E(bg, "Looting/property destruction", "hundreds of shops in Maracaibo were looted", P("Maracaibo", "VE"), "2019-03-01", tp=3),
           "actor1", "inter1", "actor2", "inter2", "fatalities"),
], register="local"),

S("st-k-003", "2026-08-11", """PNG police say clan fighting in Enga has killed 11 as gunmen ambush highway traffic

PORT MORESBY, Aug 11 (Wire) - Fighting between two clans armed with high-powered rifles in Papua New Guinea's Enga province has killed at least 11 men since Sunday, and gunmen from one side ambushed vehicles on the Highlands Highway on Monday, killing two passengers, police said.

The fighting broke out on Sunday morning in villages outside Wapenamanda, about 25 km east of the provincial capital Wabag, after a man from one clan was killed in a dispute over a land boundary, Enga's provincial police commander told reporters by telephone. Nine fighters were killed on Sunday and dozens of houses were burned.

On Monday, men armed with rifles stopped a public motor vehicle and a utility truck on the highway near Wapenamanda and opened fire, killing the driver of the bus and a passenger who had no connection with the dispute, the commander said. "They are now killing innocent travellers. This is no longer a tribal fight, it is murder," he said.

Police reinforcements and a unit of the PNG Defence Force were flown to Wabag on Monday afternoon. Prime Minister James Marape said the government would "not allow Enga to be held hostage by a few men with guns".

Enga has seen repeated outbreaks of clan fighting over land and compensation. Dozens of men were killed in an ambush in the province in February 2024, after which the government declared parts of it a fighting zone under a special law.""", [
  E(cur, "Armed clash", "Fighting between two clans armed with high-powered rifles", P("Wapenamanda", "PG", 2, lat=-5.63, lon=143.89, a1="Enga", a2="Wapenamanda"),
    "sunday", a1=PNG_CLAN, i1=4, a2=PNG_CLAN, i2=4, fat=9),
  E(cur, "Attack", "stopped a public motor vehicle and a utility truck on the highway near Wapenamanda and opened fire",
    P("Wapenamanda", "PG", 2, lat=-5.63, lon=143.89, a1="Enga", a2="Wapenamanda"), "monday",
    a1=PNG_CLAN, i1=4, a2="Civilians (Papua New Guinea)", i2=7, fat=2),
  unscored(E(bg, "Armed clash", "Dozens of men were killed in an ambush in the province", P("Enga", "PG", 3, geoname="Wabag"), "2024-02-01", tp=3),
           "actor1", "inter1", "actor2", "inter2", "fatalities", "sub_event_type"),
]),

S("st-k-004", "2026-02-20", """U.S. AFRICA COMMAND
PRESS RELEASE
Feb. 20, 2026

U.S. Africa Command conducts strikes against ISIS-Somalia and al-Shabaab

STUTTGART, Germany – In coordination with the Federal Government of Somalia, U.S. Africa Command (AFRICOM) conducted an airstrike against ISIS-Somalia in the Cal Miskaad mountains, approximately 60 kilometers southeast of Bosaso, Bari region, Feb. 17, 2026.

AFRICOM also conducted an airstrike against al-Shabaab in the vicinity of Sablale, Lower Shabelle region, Feb. 18, 2026, in support of Somali National Army forces engaged in operations against the group.

AFRICOM's initial assessment is that the strikes killed 11 ISIS-Somalia operatives and three al-Shabaab operatives, respectively, and that no civilians were injured or killed.

Earlier on Feb. 18, Somali National Army forces repelled an al-Shabaab attack on a forward operating base near Sablale. U.S. forces did not take part in the ground engagement.

AFRICOM will continue to assess the results of the operations and will provide additional information as appropriate. Specific details about the units and assets involved will not be released to ensure continued operations security.

Since Jan. 1, 2026, AFRICOM has conducted more than 40 airstrikes in Somalia in support of the Federal Government of Somalia. AFRICOM, alongside the Federal Government of Somalia and the Somali National Army, continues to take action to degrade ISIS-Somalia's and al-Shabaab's ability to plan and conduct attacks that threaten the U.S. homeland, our forces, and our citizens abroad.""", [
  E(cur, "Air/drone strike", "conducted an airstrike against ISIS-Somalia in the Cal Miskaad mountains", P("Bosaso", "SO", 2), "2026-02-17",
    a1=USA, i1=8, a2="Islamic State (Somalia)", i2=2, fat=11),
  E(cur, "Air/drone strike", "conducted an airstrike against al-Shabaab in the vicinity of Sablale", P("Sablale", "SO", 2, lat=1.57, lon=44.13, a1="Lower Shabelle",
    a2="Sablale"), "2026-02-18", a1=USA, i1=8, a2="Al Shabaab", i2=2, fat=3),
  E(cur, "Armed clash", "repelled an al-Shabaab attack on a forward operating base near Sablale", P("Sablale", "SO", 2, lat=1.57, lon=44.13, a1="Lower Shabelle",
    a2="Sablale"), "2026-02-18", a1=SOM, i1=1, a2="Al Shabaab", i2=2, fat=None),
], register="official"),

S("st-k-005", "2026-04-21", """Trucks torched in Araucanía as Congress extends state of exception

TEMUCO, Chile — Hooded attackers set fire to eight logging trucks and a loader at a forestry company's depot near Ercilla, in Chile's Araucanía region, early on Sunday, and left pamphlets signed by the Coordinadora Arauco-Malleco (CAM) demanding the return of ancestral Mapuche lands, police said. The drivers were forced out of their cabs at gunpoint before the vehicles were set alight; no one was hurt.

On Monday, Carabineros officers came under fire while patrolling a rural road near Cañete, in neighbouring Biobío region, and returned fire, the police force said. No one was hurt, and the attackers escaped into a pine plantation.

The Senate on Monday approved a further 15-day extension of the state of exception in the Araucanía region and the provinces of Arauco and Biobío, which allows the armed forces to patrol the main roads. President José Antonio Kast, who took office in March promising a firm hand in the south, said the weekend's attacks showed that the measure was needed.

"Those who burn trucks and shoot at carabineros are terrorists, and they will be treated as terrorists," the interior minister told reporters in Temuco.

Arson attacks on forestry machinery have been frequent in the region for more than a decade; the forestry contractors' association says more than 1,500 trucks have been burned since 2014.""", [
  unscored(E(cur, "Looting/property destruction", "set fire to eight logging trucks and a loader", P("Ercilla", "CL", 2, lat=-38.06, lon=-72.37, a1="Araucania",
             a2="Provincia de Malleco"), "sunday", a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, inj=0)),
  E(cur, "Armed clash", "came under fire while patrolling a rural road near Cañete", P("Canete", "CL", 2), "monday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2=CHL_POL, i2=1, fat=0, inj=0),
  E(cur, "Other", "approved a further 15-day extension of the state of exception", P("Araucania", "CL", 3, geoname="Temuco"), "monday",
    a1="Government of Chile (2026-)", i1=1),
]),

S("st-k-006", "2026-06-04", """Two dead as Mamelodi protest over power cuts turns violent; spaza shops looted

PRETORIA — Two people were killed and 38 arrested after a protest over electricity cuts in Mamelodi, east of Pretoria, turned violent on Tuesday, with residents barricading roads with burning tyres, looting foreign-owned spaza shops and stoning police vehicles, police said.

Police fired rubber bullets and stun grenades to disperse crowds along Tsamaya Road for most of the afternoon. A municipal customer-care office and a satellite police station were set alight, and a bus was stoned.

A police spokesperson said one man was shot dead inside a shop during the looting, apparently by its owner, who had been arrested. A second man, who was hit on the head by a rock during the clashes, died in hospital on Wednesday night, police said on Thursday.

"We have been without electricity for three weeks. Nobody listens to us until we burn something," a resident told a local radio station.

The City of Tshwane said the cuts were caused by illegal connections that overloaded substations, and that crews would be sent back into the area once the police had secured it. The violence in Mamelodi came a week after residents of Hammanskraal, north of the city, blocked the N1 highway with rocks and burning tyres over water shortages.

On Wednesday, about 300 residents of Soshanguve marched peacefully to the municipal offices to hand over a memorandum on the same issue.""", [
  E(cur, "Violent demonstration", "looting foreign-owned spaza shops and stoning police vehicles", P("Pretoria", "ZA", 2), "tuesday", a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1, fat=2),
  unscored(E(bg, "Violent demonstration", "blocked the N1 highway with rocks and burning tyres", P("Hammanskraal", "ZA", 1, lat=-25.41, lon=28.28, a1="Gauteng",
             a2="City of Tshwane Metropolitan Municipality"), "2026-05-26", tp=2, a1="Rioters (South Africa)", i1=5), "actor2", "inter2", "fatalities", "event_date", "time_precision"),
  E(cur, "Peaceful protest", "about 300 residents of Soshanguve marched peacefully", P("Soshanguve", "ZA", 1, lat=-25.47, lon=28.10, a1="Gauteng",
    a2="City of Tshwane Metropolitan Municipality"), "wednesday", a1="Protesters (South Africa)", i1=6),
], register="local"),

S("st-k-007", "2026-09-30", """ANALYSIS-Benin's north braces as Sahel jihadists push toward the coast

COTONOU, Sept 30 (Wire) - When the fighters came to his village near the W National Park, the farmer said, they did not shoot. They gathered the men under a tree, read out a list of rules on beards, prayer and the sale of alcohol, and left with three goats. "Next time they will not be so polite," he said.

Benin's northern borderlands with Burkina Faso and Niger have become the newest front of the Sahel's jihadist insurgency. JNIM, the al Qaeda affiliate that controls much of eastern Burkina Faso, has carried out more than 60 attacks in Benin since the start of the year, according to a count by a West African security think tank, killing at least 90 soldiers and police officers.

The deadliest came in June, when fighters stormed a police station in Banikoara before dawn, killing four officers and seizing weapons. The army has since doubled its presence in the two northern departments under Operation Mirador and built new bases along the border.

Attacks have spread from the parks into farming areas. On Sunday, suspected jihadists abducted a village chief and his son near Karimama, local officials said; their families have had no news of them.

Security analysts say the group could try to strike larger towns such as Kandi or Parakou in the coming months to show it can operate far from the border, as it has done in Togo and in southern Burkina Faso.

Benin's government, which long played down the threat, now says it is preparing for "a long war". It has recruited 5,000 additional soldiers since 2024 and asked its neighbours and Western partners for drones and intelligence.""", [
  E(bg, "Armed clash", "fighters stormed a police station in Banikoara", P("Banikoara", "BJ"), "2026-06-01", tp=3,
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Police Forces of Benin (2016-)", i2=1, fat=4),
  E(cur, "Abduction/forced disappearance", "suspected jihadists abducted a village chief and his son near Karimama",
    P("Karimama", "BJ", 2, lat=12.07, lon=3.18, a1="Alibori", a2="Karimama"), "sunday",
    a1="Unidentified Armed Group (Benin)", i1=3, a2="Civilians (Benin)", i2=7),
  unscored(E(hyp, "Attack", "could try to strike larger towns such as Kandi or Parakou", P("Parakou", "BJ"), None),
           "actor1", "inter1", "actor2", "inter2"),
], register="analysis"),

S("st-k-008", "2026-05-19", """Tamils mark end of Sri Lanka's war at Mullivaikkal; police stay away

MULLAITIVU, Sri Lanka — Thousands of Tamils gathered on the beach at Mullivaikkal in northern Sri Lanka on Monday to remember the civilians and fighters who died in the last months of the civil war, which ended there in May 2009.

Mothers who lost children lit oil lamps at a memorial stone at 10:30 a.m., the time at which bells were rung across the north and east, and a priest and a Hindu cleric led prayers. Volunteers served kanji, a rice porridge that was the only food available to many families trapped in the war zone in 2009.

For the first time in years, police did not seek court orders to stop the event, and there were no soldiers at the site, organisers said. In previous years, police had obtained orders barring remembrance events in several districts and arrested people for serving porridge; in May 2023, officers arrested three young men in Batticaloa after they handed out kanji at a roadside stall.

At the University of Jaffna, students held a separate ceremony at a memorial that the authorities demolished in 2021 and that was later rebuilt.

President Anura Kumara Dissanayake said in a statement that the government respected the right of all communities to mourn their dead, but Tamil parties said the government had yet to act on land still held by the military or on the fate of thousands of people who disappeared during the war.""", [
  unscored(E(bg, "Arrests", "officers arrested three young men in Batticaloa", P("Batticaloa", "LK"), "2023-05-01", tp=3, a1="Police Forces of Sri Lanka (2022-2024)", i1=1),
           "actor2", "inter2"),
], register="local"),

S("st-k-009", "2026-02-24", """Two farmers shot dead in Manipur; curfew imposed after protesters clash with security forces

IMPHAL, Feb 24 — Two farmers were shot dead while working in their paddy fields near Moirang in Manipur's Bishnupur district on Monday morning, police said, blaming suspected Kuki militants who fired from positions in the nearby hills.

Hours after the killings, several hundred women and young men blocked the Imphal–Churachandpur road at Moirang with burning tyres and threw stones at Assam Rifles personnel, demanding that the central forces be withdrawn from the area. Security forces fired tear gas and mock bombs to disperse them, and at least 12 people were injured.

The Bishnupur district magistrate imposed a total curfew across the district on Monday night, and mobile internet was suspended in three valley districts.

"Those responsible for the killing of innocent farmers will be brought to justice," the chief minister's office said in a statement on Tuesday, appealing for calm.

The bodies of the two farmers, aged 52 and 38, were handed over to their families after post-mortem examinations at the Regional Institute of Medical Sciences in Imphal on Tuesday.

More than 260 people have been killed in ethnic violence between the Meitei and Kuki-Zo communities since May 2023. Last month, two Kuki men were killed when unidentified gunmen ambushed their car in Kangpokpi district.""", [
  E(cur, "Attack", "Two farmers were shot dead while working in their paddy fields", P("Moirang", "IN", 2), "monday",
    a1="Kuki Ethnic Militia (India)", i1=4, a2="Civilians (India)", i2=7, fat=2),
  unscored(E(cur, "Violent demonstration", "threw stones at Assam Rifles personnel", P("Moirang", "IN"), "monday", a1="Rioters (India)", i1=5,
    a2="Military Forces of India (2014-)", i2=1, inj=12)),
  E(cur, "Other", "imposed a total curfew across the district", P("Bishnupur", "IN", 3, geoname="Bishnupur", admin1="Manipur"), "monday"),
  unscored(E(bg, "Attack", "unidentified gunmen ambushed their car in Kangpokpi district", P("Kangpokpi", "IN", 3, lat=25.15, lon=93.97, a1="Manipur", a2="Kangpokpi"),
             "2026-01-01", tp=3, a1="Unidentified Armed Group (India)", i1=3, a2="Civilians (India)", i2=7, fat=2), "actor2", "inter2"),
]),
]

NIC_POL = "Police Forces of Nicaragua (2007-)"; KEN_POL = "Police Forces of Kenya (2022-)"; CODECO = "CODECO: Cooperative for Development of Congo"
MAR_POL = "Police Forces of Morocco (1999-)"; RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
PER_POL = "Police Forces of Peru (2025-)"; IDN_POL = "Police Forces of Indonesia (2024-)"; ZMB_POL = "Police Forces of Zambia (2021-)"

STORIES += [
S("st-k-010", "2026-04-09", """Nicaragua: Arrests of Catholic Clergy and Lay Leaders

PRESS STATEMENT
Office of the Spokesperson
April 9, 2026

The United States condemns the Ortega-Murillo regime's detention of two Catholic priests in Matagalpa on April 5 and of a lay leader of the Diocese of Estelí on April 6. According to credible reports, National Police officers took the priests from their parish house hours after they celebrated Easter Sunday Mass, and detained the lay leader at his home in Estelí the following morning. Their whereabouts remain unknown.

These detentions are the latest in the regime's campaign against the Catholic Church and independent voices in Nicaragua. Since 2018, the regime has imprisoned, expelled or stripped of their nationality hundreds of religious leaders, journalists and human rights defenders, and its security forces and allied armed groups killed more than 300 people during the protests of that year.

We call on the regime to immediately release the priests and all those unjustly detained, and to disclose their whereabouts to their families. The United States will continue to use all tools at its disposal to promote accountability for those responsible for these abuses.""", [
  unscored(E(cur, "Abduction/forced disappearance", "National Police officers took the priests from their parish house", P("Matagalpa", "NI"), "2026-04-05", a1=NIC_POL, i1=1),
           "actor2", "inter2"),
  unscored(E(cur, "Abduction/forced disappearance", "detained the lay leader at his home in Estelí", P("Esteli", "NI"), "2026-04-06", a1=NIC_POL, i1=1), "actor2", "inter2"),
], register="official"),

S("st-k-011", "2026-07-07", """Saba Saba protests in Kenya – live updates

21:40 — Police have confirmed that two people were shot dead in Kitengela this afternoon, where protesters set fire to a police post and looted a supermarket. The Kenya National Commission on Human Rights says three people were killed there, and that one of them was a bystander.

19:15 — Calm is returning to Nairobi's central business district, where police spent much of the afternoon firing tear gas at groups of young protesters along Moi Avenue and Kenyatta Avenue. The police spokesman says 61 people have been arrested in the capital.

16:30 — Reports from Kitengela, south of Nairobi: crowds have set fire to the police post near the main roundabout and are looting a supermarket. Witnesses say police are firing live rounds.

14:05 — In Nyeri, several hundred protesters are marching peacefully through the town centre, waving flags and blowing whistles. Police are watching from a distance.

11:30 — Police have sealed off the roads into Nairobi's CBD with razor wire and lorries. Small groups of protesters gathering near the Kenya National Archives have been dispersed with tear gas.

09:00 — Good morning and welcome to our live coverage. Kenyans are marking Saba Saba, the anniversary of the 7 July 1990 rallies for multi-party democracy, with demonstrations against police brutality and the cost of living. Last year's Saba Saba protests left at least 31 people dead across the country, according to the rights commission.""", [
  E(cur, "Violent demonstration", "protesters set fire to a police post and looted a supermarket", P("Kitengela", "KE", 1, lat=-1.48, lon=36.96, a1="Kajiado"),
    "2026-07-07", a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1, fat=2),
  E(cur, "Protest with intervention", "firing tear gas at groups of young protesters along Moi Avenue", P("Nairobi", "KE"), "2026-07-07",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1),
  E(cur, "Peaceful protest", "several hundred protesters are marching peacefully through the town centre", P("Nyeri", "KE"), "2026-07-07",
    a1="Protesters (Kenya)", i1=6),
], register="live"),

S("st-k-012", "2026-03-18", """DEMOCRATIC REPUBLIC OF THE CONGO
Ituri Province: Flash Update No. 3 – Attack on a displacement site in Djugu Territory
18 March 2026

HIGHLIGHTS
• At least 14 internally displaced people killed in an attack on a displacement site near Bule on 15 March.
• Some 8,000 people have fled the site towards Bunia and Fataki.
• Humanitarian activities suspended in parts of Djugu territory.

SITUATION OVERVIEW
On the night of 15 March, armed men attacked a displacement site near Bule, in Djugu territory, killing at least 14 people, including six children, and wounding 19, according to local authorities. Civil society organisations report 22 deaths. Dozens of shelters were burned. Local sources attributed the attack to CODECO militiamen.

On 16 March, clashes between CODECO and the Zaïre militia were reported near Fataki, about 30 km to the north. The number of casualties is not known.

In Irumu territory, suspected ADF combatants killed five farmers in their fields near Komanda on 17 March.

Since the beginning of 2026, humanitarian partners have recorded more than 200 civilian deaths in Djugu and Irumu territories.

HUMANITARIAN RESPONSE
Partners have distributed emergency shelter kits to 1,200 families in Bunia. Mobile clinics supported by the provincial health division are treating the wounded at Bule general hospital. Access remains difficult on the Bunia–Fataki road because of insecurity.

For further information, please contact: OCHA DRC, Bunia sub-office.""", [
  E(cur, "Attack", "armed men attacked a displacement site near Bule", P("Djugu", "CD", 2, lat=1.92, lon=30.50, a1="Ituri", a2="Djugu"), "2026-03-15",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=14, inj=19),
  E(cur, "Armed clash", "clashes between CODECO and the Zaïre militia were reported near Fataki", P("Djugu", "CD", 2, lat=1.92, lon=30.50, a1="Ituri", a2="Djugu"),
    "2026-03-16", a1=CODECO, i1=4, a2="Zaire Militia", i2=4, fat=None),
  E(cur, "Attack", "suspected ADF combatants killed five farmers in their fields near Komanda", P("Komanda", "CD", 2, lat=1.37, lon=29.77, a1="Ituri"), "2026-03-17",
    a1="ADF: Allied Democratic Forces", i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=5),
], register="ngo"),
]

STORIES += [
S("st-k-013", "2026-09-28", """GenZ 212 anniversary: police detain dozens in Rabat, youths torch bank branch in Beni Mellal

RABAT, Sept 28 (Wire) - Moroccan police detained dozens of young people in central Rabat on Saturday as they tried to gather outside parliament to mark a year since the GenZ 212 youth protests over health care and education, while in Beni Mellal youths set fire to a bank branch and threw stones at security forces, the authorities said.

In Rabat, officers in plain clothes and in uniform moved in as soon as small groups began to chant on Mohammed V Avenue, pushing them into police vans. The Moroccan Association for Human Rights (AMDH) said 43 people had been detained, most of whom were released on Sunday without charge.

In Beni Mellal, several hundred youths gathered after nightfall, blocked the main road with burning tyres, set fire to a bank branch and two cars and pelted the security forces with stones, the local authorities said in a statement. Eleven members of the security forces were injured and 17 people were arrested.

"We will not allow a small group of troublemakers to take the city hostage," the governor of the province said on Sunday.

In Tangier, about 200 young people held a sit-in near the Grand Socco without interference.

The GenZ 212 movement, organised on the Discord platform, brought thousands of young Moroccans onto the streets in late September and early October 2025, and three people were killed during those protests. The government has since promised to raise health and education spending in the 2026 budget.""", [
  E(cur, "Protest with intervention", "police detained dozens of young people in central Rabat", P("Rabat", "MA"), "saturday",
    a1="Protesters (Morocco)", i1=6, a2=MAR_POL, i2=1),
  E(cur, "Violent demonstration", "set fire to a bank branch and threw stones at security forces", P("Beni Mellal", "MA", a1="Beni Mellal-Khenifra"), "saturday",
    a1="Rioters (Morocco)", i1=5, a2=MAR_POL, i2=1, fat=None, inj=11),
  E(cur, "Peaceful protest", "held a sit-in near the Grand Socco", P("Tangier", "MA", a1="Tanger-Tetouan-Al Hoceima"), "saturday", a1="Protesters (Morocco)", i1=6),
]),

S("st-k-014", "2026-01-06", """Kazakh court jails former officers for torturing detainees after 2022 unrest

ALMATY — A court in Almaty on Monday sentenced four former police officers and a former officer of the National Security Committee (KNB) to between five and eight years in prison for torturing people detained during the unrest of January 2022, in one of the few cases in which members of the security forces have been held to account for abuses during the crackdown.

The court found that the five men had beaten detainees, burned them with a clothes iron and threatened them with rape at a police station in the city's Auezov district in the days after the unrest. Two other defendants were acquitted. Relatives of victims who had waited outside the courtroom since the morning said the sentences were too light.

The unrest, which began as protests against a rise in fuel prices in the west of the country and turned within days into riots in Almaty and other cities, was put down after security forces were ordered to shoot without warning. Officials say 238 people were killed, among them 19 members of the security forces.

President Kassym-Jomart Tokayev, who called in troops from a Russian-led military alliance during the crisis, has blamed the violence on "terrorists" and foreign-trained militants, but has also promised to investigate abuses by the security forces. Rights groups say hundreds of complaints of torture have been filed and that most have been closed without charges.""", [
  unscored(E(bg, "Attack", "had beaten detainees, burned them with a clothes iron", P("Almaty", "KZ", a1="Almaty"), "2022-01-01", tp=3),
           "actor1", "inter1", "actor2", "inter2", "fatalities", "event_date", "time_precision", "sub_event_type"),
], register="local"),

S("st-k-015", "2026-06-23", """Russian drones kill two in Odesa; Ukraine says it hit refinery deep inside Russia

KYIV, June 23 (Wire) - Russian drones struck port facilities and an apartment building in Odesa late on Monday, killing two people and wounding nine, the regional governor said, while Ukraine's military said it had hit an oil refinery in Russia's Samara region, more than 1,000 km from the front line, the same night.

A fire broke out at a grain terminal in the port, and the top floors of a nine-storey building in the city's Kyivskyi district were destroyed, the governor said on Telegram. A 15-year-old girl was among the dead.

In Russia, the governor of Samara region said drones had attacked "an industrial enterprise" in Novokuibyshevsk, causing a fire that was put out by morning; he did not report any casualties. Ukraine's General Staff said its drones had struck the Novokuibyshevsk refinery, which processes about 8 million tonnes of crude a year.

Russia's defence ministry said its air defences had destroyed 56 Ukrainian drones over eight regions overnight. Ukraine's air force said Russia had launched 112 drones and two ballistic missiles at Ukraine, and that 89 of the drones had been shot down or jammed.

Earlier on Monday, Russian artillery shelled the town of Kostiantynivka in the Donetsk region, killing a woman at a bus stop, the regional governor said.

Both sides have stepped up long-range strikes on energy and port infrastructure since talks brokered by the United States stalled in the spring.""", [
  E(cur, "Air/drone strike", "Russian drones struck port facilities and an apartment building in Odesa", P("Odesa", "UA", geoname="Odessa", a1="Odesa"), "monday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=9),
  unscored(E(cur, "Air/drone strike", "its drones had struck the Novokuibyshevsk refinery", P("Novokuybyshevsk", "RU"), "monday", a1=UKR, i1=8, fat=None),
           "actor2", "inter2"),
  E(cur, "Shelling/artillery/missile attack", "Russian artillery shelled the town of Kostiantynivka", P("Kostyantynivka", "UA", admin1="Donetsk"), "monday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
]),

S("st-k-016", "2026-02-19", """Student dies after Lima clashes; ombudsman calls for inquiry into police response

LIMA — A 24-year-old man who was hit in the head by a tear gas canister during clashes between protesters and police in central Lima on Wednesday night died in hospital on Thursday morning, Peru's ombudsman's office said.

Thousands of young people, transport workers and students had marched through the centre of the capital on Wednesday afternoon against extortion by criminal gangs and what they called the government's failure to stop it. Near Abancay Avenue, hooded protesters threw stones and fireworks at police lines blocking the way to Congress, and officers responded with tear gas and pellets.

The ombudsman's office announced the death of the young man, a university student, on Thursday and said 38 people had been injured in the clashes, 20 of them police officers. Police said 11 people had been detained.

"He was not a criminal. He was a student who wanted to live without fear," his sister told reporters outside the hospital.

The interior minister said the police had acted "with restraint" and blamed "infiltrators" for the violence. Marches in Arequipa and Trujillo on Wednesday passed off peacefully.

More than 50 people were killed in clashes with the security forces during the protests that followed the removal of former president Pedro Castillo in December 2022.""", [
  E(cur, "Violent demonstration", "hooded protesters threw stones and fireworks at police lines", P("Lima", "PE", a1="Lima"), "wednesday",
    a1="Rioters (Peru)", i1=5, a2=PER_POL, i2=1, fat=1, inj=38),
  E(cur, "Peaceful protest", "Marches in Arequipa", P("Arequipa", "PE"), "wednesday", a1="Protesters (Peru)", i1=6),
  E(cur, "Peaceful protest", "Trujillo", P("Trujillo", "PE"), "wednesday", a1="Protesters (Peru)", i1=6),
], register="local"),

S("st-k-017", "2026-05-27", """NATIONAL POLICE OF THE REPUBLIC OF INDONESIA
Public Relations Division

PRESS RELEASE

Densus 88 Arrests Seven Terrorist Suspects in Three Provinces

Jakarta, 27 May 2026 – The National Police's Special Detachment 88 Anti-Terror (Densus 88) arrested seven suspected members of the Jamaah Ansharut Daulah (JAD) terrorist network in three provinces between 24 and 26 May 2026.

1. On Sunday, 24 May 2026, at around 06.30 WIB, officers arrested two suspects with the initials AS (34) and MR (29) in Sukoharjo Regency, Central Java. Both are suspected of raising funds for the network and of taking part in paramilitary training.

2. On Monday, 25 May 2026, officers arrested a suspect with the initials H (41) in Bandar Lampung, Lampung, who is suspected of storing materials for making explosives.

3. On Tuesday, 26 May 2026, officers arrested four suspects in Padang and Bukittinggi, West Sumatra.

All seven suspects have been brought to Jakarta and are being detained at the Densus 88 facility for further examination. During the arrests, officers seized mobile phones, a laptop, jihadist books and chemicals that can be used to make explosives.

Since January 2026, Densus 88 has arrested 54 terrorist suspects in 14 provinces. The National Police call on the public to report any suspicious activity in their neighbourhoods to the nearest police station.""", [
  unscored(E(cur, "Arrests", "officers arrested two suspects with the initials AS (34) and MR (29) in Sukoharjo Regency", P("Sukoharjo", "ID", 3, lat=-7.67, lon=110.84,
             a1="Central Java", a2="Kabupaten Sukoharjo"), "2026-05-24", a1=IDN_POL, i1=1), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "officers arrested a suspect with the initials H (41) in Bandar Lampung", P("Bandar Lampung", "ID", 1, lat=-5.43, lon=105.26, a1="Lampung"),
             "2026-05-25", a1=IDN_POL, i1=1), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "officers arrested four suspects in Padang", P("Padang", "ID", 1, lat=-0.95, lon=100.35, a1="West Sumatra"), "2026-05-26",
             a1=IDN_POL, i1=1), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "Bukittinggi", P("Bukittinggi", "ID"), "2026-05-26", a1=IDN_POL, i1=1), "actor2", "inter2"),
], register="official"),

S("st-k-018", "2026-08-03", """Zambian police tear-gas opposition rally in Kitwe; campaigners attacked in Lusaka

KITWE, Zambia — Police fired tear gas on Sunday to disperse supporters of the opposition Tonse Alliance who had gathered for a rally at the Chimwemwe grounds in Kitwe, saying the organisers had not given notice, ten days before the general election. Five people were arrested.

The alliance's presidential candidate, who was due to address the rally, said the police were acting on the orders of the ruling party. A police spokesperson said the venue had already been booked for another event.

In Lusaka's Kanyama township on Saturday night, a group of men wearing the regalia of the ruling United Party for National Development (UPND) attacked opposition campaigners with machetes and stones, injuring six, the Tonse Alliance said. Police said on Sunday that they had arrested three suspects in connection with the attack.

President Hakainde Hichilema, speaking at a campaign rally in Mongu on Sunday, condemned "violence from whichever side it comes" and told the police to arrest anyone carrying weapons at political events.

The Electoral Commission of Zambia has warned that it may suspend campaigning in districts where violence continues. Zambia votes on 13 August.""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Sunday to disperse supporters of the opposition Tonse Alliance", P("Kitwe", "ZM"), "sunday",
    a1="Protesters (Zambia)", i1=6, a2=ZMB_POL, i2=1),
  unscored(E(cur, "Attack", "attacked opposition campaigners with machetes and stones", P("Lusaka", "ZM", 2), "saturday",
             a1="Rioters (Zambia)", i1=5, a2="Civilians (Zambia)", i2=7, fat=None, inj=6), "actor1", "inter1"),
  unscored(E(cur, "Arrests", "they had arrested three suspects in connection with the attack", P("Lusaka", "ZM"), "sunday", a1=ZMB_POL, i1=1),
           "actor2", "inter2", "event_date", "time_precision"),
], register="local"),
]

AUS_POL = "Police Forces of Australia (2022-)"; MKD_POL = "Police Forces of North Macedonia (2024-)"; MDV_POL = "Police Forces of Maldives (2023-)"
URY_POL = "Police Forces of Uruguay (2025-)"; MWI_POL = "Police Forces of Malawi (2025-)"; AGO_POL = "Police Forces of Angola (2017-)"
KGZ_POL = "Police Forces of Kyrgyzstan (2020-)"

STORIES += [
S("st-k-019", "2026-08-31", """Pepper spray and nine arrests as rival rallies clash in Melbourne; Sydney march ends peacefully

MELBOURNE — Victoria Police used pepper spray and mounted officers on Sunday afternoon to separate anti-immigration marchers and counter-protesters who threw bottles, flares and rocks at each other outside Flinders Street Station, police said. Nine people were arrested and four officers were treated for injuries.

About 5,000 people had joined a "March for Australia" rally that set off from the State Library towards Parliament House, where an independent senator and several community figures addressed the crowd. Several hundred counter-protesters, called out by refugee and union groups, gathered along the route.

The trouble began when the two groups met at the corner of Flinders and Swanston streets, police said. Officers formed a line between them and used pepper spray on people who tried to break through it. A tram was stopped for almost an hour and the windows of a tram shelter were smashed.

"People have every right to protest in this state, but nobody has the right to throw rocks at police or at each other," the Victorian premier said on Sunday evening.

In Sydney, about 8,000 people took part in a march from Hyde Park to Belmore Park on Sunday. It ended peacefully, and New South Wales Police said there had been no arrests.

The rallies were the first of their kind since the federal government announced cuts to migration numbers in July.""", [
  unscored(E(cur, "Violent demonstration", "threw bottles, flares and rocks at each other outside Flinders Street Station", P("Melbourne", "AU", a1="Victoria"), "sunday",
             a1="Rioters (Australia)", i1=5, a2=AUS_POL, i2=1, fat=None, inj=4)),
  E(cur, "Peaceful protest", "about 8,000 people took part in a march from Hyde Park to Belmore Park", P("Sydney", "AU", a1="New South Wales"), "sunday",
    a1="Protesters (Australia)", i1=6),
]),

S("st-k-020", "2026-09-16", """Tens of thousands march on Parliament against seabed mining law

WELLINGTON — Tens of thousands of people marched through central Wellington to Parliament on Tuesday to oppose a bill that would make it easier to grant permits for seabed mining off the west coast of the North Island, in one of the largest protests in the capital in recent years.

Marchers, many of whom had travelled from Taranaki and Whanganui by bus, carried flags and banners and sang as they walked from Civic Square to the Parliament grounds. Police estimated the crowd at 30,000 and said there had been no arrests.

Leaders of Te Pāti Māori and the Green Party addressed the crowd from the steps of Parliament, and a petition with 120,000 signatures was handed to opposition MPs. The prime minister was in Auckland and did not meet the marchers. The resources minister told reporters the bill would "create jobs in the regions" and that the government would not withdraw it.

The march was the biggest in Wellington since November 2024, when about 42,000 people marched on Parliament against the Treaty Principles Bill at the end of a nine-day hīkoi from the far north.""", [
  E(cur, "Peaceful protest", "marched through central Wellington to Parliament on Tuesday", P("Wellington", "NZ"), "tuesday", a1="Protesters (New Zealand)", i1=6),
  E(bg, "Peaceful protest", "about 42,000 people marched on Parliament against the Treaty Principles Bill", P("Wellington", "NZ"), "2024-11-01", tp=3,
    a1="Protesters (New Zealand)", i1=6),
], register="local"),

S("st-k-021", "2026-03-17", """NORTH MACEDONIA-PROTEST/
Protesters smash windows of Skopje government building on nightclub fire anniversary

SKOPJE, March 17 (Wire) - Protesters threw stones and flares at the government building in Skopje on Monday evening and smashed several of its windows, hours after thousands had marched silently through the capital to mark a year since a nightclub fire in the town of Kočani killed dozens of young people, police said.

Police said eight officers had been lightly injured and six people detained after groups of young men broke away from the march and tried to climb the fence around the building. Riot police pushed them back into the square without using tear gas.

The silent march, organised by students and relatives of the victims, had crossed the city centre peacefully for more than two hours. Organisers said the violence at the end had been the work of "a few dozen people who do not represent us".

"Anger is understandable. Violence is not," the prime minister said on Tuesday, promising that the trial of those accused over the fire would not be delayed.

In Bitola, about 2,000 people marched to the municipal building on Monday in memory of the victims. The march passed without incident.

Relatives of the victims held a private commemoration in Kočani itself, where a memorial was unveiled on the site of the club.""", [
  E(cur, "Violent demonstration", "threw stones and flares at the government building in Skopje", P("Skopje", "MK", 1, lat=42.00, lon=21.43, a1="Grad Skopje"), "monday",
    a1="Rioters (North Macedonia)", i1=5, a2=MKD_POL, i2=1, fat=None, inj=8),
  E(cur, "Peaceful protest", "about 2,000 people marched to the municipal building", P("Bitola", "MK", 1, lat=41.03, lon=21.33, a1="Bitola"), "monday",
    a1="Protesters (North Macedonia)", i1=6),
]),

S("st-k-022", "2026-10-17", """Tens of thousands rally against Slovak government in Bratislava and across the country

BRATISLAVA — Tens of thousands of people rallied in Bratislava's Freedom Square on Friday evening against the government of Prime Minister Robert Fico, accusing it of weakening the independence of the prosecution service and of moving Slovakia away from the European Union, in the largest of a series of protests this autumn.

Smaller rallies were held at the same time in Košice and Banská Bystrica, and in more than 20 other towns, organisers said. All passed off peacefully, police said.

Speakers in Bratislava included the leader of the opposition Progressive Slovakia party and a former president, who told the crowd that Slovakia "belongs in the West". Organisers put the turnout in the capital at 50,000; police did not give a figure.

Fico said on Saturday that the protests were organised by the opposition with "foreign money" and that the government would not be "dictated to by the street". His party has accused the organisers of trying to stage a coup, which they deny.

The protest movement has held rallies every few weeks since December 2024, when Fico travelled to Moscow to meet Russian President Vladimir Putin.""", [
  E(cur, "Peaceful protest", "rallied in Bratislava's Freedom Square on Friday evening", P("Bratislava", "SK", a1="Bratislava"), "friday", a1="Protesters (Slovakia)", i1=6),
  E(cur, "Peaceful protest", "Smaller rallies were held at the same time in Košice", P("Kosice", "SK", a1="Kosice"), "friday", a1="Protesters (Slovakia)", i1=6),
  E(cur, "Peaceful protest", "Banská Bystrica", P("Banska Bystrica", "SK", a1="Banska Bystrica"), "friday", a1="Protesters (Slovakia)", i1=6),
]),

S("st-k-023", "2026-07-28", """Maldives police pepper-spray opposition protesters in Malé, arrest 17; MP detained at home

MALÉ — Maldives police used pepper spray and shields on Sunday night to disperse opposition supporters who had gathered near the President's Office in Malé to protest against a new media law, and arrested 17 people, police said.

The opposition Maldivian Democratic Party (MDP) said at least five protesters, including a woman journalist, had been hurt when officers pushed the crowd back along Boduthakurufaanu Magu. Police said the protesters had crossed a barricade into a "restricted zone" around the President's Office and had ignored repeated orders to leave.

On Monday morning, police arrested an MDP member of parliament at his home in Malé on charges of inciting violence, his party said. He was taken to the custodial centre on Dhoonidhoo island.

"This is the behaviour of a government that is afraid of its own people," the MDP's chairperson told reporters on Monday. The home minister said the police had acted "with maximum restraint".

The media law, passed by parliament last week, creates a commission with powers to fine and close news outlets. The MDP has called another protest for Friday.""", [
  E(cur, "Protest with intervention", "used pepper spray and shields on Sunday night to disperse opposition supporters", P("Male", "MV", 1, lat=4.18, lon=73.51, a1="Male Atoll"), "sunday",
    a1="Protesters (Maldives)", i1=6, a2=MDV_POL, i2=1, fat=None, inj=5),
  unscored(E(cur, "Arrests", "police arrested an MDP member of parliament at his home in Malé", P("Male", "MV", 1, lat=4.18, lon=73.51, a1="Male Atoll"), "monday",
             a1=MDV_POL, i1=1), "actor2", "inter2"),
  E(hyp, "Peaceful protest", "called another protest for Friday", P("Male", "MV", 1, lat=4.18, lon=73.51, a1="Male Atoll"), "2026-07-31", a1="Protesters (Maldives)", i1=6),
], register="local"),

S("st-k-024", "2026-06-26", """Uruguay general strike: masked youths smash bank windows at end of Montevideo march

MONTEVIDEO — Tens of thousands of workers marched through Montevideo on Thursday during a 24-hour general strike against a pension and tax reform, and police arrested four people after a group of masked youths smashed the windows of two banks and a fast-food restaurant on 18 de Julio Avenue at the end of the march, the interior ministry said.

The march, called by the PIT-CNT union federation, had set off from the Legislative Palace at midday and reached the Plaza Independencia peacefully. As the crowd was dispersing, about 30 young people with covered faces began throwing stones and painting slogans on shop fronts. Police moved in and detained four of them; two officers were slightly hurt.

The PIT-CNT condemned the damage and said it had "nothing to do with the workers' movement". Union leaders spoke to the crowd from a stage in the square, calling on the government to open negotiations.

Public transport, ports and state schools were shut for most of the day. The strike was the first general strike against the government of President Yamandú Orsi, whose Broad Front coalition has close ties to the unions.

In Salto and Paysandú, workers held rallies in the main squares that ended without incident, local media reported.""", [
  E(cur, "Violent demonstration", "smashed the windows of two banks and a fast-food restaurant", P("Montevideo", "UY"), "thursday",
    a1="Rioters (Uruguay)", i1=5, a2=URY_POL, i2=1, fat=None, inj=2),
  E(cur, "Peaceful protest", "In Salto", P("Salto", "UY"), "thursday", a1="Protesters (Uruguay)", i1=6),
  E(cur, "Peaceful protest", "Paysandú", P("Paysandu", "UY"), "thursday", a1="Protesters (Uruguay)", i1=6),
], register="local"),

S("st-k-025", "2026-05-13", """BLANTYRE VENDORS RIOT AFTER STALLS DEMOLISHED; ONE DEAD

BLANTYRE, May 13 (Wire) - Street vendors in Malawi's commercial capital Blantyre burned tyres, looted shops and stoned police on Tuesday after city council workers demolished hundreds of stalls along the main road through the city centre, police and witnesses said.

Police fired tear gas to disperse the crowds, and running battles continued into the evening around the main bus depot and Limbe market. A police spokesman said 46 people had been arrested and four officers injured, and that goods had been looted from at least a dozen shops owned by foreign nationals.

On Wednesday, police announced the death of a 31-year-old vendor who was hit by a tear gas canister during Tuesday's clashes. "We regret the loss of life and have opened an investigation," the police spokesman said.

"They destroyed our stalls without warning. How are we supposed to feed our families?" a vendor who sold second-hand clothes told reporters on Wednesday.

The city council said the vendors had been given notice months ago to move to designated markets. The mayor said the demolitions would continue.

Business was slowly returning to normal in the city centre on Wednesday, though many shops remained closed.""", [
  E(cur, "Violent demonstration", "burned tyres, looted shops and stoned police on Tuesday", P("Blantyre", "MW"), "tuesday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, fat=1, inj=4),
]),

S("st-k-026", "2026-03-10", """Angola: police fire on rioters in Huambo after fuel price rise; three killed

LUANDA — Three people were killed in the central Angolan city of Huambo on Monday when police opened fire on crowds who had set up burning barricades, looted warehouses and set fire to a municipal administration building in protest against a rise in the price of diesel, a rights group and witnesses said.

Police said in a statement that officers had come under attack from "vandals" armed with stones and petrol bombs, and that two people had died. It said 68 people had been arrested and 11 officers injured. The rights group Omunga said three people had been shot dead and dozens wounded.

Taxi drivers in Huambo had stopped work on Monday morning after the government raised the price of diesel by a third, the second increase in a year. The protest turned violent around midday, witnesses said, when police tried to clear a roundabout near the central market.

On Saturday, about 2,000 people had marched peacefully in Luanda against the fuel price increase, in a march authorised by the provincial government.

The government has said the price rise is needed to reduce fuel subsidies that cost the state billions of dollars a year.""", [
  E(cur, "Violent demonstration", "set up burning barricades, looted warehouses and set fire to a municipal administration building", P("Huambo", "AO"), "monday",
    a1="Rioters (Angola)", i1=5, a2=AGO_POL, i2=1, fat=2, inj=11),
  E(cur, "Peaceful protest", "about 2,000 people had marched peacefully in Luanda", P("Luanda", "AO"), "saturday", a1="Protesters (Angola)", i1=6),
]),

S("st-k-027", "2026-04-08", """Kyrgyz police detain 11 ahead of planned rally in Bishkek; rally does not take place

BISHKEK — Police in Kyrgyzstan detained 11 people in Bishkek on Tuesday on suspicion of calling for mass unrest, a day before a rally they had planned to hold outside the parliament building against a new law on foreign-funded organisations, the interior ministry said.

The ministry said the detainees, among them two journalists and a former member of parliament, had "called on citizens via social networks to take part in unauthorised actions aimed at destabilising the situation". Lawyers for several of those detained said they had been taken from their homes early on Tuesday.

The rally, called for Wednesday, did not take place. Police vehicles were parked around the parliament building all day, and a court had banned gatherings in central Bishkek until the end of the month.

Rights groups said the detentions were the latest in a crackdown on critics of President Sadyr Japarov and of the head of the security service. Japarov, who was freed from prison by protesters during the unrest that followed a disputed parliamentary election in 2020, has since concentrated power in the presidency.""", [
  unscored(E(cur, "Arrests", "detained 11 people in Bishkek on Tuesday", P("Bishkek", "KG"), "tuesday", a1=KGZ_POL, i1=1), "actor2", "inter2"),
  E(neg, "Peaceful protest", "The rally, called for Wednesday, did not take place", P("Bishkek", "KG"), 0, a1="Protesters (Kyrgyzstan)", i1=6),
]),
]

ISR = "Military Forces of Israel (2022-)"; BRA_POL = "Police Forces of Brazil (2023-)"; HND_POL = "Police Forces of Honduras (2026-)"
JOR = "Military Forces of Jordan (1999-)"; MMR = "Military Forces of Myanmar (2021-)"; NGA = "Military Forces of Nigeria (2023-)"
UGA = "Military Forces of Uganda (1986-)"; ECU_POL = "Police Forces of Ecuador (2023-)"

STORIES += [
S("st-k-028", "2026-04-15", """Israeli drone strikes kill three in south Lebanon

NABATIEH, Lebanon (Wire) — Israeli drone strikes on a car and a motorcycle in southern Lebanon killed three people on Tuesday, Lebanon's health ministry said, the latest of near-daily strikes despite the ceasefire that took effect in November 2024.

A strike on a car on the road between Nabatieh and Kfar Roummane in the afternoon killed two men, the ministry said. The Israeli military said it had "eliminated two Hezbollah terrorists" who had been trying to rebuild the group's infrastructure in the area. Hezbollah did not comment, and the ministry's statement described the two men only as "citizens".

Hours later, a drone struck a motorcycle in the town of Bint Jbeil, near the border, killing its rider and wounding a child who was walking nearby, the ministry said.

"These attacks are a flagrant violation of the ceasefire and of Lebanese sovereignty," the prime minister's office said in a statement, calling on the United States and France, which oversee the truce, to press Israel to stop.

Since the ceasefire, Israeli strikes have killed more than 350 people in Lebanon, according to a United Nations count. Israel says it is acting against Hezbollah's attempts to rearm, which the group denies. The UN peacekeeping force UNIFIL said it had recorded more than 7,000 Israeli violations of Lebanese airspace over the same period.""", [
  unscored(E(cur, "Air/drone strike", "A strike on a car on the road between Nabatieh and Kfar Roummane", P("Nabatieh", "LB", 2, lat=33.38, lon=35.48, a1="Nabatiye"), "tuesday",
             a1=ISR, i1=8, fat=2), "actor2", "inter2"),
  E(cur, "Air/drone strike", "a drone struck a motorcycle in the town of Bint Jbeil", P("Bint Jbeil", "LB", 1, lat=33.12, lon=35.43, a1="Nabatiye"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=1, inj=1),
]),

S("st-k-029", "2026-06-09", """Palestinian shot dead as settlers torch homes and cars in West Bank village; drone strike kills two in Tubas

RAMALLAH (Wire) — Dozens of Israeli settlers attacked the Palestinian village of Silwad, north-east of Ramallah, on Monday evening, setting fire to two houses and five cars and shooting a 19-year-old man who died in hospital early on Tuesday, the Palestinian health ministry and the village council said.

Residents said the settlers, some of them armed and masked, came down from a nearby outpost and threw stones at houses before setting them alight. Villagers who tried to stop them were fired on. The health ministry announced the death of the young man, who was shot in the chest, at a hospital in Ramallah on Tuesday morning; three other people were wounded.

The Israeli military said soldiers had been sent to the village after reports of "a violent confrontation between Israeli civilians and Palestinians" and had dispersed it. It said the incident was being investigated by the police.

Early on Tuesday, an Israeli drone strike killed two Palestinians in the town of Tubas in the northern West Bank. The Israeli military said the two were members of a militant cell that had carried out shooting attacks on troops; Palestinian Islamic Jihad's Al-Quds Brigades said the men were its fighters.

The United Nations says settler attacks in the West Bank have reached the highest levels since it began recording them in 2006.""", [
  E(cur, "Attack", "Dozens of Israeli settlers attacked the Palestinian village of Silwad", P("Silwad", "PS"), "monday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=1, inj=3),
  E(cur, "Air/drone strike", "an Israeli drone strike killed two Palestinians in the town of Tubas", P("Tubas", "PS"), "tuesday",
    a1=ISR, i1=8, a2="Al Quds Brigades", i2=2, fat=2),
]),

S("st-k-030", "2026-05-06", """Seven killed in Fortaleza police raid; buses torched in protest

FORTALEZA, Brazil — Six suspected gang members and a police officer were killed on Tuesday in a shootout during a police operation against the Comando Vermelho gang in the Barra do Ceará neighbourhood of Fortaleza, the Ceará state security department said.

About 300 officers took part in the operation, which targeted leaders of the gang accused of ordering a wave of killings in the city's western suburbs. Police said they had come under fire as soon as they entered the area at dawn, and that they had seized 11 rifles and 40 kilograms of cocaine.

On Wednesday morning, residents blocked an avenue in the neighbourhood and set fire to two buses, saying that at least two of the dead had no connection with the gang. Police fired rubber bullets to clear the road.

"The police came in shooting at everyone. My nephew was on his way to work," one woman told local television. The state governor said the operation had been "a success against organised crime" and paid tribute to the officer who died.

Shootouts between police and gangs have become frequent in Fortaleza, where the Comando Vermelho and a local rival faction have been fighting for control of drug-selling points since 2024.""", [
  E(cur, "Armed clash", "a shootout during a police operation against the Comando Vermelho gang", P("Fortaleza", "BR", 2), "tuesday",
    a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=7),
  E(cur, "Violent demonstration", "set fire to two buses", P("Fortaleza", "BR", 2), "wednesday", a1="Rioters (Brazil)", i1=5, a2=BRA_POL, i2=1),
], register="local"),

S("st-k-031", "2026-03-04", """Honduras extends state of exception as extortion gangs kill bus driver near San Pedro Sula

TEGUCIGALPA — Honduras' Congress on Tuesday approved a further 45-day extension of the partial state of exception that suspends some constitutional rights in more than 150 municipalities, hours after the killing of a bus driver in Choloma was blamed on extortion gangs.

The driver, 42, was shot dead at the wheel of his bus in Choloma, north of San Pedro Sula, on Monday afternoon by two men who boarded it as passengers, police said. The bus company had refused to pay a "war tax" demanded by a gang, according to the transport workers' union. Two passengers were wounded.

Police arrested two suspected members of the Barrio 18 gang on Tuesday in a raid in Choloma in connection with the killing, the national police said.

Transport unions in the Sula valley stopped work on Tuesday in protest, leaving thousands of commuters without buses.

The state of exception was first declared in December 2022 and has been extended more than 20 times. Police say more than 8,000 people have been arrested under it.""", [
  E(cur, "Other", "approved a further 45-day extension of the partial state of exception", C("HN"), "tuesday", a1="Government of Honduras (2026-)", i1=1),
  E(cur, "Attack", "shot dead at the wheel of his bus in Choloma", P("Choloma", "HN"), "monday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=1, inj=2),
  unscored(E(cur, "Arrests", "Police arrested two suspected members of the Barrio 18 gang", P("Choloma", "HN"), "tuesday", a1=HND_POL, i1=1), "actor2", "inter2"),
], register="local"),

S("st-k-032", "2026-07-14", """JORDAN ARMED FORCES – ARAB ARMY
General Command
Press Statement

Amman, 14 July 2026 – A source at the General Command of the Jordan Armed Forces – Arab Army stated that at dawn on Monday, 13 July 2026, the Eastern Military Region, in coordination with the Military Security Directorate and the Anti-Narcotics Department, foiled an attempt to smuggle large quantities of narcotics from Syrian territory into the Kingdom.

The source explained that the border guard forces monitored a group of armed smugglers attempting to cross the border illegally under cover of poor visibility. The rules of engagement were applied, resulting in the killing of four smugglers and the injury of others, who fled back into Syrian territory. The area was searched, and 1.2 million Captagon pills and 300 palm-sized bars of hashish were seized, along with two rifles. No members of our forces were injured.

The source affirmed that the Jordan Armed Forces – Arab Army will deal firmly and decisively with any threat on the northern and eastern fronts, and with anyone who attempts to undermine the security of the homeland.

Since the beginning of the year, the Armed Forces have foiled more than 40 smuggling attempts on the Kingdom's borders.""", [
  unscored(E(cur, "Armed clash", "The rules of engagement were applied, resulting in the killing of four smugglers", P("Mafraq", "JO", 3), "2026-07-13",
             a1=JOR, i1=1, fat=4), "actor2", "inter2", "location", "geo_precision", "admin1"),
], register="official"),

S("st-k-033", "2026-11-03", """Myanmar military air strike kills 19 in Sagaing village, resistance says; fighting near Bhamo

BANGKOK (Wire) — An air strike by Myanmar's military on a village in the Sagaing region on Sunday killed 19 people, among them seven children, local resistance forces and a rescue group said, while fighting between the army and ethnic Kachin rebels continued around the town of Bhamo.

A jet dropped two bombs on a village in Monywa township in the early afternoon, as families were gathered for a novice monk initiation ceremony, the rescue group said. Some 30 people were wounded.

The military's information team said on Monday that it had carried out an air strike on "a training camp of PDF terrorists" in the area, without giving a toll. The People's Defence Force, the armed wing of the opposition National Unity Government, said none of its fighters had been in the village.

On Monday, fighters of the Kachin Independence Army attacked a military position on the outskirts of Bhamo, in Kachin state, where the two sides have been fighting for the town for almost two years, a KIA spokesman said. He did not give a casualty figure.

The National Unity Government says the military has carried out more than 1,400 air strikes since the start of the year. Myanmar's military, which seized power in a coup in February 2021, held a multi-phase election that ended in January; the opposition and many foreign governments dismissed it as a sham.""", [
  unscored(E(cur, "Air/drone strike", "A jet dropped two bombs on a village in Monywa township", P("Monywa", "MM", 3, geoname="Monywa", a1="Sagaing"), "sunday",
             a1=MMR, i1=1, fat=19, inj=30), "actor2", "inter2"),
  E(cur, "Armed clash", "fighters of the Kachin Independence Army attacked a military position on the outskirts of Bhamo", P("Bhamo", "MM", 2), "monday",
    a1="KIA: Kachin Independence Army", i1=2, a2=MMR, i2=1, fat=None),
]),

S("st-k-034", "2026-06-12", """DEFENCE HEADQUARTERS
DIRECTORATE OF DEFENCE MEDIA OPERATIONS

MEDIA BRIEFING ON MILITARY OPERATIONS OF THE ARMED FORCES OF NIGERIA FROM 5 TO 11 JUNE 2026

1. Gentlemen of the press, in the past week troops of the Armed Forces of Nigeria across the theatres of operation neutralised 87 terrorists, arrested 142 suspects and rescued 63 kidnapped hostages. Troops also recovered 96 assorted weapons and 2,411 rounds of ammunition.

2. In the North East, on 7 June 2026, troops of Operation Hadin Kai repelled an attack by ISWAP terrorists on their base at Dikwa, Borno State. Troops engaged the terrorists with superior firepower, neutralising 12 of them, while others fled with gunshot wounds. Regrettably, two soldiers paid the supreme price.

3. In the North West, on 9 June 2026, troops of Operation Fansan Yamma laid an ambush for bandits along a known crossing route near Zurmi, Zamfara State, neutralising seven bandits and rescuing 11 kidnapped victims, who have been handed over to the state government.

4. In the North Central, on 10 June 2026, troops arrested a notorious kidnapper at his hideout in Kajuru Local Government Area of Kaduna State. The suspect is in custody for further investigation.

5. In the South South, troops of Operation Delta Safe discovered and destroyed 32 illegal refining sites in Rivers, Bayelsa and Delta states and arrested 27 suspected oil thieves.

6. The Armed Forces of Nigeria remain committed to protecting lives and property and urge the public to continue to provide useful information to troops.

Major General
Director, Defence Media Operations""", [
  E(cur, "Armed clash", "repelled an attack by ISWAP terrorists on their base at Dikwa", P("Dikwa", "NG"), "2026-06-07",
    a1=NGA, i1=1, a2="Islamic State West Africa Province", i2=2, fat=14),
  E(cur, "Armed clash", "laid an ambush for bandits along a known crossing route near Zurmi", P("Zurmi", "NG", 2), "2026-06-09",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=7),
  unscored(E(cur, "Arrests", "troops arrested a notorious kidnapper at his hideout in Kajuru Local Government Area", P("Kajuru", "NG", 3, geoname="Kajuru"), "2026-06-10",
             a1=NGA, i1=1), "actor2", "inter2"),
], register="official"),

S("st-k-035", "2026-04-22", """Rights groups say Ugandan security forces killed at least 31 around January election

KAMPALA — Ugandan soldiers and police killed at least 31 people and abducted hundreds of opposition supporters in the weeks around January's general election, a coalition of Ugandan rights groups said in a report published on Wednesday, calling for an independent inquiry.

The report, based on interviews with more than 100 witnesses, relatives and medical workers, says most of the killings took place in Kampala and the surrounding Wakiso district between 14 and 20 January, when supporters of opposition leader Bobi Wine protested against what they called a rigged vote.

In the deadliest incident documented in the report, soldiers opened fire on a crowd of opposition supporters in Kampala's Kawempe division on 16 January, killing six people, among them a 14-year-old boy. Witnesses said the crowd had been singing and waving flags and was not armed.

The report also says plainclothes security agents, some in unmarked vans, took at least 220 members of Wine's National Unity Platform from their homes and workplaces in January and February. About 60 are still missing.

A government spokesman said the report was "fiction written by the opposition's friends" and that the security forces had acted lawfully to stop "rioters". President Yoweri Museveni, in power since 1986, was declared the winner of the election.""", [
  E(bg, "Excessive force against protesters", "soldiers opened fire on a crowd of opposition supporters in Kampala's Kawempe division", P("Kampala", "UG", 2), "2026-01-16",
    a1="Protesters (Uganda)", i1=6, a2=UGA, i2=1, fat=6),
], register="ngo"),

S("st-k-036", "2026-08-19", """Four killed as armed groups clash overnight in Tripoli

TRIPOLI (Wire) — Four people, among them a civilian, were killed in clashes between two of Tripoli's most powerful armed groups that broke out late on Tuesday in the districts of Souq al-Juma and Ain Zara, the capital's emergency medicine centre said.

Heavy gunfire and explosions were heard for several hours across the east of the city as fighters of the Radaa Special Deterrence Forces and the 444th Brigade fought near the Mitiga airport road and along the road to Ain Zara. Flights at Mitiga airport, the capital's only functioning airport, were diverted to Misrata.

Calm returned by Wednesday morning after elders from the two districts mediated between the sides, residents said. The Tripoli-based Government of National Unity did not comment.

On Wednesday afternoon, several hundred residents of Souq al-Juma gathered in the district's main square to demand that all armed groups leave residential areas.

Tripoli has seen repeated bouts of fighting between armed groups nominally allied to the government. Last year, dozens of people were killed in clashes after the leader of one of the city's largest armed groups was killed.""", [
  E(cur, "Armed clash", "clashes between two of Tripoli's most powerful armed groups", P("Tripoli", "LY", 2), "tuesday",
    a1="Radaa Special Deterrence Forces", i1=3, a2="444th Brigade", i2=3, fat=4),
  E(cur, "Peaceful protest", "several hundred residents of Souq al-Juma gathered in the district's main square", P("Tripoli", "LY", 2), "wednesday",
    a1="Protesters (Libya)", i1=6),
  unscored(E(bg, "Armed clash", "dozens of people were killed in clashes", P("Tripoli", "LY"), "2025-01-01", tp=3),
           "actor1", "inter1", "actor2", "inter2", "fatalities", "event_date", "time_precision"),
]),

S("st-k-037", "2026-02-02", """Skip to main content
Menu | Search | Sign in

Ecuador
Gunmen kill five in attack on Esmeraldas billiard hall

By Staff Writer
2 February 2026

Share on Facebook | Share on X | Copy link

Gunmen killed five people and wounded three on Sunday night when they opened fire inside a billiard hall in the port city of Esmeraldas, police said, in the latest of a wave of killings in the province.

Two men arrived on a motorbike at about 9 p.m., walked into the hall in the Las Palmas neighbourhood and fired at the players and customers before escaping, a police commander told reporters. Police said the attackers were believed to belong to Los Tiguerones, a gang that is fighting a rival group for control of drug routes in the province.

Officers arrested two suspects in a raid on a house in the city a few hours after the attack and seized a pistol and the motorbike, police said on Monday.

Esmeraldas, on the border with Colombia, has one of the highest murder rates in Ecuador. President Daniel Noboa's government has declared an "internal armed conflict" against the gangs, which it classes as terrorist groups.

Forensic officers work at the scene of the attack in Esmeraldas on Sunday night. Photo: Staff

Related coverage
Ecuador extends state of emergency in seven provinces
Police seize two tonnes of cocaine at Guayaquil port
Gunmen attack prison guards' bus in Machala

© 2026 All rights reserved | Terms | Privacy | Cookie settings""", [
  E(cur, "Attack", "opened fire inside a billiard hall in the port city of Esmeraldas", P("Esmeraldas", "EC", 2, a1="Esmeraldas"), "sunday",
    a1="Los Tiguerones", i1=3, a2="Civilians (Ecuador)", i2=7, fat=5, inj=3),
  unscored(E(cur, "Arrests", "Officers arrested two suspects in a raid on a house in the city", P("Esmeraldas", "EC", a1="Esmeraldas"), "sunday", a1=ECU_POL, i1=1),
           "actor2", "inter2"),
], register="web"),
]

CMR = "Military Forces of Cameroon (1982-)"; SEN_POL = "Police Forces of Senegal (2024-)"; KWT_POL = "Police Forces of Kuwait (2023-)"

STORIES += [
S("st-k-038", "2026-10-17", """REPUBLIC OF CAMEROON
Peace – Work – Fatherland
MINISTRY OF DEFENCE

PRESS RELEASE

Yaoundé, 17 October 2026 – The Minister Delegate at the Presidency in charge of Defence informs national and international opinion of the following operations carried out by the Defence and Security Forces in the North-West Region:

On 14 October 2026, elements of the Rapid Intervention Battalion (BIR), acting on intelligence, dislodged a group of secessionist terrorists from a camp in the bush near Kumbo, Bui Division. In the ensuing exchange of fire, four terrorists were neutralised and three AK-47 rifles, two locally made guns and ammunition were recovered. Two of our soldiers were wounded.

On 15 October 2026, a joint team of the Gendarmerie and the 5th Motorised Infantry Brigade captured a self-styled "General" of the secessionist groups, wanted for the murder of two teachers in Bafut in 2024, at a hideout in the Nkwen neighbourhood of Bamenda. The suspect has been transferred to the Gendarmerie legion in Bamenda, where he is being held for questioning under the supervision of the military prosecutor.

The Minister Delegate regrets to announce the death on 16 October 2026 of one of the soldiers wounded at Kumbo, who succumbed to his injuries at the Bamenda Regional Hospital. He extends his condolences to the family of the deceased.

Since the beginning of the year, the Defence and Security Forces have neutralised more than 120 terrorists in the North-West and South-West regions. The Government reaffirms its determination to restore peace and security in the two regions and calls on the remaining fighters to lay down their arms and join the Disarmament, Demobilisation and Reintegration centres.

The Minister Delegate at the Presidency in charge of Defence""", [
  E(cur, "Armed clash", "dislodged a group of secessionist terrorists from a camp in the bush near Kumbo", P("Kumbo", "CM", 2, a1="North-West"), "2026-10-14",
    a1=CMR, i1=1, a2="Ambazonian Separatists", i2=2, fat=5, inj=1),
  E(cur, "Arrests", "captured a self-styled \"General\" of the secessionist groups", P("Bamenda", "CM", 2, a1="North-West"), "2026-10-15",
    a1="Police Forces of Cameroon (1982-)", i1=1, assoc_actor_1=CMR, a2="Ambazonian Separatists", i2=2),
], register="official"),

S("st-k-039", "2026-06-16", """Senegal: motorcycle-taxi driver dies of wounds from Kaolack riot; union leader arrested

KAOLACK, Senegal — A motorcycle-taxi driver who was shot during clashes between police and drivers protesting against a ban on their trade in the city of Kaolack on Friday has died of his wounds, Senegal's health ministry said on Monday.

The health ministry announced the death of the 23-year-old at the regional hospital in Kaolack on Monday morning. The interior ministry said the circumstances of his shooting were being investigated and that no police officer had fired live rounds.

On Friday, hundreds of drivers of the motorcycle taxis known as "Jakarta" blocked the main roads of Kaolack with burning tyres, set fire to the regional transport office and threw stones at police, who fired tear gas, after the regional governor banned the motorcycle taxis from the city centre. Police said 31 people had been arrested and nine officers injured.

On Sunday, police arrested the leader of the regional motorcycle-taxi drivers' union at his home in Kaolack on charges of calling for an unauthorised gathering, his lawyer said.

In Dakar, about 500 motorcycle-taxi drivers held a rally on Saturday to support their colleagues in Kaolack. It ended without incident.

"Our brother was killed for trying to earn a living," a union member said at the young man's funeral in Kaolack on Monday. The interior minister said the ban would be reviewed.""", [
  E(cur, "Violent demonstration", "blocked the main roads of Kaolack with burning tyres, set fire to the regional transport office and threw stones at police",
    P("Kaolack", "SN", lat=14.15, lon=-16.07, a1="Kaolack"), "2026-06-12", a1="Rioters (Senegal)", i1=5, a2=SEN_POL, i2=1, fat=1, inj=9),
  unscored(E(cur, "Arrests", "police arrested the leader of the regional motorcycle-taxi drivers' union at his home in Kaolack", P("Kaolack", "SN", lat=14.15, lon=-16.07, a1="Kaolack"), "sunday",
             a1=SEN_POL, i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "about 500 motorcycle-taxi drivers held a rally on Saturday", P("Dakar", "SN"), "saturday", a1="Protesters (Senegal)", i1=6),
], register="local"),

S("st-k-040", "2026-09-09", """KUWAIT NEWS AGENCY

Interior Ministry: State Security arrests seven members of terrorist cell

KUWAIT, Sept 9 (KUNA) -- The Ministry of Interior announced on Wednesday that the State Security Service had arrested seven members of a terrorist cell affiliated with the Islamic State group who had been planning to attack places of worship during religious occasions.

In a statement, the ministry said six of the suspects, all Kuwaiti citizens, were arrested in simultaneous raids on their homes in Jahra Governorate at dawn on Monday, and a seventh, a resident of another Gulf country, was arrested on Tuesday at Kuwait International Airport as he was about to leave the country. Weapons, ammunition and materials for making explosive devices were seized in the raids.

The ministry said the suspects had confessed during questioning to pledging allegiance to the group, to communicating with its leaders abroad and to monitoring a number of mosques and husseiniyas with a view to attacking them. They have been referred to the public prosecution.

The ministry affirmed that it would strike with an iron fist anyone who tampers with the security of the country, and called on citizens and residents to report any suspicious activity.

In June 2015, an Islamic State suicide bomber killed 27 worshippers at the Imam al-Sadiq mosque in Kuwait City during Friday prayers, the deadliest attack in the country's history.""", [
  unscored(E(cur, "Arrests", "six of the suspects, all Kuwaiti citizens, were arrested in simultaneous raids on their homes in Jahra Governorate",
             P("Jahra", "KW", 3, geoname="Al Jahra'"), "monday", a1=KWT_POL, i1=1), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "arrested on Tuesday at Kuwait International Airport", C("KW"), "tuesday", a1=KWT_POL, i1=1), "actor2", "inter2"),
  E(bg, "Suicide bomb", "an Islamic State suicide bomber killed 27 worshippers at the Imam al-Sadiq mosque", P("Kuwait City", "KW"), "2015-06-01", tp=3,
    a1="Islamic State", i1=2, a2="Civilians (Kuwait)", i2=7, fat=27),
], register="official"),
]

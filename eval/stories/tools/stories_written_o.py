"""Multi-event stories written for this project (issue 11), batch o: weighted, like batches l–n, toward what still fails
on held-out news — definite references with no antecedent in the story ("the attack", "the ambush" that the story never
told as news: a background event or none); people and thing nouns in later sentences ("the gunmen", "the protesters
said", "the bomb"); a town and its district, suburb or estate named in two sentences for one event; a later death in
hospital of someone hurt at a riot or in an attack (the same event, its toll raised); riots told by stones, arson,
looting, tear gas and arrests in separate paragraphs (one event); KEY POINTS / HIGHLIGHTS bullets that repeat the body;
planned, banned and called-off rallies (no event unless something happened); deployments that answer an attack (part of
it) beside deployments that are the news (Change to group/activity); statements about deaths; tallies over periods;
background events with and without dates; two events in one sentence at different places; events in two countries in
one story; datelines that are not the event place. Registers: wire (caps headlines, datelines), local press, live
blogs, weekly round-ups, NGO/UN situation reports, military/police releases, analysis pieces. Countries the earlier
batches have least or never (Ireland, Comoros, Eswatini, Western Sahara, Belize, Guyana, Costa Rica, Sweden, Belgium,
Maldives, Ghana's Bawku, Canada, Slovakia, Slovenia, Hungary, Lesotho, Vanuatu, East Timor, New Caledonia, Republic
of Congo, Japan, Namibia, Lithuania, Cape Verde, Sao Tome, Turkmenistan, Kuwait, Fiji, Uruguay, Paraguay...).
Our own words; invented incidents at real places, public group names. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

IRL_POL = "Police Forces of Ireland (2025-)"; COM_POL = "Police Forces of Comoros (2016-)"; SWZ_POL = "Police Forces of eSwatini (1986-)"
MAR = "Military Forces of Morocco (1999-)"; BLZ_GOV = "Government of Belize (2020-)"; GUY = "Military Forces of Guyana (2020-)"
CRI_POL = "Police Forces of Costa Rica (2022-)"; BEL_POL = "Police Forces of Belgium (2025-)"; MDV_POL = "Police Forces of Maldives (2023-)"
GHA_GOV = "Government of Ghana (2025-)"; CAN_POL = "Police Forces of Canada (2025-)"; VUT_POL = "Police Forces of Vanuatu (2025-)"
COG_POL = "Police Forces of Republic of Congo (1997-)"; JPN_POL = "Police Forces of Japan (2025-)"
KUSASI = "Kusasi Ethnic Militia (Ghana)"; MAMPRUSI = "Mamprusi Ethnic Militia (Ghana)"
HUN_POL = "Police Forces of Hungary (2010-)"; NAM_POL = "Police Forces of Namibia (2025-)"; LTU = "Military Forces of Lithuania (2024-)"
SVN_POL = "Police Forces of Slovenia (2022-)"; STP_POL = "Police Forces of Sao Tome and Principe (2022-)"; GNB_POL = "Police Forces of Guinea-Bissau (2025-)"
AUS_POL = "Police Forces of Australia (2022-)"; MRT_POL = "Police Forces of Mauritania (2019-)"; MRT = "Military Forces of Mauritania (2019-)"
NOR_POL = "Police Forces of Norway (2021-)"; TGO = "Military Forces of Togo (2005-)"; RWA_POL = "Police Forces of Rwanda (2000-)"
PRT_POL = "Police Forces of Portugal (2024-)"; MLI = "Military Forces of Mali (2021-)"; TKM_POL = "Police Forces of Turkmenistan (2022-)"
KWT_POL = "Police Forces of Kuwait (2023-)"; CZE_POL = "Police Forces of Czech Republic (2025-)"; FJI_POL = "Police Forces of Fiji (2022-)"
SLB_POL = "Police Forces of Solomon Islands (2024-)"
TZA_POL = "Police Forces of Tanzania (2021-)"; CIV_POL = "Police Forces of Ivory Coast (2011-)"
TTO_POL = "Police Forces of Trinidad and Tobago (2025-)"; TTO_GOV = "Government of Trinidad and Tobago (2025-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"; PAIGC = "PAIGC: African Party for the Independence of Guinea and Cape Verde"

STORIES = [
S("st-o-001", "2026-03-07", """IRELAND-UNREST/
CARS TORCHED, SUPERMARKET LOOTED IN DUBLIN SUBURB AFTER FALSE RUMOUR OVER STABBING

DUBLIN, March 7 (Wire) - Crowds set cars on fire, looted a supermarket and threw bottles and fireworks at gardaí in the north Dublin suburb of Finglas on Friday night, after false rumours spread online that a man stabbed there on Thursday had been attacked by an asylum seeker, police said.

Several hundred people gathered outside a hotel housing asylum seekers on the Finglas Road shortly after 7 p.m. Within an hour groups of masked men were throwing bottles, bricks and fireworks at the line of gardaí guarding the building.

A garda patrol car and two private cars were set alight on the road outside the hotel. The public order unit used pepper spray and batons to push the crowd back towards the village centre.

Shortly before 10 p.m. a supermarket in the village was broken into and looted, and the windows of a phone shop and a bookmaker's were smashed.

The Garda commissioner said on Saturday that 14 people had been arrested and that five officers had been injured, one of them seriously. "What happened in Finglas last night was not a protest. It was thuggery," he said.

Police said the man stabbed on Thursday, a 34-year-old local, was recovering in hospital and that a man known to him had been charged. No asylum seeker was involved, they said.

In Cork, about 300 people took part in a peaceful rally against racism on Friday evening. An anti-immigration march called for Saturday afternoon in Dublin city centre was called off by its organisers after the violence.

The disorder was the worst in the capital since November 2023. In February 2025, a disused hotel in Drogheda that had been earmarked for asylum seekers was burned down by unknown people.""", [
  E(cur, "Violent demonstration", "groups of masked men were throwing bottles, bricks and fireworks at the line of gardaí", P("Dublin", "IE", 2), "friday",
    a1="Rioters (Ireland)", i1=5, a2=IRL_POL, i2=1, fat=None, inj=5),
  E(cur, "Peaceful protest", "about 300 people took part in a peaceful rally against racism", P("Cork", "IE", a1="Cork"), "friday",
    a1="Protesters (Ireland)", i1=6),
  unscored(E(bg, "Looting/property destruction", "a disused hotel in Drogheda that had been earmarked for asylum seekers was burned down",
             P("Drogheda", "IE", a1="Louth"), "2025-02-01", tp=3, a1="Unidentified Armed Group (Ireland)", i1=3, a2="Civilians (Ireland)", i2=7),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-o-002", "2026-04-16", """Anjouan: young man wounded in Saturday's protest dies in hospital

MORONI — A 22-year-old man who was shot during Saturday's protest in Mutsamudu died on Wednesday at the Hombo hospital, his family said, the first death since the unrest began on the island of Anjouan.

Hundreds of young people blocked the streets of the Anjouan capital on Saturday morning with burning tyres and tree trunks to protest against water and power cuts that have lasted for almost three weeks.

When gendarmes tried to clear the barricades near the port, youths threw stones at them. The gendarmes replied with tear gas and then fired live rounds, witnesses said. Three people were wounded by bullets, among them the young man who died on Wednesday.

The gendarmerie said in a statement that its officers had been "attacked with stones and machetes" and had fired "in self-defence". It said 18 people had been arrested and that two gendarmes had been hurt. Reinforcements were sent from Moroni on Sunday.

In Domoni, on the east of the island, several hundred people marched on Sunday without incident and handed a list of demands to the mayor.

The opposition Juwa party called a rally in Moroni for Tuesday to demand an inquiry. The governor of Grande Comore banned it, and on Tuesday gendarmes stood guard on the Place de l'Indépendance, where nobody gathered.

The state utility has promised that the power station in Mutsamudu will be repaired by the end of the month.""", [
  E(cur, "Violent demonstration", "youths threw stones at them", P("Mutsamudu", "KM", lat=-12.17, lon=44.4, a1="Anjouan"), "saturday",
    a1="Rioters (Comoros)", i1=5, a2=COM_POL, i2=1, fat=1, inj=5),
  E(cur, "Peaceful protest", "several hundred people marched on Sunday without incident", P("Domoni", "KM", lat=-12.26, lon=44.53, a1="Anjouan"), "sunday",
    a1="Protesters (Comoros)", i1=6),
], register="local"),

S("st-o-003", "2026-05-25", """ROYAL ESWATINI POLICE SERVICE
MEDIA STATEMENT
25 May 2026

The Royal Eswatini Police Service wishes to inform the nation of the following incidents that occurred over the weekend.

1. On Friday 22 May 2026 at about 2100 hours, unknown persons threw a petrol bomb at the house of a Member of Parliament at Siteki, Lubombo region. Part of the house was destroyed by fire. The Member of Parliament and his family were not at home and nobody was injured.

2. On Saturday 23 May 2026 at about 0200 hours, police officers manning a roadblock near Matsapha were shot at by occupants of a silver sedan which failed to stop. The officers returned fire. One constable sustained a gunshot wound to the arm and is receiving treatment; no one was killed. The suspects fled towards Manzini and are being sought.

3. On Saturday 23 May 2026, public transport operators marched from the bus rank to the Manzini city council to deliver a petition. The march was peaceful and was monitored by the police.

Following the incidents at Siteki and Matsapha, additional police units have been deployed in the Lubombo and Manzini regions.

The Police have noted messages on social media calling for a "mass action" next week. No such gathering has been authorised, and members of the public are warned not to take part.

Since January, eleven arson attacks on the homes of public officials have been recorded in the Lubombo region.

Issued by the Police Public Relations Office, Mbabane.""", [
  E(cur, "Looting/property destruction", "unknown persons threw a petrol bomb at the house of a Member of Parliament", P("Siteki", "SZ"), "2026-05-22",
    a1="Unidentified Armed Group (eSwatini)", i1=3, a2="Civilians (eSwatini)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "police officers manning a roadblock near Matsapha were shot at", P("Matsapha", "SZ", 2, lat=-26.52, lon=31.3, a1="Manzini"), "2026-05-23",
    a1="Unidentified Armed Group (eSwatini)", i1=3, a2=SWZ_POL, i2=1, fat=0, inj=1),
  E(cur, "Peaceful protest", "public transport operators marched from the bus rank to the Manzini city council", P("Manzini", "SZ"), "2026-05-23",
    a1="Protesters (eSwatini)", i1=6),
], register="official"),

S("st-o-004", "2026-06-18", """Polisario says it shelled Moroccan berm near Mahbes; drone kills three Mauritanians near Bir Lahlou

RABAT, June 18 (Wire) - Polisario Front fighters fired rockets at Moroccan army positions on the defensive wall near Mahbes and a Moroccan drone killed three Mauritanian gold prospectors east of Bir Lahlou on Wednesday, the Polisario and a Sahrawi rights group said.

The Polisario's defence ministry said in a statement that its units had "inflicted heavy losses" on the Moroccan troops near Mahbes, in the north-east of the territory. A Moroccan military source said the rockets had fallen in empty ground and that nobody had been hurt.

The three men were killed when a drone struck their pick-up truck about 30 km east of Bir Lahlou, in the strip east of the wall that the Polisario controls, according to the rights group. It said the men, all Mauritanian nationals, had been searching for gold. Morocco did not comment on the strike.

The Polisario said its units had carried out 14 attacks along the wall since the start of June. Such claims cannot be verified independently, and Morocco rarely comments on them.

The independence movement ended a 29-year ceasefire in late 2020. Morocco, which controls about 80 per cent of the former Spanish colony, has since used armed drones against vehicles in the Polisario-held strip, killing dozens of people, according to the movement.""", [
  unscored(E(cur, "Shelling/artillery/missile attack", "fired rockets at Moroccan army positions on the defensive wall near Mahbes",
             P("Mahbes", "EH", 2, lat=27.22, lon=-9.0), "wednesday", a1="Polisario Front", i1=2, a2=MAR, i2=1, inj=0), "fatalities"),
  E(cur, "Air/drone strike", "a drone struck their pick-up truck about 30 km east of Bir Lahlou", P("Bir Lahlou", "EH", 2, lat=26.35, lon=-9.58),
    "wednesday", a1=MAR, i1=1, a2="Civilians (Mauritania)", i2=7, fat=3),
]),

S("st-o-005", "2026-02-20", """State of emergency declared in Belize City's Southside after five killed in weekend shootings

BELMOPAN — The government declared a state of emergency on Thursday in several neighbourhoods of Belize City's Southside, after five people were killed in two shootings over the weekend that police blamed on a feud between rival gangs.

On Saturday night gunmen on a motorcycle opened fire on a group of young men outside a shop on Mahogany Street, killing three and wounding two. Less than 24 hours later, two men were shot dead on Kraal Road as they sat in a parked car.

"The gunmen are known to us and we will find them," the police commissioner told reporters on Monday. Police believe the second shooting was revenge for the first.

The emergency, which runs for 30 days, lets the police detain suspects without charge for up to a month and impose curfews. The minister of home affairs said it covered the Collet, Lake Independence and Port Loyola divisions. Police said they expected to detain several known gang leaders in the coming days.

Belize recorded 98 murders last year, most of them in Belize City, according to police figures. The last state of emergency in the city ended in 2023.""", [
  E(cur, "Attack", "gunmen on a motorcycle opened fire on a group of young men", P("Belize City", "BZ"), "saturday",
    a1="Unidentified Armed Group (Belize)", i1=3, a2="Civilians (Belize)", i2=7, fat=3, inj=2),
  E(cur, "Attack", "two men were shot dead on Kraal Road", P("Belize City", "BZ"), "sunday",
    a1="Unidentified Armed Group (Belize)", i1=3, a2="Civilians (Belize)", i2=7, fat=2),
  E(cur, "Other", "The government declared a state of emergency on Thursday", P("Belize City", "BZ", 2), "thursday", a1=BLZ_GOV, i1=1),
]),

S("st-o-006", "2026-09-08", """GUYANA DEFENCE FORCE
PRESS RELEASE
Georgetown, 8 September 2026

GDF PATROLS FIRED ON ALONG CUYUNI RIVER

The Guyana Defence Force (GDF) wishes to inform the public that its troops came under fire on two occasions along the Cuyuni River over the weekend.

On Saturday 5 September 2026, at approximately 17:30 hrs, a GDF riverine patrol near Eteringbang, Region Seven, was fired upon by unidentified armed men from the Venezuelan side of the river. The troops returned fire. One soldier sustained a gunshot wound to the leg and was evacuated by helicopter to Georgetown, where he is in stable condition.

On Sunday 6 September 2026, at approximately 09:15 hrs, a GDF boat transporting supplies to the base at Eteringbang was shot at by armed men in the same area. There were no injuries; the boat's engine was damaged.

The GDF has since deployed additional troops and aerial assets to the area, and the Guyana Police Force has been informed.

These attacks are believed to have been carried out by criminal gangs known as "sindicatos", which operate illegal mines on the Venezuelan side of the border. This is the fourth such incident in 2026.

The GDF remains resolute in its mission to protect Guyana's territorial integrity.""", [
  E(cur, "Armed clash", "a GDF riverine patrol near Eteringbang, Region Seven, was fired upon", P("Eteringbang", "GY", 2, lat=6.72, lon=-61.13, a1="Cuyuni-Mazaruni"), "2026-09-05",
    a1="Unidentified Armed Group (Guyana)", i1=3, a2=GUY, i2=1, fat=None, inj=1),
  E(cur, "Armed clash", "a GDF boat transporting supplies to the base at Eteringbang was shot at", P("Eteringbang", "GY", 2, lat=6.72, lon=-61.13, a1="Cuyuni-Mazaruni"), "2026-09-06",
    a1="Unidentified Armed Group (Guyana)", i1=3, a2=GUY, i2=1, fat=0, inj=0),
], register="official"),

S("st-o-007", "2026-07-21", """Limón: fifth victim of bar shooting dies; residents march for security

By our Caribbean correspondent

A 19-year-old man wounded in Sunday night's shooting at a bar in Limón died on Monday at the Tony Facio hospital, bringing the death toll to five, the Judicial Investigation Agency (OIJ) said.

Gunmen arrived at the bar in the Cieneguita neighbourhood shortly before 11 p.m. on Sunday and fired at the customers with automatic rifles, killing four people at the scene and wounding three, according to the OIJ. The attackers escaped in a stolen car that was later found burned.

Investigators said the attack was linked to a dispute between drug gangs over the sale of crack in the port city. None of the victims had a criminal record, relatives said.

On Monday, the security minister announced that 300 police officers had been sent to Limón to reinforce patrols after the killings.

On Monday evening several hundred residents marched peacefully through the centre of Limón, carrying white flags and banners reading "Limón wants peace".

Limón province recorded 160 homicides last year, the highest rate in the country, according to the OIJ.""", [
  unscored(E(cur, "Attack", "fired at the customers with automatic rifles", P("Limon", "CR", 2), "sunday",
             a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=5), "injuries"),
  E(cur, "Peaceful protest", "several hundred residents marched peacefully through the centre of Limón", P("Limon", "CR"), "monday",
    a1="Protesters (Costa Rica)", i1=6),
], register="local"),

S("st-o-008", "2026-10-05", """Sweden: explosion wrecks Uppsala apartment block entrance, man shot dead in Malmö

STOCKHOLM (Wire) — An explosion destroyed the entrance of an apartment building in the Gottsunda district of Uppsala early on Sunday, and a man was shot dead in Malmö on Saturday evening, police said, in a weekend of violence that officials linked to criminal networks.

The blast in Uppsala, at about 2.30 a.m., shattered windows in the building and in two neighbouring blocks. Residents were evacuated, and no one was hurt. Police said the bomb had been placed against the door of the stairwell.

A 16-year-old boy was detained on Sunday on suspicion of having placed the device, police said.

In Malmö, a man in his twenties was shot several times in the Rosengård area at about 8 p.m. on Saturday and died at the scene. Police said the victim was known to them and that the shooting was probably part of a conflict between two gangs.

Police have increased patrols in Gottsunda and Rosengård since the incidents.

Sweden has recorded 104 bombings so far this year, according to police figures, fewer than in the same period of 2025.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosion destroyed the entrance of an apartment building", P("Uppsala", "SE", 2), "sunday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "A 16-year-old boy was detained on Sunday on suspicion of having placed the device", P("Uppsala", "SE", 2), "sunday",
    a1="Police Forces of Sweden (2022-)", i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
  E(cur, "Attack", "a man in his twenties was shot several times in the Rosengård area", P("Malmo", "SE", 2, geoname="Malmoe"), "saturday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=1),
]),

S("st-o-009", "2026-03-26", """Two wounded in Anderlecht shooting; farmers clash with police in Namur

BRUSSELS, March 26 (Wire) - Two young men were wounded when gunmen opened fire near the Peterbos housing estate in the Brussels municipality of Anderlecht late on Wednesday, prosecutors said, the ninth shooting in the capital this year.

The attackers, who fled on foot, fired at least ten shots at a group standing near one of the estate's tower blocks, the Brussels prosecutor's office said. The two men were taken to hospital; their lives were not in danger.

Police sealed off the estate overnight and searched several flats on Thursday morning. The federal interior minister said more officers would be sent to the municipality "in the coming weeks".

In Namur, farmers angry at new environmental rules threw stones and fireworks at police outside the Walloon parliament on Wednesday afternoon and set fire to bales of straw. Police used water cannon to drive them back. Three officers were slightly injured and six farmers were detained, police said.

Farmers' unions, which had called the Namur protest, distanced themselves from the violence. They have called another demonstration in Brussels for next month.""", [
  E(cur, "Attack", "gunmen opened fire near the Peterbos housing estate", P("Anderlecht", "BE", lat=50.8362, lon=4.3145, a1="Brussel"), "wednesday",
    a1="Unidentified Armed Group (Belgium)", i1=3, a2="Civilians (Belgium)", i2=7, fat=None, inj=2),
  E(cur, "Violent demonstration", "threw stones and fireworks at police outside the Walloon parliament", P("Namur", "BE", a1="Wallonia"), "wednesday",
    a1="Rioters (Belgium)", i1=5, a2=BEL_POL, i2=1, fat=None, inj=3),
]),

S("st-o-010", "2026-08-13", """Maldives police pepper-spray opposition protesters in Malé, arrest councillors in Addu

COLOMBO, Aug 13 (Wire) - Police in the Maldives used pepper spray and batons to break up an opposition protest in the capital Malé on Wednesday night and detained 23 people, hours after arresting two opposition city councillors in the southern atoll of Addu, the opposition said.

Several hundred supporters of the Maldivian Democratic Party had marched towards the President's Office to protest against a new law that lets the government close news outlets. Police blocked the road near the Republic Square and, when the crowd refused to leave, officers moved in with pepper spray.

Among those detained were two members of parliament, who were released before dawn, the party said. Police said the protesters had "obstructed officers" and that three policemen had been hurt.

Earlier on Wednesday, police arrested two Addu City councillors at their homes on Hithadhoo island. Police said they were suspected of "inciting violence" in social media posts about the law.

The opposition said it would protest again on Friday. Parliament, where President Mohamed Muizzu's party holds a large majority, passed the law last week.""", [
  E(cur, "Protest with intervention", "used pepper spray and batons to break up an opposition protest", P("Male", "MV"), "wednesday",
    a1="Protesters (Maldives)", i1=6, a2=MDV_POL, i2=1, inj=3),
  E(cur, "Arrests", "police arrested two Addu City councillors at their homes on Hithadhoo island", P("Hithadhoo", "MV", lat=-0.6, lon=73.08, a1="Addu City"), "wednesday",
    a1=MDV_POL, i1=1, a2="Civilians (Maldives)", i2=7),
]),

S("st-o-011", "2026-05-04", """BAWKU CONFLICT
Situation Report No. 12
Covering 28 April – 3 May 2026

HIGHLIGHTS
• Gunfire between armed youths of the Kusasi and Mamprusi communities in Bawku township on 1 May left four people dead.
• On 2 May, gunmen attacked a passenger bus on the Bawku–Bolgatanga road near Zebilla, killing two passengers.
• The curfew on Bawku and surrounding areas has been extended and now runs from 4 p.m. to 7 a.m.

SECURITY SITUATION
On the evening of 1 May, sporadic gunfire broke out in several suburbs of Bawku township between armed youths of the Kusasi and Mamprusi communities. Four people were killed, according to the Bawku Presbyterian Hospital, and at least seven were admitted with gunshot wounds. Several houses and a market stall were burned.

On 2 May, at around 10 a.m., unidentified gunmen stopped a passenger bus travelling from Bawku to Bolgatanga near Zebilla and opened fire on it, killing two passengers and injuring five. The attackers fled into the bush. Soldiers were deployed along the road after the attack and are escorting vehicles.

On 2 May, the Minister for the Interior extended the curfew on Bawku municipality and the surrounding districts and lengthened its hours.

Since January, partners have recorded at least 41 conflict-related deaths in the Bawku area.

HUMANITARIAN IMPACT
Schools in Bawku remain closed. About 2,300 people have moved to relatives in Bolgatanga and Garu since 1 May.

This report is produced by a network of peace-building organisations in the Upper East Region.""", [
  E(cur, "Armed clash", "sporadic gunfire broke out in several suburbs of Bawku township", P("Bawku", "GH", 2), "2026-05-01",
    a1=KUSASI, i1=4, a2=MAMPRUSI, i2=4, fat=4, inj=7),
  E(cur, "Attack", "unidentified gunmen stopped a passenger bus travelling from Bawku to Bolgatanga near Zebilla and opened fire on it",
    P("Bawku", "GH", 2), "2026-05-02",
    a1="Unidentified Armed Group (Ghana)", i1=3, a2="Civilians (Ghana)", i2=7, fat=2, inj=5),
  E(cur, "Other", "the Minister for the Interior extended the curfew on Bawku municipality", P("Bawku", "GH", 3, geoname="Bawku"), "2026-05-02", a1=GHA_GOV, i1=1),
], register="ngo"),

S("st-o-012", "2026-10-15", """RCMP clear pipeline protest camp in northern B.C., arrest 17

VANCOUVER, Oct 15 (Wire) - Police in British Columbia cleared a protest camp blocking access to a gas pipeline worksite near Houston on Wednesday and arrested 17 people, the Royal Canadian Mounted Police said.

Dozens of officers, some with dogs, moved in at dawn to enforce a court injunction. They removed a cabin and a gate that members of a Wet'suwet'en house group and their supporters had set up across a forest service road last month. Protesters said officers had cut through the door of the cabin with a saw.

The RCMP said the camp had been set up in defiance of the injunction and that those arrested would appear in court in Smithers. Three of them were released on Wednesday evening.

Hours after the raid, about 200 people rallied peacefully outside the RCMP detachment in Smithers, drumming and singing.

The company building the pipeline said on Monday that an excavator and a generator had been set on fire at another worksite near Houston on Sunday night. No one has been arrested over the fire.

A solidarity rally has been called in Victoria for Thursday.""", [
  E(cur, "Protest with intervention", "cleared a protest camp blocking access to a gas pipeline worksite near Houston", P("Houston", "CA", 2, a1="British Columbia"), "wednesday",
    a1="Protesters (Canada)", i1=6, a2=CAN_POL, i2=1),
  E(cur, "Peaceful protest", "about 200 people rallied peacefully outside the RCMP detachment in Smithers", P("Smithers", "CA", a1="British Columbia"), "wednesday",
    a1="Protesters (Canada)", i1=6),
  E(cur, "Looting/property destruction", "an excavator and a generator had been set on fire", P("Houston", "CA", 2, a1="British Columbia"), "sunday",
    a1="Unidentified Armed Group (Canada)", i1=3, a2="Civilians (Canada)", i2=7),
]),

S("st-o-013", "2026-01-23", """Tens of thousands rally in Bratislava and Košice against Fico's broadcasting law

BRATISLAVA, Jan 23 (Wire) - Tens of thousands of people rallied in Bratislava and Košice on Thursday evening against a law that would put Slovakia's public broadcaster under government control, in the largest protests in the country this year.

In Bratislava, the crowd filled the square in front of the government office, waving Slovak and European Union flags and chanting "Slovakia is Europe". Police estimated the crowd at about 30,000. In Košice, the country's second city, about 8,000 people gathered on the main street.

The rallies passed off without incident, police said.

Government politicians accused the organisers on Friday of trying to bring down an elected government.

Organisers said they would hold rallies in 20 towns next Thursday, the day parliament is due to vote on the law.""", [
  E(cur, "Peaceful protest", "Tens of thousands of people rallied in Bratislava", P("Bratislava", "SK"), "thursday",
    a1="Protesters (Slovakia)", i1=6),
  E(cur, "Peaceful protest", "about 8,000 people gathered on the main street", P("Kosice", "SK"), "thursday",
    a1="Protesters (Slovakia)", i1=6),
]),

S("st-o-014", "2026-06-29", """Analysis: Lesotho's famo wars move from the mine shafts to the villages

MASERU — For more than a decade, the gun battles between Lesotho's famo music gangs were fought mostly far from home, in the illegal gold mines of South Africa's Free State and Gauteng, where the gangs' members work. That is changing.

The killings on Thursday night, in a village near Mafeteng, were the latest sign. Gunmen walked into a night vigil for a dead man and opened fire on the mourners, killing five people, including a woman of 70. Police said on Friday the victims were relatives of a man linked to one of the gangs.

Since the ambush of a taxi near Mohale's Hoek, drivers in the south refuse to travel after dark. Teachers in several villages in Mafeteng and Mohale's Hoek districts say parents have moved their children to schools in Maseru.

The government has tried bans and amnesties. It says police have seized more than 500 illegal firearms since January and that 40 gang members have been arrested. Police figures show that more than 200 people were killed in famo-related violence last year.

"The gangs have more guns than the police," said a researcher at the National University of Lesotho in Roma. "And they are no longer only fighting each other."

The police spokesman said on Friday that officers had been sent to the Mafeteng area after the vigil killings and that no arrests had yet been made.""", [
  E(cur, "Attack", "Gunmen walked into a night vigil for a dead man and opened fire on the mourners", P("Mafeteng", "LS", 2), "thursday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=5),
  unscored(E(bg, "Attack", "the ambush of a taxi near Mohale's Hoek", P("Mohale's Hoek", "LS", 2), None,
             a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7),
           "event_date", "time_precision", "fatalities", "injuries"),
], register="analysis"),

S("st-o-015", "2026-09-18", """PACIFIC WEEK
News from the islands in brief

VANUATU
• Youths set fire to two Chinese-owned shops and threw stones at police in Port Vila on Tuesday after police arrested a chief over a land dispute. Police fired tear gas to disperse them and said 31 people had been arrested and two officers hurt.

TIMOR-LESTE
• About 2,000 students marched peacefully through Dili on Wednesday to demand that parliament scrap a law granting lifetime pensions to former lawmakers.

FIJI
• Parliament passed the first reading of a constitutional amendment on Thursday. The opposition walked out.

SOLOMON ISLANDS
• Police said two men had been charged over the petrol-bomb attack on an opposition MP's home in Honiara in August. Nobody was hurt in the attack.

NEW CALEDONIA
• About 1,500 supporters of independence rallied in Nouméa on Saturday, peacefully, to demand a date for a new referendum on independence.

Next week: the Pacific Islands Forum leaders' meeting in Honiara.""", [
  E(cur, "Violent demonstration", "Youths set fire to two Chinese-owned shops and threw stones at police in Port Vila", P("Port Vila", "VU", geoname="Port-Vila"), "tuesday",
    a1="Rioters (Vanuatu)", i1=5, a2=VUT_POL, i2=1, fat=None, inj=2),
  E(cur, "Peaceful protest", "About 2,000 students marched peacefully through Dili", P("Dili", "TL"), "wednesday",
    a1="Protesters (East Timor)", i1=6),
  unscored(E(bg, "Looting/property destruction", "the petrol-bomb attack on an opposition MP's home in Honiara", P("Honiara", "SB", a1="Capital Territory"), "2026-08-01", tp=3,
             a1="Unidentified Armed Group (Solomon Islands)", i1=3, a2="Civilians (Solomon Islands)", i2=7), "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Peaceful protest", "About 1,500 supporters of independence rallied in Nouméa on Saturday", P("Noumea", "NC", lat=-22.27, lon=166.45, a1="South"), "saturday",
    a1="Protesters (New Caledonia)", i1=6),
], register="digest"),

S("st-o-016", "2026-11-10", """Teenager shot in Pointe-Noire riot dies as city counts the cost

BRAZZAVILLE, Nov 10 (Wire) - A 15-year-old boy who was shot during Saturday's riot in Pointe-Noire died in hospital on Monday, his family said, raising the toll from the weekend's violence in Congo's economic capital to two dead.

The unrest began after a police officer shot dead a motorcycle-taxi driver at a checkpoint in the Tié-Tié district on Saturday morning. Witnesses said the driver had refused to pay a bribe. Police said the officer had fired after the driver tried to run him over.

Within an hour, hundreds of young people had blocked the main road through Tié-Tié with burning tyres. Some threw stones at police vehicles and set fire to the district police station.

Police fired tear gas and live ammunition into the air. The boy, a pupil at a nearby secondary school, was hit in the chest by a bullet in the afternoon, his uncle said.

A government spokesman said on Monday that 42 people had been arrested and that the officer who shot the driver had been suspended and detained. "Order has been restored," he said.

Moto-taxi drivers in Pointe-Noire stayed off the roads on Monday in protest. The city was calm.""", [
  E(cur, "Attack", "a police officer shot dead a motorcycle-taxi driver at a checkpoint", P("Pointe-Noire", "CG", 2), "saturday",
    a1=COG_POL, i1=1, a2="Civilians (Republic of Congo)", i2=7, fat=1),
  E(cur, "Violent demonstration", "Some threw stones at police vehicles and set fire to the district police station", P("Pointe-Noire", "CG", 2), "saturday",
    a1="Rioters (Republic of Congo)", i1=5, a2=COG_POL, i2=1, fat=1),
]),

S("st-o-017", "2026-02-25", """Riot police remove Henoko sit-in; three protesters hurt

NAHA — Riot police removed about 60 people staging a sit-in at the gate of the US military construction site at Henoko, in Nago, on Tuesday morning, and three elderly protesters were taken to hospital with minor injuries, organisers said.

The protesters, many of them in their seventies, had been sitting in front of the gate of Camp Schwab since dawn to stop trucks carrying soil for the landfill that is to host a new runway. Officers carried them away one by one and held them behind metal fences until the trucks had passed.

Okinawa prefectural police said nobody had been arrested.

On Sunday, about 4,000 people rallied peacefully in Naha against the base, according to the organisers. The prefecture's governor sent a message of support.

The central government began filling in the bay at Henoko in 2018, despite repeated votes against the project by Okinawans. The sit-in outside the gate has been held almost every weekday since 2014.""", [
  E(cur, "Protest with intervention", "Riot police removed about 60 people staging a sit-in", P("Henoko", "JP", lat=26.53, lon=128.04, a1="Okinawa"), "tuesday",
    a1="Protesters (Japan)", i1=6, a2=JPN_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "about 4,000 people rallied peacefully in Naha", P("Naha", "JP", geoname="Naha-shi"), "sunday",
    a1="Protesters (Japan)", i1=6),
], register="local"),
S("st-o-018", "2026-06-29", """Hungarian police stop banned Pride march in Pécs; thousands rally in Budapest

BUDAPEST, June 29 (Wire) - Hungarian police stopped a banned Pride march in the southern city of Pécs on Saturday and detained 14 people, organisers said, while about 10,000 people rallied peacefully in Budapest against the law under which the march had been banned.

In Pécs, about 300 people had gathered in Széchenyi Square with rainbow flags when police surrounded them and ordered them to leave. Officers led away those who refused, several of them pulling them by the arms, witnesses said. Police said the 14 had been detained for taking part in a "prohibited assembly" and would be fined.

A far-right counter-rally that had been called in Pécs for the same afternoon was called off by its organisers on Friday.

In Budapest, the crowd marched from the parliament to the Chain Bridge. Police did not intervene.

Parliament passed the law allowing the police to ban such events last year. The government says it protects children.""", [
  E(cur, "Protest with intervention", "police surrounded them and ordered them to leave", P("Pecs", "HU"), "saturday",
    a1="Protesters (Hungary)", i1=6, a2=HUN_POL, i2=1),
  E(cur, "Peaceful protest", "about 10,000 people rallied peacefully in Budapest", P("Budapest", "HU"), "saturday",
    a1="Protesters (Hungary)", i1=6),
]),

S("st-o-019", "2026-03-18", """Namibian police fire rubber bullets at jobless youths in Katutura; Oshakati march peaceful

WINDHOEK — Police fired rubber bullets and tear gas at hundreds of unemployed young people marching in Windhoek's Katutura township on Tuesday, while a similar march in Oshakati passed off peacefully, witnesses and police said.

The Katutura marchers, who had no permit, were heading for the city centre to hand a petition to the labour ministry when officers blocked their way on Independence Avenue. When the crowd refused to turn back, police fired rubber bullets and tear gas canisters into it. Twelve people were arrested.

"We were singing. We had nothing in our hands," one of the marchers, a 24-year-old graduate, said. Four people were treated in hospital for rubber-bullet wounds, the organisers said.

The Inspector-General of the police said officers had "acted within the law" and that the march had been "unlawful".

In Oshakati, about 500 young people marched to the regional council offices and handed over their petition without incident.

The organisers said they would march again in Windhoek on Friday. Police said additional officers would be deployed in Katutura before the second march.

Official figures show that almost half of Namibians aged 15 to 34 are unemployed.""", [
  E(cur, "Protest with intervention", "Police fired rubber bullets and tear gas at hundreds of unemployed young people", P("Windhoek", "NA", 2), "tuesday",
    a1="Protesters (Namibia)", i1=6, a2=NAM_POL, i2=1, inj=4),
  E(cur, "Peaceful protest", "about 500 young people marched to the regional council offices", P("Oshakati", "NA"), "tuesday",
    a1="Protesters (Namibia)", i1=6),
], register="local"),

S("st-o-020", "2026-05-29", """Lithuania moves extra battalion to Belarus border after balloon incursions

VILNIUS, May 29 (Wire) - Lithuania moved an additional army battalion to its border with Belarus near Druskininkai on Thursday, the defence ministry said, after weeks of incursions by smuggling balloons that have repeatedly forced Vilnius airport to close.

About 600 soldiers with armoured vehicles and air-defence teams arrived in the Druskininkai area on Thursday afternoon and will stay "for as long as necessary", the ministry said.

Lithuanian officials say more than 600 balloons carrying contraband cigarettes have crossed from Belarus since January. Vilnius airport has been closed 11 times this year because of them.

Belarus said the deployment was "a provocation" and that it was not responsible for the balloons. Latvia and Poland said they were watching the situation closely.

A protest by Lithuanian farmers planned for Friday in Vilnius was postponed because of the border situation, the farmers' union said.""", [
  E(cur, "Change to group/activity", "Lithuania moved an additional army battalion to its border with Belarus near Druskininkai", P("Druskininkai", "LT", 2, a1="Druskininkai"), "thursday",
    a1=LTU, i1=1),
]),

S("st-o-021", "2026-10-16", """SLOVENIA-PROTESTS/
FIREWORKS, WATER CANNON IN LJUBLJANA AS PARLIAMENT PASSES PENSIONS LAW

LJUBLJANA, Oct 16 (Wire) - Protesters threw fireworks, bottles and paving stones at police outside Slovenia's National Assembly on Thursday night after lawmakers passed a pension reform, and police responded with water cannon and tear gas, police said on Friday.

Several thousand people had gathered in front of the parliament in the early evening. After the vote, shortly before 9 p.m., groups of young men at the front of the crowd began throwing objects at the police cordon.

The windows of two banks and a shop on Slovenska cesta were smashed and a police van was set on fire.

Police said 23 people had been detained and seven officers injured, one of them seriously. The interior minister called the violence "organised".

In Maribor, about 1,000 people rallied peacefully against the reform on Thursday evening.

The trade unions, which called the rallies, condemned the violence in Ljubljana and said they would hold another protest next Thursday.""", [
  E(cur, "Violent demonstration", "Protesters threw fireworks, bottles and paving stones at police", P("Ljubljana", "SI"), "thursday",
    a1="Rioters (Slovenia)", i1=5, a2=SVN_POL, i2=1, fat=None, inj=7),
  E(cur, "Peaceful protest", "about 1,000 people rallied peacefully against the reform", P("Maribor", "SI"), "thursday",
    a1="Protesters (Slovenia)", i1=6),
]),

S("st-o-022", "2026-06-12", """LUSOPHONE AFRICA THIS WEEK
The week's politics, in brief

CABO VERDE
• Several hundred students rallied peacefully in Praia on Monday against an increase in university fees, and handed a letter to the education ministry.

SÃO TOMÉ AND PRÍNCIPE
• Police fired tear gas to clear motorcycle-taxi drivers who had blocked the main roads of the capital on Wednesday in protest at a rise in fuel prices. Eight drivers were detained and released the same evening.

GUINEA-BISSAU
• Police detained three leaders of the PAIGC at the party's headquarters in Bissau on Thursday, a day before a rally the party had called against the postponement of elections. The rally did not take place.

ANGOLA
• A taxi drivers' strike called for Monday in Luanda was suspended after the government agreed to talks.

Our next issue will appear on 19 June.""", [
  E(cur, "Peaceful protest", "Several hundred students rallied peacefully in Praia", P("Praia", "CV"), "monday",
    a1="Protesters (Cape Verde)", i1=6),
  E(cur, "Protest with intervention", "Police fired tear gas to clear motorcycle-taxi drivers", P("Sao Tome", "ST"), "wednesday",
    a1="Protesters (Sao Tome and Principe)", i1=6, a2=STP_POL, i2=1),
  E(cur, "Arrests", "Police detained three leaders of the PAIGC", P("Bissau", "GW"), "thursday",
    a1=GNB_POL, i1=1, a2=PAIGC, i2=7),
], register="digest"),

S("st-o-023", "2026-08-21", """Snap youth curfew in Alice Springs after night of rock-throwing

DARWIN — Police declared a snap curfew for young people in the centre of Alice Springs on Thursday, a day after groups of youths threw rocks at police cars and smashed the windows of a tavern and several shops in the town.

The trouble began late on Wednesday night when about 60 young people gathered in the Todd Mall. Police said rocks were thrown at two patrol cars, and that a tavern, a supermarket and a chemist had their windows smashed. Officers used capsicum spray to disperse them.

Nine people, seven of them teenagers, were arrested and two officers were hurt, the Northern Territory police said.

The curfew, declared by the police commissioner under emergency powers, bars people under 18 from the town centre between 10 p.m. and 6 a.m. for 14 days. Extra officers were flown in from Darwin after the disturbance.

Aboriginal community leaders criticised the curfew. "Locking kids out of town does not fix anything," said one.

A similar curfew was imposed in the town in March 2024.""", [
  E(cur, "Violent demonstration", "groups of youths threw rocks at police cars and smashed the windows of a tavern", P("Alice Springs", "AU"), "wednesday",
    a1="Rioters (Australia)", i1=5, a2=AUS_POL, i2=1, fat=None, inj=2),
  E(cur, "Other", "Police declared a snap curfew for young people in the centre of Alice Springs", P("Alice Springs", "AU"), "thursday",
    a1=AUS_POL, i1=1),
  unscored(E(bg, "Other", "A similar curfew was imposed in the town in March 2024", P("Alice Springs", "AU"), "2024-03-01", tp=3), "actor1", "inter1"),
]),

S("st-o-024", "2026-09-29", """Fisherman dies of injuries from Nouadhibou riot; relatives' sit-in broken up in capital

NOUAKCHOTT (Wire) - A fisherman who was hit on the head by a tear gas canister during Sunday's riot in Nouadhibou died in hospital on Monday, his union said, as police in the capital broke up a sit-in by relatives of a colleague who drowned last week.

The riot began on Sunday morning when hundreds of artisanal fishermen gathered at the fishing port to demand an inquiry into the drowning of a fisherman whose pirogue capsized on Saturday while it was being chased by a coast guard patrol.

Fishermen burned tyres at the port gate and threw stones at the offices of the port authority, smashing its windows, witnesses said. Gendarmes and police fired tear gas. A coast guard vehicle was set on fire.

The interior ministry said on Monday that 31 people had been arrested in Nouadhibou and that five members of the security forces had been hurt. Internet access was cut in the city on Sunday evening.

In Nouakchott, police dispersed about 40 relatives and fishermen who had gathered outside the fisheries ministry on Monday, and detained six of them, a rights group said.

The coast guard said its patrol had been pursuing the pirogue because it was fishing in a protected zone, and that it had not touched the boat.""", [
  E(cur, "Violent demonstration", "Fishermen burned tyres at the port gate and threw stones at the offices of the port authority", P("Nouadhibou", "MR"), "sunday",
    a1="Rioters (Mauritania)", i1=5, a2=MRT_POL, i2=1, fat=1, inj=5),
  E(cur, "Protest with intervention", "police dispersed about 40 relatives and fishermen", P("Nouakchott", "MR"), "monday",
    a1="Protesters (Mauritania)", i1=6, a2=MRT_POL, i2=1),
]),

S("st-o-025", "2026-08-10", """Eritrean opposition supporters clash with police at Oslo festival

OSLO, Aug 10 (Wire) - Several hundred Eritrean opposition supporters stormed a cultural festival organised by backers of Eritrea's government in Oslo on Saturday, throwing stones and smashing stalls, and clashed with police who tried to hold them back, Norwegian police said.

The attackers, many of them young men in blue shirts, broke through a fence around the festival ground in the Alnabru area in the early afternoon. Festival-goers fled as stalls and a stage were wrecked.

Police used pepper spray and batons. Twelve people were injured, among them four police officers, and 30 were detained, police said on Sunday.

"These festivals are propaganda for a dictatorship," said one of the protesters, who asked not to be named. The festival organisers said the attack was "an act of hatred against the Eritrean people".

The second day of the festival went ahead on Sunday under heavy police guard. A similar festival planned in Stockholm for next weekend was cancelled by its organisers.

Eritrean diaspora events have been the scene of violent clashes in several countries since 2022.""", [
  E(cur, "Violent demonstration", "stormed a cultural festival organised by backers of Eritrea's government in Oslo", P("Oslo", "NO", 2), "saturday",
    a1="Rioters (Eritrea)", i1=5, a2=NOR_POL, i2=1, fat=None, inj=12),
]),

S("st-o-026", "2026-04-28", """Taiwan's legislature passes special defence budget after all-night session

TAIPEI, April 28 (Wire) - Taiwan's opposition-controlled legislature passed a special defence budget of T$400 billion early on Tuesday after an all-night session, clearing the way for the purchase of drones, missiles and coastal defence systems over five years.

The budget passed with the support of most lawmakers from the main opposition Kuomintang, who had cut it by a fifth in committee. Lawmakers of the ruling Democratic Progressive Party voted in favour; a small party walked out in protest at the cuts.

China's Taiwan Affairs Office said the spending "will not change the fact that Taiwan is part of China". Its defence ministry has held two large-scale exercises around the island in the past year.

The United States welcomed the vote. A State Department spokesman said Washington would "continue to support Taiwan's self-defence".

President Lai Ching-te is expected to sign the budget this week.""", [], negative="diplomacy"),

S("st-o-027", "2026-07-27", """FORCES ARMÉES TOGOLAISES
ÉTAT-MAJOR GÉNÉRAL
COMMUNIQUÉ

Lomé, 27 July 2026

The Chief of General Staff of the Togolese Armed Forces (FAT) informs the public of the following events in the Savanes region.

On Saturday 25 July 2026, at dawn, a large group of armed terrorists attacked the FAT post at Mandouri, in Kpendjal prefecture. The troops repelled the attack after an hour of fighting. Six assailants were neutralised and weapons and motorcycles recovered. Two soldiers lost their lives and five were wounded.

On Sunday 26 July 2026, a FAT vehicle struck an improvised explosive device on the road between Dapaong and Mandouri, wounding three soldiers.

On the same day, FAT aircraft struck a column of terrorists on motorcycles in Kpendjal prefecture, close to the border with Burkina Faso, causing heavy losses among the enemy.

Reinforcements have been sent to the prefecture and operations to secure the area are continuing.

The Chief of General Staff bows before the memory of the fallen soldiers and wishes a quick recovery to the wounded. Since the beginning of the year, the FAT have neutralised 47 terrorists in the Savanes region.""", [
  E(cur, "Armed clash", "a large group of armed terrorists attacked the FAT post at Mandouri", P("Mandouri", "TG", lat=10.85, lon=0.82, a1="Savanes"), "2026-07-25",
    a1="Unidentified Armed Group (Togo)", i1=3, a2=TGO, i2=1, fat=8, inj=5),
  E(cur, "Remote explosive/landmine/IED", "a FAT vehicle struck an improvised explosive device on the road between Dapaong and Mandouri", P("Dapaong", "TG", 2), "2026-07-26",
    a1="Unidentified Armed Group (Togo)", i1=3, a2=TGO, i2=1, fat=None, inj=3),
  E(cur, "Air/drone strike", "FAT aircraft struck a column of terrorists on motorcycles in Kpendjal prefecture", P("Kpendjal", "TG", 3, lat=10.85, lon=0.82, a1="Savanes"), "2026-07-26",
    a1=TGO, i1=1, a2="Unidentified Armed Group (Togo)", i2=3, fat=None),
], register="official"),

S("st-o-028", "2026-02-27", """GREAT LAKES BRIEFING
Security and politics this week

RWANDA
• Police in Kigali arrested four members of an unregistered opposition party on Tuesday, accusing them of "spreading rumours" in a WhatsApp group. The party said they had been meeting to discuss a petition.

BURUNDI
• Members of the ruling party's Imbonerakure youth league beat three members of the opposition CNL with sticks near Muyinga on Sunday, the party said. One of them, a 52-year-old teacher, died of his injuries on Wednesday.

ERITREA
• The information ministry denied reports of troop movements near the border with Ethiopia, calling them "fabrications".

DR CONGO
• Talks between the government and the M23 in Doha were postponed again on Thursday.""", [
  E(cur, "Arrests", "Police in Kigali arrested four members of an unregistered opposition party", P("Kigali", "RW", a1="Kigali"), "tuesday",
    a1=RWA_POL, i1=1, a2="Civilians (Rwanda)", i2=7),
  unscored(E(cur, "Attack", "beat three members of the opposition CNL with sticks near Muyinga", P("Muyinga", "BI", 2), "sunday",
             a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, fat=1), "injuries"),
], register="digest"),

S("st-o-029", "2026-10-20", """Councillor shot dead in Pedro Juan Caballero; two killed across the border in Ponta Porã

ASUNCIÓN, Oct 20 (Wire) - Gunmen shot dead a city councillor in the Paraguayan border city of Pedro Juan Caballero on Monday morning and, hours later, two men were killed across the border in the Brazilian city of Ponta Porã, police on both sides said.

The councillor, 41, was shot at least 15 times as he got out of his car outside his home. His bodyguard was wounded. Paraguayan police said the killing bore the hallmarks of the Brazilian gang PCC, which controls much of the drug trade in the region.

Paraguay's interior minister said 200 soldiers and police had been sent to Pedro Juan Caballero after the killing.

In Ponta Porã, which is separated from Pedro Juan Caballero only by a street, two men in their twenties were shot dead in a bar on Monday evening. Brazilian police did not say who was behind the second shooting or whether the two killings were connected.

At least 70 people have been killed in the twin cities this year, according to local media counts.""", [
  E(cur, "Attack", "Gunmen shot dead a city councillor", P("Pedro Juan Caballero", "PY"), "monday",
    a1="PCC: First Capital Command", i1=3, a2="Civilians (Paraguay)", i2=7, fat=1, inj=1),
  E(cur, "Attack", "two men in their twenties were shot dead in a bar", P("Ponta Pora", "BR"), "monday",
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, fat=2),
]),

S("st-o-030", "2026-11-14", """LIVE: Housing protests across Portugal

Updated 21:40 WET

21:40 — We are closing this live page. A summary: tens of thousands marched peacefully in Lisbon; in Porto, police removed activists who had occupied an empty building; in Coimbra about 2,000 people marched.

20:15 — Police in Porto have removed about 30 activists who had occupied an empty building on Rua de Santa Catarina since this morning. Twelve of them were detained, a police spokesman tells us. The activists had hung a banner reading "Homes, not hotels" from the balcony.

18:30 — The head of the Lisbon march has reached the parliament at São Bento. Organisers say 80,000 people are taking part; police have not given a figure. The mood remains calm.

16:45 — In Coimbra, about 2,000 people, many of them students, are marching peacefully from the university to the town hall.

15:00 — The Lisbon march has set off from Martim Moniz square.

12:00 — Good afternoon. Housing groups have called marches in 20 cities today against soaring rents. A march in Faro has been cancelled because of a storm warning.""", [
  E(cur, "Peaceful protest", "The head of the Lisbon march has reached the parliament at São Bento", P("Lisbon", "PT"), 0,
    a1="Protesters (Portugal)", i1=6),
  E(cur, "Protest with intervention", "Police in Porto have removed about 30 activists who had occupied an empty building", P("Porto", "PT"), 0,
    a1="Protesters (Portugal)", i1=6, a2=PRT_POL, i2=1),
  E(cur, "Peaceful protest", "about 2,000 people, many of them students, are marching peacefully", P("Coimbra", "PT"), 0,
    a1="Protesters (Portugal)", i1=6),
], register="live"),

S("st-o-031", "2026-03-10", """Mauritania sends troops to Mali border after incursion; jihadists ambush Malian convoy near Léré

NOUAKCHOTT, March 10 (Wire) - Mauritania's army moved about 1,000 more soldiers to its eastern border with Mali around Bassikounou on Monday, the defence ministry said, a week after Malian soldiers crossed the border in pursuit of suspected jihadists.

The troops, with armoured vehicles, arrived in Bassikounou on Monday and will patrol the frontier and the Mbera refugee camp area, the ministry said. It did not mention the incursion.

Last week Malian soldiers entered a Mauritanian village near the border and took away six herders, accusing them of helping jihadists, local officials said. The men have not been seen since.

Across the border, fighters of the al-Qaeda-linked JNIM ambushed a Malian army convoy near Léré, in the Timbuktu region, on Sunday, the group said in a statement. It claimed to have killed nine soldiers. Mali's army said it had repelled an attack in the area and "neutralised several terrorists", without giving its own losses.

Mauritania hosts more than 250,000 Malian refugees, most of them in and around the Mbera camp near Bassikounou.""", [
  E(cur, "Change to group/activity", "Mauritania's army moved about 1,000 more soldiers to its eastern border with Mali around Bassikounou",
    P("Bassikounou", "MR", lat=15.87, lon=-5.95, a1="Hodh ech Chargui"), "monday", a1=MRT, i1=1),
  unscored(E(bg, "Abduction/forced disappearance", "Malian soldiers entered a Mauritanian village near the border and took away six herders",
             P("Bassikounou", "MR", 2, lat=15.87, lon=-5.95, a1="Hodh ech Chargui"), "2026-03-02", tp=2,
             a1=MLI, i1=8, a2="Civilians (Mauritania)", i2=7), "latitude", "longitude", "location", "geo_precision", "admin1"),
  unscored(E(cur, "Armed clash", "fighters of the al-Qaeda-linked JNIM ambushed a Malian army convoy near Léré", P("Lere", "ML", 2, lat=15.72, lon=-4.92, a1="Tombouctou"), "sunday",
             a1=JNIM, i1=2, a2=MLI, i2=1), "fatalities"),
]),

S("st-o-032", "2026-02-16", """Analysis: In Turkmenistan, bread queues test a silent society

Nobody in Turkmenistan calls it a crisis. State television shows full shelves; officials speak of record harvests. But in the provinces, queues for subsidised flour and bread now form before dawn, and the price of a loaf at the bazaar has tripled in two years.

The shortages have a simple cause, economists say: the state pays farmers too little for wheat, and much of the harvest is sold abroad or disappears. Money sent home by migrants in Turkey and Russia, which kept many families afloat, has fallen.

Open protest remains rare and risky. On Friday, police in Mary detained about a dozen women who had gathered outside the regional administration to complain that the state shops had run out of flour, according to an exiled news site. The women were released that evening after being warned, the site said.

The authorities have not commented. In the past they have responded to such gatherings by sending officials to hand out flour — and by questioning those who took part.

"People are afraid, but they are also hungry," said a Turkmen researcher abroad. "That is a combination governments should watch."

State media said last week that the country's food supplies were "fully secured".""", [
  E(cur, "Protest with intervention", "police in Mary detained about a dozen women who had gathered outside the regional administration", P("Mary", "TM"), "friday",
    a1="Protesters (Turkmenistan)", i1=6, a2=TKM_POL, i2=1),
], register="analysis"),

S("st-o-033", "2026-05-12", """Cerro Norte: mother and son killed as gunmen spray house with bullets

By our staff

A woman and her 12-year-old son were killed when gunmen fired more than 30 shots at their house in the Cerro Norte neighbourhood of Montevideo on Sunday night, the interior ministry said.

The attackers arrived on two motorcycles shortly after 10 p.m. and fired at the front of the house with pistols and a rifle. The woman, 38, died at the scene; the boy died on the way to hospital. A second child was unhurt.

Police said the house had been targeted by mistake in a feud between two drug gangs over the sale of cocaine paste in the neighbourhood. No arrests had been made by Monday night.

The interior ministry sent 150 officers of the Republican Guard to Cerro Norte on Monday after the killings.

On Monday evening, several hundred residents marched to the local police station to demand protection, carrying photos of the boy.

Uruguay recorded 382 homicides last year, one of the highest rates in South America, according to interior ministry figures.""", [
  E(cur, "Attack", "gunmen fired more than 30 shots at their house", P("Montevideo", "UY", 2), "sunday",
    a1="Unidentified Armed Group (Uruguay)", i1=3, a2="Civilians (Uruguay)", i2=7, fat=2),
  E(cur, "Peaceful protest", "several hundred residents marched to the local police station to demand protection", P("Montevideo", "UY", 2), "monday",
    a1="Protesters (Uruguay)", i1=6),
], register="local"),

S("st-o-034", "2026-01-15", """Kuwaiti police break up stateless sit-in in Jahra, detain 17

KUWAIT CITY (Wire) - Kuwaiti police on Wednesday broke up a sit-in by stateless residents in the town of Jahra and detained 17 of them, activists said, the first such protest in the Gulf state in more than a year.

About 150 members of the bidoon community, who are denied Kuwaiti citizenship, had gathered in a square in Jahra to demand identity papers that would allow them to work and register births. Riot police surrounded the square after an hour and ordered the crowd to leave, then moved in and detained those who stayed, the activists said.

The interior ministry said the gathering had been unlicensed and that "a number of violators" had been referred to the public prosecutor.

Kuwait has about 100,000 bidoon, according to official figures. Several bidoon activists were jailed after protests in Jahra in 2019.""", [
  E(cur, "Protest with intervention", "broke up a sit-in by stateless residents in the town of Jahra", P("Jahra", "KW", geoname="Al Jahra'", a1="Al Jahra"), "wednesday",
    a1="Protesters (Kuwait)", i1=6, a2=KWT_POL, i2=1),
]),

S("st-o-035", "2026-11-25", """Police end student occupation at Brno university; rally in Olomouc

PRAGUE — Police removed about 70 students who had occupied the rector's building of Masaryk University in Brno for three days, detaining nine of them, early on Tuesday, the university and the police said.

The students had occupied the building on Saturday to protest against planned cuts to higher education funding. The university asked the police to intervene after talks failed on Monday night. Officers carried out those who refused to leave; nobody was hurt, police said.

The students said they would continue their protest "in other forms".

In Olomouc, about 1,500 students and teachers marched through the city centre on Tuesday afternoon in solidarity with the Brno students.

The government says the cuts are needed to reduce the budget deficit. Student unions have called a national day of protest for next week.""", [
  E(cur, "Protest with intervention", "Police removed about 70 students who had occupied the rector's building", P("Brno", "CZ"), "tuesday",
    a1="Protesters (Czech Republic)", i1=6, a2=CZE_POL, i2=1, inj=0),
  E(cur, "Peaceful protest", "The students had occupied the building on Saturday", P("Brno", "CZ"), "saturday",
    a1="Protesters (Czech Republic)", i1=6),
  E(cur, "Peaceful protest", "about 1,500 students and teachers marched through the city centre", P("Olomouc", "CZ"), "tuesday",
    a1="Protesters (Czech Republic)", i1=6),
]),

S("st-o-036", "2026-09-02", """Fiji police arrest four former soldiers over 'plot'; Labour march refused permit

SUVA — Fiji police arrested four former soldiers in Suva on Tuesday on suspicion of plotting to "destabilise the government", the police commissioner said.

The men, who left the military between 2015 and 2020, were detained at their homes in the capital in early-morning raids. Police said they had seized documents and mobile phones, but no weapons.

"We will not allow anyone to threaten our democracy," the commissioner told reporters. A lawyer for two of the men said the accusations were "absurd".

Separately, the Fiji Labour Party said police had refused it a permit for a march in Lautoka on Saturday against rising prices, and that the march would not go ahead.

Fiji saw four coups between 1987 and 2006.""", [
  E(cur, "Arrests", "Fiji police arrested four former soldiers in Suva", P("Suva", "FJ"), "tuesday",
    a1=FJI_POL, i1=1, a2="Civilians (Fiji)", i2=7),
]),

S("st-o-037", "2026-04-06", """Government office burned in Auki riot; Honiara march peaceful

HONIARA, April 6 (Wire) - Rioters set fire to a provincial government office and threw stones at police in Auki, the capital of Solomon Islands' Malaita province, on Saturday after the arrest of a local youth leader, police said.

Hundreds of young men gathered outside the Auki police station on Saturday morning to demand the release of the youth leader, who was arrested on Friday on charges of threatening a provincial minister. When the police refused, the crowd moved to the provincial government offices, broke windows and set fire to the finance building.

Police fired tear gas and said they had arrested 16 people. Two officers were injured by stones. The finance building was destroyed.

The youth leader was released on bail on Sunday. Police reinforcements were sent from Honiara by boat on Saturday night.

In Honiara, about 400 people marched peacefully to parliament on Friday to demand a review of logging licences.

Malaita, the country's most populous province, has a long history of tension with the national government.""", [
  E(cur, "Violent demonstration", "Rioters set fire to a provincial government office and threw stones at police in Auki", P("Auki", "SB"), "saturday",
    a1="Rioters (Solomon Islands)", i1=5, a2=SLB_POL, i2=1, fat=None, inj=2),
  E(cur, "Peaceful protest", "about 400 people marched peacefully to parliament on Friday", P("Honiara", "SB", a1="Capital Territory"), "friday",
    a1="Protesters (Solomon Islands)", i1=6),
]),
S("st-o-038", "2026-08-26", """TANZANIA-SECURITY/
INSURGENTS KILL THREE IN TANZANIAN BORDER VILLAGE, POLICE SAY

DAR ES SALAAM, Aug 26 (Wire) - Insurgents who crossed the Ruvuma river from Mozambique attacked a village in Tanzania's southern Tandahimba district on Monday night, killing three people and burning about 20 houses, police said on Wednesday.

The attackers arrived in the village of Michenjele shortly before midnight, armed with guns and machetes, the Mtwara regional police commander told reporters. Two men and a woman were killed and four people were wounded.

"They came at midnight and set fire to everything. We ran into the cashew farms and waited until morning," a villager said by telephone.

The Islamic State group's Mozambique province said in a statement on Tuesday that its fighters had carried out the raid, and claimed to have killed six people.

On Tuesday afternoon, police officers pursuing the raiders exchanged fire with them near the river, about 10 km south of the village, and killed two of them, the commander said. One officer was wounded.

The army said on Wednesday that it had deployed more troops along the river after the attack.

At least 30 people have been killed in cross-border raids in Mtwara region since 2020, according to local officials. In October 2020, hundreds of insurgents attacked a border village in the region, killing about 20 people.""", [
  E(cur, "Attack", "attacked a village in Tanzania's southern Tandahimba district on Monday night", P("Tandahimba", "TZ", 2), "monday",
    a1="Islamic State Mozambique Province", i1=2, a2="Civilians (Tanzania)", i2=7, fat=3, inj=4),
  E(cur, "Armed clash", "police officers pursuing the raiders exchanged fire with them near the river", P("Tandahimba", "TZ", 2), "tuesday",
    a1=TZA_POL, i1=1, a2="Islamic State Mozambique Province", i2=2, fat=2, inj=1),
  unscored(E(bg, "Attack", "hundreds of insurgents attacked a border village in the region", P("Mtwara", "TZ", 3, a1="Mtwara"), "2020-10-01", tp=3, fat=20),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-o-039", "2026-02-09", """CÔTE D'IVOIRE
Bounkani region: Flash Update No. 2
As of 8 February 2026

KEY POINTS
• On 5 February, unidentified armed men attacked the gendarmerie post in Tehini, killing two gendarmes.
• On 6 February, a minibus struck an explosive device north of Bouna, killing its driver.
• About 3,800 people from Burkina Faso have arrived in Tehini department since 1 February.

SITUATION OVERVIEW
On 5 February at about 3 a.m., a group of armed men on motorcycles attacked the gendarmerie post of Tehini, near the border with Burkina Faso. Two gendarmes were killed and one was wounded, according to local authorities. The attackers withdrew towards the border after about 40 minutes of exchange of fire. The Armed Forces of Côte d'Ivoire sent reinforcements to Tehini later that day.

On 6 February, a minibus travelling from Bouna to Doropo struck an improvised explosive device about 12 km north of Bouna, killing the driver and injuring four passengers.

Since the beginning of the year, five security incidents have been recorded along the border in the region, compared with two over the same period of 2025.

A community meeting planned in Doropo for 7 February to discuss relations between host and refugee communities was postponed for security reasons.

HUMANITARIAN IMPACT
New arrivals are staying with host families or in two transit sites in Tehini. Partners report needs in shelter, water and health care. A mobile clinic began working in Tehini on 7 February.""", [
  E(cur, "Armed clash", "a group of armed men on motorcycles attacked the gendarmerie post of Tehini", P("Tehini", "CI", lat=9.61, lon=-3.66, a1="Zanzan"), "2026-02-05",
    a1="Unidentified Armed Group (Ivory Coast)", i1=3, a2=CIV_POL, i2=1, fat=2, inj=1),
  E(cur, "Remote explosive/landmine/IED", "a minibus travelling from Bouna to Doropo struck an improvised explosive device", P("Bouna", "CI", 2), "2026-02-06",
    a1="Unidentified Armed Group (Ivory Coast)", i1=3, a2="Civilians (Ivory Coast)", i2=7, fat=1, inj=4),
], register="ngo"),

S("st-o-040", "2026-03-16", """TRINIDAD AND TOBAGO POLICE SERVICE
MEDIA RELEASE
16 March 2026

WEEKEND INCIDENTS

Arima: Two suspects killed in confrontation with police
At about 11.30 p.m. on Saturday 14 March, officers of the Northern Division Task Force responded to a report of armed men in Malabar, Arima. On their arrival, a group of men opened fire on the officers. The officers returned fire and two of the men were fatally wounded. A pistol and a rifle were recovered. No officer was injured.

Chaguanas: Man shot dead outside bar
At about 8 p.m. on Sunday 15 March, a 27-year-old man was shot dead by two gunmen outside a bar on the Southern Main Road, Chaguanas. The gunmen escaped in a white vehicle. Investigators believe the killing is gang-related.

The TTPS reminds the public that the nationwide state of emergency, which Parliament extended on Friday for a further three months, remains in effect, and that officers retain additional powers of search and arrest.

Since 1 January, 118 murders have been recorded in Trinidad and Tobago.

Anyone with information is asked to call 555 or 800-TIPS.""", [
  E(cur, "Armed clash", "a group of men opened fire on the officers", P("Arima", "TT", 2), "2026-03-14",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2=TTO_POL, i2=1, fat=2),
  E(cur, "Attack", "a 27-year-old man was shot dead by two gunmen", P("Chaguanas", "TT"), "2026-03-15",
    a1="Unidentified Armed Group (Trinidad and Tobago)", i1=3, a2="Civilians (Trinidad and Tobago)", i2=7, fat=1),
  E(cur, "Other", "Parliament extended on Friday for a further three months", C("TT"), "2026-03-13", a1=TTO_GOV, i1=1),
], register="official"),
]

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
Maldives, Ghana's Bawku, Canada, Slovakia, Lesotho, Vanuatu, East Timor, New Caledonia, Republic of Congo, Japan...).
Our own words; invented incidents at real places, public group names. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

IRL_POL = "Police Forces of Ireland (2025-)"; COM_POL = "Police Forces of Comoros (2016-)"; SWZ_POL = "Police Forces of eSwatini (1986-)"
MAR = "Military Forces of Morocco (1999-)"; BLZ_GOV = "Government of Belize (2020-)"; GUY = "Military Forces of Guyana (2020-)"
CRI_POL = "Police Forces of Costa Rica (2022-)"; BEL_POL = "Police Forces of Belgium (2025-)"; MDV_POL = "Police Forces of Maldives (2023-)"
GHA_GOV = "Government of Ghana (2025-)"; CAN_POL = "Police Forces of Canada (2025-)"; VUT_POL = "Police Forces of Vanuatu (2025-)"
COG_POL = "Police Forces of Republic of Congo (1997-)"; JPN_POL = "Police Forces of Japan (2025-)"
KUSASI = "Kusasi Ethnic Militia (Ghana)"; MAMPRUSI = "Mamprusi Ethnic Militia (Ghana)"

STORIES = [
S("st-o-001", "2026-03-07", """IRELAND-UNREST/
CARS TORCHED, SUPERMARKET LOOTED IN DUBLIN SUBURB AFTER FALSE RUMOUR OVER STABBING

DUBLIN, March 7 (Wire) - Crowds set cars on fire, looted a supermarket and threw bottles and fireworks at gardaí in the north Dublin suburb of Finglas on Friday night, after false rumours spread online that a man stabbed there on Thursday had been attacked by an asylum seeker, police said.

Several hundred people gathered outside a hotel housing asylum seekers on the Finglas Road shortly after 7 p.m. Within an hour groups of masked men were throwing bottles, bricks and fireworks at the line of gardaí guarding the building.

A garda patrol car and two private cars were set alight on the road outside the hotel. The public order unit used pepper spray and batons to push the crowd back towards the village centre.

Shortly before 10 p.m. a supermarket in the village was broken into and looted, and the windows of a phone shop and a bookmaker's were smashed.

Garda Commissioner Justin Kelly said on Saturday that 14 people had been arrested and that five officers had been injured, one of them seriously. "What happened in Finglas last night was not a protest. It was thuggery," he said.

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
    a1="Rioters (Comoros)", i1=5, a2=COM_POL, i2=1, fat=1),
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
    a1="Unidentified Armed Group (eSwatini)", i1=3, a2="Civilians (eSwatini)", i2=7, fat=0),
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
             P("Mahbes", "EH", 2, lat=27.22, lon=-9.0), "wednesday", a1="Polisario Front", i1=2, a2=MAR, i2=1), "fatalities"),
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
  E(cur, "Armed clash", "a GDF riverine patrol near Eteringbang, Region Seven, was fired upon", P("Bartica", "GY", 2), "2026-09-05",
    a1="Unidentified Armed Group (Guyana)", i1=3, a2=GUY, i2=1, fat=None, inj=1),
  E(cur, "Armed clash", "a GDF boat transporting supplies to the base at Eteringbang was shot at", P("Bartica", "GY", 2), "2026-09-06",
    a1="Unidentified Armed Group (Guyana)", i1=3, a2=GUY, i2=1, fat=0),
], register="official"),

S("st-o-007", "2026-07-21", """Limón: fifth victim of bar shooting dies; residents march for security

By our Caribbean correspondent

A 19-year-old man wounded in Sunday night's shooting at a bar in Limón died on Monday at the Tony Facio hospital, bringing the death toll to five, the Judicial Investigation Agency (OIJ) said.

Gunmen arrived at the bar in the Cieneguita neighbourhood shortly before 11 p.m. on Sunday and fired at the customers with automatic rifles, killing four people at the scene and wounding three, according to the OIJ. The attackers escaped in a stolen car that was later found burned.

Investigators said the attack was linked to a dispute between drug gangs over the sale of crack in the port city. None of the victims had a criminal record, relatives said.

On Monday, the security minister announced that 300 police officers had been sent to Limón to reinforce patrols after the killings.

On Monday evening several hundred residents marched peacefully through the centre of Limón, carrying white flags and banners reading "Limón wants peace".

Limón province recorded 160 homicides last year, the highest rate in the country, according to the OIJ.""", [
  E(cur, "Attack", "fired at the customers with automatic rifles", P("Limon", "CR", 2), "sunday",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=5),
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
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0),
  E(cur, "Attack", "a man in his twenties was shot several times in the Rosengård area", P("Malmo", "SE", 2, geoname="Malmoe"), "saturday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=1),
]),

S("st-o-009", "2026-03-26", """Two wounded in Anderlecht shooting; farmers clash with police in Namur

BRUSSELS, March 26 (Wire) - Two young men were wounded when gunmen opened fire near the Peterbos housing estate in the Brussels municipality of Anderlecht late on Wednesday, prosecutors said, the ninth shooting in the capital this year.

The attackers, who fled on foot, fired at least ten shots at a group standing near one of the estate's tower blocks, the Brussels prosecutor's office said. The two men were taken to hospital; their lives were not in danger.

Police sealed off the estate overnight and searched several flats on Thursday morning. The federal interior minister said more officers would be sent to the municipality "in the coming weeks".

In Namur, farmers angry at new environmental rules threw stones and fireworks at police outside the Walloon parliament on Wednesday afternoon and set fire to bales of straw. Police used water cannon to drive them back. Three officers were slightly injured and six farmers were detained, police said.

Farmers' unions, which had called the Namur protest, distanced themselves from the violence. They have called another demonstration in Brussels for next month.""", [
  E(cur, "Attack", "gunmen opened fire near the Peterbos housing estate", P("Anderlecht", "BE", lat=50.84, lon=4.31, a1="Brussels Capital"), "wednesday",
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
    a1="Protesters (Maldives)", i1=6, a2=MDV_POL, i2=1),
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
    a1=KUSASI, i1=4, a2=MAMPRUSI, i2=4, fat=4),
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

Prime Minister Robert Fico accused the organisers of trying to bring down an elected government. "They want a Maidan in Slovakia," he said on Friday.

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

On Sunday, about 4,000 people rallied peacefully in Naha against the base, according to the organisers. Governor Denny Tamaki sent a message of support.

The central government began filling in the bay at Henoko in 2018, despite repeated votes against the project by Okinawans. The sit-in outside the gate has been held almost every weekday since 2014.""", [
  E(cur, "Protest with intervention", "Riot police removed about 60 people staging a sit-in", P("Henoko", "JP", lat=26.53, lon=128.04, a1="Okinawa"), "tuesday",
    a1="Protesters (Japan)", i1=6, a2=JPN_POL, i2=1),
  E(cur, "Peaceful protest", "about 4,000 people rallied peacefully in Naha", P("Naha", "JP", geoname="Naha-shi"), "sunday",
    a1="Protesters (Japan)", i1=6),
], register="local"),
]

"""Multi-event stories written for this project (issue 11), batch y: unseen by the coders in the session it was written
(2026-11-28, 04:27-07:27), the lead's measure of story generalisation, as batches s to x. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups and weekly digests, a live blog, a UN-style situation report, army and police releases, local press — with
events of every status (current; background recalled; threats; banned or planned marches; denied attacks; photo
captions), several events per story at different places and days, two or three countries, differing tolls (a group's
claim against an army's), deaths in hospital, arrests on a later day after a riot, crossfire victims, clan fights, gang
feuds, towns the gazetteer lacks (coded to the seat of the unit the text gives, precision 2). Countries the stories had
least or never (Saint Lucia, Saint Vincent, Grenada, Saint Kitts and Nevis, Antigua, Iceland, Finland, Switzerland,
Portugal, the Czech Republic, Canada, Cuba, Uruguay, Lesotho, eSwatini, Botswana, Equatorial Guinea, the Republic of
Congo, Sao Tome, Ghana's Bawku, the Maldives, Bangladesh's hill tracts, Kuwait, Saudi Arabia, Bulgaria, Romania,
Hungary, Moldova) and regions the conflict countries' stories lacked.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

LCA_POL = "Police Forces of Saint Lucia (2016-)"; KNA_POL = "Police Forces of Saint Kitts and Nevis (2022-)"
ISL_POL = "Police Forces of Iceland (2024-)"; FIN_POL = "Police Forces of Finland (2023-)"; CHE_POL = "Police Forces of Switzerland (2025-)"
CAN_POL = "Police Forces of Canada (2025-)"; CUB_POL = "Police Forces of Cuba (2018-)"; URY_POL = "Police Forces of Uruguay (2025-)"

STORIES = [
S("st-y-001", "2026-01-19", """EASTERN CARIBBEAN ROUND-UP (12-18 January)

SAINT LUCIA - Two men were shot dead and a woman was wounded when gunmen fired into a barber's shop in the Bois Patat area of Castries on Tuesday night. Police said the shooting was the latest in a feud between two gangs in the city's eastern neighbourhoods that has claimed at least nine lives since October.

SAINT VINCENT AND THE GRENADINES - Banana and arrowroot farmers parked their trucks across the Windward Highway at Georgetown for several hours on Wednesday to demand arrears owed by the state marketing board. They left after the agriculture minister agreed to meet them.

GRENADA - Several hundred fishermen marched through St George's on Friday against plans for a marine park that would close some of their fishing grounds off Grand Anse. The march was peaceful.

SAINT KITTS AND NEVIS - Members of two rival gangs exchanged gunfire on a street in Basseterre on Saturday evening, and a 12-year-old boy walking home from a shop was hit by a stray bullet. He died in hospital on Sunday. Police arrested two suspected gang members on Sunday and seized a pistol.

ANTIGUA AND BARBUDA - Police refused permission for a march the opposition had planned for next Saturday against a land deal on Barbuda. The party's leader said its supporters would march in St John's "permit or no permit".""", [
  E(cur, "Attack", "gunmen fired into a barber's shop in the Bois Patat area of Castries", P("Castries", "LC", 2, a1="Castries"), "tuesday",
    a1="Unidentified Armed Group (Saint Lucia)", i1=3, a2="Civilians (Saint Lucia)", i2=7, fat=2, inj=1),
  E(cur, "Peaceful protest", "Banana and arrowroot farmers parked their trucks across the Windward Highway at Georgetown", P("Georgetown", "VC"), "wednesday",
    a1="Protesters (Saint Vincent and the Grenadines)", i1=6),
  E(cur, "Peaceful protest", "Several hundred fishermen marched through St George's on Friday", P("Saint George's", "GD"), "friday",
    a1="Protesters (Grenada)", i1=6),
  E(cur, "Armed clash", "Members of two rival gangs exchanged gunfire on a street in Basseterre", P("Basseterre", "KN"), "saturday",
    a1="Unidentified Armed Group (Saint Kitts and Nevis)", i1=3, a2="Unidentified Armed Group (Saint Kitts and Nevis)", i2=3, fat=1),
  E(cur, "Arrests", "Police arrested two suspected gang members on Sunday", P("Basseterre", "KN"), "sunday",
    a1=KNA_POL, i1=1, a2="Unidentified Armed Group (Saint Kitts and Nevis)", i2=3),
  unscored(E(hyp, "Peaceful protest", "its supporters would march in St John's", P("Saint John's", "AG"), None, a1="Protesters (Antigua and Barbuda)", i1=6),
           "event_date", "time_precision"),
], register="digest"),

S("st-y-002", "2026-03-09", """EUROPE IN BRIEF (2-8 March)

ICELAND - About 2,000 people rallied in the town square of Akureyri on Saturday against plans to close the maternity ward of the town's hospital. Speakers said women would have to travel 400 km to Reykjavik to give birth. Police said the rally passed off without incident.

FINLAND - Police in Tampere used pepper spray on Tuesday evening to push back parents and pupils who tried to force their way into the city council chamber during a vote on closing six village schools, and detained four people.

SWITZERLAND - Masked people smashed the windows of estate agents and banks and set fire to rubbish bins in Basel's Kleinbasel district late on Saturday after an unauthorised march against rent increases. Police fired rubber bullets and tear gas and detained 15 people. Two officers were slightly injured.

CZECH REPUBLIC - A petrol bomb was thrown through a window of a centre that helps Ukrainian refugees in Brno overnight into Wednesday, causing a fire that gutted the ground floor, police said. The building was empty. Police are investigating the attack as a hate crime.

PORTUGAL - Several thousand dock workers and their families marched peacefully through Setubal on Thursday evening against plans to hand the port to a private operator.""", [
  E(cur, "Peaceful protest", "About 2,000 people rallied in the town square of Akureyri on Saturday", P("Akureyri", "IS", a1="Akureyrarbær"), "saturday",
    a1="Protesters (Iceland)", i1=6),
  E(cur, "Protest with intervention", "Police in Tampere used pepper spray on Tuesday evening to push back parents and pupils", P("Tampere", "FI"), "tuesday",
    a1="Protesters (Finland)", i1=6, a2=FIN_POL, i2=1),
  E(cur, "Violent demonstration", "Masked people smashed the windows of estate agents and banks and set fire to rubbish bins in Basel's Kleinbasel district", P("Basel", "CH", 2), "saturday",
    a1="Rioters (Switzerland)", i1=5, a2=CHE_POL, i2=1, inj=2),
  E(cur, "Looting/property destruction", "A petrol bomb was thrown through a window of a centre that helps Ukrainian refugees in Brno", P("Brno", "CZ"), "wednesday", tp=2,
    a1="Unidentified Armed Group (Czech Republic)", i1=3, a2="Civilians (Czech Republic)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "Several thousand dock workers and their families marched peacefully through Setubal on Thursday evening", P("Setubal", "PT"), "thursday",
    a1="Protesters (Portugal)", i1=6),
], register="digest"),

S("st-y-003", "2026-10-15", """CANADA/
Police clear road blockade at planned mine north of Thunder Bay, arrest 14; thousands march in Toronto

THUNDER BAY, Ontario, Oct 15 (Wire) - Ontario Provincial Police officers cleared a camp that had blocked the access road to a planned gold mine about 60 km north of Thunder Bay on Tuesday and arrested 14 people, among them a band councillor, police said. Members of two First Nations and their supporters had kept the road closed since early September, saying the province had never consulted them about the mine.

"They came at five in the morning with dogs and a bulldozer," a woman who was at the camp told reporters after her release on Wednesday.

On Saturday, about 3,000 people marched peacefully through downtown Toronto in support of the blockade.

The two nations' chiefs said their members would go back to the road if construction crews moved in. A court hearing on the company's injunction is due next month.""", [
  E(cur, "Protest with intervention", "Ontario Provincial Police officers cleared a camp that had blocked the access road to a planned gold mine", P("Thunder Bay", "CA", 2), "tuesday",
    a1="Protesters (Canada)", i1=6, a2=CAN_POL, i2=1),
  unscored(E(bg, "Peaceful protest", "had kept the road closed since early September", P("Thunder Bay", "CA", 2), "2026-09-01", tp=3, a1="Protesters (Canada)", i1=6),
           "event_date", "time_precision"),
  E(cur, "Peaceful protest", "about 3,000 people marched peacefully through downtown Toronto", P("Toronto", "CA"), "saturday",
    a1="Protesters (Canada)", i1=6),
  unscored(E(hyp, "Peaceful protest", "their members would go back to the road if construction crews moved in", P("Thunder Bay", "CA", 2), None, a1="Protesters (Canada)", i1=6),
           "event_date", "time_precision"),
]),

S("st-y-004", "2026-06-10", """CUBA/
Manzanillo residents protest outside party office over water and power; journalist's whereabouts unknown

HAVANA, June 10 (Wire) - Several hundred residents of Manzanillo, a port town in the eastern province of Granma, gathered outside the local Communist Party headquarters late on Sunday, chanting "water and light" after a week of taps running dry and nightly power cuts, according to videos posted online and a Catholic priest in the town. Police and plain-clothes state security agents broke up the crowd with batons and detained at least 30 people, a Cuban rights group said.

On Tuesday, state security agents took away an independent journalist who had streamed the protest, from his home in Manzanillo. His mother said officers at the town's police station told her he was not there, and the family did not know where he was being held.

President Miguel Diaz-Canel said on state television on Monday that "counter-revolutionaries paid from abroad" had tried to exploit the shortages.

Cuba has suffered repeated island-wide blackouts since 2024, when the ageing grid collapsed several times.""", [
  E(cur, "Protest with intervention", "Several hundred residents of Manzanillo, a port town in the eastern province of Granma, gathered outside the local Communist Party headquarters", P("Manzanillo", "CU"), "sunday",
    a1="Protesters (Cuba)", i1=6, a2=CUB_POL, i2=1),
  E(cur, "Abduction/forced disappearance", "state security agents took away an independent journalist who had streamed the protest", P("Manzanillo", "CU"), "tuesday",
    a1=CUB_POL, i1=1, a2="Civilians (Cuba)", i2=7),
]),

S("st-y-005", "2026-05-27", """Two men shot dead outside Maldonado service station; grenade thrown at house in San Carlos

MALDONADO - Two men were shot dead as they sat in a car outside a service station in Maldonado early on Saturday, when a gunman got out of another car and fired at least 15 shots, police said. Investigators said both men had convictions for drug dealing and that the killing was part of a dispute between two groups of dealers over the drug market in the resort towns of the east coast.

Hours later, a hand grenade was thrown at a house in San Carlos, about 14 km to the north, where relatives of one of the dead men live. It blew out the windows. Nobody was hurt.

On Monday, police raided four houses in San Carlos and arrested five suspected members of the rival group, seizing two pistols and about a kilo of cocaine paste, the interior ministry said.

The mayor of Maldonado asked the government for more officers before the summer season, when the population of the department triples.

(c) 2026 El Este""", [
  E(cur, "Attack", "Two men were shot dead as they sat in a car outside a service station in Maldonado", P("Maldonado", "UY"), "saturday",
    a1="Unidentified Armed Group (Uruguay)", i1=3, a2="Civilians (Uruguay)", i2=7, fat=2),
  E(cur, "Grenade", "a hand grenade was thrown at a house in San Carlos", P("San Carlos", "UY"), "saturday",
    a1="Unidentified Armed Group (Uruguay)", i1=3, a2="Civilians (Uruguay)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police raided four houses in San Carlos and arrested five suspected members of the rival group", P("San Carlos", "UY"), "monday",
    a1=URY_POL, i1=1, a2="Unidentified Armed Group (Uruguay)", i2=3),
], register="local"),
]

LSO_POL = "Police Forces of Lesotho (2022-)"; LSO = "Military Forces of Lesotho (2022-)"; SWZ_POL = "Police Forces of eSwatini (1986-)"
GNQ_POL = "Police Forces of Equatorial Guinea (1979-)"; COG_POL = "Police Forces of Republic of Congo (1997-)"; GHA = "Military Forces of Ghana (2025-)"
GHA_GOV = "Government of Ghana (2025-)"; MDV_POL = "Police Forces of Maldives (2023-)"; BGD = "Military Forces of Bangladesh (2024-)"
KNF = "KNF: Kuki-Chin National Front"

STORIES += [
S("st-y-006", "2026-04-21", """SOUTHERN AFRICA/
Four shot dead at Quthing tavern as Lesotho's famo feud moves south; eSwatini police tear-gas Siteki road blockade

JOHANNESBURG, April 21 (Wire) - Gunmen fired on a group of men drinking at a tavern in the southern Lesotho town of Quthing on Saturday night, killing four and wounding two, police said. A police spokesman said the dead belonged to one of the gangs of famo musicians that have feuded over territory and illegal mining for years, and that the attackers were from a rival gang.

Police and soldiers arrested 17 suspected gang members and seized 11 guns in raids on villages in Quthing district on Monday, the spokesman said.

In eSwatini, police fired tear gas on Friday at residents of Siteki who had blocked the main road into the town with rocks and branches to demand a reliable water supply, and detained nine of them, a community leader said. The town's taps have been dry for three weeks.

In neighbouring Botswana, about 500 cattle farmers marched peacefully through Maun on Thursday against the culling of herds to stop foot-and-mouth disease.""", [
  E(cur, "Attack", "Gunmen fired on a group of men drinking at a tavern in the southern Lesotho town of Quthing", P("Quthing", "LS"), "saturday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=4, inj=2),
  E(cur, "Arrests", "Police and soldiers arrested 17 suspected gang members", P("Quthing", "LS", 3, geoname="Quthing"), "monday",
    a1=LSO_POL, i1=1, a2="Unidentified Armed Group (Lesotho)", i2=3, assoc_actor_1=LSO),
  E(cur, "Protest with intervention", "police fired tear gas on Friday at residents of Siteki who had blocked the main road into the town", P("Siteki", "SZ"), "friday",
    a1="Protesters (eSwatini)", i1=6, a2=SWZ_POL, i2=1),
  E(cur, "Peaceful protest", "about 500 cattle farmers marched peacefully through Maun on Thursday", P("Maun", "BW"), "thursday",
    a1="Protesters (Botswana)", i1=6),
]),

S("st-y-007", "2026-09-16", """CENTRAL AFRICA - News in brief, 7-13 September

EQUATORIAL GUINEA: Police arrested a secondary-school teacher and two of his pupils in Mongomo on Tuesday, two days after they posted a video complaining that the school had had no textbooks for three years, a relative said. The government did not comment.

REPUBLIC OF CONGO: Police fired tear gas on Thursday at market traders in Pointe-Noire who were trying to stop bulldozers from knocking down their stalls at the Tie-Tie market, and detained about a dozen of them. The city council says the stalls were built illegally on a road.

SAO TOME AND PRINCIPE: Several hundred people gathered peacefully in front of the electricity company's offices in the capital on Friday to protest against daily power cuts.""", [
  E(cur, "Arrests", "Police arrested a secondary-school teacher and two of his pupils in Mongomo on Tuesday", P("Mongomo", "GQ", a1="Wele-Nzas"), "2026-09-08",
    a1=GNQ_POL, i1=1, a2="Civilians (Equatorial Guinea)", i2=7),
  E(cur, "Protest with intervention", "Police fired tear gas on Thursday at market traders in Pointe-Noire", P("Pointe-Noire", "CG"), "thursday",
    a1="Protesters (Republic of Congo)", i1=6, a2=COG_POL, i2=1),
  E(cur, "Peaceful protest", "Several hundred people gathered peacefully in front of the electricity company's offices in the capital", P("Sao Tome", "ST"), "friday",
    a1="Protesters (Sao Tome and Principe)", i1=6),
], register="digest"),

S("st-y-008", "2026-08-04", """GHANA/
Two farmers shot dead in millet fields outside Bawku; curfew extended

ACCRA, Aug 4 (Wire) - Gunmen fired on farmers harvesting millet in fields on the eastern edge of Bawku, in Ghana's Upper East region, on Sunday morning, killing two men and wounding a 14-year-old boy, police said. Nobody has claimed the attack.

On Monday, soldiers searching houses in the Natinga area of Bawku for weapons arrested six young men and seized two pump-action guns and ammunition, the army said.

The interior minister on Monday extended for another month the curfew over Bawku and surrounding areas, which runs from 6 p.m. to 6 a.m.

A dispute between the Kusasi and Mamprusi communities over the Bawku chieftaincy has killed hundreds of people since fighting flared again in 2021. "Half of our fields will not be harvested this year," a farmers' leader said.""", [
  E(cur, "Attack", "Gunmen fired on farmers harvesting millet in fields on the eastern edge of Bawku", P("Bawku", "GH", 2), "sunday",
    a1="Unidentified Armed Group (Ghana)", i1=3, a2="Civilians (Ghana)", i2=7, fat=2, inj=1),
  E(cur, "Arrests", "soldiers searching houses in the Natinga area of Bawku for weapons arrested six young men", P("Bawku", "GH", 2), "monday",
    a1=GHA, i1=1, a2="Civilians (Ghana)", i2=7),
  E(cur, "Other", "extended for another month the curfew over Bawku and surrounding areas", P("Bawku", "GH"), "monday",
    a1=GHA_GOV, i1=1),
]),

S("st-y-009", "2026-07-07", """SOUTH ASIA/
Youths stone police station on Maldives' Fuvahmulah after councillor's arrest; rebel killed in Bangladesh hills gunfight

COLOMBO, July 7 (Wire) - Youths threw stones at the police station on the Maldivian island of Fuvahmulah on Friday night and set fire to a police motorcycle, hours after officers arrested a local councillor accused of misusing council funds, police said. Police used pepper spray to disperse the crowd and arrested nine people; three officers were hurt.

In Bangladesh, a member of the Kuki-Chin National Front, an armed group, was killed in a gunfight with soldiers in the hills near Thanchi, in Bandarban district, on Sunday, the army said. Two soldiers were wounded. The army has been hunting the group since its fighters robbed two banks in the district in 2024.

Separately, villagers in Bandarban said soldiers had burned three houses during the search. The army denied it.""", [
  E(cur, "Violent demonstration", "Youths threw stones at the police station on the Maldivian island of Fuvahmulah", P("Fuvahmulah", "MV"), "friday",
    a1="Rioters (Maldives)", i1=5, a2=MDV_POL, i2=1, inj=3),
  E(cur, "Armed clash", "was killed in a gunfight with soldiers in the hills near Thanchi", P("Bandarban", "BD", 2), "sunday",
    a1=BGD, i1=1, a2=KNF, i2=2, fat=1, inj=2),
  unscored(E(bg, "Looting/property destruction", "its fighters robbed two banks in the district in 2024", P("Bandarban", "BD", 3), "2024-01-01", tp=3, a1=KNF, i1=2),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "actor2", "inter2", "fatalities", "injuries"),
  unscored(E(neg, "Looting/property destruction", "soldiers had burned three houses during the search", P("Bandarban", "BD", 2), "sunday", tp=2,
             a1=BGD, i1=1, a2="Civilians (Bangladesh)", i2=7), "event_date", "time_precision", "location", "latitude", "longitude"),
]),
]

SAU = "Military Forces of Saudi Arabia (2015-)"; SAU_POL = "Police Forces of Saudi Arabia (2015-)"
MDA_POL = "Police Forces of Moldova (2020-)"; SOM = "Military Forces of Somalia (2022-)"; USA = "Military Forces of United States (2025-)"
MLI = "Military Forces of Mali (2021-)"; NER = "Military Forces of Niger (2023-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"
ISSP = "Islamic State Sahel Province"

STORIES += [
S("st-y-010", "2026-09-01", """GULF/
Saudi mortar fire kills seven migrants near Yemen border, medics say; preacher arrested in Buraydah

DUBAI, Sept 1 (Wire) - Saudi border forces fired mortar rounds at a makeshift camp of Ethiopian migrants waiting to cross the border in the Monabbih district of Yemen's Saada province on Saturday, killing seven of them and wounding 12, medical workers at a clinic in the district said. Saudi Arabia did not respond to requests for comment and has denied similar accusations in the past.

In Saudi Arabia, state security officers arrested a preacher in the city of Buraydah on Friday, a week after he criticised the opening of a music festival in a sermon, a rights group based in London said.

In Kuwait, the Court of Appeal on Monday upheld a three-year prison sentence for a blogger convicted of insulting the emir in posts on social media.""", [
  E(cur, "Shelling/artillery/missile attack", "Saudi border forces fired mortar rounds at a makeshift camp of Ethiopian migrants", P("Monabbih", "YE", 3, lat=17.18, lon=43.29, a1="Sadah"), "saturday",
    a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=7, inj=12),
  E(cur, "Arrests", "state security officers arrested a preacher in the city of Buraydah on Friday", P("Buraydah", "SA"), "friday",
    a1=SAU_POL, i1=1, a2="Civilians (Saudi Arabia)", i2=7),
]),

S("st-y-011", "2026-04-29", """EASTERN EUROPE WEEKLY (20-26 April)

BULGARIA - A crowd of several hundred people threw stones and bottles at houses in a Roma neighbourhood of Yambol on Sunday evening, a day after a local man was stabbed in a fight outside a bar. Police in riot gear kept the crowd out of the neighbourhood and detained 11 people. Two officers and a Roma man were hurt.

ROMANIA - Several thousand doctors and nurses marched through Cluj-Napoca on Wednesday to protest against cuts to hospital budgets. The march ended peacefully outside the prefecture.

MOLDOVA - Farmers drove about 40 tractors into the central square of Balti on Thursday to demand compensation for drought losses. Police removed the tractors after several hours and fined 20 of the drivers.

HUNGARY - The police banned a march that LGBT groups had planned for next Saturday in Pecs, citing a law passed last year. The organisers said they would hold the march as a "city festival" instead and expected several thousand people.""", [
  E(cur, "Mob violence", "A crowd of several hundred people threw stones and bottles at houses in a Roma neighbourhood of Yambol", P("Yambol", "BG"), "sunday",
    a1="Rioters (Bulgaria)", i1=5, a2="Civilians (Bulgaria)", i2=7, inj=3),
  E(cur, "Peaceful protest", "Several thousand doctors and nurses marched through Cluj-Napoca on Wednesday", P("Cluj-Napoca", "RO"), "2026-04-22",
    a1="Protesters (Romania)", i1=6),
  E(cur, "Protest with intervention", "Farmers drove about 40 tractors into the central square of Balti on Thursday", P("Balti", "MD"), "thursday",
    a1="Protesters (Moldova)", i1=6, a2=MDA_POL, i2=1),
  unscored(E(hyp, "Peaceful protest", "they would hold the march as a \"city festival\" instead", P("Pecs", "HU"), None, a1="Protesters (Hungary)", i1=6),
           "event_date", "time_precision"),
], register="digest"),

S("st-y-012", "2026-02-12", """SOMALIA/
Car bomb and gunfire as al-Shabaab storms base outside Jowhar; U.S. strike near Jilib; five killed in Adado clan fight

MOGADISHU, Feb 12 (Wire) - Al-Shabaab fighters stormed an army base outside Jowhar, the capital of Hirshabelle state, before dawn on Wednesday, setting off a car bomb at the gate before troops pushed them back after hours of fighting, residents and officers said. An army officer said 11 soldiers had been killed; al-Shabaab said it had killed 37 and seized vehicles.

The U.S. Africa Command said on Thursday it had carried out an air strike against al-Shabaab fighters about 15 km south of Jilib, in Middle Juba, on Tuesday, and that its initial assessment was that no civilians had been hurt. It gave no other details.

In Adado, in central Somalia's Galgaduud region, militias of two sub-clans fought with machine guns on Monday over a plot of land where one of them had started building a school, leaving five people dead, among them a woman hit by a bullet inside her house, elders said.

Al-Shabaab, which is linked to al-Qaeda, has fought Somalia's government for nearly two decades and retook several towns in Middle Shabelle in 2025.""", [
  E(cur, "Armed clash", "Al-Shabaab fighters stormed an army base outside Jowhar", P("Jowhar", "SO", 2, geoname="Jawhar", a1="Middle Shabelle"), "wednesday",
    a1="Al Shabaab", i1=2, a2=SOM, i2=1, fat=11),
  E(cur, "Air/drone strike", "it had carried out an air strike against al-Shabaab fighters about 15 km south of Jilib", P("Jilib", "SO", 2), "tuesday",
    a1=USA, i1=8, a2="Al Shabaab", i2=2),
  E(cur, "Armed clash", "militias of two sub-clans fought with machine guns on Monday", P("Adado", "SO", lat=6.14, lon=46.63, a1="Galgaduud"), "monday",
    a1="Unidentified Clan Militia (Somalia)", i1=4, a2="Unidentified Clan Militia (Somalia)", i2=4, fat=5),
]),

S("st-y-013", "2026-11-03", """SAHEL/
Fuel tankers torched in ambush west of Kita as JNIM blockade tightens; 17 killed at millet threshing in Niger's Gotheye department

BAMAKO/NIAMEY, Nov 3 (Wire) - Fighters of the al-Qaeda-linked JNIM ambushed a convoy of fuel tankers escorted by soldiers on the road west of Kita, in Mali's Kayes region, on Saturday, setting fire to at least 15 trucks, a transport union said. The army said it had "neutralised" eight attackers and lost two soldiers; JNIM said it had killed 14 soldiers.

JNIM has attacked fuel convoys heading for Bamako from Senegal and Mauritania since September 2025, causing severe shortages in the capital.

In Niger, gunmen on motorcycles attacked a village in Gotheye department, in the western Tillaberi region, on Friday as families were threshing their millet harvest, killing 17 people, among them four children, a local official said, blaming the Sahel branch of the Islamic State. The army said on Monday that air strikes in the region on Sunday had killed "dozens of terrorists".

PHOTO: Burned-out tankers on the road west of Kita on Sunday. (Wire)""", [
  E(cur, "Armed clash", "ambushed a convoy of fuel tankers escorted by soldiers on the road west of Kita", P("Kita", "ML", 2), "saturday",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=10),
  E(cur, "Attack", "gunmen on motorcycles attacked a village in Gotheye department", P("Gotheye", "NE", 3, lat=13.86, lon=1.57, a1="Tillaberi"), "friday",
    a1=ISSP, i1=2, a2="Civilians (Niger)", i2=7, fat=17),
  E(cur, "Air/drone strike", "air strikes in the region on Sunday had killed \"dozens of terrorists\"", P("Tillaberi", "NE", 3, lat=14.21, lon=1.45, a1="Tillaberi"), "sunday",
    a1=NER, i1=1, a2="Unidentified Armed Group (Niger)", i2=3, fat=12),
  unscored(E(cap, "Armed clash", "Burned-out tankers on the road west of Kita on Sunday", P("Kita", "ML", 2), "saturday", a1=JNIM, i1=2, a2=MLI, i2=1),
           "fatalities", "injuries"),
]),
]
COD = "Military Forces of Democratic Republic of Congo (2019-)"; COD_POL = "Police Forces of Democratic Republic of Congo (2019-)"
M23 = "M23: March 23 Movement"; CAF = "Military Forces of the Central African Republic (2016-)"; AAKG = "Azande Ani Kpi Gbe"
MMR = "Military Forces of Myanmar (2021-)"; KNDF = "KNDF: Karenni Nationalities Defense Force"; PDF = "PDF: People's Defense Force"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"

STORIES += [
S("st-y-014", "2026-07-22", """DR CONGO/
Twirwaneho and Mai-Mai fighters clash on Minembwe plateau; M23 mortars hit Wazalendo positions near Uvira

BUKAVU, July 22 (Wire) - Fighters of Twirwaneho, a Banyamulenge self-defence militia, and Mai-Mai militiamen fought for most of Sunday around hamlets on the high plateau near Minembwe, in South Kivu's Fizi territory, local leaders said. Seven fighters were killed, and a woman fetching water was hit by a stray bullet and died on the way to a health centre, they said.

On Monday, M23 rebels fired mortar rounds at positions of the pro-government Wazalendo militias in the hills west of Uvira, killing two Wazalendo fighters and a farmer, a civil society leader said.

In Uvira itself, youths burned tyres and blocked the main road on Tuesday to protest against a spate of night-time robberies. Police fired into the air to disperse them.

The M23, which Kinshasa and UN experts say is backed by Rwanda, has held Bukavu since February 2025.""", [
  E(cur, "Armed clash", "Fighters of Twirwaneho, a Banyamulenge self-defence militia, and Mai-Mai militiamen fought for most of Sunday", P("Fizi", "CD", 2, lat=-4.3, lon=28.94, a1="South Kivu"), "sunday",
    a1="Twirwaneho", i1=4, a2="Mai-Mai Militia", i2=4, fat=8),
  E(cur, "Shelling/artillery/missile attack", "M23 rebels fired mortar rounds at positions of the pro-government Wazalendo militias in the hills west of Uvira", P("Uvira", "CD", 2), "monday",
    a1=M23, i1=2, a2="Wazalendo", i2=3, fat=3),
  E(cur, "Violent demonstration", "youths burned tyres and blocked the main road on Tuesday", P("Uvira", "CD"), "tuesday",
    a1="Rioters (Democratic Republic of Congo)", i1=5, a2=COD_POL, i2=1),
]),

S("st-y-015", "2026-04-29", """CENTRAL AFRICAN REPUBLIC/
3R fighters kill five villagers near Bocaranga; army says nine rebels killed in raid near Koui

BANGUI, April 29 (Wire) - Fighters of the 3R armed group attacked a farming village near Bocaranga, in the north-western Ouham-Pende prefecture, on Thursday, killing five villagers and burning granaries, after residents refused to pay a "protection" levy, a local official said.

On Saturday, soldiers and Russian instructors raided a 3R base in the bush near Koui, the army said, adding that nine rebels had been killed and weapons seized. A 3R spokesman said the group had lost three men.

The 3R, which claims to defend the Fulani community, signed a peace deal with the government in 2019 but took up arms again a year later. A commander of the group told a local radio station on Sunday that his men would "answer in Bocaranga" for the raid.""", [
  E(cur, "Attack", "attacked a farming village near Bocaranga", P("Bocaranga", "CF", 2, lat=6.99, lon=15.64, a1="Ouham-Pende"), "thursday",
    a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Civilians (Central African Republic)", i2=7, fat=5),
  E(cur, "Armed clash", "soldiers and Russian instructors raided a 3R base in the bush near Koui", P("Koui", "CF", 2, lat=6.32, lon=16.38, a1="Ouham-Pende"), "saturday",
    a1=CAF, i1=1, a2="3R: Return, Reclamation, Rehabilitation", i2=2, fat=3, assoc_actor_1="Africa Corps"),
  unscored(E(thr, "Attack", "his men would \"answer in Bocaranga\" for the raid", P("Bocaranga", "CF", lat=6.99, lon=15.64, a1="Ouham-Pende"), None,
             a1="3R: Return, Reclamation, Rehabilitation", i1=2), "event_date", "time_precision"),
]),

S("st-y-016", "2026-10-28", """MYANMAR/
Air strike kills six at school used as clinic in Hpruso, Karenni forces say; three soldiers killed by mine near Madaya

CHIANG MAI, Thailand, Oct 28 (Wire) - A junta jet bombed a village school that was being used as a clinic in Hpruso township, in Myanmar's eastern Karenni state, on Monday afternoon, killing six people, among them a nurse, and wounding ten, the Karenni Nationalities Defense Force (KNDF) said.

The KNDF said its fighters had attacked a military outpost on the edge of Loikaw, the state capital, on Tuesday and killed five soldiers in several hours of fighting. The claim could not be verified.

In the central Mandalay region, a mine laid by a local People's Defence Force unit exploded under a military truck near Madaya on Sunday, killing three soldiers, the group said.

The junta, which seized power in a coup in February 2021, has increasingly relied on air power as it has lost ground to armed groups.

PHOTO: Villagers clear rubble at the bombed school in Hpruso township on Tuesday. (Wire)""", [
  E(cur, "Air/drone strike", "A junta jet bombed a village school that was being used as a clinic in Hpruso township", P("Hpruso", "MM", 3, lat=19.45, lon=97.1, a1="Kayah"), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=6, inj=10),
  E(cur, "Armed clash", "its fighters had attacked a military outpost on the edge of Loikaw", P("Loikaw", "MM", 2), "tuesday",
    a1=KNDF, i1=2, a2=MMR, i2=1, fat=5),
  E(cur, "Remote explosive/landmine/IED", "a mine laid by a local People's Defence Force unit exploded under a military truck near Madaya", P("Madaya", "MM", 2, lat=22.21, lon=96.1, a1="Mandalay"), "sunday",
    a1=PDF, i1=2, a2=MMR, i2=1, fat=3),
  unscored(E(cap, "Air/drone strike", "Villagers clear rubble at the bombed school in Hpruso township", P("Hpruso", "MM", 3, lat=19.45, lon=97.1, a1="Kayah"), "monday",
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries"),
]),

S("st-y-017", "2026-11-19", """Russia-Ukraine war: live updates - Thursday 19 November

07:40 - Guided bombs hit Zaporizhzhia apartment block, three dead
Russian aircraft dropped two guided bombs on Zaporizhzhia's Komunarskyi district overnight, one of them hitting a nine-storey apartment block, killing three people and wounding 14, the regional governor said.

08:15 - Air force: 62 of 88 drones downed
Ukraine's air force said its air defences had shot down or jammed 62 of the 88 drones launched by Russia overnight.

09:05 - Kherson: drone hits repair crew
A Russian drone dropped an explosive on a utility truck in Kherson's Shumenskyi district at about 8:30, wounding two electricians who were repairing a power line, the city's military administration said.

10:20 - Ukraine says it hit ammunition depot in Bryansk region
Ukraine's General Staff said its drones had struck an ammunition depot of the Russian army near the town of Klintsy, in Russia's Bryansk region, overnight. The Bryansk governor said debris had fallen on a village and started a fire, but that nobody had been hurt.

11:30 - Belgorod: shells hit grain elevator
Two workers were wounded when Ukrainian shells hit a grain elevator in Grayvoron, a town in Russia's Belgorod region, on Wednesday evening, the governor said.""", [
  E(cur, "Air/drone strike", "Russian aircraft dropped two guided bombs on Zaporizhzhia's Komunarskyi district", P("Zaporizhzhia", "UA", 2, lat=47.85, lon=35.12, a1="Zaporizhzhia"), None,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=3, inj=14),
  E(cur, "Air/drone strike", "A Russian drone dropped an explosive on a utility truck in Kherson's Shumenskyi district", P("Kherson", "UA", 2), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  unscored(E(cur, "Air/drone strike", "its drones had struck an ammunition depot of the Russian army near the town of Klintsy", P("Klintsy", "RU", 2, a1="Bryansk"), None,
             a1=UKR, i1=8, a2=RUS, i2=1), "fatalities", "injuries"),
  E(cur, "Shelling/artillery/missile attack", "Ukrainian shells hit a grain elevator in Grayvoron", P("Grayvoron", "RU"), "wednesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=2),
], register="live"),
]

COL = "Military Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"; F33 = "33rd Front"; COL_GOV = "Government of Colombia (2022-)"
MEX = "Military Forces of Mexico (2024-)"; MEX_POL = "Police Forces of Mexico (2024-)"; BRA_POL = "Police Forces of Brazil (2023-)"

STORIES += [
S("st-y-018", "2026-03-18", """COLOMBIA/
ELN and FARC dissidents fight near Sardinata, 3,000 flee; soldier killed by drone outside Tibu

CUCUTA, Colombia, March 18 (Wire) - Fighters of the National Liberation Army (ELN) and the 33rd Front, a faction of former FARC guerrillas who rejected the 2016 peace deal, fought for control of a hill used as a coca route near Sardinata, in the north-eastern Catatumbo region, from Saturday to Monday, the ombudsman's office said. At least nine fighters and a farmer caught in the crossfire were killed, local officials said, and about 3,000 people fled to the town centre of Sardinata and to Cucuta.

A drone dropped an explosive on an army post outside Tibu on Tuesday, killing a soldier and wounding two, the army said, blaming the ELN.

The government declared a state of internal commotion in Catatumbo in January 2025, after fighting between the two groups killed dozens of people and displaced more than 50,000.

The ELN said in a statement on Wednesday that it would "not allow the dissidents to set foot again" in the area.""", [
  E(cur, "Armed clash", "fought for control of a hill used as a coca route near Sardinata", P("Sardinata", "CO", 2), "saturday", tp=2,
    a1=ELN, i1=2, a2=F33, i2=2, fat=10),
  E(cur, "Air/drone strike", "A drone dropped an explosive on an army post outside Tibu", P("Tibu", "CO", 2), "tuesday",
    a1=ELN, i1=2, a2=COL, i2=1, fat=1, inj=2),
  unscored(E(bg, "Other", "declared a state of internal commotion in Catatumbo in January 2025", P("Tibu", "CO", 3), "2025-01-01", tp=3, a1=COL_GOV, i1=1),
           "location", "latitude", "longitude", "admin1", "admin2", "geo_precision"),
  unscored(E(thr, "Armed clash", "it would \"not allow the dissidents to set foot again\" in the area", P("Sardinata", "CO", 2), None, a1=ELN, i1=2, a2=F33, i2=2),
           "event_date", "time_precision"),
]),

S("st-y-019", "2026-08-12", """Five bodies left on Eldorado road; soldiers kill three gunmen in Costa Rica, Sinaloa

CULIACAN - The bodies of five men, their hands tied, were found beside the highway on the northern edge of Eldorado, south of Culiacan, early on Monday, the Sinaloa state prosecutor's office said. A sign left with the bodies was signed by one of the two factions of the Sinaloa Cartel that have been at war since September 2024.

On Tuesday afternoon, soldiers on patrol came under fire from gunmen in pick-up trucks in the town of Costa Rica, also south of the state capital, the defence ministry said. Three gunmen were killed and a soldier was wounded. Soldiers seized four rifles and a vehicle fitted with armour plating.

Hours later, gunmen set fire to six houses and a grocery store in Eldorado, the prosecutor's office said. Nobody was hurt; residents said families had fled the street days earlier after receiving threats.

State police said on Wednesday they had arrested a man in Culiacan suspected of working as a lookout for Los Chapitos, the faction led by sons of the jailed cartel leader Joaquin Guzman.

The war between Los Chapitos and the faction loyal to Ismael "El Mayo" Zambada has killed more than 2,000 people in Sinaloa, according to official figures.""", [
  E(cur, "Attack", "The bodies of five men, their hands tied, were found beside the highway on the northern edge of Eldorado", P("Eldorado", "MX", 2), "monday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=5),
  E(cur, "Armed clash", "soldiers on patrol came under fire from gunmen in pick-up trucks in the town of Costa Rica", P("Costa Rica", "MX", lat=24.59, lon=-107.39, a1="Sinaloa", a2="Culiacan"), "tuesday",
    a1=MEX, i1=1, a2="Unidentified Armed Group (Mexico)", i2=3, fat=3, inj=1),
  E(cur, "Looting/property destruction", "gunmen set fire to six houses and a grocery store in Eldorado", P("Eldorado", "MX"), "tuesday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "they had arrested a man in Culiacan suspected of working as a lookout for Los Chapitos", P("Culiacan", "MX"), "wednesday", tp=2,
    a1=MEX_POL, i1=1, a2="Los Chapitos", i2=3),
], register="local"),

S("st-y-020", "2026-06-25", """BRAZIL/
Gunmen fire on Guarani-Kaiowa camp near Caarapo; wounded man dies; police tear-gas highway protest

CAMPO GRANDE, Brazil, June 25 (Wire) - Gunmen in pick-up trucks fired on a camp of Guarani-Kaiowa families who had occupied part of a cattle ranch they claim as ancestral land near Caarapo, in Mato Grosso do Sul state, on Monday night, wounding five people, among them a 16-year-old girl, the Indigenous Missionary Council (CIMI) said. One of the wounded, a man shot in the chest, died in hospital in Dourados on Wednesday, the council said.

On Tuesday, about 200 Guarani-Kaiowa blocked a state highway outside Caarapo to demand federal protection. Federal Highway Police officers fired tear gas and rubber bullets to clear the road, injuring three protesters, witnesses said.

Federal police said on Thursday they had arrested two security guards employed by the ranch on suspicion of taking part in the attack. The justice ministry said it would send National Force troops to the area.

Land conflicts between ranchers and the Guarani-Kaiowa, who have waited decades for their lands to be demarcated, have killed dozens of indigenous people in the state.""", [
  E(cur, "Attack", "Gunmen in pick-up trucks fired on a camp of Guarani-Kaiowa families", P("Caarapo", "BR", 2), "monday",
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, fat=1),
  E(cur, "Protest with intervention", "about 200 Guarani-Kaiowa blocked a state highway outside Caarapo", P("Caarapo", "BR", 2), "tuesday",
    a1="Protesters (Brazil)", i1=6, a2=BRA_POL, i2=1, inj=3),
  unscored(E(cur, "Arrests", "they had arrested two security guards employed by the ranch", P("Caarapo", "BR", 2), "thursday", tp=2, a1=BRA_POL, i1=1),
           "actor2", "inter2", "location", "latitude", "longitude", "geo_precision", "admin2"),
]),
]

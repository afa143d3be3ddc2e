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
Hungary, Moldova; in the second half Peru's Pataz, Libya's Surman, Iraq's Samawah, Pakistan's Turbat and Bajaur, Bijapur's
police press note, Thailand's Pattani, Indonesia's Yahukimo and Manokwari, the Solomons' Kirakira, Fiji's Nadi, Kenya's
Marsabit, Uganda's Mbarara, Tanzania's Mbeya, Niassa's Marrupa, Italy's Sardinia, Greece, Ireland, Poland, Cyprus,
China's Guangdong, Japan, Mongolia's Darkhan, the United States, Panama, El Salvador, Jamaica) and regions the conflict
countries' stories lacked (Thomonde, Dhiban and Quneitra, Kadugli and Kurmuk, Shambu and Fiche, Wabag, Bokkos, Bol and
Mokolo, Sinjil and Masafer Yatta).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

LCA_POL = "Police Forces of Saint Lucia (2016-)"; KNA_POL = "Police Forces of Saint Kitts and Nevis (2022-)"
ISL_POL = "Police Forces of Iceland (2024-)"; FIN_POL = "Police Forces of Finland (2023-)"; CHE_POL = "Police Forces of Switzerland (1848-)"
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
  E(cur, "Looting/property destruction", "A petrol bomb was thrown through a window of a centre that helps Ukrainian refugees in Brno", P("Brno", "CZ"), "wednesday",
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
  E(cur, "Armed clash", "was killed in a gunfight with soldiers in the hills near Thanchi", P("Bandarban", "BD", 2, a1="Chattogram"), "sunday",
    a1=BGD, i1=1, a2=KNF, i2=2, fat=1, inj=2),
  unscored(E(bg, "Looting/property destruction", "its fighters robbed two banks in the district in 2024", P("Bandarban", "BD", 3, a1="Chattogram"), "2024-01-01", tp=3, a1=KNF, i1=2),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "actor2", "inter2", "fatalities", "injuries"),
  unscored(E(cur, "Looting/property destruction", "soldiers had burned three houses during the search", P("Bandarban", "BD", 2, a1="Chattogram"), "sunday", tp=2,
             a1=BGD, i1=1, a2="Civilians (Bangladesh)", i2=7), "event_date", "time_precision", "location", "latitude", "longitude"),
]),
]

SAU = "Military Forces of Saudi Arabia (2015-)"; SAU_POL = "Police Forces of Saudi Arabia (2015-)"
MDA_POL = "Police Forces of Moldova (2020-)"; SOM = "Military Forces of Somalia (2022-)"; USA = "Military Forces of the United States (2025-)"
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
           "fatalities", "injuries", "geo_precision"),
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
  E(cur, "Armed clash", "Fighters of Twirwaneho, a Banyamulenge self-defence militia, and Mai-Mai militiamen fought for most of Sunday", P("Fizi", "CD", 2, lat=-4.3, lon=28.943, a1="South Kivu"), "sunday",
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
    a1=CAF, i1=1, a2="3R: Return, Reclamation, Rehabilitation", i2=2, fat=3, assoc_actor_1="Wagner Group"),
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
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries", "geo_precision"),
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
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=3, inj=1),
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
    a1="Unidentified Armed Group (Brazil)", i1=3, a2="Civilians (Brazil)", i2=7, fat=1, inj=4),
  E(cur, "Protest with intervention", "about 200 Guarani-Kaiowa blocked a state highway outside Caarapo", P("Caarapo", "BR", 2), "tuesday",
    a1="Protesters (Brazil)", i1=6, a2=BRA_POL, i2=1, inj=3),
  unscored(E(cur, "Arrests", "they had arrested two security guards employed by the ranch", P("Caarapo", "BR", 2), "thursday", tp=2, a1=BRA_POL, i1=1),
           "actor2", "inter2", "location", "latitude", "longitude", "geo_precision", "admin2"),
]),
]

HTI_POL = "Police Forces of Haiti (2024-)"; PER = "Military Forces of Peru (2025-)"; PER_POL = "Police Forces of Peru (2025-)"; PER_GOV = "Government of Peru (2025-)"
QSD = "QSD: Syrian Democratic Forces"; ISR = "Military Forces of Israel (2022-)"; SYR_POL = "Police Forces of Syria (2024-)"
IRQ_POL = "Police Forces of Iraq (2022-)"; PMF = "Popular Mobilization Forces"; TUR = "Military Forces of Turkey (2002-)"; YBS = "Sinjar Resistance Units"

STORIES += [
S("st-y-021", "2026-03-26", """HAITI/
Gangs raid Thomonde, killing seven; police drone hits camp near Mirebalais; crowd kills alleged informant in Hinche

PORT-AU-PRINCE, March 26 (Wire) - Gunmen of the Viv Ansanm gang coalition raided Thomonde, a farming town in Haiti's Centre department east of Mirebalais, before dawn on Monday, killing seven people and setting fire to the police station and a health centre before pulling back in the afternoon, the town's mayor said. Most residents fled towards Hinche.

On Tuesday, a police drone strike hit a camp used by Viv Ansanm fighters in the hills outside Mirebalais, killing at least four of them, police said.

In Hinche, the department's capital, a crowd beat a man accused of passing information to the gangs and set him on fire on Wednesday, a local radio station reported. He died at the scene.

Gangs overran Mirebalais in March 2025, freeing hundreds of inmates from its prison, and have since pushed east along the road to the border. More than 1.3 million Haitians have fled their homes, according to the United Nations.""", [
  E(cur, "Attack", "Gunmen of the Viv Ansanm gang coalition raided Thomonde", P("Thomonde", "HT"), "monday",
    a1="Viv Ansanm", i1=3, a2="Civilians (Haiti)", i2=7, fat=7),
  E(cur, "Air/drone strike", "a police drone strike hit a camp used by Viv Ansanm fighters in the hills outside Mirebalais", P("Mirebalais", "HT", 2), "tuesday",
    a1=HTI_POL, i1=1, a2="Viv Ansanm", i2=3, fat=4),
  E(cur, "Mob violence", "a crowd beat a man accused of passing information to the gangs and set him on fire", P("Hinche", "HT"), "wednesday",
    a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=1),
  unscored(E(bg, "Non-state actor overtakes territory", "Gangs overran Mirebalais in March 2025", P("Mirebalais", "HT"), "2025-03-01", tp=3, a1="Viv Ansanm", i1=3),
           "event_date", "time_precision", "actor1", "inter1", "fatalities", "injuries"),
]),

S("st-y-022", "2026-07-15", """PERU/
Four guards killed in attack on Pataz mining camp; soldier dies in VRAEM ambush; police tear-gas Amazon march in Lima

LIMA, July 15 (Wire) - Gunmen attacked the camp of a small gold mining company in the Andean province of Pataz, in the northern La Libertad region, on Sunday night, killing four security guards and wounding two miners, police said. Rival gangs of illegal miners have fought for control of gold seams in the province for years, and police said the attackers belonged to one of them.

The government on Tuesday extended by 60 days the state of emergency in Pataz province, which lets the army patrol alongside the police.

In the VRAEM, a valley of coca farms in the south, remnants of the Shining Path guerrilla group ambushed an army patrol near Pichari on Monday, killing a soldier and wounding two, the joint command of the armed forces said.

In Lima, police fired tear gas on Tuesday evening at several thousand indigenous people and students marching towards Congress against a bill that would open protected Amazon reserves to mining, and 12 marchers were treated for injuries, the ombudsman's office said.""", [
  E(cur, "Attack", "Gunmen attacked the camp of a small gold mining company in the Andean province of Pataz", P("Pataz", "PE", 3, lat=-8.28, lon=-77.29, a1="La Libertad"), "sunday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=4, inj=2),
  unscored(E(cur, "Other", "extended by 60 days the state of emergency in Pataz province", P("Pataz", "PE", 3, lat=-8.28, lon=-77.29, a1="La Libertad"), "tuesday", a1=PER_GOV, i1=1),
           "location", "latitude", "longitude", "geo_precision"),
  E(cur, "Armed clash", "remnants of the Shining Path guerrilla group ambushed an army patrol near Pichari", P("Pichari", "PE", 2), "monday",
    a1="Sendero Luminoso", i1=2, a2=PER, i2=1, fat=1, inj=2),
  E(cur, "Protest with intervention", "police fired tear gas on Tuesday evening at several thousand indigenous people and students marching towards Congress", P("Lima", "PE"), "tuesday",
    a1="Protesters (Peru)", i1=6, a2=PER_POL, i2=1, inj=12),
]),

S("st-y-023", "2026-05-20", """SYRIA/
SDF and tribal gunmen fight in Dhiban after elder's arrest; Israeli troops detain four students in Quneitra; two General Security members killed near Mayadin

BEIRUT, May 20 (Wire) - Fighters of the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal gunmen fought in and around Dhiban, on the eastern bank of the Euphrates in Deir ez-Zor province, on Sunday and Monday, a war monitor said. Five SDF fighters and seven tribal gunmen were killed, it said.

The fighting began after SDF fighters arrested a tribal elder at his home in the town on Saturday, accusing him of contacts with Damascus, residents said.

In the south, Israeli troops who set up a checkpoint at the entrance of the village of Jubata al-Khashab in Quneitra province on Tuesday detained four young men coming home from university in Damascus and took them across the ceasefire line, local officials said. The Israeli military said the four were being questioned.

On the western bank of the Euphrates, gunmen believed to belong to the Islamic State group shot dead two members of the interior ministry's General Security at a checkpoint outside Mayadin on Monday night, the ministry said.""", [
  E(cur, "Armed clash", "Fighters of the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal gunmen fought in and around Dhiban", P("Dhiban", "SY"), "sunday", tp=2,
    a1=QSD, i1=2, a2="Bedouin Tribal Militia (Syria)", i2=4, fat=12),
  E(cur, "Arrests", "SDF fighters arrested a tribal elder at his home in the town on Saturday", P("Dhiban", "SY"), "saturday",
    a1=QSD, i1=2, a2="Civilians (Syria)", i2=7),
  E(cur, "Arrests", "Israeli troops who set up a checkpoint at the entrance of the village of Jubata al-Khashab in Quneitra province on Tuesday detained four young men", P("Quneitra", "SY", 2, lat=33.13, lon=35.82, a1="Quneitra"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7),
  E(cur, "Armed clash", "gunmen believed to belong to the Islamic State group shot dead two members of the interior ministry's General Security", P("Al Mayadin", "SY", 2), "monday",
    a1="Islamic State (Syria)", i1=2, a2=SYR_POL, i2=1, fat=2),
]),

S("st-y-024", "2026-10-07", """IRAQ/
Farmers try to storm Samawah governorate building over water, 23 hurt; 20 held in night raids; IS attack kills three Hashd fighters near Tarmiyah

BAGHDAD, Oct 7 (Wire) - Hundreds of farmers and their sons threw stones and petrol bombs at the governorate building in Samawah on Sunday and tried to break through its gate, demanding a bigger share of irrigation water for their fields, police said. Police fired tear gas and shot into the air. Nine protesters and 14 police officers were injured, the provincial health directorate said.

Police arrested 20 people in raids on homes in the city on Monday night over the violence, a police officer said.

North of Baghdad, Islamic State militants attacked a post of the Popular Mobilization Forces (PMF) in orchards near Tarmiyah on Tuesday night, killing three fighters and wounding two, a PMF statement said. The attackers escaped.

A Turkish drone struck a checkpoint of the Sinjar Resistance Units, a Yazidi armed group that Ankara says is linked to the PKK, on the road north of Sinjar on Monday, killing one of its fighters and wounding a shepherd who was passing, the group said.""", [
  E(cur, "Violent demonstration", "Hundreds of farmers and their sons threw stones and petrol bombs at the governorate building in Samawah", P("As Samawah", "IQ"), "sunday",
    a1="Rioters (Iraq)", i1=5, a2=IRQ_POL, i2=1, inj=23),
  E(cur, "Arrests", "Police arrested 20 people in raids on homes in the city on Monday night", P("As Samawah", "IQ"), "monday",
    a1=IRQ_POL, i1=1, a2="Rioters (Iraq)", i2=5),
  E(cur, "Armed clash", "Islamic State militants attacked a post of the Popular Mobilization Forces (PMF) in orchards near Tarmiyah", P("At Tarmiyah", "IQ", 2, a1="Baghdad"), "tuesday",
    a1="Islamic State (Iraq)", i1=2, a2=PMF, i2=3, fat=3, inj=2),
  E(cur, "Air/drone strike", "A Turkish drone struck a checkpoint of the Sinjar Resistance Units", P("Sinjar", "IQ", 2), "monday",
    a1=TUR, i1=8, a2=YBS, i2=3, fat=1, inj=1),
]),
]

LBY = "Military Forces of Libya (2021-)"; SSA = "Stability Support Authority"; RSF = "Rapid Support Forces"; SDN = "Military Forces of Sudan (2019-)"
SPLMN = "SPLM-N (al-Hilu): Sudan People's Liberation Movement-North (al-Hilu Faction)"; OLA = "OLA: Oromo Liberation Army"; ETH = "Military Forces of Ethiopia (2018-)"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; BLA = "BLA: Balochistan Liberation Army"

STORIES += [
S("st-y-025", "2026-02-25", """LIBYA/
Boy killed as armed groups fight in Zawiya; journalist seized in Tripoli; Surman residents burn tyres against militias

TRIPOLI, Feb 25 (Wire) - Two armed groups fought with machine guns and rocket-propelled grenades in the south of Zawiya, west of Tripoli, for several hours on Sunday night, killing three fighters and a 10-year-old boy who was hit by shrapnel in his home, the city's hospital said. Local elders negotiated a ceasefire on Monday morning.

In Tripoli, armed men in plain clothes took a journalist from a cafe in the city centre on Tuesday and drove him away, his colleagues said. They said the men belonged to the Stability Support Authority, a powerful armed group nominally under the presidential council, and that his whereabouts were unknown. The group did not comment.

In neighbouring Surman, residents blocked the coastal road with burning tyres on Monday to demand that armed groups leave the town after the Zawiya fighting. No security forces intervened.""", [
  E(cur, "Armed clash", "Two armed groups fought with machine guns and rocket-propelled grenades in the south of Zawiya", P("Zawiya", "LY", 2), "sunday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=4),
  unscored(E(cur, "Agreement", "Local elders negotiated a ceasefire on Monday morning", P("Zawiya", "LY", 2), "monday",
             a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3), "location", "latitude", "longitude", "geo_precision"),
  E(cur, "Abduction/forced disappearance", "armed men in plain clothes took a journalist from a cafe in the city centre", P("Tripoli", "LY"), "tuesday",
    a1=SSA, i1=3, a2="Civilians (Libya)", i2=7),
  E(cur, "Violent demonstration", "residents blocked the coastal road with burning tyres on Monday", P("Surman", "LY"), "monday",
    a1="Rioters (Libya)", i1=5),
]),

S("st-y-026", "2026-09-24", """SUDAN: South Kordofan and Blue Nile
Flash Update No. 4 (as of 23 September 2026)

KEY FIGURES
9 people killed in a drone strike on Kadugli market
3 people killed by shelling in Dilling
About 4,500 people displaced from around Kurmuk

SITUATION OVERVIEW
On 20 September, a drone struck the central market in Kadugli, the capital of South Kordofan, killing nine civilians, including two children, and injuring 17. Local authorities attributed the strike to the Rapid Support Forces (RSF), which, with the SPLM-N (al-Hilu), has besieged Kadugli and Dilling since mid-2025.

On 21 and 22 September, artillery shells fired from SPLM-N positions outside Dilling fell on residential neighbourhoods of the town, killing three people and injuring 11, according to local health authorities.

In Blue Nile, fighting between the Sudanese Armed Forces and the SPLM-N near Kurmuk on 19 September forced about 4,500 people to flee towards Ed Damazin. Casualty figures are not known.

HUMANITARIAN IMPACT
Food prices in Kadugli have tripled since July. Partners warn that the closure of the last road into Dilling could lead to famine conditions.""", [
  E(cur, "Air/drone strike", "a drone struck the central market in Kadugli", P("Kadugli", "SD"), "2026-09-20",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=9, inj=17),
  E(cur, "Shelling/artillery/missile attack", "artillery shells fired from SPLM-N positions outside Dilling fell on residential neighbourhoods", P("Dilling", "SD"), "2026-09-21", tp=2,
    a1=SPLMN, i1=2, a2="Civilians (Sudan)", i2=7, fat=3, inj=11),
  E(cur, "Armed clash", "fighting between the Sudanese Armed Forces and the SPLM-N near Kurmuk", P("Kurmuk", "SD", 2), "2026-09-19",
    a1=SDN, i1=1, a2=SPLMN, i2=2),
], register="ngo"),

S("st-y-027", "2026-01-28", """ETHIOPIA/
Gunmen seize seven road workers near Shambu, officials blame OLA; drone strike kills family near Fiche

ADDIS ABABA, Jan 28 (Wire) - Gunmen raided the camp of a road construction company outside Shambu, in the Horo Guduru Wollega zone of the Oromia region, on Sunday night and took away seven workers, among them two engineers, relatives and a regional official said. The official blamed the Oromo Liberation Army (OLA). The OLA denied any involvement and accused government-backed militias.

Families said on Tuesday that the kidnappers had demanded ransoms of up to 500,000 birr for each captive.

In the North Shewa zone, a drone strike hit a house in a village near Fiche on Monday evening, killing six members of one family, among them three children, two residents said, blaming the federal army, which is fighting the OLA in the area. The army did not comment.""", [
  E(cur, "Abduction/forced disappearance", "Gunmen raided the camp of a road construction company outside Shambu", P("Shambu", "ET", 2), "sunday",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Air/drone strike", "a drone strike hit a house in a village near Fiche", P("Fiche", "ET", 2), "monday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=6),
]),

S("st-y-028", "2026-04-15", """PAKISTAN/
BLA attack on coast guard post near Jiwani; police detain 40 at missing-persons sit-in in Turbat; bomb kills peace committee member in Bajaur

QUETTA, Pakistan, April 15 (Wire) - Fighters of the Balochistan Liberation Army (BLA) attacked a coast guard post on the outskirts of Jiwani, near the border with Iran, late on Monday, the military said, adding that two coast guards and four attackers had been killed. The BLA said in a statement that it had killed 11 personnel.

The BLA also warned Chinese engineers working on the Gwadar port to leave Balochistan, saying they would be "targets".

In Turbat, police detained about 40 people, among them a dozen women, when they broke up a sit-in on the main Shaheed Fida Chowk on Tuesday by relatives of Baloch men who have disappeared, organisers said. Most were released in the evening.

In Bajaur district, in the north-west, a bomb fixed to a motorcycle exploded as the car of a member of a government-backed peace committee drove past in a village market on Sunday, killing him and his driver, police said. No group claimed the attack.""", [
  E(cur, "Armed clash", "attacked a coast guard post on the outskirts of Jiwani", P("Jiwani", "PK", 2), "monday",
    a1=BLA, i1=2, a2=PAK, i2=1, fat=6),
  unscored(E(thr, "Attack", "warned Chinese engineers working on the Gwadar port to leave Balochistan", P("Gwadar", "PK"), None,
             a1=BLA, i1=2, a2="Civilians (China)", i2=7), "event_date", "time_precision"),
  E(cur, "Protest with intervention", "police detained about 40 people, among them a dozen women, when they broke up a sit-in on the main Shaheed Fida Chowk", P("Turbat", "PK"), "tuesday",
    a1="Protesters (Pakistan)", i1=6, a2=PAK_POL, i2=1),
  E(cur, "Remote explosive/landmine/IED", "a bomb fixed to a motorcycle exploded as the car of a member of a government-backed peace committee drove past", P("Bajaur", "PK", 3, lat=34.68, lon=71.5, a1="Khyber Pakhtunkhwa"), "sunday",
    a1="Unidentified Armed Group (Pakistan)", i1=3, a2="Civilians (Pakistan)", i2=7, fat=2),
]),
]

IND_POL = "Police Forces of India (2014-)"; MAOIST = "CPI (Maoist): Communist Party of India (Maoist)"; THA = "Military Forces of Thailand (2025-)"
PHL = "Military Forces of the Philippines (2022-)"; IDN = "Military Forces of Indonesia (2024-)"; IDN_POL = "Police Forces of Indonesia (2024-)"; TPNPB = "TPNPB: West Papua National Liberation Army"
PNG = "Military Forces of Papua New Guinea (2019-)"; SLB_POL = "Police Forces of Solomon Islands (2024-)"

STORIES += [
S("st-y-029", "2026-05-06", """PRESS NOTE
Office of the Superintendent of Police, Bijapur (Chhattisgarh)
Date: 05.05.2026

On specific input about the presence of armed cadres of the banned CPI (Maoist) in the forests of Usur area, a joint team of District Reserve Guard (DRG) and CoBRA 210 Bn was launched for an anti-Naxal search operation on 03.05.2026.

On 04.05.2026 at about 0630 hrs, Maoists opened fire on the search party in the forest near village Pujari Kanker. The security forces retaliated in self-defence. After the exchange of fire, which continued intermittently for about two hours, the bodies of 04 uniformed male Maoists were recovered from the spot along with one INSAS rifle, two .303 rifles, a muzzle-loading gun and Maoist literature. One DRG jawan sustained bullet injuries and has been airlifted to Raipur. His condition is stable.

In a separate incident on 04.05.2026, one CRPF jawan was injured when a pressure IED planted by Maoists exploded near Gangaloor during an area domination exercise.

Search operations in the area are continuing.""", [
  E(cur, "Armed clash", "Maoists opened fire on the search party in the forest near village Pujari Kanker", P("Bijapur", "IN", 2, lat=18.79, lon=80.82, a1="Chhattisgarh"), "2026-05-04",
    a1=MAOIST, i1=2, a2=IND_POL, i2=1, fat=4, inj=1),
  E(cur, "Remote explosive/landmine/IED", "one CRPF jawan was injured when a pressure IED planted by Maoists exploded near Gangaloor", P("Gangaloor", "IN", 2, lat=18.8, lon=80.98, a1="Chhattisgarh"), "2026-05-04",
    a1=MAOIST, i1=2, a2=IND_POL, i2=1, inj=1),
], register="official"),

S("st-y-030", "2026-09-09", """SOUTH-EAST ASIA/
Phone masts set ablaze across Pattani; village headman shot dead in Tak Bai; two Abu Sayyaf remnants killed in Basilan

BANGKOK/MANILA, Sept 9 (Wire) - Suspected separatist insurgents set fire to 12 mobile phone masts and three electricity substations in five districts of Thailand's southern Pattani province overnight into Monday, cutting power to thousands of homes, police said. Nobody was hurt.

In neighbouring Narathiwat province, gunmen on a motorcycle shot dead a village headman as he drove home in Tak Bai district on Tuesday morning, police said.

More than 7,000 people have been killed since the insurgency in Thailand's Malay-Muslim south flared in 2004.

In the southern Philippines, soldiers clashed with a small band of Abu Sayyaf fighters in the hills outside Maluso, on Basilan island, on Sunday, killing two of them, an army brigade commander said. The army says the group, once notorious for kidnappings, now has fewer than 20 armed members.""", [
  E(cur, "Looting/property destruction", "set fire to 12 mobile phone masts and three electricity substations in five districts", P("Pattani", "TH", 3, geoname="Pattani"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "gunmen on a motorcycle shot dead a village headman as he drove home in Tak Bai district", P("Tak Bai", "TH", 3, geoname="Tak Bai"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
  E(cur, "Armed clash", "soldiers clashed with a small band of Abu Sayyaf fighters in the hills outside Maluso", P("Maluso", "PH", 2, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "sunday",
    a1=PHL, i1=1, a2="Abu Sayyaf Group", i2=2, fat=2),
]),

S("st-y-031", "2026-11-11", """INDONESIA/
Papuan rebels kill three gold panners in Yahukimo, call them spies; troops kill two in Intan Jaya raid; students held in Manokwari

JAYAPURA, Indonesia, Nov 11 (Wire) - Fighters of the West Papua National Liberation Army (TPNPB) shot dead three gold panners at an unlicensed mining site in Yahukimo regency, in the highlands of Papua, on Saturday, police said. A TPNPB spokesman said the men had been spying for the army, which their families denied.

Indonesian troops raided a hamlet near Sugapa, in Intan Jaya regency, on Monday and killed two TPNPB fighters in a gunfight, the military said. A church group said one of the dead was a farmer.

In Manokwari, the capital of West Papua province, police broke up a rally by about 200 students calling for a referendum on independence on Tuesday and arrested 12 of them, their lawyers said.""", [
  E(cur, "Attack", "shot dead three gold panners at an unlicensed mining site in Yahukimo regency", P("Yahukimo", "ID", 3, lat=-4.86, lon=139.48, a1="Highland Papua"), "saturday",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=3),
  E(cur, "Armed clash", "Indonesian troops raided a hamlet near Sugapa", P("Sugapa", "ID", 2, lat=-3.74, lon=137.05, a1="Central Papua"), "monday",
    a1=IDN, i1=1, a2=TPNPB, i2=2, fat=2),
  E(cur, "Protest with intervention", "police broke up a rally by about 200 students calling for a referendum on independence", P("Manokwari", "ID"), "tuesday",
    a1="Protesters (Indonesia)", i1=6, a2=IDN_POL, i2=1),
]),

S("st-y-032", "2026-06-03", """PACIFIC ROUND-UP (25-31 May)

PAPUA NEW GUINEA - Fighting between two tribes in villages south of Wabag, the capital of Enga province, killed seven men on Wednesday and Thursday, police said, and more than 50 houses and a primary school were burned. On Friday, tribesmen fired on soldiers of a joint security force sent to separate the two sides, wounding one soldier. Enga has been under a state of emergency for much of the past two years.

SOLOMON ISLANDS - Supporters of a losing candidate in a provincial by-election threw stones at police and set fire to the ward office in Kirakira, the capital of Makira-Ulawa province, on Tuesday after the result was announced. Police used tear gas and arrested five people.

FIJI - About 150 residents marched peacefully to the town council in Nadi on Friday against plans for a hotel on a public beach.""", [
  E(cur, "Armed clash", "Fighting between two tribes in villages south of Wabag", P("Wabag", "PG", 2), "2026-05-27", tp=2,
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4, fat=7),
  E(cur, "Armed clash", "tribesmen fired on soldiers of a joint security force sent to separate the two sides", P("Wabag", "PG", 2), "2026-05-29",
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2=PNG, i2=1, inj=1),
  E(cur, "Violent demonstration", "Supporters of a losing candidate in a provincial by-election threw stones at police and set fire to the ward office in Kirakira", P("Kirakira", "SB", a1="Makira-Ulawa"), "2026-05-26",
    a1="Rioters (Solomon Islands)", i1=5, a2=SLB_POL, i2=1),
  E(cur, "Peaceful protest", "About 150 residents marched peacefully to the town council in Nadi on Friday", P("Nadi", "FJ"), "2026-05-29",
    a1="Protesters (Fiji)", i1=6),
], register="digest"),
]

NGA = "Military Forces of Nigeria (2023-)"; FUL = "Fulani Ethnic Militia (Nigeria)"; BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
TCD = "Military Forces of Chad (2021-)"; ISR_SET = "Israeli Settlers"; KEN_POL = "Police Forces of Kenya (2022-)"; UGA_POL = "Police Forces of Uganda (1986-)"
TZA_POL = "Police Forces of Tanzania (2021-)"; MOZ = "Military Forces of Mozambique (2025-)"; ISMP = "Islamic State Mozambique Province"

STORIES += [
S("st-y-033", "2026-03-04", """NIGERIA: Plateau State
Protection monitoring - incident summary, 23 February - 1 March 2026

1. On the night of 24 February, armed men identified by survivors as Fulani herders attacked a farming community in Bokkos LGA, shooting residents and burning about 40 houses and food stores. Seventeen people were killed, including six women, and six were injured. Survivors fled to Bokkos town.

2. On 26 February, youths from the affected area blocked the road between Bokkos and Mangu near Bokkos and attacked a passing minibus, dragging out two Fulani travellers and killing them. Police reopened the road in the evening.

3. Soldiers were deployed to the area after the attack. Local leaders said on 28 February that some 3,000 people remained in a school and a church compound in Bokkos town.

Since January, monitors have recorded more than 110 people killed in attacks in the state. Community leaders warn of further reprisals if the killers of 24 February are not arrested.""", [
  E(cur, "Attack", "armed men identified by survivors as Fulani herders attacked a farming community in Bokkos LGA", P("Bokkos", "NG", 3, geoname="Bokkos"), "2026-02-24",
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=17, inj=6),
  E(cur, "Mob violence", "youths from the affected area blocked the road between Bokkos and Mangu near Bokkos and attacked a passing minibus", P("Bokkos", "NG", 2), "2026-02-26",
    a1="Rioters (Nigeria)", i1=5, a2="Civilians (Nigeria)", i2=7, fat=2),
  unscored(E(thr, "Mob violence", "further reprisals", P("Bokkos", "NG", 3, geoname="Bokkos"), None, a1="Rioters (Nigeria)", i1=5),
           "event_date", "time_precision"),
], register="ngo"),

S("st-y-034", "2026-08-19", """LAKE CHAD/
Boko Haram kills eight fishermen on island near Bol; army says 12 attackers killed in pursuit; nine abducted near Mokolo in Cameroon

N'DJAMENA/YAOUNDE, Aug 19 (Wire) - Boko Haram fighters in canoes attacked a fishing camp on an island in Lake Chad near Bol on Sunday night, killing eight fishermen and seizing their catch and outboard motors, local officials said.

The Chadian army said on Tuesday that its troops had caught up with the attackers on Monday on another island and killed 12 of them, losing one soldier.

President Mahamat Idriss Deby vowed on Tuesday to "hunt the terrorists down to their last hiding place".

In Cameroon's Far North region, gunmen believed to belong to Boko Haram abducted nine people, among them five girls, from a village near Mokolo on Monday night, a local official said. The army said it had launched a search.""", [
  E(cur, "Attack", "Boko Haram fighters in canoes attacked a fishing camp on an island in Lake Chad near Bol", P("Bol", "TD", 2), "sunday",
    a1=BH, i1=2, a2="Civilians (Chad)", i2=7, fat=8),
  E(cur, "Armed clash", "its troops had caught up with the attackers on Monday on another island and killed 12 of them", P("Bol", "TD", 2), "monday",
    a1=TCD, i1=1, a2=BH, i2=2, fat=13),
  E(cur, "Abduction/forced disappearance", "gunmen believed to belong to Boko Haram abducted nine people, among them five girls, from a village near Mokolo", P("Mokolo", "CM", 2), "monday",
    a1=BH, i1=2, a2="Civilians (Cameroon)", i2=7),
  unscored(E(thr, "Armed clash", "vowed on Tuesday to \"hunt the terrorists down to their last hiding place\"", P("Bol", "TD", 2), None, a1=TCD, i1=1, a2=BH, i2=2),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision"),
]),

S("st-y-035", "2026-04-08", """WEST BANK/
Settlers beat shepherds and kill sheep near Sinjil; troops demolish homes and school in Masafer Yatta

RAMALLAH, April 8 (Wire) - A group of Israeli settlers attacked Palestinian shepherds grazing their flocks on land outside Sinjil, north of Ramallah, on Saturday, beating two men with clubs and killing about 30 sheep, the village council said. The two men were treated in hospital in Ramallah.

On Monday, Israeli forces demolished six homes, animal pens and a one-room school in the Masafer Yatta area south of Hebron, saying they had been built without permits, residents and a UN agency said. About 40 people were left homeless.

Settler groups have called a march to a hilltop outside Sinjil on Friday, where they want to set up an outpost. The village council said residents would gather on the hill the same day.""", [
  E(cur, "Attack", "A group of Israeli settlers attacked Palestinian shepherds grazing their flocks on land outside Sinjil", P("Sinjil", "PS", 2), "saturday",
    a1=ISR_SET, i1=4, a2="Civilians (Palestine)", i2=7, inj=2),
  E(cur, "Looting/property destruction", "Israeli forces demolished six homes, animal pens and a one-room school in the Masafer Yatta area", P("Masafer Yatta", "PS", 2, lat=31.4, lon=35.12, a1="West Bank"), "monday",
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7),
  unscored(E(hyp, "Peaceful protest", "Settler groups have called a march to a hilltop outside Sinjil on Friday", P("Sinjil", "PS", 2), None,
             a1="Protesters (Israel)", i1=6), "event_date", "time_precision"),
  unscored(E(hyp, "Peaceful protest", "residents would gather on the hill the same day", P("Sinjil", "PS", 2), None,
             a1="Protesters (Palestine)", i1=6), "event_date", "time_precision"),
]),

S("st-y-036", "2026-10-21", """EAST AFRICA WEEKLY (12-18 October)

KENYA - Gunmen from the Borana and Gabra communities exchanged fire outside Marsabit town on Wednesday after a camel raid, leaving four people dead, police said. Police reinforcements were sent to the area on Thursday.

UGANDA - Police arrested 31 supporters of the opposition National Unity Platform (NUP) outside a radio station in Mbarara on Friday, where the party's leader was due to give an interview, accusing them of planning an unlawful procession. The interview was cancelled.

TANZANIA - Police fired tear gas to break up a CHADEMA rally in Mbeya on Sunday and detained the party's regional chairman, the party said. Police said the rally had been banned.

SOUTH SUDAN - The government said it had postponed by a year the elections due in December.""", [
  E(cur, "Armed clash", "Gunmen from the Borana and Gabra communities exchanged fire outside Marsabit town", P("Marsabit", "KE", 2), "2026-10-14",
    a1="Borana Ethnic Militia (Kenya)", i1=4, a2="Gabra Ethnic Militia (Kenya)", i2=4, fat=4),
  E(cur, "Arrests", "Police arrested 31 supporters of the opposition National Unity Platform (NUP) outside a radio station in Mbarara", P("Mbarara", "UG"), "2026-10-16",
    a1=UGA_POL, i1=1, a2="NUP: National Unity Platform", i2=7),
  E(cur, "Protest with intervention", "Police fired tear gas to break up a CHADEMA rally in Mbeya", P("Mbeya", "TZ"), "2026-10-18",
    a1="Protesters (Tanzania)", i1=6, a2=TZA_POL, i2=1),
], register="digest"),

S("st-y-037", "2026-05-13", """MOZAMBIQUE/
Insurgents ambush maize truck north of Marrupa, killing four; army says five killed in clash south of the town

MAPUTO, May 13 (Wire) - Insurgents linked to the Islamic State group ambushed a truck carrying maize on the road from Marrupa to Mecula, in the northern province of Niassa, about 30 km north of Marrupa on Saturday, killing the driver and three traders travelling with him and setting the truck on fire, local sources said.

The army said on Monday that its troops had killed five insurgents in a clash south of Marrupa on Sunday. Islamic State said in a statement on its Telegram channels that its fighters had killed "several" soldiers near Marrupa.

The insurgency, which began in neighbouring Cabo Delgado in 2017, spread into Niassa in 2025, when fighters attacked camps in the Niassa Special Reserve.""", [
  E(cur, "Attack", "ambushed a truck carrying maize on the road from Marrupa to Mecula", P("Marrupa", "MZ", 2, lat=-13.19, lon=37.5, a1="Niassa"), "saturday",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=4),
  E(cur, "Armed clash", "its troops had killed five insurgents in a clash south of Marrupa", P("Marrupa", "MZ", 2, lat=-13.19, lon=37.5, a1="Niassa"), "sunday",
    a1=MOZ, i1=1, a2=ISMP, i2=2, fat=8),
  unscored(E(bg, "Attack", "fighters attacked camps in the Niassa Special Reserve", P("Mecula", "MZ", 3, lat=-12.08, lon=37.65, a1="Niassa"), "2025-01-01", tp=3, a1=ISMP, i1=2),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "actor2", "inter2", "fatalities", "injuries"),
]),
]

ITA_POL = "Police Forces of Italy (2022-)"; GRC_POL = "Police Forces of Greece (2019-)"; JPN_POL = "Police Forces of Japan (2025-)"; CHN_POL = "Police Forces of China (2012-)"
USA_POL = "Police Forces of the United States (2025-)"; PAN_POL = "Police Forces of Panama (2024-)"; SLV = "Military Forces of El Salvador (2019-)"
SLV_POL = "Police Forces of El Salvador (2019-)"; JAM_POL = "Police Forces of Jamaica (2016-)"

STORIES += [
S("st-y-038", "2026-10-12", """EUROPE IN BRIEF (5-11 October)

ITALY - Unknown people set fire to three lorries and a crane at the building site of a wind farm outside Sassari, in Sardinia, overnight into Saturday, police said. Nobody was hurt. Opponents of the project have held several protests in the area.

GREECE - Riot police evicted about 60 students occupying the law faculty of the Aristotle University in Thessaloniki at dawn on Wednesday and detained 31 of them. The students had occupied the building for a week in protest at a new law on university security.

IRELAND - A fire was started in the early hours of Tuesday at a former convent in Kilkenny that the government planned to use to house asylum seekers, gardai said. Nobody was in the building. Police are treating the fire as arson.

POLAND - Several thousand teachers marched through Krakow on Thursday to demand a pay rise. The march was peaceful.

CYPRUS - Farmers parked about 100 tractors across the road to Paphos airport for two hours on Sunday to protest against cuts in irrigation water, then left peacefully.""", [
  E(cur, "Looting/property destruction", "Unknown people set fire to three lorries and a crane at the building site of a wind farm outside Sassari", P("Sassari", "IT", 2), "2026-10-10",
    a1="Unidentified Armed Group (Italy)", i1=3, a2="Civilians (Italy)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "Riot police evicted about 60 students occupying the law faculty of the Aristotle University in Thessaloniki", P("Thessaloniki", "GR"), "2026-10-07",
    a1="Protesters (Greece)", i1=6, a2=GRC_POL, i2=1),
  E(cur, "Looting/property destruction", "A fire was started in the early hours of Tuesday at a former convent in Kilkenny", P("Kilkenny", "IE", a1="Kilkenny"), "2026-10-06",
    a1="Unidentified Armed Group (Ireland)", i1=3, a2="Civilians (Ireland)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "Several thousand teachers marched through Krakow on Thursday", P("Krakow", "PL"), "2026-10-08",
    a1="Protesters (Poland)", i1=6),
  E(cur, "Peaceful protest", "Farmers parked about 100 tractors across the road to Paphos airport", P("Paphos", "CY", 2), "2026-10-11",
    a1="Protesters (Cyprus)", i1=6),
], register="digest"),

S("st-y-039", "2026-02-18", """EAST ASIA/
Guangdong residents clash with police over incinerator plan; two village representatives detained. Tokyo rally against arms exports; Darkhan steelworkers rally

HONG KONG, Feb 18 (Wire) - Hundreds of residents of villages outside Yangjiang, in China's southern Guangdong province, threw bricks and bottles at riot police on Sunday and overturned two police cars during a protest against a planned waste incinerator, according to videos posted online and two residents. Police fired tear gas and about 20 people were injured, the residents said. The city government said "a small number of people" had disturbed public order.

On Tuesday, police detained two village representatives at their homes, accusing them of organising the unrest, a relative said.

In Japan, about 3,000 people rallied peacefully in Tokyo's Hibiya Park on Monday against a bill that would let Japanese companies export fighter jets.

In Mongolia, about 500 steelworkers and their families rallied peacefully outside the provincial government building in Darkhan on Saturday against the planned closure of the town's steel plant.""", [
  E(cur, "Violent demonstration", "Hundreds of residents of villages outside Yangjiang, in China's southern Guangdong province, threw bricks and bottles at riot police", P("Yangjiang", "CN", 2, admin1="Guangdong"), "sunday",
    a1="Rioters (China)", i1=5, a2=CHN_POL, i2=1, inj=20),
  E(cur, "Arrests", "police detained two village representatives at their homes", P("Yangjiang", "CN", 2, admin1="Guangdong"), "tuesday",
    a1=CHN_POL, i1=1, a2="Civilians (China)", i2=7),
  E(cur, "Peaceful protest", "about 3,000 people rallied peacefully in Tokyo's Hibiya Park on Monday", P("Tokyo", "JP"), "monday",
    a1="Protesters (Japan)", i1=6),
  E(cur, "Peaceful protest", "about 500 steelworkers and their families rallied peacefully outside the provincial government building in Darkhan", P("Darkhan", "MN", lat=49.49, lon=105.92, a1="Darhan-Uul"), "saturday",
    a1="Protesters (Mongolia)", i1=6),
]),

S("st-y-040", "2026-07-29", """AMERICAS/
Federal agents fire pepper balls at Tacoma detention centre protest; police clear banana workers' blockade in Panama; two shot dead by police in May Pen

WASHINGTON/PANAMA CITY, July 29 (Wire) - Federal immigration agents fired pepper balls and tear gas late on Saturday at about 300 people blocking the gates of the immigration detention centre in Tacoma, Washington, and arrested eight of them, the Department of Homeland Security said. Protesters said a woman was hit in the face by a projectile.

In Panama, police used tear gas on Monday to clear a blockade that striking banana workers had kept on the main road into Changuinola, in Bocas del Toro province, for nine days, and arrested 14 people, the national police said.

In El Salvador, police and soldiers arrested 19 suspected members of the Barrio 18 gang, among them a man police described as a local leader, in dawn raids on houses in Chalatenango on Wednesday, under the state of exception in force since 2022, the security minister said.

In Jamaica, police said they shot dead two gunmen in a shoot-out in the Denbigh area of May Pen on Thursday. On Friday, about 100 relatives and neighbours of the dead men marched peacefully to the May Pen police station with placards saying they had been unarmed.""", [
  E(cur, "Protest with intervention", "Federal immigration agents fired pepper balls and tear gas late on Saturday at about 300 people blocking the gates", P("Tacoma", "US"), "saturday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1, inj=1),
  E(cur, "Protest with intervention", "police used tear gas on Monday to clear a blockade that striking banana workers had kept on the main road into Changuinola", P("Changuinola", "PA", 2), "monday",
    a1="Protesters (Panama)", i1=6, a2=PAN_POL, i2=1),
  E(cur, "Arrests", "police and soldiers arrested 19 suspected members of the Barrio 18 gang", P("Chalatenango", "SV"), "wednesday",
    a1=SLV_POL, i1=1, a2="Barrio 18", i2=3, assoc_actor_1=SLV),
  E(cur, "Armed clash", "they shot dead two gunmen in a shoot-out in the Denbigh area of May Pen", P("May Pen", "JM", 2), "thursday",
    a1=JAM_POL, i1=1, a2="Unidentified Armed Group (Jamaica)", i2=3, fat=2),
  E(cur, "Peaceful protest", "about 100 relatives and neighbours of the dead men marched peacefully to the May Pen police station", P("May Pen", "JM"), "friday",
    a1="Protesters (Jamaica)", i1=6),
]),
]

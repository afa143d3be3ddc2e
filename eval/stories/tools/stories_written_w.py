"""Multi-event stories written for this project (issue 11), batch w: unseen by the coders in the session it was written
(2026-11-27/28 night, 23:00-02:00), the lead's measure of story generalisation, as batches s to v. Held-out news as it
looks — wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines,
a live blog, weekly round-ups and digests, a UN flash update, army and police releases — with events of every status
(current; background recalled by a year or "the attack"; threats and warnings; banned or planned marches; denied strikes;
photo captions), several events per story at different places and days, two or three countries, differing tolls
(a group's claim against an officer's), deaths in hospital, arrests on a later day after a riot, a killing by police and
the riot that follows it, a cross-border abduction and a cross-border detention the army acknowledges, clan fights and the
truce that ends them, crossfire victims, gang feuds. Countries the stories had least (Eritrea, Kuwait, Qatar, Saudi
Arabia, Rwanda, the Maldives, Seychelles, Azerbaijan, Belarus, Sao Tome and Principe, Equatorial Guinea, Bosnia and
Herzegovina, Montenegro, Albania, Denmark, Latvia, Iceland, Nicaragua, Costa Rica, Guatemala, the Dominican Republic,
the Bahamas, Guyana, Suriname, Gabon, the Republic of Congo, Lesotho, eSwatini, Malawi, Belgium, Slovakia, Hungary, East
Timor, China, Uzbekistan, Solomon Islands, Vanuatu, Cyprus, Malta, Croatia, Japan, Taiwan, Vietnam, Paraguay, Benin,
Ghana, Liberia, Sierra Leone, Guinea-Bissau, Mauritania, Tanzania, Burundi, Kazakhstan, Mongolia, Tunisia, France, the
Netherlands, Honduras, El Salvador, Bolivia, Lebanon's north, Jordan, Angola's Cabinda, Namibia, Turkey, Georgia, Armenia,
Algeria, Morocco, Egypt, Moldova, Kosovo, North Macedonia, New Caledonia, Fiji, New Zealand, Bahrain, Iraqi Kurdistan, Chile,
Argentina, Germany, Italy) and regions the conflict countries' stories lacked (South Kordofan and
South Darfur, Magway and Bago, Bakool and Hiiraan, Sindh, Odisha and West Bengal, Butembo, Centre-Nord and Cascades,
Segou, Enugu and Ebonyi, western Oromia and Benishangul-Gumuz, Eastern Equatoria and Warrap, Zhytomyr and Rivne,
Voronezh, Daraa, Dhi Qar and Basra, Veracruz and Oaxaca, Lahij, Northern Samar and Lanao del Sur, Karamoja and Turkana,
Narathiwat and Yala, Cameroon's Far North, Iran's West Azerbaijan and Khuzestan, Antioquia, the VRAEM, Sao Paulo's coast,
Amambay, Dak Lak, Okinawa, Atacora, Ghana's Northern region, Bong, the Chittagong Hill Tracts, northern Shan and Kachin).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ERI = "Military Forces of Eritrea (1993-)"; KWT_POL = "Police Forces of Kuwait (2023-)"; QAT_POL = "Police Forces of Qatar (2013-)"
SAU = "Military Forces of Saudi Arabia (2015-)"; ADF = "ADF: Allied Democratic Forces"; COD_POL = "Police Forces of Democratic Republic of Congo (2019-)"
RWA_POL = "Police Forces of Rwanda (2000-)"; MDV_POL = "Police Forces of Maldives (2023-)"; AZE_POL = "Police Forces of Azerbaijan (2003-)"
BLR_POL = "Police Forces of Belarus (1994-)"; STP_POL = "Police Forces of Sao Tome and Principe (2022-)"; GNQ_POL = "Police Forces of Equatorial Guinea (1979-)"

STORIES = [
S("st-w-001", "2026-02-12", """ERITREA-ETHIOPIA/
Eritrean soldiers shoot dead two young men fleeing to Sudan; three Tigrayan farmers taken across the border

NAIROBI, Feb 12 (Wire) - Eritrean soldiers opened fire on a group of young men trying to cross into Sudan at night near Teseney, in the west of the country, on Monday, killing two of them and wounding a third, who was carried across the border by the others, an exiled opposition website and a relative said. The men had been called up for national service, the relative said.

Eritrean border troops have long had orders to shoot people trying to leave the country without permission, according to UN investigators. Eritrea's information ministry did not reply to a request for comment.

Across the border in Ethiopia's Tigray region, Eritrean soldiers took three farmers from their fields near Adigrat on Saturday and marched them north across the border, local officials said. Their families have had no news of them since.

Eritrean troops fought alongside Ethiopia's federal army in the 2020-22 war in Tigray, and some units have stayed in border areas since the peace deal signed in Pretoria in November 2022.""", [
  E(cur, "Attack", "Eritrean soldiers opened fire on a group of young men trying to cross into Sudan at night near Teseney", P("Teseney", "ER", 2), "monday",
    a1=ERI, i1=1, a2="Civilians (Eritrea)", i2=7, fat=2, inj=1),
  E(cur, "Abduction/forced disappearance", "Eritrean soldiers took three farmers from their fields near Adigrat on Saturday", P("Adigrat", "ET", 2), "saturday",
    a1=ERI, i1=8, a2="Civilians (Ethiopia)", i2=7),
  E(bg, "Agreement", "the peace deal signed in Pretoria in November 2022", P("Pretoria", "ZA"), "2022-11-01", tp=3),
]),

S("st-w-002", "2026-03-09", """GULF IN BRIEF (2-8 March)

KUWAIT - State security officers arrested a rights activist at Kuwait International Airport, south of Kuwait City, on Tuesday as he returned from London, over posts on X criticising the suspension of parliament, his brother said. He was charged the next day with "undermining the authority of the Emir" and remains in custody.

QATAR - Police detained seven men on Wednesday after about 40 members of a tribe staged a sit-in outside the Shura Council building in Doha to demand that they be allowed to vote in the next council election, a relative of one of the men said. The others were sent home. Qatar's government communications office did not respond to questions.

SAUDI ARABIA - Saudi border guards shot dead four Ethiopian migrants and wounded three others as a group tried to cross from Yemen into Jizan province on Thursday night, a migrants' rights group said, citing survivors who made it back to Yemen. Saudi authorities did not comment. Rights groups have accused the guards of killing hundreds of migrants on the border since 2022, which Riyadh denies.

(Compiled by the Gulf desk)""", [
  E(cur, "Arrests", "State security officers arrested a rights activist at Kuwait International Airport", P("Kuwait City", "KW", 2), "tuesday",
    a1=KWT_POL, i1=1, a2="Civilians (Kuwait)", i2=7),
  E(cur, "Protest with intervention", "Police detained seven men on Wednesday after about 40 members of a tribe staged a sit-in outside the Shura Council building in Doha",
    P("Doha", "QA"), "wednesday", a1="Protesters (Qatar)", i1=6, a2=QAT_POL, i2=1),
  E(cur, "Attack", "Saudi border guards shot dead four Ethiopian migrants and wounded three others", P("Jizan", "SA", 3, geoname="Jizan"), "thursday",
    a1=SAU, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=4, inj=3),
], register="digest"),

S("st-w-003", "2026-04-22", """DR CONGO-RWANDA/
Suspected ADF rebels kill eight at funeral near Butembo; youths who blocked roads in protest are tear-gassed; Rwandan soldiers kill Congolese man at border

GOMA/KIGALI, April 22 (Wire) - Suspected fighters of the Allied Democratic Forces (ADF) attacked mourners at a funeral in a village about 15 km west of Butembo, in eastern Congo's North Kivu province, on Sunday night, killing eight people with machetes and guns, a local civil society leader said. The army put the toll at six.

On Monday, hundreds of young people blocked the main roads into Butembo with burning tyres and stones to protest against what they called the army's failure to protect villages. Police fired tear gas to reopen the roads and arrested 12 people, a police spokesman said. A motorcycle-taxi driver was hit by a tear gas canister and taken to hospital.

The ADF, which has pledged allegiance to Islamic State, has killed thousands of civilians in North Kivu and Ituri over the past decade.

On the border with Rwanda, Rwandan soldiers shot dead a Congolese man who was crossing from Goma into Gisenyi through a banana plantation on Saturday night, Congolese civil society groups said. The Rwandan army said he had been carrying contraband and had ignored orders to stop.""", [
  E(cur, "Attack", "Suspected fighters of the Allied Democratic Forces (ADF) attacked mourners at a funeral", P("Butembo", "CD", 2, a1="North Kivu"), "sunday",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=6),
  E(cur, "Violent demonstration", "hundreds of young people blocked the main roads into Butembo with burning tyres and stones", P("Butembo", "CD", 2, a1="North Kivu"), "monday",
    a1="Rioters (Democratic Republic of Congo)", i1=5, a2=COD_POL, i2=1, inj=1),
  E(cur, "Attack", "Rwandan soldiers shot dead a Congolese man who was crossing from Goma into Gisenyi", P("Gisenyi", "RW"), "saturday",
    a1="Military Forces of Rwanda (2000-)", i1=1, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=1),
]),

S("st-w-004", "2026-05-06", """MALDIVES-SEYCHELLES/
Mob beats Bangladeshi workers in Male after rumour; Seychelles coast guard holds Sri Lankan fishing crew

MALE, May 6 (Wire) - A crowd of several dozen men beat three Bangladeshi construction workers and smashed the windows of their lodging house in Male on Sunday night, after a rumour spread on social media that one of them had insulted a local woman, police said. Two of the workers were taken to hospital. Police said they had found no evidence for the rumour.

"Anyone who takes the law into their own hands will be prosecuted," the police commissioner told reporters on Monday, adding that officers were studying video footage to identify the attackers.

About a third of the Maldives' workforce are foreign workers, most of them from Bangladesh.

In Seychelles, the coast guard detained 12 Sri Lankan fishermen on Tuesday whose boat it found fishing without a licence about 40 nautical miles north of Victoria, and towed the vessel to port, the defence forces said. The crew will appear in court on Thursday.""", [
  E(cur, "Mob violence", "A crowd of several dozen men beat three Bangladeshi construction workers and smashed the windows of their lodging house in Male",
    P("Male", "MV"), "sunday", a1="Rioters (Maldives)", i1=5, a2="Civilians (Bangladesh)", i2=7, inj=2),
  E(cur, "Arrests", "the coast guard detained 12 Sri Lankan fishermen on Tuesday", P("Victoria", "SC", 2), "tuesday",
    a1="Military Forces of Seychelles (2025-)", i1=1, a2="Civilians (Sri Lanka)", i2=7),
]),

S("st-w-005", "2026-06-03", """Azerbaijani editor vanishes after plain-clothes officers bundle him into car; Belarus KGB holds 11 over chat messages

TBILISI — Men in plain clothes who identified themselves as police officers forced the editor of an independent Azerbaijani news website into a car outside his home in Baku on Friday evening, his wife said. Five days later, police deny holding him and his lawyer says nobody will tell him where his client is.

The editor had published articles about the property of officials' relatives. At least 25 journalists have been jailed in Azerbaijan since late 2023, according to press freedom groups, most of them on smuggling charges they reject.

In Belarus, officers of the KGB security service detained 11 people in Hrodna on Tuesday over comments they had posted in Telegram chats that the authorities have declared "extremist", the rights group Viasna said. State television later showed several of them apologising on camera.

More than 35,000 people were detained in Belarus during the mass protests that followed the disputed presidential election of August 2020.""", [
  E(cur, "Abduction/forced disappearance", "Men in plain clothes who identified themselves as police officers forced the editor of an independent Azerbaijani news website into a car",
    P("Baku", "AZ", a1="Baku"), "friday", a1=AZE_POL, i1=1, a2="Civilians (Azerbaijan)", i2=7),
  E(cur, "Arrests", "officers of the KGB security service detained 11 people in Hrodna on Tuesday", P("Hrodna", "BY"), "tuesday",
    a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
  unscored(E(bg, "Protest with intervention", "More than 35,000 people were detained in Belarus during the mass protests", C("BY"), "2020-08-01", tp=3,
             a1="Protesters (Belarus)", i1=6, a2=BLR_POL, i2=1), "actor2", "inter2"),
], register="local"),

S("st-w-006", "2026-07-15", """SAO TOME-EQUATORIAL GUINEA/
Tear gas in Sao Tome as youths riot over power cuts; opposition activist arrested in Mongomo

LIBREVILLE, July 15 (Wire) - Youths burned tyres, blocked streets with rubbish bins and threw stones at police in the capital of Sao Tome and Principe on Monday night after the state utility announced a new timetable of power cuts, witnesses said. Police fired tear gas and arrested 17 people. A police officer was hit on the head by a stone and taken to hospital.

The island nation of about 230,000 people has suffered daily blackouts for months because the utility cannot pay for fuel for its generators. The government has promised to bring in emergency generators by August.

In Equatorial Guinea, police arrested a member of the banned opposition party Citizens for Innovation (CI) in Mongomo, the president's home town, on Saturday, two days after he posted a video complaining about water shortages in the town, a party official in exile said. The government did not comment.""", [
  E(cur, "Violent demonstration", "Youths burned tyres, blocked streets with rubbish bins and threw stones at police", P("Sao Tome", "ST"), "monday",
    a1="Rioters (Sao Tome and Principe)", i1=5, a2=STP_POL, i2=1, inj=1),
  E(cur, "Arrests", "police arrested a member of the banned opposition party Citizens for Innovation (CI) in Mongomo", P("Mongomo", "GQ"), "saturday",
    a1=GNQ_POL, i1=1, a2="CI: Citizens for Innovation", i2=7),
]),
]

BIH_POL = "Police Forces of Bosnia and Herzegovina (1995-)"; ALB_POL = "Police Forces of Albania (2013-)"; LVA_POL = "Police Forces of Latvia (2023-)"
NIC_POL = "Police Forces of Nicaragua (2007-)"; GTM_POL = "Police Forces of Guatemala (2024-)"; DOM_POL = "Police Forces of Dominican Republic (2020-)"
GUY_POL = "Police Forces of Guyana (2020-)"; RSF = "Rapid Support Forces"; SDN = "Military Forces of Sudan (2019-)"

STORIES += [
S("st-w-007", "2026-08-26", """BALKANS/
Petrol bomb thrown at village mosque near Prijedor; Vlore town hall attacked after opposition rally, nine arrested

SARAJEVO/TIRANA, Aug 26 (Wire) - Unknown attackers threw a petrol bomb through a window of the mosque in a village near Prijedor, in Bosnia's Serb-run Republika Srpska, early on Sunday, scorching the prayer hall, the local Islamic community said. Nobody was inside. Police said they were looking for two men seen running from the building.

The Islamic community called the attack "an attempt to frighten the few Bosniak families who have come back" to the area, from which most non-Serbs were driven out during the 1992-95 war.

In Montenegro, several thousand people marched peacefully through Podgorica on Saturday to demand a public inquiry into a fatal shooting at a cafe earlier this year.

In Albania, opposition supporters threw stones and petrol bombs at the town hall in the port city of Vlore on Monday evening at the end of a rally against the mayor, setting fire to the entrance. Police used tear gas to push the crowd back and said five officers had been hurt. On Tuesday, police arrested nine men at their homes in Vlore over the violence and said they had been identified from video footage.""", [
  E(cur, "Looting/property destruction", "Unknown attackers threw a petrol bomb through a window of the mosque in a village near Prijedor", P("Prijedor", "BA", 2), "sunday",
    a1="Unidentified Armed Group (Bosnia and Herzegovina)", i1=3, a2="Civilians (Bosnia and Herzegovina)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "several thousand people marched peacefully through Podgorica on Saturday", P("Podgorica", "ME"), "saturday",
    a1="Protesters (Montenegro)", i1=6),
  E(cur, "Violent demonstration", "opposition supporters threw stones and petrol bombs at the town hall in the port city of Vlore on Monday evening", P("Vlore", "AL"), "monday",
    a1="Rioters (Albania)", i1=5, a2=ALB_POL, i2=1, inj=5),
  E(cur, "Arrests", "police arrested nine men at their homes in Vlore over the violence", P("Vlore", "AL"), "tuesday",
    a1=ALB_POL, i1=1, a2="Rioters (Albania)", i2=5),
]),

S("st-w-008", "2026-09-28", """NORDIC AND BALTIC WEEK (21-27 September)

DENMARK — A hand grenade was thrown at the door of a barber's shop in Copenhagen's Norrebro district on Tuesday night and exploded, shattering the shop window, police said. Nobody was hurt. Police linked the attack to a conflict between two criminal gangs and asked residents for video footage.

LATVIA — The State Security Service detained two Latvian citizens in Riga on Thursday on suspicion of gathering information on military sites for Russia's intelligence services. A court ordered them held for two months.

ICELAND — About 2,000 people rallied peacefully outside the parliament in Reykjavik on Saturday to oppose plans for large fish farms in the country's eastern fjords.

FINLAND — Police in Helsinki said on Sunday that they were investigating threats made online against a member of parliament who had called for tighter controls on the eastern border.""", [
  E(cur, "Grenade", "A hand grenade was thrown at the door of a barber's shop in Copenhagen's Norrebro district on Tuesday night", P("Copenhagen", "DK", 2), "tuesday",
    a1="Unidentified Armed Group (Denmark)", i1=3, a2="Civilians (Denmark)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "The State Security Service detained two Latvian citizens in Riga on Thursday", P("Riga", "LV"), "thursday",
    a1=LVA_POL, i1=1, a2="Civilians (Latvia)", i2=7),
  E(cur, "Peaceful protest", "About 2,000 people rallied peacefully outside the parliament in Reykjavik on Saturday", P("Reykjavik", "IS"), "saturday",
    a1="Protesters (Iceland)", i1=6),
], register="digest"),

S("st-w-009", "2026-10-14", """CENTRAL AMERICA/
Nicaraguan priest missing after police take him from church; three shot dead in Limon gang feud; Q'eqchi' road block cleared

SAN JOSE, Oct 14 (Wire) - Police in Nicaragua took a Catholic priest who ran a parish radio station from a village church near Esteli after Sunday mass and drove him away in a patrol truck, parishioners said. Three days later, the diocese says it does not know where he is being held, and the police have not said whether they have him.

Nicaragua has jailed or expelled dozens of priests and a bishop since 2022, accusing them of backing what the government calls a coup attempt in 2018.

In Costa Rica, gunmen shot dead three men and wounded a teenager sitting in a car at a petrol station in the Caribbean port of Limon on Saturday night, in what police called the latest attack in a turf war between two drug gangs.

In Guatemala, police fired tear gas on Monday to clear about 300 Q'eqchi' farmers who had blocked the highway near Coban for two days to demand the release of a community leader, and detained eight of them, the Human Rights Ombudsman's office said.""", [
  E(cur, "Abduction/forced disappearance", "Police in Nicaragua took a Catholic priest who ran a parish radio station from a village church near Esteli", P("Esteli", "NI", 2), "sunday",
    a1=NIC_POL, i1=1, a2="Civilians (Nicaragua)", i2=7),
  E(cur, "Attack", "gunmen shot dead three men and wounded a teenager sitting in a car at a petrol station", P("Limon", "CR"), "saturday",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=3, inj=1),
  E(cur, "Protest with intervention", "police fired tear gas on Monday to clear about 300 Q'eqchi' farmers who had blocked the highway near Coban", P("Coban", "GT", 2), "monday",
    a1="Protesters (Guatemala)", i1=6, a2=GTM_POL, i2=1),
]),

S("st-w-010", "2026-01-26", """SUDAN: South Kordofan and South Darfur — Flash Update No. 4
26 January 2026

HIGHLIGHTS
- At least seven civilians killed by shelling in Dilling on 22 January.
- Two national aid workers abducted on the Dilling-Kadugli road.
- Drone strike on a market in Nyala.

SITUATION OVERVIEW
On 22 January, artillery fire from Rapid Support Forces (RSF) positions north of the town hit residential neighbourhoods of Dilling, in South Kordofan, killing at least seven civilians, including three children, and injuring 15 others, according to local health authorities. Other local sources reported 10 deaths.

On 20 January, unidentified armed men stopped a vehicle on the road about 20 km north of Kadugli and abducted two Sudanese staff of a national NGO. Their whereabouts remain unknown.

On 24 January, a drone strike hit a fuel station and the surrounding market in Nyala, South Darfur, causing a large fire. Local sources attributed the strike to the Sudanese Armed Forces (SAF). The number of casualties is not yet known.

The RSF has told residents of Kadugli to leave the town, warning of a coming assault. Partners fear that renewed fighting could cut the last road linking Dilling and Kadugli.

This update was prepared by OCHA Sudan with humanitarian partners.""", [
  E(cur, "Shelling/artillery/missile attack", "artillery fire from Rapid Support Forces (RSF) positions north of the town hit residential neighbourhoods of Dilling",
    P("Dilling", "SD"), "2026-01-22", a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=7, inj=15),
  E(cur, "Abduction/forced disappearance", "abducted two Sudanese staff of a national NGO", P("Kadugli", "SD", 2), "2026-01-20",
    a1="Unidentified Armed Group (Sudan)", i1=3, a2="Civilians (Sudan)", i2=7),
  E(cur, "Air/drone strike", "a drone strike hit a fuel station and the surrounding market in Nyala", P("Nyala", "SD"), "2026-01-24",
    a1=SDN, i1=1, a2="Civilians (Sudan)", i2=7),
  unscored(E(thr, "Armed clash", "warning of a coming assault", P("Kadugli", "SD"), None, a1=RSF, i1=2), "event_date", "time_precision"),
  unscored(E(hyp, "Armed clash", "renewed fighting could cut the last road linking Dilling and Kadugli", P("Dilling", "SD", 2), None),
           "event_date", "time_precision", "location", "latitude", "longitude"),
], register="ngo"),
]

MMR = "Military Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"; SOM = "Military Forces of Somalia (2022-)"; SHABAAB = "Al Shabaab"
CLAN_SO = "Unidentified Clan Militia (Somalia)"; PAK_POL = "Police Forces of Pakistan (2024-)"; IND_POL = "Police Forces of India (2014-)"
MAOIST = "CPI (Maoist): Communist Party of India (Maoist)"

STORIES += [
S("st-w-011", "2026-02-27", """MYANMAR/
Air strike on monastery kills 11 displaced villagers in Magway; resistance fighters ambush army convoy near Taungoo

BANGKOK, Feb 27 (Wire) - A military jet bombed a Buddhist monastery sheltering displaced families in a village near Pakokku, in Myanmar's central Magway region, on Wednesday night, killing 11 people, among them four children, a local resistance group and a monk at the monastery said.

The junta's spokesman denied that the air force had carried out the strike, saying resistance forces had set off explosives they had stored in the building. Witnesses said they heard a jet before the blast.

In the Bago region, fighters of a local People's Defense Force (PDF) said they had ambushed an army convoy on the road south of Taungoo on Tuesday, killing at least eight soldiers and destroying two lorries. The military did not comment.

PHOTO: Monks and villagers search the rubble of the monastery near Pakokku on Thursday. (Wire)

Copyright 2026 Wire. All rights reserved.""", [
  E(cur, "Air/drone strike", "A military jet bombed a Buddhist monastery sheltering displaced families in a village near Pakokku", P("Pakokku", "MM", 2), "wednesday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=11),
  E(cur, "Armed clash", "they had ambushed an army convoy on the road south of Taungoo on Tuesday", P("Taungoo", "MM", 2), "tuesday",
    a1=PDF, i1=2, a2=MMR, i2=1, fat=8),
  unscored(E(cap, "Air/drone strike", "Monks and villagers search the rubble of the monastery near Pakokku on Thursday", P("Pakokku", "MM", 2), "wednesday",
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-w-012", "2026-03-31", """SOMALIA/
Roadside bomb kills four soldiers near Xuddur; 11 dead as sub-clans fight over well near Beledweyne

MOGADISHU, March 31 (Wire) - A roadside bomb hit a Somali army lorry about 10 km outside Xuddur, the capital of the south-western Bakool region, on Sunday, killing four soldiers, a military officer said. Al-Shabaab said it had carried out the attack and put the toll at 11.

In the central Hiiraan region, two sub-clans fought with rifles over a water well in villages near Beledweyne on Saturday and Sunday, killing nine people, elders said. Two of the wounded died in hospital in Beledweyne on Monday, raising the toll to 11.

Elders from both sides agreed on Monday evening to a ceasefire at a meeting in Beledweyne brokered by the regional administration, and government troops were sent to the area to separate the two sides.

Disputes over water and grazing have become more frequent in central Somalia after three failed rainy seasons.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb hit a Somali army lorry about 10 km outside Xuddur", P("Xuddur", "SO", 2), "sunday",
    a1=SHABAAB, i1=2, a2=SOM, i2=1, fat=4),
  E(cur, "Armed clash", "two sub-clans fought with rifles over a water well in villages near Beledweyne on Saturday and Sunday", P("Beledweyne", "SO", 2), "saturday", tp=2,
    a1=CLAN_SO, i1=4, a2=CLAN_SO, i2=4, fat=11),
  E(cur, "Agreement", "Elders from both sides agreed on Monday evening to a ceasefire at a meeting in Beledweyne", P("Beledweyne", "SO"), "monday",
    a1=CLAN_SO, i1=4, a2=CLAN_SO, i2=4),
]),

S("st-w-013", "2026-04-08", """PAKISTAN/
Guard killed as gunmen fire on Chinese engineers' van in Karachi; police round up TLP workers before banned march

KARACHI, April 8 (Wire) - Two gunmen on a motorcycle fired on a van carrying Chinese engineers to a power plant in Karachi's Port Qasim area on Monday morning, killing a private security guard who was escorting the van and wounding its driver, police said. The three engineers were unhurt. The Balochistan Liberation Army (BLA) said it had carried out the attack.

China has repeatedly asked Pakistan to improve the protection of its nationals after a series of attacks, including a suicide bombing near Karachi airport in October 2024 that killed two Chinese engineers.

In Lahore, police arrested more than 40 members of the Tehreek-e-Labbaik Pakistan (TLP) in raids on their homes on Tuesday night, a day before a march on Islamabad that the group had called and the Punjab government has banned. TLP leaders said the march would go ahead "whatever the cost".""", [
  E(cur, "Attack", "Two gunmen on a motorcycle fired on a van carrying Chinese engineers to a power plant in Karachi's Port Qasim area", P("Karachi", "PK", 2), "monday",
    a1="BLA: Balochistan Liberation Army", i1=2, a2="Civilians (China)", i2=7, fat=1, inj=1),
  unscored(E(bg, "Suicide bomb", "a suicide bombing near Karachi airport in October 2024", P("Karachi", "PK", 2), "2024-10-01", tp=3, a2="Civilians (China)", i2=7, fat=2),
           "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Arrests", "police arrested more than 40 members of the Tehreek-e-Labbaik Pakistan (TLP) in raids on their homes on Tuesday night", P("Lahore", "PK"), "tuesday",
    a1=PAK_POL, i1=1, a2="TLP: Tehreek-e-Labbaik Pakistan", i2=3),
  unscored(E(hyp, "Peaceful protest", "a march on Islamabad that the group had called and the Punjab government has banned", P("Islamabad", "PK"), 0,
             a1="Protesters (Pakistan)", i1=6), "event_date", "time_precision"),
]),

S("st-w-014", "2026-05-20", """INDIA/
Three Maoists killed in Odisha gunfight; vehicles torched near Koraput; 14 hurt as party workers clash in Bengal

BHUBANESWAR, May 20 (Wire) - Police commandos killed three Maoist insurgents in a gunfight in a forest in Odisha's Kandhamal district on Monday morning, the state's police chief said. One commando was wounded in the leg. Two rifles were recovered.

On Sunday night, suspected Maoists set fire to two excavators and a lorry at a road construction site near Koraput, in the south of the state, after chasing away the workers, police said. Nobody was hurt.

In West Bengal, supporters of the Trinamool Congress and the Bharatiya Janata Party (BJP) fought with sticks and stones in Dinhata, in Cooch Behar district, on Tuesday, after a dispute over party flags put up for a local election. Fourteen people were hurt and police arrested six people the same night.""", [
  E(cur, "Armed clash", "Police commandos killed three Maoist insurgents in a gunfight in a forest in Odisha's Kandhamal district on Monday morning",
    P("Kandhamal", "IN", 3, lat=20.47, lon=84.23, a1="Odisha", a2="Kandhamal"), "monday", a1=IND_POL, i1=1, a2=MAOIST, i2=2, fat=3, inj=1),
  E(cur, "Looting/property destruction", "suspected Maoists set fire to two excavators and a lorry at a road construction site near Koraput", P("Koraput", "IN", 2), "sunday",
    a1=MAOIST, i1=2, a2="Civilians (India)", i2=7, fat=0, inj=0),
  E(cur, "Mob violence", "supporters of the Trinamool Congress and the Bharatiya Janata Party (BJP) fought with sticks and stones in Dinhata", P("Dinhata", "IN"), "tuesday",
    a1="Rioters (India)", i1=5, a2="Rioters (India)", i2=5, inj=14),
]),

S("st-w-015", "2026-06-24", """CARIBBEAN/
Santiago residents riot after police shoot dead motorcycle-taxi driver; one killed at Nassau car wash in gang reprisal

SANTO DOMINGO, June 24 (Wire) - Police in the Dominican Republic shot dead a 19-year-old motorcycle-taxi driver who they said had failed to stop at a checkpoint in Santiago de los Caballeros on Sunday night. His family said he was unarmed and had been shot in the back.

On Monday, hundreds of residents of his neighbourhood set tyres alight and threw stones at police, who fired tear gas and buckshot to disperse them. Four people were hurt. The police chief said the officers involved had been suspended while the shooting was investigated.

In the Bahamas, gunmen opened fire on workers at a car wash in Nassau on Saturday afternoon, killing one man and wounding three, in what police said was a reprisal in a feud between two gangs.

In Guyana, police fired tear gas on Tuesday to clear residents who had blocked the main road through Linden for a second day to demand that the town's bauxite workers be paid overdue wages, and detained five of them.""", [
  E(cur, "Attack", "Police in the Dominican Republic shot dead a 19-year-old motorcycle-taxi driver", P("Santiago de los Caballeros", "DO"), "sunday",
    a1=DOM_POL, i1=1, a2="Civilians (Dominican Republic)", i2=7, fat=1),
  E(cur, "Violent demonstration", "hundreds of residents of his neighbourhood set tyres alight and threw stones at police", P("Santiago de los Caballeros", "DO", 2), "monday",
    a1="Rioters (Dominican Republic)", i1=5, a2=DOM_POL, i2=1, inj=4),
  E(cur, "Attack", "gunmen opened fire on workers at a car wash in Nassau on Saturday afternoon", P("Nassau", "BS"), "saturday",
    a1="Unidentified Armed Group (Bahamas)", i1=3, a2="Civilians (Bahamas)", i2=7, fat=1, inj=3),
  E(cur, "Protest with intervention", "police fired tear gas on Tuesday to clear residents who had blocked the main road through Linden", P("Linden", "GY"), "tuesday",
    a1="Protesters (Guyana)", i1=6, a2=GUY_POL, i2=1),
]),
]

BFA = "Military Forces of Burkina Faso (2022-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"; VDP = "VDP: Volunteers for the Defense of the Homeland"
MLI = "Military Forces of Mali (2021-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; ETH = "Military Forces of Ethiopia (2018-)"; OLA = "OLA: Oromo Liberation Army"
SSD = "Military Forces of South Sudan (2011-)"; COMM_SS = "Unidentified Communal Militia (South Sudan)"; COG_POL = "Police Forces of Republic of Congo (1997-)"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"

STORIES += [
S("st-w-016", "2026-01-15", """BURKINA FASO/
Army says jets killed dozens of jihadists north of Kaya, denies market strike; JNIM claims attack on volunteers near Banfora

OUAGADOUGOU, Jan 15 (Wire) - Burkina Faso's army said on Wednesday that its aircraft had struck a column of JNIM fighters on motorcycles in the bush about 30 km north of Kaya, in the Centre-Nord region, on Monday, "neutralising several dozen terrorists". The statement gave no other details, and the toll could not be independently confirmed.

The army also denied reports on social media that one of its drones had hit a weekly market in a village near Kaya the same day, calling them "lies spread by the enemy's propaganda".

The al Qaeda-linked JNIM said in a statement on Tuesday that its fighters had attacked a post of the Volunteers for the Defence of the Homeland (VDP), the army's civilian auxiliaries, in a village near Banfora, in the south-west, on Sunday, killing 14 volunteers and seizing weapons. A local official said nine volunteers and two civilians had been killed.

Attacks in the south-west, near the borders with Ivory Coast and Mali, have increased over the past year as the group has pushed beyond its strongholds in the north and east.""", [
  E(cur, "Air/drone strike", "its aircraft had struck a column of JNIM fighters on motorcycles in the bush about 30 km north of Kaya", P("Kaya", "BF", 2), "monday",
    a1=BFA, i1=1, a2=JNIM, i2=2, fat=12),
  unscored(E(neg, "Air/drone strike", "one of its drones had hit a weekly market in a village near Kaya the same day", P("Kaya", "BF", 2), "monday", a1=BFA, i1=1),
           "fatalities", "injuries"),
  E(cur, "Armed clash", "its fighters had attacked a post of the Volunteers for the Defence of the Homeland (VDP)", P("Banfora", "BF", 2), "sunday",
    a1=JNIM, i1=2, a2=VDP, i2=3, fat=11),
]),

S("st-w-017", "2026-02-20", """MALI/
Dozo hunters and jihadists fight near San; relatives say soldiers and Russian fighters took away 11 Fulani men near Niono

BAMAKO, Feb 20 (Wire) - Dozo traditional hunters fought fighters of the Katiba Macina, a unit of the al Qaeda-linked JNIM, for several hours on Sunday near a village about 20 km east of San, in central Mali's Segou region, after the jihadists tried to drive off the village's cattle, local officials said. Six hunters and at least four jihadists were killed.

Near Niono, Malian soldiers and fighters of Russia's Africa Corps rounded up 11 Fulani herders at a cattle camp on Monday and drove them away in military vehicles, relatives said. Four days later, the army has not said where the herders are, and relatives who asked at the Niono military camp were turned away. The army did not respond to a request for comment.

Human rights groups have accused the army and its Russian allies of killing hundreds of civilians, most of them Fulani, since 2022, including in the village of Moura, where more than 500 people were killed over five days in March 2022.""", [
  E(cur, "Armed clash", "Dozo traditional hunters fought fighters of the Katiba Macina", P("San", "ML", 2), "sunday",
    a1="Dozo Communal Militia (Mali)", i1=4, a2="Katiba Macina", i2=2, fat=10),
  E(cur, "Abduction/forced disappearance", "Malian soldiers and fighters of Russia's Africa Corps rounded up 11 Fulani herders at a cattle camp", P("Niono", "ML", 2), "monday",
    a1=MLI, i1=1, a2="Civilians (Mali)", i2=7, assoc_actor_1="Africa Corps"),
  unscored(E(bg, "Attack", "more than 500 people were killed over five days in March 2022", C("ML"), "2022-03-01", tp=3, a2="Civilians (Mali)", i2=7, fat=500),
           "actor1", "inter1"),
]),

S("st-w-018", "2026-03-18", """NIGERIA: GUNMEN ENFORCING 'SIT-AT-HOME' KILL TWO TRADERS IN ENUGU; POLICE SAY FIVE GUNMEN SHOT DEAD IN EBONYI RAID

ENUGU — Gunmen enforcing a "sit-at-home" order called by a faction of the separatist Indigenous People of Biafra (IPOB) shot dead two traders who had opened their shops at a market in Enugu on Monday and set fire to a bus, police said.

The faction had warned on social media that anyone who opened a shop or ran a bus on Monday would "face the consequences". The main IPOB leadership said the order was not theirs and blamed "criminals".

Police said on Tuesday that officers had raided a camp of the gunmen in a forest near Abakaliki, in neighbouring Ebonyi State, killing five of them in a gunfight and recovering six rifles. One officer was wounded.

Traders in Nsukka said they would keep their shops shut next Monday "to stay alive".""", [
  unscored(E(cur, "Attack", "Gunmen enforcing a \"sit-at-home\" order called by a faction of the separatist Indigenous People of Biafra (IPOB) shot dead two traders", P("Enugu", "NG"), "monday",
             a1="IPOB: Indigenous People of Biafra", i1=3, a2="Civilians (Nigeria)", i2=7, fat=2), "actor1", "inter1"),
  unscored(E(thr, "Attack", "anyone who opened a shop or ran a bus on Monday would \"face the consequences\"", P("Enugu", "NG"), "monday", a2="Civilians (Nigeria)", i2=7),
           "event_date", "time_precision"),
  E(cur, "Armed clash", "officers had raided a camp of the gunmen in a forest near Abakaliki", P("Abakaliki", "NG", 2), "tuesday", tp=2,
    a1=NGA_POL, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=5, inj=1),
], register="local"),

S("st-w-019", "2026-04-15", """ETHIOPIA/
Gunmen abduct 23 bus passengers in western Oromia; government blames OLA, which denies it

ADDIS ABABA, April 15 (Wire) - Gunmen stopped a bus travelling from Addis Ababa to Gimbi about 15 km east of the town on Sunday, in Ethiopia's western Oromia region, and took away 23 passengers, most of them university students going home for the holiday, a relative of one of the passengers and a local official said. The kidnappers have since telephoned families demanding ransoms.

The regional government blamed the Oromo Liberation Army (OLA). The rebel group denied any role and said the abduction was the work of "criminal gangs".

In the neighbouring Benishangul-Gumuz region, federal soldiers clashed with unidentified gunmen near Asosa on Monday, the regional police said, without giving a toll.

The OLA has fought the government since 2018. Two rounds of peace talks in Tanzania in 2023 ended without a deal.""", [
  E(cur, "Abduction/forced disappearance", "Gunmen stopped a bus travelling from Addis Ababa to Gimbi about 15 km east of the town on Sunday", P("Gimbi", "ET", 2, a1="Oromia"), "sunday",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Armed clash", "federal soldiers clashed with unidentified gunmen near Asosa on Monday", P("Asosa", "ET", 2), "monday",
    a1=ETH, i1=1, a2="Unidentified Armed Group (Ethiopia)", i2=3),
]),

S("st-w-020", "2026-05-16", """SOUTH SUDAN/
Nine killed as raiders fight herders near Kapoeta; soldiers clear Toposa youths' road block; Tonj curfew extended

JUBA, May 16 (Wire) - Armed youths from a neighbouring community raided cattle camps near Kapoeta, in South Sudan's Eastern Equatoria state, before dawn on Tuesday and fought the camps' armed herders for several hours, killing nine people, among them two children caught in the crossfire, county officials said. The raiders drove off about 400 head of cattle.

On Wednesday, dozens of Toposa youths blocked the road between Kapoeta and Torit with logs and stones to demand that the state government recover the cattle, stopping lorries carrying food aid. Soldiers fired into the air to clear the road and arrested four of them.

In Warrap state, the governor on Thursday extended by another month a dusk-to-dawn curfew in Tonj county that was first imposed in April after a series of revenge killings.

The UN mission in South Sudan said it would send a patrol to Kapoeta next week.""", [
  E(cur, "Armed clash", "Armed youths from a neighbouring community raided cattle camps near Kapoeta", P("Kapoeta", "SS", 2), "tuesday",
    a1=COMM_SS, i1=4, a2=COMM_SS, i2=4, fat=9),
  E(cur, "Protest with intervention", "dozens of Toposa youths blocked the road between Kapoeta and Torit with logs and stones", P("Kapoeta", "SS", 2), "wednesday",
    a1="Protesters (South Sudan)", i1=6, a2=SSD, i2=1),
  E(cur, "Other", "the governor on Thursday extended by another month a dusk-to-dawn curfew in Tonj county", P("Tonj", "SS", 3, geoname="Tonj"), "thursday",
    a1="Government of South Sudan (2011-)", i1=1),
  unscored(E(bg, "Other", "first imposed in April after a series of revenge killings", P("Tonj", "SS", 3, geoname="Tonj"), "2026-04-01", tp=3,
             a1="Government of South Sudan (2011-)", i1=1), "event_date", "time_precision"),
]),

S("st-w-021", "2026-06-17", """CONGO REPUBLIC-GABON/
Pointe-Noire youths stone police after four days without water; two gendarmes killed at Kinkala checkpoint; Libreville teachers march

BRAZZAVILLE, June 17 (Wire) - Young men burned tyres, threw stones at police and ransacked the local office of the state water company in the Loandjili district of Pointe-Noire on Monday, after a fourth day without running water, residents said. Police fired tear gas and shot into the air; two people were hurt.

The water company said a broken main had been repaired on Tuesday and that supply would return "within 48 hours".

In the Pool region, where a rebellion by Pastor Ntumi's "Ninja" militia ended with a ceasefire in December 2017, gunmen attacked a checkpoint manned by gendarmes at the entrance of Kinkala, the regional capital, on Saturday night, killing two gendarmes, police said. The attackers fled into the forest.

In Gabon, several thousand teachers marched peacefully through Libreville on Tuesday to demand the payment of salary arrears, their third march since April.""", [
  E(cur, "Violent demonstration", "Young men burned tyres, threw stones at police and ransacked the local office of the state water company in the Loandjili district of Pointe-Noire", P("Pointe-Noire", "CG", 2), "monday",
    a1="Rioters (Republic of Congo)", i1=5, a2=COG_POL, i2=1, inj=2),
  unscored(E(bg, "Agreement", "ended with a ceasefire in December 2017", P("Pool", "CG", 3, geoname="Kinkala"), "2017-12-01", tp=3), "location", "latitude", "longitude"),
  E(cur, "Armed clash", "gunmen attacked a checkpoint manned by gendarmes at the entrance of Kinkala", P("Kinkala", "CG", 2), "saturday",
    a1="Unidentified Armed Group (Republic of Congo)", i1=3, a2=COG_POL, i2=1, fat=2),
  E(cur, "Peaceful protest", "several thousand teachers marched peacefully through Libreville on Tuesday", P("Libreville", "GA"), "tuesday",
    a1="Protesters (Gabon)", i1=6),
]),

S("st-w-022", "2026-07-08", """LIVE: Russia-Ukraine war — Wednesday 8 July

18:20 — A Russian drone hit an electricity substation on the outskirts of Zhytomyr this afternoon, cutting power to parts of the city, the regional governor says. Nobody was hurt.

15:05 — Ukraine's air force says Russia launched 112 drones and four missiles overnight, of which 96 drones and all the missiles were shot down or jammed.

12:40 — In Russia, the governor of the Voronezh region says a Ukrainian drone attack set fire to a fuel depot in the south of the region overnight, injuring two workers. Ukraine's General Staff says it struck the depot because it supplied Russian forces.

10:10 — A missile struck a nine-storey apartment building in Rivne early this morning, killing three people and injuring 11, the city's mayor says. Rescuers are still searching the rubble.

09:30 — PHOTO: Firefighters work at the damaged apartment building in Rivne. (Wire)""", [
  E(cur, "Air/drone strike", "A Russian drone hit an electricity substation on the outskirts of Zhytomyr this afternoon", P("Zhytomyr", "UA", 2), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Air/drone strike", "a Ukrainian drone attack set fire to a fuel depot in the south of the region overnight", P("Voronezh", "RU", 3, geoname="Voronezh", a1="Voronezh"), 0, tp=2,
             a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=2), "actor2", "inter2"),
  E(cur, "Shelling/artillery/missile attack", "A missile struck a nine-storey apartment building in Rivne early this morning", P("Rivne", "UA", admin1="Rivne"), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=3, inj=11),
  unscored(E(cap, "Shelling/artillery/missile attack", "Firefighters work at the damaged apartment building in Rivne", P("Rivne", "UA", admin1="Rivne"), 0,
             a1=RUS, i1=8), "fatalities", "injuries", "geo_precision"),
], register="live"),
]

ISR = "Military Forces of Israel (2022-)"; SYR_POL = "Police Forces of Syria (2024-)"; IRQ_POL = "Police Forces of Iraq (2022-)"; TRIBE_IQ = "Unidentified Tribal Militia (Iraq)"
SUR_POL = "Police Forces of Suriname (2025-)"; CLAN_PG = "Unidentified Clan Militia (Papua New Guinea)"

STORIES += [
S("st-w-023", "2026-08-12", """SYRIA-ISRAEL/
Israeli troops detain water engineer and driver near Khan Arnabah; gunmen kill former rebel commander in Daraa province

DAMASCUS, Aug 12 (Wire) - Israeli soldiers crossed into Syria's Quneitra province on Monday and detained a municipal water engineer and his driver who were inspecting a pumping station near Khan Arnabah, taking them back across the ceasefire line in their own car, Syria's state news agency SANA said. The Israeli military said the two had been "operating near its forces" and were being questioned.

Israel has kept troops in a buffer zone on the Syrian side of the line since the fall of Bashar al-Assad in December 2024, and says it will not allow hostile forces to deploy near its border.

In the southern province of Daraa, gunmen on a motorcycle shot dead a former rebel commander who had joined the new government's General Security service outside his home in Jasim on Sunday evening, a local monitoring group said. No group claimed the killing.""", [
  E(cur, "Arrests", "Israeli soldiers crossed into Syria's Quneitra province on Monday and detained a municipal water engineer and his driver", P("Khan Arnabah", "SY", 2), "monday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7),
  E(cur, "Armed clash", "gunmen on a motorcycle shot dead a former rebel commander who had joined the new government's General Security service", P("Jasim", "SY"), "sunday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2=SYR_POL, i2=1, fat=1),
]),

S("st-w-024", "2026-09-15", """IRAQ/
Graduates stone police at Nasiriyah government building; four killed as tribes fight over farmland near Qurna

BASRA, Iraq, Sept 15 (Wire) - Hundreds of unemployed university graduates threw stones at police and tried to force their way into the provincial government building in Nasiriyah, the capital of Dhi Qar province, on Monday, demanding public sector jobs. Police fired tear gas and used water cannon; eleven protesters and four police officers were hurt, a health official said.

Graduates in Nasiriyah have held near-daily rallies since July. They have vowed to block the main highway to Baghdad next week if the government does not respond.

In the north of Basra province, members of two tribes fought with machine guns and hand grenades over the ownership of farmland near Qurna on Saturday, killing four people and wounding seven, police said. Army units were sent to separate the two sides, and police said on Monday that they had arrested 12 men suspected of taking part in the fighting.""", [
  E(cur, "Violent demonstration", "Hundreds of unemployed university graduates threw stones at police and tried to force their way into the provincial government building in Nasiriyah",
    P("Nasiriyah", "IQ", geoname="An Nasiriyah"), "monday", a1="Rioters (Iraq)", i1=5, a2=IRQ_POL, i2=1, inj=15),
  unscored(E(hyp, "Peaceful protest", "They have vowed to block the main highway to Baghdad next week", P("Nasiriyah", "IQ", 2, geoname="An Nasiriyah"), 7,
             a1="Protesters (Iraq)", i1=6), "event_date", "time_precision"),
  E(cur, "Armed clash", "members of two tribes fought with machine guns and hand grenades over the ownership of farmland near Qurna", P("Qurna", "IQ", 2, geoname="Al Qurnah", a1="Basra"), "saturday",
    a1=TRIBE_IQ, i1=4, a2=TRIBE_IQ, i2=4, fat=4, inj=7),
  unscored(E(cur, "Arrests", "they had arrested 12 men suspected of taking part in the fighting", P("Qurna", "IQ", 2, geoname="Al Qurnah", a1="Basra"), "monday", tp=2,
             a1=IRQ_POL, i1=1, a2=TRIBE_IQ, i2=4), "actor2", "inter2"),
]),

S("st-w-025", "2026-10-21", """SURINAME/
Police remove fuel-price protesters from parliament steps; opposition marches on presidential palace

PARAMARIBO, Oct 21 (Wire) - Police in Suriname used batons and pepper spray on Monday to remove about 100 people who had occupied the steps of the National Assembly in Paramaribo to protest against a rise in fuel prices, and detained nine of them, the protest organisers said. Police said officers had been insulted and pushed.

On Tuesday, several thousand supporters of opposition parties marched peacefully from the Independence Square to the presidential palace to hand over a petition against the price rise.

The main trade union federation has threatened a general strike if the government does not reverse the increase by the end of the month.""", [
  E(cur, "Protest with intervention", "Police in Suriname used batons and pepper spray on Monday to remove about 100 people", P("Paramaribo", "SR"), "monday",
    a1="Protesters (Suriname)", i1=6, a2=SUR_POL, i2=1),
  E(cur, "Peaceful protest", "several thousand supporters of opposition parties marched peacefully from the Independence Square to the presidential palace", P("Paramaribo", "SR"), "tuesday",
    a1="Protesters (Suriname)", i1=6),
]),

S("st-w-026", "2026-11-04", """PACIFIC/
Seven killed as clans fight outside Tari; Auki crowd loots Chinese traders' shops; Port Vila march for West Papua

PORT MORESBY, Nov 4 (Wire) - Seven men were killed on Saturday when fighters of two clans exchanged fire with high-powered rifles in villages outside Tari, the capital of Papua New Guinea's Hela province, police said. Houses and food gardens were burned. Police said they had sent a unit of 40 officers to the area on Sunday.

In Solomon Islands, a crowd looted and burned three shops owned by Chinese traders in Auki, the capital of Malaita province, on Monday after a quarrel between a shop owner and a customer, police said. Police said 14 people had been arrested.

In Vanuatu, about 1,000 people marched peacefully through Port Vila on Tuesday in support of independence for West Papua.""", [
  E(cur, "Armed clash", "fighters of two clans exchanged fire with high-powered rifles in villages outside Tari", P("Tari", "PG", 2), "saturday",
    a1=CLAN_PG, i1=4, a2=CLAN_PG, i2=4, fat=7),
  E(cur, "Mob violence", "a crowd looted and burned three shops owned by Chinese traders in Auki", P("Auki", "SB"), "monday",
    a1="Rioters (Solomon Islands)", i1=5, a2="Civilians (China)", i2=7),
  E(cur, "Peaceful protest", "about 1,000 people marched peacefully through Port Vila on Tuesday", P("Port Vila", "VU"), "tuesday",
    a1="Protesters (Vanuatu)", i1=6),
], register="digest"),
]

SWZ_POL = "Police Forces of eSwatini (1986-)"; MWI_POL = "Police Forces of Malawi (2025-)"; BEL_POL = "Police Forces of Belgium (2025-)"
TLS_POL = "Police Forces of East Timor (2023-)"; CHN_POL = "Police Forces of China (2012-)"; ISR_POL = "Police Forces of Israel (2022-)"
UZB_POL = "Police Forces of Uzbekistan (2016-)"; MEX_POL = "Police Forces of Mexico (2024-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
PHL = "Military Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"

STORIES += [
S("st-w-027", "2026-01-28", """SOUTHERN AFRICA/
Gunmen kill four at Mohale's Hoek taxi rank in famo gang feud; eSwatini police open fire on Manzini march; Mangochi riot

MASERU/MBABANE, Jan 28 (Wire) - Gunmen shot dead four men at a taxi rank in Mohale's Hoek, in southern Lesotho, on Saturday afternoon and wounded a street vendor, police said. Police linked the attack to a long-running feud between rival famo music gangs, which have killed hundreds of people in Lesotho's lowlands and in mining towns in South Africa.

In eSwatini, police fired live ammunition and tear gas on Monday at about 500 people marching in Manzini to deliver a petition calling for multi-party elections, killing one marcher and wounding six, the organisers said. Witnesses said the march had been peaceful until police opened fire. Police said officers had been attacked with stones and had fired rubber bullets.

In Malawi, residents of Mangochi burned a police vehicle and threw stones at the town's police station on Tuesday after a young man died in police custody, police said. Officers fired tear gas to disperse them.""", [
  E(cur, "Attack", "Gunmen shot dead four men at a taxi rank in Mohale's Hoek", P("Mohale's Hoek", "LS"), "saturday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=4, inj=1),
  E(cur, "Excessive force against protesters", "police fired live ammunition and tear gas on Monday at about 500 people marching in Manzini", P("Manzini", "SZ"), "monday",
    a1="Protesters (eSwatini)", i1=6, a2=SWZ_POL, i2=1, fat=1, inj=6),
  E(cur, "Violent demonstration", "residents of Mangochi burned a police vehicle and threw stones at the town's police station on Tuesday", P("Mangochi", "MW"), "tuesday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1),
]),

S("st-w-028", "2026-05-12", """EUROPE/
Two wounded in Brussels shooting blamed on drug gangs; Budapest police ban opposition march; Bratislava rally

BRUSSELS, May 12 (Wire) - Two young men were wounded late on Sunday when gunmen fired a burst from an automatic rifle at a group standing outside a metro station in the Saint-Gilles district of Brussels, prosecutors said, describing it as the latest episode in a war between drug gangs over dealing spots. The gunmen escaped on foot.

Police arrested three men in raids on flats in Saint-Gilles and Forest on Monday over the shooting, prosecutors said.

In Hungary, police banned a march that opposition groups had planned for Saturday in Budapest, citing a new law on the protection of children. The organisers said they would gather anyway.

In Slovakia, tens of thousands of people rallied peacefully in Bratislava and other cities on Saturday against the government's overhaul of the public broadcaster.""", [
  E(cur, "Attack", "gunmen fired a burst from an automatic rifle at a group standing outside a metro station in the Saint-Gilles district of Brussels", P("Brussels", "BE", 2), "sunday",
    a1="Unidentified Armed Group (Belgium)", i1=3, a2="Civilians (Belgium)", i2=7, inj=2),
  E(cur, "Arrests", "Police arrested three men in raids on flats in Saint-Gilles and Forest on Monday over the shooting", P("Brussels", "BE", 2), "monday",
    a1=BEL_POL, i1=1, a2="Unidentified Armed Group (Belgium)", i2=3),
  unscored(E(hyp, "Peaceful protest", "a march that opposition groups had planned for Saturday in Budapest", P("Budapest", "HU"), 4, a1="Protesters (Hungary)", i1=6),
           "event_date", "time_precision"),
  E(cur, "Peaceful protest", "tens of thousands of people rallied peacefully in Bratislava and other cities on Saturday", P("Bratislava", "SK"), "saturday",
    a1="Protesters (Slovakia)", i1=6),
]),

S("st-w-029", "2026-04-29", """EAST TIMOR-CHINA/
Dili police fire tear gas at students marching over bus fares; Guangdong villagers stone riot police sent to clear land

DILI/HONG KONG, April 29 (Wire) - Police in East Timor fired tear gas and detained 11 students on Monday as several hundred of them tried to march to the government palace in Dili to protest against a doubling of bus fares, a student leader said.

In southern China, hundreds of villagers threw stones and bricks at riot police who had come to clear farmland for an industrial park in a village outside Zhanjiang, in Guangdong province, on Saturday, according to videos posted on social media and a villager reached by telephone. Police beat villagers with batons and took away at least 20 people. Local authorities did not respond to requests for comment.

Protests over land taken for development are among the most common causes of unrest in rural China, though they are rarely reported by state media.""", [
  E(cur, "Protest with intervention", "Police in East Timor fired tear gas and detained 11 students on Monday", P("Dili", "TL"), "monday",
    a1="Protesters (East Timor)", i1=6, a2=TLS_POL, i2=1),
  E(cur, "Violent demonstration", "hundreds of villagers threw stones and bricks at riot police who had come to clear farmland", P("Zhanjiang", "CN", 2), "saturday",
    a1="Rioters (China)", i1=5, a2=CHN_POL, i2=1),
]),

S("st-w-030", "2026-05-27", """ISRAEL-WEST BANK/
Police water-cannon ultra-Orthodox protesters blocking entrance to Jerusalem over draft; settlers torch cars in village near Nablus

JERUSALEM, May 27 (Wire) - Israeli police used water cannon and horses on Tuesday to clear thousands of ultra-Orthodox men who had blocked the main road at the entrance to Jerusalem for several hours to protest against the arrest of yeshiva students who had refused to report for military service. Police said 18 protesters had been detained and two officers hurt.

In the occupied West Bank, Israeli settlers set fire to four cars and sprayed graffiti on the walls of houses in a Palestinian village south of Nablus before dawn on Monday, the village council said. Nobody was hurt. The Israeli military said soldiers had been sent to the village after the attack and that police were investigating.

A Palestinian man was shot dead by Israeli troops near the village in a separate incident in March, residents said.""", [
  E(cur, "Protest with intervention", "Israeli police used water cannon and horses on Tuesday to clear thousands of ultra-Orthodox men who had blocked the main road at the entrance to Jerusalem",
    P("Jerusalem", "IL", 2), "tuesday", a1="Protesters (Israel)", i1=6, a2=ISR_POL, i2=1, inj=2),
  E(cur, "Looting/property destruction", "Israeli settlers set fire to four cars and sprayed graffiti on the walls of houses in a Palestinian village south of Nablus",
    P("Nablus", "PS", 2), "monday", a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(bg, "Attack", "A Palestinian man was shot dead by Israeli troops near the village in a separate incident in March", P("Nablus", "PS", 2), "2026-03-01", tp=3,
    a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=1),
]),

S("st-w-031", "2026-07-03", """UZBEKISTAN/
Karakalpak activists detained in Nukus before anniversary of 2022 unrest; rally banned

ALMATY — Police in Nukus, the capital of Uzbekistan's autonomous Karakalpakstan region, detained five activists on Tuesday who had called online for a rally on Saturday to mark the anniversary of the July 2022 protests, relatives said. A court jailed three of them for 15 days the next day for "petty hooliganism".

The regional interior ministry said any gathering on Saturday would be "unauthorised" and would be stopped.

At least 21 people were killed in July 2022 when security forces put down protests in Nukus against plans to remove Karakalpakstan's right to secede from the constitution. The plans were dropped.""", [
  E(cur, "Arrests", "Police in Nukus, the capital of Uzbekistan's autonomous Karakalpakstan region, detained five activists on Tuesday", P("Nukus", "UZ"), "tuesday",
    a1=UZB_POL, i1=1, a2="Civilians (Uzbekistan)", i2=7),
  unscored(E(hyp, "Peaceful protest", "a rally on Saturday to mark the anniversary of the July 2022 protests", P("Nukus", "UZ"), 1, a1="Protesters (Uzbekistan)", i1=6),
           "event_date", "time_precision"),
  unscored(E(bg, "Excessive force against protesters", "security forces put down protests in Nukus", P("Nukus", "UZ"), "2022-07-01", tp=3,
             a1="Protesters (Uzbekistan)", i1=6, a2=UZB_POL, i2=1, fat=21), "fatalities"),
], register="local"),

S("st-w-032", "2026-11-11", """MEXICO/
Gunmen kill six at Poza Rica bar; police clear teachers' blockade near Oaxaca

MEXICO CITY, Nov 11 (Wire) - Armed men burst into a bar in Poza Rica, in the Gulf coast state of Veracruz, late on Sunday and opened fire on customers, killing six people and wounding four, the state prosecutor's office said. Prosecutors said they were investigating whether the attack was linked to a dispute between two criminal groups over extortion of local businesses.

In the southern state of Oaxaca, state police on Tuesday removed hundreds of members of a dissident teachers' union who had blocked a highway on the outskirts of the state capital for three days, and detained six of them, the union said. Teachers said several of them had been beaten.""", [
  E(cur, "Attack", "Armed men burst into a bar in Poza Rica", P("Poza Rica", "MX", geoname="Poza Rica de Hidalgo"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=6, inj=4),
  E(cur, "Protest with intervention", "state police on Tuesday removed hundreds of members of a dissident teachers' union who had blocked a highway on the outskirts of the state capital",
    P("Oaxaca", "MX", 2, geoname="Oaxaca de Juarez"), "tuesday", a1="Protesters (Mexico)", i1=6, a2=MEX_POL, i2=1),
]),

S("st-w-033", "2026-09-05", """YEMEN/
Houthi drone kills two southern fighters near Lahij; AQAP ambush on army convoy in Abyan

ADEN, Sept 5 (Wire) - A drone launched by the Houthis struck a position of the Security Belt Forces north of the town of Lahij on Thursday, killing two fighters and wounding three, a spokesman for the southern forces said. The Houthis did not comment.

In the neighbouring province of Abyan, suspected al Qaeda militants ambushed a convoy of southern troops with a roadside bomb and gunfire on the road near Mudiyah on Friday, killing four soldiers, a local official said. Al Qaeda in the Arabian Peninsula (AQAP) later said its fighters had killed "more than 10".

Southern forces launched an offensive against AQAP in Abyan's valleys in 2022 but the group has kept up attacks in the province.""", [
  E(cur, "Air/drone strike", "A drone launched by the Houthis struck a position of the Security Belt Forces north of the town of Lahij on Thursday", P("Lahij", "YE", 2), "thursday",
    a1=HOUTHI, i1=1, a2="Security Belt Forces", i2=3, fat=2, inj=3),
  unscored(E(cur, "Armed clash", "suspected al Qaeda militants ambushed a convoy of southern troops with a roadside bomb and gunfire on the road near Mudiyah on Friday",
             P("Mudiyah", "YE", 2), "friday", a1="AQAP: Al Qaeda in the Arabian Peninsula", i1=2, fat=4), "actor2", "inter2"),
]),

S("st-w-034", "2026-10-07", """PHILIPPINES — ARMED FORCES PRESS RELEASE
8th Infantry Division, Catbalogan City

Troops of the 20th Infantry Battalion encountered about 15 members of the communist New People's Army (NPA) in the hinterlands of a barangay near Catarman, Northern Samar, at about 6 a.m. on Monday, 5 October. A firefight lasted some 30 minutes. Two NPA members were killed; no government troops were hurt. Troops recovered three high-powered firearms and subversive documents.

The Division commander urged the remaining rebels to surrender and avail themselves of the government's reintegration programme.

In a separate report, the 103rd Infantry Brigade said two farmers were shot dead by suspected members of the Dawlah Islamiyah terrorist group while tending their farm near Butig, Lanao del Sur, on Sunday, 4 October. Troops are pursuing the perpetrators.""", [
  E(cur, "Armed clash", "Troops of the 20th Infantry Battalion encountered about 15 members of the communist New People's Army (NPA)",
    P("Catarman", "PH", 2, admin1="Eastern Visayas"), "2026-10-05", a1=PHL, i1=1, a2=NPA, i2=2, fat=2),
  E(cur, "Attack", "two farmers were shot dead by suspected members of the Dawlah Islamiyah terrorist group", P("Butig", "PH", 2, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "2026-10-04",
    a1="Dawlah Islamiyah", i1=2, a2="Civilians (Philippines)", i2=7, fat=2),
], register="official"),
]

UGA = "Military Forces of Uganda (1986-)"; JIE = "Jie Ethnic Militia (Uganda)"; THA = "Military Forces of Thailand (2025-)"
CMR = "Military Forces of Cameroon (1982-)"; BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"; ISWAP = "Islamic State West Africa Province"
IRN = "Military Forces of Iran (1989-)"; IRN_POL = "Police Forces of Iran (1989-)"; COL_POL = "Police Forces of Colombia (2022-)"; PER = "Military Forces of Peru (2025-)"
BRA_POL = "Police Forces of Brazil (2023-)"; VNM_POL = "Police Forces of Vietnam (2021-)"; LBR_POL = "Police Forces of Liberia (2024-)"

STORIES += [
S("st-w-035", "2026-02-10", """UGANDA-KENYA/
Soldiers kill six Jie cattle raiders near Kotido; three Turkana herders shot dead in raid west of Lodwar

KAMPALA/NAIROBI, Feb 10 (Wire) - Ugandan soldiers killed six armed cattle raiders from the Jie community in a gunfight near Kotido, in the north-eastern Karamoja region, on Sunday, and recovered about 150 head of cattle that the raiders had driven off from a kraal in a neighbouring village the night before, an army spokesman said. Two soldiers were wounded.

The army has run a disarmament campaign in Karamoja since 2021, but raids between the region's communities have continued.

In Kenya's Turkana county, armed raiders who crossed the border from Uganda shot dead three herders and drove off about 300 goats in a village about 60 km west of Lodwar on Monday, county officials said. Turkana elders warned that young men would "go and take back what is ours" if the police did not recover the animals within a week.""", [
  E(cur, "Armed clash", "Ugandan soldiers killed six armed cattle raiders from the Jie community in a gunfight near Kotido", P("Kotido", "UG", 2), "sunday",
    a1=UGA, i1=1, a2=JIE, i2=4, fat=6, inj=2),
  E(cur, "Looting/property destruction", "the raiders had driven off from a kraal in a neighbouring village the night before", P("Kotido", "UG", 2), "saturday",
    a1=JIE, i1=4, a2="Civilians (Uganda)", i2=7),
  E(cur, "Attack", "armed raiders who crossed the border from Uganda shot dead three herders and drove off about 300 goats", P("Lodwar", "KE", 2), "monday",
    a1="Unidentified Armed Group (Kenya)", i1=3, a2="Civilians (Kenya)", i2=7, fat=3),
  unscored(E(thr, "Attack", "young men would \"go and take back what is ours\"", P("Lodwar", "KE", 2), None), "event_date", "time_precision"),
]),

S("st-w-036", "2026-03-12", """THAILAND/
Roadside bomb wounds three rangers and a motorcyclist in Narathiwat; shopkeeper shot dead in Yala

NARATHIWAT, Thailand, March 12 (Wire) - A roadside bomb exploded under a pickup truck carrying paramilitary rangers on a road in Rueso district of Narathiwat province on Wednesday morning, wounding three of them and a passing motorcyclist, police said. Police blamed insurgents fighting for the independence of the Malay-Muslim south.

On Tuesday night, gunmen on a motorcycle shot dead a 52-year-old Buddhist shopkeeper as he closed his grocery in Yala province's Bannang Sata district, police said.

Talks between the government and the Barisan Revolusi Nasional (BRN), the main insurgent group, resumed in Kuala Lumpur in February after a pause of more than a year. More than 7,000 people have been killed in the conflict since 2004.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb exploded under a pickup truck carrying paramilitary rangers on a road in Rueso district", P("Rueso", "TH", 3, geoname="Rueso"), "wednesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, inj=4),
  E(cur, "Attack", "gunmen on a motorcycle shot dead a 52-year-old Buddhist shopkeeper", P("Bannang Sata", "TH", 3, lat=6.26, lon=101.25, a1="Yala"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
]),

S("st-w-037", "2026-04-09", """CAMEROON/
Boko Haram kills five in raid near Mokolo; army says 11 ISWAP fighters killed near Mora

YAOUNDE, April 9 (Wire) - Boko Haram fighters raided a village near Mokolo, in Cameroon's Far North region, on Monday night, killing five people, carrying off two women and looting cattle and grain, a local official said. Residents fled to Mokolo town.

On Tuesday, Cameroonian soldiers clashed with fighters of Islamic State West Africa Province (ISWAP) near Mora, close to the Nigerian border, killing 11 of them, the army said in a statement. One soldier was killed.

Villagers in the area have formed vigilance committees armed with bows and machetes to warn of raids. The local official said the committees could not stop fighters "who come with Kalashnikovs".""", [
  E(cur, "Attack", "Boko Haram fighters raided a village near Mokolo", P("Mokolo", "CM", 2), "monday",
    a1=BOKO, i1=2, a2="Civilians (Cameroon)", i2=7, fat=5),
  E(cur, "Armed clash", "Cameroonian soldiers clashed with fighters of Islamic State West Africa Province (ISWAP) near Mora", P("Mora", "CM", 2), "tuesday",
    a1=CMR, i1=1, a2=ISWAP, i2=2, fat=12),
]),

S("st-w-038", "2026-05-21", """IRAN/
Border guards shoot dead Kurdish porter near Sardasht; Ahvaz police tear-gas power-cut protest

DUBAI, May 21 (Wire) - Iranian border guards shot dead a Kurdish kolbar, one of the porters who carry goods on their backs over the mountains from Iraq, near Sardasht on Monday and wounded two others, the Kurdish rights group Hengaw said.

Rights groups say dozens of kolbars are killed each year by border guards, who fire on them without warning.

In the south-western city of Ahvaz, police fired tear gas and arrested dozens of people on Tuesday night as several hundred residents protested in the streets against cuts to water and power in temperatures above 45C, according to videos and a local activist.

The judiciary said on Wednesday that a man convicted of killing a member of the Basij militia during the 2022 protests had been executed.""", [
  E(cur, "Attack", "Iranian border guards shot dead a Kurdish kolbar", P("Sardasht", "IR", 2, admin1="Azarbayjan"), "monday",
    a1=IRN, i1=1, a2="Civilians (Iran)", i2=7, fat=1, inj=2),
  E(cur, "Protest with intervention", "police fired tear gas and arrested dozens of people on Tuesday night", P("Ahvaz", "IR"), "tuesday",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1),
]),

S("st-w-039", "2026-06-11", """COLOMBIA-PERU/
Policeman and two attackers killed in raid on Caucasia police station; Shining Path attack wounds two police officers in VRAEM

BOGOTA/LIMA, June 11 (Wire) - Gunmen armed with rifles and grenades attacked the police station in Caucasia, in Colombia's Antioquia province, late on Monday, killing one officer and wounding three, police said. Two of the attackers were killed when officers fired back. Police blamed the Clan del Golfo, which has offered its members bounties for killing police in the region.

In Peru, a Shining Path column fired on a police anti-drug base near Pichari, in the coca-growing valley known as the VRAEM, on Tuesday night, wounding two officers, the interior ministry said. The attackers withdrew after an hour-long exchange of fire.

The remnant of the Maoist guerrilla group, which the government says now lives off the drug trade, has a few hundred fighters in the valley.""", [
  E(cur, "Armed clash", "Gunmen armed with rifles and grenades attacked the police station in Caucasia", P("Caucasia", "CO"), "monday",
    a1="Clan del Golfo", i1=3, a2=COL_POL, i2=1, fat=3, inj=3),
  E(cur, "Armed clash", "a Shining Path column fired on a police anti-drug base near Pichari", P("Pichari", "PE", 2), "tuesday",
    a1="Sendero Luminoso", i1=2, a2="Police Forces of Peru (2025-)", i2=1, inj=2),
]),

S("st-w-040", "2026-07-16", """BRAZIL-PARAGUAY/
Five killed in Guaruja favela police operation; policeman shot dead at checkpoint outside Capitan Bado

SAO PAULO, July 16 (Wire) - Military police killed five men in a shoot-out in a hillside favela in Guaruja, on the coast of Sao Paulo state, on Tuesday during an operation against drug dealers linked to the First Capital Command (PCC) gang, the state's public security department said. Residents said two of the men had given themselves up before they were shot. The ombudsman's office opened an inquiry.

In Paraguay, gunmen in a pickup truck shot dead a police officer at a checkpoint on the road out of Capitan Bado, a town on the border with Brazil, on Monday night and sped off towards the frontier, police said. Police said the attackers belonged to a drug trafficking gang.""", [
  E(cur, "Armed clash", "Military police killed five men in a shoot-out in a hillside favela in Guaruja", P("Guaruja", "BR"), "tuesday",
    a1=BRA_POL, i1=1, a2="PCC: First Capital Command", i2=3, fat=5),
  E(cur, "Armed clash", "gunmen in a pickup truck shot dead a police officer at a checkpoint on the road out of Capitan Bado", P("Capitan Bado", "PY", 2), "monday",
    a1="Unidentified Armed Group (Paraguay)", i1=3, a2="Police Forces of Paraguay (2023-)", i2=1, fat=1),
]),

S("st-w-041", "2026-08-20", """EAST ASIA WEEK (14-20 August)

VIETNAM - Police in Dak Lak province arrested nine men from the Ede ethnic minority on Monday on "terrorism" charges, accusing them of links to a group abroad that Hanoi blames for the 2023 attacks on two commune offices, state media said.

JAPAN - About 3,000 people rallied peacefully in Nago, on Okinawa, on Sunday against the construction of a new U.S. military base off the coast at Henoko.

TAIWAN - Several thousand people marched peacefully in Taipei on Saturday to demand higher pensions for retired teachers.

(Compiled by the Asia desk)""", [
  E(cur, "Arrests", "Police in Dak Lak province arrested nine men from the Ede ethnic minority on Monday", P("Dak Lak", "VN", 3, geoname="Buon Ma Thuot"), "monday",
    a1=VNM_POL, i1=1, a2="Civilians (Vietnam)", i2=7),
  E(cur, "Peaceful protest", "About 3,000 people rallied peacefully in Nago", P("Nago", "JP"), "sunday",
    a1="Protesters (Japan)", i1=6),
  E(cur, "Peaceful protest", "Several thousand people marched peacefully in Taipei on Saturday", P("Taipei", "TW"), "saturday",
    a1="Protesters (Taiwan)", i1=6),
], register="digest"),

S("st-w-042", "2026-09-24", """MEDITERRANEAN/
Car bomb in Limassol blamed on feud between criminal groups; Valletta march; Serb council office vandalised in Vukovar

NICOSIA, Sept 24 (Wire) - A bomb placed under a car exploded outside a house in Limassol early on Tuesday, destroying the car and damaging two others, Cypriot police said. Nobody was hurt. Police said they believed the bombing was part of a feud between two criminal groups over the control of nightclubs in the city.

In Malta, about 2,000 people marched peacefully through Valletta on Sunday to demand an end to construction on the island's last open countryside.

In Croatia, unknown attackers smashed the windows of the Serb minority council's office in Vukovar overnight into Saturday and sprayed fascist symbols on its door, police said. Nobody was in the building. The prime minister condemned the attack.""", [
  E(cur, "Remote explosive/landmine/IED", "A bomb placed under a car exploded outside a house in Limassol", P("Limassol", "CY"), "tuesday",
    a1="Unidentified Armed Group (Cyprus)", i1=3, a2="Civilians (Cyprus)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 2,000 people marched peacefully through Valletta on Sunday", P("Valletta", "MT"), "sunday",
    a1="Protesters (Malta)", i1=6),
  E(cur, "Looting/property destruction", "unknown attackers smashed the windows of the Serb minority council's office in Vukovar", P("Vukovar", "HR"), "saturday",
    a1="Unidentified Armed Group (Croatia)", i1=3, a2="Civilians (Croatia)", i2=7, fat=0, inj=0),
]),

S("st-w-043", "2026-10-15", """WEST AFRICA/
Four soldiers killed in attack on army post near Tanguieta; three dead in Yendi chieftaincy clash; Gbarnga students tear-gassed

COTONOU, Oct 15 (Wire) - Suspected jihadists attacked an army post near Tanguieta, in Benin's north-western Atacora department, before dawn on Sunday, killing four soldiers and a civilian cook, the army said. It said "several" attackers had also been killed and that reinforcements were searching the area near the Pendjari park.

In northern Ghana, youths from rival factions of a chieftaincy dispute fought with machetes and homemade guns in villages near Yendi on Monday, killing three people and burning houses, police said. The interior ministry imposed a dusk-to-dawn curfew on Yendi and the surrounding villages the same evening.

In Liberia, police fired tear gas in Gbarnga on Tuesday to disperse university students who had blocked the main highway through the town to protest against a rise in fees.""", [
  E(cur, "Armed clash", "Suspected jihadists attacked an army post near Tanguieta", P("Tanguieta", "BJ", 2), "sunday",
    a1="Unidentified Armed Group (Benin)", i1=3, a2="Military Forces of Benin (2016-)", i2=1, fat=8),
  E(cur, "Mob violence", "youths from rival factions of a chieftaincy dispute fought with machetes and homemade guns in villages near Yendi", P("Yendi", "GH", 2), "monday",
    a1="Rioters (Ghana)", i1=5, a2="Rioters (Ghana)", i2=5, fat=3),
  E(cur, "Other", "The interior ministry imposed a dusk-to-dawn curfew on Yendi", P("Yendi", "GH"), "monday",
    a1="Government of Ghana (2025-)", i1=1),
  E(cur, "Protest with intervention", "police fired tear gas in Gbarnga on Tuesday to disperse university students", P("Gbarnga", "LR"), "tuesday",
    a1="Protesters (Liberia)", i1=6, a2=LBR_POL, i2=1),
]),

S("st-w-044", "2026-11-18", """BANGLADESH/
Settlers burn Chakma homes near Khagrachhari after killing of motorbike driver; gatherings banned

DHAKA, Nov 18 (Wire) - A crowd of Bengali settlers set fire to at least 20 houses of indigenous Chakma families in a village near Khagrachhari, in the Chittagong Hill Tracts, on Sunday, a day after a Bengali motorcycle-taxi driver was found dead nearby, local officials said. Four Chakma villagers were injured.

The local administration banned all gatherings in Khagrachhari town from Monday morning, and army troops patrolled the streets.

On Tuesday, several hundred indigenous students formed a human chain in front of the National Press Club in Dhaka to demand that the attackers be arrested.""", [
  E(cur, "Mob violence", "A crowd of Bengali settlers set fire to at least 20 houses of indigenous Chakma families in a village near Khagrachhari", P("Khagrachhari", "BD", 2, a1="Chattogram"), "sunday",
    a1="Rioters (Bangladesh)", i1=5, a2="Civilians (Bangladesh)", i2=7, inj=4),
  E(cur, "Other", "The local administration banned all gatherings in Khagrachhari town from Monday morning", P("Khagrachhari", "BD", a1="Chattogram"), "monday",
    a1="Government of Bangladesh (2024-)", i1=1),
  E(cur, "Peaceful protest", "several hundred indigenous students formed a human chain in front of the National Press Club in Dhaka", P("Dhaka", "BD"), "tuesday",
    a1="Protesters (Bangladesh)", i1=6),
]),
]

SLE_POL = "Police Forces of Sierra Leone (2018-)"; GNB = "Military Forces of Guinea-Bissau (2025-)"; TZA_POL = "Police Forces of Tanzania (2021-)"
KAZ_POL = "Police Forces of Kazakhstan (2019-)"; TUN_POL = "Police Forces of Tunisia (2019-)"; SLV_POL = "Police Forces of El Salvador (2019-)"
BOL_POL = "Police Forces of Bolivia (2025-)"; JOR_POL = "Police Forces of Jordan (1999-)"; AGO = "Military Forces of Angola (2017-)"
NAM_POL = "Police Forces of Namibia (2025-)"; FLEC = "FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of Cabinda"

STORIES += [
S("st-w-045", "2026-02-26", """WEST AFRICA/
Rival party supporters fight in Makeni, 16 arrested at their homes; former minister missing after soldiers take him in Bissau

FREETOWN, Feb 26 (Wire) - Supporters of Sierra Leone's ruling SLPP and the opposition All People's Congress (APC) fought with stones and sticks in Makeni on Sunday after rival rallies for a council by-election ended in the same street, police said. Eleven people were hurt and two houses were set on fire.

On Monday, police arrested 16 people at their homes in Makeni over the violence and said they would be charged with riotous conduct.

In Guinea-Bissau, soldiers took a former finance minister from his home in Bissau on Tuesday night, his family said. On Wednesday the family said they did not know where he was being held, and the military authorities, in power since a coup in November 2025, have not commented.

In Mauritania, several hundred people rallied peacefully in Nouakchott's Arafat district on Wednesday to demand that the government bring down the price of bread.""", [
  E(cur, "Mob violence", "Supporters of Sierra Leone's ruling SLPP and the opposition All People's Congress (APC) fought with stones and sticks in Makeni", P("Makeni", "SL"), "sunday",
    a1="Rioters (Sierra Leone)", i1=5, a2="Rioters (Sierra Leone)", i2=5, inj=11),
  E(cur, "Arrests", "police arrested 16 people at their homes in Makeni over the violence", P("Makeni", "SL"), "monday",
    a1=SLE_POL, i1=1, a2="Rioters (Sierra Leone)", i2=5),
  E(cur, "Abduction/forced disappearance", "soldiers took a former finance minister from his home in Bissau on Tuesday night", P("Bissau", "GW"), "tuesday",
    a1=GNB, i1=1, a2="Civilians (Guinea-Bissau)", i2=7),
  unscored(E(bg, "Other", "in power since a coup in November 2025", P("Bissau", "GW"), "2025-11-01", tp=3, a1="Military Forces of Guinea-Bissau (2020-)", i1=1), "actor1"),
  E(cur, "Peaceful protest", "several hundred people rallied peacefully in Nouakchott's Arafat district on Wednesday", P("Nouakchott", "MR", 2, a1="Nouakchott Sud"), "wednesday",
    a1="Protesters (Mauritania)", i1=6),
]),

S("st-w-046", "2026-04-02", """TANZANIA-BURUNDI/
Arusha police arrest eight Chadema officials before banned rally, tear-gas supporters; CNL official dies after Imbonerakure attack on his home

DAR ES SALAAM, April 2 (Wire) - Tanzanian police arrested eight officials of the opposition party Chadema at the party's regional office in Arusha on Tuesday morning as they prepared for a rally that the police had banned, the party said. Later that day, officers fired tear gas to disperse about 200 supporters who had gathered outside the central police station to demand their release.

Police said the rally had been banned "for security reasons" and that the officials would be charged with unlawful assembly.

In Burundi, members of the Imbonerakure, the ruling party's youth league, set fire to the house of a local official of the opposition National Congress for Freedom (CNL) in a village near Muyinga on Saturday night and beat him and his wife as they ran out, the CNL said. He died of his injuries in hospital on Monday; his wife is being treated for burns.""", [
  E(cur, "Arrests", "Tanzanian police arrested eight officials of the opposition party Chadema at the party's regional office in Arusha on Tuesday morning", P("Arusha", "TZ"), "tuesday",
    a1=TZA_POL, i1=1, a2="CHADEMA: Party for Democracy and Progress", i2=7),
  E(cur, "Protest with intervention", "officers fired tear gas to disperse about 200 supporters who had gathered outside the central police station", P("Arusha", "TZ"), "tuesday",
    a1="Protesters (Tanzania)", i1=6, a2=TZA_POL, i2=1),
  E(cur, "Attack", "members of the Imbonerakure, the ruling party's youth league, set fire to the house of a local official of the opposition National Congress for Freedom (CNL)",
    P("Muyinga", "BI", 2), "saturday", a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, fat=1, inj=1),
]),

S("st-w-047", "2026-05-08", """KAZAKHSTAN-MONGOLIA/
Almaty police detain 30 at tariff protest after rounding up organisers; Ulaanbaatar rally

ALMATY — Police in Almaty detained about 30 people on Thursday who had gathered outside the city administration for an unauthorised rally against a rise in heating and electricity tariffs, a rights group said. Most were released in the evening after being fined.

The day before, police had detained two activists at their homes in the city who had called for the rally on social media. A court sentenced both to 10 days in jail.

In Mongolia, several thousand people rallied peacefully on Sukhbaatar Square in Ulaanbaatar on Saturday to demand an inquiry into the sale of shares in a state coal company.""", [
  E(cur, "Protest with intervention", "Police in Almaty detained about 30 people on Thursday", P("Almaty", "KZ"), "thursday",
    a1="Protesters (Kazakhstan)", i1=6, a2=KAZ_POL, i2=1),
  E(cur, "Arrests", "police had detained two activists at their homes in the city who had called for the rally", P("Almaty", "KZ"), "wednesday",
    a1=KAZ_POL, i1=1, a2="Civilians (Kazakhstan)", i2=7),
  E(cur, "Peaceful protest", "several thousand people rallied peacefully on Sukhbaatar Square in Ulaanbaatar on Saturday", P("Ulaanbaatar", "MN"), "saturday",
    a1="Protesters (Mongolia)", i1=6),
], register="local"),

S("st-w-048", "2026-06-23", """TUNISIA/
Residents attack migrants' homes in Sfax after stabbing; 11 arrested

TUNIS, June 23 (Wire) - Dozens of residents armed with sticks and knives attacked sub-Saharan migrants in a working-class neighbourhood of Sfax on Sunday night and set fire to two houses where they lived, after a local man was stabbed in a fight, a rights group said. At least eight migrants were injured.

The interior ministry said on Monday that police had arrested 11 Tunisians over the attack and three migrants over the stabbing.

In Tunis, about 200 people marched peacefully on Saturday to demand the release of jailed opposition figures.""", [
  E(cur, "Mob violence", "Dozens of residents armed with sticks and knives attacked sub-Saharan migrants in a working-class neighbourhood of Sfax", P("Sfax", "TN", 1, a1="Sfax"), "sunday",
    a1="Rioters (Tunisia)", i1=5, a2="Civilians (Tunisia)", i2=7, inj=8),
  E(cur, "Arrests", "police had arrested 11 Tunisians over the attack", P("Sfax", "TN", 2, a1="Sfax"), "monday", tp=2,
    a1=TUN_POL, i1=1, a2="Rioters (Tunisia)", i2=5),
  E(cur, "Peaceful protest", "about 200 people marched peacefully on Saturday", P("Tunis", "TN"), "saturday",
    a1="Protesters (Tunisia)", i1=6),
]),

S("st-w-049", "2026-08-06", """FRANCE-NETHERLANDS/
Man shot dead at Marseille drug-dealing spot; blast wrecks The Hague phone shop

MARSEILLE, Aug 6 (Wire) - A 23-year-old man was shot dead and two teenagers were wounded late on Tuesday at a drug-dealing spot in a housing estate in Marseille's northern districts, the city's prosecutor said, describing it as the latest killing in a war between two drug trafficking gangs. It was the 14th such killing in the city this year.

In the Netherlands, an explosive device blew out the front of a phone shop in The Hague early on Wednesday, police said. Nobody was hurt. Police said the blast was part of a dispute between two criminal groups and that they were looking for a man seen on a scooter.""", [
  E(cur, "Attack", "A 23-year-old man was shot dead and two teenagers were wounded late on Tuesday at a drug-dealing spot", P("Marseille", "FR", 2), "tuesday",
    a1="Unidentified Armed Group (France)", i1=3, a2="Civilians (France)", i2=7, fat=1, inj=2),
  E(cur, "Remote explosive/landmine/IED", "an explosive device blew out the front of a phone shop in The Hague", P("The Hague", "NL"), "wednesday",
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0, inj=0),
]),

S("st-w-050", "2026-09-09", """CENTRAL AMERICA-BOLIVIA/
Gang members kill bus driver in La Ceiba; 27 suspected Barrio 18 members held in Soyapango; Cochabamba blockade cleared

TEGUCIGALPA, Sept 9 (Wire) - Gang members shot dead a bus driver at the wheel in La Ceiba, on Honduras' Caribbean coast, on Monday because his company had stopped paying them extortion money, police said. The passengers were unhurt.

In El Salvador, police backed by soldiers arrested 27 suspected members of the Barrio 18 gang in raids in Soyapango on Saturday under the state of exception that has been in force since March 2022. More than 85,000 people have been detained under the measure.

In Bolivia, police fired tear gas on Tuesday to clear a blockade by coca growers on the highway east of Cochabamba and detained 14 people, the government said.""", [
  E(cur, "Attack", "Gang members shot dead a bus driver at the wheel in La Ceiba", P("La Ceiba", "HN"), "monday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=1, inj=0),
  E(cur, "Arrests", "police backed by soldiers arrested 27 suspected members of the Barrio 18 gang in raids in Soyapango", P("Soyapango", "SV"), "saturday",
    a1=SLV_POL, i1=1, assoc_actor_1="Military Forces of El Salvador (2019-)", a2="Barrio 18", i2=3),
  E(cur, "Protest with intervention", "police fired tear gas on Tuesday to clear a blockade by coca growers on the highway east of Cochabamba", P("Cochabamba", "BO", 2), "tuesday",
    a1="Protesters (Bolivia)", i1=6, a2=BOL_POL, i2=1),
]),

S("st-w-051", "2026-10-27", """LEBANON-JORDAN/
Passer-by among two dead as clans exchange fire in Tripoli; Irbid sit-in broken up

BEIRUT, Oct 27 (Wire) - Armed men from two clans exchanged fire with automatic rifles in the Bab al-Tabbaneh district of Tripoli, in northern Lebanon, on Sunday in a dispute over a plot of land, killing two people, including a passer-by hit by a stray bullet, and wounding five, the state news agency said. The army deployed in the area and arrested four gunmen.

In Jordan, police detained 12 people on Friday as they broke up a sit-in outside the governorate building in Irbid against a rise in fuel prices, an organiser said.""", [
  E(cur, "Armed clash", "Armed men from two clans exchanged fire with automatic rifles in the Bab al-Tabbaneh district of Tripoli", P("Tripoli", "LB", 2, a1="North"), "sunday",
    a1="Unidentified Clan Militia (Lebanon)", i1=4, a2="Unidentified Clan Militia (Lebanon)", i2=4, fat=2, inj=5),
  E(cur, "Protest with intervention", "police detained 12 people on Friday as they broke up a sit-in outside the governorate building in Irbid", P("Irbid", "JO"), "friday",
    a1="Protesters (Jordan)", i1=6, a2=JOR_POL, i2=1),
]),

S("st-w-052", "2026-11-21", """ANGOLA-NAMIBIA/
Cabinda rebels claim ambush that killed five soldiers; army denies losses; Katutura youths stone police

LUANDA, Nov 21 (Wire) - Separatist rebels of the Front for the Liberation of the Enclave of Cabinda (FLEC-FAC) said on Thursday that they had killed five Angolan soldiers in an ambush in the forest near Buco-Zau, in the north of the Cabinda enclave, on Tuesday. The Angolan army called the claim "propaganda" and said none of its soldiers had been killed.

In Namibia, young people blocked roads with burning tyres and threw stones at police in Windhoek's Katutura township on Wednesday after a community meeting on unemployment broke up, police said. Officers fired rubber bullets and tear gas; three people were hurt.""", [
  E(cur, "Armed clash", "they had killed five Angolan soldiers in an ambush in the forest near Buco-Zau", P("Buco Zau", "AO", 2, lat=-4.77, lon=12.55, a1="Cabinda"), "tuesday",
    a1=FLEC, i1=2, a2=AGO, i2=1, fat=5),
  E(cur, "Violent demonstration", "young people blocked roads with burning tyres and threw stones at police in Windhoek's Katutura township", P("Windhoek", "NA", 2), "wednesday",
    a1="Rioters (Namibia)", i1=5, a2=NAM_POL, i2=1, inj=3),
]),
]

KIA = "KIA: Kachin Independence Army"; TUR_POL = "Police Forces of Turkey (2002-)"; GEO_POL = "Police Forces of Georgia (2012-)"
DZA_POL = "Police Forces of Algeria (2019-)"; EGY_POL = "Police Forces of Egypt (2014-)"; MDA_POL = "Police Forces of Moldova (2020-)"
XKX_POL = "Police Forces of Kosovo (2021-)"; FRA_POL = "Police Forces of France (2017-)"; BHR_POL = "Police Forces of Bahrain (1999-)"
KRG_POL = "Police Forces of Iraq (2022-) Kurdistan Regional Government"; CHL_POL = "Police Forces of Chile (2026-)"; ITA_POL = "Police Forces of Italy (2022-)"

STORIES += [
S("st-w-053", "2026-01-20", """MYANMAR: Northern Shan and Kachin — weekly monitoring update (13-19 January 2026)

KEY EVENTS
- 18 January: A military jet bombed a market in a village about 20 km north of Lashio, killing six civilians and wounding 12, according to local aid workers. The market had reopened only a week earlier.
- 15 January: Fighters of the Kachin Independence Army (KIA) ambushed a military supply convoy on the road south of Myitkyina. Fighting continued into the next day. No casualty figures were available.
- The KIA told residents of Myitkyina's southern wards to keep away from military positions, warning that it would "continue operations" in the town.

TRENDS
Military air strikes have killed at least 40 civilians in northern Shan over the past month, according to the monitoring network, despite a ceasefire the military announced for the area in 2025.

This update is compiled from partner reports and local media and has not been independently verified.""", [
  E(cur, "Air/drone strike", "A military jet bombed a market in a village about 20 km north of Lashio", P("Lashio", "MM", 2), "2026-01-18",
    a1="Military Forces of Myanmar (2021-)", i1=1, a2="Civilians (Myanmar)", i2=7, fat=6, inj=12),
  E(cur, "Armed clash", "Fighters of the Kachin Independence Army (KIA) ambushed a military supply convoy on the road south of Myitkyina", P("Myitkyina", "MM", 2), "2026-01-15",
    a1=KIA, i1=2, a2="Military Forces of Myanmar (2021-)", i2=1),
  unscored(E(thr, "Armed clash", "warning that it would \"continue operations\" in the town", P("Myitkyina", "MM"), None, a1=KIA, i1=2), "event_date", "time_precision"),
], register="ngo"),

S("st-w-054", "2026-02-05", """TURKEY-GEORGIA-ARMENIA/
Police detain opposition district mayor in Antalya dawn raid; Batumi protesters detained; Gyumri rally

ISTANBUL, Feb 5 (Wire) - Turkish police detained the mayor of a district of Antalya from the main opposition Republican People's Party (CHP) in a dawn raid on his home on Tuesday, along with 11 municipal officials, as part of a corruption investigation, state media said. The CHP called the detentions "a political operation".

In Georgia, police detained nine people in Batumi on Monday night as protesters tried to block the city's main avenue in a rally against the government, the interior ministry said.

In Armenia, several hundred people rallied peacefully in Gyumri on Sunday to demand that the government rebuild homes still damaged from the 1988 earthquake.""", [
  E(cur, "Arrests", "Turkish police detained the mayor of a district of Antalya from the main opposition Republican People's Party (CHP) in a dawn raid on his home",
    P("Antalya", "TR"), "tuesday", a1=TUR_POL, i1=1, a2="CHP: Republican People's Party", i2=7),
  E(cur, "Protest with intervention", "police detained nine people in Batumi on Monday night as protesters tried to block the city's main avenue", P("Batumi", "GE"), "monday",
    a1="Protesters (Georgia)", i1=6, a2=GEO_POL, i2=1),
  E(cur, "Peaceful protest", "several hundred people rallied peacefully in Gyumri on Sunday", P("Gyumri", "AM"), "sunday",
    a1="Protesters (Armenia)", i1=6),
]),

S("st-w-055", "2026-03-26", """NORTH AFRICA/
Algeria holds three Bejaia activists accused of MAK links; Rabat march for Gaza; Egyptian poet arrested in Alexandria

ALGIERS, March 26 (Wire) - Algerian police arrested three activists in Bejaia on Sunday over posts on social media and accused them of links to the Movement for the Self-Determination of Kabylie (MAK), which the government lists as a terrorist group, a rights group said. A judge ordered them held pending trial.

In Morocco, tens of thousands of people marched peacefully through Rabat on Sunday in solidarity with Palestinians.

In Egypt, police arrested a poet at his home in Alexandria on Tuesday night after he posted a poem mocking rising bread prices, his lawyer said. State security prosecutors ordered him held for 15 days on Wednesday on charges of spreading false news.""", [
  E(cur, "Arrests", "Algerian police arrested three activists in Bejaia on Sunday", P("Bejaia", "DZ"), "sunday",
    a1=DZA_POL, i1=1, a2="Civilians (Algeria)", i2=7),
  E(cur, "Peaceful protest", "tens of thousands of people marched peacefully through Rabat on Sunday", P("Rabat", "MA"), "sunday",
    a1="Protesters (Morocco)", i1=6),
  E(cur, "Arrests", "police arrested a poet at his home in Alexandria on Tuesday night", P("Alexandria", "EG"), "tuesday",
    a1=EGY_POL, i1=1, a2="Civilians (Egypt)", i2=7),
]),

S("st-w-056", "2026-04-23", """BALKANS-MOLDOVA/
Chisinau police stop protesters pitching tents outside parliament; two Serbs held over stoning of Kosovo police patrol; Skopje march

CHISINAU, April 23 (Wire) - Moldovan police detained 11 people on Sunday as supporters of a pro-Russian opposition party tried to pitch tents outside parliament in Chisinau, the interior ministry said. Officers removed the tents and the crowd dispersed in the evening.

In Kosovo, police arrested two Serb men in Zvecan on Tuesday over the attack on a police patrol in the town the week before, when a crowd threw stones at officers and damaged two vehicles, police said.

In North Macedonia, several thousand people marched peacefully through Skopje on Saturday to demand the resignation of the health minister over the death of a child in hospital.""", [
  E(cur, "Protest with intervention", "Moldovan police detained 11 people on Sunday as supporters of a pro-Russian opposition party tried to pitch tents outside parliament",
    P("Chisinau", "MD"), "sunday", a1="Protesters (Moldova)", i1=6, a2=MDA_POL, i2=1),
  E(cur, "Arrests", "police arrested two Serb men in Zvecan on Tuesday over the attack on a police patrol", P("Zvecan", "XK"), "tuesday",
    a1=XKX_POL, i1=1, a2="Rioters (Kosovo)", i2=5),
  unscored(E(bg, "Violent demonstration", "a crowd threw stones at officers and damaged two vehicles", P("Zvecan", "XK"), -9, tp=2,
             a1="Rioters (Kosovo)", i1=5, a2=XKX_POL, i2=1), "event_date", "time_precision"),
  E(cur, "Peaceful protest", "several thousand people marched peacefully through Skopje on Saturday", P("Skopje", "MK", a1="Grad Skopje"), "saturday",
    a1="Protesters (North Macedonia)", i1=6),
]),

S("st-w-057", "2026-06-04", """PACIFIC/
Youths burn town hall annex in Houailou and stone gendarmes; Suva and Wellington marches

NOUMEA, June 4 (Wire) - Young men set fire to the town hall annex in Houailou, on the east coast of New Caledonia's main island, on Monday night and threw stones at gendarmes who came to protect the firefighters, the French high commission said. Gendarmes fired tear gas; two of them were slightly hurt. Three people were arrested.

Tension has remained high in New Caledonia since the unrest of May 2024, in which 14 people were killed and hundreds of businesses were burned.

In Fiji, about 800 people marched peacefully through Suva on Saturday against a planned increase in bus fares.

In New Zealand, several thousand people marched peacefully to parliament in Wellington on Tuesday against changes to laws on Maori land rights.""", [
  E(cur, "Violent demonstration", "Young men set fire to the town hall annex in Houailou",
    P("Houailou", "NC"), "monday", a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1, inj=2),
  unscored(E(bg, "Violent demonstration", "the unrest of May 2024, in which 14 people were killed", P("Noumea", "NC"), "2024-05-01", tp=3, a1="Rioters (New Caledonia)", i1=5, fat=14),
           "location", "latitude", "longitude", "admin1", "admin2", "geo_precision"),
  E(cur, "Peaceful protest", "about 800 people marched peacefully through Suva on Saturday", P("Suva", "FJ"), "saturday",
    a1="Protesters (Fiji)", i1=6),
  E(cur, "Peaceful protest", "several thousand people marched peacefully to parliament in Wellington on Tuesday", P("Wellington", "NZ"), "tuesday",
    a1="Protesters (New Zealand)", i1=6),
]),

S("st-w-058", "2026-07-23", """BAHRAIN-IRAQ/
Poet arrested in Manama after Ashura recital; Kurdish security forces detain teachers in Sulaymaniyah

DUBAI, July 23 (Wire) - Bahraini security forces arrested a Shia poet at a friend's house in Manama on Friday, a day after he recited verses criticising the government's ties with Israel at a religious procession, an exiled opposition group said. The interior ministry said he had been referred to the public prosecutor for "inciting hatred".

In Iraq's Kurdistan region, security forces detained dozens of teachers in Sulaymaniyah on Tuesday as they tried to march to the provincial government building to demand salaries that have not been paid for three months, a teachers' union said.""", [
  E(cur, "Arrests", "Bahraini security forces arrested a Shia poet at a friend's house in Manama on Friday", P("Manama", "BH"), "friday",
    a1=BHR_POL, i1=1, a2="Civilians (Bahrain)", i2=7),
  E(cur, "Protest with intervention", "security forces detained dozens of teachers in Sulaymaniyah on Tuesday", P("Sulaymaniyah", "IQ", geoname="As Sulaymaniyah"), "tuesday",
    a1="Protesters (Iraq)", i1=6, a2=KRG_POL, i2=1),
]),

S("st-w-059", "2026-08-27", """CHILE-ARGENTINA/
Students stone police and burn barricade in Valparaiso; gunmen spray Rosario supermarket with bullets, leave threat

VALPARAISO, Chile, Aug 27 (Wire) - University students marching against cuts to student grants threw stones at police and set fire to a barricade of tyres in the centre of Valparaiso on Tuesday, police said. Officers used water cannon and tear gas; one officer was hit in the face by a stone. Police detained four students.

In Argentina, gunmen fired at least 14 shots at the front of a supermarket in Rosario overnight into Monday and left a handwritten note threatening to kill the owner's family, police said. Nobody was hurt. Police linked the attack to drug gangs that extort businesses in the city.

"Next time we will not shoot at the walls," the note read, according to police.""", [
  E(cur, "Violent demonstration", "University students marching against cuts to student grants threw stones at police and set fire to a barricade of tyres", P("Valparaiso", "CL"), "tuesday",
    a1="Rioters (Chile)", i1=5, a2=CHL_POL, i2=1, inj=1),
  E(cur, "Attack", "gunmen fired at least 14 shots at the front of a supermarket in Rosario", P("Rosario", "AR"), "monday",
    a1="Unidentified Armed Group (Argentina)", i1=3, a2="Civilians (Argentina)", i2=7, fat=0, inj=0),
  unscored(E(thr, "Attack", "Next time we will not shoot at the walls", P("Rosario", "AR"), None, a1="Unidentified Armed Group (Argentina)", i1=3,
             a2="Civilians (Argentina)", i2=7), "event_date", "time_precision"),
]),

S("st-w-060", "2026-10-01", """GERMANY-ITALY/
Arson at Plauen container site for asylum seekers; clashes near Colosseum after Rome march

BERLIN/ROME, Oct 1 (Wire) - Unknown people set fire to two empty containers at a new housing site for about 60 asylum seekers in Plauen, in the eastern state of Saxony, police said on Tuesday. Nobody was hurt. Police said they were investigating a possible far-right motive; the words "No to the camp" had been sprayed on a fence nearby.

In Italy, police fired tear gas and charged with batons near the Colosseum in Rome on Saturday after a group of protesters at the end of a march by tens of thousands in support of Palestinians threw bottles and firecrackers at officers. Eleven officers were hurt and nine people arrested, police said.""", [
  E(cur, "Looting/property destruction", "Unknown people set fire to two empty containers at a new housing site for about 60 asylum seekers in Plauen", P("Plauen", "DE"), "tuesday", tp=2,
    a1="Unidentified Armed Group (Germany)", i1=3, a2="Civilians (Germany)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "police fired tear gas and charged with batons near the Colosseum in Rome on Saturday", P("Rome", "IT"), "saturday",
    a1="Rioters (Italy)", i1=5, a2=ITA_POL, i2=1, inj=11),
]),
]

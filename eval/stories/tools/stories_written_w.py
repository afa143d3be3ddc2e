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
the Bahamas, Guyana) and regions the conflict countries' stories lacked (South Kordofan and South Darfur, Magway, Bago
and Ayeyarwady, Bakool and Hiiraan, Sindh, Odisha and West Bengal, Butembo in North Kivu).
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

KUWAIT - State security officers arrested a rights activist at Kuwait International Airport on Tuesday as he returned from London, over posts on X criticising the suspension of parliament, his brother said. He was charged the next day with "undermining the authority of the Emir" and remains in custody.

QATAR - Police detained seven men on Wednesday after about 40 members of a tribe staged a sit-in outside the Shura Council building in Doha to demand that they be allowed to vote in the next council election, a relative of one of the men said. The others were sent home. Qatar's government communications office did not respond to questions.

SAUDI ARABIA - Saudi border guards shot dead four Ethiopian migrants and wounded three others as a group tried to cross from Yemen into Jizan province on Thursday night, a migrants' rights group said, citing survivors who made it back to Yemen. Saudi authorities did not comment. Rights groups have accused the guards of killing hundreds of migrants on the border since 2022, which Riyadh denies.

(Compiled by the Gulf desk)""", [
  E(cur, "Arrests", "State security officers arrested a rights activist at Kuwait International Airport on Tuesday", P("Kuwait City", "KW", 2), "tuesday",
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
    P("Baku", "AZ"), "friday", a1=AZE_POL, i1=1, a2="Civilians (Azerbaijan)", i2=7),
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
  unscored(E(bg, "Attack", "most non-Serbs were driven out during the 1992-95 war", P("Prijedor", "BA", 2), "1992-01-01", tp=3), "event_date", "time_precision"),
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
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries"),
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

"""Multi-event stories written for this project (issue 11), batch r: unseen by the coders in the session it was written
(2026-11-27 afternoon, 14:37-17:37), the lead's measure of story generalisation. Written as held-out news looks — wire
stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, live blogs,
weekly round-ups, NGO/UN situation reports, military and police releases — with several events per story at different
places and days, events in two countries, differing tolls, definite references ("the attack") to events never told as
news, follow-ups (a death in hospital, arrests days after a riot), periods and tallies, planned, banned and called-off
rallies, threats and denials. Countries the stories had least or never (Iceland, Malta, Luxembourg, Singapore, Qatar,
the United Arab Emirates, Seychelles, the Bahamas, Barbados, Mauritius, Eritrea, Rwanda, Cape Verde, Sao Tome, East
Timor, Turkmenistan, Taiwan, Croatia, Slovenia, Albania, Finland, Estonia, Denmark, Lithuania, Latvia, Fiji, Vanuatu)
and regions the conflict countries' stories lack (Gnagna and Tapoa, Banibangou, Agatu, Ngoketunjia and Momo, West
Kordofan, Morobo, Lamu's Kiunga, southern Chin, Kech and Mirjaveh, Panjshir, Sardinata, lower Artibonite, Manabí,
Bani Walid, the Gafsa mining basin, the Mambasa road, Wadi Fira, Bryansk, Hela). Our own words; invented incidents at
real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ISL_POL = "Police Forces of Iceland (2024-)"; BEL_POL = "Police Forces of Belgium (2025-)"; SGP_POL = "Police Forces of Singapore (2024-)"
QAT_POL = "Police Forces of Qatar (2013-)"; ARE_POL = "Police Forces of the United Arab Emirates (2004-)"; SYC_POL = "Police Forces of Seychelles (2025-)"
BLZ_POL = "Police Forces of Belize (2020-)"; MUS_POL = "Police Forces of Mauritius (2024-)"; ERI = "Military Forces of Eritrea (1993-)"
RWA = "Military Forces of Rwanda (2000-)"; RWA_POL = "Police Forces of Rwanda (2000-)"; FDLR = "FDLR: Democratic Forces for the Liberation of Rwanda"

STORIES = [
S("st-r-001", "2026-02-10", """ICELAND-PROTEST/
Police pepper-spray fish-farm protesters at Reykjavik ministry; 6 detained

REYKJAVIK, Feb 10 (Wire) - Icelandic police used pepper spray on Monday against protesters who tried to force their way into the Ministry of Industries in central Reykjavik, where officials were meeting salmon farming companies, and detained six people, police said.

About 150 people had gathered outside the building in the morning against a bill that would give fish-farming firms open-ended licences in the country's fjords. When a group pushed past the doorkeeper into the lobby, officers sprayed them and carried them out. Two protesters were treated by paramedics for eye irritation.

"We were sitting down. Nobody hit anybody," one of the organisers told the state broadcaster RUV. Police said the group had ignored repeated orders to leave.

On Saturday, some 400 people marched peacefully through Akureyri in the north against the same bill, the organisers said.

Police were criticised by the parliamentary ombudsman after they used pepper spray on pro-Palestinian demonstrators outside a cabinet meeting in 2024. A further protest is planned outside the Althingi on the day of the vote, expected next month.""", [
  E(cur, "Protest with intervention", "Icelandic police used pepper spray on Monday against protesters", P("Reykjavik", "IS"), "monday",
    a1="Protesters (Iceland)", i1=6, a2=ISL_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "some 400 people marched peacefully through Akureyri", P("Akureyri", "IS"), "saturday", a1="Protesters (Iceland)", i1=6),
  unscored(E(bg, "Protest with intervention", "they used pepper spray on pro-Palestinian demonstrators outside a cabinet meeting in 2024", P("Reykjavik", "IS"),
             "2024-01-01", tp=3, a1="Protesters (Iceland)", i1=6, a2="Police Forces of Iceland (2017-2024)", i2=1), "event_date", "time_precision", "actor2", "injuries"),
]),

S("st-r-002", "2026-05-05", """Car of Zabbar environment campaigner torched; hundreds march in Valletta

VALLETTA – The car of a campaigner who has led opposition to a hotel and apartment project on the edge of Zabbar was set on fire outside her home in the early hours of Sunday, in what she called an attempt to frighten her into silence.

Neighbours woke to the sound of an explosion shortly after 3am and found the small hatchback in flames. The Civil Protection Department put out the fire, which also blistered the paint of a van parked alongside. Nobody was hurt. Police said an accelerant had been poured over the bonnet and that they were studying footage from a nearby shop camera.

The developer behind the project said in a statement that it "utterly condemned" the arson and had nothing to do with it.

On Monday evening, several hundred people walked from the Parliament building to Castille in Valletta behind a banner reading "You won't burn us out". Speakers called on the Prime Minister to order an independent inquiry. The march ended peacefully.

The attack comes less than nine years after the journalist Daphne Caruana Galizia was killed by a car bomb near her home in Bidnija, a murder that still shapes Maltese politics.""", [
  E(cur, "Looting/property destruction", "The car of a campaigner who has led opposition to a hotel and apartment project on the edge of Zabbar was set on fire",
    P("Zabbar", "MT"), "sunday", a1="Unidentified Armed Group (Malta)", i1=3, a2="Civilians (Malta)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "several hundred people walked from the Parliament building to Castille in Valletta", P("Valletta", "MT"), "monday",
    a1="Protesters (Malta)", i1=6),
  unscored(E(bg, "Remote explosive/landmine/IED", "killed by a car bomb near her home in Bidnija", P("Mosta", "MT", 2), "2017-10-16",
             a2="Civilians (Malta)", i2=7, fat=1), "actor1", "inter1", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "injuries"),
], register="local"),

S("st-r-003", "2026-03-20", """BENELUX-FARMERS/
Belgian police turn water cannon on farmers in Arlon; tractors block Luxembourg's Kirchberg

LUXEMBOURG, March 20 (Wire) - Belgian police used water cannon on Thursday against farmers who threw eggs and fireworks at officers and set fire to straw bales in front of the provincial government building in Arlon, police said, as farm protests over an EU trade deal spread across the region.

About 300 farmers had driven into the town on tractors in the morning. In the early afternoon some of them dumped manure at the building's entrance and lit the bales, and a group pelted the police line guarding the door. Police said two officers had been slightly hurt and that three farmers had been detained. Firefighters put out the fires.

Across the border, some 200 tractors slowly drove along the Kirchberg plateau in Luxembourg City on Thursday morning and parked outside the European Court of Auditors before leaving at midday. The protest, authorised by the city, passed off without incident, Luxembourg police said.

Farm unions in both countries say the trade agreement with South American countries will flood the market with cheap beef. Belgian farmers plan to drive into Brussels next week when EU agriculture ministers meet.""", [
  E(cur, "Violent demonstration", "farmers who threw eggs and fireworks at officers and set fire to straw bales", P("Arlon", "BE"), "thursday",
    a1="Rioters (Belgium)", i1=5, a2=BEL_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "some 200 tractors slowly drove along the Kirchberg plateau in Luxembourg City", P("Luxembourg", "LU"), "thursday",
    a1="Protesters (Luxembourg)", i1=6),
]),

S("st-r-004", "2026-08-12", """Student arrested at Changi prison vigil on eve of hanging; Johor residents protest over water cuts

SINGAPORE – Police arrested a 24-year-old university student who stood with a placard and a candle outside the Changi prison complex on Tuesday night, hours before the scheduled execution of a man convicted of drug trafficking, her lawyer said.

The student was told by officers that she was taking part in an assembly without a permit and was taken away in a police car after she refused to leave, the lawyer said. She was released on bail on Wednesday afternoon. Police said in a statement that a woman was assisting with investigations for "an offence under the Public Order Act".

The execution went ahead at dawn on Wednesday, the Singapore Prison Service said.

In Johor Bahru, across the causeway in Malaysia, about 200 residents of the Tebrau area gathered peacefully outside the state water company's office on Tuesday to protest against repeated cuts to their supply. A company official came out to receive a memorandum.

Rights groups say Singapore has carried out more than 20 executions since 2022, almost all for drug offences.""", [
  E(cur, "Protest with intervention", "Police arrested a 24-year-old university student who stood with a placard and a candle outside the Changi prison complex",
    P("Singapore", "SG"), "tuesday", a1="Protesters (Singapore)", i1=6, a2=SGP_POL, i2=1),
  E(cur, "Peaceful protest", "about 200 residents of the Tebrau area gathered peacefully outside the state water company's office", P("Johor Bahru", "MY"), "tuesday",
    a1="Protesters (Malaysia)", i1=6),
]),

S("st-r-005", "2026-06-23", """GULF-LABOUR/
Qatar police disperse unpaid security guards' protest; UAE detains academic at airport

DOHA, June 23 (Wire) - Qatari police on Sunday broke up a protest by about 300 Kenyan and Ugandan security guards who had blocked a road in Doha's Industrial Area to demand four months of unpaid wages, and detained dozens of them, two of the workers said.

The guards, employed by a private security company that supplies staff to hotels and shopping centres, had gathered outside its office at dawn. Police ordered them back into their buses and detained those who refused, the workers said by telephone. "They pushed us and took our phones," one said.

The labour ministry said on Monday that the company had been ordered to pay the wages within a week and that the workers' complaints were being dealt with "in accordance with the law". It did not say how many had been held.

In the United Arab Emirates, authorities detained an Emirati economics lecturer at Dubai International Airport on Thursday as he returned from a conference in London, a rights group based in Britain said. It said he had posted comments online criticising government spending. The UAE government media office did not respond to a request for comment.

Strikes and protests are banned for migrant workers in both countries.""", [
  E(cur, "Protest with intervention", "Qatari police on Sunday broke up a protest by about 300 Kenyan and Ugandan security guards", P("Doha", "QA"), "sunday",
    a1="Protesters (Kenya)", i1=6, a2=QAT_POL, i2=1),
  E(cur, "Arrests", "authorities detained an Emirati economics lecturer at Dubai International Airport", P("Dubai", "AE", 2, lat=25.08, lon=55.31, a1="Dubai"), "thursday",
    a1=ARE_POL, i1=1, a2="Civilians (United Arab Emirates)", i2=7),
]),

S("st-r-006", "2026-04-14", """Fishermen's boats block Victoria harbour; five held

VICTORIA, Mahé – Police arrested five fishermen on Monday after more than 40 boats blocked the entrance to Victoria's fishing port for most of the day in protest at the licensing of foreign purse-seiners in Seychelles waters.

The boats were tied together across the channel from about 6am, keeping tuna vessels at their moorings. Police and coast guard officers ordered them to move in the afternoon; most did, but five men who refused were taken off their boats and held at Central Police Station overnight. They were released on Tuesday morning without charge.

"The big ships take everything. Our boats come back empty," the head of a fishermen's association told reporters on the quay.

On Saturday, about 500 people took part in a peaceful rally in Victoria's Freedom Square against the government's plan to lease land on an outer island for a luxury resort. Organisers said they would return every Saturday until the plan was dropped.

The fisheries minister said he would meet the association this week.""", [
  E(cur, "Protest with intervention", "Police arrested five fishermen on Monday after more than 40 boats blocked the entrance to Victoria's fishing port",
    P("Victoria", "SC"), "monday", a1="Protesters (Seychelles)", i1=6, a2=SYC_POL, i2=1),
  E(cur, "Peaceful protest", "about 500 people took part in a peaceful rally in Victoria's Freedom Square", P("Victoria", "SC"), "saturday",
    a1="Protesters (Seychelles)", i1=6),
], register="local"),

S("st-r-007", "2026-10-05", """CARIBBEAN WEEK
News in brief from around the region, 28 September - 4 October

THE BAHAMAS
Two men were shot dead and a woman wounded outside a bar in the Fox Hill area of Nassau late on Friday. Police said the shooting was the latest in a series of reprisal killings between two rival gangs in the east of New Providence and appealed to witnesses to come forward. It brings the country's murder count to 71 for the year.

BARBADOS
Several hundred nurses marched peacefully through Bridgetown to Government Headquarters on Wednesday to demand the filling of vacant posts at the Queen Elizabeth Hospital.

BELIZE
Police in Belize City detained 14 people on Monday night after a crowd angered by the death of a young man shot by an officer threw stones and bottles at the Queen Street police station and set a police pick-up on fire. Four officers were hurt. The officer involved in the shooting has been interdicted from duty.

ALSO THIS WEEK
Trinidad and Tobago's parliament extended the state of emergency by three months. Jamaica's police commissioner said murders were down 30% on last year.""", [
  E(cur, "Attack", "Two men were shot dead and a woman wounded outside a bar in the Fox Hill area of Nassau", P("Nassau", "BS", 2), "friday",
    a1="Unidentified Armed Group (Bahamas)", i1=3, a2="Civilians (Bahamas)", i2=7, fat=2, inj=1),
  E(cur, "Peaceful protest", "Several hundred nurses marched peacefully through Bridgetown to Government Headquarters", P("Bridgetown", "BB"), "wednesday",
    a1="Protesters (Barbados)", i1=6),
  E(cur, "Violent demonstration", "threw stones and bottles at the Queen Street police station and set a police pick-up on fire", P("Belize City", "BZ"), "2026-09-28",
    a1="Rioters (Belize)", i1=5, a2=BLZ_POL, i2=1, inj=4),
  E(cur, "Other", "parliament extended the state of emergency by three months", C("TT"), "2026-09-28", tp=2, a1="Government of Trinidad and Tobago (2025-)", i1=1),
], register="digest"),

S("st-r-008", "2026-07-28", """Roche-Bois: stones, tear gas after death of detainee; four more arrested

PORT LOUIS – Police on Tuesday arrested four men at their homes in Roche-Bois over the unrest that shook the Port Louis suburb on Sunday night, when residents angered by the death of a young man arrested by the anti-drug squad stoned the local police station.

The 22-year-old died in hospital on Saturday, two days after his arrest. Police said he had been taken ill in his cell; his family said his body was covered in bruises and demanded a second autopsy.

On Sunday evening, about 200 people gathered outside the Roche-Bois police station. Youths threw stones and bottles at the building, smashing its windows, and set fire to tyres on the main road. The Special Mobile Force was called in and fired tear gas to disperse the crowd shortly before midnight. Eleven people were arrested that night and three police officers were slightly hurt.

On Monday evening, several hundred people, many holding candles and photographs of the young man, held a silent vigil in front of the National Assembly in Port Louis. It ended without incident.

The Prime Minister said an independent pathologist would take part in the second autopsy.""", [
  E(cur, "Violent demonstration", "Youths threw stones and bottles at the building, smashing its windows", P("Port Louis", "MU", 2), "sunday",
    a1="Rioters (Mauritius)", i1=5, a2=MUS_POL, i2=1, inj=3),
  E(cur, "Arrests", "Police on Tuesday arrested four men at their homes in Roche-Bois", P("Port Louis", "MU", 2), "tuesday",
    a1=MUS_POL, i1=1, a2="Rioters (Mauritius)", i2=5),
  E(cur, "Peaceful protest", "held a silent vigil in front of the National Assembly in Port Louis", P("Port Louis", "MU"), "monday",
    a1="Protesters (Mauritius)", i1=6),
], register="local"),

S("st-r-009", "2026-08-31", """Eritrean festival in Kassel called off after brawl between rival camps; Tigray officials say Eritrean troops seized farmers

BERLIN, Aug 31 (Wire) - German police called off the second day of an Eritrean cultural festival in the city of Kassel on Sunday after supporters and opponents of the government in Asmara fought each other with sticks, bottles and stones outside the venue on Saturday, injuring nine people.

Several hundred opponents of President Isaias Afwerki, who call the festival a propaganda event, tried to reach the hall on the edge of the city where about 2,000 supporters had gathered. Police in riot gear kept the two groups apart after the fighting and detained 31 people. Two of the injured were taken to hospital.

Hesse's interior minister said the violence had been "imported" and that the organisers would not receive permission to hold the festival in the state again.

In Ethiopia, officials in the Tigray region said on Monday that Eritrean soldiers had detained 17 farmers from the Irob area who had crossed the border with their cattle to graze them near Adi Keyh on Wednesday. The Eritrean information ministry did not respond. Eritrea has not commented on such detentions in the past.

Eritrea has no independent media, and the government has not held national elections since independence in 1993.""", [
  E(cur, "Mob violence", "supporters and opponents of the government in Asmara fought each other with sticks, bottles and stones outside the venue",
    P("Kassel", "DE"), "saturday", a1="Rioters (Eritrea)", i1=5, a2="Rioters (Eritrea)", i2=5, inj=9),
  E(cur, "Arrests", "Eritrean soldiers had detained 17 farmers from the Irob area", P("Adi Keyh", "ER", 2), "wednesday",
    a1=ERI, i1=1, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-r-010", "2026-09-22", """RWANDA-CONGO/
Rwanda says soldiers killed two FDLR fighters who crossed from Congo; YouTube commentator detained in Kigali

KIGALI, Sept 22 (Wire) - Rwandan soldiers killed two armed men who crossed from the Democratic Republic of Congo and fired on a border patrol near Gisenyi late on Sunday, the Rwanda Defence Force said, describing them as members of the FDLR rebel group.

The men came across the border on the shore of Lake Kivu north of the town and opened fire on the patrol, which returned fire, an army spokeswoman said. Two rifles and a grenade were found on the bodies. No Rwandan soldier was hurt, she said.

An FDLR spokesman denied that any of the group's fighters had been in the area and accused Kigali of staging the incident. Congo's army did not comment.

In Kigali, officers of the Rwanda Investigation Bureau detained a YouTube commentator at his home in the Kicukiro district on Monday, a day after he questioned the army's account of the border shooting in a video, his brother said. The bureau said on X that the man was suspected of "spreading false information with intent to create hostile international opinion against the Rwandan state".

The FDLR was founded by Hutu extremists who fled to Congo after the 1994 genocide. Rwanda has cited the group's presence as the reason for its military support for the M23 rebels in eastern Congo, which it denies giving.""", [
  E(cur, "Armed clash", "opened fire on the patrol, which returned fire", P("Gisenyi", "RW", 2), "sunday",
    a1=FDLR, i1=2, a2=RWA, i2=1, fat=2, inj=0),
  E(cur, "Arrests", "detained a YouTube commentator at his home in the Kicukiro district", P("Kigali", "RW", 2), "monday",
    a1=RWA_POL, i1=1, a2="Civilians (Rwanda)", i2=7),
]),
]

STP_POL = "Police Forces of Sao Tome and Principe (2022-)"; TLS_POL = "Police Forces of East Timor (2023-)"; TKM_POL = "Police Forces of Turkmenistan (2022-)"
HRV_POL = "Police Forces of Croatia (2016-)"; ALB_POL = "Police Forces of Albania (2013-)"; FIN_POL = "Police Forces of Finland (2023-)"
VUT_POL = "Police Forces of Vanuatu (2025-)"; FRA_POL = "Police Forces of France (2017-)"

STORIES += [
S("st-r-011", "2026-11-16", """LUSOPHONE AFRICA — THE WEEK IN BRIEF (9–15 November)

CAPE VERDE
Several thousand secondary-school and university students marched peacefully through Praia on Tuesday against a rise in public transport fares. They handed a petition to the prime minister's office.

SÃO TOMÉ AND PRÍNCIPE
Young men burned the police post in Trindade, a few kilometres from the capital, and blocked the road with burning tyres on Thursday night after a motorcycle-taxi driver died when his bike crashed during a police chase. Police and soldiers fired tear gas and live rounds in the air to disperse them. Six people were hurt; one of them, a 19-year-old shot in the chest, died in hospital in São Tomé on Saturday. The government has suspended two officers.

GUINEA-BISSAU
A rally called by the opposition PAIGC in Bissau for Saturday did not take place after the interior ministry banned it, citing "the risk of disturbances". Armed police were posted at the party's headquarters from early morning.

NEXT WEEK
Cape Verde's parliament debates the 2027 budget. São Tomé marks four years since the November 2022 attack on the army headquarters in the capital.""", [
  E(cur, "Peaceful protest", "Several thousand secondary-school and university students marched peacefully through Praia", P("Praia", "CV"), "tuesday",
    a1="Protesters (Cape Verde)", i1=6),
  E(cur, "Violent demonstration", "Young men burned the police post in Trindade", P("Trindade", "ST", 1, lat=0.2967, lon=6.6814, a1="Me-Zochi"), "thursday",
    a1="Rioters (Sao Tome and Principe)", i1=5, a2=STP_POL, i2=1, fat=1, inj=5),
  unscored(E(bg, "Armed clash", "the November 2022 attack on the army headquarters in the capital", P("Sao Tome", "ST"), "2022-11-01", tp=3),
           "event_date", "time_precision", "fatalities", "injuries"),
], register="digest"),

S("st-r-012", "2026-09-29", """Police fire tear gas at Taibessi market vendors in Dili; one dead in Baucau fight between martial arts groups

DILI – Police fired tear gas on Monday at several hundred street vendors and their supporters who had blocked the road outside Taibessi market in Dili to protest against their removal from the pavements around the market.

The vendors, most of them women selling vegetables and betel nut, sat on the road from the early morning and refused to move when municipal officials arrived with trucks to take away their stalls. Police moved in at about 10am. Three women were treated at the national hospital for breathing problems and a man was hurt when he was pushed to the ground, the vendors' association said. Police said eight people had been briefly detained.

In Baucau, a man of 23 was killed by a machete blow and at least five people were hurt late on Saturday when dozens of young men from two rival martial arts groups fought in the Bahu area of the town, police said. Two houses were set on fire. Police said they had reinforced patrols in the town and were looking for the attackers.

Fights between martial arts groups have killed dozens of people in Timor-Leste since independence. The government has repeatedly suspended the groups' activities, most recently in 2023.""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Monday at several hundred street vendors", P("Dili", "TL"), "monday",
    a1="Protesters (East Timor)", i1=6, a2=TLS_POL, i2=1, inj=4),
  E(cur, "Mob violence", "dozens of young men from two rival martial arts groups fought in the Bahu area of the town", P("Baucau", "TL"), "saturday",
    a1="Rioters (East Timor)", i1=5, a2="Rioters (East Timor)", i2=5, fat=1, inj=5),
], register="local"),

S("st-r-013", "2026-03-03", """Turkmenistan: women detained after protest at Turkmenabat bread shop, blogger held in Ashgabat — sources

Our correspondents in Turkmenistan report (names withheld for their safety)

TURKMENABAT – Police detained at least four women on Friday after a crowd of about 60 people, most of them women, shouted at staff and refused to leave a state shop in Turkmenabat's Saharcha district when subsidised flour ran out, two witnesses told our correspondent.

The women had queued since before dawn. When the shop's manager announced that no more flour would be sold that day, the crowd blocked the door and demanded to see the district head. Police officers arrived within half an hour, pushed the women out and took four of them away in a minibus. They were released that night after signing statements promising not to "disturb public order", a relative said.

In Ashgabat, officers of the Ministry of National Security detained a video blogger at his flat on Saturday, a relative said. The blogger had posted clips of queues outside shops on a video platform. His family has not been told where he is held.

Flour and cooking oil have been in short supply in state shops since the autumn. The authorities deny any shortage. Similar scenes were reported from Mary in the spring of last year, when police dispersed a crowd outside a bakery.""", [
  E(cur, "Protest with intervention", "Police detained at least four women on Friday after a crowd of about 60 people", P("Turkmenabat", "TM", 2), "friday",
    a1="Protesters (Turkmenistan)", i1=6, a2=TKM_POL, i2=1),
  E(cur, "Abduction/forced disappearance", "officers of the Ministry of National Security detained a video blogger at his flat", P("Ashgabat", "TM"), "saturday",
    a1=TKM_POL, i1=1, a2="Civilians (Turkmenistan)", i2=7),
  unscored(E(bg, "Protest with intervention", "police dispersed a crowd outside a bakery", P("Mary", "TM"), "2025-03-01", tp=3,
             a1="Protesters (Turkmenistan)", i1=6), "event_date", "time_precision", "actor2", "inter2"),
], register="ngo"),

S("st-r-014", "2026-06-02", """TAIWAN-SECURITY/
Petrol bombs thrown at Tainan legislator's office; farmers rally in Taichung

TAIPEI, June 2 (Wire) - An unidentified man threw two petrol bombs at the constituency office of a ruling-party legislator in the southern city of Tainan early on Monday, scorching its front and destroying a scooter parked outside, police said.

The office was empty at the time and nobody was hurt. Security camera footage showed a man in a helmet and a raincoat riding up on a scooter at about 3:30 a.m., lighting the bottles and throwing them at the door before riding off, police said. They were searching for him.

The legislator, who sits on parliament's defence committee, said he had received threats over his support for a special arms budget. President Lai Ching-te's office condemned "any attempt to intimidate elected representatives".

In Taichung on Monday, about 2,000 fruit farmers rallied peacefully outside the city government against the import of fruit under a trade deal, and marched to the local office of the agriculture ministry.

Political violence is rare in Taiwan. In 2024, a legislator's office in Taipei was splashed with paint by protesters opposed to a parliamentary reform bill.""", [
  E(cur, "Looting/property destruction", "An unidentified man threw two petrol bombs at the constituency office of a ruling-party legislator", P("Tainan", "TW"), "monday",
    a1="Unidentified Armed Group (Taiwan)", i1=3, a2="Civilians (Taiwan)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 2,000 fruit farmers rallied peacefully outside the city government", P("Taichung", "TW"), "monday",
    a1="Protesters (Taiwan)", i1=6),
  unscored(E(bg, "Looting/property destruction", "a legislator's office in Taipei was splashed with paint", P("Taipei", "TW"), "2024-01-01", tp=3),
           "event_date", "time_precision", "sub_event_type", "event_type", "fatalities", "injuries"),
]),

S("st-r-015", "2026-10-20", """Four held over beating of Serb men in Knin; students march in Koper

KNIN – Croatian police on Monday arrested four men suspected of beating two ethnic Serb men in the centre of Knin late on Friday night, the Šibenik-Knin police administration said.

The two men, aged 34 and 41, were set upon by a group of about ten young men shouting nationalist slogans as they left a café near the town's bus station, police said. Both were taken to hospital in Šibenik with head injuries; one was kept in overnight. Police said the attackers had kicked the men as they lay on the ground and smashed the window of their car.

The four arrested, aged between 19 and 24, were picked up at their homes in Knin and nearby villages and were due to appear before an investigating judge. Police said they were still looking for the others.

The Serb National Council condemned what it called "a lynching attempt" and said it was the fifth attack on Serbs in the region this year. The mayor of Knin said the town "will not let a few hooligans define it".

In neighbouring Slovenia, about 800 students marched peacefully through the coastal town of Koper on Saturday to demand more places in student halls.""", [
  E(cur, "Mob violence", "were set upon by a group of about ten young men shouting nationalist slogans", P("Knin", "HR"), "friday",
    a1="Rioters (Croatia)", i1=5, a2="Civilians (Croatia)", i2=7, inj=2),
  E(cur, "Arrests", "The four arrested, aged between 19 and 24, were picked up at their homes in Knin", P("Knin", "HR"), "monday",
    a1=HRV_POL, i1=1, a2="Rioters (Croatia)", i2=5),
  E(cur, "Peaceful protest", "about 800 students marched peacefully through the coastal town of Koper", P("Koper", "SI", a1="Koper"), "saturday",
    a1="Protesters (Slovenia)", i1=6),
], register="local"),

S("st-r-016", "2026-01-27", """ALBANIA-MEDIA/
BOMB WRECKS CAR OF ALBANIAN TV REPORTER IN DURRES; JOURNALISTS PROTEST IN TIRANA

TIRANA, Jan 27 (Wire) - An explosive device wrecked the car of a television reporter who covers organised crime outside her apartment block in the port city of Durrës early on Sunday, police said. Nobody was hurt.

The blast, at about 4 a.m., also broke windows on the first two floors of the building, police said. The reporter, who works for a private news channel, said she had received threats after a series of reports on drug smuggling through the port. "I will not stop," she said on air on Sunday evening.

Police said the device had been placed under the driver's seat and set off remotely. They had questioned several people but made no arrests.

On Monday about 200 journalists stood in silence outside the Ministry of Interior in Tirana holding copies of the reporter's photograph and then laid pens on the steps of the building. Ministry officials came out to meet a delegation. The protest ended peacefully.

Car bombings are frequent in Albania and are usually linked by police to feuds between criminal gangs. Media freedom groups counted at least six attacks on journalists in the country last year.

Caption: Journalists protest outside the Ministry of Interior in Tirana, Jan. 26, 2026.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosive device wrecked the car of a television reporter", P("Durres", "AL"), "sunday",
    a1="Unidentified Armed Group (Albania)", i1=3, a2="Civilians (Albania)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 200 journalists stood in silence outside the Ministry of Interior in Tirana", P("Tirana", "AL"), "monday",
    a1="Protesters (Albania)", i1=6),
  unscored(E(cap, "Peaceful protest", "Journalists protest outside the Ministry of Interior in Tirana, Jan. 26, 2026", P("Tirana", "AL"), "monday",
    a1="Protesters (Albania)", i1=6), "fatalities", "injuries", "geo_precision"),
]),

S("st-r-017", "2026-05-12", """Police remove 112 climate protesters from Porvoo refinery gates; Tallinn teachers rally on Toompea

HELSINKI – Police removed and detained 112 people who had sat down in front of the main gates of the Kilpilahti oil refinery outside Porvoo on Monday morning in a protest by the climate group Elokapina against state support for fossil fuels.

The protesters, some of whom had locked themselves to the fence with bicycle locks, blocked tanker lorries for about five hours before officers carried them one by one to buses, Eastern Uusimaa police said. Police said nobody had been hurt and that all had been released by the evening after their details were recorded.

Elokapina said it would return to the refinery in June. The refinery's operator said fuel deliveries had been delayed but not stopped.

In Tallinn, about 3,000 teachers and supporters gathered on Toompea hill outside the Estonian parliament on Monday to demand the pay rise promised in last year's coalition agreement. The rally ended peacefully after the education minister addressed the crowd.

Estonian teachers held a three-week strike in early 2024.""", [
  E(cur, "Protest with intervention", "Police removed and detained 112 people", P("Porvoo", "FI", 2), "monday",
    a1="Protesters (Finland)", i1=6, a2=FIN_POL, i2=1, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 3,000 teachers and supporters gathered on Toompea hill outside the Estonian parliament", P("Tallinn", "EE"), "monday",
    a1="Protesters (Estonia)", i1=6),
], register="local"),

S("st-r-018", "2026-11-10", """DENMARK-CRIME/
Hand grenade explodes outside Copenhagen apartment block, police link blast to gang conflict

COPENHAGEN, Nov 10 (Wire) - A hand grenade exploded outside the entrance of an apartment block in the Tingbjerg district of Copenhagen late on Sunday, blowing out windows and damaging the door, police said, linking the blast to an ongoing conflict between criminal gangs.

No one was injured. Residents said they had heard a loud bang shortly before 11 p.m. and found glass on the stairs. Police said a man in dark clothes had been seen running towards the ring road.

"We believe the explosion is connected to the conflict between two gangs that has been going on since the summer," a Copenhagen police duty officer told reporters. The conflict has involved at least nine shootings and explosions in the capital area since July, police say.

On Monday, police arrested two Swedish teenagers at Copenhagen Central Station on suspicion of involvement in the blast. Danish police say Swedish gangs have hired young people in Sweden to carry out attacks in Denmark.

Hundreds of Tingbjerg residents held a peaceful march through the district on Monday evening under the slogan "Our street, not theirs".""", [
  E(cur, "Grenade", "A hand grenade exploded outside the entrance of an apartment block", P("Copenhagen", "DK", 2), "sunday",
    a1="Unidentified Armed Group (Denmark)", i1=3, a2="Civilians (Denmark)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "police arrested two Swedish teenagers at Copenhagen Central Station", P("Copenhagen", "DK"), "monday",
    a1="Police Forces of Denmark (2019-)", i1=1, a2="Unidentified Armed Group (Denmark)", i2=3),
  E(cur, "Peaceful protest", "Hundreds of Tingbjerg residents held a peaceful march through the district", P("Copenhagen", "DK", 2), "monday",
    a1="Protesters (Denmark)", i1=6),
]),

S("st-r-019", "2026-04-28", """Fire destroys Kaunas warehouse of aid group for Ukraine; Riga parents march over school reform

KAUNAS – A fire that destroyed a warehouse used by a volunteer group to store drones and medical supplies for Ukraine in Kaunas early on Sunday was started deliberately, Lithuanian police said on Monday.

Investigators found traces of an accelerant at two points along the back wall of the building, in an industrial area on the city's eastern edge. No one was inside. The group said it had lost supplies worth about 200,000 euros.

Prosecutors said they did not rule out sabotage. Lithuanian officials have blamed Russian intelligence services for arson attacks in the Baltic states since 2024, which Moscow denies. Police have made no arrests.

In Riga, about 1,500 parents and teachers marched peacefully on Saturday to the Ministry of Education to demand that the switch to Latvian-only teaching in schools be slowed down. Police reported no incidents.

Latvia's parliament approved the switch in 2022; it is to be completed by the autumn of 2026.""", [
  E(cur, "Looting/property destruction", "A fire that destroyed a warehouse used by a volunteer group to store drones and medical supplies", P("Kaunas", "LT", 2), "sunday",
    a1="Unidentified Armed Group (Lithuania)", i1=3, a2="Civilians (Lithuania)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 1,500 parents and teachers marched peacefully on Saturday to the Ministry of Education", P("Riga", "LV"), "saturday",
    a1="Protesters (Latvia)", i1=6),
], register="local"),

S("st-r-020", "2026-09-14", """PACIFIC ROUND-UP
The week's news from Vanuatu, Fiji and New Caledonia

VANUATU – Men armed with knives and sticks burned three houses and a church hall at a settlement on the edge of Luganville on Tuesday in a dispute over customary land, Santo police said. Two people were hurt. Police arrested 11 men on Wednesday and said they would be charged with arson. The landowners' chief said the settlers had been told to leave in July.

FIJI – About 1,000 members of the teachers' and nurses' unions marched peacefully through Suva on Thursday to demand a cost-of-living allowance. The march, the first of its size in years, had a police permit.

NEW CALEDONIA – Youths threw stones at gendarmes who were clearing a roadblock on the main road at Païta, north of Nouméa, on Friday night. One gendarme was slightly hurt and two young men were detained. The roadblock had been set up after the arrest of a pro-independence activist earlier in the week.

COMING UP – Vanuatu's parliament resumes on Monday.""", [
  E(cur, "Mob violence", "Men armed with knives and sticks burned three houses and a church hall at a settlement on the edge of Luganville",
    P("Luganville", "VU", 2), "tuesday", a1="Rioters (Vanuatu)", i1=5, a2="Civilians (Vanuatu)", i2=7, inj=2),
  E(cur, "Arrests", "Police arrested 11 men on Wednesday", P("Luganville", "VU"), "wednesday", a1=VUT_POL, i1=1, a2="Rioters (Vanuatu)", i2=5),
  E(cur, "Peaceful protest", "About 1,000 members of the teachers' and nurses' unions marched peacefully through Suva", P("Suva", "FJ"), "thursday",
    a1="Protesters (Fiji)", i1=6),
  E(cur, "Violent demonstration", "Youths threw stones at gendarmes who were clearing a roadblock", P("Paita", "NC"), "friday",
    a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1, inj=1),
], register="digest"),
]

BFA = "Military Forces of Burkina Faso (2022-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"; ISSP = "Islamic State Sahel Province"
NER = "Military Forces of Niger (2023-)"; MLI = "Military Forces of Mali (2021-)"; FULANI_NG = "Fulani Ethnic Militia (Nigeria)"
CMR = "Military Forces of Cameroon (1982-)"; RSF = "Rapid Support Forces"; SDN = "Military Forces of Sudan (2019-)"
SSD = "Military Forces of South Sudan (2011-)"; IO = "SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition"
NAS = "NAS: National Salvation Front"; SHABAAB = "Al Shabaab"; SOM = "Military Forces of Somalia (2022-)"; KEN_POL = "Police Forces of Kenya (2022-)"
MMR = "Military Forces of Myanmar (2021-)"; CDF = "Chinland Defense Force"; PAK = "Military Forces of Pakistan (2024-)"; BLA = "BLA: Balochistan Liberation Army"
IRN = "Military Forces of Iran (1989-)"; JAA = "Jaish al-Adl"; NRF = "NRF: National Resistance Front"; AFG = "Military Forces of Afghanistan (2021-)"
AFG_POL = "Police Forces of Afghanistan (2021-)"

STORIES += [
S("st-r-021", "2026-02-18", """BURKINA-SECURITY/
Jihadists kill 14 soldiers and volunteers in attack on Bogandé; drone strike on market near Diapaga kills nine, residents say

OUAGADOUGOU, Feb 18 (Wire) - Militants of the al Qaeda-linked JNIM attacked a military detachment and a camp of the Volunteers for the Defence of the Homeland (VDP) in Bogandé, in eastern Burkina Faso, on Sunday, killing at least 14 soldiers and volunteers, two security sources said.

Hundreds of fighters on motorbikes attacked at dawn from several directions, one of the sources said, and the fighting lasted several hours before air support arrived. JNIM said in a claim on Monday that it had killed 40 "militiamen and soldiers" and seized weapons and vehicles. The army has not commented; state television reported on Tuesday that "a terrorist incursion" in the Est region had been "vigorously repelled".

Residents of a village about 30 km from Diapaga, in Tapoa province, said a drone had struck the weekly market there last Thursday, killing nine people, all of them traders and farmers. The army said on Friday that it had destroyed "a logistics base of terrorists" in the area, without giving a location or a toll.

Bogandé has been under a blockade by JNIM since 2023, and food reaches it only in military-escorted convoys. The attack is the deadliest in the Est region since the raid on the Diapaga garrison in 2025, according to a local security monitor, and comes three weeks after the ambush of a supply convoy on the Fada N'Gourma road, in which the army has never said how many soldiers died.

Communications in the region are poor, and the accounts could not be independently verified.""", [
  E(cur, "Armed clash", "attacked a military detachment and a camp of the Volunteers for the Defence of the Homeland (VDP) in Bogandé", P("Bogande", "BF"), "sunday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=14),
  E(cur, "Air/drone strike", "a drone had struck the weekly market there last Thursday", P("Diapaga", "BF", 2), "thursday",
    a1=BFA, i1=1, a2="Civilians (Burkina Faso)", i2=7, fat=9),
  unscored(E(bg, "Armed clash", "the raid on the Diapaga garrison in 2025", P("Diapaga", "BF"), "2025-01-01", tp=3),
           "event_date", "time_precision", "fatalities", "injuries"),
  unscored(E(bg, "Armed clash", "the ambush of a supply convoy on the Fada N'Gourma road", P("Fada N'gourma", "BF", 2), "2026-01-26", tp=2, a2=BFA, i2=1),
           "event_date", "time_precision", "fatalities", "injuries", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "actor1", "inter1"),
]),

S("st-r-022", "2026-05-16", """Gunmen kill 17 villagers near Banibangou in western Niger; Mali says air strike killed 20 fighters near Ménaka

NIAMEY, May 16 — Gunmen killed 17 villagers, among them a village chief and his two sons, in an attack on a village about 20 km from the town of Banibangou in Niger's Tillabéri region on Thursday, two local officials said.

The attackers arrived on dozens of motorcycles in the late afternoon, rounded up men in the village square and shot them, then burned granaries and drove away cattle, one of the officials said. The officials blamed fighters of Islamic State Sahel Province, which has repeatedly attacked villages in the area that refused to pay it a levy on livestock. The group did not claim the attack.

Niger's defence ministry said on Friday that troops sent after the attack had caught up with the attackers near the village on Thursday evening and killed 11 of them. It did not mention the villagers' deaths.

In neighbouring Mali, the army said on Friday that its air force had struck "a column of terrorists" near Ménaka on Wednesday, killing about 20. It did not say which group the fighters belonged to.

The three juntas of Niger, Mali and Burkina Faso have formed a joint force to fight the jihadists, whose violence has spread across the central Sahel since 2012.""", [
  E(cur, "Attack", "Gunmen killed 17 villagers, among them a village chief and his two sons", P("Banibangou", "NE", 2, lat=15.04, lon=2.7, a1="Tillaberi"), "thursday",
    a1=ISSP, i1=2, a2="Civilians (Niger)", i2=7, fat=17),
  unscored(E(cur, "Armed clash", "troops sent after the attack had caught up with the attackers near the village", P("Banibangou", "NE", 2, lat=15.04, lon=2.7, a1="Tillaberi"),
             "thursday", a1=NER, i1=1, a2=ISSP, i2=2, fat=11), "actor2", "inter2"),
  E(cur, "Air/drone strike", "its air force had struck \"a column of terrorists\" near Ménaka", P("Menaka", "ML", 2, lat=15.92, lon=2.4, a1="Menaka"), "wednesday",
    a1=MLI, i1=1, a2="Unidentified Armed Group (Mali)", i2=3, fat=20),
]),

S("st-r-023", "2026-07-07", """Benue: herdsmen kill 11 in Agatu village; youths block Makurdi road with victims' bodies

MAKURDI — Suspected herdsmen killed at least 11 people in an overnight attack on Adagbo, a farming village in Agatu Local Government Area of Benue State, police said on Sunday. Residents and a local councillor put the toll at 17.

The attackers came in from the bush at about 11pm on Saturday, shooting at people as they fled and setting fire to houses, a resident said. Women and children were among the dead. The state police command said in a statement that a tactical team had been deployed to the area and that "normalcy has been restored".

On Monday, hundreds of young men carried eight of the bodies on a pick-up truck to Makurdi, the state capital, and laid them on the road at Wurukum roundabout, blocking traffic for several hours. Police fired tear gas to clear the road and the bodies were taken to the mortuary. Two protesters were taken to hospital.

The state governor condemned the killings and said he would ask the federal government for more troops. Agatu has seen repeated attacks since 2016, when hundreds of villagers were killed in a wave of raids by herdsmen on the area.""", [
  E(cur, "Attack", "Suspected herdsmen killed at least 11 people in an overnight attack on Adagbo", P("Obagaji", "NG", 2, lat=7.89, lon=7.91, a1="Benue", a2="Agatu"), "saturday",
    a1=FULANI_NG, i1=4, a2="Civilians (Nigeria)", i2=7, fat=11),
  E(cur, "Protest with intervention", "Police fired tear gas to clear the road", P("Makurdi", "NG"), "monday",
    a1="Protesters (Nigeria)", i1=6, a2="Police Forces of Nigeria (2023-)", i2=1, inj=2),
  unscored(E(bg, "Attack", "when hundreds of villagers were killed in a wave of raids by herdsmen", P("Agatu", "NG", 3, lat=7.89, lon=7.91, a1="Benue", a2="Agatu"), "2016-01-01", tp=3,
             a1=FULANI_NG, i1=4, a2="Civilians (Nigeria)", i2=7, fat=100), "event_date", "time_precision", "fatalities", "location", "geo_precision", "latitude", "longitude"),
], register="local"),

S("st-r-024", "2026-03-12", """CAMEROON
North-West Region — Flash Update No. 2
(as of 11 March 2026)

KEY FIGURES
8 teachers abducted | 1 civilian killed | about 1,200 people newly displaced

SITUATION OVERVIEW
• On 7 March, unidentified armed men abducted eight teachers from a government secondary school in Ndop, Ngoketunjia division. Five were released on 9 March; three remain missing. Classes in the town have been suspended.
• On 8 March, an improvised explosive device hit a military vehicle on the Bamenda–Kumbo road near Kumbo, Bui division. Two soldiers were wounded.
• On 9 March, heavy exchanges of fire between state security forces and non-state armed groups in Batibo, Momo division, lasted much of the day. A woman was killed by a stray bullet in her home. About 200 households fled towards Bamenda.
• Non-state armed groups have announced a lockdown across the region from 15 to 17 March. Humanitarian partners expect movement to be severely restricted.

HUMANITARIAN RESPONSE
Partners have distributed food and household items to 340 displaced households in Bamenda. Access to Batibo remains limited.

The crisis in the North-West and South-West regions, which began in 2016, has displaced more than 600,000 people.""", [
  E(cur, "Abduction/forced disappearance", "unidentified armed men abducted eight teachers", P("Ndop", "CM", lat=5.99, lon=10.44, a1="North-West"), "2026-03-07",
    a1="Unidentified Armed Group (Cameroon)", i1=3, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Remote explosive/landmine/IED", "an improvised explosive device hit a military vehicle on the Bamenda–Kumbo road near Kumbo", P("Kumbo", "CM", 2, a1="North-West"), "2026-03-08",
    a1="Unidentified Armed Group (Cameroon)", i1=3, a2=CMR, i2=1, inj=2),
  E(cur, "Armed clash", "heavy exchanges of fire between state security forces and non-state armed groups in Batibo", P("Batibo", "CM", a1="North-West"), "2026-03-09",
    a1=CMR, i1=1, a2="Unidentified Armed Group (Cameroon)", i2=3, fat=1),
], register="ngo"),

S("st-r-025", "2026-08-20", """SUDAN-CONFLICT/
RSF shells Babanusa, killing six; army drone hits El Fula

PORT SUDAN, Aug 20 (Wire) - The paramilitary Rapid Support Forces shelled residential areas of Babanusa in Sudan's West Kordofan state on Tuesday, killing six civilians, three of them children, a local medical source said.

The shells landed near the town's main market and a school used as a shelter for displaced families, the source said. Babanusa is the base of the army's 22nd Infantry Division and has been besieged by the RSF for more than two years.

On Wednesday, an army drone struck El Fula, the state capital, which the RSF holds. A military source said the strike had hit "a gathering of militia leaders" and killed dozens. The RSF said the drone had hit a market and killed four civilians. Neither account could be verified.

Residents of villages north of En Nahud said RSF fighters had gone from house to house on Monday taking livestock, grain and mobile phones. Nobody was reported killed.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced about 12 million, according to the United Nations.

Copyright 2026 Wire. All rights reserved.""", [
  E(cur, "Shelling/artillery/missile attack", "The paramilitary Rapid Support Forces shelled residential areas of Babanusa", P("Babanusa", "SD", lat=11.33, lon=27.8, a1="West Kordofan"),
    "tuesday", a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=6),
  unscored(E(cur, "Air/drone strike", "an army drone struck El Fula", P("Al Fulah", "SD", lat=11.71, lon=28.35, a1="West Kordofan"), "wednesday",
             a1=SDN, i1=1), "actor2", "inter2", "fatalities", "injuries"),
  E(cur, "Looting/property destruction", "RSF fighters had gone from house to house on Monday taking livestock, grain and mobile phones",
    P("An Nuhud", "SD", 2, lat=12.7, lon=28.43, a1="West Kordofan"), "monday", a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0),
]),

S("st-r-026", "2026-04-09", """South Sudan: five villagers killed near Morobo, NAS blamed; army and SPLA-IO fight near Akobo

JUBA, April 9 — Gunmen killed five villagers and burned about 30 huts in a village near Morobo, in Central Equatoria state near the Ugandan and Congolese borders, on Sunday, the county commissioner said, blaming rebels of the National Salvation Front (NAS).

Two women and a child were among the dead, and four wounded people were taken to the hospital in Yei, the commissioner told local radio. Surviving villagers fled across the border into Uganda, he said. A NAS spokesman denied that the group's fighters had been in the area and accused government soldiers of the killings.

Separately, fighting broke out on Tuesday between the army and forces of the SPLA-IO, the armed wing of First Vice-President Riek Machar's party, near Akobo, on the Ethiopian border, both sides said. The SPLA-IO said it had repulsed an army attack on its positions and killed 20 soldiers; the army said its troops had repulsed the SPLA-IO and killed 11 of its fighters. The figures could not be verified.

The SPLA-IO warned that it would "take the war to Malakal" if the army did not withdraw from positions it seized around Nasir last year. The UN mission in South Sudan called on both sides to respect the ceasefire.""", [
  E(cur, "Attack", "Gunmen killed five villagers and burned about 30 huts in a village near Morobo", P("Morobo", "SS", 2, lat=3.69, lon=30.78, a1="Central Equatoria"), "sunday",
    a1=NAS, i1=2, a2="Civilians (South Sudan)", i2=7, fat=5, inj=4),
  unscored(E(cur, "Armed clash", "fighting broke out on Tuesday between the army and forces of the SPLA-IO", P("Akobo", "SS", 2, lat=7.78, lon=33.0, a1="Jonglei"), "tuesday",
             a1=SSD, i1=1, a2=IO, i2=2), "fatalities", "injuries"),
  unscored(E(thr, "Armed clash", "take the war to Malakal", P("Malakal", "SS", a1="Upper Nile"), None, a1=IO, i1=2, a2=SSD, i2=1),
           "event_date", "time_precision", "fatalities", "injuries"),
]),

S("st-r-027", "2026-10-14", """SOMALIA-KENYA/
Al Shabaab overruns army outpost near Afgoye, kills seven soldiers; roadside bomb kills three Kenyan police near Kiunga

MOGADISHU, Oct 14 (Wire) - Al Shabaab fighters attacked a Somali army outpost on the outskirts of Afgoye, about 30 km north-west of Mogadishu, before dawn on Monday, killing seven soldiers, a military officer said.

The militants held the outpost for several hours and burned two military vehicles, then withdrew when reinforcements arrived from the town, the officer said. Al Shabaab said in a statement on its radio station that it had killed 19 soldiers.

In Kenya's coastal Lamu county, three police officers were killed and two wounded on Sunday when their vehicle struck a roadside bomb on the road between Kiunga and the Boni forest, close to the Somali border, police said. They blamed Al Shabaab, which has planted explosives on roads in the border counties for years. Kenya's interior minister said more officers would be sent to the area.

Somalia's government says it has driven the group from much of central Somalia since 2022, but the militants have retaken several towns in the Lower and Middle Shabelle regions this year.""", [
  E(cur, "Armed clash", "Al Shabaab fighters attacked a Somali army outpost on the outskirts of Afgoye", P("Afgoye", "SO", 2, lat=2.14, lon=45.12, a1="Lower Shabelle"), "monday",
    a1=SHABAAB, i1=2, a2=SOM, i2=1, fat=7),
  E(cur, "Remote explosive/landmine/IED", "their vehicle struck a roadside bomb on the road between Kiunga and the Boni forest", P("Kiunga", "KE", 2, lat=-1.75, lon=41.48, a1="Lamu"), "sunday",
    a1=SHABAAB, i1=2, a2=KEN_POL, i2=1, fat=3, inj=2),
]),

S("st-r-028", "2026-01-23", """MYANMAR-CONFLICT/
Air strike on Matupi hospital kills five, Chin resistance says; fighters attack army camp near Tedim

BANGKOK, Jan 23 (Wire) - A Myanmar military jet bombed the hospital in Matupi, a town in southern Chin State held by resistance forces, on Wednesday, killing five people, including two nurses, and wounding 12, a spokesman for the local resistance administration said.

Two bombs hit the main ward and the pharmacy, he said. Patients were moved to a school outside the town. A spokesman for the junta said the air force targeted only "terrorist" positions and that reports of civilian deaths were "fabricated".

On Monday, fighters of the Chinland Defense Force attacked an army camp on a hill near Tedim, in northern Chin, the group said, claiming to have killed eight soldiers. The junta did not comment.

Chin resistance groups have taken most of the state's towns since the 2021 coup, and the military has relied increasingly on air power to hit back. The junta plans to hold further rounds of voting in areas it controls this year.""", [
  E(cur, "Air/drone strike", "A Myanmar military jet bombed the hospital in Matupi", P("Matupi", "MM", lat=21.61, lon=93.44, a1="Chin"), "wednesday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=5, inj=12),
  E(cur, "Armed clash", "fighters of the Chinland Defense Force attacked an army camp on a hill near Tedim", P("Tedim", "MM", 2, lat=23.38, lon=93.65, a1="Chin"), "monday",
    a1=CDF, i1=2, a2=MMR, i2=1, fat=8),
]),

S("st-r-029", "2026-06-16", """PAKISTAN-IRAN/
Baloch separatists ambush army convoy near Turbat; Jaish al-Adl attack kills three Iranian border guards

QUETTA, June 16 — Baloch separatists ambushed a military convoy near Turbat in Pakistan's south-western Balochistan province on Sunday, killing six soldiers, the military's media wing said.

The Inter-Services Public Relations (ISPR) said the attackers had opened fire from the hills on both sides of the road and that four of them had been killed in the exchange of fire. The outlawed Balochistan Liberation Army (BLA) claimed the attack and said it had killed 15 soldiers.

In a separate operation on Monday, security forces killed three militants in Panjgur district, the ISPR said, without naming their group.

Across the border in Iran, gunmen attacked a border guard post near the town of Mirjaveh in Sistan-Baluchestan province on Saturday night, killing three border guards, state media said. The Sunni militant group Jaish al-Adl claimed the attack.

Both countries accuse each other of sheltering Baloch militants on their soil.""", [
  E(cur, "Armed clash", "Baloch separatists ambushed a military convoy near Turbat", P("Turbat", "PK", 2), "sunday",
    a1=BLA, i1=2, a2=PAK, i2=1, fat=10),
  E(cur, "Armed clash", "security forces killed three militants in Panjgur district", P("Panjgur", "PK", 3, geoname="Panjgur", a1="Balochistan", a2="Panjgur"), "monday",
    a1=PAK, i1=1, a2="Unidentified Armed Group (Pakistan)", i2=3, fat=3),
  E(cur, "Armed clash", "gunmen attacked a border guard post near the town of Mirjaveh", P("Mirjaveh", "IR", 2, lat=29.01, lon=61.45, a1="Sistan and Baluchestan"), "saturday",
    a1=JAA, i1=2, a2=IRN, i2=1, fat=3),
]),

S("st-r-030", "2026-09-06", """Afghan resistance says it attacked Taliban post in Panjshir; Taliban deny; former army officer detained in Kabul

KABUL — The anti-Taliban National Resistance Front (NRF) said on Friday that its fighters had attacked a Taliban checkpoint in Panjshir province on Thursday night, killing four Taliban fighters and wounding three.

A Taliban spokesman for the province denied that any attack had taken place and said the NRF's statements were "propaganda from abroad". Residents reached by telephone said they had heard shooting for about half an hour that night.

In Kabul, officers of the Taliban's General Directorate of Intelligence detained a former army colonel at his home in the Khair Khana area on Saturday, his relatives said. The man had returned from Iran in July under the Taliban's general amnesty for former government employees. The Taliban did not comment.

The United Nations has documented hundreds of arrests and dozens of killings of former government and security officials since the Taliban took power in August 2021, despite the amnesty.""", [
  unscored(E(cur, "Armed clash", "its fighters had attacked a Taliban checkpoint in Panjshir province", P("Panjshir", "AF", 3, lat=35.31, lon=69.52, a1="Panjshir"), "thursday",
             a1=NRF, i1=2, a2=AFG, i2=1, fat=4, inj=3), "fatalities", "injuries"),
  E(cur, "Arrests", "detained a former army colonel at his home in the Khair Khana area", P("Kabul", "AF", 2), "saturday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
]),
]

ELN = "ELN: National Liberation Army"; F33 = "33rd Front"; COL = "Military Forces of Colombia (2022-)"; GRIF = "Gran Grif"
ECU_GOV = "Government of Ecuador (2023-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"; YEM = "Military Forces of Yemen (2022-)"
TUN_POL = "Police Forces of Tunisia (2019-)"; CODECO = "CODECO: Cooperative for Development of Congo"; ADF = "ADF: Allied Democratic Forces"
MONUSCO = "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"
TCD = "Military Forces of Chad (2021-)"; TCD_POL = "Police Forces of Chad (2021-)"; IND_POL = "Police Forces of India (2014-)"
KUKI = "Kuki Ethnic Militia (India)"; MEITEI = "Meitei Ethnic Militia (India)"; RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
PNG_GOV = "Government of Papua New Guinea (2019-)"

STORIES += [
S("st-r-031", "2026-09-16", """COLOMBIA-CONFLICT/
Six killed as ELN and FARC dissidents fight in Catatumbo; drone attack wounds two soldiers

BOGOTA, Sept 16 (Wire) - Six people were killed on Monday in fighting between ELN guerrillas and the 33rd Front, a FARC dissident group, in a rural area of Sardinata in the Catatumbo region, the ombudsman's office in Norte de Santander said.

Four of the dead were fighters and two were farmers caught in the crossfire, the office said. About 800 people fled their homes for the town centre of Sardinata, where the local government opened a school and a sports hall as shelters.

On Tuesday, a drone dropped explosives on an army base in El Tarra, wounding two soldiers, the army said, blaming the ELN.

The ELN said in a statement that it would enforce an "armed strike" across Catatumbo from Friday and warned people not to travel on the region's roads.

The region has been the scene of a war between the two groups since the ELN launched an offensive against the dissidents in January 2025, which forced more than 50,000 people from their homes. President Gustavo Petro suspended peace talks with the ELN at the time.""", [
  E(cur, "Armed clash", "fighting between ELN guerrillas and the 33rd Front", P("Sardinata", "CO", 2), "monday",
    a1=ELN, i1=2, a2=F33, i2=2, fat=6),
  E(cur, "Air/drone strike", "a drone dropped explosives on an army base in El Tarra", P("El Tarra", "CO"), "tuesday",
    a1=ELN, i1=2, a2=COL, i2=1, inj=2),
  unscored(E(thr, "Other", "it would enforce an \"armed strike\" across Catatumbo from Friday", P("Tibu", "CO", 3), None, a1=ELN, i1=2),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "sub_event_type", "event_type"),
  unscored(E(bg, "Armed clash", "the ELN launched an offensive against the dissidents in January 2025", P("Tibu", "CO"), "2025-01-01", tp=3, a1=ELN, i1=2, a2=F33, i2=2),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "admin2", "fatalities", "injuries"),
]),

S("st-r-032", "2026-05-28", """Gran Grif gang kills six in raid near Verrettes; drone strike hits gang base, police say

PORT-AU-PRINCE — Members of the Gran Grif gang killed six people, including a schoolteacher and her two daughters, in a night raid on a farming village outside Verrettes in Haiti's Artibonite department on Monday, and set fire to about 40 houses, a local official and a human rights group said.

The gunmen arrived on motorcycles and on foot at about 10pm and fired on residents as they ran into the rice fields, the official said. Several people were missing on Wednesday. The gang's leader said in a video on social media that the village had "sheltered police informers".

Police said on Tuesday that drones operated by a government task force had struck a Gran Grif base near Petite-Rivière-de-l'Artibonite, killing at least five gang members. The claim could not be verified.

On Wednesday, several hundred people displaced from villages around Verrettes marched peacefully through Saint-Marc to demand that the state send troops to the area.

The United Nations says gang violence has killed more than 5,000 people in Haiti in each of the last two years and displaced more than a million.""", [
  E(cur, "Attack", "Members of the Gran Grif gang killed six people, including a schoolteacher and her two daughters", P("Verrettes", "HT", 2, lat=19.05, lon=-72.47, a1="Artibonite"), "monday",
    a1=GRIF, i1=3, a2="Civilians (Haiti)", i2=7, fat=6),
  unscored(E(cur, "Air/drone strike", "drones operated by a government task force had struck a Gran Grif base", P("Petite Riviere de l'Artibonite", "HT", 2, lat=19.13, lon=-72.48, a1="Artibonite"),
             "tuesday", tp=2, a1="Police Forces of Haiti (2024-)", i1=1, a2=GRIF, i2=3, fat=5), "actor1", "inter1", "event_date", "time_precision"),
  E(cur, "Peaceful protest", "several hundred people displaced from villages around Verrettes marched peacefully through Saint-Marc", P("Saint-Marc", "HT"), "wednesday",
    a1="Protesters (Haiti)", i1=6),
], register="local"),

S("st-r-033", "2026-04-03", """ECUADOR-SECURITY/
Gunmen kill five at Manta cockfight; Noboa extends emergency in three provinces

QUITO, April 3 (Wire) - Gunmen killed five men and wounded three at a cockfighting ring on the outskirts of the Pacific port city of Manta on Wednesday night, police said, blaming a dispute between criminal gangs over control of drug shipments through the port.

Four men wearing hoods walked into the ring during a fight and opened fire on the spectators before escaping in a pick-up, police said. Police said on Thursday they had arrested two suspects, one of them a 16-year-old, in a raid on a house nearby.

President Daniel Noboa on Thursday signed a decree extending the state of emergency in Manabí, Guayas and Los Ríos provinces for 60 days, allowing the army to patrol the streets alongside the police and suspending the inviolability of homes.

Ecuador's murder rate rose to a record last year despite a series of emergencies and the deployment of the military against gangs that the government has declared "terrorist" groups.""", [
  E(cur, "Attack", "Gunmen killed five men and wounded three at a cockfighting ring", P("Manta", "EC", 2), "wednesday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=5, inj=3),
  unscored(E(cur, "Arrests", "Police said on Thursday they had arrested two suspects", P("Manta", "EC", 2), "thursday", tp=2,
             a1="Police Forces of Ecuador (2023-)", i1=1), "actor2", "inter2"),
  unscored(E(cur, "Other", "signed a decree extending the state of emergency in Manabí, Guayas and Los Ríos provinces", C("EC"), "thursday", a1=ECU_GOV, i1=1),
           "geo_precision"),
]),

S("st-r-034", "2026-07-14", """YEMEN-WAR/
Houthi shell kills three at Taiz water point; drone hits government position near al-Dhale

ADEN, July 14 (Wire) - A woman and two children were killed and five other people wounded when a shell fired by Houthi forces hit a queue at a water distribution point in an eastern district of the city of Taiz on Sunday, a hospital official said.

The victims had been filling jerrycans from a charity's water tank when the shell landed, the official said. The government's information minister accused the Houthis of "deliberately targeting residential neighbourhoods". A Houthi military spokesman said its forces had been responding to government shelling and denied targeting civilians.

On Monday, a Houthi drone struck a position of government forces north of the city of al-Dhale, killing three soldiers and wounding four, a military source said.

Taiz, Yemen's third-largest city, has been divided by front lines since 2015. The Houthis reopened some roads into the city in 2024, but fighting on its edges has continued despite a truce that largely holds elsewhere.""", [
  E(cur, "Shelling/artillery/missile attack", "a shell fired by Houthi forces hit a queue at a water distribution point", P("Taiz", "YE", 2, lat=13.58, lon=44.02, a1="Taiz"), "sunday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=3, inj=5),
  E(cur, "Air/drone strike", "a Houthi drone struck a position of government forces north of the city of al-Dhale", P("Ad Dali", "YE", 2, lat=13.7, lon=44.73, a1="Ad Dali"), "monday",
    a1=HOUTHI, i1=1, a2=YEM, i2=1, fat=3, inj=4),
]),

S("st-r-035", "2026-10-27", """Four dead as armed groups fight in Bani Walid; jobless youths stone police in Tunisia's Metlaoui

TRIPOLI — Four people, among them a passer-by, were killed and 11 wounded when two armed groups fought with machine guns and rocket-propelled grenades in the centre of Bani Walid, south-east of Tripoli, on Sunday, the town's hospital said.

The fighting, over control of a fuel depot on the road to Misrata, lasted about five hours and closed the town's main market. Elders from the town said on Monday that the two groups had agreed to a truce and to hand the depot to a neutral force. The interior ministry of the Tripoli-based government said it would "not tolerate" armed clashes in residential areas.

In Tunisia, young unemployed men threw stones at police in the phosphate-mining town of Metlaoui on Monday when officers came to reopen a railway line the protesters had blocked for a week, demanding jobs at the state phosphate company. Police fired tear gas and arrested six people, a local rights group said.

Bani Walid, a stronghold of supporters of Muammar Gaddafi during the 2011 uprising, has largely stayed out of the fighting between rival governments since 2014.""", [
  E(cur, "Armed clash", "two armed groups fought with machine guns and rocket-propelled grenades in the centre of Bani Walid", P("Bani Walid", "LY"), "sunday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=4, inj=11),
  E(cur, "Agreement", "the two groups had agreed to a truce", P("Bani Walid", "LY"), "monday", tp=2,
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3),
  E(cur, "Violent demonstration", "young unemployed men threw stones at police in the phosphate-mining town of Metlaoui", P("Metlaoui", "TN", geoname="Al Metlaoui"), "monday",
    a1="Rioters (Tunisia)", i1=5, a2=TUN_POL, i2=1),
]),

S("st-r-036", "2026-11-05", """DEMOCRATIC REPUBLIC OF THE CONGO
Ituri — Humanitarian flash update: Djugu and Mambasa territories
(as of 4 November 2026)

KEY POINTS
• Nine displaced people killed in an attack on a displacement site near Fataki on 1 November.
• Six travellers killed on the Mambasa–Niania road on 2 November.
• Peacekeepers repelled a second attack on the Fataki site on 3 November.

SITUATION
On 1 November, CODECO militiamen armed with machetes and guns attacked a displacement site about 3 km from Fataki, in Djugu territory, killing nine displaced people, among them four children, and burning some 70 shelters. Twelve wounded were taken to the Fataki health centre.

On 2 November, suspected ADF fighters stopped vehicles on the Mambasa–Niania road about 20 km north of Mambasa and killed six travellers. Four others were taken away; their whereabouts are unknown.

On 3 November, MONUSCO peacekeepers guarding the Fataki site repelled an attack by CODECO militiamen in the early morning. One peacekeeper was slightly wounded. Since the attacks, about 4,500 of the site's residents have moved to Fataki town.

NEEDS AND RESPONSE
Shelter kits and food are urgently needed. Partners plan a joint assessment mission on 7 November, subject to security conditions.""", [
  E(cur, "Attack", "CODECO militiamen armed with machetes and guns attacked a displacement site about 3 km from Fataki", P("Fataki", "CD", 2, lat=1.87, lon=30.71, a1="Ituri"),
    "2026-11-01", a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=9, inj=12),
  E(cur, "Attack", "suspected ADF fighters stopped vehicles on the Mambasa–Niania road", P("Mambasa", "CD", 2, lat=1.36, lon=29.05, a1="Ituri"), "2026-11-02",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=6),
  E(cur, "Armed clash", "MONUSCO peacekeepers guarding the Fataki site repelled an attack by CODECO militiamen", P("Fataki", "CD", 2, lat=1.87, lon=30.71, a1="Ituri"),
    "2026-11-03", a1=MONUSCO, i1=8, a2=CODECO, i2=4, inj=1),
], register="ngo"),

S("st-r-037", "2026-01-10", """CHAD-SUDAN/
Chad police fire tear gas at Sudanese refugees protesting ration cuts in Adré; soldiers clash with raiders near Iriba

N'DJAMENA, Jan 10 (Wire) - Chadian police fired tear gas on Thursday to disperse Sudanese refugees who had blocked the main road through the border town of Adré to protest against cuts to their food rations, aid workers said.

Several thousand refugees, most of them women, gathered outside a food distribution point in the morning after being told that monthly rations would be halved from January because of a lack of funds. Police detained 12 men, and a child was treated for tear gas inhalation, an aid worker said.

On Tuesday, Chadian soldiers clashed with armed men who had crossed from Sudan to steal camels east of Iriba, in Wadi Fira province, killing five of them, the army said. Two soldiers were killed. The army did not say who the raiders were.

Chad hosts more than 1.2 million Sudanese refugees, most of whom fled the war between Sudan's army and the Rapid Support Forces in the Darfur region across the border. Aid agencies say they have received less than a third of the money they need for the refugees this year.""", [
  E(cur, "Protest with intervention", "Chadian police fired tear gas on Thursday to disperse Sudanese refugees", P("Adre", "TD"), "thursday",
    a1="Protesters (Sudan)", i1=6, a2=TCD_POL, i2=1, inj=1),
  E(cur, "Armed clash", "Chadian soldiers clashed with armed men who had crossed from Sudan to steal camels east of Iriba", P("Iriba", "TD", 2, lat=15.12, lon=22.25, a1="Wadi Fira"),
    "tuesday", a1=TCD, i1=1, a2="Unidentified Armed Group (Chad)", i2=3, fat=7),
]),

S("st-r-038", "2026-06-30", """Manipur: two village volunteers killed in firing near Moirang; police tear-gas women's torch march in Imphal

IMPHAL — Two village volunteers were killed and three wounded on Sunday when suspected Kuki militants fired on Meitei volunteers guarding paddy fields in the foothills west of Moirang in Bishnupur district, police said. The volunteers fired back and the exchange lasted about two hours.

Security forces were rushed to the area and the firing stopped by evening, police said. A Kuki civil society group denied that its community's armed volunteers had started the firing and said Meitei gunmen had shot at hill villages first.

On Monday night, police fired tear gas to stop several thousand women carrying flaming torches from marching towards the Raj Bhavan in Imphal to demand action over the killings. About 15 women were treated for breathing problems, organisers said.

Tension in the foothills has been high since the killing of a Meitei farmer in the same fields last month. A 48-hour shutdown called by Meitei groups in the valley districts began on Tuesday. More than 250 people have been killed in ethnic violence between Meiteis and Kukis in Manipur since May 2023.""", [
  E(cur, "Armed clash", "suspected Kuki militants fired on Meitei volunteers guarding paddy fields", P("Moirang", "IN", 2, lat=24.5, lon=93.78, a1="Manipur"), "sunday",
    a1=KUKI, i1=4, a2=MEITEI, i2=4, fat=2, inj=3),
  E(cur, "Protest with intervention", "police fired tear gas to stop several thousand women carrying flaming torches", P("Imphal", "IN", a1="Manipur"), "monday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1, inj=15),
  unscored(E(bg, "Attack", "the killing of a Meitei farmer in the same fields last month", P("Moirang", "IN", 2, lat=24.5, lon=93.78, a1="Manipur"), "2026-05-01", tp=3,
             a2="Civilians (India)", i2=7, fat=1), "event_date", "time_precision", "actor1", "inter1", "injuries"),
], register="local"),

S("st-r-039", "2026-04-21", """LIVE: Russia-Ukraine war — Tuesday, April 21

17:05 — Russia's defence ministry says its forces have "liberated" a village in the Donetsk region. Ukraine's general staff has not confirmed any loss of ground there.

14:20 — The governor of Russia's Bryansk region says a Ukrainian drone hit a car on the outskirts of Klintsy this morning, wounding two men. Kyiv has not commented.

11:40 — Two women were wounded when Russian artillery hit a bus stop in the Korabelnyi district of Kherson this morning, the regional military administration says.

09:15 — Ukraine's air force says Russia launched 126 drones and four missiles at Ukraine overnight; 98 drones were shot down or jammed.

08:00 — A Russian drone attack on the city of Sumy late on Monday killed three people and wounded 11, including two children, the regional governor says. Drones hit a five-storey apartment building and a petrol station in the city centre.

07:30 — Good morning and welcome to our live coverage.""", [
  E(cur, "Air/drone strike", "a Ukrainian drone hit a car on the outskirts of Klintsy", P("Klintsy", "RU", 2), "tuesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, inj=2),
  E(cur, "Shelling/artillery/missile attack", "Russian artillery hit a bus stop in the Korabelnyi district of Kherson", P("Kherson", "UA", 2), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Air/drone strike", "A Russian drone attack on the city of Sumy late on Monday killed three people and wounded 11", P("Sumy", "UA"), "monday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=3, inj=11),
], register="live"),

S("st-r-040", "2026-03-13", """ROYAL PAPUA NEW GUINEA CONSTABULARY
HELA PROVINCIAL POLICE COMMAND

MEDIA STATEMENT — Friday 13 March 2026

TRIBAL FIGHTING SOUTH OF TARI: TWELVE DEAD

The Hela Provincial Police Command confirms that at least twelve (12) men were killed in fighting between two tribes in villages south of Tari on Tuesday 10 and Wednesday 11 March 2026.

The fight started over the killing of a tribesman in a dispute over compensation payments. Combatants on both sides used high-powered firearms. About sixty (60) houses and several trade stores were burnt and hundreds of villagers have fled to Tari town. A mobile squad has been deployed to the area to separate the warring parties.

On Thursday 12 March 2026, the National Executive Council declared a State of Emergency over Hela Province for three (3) months. Under the emergency, police and the PNG Defence Force may search homes and vehicles and detain persons without warrant.

The Command thanks the women's groups of Tari who marched peacefully to the provincial government offices on Thursday to call on the tribes to lay down their weapons.

Anyone with information on the persons responsible for the killings is asked to contact Tari Police Station.

Tribal fighting in the Highlands has claimed hundreds of lives in recent years, including at least 26 people killed in a single ambush in neighbouring Enga Province in 2024.

— ENDS —""", [
  E(cur, "Armed clash", "fighting between two tribes in villages south of Tari", P("Tari", "PG", 2, lat=-5.84, lon=142.95, a1="Hela"), "2026-03-10", tp=2,
    a1="Unidentified Tribal Militia (Papua New Guinea)", i1=4, a2="Unidentified Tribal Militia (Papua New Guinea)", i2=4, fat=12),
  E(cur, "Other", "declared a State of Emergency over Hela Province for three (3) months", P("Hela", "PG", 3, lat=-5.84, lon=142.95, a1="Hela"), "2026-03-12",
    a1=PNG_GOV, i1=1),
  E(cur, "Peaceful protest", "women's groups of Tari who marched peacefully to the provincial government offices", P("Tari", "PG", lat=-5.84, lon=142.95, a1="Hela"), "2026-03-12",
    a1="Protesters (Papua New Guinea)", i1=6),
  unscored(E(bg, "Armed clash", "at least 26 people killed in a single ambush in neighbouring Enga Province in 2024", P("Enga", "PG", 3, lat=-5.49, lon=143.72, a1="Enga"),
             "2024-01-01", tp=3, fat=26), "event_date", "time_precision", "sub_event_type", "event_type"),
], register="official"),
]

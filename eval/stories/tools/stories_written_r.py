"""Multi-event stories written for this project (issue 11), batch r: unseen by the coders in the session it was written
(2026-11-27 afternoon, 14:37-17:37), the lead's measure of story generalisation. Written as held-out news looks — wire
stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, live blogs,
weekly round-ups, NGO/UN situation reports, military and police releases — with several events per story at different
places and days, events in two countries, differing tolls, definite references ("the attack") to events never told as
news, follow-ups (a death in hospital, arrests days after a riot), periods and tallies, planned, banned and called-off
rallies, threats and denials. Countries the stories had least or never (Iceland, Malta, Luxembourg, Singapore, Qatar,
the United Arab Emirates, Seychelles, the Bahamas, Barbados, Mauritius, Eritrea, Rwanda, Cape Verde, Sao Tome, East
Timor, Turkmenistan, Taiwan, Croatia, Slovenia, Albania, Finland, Estonia, Denmark, Lithuania, Latvia, Fiji, Vanuatu)
and regions the conflict countries' stories lack. Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

ISL_POL = "Police Forces of Iceland (2024-)"; BEL_POL = "Police Forces of Belgium (2025-)"; SGP_POL = "Police Forces of Singapore (2024-)"
QAT_POL = "Police Forces of Qatar (2013-)"; ARE_POL = "Police Forces of United Arab Emirates (2004-)"; SYC_POL = "Police Forces of Seychelles (2025-)"
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
  E(cur, "Arrests", "authorities detained an Emirati economics lecturer at Dubai International Airport", P("Dubai", "AE", 2), "thursday",
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
  unscored(E(cur, "Other", "parliament extended the state of emergency by three months", C("TT"), None, a1="Government of Trinidad and Tobago (2025-)", i1=1),
           "event_date", "time_precision", "actor1"),
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
  E(cur, "Violent demonstration", "Young men burned the police post in Trindade", P("Sao Tome", "ST", 2), "thursday",
    a1="Rioters (Sao Tome and Principe)", i1=5, a2=STP_POL, i2=1, fat=1, inj=6),
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
  E(cur, "Protest with intervention", "Police detained at least four women on Friday after a crowd of about 60 people", P("Turkmenabat", "TM"), "friday",
    a1="Protesters (Turkmenistan)", i1=6, a2=TKM_POL, i2=1),
  E(cur, "Arrests", "officers of the Ministry of National Security detained a video blogger at his flat", P("Ashgabat", "TM"), "saturday",
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
  E(cur, "Peaceful protest", "about 800 students marched peacefully through the coastal town of Koper", P("Koper", "SI"), "saturday",
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

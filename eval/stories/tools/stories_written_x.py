"""Multi-event stories written for this project (issue 11), batch x: unseen by the coders in the session it was written
(2026-11-28, 01:44-04:44), the lead's measure of story generalisation, as batches s to w. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups and weekly digests, a live blog, an OCHA-style flash update, army and police releases — with events of every
status (current; background recalled by a year or by "the attack"; threats; banned or planned marches; denied strikes;
photo captions), several events per story at different places and days, two or three countries, differing tolls (a
group's claim against an army's), deaths in hospital, arrests on a later day after a riot, crossfire victims, clan and
tribal fights, gang feuds, a trial and a court sentence that are no events. Countries the stories had least or never
(North Korea, French Polynesia, Micronesia, Oman, the United Arab Emirates, Bahrain, Singapore, Malaysia, Laos, Western
Sahara, Spain, Comoros, Mauritius, Madagascar, Djibouti, the Gambia, Cape Verde, Senegal's Casamance, Kyrgyzstan,
Tajikistan, Turkmenistan, Estonia, Norway, Slovenia, Luxembourg, Malta, Papua New Guinea's Enga, Vanuatu) and regions the
conflict countries' stories lacked.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

PRK = "Military Forces of North Korea (2011-)"; KOR_POL = "Police Forces of South Korea (2025-)"; PNG_POL = "Police Forces of Papua New Guinea (2019-)"
VUT_POL = "Police Forces of Vanuatu (2025-)"; OMN_POL = "Police Forces of Oman (2020-)"; ARE_POL = "Police Forces of United Arab Emirates (2004-)"
BHR_POL = "Police Forces of Bahrain (1999-)"; SGP_POL = "Police Forces of Singapore (2024-)"; MYS_POL = "Police Forces of Malaysia (2022-)"

STORIES = [
S("st-x-001", "2026-03-19", """NORTH KOREA/
North Korean guards shoot woman crossing Yalu, Seoul-based site says; activists held as they prepare leaflet balloons

SEOUL, March 19 (Wire) - North Korean border guards shot dead a woman as she tried to wade across the Yalu river into China near Hyesan on Saturday night, a Seoul-based website with informants in the North reported on Thursday. A second woman who was crossing with her was caught and taken away by the guards, the website said. The report could not be independently confirmed.

North Korea has ordered guards to shoot anyone approaching the Chinese border without permission since the coronavirus pandemic, according to defectors and UN investigators.

In South Korea, police detained four activists on Ganghwa island on Tuesday as they were filling balloons with leaflets criticising the North Korean leader, a police official said. A court had banned launches from the island after residents complained.

North Korea's state media said on Wednesday that the army would "answer any further launches with fire" aimed at the sites they come from.""", [
  E(cur, "Attack", "North Korean border guards shot dead a woman as she tried to wade across the Yalu river into China near Hyesan", P("Hyesan", "KP", 2, geoname="Hyesan-si"), "saturday",
    a1=PRK, i1=1, a2="Civilians (North Korea)", i2=7, fat=1),
  E(cur, "Arrests", "police detained four activists on Ganghwa island on Tuesday", P("Ganghwa", "KR", 2, geoname="Ganghwa-gun"), "tuesday",
    a1=KOR_POL, i1=1, a2="Civilians (South Korea)", i2=7),
  unscored(E(thr, "Shelling/artillery/missile attack", "the army would \"answer any further launches with fire\"", C("KR"), None, a1=PRK, i1=8),
           "event_date", "time_precision"),
]),

S("st-x-002", "2026-05-11", """PACIFIC WEEK (4-10 May)

FRENCH POLYNESIA - Several thousand supporters of independence marched peacefully through Papeete on Saturday, waving the flag of the Maohi people and calling on France to agree a timetable for self-determination talks.

PAPUA NEW GUINEA - Fighting between two clans in hamlets along the Lai river north of Mendi, the capital of Southern Highlands province, killed nine people on Tuesday and Wednesday, police said. Seven of the dead were fighters; two were women caught in the crossfire as they fled their gardens. Police sent 40 officers from Mount Hagen to the area on Thursday. Fighting over land and compensation has killed hundreds of people in the Highlands in recent years.

VANUATU - Police arrested three men in Port Vila on Thursday over a petrol bomb thrown at the house of a government minister last month. Nobody was hurt in that attack, which damaged the front of the house.

MICRONESIA - One man was killed and four were hurt when supporters of two rival candidates fought with machetes and stones in Weno, Chuuk state, on Friday evening after the results of a state election were announced, police said.""", [
  E(cur, "Peaceful protest", "Several thousand supporters of independence marched peacefully through Papeete on Saturday", P("Papeete", "PF"), "saturday",
    a1="Protesters (French Polynesia)", i1=6),
  E(cur, "Armed clash", "Fighting between two clans in hamlets along the Lai river north of Mendi", P("Mendi", "PG", 2), "tuesday", tp=2,
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=9),
  E(cur, "Arrests", "Police arrested three men in Port Vila on Thursday", P("Port-Vila", "VU"), "thursday",
    a1=VUT_POL, i1=1, a2="Civilians (Vanuatu)", i2=7),
  E(bg, "Looting/property destruction", "a petrol bomb thrown at the house of a government minister last month", P("Port-Vila", "VU"), "2026-04-01", tp=3,
    a1="Unidentified Armed Group (Vanuatu)", i1=3, a2="Civilians (Vanuatu)", i2=7, fat=0, inj=0),
  E(cur, "Mob violence", "supporters of two rival candidates fought with machetes and stones in Weno", P("Weno", "FM", lat=7.45, lon=151.84, a1="Chuuk"), "friday",
    a1="Rioters (Micronesia)", i1=5, a2="Rioters (Micronesia)", i2=5, fat=1, inj=4),
], register="digest"),

S("st-x-003", "2026-06-16", """GULF ROUND-UP/

OMAN - Police broke up a gathering of about 100 fishermen outside the wali's office in Shinas on Sunday and detained six of them, witnesses said. The fishermen were protesting against a new ban on fishing at night near the coast. All but two were released the same evening.

UNITED ARAB EMIRATES - State security officers detained a Jordanian journalist at his flat in Abu Dhabi on Thursday over posts on social media about the war in Gaza, his family said. The Jordanian foreign ministry said it was following the case. The Emirati authorities did not comment.

BAHRAIN - Youths blocked a road with burning tyres in Sitra on Friday night, hours after a court upheld the death sentences of two men from the island, and threw petrol bombs at a police vehicle, the interior ministry said. Police fired tear gas and arrested four of them. One officer suffered burns to his arm.

KUWAIT - The Court of Cassation on Monday upheld a three-year prison sentence for a former lawmaker convicted of insulting the Emir in a speech in parliament in 2024.""", [
  E(cur, "Protest with intervention", "Police broke up a gathering of about 100 fishermen outside the wali's office in Shinas on Sunday",
    P("Shinas", "OM", lat=24.74, lon=56.47, a1="Al Batinah North"), "sunday", a1="Protesters (Oman)", i1=6, a2=OMN_POL, i2=1),
  E(cur, "Arrests", "State security officers detained a Jordanian journalist at his flat in Abu Dhabi on Thursday", P("Abu Dhabi", "AE"), "thursday",
    a1=ARE_POL, i1=1, a2="Civilians (Jordan)", i2=7),
  E(cur, "Violent demonstration", "Youths blocked a road with burning tyres in Sitra on Friday night", P("Sitra", "BH", geoname="Sitrah", a1="Manama"), "friday",
    a1="Rioters (Bahrain)", i1=5, a2=BHR_POL, i2=1, inj=1),
], register="digest"),

S("st-x-004", "2026-07-24", """SOUTH-EAST ASIA/
Two gunmen killed in sea shootout off Sabah; Chinese workers die in Laos ambush; Singapore detains teenager

KUALA LUMPUR, July 24 (Wire) - Armed men on a speedboat opened fire on a marine police patrol off the coast near Lahad Datu, in the eastern state of Sabah, early on Wednesday, and officers shot two of them dead, the state police chief said. A third man jumped into the sea and is being sought. No officers were hurt.

The waters off eastern Sabah have been patrolled by a special security command since 2013, when armed followers of a Philippine sultan landed near Lahad Datu.

In Laos, unidentified gunmen fired on a minibus carrying Chinese workers on a mountain road in Xaisomboun province on Monday, killing two of the workers and their Lao driver, a Chinese embassy notice said. Laotian officials did not comment.

In Singapore, the Internal Security Department said on Thursday it had detained a 17-year-old student under the Internal Security Act, saying he had been planning to attack worshippers at a mosque with knives after consuming far-right material online.""", [
  E(cur, "Armed clash", "Armed men on a speedboat opened fire on a marine police patrol off the coast near Lahad Datu", P("Lahad Datu", "MY", 2), "wednesday",
    a1="Unidentified Armed Group (Malaysia)", i1=3, a2=MYS_POL, i2=1, fat=2, inj=0),
  unscored(E(bg, "Armed clash", "armed followers of a Philippine sultan landed near Lahad Datu", P("Lahad Datu", "MY", 2), "2013-01-01", tp=3),
           "actor1", "inter1", "actor2", "inter2", "event_date", "time_precision", "fatalities", "injuries"),
  E(cur, "Attack", "unidentified gunmen fired on a minibus carrying Chinese workers on a mountain road in Xaisomboun province", P("Xaisomboun", "LA", 3, a1="Xaisomboun"), "monday",
    a1="Unidentified Armed Group (Laos)", i1=3, a2="Civilians (China)", i2=7, fat=3),
  E(cur, "Arrests", "it had detained a 17-year-old student under the Internal Security Act", P("Singapore", "SG"), "thursday", tp=2,
    a1=SGP_POL, i1=1, a2="Civilians (Singapore)", i2=7),
]),
]

MAR = "Military Forces of Morocco (1999-)"; MAR_POL = "Police Forces of Morocco (1999-)"; ESP_POL = "Police Forces of Spain (2018-)"
COM_POL = "Police Forces of Comoros (2016-)"; MDG_POL = "Police Forces of Madagascar (2025-)"; DJI = "Military Forces of Djibouti (1999-)"
DJI_POL = "Police Forces of Djibouti (1999-)"; FRUD = "FRUD: Front for the Restoration of Unity and Democracy"; GMB_POL = "Police Forces of Gambia (2017-)"

STORIES += [
S("st-x-005", "2026-09-02", """WESTERN SAHARA/
Polisario says it shelled Moroccan positions near Amgala; police injure four at jobs march in Boujdour

RABAT/ALGIERS, Sept 2 (Wire) - The Polisario Front said on Monday its fighters had shelled Moroccan army positions along the sand wall near Amgala, east of Smara, on Sunday, "inflicting losses". A Moroccan military source said the shells had caused no deaths but that two soldiers had been lightly wounded by shrapnel.

The Polisario declared an end to its 1991 ceasefire with Morocco in November 2020 and has since reported near-daily attacks that Rabat says are mostly harmless.

In the coastal town of Boujdour, police on Tuesday broke up a march by about 40 unemployed young Sahrawis demanding jobs in the fishing port, and four of the marchers were injured, a Sahrawi rights group said. Moroccan authorities said the march had not been authorised.

In Spain's Basque Country, masked youths set fire to cash machines and rubbish containers in Bilbao's old town late on Saturday after a march in support of Basque prisoners. Basque police charged the group and arrested three people.""", [
  E(cur, "Shelling/artillery/missile attack", "its fighters had shelled Moroccan army positions along the sand wall near Amgala", P("Amgala", "EH", 2, lat=26.29, lon=-11.14), "sunday",
    a1="Polisario Front", i1=2, a2=MAR, i2=1, fat=0, inj=2),
  E(cur, "Protest with intervention", "police on Tuesday broke up a march by about 40 unemployed young Sahrawis demanding jobs in the fishing port", P("Boujdour", "EH", lat=26.13, lon=-14.49), "tuesday",
    a1="Protesters (Western Sahara)", i1=6, a2=MAR_POL, i2=1, inj=4),
  E(cur, "Violent demonstration", "masked youths set fire to cash machines and rubbish containers in Bilbao's old town late on Saturday", P("Bilbao", "ES"), "saturday",
    a1="Rioters (Spain)", i1=5, a2=ESP_POL, i2=1),
]),

S("st-x-006", "2026-02-09", """INDIAN OCEAN ISLANDS - News in brief, 2-8 February

COMOROS: Students threw stones at police and burned tyres outside the university in Moroni on Tuesday over unpaid grants; police fired tear gas and detained about 20, the students' union said. Three students were treated for injuries. Classes were suspended until further notice.

MAURITIUS: Several hundred fishermen and residents marched peacefully through Mahebourg on Saturday against plans for a hotel jetty in the lagoon.

MADAGASCAR: Armed cattle thieves known locally as dahalo opened fire on traders at a weekly cattle market outside Betroka on Thursday, killing two of them and wounding five, and made off with about 60 zebu, a gendarmerie officer said. Gendarmes who pursued the raiders recovered part of the herd on Friday.""", [
  E(cur, "Violent demonstration", "Students threw stones at police and burned tyres outside the university in Moroni on Tuesday", P("Moroni", "KM"), "tuesday",
    a1="Rioters (Comoros)", i1=5, a2=COM_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "Several hundred fishermen and residents marched peacefully through Mahebourg on Saturday", P("Mahebourg", "MU"), "saturday",
    a1="Protesters (Mauritius)", i1=6),
  E(cur, "Attack", "Armed cattle thieves known locally as dahalo opened fire on traders at a weekly cattle market outside Betroka on Thursday", P("Betroka", "MG", 2, lat=-23.27, lon=46.08, a1="Anosy"), "thursday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=2, inj=5),
], register="digest"),

S("st-x-007", "2026-10-06", """DJIBOUTI/
Rebels say they killed five soldiers in attack on army post in the north; government puts toll at two

DJIBOUTI, Oct 6 (Wire) - Fighters of the armed wing of the Front for the Restoration of Unity and Democracy (FRUD) attacked an army post in the mountains near Randa, in the northern Tadjourah region, on Saturday night, both sides said.

The FRUD said in a statement that five soldiers had been killed and that one of its fighters had died. The defence ministry said two soldiers had been killed and three wounded, and that the attackers had fled towards the Mabla mountains "leaving one of their dead behind".

The FRUD, whose fighters are mostly from the Afar community, took up arms in 1991 and a faction has kept fighting despite a peace deal signed in 2001.

In the capital, police arrested an opposition party spokesman at his home on Monday after he told a foreign radio station that the army had suffered heavy losses, his party said.""", [
  E(cur, "Armed clash", "attacked an army post in the mountains near Randa", P("Randa", "DJ", 2, lat=11.85, lon=42.66, a1="Tadjourah"), "saturday",
    a1=FRUD, i1=2, a2=DJI, i2=1, fat=3, inj=3),
  E(cur, "Arrests", "police arrested an opposition party spokesman at his home on Monday", P("Djibouti", "DJ"), "monday",
    a1=DJI_POL, i1=1, a2="Civilians (Djibouti)", i2=7),
]),

S("st-x-008", "2026-04-28", """WEST AFRICA/
Gambian police fire tear gas at traders in Farafenni; landmine wounds two cashew pickers in Casamance; Cape Verde teachers rally

DAKAR, April 28 (Wire) - Police in The Gambia fired tear gas on Monday to disperse several hundred market traders protesting in Farafenni against a plan to move them to a new market outside the town, and arrested nine people, a police spokesman said.

"We will not leave the place where our mothers sold," one of the traders told a local radio station before the police moved in.

In Senegal's southern Casamance region, a landmine exploded under two women gathering cashew nuts in an orchard near Goudomp on Saturday, wounding both, the army said. Mines laid during a decades-long separatist conflict still injure people in the region every year.

In Cape Verde, about a thousand teachers rallied peacefully in Praia on Friday to demand a pay rise promised two years ago, and their union warned of a strike at exam time if the government did not act.""", [
  E(cur, "Protest with intervention", "Police in The Gambia fired tear gas on Monday to disperse several hundred market traders protesting in Farafenni",
    P("Farafenni", "GM"), "monday", a1="Protesters (Gambia)", i1=6, a2=GMB_POL, i2=1),
  E(cur, "Remote explosive/landmine/IED", "a landmine exploded under two women gathering cashew nuts in an orchard near Goudomp", P("Goudomp", "SN", 2, lat=12.58, lon=-15.87, a1="Sedhiou"), "saturday",
    a1="Unidentified Armed Group (Senegal)", i1=3, a2="Civilians (Senegal)", i2=7, inj=2),
  E(cur, "Peaceful protest", "about a thousand teachers rallied peacefully in Praia on Friday", P("Praia", "CV"), "friday",
    a1="Protesters (Cape Verde)", i1=6),
]),
]

TKM_POL = "Police Forces of Turkmenistan (2022-)"; TJK_POL = "Police Forces of Tajikistan (1994-)"; NOR_POL = "Police Forces of Norway (2021-)"
EST_POL = "Police Forces of Estonia (2024-)"; HTI_POL = "Police Forces of Haiti (2024-)"; BFA = "Military Forces of Burkina Faso (2022-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"; VDP = "VDP: Volunteers for the Defense of the Homeland"; PAK = "Military Forces of Pakistan (2024-)"
TTP = "TTP: Tehreek-i-Taliban Pakistan"; IND = "Military Forces of India (2014-)"; NSCN_K = "NSCN-K: National Socialist Council of Nagaland-Khaplang"
KAZ_POL = "Police Forces of Kazakhstan (2019-)"

STORIES += [
S("st-x-009", "2026-08-13", """CENTRAL ASIA/
Turkmen police detain woman who filmed flour queue; Almaty police break up rally against felling of park trees

ALMATY, Aug 13 (Wire) - Police in the Turkmen city of Turkmenabat detained a woman on Monday after she filmed a long queue outside a state shop selling subsidised flour and the video spread online, an exiled news website reported. Her relatives were told she would be held for 15 days for "petty hooliganism".

Turkmenistan, one of the world's most closed countries, does not allow independent media, and its citizens risk prison for criticising the authorities.

In Kazakhstan, police detained about a dozen people who had gathered in a park in central Almaty on Saturday to protest against the felling of old trees for a new road through the park, and pushed the rest out of the park, witnesses said. The city authorities said the rally had not been approved. A court on Tuesday fined nine of those detained and jailed three for ten days.

Organisers said they would apply again for permission to hold a rally in September.""", [
  E(cur, "Arrests", "Police in the Turkmen city of Turkmenabat detained a woman on Monday", P("Turkmenabat", "TM"), "monday",
    a1=TKM_POL, i1=1, a2="Civilians (Turkmenistan)", i2=7),
  E(cur, "Protest with intervention", "police detained about a dozen people who had gathered in a park in central Almaty on Saturday", P("Almaty", "KZ", a1="Almaty"), "saturday",
    a1="Protesters (Kazakhstan)", i1=6, a2=KAZ_POL, i2=1),
  unscored(E(hyp, "Peaceful protest", "they would apply again for permission to hold a rally in September", P("Almaty", "KZ", a1="Almaty"), None, a1="Protesters (Kazakhstan)", i1=6),
           "event_date", "time_precision"),
]),

S("st-x-010", "2026-09-21", """EUROPE IN BRIEF (14-20 September)

NORWAY - About 200 counter-demonstrators threw stones and bottles at police guarding a small anti-Islam rally in Drammen on Saturday. Police used pepper spray and detained 11 people. About 15 people took part in the rally, which was organised by a group that has burned copies of the Koran in other towns.

ESTONIA - The Internal Security Service detained a resident of Narva on Wednesday on suspicion of passing photographs of NATO military convoys to Russia's FSB. A court ordered him held for two months.

SLOVENIA - Several thousand students marched peacefully through Ljubljana on Thursday to demand more affordable student housing.

LUXEMBOURG - About 800 nurses and care workers marched through the capital on Friday to demand more staff in hospitals and care homes. The march passed off without incident.""", [
  E(cur, "Violent demonstration", "About 200 counter-demonstrators threw stones and bottles at police guarding a small anti-Islam rally in Drammen on Saturday",
    P("Drammen", "NO"), "saturday", a1="Rioters (Norway)", i1=5, a2=NOR_POL, i2=1),
  E(cur, "Peaceful protest", "About 15 people took part in the rally", P("Drammen", "NO"), "saturday", a1="Protesters (Norway)", i1=6),
  E(cur, "Arrests", "The Internal Security Service detained a resident of Narva on Wednesday", P("Narva", "EE", admin1="Ida-Virumaa"), "wednesday",
    a1=EST_POL, i1=1, a2="Civilians (Estonia)", i2=7),
  E(cur, "Peaceful protest", "Several thousand students marched peacefully through Ljubljana on Thursday", P("Ljubljana", "SI"), "thursday",
    a1="Protesters (Slovenia)", i1=6),
  E(cur, "Peaceful protest", "About 800 nurses and care workers marched through the capital on Friday", P("Luxembourg", "LU"), "friday",
    a1="Protesters (Luxembourg)", i1=6),
], register="digest"),

S("st-x-011", "2026-11-10", """Car blown up in Marsa in latest attack of drugs feud, police say

No one was hurt when a bomb exploded under a parked car in Marsa in the early hours of Sunday, police said, linking the attack to a feud between two groups of drug traffickers that has led to a series of bombings and shootings in the south of the island since last year.

The car belonged to the brother of a man who was shot and wounded in Zabbar in March, police sources said. Residents of the street said the blast shattered windows in several houses.

Separately, about 500 residents marched peacefully along the seafront in Marsaskala on Monday evening against plans for a yacht marina in the bay. The organisers said they would hold a larger march in Valletta next month if the government approved the project.

(c) 2026 The Island Post""", [
  E(cur, "Remote explosive/landmine/IED", "a bomb exploded under a parked car in Marsa", P("Marsa", "MT"), "sunday",
    a1="Unidentified Armed Group (Malta)", i1=3, a2="Civilians (Malta)", i2=7, fat=0, inj=0),
  E(bg, "Attack", "a man who was shot and wounded in Zabbar in March", P("Zabbar", "MT"), "2026-03-01", tp=3,
    a1="Unidentified Armed Group (Malta)", i1=3, a2="Civilians (Malta)", i2=7, inj=1),
  E(cur, "Peaceful protest", "about 500 residents marched peacefully along the seafront in Marsaskala on Monday evening",
    P("Marsaskala", "MT"), "monday", a1="Protesters (Malta)", i1=6),
  unscored(E(hyp, "Peaceful protest", "they would hold a larger march in Valletta next month", P("Valletta", "MT"), None, a1="Protesters (Malta)", i1=6),
           "event_date", "time_precision"),
], register="local"),

S("st-x-012", "2026-03-05", """HAITI/
Gang gunmen kill six in Grande Saline; police drone strike hits gang checkpoint in Port-au-Prince

PORT-AU-PRINCE, March 5 (Wire) - Gunmen of the Gran Grif gang arrived by boat at Grande Saline, a salt-producing town at the mouth of the Artibonite river, before dawn on Tuesday, shooting salt workers and fishermen and setting fire to boats, police said. Police put the death toll at six; the town's mayor said at least 11 people had been killed and that many more were missing.

Hundreds of residents fled along the coast towards Saint-Marc. The gang's leader said in a video posted on Wednesday that his men would "visit" Saint-Marc next if the police kept up their operations in the area.

In the capital, a police explosive drone struck a gang checkpoint on the road to the wharf in the Cite Soleil district on Monday, killing at least three members of the Viv Ansanm gang coalition, police said. Residents said a woman selling food at the checkpoint was also killed.

Gangs control most of Port-au-Prince and have spread into the Artibonite and Centre departments since 2024.""", [
  E(cur, "Attack", "Gunmen of the Gran Grif gang arrived by boat at Grande Saline", P("Grande Saline", "HT"), "tuesday",
    a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7, fat=6),
  unscored(E(thr, "Attack", "his men would \"visit\" Saint-Marc next", P("Saint-Marc", "HT"), None, a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7),
           "event_date", "time_precision"),
  E(cur, "Air/drone strike", "a police explosive drone struck a gang checkpoint on the road to the wharf in the Cite Soleil district on Monday", P("Port-au-Prince", "HT", 2), "monday",
    a1=HTI_POL, i1=1, a2="Viv Ansanm", i2=3, fat=4),
]),

S("st-x-013", "2026-06-22", """BURKINA FASO: Est Region
Flash Update No. 2 (as of 21 June 2026)

KEY FIGURES
9 VDP members reported killed in Gayeri
2 truck drivers killed by an explosive device
About 6,000 people newly displaced to Fada N'Gourma

SITUATION OVERVIEW
On 17 June, a large group of fighters attacked a post of the Volunteers for the Defence of the Homeland (VDP) in Gayeri, Komondjari province. According to local sources, nine VDP members were killed and the post was burned. JNIM claimed the attack on 18 June, saying its fighters had killed 23 "militiamen" and seized weapons.

On 19 June, an improvised explosive device struck a truck of a commercial convoy about 40 km south of Fada N'Gourma, on the road to Pama, killing two drivers. No group has claimed responsibility.

Since 18 June, about 6,000 people, mostly women and children, have arrived in Fada N'Gourma from surrounding communes. Humanitarian partners fear that further attacks could close the road to Pama, the last route open to commercial traffic in the south of the region.

This update was prepared by OCHA with the support of humanitarian partners.""", [
  E(cur, "Armed clash", "a large group of fighters attacked a post of the Volunteers for the Defence of the Homeland (VDP) in Gayeri", P("Gayeri", "BF"), "2026-06-17",
    a1=JNIM, i1=2, a2=VDP, i2=3, fat=9),
  E(cur, "Remote explosive/landmine/IED", "an improvised explosive device struck a truck of a commercial convoy about 40 km south of Fada N'Gourma",
    P("Fada N'gourma", "BF", 2), "2026-06-19", a1="Unidentified Armed Group (Burkina Faso)", i1=3, a2="Civilians (Burkina Faso)", i2=7, fat=2),
  unscored(E(hyp, "Remote explosive/landmine/IED", "further attacks could close the road to Pama", P("Pama", "BF", 2), None),
           "event_date", "time_precision", "location", "latitude", "longitude"),
], register="ngo"),

S("st-x-014", "2026-02-19", """No PR-31/2026-ISPR                                                    Rawalpindi - February 19, 2026

On 17 February 2026, security forces conducted an intelligence based operation in general area Mir Ali, North Waziristan District, on reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell.

On the night of 17/18 February 2026, own troops effectively thwarted an attempt by khwarij to attack a security forces checkpost in Lakki Marwat District. In the ensuing exchange of fire, four khwarij were neutralised, while two soldiers, having fought gallantly, embraced shahadat.

Sanitisation operations are being conducted to eliminate any other khwarij found in the area, as security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in general area Mir Ali", P("Mir Ali", "PK", 2, lat=33.0, lon=70.27, a1="Khyber Pakhtunkhwa"), "2026-02-17",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=8),
  E(cur, "Armed clash", "own troops effectively thwarted an attempt by khwarij to attack a security forces checkpost in Lakki Marwat District", P("Lakki Marwat", "PK", 3, lat=32.61, lon=70.91, a1="Khyber Pakhtunkhwa"),
    "2026-02-18", tp=2, a1=PAK, i1=1, a2=TTP, i2=2, fat=6),
], register="official"),

S("st-x-015", "2026-10-20", """INDIA/
Two Assam Rifles soldiers killed in ambush near Khonsa; three suspected NSCN-K cadres held in Nagaland

GUWAHATI, Oct 20 (Wire) - Suspected militants of the Khaplang faction of the National Socialist Council of Nagaland (NSCN-K) ambushed an Assam Rifles patrol on a forest road about 10 km from Khonsa, in Arunachal Pradesh's Tirap district, on Sunday morning, killing two soldiers and wounding three, the army said. The attackers escaped towards the border with Myanmar after troops returned fire.

On Monday, Assam Rifles troops arrested three suspected NSCN-K cadres and seized two rifles and ammunition in a village near Mon, in neighbouring Nagaland, an army statement said. It did not say whether the three were linked to the ambush.

The NSCN-K, which rejects the peace talks that other Naga groups hold with New Delhi, has camps in Myanmar's Sagaing region. A search operation is under way in the Khonsa area.

PHOTO: Soldiers carry the coffin of one of the two riflemen killed near Khonsa, at an airbase in Assam on Monday. (Wire)""", [
  E(cur, "Armed clash", "ambushed an Assam Rifles patrol on a forest road about 10 km from Khonsa", P("Khonsa", "IN", 2), "sunday",
    a1=NSCN_K, i1=2, a2=IND, i2=1, fat=2, inj=3),
  E(cur, "Arrests", "Assam Rifles troops arrested three suspected NSCN-K cadres", P("Mon", "IN", 2, admin1="Nagaland"), "monday",
    a1=IND, i1=1, a2=NSCN_K, i2=2),
  unscored(E(cap, "Armed clash", "one of the two riflemen killed near Khonsa", P("Khonsa", "IN", 2), "sunday", a1=NSCN_K, i1=2, a2=IND, i2=1),
           "fatalities", "injuries"),
]),
]

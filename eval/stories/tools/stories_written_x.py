"""Multi-event stories written for this project (issue 11), batch x: unseen by the coders in the session it was written
(2026-11-28, 01:44-04:44), the lead's measure of story generalisation, as batches s to w. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups and weekly digests, a live blog, an OCHA-style flash update, army and police releases — with events of every
status (current; background recalled by a year or by "the attack"; threats; banned or planned marches; denied strikes;
photo captions), several events per story at different places and days, two or three countries, differing tolls (a
group's claim against an army's), deaths in hospital, arrests on a later day after a riot, crossfire victims, clan and
tribal fights, gang feuds, a trial and a court sentence that are no events. Countries the stories had least or never
(North Korea, French Polynesia, Micronesia, Oman, the United Arab Emirates, Bahrain, Singapore, Malaysia, Laos, Western
Sahara, Spain, Comoros, Mauritius, Madagascar, Djibouti, the Gambia, Cape Verde, Senegal's Casamance,
Turkmenistan, Kazakhstan, Estonia, Norway, Slovenia, Luxembourg, Malta, Papua New Guinea's Southern Highlands, Vanuatu,
the Bahamas, Barbados, Puerto Rico, Seychelles, Sri Lanka's north, Iran's Sistan-Baluchestan and Yazd) and regions the
conflict countries' stories lacked (Cauca's Morales, Apaseo el Grande, Manta, Cabimas and Ciudad Guayana, Konotop and
Syzran, Deir Dibwan and Tammun, Marjayoun, Salkhad, Amadiya, Maqbanah, Um Sumeima, Malakal and Tonj, Tsafe, Nkambe and
Ndop, Djugu, Ponnagyun and Rathedaung, Himamaylan and Pikit, Mota, Kiserian, Mazar-i-Sharif and Kunduz, Mucojo and
Quissanga, Khonsa and Mon, Lakki Marwat, Gayeri). A joint Mozambican-Rwandan force (the event country's own force
first), a drone strike's bystander, a denied raid (negated), a war monitor's note with a night of two dates.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

PRK = "Military Forces of North Korea (2011-)"; KOR_POL = "Police Forces of South Korea (2025-)"; PNG_POL = "Police Forces of Papua New Guinea (2019-)"
VUT_POL = "Police Forces of Vanuatu (2025-)"; OMN_POL = "Police Forces of Oman (2020-)"; ARE_POL = "Police Forces of the United Arab Emirates (2004-)"
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
  E(cur, "Arrests", "police detained four activists on Ganghwa island on Tuesday", P("Ganghwa-gun", "KR", 2), "tuesday",
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
DJI_POL = "Police Forces of Djibouti (1999-)"; FRUD = "FRUD: Front for the Restoration of Unity and Democracy"; GMB_POL = "Police Forces of the Gambia (2017-)"

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
  E(cur, "Air/drone strike", "a police explosive drone struck a gang checkpoint on the road to the wharf in the Cite Soleil district on Monday", P("Cite Soleil", "HT", 2, lat=18.5803, lon=-72.3381, a1="Ouest"), "monday",
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
    "2026-02-18", a1=PAK, i1=1, a2=TTP, i2=2, fat=6),
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
           "fatalities", "injuries", "geo_precision"),
]),
]

COL = "Military Forces of Colombia (2022-)"; COL_POL = "Police Forces of Colombia (2022-)"; JMC = "Jaime Martinez Column"; CPF = "Carlos Patino Front"
CJNG = "Cartel Jalisco Nueva Generacion"; MEX_POL = "Police Forces of Mexico (2024-)"; ECU_GOV = "Government of Ecuador (2023-)"; ECU_POL = "Police Forces of Ecuador (2023-)"
VEN = "Military Forces of Venezuela (2013-)"; VEN_POL = "Police Forces of Venezuela (2013-)"; RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"

STORIES += [
S("st-x-016", "2026-04-15", """COLOMBIA/
Dissidents' drones hit army base in Cauca town; army says three rebels killed near El Plateado

CALI, Colombia, April 15 (Wire) - Fighters of the Jaime Martinez Column, a faction of the former FARC guerrillas that rejected the 2016 peace deal, dropped explosives from drones on an army base on the edge of Morales, in the south-western Cauca province, on Monday night, wounding four soldiers, the army said. An Indigenous leader said two houses next to the base were damaged.

The army said on Tuesday that its troops had killed three members of the Carlos Patino Front, another dissident faction, in a firefight in the mountains near El Plateado, in Argelia municipality, on Sunday. A soldier was wounded.

Dissident factions have used commercial drones fitted with explosives in hundreds of attacks on the security forces in Cauca since 2024. Peace talks between the government and the factions of the Central General Staff that refused to negotiate broke down last year.

"They want to drive the state out of Cauca and they will not succeed," the defence minister told reporters in Popayan on Tuesday.""", [
  E(cur, "Air/drone strike", "dropped explosives from drones on an army base on the edge of Morales", P("Morales", "CO", 2, admin1="Cauca"), "monday",
    a1=JMC, i1=2, a2=COL, i2=1, inj=4),
  E(cur, "Armed clash", "its troops had killed three members of the Carlos Patino Front", P("El Plateado", "CO", 2, lat=2.29, lon=-77.08, a1="Cauca"), "sunday",
    a1=COL, i1=1, a2=CPF, i2=2, fat=3, inj=1),
]),

S("st-x-017", "2026-07-08", """Seven shot dead in Apaseo el Grande bar; drones drop explosives on Michoacan hamlet

MEXICO CITY — Gunmen burst into a bar in Apaseo el Grande, in the central state of Guanajuato, late on Sunday and opened fire on customers, killing seven people and wounding four, the state prosecutor's office said. It said the attack was part of a turf war between two drug cartels for control of the area.

Guanajuato has had more murders than any other Mexican state for several years. State police said on Tuesday they had arrested two men suspected of acting as lookouts for the gunmen.

In the western state of Michoacan, residents of a hamlet near Coalcoman said drones operated by the Jalisco New Generation Cartel (CJNG) dropped explosives on their houses on Monday morning, injuring a 9-year-old girl. The cartel has used drones against rival groups and villagers in the area since 2023.

The defence ministry said about 300 soldiers and National Guard troops had been sent to Coalcoman after the drone attack.""", [
  E(cur, "Attack", "Gunmen burst into a bar in Apaseo el Grande", P("Apaseo el Grande", "MX"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=7, inj=4),
  unscored(E(cur, "Arrests", "they had arrested two men suspected of acting as lookouts for the gunmen", P("Apaseo el Grande", "MX"), "tuesday", tp=2,
             a1=MEX_POL, i1=1), "actor2", "inter2", "location", "latitude", "longitude", "geo_precision"),
  E(cur, "Air/drone strike", "drones operated by the Jalisco New Generation Cartel (CJNG) dropped explosives on their houses", P("Coalcoman", "MX", 2, geoname="Coalcoman de Vazquez Pallares"), "monday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, inj=1),
], register="local"),

S("st-x-018", "2026-05-20", """ECUADOR/
Six killed in Guayaquil house as gang factions feud; 14 held in Manta raids; emergency extended

GUAYAQUIL, May 20 (Wire) - Gunmen shot dead six people, including a 15-year-old boy, at a house in the north of Guayaquil on Saturday night, police said, blaming a dispute between two factions of the Los Lobos gang over drug sales in the area.

On Tuesday, police and soldiers arrested 14 suspected members of the Los Choneros gang in dawn raids on houses in the port city of Manta and seized rifles and explosives, the interior ministry said.

President Daniel Noboa on Monday extended for 30 days a state of emergency in the provinces of Guayas, El Oro and Manabi, which allows the army to patrol the streets alongside the police. Noboa declared an "internal armed conflict" against more than 20 gangs in January 2024.

Ecuador's murder rate has risen sharply since 2020 as gangs fight over cocaine routes to the Pacific ports.""", [
  E(cur, "Attack", "Gunmen shot dead six people, including a 15-year-old boy, at a house in the north of Guayaquil", P("Guayaquil", "EC", 2), "saturday",
    a1="Los Lobos", i1=3, a2="Civilians (Ecuador)", i2=7, fat=6),
  E(cur, "Arrests", "police and soldiers arrested 14 suspected members of the Los Choneros gang", P("Manta", "EC"), "tuesday",
    a1=ECU_POL, i1=1, a2="Los Choneros", i2=3, assoc_actor_1="Military Forces of Ecuador (2023-)"),
  unscored(E(cur, "Other", "extended for 30 days a state of emergency", P("Guayas", "EC", 3), "monday", a1=ECU_GOV, i1=1),
           "location", "latitude", "longitude", "admin1", "geo_precision"),
]),

S("st-x-019", "2026-08-19", """VENEZUELA/
Guardsmen fire tear gas at Cabimas residents protesting over water cuts; union leader missing after SEBIN arrest

CARACAS, Aug 19 (Wire) - National Guard troops fired tear gas and rubber bullets on Monday at residents of Cabimas, in the western state of Zulia, who had blocked the road to the Lake Maracaibo bridge for a day to protest against water and power cuts, local journalists said. Five people were injured and eight were detained.

On Tuesday, agents of the SEBIN intelligence service took a steelworkers' union leader from his home in Ciudad Guayana, in Bolivar state, his wife said. She said officials at SEBIN headquarters in Caracas told her they were not holding him, and nobody had been able to tell her where he was.

Rights groups say Venezuela holds more than 800 political prisoners. The government says it has no political prisoners.""", [
  E(cur, "Protest with intervention", "National Guard troops fired tear gas and rubber bullets on Monday at residents of Cabimas", P("Cabimas", "VE"), "monday",
    a1="Protesters (Venezuela)", i1=6, a2=VEN, i2=1, inj=5),
  E(cur, "Abduction/forced disappearance", "agents of the SEBIN intelligence service took a steelworkers' union leader from his home in Ciudad Guayana", P("Ciudad Guayana", "VE"), "tuesday",
    a1=VEN_POL, i1=1, a2="Civilians (Venezuela)", i2=7),
]),

S("st-x-020", "2026-09-10", """Russia-Ukraine war: live updates - Thursday 10 September

08:55 - Drones hit Konotop overnight, two dead
Russian drones hit a railway depot and a row of private houses in Konotop, in the Sumy region, overnight, killing two people and wounding nine, the regional governor said. Two railway workers were among the wounded.

PHOTO: Firefighters at a burned-out house in Konotop. (Wire)

09:30 - Air force: 81 of 104 drones shot down
Ukraine's air force said its air defences had shot down or jammed 81 of the 104 drones Russia launched overnight.

10:10 - Fire at Syzran refinery after drone attack, governor says
The governor of Russia's Samara region said Ukrainian drones had attacked the oil refinery in Syzran overnight, causing a fire that was put out by the morning. Nobody was hurt, he said.

11:45 - Missile hits shopping centre in Kryvyi Rih
A Russian ballistic missile hit a shopping centre in the central city of Kryvyi Rih at about 11:00, killing at least four people, the head of the city's military administration said. Rescuers are searching the rubble.

12:20 - Kupiansk: aid point shelled
Russian artillery hit a humanitarian aid distribution point in Kupiansk, in the Kharkiv region, on Wednesday evening, wounding three volunteers, regional officials said.""", [
  E(cur, "Air/drone strike", "Russian drones hit a railway depot and a row of private houses in Konotop", P("Konotop", "UA"), None,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=9),
  unscored(E(cap, "Air/drone strike", "Firefighters at a burned-out house in Konotop", P("Konotop", "UA"), None, a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7),
           "fatalities", "injuries", "geo_precision"),
  E(cur, "Air/drone strike", "Ukrainian drones had attacked the oil refinery in Syzran overnight", P("Syzran", "RU", geoname="Syzran'"), None,
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "A Russian ballistic missile hit a shopping centre in the central city of Kryvyi Rih", P("Kryvyi Rih", "UA"), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=4),
  E(cur, "Shelling/artillery/missile attack", "Russian artillery hit a humanitarian aid distribution point in Kupiansk", P("Kupiansk", "UA", lat=49.71, lon=37.62, a1="Kharkiv"), "wednesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=3),
], register="live"),
]

ISR = "Military Forces of Israel (2022-)"; SYR_POL = "Police Forces of Syria (2024-)"; TUR = "Military Forces of Turkey (2002-)"; IRQ = "Military Forces of Iraq (2022-)"
HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"; YEM = "Military Forces of Yemen (2022-)"; SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"

STORIES += [
S("st-x-021", "2026-06-03", """WEST BANK-LEBANON/
Settlers burn cars in Deir Dibwan; boy killed by stray bullet as troops and gunmen fight in Tammun; drone strike near Marjayoun

RAMALLAH/BEIRUT, June 3 (Wire) - Israeli settlers set fire to three cars and sprayed slogans on the walls of houses in the Palestinian village of Deir Dibwan, east of Ramallah, before dawn on Tuesday, the village council said. Nobody was hurt. The Israeli military said troops had been sent to the village after the incident.

Later on Tuesday, Israeli troops exchanged fire with Palestinian gunmen during a raid in Tammun, near Tubas in the northern West Bank, killing two of the gunmen, the military said. The Palestinian health ministry said a 14-year-old boy watching from a rooftop was killed by a stray bullet during the exchange of fire.

In southern Lebanon, an Israeli drone struck a pick-up truck loaded with cement blocks near Marjayoun on Wednesday morning, killing the driver, whom the Israeli military described as a Hezbollah member rebuilding the group's positions. A Lebanese soldier at a nearby checkpoint was wounded, the Lebanese army said.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire agreed in November 2024.""", [
  E(cur, "Looting/property destruction", "Israeli settlers set fire to three cars and sprayed slogans on the walls of houses", P("Deir Dibwan", "PS", geoname="Dayr Dibwan"), "tuesday",
    a1="Israeli Settlers", i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "Israeli troops exchanged fire with Palestinian gunmen during a raid in Tammun", P("Tammun", "PS"), "tuesday",
    a1=ISR, i1=8, a2="Unidentified Armed Group (Palestine)", i2=3, fat=3),
  E(cur, "Air/drone strike", "an Israeli drone struck a pick-up truck loaded with cement blocks near Marjayoun", P("Marjayoun", "LB", 2), 0,
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=1, inj=1),
]),

S("st-x-022", "2026-02-25", """SYRIA/
Nine killed as Druze gunmen and Bedouin fighters clash near Salkhad; two Alawite men shot dead near Jableh

BEIRUT, Feb 25 (Wire) - Druze gunmen and Bedouin tribal fighters fought with machine guns and mortars in villages around Salkhad, in the south of Suwayda province, on Monday, killing nine people, among them a woman hit by a mortar round in her home, a war monitor said. The fighting broke out after a Bedouin herder was kidnapped on the road to the Jordanian border on Sunday and found beaten, local sources said.

Government security forces moved into the area on Monday evening to separate the two sides and set up checkpoints on the main road, the interior ministry said.

In the coastal province of Latakia, two men from the Alawite minority were shot dead by gunmen on a motorcycle as they worked in an orchard near Jableh on Sunday, their relatives said. The interior ministry said on Tuesday that it had arrested three suspects.

Hundreds of people were killed in sectarian violence in Suwayda in July 2025 and on the coast in March 2025.""", [
  E(cur, "Armed clash", "Druze gunmen and Bedouin tribal fighters fought with machine guns and mortars in villages around Salkhad", P("Salkhad", "SY", 2), "monday",
    a1="Druze Militia (Syria)", i1=4, a2="Bedouin Tribal Militia (Syria)", i2=4, fat=9),
  unscored(E(cur, "Abduction/forced disappearance", "a Bedouin herder was kidnapped on the road to the Jordanian border", P("Salkhad", "SY", 2), "sunday",
             a1="Druze Militia (Syria)", i1=4, a2="Civilians (Syria)", i2=7), "actor1", "inter1", "location", "latitude", "longitude", "geo_precision"),
  E(cur, "Attack", "two men from the Alawite minority were shot dead by gunmen on a motorcycle", P("Jableh", "SY", 2, geoname="Jablah"), "sunday",
    a1="Unidentified Armed Group (Syria)", i1=3, a2="Civilians (Syria)", i2=7, fat=2),
  unscored(E(cur, "Arrests", "it had arrested three suspects", P("Jableh", "SY", 2, geoname="Jablah"), "tuesday", tp=2, a1=SYR_POL, i1=1),
           "actor2", "inter2", "location", "latitude", "longitude", "geo_precision"),
]),

S("st-x-023", "2026-03-25", """IRAQ/
Turkey says air strikes killed four PKK militants near Amadiya; roadside bomb kills two soldiers south of Kirkuk

ERBIL, Iraq, March 25 (Wire) - Turkish warplanes struck what Ankara called shelters of the Kurdistan Workers Party (PKK) in the mountains north of Amadiya, in the Duhok province of Iraq's Kurdistan region, on Monday, killing four militants, Turkey's defence ministry said. A news agency close to the PKK said the strikes had hit empty caves and caused no casualties, and local officials said orchards near two villages caught fire.

Turkey regularly strikes PKK targets in northern Iraq despite the group's announcement in 2025 that it would disarm.

In Kirkuk province, a roadside bomb hit an army patrol in the Wadi al-Shay valley south of the city on Tuesday night, killing two soldiers and wounding three, security sources said, blaming Islamic State remnants who hide in the valley.

The army said troops had found and defused two more bombs on the same road on Wednesday morning.""", [
  E(cur, "Air/drone strike", "Turkish warplanes struck what Ankara called shelters of the Kurdistan Workers Party (PKK)", P("Amadiya", "IQ", 2, geoname="Al `Amadiyah"), "monday",
    a1=TUR, i1=8, a2="PKK: Kurdistan Workers Party", i2=2, fat=4),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb hit an army patrol in the Wadi al-Shay valley south of the city", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "tuesday",
    a1="Islamic State (Iraq)", i1=2, a2=IRQ, i2=1, fat=2, inj=3),
  E(cur, "Disrupted weapons use", "troops had found and defused two more bombs on the same road", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "wednesday",
    a1=IRQ, i1=1),
]),

S("st-x-024", "2026-10-14", """YEMEN/
Houthi shell wounds five pupils at Taiz school, officials say; four killed in fighting in Maqbanah

ADEN, Oct 14 (Wire) - A shell fired from Houthi positions hit the yard of a girls' school in the al-Mudhaffar district of Taiz city during morning break on Sunday, wounding five pupils, local officials said. The Houthis, who have besieged parts of the city since 2015, denied firing at the school and blamed government forces.

Government troops and Houthi fighters fought on Monday in the Maqbanah district west of Taiz after the Houthis attacked a government position, killing two soldiers, military officials said. The officials said two Houthi fighters were also killed; the Houthi-run news agency said the attack had been repelled with "heavy losses" to government forces.

The United Nations has warned that renewed fighting around Taiz could cut the only road linking the city to the port of Mokha.""", [
  E(cur, "Shelling/artillery/missile attack", "A shell fired from Houthi positions hit the yard of a girls' school", P("Taiz", "YE", 2, lat=13.58, lon=44.02, a1="Taiz"), "sunday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, inj=5),
  E(cur, "Armed clash", "the Houthis attacked a government position", P("Maqbanah", "YE", 3, geoname="Maqbanah"), "monday",
    a1=HOUTHI, i1=1, a2=YEM, i2=1, fat=4),
  unscored(E(hyp, "Armed clash", "renewed fighting around Taiz could cut the only road", P("Taiz", "YE", 2, lat=13.58, lon=44.02, a1="Taiz"), None),
           "event_date", "time_precision", "location", "latitude", "longitude"),
]),

S("st-x-025", "2026-11-04", """SUDAN/
RSF drones hit El Obeid fuel depot; army moves into Um Sumeima after RSF withdraws

PORT SUDAN, Nov 4 (Wire) - Drones launched by the paramilitary Rapid Support Forces (RSF) struck a fuel depot and nearby houses in El Obeid, the capital of North Kordofan state, early on Monday, killing three people and setting the depot on fire, a medical source said.

The army said on Tuesday its forces had entered the village of Um Sumeima, about 30 km west of El Obeid, after RSF fighters pulled out overnight. There was no fighting, residents said.

The army and the RSF have been at war since April 2023. The RSF took full control of El Fasher, the army's last stronghold in Darfur, in October 2025, and has since pushed east into Kordofan.

The RSF said in a statement that it would "liberate" El Obeid "within weeks".""", [
  E(cur, "Air/drone strike", "Drones launched by the paramilitary Rapid Support Forces (RSF) struck a fuel depot and nearby houses in El Obeid", P("El Obeid", "SD"), "monday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=3),
  E(cur, "Non-violent transfer of territory", "its forces had entered the village of Um Sumeima", P("El Obeid", "SD", 2), "tuesday", tp=2,
    a1=SDN, i1=1, a2=RSF, i2=2),
  unscored(E(thr, "Armed clash", "it would \"liberate\" El Obeid \"within weeks\"", P("El Obeid", "SD"), None, a1=RSF, i1=2, a2=SDN, i2=1),
           "event_date", "time_precision"),
]),
]

SSD = "Military Forces of South Sudan (2011-)"; IO = "SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition"; NGA = "Military Forces of Nigeria (2023-)"
NGA_POL = "Police Forces of Nigeria (2023-)"; CMR = "Military Forces of Cameroon (1982-)"; AMBA = "Ambazonian Separatists"
CODECO = "CODECO: Cooperative for Development of Congo"; COD = "Military Forces of Democratic Republic of Congo (2019-)"

STORIES += [
S("st-x-026", "2026-09-09", """SOUTH SUDAN/
Rival claims after opposition fighters attack army outside Malakal; cattle raid near Tonj leaves nine dead

JUBA, Sept 9 (Wire) - Fighters of the SPLA-IO, the armed wing of the main opposition party, attacked army positions on the southern outskirts of Malakal, the capital of Upper Nile state, on Saturday, the army said. An army spokesman said troops had repulsed the attack, killing 12 attackers and losing three soldiers. The SPLA-IO said its forces had killed 20 soldiers and seized weapons.

Fighting between the army and the SPLA-IO has spread in Upper Nile and Jonglei since the arrest of the opposition leader Riek Machar in March 2025, which the United Nations says has put the 2018 peace deal in danger.

In Warrap state, armed youths from a neighbouring county raided cattle camps about 20 km north of Tonj on Sunday and fought the camps' armed herders for several hours, killing seven people, among them two children caught in the crossfire, a local official said. Two of the wounded died in hospital in Tonj on Tuesday, raising the toll to nine. The raiders drove off several hundred cattle.""", [
  E(cur, "Armed clash", "attacked army positions on the southern outskirts of Malakal", P("Malakal", "SS", 2), "saturday",
    a1=IO, i1=2, a2=SSD, i2=1, fat=15),
  E(cur, "Armed clash", "armed youths from a neighbouring county raided cattle camps about 20 km north of Tonj", P("Tonj", "SS", 2), "sunday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Unidentified Communal Militia (South Sudan)", i2=4, fat=9),
]),

S("st-x-027", "2026-06-24", """NIGERIA/
Gunmen abduct 31 in Zamfara village; troops say nine kidnappers killed, six captives freed; women block highway in Gusau

GUSAU, Nigeria, June 24 (Wire) - Armed bandits on motorcycles abducted 31 people, most of them women and children, from a village in Tsafe local government area of Zamfara state on Sunday night, residents said. Police confirmed the attack but did not give a number.

The army said on Tuesday that its troops had ambushed a group of the kidnappers in a forest near Tsafe on Monday, killing nine of them and freeing six of the captives. The others are still being held.

On Monday, hundreds of women from the area blocked the Gusau-Sokoto road for several hours to demand the release of their relatives. Police fired tear gas to reopen the road.

Armed gangs known locally as bandits have killed and kidnapped thousands of people in north-west Nigeria in recent years, often demanding ransoms from villages.""", [
  E(cur, "Abduction/forced disappearance", "Armed bandits on motorcycles abducted 31 people", P("Tsafe", "NG", 3, geoname="Tsafe"), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7),
  E(cur, "Armed clash", "its troops had ambushed a group of the kidnappers in a forest near Tsafe", P("Tsafe", "NG", 2), "monday",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3, fat=9),
  E(cur, "Protest with intervention", "hundreds of women from the area blocked the Gusau-Sokoto road", P("Gusau", "NG", 2), "monday",
    a1="Protesters (Nigeria)", i1=6, a2=NGA_POL, i2=1),
]),

S("st-x-028", "2026-03-11", """CAMEROON/
Separatists seize health centre chief and two nurses in Nkambe; army says five fighters killed near Ndop

YAOUNDE, March 11 (Wire) - Separatist fighters abducted the head of a government health centre and two nurses in Nkambe, in Cameroon's North-West region, on Monday morning, accusing them of treating wounded soldiers, a regional health official said. The fighters want to create an independent English-speaking state they call Ambazonia.

On Sunday, soldiers raided a separatist camp in the bush near Ndop, killing five fighters and seizing guns, the army said. Residents said two of the five dead were farmers who had been held at the camp.

Separatist commanders have ordered residents of the North-West region to stay at home for two weeks from next Monday, threatening to punish anyone who opens a shop or a school.

PHOTO: A deserted street in Bamenda during an earlier separatist lockdown. (Wire)""", [
  E(cur, "Abduction/forced disappearance", "Separatist fighters abducted the head of a government health centre and two nurses in Nkambe", P("Nkambe", "CM", lat=6.63, lon=10.67, a1="North-West"), "monday",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Armed clash", "soldiers raided a separatist camp in the bush near Ndop", P("Ndop", "CM", 2, lat=5.99, lon=10.44, a1="North-West"), "sunday",
    a1=CMR, i1=1, a2=AMBA, i2=2, fat=5),
  unscored(E(thr, "Other", "ordered residents of the North-West region to stay at home for two weeks from next Monday", P("Bamenda", "CM", 3, geoname="Bamenda", a1="North-West"), None,
             a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7), "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision"),
]),

S("st-x-029", "2026-08-05", """DR CONGO: Ituri province
Weekly protection monitoring note, 27 July - 2 August 2026

1. On the night of 29 to 30 July, armed men identified by survivors as CODECO militiamen attacked a site for displaced people about 40 km north of Bunia with machetes and guns, killing 11 displaced people, including five children. Houses and a health post were burned. The army and UN peacekeepers arrived at the site on the morning of 30 July.

2. On 1 August, CODECO and the Zaire militia fought for several hours near Djugu centre. Local sources reported four dead among the combatants; the fighting forced some 2,000 people to flee towards Bunia.

3. Monitors recorded 14 cases of sexual violence against women in the territory during the week, most of them during attacks on fields. No armed group has been identified.

Partners warn that further displacement could follow if the militias carry out threats to attack sites near Djugu.""", [
  E(cur, "Attack", "attacked a site for displaced people about 40 km north of Bunia", P("Bunia", "CD", 2, a1="Ituri"), "2026-07-30",
    a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=11),
  E(cur, "Armed clash", "CODECO and the Zaire militia fought for several hours near Djugu centre", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "2026-08-01",
    a1=CODECO, i1=4, a2="Zaire Militia", i2=4, fat=4),
  unscored(E(thr, "Attack", "threats to attack sites near Djugu", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), None, a1=CODECO, i1=4),
           "event_date", "time_precision"),
], register="ngo"),
]

BHS_POL = "Police Forces of the Bahamas (2021-)"; BRB_POL = "Police Forces of Barbados (2018-)"; LKA = "Military Forces of Sri Lanka (2024-)"
MMR = "Military Forces of Myanmar (2021-)"; PHL = "Military Forces of the Philippines (2022-)"; ETH = "Military Forces of Ethiopia (2018-)"; ETH_POL = "Police Forces of Ethiopia (2018-)"
KEN_POL = "Police Forces of Kenya (2022-)"; AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"; NER = "Military Forces of Niger (2023-)"

STORIES += [
S("st-x-030", "2026-10-12", """CARIBBEAN BRIEFS (5-11 October)

BAHAMAS - A police officer shot dead a 19-year-old man at a checkpoint in the Bain Town area of Nassau on Tuesday night after the car he was driving failed to stop, police said. On Wednesday evening, about 200 residents gathered outside the Central Police Station and marched to Parliament Square demanding that the officer be charged. The march was peaceful. The officer has been placed on leave.

BARBADOS - Gunmen fired at a group of men standing outside a shop in the Grazettes area of Bridgetown on Friday night, wounding three of them. Police said the shooting was the latest in a feud between two gangs over the sale of drugs in the area.

PUERTO RICO - Several thousand people marched peacefully through San Juan on Sunday against a bill that would let hotels fence off parts of public beaches.""", [
  E(cur, "Attack", "A police officer shot dead a 19-year-old man at a checkpoint in the Bain Town area of Nassau", P("Nassau", "BS", 2), "tuesday",
    a1=BHS_POL, i1=1, a2="Civilians (Bahamas)", i2=7, fat=1),
  E(cur, "Peaceful protest", "about 200 residents gathered outside the Central Police Station and marched to Parliament Square", P("Nassau", "BS"), "wednesday",
    a1="Protesters (Bahamas)", i1=6),
  E(cur, "Attack", "Gunmen fired at a group of men standing outside a shop in the Grazettes area of Bridgetown", P("Bridgetown", "BB", 2), "friday",
    a1="Unidentified Armed Group (Barbados)", i1=3, a2="Civilians (Barbados)", i2=7, inj=3),
  E(cur, "Peaceful protest", "Several thousand people marched peacefully through San Juan on Sunday", P("San Juan", "PR"), "sunday",
    a1="Protesters (Puerto Rico)", i1=6),
], register="digest"),

S("st-x-031", "2026-02-18", """Sri Lankan navy holds nine Indian fishermen off Point Pedro; Rameswaram boat owners strike and rally

COLOMBO/CHENNAI — The Sri Lankan navy detained nine fishermen from the Indian state of Tamil Nadu and seized their trawler about 6 nautical miles north of Point Pedro, on the tip of the Jaffna peninsula, early on Sunday, accusing them of fishing in Sri Lankan waters, a navy spokesman said. The fishermen were handed to fisheries officials in Jaffna.

On Monday, hundreds of fishermen and boat owners rallied peacefully at the harbour in Rameswaram to demand that New Delhi secure their release, and said they would keep their boats in port until then. Tamil Nadu's chief minister wrote to the prime minister asking him to take up the matter with Colombo.

More than 500 Indian fishermen were detained by Sri Lanka last year, according to Tamil Nadu officials.

In Seychelles, about 400 people marched peacefully through Victoria on Saturday to demand an independent inquiry into the death of a young man in police custody last month.""", [
  E(cur, "Arrests", "The Sri Lankan navy detained nine fishermen from the Indian state of Tamil Nadu", P("Point Pedro", "LK", 2), "sunday",
    a1=LKA, i1=1, a2="Civilians (India)", i2=7),
  E(cur, "Peaceful protest", "hundreds of fishermen and boat owners rallied peacefully at the harbour in Rameswaram", P("Rameswaram", "IN"), "monday",
    a1="Protesters (India)", i1=6),
  E(cur, "Peaceful protest", "about 400 people marched peacefully through Victoria on Saturday", P("Victoria", "SC"), "saturday",
    a1="Protesters (Seychelles)", i1=6),
], register="local"),
]

STORIES += [
S("st-x-032", "2026-05-13", """MYANMAR/
Junta jet kills five in Rakhine village, Arakan Army says; rebels attack positions north of Sittwe

BANGKOK, May 13 (Wire) - A military jet dropped two bombs on a village in Ponnagyun township, in Myanmar's western Rakhine state, on Monday afternoon, killing five villagers, among them two children, and wounding eight, the Arakan Army (AA) said. The junta did not comment.

The AA, which has taken control of most of Rakhine since late 2023, said on Tuesday that its fighters had attacked army positions around Rathedaung, north of the state capital Sittwe, on Sunday and Monday, and had captured two outposts. It gave no casualty figures. Residents said they heard heavy artillery fire through Sunday night.

Sittwe and the port town of Kyaukphyu, where China is building a deep-sea port, are among the few parts of Rakhine still held by the military.

PHOTO: Villagers bury victims of the air strike in Ponnagyun township on Tuesday. (Wire)""", [
  E(cur, "Air/drone strike", "A military jet dropped two bombs on a village in Ponnagyun township", P("Ponnagyun", "MM", 3, lat=20.33, lon=93.0, a1="Rakhine"), "monday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=5, inj=8),
  E(cur, "Armed clash", "its fighters had attacked army positions around Rathedaung", P("Rathedaung", "MM", 2, lat=20.48, lon=92.76, a1="Rakhine"), "sunday", tp=2,
    a1="Arakan Army", i1=2, a2=MMR, i2=1),
  unscored(E(cap, "Air/drone strike", "Villagers bury victims of the air strike in Ponnagyun township", P("Ponnagyun", "MM", 3, lat=20.33, lon=93.0, a1="Rakhine"), "monday",
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-x-033", "2026-01-21", """PHILIPPINES/
Soldier killed in NPA ambush in Negros; army says two rebels die in pursuit. Clan feud leaves four dead in Cotabato

MANILA, Jan 21 (Wire) - Communist New People's Army (NPA) rebels ambushed an army patrol in the hills outside Himamaylan, on the central island of Negros, on Sunday morning, killing one soldier and wounding two, the army said.

Troops pursuing the rebels clashed with them again on Monday in a village about 10 km away, killing two rebels and recovering two rifles, an army spokesman said.

In the southern province of Cotabato, armed members of two Moro clans fought with rifles in Pikit on Saturday in a feud over farmland, leaving four men dead, police said. Clan elders from both sides signed a truce at the town hall on Tuesday in talks mediated by the army and the mayor.

Clan feuds, known as rido, kill dozens of people in Muslim Mindanao every year.""", [
  E(cur, "Armed clash", "Communist New People's Army (NPA) rebels ambushed an army patrol in the hills outside Himamaylan", P("Himamaylan", "PH", 2, a1="Negros Island Region"), "sunday",
    a1="NPA: New People's Army", i1=2, a2=PHL, i2=1, fat=1, inj=2),
  E(cur, "Armed clash", "Troops pursuing the rebels clashed with them again on Monday", P("Himamaylan", "PH", 2, a1="Negros Island Region"), "monday",
    a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=2),
  E(cur, "Armed clash", "armed members of two Moro clans fought with rifles in Pikit", P("Pikit", "PH"), "saturday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4, fat=4),
  E(cur, "Agreement", "Clan elders from both sides signed a truce at the town hall", P("Pikit", "PH"), "tuesday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4),
]),

S("st-x-034", "2026-04-08", """ETHIOPIA/
Drone strike on minibus kills nine near Mota, residents say; police round up young men in Bahir Dar

ADDIS ABABA, April 8 (Wire) - A drone strike hit a minibus on the road outside Mota, in the East Gojjam zone of the Amhara region, on Saturday, killing nine passengers, among them a mother and her baby, two residents and a health worker said. The residents blamed the federal army, which has used drones against Fano militiamen in the area. The government did not respond to requests for comment.

Fano fighters, who have fought the army since August 2023, said on Monday they had ambushed an army convoy near Mota on Sunday and killed "dozens" of soldiers. The claim could not be verified.

In Bahir Dar, the regional capital, police detained more than 60 young men in house-to-house searches on Monday, relatives said. A police official said the men were suspected of supporting Fano and would be questioned.""", [
  E(cur, "Air/drone strike", "A drone strike hit a minibus on the road outside Mota", P("Mota", "ET", 2, lat=11.08, lon=37.87, a1="Amhara"), "saturday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9),
  E(cur, "Armed clash", "they had ambushed an army convoy near Mota on Sunday", P("Mota", "ET", 2, lat=11.08, lon=37.87, a1="Amhara"), "sunday",
    a1="Fano", i1=3, a2=ETH, i2=1, fat=12),
  E(cur, "Arrests", "police detained more than 60 young men in house-to-house searches", P("Bahir Dar", "ET"), "monday",
    a1=ETH_POL, i1=1, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-x-035", "2026-07-01", """KENYA/
Two shot dead as police fire on Nairobi marchers; police post burned in Kiserian, 40 held; three officers killed by bomb in Mandera

NAIROBI, July 1 (Wire) - Police fired live rounds at young people marching down Kenyatta Avenue in central Nairobi on Tuesday to demand the resignation of the interior minister, killing two of them and wounding at least 11, the Kenya National Commission on Human Rights said. The marchers had been singing and waving flags when the police opened fire, witnesses said.

In Kiserian, south-west of Nairobi, youths looted shops and set fire to the police post on Tuesday afternoon after officers fired tear gas at them. On Wednesday morning, police arrested 40 people at their homes in Kiserian over the violence, a police commander said.

In the north-east, a roadside bomb hit a police vehicle near Mandera, close to the border with Somalia, on Monday evening, killing three officers. Police blamed al-Shabaab militants.

The Independent Policing Oversight Authority said it had opened an inquiry into the Nairobi shootings.""", [
  E(cur, "Excessive force against protesters", "Police fired live rounds at young people marching down Kenyatta Avenue in central Nairobi", P("Nairobi", "KE"), "tuesday",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1, fat=2, inj=11),
  E(cur, "Violent demonstration", "youths looted shops and set fire to the police post", P("Kiserian", "KE", lat=-1.43, lon=36.69, a1="Kajiado"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1),
  E(cur, "Arrests", "police arrested 40 people at their homes in Kiserian", P("Kiserian", "KE", lat=-1.43, lon=36.69, a1="Kajiado"), "wednesday",
    a1=KEN_POL, i1=1, a2="Rioters (Kenya)", i2=5),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb hit a police vehicle near Mandera", P("Mandera", "KE", 2), "monday",
    a1="Al Shabaab", i1=2, a2=KEN_POL, i2=1, fat=3),
]),

S("st-x-036", "2026-09-16", """AFGHANISTAN/
Taliban detain women who held banners for girls' schools in Mazar-i-Sharif; bomb kills two Taliban fighters in Kunduz

ISLAMABAD, Sept 16 (Wire) - Taliban intelligence officers detained two women and the brother of one of them at their homes in Mazar-i-Sharif on Monday, a day after the women filmed themselves holding banners calling for girls' secondary schools to reopen, a women's rights group said. The families have not been told where the three are being held, the group said.

The women had held the banners inside a house in the city on Sunday and posted the video online, the group said.

In the northern city of Kunduz, a bomb hidden in a handcart exploded next to a Taliban checkpoint on Tuesday morning, killing two Taliban fighters and wounding a passer-by, a local Taliban official said. The Islamic State's regional branch, Islamic State Khorasan Province, claimed the attack.

The Taliban's chief spokesman denied reports on social media that fighters of the National Resistance Front had attacked a Taliban post in the Panjshir valley overnight into Tuesday, saying the area was calm.""", [
  E(cur, "Abduction/forced disappearance", "Taliban intelligence officers detained two women and the brother of one of them", P("Mazar-i-Sharif", "AF", geoname="Mazar-e Sharif"), "monday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
  E(cur, "Peaceful protest", "The women had held the banners inside a house in the city on Sunday", P("Mazar-i-Sharif", "AF", geoname="Mazar-e Sharif"), "sunday",
    a1="Protesters (Afghanistan)", i1=6),
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a handcart exploded next to a Taliban checkpoint", P("Kunduz", "AF"), "tuesday",
    a1="Islamic State Khorasan Province", i1=2, a2=AFG, i2=1, fat=2, inj=1),
  unscored(E(neg, "Armed clash", "fighters of the National Resistance Front had attacked a Taliban post in the Panjshir valley", P("Panjshir", "AF", 3), "tuesday", tp=2,
             a1="NRF: National Resistance Front", i1=2, a2=AFG, i2=1), "fatalities", "injuries"),
]),
]

MOZ = "Military Forces of Mozambique (2025-)"; RWA = "Military Forces of Rwanda (2000-)"; ISMP = "Islamic State Mozambique Province"
IRN = "Military Forces of Iran (1989-)"; IRN_POL = "Police Forces of Iran (1989-)"

STORIES += [
S("st-x-037", "2026-10-21", """MOZAMBIQUE/
Insurgents kill three fishermen and burn homes in Mucojo; joint force says four militants killed near Quissanga

MAPUTO, Oct 21 (Wire) - Insurgents linked to Islamic State attacked the coastal village of Mucojo, in the Macomia district of Cabo Delgado province, on Sunday morning, killing three fishermen on the beach and setting fire to about 20 houses, local sources said. Islamic State claimed the attack on its Telegram channels on Monday, putting the toll at five "Christians".

Mozambican soldiers fighting alongside Rwandan troops killed four insurgents in a clash in the bush south of Quissanga on Tuesday, a Mozambican army spokesman said. One Mozambican soldier was killed and two were wounded.

Rwanda has had troops in Cabo Delgado since 2021, when the insurgents held the port town of Mocimboa da Praia. About 600,000 people remain displaced in the province, according to the UN.""", [
  E(cur, "Attack", "Insurgents linked to Islamic State attacked the coastal village of Mucojo", P("Mucojo", "MZ", lat=-11.9, lon=40.4, a1="Cabo Delgado"), "sunday",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=3),
  E(cur, "Armed clash", "Mozambican soldiers fighting alongside Rwandan troops killed four insurgents in a clash in the bush south of Quissanga", P("Quissanga", "MZ", 2, lat=-12.42, lon=40.5, a1="Cabo Delgado"), "tuesday",
    a1=MOZ, i1=1, a2=ISMP, i2=2, fat=5, inj=2, assoc_actor_1=RWA),
]),

S("st-x-038", "2026-05-06", """IRAN/
Three border guards killed in Jaish al-Adl attack near Suran; police break up Lake Urmia protest

DUBAI, May 6 (Wire) - Gunmen of the Sunni militant group Jaish al-Adl attacked a border guard post in the hills near Suran, in Iran's south-eastern Sistan-Baluchestan province, on Monday night, killing three guards, Iranian state media reported. Jaish al-Adl said in a statement that it had killed seven guards and lost none of its fighters.

In the north-western city of Urmia, police used batons and tear gas on Saturday to break up a gathering of about 200 people on the causeway across Lake Urmia who were protesting against the drying of the lake, and detained at least 15 of them, a Kurdish rights group said.

In Yazd, security agents arrested an elderly Baha'i couple and their son at their home on Sunday and took them to the city's intelligence detention centre, a Baha'i community spokesperson said.""", [
  E(cur, "Armed clash", "Gunmen of the Sunni militant group Jaish al-Adl attacked a border guard post in the hills near Suran", P("Suran", "IR", 2), "monday",
    a1="Jaish al-Adl", i1=2, a2=IRN, i2=1, fat=3),
  E(cur, "Protest with intervention", "police used batons and tear gas on Saturday to break up a gathering of about 200 people on the causeway across Lake Urmia", P("Urmia", "IR", 2, geoname="Orumiyeh", a1="West Azerbaijan"), "saturday",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1),
  E(cur, "Arrests", "security agents arrested an elderly Baha'i couple and their son at their home on Sunday", P("Yazd", "IR"), "sunday",
    a1=IRN_POL, i1=1, a2="Civilians (Iran)", i2=7),
]),
]

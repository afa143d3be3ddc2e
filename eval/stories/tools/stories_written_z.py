"""Multi-event stories written for this project (issue 11), batch z: unseen by the coders in the session it was written
(2026-11-28, 07:19-10:19), the lead's measure of story generalisation, as batches s to y. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups and weekly digests, a live blog, UN-style situation reports, police and army press releases, local press —
with events of every status (current; background recalled; threats; banned or planned marches; denials; photo
captions), several events per story at different places and days, two or three countries, differing tolls, deaths in
hospital, arrests on a later day after a riot or a fight, crossfire victims, protesters and victims named by a
nationality other than the event country's, towns the gazetteer lacks (coded to the town the text places them near,
precision 2). Countries the stories had never or least (Brunei, Bhutan, Singapore, Timor-Leste, Laos, Qatar, Oman,
Bahrain, Eritrea, the Bahamas, Puerto Rico, Lithuania, Estonia, Latvia, Sweden, Spain, Austria, Luxembourg, Slovenia
...) and registers batches u-y had least (police and army releases, NGO/UN updates, live blogs).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

BRN_POL = "Police Forces of Brunei (1967-)"; SGP_POL = "Police Forces of Singapore (2024-)"; TLS_POL = "Police Forces of East Timor (2023-)"
BTN_POL = "Police Forces of Bhutan (2024-)"; IND_POL = "Police Forces of India (2014-)"; QAT_POL = "Police Forces of Qatar (2013-)"
BHR_POL = "Police Forces of Bahrain (1999-)"; ARE_POL = "Police Forces of the United Arab Emirates (2004-)"; ERI = "Military Forces of Eritrea (1993-)"; ETH_POL = "Police Forces of Ethiopia (2018-)"
BHS_POL = "Police Forces of Bahamas (2021-)"; PRI_POL = "Police Forces of Puerto Rico"

STORIES = [
S("st-z-001", "2026-03-16", """SOUTH-EAST ASIA IN BRIEF (9-15 March)

BRUNEI - Officers of the Internal Security Department arrested a retired civil servant at his home in Kuala Belait on Tuesday over social media posts that criticised how the country's oil income is spent, a relative said. He is being held under the Internal Security Act, which allows detention without trial.

SINGAPORE - Police arrested a man who put up a small tent and a banner about the war in Myanmar on the pavement outside the Myanmar embassy on Napier Road on Thursday. Police said he was being investigated for holding a public assembly without a permit.

TIMOR-LESTE - Hundreds of young people threw stones at the police station in Baucau and set fire to two police vehicles on Saturday after a 20-year-old man died in a police cell there, the national police said. Four officers were hurt. On Sunday police searched houses in the town and arrested 23 young men over the rioting.

LAOS - Unknown gunmen shot dead two Chinese workers at a banana plantation outside Luang Namtha on Friday night, the provincial police said. A third worker escaped. The company had received letters demanding that it stop clearing forest near a village, police said.

MALAYSIA - The High Court in Kota Kinabalu on Wednesday sentenced a Filipino man to 20 years in prison for his role in a 2019 kidnapping off Sabah's east coast.""", [
  E(cur, "Arrests", "Officers of the Internal Security Department arrested a retired civil servant at his home in Kuala Belait", P("Kuala Belait", "BN"), "tuesday",
    a1=BRN_POL, i1=1, a2="Civilians (Brunei)", i2=7),
  E(cur, "Protest with intervention", "Police arrested a man who put up a small tent and a banner about the war in Myanmar", P("Singapore", "SG"), "thursday",
    a1="Protesters (Singapore)", i1=6, a2=SGP_POL, i2=1),
  E(cur, "Violent demonstration", "Hundreds of young people threw stones at the police station in Baucau", P("Baucau", "TL"), "saturday",
    a1="Rioters (East Timor)", i1=5, a2=TLS_POL, i2=1, inj=4),
  E(cur, "Arrests", "police searched houses in the town and arrested 23 young men over the rioting", P("Baucau", "TL"), "sunday",
    a1=TLS_POL, i1=1, a2="Rioters (East Timor)", i2=5),
  E(cur, "Attack", "Unknown gunmen shot dead two Chinese workers at a banana plantation outside Luang Namtha", P("Luang Namtha", "LA", 2, lat=20.95, lon=101.4, a1="Louang Namtha"), "friday",
    a1="Unidentified Armed Group (Laos)", i1=3, a2="Civilians (China)", i2=7, fat=2),
], register="digest"),

S("st-z-002", "2026-05-20", """BHUTAN/NEPAL/
Bhutan police detain Indian labourers at Gelephu site; traders block border road in Jaigaon; refugees march in Jhapa

KATHMANDU, May 20 (Wire) - Police in Bhutan detained 14 Indian construction workers on Monday after several hundred labourers stopped work and sat down at the entrance of a building site in Gelephu, the southern town where the government is building a new business hub, to demand four months of unpaid wages, a labour contractor said. The Royal Bhutan Police said the 14 would be sent back to India.

Across the border from Phuentsholing, traders and porters in the Indian town of Jaigaon blocked the road to the border gate for several hours on Tuesday against new limits on the goods they can carry into Bhutan. West Bengal police used batons to clear the road, injuring at least six people, the traders' association said.

In eastern Nepal, about 300 Bhutanese refugees, most of them elderly, marched on Sunday to the district administration office in Bhadrapur, the headquarters of Jhapa district, to ask to be allowed to return to Bhutan. The march was peaceful.

More than 100,000 Nepali-speaking Bhutanese left or were expelled from Bhutan in the early 1990s. Most have since been resettled in the United States and other Western countries.""", [
  E(cur, "Protest with intervention", "Police in Bhutan detained 14 Indian construction workers on Monday", P("Gelephu", "BT", lat=26.87, lon=90.49, a1="Sarpang"), "monday",
    a1="Protesters (India)", i1=6, a2=BTN_POL, i2=1),
  E(cur, "Protest with intervention", "traders and porters in the Indian town of Jaigaon blocked the road to the border gate", P("Jaigaon", "IN"), "tuesday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1, inj=6),
  E(cur, "Peaceful protest", "about 300 Bhutanese refugees, most of them elderly, marched on Sunday to the district administration office in Bhadrapur", P("Bhadrapur", "NP", a1="Koshi"), "sunday",
    a1="Protesters (Bhutan)", i1=6),
]),

S("st-z-003", "2026-08-12", """GULF/
Sharjah police detain striking Pakistani bus drivers; Ibri residents protest over water cuts; petrol bombs thrown at police in Bahrain's Sanabis

DUBAI, Aug 12 (Wire) - Police in the emirate of Sharjah detained about 40 bus drivers on Sunday after several hundred drivers, most of them from Pakistan, refused to start their shifts and gathered outside their company's depot to protest against a cut in their overtime pay, two drivers said. Several of those held were told they would lose their residence permits. The company said the dispute had been "resolved".

In Oman, residents of Ibri held a sit-in outside the governor's office on Monday and Tuesday over water cuts that have left parts of the town without running water for days in temperatures above 45C. They dispersed peacefully on Tuesday evening after the water company promised tanker deliveries.

In Bahrain, youths threw petrol bombs and stones at a police patrol in the village of Sanabis, west of Manama, late on Monday, hours after a young man from the village was killed when his car crashed during a police chase, the interior ministry said. Police fired tear gas. One policeman was burned on the arm, the ministry said.

"They chased him like a criminal for a traffic offence," said a resident.""", [
  E(cur, "Protest with intervention", "several hundred drivers, most of them from Pakistan, refused to start their shifts and gathered outside their company's depot", P("Sharjah", "AE", a1="Emirate of Sharjah"), "sunday",
    a1="Protesters (Pakistan)", i1=6, a2=ARE_POL, i2=1),
  E(cur, "Peaceful protest", "residents of Ibri held a sit-in outside the governor's office on Monday and Tuesday", P("Ibri", "OM", lat=23.23, lon=56.52, a1="Ad Dhahirah"), "monday", tp=2,
    a1="Protesters (Oman)", i1=6),
  E(cur, "Violent demonstration", "youths threw petrol bombs and stones at a police patrol in the village of Sanabis", P("Sanabis", "BH", lat=26.23, lon=50.55, a1="Manama"), "monday",
    a1="Rioters (Bahrain)", i1=5, a2=BHR_POL, i2=1, inj=1),
]),

S("st-z-004", "2026-10-21", """HORN OF AFRICA/
Eritrean navy detains 23 Yemeni fishermen off Assab; six men taken across border from Tigray market; Fano fighters storm Kobo police station

NAIROBI, Oct 21 (Wire) - The Eritrean navy detained 23 Yemeni fishermen and seized their three boats about 30 nautical miles off the port of Assab on Thursday, accusing them of fishing in Eritrean waters without a licence, the fishermen's union in Hodeidah said on Saturday. It said the men were being held in Assab.

Eritrea has detained hundreds of Yemeni fishermen in the southern Red Sea over the past decade, most of them released after months in custody.

Across the border in Ethiopia's Tigray region, Eritrean soldiers seized six men at a cattle market outside Sheraro on Sunday and drove them north across the border, a local official said on Tuesday. Their families have had no word of them since. Eritrea's information minister did not respond to a request for comment.

Eritrean troops have kept positions inside parts of Tigray since the end of the 2020-22 war, despite the peace agreement signed in Pretoria that ended it.

In Ethiopia's Amhara region, Fano militiamen attacked the police station in the town of Kobo before dawn on Tuesday, killing three police officers and freeing detainees, residents said. The regional government said the attackers had been "repulsed with heavy losses" but gave no figures.""", [
  E(cur, "Arrests", "The Eritrean navy detained 23 Yemeni fishermen and seized their three boats", P("Assab", "ER", 2, a1="Southern Red Sea"), "thursday",
    a1=ERI, i1=1, a2="Civilians (Yemen)", i2=7),
  E(cur, "Abduction/forced disappearance", "Eritrean soldiers seized six men at a cattle market outside Sheraro", P("Sheraro", "ET", 2, lat=14.4, lon=37.93, a1="Tigray"), "sunday",
    a1=ERI, i1=8, a2="Civilians (Ethiopia)", i2=7),
  E(cur, "Armed clash", "Fano militiamen attacked the police station in the town of Kobo", P("Kobo", "ET", lat=10.03, lon=39.85, a1="Amhara"), "tuesday",
    a1="Fano", i1=3, a2=ETH_POL, i2=1, fat=3),
]),

S("st-z-005", "2026-08-18", """ROYAL BAHAMAS POLICE FORCE
PRESS RELEASE No. 297/2026

TWO MEN DEAD IN MARKET STREET SHOOTING; SUSPECT DIES AFTER SHOOT-OUT WITH OFFICERS

Police are investigating a shooting that left two men dead on Sunday 16th August 2026.

According to initial reports, at about 9:40 p.m., two men were standing outside a residence on Market Street, New Providence, when the occupants of a dark-coloured Honda vehicle pulled up and opened fire on them before speeding off. Both men were pronounced dead at the scene by Emergency Medical Services personnel. Investigators believe the incident is linked to an ongoing dispute between two criminal groups operating in the area.

Shortly after midnight on Monday 17th August, officers on mobile patrol in the Pinewood Gardens area observed a vehicle matching the description of the Honda. On approach, the officers came under fire from the occupants. The officers returned fire, hitting one of the men, who was taken to hospital, where he later died. A second man was taken into custody. A 9mm pistol and a quantity of ammunition were recovered. No officer was injured.

The public is reminded that anyone with information may contact the Central Detective Unit or Crime Stoppers. All calls are treated in strict confidence.

--END--""", [
  E(cur, "Attack", "the occupants of a dark-coloured Honda vehicle pulled up and opened fire on them", P("Nassau", "BS", 2), "sunday",
    a1="Unidentified Armed Group (Bahamas)", i1=3, a2="Civilians (Bahamas)", i2=7, fat=2),
  E(cur, "Armed clash", "the officers came under fire from the occupants", P("Nassau", "BS", 2), "monday",
    a1="Unidentified Armed Group (Bahamas)", i1=3, a2=BHS_POL, i2=1, fat=1),
], register="official"),

S("st-z-006", "2026-09-30", """Three killed as gunmen fire on basketball court in Loiza; four arrested in Carolina raids

LOIZA - Three young men were killed and two others wounded when gunmen fired dozens of shots at a group playing basketball on a public court in the Medianía Alta sector of Loiza on Saturday night, the Puerto Rico Police Bureau said. Investigators said the shooting was the latest in a war between two groups for control of drug sales points in the north-east of the island.

One of the wounded, a 17-year-old, died at the Centro Medico in San Juan on Monday, his family said.

Agents of the police and federal officers arrested four men in raids on homes in Carolina early on Monday, seizing three rifles fitted to fire automatically. The police commissioner said the four were suspected of taking part in the Loiza attack.

On Tuesday evening, about 200 residents of Loiza and relatives of the dead marched peacefully to the Capitol in San Juan, calling for more police patrols and for the court to be lit at night.

Loiza, a coastal town known for its Afro-Puerto Rican heritage, has one of the highest murder rates on the island.

© 2026 El Vocero del Este""", [
  E(cur, "Attack", "gunmen fired dozens of shots at a group playing basketball on a public court", P("Loiza", "PR"), "saturday",
    a1="Unidentified Armed Group (Puerto Rico)", i1=3, a2="Civilians (Puerto Rico)", i2=7, fat=4, inj=1),
  E(cur, "Arrests", "Agents of the police and federal officers arrested four men in raids on homes in Carolina", P("Carolina", "PR"), "monday",
    a1=PRI_POL, i1=1, a2="Unidentified Armed Group (Puerto Rico)", i2=3),
  E(cur, "Peaceful protest", "about 200 residents of Loiza and relatives of the dead marched peacefully to the Capitol in San Juan", P("San Juan", "PR"), "tuesday",
    a1="Protesters (Puerto Rico)", i1=6),
], register="local"),
]

LTU_POL = "Police Forces of Lithuania (2024-)"; EST_POL = "Police Forces of Estonia (2024-)"; SWE_POL = "Police Forces of Sweden (2022-)"
ESP_POL = "Police Forces of Spain (2018-)"; AUT_POL = "Police Forces of Austria (2025-)"

STORIES += [
S("st-z-007", "2026-04-13", """NORDIC AND BALTIC WEEK (6-12 April)

LITHUANIA - Two cars belonging to Ukrainian refugees were set on fire in a residential car park in Kaunas overnight into Thursday, police said. Nobody was hurt. Investigators are looking into whether the arson was ordered from abroad, as in several earlier cases in the Baltic states.

ESTONIA - Police in Narva detained seven people on Saturday who had gathered on the river bank to protest against the removal of Soviet-era street names and refused to disperse, the police said. Most were released after paying fines.

LATVIA - Several hundred fishermen and their families rallied peacefully at the port of Liepaja on Tuesday against plans for an offshore wind farm in their fishing grounds.

SWEDEN - Several shots were fired through the door of a flat in Vasteras's Backby district late on Wednesday. Nobody was hurt. Police said the shooting was linked to a conflict between two criminal networks and that a 15-year-old boy had been detained nearby.

DENMARK - Copenhagen police banned a rally at which a far-right politician had said he would burn a Koran outside a mosque on Saturday. The politician said he would appeal.""", [
  E(cur, "Looting/property destruction", "Two cars belonging to Ukrainian refugees were set on fire in a residential car park in Kaunas", P("Kaunas", "LT", a1="Kauno miestas"), "thursday", tp=2,
    a1="Unidentified Armed Group (Lithuania)", i1=3, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Protest with intervention", "Police in Narva detained seven people on Saturday who had gathered on the river bank", P("Narva", "EE", a1="Ida-Viru"), "saturday",
    a1="Protesters (Estonia)", i1=6, a2=EST_POL, i2=1),
  E(cur, "Peaceful protest", "Several hundred fishermen and their families rallied peacefully at the port of Liepaja", P("Liepaja", "LV"), "tuesday",
    a1="Protesters (Latvia)", i1=6),
  E(cur, "Attack", "Several shots were fired through the door of a flat in Vasteras's Backby district", P("Vasteras", "SE", 2, a1="Vastmanlands lan"), "wednesday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=0),
  unscored(E(hyp, "Peaceful protest", "he would burn a Koran outside a mosque on Saturday", P("Copenhagen", "DK"), None, a1="Protesters (Denmark)", i1=6),
           "event_date", "time_precision"),
], register="digest"),

S("st-z-008", "2026-11-09", """EUROPE THIS WEEK (2-8 November)

SPAIN - Hooded youths threw stones, bottles and fireworks at riot police and set rubbish containers alight in Barcelona's Sants neighbourhood on Friday night, hours after police evicted a squatted former cinema that had been used as a social centre for 12 years. Eleven officers were hurt, police said. On Sunday, Catalan police arrested six people at their homes over the rioting.

AUSTRIA - About 300 members and supporters of a far-right group marched through the centre of Graz on Saturday under heavy police protection. Several hundred counter-demonstrators who tried to block the route threw bottles and firecrackers at police lines; officers used pepper spray and batons and detained 14 of them.

LUXEMBOURG - About 2,000 teachers and parents marched through Luxembourg City on Wednesday against a reform that would change the language in which children first learn to read. The march was peaceful.

SLOVENIA - Several thousand people marched peacefully through Novo Mesto on Thursday to demand that the government speed up work on the motorway to the Croatian border, after a spate of deadly crashes on the old road.""", [
  E(cur, "Violent demonstration", "Hooded youths threw stones, bottles and fireworks at riot police and set rubbish containers alight in Barcelona's Sants neighbourhood", P("Barcelona", "ES", 2, a1="Catalunya"), "friday",
    a1="Rioters (Spain)", i1=5, a2=ESP_POL, i2=1, inj=11),
  E(cur, "Arrests", "Catalan police arrested six people at their homes over the rioting", P("Barcelona", "ES", 2, a1="Catalunya"), "sunday",
    a1=ESP_POL, i1=1, a2="Rioters (Spain)", i2=5),
  E(cur, "Peaceful protest", "About 300 members and supporters of a far-right group marched through the centre of Graz", P("Graz", "AT", a1="Steiermark"), "saturday",
    a1="Protesters (Austria)", i1=6),
  E(cur, "Violent demonstration", "Several hundred counter-demonstrators who tried to block the route threw bottles and firecrackers at police lines", P("Graz", "AT", a1="Steiermark"), "saturday",
    a1="Rioters (Austria)", i1=5, a2=AUT_POL, i2=1),
  E(cur, "Peaceful protest", "About 2,000 teachers and parents marched through Luxembourg City on Wednesday", P("Luxembourg", "LU"), "wednesday",
    a1="Protesters (Luxembourg)", i1=6),
  E(cur, "Peaceful protest", "Several thousand people marched peacefully through Novo Mesto on Thursday", P("Novo Mesto", "SI"), "thursday",
    a1="Protesters (Slovenia)", i1=6),
], register="digest"),
]

MNE_POL = "Police Forces of Montenegro (2023-)"; AZE_POL = "Police Forces of Azerbaijan (2003-)"; TJK_POL = "Police Forces of Tajikistan (1994-)"
TKM_POL = "Police Forces of Turkmenistan (2022-)"; BDI_POL = "Police Forces of Burundi (2020-)"; CNL = "CNL: National Congress for Freedom"
COM_POL = "Police Forces of Comoros (2016-)"; MDG_POL = "Police Forces of Madagascar (2025-)"

STORIES += [
S("st-z-009", "2026-10-14", """BALKANS/
Seven hurt as rival party supporters brawl at Bijelo Polje polling station; five arrested. Empty hostel meant for migrants torched near Bihac

PODGORICA, Oct 14 (Wire) - Supporters of two rival parties fought with stones, bottles and metal bars outside a polling station in Bijelo Polje, in northern Montenegro, on Sunday evening as votes were being counted in a municipal election, police said. Seven people were hurt, among them a police officer who tried to separate the two groups.

Police arrested five men at their homes in the town on Monday over the brawl and were looking for three others, a police spokesman said.

In neighbouring Bosnia, a former workers' hostel outside Bihac that the authorities planned to turn into a reception centre for migrants was set on fire overnight into Tuesday, police said. The building was empty and nobody was hurt. On Saturday, several hundred residents had blocked the road to the hostel for two hours in a peaceful protest against the plan.

"We will not let them open it, whatever it takes," one of the protest organisers said after the fire. Police said they had no suspects.""", [
  E(cur, "Mob violence", "Supporters of two rival parties fought with stones, bottles and metal bars outside a polling station in Bijelo Polje", P("Bijelo Polje", "ME"), "sunday",
    a1="Rioters (Montenegro)", i1=5, a2="Rioters (Montenegro)", i2=5, inj=7),
  E(cur, "Arrests", "Police arrested five men at their homes in the town on Monday over the brawl", P("Bijelo Polje", "ME"), "monday",
    a1=MNE_POL, i1=1, a2="Rioters (Montenegro)", i2=5),
  E(cur, "Looting/property destruction", "a former workers' hostel outside Bihac that the authorities planned to turn into a reception centre for migrants was set on fire", P("Bihac", "BA", 2, a1="Federacija Bosne i Hercegovine"), "tuesday", tp=2,
    a1="Unidentified Armed Group (Bosnia and Herzegovina)", i1=3, a2="Civilians (Bosnia and Herzegovina)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "several hundred residents had blocked the road to the hostel for two hours in a peaceful protest", P("Bihac", "BA", 2, a1="Federacija Bosne i Hercegovine"), "saturday",
    a1="Protesters (Bosnia and Herzegovina)", i1=6),
  unscored(E(thr, "Looting/property destruction", "We will not let them open it, whatever it takes", P("Bihac", "BA", 2, a1="Federacija Bosne i Hercegovine"), None,
             a1="Protesters (Bosnia and Herzegovina)", i1=6), "event_date", "time_precision", "actor1", "inter1"),
]),

S("st-z-010", "2026-06-10", """CENTRAL ASIA AND CAUCASUS WEEKLY (1-7 June)

TAJIKISTAN - Officers of the State Committee for National Security detained six men in the town of Rushon, in the Gorno-Badakhshan region, on Saturday and flew them to Dushanbe, relatives said. The families have not been told where the men are being held or what they are accused of, and lawyers have not been allowed to see them.

TURKMENISTAN - Police in Dashoguz detained at least ten women on Monday after a crowd of about 80 residents gathered outside the city administration to complain that their homes had had no gas for cooking for a week, according to an exile news site. Most were released that evening after signing statements.

AZERBAIJAN - Police used batons to push back about 150 residents of a village near Lankaran who had blocked the highway to Iran on Tuesday to demand compensation for homes damaged by a landslide in April, and detained nine of them.

KYRGYZSTAN - Parliament passed a law on Wednesday requiring non-governmental groups that receive money from abroad to register as "foreign representatives".""", [
  E(cur, "Abduction/forced disappearance", "Officers of the State Committee for National Security detained six men in the town of Rushon", P("Rushon", "TJ", lat=37.94, lon=71.56, a1="Gorno-Badakhshan"), "2026-06-06",
    a1=TJK_POL, i1=1, a2="Civilians (Tajikistan)", i2=7),
  E(cur, "Protest with intervention", "Police in Dashoguz detained at least ten women on Monday", P("Dashoguz", "TM", lat=41.84, lon=59.97, a1="Dasoguz"), "2026-06-01",
    a1="Protesters (Turkmenistan)", i1=6, a2=TKM_POL, i2=1),
  E(cur, "Protest with intervention", "Police used batons to push back about 150 residents of a village near Lankaran", P("Lankaran", "AZ", 2, a1="Lankaran"), "2026-06-02",
    a1="Protesters (Azerbaijan)", i1=6, a2=AZE_POL, i2=1),
], register="digest"),

S("st-z-011", "2026-09-08", """BURUNDI - MONTHLY HUMAN RIGHTS BULLETIN
August 2026

Summary: In August, our monitors recorded 11 killings, 7 abductions or disappearances, 26 arbitrary arrests and 9 cases of torture or ill-treatment. Members of the Imbonerakure, the youth league of the ruling CNDD-FDD, were named as perpetrators in more than half of the cases.

Selected incidents

• 9 August, Cankuzo province: Imbonerakure members beat two members of the opposition National Congress for Freedom (CNL) with sticks at a bar in Cankuzo town, accusing them of holding a secret meeting. One of them, aged 34, died of his injuries in Cankuzo hospital on 12 August.

• 15 August, Cankuzo: police arrested six CNL members, including the party's provincial secretary, at the secretary's home, accusing them of "disturbing public order". They were transferred to the provincial prison on 18 August.

• 21 August, Rumonge: the body of a man with stab wounds, his hands tied behind his back, was found on the shore of Lake Tanganyika near Rumonge town. He has not been identified.

• 27 August, Bujumbura: agents of the National Intelligence Service (SNR) took a secondary-school teacher from his classroom in the Kamenge neighbourhood. His family has searched the city's police stations and the SNR's offices in vain.

Recommendations: the authorities should investigate these cases and bring those responsible to justice, whatever their political affiliation.""", [
  E(cur, "Attack", "Imbonerakure members beat two members of the opposition National Congress for Freedom (CNL) with sticks at a bar in Cankuzo town", P("Cankuzo", "BI"), "2026-08-09",
    a1="Imbonerakure", i1=3, a2="Civilians (Burundi)", i2=7, fat=1, inj=1),
  E(cur, "Arrests", "police arrested six CNL members, including the party's provincial secretary", P("Cankuzo", "BI"), "2026-08-15",
    a1=BDI_POL, i1=1, a2=CNL, i2=7),
  E(cur, "Attack", "the body of a man with stab wounds, his hands tied behind his back, was found on the shore of Lake Tanganyika near Rumonge town", P("Rumonge", "BI", 2, a1="Rumonge"), "2026-08-21",
    a1="Unidentified Armed Group (Burundi)", i1=3, a2="Civilians (Burundi)", i2=7, fat=1),
  E(cur, "Abduction/forced disappearance", "agents of the National Intelligence Service (SNR) took a secondary-school teacher from his classroom", P("Bujumbura", "BI", 2), "2026-08-27",
    a1=BDI_POL, i1=1, a2="Civilians (Burundi)", i2=7),
], register="ngo"),

S("st-z-012", "2026-10-05", """INDIAN OCEAN WEEK (28 September - 4 October)

COMOROS - Youths in Mitsamiouli, in the north of Grande Comore, set up barricades of burning tyres and threw stones at gendarmes on Tuesday after a fourth day without electricity. The gendarmes fired tear gas and arrested eight young men; two gendarmes were slightly hurt.

MADAGASCAR - Armed cattle thieves raided a village about 20 km from Ankazoabo, in the south-west, on Thursday night, killing three villagers and driving off about 200 zebu, the gendarmerie said. A pursuit was under way.

MAURITIUS - About 400 people marched through Port Mathurin, on the island of Rodrigues, on Friday to demand more flights to Mauritius and cheaper freight. The march was peaceful.

SEYCHELLES - The National Assembly approved a bill on Wednesday to set up a coast guard unit to patrol the outer islands.""", [
  E(cur, "Violent demonstration", "Youths in Mitsamiouli, in the north of Grande Comore, set up barricades of burning tyres and threw stones at gendarmes", P("Mitsamiouli", "KM"), "tuesday",
    a1="Rioters (Comoros)", i1=5, a2=COM_POL, i2=1, inj=2),
  E(cur, "Attack", "Armed cattle thieves raided a village about 20 km from Ankazoabo", P("Ankazoabo", "MG", 2), "thursday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=3),
  E(cur, "Peaceful protest", "About 400 people marched through Port Mathurin, on the island of Rodrigues, on Friday", P("Port Mathurin", "MU", a1="Rodrigues Island"), "friday",
    a1="Protesters (Mauritius)", i1=6),
], register="digest"),
]

MWI_POL = "Police Forces of Malawi (2025-)"; VUT_POL = "Police Forces of Vanuatu (2025-)"; AUS_POL = "Police Forces of Australia (2022-)"
NPL_POL = "Police Forces of Nepal (2025-)"; NPL_GOV = "Government of Nepal (2025-)"; RPP = "RPP: Rastriya Prajatantra Party"
PAK = "Military Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"

STORIES += [
S("st-z-013", "2026-05-27", """Crowd burns house of man accused of child abduction in Mchinji; minibus drivers stone police at Dedza

LILONGWE - A crowd set fire to the house and grocery shop of a man accused of trying to abduct a six-year-old girl in Mchinji on Sunday afternoon, police said. Officers took the man to the police station before the crowd could reach him. Nobody was hurt. The girl's mother said the man had offered her sweets.

On Monday, minibus drivers blocked the M1 road at Dedza with burning tyres to protest against a new fuel levy and threw stones at police officers who came to clear the road. Police fired tear gas and arrested four drivers. The road was reopened in the afternoon.

In neighbouring Namibia, about 300 people marched peacefully to the regional council offices in Katima Mulilo on Friday to demand the return of land they say was taken for a game reserve.

A police spokesperson said officers would "not tolerate mob justice" and asked the public to hand suspects over to the police.

(c) 2026 The Lakeside Times""", [
  E(cur, "Mob violence", "A crowd set fire to the house and grocery shop of a man accused of trying to abduct a six-year-old girl in Mchinji", P("Mchinji", "MW", a1="Central"), "sunday",
    a1="Rioters (Malawi)", i1=5, a2="Civilians (Malawi)", i2=7, fat=0, inj=0),
  E(cur, "Violent demonstration", "minibus drivers blocked the M1 road at Dedza with burning tyres", P("Dedza", "MW", a1="Central"), "monday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1),
  E(cur, "Peaceful protest", "about 300 people marched peacefully to the regional council offices in Katima Mulilo on Friday", P("Katima Mulilo", "NA"), "friday",
    a1="Protesters (Namibia)", i1=6),
], register="local"),

S("st-z-014", "2026-09-16", """PACIFIC WEEK (7-13 September)

VANUATU - Supporters of two men who both claim a paramount chief's title fought with bush knives, spears and stones in villages near Isangel, on the island of Tanna, on Wednesday, leaving one man dead and six wounded, police said. Officers sent from Port Vila arrested 12 men in the area on Thursday.

FRENCH POLYNESIA - About 600 people marched peacefully through Uturoa, on the island of Raiatea, on Saturday against plans to let a foreign company build a fish farm in the lagoon.

AUSTRALIA - Police arrested 11 people on Tuesday who had blocked the main gate of Lavarack Barracks in Townsville to protest against joint military exercises with the United States.

FIJI - The government said on Friday it would review the sugar cane price after growers threatened to stop deliveries to the mills.""", [
  E(cur, "Mob violence", "Supporters of two men who both claim a paramount chief's title fought with bush knives, spears and stones in villages near Isangel", P("Isangel", "VU", 2, lat=-19.54, lon=169.28, a1="Tafea"), "2026-09-09",
    a1="Rioters (Vanuatu)", i1=5, a2="Rioters (Vanuatu)", i2=5, fat=1, inj=6),
  E(cur, "Arrests", "Officers sent from Port Vila arrested 12 men in the area on Thursday", P("Isangel", "VU", 2, lat=-19.54, lon=169.28, a1="Tafea"), "2026-09-10",
    a1=VUT_POL, i1=1, a2="Rioters (Vanuatu)", i2=5),
  E(cur, "Peaceful protest", "About 600 people marched peacefully through Uturoa, on the island of Raiatea, on Saturday", P("Uturoa", "PF", lat=-16.73, lon=-151.44, a1="Leeward Islands"), "2026-09-12",
    a1="Protesters (French Polynesia)", i1=6),
  E(cur, "Protest with intervention", "Police arrested 11 people on Tuesday who had blocked the main gate of Lavarack Barracks in Townsville", P("Townsville", "AU"), "2026-09-08",
    a1="Protesters (Australia)", i1=6, a2=AUS_POL, i2=1),
], register="digest"),

S("st-z-015", "2026-04-08", """NEPAL/
Protester dies after pro-monarchy rally turns violent in Butwal; curfew imposed, party leaders arrested

KATHMANDU, April 8 (Wire) - A 22-year-old man who was hit by a rubber bullet when a pro-monarchy rally turned violent in the western city of Butwal on Sunday died in hospital in nearby Bhairahawa on Tuesday, police said.

Supporters of the Rastriya Prajatantra Party (RPP), which wants the Hindu monarchy abolished in 2008 restored, threw stones at police and set fire to a motorcycle and the gate of the district administration office on Sunday after officers stopped their march from entering a restricted area. Police fired tear gas and rubber bullets. Fourteen police officers and nine protesters were injured, a police spokesman said.

The district administration imposed a curfew on the centre of Butwal from 4 p.m. on Sunday until 8 a.m. on Monday.

Police arrested the party's district chairman and 11 other RPP members at their homes on Monday, accusing them of organising the violence. The RPP called the arrests "political revenge" and said it would hold a bigger rally in Kathmandu on Friday.

PHOTO: Smoke rises from the gate of the district administration office in Butwal on Sunday. (Wire)""", [
  E(cur, "Violent demonstration", "threw stones at police and set fire to a motorcycle and the gate of the district administration office", P("Butwal", "NP", a1="Lumbini"), "sunday",
    a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1, fat=1, inj=22),
  E(cur, "Other", "The district administration imposed a curfew on the centre of Butwal", P("Butwal", "NP", a1="Lumbini"), "sunday",
    a1=NPL_GOV, i1=1),
  E(cur, "Arrests", "Police arrested the party's district chairman and 11 other RPP members at their homes on Monday", P("Butwal", "NP", a1="Lumbini"), "monday",
    a1=NPL_POL, i1=1, a2=RPP, i2=7),
  unscored(E(hyp, "Peaceful protest", "it would hold a bigger rally in Kathmandu on Friday", P("Kathmandu", "NP", a1="Bagmati"), None, a1="Protesters (Nepal)", i1=6),
           "event_date", "time_precision"),
  unscored(E(cap, "Violent demonstration", "Smoke rises from the gate of the district administration office in Butwal on Sunday", P("Butwal", "NP", a1="Lumbini"), "sunday",
             a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1), "fatalities", "injuries"),
]),

S("st-z-016", "2026-03-04", """No PR-48/2026-ISPR
Rawalpindi - March 3, 2026

On 2 March 2026, security forces conducted an intelligence based operation in general area Datta Khel, North Waziristan District, on reported presence of khwarij belonging to Indian proxy Fitna al Khwarij. During the conduct of operation, own troops effectively engaged the khwarij location and after an intense exchange of fire, seven khwarij were sent to hell. Weapons, ammunition and explosives were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the security forces as well as killing of innocent civilians.

However, during intense exchange of fire, Sepoy Imran Khan (age: 24 years, resident of District Karak), having fought gallantly, embraced shahadat.

In another incident, on the night of 2/3 March 2026, khwarij attacked a security forces' picket near Wana, South Waziristan District. Own troops responded swiftly and, in the ensuing exchange of fire, three khwarij were sent to hell, while two soldiers embraced shahadat.

Sanitization operations are being conducted to eliminate any other kharji found in the area, as security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in general area Datta Khel", P("Datta Khel", "PK", 2, lat=32.91, lon=69.74, a1="Khyber Pakhtunkhwa"), "2026-03-02",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=8),
  E(cur, "Armed clash", "khwarij attacked a security forces' picket near Wana", P("Wana", "PK", 2, a1="Khyber Pakhtunkhwa"), "2026-03-03", tp=2,
    a1=TTP, i1=2, a2=PAK, i2=1, fat=5),
  unscored(E(thr, "Armed clash", "determined to wipe out the menace of Indian sponsored terrorism from the country", C("PK"), None, a1=PAK, i1=1, a2=TTP, i2=2),
           "event_date", "time_precision"),
], register="official"),
]

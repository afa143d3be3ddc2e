"""Multi-event stories written for this project (issue 11), batch z: unseen by the coders in the session it was written
(2026-11-28, 07:19-10:19), the lead's measure of story generalisation, as batches s to y. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups and weekly digests, a live blog, UN-style situation reports, police and army press releases, local press —
with events of every status (current; background recalled; threats; banned or planned marches; denials; photo
captions), several events per story at different places and days, two or three countries, differing tolls, deaths in
hospital, arrests on a later day after a riot or a fight, crossfire victims, protesters and victims named by a
nationality other than the event country's, towns the gazetteer lacks (coded to the town the text places them near,
precision 2). Countries the stories had never or least (Brunei, Bhutan, Singapore, Timor-Leste, Laos, the Gulf's
UAE, Oman and Bahrain, Eritrea, the Bahamas, Puerto Rico, Lithuania, Estonia, Latvia, Sweden, Spain, Austria,
Luxembourg, Slovenia, Montenegro, Bosnia, Tajikistan, Turkmenistan, Azerbaijan, Burundi, Comoros, Mauritius's Rodrigues,
Malawi, Namibia, Vanuatu, French Polynesia, Australia, Nepal; in the second half Honduras, Costa Rica, Togo, Ivory Coast,
Guinea, Zambia, Algeria, Tunisia, Libya's Zliten, Afghanistan's Bamyan and Maymana, DR Congo's Kwilu, Indonesia's Kei
islands) and registers batches u-y had least (police and army releases — the Bahamas, ISPR, Nigeria's Defence HQ, a
Philippine brigade, Manipur police, a Ukrainian regional administration —, NGO/UN updates, a live blog). Fresh places in
the conflict countries (Hermel and Shebaa, Yirol and Akobo, Markoye, Tera, Ijara, Kyaukphyu and Teknaf, Huaquillas and
Jamundi, Yuriria, Guihulngan, Mbengwi and Wum, Mueda, Petit-Goave, Ad Dali and the Karish front, Ed Dueim, Kikwit).
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

BRN_POL = "Police Forces of Brunei (1967-)"; SGP_POL = "Police Forces of Singapore (2024-)"; TLS_POL = "Police Forces of East Timor (2023-)"
BTN_POL = "Police Forces of Bhutan (2024-)"; IND_POL = "Police Forces of India (2014-)"; QAT_POL = "Police Forces of Qatar (2013-)"
BHR_POL = "Police Forces of Bahrain (1999-)"; ARE_POL = "Police Forces of the United Arab Emirates (2004-)"; ERI = "Military Forces of Eritrea (1993-)"; ETH_POL = "Police Forces of Ethiopia (2018-)"
BHS_POL = "Police Forces of the Bahamas (2021-)"; PRI_POL = "Police Forces of Puerto Rico"

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
    a1="Unidentified Armed Group (Bahamas)", i1=3, a2=BHS_POL, i2=1, fat=1, inj=0),
], register="official"),

S("st-z-006", "2026-09-30", """Three killed as gunmen fire on basketball court in Loiza; four arrested in Carolina raids

LOIZA - Three young men were killed and two others wounded when gunmen fired dozens of shots at a group playing basketball on a public court in the Medianía Alta sector of Loiza on Saturday night, the Puerto Rico Police Bureau said. Investigators said the shooting was the latest in a war between two groups for control of drug sales points in the north-east of the island.

One of the wounded, a 17-year-old, died at the Centro Medico in San Juan on Monday, his family said.

Agents of the police and federal officers arrested four men in raids on homes in Carolina early on Monday, seizing three rifles fitted to fire automatically. The police commissioner said the four were suspected of taking part in the Loiza attack.

On Tuesday evening, about 200 residents of Loiza and relatives of the dead marched peacefully to the Capitol in San Juan, calling for more police patrols and for the court to be lit at night.

Loiza, a coastal town known for its Afro-Puerto Rican heritage, has one of the highest murder rates on the island.

© 2026 El Vocero del Este""", [
  E(cur, "Attack", "gunmen fired dozens of shots at a group playing basketball on a public court", P("Loiza", "PR", 2), "saturday",
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
  E(cur, "Looting/property destruction", "Two cars belonging to Ukrainian refugees were set on fire in a residential car park in Kaunas", P("Kaunas", "LT", a1="Kauno miestas"), "thursday",
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
  E(cur, "Looting/property destruction", "a former workers' hostel outside Bihac that the authorities planned to turn into a reception centre for migrants was set on fire", P("Bihac", "BA", 2, a1="Federacija Bosne i Hercegovine"), "tuesday",
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
             a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-z-016", "2026-03-04", """No PR-48/2026-ISPR
Rawalpindi - March 3, 2026

On 2 March 2026, security forces conducted an intelligence based operation in general area Datta Khel, North Waziristan District, on reported presence of khwarij belonging to Indian proxy Fitna al Khwarij. During the conduct of operation, own troops effectively engaged the khwarij location and after an intense exchange of fire, seven khwarij were sent to hell. Weapons, ammunition and explosives were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the security forces as well as killing of innocent civilians.

However, during intense exchange of fire, Sepoy Imran Khan (age: 24 years, resident of District Karak), having fought gallantly, embraced shahadat.

In another incident, on the night of 2/3 March 2026, khwarij attacked a security forces' picket near Wana, South Waziristan District. Own troops responded swiftly and, in the ensuing exchange of fire, three khwarij were sent to hell, while two soldiers embraced shahadat.

Sanitization operations are being conducted to eliminate any other kharji found in the area, as security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in general area Datta Khel", P("Datta Khel", "PK", 2, lat=32.91, lon=69.74, a1="Khyber Pakhtunkhwa"), "2026-03-02",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=8),
  E(cur, "Armed clash", "khwarij attacked a security forces' picket near Wana", P("Wana", "PK", 2, a1="Khyber Pakhtunkhwa"), "2026-03-03",
    a1=TTP, i1=2, a2=PAK, i2=1, fat=5),
  unscored(E(thr, "Armed clash", "determined to wipe out the menace of Indian sponsored terrorism from the country", C("PK"), None, a1=PAK, i1=1, a2=TTP, i2=2),
           "event_date", "time_precision"),
], register="official"),
]

ISR = "Military Forces of Israel (2022-)"; SSD = "Military Forces of South Sudan (2011-)"; SPLAIO = "SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition"
NGA = "Military Forces of Nigeria (2023-)"; ISWAP = "Islamic State West Africa Province"; FUL = "Fulani Ethnic Militia (Nigeria)"
BFA = "Military Forces of Burkina Faso (2022-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"; ISSP = "Islamic State Sahel Province"
KEN_POL = "Police Forces of Kenya (2022-)"; SOM = "Military Forces of Somalia (2022-)"

STORIES += [
S("st-z-017", "2026-07-14", """LIVE: Israeli strikes in south Lebanon and the Bekaa - Tuesday 14 July

07:05 - Drone strike kills two on Hasbaya road
An Israeli drone struck a car on the road leading out of Hasbaya overnight, killing the two men inside, Lebanon's health ministry said. The Israeli military said it had killed "two Hezbollah operatives" who were moving weapons.

07:40 - Hezbollah says dead men were not members
A Hezbollah official told a Lebanese television channel that neither of the dead men belonged to the group and that they were brothers driving home from a wedding.

09:20 - Shells set woodland alight above Shebaa
Israeli artillery fired several shells at the wooded hills above Shebaa this morning, setting trees on fire, the state-run National News Agency reported. There were no reports of casualties.

11:55 - Israeli jets strike outskirts of Hermel
Israeli warplanes carried out two strikes on the outskirts of Hermel, in the north of the Bekaa valley, at about 11:30, the NNA said. The Israeli military said it had hit "a Hezbollah weapons depot". Ambulances were seen heading to the area.

13:10 - Hermel strikes wounded three, ministry says
The health ministry said three people, among them a 10-year-old boy, had been wounded in the strikes near Hermel.

14:30 - Israeli army chief: "We will keep striking"
Israel's chief of staff said the military would "keep striking Hezbollah wherever it tries to rebuild", despite the ceasefire agreed in November 2024.

PHOTO: Smoke rises after an Israeli strike on the outskirts of Hermel on Tuesday. (Wire)""", [
  unscored(E(cur, "Air/drone strike", "An Israeli drone struck a car on the road leading out of Hasbaya", P("Hasbaya", "LB", 2, lat=33.4, lon=35.69, a1="Nabatieh"), 0, tp=2,
             a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=2), "actor2", "inter2"),
  E(cur, "Shelling/artillery/missile attack", "Israeli artillery fired several shells at the wooded hills above Shebaa", P("Shebaa", "LB", 2, lat=33.35, lon=35.73, a1="Nabatieh"), 0,
    a1=ISR, i1=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "Israeli warplanes carried out two strikes on the outskirts of Hermel", P("Hermel", "LB", 2, lat=34.39, lon=36.38, a1="Baalbek-Hermel"), 0,
    a1=ISR, i1=8, a2="Hezbollah", i2=2, inj=3),
  unscored(E(thr, "Air/drone strike", "keep striking Hezbollah wherever it tries to rebuild", C("LB"), None, a1=ISR, i1=8, a2="Hezbollah", i2=2),
           "event_date", "time_precision"),
  unscored(E(cap, "Air/drone strike", "Smoke rises after an Israeli strike on the outskirts of Hermel on Tuesday", P("Hermel", "LB", 2, lat=34.39, lon=36.38, a1="Baalbek-Hermel"), 0,
             a1=ISR, i1=8, a2="Hezbollah", i2=2), "fatalities", "injuries", "geo_precision"),
], register="live"),

S("st-z-018", "2026-06-17", """SOUTH SUDAN: Jonglei and Lakes
Flash Update No. 2 (as of 16 June 2026)

HIGHLIGHTS
• 9 people killed and 4 children abducted in a raid on cattle camps near Yirol
• At least 6 civilians killed in an aerial bombardment of Akobo market
• A humanitarian warehouse in Akobo looted; partners relocate staff

SITUATION OVERVIEW
On 10 June, armed youth attacked cattle camps east of Yirol town in Lakes State, killing nine people, among them a sub-chief, abducting four children and taking an estimated 2,000 head of cattle, according to local authorities.

On 12 June, fighting broke out between the South Sudan People's Defence Forces (SSPDF) and the Sudan People's Liberation Army-in-Opposition (SPLA-IO) in and around Akobo town, Jonglei State. Casualty figures are not known.

On 13 June, an aerial bombardment struck the main market in Akobo town, killing at least six civilians and injuring 21. Local authorities attributed the bombardment to government forces.

On 14 June, unidentified armed men looted a humanitarian warehouse in Akobo, taking food stocks meant for some 8,000 people. Humanitarian partners relocated 23 staff from Akobo to Juba on the same day.

An estimated 17,000 people have been displaced from Akobo town to surrounding villages and across the border into Ethiopia's Gambella region.

HUMANITARIAN RESPONSE
Partners are preparing to airdrop food once security allows. Access to Akobo by river remains cut.""", [
  E(cur, "Attack", "armed youth attacked cattle camps east of Yirol town in Lakes State", P("Yirol", "SS", 2, lat=6.55, lon=30.5, a1="Lakes"), "2026-06-10",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=9),
  E(cur, "Armed clash", "fighting broke out between the South Sudan People's Defence Forces (SSPDF) and the Sudan People's Liberation Army-in-Opposition (SPLA-IO) in and around Akobo town", P("Akobo", "SS", lat=7.78, lon=33.0, a1="Jonglei"), "2026-06-12",
    a1=SSD, i1=1, a2=SPLAIO, i2=2),
  E(cur, "Air/drone strike", "an aerial bombardment struck the main market in Akobo town", P("Akobo", "SS", lat=7.78, lon=33.0, a1="Jonglei"), "2026-06-13",
    a1=SSD, i1=1, a2="Civilians (South Sudan)", i2=7, fat=6, inj=21),
  E(cur, "Looting/property destruction", "unidentified armed men looted a humanitarian warehouse in Akobo", P("Akobo", "SS", lat=7.78, lon=33.0, a1="Jonglei"), "2026-06-14",
    a1="Unidentified Armed Group (South Sudan)", i1=3, a2="Civilians (South Sudan)", i2=7),
], register="ngo"),

S("st-z-019", "2026-06-26", """DEFENCE HEADQUARTERS
DEFENCE MEDIA OPERATIONS

BRIEFING ON MILITARY OPERATIONS OF THE ARMED FORCES OF NIGERIA, 18 - 25 JUNE 2026

1. In the North East, troops of Operation HADIN KAI on 20 June 2026 repelled an attack by ISWAP terrorists on their base at Damboa, Borno State. The troops engaged the terrorists with superior firepower and neutralised 9 of them, while 2 gallant soldiers paid the supreme price. Troops recovered 6 AK-47 rifles and a gun truck.

2. In the North West, troops of Operation FANSAN YAMMA on 22 June 2026 engaged Lakurawa terrorists at their enclave in a forest near Augie, Kebbi State, neutralising 5 terrorists and destroying the enclave.

3. On 23 June 2026, troops arrested 3 suspected logistics suppliers to bandits at Tsafe, Zamfara State, and recovered 400 litres of petrol and 2 motorcycles.

4. In the North Central, troops of Operation SAFE HAVEN on 24 June 2026 responded to a distress call from a village in Riyom Local Government Area of Plateau State, where armed herders had attacked residents. The attackers fled on sighting the troops. Four villagers were found dead. Troops have intensified patrols in the area.

5. Overall, during the week under review, troops neutralised 71 terrorists, arrested 112 suspects and rescued 58 kidnapped hostages across the theatres of operation.

6. The Armed Forces of Nigeria remain resolute in the fight against terrorism and other security challenges.

MAJOR GENERAL
DIRECTOR DEFENCE MEDIA OPERATIONS""", [
  E(cur, "Armed clash", "repelled an attack by ISWAP terrorists on their base at Damboa", P("Damboa", "NG"), "2026-06-20",
    a1=NGA, i1=1, a2=ISWAP, i2=2, fat=11),
  E(cur, "Armed clash", "engaged Lakurawa terrorists at their enclave in a forest near Augie", P("Augie", "NG", 2), "2026-06-22",
    a1=NGA, i1=1, a2="Lakurawa", i2=2, fat=5),
  E(cur, "Arrests", "troops arrested 3 suspected logistics suppliers to bandits at Tsafe", P("Tsafe", "NG"), "2026-06-23",
    a1=NGA, i1=1, a2="Unidentified Armed Group (Nigeria)", i2=3),
  E(cur, "Attack", "armed herders had attacked residents", P("Riyom", "NG", 3, geoname="Riyom"), "2026-06-24",
    a1=FUL, i1=4, a2="Civilians (Nigeria)", i2=7, fat=4),
], register="official"),

S("st-z-020", "2026-11-25", """SAHEL/
JNIM attack on Markoye leaves at least 12 soldiers and volunteers dead; six killed at Tera cattle market; bridge blown up south of Nioro

OUAGADOUGOU/NIAMEY, Nov 25 (Wire) - Fighters of the al-Qaeda-linked JNIM attacked an army detachment and positions of the Volunteers for the Defence of the Homeland (VDP) in Markoye, in north-eastern Burkina Faso near the border with Niger, on Sunday, killing at least 12 soldiers and volunteers, two security sources said. JNIM said in a statement that it had killed 40 and seized weapons and vehicles.

The army said on Monday that air strikes had killed "dozens" of the attackers as they fled towards the border.

In Niger, gunmen on motorcycles opened fire on traders and herders at the weekly cattle market in Tera, in the Tillaberi region, on Saturday, killing six people and driving off hundreds of animals, a local official said, blaming the Islamic State Sahel Province.

In Mali, JNIM fighters blew up a bridge on the road south of Nioro du Sahel with explosives on Monday, cutting the town's main link with Kayes, local officials said. Nobody was hurt.

JNIM has attacked convoys and blockaded towns across western Mali since 2025.""", [
  E(cur, "Armed clash", "attacked an army detachment and positions of the Volunteers for the Defence of the Homeland (VDP) in Markoye", P("Markoye", "BF", lat=14.65, lon=0.04, a1="Sahel"), "sunday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=12),
  E(cur, "Air/drone strike", "air strikes had killed \"dozens\" of the attackers as they fled towards the border", P("Markoye", "BF", 2, lat=14.65, lon=0.04, a1="Sahel"), "monday", tp=2,
    a1=BFA, i1=1, a2=JNIM, i2=2, fat=12),
  E(cur, "Attack", "gunmen on motorcycles opened fire on traders and herders at the weekly cattle market in Tera", P("Tera", "NE", a1="Tillaberi"), "saturday",
    a1=ISSP, i1=2, a2="Civilians (Niger)", i2=7, fat=6),
  E(cur, "Remote explosive/landmine/IED", "JNIM fighters blew up a bridge on the road south of Nioro du Sahel with explosives", P("Nioro du Sahel", "ML", 2, lat=15.23, lon=-9.59, a1="Kayes"), "monday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7, fat=0, inj=0),
]),

S("st-z-021", "2026-08-26", """KENYA/SOMALIA/
Two police reservists killed as al-Shabaab attacks Ijara camp; lorry hit by roadside bomb; clan militia and al-Shabaab fight near Beledweyne

NAIROBI, Aug 26 (Wire) - Al-Shabaab fighters attacked a police camp in Ijara, in Kenya's Garissa county near the Somali border, before dawn on Monday, killing two police reservists, police said. Officers fought back for about an hour before the attackers withdrew, the police statement said.

On Tuesday, a roadside bomb exploded under a lorry carrying building materials on the road out of Ijara, wounding the driver and his assistant, a county official said, blaming al-Shabaab.

Across the border in Somalia, fighters of the Macawisley, clan militias that fight alongside the army, clashed with al-Shabaab in villages about 30 km north of Beledweyne on Sunday. A Macawisley commander said seven al-Shabaab fighters and two of his men were killed. Al-Shabaab did not comment.

"They attack at night and vanish into the bush," a police officer in Garissa said.""", [
  E(cur, "Armed clash", "Al-Shabaab fighters attacked a police camp in Ijara", P("Ijara", "KE", lat=-1.6, lon=40.51, a1="Garissa"), "monday",
    a1="Al Shabaab", i1=2, a2=KEN_POL, i2=1, fat=2),
  E(cur, "Remote explosive/landmine/IED", "a roadside bomb exploded under a lorry carrying building materials on the road out of Ijara", P("Ijara", "KE", 2, lat=-1.6, lon=40.51, a1="Garissa"), "tuesday",
    a1="Al Shabaab", i1=2, a2="Civilians (Kenya)", i2=7, inj=2),
  E(cur, "Armed clash", "fighters of the Macawisley, clan militias that fight alongside the army, clashed with al-Shabaab", P("Beledweyne", "SO", 2, a1="Hiraan"), "sunday",
    a1="Macawisley Militia", i1=3, a2="Al Shabaab", i2=2, fat=9),
]),
]

MMR = "Military Forces of Myanmar (2021-)"; BGD = "Military Forces of Bangladesh (2024-)"; ECU_POL = "Police Forces of Ecuador (2023-)"; ECU = "Military Forces of Ecuador (2023-)"
COL_POL = "Police Forces of Colombia (2022-)"; MEX_POL = "Police Forces of Mexico (2024-)"; MEX_GN = "National Guard of Mexico (2019-)"
PHL = "Military Forces of the Philippines (2022-)"; IND = "Military Forces of India (2014-)"; CMR = "Military Forces of Cameroon (1982-)"
BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"; AMB = "Ambazonian Separatists"

STORIES += [
S("st-z-022", "2026-02-18", """MYANMAR/BANGLADESH/
Navy shelling kills four in fishing villages south of Kyaukphyu; Arakan Army says it overran hill outpost; Bangladesh detains 14 Myanmar fishermen

BANGKOK/DHAKA, Feb 18 (Wire) - A Myanmar navy vessel shelled two fishing villages on the coast south of Kyaukphyu, in western Rakhine state, on Sunday, killing four villagers, among them a 12-year-old boy, and wounding seven, the Arakan Army (AA) said.

The AA said on Tuesday its fighters had overrun a junta outpost on a hill overlooking the town's deep-sea port on Monday after two days of fighting and had captured 17 soldiers. The junta did not comment. Kyaukphyu, where China has invested in a port and pipelines, is one of the last towns in Rakhine still held by the military.

In Bangladesh, the coast guard detained 14 Myanmar fishermen and seized their two boats on the Naf river near Teknaf on Monday, accusing them of fishing in Bangladeshi waters, a coast guard official said.

PHOTO: A woman sits outside a damaged house in a fishing village south of Kyaukphyu on Monday. (Wire)""", [
  E(cur, "Shelling/artillery/missile attack", "A Myanmar navy vessel shelled two fishing villages on the coast south of Kyaukphyu", P("Kyaukphyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "sunday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=4, inj=7),
  E(cur, "Non-state actor overtakes territory", "its fighters had overrun a junta outpost on a hill overlooking the town's deep-sea port", P("Kyaukphyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "monday",
    a1="Arakan Army", i1=2, a2=MMR, i2=1),
  E(cur, "Arrests", "the coast guard detained 14 Myanmar fishermen and seized their two boats on the Naf river near Teknaf", P("Teknaf", "BD", 2, a1="Chattogram"), "monday",
    a1=BGD, i1=1, a2="Civilians (Myanmar)", i2=7),
  unscored(E(cap, "Shelling/artillery/missile attack", "A woman sits outside a damaged house in a fishing village south of Kyaukphyu", P("Kyaukphyu", "MM", 2, lat=19.43, lon=93.55, a1="Rakhine"), "sunday",
             a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-z-023", "2026-05-06", """ANDES/
Five killed in Pasaje house as Ecuador gang war spreads; nine Los Lobos suspects held in Huaquillas; drone kills mother and daughter near Jamundi

QUITO/BOGOTA, May 6 (Wire) - Gunmen burst into a house in Pasaje, in Ecuador's southern El Oro province, late on Saturday and shot dead five people, among them a 15-year-old, police said, adding that the killings were part of a dispute between the Los Lobos and Los Choneros gangs over drug routes to the port of Puerto Bolivar.

Police and soldiers arrested nine suspected members of Los Lobos in raids on houses in the border town of Huaquillas on Monday and seized four rifles and a grenade, the interior ministry said.

In Colombia, a drone carrying explosives hit a house in the rural area of Jamundi, south of Cali, on Sunday, killing a woman and her eight-year-old daughter, police said. They blamed the Jaime Martinez column, a faction of former FARC rebels who rejected the 2016 peace deal, and said the drone had probably been aimed at an army post nearby.

Ecuador's government has declared an "internal armed conflict" against the gangs, and extended states of emergency across several coastal provinces.""", [
  E(cur, "Attack", "Gunmen burst into a house in Pasaje", P("Pasaje", "EC"), "saturday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=5),
  E(cur, "Arrests", "Police and soldiers arrested nine suspected members of Los Lobos in raids on houses in the border town of Huaquillas", P("Huaquillas", "EC"), "monday",
    a1=ECU_POL, i1=1, a2="Los Lobos", i2=3, assoc_actor_1=ECU),
  E(cur, "Air/drone strike", "a drone carrying explosives hit a house in the rural area of Jamundi", P("Jamundi", "CO", 2, lat=3.26, lon=-76.53, a1="Valle del Cauca"), "sunday",
    a1="Jaime Martinez Column", i1=2, a2="Civilians (Colombia)", i2=7, fat=2),
]),

S("st-z-024", "2026-09-23", """Five young men shot dead on Yuriria football pitch; three arrested in Salvatierra

YURIRIA, Guanajuato - Gunmen armed with rifles opened fire on a group of young men playing football on a pitch on the edge of Yuriria late on Saturday, killing five and wounding three, the Guanajuato state prosecutor's office said. Investigators said the attack was linked to the war between the Jalisco New Generation Cartel and the Santa Rosa de Lima Cartel for control of southern Guanajuato.

State police and National Guard troops arrested three men in Salvatierra on Monday who the prosecutor's office said belonged to the Santa Rosa de Lima Cartel and had taken part in the attack. Two rifles and a stolen pick-up truck were seized.

On Tuesday evening, several hundred residents of Yuriria marched peacefully to the town hall dressed in white to demand that the state government send more police.

"Our sons cannot even play football any more," said a woman who took part in the march.

Guanajuato has had the highest number of murders of any Mexican state for most of the past seven years.

© 2026 El Sol del Bajio""", [
  E(cur, "Attack", "Gunmen armed with rifles opened fire on a group of young men playing football on a pitch on the edge of Yuriria", P("Yuriria", "MX", 2), "saturday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=5, inj=3),
  E(cur, "Arrests", "State police and National Guard troops arrested three men in Salvatierra on Monday", P("Salvatierra", "MX"), "monday",
    a1=MEX_POL, i1=1, a2="Santa Rosa de Lima Cartel", i2=3, assoc_actor_1=MEX_GN),
  E(cur, "Peaceful protest", "several hundred residents of Yuriria marched peacefully to the town hall dressed in white", P("Yuriria", "MX"), "tuesday",
    a1="Protesters (Mexico)", i1=6),
], register="local"),

S("st-z-025", "2026-10-28", """PRESS RELEASE
302nd Infantry (Achiever) Brigade, Philippine Army
Tanjay City, Negros Oriental
27 October 2026

TWO CNTs KILLED IN GUIHULNGAN ENCOUNTER

At about 6:30 AM on October 26, 2026, troops of the 62nd Infantry Battalion responding to reports from residents encountered around 12 members of the Communist NPA Terrorists (CNTs) in Sitio Kandabong, Barangay Trinidad, Guihulngan City, Negros Oriental. A 15-minute firefight ensued, resulting in the death of two CNTs. There were no casualties on the government side. Troops recovered two M16 rifles, a pistol and subversive documents.

The same group is believed to have burned a backhoe and a dump truck of a construction firm building a farm-to-market road in Barangay Planas, Guihulngan City, on October 25, 2026, after the firm refused to pay so-called "revolutionary taxes". No one was hurt in that incident.

The Brigade Commander lauded the troops and the residents who reported the presence of the armed group, and called on the remaining members of the NPA in Negros Oriental to return to the fold of the law.

Pursuit operations are ongoing.""", [
  E(cur, "Armed clash", "encountered around 12 members of the Communist NPA Terrorists (CNTs) in Sitio Kandabong", P("Guihulngan", "PH", 2, a1="Negros Island Region"), "2026-10-26",
    a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=2),
  E(cur, "Looting/property destruction", "burned a backhoe and a dump truck of a construction firm building a farm-to-market road", P("Guihulngan", "PH", 2, a1="Negros Island Region"), "2026-10-25",
    a1="NPA: New People's Army", i1=2, a2="Civilians (Philippines)", i2=7, fat=0, inj=0),
], register="official"),

S("st-z-026", "2026-07-29", """MANIPUR POLICE
Update on the security situation in the state (28.07.2026)

1. On 27.07.2026 at about 2330 hrs, a hand grenade was hurled at the gate of the residence of a sitting MLA at Khurai, Imphal East. The gate and a parked vehicle were damaged. No one was injured. A case has been registered and investigation is on.

2. On 28.07.2026 from about 0900 hrs to 1200 hrs, about 400 women volunteers (Meira Paibis) blocked the movement of a convoy of security forces at the Bishnupur bazaar in protest against the detention of two village volunteers on 26.07.2026. The women dispersed peacefully after the deputy commissioner met them.

3. The situation in the state is tense but under control. Movement of 212 vehicles carrying essential items along NH-2 and 174 vehicles along NH-37 was ensured, and security convoys were provided in vulnerable stretches.

4. The general public is requested not to believe rumours and to inform the police of any suspicious activity.""", [
  E(cur, "Grenade", "a hand grenade was hurled at the gate of the residence of a sitting MLA at Khurai", P("Imphal", "IN", 2, a1="Manipur"), "2026-07-27",
    a1="Unidentified Armed Group (India)", i1=3, a2="Civilians (India)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "about 400 women volunteers (Meira Paibis) blocked the movement of a convoy of security forces at the Bishnupur bazaar", P("Bishnupur", "IN", lat=24.63, lon=93.76, a1="Manipur"), "2026-07-28",
    a1="Protesters (India)", i1=6),
  unscored(E(bg, "Arrests", "the detention of two village volunteers on 26.07.2026", P("Bishnupur", "IN", lat=24.63, lon=93.76, a1="Manipur"), "2026-07-26",
             a1=IND_POL, i1=1), "location", "latitude", "longitude", "geo_precision", "actor1", "inter1", "actor2", "inter2"),
], register="official"),

S("st-z-027", "2026-04-15", """CAMEROON/
Six traders abducted near Mbengwi; army says four separatists killed near Wum; three killed in raid near Kolofata

YAOUNDE, April 15 (Wire) - Suspected separatist fighters abducted six traders from a minibus on their way to the weekly market in Mbengwi, in Cameroon's North-West region, on Monday morning and demanded a ransom for their release, local officials said. The separatists want an independent English-speaking state they call Ambazonia.

The army said on Tuesday that soldiers had raided a separatist camp in the hills outside Wum on Sunday, killing four fighters and freeing two hostages. A separatist commander said on social media that only one of his men had died.

In the Far North region, gunmen believed to belong to Boko Haram raided a village near Kolofata on Saturday night, killing three people and stealing goats and grain, a traditional chief said.

Separatist groups have called a two-week "lockdown" across the North-West from Monday, during which they say nobody should travel or open a shop.""", [
  E(cur, "Abduction/forced disappearance", "Suspected separatist fighters abducted six traders from a minibus on their way to the weekly market in Mbengwi", P("Mbengwi", "CM", 2, a1="North-West"), "monday",
    a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Armed clash", "soldiers had raided a separatist camp in the hills outside Wum", P("Wum", "CM", 2, a1="North-West"), "sunday",
    a1=CMR, i1=1, a2=AMB, i2=2, fat=1),
  E(cur, "Attack", "gunmen believed to belong to Boko Haram raided a village near Kolofata", P("Kolofata", "CM", 2, lat=11.17, lon=14.04, a1="Far North"), "saturday",
    a1=BH, i1=2, a2="Civilians (Cameroon)", i2=7, fat=3),
  unscored(E(thr, "Other", "Separatist groups have called a two-week \"lockdown\" across the North-West from Monday", P("Bamenda", "CM", 3, lat=5.96, lon=10.15, a1="North-West"), None,
             a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7), "event_date", "time_precision"),
]),
]

ISMP = "Islamic State Mozambique Province"; RWA = "Military Forces of Rwanda (2000-)"; MOZ_POL = "Police Forces of Mozambique (2025-)"
HTI_POL = "Police Forces of Haiti (2024-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"; YEM = "Military Forces of Yemen (2022-)"
TGO = "Military Forces of Togo (2005-)"; GIN_POL = "Police Forces of Guinea (2021-)"

STORIES += [
S("st-z-028", "2026-02-25", """MOZAMBIQUE/
Insurgents behead two farmers near Mueda; Rwandan troops kill four in clash near Macomia; police tear-gas displaced people's march in Pemba

MAPUTO, Feb 25 (Wire) - Insurgents linked to the Islamic State group beheaded two farmers in their fields outside Mueda, in the northern province of Cabo Delgado, on Saturday, residents and a local official said. Families from nearby villages fled into the town.

Rwandan troops, who have fought the insurgents in Cabo Delgado alongside Mozambican forces since 2021, killed four insurgents and captured a fifth in a clash in the bush south of Macomia on Sunday, the Rwandan army said. One Rwandan soldier was wounded. Islamic State said in a statement that its fighters had killed "several crusader soldiers"; Rwanda said it had lost none.

In the provincial capital Pemba, police fired tear gas on Tuesday at about 200 displaced people who were marching to the provincial government's offices to demand food aid, and detained five of them, a community leader said.

"We left our villages with nothing. Now they shoot gas at us for asking for maize," one woman said.""", [
  E(cur, "Attack", "Insurgents linked to the Islamic State group beheaded two farmers in their fields outside Mueda", P("Mueda", "MZ", 2, lat=-11.66, lon=39.55, a1="Cabo Delgado"), "saturday",
    a1=ISMP, i1=2, a2="Civilians (Mozambique)", i2=7, fat=2),
  E(cur, "Armed clash", "killed four insurgents and captured a fifth in a clash in the bush south of Macomia", P("Macomia", "MZ", 2, lat=-12.25, lon=40.12, a1="Cabo Delgado"), "sunday",
    a1=RWA, i1=8, a2=ISMP, i2=2, fat=7, inj=1),
  E(cur, "Protest with intervention", "police fired tear gas on Tuesday at about 200 displaced people who were marching to the provincial government's offices", P("Pemba", "MZ"), "tuesday",
    a1="Protesters (Mozambique)", i1=6, a2=MOZ_POL, i2=1),
]),

S("st-z-029", "2026-06-03", """HAITI/
Gangs attack Petit-Goave police station, two officers killed; crowd lynches two men accused of spying for gangs

PORT-AU-PRINCE, June 3 (Wire) - Gunmen of the Viv Ansanm gang coalition attacked the police station in Petit-Goave, a coastal town about 70 km west of the capital, late on Sunday, killing two police officers in a three-hour gunfight before pulling back towards Gressier, police said. Three of the attackers were also killed, a police spokesman said.

On Monday morning, residents of Petit-Goave caught two young men they accused of passing information to the gangs, beat them and set them on fire near the town's market. Both died.

"The people are afraid and angry, and they no longer wait for the police," a local priest said.

Viv Ansanm has pushed west along the coastal road since it took over Gressier in 2025. Thousands of people from Petit-Goave have fled towards Miragoane since Sunday, the civil protection agency said.""", [
  E(cur, "Armed clash", "Gunmen of the Viv Ansanm gang coalition attacked the police station in Petit-Goave", P("Petit-Goave", "HT", lat=18.43, lon=-72.87, a1="Ouest"), "sunday",
    a1="Viv Ansanm", i1=3, a2=HTI_POL, i2=1, fat=5),
  E(cur, "Mob violence", "residents of Petit-Goave caught two young men they accused of passing information to the gangs", P("Petit-Goave", "HT", lat=18.43, lon=-72.87, a1="Ouest"), "monday",
    a1="Rioters (Haiti)", i1=5, a2="Civilians (Haiti)", i2=7, fat=2),
  unscored(E(bg, "Non-state actor overtakes territory", "it took over Gressier in 2025", P("Gressier", "HT", lat=18.54, lon=-72.53, a1="Ouest"), "2025-01-01", tp=3, a1="Viv Ansanm", i1=3),
           "event_date", "time_precision", "fatalities", "injuries", "latitude", "longitude", "geo_precision"),
]),

S("st-z-030", "2026-03-25", """CENTRAL AMERICA/
Three shot dead at La Ceiba pool hall; military police arrest four MS-13 suspects. Girl hit by stray bullet in Puntarenas gang shoot-out dies

TEGUCIGALPA/SAN JOSE, March 25 (Wire) - Gunmen burst into a pool hall in La Ceiba, on Honduras's Caribbean coast, on Sunday night and shot dead three men, police said, adding that the killings were part of a dispute between the MS-13 and Barrio 18 gangs over the sale of drugs in the city's eastern neighbourhoods.

Military police arrested four suspected members of the MS-13 in raids on houses in La Ceiba on Tuesday and seized two pistols and a motorcycle that they said had been used in the attack.

In Costa Rica, members of two rival gangs exchanged fire in the Chacarita neighbourhood of Puntarenas on Saturday night. A nine-year-old girl who was hit by a stray bullet as she played outside her home died in hospital on Sunday, and a young man was wounded, the judicial police said.

Costa Rica recorded more than 880 homicides in 2023, most of them linked to disputes between drug gangs.""", [
  E(cur, "Attack", "Gunmen burst into a pool hall in La Ceiba", P("La Ceiba", "HN", a1="Atlantida"), "sunday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=3),
  E(cur, "Arrests", "Military police arrested four suspected members of the MS-13 in raids on houses in La Ceiba", P("La Ceiba", "HN", a1="Atlantida"), "tuesday",
    a1="Police Forces of Honduras (2026-)", i1=1, a2="MS-13: Mara Salvatrucha", i2=3),
  E(cur, "Armed clash", "members of two rival gangs exchanged fire in the Chacarita neighbourhood of Puntarenas", P("Puntarenas", "CR", 2), "saturday",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Unidentified Armed Group (Costa Rica)", i2=3, fat=1, inj=1),
]),

S("st-z-031", "2026-08-05", """YEMEN/
Houthi shells wound five on edge of al-Dhale; six killed in fighting on Karish front

ADEN, Aug 5 (Wire) - Houthi artillery shelled houses on the northern edge of the town of al-Dhale on Monday, wounding four women and a child, the provincial health office said. The Houthis, who hold the hills north of the town, did not comment.

Government troops and Houthi fighters also fought for several hours on the Karish front in Lahij province on Tuesday. A government commander said five Houthi fighters and one of his soldiers were killed; the Houthi-run news agency said its fighters had "repelled a failed infiltration".

A UN-brokered truce in 2022 largely halted air strikes and big offensives, but fighting along the front lines has never stopped.""", [
  E(cur, "Shelling/artillery/missile attack", "Houthi artillery shelled houses on the northern edge of the town of al-Dhale", P("Ad Dali", "YE", 2, lat=13.7, lon=44.73, a1="Ad Dali"), "monday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, inj=5),
  E(cur, "Armed clash", "Government troops and Houthi fighters also fought for several hours on the Karish front", P("Lahij", "YE", 3, lat=13.06, lon=44.88, a1="Lahij"), "tuesday",
    a1=YEM, i1=1, a2=HOUTHI, i2=1, fat=6),
]),

S("st-z-032", "2026-10-21", """WEST AFRICA/
Seven Togolese soldiers killed in attack near Mandouri; one dead in Daoukro election brawl; gendarmes break up Nzerekore power protest

LOME/ABIDJAN, Oct 21 (Wire) - Fighters of the al-Qaeda-linked JNIM attacked an army post near Mandouri, in Togo's far northern Savanes region, before dawn on Sunday, killing seven soldiers, the government said. JNIM said in a statement that it had killed 20 soldiers and seized weapons. The army said "several" attackers had been killed.

In Ivory Coast, supporters of two candidates in a municipal by-election fought with machetes, clubs and stones in Daoukro on Saturday evening, leaving one man dead and nine people injured, police said. Police arrested 16 people at the scene.

In Guinea, gendarmes fired tear gas on Monday at residents of Nzerekore who had blocked a main road with burning tyres to protest against power cuts that have lasted more than a week, and arrested 12 people, residents said.

JNIM has carried out attacks in northern Togo and Benin since 2022.""", [
  E(cur, "Armed clash", "attacked an army post near Mandouri", P("Mandouri", "TG", 2, lat=10.85, lon=0.82, a1="Savanes"), "sunday",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2=TGO, i2=1, fat=10),
  E(cur, "Mob violence", "supporters of two candidates in a municipal by-election fought with machetes, clubs and stones in Daoukro", P("Daoukro", "CI", a1="Lacs"), "saturday",
    a1="Rioters (Ivory Coast)", i1=5, a2="Rioters (Ivory Coast)", i2=5, fat=1, inj=9),
  E(cur, "Violent demonstration", "gendarmes fired tear gas on Monday at residents of Nzerekore who had blocked a main road with burning tyres", P("Nzerekore", "GN"), "monday",
    a1="Rioters (Guinea)", i1=5, a2=GIN_POL, i2=1),
]),
]

RUS = "Military Forces of Russia (2000-)"; SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"
ISKP = "Islamic State Khorasan Province"; TZA_POL = "Police Forces of Tanzania (2021-)"; DZA_POL = "Police Forces of Algeria (2019-)"

STORIES += [
S("st-z-033", "2026-09-09", """Sumy Regional Military Administration
Situation in the region as of 08:00, 9 September 2026

Over the past day, Russian forces carried out 87 attacks on 19 settlements in 11 communities of the region, using artillery, mortars, guided aerial bombs and drones.

Krasnopillia community: in the afternoon, an FPV drone hit a car on the road on the edge of Krasnopillia. The driver, a 58-year-old man, was injured and taken to hospital.

Bilopillia community: at about 22:10, a guided aerial bomb hit a private house in Bilopillia. Two people, a husband and wife, were killed. Their neighbour, a 71-year-old woman, was injured.

Velyka Pysarivka community: mortar shelling of the outskirts of Velyka Pysarivka. No casualties; a power line was damaged.

Residents of border communities are urged to evacuate to safer areas of the region.""", [
  E(cur, "Air/drone strike", "an FPV drone hit a car on the road on the edge of Krasnopillia", P("Krasnopillia", "UA", 2, lat=50.77, lon=35.26, a1="Sumy"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Air/drone strike", "a guided aerial bomb hit a private house in Bilopillia", P("Bilopillia", "UA", lat=51.15, lon=34.31, a1="Sumy"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=1),
  E(cur, "Shelling/artillery/missile attack", "mortar shelling of the outskirts of Velyka Pysarivka", P("Velyka Pysarivka", "UA", 2, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
], register="official"),

S("st-z-034", "2026-10-07", """SUDAN/
RSF drones set Ed Dueim river port ablaze; 11 killed in raids on villages to the west; army and RSF fight near Umm Ruwaba

PORT SUDAN, Oct 7 (Wire) - Drones launched by the paramilitary Rapid Support Forces (RSF) struck the river port in Ed Dueim, in Sudan's White Nile state, before dawn on Sunday, setting two fuel barges and a warehouse of relief grain on fire, local officials said. Nobody was hurt.

RSF fighters on motorcycles and in pick-up trucks raided three villages west of Ed Dueim on Monday, killing 11 people and looting livestock and grain, a local resistance committee said. The RSF denied attacking civilians and said its forces had fought "army-allied militias" in the area.

In North Kordofan, the army and the RSF fought for several hours on Tuesday around villages east of Umm Ruwaba, on the road to El Obeid, military sources said. Neither side gave casualty figures.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes.""", [
  E(cur, "Air/drone strike", "Drones launched by the paramilitary Rapid Support Forces (RSF) struck the river port in Ed Dueim", P("Ed Dueim", "SD", lat=14.0, lon=32.31, a1="White Nile"), "sunday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "RSF fighters on motorcycles and in pick-up trucks raided three villages west of Ed Dueim", P("Ed Dueim", "SD", 2, lat=14.0, lon=32.31, a1="White Nile"), "monday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=11),
  E(cur, "Armed clash", "the army and the RSF fought for several hours on Tuesday around villages east of Umm Ruwaba", P("Umm Ruwaba", "SD", 2, a1="North Kordofan"), "tuesday",
    a1=SDN, i1=1, a2=RSF, i2=2),
]),

S("st-z-035", "2026-11-04", """DR CONGO/
Mobondo militiamen kill six in raid near Kikwit; army says three attackers killed in pursuit

KINSHASA, Nov 4 (Wire) - Mobondo militiamen armed with machetes, bows and hunting rifles attacked a village about 40 km west of Kikwit, in Kwilu province, on Saturday night, killing six people and burning about 30 houses, a provincial lawmaker said.

Soldiers sent from Kikwit caught up with the attackers on Sunday and killed three of them in an exchange of fire, an army spokesman said.

The Mobondo, a militia drawn mainly from the Yaka community, emerged in 2022 from a dispute over land and customary levies between the Teke and Yaka communities in Kwamouth territory, and has since spread to neighbouring provinces. A Mobondo leader told a local radio station that his men would "go on defending their land" unless the government met their demands.""", [
  E(cur, "Attack", "Mobondo militiamen armed with machetes, bows and hunting rifles attacked a village about 40 km west of Kikwit", P("Kikwit", "CD", 2, lat=-5.04, lon=18.82, a1="Kwilu"), "saturday",
    a1="Mobondo Militia", i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=6),
  E(cur, "Armed clash", "Soldiers sent from Kikwit caught up with the attackers on Sunday and killed three of them", P("Kikwit", "CD", 2, lat=-5.04, lon=18.82, a1="Kwilu"), "sunday",
    a1=COD, i1=1, a2="Mobondo Militia", i2=4, fat=3),
  unscored(E(thr, "Armed clash", "his men would \"go on defending their land\"", P("Kikwit", "CD", 2, lat=-5.04, lon=18.82, a1="Kwilu"), None, a1="Mobondo Militia", i1=4),
           "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision"),
]),

S("st-z-036", "2026-04-22", """AFGHANISTAN/
Taliban intelligence holds Hazara teacher in Bamyan, family told nothing; fighters disperse women's protest in Maymana; IS claims killing of two Taliban

KABUL, April 22 (Wire) - Officers of the Taliban's General Directorate of Intelligence detained a Hazara schoolteacher at his home in Bamyan on Friday night, and his family has not been told where he is being held or why, a relative said.

In the northern city of Maymana, Taliban fighters fired into the air and beat several women with sticks on Sunday to break up a protest by about 40 women and girls outside the provincial education department against the closure of a private course for girls, two of the protesters said.

The Islamic State's local branch said on Monday that its fighters had shot dead two Taliban fighters at a checkpoint on the outskirts of Maymana on Sunday night. A Taliban spokesman confirmed that two "mujahideen" had been killed by "unknown people".""", [
  E(cur, "Abduction/forced disappearance", "Officers of the Taliban's General Directorate of Intelligence detained a Hazara schoolteacher at his home in Bamyan", P("Bamyan", "AF", a1="Bamyan"), "friday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
  E(cur, "Protest with intervention", "Taliban fighters fired into the air and beat several women with sticks on Sunday to break up a protest", P("Maymana", "AF"), "sunday",
    a1="Protesters (Afghanistan)", i1=6, a2=AFG, i2=1),
  E(cur, "Armed clash", "its fighters had shot dead two Taliban fighters at a checkpoint on the outskirts of Maymana", P("Maymana", "AF", 2), "sunday",
    a1=ISKP, i1=2, a2=AFG, i2=1, fat=2),
]),

S("st-z-037", "2026-05-20", """NORTH AFRICA/
Crowd burns house of Sudanese migrants in Zliten after brawl; Algerian police disperse jobless in Hassi Messaoud; Tataouine jobless block oil road

TUNIS, May 20 (Wire) - Dozens of young men attacked a house where Sudanese migrants lived in the Libyan coastal town of Zliten on Saturday night and set it on fire, hours after a brawl between a local man and a migrant at a market, residents and a rights group said. Three migrants were injured. Police later moved about 40 migrants from the neighbourhood.

In Algeria, police used batons on Monday to disperse about 150 unemployed young men who had blocked the entrance of an oil services base in Hassi Messaoud to demand jobs, and detained 17 of them, a local activist said.

In southern Tunisia, about 200 unemployed young men blocked the road to the El Kamour oil pumping station outside Tataouine on Sunday and Monday, demanding the jobs promised in a 2017 agreement. The protest was peaceful.""", [
  E(cur, "Mob violence", "Dozens of young men attacked a house where Sudanese migrants lived in the Libyan coastal town of Zliten", P("Zliten", "LY"), "saturday",
    a1="Rioters (Libya)", i1=5, a2="Civilians (Sudan)", i2=7, inj=3),
  E(cur, "Protest with intervention", "police used batons on Monday to disperse about 150 unemployed young men who had blocked the entrance of an oil services base in Hassi Messaoud", P("Hassi Messaoud", "DZ", lat=31.68, lon=6.07, a1="Ouargla"), "monday",
    a1="Protesters (Algeria)", i1=6, a2=DZA_POL, i2=1),
  E(cur, "Peaceful protest", "about 200 unemployed young men blocked the road to the El Kamour oil pumping station outside Tataouine", P("Tataouine", "TN", 2), "sunday", tp=2,
    a1="Protesters (Tunisia)", i1=6),
]),
]

COL = "Military Forces of Colombia (2022-)"; ELN = "ELN: National Liberation Army"; ZMB_POL = "Police Forces of Zambia (2021-)"; PFZ = "PF: Patriotic Front (Zambia)"
IDN_POL = "Police Forces of Indonesia (2024-)"; IDN = "Military Forces of Indonesia (2024-)"

STORIES += [
S("st-z-038", "2026-07-01", """COLOMBIA/
Hundreds bury seven soldiers killed in Catatumbo ambush; two ELN fighters killed near El Tarra

CUCUTA, Colombia, July 1 (Wire) - Hundreds of people lined the streets of Cucuta on Tuesday for the funerals of seven soldiers killed in Monday's ambush on the road between El Tarra and Tibu, in the north-eastern Catatumbo region. The army has blamed the National Liberation Army (ELN) for the attack, the deadliest on the military in the region this year.

Soldiers hunting the attackers killed two ELN fighters in a clash in the hills outside El Tarra on Tuesday, the army said. The ELN did not comment.

"My son joined the army to get a salary, not to die on a road in Catatumbo," the mother of one of the soldiers told a local radio station.

On Tuesday evening, about 2,000 people marched through the centre of Cucuta, many dressed in white, to call for an end to the violence. The march was peaceful.

PHOTO: Soldiers carry the coffin of one of the seven soldiers killed in Monday's ambush, in Cucuta on Tuesday. (Wire)""", [
  E(cur, "Armed clash", "seven soldiers killed in Monday's ambush on the road between El Tarra and Tibu", P("El Tarra", "CO", 2, lat=8.58, lon=-73.1, a1="Norte de Santander"), "monday",
    a1=ELN, i1=2, a2=COL, i2=1, fat=7),
  E(cur, "Armed clash", "Soldiers hunting the attackers killed two ELN fighters in a clash in the hills outside El Tarra", P("El Tarra", "CO", 2, lat=8.58, lon=-73.1, a1="Norte de Santander"), "tuesday",
    a1=COL, i1=1, a2=ELN, i2=2, fat=2),
  E(cur, "Peaceful protest", "about 2,000 people marched through the centre of Cucuta, many dressed in white", P("Cucuta", "CO"), "tuesday",
    a1="Protesters (Colombia)", i1=6),
  unscored(E(cap, "Armed clash", "Soldiers carry the coffin of one of the seven soldiers killed in Monday's ambush", P("El Tarra", "CO", 2, lat=8.58, lon=-73.1, a1="Norte de Santander"), "monday",
             a1=ELN, i1=2, a2=COL, i2=1), "fatalities", "injuries", "geo_precision"),
]),

S("st-z-039", "2026-08-12", """ZAMBIA/
Police arrest opposition organisers before banned Ndola march; crowd stones officers at bus station

NDOLA, Zambia, Aug 12 (Wire) - Police arrested five officials of the opposition Patriotic Front (PF) at their homes in Ndola early on Tuesday, hours before a march the party had called against the rising price of maize meal. Police had banned the march on Monday, saying they had not been given enough notice.

Several hundred PF supporters gathered at the city's main bus station anyway on Tuesday and threw stones at police officers, who fired tear gas to disperse them. Three officers were hurt and 21 people were arrested, a police spokesman said.

The PF said the arrests showed that the government "fears the hungry". It said it would hold the march in Kitwe next week instead.

Maize meal prices have nearly doubled since a drought last year destroyed much of the harvest.""", [
  E(cur, "Arrests", "Police arrested five officials of the opposition Patriotic Front (PF) at their homes in Ndola", P("Ndola", "ZM"), "tuesday",
    a1=ZMB_POL, i1=1, a2=PFZ, i2=7),
  E(cur, "Violent demonstration", "Several hundred PF supporters gathered at the city's main bus station anyway on Tuesday and threw stones at police officers", P("Ndola", "ZM"), "tuesday",
    a1="Rioters (Zambia)", i1=5, a2=ZMB_POL, i2=1, inj=3),
  unscored(E(hyp, "Peaceful protest", "it would hold the march in Kitwe next week instead", P("Kitwe", "ZM"), None, a1="Protesters (Zambia)", i1=6),
           "event_date", "time_precision"),
]),

S("st-z-040", "2026-03-04", """Two killed as villages on Kei Kecil fight over land; nine arrested. Masohi students march for teachers

AMBON - Residents of two neighbouring villages on Kei Kecil island, near Tual, fought with machetes, arrows and home-made guns on Sunday over the boundary between their land, leaving two men dead and 11 people injured, Maluku police said. Dozens of houses were burned.

Police and soldiers sent from Tual arrested nine men in the two villages on Monday and seized machetes and home-made guns, a police spokesman said. Officers have set up posts between the villages.

In Masohi, on Seram island, about 500 secondary-school students marched peacefully to the regent's office on Tuesday to demand that teachers who left their schools months ago be replaced.

(c) 2026 Suara Maluku""", [
  E(cur, "Mob violence", "Residents of two neighbouring villages on Kei Kecil island, near Tual, fought with machetes, arrows and home-made guns", P("Tual", "ID", 2, a1="Maluku"), "sunday",
    a1="Rioters (Indonesia)", i1=5, a2="Rioters (Indonesia)", i2=5, fat=2, inj=11),
  E(cur, "Arrests", "Police and soldiers sent from Tual arrested nine men in the two villages on Monday", P("Tual", "ID", 2, a1="Maluku"), "monday",
    a1=IDN_POL, i1=1, a2="Rioters (Indonesia)", i2=5, assoc_actor_1=IDN),
  E(cur, "Peaceful protest", "about 500 secondary-school students marched peacefully to the regent's office", P("Masohi", "ID", a1="Maluku"), "tuesday",
    a1="Protesters (Indonesia)", i1=6),
], register="local"),
]

CPV_POL = "Police Forces of Cape Verde (2021-)"; GAB_POL = "Police Forces of Gabon (2023-)"

STORIES += [
S("st-z-041", "2026-02-09", """CARIBBEAN BRIEFS (2-8 February)

BARBADOS - A man was shot dead in his car as he waited at a traffic light on Baxters Road in Bridgetown late on Friday, when a gunman walked up to the car and fired through the window. Police said the killing was linked to a feud between two gangs from neighbouring districts of the city, and appealed for witnesses.

SURINAME - About 300 residents of Albina blocked the ferry landing on the Marowijne river for most of Tuesday to protest against the arrest of a local boatman by French gendarmes on the other bank. They dispersed peacefully in the evening.

ANTIGUA AND BARBUDA - Parliament passed a bill on Thursday that raises the minimum wage by 15 percent from April.""", [
  E(cur, "Attack", "A man was shot dead in his car as he waited at a traffic light on Baxters Road in Bridgetown", P("Bridgetown", "BB"), "2026-02-06",
    a1="Unidentified Armed Group (Barbados)", i1=3, a2="Civilians (Barbados)", i2=7, fat=1),
  E(cur, "Peaceful protest", "About 300 residents of Albina blocked the ferry landing on the Marowijne river", P("Albina", "SR"), "2026-02-03",
    a1="Protesters (Suriname)", i1=6),
], register="digest"),

S("st-z-042", "2026-09-30", """ATLANTIC AFRICA/
Fogo islanders burn tyres at port after third week without ferry; Gabon police detain teachers at Oyem sit-in

PRAIA, Sept 30 (Wire) - Residents of Sao Filipe, on Cape Verde's island of Fogo, blocked the road to the port with burning tyres and stones on Monday after the ferry to Praia was cancelled for a third week, and threw stones at police officers who tried to clear it, police said. Officers fired tear gas and arrested four people. Two officers were slightly hurt.

"We cannot sell our coffee, we cannot get to hospital in Praia," a farmer said.

In Gabon, police broke up a sit-in by about 150 teachers outside the provincial education office in Oyem on Tuesday and detained six of them, a union official said. The teachers are demanding bonuses unpaid since 2024.

The Cape Verdean government said on Tuesday that a chartered ship would begin sailing to Fogo next week.""", [
  E(cur, "Violent demonstration", "Residents of Sao Filipe, on Cape Verde's island of Fogo, blocked the road to the port with burning tyres and stones", P("Sao Filipe", "CV"), "monday",
    a1="Rioters (Cape Verde)", i1=5, a2=CPV_POL, i2=1, inj=2),
  E(cur, "Protest with intervention", "police broke up a sit-in by about 150 teachers outside the provincial education office in Oyem", P("Oyem", "GA"), "tuesday",
    a1="Protesters (Gabon)", i1=6, a2=GAB_POL, i2=1),
]),
]

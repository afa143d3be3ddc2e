"""Multi-event stories written for this project (issue 11), batch n: weighted, like batches l and m, toward what still
fails on held-out news — definite references with no antecedent in the story ("the attack" that the story never told as
news: a background event or none); people and thing nouns in later sentences ("the gunmen", "the protesters said", "the
bomb"); a town and its district or suburb named in two sentences for one event; a later death in hospital of someone
hurt at a march (the same event); riots told by looting, arson, tear gas and arrests in separate paragraphs (one event);
KEY POINTS / HIGHLIGHTS bullets that repeat the body; planned, called-off and "tried" rallies (no event unless something
happened); deployments that answer an attack (part of it) beside deployments that are the news (Change to
group/activity); statements about deaths; tallies over periods; background events with and without dates; two events in
one sentence at different places; events in two countries in one story; datelines that are not the event place.
Registers: wire (caps headlines, datelines), local press, live blogs, weekly round-ups, NGO/UN situation reports,
military/police releases, analysis pieces. Countries the earlier batches have least or never (Greece, Sierra Leone,
Kosovo, Guatemala, Bosnia and Herzegovina, Serbia, Guinea-Bissau, Gambia, Liberia, Azerbaijan, Republic of Congo,
Cambodia, Poland, Tanzania, Austria, Latvia, Croatia, Taiwan...). Our own words; invented incidents at real places,
public group names. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

GRC_POL = "Police Forces of Greece (2019-)"; SLE_POL = "Police Forces of Sierra Leone (2018-)"; MLI = "Military Forces of Mali (2021-)"
XK_POL = "Police Forces of Kosovo (2021-)"; MEX = "Military Forces of Mexico (2024-)"; GTM = "Government of Guatemala (2024-)"
BIH_POL = "Police Forces of Bosnia and Herzegovina (1995-)"; SRB_POL = "Police Forces of Serbia (2012-)"
GNB_POL = "Police Forces of Guinea-Bissau (2025-)"; LBR_POL = "Police Forces of Liberia (2024-)"; NER = "Military Forces of Niger (2023-)"
AZE_POL = "Police Forces of Azerbaijan (2003-)"; KHM_POL = "Police Forces of Cambodia (2023-)"; POL = "Military Forces of Poland (2023-)"
TZA_POL = "Police Forces of Tanzania (2021-)"; BEN = "Military Forces of Benin (2016-)"; BEN_POL = "Police Forces of Benin (2016-)"
BGR_POL = "Police Forces of Bulgaria (2025-)"; CIV_POL = "Police Forces of Ivory Coast (2011-)"; BLR_POL = "Police Forces of Belarus (1994-)"
PHL = "Military Forces of the Philippines (2022-)"
ISR_POL = "Police Forces of Israel (2022-)"; VEN_POL = "Police Forces of Venezuela (2013-)"; MMR = "Military Forces of Myanmar (2021-)"
SSD = "Military Forces of South Sudan (2011-)"; SDN = "Military Forces of Sudan (2019-)"; BFA = "Military Forces of Burkina Faso (2022-)"
AUT_POL = "Police Forces of Austria (2025-)"; VNM_POL = "Police Forces of Vietnam (2021-)"; KOR_POL = "Police Forces of South Korea (2025-)"; RUS = "Military Forces of Russia (2000-)"
KEN_POL = "Police Forces of Kenya (2022-)"; ECU = "Military Forces of Ecuador (2023-)"; MDG_POL = "Police Forces of Madagascar (2025-)"; TUN_POL = "Police Forces of Tunisia (2019-)"
ROU_POL = "Police Forces of Romania (2025-)"
GIN_POL = "Police Forces of Guinea (2021-)"; TGO_POL = "Police Forces of Togo (2005-)"
GAB = "Military Forces of Gabon (2023-)"; BWA_POL = "Police Forces of Botswana (2024-)"; IND_POL = "Police Forces of India (2014-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"; BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"

STORIES = [
S("st-n-001", "2026-02-14", """GREECE-UNREST/
PETROL BOMBS, BANK TORCHED AS PATRAS CAMPUS EVICTION SPARKS CLASHES

ATHENS, Feb 14 (Wire) - Youths hurled petrol bombs and stones at riot police in Patras on Friday night after officers evicted squatters from a building on the University of Patras campus, Greek police said on Saturday, in the worst unrest in the western port city for years.

Police entered the campus at dawn on Friday and removed about 40 people who had occupied a disused faculty building since October. By the evening several hundred people had gathered at the university's main gate, and groups of hooded youths began throwing stones and petrol bombs at police lines along Korinthou Street.

Riot police responded with tear gas and stun grenades. The clashes went on until after midnight in the streets around the campus.

A bank branch and two cars were set on fire and the windows of several shops on Korinthou were smashed, the fire service said. Firefighters were held back for almost an hour by stones thrown from rooftops.

Police said 26 people had been detained, 11 of whom were later formally arrested, and that seven officers had been hurt. A 20-year-old student was taken to hospital with a head injury after being hit by a tear gas canister, his student union said.

"The campus belongs to the students, not to the police," a union member said. "The violence began when they came in."

In Ioannina, about 1,500 people marched peacefully from the university to the city centre on Friday evening in solidarity with the Patras students. A second march called for Saturday in Thessaloniki was cancelled by its organisers.

Greece lifted a decades-old ban on police entering university grounds in 2019. The country saw its worst riots in decades after a police officer shot dead a 15-year-old boy in Athens in December 2008.""", [
  E(cur, "Violent demonstration", "groups of hooded youths began throwing stones and petrol bombs at police lines", P("Patra", "GR"), "friday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, fat=None, inj=8),
  E(cur, "Peaceful protest", "about 1,500 people marched peacefully from the university to the city centre", P("Ioannina", "GR"), "friday",
    a1="Protesters (Greece)", i1=6),
  unscored(E(bg, "Attack", "a police officer shot dead a 15-year-old boy in Athens", P("Athens", "GR"), "2008-12-01", tp=3, fat=1),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-n-002", "2026-06-11", """Bo: boy shot in Monday's riot dies in hospital; 53 held across the district

By our Southern Province correspondent

A 17-year-old boy who was shot during Monday's riot in Bo died at the Bo Government Hospital on Wednesday, his family said, bringing to two the number of people killed in the unrest that shook the southern city this week.

Hundreds of young people took to the streets on Monday morning, blocking the highway to Kenema with burning tyres to protest against weeks of power cuts. Witnesses said the protest turned violent when youths threw stones at police officers who tried to clear the road.

Police fired tear gas and then live rounds. A 25-year-old motorbike rider was shot dead near the clock tower and at least nine people were wounded.

In the afternoon, groups of youths set fire to the office of the electricity distribution company and looted a warehouse on the edge of town. A police vehicle was burned near the central mosque.

The Bo District police commander said on Tuesday that 53 people had been arrested in the district and that four officers had been injured. "We will not allow a few people to destroy the property of the state," he said.

Police said additional officers had been sent to Bo from Freetown to restore calm, and the town was quiet on Wednesday.

The boy's uncle said he had been selling water near the market when he was hit. "He was not part of it," he said.

Opposition youth leaders said they would hold a march in Freetown on Friday to demand an independent inquiry. Police said the march had not been approved.

Rights groups say at least 40 people have been killed by the police during protests in Sierra Leone since 2020.""", [
  unscored(E(cur, "Violent demonstration", "youths threw stones at police officers who tried to clear the road", P("Bo", "SL", a1="Southern"), "monday",
             a1="Rioters (Sierra Leone)", i1=5, a2=SLE_POL, i2=1, fat=2), "injuries"),
], register="local"),

S("st-n-003", "2026-07-10", """MALI
Flash Update No. 4: Attacks on road convoys and civilians in Kayes and Mopti regions
As of 9 July 2026

HIGHLIGHTS
• On 6 July, armed men attacked a fuel convoy escorted by the Malian Armed Forces (FAMa) near Diéma, Kayes region; 23 trucks were burned and at least 11 drivers are missing.
• On 7 July, a passenger bus struck an explosive device between Douentza and Boni, Mopti region, killing eight passengers.
• Fuel shortages are disrupting water pumping and health services in several regions.

SITUATION OVERVIEW
On 6 July, a convoy of about 60 fuel tankers travelling from the Senegalese border towards Bamako came under attack about 15 km east of Diéma. The Group for Support of Islam and Muslims (JNIM) claimed the attack. According to local sources, the escort exchanged fire with the assailants for about an hour and four soldiers were killed. The attackers set fire to 23 trucks and took away at least 11 drivers, whose whereabouts remain unknown.

On 7 July, a bus travelling from Douentza to Boni hit an improvised explosive device on the national road, killing eight passengers and injuring 15, according to health officials in Douentza. No group has claimed responsibility. The road had reopened to traffic two weeks earlier.

Since the beginning of the year, partners have recorded 31 attacks on commercial and fuel convoys on the main supply roads, compared with 12 over the same period of 2025.

HUMANITARIAN IMPACT AND RESPONSE
The price of fuel in Bamako has doubled since June. Several water stations in Kayes and Ségou regions are running on reduced hours. Health partners sent a mobile surgical team to Douentza on 8 July to support the referral health centre.

For further information, please contact the OCHA Mali office.""", [
  E(cur, "Armed clash", "the escort exchanged fire with the assailants", P("Diema", "ML", 2), "2026-07-06",
    a1=JNIM, i1=2, a2=MLI, i2=1, fat=4),
  E(cur, "Remote explosive/landmine/IED", "a bus travelling from Douentza to Boni hit an improvised explosive device", P("Douentza", "ML", 2), "2026-07-07",
    a1="Unidentified Armed Group (Mali)", i1=3, a2="Civilians (Mali)", i2=7, fat=8, inj=15),
], register="ngo"),

S("st-n-004", "2026-04-20", """KOSOVO POLICE
PRESS RELEASE
Prishtina, 20.04.2026

Kosovo Police informs the public of the following incidents recorded in the North region over the weekend.

On 18.04.2026, at around 23:40, shots were fired from a wooded area at a Kosovo Police patrol on the road between Leposavić and the administrative crossing point at Jarinje. The officers returned fire. No police officer was injured; one official vehicle was hit by several bullets. Police units searched the area and an investigation has been opened under the supervision of the prosecutor.

On 19.04.2026, at around 03:15, unknown persons set fire to two vehicles belonging to a family who returned to Zubin Potok last year. The vehicles were parked in the yard of the family's house. There were no injuries. The perpetrators fled before the arrival of the police.

A gathering announced for 19.04.2026 in Leposavić did not take place.

Following these incidents, the Police have increased their presence in the North region with additional units of the Special Intervention Unit. KFOR has been informed.

Kosovo Police condemns these acts and calls on citizens to report any information that could help identify the perpetrators. Since the beginning of the year, 14 incidents involving firearms or explosive devices have been recorded in the North region.""", [
  E(cur, "Armed clash", "shots were fired from a wooded area at a Kosovo Police patrol", P("Leposaviq", "XK", 2), "2026-04-18",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2=XK_POL, i2=1, fat=0, inj=0),
  E(cur, "Looting/property destruction", "unknown persons set fire to two vehicles", P("Zubin Potok", "XK"), "2026-04-19",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2="Civilians (Kosovo)", i2=7, fat=0, inj=0),
], register="official"),

S("st-n-005", "2026-05-08", """Cartel gunfight in Guatemalan border village leaves nine dead; soldiers ambushed across the border in Chiapas

GUATEMALA CITY, May 8 (Wire) - Gunmen from rival Mexican cartels fought for several hours on Wednesday in a Guatemalan village near the Mexican border, leaving nine people dead, Guatemala's interior ministry said, while on the Mexican side soldiers were ambushed in the state of Chiapas.

The fighting broke out at dawn in the village of El Boquerón, in Cuilco municipality, Huehuetenango department, between gunmen of the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) who have been fighting over smuggling routes into Mexico, the ministry said. All nine dead were members of the armed groups, it said. Residents said the gunmen had used heavy machine guns and drones.

About 400 residents fled to the town of Cuilco. "We hid under the beds all morning," one woman said.

On Thursday, Congress approved a 30-day state of siege in Cuilco municipality requested by President Bernardo Arévalo, allowing the army to detain people without a warrant and to ban gatherings.

In Chiapas, gunmen ambushed an army patrol on the road between Frontera Comalapa and Chicomuselo on Thursday morning, killing two soldiers and wounding three, Mexico's defence ministry said. The attackers fled. The ministry did not say which group they belonged to.

Mexican troops were sent to the area after the ambush and set up checkpoints on the roads leading to the border.

The Chiapas border region has been disputed by the two cartels since 2021. Thousands of residents of Frontera Comalapa and nearby towns were forced from their homes by the fighting in 2024.""", [
  E(cur, "Armed clash", "Gunmen from rival Mexican cartels fought for several hours on Wednesday", P("Cuilco", "GT", 2), "wednesday",
    a1="Sinaloa Cartel", i1=3, a2="Cartel Jalisco Nueva Generacion", i2=3, fat=9),
  E(cur, "Other", "Congress approved a 30-day state of siege in Cuilco municipality", P("Cuilco", "GT", 3, geoname="Cuilco"), "thursday", a1=GTM, i1=1),
  E(cur, "Armed clash", "gunmen ambushed an army patrol on the road between Frontera Comalapa and Chicomuselo", P("Frontera Comalapa", "MX", 2), "thursday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=2, inj=3),
]),

S("st-n-006", "2026-03-30", """Analysis: Republika Srpska's quiet squeeze on its critics

SARAJEVO — When the assembly of Republika Srpska passed its law on "foreign agents" two years ago, critics warned that it would be used to silence the entity's few independent voices. Today the law has been joined by a defamation law, a register of non-governmental groups and a growing list of lawsuits against reporters.

The effect is hard to measure but easy to hear. Editors in Banja Luka say advertisers have left. Two of the entity's five independent news portals have closed since January. Several journalists have moved to Sarajevo or abroad.

The pressure is not only legal. Since the attack on the offices of a journalists' association in Banja Luka, reporters say they no longer work late. The attack, by two men with baseball bats, was never solved; the police say the investigation is still open.

On Saturday, police in Banja Luka detained nine members of a citizens' group who had gathered in front of the entity government building to read out the names of journalists sued under the new law. They were released after several hours, the group said; police said the gathering had not been registered.

Officials reject the criticism. "Nobody in Republika Srpska is in prison for what he wrote," the entity's information minister told this newspaper.

Diplomats in Sarajevo say they are watching, but few expect a strong response. The Office of the High Representative, which has the power to annul laws, has not used it since 2022.

According to the journalists' association, 38 of its members have been physically attacked or threatened since 2023.""", [
  E(cur, "Protest with intervention", "police in Banja Luka detained nine members of a citizens' group who had gathered", P("Banja Luka", "BA"), "saturday",
    a1="Protesters (Bosnia and Herzegovina)", i1=6, a2=BIH_POL, i2=1),
  unscored(E(bg, "Attack", "the attack on the offices of a journalists' association in Banja Luka", P("Banja Luka", "BA"), None,
             a1="Unidentified Armed Group (Bosnia and Herzegovina)", i1=3, a2="Civilians (Bosnia and Herzegovina)", i2=7),
           "event_date", "time_precision", "fatalities", "injuries"),
], register="analysis"),

S("st-n-007", "2026-06-20", """LIVE: Bulgaria protests — tens of thousands rally in Sofia, clashes in Plovdiv

Updated 23:35 EEST

23:35 — That is where we will stop our live coverage for tonight. Thank you for following. A summary: tens of thousands of people rallied peacefully in Sofia; in Plovdiv, a group of protesters threw eggs, bottles and firecrackers at the offices of the ruling GERB party and police used pepper spray and batons.

23:10 — The interior minister says 14 people were detained in Plovdiv and six police officers injured. He calls the protesters "provocateurs paid to spread chaos".

22:20 — Police in Plovdiv have charged protesters who threw bottles, stones and firecrackers at the GERB offices in the city centre, our reporter there says. The windows of the ground floor have been smashed. At least two people were taken away in an ambulance.

21:05 — In Plovdiv, several hundred protesters have broken away from the main march and are heading to the GERB offices. The protesters say they want the party to "hear them from close up".

19:40 — Tens of thousands of people are now in front of the Council of Ministers in Sofia, where the rally began at seven. The mood is peaceful: people are whistling, waving flags and chanting "Resign!".

18:20 — In Plovdiv, several thousand people are marching peacefully along the main pedestrian street.

17:00 — Buses that were to bring protesters from Varna to Sofia were cancelled at the last minute; the bus company said it had no drivers. Organisers say people from Varna will join next Saturday's rally instead.

15:00 — What we know: opposition parties and civic groups have called rallies in Sofia and Plovdiv today, the fourth weekend of protests since parliament passed a budget that raises taxes on small businesses.""", [
  unscored(E(cur, "Violent demonstration", "Police in Plovdiv have charged protesters who threw bottles, stones and firecrackers", P("Plovdiv", "BG"), "saturday",
             a1="Rioters (Bulgaria)", i1=5, a2=BGR_POL, i2=1, fat=None), "injuries"),
  E(cur, "Peaceful protest", "Tens of thousands of people are now in front of the Council of Ministers in Sofia", P("Sofia", "BG", a1="Sofia"), "saturday",
    a1="Protesters (Bulgaria)", i1=6),
], register="live"),

S("st-n-008", "2026-10-23", """WEST AFRICA THIS WEEK
Politics and security in brief

CÔTE D'IVOIRE
• Police detained at least 14 members of the opposition PPA-CI at the party's office in Daloa on Tuesday, a day before a rally the party had called against the price of cocoa inputs. The rally did not take place; police surrounded the square where it was to be held.

THE GAMBIA
• Several hundred young people marched peacefully through Farafenni on Monday to demand jobs and cheaper rice, and handed a petition to the area council.

LIBERIA
• Motorcyclists angry at the death of a colleague who was hit by a police pickup set fire to the police depot in Ganta, Nimba County, on Wednesday and blocked the highway to Guinea with burning tyres. Police fired tear gas and said 11 people were arrested.

GABON
• Parliament adopted a new electoral code on Thursday ahead of local elections next year.

SENEGAL
• A teachers' union said its members would stop work for 48 hours next week over unpaid allowances.

Next week's issue will be published on Friday.""", [
  E(cur, "Arrests", "Police detained at least 14 members of the opposition PPA-CI", P("Daloa", "CI"), "tuesday",
    a1=CIV_POL, i1=1, a2="PPA-CI: African Peoples' Party - Cote d'Ivoire", i2=7),
  unscored(E(neg, "Peaceful protest", "The rally did not take place", P("Daloa", "CI"), "wednesday"), "event_date", "time_precision"),
  E(cur, "Peaceful protest", "Several hundred young people marched peacefully through Farafenni", P("Farafenni", "GM"), "monday",
    a1="Protesters (Gambia)", i1=6),
  E(cur, "Violent demonstration", "set fire to the police depot in Ganta", P("Ganta", "LR", lat=7.24, lon=-8.98, a1="Nimba"), "wednesday",
    a1="Rioters (Liberia)", i1=5, a2=LBR_POL, i2=1),
], register="digest"),

S("st-n-010", "2026-01-19", """Belarus police detain relatives of political prisoners outside Hrodna jail

VILNIUS, Jan 19 (Wire) - Police in Belarus detained 11 people on Sunday who had gathered outside a prison in the western city of Hrodna to demand news of jailed relatives, the exiled opposition and the rights group Viasna said.

Witnesses said the group, most of them women, had been standing silently outside the gates for about 20 minutes with photographs of the prisoners when officers in plain clothes pushed them into a van. Two of the women were released late on Sunday; the others were to appear in court on Monday on charges of taking part in an unauthorised mass event, Viasna said.

A similar vigil planned outside a prison in Brest was called off after its organisers were summoned to the police on Saturday, the group said.

Viasna counts more than 1,100 political prisoners in Belarus. More than 65,000 people have been detained since the disputed presidential election of August 2020, it says.""", [
  E(cur, "Protest with intervention", "Police in Belarus detained 11 people on Sunday who had gathered outside a prison", P("Hrodna", "BY"), "sunday",
    a1="Protesters (Belarus)", i1=6, a2=BLR_POL, i2=1),
]),

S("st-n-012", "2026-05-21", """Candlelight supporters rally in Siem Reap to demand answers over attack

PHNOM PENH — About 300 supporters of the opposition Candlelight Party gathered peacefully outside the provincial court in Siem Reap on Wednesday to demand that the authorities name those behind the attack on a party official last month.

The protesters said the police had questioned nobody since the attack, in which two men on a motorbike beat the party's deputy provincial chief with metal bars outside his home in Siem Reap on April 12. He spent two weeks in hospital.

"The attack was meant to frighten all of us," one of the protesters said. Police blocked the road to the provincial hall but did not intervene, and the crowd left after two hours.

On Tuesday, police in Phnom Penh detained two Candlelight youth activists who had posted videos about the attack, their lawyer said. They were charged with incitement.

The government has denied any role in the attack and says the investigation is continuing. The Candlelight Party is the main successor to the Cambodia National Rescue Party, which the Supreme Court dissolved in 2017.""", [
  E(cur, "Peaceful protest", "About 300 supporters of the opposition Candlelight Party gathered peacefully", P("Siem Reap", "KH"), "wednesday",
    a1="Protesters (Cambodia)", i1=6),
  E(cur, "Arrests", "police in Phnom Penh detained two Candlelight youth activists", P("Phnom Penh", "KH"), "tuesday",
    a1=KHM_POL, i1=1, a2="Candlelight Party", i2=7),
  E(bg, "Attack", "two men on a motorbike beat the party's deputy provincial chief with metal bars", P("Siem Reap", "KH"), "2026-04-12",
    a1="Unidentified Armed Group (Cambodia)", i1=3, a2="Civilians (Cambodia)", i2=7, fat=None),
]),

S("st-n-013", "2026-09-01", """Poland sends 4,000 more troops to Belarus border ahead of Russian drills

WARSAW, Sept 1 (Wire) - Poland began moving 4,000 more soldiers to its border with Belarus on Monday ahead of large-scale Russian and Belarusian military exercises, the defence minister said.

The first units, with armoured vehicles and drone teams, arrived in Białystok on Monday afternoon, he told a news conference. They will join about 6,000 soldiers and border guards already patrolling the frontier.

"We will not be caught by surprise," the minister said. Lithuania said it was considering similar steps but had not yet decided.

The Zapad exercises, which Russia and Belarus hold every four years, are due to begin on Sept. 12. Belarus's defence ministry said the drills were defensive and posed no threat to its neighbours.

Polish border guards have recorded more than 20,000 attempts to cross the border illegally since January, most of them by migrants from Africa and the Middle East. Warsaw accuses Minsk of organising the crossings, which Belarus denies.""", [
  E(cur, "Change to group/activity", "Poland began moving 4,000 more soldiers to its border with Belarus", P("Bialystok", "PL", a1="Podlasie"), "monday",
    a1=POL, i1=1),
]),

S("st-n-015", "2026-08-06", """Dar es Salaam: riders torch police post after colleague dies in custody

DAR ES SALAAM — Motorcycle taxi riders set fire to a police post and blocked Kilwa Road in Mbagala on Wednesday after one of their colleagues died in a police cell, witnesses said.

The 28-year-old rider had been arrested on Monday night for not wearing a helmet, his colleagues said. His family was told on Wednesday morning that he had died of "a sudden illness".

By noon hundreds of riders had gathered outside the police post, chanting and throwing stones. Police fired tear gas and warning shots. The riders then set the post on fire and dragged a police motorcycle into the road.

Shops along Kilwa Road closed as the stone-throwing spread, and at least two shops were broken into and looted, traders said.

The Temeke regional police commander said 23 people had been arrested and that three officers had been injured. He said an inquiry into the rider's death had been opened and that the officers on duty had been suspended.

Traffic on Kilwa Road, one of the main routes into the city centre, was blocked for most of the afternoon. The suburb was calm on Thursday morning.""", [
  E(cur, "Violent demonstration", "Motorcycle taxi riders set fire to a police post and blocked Kilwa Road in Mbagala", P("Dar es Salaam", "TZ", 2), "wednesday",
    a1="Rioters (Tanzania)", i1=5, a2=TZA_POL, i2=1, fat=None, inj=3),
], register="local"),
S("st-n-016", "2026-07-13", """PRESS RELEASE
6th Infantry (Kampilan) Division, Philippine Army
Camp Siongco, Maguindanao del Norte
13 July 2026

TROOPS REPEL BIFF HARASSMENT IN DATU PIANG; TWO SOLDIERS HURT IN ROADSIDE BLAST IN AMPATUAN

Members of the Bangsamoro Islamic Freedom Fighters (BIFF) harassed an Army detachment in Datu Piang and detonated an improvised explosive device against a military truck in Ampatuan on Sunday, 12 July 2026.

At around 5:30 a.m., about 15 BIFF members fired rifle grenades and machine guns at the detachment of the 33rd Infantry Battalion. The troops immediately responded, and a 30-minute firefight followed before the enemy withdrew towards the marshland. One of the attackers was killed, based on reports from residents. There were no casualties on the government side.

At around 2:00 p.m. the same day, the bomb exploded along the national highway in Ampatuan as a six-by-six truck of the Division passed, wounding two soldiers. They were brought to a hospital in Cotabato City and are in stable condition.

The Division Commander has ordered intensified security operations in the area. "These lawless elements will be held accountable for their cowardly acts," he said.

Since January, 41 members of the BIFF and allied groups have surrendered to the Division, bringing with them 38 firearms.""", [
  E(cur, "Armed clash", "harassed an Army detachment in Datu Piang", P("Datu Piang", "PH", a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Maguindanao del Sur"),
    "2026-07-12", a1="BIFF: Bangsamoro Islamic Freedom Fighters", i1=2, a2=PHL, i2=1, fat=1),
  E(cur, "Remote explosive/landmine/IED", "detonated an improvised explosive device against a military truck in Ampatuan",
    P("Ampatuan", "PH", a1="Bangsamoro Autonomous Region in Muslim Mindanao", a2="Maguindanao del Sur"), "2026-07-12",
    a1="BIFF: Bangsamoro Islamic Freedom Fighters", i1=2, a2=PHL, i2=1, fat=None, inj=2),
], register="official"),
S("st-n-017", "2026-02-03", """Ultra-Orthodox protesters clash with police in Jerusalem after yeshiva student's arrest

JERUSALEM, Feb 3 (Wire) - Ultra-Orthodox protesters set fire to rubbish bins, blocked the main entrance to Jerusalem and threw stones at police on Monday night after military police arrested a yeshiva student who had ignored his call-up papers, police said.

The 19-year-old was detained on Monday afternoon at a checkpoint near Bnei Brak, his family said, and taken to a military prison.

Within hours, thousands of men had gathered at the Chords Bridge at the entrance to the city, blocking traffic for several hours. Police said some of the protesters attacked officers and a passing motorist, and that mounted officers and a water cannon were used to clear the road.

Police said 19 protesters were arrested and four officers lightly injured. A bus driver was pulled from his cab and beaten, his company said.

In Bnei Brak, several hundred people blocked a main road for an hour on Monday evening and left without incident.

Israel's Supreme Court ruled in 2024 that ultra-Orthodox men could no longer be exempted from military service. The army has since sent call-up orders to about 24,000 yeshiva students, fewer than 1,000 of whom have reported, according to figures given to parliament.""", [
  unscored(E(cur, "Violent demonstration", "threw stones at police on Monday night", P("Jerusalem", "IL"), "monday",
             a1="Rioters (Israel)", i1=5, a2=ISR_POL, i2=1, fat=None), "injuries"),
  E(cur, "Peaceful protest", "several hundred people blocked a main road for an hour", P("Bnei Brak", "IL", lat=32.08, lon=34.83, a1="Tel Aviv"), "monday",
    a1="Protesters (Israel)", i1=6),
]),

S("st-n-018", "2026-09-24", """Gunmen fire on opposition caravan in Venezuela's Lara; party coordinator detained in Zulia

CARACAS, Sept 24 (Wire) - Men on motorcycles fired on a caravan of opposition supporters in the western city of Barquisimeto on Wednesday, wounding three people, the Vente Venezuela party said, hours after intelligence agents detained one of its regional coordinators in Maracaibo.

The caravan of about 40 cars and motorbikes was crossing the east of the city when a dozen men dressed in black, whom witnesses described as members of pro-government colectivos, opened fire on it. Three people were taken to hospital with gunshot wounds; one of them, a 22-year-old woman, was in a serious condition.

"They came straight at us. Nobody stopped them," said one of the drivers, who asked not to be named. The attackers fled before the police arrived.

In Maracaibo, agents of the SEBIN intelligence service detained the party's coordinator for Zulia state at his home before dawn on Wednesday, his wife said. The attorney general's office said he was under investigation for "incitement to hatred".

Government officials did not comment on the shooting. The opposition says more than 2,000 people were detained in the crackdown that followed the disputed presidential election of July 2024.""", [
  unscored(E(cur, "Attack", "opened fire on it", P("Barquisimeto", "VE"), "wednesday",
             a1="Colectivos", i1=3, fat=None, inj=3), "actor2", "inter2"),
  E(cur, "Arrests", "agents of the SEBIN intelligence service detained the party's coordinator", P("Maracaibo", "VE"), "wednesday",
    a1=VEN_POL, i1=1, a2="Vente Venezuela", i2=7),
]),

S("st-n-019", "2026-11-04", """MYANMAR
Rakhine: Flash Update No. 9
As of 3 November 2026

KEY POINTS
• An air strike on the morning market in Kyauktaw town on 31 October killed at least 21 civilians, including six children, and injured more than 40.
• About 12,000 people have fled Minbya township since fighting resumed there on 29 October.
• Telecommunications remain cut in most of central and northern Rakhine.

SITUATION OVERVIEW
On 31 October, at around 7 a.m., a military aircraft dropped two bombs on the morning market in Kyauktaw town, according to local sources and health workers. At least 21 civilians were killed and more than 40 injured. The town's hospital, already short of staff and medicine, was overwhelmed; some of the injured were moved by boat to Mrauk-U.

Since 29 October, fighting between the Myanmar Armed Forces and the Arakan Army (AA) has been reported around Minbya, where the AA has been attacking the last military positions in the township. Partners estimate that about 12,000 people have left for villages to the north. The number of casualties is not known.

Humanitarian partners have recorded more than 90 air strikes in Rakhine since January, most of them in areas controlled by the AA.

RESPONSE
Partners distributed food and hygiene kits to 3,400 displaced people in Kyauktaw and Mrauk-U townships. A mobile clinic was sent to Kyauktaw on 1 November.""", [
  E(cur, "Air/drone strike", "a military aircraft dropped two bombs on the morning market in Kyauktaw town",
    P("Kyauktaw", "MM", lat=20.84, lon=92.98, a1="Rakhine", a2="Mrauk-U"), "2026-10-31", a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=21, inj=40),
  unscored(E(cur, "Armed clash", "fighting between the Myanmar Armed Forces and the Arakan Army (AA) has been reported around Minbya",
             P("Minbya", "MM", 2, lat=20.37, lon=93.27, a1="Rakhine"), "2026-10-29", tp=2, a1=MMR, i1=1, a2="Arakan Army", i2=2, fat=None), "actor1", "inter1", "actor2", "inter2"),
], register="ngo"),

S("st-n-020", "2026-10-14", """UNMISS condemns deadly attack on peacekeepers near Yei

PRESS RELEASE
Juba, 14 October 2026 – The United Nations Mission in South Sudan (UNMISS) strongly condemns the attack on one of its patrols near Yei, Central Equatoria, on Monday 12 October, in which a peacekeeper from Ghana was killed and two others were injured.

The peacekeepers were returning from a patrol to assess security along the Yei–Morobo road when their convoy came under fire from unidentified armed men about 15 kilometres south of Yei town. The peacekeepers returned fire. The injured were evacuated to the UNMISS hospital in Juba and are in stable condition.

"Attacks on peacekeepers may constitute a war crime. I call on the Government of South Sudan to swiftly investigate this attack and bring the perpetrators to justice," said the Special Representative of the Secretary-General.

The Mission is also concerned by reports of fighting between the South Sudan People's Defence Forces (SSPDF) and the National Salvation Front (NAS) in Morobo County since 9 October, which has forced thousands of civilians to flee towards the border with Uganda.

UNMISS has reinforced its presence in Yei and will continue its patrols to protect civilians.

This is the second fatal attack on UNMISS peacekeepers this year.""", [
  E(cur, "Armed clash", "their convoy came under fire from unidentified armed men about 15 kilometres south of Yei town", P("Yei", "SS", 2), "2026-10-12",
    a1="Unidentified Armed Group (South Sudan)", i1=3, a2="UNMISS: United Nations Mission in South Sudan", i2=8, fat=1, inj=2),
  E(cur, "Armed clash", "fighting between the South Sudan People's Defence Forces (SSPDF) and the National Salvation Front (NAS) in Morobo County",
    P("Morobo", "SS", 3, lat=3.69, lon=30.78, a1="Central Equatoria"), "2026-10-09", tp=2, a1=SSD, i1=1, a2="NAS: National Salvation Front", i2=2, fat=None),
], register="official"),

S("st-n-021", "2026-08-19", """RSF kills villagers near Bara as army drone hits Nyala market, Sudanese sources say

PORT SUDAN, Aug 19 (Wire) - Sudan's paramilitary Rapid Support Forces killed at least 27 villagers near Bara in North Kordofan and an army drone struck a market in the RSF-held city of Nyala on Tuesday, local activists and medics said, in a day of violence across the country's west.

RSF fighters on pickup trucks stormed a village about 20 km north of Bara in the early morning, shooting residents and looting livestock and food stores, a local resistance committee said. It said 27 people had been killed; a medical source in El Obeid put the toll at 31.

"The gunmen went from house to house," a survivor who reached El Obeid told Reuters by telephone. The RSF said in a statement that its forces had "cleansed the area of army-allied militias".

In Nyala, capital of South Darfur, a drone strike hit the main livestock market shortly after noon, killing nine people and wounding 22, according to a doctor at the city's teaching hospital. The RSF-backed civil administration said 15 civilians had been killed. The army, which has used drones against RSF-held cities, did not comment.

The foreign ministry of the army-aligned government condemned what it called "the Bara massacre" and called on the international community to designate the RSF a terrorist group.

In July 2025, RSF attacks on several villages around Bara killed more than 200 people, according to the UN. Tens of thousands of people have been killed since the war between the army and the RSF broke out in April 2023.""", [
  E(cur, "Attack", "RSF fighters on pickup trucks stormed a village about 20 km north of Bara", P("Barah", "SD", 2, a1="North Kordofan"), "tuesday",
    a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=27),
  E(cur, "Air/drone strike", "a drone strike hit the main livestock market", P("Nyala", "SD", a1="South Darfur"), "tuesday",
    a1=SDN, i1=1, a2="Civilians (Sudan)", i2=7, fat=9, inj=22),
  unscored(E(bg, "Attack", "RSF attacks on several villages around Bara killed more than 200 people", P("Barah", "SD", 2, a1="North Kordofan"), "2025-07-01", tp=3,
             a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=200), "fatalities"),
]),

S("st-n-022", "2026-07-30", """Bandits abduct 34 in Tsafe, kill vigilante leader

By our correspondent, Gusau

Gunmen suspected to be bandits on Tuesday night invaded the Unguwan Galadima area of Tsafe town, Zamfara State, and abducted 34 people, most of them women and children, residents said.

The bandits, who came on about 50 motorcycles at around 11 p.m., shot sporadically for more than two hours. They killed the leader of the community's vigilante group, who tried to stop them at the entrance of the quarter, and set fire to a shop.

A resident, who asked not to be named, said the gunmen went from house to house, forcing people out. "They took my two wives and four of my children. I escaped through the back," he said.

The Zamfara State Police Command confirmed the attack in Tsafe Local Government Area. Its spokesman said tactical teams had been deployed to the area to rescue the victims and arrest the attackers.

The chairman of Tsafe LGA said more than 200 people had been abducted in the council area since January, and called on the federal government to send more troops.

On Sunday, residents of nearby villages protested in Gusau over the insecurity, blocking the Gusau–Sokoto road for several hours before security agents persuaded them to leave.""", [
  unscored(E(cur, "Abduction/forced disappearance", "invaded the Unguwan Galadima area of Tsafe town", P("Tsafe", "NG", 2), "tuesday",
             a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=1), "sub_event_type"),
  E(cur, "Peaceful protest", "residents of nearby villages protested in Gusau over the insecurity", P("Gusau", "NG"), "sunday",
    a1="Protesters (Nigeria)", i1=6),
], register="local"),

S("st-n-023", "2026-03-18", """BURKINA FASO-SECURITY/
JIHADISTS KILL DOZENS OF SOLDIERS, MILITIAMEN IN ATTACK ON TITAO - SOURCES

ABIDJAN, March 18 (Wire) - Jihadist fighters attacked army and volunteer militia positions in the northern Burkinabe town of Titao on Sunday, killing at least 40 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), two security sources and a resident said.

Hundreds of fighters on motorcycles entered the town from three directions at dawn, a resident who fled to Ouahigouya said. The fighting lasted about five hours. The attackers looted shops and burned the town hall before withdrawing in the afternoon.

The Group for Support of Islam and Muslims (JNIM), al Qaeda's affiliate in the Sahel, claimed the attack in a statement on Monday, saying it had killed "more than 100 soldiers and militiamen".

On Tuesday, the army said in a statement read on state television that "dozens of terrorists" had been "neutralised" in the counter-offensive. It did not mention its own losses.

Titao, the capital of Loroum province, has been under a JNIM blockade since 2023 and is supplied by military convoys. It was the third major attack on an army position in the North region this year, and at least 70 soldiers and VDP have been killed in the region since January, according to a count by the two security sources.

Burkina Faso's junta, which seized power in 2022 promising to restore security, has suspended several foreign media outlets over their reporting of attacks.""", [
  E(cur, "Armed clash", "Jihadist fighters attacked army and volunteer militia positions in the northern Burkinabe town of Titao", P("Titao", "BF", a1="Nord"), "sunday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=40),
]),

S("st-n-024", "2026-06-26", """EUROPE THIS WEEK
Protest and unrest across the continent, in brief

AUSTRIA
• Police in Vienna used pepper spray and batons on Saturday to separate about 300 counter-demonstrators from a march of the far-right Identitarian movement in the Landstrasse district. Twelve counter-demonstrators were detained. The Identitarian march of about 150 people went ahead under police protection.

CROATIA
• Fans of Hajduk Split attacked supporters of Dinamo Zagreb with flares and iron bars outside a bar in Split on Sunday night before the two clubs' cup final. Five people were taken to hospital and police arrested 17.

LATVIA
• About 2,000 teachers marched peacefully through Riga on Wednesday to demand the pay rise promised in last year's budget. The union said its members would strike from September if the government did not act.

FINLAND
• A planned demonstration against a new law on asylum seekers in Helsinki was cancelled on Thursday after the organisers failed to obtain a permit.

SLOVENIA
• Farmers blocked the main road into Ljubljana with about 80 tractors for three hours on Tuesday against cheap grain imports. The protest ended peacefully.

The next issue of Europe This Week will appear on Friday 3 July.""", [
  E(cur, "Protest with intervention", "Police in Vienna used pepper spray and batons on Saturday to separate about 300 counter-demonstrators", P("Vienna", "AT"), "saturday",
    a1="Protesters (Austria)", i1=6, a2=AUT_POL, i2=1),
  E(cur, "Peaceful protest", "The Identitarian march of about 150 people went ahead", P("Vienna", "AT"), "saturday",
    a1="Protesters (Austria)", i1=6),
  E(cur, "Mob violence", "Fans of Hajduk Split attacked supporters of Dinamo Zagreb", P("Split", "HR", a1="Split-Dalmatia"), "sunday",
    a1="Rioters (Croatia)", i1=5, a2="Rioters (Croatia)", i2=5, fat=None, inj=5),
  E(cur, "Peaceful protest", "About 2,000 teachers marched peacefully through Riga", P("Riga", "LV"), "wednesday",
    a1="Protesters (Latvia)", i1=6),
  E(cur, "Peaceful protest", "Farmers blocked the main road into Ljubljana with about 80 tractors", P("Ljubljana", "SI"), "tuesday",
    a1="Protesters (Slovenia)", i1=6),
], register="digest"),

S("st-n-025", "2026-10-30", """ASIA-PACIFIC WEEKLY
Security and rights news from the region

TAIWAN
• Several thousand people rallied outside the Legislative Yuan in Taipei on Sunday against a bill that would extend the police's powers to monitor online messaging. The rally ended peacefully in the evening.

MALAYSIA
• Police in Kuala Lumpur questioned five organisers of last week's march against rising living costs under the Peaceful Assembly Act. None was detained.

VIETNAM
• Police in Hanoi arrested a blogger on Tuesday on charges of "abusing democratic freedoms" over posts criticising the handling of floods in the north, his wife said. He is the fourth blogger detained this year.

SOUTH KOREA
• Police detained 23 members of a farmers' union on Thursday after they tried to drive tractors to the presidential office in Seoul and scuffled with officers who blocked them near Namtaeryeong.

JAPAN
• The government said on Friday it would raise defence spending to 2 per cent of GDP a year earlier than planned.

We will be back next Friday.""", [
  E(cur, "Peaceful protest", "Several thousand people rallied outside the Legislative Yuan in Taipei", P("Taipei", "TW"), "sunday",
    a1="Protesters (Taiwan)", i1=6),
  E(cur, "Arrests", "Police in Hanoi arrested a blogger on Tuesday", P("Hanoi", "VN"), "tuesday",
    a1=VNM_POL, i1=1, a2="Civilians (Vietnam)", i2=7),
  E(cur, "Protest with intervention", "Police detained 23 members of a farmers' union on Thursday", P("Seoul", "KR", 2), "thursday",
    a1="Protesters (South Korea)", i1=6, a2=KOR_POL, i2=1),
], register="digest"),

S("st-n-026", "2026-01-27", """Vienna court rejects appeal by man jailed over 2020 attack

VIENNA — An Austrian appeals court on Tuesday upheld the life sentence of a man convicted of helping the gunman who killed four people in central Vienna in November 2020, rejecting his argument that he had not known what the weapons were for.

The 26-year-old was one of six men convicted in 2023 of supporting the attacker, a 20-year-old sympathiser of the Islamic State group who opened fire in the city's nightlife district on the evening of Nov. 2, 2020, before being shot dead by police. Twenty-three people were wounded in the attack.

Prosecutors said the man had helped the gunman obtain an assault rifle and ammunition in Slovakia weeks before the attack. His lawyer said he would take the case to the European Court of Human Rights.

Islamic State claimed the attack, the first major Islamist attack in Austria. It led the government to tighten the surveillance of convicted extremists after their release.

Relatives of the victims, some of whom attended Tuesday's hearing, said they were relieved. "Nothing brings them back, but at least this chapter is closed," the brother of one of the victims told reporters outside the court.""", [], negative="trial"),

S("st-n-027", "2026-06-02", """Kherson, Chernihiv: drones and shells kill three as Ukraine counts week's toll — live

Updated 14:50 EEST

14:50 — A woman wounded in a Russian drone attack on a bus in Kherson on Saturday has died in hospital, the regional governor says, bringing the number of people killed in that attack to two.

13:05 — Russian forces shelled the Dniprovskyi district of Kherson this morning, killing a 63-year-old man in his courtyard and damaging three apartment blocks, the city military administration says.

11:30 — In the north, a Russian drone hit a garage cooperative in Chernihiv overnight, killing one person and setting fire to several cars, the regional head says. Air defences shot down 14 of 19 drones over the region, he adds.

10:15 — Ukraine's prosecutor-general's office says Russian attacks killed 48 civilians across the country in the past week.

09:00 — Good morning and welcome to our live coverage. Overnight, air raid alerts sounded across most of Ukraine's north and east.""", [
  E(cur, "Air/drone strike", "A woman wounded in a Russian drone attack on a bus in Kherson on Saturday", P("Kherson", "UA"), "saturday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2),
  E(cur, "Shelling/artillery/missile attack", "Russian forces shelled the Dniprovskyi district of Kherson this morning", P("Kherson", "UA", 2), 0,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
  E(cur, "Air/drone strike", "a Russian drone hit a garage cooperative in Chernihiv overnight", P("Chernihiv", "UA"), 0, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=1),
], register="live"),
S("st-n-028", "2026-05-12", """Witu traders reopen a week after al-Shabaab raid; four militants killed in Boni forest

LAMU — Shops and the cattle market in Witu reopened on Monday, a week after the attack that left five people dead in the town, as security officers said four suspected al-Shabaab militants had been killed in the Boni forest.

Traders said business was slow. "People are still afraid to come to the market," said a shopkeeper whose stall was burned in the attack. "The police are here now, but they were not here that night."

The militants stormed Witu last Tuesday night, shooting dead five men, setting fire to a police vehicle and several shops, and leaving behind leaflets in Somali and Swahili before escaping into the forest, police said at the time. Residents said the gunmen had singled out men who could not recite Koranic verses.

On Monday, the Lamu county commissioner said a joint team of police and Kenya Defence Forces officers had killed four suspected militants during an exchange of fire near Basuba in the Boni forest on Sunday, and recovered two rifles. "These are some of the people behind the attack," he said. He did not give details.

Kenya has deployed hundreds of security officers in Lamu since the attack and imposed a dusk-to-dawn curfew on the road between Witu and Mpeketoni.

Al-Shabaab, which is fighting Somalia's federal government, has carried out dozens of raids on villages and security patrols in Lamu county since 2014.""", [
  E(bg, "Attack", "The militants stormed Witu last Tuesday night, shooting dead five men", P("Witu", "KE"), "2026-05-05",
    a1="Al Shabaab", i1=2, a2="Civilians (Kenya)", i2=7, fat=5),
  unscored(E(cur, "Armed clash", "had killed four suspected militants during an exchange of fire near Basuba in the Boni forest on Sunday", P("Boni", "KE", 2, lat=-1.7, lon=41.2, a1="Lamu"), "sunday",
             a1=KEN_POL, i1=1, a2="Al Shabaab", i2=2, fat=4), "actor1", "inter1"),
  unscored(E(cur, "Other", "imposed a dusk-to-dawn curfew on the road between Witu and Mpeketoni", P("Witu", "KE", 2), None, a1="Government of Kenya (2022-)", i1=1),
           "event_date", "time_precision", "actor1", "inter1"),
], register="local"),

S("st-n-029", "2026-02-20", """Ecuador sends 1,500 troops into Durán as murders soar

GUAYAQUIL, Feb 20 (Wire) - Ecuador's government sent 1,500 soldiers into the city of Durán, across the Guayas river from Guayaquil, on Thursday to take over security from the police, President Daniel Noboa said, after a month in which 73 people were murdered there.

Armoured vehicles and trucks carrying troops crossed the bridge from Guayaquil in the early morning, and soldiers set up checkpoints at the entrances to the city's poorest neighbourhoods, where rival gangs have been fighting for control of drug routes to the port.

"The army will stay as long as it takes," Noboa said in a video posted on social media. He said the soldiers would be able to search homes without a warrant under the state of internal armed conflict he declared in January 2024.

Residents interviewed by local media welcomed the troops but said previous deployments had lasted only a few weeks. The city's mayor, who lives under police protection after surviving an assassination attempt in 2023, said he had not been consulted.

Ecuador recorded more than 8,000 murders last year, the highest rate in Latin America, according to government figures.""", [
  E(cur, "Change to group/activity", "Ecuador's government sent 1,500 soldiers into the city of Durán", P("Duran", "EC", lat=-2.17, lon=-79.84, a1="Guayas"), "thursday",
    a1=ECU, i1=1),
]),

S("st-n-030", "2026-09-15", """Madagascar: second death after Fort-Dauphin riot over mine jobs

ANTANANARIVO — A young man wounded by gunfire during Thursday's riot against the mining company in Tôlanaro, the south-eastern port also known as Fort-Dauphin, died in hospital on Sunday, his family said, bringing the number of dead to two.

Hundreds of residents blocked the main roads of the town on Thursday morning with stones and burning tyres to demand that the ilmenite mine outside the town hire local workers. By midday, groups of young men were stoning the offices of the mining company and the gendarmerie brigade, witnesses said.

Gendarmes fired tear gas and then live rounds. A 19-year-old student was killed on the spot, and at least seven people were wounded.

In the afternoon, shops belonging to traders of Indian origin in the town centre were looted, and two of the company's vehicles were burned.

The head of the Anosy region said on Friday that 28 people had been arrested and that calm had returned to Taolagnaro district. Reinforcements of gendarmes were flown in from the capital on Friday.

The family of the second victim, a 23-year-old fisherman, said he had been shot in the stomach as he was returning from the port. "He was not among those throwing stones," his uncle told a local radio station.

The mining company said it had hired 140 local workers this year and would meet community leaders this week.""", [
  E(cur, "Violent demonstration", "groups of young men were stoning the offices of the mining company and the gendarmerie brigade",
    P("Tolanaro", "MG", lat=-25.03, lon=46.98, a1="Anosy", a2="Taolagnaro"), "thursday",
    a1="Rioters (Madagascar)", i1=5, a2=MDG_POL, i2=1, fat=2, inj=7),
], register="local"),

S("st-n-031", "2026-06-19", """NORTH AFRICA & MIDDLE EAST BRIEFING
The week's main political and security developments

TUNISIA
• Police arrested a former member of parliament at his home in Sfax on Monday, a day after he criticised President Kais Saied on television, his lawyer said. He is accused of "spreading false news".

MOROCCO
• Several thousand people marched peacefully in Rabat on Sunday in support of Palestinians in Gaza.

LIBYA
• The UN envoy told the Security Council on Tuesday that the rival governments had agreed to name a joint committee on the election laws, but gave no date for the vote.

EGYPT
• Egypt's parliament approved a new criminal procedure law on Wednesday despite objections from rights groups.

ALGERIA
• No significant events were reported.

Next briefing: Friday 26 June.""", [
  E(cur, "Arrests", "Police arrested a former member of parliament at his home in Sfax", P("Sfax", "TN"), "monday",
    a1=TUN_POL, i1=1, a2="Civilians (Tunisia)", i2=7),
  E(cur, "Peaceful protest", "Several thousand people marched peacefully in Rabat", P("Rabat", "MA", a1="Rabat-Sale-Kenitra"), "sunday",
    a1="Protesters (Morocco)", i1=6),
], register="digest"),

S("st-n-032", "2026-04-16", """Analysis: Laos's Chinese boom leaves a trail of resentment

BANGKOK — Along the road that runs north from Houayxay to the Chinese border, the billboards are in Chinese, the banana plantations are Chinese-owned and the casino in the Golden Triangle special economic zone prices its chips in yuan.

For the Lao government, Chinese money has been a lifeline. The country owes Beijing more than $10 billion, much of it for the railway that opened in 2021, and the kip has lost half its value in three years. For many of those who live along the road, the boom has brought land disputes, polluted rivers and jobs that go to migrants.

Officials rarely acknowledge the tension. But it has begun to surface. Last Thursday, several hundred villagers set fire to tractors and a warehouse of a Chinese-owned banana plantation near Houayxay, the provincial capital of Bokeo, after the company fenced off a stretch of communal forest, according to residents and a statement from the Chinese embassy in Vientiane, which asked the Lao authorities to "protect the safety of Chinese citizens". Nobody was hurt. Lao police have not commented.

Residents say land disputes in the province have been growing since 2022, when the plantations expanded into village forests. "Nobody asked us," said a farmer whose family lost two hectares.

Western diplomats say Vientiane is trying to reduce its dependence on Beijing by courting Japanese and Thai investors. But for now, there is little sign that the Chinese tide is turning.""", [
  E(cur, "Violent demonstration", "several hundred villagers set fire to tractors and a warehouse", P("Ban Houayxay", "LA", 2, lat=20.27, lon=100.42, a1="Bokeo"),
    "2026-04-09", a1="Rioters (Laos)", i1=5, fat=0, inj=0),
], register="analysis"),
S("st-n-033", "2026-07-08", """SOMALIA-SOMALILAND/
FIGHTING NEAR ERIGAVO KILLS 11 AS SOMALILAND ARMY, SSC-KHATUMO CLASH

HARGEISA, July 8 (Wire) - Fighting between Somaliland's army and SSC-Khatumo militia near Erigavo, the main town of the disputed Sanaag region, killed at least 11 fighters on Monday and Tuesday, elders and a hospital official said.

The clashes began on Monday afternoon when SSC-Khatumo fighters attacked Somaliland army positions on the hills east of the town, residents said, and resumed before dawn on Tuesday. Heavy machine-gun fire could be heard in the town for hours.

A doctor at Erigavo's regional hospital said it had received 11 bodies and 26 wounded fighters from both sides.

Somaliland's defence ministry said its forces had "repelled an attack by militias armed from Mogadishu". SSC-Khatumo, which Somalia's federal government recognised as a federal member state last year, said its fighters had "liberated" two villages.

Elders said several thousand residents had fled west towards Maydh. Elders from both communities met on Wednesday to try to negotiate a truce, but no agreement was reached.

The fighting is the worst in the region since the 2023 war over Las Anod, in which Somaliland's forces were driven from the town.""", [
  E(cur, "Armed clash", "Fighting between Somaliland's army and SSC-Khatumo militia near Erigavo", P("Ceerigaabo", "SO", 2, a1="Sanaag"), "monday", tp=2,
    a1="Military Forces of Somaliland (2024-)", i1=1, a2="SSC-Khatumo", i2=3, fat=11, inj=26),
]),

S("st-n-034", "2026-05-26", """Romanian gendarmes fire tear gas as nationalist march turns violent in Bucharest

BUCHAREST — Romanian gendarmes used tear gas and a water cannon on Monday evening against several hundred masked young men who threw bottles, stones and flares at them outside the government building in Bucharest, at the end of a march against the arrest of a nationalist party leader.

Several thousand people had marched peacefully from University Square to Victoria Square in the afternoon, waving flags and chanting against the government. As the crowd began to thin out at dusk, groups of young men dressed in black pushed to the front and began attacking the lines of gendarmes guarding the building.

Two cars and a newspaper kiosk were set on fire in the streets near the square, the fire brigade said.

The gendarmerie said 38 people had been detained and 12 gendarmes injured, two of them seriously. "Those who came to fight will answer before the law," the interior minister told reporters late on Monday.

In Cluj-Napoca, about 800 people held a peaceful rally in the city centre on the same evening. A march planned for Tuesday in Timișoara was banned by the prefecture.

The party leader was detained last week on charges of inciting hatred and promoting fascist symbols, which he denies.""", [
  E(cur, "Violent demonstration", "several hundred masked young men who threw bottles, stones and flares at them outside the government building", P("Bucharest", "RO"), "monday",
    a1="Rioters (Romania)", i1=5, a2=ROU_POL, i2=1, fat=None, inj=12),
  E(cur, "Peaceful protest", "about 800 people held a peaceful rally in the city centre", P("Cluj-Napoca", "RO"), "monday",
    a1="Protesters (Romania)", i1=6),
]),
S("st-n-035", "2026-10-21", """Papua rebels torch school in Yahukimo a week after miners' killings

JAYAPURA — Armed men burned a junior high school and two teachers' houses in Dekai, the capital of Yahukimo regency in Indonesia's Highland Papua province, on Monday night, police said, a week after the attack that left six gold miners dead in the regency.

Nobody was hurt in the fire; most teachers had left the town after the attack. The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, said in a statement that its fighters had burned the school because it was "used by the Indonesian military", and told non-Papuans to leave Yahukimo.

Police said the same group had carried out the attack on the miners, who were shot and hacked to death at an unlicensed gold-mining camp on the Brazza river on Oct. 13. The TPNPB said the miners were "military spies", which their families deny.

"The attack shocked everybody. Many migrants are now waiting for flights out," a church leader in Dekai said.

The military said it had sent an additional company of soldiers to Dekai after the attack.

At least 40 civilians and members of the security forces have been killed in Highland Papua this year, according to police figures.""", [
  E(cur, "Looting/property destruction", "Armed men burned a junior high school and two teachers' houses in Dekai",
    P("Sumohai", "ID", 2, lat=-4.69, lon=139.35, a1="Highland Papua", a2="Kabupaten Yahukimo"), "monday",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7, fat=0, inj=0),
  unscored(E(bg, "Attack", "the attack on the miners, who were shot and hacked to death at an unlicensed gold-mining camp on the Brazza river",
             P("Yahukimo", "ID", 3, lat=-4.69, lon=139.35, a1="Highland Papua", a2="Kabupaten Yahukimo"), "2026-10-13",
             a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7, fat=6), "location", "latitude", "longitude", "geo_precision"),
]),

S("st-n-036", "2026-03-05", """Blast ruptures oil pipeline near Nembe; operator says bomb was planted

YENAGOA — An explosion ruptured a crude oil trunk line near Nembe in Bayelsa State early on Wednesday, setting off a fire and spilling oil into the creeks, the pipeline's operator and residents said.

The operator said in a statement that the bomb had been planted by "unknown persons" on a section of the line that runs through the mangrove swamp east of the town. Nobody was injured, it said, but the line was shut down and production from several fields connected to it was halted.

Residents said they were woken by a loud blast at about 2 a.m. and saw flames rising above the trees. "The bomb shook the whole community. Our children were crying," a fisherman said. By evening, oil had reached fishing grounds downstream.

The military's Joint Task Force said troops had been deployed to the area to secure the line and find those responsible.

No group claimed the blast. The Niger Delta Avengers, which blew up several pipelines and platforms in the region in 2016, has been largely silent since it declared a ceasefire.

Nigeria loses tens of thousands of barrels of crude a day to theft and sabotage, according to the upstream regulator.""", [
  E(cur, "Remote explosive/landmine/IED", "An explosion ruptured a crude oil trunk line near Nembe", P("Nembe", "NG", 2, lat=4.54, lon=6.4, a1="Bayelsa"), "wednesday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=0, inj=0),
], register="local"),

S("st-n-037", "2026-09-11", """Press briefing notes on Guinea and Togo

Spokesperson for the UN High Commissioner for Human Rights
Location: Geneva
Date: 11 September 2026

1) Guinea

We are alarmed by the killing of at least three people, including a 16-year-old boy, when security forces opened fire on protesters in Kankan on Tuesday, 8 September. The protesters had taken to the streets to demand an end to long power cuts. According to information we have received, at least 15 other people were injured, several of them by live ammunition.

We call on the authorities to conduct prompt, independent investigations into these deaths, and to ensure that security forces use force only when strictly necessary.

2) Togo

In Togo, we are concerned by the arrest of at least 40 people in Sokodé on Wednesday, 9 September, when security forces dispersed a demonstration against the rising cost of living. We have received reports that some of those detained were beaten in custody.

Further protests have been called for Saturday in both countries. We urge the authorities to respect the rights to freedom of peaceful assembly and expression, and protesters to demonstrate peacefully.""", [
  E(cur, "Excessive force against protesters", "security forces opened fire on protesters in Kankan", P("Kankan", "GN"), "2026-09-08",
    a1="Protesters (Guinea)", i1=6, a2=GIN_POL, i2=1, fat=3, inj=15),
  E(cur, "Protest with intervention", "security forces dispersed a demonstration against the rising cost of living", P("Sokode", "TG"), "2026-09-09",
    a1="Protesters (Togo)", i1=6, a2=TGO_POL, i2=1),
], register="official"),
S("st-n-038", "2026-04-30", """Libreville: soldier shoots taxi driver dead at checkpoint; crowd burns gendarmerie post

LIBREVILLE — A soldier shot dead a taxi driver at a checkpoint in Libreville's PK8 district late on Tuesday, and hundreds of angry residents then set fire to a nearby gendarmerie post and blocked the main road out of the capital through the night, witnesses said.

The driver, a 34-year-old father of three, was shot in the head after an argument over a bribe, according to two passengers who were in his car. The army said in a statement on Wednesday that the soldier had been arrested and that "the act of one individual" would not go unpunished.

Within an hour, hundreds of young people had gathered at the checkpoint. They threw stones at soldiers and gendarmes, who fired tear gas and shots into the air.

The gendarmerie post and two motorbikes were burned, and a petrol station was looted.

Riot police cleared the road at dawn on Wednesday. The interior ministry said 27 people had been arrested and four gendarmes injured.

"They kill us for 2,000 francs," said a fellow driver at the scene. Taxi drivers' unions have called a strike for Thursday.

Gabon's military rulers, who took power in 2023, have promised to end extortion at checkpoints.""", [
  E(cur, "Attack", "A soldier shot dead a taxi driver at a checkpoint in Libreville's PK8 district", P("Libreville", "GA", 2), "tuesday",
    a1=GAB, i1=1, a2="Civilians (Gabon)", i2=7, fat=1),
  E(cur, "Violent demonstration", "hundreds of angry residents then set fire to a nearby gendarmerie post", P("Libreville", "GA", 2), "tuesday",
    a1="Rioters (Gabon)", i1=5, a2=GAB, i2=1, fat=None, inj=4),
], register="local"),

S("st-n-039", "2026-08-13", """University of Botswana students torch car, stone police over allowances

GABORONE — Police fired rubber bullets and tear gas on Wednesday at University of Botswana students who blocked Notwane Road with burning tyres and threw stones at police vehicles, in the second day of protests over allowances that have not been paid since June.

The protest began on Tuesday with a peaceful sit-in outside the administration block, where about 1,000 students waited in vain for the vice-chancellor to address them.

On Wednesday morning, students marched out of the campus and blocked the road. A car belonging to a lecturer was set on fire near the main gate and the windows of the library were smashed, the university said in a statement.

Police said 16 students had been arrested and two officers slightly injured. The university suspended classes until further notice.

"We have not eaten properly for two months. Nobody listens until something burns," one student said.

The ministry of higher education said on Wednesday evening that the allowances would be paid by the end of next week.""", [
  E(cur, "Peaceful protest", "The protest began on Tuesday with a peaceful sit-in outside the administration block", P("Gaborone", "BW", a1="Gaborone"), "tuesday",
    a1="Protesters (Botswana)", i1=6),
  E(cur, "Violent demonstration", "students who blocked Notwane Road with burning tyres and threw stones at police vehicles", P("Gaborone", "BW", a1="Gaborone"), "wednesday",
    a1="Rioters (Botswana)", i1=5, a2=BWA_POL, i2=1, fat=None, inj=2),
], register="local"),

S("st-n-040", "2026-01-13", """Maoists kill villager as 'informer' in Bijapur; IED hurts two CRPF men in Sukma

RAIPUR, Jan 13 — Suspected Maoists killed a villager they accused of being a police informer in Chhattisgarh's Bijapur district on Sunday night, and a pressure IED wounded two Central Reserve Police Force (CRPF) personnel in neighbouring Sukma district on Monday, police said.

The 45-year-old villager was dragged from his house in a village under the Awapalli police station by a group of armed cadres and killed with sharp weapons, a senior police officer said. A note left near the body said he had been "punished" for passing information to the police.

In Sukma, the jawans were on an area domination operation near Chintalnar when one of them stepped on the device, which police said had been planted by the Maoists on a forest track. Both were airlifted to Raipur and are out of danger.

Security forces have killed more than 250 Maoists in Chhattisgarh since January last year, according to police, and the government has set March 31 this year as the deadline to end the insurgency.""", [
  E(cur, "Attack", "Suspected Maoists killed a villager they accused of being a police informer", P("Bijapur", "IN", 2, lat=18.79, lon=80.82, a1="Chhattisgarh", a2="Bijapur"), "sunday",
    a1="CPI (Maoist): Communist Party of India (Maoist)", i1=2, a2="Civilians (India)", i2=7, fat=1),
  E(cur, "Remote explosive/landmine/IED", "a pressure IED wounded two Central Reserve Police Force (CRPF) personnel", P("Sukma", "IN", 2, lat=18.3274, lon=81.6262, a1="Chhattisgarh", a2="Sukma"),
    "monday", a1="CPI (Maoist): Communist Party of India (Maoist)", i1=2, a2=IND_POL, i2=1, fat=None, inj=2),
]),

S("st-n-041", "2026-11-24", """Separatists enforce 'lockdown' in Kumba, torch taxis and abduct teacher

BUEA — Anglophone separatist fighters enforced a ten-day "lockdown" in Kumba, the largest town of Cameroon's South-West region, on Monday, burning two taxis whose drivers defied it and abducting a secondary school teacher, residents said.

The separatists had announced the lockdown on social media last week. Shops, schools and markets in the town stayed shut on Monday, and the streets were almost empty.

Residents said a group of armed men on motorbikes stopped two taxis near the main market in the morning, ordered the passengers out and set the cars on fire. In the afternoon, the gunmen took a mathematics teacher from his home in the Fiango neighbourhood. His family said the kidnappers had demanded a ransom of two million CFA francs.

The governor of the South-West region called on residents to ignore the "so-called lockdown" and said the army had been ordered to reopen the markets. Troops patrolled the town centre on Monday afternoon.

Separatists have imposed dozens of lockdowns in the two English-speaking regions since the conflict began in 2017. Schools in Kumba were the scene of one of its worst attacks in October 2020, when gunmen killed seven pupils.""", [
  unscored(E(cur, "Other", 'Anglophone separatist fighters enforced a ten-day "lockdown" in Kumba', P("Kumba", "CM", a1="South-West"), "monday",
             a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7), "event_date", "time_precision"),
  E(cur, "Looting/property destruction", "ordered the passengers out and set the cars on fire", P("Kumba", "CM", a1="South-West"), "monday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7, fat=0),
  E(cur, "Abduction/forced disappearance", "the gunmen took a mathematics teacher from his home", P("Kumba", "CM", 2, a1="South-West"), "monday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7),
], register="wire"),
]

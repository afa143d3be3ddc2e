"""Multi-event stories written for this project (issue 11), batch g: what held-out real news is mostly made of —
plain short reports (a few flat paragraphs, one or two events, an official's quote, a background sentence), live blogs
with time stamps (several updates on one event, plus genuinely new ones), regional round-ups, NGO/UN situation reports
with bullets, official releases and long analysis pieces with one current event buried in background — from countries
our other stories have least (West/southern Africa, North Africa, Latin America and the Caribbean, Europe, East and
Southeast Asia). Hard cases: two events in one sentence at different places, one event retold in headline, lead and
quote, aggregates that are not events, recalled events with dates, photo captions and footers, counter-claims of
casualties (the lowest credible figure is coded), protests that turn violent with looting and arrests inside the riot
(one event), arrests after a protest, denials. Our own words; invented incidents in real places with public group
names. No ``split`` key: the id hash decides (some stories are test)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


GHA = "Military Forces of Ghana (2025-)"; TZA_POL = "Police Forces of Tanzania (2021-)"; MDG_POL = "Police Forces of Madagascar (2025-)"
AGO_POL = "Police Forces of Angola (2017-)"; MAR_POL = "Police Forces of Morocco (1999-)"; POL = "Military Forces of Poland (2023-)"
RUS = "Military Forces of Russia (2000-)"; ARG_POL = "Police Forces of Argentina (2023-)"

STORIES = [
S("st-g-001", "2025-03-18", """Two woodcutters killed by landmine near Bignona

ZIGUINCHOR — Two men collecting firewood were killed and a third was badly hurt on Sunday when a landmine went off in a forest near Bignona, the army said in a statement.

The three had walked into an area that had not yet been cleared, the statement said. Demining teams have removed more than 30 mines from fields around the town since January, it added.

Mines laid during four decades of low-level conflict between the army and the separatist Movement of Democratic Forces of Casamance (MFDC) still kill or maim people in the region almost every year, although most of the rebel factions have stopped fighting.

The regional governor said on Monday the families of the victims would receive help from the state.""", [
  E(cur, "Remote explosive/landmine/IED", "a landmine went off in a forest near Bignona", P("Bignona", "SN", 2), "sunday",
    a2="Civilians (Senegal)", i2=7, fat=2, inj=1),
], register="local"),

S("st-g-002", "2025-06-26", """BAWKU, Ghana (Wire) — Gunmen shot dead three people, among them a nurse, at a market in Bawku in Ghana's Upper East region on Wednesday afternoon, police said, in the latest violence linked to a long-running dispute over the town's chieftaincy.

The attackers arrived on motorbikes and fired into a group of traders near the main lorry station, wounding two more people, a police statement said. Soldiers and police searched nearby houses later in the day and arrested seven men, seizing four pump-action guns and an assault rifle.

"Those who did this will be hunted down wherever they hide," the Upper East regional minister told reporters, adding that the curfew in the Bawku municipality would remain in force.

The dispute between the Kusasi and Mamprusi communities over who is the rightful chief of Bawku has claimed hundreds of lives since it flared again in late 2021. Many traders have left the town, once one of the busiest markets in northern Ghana.""", [
  E(cur, "Attack", "Gunmen shot dead three people", P("Bawku", "GH"), "wednesday",
    a1="Unidentified Armed Group (Ghana)", i1=3, a2="Civilians (Ghana)", i2=7, fat=3, inj=2),
  unscored(E(cur, "Arrests", "arrested seven men", P("Bawku", "GH"), "wednesday", a1=GHA, i1=1, assoc_actor_1="Police Forces of Ghana (2025-)"), "actor2", "inter2"),
]),

S("st-g-003", "2025-10-31", """DAR ES SALAAM, Tanzania (Wire) — Police fired live rounds and tear gas at crowds of young people in several districts of Dar es Salaam on Thursday as protests against this week's general election entered a second day, witnesses said.

A doctor at a hospital in the city said 17 bodies with gunshot wounds had been brought in by Thursday evening. The opposition party Chadema, whose leader was barred from the vote and is on trial for treason, said at least 50 people had been killed in the city. A government spokesman called the figures "exaggerated" but gave none of his own.

Protests were also reported on Thursday in Arusha and Mwanza, where police used tear gas to break up crowds.

On election day on Wednesday, protesters in the Kimara area of Dar es Salaam set fire to a bus and a petrol station and tore down campaign posters of President Samia Suluhu Hassan before police dispersed them. The police chief imposed a curfew on the city from 6pm that evening.

Internet access across the country has been severely restricted since Wednesday morning, according to monitoring groups.

Photo: A burned-out bus on the Morogoro road in Dar es Salaam on Thursday.""", [
  E(cur, "Excessive force against protesters", "fired live rounds and tear gas at crowds of young people", P("Dar es Salaam", "TZ"), "thursday",
    a1="Protesters (Tanzania)", i1=6, a2=TZA_POL, i2=1, fat=17),
  E(cur, "Protest with intervention", "Protests were also reported", P("Arusha", "TZ"), "thursday", a1="Protesters (Tanzania)", i1=6, a2=TZA_POL, i2=1),
  E(cur, "Protest with intervention", "Protests were also reported", P("Mwanza", "TZ"), "thursday", a1="Protesters (Tanzania)", i1=6, a2=TZA_POL, i2=1),
  E(cur, "Violent demonstration", "set fire to a bus and a petrol station", P("Dar es Salaam", "TZ", 2), "wednesday",
    a1="Rioters (Tanzania)", i1=5, a2=TZA_POL, i2=1),
  E(cur, "Other", "imposed a curfew on the city", P("Dar es Salaam", "TZ"), "wednesday", a1=TZA_POL, i1=1),
]),

S("st-g-004", "2026-03-05", """Madagascar water and power cuts protests – live

08:10
Several hundred students have gathered outside the university campus at Ankatso in Antananarivo, banging on empty jerrycans and chanting against the cuts that leave much of the capital without water or electricity for most of the day. So far the gathering is calm.

09:45
Police have fired tear gas to stop the students marching from Ankatso towards the city centre. Our reporter sees groups of students running into side streets, coughing.

11:20
In Toamasina, the country's main port, young men have blocked the main boulevard with burning tyres and are throwing stones at police, our correspondent says. Several shops near the central market have been broken into and looted.

12:30
Police in Toamasina say 23 people have been arrested there for looting.

13:05
A police spokesman denies reports on social media that a protester was shot dead in Toamasina this morning. "Our units used only tear gas," he tells us.

15:50
The prefect of Toamasina has announced a curfew from 8pm to 5am, starting tonight.

16:30
Back in Antananarivo, the students have left the streets around Ankatso and the city centre is quiet again.

17:15
A recap for readers just joining us: protests over the cuts have been held almost every day since mid-February, mostly by students. The government says a new power plant will come online by the end of the year.""", [
  E(cur, "Protest with intervention", "fired tear gas to stop the students marching", P("Antananarivo", "MG", 2), 0,
    a1="Protesters (Madagascar)", i1=6, a2=MDG_POL, i2=1),
  E(cur, "Violent demonstration", "blocked the main boulevard with burning tyres", P("Toamasina", "MG"), 0,
    a1="Rioters (Madagascar)", i1=5, a2=MDG_POL, i2=1),
  E(neg, "Excessive force against protesters", "a protester was shot dead", P("Toamasina", "MG"), 0),
  E(cur, "Other", "announced a curfew", P("Toamasina", "MG"), 0, a1="Government of Madagascar (2025-)", i1=1),
], register="wire"),

S("st-g-005", "2025-07-30", """BENGUELA, Angola — Four people were killed and dozens were hurt in Benguela on Monday when a protest by taxi drivers against a rise in the price of diesel turned into rioting, police said.

Crowds blocked the main roads into the city with burning tyres, threw stones at police and broke into shops and warehouses, carrying off sacks of rice and cans of cooking oil. Police said officers had fired warning shots and tear gas; a local human rights group said all four of the dead had been shot by police.

On Tuesday police arrested 136 people in house-to-house searches for stolen goods, a police spokesman said, adding that "order has been restored".

The government says the fuel price rise is needed to cut subsidies that cost the state billions of dollars a year.""", [
  E(cur, "Violent demonstration", "turned into rioting", P("Benguela", "AO"), "monday",
    a1="Rioters (Angola)", i1=5, a2=AGO_POL, i2=1, fat=4, inj=12),
  E(cur, "Arrests", "police arrested 136 people", P("Benguela", "AO"), "tuesday", a1=AGO_POL, i1=1, a2="Rioters (Angola)", i2=5),
], register="local"),

S("st-g-006", "2025-10-02", """RABAT — Two young men were shot dead by gendarmes on Wednesday night when a crowd tried to storm a gendarmerie station in Inezgane, near Agadir, the interior ministry said, on the fifth night of youth-led protests over the state of Morocco's public hospitals and schools.

The crowd had set fire to two gendarmerie vehicles and tried to seize weapons from the station, and the gendarmes opened fire "in legitimate self-defence", the ministry said in a statement.

Elsewhere in the Souss-Massa region on Wednesday night, groups of youths smashed the windows of banks and shops and looted a supermarket in Tiznit, local news sites reported.

In Rabat and Casablanca, several thousand people marched peacefully on Wednesday evening, chanting "Health first, stadiums later", a reference to spending on football grounds for the 2030 World Cup.

The ministry said 409 people had been arrested across the country since Saturday and that 263 members of the security forces had been injured. The movement behind the protests, which calls itself GenZ 212 after the country's dialling code, organises online and says it has no links to any party.""", [
  E(cur, "Violent demonstration", "tried to storm a gendarmerie station", P("Inezgane", "MA"), "wednesday",
    a1="Rioters (Morocco)", i1=5, a2=MAR_POL, i2=1, fat=2),
  E(cur, "Violent demonstration", "smashed the windows of banks and shops and looted a supermarket", P("Tiznit", "MA"), "wednesday",
    a1="Rioters (Morocco)", i1=5),
  E(cur, "Peaceful protest", "marched peacefully", P("Rabat", "MA"), "wednesday", a1="Protesters (Morocco)", i1=6),
  E(cur, "Peaceful protest", "marched peacefully", P("Casablanca", "MA"), "wednesday", a1="Protesters (Morocco)", i1=6),
], register="wire"),

S("st-g-007", "2026-02-14", """OPERATIONAL COMMAND OF THE POLISH ARMED FORCES
Communiqué, 14 February 2026, 07:20

During the night of 13 to 14 February, two unmanned aerial vehicles of Russian origin entered Polish airspace from the territory of Belarus. One of them was shot down by a pair of Polish Air Force F-16 aircraft over the Włodawa district at 02:47. The second left Polish airspace towards Ukraine after about six minutes.

Fragments of the downed drone fell on a field near the village of Sobibór. No one was injured. Soldiers of the Territorial Defence Forces secured the site, and the prosecutor's office has opened an investigation.

Polish and allied aircraft operated in our airspace from 01:30 to 05:10, which may have caused increased noise, particularly in the south-east of the country.

We ask residents not to approach or touch any debris they find and to report it to the police immediately.

Operational Command of the Polish Armed Forces""", [
  E(cur, "Disrupted weapons use", "was shot down by a pair of Polish Air Force F-16 aircraft",
    P("Włodawa", "PL", 2, lat=51.55, lon=23.55, a1="Lublin Voivodeship"), 0, a1=POL, i1=1, a2=RUS, i2=8, inj=0),
], register="official"),

S("st-g-008", "2026-04-16", """Pensioner in serious condition after Congress protest

BUENOS AIRES — A 71-year-old pensioner was in a serious condition in hospital on Thursday after being struck on the head by a tear gas canister during the weekly protest by retirees outside Congress in Buenos Aires.

Federal police and gendarmes used water cannon, batons and tear gas on Wednesday afternoon to clear several hundred pensioners and their supporters from the square in front of Congress, where they had gathered to demand higher pensions. At least 12 people were treated for injuries, the city's emergency service said, and the security ministry said 41 people had been detained for "resisting authority".

"Every Wednesday we come here, and every Wednesday they beat us," said a retired railway worker, 78, who had been at the protest.

Since December 2023 the government has applied a protocol that lets security forces clear protesters from roads without a court order.""", [
  E(cur, "Excessive force against protesters", "used water cannon, batons and tear gas", P("Buenos Aires", "AR"), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, fat=None, inj=12),
], register="local"),
]

VEN = "Military Forces of Venezuela (2013-)"; GTM = "Government of Guatemala (2024-)"; SLV_POL = "Police Forces of El Salvador (2019-)"
ESP_POL = "Police Forces of Spain (2018-)"; GRC_POL = "Police Forces of Greece (2019-)"; FRA_POL = "Police Forces of France (2017-)"
KOR_POL = "Police Forces of South Korea (2022-)"

STORIES += [
S("st-g-009", "2024-05-09", """BOLIVARIAN NATIONAL ARMED FORCE
Strategic Operational Command – Official statement

The Strategic Operational Command informs the Venezuelan people that on Tuesday 7 May 2024, troops of the Integral Defence Operational Zone of Apure, deployed in Operation Bolivarian Shield, engaged an irregular armed group of Colombian origin in the El Ripial sector near Guasdualito, Páez municipality. Three members of the group were neutralised and two of our soldiers suffered gunshot wounds; both are in stable condition.

During the same operation our troops dismantled a camp with capacity for 40 people and seized four rifles, ammunition and communications equipment.

On Wednesday 8 May, a mine-clearing team of the Army Engineers deactivated two improvised anti-personnel mines planted on a trail outside Guasdualito.

The Bolivarian National Armed Force firmly rejects the lies spread by Colombian media outlets claiming that Venezuelan military aircraft bombed positions inside Colombian territory. Our aircraft have not left national airspace.

Independence and Socialist Homeland! We will live and we will win!""", [
  unscored(E(cur, "Armed clash", "engaged an irregular armed group of Colombian origin", P("Guasdualito", "VE", 2), "2024-05-07",
             a1=VEN, i1=1, fat=3, inj=2), "actor2", "inter2"),
  E(cur, "Disrupted weapons use", "deactivated two improvised anti-personnel mines", P("Guasdualito", "VE", 2), "2024-05-08", a1=VEN, i1=1),
  E(neg, "Air/drone strike", "Venezuelan military aircraft bombed positions", C("CO"), None),
], register="official"),

S("st-g-010", "2026-05-20", """In Pataz, gold pays for a war the state barely sees

TAYABAMBA, Peru — The road into Pataz province climbs for nine hours from the coast through mountains scarred by thousands of tunnel mouths. Most of them are illegal. Over the past decade the gold rush here has drawn tens of thousands of informal miners, and with them gangs that tax, rob and kill.

The most notorious crime came in May 2025, when the bodies of 13 security guards who had been kidnapped from a mining concession were found in a tunnel near the town of Pataz. The government responded by extending a state of emergency and sending in soldiers, and suspended informal mining in the province for a month.

A year on, residents say little has changed. Police figures show more than 40 killings in the province since January, and attacks with explosives on the electricity pylons that supply formal mines have become almost routine.

The latest came on Sunday, when gunmen blew up a pylon on a hillside outside Pataz that carries power to a mine owned by one of the country's largest gold producers, the company said. Nobody was hurt, but the mine had to halt operations.

"We are not fighting criminals any more; we are fighting an economy," said a police commander in Tayabamba, who asked not to be named because he was not authorised to speak to the press.

Mining companies say the state has lost control of parts of the province. The government says it has arrested more than 300 people in Pataz since the emergency began and that it will not negotiate with "criminal organisations".

Economists estimate that illegal gold now brings in more money for Peru than cocaine.""", [
  E(bg, "Attack", "the bodies of 13 security guards who had been kidnapped", P("Pataz", "PE", 2, lat=-7.78, lon=-77.59, a1="La Libertad", a2="Pataz"),
    "2025-05-01", tp=3, a1="Unidentified Armed Group (Peru)", i1=3, fat=13),
  E(cur, "Remote explosive/landmine/IED", "gunmen blew up a pylon", P("Pataz", "PE", 2, lat=-7.78, lon=-77.59, a1="La Libertad", a2="Pataz"), "sunday",
    a1="Unidentified Armed Group (Peru)", i1=3, a2="Civilians (Peru)", i2=7, fat=0, inj=0),
], register="local"),

S("st-g-011", "2025-01-15", """Two killed as Sololá land dispute flares again

SOLOLÁ, Guatemala — Two men were killed and four wounded on Monday when gunmen from the neighbouring municipalities of Nahualá and Santa Catarina Ixtahuacán exchanged fire for several hours in the disputed border area between the two, the national police said.

Each side blamed the other for starting the shooting. Santa Catarina Ixtahuacán's mayor said the dead were farmers from his municipality who had been working in their maize fields; community leaders in Nahualá said their people had been fired on first.

On Tuesday the government declared a 30-day state of siege in both municipalities, suspending the right of assembly and allowing the army to carry out searches without warrants.

The two Kʼicheʼ Maya communities have fought over a strip of mountain land for more than a century. Several earlier states of siege have failed to end the violence.""", [
  E(cur, "Armed clash", "exchanged fire for several hours", P("Nahuala", "GT", 2), "monday",
    a1="Nahuala Communal Militia (Guatemala)", i1=4, a2="Santa Catarina Ixtahuacan Communal Militia (Guatemala)", i2=4, fat=2, inj=4),
  E(cur, "Other", "declared a 30-day state of siege", C("GT"), "tuesday", a1=GTM, i1=1),
], register="local"),

S("st-g-012", "2025-05-14", """SAN SALVADOR — Riot police stopped about 300 members of a farming cooperative from marching to the home of President Nayib Bukele on Monday and detained two of their leaders, prompting rights groups to accuse the government of criminalising peaceful protest.

The cooperative's members, many of them elderly farmers facing eviction from land they have worked for decades, had walked for two hours along the road from the capital when officers in helmets and shields formed a line across it and pushed them back.

On Tuesday police arrested the cooperative's lawyer at her office in Santa Tecla. The attorney general's office said she would be charged with public disorder.

Bukele wrote on social media that the protest had been "manipulated" by foreign-funded organisations.

El Salvador has been under a state of exception since March 2022, under which more than 85,000 people have been detained.""", [
  E(cur, "Protest with intervention", "Riot police stopped about 300 members of a farming cooperative", P("San Salvador", "SV"), "monday",
    a1="Protesters (El Salvador)", i1=6, a2=SLV_POL, i2=1),
  unscored(E(cur, "Arrests", "police arrested the cooperative's lawyer", P("Santa Tecla", "SV"), "tuesday", a1=SLV_POL, i1=1), "actor2", "inter2"),
  E(bg, "Other", "state of exception", C("SV"), "2022-03-01", tp=3, a1="Government of El Salvador (2019-)", i1=1),
]),

S("st-g-013", "2025-07-15", """MURCIA, Spain (Wire) — Police arrested nine people on Monday after a third night of unrest in Torre-Pacheco, where groups of masked men armed with sticks have roamed the streets looking for North African migrants since a 68-year-old resident was beaten up last week.

On Sunday night about 100 people, many of whom had travelled from other regions after calls on messaging apps, clashed with young men of Moroccan origin in the town's San Antonio district, throwing bottles and stones at each other. Riot police fired foam rounds to separate the groups. Five people, including an officer, were injured, and the windows of a kebab shop were smashed.

"Torre-Pacheco is not a town of racists. Those who come here to hunt people do not represent us," the mayor said.

The government's delegate in the Murcia region said 100 extra riot officers had been sent to the town. Three young men have been arrested over the assault on the pensioner, which was filmed and widely shared online.""", [
  E(cur, "Mob violence", "clashed with young men of Moroccan origin", P("Torre Pacheco", "ES", 2, geoname="Torre-Pacheco"), "sunday",
    a1="Rioters (Spain)", i1=5, a2="Rioters (Spain)", i2=5, fat=None, inj=5),
  E(cur, "Arrests", "Police arrested nine people", P("Torre Pacheco", "ES", geoname="Torre-Pacheco"), "monday",
    a1=ESP_POL, i1=1, a2="Rioters (Spain)", i2=5),
]),

S("st-g-014", "2026-03-01", """ATHENS — Tens of thousands of people rallied in cities across Greece on Saturday on the third anniversary of the Tempi rail disaster, in which 57 people died when a passenger train and a freight train collided head-on in 2023.

In Athens the rally in Syntagma Square was peaceful for most of the afternoon, but later groups of hooded youths threw petrol bombs and stones at riot police outside parliament and set rubbish bins alight. Police responded with tear gas and stun grenades, detained 14 people and said six officers had been hurt.

In Thessaloniki, about 20,000 people marched to the seafront without incident.

"Three years on, nobody has been held responsible. We will keep coming back until someone is," said a woman whose son was on the train.""", [
  E(cur, "Violent demonstration", "threw petrol bombs and stones at riot police", P("Athens", "GR"), "saturday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, fat=None, inj=6),
  E(cur, "Peaceful protest", "marched to the seafront without incident", P("Thessaloniki", "GR"), "saturday", a1="Protesters (Greece)", i1=6),
], register="wire"),

S("st-g-015", "2025-09-11", """France's 'block everything' day: tear gas in Paris, a bus burned in Rennes

PARIS — Police fired tear gas to clear protesters who tried to block the Paris ring road at Porte de Clichy early on Wednesday, as a nationwide day of action called on social media against the government's budget plans disrupted transport and schools across France.

In Rennes, a city bus was set on fire and protesters threw stones and bottles at police near the railway station, the city's prefecture said.

In Nantes and Montpellier, protesters blocked roundabouts and the entrances to secondary schools for several hours before police removed them.

In Lyon, about 8,000 people marched peacefully through the city centre in the afternoon, according to police.

The interior minister said 80,000 police and gendarmes had been deployed and that 473 people had been arrested across the country by the evening, most of them in the Paris region.

Unions have called a national strike and further demonstrations for 18 September.""", [
  E(cur, "Protest with intervention", "fired tear gas to clear protesters", P("Paris", "FR", 2), "wednesday",
    a1="Protesters (France)", i1=6, a2=FRA_POL, i2=1),
  E(cur, "Violent demonstration", "protesters threw stones and bottles at police", P("Rennes", "FR", 2), "wednesday",
    a1="Rioters (France)", i1=5, a2=FRA_POL, i2=1),
  E(cur, "Protest with intervention", "protesters blocked roundabouts", P("Nantes", "FR"), "wednesday", a1="Protesters (France)", i1=6, a2=FRA_POL, i2=1),
  E(cur, "Protest with intervention", "protesters blocked roundabouts", P("Montpellier", "FR"), "wednesday", a1="Protesters (France)", i1=6, a2=FRA_POL, i2=1),
  E(cur, "Peaceful protest", "marched peacefully through the city centre", P("Lyon", "FR"), "wednesday", a1="Protesters (France)", i1=6),
  E(hyp, "Peaceful protest", "further demonstrations for 18 September", C("FR"), "2025-09-18"),
], register="wire"),

S("st-g-016", "2025-01-19", """Seoul court stormed after Yoon arrest warrant – live

02:59
The Seoul Western District Court has approved a warrant for the formal arrest of the impeached president, Yoon Suk Yeol, who has been in custody since Wednesday. The judge said there were concerns he could destroy evidence.

03:20
Hundreds of Yoon's supporters who had been waiting outside the court through the night have broken through police lines and are smashing the windows of the court building, according to footage from the scene.

03:45
Some of them have got inside. They are breaking doors and office equipment and appear to be looking for the judge who issued the warrant, local media report. Court staff have locked themselves in offices.

05:10
Police say they have regained control of the building and have detained 46 people at the scene.

07:30
Nine police officers were injured in the violence, four of them seriously, according to the national police agency.

09:00
The acting president has called the attack on the court "unimaginable" and ordered the police to respond sternly to "illegal violence".

11:40
In central Seoul, several thousand of Yoon's opponents are holding a rally near Gwanghwamun to welcome the warrant. It is peaceful.

13:00
Yoon's lawyers say they will challenge the warrant. More updates later.""", [
  E(cur, "Violent demonstration", "broken through police lines", P("Seoul", "KR"), 0,
    a1="Rioters (South Korea)", i1=5, a2="Police Forces of South Korea (2022-2025)", i2=1, fat=None, inj=9),
  E(cur, "Peaceful protest", "holding a rally near Gwanghwamun", P("Seoul", "KR", 2), 0, a1="Protesters (South Korea)", i1=6),
], register="wire"),
]

SRB_POL = "Police Forces of Serbia (2017-)"; KHM = "Military Forces of Cambodia (2023-)"; THA = "Military Forces of Thailand (2025-)"
MOZ_POL = "Police Forces of Mozambique (2015-)"; TGO_POL = "Police Forces of Togo (2005-)"; CIV_POL = "Police Forces of Ivory Coast (2011-)"
PAN_POL = "Police Forces of Panama (2024-)"; CUB_POL = "Police Forces of Cuba (2018-)"
TUR_POL = "Police Forces of Turkey (2002-)"

STORIES += [
S("st-g-017", "2025-08-13", """Serbia protests – live

19:05
Students and their supporters have begun gathering in the centre of Vrbas, in the northern province of Vojvodina, opposite the local office of the ruling Serbian Progressive Party (SNS), where a group of party supporters has been standing since the afternoon.

19:40
Things have turned ugly in Vrbas. The men outside the SNS office have thrown flares and bottles at the protesters, who are throwing them back. A thin line of police is standing between the two groups.

20:30
Similar scenes are being reported from Bačka Palanka, where several people have been hurt in clashes between protesters and SNS supporters, according to local media.

21:15
Police in Vrbas have now fired tear gas at the anti-government protesters and are pushing them away from the party office.

22:00
The interior ministry says 16 police officers were injured this evening and 37 people detained, without saying where.

22:45
In Novi Sad, protesters have smashed the windows of the SNS office on the main boulevard and thrown paint at the building. Police are outside but not intervening.

23:30
President Aleksandar Vučić says on Instagram that "blockaders" attacked peaceful citizens and that "the state will respond".

23:59
In Belgrade, several thousand people are still marching peacefully through the city centre. The protests began after the concrete canopy of Novi Sad's railway station collapsed in November 2024, killing 16 people. We will be back tomorrow morning.""", [
  E(cur, "Violent demonstration", "thrown flares and bottles at the protesters", P("Vrbas", "RS"), 0,
    a1="Rioters (Serbia)", i1=5, a2="Rioters (Serbia)", i2=5),
  E(cur, "Violent demonstration", "clashes between protesters and SNS supporters", P("Backa Palanka", "RS"), 0,
    a1="Rioters (Serbia)", i1=5, a2="Rioters (Serbia)", i2=5, inj=3),
  E(cur, "Violent demonstration", "smashed the windows of the SNS office", P("Novi Sad", "RS"), 0, a1="Rioters (Serbia)", i1=5),
  E(cur, "Peaceful protest", "marching peacefully through the city centre", P("Belgrade", "RS"), 0, a1="Protesters (Serbia)", i1=6),
], register="wire"),

S("st-g-018", "2025-12-10", """PHNOM PENH (Wire) — Cambodian rockets slammed into a market in Thailand's Kantharalak district and Thai F-16 jets bombed Cambodian army positions near Samraong on Tuesday, as fighting along the disputed border went into a third day, officials on both sides said.

The Thai army said four civilians, including a child, were killed at the market in Kantharalak, in Sisaket province, and eleven were wounded. Cambodia's defence ministry said two of its soldiers were killed in the air strikes near Samraong, in Oddar Meanchey province, and called them "a brutal act of aggression".

"We are responding only to attacks on our territory," a Thai army spokesman told reporters in Bangkok. A Cambodian government spokeswoman said Thailand had started the fighting and Cambodia was defending itself.

The two countries fought for five days in July before a truce that was later formalised in an agreement signed in Kuala Lumpur in October. Both sides accuse each other of breaking it. More than 100,000 people have fled their homes on the two sides of the border since Sunday, according to local officials.""", [
  E(cur, "Shelling/artillery/missile attack", "Cambodian rockets slammed into a market", P("Kantharalak", "TH"), "tuesday",
    a1=KHM, i1=8, a2="Civilians (Thailand)", i2=7, fat=4, inj=11),
  E(cur, "Air/drone strike", "Thai F-16 jets bombed Cambodian army positions", P("Samraong", "KH", 2), "tuesday",
    a1=THA, i1=8, a2=KHM, i2=1, fat=2),
  E(bg, "Armed clash", "fought for five days in July", C("TH"), "2025-07-01", tp=3),
  E(bg, "Agreement", "an agreement signed in Kuala Lumpur", P("Kuala Lumpur", "MY"), "2025-10-01", tp=3),
]),

S("st-g-019", "2024-11-08", """MOZAMBIQUE: Post-election unrest
Flash Update No. 3 (as of 8 November 2024)

KEY DEVELOPMENTS
• 7 November, Maputo: Thousands of supporters of presidential candidate Venâncio Mondlane marched towards the city centre. Police fired tear gas and live ammunition to disperse them. A civil society monitoring platform reported 3 people killed and 66 injured by gunfire in the capital that day.
• 7 November, Matola: Protesters barricaded the N4 motorway with burning tyres and stoned passing vehicles; a police post was set on fire. No casualties were reported.
• 6 November, Nampula: Police dispersed a protest outside the provincial electoral commission with tear gas and detained 11 people.
• 5 November, Chimoio: Several hundred opposition supporters marched peacefully to the provincial governor's office.

CUMULATIVE FIGURES
Since 21 October, the monitoring platform has recorded at least 30 people killed and more than 200 injured in protest-related violence across the country.

CONTEXT
The protests were called by Mr Mondlane, who rejects the official results of the 9 October general election. They followed the killing of two of his associates, a lawyer and a party official, who were shot dead in their car in Maputo on 19 October by unidentified gunmen.

HUMANITARIAN IMPACT
The Ressano Garcia border crossing with South Africa was closed on 7 November. Schools and many health centres in Maputo were closed.

This update was prepared with humanitarian partners. Figures are provisional and subject to change.""", [
  E(cur, "Excessive force against protesters", "Police fired tear gas and live ammunition to disperse them", P("Maputo", "MZ"), "2024-11-07",
    a1="Protesters (Mozambique)", i1=6, a2="Police Forces of Mozambique (2015-2025)", i2=1, fat=3, inj=66),
  E(cur, "Violent demonstration", "barricaded the N4 motorway with burning tyres", P("Matola", "MZ"), "2024-11-07", a1="Rioters (Mozambique)", i1=5, inj=0),
  E(cur, "Protest with intervention", "Police dispersed a protest", P("Nampula", "MZ"), "2024-11-06", a1="Protesters (Mozambique)", i1=6, a2="Police Forces of Mozambique (2015-2025)", i2=1),
  E(cur, "Peaceful protest", "marched peacefully to the provincial governor's office", P("Chimoio", "MZ"), "2024-11-05", a1="Protesters (Mozambique)", i1=6),
  E(bg, "Attack", "were shot dead in their car in Maputo", P("Maputo", "MZ"), "2024-10-19",
    a1="Unidentified Armed Group (Mozambique)", i1=3, a2="Civilians (Mozambique)", i2=7, fat=2),
], register="ngo"),

S("st-g-020", "2025-07-03", """TOGO: Statement by a coalition of civil society organisations on the repression of the June protests

Lomé, 3 July 2025 — Our organisations have documented serious abuses by the security forces and by men in civilian clothes working alongside them during the protests of 26 to 28 June against the constitutional changes that allow the head of state to remain in power without a limit on his terms.

Documented cases
• 26 June, Bè (Lomé): gendarmes and men in plain clothes armed with clubs broke up a march with tear gas and beatings. A 24-year-old protester was beaten to death; at least 19 others were injured.
• 27 June, Agoè (Lomé): young people burned tyres, set up barricades and threw stones at a gendarmerie post. Gendarmes replied with tear gas.
• 28 June, Lomé: gendarmes arrested 14 people in night-time raids on homes in the Bè and Adakpamé neighbourhoods, including two members of our coalition. Eleven are still held.

On 27 June, a march in support of the government took place in Kara without incident.

Our organisations call for an independent inquiry into the deaths and for the release of all those detained for exercising their right to protest.""", [
  E(cur, "Excessive force against protesters", "broke up a march with tear gas and beatings", P("Lome", "TG", 2), "2025-06-26",
    a1="Protesters (Togo)", i1=6, a2=TGO_POL, i2=1, fat=1, inj=19),
  E(cur, "Violent demonstration", "threw stones at a gendarmerie post", P("Lome", "TG", 2), "2025-06-27", a1="Rioters (Togo)", i1=5, a2=TGO_POL, i2=1),
  E(cur, "Arrests", "gendarmes arrested 14 people", P("Lome", "TG", 2), "2025-06-28", a1=TGO_POL, i1=1, a2="Protesters (Togo)", i2=6),
  E(cur, "Peaceful protest", "a march in support of the government took place in Kara", P("Kara", "TG"), "2025-06-27", a1="Protesters (Togo)", i1=6),
], register="ngo"),

S("st-g-021", "2025-10-20", """ABIDJAN — Police fired tear gas to break up a banned opposition rally in Abidjan's Cocody district on Saturday and detained dozens of people, a week before a presidential election from which the two best-known opposition leaders have been excluded.

In Bonoua, about 60 kilometres east of the city, a gendarme was killed late on Saturday when young men who had blocked the main road in protest attacked a gendarmerie post with machetes and stones and set a vehicle on fire, the security ministry said.

The government has banned opposition marches until after the vote. "Public order will be maintained," the security minister said on Sunday.

About 85 people were killed in violence around the previous presidential election in 2020.""", [
  E(cur, "Protest with intervention", "fired tear gas to break up a banned opposition rally", P("Abidjan", "CI", 2), "saturday",
    a1="Protesters (Ivory Coast)", i1=6, a2=CIV_POL, i2=1),
  E(cur, "Violent demonstration", "attacked a gendarmerie post with machetes and stones", P("Bonoua", "CI"), "saturday",
    a1="Rioters (Ivory Coast)", i1=5, a2=CIV_POL, i2=1, fat=1),
], register="local"),

S("st-g-022", "2025-06-23", """PANAMA CITY — The government declared a state of emergency in the western province of Bocas del Toro on Saturday, suspending some constitutional guarantees for five days, after a night of rioting in the banana town of Changuinola.

Groups of protesters opposed to a reform of the social security system looted shops and set fire to a police post and the offices of a banana company in Changuinola on Friday night, police said. Officers responded with tear gas and arrested 60 people; 28 police officers were injured.

On Sunday, police arrested the leader of the banana workers' union at a house in Almirante, accusing him of inciting the violence.

The province's banana workers have been on strike since April. Mobile internet in the province has been cut since Saturday morning.""", [
  E(cur, "Violent demonstration", "looted shops and set fire to a police post", P("Changuinola", "PA"), "friday",
    a1="Rioters (Panama)", i1=5, a2=PAN_POL, i2=1, fat=None, inj=28),
  E(cur, "Other", "declared a state of emergency", P("Bocas del Toro", "PA", 3, a1="Bocas del Toro"), "saturday", a1="Government of Panama (2024-)", i1=1),
  unscored(E(cur, "Arrests", "police arrested the leader of the banana workers' union", P("Almirante", "PA"), "sunday", a1=PAN_POL, i1=1), "actor2", "inter2"),
]),

S("st-g-023", "2026-03-18", """HAVANA — Residents of the eastern port town of Nuevitas banged pots and blocked a street with rubbish on Monday night to protest against power cuts that had lasted more than 20 hours, according to videos shared on social media and relatives of those taking part. Police and men in plain clothes broke up the gathering and beat several people, witnesses said.

On Tuesday, state security agents detained at least five people in Nuevitas who had filmed the protest, relatives said.

In Santiago de Cuba, people banged pots from their balconies in several neighbourhoods on Monday night, without any response from the police.

The provincial Communist Party secretary in Camagüey said on state television that there had been "no protests", only "a small group of people expressing concerns, who were listened to".

Cuba has been hit by repeated nationwide blackouts. The biggest protests in decades took place on 11 July 2021, after which hundreds of people were jailed.""", [
  E(cur, "Protest with intervention", "broke up the gathering", P("Nuevitas", "CU"), "monday",
    a1="Protesters (Cuba)", i1=6, a2=CUB_POL, i2=1),
  E(cur, "Arrests", "detained at least five people in Nuevitas", P("Nuevitas", "CU"), "tuesday", a1=CUB_POL, i1=1, a2="Protesters (Cuba)", i2=6),
  E(cur, "Peaceful protest", "banged pots from their balconies", P("Santiago de Cuba", "CU"), "monday", a1="Protesters (Cuba)", i1=6),
  E(bg, "Protest with intervention", "The biggest protests in decades", C("CU"), "2021-07-11"),
], register="wire"),

S("st-g-024", "2025-03-24", """ISTANBUL (Wire) — Turkish police used water cannon, pepper spray and rubber bullets against protesters outside Istanbul city hall for a fifth night on Sunday, hours after a court ordered that the city's mayor, Ekrem İmamoğlu, who was detained on Wednesday, be held in jail pending trial on corruption charges.

In Ankara, police detained dozens of university students who tried to march to the central Kızılay square. In İzmir, thousands of people rallied peacefully on the Gündoğdu square on the waterfront.

The interior minister said 1,133 people had been detained across the country since the protests began and that 123 police officers had been injured. "Those who try to terrorise the streets will not be tolerated," he wrote on social media.

İmamoğlu, seen as President Recep Tayyip Erdoğan's strongest rival, denies the charges. His party, the CHP, on Sunday named him its presidential candidate in a primary vote.""", [
  E(cur, "Protest with intervention", "used water cannon, pepper spray and rubber bullets against protesters", P("Istanbul", "TR"), "sunday",
    a1="Protesters (Turkey)", i1=6, a2=TUR_POL, i2=1),
  E(bg, "Arrests", "who was detained on Wednesday", P("Istanbul", "TR"), "wednesday", a1=TUR_POL, i1=1),
  E(cur, "Protest with intervention", "police detained dozens of university students", P("Ankara", "TR"), "sunday",
    a1="Protesters (Turkey)", i1=6, a2=TUR_POL, i2=1),
  E(cur, "Peaceful protest", "rallied peacefully", P("Izmir", "TR"), "sunday", a1="Protesters (Turkey)", i1=6),
]),
]

ALB_POL = "Police Forces of Albania (2013-)"; NLD_POL = "Police Forces of the Netherlands (2024-)"; NPL_POL = "Police Forces of Nepal (2024-)"
IDN_POL = "Police Forces of Indonesia (2024-)"; ZMB_POL = "Police Forces of Zambia (2021-)"; ISR = "Military Forces of Israel (2022-)"

STORIES += [
S("st-g-025", "2026-02-13", """TIRANA — Opposition supporters threw petrol bombs and fireworks at the prime minister's office in Tirana on Thursday evening during a protest called by the Democratic Party, setting the entrance of the building alight, police said.

Police responded with water cannon and tear gas. Eleven officers were hurt and 23 protesters were detained, a police statement said.

Democratic Party leader Sali Berisha, who spoke to the crowd before the violence started, accused the police of "provoking" the protesters and said the party would continue its campaign against what it calls a corrupt government.

In the northern city of Shkodër, several hundred people marched peacefully to the town hall on the same evening in support of the protest in the capital.""", [
  E(cur, "Violent demonstration", "threw petrol bombs and fireworks at the prime minister's office", P("Tirana", "AL"), "thursday",
    a1="Rioters (Albania)", i1=5, a2=ALB_POL, i2=1, fat=None, inj=11),
  E(cur, "Peaceful protest", "marched peacefully to the town hall", P("Shkoder", "AL"), "thursday", a1="Protesters (Albania)", i1=6),
], register="wire"),

S("st-g-026", "2025-09-21", """Police car torched as anti-asylum march in The Hague turns violent

THE HAGUE — Riot police used tear gas and water cannon in The Hague on Saturday after a demonstration against the government's asylum policy turned violent, with rioters setting a police car on fire, throwing stones and bottles at officers and smashing the windows of the offices of the D66 party.

About 1,500 people had gathered on the Malieveld field in the early afternoon. Police said 30 people were detained and two officers were injured.

"This is not a protest, it is vandalism, and it has no place in our democracy," the caretaker prime minister said on Saturday evening.

The country votes in a general election on 29 October, in which immigration is expected to be the main issue.""", [
  E(cur, "Violent demonstration", "turned violent", P("The Hague", "NL"), "saturday",
    a1="Rioters (Netherlands)", i1=5, a2=NLD_POL, i2=1, fat=None, inj=2),
], register="local"),

S("st-g-027", "2025-09-08", """Nepal 'Gen Z' protests – live

10:30
Thousands of young people, many in school and college uniforms, are marching from Maitighar towards the parliament building in New Baneshwor, Kathmandu, against the government's ban on social media platforms and against corruption.

12:15
Some protesters have climbed over the barricades and got into the parliament compound. Police are firing tear gas and using water cannon.

12:50
We are hearing reports of live fire near parliament. A doctor at the Civil Hospital says several young people have been brought in with gunshot wounds.

13:30
The Kathmandu district administration has imposed a curfew around parliament and the residences of the president and prime minister.

14:40
In Itahari, in the east of the country, police have opened fire on protesters, killing two, local officials say.

16:00
The health ministry now says 17 people have been killed in Kathmandu and more than 300 injured. Protest organisers say at least 25 people were killed in the capital.

17:20
The home minister has resigned, taking "moral responsibility" for the deaths.

18:00
Curfews have also been imposed in Pokhara and Butwal.""", [
  E(cur, "Violent demonstration", "protesters have climbed over the barricades and got into the parliament compound", P("Kathmandu", "NP", 2), 0,
    a1="Rioters (Nepal)", i1=5, a2="Police Forces of Nepal (2024-2025)", i2=1, fat=17, inj=300),
  E(cur, "Other", "imposed a curfew around parliament", P("Kathmandu", "NP"), 0, a1="Government of Nepal (2024-2025)", i1=1),
  E(cur, "Excessive force against protesters", "police have opened fire on protesters", P("Itahari", "NP", lat=26.66, lon=87.27, a1="Koshi"), 0,
    a1="Protesters (Nepal)", i1=6, a2="Police Forces of Nepal (2024-2025)", i2=1, fat=2),
  E(cur, "Other", "Curfews have also been imposed", P("Pokhara", "NP"), 0, a1="Government of Nepal (2024-2025)", i1=1),
  E(cur, "Other", "Curfews have also been imposed", P("Butwal", "NP"), 0, a1="Government of Nepal (2024-2025)", i1=1),
], register="wire"),

S("st-g-028", "2025-08-30", """JAKARTA — Three people were killed when protesters set fire to the regional parliament building in Makassar on Friday night, and crowds in Bandung and Surabaya attacked government buildings, as anger over the death of a motorcycle taxi driver who was run over by a police armoured vehicle in Jakarta spread across Indonesia.

The three victims in Makassar were council staff who were trapped inside the burning building, the city's mayor said.

In Jakarta, protesters threw stones and fireworks at the headquarters of the police Mobile Brigade in Kwitang for a second night, and police fired tear gas to push them back.

The driver, 21, was killed on Thursday night when the armoured vehicle drove into a crowd of protesters near the national parliament and ran him over, in an incident filmed by bystanders. Seven officers who were in the vehicle are being questioned by the police's internal affairs division.

President Prabowo Subianto called for calm and promised a thorough investigation. The protests began on Monday over generous housing allowances paid to members of parliament.""", [
  E(cur, "Violent demonstration", "protesters set fire to the regional parliament building", P("Makassar", "ID"), "friday",
    a1="Rioters (Indonesia)", i1=5, fat=3),
  E(cur, "Violent demonstration", "attacked government buildings", P("Bandung", "ID", admin1="West Java"), "friday", a1="Rioters (Indonesia)", i1=5),
  E(cur, "Violent demonstration", "attacked government buildings", P("Surabaya", "ID", admin1="East Java"), "friday", a1="Rioters (Indonesia)", i1=5),
  E(cur, "Violent demonstration", "threw stones and fireworks at the headquarters of the police Mobile Brigade", P("Jakarta", "ID", 2), "friday",
    a1="Rioters (Indonesia)", i1=5, a2=IDN_POL, i2=1),
  E(cur, "Excessive force against protesters", "ran him over", P("Jakarta", "ID", 2), "thursday",
    a1="Protesters (Indonesia)", i1=6, a2=IDN_POL, i2=1, fat=1),
]),

S("st-g-029", "2026-07-14", """LUSAKA — Two people were seriously injured on Sunday when supporters of the ruling United Party for National Development (UPND) and the opposition Patriotic Front (PF) fought with machetes, sticks and stones at Kanyama market in Lusaka, police said.

Police arrested eight people on Monday in connection with the fight, a police spokesperson said. "We will not allow anyone to turn markets into battlefields because of politics," she said.

Zambia holds general elections next month. Observers have warned that clashes between party supporters, which marred earlier campaigns, could increase as the vote nears.""", [
  E(cur, "Mob violence", "fought with machetes, sticks and stones", P("Lusaka", "ZM", 2), "sunday",
    a1="Rioters (Zambia)", i1=5, a2="Rioters (Zambia)", i2=5, fat=None, inj=2),
  E(cur, "Arrests", "Police arrested eight people", P("Lusaka", "ZM"), "monday", a1=ZMB_POL, i1=1, a2="Rioters (Zambia)", i2=5),
], register="local"),

S("st-g-030", "2025-04-15", """JERUSALEM (Wire) — A rocket fired from southern Lebanon hit an empty kindergarten in Kiryat Shmona on Tuesday morning, damaging the building but injuring no one, the Israeli military said. Two more rockets were intercepted by air defences.

Hours later, Israeli aircraft struck what the military called a Hezbollah rocket launcher near the village of Yohmor in the Nabatieh district, killing two people. Lebanon's health ministry said the dead were a farmer and his son.

Hezbollah denied firing the rockets, and no group said it had carried out the attack. It was the most serious breach of the November ceasefire along the border in several weeks.

"Any fire at Israeli communities will be met with a forceful response," Israel's defence minister said.""", [
  E(cur, "Shelling/artillery/missile attack", "A rocket fired from southern Lebanon hit an empty kindergarten", P("Kiryat Shmona", "IL", geoname="Qiryat Shemona"), "tuesday",
    a1="Unidentified Armed Group (Israel)", i1=3, a2="Civilians (Israel)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "Israeli aircraft struck", P("Nabatiye et Tahta", "LB", 2, lat=33.3789, lon=35.4839, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2="Civilians (Lebanon)", i2=7, fat=2),
  E(bg, "Agreement", "the November ceasefire", C("LB"), "2024-11-01", tp=3),
]),
]

MLI = "Military Forces of Mali (2021-)"; BGD_POL = "Police Forces of Bangladesh (2024-)"

STORIES += [
S("st-g-031", "2026-01-22", """On Mauritania's eastern edge, the war next door keeps coming closer

BASSIKOUNOU, Mauritania — The sand track east of Bassikounou is lined with the tents of people who have crossed from Mali over the past three years. The Mbera camp nearby, opened in 2012, now shelters more than 100,000 refugees, and thousands more live in villages along the border.

Most fled the fighting between Mali's army, its Russian allies and the jihadists of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), who control much of the countryside on the Malian side. Some fled after raids in which Malian soldiers and Russian fighters went from village to village looking for militants.

The war has spilled over before. In April 2024 Mauritania summoned Mali's ambassador after several of its citizens were killed in a raid by Malian troops and Russian fighters on a border village, and the two governments agreed to joint patrols.

It spilled over again this week. On Saturday, a drone struck a herders' camp near Léré, on the Malian side of the border, killing four men from Bassikounou and dozens of their camels, local officials said. Mali's army has not commented.

"We have grazed our animals on both sides of this line since before there was a line," said a cousin of one of the dead men. "Now we are afraid of the sky."

Mauritania has so far avoided the jihadist attacks that have hit its neighbours, which analysts put down to heavy investment in its army, surveillance of the desert and talks with religious leaders. Officials in Nouakchott say that keeping the border quiet is now their main security worry.""", [
  E(bg, "Attack", "several of its citizens were killed in a raid", C("MR"), "2024-04-01", tp=3,
    a1=MLI, i1=8, a2="Civilians (Mauritania)", i2=7, fat=3),
  unscored(E(cur, "Air/drone strike", "a drone struck a herders' camp near Léré",
             P("Lere", "ML", 2, lat=15.72, lon=-4.91, a1="Timbuktu", a2="Niafunke"), "saturday", a2="Civilians (Mauritania)", i2=7, fat=4),
           "actor1", "inter1"),
], register="local"),

S("st-g-032", "2025-06-10", """Three killed as BNP factions clash over market in Narsingdi

NARSINGDI — Three people were killed and at least 20 injured on Monday when rival factions of the Bangladesh Nationalist Party fought with machetes, sticks and crude bombs over control of a wholesale market in Raipura upazila of Narsingdi, police said.

"They came with machetes and hand bombs and attacked our people at the landing ghat. Two of my cousins are dead," said a supporter of one of the factions at the district hospital.

Police arrested six people on Monday night and deployed extra forces to the area, the officer in charge of Raipura police station said. The party's district unit said it had expelled two local leaders on Tuesday over the violence.

Since the fall of the Awami League government in August 2024, clashes between BNP factions have killed dozens of people across the country, according to a human rights group.

© 2025 Meghna Chronicle. All rights reserved.""", [
  E(cur, "Mob violence", "fought with machetes, sticks and crude bombs", P("Narsingdi", "BD", 2, lat=23.923, lon=90.7177, a1="Dhaka"), "monday",
    a1="Rioters (Bangladesh)", i1=5, a2="Rioters (Bangladesh)", i2=5, fat=3, inj=20),
  E(cur, "Arrests", "Police arrested six people", P("Narsingdi", "BD", 2, lat=23.923, lon=90.7177, a1="Dhaka"), "monday",
    a1=BGD_POL, i1=1, a2="Rioters (Bangladesh)", i2=5),
], register="local"),
]

PHL = "Military Forces of the Philippines (2022-)"; PHL_POL = "Police Forces of the Philippines (2022-)"; NPA = "NPA: New People's Army"
ETH = "Military Forces of Ethiopia (2018-)"; TCD = "Military Forces of Chad (2021-)"; BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"

STORIES += [
S("st-g-033", "2025-05-12", """UNMISS PRESS RELEASE

Juba, 12 May 2025 – The United Nations Mission in South Sudan (UNMISS) is gravely concerned by the renewed violence in Jonglei and Upper Nile states over the past week.

On 7 May, armed Lou Nuer youth attacked cattle camps on the outskirts of Pibor town, killing at least 11 people, abducting six women and children and driving away several thousand head of cattle, according to local authorities and community leaders.

On 9 May, an aerial bombardment struck the market in Nasir, Upper Nile state, killing at least four civilians, among them two children, and destroying several shops, according to the county commissioner. UNMISS has not been able to verify who carried out the strike.

The Mission has sent a patrol of peacekeepers to Pibor and is working with humanitarian partners to reach the wounded.

"Cycles of revenge attacks have cost thousands of lives in this region. They must end, and those responsible must be held to account," said the Special Representative of the Secretary-General.

Between December 2022 and January 2023, thousands of armed youth from Jonglei attacked villages across the Greater Pibor Administrative Area, displacing tens of thousands of people.

For more information, please contact the UNMISS Spokesperson's office.""", [
  E(cur, "Attack", "attacked cattle camps on the outskirts of Pibor town", P("Pibor", "SS", 2, lat=6.80, lon=33.13, a1="Jonglei"), "2025-05-07",
    a1="Lou Nuer Ethnic Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=11),
  E(cur, "Air/drone strike", "an aerial bombardment struck the market in Nasir", P("Nasir", "SS", lat=8.60, lon=33.07, a1="Upper Nile"), "2025-05-09",
    a2="Civilians (South Sudan)", i2=7, fat=4),
  E(bg, "Attack", "attacked villages across the Greater Pibor Administrative Area", P("Pibor", "SS", 3, lat=6.80, lon=33.13, a1="Jonglei"),
    "2022-12-01", tp=3),
], register="official"),

S("st-g-034", "2025-11-04", """8TH INFANTRY (STORM TROOPERS) DIVISION, PHILIPPINE ARMY
PRESS RELEASE

CAMP LUKBAN, Catbalogan City – Troops of the 20th Infantry Battalion encountered around 15 members of the Communist NPA Terrorists (CNTs) in the hinterlands of Las Navas, Northern Samar, at about 6:15 AM on 3 November 2025. The 20-minute firefight resulted in the death of two CNTs and the recovery of three high-powered firearms. No one was hurt on the government side.

On the same day, an improvised landmine planted by the CNTs exploded as a military truck passed along a farm-to-market road in Catubig, wounding three soldiers, who were brought to the hospital in Catarman.

Earlier, on 2 November, joint police and army personnel arrested an alleged finance officer of the NPA's regional committee in Catarman by virtue of a warrant of arrest for murder.

"We call on the remaining members of the NPA to abandon the armed struggle and return to the fold of the law," the Division Commander said.

Since January, 86 former rebels have surrendered to the Division and received benefits under the government's reintegration programme.

Division Public Affairs Office""", [
  E(cur, "Armed clash", "encountered around 15 members of the Communist NPA Terrorists", P("Las Navas", "PH", 2), "2025-11-03",
    a1=PHL, i1=1, a2=NPA, i2=2, fat=2),
  E(cur, "Remote explosive/landmine/IED", "an improvised landmine planted by the CNTs exploded", P("Catubig", "PH"), "2025-11-03",
    a1=NPA, i1=2, a2=PHL, i2=1, fat=None, inj=3),
  E(cur, "Arrests", "arrested an alleged finance officer of the NPA's regional committee", P("Catarman", "PH", admin1="Eastern Visayas"), "2025-11-02",
    a1=PHL_POL, i1=1, assoc_actor_1="Military Forces of the Philippines (2022-)", a2=NPA, i2=2),
], register="official"),

S("st-g-035", "2025-03-06", """Statement: drone strike hits health centre in Debark

6 March 2025 — Our organisation condemns in the strongest terms the drone strike that hit the compound of the health centre in Debark, North Gondar zone, Amhara region, on the morning of Tuesday 4 March. According to staff who spoke to us, a nurse and two patients were killed and nine people were injured, among them a woman who had just given birth.

Witnesses said the drone was operated by the federal army, which has been fighting Fano militias in the area for more than a year. The federal government has not commented.

Two days earlier, on Sunday 2 March, Fano fighters and federal forces fought in and around Debark for several hours, residents told us. The number of casualties from that fighting is not known.

This is the third attack on a health facility in the zone this year that our organisation has documented. Health workers are protected under international humanitarian law. We call on all parties to stop attacks on medical facilities and to allow the wounded to be treated.

© 2025. This statement may be reproduced with attribution.""", [
  E(cur, "Air/drone strike", "drone strike that hit the compound of the health centre", P("Debark", "ET", geoname="Debark'"), "2025-03-04",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=3, inj=9),
  E(cur, "Armed clash", "fought in and around Debark", P("Debark", "ET", geoname="Debark'"), "2025-03-02", a1="Fano", i1=3, a2=ETH, i2=1),
], register="ngo"),

S("st-g-036", "2025-10-29", """N'DJAMENA (Wire) — Chad's army said on Tuesday that 15 soldiers and 40 assailants were killed when Boko Haram fighters attacked a military post on an island near Baga Sola, in the Lake Chad region, late on Monday.

A military officer in the region, who asked not to be named because he was not allowed to speak to the press, said 23 soldiers had died and that the attackers had taken away weapons and two pick-up trucks. The army said the post had been "fully secured".

President Mahamat Idriss Déby flew to Baga Sola on Tuesday and promised an offensive to "drive the terrorists out of every island of the lake".

In October 2024, about 40 soldiers were killed in a similar night attack on the army base at Barkaram, in the same area, which led to a months-long military operation.

Boko Haram and its rival, Islamic State West Africa Province, have used the lake's islands and swamps as hideouts for more than a decade.""", [
  E(cur, "Armed clash", "Boko Haram fighters attacked a military post", P("Baga Sola", "TD", 2, lat=13.53, lon=14.32, a1="Lac"), "monday",
    a1=BH, i1=2, a2=TCD, i2=1, fat=55),
  E(hyp, "Armed clash", "promised an offensive", P("Baga Sola", "TD", 2, lat=13.53, lon=14.32, a1="Lac"), None),
  E(bg, "Armed clash", "a similar night attack on the army base at Barkaram", P("Baga Sola", "TD", 2, lat=13.53, lon=14.32, a1="Lac"),
    "2024-10-01", tp=3, a2=TCD, i2=1, fat=40),
]),
]

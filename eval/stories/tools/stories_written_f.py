"""Multi-event stories written for this project (issue 11), batch f: countries our other stories have least
(Latin America, southern/eastern Africa, the Caucasus, Central/South/Southeast Asia, Europe, the US) in many
registers (plain short reports, wire stories with datelines and quotes, local press, NGO/UN reports with bullets,
live blogs, official releases and denials, monitor round-ups, analysis pieces) and the hard cases (two events in
one sentence at different places, one event told three times, aggregates, recalled events with dates, captions
and footers, counter-claims of casualties, protests that turn violent, arrests after a protest, official
denials). Our own words; invented incidents in real places with public group names. No ``split`` key: the id
hash decides (some stories are test)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


BRA_POL = "Police Forces of Brazil (2023-)"; UGA = "Military Forces of Uganda (1986-)"; ADF = "ADF: Allied Democratic Forces"
BDI_POL = "Police Forces of Burundi (2020-)"; IMB = "Imbonerakure"; ARM = "Military Forces of Armenia (2018-)"
AZE = "Military Forces of Azerbaijan (2003-)"; THA = "Military Forces of Thailand (2025-)"; MEX = "Military Forces of Mexico (2024-)"
GIN = "Military Forces of Guinea (2021-)"; GIN_POL = "Police Forces of Guinea (2021-)"; TUN_POL = "Police Forces of Tunisia (2019-)"
LKA_POL = "Police Forces of Sri Lanka (2024-)"; NPL_POL = "Police Forces of Nepal (2024-)"; PNG_POL = "Police Forces of Papua New Guinea (2019-)"
IDN = "Military Forces of Indonesia (2024-)"; TPNPB = "TPNPB: West Papua National Liberation Army"; COL = "Military Forces of Colombia (2022-)"
ELN = "ELN: National Liberation Army"; BOL_POL = "Police Forces of Bolivia (2020-)"
HTI_POL = "Police Forces of Haiti (2024-)"; XKX_POL = "Police Forces of Kosovo (2021-)"; USA_POL = "Police Forces of the United States (2025-)"
CAF = "Military Forces of the Central African Republic (2016-)"; R3 = "3R: Return, Reclamation, Rehabilitation"
MINUSCA = "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)"
ECU = "Military Forces of Ecuador (2023-)"; ZWE_POL = "Police Forces of Zimbabwe (2017-)"; ZAF_POL = "Police Forces of South Africa (2018-)"
HND_POL = "Police Forces of Honduras (2022-)"
GEO_POL = "Police Forces of Georgia (2024-)"; CMR = "Military Forces of Cameroon (1982-)"; AMB = "Ambazonian Defence Forces"
JOR_POL = "Police Forces of Jordan (1999-)"; DEU_POL = "Police Forces of Germany (2025-)"
GBR_POL = "Police Forces of the United Kingdom (2024-)"; IRN_POL = "Police Forces of Iran (1989-)"; IRN = "Military Forces of Iran (1989-)"

STORIES = [
S("st-f-001", "2025-05-14", """RIO DE JANEIRO — Six people were killed on Tuesday during a police operation against drug traffickers in the Complexo da Maré, a cluster of favelas in the north of Rio de Janeiro, the state's military police said. Officers exchanged fire with members of the Comando Vermelho gang for several hours, and two officers were wounded.

Residents said at least two of the dead were bystanders who were hit inside their homes. Schools and health clinics in the area stayed closed all day.

Hours after the operation ended, men set fire to at least four buses on Avenida Brasil, blocking one of the city's main roads during the evening rush hour. No one was hurt, the municipal transport company said.""", [
  E(cur, "Armed clash", "exchanged fire with members of the Comando Vermelho gang", P("Rio de Janeiro", "BR", 2), "tuesday",
    a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=6, inj=2),
  E(cur, "Looting/property destruction", "set fire to at least four buses", P("Rio de Janeiro", "BR", 2), "tuesday", a2="Civilians (Brazil)", i2=7, fat=0, inj=0),
], register="local"),

S("st-f-002", "2026-06-18", """ADF rebels kill seven in night raid on Rwenzori village

KASESE — Suspected Allied Democratic Forces (ADF) rebels killed seven people, among them three children, when they raided a village on the slopes of the Rwenzori mountains near Kilembe in Kasese District on Tuesday night, the army has said.

"They moved from house to house with machetes and guns. By morning we had counted seven bodies, including my brother and his two sons," a resident told this newspaper by telephone on Wednesday.

The army's regional spokesperson said troops were pursuing the attackers, who he said had crossed from the Democratic Republic of Congo. On Monday, the same group ambushed a UPDF patrol near Ntoroko and torched two trucks at a fuel station in Bundibugyo town, he said. One soldier was wounded in the ambush.

The army also dismissed as "fabricated" reports on social media that soldiers had shot dead two fishermen on Lake Edward last week, saying no such incident had occurred.

The ADF, which has pledged allegiance to the Islamic State group, has attacked villages on both sides of the border for years. Its deadliest attack in Uganda in recent years was on a secondary school in Mpondwe in June 2023, when 42 people, most of them students, were killed.""", [
  E(cur, "Attack", "raided a village on the slopes of the Rwenzori mountains", P("Kilembe", "UG", 2), "tuesday",
    a1=ADF, i1=2, a2="Civilians (Uganda)", i2=7, fat=7),
  E(cur, "Armed clash", "ambushed a UPDF patrol near Ntoroko", P("Ntoroko", "UG", 2), "monday", a1=ADF, i1=2, a2=UGA, i2=1, inj=1),
  E(cur, "Looting/property destruction", "torched two trucks", P("Bundibugyo", "UG"), "monday", a1=ADF, i1=2, a2="Civilians (Uganda)", i2=7),
  E(neg, "Attack", "shot dead two fishermen", C("UG"), None),
  E(bg, "Attack", "were killed", P("Mpondwe", "UG", 1, lat=0.04, lon=29.72, a1="Western", a2="Kasese District"),
    "2023-06-01", tp=3, a1=ADF, i1=2, fat=42),
], register="local"),

S("st-f-003", "2025-03-05", """BURUNDI RIGHTS OBSERVATORY
Monthly report on the human rights situation – February 2025

Summary
In February 2025 the Observatory documented 19 killings, 7 abductions or disappearances, 36 arbitrary arrests and 12 cases of torture or ill-treatment across the country. Most of the alleged perpetrators were members of the Imbonerakure, the youth league of the ruling CNDD-FDD party, police officers and agents of the intelligence service.

Selected cases
• 8 February, Buganda (Cibitoke province): a group of Imbonerakure beat a member of the opposition CNL party with sticks at a market, accusing him of recruiting for a rebel group. He was taken to hospital with a broken arm.
• 14 February, Gitega: police arrested four CNL members at a bar and accused them of holding an unauthorised meeting. They were released without charge on 20 February.
• 21 February, near Cibitoke: the body of a man with his hands tied behind his back was pulled from the Rusizi river by fishermen. He had not been identified by the end of the month.
• 26 February, Muyinga: a primary school teacher was abducted by Imbonerakure members on his way home and handed over to intelligence agents. His family has not been told where he is held.

Context
Political space has continued to narrow ahead of the June 2025 legislative elections. Since the crisis of 2015, when protests against a third term for the late President Pierre Nkurunziza were put down by force, hundreds of thousands of Burundians have lived as refugees in neighbouring countries.

Recommendations
The Observatory calls on the authorities to investigate the cases above and to end the impunity enjoyed by the Imbonerakure.

© Burundi Rights Observatory 2025. This report may be quoted with attribution.""", [
  E(cur, "Attack", "beat a member of the opposition CNL party", P("Buganda", "BI"), "2025-02-08",
    a1=IMB, i1=3, a2="Civilians (Burundi)", i2=7, fat=None, inj=1),
  unscored(E(cur, "Arrests", "police arrested four CNL members", P("Gitega", "BI"), "2025-02-14", a1=BDI_POL, i1=1), "actor2", "inter2"),
  E(cur, "Attack", "body of a man with his hands tied", P("Cibitoke", "BI", 2), "2025-02-21",
    a1="Unidentified Armed Group (Burundi)", i1=3, a2="Civilians (Burundi)", i2=7, fat=1),
  E(cur, "Abduction/forced disappearance", "was abducted by Imbonerakure members", P("Muyinga", "BI"), "2025-02-26",
    a1=IMB, i1=3, a2="Civilians (Burundi)", i2=7),
  E(bg, "Excessive force against protesters", "were put down by force", C("BI"), "2015-04-01", tp=3),
], register="ngo"),

S("st-f-004", "2023-07-20", """MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA
INFORMATION

On 19 July 2023, at around 23:40, units of the armed forces of Azerbaijan opened fire from small arms and a large-calibre machine gun at Armenian combat positions near Vardenis, in the eastern part of the border. The fire was suppressed by retaliatory actions of the Armenian side. One contract serviceman received a gunshot wound; his life is not in danger.

The Ministry of Defence categorically denies the information spread by some Azerbaijani media outlets that Armenian units shelled Azerbaijani positions near the Jermuk direction on the same night. No shots were fired by the Armenian side in that direction.

We recall that since the large-scale attack of 13-14 September 2022, when Azerbaijani forces shelled Jermuk, Goris, Vardenis and other settlements and more than 200 Armenian servicemen were killed, the Azerbaijani side has repeatedly violated the ceasefire.

The Armenian Armed Forces continue to control the operational situation.

Press service of the Ministry of Defence""", [
  E(cur, "Armed clash", "opened fire from small arms and a large-calibre machine gun", P("Vardenis", "AM", 2), "2023-07-19",
    a1=AZE, i1=8, a2=ARM, i2=1, fat=None, inj=1),
  E(neg, "Shelling/artillery/missile attack", "shelled Azerbaijani positions", P("Jermuk", "AM", 2), "2023-07-19"),
  E(bg, "Shelling/artillery/missile attack", "Azerbaijani forces shelled Jermuk", C("AM"), "2022-09-13", a1=AZE, i1=8, a2=ARM, i2=1, fat=200),
], register="official"),

S("st-f-005", "2025-11-19", """Deep South: village headman shot dead, rangers hurt in bomb attack

NARATHIWAT — Suspected insurgents shot dead a village headman outside Rueso in Narathiwat and set off a roadside bomb against a paramilitary ranger patrol near Bannang Sata in Yala on Tuesday morning, police said.

The headman, 54, was riding his motorcycle home from morning prayers when two men on another motorcycle drew alongside and opened fire. He died at the scene. About an hour later, a bomb hidden in a drainage pipe exploded as a patrol of six rangers walked along a rural road, wounding three of them, one seriously.

No group said it was behind the attacks. Security officials said both bore the hallmarks of local insurgent cells.

The attacks came a day after Thai officials and representatives of the Barisan Revolusi Nasional held another round of talks in Kuala Lumpur on a possible reduction of violence during the coming fasting month.

More than 7,000 people have been killed in Thailand's southernmost provinces since the insurgency flared again in 2004, according to a local monitoring group.

Photo: Forensic officers examine the site of the bomb blast in Bannang Sata on Tuesday.""", [
  E(cur, "Attack", "shot dead a village headman", P("Rueso", "TH", 2), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
  E(cur, "Remote explosive/landmine/IED", "set off a roadside bomb", P("Bannang Sata", "TH", 2, geoname="Ban Nang Sata"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=None, inj=3),
  unscored(E(cap, "Remote explosive/landmine/IED", "Forensic officers examine the site of the bomb blast in Bannang Sata on Tuesday", P("Bannang Sata", "TH", 2, geoname="Ban Nang Sata"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1), "fatalities", "injuries", "geo_precision"),
], register="local"),

S("st-f-006", "2025-06-02", """SINALOA SECURITY MONITOR
Daily round-up – incidents of the past 24 hours (Sunday 1 June 2025)

• Costa Rica (Culiacán municipality): five bodies, several with signs of torture, were found dumped beside the highway at the entrance to the town on Sunday morning. None had been identified by the evening.
• Navolato: soldiers clashed with gunmen who the state prosecutor's office said belonged to the Los Chapitos faction of the Sinaloa Cartel. Three gunmen were killed and a sergeant was wounded; two rifles and a vehicle with improvised armour plating were seized.
• Culiacán: armed men set fire to a car dealership and two houses in the Tres Ríos area shortly after midnight. No injuries were reported.
• Culiacán: banners signed by one of the factions and hung from a pedestrian bridge warned that more "traitors" would be killed in the coming days.

Cumulative figures
Since the war between the Los Chapitos and La Mayiza factions began in September 2024, the state prosecutor has registered well over a thousand homicides and a similar number of reports of missing persons. Sunday's five bodies bring the total for May and the first day of June to 171.

Compiled from official statements and local media. Figures are provisional.""", [
  E(cur, "Attack", "five bodies, several with signs of torture, were found", P("Costa Rica", "MX", geoname="Villa de Costa Rica"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=5),
  E(cur, "Armed clash", "soldiers clashed with gunmen", P("Navolato", "MX"), "sunday",
    a1=MEX, i1=1, a2="Los Chapitos", i2=3, fat=3, inj=1),
  E(cur, "Looting/property destruction", "set fire to a car dealership and two houses", P("Culiacan", "MX", 2), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=0, inj=0),
  E(thr, "Attack", "more \"traitors\" would be killed", P("Culiacan", "MX"), None),
], register="monitor"),

S("st-f-007", "2025-09-22", """Eleven arrested after Bedworth hotel protest ends in disorder

Police have arrested 11 people after a protest outside a hotel housing asylum seekers on the edge of Bedworth ended in disorder on Saturday night, leaving seven officers injured.

About 300 people gathered outside the hotel on Saturday afternoon. The demonstration was largely peaceful for the first two hours, but after dark a group of protesters threw bottles, eggs and fireworks at officers, and the windows of a police van were smashed. Warwickshire Police said one officer was treated in hospital for a head injury.

Across the road, around 80 counter-protesters gathered behind a police cordon with placards reading "Refugees welcome". That gathering passed off without incident.

The 11 were arrested at addresses in Bedworth on Sunday on suspicion of violent disorder, the force said, adding that officers were still studying video footage to identify others.

"People have every right to protest, but what we saw on Saturday night was thuggery," the force's assistant chief constable said.

Organisers have called another demonstration at the hotel for next Saturday.""", [
  E(cur, "Violent demonstration", "ended in disorder", P("Bedworth", "GB", 2), "saturday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, fat=None, inj=7),
  E(cur, "Peaceful protest", "counter-protesters gathered", P("Bedworth", "GB", 2), "saturday", a1="Protesters (United Kingdom)", i1=6),
  E(cur, "Arrests", "were arrested at addresses in Bedworth", P("Bedworth", "GB"), "sunday", a1=GBR_POL, i1=1, a2="Rioters (United Kingdom)", i2=5),
  E(hyp, "Peaceful protest", "called another demonstration", P("Bedworth", "GB", 2), None),
], register="local"),

S("st-f-008", "2025-04-16", """TEHRAN (Wire) — Gunmen attacked a police post on the outskirts of Saravan in Iran's Sistan-Baluchestan province late on Tuesday, killing three police officers, the semi-official Tasnim news agency reported.

Jaish al-Adl, a Sunni Baluch militant group, said in a statement on Telegram that its fighters had killed 11 "members of the regime's repressive forces" in the attack. The provincial police chief called that figure "a lie" and said two attackers had been wounded and had fled across the nearby border into Pakistan.

On Wednesday morning, Revolutionary Guards ground forces said they had killed four members of "a terrorist team" in a clash in the mountains north of Khash. A Baluch rights group said one of the four was a 17-year-old fuel porter.

Sistan-Baluchestan, one of Iran's poorest provinces, has seen repeated attacks on security forces. In December 2023, Jaish al-Adl fighters killed 11 police officers in an attack on a police station in the town of Rask.

Tehran accuses Pakistan of not doing enough to stop militants operating from its territory. Islamabad says it is doing all it can.""", [
  E(cur, "Armed clash", "Gunmen attacked a police post", P("Saravan", "IR", 2), "tuesday",
    a1="Jaish al-Adl", i1=2, a2=IRN_POL, i2=1, fat=3, inj=2),
  unscored(E(cur, "Armed clash", "killed four members of \"a terrorist team\" in a clash", P("Khash", "IR", 2), "wednesday", a1="Islamic Revolutionary Guard Corps", i1=1, fat=4),
           "actor2", "inter2"),
  E(bg, "Armed clash", "killed 11 police officers in an attack on a police station", P("Rask", "IR", lat=26.23, lon=61.40, a1="Sistan and Baluchestan"),
    "2023-12-01", tp=3, a1="Jaish al-Adl", i1=2, a2=IRN_POL, i2=1, fat=11),
]),

S("st-f-009", "2025-02-14", """CONAKRY, Guinea (Wire) — A 17-year-old boy was shot dead and at least 11 people were wounded on Wednesday when security forces opened fire on a march by young people in Conakry's Hamdallaye district, a hospital source and an opposition coalition said.

The coalition, Forces Vives de Guinée, said two marchers had been killed. The government acknowledged one death and said a gendarme had been suspended pending an investigation.

"We were only singing and holding up our placards when they started shooting," said one marcher, a university student who was grazed by a bullet on his arm.

The march was called to demand that the military government set a date for elections and say what had become of two activists of the FNDC movement who were taken from a house in Conakry by armed men in July 2024 and have not been seen since. Their movement blames the special forces.

On Thursday, youths in the neighbouring district of Bambeto burned tyres, put up barricades and threw stones at police, who replied with tear gas. Gendarmes arrested about 30 young men in house-to-house searches in Bambeto that evening, residents said.

Guinea's junta has banned all street protests since 2022.""", [
  E(cur, "Excessive force against protesters", "opened fire on a march by young people", P("Conakry", "GN", 2), "wednesday",
    a1="Protesters (Guinea)", i1=6, a2=GIN_POL, i2=1, fat=1, inj=11),
  E(bg, "Abduction/forced disappearance", "were taken from a house in Conakry by armed men", P("Conakry", "GN"), "2024-07-01", tp=3,
    a1=GIN, i1=1, a2="Civilians (Guinea)", i2=7),
  E(cur, "Violent demonstration", "burned tyres, put up barricades and threw stones at police", P("Conakry", "GN", 2), "thursday",
    a1="Rioters (Guinea)", i1=5, a2=GIN_POL, i2=1),
  E(cur, "Arrests", "Gendarmes arrested about 30 young men", P("Conakry", "GN", 2), "thursday", a1=GIN_POL, i1=1, a2="Rioters (Guinea)", i2=5),
]),

S("st-f-010", "2025-10-30", """TUNIS — Police in Tunis arrested a lawyer and member of the Tunisian League for Human Rights at his home on Tuesday night, a day after he criticised on the radio the conduct of a mass trial of opposition figures, his colleagues said. He was being questioned under a decree on "false news", they said.

On Wednesday about 150 lawyers in black robes gathered on the steps of the Palace of Justice in the capital to demand his release, chanting slogans against the decree. The gathering ended peacefully after two hours.

The league says at least nine of its members have been detained or prosecuted since the start of the year.""", [
  unscored(E(cur, "Arrests", "arrested a lawyer", P("Tunis", "TN"), "tuesday", a1=TUN_POL, i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "gathered on the steps of the Palace of Justice", P("Tunis", "TN"), "wednesday", a1="Protesters (Tunisia)", i1=6),
], register="local"),

S("st-f-011", "2026-03-12", """A year after the border deal, Batken's valleys are quiet – but not at peace

BATKEN, Kyrgyzstan — The road from Batken to the Tajik enclave of Vorukh runs past burned-out houses that nobody has rebuilt. They were set alight in September 2022, when fighting between Kyrgyz and Tajik forces along this stretch of the border killed around 100 people on both sides in four days.

It was the second war in 18 months. In April 2021, a quarrel over a water intake near the Tajik town of Isfara escalated into clashes between border troops and then between villagers, killing more than 50 people.

That is why the treaty signed in Bishkek in March 2025, which fixed the whole of the 980-kilometre border, was greeted with relief here. Checkpoints have reopened, and Tajik traders are back at the Batken bazaar.

Yet the grievances that fed the fighting – water, pasture and roads – remain. On Monday, dozens of residents of two neighbouring villages on either side of the new line near Isfara threw stones at each other during a dispute over the timing of irrigation turns, local officials said. Four people were hurt before border guards separated the two groups.

"The politicians signed the map. Nobody signed an agreement about the water," said a farmer in the Kyrgyz village of Ak-Sai, who asked not to be named.

Officials on both sides play down such incidents as "household disputes". Analysts say the test will come in the summer, when the canals run low.""", [
  E(bg, "Armed clash", "fighting between Kyrgyz and Tajik forces", C("KG"), "2022-09-01", tp=3,
    a1="Military Forces of Kyrgyzstan (2020-)", i1=1, a2="Military Forces of Tajikistan (1994-)", i2=8, fat=100),
  E(bg, "Armed clash", "escalated into clashes between border troops", P("Isfara", "TJ", 2), "2021-04-01", tp=3, fat=50),
  E(bg, "Agreement", "the treaty signed in Bishkek", P("Bishkek", "KG"), "2025-03-01", tp=3),
  E(cur, "Mob violence", "threw stones at each other", P("Isfara", "TJ", 2), "monday",
    a1="Rioters (Tajikistan)", i1=5, a2="Rioters (Kyrgyzstan)", i2=5, fat=None, inj=4),
], register="wire"),

S("st-f-012", "2025-08-18", """Kilinochchi mothers mark 3,000 days of protest; students' march blocked in Jaffna

KILINOCHCHI — Several hundred relatives of people who disappeared during and after Sri Lanka's civil war marched through Kilinochchi on Saturday to mark 3,000 days of their roadside protest, carrying photographs of missing sons, husbands and daughters.

"We have buried our own husbands waiting. We will not stop until someone tells us where our children are," said one of the organisers, who has been looking for her son since 2009.

In Jaffna on Sunday, police blocked students of the University of Jaffna who were marching towards an army camp to demand the return of farmland occupied by the military. Officers used batons and a water cannon to push back the students and detained five of them, who were released on bail on Monday.

The army denied claims made in parliament by a Tamil MP that soldiers had beaten two fishermen near Mullaitivu on Friday, saying no troops had been in the area.

The government has pledged to return more land held by the army in the north and east and to set up an independent prosecutor's office.""", [
  E(cur, "Peaceful protest", "marched through Kilinochchi", P("Kilinochchi", "LK"), "saturday", a1="Protesters (Sri Lanka)", i1=6),
  E(cur, "Protest with intervention", "police blocked students of the University of Jaffna", P("Jaffna", "LK"), "sunday",
    a1="Protesters (Sri Lanka)", i1=6, a2=LKA_POL, i2=1),
  E(neg, "Attack", "soldiers had beaten two fishermen", P("Mullaitivu", "LK", 2, lat=9.27, lon=80.81, a1="Northern"), "friday"),
], register="local"),

S("st-f-013", "2025-04-08", """Curfew in Birgunj after stones thrown at procession

BIRGUNJ, Nepal — The district administration imposed a curfew on central Birgunj on Monday after clashes between Hindu and Muslim groups during a religious procession on Sunday evening left at least 15 people injured, six of them police officers.

The violence began when stones were thrown at the procession as it passed a mosque near the Ghantaghar clock tower, police said. Groups from both communities then fought with sticks and stones, and several shops and at least a dozen motorcycles were set on fire. Police fired tear gas and rubber bullets to bring the situation under control.

Police arrested 22 people from both communities on Monday morning and said more arrests would follow after video footage had been examined.

Birgunj, on the border with India's Bihar state, has seen communal tensions flare during festivals in previous years.""", [
  E(cur, "Mob violence", "clashes between Hindu and Muslim groups", P("Birgunj", "NP", geoname="Birganj"), "sunday",
    a1="Rioters (Nepal)", i1=5, a2="Rioters (Nepal)", i2=5, fat=None, inj=15),
  E(cur, "Other", "imposed a curfew", P("Birgunj", "NP", geoname="Birganj"), "monday"),
  E(cur, "Arrests", "Police arrested 22 people", P("Birgunj", "NP", geoname="Birganj"), "monday", a1="Police Forces of Nepal (2024-2025)", i1=1, a2="Rioters (Nepal)", i2=5),
], register="wire"),

S("st-f-014", "2025-07-24", """ENGA FIGHT TOLL RISES TO 11

WABAG — Police in Enga Province have confirmed that 11 men were killed in fighting between two clans in villages east of Wabag town between Saturday and Tuesday, although community leaders say they have counted 18 bodies.

The fighting, which broke out over a land dispute, involved men armed with high-powered rifles, and about 40 houses and a health centre were burned, the provincial police commander said. Hundreds of women and children have fled to the Wabag station.

On Wednesday the national government declared the area a fight zone and imposed a curfew on Wabag from 6pm to 6am. Sixty soldiers and a police mobile squad were flown in from Port Moresby.

"Anyone carrying a gun in the fight zone will be treated as a criminal," the provincial police commander said.

The province has been hit by repeated outbreaks of tribal fighting. In February 2024, dozens of men were killed in an ambush near Wapenamanda, one of the deadliest such incidents in the country's history.""", [
  E(cur, "Armed clash", "fighting between two clans", P("Wabag", "PG", 2), "saturday", tp=2,
    a1="Unidentified Clan Militia (Papua New Guinea)", i1=4, a2="Unidentified Clan Militia (Papua New Guinea)", i2=4, fat=11),
  E(cur, "Other", "declared the area a fight zone", P("Wabag", "PG"), "wednesday", a1="Government of Papua New Guinea (2019-)", i1=1),
  E(bg, "Armed clash", "dozens of men were killed in an ambush", P("Enga", "PG", 3), "2024-02-01", tp=3, fat=12),
], register="local"),

S("st-f-015", "2025-05-22", """JAYAPURA, Indonesia — Indonesian soldiers killed three members of the armed separatist group TPNPB in a firefight near Bilogai in Intan Jaya regency on Wednesday morning, the military said, a claim the rebels disputed.

A spokesman for the TPNPB, the armed wing of the Free Papua Movement, said in a statement that the three dead were villagers, not fighters, and that soldiers had burned a church in the village. The military rejected both claims.

"There was no burning of any church. Our troops were attacked while on patrol and returned fire," a military spokesman for the region said, adding that two rifles had been recovered.

Separately, the TPNPB said its fighters had shot dead a motorcycle taxi driver in Beoga, in neighbouring Puncak regency, on Tuesday, accusing him of spying for the security forces. Police confirmed the killing.

Fighting in Papua's central highlands has displaced tens of thousands of people since 2019, according to church groups.""", [
  E(cur, "Armed clash", "killed three members of the armed separatist group TPNPB in a firefight", P("Bilogai", "ID", 2), "wednesday",
    a1=IDN, i1=1, a2=TPNPB, i2=2, fat=3),
  E(cur, "Looting/property destruction", "soldiers had burned a church", P("Bilogai", "ID", 2), "wednesday", a1=IDN, i1=1, a2="Civilians (Indonesia)", i2=7),
  E(cur, "Attack", "shot dead a motorcycle taxi driver", P("Beoga", "ID"), "tuesday", a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=1),
]),

S("st-f-016", "2026-04-09", """NATIONAL ARMY OF COLOMBIA
Eighth Division – Press release 0412

The Eighth Division informs public opinion of the following results and events in the department of Arauca:

1. On 8 April, at 05:30, members of the ELN terrorist group attacked troops of the 18th Brigade with drones carrying explosives in a rural area of the municipality of Tame. As a result, two professional soldiers were killed and four were wounded; the wounded were evacuated by air to Arauca.

2. The same day, in the rural area of Fortul, troops located a camp of the ELN's Domingo Laín front and destroyed 45 kilograms of explosive material, nine improvised drones and 200 rounds of ammunition found there.

3. In the urban area of Saravena, troops and the Judicial Police captured alias "Tigre", identified as a leader of the ELN's urban network responsible for extortion in the municipality.

The National Army rejects the false information published on social networks claiming that troops fired artillery at a rural school in Arauquita. No such action took place.

Since January, the Eighth Division has neutralised 63 members of illegal armed groups in the region.

#FuerzasMilitares | Press office, Eighth Division""", [
  E(cur, "Air/drone strike", "attacked troops of the 18th Brigade with drones carrying explosives", P("Tame", "CO", 3, geoname="Tame"), "2026-04-08",
    a1=ELN, i1=2, a2=COL, i2=1, fat=2, inj=4),
  E(cur, "Disrupted weapons use", "destroyed 45 kilograms of explosive material", P("Fortul", "CO", 2, geoname="Municipio de Fortul"), "2026-04-08", a1=COL, i1=1, a2=ELN, i2=2),
  E(cur, "Arrests", "captured alias \"Tigre\"", P("Saravena", "CO", lat=6.95, lon=-71.88, a1="Arauca"), None, a1=COL, i1=1, a2=ELN, i2=2),
  E(neg, "Shelling/artillery/missile attack", "fired artillery at a rural school", P("Arauquita", "CO", 2), None),
], register="official"),

S("st-f-017", "2024-10-30", """Bolivia blockades: live

07:45
Police and soldiers have begun clearing the blockade on the Cochabamba–Santa Cruz highway at Colomi, where supporters of former president Evo Morales have cut the road for 16 days. Our reporter there describes clouds of tear gas over the road.

08:30
The government says 27 people have been detained at Colomi. It says protesters threw stones and set off dynamite and that nine police officers were hurt, two of them seriously.

09:10
A government spokesman denies reports on social media that police fired live ammunition at Colomi. "Our officers carry no firearms in this operation," he says.

10:40
In Cochabamba city, several hundred market vendors are marching to the departmental government building to demand an end to the blockades, which they say have cut off their supplies. The march is peaceful.

12:15
Leaders of the Morales camp in Chimoré say they will "defend our leader with our lives" if police try to arrest him over a rape investigation that he calls politically motivated.

13:30
The road administration says 14 blockades remain in place across the country, down from 21 on Monday.""", [
  E(cur, "Violent demonstration", "threw stones and set off dynamite", P("Colomi", "BO"), "wednesday",
    a1="Rioters (Bolivia)", i1=5, a2="Police Forces of Bolivia (2020-2025)", i2=1, fat=None, inj=9),
  E(neg, "Excessive force against protesters", "fired live ammunition", P("Colomi", "BO"), "wednesday"),
  E(cur, "Peaceful protest", "market vendors are marching", P("Cochabamba", "BO"), "wednesday", a1="Protesters (Bolivia)", i1=6),
  E(thr, "Armed clash", "defend our leader with our lives", P("Chimore", "BO"), None),
], register="wire"),

S("st-f-018", "2025-11-14", """HAITI: Humanitarian situation update No. 41 (7 – 13 November 2025)

HIGHLIGHTS
• On 9 November, members of the Gran Grif gang attacked several neighbourhoods of Verrettes in the lower Artibonite valley, killing at least 14 people and setting fire to some 60 houses. About 3,000 residents fled towards Saint-Marc, according to the local civil protection office.
• On 11 November, the Haitian National Police carried out an operation against gangs of the Viv Ansanm coalition in the hills of Kenscoff. A police statement reported nine gang members killed; local officials spoke of four bodies recovered.
• On 12 November, an explosive-laden drone struck a house in Cabaret, killing two children and wounding their mother, according to a local human rights organisation. No one claimed the strike.

Displacement
More than 1.3 million people are now displaced within the country. Sites in Saint-Marc received 1,900 new arrivals during the week.

Access
The road between Port-au-Prince and the Artibonite remains closed to humanitarian convoys because of gang checkpoints.

This update was produced by the humanitarian country team with partners. Figures are provisional and may be revised.""", [
  E(cur, "Attack", "attacked several neighbourhoods of Verrettes", P("Verrettes", "HT"), "2025-11-09",
    a1="Gran Grif", i1=3, a2="Civilians (Haiti)", i2=7, fat=14),
  E(cur, "Armed clash", "carried out an operation against gangs", P("Kenscoff", "HT", 2), "2025-11-11",
    a1=HTI_POL, i1=1, a2="Viv Ansanm", i2=3, fat=4),
  E(cur, "Air/drone strike", "explosive-laden drone struck a house", P("Cabaret", "HT"), "2025-11-12",
    a2="Civilians (Haiti)", i2=7, fat=2, inj=1),
], register="ngo"),

S("st-f-019", "2025-10-06", """Hooded men set fire to eleven logging trucks and a loader at a forestry site near Collipulli in Chile's Araucanía region early on Sunday, police said. The guards were tied up but not hurt. Pamphlets signed by the Coordinadora Arauco-Malleco (CAM), a radical Mapuche group, were left at the scene.

In Temuco on the same day, several hundred Mapuche community members marched peacefully through the city centre to demand the release of jailed Mapuche leaders.""", [
  E(cur, "Looting/property destruction", "set fire to eleven logging trucks", P("Collipulli", "CL", 2), "sunday",
    a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "marched peacefully through the city centre", P("Temuco", "CL"), "sunday", a1="Protesters (Chile)", i1=6),
], register="wire"),

S("st-f-020", "2025-09-14", """PRISTINA, Kosovo (Wire) — A hand grenade was thrown at the police station in Zvečan in Kosovo's Serb-majority north shortly after midnight on Saturday, damaging the entrance and two patrol cars, police said. No one was hurt.

Police said later on Saturday they had arrested two men in Zubin Potok on suspicion of involvement and had found a hunting rifle and ammunition in one of their homes.

"This was an attempt to intimidate the police and the citizens who trust them," Kosovo's interior minister wrote on social media.

On Sunday morning, several hundred Serbs gathered peacefully on the northern side of the main bridge in Mitrovica to protest against the arrests, which they called "political".

Tension in the north has remained high since September 2023, when some 30 armed Serbs attacked Kosovo police in the village of Banjska, killing an officer. Three of the attackers died in a day-long gunfight.""", [
  E(cur, "Grenade", "A hand grenade was thrown at the police station", P("Zvecan", "XK"), "saturday",
    a1="Unidentified Armed Group (Kosovo)", i1=3, a2=XKX_POL, i2=1, fat=0, inj=0),
  unscored(E(cur, "Arrests", "arrested two men in Zubin Potok", P("Zubin Potok", "XK"), "saturday", a1=XKX_POL, i1=1), "actor2", "inter2"),
  E(cur, "Peaceful protest", "gathered peacefully", P("Mitrovica", "XK", geoname="Mitrovice"), "sunday", a1="Protesters (Kosovo)", i1=6),
  E(bg, "Armed clash", "armed Serbs attacked Kosovo police", C("XK"), "2023-09-01", tp=3, a2=XKX_POL, i2=1, fat=4),
]),

S("st-f-021", "2025-10-06", """Agents fire tear gas at protesters outside Broadview immigration facility

BROADVIEW, Ill. — Federal agents fired tear gas and pepper balls at several hundred protesters outside the immigration processing centre in Broadview on Friday night, and six people were detained, witnesses and organisers said.

The protesters had gathered at the fence of the facility to denounce immigration raids in the Chicago area. The Department of Homeland Security said officers had been "assaulted" and that one agent was struck by a rock. Organisers said the crowd had been peaceful, and video from the scene reviewed by this newspaper showed no violence before the tear gas was fired.

"I was standing on the sidewalk holding a candle," said a 68-year-old retired teacher from Oak Park. "Then everyone was coughing and running."

On Saturday, an estimated 2,000 people marched peacefully from Federal Plaza through downtown Chicago in solidarity with immigrant families.

The president said on Sunday he was "ready to send in the troops" if the protests continued.

Photo: A protester rinses her eyes after agents fired tear gas outside the Broadview facility on Friday.
© 2025 Cook County Courier. All rights reserved.""", [
  E(cur, "Protest with intervention", "fired tear gas and pepper balls at several hundred protesters", P("Broadview", "US", admin1="Illinois"), "friday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1),
  unscored(E(cap, "Protest with intervention", "A protester rinses her eyes after agents fired tear gas outside the Broadview facility on Friday", P("Broadview", "US", admin1="Illinois"), "friday",
    a1="Protesters (United States)", i1=6, a2=USA_POL, i2=1), "fatalities", "injuries", "geo_precision"),
  E(cur, "Peaceful protest", "marched peacefully from Federal Plaza", P("Chicago", "US", admin1="Illinois"), "saturday", a1="Protesters (United States)", i1=6),
  E(thr, "Other", "ready to send in the troops", C("US"), None),
], register="local"),

S("st-f-022", "2025-06-09", """MINUSCA PRESS RELEASE

Bangui, 9 June 2025 – The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack carried out on 5 June by elements of the armed group 3R (Return, Reclamation, Rehabilitation) on a village about 20 km north of Paoua, in the Ouham-Pendé prefecture, in which five civilians, including two women, were killed and several houses were looted.

Following the attack, a MINUSCA patrol deployed to the area came under fire from 3R elements near Paoua on 6 June. The peacekeepers responded robustly and forced the assailants to withdraw. One peacekeeper was slightly injured.

MINUSCA firmly rejects allegations circulating on social media that its peacekeepers fired on civilians at a market in Bozoum on 7 June. A verification mission sent to the town found no evidence that any shots had been fired.

Since the beginning of 2025, the Mission has recorded more than 120 abuses attributed to 3R elements in the north-west of the country.

MINUSCA recalls that attacks against civilians and peacekeepers may constitute war crimes, and reiterates its support to the Central African authorities in implementing the 2019 Political Agreement for Peace and Reconciliation.

Office of Communication and Public Information, MINUSCA""", [
  E(cur, "Attack", "attack carried out on 5 June", P("Paoua", "CF", 2), "2025-06-05", a1=R3, i1=2, a2="Civilians (Central African Republic)", i2=7, fat=5),
  E(cur, "Armed clash", "came under fire from 3R elements", P("Paoua", "CF", 2), "2025-06-06", a1=R3, i1=2, a2=MINUSCA, i2=8, inj=1),
  E(neg, "Attack", "peacekeepers fired on civilians", P("Bozoum", "CF"), "2025-06-07"),
  E(bg, "Agreement", "Political Agreement for Peace and Reconciliation", C("CF"), "2019-02-01", tp=3),
], register="official"),

S("st-f-023", "2026-01-20", """GUAYAQUIL, Ecuador (Wire) — Gunmen opened fire on people watching a neighbourhood football match in the rural town of Palestina, in Guayas province, on Sunday evening, killing seven, police said. Residents told local radio that nine people had died, including a 14-year-old boy.

Police said the attack was probably linked to a dispute between two factions of the Los Lobos gang over drug routes to the port. No arrests had been made.

On Monday, soldiers killed two suspected members of Los Lobos in a shootout in Quevedo, in Los Ríos province, and seized four rifles and a quantity of explosives, the armed forces said.

President Daniel Noboa, who has declared the gangs "terrorist" organisations and deployed the army against them, extended a state of emergency in Guayas, Los Ríos and El Oro on Monday for another 60 days.

Ecuador recorded more homicides in 2025 than in any year in its history, according to police figures.""", [
  E(cur, "Attack", "opened fire on people watching a neighbourhood football match", P("Palestina", "EC"), "sunday",
    a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=7),
  E(cur, "Armed clash", "killed two suspected members of Los Lobos in a shootout", P("Quevedo", "EC"), "monday",
    a1=ECU, i1=1, a2="Los Lobos", i2=3, fat=2),
  E(cur, "Other", "extended a state of emergency", C("EC"), "monday", a1="Government of Ecuador (2023-)", i1=1),
]),

S("st-f-024", "2026-05-14", """Police teargas Chitungwiza crowd ahead of 'shutdown'

CHITUNGWIZA — Police fired tear gas to disperse about 50 people who had gathered at the Makoni shopping centre in Chitungwiza on Wednesday morning in response to a call by a group of war veterans for protests against the government, and arrested 14 of them.

A police spokesperson said the 14 would appear in court on charges of participating in an unsanctioned gathering with intent to promote public violence.

Separately, a freelance journalist who was livestreaming from the centre of Harare was arrested on Wednesday afternoon, the Media Institute of Southern Africa said. Police have not commented on his arrest.

Most shops and markets in Harare and Chitungwiza stayed shut on Wednesday and streets were largely empty. The war veterans' leader, who is in hiding, has called for a "total shutdown" to continue until Friday. Police warned that anyone who joined the protests would be "dealt with decisively".""", [
  E(cur, "Protest with intervention", "fired tear gas to disperse about 50 people", P("Chitungwiza", "ZW"), "wednesday",
    a1="Protesters (Zimbabwe)", i1=6, a2=ZWE_POL, i2=1),
  unscored(E(cur, "Arrests", "was arrested on Wednesday afternoon", P("Harare", "ZW"), "wednesday", a1=ZWE_POL, i1=1), "actor2", "inter2"),
  E(hyp, "Peaceful protest", "called for a \"total shutdown\"", C("ZW"), None),
  E(thr, "Protest with intervention", "dealt with decisively", C("ZW"), None),
], register="local"),

S("st-f-025", "2025-07-17", """TEMBISA — A library and a municipal customer-care office were set alight in Tembisa on Tuesday as residents protesting against weeks of electricity cuts barricaded roads with burning tyres and rocks and pelted police with stones.

Police fired rubber bullets and stun grenades to disperse the crowds. Ekurhuleni metro police said three officers were injured and that several shops had been looted on the main road through the township.

On Wednesday, police arrested 19 people in connection with the arson and looting. They are expected to appear in the Tembisa magistrate's court on Friday.

"We have been sitting in the dark for a month and nobody from the municipality comes to talk to us," said one resident, a mother of three.

The municipality said a damaged substation would be repaired by the end of the month.""", [
  E(cur, "Violent demonstration", "barricaded roads with burning tyres and rocks and pelted police with stones", P("Tembisa", "ZA"), "tuesday",
    a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1, fat=None, inj=3),
  E(cur, "Arrests", "police arrested 19 people", P("Tembisa", "ZA"), "wednesday", a1=ZAF_POL, i1=1, a2="Rioters (South Africa)", i2=5),
], register="local"),

S("st-f-026", "2025-06-24", """SAN PEDRO SULA, Honduras — Gunmen killed five members of one family, among them two teenagers, in their home in Choloma on Sunday night, police said. Investigators said the family had refused to pay extortion demands from a local gang.

On Monday, military police arrested 12 suspected members of the Barrio 18 gang in raids in San Pedro Sula and seized pistols, cash and cocaine. It was not clear whether any of them were linked to the killings in Choloma.

Honduras has been under a partial state of exception since December 2022, when the government suspended some constitutional rights in gang-controlled areas.""", [
  E(cur, "Attack", "Gunmen killed five members of one family", P("Choloma", "HN"), "sunday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=5),
  E(cur, "Arrests", "military police arrested 12 suspected members of the Barrio 18 gang", P("San Pedro Sula", "HN"), "monday",
    a1="Military Forces of Honduras (2022-2026)", i1=1, a2="Barrio 18", i2=3),
  E(bg, "Other", "partial state of exception", C("HN"), "2022-12-01", tp=3, a1="Government of Honduras (2022-2026)", i1=1),
]),

S("st-f-027", "2025-11-15", """Georgia protests – as it happened

18:05
Thousands of people have gathered on Rustaveli Avenue in central Tbilisi, outside parliament, for another evening of protest against the ruling Georgian Dream party. Many are waving Georgian and EU flags. The mood is calm.

19:30
In Batumi, on the Black Sea coast, several hundred people have marched to the building of the Ajara regional government. Our correspondent there says the march has been peaceful.

20:40
Riot police have moved in with water cannon and pepper spray to clear protesters who had blocked the road at the Heroes' Square junction, a short walk from parliament. We are seeing people with streaming eyes being helped by medics.

21:15
The interior ministry says 27 people have been detained in Tbilisi for "disobeying lawful orders" and that four officers were hurt when protesters threw fireworks. Organisers say the crowd was peaceful and that the police used force without warning.

23:50
An opposition party says its office in Zugdidi was attacked this evening by a group of masked men who smashed the windows and beat a volunteer who was inside. Police say they have opened an investigation.

23:58
That's all from us tonight. Protesters say they will return tomorrow evening.""", [
  E(cur, "Protest with intervention", "clear protesters who had blocked the road", P("Tbilisi", "GE"), "saturday",
    a1="Protesters (Georgia)", i1=6, a2="Police Forces of Georgia (2012-)", i2=1, fat=None, inj=4),
  E(cur, "Peaceful protest", "marched to the building of the Ajara regional government", P("Batumi", "GE"), "saturday", a1="Protesters (Georgia)", i1=6),
  E(cur, "Attack", "attacked this evening by a group of masked men", P("Zugdidi", "GE"), "saturday",
    a1="Unidentified Armed Group (Georgia)", i1=3, a2="Civilians (Georgia)", i2=7, inj=1),
  E(hyp, "Peaceful protest", "will return tomorrow evening", P("Tbilisi", "GE"), None),
], register="wire"),

S("st-f-028", "2026-02-27", """NORTH-WEST CAMEROON: IED hits army vehicle in Bamenda; school principal kidnapped in Kumbo

BAMENDA — Separatist fighters set off a homemade bomb against a military armoured vehicle in the Mile 4 neighbourhood of Bamenda on Tuesday morning, wounding three soldiers, military sources said. The Ambazonia Defence Forces (ADF), one of the armed groups fighting for the independence of Cameroon's English-speaking regions, claimed the attack in a video posted online.

On Wednesday, gunmen seized the principal of a Catholic secondary school on the outskirts of Kumbo as he drove to work, the diocese said. The kidnappers have demanded a ransom. Separatist leaders denied their fighters were involved.

An army spokesman on Thursday denied reports that soldiers had burned about 20 houses in Batibo in reprisal for an ambush last week, saying the houses had been "destroyed by the terrorists themselves to tarnish the image of the defence forces".

Separatist groups have ordered residents of the North-West region to stay at home from Monday to Wednesday next week, and have threatened to punish anyone who opens a shop or a school.

The conflict, which began in 2017, has killed more than 6,000 people, according to the International Crisis Group.""", [
  E(cur, "Remote explosive/landmine/IED", "set off a homemade bomb against a military armoured vehicle", P("Bamenda", "CM", 2), "tuesday",
    a1=AMB, i1=2, a2=CMR, i2=1, fat=None, inj=3),
  E(cur, "Abduction/forced disappearance", "gunmen seized the principal", P("Kumbo", "CM", 2), "wednesday",
    a1="Unidentified Armed Group (Cameroon)", i1=3, a2="Civilians (Cameroon)", i2=7),
  E(neg, "Looting/property destruction", "soldiers had burned about 20 houses", P("Batibo", "CM"), None),
  E(thr, "Attack", "threatened to punish anyone", P("North-West", "CM", 3, lat=5.96, lon=10.15, a1="North-West"), None),
], register="local"),

S("st-f-029", "2025-05-19", """AMMAN — Jordanian police used batons and tear gas on Friday night to disperse several hundred people who tried to march on the Israeli embassy in Amman's Rabiyeh district to protest against the war in Gaza, and detained at least 30 of them, witnesses said.

On Saturday afternoon about 2,000 people rallied peacefully after prayers outside the Al-Husseini mosque in downtown Amman, chanting in support of Gaza. Police kept their distance.

The Public Security Directorate said the detainees from Friday had been released after signing pledges not to take part in "unlicensed gatherings".""", [
  E(cur, "Protest with intervention", "used batons and tear gas on Friday night to disperse several hundred people", P("Amman", "JO", 2), "friday",
    a1="Protesters (Jordan)", i1=6, a2=JOR_POL, i2=1),
  E(cur, "Peaceful protest", "rallied peacefully after prayers", P("Amman", "JO"), "saturday", a1="Protesters (Jordan)", i1=6),
], register="wire"),

S("st-f-030", "2026-01-12", """LEIPZIG — Police detained 14 people after a left-wing demonstration in Leipzig's Connewitz district turned violent on Saturday night. Masked participants threw stones and bottles at officers, set fire to rubbish bins and smashed the shelter of a tram stop, the police said. Nine officers were injured, none seriously.

Earlier on Saturday, about 1,200 people had marched peacefully through the city centre against a rally planned by a far-right group, which the city authorities had banned on Friday.""", [
  E(cur, "Violent demonstration", "turned violent", P("Leipzig", "DE", 2), "saturday",
    a1="Rioters (Germany)", i1=5, a2=DEU_POL, i2=1, fat=None, inj=9),
  E(cur, "Peaceful protest", "marched peacefully through the city centre", P("Leipzig", "DE"), "saturday", a1="Protesters (Germany)", i1=6),
  E(neg, "Peaceful protest", "a rally planned by a far-right group", P("Leipzig", "DE"), None),
], register="local"),
]

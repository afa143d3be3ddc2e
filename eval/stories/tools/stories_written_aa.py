"""Multi-event stories written for this project (issue 11), batch aa: unseen by the coders in the session it was written
(2026-11-28, 10:25-13:25), the lead's measure of story generalisation, as batches s to z. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups, a rights monitor's monthly report, an analysis piece, police and army releases, local press, a live blog —
with events of every status (current; background recalled; threats; banned or planned marches; denials; photo
captions), several events per story at different places and days, two or three countries, differing tolls, deaths in
hospital, arrests on a later day after a riot or a fight, commemorations with and without a demand, cross-border
detentions, towns the gazetteer lacks (coded to the town the text places them near, precision 2). Countries batches v-z
had least (Belize, the small Caribbean states, Nicaragua, Israel, Rwanda, Benin, Poland, New Zealand, Mauritania,
Taiwan, South Korea, Mongolia, Botswana, Paraguay, South Africa, Finland, Lithuania, Kuwait, Jordan, Guatemala, Liberia,
Croatia, North Macedonia, Switzerland, Portugal, Romania, Bulgaria, Australia, Germany, Angola, Bolivia, Turkey,
Vietnam) and fresh places in the conflict countries.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

BLZ_POL = "Police Forces of Belize (2020-)"; GTM = "Military Forces of Guatemala (2024-)"
KNA_POL = "Police Forces of Saint Kitts and Nevis (2022-)"; LCA_POL = "Police Forces of Saint Lucia (2016-)"
ATG_POL = "Police Forces of Antigua and Barbuda (2014-)"; NIC_POL = "Police Forces of Nicaragua (2007-)"
ISR_POL = "Police Forces of Israel (2022-)"; RWA = "Military Forces of Rwanda (2000-)"; RWA_POL = "Police Forces of Rwanda (2000-)"
BEN = "Military Forces of Benin (2016-)"; BEN_POL = "Police Forces of Benin (2016-)"; JNIM = "JNIM: Group for Support of Islam and Muslims"
POL_POL = "Police Forces of Poland (2023-)"; NZL_POL = "Police Forces of New Zealand (2023-)"; MRT_POL = "Police Forces of Mauritania (2019-)"
TWN_POL = "Police Forces of Taiwan (2024-)"; KOR_POL = "Police Forces of South Korea (2025-)"; MNG_POL = "Police Forces of Mongolia (2025-)"

STORIES = [
S("st-aa-001", "2026-03-10", """Two dead in Fabers Road shooting; four held in Lake Independence raids

BELIZE CITY - Two men were killed and a third was wounded when a gunman who jumped out of a white pickup opened fire on men playing dominoes outside a house on Fabers Road in Belize City on Saturday night, police said. Police said the killings were linked to a feud between two street gangs on the city's south side that has claimed at least six lives since January.

Officers of the Gang Suppression Unit detained four young men in raids on houses in the Lake Independence area early on Sunday. Commissioner of Police said the four were "persons of interest" in the shooting and that one of them was a known member of one of the gangs.

On Monday evening about 100 residents, many of them mothers of young men killed in the feud, marched from Fabers Road to the Queen Street police station to call for more patrols.

In a separate development, the Ministry of Foreign Affairs said it had sent a protest note to Guatemala after Guatemalan soldiers detained two Belizean farmers on their plots near the border village of Arenal, in the Cayo District, on Monday and took them across to Melchor de Mencos. The Guatemalan army said the two were being questioned for "illegal presence" on Guatemalan soil.

"These men were farming their own land on our side of the line," the ministry said.

The two countries' territorial dispute is before the International Court of Justice.

(c) 2026 Amandala Press""", [
  E(cur, "Attack", "a gunman who jumped out of a white pickup opened fire on men playing dominoes outside a house on Fabers Road", P("Belize City", "BZ"), "saturday",
    a1="Unidentified Armed Group (Belize)", i1=3, a2="Civilians (Belize)", i2=7, fat=2, inj=1),
  E(cur, "Arrests", "Officers of the Gang Suppression Unit detained four young men in raids on houses in the Lake Independence area", P("Belize City", "BZ", 2), "sunday",
    a1=BLZ_POL, i1=1, a2="Unidentified Armed Group (Belize)", i2=3),
  E(cur, "Peaceful protest", "about 100 residents, many of them mothers of young men killed in the feud, marched from Fabers Road", P("Belize City", "BZ"), "monday",
    a1="Protesters (Belize)", i1=6),
  E(cur, "Arrests", "Guatemalan soldiers detained two Belizean farmers on their plots near the border village of Arenal", P("El Arenal", "BZ", 2, lat=17.02, lon=-89.15, a1="Cayo"), "monday",
    a1=GTM, i1=8, a2="Civilians (Belize)", i2=7),
], register="local"),

S("st-aa-002", "2026-02-09", """EASTERN CARIBBEAN: THE WEEK IN BRIEF (2-8 February)

ST KITTS AND NEVIS - Two men were shot dead and a woman was wounded when gunmen fired into a bar in the Newtown area of Basseterre on Wednesday night. Police said they were investigating whether the shooting was linked to a long-running feud between two gangs in the capital's eastern districts.

SAINT LUCIA - Police removed about 60 street vendors who had occupied the steps of the Castries city hall on Tuesday to protest against their eviction from the waterfront, and arrested three who refused to leave.

ANTIGUA AND BARBUDA - Inmates at Her Majesty's Prison in St John's set fire to mattresses and tore down a gate in one of the blocks on Saturday in protest against overcrowding and the food. Prison officers fired tear gas to bring the blocks back under control; two officers and five inmates were treated for smoke inhalation.

BARBADOS - Several hundred nurses marched from the Queen Elizabeth Hospital to Parliament in Bridgetown on Thursday to demand the payment of overtime owed since 2024. The march was peaceful.

GRENADA - A man arrested over the killing of a taxi driver in Grenville last month was charged with murder on Friday. Police said the killing followed a dispute over a fare.""", [
  E(cur, "Attack", "Two men were shot dead and a woman was wounded when gunmen fired into a bar in the Newtown area of Basseterre", P("Basseterre", "KN", 2), "wednesday",
    a1="Unidentified Armed Group (Saint Kitts and Nevis)", i1=3, a2="Civilians (Saint Kitts and Nevis)", i2=7, fat=2, inj=1),
  E(cur, "Protest with intervention", "Police removed about 60 street vendors who had occupied the steps of the Castries city hall", P("Castries", "LC", a1="Castries"), "tuesday",
    a1="Protesters (Saint Lucia)", i1=6, a2=LCA_POL, i2=1),
  E(cur, "Violent demonstration", "Inmates at Her Majesty's Prison in St John's set fire to mattresses and tore down a gate", P("Saint John's", "AG"), "saturday",
    a1="Rioters (Antigua and Barbuda)", i1=5, a2=ATG_POL, i2=1, inj=7),
  E(cur, "Peaceful protest", "Several hundred nurses marched from the Queen Elizabeth Hospital to Parliament in Bridgetown", P("Bridgetown", "BB"), "thursday",
    a1="Protesters (Barbados)", i1=6),
], register="digest"),

S("st-aa-003", "2026-04-06", """MONTHLY MONITORING REPORT - NICARAGUA, MARCH 2026
Prepared by a Costa Rica-based collective of exiled Nicaraguan human rights defenders

Summary: In March the collective documented 19 arbitrary detentions, one enforced disappearance and two acts of harassment against relatives of political prisoners. The figures below are those we could verify with at least two sources; the real number is likely higher.

1. On 3 March, plain-clothes officers of the National Police took a retired schoolteacher from his home in Boaco, two days after he shared a post mocking the vice-president. As of the date of this report, the police have not acknowledged holding him, and his family does not know where he is.

2. On 14 March, riot police detained four young men in the Monimbo neighbourhood of Masaya who had painted blue-and-white flags on walls. They were brought before a court in Managua on 17 March, charged with "conspiracy to undermine national integrity".

3. On 25 March, about 30 mothers and sisters of women held for political reasons gathered outside La Esperanza women's prison in Tipitapa to ask to see them. Police surrounded them, took photographs of each woman and forced them to leave in buses.

4. The collective also received reports of 14 people detained in Esteli and Jinotega between 10 and 20 March; we were unable to confirm the details by the time of publication.

Since 2018, more than 5,000 organisations have been closed and hundreds of Nicaraguans stripped of their nationality.""", [
  E(cur, "Abduction/forced disappearance", "plain-clothes officers of the National Police took a retired schoolteacher from his home in Boaco", P("Boaco", "NI"), "2026-03-03",
    a1=NIC_POL, i1=1, a2="Civilians (Nicaragua)", i2=7),
  E(cur, "Arrests", "riot police detained four young men in the Monimbo neighbourhood of Masaya", P("Masaya", "NI", 2), "2026-03-14",
    a1=NIC_POL, i1=1, a2="Civilians (Nicaragua)", i2=7),
  E(cur, "Protest with intervention", "about 30 mothers and sisters of women held for political reasons gathered outside La Esperanza women's prison in Tipitapa", P("Tipitapa", "NI"), "2026-03-25",
    a1="Protesters (Nicaragua)", i1=6, a2=NIC_POL, i2=1),
], register="monitor"),

S("st-aa-004", "2026-07-02", """ISRAEL/
Ultra-Orthodox crowd stones military police car in Bnei Brak; thousands march in Haifa; Druze villagers clash with police over demolition

JERUSALEM, July 2 (Wire) - Hundreds of ultra-Orthodox men surrounded a military police car in Bnei Brak on Tuesday night as its crew tried to detain a yeshiva student who had ignored his call-up orders, throwing stones and bottles at the vehicle until the officers drove off without him. Police who came to extract the car used stun grenades and arrested nine people; two military police officers were lightly hurt, the army said.

The military began sending thousands of call-up orders to ultra-Orthodox men last year after the Supreme Court ruled that the state could no longer exempt them from service.

In Haifa, several thousand people marched along the seafront on Saturday evening to demand a state commission of inquiry into the failures of October 7, 2023. Organisers said the march was peaceful.

In the Druze town of Daliyat al-Karmel, south of Haifa, young men threw stones at police and set tyres on fire on Monday after inspectors backed by police demolished a house that had been built without a permit. Three police officers were hurt and two protesters were detained, police said.

"Our young men serve in the army and they come home to see their houses bulldozed," a local council member said.

Druze leaders have called a general strike in their towns for next Sunday.""", [
  E(cur, "Violent demonstration", "Hundreds of ultra-Orthodox men surrounded a military police car in Bnei Brak on Tuesday night", P("Bnei Brak", "IL", lat=32.08, lon=34.83, a1="Tel Aviv"), "tuesday",
    a1="Rioters (Israel)", i1=5, a2=ISR_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "several thousand people marched along the seafront on Saturday evening", P("Haifa", "IL"), "saturday",
    a1="Protesters (Israel)", i1=6),
  E(cur, "Violent demonstration", "young men threw stones at police and set tyres on fire on Monday", P("Daliyat al Karmel", "IL", lat=32.69, lon=35.05, a1="Haifa"), "monday",
    a1="Rioters (Israel)", i1=5, a2=ISR_POL, i2=1, inj=3),
]),

S("st-aa-005", "2026-05-14", """GREAT LAKES/
Rwandan soldiers kill Congolese fisherman off Rusizi; opposition party members arrested in Huye; M23 fighters break up traders' protest in Bukavu

KIGALI, May 14 (Wire) - Rwandan soldiers shot dead a Congolese fisherman and wounded his brother when they fired on their canoe on the southern tip of Lake Kivu, off the Rwandan town of Rusizi, late on Monday, a relative and a civil society group in Bukavu said. The Rwanda Defence Force said its patrol had fired warning shots at a boat that entered Rwandan waters at night, and denied that anyone had been aimed at.

In the southern city of Huye, the Rwanda Investigation Bureau said on Tuesday it had arrested five members of the unregistered opposition party DALFA-Umurinzi who had been distributing leaflets at the university, accusing them of "inciting public disorder". The party said the arrests were meant to silence it before local elections.

Across the lake in Bukavu, which the AFC/M23 rebels have controlled since February 2025, rebel fighters fired into the air on Wednesday to disperse several hundred traders who had shut the central market and gathered outside the rebels' provincial offices to protest against new taxes. Eleven traders were detained and released the same evening, a traders' association said.

Congo and Rwanda signed a peace agreement in Washington in June 2025, but fighting between the rebels and pro-government militias has continued in the Kivus.""", [
  E(cur, "Attack", "Rwandan soldiers shot dead a Congolese fisherman and wounded his brother when they fired on their canoe", P("Cyangugu", "RW", 2, lat=-2.48, lon=28.91, a1="Western"), "monday",
    a1=RWA, i1=1, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=1, inj=1),
  E(cur, "Arrests", "it had arrested five members of the unregistered opposition party DALFA-Umurinzi", P("Butare", "RW", lat=-2.6, lon=29.74, a1="Southern"), "tuesday", tp=2,
    a1=RWA_POL, i1=1, a2="DALFA-Umurinzi: Development and Liberty for All", i2=7),
  E(cur, "Protest with intervention", "rebel fighters fired into the air on Wednesday to disperse several hundred traders", P("Bukavu", "CD"), "wednesday",
    a1="Protesters (Democratic Republic of Congo)", i1=6, a2="M23: March 23 Movement", i2=2),
  unscored(E(bg, "Agreement", "Congo and Rwanda signed a peace agreement in Washington in June 2025", P("Washington", "US"), "2025-06-01", tp=3,
             a1="Government of Democratic Republic of Congo (2019-)", i1=1, a2="Government of Rwanda (2000-)", i2=1),
           "location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "country", "iso", "event_date", "time_precision"),
]),

S("st-aa-006", "2026-01-22", """BENIN/
Five soldiers killed in attack on northern army post; soldier dies in roadside blast near Porga; opposition lawmaker's aides arrested in Cotonou

COTONOU, Jan 22 (Wire) - Fighters believed to belong to the al Qaeda-linked JNIM attacked an army post near Banikoara in northern Benin before dawn on Sunday, killing five soldiers, two security sources said. The army said in a statement on Monday that its troops had repelled the attack and "neutralised" 12 assailants, and that it had lost "a few men".

On Tuesday a soldier was killed and two others wounded when their vehicle hit a homemade bomb on the road from Tanguieta to the border town of Porga, a local official said. No group claimed the blast.

In Cotonou, police arrested three aides of an opposition member of parliament at his office on Wednesday, accusing them of sharing a video that "insulted the head of state", the lawmaker's lawyer said.

Jihadist groups from the Sahel have stepped up attacks in northern Benin since 2021. In April 2025, 54 soldiers were killed in an attack on two positions in the W National Park, the deadliest attack the country has suffered.

Photo caption: Soldiers at a checkpoint on the road into Kandi, in Alibori department, on Monday.""", [
  E(cur, "Armed clash", "Fighters believed to belong to the al Qaeda-linked JNIM attacked an army post near Banikoara", P("Banikoara", "BJ", 2), "sunday",
    a1=JNIM, i1=2, a2=BEN, i2=1, fat=17),
  E(cur, "Remote explosive/landmine/IED", "their vehicle hit a homemade bomb on the road from Tanguieta to the border town of Porga", P("Tanguieta", "BJ", 2, lat=10.62, lon=1.27, a1="Atacora"), "tuesday",
    a1="Unidentified Armed Group (Benin)", i1=3, a2=BEN, i2=1, fat=1, inj=2),
  E(cur, "Arrests", "police arrested three aides of an opposition member of parliament at his office", P("Cotonou", "BJ"), "wednesday",
    a1=BEN_POL, i1=1, a2="Civilians (Benin)", i2=7),
  unscored(E(bg, "Armed clash", "54 soldiers were killed in an attack on two positions in the W National Park", P("Karimama", "BJ", 3, lat=11.16, lon=2.89, a1="Alibori"), "2025-04-01", tp=3,
             a1=JNIM, i1=2, a2=BEN, i2=1, fat=54),
           "location", "latitude", "longitude", "geo_precision", "admin2", "event_date", "time_precision"),
]),

S("st-aa-007", "2026-10-20", """Man dies after fans' knife fight before Krakow derby; 17 arrested in dawn raids

KRAKOW - A 24-year-old man died in hospital on Sunday from stab wounds he suffered when dozens of supporters of Wisla Krakow and Cracovia fought with knives, machetes and baseball bats on a path by the Blonia meadow on Saturday afternoon, a few hours before the two clubs met in the city derby, police said. Three other men were treated in hospital for cuts.

Police officers arrested 17 men aged between 19 and 41 in raids on flats in Krakow and Nowa Huta early on Monday. A police spokesman said they were suspected of taking part in the fight and that several belonged to the clubs' hooligan groups, which have fought each other for decades.

On Monday evening several hundred people walked in silence from the Blonia to the dead man's parish church, carrying candles.

The derby, known locally as the "Holy War", has been played without away fans since 2019.""", [
  E(cur, "Mob violence", "dozens of supporters of Wisla Krakow and Cracovia fought with knives, machetes and baseball bats", P("Krakow", "PL"), "saturday",
    a1="Rioters (Poland)", i1=5, a2="Rioters (Poland)", i2=5, fat=1, inj=3),
  E(cur, "Arrests", "Police officers arrested 17 men aged between 19 and 41 in raids on flats in Krakow and Nowa Huta", P("Krakow", "PL"), "monday",
    a1=POL_POL, i1=1, a2="Rioters (Poland)", i2=5),
], register="local"),

S("st-aa-008", "2026-11-16", """EAST ASIA WEEK (9-15 November)

TAIWAN - Police carried away about 80 farmers who had sat down at the gate of a solar-panel construction site on former rice fields in Tainan on Thursday, and detained six who tried to climb the fence. The farmers say the land was rezoned without consulting them.

SOUTH KOREA - Tens of thousands of members of the Korean Confederation of Trade Unions rallied in central Seoul on Saturday against a plan to lengthen the working week. Scuffles broke out when some marchers tried to push through a police line near the presidential office; police said six officers were hurt and 14 union members detained.

MONGOLIA - Several thousand people gathered on Sukhbaatar Square in Ulaanbaatar on Wednesday and Thursday to demand the release of a journalist jailed for reporting on the sale of state land to officials' relatives. The protest was peaceful. Organisers said they would return on Monday if he was not freed.

JAPAN - Police in Fukuoka said on Friday they had arrested a man suspected of mailing letters threatening to set fire to several city halls in Kyushu.""", [
  E(cur, "Protest with intervention", "Police carried away about 80 farmers who had sat down at the gate of a solar-panel construction site", P("Tainan", "TW", 2), "thursday",
    a1="Protesters (Taiwan)", i1=6, a2=TWN_POL, i2=1),
  E(cur, "Violent demonstration", "Scuffles broke out when some marchers tried to push through a police line near the presidential office", P("Seoul", "KR", a1="Seoul-teukbyeolsi"), "saturday",
    a1="Rioters (South Korea)", i1=5, a2=KOR_POL, i2=1, inj=6),
  E(cur, "Peaceful protest", "Several thousand people gathered on Sukhbaatar Square in Ulaanbaatar on Wednesday and Thursday", P("Ulaanbaatar", "MN"), "wednesday", tp=2,
    a1="Protesters (Mongolia)", i1=6),
  unscored(E(hyp, "Peaceful protest", "they would return on Monday if he was not freed", P("Ulaanbaatar", "MN"), None, a1="Protesters (Mongolia)", i1=6),
           "event_date", "time_precision"),
], register="digest"),

S("st-aa-009", "2026-08-25", """Woman hurt as shots fired at Kaiti house; two gang members charged

GISBORNE - A woman was taken to hospital with a gunshot wound to her leg after shots were fired at a house in Kaiti early on Sunday, police said. Three children who were asleep in the house were not hurt. A detective inspector said police believed the shooting was linked to escalating tension between the Mongrel Mob and Black Power on the East Coast.

Members of the Armed Offenders Squad arrested two patched members of the Mongrel Mob at a property in Elgin on Monday afternoon. The men, aged 27 and 33, are due to appear in the Gisborne District Court today charged with discharging a firearm with intent to cause grievous bodily harm.

Police have set up armed checkpoints on the main roads into Kaiti.

Meanwhile in Wellington, about 2,000 people marched from Civic Square to Parliament on Monday against cuts to the funding of Maori-language radio stations. The march passed off peacefully.""", [
  E(cur, "Attack", "shots were fired at a house in Kaiti early on Sunday", P("Kaiti", "NZ", lat=-38.67, lon=178.03, a1="Gisborne"), "sunday",
    a1="Unidentified Armed Group (New Zealand)", i1=3, a2="Civilians (New Zealand)", i2=7, fat=0, inj=1),
  E(cur, "Arrests", "Members of the Armed Offenders Squad arrested two patched members of the Mongrel Mob", P("Gisborne", "NZ", 2), "monday",
    a1=NZL_POL, i1=1, a2="Mongrel Mob", i2=3),
  E(cur, "Peaceful protest", "about 2,000 people marched from Civic Square to Parliament on Monday", P("Wellington", "NZ"), "monday",
    a1="Protesters (New Zealand)", i1=6),
], register="local"),

S("st-aa-010", "2026-06-11", """MAURITANIA/
Youths riot in Nouakchott's El Mina after death in police custody; activist arrested in Rosso

NOUAKCHOTT, June 11 (Wire) - Youths burned tyres, threw stones at police and set fire to a police car in the El Mina district of Nouakchott on Monday night after a 22-year-old man died in a cell at a local police station, witnesses said. Police fired tear gas into side streets until the early hours. The interior ministry said on Wednesday that three officers had been hurt and 37 people arrested.

The man's family said he had been beaten after being detained on Sunday over a quarrel with a shopkeeper. The ministry said he had died of "a sudden illness" and that an inquiry had been opened.

In the southern town of Rosso, gendarmes arrested an anti-slavery activist at his home on Tuesday over videos he had posted calling on people to join the protests, his lawyer said.

Protests after deaths in custody led to several days of unrest in the capital in 2023.""", [
  E(cur, "Violent demonstration", "Youths burned tyres, threw stones at police and set fire to a police car in the El Mina district of Nouakchott", P("Nouakchott", "MR", 2, a1="Nouakchott Sud"), "monday",
    a1="Rioters (Mauritania)", i1=5, a2=MRT_POL, i2=1, inj=3),
  E(cur, "Arrests", "gendarmes arrested an anti-slavery activist at his home on Tuesday", P("Rosso", "MR"), "tuesday",
    a1=MRT_POL, i1=1, a2="Civilians (Mauritania)", i2=7),
]),
]

BWA_POL = "Police Forces of Botswana (2024-)"; PRY_POL = "Police Forces of Paraguay (2023-)"; ZAF_POL = "Police Forces of South Africa (2018-)"
SDN = "Military Forces of Sudan (2019-)"; RSF = "Rapid Support Forces"; ADF = "ADF: Allied Democratic Forces"; CODECO = "CODECO: Cooperative for Development of Congo"
COD = "Military Forces of Democratic Republic of Congo (2019-)"; MMR = "Military Forces of Myanmar (2021-)"; PDF = "PDF: People's Defense Force"
RUS = "Military Forces of Russia (2000-)"; PAK = "Military Forces of Pakistan (2024-)"; TTP = "TTP: Tehreek-i-Taliban Pakistan"
COL_POL = "Police Forces of Colombia (2022-)"; COL = "Military Forces of Colombia (2022-)"; EMC = "FARC-EMC: Central General Staff"; ELN = "ELN: National Liberation Army"
CJNG = "Cartel Jalisco Nueva Generacion"; MEX = "Military Forces of Mexico (2024-)"

STORIES += [
S("st-aa-011", "2026-09-17", """Students torch vehicle at Palapye university over allowance cuts; SRC president arrested

PALAPYE - Students at the Botswana International University of Science and Technology set fire to a university vehicle and threw stones at the administration block late on Tuesday, hours after the government announced a cut in their monthly allowances. Police fired tear gas to disperse them; five students were treated for injuries at Palapye Primary Hospital, police said.

On Wednesday morning officers went to the student residences and arrested the president of the Students' Representative Council, accusing him of inciting the unrest, the council said. He was released on bail in the evening.

In Gaborone, about 1,500 University of Botswana students marched peacefully to the Ministry of Higher Education on Wednesday to hand over a petition against the cuts.

The government says the cuts are needed after a fall in diamond revenues.

Caption: A burned-out university minibus outside the BIUST administration block on Wednesday morning. (Mmegi)""", [
  E(cur, "Violent demonstration", "set fire to a university vehicle and threw stones at the administration block late on Tuesday", P("Palapye", "BW", lat=-22.55, lon=27.13, a1="Central"), "tuesday",
    a1="Rioters (Botswana)", i1=5, a2=BWA_POL, i2=1, inj=5),
  E(cur, "Arrests", "officers went to the student residences and arrested the president of the Students' Representative Council", P("Palapye", "BW", lat=-22.55, lon=27.13, a1="Central"), "wednesday",
    a1=BWA_POL, i1=1, a2="Civilians (Botswana)", i2=7),
  E(cur, "Peaceful protest", "about 1,500 University of Botswana students marched peacefully to the Ministry of Higher Education", P("Gaborone", "BW"), "wednesday",
    a1="Protesters (Botswana)", i1=6),
  unscored(E(cap, "Violent demonstration", "A burned-out university minibus outside the BIUST administration block on Wednesday morning", P("Palapye", "BW", lat=-22.55, lon=27.13, a1="Central"), "tuesday",
             a1="Rioters (Botswana)", i1=5, a2=BWA_POL, i2=1), "fatalities", "injuries"),
], register="local"),

S("st-aa-012", "2026-05-07", """PARAGUAY/
Brazilian rancher and bodyguard shot dead in Pedro Juan Caballero; police clear farmers from San Pedro estate

ASUNCION, May 7 (Wire) - Gunmen in a pickup truck shot dead a Brazilian rancher and his Paraguayan bodyguard outside a car dealership in Pedro Juan Caballero, on the border with Brazil, on Monday afternoon, police said. Investigators said they were looking into whether the killing was linked to the dispute between Brazil's First Capital Command (PCC) and Comando Vermelho over drug routes through the border city.

On Tuesday, several hundred police officers evicted about 200 landless farming families who had occupied part of a cattle estate near Tacuati, in San Pedro department, since March. The farmers threw stones and fought with officers, who fired tear gas and rubber bullets; four officers and seven farmers were hurt and 12 people detained, police and a farmers' organisation said.

"They burned our huts and our crops in front of our children," one farmer said by telephone.

Land ownership in Paraguay is among the most unequal in Latin America. In 2012, 17 people were killed in a clash during an eviction at Curuguaty.""", [
  E(cur, "Attack", "Gunmen in a pickup truck shot dead a Brazilian rancher and his Paraguayan bodyguard", P("Pedro Juan Caballero", "PY"), "monday",
    a1="Unidentified Armed Group (Paraguay)", i1=3, a2="Civilians (Brazil)", i2=7, fat=2),
  E(cur, "Violent demonstration", "The farmers threw stones and fought with officers, who fired tear gas and rubber bullets", P("Tacuati", "PY", 2), "tuesday",
    a1="Rioters (Paraguay)", i1=5, a2=PRY_POL, i2=1, inj=11),
  unscored(E(bg, "Armed clash", "17 people were killed in a clash during an eviction at Curuguaty", P("Curuguaty", "PY", lat=-24.47, lon=-55.69, a1="Canindeyu"), "2012-06-15",
             a2="Police Forces of Paraguay (2008-2012)", i2=1, fat=17), "event_date", "time_precision", "actor1", "inter1", "latitude", "longitude", "geo_precision"),
]),

S("st-aa-013", "2026-07-23", """SOUTH AFRICA/
Four killed in Mthatha taxi rank shooting; residents riot in Gqeberha over power cuts, 14 arrested in house searches

JOHANNESBURG, July 23 (Wire) - Gunmen opened fire on a group of minibus taxi drivers waiting for passengers at a rank in central Mthatha on Monday morning, killing four and wounding two, police said. A police spokeswoman said the shooting was believed to be linked to a long-running dispute between two taxi associations over routes to Port St Johns.

In Gqeberha, residents of Motherwell township barricaded roads with burning tyres and rocks, stoned passing cars and set fire to an electricity substation on Monday night in protest against weeks of power cuts. Police fired rubber bullets to disperse them. On Wednesday, officers arrested 14 people in house-to-house searches in the township over the violence, police said.

Taxi violence has killed more than 100 people in the Eastern Cape since 2023, according to the provincial transport department.""", [
  E(cur, "Attack", "Gunmen opened fire on a group of minibus taxi drivers waiting for passengers at a rank in central Mthatha", P("Mthatha", "ZA"), "monday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
  E(cur, "Violent demonstration", "residents of Motherwell township barricaded roads with burning tyres and rocks", P("Gqeberha", "ZA", 2, lat=-33.96, lon=25.61, a1="Eastern Cape"), "monday",
    a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1),
  E(cur, "Arrests", "officers arrested 14 people in house-to-house searches in the township over the violence", P("Gqeberha", "ZA", 2, lat=-33.96, lon=25.61, a1="Eastern Cape"), "wednesday",
    a1=ZAF_POL, i1=1, a2="Rioters (South Africa)", i2=5),
]),

S("st-aa-014", "2026-03-12", """SUDAN/
RSF drones hit Rabak water station; army air strike kills 14 in market in An Nuhud; villagers killed in raid near Bara

PORT SUDAN, March 12 (Wire) - Drones launched by the paramilitary Rapid Support Forces struck the water pumping station in Rabak, the capital of White Nile state, early on Tuesday, cutting the city's water supply, the state government said. Nobody was killed, it said.

An army air strike hit a crowded livestock market in An Nuhud, a town in West Kordofan held by the RSF, on Monday, killing at least 14 civilians and wounding dozens, a local rights group said. The RSF said 23 people had died. The army said it had struck "enemy gatherings".

RSF fighters on motorbikes raided a village near Bara, in North Kordofan, on Saturday, killing nine villagers and taking away livestock, the Sudan Doctors Network said. It said several young men had been taken by the fighters.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people. The RSF took El Fasher, the army's last stronghold in Darfur, in October 2025, and the fighting has since shifted to Kordofan.""", [
  E(cur, "Air/drone strike", "Drones launched by the paramilitary Rapid Support Forces struck the water pumping station in Rabak", P("Rabak", "SD", lat=13.18, lon=32.74, a1="White Nile"), "tuesday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=0),
  E(cur, "Air/drone strike", "An army air strike hit a crowded livestock market in An Nuhud", P("An Nuhud", "SD", lat=12.7, lon=28.43, a1="West Kordofan"), "monday",
    a1=SDN, i1=1, a2="Civilians (Sudan)", i2=7, fat=14, inj=12),
  E(cur, "Attack", "RSF fighters on motorbikes raided a village near Bara", P("Barah", "SD", 2, lat=13.7, lon=30.37, a1="North Kordofan"), "saturday",
    a1=RSF, i1=2, a2="Civilians (Sudan)", i2=7, fat=9),
  unscored(E(bg, "Non-state actor overtakes territory", "The RSF took El Fasher, the army's last stronghold in Darfur, in October 2025", P("El Fasher", "SD", lat=13.63, lon=25.35, a1="North Darfur"), "2025-10-01", tp=3,
             a1=RSF, i1=2, a2=SDN, i2=1), "event_date", "time_precision", "fatalities", "injuries", "actor2", "inter2"),
]),

S("st-aa-015", "2026-08-07", """FLASH UPDATE No. 3 - Ituri: attacks in Mambasa and Djugu territories (as of 6 August 2026)

KEY POINTS
- At least 21 civilians killed in an attack attributed to the ADF near Mambasa on 3 August
- About 9,000 people displaced towards Mambasa town and Komanda
- Clashes between CODECO and the Zaire militia near Fataki on 4 and 5 August

SITUATION OVERVIEW
On the night of 3 August, armed men attributed by local authorities to the Allied Democratic Forces (ADF) attacked farmers' camps in the forest about 15 km south of Mambasa town, killing at least 21 civilians with machetes and firearms. Local sources put the toll at 27. Several houses and a health post were burned. The Armed Forces of the DRC (FARDC) deployed to the area on 4 August.

On 4 and 5 August, fighting between CODECO and Zaire militia elements was reported around Fataki, in Djugu territory. Humanitarian partners report at least six dead, including two children hit by stray bullets. Movement on the Bunia-Fataki road remains restricted.

A humanitarian convoy was stopped and searched by armed men at an improvised roadblock near Djugu centre on 5 August; no one was hurt and the convoy was allowed to continue.

HUMANITARIAN RESPONSE
Partners have distributed emergency shelter kits to 1,200 households in Mambasa. Needs remain high in health and protection.

This update was produced by the humanitarian coordination office with partners. It covers 1 to 6 August 2026.""", [
  E(cur, "Attack", "attacked farmers' camps in the forest about 15 km south of Mambasa town", P("Mambasa", "CD", 2, lat=1.36, lon=29.05, a1="Ituri"), "2026-08-03",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=21),
  E(cur, "Armed clash", "fighting between CODECO and Zaire militia elements was reported around Fataki", P("Fataki", "CD", 2, lat=1.87, lon=30.71, a1="Ituri"), "2026-08-04", tp=2,
    a1=CODECO, i1=4, a2="Zaire Militia", i2=4, fat=6),
  E(cur, "Headquarters or base established", "A humanitarian convoy was stopped and searched by armed men at an improvised roadblock near Djugu centre", P("Djugu", "CD", 2, lat=1.92, lon=30.5, a1="Ituri"), "2026-08-05",
    a1="Unidentified Armed Group (Democratic Republic of Congo)", i1=3),
], register="ngo"),

S("st-aa-016", "2026-02-19", """MYANMAR/
Junta jet bombs clinic in Sagaing's Ye-U township, eight killed; resistance fighters ambush convoy near Kani

BANGKOK, Feb 19 (Wire) - A Myanmar military jet dropped two bombs on a village clinic run by the resistance administration in Ye-U township, in the Sagaing region, on Tuesday afternoon, killing seven patients and a nurse, a local resistance official and a resident said. More than 20 people were wounded.

A spokesman for the military government did not respond to a request for comment. The junta rarely comments on individual air strikes and says it targets "terrorists".

On Sunday, fighters of the People's Defence Force ambushed a military convoy on the road between Kani and Monywa with remotely detonated mines and rifles, killing at least eight soldiers, the local PDF said. Residents said soldiers later set fire to about 40 houses in a nearby village.

The military seized power in a coup in February 2021, and has relied increasingly on air power as it lost ground to armed resistance groups.""", [
  E(cur, "Air/drone strike", "A Myanmar military jet dropped two bombs on a village clinic run by the resistance administration in Ye-U township", P("Ye-u", "MM", 3, lat=22.77, lon=95.43, a1="Sagaing"), "tuesday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=8, inj=20),
  E(cur, "Armed clash", "fighters of the People's Defence Force ambushed a military convoy on the road between Kani and Monywa", P("Kani", "MM", 2, lat=22.43, lon=94.85, a1="Sagaing"), "sunday",
    a1=PDF, i1=2, a2=MMR, i2=1, fat=8),
  E(cur, "Looting/property destruction", "soldiers later set fire to about 40 houses in a nearby village", P("Kani", "MM", 2, lat=22.43, lon=94.85, a1="Sagaing"), "sunday", tp=2,
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7),
]),

S("st-aa-017", "2026-10-03", """SUMY REGIONAL MILITARY ADMINISTRATION
Situation in the region over the past day (as of 08:00, 3 October)

Over the past day the Russian army carried out 63 attacks on 14 settlements in the region, the regional military administration reports. The following communities came under fire:

Krasnopillia community: at about 14:20 the enemy shelled the village centre with artillery. A 61-year-old man was wounded. Three houses and a shop were damaged.

Bilopillia community: the enemy dropped two guided aerial bombs (KAB) on the town. An administrative building and a school were damaged. No one was hurt.

Shostka community: at about 23:40 an enemy Shahed-type drone hit an industrial enterprise. A fire broke out and was put out by rescuers. Two employees were injured.

Esman, Myropillia and Khotin communities: mortar and FPV drone attacks were recorded; no casualties.

Air defence destroyed 11 of 15 enemy drones over the region.

Stay safe and respond to air raid alerts!""", [
  E(cur, "Shelling/artillery/missile attack", "at about 14:20 the enemy shelled the village centre with artillery", P("Krasnopillya", "UA", lat=50.77, lon=35.26, a1="Sumy"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=1),
  E(cur, "Air/drone strike", "the enemy dropped two guided aerial bombs (KAB) on the town", P("Bilopillia", "UA", lat=51.15, lon=34.31, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Air/drone strike", "at about 23:40 an enemy Shahed-type drone hit an industrial enterprise", P("Shostka", "UA"), -1,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
], register="official"),

S("st-aa-018", "2026-04-22", """INTER SERVICES PUBLIC RELATIONS
No PR-88/2026-ISPR, Rawalpindi - April 22, 2026

On the night of 21/22 April 2026, khwarij attacked a check post in the general area of Mulazai, Tank District, with heavy weapons. The attack was effectively repulsed by own troops. In the ensuing exchange of fire, 6 khwarij were sent to hell, while 3 brave soldiers of Pakistan Army, having fought gallantly, embraced shahadat.

In another engagement, security forces conducted an intelligence based operation in the general area of Paharpur, Dera Ismail Khan District, on 20 April 2026, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location, and after an intense exchange of fire 7 khwarij were killed. Weapons and ammunition were also recovered.

Sanitisation operation is being conducted to eliminate any other khariji found in the area, as Security Forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "khwarij attacked a check post in the general area of Mulazai, Tank District", P("Tank", "PK", 2, lat=32.22, lon=70.38, a1="Khyber Pakhtunkhwa"), "2026-04-22", tp=2,
    a1=TTP, i1=2, a2=PAK, i2=1, fat=9),
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in the general area of Paharpur", P("Paharpur", "PK", 2, lat=32.11, lon=70.97, a1="Khyber Pakhtunkhwa"), "2026-04-20",
    a1=PAK, i1=1, a2=TTP, i2=2, fat=7),
  unscored(E(thr, "Armed clash", "determined to wipe out the menace of Indian sponsored terrorism from the country", C("PK"), None, a1=PAK, i1=1, a2=TTP, i2=2),
           "event_date", "time_precision"),
], register="official"),

S("st-aa-019", "2026-06-18", """Drones hit Caldono police station as dissidents step up attacks in Cauca; two soldiers killed in Tame ambush

POPAYAN - Explosive-laden drones struck the police station in Caldono, in northern Cauca, three times on Sunday night, wounding two police officers and a teenage girl who lived next door, the departmental police said. Police blamed the Jaime Martinez column of the FARC dissidents.

In Arauca, two soldiers were killed and three wounded when members of the ELN ambushed an army patrol on a rural road outside Tame on Monday, the army said.

In Popayan, about 3,000 members of Nasa indigenous communities marched peacefully to the governor's office on Tuesday to demand protection for their guards, three of whom have been killed since April.

"We are between two fires," said an indigenous governor who took part in the march.

The government's talks with the dissident factions have been frozen since early this year.""", [
  E(cur, "Air/drone strike", "Explosive-laden drones struck the police station in Caldono", P("Caldono", "CO", lat=2.8, lon=-76.48, a1="Cauca"), "sunday",
    a1="Jaime Martinez Column", i1=2, a2=COL_POL, i2=1, inj=3),
  E(cur, "Armed clash", "members of the ELN ambushed an army patrol on a rural road outside Tame", P("Tame", "CO", 2), "monday",
    a1=ELN, i1=2, a2=COL, i2=1, fat=2, inj=3),
  E(cur, "Peaceful protest", "about 3,000 members of Nasa indigenous communities marched peacefully to the governor's office", P("Popayan", "CO"), "tuesday",
    a1="Protesters (Colombia)", i1=6),
], register="local"),

S("st-aa-020", "2026-09-09", """MICHOACAN/
Cartel drones drop explosives on Tepalcatepec ranching village; soldiers kill five gunmen near Apatzingan

MORELIA - Gunmen of the Jalisco New Generation Cartel used drones to drop explosives on the ranching village of Los Horcones, outside Tepalcatepec, on Saturday, wounding three residents and setting two houses on fire, the Michoacan state security ministry said. Dozens of families left the village for the municipal seat on Sunday.

On Monday, soldiers came under fire from gunmen in several pickup trucks on a dirt road near Apatzingan. Five gunmen were killed and a soldier was wounded in the exchange, the defence ministry said. Troops seized six rifles and a truck fitted with armour plating.

The Jalisco cartel and local groups grouped in the Carteles Unidos have fought for control of the Tierra Caliente for years.""", [
  E(cur, "Air/drone strike", "used drones to drop explosives on the ranching village of Los Horcones", P("Tepalcatepec", "MX", 2, lat=19.19, lon=-102.85, a1="Michoacan"), "saturday",
    a1=CJNG, i1=3, a2="Civilians (Mexico)", i2=7, inj=3),
  E(cur, "Armed clash", "soldiers came under fire from gunmen in several pickup trucks on a dirt road near Apatzingan", P("Apatzingan", "MX", 2), "monday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=5, inj=1),
], register="local"),
]

"""Multi-event stories written for this project (issue 11), batch aa: unseen by the coders in the session it was written
(2026-11-28, 10:25-13:25), the lead's measure of story generalisation, as batches s to z. Held-out news as it looks —
wire stories with datelines and caps headlines, quotes, background paragraphs, captions and copyright lines, regional
round-ups, a rights monitor's monthly report, an analysis piece, police and army releases, local press, a live blog —
with events of every status (current; background recalled; threats; banned or planned marches; denials; photo
captions), several events per story at different places and days, two or three countries, differing tolls, deaths in
hospital, arrests on a later day after a riot or a fight, commemorations with and without a demand, cross-border
detentions, towns the gazetteer lacks (coded to the town the text places them near, precision 2). Countries batches v-z
had least (first half: Belize, St Kitts, St Lucia, Antigua, Barbados, Nicaragua, Israel, Rwanda, Benin, Poland, Taiwan,
South Korea, Mongolia, New Zealand, Mauritania, Botswana, Paraguay, South Africa; second half: Finland, Lithuania, Norway,
Kuwait, Jordan, Guatemala, Liberia, North Macedonia, Serbia, Croatia, Switzerland, Germany, Portugal, Australia, Angola,
Bolivia, Turkey, Russia's Belgorod; third part: Vietnam, Cambodia, Laos, Bulgaria, the Czech Republic, Romania) and fresh places in the conflict countries (Rabak, An Nuhud and Bara; Mambasa and
Fataki; Ye-U and Kani; the Sumy border communities; Tank and Paharpur; Caldono and Tame; Tepalcatepec; Wanlaweyn and
Dhusamareb; Boundore and Banibangou; Bukkuyum and Mallam Fatori; Hinche and Cite Soleil; Finote Selam, Dangila and Dembi
Dolo; Tebnine, Quneitra and Jableh; Narayanpur; Datu Piang and Tubaran; Kolokani and Nioro du Sahel; Ndop and Bamenda).
Registers: local press, wire, regional round-ups, a rights monitor's monthly report, a UN-style flash update, a regional
military administration's daily report, an ISPR release, an Indian district police press note, an analysis piece and a
live blog.
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
    a1="Unidentified Armed Group (New Zealand)", i1=3, a2="Civilians (New Zealand)", i2=7, inj=1),
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
             a1="Rioters (Botswana)", i1=5, a2=BWA_POL, i2=1), "fatalities", "injuries", "geo_precision"),
], register="local"),

S("st-aa-012", "2026-05-07", """PARAGUAY/
Brazilian rancher and bodyguard shot dead in Pedro Juan Caballero; police clear farmers from San Pedro estate

ASUNCION, May 7 (Wire) - Gunmen in a pickup truck shot dead a Brazilian rancher and his Paraguayan bodyguard outside a car dealership in Pedro Juan Caballero, on the border with Brazil, on Monday afternoon, police said. Investigators said they were looking into whether the killing was linked to the dispute between Brazil's First Capital Command (PCC) and Comando Vermelho over drug routes through the border city.

On Tuesday, several hundred police officers evicted about 200 landless farming families who had occupied part of a cattle estate near Tacuati, in San Pedro department, since March. The farmers threw stones and fought with officers, who fired tear gas and rubber bullets; four officers and seven farmers were hurt and 12 people detained, police and a farmers' organisation said.

"They burned our huts and our crops in front of our children," one farmer said by telephone.

Land ownership in Paraguay is among the most unequal in Latin America. In 2012, 17 people were killed in a clash during an eviction at Curuguaty.""", [
  E(cur, "Attack", "Gunmen in a pickup truck shot dead a Brazilian rancher and his Paraguayan bodyguard", P("Pedro Juan Caballero", "PY"), "monday",
    a1="Unidentified Armed Group (Paraguay)", i1=3, a2="Civilians (Brazil)", i2=7, fat=2),
  E(cur, "Violent demonstration", "The farmers threw stones and fought with officers, who fired tear gas and rubber bullets", P("Tacuati", "PY", 2, lat=-23.46, lon=-56.74, a1="San Pedro"), "tuesday",
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
  # Communities listed together (WRITERS, reviewer 2026-11-28 night): one event per community, the weapon named first
  E(cur, "Shelling/artillery/missile attack", "mortar and FPV drone attacks were recorded", P("Esman", "UA", 3, lat=51.77, lon=34.07, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "mortar and FPV drone attacks were recorded", P("Myropillia", "UA", 3, lat=51.02, lon=35.25, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "mortar and FPV drone attacks were recorded", P("Khotin", "UA", 3, lat=51.08, lon=34.77, a1="Sumy"), -1, tp=2,
    a1=RUS, i1=8, fat=0, inj=0),
], register="official"),

S("st-aa-018", "2026-04-22", """INTER SERVICES PUBLIC RELATIONS
No PR-88/2026-ISPR, Rawalpindi - April 22, 2026

On the night of 21/22 April 2026, khwarij attacked a check post in the general area of Mulazai, Tank District, with heavy weapons. The attack was effectively repulsed by own troops. In the ensuing exchange of fire, 6 khwarij were sent to hell, while 3 brave soldiers of Pakistan Army, having fought gallantly, embraced shahadat.

In another engagement, security forces conducted an intelligence based operation in the general area of Paharpur, Dera Ismail Khan District, on 20 April 2026, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location, and after an intense exchange of fire 7 khwarij were killed. Weapons and ammunition were also recovered.

Sanitisation operation is being conducted to eliminate any other khariji found in the area, as Security Forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.""", [
  E(cur, "Armed clash", "khwarij attacked a check post in the general area of Mulazai, Tank District", P("Tank", "PK", 2, lat=32.22, lon=70.38, a1="Khyber Pakhtunkhwa"), "2026-04-22",
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

FIN_POL = "Police Forces of Finland (2023-)"; KWT_POL = "Police Forces of Kuwait (2023-)"; JOR = "Military Forces of Jordan (1999-)"; JOR_POL = "Police Forces of Jordan (1999-)"
GTM_POL = "Police Forces of Guatemala (2024-)"; LBR_POL = "Police Forces of Liberia (2024-)"; MKD_POL = "Police Forces of North Macedonia (2024-)"
SRB_POL = "Police Forces of Serbia (2012-)"; CHE_POL = "Police Forces of Switzerland (1848-)"; PRT_POL = "Police Forces of Portugal (2024-)"
AUS_POL = "Police Forces of Australia (2022-)"; AGO = "Military Forces of Angola (2017-)"; AGO_POL = "Police Forces of Angola (2017-)"
FLEC = "FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of Cabinda"; BOL_POL = "Police Forces of Bolivia (2025-)"
TUR_POL = "Police Forces of Turkey (2002-)"; DEM = "DEM: Peoples' Equality and Democracy Party"

STORIES += [
S("st-aa-021", "2026-05-25", """NORDIC AND BALTIC WEEK (18-24 May)

FINLAND - Oulu police detained 46 climate activists who had sat down on the road to the city's peat-fired power station on Wednesday and refused to move, police said. The activists were demanding an end to peat subsidies. All were released the same evening.

LITHUANIA - A fire that destroyed a warehouse of a logistics company supplying the Lithuanian army in Siauliai early on Monday was started deliberately, prosecutors said on Thursday. Nobody was hurt. Prosecutors said they were investigating whether the arson had been ordered by Russian military intelligence, as in a case in Vilnius in 2024.

NORWAY - About 5,000 people marched peacefully through Oslo on Saturday to call on the government to cut remaining investments in companies operating in Israeli settlements.

ICELAND - Fishermen's unions and the government agreed on Friday to extend talks over catch quotas for another month.""", [
  E(cur, "Protest with intervention", "Oulu police detained 46 climate activists who had sat down on the road to the city's peat-fired power station", P("Oulu", "FI", 2, lat=65.01, lon=25.47, a1="North Ostrobothnia"), "wednesday",
    a1="Protesters (Finland)", i1=6, a2=FIN_POL, i2=1),
  E(cur, "Looting/property destruction", "A fire that destroyed a warehouse of a logistics company supplying the Lithuanian army in Siauliai", P("Siauliai", "LT", lat=55.93, lon=23.32, a1="Siauliu miestas"), "2026-05-18",
    a1="Unidentified Armed Group (Lithuania)", i1=3, a2="Civilians (Lithuania)", i2=7, fat=0, inj=0),
  E(cur, "Peaceful protest", "About 5,000 people marched peacefully through Oslo on Saturday", P("Oslo", "NO"), "saturday",
    a1="Protesters (Norway)", i1=6),
], register="digest"),

S("st-aa-022", "2026-02-26", """KUWAIT/JORDAN/
Kuwait police detain Egyptian workers in Mahboula wage protest; Jordanian troops kill two smugglers near Umm al-Jimal; Islamist activist arrested in Zarqa

AMMAN, Feb 26 (Wire) - Kuwaiti police detained about 40 Egyptian construction workers on Tuesday after several hundred gathered outside their company's labour camp in Mahboula, south of Kuwait City, to demand four months of unpaid wages, two workers said. Public gatherings by foreigners are banned in Kuwait, and several of those held were told they would be deported. The interior ministry did not comment.

In Jordan, the army said its troops had shot dead two armed smugglers and arrested three others who tried to cross from Syria with a load of amphetamine pills near Umm al-Jimal, east of Mafraq, before dawn on Wednesday. The army said the smugglers opened fire on a border patrol. No soldiers were hurt.

Jordan has fought a years-long battle with drug traffickers on its northern and eastern borders and says the flow has continued despite the change of government in Damascus.

Also on Wednesday, security services arrested a prominent Islamist activist at his home in Zarqa over posts criticising the government's dealings with Israel, his family said.""", [
  E(cur, "Protest with intervention", "Kuwaiti police detained about 40 Egyptian construction workers on Tuesday", P("Al Mahbulah", "KW", lat=29.14, lon=48.13, a1="Al Ahmadi"), "tuesday",
    a1="Protesters (Egypt)", i1=6, a2=KWT_POL, i2=1),
  E(cur, "Armed clash", "its troops had shot dead two armed smugglers and arrested three others who tried to cross from Syria", P("Umm al Jimal", "JO", 2, lat=32.33, lon=36.37, a1="Mafraq"), "wednesday",
    a1=JOR, i1=1, a2="Unidentified Armed Group (Jordan)", i2=3, fat=2),
  E(cur, "Arrests", "security services arrested a prominent Islamist activist at his home in Zarqa", P("Zarqa", "JO", lat=32.07, lon=36.09, a1="Zarqa"), "wednesday",
    a1=JOR_POL, i1=1, a2="Civilians (Jordan)", i2=7),
]),

S("st-aa-023", "2026-10-15", """Bus driver killed in Villa Nueva extortion attack; Q'eqchi' residents clash with police in El Estor

GUATEMALA CITY, Oct 15 (Wire) - Gunmen shot dead a bus driver and wounded two passengers on a route between Villa Nueva and the capital on Tuesday morning, police said, blaming members of the Barrio 18 gang, who they said had demanded a weekly payment from the bus company. Drivers on three routes stopped work in protest on Wednesday.

In El Estor, in the eastern department of Izabal, Q'eqchi' Maya residents threw stones at riot police who tried to clear a blockade of the road to a nickel mine on Monday. Police fired tear gas; nine officers and an unknown number of residents were hurt, police said. The residents say the mine is polluting Lake Izabal.

"We have been here for 40 days and nobody from the government has come to talk to us," a community leader said.

Guatemala declared a state of emergency in El Estor in 2021 after similar protests against the mine.""", [
  E(cur, "Attack", "Gunmen shot dead a bus driver and wounded two passengers on a route between Villa Nueva and the capital", P("Villa Nueva", "GT", 2), "tuesday",
    a1="Barrio 18", i1=3, a2="Civilians (Guatemala)", i2=7, fat=1, inj=2),
  E(cur, "Violent demonstration", "Q'eqchi' Maya residents threw stones at riot police who tried to clear a blockade", P("El Estor", "GT", 2), "monday",
    a1="Rioters (Guatemala)", i1=5, a2=GTM_POL, i2=1, inj=9),
  unscored(E(bg, "Other", "Guatemala declared a state of emergency in El Estor in 2021", P("El Estor", "GT"), "2021-10-24", tp=3, a1="Government of Guatemala (2020-2024)", i1=1),
           "event_date", "time_precision", "actor1", "inter1"),
]),

S("st-aa-024", "2026-04-30", """LIBERIA: Youths stone police in Kakata after suspect in boy's killing is freed; 22 picked up in overnight sweep

By our Margibi correspondent

KAKATA - Hundreds of angry youths blocked the highway through Kakata with burning tyres and stoned the police station on Monday afternoon after officers released a man arrested over the death of a nine-year-old boy whose body was found in a rubber plantation last week, residents said. Officers fired tear gas and warning shots to disperse the crowd. Police said four officers were injured and two police motorbikes burned.

In the early hours of Tuesday, officers of the Liberia National Police and the Emergency Response Unit went from house to house in the Division 1 and Civil Compound communities of Kakata and arrested 22 young men over the violence. Relatives said some of those held had not taken part.

The Margibi County superintendent has banned gatherings in the city for two weeks.

In Monrovia, about 300 women from Kakata's market associations marched peacefully to the Ministry of Justice on Wednesday to demand that the case be reopened.""", [
  E(cur, "Violent demonstration", "Hundreds of angry youths blocked the highway through Kakata with burning tyres and stoned the police station", P("Kakata", "LR", lat=6.53, lon=-10.35, a1="Margibi"), "monday",
    a1="Rioters (Liberia)", i1=5, a2=LBR_POL, i2=1, inj=4),
  E(cur, "Arrests", "went from house to house in the Division 1 and Civil Compound communities of Kakata and arrested 22 young men over the violence", P("Kakata", "LR", 2, lat=6.53, lon=-10.35, a1="Margibi"), "tuesday",
    a1=LBR_POL, i1=1, a2="Rioters (Liberia)", i2=5),
  E(cur, "Peaceful protest", "about 300 women from Kakata's market associations marched peacefully to the Ministry of Justice on Wednesday", P("Monrovia", "LR"), "wednesday",
    a1="Protesters (Liberia)", i1=6),
], register="local"),

S("st-aa-025", "2026-11-09", """WESTERN BALKANS: THE WEEK IN BRIEF (2-8 November)

NORTH MACEDONIA - Groups of ethnic Albanian and ethnic Macedonian youths fought with sticks and stones near a secondary school in Tetovo on Tuesday after a quarrel on social media. Three teenagers were treated in hospital and police detained 11. The education minister called for calm.

SERBIA - Police detained 19 students who blocked the Zezelj Bridge in Novi Sad on Friday evening, a week after the second anniversary of the collapse of the railway station canopy, to demand the prosecution of those responsible. Those detained were released on Saturday.

CROATIA - Unknown people set fire to the door of a Serbian Orthodox church in Benkovac, near Zadar, overnight into Thursday and sprayed nationalist slogans on its walls, the Serb National Council said. Police said they were looking for the perpetrators.

BOSNIA AND HERZEGOVINA - The Constitutional Court on Thursday struck down a Republika Srpska law on foreign-funded groups.""", [
  E(cur, "Mob violence", "Groups of ethnic Albanian and ethnic Macedonian youths fought with sticks and stones near a secondary school in Tetovo", P("Tetovo", "MK"), "tuesday",
    a1="Rioters (North Macedonia)", i1=5, a2="Rioters (North Macedonia)", i2=5, inj=3),
  E(cur, "Protest with intervention", "Police detained 19 students who blocked the Zezelj Bridge in Novi Sad", P("Novi Sad", "RS"), "friday",
    a1="Protesters (Serbia)", i1=6, a2=SRB_POL, i2=1),
  E(cur, "Looting/property destruction", "Unknown people set fire to the door of a Serbian Orthodox church in Benkovac", P("Benkovac", "HR", lat=44.03, lon=15.61, a1="Zadar"), "thursday",
    a1="Unidentified Armed Group (Croatia)", i1=3, a2="Civilians (Croatia)", i2=7),
], register="digest"),

S("st-aa-026", "2026-06-22", """Police kettle hundreds at unauthorised Bern march; refugee beaten in Bautzen; Lisbon eviction protest ends in arrests

BERN/BERLIN/LISBON, June 22 (Wire) - Swiss police encircled several hundred people on Saturday who had marched through the centre of Bern in support of the Palestinians without a permit, holding them for more than three hours and checking their identities. Police said the march had not been authorised; 250 people were reported to prosecutors.

In the eastern German town of Bautzen, four men shouting anti-foreigner slogans beat a 19-year-old Syrian refugee with a baseball bat at a bus stop late on Friday, police said. The young man was treated in hospital for head injuries. Police said on Saturday they had identified two suspects, at least one of whom belonged to a local neo-Nazi group.

In Lisbon, police removed about 60 residents and activists who had barricaded themselves in a building in the Mouraria district on Thursday to stop the eviction of 12 families, and arrested five.""", [
  E(cur, "Protest with intervention", "Swiss police encircled several hundred people on Saturday who had marched through the centre of Bern", P("Bern", "CH"), "saturday",
    a1="Protesters (Switzerland)", i1=6, a2=CHE_POL, i2=1),
  E(cur, "Attack", "four men shouting anti-foreigner slogans beat a 19-year-old Syrian refugee with a baseball bat", P("Bautzen", "DE"), "friday",
    a1="Unidentified Armed Group (Germany)", i1=3, a2="Civilians (Syria)", i2=7, inj=1),
  E(cur, "Protest with intervention", "police removed about 60 residents and activists who had barricaded themselves in a building in the Mouraria district", P("Lisbon", "PT", 2), "thursday",
    a1="Protesters (Portugal)", i1=6, a2=PRT_POL, i2=1),
]),

S("st-aa-027", "2026-03-19", """Two more tobacco shops torched in Melbourne's north as illicit trade war rages

MELBOURNE - Two tobacco shops in Melbourne's northern suburbs were set alight within an hour of each other early on Tuesday, the latest in a string of more than 120 arson attacks that police link to a war between crime groups for control of the illicit tobacco trade.

Police said a man was seen pouring fuel through the front door of a shop in Preston at about 2.30 a.m. before fleeing in a stolen car. About 50 minutes later, a second shop in Coburg was set on fire. Both shops were badly damaged; nobody was hurt.

Detectives from the Lunar taskforce arrested three men in raids in Craigieburn on Wednesday over a separate firebombing in Fawkner last month. Police said the men were associates of one of the crime networks.

On Sunday, several thousand people rallied peacefully outside the State Library in the city centre in support of the Palestinians.""", [
  E(cur, "Looting/property destruction", "a man was seen pouring fuel through the front door of a shop in Preston", P("Melbourne", "AU", 2), "tuesday",
    a1="Unidentified Armed Group (Australia)", i1=3, a2="Civilians (Australia)", i2=7, fat=0, inj=0),
  E(cur, "Looting/property destruction", "a second shop in Coburg was set on fire", P("Melbourne", "AU", 2), "tuesday",
    a1="Unidentified Armed Group (Australia)", i1=3, a2="Civilians (Australia)", i2=7, fat=0, inj=0),
  E(cur, "Arrests", "Detectives from the Lunar taskforce arrested three men in raids in Craigieburn", P("Melbourne", "AU", 2), "wednesday",
    a1=AUS_POL, i1=1, a2="Unidentified Armed Group (Australia)", i2=3),
  E(cur, "Peaceful protest", "several thousand people rallied peacefully outside the State Library in the city centre", P("Melbourne", "AU"), "sunday",
    a1="Protesters (Australia)", i1=6),
], register="local"),

S("st-aa-028", "2026-08-13", """ANGOLA/
Cabinda separatists say they killed six soldiers near Dinge; army says it lost no men. Police break up taxi drivers' protest in Luanda

LUANDA, Aug 13 (Wire) - Separatist rebels of FLEC-FAC said on Tuesday that their fighters had attacked an Angolan army patrol on the road near Dinge, in the oil-producing enclave of Cabinda, on Sunday, killing six soldiers. An army spokesman said two rebels had been killed when the patrol was ambushed and that no soldiers had died.

FLEC-FAC has fought a low-level insurgency for independence for Cabinda, which is separated from the rest of Angola by a strip of Congolese territory, since the 1970s. Its claims are rarely verifiable.

In Luanda, police fired tear gas and detained 17 people on Monday to break up a protest by minibus taxi drivers against a rise in fuel prices outside the provincial government building, the drivers' association said.""", [
  E(cur, "Armed clash", "their fighters had attacked an Angolan army patrol on the road near Dinge", P("Dinge", "AO", 2, lat=-5.0, lon=12.33, a1="Cabinda"), "sunday",
    a1=FLEC, i1=2, a2=AGO, i2=1, fat=8),
  E(cur, "Protest with intervention", "police fired tear gas and detained 17 people on Monday to break up a protest by minibus taxi drivers", P("Luanda", "AO"), "monday",
    a1="Protesters (Angola)", i1=6, a2=AGO_POL, i2=1),
]),

S("st-aa-029", "2026-07-09", """BOLIVIA/
Miner killed as rival cooperatives fight with dynamite over gold site near Guanay; police clear Cochabamba road block

LA PAZ, July 9 (Wire) - A miner was killed and seven were injured on Saturday when members of two gold mining cooperatives fought with dynamite, stones and sticks over a stretch of river near Guanay, in the north of La Paz department, police said. The two cooperatives both claim the concession.

Police on Tuesday cleared a blockade set up by transport unions on the highway between Cochabamba and the Chapare, detaining 23 people, the interior ministry said. The unions are demanding a steady supply of diesel.

Teachers held a peaceful march through the centre of La Paz on Wednesday, their third this month, to demand a pay rise.""", [
  E(cur, "Mob violence", "members of two gold mining cooperatives fought with dynamite, stones and sticks over a stretch of river near Guanay", P("Guanay", "BO", 2, lat=-15.5, lon=-67.88, a1="La Paz"), "saturday",
    a1="Rioters (Bolivia)", i1=5, a2="Rioters (Bolivia)", i2=5, fat=1, inj=7),
  E(cur, "Protest with intervention", "Police on Tuesday cleared a blockade set up by transport unions on the highway between Cochabamba and the Chapare", P("Cochabamba", "BO", 2), "tuesday",
    a1="Protesters (Bolivia)", i1=6, a2=BOL_POL, i2=1),
  E(cur, "Peaceful protest", "Teachers held a peaceful march through the centre of La Paz on Wednesday", P("La Paz", "BO"), "wednesday",
    a1="Protesters (Bolivia)", i1=6),
]),

S("st-aa-030", "2026-11-05", """TURKEY/
Police detain DEM party officials in Diyarbakir raids; protesters tear-gassed in Siirt after mayor replaced

ISTANBUL, Nov 5 (Wire) - Turkish police detained 14 people, including two provincial officials of the pro-Kurdish DEM Party, in dawn raids on homes in Diyarbakir on Tuesday, the party said. State media said they were accused of links to a youth organisation the authorities consider part of the PKK.

In Siirt, police fired tear gas and water cannon on Monday at several hundred people who gathered outside the town hall after the interior ministry removed the elected DEM Party mayor and appointed the provincial governor in his place. Police detained 31 people, the governor's office said.

The raids came despite the PKK's decision last year to disband and lay down its arms, which many Kurds had hoped would end the removal of elected mayors.""", [
  E(cur, "Arrests", "Turkish police detained 14 people, including two provincial officials of the pro-Kurdish DEM Party", P("Diyarbakir", "TR"), "tuesday",
    a1=TUR_POL, i1=1, a2=DEM, i2=7),
  E(cur, "Protest with intervention", "police fired tear gas and water cannon on Monday at several hundred people who gathered outside the town hall", P("Siirt", "TR", lat=37.93, lon=41.94, a1="Siirt"), "monday",
    a1="Protesters (Turkey)", i1=6, a2=TUR_POL, i2=1),
]),
]

SOM = "Military Forces of Somalia (2022-)"; USA = "Military Forces of the United States (2025-)"; BFA = "Military Forces of Burkina Faso (2022-)"
NGA = "Military Forces of Nigeria (2023-)"; NGA_POL = "Police Forces of Nigeria (2023-)"; ISWAP = "Islamic State West Africa Province"
HTI_POL = "Police Forces of Haiti (2024-)"; ETH = "Military Forces of Ethiopia (2018-)"; OLA = "OLA: Oromo Liberation Army"
ISR = "Military Forces of Israel (2022-)"; SYR_POL = "Police Forces of Syria (2024-)"; IND_POL = "Police Forces of India (2014-)"; CPIM = "CPI (Maoist): Communist Party of India (Maoist)"
PHL = "Military Forces of the Philippines (2022-)"; BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"; MLI = "Military Forces of Mali (2021-)"
KEN_POL = "Police Forces of Kenya (2022-)"

STORIES += [
S("st-aa-031", "2026-01-29", """SOMALIA/
Al Shabaab storms army base in Wanlaweyn; U.S. strikes Islamic State in Puntland mountains; sub-clans clash near Dhusamareb

MOGADISHU, Jan 29 (Wire) - Al Shabaab fighters attacked a Somali army base in Wanlaweyn, about 90 km north-west of Mogadishu, with mortars and machine guns before dawn on Tuesday, killing nine soldiers, a military officer at the base said. Al Shabaab said in a statement that it had killed 30 soldiers. The army said its troops had repulsed the attack and killed 17 militants.

The U.S. Africa Command said it had carried out an air strike against Islamic State fighters in the Cal Miskaad mountains, south-east of Bosaso, on Monday. It said it was still assessing the results and that no civilians were believed to have been hurt.

In central Somalia, gunmen from two sub-clans fought at a village west of Dhusamareb on Sunday, a month after a camel herder from one of them was killed in a quarrel over a well, killing five people and wounding eight, elders said. Elders from both sides were meeting on Wednesday to try to agree a truce.

Al Shabaab, which is linked to al Qaeda, has regained ground in Middle and Lower Shabelle since early 2025.""", [
  E(cur, "Armed clash", "Al Shabaab fighters attacked a Somali army base in Wanlaweyn", P("Wanlaweyn", "SO", lat=2.62, lon=44.89, a1="Lower Shabelle"), "tuesday",
    a1="Al Shabaab", i1=2, a2=SOM, i2=1, fat=26),
  E(cur, "Air/drone strike", "it had carried out an air strike against Islamic State fighters in the Cal Miskaad mountains", P("Bosaso", "SO", 2, lat=11.28, lon=49.18, a1="Bari"), "monday",
    a1=USA, i1=8, a2="Islamic State (Somalia)", i2=2),
  E(cur, "Armed clash", "gunmen from two sub-clans fought at a village west of Dhusamareb", P("Dhuusamarreeb", "SO", 2, lat=5.54, lon=46.39, a1="Galgaduud"), "sunday",
    a1="Unidentified Clan Militia (Somalia)", i1=4, a2="Unidentified Clan Militia (Somalia)", i2=4, fat=5, inj=8),
  unscored(E(hyp, "Agreement", "Elders from both sides were meeting on Wednesday to try to agree a truce", P("Dhuusamarreeb", "SO", 2, lat=5.54, lon=46.39, a1="Galgaduud"), None,
             a1="Unidentified Clan Militia (Somalia)", i1=4, a2="Unidentified Clan Militia (Somalia)", i2=4), "event_date", "time_precision"),
]),

S("st-aa-032", "2026-09-24", """SAHEL/
JNIM says it killed 25 soldiers and volunteers in Boundore attack; 12 villagers killed near Banibangou in Niger

DAKAR, Sept 24 (Wire) - Fighters of the al Qaeda-affiliated JNIM attacked an army detachment and a post of the Volunteers for the Defence of the Homeland (VDP) in Boundore, in north-eastern Burkina Faso's Yagha province, on Sunday, killing 11 soldiers and 14 volunteers, two security sources said. JNIM claimed the attack on Monday and posted photographs of seized weapons. Burkina Faso's military government did not comment.

The group has warned transport companies that any lorry bringing goods into Boundore or the provincial capital Sebba will be burned.

In neighbouring Niger, suspected fighters of the Islamic State Sahel Province on motorbikes killed 12 villagers near Banibangou, in the Tillaberi region, on Friday, a local official said. He said the gunmen accused the villagers of passing information to the army.

Attacks by the two rival jihadist groups have killed thousands of people in the central Sahel since 2015.""", [
  E(cur, "Armed clash", "Fighters of the al Qaeda-affiliated JNIM attacked an army detachment and a post of the Volunteers for the Defence of the Homeland (VDP) in Boundore", P("Boundore", "BF", lat=13.44, lon=0.91, a1="Sahel"), "sunday",
    a1=JNIM, i1=2, a2=BFA, i2=1, fat=25),
  E(cur, "Attack", "suspected fighters of the Islamic State Sahel Province on motorbikes killed 12 villagers near Banibangou", P("Banibangou", "NE", 2, lat=15.04, lon=2.7, a1="Tillaberi"), "friday",
    a1="Islamic State Sahel Province", i1=2, a2="Civilians (Niger)", i2=7, fat=12),
  unscored(E(thr, "Looting/property destruction", "any lorry bringing goods into Boundore or the provincial capital Sebba will be burned", P("Sebba", "BF", lat=13.44, lon=0.53, a1="Sahel"), None,
             a1=JNIM, i1=2, a2="Civilians (Burkina Faso)", i2=7), "event_date", "time_precision"),
]),

S("st-aa-033", "2026-05-18", """Bandits abduct 26 worshippers from Zamfara mosque, kill two; troops fight off ISWAP drone and mortar attack on Mallam Fatori

By our correspondents

GUSAU/MAIDUGURI - Armed bandits on Sunday abducted at least 26 worshippers from a mosque in Gidan Dan-Tsoho village, Bukkuyum Local Government Area of Zamfara State, during the dawn prayer, residents told our correspondent. Two men who tried to run were shot dead.

The Zamfara State Police Command said on Monday that it had arrested three suspected informants of the bandits in Bukkuyum town and that a rescue operation was under way.

In Borno State, ISWAP fighters attacked the military base in Mallam Fatori, on the shore of Lake Chad, with armed drones and mortars on Saturday night before trying to breach its trench, the army said. It said troops fought them off and killed 15; three soldiers died, a military source said.

In Kano, police fired tear gas on Monday to disperse traders who had shut the Kantin Kwari textile market and gathered at its gate to protest against a new levy by the state revenue agency.""", [
  E(cur, "Abduction/forced disappearance", "Armed bandits on Sunday abducted at least 26 worshippers from a mosque in Gidan Dan-Tsoho village", P("Bukkuyum", "NG", 2, lat=12.14, lon=5.47, a1="Zamfara"), "sunday",
    a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7, fat=2),
  E(cur, "Arrests", "it had arrested three suspected informants of the bandits in Bukkuyum town", P("Bukkuyum", "NG", lat=12.14, lon=5.47, a1="Zamfara"), "monday", tp=2,
    a1=NGA_POL, i1=1, a2="Civilians (Nigeria)", i2=7),
  E(cur, "Armed clash", "ISWAP fighters attacked the military base in Mallam Fatori", P("Mallam Fatori", "NG", lat=13.67, lon=13.34, a1="Borno"), "saturday",
    a1=ISWAP, i1=2, a2=NGA, i2=1, fat=18),
  E(cur, "Protest with intervention", "police fired tear gas on Monday to disperse traders who had shut the Kantin Kwari textile market", P("Kano", "NG"), "monday",
    a1="Protesters (Nigeria)", i1=6, a2=NGA_POL, i2=1),
], register="local"),

S("st-aa-034", "2026-07-16", """HAITI/
Gangs attack police station in Hinche, three officers killed; drone strike kills six gang members and a boy in Cite Soleil

PORT-AU-PRINCE, July 16 (Wire) - Gunmen of the Viv Ansanm gang coalition attacked the police station in Hinche, the main town of the Centre department, overnight into Tuesday, killing three police officers in a gunfight that lasted until dawn, police said. Five attackers were also killed, the police spokesman said. Hundreds of residents fled towards Thomonde.

In the capital, an explosive drone flown by the government's task force hit a crowd of gang members watching a cockfight in Cite Soleil on Wednesday, killing six of them and a 12-year-old boy, residents and a rights group said.

In Les Cayes, several hundred people marched on Tuesday to demand that the government send police reinforcements to the southern peninsula, which has so far been spared by the gangs. The march was peaceful.

Viv Ansanm has pushed north into the Centre department since it took Mirebalais in March 2025.""", [
  E(cur, "Armed clash", "Gunmen of the Viv Ansanm gang coalition attacked the police station in Hinche", P("Hinche", "HT", lat=19.14, lon=-72.01, a1="Centre"), "tuesday",
    a1="Viv Ansanm", i1=3, a2=HTI_POL, i2=1, fat=8),
  E(cur, "Air/drone strike", "an explosive drone flown by the government's task force hit a crowd of gang members watching a cockfight in Cite Soleil", P("Cite Soleil", "HT", lat=18.58, lon=-72.34, a1="Ouest"), "wednesday",
    a1=HTI_POL, i1=1, a2="Unidentified Armed Group (Haiti)", i2=3, fat=7),
  E(cur, "Peaceful protest", "several hundred people marched on Tuesday to demand that the government send police reinforcements", P("Les Cayes", "HT", lat=18.19, lon=-73.75, a1="Sud"), "tuesday",
    a1="Protesters (Haiti)", i1=6),
  unscored(E(bg, "Non-state actor overtakes territory", "it took Mirebalais in March 2025", P("Mirebalais", "HT", lat=18.83, lon=-72.1, a1="Centre"), "2025-03-01", tp=3, a1="Viv Ansanm", i1=3),
           "event_date", "time_precision", "fatalities", "injuries"),
]),

S("st-aa-035", "2026-02-05", """ETHIOPIA/
Civilians killed in crossfire as Fano and army fight in Finote Selam; drone strike hits minibus near Dangila; nurses abducted near Dembi Dolo

ADDIS ABABA, Feb 5 (Wire) - Fano militiamen and federal soldiers fought for several hours in the town of Finote Selam, in Amhara's West Gojjam zone, on Sunday, residents said. Seven civilians, including a child, were killed in the crossfire, a health worker said. There was no word on losses among the fighters.

A drone strike hit a minibus on the road outside Dangila on Monday, killing nine passengers, two residents said. The government has used drones extensively against Fano since the insurgency began in 2023; it did not comment on the strike.

In the Oromia region, gunmen raided a health centre outside Dembi Dolo on Tuesday night and took away two nurses and a laboratory technician, a colleague said. Regional police blamed the Oromo Liberation Army, which denied involvement.""", [
  E(cur, "Armed clash", "Fano militiamen and federal soldiers fought for several hours in the town of Finote Selam", P("Finote Selam", "ET", lat=10.7, lon=37.27, a1="Amhara"), "sunday",
    a1="Fano", i1=3, a2=ETH, i2=1, fat=7),
  E(cur, "Air/drone strike", "A drone strike hit a minibus on the road outside Dangila", P("Dangila", "ET", 2, lat=11.27, lon=36.83, a1="Amhara"), "monday",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=9),
  E(cur, "Abduction/forced disappearance", "gunmen raided a health centre outside Dembi Dolo on Tuesday night and took away two nurses and a laboratory technician", P("Dembi Dolo", "ET", 2, lat=8.53, lon=34.8, a1="Oromia"), "tuesday",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-aa-036", "2026-05-28", """LEVANT/
Israeli drone kills Hezbollah commander near Tebnine; Israeli troops detain farmer and sons near Quneitra; Syrian security forces clash with Assad loyalists near Jableh

BEIRUT, May 28 (Wire) - An Israeli drone struck a motorcycle on the road outside Tebnine in southern Lebanon on Tuesday, killing its rider, whom the Israeli army described as a Hezbollah commander responsible for rebuilding the group's rocket units in the area. Hezbollah did not comment.

"We will keep striking Hezbollah wherever it tries to rearm," Israel's defence minister said in a statement.

In southern Syria, Israeli troops who crossed into Quneitra province on Wednesday detained a farmer and his two sons in their orchard outside the town of Quneitra and took them across the ceasefire line, the Syrian state news agency said. The Israeli military said the three were being questioned.

In the coastal province of Latakia, two members of the security forces and four gunmen loyal to the former government were killed in a clash near Jableh on Monday, the interior ministry said. It said the gunmen had fired on a checkpoint.""", [
  E(cur, "Air/drone strike", "An Israeli drone struck a motorcycle on the road outside Tebnine", P("Tebnine", "LB", 2, lat=33.19, lon=35.41, a1="Nabatieh"), "tuesday",
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=1),
  unscored(E(thr, "Air/drone strike", "We will keep striking Hezbollah wherever it tries to rearm", C("LB"), None, a1=ISR, i1=8, a2="Hezbollah", i2=2),
           "event_date", "time_precision"),
  E(cur, "Arrests", "Israeli troops who crossed into Quneitra province on Wednesday detained a farmer and his two sons", P("Al Qunaytirah", "SY", 2, lat=33.13, lon=35.82, a1="Quneitra"), "wednesday",
    a1=ISR, i1=8, a2="Civilians (Syria)", i2=7),
  E(cur, "Armed clash", "two members of the security forces and four gunmen loyal to the former government were killed in a clash near Jableh", P("Jablah", "SY", 2, lat=35.36, lon=35.93, a1="Latakia"), "monday",
    a1="Alawite Militia (Syria)", i1=4, a2=SYR_POL, i2=1, fat=6),
]),

S("st-aa-037", "2026-03-05", """OFFICE OF THE SUPERINTENDENT OF POLICE, NARAYANPUR (C.G.)
PRESS NOTE - 05.03.2026

1. On 04.03.2026, on specific input about the presence of armed cadres of the banned CPI (Maoist), a joint team of District Reserve Guard (DRG) and Special Task Force (STF) was sent for a search operation in the forest of the Orchha area. At about 0730 hrs the Maoists opened fire on the police party. The police party retaliated in self-defence. After the exchange of fire, the bodies of three uniformed male Maoists were recovered from the spot along with an INSAS rifle, two 12 bore guns and Maoist literature.

2. On 03.03.2026, during an area domination exercise near Kutul, one DRG jawan was injured in a pressure IED blast. The IED had been planted by the Maoists on a forest track. The injured jawan was airlifted to Raipur and is out of danger.

3. Search operations in the area are continuing.""", [
  E(cur, "Armed clash", "At about 0730 hrs the Maoists opened fire on the police party", P("Narainpur", "IN", 2, lat=19.72, lon=81.24, a1="Chhattisgarh"), "2026-03-04",
    a1=CPIM, i1=2, a2=IND_POL, i2=1, fat=3),
  E(cur, "Remote explosive/landmine/IED", "one DRG jawan was injured in a pressure IED blast", P("Narainpur", "IN", 2, lat=19.72, lon=81.24, a1="Chhattisgarh"), "2026-03-03",
    a1=CPIM, i1=2, a2=IND_POL, i2=1, inj=1),
], register="official"),

S("st-aa-038", "2026-10-08", """Troops, BIFF clash in Datu Piang; feuding clans agree truce after deadly Tubaran gunfight

COTABATO CITY - Soldiers of the Army's 6th Infantry Division on patrol in Datu Piang, Maguindanao del Sur, came under fire from about 20 members of the Bangsamoro Islamic Freedom Fighters (BIFF) on Monday morning, the division said. Three BIFF members were killed and two soldiers wounded in a firefight that lasted more than an hour.

In Lanao del Sur, gunmen from two feuding clans exchanged fire in a village in Tubaran town on Saturday, leaving four people dead, the provincial police said. The clash was the latest in a "rido" over a land boundary and a local election in 2025.

On Sunday, leaders of the two clans signed a ceasefire at the municipal hall in Tubaran in a meeting brokered by the mayor and local MILF commanders, and agreed to hand over their firearms to the army.

(c) 2026 Mindanao Cross""", [
  E(cur, "Armed clash", "came under fire from about 20 members of the Bangsamoro Islamic Freedom Fighters (BIFF)", P("Datu Piang", "PH", lat=7.03, lon=124.5, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "monday",
    a1=BIFF, i1=2, a2=PHL, i2=1, fat=3, inj=2),
  E(cur, "Armed clash", "gunmen from two feuding clans exchanged fire in a village in Tubaran town", P("Tubaran", "PH", 3, lat=7.77, lon=124.17, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "saturday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4, fat=4),
  E(cur, "Agreement", "leaders of the two clans signed a ceasefire at the municipal hall in Tubaran", P("Tubaran", "PH", lat=7.77, lon=124.17, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "sunday",
    a1="Unidentified Clan Militia (Philippines)", i1=4, a2="Unidentified Clan Militia (Philippines)", i2=4),
], register="local"),
]

CMR = "Military Forces of Cameroon (1982-)"; AMB = "Ambazonian Separatists"; UKR = "Military Forces of Ukraine (2019-)"

STORIES += [
S("st-aa-039", "2026-10-22", """ANALYSIS-How a jihadist blockade is choking western Mali

BAMAKO, Oct 22 (Wire) - A year after al Qaeda's Sahel affiliate declared a blockade on fuel imports into Mali, the roads that link the landlocked country to the ports of Dakar and Abidjan have become a gauntlet for truck drivers, and the queues at Bamako's filling stations stretch for kilometres again.

JNIM announced the blockade in September 2025 and has since attacked hundreds of tankers on the main corridors from Senegal and Ivory Coast, according to transport unions. In the worst single incident, dozens of tankers were set ablaze near Kati, a garrison town just outside the capital, in November 2025.

The attacks have not stopped. On Monday, JNIM fighters on motorbikes stopped a convoy of fuel tankers on the road between Kolokani and Didieni and set 17 of them on fire after ordering the drivers out, a union official said. Nobody was killed.

On Tuesday, Malian troops backed by Russian fighters of the Africa Corps fought the militants for several hours around another convoy they were escorting near Nioro du Sahel; the army said 20 "terrorists" were killed and did not report its own losses.

"The drivers are paid double now, and still many refuse to go," said the head of a Bamako transport company.

Analysts say the military government, which expelled French troops in 2022 and now relies on Russian forces, has few answers beyond escorted convoys, which move slowly and are themselves targeted.

"The state controls the towns and the group controls the roads between them," said a Sahel researcher.""", [
  E(cur, "Looting/property destruction", "JNIM fighters on motorbikes stopped a convoy of fuel tankers on the road between Kolokani and Didieni and set 17 of them on fire", P("Kolokani", "ML", 2, lat=13.57, lon=-8.03, a1="Koulikoro"), "monday",
    a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7, fat=0),
  E(cur, "Armed clash", "Malian troops backed by Russian fighters of the Africa Corps fought the militants for several hours around another convoy", P("Nioro du Sahel", "ML", 2, lat=15.23, lon=-9.59, a1="Kayes"), "tuesday",
    a1=MLI, i1=1, a2=JNIM, i2=2, fat=20, assoc_actor_1="Africa Corps"),
  unscored(E(bg, "Other", "JNIM announced the blockade in September 2025", C("ML"), "2025-09-01", tp=3, a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7),
           "event_date", "time_precision", "actor2", "inter2"),
  unscored(E(bg, "Looting/property destruction", "dozens of tankers were set ablaze near Kati, a garrison town just outside the capital, in November 2025", P("Kati", "ML", 2, lat=12.74, lon=-8.07, a1="Koulikoro"), "2025-11-01", tp=3,
             a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7), "event_date", "time_precision", "fatalities", "injuries"),
], register="analysis"),

S("st-aa-040", "2026-02-10", """LIVE: Fuel price protests across Kenya - as it happened

18:30
That is where we will end our live coverage for today. Police say 61 people were arrested across the country. The Kenya National Commission on Human Rights says at least two people were killed.

16:10
In Kitengela, south of Nairobi, a 23-year-old man was shot dead by police during protests in the town this afternoon, his brother told us. Police say they are investigating.

14:45
PHOTO: Police fire tear gas at protesters on Moi Avenue in central Nairobi on Tuesday. (Wire)

13:20
In Nyeri, several hundred young people marched peacefully through the town centre carrying empty jerrycans and placards against the new fuel levy.

11:55
In Eldoret, protesters have blocked the Eldoret-Kitale road with burning tyres and are throwing stones at police, who are responding with tear gas, according to our correspondent there.

09:40
Police have fired tear gas at groups of young people trying to gather on Kenyatta Avenue in central Nairobi. Most roads into the city centre have been closed by police roadblocks since dawn.

08:00
Good morning and welcome to our live coverage of today's protests against the rise in fuel prices announced last week. Protests against the 2024 finance bill left at least 60 people dead, according to the human rights commission.""", [
  E(cur, "Excessive force against protesters", "a 23-year-old man was shot dead by police during protests in the town this afternoon", P("Kitengela", "KE", lat=-1.48, lon=36.96, a1="Kajiado"), 0,
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1, fat=1),
  E(cur, "Peaceful protest", "several hundred young people marched peacefully through the town centre carrying empty jerrycans", P("Nyeri", "KE", lat=-0.42, lon=36.95, a1="Nyeri"), 0,
    a1="Protesters (Kenya)", i1=6),
  E(cur, "Violent demonstration", "protesters have blocked the Eldoret-Kitale road with burning tyres and are throwing stones at police", P("Eldoret", "KE", 2), 0,
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1),
  E(cur, "Protest with intervention", "Police have fired tear gas at groups of young people trying to gather on Kenyatta Avenue in central Nairobi", P("Nairobi", "KE", lat=-1.28, lon=36.82, a1="Nairobi"), 0,
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1),
  unscored(E(cap, "Protest with intervention", "Police fire tear gas at protesters on Moi Avenue in central Nairobi on Tuesday", P("Nairobi", "KE", lat=-1.28, lon=36.82, a1="Nairobi"), 0,
             a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1), "fatalities", "injuries", "geo_precision"),
  unscored(E(bg, "Excessive force against protesters", "Protests against the 2024 finance bill left at least 60 people dead", C("KE"), "2024-06-01", tp=3, a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1, fat=60),
           "event_date", "time_precision", "fatalities"),
], register="live"),

S("st-aa-041", "2026-06-04", """CAMEROON/
Separatists burn health centre near Ndop after nurses ignore lockdown; soldiers kill three in raid on Bamenda neighbourhood

YAOUNDE, June 4 (Wire) - Separatist fighters set fire to a health centre in a village near Ndop, in Cameroon's North-West region, on Monday after its nurses defied a "lockdown" the fighters had ordered, a health official said. The nurses had fled before the fighters arrived and nobody was hurt.

Soldiers searching for separatist fighters in the Ntarinkon neighbourhood of Bamenda shot dead three young men on Tuesday, residents said. The army said in a statement that the three were "collaborators" who had been passing information to the separatists; residents said they were motorcycle taxi drivers.

"They were taken out of their houses and shot in the street," said a woman who lives nearby.

The conflict between the army and separatists seeking an independent English-speaking state has killed more than 6,500 people since 2017, according to the International Crisis Group.""", [
  E(cur, "Looting/property destruction", "Separatist fighters set fire to a health centre in a village near Ndop", P("Ndop", "CM", 2, lat=5.99, lon=10.44, a1="North-West"), "monday",
    a1=AMB, i1=2, a2="Civilians (Cameroon)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "Soldiers searching for separatist fighters in the Ntarinkon neighbourhood of Bamenda shot dead three young men", P("Bamenda", "CM", 2, lat=5.96, lon=10.15, a1="North-West"), "tuesday",
    a1=CMR, i1=1, a2="Civilians (Cameroon)", i2=7, fat=3),
]),

S("st-aa-042", "2026-04-16", """Drone hits bus in Russia's Grayvoron, two killed; shelling damages Shebekino school - governor

MOSCOW, April 16 (Wire) - A Ukrainian drone struck a passenger bus in the Russian border town of Grayvoron on Wednesday morning, killing the driver and a passenger and wounding five people, the governor of the Belgorod region said on Telegram.

Ukrainian artillery shelled the town of Shebekino overnight, damaging a school, a gas pipeline and several houses, the governor said. Nobody was hurt.

Ukraine does not usually comment on individual strikes inside Russia. It says it targets military facilities and infrastructure used in Moscow's war.

The Russian Defence Ministry said on Thursday its air defences had destroyed 38 Ukrainian drones over the Belgorod, Kursk and Bryansk regions overnight.""", [
  E(cur, "Air/drone strike", "A Ukrainian drone struck a passenger bus in the Russian border town of Grayvoron", P("Grayvoron", "RU", lat=50.48, lon=35.68, a1="Belgorod"), "wednesday",
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=2, inj=5),
  E(cur, "Shelling/artillery/missile attack", "Ukrainian artillery shelled the town of Shebekino overnight", P("Shebekino", "RU", lat=50.41, lon=36.93, a1="Belgorod"), -1,
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
]),
]

VNM_POL = "Police Forces of Vietnam (2021-)"; KHM_POL = "Police Forces of Cambodia (2023-)"; CZE_POL = "Police Forces of Czech Republic (2025-)"

STORIES += [
S("st-aa-043", "2026-03-26", """VIETNAM/CAMBODIA/
Vietnam arrests Facebook commentator; police break up farmers' road block outside Hanoi; Cambodian land activists detained

HANOI, March 26 (Wire) - Police in Ho Chi Minh City arrested a Facebook commentator with more than 100,000 followers at his home on Monday on charges of "abusing democratic freedoms", state media said. He had posted videos criticising the handling of a bank fraud case. He faces up to seven years in prison.

On Tuesday, several hundred farmers from Dong Anh district, on the northern outskirts of Hanoi, blocked a road for several hours to protest against the compensation offered for land taken for an industrial park. Police in riot gear dispersed them and detained eight people, two farmers said.

In neighbouring Cambodia, police in Phnom Penh detained 11 members of a land rights group on Wednesday as they walked towards the prime minister's office to deliver a petition about evictions around a lake in the capital's north, a rights group said. They were released in the evening after signing pledges not to protest again.

In Laos, the army on Wednesday denied reports by an exiled Hmong group that soldiers had shelled a Hmong village in the mountains of Xaisomboun province last week, saying no military operations had taken place there.

Vietnam's Communist Party tolerates no organised opposition. Rights groups say more than 150 people are in prison in the country for peaceful activism.""", [
  E(cur, "Arrests", "Police in Ho Chi Minh City arrested a Facebook commentator with more than 100,000 followers at his home on Monday", P("Ho Chi Minh City", "VN", lat=10.82, lon=106.63, a1="Ho Chi Minh City (HCMC)"), "monday",
    a1=VNM_POL, i1=1, a2="Civilians (Vietnam)", i2=7),
  E(cur, "Protest with intervention", "several hundred farmers from Dong Anh district, on the northern outskirts of Hanoi, blocked a road for several hours", P("Hanoi", "VN", 2, lat=21.02, lon=105.84, a1="Hanoi"), "tuesday",
    a1="Protesters (Vietnam)", i1=6, a2=VNM_POL, i2=1),
  E(cur, "Protest with intervention", "police in Phnom Penh detained 11 members of a land rights group on Wednesday", P("Phnom Penh", "KH"), "wednesday",
    a1="Protesters (Cambodia)", i1=6, a2=KHM_POL, i2=1),
  unscored(E(neg, "Shelling/artillery/missile attack", "soldiers had shelled a Hmong village in the mountains of Xaisomboun province last week", P("Xaisomboun", "LA", 3, lat=18.93, lon=103.68, a1="Xaisomboun"), None,
             a1="Military Forces of Laos (2021-)", i1=1, a2="Civilians (Laos)", i2=7), "event_date", "time_precision", "fatalities", "injuries"),
]),

S("st-aa-044", "2026-10-12", """CENTRAL AND EASTERN EUROPE: THE WEEK IN BRIEF (5-11 October)

BULGARIA - Supporters of Levski and CSKA Sofia fought with flares, bottles and chairs from a cafe near the national stadium in Sofia on Sunday, hours before the two clubs met. Nine people were treated in hospital, including a 15-year-old boy, and police detained 41, the interior ministry said.

CZECH REPUBLIC - Police detained 23 climate activists who had climbed over the fence of an opencast lignite mine near Most on Friday and chained themselves to an excavator.

ROMANIA - About 15,000 pensioners and public sector workers marched peacefully through Bucharest on Saturday against a freeze on pensions and wages.

HUNGARY - The government said on Tuesday it would appeal against a ruling by the European Court of Justice on its asylum law.""", [
  E(cur, "Mob violence", "Supporters of Levski and CSKA Sofia fought with flares, bottles and chairs from a cafe near the national stadium in Sofia", P("Sofia", "BG", a1="Sofia"), "sunday",
    a1="Rioters (Bulgaria)", i1=5, a2="Rioters (Bulgaria)", i2=5, inj=9),
  E(cur, "Protest with intervention", "Police detained 23 climate activists who had climbed over the fence of an opencast lignite mine near Most", P("Most", "CZ", 2, lat=50.5, lon=13.64, a1="Ustecky kraj"), "friday",
    a1="Protesters (Czech Republic)", i1=6, a2=CZE_POL, i2=1),
  E(cur, "Peaceful protest", "About 15,000 pensioners and public sector workers marched peacefully through Bucharest on Saturday", P("Bucharest", "RO", a1="Bucharest"), "saturday",
    a1="Protesters (Romania)", i1=6),
], register="digest"),
]

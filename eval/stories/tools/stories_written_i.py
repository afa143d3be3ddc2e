"""Multi-event stories written for this project (issue 11), batch i: countries the other batches have least or not at
all (West and Central Africa, Latin America, Europe, Southeast and Central Asia, the Maghreb and the Gulf), in the
shapes held-out news comes in, with more of the registers real held-out text has: US government releases written in
the style of CENTCOM, AFRICOM and State Department statements (several incidents in one release, a headquarters
dateline), police releases, live blogs, OCHA-style flash updates with highlights that retell the overview, wire
stories with capitals headlines and a dateline that is not the event place (also one in another country), local press.
Hard cases: one event told three or four times (headline, lead, quote, a later paragraph); protests with tear gas,
arrests, arson and looting inside them (one event unless place or day differ); stories with no current event at all
(analysis pieces, anniversaries, trials, tallies); two events in one sentence at different places or in two
countries; recalled events with and without dates; claims and counter-claims of tolls (the lowest credible figure).
Our own words; invented incidents at real places, public group names. No ``split`` key: the id hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

USA = "Military Forces of the United States (2025-)"; SEN = "Military Forces of Senegal (2024-)"; BEN = "Military Forces of Benin (2016-)"
ARG_POL = "Police Forces of Argentina (2023-)"; BRA_POL = "Police Forces of Brazil (2023-)"; GRC_POL = "Police Forces of Greece (2019-)"
PER_POL = "Police Forces of Peru (2025-)"; NIC_POL = "Police Forces of Nicaragua (2007-)"; THA = "Military Forces of Thailand (2025-)"
KHM = "Military Forces of Cambodia (2023-)"; LBY = "Military Forces of Libya (2021-)"
MFDC = "MFDC: Movement of Democratic Forces of Casamance"; JNIM = "JNIM: Group for Support of Islam and Muslims"
CODECO = "CODECO: Cooperative for Development of Congo"; ADF = "ADF: Allied Democratic Forces"

STORIES = [
S("st-i-001", "2026-03-05", """SENEGAL SAYS TWO SOLDIERS KILLED IN CASAMANCE AMBUSH

DAKAR, March 5 (Wire) - Two Senegalese soldiers were killed and three wounded when suspected separatist fighters ambushed an army patrol near Bignona in the southern Casamance region on Tuesday, the army said on Thursday.

The patrol had been escorting a team clearing mines from a road towards the Gambian border when it came under fire, the army's information office said in a statement. Troops returned fire, the statement said, without saying whether any of the attackers had been hit.

The army blamed the ambush on fighters of the Movement of Democratic Forces of Casamance (MFDC), which has waged a low-level separatist insurgency in the region since 1982. The group could not be reached for comment.

Separately, a farmer was wounded on Wednesday when a landmine went off under his cart on a track outside Goudomp, south of the Casamance river, local officials said.

The ambush is the deadliest for the army in the region since January 2022, when four soldiers of a West African force were killed in fighting with MFDC fighters across the border in Gambia. Senegal's army launched an offensive against MFDC bases along the border two months later and says most of them have since been dismantled.""", [
  E(cur, "Armed clash", "ambushed an army patrol", P("Bignona", "SN", 2), "tuesday", a1=MFDC, i1=2, a2=SEN, i2=1, fat=2, inj=3),
  E(cur, "Remote explosive/landmine/IED", "a landmine went off under his cart", P("Goudomp", "SN", 2, lat=12.58, lon=-15.88, a1="Sedhiou"),
    "wednesday", a2="Civilians (Senegal)", i2=7, fat=None, inj=1),
  E(bg, "Armed clash", "four soldiers of a West African force were killed", C("GM"), "2022-01-01", tp=3,
    a1=MFDC, i1=2, a2="ECOWAS Mission", i2=8, fat=4),
  unscored(E(bg, "Armed clash", "launched an offensive against MFDC bases", P("Ziguinchor", "SN", 3), "2022-03-01", tp=3, a1="Military Forces of Senegal (2012-2024)", i1=1, a2=MFDC, i2=2),
           "fatalities"),
]),

S("st-i-002", "2026-02-20", """U.S. CENTRAL COMMAND
Release No. 26-041
Feb. 20, 2026

CENTCOM Forces Kill Hurras al-Din Official in Syria, Conduct Raids Against ISIS in Iraq and Syria

TAMPA, Fla. – U.S. Central Command (CENTCOM) forces conducted a precision strike in northwest Syria on Feb. 17, killing a senior official of Hurras al-Din, an al-Qaeda affiliate, and one of his associates. The strike hit a vehicle travelling on a road near Salqin, in Idlib province.

"This strike disrupts the ability of al-Qaeda affiliates to plot and carry out attacks against the United States, our allies and partners, and innocent civilians," said a CENTCOM spokesperson. An initial assessment indicates no civilians were harmed.

On Feb. 18, CENTCOM forces and Iraqi Security Forces conducted a partnered raid near Ar Rutbah, in Iraq's western Anbar province, against an ISIS cell. Two ISIS operatives were killed in an exchange of fire, and one was detained. No U.S. or Iraqi personnel were injured.

On Feb. 19, CENTCOM forces detained an ISIS facilitator responsible for smuggling weapons during a raid in the village of Dhiban, in Syria's Deir ez-Zor province.

Since the start of the year, CENTCOM forces and partners have killed or captured more than 40 ISIS operatives in Iraq and Syria. CENTCOM, along with its partners, will continue to pursue ISIS and al-Qaeda remnants wherever they operate.""", [
  E(cur, "Air/drone strike", "conducted a precision strike in northwest Syria", P("Salqin", "SY", 2), "2026-02-17",
    a1=USA, i1=8, a2="Hurras al-Din", i2=2, fat=2),
  E(cur, "Armed clash", "conducted a partnered raid", P("Ar Rutbah", "IQ", 2), "2026-02-18",
    a1=USA, i1=8, a2="Islamic State (Iraq)", i2=2, fat=2),
  E(cur, "Arrests", "detained an ISIS facilitator", P("Dhiban", "SY"), "2026-02-19", a1=USA, i1=8, a2="Islamic State (Syria)", i2=2),
], register="official"),

S("st-i-003", "2026-04-22", """Benin: Attack on Soldiers in Park W

PRESS STATEMENT
Office of the Spokesperson
April 22, 2026

The United States strongly condemns the April 19 attack on Beninese soldiers at a military post near Karimama, in northern Benin's Alibori department, which killed at least 15 soldiers. We extend our deepest condolences to the families of the fallen and to the people of Benin.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qa'ida's affiliate in the Sahel, has claimed responsibility for the assault. JNIM claimed to have killed "dozens" of soldiers; the Government of Benin has confirmed 15 deaths.

This attack is the deadliest against Benin's armed forces since January 2025, when JNIM fighters overran two army positions in the same park, killing 28 soldiers. Terrorist groups operating from neighboring countries continue to threaten communities across Benin's northern border areas.

The United States stands with Benin and its coastal West African neighbors in their efforts to counter terrorism while protecting civilians and respecting human rights.""", [
  E(cur, "Armed clash", "attack on Beninese soldiers at a military post near Karimama", P("Karimama", "BJ", 2, lat=12.07, lon=3.18, a1="Alibori"),
    "2026-04-19", a1=JNIM, i1=2, a2=BEN, i2=1, fat=15),
  E(bg, "Armed clash", "overran two army positions in the same park", P("Alibori", "BJ", 3), "2025-01-01", tp=3, a1=JNIM, i1=2, a2=BEN, i2=1, fat=28),
], register="official"),

S("st-i-004", "2026-03-12", """Police fire tear gas at pensioners' Wednesday march outside Congress; 14 detained

BUENOS AIRES — Police fired tear gas and rubber bullets on Wednesday evening to break up the weekly protest by retirees outside the National Congress, detaining 14 people and injuring at least seven, among them a 78-year-old retired teacher and a news photographer, according to the city's ombudsman.

Several hundred pensioners, joined by football supporters' groups and members of left-wing parties, had gathered in the square in front of Congress at about 5 p.m. to demand a rise in the minimum pension, which they say no longer covers food and medicine. Federal police and gendarmes moved in after some marchers tried to block Avenida Entre Ríos.

"They gassed us like criminals. I worked for forty years," said Norma, 81, who was treated by volunteer medics on the pavement.

The Security Ministry said officers had acted within the law to keep traffic moving and that those detained had attacked police with sticks. Videos shared on social media showed officers pushing elderly marchers to the ground and firing at close range.

The Wednesday protests have been held for more than two years. In March 2025, a photographer was critically injured when he was hit in the head by a tear gas canister during one of them.

On Thursday, the CGT union federation said it would call a general strike if the government went ahead with its plan to freeze pension increases.""", [
  E(cur, "Protest with intervention", "fired tear gas and rubber bullets on Wednesday evening to break up the weekly protest", P("Buenos Aires", "AR"),
    "wednesday", a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, fat=None, inj=7),
  E(bg, "Protest with intervention", "a photographer was critically injured", P("Buenos Aires", "AR"), "2025-03-01", tp=3,
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1),
  E(thr, "Peaceful protest", "call a general strike", C("AR"), None),
], register="local"),

S("st-i-005", "2026-05-14", """Rio de Janeiro police raid in Maré: live updates

16:40 — Residents have blocked Avenida Brasil near the Maré complex with burning tyres and set fire to two buses in protest at the deaths, the city's transport authority says. Military police fired tear gas to clear the avenue. Traffic into the city centre is at a standstill.

15:05 — The state security secretariat now says six people died in this morning's operation: five men it describes as members of the Comando Vermelho faction, and a 17-year-old boy who, his family says, was on his way to school. Two police officers were wounded.

11:20 — Schools and health clinics across the complex have closed. A resident we reached by phone says she has been lying on the floor of her flat with her two children for three hours.

09:45 — Heavy gunfire reported in Nova Holanda and Parque União, two of the 16 communities that make up the Complexo da Maré. Local media say at least three people have been killed.

07:30 — Hundreds of military and civil police officers, backed by armoured vehicles and helicopters, entered the Complexo da Maré in the north of Rio de Janeiro at dawn in an operation the state government says targets leaders of the Comando Vermelho drug faction.

Background: The operation comes six months after the deadliest police raid in the city's history, in the Alemão and Penha complexes in October 2025, in which more than 120 people were killed.""", [
  E(cur, "Armed clash", "Heavy gunfire", P("Rio de Janeiro", "BR", 2), 0, a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=6, inj=2),
  E(cur, "Violent demonstration", "set fire to two buses", P("Rio de Janeiro", "BR"), 0, a1="Rioters (Brazil)", i1=5, a2=BRA_POL, i2=1),
  E(bg, "Armed clash", "the deadliest police raid in the city's history", P("Rio de Janeiro", "BR"), "2025-10-01", tp=3,
    a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=120),
], register="live"),

S("st-i-006", "2025-06-26", """Ten years on, Sousse remembers the beach attack that emptied its hotels

SOUSSE, Tunisia — Hotel staff, relatives of the victims and a small group of British tourists laid flowers on Thursday on the beach at Port El Kantaoui where, ten years ago, a gunman killed 38 people, most of them holidaymakers from Britain.

On 26 June 2015, a 23-year-old student took a Kalashnikov rifle out of a folded beach umbrella and opened fire on sunbathers in front of a seafront hotel, then walked through the hotel shooting, before police shot him dead in a side street. The Islamic State group said it was behind the attack. Three months earlier, in March 2015, gunmen had killed 21 tourists and a police officer at the Bardo museum in Tunis.

Tourism, which employs hundreds of thousands of Tunisians, took years to recover. Hotels along the coast closed for whole seasons and British tour operators did not return until 2018.

"Every year we are afraid that people will have forgotten," said a waiter who was working at the hotel that day. "And every year some of them come back."

Armed police now patrol the beaches of the big resorts, and visitors pass through metal detectors at hotel entrances. Tunisia has not suffered a large attack on tourists since 2015, although in May 2023 a naval guard shot dead two pilgrims and three members of the security forces at the Ghriba synagogue on the island of Djerba.""", [
  unscored(E(bg, "Attack", "opened fire on sunbathers", P("Port el Kantaoui", "TN", a1="Sousse"), "2015-06-26", a1="Islamic State", i1=2, fat=38),
           "actor2", "inter2"),
  unscored(E(bg, "Attack", "gunmen had killed 21 tourists and a police officer", P("Tunis", "TN"), "2015-03-01", tp=3, fat=22),
           "actor1", "inter1", "actor2", "inter2"),
  unscored(E(bg, "Attack", "a naval guard shot dead two pilgrims", P("Djerba", "TN", 2, lat=33.81, lon=10.85, a1="Medenine"), "2023-05-01", tp=3, fat=5),
           "actor1", "inter1", "actor2", "inter2"),
], register="local"),

S("st-i-007", "2026-01-29", """Four men jailed over arson attack on planned refugee shelter in Saxony

DRESDEN — A court in Dresden on Thursday sentenced four men to between three and seven years in prison for setting fire to a former hotel in Bautzen that was being converted to house asylum seekers, in March 2025.

The men, aged 19 to 34, threw petrol bombs through the ground-floor windows of the empty building at night, causing damage the owner put at 1.2 million euros. Nobody was inside. The judges found that all four belonged to a local far-right group and had planned the attack in a chat group in which they shared Nazi symbols.

One of the defendants, who had confessed during the trial and given evidence against the others, received the lowest sentence. Lawyers for two of the men said they would appeal.

The presiding judge said the attack had been aimed "not at a building, but at people who were to live there".

According to federal police figures, there were more than 200 attacks on asylum accommodation in Germany in 2025, most of them damage to property and graffiti. The building in Bautzen was never used as a shelter; the district later housed the refugees elsewhere.""", [
  unscored(E(bg, "Looting/property destruction", "setting fire to a former hotel in Bautzen", P("Bautzen", "DE"), "2025-03-01", tp=3, fat=0),
           "actor1", "inter1", "actor2", "inter2"),
], register="local"),

S("st-i-008", "2026-02-09", """Swedish Police Authority — Press release, 9 February 2026

Man shot dead in Södertälje; explosion at apartment building in Uppsala

A man in his twenties died after being shot in the Hovsjö area of Södertälje on Sunday evening. Police received several calls about shots fired at about 21:40. Officers found the man with gunshot wounds in the stairwell of a residential building. He was taken to hospital, where he was later pronounced dead. No one has been arrested. A murder investigation has been opened.

At about 03:15 on Monday, a powerful explosion damaged the entrance of an apartment building in the Gottsunda district of Uppsala. No one was injured, but residents of twelve flats were evacuated while bomb technicians examined the scene. Police are investigating the blast as a serious public-endangering offence.

Police believe that both incidents are linked to an ongoing conflict between criminal networks. The police authority has classified the situation in the two areas as a special event, which means that additional resources, including officers from other regions, will be deployed.

Police are asking anyone who was in the areas at the time to get in touch by calling 114 14.""", [
  E(cur, "Attack", "died after being shot", P("Sodertalje", "SE", 2, lat=59.20, lon=17.63, a1="Stockholm", a2="Sodertalje"), "sunday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=1),
  unscored(E(cur, "Remote explosive/landmine/IED", "a powerful explosion damaged the entrance of an apartment building", P("Uppsala", "SE", 2, a2="Uppsala"), 0,
             a1="Unidentified Armed Group (Sweden)", i1=3, fat=0, inj=0), "actor2", "inter2"),
], register="official"),

S("st-i-009", "2025-11-18", """GREECE-ANNIVERSARY/
Petrol bombs, tear gas in Athens and Thessaloniki after Polytechnic march

ATHENS, Nov 18 (Wire) - Riot police fired tear gas at hooded youths who threw petrol bombs and stones in central Athens on Monday evening, as the annual march marking the 1973 student uprising against the military junta turned violent, police said.

Police said 22 people had been detained in Athens, where two cars and dozens of rubbish bins were set on fire and the windows of two bank branches were smashed. Four officers were lightly injured.

Tens of thousands of people had marched from the Polytechnic to the U.S. embassy, as they do every year because of Washington's support for the junta. The trouble began when the tail of the march returned to the Exarchia district, police said.

In Thessaloniki, groups of youths who had taken part in the city's march clashed with police near the Aristotle University campus and set a police motorcycle alight. Nine people were detained there.

"What we saw last night in Exarchia was not a commemoration. It was an attack on the police and on the neighbourhood," the citizen protection minister told a radio station on Tuesday.

The November 1973 uprising was crushed when an army tank smashed through the Polytechnic's gates; at least 24 people were killed in the days that followed.""", [
  E(cur, "Violent demonstration", "threw petrol bombs and stones in central Athens", P("Athens", "GR", a2="Central Athens"), "monday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, fat=None, inj=4),
  E(cur, "Violent demonstration", "clashed with police near the Aristotle University campus", P("Thessaloniki", "GR", a2="Thessaloniki"), "monday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1),
  unscored(E(bg, "Excessive force against protesters", "The November 1973 uprising was crushed", P("Athens", "GR", a2="Central Athens"), "1973-11-01", tp=3,
             fat=24), "actor1", "inter1", "actor2", "inter2"),
]),

S("st-i-010", "2025-12-04", """Protesters torch police truck as Peru clears blockade on mining corridor

CUSCO, Peru — Police used tear gas on Wednesday to clear a blockade that farming communities had kept up for nine days on the road that carries copper concentrate from the Las Bambas mine, and protesters set fire to a police truck and a toll booth in response, the Interior Ministry said.

Eight police officers and at least 12 protesters were injured near the town of Challhuahuacho, in the Apurímac region, and 19 people were arrested, the ministry said. The regional ombudsman's office confirmed the injuries and said one protester had lost an eye after being struck by a tear gas canister.

Communities in Cotabambas province say the mine's lorries damage their fields and homes, and want a greater share of its royalties. The company said the blockade had cost it about 10 million dollars a day.

In Lima, several hundred informal miners marched to Congress on Wednesday to demand an extension of a permit scheme that lets them keep working, and dispersed without incident.

In 2015, three protesters were shot dead during clashes with police over changes to the mine's expansion plans.""", [
  E(cur, "Violent demonstration", "protesters set fire to a police truck and a toll booth", P("Challhuahuacho", "PE", 2, a2="Cotabambas"), "wednesday",
    a1="Rioters (Peru)", i1=5, a2=PER_POL, i2=1, fat=None, inj=20),
  E(cur, "Peaceful protest", "marched to Congress", P("Lima", "PE", admin1="Lima"), "wednesday", a1="Protesters (Peru)", i1=6),
  unscored(E(bg, "Violent demonstration", "three protesters were shot dead during clashes with police", P("Challhuahuacho", "PE", 2, a2="Cotabambas"),
             "2015-01-01", tp=3, fat=3), "sub_event_type"),
], register="local"),

S("st-i-011", "2025-08-21", """NICARAGUAN POLICE DETAIN PRIEST AFTER HOMILY, CHURCH SOURCES SAY

SAN JOSÉ, Costa Rica, Aug 21 (Wire) - Nicaraguan police detained a Catholic priest in the northern city of Matagalpa on Tuesday night, two days after he asked his congregation to pray for "those unjustly imprisoned", church sources and an exiled rights group said.

Officers and men in civilian clothes took the priest from his parish house shortly after 10 p.m., a parishioner who saw the arrest told the rights group. His whereabouts are unknown. The police and the government did not respond to requests for comment.

On Wednesday, police in Estelí arrested two former local councillors of an opposition party that was banned in 2021, the group said.

The government of co-presidents Daniel Ortega and Rosario Murillo has jailed or expelled dozens of priests and stripped hundreds of opponents of their nationality since 2022. In April 2018, police and armed pro-government groups crushed mass protests against the government, killing more than 300 people, according to the Inter-American Commission on Human Rights.

Many of the rights group's members now work from Costa Rica.""", [
  unscored(E(cur, "Abduction/forced disappearance", "police detained a Catholic priest", P("Matagalpa", "NI"), "tuesday", a1=NIC_POL, i1=1), "actor2", "inter2"),
  unscored(E(cur, "Arrests", "police in Estelí arrested two former local councillors", P("Esteli", "NI"), "wednesday", a1=NIC_POL, i1=1),
           "actor2", "inter2"),
  E(bg, "Excessive force against protesters", "crushed mass protests against the government", C("NI"), "2018-04-01", tp=3,
    a1="Protesters (Nicaragua)", i1=6, a2=NIC_POL, i2=1, fat=300),
]),

S("st-i-012", "2026-05-08", """THAILAND, CAMBODIA TRADE FIRE ON BORDER; THAI SOLDIER KILLED

BANGKOK, May 8 (Wire) - Thai and Cambodian troops exchanged rocket and artillery fire along their disputed border on Thursday, with Cambodian rockets landing near the Thai town of Ban Kruat and Thai shells hitting positions near Anlong Veng in Cambodia's Oddar Meanchey province, officials on both sides said.

A Thai soldier was killed and four were wounded when a rocket hit a base near Ban Kruat, in Buriram province, the Thai army said. Cambodia's defence ministry said two civilians had been wounded by Thai shelling in a village near Anlong Veng and accused Thailand of firing first.

The firing stopped by late afternoon after the two armies' regional commanders spoke by telephone, a Thai army spokesman said. Thailand's prime minister said the army would respond "decisively" to any further attack on Thai soil.

At least 12 Thai soldiers and nine Cambodian soldiers have been killed in incidents along the border since January, according to figures from the two armies.""", [
  E(cur, "Shelling/artillery/missile attack", "Cambodian rockets landing near the Thai town of Ban Kruat", P("Ban Kruat", "TH", 2), "thursday",
    a1=KHM, i1=8, a2=THA, i2=1, fat=1, inj=4),
  unscored(E(cur, "Shelling/artillery/missile attack", "Thai shells hitting positions near Anlong Veng",
             P("Anlong Veng", "KH", 2, lat=14.23, lon=104.08, a1="Otar Meanchey"), "thursday", a1=THA, i1=8, fat=None, inj=2), "actor2", "inter2"),
  E(thr, "Shelling/artillery/missile attack", "respond \"decisively\"", C("KH"), None),
]),

S("st-i-013", "2026-02-16", """Gardaí investigate arson at hotel earmarked for asylum seekers in Co Louth

A vacant hotel near Dundalk that had been earmarked to house international protection applicants was badly damaged in a fire that gardaí are treating as arson in the early hours of Sunday.

Fire crews were called to the building on the outskirts of the town at about 2.30am and spent four hours bringing the blaze under control. No one was injured. Gardaí said a window at the rear of the building had been broken and an accelerant was believed to have been used.

On Saturday afternoon, about 300 people had held a protest outside the building against the plan to use it for asylum seekers. The protest passed off peacefully, gardaí said, and there is no evidence at this stage that anyone who took part was involved in the fire.

The Minister for Justice condemned the attack as "a criminal act of intimidation".

It is the latest in a series of arson attacks on buildings linked to the housing of asylum seekers since late 2022; more than 30 have been recorded.""", [
  unscored(E(cur, "Looting/property destruction", "treating as arson", P("Dundalk", "IE", 2, a2="Louth"), "sunday", a2="Civilians (Ireland)", i2=7, fat=0, inj=0), "actor1", "inter1"),
  E(cur, "Peaceful protest", "held a protest outside the building", P("Dundalk", "IE", 2, a2="Louth"), "saturday", a1="Protesters (Ireland)", i1=6),
], register="local"),

S("st-i-014", "2026-01-20", """DEMOCRATIC REPUBLIC OF THE CONGO
Ituri and North Kivu: Flash Update No. 3 (as of 20 January 2026)

HIGHLIGHTS
• At least 22 displaced people were killed in an attack on a displacement site in Djugu territory on 17 January.
• Nine farmers were killed near Beni on 18 January.
• Humanitarian partners have suspended activities in parts of Djugu territory.

SITUATION OVERVIEW
On the night of 17 January, armed men attacked a site hosting some 4,000 displaced people near the town of Djugu, in Ituri province, killing at least 22 people, including nine children, and burning more than 100 shelters. Local authorities attributed the attack to fighters of the CODECO militia. Civil society sources put the toll at 31; OCHA has not been able to verify this figure.

On 18 January, suspected ADF fighters killed nine farmers in their fields near Beni, in North Kivu province, according to local sources.

Since the beginning of January, at least 70 civilians have been killed in Djugu and Irumu territories, and an estimated 25,000 people have been newly displaced.

HUMANITARIAN RESPONSE
Partners have suspended mobile clinics on the Djugu–Fataki axis until further notice. An inter-agency mission is planned for 22 January, subject to security conditions.""", [
  E(cur, "Attack", "armed men attacked a site hosting some 4,000 displaced people", P("Djugu", "CD", 2, lat=1.92, lon=30.50, a1="Ituri", a2="Djugu"),
    "2026-01-17", a1=CODECO, i1=4, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=22),
  E(cur, "Attack", "killed nine farmers in their fields near Beni", P("Beni", "CD", 2, a1="North Kivu"), "2026-01-18",
    a1=ADF, i1=2, a2="Civilians (Democratic Republic of Congo)", i2=7, fat=9),
], register="ngo"),

S("st-i-015", "2026-01-15", """LIBYA: TWO KILLED IN ZAWIYA MILITIA CLASHES; DRONE HITS FARM NEAR ZUWARA

TRIPOLI, Jan 15 (Wire) - Fighting between two armed groups in the western Libyan city of Zawiya killed two people on Wednesday, while a drone struck a farm near the coastal town of Zuwara, about 60 km to the west, destroying a truck and a fuel store, residents and local officials said.

The clashes in Zawiya's southern district lasted several hours and forced the closure of the coastal road to Tripoli. The city's medical centre said one of the dead was a passer-by; seven people were wounded.

The government in Tripoli said its forces had carried out "precise strikes" against fuel smuggling and human trafficking networks in the west of the country, without naming the places targeted. Nobody was hurt at the farm, residents said.

Armed groups in Zawiya have fought repeatedly over control of the city's refinery and smuggling routes. Last June, fighting between the same two groups near the refinery killed five people, among them two refinery workers.""", [
  E(cur, "Armed clash", "Fighting between two armed groups", P("Zawiya", "LY", a1="Az Zawiyah"), "wednesday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=2, inj=7),
  unscored(E(cur, "Air/drone strike", "a drone struck a farm", P("Zuwarah", "LY", 2), "wednesday", a1=LBY, i1=1, fat=0, inj=0), "actor2", "inter2"),
  unscored(E(bg, "Armed clash", "fighting between the same two groups near the refinery", P("Zawiya", "LY", a1="Az Zawiyah"), "2025-06-01", tp=3, fat=5),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-i-016", "2026-04-08", """Romanian farmers block roads with tractors over diesel tax

BUCHAREST, April 8 — Thousands of farmers drove tractors into central Bucharest and blocked the motorway near Constanța on Tuesday in protest at a rise in excise duty on diesel and what they say is unfair competition from Ukrainian grain, in the largest farm protests in the country for two years.

In Bucharest, a convoy of about 400 tractors and lorries moved slowly along the main boulevards to Victoria Square, where the farmers' leaders handed a list of demands to government officials. The protest caused long traffic jams but ended peacefully in the evening, the gendarmerie said.

Near Constanța, farmers parked their tractors across two lanes of the motorway leading to the Black Sea port for about six hours. Gendarmes fined 15 drivers for blocking the road but made no arrests.

The agriculture minister said he would meet the farmers' associations on Thursday. The associations said they would blockade the border crossings with Ukraine at Siret and Isaccea if their demands were not met by the end of the month.

In January 2024, farmers and lorry drivers blockaded roads across the country for more than two weeks before the government agreed to some of their demands.""", [
  E(cur, "Peaceful protest", "drove tractors into central Bucharest", P("Bucharest", "RO", lat=44.43, lon=26.11, a1="Bucharest"), "tuesday",
    a1="Protesters (Romania)", i1=6),
  E(cur, "Peaceful protest", "blocked the motorway near Constanța", P("Constanta", "RO", 2, lat=44.18, lon=28.63, a1="Constanta"), "tuesday",
    a1="Protesters (Romania)", i1=6),
  E(thr, "Peaceful protest", "blockade the border crossings with Ukraine", C("RO"), None),
  E(bg, "Peaceful protest", "blockaded roads across the country", C("RO"), "2024-01-01", tp=3, a1="Protesters (Romania)", i1=6),
]),

S("st-i-017", "2026-03-18", """U.S. Africa Command
Press Release
March 18, 2026

U.S. Africa Command conducts airstrikes against ISIS-Somalia and al-Shabaab

STUTTGART, Germany — In coordination with the Federal Government of Somalia, U.S. Africa Command (AFRICOM) conducted an airstrike against ISIS-Somalia in the Cal Miskaad mountains, in the Bari region of Puntland, on March 15, 2026.

AFRICOM's initial assessment is that the airstrike killed three terrorists and that no civilians were injured or killed.

On March 16, 2026, at the request of the Federal Government of Somalia, AFRICOM conducted an airstrike against al-Shabaab approximately 25 km northeast of Jilib, in the Middle Juba region. The strike destroyed a weapons cache and a vehicle-mounted weapon. AFRICOM is still assessing the results of the strike and will provide additional information as appropriate.

Separately, Puntland security forces said they had repelled an ISIS-Somalia attack on one of their bases in the Cal Miskaad mountains on Monday, killing 11 militants. AFRICOM was not involved in that operation.

ISIS-Somalia and al-Shabaab continue to pose a threat to the people of Somalia and to U.S. interests in the region. AFRICOM conducted more than 110 airstrikes in Somalia in 2025, and will continue to support the Federal Government of Somalia and its forces.""", [
  E(cur, "Air/drone strike", "conducted an airstrike against ISIS-Somalia", P("Bari", "SO", 3, a1="Bari"), "2026-03-15",
    a1=USA, i1=8, a2="Islamic State (Somalia)", i2=2, fat=3),
  E(cur, "Air/drone strike", "conducted an airstrike against al-Shabaab", P("Jilib", "SO", 2), "2026-03-16", a1=USA, i1=8, a2="Al Shabaab", i2=2),
  E(cur, "Armed clash", "repelled an ISIS-Somalia attack", P("Bari", "SO", 3, a1="Bari"), "monday",
    a1="Military Forces of Puntland (2024-)", i1=1, a2="Islamic State (Somalia)", i2=2, fat=11),
], register="official"),
]

ECU = "Military Forces of Ecuador (2023-)"; ECU_POL = "Police Forces of Ecuador (2023-)"; CHL_POL = "Police Forces of Chile (2026-)"
AGO_POL = "Police Forces of Angola (2017-)"; THA_MIL = THA; PHL = "Military Forces of the Philippines (2022-)"; MMR = "Military Forces of Myanmar (2021-)"
TUR = "Military Forces of Turkey (2002-)"; IRN = "Military Forces of Iran (1989-)"; PRT_POL = "Police Forces of Portugal (2024-)"
GNB_POL = "Police Forces of Guinea-Bissau (2025-)"; BWA_POL = "Police Forces of Botswana (2024-)"

STORIES += [
S("st-i-018", "2025-07-23", """ECUADOR: 11 INMATES KILLED IN MACHALA PRISON FIGHT; CAR BOMB HITS GUAYAQUIL

QUITO, July 23 (Wire) - Eleven inmates were killed in a fight between rival gangs at the prison in the southern city of Machala on Tuesday, and a car bomb exploded outside a shopping centre in Guayaquil the same night, wounding three people, Ecuadorean authorities said.

The prison service said members of Los Lobos and Los Choneros had fought with guns and knives in one of the Machala prison's wings for about two hours before soldiers and police regained control. Some of the victims were beheaded, a police source said. Relatives gathered outside the prison on Wednesday to wait for news.

In Guayaquil, the car, which had been reported stolen, exploded shortly before midnight in the north of the city. Police said the three wounded were security guards and that no group had claimed responsibility. Officers found a second device in a nearby street and defused it.

President Daniel Noboa declared an "internal armed conflict" against the gangs in January 2024, after gunmen stormed a television studio in Guayaquil during a live broadcast. More than 400 inmates have been killed in prison violence since 2021, according to rights groups.""", [
  E(cur, "Armed clash", "fought with guns and knives", P("Machala", "EC"), "tuesday", a1="Los Lobos", i1=3, a2="Los Choneros", i2=3, fat=11),
  unscored(E(cur, "Remote explosive/landmine/IED", "a car bomb exploded outside a shopping centre in Guayaquil", P("Guayaquil", "EC"), "tuesday",
             a1="Unidentified Armed Group (Ecuador)", i1=3, fat=None, inj=3), "actor2", "inter2"),
  E(cur, "Disrupted weapons use", "found a second device in a nearby street and defused it", P("Guayaquil", "EC"), "tuesday", a1=ECU_POL, i1=1),
  unscored(E(bg, "Attack", "gunmen stormed a television studio in Guayaquil", P("Guayaquil", "EC"), "2024-01-01", tp=3), "actor1", "inter1", "actor2", "inter2", "fatalities"),
]),

S("st-i-019", "2026-04-30", """Trucks torched near Ercilla, police fired on in Tirúa as Araucanía attacks resume

TEMUCO, Chile — Hooded men set fire to six logging trucks and a loader at a forestry site near Ercilla in the Araucanía region in the early hours of Wednesday, after forcing the drivers out at gunpoint, police said. Nobody was hurt.

Leaflets found at the site were signed by the Coordinadora Arauco-Malleco (CAM), a radical Mapuche group that claims land held by forestry companies, the regional prosecutor said.

Hours later, a police patrol came under fire on a rural road outside Tirúa, in neighbouring Biobío region. Officers returned fire and one sergeant was wounded in the arm, the Carabineros said. The attackers escaped into a forest plantation.

The government said it would ask Congress to extend the state of emergency in the two regions, in force since May 2022, for another 15 days.

Attacks on forestry firms had fallen sharply since the CAM's leader was sentenced to 23 years in prison in 2024.""", [
  E(cur, "Looting/property destruction", "set fire to six logging trucks and a loader", P("Ercilla", "CL", 2, lat=-38.06, lon=-72.38, a1="Araucania", a2="Malleco"),
    "wednesday", a1="Mapuche Ethnic Militia (Chile)", i1=4, a2="Civilians (Chile)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "a police patrol came under fire", P("Tirua", "CL", 2, lat=-38.34, lon=-73.49, a1="Biobio", a2="Arauco"), "wednesday",
    a1="Unidentified Armed Group (Chile)", i1=3, a2=CHL_POL, i2=1, fat=None, inj=1),
]),

S("st-i-020", "2026-02-05", """Court in Tangier jails 17 over riot in Ksar El Kebir

TANGIER, Morocco — A court in Tangier on Wednesday sentenced 17 young men to between two and eight years in prison over a riot in the town of Ksar El Kebir last October, in which a police station was set on fire and shops were looted, lawyers said.

The defendants, most of them in their early twenties, were convicted of arson, theft and violence against public officials. Two were acquitted. Their lawyers said the trial had relied almost entirely on police statements and that they would appeal.

The riot broke out after a protest by young people demanding better public schools and hospitals, part of a wave of demonstrations called online by a movement that calls itself GenZ212. Police said 40 officers had been injured in Ksar El Kebir; no one was killed.

Rights groups say more than 1,000 people were prosecuted over the October protests across the country. The movement has called for new demonstrations if the remaining detainees are not released before the start of Ramadan.""", [
  unscored(E(bg, "Violent demonstration", "a police station was set on fire", P("Ksar el Kebir", "MA", a1="Tanger-Tetouan-Al Hoceima", a2="Larache"), "2025-10-01", tp=3,
             a1="Rioters (Morocco)", i1=5, fat=0, inj=40), "actor2", "inter2"),
  E(hyp, "Peaceful protest", "called for new demonstrations", C("MA"), None),
], register="local"),

S("st-i-021", "2025-09-24", """Two dead as Lobito fuel protest turns to looting

LOBITO, Angola — At least two people were killed and dozens of shops looted in Lobito on Tuesday when a protest by taxi drivers against a rise in diesel prices turned into rioting, police and residents said.

Hundreds of young men blocked the main road to the port with burning tyres, threw stones at police and broke into warehouses and shops in the Compão and Bela Vista neighbourhoods. Police fired tear gas and live rounds. The provincial police command said two people had been killed and 67 arrested for looting and vandalism.

A local rights group said it had counted seven dead, five of them shot by police, and accused officers of firing at people who were running away. The police said officers had fired warning shots.

"We don't have money to feed our children, and now they want us to pay more to work," said a taxi driver who took part in the protest in the morning, before the violence began.

By Wednesday shops had reopened and the army was patrolling the city centre. Taxi associations in Benguela, 30 km to the south, said they would strike on Friday.

Caption: Police officers in Lobito on Tuesday, after a protest against fuel prices turned violent.""", [
  E(cur, "Violent demonstration", "turned into rioting", P("Lobito", "AO"), "tuesday", a1="Rioters (Angola)", i1=5, a2=AGO_POL, i2=1, fat=2),
  unscored(E(cap, "Violent demonstration", "Police officers in Lobito on Tuesday, after a protest against fuel prices turned violent", P("Lobito", "AO"), "tuesday", a1="Rioters (Angola)", i1=5, a2=AGO_POL, i2=1), "fatalities", "injuries", "geo_precision"),
], register="local"),

S("st-i-022", "2026-06-01", """SOUTHEAST ASIA SECURITY: THE WEEK IN BRIEF (25–31 May)

THAILAND
A roadside bomb wounded four rangers on a patrol in Raman district of Yala province on Tuesday. Police blamed separatist militants; no group said it was behind the attack. Two days later, rangers shot dead a suspect in a firefight in the same district, the army said. Violence in the three southernmost provinces has killed more than 7,000 people since 2004.

PHILIPPINES
Soldiers clashed with about 20 New People's Army guerrillas in the hills above Kabankalan City, Negros Occidental, on Wednesday. The army said three rebels and a soldier were killed and high-powered firearms recovered. In a statement, the NPA said it had lost no fighters and had killed four soldiers.

MYANMAR
A military air strike hit a village near Shwebo in Sagaing region on Friday, killing nine civilians including four children, a local resistance group and residents said. The military did not comment. The military government said polling in the township for the next phase of its elections would go ahead as planned.

MALAYSIA
No security incidents of note were reported this week.""", [
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb wounded four rangers", P("Raman", "TH", 3, geoname="Raman", a1="Yala"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=None, inj=4),
  E(cur, "Armed clash", "rangers shot dead a suspect in a firefight", P("Raman", "TH", 3, geoname="Raman", a1="Yala"), "thursday",
    a1=THA, i1=1, a2="Unidentified Armed Group (Thailand)", i2=3, fat=1),
  E(cur, "Armed clash", "Soldiers clashed with about 20 New People's Army guerrillas", P("Kabankalan", "PH", 2, a1="Negros Island Region"), "wednesday",
    a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=4),
  E(cur, "Air/drone strike", "A military air strike hit a village near Shwebo", P("Shwebo", "MM", 2, a1="Sagaing"), "friday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
], register="monitor"),
]

EGY_POL = "Police Forces of Egypt (2014-)"; CIV_POL = "Police Forces of Ivory Coast (2011-)"; TJK_POL = "Police Forces of Tajikistan (1994-)"
GTM_POL = "Police Forces of Guatemala (2024-)"; MDG_POL = "Police Forces of Madagascar (2025-)"

STORIES += [
S("st-i-023", "2026-01-09", """Honduras homicide rate falls for third year, but massacres persist, observatory says

TEGUCIGALPA — Honduras recorded 2,210 homicides in 2025, a rate of about 21 per 100,000 people and the lowest in more than two decades, the violence observatory of the National Autonomous University said on Thursday.

The observatory counted 14 massacres — killings of three or more people in a single incident — during the year, down from 22 in 2024, and said about half of all homicides were linked to gangs or drug trafficking. Women made up one in ten victims.

The outgoing government credits the state of exception it declared in December 2022, which suspends some constitutional rights in areas where gangs operate and which Congress has extended more than 20 times. Rights groups say the measure has led to arbitrary detentions and that much of the fall began before it was introduced.

The worst single incident of recent years took place in June 2023, when members of the Barrio 18 gang killed 46 inmates at the women's prison in Támara, outside the capital, shooting some of them and setting fire to their cells.

The incoming government, which takes office on 27 January, has promised to build a new maximum-security prison and to keep the state of exception in place.""", [
  E(bg, "Attack", "killed 46 inmates at the women's prison", P("Tamara", "HN"), "2023-06-01", tp=3,
    a1="Barrio 18", i1=3, a2="Civilians (Honduras)", i2=7, fat=46),
], register="local"),

S("st-i-024", "2025-08-28", """TURKISH, IRANIAN DRONES STRIKE IRAQI KURDISTAN ON SAME DAY

ERBIL, Iraq, Aug 28 (Wire) - A Turkish drone strike killed two suspected PKK fighters near Amadiya in Duhok province on Wednesday, and an Iranian drone hit the compound of an Iranian Kurdish opposition party outside Koya, east of Erbil, local officials said.

The Kurdistan Region's counter-terrorism service said the two men killed near Amadiya were members of the Kurdistan Workers' Party (PKK) and had been travelling in a pick-up truck on a mountain road. Turkey's defence ministry said in its weekly briefing that its forces had "neutralised" 11 PKK militants in northern Iraq over the past week, without giving details.

The Kurdistan Democratic Party of Iran (KDPI) said the Iranian drone had struck an empty building at its compound near Koya and nobody was hurt. Iranian officials did not comment.

The PKK said in May that it would dissolve and lay down its arms, but Turkish strikes on its positions in the mountains along the border have continued at a lower rate. In September 2022, Iranian missile and drone strikes on Kurdish opposition bases near Koya killed at least 13 people.""", [
  E(cur, "Air/drone strike", "A Turkish drone strike killed two suspected PKK fighters", P("Amadiya", "IQ", 2, geoname="Al `Amadiyah", a1="Duhok"), "wednesday",
    a1=TUR, i1=8, a2="PKK: Kurdistan Workers Party", i2=2, fat=2),
  E(cur, "Air/drone strike", "an Iranian drone hit the compound", P("Koya", "IQ", 2, lat=36.08, lon=44.63, a1="Erbil"), "wednesday",
    a1=IRN, i1=8, a2="KDPI: Kurdistan Democratic Party of Iran", i2=2, fat=0),
  unscored(E(bg, "Air/drone strike", "Iranian missile and drone strikes on Kurdish opposition bases", P("Koya", "IQ", 2, lat=36.08, lon=44.63, a1="Erbil"),
             "2022-09-01", tp=3, a1=IRN, i1=8, fat=13), "sub_event_type", "actor2", "inter2"),
]),

S("st-i-025", "2026-03-26", """Second night of unrest in Lisbon suburbs after man dies in police custody

LISBON — Youths set fire to a bus, cars and rubbish bins in the Lisbon suburb of Loures on Tuesday night, a day after rioting broke out in neighbouring Odivelas over the death of a 26-year-old man in a police station, police said.

In Loures, about 40 hooded youths threw stones and fireworks at officers and set a bus alight after ordering its passengers off; the driver was treated for smoke inhalation. Police fired rubber bullets and detained nine people.

On Monday night in Odivelas, where the man lived, crowds burned 12 cars and smashed the windows of a police station. Six people were detained and three officers were slightly hurt.

The man died on Sunday, hours after he was arrested on suspicion of drug dealing. Police say he fell ill in his cell; his family says he was beaten. The Interior Ministry has ordered an inquiry.

About 1,000 people marched peacefully through Odivelas on Wednesday afternoon, many wearing T-shirts with the dead man's photograph, to demand justice.

Related coverage
Police officer charged over fatal shooting in Amadora
Interior minister faces questions in parliament""", [
  E(cur, "Violent demonstration", "threw stones and fireworks at officers", P("Loures", "PT"), "tuesday", a1="Rioters (Portugal)", i1=5, a2=PRT_POL, i2=1, inj=1),
  E(cur, "Violent demonstration", "crowds burned 12 cars", P("Odivelas", "PT"), "monday", a1="Rioters (Portugal)", i1=5, a2=PRT_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "marched peacefully through Odivelas", P("Odivelas", "PT"), "wednesday", a1="Protesters (Portugal)", i1=6),
], register="local"),

S("st-i-026", "2026-02-25", """Soldiers detain opposition leaders in Bissau; banned march broken up with tear gas

BISSAU — Soldiers detained two leaders of the opposition PAIGC party at their homes in Bissau before dawn on Tuesday, the party said, hours before a march against the military authorities' decision to postpone elections that the authorities had banned.

Several hundred people who gathered at a roundabout in the Bairro Militar district later in the morning were dispersed by police and soldiers firing tear gas. Witnesses said about 20 people were arrested and several were beaten with batons.

The military authorities, who have ruled the country since November, said the march had been banned to preserve public order and accused the PAIGC of "seeking chaos".

In the eastern town of Gabú, about 100 PAIGC supporters held a rally at the party's local office that passed off peacefully, a local journalist said.

The West African bloc ECOWAS said it was "deeply concerned" and warned that it could impose sanctions if a timetable for elections was not published by the end of March.""", [
  unscored(E(cur, "Arrests", "Soldiers detained two leaders of the opposition PAIGC party", P("Bissau", "GW"), "tuesday",
             a1="Military Forces of Guinea-Bissau (2025-)", i1=1), "actor2", "inter2"),
  E(cur, "Protest with intervention", "dispersed by police and soldiers firing tear gas", P("Bissau", "GW"), "tuesday",
    a1="Protesters (Guinea-Bissau)", i1=6, a2=GNB_POL, i2=1),
  E(cur, "Peaceful protest", "held a rally at the party's local office", P("Gabu", "GW"), "tuesday", a1="Protesters (Guinea-Bissau)", i1=6),
], register="local"),

S("st-i-027", "2025-11-12", """Police arrest organisers of Gaborone jobs march

GABORONE — Police arrested four leaders of an unemployed graduates' movement at their homes in Gaborone on Tuesday morning, a day after the group led a march of about 2,000 young people to Parliament, their lawyer said.

Monday's march passed off peacefully. The marchers, many wearing their graduation gowns, handed a petition to the Speaker demanding a national jobs programme and left the Parliament grounds in the afternoon.

A police spokesperson said the four had been charged with holding an unlawful gathering because the march had left the route agreed with the police. Their lawyer said the charges were "an attempt to frighten young people away from politics" and that they would be released on bail on Wednesday.

Unemployment among young people in Botswana is above 30 per cent, and the fall in diamond sales has hit public finances. A similar march in Francistown last month ended without arrests.""", [
  E(cur, "Peaceful protest", "led a march of about 2,000 young people to Parliament", P("Gaborone", "BW"), "monday", a1="Protesters (Botswana)", i1=6),
  E(cur, "Arrests", "Police arrested four leaders of an unemployed graduates' movement", P("Gaborone", "BW"), "tuesday",
    a1=BWA_POL, i1=1, a2="Civilians (Botswana)", i2=7),
  E(bg, "Peaceful protest", "A similar march in Francistown", P("Francistown", "BW"), "2025-10-01", tp=3, a1="Protesters (Botswana)", i1=6),
], register="local"),

S("st-i-028", "2026-04-15", """Three killed, houses burned in land dispute near Bouaflé

BOUAFLÉ, Côte d'Ivoire — Three people were killed and at least 15 houses burned on Sunday when young men from two neighbouring villages near Bouaflé, in central Côte d'Ivoire, fought over a disputed plot of forest land, local officials said.

The youths, armed with machetes and hunting rifles, fought for several hours before gendarmes arrived from the town and separated them. Eleven people were taken to hospital in Bouaflé. The prefect imposed a night-time curfew on the two villages.

On Monday, gendarmes arrested 11 people in the two villages who are suspected of taking part in the violence, the public prosecutor said.

Land disputes between long-established communities and families who settled later have caused deadly violence in the west and centre of the country for decades.""", [
  E(cur, "Mob violence", "fought over a disputed plot of forest land", P("Bouafle", "CI", 2), "sunday",
    a1="Rioters (Ivory Coast)", i1=5, a2="Rioters (Ivory Coast)", i2=5, fat=3, inj=11),
  E(cur, "Other", "The prefect imposed a night-time curfew on the two villages", P("Bouafle", "CI", 2), "sunday", tp=2,
    a1="Government of Ivory Coast (2011-)", i1=1),
  unscored(E(cur, "Arrests", "gendarmes arrested 11 people in the two villages", P("Bouafle", "CI", 2), "monday", a1=CIV_POL, i1=1), "actor2", "inter2"),
], register="local"),
]

STORIES += [
S("st-i-029", "2025-10-08", """Egyptian police break up Gaza solidarity protest at journalists' union

CAIRO — Plainclothes police dragged away at least nine people on Tuesday when they broke up a protest by about 150 journalists and activists on the steps of the Journalists' Syndicate in central Cairo, witnesses and a lawyer said.

The protesters had gathered to demand that Egypt do more to get aid into Gaza, and held up signs and chanted for about 20 minutes before men in civilian clothes pushed into the crowd and bundled people into waiting minibuses.

Early on Wednesday, security forces arrested two activists who had called for the protest on social media at their homes in Giza, their lawyer said. All eleven are being held on charges of joining a terrorist group and spreading false news, she said.

Street protests are effectively banned in Egypt under a 2013 law. In October 2023, the authorities allowed rallies in support of Gaza in several cities, but dozens of demonstrators who broke away and marched to Tahrir Square were arrested.""", [
  E(cur, "Protest with intervention", "broke up a protest by about 150 journalists and activists", P("Cairo", "EG", a1="Cairo"), "tuesday",
    a1="Protesters (Egypt)", i1=6, a2=EGY_POL, i2=1),
  E(cur, "Arrests", "security forces arrested two activists", P("Giza", "EG", geoname="Al Jizah", a1="Giza"), 0, a1=EGY_POL, i1=1, a2="Civilians (Egypt)", i2=7),
  E(bg, "Protest with intervention", "marched to Tahrir Square were arrested", P("Cairo", "EG", a1="Cairo"), "2023-10-01", tp=3,
    a1="Protesters (Egypt)", i1=6, a2=EGY_POL, i2=1),
], register="local"),

S("st-i-030", "2026-05-27", """KHOROG, Tajikistan — Several hundred people threw stones at a police station in Khorog, the capital of the Gorno-Badakhshan region, on Sunday evening after a young man died following his arrest by traffic police, residents said.

Police fired into the air and used stun grenades to push the crowd back. Windows of the building were smashed and a police car was overturned and set on fire, according to videos shared on social media. Residents said several people had been hurt, but there was no official figure.

The regional interior department said on Monday that the 24-year-old had died of heart failure in a police car and called the unrest "a provocation organised from abroad". Mobile internet in the town was cut on Monday and had not been restored by Wednesday.

On Tuesday, officers of the State Committee for National Security detained five men in Khorog accused of organising "mass disorder", a relative of one of them said.

Relations between the authorities and the people of the mountainous region have been tense for years. In May 2022, police opened fire on a protest in Khorog, killing one man, and a security operation in the region in the following weeks left dozens dead.""", [
  E(cur, "Violent demonstration", "threw stones at a police station", P("Khorog", "TJ", geoname="Khorugh"), "sunday",
    a1="Rioters (Tajikistan)", i1=5, a2=TJK_POL, i2=1, inj=3),
  unscored(E(cur, "Arrests", "detained five men in Khorog", P("Khorog", "TJ", geoname="Khorugh"), "tuesday", a1=TJK_POL, i1=1), "actor2", "inter2"),
  E(bg, "Excessive force against protesters", "police opened fire on a protest in Khorog", P("Khorog", "TJ", geoname="Khorugh"), "2022-05-01", tp=3,
    a1="Protesters (Tajikistan)", i1=6, a2=TJK_POL, i2=1, fat=1),
]),

S("st-i-031", "2025-12-17", """Two police officers shot dead in Villa Nueva; minister blames Barrio 18

GUATEMALA CITY — Gunmen on a motorcycle shot dead two police officers at a checkpoint in Villa Nueva, south of the capital, on Monday night, the National Civil Police said. The interior minister blamed the Barrio 18 gang, saying the killings were revenge for the transfer of its leaders to a maximum-security prison last week.

Early on Tuesday, police killed a suspected member of the gang in a shoot-out in a neighbourhood of Mixco, west of the capital, and arrested two others, a police spokesman said. One officer was wounded in the leg.

"We will not be intimidated," the minister told reporters. "Every attack on our officers will be answered."

Nineteen police officers have been killed in Guatemala this year, according to the police officers' union, most of them in the capital's metropolitan area.

Congress is due to vote on Thursday on the government's request for a 30-day state of prevention in the department of Guatemala.""", [
  E(cur, "Armed clash", "shot dead two police officers at a checkpoint", P("Villa Nueva", "GT"), "monday", a1="Barrio 18", i1=3, a2=GTM_POL, i2=1, fat=2),
  E(cur, "Armed clash", "police killed a suspected member of the gang in a shoot-out", P("Mixco", "GT"), "tuesday",
    a1=GTM_POL, i1=1, a2="Barrio 18", i2=3, fat=1, inj=1),
]),

S("st-i-032", "2026-01-28", """U.S. CENTRAL COMMAND
STATEMENT
Jan. 28, 2026

Rocket Attack on Coalition Base in Eastern Syria; U.S. Forces Conduct Self-Defense Strike

TAMPA, Fla. – On Jan. 26, at approximately 9:10 p.m. local time, two rockets were launched at Mission Support Site Green Village, near the al-Omar oil field in Syria's Deir ez-Zor province. One rocket landed inside the perimeter of the base, causing minor damage to a storage building; the second landed outside. There were no injuries to U.S. or coalition personnel.

In response, on Jan. 27, U.S. forces conducted a precision strike on a vehicle near the town of Al Mayadin that had been used to launch the rockets, killing two individuals assessed to be responsible for the attack.

"U.S. forces retain the inherent right of self-defense and will respond decisively to any threat against our personnel," a CENTCOM spokesperson said.

The attack was the third on coalition forces in Syria this month. CENTCOM will provide more information as it becomes available.""", [
  E(cur, "Shelling/artillery/missile attack", "two rockets were launched at Mission Support Site Green Village",
    P("Green Village", "SY", 2, lat=35.14, lon=40.43, a1="Deir ez-Zor"),
    "2026-01-26", a1="Unidentified Armed Group (Syria)", i1=3, a2=USA, i2=8, fat=0, inj=0),
  E(cur, "Air/drone strike", "conducted a precision strike on a vehicle near the town of Al Mayadin", P("Al Mayadin", "SY", 2), "2026-01-27",
    a1=USA, i1=8, a2="Unidentified Armed Group (Syria)", i2=3, fat=2),
], register="official"),

S("st-i-033", "2026-05-20", """Gendarmes kill six cattle raiders after deadly raid near Ihosy

ANTANANARIVO — Armed cattle rustlers killed a village chief and drove off about 150 zebu in a raid on a village near Ihosy, in southern Madagascar, on Saturday, the national gendarmerie said.

On Monday, gendarmes tracking the raiders caught up with them in hills west of the town, and six of the rustlers were killed in the exchange of fire that followed, the gendarmerie said in a statement. Eighty head of cattle were recovered and returned to the village; the others are still missing. No gendarmes were hurt.

Gangs of cattle raiders, known locally as dahalo, have for years attacked villages across the south of the island, and rights groups have accused the gendarmerie of killing suspects in its operations against them.

A local member of parliament said the villagers had asked for a gendarmerie post in the area after repeated raids.""", [
  E(cur, "Attack", "killed a village chief and drove off about 150 zebu", P("Ihosy", "MG", 2), "saturday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=1),
  E(cur, "Armed clash", "six of the rustlers were killed in the exchange of fire", P("Ihosy", "MG", 2), "monday",
    a1=MDG_POL, i1=1, a2="Unidentified Armed Group (Madagascar)", i2=3, fat=6),
], register="local"),

S("st-i-034", "2026-06-17", """Mongolia's coal boom is fading. Its politics are catching up

ULAANBAATAR — For the past decade, the lorries queued for kilometres at the Gashuunsukhait border crossing told the story of Mongolia's economy: coal went south to China, and money came back north to pay for roads, salaries and an ever larger state.

That story is changing. Chinese steel mills are buying less, coal prices have fallen by a third since last year, and the government has had to cut its spending plans twice since January. Inflation is back above 9 per cent.

The squeeze has sharpened anger over corruption that has already cost one prime minister his job: protests in Sükhbaatar Square in May 2025 helped bring down the government of Luvsannamsrain Oyun-Erdene, who lost a confidence vote in parliament weeks later.

Frustration spilled onto the streets again on Saturday, when about 3,000 people, most of them young, gathered in the square to demand the resignation of two ministers accused of handing mining licences to relatives. The rally was peaceful and broke up in the evening.

Organisers have called another rally for next month. Analysts say the coalition government has little room to spend its way out of trouble before the next parliamentary election in 2028.""", [
  E(cur, "Peaceful protest", "gathered in the square", P("Ulaanbaatar", "MN"), "saturday", a1="Protesters (Mongolia)", i1=6),
  E(bg, "Peaceful protest", "protests in Sükhbaatar Square", P("Ulaanbaatar", "MN"), "2025-05-01", tp=3, a1="Protesters (Mongolia)", i1=6),
  E(hyp, "Peaceful protest", "called another rally for next month", P("Ulaanbaatar", "MN"), None),
], register="analysis"),
]

ZAF_POL = "Police Forces of South Africa (2018-)"

STORIES += [
S("st-i-035", "2026-06-03", """Police fire rubber bullets at Umlazi residents protesting over power cuts; four shot dead at Cape Town taxi rank

DURBAN — Police fired rubber bullets and stun grenades on Tuesday to clear residents of Umlazi township, south of Durban, who had blocked the main road into the area with burning tyres and rocks in protest at repeated power cuts, KwaZulu-Natal police said. A municipal electricity substation was set on fire and 14 people were arrested for public violence.

"We have been without electricity for three weeks. Our food is rotting and our children study by candlelight," said a resident who joined the protest.

The city's electricity department said the cuts were caused by cable theft and illegal connections that overload the network.

In Cape Town, four men were shot dead and two wounded when gunmen opened fire at a minibus taxi rank in Khayelitsha on Tuesday morning, police said. Police are investigating whether the shooting is linked to a dispute between taxi associations over routes.

Caption: Residents of Umlazi block a road with burning tyres on Tuesday.""", [
  E(cur, "Violent demonstration", "blocked the main road into the area with burning tyres and rocks", P("Durban", "ZA", 2, a2="eThekwini"), "tuesday",
    a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1),
  unscored(E(cap, "Violent demonstration", "Residents of Umlazi block a road with burning tyres on Tuesday", P("Durban", "ZA", 2, a2="eThekwini"), "tuesday",
    a1="Rioters (South Africa)", i1=5, a2=ZAF_POL, i2=1), "fatalities", "injuries", "geo_precision"),
  E(cur, "Attack", "gunmen opened fire at a minibus taxi rank in Khayelitsha", P("Cape Town", "ZA", 2), "tuesday",
    a1="Unidentified Armed Group (South Africa)", i1=3, a2="Civilians (South Africa)", i2=7, fat=4, inj=2),
], register="local"),

S("st-i-036", "2026-01-06", """DOD Identifies Army Casualty

Jan. 6, 2026

The Department of Defense announced today the death of a Soldier who was supporting Operation Inherent Resolve.

Staff Sgt. Daniel R. Whitcomb, 31, of Amarillo, Texas, died Jan. 4, 2026, in Erbil, Iraq, as a result of a non-combat related incident. The incident is under investigation.

Whitcomb was assigned to the 1st Battalion, 41st Field Artillery Regiment, 1st Armored Brigade Combat Team, 3rd Infantry Division, Fort Stewart, Georgia.

For more information, media may contact the 3rd Infantry Division public affairs office.""", [], register="official", negative="casualty notice"),

S("st-i-037", "2026-05-13", """Police clear pro-Palestinian sit-in at Utrecht university, detain 48

UTRECHT — Riot police removed several hundred students and staff who had occupied the main hall of a Utrecht University building on Tuesday evening, detaining 48 people, the municipality said.

The protesters, who want the university to cut its ties with Israeli institutions, had occupied the hall since Tuesday afternoon and barricaded its entrances with tables and chairs. The mayor ordered the building cleared after the university said talks had failed. Videos posted online showed officers hitting some protesters who refused to leave with batons; police said the force used had been "proportionate".

In Groningen, about 600 people marched peacefully through the city centre on Tuesday night in support of the Utrecht students.

Students at the University of Amsterdam said they would occupy a building there on Thursday unless the detained protesters were released without charge. An occupation at the same university in May 2024 ended when riot police used a mechanical digger to pull down the students' barricades.""", [
  E(cur, "Protest with intervention", "Riot police removed several hundred students and staff", P("Utrecht", "NL", a2="Utrecht"), "tuesday",
    a1="Protesters (Netherlands)", i1=6, a2="Police Forces of the Netherlands (2024-)", i2=1),
  E(cur, "Peaceful protest", "marched peacefully through the city centre", P("Groningen", "NL", a2="Groningen"), "tuesday", a1="Protesters (Netherlands)", i1=6),
  E(thr, "Peaceful protest", "would occupy a building there on Thursday", P("Amsterdam", "NL", a2="Amsterdam"), None),
  E(bg, "Protest with intervention", "used a mechanical digger to pull down the students' barricades", P("Amsterdam", "NL", a2="Amsterdam"), "2024-05-01", tp=3,
    a1="Protesters (Netherlands)", i1=6, a2="Police Forces of the Netherlands (2010-2024)", i2=1),
], register="local"),
]

STORIES += [
S("st-i-038", "2026-02-12", """Bomb wounds three near Kampala police post; police dismiss reports of second blast

KAMPALA — A home-made bomb exploded near a police post in Kampala's Kawempe division on Wednesday evening, wounding three people, among them a traffic officer, police said.

The device had been left in a bag next to a roadside food stall about 20 metres from the post, a police spokesman told reporters at the scene. He said investigators suspected the Allied Democratic Forces (ADF), a rebel group with Ugandan roots that operates from eastern Congo and carried out a series of suicide bombings in central Kampala in November 2021.

The spokesman said messages circulating on social media about a second explosion at Owino market were false. "There was no explosion at Owino. We ask the public not to spread panic," he said.

Police have increased patrols at bus parks, markets and places of worship, and asked residents to report unattended bags.""", [
  unscored(E(cur, "Remote explosive/landmine/IED", "A home-made bomb exploded near a police post", P("Kampala", "UG", 2), "wednesday", a1=ADF, i1=2, fat=None, inj=3),
           "actor2", "inter2"),
  E(neg, "Remote explosive/landmine/IED", "a second explosion at Owino market", P("Kampala", "UG"), None),
  unscored(E(bg, "Suicide bomb", "a series of suicide bombings in central Kampala", P("Kampala", "UG"), "2021-11-01", tp=3, a1=ADF, i1=2),
           "actor2", "inter2", "fatalities"),
], register="local"),

S("st-i-039", "2025-07-16", """DJIBOUTI DENIES REBEL CLAIM OF ATTACK ON ARMY POST

DJIBOUTI, July 16 (Wire) - Djibouti's army on Tuesday denied a claim by the armed wing of the Front for the Restoration of Unity and Democracy (FRUD) that its fighters had attacked an army post near Obock on Sunday and killed five soldiers, calling the statement "pure fabrication".

"No attack took place, and no soldier has been killed or wounded," an army spokesman said on state radio.

The armed FRUD, a small rebel group that draws its support from the Afar population of the country's north, has been fighting the government on and off since 1991. In October 2022, its fighters attacked a military camp in the Tadjourah region, killing seven soldiers.

Separately, police in the capital on Monday fired tear gas to disperse about 200 opposition supporters who had gathered outside a court to protest against the detention of an opposition leader. Twelve people were arrested, the opposition party said.""", [
  E(neg, "Armed clash", "attacked an army post near Obock", P("Obock", "DJ", 2), "sunday"),
  unscored(E(bg, "Armed clash", "its fighters attacked a military camp in the Tadjourah region", P("Tadjourah", "DJ", 3, a1="Tadjourah"), "2022-10-01", tp=3, fat=7),
           "actor1", "inter1", "actor2", "inter2"),
  E(cur, "Protest with intervention", "fired tear gas to disperse about 200 opposition supporters", P("Djibouti", "DJ", a1="Djibouti"), "monday",
    a1="Protesters (Djibouti)", i1=6, a2="Police Forces of Djibouti (1999-)", i2=1),
]),
]

STORIES += [
S("st-i-040", "2026-03-10", """MINUSCA
PRESS RELEASE

Bangui, 10 March 2026

MINUSCA condemns deadly attack on peacekeepers near Bangassou

The United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA) strongly condemns the attack on a patrol of its peacekeepers by elements of the Azande Ani Kpi Gbe armed group about 15 km north of Bangassou, in Mbomou prefecture, on Sunday 8 March 2026. One peacekeeper was killed and two others were wounded. The peacekeepers returned fire and repelled the assailants.

The Special Representative of the Secretary-General extends her condolences to the family of the fallen peacekeeper and recalls that attacks against United Nations peacekeepers may constitute war crimes under international law.

In a separate incident on 7 March, unidentified armed men attacked a village near Zemio, in Haut-Mbomou prefecture, killing four civilians and burning about 30 houses, according to local authorities. MINUSCA has deployed a patrol to the area to protect civilians.

Since the beginning of the year, four MINUSCA peacekeepers have been killed in hostile acts in the Central African Republic.

MINUSCA reaffirms its determination to continue implementing its mandate to protect civilians and support the peace process.""", [
  E(cur, "Armed clash", "the attack on a patrol of its peacekeepers", P("Bangassou", "CF", 2), "2026-03-08",
    a1="Azande Ani Kpi Gbe", i1=4, a2="MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", i2=8,
    fat=1, inj=2),
  E(cur, "Attack", "unidentified armed men attacked a village near Zemio", P("Zemio", "CF", 2), "2026-03-07",
    a1="Unidentified Armed Group (Central African Republic)", i1=3, a2="Civilians (Central African Republic)", i2=7, fat=4),
], register="official"),
]

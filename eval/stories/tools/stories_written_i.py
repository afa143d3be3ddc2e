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
    "wednesday", fat=None, inj=1),
  E(bg, "Armed clash", "four soldiers of a West African force were killed", C("GM"), "2022-01-01", tp=3,
    a1="ECOWAS Mission", i1=8, a2=MFDC, i2=2, fat=4),
  unscored(E(bg, "Armed clash", "launched an offensive against MFDC bases", P("Ziguinchor", "SN", 3), "2022-03-01", tp=3, a1=SEN, i1=1, a2=MFDC, i2=2),
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
  E(cur, "Armed clash", "Heavy gunfire", P("Rio de Janeiro", "BR"), 0, a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=6, inj=2),
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
  E(cur, "Attack", "died after being shot", P("Sodertalje", "SE", lat=59.20, lon=17.63, a1="Stockholm", a2="Sodertalje"), "sunday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=1),
  unscored(E(cur, "Remote explosive/landmine/IED", "a powerful explosion damaged the entrance of an apartment building", P("Uppsala", "SE", a2="Uppsala"), 0,
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
  unscored(E(cur, "Arrests", "police detained a Catholic priest", P("Matagalpa", "NI"), "tuesday", a1=NIC_POL, i1=1), "actor2", "inter2"),
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
  unscored(E(cur, "Looting/property destruction", "treating as arson", P("Dundalk", "IE", 2, a2="Louth"), "sunday", fat=0), "actor1", "inter1", "actor2", "inter2"),
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
    "wednesday", a1="Mapuche Ethnic Militia (Chile)", i1=4, fat=0),
  E(cur, "Armed clash", "a police patrol came under fire", P("Tirua", "CL", 2, lat=-38.34, lon=-73.49, a1="Biobio", a2="Arauco"), "wednesday",
    a1=CHL_POL, i1=1, a2="Unidentified Armed Group (Chile)", i2=3, fat=None, inj=1),
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
  E(cur, "Remote explosive/landmine/IED", "A roadside bomb wounded four rangers", P("Raman", "TH", 2, a1="Yala"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=None, inj=4),
  E(cur, "Armed clash", "rangers shot dead a suspect in a firefight", P("Raman", "TH", 2, a1="Yala"), "thursday",
    a1=THA, i1=1, a2="Unidentified Armed Group (Thailand)", i2=3, fat=1),
  E(cur, "Armed clash", "Soldiers clashed with about 20 New People's Army guerrillas", P("Kabankalan", "PH", 2, a1="Negros Island Region"), "wednesday",
    a1=PHL, i1=1, a2="NPA: New People's Army", i2=2, fat=4),
  E(cur, "Air/drone strike", "A military air strike hit a village near Shwebo", P("Shwebo", "MM", 2, a1="Sagaing"), "friday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
], register="monitor"),
]

"""Multi-event stories written for this project (issue 11), batch m: weighted, like batch l, toward what still fails on
held-out news — riots told with looting, arson, tear gas and arrests in separate paragraphs (one Violent demonstration
per town and day, eval/WRITERS.md); someone hurt at a march who dies in hospital days later (the same event, its toll
raised); KEY POINTS / HIGHLIGHTS bullets that retell the body's events; rallies that were only planned, called off or
"tried" (no event unless people gathered); people nouns in later sentences ("the gunmen", "the protesters said");
deployments and reinforcements after an attack (no events); statements about deaths; tallies over periods; background
events with and without dates; two events in one sentence at different places; events in two countries in one story;
datelines that are not the event place. Registers: wire (caps headlines, datelines), local press, live blogs, weekly
round-ups, NGO/UN situation reports, military/police/government releases, analysis pieces. Countries the earlier
batches have least (Switzerland, Canada, China, Equatorial Guinea, the Nordic and Baltic states, Rwanda, Eritrea,
Czech Republic...). Our own words; invented incidents at real places, public group names. No ``split`` key: the id
hash decides."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

KEN_POL = "Police Forces of Kenya (2022-)"; COD = "Military Forces of Democratic Republic of Congo (2019-)"
ERI = "Military Forces of Eritrea (1993-)"; ETH = "Military Forces of Ethiopia (2018-)"; CHE_POL = "Police Forces of Switzerland (1848-)"
CAN_POL = "Police Forces of Canada (2025-)"; CHN_POL = "Police Forces of China (2012-)"; DNK_POL = "Police Forces of Denmark (2019-)"
CMR = "Military Forces of Cameroon (1982-)"; UGA_POL = "Police Forces of Uganda (1986-)"; BFA = "Military Forces of Burkina Faso (2022-)"
MEX = "Military Forces of Mexico (2024-)"; IRN_POL = "Police Forces of Iran (1989-)"; TUR_POL = "Police Forces of Turkey (2002-)"
GEO_POL = "Police Forces of Georgia (2012-)"; AGO_POL = "Police Forces of Angola (2017-)"; GNQ_POL = "Police Forces of Equatorial Guinea (1979-)"
BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"; AMBA = "Ambazonian Separatists"
DOM_POL = "Police Forces of Dominican Republic (2020-)"; GHA_POL = "Police Forces of Ghana (2025-)"; COL_POL = "Police Forces of Colombia (2022-)"
CIV_POL = "Police Forces of Ivory Coast (2011-)"; ARM_POL = "Police Forces of Armenia (2018-)"; MOZ_POL = "Police Forces of Mozambique (2025-)"
TUN_POL = "Police Forces of Tunisia (2019-)"; TGO = "Military Forces of Togo (2005-)"

STORIES = [
S("st-m-001", "2026-09-17", """KENYA-PROTESTS/
SHOPS LOOTED, POLICE POST BURNED AS CUSTODY-DEATH PROTESTS TURN VIOLENT IN NAIROBI; MAN SHOT IN NAKURU DIES

NAIROBI, Sept 17 (Wire) - A man shot by police during anti-government protests in the Rift Valley town of Nakuru on Tuesday died in hospital on Thursday, his family said, as Kenya counted the cost of a day of unrest in which shops were looted and a police post was burned in the capital.

Thousands of young people had marched into central Nairobi on Tuesday to demand justice for a teacher and blogger who died in police custody last month, and the resignation of the officers they hold responsible. By mid-morning, groups of youths were hurling stones at police lines on Moi Avenue and Kenyatta Avenue.

Police responded with tear gas and water cannon, and running battles continued for most of the afternoon in the streets around the Kenya National Archives.

Witnesses said some of the crowd then broke into shops and a supermarket on Tom Mboya Street, carrying away electronics and food. A police post near the Kencom bus stop was set on fire.

The interior ministry said on Wednesday that 112 people had been arrested in Nairobi and that 19 officers had been wounded. No deaths were reported in the capital.

In Nakuru, protesters burned tyres on the Nairobi-Nakuru highway and stoned police vehicles. Police fired live rounds, and three men were taken to hospital with gunshot wounds. One of them, a 24-year-old motorcycle taxi driver, died of his injuries on Thursday morning, his brother told reporters. "He was not throwing anything. He was going home," he said.

In Nyeri and Embu, police fired tear gas to disperse small groups of protesters who had gathered in the town centres.

The government deployed soldiers to support the police in Nairobi on Wednesday night, a move the Law Society of Kenya said it would challenge in court. The Kenya National Commission on Human Rights said at least 38 people had been killed in protests across the country since June 2024.

Kenya has seen waves of protests led by young people since 2024, when demonstrations against a finance bill forced the government to withdraw it.""", [
  E(cur, "Violent demonstration", "groups of youths were hurling stones at police lines on Moi Avenue", P("Nairobi", "KE", a1="Nairobi"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1, fat=0, inj=19),
  unscored(E(cur, "Violent demonstration", "protesters burned tyres on the Nairobi-Nakuru highway and stoned police vehicles", P("Nakuru", "KE"), "tuesday",
    a1="Rioters (Kenya)", i1=5, a2=KEN_POL, i2=1, fat=1), "injuries"),
  E(cur, "Protest with intervention", "In Nyeri and Embu, police fired tear gas", P("Nyeri", "KE"), "tuesday",
    a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1),
  E(cur, "Protest with intervention", "Embu", P("Embu", "KE"), "tuesday", a1="Protesters (Kenya)", i1=6, a2=KEN_POL, i2=1),
]),

S("st-m-002", "2026-03-05", """Shells from Congo hit Rwanda's Gisenyi as fighting rages near Sake

KIGALI, March 5 — Shells fired from the Democratic Republic of Congo landed in the Rwandan border town of Gisenyi on Wednesday afternoon, killing two people and wounding seven, the Rwanda Defence Force (RDF) said, as M23 rebels and the Congolese army fought for a second day around Sake, west of Goma.

The RDF said the shells had been fired by the Congolese army and its allies of the FDLR militia from positions north of Goma, and that one of them hit a house near the Gisenyi market. A woman and her daughter were killed. The Congolese army denied firing into Rwanda and accused the M23 of staging the shelling.

Across the border, the M23 attacked army and allied militia positions on the hills around Sake on Tuesday morning, and fighting continued on Wednesday, local officials and residents said. A hospital in Sake said it had received 23 wounded fighters and civilians since Tuesday; the number of dead was not known.

Rwanda said it had reinforced its troops and air-defence systems along the border "to protect its citizens", and called on the United Nations to hold Kinshasa responsible.

Thousands of people fled Sake towards Goma on Tuesday and Wednesday, the UN refugee agency said.

Rwanda and Congo have accused each other of cross-border fire many times since the M23 rebellion resumed in 2021.""", [
  E(cur, "Shelling/artillery/missile attack", "Shells fired from the Democratic Republic of Congo landed in the Rwandan border town of Gisenyi",
    P("Gisenyi", "RW", a1="Western"), "wednesday", a1=COD, i1=8, a2="Civilians (Rwanda)", i2=7, fat=2, inj=7),
  unscored(E(cur, "Armed clash", "the M23 attacked army and allied militia positions on the hills around Sake", P("Sake", "CD", 2, a1="North Kivu"), "tuesday",
             a1="M23: March 23 Movement", i1=2, a2=COD, i2=1, fat=None), "injuries"),
]),

S("st-m-003", "2026-09-18", """ETHIOPIA
Northern Ethiopia: Flash Update No. 7
As of 17 September 2026

KEY POINTS
• Twelve civilians, among them three women, were abducted by Eritrean troops from villages north of Adigrat on 14 September.
• A drone strike on a market in Bichena, Amhara region, killed at least 14 civilians on 15 September.
• Humanitarian access to parts of eastern Tigray and East Gojjam remains restricted.

SITUATION OVERVIEW
On 14 September, members of the Eritrean Defence Forces (EDF) entered three villages about 20 km north of Adigrat, in Eastern Zone of Tigray, and took away 12 civilians, according to local authorities and humanitarian partners. Their whereabouts remain unknown. Partners report that families from the area have since moved to Adigrat town.

On 15 September, a drone strike hit the weekly market in Bichena town, East Gojjam Zone, Amhara region, killing at least 14 civilians and injuring more than 30, according to health workers and local sources. The injured were taken to the hospital in Debre Mark'os. Fighting between Ethiopian National Defence Forces (ENDF) and Fano militias has been reported in the zone since early September.

Since January, humanitarian partners have recorded 53 incidents of violence against aid workers or assets in Amhara region, including the killing of four aid workers.

HUMANITARIAN RESPONSE
Partners delivered food to 46,000 people in Eastern Zone this week. Mobile health teams have been deployed to Bichena to treat the injured.

For further information, please contact the OCHA Ethiopia office.""", [
  E(cur, "Abduction/forced disappearance", "took away 12 civilians", P("Adigrat", "ET", 2), "2026-09-14",
    a1=ERI, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=None),
  E(cur, "Air/drone strike", "a drone strike hit the weekly market in Bichena town", P("Bichena", "ET"), "2026-09-15",
    a1=ETH, i1=1, a2="Civilians (Ethiopia)", i2=7, fat=14, inj=30),
], register="ngo"),

S("st-m-004", "2026-05-02", """Zurich: Shop windows smashed, police fire rubber bullets after May Day march

ZURICH — Police in Zurich fired rubber bullets, tear gas and a water cannon on Friday evening at several hundred people who smashed shop windows and sprayed paint on banks after the city's traditional May Day march, the city police said on Saturday.

The march of trade unions and left-wing parties, which drew about 12,000 people, passed off peacefully in the afternoon. At around 6 p.m., a group of about 500 people, many of them dressed in black and masked, split off near Helvetiaplatz and headed towards the city centre.

The group smashed the windows of two banks and a jeweller's and set fire to rubbish containers on Langstrasse, police said. Officers were pelted with stones, bottles and fireworks.

Police said 31 people had been detained, most of them for identity checks, and that three officers had been slightly injured. Damage was estimated at several hundred thousand francs.

In Bern, about 4,000 people took part in a peaceful May Day rally on the Federal Square. In Basel, police surrounded about 300 people at an unauthorised demonstration in the Kleinbasel district and checked their identities before letting them go.

"We respect the right to demonstrate, but not vandalism," the head of Zurich's security department said.""", [
  E(cur, "Violent demonstration", "smashed shop windows and sprayed paint on banks", P("Zurich", "CH"), "friday",
    a1="Rioters (Switzerland)", i1=5, a2=CHE_POL, i2=1, fat=None, inj=3),
  E(cur, "Peaceful protest", "about 4,000 people took part in a peaceful May Day rally", P("Bern", "CH"), "friday", a1="Protesters (Switzerland)", i1=6),
  E(cur, "Protest with intervention", "police surrounded about 300 people at an unauthorised demonstration", P("Basel", "CH", 2), "friday",
    a1="Protesters (Switzerland)", i1=6, a2=CHE_POL, i2=1),
], register="local"),

S("st-m-005", "2026-11-15", """Arrests after masked group smashes windows at Montreal protest

OTTAWA, Nov 15 (Wire) - Montreal police arrested 22 people on Saturday after a group of masked demonstrators smashed the windows of a hotel hosting a defence industry conference and set off smoke bombs, police said, in the second day of protests against the event.

About 1,500 people had marched peacefully through downtown Montreal in the early afternoon. Police said that as the march reached the hotel, a group of about 100 people dressed in black threw paint and rocks at the building and at officers guarding it.

Officers used pepper spray and tear gas to disperse the group. Two officers were treated for minor injuries.

"The right to protest does not include the right to destroy property," the city's mayor said.

In Toronto, several hundred people held a vigil outside the provincial legislature on Saturday evening in support of the Montreal demonstrators. A march planned for Sunday in Quebec City was postponed by its organisers.

On Friday, the first day of the conference, about 300 protesters had rallied peacefully outside the hotel.""", [
  E(cur, "Violent demonstration", "threw paint and rocks at the building and at officers guarding it", P("Montreal", "CA"), "saturday",
    a1="Rioters (Canada)", i1=5, a2=CAN_POL, i2=1, fat=None, inj=2),
  E(cur, "Peaceful protest", "several hundred people held a vigil outside the provincial legislature", P("Toronto", "CA"), "saturday",
    a1="Protesters (Canada)", i1=6),
  E(cur, "Peaceful protest", "about 300 protesters had rallied peacefully outside the hotel", P("Montreal", "CA"), "friday", a1="Protesters (Canada)", i1=6),
]),

S("st-m-006", "2026-04-23", """Villagers overturn police cars in Guangdong land protest, dozens detained

HONG KONG, April 23 — Hundreds of villagers in southern China's Guangdong province overturned police vehicles and threw stones at riot police on Monday during a protest against the sale of village farmland to a developer, according to residents and videos posted online.

The clashes took place in a village near Shanwei, in the east of the province, after police tried to remove villagers who had blocked the road to a construction site for two weeks. Videos showed police cars lying on their sides and officers with shields retreating under a hail of stones and bricks.

Residents reached by telephone said police had beaten several elderly villagers and used pepper spray. One woman said her son was taken to hospital with a head injury.

Police detained at least 20 villagers in raids on their homes before dawn on Wednesday, residents said. A statement from the local public security bureau said "a small number of people" had been detained for "gathering a crowd to disturb public order".

Land seizures are one of the most common causes of unrest in rural China. In 2011, villagers in nearby Wukan drove out local officials in a months-long protest over land sales.""", [
  E(cur, "Violent demonstration", "overturned police vehicles and threw stones at riot police", P("Shanwei", "CN", 2), "monday",
    a1="Rioters (China)", i1=5, a2=CHN_POL, i2=1, fat=None),
  E(cur, "Arrests", "Police detained at least 20 villagers in raids on their homes", P("Shanwei", "CN", 2), "wednesday",
    a1=CHN_POL, i1=1, a2="Rioters (China)", i2=5),
  unscored(E(bg, "Peaceful protest", "villagers in nearby Wukan drove out local officials", P("Shanwei", "CN", 2), "2011-01-01", tp=3),
           "sub_event_type", "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision"),
]),

S("st-m-007", "2026-08-28", """NORDIC & BALTIC WEEK
Politics and security across the region, in brief

DENMARK
• Police in Copenhagen stopped a planned Koran burning outside the Turkish embassy on Tuesday after the far-right activist behind it failed to show up. About 200 counter-protesters who had gathered nearby then threw bottles and stones at officers, who used pepper spray. Eight people were arrested.

LITHUANIA
• Around 8,000 people rallied peacefully in Vilnius on Saturday against a government plan to cut funding for public broadcasting.

ESTONIA
• Parliament voted on Wednesday to strip Russian and Belarusian citizens of the right to vote in local elections.

FINLAND
• Climate activists who had planned to block a motorway in Helsinki on Thursday called the action off after police warned they would be removed by force.

NORWAY
• Farmers drove about 150 tractors slowly through central Oslo on Friday to protest against low food prices, police said. The protest passed without incident.

The newsletter will be back next Friday.""", [
  E(cur, "Violent demonstration", "threw bottles and stones at officers", P("Copenhagen", "DK"), "tuesday",
    a1="Rioters (Denmark)", i1=5, a2=DNK_POL, i2=1),
  E(cur, "Peaceful protest", "Around 8,000 people rallied peacefully in Vilnius", P("Vilnius", "LT", a1="Vilnius"), "saturday", a1="Protesters (Lithuania)", i1=6),
  E(cur, "Peaceful protest", "Farmers drove about 150 tractors slowly through central Oslo", P("Oslo", "NO"), "friday", a1="Protesters (Norway)", i1=6),
], register="digest"),

S("st-m-008", "2026-06-24", """REPUBLIC OF CAMEROON
MINISTRY OF DEFENCE
PRESS RELEASE

Yaoundé, 24 June 2026 — The Minister Delegate at the Presidency in charge of Defence informs national and international opinion of the following incidents recorded in the North-West and Far North regions.

On Monday 22 June 2026, a convoy of the Defence and Security Forces was ambushed by armed secessionist terrorists on the road between Bamenda and Batibo. The troops reacted vigorously. Two soldiers lost their lives and three were wounded. Three assailants were neutralised and two AK-47 rifles recovered.

On Tuesday 23 June 2026, the same terrorists abducted two council workers and their driver near Wum, Menchum Division. Search operations are under way to free them.

In the night of 22 to 23 June 2026, elements of the Boko Haram terrorist group attacked the village of Kourgui, near Mora, Mayo-Sava Division, killing four civilians and taking away livestock. The assailants fled towards the border before the arrival of the troops.

Reinforcements have been dispatched to the affected areas and the Defence and Security Forces remain mobilised. Since the beginning of the year, they have neutralised more than 90 terrorists in the two regions.

The Minister Delegate pays tribute to the fallen soldiers and presents his condolences to their families.""", [
  E(cur, "Armed clash", "a convoy of the Defence and Security Forces was ambushed by armed secessionist terrorists on the road between Bamenda and Batibo",
    P("Bamenda", "CM", 2, lat=5.96, lon=10.15, a1="North-West"), "2026-06-22", a1=AMBA, i1=2, a2=CMR, i2=1, fat=5, inj=3),
  E(cur, "Abduction/forced disappearance", "abducted two council workers and their driver near Wum", P("Wum", "CM", 2, a1="North-West"), "2026-06-23",
    a1=AMBA, i1=2, a2="Civilians (Cameroon)", i2=7),
  E(cur, "Attack", "attacked the village of Kourgui, near Mora", P("Mora", "CM", 2), "2026-06-23",
    a1=BOKO, i1=2, a2="Civilians (Cameroon)", i2=7, fat=4),
], register="official"),

S("st-m-009", "2026-02-16", """Police fire tear gas at NUP supporters in Masaka, arrest 17

MASAKA — Police fired tear gas and live bullets into the air on Saturday to disperse supporters of the opposition National Unity Platform (NUP) who had gathered to welcome party leader Robert Kyagulanyi in Masaka city, and arrested 17 people.

Hundreds of supporters had lined the road from Nyendo to the city centre, singing and waving red flags, when police and military police blocked the convoy at a roundabout. The crowd refused to leave, and officers fired tear gas canisters into it.

The protesters said police had beaten people who ran into shops to escape the gas. Two people were treated for injuries at Masaka Regional Referral Hospital.

The regional police spokesperson said the gathering had not been cleared and that those arrested would be charged with unlawful assembly.

The NUP had planned to hold a rally in Mbarara on Sunday, but it cancelled it after police said the venue had been booked by another group.

On Sunday night, armed men in plain clothes picked up two NUP youth leaders from their homes in Kampala's Kawempe division and drove off in a van without number plates, their families said. The party said it did not know where they were being held. Police said they were not aware of the arrests.""", [
  E(cur, "Protest with intervention", "Police fired tear gas and live bullets into the air on Saturday to disperse supporters", P("Masaka", "UG"), "saturday",
    a1="Protesters (Uganda)", i1=6, a2=UGA_POL, i2=1, fat=None, inj=2),
  unscored(E(cur, "Abduction/forced disappearance", "picked up two NUP youth leaders from their homes in Kampala", P("Kampala", "UG", 2), "sunday",
             a1=UGA_POL, i1=1, a2="Civilians (Uganda)", i2=7), "sub_event_type", "actor1", "inter1"),
], register="local"),

S("st-m-010", "2026-01-29", """Chad says 21 killed in herder-farmer clashes in south, sends troops

N'DJAMENA, Jan 29 (Wire) - Chad's government on Thursday announced the deaths of 21 people in clashes between herders and farmers in the southern Tandjilé province earlier this week, and said troops had been sent to the area to restore calm.

The fighting broke out on Monday in villages east of Laï after cattle strayed into a field, the government spokesman said in a statement read on state television. Men from the two communities attacked each other with guns, bows and machetes, and several houses were burned. Forty-three people were wounded.

"Those responsible will be found and brought to justice," the spokesman said. He said 34 people had been arrested.

Local officials said that more than 100 people had been killed in similar clashes in the south since the start of last year. In May 2025, clashes in the village of Mandakao, in Logone Occidental province, killed 42 people.

The prime minister visited Laï on Wednesday and met leaders of both communities.""", [
  E(cur, "Armed clash", "The fighting broke out on Monday in villages east of Laï", P("Lai", "TD", 2), "monday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=21, inj=43),
  unscored(E(bg, "Armed clash", "clashes in the village of Mandakao", P("Mandakao", "TD", 3, lat=8.57, lon=16.08, a1="Logone Occidental"), "2025-05-01", tp=3,
             a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=42), "location", "latitude", "longitude", "geo_precision"),
]),

S("st-m-011", "2026-10-14", """Sahel: jihadists kill 17 villagers in western Niger, overrun army post in Burkina Faso

NIAMEY, Oct 14 (Wire) - Suspected Islamic State fighters killed 17 villagers near Ouallam in western Niger on Sunday, while in neighbouring Burkina Faso al Qaeda-linked militants attacked an army base in the north-eastern town of Sebba, security sources said on Tuesday.

In Niger, gunmen on motorcycles surrounded a village about 30 km north of Ouallam in the Tillaberi region at midday, rounded up the men and shot them, a local official said. The attackers also stole cattle and set fire to granaries. Niger's interior ministry confirmed 17 deaths and declared three days of national mourning.

The official said the gunmen belonged to the Islamic State Sahel Province, which has repeatedly attacked villages accused of cooperating with the army.

In Burkina Faso, fighters of the Group for Support of Islam and Muslims (JNIM) attacked the army base in Sebba early on Sunday, two security sources said. Fighting lasted several hours. One source said at least 30 soldiers had been killed; the JNIM said in a statement that it had killed 80. The army did not comment.

The military governments of Niger, Burkina Faso and Mali formed a joint force last year to fight the insurgents, but attacks have continued. Sebba, in the Yagha province, has been cut off by JNIM fighters for months and is supplied by air.""", [
  E(cur, "Attack", "rounded up the men and shot them", P("Ouallam", "NE", 2), "sunday",
    a1="Islamic State Sahel Province", i1=2, a2="Civilians (Niger)", i2=7, fat=17),
  E(cur, "Armed clash", "attacked the army base in Sebba", P("Sebba", "BF"), "sunday",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2=BFA, i2=1, fat=30),
]),

S("st-m-012", "2026-09-09", """GOVERNMENT OF MEXICO
SECRETARIAT OF NATIONAL DEFENSE
Press release 212/2026

Mexico City, 9 September 2026. The Secretariat of National Defense reports the following actions carried out by personnel of the Mexican Army and the National Guard.

In Tlacotepec, in the Sierra of Guerrero, on 7 September, an Army reconnaissance patrol was attacked with explosive devices dropped from drones by members of a criminal group near the town. Three military personnel were wounded and received medical attention; their condition is reported as stable.

In Reynosa, Tamaulipas, on 8 September, National Guard personnel on patrol were attacked with firearms by armed civilians. In response to the aggression, four aggressors lost their lives and six were arrested. Five long weapons, 40 magazines and two vehicles, one of them armoured, were secured.

Following these events, 200 additional Army personnel arrived in Reynosa to reinforce security operations.

The Secretariat of National Defense reiterates its commitment to guaranteeing the security of the population.""", [
  E(cur, "Air/drone strike", "attacked with explosive devices dropped from drones", P("Tlacotepec", "MX", 2, admin1="Guerrero"), "2026-09-07",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2=MEX, i2=1, fat=None, inj=3),
  E(cur, "Armed clash", "National Guard personnel on patrol were attacked with firearms by armed civilians", P("Reynosa", "MX"), "2026-09-08",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="National Guard of Mexico (2019-)", i2=1, fat=4),
], register="official"),

S("st-m-013", "2026-10-17", """LIVE: Protests in Iran after Sanandaj shooting — updates

Updated 18:40 GMT

18:40 — A protester who was shot in the chest in Sanandaj on Friday has died in hospital, a Kurdish rights group says, bringing the number of people killed there to four. We have not been able to verify the figure independently.

16:05 — Videos verified by our team show protesters in the south-western city of Izeh setting fire to the gate of a Basij militia base on Saturday afternoon and throwing stones at security forces, who fire shots into the air.

13:20 — In Mashhad, riot police fired tear gas to disperse several hundred people chanting anti-government slogans near the Imam Reza shrine on Saturday, witnesses tell us. At least 15 people were arrested, according to a rights group.

11:00 — Calls for protests in Tehran appear to have gone largely unheeded, with a heavy security presence in the main squares.

09:30 — What we know so far: security forces opened fire on mourners who marched from the cemetery towards the governor's office in Sanandaj after the funeral of a Kurdish teenager who died in custody last month, killing three people, according to rights groups. Officials said "rioters" had attacked a police station.

08:15 — Mobile internet has been cut in Kurdistan province since Friday evening, the monitoring group NetBlocks says.""", [
  E(cur, "Excessive force against protesters", "security forces opened fire on mourners who marched from the cemetery towards the governor's office in Sanandaj",
    P("Sanandaj", "IR", a1="Kurdistan"), "friday", a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1, fat=4),
  unscored(E(cur, "Violent demonstration", "setting fire to the gate of a Basij militia base", P("Izeh", "IR"), "saturday", a1="Rioters (Iran)", i1=5, a2=IRN_POL, i2=1)),
  E(cur, "Protest with intervention", "riot police fired tear gas to disperse several hundred people", P("Mashhad", "IR"), "saturday",
    a1="Protesters (Iran)", i1=6, a2=IRN_POL, i2=1),
], register="live"),

S("st-m-014", "2026-03-25", """Turkish police fire water cannon at Van protest over mayor's removal; DEM members detained in dawn raids

ANKARA, March 25 — Turkish police used water cannon and pepper spray on Tuesday to disperse hundreds of people protesting in the eastern city of Van against the removal of its elected pro-Kurdish mayor, and detained 23 members of his party in dawn raids on Wednesday, the party said.

The protesters, many of them supporters of the Peoples' Equality and Democracy Party (DEM Party), had gathered outside the city hall after the interior ministry replaced the mayor with a government-appointed trustee. Police moved in when they tried to march to the governor's office.

The DEM Party said dozens of its supporters had been beaten and 40 detained during the protest. The governor's office said eight police officers had been injured.

Police detained 23 DEM Party members, including two provincial officials, at their homes in Van before dawn on Wednesday, accusing them of organising the protest, the party said.

In Diyarbakır, several thousand people gathered peacefully outside the DEM Party's provincial office on Tuesday evening in support of the Van mayor.

The government has replaced dozens of elected pro-Kurdish mayors with trustees since 2016, accusing them of links to Kurdish militants, which they deny.""", [
  E(cur, "Protest with intervention", "Turkish police used water cannon and pepper spray on Tuesday to disperse hundreds of people protesting in the eastern city of Van",
    P("Van", "TR"), "tuesday", a1="Protesters (Turkey)", i1=6, a2=TUR_POL, i2=1, fat=None),
  E(cur, "Arrests", "Police detained 23 DEM Party members", P("Van", "TR"), "wednesday", a1=TUR_POL, i1=1, a2="DEM: Peoples' Equality and Democracy Party", i2=7),
  E(cur, "Peaceful protest", "several thousand people gathered peacefully outside the DEM Party's provincial office", P("Diyarbakir", "TR"), "tuesday",
    a1="Protesters (Turkey)", i1=6),
]),

S("st-m-015", "2026-11-02", """Armenia: stun grenades fired as protesters try to storm government building in Yerevan

YEREVAN — Armenian police fired stun grenades late on Sunday to push back protesters who threw stones and bottles at the government building in Yerevan and tried to break through its doors, after the arrest of an opposition-aligned archbishop, the interior ministry said on Monday.

Several thousand people had gathered on Republic Square in the early evening. Later that night, groups of young men broke through the police cordon, smashed ground-floor windows and tried to force the main entrance, according to videos posted by Armenian media.

Police then cleared the square, detaining people and beating some of them, the videos showed. The ministry said 61 people had been detained and 17 officers injured. Opposition parties said more than 30 protesters had been taken to hospital.

The opposition had called for another rally in Gyumri on Monday, but the organisers said it would not go ahead because of the arrests.

Relations between Prime Minister Nikol Pashinyan and the leaders of the Armenian Apostolic Church have deteriorated sharply since 2024.""", [
  E(cur, "Violent demonstration", "threw stones and bottles at the government building in Yerevan", P("Yerevan", "AM"), "sunday",
    a1="Rioters (Armenia)", i1=5, a2=ARM_POL, i2=1, fat=None, inj=17),
]),

S("st-m-016", "2026-06-03", """Fourteen killed in cattle raid near Tonj; troops sent to Warrap

JUBA — Armed youths killed 14 people, among them five women and three children, in a raid on a cattle camp near Tonj in South Sudan's Warrap state on Sunday and drove off more than 2,000 head of cattle, local officials said.

The attackers, who came from a neighbouring county, surrounded the camp at dawn and opened fire on the herders and their families, the Tonj North county commissioner said on Tuesday. Nineteen people were wounded.

"We buried fourteen people yesterday. The raiders took everything the families had," he said by telephone.

The army said on Tuesday that a battalion had been sent to the area to recover the cattle and prevent revenge attacks. The state governor appealed to young men not to retaliate.

Cattle raiding and revenge attacks kill hundreds of people in South Sudan every year. In neighbouring Lakes state, 20 people were killed in a similar raid in January, local officials said.""", [
  E(cur, "Attack", "Armed youths killed 14 people, among them five women and three children, in a raid on a cattle camp near Tonj", P("Tonj", "SS", 2), "sunday",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=14, inj=19),
  unscored(E(bg, "Attack", "20 people were killed in a similar raid in January", C("SS"), "2026-01-01", tp=3, fat=20),
           "actor1", "inter1", "actor2", "inter2", "geo_precision"),
], register="local"),

S("st-m-017", "2026-08-19", """Mozambique: five killed as minibus strike protests turn to looting in Matola

MAPUTO, Aug 19 (Wire) - At least five people were killed in the Mozambican city of Matola, outside the capital, on Monday when police opened fire on crowds who looted shops and warehouses during a strike by minibus taxi drivers against a rise in fuel prices, police said.

The strike left commuters stranded across Maputo and Matola from early morning. Groups of young people then set up barricades of burning tyres on the main road to Maputo and threw stones at passing police vehicles.

In the afternoon, crowds broke into dozens of shops and several warehouses in Matola, carrying away sacks of rice, cooking oil and drinks. Two supermarkets were set on fire.

Police fired tear gas and live ammunition. A police spokesman said on Tuesday that five people had died and that 270 had been arrested for "acts of vandalism and looting". A Mozambican rights group said at least 11 people had been killed.

The government said the fuel price rise would stay, but promised to increase subsidies for minibus operators. The drivers' association called off the strike on Tuesday morning.""", [
  E(cur, "Violent demonstration", "set up barricades of burning tyres on the main road to Maputo and threw stones at passing police vehicles", P("Matola", "MZ"),
    "monday", a1="Rioters (Mozambique)", i1=5, a2=MOZ_POL, i2=1, fat=5),
]),

S("st-m-018", "2026-05-21", """Equatorial Guinea police arrest opposition activists in Malabo and Bata, party says

MADRID, May 21 (Wire) - Police in Equatorial Guinea arrested 14 members of the banned opposition party Citizens for Innovation (CI) in Malabo and Bata on Tuesday, the party's leaders in exile said on Thursday.

Officers arrested nine members at a house in Malabo where they were preparing a statement on the anniversary of the party's ban, and five others at their homes in Bata, the country's largest city on the mainland, the party said from Spain.

The party had planned to hold a march in Malabo on Saturday to demand the release of its imprisoned members. It said the march would not take place.

The government in Malabo did not respond to a request for comment. The courts dissolved the CI in 2018 after it was accused of plotting against the government, and dozens of its members were jailed.""", [
  E(cur, "Arrests", "arrested 14 members of the banned opposition party Citizens for Innovation (CI) in Malabo and Bata", P("Malabo", "GQ"), "tuesday",
    a1=GNQ_POL, i1=1, a2="CI: Citizens for Innovation", i2=7),
  E(cur, "Arrests", "five others at their homes in Bata", P("Bata", "GQ"), "tuesday", a1=GNQ_POL, i1=1, a2="CI: Citizens for Innovation", i2=7),
]),
]

BRA_POL = "Police Forces of Brazil (2023-)"; ZAF_POL = "Police Forces of South Africa (2018-)"; CAF = "Military Forces of the Central African Republic (2016-)"
BEN = "Military Forces of Benin (2016-)"; KAZ_POL = "Police Forces of Kazakhstan (2019-)"; GIN_POL = "Police Forces of Guinea (2021-)"
NPL_POL = "Police Forces of Nepal (2025-)"; IDN = "Military Forces of Indonesia (2024-)"; SEN_POL = "Police Forces of Senegal (2024-)"
ISR = "Military Forces of Israel (2022-)"; JAM_POL = "Police Forces of Jamaica (2016-)"; ARG_POL = "Police Forces of Argentina (2023-)"
CZE_PROT = "Protesters (Czech Republic)"

STORIES += [
S("st-m-019", "2026-10-05", """Tens of thousands rally in Prague against government's media law

PRAGUE, Oct 5 — Tens of thousands of people filled Wenceslas Square in Prague on Sunday evening to protest against a government bill that would merge the public television and radio broadcasters under a single state-appointed board, in the largest demonstration in the Czech Republic for several years.

Organisers from the civic group Million Moments for Democracy put the crowd at 120,000; police did not give a figure. Speakers accused the government of trying to silence critical journalists, and the crowd jingled keys, as protesters did in 1989.

The rally ended peacefully shortly after 8 p.m. Several thousand people also marched through the centre of Brno on Sunday afternoon.

The prime minister said on Monday that the bill would go ahead. "We respect the right to protest, but the government has a mandate," he told reporters.

The organisers said they would hold another rally in Prague on Nov. 17, the anniversary of the Velvet Revolution.""", [
  E(cur, "Peaceful protest", "Tens of thousands of people filled Wenceslas Square in Prague", P("Prague", "CZ"), "sunday", a1=CZE_PROT, i1=6),
  E(cur, "Peaceful protest", "Several thousand people also marched through the centre of Brno", P("Brno", "CZ"), "sunday", a1=CZE_PROT, i1=6),
  unscored(E(hyp, "Peaceful protest", "hold another rally in Prague on Nov. 17", P("Prague", "CZ"), "2026-11-17", a1=CZE_PROT, i1=6), "event_date", "time_precision"),
]),

S("st-m-020", "2026-02-11", """Two killed in Santo Domingo police shootout; residents burn tyres, say victims were not gang members

SANTO DOMINGO — Two men were killed on Monday night in what the Dominican National Police called an exchange of fire with a patrol in the Los Mina sector of Santo Domingo Este, and residents who said the men were unarmed blocked streets with burning tyres the next day.

According to a police statement, officers on patrol were fired on by two men on a motorcycle, whom the statement described as members of a gang dedicated to robbery and drug sales. The officers returned fire, and both men died on the way to the Dario Contreras hospital. A pistol was recovered.

On Tuesday morning, dozens of residents set up barricades of burning tyres and rubbish on the avenue leading to the sector and threw stones and bottles at police vehicles, demanding justice for the two men, who their families said were a mechanic and a student. Police fired tear gas to reopen the road and detained six people.

"They were coming back from work. The police killed them and then put a gun next to them," the mechanic's sister told reporters.

The police said the Internal Affairs Directorate had opened an investigation. Rights groups say police "exchanges of fire" killed more than 150 people in the country last year.""", [
  E(cur, "Armed clash", "officers on patrol were fired on by two men on a motorcycle", P("Santo Domingo Este", "DO", 2), "monday",
    a1="Unidentified Armed Group (Dominican Republic)", i1=3, a2=DOM_POL, i2=1, fat=2),
  E(cur, "Violent demonstration", "set up barricades of burning tyres and rubbish on the avenue leading to the sector", P("Santo Domingo Este", "DO", 2), "tuesday",
    a1="Rioters (Dominican Republic)", i1=5, a2=DOM_POL, i2=1),
], register="local"),

S("st-m-021", "2026-04-15", """Tamale youths loot shops, burn tyres in protest over power cuts

ACCRA, April 15 (Wire) - Youths in the northern Ghanaian city of Tamale blocked roads with burning tyres and looted shops on Tuesday in a protest over weeks of power cuts, police said.

The protest began in the morning with a march to the regional office of the power distribution company, whose windows were smashed and whose car park was set on fire. Groups of young men then barricaded the main roads into the city centre.

By the afternoon, some of the protesters had broken into shops near the central market, carrying away phones, fridges and bags of rice, traders said.

Police fired tear gas and warning shots to disperse the crowds. A regional police spokesperson said 43 people had been arrested and that three officers had been hurt by stones.

"We have had no light for three weeks. Our businesses are dying," a welder told local radio.

In Bolgatanga, several hundred traders marched to the regional coordinating council on Tuesday to present a petition about the power cuts. The march passed off peacefully.

The energy minister said on Wednesday that repairs to a damaged transmission line would be completed by the weekend.""", [
  E(cur, "Violent demonstration", "blocked roads with burning tyres and looted shops on Tuesday", P("Tamale", "GH"), "tuesday",
    a1="Rioters (Ghana)", i1=5, a2=GHA_POL, i2=1, fat=None, inj=3),
  E(cur, "Peaceful protest", "several hundred traders marched to the regional coordinating council", P("Bolgatanga", "GH"), "tuesday", a1="Protesters (Ghana)", i1=6),
]),

S("st-m-022", "2026-07-24", """CENTRAL AFRICAN REPUBLIC
Flash Update No. 3: Violence in Mbomou and Ouaka prefectures
23 July 2026

HIGHLIGHTS
• On 19 July, armed men attacked the Mission Catholique displacement site in Bangassou, killing five displaced people.
• On 21 July, clashes between the national armed forces (FACA) and UPC combatants near Bambari caused new displacement.
• More than 9,000 people have been displaced in the two prefectures since 1 July.

SITUATION OVERVIEW
In the night of 19 July, unidentified armed men entered the Mission Catholique site for internally displaced persons in Bangassou, Mbomou prefecture, and opened fire on shelters, killing five people, including two children, and wounding eight. Humanitarian partners suspended activities at the site for 48 hours. MINUSCA deployed additional patrols to the town after the attack.

On 21 July, fighting broke out between FACA soldiers and combatants of the Union for Peace in the Central African Republic (UPC) around the village of Kidjigra, about 25 km east of Bambari, Ouaka prefecture. The toll of the clashes is not known. About 2,300 people fled to Bambari, where they are sheltering in a school and a church.

Since 1 July, partners have recorded 41 protection incidents in Mbomou and Ouaka, including killings, abductions and looting.

HUMANITARIAN NEEDS AND RESPONSE
Shelter, food and health care are the most urgent needs of the newly displaced. An emergency distribution of non-food items is planned in Bambari for next week.""", [
  E(cur, "Attack", "opened fire on shelters, killing five people", P("Bangassou", "CF"), "2026-07-19",
    a1="Unidentified Armed Group (Central African Republic)", i1=3, a2="Civilians (Central African Republic)", i2=7, fat=5, inj=8),
  E(cur, "Armed clash", "fighting broke out between FACA soldiers and combatants of the Union for Peace in the Central African Republic (UPC)",
    P("Bambari", "CF", 2), "2026-07-21", a1=CAF, i1=1, a2="UPC: Union for Peace in the Central African Republic", i2=2, fat=None),
], register="ngo"),

S("st-m-023", "2026-01-10", """U.S. DEPARTMENT OF STATE
Office of the Spokesperson

Attack on Togolese Soldiers in the Savanes Region
Press Statement
January 10, 2026

The United States condemns in the strongest terms the January 8 terrorist attack on a Togolese Armed Forces position near Dapaong, in northern Togo's Savanes Region, which killed 14 soldiers and wounded several others. JNIM, an al-Qa'ida affiliate, has claimed responsibility for the attack.

We extend our deepest condolences to the families of the fallen soldiers and to the people of Togo, and we wish a swift recovery to those injured.

This attack is a reminder of the growing threat that violent extremist groups pose to coastal West African states, including Togo, Benin and Ghana.

The United States stands with Togo and its neighbors in their efforts to counter terrorism and to protect civilians.""", [
  E(cur, "Armed clash", "terrorist attack on a Togolese Armed Forces position near Dapaong", P("Dapaong", "TG", 2), "2026-01-08",
    a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2=TGO, i2=1, fat=14, inj=3),
], register="official"),

S("st-m-024", "2026-06-30", """ANALYSIS-Tunisia's mining basin grows restless again as jobs fail to come

TUNIS, June 30 (Wire) - The phosphate towns of Gafsa, whose uprising of 2008 was an early warning of the revolution three years later, are again showing signs of discontent.

Phosphate output has recovered to about half of its level before 2011, but the state mining company has not hired in years, and unemployment among young graduates in the region is close to 40%, according to official figures. Many young men have left for Europe on boats from Sfax.

The authorities have been quick to act. Last Thursday, police broke up a sit-in by about 60 unemployed graduates outside the Gafsa governorate and detained 12 of them, according to a local rights group and videos posted online. Ten were released the same evening; two were charged with obstructing a public building.

"The government remembers where the revolution began. It does not want people on the streets," said a Tunis-based political analyst.

President Kais Saied has promised to make the phosphate company hire again and to prosecute officials he accuses of corruption. But analysts say the state's response in Gafsa has so far relied on the police and on promises rather than on investment.

Officials say talks on a new recruitment plan for the mining basin will resume in August.""", [
  E(cur, "Protest with intervention", "police broke up a sit-in by about 60 unemployed graduates outside the Gafsa governorate", P("Gafsa", "TN"), "thursday",
    a1="Protesters (Tunisia)", i1=6, a2=TUN_POL, i2=1),
], register="analysis"),

S("st-m-025", "2026-03-14", """Ivory Coast opposition calls off Abidjan march; teenager shot in Yopougon clashes dies

ABIDJAN, March 14 (Wire) - A 16-year-old boy shot during clashes between youths and police in Abidjan's Yopougon district on Thursday died in hospital on Friday, his family said, even though the opposition had called off the march it had planned for that day.

A coalition of opposition parties had called for a march in Abidjan to demand the release of jailed activists, but it announced on Wednesday night that the march would not take place after talks with the prime minister.

Youths in Yopougon nonetheless blocked the main road with burning tyres and threw stones at police on Thursday morning. Police fired tear gas, and residents said officers also fired live rounds. The boy was hit in the stomach and taken to the university hospital in Yopougon, where he died on Friday.

The security ministry said police had not used firearms and that an investigation had been opened. It said 11 people had been arrested.

In Bouaké, the country's second city, opposition supporters who had gathered outside a party office on Thursday went home after local leaders told them of the cancellation.""", [
  E(cur, "Violent demonstration", "blocked the main road with burning tyres and threw stones at police", P("Abidjan", "CI", 2), "thursday",
    a1="Rioters (Ivory Coast)", i1=5, a2=CIV_POL, i2=1, fat=1),
]),

S("st-m-026", "2026-05-11", """Gunmen kill seven at El Progreso car wash; military police sent to city

SAN PEDRO SULA, Honduras — Gunmen burst into a car wash in the northern Honduran city of El Progreso on Saturday night and opened fire on the workers and customers, killing seven men and wounding three, police said on Sunday.

Five men armed with rifles arrived in a pickup truck at about 10 p.m., ordered everyone to the floor and fired at them, a police spokesman said. The gunmen fled before officers arrived. Police said they were investigating whether the killings were linked to a dispute between the Barrio 18 gang and a local drug-dealing group over control of the neighbourhood.

"They came in shooting. They did not ask anything," said a woman whose brother was among the dead.

The security ministry said on Sunday that 150 military police officers had been sent to El Progreso and the neighbouring city of San Pedro Sula to reinforce patrols.

It was the 12th massacre — the killing of three or more people in one attack — in Honduras this year, according to the National Autonomous University's violence observatory.""", [
  E(cur, "Attack", "opened fire on the workers and customers, killing seven men and wounding three", P("El Progreso", "HN"), "saturday",
    a1="Unidentified Armed Group (Honduras)", i1=3, a2="Civilians (Honduras)", i2=7, fat=7, inj=3),
], register="local"),

S("st-m-027", "2026-06-17", """Nepal: curfew extended in Biratnagar after protesters torch vehicles

KATHMANDU, June 17 — Authorities in Nepal's eastern city of Biratnagar extended a curfew for a further 48 hours on Tuesday, two days after protesters angry at the arrest of a local trade union leader set fire to vehicles outside the district administration office, officials said.

Hundreds of people had marched to the office on Sunday afternoon to demand the release of the union leader, who was arrested on charges of extortion. Some of them threw stones at the building and at police, and set fire to two police vehicles and several motorcycles parked outside.

Police fired tear gas and rubber bullets and, according to witnesses, live rounds into the air. Eighteen police officers and nine protesters were injured, and 22 people were arrested, the district police office said.

The district administration imposed a curfew in the city centre on Sunday evening. On Tuesday it extended it until Thursday morning, saying that "the situation is under control but tense".

The union leader was released on bail on Monday.""", [
  E(cur, "Violent demonstration", "threw stones at the building and at police, and set fire to two police vehicles", P("Biratnagar", "NP", a1="Koshi"), "sunday",
    a1="Rioters (Nepal)", i1=5, a2=NPL_POL, i2=1, fat=None, inj=27),
  unscored(E(cur, "Other", "The district administration imposed a curfew in the city centre", P("Biratnagar", "NP", a1="Koshi"), "sunday"),
           "actor1", "inter1", "actor2", "inter2"),
  unscored(E(cur, "Other", "extended a curfew for a further 48 hours on Tuesday", P("Biratnagar", "NP", a1="Koshi"), "tuesday"),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-m-028", "2026-08-06", """Papua rebels kill two construction workers, soldier in Intan Jaya

JAYAPURA, Indonesia, Aug 6 (Wire) - Separatist rebels shot dead two construction workers building a bridge in Indonesia's Central Papua province on Monday and killed a soldier in a firefight the next day, the military said on Thursday.

The workers, both from Sulawesi, were shot by gunmen who emerged from the forest near the construction site in Intan Jaya regency, a military spokesman said. A third worker escaped and raised the alarm.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, said in a statement that its fighters had killed the men because they were "spies of the Indonesian military". Police said they had found no evidence of that.

On Tuesday, soldiers searching for the gunmen were attacked near the same site, and one soldier was killed. The TPNPB said it had killed three soldiers; the military said one soldier had died and another had been wounded.

The military said 300 additional troops had been sent to Intan Jaya after the killings.

The TPNPB has stepped up attacks on construction workers, teachers and health workers in the highlands in recent years, accusing them of working for the military.""", [
  E(cur, "Attack", "Separatist rebels shot dead two construction workers", P("Intan Jaya", "ID", 3, lat=-3.73, lon=137.03, a1="Central Papua", a2="Intan Jaya"), "monday",
    a1="TPNPB: West Papua National Liberation Army", i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  E(cur, "Armed clash", "soldiers searching for the gunmen were attacked near the same site", P("Intan Jaya", "ID", 3, lat=-3.73, lon=137.03, a1="Central Papua", a2="Intan Jaya"),
    "tuesday", a1="TPNPB: West Papua National Liberation Army", i1=2, a2=IDN, i2=1, fat=1, inj=1),
]),

S("st-m-029", "2026-11-06", """Senegal: student wounded at Dakar university protest dies; calm in Ziguinchor

DAKAR — A student wounded when police broke up a protest at Cheikh Anta Diop University in Dakar last week died in hospital on Thursday, the university and his family said, as students called for the officers responsible to be prosecuted.

The 23-year-old law student was hit in the head by a tear gas canister on Oct. 29, when police entered the campus to disperse students who were protesting against months of delays in the payment of grants, according to the students' union. He had been in a coma at the Fann hospital since then.

Police had fired tear gas into the university residences after students blocked the Avenue Cheikh Anta Diop with tables and chairs. The interior ministry said at the time that 14 officers had been hurt by stones and that 30 students had been arrested.

"We had asked for our grants, and they sent us tear gas and death," a member of the students' union told reporters outside the hospital on Thursday.

The government said in a statement that it "deeply regretted the death" and had opened an investigation. The higher education minister announced on Friday that the grants would be paid within a week.

In Ziguinchor, in the south, students held a peaceful sit-in at Assane Seck University on Thursday in solidarity with their Dakar classmates.""", [
  E(bg, "Violent demonstration", "students blocked the Avenue Cheikh Anta Diop with tables and chairs", P("Dakar", "SN"), "2026-10-29",
    a1="Rioters (Senegal)", i1=5, a2=SEN_POL, i2=1, fat=1, inj=14),
  E(cur, "Peaceful protest", "students held a peaceful sit-in at Assane Seck University", P("Ziguinchor", "SN"), "thursday", a1="Protesters (Senegal)", i1=6),
], register="local"),

S("st-m-030", "2026-09-02", """KYRGYZSTAN-TAJIKISTAN/
Kyrgyz border guard killed, Tajik villagers wounded as border fighting flares

BISHKEK, Sept 2 (Wire) - Kyrgyz and Tajik border forces exchanged fire along their disputed frontier on Tuesday, killing a Kyrgyz border guard, and mortar rounds fired from Kyrgyzstan wounded three villagers in Tajikistan, officials on both sides said.

Kyrgyzstan's border service said Tajik troops opened fire on its post near the village of Kulundu in Batken region in the morning after a dispute over the installation of a surveillance camera, and that the fighting lasted about two hours. One Kyrgyz border guard was killed and two were wounded.

Tajikistan's border troops said that Kyrgyz forces had fired first, and that mortar rounds had hit houses in the Tajik town of Isfara's outskirts in the afternoon, wounding three civilians.

The two sides agreed to a ceasefire in the evening, and local commanders met on Wednesday to pull back their troops, both governments said.

Clashes over the poorly marked border have killed more than 100 people on both sides since 2021, despite repeated agreements to demarcate it.""", [
  unscored(E(cur, "Armed clash", "Tajik troops opened fire on its post near the village of Kulundu in Batken region", P("Kulundu", "KG", 2, lat=40.11, lon=69.64, a1="Batken"), "tuesday", fat=1, inj=2),
           "actor1", "inter1", "actor2", "inter2"),
  unscored(E(cur, "Shelling/artillery/missile attack", "mortar rounds had hit houses in the Tajik town of Isfara's outskirts", P("Isfara", "TJ", 2, a1="Sughd"), "tuesday",
             a2="Civilians (Tajikistan)", i2=7, fat=None, inj=3), "actor1", "inter1"),
  unscored(E(cur, "Agreement", "The two sides agreed to a ceasefire in the evening", P("Kulundu", "KG", 2, lat=40.11, lon=69.64, a1="Batken"), "tuesday"),
           "actor1", "inter1", "actor2", "inter2"),
]),

S("st-m-031", "2026-05-24", """ANALYSIS-In Eritrea, the national service that never ends

NAIROBI, May 24 — Eritrea marked 35 years of independence on Sunday with parades in Asmara and a speech by President Isaias Afwerki promising "self-reliance". For the young Eritreans who keep crossing into Ethiopia and Sudan, the anniversary meant little.

National service, introduced in 1995 as an 18-month duty, has in practice become indefinite. Conscripts are assigned to the army, to farms or to state companies, and many serve for a decade or more on pay that does not cover the cost of living. The United Nations says more than 580,000 Eritreans, about one in six of the population, live abroad as refugees or asylum seekers.

"My father served for twenty years. I did not want to be the next," said a 24-year-old who crossed into Ethiopia last year and now lives in Addis Ababa.

There is no independent press in Eritrea and no elections have been held since independence. In January 2013, about 100 soldiers briefly occupied the information ministry in Asmara and forced state television to read a statement demanding the release of political prisoners, before the mutiny ended without bloodshed.

The government says that the threat from Ethiopia, with which it fought a border war from 1998 to 2000, makes national service necessary. Analysts say the tensions between the two countries over Ethiopia's demands for access to the Red Sea have given it new arguments.""", [
  unscored(E(bg, "Change to group/activity", "about 100 soldiers briefly occupied the information ministry in Asmara", P("Asmara", "ER"), "2013-01-01", tp=3, fat=0),
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "fatalities"),
], register="analysis"),

S("st-m-032", "2026-10-22", """AFGHANISTAN-PAKISTAN/
Pakistani drone strike in Spin Boldak kills four, Taliban say; forces trade fire at Chaman crossing

KABUL, Oct 22 (Wire) - A Pakistani drone strike on a house in the Afghan border town of Spin Boldak killed four people late on Wednesday, Taliban officials said, and Afghan and Pakistani forces exchanged fire at the Chaman border crossing on Thursday morning, officials on both sides said.

A Taliban government spokesman said a woman and two children were among the dead in Spin Boldak, in Kandahar province. He called the strike "a violation of Afghanistan's sovereignty" and said it "would not go unanswered".

Pakistani security officials, speaking on condition of anonymity, said the strike had targeted a commander of the Pakistani Taliban (TTP), which Islamabad blames for a wave of attacks on its security forces. Pakistan's military did not confirm it.

On Thursday morning, Afghan Taliban forces opened fire on Pakistani border posts near Chaman, in Pakistan's Balochistan province, with machine guns and mortars, and Pakistani troops returned fire, the Pakistani military's media wing said. It said two Pakistani soldiers were killed and that "several" Taliban fighters had died, which the Taliban denied.

The Taliban sent reinforcements to the border on Thursday, local residents said, and the crossing, one of the main trade routes between the two countries, was closed.

It was the third round of Pakistani strikes inside Afghanistan in two years.""", [
  unscored(E(cur, "Air/drone strike", "A Pakistani drone strike on a house in the Afghan border town of Spin Boldak killed four people", P("Spin Boldak", "AF"), "wednesday",
             a1="Military Forces of Pakistan (2024-)", i1=8, fat=4), "actor2", "inter2"),
  unscored(E(cur, "Armed clash", "Afghan Taliban forces opened fire on Pakistani border posts near Chaman", P("Chaman", "PK", 2), "thursday",
             a1="Military Forces of Afghanistan (2021-)", i1=8, a2="Military Forces of Pakistan (2024-)", i2=1), "fatalities"),
]),

S("st-m-033", "2026-07-28", """JAMAICA CONSTABULARY FORCE
Corporate Communications Unit
NEWS RELEASE — July 28, 2026

Two gunmen killed in confrontation with police in Spanish Town; three men shot dead in August Town

Two men were fatally shot during a confrontation with the police in the Sligoville Road area of Spanish Town, St Catherine, on Monday, July 27.

Reports from the police are that about 3:30 p.m., a team of lawmen was conducting an operation in the area when they were fired upon by armed men. The fire was returned, and after the exchange, two men were found suffering from gunshot wounds. They were taken to hospital, where they were pronounced dead. Two firearms were recovered. The Independent Commission of Investigations (INDECOM) has been informed.

In a separate incident, three men were shot and killed by unknown assailants in August Town, St Andrew, about 9:00 p.m. on Sunday, July 26. Reports are that the men were standing at a shop when gunmen travelling in a car opened fire on them. The gunmen then escaped. The St Andrew North Police are investigating.

The State of Public Emergency in the St Catherine North Police Division, declared on July 14, was extended on Tuesday, July 28, by a resolution of the House of Representatives for a further three months.

Anyone with information is asked to call the police 119 emergency number or Crime Stop at 311.""", [
  E(cur, "Armed clash", "Two men were fatally shot during a confrontation with the police", P("Spanish Town", "JM", 2), "2026-07-27",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2=JAM_POL, i2=1, fat=2),
  E(cur, "Attack", "three men were shot and killed by unknown assailants in August Town", P("August Town", "JM", lat=18.01, lon=-76.78, a1="Saint Andrew"), "2026-07-26",
    a1="Unidentified Armed Group (Jamaica)", i1=3, a2="Civilians (Jamaica)", i2=7, fat=3),
  unscored(E(cur, "Other", "was extended on Tuesday, July 28, by a resolution of the House of Representatives", P("Spanish Town", "JM", 3, a1="Saint Catherine"), "2026-07-28"),
           "actor1", "inter1", "actor2", "inter2", "location", "latitude", "longitude", "geo_precision"),
], register="official"),

S("st-m-034", "2026-09-24", """Hooded students throw explosives at police outside Bogotá university; march in Medellín ends peacefully

BOGOTÁ — Hooded students threw homemade explosives and stones at riot police outside the National University in Bogotá on Wednesday, and officers responded with tear gas and stun grenades, the city government said.

About 40 people with their faces covered came out of the campus onto Calle 26 in the early afternoon, blocking traffic and hurling "papas bomba", small explosive devices, at the police, the city's security secretary said. The clashes lasted about three hours.

Four police officers and two students were injured, one of the officers with burns to his hands, the city government said. Police said five people had been detained.

The students were protesting against the arrest of a classmate accused of belonging to an urban cell of the ELN guerrilla group, according to pamphlets thrown onto the road.

The university suspended classes for Thursday. "Nothing justifies attacking police officers with explosives," the mayor wrote on X.

In Medellín, about 2,000 teachers and students marched peacefully to the Antioquia governor's office on Wednesday to demand more funding for public education.""", [
  E(cur, "Violent demonstration", "threw homemade explosives and stones at riot police outside the National University in Bogotá", P("Bogota", "CO"), "wednesday",
    a1="Rioters (Colombia)", i1=5, a2=COL_POL, i2=1, fat=None, inj=6),
  E(cur, "Peaceful protest", "about 2,000 teachers and students marched peacefully to the Antioquia governor's office", P("Medellin", "CO"), "wednesday",
    a1="Protesters (Colombia)", i1=6),
], register="local"),

S("st-m-035", "2026-03-03", """Denmark to buy long-range missiles, raise defence budget again

COPENHAGEN, March 3 — Denmark will buy long-range precision weapons for the first time and raise its defence budget to 3.5% of national income by 2028, the government said on Tuesday, citing the threat from Russia.

The defence minister told a news conference that the purchase would allow Denmark to strike military targets deep behind enemy lines if it were attacked, and that the government would propose a new tax to pay for part of the spending.

The plan also includes new air-defence systems, two more frigates for the Baltic Sea and a larger home guard. Opposition parties broadly welcomed it, though some criticised the new tax.

Denmark, which scrapped a public holiday in 2024 to help pay for defence, has sent more military aid to Ukraine relative to the size of its economy than almost any other country.

The government said talks with the parties in parliament would start next week.""", [], register="wire", negative="policy"),

S("st-m-036", "2026-10-28", """Estonia charges man with spying for Russia's military intelligence

TALLINN, Oct 28 — Estonian prosecutors have charged a 52-year-old man from Narva with collecting information on military sites and the movements of NATO troops for Russia's military intelligence service, the Internal Security Service (KAPO) said on Wednesday.

The man, an Estonian citizen who was detained in June, is accused of photographing army bases in Tapa and near Võru and passing the images to a handler in Russia in exchange for money, KAPO said. He faces up to 15 years in prison if convicted.

"Russia continues to recruit people in Estonia, often with small sums of money, and we continue to catch them," KAPO's director said.

Estonian courts have convicted more than a dozen people of spying for Russia since 2022. The trial is expected to start in December at Viru County Court in Jõhvi.""", [], negative="trial"),
]

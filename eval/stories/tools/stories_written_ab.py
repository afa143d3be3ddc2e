"""Multi-event stories written for this project (issue 11), batch ab: unseen by the coders in the session it was written
(2026-11-28, 13:15-16:15), the lead's measure of story generalisation, as batches s to aa. Held-out news as it looks —
wire stories with datelines and caps headlines, regional round-ups, local press, a rights monitor's monthly report, an
analysis piece, army and police releases, a UN-style update, a live blog — with events of every status (current;
background recalled; threats; planned marches; denials; photo captions), several events per story at different places
and days, claims against denials, tallies and aggregates that are no events, deaths in hospital, arrests on a later day
after a riot or a shooting, cross-border detentions, a commemoration that turns into a riot.
First half: countries the stories had least and batch aa did not have (St Vincent, Grenada, Guyana, Suriname, the
Dominican Republic, Costa Rica, Djibouti, Gabon, Equatorial Guinea, Congo, Sao Tome, Guinea-Bissau, Sierra Leone, Gambia,
Cape Verde, Comoros, Madagascar, Mauritius, Malawi, Zimbabwe, Lesotho, eSwatini, Namibia, Iceland, Estonia, Latvia,
Slovakia, Hungary, Albania, Montenegro, Greece, Cyprus, Malta, the Netherlands, Belgium, Sweden, Spain, Ireland, Japan,
Malaysia, New Caledonia, Solomon Islands, Timor-Leste, Armenia, Azerbaijan, Georgia, Belarus, Uruguay, Argentina, El
Salvador, Honduras) and Yemen/Saudi Arabia.
Our own words; invented incidents at real places, public group names.
No ``split`` key: the id hash decides. Retellings checked at any date (same country and sub-type within 30 km across all
snippet, story and ISAF gold, then the details)."""
from gold import E, S, unscored, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

VCT_POL = "Police Forces of Saint Vincent and the Grenadines (2025-)"; GUY_POL = "Police Forces of Guyana (2020-)"
DOM = "Military Forces of Dominican Republic (2020-)"; DOM_POL = "Police Forces of Dominican Republic (2020-)"
CRI_POL = "Police Forces of Costa Rica (2022-)"; HOUTHI = "Military Forces of Yemen (2016-) Supreme Political Council"
YEM = "Military Forces of Yemen (2022-)"; SAU = "Military Forces of Saudi Arabia (2015-)"
FRUD = "FRUD: Front for the Restoration of Unity and Democracy"; DJI = "Military Forces of Djibouti (1999-)"; DJI_POL = "Police Forces of Djibouti (1999-)"
GAB_POL = "Police Forces of Gabon (2023-)"; GNQ_POL = "Police Forces of Equatorial Guinea (1979-)"; COG_POL = "Police Forces of Republic of Congo (1997-)"
GNB = "Military Forces of Guinea-Bissau (2025-)"; GMB_POL = "Police Forces of Gambia (2017-)"; COM_POL = "Police Forces of Comoros (2016-)"
MDG = "Military Forces of Madagascar (2025-)"; MWI_POL = "Police Forces of Malawi (2025-)"; ZWE_POL = "Police Forces of Zimbabwe (2017-)"
SWZ_POL = "Police Forces of eSwatini (1986-)"; EST_POL = "Police Forces of Estonia (2024-)"; ALB_POL = "Police Forces of Albania (2013-)"
GRC_POL = "Police Forces of Greece (2019-)"; CYP_POL = "Police Forces of Cyprus (2023-)"; SWE_POL = "Police Forces of Sweden (2022-)"
ESP_POL = "Police Forces of Spain (2018-)"; IRL_POL = "Police Forces of Ireland (2025-)"; JPN_POL = "Police Forces of Japan (2025-)"
MYS = "Military Forces of Malaysia (2022-)"; FRA_POL = "Police Forces of France (2017-)"; SLB_POL = "Police Forces of Solomon Islands (2024-)"
ARM_POL = "Police Forces of Armenia (2018-)"; AZE_POL = "Police Forces of Azerbaijan (2003-)"; GEO_POL = "Police Forces of Georgia (2012-)"
BLR_POL = "Police Forces of Belarus (1994-)"; URY_POL = "Police Forces of Uruguay (2025-)"; ARG_POL = "Police Forces of Argentina (2023-)"
SLV = "Military Forces of El Salvador (2019-)"; SLV_GOV = "Government of El Salvador (2019-)"; B18 = "Barrio 18"

STORIES = [
S("st-ab-001", "2026-02-23", """CARIBBEAN: THE WEEK IN BRIEF (16-22 February)

ST VINCENT AND THE GRENADINES - Two men were shot dead and a third was wounded when a gunman opened fire on a group standing at a bus shelter in the Paul's Avenue area of Kingstown on Friday night. Police said the shooting appeared to be the latest in a feud between two gangs in the capital that has left eight people dead since November.

GRENADA - About 200 minibus drivers parked their buses on the Carenage and walked to the Ministry of Infrastructure in St George's on Tuesday to demand repairs to the Grand Etang road. They dispersed after a meeting with the minister.

GUYANA - Residents of Mahaica blocked the East Coast Demerara public road with burning tyres and tree trunks and pelted police with bottles on Wednesday, after a 19-year-old man from the village died in a cell at the local police station. Police fired tear gas and arrested six people. The Police Complaints Authority has opened an inquiry into the death.

SURINAME - Several thousand members of the teachers' and civil servants' unions rallied on Independence Square in Paramaribo on Thursday to demand a pay rise that keeps pace with inflation. The rally was peaceful.

TRINIDAD AND TOBAGO - Two men were charged on Saturday with the robbery of a jewellery store in Chaguanas in which a security guard was beaten.""", [
  E(cur, "Attack", "a gunman opened fire on a group standing at a bus shelter in the Paul's Avenue area of Kingstown", P("Kingstown", "VC", 2), "friday",
    a1="Unidentified Armed Group (Saint Vincent and the Grenadines)", i1=3, a2="Civilians (Saint Vincent and the Grenadines)", i2=7, fat=2, inj=1),
  E(cur, "Peaceful protest", "About 200 minibus drivers parked their buses on the Carenage and walked to the Ministry of Infrastructure", P("Saint George's", "GD"), "tuesday",
    a1="Protesters (Grenada)", i1=6),
  E(cur, "Violent demonstration", "Residents of Mahaica blocked the East Coast Demerara public road with burning tyres and tree trunks", P("Mahaica Village", "GY"), "wednesday",
    a1="Rioters (Guyana)", i1=5, a2=GUY_POL, i2=1),
  E(cur, "Peaceful protest", "Several thousand members of the teachers' and civil servants' unions rallied on Independence Square in Paramaribo", P("Paramaribo", "SR"), "thursday",
    a1="Protesters (Suriname)", i1=6),
], register="digest"),

S("st-ab-002", "2026-04-15", """Army detains 37 Haitians at Dajabon river crossing; San Francisco de Macoris youths stone police

SANTO DOMINGO - Soldiers of the Specialised Land Border Security Corps (CESFRONT) detained 37 Haitian men who had waded across the Massacre river near Dajabon before dawn on Monday, the army said in a statement. The men were taken to a reception centre and were to be handed over to the Haitian authorities, it said. The army says it has sent back more than 270,000 people since October.

In San Francisco de Macoris, youths threw stones and bottles at police and set fire to a motorcycle on Tuesday evening, after a young man was run over by a police patrol car in the Vista al Valle neighbourhood on Monday. Police fired tear gas; two officers were slightly hurt, the National Police said.

"They come here at night like an occupying army," a neighbour told this newspaper.

In the capital, several hundred doctors of the Dominican Medical College marched from the Independence Park to the Ministry of Public Health on Tuesday to demand that the government honour a wage agreement signed last year.

Caption: Haitian men wait to be processed at the CESFRONT post in Dajabon on Monday. (Listin Diario)""", [
  E(cur, "Arrests", "Soldiers of the Specialised Land Border Security Corps (CESFRONT) detained 37 Haitian men", P("Dajabon", "DO", 2), "monday",
    a1=DOM, i1=1, a2="Civilians (Haiti)", i2=7),
  E(cur, "Violent demonstration", "youths threw stones and bottles at police and set fire to a motorcycle on Tuesday evening", P("San Francisco de Macoris", "DO"), "tuesday",
    a1="Rioters (Dominican Republic)", i1=5, a2=DOM_POL, i2=1, inj=2),
  E(cur, "Peaceful protest", "several hundred doctors of the Dominican Medical College marched from the Independence Park", P("Santo Domingo", "DO"), "tuesday",
    a1="Protesters (Dominican Republic)", i1=6),
  unscored(E(cap, "Arrests", "Haitian men wait to be processed at the CESFRONT post in Dajabon on Monday", P("Dajabon", "DO"), "monday",
             a1=DOM, i1=1, a2="Civilians (Haiti)", i2=7), "geo_precision", "latitude", "longitude"),
], register="local"),

S("st-ab-003", "2026-06-09", """Three shot dead at Cieneguita soda; OIJ arrests two in dawn raids

LIMON - Three men were killed and a woman was wounded when two gunmen on a motorcycle opened fire on customers at a roadside soda in the Cieneguita district of Limon on Saturday night, the Judicial Investigation Agency (OIJ) said. An OIJ spokesman said the killings were linked to a dispute between two gangs over the sale of drugs around the port.

On Monday, OIJ agents arrested two men aged 19 and 23 in raids on houses in Cieneguita, on suspicion of taking part in the attack. A pistol and a motorcycle were seized.

Also on Monday, about 300 residents of Limon province travelled to San Jose to march from the Plaza de la Democracia to the Ministry of Public Security, demanding more police in the Caribbean province.

Limon recorded the highest murder rate of any province in 2025, with 77 homicides per 100,000 inhabitants.""", [
  E(cur, "Attack", "two gunmen on a motorcycle opened fire on customers at a roadside soda in the Cieneguita district of Limon", P("Limon", "CR", 2), "saturday",
    a1="Unidentified Armed Group (Costa Rica)", i1=3, a2="Civilians (Costa Rica)", i2=7, fat=3, inj=1),
  E(cur, "Arrests", "OIJ agents arrested two men aged 19 and 23 in raids on houses in Cieneguita", P("Limon", "CR", 2), "monday",
    a1=CRI_POL, i1=1, a2="Unidentified Armed Group (Costa Rica)", i2=3),
  E(cur, "Peaceful protest", "about 300 residents of Limon province travelled to San Jose to march from the Plaza de la Democracia", P("San Jose", "CR", admin1="San Jose"), "monday",
    a1="Protesters (Costa Rica)", i1=6),
], register="local"),

S("st-ab-004", "2026-03-18", """YEMEN/
Houthi shelling kills two children in Taiz; government forces repel attack north of Qatabah; migrants killed at Saudi border

ADEN, March 18 (Wire) - Houthi shells hit houses in the Osaifera district of the city of Taiz on Monday afternoon, killing two children and wounding three other members of their family, the local health office said. The Houthis, who besiege the city from the north and east, did not comment.

Government forces repelled a Houthi attack on their positions in the hills north of Qatabah, in Al Dhale province, before dawn on Tuesday, a military spokesman said. Four Houthi fighters and two soldiers were killed in the fighting, which lasted about three hours, he said.

Saudi border guards fired on a group of Ethiopian migrants trying to cross into the kingdom from Saada province on Saturday, killing five and wounding several others, a Yemeni rights group said, citing survivors who reached a clinic in Saada. Saudi officials did not respond to a request for comment. Rights groups have accused Saudi border forces of killing hundreds of migrants on the frontier since 2022, which Riyadh denies.

A truce brokered by the United Nations in April 2022 has largely held on the main front lines, but fighting around Taiz and Al Dhale has never stopped.""", [
  E(cur, "Shelling/artillery/missile attack", "Houthi shells hit houses in the Osaifera district of the city of Taiz", P("Taiz", "YE", 2, geoname="Ta`izz"), "monday",
    a1=HOUTHI, i1=1, a2="Civilians (Yemen)", i2=7, fat=2, inj=3),
  E(cur, "Armed clash", "Government forces repelled a Houthi attack on their positions in the hills north of Qatabah", P("Qatabah", "YE", 2, lat=13.86, lon=44.71, a1="Ad Dali"), "tuesday",
    a1=YEM, i1=1, a2=HOUTHI, i2=1, fat=6),
  E(cur, "Attack", "Saudi border guards fired on a group of Ethiopian migrants trying to cross into the kingdom from Saada province", P("Sa'dah", "YE", 3), "saturday",
    a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=5),
]),

S("st-ab-005", "2026-02-11", """DJIBOUTI/
Rebels say they killed four soldiers near Obock, government denies losses; opposition activists held in Tadjourah

DJIBOUTI, Feb 11 (Wire) - The armed wing of the Front for the Restoration of Unity and Democracy (FRUD) said on Tuesday that its fighters had ambushed an army patrol in the mountains north of Obock on Sunday, killing four soldiers and seizing weapons. A government spokesman said a patrol had "come under fire from bandits" and had driven them off without losses.

The FRUD, which fought the government in the 1990s, has carried out sporadic attacks in the north since splinter groups rejected a 1994 peace deal.

Police in Tadjourah detained three activists of an unregistered opposition movement at a cafe on Monday, hours after they had called on social media for a boycott of the presidential election, a relative said. They were released on Tuesday evening.

Djibouti hosts military bases of the United States, France, China, Japan and Italy.

Caption: An army truck on the road between Tadjourah and Obock, February 2026. (Photo: Wire)""", [
  unscored(E(cur, "Armed clash", "its fighters had ambushed an army patrol in the mountains north of Obock", P("Obock", "DJ", 2), "sunday",
             a1=FRUD, i1=2, a2=DJI, i2=1), "fatalities"),
  E(cur, "Arrests", "Police in Tadjourah detained three activists of an unregistered opposition movement", P("Tadjoura", "DJ"), "monday",
    a1=DJI_POL, i1=1, a2="Civilians (Djibouti)", i2=7),
  unscored(E(bg, "Agreement", "splinter groups rejected a 1994 peace deal", C("DJ"), "1994-12-26", tp=3, a1="Government of Djibouti (1999-)", i1=1, a2=FRUD, i2=2),
           "event_date", "time_precision", "actor1", "inter1", "actor2", "inter2", "geo_precision"),
]),

S("st-ab-006", "2026-07-21", """CENTRAL AFRICA ROUND-UP

GABON - Police fired tear gas on Monday to disperse several hundred students of Omar Bongo University who had blocked the Boulevard Triomphal in Libreville to demand grants unpaid since April. Eleven students were detained and released in the evening, the students' union said.

EQUATORIAL GUINEA - Security forces arrested four members of the banned opposition party Citizens for Innovation (CI) in Bata on Thursday, the party's exiled leadership said, accusing them of preparing "illegal gatherings".

REPUBLIC OF CONGO - Motorcycle-taxi drivers set fire to a police car and threw stones at officers at the Rond-point Kassai in Pointe-Noire on Saturday, after police seized dozens of motorcycles in a crackdown on unlicensed drivers. Police used tear gas to clear the roundabout; three officers were hurt.

SAO TOME AND PRINCIPE - Several hundred people marched through the centre of Sao Tome on Friday to protest against daily power cuts. The march ended without incident outside the offices of the state power company.

CAMEROON - Separatist fighters kidnapped a village chief near Batibo on Sunday, local sources said; he was freed on Monday after his family paid a ransom. (See separate story.)""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Monday to disperse several hundred students of Omar Bongo University", P("Libreville", "GA"), "monday",
    a1="Protesters (Gabon)", i1=6, a2=GAB_POL, i2=1),
  E(cur, "Arrests", "Security forces arrested four members of the banned opposition party Citizens for Innovation (CI) in Bata", P("Bata", "GQ"), "thursday",
    a1=GNQ_POL, i1=1, a2="CI: Citizens for Innovation", i2=7),
  E(cur, "Violent demonstration", "Motorcycle-taxi drivers set fire to a police car and threw stones at officers", P("Pointe-Noire", "CG"), "saturday",
    a1="Rioters (Republic of Congo)", i1=5, a2=COG_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "Several hundred people marched through the centre of Sao Tome on Friday", P("Sao Tome", "ST"), "friday",
    a1="Protesters (Sao Tome and Principe)", i1=6),
  E(cur, "Abduction/forced disappearance", "Separatist fighters kidnapped a village chief near Batibo", P("Batibo", "CM", 2), "sunday",
    a1="Ambazonian Separatists", i1=2, a2="Civilians (Cameroon)", i2=7),
], register="digest"),

S("st-ab-007", "2026-09-08", """WEST AFRICA WEEK

GUINEA-BISSAU - Soldiers detained a former finance minister and two senior officials of the PAIGC at their homes in Bissau on Thursday night. The military authorities said on Friday that the three were suspected of "plotting to disturb public order" and would be handed to the courts.

SIERRA LEONE - Supporters of the ruling Sierra Leone People's Party and the opposition All People's Congress fought with stones, sticks and machetes in Makeni on Saturday during campaigning for a parliamentary by-election. Two men died of their wounds in hospital on Sunday and nine other people were hurt, police said. Police officers separated the two groups and imposed a ban on campaign processions in the town.

THE GAMBIA - Police broke up a sit-in by about 50 young people at Arch 22 in Banjul on Wednesday and arrested 12 of them. The group was protesting against the high price of rice.

CAPE VERDE - Thousands of people marched through Praia on Saturday to demand tougher laws against domestic violence, after the killing of a young woman in the city last month.

LIBERIA - The Senate confirmed a new chief of staff of the armed forces on Thursday.""", [
  E(cur, "Arrests", "Soldiers detained a former finance minister and two senior officials of the PAIGC at their homes in Bissau", P("Bissau", "GW"), "thursday",
    a1=GNB, i1=1, a2="PAIGC: African Party for the Independence of Guinea and Cape Verde", i2=7),
  E(cur, "Mob violence", "Supporters of the ruling Sierra Leone People's Party and the opposition All People's Congress fought with stones, sticks and machetes in Makeni", P("Makeni", "SL"), "saturday",
    a1="Rioters (Sierra Leone)", i1=5, a2="Rioters (Sierra Leone)", i2=5, fat=2, inj=9),
  E(cur, "Other", "imposed a ban on campaign processions in the town", P("Makeni", "SL"), "saturday", tp=2,
    a1="Police Forces of Sierra Leone (2018-)", i1=1),
  E(cur, "Protest with intervention", "Police broke up a sit-in by about 50 young people at Arch 22 in Banjul", P("Banjul", "GM"), "wednesday",
    a1="Protesters (Gambia)", i1=6, a2=GMB_POL, i2=1),
  E(cur, "Peaceful protest", "Thousands of people marched through Praia on Saturday", P("Praia", "CV"), "saturday",
    a1="Protesters (Cape Verde)", i1=6),
], register="digest"),

S("st-ab-008", "2026-10-20", """INDIAN OCEAN ISLANDS

COMOROS - Police fired tear gas on Saturday to disperse several hundred supporters of the opposition who had gathered at the Volo-Volo market in Moroni to demand the release of a former governor of Grande Comore. Witnesses said at least 15 people were detained.

MADAGASCAR - Armed cattle thieves raided a village about 20 km from Ihosy on Sunday night, killing three villagers and driving off about 200 zebu, the gendarmerie said. Soldiers sent from Ihosy caught up with the raiders in the hills east of the town on Monday and killed five of them in an exchange of fire; most of the cattle were recovered.

Cattle raiding by armed gangs, known locally as dahalo, has killed hundreds of people in the south in the past decade.

MAURITIUS - Hundreds of fishermen in their boats and on foot gathered in the harbour of Port Louis on Friday to protest against the granting of fishing licences to foreign trawlers. The protest was peaceful.""", [
  E(cur, "Protest with intervention", "Police fired tear gas on Saturday to disperse several hundred supporters of the opposition", P("Moroni", "KM"), "saturday",
    a1="Protesters (Comoros)", i1=6, a2=COM_POL, i2=1),
  E(cur, "Attack", "Armed cattle thieves raided a village about 20 km from Ihosy", P("Ihosy", "MG", 2), "sunday",
    a1="Unidentified Armed Group (Madagascar)", i1=3, a2="Civilians (Madagascar)", i2=7, fat=3),
  E(cur, "Armed clash", "Soldiers sent from Ihosy caught up with the raiders in the hills east of the town", P("Ihosy", "MG", 2), "monday",
    a1=MDG, i1=1, a2="Unidentified Armed Group (Madagascar)", i2=3, fat=5),
  E(cur, "Peaceful protest", "Hundreds of fishermen in their boats and on foot gathered in the harbour of Port Louis", P("Port Louis", "MU"), "friday",
    a1="Protesters (Mauritius)", i1=6),
], register="digest"),

S("st-ab-009", "2026-07-14", """Lilongwe vendors riot as council pulls down stalls; 23 arrested in market swoop

LILONGWE - Vendors threw stones at city council officers and police, blocked Kamuzu Procession Road with burning tyres and set fire to a council truck in Lilongwe on Monday, after council workers began tearing down stalls at the Area 2 market before dawn. Police fired tear gas into the market for most of the morning; four police officers and two vendors were taken to Kamuzu Central Hospital, a police spokesperson said.

On Tuesday police officers returned to the market and arrested 23 vendors, who are expected to appear in court on charges of arson and malicious damage.

The city council says the stalls were built on a road reserve.

Meanwhile, in Chitungwiza, Zimbabwe, police arrested nine members of the opposition Citizens Coalition for Change who had met at a house on Saturday to discuss by-election candidates, their lawyer said, accusing them of holding an "unsanctioned gathering".

Caption: A council truck burns at the Area 2 market in Lilongwe on Monday.""", [
  E(cur, "Violent demonstration", "Vendors threw stones at city council officers and police, blocked Kamuzu Procession Road with burning tyres", P("Lilongwe", "MW"), "monday",
    a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1, inj=6),
  E(cur, "Arrests", "police officers returned to the market and arrested 23 vendors", P("Lilongwe", "MW"), "tuesday",
    a1=MWI_POL, i1=1, a2="Rioters (Malawi)", i2=5),
  E(cur, "Arrests", "police arrested nine members of the opposition Citizens Coalition for Change", P("Chitungwiza", "ZW"), "saturday",
    a1=ZWE_POL, i1=1, a2="CCC: Citizens Coalition for Change", i2=7),
  unscored(E(cap, "Violent demonstration", "A council truck burns at the Area 2 market in Lilongwe on Monday", P("Lilongwe", "MW"), "monday",
             a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1), "fatalities", "injuries"),
], register="local"),

S("st-ab-010", "2026-03-31", """SOUTHERN AFRICA/
Five shot dead at funeral near Mafeteng in famo feud; police fire rubber bullets at marching teachers in Mbabane

MASERU, March 31 (Wire) - Gunmen shot dead five mourners at a funeral in a village near Mafeteng, in western Lesotho, on Saturday, police said. A police spokesman said the attackers were believed to belong to one of two famo music gangs whose feud has killed dozens of people in the district, and that the dead man being buried had been a member of the rival gang.

In neighbouring eSwatini, police fired rubber bullets and tear gas on Thursday at teachers marching through Mbabane to deliver a petition on pay to the Ministry of Public Service. The teachers' association said three of its members were hurt.

In Windhoek, several hundred women marched to the parliament building on Saturday to demand tougher sentences for gender-based violence. The march was peaceful.

The government of Lesotho declared famo gangs terrorist organisations in 2024.""", [
  E(cur, "Attack", "Gunmen shot dead five mourners at a funeral in a village near Mafeteng", P("Mafeteng", "LS", 2), "saturday",
    a1="Unidentified Armed Group (Lesotho)", i1=3, a2="Civilians (Lesotho)", i2=7, fat=5),
  E(cur, "Protest with intervention", "police fired rubber bullets and tear gas on Thursday at teachers marching through Mbabane", P("Mbabane", "SZ"), "thursday",
    a1="Protesters (eSwatini)", i1=6, a2=SWZ_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "several hundred women marched to the parliament building on Saturday", P("Windhoek", "NA"), "saturday",
    a1="Protesters (Namibia)", i1=6),
  unscored(E(bg, "Other", "The government of Lesotho declared famo gangs terrorist organisations in 2024", C("LS"), "2024-05-01", tp=3, a1="Government of Lesotho (2022-)", i1=1),
           "event_date", "time_precision", "geo_precision", "actor1", "inter1"),
]),

S("st-ab-011", "2026-01-27", """NORDIC AND BALTIC BRIEFS

ICELAND - About 3,000 people rallied on Austurvollur square in front of the Althingi in Reykjavik on Saturday against a bill that would allow more open-net salmon farms in the fjords. The rally was peaceful.

ESTONIA - Police in Narva detained four people at an unauthorised gathering outside the city government on Sunday against the closing of the town's last Russian-language school, a police spokesperson said. All four were fined and released.

LATVIA - Farmers drove some 300 tractors into central Riga on Wednesday and parked them outside the Cabinet of Ministers to demand cheaper diesel and compensation for last summer's floods. Police said there were no incidents.

FINLAND - The foreign ministry summoned Russia's ambassador on Monday over what it called a violation of Finnish airspace by a Russian helicopter near Kotka.""", [
  E(cur, "Peaceful protest", "About 3,000 people rallied on Austurvollur square in front of the Althingi in Reykjavik", P("Reykjavik", "IS"), "saturday",
    a1="Protesters (Iceland)", i1=6),
  E(cur, "Protest with intervention", "Police in Narva detained four people at an unauthorised gathering outside the city government", P("Narva", "EE"), "sunday",
    a1="Protesters (Estonia)", i1=6, a2=EST_POL, i2=1),
  E(cur, "Peaceful protest", "Farmers drove some 300 tractors into central Riga on Wednesday", P("Riga", "LV"), "wednesday",
    a1="Protesters (Latvia)", i1=6),
], register="digest"),

S("st-ab-012", "2026-10-06", """CENTRAL EUROPE/
Petrol bombs thrown at Albanian PM's office; tens of thousands rally in Bratislava; car bomb kills man in Budva

TIRANA, Oct 6 (Wire) - Opposition supporters threw petrol bombs and fireworks at the prime minister's office in Tirana on Thursday evening at the end of a rally called by the Democratic Party to demand the government's resignation. Police responded with water cannon and tear gas; eight officers were hurt and 30 people detained, police said.

In Slovakia, tens of thousands of people rallied on Bratislava's SNP Square on Friday against a government plan to put the public broadcaster under the culture ministry. Organisers said they would hold another rally next Friday if the bill was not withdrawn.

In Montenegro, a man was killed when a bomb planted under his car exploded in a car park in Budva on Saturday night. Police said he was a member of the Skaljari clan, which has been at war with the rival Kavac clan since 2014.

In Budapest, several thousand people marched from the Parliament to the Sandor Palace on Sunday to protest against a new law restricting foreign-funded NGOs.""", [
  E(cur, "Violent demonstration", "Opposition supporters threw petrol bombs and fireworks at the prime minister's office in Tirana", P("Tirana", "AL"), "thursday",
    a1="Rioters (Albania)", i1=5, a2=ALB_POL, i2=1, inj=8),
  E(cur, "Peaceful protest", "tens of thousands of people rallied on Bratislava's SNP Square on Friday", P("Bratislava", "SK"), "friday",
    a1="Protesters (Slovakia)", i1=6),
  unscored(E(hyp, "Peaceful protest", "they would hold another rally next Friday if the bill was not withdrawn", P("Bratislava", "SK"), 4, a1="Protesters (Slovakia)", i1=6),
           "event_date", "time_precision"),
  E(cur, "Remote explosive/landmine/IED", "a bomb planted under his car exploded in a car park in Budva", P("Budva", "ME"), "saturday",
    a1="Unidentified Armed Group (Montenegro)", i1=3, a2="Civilians (Montenegro)", i2=7, fat=1),
  E(cur, "Peaceful protest", "several thousand people marched from the Parliament to the Sandor Palace on Sunday", P("Budapest", "HU"), "sunday",
    a1="Protesters (Hungary)", i1=6),
]),

S("st-ab-013", "2026-11-18", """Petrol bombs and tear gas in Exarchia after Polytechnic march; clashes in Thessaloniki

ATHENS - Hooded youths threw petrol bombs and stones at riot police in the Exarchia district of Athens on Tuesday night, hours after some 20,000 people had marched peacefully to the US embassy to mark the anniversary of the 1973 student uprising at the Athens Polytechnic. Police fired tear gas and stun grenades; four officers were hurt and 31 people were detained, police said.

In Thessaloniki, about 100 youths clashed with police near the Aristotle University campus late on Tuesday after the city's own march, setting rubbish bins on fire. Police said nine people were detained.

The November 17 march is held every year. In 2008, the police killing of a 15-year-old boy in Exarchia set off weeks of riots across Greece.

Caption: A riot policeman walks through tear gas on Stournari Street, Athens, Tuesday night.

Elsewhere in the region, in Cyprus, police fired tear gas in Larnaca on Saturday after some of the 500 people at an anti-migration rally broke away and smashed the windows of shops owned by migrants. Two police officers were hurt and six people arrested.""", [
  E(cur, "Violent demonstration", "Hooded youths threw petrol bombs and stones at riot police in the Exarchia district of Athens", P("Athens", "GR", 2), "tuesday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1, inj=4),
  E(cur, "Violent demonstration", "about 100 youths clashed with police near the Aristotle University campus", P("Thessaloniki", "GR"), "tuesday",
    a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1),
  unscored(E(bg, "Violent demonstration", "the police killing of a 15-year-old boy in Exarchia set off weeks of riots across Greece", P("Athens", "GR", 2), "2008-12-06",
             a1="Rioters (Greece)", i1=5), "event_date", "time_precision", "geo_precision", "latitude", "longitude", "location", "admin1", "admin2"),
  unscored(E(cap, "Violent demonstration", "A riot policeman walks through tear gas on Stournari Street, Athens, Tuesday night", P("Athens", "GR", 2), "tuesday",
             a1="Rioters (Greece)", i1=5, a2=GRC_POL, i2=1), "fatalities", "injuries", "geo_precision"),
  E(cur, "Violent demonstration", "broke away and smashed the windows of shops owned by migrants", P("Larnaca", "CY"), "saturday",
    a1="Rioters (Cyprus)", i1=5, a2=CYP_POL, i2=1, inj=2),
], register="local"),

S("st-ab-014", "2026-06-24", """ANALYSIS: The drug war that crosses Europe's borders

AMSTERDAM/BRUSSELS - The blast that blew out the front of a cafe in Amsterdam's Nieuw-West district in the early hours of Sunday hurt nobody. But police investigators said it bore the marks of a conflict between two criminal networks fighting over cocaine coming through the port of Antwerp — the same conflict that, a day later, cost a life in Brussels.

On Monday night a 24-year-old man was shot dead outside a metro station in the Anderlecht district of the Belgian capital. Prosecutors said it was the ninth fatal shooting linked to the drug trade in Brussels this year; last year there were 89 shootings in the city, according to the prosecutor's office.

The violence has long since spread north. In Sweden, police arrested a 15-year-old boy in Stockholm on Tuesday on suspicion of a shooting in Uppsala on Saturday in which a man was wounded in the stomach. Police said the boy had been recruited by a gang over the internet.

"These networks treat teenagers as disposable," a Belgian magistrate said. European interior ministers are due to discuss a joint plan against the networks in Luxembourg next month.""", [
  E(cur, "Remote explosive/landmine/IED", "The blast that blew out the front of a cafe in Amsterdam's Nieuw-West district", P("Amsterdam", "NL", 2), "sunday",
    a1="Unidentified Armed Group (Netherlands)", i1=3, a2="Civilians (Netherlands)", i2=7, fat=0, inj=0),
  E(cur, "Attack", "a 24-year-old man was shot dead outside a metro station in the Anderlecht district of the Belgian capital", P("Brussels", "BE", 2), "monday",
    a1="Unidentified Armed Group (Belgium)", i1=3, a2="Civilians (Belgium)", i2=7, fat=1),
  E(cur, "Arrests", "police arrested a 15-year-old boy in Stockholm on Tuesday", P("Stockholm", "SE"), "tuesday",
    a1=SWE_POL, i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
  E(cur, "Attack", "a shooting in Uppsala on Saturday in which a man was wounded in the stomach", P("Uppsala", "SE"), "saturday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, fat=0, inj=1),
], register="analysis"),

S("st-ab-015", "2026-05-05", """Ultras fight with flares before Basque derby; farmers block A-7 near El Ejido

BILBAO - About 150 Athletic Bilbao and Real Sociedad ultras fought with bottles, chairs and flares in the streets of Bilbao's Casco Viejo on Sunday afternoon, before the Basque derby at San Mames. Five people were taken to hospital and eight were arrested, the Basque police, the Ertzaintza, said; officers fired foam projectiles to separate the two groups.

On Monday, farmers drove their tractors onto the A-7 motorway near El Ejido, in Almeria province, and blocked it for four hours to protest against imports of tomatoes from outside the EU. The protest ended peacefully.

In Barcelona, police removed and detained eleven activists who had occupied the stand of a cruise company at a tourism fair on Monday to protest against mass tourism.""", [
  E(cur, "Mob violence", "About 150 Athletic Bilbao and Real Sociedad ultras fought with bottles, chairs and flares", P("Bilbao", "ES", 2), "sunday",
    a1="Rioters (Spain)", i1=5, a2="Rioters (Spain)", i2=5, inj=5),
  E(cur, "Peaceful protest", "farmers drove their tractors onto the A-7 motorway near El Ejido", P("El Ejido", "ES", 2), "monday",
    a1="Protesters (Spain)", i1=6),
  E(cur, "Protest with intervention", "police removed and detained eleven activists who had occupied the stand of a cruise company", P("Barcelona", "ES"), "monday",
    a1="Protesters (Spain)", i1=6, a2=ESP_POL, i2=1),
], register="local"),

S("st-ab-016", "2026-08-12", """Five arrested after night of disorder in Drogheda; anti-racism rally in Dublin

DROGHEDA - Gardai arrested five men in searches of homes in Drogheda on Tuesday morning over a night of disorder outside a former hotel earmarked to house asylum seekers. On Monday night a crowd of about 150 people threw bricks and fireworks at gardai guarding the building and set fire to a van parked at the gate. Three gardai were injured, one of them seriously. The Garda Public Order Unit used pepper spray to push the crowd back.

The disorder followed a protest earlier in the evening against the plan to house 200 men in the building.

In Dublin, several hundred people attended an anti-racism rally at the Spire on O'Connell Street on Tuesday evening.

The Minister for Justice described the attack on gardai as "thuggery" and said more arrests would follow.""", [
  E(cur, "Arrests", "Gardai arrested five men in searches of homes in Drogheda on Tuesday morning", P("Drogheda", "IE"), "tuesday",
    a1=IRL_POL, i1=1, a2="Rioters (Ireland)", i2=5),
  E(cur, "Violent demonstration", "a crowd of about 150 people threw bricks and fireworks at gardai guarding the building", P("Drogheda", "IE"), "monday",
    a1="Rioters (Ireland)", i1=5, a2=IRL_POL, i2=1, inj=3),
  E(cur, "Peaceful protest", "several hundred people attended an anti-racism rally at the Spire on O'Connell Street", P("Dublin", "IE"), "tuesday",
    a1="Protesters (Ireland)", i1=6),
  unscored(E(hyp, "Arrests", "more arrests would follow", P("Drogheda", "IE"), None, a1=IRL_POL, i1=1, a2="Rioters (Ireland)", i2=5), "event_date", "time_precision"),
], register="local"),

S("st-ab-017", "2026-05-19", """ASIA BRIEFS

JAPAN - Riot police carried away about 40 people who had sat down in front of the gate of the US Marine Corps' Camp Schwab in Nago, Okinawa, on Monday to block trucks carrying earth for the new runway at Henoko. Nobody was detained.

MALAYSIA - The Royal Malaysian Navy detained 12 Vietnamese fishermen and seized their two boats about 70 nautical miles off Kuala Terengganu on Saturday for fishing illegally in Malaysian waters, the navy said. It was the fourth such seizure this year.

Also in Malaysia, about 2,000 people marched from Masjid Jamek to Parliament in Kuala Lumpur on Monday to demand an independent inquiry into the death of a navy cadet. Police said the march was peaceful.

SINGAPORE - The prime minister met his Indonesian counterpart on Batam on Friday to discuss a new maritime boundary agreement.""", [
  E(cur, "Protest with intervention", "Riot police carried away about 40 people who had sat down in front of the gate", P("Nago", "JP"), "monday",
    a1="Protesters (Japan)", i1=6, a2=JPN_POL, i2=1),
  E(cur, "Arrests", "The Royal Malaysian Navy detained 12 Vietnamese fishermen and seized their two boats", P("Kuala Terengganu", "MY", 2), "saturday",
    a1=MYS, i1=1, a2="Civilians (Vietnam)", i2=7),
  E(cur, "Peaceful protest", "about 2,000 people marched from Masjid Jamek to Parliament in Kuala Lumpur", P("Kuala Lumpur", "MY"), "monday",
    a1="Protesters (Malaysia)", i1=6),
], register="digest"),

S("st-ab-018", "2026-11-10", """PACIFIC ROUND-UP

NEW CALEDONIA - Groups of youths set fire to a car dealership and threw stones at gendarmes in Dumbea on Friday night, a day after the French government postponed provincial elections again. Gendarmes used tear gas and rubber bullets; three gendarmes were hurt and four young men were arrested, the High Commission said.

SOLOMON ISLANDS - A crowd of about 300 people tried to storm the police station in Auki, on Malaita, on Saturday after officers arrested a local man over a land dispute. Police fired tear gas to disperse them; the station's windows were smashed.

TIMOR-LESTE - Hundreds of university students marched to the National Parliament in Dili on Wednesday against a plan to buy new cars for members of parliament. The march ended peacefully after the parliament's president met the students.

FIJI - Police said on Monday they would step up patrols in Suva's Nabua area after a rise in burglaries.""", [
  E(cur, "Violent demonstration", "Groups of youths set fire to a car dealership and threw stones at gendarmes in Dumbea", P("Dumbea", "NC", a1="South"), "friday",
    a1="Rioters (New Caledonia)", i1=5, a2=FRA_POL, i2=1, inj=3),
  E(cur, "Violent demonstration", "A crowd of about 300 people tried to storm the police station in Auki", P("Auki", "SB"), "saturday",
    a1="Rioters (Solomon Islands)", i1=5, a2=SLB_POL, i2=1),
  E(cur, "Peaceful protest", "Hundreds of university students marched to the National Parliament in Dili", P("Dili", "TL"), "wednesday",
    a1="Protesters (East Timor)", i1=6),
], register="digest"),

S("st-ab-019", "2026-03-10", """SOUTH CAUCASUS/
Dozens detained in Yerevan street protests; journalists arrested in Baku; fireworks and water cannon in Tbilisi

TBILISI, March 10 (Wire) - Protesters threw fireworks and bottles at riot police outside the parliament building on Rustaveli Avenue in Tbilisi on Sunday night, and police responded with water cannon and pepper spray, the interior ministry said. Twelve people were detained. The protests against the governing party, held almost every night since November 2024, had been largely peaceful for several weeks.

In Yerevan, police detained 43 people on Monday who were blocking streets in the city centre to demand the release of an archbishop arrested last week, the police said.

In Azerbaijan, police arrested three journalists of an independent online outlet in Baku on Saturday on smuggling charges that their editor called "absurd". At least 25 journalists are in jail in the country, according to press freedom groups.

Georgian officials said the fireworks attack showed the protests had become "a threat to public order" and warned that organisers would be prosecuted.""", [
  E(cur, "Violent demonstration", "Protesters threw fireworks and bottles at riot police outside the parliament building on Rustaveli Avenue in Tbilisi", P("Tbilisi", "GE"), "sunday",
    a1="Rioters (Georgia)", i1=5, a2=GEO_POL, i2=1),
  E(cur, "Protest with intervention", "police detained 43 people on Monday who were blocking streets in the city centre", P("Yerevan", "AM"), "monday",
    a1="Protesters (Armenia)", i1=6, a2=ARM_POL, i2=1),
  E(cur, "Arrests", "police arrested three journalists of an independent online outlet in Baku", P("Baku", "AZ", a1="Baku"), "saturday",
    a1=AZE_POL, i1=1, a2="Civilians (Azerbaijan)", i2=7),
]),

S("st-ab-020", "2026-06-03", """BELARUS: POLITICAL REPRESSION, MAY 2026 — monthly summary of a human rights centre working in exile

In May the centre recorded 142 politically motivated detentions in Belarus, 31 of them of people later jailed for "administrative offences". The number of political prisoners stood at 1,097 on 31 May.

Selected cases:

- On 7 May, officers of the KGB detained a retired railway engineer at his flat in Gomel over a donation of 20 euros he had made in 2020 to a fund helping striking workers. He is held in the city's pre-trial prison.

- On 19 May, police searched the homes of eleven relatives of exiled opposition activists in Grodno and detained three of them, including a 70-year-old woman, for "facilitating extremist activity".

- On 26 May, a court in Minsk sentenced a musician to four years in a penal colony for songs posted online.

We have also received reports of detentions of football fans in Mogilev, which we were not able to verify.""", [
  E(cur, "Arrests", "officers of the KGB detained a retired railway engineer at his flat in Gomel", P("Gomel", "BY", a1="Gomelskaya"), "2026-05-07",
    a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
  E(cur, "Arrests", "police searched the homes of eleven relatives of exiled opposition activists in Grodno and detained three of them", P("Grodno", "BY", geoname="Hrodna", a1="Grodno"), "2026-05-19",
    a1=BLR_POL, i1=1, a2="Civilians (Belarus)", i2=7),
], register="ngo"),

S("st-ab-021", "2026-08-20", """RIO DE LA PLATA/
Girl killed as gunmen spray house in Montevideo's Cerro Norte; nine held in raids; pensioners' protest broken up in Buenos Aires

MONTEVIDEO, Aug 20 (Wire) - A 12-year-old girl was killed when gunmen fired at least 20 shots into a house in the Cerro Norte neighbourhood of Montevideo on Tuesday night, police said. The Interior Ministry said the house belonged to the relative of a man involved in a turf war between two drug gangs in the neighbourhood.

Police raided 14 homes in Cerro Norte on Wednesday and detained nine suspected members of the two gangs, seizing rifles and pistols, the ministry said.

In Buenos Aires, police used water cannon and rubber bullets on Wednesday to clear pensioners and their supporters from the streets around Congress, where they hold a protest every week against cuts to pensions. Twenty people were detained and a photographer was hit in the leg by a rubber bullet, a press union said.

In 2024, the Argentine government sent federal forces to Rosario to curb a wave of gang killings.""", [
  E(cur, "Attack", "gunmen fired at least 20 shots into a house in the Cerro Norte neighbourhood of Montevideo", P("Montevideo", "UY", 2), "tuesday",
    a1="Unidentified Armed Group (Uruguay)", i1=3, a2="Civilians (Uruguay)", i2=7, fat=1),
  E(cur, "Arrests", "Police raided 14 homes in Cerro Norte on Wednesday and detained nine suspected members of the two gangs", P("Montevideo", "UY", 2), "wednesday",
    a1=URY_POL, i1=1, a2="Unidentified Armed Group (Uruguay)", i2=3),
  E(cur, "Protest with intervention", "police used water cannon and rubber bullets on Wednesday to clear pensioners and their supporters", P("Buenos Aires", "AR"), "wednesday",
    a1="Protesters (Argentina)", i1=6, a2=ARG_POL, i2=1, inj=1),
  unscored(E(bg, "Change to group/activity", "the Argentine government sent federal forces to Rosario", P("Rosario", "AR", admin1="Santa Fe"), "2024-03-11", tp=3,
             a1="Police Forces of Argentina (2023-)", i1=1), "event_date", "time_precision", "actor1", "inter1"),
]),

S("st-ab-022", "2026-01-30", """CENTRAL AMERICA/
El Salvador extends state of exception again; soldiers detain 21 in Soyapango; bus driver killed in San Pedro Sula

SAN SALVADOR, Jan 30 (Wire) - El Salvador's Legislative Assembly on Wednesday extended the state of exception for another 30 days, the 47th extension since the emergency regime against gangs was declared in March 2022. The measure suspends the right to be told the reason for an arrest and allows detention for 15 days without charge.

Soldiers and police detained 21 suspected gang members in a house-to-house search in Soyapango on Tuesday, the armed forces said on X.

In Honduras, suspected members of the Barrio 18 gang shot dead a bus driver at the wheel in the Chamelecon sector of San Pedro Sula on Monday, after his company refused to pay extortion, police said. On Tuesday, bus and taxi drivers parked their vehicles across main roads in the city for three hours to demand protection; police said there were no incidents.

Honduras has been under a partial state of emergency since December 2022.""", [
  E(cur, "Other", "El Salvador's Legislative Assembly on Wednesday extended the state of exception for another 30 days", C("SV"), "wednesday",
    a1=SLV_GOV, i1=1),
  E(cur, "Arrests", "Soldiers and police detained 21 suspected gang members in a house-to-house search in Soyapango", P("Soyapango", "SV"), "tuesday",
    a1=SLV, i1=1, a2="Unidentified Armed Group (El Salvador)", i2=3),
  E(cur, "Attack", "suspected members of the Barrio 18 gang shot dead a bus driver at the wheel in the Chamelecon sector of San Pedro Sula", P("San Pedro Sula", "HN", 2), "monday",
    a1=B18, i1=3, a2="Civilians (Honduras)", i2=7, fat=1),
  E(cur, "Peaceful protest", "bus and taxi drivers parked their vehicles across main roads in the city for three hours", P("San Pedro Sula", "HN"), "tuesday",
    a1="Protesters (Honduras)", i1=6),
]),
]

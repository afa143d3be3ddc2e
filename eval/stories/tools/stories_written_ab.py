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
Salvador, Honduras) and Yemen/Saudi Arabia, Cameroon.
Second half: fresh places in the conflict countries (Iraq, Afghanistan, Pakistan, India's Manipur, Bangladesh and Myanmar,
Thailand, Indonesia's Papua, the Philippines, Mozambique, the Central African Republic, South Sudan, Chad, Libya, the West
Bank and Lebanon, Syria, Somalia and Kenya, Ethiopia, Nigeria, Burkina Faso, Mali and Niger, Ukraine and Russia, Ecuador,
Colombia, Peru, Mexico, Brazil, Haiti); registers: an ISPR release, a Philippine army division release, an OCHA-style
snapshot, live blogs, digests, wire.
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
GNB = "Military Forces of Guinea-Bissau (2025-)"; GMB_POL = "Police Forces of the Gambia (2017-)"; COM_POL = "Police Forces of Comoros (2016-)"
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
  E(cur, "Peaceful protest", "several hundred doctors of the Dominican Medical College marched from the Independence Park", P("Santo Domingo", "DO", lat=18.47, lon=-69.89, a1="Nacional"), "tuesday",
    a1="Protesters (Dominican Republic)", i1=6),
  unscored(E(cap, "Arrests", "Haitian men wait to be processed at the CESFRONT post in Dajabon on Monday", P("Dajabon", "DO"), "monday",
             a1=DOM, i1=1, a2="Civilians (Haiti)", i2=7), "geo_precision", "fatalities", "injuries"),
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
  E(cur, "Attack", "Saudi border guards fired on a group of Ethiopian migrants trying to cross into the kingdom from Saada province", P("Sa'dah", "YE", 3, a1="Sadah"), "saturday",
    a1=SAU, i1=8, a2="Civilians (Ethiopia)", i2=7, fat=5, inj=3),
]),

S("st-ab-005", "2026-02-11", """DJIBOUTI/
Rebels say they killed four soldiers near Obock, government denies losses; opposition activists held in Tadjourah

DJIBOUTI, Feb 11 (Wire) - The armed wing of the Front for the Restoration of Unity and Democracy (FRUD) said on Tuesday that its fighters had ambushed an army patrol in the mountains north of Obock on Sunday, killing four soldiers and seizing weapons. A government spokesman said a patrol had "come under fire from bandits" and had driven them off without losses.

The FRUD, which fought the government in the 1990s, has carried out sporadic attacks in the north since splinter groups rejected a 1994 peace deal.

Police in Tadjourah detained three activists of an unregistered opposition movement at a cafe on Monday, hours after they had called on social media for a boycott of the presidential election, a relative said. They were released on Tuesday evening.

Djibouti hosts military bases of the United States, France, China, Japan and Italy.

Caption: An army truck on the road between Tadjourah and Obock, February 2026. (Photo: Wire)""", [
  unscored(E(cur, "Armed clash", "its fighters had ambushed an army patrol in the mountains north of Obock", P("Obock", "DJ", 2), "sunday", fat=4,
             a1=FRUD, i1=2, a2=DJI, i2=1)),
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
             a1="Rioters (Malawi)", i1=5, a2=MWI_POL, i2=1), "fatalities", "injuries", "geo_precision"),
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
  E(cur, "Attack", "a 24-year-old man was shot dead outside a metro station in the Anderlecht district of the Belgian capital", P("Anderlecht", "BE", lat=50.8362, lon=4.3145, a1="Brussel", a2="Bruxelles-Capitale"), "monday",
    a1="Unidentified Armed Group (Belgium)", i1=3, a2="Civilians (Belgium)", i2=7, fat=1),
  E(cur, "Arrests", "police arrested a 15-year-old boy in Stockholm on Tuesday", P("Stockholm", "SE"), "tuesday",
    a1=SWE_POL, i1=1, a2="Unidentified Armed Group (Sweden)", i2=3),
  E(cur, "Attack", "a shooting in Uppsala on Saturday in which a man was wounded in the stomach", P("Uppsala", "SE"), "saturday",
    a1="Unidentified Armed Group (Sweden)", i1=3, a2="Civilians (Sweden)", i2=7, inj=1),
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
    a1=SLV, i1=1, a2="Unidentified Armed Group (El Salvador)", i2=3, assoc_actor_1="Police Forces of El Salvador (2019-)"),
  E(cur, "Attack", "suspected members of the Barrio 18 gang shot dead a bus driver at the wheel in the Chamelecon sector of San Pedro Sula", P("San Pedro Sula", "HN", 2), "monday",
    a1=B18, i1=3, a2="Civilians (Honduras)", i2=7, fat=1),
  E(cur, "Peaceful protest", "bus and taxi drivers parked their vehicles across main roads in the city for three hours", P("San Pedro Sula", "HN"), "tuesday",
    a1="Protesters (Honduras)", i1=6),
]),
]

# Second half: fresh places in the conflict countries (Duhok and Kirkuk, Baghlan and Konar, Panjgur and North Waziristan,
# Manipur, Cox's Bazar and Rakhine, the Thai deep south, Central Papua, Northern Samar and Lanao, Cabo Delgado, Ouham-Pende
# and Ouaka, Jonglei and Warrap, Lac and Mandoul, Zawiya, the West Bank and south Lebanon, Sweida and Deir ez-Zor, Middle
# Shabelle and Bari, Mandera, Amhara and Oromia, Zamfara, Borno and Benue, the Sahel, Ukraine and Bryansk, Guayas, Guaviare
# and the VRAEM, Sinaloa and Bahia).
TUR = "Military Forces of Turkey (2002-)"; PKK = "PKK: Kurdistan Workers Party"; IRQ = "Military Forces of Iraq (2022-)"; IS_IQ = "Islamic State (Iraq)"
AFG = "Military Forces of Afghanistan (2021-)"; AFG_POL = "Police Forces of Afghanistan (2021-)"; NRF = "NRF: National Resistance Front"
PAK = "Military Forces of Pakistan (2024-)"; PAK_POL = "Police Forces of Pakistan (2024-)"; BLA = "BLA: Balochistan Liberation Army"
IND_POL = "Police Forces of India (2014-)"; IND = "Military Forces of India (2014-)"; ARSA = "ARSA: Arakan Rohingya Salvation Army"; RSO = "RSO: Rohingya Solidarity Organisation"
MMR = "Military Forces of Myanmar (2021-)"; THA = "Military Forces of Thailand (2025-)"; THA_POL = "Police Forces of Thailand (2025-)"; BRN = "BRN: Barisan Revolusi Nasional"
IDN = "Military Forces of Indonesia (2024-)"; TPNPB = "TPNPB: West Papua National Liberation Army"; PHL = "Military Forces of the Philippines (2022-)"
NPA = "NPA: New People's Army"; DI = "Dawlah Islamiyah"; ISM = "Islamic State Mozambique Province"; MOZ = "Military Forces of Mozambique (2025-)"
RWA = "Military Forces of Rwanda (2000-)"; CAF = "Military Forces of the Central African Republic (2016-)"; R3 = "3R: Return, Reclamation, Rehabilitation"; UPC = "UPC: Union for Peace in the Central African Republic"
SSD = "Military Forces of South Sudan (2011-)"; IO = "SPLM/A-IO: Sudan People's Liberation Movement/Army-in-Opposition"; TCD = "Military Forces of Chad (2021-)"
BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"; ISR = "Military Forces of Israel (2022-)"; SETTLERS = "Israeli Settlers"
SYR = "Military Forces of Syria (2024-)"; DRUZE = "Druze Militia (Syria)"; BEDOUIN = "Bedouin Tribal Militia (Syria)"; IS_SY = "Islamic State (Syria)"
SHABAAB = "Al Shabaab"; SOM = "Military Forces of Somalia (2022-)"; USA = "Military Forces of the United States (2025-)"; IS_SO = "Islamic State (Somalia)"
KEN_POL = "Police Forces of Kenya (2022-)"; ETH = "Military Forces of Ethiopia (2018-)"; OLA = "OLA: Oromo Liberation Army"
NGA = "Military Forces of Nigeria (2023-)"; ISWAP = "Islamic State West Africa Province"; FULANI = "Fulani Ethnic Militia (Nigeria)"
BFA = "Military Forces of Burkina Faso (2022-)"; VDP = "VDP: Volunteers for the Defense of the Homeland"; JNIM = "JNIM: Group for Support of Islam and Muslims"
MLI = "Military Forces of Mali (2021-)"; NER = "Military Forces of Niger (2023-)"; ISSP = "Islamic State Sahel Province"
RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; ECU = "Military Forces of Ecuador (2023-)"; ECU_POL = "Police Forces of Ecuador (2023-)"
ECU_GOV = "Government of Ecuador (2023-)"; COL = "Military Forces of Colombia (2022-)"; EMC = "FARC-EMC: Central General Staff"; PER = "Military Forces of Peru (2025-)"
MEX = "Military Forces of Mexico (2024-)"; BRA_POL = "Police Forces of Brazil (2023-)"

STORIES += [
S("st-ab-023", "2026-04-22", """IRAQ/
Turkish drone kills two in car near Amadiya; Islamic State gunmen kill three soldiers near Hawija; Basra farmers protest over salt water

ERBIL, Iraq, April 22 (Wire) - A Turkish drone struck a car on a mountain road near Amadiya in Iraq's Kurdistan region on Monday, killing two men, the local mayor said. Turkey's defence ministry said its forces had "neutralised two PKK terrorists" in northern Iraq, without giving a location.

Islamic State militants attacked an army post in the Wadi al-Shay valley south of Hawija, in Kirkuk province, late on Sunday, killing three soldiers and wounding two, a security official said. Troops backed by aircraft pursued the attackers into the valley on Monday; the official said four militants were killed, but the figure could not be confirmed.

In Basra, hundreds of farmers blocked the main road to the port of Umm Qasr near Abu al-Khasib on Tuesday with their tractors to protest against salt water in the Shatt al-Arab that is killing their date palms. Police said the protest was peaceful.

Turkey has carried out air and ground operations against the PKK in northern Iraq since 2019, and has set up dozens of bases in the Duhok province. The PKK announced in May 2025 that it would disband.""", [
  unscored(E(cur, "Air/drone strike", "A Turkish drone struck a car on a mountain road near Amadiya", P("Amadiya", "IQ", 2, geoname="Al `Amadiyah", a1="Duhok"), "monday",
             a1=TUR, i1=8, a2=PKK, i2=2, fat=2), "actor2", "inter2"),
  E(cur, "Armed clash", "Islamic State militants attacked an army post in the Wadi al-Shay valley south of Hawija", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "sunday",
    a1=IS_IQ, i1=2, a2=IRQ, i2=1, fat=3, inj=2),
  unscored(E(cur, "Armed clash", "Troops backed by aircraft pursued the attackers into the valley on Monday", P("Wadi al-Shay", "IQ", 2, lat=35.13, lon=44.18, a1="Kirkuk"), "monday",
             a1=IRQ, i1=1, a2=IS_IQ, i2=2), "fatalities"),
  E(cur, "Peaceful protest", "hundreds of farmers blocked the main road to the port of Umm Qasr near Abu al-Khasib", P("Abu al Khasib", "IQ", 2, lat=30.45, lon=47.98, a1="Basra"), "tuesday",
    a1="Protesters (Iraq)", i1=6),
]),

S("st-ab-024", "2026-05-13", """AFGHANISTAN/
Resistance group says it killed Taliban fighters in Andarab, Taliban deny; Pakistani shells hit Konar village; ex-officer detained in Herat

KABUL, May 13 (Wire) - The National Resistance Front (NRF), an armed group opposed to the Taliban, said on Tuesday that its fighters had attacked a Taliban checkpoint in the Andarab valley of Baghlan province on Monday night, killing five Taliban fighters. A Taliban spokesman for the province said "a few thieves" had fired at the checkpoint and fled, and that nobody had been hurt.

Pakistani artillery shells landed on the village of Shal in the Dangam district of Konar province on Sunday, killing a woman and two children, a Taliban district official said. Pakistan's military did not comment. Pakistani and Afghan forces have exchanged fire several times along the border since clashes in October 2025.

In Herat, Taliban intelligence officers detained a former officer of the republic's army at his home on Saturday, his family said. They said they did not know where he was being held. The Taliban have repeatedly said that former soldiers are covered by a general amnesty announced in August 2021.

The United Nations mission said on Tuesday it had recorded at least 30 arbitrary arrests of former government employees and soldiers between January and March.""", [
  unscored(E(cur, "Armed clash", "its fighters had attacked a Taliban checkpoint in the Andarab valley of Baghlan province", P("Banu", "AF", 3, geoname="Banu", a1="Baghlan"), "monday",
             a1=NRF, i1=2, a2=AFG, i2=1, fat=5)),
  E(cur, "Shelling/artillery/missile attack", "Pakistani artillery shells landed on the village of Shal in the Dangam district of Konar province", P("Dangam", "AF", 2, a1="Kunar"), "sunday",
    a1=PAK, i1=8, a2="Civilians (Afghanistan)", i2=7, fat=3),
  E(cur, "Abduction/forced disappearance", "Taliban intelligence officers detained a former officer of the republic's army at his home on Saturday", P("Herat", "AF"), "saturday",
    a1=AFG_POL, i1=1, a2="Civilians (Afghanistan)", i2=7),
]),

S("st-ab-025", "2026-09-16", """No PR-214/2026
Inter Services Public Relations
Rawalpindi, 16 September 2026

1. On the night of 14/15 September 2026, security forces conducted an intelligence based operation in the general area of Datta Khel, North Waziristan District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, eight khwarij were sent to hell. However, during the intense exchange of fire, Sepoy Imran Khan (age 24 years, resident of District Karak), having fought gallantly, embraced shahadat.

2. Separately, on 15 September 2026, terrorists attacked the Frontier Corps camp in Panjgur, Balochistan. The attack was effectively repulsed by the troops; three terrorists were killed while two soldiers embraced shahadat.

3. Sanitisation operations are being conducted to eliminate any other khwarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of terrorism from the country.

Note: The Balochistan Liberation Army said in a statement to journalists on Tuesday that its fighters had stormed the Panjgur camp and killed 14 soldiers.""", [
  E(cur, "Armed clash", "security forces conducted an intelligence based operation in the general area of Datta Khel", P("Datta Khel", "PK", 2, lat=32.91, lon=69.74, a1="Khyber Pakhtunkhwa"), "2026-09-15",
    a1=PAK, i1=1, a2="TTP: Tehreek-i-Taliban Pakistan", i2=2, fat=9),
  unscored(E(cur, "Armed clash", "terrorists attacked the Frontier Corps camp in Panjgur", P("Panjgur", "PK"), "2026-09-15",
             a1=BLA, i1=2, a2=PAK, i2=1, fat=5)),
], register="official"),

S("st-ab-026", "2026-11-18", """Farmers fired at in Moirang paddy fields; Meira Paibi march in Imphal dispersed with tear gas

IMPHAL - Armed miscreants fired at farmers working in paddy fields near Moirang in Bishnupur district on Monday morning, wounding two of them, Manipur police said. The firing came from the hills on the district's western edge, and security forces returned fire for about an hour, police said. Nobody was hurt in the exchange.

On Tuesday, police fired tear gas and smoke shells to stop about 2,000 women of the Meira Paibi groups who were marching from Khwairamband Keithel towards the Raj Bhavan in Imphal to demand that farmers be protected. Several women fainted, organisers said.

Separately, the army said troops had recovered five rifles and a quantity of ammunition in a search in Churachandpur district on Sunday.

More than 250 people have been killed in ethnic violence between the Meitei and Kuki-Zo communities since May 2023.""", [
  E(cur, "Attack", "Armed miscreants fired at farmers working in paddy fields near Moirang", P("Moirang", "IN", 2), "monday",
    a1="Unidentified Armed Group (India)", i1=3, a2="Civilians (India)", i2=7, inj=2),
  unscored(E(cur, "Armed clash", "security forces returned fire for about an hour", P("Moirang", "IN", 2), "monday",
             a1="Police Forces of India (2014-)", i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=0, inj=0), "actor1", "inter1"),
  E(cur, "Protest with intervention", "police fired tear gas and smoke shells to stop about 2,000 women of the Meira Paibi groups", P("Imphal", "IN"), "tuesday",
    a1="Protesters (India)", i1=6, a2=IND_POL, i2=1),
  E(cur, "Disrupted weapons use", "troops had recovered five rifles and a quantity of ammunition", P("Churachandpur", "IN", 3, lat=24.3335, lon=93.67, a1="Manipur"), "sunday",
    a1="Military Forces of India (2014-)", i1=1, a2=None, i2=None),
], register="local"),

S("st-ab-027", "2026-05-20", """BANGLADESH/MYANMAR/
Three killed in gunfight between Rohingya armed groups in Ukhia camp; Myanmar air strike hits Kyauktaw market

COX'S BAZAR, May 20 (Wire) - Three Rohingya men were killed and at least five wounded when members of the Arakan Rohingya Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO) fought with guns and machetes in a refugee camp in Ukhia on Monday night, police said. The Armed Police Battalion, which guards the camps, detained four men after the fighting.

Across the border in Myanmar's Rakhine state, a military jet bombed the main market in Kyauktaw on Saturday afternoon, killing at least 11 people and wounding more than 20, according to the Arakan Army, which has controlled the town since early 2025. The military did not comment.

Fighting between the two Rohingya groups has killed dozens of people in the camps since 2023. More than one million Rohingya refugees live in the camps.

Caption: Relatives carry the body of a man killed in the camp fighting, Ukhia, on Tuesday.""", [
  E(cur, "Armed clash", "members of the Arakan Rohingya Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO) fought with guns and machetes", P("Ukhia", "BD", 3, lat=21.28, lon=92.1, a1="Chattogram"), "monday",
    a1=ARSA, i1=2, a2=RSO, i2=2, fat=3, inj=5),
  E(cur, "Air/drone strike", "a military jet bombed the main market in Kyauktaw on Saturday afternoon", P("Kyauktaw", "MM", lat=20.84, lon=92.98, a1="Rakhine"), "saturday",
    a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=11, inj=20),
  unscored(E(cap, "Armed clash", "Relatives carry the body of a man killed in the camp fighting", P("Ukhia", "BD", 3, lat=21.28, lon=92.1, a1="Chattogram"), "monday",
             a1=ARSA, i1=2, a2=RSO, i2=2), "fatalities", "injuries", "geo_precision"),
]),

S("st-ab-028", "2026-07-15", """THAILAND/
Two rangers killed by roadside bomb in Rueso; village headman shot dead in Bannang Sata; BRN suspect held in Pattani

PATTANI, July 15 (Wire) - Two paramilitary rangers were killed and three wounded when a bomb hidden in a roadside bush exploded as their patrol passed on a rubber plantation road in Rueso district, Narathiwat province, on Monday morning, police said.

On Tuesday evening, two gunmen on a motorcycle shot dead a village headman as he was closing his grocery shop in Bannang Sata district, Yala province, police said. Police said they believed insurgents were behind both attacks.

Police and soldiers arrested a suspected member of the Barisan Revolusi Nasional (BRN) in a raid on a house in Pattani town on Wednesday morning in connection with the Rueso bombing, the regional security command said.

Peace talks between the government and the BRN, the main insurgent group, resumed in Kuala Lumpur in January. More than 7,000 people have been killed in the conflict since 2004.""", [
  E(cur, "Remote explosive/landmine/IED", "a bomb hidden in a roadside bush exploded as their patrol passed", P("Rueso", "TH", 3, geoname="Rueso"), "monday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=2, inj=3),
  E(cur, "Attack", "two gunmen on a motorcycle shot dead a village headman as he was closing his grocery shop in Bannang Sata district", P("Bannang Sata", "TH", 3, lat=6.27, lon=101.26, a1="Yala"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
  E(cur, "Arrests", "Police and soldiers arrested a suspected member of the Barisan Revolusi Nasional (BRN) in a raid on a house in Pattani town", P("Pattani", "TH"), "wednesday",
    a1=THA_POL, i1=1, a2=BRN, i2=2, assoc_actor_1=THA),
]),

S("st-ab-029", "2026-03-11", """INDONESIA/
Papuan rebels say they shot dead two workers in Yahukimo; soldier wounded in Intan Jaya firefight

JAYAPURA, March 11 (Wire) - The West Papua National Liberation Army (TPNPB) said on Tuesday that its fighters had shot dead two construction workers building a bridge near Dekai, the main town of Yahukimo regency, on Sunday, accusing them of being military informers. Police confirmed that two workers from Sulawesi had been killed and said the accusation was false.

On Monday, soldiers clashed with TPNPB fighters near Sugapa, in Intan Jaya regency, wounding one soldier, an army spokesman said. The TPNPB said it had killed two soldiers in the firefight; the army denied any deaths.

Hundreds of residents of villages around Sugapa have fled to the town's church compound since fighting intensified in the area in January, a church group said.

The TPNPB, the armed wing of the Free Papua Organisation, has fought for independence since the 1960s.""", [
  E(cur, "Attack", "its fighters had shot dead two construction workers building a bridge near Dekai", P("Highland Papua", "ID", 3, lat=-4.0958, lon=138.9481, a1="Highland Papua"), "sunday",
    a1=TPNPB, i1=2, a2="Civilians (Indonesia)", i2=7, fat=2),
  unscored(E(cur, "Armed clash", "soldiers clashed with TPNPB fighters near Sugapa", P("Sugapa", "ID", 2, lat=-3.74, lon=137.05, a1="Central Papua"), "monday",
             a1=IDN, i1=1, a2=TPNPB, i2=2, fat=2, inj=1)),
]),

S("st-ab-030", "2026-01-21", """PRESS RELEASE — 8th Infantry (Stormtroopers) Division, Philippine Army, Catbalogan City, 21 January 2026

Troops of the 20th Infantry Battalion encountered about 15 members of the New People's Army (NPA) in Barangay San Miguel, Las Navas, Northern Samar, at about 6:30 a.m. on 19 January 2026. The 20-minute firefight left two NPA members dead; no soldier was hurt. Troops recovered two M16 rifles, an improvised explosive device and subversive documents.

On the same day, two NPA members surrendered to the 43rd Infantry Battalion in Catubig, Northern Samar, bringing with them a .45 calibre pistol.

Meanwhile, in Mindanao, the 103rd Infantry Brigade reported that its troops clashed with a group of about 10 Dawlah Islamiyah fighters in the hinterlands of Piagapo, Lanao del Sur, on 20 January. One soldier was wounded.

The Division calls on the remaining members of the NPA to return to the fold of the law.""", [
  E(cur, "Armed clash", "Troops of the 20th Infantry Battalion encountered about 15 members of the New People's Army (NPA)", P("Las Navas", "PH", 2, lat=12.34, lon=125.03, a1="Eastern Visayas"), "2026-01-19",
    a1=PHL, i1=1, a2=NPA, i2=2, fat=2, inj=0),
  E(cur, "Change to group/activity", "two NPA members surrendered to the 43rd Infantry Battalion in Catubig", P("Catubig", "PH", lat=12.41, lon=125.05, a1="Eastern Visayas"), "2026-01-19",
    a1=NPA, i1=2),
  E(cur, "Armed clash", "its troops clashed with a group of about 10 Dawlah Islamiyah fighters in the hinterlands of Piagapo", P("Marawi", "PH", 2, lat=8.0, lon=124.29, a1="Bangsamoro Autonomous Region in Muslim Mindanao"), "2026-01-20",
    a1=PHL, i1=1, a2=DI, i2=2, inj=1),
], register="official"),

S("st-ab-031", "2026-06-10", """MOZAMBIQUE/
Insurgents behead four villagers near Mucojo; Rwandan troops kill militants in Mocimboa da Praia district

MAPUTO, June 10 (Wire) - Islamic State-linked insurgents beheaded four men in a village near Mucojo, on the coast of Macomia district in Cabo Delgado province, on Saturday, and set fire to about 30 houses, local sources and a researcher who tracks the conflict said. The Islamic State group claimed the attack on its Telegram channels on Sunday.

Rwandan troops, who have been deployed in the province since 2021, killed seven insurgents in a clash in the forest west of Mocimboa da Praia town on Monday, Rwanda's military said in a statement. It did not report losses of its own.

Aid agencies said about 6,000 people had fled villages in Macomia district in the past two weeks, many of them towards the district headquarters.

Caption: Displaced families arrive in Macomia town, June 8, 2026.""", [
  E(cur, "Attack", "Islamic State-linked insurgents beheaded four men in a village near Mucojo", P("Mucojo", "MZ", 2, lat=-11.9, lon=40.4, a1="Cabo Delgado"), "saturday",
    a1=ISM, i1=2, a2="Civilians (Mozambique)", i2=7, fat=4),
  E(cur, "Armed clash", "killed seven insurgents in a clash in the forest west of Mocimboa da Praia town", P("Mocimboa da Praia", "MZ", 2, geoname="Mocimboa"), "monday",
    a1=RWA, i1=8, a2=ISM, i2=2, fat=7),
]),

S("st-ab-032", "2026-02-25", """CENTRAL AFRICAN REPUBLIC/
3R fighters kill six herders near Bocaranga; soldiers and Russian allies drive UPC from mining site near Ippy

BANGUI, Feb 25 (Wire) - Fighters of the 3R rebel group killed six herders and stole about 300 head of cattle in an attack on a herders' camp about 30 km north of Bocaranga, in the northwest, on Saturday, a local official said.

Government soldiers backed by Russian paramilitaries attacked fighters of the Union for Peace in the Central African Republic (UPC) at a gold mining site near Ippy, in Ouaka prefecture, on Monday, killing at least nine of them, a military source said. The UPC said it had lost three men and that four miners had been killed in the fighting.

The UPC signed a peace accord with the government in N'Djamena in April 2025, but some of its commanders have rejected it.

A spokesman for the United Nations peacekeeping mission said patrols had been stepped up around Bocaranga.""", [
  E(cur, "Attack", "Fighters of the 3R rebel group killed six herders and stole about 300 head of cattle in an attack on a herders' camp", P("Bocaranga", "CF", 2, lat=6.99, lon=15.64, a1="Ouham-Pende"), "saturday",
    a1=R3, i1=2, a2="Civilians (Central African Republic)", i2=7, fat=6),
  unscored(E(cur, "Armed clash", "Government soldiers backed by Russian paramilitaries attacked fighters of the Union for Peace in the Central African Republic (UPC)", P("Ippy", "CF", 2), "monday",
             a1=CAF, i1=1, a2=UPC, i2=2, assoc_actor_1="Wagner Group", fat=7)),
  unscored(E(bg, "Agreement", "The UPC signed a peace accord with the government in N'Djamena in April 2025", P("N'Djamena", "TD"), "2025-04-19", tp=3,
             a1="Government of the Central African Republic (2016-)", i1=1, a2=UPC, i2=2),
           "location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "country", "iso", "event_date", "time_precision"),
]),

S("st-ab-033", "2026-11-04", """SOUTH SUDAN: Humanitarian Snapshot — Jonglei and Warrap (as of 3 November 2026)

HIGHLIGHTS
- Fighting between the SSPDF and the SPLA-IO reported near Waat, Nyirol County, on 31 October and 1 November
- Seven people killed in an attack on a cattle camp in Tonj North County on 30 October
- Humanitarian flights to Waat suspended

On 31 October, the SPLA-IO said its forces had repulsed an attack by the South Sudan People's Defence Forces (SSPDF) on its positions east of Waat. Fighting resumed on 1 November. Partners were unable to confirm casualty figures. An estimated 4,500 people have fled towards Lankien.

On 30 October, armed youths from a neighbouring county attacked a cattle camp in Tonj North County, Warrap State, killing seven people, including two children, and taking an unknown number of cattle, according to local authorities.

Humanitarian partners remain concerned about the possible spread of fighting ahead of the dry season.""", [
  unscored(E(cur, "Armed clash", "its forces had repulsed an attack by the South Sudan People's Defence Forces (SSPDF) on its positions east of Waat", P("Jonglei", "SS", 3, lat=6.2089, lon=31.5586, a1="Jonglei"), "2026-10-31",
             a1=IO, i1=2, a2=SSD, i2=1), "fatalities", "latitude", "longitude"),
  unscored(E(cur, "Armed clash", "Fighting resumed on 1 November", P("Jonglei", "SS", 3, lat=6.2089, lon=31.5586, a1="Jonglei"), "2026-11-01",
             a1=IO, i1=2, a2=SSD, i2=1), "fatalities", "latitude", "longitude"),
  E(cur, "Attack", "armed youths from a neighbouring county attacked a cattle camp in Tonj North County", P("Tonj North", "SS", 3, a1="Warrap"), "2026-10-30",
    a1="Unidentified Communal Militia (South Sudan)", i1=4, a2="Civilians (South Sudan)", i2=7, fat=7),
], register="ngo"),

S("st-ab-034", "2026-07-29", """CHAD/
Boko Haram fighters kill five soldiers on Lake Chad island; farmers and herders clash in Mandoul

N'DJAMENA, July 29 (Wire) - Boko Haram fighters in canoes attacked an army position on an island near Baga Sola, in Lac province, before dawn on Monday, killing five soldiers, the army said. The army said 17 attackers were killed as troops repelled the assault.

In the southern province of Mandoul, farmers and herders fought with bows, machetes and guns near the town of Koumra on Saturday after cattle strayed into a millet field, killing eight people, the provincial governor said. Gendarmes were sent to the area on Sunday and the governor imposed a curfew on three villages.

Clashes between farmers and herders have killed hundreds of people in southern Chad since 2021.""", [
  E(cur, "Armed clash", "Boko Haram fighters in canoes attacked an army position on an island near Baga Sola", P("Baga Sola", "TD", 2, lat=13.53, lon=14.32, a1="Lac"), "monday",
    a1=BH, i1=2, a2=TCD, i2=1, fat=22),
  E(cur, "Armed clash", "farmers and herders fought with bows, machetes and guns near the town of Koumra", P("Koumra", "TD", 2, lat=8.92, lon=17.55, a1="Mandoul"), "saturday",
    a1="Unidentified Communal Militia (Chad)", i1=4, a2="Unidentified Communal Militia (Chad)", i2=4, fat=8),
  E(cur, "Other", "the governor imposed a curfew on three villages", P("Koumra", "TD", 2, lat=8.92, lon=17.55, a1="Mandoul"), "sunday",
    a1="Government of Chad (2021-)", i1=1),
]),

S("st-ab-035", "2026-06-17", """LIBYA/
Two killed as armed groups fight in Zawiya; migrants protest outside UN office in Misrata

TRIPOLI, June 17 (Wire) - Fighting between two rival armed groups in the centre of Zawiya, west of Tripoli, killed two people and wounded seven on Monday night, the city's hospital said. Residents said the groups fought with machine guns and rocket-propelled grenades near the refinery road for about four hours. A ceasefire was agreed on Tuesday morning after mediation by tribal elders.

In Misrata, about 200 Sudanese refugees gathered outside the office of the UN refugee agency on Tuesday to demand resettlement and better food rations. The protest was peaceful.

Zawiya, a hub for fuel smuggling and people trafficking, has seen repeated fighting between armed groups since 2022.""", [
  E(cur, "Armed clash", "Fighting between two rival armed groups in the centre of Zawiya", P("Zawiya", "LY"), "monday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3, fat=2, inj=7),
  E(cur, "Agreement", "A ceasefire was agreed on Tuesday morning after mediation by tribal elders", P("Zawiya", "LY"), "tuesday",
    a1="Unidentified Armed Group (Libya)", i1=3, a2="Unidentified Armed Group (Libya)", i2=3),
  E(cur, "Peaceful protest", "about 200 Sudanese refugees gathered outside the office of the UN refugee agency", P("Misrata", "LY", geoname="Misratah"), "tuesday",
    a1="Protesters (Sudan)", i1=6),
]),

S("st-ab-036", "2026-05-06", """LIVE: West Bank and Lebanon — Wednesday

09:40 Israeli settlers set fire to four cars and a house on the edge of the village of Sinjil, north of Ramallah, overnight, the Palestinian Authority's Colonisation and Wall Resistance Commission said. A family of five escaped from the house unhurt. The Israeli army said soldiers had been sent to the area.

10:15 The Palestinian health ministry says two Palestinians were killed in an exchange of fire with Israeli forces during a raid on Tammun, south of Tubas, that began on Tuesday afternoon. The army says soldiers returned fire after gunmen shot at them and an explosive device was thrown at a jeep; it says it detained nine wanted men in the raid.

11:30 In south Lebanon, an Israeli drone struck a motorcycle near the town of Aitaroun on Tuesday evening, killing one man. The Israeli army said he was a Hezbollah member who had been trying to rebuild the group's positions. A ceasefire between Israel and Hezbollah has been in force since November 2024.

12:05 Photo: smoke rises over Tammun during the Israeli raid on Tuesday.""", [
  E(cur, "Looting/property destruction", "Israeli settlers set fire to four cars and a house on the edge of the village of Sinjil", P("Sinjil", "PS"), 0, tp=2,
    a1=SETTLERS, i1=4, a2="Civilians (Palestine)", i2=7, fat=0, inj=0),
  E(cur, "Armed clash", "two Palestinians were killed in an exchange of fire with Israeli forces during a raid on Tammun", P("Tammun", "PS"), "tuesday",
    a1=ISR, i1=8, a2="Unidentified Armed Group (Palestine)", i2=3, fat=2),
  E(cur, "Air/drone strike", "an Israeli drone struck a motorcycle near the town of Aitaroun", P("Aitaroun", "LB", 2, lat=33.12, lon=35.47, a1="Nabatiye"), "tuesday",
    a1=ISR, i1=8, a2="Hezbollah", i2=2, fat=1),
  unscored(E(cap, "Armed clash", "smoke rises over Tammun during the Israeli raid on Tuesday", P("Tammun", "PS"), "tuesday",
             a1=ISR, i1=8, a2="Unidentified Armed Group (Palestine)", i2=3), "fatalities", "injuries", "geo_precision"),
], register="live"),

S("st-ab-037", "2026-03-25", """SYRIA/
Druze fighters and Bedouin tribesmen clash west of Sweida; Islamic State gunmen kill three soldiers near Mayadin

DAMASCUS, March 25 (Wire) - Druze armed factions and Bedouin tribal fighters exchanged fire with mortars and machine guns in villages on the western edge of Sweida province on Sunday and Monday, killing at least five people, a monitoring group said. The Druze factions accused government forces of shelling Druze villages during the fighting; the Defence Ministry denied it.

Gunmen believed to belong to the Islamic State group opened fire on a checkpoint of the government army in the desert east of Mayadin, in Deir ez-Zor province, on Tuesday, killing three soldiers, state media said.

Hundreds of people were killed in fighting between Druze factions, Bedouin tribes and government forces in Sweida in July 2025.""", [
  unscored(E(cur, "Armed clash", "Druze armed factions and Bedouin tribal fighters exchanged fire with mortars and machine guns", P("As-Suwayda", "SY", 2, lat=32.71, lon=36.57, a1="As-Suwayda"), "sunday",
             a1=DRUZE, i1=4, a2=BEDOUIN, i2=4, fat=5), "time_precision", "latitude", "longitude", "geo_precision", "location"),
  unscored(E(cur, "Shelling/artillery/missile attack", "accused government forces of shelling Druze villages during the fighting", P("As-Suwayda", "SY", 3, lat=32.71, lon=36.57, a1="As-Suwayda"), "sunday",
             a1=SYR, i1=1, a2="Civilians (Syria)", i2=7),
           "event_date", "time_precision", "latitude", "longitude", "geo_precision", "location", "fatalities", "injuries", "actor2", "inter2"),
  E(cur, "Armed clash", "Gunmen believed to belong to the Islamic State group opened fire on a checkpoint of the government army in the desert east of Mayadin", P("Al Mayadin", "SY", 2, lat=35.02, lon=40.45, a1="Deir ez-Zor"), "tuesday",
    a1=IS_SY, i1=2, a2=SYR, i2=1, fat=3),
]),

S("st-ab-038", "2026-05-27", """HORN OF AFRICA/
Al Shabaab overruns base near Adan Yabaal, government says it retook it; US strike hits Islamic State in Bari; police truck hits mine near Mandera

MOGADISHU, May 27 (Wire) - Al Shabaab fighters overran an army base on the outskirts of Adan Yabaal in the Middle Shabelle region after a car bomb blew open its gate before dawn on Sunday, residents and a military officer said. The government said on Monday that its forces had retaken the base after a counter-attack on Sunday afternoon, killing "dozens of terrorists". The group said it had killed 27 soldiers; the army gave no figure for its losses.

The United States military said it had carried out an air strike against Islamic State fighters in the Cal Miskaad mountains south-east of Bosaso, in Puntland's Bari region, on Saturday. It said its initial assessment was that no civilians had been hurt.

In Kenya, four police officers were wounded when their truck struck a landmine on the road from Mandera to Rhamu on Tuesday, police said. Police blamed al Shabaab.

Kenya, Somalia's neighbour, has troops in the African Union mission in Somalia.""", [
  unscored(E(cur, "Non-state actor overtakes territory", "Al Shabaab fighters overran an army base on the outskirts of Adan Yabaal", P("Adan Yabaal", "SO", 2, lat=3.04, lon=45.91, a1="Middle Shabelle"), "sunday",
             a1=SHABAAB, i1=2, a2=SOM, i2=1), "fatalities", "latitude", "longitude"),
  unscored(E(cur, "Government regains territory", "its forces had retaken the base after a counter-attack on Sunday afternoon", P("Adan Yabaal", "SO", 2, lat=3.04, lon=45.91, a1="Middle Shabelle"), "sunday",
             a1=SOM, i1=1, a2=SHABAAB, i2=2), "fatalities", "latitude", "longitude"),
  E(cur, "Air/drone strike", "it had carried out an air strike against Islamic State fighters in the Cal Miskaad mountains", P("Bari", "SO", 3, lat=11.2842, lon=49.1816, a1="Bari"), "saturday",
    a1=USA, i1=8, a2=IS_SO, i2=2),
  E(cur, "Remote explosive/landmine/IED", "their truck struck a landmine on the road from Mandera to Rhamu", P("Mandera", "KE", 2), "tuesday",
    a1=SHABAAB, i1=2, a2=KEN_POL, i2=1, inj=4),
]),

S("st-ab-039", "2026-08-26", """ETHIOPIA/
Fano and army fight for Mota; passengers abducted on Ambo road

ADDIS ABABA, Aug 26 (Wire) - Fano militiamen and federal troops fought in and around the town of Mota, in Amhara's East Gojjam zone, on Sunday and Monday, residents said. One resident said at least 12 fighters and four civilians had been killed; the army said it had "destroyed" a Fano unit that tried to enter the town. Banks and shops stayed shut on Tuesday.

Gunmen stopped a minibus on the road between Ambo and Guder, in Oromia's West Shewa zone, on Monday and abducted nine passengers, relatives said. Regional officials blamed the Oromo Liberation Army (OLA), which the government calls "Shene"; the group denied involvement. Relatives said the kidnappers had demanded a ransom.

The conflict in Amhara began in August 2023, when Fano militias turned against the federal army after a plan to absorb regional forces.""", [
  unscored(E(cur, "Armed clash", "Fano militiamen and federal troops fought in and around the town of Mota", P("Mota", "ET", lat=11.08, lon=37.87, a1="Amhara"), "sunday",
             a1="Fano", i1=3, a2=ETH, i2=1), "fatalities", "time_precision"),
  E(cur, "Abduction/forced disappearance", "Gunmen stopped a minibus on the road between Ambo and Guder", P("Ambo", "ET", 2, lat=8.98, lon=37.85, a1="Oromia"), "monday",
    a1=OLA, i1=2, a2="Civilians (Ethiopia)", i2=7),
]),

S("st-ab-040", "2026-11-25", """NIGERIA/
Bandits abduct 31 villagers in Zamfara; ISWAP attack on Marte base repelled; herders kill 11 in Benue

KANO, Nov 25 (Wire) - Armed bandits on motorcycles abducted 31 people, most of them women and children, in a night raid on a village in Tsafe local government area of Zamfara state on Sunday, residents said. A police spokesman confirmed the abduction and said the number was 24.

Troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte, Borno state, on Monday night, the army said, adding that 15 insurgents were killed. Two soldiers were wounded.

Suspected herders killed 11 people in an attack on a farming village in Agatu local government area of Benue state late on Tuesday, the local council chairman said. Police said a team had been sent to the area.

Caption: Soldiers at the gate of the Marte base, November 2025. (Photo: Wire)""", [
  unscored(E(cur, "Abduction/forced disappearance", "Armed bandits on motorcycles abducted 31 people", P("Tsafe", "NG", 3, geoname="Tsafe"), "sunday",
             a1="Unidentified Armed Group (Nigeria)", i1=3, a2="Civilians (Nigeria)", i2=7), "fatalities", "injuries"),
  E(cur, "Armed clash", "Troops repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Marte", P("Marte", "NG"), "monday",
    a1=NGA, i1=1, a2=ISWAP, i2=2, fat=15, inj=2),
  E(cur, "Attack", "Suspected herders killed 11 people in an attack on a farming village in Agatu local government area", P("Agatu", "NG", 3, lat=7.89, lon=7.91, a1="Benue"), "tuesday",
    a1=FULANI, i1=4, a2="Civilians (Nigeria)", i2=7, fat=11),
]),

S("st-ab-041", "2026-06-30", """SAHEL ROUND-UP

BURKINA FASO - Fighters of the al Qaeda-linked JNIM attacked a unit of soldiers and VDP volunteer militiamen escorting a supply convoy south of Djibo on Saturday, security sources said. One source said about 20 soldiers and militiamen were killed; the army did not comment.

MALI - Jihadist fighters set fire to 14 fuel tankers on the road between Kayes and the Senegalese border on Thursday, drivers' union officials said. The drivers were ordered out of their cabs and were not harmed. In a message on Friday, JNIM warned that it would burn any tanker heading for Bamako. The group has blockaded fuel supplies from Senegal and Ivory Coast since September 2025.

NIGER - Soldiers killed 21 Islamic State Sahel Province fighters in an operation near Ouallam, in Tillaberi region, on Sunday, the defence ministry said. Four soldiers were killed.

The three juntas, which have left ECOWAS and formed the Alliance of Sahel States, announced a joint force of 5,000 men in early 2025.""", [
  unscored(E(cur, "Armed clash", "Fighters of the al Qaeda-linked JNIM attacked a unit of soldiers and VDP volunteer militiamen", P("Djibo", "BF", 2), "saturday",
             a1=JNIM, i1=2, a2=BFA, i2=1, assoc_actor_2=VDP), "fatalities"),
  E(cur, "Looting/property destruction", "Jihadist fighters set fire to 14 fuel tankers on the road between Kayes and the Senegalese border", P("Kayes", "ML", 2), "thursday",
    a1="Unidentified Armed Group (Mali)", i1=3, a2="Civilians (Mali)", i2=7, fat=0, inj=0),
  unscored(E(thr, "Looting/property destruction", "JNIM warned that it would burn any tanker heading for Bamako", P("Mali", "ML", 3, a1=None), None,
             a1=JNIM, i1=2, a2="Civilians (Mali)", i2=7), "event_date", "time_precision", "geo_precision", "admin1", "location"),
  E(cur, "Armed clash", "Soldiers killed 21 Islamic State Sahel Province fighters in an operation near Ouallam", P("Ouallam", "NE", 2), "sunday",
    a1=NER, i1=1, a2=ISSP, i2=2, fat=25),
], register="digest"),

S("st-ab-042", "2026-01-14", """LIVE: Russia-Ukraine war, day 1,420

08:05 Russian drones hit port infrastructure in Odesa overnight, starting a fire in a grain warehouse and wounding two workers, the regional governor said. Air defence units shot down 41 of the 58 drones Russia launched at Ukraine overnight, the air force said.

08:50 A Russian glide bomb struck a residential street in Kostiantynivka on Tuesday afternoon, killing two men and wounding a woman, the Donetsk regional military administration said.

09:30 Ukrainian drones attacked a fuel depot near Klintsy in Russia's Bryansk region overnight, the regional governor said, adding that debris had started a fire but nobody was hurt. A source in Ukraine's SBU security service said the depot supplied Russian units on the front.

10:10 Russia's defence ministry says its forces have captured the village of Kurylivka in Kharkiv region. Ukraine's military has not confirmed the claim.""", [
  E(cur, "Air/drone strike", "Russian drones hit port infrastructure in Odesa overnight", P("Odesa", "UA", lat=46.49, lon=30.74, a1="Odesa"), 0, tp=2,
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, inj=2),
  E(cur, "Air/drone strike", "A Russian glide bomb struck a residential street in Kostiantynivka on Tuesday afternoon", P("Kostyantynivka", "UA", lat=48.53, lon=37.71, a1="Donetsk"), "tuesday",
    a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=1),
  E(cur, "Air/drone strike", "Ukrainian drones attacked a fuel depot near Klintsy in Russia's Bryansk region overnight", P("Klintsy", "RU", 2, a1="Bryansk"), 0, tp=2,
    a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
  unscored(E(cur, "Non-state actor overtakes territory", "its forces have captured the village of Kurylivka in Kharkiv region", P("Kurylivka", "UA", lat=49.66, lon=37.7, a1="Kharkiv"), 0,
             a1=RUS, i1=8, a2=UKR, i2=1), "event_date", "time_precision", "fatalities", "injuries"),
], register="live"),
S("st-ab-043", "2026-01-28", """ANDEAN REGION/
Six killed in Guayaquil billiard hall; Ecuador extends emergency; drone bombs hit Colombian police station; soldier killed in Peru's VRAEM

QUITO, Jan 28 (Wire) - Gunmen believed to belong to the Los Lobos gang burst into a billiard hall in the Socio Vivienda area of Guayaquil on Sunday night and opened fire, killing six men and wounding two, police said. Police said the attack was part of a war between Los Lobos and Los Tiguerones for control of drug sales in the north-west of the city.

President Daniel Noboa on Monday extended for 30 days the state of emergency in Guayas and six other provinces, which allows soldiers to patrol the streets alongside the police. Ecuador has been under one form of emergency or another for most of the past three years.

In Colombia, FARC dissidents attacked the police station in El Retorno, in the southern department of Guaviare, with explosives dropped from drones on Tuesday, wounding three police officers, the police said. Authorities blamed the Central General Staff faction.

In Peru, a soldier was killed and two were wounded when their patrol was ambushed by remnants of the Shining Path near Pichari, in the Apurimac, Ene and Mantaro river valleys (VRAEM), on Saturday, the armed forces joint command said.

Caption: Forensic police outside the billiard hall in Guayaquil, Monday.""", [
  E(cur, "Attack", "Gunmen believed to belong to the Los Lobos gang burst into a billiard hall in the Socio Vivienda area of Guayaquil", P("Guayaquil", "EC", 2), "sunday",
    a1="Los Lobos", i1=3, a2="Civilians (Ecuador)", i2=7, fat=6, inj=2),
  E(cur, "Other", "President Daniel Noboa on Monday extended for 30 days the state of emergency in Guayas and six other provinces", C("EC"), "monday",
    a1=ECU_GOV, i1=1),
  E(cur, "Air/drone strike", "FARC dissidents attacked the police station in El Retorno", P("El Retorno", "CO", admin1="Guaviare"), "tuesday",
    a1=EMC, i1=2, a2="Police Forces of Colombia (2022-)", i2=1, inj=3),
  E(cur, "Armed clash", "their patrol was ambushed by remnants of the Shining Path near Pichari", P("Pichari", "PE", 2), "saturday",
    a1="Sendero Luminoso", i1=2, a2=PER, i2=1, fat=1, inj=2),
  unscored(E(cap, "Attack", "Forensic police outside the billiard hall in Guayaquil, Monday", P("Guayaquil", "EC", 2), "sunday",
             a1="Los Lobos", i1=3, a2="Civilians (Ecuador)", i2=7), "fatalities", "injuries", "geo_precision"),
]),

S("st-ab-044", "2026-10-07", """LATIN AMERICA SECURITY BRIEFING (30 September - 6 October)

MEXICO - Gunmen of the two warring factions of the Sinaloa Cartel, Los Chapitos and La Mayiza, fought for several hours in the hills outside Navolato, west of Culiacan, on Saturday. Soldiers who reached the area on Sunday found seven bodies and two burned-out pickup trucks, the state prosecutor's office said. More than 2,000 people have been killed in Sinaloa since the cartel split in September 2024.

BRAZIL - Five suspected members of the Comando Vermelho were killed in a shoot-out with military police during an operation in the Sussuarana neighbourhood of Salvador, Bahia, on Tuesday, the state security department said. On Tuesday night, residents set fire to a bus and blocked an avenue in Sussuarana with burning tyres in protest at the deaths.

HAITI - Gang members of the Viv Ansanm coalition attacked Petite-Riviere de l'Artibonite on Sunday, killing at least 12 residents and burning dozens of houses, a local human rights group said. The police said the gang had been pushed back on Monday. About 3,000 residents fled to the nearby town of Verrettes.

OUTLOOK - Analysts expect fighting in Sinaloa to continue through the end of the year.""", [
  E(cur, "Armed clash", "Gunmen of the two warring factions of the Sinaloa Cartel, Los Chapitos and La Mayiza, fought for several hours in the hills outside Navolato", P("Navolato", "MX", 2, admin1="Sinaloa"), "saturday",
    a1="Los Chapitos", i1=3, a2="La Mayiza", i2=3, fat=7),
  E(cur, "Armed clash", "Five suspected members of the Comando Vermelho were killed in a shoot-out with military police", P("Salvador", "BR", 2, lat=-12.98, lon=-38.49, a1="Bahia"), "tuesday",
    a1=BRA_POL, i1=1, a2="CV: Comando Vermelho", i2=3, fat=5),
  E(cur, "Violent demonstration", "residents set fire to a bus and blocked an avenue in Sussuarana with burning tyres", P("Salvador", "BR", 2, lat=-12.98, lon=-38.49, a1="Bahia"), "tuesday",
    a1="Rioters (Brazil)", i1=5, a2=None, i2=None),
  E(cur, "Attack", "Gang members of the Viv Ansanm coalition attacked Petite-Riviere de l'Artibonite", P("Petite Riviere de l'Artibonite", "HT", lat=19.13, lon=-72.48, a1="Artibonite"), "sunday",
    a1="Viv Ansanm", i1=3, a2="Civilians (Haiti)", i2=7, fat=12),
  unscored(E(cur, "Armed clash", "the gang had been pushed back on Monday", P("Petite Riviere de l'Artibonite", "HT", lat=19.13, lon=-72.48, a1="Artibonite"), "monday",
             a1="Police Forces of Haiti (2024-)", i1=1, a2="Viv Ansanm", i2=3), "fatalities", "injuries"),
], register="digest"),
]

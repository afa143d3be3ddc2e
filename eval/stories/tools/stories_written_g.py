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
from gold import E, S, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


def unscored(e, *keys):
    """The event with ``keys`` left out (a key left out is not scored: the gold answer is disputed)."""
    return {k: v for k, v in e.items() if k not in keys}


GHA = "Military Forces of Ghana (2025-)"; TZA_POL = "Police Forces of Tanzania (2021-)"; MDG_POL = "Police Forces of Madagascar (2025-)"
AGO_POL = "Police Forces of Angola (2017-)"; MAR = "Military Forces of Morocco (1999-)"; POL = "Military Forces of Poland (2023-)"
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
  unscored(E(cur, "Arrests", "arrested seven men", P("Bawku", "GH"), "wednesday", a1=GHA, i1=1), "actor2", "inter2"),
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
    a1="Rioters (Angola)", i1=5, a2=AGO_POL, i2=1, fat=4),
  E(cur, "Arrests", "police arrested 136 people", P("Benguela", "AO"), "tuesday", a1=AGO_POL, i1=1, a2="Rioters (Angola)", i2=5),
], register="local"),

S("st-g-006", "2025-10-02", """RABAT — Two young men were shot dead by gendarmes on Wednesday night when a crowd tried to storm a gendarmerie station in Inezgane, near Agadir, the interior ministry said, on the fifth night of youth-led protests over the state of Morocco's public hospitals and schools.

The crowd had set fire to two gendarmerie vehicles and tried to seize weapons from the station, and the gendarmes opened fire "in legitimate self-defence", the ministry said in a statement.

Elsewhere in the Souss-Massa region on Wednesday night, groups of youths smashed the windows of banks and shops and looted a supermarket in Tiznit, local news sites reported.

In Rabat and Casablanca, several thousand people marched peacefully on Wednesday evening, chanting "Health first, stadiums later", a reference to spending on football grounds for the 2030 World Cup.

The ministry said 409 people had been arrested across the country since Saturday and that 263 members of the security forces had been injured. The movement behind the protests, which calls itself GenZ 212 after the country's dialling code, organises online and says it has no links to any party.""", [
  E(cur, "Violent demonstration", "tried to storm a gendarmerie station", P("Inezgane", "MA"), "wednesday",
    a1="Rioters (Morocco)", i1=5, a2=MAR, i2=1, fat=2),
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
    P("Sobibor", "PL", 2, lat=51.45, lon=23.63, a1="Lublin Voivodeship", a2="Powiat wlodawski"), 0, a1=POL, i1=1, a2=RUS, i2=1),
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

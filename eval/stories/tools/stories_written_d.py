"""Multi-event stories written for this project (issue 11), batch d. Our own words; public place/group names.
Every record carries an explicit ``split`` (train or dev only: tuning material, never test)."""
from gold import E, S, place as P, country as C

USA = "Military Forces of the United States (2025-)"; NGA = "Military Forces of Nigeria (2023-)"
MMR = "Military Forces of Myanmar (2021-)"; RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"
PAK = "Military Forces of Pakistan (2024-)"; COL = "Military Forces of Colombia (2022-)"; SDN = "Military Forces of Sudan (2019-)"
cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

STORIES = [
S("st-d-001", "2026-08-10", """TAMPA, Fla. — U.S. Central Command forces conducted an airstrike in northwest Syria on Saturday that killed a senior leader of Hurras al-Din, the command said in a statement.

The leader was responsible for planning attacks and overseeing the group's production of explosive devices and drones, the statement said.

Separately, on Sunday, Iraqi security forces supported by coalition aircraft raided an Islamic State hideout in the Hamrin mountains, killing three militants and seizing weapons and explosive belts.

CENTCOM remains committed to the campaign to defeat ISIS in Iraq and Syria, the statement added.""", [
  E(cur, "Air/drone strike", "conducted an airstrike", C("SY"), "saturday", a1=USA, i1=8, a2="Hurras al-Din", i2=2, fat=1),
  E(cur, "Armed clash", "raided an Islamic State hideout", C("IQ"), "sunday", a1="Military Forces of Iraq (2022-)", i1=1, assoc_actor_1="Military Forces of the United States (2025-)", a2="Islamic State (Iraq)", i2=2, fat=3),
], register="release", split="dev"),
S("st-d-002", "2026-05-14", """MAIDUGURI, Nigeria — Troops repelled an attack by Islamic State West Africa Province fighters on a military base in Marte, Borno State, on Wednesday, killing 11 of the attackers, the army said on Thursday.

The troops recovered two gun trucks, 14 rifles and a rocket-propelled grenade launcher after the fighting, an army spokesman said.

In a separate operation on Thursday, soldiers arrested three suspected collaborators near Gwoza.

The army said 181 insurgents had been killed across the north-east in the past month.""", [
  E(cur, "Armed clash", "repelled an attack", P("Marte", "NG"), "wednesday", a1=NGA, i1=1, a2="Islamic State West Africa Province", i2=2, fat=11),
  E(cur, "Arrests", "arrested three suspected collaborators", P("Gwoza", "NG", 2), "thursday", a1=NGA, i1=1,
    a2="Civilians (Nigeria)", i2=7),
], register="release", split="train"),
S("st-d-003", "2026-10-03", """MOGADISHU (Wire) — A suicide bomber blew himself up at a restaurant near the beach in Mogadishu on Friday evening, killing at least seven people, police said. Al-Shabaab said it carried out the attack and claimed that 20 people had died.

Hours later, U.S. Africa Command said it had carried out an airstrike against al-Shabaab fighters near Jilib, in Middle Juba region, on Friday.

The group has carried out dozens of bombings in the capital this year.""", [
  E(cur, "Suicide bomb", "suicide bomber blew himself up", P("Mogadishu", "SO"), "friday", a1="Al Shabaab", i1=2, a2="Civilians (Somalia)", i2=7, fat=7),
  E(cur, "Air/drone strike", "carried out an airstrike", P("Jilib", "SO", 2), "friday", a1=USA, i1=8, a2="Al Shabaab", i2=2),
], split="dev"),
S("st-d-004", "2026-02-12", """YANGON — Myanmar's military launched airstrikes on a village outside Shwebo in Sagaing region on Tuesday, killing nine civilians including three children, local resistance groups said.

The junta has carried out more than 100 air raids in Sagaing since January, according to a monitoring group.

On Wednesday, fighters from the People's Defence Force ambushed a military convoy on the road to Monywa, the group said, adding that it seized rifles and ammunition in the ambush.

The military did not respond to requests for comment.""", [
  E(cur, "Air/drone strike", "launched airstrikes", P("Shwebo", "MM", 2), "tuesday", a1=MMR, i1=1, a2="Civilians (Myanmar)", i2=7, fat=9),
  E(cur, "Armed clash", "ambushed a military convoy", P("Monywa", "MM", 2), "wednesday", a1="PDF: People's Defense Force", i1=2, a2=MMR, i2=1),
], split="train"),
S("st-d-005", "2026-09-21", """KYIV — Russian forces shelled the city of Kherson on Saturday, killing two people and wounding five, the regional governor said.

Ukraine's air force said air defences were active over the capital overnight.

Separately, Ukrainian drones struck an oil depot in Russia's Bryansk region on Friday night, Russian officials said, adding that a fire broke out but no one was hurt.

Russia has fired thousands of glide bombs at Ukrainian cities so far this year.""", [
  E(cur, "Shelling/artillery/missile attack", "shelled the city of Kherson", P("Kherson", "UA"), "saturday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=2, inj=5),
  E(cur, "Air/drone strike", "drones struck an oil depot", P("Bryansk", "RU", 3, a1="Bryansk"), "friday", a1=UKR, i1=8, a2="Civilians (Russia)", i2=7, fat=0, inj=0),
], split="dev"),
S("st-d-006", "2026-07-08", """PESHAWAR, Pakistan — Militants attacked a police checkpoint in Lakki Marwat district late on Monday, killing four policemen, officials said. The Pakistani Taliban claimed responsibility and said its fighters had killed 12 officers.

Security forces launched a search operation in the area on Tuesday and killed three militants in an exchange of fire near the town of Bannu, the military's media wing said.

Attacks on police have risen sharply in the province over the past year.""", [
  E(cur, "Armed clash", "attacked a police checkpoint", P("Lakki Marwat", "PK", 3, geoname="Lakki Marwat"), "monday", a1="TTP: Tehreek-i-Taliban Pakistan", i1=2, a2="Police Forces of Pakistan (2024-)", i2=1, fat=4),
  E(cur, "Armed clash", "exchange of fire", P("Bannu", "PK", 2), "tuesday", a1=PAK, i1=1, a2="Unidentified Armed Group (Pakistan)", i2=3, fat=3),
], split="train"),
S("st-d-007", "2026-11-20", """BOGOTA (Wire) — Dissidents of the former FARC rebel group detonated a car bomb outside a police station in the town of Corinto on Thursday, wounding six people, police said.

Hours later, soldiers clashed with the dissidents in rural areas of Suarez, in Cauca department, killing two of them, the army said.

The attack came a week after a drone strike on a military base in Cauca killed two soldiers.""", [
  E(cur, "Remote explosive/landmine/IED", "detonated a car bomb", P("Corinto", "CO"), "thursday", a1="FARC-EMC: Central General Staff", i1=2, a2="Police Forces of Colombia (2022-)", i2=1, inj=6),
  E(cur, "Armed clash", "clashed", P("Suarez", "CO", 2, admin1="Cauca"), "thursday", a1=COL, i1=1, a2="FARC-EMC: Central General Staff", i2=2, fat=2),
  E(bg, "Air/drone strike", "drone strike", P("Cauca", "CO", 3), -7, a2=COL, i2=1, fat=2),
], split="dev"),
S("st-d-008", "2026-06-16", """PORT SUDAN — The Rapid Support Forces shelled a displacement camp outside El Fasher on Sunday, killing at least 11 people, the camp's coordination committee said.

The Sudanese army said its aircraft struck RSF positions near El Obeid in North Kordofan on Monday, destroying 15 combat vehicles.

The RSF denied targeting civilians. The war, which began in April 2023, has killed tens of thousands of people.""", [
  E(cur, "Shelling/artillery/missile attack", "shelled a displacement camp", P("El Fasher", "SD", 2), "sunday", a1="Rapid Support Forces", i1=2, a2="Civilians (Sudan)", i2=7, fat=11),
  E(cur, "Air/drone strike", "aircraft struck RSF positions", P("El Obeid", "SD", 2), "monday", a1=SDN, i1=1, a2="Rapid Support Forces", i2=2),
], split="train"),
]

"""Multi-event stories written for this project (issue 11), batch c: repeated references, claims,
recalled events, aggregates and page furniture. Our own words; public place/group names."""
from gold import E, S, place as P, country as C

RUS = "Military Forces of Russia (2000-)"; UKR = "Military Forces of Ukraine (2019-)"; ISR = "Military Forces of Israel (2022-)"
USA = "Military Forces of the United States (2025-)"; PAK = "Military Forces of Pakistan (2024-)"
cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"

STORIES = [
S("st-c-001", "2026-08-05", """QUETTA, Pakistan (Wire) — Separatist militants attacked a passenger train near Quetta on Monday, killing 11 people, officials said.

The Baloch Liberation Army said it carried out the attack and claimed to have killed 30 soldiers travelling on the train. The military said eight of the dead were civilians and three were soldiers.

Security forces later killed four of the attackers in a gunfight in the hills, the army said.

The attack was the deadliest in Balochistan since a bombing at Quetta's railway station in November 2024.

Sign up for our daily newsletter""", [
  E(cur, "Attack", "attacked a passenger train", P("Quetta", "PK", 2), "monday", a1="BLA: Balochistan Liberation Army", i1=2, a2="Civilians (Pakistan)", i2=7, fat=11),
  E(cur, "Armed clash", "gunfight", P("Quetta", "PK", 2), "monday", a1=PAK, i1=1, a2="BLA: Balochistan Liberation Army", i2=2, fat=4),
  E(bg, "Suicide bomb", "bombing", P("Quetta", "PK"), "2024-11-01", tp=3),
]),
S("st-c-002", "2026-06-17", """KABUL — A roadside bomb struck a vehicle carrying Taliban fighters in Khost province on Sunday, killing three of them, a provincial spokesman said.

The blast also wounded two passers-by. The spokesman blamed the Islamic State group for the bombing.

Two days earlier, Pakistani and Afghan border forces exchanged fire near Spin Boldak for several hours. Afghan officials said the clash killed a civilian.""", [
  E(cur, "Remote explosive/landmine/IED", "roadside bomb", P("Khost", "AF", 3, a1="Khowst"), "sunday", a2="Military Forces of Afghanistan (2021-)", i2=1, fat=3, inj=2),
  E(bg, "Armed clash", "exchanged fire", P("Spin Boldak", "AF", 2), "friday", a1=PAK, i1=8, fat=1),
]),
S("st-c-003", "2026-05-22", """GAZA (Wire) — An Israeli airstrike hit a school sheltering displaced families in Gaza City before dawn on Thursday, killing at least 18 people, the civil defence agency said.

The Israeli military said the strike targeted a Hamas command centre inside the school and that it had taken steps to reduce harm to civilians.

Later on Thursday, tank shelling killed four people near Rafah, medics said.

More than 50,000 people have been killed in Gaza since October 2023, according to the territory's health ministry.""", [
  E(cur, "Air/drone strike", "airstrike", P("Gaza City", "PS", geoname="Gaza"), "thursday", a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=18),
  E(cur, "Shelling/artillery/missile attack", "tank shelling", P("Rafah", "PS", 2), "thursday", a1=ISR, i1=8, a2="Civilians (Palestine)", i2=7, fat=4),
]),
S("st-c-004", "2026-09-09", """BAGHDAD — A bomb exploded at a market in Kirkuk on Tuesday, killing two people, police said. The blast damaged several shops.

Police arrested a man suspected of planting the device on Wednesday, a security source told reporters.

Iraq has seen relatively few such bombings since the defeat of Islamic State in 2017, when government forces retook Mosul after months of fighting.""", [
  E(cur, "Remote explosive/landmine/IED", "bomb exploded", P("Kirkuk", "IQ"), "tuesday", a2="Civilians (Iraq)", i2=7, fat=2),
  E(cur, "Arrests", "arrested", P("Kirkuk", "IQ"), "wednesday", a1="Police Forces of Iraq (2022-)", i1=1, a2="Civilians (Iraq)", i2=7),
  E(bg, "Government regains territory", "retook Mosul", P("Mosul", "IQ"), "2017-01-01", tp=3),
]),
S("st-c-005", "2026-02-25", """Ukraine war latest: Russian forces advance near Pokrovsk

Russian forces captured the village of Kotlyne, west of Pokrovsk in the Donetsk region, the Russian defence ministry said on Tuesday. Ukraine's military did not confirm the loss.

In Zaporizhzhia, a Russian guided bomb hit an industrial site on Tuesday afternoon, wounding five workers, the regional governor said.

Ukraine said on Monday it had struck an oil refinery in Russia's Saratov region with drones. The strike caused a large fire.

Read more: What's at stake in the fight for Pokrovsk""", [
  E(cur, "Non-state actor overtakes territory", "captured the village", P("Pokrovsk", "UA", 2, lat=48.2801, lon=37.1771, a1="Donetsk"), "tuesday", a1=RUS, i1=8, a2=UKR, i2=1),
  E(cur, "Air/drone strike", "guided bomb hit", P("Zaporizhzhia", "UA", geoname="Zaporizhzhya"), "tuesday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=None, inj=5),
  E(cur, "Air/drone strike", "struck an oil refinery", P("Saratov", "RU", 3), "monday", a1=UKR, i1=8, a2="Civilians (Russia)", i2=7),
], register="wire"),
S("st-c-006", "2026-10-14", """NEW DELHI — Militants opened fire on a group of tourists near Pahalgam in Kashmir on Monday, killing two and wounding six, police said.

Security forces launched a search operation in the area and killed two suspected militants in a gunfight near Anantnag on Tuesday, the army said.

India said it would respond firmly to the attack and blamed Pakistan, which denied any role.""", [
  E(cur, "Attack", "opened fire on a group of tourists", P("Pahalgam", "IN", 2), "monday", a1="Unidentified Armed Group (India)", i1=3, a2="Civilians (India)", i2=7, fat=2, inj=6),
  E(cur, "Armed clash", "gunfight", P("Anantnag", "IN", 2), "tuesday", a1="Military Forces of India (2014-)", i1=1, a2="Unidentified Armed Group (India)", i2=3, fat=2),
]),
S("st-c-007", "2026-03-27", """NDJAMENA, Chad — Boko Haram fighters attacked an army position on an island near Bol in the Lake Chad region on Sunday night, killing 17 soldiers, the army said.

The attack came a week after Chad's president threatened to withdraw from a regional force fighting the militants.

The army said troops later killed 40 assailants in the counter-offensive, a figure that could not be independently verified.""", [
  E(cur, "Armed clash", "attacked an army position", P("Bol", "TD", 2), "sunday", a1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i1=2, a2="Military Forces of Chad (2021-)", i2=1, fat=17),
  E(cur, "Armed clash", "counter-offensive", P("Bol", "TD", 2), "sunday", a1="Military Forces of Chad (2021-)", i1=1,
    a2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", i2=2, fat=40),
]),
S("st-c-008", "2026-11-06", """BANGUI (Wire) — Rebels of the 3R group killed at least eight civilians in attacks on two villages near Bria on Saturday, local officials said.

UN peacekeepers were deployed to the area on Monday to protect civilians, the UN mission MINUSCA said.

In a separate statement, the mission said it had recorded more than 160 attacks on civilians in the country since July.""", [
  E(cur, "Attack", "attacks on two villages", P("Bria", "CF", 2), "saturday", a1="3R: Return, Reclamation, Rehabilitation", i1=2, a2="Civilians (Central African Republic)", i2=7, fat=8),
]),
S("st-c-009", "2026-01-29", """COTONOU, Benin — Jihadist fighters attacked two army posts in northern Benin near the border with Niger and Burkina Faso on Wednesday, killing 28 soldiers, the army chief of staff said.

It was the deadliest attack on Benin's army since jihadist groups began moving south from the Sahel. JNIM claimed the attack and said it had killed 70 soldiers.

The government said it would send reinforcements to the region.""", [
  E(cur, "Armed clash", "attacked two army posts", P("Alibori", "BJ", 3), "wednesday", a1="JNIM: Group for Support of Islam and Muslims", i1=2, a2="Military Forces of Benin (2016-)", i2=1, fat=28),
]),
S("st-c-010", "2026-12-12", """CALI, Colombia — A motorcycle packed with explosives blew up near a police station in Jamundi on Thursday, injuring seven people, the mayor said.

Police blamed FARC dissidents of the Jaime Martinez front for the blast.

The bombing came hours after the government said it would extend a bounty on the front's commander to 2 billion pesos.""", [
  E(cur, "Remote explosive/landmine/IED", "motorcycle packed with explosives blew up", P("Jamundi", "CO", 2), "thursday", a1="Jaime Martinez Column", i1=2, a2="Police Forces of Colombia (2022-)", i2=1, fat=None, inj=7),
]),
S("st-c-011", "2026-06-03", """GUAYAQUIL, Ecuador — Gunmen stormed a cockfighting ring in a rural area of Guayas province on Sunday, killing 12 people, police said.

The massacre came two days after soldiers seized 3 tonnes of cocaine and a cache of rifles in a raid on a warehouse in Guayaquil.

President Noboa declared a state of emergency in seven provinces on Monday in response to the violence.""", [
  E(cur, "Attack", "stormed a cockfighting ring", P("Guayas", "EC", 3), "sunday", a1="Unidentified Armed Group (Ecuador)", i1=3, a2="Civilians (Ecuador)", i2=7, fat=12),
  E(bg, "Disrupted weapons use", "seized 3 tonnes of cocaine and a cache of rifles", P("Guayaquil", "EC"), "friday"),
  E(cur, "Other", "declared a state of emergency", C("EC"), "monday"),
]),
S("st-c-012", "2026-04-08", """EL ARISH, Egypt (Wire) — Militants attacked an army checkpoint south of El Arish in North Sinai on Monday, killing five soldiers, military sources said.

The army said its forces killed nine militants in an air and ground operation in central Sinai on Tuesday.

The Sinai branch of Islamic State, which waged an insurgency in the peninsula for years, has claimed few attacks since 2022.""", [
  E(cur, "Armed clash", "attacked an army checkpoint", P("El Arish", "EG", 2, geoname="Arish"), "monday", a1="Unidentified Armed Group (Egypt)", i1=3,
    a2="Military Forces of Egypt (2014-)", i2=1, fat=5),
  E(cur, "Armed clash", "air and ground operation", P("North Sinai", "EG", 3, a1="North Sinai"), "tuesday", a1="Military Forces of Egypt (2014-)", i1=1,
    a2="Unidentified Armed Group (Egypt)", i2=3, fat=9),
]),
S("st-c-013", "2026-07-29", """KAMPALA — Rebels of the Allied Democratic Forces killed six people in an attack on a village near Kasese in western Uganda on Saturday, police said.

Uganda's army said on Monday that its troops had overrun an ADF camp across the border in Congo's Ituri province, killing 15 rebels.

The ADF was behind a 2023 attack on a school in Mpondwe in which 42 people, mostly students, were killed.""", [
  E(cur, "Attack", "attack on a village", P("Kasese", "UG", 2), "saturday", a1="ADF: Allied Democratic Forces", i1=2, a2="Civilians (Uganda)", i2=7, fat=6),
  E(cur, "Armed clash", "overrun an ADF camp", P("Ituri", "CD", 3), "monday", tp=2, a1="Military Forces of Uganda (1986-)", i1=8, a2="ADF: Allied Democratic Forces", i2=2, fat=15),
  E(bg, "Attack", "attack on a school", P("Mpondwe", "UG", lat=0.04, lon=29.72, a1="Western"), "2023-01-01", tp=3, fat=42),
]),
S("st-c-014", "2026-10-20", """DHAKA — Police fired rubber bullets and tear gas to disperse students blocking a highway in Dhaka on Sunday, injuring dozens, witnesses said.

The students were protesting against the killing of a classmate by members of a rival political group last week.

In Cox's Bazar, two Rohingya men were shot dead in a refugee camp on Saturday night in what police described as a clash between armed groups.""", [
  E(cur, "Protest with intervention", "fired rubber bullets and tear gas", P("Dhaka", "BD"), "sunday", a1="Protesters (Bangladesh)", i1=6, a2="Police Forces of Bangladesh (2024-)", i2=1, fat=None, inj=12),
  E(bg, "Attack", "killing of a classmate", P("Dhaka", "BD"), "2026-10-12", tp=2, fat=1),
  E(cur, "Armed clash", "shot dead", P("Cox's Bazar", "BD", 2), "saturday", fat=2),
], register="local"),
S("st-c-015", "2026-08-20", """ERBIL, Iraq — A drone attack targeted the Khor Mor gas field in Sulaymaniyah province overnight, causing a fire but no casualties, the Kurdistan Region's interior ministry said.

It was the fourth attack on the field this year. No group claimed the attack.

Earlier on Tuesday, Iraqi counter-terrorism forces arrested three Islamic State suspects in Ramadi, a statement said.""", [
  E(cur, "Air/drone strike", "drone attack", P("Sulaymaniyah", "IQ", 3, a1="Sulaymaniyah"), "tuesday", fat=0, inj=0),
  E(cur, "Arrests", "arrested three Islamic State suspects", P("Ramadi", "IQ"), "tuesday", a1="Military Forces of Iraq (2022-)", i1=1, a2="Islamic State (Iraq)", i2=2),
]),
S("st-c-016", "2026-05-05", """KHARTOUM — Sudan's army said on Sunday it had retaken the town of Wad Madani from the Rapid Support Forces after weeks of fighting.

Residents said the RSF had withdrawn overnight. Army supporters celebrated in the streets of Port Sudan.

The army's statement said troops had also repelled an RSF attack on El Obeid on Saturday, killing 30 fighters.

The RSF, which seized Wad Madani in December 2023, did not comment.""", [
  E(cur, "Government regains territory", "retaken the town", P("Wad Madani", "SD", geoname="Wad Medani"), "sunday", a1="Military Forces of Sudan (2019-)", i1=1, a2="Rapid Support Forces", i2=2),
  E(cur, "Armed clash", "repelled an RSF attack", P("El Obeid", "SD", geoname="El Obeid"), "saturday", a1="Military Forces of Sudan (2019-)", i1=1, a2="Rapid Support Forces", i2=2, fat=30),
  E(bg, "Non-state actor overtakes territory", "seized Wad Madani", P("Wad Madani", "SD", geoname="Wad Medani"), "2023-12-01", tp=3, a1="Rapid Support Forces", i1=2),
]),
S("st-c-017", "2026-03-05", """KINSHASA — The United States imposed sanctions on Tuesday on a Rwandan minister over support for M23 rebels, the Treasury said.

Hours later, M23 fighters and pro-government Wazalendo militias clashed near Walikale in North Kivu, killing at least seven people, local sources said.

The clashes followed the collapse of peace talks in Doha last week.""", [
  E(cur, "Armed clash", "clashed", P("Walikale", "CD", 2, lat=-1.42, lon=28.05, a1="North Kivu"), "tuesday", a1="M23: March 23 Movement", i1=2, a2="Wazalendo", i2=3, fat=7),
]),
S("st-c-018", "2026-11-18", """Strike update — 17 November

Russian missile and drone attacks overnight hit energy infrastructure in the Odesa region, cutting power to 200,000 homes, the regional administration said. No casualties were reported.

In Dnipro, a missile strike on Monday evening killed four people and wounded 19, the governor said. The strike hit a bus station.

Ukraine's air force said Russia had launched more than 1,500 drones at the country in the past week.

Share this article""", [
  E(cur, "Shelling/artillery/missile attack", "missile and drone attacks", P("Odesa", "UA", 3, a1="Odesa"), "2026-11-17", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=0, inj=0),
  E(cur, "Shelling/artillery/missile attack", "missile strike", P("Dnipro", "UA", geoname="Dnipropetrovsk"), "monday", a1=RUS, i1=8, a2="Civilians (Ukraine)", i2=7, fat=4, inj=19),
]),
S("st-c-019", "2026-01-06", """ISLAMABAD — Pakistani jets struck what the military called hideouts of the Pakistani Taliban in Afghanistan's Paktika province on Saturday. Afghan officials said the strikes killed 15 civilians, including women and children.

The Taliban government said it would retaliate and summoned Pakistan's envoy.

Last year, Pakistan carried out similar strikes in Khost and Paktika, killing eight people, according to Afghan officials.""", [
  E(cur, "Air/drone strike", "struck", P("Paktika", "AF", 3), "saturday", a1=PAK, i1=8, fat=15),
  E(thr, "Armed clash", "retaliate", C("AF"), None),
  E(bg, "Air/drone strike", "similar strikes", P("Paktika", "AF", 3), "2025-01-01", tp=3, a1=PAK, i1=8, fat=8),
]),
S("st-c-020", "2026-09-23", """LATAKIA, Syria — Gunmen ambushed a security forces patrol near Jableh on Monday, killing three members of the General Security service, the interior ministry said.

Security forces later arrested 12 people in the area, the ministry said.

In March, attacks by loyalists of the former government on security forces along the coast set off days of violence in which hundreds of civilians were killed.""", [
  E(cur, "Armed clash", "ambushed", P("Jableh", "SY", 2, geoname="Jablah"), "monday", a2="Police Forces of Syria (2024-)", i2=1, fat=3),
  E(cur, "Arrests", "arrested 12 people", P("Jableh", "SY", 2, geoname="Jablah"), "monday", a1="Police Forces of Syria (2024-)", i1=1, a2="Civilians (Syria)", i2=7),
  E(bg, "Armed clash", "attacks by loyalists", P("Latakia", "SY", 3), "2026-03-01", tp=3),
]),
]

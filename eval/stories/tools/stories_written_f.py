"""Multi-event stories written for this project (issue 11), batch f: countries our other stories have least
(Latin America, southern/eastern Africa, the Caucasus, Central/South/Southeast Asia, Europe, the US) in many
registers (plain short reports, wire stories with datelines and quotes, local press, NGO/UN reports with bullets,
live blogs, official releases and denials, monitor round-ups, analysis pieces) and the hard cases (two events in
one sentence at different places, one event told three times, aggregates, recalled events with dates, captions
and footers, counter-claims of casualties, protests that turn violent, arrests after a protest, official
denials). Our own words; invented incidents in real places with public group names. No ``split`` key: the id
hash decides (some stories are test)."""
from gold import E, S, place as P, country as C

cur, bg, hyp, thr, neg, cap = "current", "background", "hypothetical", "threat", "negated", "caption"


def unscored(e, *keys):
    """The event with ``keys`` left out (a key left out is not scored: the gold answer is disputed)."""
    return {k: v for k, v in e.items() if k not in keys}


BRA_POL = "Police Forces of Brazil (2023-)"; UGA = "Military Forces of Uganda (1986-)"; ADF = "ADF: Allied Democratic Forces"
BDI_POL = "Police Forces of Burundi (2020-)"; IMB = "Imbonerakure"; ARM = "Military Forces of Armenia (2018-)"
AZE = "Military Forces of Azerbaijan (2003-)"; THA = "Military Forces of Thailand (2025-)"; MEX = "Military Forces of Mexico (2024-)"
GBR_POL = "Police Forces of the United Kingdom (2024-)"; IRN_POL = "Police Forces of Iran (2024-)"; IRN = "Military Forces of Iran (2024-)"

STORIES = [
S("st-f-001", "2025-05-14", """RIO DE JANEIRO — Six people were killed on Tuesday during a police operation against drug traffickers in the Complexo da Maré, a cluster of favelas in the north of Rio de Janeiro, the state's military police said. Officers exchanged fire with members of the Comando Vermelho gang for several hours, and two officers were wounded.

Residents said at least two of the dead were bystanders who were hit inside their homes. Schools and health clinics in the area stayed closed all day.

Hours after the operation ended, men set fire to at least four buses on Avenida Brasil, blocking one of the city's main roads during the evening rush hour. No one was hurt, the municipal transport company said.""", [
  E(cur, "Armed clash", "exchanged fire with members of the Comando Vermelho gang", P("Rio de Janeiro", "BR", 2), "tuesday",
    a1=BRA_POL, i1=1, a2="Comando Vermelho", i2=3, fat=6, inj=2),
  E(cur, "Looting/property destruction", "set fire to at least four buses", P("Rio de Janeiro", "BR", 2), "tuesday", fat=0),
], register="local"),

S("st-f-002", "2026-06-18", """ADF rebels kill seven in night raid on Rwenzori village

KASESE — Suspected Allied Democratic Forces (ADF) rebels killed seven people, among them three children, when they raided a village on the slopes of the Rwenzori mountains near Kilembe in Kasese District on Tuesday night, the army has said.

"They moved from house to house with machetes and guns. By morning we had counted seven bodies, including my brother and his two sons," a resident told this newspaper by telephone on Wednesday.

Army spokesperson Col. Deo Akiiki said troops were pursuing the attackers, who he said had crossed from the Democratic Republic of Congo. On Monday, the same group ambushed a UPDF patrol near Ntoroko and torched two trucks at a fuel station in Bundibugyo town, he said. One soldier was wounded in the ambush.

The army also dismissed as "fabricated" reports on social media that soldiers had shot dead two fishermen on Lake Edward last week, saying no such incident had occurred.

The ADF, which has pledged allegiance to the Islamic State group, has attacked villages on both sides of the border for years. Its deadliest attack in Uganda in recent years was on a secondary school in Mpondwe in June 2023, when 42 people, most of them students, were killed.""", [
  E(cur, "Attack", "raided a village on the slopes of the Rwenzori mountains", P("Kilembe", "UG", 2), "tuesday",
    a1=ADF, i1=2, a2="Civilians (Uganda)", i2=7, fat=7),
  E(cur, "Armed clash", "ambushed a UPDF patrol near Ntoroko", P("Ntoroko", "UG", 2), "monday", a1=ADF, i1=2, a2=UGA, i2=1, inj=1),
  E(cur, "Looting/property destruction", "torched two trucks", P("Bundibugyo", "UG"), "monday", a1=ADF, i1=2),
  E(neg, "Attack", "shot dead two fishermen", C("UG"), None),
  E(bg, "Attack", "were killed", P("Mpondwe", "UG", 1, lat=0.04, lon=29.72, a1="Western Region", a2="Kasese District"),
    "2023-06-01", tp=3, a1=ADF, i1=2, fat=42),
], register="local"),

S("st-f-003", "2025-03-05", """BURUNDI RIGHTS OBSERVATORY
Monthly report on the human rights situation – February 2025

Summary
In February 2025 the Observatory documented 19 killings, 7 abductions or disappearances, 36 arbitrary arrests and 12 cases of torture or ill-treatment across the country. Most of the alleged perpetrators were members of the Imbonerakure, the youth league of the ruling CNDD-FDD party, police officers and agents of the intelligence service.

Selected cases
• 8 February, Buganda (Cibitoke province): a group of Imbonerakure beat a member of the opposition CNL party with sticks at a market, accusing him of recruiting for a rebel group. He was taken to hospital with a broken arm.
• 14 February, Gitega: police arrested four CNL members at a bar and accused them of holding an unauthorised meeting. They were released without charge on 20 February.
• 21 February, near Cibitoke: the body of a man with his hands tied behind his back was pulled from the Rusizi river by fishermen. He had not been identified by the end of the month.
• 26 February, Muyinga: a primary school teacher was abducted by Imbonerakure members on his way home and handed over to intelligence agents. His family has not been told where he is held.

Context
Political space has continued to narrow ahead of the June 2025 legislative elections. Since the crisis of 2015, when protests against a third term for the late President Pierre Nkurunziza were put down by force, hundreds of thousands of Burundians have lived as refugees in neighbouring countries.

Recommendations
The Observatory calls on the authorities to investigate the cases above and to end the impunity enjoyed by the Imbonerakure.

© Burundi Rights Observatory 2025. This report may be quoted with attribution.""", [
  E(cur, "Attack", "beat a member of the opposition CNL party", P("Buganda", "BI"), "2025-02-08",
    a1=IMB, i1=3, a2="Civilians (Burundi)", i2=7, fat=None, inj=1),
  unscored(E(cur, "Arrests", "police arrested four CNL members", P("Gitega", "BI"), "2025-02-14", a1=BDI_POL, i1=1), "actor2", "inter2"),
  E(cur, "Attack", "body of a man with his hands tied", P("Cibitoke", "BI", 2), "2025-02-21",
    a1="Unidentified Armed Group (Burundi)", i1=3, a2="Civilians (Burundi)", i2=7, fat=1),
  E(cur, "Abduction/forced disappearance", "was abducted by Imbonerakure members", P("Muyinga", "BI"), "2025-02-26",
    a1=IMB, i1=3, a2="Civilians (Burundi)", i2=7),
  E(bg, "Excessive force against protesters", "were put down by force", C("BI"), "2015-04-01", tp=3),
], register="ngo"),

S("st-f-004", "2023-07-20", """MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA
INFORMATION

On 19 July 2023, at around 23:40, units of the armed forces of Azerbaijan opened fire from small arms and a large-calibre machine gun at Armenian combat positions near Vardenis, in the eastern part of the border. The fire was suppressed by retaliatory actions of the Armenian side. One contract serviceman received a gunshot wound; his life is not in danger.

The Ministry of Defence categorically denies the information spread by some Azerbaijani media outlets that Armenian units shelled Azerbaijani positions near the Jermuk direction on the same night. No shots were fired by the Armenian side in that direction.

We recall that since the large-scale attack of 13-14 September 2022, when Azerbaijani forces shelled Jermuk, Goris, Vardenis and other settlements and more than 200 Armenian servicemen were killed, the Azerbaijani side has repeatedly violated the ceasefire.

The Armenian Armed Forces continue to control the operational situation.

Press service of the Ministry of Defence""", [
  E(cur, "Armed clash", "opened fire from small arms and a large-calibre machine gun", P("Vardenis", "AM", 2), "2023-07-19",
    a1=AZE, i1=1, a2=ARM, i2=1, fat=None, inj=1),
  E(neg, "Shelling/artillery/missile attack", "shelled Azerbaijani positions", P("Jermuk", "AM", 2), "2023-07-19"),
  E(bg, "Shelling/artillery/missile attack", "Azerbaijani forces shelled Jermuk", C("AM"), "2022-09-13", a1=AZE, i1=1, a2=ARM, i2=1, fat=200),
], register="official"),

S("st-f-005", "2025-11-19", """Deep South: village headman shot dead, rangers hurt in bomb attack

NARATHIWAT — Suspected insurgents shot dead a village headman outside Rueso in Narathiwat and set off a roadside bomb against a paramilitary ranger patrol near Bannang Sata in Yala on Tuesday morning, police said.

The headman, 54, was riding his motorcycle home from morning prayers when two men on another motorcycle drew alongside and opened fire. He died at the scene. About an hour later, a bomb hidden in a drainage pipe exploded as a patrol of six rangers walked along a rural road, wounding three of them, one seriously.

No group said it was behind the attacks. Security officials said both bore the hallmarks of local insurgent cells.

The attacks came a day after Thai officials and representatives of the Barisan Revolusi Nasional held another round of talks in Kuala Lumpur on a possible reduction of violence during the coming fasting month.

More than 7,000 people have been killed in Thailand's southernmost provinces since the insurgency flared again in 2004, according to a local monitoring group.

Photo: Forensic officers examine the site of the bomb blast in Bannang Sata on Tuesday.""", [
  E(cur, "Attack", "shot dead a village headman", P("Rueso", "TH", 2), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2="Civilians (Thailand)", i2=7, fat=1),
  E(cur, "Remote explosive/landmine/IED", "set off a roadside bomb", P("Bannang Sata", "TH", 2, geoname="Ban Nang Sata"), "tuesday",
    a1="Unidentified Armed Group (Thailand)", i1=3, a2=THA, i2=1, fat=None, inj=3),
], register="local"),

S("st-f-006", "2025-06-02", """SINALOA SECURITY MONITOR
Daily round-up – incidents of the past 24 hours (Sunday 1 June 2025)

• Costa Rica (Culiacán municipality): five bodies, several with signs of torture, were found dumped beside the highway at the entrance to the town on Sunday morning. None had been identified by the evening.
• Navolato: soldiers clashed with gunmen who the state prosecutor's office said belonged to the Los Chapitos faction of the Sinaloa Cartel. Three gunmen were killed and a sergeant was wounded; two rifles and a vehicle with improvised armour plating were seized.
• Culiacán: armed men set fire to a car dealership and two houses in the Tres Ríos area shortly after midnight. No injuries were reported.
• Culiacán: banners signed by one of the factions and hung from a pedestrian bridge warned that more "traitors" would be killed in the coming days.

Cumulative figures
Since the war between the Los Chapitos and La Mayiza factions began in September 2024, the state prosecutor has registered well over a thousand homicides and a similar number of reports of missing persons. Sunday's five bodies bring the total for May and the first day of June to 171.

Compiled from official statements and local media. Figures are provisional.""", [
  E(cur, "Attack", "five bodies, several with signs of torture, were found", P("Costa Rica", "MX", geoname="Villa de Costa Rica"), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, a2="Civilians (Mexico)", i2=7, fat=5),
  E(cur, "Armed clash", "soldiers clashed with gunmen", P("Navolato", "MX"), "sunday",
    a1=MEX, i1=1, a2="Sinaloa Cartel-Los Chapitos", i2=3, fat=3, inj=1),
  E(cur, "Looting/property destruction", "set fire to a car dealership and two houses", P("Culiacan", "MX", 2), "sunday",
    a1="Unidentified Armed Group (Mexico)", i1=3, fat=0),
  E(thr, "Attack", "more \"traitors\" would be killed", P("Culiacan", "MX"), None),
], register="monitor"),

S("st-f-007", "2025-09-22", """Eleven arrested after Bedworth hotel protest ends in disorder

Police have arrested 11 people after a protest outside a hotel housing asylum seekers on the edge of Bedworth ended in disorder on Saturday night, leaving seven officers injured.

About 300 people gathered outside the hotel on Saturday afternoon. The demonstration was largely peaceful for the first two hours, but after dark a group of protesters threw bottles, eggs and fireworks at officers, and the windows of a police van were smashed. Warwickshire Police said one officer was treated in hospital for a head injury.

Across the road, around 80 counter-protesters gathered behind a police cordon with placards reading "Refugees welcome". That gathering passed off without incident.

The 11 were arrested at addresses in Bedworth on Sunday on suspicion of violent disorder, the force said, adding that officers were still studying video footage to identify others.

"People have every right to protest, but what we saw on Saturday night was thuggery," the force's assistant chief constable said.

Organisers have called another demonstration at the hotel for next Saturday.""", [
  E(cur, "Violent demonstration", "ended in disorder", P("Bedworth", "GB", 2), "saturday",
    a1="Rioters (United Kingdom)", i1=5, a2=GBR_POL, i2=1, fat=None, inj=7),
  E(cur, "Peaceful protest", "counter-protesters gathered", P("Bedworth", "GB", 2), "saturday", a1="Protesters (United Kingdom)", i1=6),
  E(cur, "Arrests", "were arrested at addresses in Bedworth", P("Bedworth", "GB"), "sunday", a1=GBR_POL, i1=1, a2="Rioters (United Kingdom)", i2=5),
  E(hyp, "Peaceful protest", "called another demonstration", P("Bedworth", "GB", 2), None),
], register="local"),

S("st-f-008", "2025-04-16", """TEHRAN (Wire) — Gunmen attacked a police post on the outskirts of Saravan in Iran's Sistan-Baluchestan province late on Tuesday, killing three police officers, the semi-official Tasnim news agency reported.

Jaish al-Adl, a Sunni Baluch militant group, said in a statement on Telegram that its fighters had killed 11 "members of the regime's repressive forces" in the attack. The provincial police chief called that figure "a lie" and said two attackers had been wounded and had fled across the nearby border into Pakistan.

On Wednesday morning, Revolutionary Guards ground forces said they had killed four members of "a terrorist team" in a clash in the mountains north of Khash. A Baluch rights group said one of the four was a 17-year-old fuel porter.

Sistan-Baluchestan, one of Iran's poorest provinces, has seen repeated attacks on security forces. In December 2023, Jaish al-Adl fighters killed 11 police officers in an attack on a police station in the town of Rask.

Tehran accuses Pakistan of not doing enough to stop militants operating from its territory. Islamabad says it is doing all it can.""", [
  E(cur, "Armed clash", "Gunmen attacked a police post", P("Saravan", "IR", 2), "tuesday",
    a1="Jaish al-Adl", i1=2, a2=IRN_POL, i2=1, fat=3, inj=2),
  unscored(E(cur, "Armed clash", "killed four members of \"a terrorist team\" in a clash", P("Khash", "IR", 2), "wednesday", a1=IRN, i1=1, fat=4),
           "actor2", "inter2"),
  E(bg, "Armed clash", "killed 11 police officers in an attack on a police station", P("Rask", "IR", lat=26.23, lon=61.40, a1="Sistan and Baluchestan"),
    "2023-12-01", tp=3, a1="Jaish al-Adl", i1=2, a2=IRN_POL, i2=1, fat=11),
]),
]

"""Build eval/isaf/{dev,test}.jsonl from the ISAF press releases (CC BY-SA 4.0, see eval/isaf/README.md).

    python eval/tools/isaf_gold.py [/work/shared/data/isaf/isaf_press_releases_dev200.jsonl]

Deterministic: the same input gives the same files. Mapping of the dataset author's annotation:
* one gold event per release: an operation that killed people (min_killed > 0) is "Air/drone strike" when
  flagged airstrike, else "Armed clash", with fatalities = min_killed; otherwise a detention is "Arrests"
  (fatalities null); a release with neither has no scored event type;
* event_date = start_date (time_precision 1); country Afghanistan; admin1 = the province when exactly one;
* actor1 = "Military Forces of Afghanistan (2004-2014)" (inter 1) when the release names Afghan forces
  (the releases report joint Afghan/coalition operations), else "ISAF: International Security Assistance
  Force" (inter 8); actor2 = the target group (taliban -> Taliban, haqqani -> Haqqani Network, ...), not
  scored when the annotation names none;
* trigger = the first verb of the mapped kind in the text (killed / detained...), when there is one.
Split: sha1 of the id, even -> dev, odd -> test.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path("/work/shared/data/isaf/isaf_press_releases_dev200.jsonl")
PROVINCES = {
    "paktya": "Paktia", "day_kundi": "Daykundi", "sar_e_pul": "Sar-e Pol", "sar-e pul": "Sar-e Pol", "uruzgan": "Uruzgan",
    "wardak": "Wardak", "helmand": "Helmand", "khost": "Khost", "kandahar": "Kandahar", "kunar": "Kunar", "kunduz": "Kunduz",
    "nangarhar": "Nangarhar", "ghazni": "Ghazni", "paktika": "Paktika", "zabul": "Zabul", "logar": "Logar", "laghman": "Laghman",
    "baghlan": "Baghlan", "farah": "Farah", "kabul": "Kabul", "badghis": "Badghis", "takhar": "Takhar", "balkh": "Balkh",
    "jowzjan": "Jowzjan", "samangan": "Samangan", "herat": "Herat", "faryab": "Faryab", "kapisa": "Kapisa",
}
GROUPS = {
    "taliban": "Taliban", "haqqani": "Haqqani Network", "aq": "Al Qaeda", "imu": "IMU: Islamic Movement of Uzbekistan",
    "hig": "Hezb-e-Islami Gulbuddin", "let": "Lashkar-e-Taiba", "ttp": "TTP: Tehreek-i-Taliban Pakistan",
    "iju": "IJU: Islamic Jihad Union",
}
AFGHAN_FORCES = re.compile(r"\bAfghan(?:\s+\w+){0,3}\s+(?:forces?|force|police|army|soldiers|troops|commandos)\b|\bANSF\b|\bANA\b|\bANP\b", re.I)
TRIGGERS = {
    "Arrests": re.compile(r"\b(detained|arrested|captured|detain|arrest)\b"),
    "Armed clash": re.compile(r"\b(killed|engaged|fired upon|killing)\b"),
    "Air/drone strike": re.compile(r"\b(air strike|airstrike|precision strike|air weapons team|aerial)\b", re.I),
}


def convert(raw: dict) -> dict:
    a = raw["annotation"]
    text = raw["text"]
    killed = int(a.get("min_killed") or 0)
    captured = int(a.get("min_captured") or 0)
    event: dict = {"status": "current", "country": "Afghanistan", "iso": "AF"}
    if killed > 0:
        sub = "Air/drone strike" if a.get("airstrike") else "Armed clash"
        event.update(event_type="Explosions/Remote violence" if a.get("airstrike") else "Battles", sub_event_type=sub, fatalities=killed)
    elif captured > 0:
        sub = "Arrests"
        event.update(event_type="Strategic developments", sub_event_type=sub, fatalities=None)
    else:
        sub = None
    if sub:
        found = TRIGGERS[sub].search(text)
        if found:
            event["trigger"] = found.group(0)
    provinces = [p for p in a.get("province", []) if p]
    if len(provinces) == 1 and provinces[0] in PROVINCES:
        event["admin1"] = PROVINCES[provinces[0]]
    if a.get("start_date"):
        event["event_date"] = a["start_date"]
        event["time_precision"] = 1
    if AFGHAN_FORCES.search(text):
        event.update(actor1="Military Forces of Afghanistan (2004-2014)", inter1=1)
    else:
        event.update(actor1="ISAF: International Security Assistance Force", inter1=8)
    groups = [GROUPS[g] for tg in a.get("target_group", []) for g in tg.split(";") if g in GROUPS]
    if len(groups) == 1:
        event.update(actor2=groups[0], inter2=2)
    return {
        "id": raw["id"], "text": text, "published": raw.get("published"), "source": "ISAF (CC BY-SA 4.0)",
        "register": "official", "split": split(raw["id"]), "events": [event],
        "licence": "CC BY-SA 4.0; ISAF Press Releases dataset by Alex Strick van Linschoten",
    }


def split(record_id: str) -> str:
    return "dev" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    rows = [convert(json.loads(line)) for line in source.read_text("utf-8").splitlines() if line.strip()]
    for name in ("dev", "test"):
        out = ROOT / "eval" / "isaf" / f"{name}.jsonl"
        out.write_text("".join(json.dumps(r) + "\n" for r in rows if r["split"] == name), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""US CENTCOM / State Department releases (public domain; re3d corpus, /work/shared/data/public-domain),
events coded by hand for this project (issue 11). The releases carry no date in the corpus: `published`
is the coder's best knowledge of the release date (or, where unknown, a date consistent with the text)."""
import json, os
from gold import E, S, place as P, country as C

SRC = os.environ.get("RE3D_DOCS", "/work/shared/data/public-domain/re3d_centcom_statedept_docs.jsonl")
DOCS = {json.loads(l)["id"]: json.loads(l) for l in open(SRC, encoding="utf-8")}
cur, bg, hyp = "current", "background", "hypothetical"
IS_S, IS_I = "Islamic State (Syria)", "Islamic State (Iraq)"
IRQ = "Military Forces of Iraq (2014-2018)"


def R(doc_id, pub, events):
    d = DOCS[doc_id]
    return S(f"re3d-{doc_id[:8].lower()}", pub, d["text"], events, register="official",
             source=f"re3d {d['subset']}: {d['title']}", license=d["license"], url=d["url"])


def near(name, cc, **kw):
    return P(name, cc, 2, **kw)


J8 = "2017-01-08"
STORIES = [
R("26CC32861EF7D38FBAE9CABAFC7487E1", "2017-01-09", [
  E(cur, "Air/drone strike", "Near Al Shadaddi, one strike", near("Al Shadaddi", "SY", geoname="Ash Shaddadah"), J8, a2=IS_S, i2=2),
  E(cur, "Air/drone strike", "Near Ar Raqqah, 15 strikes", near("Ar Raqqah", "SY"), J8, a2=IS_S, i2=2),
  E(cur, "Air/drone strike", "Near Ayn Isa, one strike", near("Ayn Isa", "SY", geoname="`Ayn `Isa"), J8, a2=IS_S, i2=2),
  E(cur, "Air/drone strike", "Near Dayr Az Zawr, five strikes", near("Dayr Az Zawr", "SY", geoname="Deir ez-Zor"), J8, a2=IS_S, i2=2),
  E(cur, "Air/drone strike", "Near Palmyra, one strike", near("Palmyra", "SY", geoname="Tadmur"), J8, a2=IS_S, i2=2),
  E(cur, "Air/drone strike", "Near Al Huwayjah, one strike", near("Al Huwayjah", "IQ", lat=35.32, lon=43.76, a1="Kirkuk"), J8, a2=IS_I, i2=2),
  E(cur, "Air/drone strike", "Near Bayji, one strike", near("Bayji", "IQ"), J8, a2=IS_I, i2=2),
  E(cur, "Air/drone strike", "Near Mosul, five strikes", near("Mosul", "IQ"), J8, a2=IS_I, i2=2),
  E(cur, "Air/drone strike", "Near Rawah, two strikes", near("Rawah", "IQ"), J8, a2=IS_I, i2=2),
  E(cur, "Air/drone strike", "Near Sinjar, two strikes", near("Sinjar", "IQ"), J8, a2=IS_I, i2=2),
]),
R("28829CF80D445874061C5948E6A3751D", "2016-12-31", [
  E(cur, "Air/drone strike", "struck and killed by a coalition airstrike", near("Tabqa", "SY", geoname="Ath Thawrah"), "2016-12-26", a2=IS_S, i2=2, fat=1),
]),
R("482C10613016D2F430C464B2D13A8F41", "2016-12-10", [
  E(cur, "Armed clash", "attempted to seize", P("Mosul", "IQ"), "2016-12-06", a1=IRQ, i1=1, a2=IS_I, i2=2),
  E(cur, "Armed clash", "fought off several counterattacks", P("Mosul", "IQ"), "2016-12-07", a1=IRQ, i1=1, a2=IS_I, i2=2),
  E(cur, "Air/drone strike", "conducted a precision strike", P("Mosul", "IQ"), "2016-12-07", a2=IS_I, i2=2),
]),
R("6874F49C56340E2BD65BF958916C97AE", "2016-12-16", [
  E(cur, "Air/drone strike", "destroyed 14 ISIL tanks", near("Palmyra", "SY", geoname="Tadmur"), "2016-12-15", a2=IS_S, i2=2),
  E(bg, "Non-state actor overtakes territory", "seized the tanks", near("Palmyra", "SY", geoname="Tadmur"), "2016-12-11", tp=2, a1=IS_S, i1=2),
]),
R("F7AC57DBBAD0284C8C0DE6566B9B5C29", "2016-11-26", [
  E(cur, "Remote explosive/landmine/IED", "improvised explosive device blast", near("Ayn Issa", "SY", geoname="`Ayn `Isa"), "2016-11-24",
    a2="Military Forces of the United States (2009-2017)", i2=8, fat=1),
]),
R("108A8CFC05CC3139A6E65B7A4239F5C6", "2016-04-28", [
  E(cur, "Attack", "specifically targeted mourners", P("Baghdad", "IQ"), "2016-04-28", a1=IS_I, i1=2, a2="Civilians (Iraq)", i2=7),
]),
R("2C271BB862754AECF35665280FE7B93C", "2016-10-16", [
  E(cur, "Non-state actor overtakes territory", "liberated the Syrian town of Dabiq", P("Aleppo", "SY", 3, lat=36.2012, lon=37.1612, a1="Aleppo"), "2016-10-16", a2=IS_S, i2=2),
]),
R("2E857EFC55A390B6382FDE5C87F06D67", "2016-05-23", [
  E(cur, "Remote explosive/landmine/IED", "multiple bombings", P("Jabla", "SY", geoname="Jablah"), "2016-05-23", a1=IS_S, i1=2, a2="Civilians (Syria)", i2=7),
  E(cur, "Remote explosive/landmine/IED", "multiple bombings", P("Tartus", "SY", geoname="Tartouss"), "2016-05-23", a1=IS_S, i1=2, a2="Civilians (Syria)", i2=7),
]),
R("487C0B93A959D64A34CA2F40EE82C18B", "2016-05-17", [
  E(cur, "Attack", "ISIL attack this morning", P("Baghdad", "IQ"), "2016-05-17", a1=IS_I, i1=2, a2="Civilians (Iraq)", i2=7),
  E(cur, "Remote explosive/landmine/IED", "car bomb attacks", P("Diyala", "IQ", 3), "2016-05-16", a2="Civilians (Iraq)", i2=7),
]),
R("6E62DC65EFDFB1B357175EB255F25C36", "2015-12-11", [
  E(cur, "Suicide bomb", "multiple suicide attacks", P("Tel Tamer", "SY", geoname="Tall Tamr"), None, a1=IS_S, i1=2, a2="Civilians (Syria)", i2=7),
]),
R("9DFBD0B607245D1B56B90FD64E9AB952", "2017-01-01", [
  E(cur, "Attack", "dual attacks", P("Baghdad", "IQ"), "2016-12-31", a1=IS_I, i1=2, a2="Civilians (Iraq)", i2=7, fat=28),
  E(cur, "Attack", "multiple attacks", C("IQ"), "2017-01-01", a1=IS_I, i1=2, a2="Civilians (Iraq)", i2=7, fat=35),
]),
]

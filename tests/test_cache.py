"""The on-disk table cache: reused when fresh, rebuilt (never an error) when stale or corrupt,
and the phrase index it keeps matches what spaCy's PhraseMatcher matches."""

import os
import pickle
from types import MappingProxyType

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from eventwire.cache import CACHE_ENV, KEEP, PhraseIndex, PlaceRows, cache_dir, fingerprint, load_or_build
from eventwire.places.gazetteer import Place


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_cache_built_once_then_read(tmp_path):
    build, calls = _counting({"table": MappingProxyType({"a": (1, 2)})})
    first = load_or_build("k1", build, tmp_path)
    second = load_or_build("k1", build, tmp_path)
    assert calls == [1]
    assert second == first and isinstance(second["table"], MappingProxyType)


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05garbage", None])
def test_cache_corrupt_file_is_rebuilt(tmp_path, damage):
    load_or_build("k1", lambda: [1, 2, 3], tmp_path)
    path = next(tmp_path.glob("tables-k1.pickle"))
    if damage is None:  # a valid pickle of something else: not the tables of this key
        path.write_bytes(pickle.dumps(("other-key", [9])))
    else:
        path.write_bytes(damage)
    build, calls = _counting([1, 2, 3])
    assert load_or_build("k1", build, tmp_path) == [1, 2, 3]
    assert calls == [1]
    assert load_or_build("k1", lambda: pytest.fail("rebuilt twice"), tmp_path) == [1, 2, 3]


def test_cache_stale_key_rebuilds_and_keeps_only_the_newest_files(tmp_path):
    import time
    for i in range(KEEP + 2):
        assert load_or_build(f"k{i}", lambda: f"tables {i}", tmp_path) == f"tables {i}"
        time.sleep(0.01)  # distinct modification times
    assert sorted(p.name for p in tmp_path.glob("tables-*")) == [f"tables-k{i}.pickle" for i in range(2, KEEP + 2)]
    assert load_or_build("k0", lambda: "rebuilt", tmp_path) == "rebuilt"


def test_cache_unwritable_folder_still_builds(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert load_or_build("k", lambda: 42, blocked / "cache") == 42


def test_cache_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_dir() is None
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "eventwire"


def test_fingerprint_changes_with_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "actors.jsonl").write_text('{"name": "Freedonia"}\n')
    before = fingerprint(["model-1"], [data])
    assert fingerprint(["model-1"], [data]) == before
    assert fingerprint(["model-2"], [data]) != before
    (data / "actors.jsonl").write_text('{"name": "Sylvania and Freedonia"}\n')
    assert fingerprint(["model-1"], [data]) != before
    single = tmp_path / "module.py"
    single.write_text("x = 1\n")
    one = fingerprint([], [single])
    single.write_text("x = 22\n")
    assert fingerprint([], [single]) != one


PHRASES = ["Freedonia", "Grand Fenwick", "Duchy of Grand Fenwick", "U.N.", "Sylvania's army"]
WORDS = ["rebels", "army chief", "gen.", "police", "prime minister"]
SENTENCES = ["Gen. Rufus Firefly of Freedonia said the Duchy of Grand Fenwick massed troops.",
             "Police in Grand Fenwick arrested 12 rebels, the U.N. said; the army chief denied it.",
             "THE PRIME MINISTER OF FREEDONIA met Sylvania's army commander.",
             "Nothing here names anyone.", ""]


@pytest.mark.parametrize("text", SENTENCES)
def test_phrase_index_matches_like_phrase_matcher(text):
    nlp = spacy.blank("en")
    names, words = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER")
    for form in PHRASES:
        names.add(form, [nlp.make_doc(form)])
    for form in WORDS:
        words.add(form, [nlp.make_doc(form)])
    index_names = PhraseIndex(PhraseIndex.tokenize(PHRASES, nlp.make_doc, lower=False), lower=False)
    index_words = PhraseIndex(PhraseIndex.tokenize(WORDS, nlp.make_doc, lower=True), lower=True)
    index_names, index_words = (pickle.loads(pickle.dumps(i)).bind(nlp.vocab.strings)
                                for i in (index_names, index_words))
    doc = nlp.make_doc(text)
    assert sorted(index_names(doc)) == sorted(names(doc))
    expected = set(words(doc))
    if text.startswith("Gen."):  # the tokenizer keeps "Gen." whole, so "gen." is indexed capitalized too
        expected.add((nlp.vocab.strings["gen."], 0, 1))
    assert set(index_words(doc)) == expected
    assert all(nlp.vocab.strings[key] in PHRASES + WORDS for key, _, _ in index_names(doc) + index_words(doc))


def test_place_rows_build_places_on_lookup():
    places = {"Fenwick": (Place("Fenwick", "FWK", 1.5, 2.5, 50_000), Place("Fenwick", "SYL", 3.0, 4.0, 20_000))}
    rows = pickle.loads(pickle.dumps(PlaceRows.of(places)))
    assert "Fenwick" in rows and "Nowhere" not in rows and len(rows) == 1 and list(rows) == ["Fenwick"]
    assert rows.get("Fenwick") == places["Fenwick"]
    assert rows.get("Nowhere", ()) == ()
    assert rows["Fenwick"] is rows["Fenwick"]  # made once


@pytest.mark.slow
def test_resources_from_cache_code_the_same(monkeypatch, tmp_path):
    from eventwire import code, load_resources
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    text = "Freedonia's army shelled Sylvania on Monday, Gen. Smith of Russia said."
    fresh = load_resources()
    assert len(list(tmp_path.glob("tables-*.pickle"))) == 1
    cached = load_resources()
    for path in tmp_path.glob("tables-*.pickle"):  # and once more from a damaged file
        path.write_bytes(path.read_bytes()[: os.path.getsize(path) // 2])
    repaired = load_resources()
    results = [code(text, "2025-05-15", resources=r).events for r in (fresh, cached, repaired)]
    assert results[0] and results[0] == results[1] == results[2]

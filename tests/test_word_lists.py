"""The packages' versioned word lists (actors, places, text: data/words.json) are well formed."""

from __future__ import annotations

import json

import pytest

from eventwire.datafiles import package_data, parse_word_lists, word_lists
from eventwire.errors import DataFileError

PACKAGES = ("eventwire.actors", "eventwire.places", "eventwire.text")
# lists written as the words appear in text, not as lower-case lemmas
AS_WRITTEN = {"honorifics", "not_acronyms", "common_surnames", "not_places", "abbreviations"}


@pytest.mark.parametrize("package", PACKAGES)
def test_every_list_has_a_doc_and_clean_sorted_words(package):
    data = json.loads(package_data(package, "words.json").read_text(encoding="utf-8"))
    assert data["_comment"].strip()
    for name, entry in data.items():
        if name.startswith("_"):
            continue
        assert entry["doc"].strip(), name
        words = entry["words"]
        assert words, name
        assert words == sorted(set(words)), f"{name}: sorted, no duplicates"
        if name not in AS_WRITTEN:
            assert all(w == w.lower() for w in words), name


@pytest.mark.parametrize("package", PACKAGES)
def test_manifest_versions_the_word_lists(package):
    manifest = json.loads(package_data(package, "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["words.json"]
    assert entry["version"].count(".") == 2 and entry["description"].strip()


@pytest.mark.parametrize("package", PACKAGES)
def test_loaded_lists_are_frozen(package):
    lists = word_lists(package)
    assert lists and all(isinstance(v, frozenset) and v for v in lists.values())
    with pytest.raises(TypeError):
        lists["new"] = frozenset({"x"})  # type: ignore[index]


@pytest.mark.parametrize("bad", [
    {"parts": ["one"]},                             # not an object
    {"parts": {"words": ["one"]}},                  # no doc
    {"parts": {"doc": "d", "words": ["one", ""]}},  # an empty word
    {"parts": {"doc": "d", "words": [" one"]}},     # stray space
    ["one"],                                        # not an object of lists
])
def test_a_malformed_list_is_named(bad):
    with pytest.raises(DataFileError) as e:
        parse_word_lists(bad, "words.json")
    assert "words.json" in str(e.value)


def test_the_code_reads_the_lists_it_documents():
    from eventwire.actors import mentions
    from eventwire.places import gazetteer
    from eventwire.text import repair

    assert "several" in mentions.PARTS and "Sheikh" in mentions.HONORIFICS
    assert "Victoria" in gazetteer.NOT_PLACES and "strait" in gazetteer.WATER_WORDS
    assert "allow" in repair.PERMITTING and "letter" in repair.MESSAGE_NOUNS

"""Prefixed irregular verbs get the lemma of their prefix and base; verbs in their own right keep theirs."""

import pytest

from eventwire.text.verbforms import PrefixedVerbs


@pytest.fixture(scope="module")
def forms(resources):
    return PrefixedVerbs(resources.nlp.get_pipe("lemmatizer"))


@pytest.mark.parametrize("word, lemma", [("retook", "retake"), ("overran", "overrun"), ("outfought", "outfight"),
                                         ("withheld", "withhold"), ("rebuilt", "rebuild")])
def test_verbforms_prefix_and_irregular_form(forms, word, lemma):
    assert forms.lemma(word) == lemma


@pytest.mark.parametrize("word", ["resent", "relay", "rebound", "refound", "reopened", "took"])
def test_verbforms_verbs_of_their_own_and_unknown_bases_are_left(forms, word):
    assert forms.lemma(word) == ""


def test_verbforms_a_town_retook_is_coded(code):
    found = {(e.source, e.target, e.code[:2]) for e in code("Malian troops retook the town of Anefis from the rebels.").events}
    assert any(s == "MLIMIL" and c == "19" for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a verb with a hyphen after "re" is one word and one verb: it had parsed as a noun phrase
    ("The EU re-imposed sanctions on Belarus.", ("IGOEUREEC", "BLR", "163")),
    ("Rwanda re-established diplomatic relations with Burundi.", ("RWA", "BDI", "050")),
])
def test_verbforms_a_verb_hyphenated_after_re_is_coded(code, text, expected):
    found = {(e.source, e.target, e.code) for e in code(text).events}
    assert expected in found, found


def test_verbforms_a_hyphenated_participle_keeps_its_own_lemma(forms, resources):
    # only "re-" verbs are joined to their prefix: "Iran-backed" is no verb "iranback"
    from spacy.tokens import Doc
    doc = Doc(resources.nlp.vocab, words=["Iran-backed", "militias", "re-took", "the", "town"],
              pos=["VERB", "NOUN", "VERB", "DET", "NOUN"], lemmas=["iran-backed", "militia", "re-took", "the", "town"])
    lemmas = [t.lemma_ for t in forms(doc)]
    assert lemmas[0] == "iran-backed" and lemmas[2] == "retake", lemmas

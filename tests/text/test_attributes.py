"""The memoised attribute ruler and lemmatizer give every token exactly what spaCy's components give it."""

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from eventwire.text.attributes import MemoAttributeRuler, MemoLemmatizer

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# invented sentences: plain ones, the multi-token and regex patterns of the bundled model
# ("gon na", "y'all", "nothin'", "there are"), whitespace tokens, contractions
SENTENCES = [
    "The envoy of Freedonia met the Sylvanian foreign minister on Tuesday.",
    "They're gonna sign the accord, aren't they?",
    "Y'all know there are nothin' but rumours here.",
    "There is no deal  \n yet , officials said .",
    "It was Ruritania that shelled the border post, the army said on 3 May.",
    "Let's talk, said the minister; we ain't leaving.",
    "",
]


def _before_ruler(nlp, text, stop="attribute_ruler"):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == stop:
            return doc
        doc = component(doc)
    raise AssertionError(f"the model has no {stop}")


def _state(doc):
    return doc.to_array(ATTRS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_attributes_memo_equals_the_ruler(resources, text):
    nlp = resources.nlp
    memo = MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
    for _ in range(2):  # the first pass fills the table, the second reads it
        expected = nlp.get_pipe("attribute_ruler")(_before_ruler(nlp, text))
        got = memo(_before_ruler(nlp, text))
        assert _state(got) == _state(expected)


def test_attributes_memo_reads_its_table_for_a_known_sentence(resources):
    nlp = resources.nlp
    memo = MemoAttributeRuler(nlp.get_pipe("attribute_ruler"))
    text = SENTENCES[0]
    memo(_before_ruler(nlp, text))
    assert memo.rules is not None and memo.table  # the bundled model's patterns are supported
    calls = []
    real = memo.ruler
    memo.ruler = lambda doc: calls.append(doc) or real(doc)
    memo(_before_ruler(nlp, text))
    assert calls == []


def test_attributes_memo_of_an_unsupported_pattern_is_the_ruler(resources):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(resources.nlp.vocab)
    ruler.add([[{"ORTH": "minister", "OP": "+"}]], {"LEMMA": "MINISTER"})
    memo = MemoAttributeRuler(ruler)
    assert memo.rules is None
    doc = memo(resources.nlp.make_doc("the minister spoke"))
    assert [t.lemma_ for t in doc] == ["", "MINISTER", ""]


@pytest.mark.parametrize("text", SENTENCES)
def test_attributes_memo_lemmas_equal_the_lemmatizer(resources, text):
    nlp = resources.nlp
    memo = MemoLemmatizer(nlp.get_pipe("lemmatizer"))
    for _ in range(2):  # the first pass fills the table, the second reads it
        expected = nlp.get_pipe("lemmatizer")(_before_ruler(nlp, text, stop="lemmatizer"))
        got = memo(_before_ruler(nlp, text, stop="lemmatizer"))
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]


def test_attributes_memo_lemmas_keep_the_rulers_lemma(resources):
    nlp = resources.nlp
    memo = MemoLemmatizer(nlp.get_pipe("lemmatizer"))
    doc = _before_ruler(nlp, "The talks were held.", stop="lemmatizer")
    doc[2].lemma_ = "RULER"  # as an attribute-ruler exception would set it
    assert [t.lemma_ for t in memo(doc)][2] == "RULER"


def test_attributes_memo_of_another_component_is_that_component(resources):
    marked = []
    memo = MemoAttributeRuler(lambda doc: marked.append(doc) or doc)
    doc = resources.nlp.make_doc("the minister spoke")
    assert memo.rules is None and memo(doc) is doc and marked == [doc]

"""A place's span slices the article to the place's name, also when the name follows "the"."""

import pytest

pytestmark = pytest.mark.slow

SENTENCES = [
    "Police in the Kingdom of Bahrain arrested 12 protesters on Monday.",
    "Rebels attacked a village in the Democratic Republic of the Congo, the army said.",
    "The Netherlands recalled its ambassador after the dispute.",
    "Troops shelled positions near the Gaza Strip, officials said.",
    "Leaders of the United States and the United Kingdom met in Geneva.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_place_and_location_spans_slice_to_their_names(code, text):
    coded = code(text)
    spans = [p.span for p in coded.places] + [e.location.span for e in coded.events if e.location]
    for span in spans:
        if span is not None:
            assert text[span.start:span.end] == span.text, (span, text[span.start:span.end])


def test_a_place_after_the_is_found_at_its_own_position(code):
    text = "Protesters gathered outside the parliament of the Kingdom of Bahrain on Sunday."
    places = {p.span.text: p.span for p in code(text).places if p.span}
    assert "Kingdom of Bahrain" in places, places
    assert places["Kingdom of Bahrain"].start == text.index("Kingdom of Bahrain")


def test_an_untagged_name_of_two_words_is_looked_up_whole(code):
    # "Novi" alone is a town in Michigan; "Novi Sad" is in Serbia
    coded = code("Students blocked a bridge in Novi Sad on Friday.", "2026-06-02")
    assert coded.events and all(e.target[:3] != "USA" and e.source[:3] != "USA" for e in coded.events), coded.events


def test_place_a_nationality_on_a_place_noun_puts_it_in_that_state(code):
    # "in the Congolese town of Sake": the victims are Congo's, not the attackers' state's
    found = {(e.source, e.target) for e in code("Ethiopian troops killed five civilians in the Somali town of Dolow.").events}
    assert ("ETHMIL", "SOMCVL") in found, found

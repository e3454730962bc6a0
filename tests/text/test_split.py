"""Sentence splitting keeps article offsets and handles text longer than spaCy's max_length."""

import spacy

from eventwire.text.split import chunks, sentences


def splitter():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_split_offsets_point_into_the_article():
    text = "BEIJING, May 15. /TASS/. China spoke.\n\nRussia answered. Then it rained."
    for s in sentences(text, splitter()):
        assert text[s.start:s.start + len(s.text)] == s.text


def test_split_chunks_bound_the_piece_size():
    text = ("Nothing happened here today. " * 40 + "\n") * 2000  # ~2.3 million characters
    pieces = list(chunks(text, 50_000))
    assert all(len(p) <= 50_000 for _, p in pieces)
    assert "".join(p for _, p in pieces) == text


def test_split_a_post_on_x_ends_its_sentence():
    from eventwire.text.split import sentence_splitter

    text = "The envoy replied on X. Ghana's president ordered an inquiry on Monday."
    assert [s.text for s in sentences(text, sentence_splitter())] == [
        "The envoy replied on X.", "Ghana's president ordered an inquiry on Monday."]


def test_split_a_headline_line_with_no_stop_is_its_own_sentence():
    from eventwire.text.split import sentence_splitter

    text = ("Ghana recalls envoy to Togo, suspends border trade\n"
            "Ghana recalled its ambassador to Togo on Monday after a border shooting.")
    found = [s.text for s in sentences(text, sentence_splitter())]
    assert found == ["Ghana recalls envoy to Togo, suspends border trade",
                     "Ghana recalled its ambassador to Togo on Monday after a border shooting."], found


def test_split_a_wrapped_sentence_stays_whole():
    from eventwire.text.split import sentence_splitter

    text = "Ghana recalled its ambassador to Togo on Monday after a shooting near the\nborder town of Aflao."
    assert len(list(sentences(text, sentence_splitter()))) == 1


def test_split_a_rank_abbreviation_ends_no_sentence():
    from eventwire.text.split import sentence_splitter

    text = "Kenya's army spokesman, Brig. Gen. Paul Njuguna, accused Somalia of arming militias. Lt. Col. Amos Kirui agreed."
    found = [s.text for s in sentences(text, sentence_splitter())]
    assert found == ["Kenya's army spokesman, Brig. Gen. Paul Njuguna, accused Somalia of arming militias.",
                     "Lt. Col. Amos Kirui agreed."], found


def test_split_a_rank_abbreviation_keeps_the_country_with_the_act(code):
    found = [(e.source, e.target) for e in code(
        "Kenya's army spokesman, Brig. Gen. Paul Njuguna, accused Somalia of arming militias.", date="2026-03-12").events]
    assert found == [("KENMIL", "SOM")], found


def test_split_a_hyphen_after_an_abbreviation_s_stop_parts_two_states(code):
    found = {(e.source, e.target[:3]) for e in code("Beijing condemned the U.S.-Vietnamese naval drills.", "2026-03-12").events}
    assert {("CHNGOV", "USA"), ("CHNGOV", "VNM")} <= found, found

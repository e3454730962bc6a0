"""A text longer than spaCy's max_length is coded sentence by sentence, not refused."""

import eventwire


def test_long_text_is_coded(resources):
    filler = "The weather was mild and the markets were calm. " * 25_000  # > 1,000,000 characters
    text = filler + "\n\nRussian troops attacked Ukrainian positions near Kharkiv.\n\n" + filler
    assert len(text) > resources.nlp.max_length
    coded = eventwire.code(text, "2024-03-01", resources=resources)
    assert any(e.source == "RUSMIL" and e.root == "19" for e in coded.events)
    assert coded.parsed_sentences < 10  # the screen skipped the sentences that name no actor

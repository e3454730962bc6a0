"""Conventions: a sentence with no time expression inherits the nearest preceding explicit time."""


def test_inherited_dates_from_the_sentence_before(code):
    coded = code("NAIROBI, March 7 (Reuters) - Kenya and Uganda held talks on Tuesday. "
                 "Kenya also accused Somalia of harbouring militants.", "2025-03-07")
    accusation = next(e for e in coded.events if e.code.startswith("112"))
    assert str(accusation.date) == "2025-03-04", accusation.date  # Tuesday, from the talks
    assert accusation.date_precision == "day" and accusation.date_text == ""


def test_inherited_dates_not_from_an_anniversary(code):
    coded = code("This year marks 30 years since the treaty. Chile accused Peru of violating the border.",
                 "2025-06-12")
    accusation = next(e for e in coded.events if e.code.startswith("112"))
    assert accusation.date_precision == "story" and str(accusation.date) == "2025-06-12"

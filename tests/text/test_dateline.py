"""Wire datelines give the story date; a missing year is inferred, never invented as certain."""

from datetime import date

import pytest

from eventwire.text.dateline import parse_dateline


@pytest.mark.parametrize("text,story,expected,place", [
    ("BEIJING, May 15. /TASS/. The People's Liberation Army...", date(2025, 5, 20), date(2025, 5, 15), "Beijing"),
    ("KYIV, March 3, 2024 (Reuters) - Ukraine said...", None, date(2024, 3, 3), "Kyiv"),
    ("NEW DELHI, Sept. 4 (eventwire example) - India said", date(2023, 9, 5), date(2023, 9, 4), "New Delhi"),
])
def test_dateline_parses(text, story, expected, place):
    dl = parse_dateline(text, story)
    assert dl.date == expected and dl.place == place


def test_dateline_without_year_or_story_date_takes_latest_past_year():
    dl = parse_dateline("MOSCOW, December 31. /TASS/. Text", today=date(2026, 1, 5))
    assert dl.date == date(2025, 12, 31) and dl.year_inferred


def test_dateline_absent():
    assert parse_dateline("Russia attacked Ukraine on Monday.") is None


def test_dateline_year_from_the_story_itself():
    text = ("BEIJING, May 15. /TASS/. The army is ready, the spokesperson said on Thursday.\n\n"
            "This year marks 80 years of the Victory in the 1941-1945 Great Patriotic War, he said.")
    dl = parse_dateline(text, today=date(2026, 11, 26))
    assert dl.date == date(2025, 5, 15) and dl.year_from == "text" and dl.agency == "TASS"


@pytest.mark.parametrize("text,place,agency", [
    ("WASHINGTON \u2014 The United States said on Monday", "Washington", ""),
    ("GAZA CITY (AP) \u2014 Israeli forces", "Gaza City", "AP"),
    ("KYIV, Ukraine (Reuters) - Ukraine said", "Kyiv", "Reuters"),
    # a state of several words, with "of" or "and" in it
    ("BUKAVU, Democratic Republic of Congo (Reuters) — Rebels said", "Bukavu", "Reuters"),
    ("MOSTAR, Bosnia and Herzegovina (AP) — Police said", "Mostar", "AP"),
    # a hyphenated name keeps its small words small, as the gazetteer spells it
    ("PORT-OF-SPAIN, Trinidad (AP) — Police said", "Port-of-Spain", "AP"),
])
def test_dateline_without_a_date_gives_place_and_agency(text, place, agency):
    dl = parse_dateline(text)
    assert (dl.place, dl.agency, dl.date) == (place, agency, None)


@pytest.mark.parametrize("text", ["NATO - the alliance said on Monday", "BREAKING \u2014 news",
                                  "US officials said", "MOSCOW, February 30. /TASS/. Text"])
def test_no_dateline_or_no_date_is_not_guessed(text):
    dl = parse_dateline(text)
    assert dl is None or dl.date is None


def test_dateline_year_from_the_weekday_of_the_lead():
    # Feb 16 was a Friday in 2024 and no day near it in 2025 or 2026 was one
    dl = parse_dateline("ADDIS ABABA, Feb 16 (Reuters) - African Union leaders ended a summit on Friday.",
                        today=date(2026, 11, 26))
    assert dl.date == date(2024, 2, 16) and dl.year_from == "weekday"


def test_dateline_an_act_of_the_day_before_keeps_the_latest_year():
    # Feb 16, 2026 was a Monday: a summit ended "on Sunday" is this year's, though Feb 16, 2025 was a Sunday
    dl = parse_dateline("ADDIS ABABA, Feb 16 (Reuters) - African Union leaders ended a summit on Sunday.",
                        today=date(2026, 11, 26))
    assert dl.date == date(2026, 2, 16) and dl.year_from == "weekday"


def test_dateline_year_from_the_day_the_news_was_said_on():
    # March 12 was a Thursday in 2026: the act "on Wednesday" is the day before the saying
    dl = parse_dateline("KYIV, March 12 (Reuters) - Russian drones struck Odesa on Wednesday, the regional "
                        "governor said on Thursday.", today=date(2026, 12, 6))
    assert dl.date == date(2026, 3, 12) and dl.year_from == "weekday"


def test_dateline_year_from_the_story_date_is_the_nearest():
    # a "Dec 31" dateline on a record dated January 1 is the year before
    dl = parse_dateline("KAMPALA, Dec 31 (Reuters) - Uganda closed its border.", date(2027, 1, 1))
    assert dl.date == date(2026, 12, 31) and dl.year_from == "story date"


def test_dateline_a_hyphenated_capital_gives_its_country(code):
    found = {(e.source[:3], e.code[:2]) for e in code("PORT-AU-PRINCE, March 10 (Reuters) - Gunmen kidnapped six nurses "
                                                      "on Sunday.", date="2026-03-10").events}
    assert ("HTI", "18") in found, found

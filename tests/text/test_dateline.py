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

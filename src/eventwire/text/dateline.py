"""Read the story date and place from a wire dateline ("BEIJING, May 15. /TASS/.")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.errors import InputError

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\-]{1,40}?)\s*(?:\([^)]*\))?\s*,\s*"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>\d{4}))?")


def parse_date(value: str) -> date:
    """A story date as given by a user: 'YYYY-MM-DD' (a datetime's time part is ignored)."""
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"date {value!r} is not a date like 2025-05-15") from None


AGENCY = re.compile(r"\s*[.,]?\s*(?:/[^/\n]{1,30}/\.?|\([^)\n]{1,40}\))?\s*[-\u2013\u2014.:]*\s*")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date: date | None
    year_inferred: bool
    end: int  # characters of the text the dateline covers


def parse_dateline(text: str, story_date: date | None = None, today: date | None = None) -> Dateline | None:
    """The dateline at the start of `text`, if any. Without a year the year comes from the story
    date, else the latest year that does not put the date after `today`."""
    m = DATELINE.match(text[:200])
    if not m:
        return None
    month, day = MONTHS[m.group("month")[:3].lower()], int(m.group("day"))
    inferred = m.group("year") is None
    if not inferred:
        year = int(m.group("year"))
    elif story_date is not None:
        year = story_date.year
    else:
        today = today or date.today()
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    try:
        when = date(year, month, day)
    except ValueError:
        when = None
    end = m.end()
    # what follows the date: "/TASS/.", "(Reuters) -", "(eventwire example) —", "."
    agency = AGENCY.match(text[end:end + 80])
    if agency:
        end += agency.end()
    return Dateline(place=m.group("place").strip().title(), date=when, year_inferred=inferred, end=end)

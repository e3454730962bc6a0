"""Leave out background events ("the talks held in March 2022" in a 2025 story) and restatements of an event already listed."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from eventwire.types import Event

# How long before the story date an event's period must have ended to be background. News
# reports what happened this week or this month; "last month" or "in January" in a March story
# is still the story's own (a follow-up, a reaction), while "last year", "in December" in a March
# story or "in 2018" recounts history. Six weeks keeps any "last month" (at most ~62 days back
# at its start, but ending at most ~31 days back) and drops anything that ended two months ago.
BACKGROUND_DAYS = 45


def period_end(day: date, precision: str) -> date:
    """The last day of the period a dated expression names ("in March 2022" -> 2022-03-31)."""
    if precision == "week":
        return day + timedelta(days=6)
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return day.replace(month=12, day=31)
    return day


def is_background(e: Event, story: date, days: int = BACKGROUND_DAYS) -> bool:
    """True when the event's own time expression puts its end more than `days` before the story date."""
    if not e.date_text or e.date is None or e.date_precision in ("story", "unknown"):
        return False  # dated by the story date, not by words of its own: the story's present
    long_tally = _tally(e) and e.date < story - timedelta(days=TALLY_DAYS)
    if e.date_text.lower().startswith("since ") and _perfect(e) and not long_tally:
        return False  # "has been mediating since April": it began then and goes on now
    return period_end(e.date, e.date_precision) < story - timedelta(days=days)


def _perfect(e: Event) -> bool:
    """Whether the event's verb is in the present perfect ("has hosted", "have been mediating"),
    not a past told in a clause on the date ("since 2023, when Bolivia expelled ...")."""
    if not e.evidence or e.trigger is None:
        return False
    pattern = r"\b(?:has|have)\s+(?:\w+\s+){0,2}" + re.escape(e.trigger.text) + r"\b"
    return re.search(pattern, e.evidence, re.IGNORECASE) is not None


# A count of acts over more than a year is history told as a tally ("have fought three wars since
# 1947"); one over the last months is a campaign still going on ("have killed eight commanders
# since July").
TALLY_DAYS = 365
# a count of acts or of their objects between the verb and "since": "have fought [three] wars
# since 1947", "has struck targets [hundreds of times] since 2017"
COUNT = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
                   r"scores|several|many|numerous|multiple|countless|repeatedly)\b", re.IGNORECASE)


def _tally(e: Event) -> bool:
    """Whether a present perfect "since" a time counts acts done over the years (history told as
    a tally), not one act or state that goes on."""
    m = re.search(re.escape(e.trigger.text) + r"\b(.*?)\bsince\b", e.evidence or "", re.IGNORECASE) if e.trigger else None
    return m is not None and COUNT.search(m.group(1)) is not None


def leave_out_background(events: Sequence[Event], story: date | None, story_certain: bool = True) -> list[Event]:
    """The events that are not background well before the story date (all of them if that date is unknown or guessed)."""
    # a guessed story year ("May 15" with the year taken from today) could put a whole article in
    # the past: nothing is dropped on a guess
    if story is None or not story_certain:
        return list(events)
    return [e for e in events if not is_background(e, story)]


def once_per_article(events: Sequence[Event]) -> list[Event]:
    """Each real-world event once, where it is first reported: later events with the same source,
    target, code and date go. A headline's act with no time of its own that the lead restates
    with one ("Fiji police use tear gas on protesters" / "... fired tear gas ... on Tuesday") is
    the lead's event, told there with its time and its details."""
    told = {(e.source, e.target[:3], e.code) for e in events if e.sentence == 2 and e.date_text}
    events = [e for e in events if not (e.sentence == 1 and not e.date_text and (e.source, e.target[:3], e.code) in told)]
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.source, e.target, e.code, e.date)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


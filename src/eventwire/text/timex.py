"""Find the time expressions of news text and resolve them against the story date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING


from eventwire.datafiles import word_lists
from eventwire.events.rules import SPEECH
from eventwire.types import Span, TimeExpression

if TYPE_CHECKING:  # spaCy is only needed by the caller that parsed the sentence
    from spacy.tokens import Doc, Token

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NO_STORY_DATE = "no story date"
AFTER_STORY = "after the story date"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100}
# vague counts: a number is guessed, so the reading is never certain
VAGUE_COUNTS = {"a few": 3, "a couple of": 2, "several": 3}
# "since May 9": the date is a bound of what the sentence reports, not the day it happened
BOUND_PREPS = frozenset({"since", "until", "till", "by", "from", "before", "after", "as of"})

# -- the pieces of the patterns ---------------------------------------------------------------
# Month names count only capitalized: lowercase "may" and "march" are a modal and a noun.
MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ANY = rf"(?:(?:{MONTH_FULL})(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?![A-Za-z])))"
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
WD = "|".join(WEEKDAYS)
PREPS = r"(?i:on|in|at|since|until|till|by|from|before|after|during|throughout|as\s+of)"
QUAL = r"(?:(?P<qual>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))(?:\s+|-))?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z\d])(?![,.:]\d)"
YEAR = r"(?P<year>1\d{3}|20\d{2})(?!\d)(?![,.]\d)"
# "May 9-10", "May 9 and 10, 2024": a range is dated by its first day
DAY_RANGE = r"(?:\s*[-\u2013]\s*\d{1,2}(?!\d)|\s+(?:and|to)\s+\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:[,.;)]|$|1\d{3}|20\d{2})))?"
WEEKDAY_LEAD = rf"(?:(?P<wd>{WD}),?\s+)?"
PART_OF_DAY = r"(?:\s+(?i:morning|afternoon|evening|night))?"
# things counted in numbers that look like years: "by 2000 troops", "in 1500 tonnes"
COUNTED = re.compile(
    r"\s*(?:%|percent|per\s+cent|troops|soldiers|people|civilians|men|women|children|km|kilometers|"
    r"kilometres|miles|metres|meters|tons|tonnes|dollars|euros|rubles|roubles|units|times|"
    r"members|refugees|residents|casualties|hours|feet|votes|seats|points)\b", re.IGNORECASE)
# "Sunday Times", "Bloody Sunday": names, not dates
WEEKDAY_NAMES_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Tribune|Star|Observer|"
    r"Journal|Sport|People|World|Night\s+Football|Club|School)\b")
WEEKDAY_NAMES_BEFORE = re.compile(
    r"\b(?:Bloody|Black|Good|Easter|Super|Ash|Holy|Palm|Cyber|Maundy|Shrove|Whit|Giving|Blue|Great)\s+$")
CHANGES_BY = re.compile(r"\b(?:rose|fell|increased|decreased|grew|dropped|declined|cut|reduced|raised|"
                        r"up|down|higher|lower|more|fewer|less)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a matched expression means: the date, and how sure that is."""

    date: date | None
    precision: str
    certain: bool = True
    note: str = ""
    future: bool = False  # says it is in the future ("tomorrow", "next week"): not flagged
    anchored_days: int | None = None  # "a day later": days from the time it is anchored to


def _undated(precision: str) -> _Reading:
    return _Reading(None, precision, certain=False, note=NO_STORY_DATE)


def _impossible(text: str) -> _Reading:
    return _Reading(None, "unknown", certain=False, note=f"{text!r} is not a calendar date")


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date, shift: int = 0) -> date:
    months = day.year * 12 + day.month - 1 + shift
    return date(months // 12, months % 12 + 1, 1)


def _weekday_on_or_before(story: date, weekday: int, strictly: bool = False) -> date:
    back = (story.weekday() - weekday) % 7
    return story - timedelta(days=7 if strictly and back == 0 else back)


def _weekday_after(story: date, weekday: int) -> date:
    return story + timedelta(days=(weekday - story.weekday() - 1) % 7 + 1)


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _prep(m: re.Match) -> str:
    prep = m.groupdict().get("prep") or ""
    return " ".join(prep.lower().split())


# -- resolvers: (match, story date) -> reading, or None when the match is not a time expression ---

def _calendar(month_day: str, year: str | None, story: date | None, shown: str) -> _Reading:
    """A written calendar date. dateparser reads the month and day ("Sept. 4", "the 9th of
    May"); a missing year is the one that puts the date nearest the story date (a story of
    May 15 means this year's May 20, a story of January 3 means last year's December 28)."""
    if year:
        full = _parse_full_date(f"{month_day} {year}")
        return _Reading(full, "day") if full else _impossible(shown)
    parsed = _parse_month_day(month_day)
    if parsed is None:
        return _impossible(shown)
    if story is None:
        return _undated("day")
    candidates = []
    for y in (story.year - 1, story.year, story.year + 1):
        try:
            candidates.append(date(y, *parsed))
        except ValueError:  # February 29 of a common year
            continue
    if not candidates:  # February 29 with no leap year within a year of the story date
        return _impossible(shown)
    return _Reading(min(candidates, key=lambda d: (abs((d - story).days), d)), "day")


# dateparser takes milliseconds a call and wire copy repeats its dates: remember the answers
@lru_cache(maxsize=4096)
def _parse_full_date(text: str) -> date | None:
    import dateparser  # loaded on the first absolute date, not with every `import eventwire`
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


@lru_cache(maxsize=4096)
def _parse_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a date written without a year; in a leap year, so that "February 29"
    is a date and "February 30" is not."""
    import dateparser  # loaded on the first absolute date, not with every `import eventwire`
    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": datetime(2000, 1, 1), "PREFER_DATES_FROM": "current_period",
        "REQUIRE_PARTS": ["day", "month"]})
    return (parsed.month, parsed.day) if parsed is not None and parsed.year == 2000 else None


def _with_weekday(reading: _Reading, weekday: str | None) -> _Reading:
    """ "Thursday, May 15": a weekday that contradicts the date makes the date a guess."""
    if not weekday or reading.date is None or WEEKDAYS[reading.date.weekday()] == weekday:
        return reading
    return replace(reading, certain=False, note=_join(reading.note, f"{reading.date} is not a {weekday}"))


def _iso(m: re.Match, story: date | None) -> _Reading:
    # not dateparser: it reads "2024-13-09" as September 13
    try:
        return _Reading(date.fromisoformat(m.group("iso")), "day")
    except ValueError:
        return _impossible(m.group("iso"))


def _month_day(m: re.Match, story: date | None) -> _Reading | None:
    if int(m.group("day")) > 31:  # "in May 45 people died": not a day
        return None
    reading = _calendar(f"{m.group('month')} {m.group('day')}", m.group("year"), story, m.group("md"))
    return _with_weekday(reading, m.group("wd"))


def _day_month(m: re.Match, story: date | None) -> _Reading | None:
    if int(m.group("day")) > 31:
        return None
    reading = _calendar(f"{m.group('day')} {m.group('month')}", m.group("year"), story, m.group("md"))
    return _with_weekday(reading, m.group("wd"))


def _month_number(name: str) -> int | None:
    return MONTHS.get(name[:3].lower())


def _month_year(m: re.Match, story: date | None) -> _Reading | None:
    month = _month_number(m.group("month"))
    return _Reading(date(int(m.group("year")), month, 1), "month") if month else None


def _month_of_relative_year(m: re.Match, story: date | None) -> _Reading | None:
    """"in July last year", "in March of this year": that month of that year."""
    month = _month_number(m.group("month"))
    if month is None:
        return None
    if story is None:
        return _undated("month")
    shift = {"last": -1, "this": 0, "next": 1}[m.group("yrel").lower()]
    return _Reading(date(story.year + shift, month, 1), "month", future=shift > 0)


def _bare_month(m: re.Match, story: date | None) -> _Reading | None:
    """ "in May": the latest May that does not start after the story date; "last May" the one
    before the story's month, "next May" the one after it, "this May" the story year's."""
    prep, rel = _prep(m), (m.group("rel") or "").lower()
    if not (prep or rel or m.group("qual")):
        return None  # "March" alone is a word, not a month
    if m.group("month") == "May" and not rel and not m.group("qual") and prep not in ("in", "on", "since", "until", "till", "during"):
        return None  # "a speech by May", "a letter from May": the name
    month = _month_number(m.group("month"))
    if month is None:
        return None
    if story is None:
        return _undated("month")
    if rel == "next" or rel.startswith("this coming"):
        year = story.year if month > story.month else story.year + 1
        return _Reading(date(year, month, 1), "month", future=True)
    if rel == "this":
        return _Reading(date(story.year, month, 1), "month")
    if rel == "last":
        return _Reading(date(story.year if month < story.month else story.year - 1, month, 1), "month")
    if month <= story.month:
        return _Reading(date(story.year, month, 1), "month")
    # "in June" in a story of May: last June, or an announced June to come; the text cannot say
    return _Reading(date(story.year - 1, month, 1), "month", certain=False,
                    note=f"no year: taken as the latest {m.group('month')} before the story date")


THE_YEAR = re.compile(r"(?i:\bthe)\s+$")  # a year after "the" names a thing of that year


def _year(m: re.Match, story: date | None) -> _Reading | None:
    prep = _prep(m)
    named = THE_YEAR.search(m.string, 0, m.start()) is not None  # "the 2015 deal", "the 2006 war"
    if not (prep or m.group("qual") or named) or (prep == "at" and not m.group("qual")):
        return None  # a bare number: "2000 troops"
    if prep == "by" and CHANGES_BY.search(m.string[max(0, m.start() - 20):m.start()]):
        return None  # "rose by 2000"
    if prep not in ("in", "since", "during", "throughout") and COUNTED.match(m.string, m.end()):
        return None  # "by 2000 troops"; "in 2024 troops crossed" is a year
    return _Reading(date(int(m.group("year")), 1, 1), "year")


def _decade(m: re.Match, story: date | None) -> _Reading:
    if m.group("decade"):
        start = int(m.group("decade"))
    elif story is None:
        return _undated("year")
    else:  # "the '90s": the latest such decade that has begun by the story date
        start = 2000 + int(m.group("short"))
        start = start if start <= story.year else start - 100
    return _Reading(date(start, 1, 1), "year", certain=False, note=f"a decade: dated to its first year, {start}")


def _count(words: str) -> tuple[int, bool] | None:
    """ "80" / "eighty" / "twenty-five" / "a" -> (number, exact); "several" -> (3, False)."""
    w = " ".join(words.lower().split())
    if w.isdigit():
        return int(w), True
    if w in VAGUE_COUNTS:
        return VAGUE_COUNTS[w], False
    total = 0
    for part in re.split(r"[\s-]+", w):
        if part not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[part]
        total = total * value if value == 100 and total else total + value
    return total, True


def _ago(m: re.Match, story: date | None) -> _Reading | None:
    counted = _count(m.group("n"))
    if counted is None:
        return None
    n, exact = counted
    unit = m.group("unit").lower().rstrip("s").replace("centurie", "century")
    precision = {"day": "day", "week": "week", "month": "month"}.get(unit, "year")
    if story is None:
        return _undated(precision)
    note = "" if exact else f"a vague count ({m.group('n').lower()})"
    if m.group("approx"):
        note = _join(note, f"approximate ({m.group('approx').lower()})")
    try:
        if unit == "day":
            when = story - timedelta(days=n)
        elif unit == "week":
            when = _monday(story - timedelta(weeks=n))
        elif unit == "month":
            when = _month_start(story, -n)
        else:
            years = n * {"year": 1, "decade": 10, "century": 100}[unit]
            when = date(story.year - years, 1, 1)
            if unit != "year":
                note = _join(note, f"{m.group('unit').lower()}: an approximate year")
    except (ValueError, OverflowError):  # "3000 years ago": before year 1
        return _impossible(m.group(0))
    return _Reading(when, precision, certain=not note, note=note)


def _relative_day(m: re.Match, story: date | None) -> _Reading:
    word = " ".join(m.group("word").lower().split())
    if story is None:
        return _undated("day")
    if word == "the day before yesterday":
        return _Reading(story - timedelta(days=2), "day")
    if word in ("yesterday", "last night"):
        return _Reading(story - timedelta(days=1), "day")
    if word == "the day after tomorrow":
        return _Reading(story + timedelta(days=2), "day", future=True)
    if word == "tomorrow":
        return _Reading(story + timedelta(days=1), "day", future=True)
    if word == "overnight":
        return _Reading(story, "day", note="overnight: the night ending on the story date")
    return _Reading(story, "day")  # today, tonight, this morning, earlier today


def _anchored(m: re.Match, story: date | None) -> _Reading | None:
    """"a day later", "two days earlier", "the next day", "the same day": counted from the event
    they are anchored to (the conventions), which the article resolves; until then from the
    story date."""
    word = " ".join(m.group("word").lower().split())
    if word in ("the same day", "that same day", "that day"):
        days = 0
    elif word in ("the next day", "the following day", "the day after", "a day later"):
        days = 1
    elif word in ("the day before", "the previous day", "a day earlier", "the day earlier"):
        days = -1
    else:
        counted = _count(m.group("n") or "")
        if counted is None or not counted[1]:
            return None
        days = counted[0] if m.group("dir").lower() in ("later", "after") else -counted[0]
    if story is None:
        return replace(_undated("day"), anchored_days=days)
    return _Reading(story + timedelta(days=days), "day", certain=False,
                    note="counted from the event it follows", anchored_days=days)


def _weekday(m: re.Match, story: date | None) -> _Reading | None:
    """ "on Thursday" is the story date if the story is dated on a Thursday, else the latest
    Thursday before it; "last Thursday" is strictly before; "this Thursday" is in the story's
    week (Monday to Sunday); "next"/"this coming Thursday" the first one after the story date."""
    rel = " ".join((m.group("rel") or "").lower().split())
    text_before = m.string[max(0, m.start("wd") - 20):m.start("wd")]
    text_after = m.string[m.end("wd"):m.end("wd") + 30]
    if not rel and (WEEKDAY_NAMES_BEFORE.search(text_before) or WEEKDAY_NAMES_AFTER.match(text_after)):
        return None
    if story is None:
        return _undated("day")
    weekday = WEEKDAYS.index(m.group("wd"))
    note = "several days: dated by the first" if m.group("more") else ""
    if rel in ("next", "this coming"):
        return _Reading(_weekday_after(story, weekday), "day", note=note, future=True)
    if rel == "this":
        return _Reading(_monday(story) + timedelta(days=weekday), "day", note=note)
    return _Reading(_weekday_on_or_before(story, weekday, strictly=rel == "last"), "day", note=note)


def _relative_period(m: re.Match, story: date | None) -> _Reading:
    """last/this/next week, month, year (with "earlier"/"later"): the first day of it."""
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    precision = unit
    if story is None:
        return _undated(precision)
    shift = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "week":
        when = _monday(story) + timedelta(weeks=shift)
    elif unit == "month":
        when = _month_start(story, shift)
    else:
        when = date(story.year + shift, 1, 1)
    return _Reading(when, precision, future=shift > 0)


# "for the third time this year", "five times this month", "twice this week": a count of acts
# within the period, which says how often, not when this one was
_TALLY_BEFORE = re.compile(r"(?i)(?:\bfor\s+the\s+[a-z]+\s+time|\b(?:\d+|[a-z]+)\s+times|\btwice|\bthrice)\s*$")


def _tallied(text: str, m: re.Match) -> bool:
    return m.group("rel").lower() == "this" and not m.group("prep") and bool(_TALLY_BEFORE.search(text, 0, m.start()))


# "for the first time since 2018", "the deadliest attack since January": a comparison's bound
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(word_lists("eventwire.text")["comparison_words"]) +
                              r")\b(?:\W+[\w-]+){0,4}?\W*$")


def _compared(text: str, m: re.Match) -> bool:
    """Whether a "since" expression bounds a comparison, not the act ("held talks for the first time
    since 2018" were held on the story's day)."""
    return _prep(m) == "since" and bool(_COMPARED_BEFORE.search(text, max(0, m.start() - 80), m.start()))


def _weekend(m: re.Match, story: date | None) -> _Reading:
    """A weekend is dated by its Saturday: "over the weekend" the latest one begun by the story
    date, "this/last/next weekend" that of the story's week, the week before, the week after."""
    if story is None:
        return _undated("day")
    rel = (m.group("rel") or "").lower()
    note = "a weekend: dated by its Saturday"
    if rel in ("this", "last", "next"):
        saturday = _monday(story) + timedelta(days=5 + 7 * {"this": 0, "last": -1, "next": 1}[rel])
        return _Reading(saturday, "day", certain=False, note=note, future=rel == "next")
    return _Reading(_weekday_on_or_before(story, 5), "day", certain=False, note=note)


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern
    resolve: Callable[[re.Match, date | None], _Reading | None]
    # tests every match passes (a digit, a month's first letters): a text failing one is not scanned
    needs: tuple[re.Pattern, ...] = ()


# Every month name and abbreviation of MONTH_ANY starts with one of these (case-sensitive, as it is).
_DIGIT, _MONTH = re.compile(r"\d"), re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DATED = (_DIGIT, _MONTH)


RULES = (
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?(?<![\d-])(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?![\d-])"), _iso,
          (re.compile(r"\d{4}-\d{2}-\d{2}"),)),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?{WEEKDAY_LEAD}(?P<md>(?P<month>{MONTH_ANY})\s+{DAY}{DAY_RANGE}"
                     rf"(?:,?\s+{YEAR})?)"), _month_day, _DATED),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?{WEEKDAY_LEAD}(?P<md>(?:(?i:the)\s+)?(?<![\d,.])(?P<day>\d{{1,2}})"
                     rf"(?:st|nd|rd|th)?(?:\s*(?:[-\u2013]|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
                     rf"(?:\s+of)?\s+(?P<month>{MONTH_ANY})(?:,?\s+{YEAR})?)"), _day_month, _DATED),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?{QUAL}(?P<month>{MONTH_ANY}),?\s+{YEAR}"), _month_year, _DATED),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?{QUAL}(?P<month>{MONTH_FULL})\s+(?:(?i:of)\s+)?"
                     r"(?P<yrel>(?i:last|this|next))\s+(?i:year)\b"), _month_of_relative_year, (_MONTH,)),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?(?:(?P<rel>(?i:last|this\s+coming|this|next))\s+)?{QUAL}"
                     rf"(?P<month>{MONTH_FULL})(?![A-Za-z'\u2019])"), _bare_month, (_MONTH,)),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?{QUAL}(?<![\d,.$\u00a3\u20ac])(?P<year>1\d{{3}}|20\d{{2}})"
                     rf"(?![\d%])(?![,.]\d)(?!['\u2019]?s\b)"), _year,
          (re.compile(r"1\d{3}|20\d{2}"),)),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS})\s+)?(?i:the)\s+{QUAL}(?:(?P<decade>1\d{{2}}0|20\d0)|['\u2019](?P<short>\d0))"
                     r"['\u2019]?s\b"), _decade,
          (re.compile(r"1\d{2}0|20\d0|['\u2019]\d0"),)),
    _Rule(re.compile(r"(?i)\b(?:(?P<approx>about|around|nearly|almost|some|roughly|approximately|over|"
                     r"more\s+than|less\s+than|fewer\s+than|at\s+least|just\s+over|just\s+under)\s+)?"
                     rf"(?P<n>\d{{1,4}}|a\s+few|a\s+couple\s+of|several|(?:{'|'.join(NUMBER_WORDS)})"
                     rf"(?:[\s-](?:{'|'.join(NUMBER_WORDS)}))*)\s+"
                     r"(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies))\s+ago\b"), _ago,
          (re.compile("ago", re.IGNORECASE),)),
    _Rule(re.compile(r"(?i)\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                     r"(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)|last\s+night|"
                     r"today|tonight|yesterday|tomorrow|overnight)"
                     r"(?:\s+(?:morning|afternoon|evening|night)(?![a-z]))?(?![a-z])"), _relative_day),
    # "a day later", not "a day after the vote" (anchored to a named event: not resolved here)
    _Rule(re.compile(r"(?i)\b(?P<word>(?:the|that)\s+same\s+day|that\s+day|the\s+(?:next|following|previous)\s+day|"
                     r"the\s+day\s+(?:before|after|earlier)(?!\s+(?:the|a|an|his|her|its|their|yesterday|tomorrow)\b)|"
                     r"(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?P<dir>later|earlier))\b"),
          _anchored, (re.compile("day", re.IGNORECASE),)),
    _Rule(re.compile(rf"(?:(?P<prep>{PREPS}|(?i:early|late|earlier|later)(?:\s+on)?)\s+)?"
                     rf"(?:(?P<rel>(?i:last|this\s+coming|this|next))\s+)?\b(?P<wd>{WD})(?![A-Za-z])"
                     rf"(?:['\u2019]s)?{PART_OF_DAY}"
                     rf"(?P<more>(?:\s*,\s*|\s*[-\u2013]\s*|\s+(?i:and|or|to|through|into)\s+)(?:{WD})(?![A-Za-z])"
                     rf"{PART_OF_DAY})*"), _weekday, (re.compile("day"),)),
    _Rule(re.compile(r"(?i)\b(?:(?P<prep>since|until|till|by|before|after|from|during|throughout|in|over)\s+)?"
                     r"(?:(?:earlier|later|early|late)\s+)?(?:(?:in|on)\s+)?(?P<rel>last|this|next)\s+"
                     r"(?P<unit>week|month|year)(?![a-z-])"), _relative_period,
          (re.compile("week|month|year", re.IGNORECASE),)),
    _Rule(re.compile(r"(?i)\b(?:(?:over|during|at|on)\s+the\s+weekend|(?:(?:over|during|on|at)\s+)?"
                     r"(?P<rel>this|last|next)\s+weekend)\b"), _weekend,
          (re.compile("weekend", re.IGNORECASE),)),
)


# Every rule's match contains a digit or one of these words; a sentence with none has no expression.
_HINT = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                   r"nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|"
                   r"night|days?|week|weekend|month|year|decade|century|centuries|ago|now|recently)", re.IGNORECASE)


def find_time_expressions(text: str, story_date: date | None, offset: int = 0) -> list[TimeExpression]:
    """Every time expression in `text`, in order, resolved against the story date; spans are
    `offset` + character offsets into `text`. Relative expressions need the story date: without
    one their date is None and they are marked uncertain. A date after the story date is
    marked uncertain unless the text says it is to come ("tomorrow", "next week")."""
    if not isinstance(text, str) or not text or not _HINT.search(text):
        return []  # most sentences name no time at all: one cheap search rules them out
    if isinstance(story_date, datetime):  # a datetime does not compare with a date
        story_date = story_date.date()
    found: list[tuple[int, int, re.Match, _Reading]] = []
    for rule in RULES:
        if not all(need.search(text) for need in rule.needs):
            continue
        for m in rule.pattern.finditer(text):
            try:
                reading = rule.resolve(m, story_date)
            except (ValueError, OverflowError):  # the story date is at the end of the calendar
                reading = _impossible(m.group(0))
            if reading is not None and not (rule.resolve is _relative_period and _tallied(text, m)) \
                    and not _compared(text, m):
                found.append((m.start(), m.end(), m, reading))
    # the leftmost match wins, and of those the longest: "on Thursday, May 15" over "on Thursday"
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[TimeExpression] = []
    end = 0
    for start, stop, m, reading in found:
        if start < end:
            continue
        out.append(_expression(m, reading, story_date, offset))
        end = stop
    return out


def _expression(m: re.Match, reading: _Reading, story: date | None, offset: int) -> TimeExpression:
    certain, note = reading.certain, reading.note
    prep = _prep(m)
    if prep in BOUND_PREPS:
        certain, note = False, _join(note, f"{prep!r} gives a bound, not the date itself")
    if story is not None and reading.date is not None and reading.date > story and not reading.future:
        certain, note = False, _join(note, AFTER_STORY)
    text = m.group(0)
    return TimeExpression(text=text, date=reading.date, precision=reading.precision,
                          span=Span(m.start() + offset, m.end() + offset, text), certain=certain, note=note,
                          anchored_days=reading.anchored_days)


# -- which expression dates an event ----------------------------------------------------------

# dependency labels that start a clause of their own: a time expression does not cross them
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "csubj", "csubjpass", "advcl", "relcl", "acl", "parataxis", "pcomp"})
REPORTING = SPEECH  # the engine's one list of verbs that report speech


def time_of(doc: Doc, trigger_index: int, expressions: list[TimeExpression],
            sentence_offset: int) -> TimeExpression | None:
    """The expression that dates the event whose trigger is `doc[trigger_index]`: one hanging
    from the trigger itself (for a noun, its own modifiers: "the parade on May 9"), else from its
    clause (the verbs it hangs from, up to the first clause boundary). An event in a reported
    clause with no expression of its own takes the reporting verb's ("X is ready to …, the
    spokesman said on Thursday": the readiness is dated Thursday). None if nothing applies."""
    if not 0 <= trigger_index < len(doc):
        return None
    trigger = doc[trigger_index]
    hosted = [(expr, _host_path(tokens, expr.precision != "day"), tokens) for expr in expressions
              if (tokens := _tokens_of(doc, expr, sentence_offset))]
    if not hosted:
        return None

    def nearest(candidates):
        return min(candidates, key=lambda c: (c[0], min(abs(t.i - trigger.i) for t in c[1][2])))[1][0]

    # 1. its own: the trigger is on the expression's way up to its verb
    own = [(0, h) for h in hosted if trigger in h[1] or _under_acl_of(h[1], trigger)]
    if own:
        return nearest(own)
    # 2. its clause: the expression reaches a verb the trigger hangs from
    chain = _clause_chain(trigger)
    rank = {t.i: n for n, t in enumerate(chain)}
    clause = [(min(rank[t.i] for t in h[1] if t.i in rank), h) for h in hosted if any(t.i in rank for t in h[1])]
    if clause:
        return nearest(clause)
    # 2b. a verb coordinated with one the expression dates ("shelled Kharkiv and bombed Sumy on
    # Monday"): one time for both, when the verb has none of its own
    conjuncts = [c for c in (trigger.conjuncts if trigger.pos_ in ("VERB", "AUX") else ()) if c.pos_ in ("VERB", "AUX")]
    shared = [(0, h) for h in hosted if any(c in h[1] for c in conjuncts)]
    if shared:
        return nearest(shared)
    # 2c. a participle on a noun with no time of its own: the clause the noun is in
    described = _participle_clause(chain[-1], hosted)
    if described:
        return nearest(described)
    # 2d. a day the parser hangs below the act, told with it
    told = [(0, h) for h in hosted if _told_day(h, trigger, rank)]
    if told:
        return nearest(told)
    # 3. a "when" clause on a time ("in 2023, when Venezuela expelled ...") is at that time; one
    # on a verb ("soured in 2023 when ...") at the verb's
    top = chain[-1]
    if top.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in top.children if c.dep_ == "advmod"):
        described = [(0, h) for h in hosted if top.head in h[2] or (top.dep_ == "advcl" and top.head in h[1])]
        if described:
            return nearest(described)
    # 4. a reported clause with no expression of its own: the report's
    reporter = _reporter(chain[-1])
    if reporter is not None:
        reported = [(0, h) for h in hosted if reporter in h[1]]
        if reported:
            return nearest(reported)
    return None


def _participle_clause(top: Token, hosted: list) -> list:
    """ "restored ties in 2023 under a deal brokered by China", "talks, brokered by Qatar,
    collapsed in 2023": a participle on a noun (`top`, the head of the trigger's clause) tells an
    act that belongs to the clause the noun is in, before or at its time; (rank, hosted) pairs."""
    if top.dep_ != "acl" or top.tag_ not in ("VBN", "VBG"):
        return []
    outer = {t.i: n for n, t in enumerate(_clause_chain(top.head))}
    return [(min(outer[t.i] for t in h[1] if t.i in outer), h) for h in hosted
            if any(t.i in outer for t in h[1]) and top.i not in {t.i for t in h[1]}]


def _told_day(hosted: tuple, trigger: Token, clause: dict[int, int]) -> bool:
    """ "urged Kazakhstan to respect its quota on Sunday": a day closing the sentence inside the
    infinitive an act asks or agrees to is when the act was told; "In a statement released on
    Tuesday, Egypt condemned ...": so is a day on the participle of a fronted "in" phrase of the
    act's clause (`clause`: its verbs' indices)."""
    expr, path, tokens = hosted
    top = path[-1]
    return expr.precision == "day" and (
        (top.dep_ == "xcomp" and top.head.i == trigger.i and _closes(tokens)) or _fronted_in(top, clause))


def _closes(tokens: list[Token]) -> bool:
    """Whether the expression ends its sentence (but for its stop)."""
    doc = tokens[0].doc
    last = max(t.i for t in tokens)
    return all(t.is_punct for t in doc[last + 1:])


def _fronted_in(top: Token, clause: dict[int, int]) -> bool:
    """ "In an interview broadcast on Sunday, X said": `top` a participle on the object of an "in"
    phrase opening the clause (`clause`: its verbs' indices)."""
    noun = top.head
    prep = noun.head
    return top.dep_ == "acl" and top.tag_ == "VBN" and noun.dep_ == "pobj" and prep.lower_ == "in" \
        and prep.head.i in clause and prep.i < prep.head.i


def _tokens_of(doc: Doc, expr: TimeExpression, offset: int) -> list[Token]:
    if expr.span is None:
        return []
    return [t for t in doc if t.idx + offset < expr.span.end and t.idx + len(t) + offset > expr.span.start]


def _host_path(tokens: list[Token], coarse: bool = False) -> list[Token]:
    """The tokens from where the expression attaches up to the first verb or clause head:
    "on May 9" under "Square" under "on" under "Parade" under "in" under "participated". A month
    or year before a noun (`coarse`, `_premodifies`) stops at the noun: "the February 2026
    proposal" (a day before one, "held the May 9 parade", dates the act told by the noun)."""
    root = _attachment(tokens)
    if coarse and _premodifies(root):
        return [root.head]
    tok = root.head
    path: list[Token] = []
    while True:
        path.append(tok)
        if tok.dep_ in CLAUSE_DEPS or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return path
        tok = tok.head


def _premodifies(root: Token) -> bool:
    """"rejected the February 2026 proposal", "a violation of the November 2024 ceasefire": a
    date before a noun (not one after "on", "in" or "during") is the noun's own."""
    noun = root.head
    return root.dep_ in ("nmod", "compound", "nummod") and noun.i > root.i and noun.pos_ in ("NOUN", "PROPN") \
        and not (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in", "during", "under"))


def dates_a_noun(doc: Doc, expr: TimeExpression, offset: int) -> bool:
    """Whether the expression is a month or year before a noun, which dates that noun only (`_premodifies`)."""
    if expr.precision == "day":
        return False
    tokens = _tokens_of(doc, expr, offset)
    return bool(tokens) and _premodifies(_attachment(tokens))


def _attachment(tokens: list[Token]) -> Token:
    """The expression's word that hangs from outside it (its highest)."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return min(roots, key=lambda t: len(list(t.ancestors)))


def _under_acl_of(path: list[Token], noun: Token) -> bool:
    """ "the parade held on May 9": the expression of a participle modifying the trigger."""
    stop = path[-1]
    return stop.dep_ == "acl" and stop.head.i == noun.i and noun.pos_ in ("NOUN", "PROPN")


def _clause_chain(tok: Token) -> list[Token]:
    """The trigger and what it hangs from up to its clause head: "strengthen" -> "ready" ->
    "is". A non-finite adverbial clause ("…, killing five") belongs to the clause above it."""
    chain = [tok]
    while tok.head.i != tok.i and (tok.dep_ not in CLAUSE_DEPS or _non_finite_adverbial(tok)):
        tok = tok.head
        chain.append(tok)
    return chain


def _non_finite_adverbial(tok: Token) -> bool:
    return (tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


def _reporter(head: Token) -> Token | None:
    """The reporting verb whose report is the clause headed by `head`, if any: "said" in
    "X is ready, the spokesman said" (parsed either way round)."""
    if head.dep_ in ("ccomp", "parataxis") and head.head.lemma_ in REPORTING:
        return head.head
    for child in head.children:
        if child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_ in REPORTING and not any(
                c.dep_ == "mark" for c in child.children):
            return child
    return None

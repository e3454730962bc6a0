"""Read the story place, date and agency from a wire dateline ("BEIJING, May 15. /TASS/.")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.errors import InputError
from eventwire.text.timex import NUMBER_WORDS

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTH_RE = r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A dateline's place is written in capitals: "BEIJING", "NEW DELHI", "RIO DE JANEIRO".
PLACE_RE = r"(?P<place>[A-Z][A-Z .'\-]{1,40}?)"
# The state after the place, in title case: "Ukraine", "South Africa", "Democratic Republic of
# Congo", "Bosnia and Herzegovina" (capitalised words, with "of", "and", "the" between them).
COUNTRY_RE = r"[A-Z][a-z]+(?:\s+(?:(?:of|and|the)\s+)*[A-Z][a-z]+){0,4}"
DATED = re.compile(
    rf"^\s*{PLACE_RE}(?:,\s*{COUNTRY_RE})?\s*(?:\((?P<agency1>[^)]*)\))?\s*,\s*"
    rf"(?:{MONTH_RE}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+{MONTH_RE.replace('month', 'month2')})"
    r"(?:,?\s+(?P<year>\d{4}))?")
# "WASHINGTON —", "GAZA CITY (AP) —", "KYIV, Ukraine (Reuters) -": a place with no date
UNDATED = re.compile(
    rf"^\s*{PLACE_RE}(?:,\s*{COUNTRY_RE})?\s*(?:\((?P<agency>[^)]{{1,40}})\))?\s*"
    r"(?P<dash>[\u2013\u2014]|--?)\s+")
AGENCY = re.compile(r"\s*[.,]?\s*(?:/(?P<slash>[^/\n]{1,30})/\.?|\((?P<paren>[^)\n]{1,40})\))?\s*[-\u2013\u2014.:]*\s*")
# "This year marks 80 years of ... the 1941-1945 war", "the 80th anniversary of the 1945 victory"
SPAN_OF_YEARS = re.compile(r"\b(?P<n>\d{1,3})(?:th|st|nd|rd)?\s+(?:years?|anniversary)\b", re.IGNORECASE)
YEAR = re.compile(r"(?<![\d,.])(?:1[89]\d\d|20\d\d)(?![\d,])")
CURRENT_YEAR = re.compile(r"\b(?:so far in|so far this year,? in|earlier in|later in|by the end of|before the end of|"
                          r"until the end of|for the rest of|the rest of)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
SAID_ON = re.compile(r"\b(said|says|told \w+|announced|stated|added)\s*$")  # words just before "on <weekday>"
# Words that open a story in capitals without being a dateline's place.
NOT_PLACES = {"BREAKING", "UPDATE", "UPDATED", "ANALYSIS", "EXCLUSIVE", "FACTBOX", "EXPLAINER", "COMMENT",
              "OPINION", "INTERVIEW", "FEATURE", "CORRECTED", "URGENT", "FLASH", "ALERT", "EDITORIAL", "WRAPUP",
              "REFILE", "INSIGHT", "PREVIEW", "REVIEW", "NEWS", "LIVE"}


def parse_date(value: str) -> date:
    """A story date as given by a user: 'YYYY-MM-DD' (a datetime's time part is ignored)."""
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"date {value!r} is not a date like 2025-05-15") from None


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    date: date | None
    year_inferred: bool
    end: int  # characters of the text the dateline covers
    agency: str = ""
    year_from: str = "dateline"  # "dateline" | "story date" | "text" | "weekday" | "today" | "" (no date)


def parse_dateline(text: str, story_date: date | None = None, today: date | None = None) -> Dateline | None:
    """The dateline at the start of `text`, if any. A missing year comes from the story date,
    else from the text ("This year marks 80 years of … 1945" -> 2025), else the latest year
    that does not put the date after `today`; `year_from` says which, so a guess is never
    presented as certain."""
    head = text[:240]
    m = DATED.match(head)
    if not m:
        u = UNDATED.match(head)
        # a plain hyphen only with an agency: "NATO - the alliance said" is no dateline
        if not u or not _looks_like_place(u.group("place")) or (u.group("dash") == "-" and not u.group("agency")):
            return None
        return Dateline(place=_place(u.group("place")), date=None, year_inferred=False, end=u.end(),
                        agency=(u.group("agency") or "").strip(), year_from="")
    month = MONTHS[(m.group("month") or m.group("month2"))[:3].lower()]
    day = int(m.group("day") or m.group("day2"))
    if m.group("year"):
        year, source = int(m.group("year")), "dateline"
    elif story_date is not None:
        # the year that puts the dateline nearest the story date ("December 31" in a story
        # dated January 1 is the year before)
        year = min((story_date.year + k for k in (-1, 0, 1)),
                   key=lambda y: abs((story_date - _safe_date(y, month, day)).days))
        source = "story date"
    else:
        year, source = infer_year(text, month, day, today or date.today())
    try:
        when = date(year, month, day)
    except ValueError:  # "February 30": a dateline that does not make a date
        when, source = None, ""
    end = m.end()
    agency = (m.group("agency1") or "").strip()
    # what follows the date: "/TASS/.", "(Reuters) -", "(eventwire example) —", "."
    tail = AGENCY.match(text[end:end + 80])
    if tail:
        agency = agency or (tail.group("slash") or tail.group("paren") or "").strip()
        end += tail.end()
    return Dateline(place=_place(m.group("place")), date=when, year_inferred=source not in ("dateline", ""),
                    end=end, agency=agency, year_from=source)


def infer_year(text: str, month: int, day: int, today: date) -> tuple[int, str]:
    """The year of an undated dateline, from the story itself when it says so: an anniversary
    counted from a year it names ("80 years of … the 1941-1945 war" -> 2025). Otherwise the
    latest year whose (month, day) is not after today."""
    latest = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    for sentence in re.split(r"(?<=[.!?])\s+", text[:5000]):
        counts = [int(m.group("n")) for m in SPAN_OF_YEARS.finditer(sentence)]
        counts += [NUMBER_WORDS[w.lower()] for w in re.findall(
            r"\b(" + "|".join(NUMBER_WORDS) + r")\s+years\b", sentence, re.IGNORECASE)]
        years = [int(y) for y in YEAR.findall(sentence)]
        if counts and years and re.search(r"\b(this year|marks?|marking|anniversary|since|ago)\b", sentence,
                                          re.IGNORECASE):
            year = max(years) + counts[0]
            if 1900 < year <= latest + 1:
                return year, "text"
    # "so far in 2025", "before the end of 2025": the year the story is written in
    m = CURRENT_YEAR.search(text[:5000])
    if m and 1900 < int(m.group("year")) <= latest + 1:
        return int(m.group("year")), "text"
    # "… said on Thursday" in the lead, under "BEIJING, May 15": wires report the day's news,
    # so the year is a recent one in which May 15 was that Thursday (or the day after it)
    lead = re.split(r"(?<=[.!?])\s", text[:600], maxsplit=2)
    # the day the news is said on is the dateline's day; an act told before it may be the day
    # before ("shelled Kherson on Wednesday, the governor said on Thursday")
    opening = " ".join(lead[:2])
    weekdays = list(WEEKDAY.finditer(opening))
    said = next((x for x in weekdays if SAID_ON.search(opening[max(0, x.start() - 40):x.start()])), None)
    w = said or (weekdays[0] if weekdays else None)
    if w:
        weekday = WEEKDAYS.index(w.group(1).lower())
        years = range(latest, latest - 7, -1)
        # the day a thing is said on is the dateline's own day, in whichever recent year fits; an
        # act's day may be the day before it, and then the latest year that fits either way wins
        # ("WASHINGTON, March 10 - ... deported 82 people on Monday" is this year's Tuesday story)
        tries = [(y, lag) for lag in (0, 1) for y in years] if said else [(y, lag) for y in years for lag in (0, 1)]
        for year, lag in tries:
            try:
                if (date(year, month, day).weekday() - lag) % 7 == weekday:
                    return year, "weekday"
            except ValueError:
                continue
    return latest, "today"


def _safe_date(year: int, month: int, day: int) -> date:
    """The date, with February 29 of a common year read as February 28 (only to compare)."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _place(raw: str) -> str:
    """A capitalised dateline place as names are spelt: "PORT-AU-PRINCE" is "Port-au-Prince",
    "ST. JOHN'S" "St. John's", "COTE D'IVOIRE" "Cote D'Ivoire"."""
    return " ".join(w if w.startswith("D'") else "-".join(
        p.lower() if k and p.lower() in NAME_PARTICLES else p.capitalize() for k, p in enumerate(w.split("-")))
        for w in raw.strip().title().split())


# words inside a hyphenated place name that stay small ("Port-of-Spain", "Deir al-Balah")
NAME_PARTICLES = frozenset({"au", "aux", "of", "de", "du", "des", "la", "le", "les", "el", "al", "en", "es",
                            "sur", "sous", "da", "do", "dos", "das", "di", "del"})


def _looks_like_place(raw: str) -> bool:
    """An all-capitals opening word that is a dateline, not a shouted headline word."""
    words = raw.split()
    return 1 <= len(words) <= 4 and all(len(w) > 1 for w in words) and not any(w in NOT_PLACES for w in words)

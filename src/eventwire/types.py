"""Typed domain records shared by every pipeline stage: articles, actors, mentions, events."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One input record: an article (or a single sentence) with an identifier and a story date."""

    id: str
    text: str
    date: date | None = None
    origin: str = ""  # "file.jsonl:12" — where the record came from, for error messages
    title: str = ""
    url: str = ""
    outlet: str = ""  # the news source ("Reuters", "tass.com"): GDELT's "sources" are these


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of the article text, with the text itself."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: CAMEO-style code split into its parts, never packed into a string alone."""

    code: str  # "CHNMIL", "IGOUNO", "REB"
    country: str = ""  # "CHN"; "" for IGOs and actors of unknown country
    sector: str = ""  # "MIL", "GOV"...; "" for a state as a whole
    name: str = ""  # dictionary entry that gave the code: "Vladimir Putin", "China"

    @property
    def is_state(self) -> bool:
        return bool(self.country) and not self.sector


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """When something happened, as the text says it, resolved against the story date."""

    text: str  # "on Thursday", "80 years ago"; "" when nothing in the text dates the event
    date: date | None  # the day, or the first day of the week/month/year for coarser precision
    precision: str  # "day" | "week" | "month" | "year" | "story" (undated: the story date) | "unknown"
    span: Span | None = None
    certain: bool = True  # False when resolving it needed a guess (no story date, a future date…)
    note: str = ""  # why it is uncertain
    # "a day later", "the next day": days from the time it is anchored to (the article's nearest
    # earlier time); `date` counts them from the story date until the article resolves it
    anchored_days: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the article, geolocated offline."""

    name: str  # "Moscow"
    country: str  # ISO alpha-3, "RUS"
    latitude: float | None
    longitude: float | None
    span: Span | None
    kind: str = "city"  # "city" | "country" | "region"


@dataclass(frozen=True, slots=True)
class Quote:
    """Something an article reports a speaker as saying, directly or in reported speech."""

    text: str  # the quoted or reported words
    span: Span  # where they stand in the article
    direct: bool  # in quotation marks, or reported speech ("X said that …")
    sentence: int  # the sentence it starts in
    speaker: str = ""  # the speaker as the article names them ("Jiang Bin", "the spokesperson")
    speaker_span: Span | None = None
    actor: str = ""  # the speaker's actor code ("CHNGOV"); "" if unknown
    person: str = ""  # the person the speaker resolves to, across the article ("Jiang Bin")
    cue: str = ""  # the cue: "said", "told", "according to"
    certain: bool = True  # False for unbalanced quotation marks or an unattributed quote


@dataclass(frozen=True, slots=True)
class DatelineInfo:
    """A wire dateline: "BEIJING, May 15. /TASS/." -> Beijing, 2025-05-15, TASS."""

    place: str
    date: date | None
    agency: str
    span: Span
    year_from: str  # where the year came from: "dateline", "story date", "text", "today"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in a sentence: which tokens, and how the code was reached."""

    actor: Actor
    span: Span
    sentence: int
    head: int  # token index (within the sentence doc) of the phrase head
    how: str  # "person", "organization", "country+sector", "ner"...


# How a person is found: in the dictionaries, or by a name the model tagged beside a role
# ("Colombian Foreign Minister Yolanda Villavicencio" is "ner-person").
PEOPLE = ("person", "ner-person")


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its evidence."""

    source: str
    target: str
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    sentence: int
    trigger: Span
    source_span: Span | None
    target_span: Span | None
    date: date | None
    confidence: float
    pattern: str = ""  # the lexicon pattern that matched, for explanations
    speaker: str = ""  # actor code of whoever the sentence reports as saying it
    speaker_span: Span | None = None
    negated: bool = False
    evidence: str = ""  # the sentence text
    date_precision: str = "story"  # see TimeExpression.precision
    date_text: str = ""  # the expression that dates the event ("on May 9"); "" = the story date
    date_certain: bool = True
    location: Place | None = None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """The coder's answer for one article."""

    id: str
    date: date | None
    events: tuple[Event, ...]
    sentences: int = 0
    parsed_sentences: int = 0
    warnings: tuple[str, ...] = ()  # sentences that could not be coded, and why
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    dateline: DatelineInfo | None = None

    def to_dict(self) -> dict:
        out = {"id": self.id, "date": self.date.isoformat() if self.date else None,
               "sentences": self.sentences, "events": [e.to_dict() for e in self.events],
               "quotes": [asdict(q) for q in self.quotes], "places": [asdict(p) for p in self.places],
               "dateline": _dateline_dict(self.dateline)}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    def to_records(self) -> list[dict]:
        """One flat dict per event with the columns of `eventwire code --format csv`; dates are
        dates and a missing number or date is None (the CSV's empty cell)."""
        from eventwire.api import records
        return records(self)

    def to_arrow(self):
        """The events as a `pyarrow.Table` with the CSV output's columns: `.to_pandas()`,
        `polars.from_arrow(...)`."""
        from eventwire.api import to_arrow
        return to_arrow([self])


def _dateline_dict(d: DatelineInfo | None) -> dict | None:
    if d is None:
        return None
    out = asdict(d)
    out["date"] = d.date.isoformat() if d.date else None
    return out


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A record that could not be coded, and why: reported, skipped, never fatal to the batch."""

    origin: str  # "articles.jsonl:7" or "<stdin>:3"
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True, slots=True)
class CoderSettings:
    """Switches that change coding behaviour; defaults are eventwire's recommended practice."""

    # a bare statement ("X said ...") is not an event by the coding conventions: CAMEO 010 only
    # on request (benchmarks whose labels include statements, such as pentaclass)
    statements: bool = False
    symmetric_pairs: bool = True  # "A and B held talks" -> A->B and B->A
    require_dyad: bool = False  # drop events without a target
    ner_fallback: bool = True  # code unknown people/organisations from their country in context
    max_sentence_chars: int = 2000  # longer "sentences" (tables, lists) are not parsed
    prefilter: bool = True  # skip parsing sentences with no actor and no trigger word
    strict: bool = False  # re-raise an internal error instead of reporting it and going on

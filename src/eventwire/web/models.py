"""The JSON shapes of the HTTP API as pydantic models: what a request may hold, what a response holds (the OpenAPI schema at /docs)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventwire.web.service import MAX_TEXT_CHARS


class _Strict(BaseModel):
    """A request body: an unknown field is an error that names it, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


# -- requests ---------------------------------------------------------------------------------

class CodeOptions(_Strict):
    """Coder switches for this request; one left out keeps the server's setting (`eventwire
    serve --statements` ...). The dictionaries are the server's: they are loaded once at start."""

    statements: bool | None = Field(None, description="also code bare statements ('X said ...') as CAMEO 010")
    symmetric_pairs: bool | None = Field(None, description="'A and B held talks' -> A->B and B->A "
                                                           "(false: each with no target)")
    require_dyad: bool | None = Field(None, description="drop events that have no target")
    ner_fallback: bool | None = Field(None, description="code unknown people and organisations from their country")


class CodeRequest(_Strict):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="the article text, dateline included")
    date: dt.date | None = Field(None, description="story date YYYY-MM-DD (default: read from the dateline)")
    id: str | None = Field(None, max_length=500, description="the article's id (default: web- and a hash of the text)")
    options: CodeOptions | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("is blank: there is nothing to code")
        return text

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "BEIJING, May 15. /TASS/. China is ready to strengthen cooperation with Russia, "
                "the foreign ministry said on Thursday.", "date": "2025-05-15"}]})


class ArticleRequest(CodeRequest):
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=4000)
    outlet: str = Field("", max_length=500, description='the news source: "Reuters", "tass.com"')


# -- coded articles (the JSONL of `eventwire code`) -------------------------------------------

class Span(BaseModel):
    start: int = Field(description="first character, counted in the article text")
    end: int = Field(description="one past the last character")
    text: str


class Place(BaseModel):
    name: str
    country: str = Field(description="ISO 3166 alpha-3")
    latitude: float | None
    longitude: float | None
    span: Span | None
    kind: str = Field(description="city, country or region")


class Event(BaseModel):
    source: str = Field(description="source actor code (CHNMIL)")
    target: str = Field(description="target actor code; empty when the event has none")
    code: str = Field(description="CAMEO event code")
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    sentence: int
    trigger: Span
    source_span: Span | None
    target_span: Span | None
    date: dt.date | None
    confidence: float
    pattern: str
    speaker: str = Field(description="actor code of who the article reports as saying it")
    speaker_span: Span | None
    negated: bool
    evidence: str = Field(description="the sentence")
    date_precision: str
    date_text: str
    date_certain: bool
    location: Place | None


class Quote(BaseModel):
    text: str
    span: Span
    direct: bool
    sentence: int
    speaker: str
    speaker_span: Span | None
    actor: str
    person: str
    cue: str
    certain: bool


class Dateline(BaseModel):
    place: str
    date: dt.date | None
    agency: str
    span: Span
    year_from: str


class CodedArticle(BaseModel):
    """One line of `eventwire code --format jsonl`."""

    id: str
    date: dt.date | None
    sentences: int
    events: list[Event]
    quotes: list[Quote]
    places: list[Place]
    dateline: Dateline | None
    warnings: list[str] = Field(default_factory=list, description="sentences that could not be coded; "
                                                                  "absent when there are none")


class Stored(BaseModel):
    id: str = Field(description="the id the article is stored under: its own, or that of the same text "
                                "stored before under another id")
    new: bool = Field(description="false when the article (its id or its text) was stored already")
    events: int = Field(description="events coded in the article")
    undated: bool = Field(description="no date in the request or the dateline: its events have no date")
    run: int | None = Field(description="the ingest run (provenance) that stored it; null if stored before")


# -- stored events, trends, articles ---------------------------------------------------------

class StoredEvent(BaseModel):
    """One deduplicated event: every article that reports it counts once."""

    event_key: str
    source: str | None
    target: str | None
    code: str | None
    root: str | None
    name: str | None
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    source_country: str | None
    target_country: str | None
    event_date: dt.date | None
    date_precision: str | None
    location: str | None
    location_country: str | None
    latitude: float | None
    longitude: float | None
    num_mentions: int
    num_articles: int
    num_sources: int
    avg_confidence: float | None
    first_article: str | None = Field(description="the id of the first article that reports it (GET /api/articles/{id})")
    evidence: str | None = Field(description="the sentence of its most confident report")
    speaker: str | None = Field(description="who its first report says said it")


class EventPage(BaseModel):
    total: int = Field(description="events passing the filters, on every page")
    limit: int
    offset: int
    next_offset: int | None = Field(description="the offset of the next page; null on the last")
    events: list[StoredEvent]


class TopType(BaseModel):
    code: str
    name: str
    events: int


class TrendRow(BaseModel):
    period: dt.date = Field(description="first day of the period")
    label: str = Field(description='the period as people write it: "2025-05", "2025 Q2"')
    source: str
    target: str
    events: int
    mentions: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float
    top: list[TopType]


class Trend(BaseModel):
    a: str
    b: str
    by: str
    directions: list[list[str]] = Field(description="[source, target] pairs the rows can hold")
    periods: list[dt.date] = Field(description="every period from the first to the last row (or since/until): "
                                               "a period with no row had no events")
    rows: list[TrendRow] = Field(description="periods with events only, by period, then direction")


class StoredLocation(BaseModel):
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None


class StoredMention(BaseModel):
    """An event as this article reports it, with where its words stand in the text."""

    ordinal: int
    event_key: str
    source: str | None
    target: str | None
    code: str | None
    name: str | None
    root: str | None
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    date_certain: bool | None
    location: StoredLocation | None
    sentence: int | None
    trigger: Span | None
    source_span: Span | None = Field(description="the source's words in the evidence sentence, found again "
                                                 "in the text (null if they cannot be)")
    target_span: Span | None
    speaker: str | None
    confidence: float | None
    evidence: str | None


class StoredQuote(BaseModel):
    text: str
    span: Span | None
    direct: bool | None
    sentence: int | None
    speaker: str | None
    person: str | None
    actor: str | None
    cue: str | None
    certain: bool | None


class StoredArticle(BaseModel):
    id: str
    date: dt.date | None = Field(description="the story date")
    undated: bool
    title: str | None
    url: str | None
    outlet: str | None
    dateline_place: str | None
    dateline_agency: str | None
    origin: str | None
    sentences: int | None
    ingested_at: dt.datetime | None
    text: str
    events: list[StoredMention]
    quotes: list[StoredQuote]
    places: list[Place]


class Role(BaseModel):
    code: str
    title: str
    start: dt.date | None
    end: dt.date | None = Field(description="the day the role ended (exclusive); null while it lasts")


class ActorMatch(BaseModel):
    name: str
    kind: str = Field(description="country, organization, person, metonym or sector")
    code: str = Field(description="the code the coder gives it; for a person, in their latest role")
    country: str
    forms: list[str] = Field(description="the names and words the coder recognises it by (up to 20)")
    roles: list[Role] = Field(description="a person's dated roles")


class ActorPage(BaseModel):
    query: str
    total: int = Field(description="matches in all, of which `limit` are listed, best first")
    actors: list[ActorMatch]


class Health(BaseModel):
    status: str = Field(description='"ok" when the coder is loaded and requests are served')
    version: str = Field(description="eventwire's version")
    model: str = Field(description="the spaCy pipeline the coder parses with")
    database: str = Field(description="the event database file this server reads and writes")
    database_exists: bool = Field(description="false until the first article is stored")


class Error(BaseModel):
    error: str = Field(description="what went wrong, in one line")

"""The JSON API under /api: code a text, store it, list events, a dyad's trend, one article, actors, health."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date, timedelta
from typing import Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from eventwire.store.export import FilterError
from eventwire.types import Article, CoderSettings
from eventwire.web import models
from eventwire.web.service import Service, article_id

router = APIRouter(tags=["api"])

# every error answer is {"error": "..."}; listed so /docs shows it beside each endpoint
_ERRORS = {400: {"model": models.Error, "description": "a filter that cannot be applied"},
           422: {"model": models.Error, "description": "a field missing or malformed (named in the message)"},
           503: {"model": models.Error, "description": "the database is held by another program"}}
_BODY_ERRORS = {**_ERRORS, 413: {"model": models.Error, "description": "the request body is over the cap"}}
_CODE = re.compile(r"^[A-Z][A-Z0-9]*$")  # an actor code or prefix: CHN, CHNMIL, IGOUNO
_SHORT = 200  # the longest filter value (a code, a date, words to find) worth reading


def _service(request: Request) -> Service:
    return request.app.state.service


# -- coding -----------------------------------------------------------------------------------

def _article(body: models.CodeRequest) -> Article:
    extra = {k: getattr(body, k) for k in ("title", "url", "outlet") if hasattr(body, k)}
    return Article(id=body.id or article_id(body.text), text=body.text, date=body.date,
                   origin="POST /api/articles" if extra else "POST /api/code", **extra)


def _settings(service: Service, options: models.CodeOptions | None) -> CoderSettings:
    """The server's coder settings with this request's options over them."""
    if options is None:
        return service.settings
    chosen = {k: v for k, v in options.model_dump().items() if v is not None}
    return dataclasses.replace(service.settings, **chosen)


@router.post("/code", response_model=None, summary="Code one article (not stored)",
             responses={200: {"model": models.CodedArticle, "description": "one line of `eventwire code --format jsonl`"},
                        **_BODY_ERRORS})
async def code(body: models.CodeRequest, request: Request) -> Response:
    """The article's events with their spans and evidence, its quotes, places and dateline:
    exactly the JSON object `eventwire code --format jsonl` writes for it."""
    from eventwire.io.writers import write_jsonl

    service = _service(request)
    coded = await service.code(_article(body), _settings(service, body.options))
    out = io.StringIO()
    for _ in write_jsonl([coded], out):
        pass
    return Response(out.getvalue(), media_type="application/json")


@router.post("/articles", response_model=models.Stored, status_code=201, summary="Code and store one article",
             responses={200: {"model": models.Stored, "description": "stored before (same id or same text)"},
                        **_BODY_ERRORS})
async def store_article(body: models.ArticleRequest, request: Request, response: Response) -> models.Stored:
    """Code the article and store it with its events, quotes and places, as `eventwire ingest`
    does: an article whose id or text is stored already is not coded or stored again (200 and
    `new: false`, with the id it is stored under); a new one answers 201."""
    service = _service(request)
    article = _article(body)
    found = await run_in_threadpool(service.stored, article)
    run = None
    if found is None:
        settings = _settings(service, body.options)
        coded = await service.code(article, settings)
        found, run = await service.store(article, coded, settings)
    if run is None:
        response.status_code = 200
    return models.Stored(id=found["id"], new=run is not None, events=found["events"] or 0,
                         undated=bool(found["undated"]), run=run)


# -- reading the store ------------------------------------------------------------------------

def _filter(dyad, both, actor, root, since, until, text):
    from eventwire.api import event_filter
    from eventwire.store.export import parse_dyad

    if actor and not _CODE.match(actor.strip().upper()):
        raise FilterError(f"actor: {actor!r} is not an actor code or prefix (letters and digits: CHN, CHNMIL)")
    try:
        pair = parse_dyad(dyad) if dyad else None
    except FilterError as e:
        raise FilterError(f"dyad: {e}") from None
    return event_filter(pair, both=both, actor=actor or None, root=root or None, since=since,
                        until=until, text=text or None)


@router.get("/events", response_model=models.EventPage, summary="Stored events, filtered, a page at a time",
            responses=_ERRORS)
def events(request: Request,
           dyad: str | None = Query(None, max_length=_SHORT, description="SOURCE-TARGET codes or prefixes: CHN-RUS"),
           both: bool = Query(False, description="with dyad: both directions"),
           actor: str | None = Query(None, max_length=_SHORT, description="on either side (a code or prefix)"),
           root: str | None = Query(None, max_length=_SHORT, description="CAMEO root or code prefix: 19, 046"),
           since: str | None = Query(None, max_length=_SHORT, description="event date on or after, YYYY-MM-DD"),
           until: str | None = Query(None, max_length=_SHORT, description="event date on or before, YYYY-MM-DD"),
           text: str | None = Query(None, max_length=_SHORT, description="words in an evidence sentence"),
           limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> models.EventPage:
    """The deduplicated events of `eventwire events` with the same filters, by date and then
    most reported first; `total` counts them all, `next_offset` asks for the next page."""
    from eventwire.store.browse import count_events, events_page

    f = _filter(dyad, both, actor, root, since, until, text)
    with _service(request).reading() as store:
        if store is None:
            total, rows = 0, []
        else:
            total = count_events(store, f)
            rows = events_page(store, f, limit, offset).to_pylist() if offset < total else []
    following = offset + len(rows)
    return models.EventPage(total=total, limit=limit, offset=offset, events=rows,
                            next_offset=following if following < total else None)


@router.get("/events.csv", summary="Stored events, filtered, as CSV", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "the columns of /api/events"}, **_ERRORS})
def events_csv(request: Request,
               dyad: str | None = Query(None, max_length=_SHORT), both: bool = False,
               actor: str | None = Query(None, max_length=_SHORT), root: str | None = Query(None, max_length=_SHORT),
               since: str | None = Query(None, max_length=_SHORT), until: str | None = Query(None, max_length=_SHORT),
               text: str | None = Query(None, max_length=_SHORT),
               limit: int = Query(100_000, ge=1, le=1_000_000)) -> Response:
    """What `eventwire events --format csv` writes for the same filters (at most `limit` rows)."""
    from eventwire.store.export import query_events, write_events

    f = dataclasses.replace(_filter(dyad, both, actor, root, since, until, text), limit=limit)
    out = io.StringIO()
    with _service(request).reading() as store:
        if store is None:
            return Response("", media_type="text/csv")
        write_events(query_events(store, f), "csv", out)
    return Response(out.getvalue(), media_type="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


def _side(value: str, name: str) -> str:
    code = value.strip().upper()
    if not _CODE.match(code):
        raise FilterError(f"{name}: {value!r} is not an actor code or prefix (letters and digits: CHN, CHNMIL)")
    return code


@router.get("/dyads/{a}/{b}/trend", response_model=models.Trend, summary="Events between two actors per period",
            responses=_ERRORS)
def dyad_trend(request: Request, a: str = Path(max_length=_SHORT, description="CHN, or a code prefix: CHNMIL"),
               b: str = Path(max_length=_SHORT),
               by: Literal["day", "week", "month", "quarter", "year"] = "month",
               since: str | None = Query(None, max_length=_SHORT, description="YYYY-MM-DD"),
               until: str | None = Query(None, max_length=_SHORT, description="YYYY-MM-DD"),
               one_way: bool = Query(False, description="only a -> b")) -> models.Trend:
    """The numbers of `eventwire trend A B --by ...`: per period and direction, events by
    QuadClass, Goldstein sum and mean, the top event types. `periods` lists every period in
    the range, so a period without events can be drawn as zero."""
    from eventwire.api import as_date
    from eventwire.store.trends import label, trend

    a, b = _side(a, "a"), _side(b, "b")
    first, last = as_date(since, "since"), as_date(until, "until")
    if first and last and first > last:
        raise FilterError(f"since ({first}) is after until ({last})")
    with _service(request).reading() as store:
        rows = trend(store, a, b, by=by, since=first, until=last, both=not one_way) if store is not None else []
    directions = [[a, b]] if one_way or a == b else [[a, b], [b, a]]
    return models.Trend(a=a, b=b, by=by, directions=directions, periods=_periods(rows, by, first, last), rows=[
        models.TrendRow(period=r.period, label=label(r.period, by), source=r.source, target=r.target,
                        events=r.events, mentions=r.mentions, verbal_cooperation=r.quad[0],
                        material_cooperation=r.quad[1], verbal_conflict=r.quad[2], material_conflict=r.quad[3],
                        goldstein_sum=r.goldstein_sum, goldstein_mean=r.goldstein_mean,
                        top=[models.TopType(code=c, name=n, events=k) for c, n, k in r.top]) for r in rows])


def _periods(rows, by: str, since: date | None, until: date | None) -> list[date]:
    """Every period from since (or the first row) to until (or the last row)."""
    from eventwire.store.trends import _every_period

    starts = [r.period for r in rows]
    first = _period_start(since, by) if since else min(starts, default=None)
    last = _period_start(until, by) if until else max(starts, default=None)
    if first is None or last is None:
        return sorted(set(starts))
    return _every_period(first, last, by)


def _period_start(day: date, by: str) -> date:
    """The first day of the period holding `day`, as DuckDB's date_trunc counts (weeks from Monday)."""
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if by == "year":
        return date(day.year, 1, 1)
    return day


@router.get("/articles/{article_id:path}", response_model=models.StoredArticle, summary="One stored article",
            responses={404: {"model": models.Error, "description": "no article has this id"}, **_ERRORS})
def stored_article(article_id: str, request: Request) -> models.StoredArticle:
    """The article's text with every event it reports (trigger, source and target spans), its
    quotes and its places, all located by character offsets in `text`."""
    from eventwire.store.browse import article_rows

    with _service(request).reading() as store:
        found = article_rows(store, article_id) if store is not None else None
    if found is None:
        raise HTTPException(404, f"no stored article has the id {article_id!r}")
    return _stored_article(found)


def _stored_article(found: dict) -> models.StoredArticle:
    a = found["article"][0]
    text = a["text"] or ""
    return models.StoredArticle(
        id=a["id"], date=a["story_date"], undated=bool(a.get("undated")), title=a["title"], url=a["url"],
        outlet=a["outlet"], dateline_place=a["dateline_place"], dateline_agency=a["dateline_agency"],
        origin=a["origin"], sentences=a["sentences"], ingested_at=a["ingested_at"], text=text,
        events=[_mention(m, text) for m in found["mentions"]],
        quotes=[models.StoredQuote(text=q["text"] or "", span=_span(text, q["start_char"], q["end_char"]),
                                   **{k: q[k] for k in ("direct", "sentence", "speaker", "person", "actor", "cue",
                                                        "certain")}) for q in found["quotes"]],
        places=[models.Place(name=p["name"] or "", country=p["country"] or "", latitude=p["latitude"],
                             longitude=p["longitude"], kind=p["kind"] or "",
                             span=_span(text, p["start_char"], p["end_char"])) for p in found["places"]])


def _mention(m: dict, text: str) -> models.StoredMention:
    trigger = _span(text, m["trigger_start"], m["trigger_end"])
    sentence = _sentence_bounds(text, m["evidence"] or "", m["trigger_start"])
    location = (models.StoredLocation(name=m["location"], country=m["location_country"], latitude=m["latitude"],
                                      longitude=m["longitude"]) if m["location"] else None)
    return models.StoredMention(
        ordinal=m["ordinal"], event_key=m["event_key"], date=m["event_date"], location=location, trigger=trigger,
        source_span=_find(text, m["source_text"], sentence, m["trigger_start"]),
        target_span=_find(text, m["target_text"], sentence, m["trigger_start"]),
        **{k: m[k] for k in ("source", "target", "code", "name", "root", "quad_class", "goldstein", "plover",
                             "date_precision", "date_text", "date_certain", "sentence", "speaker", "confidence",
                             "evidence")})


def _span(text: str, start: int | None, end: int | None) -> models.Span | None:
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    return models.Span(start=start, end=end, text=text[start:end])


def _sentence_bounds(text: str, evidence: str, anchor: int | None) -> tuple[int, int]:
    """Where the evidence sentence stands in the text: the occurrence holding the trigger."""
    if anchor is None:
        return 0, len(text)
    if evidence:
        start = text.find(evidence, max(0, anchor - len(evidence)))
        if 0 <= start <= anchor <= start + len(evidence):
            return start, start + len(evidence)
    return max(0, anchor - 1000), min(len(text), anchor + 1000)


def _find(text: str, words: str | None, bounds: tuple[int, int], anchor: int | None) -> models.Span | None:
    """The stored words of an actor, found in its sentence: the occurrence nearest the trigger.
    The store keeps the words, not their offsets; they are in the sentence the event came from."""
    if not words:
        return None
    lo, hi = bounds
    hits = [m.start() for m in re.finditer(re.escape(words), text[lo:hi])]
    if not hits:
        return None
    start = lo + min(hits, key=lambda h: abs(lo + h - (anchor if anchor is not None else lo)))
    return models.Span(start=start, end=start + len(words), text=words)


# -- the actor dictionary, health --------------------------------------------------------------

@router.get("/actors", response_model=models.ActorPage, summary="Search the actor dictionary", responses=_ERRORS)
def actors(request: Request, q: str = Query(min_length=1, max_length=100, description="part of a name, or a code"),
           limit: int = Query(20, ge=1, le=200),
           kind: Literal["country", "organization", "person", "metonym", "sector"] | None = None) -> models.ActorPage:
    """Actors whose code, name or another name the coder knows matches `q` (case-insensitive),
    best first: the code itself, the exact name, a name beginning with it, containing it.
    People come with their dated roles ("Trudeau": Justin, CANGOV 2015-2025, and Pierre)."""
    found = _service(request).actor_index().search(q)
    if kind is not None:
        found = [f for f in found if f.kind == kind]
    return models.ActorPage(query=q, total=len(found), actors=[
        models.ActorMatch(name=f.name, kind=f.kind, code=f.code, country=f.country, forms=list(f.forms[:20]),
                          roles=[models.Role(code=r.code, title=r.title, start=r.start, end=r.end) for r in f.roles])
        for f in found[:limit]])


@router.get("/health", response_model=models.Health, summary="Is the server up, and with what")
def health(request: Request) -> models.Health:
    from eventwire import __version__

    service = _service(request)
    meta = getattr(service.resources.nlp, "meta", None) or {}
    model = f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}".strip() if meta else ""
    return models.Health(status="ok", version=__version__, model=model, database=str(service.db),
                         database_exists=service.db.exists())

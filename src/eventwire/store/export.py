"""Stored events, filtered: listings (table, CSV, JSONL, Parquet), GDELT 2.0 and PLOVER exports, read-only SQL."""

from __future__ import annotations

import io
import json
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TextIO

import duckdb
import pyarrow as pa

from eventwire.errors import EventwireError, UsageError
from eventwire.store.db import Store, StoreError, read_error
from eventwire.store.limits import ENVIRONMENT, Limits, capped_table, size_bytes, timed

WRITE_FORMATS = ("table", "csv", "jsonl", "parquet")
EXPORT_FORMATS = ("parquet", "csv", "gdelt", "plover")

# an actor code or prefix: a letter, then letters and digits ("CHN", "CHNMIL", "IGOUNO", "COP")
_CODE = re.compile(r"^[A-Z][A-Z0-9]*$")


class FilterError(UsageError, ValueError):
    """A filter that cannot be applied: a malformed dyad, a negative limit. A ValueError too, and
    a UsageError, so the CLI prints it as one line and exits 2."""


@dataclass(frozen=True)
class EventFilter:
    """Which deduplicated events to read; every field left at its default lets all events through."""

    dyad: tuple[str, str] | None = None  # (source prefix, target prefix): ("CHN", "RUS")
    both: bool = False  # with `dyad`: also target -> source
    actor: str | None = None  # source or target starts with it
    root: str | None = None  # CAMEO root ("19") or any code prefix ("046")
    since: date | None = None  # event_date on or after
    until: date | None = None  # event_date on or before
    text: str | None = None  # case-insensitive, literal, in the evidence sentence of any report
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise FilterError(f"limit must be 0 or more, not {self.limit}")
        if self.dyad is not None and len(self.dyad) != 2:
            raise FilterError(f"dyad must be (source, target), not {self.dyad!r}")


def parse_dyad(value: str) -> tuple[str, str]:
    """"CHN-RUS" -> ("CHN", "RUS"); each side is an actor code or a prefix of one."""
    parts = [p.strip().upper() for p in value.split("-")]
    if len(parts) != 2 or not all(_CODE.match(p) for p in parts):
        raise FilterError(f"{value!r} is not SOURCE-TARGET: two actor codes or prefixes joined by one '-', "
                         f"e.g. CHN-RUS or CHNMIL-UKR")
    return parts[0], parts[1]


# -- querying ---------------------------------------------------------------------------------

def _where(f: EventFilter) -> tuple[str, list]:
    """The filter as SQL over `events e`; every user value is a parameter, never part of the SQL."""
    clauses: list[str] = []
    params: list = []
    if f.dyad:
        source, target = (side.strip().upper() for side in f.dyad)
        one_way = "(starts_with(e.source, ?) AND starts_with(e.target, ?))"
        if f.both:
            clauses.append(f"({one_way} OR {one_way})")
            params += [source, target, target, source]
        else:
            clauses.append(one_way)
            params += [source, target]
    if f.actor:
        clauses.append("(starts_with(e.source, ?) OR starts_with(e.target, ?))")
        params += [f.actor.strip().upper()] * 2
    if f.root:
        clauses.append("starts_with(e.code, ?)")
        params.append(f.root.strip())
    if f.since:
        clauses.append("e.event_date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("e.event_date <= ?")
        params.append(f.until)
    if f.text:
        # the user's % and _ are literal characters, not wildcards
        clauses.append("e.event_key IN (SELECT event_key FROM mentions WHERE evidence ILIKE ? ESCAPE '\\')")
        params.append("%" + re.sub(r"([%_\\])", r"\\\1", f.text) + "%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


# Who said it: the speaker (an actor code) of the event's report in its first article, else of
# any report; empty when every article states the event in its own voice.
SPEAKER_COLUMN = """(SELECT m.speaker FROM mentions m
     WHERE m.event_key = e.event_key AND coalesce(m.speaker, '') <> ''
     ORDER BY m.article_id = e.first_article DESC, m.article_id, m.ordinal LIMIT 1) AS speaker"""
EVENT_COLUMNS = "e.*, " + SPEAKER_COLUMN


def _select(f: EventFilter, columns: str = EVENT_COLUMNS, joins: str = "") -> tuple[str, list]:
    where, params = _where(f)
    sql = f"SELECT {columns} FROM events e{joins}{where} ORDER BY e.event_date, e.num_mentions DESC, e.event_key"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def query_events(store: Store, f: EventFilter | None = None) -> pa.Table:
    """The deduplicated events that pass the filter, by date and then most-reported first: all
    columns of `events`, then `speaker`, who the event's first report says said it."""
    sql, params = _select(f or EventFilter())
    return store.query(sql, params)


def query_articles(store: Store, f: EventFilter | None = None, limit: int | None = None) -> pa.Table:
    """Stored articles (all columns, text included), by story date and id. With no event filter,
    every article; with one, the articles that report at least one event passing it (so
    "articles about CHN-RUS" means what `events` means by it)."""
    where, params = _where(f or EventFilter())
    sql = "SELECT a.* FROM articles a"
    if where:
        sql += (" WHERE a.id IN (SELECT m.article_id FROM mentions m WHERE m.event_key IN "
                f"(SELECT e.event_key FROM events e{where}))")
    return store.query(*_limited(sql + " ORDER BY a.story_date NULLS LAST, a.id", params, limit))


def query_quotes(store: Store, actor: str | None = None, since: date | None = None, until: date | None = None,
                 text: str | None = None, limit: int | None = None) -> pa.Table:
    """Quotes (all columns) with their article's story date and title, by story date, article and
    position: `actor` is a prefix of the speaker's code, `since`/`until` bound the story date,
    `text` is literal words in the quote (case-insensitive)."""
    clauses, params = [], []
    for clause, value in (("starts_with(q.actor, ?)", actor.strip().upper() if actor else None),
                          ("a.story_date >= ?", since), ("a.story_date <= ?", until),
                          ("contains(lower(q.text), lower(?))", text)):
        if value:
            clauses.append(clause)
            params.append(value)
    sql = ("SELECT q.*, a.story_date, a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
           + (" WHERE " + " AND ".join(clauses) if clauses else "")
           + " ORDER BY a.story_date NULLS LAST, q.article_id, q.ordinal")
    return store.query(*_limited(sql, params, limit))


def _limited(sql: str, params: list, limit: int | None) -> tuple[str, list]:
    if limit is None:
        return sql, params
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise FilterError(f"limit must be 0 or more, not {limit!r}")
    return sql + " LIMIT ?", [*params, limit]


# -- writing a listing ------------------------------------------------------------------------

class OutputError(EventwireError):
    """An output file that cannot be written where asked: its folder is missing, or it is a
    folder. The CLI prints one line and exits 3 (as for any file it cannot write), before any
    work is done."""


def check_output(path: str | os.PathLike) -> Path:
    """`path` as a Path, if a file can be created there; an OutputError naming what is wrong if not."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist (create it first)")
    return path


def _as_path(out) -> Path | None:
    return check_output(out) if isinstance(out, (str, os.PathLike)) else None


def write_events(table: pa.Table, fmt: str, out: str | os.PathLike | TextIO) -> None:
    """Write events as `table` (for people), `csv`, `jsonl` (to a file or a text stream) or
    `parquet` (to a file only). Dates are ISO strings in CSV and JSONL."""
    if fmt not in WRITE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(WRITE_FORMATS)}")
    path = _as_path(out)
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet is a binary file format: give a file path, not a text stream")
        import pyarrow.parquet as pq
        pq.write_table(table, path)
        return
    if fmt == "csv" and path is not None:
        import pyarrow.csv as pc
        pc.write_csv(table, path)
        return
    if path is None:
        _write_text(table, fmt, out)
        return
    with path.open("w", encoding="utf-8", newline="") as stream:
        _write_text(table, fmt, stream)


def _write_text(table: pa.Table, fmt: str, stream: TextIO) -> None:
    if fmt == "csv":
        import pyarrow.csv as pc
        buf = io.BytesIO()
        pc.write_csv(table, buf)
        stream.write(buf.getvalue().decode("utf-8"))
    elif fmt == "jsonl":
        for row in _rows(table):
            stream.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
    else:
        _rich_table(table, stream)


def _rows(table: pa.Table) -> Iterator[dict]:
    """Rows as dicts, one record batch at a time, so a large export is never all Python objects."""
    for batch in table.to_batches():
        yield from batch.to_pylist()


def _iso(value) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def _rich_table(table: pa.Table, stream: TextIO) -> None:
    """The stored events laid out for the stream's width, as `eventwire events` shows them."""
    from rich.console import Console

    from eventwire.io.tables import print_stored_events

    print_stored_events(Console(file=stream), _rows(table))


# -- exports ----------------------------------------------------------------------------------

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{n}{field}" for n in (1, 2) for field in _ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone"]
    + [f"{geo}_{field}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for field in _GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"])

# What GDELT and PLOVER rows need beyond the events table: the first article's URL and whether
# that article reports the event in its lead sentence, and the actors' dictionary names.
_EXTRA_COLUMNS = EVENT_COLUMNS + """,
    (SELECT min(m.sentence) FROM mentions m
     WHERE m.event_key = e.event_key AND m.article_id = e.first_article) AS first_sentence,
    nullif(a.url, '') AS source_url,
    s.name AS source_name, t.name AS target_name"""
_EXTRA_JOINS = """
    LEFT JOIN articles a ON a.id = e.first_article
    LEFT JOIN actors s ON s.code = e.source
    LEFT JOIN actors t ON t.code = e.target"""


def export(store: Store, fmt: str, path: str | os.PathLike, f: EventFilter | None = None) -> int:
    """Write the filtered events to the file `path`; returns the number of events written.

    - parquet, csv: the `events` table as stored, and `speaker` (see `query_events`).
    - gdelt: the 61 tab-separated columns of the GDELT 2.0 Events table, in GDELT's order, no
      header. Where eventwire differs from GDELT, by necessity:
      GLOBALEVENTID is the first 60 bits of the event key as an integer, so one event keeps its
      id across exports and databases; country codes (actor and geo) are ISO 3166 alpha-3
      as stored, where GDELT's geo fields use FIPS 10-4 ("RS" for Russia, not "RUS");
      *Geo_FullName is the place name alone; AvgTone is 0 (no tone is computed); actor
      ethnic and religion fields, the geo ADM1/ADM2 codes and FeatureIDs are empty (GDELT
      takes them from dictionaries and a gazetteer eventwire does not have);
      Actor1Name is a bare country's dictionary name, else the words an article first used for
      the actor unless they only refer back, else its country's name (`actor_name`), upper
      case, without a leading article; an actor's geo is the event's place when it has one (the
      actors acted there), else the actor's country; SOURCEURL is the first article's URL, empty
      when it has none; DATEADDED is the export time (UTC).
    - plover: JSON Lines, one PLOVER/POLECAT-style event per line (`plover_record`).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    f = f or EventFilter()
    check_output(path)
    if fmt in ("parquet", "csv"):
        table = query_events(store, f)
        store.release()  # the file is not needed while the rows are written: let an ingest in
        write_events(table, fmt, Path(path))
        return table.num_rows
    table = store.query(*_select(f, _EXTRA_COLUMNS, _EXTRA_JOINS))
    store.release()
    added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        for r in _rows(table):
            if fmt == "gdelt":
                out.write("\t".join(_field(v) for v in gdelt_row(r, added)) + "\n")
            else:
                out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
    return table.num_rows


def _field(value) -> str:
    """One GDELT field: no tabs or line breaks inside, None as empty."""
    if value is None:
        return ""
    return re.sub(r"[\t\r\n]+", " ", str(value))


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'})
_ARTICLE = re.compile(r"^(?:THE|AN|A)\s+")


def gdelt_name(name: str | None) -> str:
    """An actor's name as GDELT writes it: upper case, straight quotes, single spaces, no
    leading article ("the People\u2019s Liberation Army" -> "PEOPLE'S LIBERATION ARMY")."""
    text = unicodedata.normalize("NFKC", name or "").translate(_QUOTES)
    text = " ".join(text.split()).upper()
    return _ARTICLE.sub("", text)


# a name that refers back instead of naming: "his Chinese counterpart", "the two sides"
_REFERRING = re.compile(r"^(?:the\s+)?(?:his|her|their|its|our|my|your|two|both)\b", re.IGNORECASE)


@cache
def _country_names() -> Mapping[str, str]:
    from eventwire.datafiles import package_data, read_jsonl

    path = package_data("eventwire.actors", "countries.jsonl")
    return MappingProxyType({rec["code"]: rec["name"] for _, rec in read_jsonl(path)})


def actor_name(code: str | None, country: str | None, stored: str | None) -> str:
    """The name to export for an actor: a bare country ("IND") by its dictionary name, since the
    words an article first used for it may be "the two sides" or a city; any other actor by the
    stored name unless that only refers back ("his Chinese counterpart"), else its country's name."""
    countries = _country_names()
    if code and code == country and code in countries:
        return countries[code]
    if stored and stored.strip() and not _REFERRING.match(stored.strip()):
        return stored
    return countries.get(country or "", "")


def _gdelt_actor(code: str | None, country: str | None, name: str | None) -> list:
    """Actor{n}Code … Actor{n}Type3Code. An IGO ("IGOUNO") has no country, its group code
    ("UNO") as KnownGroupCode and IGO as its first type; otherwise the 3-letter parts after the
    country ("GOV", "MIL") are the type codes, and a code with no country ("COP") is all type."""
    code, country = code or "", country or ""
    known = ""
    if code.startswith("IGO"):
        country, known = "", code[3:6]
        parts = ["IGO"] + _triples(code[6:])
    elif country and code.startswith(country):
        parts = _triples(code[len(country):])
    else:
        country, parts = "", _triples(code)
    types = (parts + ["", "", ""])[:3]
    return [code, gdelt_name(actor_name(code, country, name)), country, known, "", "", ""] + types


def _triples(s: str) -> list[str]:
    return [s[i:i + 3] for i in range(0, len(s), 3)]


def gdelt_row(r: dict, added: str) -> list:
    """The 61 GDELT 2.0 fields of one event row (an `events` row plus the export's extra columns)."""
    d: date | None = r["event_date"]
    code = r["code"] or ""
    action_geo = _gdelt_geo(r["location"], r["location_country"], r["latitude"], r["longitude"])
    # an actor is where the event took place when the event has a place, else in its country
    actor_geos = [[""] * 8 if not actor else action_geo if action_geo[0] != "" else
                  _gdelt_geo(None, country if _COUNTRY.match(country or "") else None, None, None)
                  for actor, country in ((r["source"], r["source_country"]), (r["target"], r["target_country"]))]
    return ([int(r["event_key"][:15], 16),
             d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "", d.year if d else "",
             f"{d.year + d.timetuple().tm_yday / 365:.4f}" if d else ""]
            + _gdelt_actor(r["source"], r["source_country"], r.get("source_name"))
            + _gdelt_actor(r["target"], r["target_country"], r.get("target_name"))
            + [1 if r.get("first_sentence") == 1 else 0, code, code[:3], r["root"], r["quad_class"],
               r["goldstein"], r["num_mentions"], r["num_sources"], r["num_articles"], 0]
            + actor_geos[0] + actor_geos[1] + action_geo
            + [added, r.get("source_url") or ""])


# an ISO 3166 alpha-3 country, not "IGO" or a role's empty country
_COUNTRY = re.compile(r"^(?!IGO$)[A-Z]{3}$")


def _gdelt_geo(name: str | None, country: str | None, lat, lon) -> list:
    """The 8 fields of one GDELT geo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
    FeatureID; all empty when neither a place nor a country is known."""
    if lat is not None and lon is not None:
        geo_type = 4  # a point: GDELT's "world city"
    elif country:
        geo_type = 1  # a country, no point
    elif name:
        geo_type = 4  # a named place the gazetteer gave no point for
    else:
        return [""] * 8
    return [geo_type, name or "", country or "", "", "", lat, lon, ""]


def _plover_actor(code: str | None, country: str | None) -> dict:
    code, country = code or "", country or ""
    rest = code[len(country):] if country and code.startswith(country) else code
    return {"code": code, "country": country, "sector": rest[:3]}


@cache
def plover_modes() -> Mapping[str, tuple[str, tuple[str, ...]]]:
    """CAMEO code -> (PLOVER mode, PLOVER contexts), from the versioned table
    `ontology/data/plover_modes.json`; read once, immutable."""
    from eventwire.datafiles import package_data
    from eventwire.errors import DataFileError

    path = package_data("eventwire.ontology", "plover_modes.json")
    try:
        codes = json.loads(path.read_text(encoding="utf-8"))["codes"]
        table = {code: (entry["mode"], tuple(entry["context"])) for code, entry in codes.items()}
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise DataFileError(str(path), 1, f"not a PLOVER mode table: {e!r}") from None
    return MappingProxyType(table)


def plover_mode_context(code: str | None) -> tuple[str, tuple[str, ...]]:
    """The PLOVER mode and contexts of a CAMEO code: its own entry, else its nearest listed
    ancestor's (an imported dictionary's "0312X" as 0312); ("", ()) when none has one (roots
    01-02, the residual and root codes, codes that name no manner and no area)."""
    table = plover_modes()
    code = code or ""
    while len(code) >= 2:
        if code in table:
            return table[code]
        code = code[:-1]
    return "", ()


def plover_record(r: dict) -> dict:
    """One event in the PLOVER/POLECAT JSON shape. `mode` and `context` come from eventwire's
    CAMEO -> PLOVER mode table (`plover_mode_context`), empty where the code defines neither.
    An event with no target has a target whose fields are all empty, so every record has the
    same shape."""
    d: date | None = r["event_date"]
    location = None
    if r["location"] or r["location_country"]:
        location = {"name": r["location"] or "", "country": r["location_country"] or "", "lat": r["latitude"],
                    "lon": r["longitude"]}
    mode, context = plover_mode_context(r["code"])
    return {"id": r["event_key"], "date": d.isoformat() if d else None, "event_type": r["plover"] or "",
            "mode": mode, "context": list(context), "cameo": r["code"], "quad_class": r["quad_class"], "goldstein": r["goldstein"],
            "actors": {"source": _plover_actor(r["source"], r["source_country"]),
                       "target": _plover_actor(r["target"], r["target_country"])},
            "location": location,
            "num_mentions": r["num_mentions"], "num_articles": r["num_articles"], "num_sources": r["num_sources"],
            "evidence": {"sentence": r["evidence"], "article": r["first_article"]}}


# -- read-only SQL ----------------------------------------------------------------------------

_PIVOT = re.compile(r"\s*(?:(?:--[^\n]*(?:\n|\Z)|/\*.*?\*/)\s*)*PIVOT(?:_WIDER)?\b", re.IGNORECASE | re.DOTALL)
_EXPLAIN = re.compile(r"\s*EXPLAIN\s+(?:ANALY[SZ]E\s+)?(.*)\Z", re.IGNORECASE | re.DOTALL)


def _first_line(e: Exception) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but one SELECT (or an EXPLAIN of one: EXPLAIN ANALYZE runs its statement,
    so `EXPLAIN ANALYZE COPY … TO 'file'` would write a file)."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as e:
        raise StoreError(f"SQL error: {_first_line(e)}") from None
    if len(statements) != 1:
        raise StoreError(f"eventwire sql is read-only and runs exactly one statement, not {len(statements)}")
    statement = statements[0]
    if statement.type == duckdb.StatementType.EXPLAIN:
        inner = _EXPLAIN.match(statement.query)
        if inner:
            try:
                explained = con.extract_statements(inner.group(1))
            except duckdb.Error as e:
                raise StoreError(f"SQL error: {_first_line(e)}") from None
            if len(explained) == 1 and explained[0].type == duckdb.StatementType.SELECT:
                return
        raise StoreError("eventwire sql is read-only: EXPLAIN is allowed for a SELECT only")
    if statement.type == duckdb.StatementType.MULTI and _PIVOT.match(statement.query):
        return  # DuckDB plans a PIVOT as several statements (it first lists the values); it only reads
    if statement.type != duckdb.StatementType.SELECT:
        kind = str(statement.type).rsplit(".", 1)[-1]
        raise StoreError(f"eventwire sql is read-only: a {kind} statement is not allowed")


def read_sql(store: Store, sql: str) -> pa.Table:
    """Run a user's one read-only statement (check_read_only) on the store's read-only,
    locked-down connection (see store/limits.py: no file but the database, no extension, memory
    and thread caps), stopped after `store.limits.timeout` seconds; a result larger than the
    memory limit is refused rather than held. Every failure is one StoreError line."""
    if not store.read_only:
        raise StoreError("user SQL runs on a database opened read-only only")
    con = store.con
    check_read_only(con, sql)
    limits = store.limits
    cap = size_bytes(limits.memory_limit)

    def run() -> pa.Table:
        return capped_table(con.sql(sql).to_arrow_reader(_SQL_BATCH_ROWS), cap)

    try:
        return timed(con.interrupt, limits.timeout, run)
    except (duckdb.Error, pa.ArrowException) as e:
        message = _first_line(e)
        if "corrupt" in message.lower() or "checksum" in message.lower():
            raise read_error(store.path, e) from None  # the file, not the query, is at fault
        if isinstance(e, duckdb.PermissionException) or "disabled by configuration" in message:
            message += " (eventwire sql reads the event database and nothing else: docs/security.md)"
        elif "out of memory" in message.lower():
            message += (f" (the memory limit is {limits.memory_limit}; raise it with --memory-limit or "
                        f"{ENVIRONMENT['memory_limit']})")
        raise StoreError(f"SQL error: {message}") from None


_SQL_BATCH_ROWS = 65_536


def run_sql(path: str | os.PathLike, sql: str, limits: Limits | None = None) -> pa.Table:
    """Run one read-only statement on a read-only connection of its own (read_sql) and return
    its rows. While an ingest commits a batch it waits (limits.lock_wait) for the file."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: cannot be opened: no such database")
    with Store.open(path, read_only=True, limits=limits) as store:
        return read_sql(store, sql)

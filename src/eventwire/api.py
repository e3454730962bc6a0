"""The Python path for analysts: read an event database as Arrow tables, ingest from Python, coded articles as rows.

Everything here returns `pyarrow.Table`s, which pandas (`table.to_pandas()`) and Polars
(`polars.from_arrow(table)`) read without a copy of their own logic: the columns and types are
the store's, never a frame assembled by hand. The queries are the CLI's own (`eventwire events`,
`eventwire trend`), called with the same filters.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

import pyarrow as pa

from eventwire.errors import InputError
from eventwire.store.db import DEFAULT_DB, StoreError
from eventwire.store.db import Store as _Database
from eventwire.store.export import (EventFilter, FilterError, parse_dyad, query_articles, query_events,
                                    query_quotes, read_sql)
from eventwire.store.ingest import IngestReport
from eventwire.store.ingest import ingest as _ingest
from eventwire.types import Article, CodedArticle, CoderSettings, InputProblem

DateLike = date | datetime | str | None
T = TypeVar("T")


def _lets_go(method: Callable[..., T]) -> Callable[..., T]:
    """Run a Store query, then let go of the file until the next one."""
    @functools.wraps(method)
    def run(self: "Store", *args, **kwargs) -> T:
        try:
            return method(self, *args, **kwargs)
        finally:
            if self._db is not None:
                self._db.release()
    return run


class Store:
    """An event database opened read-only: `Store("events.duckdb")`, best as a context manager.

    Every query method returns a `pyarrow.Table`. The filters are those of `eventwire events`:
    `dyad` ("CHN-RUS" or ("CHN", "RUS"), codes or prefixes), `both` (with a dyad, both
    directions), `actor` (on either side), `root` (a CAMEO root or code prefix), `since` and
    `until` (event dates, inclusive; a date or "YYYY-MM-DD"), `text` (words in an evidence
    sentence) and `limit`.

    The file is held only while a query runs, so an `eventwire ingest` in another process can
    commit between queries (and a query waits while it commits). Queries run on a locked-down
    connection (no file but the database, capped memory and threads: docs/security.md);
    `timeout` (seconds) and `memory_limit` ("4GB") change the limits of `sql()` from their
    defaults and the EVENTWIRE_* variables.
    """

    def __init__(self, path: str | os.PathLike = DEFAULT_DB, *, timeout: float | None = None,
                 memory_limit: str | None = None):
        from eventwire.store.limits import Limits

        limits = Limits.from_env(memory_limit=memory_limit)
        if timeout is not None:
            limits = limits.with_timeout(timeout)
        # read-only: an analyst's notebook must never change, upgrade or lock out the database
        self._db: _Database | None = _Database.open(path, read_only=True, limits=limits)
        self._db.release()
        self.path = Path(path)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"eventwire.Store({str(self.path)!r}{', closed' if self._db is None else ''})"

    def close(self) -> None:
        """Close the store; it holds the file only while a query runs anyway. Closing twice is harmless."""
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def _open(self) -> _Database:
        if self._db is None:
            raise StoreError(f"{self.path}: this Store is closed; open it again with eventwire.Store({str(self.path)!r})")
        return self._db

    # -- queries (each lets go of the file when done: _lets_go) ---------------------------

    @_lets_go
    def events(self, dyad: str | tuple[str, str] | None = None, *, both: bool = False, actor: str | None = None,
               root: str | None = None, since: DateLike = None, until: DateLike = None, text: str | None = None,
               limit: int | None = None) -> pa.Table:
        """The deduplicated events that pass the filters, by date and then most reported first:
        the rows of `eventwire events`, all columns of the `events` table."""
        return query_events(self._open, event_filter(dyad, both=both, actor=actor, root=root, since=since,
                                                     until=until, text=text, limit=limit))

    @_lets_go
    def trend(self, a: str, b: str, *, by: str = "month", since: DateLike = None, until: DateLike = None,
              one_way: bool = False) -> pa.Table:
        """Events between actors `a` and `b` per period and direction, the rows of `eventwire trend
        A B --format csv`: events, mentions, one count per QuadClass, Goldstein sum and mean, top
        event types. `by` is day, week, month, quarter or year; `one_way` keeps a -> b only."""
        from eventwire.store.trends import PERIODS, as_table, trend

        if by not in PERIODS:
            raise FilterError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
        rows = trend(self._open, a, b, by=by, since=as_date(since, "since"), until=as_date(until, "until"),
                     both=not one_way)
        return as_table(rows)

    @_lets_go
    def articles(self, dyad: str | tuple[str, str] | None = None, *, both: bool = False, actor: str | None = None,
                 root: str | None = None, since: DateLike = None, until: DateLike = None, text: str | None = None,
                 limit: int | None = None) -> pa.Table:
        """Stored articles (all columns of `articles`, text included), by story date and id. With
        no filter, every article, those with no event too; with event filters, the articles that
        report at least one event passing them (`since`/`until` are then event dates, as in
        `events`)."""
        f = event_filter(dyad, both=both, actor=actor, root=root, since=since, until=until, text=text)
        return query_articles(self._open, f, limit)

    @_lets_go
    def quotes(self, *, actor: str | None = None, since: DateLike = None, until: DateLike = None,
               text: str | None = None, limit: int | None = None) -> pa.Table:
        """What the articles report people as saying (all columns of `quotes`) with the story
        date and title of their article, by story date, article and position. `actor`: the
        speaker's actor code starts with it; `since`/`until`: the story date; `text`: words in
        the quoted text (case-insensitive, literal)."""
        f = event_filter(None, since=since, until=until, limit=limit)  # checks the dates and the limit
        return query_quotes(self._open, actor, f.since, f.until, text, limit)

    @_lets_go
    def sql(self, query: str) -> pa.Table:
        """One read-only SELECT over the tables (articles, mentions, events, actors, quotes,
        places), as `eventwire sql` runs it."""
        return read_sql(self._open, query)

    @_lets_go
    def counts(self) -> dict[str, int]:
        """Rows per table: articles, mentions, events, actors, quotes, places."""
        return self._open.counts()


def open_store(path: str | os.PathLike = DEFAULT_DB) -> Store:
    """The same as `Store(path)`: an event database opened read-only."""
    return Store(path)


def as_date(value: DateLike, name: str) -> date | None:
    """A filter date from a date, a datetime or "YYYY-MM-DD"; the error names the parameter."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    from eventwire.text.dateline import parse_date
    try:
        return parse_date(value)
    except InputError as e:
        raise FilterError(f"{name}: {e}") from None


def event_filter(dyad: str | tuple[str, str] | None = None, *, both: bool = False, actor: str | None = None,
                 root: str | None = None, since: DateLike = None, until: DateLike = None, text: str | None = None,
                 limit: int | None = None) -> EventFilter:
    """The filter of `eventwire events --dyad … --since …` from Python values."""
    if isinstance(dyad, str):
        dyad = parse_dyad(dyad)
    elif dyad is not None:
        dyad = tuple(dyad)
    return EventFilter(dyad=dyad, both=both, actor=actor, root=root, since=as_date(since, "since"),
                       until=as_date(until, "until"), text=text, limit=limit)


# -- ingesting --------------------------------------------------------------------------------

def ingest(articles: Iterable[Article | InputProblem], db: str | os.PathLike = DEFAULT_DB, *,
           settings: CoderSettings | None = None, resources=None) -> IngestReport:
    """Code and store articles in the database `db` (created if missing), as `eventwire ingest`
    does: an article already stored (by id or by text) is skipped. `articles` are `Article`s,
    or what `eventwire.io.read_inputs(paths)` yields (its bad records land in the report's
    `problems`). The database is closed on return, so a `Store` can open it next."""
    from eventwire.pipeline import default_resources

    resources = resources or default_resources()  # loaded before the file is opened: it takes seconds
    with _Database.open(db) as store:
        return _ingest(articles, store, resources, settings)


# -- coded articles as rows ---------------------------------------------------------------------

# The CSV writer writes dates as ISO text and a missing value as ""; as Python and Arrow values
# they are dates and None, so pandas sees a date column and NaN, not strings.
_DATE_COLUMNS = ("story_date", "event_date")
_TYPES = {"sentence": pa.int32(), "quad_class": pa.int8(), "goldstein": pa.float64(), "latitude": pa.float64(),
          "longitude": pa.float64(), "confidence": pa.float64(), "story_date": pa.date32(),
          "event_date": pa.date32()}


def records(article: CodedArticle) -> list[dict]:
    """One flat dict per event with exactly the CSV output's columns, in its order."""
    from eventwire.io.writers import CSV_COLUMNS, _row

    out = []
    for e in article.events:
        row = _row(article, e)
        for col in _DATE_COLUMNS:
            if col in row:
                row[col] = date.fromisoformat(row[col]) if row[col] else None
        for col, kind in _TYPES.items():
            if col in row and row[col] == "" and not pa.types.is_string(kind):
                row[col] = None
        out.append({col: row.get(col) for col in CSV_COLUMNS})
    return out


def to_arrow(coded: Iterable[CodedArticle]) -> pa.Table:
    """The events of many coded articles (`eventwire.code_articles(...)`) as one Arrow table
    with the CSV output's columns; typed (dates, numbers), with the same schema when empty."""
    from eventwire.io.writers import CSV_COLUMNS

    rows = [r for article in coded for r in records(article)]
    columns = {}
    for col in CSV_COLUMNS:
        values = [r[col] for r in rows]
        kind = _TYPES.get(col, pa.string())
        try:
            columns[col] = pa.array(values, type=kind)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # a column this module has no type for that is not text: let Arrow infer it
            columns[col] = pa.array(values)
    return pa.table(columns)

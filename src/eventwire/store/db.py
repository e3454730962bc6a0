"""The DuckDB event store: open or create it, add coded articles in batches, query it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from eventwire.errors import EventwireError
from eventwire.store.limits import Limits, lock
from eventwire.store.schema import (APP, ARTICLE_COLUMNS, LATEST, MENTION_COLUMNS, MIGRATIONS, PLACE_COLUMNS,
                                    QUOTE_COLUMNS, RUN_COLUMNS)
from eventwire.types import Article, CodedArticle, Event

DEFAULT_DB = "eventwire.duckdb"

# An event dated only by its story (no time expression anywhere before it: precision "story") is
# the same event as one with the same source, target and code that another report dates to the
# day, up to this many days before the story: a weekly's report of Thursday's talks, filed a
# week later, still reports Thursday's talks. The precise date is kept.
STORY_DATE_WINDOW_DAYS = 7


class StoreError(EventwireError):
    """The database file cannot be used: corrupt, another program's, or from a newer eventwire."""


def content_hash(text: str) -> str:
    """The identity of a story's text, so one story under two ids is stored once."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from eventwire.datafiles import package_data, read_jsonl
    return frozenset(rec["code"] for _, rec in read_jsonl(package_data("eventwire.actors", "countries.jsonl")))


def actor_country(code: str) -> str:
    """The country part of an actor code: ISO3, "IGO", or "" for a role with no country ("COP")."""
    if not code:
        return ""
    if code.startswith("IGO"):
        return "IGO"
    return code[:3] if code[:3] in _countries() else ""


def event_key(e: Event) -> str:
    """One event, however many articles report it: the same source, target and code on the same
    day. The place is not part of it: one report names where talks were held and another does
    not, and they are still one meeting."""
    return _key(e.source, e.target, e.code, e.date)


def _key(source: str | None, target: str | None, code: str | None, day: date | None) -> str:
    raw = f"{source}|{target}|{code}|{day.isoformat() if day else ''}"
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=12).hexdigest()


def _precise_before(day: date, precise: list[date]) -> date | None:
    """The latest of `precise` within STORY_DATE_WINDOW_DAYS before `day` (or on it)."""
    inside = [d for d in precise if day - timedelta(days=STORY_DATE_WINDOW_DAYS) <= d <= day]
    return max(inside) if inside else None


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


# what the operating system said, when a DuckDB error carries it: the cause a user can act on
_OS_REASONS = ("No space left on device", "File too large", "Disk quota exceeded", "Read-only file system",
               "Permission denied", "Input/output error", "No such file or directory")


def _cause(e: BaseException) -> str:
    """One line saying why a file operation failed: the file and the system's reason when the
    error names them ('could not write "x.duckdb.wal": No space left on device'), else its first line."""
    text = str(e)
    reason = next((r for r in _OS_REASONS if r.lower() in text.lower()), None)
    if reason is None:
        return _first_line(e)
    quoted = re.search(r'"([^"]+)"', text)
    return f"could not write {quoted.group(1)}: {reason}" if quoted else reason


def _busy(e: duckdb.Error) -> str | None:
    """Who holds the file, when the error is that another connection holds it; else None."""
    text = str(e)
    if isinstance(e, duckdb.ConnectionException) and "different configuration" in text:
        return "another connection of this process"  # a writer, or a reader with other limits
    if isinstance(e, duckdb.IOException) and "lock" in text.lower():
        pid = re.search(r"\(PID (\d+)\)", text)
        return f"another process (PID {pid.group(1)})" if pid else "another process"
    return None


# A reader kept waiting marks the file with this sidecar (its mtime refreshed while it waits), and
# a writer about to open the file gives it a turn first, for at most READER_TURN_SECONDS. Without
# it two writers that take turns (an ingest and another writer) can starve a reader, which polls
# with backoff and so keeps missing the moments between their batches.
READER_TURN_SECONDS = 1.0


def _waiting_readers(path: Path) -> Path:
    return path.with_name(path.name + ".readers-waiting")


def _mark_waiting(marker: Path) -> None:
    try:
        marker.touch()
    except OSError:
        pass  # a folder we may not write to: readers just wait their chance, as before


def _unmark(marker: Path) -> None:
    try:
        marker.unlink(missing_ok=True)
    except OSError:
        pass


def _give_readers_a_turn(marker: Path) -> None:
    """Before a writer opens the file: while a reader has marked it recently, let it in first."""
    deadline = time.monotonic() + READER_TURN_SECONDS
    while time.monotonic() < deadline:
        try:
            if time.time() - marker.stat().st_mtime > READER_TURN_SECONDS:
                return  # left by a reader that gave up or died
        except OSError:
            return
        time.sleep(0.01)


def connect(path: Path, read_only: bool, limits: Limits) -> duckdb.DuckDBPyConnection:
    """A locked-down connection (limits.duckdb_config) to the database file. DuckDB lets one
    process write a file or several read it, so while another holds it this waits, up to
    limits.wait(read_only) seconds: an ingest lets go after every batch, and a writer lets a
    waiting reader in before it takes the file again."""
    marker = _waiting_readers(path)
    if not read_only:
        _give_readers_a_turn(marker)
    try:
        con = _open_waiting(path, read_only, limits, marker)
    finally:
        if read_only:
            _unmark(marker)  # this reader has its turn, or has given up
    try:
        lock(con)
    except BaseException:
        con.close()
        raise
    return con


def _open_waiting(path: Path, read_only: bool, limits: Limits, marker: Path) -> duckdb.DuckDBPyConnection:
    wait = limits.wait(read_only)
    deadline = time.monotonic() + wait
    pause = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=limits.duckdb_config(read_only))
        except duckdb.Error as e:
            holder = _busy(e)
            if holder is None:
                raise _open_error(path, read_only, e) from None
            left = deadline - time.monotonic()
            if left <= 0:
                raise StoreError(f"{path}: in use by {holder}, which did not let go within {wait:g} s "
                                 f"(DuckDB lets one process write a file, or several read it); try again when it "
                                 f"has finished, or wait longer with EVENTWIRE_LOCK_TIMEOUT") from None
            if read_only:
                _mark_waiting(marker)
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.2)


def _open_error(path: Path, read_only: bool, e: duckdb.Error) -> StoreError:
    cause = _cause(e)
    if cause.endswith(("Permission denied", "Read-only file system")):
        doing = "read" if read_only else "write"
        return StoreError(f"{path}: permission denied: cannot {doing} the database file or its folder ({cause})")
    if cause.endswith(_OS_REASONS):
        return StoreError(f"{path}: cannot be opened: {cause}")
    if isinstance(e, duckdb.IOException):
        return StoreError(f"{path}: not a DuckDB database, or damaged ({_first_line(e)})")
    return StoreError(f"{path}: cannot be opened as an event database ({_first_line(e)})")


def read_error(path: Path, e: duckdb.Error) -> StoreError:
    """A failed read as one line: a damaged file says so, anything else names DuckDB's reason."""
    text = str(e)
    if re.search(r"corrupt|checksum|invalidated", text, re.IGNORECASE):
        return StoreError(f"{path}: damaged: a data block cannot be read ({_first_line(e)}); restore the file "
                          f"from a backup, or ingest the inputs again into a new one")
    cause = _cause(e)
    if cause.endswith(("Permission denied",)):
        return StoreError(f"{path}: permission denied while reading ({cause})")
    return StoreError(f"{path}: cannot be read ({cause})")


@dataclass
class Store:
    """An open event database. Use as a context manager, or call close().

    Every connection is locked down (no file but this one, no extensions; for reading, memory
    and thread caps: see limits.py). `release()` lets go of the file between uses, and the next
    use opens it again, waiting for whoever holds it: an ingest releases it while it codes each
    batch, so other processes can read the database, or write it, meanwhile."""

    path: Path
    _con: duckdb.DuckDBPyConnection | None
    read_only: bool = False
    limits: Limits = field(default_factory=Limits.from_env)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False, limits: Limits | None = None) -> "Store":
        path = Path(path)
        limits = limits or Limits.from_env()
        if read_only and not path.exists():
            raise StoreError(f"{path}: no such database; create it with `eventwire ingest --db {path} …`")
        if path.exists() and path.is_dir():
            raise StoreError(f"{path}: is a folder, not a database file")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: the folder {path.parent} does not exist (create it first)")
        if path.exists() and not os.access(path, os.R_OK if read_only else os.R_OK | os.W_OK):
            where = " (it is on a read-only file system)" if os.statvfs(path).f_flag & os.ST_RDONLY else ""
            raise StoreError(f"{path}: permission denied: cannot {'read' if read_only else 'write'} this file{where}")
        store = cls(path, connect(path, read_only, limits), read_only, limits)
        try:
            store._migrate()
        except StoreError:
            store.release()
            raise
        except duckdb.Error as e:
            store.release()
            if read_only:
                raise read_error(path, e) from None
            raise StoreError(f"{path}: cannot be prepared as an event database ({_cause(e)})") from None
        return store

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again (waiting for the file) if it was released."""
        if self._con is None:
            self._con = connect(self.path, self.read_only, self.limits)
        return self._con

    def release(self) -> None:
        """Let go of the file until the next use; what was committed stays."""
        con, self._con = self._con, None
        if con is not None:
            try:
                con.close()
            except duckdb.Error:
                pass  # a connection a failed write has broken: what it committed is on disk already

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.release()

    def _migrate(self) -> None:
        tables = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if tables and "meta" not in tables:
            raise StoreError(f"{self.path}: a DuckDB database, but not an eventwire one (tables: "
                             f"{', '.join(sorted(tables)[:5])}); choose another --db")
        if "meta" in tables:
            meta = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("app") != APP:
                raise StoreError(f"{self.path}: a DuckDB database of another program ({meta.get('app')!r})")
            version = int(meta.get("schema_version", "0"))
        else:
            version = 0
        if version > LATEST:
            raise StoreError(f"{self.path}: written by a newer eventwire (schema {version}, this one knows "
                             f"{LATEST}); upgrade eventwire")
        if version == LATEST:
            return
        if self.read_only:
            raise StoreError(f"{self.path}: needs an upgrade (schema {version} -> {LATEST}); open it for writing once")
        with self._transaction(f"upgrading the schema to version {LATEST}"):
            if version == 0:
                self.con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
                self.con.execute("INSERT INTO meta VALUES ('app', ?), ('schema_version', '0')", [APP])
            for number, _, statements in MIGRATIONS:
                if number <= version:
                    continue
                for sql in statements:
                    self.con.execute(sql)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(number)])

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """One transaction, committed whole or rolled back whole; a failed write (a full disk, a
        read-only folder) is one StoreError naming its cause."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            self._rollback()
            raise StoreError(f"{self.path}: {what} failed and nothing of it was written ({_cause(e)}); "
                             f"the database keeps what it held before") from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # a failed COMMIT has ended the transaction already

    # -- writing ---------------------------------------------------------------------------

    def known(self, articles: Sequence[Article]) -> set[str]:
        """Ids of these articles already stored, by id or by the same text under another id."""
        if not articles:
            return set()
        ids = pa.table({"id": [a.id for a in articles], "h": [content_hash(a.text) for a in articles]})
        self.con.register("_probe", ids)
        try:
            rows = self.con.execute(
                "SELECT p.id FROM _probe p WHERE p.id IN (SELECT id FROM articles) "
                "OR p.h IN (SELECT content_hash FROM articles)").fetchall()
        finally:
            self.con.unregister("_probe")
        return {r[0] for r in rows}

    def start_run(self, eventwire_version: str, data_versions: dict, settings: dict, dictionaries: str | None = None,
                  dictionaries_versions: dict | None = None, model: str = "") -> int:
        """Record an ingest run's provenance (which code, data and settings coded its rows) and
        return its id, for `add(..., run=)`."""
        number = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchall()[0][0]
        values = [number, eventwire_version, json.dumps(data_versions, sort_keys=True), dictionaries,
                  json.dumps(dictionaries_versions, sort_keys=True) if dictionaries_versions is not None else None,
                  model, json.dumps(settings, sort_keys=True)]
        with self._transaction("recording the ingest run"):
            self.con.execute(f"INSERT INTO runs ({', '.join(RUN_COLUMNS)}) VALUES ({', '.join('?' * len(values))})",
                             values)
        return number

    def finish_run(self, run: int, stored: int) -> None:
        with self._transaction("recording the end of the ingest run"):
            self.con.execute("UPDATE runs SET finished_at = current_timestamp, articles_stored = ? WHERE id = ?",
                             [stored, run])

    def add(self, coded: Iterable[tuple[Article, CodedArticle]], run: int | None = None) -> int:
        """Store a batch of coded articles in one transaction: all of it or none of it. Returns
        the number of articles written (one already stored, by id or text, is skipped). `run`
        links each article to the ingest run that coded it (see start_run)."""
        batch = list(coded)
        if not batch:
            return 0
        seen_hashes: set[str] = set()
        rows: dict[str, list] = {c: [] for c in ARTICLE_COLUMNS}
        mentions: dict[str, list] = {c: [] for c in MENTION_COLUMNS}
        quotes: dict[str, list] = {c: [] for c in QUOTE_COLUMNS}
        places: dict[str, list] = {c: [] for c in PLACE_COLUMNS}
        known = self.known([a for a, _ in batch])
        written = 0
        for article, result in batch:
            h = content_hash(article.text)
            if article.id in known or h in seen_hashes:
                continue
            seen_hashes.add(h)
            written += 1
            dl = result.dateline
            for col, value in zip(ARTICLE_COLUMNS, [
                    article.id, h, result.date, article.title, article.url, article.outlet or (dl.agency if dl else ""),
                    dl.place if dl else None, dl.agency if dl else None, article.origin, result.sentences,
                    len(result.events), len(result.quotes), article.text, run, result.date is None]):
                rows[col].append(value)
            outlet = article.outlet or (dl.agency if dl else "") or ""
            for n, e in enumerate(result.events):
                loc = e.location
                for col, value in zip(MENTION_COLUMNS, [
                        article.id, n, event_key(e), e.source, e.target, e.code, e.root, e.name, e.quad_class,
                        e.goldstein, e.plover, actor_country(e.source), actor_country(e.target), e.date, e.date_precision, e.date_text, e.date_certain,
                        loc.name if loc else None, loc.country if loc else None, loc.latitude if loc else None,
                        loc.longitude if loc else None, e.sentence, e.trigger.text, e.trigger.start, e.trigger.end,
                        e.source_span.text if e.source_span else None, e.target_span.text if e.target_span else None,
                        e.speaker, e.confidence, e.pattern, e.evidence, outlet]):
                    mentions[col].append(value)
            for n, q in enumerate(result.quotes):
                for col, value in zip(QUOTE_COLUMNS, [article.id, n, q.sentence, q.direct, q.text, q.span.start,
                                                      q.span.end, q.speaker, q.person, q.actor, q.cue, q.certain]):
                    quotes[col].append(value)
            for n, p in enumerate(result.places):
                for col, value in zip(PLACE_COLUMNS, [article.id, n, p.name, p.country, p.latitude, p.longitude,
                                                      p.kind, p.span.start if p.span else None,
                                                      p.span.end if p.span else None]):
                    places[col].append(value)
        if not written:
            return 0
        with self._transaction(f"storing a batch of {written} article(s)"):
            self._insert("articles", ARTICLE_COLUMNS, rows)
            self._insert("mentions", MENTION_COLUMNS, mentions)
            self._insert("quotes", QUOTE_COLUMNS, quotes)
            self._insert("places", PLACE_COLUMNS, places)
            if mentions["event_key"]:
                moved = self._attach_story_dated(mentions)
                self._refresh(set(mentions["event_key"]) | moved, mentions)
        return written

    def written_by(self, run: int, ids: Sequence[str]) -> set[str]:
        """Which of these article ids the run `run` stored."""
        rows = self.con.execute("SELECT id FROM articles WHERE run_id = ? AND list_contains(?, id)",
                                [run, list(ids)]).fetchall()
        return {r[0] for r in rows}

    def _insert(self, table: str, columns: list[str], data: dict[str, list]) -> None:
        if not data[columns[0]]:
            return
        arrow = pa.table({c: data[c] for c in columns})
        self.con.register("_batch", arrow)
        try:
            cols = ", ".join(columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
        finally:
            self.con.unregister("_batch")

    def _attach_story_dated(self, mentions: dict[str, list]) -> set[str]:
        """Give every mention dated only by its story the key of the nearest same source, target
        and code event dated to the day in the STORY_DATE_WINDOW_DAYS before it, or its own key
        when there is none; for every source/target/code of this batch, old mentions included
        (a precise report may arrive after the vague one). Returns the keys that lost or gained
        mentions, to be recounted."""
        triples = pa.table({"source": mentions["source"], "target": mentions["target"], "code": mentions["code"]})
        self.con.register("_triples", triples)
        try:
            rows = self.con.execute("""
                SELECT m.article_id, m.ordinal, m.event_key, m.source, m.target, m.code, m.event_date,
                       m.date_precision
                FROM mentions m SEMI JOIN (SELECT DISTINCT * FROM _triples) t
                  ON m.source IS NOT DISTINCT FROM t.source AND m.target IS NOT DISTINCT FROM t.target
                 AND m.code IS NOT DISTINCT FROM t.code
                WHERE m.event_date IS NOT NULL AND m.date_precision IN ('day', 'story')""").fetchall()
        finally:
            self.con.unregister("_triples")
        precise: dict[tuple, list[date]] = {}
        for _, _, _, src, tgt, code, day, precision in rows:
            if precision == "day":
                precise.setdefault((src, tgt, code), []).append(day)
        changes: dict[str, list] = {"article_id": [], "ordinal": [], "event_key": []}
        touched: set[str] = set()
        for article_id, ordinal, key, src, tgt, code, day, precision in rows:
            if precision != "story":
                continue
            day_of_event = _precise_before(day, precise.get((src, tgt, code), [])) or day
            wanted = _key(src, tgt, code, day_of_event)
            if wanted != key:
                changes["article_id"].append(article_id)
                changes["ordinal"].append(ordinal)
                changes["event_key"].append(wanted)
                touched |= {key, wanted}
        if changes["event_key"]:
            self.con.register("_moves", pa.table(changes))
            try:
                self.con.execute("""
                    UPDATE mentions SET event_key = mv.event_key FROM _moves mv
                    WHERE mentions.article_id = mv.article_id AND mentions.ordinal = mv.ordinal""")
            finally:
                self.con.unregister("_moves")
        return touched

    def _refresh(self, keys: set[str], mentions: dict[str, list]) -> None:
        """Recount the events these keys name from all their mentions (old and new), and the
        actors the new mentions name."""
        self.con.register("_keys", pa.table({"event_key": sorted(keys)}))
        rank = ("CASE m.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 "
                "WHEN 'year' THEN 3 WHEN 'story' THEN 4 ELSE 5 END")
        best = "m.confidence DESC, m.article_id, m.ordinal"  # the best-evidenced mention, the first of equals
        try:
            # a key whose story-dated mentions all moved to a precisely dated event is gone
            self.con.execute("DELETE FROM events WHERE event_key IN (SELECT event_key FROM _keys) "
                             "AND event_key NOT IN (SELECT event_key FROM mentions)")
            self.con.execute(f"""
                INSERT OR REPLACE INTO events
                SELECT m.event_key,
                       any_value(m.source), any_value(m.target), any_value(m.code), any_value(m.root),
                       any_value(m.name), any_value(m.quad_class), any_value(m.goldstein), any_value(m.plover),
                       any_value(m.source_country), any_value(m.target_country),
                       -- an event a report dates to the day keeps that date, not a story date.
                       -- Ties are broken by article and position, never by the order rows were
                       -- written in, so the result is the same whatever the --batch size; the
                       -- mean is summed exactly (DECIMAL), for the same reason.
                       first(m.event_date ORDER BY {rank}, m.article_id, m.ordinal),
                       first(m.date_precision ORDER BY {rank}, m.article_id, m.ordinal),
                       first(m.location ORDER BY {best}) FILTER (WHERE m.location IS NOT NULL),
                       first(m.location_country ORDER BY {best}) FILTER (WHERE m.location IS NOT NULL),
                       first(m.latitude ORDER BY {best}) FILTER (WHERE m.location IS NOT NULL),
                       first(m.longitude ORDER BY {best}) FILTER (WHERE m.location IS NOT NULL),
                       count(*), count(DISTINCT m.article_id),
                       count(DISTINCT coalesce(nullif(m.outlet, ''), m.article_id)),
                       avg(CAST(m.confidence AS DECIMAL(9, 4)))::DOUBLE, min(m.article_id),
                       first(m.evidence ORDER BY {best})
                FROM mentions m SEMI JOIN _keys k ON m.event_key = k.event_key
                GROUP BY m.event_key""")
        finally:
            self.con.unregister("_keys")
        counts: dict[str, int] = {}
        names: dict[str, str] = {}  # the words an article first used for the actor ("China's army")
        # mention by mention (its source, then its target): the first words in input order name the
        # actor, as they would had the batch been cut anywhere else
        pairs = zip(mentions["source"], mentions["source_text"], mentions["target"], mentions["target_text"])
        for code, text in ((c, t) for s, st, g, gt in pairs for c, t in ((s, st), (g, gt))):
            if code:
                counts[code] = counts.get(code, 0) + 1
                if text and code not in names:
                    names[code] = text
        actors = pa.table({"code": list(counts), "country": [actor_country(c) for c in counts],
                           "name": [names.get(c) for c in counts], "n": list(counts.values())})
        self.con.register("_actors", actors)
        try:
            self.con.execute("""
                INSERT INTO actors
                SELECT code, country, substr(code, length(country) + 1, 3), name, n FROM _actors
                ON CONFLICT (code) DO UPDATE SET mentions = actors.mentions + excluded.mentions,
                                                 name = coalesce(actors.name, excluded.name)""")
        finally:
            self.con.unregister("_actors")

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self.rows(f"SELECT count(*) FROM {t}")[0][0]
                for t in ("articles", "mentions", "events", "actors", "quotes", "places")}

    def query(self, sql: str, params: Sequence = ()) -> pa.Table:
        """Rows of one of eventwire's own queries; a damaged file or a failed read is one StoreError."""
        try:
            return self.con.sql(sql, params=list(params) or None).to_arrow_table()
        except duckdb.Error as e:
            raise read_error(self.path, e) from None

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """As query(), as Python tuples."""
        try:
            return self.con.execute(sql, list(params)).fetchall()
        except duckdb.Error as e:
            raise read_error(self.path, e) from None


"""What the web app does besides HTTP: code off the event loop, open the database briefly, one writer at a time.

Coding runs on coder threads, not in a process pool. spaCy holds the GIL for most of a parse, so
more threads would not code faster on the same interpreter; a process pool would, but every
process loads its own model and dictionaries (seconds and hundreds of MB each) and results would
be pickled back. The coder threads keep the event loop free, so health, page and database
requests are answered while an article is coded (DuckDB releases the GIL while it queries). There
are two, one for ordinary articles and one for long texts, so that a short article is not
queued behind a book chapter; within each, coding requests queue. (Coding in two threads at
once gives the same results as one after the other: the resources are never changed.) A
deployment that needs many articles coded at once runs several servers.

The database file is held only while requests use it. DuckDB lets one process hold a file either
read-only or read-write, and another process (`eventwire ingest`) in only when nobody holds it:
requests that read at the same time share one read-only connection (a cursor each), closed when
the last of them is done; a write opens the file alone. A readers-writer gate orders the two.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from eventwire.store.db import DEFAULT_DB, Store, StoreError
from eventwire.store.limits import ENVIRONMENT, Limits
from eventwire.types import Article, CodedArticle, CoderSettings

MAX_BODY_BYTES = 2 * 1024 * 1024  # the default request body cap
# The longest text one request may code: ten times a long feature story. The body cap leaves room
# for it even when every character is sent as a six-byte JSON escape.
MAX_TEXT_CHARS = 200_000
# How long a request waits for another process (an ingest committing a batch) to let go of the
# database file before it is answered 503, unless EVENTWIRE_LOCK_TIMEOUT says otherwise: shorter
# than the command line's wait, because an HTTP client is waiting too.
LOCK_WAIT = 10.0
# Texts longer than this are coded on their own thread (about two seconds of coding and more).
LONG_TEXT_CHARS = 20_000


class StoreBusy(StoreError):
    """Another program (an `eventwire ingest`) holds the database file: try again shortly."""


class Gate:
    """A readers-writer lock: any number of readers, or one writer. A waiting writer stops new
    readers from entering, so a steady stream of reads cannot keep a write out forever."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Service:
    """The coder's resources and settings, the database path, the coder thread and the gate."""

    def __init__(self, resources, settings: CoderSettings, db: Path | None,
                 dictionaries: Path | None = None) -> None:
        self.resources = resources
        self.settings = settings
        self.db = Path(db) if db is not None else Path(DEFAULT_DB)
        self.dictionaries = dictionaries  # recorded with each run: which dictionaries coded its rows
        self.gate = Gate()
        self.limits = Limits.from_env()  # the caps of every connection (see store/limits.py)
        if not os.environ.get(ENVIRONMENT["lock_wait"], "").strip():
            self.limits = Limits.from_env(lock_wait=LOCK_WAIT)
        self._coder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-coder")
        self._long_coder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-long-coder")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-writer")
        self._pending: list[tuple] = []  # (article, coded, settings, future) waiting to be stored
        self._pending_lock = threading.Lock()
        # one ingest run per coder settings for the server's lifetime, not one per posted article
        self._runs: dict[CoderSettings, int] = {}
        self._stored: dict[int, int] = {}
        self._index = None
        self._index_lock = threading.Lock()
        self._sharing = threading.Lock()  # guards the shared read-only connection and its count
        self._shared: Store | None = None
        self._readers = 0

    def close(self) -> None:
        for coder in (self._coder, self._long_coder):
            coder.shutdown(wait=False, cancel_futures=True)
        self._writer.shutdown(wait=True)  # what was posted and coded is stored before the server stops

    async def code(self, article: Article, settings: CoderSettings) -> CodedArticle:
        """The coded article, coded on a coder thread while the event loop serves others."""
        from eventwire.pipeline import code_articles

        def run() -> CodedArticle:
            return next(iter(code_articles([article], self.resources, settings)))

        lane = self._long_coder if len(article.text) > LONG_TEXT_CHARS else self._coder
        return await asyncio.get_running_loop().run_in_executor(lane, run)

    @contextmanager
    def reading(self) -> Iterator[Store | None]:
        """The database opened read-only for one request, or None when it does not exist yet
        (nothing stored: every listing is empty)."""
        with self.gate.reading():
            if not self.db.exists():
                yield None
                return
            shared = self._share()
            # each request its own cursor: DuckDB's connections are not for two threads at once
            view = dataclasses.replace(shared, _con=shared.con.cursor())
            try:
                yield view
            finally:
                view.close()
                self._unshare()

    def _share(self) -> Store:
        """The read-only connection the requests reading now share, opened by the first of them:
        opening costs more than most queries, and a file held only while someone reads lets a
        writer (this server's, or another process's) in as soon as the reads are over."""
        with self._sharing:
            if self._shared is None:
                self._shared = _open(self.db, True, self.limits)
            self._readers += 1
            return self._shared

    def _unshare(self) -> None:
        with self._sharing:
            self._readers -= 1
            if self._readers == 0 and self._shared is not None:
                self._shared, shared = None, self._shared
                shared.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The database opened for writing (created if missing), this server's only writer."""
        with self.gate.writing():
            store = _open(self.db, False, self.limits)
            try:
                yield store
            finally:
                store.close()

    def stored(self, article: Article) -> dict | None:
        """The stored article this one is, by id or by text (see store.browse.find_article)."""
        from eventwire.store.browse import find_article

        with self.reading() as store:
            return find_article(store, article.id, article.text) if store is not None else None

    async def store(self, article: Article, coded: CodedArticle, settings: CoderSettings) -> tuple[dict, int | None]:
        """Store a coded article as `ingest` would (skipped if its id or text is stored), in an
        ingest run recording the versions and settings that coded it. Returns what is stored
        (`id`, `events`, `undated`) and the run, None when the article was stored before.
        Articles posted while a write is under way are stored together by the next one: one
        opening of the file for all of them, which costs more than adding an article."""
        done: Future = Future()
        with self._pending_lock:
            self._pending.append((article, coded, settings, done))
        self._writer.submit(self._write_pending)
        return await asyncio.wrap_future(done)

    def _write_pending(self) -> None:
        with self._pending_lock:
            batch, self._pending = self._pending, []
        if not batch:
            return  # an earlier call took these articles with its own
        try:
            with self.writing() as store:
                results = self._write(store, batch)
        except BaseException as e:  # every waiting request gets the error, as its own would have
            for *_, done in batch:
                done.set_exception(e)
            return
        for (*_, done), result in zip(batch, results):
            done.set_result(result)

    def _write(self, store: Store, batch: list[tuple]) -> list[tuple[dict, int | None]]:
        from eventwire.store.browse import find_article
        from eventwire.store.db import content_hash

        results: list = [None] * len(batch)
        repeats: dict[int, int] = {}  # a batch item -> the earlier one with its id or its text
        claimed: dict[str, int] = {}  # an id or a text's hash -> the batch item that stores it
        fresh: dict[CoderSettings, list[int]] = {}
        known = store.known([item[0] for item in batch])  # one query; the stored id only for these
        for n, (article, _, settings, _) in enumerate(batch):
            digest = content_hash(article.text)
            found = find_article(store, article.id, article.text) if article.id in known else None
            if found is not None:
                results[n] = (found, None)
            elif article.id in claimed or digest in claimed:
                repeats[n] = claimed.get(article.id, claimed.get(digest))
            else:
                claimed[article.id] = claimed[digest] = n
                fresh.setdefault(settings, []).append(n)
        for settings, items in fresh.items():
            run = self._run(store, settings)
            self._stored[run] += store.add([batch[n][:2] for n in items], run=run)
            store.finish_run(run, self._stored[run])
            for n in items:
                article, coded = batch[n][:2]
                results[n] = ({"id": article.id, "events": len(coded.events), "undated": coded.date is None}, run)
        for n, first in repeats.items():
            results[n] = (results[first][0], None)
        return results

    def _run(self, store: Store, settings: CoderSettings) -> int:
        """This server's ingest run for these settings, recorded on first use."""
        from eventwire.store.browse import run_exists
        from eventwire.store.ingest import provenance

        run = self._runs.get(settings)
        if run is None or not run_exists(store, run):
            run = store.start_run(**provenance(self.resources, settings, self.dictionaries))
            self._runs[settings], self._stored[run] = run, 0
        return run

    def actor_index(self):
        """The actor dictionary indexed for search, built on first use (a tenth of a second)."""
        from eventwire.actors.search import ActorIndex

        with self._index_lock:
            if self._index is None:
                self._index = ActorIndex(self.resources.actors)
            return self._index


def _open(path: Path, read_only: bool, limits: Limits) -> Store:
    try:
        return Store.open(path, read_only=read_only, limits=limits)
    except StoreError as e:
        if "in use" in str(e):
            raise StoreBusy(str(e)) from None
        raise


def article_id(text: str) -> str:
    """An id for a posted text that has none: the same text always gets the same id."""
    return "web-" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


class BodyLimit:
    """ASGI middleware: refuse a request body over `max_bytes` with 413 and a JSON message,
    whether the client declares its length or streams it; a body within the cap is passed on."""

    def __init__(self, app, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        # read the body here, never more than the cap, then hand it on as one message
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        delivered = False

        async def replay():
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the client to disconnect

        await self.app(scope, replay, send)

    async def _refuse(self, send) -> None:
        import json
        body = json.dumps({"error": f"request body too large: the limit is {self.max_bytes} bytes "
                                    f"({self.max_bytes / 2**20:.1f} MiB)"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

"""What the web app does besides HTTP: code off the event loop, open the database briefly, one writer at a time.

Coding runs on one dedicated thread, not a process pool. spaCy holds the GIL for most of a parse,
so a second coding thread would not code faster on the same interpreter; a process pool would,
but every process loads its own model and dictionaries (seconds and hundreds of MB each) and
results would be pickled back. One coder thread keeps the event loop free, so health, page and
database requests are answered while an article is coded (DuckDB releases the GIL while it
queries); coding requests queue behind each other. A deployment that needs several articles
coded at once runs several servers.

The database file is opened per request and closed after it. DuckDB lets one process hold a file
either read-only or read-write, and another process (`eventwire ingest`) in only when nobody holds
it, so no connection outlives its request. Inside the server a readers-writer gate lets reads run
together and gives a write the file alone.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
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
        # one ingest run per coder settings for the server's lifetime, not one per posted article
        self._runs: dict[CoderSettings, int] = {}
        self._stored: dict[int, int] = {}
        self._index = None
        self._index_lock = threading.Lock()

    def close(self) -> None:
        self._coder.shutdown(wait=False, cancel_futures=True)

    async def code(self, article: Article, settings: CoderSettings) -> CodedArticle:
        """The coded article, coded on the coder thread while the event loop serves others."""
        from eventwire.pipeline import code_articles

        def run() -> CodedArticle:
            return next(iter(code_articles([article], self.resources, settings)))

        return await asyncio.get_running_loop().run_in_executor(self._coder, run)

    @contextmanager
    def reading(self) -> Iterator[Store | None]:
        """The database opened read-only for one request, or None when it does not exist yet
        (nothing stored: every listing is empty)."""
        with self.gate.reading():
            if not self.db.exists():
                yield None
                return
            with _opened(self.db, True, self.limits) as store:
                yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The database opened for writing (created if missing), this server's only writer."""
        with self.gate.writing(), _opened(self.db, False, self.limits) as store:
            yield store

    def stored(self, article: Article) -> dict | None:
        """The stored article this one is, by id or by text (see store.browse.find_article)."""
        from eventwire.store.browse import find_article

        with self.reading() as store:
            return find_article(store, article.id, article.text) if store is not None else None

    def store(self, article: Article, coded: CodedArticle, settings: CoderSettings) -> tuple[dict, int | None]:
        """Store a coded article as `ingest` would (skipped if its id or text is stored), in an
        ingest run recording the versions and settings that coded it. Returns what is stored
        (`id`, `events`, `undated`) and the run, None when the article was stored before."""
        from eventwire.store.browse import find_article, run_exists
        from eventwire.store.ingest import provenance

        with self.writing() as store:
            found = find_article(store, article.id, article.text)
            if found is not None:
                return found, None
            run = self._runs.get(settings)
            if run is None or not run_exists(store, run):
                run = store.start_run(**provenance(self.resources, settings, self.dictionaries))
                self._runs[settings], self._stored[run] = run, 0
            self._stored[run] += store.add([(article, coded)], run=run)
            store.finish_run(run, self._stored[run])
        return {"id": article.id, "events": len(coded.events), "undated": coded.date is None}, run

    def actor_index(self):
        """The actor dictionary indexed for search, built on first use (a tenth of a second)."""
        from eventwire.actors.search import ActorIndex

        with self._index_lock:
            if self._index is None:
                self._index = ActorIndex(self.resources.actors)
            return self._index


@contextmanager
def _opened(path: Path, read_only: bool, limits: Limits) -> Iterator[Store]:
    try:
        store = Store.open(path, read_only=read_only, limits=limits)
    except StoreError as e:
        if "in use" in str(e):
            raise StoreBusy(str(e)) from None
        raise
    try:
        yield store
    finally:
        store.close()


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

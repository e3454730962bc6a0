"""Code on every core: a pool of coder processes, each loading the resources once, fed through a
bounded window so that memory stays flat, answering in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.types import Article, CodedArticle, CoderSettings

CHUNK_CHARS = 30_000  # text per task: about 200 sentences, enough for full nlp.pipe batches
CHUNK_ARTICLES = 500
# With `workers=None` (auto), coding starts in this process and the pool starts only once this
# much text has been read: starting a worker costs about as much as coding this much text, so a
# short input is never slower for the pool it did not need.
AUTO_START_CHARS = 200_000


def cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


class WorkerError(EventwireError):
    """A coder process died (killed, out of memory) or could not start."""


# The resources of a worker process: loaded once by `_start_worker` when the process starts and
# read by every task it runs (module state, but only ever inside a worker process).
_WORKER: dict = {}


def _start_worker(dictionaries: Path | None, settings: CoderSettings) -> None:
    from eventwire.pipeline import load_resources
    try:
        _WORKER["resources"] = load_resources(dictionaries) if dictionaries else load_resources()
    except Exception as e:  # noqa: BLE001 — reported by the first task, as the error it is
        _WORKER["error"] = e
    _WORKER["settings"] = settings


def _code_chunk(articles: list[Article]) -> list[CodedArticle]:
    from eventwire.pipeline import code_articles
    if "error" in _WORKER:
        raise _WORKER["error"]
    return list(code_articles(articles, _WORKER["resources"], _WORKER["settings"]))


def _ready() -> None:
    """A task that only makes the pool start one more worker."""


def chunks(articles: Iterable[Article], max_chars: int = CHUNK_CHARS,
           max_articles: int = CHUNK_ARTICLES) -> Iterator[list[Article]]:
    """Consecutive runs of articles of about `max_chars` of text (a longer article alone)."""
    chunk: list[Article] = []
    size = 0
    for article in articles:
        chunk.append(article)
        size += len(article.text)
        if size >= max_chars or len(chunk) >= max_articles:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class ParallelCoder:
    """Codes articles in `workers` processes (None: every core, started once the input proves
    long enough to be worth it; 1: in this process). `code` streams any number of articles in
    input order, holding at most two chunks per worker in flight; `code_batch` codes a list
    (ingest's transactions). Use it as a context manager: leaving it stops the workers.

        with ParallelCoder(workers=None, resources=resources) as coder:
            for coded in coder.code(articles): ...
    """

    def __init__(self, workers: int | None = None, dictionaries: Path | None = None,
                 settings: CoderSettings | None = None, resources=None, chunk_chars: int = CHUNK_CHARS):
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        self.auto = workers is None
        self.workers = cores() if workers is None else workers
        self.dictionaries, self.settings = dictionaries, settings or CoderSettings()
        self.resources = resources  # for in-process coding (one worker, or auto before the pool starts)
        self.chunk_chars = chunk_chars
        self.read_chars = 0
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "ParallelCoder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @property
    def in_process(self) -> bool:
        """Whether the next articles are coded here rather than by the pool."""
        return self.workers == 1 or (self.auto and self.read_chars < AUTO_START_CHARS and self._pool is None)

    def _local(self, articles: list[Article]) -> list[CodedArticle]:
        from eventwire.pipeline import code_articles, load_resources
        if self.resources is None:
            self.resources = load_resources(self.dictionaries) if self.dictionaries else load_resources()
        return list(code_articles(articles, self.resources, self.settings))

    def _submit(self, chunk: list[Article]) -> Future:
        if self._pool is None:
            # spawned, not forked: a fork would copy the parent's threads (DuckDB's, BLAS's) mid-state
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker, initargs=(self.dictionaries, self.settings))
            for _ in range(self.workers):  # start every worker now: they load their resources side by side
                self._pool.submit(_ready)
        return self._pool.submit(_code_chunk, chunk)

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Every article coded, in input order."""
        window: deque[Future] = deque()
        for chunk in chunks(articles, self.chunk_chars):
            self.read_chars += sum(len(a.text) for a in chunk)
            if self.in_process and not window:
                yield from self._local(chunk)
                continue
            window.append(self._submit(chunk))
            if len(window) >= 2 * self.workers:  # bounded: the reader waits for the oldest chunk
                yield from _result(window.popleft())
        while window:
            yield from _result(window.popleft())

    def code_batch(self, articles: list[Article]) -> list[CodedArticle]:
        """A list of articles coded, in order, split so that every worker gets a share."""
        total = sum(len(a.text) for a in articles)
        self.read_chars += total
        if self.in_process:
            return self._local(articles)
        share = max(1, min(self.chunk_chars, total // self.workers + 1))
        futures = [self._submit(c) for c in chunks(articles, share)]
        return [coded for f in futures for coded in _result(f)]


def _result(future: Future) -> list[CodedArticle]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerError("a coder process ended abruptly (killed, or out of memory?); "
                          "try fewer --workers") from None

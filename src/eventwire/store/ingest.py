"""Ingest: read inputs, skip what is stored, code the rest, commit it batch by batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from eventwire.pipeline import Resources, code_articles
from eventwire.store.db import Store
from eventwire.types import Article, CoderSettings, InputProblem

BATCH = 200  # articles per transaction: a crash loses at most one uncommitted batch


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    skipped_known: int = 0  # already in the database (by id or by text)
    stored: int = 0
    events: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def ingest(items: Iterable[Article | InputProblem], store: Store, resources: Resources,
           settings: CoderSettings | None = None, batch: int = BATCH,
           progress: Callable[[int, int], None] | None = None,
           on_problem: Callable[[InputProblem], None] | None = None) -> IngestReport:
    """Code and store every new article of `items`. Each batch is committed on its own, so an
    interrupted ingest keeps every finished batch and a second run codes only what is missing:
    the articles already stored are recognised before coding, by id or by content hash.
    `progress(articles_done, events_done)` is called after each batch."""
    report = IngestReport()
    articles = _articles(items, report, on_problem)
    while True:
        chunk = list(islice(articles, batch))
        if not chunk:
            break
        known = store.known(chunk)
        fresh, seen = [], set()
        for a in chunk:
            if a.id in known or a.id in seen:
                report.skipped_known += 1
            else:
                seen.add(a.id)
                fresh.append(a)
        coded = list(code_articles(fresh, resources, settings)) if fresh else []
        written = store.add(zip(fresh, coded))
        report.skipped_known += len(fresh) - written
        report.stored += written
        report.events += sum(len(c.events) for c in coded)
        if progress is not None:
            progress(len(chunk), sum(len(c.events) for c in coded))
    return report


def _articles(items: Iterable[Article | InputProblem], report: IngestReport,
              on_problem: Callable[[InputProblem], None] | None) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputProblem):
            report.problems.append(item)
            if on_problem is not None:
                on_problem(item)
            continue
        report.read += 1
        yield item

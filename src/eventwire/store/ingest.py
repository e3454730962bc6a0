"""Ingest: read inputs, skip what is stored, code the rest, commit it batch by batch."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from eventwire.pipeline import Resources, code_articles
from eventwire.store.db import Store
from eventwire.types import Article, CodedArticle, CoderSettings, InputProblem

BATCH = 200  # articles per transaction: a crash loses at most one uncommitted batch
# the bundled data whose versions a run records: the lexicon, actors, engine rules, codebook
DATA_PACKAGES = ("eventwire.verbs", "eventwire.actors", "eventwire.events", "eventwire.ontology")


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    skipped_known: int = 0  # already in the database (by id or by text)
    stored: int = 0
    events: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # ids of articles stored with no date found anywhere
    run: int | None = None  # the id of this run in the database's `runs` table


def ingest(items: Iterable[Article | InputProblem], store: Store, resources: Resources,
           settings: CoderSettings | None = None, batch: int = BATCH,
           progress: Callable[[int, int], None] | None = None,
           on_problem: Callable[[InputProblem], None] | None = None,
           dictionaries: Path | None = None,
           on_undated: Callable[[Article], None] | None = None,
           coder: Callable[[list[Article]], list[CodedArticle]] | None = None) -> IngestReport:
    """Code and store every new article of `items`. Each batch is committed on its own, and the
    database file is let go of while a batch is coded (`Store.release`), so other processes can
    read it during a long ingest. An interrupted ingest keeps every finished batch and a second
    run codes only what is missing: the articles already stored are recognised before coding,
    by id or by content hash.
    `progress(articles_done, events_done)` is called after each batch. The run is recorded in
    the `runs` table (versions, settings, `dictionaries`) and each stored article linked to it.
    An article with no date anywhere is stored flagged `undated`, and `on_undated(article)` is
    called (by default: one warning line on stderr)."""
    settings = settings or CoderSettings()
    report = IngestReport()
    report.run = store.start_run(**provenance(resources, settings, dictionaries))
    warn = on_undated or _warn_undated
    articles = _articles(items, report, on_problem)
    while True:
        chunk = list(islice(articles, batch))
        if not chunk:
            break
        known = store.known(chunk)
        # coding takes the time: let go of the file meanwhile, so other processes can read or
        # write the database between this ingest's commits (one open and close per batch)
        store.release()
        fresh, seen = [], set()
        for a in chunk:
            if a.id in known or a.id in seen:
                report.skipped_known += 1
            else:
                seen.add(a.id)
                fresh.append(a)
        # `coder`: the batch coded elsewhere (eventwire.parallel's worker processes), still written here
        coded = (coder(fresh) if coder else list(code_articles(fresh, resources, settings))) if fresh else []
        written = store.add(zip(fresh, coded), run=report.run)
        # only those this batch wrote: a same-text duplicate of a stored story is not stored again
        stored = store.written_by(report.run, [a.id for a in fresh]) if written else set()
        for a, c in zip(fresh, coded):
            for warning in c.warnings:  # a sentence too long to code, an internal error: never silent
                print(f"eventwire: warning: {_where(a)}: {warning}", file=sys.stderr, flush=True)
            if a.id in stored and c.date is None:
                report.undated.append(a.id)
                warn(a)
        report.skipped_known += len(fresh) - written
        report.stored += written
        events = sum(len(c.events) for a, c in zip(fresh, coded) if a.id in stored)
        report.events += events
        if progress is not None:
            progress(len(chunk), events)
    store.finish_run(report.run, report.stored)
    store.release()
    return report


def _where(article: Article) -> str:
    return f"{article.origin} ({article.id})" if article.origin and article.origin != article.id else article.id


def _warn_undated(article: Article) -> None:
    print(f"eventwire: warning: {_where(article)}: no date anywhere (no record date, dateline or page metadata); "
          "stored flagged undated, its events have no date", file=sys.stderr, flush=True)


def provenance(resources: Resources, settings: CoderSettings, dictionaries: Path | None = None) -> dict:
    """What coded a run's rows: eventwire's version, the bundled data versions (from each data
    manifest), an imported dictionary folder and its manifest, the spaCy pipeline, the settings."""
    from eventwire import __version__
    from eventwire.datafiles import package_data

    versions: dict[str, str] = {}
    for package in DATA_PACKAGES:
        manifest = json.loads(package_data(package, "manifest.json").read_text(encoding="utf-8"))
        for name, entry in manifest.items():
            versions[f"{package.split('.')[-1]}/{name}"] = entry.get("version", "") if isinstance(entry, dict) else ""
    folder = None
    if dictionaries is not None:
        path = Path(dictionaries) / "manifest.json"
        folder = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    meta = getattr(resources.nlp, "meta", {}) or {}
    model = f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}".strip() if meta else ""
    return {"eventwire_version": __version__, "data_versions": versions, "settings": asdict(settings),
            "dictionaries": str(dictionaries) if dictionaries is not None else None,
            "dictionaries_versions": folder, "model": model}


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

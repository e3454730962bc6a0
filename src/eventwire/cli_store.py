"""The event-database commands of `eventwire`: ingest, trend, events, export, sql."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from contextlib import contextmanager

from eventwire.errors import EventwireError, ExitCode, InputError, UsageError
from eventwire.types import InputProblem

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = ExitCode.OK, ExitCode.SKIPPED, ExitCode.USAGE


def _date(value, flag: str):
    from eventwire.text.dateline import parse_date
    if not value:
        return None
    try:
        return parse_date(value)
    except InputError as e:
        raise UsageError(f"{flag}: {e}") from None


def cmd_ingest(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
        TimeRemainingColumn

    from eventwire.cli import coder_options, load_coder_resources
    from eventwire.store.db import Store
    from eventwire.store.ingest import ingest

    default_date = _date(args.date, "--date")
    if args.batch < 1:
        raise UsageError("--batch must be at least 1")
    settings, dictionaries = coder_options(args)
    _some_input_exists(args.paths, args.db)
    total = _count_inputs(args.paths)
    with Store.open(args.db) as store:
        before = store.counts()
        store.release()  # readers may use the file while the coder's resources load
        resources = load_coder_resources(dictionaries)
        console = Console(stderr=True)
        problems: list[InputProblem] = []

        def on_problem(p: InputProblem) -> None:
            problems.append(p)
            console.print(f"eventwire: skipped {p}", markup=False, highlight=False)

        started = time.perf_counter()
        columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]} articles/s · {task.fields[events]} events"),
                   TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
        live = console.is_terminal and not args.quiet  # a bar on a terminal, a line per batch in a log
        with Progress(*columns, console=console, disable=not live, transient=False) as bar:
            task = bar.add_task("ingest", total=total, rate="–", events=0)
            done = {"articles": 0, "events": 0}

            def progress(articles: int, events: int) -> None:
                done["articles"] += articles
                done["events"] += events
                elapsed = max(time.perf_counter() - started, 1e-9)
                rate = done["articles"] / elapsed
                bar.update(task, advance=articles, rate=f"{rate:.1f}", events=done["events"])
                if not live and not args.quiet:
                    eta = f", ETA {(total - done['articles']) / rate:.0f} s" if total and rate else ""
                    of = f"/{total}" if total else ""
                    print(f"eventwire: ingest {done['articles']}{of} articles committed, {done['events']} events, "
                          f"{rate:.1f} articles/s{eta}", file=sys.stderr, flush=True)

            with _coder(args, dictionaries, settings, resources, default_date, on_problem) as (items, code_batch):
                report = ingest(items, store, resources, settings, batch=args.batch, progress=progress,
                                on_problem=on_problem, dictionaries=dictionaries, coder=code_batch)
        after = store.counts()
    seconds = time.perf_counter() - started
    print(f"eventwire: read {report.read} article(s): stored {report.stored}, already stored "
          f"{report.skipped_known}, skipped {len(problems)} bad input(s); {report.events} event mention(s) "
          f"in {seconds:.1f} s ({report.read / max(seconds, 1e-9):.1f} articles/s). {args.db}: "
          + ", ".join(f"{k} {after[k]} (+{after[k] - before[k]})" for k in ("articles", "events", "mentions")),
          file=sys.stderr)
    return EXIT_SKIPPED if problems else EXIT_OK


@contextmanager
def _coder(args, dictionaries, settings, resources, default_date, on_problem):
    """What ingest reads and how it codes it: folders of coded partitions (`code --dask`) stored
    as they are; with --dask, the inputs coded on a Dask cluster into a temporary folder of
    partitions first; otherwise read here and coded by --workers processes."""
    from pathlib import Path

    from eventwire.distributed import PrecodedArticles, code_with_dask, is_coded_folder, read_coded

    coded = [Path(p) for p in args.paths if is_coded_folder(Path(p))]
    if coded and len(coded) < len(args.paths):
        raise UsageError("ingest folders of coded partitions on their own, not mixed with other inputs")
    if coded or args.dask:
        with tempfile.TemporaryDirectory(dir=args.db.resolve().parent, prefix=".eventwire-coded-") as tmp:
            if args.dask:
                report = code_with_dask(args.paths, Path(tmp), args.dask, args.workers, dictionaries, settings,
                                        default_date)
                for problem in report.problems:
                    on_problem(problem)
                coded = [Path(tmp)]
            feed = PrecodedArticles((pair for folder in coded for pair in read_coded(folder)), args.batch)
            yield feed.articles(), feed.coder
        return
    from eventwire.io import read_inputs
    from eventwire.parallel import ParallelCoder
    with ParallelCoder(args.workers, dictionaries, settings, resources) as coder:
        yield read_inputs(args.paths, default_date), coder.code_batch


def _some_input_exists(paths: list[str], db) -> None:
    """Refuse a run none of whose inputs exist before the database file is created or changed
    (a mistyped path); an existing input among missing ones is ingested, the missing skipped."""
    from pathlib import Path

    if not any(raw == "-" or Path(raw).exists() for raw in paths):
        raise UsageError(f"{', '.join(paths)}: no such file or folder; nothing was read and {db} was not touched")


def _count_inputs(paths: list[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (text and JSONL files);
    None (no ETA) when a feed or archive is among them."""
    from pathlib import Path

    from eventwire.io.readers import FEED_SUFFIXES, HTML_SUFFIXES, TEXT_SUFFIXES, WARC_SUFFIXES

    total = 0
    for raw in paths:
        if raw == "-":
            return None
        p = Path(raw)
        # a named pipe is never opened here: reading it to count would wait for a writer
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p] if p.is_file() else []
        for f in files:
            suffix = f.suffix.lower()
            if suffix == ".jsonl":
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                total += 1
            elif suffix in FEED_SUFFIXES | {".xml"} or f.name.lower().endswith(WARC_SUFFIXES):
                return None  # a feed or an archive holds an unknown number of articles
    return total


def cmd_trend(args) -> int:
    from eventwire.store.db import Store
    from eventwire.store.trends import as_table, plot, trend

    with Store.open(args.db, read_only=True) as store:
        rows = trend(store, args.a, args.b, by=args.by, since=_date(args.since, "--since"),
                     until=_date(args.until, "--until"), both=not args.one_way)
    if args.plot:
        if not rows:
            raise EventwireError(f"no events between {args.a} and {args.b} in {args.db}: nothing to plot")
        plot(rows, args.plot, f"{args.a.upper()} \u2194 {args.b.upper()} by {args.by}", args.by)
        print(f"eventwire: wrote {args.plot}", file=sys.stderr)
    if args.format == "table":
        _trend_table(rows, f"{args.a.upper()} \u2194 {args.b.upper()} by {args.by} ({args.db})", args.by)
    else:
        _write_rows(as_table(rows), args.format)
    return EXIT_OK


def _trend_table(rows, title: str, by: str) -> None:
    from rich.console import Console

    from eventwire.io.tables import print_trend

    print_trend(Console(), rows, title, by)  # laid out for the terminal's width (COLUMNS when piped)


def cmd_events(args) -> int:
    from eventwire.store.db import Store
    from eventwire.store.export import query_events, write_events

    from eventwire.store.export import check_output

    if args.format == "parquet" and not args.out:
        raise UsageError("--format parquet needs --out FILE")
    if args.out:
        check_output(args.out)  # a missing folder is one line before any work
    f = _filter(args)  # a bad filter is a usage error, whatever the database holds
    with Store.open(args.db, read_only=True) as store:
        table = query_events(store, f)
    if args.format == "table":
        _events_table(table, args.out)
    else:
        write_events(table, args.format, args.out or sys.stdout)
    return EXIT_OK


def _events_table(table, out) -> None:
    """Stored events for people, laid out for the terminal's width (COLUMNS when piped or written
    to a file): dates and codes never cut, the evidence under each event."""
    from rich.console import Console

    from eventwire.io.tables import print_stored_events

    rows = (row for batch in table.to_batches() for row in batch.to_pylist())
    if out:
        with open(out, "w", encoding="utf-8") as stream:
            print_stored_events(Console(file=stream), rows)
    else:
        print_stored_events(Console(), rows)


def cmd_export(args) -> int:
    from eventwire.store.db import Store
    from eventwire.store.export import export

    from eventwire.store.export import check_output

    check_output(args.out)
    f = _filter(args)
    with Store.open(args.db, read_only=True) as store:
        n = export(store, args.format, args.out, f)
    print(f"eventwire: wrote {n} event(s) to {args.out} ({args.format})", file=sys.stderr)
    return EXIT_OK


def cmd_sql(args) -> int:
    from eventwire.store.export import run_sql
    from eventwire.store.limits import Limits

    # the limits of docs/security.md: the EVENTWIRE_* variables, then these options
    limits = Limits.from_env(memory_limit=getattr(args, "memory_limit", None))
    if getattr(args, "timeout", None) is not None:
        limits = limits.with_timeout(args.timeout)
    if not args.db.exists():
        raise EventwireError(f"{args.db}: no such database; create it with `eventwire ingest --db {args.db} …`")
    table = run_sql(args.db, args.query, limits)
    if args.format == "table":
        _rich_table(table, "")
    else:
        _write_rows(table, args.format)
    return EXIT_OK


def _filter(args):
    from eventwire.store.export import EventFilter, parse_dyad

    try:
        dyad = parse_dyad(args.dyad) if args.dyad else None
    except ValueError as e:
        raise UsageError(f"--dyad: {e}") from None
    return EventFilter(dyad=dyad, both=args.both, actor=args.actor, root=args.root,
                       since=_date(args.since, "--since"), until=_date(args.until, "--until"),
                       text=args.text, limit=args.limit)


MIN_COLUMN_WIDTH = 10  # characters a column needs to be readable in a table


def _rich_table(table, title: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from eventwire.text.printable import printable

    console = Console()
    # Text, never markup: stored text and column names may hold "[/]", "[/red]" or "[link=…]"
    names = [Text(printable(name)) for name in table.column_names]
    if table.num_columns and console.width // table.num_columns < MIN_COLUMN_WIDTH:
        # too many columns for the terminal ("SELECT * FROM events"): one record at a time, as
        # psql's expanded display, instead of columns one letter wide
        for n, row in enumerate(table.to_pylist(), 1):
            record = Table(title=Text(f"{title} row {n}".strip()), title_justify="left", show_header=False)
            record.add_column(style="bold", no_wrap=True)
            record.add_column(overflow="fold")
            for name, v in zip(names, row.values()):
                record.add_row(name, Text("" if v is None else printable(str(v))))
            console.print(record)
        return
    out = Table(title=Text(title) if title else None, title_justify="left")
    for name in names:
        out.add_column(name, overflow="fold")
    for row in table.to_pylist():
        out.add_row(*[Text("" if v is None else printable(str(v))) for v in row.values()])
    console.print(out)


def _write_rows(table, fmt: str) -> None:
    if fmt == "csv":
        import csv
        w = csv.writer(sys.stdout)
        w.writerow(table.column_names)
        for row in table.to_pylist():
            w.writerow(["" if v is None else v for v in row.values()])
    else:
        for row in table.to_pylist():
            print(json.dumps(row, ensure_ascii=False, default=str))

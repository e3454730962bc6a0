"""The `eventwire` command: a thin shell over the Python API (code, eval)."""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

from eventwire.datafiles import read_jsonl
from eventwire.errors import EXIT_CODES_HELP, EventwireError, ExitCode, InputError, UsageError
from eventwire.types import Article, CoderSettings, InputProblem

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = ExitCode.OK, ExitCode.SKIPPED, ExitCode.USAGE


class _Parser(argparse.ArgumentParser):
    """argparse with eventwire's usage errors: one line, exit 2, and the nearest option or choice
    when one was mistyped. Abbreviated options are refused: `--no-pair` silently meaning
    `--no-pairs` would change meaning the day another option shares the prefix."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("epilog", EXIT_CODES_HELP)
        super().__init__(*args, **kwargs)
        self.commands: dict[str, _Parser] = {}  # subcommand name -> its parser (see `_active`)
        self.seen: list[str] = []  # the arguments this parser was given, for `error`'s suggestions

    def parse_known_args(self, args=None, namespace=None):
        self.seen = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            parser = self._active(namespace)
            unknown = next((x for x in extras if x.startswith("-") and x != "-"), None)
            if unknown is None:
                parser.error(f"unrecognized arguments: {' '.join(extras)}")
            name = unknown.split("=", 1)[0]
            options = [o for a in parser._actions if a.help != argparse.SUPPRESS for o in a.option_strings]
            close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]}?" if close else f"see {parser.prog} --help"
            parser.print_usage(sys.stderr)
            print(f"{parser.prog}: unknown option {name}; {hint}", file=sys.stderr)
            raise SystemExit(ExitCode.USAGE)
        return namespace

    def _active(self, namespace) -> "_Parser":
        """The (sub)command parser the arguments chose: its options are the ones to suggest."""
        parser = self
        while parser.commands:
            chosen = next((getattr(namespace, dest) for dest in ("command", "dict_command")
                           if getattr(namespace, dest, None) in parser.commands), None)
            if chosen is None:
                break
            parser = parser.commands[chosen]
        return parser

    def error(self, message):  # usage errors: one line and exit 2, as argparse does, but uniform
        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if choice:
            close = difflib.get_close_matches(choice.group(1), re.findall(r"'([^']*)'", choice.group(2)), n=1)
            if close:
                message += f"; did you mean {close[0]}?"
        elif message.startswith("the following arguments are required"):
            # a required option reported missing is often one mistyped: `--verb` for `--verbs`
            known = {o for a in self._actions for o in a.option_strings}
            for arg in self.seen:
                name = arg.split("=", 1)[0]
                close = difflib.get_close_matches(name, known, n=1) if name.startswith("--") else []
                if name not in known and close:
                    message += f"; unknown option {name}: did you mean {close[0]}?"
                    break
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(ExitCode.USAGE)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="eventwire", description="Code news text into CAMEO/PLOVER political events.")
    p.add_argument("--version", action="version", version=_version())
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    p.commands = sub.choices

    c = sub.add_parser("code", help="code articles into events",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Code plain-text articles, JSONL records or standard input.\n\n"
                                   "Example:\n  eventwire code --date 2025-05-15 story.txt\n"
                                   "  eventwire code records.jsonl --format csv > events.csv\n"
                                   "  echo 'Russia attacked Ukraine.' | eventwire code - --format table")
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="text files (one article each), .jsonl files of {id, date, text}, folders, or - for stdin")
    c.add_argument("--date", help="story date YYYY-MM-DD for inputs without one; a dateline's own day wins, taking a missing year from it")
    c.add_argument("--format", choices=["jsonl", "csv", "table"],
                   help="output format (default: table on a terminal, jsonl otherwise)")
    add_coder_options(c)
    add_scale_options(c)
    c.add_argument("--out", type=Path, metavar="DIR",
                   help="with --dask: the folder the coded Parquet partitions are written to "
                        "(then: eventwire ingest --db DB DIR)")

    e = sub.add_parser("eval", help="score predictions against a gold file",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Score PRED (or eventwire's own coding of GOLD's texts) against GOLD.\n\n"
                                   "Example:\n  eventwire eval ../shared/benchmarks/plover-gsr/gold.jsonl\n"
                                   "  eventwire eval gold.jsonl predictions.jsonl --errors 20")
    e.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    e.add_argument("pred", type=Path, nargs="?", metavar="PRED.jsonl")
    e.add_argument("--errors", type=int, default=10, help="show the N worst records (default 10)")
    e.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    add_coder_options(e, when="used when no PRED is given")

    d = sub.add_parser("dictionaries", help="import dictionaries written for other coders")
    dsub = d.add_subparsers(dest="dict_command", parser_class=_Parser)
    d.commands = dsub.choices
    i = dsub.add_parser(
        "import-petrarch", help="convert TABARI/PETRARCH dictionaries into an eventwire dictionary folder",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Convert PETRARCH-1/TABARI or CAMEO 2.0 (PETRARCH-2) dictionaries into DIR; then code\n"
                    "with them: eventwire code --dictionaries DIR ...\n\n"
                    "Every line that is not understood is reported (file:line: what) on stderr and in\n"
                    "DIR/import-report.txt; the rest is imported. Exit 0 if all was understood, else 1\n"
                    "(a partly understood file is imported, and exits 1).\n\n"
                    "Example:\n  eventwire dictionaries import-petrarch --verbs CAMEO.2.0.txt \\\n"
                    "    --actors Phoenix.Countries.actors.txt --actors Phoenix.International.actors.txt \\\n"
                    "    --agents Phoenix.agents.txt --discards Phoenix.discards.txt --out phoenix/")
    i.add_argument("--verbs", type=Path, required=True, metavar="FILE", help="verb dictionary")
    i.add_argument("--actors", type=Path, required=True, action="append", metavar="FILE",
                   help="actor dictionary (repeat for several)")
    i.add_argument("--agents", type=Path, required=True, metavar="FILE", help="agent dictionary")
    i.add_argument("--discards", type=Path, metavar="FILE", help="discard list")
    i.add_argument("--issues", type=Path, metavar="FILE", help="issues list")
    i.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write")
    i.add_argument("--quiet", action="store_true", help="print only the summary")
    _store_parsers(sub)
    from eventwire.cli_serve import add_serve_parser
    add_serve_parser(sub)
    return p


def add_coder_options(p: argparse.ArgumentParser, when: str = "") -> None:
    """The coder options, defined once for every command that codes text (code, ingest, eval),
    so the same switch means the same thing everywhere; `coder_options` reads them back."""
    g = p.add_argument_group("coder options" + (f", {when}" if when else ""))
    g.add_argument("--statements", action="store_true",
                   help="also code bare statements ('X said ...') as CAMEO 010; off by default, as the "
                        "coding conventions say (attribution is not an event)")
    # the default since 010 went off; accepted for one release so that old scripts keep working
    g.add_argument("--no-statements", action="store_true", help=argparse.SUPPRESS)
    g.add_argument("--no-pairs", action="store_true",
                   help="code 'A and B held talks' as A and B each with no target (the CAMEO "
                        "manual's convention) instead of A->B and B->A")
    g.add_argument("--require-dyad", action="store_true", help="drop events that have no target")
    g.add_argument("--no-ner-fallback", action="store_true",
                   help="code only actors in the dictionaries, never unknown names found by NER "
                        "(PETRARCH's new_actor_length = 0)")
    g.add_argument("--dictionaries", type=Path, metavar="DIR",
                   help="code with dictionaries imported into DIR instead of the bundled ones")


def add_scale_options(p: argparse.ArgumentParser) -> None:
    """--workers and --dask, for the commands that code many articles (code, ingest)."""
    g = p.add_argument_group("scaling")
    g.add_argument("--workers", type=_workers, metavar="N",
                   help="coder processes (default: every core, once the input is long enough to "
                        "gain from them; 1: code in this process)")
    g.add_argument("--dask", metavar="SCHEDULER",
                   help="code on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for "
                        "--workers processes on this machine (needs eventwire[dask]; see docs/scaling.md)")


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, at least 1, not {value!r}")
    return n


def coder_options(args: argparse.Namespace) -> tuple[CoderSettings, Path | None]:
    """The CoderSettings and the dictionary folder (None: the bundled dictionaries) that the
    options of `add_coder_options` ask for."""
    if args.no_statements:
        print("eventwire: note: --no-statements is the default now and will be removed; "
              "--statements codes bare statements", file=sys.stderr)
    settings = CoderSettings(statements=args.statements, require_dyad=args.require_dyad,
                             symmetric_pairs=not args.no_pairs, ner_fallback=not args.no_ner_fallback)
    return settings, args.dictionaries


def load_coder_resources(dictionaries: Path | None):
    """The coder's resources: the bundled dictionaries, or those imported into `dictionaries`."""
    from eventwire.pipeline import load_resources
    return load_resources(dictionaries) if dictionaries else load_resources()


def _store_parsers(sub) -> None:
    """`ingest`, `trend`, `events`, `export`, `sql`: the event database."""
    raw = argparse.RawDescriptionHelpFormatter
    db_help = "the database file (default: eventwire.duckdb)"
    g = sub.add_parser("ingest", help="code articles and store them in the event database", formatter_class=raw,
                       description="Code articles and store them, with their events, quotes and places, in a\n"
                                   "DuckDB file. Text, JSONL, HTML, RSS/Atom and WARC inputs; folders are read\n"
                                   "recursively. Articles already stored (same id or same text) are not coded\n"
                                   "again, so an interrupted ingest can simply be run again (the coder options\n"
                                   "apply to the articles coded in this run; stored ones keep their coding).\n\n"
                                   "Example:\n  eventwire ingest --db news.duckdb archive/ feeds/*.xml")
    g.add_argument("paths", nargs="+", metavar="PATH")
    g.add_argument("--db", type=Path, default=Path("eventwire.duckdb"), help=db_help)
    g.add_argument("--date", help="story date YYYY-MM-DD for inputs without one")
    g.add_argument("--batch", type=int, default=200, help="articles per transaction (default 200)")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    add_coder_options(g)
    add_scale_options(g)

    t = sub.add_parser("trend", help="relations between two actors over time", formatter_class=raw,
                       description="Per period and direction: events by QuadClass, Goldstein sum and mean, and\n"
                                   "the top event types, from the deduplicated events.\n\n"
                                   "Example:\n  eventwire trend CHN RUS --by month --plot trend.png")
    t.add_argument("a", metavar="ACTOR_A", help="a country (CHN) or an actor code prefix (CHNMIL, IGOUNO)")
    t.add_argument("b", metavar="ACTOR_B")
    t.add_argument("--by", choices=["day", "week", "month", "quarter", "year"], default="month")
    t.add_argument("--since", help="YYYY-MM-DD")
    t.add_argument("--until", help="YYYY-MM-DD")
    t.add_argument("--one-way", action="store_true", help="only A -> B")
    t.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    t.add_argument("--plot", type=Path, metavar="FILE.png", help="also draw the trend into an image")
    t.add_argument("--db", type=Path, default=Path("eventwire.duckdb"), help=db_help)

    v = sub.add_parser("events", help="list stored events with filters", formatter_class=raw,
                       description="Deduplicated events, filtered.\n\n"
                                   "Example:\n  eventwire events --dyad CHN-RUS --root 04 --since 2025-01-01")
    _filters(v)
    v.add_argument("--format", choices=["table", "csv", "jsonl", "parquet"], default="table")
    v.add_argument("--out", type=Path, help="write to a file (required for parquet)")
    v.add_argument("--db", type=Path, default=Path("eventwire.duckdb"), help=db_help)

    x = sub.add_parser("export", help="export stored events (Parquet, CSV, GDELT 2.0, PLOVER JSON)",
                       formatter_class=raw,
                       description="Example:\n  eventwire export --format gdelt events.tsv\n"
                                   "  eventwire export --format plover --dyad USA-IRN plover.jsonl")
    x.add_argument("out", type=Path, metavar="FILE")
    x.add_argument("--format", choices=["parquet", "csv", "gdelt", "plover"], required=True)
    _filters(x)
    x.add_argument("--db", type=Path, default=Path("eventwire.duckdb"), help=db_help)

    q = sub.add_parser("sql", help="run a read-only SQL query on the event database", formatter_class=raw,
                       description="Tables: articles, mentions, events, actors, quotes, places.\n\n"
                                   "Example:\n  eventwire sql \"SELECT code, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC\"")
    q.add_argument("query", metavar="SQL")
    q.add_argument("--format", choices=["table", "csv", "jsonl"], default="table")
    q.add_argument("--db", type=Path, default=Path("eventwire.duckdb"), help=db_help)
    q.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="stop the query after this long (default 60, or EVENTWIRE_SQL_TIMEOUT; 0: no limit)")
    q.add_argument("--memory-limit", metavar="SIZE",
                   help="DuckDB's memory for the query and the largest result, e.g. 4GB (default 2GB, "
                        "or EVENTWIRE_MEMORY_LIMIT); see docs/security.md")


def _filters(p) -> None:
    p.add_argument("--dyad", metavar="A-B", help="source-target, e.g. CHN-RUS (codes or prefixes)")
    p.add_argument("--both", action="store_true", help="with --dyad: both directions")
    p.add_argument("--actor", help="events with this actor on either side")
    p.add_argument("--root", help="CAMEO root or code prefix, e.g. 19")
    p.add_argument("--since", help="YYYY-MM-DD")
    p.add_argument("--until", help="YYYY-MM-DD")
    p.add_argument("--text", help="words in the evidence sentence")
    p.add_argument("--limit", type=int)


def _version() -> str:
    from eventwire import __version__
    return f"eventwire {__version__}"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "code":
            return cmd_code(args)
        if args.command == "eval":
            return cmd_eval(args)
        if args.command == "dictionaries" and args.dict_command == "import-petrarch":
            return cmd_import_petrarch(args)
        if args.command == "serve":
            from eventwire.cli_serve import cmd_serve
            return cmd_serve(args)
        if args.command in ("ingest", "trend", "events", "export", "sql"):
            from eventwire import cli_store
            return getattr(cli_store, f"cmd_{args.command}")(args)
        _parser().print_help()
        return EXIT_USAGE
    except UsageError as e:
        print(f"eventwire: error: {e}", file=sys.stderr)
        return ExitCode.USAGE
    except EventwireError as e:  # the library's data and database errors: one line, no traceback
        print(f"eventwire: error: {e}", file=sys.stderr)
        return ExitCode.DATA
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()  # `eventwire code ... | head`: the reader left, nothing to report
        return EXIT_OK
    except OSError as e:  # a file that cannot be written or read: say which, not a traceback
        print(f"eventwire: error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}",
              file=sys.stderr)
        return ExitCode.DATA


def cmd_code(args) -> int:
    from eventwire.io import read_inputs, write_csv, write_jsonl, write_table
    from eventwire.parallel import ParallelCoder
    from eventwire.text.dateline import parse_date

    paths = args.paths
    if not paths:
        if sys.stdin.isatty():
            raise _usage("give PATH arguments, or - to read standard input")
        paths = ["-"]
    try:
        default_date = parse_date(args.date) if args.date else None
    except InputError as e:
        raise _usage(f"--date: {e}") from None
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    settings, dictionaries = coder_options(args)
    if args.dask or args.out:
        return _code_dask(args, paths, default_date, settings, dictionaries)
    resources = load_coder_resources(dictionaries)
    problems: list[InputProblem] = []

    def articles():
        for item in read_inputs(paths, default_date):
            if isinstance(item, InputProblem):
                problems.append(item)
                print(f"eventwire: skipped {item}", file=sys.stderr)
            else:
                yield item

    writer = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}[fmt]
    coded = events = 0
    with ParallelCoder(args.workers, dictionaries, settings, resources) as coder:
        for article in writer(coder.code(articles()), sys.stdout):
            coded += 1
            events += len(article.events)
            for warning in article.warnings:
                print(f"eventwire: warning: {article.id}: {warning}", file=sys.stderr)
    print(f"eventwire: coded {coded} record(s), {events} event(s); skipped {len(problems)}", file=sys.stderr)
    return EXIT_SKIPPED if problems else EXIT_OK


def _code_dask(args, paths: list[str], default_date, settings: CoderSettings, dictionaries: Path | None) -> int:
    """`code --dask SCHEDULER --out DIR`: coded Parquet partitions instead of events on stdout."""
    from eventwire.distributed import code_with_dask

    if not (args.dask and args.out):
        raise _usage("--dask and --out go together: the cluster writes coded partitions into the --out folder")
    if args.format:
        raise _usage("--format does not apply with --dask: the output is Parquet partitions in --out")
    report = code_with_dask(paths, args.out, args.dask, args.workers, dictionaries, settings, default_date)
    for problem in report.problems:
        print(f"eventwire: skipped {problem}", file=sys.stderr)
    print(f"eventwire: coded {report.articles} record(s), {report.events} event(s) in {report.partitions} "
          f"partition(s) in {report.seconds:.1f} s; skipped {len(report.problems)}; wrote {args.out} "
          f"(store them: eventwire ingest --db DB {args.out})", file=sys.stderr)
    return EXIT_SKIPPED if report.problems else EXIT_OK


def cmd_import_petrarch(args) -> int:
    from eventwire.dictionaries.petrarch import import_petrarch

    try:
        report = import_petrarch(args.out, args.verbs, args.actors, args.agents, args.discards, args.issues)
    except FileNotFoundError as e:
        raise _usage(f"{e}: no such file") from None
    if not args.quiet:
        for problem in report.problems:
            print(f"eventwire: not understood: {problem}", file=sys.stderr)
    counts = ", ".join(f"{n} {what}" for what, n in report.counts.items())
    print(f"imported {counts} into {args.out}; {len(report.problems)} line(s) not understood"
          + (f" (listed in {args.out / 'import-report.txt'})" if report.problems else ""))
    return EXIT_SKIPPED if report.problems else EXIT_OK


def _usage(message: str) -> SystemExit:
    print(f"eventwire: error: {message}", file=sys.stderr)
    return SystemExit(EXIT_USAGE)


def cmd_eval(args) -> int:
    from eventwire.evaluate import score

    gold = _load_records(args.gold)
    if args.pred:
        pred = _load_records(args.pred)
    else:
        from eventwire.pipeline import code_articles
        settings, dictionaries = coder_options(args)
        articles = [Article(id=rid, text=g["text"], date=_record_date(g)) for rid, g in gold.items()]
        pred = {a.id: {"events": [e.to_dict() for e in a.events]}
                for a in code_articles(articles, load_coder_resources(dictionaries), settings)}
    report = score(gold, pred)
    if args.json:
        print(json.dumps(report.as_dict()))
        return EXIT_OK
    print(f"records: {report.records}")
    for level, s in report.levels.items():
        print(f"{level:12s} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"(tp {s.tp}, predicted {s.predicted}, gold {s.gold}, records right {s.records_right})")
    if report.pentaclass:
        pc = report.pentaclass
        print(f"pentaclass   macro F1 {pc['macro_f1']:.3f}  accuracy {pc['accuracy']:.3f}  "
              f"per class {pc['per_class_f1']}  no event {pc['no_event']}")
    if args.errors and report.errors:
        print(f"\nworst {min(args.errors, len(report.errors))} records:")
        for err in report.errors[: args.errors]:
            print(f"- {err['id']}: gold {err['gold']}  predicted {err['predicted']}\n    {err['text'][:200]}")
    return EXIT_OK


def _record_date(rec: dict):
    from eventwire.text.dateline import parse_date
    try:
        return parse_date(rec["date"]) if rec.get("date") else None
    except InputError:
        return None


def _load_records(path: Path) -> dict[str, dict]:
    if not path.exists():
        raise _usage(f"{path}: no such file")
    out = {}
    for n, rec in read_jsonl(path):
        if "id" not in rec:
            raise EventwireError(f"{path}:{n}: record has no \"id\"")
        out[str(rec["id"])] = rec
    return out


if __name__ == "__main__":
    sys.exit(main())

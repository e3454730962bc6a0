"""Code on a Dask cluster: inputs split into partitions, coded by workers that load the resources
once, written as coded Parquet partitions that `ingest` stores with its usual deduplication."""

from __future__ import annotations

import dataclasses
import functools
import json
import time
import types
import typing
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import DataFileError, EventwireError, InputError, UsageError
from eventwire.types import Article, CodedArticle, CoderSettings, InputProblem

PARTITION_BYTES = 8 * 2**20  # JSONL text per partition: a few minutes of one worker's coding
PARTITION_FILES = 200  # text, HTML, feed or WARC files per partition
MANIFEST = "eventwire-coded.json"  # marks a folder of coded partitions, and says what coded them
FORMAT = 1
ARTICLE_COLUMNS = ("id", "text", "date", "origin", "title", "url", "outlet")
PLUGIN = "eventwire-resources"


class DaskError(EventwireError):
    """Dask is not installed, the scheduler cannot be reached, or a partition failed."""


@dataclass(frozen=True)
class Partition:
    """One task's share of the inputs: a byte range of a JSONL file (its first line's number, so
    that ids and error locations are the file's), row groups of a Parquet file, or whole files."""

    index: int
    kind: str  # "jsonl" | "parquet" | "files"
    paths: tuple[str, ...]
    start: int = 0  # jsonl: byte offset; parquet: first row group
    end: int = 0  # jsonl: byte offset (exclusive); parquet: row group (exclusive)
    first: int = 1  # jsonl: the number of the first line; parquet: of the first row


@dataclass
class DaskReport:
    partitions: int = 0
    articles: int = 0
    events: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0
    out: Path | None = None


# --- splitting the inputs ---------------------------------------------------------------------

def partitions(paths: list[str], partition_bytes: int = PARTITION_BYTES) -> tuple[list[Partition], list[InputProblem]]:
    """The inputs' partitions, in input order, and the inputs that cannot be read at all."""
    from eventwire.io.readers import TEXT_SUFFIXES, _web_kind

    out: list[Partition] = []
    problems: list[InputProblem] = []
    loose: list[str] = []

    def flush() -> None:
        for i in range(0, len(loose), PARTITION_FILES):
            out.append(Partition(len(out), "files", tuple(loose[i:i + PARTITION_FILES])))
        loose.clear()

    for raw in paths:
        path = Path(raw)
        if raw == "-":
            problems.append(InputProblem(raw, "standard input cannot be shared out to a cluster; give files"))
            continue
        if not path.exists():
            problems.append(InputProblem(raw, "no such file"))
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file() and (
            p.suffix.lower() in TEXT_SUFFIXES | {".jsonl", ".parquet"} or _web_kind(p))) if path.is_dir() else [path]
        if not files:
            problems.append(InputProblem(raw, "folder has no .txt, .jsonl, .parquet, .html, RSS/Atom or .warc files"))
        for p in files:
            suffix = p.suffix.lower()
            if suffix in (".jsonl", ".parquet"):
                flush()
                split = _jsonl_ranges if suffix == ".jsonl" else _parquet_groups
                base = len(out)
                out.extend([dataclasses.replace(part, index=base + i) for i, part in enumerate(split(p, partition_bytes))])
            else:
                loose.append(str(p))
    flush()
    return out, problems


def _jsonl_ranges(path: Path, partition_bytes: int) -> Iterator[Partition]:
    """Byte ranges of about `partition_bytes` that end at line ends, with their first line's number.
    A UTF-16 or UTF-32 file (two-byte line ends) is one partition, read as `eventwire code` reads it."""
    with path.open("rb") as f:
        head = f.read(4)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:4] == b"\x00\x00\xfe\xff":
            yield Partition(0, "files", (str(path),))
            return
        f.seek(0)
        start, line = 0, 1
        while True:
            f.seek(start)
            block = f.read(partition_bytes)
            if not block:
                return
            rest = f.readline()  # to the end of the line the block stopped in
            end = start + len(block) + len(rest)
            yield Partition(0, "jsonl", (str(path),), start, end, line)
            line += block.count(b"\n") + rest.count(b"\n")
            start = end


def _parquet_groups(path: Path, partition_bytes: int) -> Iterator[Partition]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    group, row, size, first_row = 0, 1, 0, 1
    for g in range(meta.num_row_groups):
        size += meta.row_group(g).total_byte_size
        row += meta.row_group(g).num_rows
        if size >= partition_bytes or g == meta.num_row_groups - 1:
            yield Partition(0, "parquet", (str(path),), group, g + 1, first_row)
            group, size, first_row = g + 1, 0, row


# --- reading one partition (on a worker) -------------------------------------------------------

def read_partition(part: Partition, default_date: date | None) -> Iterator[Article | InputProblem]:
    """The records of one partition, as `read_inputs` would give them for the whole file."""
    if part.kind == "files":
        from eventwire.io import read_inputs
        yield from read_inputs(list(part.paths), default_date)
    elif part.kind == "jsonl":
        yield from _jsonl_part(part, default_date)
    else:
        yield from _parquet_part(part, default_date)


def _jsonl_part(part: Partition, default_date: date | None) -> Iterator[Article | InputProblem]:
    from eventwire.io.readers import MAX_RECORD_BYTES, _decode, _json_record, _lines, _LongLine

    path = part.paths[0]
    with open(path, "rb") as f:
        f.seek(part.start)
        remaining = part.end - part.start

        def blocks() -> Iterator[bytes]:
            nonlocal remaining
            while remaining > 0:
                block = f.read(min(remaining, 2**20))
                if not block:
                    return
                remaining -= len(block)
                yield block
        for n, raw in enumerate(_lines(blocks()), part.first):
            where = f"{path}:{n}"
            if raw is _LongLine:
                yield InputProblem(where, f"line is longer than {MAX_RECORD_BYTES // 2**20} MiB, too big for one article")
            elif raw.strip():
                line = _decode(raw, where)
                yield line if isinstance(line, InputProblem) else _json_record(line, n, where, default_date)


def _parquet_part(part: Partition, default_date: date | None) -> Iterator[Article | InputProblem]:
    """Rows of a Parquet file's row groups: a "text" column, and "id", "date", "title", "url",
    "outlet" when present (no id: the row's number, as a JSONL record's is its line's)."""
    import pyarrow.parquet as pq

    path = part.paths[0]
    pf = pq.ParquetFile(path)
    if "text" not in pf.schema_arrow.names:
        yield InputProblem(path, 'no "text" column')
        return
    columns = [c for c in ARTICLE_COLUMNS if c in pf.schema_arrow.names and c != "origin"]
    n = part.first
    for group in range(part.start, part.end):
        for rec in pf.read_row_group(group, columns=columns).to_pylist():
            yield _parquet_record(rec, n, f"{path}:row {n}", default_date)
            n += 1


def _parquet_record(rec: dict, n: int, where: str, default_date: date | None) -> Article | InputProblem:
    from eventwire.text.dateline import parse_date

    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(where, "empty text" if isinstance(text, str) else '"text" is missing or not a string')
    day = rec.get("date") or default_date
    if isinstance(day, datetime):
        day = day.date()
    elif isinstance(day, str):
        try:
            day = parse_date(day)
        except InputError as e:
            return InputProblem(where, f'column "date": {e}')
    raw_id = rec.get("id")
    extra = {k: str(rec[k]) for k in ("title", "url", "outlet") if rec.get(k)}
    return Article(id=str(n) if raw_id in (None, "") else str(raw_id), text=text, date=day, origin=where, **extra)


# --- coding on the workers ---------------------------------------------------------------------

def _plugin_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin

    class ResourcesPlugin(WorkerPlugin):
        """Loads the coder's resources once per worker, when the worker joins (or the plugin is registered)."""

        name = PLUGIN

        def __init__(self, dictionaries: str | None):
            self.dictionaries = dictionaries
            self.resources = None

        def setup(self, worker) -> None:
            from eventwire.pipeline import load_resources
            folder = Path(self.dictionaries) if self.dictionaries else None
            self.resources = load_resources(folder) if folder else load_resources()

    return ResourcesPlugin


def code_partition(part: Partition, out: str, settings: CoderSettings, default_date: date | None) -> dict:
    """Runs on a worker: code one partition with the worker's resources and write it to
    out/part-NNNNN.parquet. Returns counts and the partition's bad records."""
    from distributed import get_worker
    from eventwire.pipeline import code_articles

    resources = get_worker().plugins[PLUGIN].resources
    problems: list[InputProblem] = []
    articles: list[Article] = []
    for item in read_partition(part, default_date):
        (problems if isinstance(item, InputProblem) else articles).append(item)
    coded = list(code_articles(articles, resources, settings))
    write_partition(Path(out) / f"part-{part.index:05d}.parquet", articles, coded)
    return {"articles": len(articles), "events": sum(len(c.events) for c in coded),
            "problems": [(p.origin, p.message) for p in problems]}


def write_partition(path: Path, articles: list[Article], coded: list[CodedArticle]) -> None:
    """The articles (so that ingest can deduplicate and store them) with their coding as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list] = {c: [getattr(a, c) for a in articles] for c in ARTICLE_COLUMNS}
    columns["events"] = [len(c.events) for c in coded]
    columns["coded"] = [json.dumps(_plain(c), ensure_ascii=False) for c in coded]
    schema = pa.schema([(c, pa.date32() if c == "date" else pa.string()) for c in ARTICLE_COLUMNS]
                       + [("events", pa.int32()), ("coded", pa.string())])
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(pa.table(columns, schema=schema), tmp)
    tmp.replace(path)  # a partition is there whole or not at all


def code_with_dask(paths: list[str], out: Path, scheduler: str = "local", workers: int | None = None,
                   dictionaries: Path | None = None, settings: CoderSettings | None = None,
                   default_date: date | None = None, partition_bytes: int = PARTITION_BYTES,
                   on_partition: Callable[[dict], None] | None = None) -> DaskReport:
    """Code `paths` on a Dask cluster into coded Parquet partitions in `out` (a folder).
    `scheduler` is a scheduler's address ("tcp://host:8786") or "local" for a LocalCluster of
    `workers` processes (default: every core) on this machine. On a real cluster, every worker
    must see `paths`, `out` and `dictionaries` at the same paths (a shared file system)."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise DaskError("the Dask path needs dask and distributed: pip install 'eventwire[dask]'") from None
    from eventwire.parallel import cores

    settings = settings or CoderSettings()
    if dictionaries is not None and not dictionaries.is_dir():
        raise DataFileError(str(dictionaries), 0, "no such dictionary folder")
    started = time.perf_counter()
    parts, problems = partitions(paths, partition_bytes)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.parquet"):  # a folder reused: its old partitions are not this run's
        old.unlink()
    report = DaskReport(partitions=len(parts), problems=problems, out=out)
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers or cores(), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="30s")
    except OSError as e:
        raise DaskError(f"cannot reach the Dask scheduler {scheduler}: {e}") from None
    try:
        client.register_plugin(_plugin_class()(str(dictionaries.resolve()) if dictionaries else None), name=PLUGIN)
        futures = client.map(code_partition, parts, out=str(out.resolve()), settings=settings,
                             default_date=default_date, pure=False)
        for future in as_completed(futures):
            try:
                done = future.result()
            except EventwireError:
                raise
            except Exception as e:  # noqa: BLE001 — a worker's failure, told as one line
                raise DaskError(f"a partition failed on a Dask worker: {type(e).__name__}: {e}") from None
            report.articles += done["articles"]
            report.events += done["events"]
            report.problems += [InputProblem(o, m) for o, m in done["problems"]]
            if on_partition is not None:
                on_partition(done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    _write_manifest(out, report, settings, dictionaries)
    report.seconds = time.perf_counter() - started
    return report


def _write_manifest(out: Path, report: DaskReport, settings: CoderSettings, dictionaries: Path | None) -> None:
    from eventwire import __version__
    (out / MANIFEST).write_text(json.dumps({
        "format": FORMAT, "eventwire_version": __version__, "partitions": report.partitions,
        "articles": report.articles, "events": report.events, "settings": dataclasses.asdict(settings),
        "dictionaries": str(dictionaries) if dictionaries else None}, indent=1) + "\n", encoding="utf-8")


# --- reading coded partitions back (ingest) ----------------------------------------------------

def is_coded_folder(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def read_coded(folder: Path) -> Iterator[tuple[Article, CodedArticle]]:
    """The articles of a folder of coded partitions with their coding, partition by partition."""
    import pyarrow.parquet as pq

    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise UsageError(f"{folder / MANIFEST}: not a coded-partitions manifest ({e})") from None
    if manifest.get("format") != FORMAT:
        raise UsageError(f"{folder / MANIFEST}: format {manifest.get('format')!r}, this eventwire reads {FORMAT}")
    for path in sorted(folder.glob("part-*.parquet")):
        pf = pq.ParquetFile(path)
        for group in range(pf.metadata.num_row_groups):
            for row in pf.read_row_group(group).to_pylist():
                article = Article(**{c: row[c] or "" for c in ARTICLE_COLUMNS if c != "date"}, date=row["date"])
                try:
                    coded = _build(CodedArticle, json.loads(row["coded"]))
                except (ValueError, TypeError, KeyError) as e:
                    raise EventwireError(f"{path}: article {article.id!r}: coding not readable ({e})") from None
                yield article, coded


class PrecodedArticles:
    """Feeds `ingest` the articles of coded partitions, and gives back each one's coding when
    ingest asks for the batch it kept after deduplication (`coder`)."""

    def __init__(self, pairs: Iterator[tuple[Article, CodedArticle]], batch: int):
        self.pairs, self.batch = pairs, batch
        self.pending: OrderedDict[int, tuple[Article, CodedArticle]] = OrderedDict()

    def articles(self) -> Iterator[Article]:
        for article, coded in self.pairs:
            self.pending[id(article)] = (article, coded)
            while len(self.pending) > 2 * self.batch:  # a batch ingest found all stored: never asked for
                self.pending.popitem(last=False)
            yield article

    def coder(self, fresh: list[Article]) -> list[CodedArticle]:
        coded = [self.pending[id(a)][1] for a in fresh]
        self.pending.clear()
        return coded


def _plain(value: Any) -> Any:
    """A record as JSON values: dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _build(kind: Any, value: Any) -> Any:
    """`_plain`'s inverse, by the field types: nested records, tuples, optional values, dates."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        return tuple(_build(typing.get_args(kind)[0], v) for v in value)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{f.name: _build(hints[f.name], value[f.name]) for f in dataclasses.fields(kind) if f.name in value})
    if kind is date:
        return date.fromisoformat(value)
    return value


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)  # resolving the string annotations is slow; the record types are few

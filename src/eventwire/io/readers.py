"""Turn files, folders and standard input into Article records, reporting bad records as problems."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from eventwire.errors import InputError
from eventwire.text.dateline import parse_date
from eventwire.types import Article, InputProblem

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom"}
WARC_SUFFIXES = (".warc", ".warc.gz")


def read_inputs(paths: list[str], default_date: date | None = None,
                stdin=None) -> Iterator[Article | InputProblem]:
    """Every record of every input, in order; a bad record becomes an InputProblem, never an
    exception, so one broken line does not stop the batch."""
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes(stream.read(), "<stdin>", default_date, sniff=True)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (
                p.suffix.lower() in TEXT_SUFFIXES or p.suffix.lower() == ".jsonl" or _web_kind(p)))
            if not files:
                yield InputProblem(raw, "folder has no .txt, .jsonl, .html, RSS/Atom or .warc files")
            for p in files:
                yield from _read_file(p, default_date)
        elif not path.exists():
            yield InputProblem(raw, "no such file")
        else:
            yield from _read_file(path, default_date)


def _web_kind(path: Path) -> str | None:
    """'html', 'feed' or 'warc' for a web format, by suffix; a .xml file only if it holds a feed."""
    suffix = path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES):
        return "warc"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES or (suffix == ".xml" and _web().looks_like_feed(path)):
        return "feed"
    return None


def _web():
    # imported on first use: trafilatura, feedparser and warcio are slow to import and most runs read text
    from eventwire.io import web
    return web


def _read_file(path: Path, default_date: date | None) -> Iterator[Article | InputProblem]:
    kind = _web_kind(path)
    if kind is not None:
        web = _web()
        reader = {"html": web.read_html, "feed": web.read_feed, "warc": web.read_warc}[kind]
        yield from reader(path, default_date)
        return
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, str(path), default_date)
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputProblem(str(path), f"cannot read: {e.strerror}")
        return
    yield from _read_bytes(data, str(path), default_date, sniff=False, stem=path.stem)


def _read_bytes(data: bytes, origin: str, default_date, sniff: bool, stem: str = "stdin"):
    if sniff and data.lstrip()[:1] == b"{":
        yield from _jsonl_lines(data.splitlines(), origin, default_date)
        return
    text = _decode(data, origin)
    if isinstance(text, InputProblem):
        yield text
    elif not text.strip():
        yield InputProblem(origin, "empty text")
    else:
        yield Article(id=stem, text=text, date=default_date, origin=origin)


def _decode(data: bytes, origin: str) -> str | InputProblem:
    if b"\x00" in data[:8192]:
        return InputProblem(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return InputProblem(origin, f"not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})")


def _read_jsonl(path: Path, origin: str, default_date) -> Iterator[Article | InputProblem]:
    try:
        with path.open("rb") as f:
            yield from _jsonl_lines(f, origin, default_date)
    except OSError as e:
        yield InputProblem(origin, f"cannot read: {e.strerror}")


def _jsonl_lines(lines, origin: str, default_date) -> Iterator[Article | InputProblem]:
    for n, raw in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if not raw.strip():
            continue
        line = _decode(raw, where)
        if isinstance(line, InputProblem):
            yield line
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(where, f"not JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict):
            yield InputProblem(where, "not a JSON object")
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield InputProblem(where, 'no "text" field' if text is None else '"text" is not a string')
            continue
        if not text.strip():
            yield InputProblem(where, "empty text")
            continue
        day = default_date
        if rec.get("date"):
            try:
                day = parse_date(rec["date"])
            except InputError as e:
                yield InputProblem(where, f'field "date": {e}')
                continue
        yield Article(id=str(rec.get("id", n)), text=text, date=day, origin=where)

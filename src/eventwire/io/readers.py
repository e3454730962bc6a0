"""Turn files, folders and standard input into Article records, reporting bad records as problems."""

from __future__ import annotations

import json
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain
from pathlib import Path

from eventwire.errors import InputError
from eventwire.text.dateline import parse_date
from eventwire.text.printable import printable
from eventwire.types import Article, InputProblem

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom"}
WARC_SUFFIXES = (".warc", ".warc.gz")
# One article (a text file, a JSON line) is held in memory whole; anything bigger is no article
# but a dump or an accident, and is skipped with a problem instead of filling the memory.
MAX_RECORD_BYTES = 16 * 1024 * 1024
_READ_BLOCK = 1024 * 1024
# byte-order marks, longest first: a UTF-32-LE mark begins with the UTF-16-LE one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read_inputs(paths: list[str], default_date: date | None = None,
                stdin=None) -> Iterator[Article | InputProblem]:
    """Every record of every input, in order; a bad record becomes an InputProblem, never an
    exception, so one broken line does not stop the batch. A problem's text is printable: the
    bytes of a damaged file are shown as escapes, never sent raw to a terminal."""
    for item in _read_all(paths, default_date, stdin):
        if isinstance(item, InputProblem):
            item = InputProblem(printable(item.origin, keep_newlines=False),
                                printable(item.message, keep_newlines=False))
        yield item


def _read_all(paths: list[str], default_date: date | None, stdin) -> Iterator[Article | InputProblem]:
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(stream, "<stdin>", default_date)
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
        elif not path.is_file():
            yield InputProblem(raw, _not_regular(path))
        else:
            yield from _read_file(path, default_date)


def _not_regular(path: Path) -> str:
    """Why a path that is neither a file nor a folder is refused: reading a named pipe or a
    device waits for a writer or never ends, so a stream comes in through '-' (standard input)."""
    try:
        mode = path.stat().st_mode
    except OSError as e:
        return f"cannot read: {e.strerror}"
    kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file but {kind}; to read a stream, pipe it into standard input and pass '-'"


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
    origin = str(path)
    try:
        with path.open("rb") as f:
            if path.suffix.lower() == ".jsonl":
                yield from _jsonl_stream(f, origin, default_date)
                return
            data = f.read(MAX_RECORD_BYTES + 1)
    except OSError as e:
        yield InputProblem(origin, f"cannot read: {e.strerror}")
        return
    if len(data) > MAX_RECORD_BYTES:
        yield InputProblem(origin, f"file is larger than {MAX_RECORD_BYTES // 2**20} MiB, too big for one article; "
                                   "skipped (split it, or make it a .jsonl file with one article a line)")
        return
    yield from _text_article(data, origin, default_date, stem=path.stem)


def _read_stream(stream, origin: str, default_date) -> Iterator[Article | InputProblem]:
    """Standard input: JSON lines if it starts with "{" (read line by line, however long the
    stream), else one article of text."""
    head = stream.read(_READ_BLOCK)
    encoding = _bom(head)
    if encoding is None and head.lstrip()[:1] == b"{":
        yield from _jsonl_lines(_lines(chain([head], iter(lambda: stream.read(_READ_BLOCK), b""))),
                                origin, default_date)
        return
    data = head + stream.read(MAX_RECORD_BYTES + 1 - len(head))
    if len(data) > MAX_RECORD_BYTES:
        yield InputProblem(origin, f"text is larger than {MAX_RECORD_BYTES // 2**20} MiB, too big for one article; "
                                   "skipped (send JSON lines, one article a line)")
        return
    text = _decode(data, origin)
    if isinstance(text, str) and text.lstrip()[:1] == "{":  # JSON lines in UTF-16
        yield from _jsonl_lines(text.splitlines(), origin, default_date)
        return
    yield from _text_article(data, origin, default_date, stem="stdin", decoded=text)


def _text_article(data: bytes, origin: str, default_date, stem: str,
                  decoded: str | InputProblem | None = None) -> Iterator[Article | InputProblem]:
    text = _decode(data, origin) if decoded is None else decoded
    if isinstance(text, InputProblem):
        yield text
    elif not text.strip():
        yield InputProblem(origin, "empty text")
    else:
        yield Article(id=stem, text=text, date=default_date, origin=origin)


def _bom(data: bytes) -> str | None:
    return next((name for mark, name in _BOMS if data.startswith(mark)), None)


def _decode(data: bytes, origin: str) -> str | InputProblem:
    """Text from bytes: UTF-8, or UTF-16/UTF-32 when a byte-order mark says so (Windows tools
    save "Unicode" text as UTF-16 with a mark) or the NULs of unmarked UTF-16 do; anything else
    is named, not guessed."""
    encoding = _bom(data)
    if encoding is None and b"\x00" in data[:8192]:
        encoding = _utf16_order(data[:8192])
        if encoding is None:
            return InputProblem(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as e:
        if encoding in (None, "utf-8-sig"):
            return InputProblem(origin, f"not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})")
        return InputProblem(origin, f"not valid {encoding.upper()} text ({e.reason} at byte {e.start})")


def _utf16_order(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a mark, told by its NULs: in
    text of Latin letters every other byte is NUL, and only those; None for anything else."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 4 or len(head) % 2:
        return None
    if odd.count(0) >= 0.9 * len(odd) and 0 not in even:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and 0 not in odd:
        return "utf-16-be"
    return None


def _jsonl_stream(f, origin: str, default_date) -> Iterator[Article | InputProblem]:
    """A .jsonl file line by line, its lines bounded; a UTF-16 file is decoded whole first
    (its line breaks are two bytes), an empty one reported as empty."""
    head = f.read(4)
    f.seek(0)
    if _bom(head) in ("utf-16", "utf-32"):
        data = f.read(MAX_RECORD_BYTES + 1)
        if len(data) > MAX_RECORD_BYTES:
            yield InputProblem(origin, f"a UTF-16 or UTF-32 .jsonl file is read whole, and this one is larger than "
                                       f"{MAX_RECORD_BYTES // 2**20} MiB; save it as UTF-8")
            return
        text = _decode(data, origin)
        lines: Iterable = [text] if isinstance(text, InputProblem) else text.splitlines()
    else:
        lines = _lines(iter(lambda: f.read(_READ_BLOCK), b""))
    yield from _jsonl_lines(lines, origin, default_date)


class _LongLine:
    """A line longer than MAX_RECORD_BYTES, skipped without being held in memory."""


def _lines(blocks: Iterable[bytes]) -> Iterator[bytes | type[_LongLine]]:
    """Lines from blocks of bytes, in linear time; a line longer than MAX_RECORD_BYTES is
    replaced by _LongLine and its bytes dropped as they come."""
    parts: list[bytes] = []
    size, skipping = 0, False
    for block in blocks:
        start = 0
        while True:
            end = block.find(b"\n", start)
            piece = block[start:] if end < 0 else block[start:end + 1]
            if not skipping:
                parts.append(piece)
                size += len(piece)
                if size > MAX_RECORD_BYTES:
                    parts, size, skipping = [], 0, True
            if end < 0:
                break
            yield _LongLine if skipping else b"".join(parts)
            parts, size, skipping = [], 0, False
            start = end + 1
    if skipping:
        yield _LongLine
    elif parts and b"".join(parts):
        yield b"".join(parts)


def _jsonl_lines(lines: Iterable, origin: str, default_date) -> Iterator[Article | InputProblem]:
    """One Article per JSON line (bytes or str); each bad line is one problem naming its line."""
    blank = True
    for n, raw in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if isinstance(raw, InputProblem):
            yield raw
            return
        if raw is _LongLine:
            blank = False
            yield InputProblem(where, f"line is longer than {MAX_RECORD_BYTES // 2**20} MiB, too big for one article")
            continue
        if not raw.strip():
            continue
        blank = False
        line = raw if isinstance(raw, str) else _decode(raw, where)
        if isinstance(line, InputProblem):
            yield line
            continue
        yield _json_record(line, n, where, default_date)
    if blank:
        yield InputProblem(origin, "empty file: no JSON lines")


def _json_record(line: str, n: int, where: str, default_date) -> Article | InputProblem:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return InputProblem(where, f"not JSON ({e.msg} at column {e.colno})")
    except RecursionError:
        return InputProblem(where, "JSON nested too deeply to read (thousands of brackets): not an article")
    if not isinstance(rec, dict):
        return InputProblem(where, "not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str):
        return InputProblem(where, 'no "text" field' if text is None else '"text" is not a string')
    raw_id = rec.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        return InputProblem(where, '"id" is not a string or a number')
    for field, value in (("text", text), ("id", raw_id)):
        bad = _SURROGATE.search(value) if isinstance(value, str) else None
        if bad:
            return InputProblem(where, f'field "{field}": a lone surrogate escape "\\u{ord(bad.group()):04x}" at '
                                       f"character {bad.start()} is not a character (broken UTF-16 in the source?)")
    if not text.strip():
        return InputProblem(where, "empty text")
    day = default_date
    if rec.get("date"):
        try:
            day = parse_date(rec["date"])
        except InputError as e:
            return InputProblem(where, f'field "date": {e}')
    # no id, or "id": null, is the line number: a missing id is never the text "None"
    return Article(id=str(n) if raw_id is None or raw_id == "" else str(raw_id), text=text, date=day, origin=where)

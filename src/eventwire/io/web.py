"""Read web formats (HTML pages, RSS/Atom feeds, WARC archives) into Article records, streaming."""

from __future__ import annotations

import gzip
import re
import time
import zlib
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from io import BytesIO
from itertools import count
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax import SAXParseException

import feedparser
import trafilatura
from warcio.archiveiterator import WARCIterator
from warcio.bufferedreaders import ChunkedDataException
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from eventwire.text.printable import printable
from eventwire.types import Article, InputProblem

MAX_PAGE_BYTES = 16 * 1024 * 1024  # one page or feed held in memory at a time; bigger ones are skipped
# A WARC or HTTP header line is a few hundred bytes (servers refuse lines over 8-64 KiB); a longer
# "line" is not a WARC (a gzipped file of zeros has one endless line) and stops the file.
MAX_HEADER_LINE = 1024 * 1024
HTML_TYPES = {"text/html", "application/xhtml+xml"}
NO_TEXT = "no article text found in the page"
FEED_ROOTS = {"rss", "feed", "rdf"}  # RSS 2.0, Atom, RSS 1.0 (rdf:RDF)
_PROSE_END = tuple('.!?…。！？"\'”’»)')


def read_html(path: Path, default_date: date | None) -> Iterator[Article | InputProblem]:
    """The main text of one saved web page, without navigation, comments or footers."""
    data = _read_bounded(path)
    if isinstance(data, InputProblem):
        yield data
        return
    yield _page_article(data, str(path), fallback_id=str(path), default_date=default_date)


def read_feed(path: Path, default_date: date | None) -> Iterator[Article | InputProblem]:
    """One Article per entry of an RSS or Atom feed file; the entry's HTML becomes plain paragraphs."""
    origin = str(path)
    data = _read_bounded(path)
    if isinstance(data, InputProblem):
        yield data
        return
    try:
        # a stream, not bytes: feedparser would open bytes that spell a path, or fetch a str that spells a URL
        feed = feedparser.parse(BytesIO(data), resolve_relative_uris=False)
        outlet = feed.feed.get("title", "") or _host(feed.feed.get("link", ""))
        results = [_entry_article(entry, f"{origin}:entry {n}", outlet, default_date)
                   for n, entry in enumerate(feed.entries, 1)]
    except Exception as e:  # noqa: BLE001 — feedparser's own slips on broken markup ("<link></item></link>": KeyError)
        yield InputProblem(origin, f"malformed feed: it could not be read ({type(e).__name__}: {_short(e)})")
        return
    if feed.bozo and not any(isinstance(r, Article) for r in results):
        # feedparser recovers what it can from broken XML; with nothing usable, its reason is the story
        yield InputProblem(origin, f"malformed feed: {_feed_error(feed.bozo_exception)}")
    elif not feed.entries:
        yield InputProblem(origin, "feed has no entries" if feed.get("version") else "not an RSS or Atom feed")
    else:
        yield from results


def read_warc(path: Path, default_date: date | None) -> Iterator[Article | InputProblem]:
    """An Article for each HTML page a WARC archive recorded with status 200, read record by record;
    other records are skipped. Damage stops the file with one problem after what was already read."""
    origin = str(path)
    try:
        stream = path.open("rb")
    except OSError as e:
        yield InputProblem(origin, f"cannot read: {e.strerror}")
        return
    with stream:
        gzipped = stream.read(2) == b"\x1f\x8b"
        stream.seek(0)
        records = WARCIterator(_GzipMembers(stream) if gzipped else stream)
        records.reader.readline = _LinearLines(records.reader).readline
        more = False
        for n in count(1):
            where = f"{origin}:record {n}"
            try:
                record = next(records, None)
            except (*WARC_DAMAGE, OSError, AttributeError) as e:
                yield _damage(where, e)
                return
            if record is None:
                if n == 1:
                    yield InputProblem(origin, "WARC archive is empty or truncated before its first record")
                elif more:  # warcio ends quietly when the last record's headers are cut off
                    yield InputProblem(where, "WARC archive is truncated: its last record is incomplete")
                return
            if record.length is None:  # a WARC record always has one: these headers were cut off
                yield InputProblem(where, "corrupt WARC archive: record headers are incomplete (no Content-Length)")
                return
            try:
                body = _html_payload(record)
                missing = _unread_bytes(record)
            except (*WARC_DAMAGE, OSError) as e:
                yield _damage(where, e)
                return
            if missing:
                yield InputProblem(where, f"WARC archive is truncated or corrupt: record is missing {missing} bytes")
                return
            after = None  # damage after this whole record: the record is read first, then it is reported
            try:
                records.read_to_end(record)  # reads the blank lines after the record and the next line, if any
                more = bool(records.next_line)
            except (*WARC_DAMAGE, OSError) as e:
                after = _damage(f"{origin}:record {n + 1}", e)
            if body is not None:
                yield _record_page(record, body, where, default_date)
            if after is not None:
                yield after
                return


def _record_page(record, body: bytes, where: str, default_date: date | None) -> Article | InputProblem:
    if len(body) > MAX_PAGE_BYTES:
        return InputProblem(where, f"page is larger than {MAX_PAGE_BYTES // 2**20} MiB, skipped")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    return _page_article(_decode_declared(body, record.http_headers.get_header("Content-Type")), where,
                         fallback_id=url or where, default_date=default_date, fetched_url=url,
                         fetched_date=_iso_date(record.rec_headers.get_header("WARC-Date")))


def looks_like_feed(path: Path) -> bool:
    """True if the file's root element is <rss>, <feed> or <rdf:RDF>: a .xml file may be anything."""
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False  # the reader it is then given reports the file as unreadable
    head = re.sub(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", b"", head, flags=re.S | re.I)
    m = re.search(rb"<([A-Za-z_][\w.:-]*)", head)
    return bool(m) and m.group(1).split(b":")[-1].decode("ascii", "replace").lower() in FEED_ROOTS


def _page_article(html: bytes | str, origin: str, *, fallback_id: str, default_date: date | None,
                  fetched_url: str = "", fetched_date: date | None = None) -> Article | InputProblem:
    # favor_precision: the default settings pad short stories with the menu ("Home World Sport")
    # and return the menu alone for pages that have no story
    try:
        text = trafilatura.extract(html, url=fetched_url or None, include_comments=False, include_tables=False,
                                   output_format="txt", with_metadata=False, favor_precision=True)
        # extensive=False: dates from the page's markup and URL only, never guessed from "© 2024" in a footer
        meta = trafilatura.extract_metadata(html, default_url=fetched_url or None, extensive=False)
    except Exception as e:  # noqa: BLE001 — trafilatura and htmldate assert on some odd pages; one page must not stop the batch
        return InputProblem(origin, f"page could not be read ({type(e).__name__}: {_short(e)})")
    title = meta.title or ""
    paragraphs = [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]
    if paragraphs and title and paragraphs[0].casefold() == " ".join(title.split()).casefold():
        paragraphs = paragraphs[1:]  # the headline is in `title`; a dateline must start the text
    if not any(len(p.split()) >= 3 and p.endswith(_PROSE_END) for p in paragraphs):
        return InputProblem(origin, NO_TEXT)
    return Article(id=meta.url or fallback_id, text="\n\n".join(paragraphs),
                   date=_iso_date(meta.date) or fetched_date or default_date, origin=origin, title=title,
                   url=fetched_url or meta.url or "", outlet=meta.sitename or _host(meta.url or fetched_url))


def _entry_article(entry, origin: str, outlet: str, default_date: date | None) -> Article | InputProblem:
    content = entry.get("content") or [{}]
    text = _detail_text(content[0]) or _detail_text(entry.get("summary_detail") or {})
    if not text:
        return InputProblem(origin, "feed entry has no text")
    title = _detail_text(entry.get("title_detail") or {}).replace("\n\n", " ")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    day = date(*parsed[:3]) if isinstance(parsed, time.struct_time) else default_date
    link = entry.get("link", "")
    return Article(id=entry.get("id") or link or origin, text=text, date=day, origin=origin, title=title,
                   url=link, outlet=outlet or _host(link))


def _detail_text(detail) -> str:
    value = detail.get("value") or ""
    if detail.get("type") == "text/plain":
        paragraphs = re.split(r"\n\s*\n", value)
        return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    return _html_to_text(value)


class _Paragraphs(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "pre", "section", "article", "header", "footer", "aside", "figure",
              "figcaption", "table", "tr", "hr", "address"}
    HIDDEN = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._words: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self._hidden:
            self._words.append(data)

    def flush(self):
        text = " ".join("".join(self._words).split())
        if text:
            self.paragraphs.append(text)
        self._words = []


def _html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element, paragraphs split by a blank line."""
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    parser.flush()
    return "\n\n".join(parser.paragraphs)


class _ArchiveDamage(Exception):
    """Raised from inside warcio's reads: warcio takes a cut-off gzip member for the end of the archive."""


class _GzipMembers:
    """A gzipped WARC's records as one decompressed stream, read a block at a time, that raises
    _ArchiveDamage when the gzip data is truncated or corrupt."""

    def __init__(self, raw):
        self._gzip = gzip.GzipFile(fileobj=raw, mode="rb")
        self._offset = 0

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._gzip.read1(size)  # read1: hand over what is whole before meeting the damage
        except EOFError:
            raise _ArchiveDamage("WARC archive is truncated: it ends inside a gzip member") from None
        except (gzip.BadGzipFile, zlib.error) as e:
            raise _ArchiveDamage(f"corrupt WARC archive: bad gzip data ({e})") from None
        self._offset += len(data)
        return data

    def tell(self) -> int:
        return self._offset


class _LinearLines:
    """warcio's readline for its buffered reader, in linear time and bounded: warcio's own
    joins the line so far to each new block (quadratic: a 64 MiB gzipped WARC of zeros took
    105 s) and has no limit, so an archive of zeros was read whole into one "line"."""

    def __init__(self, reader):
        self._reader = reader

    def readline(self, length: int | None = None) -> bytes:
        reader = self._reader
        limit = MAX_HEADER_LINE if length is None or length < 0 else min(length, MAX_HEADER_LINE)
        parts, size = [], 0
        while size < limit:
            reader._fillbuff()
            if reader.empty():
                break
            part = reader.buff.readline(limit - size)
            parts.append(part)
            size += len(part)
            if part.endswith(b"\n"):
                return b"".join(parts)
        if size >= MAX_HEADER_LINE and (length is None or length < 0 or length > MAX_HEADER_LINE):
            raise _ArchiveDamage(f"not a WARC archive: a header line longer than {MAX_HEADER_LINE // 2**20} MiB")
        return b"".join(parts)


# What warcio (or _GzipMembers) raises when the bytes are not a well-formed WARC: the file stops there.
WARC_DAMAGE = (_ArchiveDamage, ArchiveLoadFailed, StatusAndHeadersParserException, ChunkedDataException, EOFError)


def _html_payload(record) -> bytes | None:
    """The body of a 200 HTML response; None for every other kind of record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        return None
    return record.content_stream().read(MAX_PAGE_BYTES + 1)


def _unread_bytes(record) -> int:
    """Bytes the record's Content-Length promised but the archive did not hold: warcio answers a
    truncated archive with short reads, not an error."""
    while record.raw_stream.read(65536):
        pass
    return getattr(record.raw_stream, "limit", 0)


def _damage(where: str, e: Exception) -> InputProblem:
    if isinstance(e, _ArchiveDamage):
        return InputProblem(where, str(e))
    if isinstance(e, OSError):
        return InputProblem(where, f"cannot read: {e.strerror or e}")
    if isinstance(e, AttributeError):  # warcio's reaction to a response record with no WARC-Target-URI
        return InputProblem(where, "corrupt WARC archive: record headers are incomplete (no WARC-Target-URI)")
    return InputProblem(where, f"corrupt WARC archive: {_short(e)}")


def _decode_declared(body: bytes, content_type: str | None) -> bytes | str:
    """The page as text if the server named its charset, else bytes for trafilatura to sniff."""
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    if m:
        try:
            return body.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset header is common: let the page's own <meta> decide
    return body


def _read_bounded(path: Path) -> bytes | InputProblem:
    try:
        if path.stat().st_size > MAX_PAGE_BYTES:
            return InputProblem(str(path), f"file is larger than {MAX_PAGE_BYTES // 2**20} MiB, skipped")
        return path.read_bytes()
    except OSError as e:
        return InputProblem(str(path), f"cannot read: {e.strerror}")


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _feed_error(exc) -> str:
    if isinstance(exc, SAXParseException):
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return _short(exc)


def _short(exc: BaseException) -> str:
    """An exception's message cut to its first line: warcio quotes whole binary 'lines' in its errors."""
    lines = str(exc).strip().splitlines() or [type(exc).__name__]
    text = printable(lines[0].strip() or type(exc).__name__, keep_newlines=False)
    return text if len(text) <= 120 else text[:117] + "..."

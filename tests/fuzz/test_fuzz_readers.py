"""Every reader, fed arbitrary and hostile bytes, yields Articles and named problems only (issue 13)."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fuzz_settings import budget, fuzz_timer, inputs, pytest_generate_tests  # noqa: F401 (fixtures, hook)
from fuzz_invariants import check_read

from eventwire.io import read_inputs

# text that may hold anything JSON can escape: lone surrogates, NULs, controls, markup
ESCAPES = st.sampled_from(["\\udfab", "\\ud800", "\\ud83d\\ude00", "\\u0000", "\\u001b[2J", "\\n", "\\\"", "[/red]"])
WORDS = st.sampled_from(["Russia", "attacked", "Ukraine", " ", ".", "é", "中国", "\u2028", "\x00", "[/]", "'", '"'])
JSON_TEXT = st.lists(st.one_of(WORDS, ESCAPES, st.text(max_size=8)), max_size=12).map("".join)
IDS = st.sampled_from(["null", "1", "true", "[]", "{}", '"a"', '"\\udc80"', '""'])
DATES = st.sampled_from(["null", "20250101", '"2025-13-40"', '"2025-05-15"', "[1]", '"\\ud800"'])
JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                          max_leaves=8)


@st.composite
def json_line(draw) -> bytes:
    kind = draw(st.integers(0, 5))
    if kind == 0:  # a record with escapes written by hand, so lone surrogates get in
        fields = [f'"text": "{draw(JSON_TEXT)}"']
        if draw(st.booleans()):
            fields.append('"id": ' + draw(IDS))
        if draw(st.booleans()):
            fields.append('"date": ' + draw(DATES))
        return ("{" + ", ".join(draw(st.permutations(fields))) + "}").encode("utf-8", "surrogatepass")
    if kind == 1:
        return json.dumps(draw(JSON_VALUE)).encode()
    if kind == 2:
        depth = draw(st.sampled_from([1, 50, 999, 5_000, 20_000]))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        return (opener * depth + "1" + closer * draw(st.sampled_from([depth, 0, depth // 2]))).encode()
    if kind == 3:
        return json.dumps({"id": draw(st.text(max_size=5)), "text": draw(st.text(min_size=1))},
                          ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    return draw(st.binary(max_size=60))


@st.composite
def jsonl_file(draw) -> bytes:
    lines = draw(st.lists(json_line(), max_size=6))
    data = draw(st.sampled_from([b"\n", b"\r\n", b"\r"])).join(lines)
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\n\n"]))
    if draw(st.integers(0, 9)) == 0:
        return b"\xff\xfe" + data.decode("utf-8", "replace").encode("utf-16-le")
    return prefix + data


@st.composite
def text_file(draw) -> bytes:
    text = draw(st.text(max_size=80))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1"]))
    data = text.encode(encoding, "replace")
    if draw(st.booleans()):  # damage: cut, insert bytes
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=6)) + data[cut:]
    return data


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-readers")


@budget("jsonl")
@given(data=jsonl_file())
def test_fuzz_jsonl_file(folder, inputs, fuzz_round, data):
    inputs["jsonl"] += 1
    path = folder / "in.jsonl"
    path.write_bytes(data)
    check_read(read_inputs([str(path)]))


@budget("stdin")
@given(data=st.one_of(jsonl_file(), text_file()))
def test_fuzz_stdin(inputs, fuzz_round, data):
    inputs["stdin"] += 1
    check_read(read_inputs(["-"], stdin=io.BytesIO(data)))


@budget("text file")
@given(data=st.one_of(text_file(), st.binary(max_size=200)), suffix=st.sampled_from([".txt", ".md", ""]))
def test_fuzz_text_file(folder, inputs, fuzz_round, data, suffix):
    inputs["text file"] += 1
    path = folder / f"story{suffix}"
    path.write_bytes(data)
    check_read(read_inputs([str(path)]))


HTML_BITS = st.sampled_from(["<p>", "</p>", "<div>", "<script>", "</script>", "<title>", "</title>", "<article>",
                             "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "<br/>",
                             "<meta charset='utf-16'>", "<html>", "<body>", "Russia attacked Ukraine. ",
                             "Officials said the talks went well. ", "\x00", "<", ">"])


@budget("html")
@given(parts=st.lists(st.one_of(HTML_BITS, st.text(max_size=12)), max_size=30), raw=st.booleans())
def test_fuzz_html(folder, inputs, fuzz_round, parts, raw):
    inputs["html"] += 1
    path = folder / "page.html"
    path.write_bytes("".join(parts).encode("utf-8", "surrogatepass") if raw else "".join(parts).encode("utf-8", "replace"))
    check_read(read_inputs([str(path)]))


FEED_BITS = st.sampled_from(["<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<description>",
                             "</description>", "<content type='html'>", "</content>", "<pubDate>", "</pubDate>",
                             "Mon, 05 May 2025 10:00:00 GMT", "2025-13-45T99:00:00Z", "&lt;p&gt;", "&#0;",
                             "<![CDATA[<p>Iran criticized Israel.</p>]]>", "<link>", "</link>", "http://a.example/x",
                             "Russia attacked Ukraine.", "<", "&", "\x00"])


@st.composite
def feed(draw) -> bytes:
    head, tail = draw(st.sampled_from([("<rss version='2.0'><channel>", "</channel></rss>"),
                                       ("<feed xmlns='http://www.w3.org/2005/Atom'>", "</feed>"),
                                       ("<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>", "</rdf:RDF>"), ("", "")]))
    body = "".join(draw(st.lists(st.one_of(FEED_BITS, st.text(max_size=10)), max_size=25)))
    return (head + body + (tail if draw(st.booleans()) else "")).encode("utf-8", "replace")


@budget("feed")
@given(data=feed())
def test_fuzz_feed(folder, inputs, fuzz_round, data):
    inputs["feed"] += 1
    path = folder / "news.rss"
    path.write_bytes(data)
    check_read(read_inputs([str(path)]))


PAGE = (b"<html><head><title>T</title></head><body><article><p>Russia attacked Ukraine on Monday, officials said."
        b"</p><p>China criticized Japan over the islands.</p></article></body></html>")


@st.composite
def warc(draw) -> tuple[bytes, str]:
    out = io.BytesIO()
    gzipped = draw(st.booleans())
    writer = WARCWriter(out, gzip=gzipped)
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["response", "resource", "metadata"]))
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved", "200"]))
        ctype = draw(st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=nope", "image/png"]))
        body = draw(st.sampled_from([PAGE, b"", b"\x00" * 64])) + draw(st.binary(max_size=40))
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1") if kind == "response" else None
        writer.write_record(writer.create_warc_record(
            draw(st.sampled_from(["https://news.example/a", "", "not a url"])), kind, payload=io.BytesIO(body),
            http_headers=headers, warc_headers_dict={"WARC-Date": draw(st.sampled_from(["2024-05-09T08:00:00Z", "x"]))}))
    data = out.getvalue()
    damage = draw(st.integers(0, 4))
    # positions drawn independently of the length: warcio's record ids make each archive's length vary
    if damage == 1 and data:  # cut it off anywhere
        data = data[:draw(st.integers(0, 2**20)) % len(data)]
    elif damage == 2 and data:  # flip a byte
        i = draw(st.integers(0, 2**20)) % len(data)
        data = data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1:]
    elif damage == 3:  # garbage or zeros after it, compressed or not
        tail = draw(st.sampled_from([bytes(2**20 + 10), b"WARC/1.0\r\n" + bytes(100), b"\r\n\r\n"])) + draw(st.binary(max_size=20))
        data += gzip.compress(tail, 1) if gzipped else tail
    elif damage == 4:
        data = draw(st.binary(max_size=100))
    return data, ".warc.gz" if gzipped else ".warc"


@budget("warc")
@given(archive=warc())
def test_fuzz_warc(folder, inputs, fuzz_round, archive):
    inputs["warc"] += 1
    data, suffix = archive
    path = folder / f"crawl{suffix}"
    path.write_bytes(data)
    check_read(read_inputs([str(path)]))

"""Web pages, RSS/Atom feeds and WARC archives become Articles; broken ones become problems, never crashes."""

from datetime import date
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.io import read_inputs
from eventwire.types import Article, InputProblem

DEFAULT = date(2024, 1, 1)
NAV = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
       "<li><a href='/sport'>Sport</a></li></ul></nav><header><p>Subscribe to our newsletter</p></header>")
FOOTER = ("<footer><p>Copyright 2024 Example News. All rights reserved.</p>"
          "<a href='/privacy'>Privacy policy</a></footer>")
PARAGRAPHS = (
    "MOSCOW, March 5 (Example) - Russia and China signed a long-term agreement on gas supplies on Tuesday, "
    "officials in both capitals said after a meeting of their energy ministers.",
    "The deal covers deliveries through a new pipeline across Mongolia, which Moscow has sought since "
    "Western buyers cut their purchases of Russian gas in 2022.",
    "Chinese Foreign Ministry spokesperson Mao Ning told reporters in Beijing that the agreement served "
    "the interests of both peoples and was not aimed at any third party.",
)
NEWS_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Russia and China sign energy deal | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="date" content="2024-03-05">
<link rel="canonical" href="https://news.example.com/world/energy-deal">
</head><body>{NAV}<article><h1>Russia and China sign energy deal</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</article>{FOOTER}</body></html>"""
BOILERPLATE_PAGE = f"<html><head><title>Example News</title></head><body>{NAV}{FOOTER}</body></html>"
BARE_PAGE = "<html><body><p>Iran criticized Israel on Monday, the foreign ministry in Tehran said.</p></body></html>"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><link>https://wire.example.org/</link>
<item><title>Talks resume in Geneva</title><link>https://wire.example.org/a</link><guid>wire-a</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>A short teaser.</description>
<content:encoded><![CDATA[<p>GENEVA, March 5 - Iranian and European negotiators resumed talks on Tuesday.</p>
<script>track()</script><p>The delegations will meet again <b>next week</b>.</p>]]></content:encoded></item>
<item><title>Israel criticizes Iran</title><link>https://wire.example.org/b</link>
<description>&lt;p&gt;Israel criticized Iran on Wednesday &amp;amp; urged new sanctions.&lt;/p&gt;</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- saved with a .xml suffix: the reader must recognise it by its root element -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2024-04-02T09:00:00Z</updated>
<entry><title>Turkey hosts talks</title><id>urn:desk:1</id><link href="https://desk.example.net/1"/>
<updated>2024-04-02T09:00:00Z</updated>
<content type="html">&lt;p&gt;ANKARA - Turkey hosted talks between Russian and Ukrainian officials.&lt;/p&gt;
</content></entry>
<entry><title>Photo of the day</title><id>urn:desk:2</id><updated>2024-04-02T10:00:00Z</updated></entry>
</feed>"""
MALFORMED_RSS = "<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title><item><title>x</item>"


def problems(items):
    return [i for i in items if isinstance(i, InputProblem)]


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def test_web_html_page_gives_the_story_and_its_metadata(tmp_path):
    page = tmp_path / "energy.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    [art] = read_inputs([str(page)], DEFAULT)
    assert isinstance(art, Article)
    assert art.text == "\n\n".join(PARAGRAPHS)  # the headline is the title, so the dateline starts the text
    for boilerplate in ("Home", "Subscribe", "Copyright", "Privacy"):
        assert boilerplate not in art.text
    assert art.id == art.url == "https://news.example.com/world/energy-deal"
    assert (art.date, art.title, art.outlet, art.origin) == (
        date(2024, 3, 5), "Russia and China sign energy deal", "Example News", str(page))


def test_web_page_without_a_story_is_a_problem_and_the_batch_goes_on(tmp_path):
    (tmp_path / "home.htm").write_text(BOILERPLATE_PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "story.html").write_text(BARE_PAGE, encoding="utf-8")
    items = list(read_inputs([str(tmp_path / n) for n in ("home.htm", "empty.html", "story.html")], DEFAULT))
    assert [(p.origin, p.message) for p in problems(items)] == [
        (str(tmp_path / "home.htm"), "no article text found in the page"),
        (str(tmp_path / "empty.html"), "no article text found in the page")]
    [art] = articles(items)
    # no canonical URL, date or site name: the path, the default date, no outlet
    assert (art.id, art.date, art.url, art.outlet) == (str(tmp_path / "story.html"), DEFAULT, "", "")
    assert art.text.startswith("Iran criticized Israel")


def test_web_rss_items_from_content_or_description(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text(RSS, encoding="utf-8")
    first, second = read_inputs([str(feed)], DEFAULT)
    assert first.text == ("GENEVA, March 5 - Iranian and European negotiators resumed talks on Tuesday."
                          "\n\nThe delegations will meet again next week.")
    assert (first.id, first.url, first.title, first.date, first.outlet, first.origin) == (
        "wire-a", "https://wire.example.org/a", "Talks resume in Geneva", date(2024, 3, 5), "Example Wire",
        f"{feed}:entry 1")
    assert second.text == "Israel criticized Iran on Wednesday & urged new sanctions."
    assert (second.id, second.date, second.title) == ("https://wire.example.org/b", DEFAULT, "Israel criticizes Iran")
    assert "Israel criticizes Iran" not in second.text


def test_web_atom_feed_in_an_xml_file_and_an_entry_without_text(tmp_path):
    feed = tmp_path / "desk.xml"
    feed.write_text(ATOM, encoding="utf-8")
    art, problem = read_inputs([str(feed)], DEFAULT)
    assert (art.id, art.url, art.outlet, art.date) == (
        "urn:desk:1", "https://desk.example.net/1", "Atom Desk", date(2024, 4, 2))
    assert art.text == "ANKARA - Turkey hosted talks between Russian and Ukrainian officials."
    assert problem == InputProblem(f"{feed}:entry 2", "feed entry has no text")


@pytest.mark.parametrize("content, expected", [
    (MALFORMED_RSS, "malformed feed: line 1, column"),
    ("<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title></channel></rss>", "feed has no entries"),
    ("<html><body>not a feed</body></html>", "not an RSS or Atom feed"),
])
def test_web_unusable_feed_is_one_problem(tmp_path, content, expected):
    feed = tmp_path / "bad.rss"
    feed.write_text(content, encoding="utf-8")
    (tmp_path / "next.txt").write_text("Iran criticized Israel.", encoding="utf-8")
    problem, art = read_inputs([str(feed), str(tmp_path / "next.txt")], DEFAULT)
    assert problem.origin == str(feed) and problem.message.startswith(expected)
    assert isinstance(art, Article)


def write_warc(path, records, gzip=True):
    """A WARC of (type, uri, status, content type, body) records, written with warcio."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for kind, uri, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1") if status else None
            writer.write_record(writer.create_warc_record(
                uri, kind, payload=BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-05-09T08:00:00Z"}))


STORY = ("<html><head><title>Kyiv reports shelling</title></head><body>" + NAV +
         "<article><p>KYIV, May 9 - Ukraine’s army said Russian forces shelled Kharkiv overnight.</p>"
         "<p>Two people were injured, the regional governor said.</p></article>" + FOOTER + "</body></html>")
RECORDS = [
    ("request", "https://news.example.com/kyiv", None, "", b"GET /kyiv HTTP/1.1\r\nHost: news.example.com\r\n\r\n"),
    ("response", "https://news.example.com/kyiv", "200 OK", "text/html; charset=utf-8", STORY.encode()),
    ("response", "https://news.example.com/gone", "404 Not Found", "text/html", b"<html><p>Page not found.</p></html>"),
    ("response", "https://news.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
]


def test_web_warc_yields_only_the_200_html_page(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, RECORDS)
    [art] = read_inputs([str(archive)], DEFAULT)
    assert art.text == ("KYIV, May 9 - Ukraine’s army said Russian forces shelled Kharkiv overnight."
                        "\n\nTwo people were injured, the regional governor said.")
    assert (art.id, art.url, art.origin) == ("https://news.example.com/kyiv", "https://news.example.com/kyiv",
                                             f"{archive}:record 2")
    assert (art.date, art.title, art.outlet) == (date(2024, 5, 9), "Kyiv reports shelling", "news.example.com")


@pytest.mark.parametrize("suffix, gzip, expected", [
    (".warc.gz", True, "WARC archive is truncated: it ends inside a gzip member"),
    (".warc", False, "WARC archive is truncated or corrupt: record is missing"),
])
def test_web_truncated_warc_keeps_what_was_read_and_reports_once(tmp_path, suffix, gzip, expected):
    whole = tmp_path / f"whole{suffix}"
    write_warc(whole, RECORDS, gzip)
    truncated = tmp_path / f"truncated{suffix}"
    truncated.write_bytes(whole.read_bytes()[:-100])  # the end of the last record (the image) is gone
    art, problem = read_inputs([str(truncated)], DEFAULT)
    assert art.origin == f"{truncated}:record 2"
    assert problem.origin == f"{truncated}:record 4" and problem.message.startswith(expected)


def test_web_corrupt_or_empty_warc_is_one_problem_and_the_batch_goes_on(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, RECORDS)
    flipped = bytearray(whole.read_bytes())
    flipped[len(flipped) // 3: len(flipped) // 3 + 8] = b"\xff" * 8  # inside the page's compressed data
    (tmp_path / "flipped.warc.gz").write_bytes(bytes(flipped))
    (tmp_path / "garbage.warc").write_bytes(b"this is not a WARC archive\r\n\r\n" + bytes(range(256)))
    (tmp_path / "empty.warc.gz").write_bytes(b"")
    names = ("flipped.warc.gz", "garbage.warc", "empty.warc.gz", "whole.warc.gz")
    items = list(read_inputs([str(tmp_path / n) for n in names], DEFAULT))
    assert [type(i) for i in items] == [InputProblem, InputProblem, InputProblem, Article]
    assert [i.message.split(":")[0] for i in items[:3]] == [
        "corrupt WARC archive", "corrupt WARC archive", "WARC archive is empty or truncated before its first record"]


def test_web_folder_reads_every_kind_recursively(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "energy.html").write_text(NEWS_PAGE, encoding="utf-8")
    (tmp_path / "pages" / "home.htm").write_text(BOILERPLATE_PAGE, encoding="utf-8")
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "desk.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://x/</loc></url></urlset>", encoding="utf-8")
    write_warc(tmp_path / "crawl.warc.gz", RECORDS)
    (tmp_path / "note.txt").write_text("Iran criticized Israel.", encoding="utf-8")
    (tmp_path / "more.jsonl").write_text('{"id": "j1", "text": "Israel criticized Iran."}\n', encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(read_inputs([str(tmp_path)], DEFAULT))
    assert [a.id for a in articles(items)] == [
        "https://news.example.com/kyiv",  # crawl.warc.gz
        "urn:desk:1",  # desk.xml; sitemap.xml is no feed and is left alone
        "j1", "note",
        "https://news.example.com/world/energy-deal",  # pages/energy.html
        "wire-a", "https://wire.example.org/b",
    ]
    assert [p.origin for p in problems(items)] == [f"{tmp_path / 'desk.xml'}:entry 2",
                                                    str(tmp_path / "pages" / "home.htm")]


def test_web_xml_that_is_no_feed_is_still_read_as_text(tmp_path):
    note = tmp_path / "note.xml"
    note.write_text("<note>Iran criticized Israel.</note>", encoding="utf-8")
    [art] = read_inputs([str(note)], DEFAULT)
    assert art.text == "<note>Iran criticized Israel.</note>" and art.id == "note"
    images = tmp_path / "images"
    images.mkdir()
    (images / "logo.png").write_bytes(b"\x89PNG")
    [problem] = read_inputs([str(images)], DEFAULT)
    assert problem.message.startswith("folder has no .txt, .jsonl, .html")


@pytest.mark.parametrize("gzip", [True, False])
def test_web_warc_cut_anywhere_never_raises(tmp_path, gzip):
    whole = tmp_path / "whole.warc"
    write_warc(whole, RECORDS, gzip)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    for end in range(0, len(data), 41):
        cut.write_bytes(data[:end])
        items = list(read_inputs([str(cut)], DEFAULT))
        # a cut that happens to fall between two records leaves a well-formed, shorter archive
        assert all(isinstance(i, Article) for i in items[:-1]) and len(problems(items)) <= 1, end
        assert [a.origin for a in articles(items)] in ([], [f"{cut}:record 2"]), end

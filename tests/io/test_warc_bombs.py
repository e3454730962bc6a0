"""A WARC of zeros (or any endless line) stops in linear time with one printable problem, and pages or
feeds that trip the parsers are one problem each (issue 13, defect 3 and the fuzz run)."""

import gzip
import time

from test_web_readers import DEFAULT, RECORDS, STORY, write_warc

from eventwire.io import read_inputs
from eventwire.types import Article, InputProblem


def _zeros_gz(mib: int) -> bytes:
    return gzip.compress(bytes(mib * 2**20), compresslevel=1)


def test_a_gzipped_warc_of_zeros_is_one_printable_problem_at_once(tmp_path):
    bomb = tmp_path / "zeros.warc.gz"
    bomb.write_bytes(_zeros_gz(48))  # warcio alone: about a minute, quadratic in the length
    (tmp_path / "next.txt").write_text("Iran criticized Israel.", encoding="utf-8")
    started = time.perf_counter()
    problem, after = read_inputs([str(bomb), str(tmp_path / "next.txt")], DEFAULT)
    assert time.perf_counter() - started < 5
    assert isinstance(problem, InputProblem) and problem.origin == f"{bomb}:record 1"
    assert "header line longer than" in problem.message
    assert all(ch.isprintable() for ch in str(problem)) and isinstance(after, Article)


def test_zeros_after_a_good_record_keep_the_page_read(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, RECORDS[:2])
    archive.write_bytes(archive.read_bytes() + _zeros_gz(4))
    page, problem = read_inputs([str(archive)], DEFAULT)
    assert isinstance(page, Article) and page.url == "https://news.example.com/kyiv"
    assert isinstance(problem, InputProblem) and all(ch.isprintable() for ch in str(problem))


def test_a_long_line_in_a_page_body_is_not_a_header(tmp_path):
    one_line = STORY.replace("</body>", "<script>var x = '" + "a" * (3 * 2**20) + "';</script></body>")
    archive = tmp_path / "minified.warc"
    write_warc(archive, [("response", "https://news.example.com/kyiv", "200 OK", "text/html", one_line.encode())],
               gzip=False)
    [page] = read_inputs([str(archive)], DEFAULT)
    assert isinstance(page, Article) and "shelled Kharkiv" in page.text


def test_pages_and_feeds_that_trip_the_parsers_are_one_problem_each(tmp_path):
    """Inputs the long fuzz run found: htmldate asserts on the first, feedparser raises KeyError on the second."""
    (tmp_path / "odd.html").write_text("&nbsp;<script><html>", encoding="utf-8")
    (tmp_path / "odd.rss").write_bytes(b"<rss version='2.0'><channel><item><link></item></link>")
    (tmp_path / "next.txt").write_text("Iran criticized Israel.", encoding="utf-8")
    page, feed, after = read_inputs([str(tmp_path / n) for n in ("odd.html", "odd.rss", "next.txt")], DEFAULT)
    assert isinstance(page, InputProblem) and page.origin == str(tmp_path / "odd.html")
    assert isinstance(feed, InputProblem) and feed.message.startswith("malformed feed")
    assert isinstance(after, Article)

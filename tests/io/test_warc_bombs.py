"""A WARC of zeros (or any endless line) stops in linear time with one printable problem (issue 13, defect 3)."""

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

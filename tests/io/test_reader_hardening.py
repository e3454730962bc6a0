"""Hostile and careless input is one named problem each, the rest of the batch read (issue 13, defects 2, 3, 9)."""

import codecs
import io
import json
import os

import pytest

from eventwire.io import read_inputs
from eventwire.io import readers
from eventwire.types import Article, InputProblem

GOOD = [json.dumps({"id": f"g{n}", "text": f"Freedonia criticized Sylvania on day {n}."}) for n in range(3)]


def _read(*paths, stdin=None):
    items = list(read_inputs([str(p) for p in paths], stdin=stdin))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputProblem)]


def test_a_lone_surrogate_and_deep_nesting_are_one_problem_each(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([GOOD[0], '{"text": "x \\udfab"}', '{"a":' * 10_000 + "1" + "}" * 10_000,
                               GOOD[1], '{"id": "\\ud800", "text": "ok"}', GOOD[2]]) + "\n", encoding="utf-8")
    good, bad = _read(path)
    assert [a.id for a in good] == ["g0", "g1", "g2"]
    assert [p.origin for p in bad] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "surrogate" in bad[0].message and "\\udfab" in bad[0].message and "nested" in bad[1].message
    assert all(a.text.encode("utf-8") for a in good)


def test_a_line_longer_than_the_cap_is_skipped_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 1000)
    path = tmp_path / "long.jsonl"
    path.write_bytes(b"\n".join([GOOD[0].encode(), b'{"text": "' + b"a" * 5000 + b'"}', GOOD[1].encode(),
                                 b"b" * 3000]))
    good, bad = _read(path)
    assert [a.id for a in good] == ["g0", "g1"]
    assert [p.origin for p in bad] == [f"{path}:2", f"{path}:4"] and "longer than" in bad[0].message


def test_invalid_utf8_and_nul_bytes_in_a_line_are_named(tmp_path):
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b"\n".join([GOOD[0].encode(), b'{"text": "\xc3\x28 bad"}', b'{"text": "a\x00b"}', GOOD[1].encode()]))
    good, bad = _read(path)
    assert [a.id for a in good] == ["g0", "g1"] and len(bad) == 2
    assert "UTF-8" in bad[0].message and "NUL" in bad[1].message


def test_problem_lines_are_printable(tmp_path):
    path = tmp_path / "ctl\x1b[2J\x07.txt"  # a file name is data too
    path.write_bytes(b"")
    _, bad = _read(path)
    assert len(bad) == 1 and "\x1b" not in str(bad[0]) and "\x07" not in str(bad[0]) and "\\x1b" in str(bad[0])


def test_an_empty_jsonl_file_is_reported_like_an_empty_text(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n  \n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    good, bad = _read(tmp_path / "empty.jsonl", tmp_path / "empty.txt")
    assert not good and [p.origin for p in bad] == [str(tmp_path / "empty.jsonl"), str(tmp_path / "empty.txt")]
    assert "empty" in bad[0].message and "empty" in bad[1].message


@pytest.mark.parametrize("data", [codecs.BOM_UTF16_LE + "Iran criticized Israel.".encode("utf-16-le"),
                                  codecs.BOM_UTF16_BE + "Iran criticized Israel.".encode("utf-16-be"),
                                  "Iran criticized Israel.".encode("utf-16-le"),
                                  "Iran criticized Israel.".encode("utf-32")],
                         ids=["utf-16-le BOM", "utf-16-be BOM", "utf-16-le no BOM", "utf-32 BOM"])
def test_utf16_and_utf32_text_is_decoded(tmp_path, data):
    (tmp_path / "u.txt").write_bytes(data)
    good, bad = _read(tmp_path / "u.txt")
    assert not bad and good[0].text == "Iran criticized Israel."


def test_a_utf16_jsonl_file_is_decoded(tmp_path):
    (tmp_path / "u.jsonl").write_bytes(codecs.BOM_UTF16_LE + "\r\n".join(GOOD).encode("utf-16-le"))
    good, bad = _read(tmp_path / "u.jsonl")
    assert not bad and [a.id for a in good] == ["g0", "g1", "g2"]


def test_id_null_is_no_id_not_the_word_none(tmp_path):
    (tmp_path / "ids.jsonl").write_text('{"id": null, "text": "Iran criticized Israel."}\n'
                                        '{"id": 12, "text": "Iraq criticized Iran."}\n'
                                        '{"id": ["x"], "text": "Iraq criticized Iran."}\n', encoding="utf-8")
    good, bad = _read(tmp_path / "ids.jsonl")
    assert [a.id for a in good] == ["1", "12"]  # no id: the line number, as for a record without "id"
    assert len(bad) == 1 and '"id"' in bad[0].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    good, bad = _read(fifo)  # reading it would block until a writer came
    assert not good and len(bad) == 1 and "named pipe" in bad[0].message and "'-'" in bad[0].message


def test_a_text_file_over_the_cap_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 100)
    (tmp_path / "big.txt").write_text("Iran criticized Israel. " * 10, encoding="utf-8")
    good, bad = _read(tmp_path / "big.txt")
    assert not good and "larger than" in bad[0].message


def test_stdin_json_lines_are_read_as_a_stream(monkeypatch):
    monkeypatch.setattr(readers, "_READ_BLOCK", 7)  # lines cut across reads
    data = ("\n".join(GOOD) + "\n" + '{"text": "\\udc00"}').encode("utf-8")
    good, bad = _read("-", stdin=io.BytesIO(data))
    assert [a.id for a in good] == ["g0", "g1", "g2"] and [p.origin for p in bad] == ["<stdin>:4"]
    good, bad = _read("-", stdin=io.BytesIO(codecs.BOM_UTF16_LE + "Iran criticized Israel.".encode("utf-16-le")))
    assert not bad and good[0].text == "Iran criticized Israel."


@pytest.mark.slow
def test_bad_lines_do_not_lose_the_batch_they_are_in(tmp_path, resources):
    import eventwire

    lines = [json.dumps({"id": f"ok{n}", "text": f"Freedonia criticized Sylvania over trade rule {n}.",
                         "date": "2031-04-07"}) for n in range(20)]
    lines[5:5] = ['{"text": "x \\udfab"}', '{"a":' * 10_000 + "1" + "}" * 10_000]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = eventwire.ingest(read_inputs([str(path)]), tmp_path / "ew.duckdb", resources=resources)
    assert report.stored == 20 and [p.origin for p in report.problems] == [f"{path}:6", f"{path}:7"]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", ["ingest", "code"])
def test_ingest_and_code_of_a_named_pipe_end_with_one_line(tmp_path, command):
    import subprocess
    import sys

    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    extra = ["--db", str(tmp_path / "ew.duckdb")] if command == "ingest" else []
    done = subprocess.run([sys.executable, "-m", "eventwire", command, *extra, str(fifo)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1 and "named pipe" in done.stderr and "Traceback" not in done.stderr

"""Bad input is reported with file and line, skipped, and never stops the batch."""

from eventwire.io import read_inputs
from eventwire.types import Article, InputProblem


def test_readers_report_each_bad_record_and_keep_the_rest(tmp_path):
    jl = tmp_path / "in.jsonl"
    jl.write_bytes(b'{"id": "a", "text": "Russia attacked Ukraine."}\n'
                   b'not json\n'
                   b'{"id": "c"}\n'
                   b'{"id": "d", "text": "   "}\n'
                   b'{"id": "e", "text": "ok", "date": "yesterday-ish"}\n'
                   b'{"id": "f", "text": "\xff\xfe bad"}\n'
                   b'{"id": "g", "text": "Iran criticized Israel.", "date": "2024-01-02"}\n')
    items = list(read_inputs([str(jl)]))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, InputProblem)]
    assert [a.id for a in good] == ["a", "g"]
    assert [p.origin for p in bad] == [f"{jl}:{n}" for n in (2, 3, 4, 5, 6)]
    messages = " | ".join(str(p) for p in bad)
    assert "not JSON" in messages and 'no "text"' in messages and "empty text" in messages
    assert '"date"' in messages


def test_readers_text_files_binary_empty_and_missing(tmp_path):
    (tmp_path / "ok.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin1.txt").write_bytes("Côte d'Ivoire".encode("latin-1"))
    items = list(read_inputs([str(tmp_path / n) for n in ("ok.txt", "empty.txt", "bin.txt", "latin1.txt", "nope.txt")]))
    assert isinstance(items[0], Article) and items[0].id == "ok"
    assert all(isinstance(i, InputProblem) for i in items[1:])
    assert "empty" in items[1].message and "binary" in items[2].message
    assert "UTF-8" in items[3].message and "no such file" in items[4].message

"""Coding on several cores: the same answers as one process, in input order, for `code` and `ingest`."""

import json
import subprocess
import sys

import pytest

from eventwire.parallel import AUTO_START_CHARS, ParallelCoder, chunks, cores
from eventwire.types import Article

LINES = [
    "Russia accused Ukraine of shelling a border village on Monday.",
    "The French president met Germany's chancellor in Berlin to discuss energy prices.",
    "Kenyan police arrested 14 protesters outside parliament in Nairobi, officials said.",
    "Japan and South Korea agreed to resume military talks next month.",
    "Brazil's foreign minister condemned the attack and urged restraint.",
    "The weather stayed mild over the weekend.",
    "India sent aid to Nepal after the earthquake, the ministry said in a statement.",
    '"We will not negotiate under threat," the Iranian foreign minister told reporters.',
]


def _articles(n: int) -> list[Article]:
    """n invented articles of one to eight sentences, a different mix each (for n up to 64)."""
    return [Article(id=f"a{i}", text=" ".join(LINES[(i + k) % len(LINES)] for k in range(1 + (i // 8) % 8)))
            for i in range(n)]


def test_chunks_keep_order_and_bound_size():
    arts = _articles(40)
    got = list(chunks(arts, max_chars=500, max_articles=7))
    assert [a for c in got for a in c] == arts
    assert all(len(c) <= 7 for c in got)
    assert all(sum(len(a.text) for a in c[:-1]) < 500 for c in got)
    assert list(chunks([], 500)) == []


def test_workers_must_be_positive():
    with pytest.raises(ValueError):
        ParallelCoder(workers=0)
    assert cores() >= 1


@pytest.mark.slow
def test_one_worker_codes_in_process_like_code_articles(resources):
    from eventwire.pipeline import code_articles
    arts = _articles(12)
    with ParallelCoder(workers=1, resources=resources) as coder:
        assert list(coder.code(arts)) == list(code_articles(arts, resources))
        assert coder._pool is None


@pytest.mark.slow
def test_auto_codes_a_short_input_without_starting_workers(resources):
    arts = _articles(5)
    assert sum(len(a.text) for a in arts) < AUTO_START_CHARS
    with ParallelCoder(workers=None, resources=resources) as coder:
        assert [c.id for c in coder.code(arts)] == [a.id for a in arts]
        assert coder.code_batch(arts[:2])[1].id == "a1"
        assert coder._pool is None


@pytest.mark.slow
def test_two_workers_same_answers_in_input_order(resources):
    from eventwire.pipeline import code_articles
    arts = _articles(60)
    expected = list(code_articles(arts, resources))
    assert sum(len(c.events) for c in expected) > 20
    # small chunks: many tasks, more than the window holds, answered out of order by the pool
    with ParallelCoder(workers=2, chunk_chars=400) as coder:
        streamed = list(coder.code(iter(arts)))
        batched = coder.code_batch(arts[:25])
        assert coder._pool is not None
    assert streamed == expected
    assert batched == expected[:25]


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
def test_cli_code_and_ingest_with_two_workers(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text("".join(json.dumps({"id": a.id, "date": "2024-03-0" + str(1 + i % 9), "text": a.text}) + "\n"
                               for i, a in enumerate(_articles(30))))
    one = _cli("code", "--workers", "1", "--format", "jsonl", str(records))
    two = _cli("code", "--workers", "2", "--format", "jsonl", str(records))
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout and one.stdout.count("\n") == 30
    db1, db2 = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    for db, n in ((db1, "1"), (db2, "2")):
        done = _cli("ingest", "--quiet", "--batch", "7", "--workers", n, "--db", str(db), str(records))
        assert done.returncode == 0, done.stderr
    from eventwire import Store
    with Store(db1) as s1, Store(db2) as s2:
        assert s1.counts() == s2.counts() and s1.counts()["events"] > 0
        # issue 13: the same tables whatever the worker count, not only as many rows
        for table, key in (("events", "event_key"), ("mentions", "*"), ("actors", "code")):
            query = f"SELECT * FROM {table} ORDER BY {'ALL' if key == '*' else key}"
            assert s1.sql(query).to_pylist() == s2.sql(query).to_pylist(), table


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_cli_workers_refuses_nonsense(value):
    done = _cli("code", "--workers", value, "-", stdin="")
    assert done.returncode == 2
    assert "--workers" in done.stderr and "Traceback" not in done.stderr

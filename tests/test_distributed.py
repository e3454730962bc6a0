"""The Dask path: inputs split into partitions read exactly as one reader reads them, coded on a
LocalCluster into Parquet partitions that ingest stores like a single-process run."""

import json
import subprocess
import sys
from datetime import date

import pytest

from eventwire.distributed import (PrecodedArticles, _build, _plain, code_with_dask, partitions, read_coded,
                                   read_partition)
from eventwire.io import read_inputs
from eventwire.types import CodedArticle, InputProblem

pytest.importorskip("distributed")

from test_parallel import _articles  # noqa: E402 — the same invented articles


def _inputs(folder, n=30):
    """A JSONL file (one bad line, one record with no id), its good texts again as Parquet rows, a text file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arts = _articles(n)
    lines = [json.dumps({"id": a.id, "date": "2024-03-04", "text": a.text}) for a in arts]
    lines[5] = "{not json"
    lines[7] = json.dumps({"date": "2024-03-04", "text": arts[7].text})
    (folder / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = arts[:5] + arts[6:]  # not the bad line's text: the same texts as the good JSONL records
    pq.write_table(pa.table({"id": [f"p{a.id}" for a in rows], "date": [date(2024, 3, 5)] * len(rows),
                             "text": [a.text for a in rows]}), folder / "in.parquet", row_group_size=4)
    (folder / "story.txt").write_text(arts[-1].text, encoding="utf-8")
    return [str(folder / name) for name in ("in.jsonl", "in.parquet", "story.txt")]


def test_partitions_read_like_the_whole_file(tmp_path):
    paths = _inputs(tmp_path)
    parts, problems = partitions(paths + [str(tmp_path / "missing.jsonl"), "-"], partition_bytes=700)
    assert [p.origin for p in problems] == [str(tmp_path / "missing.jsonl"), "-"]
    assert [p.index for p in parts] == list(range(len(parts)))
    kinds = [p.kind for p in parts]
    assert kinds.count("jsonl") > 3 and kinds.count("parquet") > 1 and kinds[-1] == "files"
    jsonl = [item for p in parts if p.kind == "jsonl" for item in read_partition(p, None)]
    assert jsonl == list(read_inputs([paths[0]]))  # same ids (line numbers too), origins, problems
    assert any(isinstance(i, InputProblem) and i.origin.endswith("in.jsonl:6") for i in jsonl)
    assert any(getattr(i, "id", None) == "8" for i in jsonl)  # no id: the line's number
    rows = [item for p in parts if p.kind == "parquet" for item in read_partition(p, None)]
    assert [a.id for a in rows] == [f"pa{i}" for i in range(30) if i != 5]
    assert rows[0].date == date(2024, 3, 5) and rows[3].origin.endswith("in.parquet:row 4")


def test_parquet_rows_without_text_are_problems(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["Russia accused Ukraine of shelling.", "", None],
                             "date": ["2024-01-02", "2024-01-02", "not a date"]}), tmp_path / "x.parquet")
    parts, _ = partitions([str(tmp_path / "x.parquet")])
    got = list(read_partition(parts[0], None))
    assert got[0].id == "1" and got[0].date == date(2024, 1, 2)
    assert [type(g).__name__ for g in got[1:]] == ["InputProblem", "InputProblem"]
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "y.parquet")
    parts, _ = partitions([str(tmp_path / "y.parquet")])
    assert "no \"text\" column" in list(read_partition(parts[0], None))[0].message


@pytest.mark.slow
def test_coded_json_round_trip(code):
    coded = code('MOSCOW, March 4 (Reuters) - Russia accused Ukraine of shelling a village, '
                 '"This is a provocation," the foreign ministry said.')
    assert coded.events and coded.quotes
    assert _build(CodedArticle, json.loads(json.dumps(_plain(coded)))) == coded


@pytest.mark.slow
def test_local_cluster_codes_like_one_process(tmp_path, resources):
    from eventwire.pipeline import code_articles

    paths = _inputs(tmp_path)
    report = code_with_dask(paths, tmp_path / "coded", "local", workers=2, partition_bytes=700)
    assert report.partitions > 5 and [p.origin.rsplit(":", 1)[-1] for p in report.problems] == ["6"]
    got = {a.id: c for a, c in read_coded(tmp_path / "coded")}
    articles = [a for a in read_inputs(paths[:1] + paths[2:]) if not isinstance(a, InputProblem)]
    expected = {c.id: c for c in code_articles(articles, resources)}
    assert len(got) == report.articles == 29 + 29 + 1  # JSONL (one bad line), Parquet, text
    assert {k: got[k] for k in expected} == expected
    def triples(c):
        return [(e.source, e.target, e.code) for e in c.events]
    assert all(triples(got[f"pa{i}"]) == triples(got[f"a{i}"]) for i in range(8, 30))
    # ingest stores the partitions with the usual deduplication: the Parquet copies of the
    # JSONL texts are already stored, so the store equals a single-process ingest of the JSONL
    db_dask, db_one = tmp_path / "dask.duckdb", tmp_path / "one.duckdb"
    for args in (["--db", str(db_dask), str(tmp_path / "coded")],
                 ["--workers", "1", "--db", str(db_one), paths[0], paths[2]]):
        done = subprocess.run([sys.executable, "-m", "eventwire", "ingest", "--quiet", *args],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode in (0, 1), done.stderr
    from eventwire.store.db import Store
    with Store.open(db_dask) as a, Store.open(db_one) as b:
        assert a.counts() == b.counts() and a.counts()["events"] > 0


def test_precoded_feed_forgets_batches_ingest_never_asks_for():
    arts = _articles(10)
    feed = PrecodedArticles(((a, f"coded-{a.id}") for a in arts), batch=2)
    seen = list(feed.articles())
    assert seen == arts and len(feed.pending) == 4
    assert feed.coder(seen[-2:]) == ["coded-a8", "coded-a9"] and not feed.pending


def test_cli_dask_needs_out(tmp_path):
    done = subprocess.run([sys.executable, "-m", "eventwire", "code", "--dask", "local", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--out" in done.stderr

"""The event store from the command line: idempotent ingest, deduplication, bad files, SIGKILL."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import REPO, shared_file

pytestmark = pytest.mark.slow

# A second, self-written report of the Xi-Putin talks the TASS story mentions, filed the same day.
REUTERS = ("MOSCOW, May 15, 2025 (Reuters) - Chinese President Xi Jinping and Russian President Vladimir "
           "Putin held negotiations in the Kremlin on strategic cooperation, the two governments said.\n\n"
           "Putin called the talks productive.")


def run(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "eventwire", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout)


def counts(db):
    done = run("sql", "--db", db, "--format", "jsonl",
               "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM mentions) m, "
               "(SELECT count(*) FROM events) e, (SELECT count(*) FROM quotes) q, (SELECT count(*) FROM places) p")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_ingesting_twice_changes_nothing(tmp_path):
    db = tmp_path / "ew.duckdb"
    first = run("ingest", "--db", db, "--quiet", REPO / "examples")
    assert first.returncode == 0, first.stderr
    once = counts(db)
    assert once["a"] >= 3 and once["m"] > 0 and once["e"] > 0
    second = run("ingest", "--db", db, "--quiet", REPO / "examples")
    assert second.returncode == 0, second.stderr
    assert "stored 0" in second.stderr
    assert counts(db) == once


def test_two_reports_of_the_same_talks_are_one_event(tmp_path):
    db = tmp_path / "ew.duckdb"
    other = tmp_path / "reuters.txt"
    other.write_text(REUTERS, encoding="utf-8")
    done = run("ingest", "--db", db, "--quiet", shared_file("examples/tass-2025-05-15.txt"), other)
    assert done.returncode == 0, done.stderr
    rows = run("sql", "--db", db, "--format", "jsonl",
               "SELECT source, target, num_mentions, num_articles, num_sources, event_date FROM events "
               "WHERE code = '046' AND source = 'CHNGOV' AND target = 'RUSGOV'")
    talks = [json.loads(line) for line in rows.stdout.splitlines()]
    assert len(talks) == 1, talks
    assert talks[0]["num_articles"] == 2 and talks[0]["num_sources"] == 2
    assert str(talks[0]["event_date"]).startswith("2025-05-15")
    # every mention keeps its evidence sentence and article
    ev = run("sql", "--db", db, "--format", "jsonl",
             "SELECT m.article_id, m.evidence FROM mentions m JOIN events e USING (event_key) "
             "WHERE e.code = '046' AND e.source = 'CHNGOV'")
    mentions = [json.loads(line) for line in ev.stdout.splitlines()]
    assert len({m["article_id"] for m in mentions}) == 2 and all("negotiations" in m["evidence"] for m in mentions)


def test_bad_inputs_are_skipped_and_the_rest_stored(tmp_path):
    db = tmp_path / "ew.duckdb"
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g1", "date": "2024-03-01", "text": "Iran criticized Israel."}) + "\n{oops\n"
                    + json.dumps({"id": "g2", "date": "2024-03-01", "text": "Israel criticized Iran."}) + "\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\xfe\x00garbage")
    done = run("ingest", "--db", db, "--quiet", good, tmp_path / "binary.txt")
    assert done.returncode == 1
    assert f"{good}:2" in done.stderr and "binary.txt" in done.stderr and "Traceback" not in done.stderr
    assert counts(db)["a"] == 2


@pytest.mark.parametrize("content,message", [
    (b"this is not a database at all" * 100, "not a DuckDB database"),
])
def test_a_corrupt_database_gives_one_clear_error(tmp_path, content, message):
    db = tmp_path / "broken.duckdb"
    db.write_bytes(content)
    done = run("ingest", "--db", db, REPO / "examples" / "border-talks.txt")
    assert done.returncode == 3  # a data/database error, not a usage error
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_foreign_database_is_refused(tmp_path):
    import duckdb
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.close()
    done = run("events", "--db", db)
    assert done.returncode == 3 and "not an eventwire one" in done.stderr and "Traceback" not in done.stderr


def test_sigkill_mid_ingest_loses_nothing_committed_and_rerun_completes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = []
    for i in range(120):  # distinct texts: every record is its own article
        lines.append(json.dumps({"id": f"art-{i}", "date": "2024-03-01",
                                 "text": f"Iran criticized Israel over incident number {i}. "
                                         f"Egypt hosted talks with Jordan on item {i}."}))
    corpus.write_text("\n".join(lines) + "\n")
    clean = tmp_path / "clean.duckdb"
    assert run("ingest", "--db", clean, "--quiet", "--batch", "10", corpus).returncode == 0
    expected = counts(clean)

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", "--db", str(db), "--batch", "10",
                             str(corpus)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "COLUMNS": "120"})
    # wait until some batches are committed (the progress bar counts them), then kill -9
    buf = b""
    deadline = time.time() + 300
    while time.time() < deadline:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        buf += chunk
        if b" 30/120 articles committed" in buf:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = counts(db)
    assert 0 < partial["a"] < 120  # killed in the middle: what was committed is there
    rerun = run("ingest", "--db", db, "--quiet", "--batch", "10", corpus)
    assert rerun.returncode == 0, rerun.stderr
    assert counts(db) == expected  # finished, and nothing twice


def test_trend_table_csv_and_plot(tmp_path):
    db = tmp_path / "ew.duckdb"
    assert run("ingest", "--db", db, "--quiet", shared_file("examples/tass-2025-05-15.txt")).returncode == 0
    done = run("trend", "CHN", "RUS", "--db", db, "--by", "month", "--format", "csv", "--plot", tmp_path / "t.png")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("period,source,target,events,mentions,verbal_cooperation")
    assert any(line.startswith("2025-05-01,CHN,RUS,") for line in lines[1:])
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = run("trend", "CHN", "RUS", "--db", db)
    assert "CHN → RUS" in table.stdout and "RUS → CHN" in table.stdout


def test_ingest_reads_html_and_feeds(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Talks in Astana</title>
<meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://example.org/astana">
</head><body><nav>Home World Sport</nav><article>
<p>ASTANA, June 3, 2025 (Example Wire) - Kazakhstan and Uzbekistan signed a water-sharing agreement on Tuesday.</p>
<p>The two countries also agreed to open two new border crossings, officials said.</p>
</article><footer>Copyright</footer></body></html>""", encoding="utf-8")
    feed = tmp_path / "news.rss"
    feed.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Example Feed</title>
<item><guid>item-1</guid><title>Protest</title><pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate>
<description>Thousands of Kenyan students protested in Nairobi on Monday against tuition fees.</description></item>
</channel></rss>""", encoding="utf-8")
    db = tmp_path / "ew.duckdb"
    done = run("ingest", "--db", db, "--quiet", page, feed)
    assert done.returncode == 0, done.stderr
    rows = run("sql", "--db", db, "--format", "jsonl", "SELECT id, outlet, events FROM articles ORDER BY id")
    got = [json.loads(line) for line in rows.stdout.splitlines()]
    assert [g["id"] for g in got] == ["https://example.org/astana", "item-1"]
    assert got[0]["outlet"] == "Example Wire" and all(g["events"] > 0 for g in got)


def test_ingest_codes_bare_statements_only_with_statements(tmp_path):
    # a bare statement of my own: 010 is not an event by the coding conventions unless asked for
    story = tmp_path / "statement.txt"
    story.write_text("Peru's foreign minister said on Tuesday that the weather in Lima was warm.", encoding="utf-8")
    for flags, expected in (((), 0), (("--statements",), 1)):
        db = tmp_path / f"ew{len(flags)}.duckdb"
        done = run("ingest", "--db", db, "--quiet", "--date", "2025-03-04", *flags, story)
        assert done.returncode == 0, done.stderr
        rows = run("sql", "--db", db, "--format", "jsonl", "SELECT count(*) n FROM events WHERE code = '010'")
        assert json.loads(rows.stdout)["n"] == expected, flags


def test_ingest_codes_with_imported_dictionaries(tmp_path):
    from eventwire.dictionaries.petrarch import import_petrarch

    # fictional countries and one verb, in PETRARCH's format
    files = {"verbs.txt": "--- CRITICIZE [111] ---\nCRITICIZE\n",
             "fict.actors.txt": "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "agents.txt": "PRESIDENT [~GOV]\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    folder = tmp_path / "imported"
    report = import_petrarch(folder, tmp_path / "verbs.txt", [tmp_path / "fict.actors.txt"], tmp_path / "agents.txt")
    assert report.problems == []
    story = tmp_path / "story.txt"
    story.write_text("Freedonia criticized Sylvania.", encoding="utf-8")
    query = "SELECT source, target, code FROM events"
    for flags, expected in (((), []), (("--dictionaries", folder), [{"source": "FRD", "target": "SYL", "code": "111"}])):
        db = tmp_path / f"ew{len(flags)}.duckdb"
        done = run("ingest", "--db", db, "--quiet", "--date", "2025-03-04", "--no-ner-fallback", *flags, story)
        assert done.returncode == 0, done.stderr
        rows = run("sql", "--db", db, "--format", "jsonl", query)
        assert [json.loads(line) for line in rows.stdout.splitlines()] == expected, flags

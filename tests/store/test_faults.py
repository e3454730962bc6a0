"""Faults from the command line: a full disk, a read-only folder, a damaged block, a busy file, kill -9, reading during an ingest; each one line, exit code 3 (2 for a missing input), nothing lost."""

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

import eventwire
from eventwire.errors import ExitCode
from eventwire.store.db import Store, StoreError, _open_error, read_error
from eventwire.types import Article, CodedArticle, Event, Span

REPO = Path(__file__).resolve().parents[2]  # not from conftest: another tests/ folder has a conftest too

pytestmark = pytest.mark.slow  # most run `eventwire ingest`, which loads the spaCy model

def run(*args, env=None, fsize=None, timeout=240):
    """`eventwire ARGS`; `fsize` caps the size of any file it writes (a full disk, portably)."""
    def cap():
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing

    return subprocess.run([sys.executable, "-m", "eventwire", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout, env={**os.environ, "COLUMNS": "120", **(env or {})},
                          preexec_fn=cap if fsize else None)


def one_line(done, code: int, *words: str) -> str:
    """The error line of a command that failed as it should: `code`, one line, no traceback."""
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: "), done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def talks(n: int) -> Event:
    return Event(source="FRAGOV", target="DEUGOV", code="046", name="talks", root="04", quad_class=1,
                 goldstein=4.0, plover="CONSULT", sentence=1, trigger=Span(7, 11, "held"),
                 source_span=Span(0, 6, "France"), target_span=None, date=date(2025, 3, 1 + n % 28),
                 confidence=0.8, evidence=f"France held talks with Germany, round {n}.")


def seeded(path, n: int = 40):
    """A database of `n` invented articles, one talks event each, stored without the coder."""
    with Store.open(path) as s:
        s.add((Article(f"seed-{k}", f"France held talks with Germany, round {k}. " * 20, outlet=f"Wire {k % 3}"),
               CodedArticle(f"seed-{k}", date(2025, 3, 1 + k % 28), (talks(k),))) for k in range(n))
    return path


def corpus(path, n: int, start: int = 0):
    """`n` stories the coder finds events in, each text its own."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            text = (f"Iran criticized Israel over incident number {i}. Egypt hosted talks with Jordan on item {i}. "
                    * 4)
            f.write(json.dumps({"id": f"art-{i}", "date": "2024-03-01", "text": text}) + "\n")
    return path


def counts(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
                          "(SELECT count(*) FROM events), (SELECT coalesce(sum(num_mentions), 0) FROM events), "
                          "(SELECT count(*) FROM mentions WHERE event_key NOT IN (SELECT event_key FROM events))"
                          ).fetchall()[0]
    finally:
        con.close()
    return dict(zip(["articles", "mentions", "events", "counted", "orphans"], row))


def consistent(c: dict) -> bool:
    """Every mention belongs to an event and every event counts its mentions: no half batch."""
    return c["orphans"] == 0 and c["counted"] == c["mentions"]


# -- a full disk ------------------------------------------------------------------------------

def test_a_full_disk_is_one_line_naming_it_and_keeps_every_committed_batch(tmp_path):
    db = seeded(tmp_path / "ew.duckdb")
    before = counts(db)
    inputs = corpus(tmp_path / "in.jsonl", 60)
    # no file may grow past 50 kB: the log of the commits (the .wal) fills up after a few batches
    done = run("ingest", "--db", db, "--quiet", "--batch", "10", inputs, fsize=50_000)
    one_line(done, ExitCode.DATA, "File too large", "nothing of it was written", str(db))
    after = counts(db)
    stored = after["articles"] - before["articles"]
    assert stored % 10 == 0 and stored < 60  # whole batches only, and every one committed is there
    assert consistent(after)  # (with room again, running the command again finishes: test_ingest.py)


def _mount(where, options: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def _umount(where) -> None:
    subprocess.run(["umount", str(where)], capture_output=True)


def test_a_full_small_disk_says_no_space_left(tmp_path):
    disk = tmp_path / "disk"
    if not _mount(disk, "size=1200k"):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        db = seeded(disk / "ew.duckdb", n=3)
        before = counts(db)
        done = run("ingest", "--db", db, "--quiet", "--batch", "20", corpus(tmp_path / "in.jsonl", 200))
        line = one_line(done, ExitCode.DATA, "No space left on device")
        assert "damaged" not in line
        assert consistent(counts(db)) and counts(db)["articles"] >= before["articles"]
    finally:
        _umount(disk)


# -- a folder that cannot be written ------------------------------------------------------------

def test_a_read_only_folder_is_one_line_and_the_database_stays_readable(tmp_path):
    folder = tmp_path / "ro"
    mounted = False
    if os.geteuid() == 0:
        mounted = _mount(folder, "size=8m")
        if not mounted:
            pytest.skip("root ignores folder permissions and cannot mount here")
    else:
        folder.mkdir()
    try:
        db = seeded(folder / "ew.duckdb", n=5)
        before = counts(db)
        if mounted:
            assert subprocess.run(["mount", "-o", "remount,ro", str(folder)]).returncode == 0
        else:
            folder.chmod(0o555)
        done = run("ingest", "--db", db, "--quiet", corpus(tmp_path / "in.jsonl", 5))
        line = one_line(done, ExitCode.DATA, str(db))
        assert "permission denied" in line.lower() and "damaged" not in line
        assert counts(db) == before
        listed = run("events", "--db", db, "--format", "jsonl")  # reading needs no write
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == before["events"]
    finally:
        if mounted:
            _umount(folder)
        else:
            folder.chmod(0o755)


def test_permission_errors_are_worded_as_permission_errors(tmp_path):
    db = tmp_path / "ew.duckdb"
    denied = duckdb.IOException(f'IO Error: Cannot open file "{db}": Permission denied')
    for error in (_open_error(db, True, denied), read_error(db, denied)):
        assert "permission denied" in str(error).lower() and "damaged" not in str(error)
    if os.geteuid() != 0:  # root reads any file
        seeded(db, n=2).chmod(0o000)
        try:
            line = one_line(run("events", "--db", db), ExitCode.DATA, "permission denied")
            assert "damaged" not in line
        finally:
            db.chmod(0o644)


# -- a damaged block ----------------------------------------------------------------------------

def _damage_a_block_of_events(db) -> None:
    """Overwrite one data block that the events table needs (found by trying each block of a
    copy), leaving the file openable: the case that broke events, trend and export."""
    block = 262_144
    original = db.read_bytes()
    for start in range(block, len(original), block):
        damaged = bytearray(original)
        damaged[start + 4096 + 100:start + 4096 + 356] = b"\xde\xad\xbe\xef" * 64
        db.write_bytes(bytes(damaged))
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            continue  # the damage stops the file from opening at all: not the case wanted
        try:
            con.execute("SELECT * FROM meta").fetchall()
            try:
                con.execute("SELECT * FROM events").fetchall()
            except duckdb.Error:
                return
        except duckdb.Error:
            pass
        finally:
            con.close()
    pytest.skip("no block of this small database held only events data")


def test_a_damaged_block_is_one_line_in_every_read_command(tmp_path):
    db = seeded(tmp_path / "ew.duckdb", n=400)
    _damage_a_block_of_events(db)
    for args in (["events"], ["trend", "FRA", "DEU"], ["export", "--format", "gdelt", tmp_path / "out.tsv"],
                 ["sql", "SELECT * FROM events"]):
        one_line(run(*args, "--db", db), ExitCode.DATA, "damaged", "Corrupt database file")
    with eventwire.Store(db) as store:  # the Python API says the same, as a StoreError
        for query in (store.events, lambda: store.trend("FRA", "DEU"), lambda: store.sql("FROM events")):
            with pytest.raises(StoreError, match="damaged"):
                query()


# -- paths that do not exist --------------------------------------------------------------------

def test_output_to_a_missing_folder_is_one_line_before_any_work(tmp_path):
    db = seeded(tmp_path / "ew.duckdb", n=2)
    for args in (["events", "--format", "csv", "--out", tmp_path / "no" / "x.csv"],
                 ["events", "--out", tmp_path / "no" / "x.txt"],
                 ["export", "--format", "parquet", tmp_path / "no" / "x.parquet"]):
        one_line(run(*args, "--db", db), ExitCode.DATA, "does not exist")


def test_a_database_in_a_missing_folder_is_named_as_such(tmp_path):
    with pytest.raises(StoreError, match="the folder .* does not exist") as e:
        Store.open(tmp_path / "no" / "ew.duckdb")
    assert "damaged" not in str(e.value) and not (tmp_path / "no").exists()


def test_a_missing_input_creates_no_database(tmp_path):
    db = tmp_path / "new.duckdb"
    one_line(run("ingest", "--db", db, tmp_path / "nothere.txt"), ExitCode.USAGE, "no such file")
    assert not db.exists() and list(tmp_path.iterdir()) == []


# -- a busy file ----------------------------------------------------------------------------------

def test_a_file_another_program_holds_is_one_line_after_the_wait(tmp_path):
    db = seeded(tmp_path / "ew.duckdb", n=3)
    before = counts(db)
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        quick = {"EVENTWIRE_LOCK_TIMEOUT": "1"}
        one_line(run("ingest", "--db", db, "--quiet", corpus(tmp_path / "in.jsonl", 2), env=quick), ExitCode.DATA,
                 "in use by another process", f"PID {holder.pid}")
        one_line(run("events", "--db", db, env=quick), ExitCode.DATA, "in use")
    finally:
        holder.kill()
        holder.wait()
    assert counts(db) == before


# -- reading while an ingest writes -------------------------------------------------------------

def test_reading_works_while_an_ingest_and_another_writer_write(tmp_path):
    """Readers (four commands and the Python API) get in between an ingest's batches, and a
    second writer (batches of invented articles, as ingest commits them) started at the same
    time takes turns with it: both finish, and every article of both is stored."""
    db = seeded(tmp_path / "ew.duckdb", n=3)
    ingest = subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", "--db", str(db), "--batch", "2",
                               str(corpus(tmp_path / "in.jsonl", 16))], cwd=REPO, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "120"})
    other = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    writers = [ingest, other]
    seen, outcomes = set(), []
    commands = [["sql", "SELECT 1"], ["events", "--format", "jsonl"], ["trend", "FRA", "DEU", "--format", "csv"],
                ["export", "--format", "csv", tmp_path / "out.csv"]]
    try:
        # the ingest says when it has committed a batch: read right then, mid-ingest
        for line in ingest.stderr:
            if "articles committed" not in line:
                continue
            with eventwire.Store(db) as store:  # the Python API, in this process
                seen.add(store.counts()["articles"])
                assert store.sql("SELECT count(*) AS n FROM events").num_rows == 1
            if len(outcomes) < len(commands):
                outcomes.append(run(*commands[len(outcomes)], "--db", db))
    finally:
        for w in writers:
            if w.poll() is None:
                w.wait(timeout=200)
        errors = [w.communicate()[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    assert [done.returncode for done in outcomes] == [0] * len(commands), [done.stderr for done in outcomes]
    assert any(3 < n < 119 for n in seen), seen  # reads in the middle of the writes
    assert counts(db)["articles"] == 3 + 16 + 100 and consistent(counts(db))


def test_a_writer_lets_a_waiting_reader_in_first(tmp_path):
    """Two writers that open the file again the moment they let go can starve a polling reader
    (seen once in test_reading_works_while_an_ingest_and_another_writer_write). A waiting reader
    marks the file; a writer about to open it waits until the mark is gone (or stale)."""
    import threading

    from eventwire.store.db import connect
    from eventwire.store.limits import Limits

    db = seeded(tmp_path / "ew.duckdb", n=1)
    marker = tmp_path / "ew.duckdb.readers-waiting"
    marker.touch()  # a reader is waiting
    reader_in = threading.Event()

    def reader_gets_in():
        time.sleep(0.2)
        reader_in.set()
        marker.unlink()

    threading.Thread(target=reader_gets_in).start()
    con = connect(db, read_only=False, limits=Limits())
    con.close()
    assert reader_in.is_set()  # the writer opened the file only after the reader's turn


def test_the_summary_counts_the_mentions_it_stored(tmp_path):
    db = tmp_path / "ew.duckdb"
    inputs = corpus(tmp_path / "in.jsonl", 3)
    text = json.loads(inputs.read_text().splitlines()[0])["text"]
    with open(inputs, "a", encoding="utf-8") as f:  # the same story again under another id: stored once
        f.write(json.dumps({"id": "copy", "date": "2024-03-01", "text": text}) + "\n")
    done = run("ingest", "--db", db, "--quiet", inputs)
    assert done.returncode == 0, done.stderr
    summary = done.stderr.strip().splitlines()[-1]
    said = int(summary.split(" event mention(s)")[0].rsplit(" ", 1)[1])
    assert said == counts(db)["mentions"] and f"mentions {said} (+{said})" in summary


# -- kill -9 at random points -------------------------------------------------------------------

WRITER = """
import sys
from datetime import date
from eventwire.store.db import Store
from eventwire.types import Article, CodedArticle, Event, Span

def talks(n):
    return Event(source="FRAGOV", target="DEUGOV" if n % 3 else "DEU", code="046", name="talks", root="04",
                 quad_class=1, goldstein=4.0, plover="CONSULT", sentence=1, trigger=Span(7, 11, "held"),
                 source_span=Span(0, 6, "France"), target_span=None, date=date(2025, 3, 1 + n % 9),
                 confidence=0.5 + n % 5 / 10, evidence=f"France held talks with Germany, round {n}.")

store = Store.open(sys.argv[1])
for start in range(0, 100, 5):  # as ingest does: a transaction per batch, the file let go between
    store.add((Article(f"k{n}", f"France held talks with Germany, round {n}. " * 30, outlet=f"W{n % 4}"),
               CodedArticle(f"k{n}", date(2025, 3, 1 + n % 9), (talks(n), talks(n + 1))))
              for n in range(start, start + 5))
    store.release()
    print(start + 5, flush=True)
"""


def _events(db) -> list:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT * EXCLUDE (avg_confidence) FROM events ORDER BY event_key").fetchall()
    finally:
        con.close()


def test_kill_9_at_random_points_loses_nothing_committed(tmp_path):
    import random

    clean = tmp_path / "clean.duckdb"
    assert subprocess.run([sys.executable, "-c", WRITER, str(clean)], capture_output=True).returncode == 0
    db = tmp_path / "killed.duckdb"
    rng = random.Random(13)
    committed = 0
    for _ in range(2):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
        wanted = rng.randint(1, 12)  # batches to let through, then a kill at a random moment after
        for _ in range(wanted):
            line = writer.stdout.readline()
            if not line:
                break
            committed = max(committed, int(line))
        time.sleep(rng.uniform(0, 0.05))  # inside a commit, a checkpoint, or between batches
        writer.kill()
        writer.wait()
        after = counts(db)
        assert after["articles"] >= committed and consistent(after)  # every reported batch is there
    finished = subprocess.run([sys.executable, "-c", WRITER, str(db)], capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert counts(db) == counts(clean) and _events(db) == _events(clean)

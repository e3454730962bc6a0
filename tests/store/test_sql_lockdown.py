"""SQL sees the event database and nothing else: no host file, URL or extension, capped memory, threads and time, on every read path."""

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

import eventwire
from eventwire.store.db import Store, StoreError
from eventwire.store.export import EventFilter, query_events, read_sql, run_sql
from eventwire.store.limits import Limits, LimitError, QueryTimeout, ResultTooLarge, size_bytes
from eventwire.store.trends import trend
from eventwire.types import Article, CodedArticle, Event, Span

REPO = Path(__file__).resolve().parents[2]  # not from conftest: another tests/ folder has a conftest too


def talks(source: str, target: str, code: str, day: date) -> Event:
    return Event(source=source, target=target, code=code, name="talks", root=code[:2], quad_class=1,
                 goldstein=4.0, plover="CONSULT", sentence=1, trigger=Span(0, 4, "held"),
                 source_span=Span(0, 6, "France"), target_span=None, date=day, confidence=0.8,
                 evidence="France held talks with Germany.")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("lockdown") / "ew.duckdb"
    rows = [(f"a{n}", talks("FRA" if n % 2 else "DEU", "DEU" if n % 2 else "FRA", "046", date(2025, 3, 1 + n)))
            for n in range(6)]
    with Store.open(path) as s:
        s.add((Article(aid, f"Story {aid}: France held talks with Germany.", outlet="Wire"),
               CodedArticle(aid, e.date, (e,))) for aid, e in rows)
    return path


# Each reaches beyond the database: a host file, the environment, a listing, a URL (which would
# download an extension), another database, an extension, a written file.
HOST = [
    "SELECT content FROM read_text('/etc/passwd')",
    "SELECT content FROM read_text('/proc/self/environ')",
    "SELECT * FROM read_blob('/etc/hostname')",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_json('/etc/hostname')",
    "SELECT * FROM read_parquet('/tmp/anything.parquet')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM glob('/root/*')",
    "SELECT * FROM glob('*')",
    "SELECT * FROM sniff_csv('/etc/passwd')",
    "SELECT * FROM read_csv('https://example.org/events.csv')",
    "SELECT * FROM read_parquet('s3://bucket/events.parquet')",
    "SELECT * FROM duckdb_extensions()",
]


@pytest.mark.parametrize("sql", HOST)
def test_sql_cannot_reach_the_host(db, sql):
    with pytest.raises(StoreError, match="disabled by configuration|docs/security.md|does not exist") as e:
        run_sql(db, sql)
    assert "\n" not in str(e.value)
    assert "root:" not in str(e.value)


@pytest.mark.parametrize("sql", [
    "INSTALL httpfs", "LOAD httpfs", "ATTACH '/tmp/other.duckdb' AS o", "COPY events TO '/tmp/events.csv'",
    "SET enable_external_access = true", "SET memory_limit = '100GB'", "RESET threads",
    "SET lock_configuration = false", "PRAGMA threads = 64", "EXPORT DATABASE '/tmp/dump'",
])
def test_statements_that_would_reach_out_or_unlock_are_refused(db, sql):
    with pytest.raises(StoreError, match="read-only"):
        run_sql(db, sql)


def _settings(con) -> dict:
    names = ["enable_external_access", "autoinstall_known_extensions", "autoload_known_extensions",
             "lock_configuration", "threads", "memory_limit"]
    row = con.execute("SELECT " + ", ".join(f"current_setting('{n}')" for n in names)).fetchall()[0]
    return dict(zip(names, row))


def _assert_locked(con):
    s = _settings(con)
    assert s["enable_external_access"] is False and s["autoinstall_known_extensions"] is False
    assert s["autoload_known_extensions"] is False and s["lock_configuration"] is True
    for statement in ("SET enable_external_access = true", "SET memory_limit = '64GB'",
                      "SET lock_configuration = false", "SET threads = 64"):
        with pytest.raises(duckdb.InvalidInputException, match="locked"):
            con.execute(statement)
    with pytest.raises(duckdb.PermissionException):
        con.execute("SELECT * FROM read_text('/etc/passwd')").fetchall()


def test_every_read_path_gets_the_locked_connection(db):
    limits = Limits(memory_limit="300MB", threads=1)
    with Store.open(db, read_only=True, limits=limits) as s:  # events, trend, export, the HTTP API
        _assert_locked(s.con)
        assert _settings(s.con)["threads"] == 1 and "MiB" in _settings(s.con)["memory_limit"]
        assert query_events(s, EventFilter()).num_rows == 6
        assert trend(s, "FRA", "DEU", by="year")
    with eventwire.Store(db) as store:  # the Python API
        store.events()
        _assert_locked(store._open.con)


def test_the_writer_connection_is_locked_down_too(tmp_path):
    with Store.open(tmp_path / "w.duckdb") as s:
        _assert_locked(s.con)


def test_python_store_sql_is_locked_down(db):
    with eventwire.Store(db) as store:
        assert store.sql("SELECT count(*) AS n FROM events").to_pylist() == [{"n": 6}]
        with pytest.raises(StoreError, match="disabled by configuration"):
            store.sql("SELECT * FROM read_text('/etc/passwd')")
        with pytest.raises(StoreError, match="read-only"):
            store.sql("COPY events TO 'x.csv'")


def test_pivot_is_a_read(db):
    rows = run_sql(db, "PIVOT events ON source USING count(*) GROUP BY code").to_pylist()
    assert rows == [{"code": "046", "DEU": 3, "FRA": 3}]
    with eventwire.Store(db) as store:
        assert store.sql("-- by side\nPIVOT events ON target USING count(*) GROUP BY root").num_rows == 1


def test_a_runaway_query_is_stopped_by_the_timeout(db):
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 0.5 s"):
        run_sql(db, "SELECT count(*) FROM range(1e12::BIGINT)", Limits(timeout=0.5))
    assert time.monotonic() - started < 10
    with eventwire.Store(db, timeout=0.5) as store:
        with pytest.raises(QueryTimeout):
            store.sql("SELECT count(*) FROM range(1e12::BIGINT)")
        assert store.sql("SELECT 1 AS one").to_pylist() == [{"one": 1}]  # the store still works


def test_memory_is_capped(db):
    with pytest.raises(StoreError, match="Out of Memory.*memory limit is 200MB"):
        run_sql(db, "SELECT length(string_agg(repeat('x', 1000), ',')) FROM range(2000000)",
                Limits(memory_limit="200MB"))


def test_a_result_larger_than_the_memory_limit_is_refused_not_held(db):
    with pytest.raises(ResultTooLarge, match="larger than the memory limit"):
        run_sql(db, "SELECT range FROM range(100000000)", Limits(memory_limit="100MB"))


def test_user_sql_needs_a_read_only_store(tmp_path):
    with Store.open(tmp_path / "w.duckdb") as s:
        with pytest.raises(StoreError, match="read-only"):
            read_sql(s, "SELECT 1")


def test_limits_from_the_environment_and_options():
    env = {"EVENTWIRE_MEMORY_LIMIT": "512MB", "EVENTWIRE_THREADS": "3", "EVENTWIRE_SQL_TIMEOUT": "0",
           "EVENTWIRE_LOCK_TIMEOUT": "5"}
    limits = Limits.from_env(env)
    assert (limits.memory_limit, limits.threads, limits.timeout, limits.wait(True)) == ("512MB", 3, None, 5.0)
    assert Limits.from_env(env, memory_limit="1GB").memory_limit == "1GB"
    assert Limits.from_env({}).timeout == 60.0 and Limits().wait(True) == 30.0 and Limits().wait(False) == 300.0
    assert size_bytes("1.5GiB") == int(1.5 * 2**30)
    for bad in ({"EVENTWIRE_MEMORY_LIMIT": "lots"}, {"EVENTWIRE_THREADS": "0"}, {"EVENTWIRE_SQL_TIMEOUT": "soon"}):
        with pytest.raises(LimitError):
            Limits.from_env(bad)


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "eventwire", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, timeout=120, env={**os.environ, **(env or {})})


def test_the_sql_command_reads_nothing_else_and_takes_its_limits(db):
    done = run("sql", "--db", db, "SELECT content FROM read_text('/proc/self/environ')")
    assert done.returncode == 3 and "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
    assert "PATH=" not in done.stdout + done.stderr
    done = run("sql", "--db", db, "--timeout", "1", "SELECT count(*) FROM range(1e12::BIGINT)")
    assert done.returncode == 3 and "stopped after 1 s" in done.stderr and len(done.stderr.splitlines()) == 1
    done = run("sql", "--db", db, "--format", "jsonl", "PIVOT events ON source USING count(*) GROUP BY root",
               env={"EVENTWIRE_SQL_TIMEOUT": "30", "EVENTWIRE_MEMORY_LIMIT": "300MB"})
    assert done.returncode == 0 and json.loads(done.stdout) == {"root": "04", "DEU": 3, "FRA": 3}
    done = run("sql", "--db", db, "--memory-limit", "lots", "SELECT 1")
    assert done.returncode == 2 and "not a size" in done.stderr

"""A database written by schema 1 is upgraded in place: runs table, undated flag from its dates."""

import duckdb

from eventwire.store.db import Store
from eventwire.store.schema import APP, LATEST, MIGRATIONS


def test_a_schema_1_database_gains_runs_and_the_undated_flag(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('app', ?), ('schema_version', '1')", [APP])
    for sql in MIGRATIONS[0][2]:
        con.execute(sql)
    con.execute("INSERT INTO articles (id, content_hash, story_date) VALUES ('dated', 'h1', DATE '2025-05-08'), "
                "('nodate', 'h2', NULL)")
    con.close()
    with Store.open(path) as s:
        assert s.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [(str(LATEST),)]
        rows = s.con.execute("SELECT id, undated, run_id FROM articles ORDER BY id").fetchall()
        assert rows == [("dated", False, None), ("nodate", True, None)]
        assert s.con.execute("SELECT count(*) FROM runs").fetchall() == [(0,)]

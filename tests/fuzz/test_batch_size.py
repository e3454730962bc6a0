"""The stored tables are the same whatever the ingest batch size (issue 13, defect 5)."""

from datetime import date

import pytest

from eventwire.store.db import Store
from eventwire.store.ingest import ingest
from eventwire.types import Article

pytestmark = pytest.mark.slow

# Invented reports built so that ties decide: the same attack told in many words with the same
# confidence (which evidence and place stand for the event?), an actor named first as a target
# and later as a source (which words name it?), dated and story-dated reports of one event.
REPORTS = [
    "Russian forces shelled Kharkiv on Monday, killing three people.",
    "Russian forces shelled Kharkiv, the regional governor said.",
    "Russian forces shelled Kherson on Monday.",
    "Ukraine's army said it repelled an attack by Russian forces near Bakhmut.",
    "The Ukrainian military accused Moscow of shelling civilians.",
    "Russian forces shelled Kharkiv overnight, officials said.",
    "China criticized Japan over the disputed islands.",
    "Beijing criticized Tokyo on Tuesday over its defence budget.",
    "The Chinese foreign ministry criticized the Japanese government.",
    "Japan's prime minister criticized China for the incursion.",
    "Iran's foreign minister met Iraq's prime minister in Baghdad.",
    "Iraq's prime minister met the Iranian foreign minister in Tehran on May 3.",
]


def _tables(db_path) -> dict[str, list[tuple]]:
    with Store.open(db_path, read_only=True) as store:
        out = {}
        for table in ("articles", "mentions", "events", "actors", "quotes", "places"):
            cols = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()
                    if r[0] not in ("run_id", "ingested_at", "stored_at")]
            out[table] = sorted(store.con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        return out


def test_stored_tables_do_not_depend_on_the_batch_size(tmp_path, resources):
    articles = [Article(id=f"r{n:02}", text=t, date=date(2025, 5, 5 + n % 3)) for n, t in enumerate(REPORTS)]
    tables = {}
    for batch in (1, 5, 200):
        path = tmp_path / f"b{batch}.duckdb"
        with Store.open(path) as store:
            ingest(articles, store, resources, batch=batch)
        tables[batch] = _tables(path)
    for batch in (5, 200):
        for name, rows in tables[1].items():
            assert tables[batch][name] == rows, f"{name} differs between --batch 1 and --batch {batch}"

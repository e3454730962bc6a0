"""Stored events: filters, exports (CSV, Parquet, GDELT 2.0, PLOVER), read-only SQL; no NLP needed."""

import csv
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from eventwire.store.db import Store, StoreError
from eventwire.store.export import EventFilter, export, parse_dyad, query_events, run_sql, write_events
from eventwire.store.trends import trend
from eventwire.types import Article, CodedArticle, Event, Place, Span


def event(source, target, code, root, quad, goldstein, day, place=None, evidence="Evidence sentence."):
    return Event(source=source, target=target, code=code, name=f"name {code}", root=root, quad_class=quad,
                 goldstein=goldstein, plover="AGREE" if root == "03" else "", sentence=1,
                 trigger=Span(0, 4, "word"), source_span=Span(0, 5, "China"), target_span=None, date=day,
                 confidence=0.8, location=place, evidence=evidence)


MOSCOW = Place("Moscow", "RUS", 55.75, 37.62, None)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "ew.duckdb"
    talks = event("CHNGOV", "RUSGOV", "046", "04", 1, 7.0, date(2025, 5, 8), MOSCOW, "Xi and Putin held talks.")
    rows = [
        ("a1", "Reuters", [talks, event("CHNMIL", "RUSMIL", "0312", "03", 1, 5.2, date(2025, 5, 15))]),
        ("a2", "TASS", [event("CHNGOV", "RUSGOV", "046", "04", 1, 7.0, date(2025, 5, 8), None,
                              "The two leaders held negotiations in the Kremlin.")]),
        ("a3", "AFP", [event("RUSMIL", "UKR", "190", "19", 4, -10.0, date(2025, 6, 2), Place("Kharkiv", "UKR", 49.99,
                                                                                             36.23, None)),
                       event("USAGOV", "CHNGOV", "111", "11", 3, -2.0, date(2025, 6, 20))]),
        ("a4", "AP", [event("IGOUNO", "UKR", "073", "07", 2, 7.4, date(2025, 7, 1))]),
    ]
    with Store.open(path) as s:
        s.add((Article(aid, f"text of {aid}", outlet=outlet, url=f"https://example.org/{aid}"),
               CodedArticle(aid, evs[0].date, tuple(evs))) for aid, outlet, evs in rows)
    return path


def test_the_same_event_from_two_outlets_is_one_event(store):
    with Store.open(store, read_only=True) as s:
        t = query_events(s, EventFilter(dyad=("CHN", "RUS"), root="046")).to_pylist()
    assert len(t) == 1 and (t[0]["num_mentions"], t[0]["num_articles"], t[0]["num_sources"]) == (2, 2, 2)
    assert t[0]["location"] == "Moscow"  # one report names the place, the other does not


@pytest.mark.parametrize("f,expected", [
    (EventFilter(), 5),
    (EventFilter(dyad=("CHN", "RUS")), 2),
    (EventFilter(dyad=("RUS", "CHN")), 0),
    (EventFilter(dyad=("RUS", "CHN"), both=True), 2),
    (EventFilter(actor="UKR"), 2),
    (EventFilter(root="19"), 1),
    (EventFilter(since=date(2025, 6, 1), until=date(2025, 6, 30)), 2),
    (EventFilter(text="kremlin"), 1),
    (EventFilter(text="100%_"), 0),  # wildcards in the user's text are literal
    (EventFilter(limit=3), 3),
])
def test_filters(store, f, expected):
    with Store.open(store, read_only=True) as s:
        assert query_events(s, f).num_rows == expected


def test_parse_dyad():
    assert parse_dyad("chn-rusmil") == ("CHN", "RUSMIL")
    with pytest.raises(ValueError):
        parse_dyad("CHN")


def test_csv_jsonl_parquet(store, tmp_path):
    with Store.open(store, read_only=True) as s:
        t = query_events(s, EventFilter())
    write_events(t, "csv", tmp_path / "e.csv")
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert len(rows) == 5 and rows[0]["event_date"] == "2025-05-08"
    write_events(t, "jsonl", tmp_path / "e.jsonl")
    assert len([json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]) == 5
    write_events(t, "parquet", tmp_path / "e.parquet")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 5


def test_gdelt_layout(store, tmp_path):
    with Store.open(store, read_only=True) as s:
        n = export(s, "gdelt", tmp_path / "g.tsv")
    lines = (tmp_path / "g.tsv").read_text().splitlines()
    assert n == len(lines) == 5
    for line in lines:
        assert len(line.split("\t")) == 61
    talks = next(l.split("\t") for l in lines if "\t046\t" in l)
    assert talks[1] == "20250508" and talks[2] == "202505" and talks[3] == "2025"
    assert talks[5] == "CHNGOV" and talks[7] == "CHN" and talks[12] == "GOV"  # Actor1 code, country, type
    assert talks[26:30] == ["046", "046", "04", "1"]  # EventCode, base, root, QuadClass
    assert talks[31:34] == ["2", "2", "2"]  # NumMentions, NumSources, NumArticles
    assert talks[51:54] == ["4", "Moscow", "RUS"]  # ActionGeo_Type (city), FullName, CountryCode
    assert talks[60].startswith("https://example.org/")
    igo = next(l.split("\t") for l in lines if "IGOUNO" in l)
    assert igo[7] == "" and igo[8] == "UNO" and igo[12] == "IGO"  # no country; the known group


def test_plover_json(store, tmp_path):
    with Store.open(store, read_only=True) as s:
        export(s, "plover", tmp_path / "p.jsonl", EventFilter(root="03"))
    rec = json.loads((tmp_path / "p.jsonl").read_text().splitlines()[0])
    assert rec["event_type"] == "AGREE" and rec["cameo"] == "0312"
    assert rec["actors"]["source"] == {"code": "CHNMIL", "country": "CHN", "sector": "MIL"}


def test_trend_counts_each_event_once(store):
    with Store.open(store, read_only=True) as s:
        rows = trend(s, "CHN", "RUS", by="month")
    may = next(r for r in rows if r.source == "CHN" and r.period == date(2025, 5, 1))
    assert may.events == 2 and may.mentions == 3 and may.quad == (2, 0, 0, 0)
    assert may.goldstein_sum == pytest.approx(12.2)


@pytest.mark.parametrize("sql", ["DELETE FROM events", "DROP TABLE events", "INSERT INTO actors VALUES ('X')",
                                 "COPY events TO '/tmp/x.csv'", "ATTACH 'other.db'", "SELECT 1; DROP TABLE events"])
def test_sql_is_read_only(store, sql):
    with pytest.raises(StoreError):
        run_sql(store, sql)


def test_sql_reads_and_reports_errors(store):
    assert run_sql(store, "SELECT count(*) AS n FROM events").to_pylist() == [{"n": 5}]
    with pytest.raises(StoreError, match="SQL error"):
        run_sql(store, "SELEC nonsense")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    with Store.open(path) as s:
        s.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer eventwire"):
        Store.open(path)

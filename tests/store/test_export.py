"""Filtering stored events, writing them (table, CSV, JSONL, Parquet), GDELT 2.0 and PLOVER exports, read-only SQL."""

import csv
import io
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from eventwire.errors import EventwireError
from eventwire.store.db import Store, StoreError
from eventwire.store.export import (GDELT_COLUMNS, EventFilter, actor_name, export, gdelt_name, parse_dyad,
                                    plover_mode_context, query_events, run_sql, write_events)
from eventwire.types import Article, CodedArticle, Event, Place, Span

MOSCOW = Place("Moscow", "RUS", 55.75, 37.62, None)
IRAN = Place("Iran", "IRN", None, None, None, kind="country")
LONG = ("Iranian forces fired on a United States patrol boat in the Strait of Hormuz late on Tuesday, "
        "officials in Washington said, calling it a grave escalation.")


def event(source, target, code, root, quad, goldstein, day, *, sentence=1, place=None, plover="",
          evidence="Evidence sentence.", speaker=""):
    return Event(source=source, target=target, code=code, name=f"name {code}", root=root, quad_class=quad,
                 goldstein=goldstein, plover=plover, sentence=sentence, trigger=Span(0, 4, "word"),
                 source_span=Span(0, 5, "China"), target_span=None, date=day, confidence=0.8, location=place,
                 evidence=evidence, speaker=speaker)


# Two dyads (CHN-RUS, USA-IRN) over May, June and July 2025, plus a UN statement with no target.
# a1 and a2 report the same talks: one event, two articles, two outlets; only a2 says who said so.
TALKS = event("CHNGOV", "RUSGOV", "046", "04", 1, 7.0, date(2025, 5, 8), place=MOSCOW,
              evidence="Xi and Putin held talks.")
ARTICLES = [
    ("a1", "Reuters", [TALKS, event("CHNMIL", "RUSMIL", "0312", "03", 1, 5.2, date(2025, 5, 8), sentence=2,
                                    plover="AGREE", evidence="The armies agreed to joint drills.")]),
    ("a2", "TASS", [event("CHNGOV", "RUSGOV", "046", "04", 1, 7.0, date(2025, 5, 8), sentence=3,
                          evidence="The two leaders held negotiations in the KREMLIN.", speaker="RUSGOV")]),
    ("a3", "AFP", [event("RUSGOV", "CHNGOV", "036", "03", 1, 4.0, date(2025, 6, 10), evidence="Moscow asked to meet."),
                   event("USAGOV", "IRNGOV", "111", "11", 3, -2.0, date(2025, 6, 20), sentence=4,
                         evidence="Washington criticized Tehran.")]),
    ("a4", "AP", [event("IRNMIL", "USAMIL", "190", "19", 4, -10.0, date(2025, 7, 1), place=IRAN, evidence=LONG),
                  event("USAGOV", "IRN", "163", "16", 4, -8.0, date(2025, 7, 15), sentence=2,
                        evidence="Sanctions rose 100%_ overnight."),
                  event("IGOUNO", "", "010", "01", 1, 0.0, date(2025, 7, 20), sentence=5,
                        evidence="The United Nations issued a statement.")]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "ew.duckdb"
    with Store.open(path) as s:
        s.add((Article(aid, f"text of {aid}", outlet=outlet, url=f"https://example.org/{aid}" if aid != "a4" else ""),
               CodedArticle(aid, events[0].date, tuple(events))) for aid, outlet, events in ARTICLES)
        # the store names an actor by the words an article first used for it; set them plainly here
        s.con.execute("UPDATE actors SET name = CASE code WHEN 'CHNGOV' THEN 'China' "
                      "WHEN 'CHNMIL' THEN 'the People\u2019s  Liberation Army' ELSE NULL END").fetchall()
    return path


@pytest.fixture
def store(db):
    with Store.open(db, read_only=True) as s:
        yield s


def triples(table):
    return {(r["source"], r["target"], r["code"]) for r in table.to_pylist()}


def gdelt_rows(path):
    return [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in path.read_text().splitlines()]


# -- filters ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("CHN-RUS", ("CHN", "RUS")),
    ("chnmil-rus", ("CHNMIL", "RUS")),
    (" USA - IRN ", ("USA", "IRN")),
    ("IGOUNO-UKR", ("IGOUNO", "UKR")),
])
def test_parse_dyad(text, expected):
    assert parse_dyad(text) == expected


@pytest.mark.parametrize("text", ["CHN", "CHN-RUS-USA", "CHN-", "-RUS", "", "CHN RUS", "C%N-RUS", "1CH-RUS"])
def test_parse_dyad_refuses_bad_input_with_an_example(text):
    with pytest.raises(ValueError, match="SOURCE-TARGET.*CHN-RUS"):
        parse_dyad(text)


def test_a_negative_limit_is_refused():
    with pytest.raises(ValueError, match="limit"):
        EventFilter(limit=-1)
    with pytest.raises(EventwireError):  # the CLI prints it as one line
        EventFilter(limit=-1)


def test_two_reports_of_the_talks_are_one_event(store):
    rows = query_events(store, EventFilter(dyad=("CHN", "RUS"), root="046")).to_pylist()
    assert len(rows) == 1
    talks = rows[0]
    assert (talks["num_mentions"], talks["num_articles"], talks["num_sources"]) == (2, 2, 2)
    assert talks["location"] == "Moscow" and talks["first_article"] == "a1"


def test_all_columns_in_date_order_most_reported_first(store):
    table = query_events(store, EventFilter())
    assert table.column_names == [r[0] for r in store.con.execute("DESCRIBE events").fetchall()] + ["speaker"]
    rows = table.to_pylist()
    assert len(rows) == 7
    assert [r["event_date"] for r in rows] == sorted(r["event_date"] for r in rows)
    assert rows[0]["code"] == "046" and rows[1]["code"] == "0312"  # same day: 2 mentions before 1


@pytest.mark.parametrize("f,expected", [
    (EventFilter(dyad=("CHN", "RUS")), {("CHNGOV", "RUSGOV", "046"), ("CHNMIL", "RUSMIL", "0312")}),
    (EventFilter(dyad=("CHNMIL", "RUS")), {("CHNMIL", "RUSMIL", "0312")}),
    (EventFilter(dyad=("chn", "rus")), {("CHNGOV", "RUSGOV", "046"), ("CHNMIL", "RUSMIL", "0312")}),
    (EventFilter(dyad=("RUS", "CHN")), {("RUSGOV", "CHNGOV", "036")}),
    (EventFilter(dyad=("RUS", "CHN"), both=True),
     {("CHNGOV", "RUSGOV", "046"), ("CHNMIL", "RUSMIL", "0312"), ("RUSGOV", "CHNGOV", "036")}),
    (EventFilter(actor="IRN"), {("USAGOV", "IRNGOV", "111"), ("IRNMIL", "USAMIL", "190"), ("USAGOV", "IRN", "163")}),
    (EventFilter(actor="USAGOV"), {("USAGOV", "IRNGOV", "111"), ("USAGOV", "IRN", "163")}),
    (EventFilter(root="19"), {("IRNMIL", "USAMIL", "190")}),
    (EventFilter(root="03"), {("CHNMIL", "RUSMIL", "0312"), ("RUSGOV", "CHNGOV", "036")}),
    (EventFilter(root="0312"), {("CHNMIL", "RUSMIL", "0312")}),
    (EventFilter(since=date(2025, 6, 1), until=date(2025, 6, 30)),
     {("RUSGOV", "CHNGOV", "036"), ("USAGOV", "IRNGOV", "111")}),
    (EventFilter(since=date(2025, 7, 15)), {("USAGOV", "IRN", "163"), ("IGOUNO", "", "010")}),
    (EventFilter(until=date(2025, 5, 8)), {("CHNGOV", "RUSGOV", "046"), ("CHNMIL", "RUSMIL", "0312")}),
    (EventFilter(until=date(2025, 5, 7)), set()),
    # any report's sentence counts, not only the one kept as the event's evidence; any case
    (EventFilter(text="kremlin"), {("CHNGOV", "RUSGOV", "046")}),
    (EventFilter(text="100%_"), {("USAGOV", "IRN", "163")}),  # % and _ are literal...
    (EventFilter(text="1_0"), set()),  # ...not wildcards
    (EventFilter(text="%"), {("USAGOV", "IRN", "163")}),
    (EventFilter(text="' OR 1=1 --"), set()),
    (EventFilter(dyad=("USA", "IRN"), root="16", since=date(2025, 7, 1), text="sanctions"),
     {("USAGOV", "IRN", "163")}),
])
def test_filters(store, f, expected):
    assert triples(query_events(store, f)) == expected


def test_limit_keeps_the_first_rows(store):
    everything = query_events(store, EventFilter()).column("event_key").to_pylist()
    assert query_events(store, EventFilter(limit=3)).column("event_key").to_pylist() == everything[:3]
    assert query_events(store, EventFilter(limit=0)).num_rows == 0


# -- writing a listing ------------------------------------------------------------------------

def test_csv_to_a_file_parses_back(store, tmp_path):
    write_events(query_events(store, EventFilter()), "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 7 and rows[0]["event_date"] == "2025-05-08"
    assert rows[0]["code"] == "046" and rows[0]["num_articles"] == "2" and rows[0]["location"] == "Moscow"
    assert rows[-1]["target"] == "" and rows[-1]["source"] == "IGOUNO"


def test_csv_and_jsonl_to_a_stream(store):
    table = query_events(store, EventFilter(dyad=("USA", "IRN")))
    out = io.StringIO()
    write_events(table, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["code"] for r in rows] == ["111", "163"] and rows[1]["event_date"] == "2025-07-15"
    out = io.StringIO()
    write_events(table, "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["code"] for r in records] == ["111", "163"]
    assert records[0]["event_date"] == "2025-06-20" and records[0]["goldstein"] == -2.0
    assert set(records[0]) == set(table.column_names)


def test_jsonl_to_a_file(store, tmp_path):
    write_events(query_events(store, EventFilter()), "jsonl", str(tmp_path / "e.jsonl"))
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7 and records[0]["num_mentions"] == 2


def test_parquet_round_trips_and_needs_a_file(store, tmp_path):
    table = query_events(store, EventFilter())
    write_events(table, "parquet", tmp_path / "e.parquet")
    back = pq.read_table(tmp_path / "e.parquet")
    assert back.equals(table)
    with pytest.raises(ValueError, match="file path"):
        write_events(table, "parquet", io.StringIO())


def test_table_for_people(store, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # wide enough that nothing wraps
    out = io.StringIO()
    write_events(query_events(store, EventFilter()), "table", out)
    text = out.getvalue()
    assert "7 event(s)" in text and "CHNGOV" in text and "2/2/2" in text and "Moscow, RUS" in text
    assert "+7.0" in text and "-10.0" in text and "Xi and Putin held talks." in text
    from eventwire.io.tables import STORED_EVIDENCE_CHARS
    # the evidence is wrapped below each event, and shortened only past STORED_EVIDENCE_CHARS
    flat = " ".join(text.split())
    assert LONG[:100] in flat and (LONG in flat) == (len(LONG) <= STORED_EVIDENCE_CHARS)


def test_table_of_nothing(store):
    out = io.StringIO()
    write_events(query_events(store, EventFilter(actor="ZZZ")), "table", out)
    assert "0 event(s)" in out.getvalue() and "no events match" in out.getvalue()


def test_an_unknown_listing_format_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        write_events(query_events(store, EventFilter()), "xml", tmp_path / "e.xml")
    assert not (tmp_path / "e.xml").exists()


# -- exports ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_the_events_table(store, tmp_path, fmt):
    path = tmp_path / f"e.{fmt}"
    assert export(store, fmt, path, EventFilter(actor="CHN")) == 3
    if fmt == "parquet":
        assert pq.read_table(path).num_rows == 3
    else:
        assert len(list(csv.DictReader(path.open(newline="")))) == 3


def test_gdelt_has_61_columns_and_the_right_values(store, tmp_path):
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[26:30] == ["EventCode", "EventBaseCode", "EventRootCode",
                                                                 "QuadClass"]
    path = tmp_path / "events.tsv"
    assert export(store, "gdelt", path) == 7
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7 and all(len(line.split("\t")) == 61 for line in lines)
    rows = gdelt_rows(path)
    assert all(r["GLOBALEVENTID"].isdigit() for r in rows)  # no header line
    assert len({r["GLOBALEVENTID"] for r in rows}) == 7
    assert all(len(r["DATEADDED"]) == 14 and r["DATEADDED"].isdigit() for r in rows)
    assert all(r["AvgTone"] == "0" for r in rows)

    talks = rows[0]
    assert (talks["SQLDATE"], talks["MonthYear"], talks["Year"], talks["FractionDate"]) == (
        "20250508", "202505", "2025", f"{2025 + 128 / 365:.4f}")
    assert (talks["Actor1Code"], talks["Actor1Name"], talks["Actor1CountryCode"], talks["Actor1Type1Code"]) == (
        "CHNGOV", "CHINA", "CHN", "GOV")
    assert (talks["Actor2Code"], talks["Actor2Name"], talks["Actor2CountryCode"], talks["Actor2Type1Code"]) == (
        "RUSGOV", "RUSSIA", "RUS", "GOV")  # no stored name: its country's
    assert [talks[c] for c in ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                               "GoldsteinScale", "NumMentions", "NumSources", "NumArticles")] == [
        "1", "046", "046", "04", "1", "7.0", "2", "2", "2"]
    assert [talks[f"ActionGeo_{f}"] for f in ("Type", "FullName", "CountryCode", "Lat", "Long")] == [
        "4", "Moscow", "RUS", "55.75", "37.62"]  # a point: GDELT's world city; ISO3, not FIPS
    assert talks["SOURCEURL"] == "https://example.org/a1"

    by_code = {r["EventCode"]: r for r in rows}
    drills = by_code["0312"]
    assert (drills["EventBaseCode"], drills["EventRootCode"], drills["IsRootEvent"]) == ("031", "03", "0")
    attack = by_code["190"]
    assert [attack[c] for c in ("EventRootCode", "QuadClass", "NumArticles", "ActionGeo_Type",
                                "ActionGeo_CountryCode", "ActionGeo_Lat")] == ["19", "4", "1", "1", "IRN", ""]
    assert attack["SOURCEURL"] == ""  # no URL: empty, never the article's id
    assert by_code["111"]["ActionGeo_Type"] == by_code["111"]["ActionGeo_CountryCode"] == ""
    un = by_code["010"]
    assert [un[c] for c in ("Actor1Code", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code")] == [
        "IGOUNO", "", "UNO", "IGO"]
    assert all(un[f"Actor2{f}"] == "" for f in ("Code", "CountryCode", "Type1Code"))


def test_gdelt_ids_are_stable_across_exports(store, tmp_path):
    export(store, "gdelt", tmp_path / "all.tsv")
    export(store, "gdelt", tmp_path / "some.tsv", EventFilter(root="19"))
    ids = {r["EventCode"]: r["GLOBALEVENTID"] for r in gdelt_rows(tmp_path / "all.tsv")}
    assert [r["GLOBALEVENTID"] for r in gdelt_rows(tmp_path / "some.tsv")] == [ids["190"]]


def test_plover_json_lines(store, tmp_path):
    path = tmp_path / "plover.jsonl"
    assert export(store, "plover", path, EventFilter(dyad=("CHN", "RUS"), both=True)) == 3
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"id", "date", "event_type", "mode", "context", "cameo", "quad_class", "goldstein",
                          "actors", "location", "num_mentions", "num_articles", "num_sources", "evidence"}
               for r in records)
    talks, drills, visit = records
    assert talks["date"] == "2025-05-08" and talks["cameo"] == "046" and talks["event_type"] == ""
    assert talks["mode"] == "" and talks["context"] == ["diplomatic"]  # 046 negotiation
    assert talks["actors"] == {"source": {"code": "CHNGOV", "country": "CHN", "sector": "GOV"},
                               "target": {"code": "RUSGOV", "country": "RUS", "sector": "GOV"}}
    assert talks["location"] == {"name": "Moscow", "country": "RUS", "lat": 55.75, "lon": 37.62}
    assert (talks["num_mentions"], talks["num_articles"], talks["num_sources"]) == (2, 2, 2)
    assert talks["evidence"]["article"] == "a1" and talks["evidence"]["sentence"]
    assert drills["event_type"] == "AGREE" and drills["quad_class"] == 1 and drills["goldstein"] == 5.2
    assert drills["location"] is None
    assert visit["actors"]["source"]["code"] == "RUSGOV"


def test_plover_event_without_a_target_keeps_the_shape(store, tmp_path):
    export(store, "plover", tmp_path / "p.jsonl", EventFilter(actor="IGO"))
    (un,) = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert un["actors"] == {"source": {"code": "IGOUNO", "country": "IGO", "sector": "UNO"},
                            "target": {"code": "", "country": "", "sector": ""}}


def test_gdelt_actor_and_action_geos_are_filled_when_a_place_is_known(store, tmp_path):
    export(store, "gdelt", tmp_path / "g.tsv")
    by_code = {r["EventCode"]: r for r in gdelt_rows(tmp_path / "g.tsv")}

    def geo(row, which):
        return [row[f"{which}_{f}"] for f in ("Type", "FullName", "CountryCode", "Lat", "Long")]

    moscow = ["4", "Moscow", "RUS", "55.75", "37.62"]
    talks = by_code["046"]  # in Moscow: both leaders were there
    assert geo(talks, "ActionGeo") == geo(talks, "Actor1Geo") == geo(talks, "Actor2Geo") == moscow
    attack = by_code["190"]  # a country, no point
    assert geo(attack, "ActionGeo") == geo(attack, "Actor1Geo") == geo(attack, "Actor2Geo") == [
        "1", "Iran", "IRN", "", ""]
    criticism = by_code["111"]  # no place: each actor in its own country
    assert geo(criticism, "ActionGeo") == ["", "", "", "", ""]
    assert geo(criticism, "Actor1Geo") == ["1", "", "USA", "", ""]
    assert geo(criticism, "Actor2Geo") == ["1", "", "IRN", "", ""]
    un = by_code["010"]  # an IGO has no country, and there is no target
    assert geo(un, "Actor1Geo") == geo(un, "Actor2Geo") == ["", "", "", "", ""]


def test_gdelt_sourceurl_is_the_url_or_empty(store, tmp_path):
    export(store, "gdelt", tmp_path / "g.tsv")
    urls = {r["EventCode"]: r["SOURCEURL"] for r in gdelt_rows(tmp_path / "g.tsv")}
    assert urls["046"] == "https://example.org/a1" and urls["036"] == "https://example.org/a3"
    assert urls["190"] == urls["163"] == urls["010"] == ""  # a4 has no URL; its id is no URL


@pytest.mark.parametrize("name,expected", [
    ("the People\u2019s Liberation Army", "PEOPLE'S LIBERATION ARMY"),
    ("THE PEOPLE\u2019S LIBERATION ARMY", "PEOPLE'S LIBERATION ARMY"),
    ("  an  Irish \u201cfriendly\u201d club ", 'IRISH "FRIENDLY" CLUB'),
    ("A Coruña council", "CORUÑA COUNCIL"),
    ("Theodore Roosevelt", "THEODORE ROOSEVELT"),  # 'The' only as a word of its own
    ("China", "CHINA"),
    ("", ""),
    (None, ""),
])
def test_gdelt_actor_names_are_clean(name, expected):
    assert gdelt_name(name) == expected


@pytest.mark.parametrize("code,country,stored,expected", [
    ("IND", "IND", "the two sides", "India"),  # a bare country: its dictionary name, not the words used
    ("GEO", "GEO", "Tbilisi", "Georgia"),
    ("CHNGOV", "CHN", "his Chinese counterpart", "China"),  # refers back: the country
    ("INDGOV", "IND", "Both sides", "India"),
    ("MLIGOV", "MLI", "the Malian government", "the Malian government"),
    ("IGOAFRAFU", "", "The African Union", "The African Union"),
    ("COP", "", None, ""),
    ("USAMIL", "USA", None, "United States"),
])
def test_actor_name(code, country, stored, expected):
    assert actor_name(code, country, stored) == expected


def test_gdelt_actor_name_from_the_store_is_clean(store, tmp_path):
    export(store, "gdelt", tmp_path / "g.tsv")
    drills = {r["EventCode"]: r for r in gdelt_rows(tmp_path / "g.tsv")}["0312"]
    assert drills["Actor1Name"] == "PEOPLE'S LIBERATION ARMY"


def test_plover_mode_and_context_come_from_the_mode_table(store, tmp_path):
    export(store, "plover", tmp_path / "p.jsonl")
    records = {r["cameo"]: r for r in map(json.loads, (tmp_path / "p.jsonl").read_text().splitlines())}
    assert (records["0312"]["mode"], records["0312"]["context"]) == ("assist", ["military"])
    assert (records["036"]["mode"], records["036"]["context"]) == ("meet", ["diplomatic"])
    assert (records["163"]["mode"], records["163"]["context"]) == ("", ["economic"])
    assert (records["010"]["mode"], records["010"]["context"]) == ("", [])  # root 01: no PLOVER type


@pytest.mark.parametrize("code,expected", [
    ("041", ("phone", ())),
    ("042", ("visit", ())),
    ("1422", ("hunger", ("executive",))),
    ("1831", ("suicide-attack", ())),
    ("195", ("aerial", ("military",))),
    ("0312", ("assist", ("military",))),
    ("03121", ("assist", ("military",))),  # an imported dictionary's local code: its CAMEO ancestor's
    ("060", ("", ())),  # names no manner and no area
    ("04", ("", ())), ("040", ("", ())),  # root and residual codes
    ("010", ("", ())), ("0233", ("", ())),  # roots 01-02 have no PLOVER type
    ("", ("", ())), (None, ("", ())),
])
def test_plover_mode_context(code, expected):
    assert plover_mode_context(code) == expected


def test_the_speaker_is_in_every_listing_and_export(store, tmp_path):
    rows = {r["code"]: r for r in query_events(store, EventFilter()).to_pylist()}
    assert rows["046"]["speaker"] == "RUSGOV"  # a1 names no speaker, a2 does
    assert rows["111"]["speaker"] is None
    out = io.StringIO()
    write_events(query_events(store, EventFilter(root="046")), "jsonl", out)
    assert json.loads(out.getvalue())["speaker"] == "RUSGOV"
    out = io.StringIO()
    write_events(query_events(store, EventFilter(root="046")), "csv", out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["speaker"] == "RUSGOV"
    for fmt in ("csv", "parquet"):
        path = tmp_path / f"e.{fmt}"
        export(store, fmt, path, EventFilter(root="046"))
        rows = (pq.read_table(path).to_pylist() if fmt == "parquet"
                else list(csv.DictReader(path.open(newline="", encoding="utf-8"))))
        assert rows[0]["speaker"] == "RUSGOV", fmt


def test_an_unknown_export_format_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xml", tmp_path / "e.xml")


def test_an_empty_export_writes_an_empty_file(store, tmp_path):
    assert export(store, "gdelt", tmp_path / "none.tsv", EventFilter(actor="ZZZ")) == 0
    assert (tmp_path / "none.tsv").read_text() == ""


# -- read-only SQL ----------------------------------------------------------------------------

@pytest.mark.parametrize("sql,expected", [
    ("SELECT count(*) AS n FROM events", [{"n": 7}]),
    ("WITH x AS (SELECT num_articles FROM events) SELECT max(num_articles) AS n FROM x", [{"n": 2}]),
    ("FROM actors SELECT name WHERE code = 'CHNGOV'", [{"name": "China"}]),
])
def test_sql_reads(db, sql, expected):
    assert run_sql(db, sql).to_pylist() == expected


def test_sql_explain_of_a_select(db):
    assert run_sql(db, "EXPLAIN SELECT * FROM events").num_rows >= 1


@pytest.mark.parametrize("sql", [
    "INSERT INTO actors VALUES ('X', '', '', '', 0)",
    "DELETE FROM events",
    "UPDATE events SET code = '999'",
    "DROP TABLE events",
    "CREATE TABLE t AS SELECT 1",
    "ATTACH 'other.duckdb' AS other",
    "COPY events TO 'events-copy.csv'",
    "SET threads = 1",
    "SELECT 1; DROP TABLE events",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO 'explained.csv'",  # EXPLAIN ANALYZE runs what it explains
    "",
])
def test_sql_refuses_anything_but_one_read(db, tmp_path, monkeypatch, sql):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="read-only"):
        run_sql(db, sql)
    assert list(tmp_path.iterdir()) == []  # no file written
    assert run_sql(db, "SELECT count(*) AS n FROM events").to_pylist() == [{"n": 7}]


@pytest.mark.parametrize("sql", ["SELEC nonsense", "SELECT * FROM no_such_table", "SELECT 1 +"])
def test_sql_errors_are_one_line_store_errors(db, sql):
    with pytest.raises(StoreError, match="SQL error") as e:
        run_sql(db, sql)
    assert "\n" not in str(e.value)


def test_sql_on_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="cannot be opened"):
        run_sql(tmp_path / "missing.duckdb", "SELECT 1")


def test_sql_table_too_wide_for_the_terminal_is_shown_a_record_at_a_time(db, capsys, monkeypatch):
    # every column of events at 80 characters would be one letter wide
    from eventwire.cli_store import _rich_table

    monkeypatch.setenv("COLUMNS", "80")
    _rich_table(run_sql(db, "SELECT * FROM events ORDER BY event_key LIMIT 1"), "")
    out = capsys.readouterr().out
    assert "row 1" in out and "source_country" in out
    assert all(len(line) <= 80 for line in out.splitlines())

"""The Python path for analysts: Store queries as Arrow tables, coded articles as rows, the spaCy component, docs/python.md."""

import csv
import importlib.util
import io
import re
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path

import pyarrow as pa
import pytest

import eventwire
from eventwire.io.writers import CSV_COLUMNS, write_csv
from eventwire.store.db import Store as Database
from eventwire.store.db import StoreError
from eventwire.store.export import EventFilter, FilterError, query_events
from eventwire.types import Article, CodedArticle, Event, Place, Quote, Span

REPO = Path(__file__).resolve().parents[1]
KYIV = Place("Kyiv", "UKR", 50.45, 30.52, None)


def event(source, target, code, root, quad, goldstein, day, *, sentence=1, place=None, evidence="An invented sentence."):
    return Event(source=source, target=target, code=code, name=f"name {code}", root=root, quad_class=quad,
                 goldstein=goldstein, plover="", sentence=sentence, trigger=Span(3, 8, "words"),
                 source_span=Span(0, 2, "Xx"), target_span=None, date=day, confidence=0.7, location=place,
                 evidence=evidence)


def quote(text, actor, speaker):
    return Quote(text=text, span=Span(0, len(text), text), direct=True, sentence=2, speaker=speaker, actor=actor,
                 person=speaker, cue="said")


# Invented: CHN-RUS talks in May (two articles), RUS->CHN in June, RUS->UKR shelling in June, and
# an article with no event at all (it must still be listed by an unfiltered articles()).
STORIES = [
    ("n1", date(2025, 5, 8), [event("CHNGOV", "RUSGOV", "046", "04", 1, 7.0, date(2025, 5, 8),
                                    evidence="The leaders held talks in a hall.")],
     [quote("We are partners.", "CHNGOV", "Li Ming")]),
    ("n2", date(2025, 5, 9), [event("CHNGOV", "RUSGOV", "046", "04", 1, 7.0, date(2025, 5, 8))],
     [quote("Nothing was agreed.", "RUSGOV", "Ivan Petrov")]),
    ("n3", date(2025, 6, 10), [event("RUSGOV", "CHNGOV", "036", "03", 1, 4.0, date(2025, 6, 10)),
                               event("RUSMIL", "UKR", "194", "19", 4, -10.0, date(2025, 6, 11), sentence=2,
                                     place=KYIV, evidence="Artillery fired on the 100% _quiet_ city.")], []),
    ("n4", date(2025, 7, 1), [], [quote("Markets were calm.", "", "a trader")]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("python-api") / "ew.duckdb"
    with Database.open(path) as s:
        s.add((Article(aid, f"Invented text of {aid}.", day, outlet=f"outlet-{aid}"),
               CodedArticle(aid, day, tuple(events), quotes=tuple(quotes))) for aid, day, events, quotes in STORIES)
    return path


@pytest.fixture
def store(db):
    with eventwire.Store(db) as s:
        yield s


def keys(table):
    return [(r["source"], r["target"], r["code"]) for r in table.to_pylist()]


# -- Store: events ----------------------------------------------------------------------------

def test_events_are_the_cli_query_as_an_arrow_table(store, db):
    table = store.events()
    assert isinstance(table, pa.Table)
    with Database.open(db, read_only=True) as raw:
        assert table.equals(query_events(raw))
    assert table.num_rows == 3  # the May talks are one event however many articles report them
    assert keys(table)[0] == ("CHNGOV", "RUSGOV", "046")


@pytest.mark.parametrize("kwargs,expected", [
    ({"dyad": "CHN-RUS"}, [("CHNGOV", "RUSGOV", "046")]),
    ({"dyad": ("chn", "rus"), "both": True}, [("CHNGOV", "RUSGOV", "046"), ("RUSGOV", "CHNGOV", "036")]),
    ({"dyad": "RUSMIL-UKR"}, [("RUSMIL", "UKR", "194")]),
    ({"actor": "UKR"}, [("RUSMIL", "UKR", "194")]),
    ({"root": "19"}, [("RUSMIL", "UKR", "194")]),
    ({"since": "2025-06-01"}, [("RUSGOV", "CHNGOV", "036"), ("RUSMIL", "UKR", "194")]),
    ({"since": date(2025, 6, 1), "until": "2025-06-10"}, [("RUSGOV", "CHNGOV", "036")]),
    ({"text": "100% _quiet_"}, [("RUSMIL", "UKR", "194")]),
    ({"text": "100%% quiet"}, []),
    ({"limit": 1}, [("CHNGOV", "RUSGOV", "046")]),
])
def test_events_take_the_cli_filters(store, kwargs, expected):
    assert keys(store.events(**kwargs)) == expected


@pytest.mark.parametrize("kwargs,message", [
    ({"dyad": "CHN"}, "SOURCE-TARGET"),
    ({"since": "May 2025"}, "since: date 'May 2025' is not a date like 2025-05-15"),
    ({"until": "2025-13-01"}, "until:"),
    ({"limit": -1}, "limit must be 0 or more"),
])
def test_bad_filters_are_one_clear_error(store, kwargs, message):
    with pytest.raises(FilterError, match=re.escape(message)):
        store.events(**kwargs)


# -- Store: trend, articles, quotes, sql --------------------------------------------------------

def test_trend_is_the_cli_trend_table(store):
    rows = store.trend("CHN", "RUS", by="month").to_pylist()
    assert [(r["period"], r["source"], r["target"], r["events"], r["mentions"]) for r in rows] == [
        (date(2025, 5, 1), "CHN", "RUS", 1, 2), (date(2025, 6, 1), "RUS", "CHN", 1, 1)]
    assert rows[0]["verbal_cooperation"] == 1 and rows[0]["goldstein_mean"] == 7.0
    assert store.trend("CHN", "RUS", one_way=True).num_rows == 1
    assert store.trend("CHN", "RUS", since="2025-06-01").num_rows == 1
    assert [r["period"] for r in store.trend("CHN", "RUS", by="year").to_pylist()] == [date(2025, 1, 1)] * 2


def test_trend_refuses_an_unknown_period(store):
    with pytest.raises(FilterError, match="by must be one of day, week, month, quarter, year"):
        store.trend("CHN", "RUS", by="fortnight")


def test_articles_unfiltered_and_by_the_events_they_report(store):
    everything = store.articles()
    assert everything.column("id").to_pylist() == ["n1", "n2", "n3", "n4"]  # n4 reports no event
    assert "text" in everything.column_names and "story_date" in everything.column_names
    assert store.articles("CHN-RUS").column("id").to_pylist() == ["n1", "n2"]
    assert store.articles(actor="UKR").column("id").to_pylist() == ["n3"]
    assert store.articles(since="2025-06-01", limit=5).column("id").to_pylist() == ["n3"]
    assert store.articles(limit=2).num_rows == 2


def test_quotes_with_their_articles_date_and_title(store):
    table = store.quotes()
    assert table.column("text").to_pylist() == ["We are partners.", "Nothing was agreed.", "Markets were calm."]
    assert table.column("story_date").to_pylist()[0] == date(2025, 5, 8)
    assert store.quotes(actor="chn").column("person").to_pylist() == ["Li Ming"]
    assert store.quotes(since="2025-05-09", until="2025-05-31").column("article_id").to_pylist() == ["n2"]
    assert store.quotes(text="CALM").column("speaker").to_pylist() == ["a trader"]
    assert store.quotes(limit=0).num_rows == 0


def test_sql_reads_and_refuses_writes(store):
    assert store.sql("SELECT count(*) AS n FROM events").to_pylist() == [{"n": 3}]
    with pytest.raises(StoreError, match="read-only"):
        store.sql("DELETE FROM events")
    with pytest.raises(StoreError, match="SQL error"):
        store.sql("SELECT nothing FROM nowhere")
    assert store.counts()["articles"] == 4


def test_tables_convert_to_pandas_and_polars(store):
    pd = pytest.importorskip("pandas", reason="pandas is the optional extra eventwire[pandas]")
    frame = store.events().to_pandas()
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == store.events().column_names
    assert len(store.trend("CHN", "RUS").to_pandas()) == 2
    pl = pytest.importorskip("polars", reason="polars is the optional extra eventwire[polars]")
    assert pl.from_arrow(store.quotes()).height == 3


# -- Store: opening and closing -------------------------------------------------------------------

def test_open_store_is_read_only_and_closes(db):
    store = eventwire.open_store(db)
    assert store._db.read_only
    assert "closed" not in repr(store)
    store.close()
    store.close()  # twice is harmless
    assert "closed" in repr(store)
    with pytest.raises(StoreError, match="this Store is closed"):
        store.events()
    with Database.open(db) as writer:  # closed, so a writer gets in
        assert writer.counts()["events"] == 3


def test_a_missing_database_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        eventwire.Store(tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()  # reading never creates a file


# -- coded articles as rows ---------------------------------------------------------------------

ONE = CodedArticle("x1", date(2025, 6, 11), (
    event("RUSMIL", "UKR", "194", "19", 4, -10.0, date(2025, 6, 11), place=KYIV),
    event("IGOUNO", "", "010", "01", 1, 0.0, None, sentence=2)))


def test_records_have_exactly_the_csv_columns_and_values():
    rows = ONE.to_records()
    assert [list(r) for r in rows] == [CSV_COLUMNS] * 2
    out = io.StringIO()
    list(write_csv([ONE], out))
    as_csv = list(csv.DictReader(io.StringIO(out.getvalue())))
    for row, written in zip(rows, as_csv, strict=True):
        # the same values as the CSV, typed: a date for ISO text, None for an empty cell
        assert {k: "" if v is None else v.isoformat() if isinstance(v, date) else str(v)
                for k, v in row.items()} == written
    assert rows[0]["event_date"] == date(2025, 6, 11) and rows[0]["latitude"] == 50.45
    assert rows[1]["event_date"] is None and rows[1]["latitude"] is None and rows[1]["target"] == ""


def test_to_arrow_is_typed_and_keeps_its_columns_when_empty():
    table = ONE.to_arrow()
    assert table.column_names == CSV_COLUMNS and table.num_rows == 2
    assert table.schema.field("event_date").type == pa.date32()
    assert table.schema.field("latitude").type == pa.float64()
    assert table.column("latitude").to_pylist() == [50.45, None]
    empty = CodedArticle("x2", None, ()).to_arrow()
    assert empty.num_rows == 0 and empty.schema == table.schema
    many = eventwire.to_arrow([ONE, CodedArticle("x2", None, ()), ONE])
    assert many.num_rows == 4 and many.column("id").to_pylist() == ["x1"] * 4


@pytest.mark.slow
def test_code_to_arrow_on_real_text(code):
    coded = code("Russian forces shelled Kharkiv on Monday.", "2025-05-14")
    table = coded.to_arrow()
    assert table.num_rows == len(coded.events) >= 1
    assert table.to_pylist() == coded.to_records()
    assert ("RUSMIL", "194") in {(r["source"], r["code"]) for r in coded.to_records()}


@pytest.mark.slow
def test_ingest_from_python_then_read(tmp_path, resources):
    db = tmp_path / "ew.duckdb"
    stories = [Article("s1", "Russian forces shelled Kharkiv on Monday.", date(2025, 5, 14)),
               Article("s2", "Chinese President Xi Jinping met Russian President Vladimir Putin on Friday.",
                       date(2025, 5, 16))]
    report = eventwire.ingest(stories, db, resources=resources)
    assert (report.stored, report.skipped_known) == (2, 0)
    with eventwire.Store(db) as store:  # ingest closed its writer
        assert store.articles().num_rows == 2
        assert ("CHNGOV", "RUSGOV") in {(r["source"], r["target"]) for r in store.events().to_pylist()}
    again = eventwire.ingest(stories, db, resources=resources)
    assert (again.stored, again.skipped_known) == (0, 2)


# -- the spaCy component ----------------------------------------------------------------------------

TALKS = "Chinese Foreign Minister Wang Yi held talks with Sergei Lavrov in Beijing on Tuesday."


@pytest.fixture
def nlp(resources):
    import spacy

    import eventwire.spacy_component  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire", config={"date": "2025-05-15"}).resources = resources  # no second model load
    return nlp


@pytest.mark.slow
def test_spacy_component_sets_the_events_of_eventwire_code(nlp, resources):
    doc = nlp(TALKS)
    expected = eventwire.code(TALKS, "2025-05-15", resources=resources)
    assert doc._.events == expected.events and doc._.events
    assert doc._.eventwire.id == "0" and doc._.eventwire.events == expected.events
    for e in doc._.events:
        assert doc.char_span(e.trigger.start, e.trigger.end).text == e.trigger.text


@pytest.mark.slow
def test_spacy_component_story_date_per_doc_and_pipe(nlp):
    first = nlp.make_doc(TALKS)
    second = nlp.make_doc(TALKS)
    second._.story_date = "2024-03-07"  # a Thursday: "on Tuesday" is two days before
    untouched = nlp.make_doc("Nothing happened here.")
    docs = list(nlp.pipe([first, second, untouched]))
    assert {e.date for e in docs[0]._.events} == {date(2025, 5, 13)}
    assert {e.date for e in docs[1]._.events} == {date(2024, 3, 5)}
    assert docs[2]._.events == ()


@pytest.mark.slow
def test_spacy_component_settings(resources):
    import spacy

    text = "The Russian government warned on Monday."
    targets = {}
    for require_dyad in (False, True):
        nlp = spacy.blank("en")
        config = {"date": "2025-05-15", "settings": {"require_dyad": require_dyad}}
        nlp.add_pipe("eventwire", config=config).resources = resources
        targets[require_dyad] = sorted(e.target for e in nlp(text)._.events)
    assert targets == {False: [""], True: []}  # a warning with no one warned has no dyad


def test_spacy_component_refuses_an_unknown_setting():
    import spacy

    from eventwire.errors import EventwireError

    with pytest.raises(EventwireError, match="unknown setting.*require_dayd.*known: .*require_dyad"):
        spacy.blank("en").add_pipe("eventwire", config={"settings": {"require_dayd": True}})


def test_spacy_component_config_survives_saving_the_pipeline(tmp_path):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire", config={"date": "2025-05-15", "settings": {"require_dyad": True}})
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline").get_pipe("eventwire")
    assert (loaded.date, loaded.settings.require_dyad) == ("2025-05-15", True)


def test_spacy_finds_the_component_without_an_import():
    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names.get("eventwire") == "eventwire.spacy_component:make_component"


# -- docs/python.md runs -------------------------------------------------------------------------------

DOC = REPO / "docs" / "python.md"
OPTIONAL = ("pandas", "polars")  # the extras; a block importing one that is absent is skipped


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.DOTALL | re.MULTILINE)


@pytest.mark.slow
def test_the_python_doc_runs(tmp_path, monkeypatch):
    if importlib.util.find_spec("pandas") is None:
        pytest.skip("pandas is not installed (pip install 'eventwire[pandas]'): the doc's trend example needs it")
    blocks = python_blocks(DOC.read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    monkeypatch.chdir(tmp_path)  # anything the doc writes relative lands here
    namespace: dict = {}
    for n, block in enumerate(blocks, 1):
        missing = [m for m in OPTIONAL if re.search(rf"^import {m}\b", block, re.MULTILINE)
                   and importlib.util.find_spec(m) is None]
        if missing:
            continue
        exec(compile(block, f"{DOC.name} block {n}", "exec"), namespace)
    # the notebook example: a monthly CHN-RUS trend in a DataFrame, drawn to a file
    trend = namespace["trend"]
    assert len(trend) >= 2 and set(trend["source"]) <= {"CHN", "RUS"}
    assert trend["period"].is_monotonic_increasing
    chart = namespace["workdir"] / "chn-rus.png"
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

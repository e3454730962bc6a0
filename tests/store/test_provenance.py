"""Each ingest run records what coded its rows; an article dated nowhere is flagged and reported."""

import json
from dataclasses import fields
from datetime import date

import pytest

import eventwire
from eventwire.datafiles import package_data
from eventwire.store.db import Store
from eventwire.store.ingest import ingest
from eventwire.types import Article, CoderSettings

pytestmark = pytest.mark.slow

DATED = Article("dated-1", "Chinese President Xi Jinping and Russian President Vladimir Putin held talks on Thursday.",
                date=date(2025, 5, 8))
UNDATED = Article("nodate-7", "Kenyan police arrested opposition protesters in the capital.", origin="feed.jsonl:7")


def test_a_run_records_versions_settings_and_its_articles(tmp_path, resources):
    settings = CoderSettings(symmetric_pairs=False, require_dyad=True)
    with Store.open(tmp_path / "ew.duckdb") as s:
        first = ingest([DATED], s, resources, settings)
        second = ingest([DATED, UNDATED], s, resources, on_undated=lambda a: None)
        runs = s.query("SELECT * FROM runs ORDER BY id").to_pylist()
        links = dict(s.con.execute("SELECT id, run_id FROM articles").fetchall())
    assert [r["id"] for r in runs] == [first.run, second.run] and first.run != second.run
    assert links == {"dated-1": first.run, "nodate-7": second.run}
    run = runs[0]
    assert run["eventwire_version"] == eventwire.__version__
    versions = json.loads(run["data_versions"])
    verbs = json.loads(package_data("eventwire.verbs", "manifest.json").read_text(encoding="utf-8"))
    assert versions["verbs/verbs.jsonl"] == verbs["verbs.jsonl"]["version"]
    assert {"actors/people.jsonl", "events/rules.json", "ontology/cameo.jsonl"} <= set(versions)
    recorded = json.loads(run["settings"])
    assert set(recorded) == {f.name for f in fields(CoderSettings)}
    assert recorded["symmetric_pairs"] is False and recorded["require_dyad"] is True
    assert run["dictionaries"] is None and run["model"]
    assert run["finished_at"] is not None and run["articles_stored"] == 1
    assert runs[1]["articles_stored"] == 1  # the dated article was already stored


def test_an_article_with_no_date_anywhere_is_flagged_with_one_warning(tmp_path, resources, capsys):
    with Store.open(tmp_path / "ew.duckdb") as s:
        report = ingest([DATED, UNDATED], s, resources)
        flags = dict(s.con.execute("SELECT id, undated FROM articles").fetchall())
        dates = dict(s.con.execute("SELECT id, story_date FROM articles").fetchall())
    assert flags == {"dated-1": False, "nodate-7": True}
    assert dates["nodate-7"] is None
    assert report.undated == ["nodate-7"]
    warnings = [line for line in capsys.readouterr().err.splitlines() if "no date" in line]
    assert len(warnings) == 1 and "feed.jsonl:7" in warnings[0] and "nodate-7" in warnings[0]


def test_a_dictionary_folder_and_its_manifest_are_recorded(tmp_path, resources):
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"verbs": "2020.1"}), encoding="utf-8")
    with Store.open(tmp_path / "ew.duckdb") as s:
        ingest([], s, resources, dictionaries=folder)
        run = s.query("SELECT dictionaries, dictionaries_versions FROM runs").to_pylist()[0]
    assert run["dictionaries"] == str(folder)
    assert json.loads(run["dictionaries_versions"]) == {"verbs": "2020.1"}

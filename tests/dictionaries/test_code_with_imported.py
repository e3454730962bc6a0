"""Coding with a small fictional dictionary imported from PETRARCH format, through the API and the CLI."""

import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.dictionaries.petrarch import import_petrarch
from eventwire.pipeline import code, load_resources
from eventwire.types import CoderSettings

pytestmark = pytest.mark.slow

VERBS = """\
# fictional verb dictionary
&TIES
+DIPLOMATIC_TIES_
+DIPLOMATIC_RELATION
--- RESTORE [---] ---
RESTORE
- * &TIES [064]
--- LEAVE [---] ---
LEAVE {LEFT}
- * FOR + FOR MEETINGS [032:033]
--- CRITICIZE [111] ---
CRITICIZE
--- EXPEL [---] ---
EXPEL
- * + ENVOY [:1661]
--- WARN [---] ---
WARN
- * OF REPRISALS [9A9]
"""

ACTORS = (
    "ARNOR_ [ARN]\n"
    "GONDOR_ [GON]\n"
    "ELESSAR_ [GONELI]\n"
    "\t[GONGOV 19950601-19990815]\n"
)

AGENTS = "PRESIDENT [~GOV]\n"

DISCARDS = "+BASEBALL\nSOCCER_\n"

SETTINGS = CoderSettings(ner_fallback=False, strict=True)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("petrarch")
    files = {}
    for name, text in [("verbs.txt", VERBS), ("fict.actors.txt", ACTORS), ("agents.txt", AGENTS),
                       ("discards.txt", DISCARDS)]:
        files[name] = src / name
        files[name].write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("imported")
    report = import_petrarch(out, files["verbs.txt"], [files["fict.actors.txt"]], files["agents.txt"],
                             files["discards.txt"])
    assert report.problems == []
    return out


@pytest.fixture(scope="module")
def res(folder):
    return load_resources(folder)


def events(res, text, day="1995-01-01"):
    return {(e.source, e.target, e.code) for e in code(text, day, resources=res, settings=SETTINGS).events}


def test_pattern_with_a_synset(res):
    assert events(res, "Arnor will restore its full diplomatic ties with Gondor.") == {("ARN", "GON", "064")}
    assert events(res, "Arnor restored diplomatic relations with Gondor.") == {("ARN", "GON", "064")}


def test_null_block_code_codes_nothing(res):
    assert events(res, "Arnor restored order in Gondor.") == set()


def test_actor_with_agent_and_paired_code(res):
    assert events(res, "The Arnor president left for Gondor for meetings on Monday.") == {
        ("ARNGOV", "GON", "032"), ("GON", "ARNGOV", "033")}


def test_reverse_only_code(res):
    # [:173]-style codes: the target does this to the source
    assert events(res, "Arnor expelled the Gondor envoy.") == {("GON", "ARN", "1661")}


def test_codes_outside_cameo_are_kept(res):
    assert events(res, "Arnor warned Gondor of reprisals.") == {("ARN", "GON", "9A9")}


def test_names_match_in_any_case(res):
    assert events(res, "ARNOR criticized gondor.") == {("ARN", "GON", "111")}


def test_sentence_discard(res):
    assert events(res, "Arnor criticized Gondor.") == {("ARN", "GON", "111")}
    assert events(res, "Arnor criticized Gondor after the soccer match.") == set()
    # only that sentence is dropped
    assert events(res, "Arnor criticized Gondor after the soccer match. Gondor criticized Arnor.") == {
        ("GON", "ARN", "111")}
    # SOCCER_ is a whole word: "soccerball" does not discard
    assert events(res, "Arnor criticized Gondor after the soccerball fair.") == {("ARN", "GON", "111")}


def test_story_discard_empties_the_article(res):
    coded = code("Arnor criticized Gondor. Gondor criticized Arnor. The baseballers went home.", "1995-01-01",
                 resources=res, settings=SETTINGS)
    assert coded.events == ()


@pytest.mark.parametrize("day,expected", [
    ("1997-03-01", "GONGOV"),  # inside 19950601-19990815
    ("1995-06-02", "GONGOV"),
    ("1990-01-01", "GONELI"),  # before: the default code
    ("2001-01-01", "GONELI"),  # after
])
def test_dated_actor(res, day, expected):
    assert events(res, "Elessar criticized Arnor.", day) == {(expected, "ARN", "111")}


def test_cli_code_with_imported_dictionaries(folder, tmp_path, capsys):
    records = tmp_path / "in.jsonl"
    records.write_text(
        json.dumps({"id": "a", "date": "1995-01-01", "text": "Arnor will restore its full diplomatic ties with Gondor."})
        + "\n" + json.dumps({"id": "b", "date": "1997-03-01", "text": "Elessar criticized Arnor."}) + "\n",
        encoding="utf-8")
    rc = main(["code", str(records), "--dictionaries", str(folder), "--format", "jsonl", "--no-ner-fallback"])
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in out] == ["a", "b"]
    assert [(e["source"], e["target"], e["code"]) for e in out[0]["events"]] == [("ARN", "GON", "064")]
    assert [(e["source"], e["target"], e["code"]) for e in out[1]["events"]] == [("GONGOV", "ARN", "111")]
    assert "coded 2 record(s), 2 event(s); skipped 0" in captured.err


def test_bundled_lexicon_keeps_dependency_reading(resources):
    # the TABARI-style linear reading is for imported dictionaries only: the bundled lexicon
    # reads arguments from the dependency clause
    assert not resources.lexicon.linear

"""The command line: formats, exit codes and one-line errors, run as a user would."""

import json
import subprocess
import sys

import pytest

import eventwire
from conftest import REPO
from eventwire.cli import _parser, coder_options

pytestmark = pytest.mark.slow

CODER_OPTIONS = ("--statements", "--no-pairs", "--require-dyad", "--no-ner-fallback", "--dictionaries")
# a bare statement of my own: someone said something, and nothing else happened
BARE_STATEMENT = "Peru's foreign minister said on Tuesday that the weather in Lima was warm."


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin, capture_output=True,
                          cwd=REPO, timeout=300)


def test_cli_code_jsonl_default_when_piped():
    done = run("code", "-", "--date", "2024-03-01", stdin=b"Russian troops attacked Ukrainian positions.")
    assert done.returncode == 0, done.stderr
    rec = json.loads(done.stdout.splitlines()[0])
    assert rec["date"] == "2024-03-01"
    assert any(e["source"] == "RUSMIL" and e["code"].startswith("19") for e in rec["events"])


def test_cli_bad_records_are_skipped_with_exit_1(tmp_path):
    jl = tmp_path / "mixed.jsonl"
    jl.write_text('{"id": "1", "text": "Iran criticized Israel."}\n{oops\n{"id": "3", "text": "Israel criticized Iran."}\n')
    done = run("code", str(jl), "--format", "jsonl")
    assert done.returncode == 1
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["1", "3"]
    err = done.stderr.decode()
    assert f"{jl}:2" in err and "Traceback" not in err and "skipped 1" in err


def test_cli_usage_errors_exit_2():
    assert run("code", "-", "--date", "someday", stdin=b"x").returncode == 2
    assert run("code", "--format", "xml", "-", stdin=b"x").returncode == 2


def test_cli_csv_and_table(tmp_path):
    done = run("code", "-", "--format", "csv", "--date", "2024-03-01", stdin=b"Iran criticized Israel.")
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith("id,story_date,sentence,source,target,code")
    assert "IRN" in lines[1]
    done = run("code", "-", "--format", "table", "--date", "2024-03-01", stdin=b"Iran criticized Israel.")
    assert "IRN" in done.stdout.decode() and done.returncode == 0


def test_cli_eval_scores_predictions(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "1", "date": "2024-03-01", "text": "Iran criticized Israel.",
                                "events": [{"source": "IRN", "target": "ISR", "code": "111"}]}) + "\n")
    done = run("eval", str(gold))
    assert done.returncode == 0, done.stderr
    assert "exact" in done.stdout.decode() and "F1 1.000" in done.stdout.decode()


def test_cli_every_command_has_help_with_an_example():
    for cmd in ("code", "eval"):
        done = run(cmd, "--help")
        assert done.returncode == 0 and b"Example:" in done.stdout


def test_cli_table_shows_dates_places_and_quotes():
    story = ("KYIV, March 3 (Reuters) - Ukrainian Foreign Minister Andrii Sybiha said on Monday that Russia "
             "shelled Kharkiv on Sunday.\n\n\"We need more air defence,\" he told reporters.").encode()
    done = run("code", "-", "--format", "table", stdin=story)
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    assert "dateline Kyiv / Reuters" in out and "on Sunday" in out
    assert "quotes" in out and "Andrii Sybiha" in out and "places:" in out
    done = run("code", "-", "--format", "jsonl", stdin=story)
    rec = json.loads(done.stdout.splitlines()[0])
    assert rec["dateline"]["agency"] == "Reuters" and rec["quotes"] and rec["places"] is not None
    assert {"date", "date_precision", "date_text", "location"} <= set(rec["events"][0])


@pytest.mark.parametrize("command", [["code"], ["ingest", "story.txt"], ["eval", "gold.jsonl"]])
def test_cli_every_coding_command_takes_the_same_coder_options(command):
    args = _parser().parse_args([*command, "--statements", "--no-pairs", "--require-dyad", "--no-ner-fallback",
                                 "--dictionaries", "dicts"])
    settings, dictionaries = coder_options(args)
    assert settings == eventwire.CoderSettings(statements=True, symmetric_pairs=False, require_dyad=True,
                                               ner_fallback=False)
    assert dictionaries is not None and dictionaries.name == "dicts"
    assert coder_options(_parser().parse_args(command)) == (eventwire.CoderSettings(), None)


@pytest.mark.parametrize("command", ["code", "ingest", "eval"])
def test_cli_help_lists_every_coder_option_but_not_the_old_alias(command):
    done = run(command, "--help")
    assert done.returncode == 0, done.stderr
    for option in CODER_OPTIONS:
        assert option.encode() in done.stdout, (command, option)
    assert b"--no-statements" not in done.stdout


def test_cli_no_statements_is_still_accepted_and_changes_nothing(capsys):
    args = _parser().parse_args(["code", "--no-statements"])
    assert coder_options(args) == (eventwire.CoderSettings(), None)
    assert "--no-statements is the default" in capsys.readouterr().err


def _codes(done) -> set[str]:
    assert done.returncode == 0, done.stderr
    return {e["code"] for line in done.stdout.splitlines() for e in json.loads(line)["events"]}


def test_cli_bare_statement_is_010_only_with_statements():
    stdin = BARE_STATEMENT.encode()
    assert "010" not in _codes(run("code", "-", "--date", "2025-03-04", "--format", "jsonl", stdin=stdin))
    assert "010" not in _codes(run("code", "-", "--date", "2025-03-04", "--format", "jsonl", "--no-statements",
                                   stdin=stdin))
    assert "010" in _codes(run("code", "-", "--date", "2025-03-04", "--format", "jsonl", "--statements",
                               stdin=stdin))


def test_api_bare_statement_is_010_only_with_statements(resources):
    assert eventwire.CoderSettings().statements is False  # the coding conventions: 010 is not emitted by default
    by_default = eventwire.code(BARE_STATEMENT, "2025-03-04", resources=resources)
    assert "010" not in {e.code for e in by_default.events}
    asked = eventwire.code(BARE_STATEMENT, "2025-03-04", resources=resources,
                           settings=eventwire.CoderSettings(statements=True, strict=True))
    assert ("PERGOV", "010") in {(e.source, e.code) for e in asked.events}


def test_readme_names_only_options_that_exist():
    import re

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    named = {opt for quoted in re.findall(r"`([^`]*)`", readme) for opt in re.findall(r"(?<![\w-])--[a-z][a-z-]*", quoted)}
    commands = [["code"], ["eval"], ["ingest"], ["trend"], ["events"], ["export"], ["sql"],
                ["dictionaries", "import-petrarch"]]
    helps = "\n".join(run(*cmd, "--help").stdout.decode() for cmd in commands)
    assert set(CODER_OPTIONS) <= named
    assert {opt for opt in named if opt not in helps and opt != "--help"} == set()

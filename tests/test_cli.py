"""The command line: formats, exit codes and one-line errors, run as a user would."""

import json
import re
import subprocess
import sys

import pytest

import eventwire
from conftest import REPO
from eventwire.cli import _parser, coder_options, main
from eventwire.errors import ExitCode

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


# -- exit codes and mistyped options ----------------------------------------------------------

COMMANDS = [["code"], ["eval"], ["ingest"], ["trend"], ["events"], ["export"], ["sql"],
            ["dictionaries", "import-petrarch"]]


def _usage_error(argv, capsys) -> str:
    with pytest.raises(SystemExit) as done:
        _parser().parse_args(argv)
    assert done.value.code == ExitCode.USAGE == 2
    return capsys.readouterr().err


def test_cli_exit_codes_are_distinct_and_defined_once():
    from eventwire import cli_store

    assert [int(c) for c in ExitCode] == [0, 1, 2, 3, 130]
    assert (cli_store.EXIT_OK, cli_store.EXIT_SKIPPED, cli_store.EXIT_USAGE) == (
        ExitCode.OK, ExitCode.SKIPPED, ExitCode.USAGE)


@pytest.mark.parametrize("argv,mistyped,meant", [
    (["code", "--no-pair", "-"], "--no-pair", "--no-pairs"),
    (["ingest", "--requre-dyad", "x.txt"], "--requre-dyad", "--require-dyad"),
    (["events", "--dayd", "CHN-RUS"], "--dayd", "--dyad"),
    (["export", "out.tsv", "--format", "gdelt", "--sinse=2025-01-01"], "--sinse", "--since"),
    (["eval", "gold.jsonl", "--eror", "3"], "--eror", "--errors"),
])
def test_cli_a_mistyped_option_suggests_the_nearest(argv, mistyped, meant, capsys):
    err = _usage_error(argv, capsys)
    assert f"eventwire {argv[0]}: unknown option {mistyped}; did you mean {meant}?" in err
    assert len([line for line in err.splitlines() if "unknown option" in line]) == 1


def test_cli_a_mistyped_required_option_is_named_too(capsys):
    err = _usage_error(["dictionaries", "import-petrarch", "--verb", "v.txt", "--actors", "a.txt",
                        "--agents", "g.txt", "--out", "out"], capsys)
    assert "required: --verbs; unknown option --verb: did you mean --verbs?" in err


def test_cli_an_unknown_option_with_nothing_near_says_where_to_look(capsys):
    err = _usage_error(["trend", "CHN", "RUS", "--zzzzzz"], capsys)
    assert "eventwire trend: unknown option --zzzzzz; see eventwire trend --help" in err


def test_cli_abbreviated_options_are_refused(capsys):
    # an abbreviation would change meaning the day another option shares its prefix
    assert "did you mean --require-dyad?" in _usage_error(["code", "--require", "-"], capsys)


def test_cli_a_mistyped_command_or_choice_suggests_the_nearest(capsys):
    assert "did you mean code?" in _usage_error(["cod", "x.txt"], capsys)
    assert "did you mean table?" in _usage_error(["code", "--format", "tabel", "-"], capsys)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_help_documents_the_exit_codes(command, capsys):
    with pytest.raises(SystemExit) as done:
        _parser().parse_args([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "Exit codes:" in out
    for code in ExitCode:
        assert re.search(rf"^\s+{int(code)}\s", out, re.MULTILINE), (command, code)
    assert "import-petrarch" in out  # exit 1 for a partly understood dictionary file


def test_cli_usage_errors_exit_2_data_errors_exit_3(tmp_path, capsys):
    bad_db = tmp_path / "broken.duckdb"
    bad_db.write_bytes(b"not a database" * 200)
    assert main(["events", "--db", str(bad_db)]) == ExitCode.DATA == 3
    assert "Traceback" not in capsys.readouterr().err
    # a bad filter is the user's mistake whatever the database holds
    assert main(["events", "--db", str(bad_db), "--limit", "-1"]) == ExitCode.USAGE
    assert main(["events", "--db", str(bad_db), "--dyad", "CHN"]) == ExitCode.USAGE
    assert main(["ingest", "--db", str(tmp_path / "x.duckdb"), "--batch", "0", "x.txt"]) == ExitCode.USAGE
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "Iran criticized Israel."}\n')
    assert main(["eval", str(gold), str(gold)]) == ExitCode.DATA  # a record with no "id"
    err = capsys.readouterr().err
    assert f"{gold}:1" in err and "Traceback" not in err


def test_cli_an_unwritable_output_is_a_data_error(tmp_path, capsys):
    from eventwire.store.db import Store

    with Store.open(tmp_path / "ew.duckdb"):
        pass
    out = tmp_path / "no-such-folder" / "events.tsv"
    assert main(["export", "--db", str(tmp_path / "ew.duckdb"), "--format", "gdelt", str(out)]) == ExitCode.DATA
    err = capsys.readouterr().err
    assert "no-such-folder" in err and "Traceback" not in err


def test_cli_interrupted_exits_130(monkeypatch, capsys):
    from eventwire import cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_code", interrupted)
    assert main(["code", "-"]) == ExitCode.INTERRUPTED == 130
    assert "interrupted" in capsys.readouterr().err


def test_readme_documents_the_exit_codes():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("Exit codes"):][:1200]
    for code in ExitCode:
        assert f"`{int(code)}`" in section, code
    assert "import-petrarch" in section

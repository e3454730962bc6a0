"""The TABARI/PETRARCH dictionary importer: every construct read, every line it cannot read reported."""

import json
from pathlib import Path

import pytest

from eventwire.actors.dictionary import load_actor_dictionary
from eventwire.cli import main
from eventwire.dictionaries.petrarch import (
    ImportProblem, ImportReport, import_petrarch, read_actors, read_agents, read_discards, read_issues,
    read_verbs, settings_from_config, verb_records,
)
from eventwire.text.discards import load_discards
from eventwire.types import CoderSettings
from eventwire.verbs.lexicon import load_lexicon

# ---------------------------------------------------------------------------------------------
# Self-authored dictionary snippets (fictional or generic entries, in the files' own formats)

VERBS = """\
# A verb dictionary written for these tests
<!-- a comment that
     spans lines: - * NOT A PATTERN [999] -->
&CURRENCY
+DOLLAR
+CASH_
+SWISS_FRANC
&AUXVERB_
+WAS
+WERE
- * OUTSIDE ANY BLOCK [010]
--- NAME [081] ---
AGREE
GIVE {GAVE GIVEN }
ACCEPT [084]
- * TO ATTEND [082]   # a comment after a pattern
- * &CURRENCY [071]
- * TALKS WITH + [032:033]
- * TO HOST [:173]
- * FOR NOTHING [---]
- * (TO {BANNED PARTIES}) $ [1722]
- * TO NOWHERE
- * &NOSUCH [040]
- * ANYTHING [+++]
~ a (a b ATTACK) SAY = a b 015
GIVE_+UP_+IN
- * TO PRAISE + [051]
--- ASK [---] ---
+ASK_FOR {+ASKED_FOR}
WIRE_+TAP
- * + HELP [020]
"""

# (text of the malformed line, what its problem message must say)
VERB_PROBLEMS = [
    ("- * OUTSIDE ANY BLOCK [010]", "outside a verb block"),
    ("- * TO NOWHERE", "no [code]"),
    ("- * &NOSUCH [040]", "synset &NOSUCH is not defined"),
    ("- * ANYTHING [+++]", "code [+++] not understood"),
    ("~ a (a b ATTACK) SAY = a b 015", "transformation not supported"),
    ("GIVE_+UP_+IN", "verb not understood"),
]

ACTORS = (
    "# An actor dictionary written for these tests\n"
    "ARNOR_ [ARN]\n"
    "+ARNORIAN_\n"
    "+NORTH_KINGDOM\n"
    "MOHAMMAD_ZAHIR_SHAH_  # dated codes with two-digit years\n"
    "\t[AFGELI 320101-331108]\n"
    "\t[AFGGOV 331108-730717]\n"
    "\t[AFGELI 730717-070723]\n"
    "ABDUL_QADIR_ [AFGELI]\n"
    "\t[AFGGOV 19780427-19780430]\n"
    "BILBO_BAGGINS_\n"
    "\t[HOB < 950601]\n"
    "\t[SHRELI >20010101]\n"
    "\t[SHRGOV 19950601 - 19990815]\n"
    "\t[SHR]\n"
    "SARUMAN_ [ISE <19990101]\n"
    "GANDALF_ [---]\n"
    "NOBODY_IN_PARTICULAR_\n"
    "BROKEN_DATES_ [XXX]\n"
    "\t[XXXGOV 331308-730717]\n"
    "RIVENDELL_ [RIV]\n"
)

AGENTS = """\
# An agent dictionary written for these tests
!PERSON! = MAN, MEN, WOMAN, WOMEN
PRESIDENT [~GOV]
POLICY_MAKER [~GOV]
MILITIA {} [~REB]
HUMANITARIAN_AGENCY [NGO~]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
BUSINESS!PERSON! [~BUS]
WITNESS [~CVL]
SOMEONE [GOV]
FISHER!NOPE! [~AGR]
no code here
"""

DISCARDS = """\
# Story-level discards are indicated with a '+'. Sentence level discards are without a '+'.
+BASEBALL
SOCCER_
WORLD CUP
+HOCKEY_
"""

ISSUES = """\
# An issues file written for these tests
n:refugee [REFUGEES]
v:protest [PROTEST]
pre+k [EARLY_EDUCATION]
n:refugee n:camp [REFUGEES]
~a head start
<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
n:teacher [TEACHERS]
school board
</ISSUE>
what is this
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str) -> int:
    """The 1-based number of the one line of `text` that contains `fragment`."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(hits) == 1, f"{fragment!r} is on lines {hits}"
    return hits[0]


@pytest.fixture
def verbs(tmp_path):
    path = write(tmp_path, "verbs.txt", VERBS)
    report = ImportReport()
    synsets, blocks = read_verbs(path, report)
    syn_recs, records = verb_records(synsets, blocks)
    return path, report, synsets, syn_recs, records


def record(records, pattern, verb):
    hits = [r for r in records if r["pattern"] == pattern and verb in r["verbs"]]
    assert len(hits) == 1, f"{pattern!r} for {verb!r}: {hits}"
    return hits[0]


# ---------------------------------------------------------------------------------------------
# Verbs


def test_synset_members_get_regular_plurals_unless_marked(verbs):
    _, _, synsets, syn_recs, _ = verbs
    assert sorted(synsets["&CURRENCY"]) == ["cash", "dollar", "dollars", "swiss franc", "swiss francs"]
    # a label ending in '_' generates no plurals for any member
    assert sorted(synsets["&AUXVERB"]) == ["was", "were"]
    assert {r["name"]: r["words"] for r in syn_recs}["&CURRENCY"] == sorted(synsets["&CURRENCY"])


def test_block_verbs_and_irregular_forms(verbs):
    _, _, _, _, records = verbs
    isolated = record(records, "*", "agree")
    assert isolated["code"] == "081" and "reverse" not in isolated
    assert isolated["verbs"] == ["agree", "gave", "give", "given"]
    # a verb with its own code keeps it and is not coded with the block's
    own = record(records, "*", "accept")
    assert own["code"] == "084" and own["verbs"] == ["accept"]


def test_block_patterns_apply_to_every_verb_of_the_block(verbs):
    _, _, _, _, records = verbs
    attend = record(records, "* to attend", "give")
    assert attend["code"] == "082"
    assert attend["verbs"] == ["accept", "agree", "gave", "give", "given"]
    assert attend["source_line"] == line_of(VERBS, "- * TO ATTEND")
    assert record(records, "* &CURRENCY", "agree")["code"] == "071"


def test_paired_reverse_only_and_null_codes(verbs):
    _, _, _, _, records = verbs
    paired = record(records, "* talks with +", "agree")
    assert (paired["code"], paired["reverse"]) == ("032", "033")
    reverse_only = record(records, "* to host", "agree")
    assert (reverse_only["code"], reverse_only["reverse"]) == ("", "173")
    null = record(records, "* for nothing", "agree")
    assert null["code"] == "---" and "reverse" not in null


def test_petrarch2_groups_become_their_words_in_order(verbs):
    _, _, _, _, records = verbs
    assert record(records, "* to banned parties $", "agree")["code"] == "1722"


def test_phrasal_verbs_mark_the_verb_word(verbs):
    _, _, _, _, records = verbs
    ask = record(records, "* for", "ask")
    assert ask["verbs"] == ["ask", "asked"] and ask["code"] == "---"
    # the block's patterns take the particle along
    assert record(records, "* for + help", "asked")["code"] == "020"
    tap = record(records, "wire_*", "tap")
    assert tap["verbs"] == ["tap"]
    assert record(records, "wire_* + help", "tap")["code"] == "020"


def test_comments_are_not_read(verbs):
    _, _, _, _, records = verbs
    assert not any("pattern" in r["pattern"] for r in records)  # inside <!-- ... -->
    assert not any("comment" in r["pattern"] for r in records)  # after '#'
    assert all(r["code"] != "999" for r in records)


def test_each_malformed_verb_line_is_one_problem_and_the_rest_imports(verbs):
    path, report, _, _, records = verbs
    assert all(isinstance(p, ImportProblem) for p in report.problems)
    assert len(report.problems) == len(VERB_PROBLEMS)
    by_line = {p.line: p for p in report.problems}
    assert len(by_line) == len(VERB_PROBLEMS), "one problem per malformed line"
    for text, message in VERB_PROBLEMS:
        n = line_of(VERBS, text)
        assert n in by_line, f"line {n} ({text!r}) was not reported: {report.problems}"
        p = by_line[n]
        assert p.path == str(path)
        assert p.construct == text
        assert message in p.message
        assert str(p).startswith(f"{path}:{n}: ")
    # lines after the malformed ones are still read
    assert record(records, "* to praise +", "give")["code"] == "051"
    assert record(records, "* for + help", "ask")
    assert report.counts["patterns"] == 8  # attend, &CURRENCY, talks, host, nothing, parties, praise, help
    assert report.counts["synsets"] == 2


# ---------------------------------------------------------------------------------------------
# Actors


@pytest.fixture
def actors(tmp_path):
    path = write(tmp_path, "test.actors.txt", ACTORS)
    report = ImportReport()
    recs = read_actors(path, report)
    return path, report, {r["names"][0]: r for r in recs}


def test_actor_with_code_and_synonyms(actors):
    _, _, by_name = actors
    arnor = by_name["ARNOR"]
    assert arnor["names"] == ["ARNOR", "ARNORIAN", "NORTH KINGDOM"]
    assert arnor["code"] == "ARN" and arnor["roles"] == []
    assert arnor["source_line"] == line_of(ACTORS, "ARNOR_ [ARN]")


def test_dated_codes_with_two_digit_years(actors):
    _, _, by_name = actors
    shah = by_name["MOHAMMAD ZAHIR SHAH"]
    assert shah["code"] == ""
    assert shah["roles"] == [
        {"code": "AFGELI", "start": "1932-01-01", "end": "1933-11-08"},
        {"code": "AFGGOV", "start": "1933-11-08", "end": "1973-07-17"},  # 33 -> 1933
        {"code": "AFGELI", "start": "1973-07-17", "end": "2007-07-23"},  # 07 -> 2007
    ]


def test_default_code_on_the_primary_line_with_four_digit_years(actors):
    _, _, by_name = actors
    qadir = by_name["ABDUL QADIR"]
    assert qadir["code"] == "AFGELI"
    assert qadir["roles"] == [{"code": "AFGGOV", "start": "1978-04-27", "end": "1978-04-30"}]


def test_before_after_and_blanks_in_restrictions(actors):
    _, _, by_name = actors
    bilbo = by_name["BILBO BAGGINS"]
    assert bilbo["roles"] == [
        {"code": "HOB", "end": "1995-06-01"},
        {"code": "SHRELI", "start": "2001-01-01"},
        {"code": "SHRGOV", "start": "1995-06-01", "end": "1999-08-15"},
    ]
    assert bilbo["code"] == "SHR"  # an undated indented code is the default
    # a restriction on the primary line itself
    assert by_name["SARUMAN"]["roles"] == [{"code": "ISE", "end": "1999-01-01"}]


def test_null_actor_is_kept_without_a_code(actors):
    _, _, by_name = actors
    assert by_name["GANDALF"]["code"] == "" and by_name["GANDALF"]["roles"] == []


def test_actor_problems_are_reported_and_the_rest_imports(actors):
    path, report, by_name = actors
    assert "NOBODY IN PARTICULAR" not in by_name
    problems = {p.line: p for p in report.problems}
    assert sorted(problems) == sorted([line_of(ACTORS, "NOBODY_IN_PARTICULAR_"), line_of(ACTORS, "331308")])
    nobody = problems[line_of(ACTORS, "NOBODY_IN_PARTICULAR_")]
    assert nobody.path == str(path) and nobody.construct == "NOBODY IN PARTICULAR"
    assert "no code" in nobody.message
    bad_date = problems[line_of(ACTORS, "331308")]
    assert bad_date.construct == "[XXXGOV 331308-730717]" and "date restriction" in bad_date.message
    assert by_name["BROKEN DATES"]["code"] == "XXX"
    assert by_name["RIVENDELL"]["code"] == "RIV"  # after the problems
    assert report.counts["actors"] == len(by_name) == 8


# ---------------------------------------------------------------------------------------------
# Agents


@pytest.fixture
def agents(tmp_path):
    path = write(tmp_path, "test.agents.txt", AGENTS)
    report = ImportReport()
    recs = read_agents(path, report)
    return path, report, {r["words"][0]: r for r in recs}


def test_agent_suffix_and_prefix_codes(agents):
    _, _, by_word = agents
    president = by_word["president"]
    assert president["words"] == ["president", "presidents"]
    assert president["code"] == "GOV" and president["prefix"] is False
    ngo = by_word["humanitarian agencies"]
    assert ngo["words"] == ["humanitarian agencies", "humanitarian agency"]  # Y -> IES
    assert ngo["code"] == "NGO" and ngo["prefix"] is True


def test_agent_plurals(agents):
    _, _, by_word = agents
    assert by_word["policy maker"]["words"] == ["policy maker", "policy makers"]
    assert by_word["police"]["words"] == ["police"]  # {} : no plural
    assert by_word["militia"]["words"] == ["militia"]
    assert by_word["attorney general"]["words"] == ["attorney general", "attorneys general"]
    assert by_word["witness"]["words"] == ["witness", "witnesses"]  # SS -> SSES


def test_agent_substitution_sets(agents):
    _, _, by_word = agents
    business = by_word["businessman"]
    assert business["words"] == ["businessman", "businessmen", "businesswoman", "businesswomen"]
    assert business["code"] == "BUS"


def test_agent_problems(agents):
    path, report, by_word = agents
    got = {p.line: p.message for p in report.problems}
    assert got.keys() == {line_of(AGENTS, "SOMEONE"), line_of(AGENTS, "FISHER"), line_of(AGENTS, "no code here")}
    assert "has no ~" in got[line_of(AGENTS, "SOMEONE")]
    assert "!NOPE! not defined" in got[line_of(AGENTS, "FISHER")]
    assert all(p.path == str(path) for p in report.problems)
    assert report.counts["agents"] == len(by_word) == 8


# ---------------------------------------------------------------------------------------------
# Discards


def test_discard_scope_and_whole_word(tmp_path):
    path = write(tmp_path, "discards.txt", DISCARDS)
    report = ImportReport()
    recs = {r["phrase"]: r for r in read_discards(path, report)}
    assert report.problems == []
    assert (recs["baseball"]["scope"], recs["baseball"]["whole_word"]) == ("story", False)
    assert (recs["soccer"]["scope"], recs["soccer"]["whole_word"]) == ("sentence", True)
    assert (recs["world cup"]["scope"], recs["world cup"]["whole_word"]) == ("sentence", False)
    assert (recs["hockey"]["scope"], recs["hockey"]["whole_word"]) == ("story", True)
    assert recs["soccer"]["source_line"] == line_of(DISCARDS, "SOCCER_")


def test_imported_discards_load_and_match(tmp_path):
    path = write(tmp_path, "discards.txt", DISCARDS)
    out = tmp_path / "out"
    out.mkdir()
    with (out / "discards.jsonl").open("w", encoding="utf-8") as f:
        for rec in read_discards(path, ImportReport()):
            f.write(json.dumps(rec) + "\n")
    d = load_discards(out)
    assert d.sentence("Gondor beat Arnor in the soccer final.")
    assert not d.sentence("Gondor hosted the soccerball fair.")  # whole word
    assert d.sentence("The World  Cup opened.")  # any case, any space
    assert not d.sentence("Gondor criticized Arnor.")
    assert d.story("The baseballers of Gondor won.")  # a stem
    assert not d.story("Hockeyists met.")  # whole word
    assert d.story("An ice hockey match was played.")
    assert not d.story("The cricket season opened.")
    assert not d.sentence("The baseball season opened.")  # story phrases are not sentence phrases


# ---------------------------------------------------------------------------------------------
# Issues


@pytest.fixture
def issues(tmp_path):
    path = write(tmp_path, "issues.txt", ISSUES)
    report = ImportReport()
    recs = read_issues(path, report)
    return path, report, {r["code"]: r for r in recs}


def test_issue_expansions(issues):
    _, _, by_code = issues
    assert by_code["REFUGEES"]["phrases"] == ["refugee", "refugee camp", "refugee camps", "refugees",
                                             "refugees camp", "refugees camps"]
    assert by_code["PROTEST"]["phrases"] == ["protest", "protested", "protesting", "protests"]
    assert by_code["EARLY_EDUCATION"]["phrases"] == ["pre k", "pre-k"]


def test_issue_ignore_phrases_outside_a_category(issues):
    _, _, by_code = issues
    assert by_code[""]["ignore"] == ["a head start"]


def test_bare_issue_line_takes_its_category(issues):
    _, report, by_code = issues
    assert by_code["TEACHERS"]["phrases"] == ["teacher", "teachers"]
    assert by_code["EDUCATION"]["phrases"] == ["school board"]
    assert report.counts["issues"] == 5


def test_issue_problems(issues):
    path, report, _ = issues
    assert [(p.path, p.line, p.construct) for p in report.problems] == [
        (str(path), line_of(ISSUES, "what is this"), "what is this")]


def test_issue_ignore_phrases_inside_a_category(tmp_path):
    path = write(tmp_path, "issues.txt", '<ISSUE CATEGORY="EDUCATION" TYPE="ALL">\n'
                                         "n:teacher [TEACHERS]\n~get head start\n</ISSUE>\n")
    recs = {r["code"]: r for r in read_issues(path, ImportReport())}
    assert recs[""]["ignore"] == ["get head start"]


def test_issue_noun_marker_after_a_plus(tmp_path):
    path = write(tmp_path, "issues.txt", "pre+n:school [EARLY_EDUCATION]\n")
    recs = {r["code"]: r for r in read_issues(path, ImportReport())}
    assert recs["EARLY_EDUCATION"]["phrases"] == ["pre school", "pre schools", "pre-school", "pre-schools"]


# ---------------------------------------------------------------------------------------------
# PETRARCH config options


def test_settings_from_config_require_dyad():
    assert settings_from_config({"require_dyad": "TRUE"}).require_dyad is True
    assert settings_from_config({"require_dyad": "false"},
                                CoderSettings(require_dyad=True)).require_dyad is False
    assert settings_from_config({"require_dyad": "maybe"}).require_dyad is CoderSettings().require_dyad


def test_settings_from_config_new_actor_length():
    assert settings_from_config({"new_actor_length": "0"}).ner_fallback is False
    assert settings_from_config({"new_actor_length": "4"}, CoderSettings(ner_fallback=False)).ner_fallback is True
    assert settings_from_config({"new_actor_length": "many"}).ner_fallback is CoderSettings().ner_fallback


def test_settings_from_config_ignores_comma_and_unknown_options():
    base = CoderSettings(statements=False)
    config = {"comma_min": "2", "comma_max": "8", "comma_bmin": "0", "comma_bmax": "0",
              "comma_emin": "2", "comma_emax": "8", "no_such_option": "1"}
    assert settings_from_config(config) == CoderSettings()
    assert settings_from_config(config, base) == base


# ---------------------------------------------------------------------------------------------
# import_petrarch and the command


CLEAN_VERBS = "--- AGREE [081] ---\nAGREE\n- * TO ATTEND [082]\n"
CLEAN_ACTORS = "ARNOR_ [ARN]\n"
CLEAN_AGENTS = "PRESIDENT [~GOV]\n"


def clean_files(folder: Path) -> dict[str, Path]:
    return {"verbs": write(folder, "verbs.txt", CLEAN_VERBS), "actors": write(folder, "a.actors.txt", CLEAN_ACTORS),
            "agents": write(folder, "agents.txt", CLEAN_AGENTS), "discards": write(folder, "discards.txt", DISCARDS)}


def run(argv) -> int:
    try:
        return main(argv)
    except SystemExit as e:  # usage errors leave through SystemExit, as argparse's do
        return e.code


def import_args(files: dict[str, Path], out: Path, *extra: str) -> list[str]:
    args = ["dictionaries", "import-petrarch", "--verbs", str(files["verbs"]), "--agents", str(files["agents"]),
            "--out", str(out)]
    for a in files["actors"] if isinstance(files["actors"], list) else [files["actors"]]:
        args += ["--actors", str(a)]
    if "discards" in files:
        args += ["--discards", str(files["discards"])]
    if "issues" in files:
        args += ["--issues", str(files["issues"])]
    return args + list(extra)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_import_petrarch_writes_the_folder(tmp_path):
    out = tmp_path / "out"
    report = import_petrarch(out, write(tmp_path, "verbs.txt", VERBS),
                             [write(tmp_path, "a.actors.txt", ACTORS), write(tmp_path, "b.actors.txt", CLEAN_ACTORS)],
                             write(tmp_path, "agents.txt", AGENTS), write(tmp_path, "discards.txt", DISCARDS),
                             write(tmp_path, "issues.txt", ISSUES))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["codes"] == "any" and manifest["source"] == "petrarch"
    assert manifest["problems"] == len(report.problems) > 0
    assert manifest["counts"] == report.counts
    assert report.counts["actors"] == 9  # from both actor files
    for name in ("synsets", "verbs", "actors", "agents", "discards", "issues"):
        assert read_jsonl(out / f"{name}.jsonl"), name
    assert len(read_jsonl(out / "actors.jsonl")) == 9
    assert (out / "import-report.txt").read_text(encoding="utf-8").splitlines() == [str(p) for p in report.problems]


def test_import_petrarch_missing_file(tmp_path):
    files = clean_files(tmp_path)
    with pytest.raises(FileNotFoundError):
        import_petrarch(tmp_path / "out", files["verbs"], [tmp_path / "nope.txt"], files["agents"])
    assert not (tmp_path / "out").exists()


def test_cli_import_clean_exits_0(tmp_path, capsys):
    files = clean_files(tmp_path)
    out = tmp_path / "out"
    assert run(import_args(files, out)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    summary = captured.out.strip().splitlines()
    assert summary == [f"imported 1 verbs, 1 patterns, 1 actors, 1 agents, 4 discards into {out}; "
                       "0 line(s) not understood"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["codes"] == "any" and manifest["problems"] == 0
    for name in ("verbs.jsonl", "actors.jsonl", "agents.jsonl", "discards.jsonl", "import-report.txt"):
        assert (out / name).is_file(), name
    assert (out / "import-report.txt").read_text(encoding="utf-8") == ""
    assert read_jsonl(out / "actors.jsonl")[0]["code"] == "ARN"
    assert {r["pattern"] for r in read_jsonl(out / "verbs.jsonl")} == {"*", "* to attend"}


def test_cli_import_with_problems_exits_1(tmp_path, capsys):
    files = {**clean_files(tmp_path), "verbs": write(tmp_path, "verbs.txt", VERBS),
             "actors": [write(tmp_path, "a.actors.txt", ACTORS), write(tmp_path, "b.actors.txt", CLEAN_ACTORS)],
             "issues": write(tmp_path, "issues.txt", ISSUES)}
    out = tmp_path / "out"
    assert run(import_args(files, out)) == 1
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    verbs = files["verbs"]
    expected = [f"eventwire: not understood: {verbs}:{line_of(VERBS, text)}: " for text, _ in VERB_PROBLEMS]
    for prefix in expected:
        assert sum(line.startswith(prefix) for line in err) == 1, prefix
    assert any(line.startswith(f"eventwire: not understood: {files['actors'][0]}:"
                               f"{line_of(ACTORS, 'NOBODY_IN_PARTICULAR_')}: ") for line in err)
    n_problems = len(VERB_PROBLEMS) + 2 + 1  # verbs, actors, issues
    assert len(err) == n_problems
    summary = captured.out.strip().splitlines()
    assert len(summary) == 1
    assert summary[0].startswith("imported ") and f" into {out}; " in summary[0]
    assert f"{n_problems} line(s) not understood (listed in {out / 'import-report.txt'})" in summary[0]
    assert "9 actors" in summary[0] and "8 patterns" in summary[0]
    report_lines = (out / "import-report.txt").read_text(encoding="utf-8").splitlines()
    assert [f"eventwire: not understood: {x}" for x in report_lines] == err
    for name in ("manifest.json", "verbs.jsonl", "actors.jsonl", "agents.jsonl", "issues.jsonl"):
        assert (out / name).is_file(), name


def test_cli_import_quiet_prints_only_the_summary(tmp_path, capsys):
    files = {**clean_files(tmp_path), "verbs": write(tmp_path, "verbs.txt", VERBS)}
    assert run(import_args(files, tmp_path / "out", "--quiet")) == 1
    captured = capsys.readouterr()
    assert captured.err == ""
    assert f"{len(VERB_PROBLEMS)} line(s) not understood" in captured.out


def test_cli_import_usage_errors_exit_2(tmp_path, capsys):
    files = clean_files(tmp_path)
    missing = tmp_path / "missing.actors.txt"
    out = tmp_path / "out"
    assert run(import_args({**files, "actors": missing}, out)) == 2
    err = capsys.readouterr().err
    assert f"{missing}" in err and "no such file" in err and "Traceback" not in err
    assert not out.exists()
    # --agents is required
    args = import_args(files, out)
    k = args.index("--agents")
    assert run(args[:k] + args[k + 2:]) == 2
    assert "--agents" in capsys.readouterr().err


def test_imported_folder_loads_as_eventwire_data(tmp_path):
    out = tmp_path / "out"
    import_petrarch(out, write(tmp_path, "verbs.txt", VERBS), [write(tmp_path, "a.actors.txt", ACTORS)],
                    write(tmp_path, "agents.txt", AGENTS), write(tmp_path, "discards.txt", DISCARDS))
    lexicon = load_lexicon(out)
    assert {p.code for p in lexicon.candidates("give", "VERB")} >= {"081", "082", "071", "032", "", "---", "1722"}
    assert any(p.reverse == "033" for p in lexicon.candidates("agree", "VERB"))
    assert lexicon.candidates("tap", "VERB") and lexicon.candidates("asked", "VERB")
    actors = load_actor_dictionary(out)
    assert {e.code for e in actors.words["arnorian"]} == {"ARN"}
    assert "gandalf" not in actors.words  # a null-coded name is no actor
    assert {e.sector for e in actors.words["attorneys general"]} == {"JUD"}


def test_slash_alternatives_in_a_pattern_load(tmp_path):
    out = tmp_path / "out"
    report = import_petrarch(out, write(tmp_path, "verbs.txt", "--- GATHER [---] ---\nGATHER\n"
                                                               "- * (TO/FOR PROTEST) [141]\n"),
                             [write(tmp_path, "a.actors.txt", CLEAN_ACTORS)], write(tmp_path, "agents.txt", CLEAN_AGENTS))
    lexicon = load_lexicon(out)  # whatever the importer writes must load
    if not report.problems:
        assert {p.code for p in lexicon.candidates("gather", "VERB")} == {"141", "---"}

"""The PETRARCH/TABARI dictionary importer reads any file: a line it cannot read is a reported
problem, never an exception, and what it writes loads into the coder (issue 13)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_settings import budget, fuzz_timer, inputs, pytest_generate_tests  # noqa: F401 (fixtures, hook)

from eventwire.actors.dictionary import load_actor_dictionary
from eventwire.dictionaries.petrarch import (ImportReport, import_petrarch, read_actors, read_agents, read_discards,
                                             read_issues, read_verbs, verb_records)
from eventwire.errors import EventwireError
from eventwire.verbs.lexicon import load_lexicon

# invented entries and the syntax of each file kind, recombined into lines
VERB_BITS = st.sampled_from([
    "--- MEET [040] ---", "--- TALK [---] ---", "---", " [", "]", "[032:033]", "[:173]", "[---]", "[+++]", "[0]",
    "[99999]", "- * ", "- ", "* ", "TO ", "WITH ", "+ ", "$ ", "&FUNDS", "&FUNDS_", "+MONEY", "+CASH_", "MEET",
    "GREET {GREETED GREETING }", "{", "}", "(", ")", "~ a (a b HIT) SAY = a b 015", "_", "%", "=", "#", "<!--",
    "-->", ";", "\t", " ", "\u00e9", "\x00", "\\"])
ACTOR_BITS = st.sampled_from([
    "GONDOR_", "ROHAN_", "+GONDORIAN_", "+", "[GON]", "[GONGOV]", "[---]", "[XX]", "[GONGOV 19990101-20010101]",
    "[GONGOV 990101-010101]", "[GON >20010101]", "[GON < 950601]", "[GON 20011345-1]", "\t", "[", "]", "-", "<",
    ">", "#", ";", " ", "_", "\u00e9", "\x00"])
AGENT_BITS = st.sampled_from([
    "!PERSON! = MAN, MEN", "!PERSON!", "!NOPE!", "STEWARD [~GOV]", "[~GOV]", "[GOV~]", "[GOV]", "[~]", "{}",
    "{STEWARDS}", "RANGER", "_", " ", "=", ",", "[", "]", "{", "}", "#", "\x00"])
OTHER_BITS = st.sampled_from([
    "+", "SPORT", "SPORT_", "n:", "v:", "~", "[", "]", "[HARVEST]", "<ISSUE CATEGORY=\"FARMING\" TYPE=\"ALL\">",
    "</ISSUE>", "<ISSUE", "n:grain n:silo", "pre+k", " ", "#", "\x00", "\u00e9"])


def lines_of(bits):
    line = st.lists(st.one_of(bits, st.text(max_size=4)), max_size=7).map("".join)
    return st.lists(line, max_size=12).map("\n".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-petrarch")


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


@budget("petrarch verbs")
@given(text=lines_of(VERB_BITS))
def test_fuzz_petrarch_verbs(folder, inputs, fuzz_round, text):
    inputs["petrarch verbs"] += 1
    report = ImportReport()
    try:
        synsets, blocks = read_verbs(_write(folder, "verbs.txt", text), report)
        verb_records(synsets, blocks)
    except EventwireError:
        pass
    assert all(p.line >= 1 for p in report.problems)


@budget("petrarch actors")
@given(text=lines_of(ACTOR_BITS))
def test_fuzz_petrarch_actors(folder, inputs, fuzz_round, text):
    inputs["petrarch actors"] += 1
    try:
        read_actors(_write(folder, "actors.txt", text), ImportReport())
    except EventwireError:
        pass


@budget("petrarch agents")
@given(text=lines_of(AGENT_BITS))
def test_fuzz_petrarch_agents(folder, inputs, fuzz_round, text):
    inputs["petrarch agents"] += 1
    try:
        read_agents(_write(folder, "agents.txt", text), ImportReport())
    except EventwireError:
        pass


@budget("petrarch discards and issues")
@given(discards=lines_of(OTHER_BITS), issues=lines_of(OTHER_BITS))
def test_fuzz_petrarch_discards_and_issues(folder, inputs, fuzz_round, discards, issues):
    inputs["petrarch discards and issues"] += 1
    try:
        read_discards(_write(folder, "discards.txt", discards), ImportReport())
        read_issues(_write(folder, "issues.txt", issues), ImportReport())
    except EventwireError:
        pass


@budget("petrarch import")
@given(verbs=lines_of(VERB_BITS), actors=lines_of(ACTOR_BITS), agents=lines_of(AGENT_BITS))
def test_fuzz_petrarch_import_loads(folder, inputs, fuzz_round, verbs, actors, agents):
    """What the importer writes, the coder loads (or refuses with a named error)."""
    inputs["petrarch import"] += 1
    out = folder / "imported"
    try:
        import_petrarch(out, _write(folder, "v.txt", verbs), [_write(folder, "a.txt", actors)],
                        _write(folder, "g.txt", agents))
        load_actor_dictionary(out)
        load_lexicon(out)
    except EventwireError:
        pass

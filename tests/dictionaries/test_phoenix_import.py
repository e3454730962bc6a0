"""Importing the real Phoenix (PETRARCH-2) dictionaries from ../shared, and coding with the result."""

from pathlib import Path

import pytest

from conftest import shared_file
from eventwire.dictionaries.petrarch import import_petrarch
from eventwire.pipeline import code, load_resources
from eventwire.types import CoderSettings

pytestmark = pytest.mark.slow

PHOENIX = "dictionaries/petrarch-phoenix"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]


@pytest.fixture(scope="module")
def phoenix(tmp_path_factory):
    def f(name: str) -> Path:
        return shared_file(f"{PHOENIX}/{name}")

    out = tmp_path_factory.mktemp("phoenix")
    report = import_petrarch(out, f("CAMEO.2.0.txt"), [f(a) for a in ACTOR_FILES], f("Phoenix.agents.txt"),
                             f("Phoenix.discards.txt"), f("Phoenix.IssueCoding.txt"))
    return out, report


def test_phoenix_import_succeeds(phoenix):
    out, report = phoenix
    assert len(report.problems) < 100, "\n".join(map(str, report.problems))
    assert report.counts["patterns"] > 4000
    assert report.counts["actors"] > 20000
    assert report.counts["agents"] > 1000 and report.counts["discards"] > 100 and report.counts["issues"] > 50
    for name in ("manifest.json", "synsets.jsonl", "verbs.jsonl", "actors.jsonl", "agents.jsonl",
                 "discards.jsonl", "issues.jsonl", "import-report.txt"):
        assert (out / name).is_file(), name
    assert len((out / "import-report.txt").read_text(encoding="utf-8").splitlines()) == len(report.problems)


def test_phoenix_import_loads_and_codes(phoenix):
    out, _ = phoenix
    res = load_resources(out)
    coded = code("Russia criticized Ukraine.", "2015-01-01", resources=res,
                 settings=CoderSettings(ner_fallback=False, strict=True))
    assert {(e.source, e.target, e.code) for e in coded.events} == {("RUS", "UKR", "111")}

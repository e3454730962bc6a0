"""The article gold set stays valid, and its frozen test part is unchanged unless a commit says so."""

import hashlib
import importlib
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "benchmarks" / "data"
# file -> the id prefix its records use, so that parts never share an id
GOLD_FILES = {"articles-gold.jsonl": "art-", "articles-dev.jsonl": "dev-", "articles-test.jsonl": "test-"}
TEST_PART = DATA / "articles-test.jsonl"
TEST_HASH = DATA / "articles-test.sha256"


@pytest.fixture(scope="module")
def reader():
    """benchmarks/article_reading.py as a module (its checker reads data files, not spaCy)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        return importlib.import_module("article_reading")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))


def present(name: str) -> Path:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} is not written yet")
    return path


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_file_passes_the_checker(reader, name):
    path = present(name)
    # the test part's problems are reported by position, never with its text (FROZEN.md)
    problems = reader.check(reader.load_gold(path), show_text=path != TEST_PART)
    assert not problems, f"{name}: {len(problems)} problems, first: " + "\n".join(problems[:20])


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_ids_carry_their_part_prefix(reader, name):
    records = reader.load_gold(present(name))
    wrong = [r.get("id") for r in records if not str(r.get("id", "")).startswith(GOLD_FILES[name])]
    assert not wrong, f"{name}: ids without the prefix {GOLD_FILES[name]!r}: {wrong[:10]}"


def test_no_article_is_in_both_parts(reader):
    texts = {}
    for name in GOLD_FILES:
        if (DATA / name).exists():
            part = "test" if name == TEST_PART.name else "dev"
            for r in reader.load_gold(DATA / name):
                texts.setdefault(" ".join(r["text"].split()), set()).add(part)
    shared = [t for t, parts in texts.items() if len(parts) > 1]
    assert not shared, f"{len(shared)} article texts are in both the dev and the test part"


def test_frozen_test_part_matches_its_hash():
    if not TEST_HASH.exists():
        pytest.skip("articles-test.sha256 is not written yet (see benchmarks/data/FROZEN.md)")
    assert TEST_PART.exists(), "articles-test.sha256 exists but articles-test.jsonl does not"
    want = TEST_HASH.read_text(encoding="utf-8").split()[0].lower()
    got = hashlib.sha256(TEST_PART.read_bytes()).hexdigest()
    assert got == want, ("articles-test.jsonl changed: the test part is frozen. If the change is a deliberate "
                         "mend of the gold, update articles-test.sha256 in the same commit (FROZEN.md)")


# the checker itself, on an invented article
ARTICLE = ("OSLO, April 10 (Reuters) - Norway and Chile signed a fisheries accord on Wednesday. "
           "The Chilean navy escorted two trawlers. Officials in Santiago praised the deal.")


def _record(**event):
    base = {"sentence": 1, "trigger": "signed", "source": "NOR", "target": "CHL", "code": "057",
            "date": "2025-04-09", "precision": "day", "date_text": "on Wednesday"}
    return {"id": "art-900", "date": "2025-04-10", "text": ARTICLE, "quotes": [],
            "dateline": {"place": "Oslo", "date": "2025-04-10", "agency": "Reuters"},
            "events": [base, base | {"source": "CHL", "target": "NOR"}, base | event]}


@pytest.mark.parametrize("event, problem", [
    ({"sentence": 2, "trigger": "escorted", "source": "CHLMIL", "target": ""}, None),
    ({"sentence": 3, "trigger": "praised", "source": "CHLGOV", "target": "IGOUNO", "code": "051"}, None),
    ({"sentence": 2, "trigger": "escorted", "source": "CHLGOVMIL"}, "source 'CHLGOVMIL'"),
    ({"sentence": 2, "trigger": "escorted", "source": "XYZ"}, "source 'XYZ'"),
    ({"sentence": 2, "trigger": "escorted", "target": None}, "target None"),
    ({"sentence": 2, "trigger": "escorted", "code": "0999"}, "code '0999' is not in the CAMEO codebook"),
    ({"sentence": 3, "trigger": "praised", "code": "010"}, "bare statement"),
    ({}, "listed twice"),
])
def test_checker_judges_event_fields(reader, event, problem):
    problems = reader.check([_record(**event)])
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems

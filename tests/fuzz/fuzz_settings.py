"""Hypothesis profiles and budgets for the fuzz suite: a short run in `make test`, a long one in `make fuzz`.

EVENTWIRE_FUZZ=long (what `make fuzz` sets) gives each target its long budget, run as
several rounds of fresh random examples; otherwise every target runs a few derandomized
examples, so `make test` stays fast and repeatable. EVENTWIRE_FUZZ_REPORT=path writes how many
inputs each target ran (the figure docs/benchmarks.md records). Each fuzz module imports
`budget`, the `inputs` fixture and `pytest_generate_tests` from here (not a conftest.py: the
other tests import tests/conftest.py by the module name `conftest`)."""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

LONG = os.environ.get("EVENTWIRE_FUZZ") == "long"
SCALE = float(os.environ.get("EVENTWIRE_FUZZ_SCALE", "1"))  # a fraction of the long run, to time it
ROUNDS = 10 if LONG else 1  # a fresh Hypothesis run per round: its memory of explored inputs stays small

# inputs per target in the long run (calls of the target, not examples); the readers and parsers
# are fast, code() is not
LONG_BUDGET = {
    "parse_date": 300_000, "dateline": 300_000, "timex": 200_000, "quotes": 150_000,
    "jsonl": 60_000, "stdin": 50_000, "text file": 50_000, "html": 5_000, "feed": 20_000, "warc": 20_000,
    "petrarch verbs": 10_000, "petrarch actors": 10_000, "petrarch agents": 10_000,
    "petrarch discards and issues": 5_000, "petrarch import": 1_000, "code": 5_000, "code batches": 1_500,
}
SHORT_BUDGET = {"html": 20, "feed": 30, "warc": 40, "petrarch import": 15, "code": 25, "code batches": 5}

settings.register_profile("eventwire-short", deadline=None, database=None, derandomize=True, print_blob=True,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("eventwire-long", deadline=None, database=None, derandomize=False, print_blob=True,
                          suppress_health_check=list(HealthCheck))
PROFILE = settings.get_profile("eventwire-long" if LONG else "eventwire-short")


def budget(target: str, per_example: int = 1):
    """The settings giving `target` its examples per round (its budget of inputs over the
    inputs each example checks), on the suite's profile whatever profile is loaded."""
    if LONG:
        n = int(LONG_BUDGET[target] * SCALE) // (ROUNDS * per_example)
    else:
        n = SHORT_BUDGET.get(target, 100)
    return settings(PROFILE, max_examples=max(1, n))


def pytest_generate_tests(metafunc):
    if "fuzz_round" in metafunc.fixturenames:
        metafunc.parametrize("fuzz_round", range(ROUNDS))


_COUNTS: Counter = Counter()
_SECONDS: Counter = Counter()


@pytest.fixture(scope="session")
def inputs():
    """Inputs run per target (`inputs[target] += 1` in each example); written to
    EVENTWIRE_FUZZ_REPORT when the session ends."""
    started = time.perf_counter()
    yield _COUNTS
    path = os.environ.get("EVENTWIRE_FUZZ_REPORT")
    if path and _COUNTS:
        report = {"profile": "long" if LONG else "short", "inputs": dict(sorted(_COUNTS.items())),
                  "total": sum(_COUNTS.values()), "seconds": round(time.perf_counter() - started),
                  "seconds_per_test": {k: round(v, 1) for k, v in _SECONDS.items()}}
        Path(path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(autouse=True)
def fuzz_timer(request):
    started = time.perf_counter()
    yield
    _SECONDS[request.node.originalname] += time.perf_counter() - started

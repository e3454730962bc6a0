"""Shared fixtures: the coder's resources are loaded once per test session."""

from pathlib import Path

import json

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def resources():
    from eventwire import load_resources
    return load_resources()


@pytest.fixture(scope="session")
def code(resources):
    """code(text, date) -> set of (source, target, code) triples."""
    import eventwire

    def _code(text, date="2025-05-15", **settings):
        # strict: an internal error fails the test instead of becoming a warning
        settings = eventwire.CoderSettings(**{"strict": True, **settings})
        return eventwire.code(text, date, resources=resources, settings=settings)
    return _code


def shared_file(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads shared data from ../shared")
    return path


def read_data_lines(path: Path) -> list[tuple[int, dict]]:
    """(line number, record) for a bundled data file, failing on anything but one JSON object a
    line: data files have no blank lines and no comments (a "note" field says why instead)."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{n}: blank line"
        assert not line.startswith("#"), f"{path.name}:{n}: comment lines are not allowed"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            pytest.fail(f"{path.name}:{n}: not JSON: {e}")
        assert isinstance(rec, dict), f"{path.name}:{n}: not an object"
        rows.append((n, rec))
    assert rows, f"{path.name} is empty"
    return rows

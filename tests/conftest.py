"""Shared fixtures: the coder's resources are loaded once per test session."""

from pathlib import Path

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

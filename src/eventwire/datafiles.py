"""Reading versioned JSON Lines data files from package data or a user folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from eventwire.errors import DataFileError


def package_data(package: str, name: str) -> Path:
    """Path of a data file shipped inside `package` (e.g. 'eventwire.actors')."""
    return Path(str(resources.files(package).joinpath("data", name)))


def read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for every record; a malformed line raises DataFileError."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataFileError(str(path), n, f"not JSON: {e.msg}") from None
            if not isinstance(obj, dict):
                raise DataFileError(str(path), n, "expected a JSON object")
            yield n, obj

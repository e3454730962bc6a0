"""Reading versioned data files (JSON Lines records, JSON word lists) from package data or a user folder."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

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


def parse_word_lists(data: object, source: str) -> Mapping[str, frozenset[str]]:
    """The lists of a word-list file ({"name": {"doc": ..., "words": [...]}}, keys starting with
    "_" are comments); an entry without a doc or with an empty or non-string word names itself."""
    if not isinstance(data, dict):
        raise DataFileError(source, 0, "expected a JSON object of word lists")
    lists = {}
    for name, entry in data.items():
        if name.startswith("_"):
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("doc"), str) or not entry["doc"].strip() \
                or not isinstance(entry.get("words"), list) \
                or not all(isinstance(w, str) and w.strip() == w and w for w in entry["words"]):
            raise DataFileError(source, 0, f"'{name}' must be an object with a doc and a list of non-empty words")
        lists[name] = frozenset(entry["words"])
    return MappingProxyType(lists)


@lru_cache(maxsize=None)
def word_lists(package: str) -> Mapping[str, frozenset[str]]:
    """The word lists a package ships in data/words.json, read once."""
    path = package_data(package, "words.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataFileError(str(path), e.lineno, f"not JSON: {e.msg}") from None
    return parse_word_lists(data, str(path))

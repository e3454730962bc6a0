"""Keep the coder's lookup tables on disk, so that a new process starts in about the time spaCy takes to load."""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from spacy.strings import StringStore
from spacy.tokens import Doc

# Bumped when the layout of what is cached changes in a way the code fingerprint would not show.
CACHE_FORMAT = 1
PACKAGE = Path(__file__).resolve().parent
# The variable that moves the cache ("off" turns it off: every process builds its own tables).
CACHE_ENV = "EVENTWIRE_CACHE_DIR"
KEEP = 4  # table files kept: one per dictionary folder in use, about 8 MB each


def cache_dir() -> Path | None:
    """Where the tables are kept: $EVENTWIRE_CACHE_DIR, else $XDG_CACHE_HOME/eventwire, else
    ~/.cache/eventwire. None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def fingerprint(extra: Sequence[str], folders: Iterable[Path]) -> str:
    """A key that changes whenever anything the tables are built from may have changed: the
    package's version, code and data files (size and modification time: an editable install
    rebuilds after an edit), an imported dictionary folder, the model and the Python version."""
    from eventwire import __version__

    h = hashlib.sha256()
    for part in (str(CACHE_FORMAT), __version__, sys.version, *extra):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    for folder in folders:
        for path in [folder] if folder.is_file() else sorted(folder.rglob("*")):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            st = path.stat()
            h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def package_folders() -> list[Path]:
    """The package's folders and modules the tables are built from (the web app's are not)."""
    return [p for p in sorted(PACKAGE.iterdir()) if p.is_dir() and p.name not in ("web", "__pycache__")] + [
        p for p in PACKAGE.glob("*.py")]


def load_or_build(key: str, build: Callable[[], Any], folder: Path | None = None) -> Any:
    """The object cached under `key`, or `build()` (then stored for the next process). A
    missing, unreadable, corrupt or foreign file is rebuilt, never an error: the cache only
    saves time. Writes are atomic (a temporary file renamed), so parallel workers may race."""
    folder = cache_dir() if folder is None else folder
    path = folder / f"tables-{key}.pickle" if folder is not None else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                stored_key, value = pickle.load(f)
            if stored_key == key:
                return value
        except Exception:  # noqa: BLE001 — a corrupt file raises any of a dozen types: rebuild it
            pass
    value = build()
    if path is not None:
        _store(path, key, value)
    return value


def _store(path: Path, key: str, value: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        _TablePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump((key, value))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tables-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(buffer.getvalue())
        os.replace(tmp, path)
        # the tables of a few other keys stay (bundled and imported dictionaries, in turns); older ones go
        kept = sorted(path.parent.glob("tables-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # a read-only home or an unpicklable table: start slower, code the same



class _TablePickler(pickle.Pickler):
    """Pickles read-only mappings (pickle cannot name the mappingproxy type) as dicts, and the
    tables' frozen slotted records as constructor calls: their default unpickling, through
    dataclasses' __setstate__, took most of the start-up time the cache is there to save."""

    dispatch_table = {**copyreg.dispatch_table, MappingProxyType: lambda m: (_read_only, (dict(m),))}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        if dataclasses.is_dataclass(cls) and hasattr(cls, "__slots__") and not isinstance(obj, type):
            fields = dataclasses.fields(cls)
            if all(f.init for f in fields):
                return cls, tuple(getattr(obj, f.name) for f in fields)
        return NotImplemented


def _read_only(mapping: dict) -> MappingProxyType:
    """Unpickles a read-only mapping (pickle cannot name the mappingproxy type itself)."""
    return MappingProxyType(mapping)


class PhraseIndex:
    """spaCy's PhraseMatcher, as far as the actor matcher uses it (`matcher(doc)` gives
    `(key hash, start, end)` for every occurrence of every phrase), but built from token
    texts kept in the cache instead of from tokenizing 30,000 phrases at every start."""

    def __init__(self, phrases: dict[str, tuple[tuple[str, ...], ...]], lower: bool):
        self.lower = lower
        self.keys = list(phrases)
        # first token -> {phrase length -> {token tuple -> keys}}: one dict lookup per token
        index: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}
        for key, variants in phrases.items():
            for tokens in variants:
                if tokens:
                    index.setdefault(tokens[0], {}).setdefault(len(tokens), {}).setdefault(tokens, []).append(key)
        self.index = index

    @classmethod
    def tokenize(cls, forms: Iterable[str], make_doc: Callable[[str], Doc],
                 lower: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The token texts of each phrase, as PhraseMatcher would see them. A lowercase phrase is
        also tokenized capitalized: the tokenizer splits "gen." but keeps "Gen." whole, as it
        stands in the text ("Gen. Haftar"), and the phrase is meant to match it."""
        out = {}
        for form in forms:
            variants = {tuple(t.lower_ if lower else t.text for t in make_doc(form))}
            if lower and form[:1].islower():
                # "Gen." and "Lt. Gen." (each word capitalised), as they stand in the text
                for cased in {form[:1].upper() + form[1:], form.title()}:
                    variants.add(tuple(t.lower_ for t in make_doc(cased)))
            out[form] = tuple(sorted(variants))
        return out

    def bind(self, strings: StringStore) -> "PhraseIndex":
        """Put the keys into the model's string store, so that `doc.vocab.strings[key hash]` reads them."""
        self.hashes = {key: strings.add(key) for key in self.keys}
        return self

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        words = [t.lower_ if self.lower else t.text for t in doc]
        found = []
        for start, word in enumerate(words):
            by_length = self.index.get(word)
            if by_length is None:
                continue
            for length, phrases in by_length.items():
                keys = phrases.get(tuple(words[start:start + length]))
                if keys is not None:
                    found.extend((self.hashes[k], start, start + length) for k in keys)
        found.sort(key=lambda m: (m[1], m[2]))
        return found

    def __getstate__(self) -> dict:
        return {"lower": self.lower, "keys": self.keys, "index": self.index}  # hashes: rebound per model


class PlaceRows(Mapping):
    """The gazetteer's name -> places mapping, kept in the cache as plain rows: a Place is made
    the first time its name is looked up, so a start does not build 30,000 records it may
    never read."""

    def __init__(self, rows: dict[str, tuple[tuple, ...]]):
        self.rows = rows
        self.made: dict[str, tuple] = {}

    @classmethod
    def of(cls, places: Mapping[str, tuple]) -> "PlaceRows":
        return cls({name: tuple(dataclasses.astuple(p) for p in ps) for name, ps in places.items()})

    def __getitem__(self, name: str) -> tuple:
        made = self.made.get(name)
        if made is None:
            from eventwire.places.gazetteer import Place
            made = self.made[name] = tuple(Place(*row) for row in self.rows[name])
        return made

    def __contains__(self, name: object) -> bool:
        return name in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __reduce__(self) -> tuple:
        return PlaceRows, (self.rows,)

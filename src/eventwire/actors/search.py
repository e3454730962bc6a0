"""Find actors in the loaded dictionary by a piece of a name or a code, best matches first (autocomplete)."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actors.dictionary import ActorDictionary, Entry, Role, _strip_the

# how an entry is listed first among equally good matches: states before their organs and people
_KIND_ORDER = {"country": 0, "organization": 1, "person": 2, "metonym": 3, "sector": 4}


@dataclass(frozen=True, slots=True)
class Found:
    """One dictionary actor: its name, kind, code, country, the forms it is known by, its roles."""

    name: str
    kind: str
    code: str
    country: str
    forms: tuple[str, ...]
    roles: tuple[Role, ...]


class ActorIndex:
    """Every actor of a dictionary once, with all its forms; built once, then searched."""

    def __init__(self, actors: ActorDictionary) -> None:
        grouped: dict[tuple, tuple[Entry, list[str]]] = {}
        for table in (actors.names, actors.words):
            for form, entries in table.items():
                for entry in entries:
                    # a country's adjective ("Chinese") is a form of the country, not another actor
                    kind = "country" if entry.kind == "adjective" else entry.kind
                    name = _strip_the(entry.name)  # "the Kremlin" and "Kremlin" are one seat of power
                    key = (kind, name.casefold(), entry.code, entry.country, entry.roles)
                    grouped.setdefault(key, (entry, []))[1].append(form)
        self._found: list[Found] = []
        for (kind, _, _, country, roles), (entry, forms) in grouped.items():
            name = _strip_the(entry.name)
            found = Found(name, kind, entry.actor_on(None).code, country, _distinct(name, forms), roles)
            self._found.append(found)
        self._found.sort(key=lambda f: (_KIND_ORDER.get(f.kind, 9), f.name))
        # what a query is compared with, folded once: codes, then the name and forms
        self._keys = [({f.code.casefold(), *(r.code.casefold() for r in f.roles)},
                       [f.name.casefold(), *(x.casefold() for x in f.forms)]) for f in self._found]

    def __len__(self) -> int:
        return len(self._found)

    def search(self, query: str) -> list[Found]:
        """Actors whose code, name or a form matches `query` (case-insensitive), best first: a
        code equal to it, a name or form equal to it, a code, name or form starting with it, a
        word in a name or form starting with it, then containing it anywhere."""
        q = " ".join(query.split()).casefold()
        if not q:
            return []
        scored = [(score, n) for n, (codes, words) in enumerate(self._keys)
                  if (score := _score(codes, words, q)) is not None]
        scored.sort()
        return [self._found[n] for _, n in scored]


def _score(codes: set[str], words: list[str], q: str) -> int | None:
    if q in codes:
        return 0
    if q in words:
        return 1
    if any(c.startswith(q) for c in codes) or any(w.startswith(q) for w in words):
        return 2
    if any(part.startswith(q) for w in words for part in w.split()[1:]):
        return 3
    if any(q in w for w in words):
        return 4
    return None


def _distinct(name: str, forms: list[str]) -> tuple[str, ...]:
    """The forms as a reader would list them: the name first, then shorter forms first, each
    once (not again in capitals, with a curly apostrophe or after "the")."""
    out: dict[str, str] = {}
    for form in sorted(forms, key=lambda f: (_strip_the(f) != name, f.isupper() and len(f) > 4, len(f), f)):
        plain = _strip_the(form)
        out.setdefault(plain.casefold().replace("\u2019", "'"), plain)
    return tuple(out.values())

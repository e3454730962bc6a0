"""Load the actor dictionaries into one immutable lookup of surface forms and role histories."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from eventwire.datafiles import package_data, read_jsonl, word_lists
from eventwire.errors import DataFileError
from eventwire.types import Actor

CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# Names more often something else: acronyms' title-case forms that are words, and surnames too
# common to say who is meant (versioned data, actors/data/words.json).
NOT_ACRONYMS = word_lists("eventwire.actors")["not_acronyms"]
COMMON_SURNAMES = word_lists("eventwire.actors")["common_surnames"]


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    title: str
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry a surface form can point to."""

    kind: str  # country | adjective | metonym | organization | person | sector
    name: str
    code: str = ""  # full code for organisations; country code for countries; sector for sectors
    country: str = ""
    sector: str = ""
    roles: tuple[Role, ...] = ()
    default: str = ""  # an imported person's code when none of the dated roles holds
    members: tuple[str, ...] = ()  # the states a group name stands for, each its own actor ("the Baltic states")

    def actor_on(self, day: date | None) -> Actor:
        """The actor this entry denotes on a given day (people change roles; others do not)."""
        if self.kind == "organization" and self.roles:
            # a body whose standing changed ("the Taliban", rebels until they took power)
            role = self.role_on(day)
            code = role.code if role is not None else self.code
            return Actor(code=code, country=self.country, sector=code[3:6] if self.country else "", name=self.name)
        if self.kind != "person":
            # a seat standing for a body of no country ("Brussels" for the EU) keeps the body's code
            code = self.code if self.kind == "organization" or not self.country else self.country + self.sector
            return Actor(code=code, country=self.country, sector=self.sector, name=self.name)
        role = self.role_on(day)
        if role is None and self.default:
            return Actor(code=self.default, country=self.default[:3], sector=self.default[3:6], name=self.name)
        if role is None:
            return Actor(code=f"{self.country}ELI", country=self.country, sector="ELI", name=self.name)
        return Actor(code=role.code, country=role.code[:3] if not role.code.startswith("IGO") else "",
                     sector=role.code[3:6], name=self.name)

    def role_on(self, day: date | None) -> Role | None:
        if not self.roles:
            return None
        if day is None:  # undated text: the latest role is the best guess for current news
            return max(self.roles, key=lambda r: r.start or date.min)
        held = [r for r in self.roles if r.holds_on(day)]
        return max(held, key=lambda r: r.start or date.min) if held else None


def choose(entries: tuple[Entry, ...], day: date | None) -> Entry | None:
    """The named person or organisation a surface form means on a given day: "Trudeau" in 1982
    is Pierre, in 2020 Justin. Someone in office that day wins, then whoever left office most
    recently before it, then an organisation of that name."""
    people = [x for x in entries if x.kind == "person"]
    if people:
        if day is not None:
            active = [x for x in people if x.role_on(day) is not None]
            if active:
                return active[0]
            past = [(max((r.end or date.max) for r in x.roles if (r.start or date.min) <= day), x)
                    for x in people if any((r.start or date.min) <= day for r in x.roles)]
            if past:
                return max(past, key=lambda p: p[0])[1]
        return max(people, key=lambda x: max((r.start or date.min) for r in x.roles) if x.roles else date.min)
    return next((x for x in entries if x.kind == "organization"), None)


@dataclass(frozen=True)
class ActorDictionary:
    """Surface forms -> entries. Proper names match case-sensitively (with an all-caps variant);
    sector words match in lower case."""

    names: Mapping[str, tuple[Entry, ...]]  # exact-case surface form -> entries
    words: Mapping[str, tuple[Entry, ...]]  # lower-case sector words -> entries
    codes: frozenset[str]  # every actor code the dictionaries can produce (for validation)
    sectors: frozenset[str]
    countries: frozenset[str]
    # family name -> the people it may be alone ("Aliyev" after "Ilham Aliyev"); asked only for a
    # name the NER calls a person and nothing else matches (MentionFinder), and answered only when
    # one of them holds office on the story date
    surnames: Mapping[str, tuple[Entry, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def person_by_surname(self, name: str, day: date | None) -> Entry | None:
        if day is None or name in COMMON_SURNAMES:
            return None
        holding = [x for x in self.surnames.get(name, ()) if x.role_on(day) is not None]
        return holding[0] if len(holding) == 1 else None

    def is_known_code(self, code: str) -> bool:
        if code in self.codes:
            return True
        country, sector = code[:3], code[3:]
        if country in self.countries or country == "IGO":
            return all(sector[i:i + 3] in self.sectors for i in range(0, len(sector), 3))
        return code in self.sectors


def _parse_date(value, path: Path, line: int) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DataFileError(str(path), line, f"date {value!r} is not YYYY-MM-DD") from None


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


@dataclass
class _Part:
    """What one dictionary file contributes: surface forms with their entries, and the codes,
    sectors and countries it defines."""

    names: list[tuple[str, Entry]] = field(default_factory=list)  # proper names as written
    words: list[tuple[str, Entry]] = field(default_factory=list)  # lower-case role words, final form
    codes: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)


def load_actor_dictionary(folder: Path | None = None) -> ActorDictionary:
    """The bundled dictionaries (or an imported TABARI/PETRARCH folder) as one lookup."""
    folder = folder or package_data("eventwire.actors", "")
    if (folder / "actors.jsonl").exists():
        return _load_imported(folder)
    parts = [_read_sectors(folder / "sectors.jsonl"), _read_countries(folder / "countries.jsonl")]
    if (folder / "organizations.jsonl").exists():
        parts.append(_read_organizations(folder / "organizations.jsonl", parts[1].countries))
    if (folder / "people.jsonl").exists():
        parts.append(_read_people(folder / "people.jsonl"))
    return _assemble(parts)


def _read_sectors(path: Path) -> _Part:
    """Role words ("troops", "ministry") and the three-letter sector each stands for."""
    part = _Part()
    for n, rec in read_jsonl(path):
        code = rec.get("code", "")
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataFileError(str(path), n, f"sector code {code!r} is not three capitals")
        part.sectors.add(code)
        entry = Entry(kind="sector", name=rec["words"][0], code=code, sector=code)
        for w in rec["words"]:
            for variant in {w.lower(), w.lower().replace("'", "\u2019")}:
                part.words.append((variant, entry))
        # abbreviations match as written: "PM Modi", but not the "pm" of a clock time
        for w in rec.get("abbreviations", ()):
            if not re.fullmatch(r"[A-Z][A-Za-z.]*", w):
                raise DataFileError(str(path), n, f"abbreviation {w!r} is not written with a capital")
            part.names.append((w, entry))
    return part


def _read_countries(path: Path) -> _Part:
    """Countries by name, adjective and demonym, and their capitals and seats of power."""
    part = _Part()
    for n, rec in read_jsonl(path):
        cc = rec.get("code", "")
        if not re.fullmatch(r"[A-Z]{3}", cc):
            raise DataFileError(str(path), n, f"country code {cc!r} is not ISO alpha-3")
        part.countries.add(cc)
        part.codes.add(cc)
        state = Entry(kind="country", name=rec["name"], code=cc, country=cc)
        for form in {rec["name"], rec.get("official") or rec["name"], *rec.get("names", ())}:
            part.names.append((form, state))
        adjective = Entry(kind="adjective", name=rec["name"], code=cc, country=cc)
        for form in {*rec.get("adjectives", ()), *rec.get("demonyms", ())}:
            part.names.append((form, adjective))
        for form, sector in (rec.get("metonyms") or {}).items():
            part.names.append((form, Entry(kind="metonym", name=form, code=cc + sector, country=cc, sector=sector)))
            part.codes.add(cc + sector)
    return part


def _read_organizations(path: Path, countries: set[str]) -> _Part:
    """Named bodies with their full codes; a body of a known country carries its role."""
    part = _Part()
    for n, rec in read_jsonl(path):
        code = rec.get("code", "")
        if not CODE_RE.match(code):
            raise DataFileError(str(path), n, f"actor code {code!r} is not a CAMEO code")
        part.codes.add(code)
        country = code[:3] if code[:3] in countries else ""
        roles = []
        for r in rec.get("roles", ()):  # dated codes that replace `code` while they hold
            if not CODE_RE.match(r.get("code", "")) or r["code"][:3] != code[:3]:
                raise DataFileError(str(path), n, f"dated code {r.get('code')!r} is not a CAMEO code of {code[:3]}")
            roles.append(Role(r["code"], r.get("title", ""), _parse_date(r.get("start"), path, n),
                              _parse_date(r.get("end"), path, n)))
            part.codes.add(r["code"])
        members = tuple(rec.get("members", ()))
        if any(m not in countries for m in members):
            raise DataFileError(str(path), n, f"members {members!r} are not all known countries")
        entry = Entry(kind="organization", name=rec["names"][0], code=code, country=country,
                      sector=code[3:6] if country else "", roles=tuple(roles), members=members)
        part.names.extend((form, entry) for form in rec["names"])
        # wires write a party's name with a small "party" as often as not ("the Peronist party")
        part.names.extend((form[:-len("Party")] + "party", entry) for form in rec["names"]
                          if rec.get("kind") == "party" and form.endswith(" Party")
                          and form[:-len("Party")] + "party" not in rec["names"])
        # the city a body is named by, as a capital names a government ("Brussels imposed sanctions")
        seat = Entry(kind="metonym", name=rec["names"][0], code=code, country=country,
                     sector=code[3:6] if country else "")
        part.names.extend((form, seat) for form in rec.get("seats", ()))
    return part


def _read_people(path: Path) -> _Part:
    """Named people with their dated roles (and an elite code for when they hold none)."""
    part = _Part()
    for n, rec in read_jsonl(path):
        roles = []
        for r in rec.get("roles", ()):
            if not CODE_RE.match(r.get("code", "")):
                raise DataFileError(str(path), n, f"role code {r.get('code')!r} is not a CAMEO code")
            roles.append(Role(r["code"], r.get("title", ""), _parse_date(r.get("start"), path, n),
                              _parse_date(r.get("end"), path, n)))
            part.codes.add(r["code"])
        country = rec.get("country", "")
        part.codes.add(country + "ELI")
        entry = Entry(kind="person", name=rec["name"], country=country, roles=tuple(roles))
        part.names.extend((form, entry) for form in {rec["name"], *rec.get("aliases", ())})
    return part


def _name_variants(form: str) -> set[str]:
    """The surface forms a proper name matches as: as written, in capitals (for headlines and
    datelines, "BEIJING"), and with either apostrophe; none for an empty name."""
    form = _strip_the(form.strip())
    if not form:
        return set()
    # no capitals copy for short forms, where it would turn ordinary words into names ("IS", "WHO")
    variants = {form, form.upper()} if len(form) > 4 else {form}
    # British style writes an acronym said as a word in title case ("Nato", "Farc", "Opec")
    if len(form) >= 4 and form.isalpha() and form.isupper() and form.title() not in NOT_ACRONYMS:
        variants.add(form.title())
    # a name opening with a lower-case particle ("al-Sudani", "de Klerk") is capitalised when it
    # opens a sentence, and many outlets write it so anywhere ("Al-Sudani")
    if re.match(r"([a-z]+[- ])+[A-Z]", form):
        variants.add(form[0].upper() + form[1:])
    # news uses typographic apostrophes as often as plain ones
    return variants | {v.replace("'", "\u2019") for v in variants} | {v.replace("\u2019", "'") for v in variants}


def _assemble(parts: list[_Part]) -> ActorDictionary:
    """One frozen dictionary from the files' parts, in file order (the order `choose` breaks
    ties by); a name lists each entry once, a role word each sector that claims it."""
    names: dict[str, list[Entry]] = {}
    words: dict[str, list[Entry]] = {}
    for part in parts:
        for form, entry in part.names:
            for variant in _name_variants(form):
                bucket = names.setdefault(variant, [])
                if entry not in bucket:
                    bucket.append(entry)
        for word, entry in part.words:
            words.setdefault(word, []).append(entry)
    return ActorDictionary(names=_freeze(names), words=_freeze(words),
                           codes=frozenset(c for p in parts for c in p.codes),
                           sectors=frozenset(s for p in parts for s in p.sectors),
                           countries=frozenset(c for p in parts for c in p.countries),
                           surnames=_surnames(names))


def _surnames(names: dict[str, list[Entry]]) -> Mapping[str, tuple[Entry, ...]]:
    """The last word of each person's full name, where no dictionary name is that word already."""
    out: dict[str, list[Entry]] = {}
    for entries in names.values():
        for x in entries:
            words = x.name.split() if x.kind == "person" else []
            # a regnal number ("Frederik X", "Charles III") or an initial is no family name
            if len(words) < 2 or words[-1] in names or not words[-1][:1].isupper() or len(words[-1].rstrip(".")) < 2 \
                    or re.fullmatch(r"[IVXLC]+", words[-1]):
                continue
            bucket = out.setdefault(words[-1], [])
            if x not in bucket:
                bucket.append(x)
    return _freeze(out)


def _freeze(table: dict[str, list[Entry]]) -> Mapping[str, tuple[Entry, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


def _load_imported(folder: Path) -> ActorDictionary:
    """An imported (TABARI/PETRARCH-style) folder: actors.jsonl and agents.jsonl. Any actor code
    combines with any agent code ("Arnor's president" -> ARN + GOV), names match in any case as
    in those coders, and codes are the dictionary's own, not only CAMEO's."""
    words: dict[str, list[Entry]] = {}
    codes: set[str] = set()
    sectors: set[str] = set()
    countries: set[str] = set()

    def add(form: str, entry: Entry) -> None:
        for variant in {form.lower(), form.lower().replace("'", "\u2019")}:
            bucket = words.setdefault(variant, [])
            if entry not in bucket:
                bucket.append(entry)

    path = folder / "agents.jsonl"
    if path.exists():
        for n, rec in read_jsonl(path):
            code = str(rec.get("code", ""))
            if not code or not rec.get("words"):
                raise DataFileError(str(path), n, "an agent needs a code and words")
            sectors.add(code)
            entry = Entry(kind="sector", name=rec["words"][0], code=code, sector=code)
            for w in rec["words"]:
                add(w, entry)
    path = folder / "actors.jsonl"
    for n, rec in read_jsonl(path):
        names, code = rec.get("names") or [], str(rec.get("code", ""))
        if not names:
            raise DataFileError(str(path), n, "an actor needs names")
        if not code and not rec.get("roles"):
            continue  # a null-coded name (PETRARCH's [---]): known, and deliberately no actor
        roles = tuple(Role(r["code"], "", _parse_date(r.get("start"), path, n), _parse_date(r.get("end"), path, n))
                      for r in rec.get("roles", ()))
        if roles:
            entry = Entry(kind="person", name=names[0], country=(code or roles[0].code)[:3], roles=roles,
                          default=code)
            codes.update(r.code for r in roles)
        else:
            entry = Entry(kind="country", name=names[0], code=code, country=code)
            countries.add(code)
        if code:
            codes.add(code)
        for form in names:
            add(form, entry)
    return ActorDictionary(names=MappingProxyType({}), words=_freeze(words), codes=frozenset(codes),
                           sectors=frozenset(sectors), countries=frozenset(countries))

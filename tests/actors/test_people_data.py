"""Validate actors/data/people.jsonl: format, codes, dates, alias uniqueness, spot checks."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parents[2] / "src/eventwire/actors/data"
PEOPLE = DATA / "people.jsonl"

CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TODAY = "2026-11-26"


def _load():
    people = []
    with PEOPLE.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"blank line {n}"
            assert not line.startswith("#"), f"comment line {n}"
            people.append(json.loads(line))
    return people


PEOPLE_LIST = _load()
BY_NAME = {p["name"]: p for p in PEOPLE_LIST}


def codes_at(name, day):
    """Codes of the roles active on `day` (start inclusive, end exclusive)."""
    return {
        r["code"]
        for r in BY_NAME[name]["roles"]
        if r["start"] <= day and (r["end"] is None or day < r["end"])
    }


def test_every_line_parses_and_has_fields():
    assert len(PEOPLE_LIST) >= 600
    for p in PEOPLE_LIST:
        assert set(p) >= {"name", "aliases", "country", "roles"}, p.get("name")
        assert isinstance(p["name"], str) and p["name"].strip() == p["name"] and p["name"]
        assert isinstance(p["aliases"], list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in p["aliases"]), p["name"]
        assert re.fullmatch(r"[A-Z]{3}", p["country"]), p["name"]
        assert p["roles"], f"{p['name']} has no role"


def test_names_unique():
    names = [p["name"] for p in PEOPLE_LIST]
    assert len(names) == len(set(names))


def test_countries_known():
    countries_file = DATA / "countries.jsonl"
    if not countries_file.exists():
        pytest.skip("countries.jsonl not present")
    known = {json.loads(line)["code"] for line in countries_file.open(encoding="utf-8")}
    for p in PEOPLE_LIST:
        assert p["country"] in known, (p["name"], p["country"])
        for r in p["roles"]:
            if not r["code"].startswith(("IGO", "IMG")):
                assert r["code"][:3] in known, (p["name"], r["code"])


def test_role_codes_and_dates():
    for p in PEOPLE_LIST:
        for r in p["roles"]:
            assert set(r) == {"code", "title", "start", "end"}, (p["name"], r)
            assert CODE_RE.match(r["code"]), (p["name"], r["code"])
            assert r["title"], (p["name"], r)
            assert ISO_RE.match(r["start"]), (p["name"], r)
            date.fromisoformat(r["start"])
            assert r["start"] <= TODAY, (p["name"], r)
            if r["end"] is not None:
                assert ISO_RE.match(r["end"]), (p["name"], r)
                date.fromisoformat(r["end"])
                assert r["start"] <= r["end"], (p["name"], r)
                assert r["end"] <= TODAY, (p["name"], r)


def test_roles_ordered_by_start():
    # Overlapping roles are allowed (a president who is also party chief); they must be sorted.
    for p in PEOPLE_LIST:
        starts = [r["start"] for r in p["roles"]]
        assert starts == sorted(starts), p["name"]


def _spans(p):
    return [(r["start"], r["end"] or "9999-12-31") for r in p["roles"]]


def test_shared_alias_only_between_people_never_in_office_together():
    # A surname may name several people ("Trudeau", "Bush") because the coder picks whoever
    # held office on the story date; two people in office at once would make it a guess.
    owners = {}
    for p in PEOPLE_LIST:
        for form in {p["name"].casefold()} | {a.casefold() for a in p["aliases"]}:
            owners.setdefault(form, []).append(p)
    for form, ps in owners.items():
        if len(ps) < 2:
            continue
        assert form not in {p["name"].casefold() for p in ps} or len({p["name"] for p in ps}) == 1, form
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                overlap = any(s1 < e2 and s2 < e1 for s1, e1 in _spans(a) for s2, e2 in _spans(b))
                assert not overlap, f"{form!r}: {a['name']} and {b['name']} held office at the same time"


def test_someone_holds_office_today():
    current = [p for p in PEOPLE_LIST if any(r["end"] is None for r in p["roles"])]
    assert len(current) >= 200


@pytest.mark.parametrize(
    "name, day, expected",
    [
        ("Vladimir Putin", "2025-05-15", "RUSGOV"),
        ("Xi Jinping", "2025-05-15", "CHNGOV"),
        ("Sergei Lavrov", "2010-01-01", "RUSGOV"),
        ("Donald Rumsfeld", "2003-03-20", "USAMIL"),
        ("Donald Rumsfeld", "2010-01-01", None),
        ("Boris Johnson", "2020-01-01", "GBRGOV"),
        ("Volodymyr Zelensky", "2023-01-01", "UKRGOV"),
        ("Benjamin Netanyahu", "2021-09-01", "ISROPP"),
        ("Recep Tayyip Erdoğan", "2010-06-01", "TURGOV"),
        ("Kim Jong-un", "2018-06-12", "PRKGOV"),
        ("Valery Gerasimov", "2022-03-01", "RUSMIL"),
        ("Hassan Nasrallah", "2006-07-12", "LBNREB"),
        ("Abu Bakr al-Baghdadi", "2014-07-04", "IMGMUSISI"),
        ("António Guterres", "2020-01-01", "IGOUNO"),
        ("Jens Stoltenberg", "2020-01-01", "IGOWSTNAT"),
        ("Ursula von der Leyen", "2021-01-01", "IGOEUREEC"),
        ("Hibatullah Akhundzada", "2019-01-01", "AFGREB"),
        ("Hibatullah Akhundzada", "2022-01-01", "AFGGOV"),
    ],
)
def test_spot_checks(name, day, expected):
    codes = codes_at(name, day)
    if expected is None:
        assert codes == set(), (name, day, codes)
    else:
        assert expected in codes, (name, day, codes)


@pytest.mark.parametrize(
    "name, alias",
    [
        ("Vladimir Putin", "Putin"),
        ("Xi Jinping", "Xi"),
        ("Volodymyr Zelensky", "Zelenskyy"),
        ("Benjamin Netanyahu", "Netanyahu"),
        ("Recep Tayyip Erdoğan", "Erdogan"),
        ("Narendra Modi", "Modi"),
        ("Marco Rubio", "Rubio"),
        ("Pete Hegseth", "Hegseth"),
        ("Andrei Belousov", "Belousov"),
        ("George W. Bush", "Bush"),
        ("Kim Jong-un", "Kim Jong Un"),
    ],
)
def test_expected_aliases(name, alias):
    assert alias in BY_NAME[name]["aliases"]


@pytest.mark.parametrize("surname", ["Kim", "Clinton", "Khamenei", "Sinwar", "Gandhi", "Sharif", "Kaczyński"])
def test_ambiguous_surnames_not_aliases(surname):
    for p in PEOPLE_LIST:
        assert surname not in p["aliases"], p["name"]


def test_manifest_lists_people():
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest["people.jsonl"]
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", entry["version"])
    assert entry["description"]

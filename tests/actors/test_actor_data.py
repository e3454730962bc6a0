"""Validate the actor dictionaries (countries, organisations, sector words) shipped as package data.

The files are read with plain json so that a broken file fails here with a clear message rather
than deep inside the loader."""

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import read_data_lines

DATA = Path(__file__).parents[2] / "src/eventwire/actors/data"
ACTOR_FILES = ("countries.jsonl", "organizations.jsonl", "sectors.jsonl")

CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# CAMEO 1.1b3 role codes (domestic and secondary roles), the religion codes, and the
# non-state prefixes that also serve as roles.
SECTOR_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP REB SEP INS SPY UAF PTY ELI "
    "AGR BUS CRM CVL DEV EDU ENV HLH HRI LAB MED REF MOD RAD "
    "NGO IGO IMG MNC NGM "
    "REL MOS CHR CTH PRO DOX CPT JEW HIN BUD SIK SHI SUN DRZ ALE ITR JAN TAO ZRO BAH".split())
ORG_KINDS = {"state", "igo", "ngo", "party", "armed_group", "company", "media"}
# Surface forms deliberately shared by two countries: none so far (each shared adjective such as
# "Congolese" or "Dominican" is given to one country and documented in that country's "note").
SHARED_FORMS: dict[str, set[str]] = {}

SPOT_CHECK = ("RUS CHN USA GBR FRA DEU JPN IND PAK IRN IRQ SYR ISR PSE UKR AFG SDN SSD NGA ZAF "
              "BRA MEX TUR SAU EGY KOR PRK VNM IDN XKX").split()


def load(name):
    return [rec for _, rec in read_data_lines(DATA / name)]


@pytest.fixture(scope="module")
def countries():
    return load("countries.jsonl")


@pytest.fixture(scope="module")
def organizations():
    return load("organizations.jsonl")


@pytest.fixture(scope="module")
def sectors():
    return load("sectors.jsonl")


def strip_the(form):
    # the loader drops a leading article, so "the Kremlin" and "Kremlin" are one form
    return form[4:] if form.lower().startswith("the ") else form


def variants(form):
    # the loader registers each proper name as written and in capitals
    form = strip_the(form.strip())
    return {form, form.upper()}


def is_str_list(value):
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


# -- countries ------------------------------------------------------------------------------------

def test_country_codes_are_alpha3_and_unique(countries):
    codes = [c["code"] for c in countries]
    bad = [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)]
    assert not bad, bad
    dupes = {c for c in codes if codes.count(c) > 1}
    assert not dupes, dupes


def test_all_iso_countries_present(countries):
    codes = {c["code"] for c in countries}
    assert len(codes) >= 250  # 249 ISO 3166-1 entries + Kosovo
    missing = [c for c in SPOT_CHECK if c not in codes]
    assert not missing, missing


def test_palestine_and_kosovo_codes(countries):
    by_code = {c["code"]: c for c in countries}
    assert "Palestine" in by_code["PSE"]["names"]
    assert "Kosovo" in by_code["XKX"]["names"]
    assert "KSV" not in by_code and "JAP" not in by_code


def test_country_fields(countries):
    for c in countries:
        where = c["code"]
        assert isinstance(c.get("name"), str) and c["name"].strip(), where
        assert isinstance(c.get("official"), str) and c["official"].strip(), where
        for field in ("names", "adjectives", "demonyms"):
            assert is_str_list(c.get(field)), (where, field)
            assert all(x.strip() and x == x.strip() for x in c[field]), (where, field)
        assert c["names"], where
        assert c["name"] in c["names"], where
        assert c.get("capital") is None or (isinstance(c["capital"], str) and c["capital"].strip()), where
        mets = c.get("metonyms")
        assert isinstance(mets, dict), where
        for form, sector in mets.items():
            assert form.strip(), where
            assert sector == "" or sector in SECTOR_CODES, (where, form, sector)


def test_shared_names_are_own_names_shared_with_a_known_state(countries):
    codes = {c["code"] for c in countries}
    for c in countries:
        shared = c.get("shared_name")
        if shared:
            assert shared["form"] in c["names"] and shared["with"] in codes and shared["with"] != c["code"], c["code"]


def test_no_surface_form_names_two_countries(countries):
    owners = defaultdict(set)
    for c in countries:
        forms = [*c["names"], *c["adjectives"], *c["demonyms"], *c["metonyms"]]
        for form in forms:
            for v in variants(form):
                owners[v].add(c["code"])
    clashes = {f: sorted(o) for f, o in owners.items()
               if len(o) > 1 and not o <= SHARED_FORMS.get(f, set())}
    assert not clashes, clashes


def test_key_surface_forms(countries):
    names, adjs, mets = {}, {}, {}
    for c in countries:
        for n in c["names"]:
            names[strip_the(n)] = c["code"]
        for a in (*c["adjectives"], *c["demonyms"]):
            adjs[a] = c["code"]
        for m, s in c["metonyms"].items():
            mets[strip_the(m)] = (c["code"], s)
    for form, code in {"U.S.": "USA", "US": "USA", "USA": "USA", "America": "USA",
                       "United States of America": "USA", "UK": "GBR", "Britain": "GBR",
                       "Great Britain": "GBR", "DPRK": "PRK", "North Korea": "PRK", "ROK": "KOR",
                       "South Korea": "KOR", "Ivory Coast": "CIV", "Côte d'Ivoire": "CIV",
                       "Burma": "MMR", "Myanmar": "MMR", "Czechia": "CZE", "Holland": "NLD",
                       "Netherlands": "NLD", "Palestine": "PSE", "Türkiye": "TUR", "Turkey": "TUR",
                       "Soviet Union": "RUS", "Zaire": "COD", "Swaziland": "SWZ"}.items():
        assert names.get(form) == code, (form, names.get(form), code)
    for form, code in {"Russian": "RUS", "Chinese": "CHN", "American": "USA", "British": "GBR",
                       "Israeli": "ISR", "Palestinian": "PSE", "Sudanese": "SDN", "Iraqi": "IRQ",
                       "Serb": "SRB", "Serbian": "SRB", "Bosnian": "BIH", "South Sudanese": "SSD",
                       "Afghans": "AFG"}.items():
        assert adjs.get(form) == code, (form, adjs.get(form), code)
    for form, expected in {"Kremlin": ("RUS", "GOV"), "White House": ("USA", "GOV"),
                           "Washington": ("USA", "GOV"), "Pentagon": ("USA", "MIL"),
                           "Downing Street": ("GBR", "GOV"), "Whitehall": ("GBR", "GOV"),
                           "Elysee": ("FRA", "GOV"), "Élysée": ("FRA", "GOV"),
                           "Beijing": ("CHN", "GOV"), "Zhongnanhai": ("CHN", "GOV"),
                           "Tehran": ("IRN", "GOV"), "Kyiv": ("UKR", "GOV"), "Kiev": ("UKR", "GOV"),
                           "Jerusalem": ("ISR", "GOV"), "Ramallah": ("PSE", "GOV"),
                           "Foggy Bottom": ("USA", "GOV"), "Capitol Hill": ("USA", "LEG"),
                           "Gaza Strip": ("PSE", "")}.items():
        assert mets.get(form) == expected, (form, mets.get(form), expected)


# -- organisations --------------------------------------------------------------------------------

def test_organization_fields_and_codes(organizations):
    for n, o in enumerate(organizations, 1):
        assert CODE_RE.match(o.get("code", "")), (n, o.get("code"))
        assert o.get("kind") in ORG_KINDS, (n, o.get("kind"))
        assert is_str_list(o.get("names")) and o["names"], n
        assert all(x.strip() and x == x.strip() for x in o["names"]), (n, o["names"])
        assert "seats" not in o or (is_str_list(o["seats"]) and o["seats"]), (n, o.get("seats"))


def test_organization_dated_codes(organizations):
    # a body whose standing changed: each dated code is of the same country, with a valid date range
    for o in organizations:
        for r in o.get("roles", ()):
            assert CODE_RE.match(r["code"]) and r["code"][:3] == o["code"][:3], (o["names"][0], r)
            start, end = r.get("start"), r.get("end")
            for d in (start, end):
                assert d is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d), (o["names"][0], d)
            assert not (start and end) or start <= end, (o["names"][0], r)


def test_organization_codes_use_known_countries_or_prefixes(organizations, countries):
    known = {c["code"] for c in countries} | {"IGO", "NGO", "IMG", "MNC"}
    for o in organizations:
        code = o["code"]
        assert code[:3] in known, code
        if code[:3] in {c["code"] for c in countries}:
            # a state body's role is a known sector code (the rest may be CAMEO sub-codes)
            assert len(code) == 3 or code[3:6] in SECTOR_CODES, code


def test_no_name_maps_to_two_organization_codes(organizations):
    owners = defaultdict(set)
    for o in organizations:
        for form in o["names"]:
            for v in variants(form):
                owners[v].add(o["code"])
    clashes = {f: sorted(c) for f, c in owners.items() if len(c) > 1}
    assert not clashes, clashes


def test_organization_names_do_not_shadow_country_forms(organizations, countries):
    country_forms = set()
    for c in countries:
        for form in (*c["names"], *c["adjectives"], *c["demonyms"], *c["metonyms"]):
            country_forms |= variants(form)
    clashes = sorted({v for o in organizations for form in o["names"] for v in variants(form)}
                     & country_forms)
    assert not clashes, clashes


def test_key_organizations(organizations):
    code_of = {strip_the(n): o["code"] for o in organizations for n in o["names"]}
    for name, code in {"United Nations": "IGOUNO", "UNHCR": "IGOUNOREFHCR", "NATO": "IGOWSTNAT",
                       "European Union": "IGOEUREEC", "African Union": "IGOAFRAFU",
                       "ASEAN": "IGOSEAASN", "OPEC": "IGOOPC", "Arab League": "IGOMEAARL",
                       "People's Liberation Army": "CHNMIL", "PLA": "CHNMIL",
                       "State Department": "USAGOV", "Congress": "USALEG", "CIA": "USASPY",
                       "FSB": "RUSSPY", "Duma": "RUSLEG", "IDF": "ISRMIL", "Hamas": "PSEREB",
                       "Hezbollah": "LBNREB", "Taliban": "AFGREB", "ISIS": "IMGMUSISI",
                       "al-Qaeda": "IMGMUSALQ", "Houthis": "YEMREB", "PKK": "TURREB",
                       "TASS": "RUSMED", "Xinhua": "CHNMED", "KCNA": "PRKMED",
                       "Knesset": "ISRLEG", "Bundestag": "DEULEG", "Red Cross": "NGOHLHIRC",
                       "Amnesty International": "NGOHRIAMN", "Human Rights Watch": "NGOHRI"}.items():
        assert code_of.get(name) == code, (name, code_of.get(name), code)


def test_enough_organizations(organizations):
    assert len(organizations) >= 300


# -- sectors --------------------------------------------------------------------------------------

def test_sector_codes_and_words(sectors):
    seen = {}
    for n, s in enumerate(sectors, 1):
        assert s.get("code") in SECTOR_CODES, (n, s.get("code"))
        assert is_str_list(s.get("words")) and s["words"], n
        for w in s["words"]:
            assert w.strip() and w == w.strip() and w == w.lower(), (n, w)
            assert w not in seen, f"{w!r} is listed under {seen[w]} and {s['code']}"
            seen[w] = s["code"]


def test_key_sector_words(sectors):
    code_of = {w: s["code"] for s in sectors for w in s["words"]}
    for word, code in {"government": "GOV", "minister": "GOV", "prime minister": "GOV",
                       "officials": "GOV", "ambassador": "GOV", "army": "MIL", "troops": "MIL",
                       "armed forces": "MIL", "air force": "MIL", "security forces": "MIL",
                       "police": "COP", "court": "JUD", "parliament": "LEG", "lawmakers": "LEG",
                       "opposition": "OPP", "protesters": "OPP", "rebels": "REB",
                       "militants": "REB", "gunmen": "UAF", "party": "PTY", "businessman": "BUS",
                       "journalists": "MED", "students": "EDU", "civilians": "CVL",
                       "refugees": "REF", "workers": "LAB", "doctors": "HLH", "spies": "SPY",
                       "smugglers": "CRM", "clerics": "REL", "farmers": "AGR",
                       "environmentalists": "ENV", "human rights groups": "HRI",
                       "defence minister": "MIL", "defense ministry": "MIL"}.items():  # the conventions
        assert code_of.get(word) == code, (word, code_of.get(word), code)


# -- manifest -------------------------------------------------------------------------------------

def test_manifest_lists_existing_files():
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    assert isinstance(manifest, dict) and manifest
    for name in ACTOR_FILES:
        assert name in manifest, name
    for name, meta in manifest.items():
        assert (DATA / name).is_file(), name
        assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", meta.get("version", "")), (name, meta)
        assert isinstance(meta.get("description"), str) and meta["description"].strip(), name

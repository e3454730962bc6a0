"""Validate the CAMEO codebook data file (ontology/data/cameo.jsonl) and its manifest entry.

Reads the files with plain json so the data can be checked without importing eventwire.
"""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import read_data_lines

DATA_DIR = Path(__file__).parents[2] / "src/eventwire/ontology/data"
CAMEO_PATH = DATA_DIR / "cameo.jsonl"
MANIFEST_PATH = DATA_DIR / "manifest.json"

ROOTS = [f"{n:02d}" for n in range(1, 21)]

# The 16 PLOVER event types.
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

FIELDS = {
    "code": str,
    "name": str,
    "root": str,
    "goldstein": float,
    "quad_class": int,
    "plover": str,
    "plover_mode": str,
    "plover_context": list,
    "description": str,
}
OPTIONAL_FIELDS = {"note": str}

# Codes below each root in the CAMEO 1.1b3 codebook (the root itself not counted).
CODES_PER_ROOT = {
    "01": 10, "02": 27, "03": 28, "04": 7, "05": 8, "06": 5, "07": 6, "08": 25, "09": 5, "10": 27,
    "11": 12, "12": 26, "13": 22, "14": 26, "15": 6, "16": 13, "17": 13, "18": 14, "19": 9, "20": 7,
}


def expected_quad_class(root: str) -> int:
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


@pytest.fixture(scope="module")
def raw_lines() -> list[str]:
    return CAMEO_PATH.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records(raw_lines) -> list[dict]:
    return [json.loads(line) for line in raw_lines]


@pytest.fixture(scope="module")
def by_code(records) -> dict[str, dict]:
    return {r["code"]: r for r in records}


def test_cameo_data_every_line_is_a_json_object():
    read_data_lines(CAMEO_PATH)


def test_cameo_data_fields_have_documented_types(records):
    for record in records:
        code = record.get("code")
        missing = set(FIELDS) - set(record)
        assert not missing, f"{code}: missing fields {sorted(missing)}"
        unknown = set(record) - set(FIELDS) - set(OPTIONAL_FIELDS)
        assert not unknown, f"{code}: unknown fields {sorted(unknown)}"
        for field, kind in {**FIELDS, **OPTIONAL_FIELDS}.items():
            if field in record:
                assert type(record[field]) is kind, f"{code}: {field} should be {kind.__name__}"
        assert record["name"].strip(), f"{code}: empty name"
        assert all(isinstance(c, str) and c for c in record["plover_context"]), (
            f"{code}: plover_context must be a list of non-empty strings"
        )


def test_cameo_data_codes_are_unique(records):
    counts = Counter(r["code"] for r in records)
    duplicates = sorted(code for code, n in counts.items() if n > 1)
    assert not duplicates, f"duplicate codes: {duplicates}"


def test_cameo_data_codes_are_well_formed_with_existing_parents(by_code):
    for code, record in by_code.items():
        assert re.fullmatch(r"\d{2,4}", code), f"{code!r} is not a 2-4 digit code"
        assert record["root"] == code[:2], f"{code}: root {record['root']!r} should be {code[:2]!r}"
        assert code[:2] in by_code, f"{code}: root {code[:2]} is missing"
        if len(code) == 4:
            assert code[:3] in by_code, f"{code}: parent {code[:3]} is missing"


def test_cameo_data_every_root_exists(by_code):
    missing = [root for root in ROOTS if root not in by_code]
    assert not missing, f"missing roots: {missing}"
    extra = sorted({code[:2] for code in by_code} - set(ROOTS))
    assert not extra, f"codes outside roots 01-20: {extra}"


@pytest.mark.parametrize("root", ROOTS)
def test_cameo_data_root_has_codebook_number_of_codes(by_code, root):
    below = [code for code in by_code if code[:2] == root and len(code) > 2]
    assert len(below) == CODES_PER_ROOT[root], f"root {root}: {sorted(below)}"
    assert root + "0" in by_code, f"root {root} lacks its residual code {root}0"


def test_cameo_data_goldstein_is_within_scale(records):
    for record in records:
        assert -10.0 <= record["goldstein"] <= 10.0, f"{record['code']}: goldstein {record['goldstein']}"


def test_cameo_data_quad_class_matches_root(records):
    for record in records:
        assert record["quad_class"] == expected_quad_class(record["root"]), (
            f"{record['code']}: quad_class {record['quad_class']}"
        )


def test_cameo_data_plover_type_is_known(records):
    for record in records:
        code, plover = record["code"], record["plover"]
        if record["root"] in ("01", "02"):
            # PLOVER dropped public statements and appeals.
            assert plover == "", f"{code}: roots 01-02 have no PLOVER type"
            assert record["plover_mode"] == "" and record["plover_context"] == [], code
        else:
            assert plover in PLOVER_TYPES, f"{code}: PLOVER type {plover!r}"


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "plover"),
    [
        ("01", "Make public statement", 0.0, ""),
        ("010", "Make statement", 0.0, ""),
        ("0312", "Express intent to cooperate militarily", 5.2, "AGREE"),
        ("042", "Make a visit", 1.9, "CONSULT"),
        ("057", "Sign formal agreement", 8.0, "SUPPORT"),
        ("0874", "Retreat or surrender militarily", 10.0, "RETREAT"),
        ("09", "Investigate", -2.0, "ACCUSE"),
        ("10", "Demand", -5.0, "REQUEST"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, "COERCE"),
        ("1712", "Destroy property", -9.2, "ASSAULT"),
        ("175", "Use tactics of violent repression", -9.0, "ASSAULT"),
        ("191", "Impose blockade, restrict movement", -9.5, "COERCE"),
        ("2042", "Detonate nuclear weapons", -10.0, "ASSAULT"),
    ],
)
def test_cameo_data_known_codes(by_code, code, name, goldstein, plover):
    record = by_code[code]
    assert (record["name"], record["goldstein"], record["plover"]) == (name, goldstein, plover)


def test_cameo_data_manifest_lists_file():
    manifest = json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
    assert CAMEO_PATH.name in manifest, f"{MANIFEST_PATH} does not list {CAMEO_PATH.name}"
    entry = manifest[CAMEO_PATH.name]
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", entry.get("version", "")), f"bad version {entry.get('version')!r}"
    assert entry.get("description", "").strip(), "manifest entry needs a description"

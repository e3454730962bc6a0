"""Validate eventwire's CAMEO -> PLOVER mode and context table (ontology/data/plover_modes.json)
and its manifest entry: every code is a CAMEO code with a PLOVER type, every mode and context
is one the table declares for that type."""

import json
import re
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parents[2] / "src/eventwire/ontology/data"
TABLE_PATH = DATA_DIR / "plover_modes.json"


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    duplicated = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicated, f"duplicate keys in {TABLE_PATH.name}: {duplicated}"
    return dict(pairs)


@pytest.fixture(scope="module")
def table() -> dict:
    return json.loads(TABLE_PATH.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys)


@pytest.fixture(scope="module")
def cameo() -> dict[str, dict]:
    lines = (DATA_DIR / "cameo.jsonl").read_text(encoding="utf-8").splitlines()
    return {rec["code"]: rec for rec in map(json.loads, filter(str.strip, lines))}


def test_plover_modes_data_is_versioned_in_the_manifest(table):
    manifest = json.loads((DATA_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["plover_modes.json"]["version"] == table["version"]
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", table["version"])
    assert set(table) == {"version", "description", "modes", "contexts", "codes"}


def test_plover_modes_data_codes_are_cameo_codes_with_a_plover_type(table, cameo):
    for code in table["codes"]:
        assert code in cameo, f"{code}: not a CAMEO code"
        assert cameo[code]["plover"], f"{code}: root {cameo[code]['root']} has no PLOVER type, so no mode"
    assert list(table["codes"]) == sorted(table["codes"]), "codes in code order"


def test_plover_modes_data_entries_use_the_declared_vocabulary(table, cameo):
    word = re.compile(r"^[a-z][a-z_-]*$")
    assert all(word.match(c) for c in table["contexts"]) and len(set(table["contexts"])) == len(table["contexts"])
    for plover_type, modes in table["modes"].items():
        assert all(word.match(m) for m in modes), plover_type
    used = set()
    for code, entry in table["codes"].items():
        assert set(entry) == {"mode", "context"}, code
        assert entry["mode"] or entry["context"], f"{code}: an empty entry; leave the code out instead"
        if entry["mode"]:
            plover_type = cameo[code]["plover"]
            assert entry["mode"] in table["modes"].get(plover_type, []), f"{code}: mode {entry['mode']!r}"
            used.add((plover_type, entry["mode"]))
        assert len(set(entry["context"])) == len(entry["context"]), code
        assert set(entry["context"]) <= set(table["contexts"]), f"{code}: context {entry['context']}"
    declared = {(t, m) for t, modes in table["modes"].items() for m in modes}
    assert declared == used, f"declared but never used: {sorted(declared - used)}"


@pytest.mark.parametrize("code,mode,context", [
    ("041", "phone", []),
    ("043", "visit", []),
    ("0333", "assist", ["humanitarian"]),
    ("1413", "demo", ["rights_freedoms"]),
    ("2041", "cbrn", ["cbrn"]),
])
def test_plover_modes_data_examples(table, code, mode, context):
    assert table["codes"][code] == {"mode": mode, "context": context}


@pytest.mark.parametrize("code", ["010", "0211", "03", "030", "04", "040", "060", "070"])
def test_plover_modes_data_leaves_out_codes_that_name_no_manner_or_area(table, code):
    assert code not in table["codes"]


def test_the_codebook_carries_the_same_modes_and_contexts(table, cameo):
    # one source: the codebook's plover_mode / plover_context are this table's entries
    for code, record in cameo.items():
        entry = table["codes"].get(code, {"mode": "", "context": []})
        assert (record["plover_mode"], record["plover_context"]) == (entry["mode"], entry["context"]), code

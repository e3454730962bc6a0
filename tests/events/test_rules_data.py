"""Validate the engine's word lists and code rewrites (events/data/rules.json) shipped as package data."""

import json
import re
from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.events.rules import load_rules, parse_rules

DATA = Path(__file__).parents[2] / "src/eventwire/events/data"
CAMEO = Path(__file__).parents[2] / "src/eventwire/ontology/data/cameo.jsonl"
CODE_LISTS = ("symmetric_codes", "place_target_codes", "between_states_codes", "street_protest_codes", "place_codes")
ROOT_LISTS = ("symmetric_roots", "domestic_roots", "place_object_roots", "instrument_roots", "spoken_roots",
              "reaction_roots")
PREFIX_LISTS = ("facing_codes", "aimed_by_adjunct_codes", "promise_codes")  # codes or roots: a prefix of some code
REWRITES = ("leaving", "arms_transfer", "civil_blockade", "cyber_attackers", "seized_places", "official_protest",
            "enemy_arms", "verbal_clash", "armed_blockade", "helping_deployment",
            "figurative_fire")  # {"codes": [...], "to": code}


@pytest.fixture(scope="module")
def data():
    return json.loads((DATA / "rules.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def codes():
    return {json.loads(line)["code"] for line in CAMEO.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_rules_manifest_versions_the_file():
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", manifest["rules.json"]["version"])
    assert manifest["rules.json"]["description"]


def test_rules_every_list_says_what_it_is_for(data):
    for key, entry in data.items():
        if key.startswith("_"):
            continue
        assert entry.get("doc"), key
        words = entry.get("words", entry.get("codes", list(entry.get("map", {}))))
        assert len(words) == len(set(words)), (key, "duplicates")
        case = str.upper if key.endswith("_sectors") else str.lower  # sectors are codes, the rest words
        assert all(w == case(w) and w.strip() == w for w in words), key


def test_rules_codes_are_in_the_codebook(data, codes):
    for key in CODE_LISTS:
        assert all(c in codes for c in data[key]["words"]), key
    assert all(r in {c[:2] for c in codes} for key in ROOT_LISTS for r in data[key]["words"])
    assert all(any(c.startswith(p) for c in codes) for key in PREFIX_LISTS for p in data[key]["words"])
    for key in REWRITES:
        assert all(c in codes for c in data[key]["codes"]) and data[key]["to"] in codes, key
    assert all(a in codes and b in codes for a, b in data["mass_scale"]["codes"].items())
    assert all(c in codes for c in data["promised_response"]["codes"].values()) and data["blame"]["to"] in codes
    assert data["response_verbs"]["to"] in codes and data["ruling"]["to"] in codes
    assert data["deadline"]["to"] in codes
    assert all(a in codes and b in codes for a, b in data["military_variant"]["map"].items())
    assert all(c in codes for c in data["joint_posture"]["codes"]) and data["joint_posture"]["to"] in codes


def test_rules_one_speech_list_and_its_cues(data):
    speech = set(data["speech_verbs"]["words"])
    assert {"say", "tell", "warn", "announce"} <= speech
    # the screening cues are speech verbs, or "according (to)", which is not a verb
    assert set(data["speech_cues"]["words"]) - speech <= {"according"}


def test_rules_load_and_are_immutable():
    rules = load_rules()
    assert "say" in rules.speech_verbs and rules.anaphors.search("The two countries signed")
    with pytest.raises(AttributeError):
        rules.speech_verbs = frozenset()


def test_rules_a_broken_entry_names_itself(data):
    broken = {**data, "light_verbs": {"doc": "x", "words": "hold"}}
    with pytest.raises(DataFileError, match="light_verbs"):
        parse_rules(broken, "rules.json")


def test_rules_speaker_roles_name_one_role_each(data):
    # "the spokeswoman" refers back to "a spokesperson": every variant and what it stands for are role nouns
    roles = set(data["speaker_roles"]["words"])
    assert all(k in roles and v in roles for k, v in data["same_speaker_role"]["map"].items())

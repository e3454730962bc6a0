"""The event engine's word lists and code rewrites, read from versioned data (events/data/rules.json)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources as importlib_resources
from types import MappingProxyType
from typing import Mapping

from eventwire.datafiles import word_lists
from eventwire.errors import DataFileError

RULES_FILE = "rules.json"
SHAPED = {"joint_posture"}  # entries with their own shape, read below


@dataclass(frozen=True)
class EngineRules:
    """One list per purpose; the meaning of each is in the data file's "doc" strings."""

    speech_verbs: frozenset[str]
    speech_cues: frozenset[str]
    speech_nouns: frozenset[str]
    obligation_modals: frozenset[str]
    stative_passives: frozenset[str]
    agreeing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    possibility_modals: frozenset[str]
    document_nouns: frozenset[str]
    blocking_verbs: frozenset[str]
    facing_codes: tuple[str, ...]
    verbal_act_verbs: frozenset[str]
    spoken_roots: frozenset[str]
    place_codes: tuple[str, ...]
    aimed_by_adjunct_codes: tuple[str, ...]
    promise_codes: tuple[str, ...]
    reaction_roots: frozenset[str]
    acts_on_someone: frozenset[str]
    state_acts: frozenset[str]
    border_nouns: frozenset[str]
    instrument_roots: frozenset[str]
    prompting_verbs: frozenset[str]
    place_object_roots: frozenset[str]
    schedule_words: frozenset[str]
    light_verbs: frozenset[str]
    protest_nouns: frozenset[str]
    place_nouns: frozenset[str]
    target_preps: tuple[str, ...]
    owner_preps: tuple[str, ...]
    locative_preps: frozenset[str]
    civilian_sectors: frozenset[str]
    symmetric_roots: frozenset[str]
    symmetric_codes: frozenset[str]
    place_target_codes: frozenset[str]
    domestic_roots: frozenset[str]
    self_directed_codes: tuple[str, ...]
    making_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    military_variant: Mapping[str, str]
    joint_posture: frozenset[str]
    joint_posture_code: str
    armed_violence: Mapping[str, object]
    crowd_violence: Mapping[str, object]
    endangering_verbs: frozenset[str]
    repression: Mapping[str, object]
    riot_means_abroad: Mapping[str, object]
    wanting_verbs: Mapping[str, object]
    punishing_verbs: frozenset[str]
    leaving: Mapping[str, object]
    arms_transfer: Mapping[str, object]
    civil_blockade: Mapping[str, object]
    mass_scale: Mapping[str, object]
    promised_response: Mapping[str, object]
    blame: Mapping[str, object]
    negated_moods: Mapping[str, object]
    threatened_consequences: Mapping[str, object]
    question_participles: frozenset[str]
    press_words: frozenset[str]
    mission_nouns: frozenset[str]
    adopting_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    signing_verbs: frozenset[str]
    response_verbs: Mapping[str, object]
    halted_acts: Mapping[str, object]
    serving_codes: Mapping[str, object]
    venue_acts: frozenset[str]
    replying_verbs: frozenset[str]
    reprisal_roots: tuple[str, ...]
    attacking_verbs: frozenset[str]
    firing_verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    go_between_nouns: frozenset[str]
    sent_parties: frozenset[str]
    being_verbs: frozenset[str]
    norm_breaking: Mapping[str, object]
    captured_people: Mapping[str, object]
    protesters_blamed: Mapping[str, object]
    protection_codes: tuple[str, ...]
    labels: Mapping[str, object]
    untrue_reports: Mapping[str, object]
    prescribing_texts: Mapping[str, object]
    ruling: Mapping[str, object]
    deadline: Mapping[str, object]
    phone_words: frozenset[str]
    peacekeeping: Mapping[str, object]
    cyber_attackers: Mapping[str, object]
    seized_places: Mapping[str, object]
    official_protest: Mapping[str, object]
    anonymity_words: frozenset[str]
    polls: Mapping[str, object]
    surveys: Mapping[str, object]
    vessel_ties: Mapping[str, object]
    topic_verbs: frozenset[str]
    venue_nouns: frozenset[str]
    domestic_sanctions: Mapping[str, object]
    halting_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    speaker_roles: frozenset[str]
    same_speaker_role: Mapping[str, object]
    speaker_titles: frozenset[str]
    frame_particles: Mapping[str, object]
    enemy_arms: Mapping[str, object]
    weapon_nouns: frozenset[str]
    unrealised_words: frozenset[str]
    verbal_clash: Mapping[str, object]
    armed_blockade: Mapping[str, object]
    helping_deployment: Mapping[str, object]
    attack_nouns: frozenset[str]
    figurative_fire: Mapping[str, object]
    economic_means: Mapping[str, object]
    told_to: Mapping[str, object]
    act_nouns: Mapping[str, frozenset[str]]
    anaphors: re.Pattern
    negations: frozenset[str]
    occurrence_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    conditional_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    national_levels: frozenset[str]
    bare_legal_steps: frozenset[str]
    commentator_nouns: frozenset[str]
    reciprocal_words: frozenset[str]
    long_standing_adverbs: frozenset[str]
    long_span_nouns: frozenset[str]
    patronage_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    claiming_verbs: frozenset[str]
    claimed_roots: tuple[str, ...]
    denouncing_appeals: tuple[str, ...]
    causative_verbs: frozenset[str]
    many_states_words: frozenset[str]
    foreboding_verbs: frozenset[str]
    penalty_words: frozenset[str]
    carrying_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    mission_nouns_owned: frozenset[str]
    reason_nouns: frozenset[str]
    summing_nouns: frozenset[str]
    accusing_verbs: frozenset[str]
    readiness_words: frozenset[str]
    modal_nouns: frozenset[str]
    sport_words: frozenset[str]
    athlete_nouns: frozenset[str]
    team_nouns: frozenset[str]
    helping_verbs: frozenset[str]
    contest_verbs: frozenset[str]
    between_states_codes: tuple[str, ...]
    street_protest_codes: tuple[str, ...]
    mood_codes: tuple[str, ...]
    aerial_means: frozenset[str]
    artillery_means: frozenset[str]
    law_nouns: frozenset[str]
    enacting_verbs: frozenset[str]


def parse_rules(data: dict, source: str = RULES_FILE) -> EngineRules:
    """EngineRules from the parsed data file; a missing or malformed entry names itself."""
    def words(key: str) -> list[str]:
        entry = data.get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("words"), list) \
                or not all(isinstance(w, str) and w for w in entry["words"]):
            raise DataFileError(source, 0, f"'{key}' must be an object with a list of words")
        return entry["words"]

    # every word list of the record is read the same way: a set, or a tuple where order matters
    lists = {f.name: (frozenset if f.type == "frozenset[str]" else tuple)(words(f.name))
             for f in fields(EngineRules) if f.type in ("frozenset[str]", "tuple[str, ...]") and f.name not in SHAPED}
    variant, joint = data.get("military_variant", {}).get("map"), data.get("joint_posture", {})
    if not isinstance(variant, dict) or not isinstance(joint.get("codes"), list) or not joint.get("to"):
        raise DataFileError(source, 0, "'military_variant' needs a map and 'joint_posture' codes and a 'to' code")
    acts = data.get("act_nouns", {}).get("map")
    if not isinstance(acts, dict) or not all(isinstance(v, list) and all(isinstance(w, str) for w in v) for v in acts.values()):
        raise DataFileError(source, 0, "'act_nouns' needs a map of nouns to lists of verbs")
    anaphors = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("anaphors"))
    # "the mineral-rich country", "Africa's most populous nation": the heads of a state's epithet
    # the actor finder resolves (actors words.json one_state_nouns)
    heads = "|".join(re.escape(w) for w in sorted(word_lists("eventwire.actors")["one_state_nouns"]))
    anaphors += rf"|(?:the|'s)\s+(?:[\w-]+\s+){{0,4}}(?:{heads})"
    # "the enemy", "the occupiers": a side of the article's war (actors words.json war_side_nouns)
    sides = "|".join(re.escape(w) + "s?" for w in sorted(word_lists("eventwire.actors")["war_side_nouns"]))
    anaphors += rf"|the\s+(?:{sides})"
    # the code rewrites by party or scale ("repression", "leaving", "mass_scale", ...): each an
    # object of its own shape, read as it stands
    rewrites = {f.name: MappingProxyType(dict(data.get(f.name, {})))
                for f in fields(EngineRules) if f.type == "Mapping[str, object]"}
    return EngineRules(**lists,
                       military_variant=MappingProxyType(dict(variant)), joint_posture=frozenset(joint["codes"]),
                       **rewrites,
                       act_nouns=MappingProxyType({k: frozenset(v) | {k} for k, v in acts.items()}),
                       joint_posture_code=joint["to"], anaphors=re.compile(rf"\b(?:{anaphors})\b", re.IGNORECASE))


@lru_cache(maxsize=1)
def load_rules() -> EngineRules:
    """The bundled rules, read once."""
    path = importlib_resources.files("eventwire.events") / "data" / RULES_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataFileError(str(path), e.lineno, f"not JSON: {e.msg}") from None
    return parse_rules(data, str(path))


# Read by the article-level modules that share the engine's lists (one speech-verb list for all).
SPEECH = load_rules().speech_verbs
LOCATIVE_PREPS = load_rules().locative_preps

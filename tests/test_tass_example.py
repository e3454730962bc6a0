"""The canonical TASS story (../shared/examples) yields the events the issue lists."""

import pytest

from conftest import shared_file


@pytest.fixture(scope="module")
def tass(code):
    text = shared_file("examples/tass-2025-05-15.txt").read_text(encoding="utf-8")
    return code(text, "2025-05-15")


def has(coded, source, target, prefix):
    return any(e.source == source and e.target == target and e.code.startswith(prefix) for e in coded.events)


def test_tass_readiness_is_military_intent(tass):
    assert has(tass, "CHNMIL", "RUSMIL", "03")
    assert has(tass, "CHNMIL", "RUSMIL", "0312")


def test_tass_negotiations_both_ways(tass):
    assert has(tass, "CHNGOV", "RUSGOV", "046") and has(tass, "RUSGOV", "CHNGOV", "046")


def test_tass_joint_drills(tass):
    assert has(tass, "CHNMIL", "RUSMIL", "06") and has(tass, "RUSMIL", "CHNMIL", "06")


def test_tass_agreement_to_deepen_cooperation(tass):
    assert has(tass, "CHN", "RUS", "03") and has(tass, "RUS", "CHN", "03")


def test_tass_parade_appearance(tass):
    assert any(e.source == "CHNMIL" and "parade" in e.evidence.lower() and "participated" in e.trigger.text
               for e in tass.events)


def test_tass_codes_are_valid(tass, resources):
    for e in tass.events:
        assert e.code in resources.codebook
        for actor in (e.source, e.target):
            assert not actor or resources.actors.is_known_code(actor), actor


def test_tass_dateline_is_not_part_of_the_first_sentence(tass):
    event = next(e for e in tass.events if e.code == "0312")
    assert event.sentence == 1
    assert event.source_span.text.startswith("The People")
    assert event.speaker in ("CHNGOV", "CHNMIL")

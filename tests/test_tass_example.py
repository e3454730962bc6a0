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


# -- reading the whole article (issue #4): no date given, as a user would run it --------------

@pytest.fixture(scope="module")
def tass_undated(code):
    return code(shared_file("examples/tass-2025-05-15.txt").read_text(encoding="utf-8"), None)


def test_tass_dateline_gives_the_story_date(tass_undated):
    from datetime import date
    assert tass_undated.date == date(2025, 5, 15)
    dl = tass_undated.dateline
    assert (dl.place, dl.date, dl.agency) == ("Beijing", date(2025, 5, 15), "TASS")
    assert dl.year_from == "text"  # "This year marks 80 years of … 1941-1945": not a guess


def test_tass_readiness_is_dated_thursday(tass_undated):
    from datetime import date
    event = next(e for e in tass_undated.events if e.code == "0312" and e.sentence == 1)
    assert (event.date, event.date_precision) == (date(2025, 5, 15), "day")
    assert "Thursday" in event.date_text


def test_tass_parade_is_dated_may_9_in_moscow(tass_undated):
    from datetime import date
    parade = [e for e in tass_undated.events if "participated" in e.trigger.text]
    assert parade
    for e in parade:
        assert (e.date, e.date_precision) == (date(2025, 5, 9), "day")
        assert e.location is not None and (e.location.name, e.location.country) == ("Moscow", "RUS")
        assert e.location.latitude == pytest.approx(55.75, abs=0.1)


def test_tass_every_quote_is_jiang_bin(tass_undated):
    quotes = tass_undated.quotes
    assert len([q for q in quotes if q.direct]) >= 4
    assert len([q for q in quotes if not q.direct]) >= 4
    for q in quotes:
        assert q.person == "Jiang Bin", q
        assert q.actor in ("CHNGOV", "CHNMIL"), q


def test_tass_statements_carry_the_speaker(tass_undated):
    # every event reported by "the spokesperson said"/"he said" names the spokesperson's actor
    for e in tass_undated.events:
        if e.speaker_span is not None:
            assert e.speaker in ("CHNGOV", "CHNMIL"), e


def test_tass_leaders_roles_on_that_date(tass_undated):
    codes = {e.source for e in tass_undated.events} | {e.target for e in tass_undated.events}
    assert "CHNGOV" in codes and "RUSGOV" in codes  # Xi and Putin in office on 2025-05-15


def test_tass_places(tass_undated):
    assert ("Moscow", "RUS") in {(p.name, p.country) for p in tass_undated.places}

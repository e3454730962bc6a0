"""Targets the article supplies (discourse/targets.py), on articles written for these tests."""

from datetime import date

from eventwire.discourse.targets import domestic_targets
from eventwire.types import Event, Span


def dyads(coded):
    return {(e.source, e.target, e.code[:2]) for e in coded.events}


def test_targets_event_noun_takes_the_earlier_acts_source(code):
    coded = code("Lithuania closed two border crossings with Belarus on Monday. "
                 "The Belarusian foreign minister condemned the decision on Tuesday.", "2025-03-05")
    assert any(s == "BLRGOV" and t.startswith("LTU") and c == "11" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_other_party_named_before(code):
    coded = code("Chile and Peru held talks in Lima on Monday. "
                 "The Chilean foreign minister later pledged to send more aid.", "2025-03-05")
    assert any(s == "CHLGOV" and t.startswith("PER") and c == "03" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_a_foreign_place_visited_is_the_last_resort(code):
    coded = code("The German foreign minister arrived in Kyiv today. "
                 "The minister promised to send more air defence systems.", "2025-03-05")
    assert any(s.startswith("DEU") and t.startswith("UKR") and c == "03" for s, t, c in dyads(coded)), dyads(coded)


def test_targets_a_bare_statement_gets_none(code):
    coded = code("Chile and Peru held talks on Monday. Chile said the weather was fine.", "2025-03-05",
                 statements=True)
    assert ("CHL", "", "01") in dyads(coded), dyads(coded)


def _event(source: str, target: str, code: str) -> Event:
    return Event(source=source, target=target, code=code, name="", root=code[:2], quad_class=3, goldstein=0.0,
                 plover="", sentence=1, trigger=Span(0, 1, "x"), source_span=None, target_span=None,
                 date=date(2025, 3, 5), confidence=0.8)


def test_targets_protesters_target_their_own_government():
    out = domestic_targets([_event("KENOPP", "", "141"), _event("KENGOV", "", "141"), _event("KENOPP", "UGA", "141")])
    assert [e.target for e in out] == ["KENGOV", "", "UGA"]


def test_targets_thing_named_in_an_earlier_act_of_the_same_country(code):
    # a domestic story: the raids were the agents' act, whatever country condemns them
    text = ("DENVER — Federal immigration agents arrested 25 workers during raids at two farms on Tuesday.\n\n"
            "Colorado Governor Jared Polis condemned the raids.")
    assert ("USAGOV", "USACOP", "111") in {(e.source, e.target, e.code) for e in code(text, "2025-06-12").events}

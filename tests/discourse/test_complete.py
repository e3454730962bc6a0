"""Bare roles ("soldiers" -> MIL) take their country from the article: the person, the place, the story, the dateline."""

from datetime import date

import pytest

from eventwire.discourse.complete import (ROLES, complete_countries, complete_quote_countries, is_bare_role,
                                          known_people, story_state)
from eventwire.types import Event, Place, Quote, Span

ISO = frozenset({"KEN", "ETH", "USA", "BOL", "UGA", "SDN", "FRA"})


def event(source, target, code="173", sentence=0, location=None, source_text="x", target_text="y",
          speaker="", speaker_text=""):
    return Event(source=source, target=target, code=code, name="", root=code[:2], quad_class=4, goldstein=-5.0,
                 plover="", sentence=sentence, trigger=Span(0, 1, "v"), source_span=Span(0, 1, source_text),
                 target_span=Span(2, 3, target_text), date=date(2025, 3, 6), confidence=1.0, speaker=speaker,
                 speaker_span=Span(4, 5, speaker_text) if speaker_text else None, location=location)


def place(country, name="Town"):
    return Place(name, country, None, None, None)


@pytest.mark.parametrize("code, bare", [
    ("MIL", True), ("GOV", True), ("OPP", True), ("GOVMIL", True),
    ("KENMIL", False), ("KEN", False), ("IGOUNO", False), ("NGO", False), ("NGOHRI", False), ("", False),
    ("ARN", False), ("ARNGOV", False),  # a country of an imported dictionary that is not ISO
])
def test_is_bare_role(code, bare):
    assert is_bare_role(code, ISO) is bare


def test_every_bundled_sector_but_ngo_is_a_role():
    from eventwire.actors import load_actor_dictionary
    assert load_actor_dictionary().sectors - {"NGO"} <= ROLES


def test_story_state_is_the_country_most_sentences_name():
    assert story_state([["ETH"], ["KEN", "ETH"], ["KEN"], ["KEN", "KEN"]], home="USA") == "KEN"


def test_story_state_ties_go_to_the_dateline_then_to_the_first_named():
    assert story_state([["ETH"], ["KEN"]], home="KEN") == "KEN"
    assert story_state([["ETH"], ["KEN"]], home="USA") == "ETH"
    assert story_state([], home="KEN") == ""


def test_soldiers_and_protesters_take_the_story_country():
    out = complete_countries([event("MIL", "OPP", "175")], state="KEN", home="", countries=ISO)
    assert (out[0].source, out[0].target) == ("KENMIL", "KENOPP")


def test_spans_and_coded_actors_stay():
    e = event("USAGOV", "MIL", "112", source_text="Washington", target_text="the soldiers")
    out = complete_countries([e], state="SDN", home="USA", countries=ISO)[0]
    assert (out.source, out.target) == ("USAGOV", "SDNMIL")
    assert out.source_span == e.source_span and out.target_span == e.target_span


def test_place_of_the_act_comes_before_the_story_country():
    e = event("COP", "OPP", location=place("UGA", "Kampala"))
    out = complete_countries([e], state="KEN", home="KEN", countries=ISO)[0]
    assert (out.source, out.target) == ("UGACOP", "UGAOPP")


def test_an_army_is_not_placed_where_it_strikes():
    # troops act abroad: the place of the act is the target's country, not theirs
    e = event("MIL", "CVL", "190", location=place("UGA", "Arua"))
    out = complete_countries([e], state="SDN", home="", countries=ISO)[0]
    assert (out.source, out.target) == ("SDNMIL", "UGACVL")


def test_story_country_before_the_dateline_for_acts():
    out = complete_countries([event("MIL", "OPP", "175")], state="SDN", home="FRA", countries=ISO)[0]
    assert (out.source, out.target) == ("SDNMIL", "SDNOPP")


def test_dateline_when_the_article_names_no_country():
    out = complete_countries([event("COP", "OPP")], state="", home="BOL", countries=ISO)[0]
    assert (out.source, out.target) == ("BOLCOP", "BOLOPP")


def test_nothing_in_the_article_leaves_the_role_bare():
    out = complete_countries([event("COP", "OPP")], state="", home="", countries=ISO)[0]
    assert (out.source, out.target) == ("COP", "OPP")


def test_target_never_becomes_its_source():
    out = complete_countries([event("KENMIL", "MIL", "190")], state="KEN", home="ETH", countries=ISO)[0]
    assert out.target == "ETHMIL"
    alone = complete_countries([event("KENMIL", "MIL", "190")], state="KEN", home="", countries=ISO)[0]
    assert alone.target == "MIL"


def test_source_never_becomes_its_target():
    out = complete_countries([event("GOV", "KENGOV", "042")], state="KEN", home="USA", countries=ISO)[0]
    assert out.source == "USAGOV"


def test_speaker_takes_the_dateline_before_the_story_country():
    e = event("KENCOP", "KENOPP", speaker="GOV", speaker_text="the spokeswoman")
    assert complete_countries([e], state="KEN", home="ETH", countries=ISO)[0].speaker == "ETHGOV"
    assert complete_countries([e], state="KEN", home="", countries=ISO)[0].speaker == "KENGOV"


@pytest.mark.parametrize("source, code, speaker, expected", [
    ("SDNMIL", "161", "MIL", "SDNMIL"),  # "Sudan's army recalled its envoy, the military said" filed from Nairobi
    ("SDN", "120", "GOV", "KENGOV"),  # a state named alone: as often another state's minister telling of it
    ("SDNMIL", "120", "GOV", "KENGOV"),  # a government telling of an army's act: maybe another's
    ("SDNMIL", "190", "MIL", "KENMIL"),  # force is as often told by the side it fell on: the dateline's
    ("SDNREB", "120", "MIL", "KENMIL"),  # rebels' acts are no state's announcement
    ("SDNMIL", "161", "COP", "KENCOP"),  # nor is the police its government's voice
])
def test_speaker_of_a_states_own_decision_is_that_states(source, code, speaker, expected):
    e = event(source, "KENGOV", code=code, speaker=speaker, speaker_text="the military")
    assert complete_countries([e], state="KEN", home="KEN", countries=ISO)[0].speaker == expected


@pytest.mark.parametrize("source_text, expected", [
    ("Soldiers", "UGAMIL"),  # "Soldiers killed 12 militants, the army said" in a Uganda story filed from Nairobi
    ("we", "KENMIL"),  # a spokesman's "we" is himself: the first-person pass gives it his country
])
def test_speaker_telling_of_its_own_kind_speaks_for_them(source_text, expected):
    e = event("MIL", "REB", code="190", speaker="MIL", speaker_text="the army", source_text=source_text)
    assert complete_countries([e], state="UGA", home="KEN", countries=ISO)[0].speaker == expected


def test_quote_speaker_agrees_with_the_acts_it_reports():
    e = event("SDNMIL", "KENGOV", code="161", speaker="MIL", speaker_text="the military")
    events = complete_countries([e], state="KEN", home="KEN", countries=ISO)
    quotes = [Quote("recalled its envoy", Span(0, 3, "x"), False, 0, speaker="the military",
                    speaker_span=Span(4, 5, "the military"), actor="MIL")]
    assert complete_quote_countries(quotes, "KEN", "KEN", ISO, events=events)[0].actor == "SDNMIL"


def test_person_known_elsewhere_in_the_article_keeps_their_country():
    quotes = [Quote("we will restore order", Span(0, 5, "x"), True, 0, speaker="Bolivian Minister Ana Quispe",
                    actor="BOLGOV", person="Ana Quispe")]
    people = known_people(quotes, ISO)
    assert people == {"Ana Quispe": "BOL", "Quispe": "BOL"}
    e = event("GOV", "OPP", source_text="Minister Quispe", location=place("KEN"))
    out = complete_countries([e], state="KEN", home="KEN", countries=ISO, people=people)[0]
    assert out.source == "BOLGOV"


def test_quote_speakers_are_completed_like_event_speakers():
    quotes = [Quote("calm", Span(0, 4, "calm"), True, 1, speaker="the police chief", actor="COP"),
              Quote("no", Span(5, 7, "no"), True, 2, speaker="Ruto", actor="KENGOV")]
    out = complete_quote_countries(quotes, state="KEN", home="UGA", countries=ISO)
    assert [q.actor for q in out] == ["UGACOP", "KENGOV"]


# -- end to end: invented stories ---------------------------------------------------------------

def test_military_telling_of_its_states_decision_in_a_story_filed_abroad(code):
    coded = code("NAIROBI, June 12 (Reuters) - Kenya offered on Thursday to host new peace talks on Sudan. "
                 "Sudan's army rejected the offer and recalled its ambassador from Nairobi, the military said "
                 "in a statement.", "2025-06-12")
    assert {e.speaker for e in coded.events if e.source == "SDNMIL"} == {"SDNMIL"}, coded.events
    assert [q.actor for q in coded.quotes if q.speaker == "the military"] == ["SDNMIL"], coded.quotes


def test_ministry_spokesman_is_not_the_summoned_envoys(code):
    coded = code("The foreign ministry summoned the Chinese ambassador on Tuesday, a ministry spokesman said.",
                 "2025-06-12")
    assert [(e.target, e.speaker) for e in coded.events] == [("CHNGOV", "GOV")], coded.events


def test_army_telling_of_soldiers_acts_in_a_story_filed_abroad(code):
    coded = code("DAKAR, June 12 (Reuters) - Mali's government extended a state of emergency in the north on "
                 "Thursday. Soldiers killed 12 militants in an ambush on Wednesday, the army said.", "2025-06-12")
    assert ("MLIMIL", "MLIMIL") in {(e.source, e.speaker) for e in coded.events}, coded.events
    assert [q.actor for q in coded.quotes if q.speaker == "the army"] == ["MLIMIL"], coded.quotes


def test_kenyan_story_soldiers_fire_on_protesters(code):
    coded = code("NAIROBI, March 6 (Reuters) - Soldiers fired on protesters outside parliament on Thursday.\n\n"
                 "Kenya's government said the protesters had attacked the police.", "2025-03-06")
    fired = [e for e in coded.events if e.trigger.text == "fired"]
    assert fired and (fired[0].source, fired[0].target) == ("KENMIL", "KENOPP")
    assert fired[0].source_span.text == "Soldiers"


def test_undated_dateline_free_story_takes_the_country_it_names(code):
    coded = code("Ethiopia accused Eritrea of arming rebels on Monday. Police arrested two opposition leaders "
                 "in the capital on Tuesday, and Ethiopia's government defended the arrests.", "2025-04-10")
    arrests = [e for e in coded.events if e.trigger.text == "arrested"]
    assert arrests and arrests[0].source == "ETHCOP", coded.events


def test_many_states_role_stays_bare():
    # "Western diplomats" are many states' diplomats: the story's country does not complete them
    events = [event("KENGOV", "GOV", code="112", target_text="Western diplomats"),
              event("KENGOV", "GOV", code="112", target_text="the diplomats")]
    done = complete_countries(events, "ETH", "", ISO)
    assert [e.target for e in done] == ["GOV", "ETHGOV"]


def test_soldiers_acting_on_the_opposition_are_of_the_place():
    # a domestic act: the soldiers firing on opposition supporters in Bamako are Mali's, not the story's
    e = event("MIL", "OPP", "175", location=place("MLI", "Bamako"))
    out = complete_countries([e], state="SEN", home="SEN", countries=ISO)[0]
    assert (out.source, out.target) == ("MLIMIL", "MLIOPP")


@pytest.mark.parametrize("text, expected", [
    # a branch of a transnational movement is the rebels of the country it fights in
    ("Islamic State fighters attacked an army post near Gao.", "MLIREB"),
    ("Al-Qaeda militants ambushed a Somali army convoy.", "SOMREB"),
    # ... and so is the group claiming an attack there
    ("The Islamic State claimed the bombing of a market in Nigeria's Borno state.", "NGAREB"),
])
def test_a_transnational_armed_group_is_the_rebels_of_where_it_fights(code, text, expected):
    found = {e.source for e in code(text, "2026-06-02").events}
    assert found == {expected}, found


def test_one_phrase_is_completed_once_for_all_its_acts(code):
    # "the foreign ministry" of a Nairobi story summoned the envoy and lodged a protest: Kenya's both times
    coded = code("NAIROBI, June 2 (Reuters) - The foreign ministry summoned the Ugandan high commissioner on "
                 "Monday and lodged a protest.", "2026-06-02")
    assert len(coded.events) >= 2 and {e.source for e in coded.events} == {"KENGOV"}, coded.events


@pytest.mark.parametrize("text, source", [
    # gunmen act where they are
    ("Gunmen attacked a gendarmerie post in Tillaberi on Friday.", "NERUAF"),
    ("Gunmen killed four traders in Tillaberi on Monday.", "NERUAF"),
])
def test_local_actors_take_the_place_they_act_in(code, text, source):
    found = {e.source for e in code(text, "2026-06-02").events}
    assert source in found, found


def test_a_hub_dateline_the_story_never_names_is_not_its_officials_country(code):
    # filed from Nairobi about Sudan: "local officials" are Sudan's, not Kenya's
    coded = code("NAIROBI, June 2 (Reuters) - Egyptian drones struck the Sudanese town of Nyala on Monday, "
                 "killing 9 people. Local officials accused Cairo of targeting a market.", "2026-06-02")
    accused = [e for e in coded.events if e.code.startswith("11")]
    assert accused and accused[0].source.startswith("SDN"), coded.events


@pytest.mark.parametrize("text, expected", [
    # a state named using force on people with no country strikes the other state the story names
    ("Russian drones killed two people overnight, Ukraine's air force said.", ("RUSMIL", "UKRCVL", "19")),
    ("A clinic was destroyed by a Russian drone on Monday, Ukrainian officials said.", ("RUSMIL", "UKRHLH", "17")),
    # a story of one state: force used at home
    ("Nigerian military jets killed 14 villagers in an air strike on Monday.", ("NGAMIL", "NGACVL", "")),
])
def test_force_on_people_with_no_country_falls_on_the_other_state_named(code, text, expected):
    found = {(e.source, e.target, e.code) for e in code(text, "2026-06-02").events}
    assert any((s, t) == expected[:2] and c.startswith(expected[2]) for s, t, c in found), found


def test_complete_force_on_people_of_no_country_told_by_another_state_is_on_the_teller_s(code):
    found = [(e.source, e.target) for e in code(
        "Eritrean agents abducted a journalist near the border, Ethiopia's intelligence service said.", "2026-03-12").events]
    assert found == [("ERI", "ETHMED")], found


def test_complete_a_navy_harassing_a_thing_does_not_harass_its_own_people(code):
    found = [(e.source, e.target) for e in code("Chinese coast guard ships harassed a survey vessel, Hanoi said.",
                                                "2026-03-12").events]
    assert not any(t.startswith("CHN") for _, t in found), found


@pytest.mark.parametrize("text, expected", [
    # a region's office acting on the nation's government: the same code, another body
    ("PESHAWAR, Pakistan, March 9 (Reuters) - The provincial chief minister urged the federal government "
     "on Monday to send more troops to the tribal districts.", ("PAKGOV", "PAKGOV", "02")),
    ("LAGOS, March 9 (Reuters) - Lagos State Governor Ade Bello accused the federal government on Monday "
     "of withholding funds.", ("NGAGOV", "NGAGOV", "11")),
])
def test_complete_a_region_s_government_acts_on_the_nation_s(code, text, expected):
    found = {(e.source, e.target, e.code[:2]) for e in code(text, "2026-03-12").events}
    assert expected in found, found

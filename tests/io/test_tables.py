"""Terminal tables stay readable at any width: codes, actor codes, dates and numbers are never cut,
no header is blank and no line is wider than the terminal."""

import io
import os
import re
import subprocess
import sys
from datetime import date

import pytest
from rich.cells import cell_len
from rich.console import Console

from conftest import REPO
from eventwire.io.tables import (CODED_COLUMNS, STORED_COLUMNS, TREND_COLUMNS, choose_columns, coded_listing,
                                 print_coded_article, print_stored_events, print_trend, stored_listing, trend_listing)
from eventwire.io.writers import write_table
from eventwire.store.trends import TrendRow
from eventwire.types import CodedArticle, DatelineInfo, Event, Place, Quote, Span

WIDTHS = (80, 120, 200)

# invented events: long actor codes, a long event name, a missing date, no target, brackets in the evidence
EVIDENCE = ("The foreign minister of Freedonia [sic] met the Sylvanian envoy in Port Marigold on Monday and the "
            "two governments agreed to reopen the long-closed mountain border crossing before the winter.")
EVENTS = (
    ("FRDGOV", "SYLGOV", "046", "Engage in negotiation", date(2031, 4, 7)),
    ("IGOAFRAFU", "SYLREBMIL", "0256", "Appeal for de-escalation of military engagement", date(2031, 4, 6)),
    ("FRD", "", "036", "Express intent to meet or negotiate", None),
    ("SYLMIL", "FRDCVL", "1823", "Kill by physical assault, including with blunt weapons", date(2031, 12, 31)),
)


def _event(source, target, code, name, day, sentence=1, evidence=EVIDENCE):
    return Event(source=source, target=target, code=code, name=name, root=code[:2], quad_class=4, goldstein=-10.0,
                 plover="ASSAULT", sentence=sentence, trigger=Span(0, 3, "met"),
                 source_span=Span(0, 10, "the foreign minister of Freedonia"), target_span=None, date=day,
                 confidence=0.85, speaker="FRDGOV", evidence=evidence, date_precision="day",
                 date_text="on Monday", location=Place("Port Marigold", "FRD", 1.5, 2.5, None))


def _article():
    events = tuple(_event(*e, sentence=1 if n < 3 else 2, evidence=EVIDENCE if n < 3 else "Soldiers [of Sylvania] "
                          "killed two farmers near the river.") for n, e in enumerate(EVENTS))
    quote = Quote(text="We will reopen the crossing", span=Span(0, 5, "x"), direct=True, sentence=1,
                  speaker="the minister", actor="FRDGOV", cue="said")
    return CodedArticle(id="freedonia-1", date=date(2031, 4, 8), events=events, quotes=(quote,),
                        places=(Place("Port Marigold", "FRD", 1.5, 2.5, None),),
                        dateline=DatelineInfo("Port Marigold", date(2031, 4, 8), "Example Wire", Span(0, 1, "x"), "text"))


def _render(print_fn, width, *args) -> list[str]:
    console = Console(file=io.StringIO(), width=width, record=True, color_system=None)
    print_fn(console, *args)
    return console.export_text(styles=False).splitlines()


def _event_line(lines, *parts) -> bool:
    """Some line holds every part whole (not cut, not run into a neighbour)."""
    patterns = [re.compile(rf"(?<![\w-]){re.escape(p)}(?![\w-])") for p in parts]
    return any(all(p.search(line) for p in patterns) for line in lines)


def _assert_fits(lines, width):
    too_wide = [line for line in lines if cell_len(line.rstrip()) > width]
    assert not too_wide, too_wide
    assert not any("…" in line and re.search(r"\d{4}-\d\d…", line) for line in lines)  # no cut date


@pytest.mark.parametrize("width", WIDTHS)
def test_tables_coded_events_keep_codes_and_dates_whole(width):
    lines = _render(print_coded_article, width, _article())
    _assert_fits(lines, width)
    for source, target, code, _name, day in EVENTS:
        assert _event_line(lines, f"{source}", f"→ {target or '—'}", code, day.isoformat() if day else "?"), \
            (source, "\n".join(lines))
    assert any("[sic]" in line for line in lines)  # the evidence is text, never markup
    assert any("[of Sylvania]" in line for line in lines)
    assert sum("Port Marigold on Monday" in line for line in lines) <= 1  # one sentence's events share it


@pytest.mark.parametrize("width", WIDTHS)
def test_tables_no_blank_header_and_every_shown_header_printed(width):
    article = _article()
    listing = coded_listing(article)
    chosen, hidden = choose_columns(listing.columns, listing.rows, width)
    assert all(c.header.strip() for c, _ in chosen)
    lines = _render(print_coded_article, width, article)
    header = lines[1]
    assert all(c.header in header for c, _ in chosen), header
    # fixed columns are exactly as wide as their widest cell: never narrower
    for c, w in chosen:
        if not (c.wrap or c.flex):
            assert w >= max(cell_len(r[c.key]) for r in listing.rows), c.header


def test_tables_layout_grows_with_the_width():
    article = _article()
    listing = coded_listing(article)
    shown = {w: [c.header for c, _ in choose_columns(listing.columns, listing.rows, w)[0]] for w in WIDTHS}
    assert shown[80] == ["sent", "source → target", "code", "event", "date"]
    assert len(shown[80]) < len(shown[120]) < len(shown[200])
    assert shown[200] == [c.header for c in CODED_COLUMNS]
    # what the narrow layout leaves out of its columns is still said under the event
    narrow = "\n".join(_render(print_coded_article, 80, article))
    assert "where Port Marigold, FRD" in narrow and "said by FRDGOV" in narrow and "when on Monday" in narrow


def test_tables_write_table_follows_the_stream_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = io.StringIO()
    assert len(list(write_table([_article()], out))) == 1
    lines = out.getvalue().splitlines()
    _assert_fits(lines, 80)
    assert _event_line(lines, "IGOAFRAFU", "→ SYLREBMIL", "0256", "2031-04-06")


STORED = [
    {"event_date": date(2031, 4, 7), "source": "FRDGOV", "target": "SYLGOV", "code": "046",
     "name": "Engage in negotiation", "quad_class": 1, "goldstein": 7.0, "plover": "CONSULT", "num_mentions": 12,
     "num_articles": 9, "num_sources": 4, "location": "Port Marigold", "location_country": "FRD",
     "avg_confidence": 0.8, "date_precision": "day", "evidence": EVIDENCE * 3},
    {"event_date": None, "source": "IGOAFRAFU", "target": None, "code": "1823",
     "name": "Kill by physical assault, including with blunt weapons", "quad_class": 4, "goldstein": -10.0,
     "plover": None, "num_mentions": 1, "num_articles": 1, "num_sources": 1, "location": None,
     "location_country": None, "avg_confidence": None, "date_precision": "story", "evidence": "[x] short."},
]


@pytest.mark.parametrize("width", WIDTHS)
def test_tables_stored_events_keep_codes_and_dates_whole(width):
    lines = _render(print_stored_events, width, STORED)
    _assert_fits(lines, width)
    assert _event_line(lines, "2031-04-07", "FRDGOV", "→ SYLGOV", "046")
    assert _event_line(lines, "?", "IGOAFRAFU", "→ —", "1823")
    listing = stored_listing(STORED)
    chosen, _ = choose_columns(STORED_COLUMNS, listing.rows, width)
    assert all(c.header.strip() and c.header in lines[1] for c, _ in chosen)
    assert any("[x] short." in line for line in lines)
    if width >= 120:
        assert _event_line(lines, "12/9/4", "Q1 G+7.0")


TREND = [TrendRow(date(2031, 4, 1), "FRD", "SYL", 1234, 56789, (600, 34, 500, 100), -1234.5, -1.0,
                  (("046", "Engage in negotiation", 300), ("111", "Criticize or denounce", 250),
                   ("1823", "Kill", 90))),
         TrendRow(date(2031, 4, 1), "SYL", "FRD", 7, 9, (1, 2, 3, 1), 0.0, 0.0, ())]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("by, period", [("month", "2031-04"), ("quarter", "2031 Q2"), ("day", "2031-04-01")])
def test_tables_trend_keeps_periods_and_numbers_whole(width, by, period):
    lines = _render(print_trend, width, TREND, "FRD ↔ SYL by month (test.duckdb)", by)
    _assert_fits(lines, width)
    assert _event_line(lines, period, "FRD → SYL", "1234", "-1.00")
    assert _event_line(lines, period, "SYL → FRD", "7", "+0.00")
    listing = trend_listing(TREND, "", by)
    chosen, hidden = choose_columns(TREND_COLUMNS, listing.rows, width)
    assert all(c.header.strip() and c.header in lines[1] for c, _ in chosen)
    if width >= 120:
        assert not hidden and _event_line(lines, "56789", "-1234.5", "600", "046×300")


def test_tables_empty_listings_say_so():
    assert "no events match" in "\n".join(_render(print_stored_events, 80, []))
    assert "no events between these actors" in "\n".join(_render(print_trend, 80, [], "t", "month"))


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
def test_tables_cli_code_table_at_the_terminal_width(width):
    story = ("Freedonia's foreign minister met his Sylvanian counterpart on Monday. Sylvanian troops "
             "attacked Freedonian positions near the border on Tuesday, the army said.").encode()
    done = subprocess.run([sys.executable, "-m", "eventwire", "code", "-", "--format", "table", "--date",
                           "2025-06-12"], input=story, capture_output=True, cwd=REPO, timeout=300,
                          env={**os.environ, "COLUMNS": str(width)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    _assert_fits(lines, width)
    assert re.search(r"\d{4}-\d\d-\d\d", done.stdout.decode())
    assert "source → target" in lines[1] and "date" in lines[1]

"""Data in every table output is printed as it is: Rich markup ("[/]", "[/red]", "[link=…]") is
text, never formatting, and control characters are shown as escapes (issue 13, defect 7)."""

import io
from datetime import date

import pyarrow as pa
from rich.console import Console

from eventwire.cli_store import _rich_table
from eventwire.io.tables import print_coded_article, print_stored_events, print_trend
from eventwire.store.trends import TrendRow
from eventwire.text.printable import printable
from eventwire.types import CodedArticle, Event, Span

MARKUP = "Freedonia [/] shelled [/red]Port Marigold [link=http://example.invalid]here[/link] [bold]"


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=200, color_system=None), out


def test_sql_table_prints_markup_and_control_characters_literally(capsys):
    table = pa.table({"[/red]": ["[/]"], "evidence": [MARKUP + "\x1b[2J\x00"]})
    _rich_table(table, "")
    out = capsys.readouterr().out
    assert "[/red]" in out and "[/]" in out and "[link=http://example.invalid]" in out
    assert "\x1b" not in out and "\x00" not in out and "\\x1b[2J" in out


def test_events_listing_prints_markup_literally():
    console, out = _console()
    print_stored_events(console, [{"source": "FRD[/]", "target": "SYL", "code": "190", "name": "[/red]",
                                   "event_date": date(2031, 1, 1), "evidence": MARKUP + "\x07"}])
    text = out.getvalue()
    assert MARKUP in text and "FRD[/]" in text and "[/red]" in text
    assert "\x07" not in text and "\\x07" in text


def test_coded_table_and_trend_print_markup_literally():
    event = Event(source="FRD", target="SYL", code="190", name="Use conventional military force", root="19",
                  quad_class=4, goldstein=-10.0, plover="ASSAULT", sentence=1, trigger=Span(10, 17, "shelled"),
                  source_span=None, target_span=None, date=None, confidence=0.8, evidence=MARKUP)
    console, out = _console()
    print_coded_article(console, CodedArticle("[link=x]id[/link]", None, (event,)))
    assert MARKUP in out.getvalue() and "[link=x]id[/link]" in out.getvalue()
    console, out = _console()
    row = TrendRow(period=date(2031, 1, 1), source="[/]", target="[b]", events=1, mentions=1, quad=(0, 0, 0, 1),
                   goldstein_sum=-10.0, goldstein_mean=-10.0, top=(("190", "x", 1),))
    print_trend(console, [row], "[/] ↔ [b]", "month")
    assert "[/] → [b]" in out.getvalue() and "[/] ↔ [b]" in out.getvalue()


def test_printable_escapes_controls_but_keeps_text():
    assert printable("Kyiv – «ok» ✓\n\tnext") == "Kyiv – «ok» ✓\n\tnext"
    assert printable("a\x00b\x1b\x7f\x85\udfab") == "a\\x00b\\x1b\\x7f\\x85\\udfab"
    assert printable("one\ntwo", keep_newlines=False) == "one\\ntwo"

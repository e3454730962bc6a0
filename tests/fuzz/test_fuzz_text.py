"""Date, dateline, time-expression and quotation parsing never raise but their named errors, and
every span they return slices the text to its own text (issue 13)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from fuzz_settings import budget, fuzz_timer, inputs, pytest_generate_tests  # noqa: F401 (fixtures, hook)

from eventwire.errors import InputError
from eventwire.text.dateline import parse_date, parse_dateline
from eventwire.text.quotes import find_quotations
from eventwire.text.timex import find_time_expressions

PER_EXAMPLE = 20  # each example checks this many texts: the parsers are fast, generating them is not
PIECES = st.sampled_from([
    "MOSCOW", "BEIJING", "KYIV", "WASHINGTON, D.C.", "Gaza City", ", ", ". ", " - ", " -- ", " — ", "/TASS/", "(Reuters)",
    "(AP)", "May", "Sept.", "Feb", "30", "31", "29", "0", "2025", "1999", "99999", "May 15", "15 May", "on Monday",
    "last week", "two years ago", "a decade ago", "next month", "tomorrow", "in 2019", "the 1990s", "on May 9, 2024",
    "2025-05-15", "2025-02-30", "yesterday", "this year", "earlier this month", "overnight", "Thursday, May 15",
    '"', "“", "”", "'", "‘", "’", "«", "»", "„", "\n", "\n\n", " said", "he said.", "Russia attacked Ukraine",
    "\x00", "\u2028", "é", "中国"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=14).map("".join)
DAYS = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max, date(2024, 2, 29)]))


@budget("parse_date", PER_EXAMPLE)
@given(values=st.lists(st.one_of(TEXT, st.text(max_size=12), st.integers(), st.none()), min_size=PER_EXAMPLE,
                       max_size=PER_EXAMPLE))
def test_fuzz_parse_date(inputs, fuzz_round, values):
    for value in values:
        inputs["parse_date"] += 1
        try:
            assert isinstance(parse_date(value), date)
        except InputError:
            pass


@budget("dateline", PER_EXAMPLE)
@given(texts=st.lists(TEXT, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE), story=DAYS,
       today=st.one_of(st.none(), st.dates()))
def test_fuzz_dateline(inputs, fuzz_round, texts, story, today):
    for text in texts:
        inputs["dateline"] += 1
        line = parse_dateline(text, story, today)
        if line is not None:
            assert 0 < line.end <= len(text) and line.place == line.place.strip()
            assert line.date is None or isinstance(line.date, date)


@budget("timex", PER_EXAMPLE)
@given(texts=st.lists(TEXT, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE), story=DAYS, offset=st.integers(0, 50))
def test_fuzz_time_expressions(inputs, fuzz_round, texts, story, offset):
    for text in texts:
        inputs["timex"] += 1
        for expr in find_time_expressions(text, story, offset):
            assert expr.precision in ("day", "week", "month", "year", "story", "unknown"), expr
            assert expr.span is not None and text[expr.span.start - offset:expr.span.end - offset] == expr.span.text
            assert expr.span.text == expr.text or expr.text in expr.span.text, expr


@budget("quotes", PER_EXAMPLE)
@given(texts=st.lists(TEXT, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE))
def test_fuzz_quotations(inputs, fuzz_round, texts):
    for text in texts:
        inputs["quotes"] += 1
        for q in find_quotations(text):
            assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text), q
            # its words are the slice's, with line breaks as spaces and a stray nested mark left out
            assert _within("".join(q.text.split()), "".join(text[q.start:q.end].split())), (q, text[q.start:q.end])
            for start, end in q.nested:
                assert q.start <= start <= end <= q.end, q


def _within(short: str, long: str) -> bool:
    """`short` is `long` with some characters left out (a subsequence)."""
    rest = iter(long)
    return all(ch in rest for ch in short)

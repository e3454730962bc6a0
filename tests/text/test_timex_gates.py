"""The time-expression rules' cheap gates never hide a match: gated and ungated readings are the same."""

from dataclasses import replace
from datetime import date

import pytest

from eventwire.text import timex

TEXTS = [
    "The talks were held on Tuesday, March 4, 2025, in the capital.",
    "Troops withdrew on 12-13 May and again in late June 2024.",
    "The accord, signed 2019-07-01, expired in the 1990s, officials said.",
    "Three weeks ago the envoy arrived; last month he left, and next year he returns.",
    "Elections are due this Sunday morning and the count by Monday or Tuesday.",
    "In Sept. 2021 and on the 3rd of Dec the council met; early 1998 too.",
    "Nothing dated here, only 40 troops and 12 percent.",
    "They met over the weekend, last night and earlier today.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_timex_gates_keep_every_expression(monkeypatch, text):
    gated = timex.find_time_expressions(text, date(2025, 5, 15))
    monkeypatch.setattr(timex, "RULES", tuple(replace(r, needs=()) for r in timex.RULES))
    assert timex.find_time_expressions(text, date(2025, 5, 15)) == gated


@pytest.mark.parametrize("text", TEXTS)
def test_timex_gates_pass_every_match(text):
    for rule in timex.RULES:
        for m in rule.pattern.finditer(text):
            assert all(need.search(m.group(0)) for need in rule.needs), (rule.resolve.__name__, m.group(0))

"""Shared check for tests: every span a coded article carries slices the article text to its own text."""

from __future__ import annotations

from eventwire.types import CodedArticle, Span


def bad_spans(text: str, coded: CodedArticle) -> list[str]:
    """Each span of `coded` (events, their locations, quotes, places, dateline) whose
    text[start:end] is not its text, described for an assertion message."""
    found: list[tuple[str, Span | None]] = []
    for e in coded.events:
        found += [("trigger", e.trigger), ("source", e.source_span), ("target", e.target_span),
                  ("speaker", e.speaker_span), ("location", e.location.span if e.location else None)]
    for q in coded.quotes:
        found += [("quote", q.span), ("quote speaker", q.speaker_span)]
    found += [("place", p.span) for p in coded.places]
    if coded.dateline is not None:
        found.append(("dateline", coded.dateline.span))
    return [f"{kind} span {s.start}:{s.end} is {text[s.start:s.end]!r}, labelled {s.text!r}"
            for kind, s in found if s is not None and text[s.start:s.end] != s.text]

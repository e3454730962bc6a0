"""Shared checks for the fuzz suite: spans slice to their text, readers yield only what they promise."""

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


def unprintable(text: str) -> list[str]:
    """Characters of a problem line that a terminal would act on or that break the line."""
    import unicodedata

    return [ch for ch in text if unicodedata.category(ch) in ("Cc", "Cs") or ch in "\u2028\u2029"]


def check_read(items) -> list:
    """What a reader yields is Articles and InputProblems only; an Article has writable, non-blank
    text and a string id, a problem a printable line. Returns the items."""
    from datetime import date

    from eventwire.types import Article, InputProblem

    items = list(items)
    for item in items:
        assert isinstance(item, (Article, InputProblem)), item
        if isinstance(item, Article):
            assert isinstance(item.text, str) and item.text.strip(), item
            item.text.encode("utf-8")  # no lone surrogate reaches the coder or the store
            assert isinstance(item.id, str), item
            item.id.encode("utf-8")
            assert item.date is None or isinstance(item.date, date)
        else:
            assert not unprintable(str(item)), repr(item)
    return items

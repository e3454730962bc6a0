"""Write coded articles as JSONL (for machines), CSV (for spreadsheets) or a table (for people)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from eventwire.types import CodedArticle

CSV_COLUMNS = ["id", "story_date", "sentence", "source", "target", "code", "name", "root",
               "quad_class", "goldstein", "plover", "trigger", "source_text", "target_text",
               "speaker", "event_date", "date_precision", "date_text", "location", "location_country",
               "latitude", "longitude", "confidence", "evidence"]


def write_jsonl(coded: Iterable[CodedArticle], out: TextIO) -> Iterable[CodedArticle]:
    for article in coded:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
        yield article


def _row(article: CodedArticle, e) -> dict:
    return {"id": article.id, "story_date": article.date.isoformat() if article.date else "",
            "sentence": e.sentence, "source": e.source, "target": e.target, "code": e.code,
            "name": e.name, "root": e.root, "quad_class": e.quad_class, "goldstein": e.goldstein,
            "plover": e.plover, "trigger": e.trigger.text,
            "source_text": e.source_span.text if e.source_span else "",
            "target_text": e.target_span.text if e.target_span else "", "speaker": e.speaker,
            "event_date": e.date.isoformat() if e.date else "", "date_precision": e.date_precision,
            "date_text": e.date_text, "location": e.location.name if e.location else "",
            "location_country": e.location.country if e.location else "",
            "latitude": e.location.latitude if e.location else "",
            "longitude": e.location.longitude if e.location else "",
            "confidence": e.confidence, "evidence": e.evidence}


def write_csv(coded: Iterable[CodedArticle], out: TextIO) -> Iterable[CodedArticle]:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for article in coded:
        for e in article.events:
            writer.writerow(_row(article, e))
        out.flush()
        yield article


def write_table(coded: Iterable[CodedArticle], out: TextIO) -> Iterable[CodedArticle]:
    """Each article's events as a table laid out for the terminal's width (COLUMNS when piped):
    codes and dates are never cut, the evidence sentence is wrapped under each event."""
    from rich.console import Console

    from eventwire.io.tables import print_coded_article

    console = Console(file=out)
    for n, article in enumerate(coded):
        print_coded_article(console, article, note_hidden=n == 0)
        yield article

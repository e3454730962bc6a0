"""Write coded articles as JSONL (for machines), CSV (for spreadsheets) or a table (for people)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from eventwire.types import CodedArticle

CSV_COLUMNS = ["id", "story_date", "sentence", "source", "target", "code", "name", "root",
               "quad_class", "goldstein", "plover", "trigger", "source_text", "target_text",
               "speaker", "confidence", "evidence"]


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
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=out, width=max(100, Console(file=out).width))
    for article in coded:
        table = Table(title=f"{article.id}  ({article.date or 'no date'}, {len(article.events)} events)",
                      title_justify="left", show_lines=False)
        for col in ("sent", "source", "→", "target", "code", "event", "trigger", "said by", "conf"):
            table.add_column(col, no_wrap=col in ("source", "target", "code"))
        for e in article.events:
            src = escape(e.source_span.text) if e.source_span else ""
            tgt = escape(e.target_span.text) if e.target_span else ""
            table.add_row(str(e.sentence), f"{e.source}\n[dim]{src}[/dim]", "→",
                          f"{e.target or '—'}\n[dim]{tgt}[/dim]", e.code,
                          f"{escape(e.name)}\n[dim]{e.plover or '—'} · Q{e.quad_class} · G{e.goldstein:+.1f}[/dim]",
                          escape(e.trigger.text), e.speaker or "", f"{e.confidence:.2f}")
        console.print(table)
        yield article

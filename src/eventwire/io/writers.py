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
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=out, width=max(100, Console(file=out).width))
    for article in coded:
        dl = article.dateline
        where = f", dateline {escape(dl.place)}{' / ' + escape(dl.agency) if dl.agency else ''}" if dl else ""
        table = Table(title=f"{article.id}  ({article.date or 'no date'}{where}, {len(article.events)} events)",
                      title_justify="left", show_lines=False)
        for col in ("sent", "source", "→", "target", "code", "event", "trigger", "when", "where", "said by", "conf"):
            table.add_column(col, no_wrap=col in ("source", "target", "code"))
        for e in article.events:
            src = escape(e.source_span.text) if e.source_span else ""
            tgt = escape(e.target_span.text) if e.target_span else ""
            when = f"{e.date or '?'}\n[dim]{escape(e.date_text) or e.date_precision}" \
                   f"{'' if e.date_certain else ' (uncertain)'}[/dim]"
            where_ = f"{escape(e.location.name)}, {e.location.country}" if e.location else ""
            said = f"{e.speaker}\n[dim]{escape(e.speaker_span.text)}[/dim]" if e.speaker_span else e.speaker
            table.add_row(str(e.sentence), f"{e.source}\n[dim]{src}[/dim]", "→",
                          f"{e.target or '—'}\n[dim]{tgt}[/dim]", e.code,
                          f"{escape(e.name)}\n[dim]{e.plover or '—'} · Q{e.quad_class} · G{e.goldstein:+.1f}[/dim]",
                          escape(e.trigger.text), when, where_, said, f"{e.confidence:.2f}")
        console.print(table)
        if article.quotes:
            quotes = Table(title="quotes", title_justify="left", show_header=True)
            for col in ("sent", "", "speaker", "actor", "cue", "words"):
                quotes.add_column(col)
            for q in article.quotes:
                words = q.text if len(q.text) <= 140 else q.text[:137] + "…"
                who = escape(q.person or q.speaker) or "[dim]unattributed[/dim]"
                quotes.add_row(str(q.sentence), "“”" if q.direct else "reported", who + ("" if q.certain else " ?"),
                               q.actor, escape(q.cue), escape(words))
            console.print(quotes)
        if article.places:
            console.print("places: " + "; ".join(
                f"{escape(p.name)} ({p.country}" + (f", {p.latitude:.2f}, {p.longitude:.2f})" if p.latitude is not None
                                                    else ")") for p in article.places))
        yield article

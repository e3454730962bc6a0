"""Terminal tables for people: coded events, stored events and dyad trends, laid out for the console's width."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.text.printable import printable
from eventwire.types import CodedArticle, Event

GAP = 1  # spaces between columns: at 80 columns every character counts
EVIDENCE_INDENT = 2  # the evidence and detail lines stand under their event, a little in
STORED_EVIDENCE_CHARS = 240  # a listing of many stored events shortens long sentences; `code` prints them whole


@dataclass(frozen=True)
class Col:
    """One column of a listing. A column that is not `wrap` is never cut: it is exactly as wide as
    its widest cell (codes, actor codes, dates, numbers). A `wrap` column wraps at word boundaries,
    `cap` characters wide at most; the one `flex` column takes the width the others leave.
    Columns with priority 0 are always shown; the others are added, lowest priority first, while
    they fit. `detail` names a hidden column's value on the line under its row instead."""

    header: str
    key: str
    priority: int = 0
    wrap: bool = False
    flex: bool = False
    cap: int = 0
    minimum: int = 0  # a flex column is shown only with at least this many characters
    comfort: int = 0  # ... and keeps this many (or its widest cell) before optional columns get room
    justify: str = "left"
    detail: str = ""


@dataclass
class Listing:
    """Rows of cells (plain text, never markup: evidence may hold brackets), an optional text
    under each row, and what to print above and below."""

    columns: Sequence[Col]
    rows: list[dict[str, str]]
    below: list[str] = field(default_factory=list)  # one text per row, "" for none
    styles: list[dict[str, str]] = field(default_factory=list)  # per row: column key -> rich style
    title: str = ""
    caption: str = ""
    empty: str = "nothing to show"


def _content_width(col: Col, rows: list[dict[str, str]]) -> int:
    widest = max((cell_len(line) for r in rows for line in (r.get(col.key) or "").splitlines()), default=0)
    return max(cell_len(col.header), widest)


def _longest_word(col: Col, rows: list[dict[str, str]]) -> int:
    return max((cell_len(w) for r in rows for w in (r.get(col.key) or "").split()), default=0)


def choose_columns(columns: Sequence[Col], rows: list[dict[str, str]], width: int) -> tuple[list[tuple[Col, int]], list[Col]]:
    """Which columns to show at `width`, each with its width, and which are hidden. Columns that
    never wrap take their content width; an optional column is added only while the flex column
    keeps its comfortable width, so a narrow terminal shows fewer columns rather than squeezed ones."""
    wanted: dict[str, int] = {}
    comfort: dict[str, int] = {}
    for c in columns:
        full = _content_width(c, rows)
        if c.flex:
            wanted[c.key] = max(c.minimum, cell_len(c.header), min(_longest_word(c, rows), 30))
            comfort[c.key] = max(wanted[c.key], min(full, c.comfort))
        elif c.wrap:
            wanted[c.key] = max(cell_len(c.header), min(c.cap or full, full), min(_longest_word(c, rows), c.cap or 99))
        else:
            wanted[c.key] = full

    def total(keys: set[str], roomy: bool) -> int:
        return (sum(comfort[k] if roomy and k in comfort else wanted[k] for k in keys)
                + GAP * (len(keys) - 1))

    shown = {c.key for c in columns if c.priority == 0}
    # optional columns with something in them, added in priority order until one does not fit:
    # stopping there (not skipping to a narrower one) gives every article the same layout
    empty = {c.key for c in columns if c.priority > 0 and not any(r.get(c.key) for r in rows)}
    for priority in sorted({c.priority for c in columns if c.priority > 0}):
        group = {c.key for c in columns if c.priority == priority} - empty
        if not group:
            continue
        if total(shown | group, roomy=not any(c.flex for c in columns if c.key in group)) > width:
            break
        shown |= group
    chosen = [c for c in columns if c.key in shown]
    widths = {c.key: wanted[c.key] for c in chosen}
    # the flex column grows into the width left, up to its widest cell
    spare = width - total(shown, roomy=False)
    for c in chosen:
        if c.flex and spare > 0:
            grow = min(spare, _content_width(c, rows) - widths[c.key])
            if grow > 0:
                widths[c.key] += grow
                spare -= grow
    return [(c, widths[c.key]) for c in chosen], [c for c in columns if c.key not in shown | empty]


def print_listing(console: Console, listing: Listing, note_hidden: bool = True) -> None:
    """Print a listing at the console's width: a header, one line (or a few, where a column wraps)
    per row, and the row's evidence and hidden details wrapped under it. Rows in a run with the
    same evidence (events of one sentence) share one copy of it, printed after the run."""
    if listing.title:
        console.print(Text(printable(listing.title), style="bold"))
    if not listing.rows:
        console.print(Text(listing.empty, style="dim"))
        if listing.caption:
            console.print(Text(listing.caption, style="dim"))
        return
    width = console.width
    chosen, hidden = choose_columns(listing.columns, listing.rows, width)
    table_width = sum(w for _, w in chosen) + GAP * (len(chosen) - 1)

    def grid() -> Table:
        g = Table.grid(padding=(0, GAP, 0, 0), pad_edge=False)
        for c, w in chosen:
            g.add_column(justify=c.justify, width=w, min_width=w, no_wrap=not (c.wrap or c.flex),
                         overflow="fold" if (c.wrap or c.flex) else "ellipsis")
        return g

    text_width = max(20, min(width, max(table_width, 100)) - EVIDENCE_INDENT)

    def under(text: str, style: str = "") -> None:
        block = Table.grid(padding=(0, 0, 0, EVIDENCE_INDENT), pad_edge=True)
        block.add_column(width=text_width, overflow="fold")
        block.add_row(Text(printable(text), style=style))
        console.print(block)

    head = grid()
    head.add_row(*[Text(c.header, style="bold") for c, _ in chosen])
    console.print(head)
    console.print(Text("─" * min(width, table_width), style="dim"))
    details = [c for c in hidden if c.detail]
    below = [listing.below[n] if n < len(listing.below) else "" for n in range(len(listing.rows))]
    extras = [" · ".join(f"{c.detail} {row[c.key]}" for c in details if row.get(c.key)) for row in listing.rows]
    start = 0
    while start < len(listing.rows):
        end = start + 1
        while end < len(listing.rows) and below[start] and below[end] == below[start]:
            end += 1
        shared = len(set(extras[start:end])) == 1
        for n in range(start, end):
            line = grid()
            styles = listing.styles[n] if n < len(listing.styles) else {}
            line.add_row(*[Text(printable(listing.rows[n].get(c.key) or ""), style=styles.get(c.key, ""))
                           for c, _ in chosen])
            console.print(line)
            if extras[n] and not shared:
                under(extras[n], "dim")
        if below[start]:
            under(below[start])
        if extras[start] and shared:
            under(extras[start], "dim")
        start = end
    if hidden and note_hidden:
        left_out = [c.header for c in hidden if not c.detail]
        under_rows = f"{', '.join(c.detail for c in details)} under each row" if details else ""
        console.print(Text(f"at {width} columns: " + "; ".join(
            part for part in (f"not shown: {', '.join(left_out)}" if left_out else "", under_rows) if part)
            + " (a wider terminal or --format csv has every column)", style="dim"))
    if listing.caption:
        console.print(Text(listing.caption, style="dim"))


def _pair(sources: list[str], targets: list[str]) -> list[str]:
    """"SRC → TGT" with the arrows one under another, so targets line up."""
    pad = max((cell_len(s) for s in sources), default=0)
    return [f"{s}{' ' * (pad - cell_len(s))} → {t}" for s, t in zip(sources, targets)]


# -- `eventwire code`: coded articles -----------------------------------------------------------

CODED_COLUMNS = (
    Col("sent", "sent", justify="right"),
    Col("source → target", "dyad"),
    Col("code", "code"),
    Col("event", "name", flex=True, minimum=22, comfort=36),
    Col("date", "date"),
    Col("trigger", "trigger", priority=1, wrap=True, cap=16),
    Col("where", "where", priority=2, wrap=True, cap=18, detail="where"),
    Col("said by", "said", priority=3, detail="said by"),
    Col("when", "when", priority=4, wrap=True, cap=16, detail="when"),
    Col("conf", "conf", priority=5, justify="right"),
    Col("PLOVER", "plover", priority=6),
    Col("Q/G", "qg", priority=7),
    Col("as written", "written", priority=8, wrap=True, cap=40),
)


def _when(e: Event) -> str:
    """How the text dates the event: its words, or its precision; "" for the story date."""
    # a day with no words of its own was carried from the sentence before: nothing new to say
    text = e.date_text or ("" if e.date_precision in ("story", "day") else e.date_precision)
    if not e.date_certain:
        text = f"{text} (uncertain)".strip()
    return text


def coded_listing(article: CodedArticle) -> Listing:
    events = article.events
    dyads = _pair([e.source for e in events], [e.target or "—" for e in events])
    rows = []
    for e, dyad in zip(events, dyads):
        src = e.source_span.text if e.source_span else ""
        tgt = e.target_span.text if e.target_span else ""
        rows.append({
            "sent": str(e.sentence), "dyad": dyad, "code": e.code, "name": e.name,
            "date": e.date.isoformat() if e.date else "?", "trigger": e.trigger.text,
            "where": f"{e.location.name}, {e.location.country}" if e.location else "", "said": e.speaker,
            "when": _when(e), "conf": f"{e.confidence:.2f}", "plover": e.plover or "—",
            "qg": f"Q{e.quad_class} G{e.goldstein:+.1f}",
            "written": f"{src or '—'} → {tgt or '—'}" if (src or tgt) else ""})
    dl = article.dateline
    where = f", dateline {dl.place}{' / ' + dl.agency if dl.agency else ''}" if dl else ""
    return Listing(CODED_COLUMNS, rows, below=[e.evidence for e in events],
                   title=f"{article.id}  ({article.date or 'no date'}{where}, {len(events)} "
                         f"event{'' if len(events) == 1 else 's'})",
                   empty="no events")


QUOTE_COLUMNS = (
    Col("sent", "sent", justify="right"),
    Col("kind", "kind"),
    Col("speaker", "speaker", wrap=True, cap=24),
    Col("actor", "actor"),
    Col("cue", "cue", priority=1, wrap=True, cap=14),
    Col("words", "words", flex=True, minimum=24, comfort=40),
)


def quote_listing(article: CodedArticle) -> Listing:
    rows = []
    for q in article.quotes:
        words = q.text if len(q.text) <= 140 else q.text[:137] + "…"
        who = (q.person or q.speaker or "unattributed") + ("" if q.certain else " ?")
        rows.append({"sent": str(q.sentence), "kind": "direct" if q.direct else "reported", "speaker": who,
                     "actor": q.actor or "—", "cue": q.cue, "words": words})
    return Listing(QUOTE_COLUMNS, rows, title="quotes")


def print_coded_article(console: Console, article: CodedArticle, note_hidden: bool = True) -> None:
    """One coded article: its events (evidence under each), its quotes, the places it names.
    `note_hidden`: say which columns the width left out (once is enough for a run of articles)."""
    print_listing(console, coded_listing(article), note_hidden)
    if article.quotes:
        print_listing(console, quote_listing(article), note_hidden=False)
    if article.places:
        console.print(Text(printable("places: " + "; ".join(
            f"{p.name} ({p.country}" + (f", {p.latitude:.2f}, {p.longitude:.2f})" if p.latitude is not None else ")")
            for p in article.places))))
    console.print()


# -- `eventwire events`: stored, deduplicated events --------------------------------------------

STORED_COLUMNS = (
    Col("date", "date"),
    Col("source → target", "dyad"),
    Col("code", "code"),
    Col("event", "name", flex=True, minimum=22, comfort=36),
    Col("m/a/s", "mas", priority=1, justify="right"),
    Col("where", "where", priority=2, wrap=True, cap=20, detail="where"),
    Col("said by", "said", priority=2, detail="said by"),
    Col("Q/G", "qg", priority=3),
    Col("PLOVER", "plover", priority=4),
    Col("conf", "conf", priority=5, justify="right"),
    Col("dated by", "precision", priority=6),
)


def stored_listing(records: Iterable[dict]) -> Listing:
    """Rows of the `events` table (as dicts) as a listing."""
    records = list(records)
    dyads = _pair([r.get("source") or "" for r in records], [r.get("target") or "—" for r in records])
    rows, below = [], []
    for r, dyad in zip(records, dyads):
        day = r.get("event_date")
        g = r.get("goldstein")
        conf = r.get("avg_confidence")
        rows.append({
            "date": day.isoformat() if isinstance(day, date) else str(day or "?"), "dyad": dyad,
            "code": r.get("code") or "", "name": r.get("name") or "",
            "mas": f"{r.get('num_mentions') or 0}/{r.get('num_articles') or 0}/{r.get('num_sources') or 0}",
            "where": ", ".join(p for p in (r.get("location"), r.get("location_country")) if p),
            "said": r.get("speaker") or "",
            "qg": f"Q{r.get('quad_class') or '?'} " + ("G?" if g is None else f"G{g:+.1f}"),
            "plover": r.get("plover") or "—", "conf": "" if conf is None else f"{conf:.2f}",
            "precision": r.get("date_precision") or ""})
        evidence = r.get("evidence") or ""
        if len(evidence) > STORED_EVIDENCE_CHARS:
            evidence = evidence[:STORED_EVIDENCE_CHARS].rstrip() + "…"
        below.append(evidence)
    return Listing(STORED_COLUMNS, rows, below=below, title=f"{len(rows)} event(s)", empty="no events match",
                   caption="m/a/s: mentions/articles/sources; Q/G: QuadClass and Goldstein score")


def print_stored_events(console: Console, records: Iterable[dict]) -> None:
    print_listing(console, stored_listing(records))


# -- `eventwire trend` ----------------------------------------------------------------------------

TREND_COLUMNS = (
    Col("period", "period"),
    Col("direction", "dyad"),
    Col("events", "events", justify="right"),
    Col("v.coop", "q1", priority=1, justify="right"),
    Col("m.coop", "q2", priority=1, justify="right"),
    Col("v.conf", "q3", priority=1, justify="right"),
    Col("m.conf", "q4", priority=1, justify="right"),
    Col("mean", "mean", justify="right"),
    Col("top event types", "top", priority=2, flex=True, minimum=14, comfort=20),
    Col("Goldstein", "gsum", priority=3, justify="right"),
    Col("mentions", "mentions", priority=4, justify="right"),
)


def trend_listing(rows, title: str, by: str) -> Listing:
    """TrendRows (eventwire.store.trends) as a listing: the period, direction, counts and mean
    Goldstein score always; QuadClass counts, top event types and sums as the width allows."""
    from eventwire.store.trends import label

    cells, styles = [], []
    for r in rows:
        cells.append({"period": label(r.period, by), "dyad": f"{r.source} → {r.target}", "events": str(r.events),
                      "mentions": str(r.mentions), "q1": str(r.quad[0]), "q2": str(r.quad[1]), "q3": str(r.quad[2]),
                      "q4": str(r.quad[3]), "gsum": f"{r.goldstein_sum:+.1f}", "mean": f"{r.goldstein_mean:+.2f}",
                      "top": " ".join(f"{code}×{n}" for code, _name, n in r.top)})
        styles.append({"mean": "green" if r.goldstein_mean > 0 else "red" if r.goldstein_mean < 0 else ""})
    caption = ("QuadClass: v.coop verbal cooperation, m.coop material cooperation, v.conf verbal conflict, "
               "m.conf material conflict; mean: mean Goldstein score. Top event types as CAMEO code×events; "
               "--format csv gives their names.")
    return Listing(TREND_COLUMNS, cells, styles=styles, title=title, caption=caption,
                   empty="no events between these actors")


def print_trend(console: Console, rows, title: str, by: str) -> None:
    print_listing(console, trend_listing(rows, title, by))

"""Dyad trends: per period and direction, events by QuadClass, Goldstein, top event types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa

from eventwire.store.db import Store

PERIODS = ("day", "week", "month", "quarter", "year")
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class TrendRow:
    period: date
    source: str
    target: str
    events: int
    mentions: int
    quad: tuple[int, int, int, int]  # events per QuadClass 1..4
    goldstein_sum: float
    goldstein_mean: float
    top: tuple[tuple[str, str, int], ...]  # (code, name, events), most frequent first


def _side(code: str) -> tuple[str, str]:
    """SQL condition and parameter for one side of a dyad: a 3-letter country uses the indexed
    country column; a longer code ("CHNMIL", "IGOUNO") matches by prefix."""
    code = code.upper()
    if len(code) == 3:
        return "{col}_country = ?", code
    return "starts_with({col}, ?)", code


def trend(store: Store, a: str, b: str, by: str = "month", since: date | None = None,
          until: date | None = None, both: bool = True, top: int = 3) -> list[TrendRow]:
    """Events between actors a and b (and b to a when `both`), by period, from the deduplicated
    events table: each event counts once however many articles report it."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    sa, pa_ = _side(a)
    sb, pb = _side(b)
    directions = [(sa.format(col="source") + " AND " + sb.format(col="target"), [pa_, pb])]
    if both and a.upper() != b.upper():
        directions.append((sb.format(col="source") + " AND " + sa.format(col="target"), [pb, pa_]))
    where = " OR ".join(f"({d})" for d, _ in directions)
    params: list = [p for _, ps in directions for p in ps]
    extra = ""
    if since is not None:
        extra += " AND event_date >= ?"
        params.append(since)
    if until is not None:
        extra += " AND event_date <= ?"
        params.append(until)
    # the direction is reported with the codes as asked: CHN->RUS, whatever sector each event has
    dir_case = (f"CASE WHEN {directions[0][0]} THEN 0 ELSE 1 END")
    sql = f"""
        WITH e AS (
            SELECT date_trunc('{by}', event_date)::DATE AS period, {dir_case} AS dir, code, name,
                   quad_class, goldstein, num_mentions
            FROM events WHERE event_date IS NOT NULL AND ({where}){extra}),
        agg AS (
            SELECT period, dir, count(*) AS events, sum(num_mentions) AS mentions,
                   count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
                   sum(goldstein) AS gsum, avg(goldstein) AS gmean
            FROM e GROUP BY period, dir),
        types AS (
            SELECT period, dir, code, any_value(name) AS name, count(*) AS n,
                   row_number() OVER (PARTITION BY period, dir ORDER BY count(*) DESC, code) AS rank
            FROM e GROUP BY period, dir, code)
        SELECT agg.*, list(struct_pack(code := t.code, name := t.name, n := t.n) ORDER BY t.rank) AS top
        FROM agg LEFT JOIN types t ON t.period = agg.period AND t.dir = agg.dir AND t.rank <= {int(top)}
        GROUP BY ALL ORDER BY agg.period, agg.dir"""
    # the dir CASE repeats the first direction's parameters
    rows = store.rows(sql, params[:2] + params)
    names = (a.upper(), b.upper())
    out = []
    for period, d, events, mentions, q1, q2, q3, q4, gsum, gmean, tops in rows:
        src, tgt = names if d == 0 else names[::-1]
        out.append(TrendRow(period, src, tgt, events, int(mentions or 0), (q1, q2, q3, q4), round(gsum or 0.0, 2),
                            round(gmean or 0.0, 2),
                            tuple((t["code"], t["name"], t["n"]) for t in (tops or []) if t and t["code"])))
    return out


def as_table(rows: list[TrendRow]) -> pa.Table:
    return pa.table({
        "period": [r.period for r in rows], "source": [r.source for r in rows], "target": [r.target for r in rows],
        "events": [r.events for r in rows], "mentions": [r.mentions for r in rows],
        "verbal_cooperation": [r.quad[0] for r in rows], "material_cooperation": [r.quad[1] for r in rows],
        "verbal_conflict": [r.quad[2] for r in rows], "material_conflict": [r.quad[3] for r in rows],
        "goldstein_sum": [r.goldstein_sum for r in rows], "goldstein_mean": [r.goldstein_mean for r in rows],
        "top_event_types": ["; ".join(f"{c} {n} ({k})" for c, n, k in r.top) for r in rows]})


def plot(rows: list[TrendRow], path: Path, title: str, by: str = "month") -> None:
    """One panel per direction: stacked bars of events by QuadClass (cooperation in greens,
    conflict in reds) and the mean Goldstein score as a line on its own axis, over every period
    in the range (a quiet month shows as an empty slot, not as a gap the eye skips)."""
    import matplotlib
    matplotlib.use("Agg")  # files only: no display needed
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch
    from matplotlib.lines import Line2D

    directions = sorted({(r.source, r.target) for r in rows})
    if not directions:
        raise ValueError("no events for this dyad in this period: nothing to plot")
    periods = _every_period(min(r.period for r in rows), max(r.period for r in rows), by)
    labels = [label(p, by) for p in periods]
    index = {p: k for k, p in enumerate(periods)}
    colors = ["#a6d9a8", "#2e8b57", "#f4a582", "#c0392b"]
    fig, axes = plt.subplots(len(directions), 1, figsize=(max(8, 0.45 * len(periods) + 4), 3.4 * len(directions) + 1),
                             sharex=True, squeeze=False)
    for ax, (src, tgt) in zip(axes[:, 0], directions):
        mine = {r.period: r for r in rows if (r.source, r.target) == (src, tgt)}
        x = list(range(len(periods)))
        bottom = [0] * len(periods)
        for q in range(4):
            heights = [mine[p].quad[q] if p in mine else 0 for p in periods]
            ax.bar(x, heights, width=0.7, bottom=bottom, color=colors[q])
            bottom = [b + h for b, h in zip(bottom, heights)]
        ax.set_ylabel("events")
        ax.set_title(f"{src} \u2192 {tgt}", loc="left", fontsize=11, fontweight="bold")
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top"]].set_visible(False)
        ax2 = ax.twinx()
        xs = [index[p] for p in periods if p in mine]
        ax2.plot(xs, [mine[p].goldstein_mean for p in periods if p in mine], color="#222222", marker="o",
                 linewidth=1.5, markersize=4)
        ax2.axhline(0, color="#888888", linewidth=0.8, linestyle=":")
        ax2.set_ylim(-10.5, 10.5)
        ax2.set_ylabel("mean Goldstein")
        ax2.spines[["top"]].set_visible(False)
    axes[-1, 0].set_xticks(range(len(periods)))
    axes[-1, 0].set_xticklabels(labels, rotation=45 if len(periods) > 8 else 0, ha="right" if len(periods) > 8 else "center")
    handles = [Patch(color=colors[q], label=QUAD_NAMES[q + 1]) for q in range(4)]
    handles.append(Line2D([], [], color="#222222", marker="o", label="mean Goldstein (\u221210 conflict \u2026 +10 cooperation)"))
    fig.legend(handles=handles, loc="upper center", ncol=3, frameon=False, fontsize=9, bbox_to_anchor=(0.5, 0.995))
    fig.suptitle(title, fontsize=13, y=1.04)
    fig.tight_layout(rect=(0, 0, 1, 0.93))
    fig.savefig(path, dpi=120, bbox_inches="tight")
    plt.close(fig)


def _every_period(first: date, last: date, by: str) -> list[date]:
    from datetime import timedelta
    out, p = [], first
    while p <= last and len(out) < 5000:
        out.append(p)
        if by == "day":
            p += timedelta(days=1)
        elif by == "week":
            p += timedelta(days=7)
        else:
            step = {"month": 1, "quarter": 3, "year": 12}[by]
            m = p.month - 1 + step
            p = date(p.year + m // 12, m % 12 + 1, 1)
    return out


def label(day: date, by: str) -> str:
    """A period as people write it: 2025-05, 2025 Q2, 2025."""
    if by == "year":
        return str(day.year)
    if by == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    if by == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()

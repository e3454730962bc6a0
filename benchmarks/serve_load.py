"""Load on `eventwire serve`: concurrent clients storing articles and querying events; requests/s, latency, failures.

    .venv/bin/python benchmarks/serve_load.py [--clients 20] [--seconds 30] [--post-share 0.25]

Starts `eventwire serve` on a free loopback port over a new database in a temporary folder, then
runs --clients clients at once for --seconds. Each client repeats: with probability --post-share
POST /api/articles (a new invented wire story each time, so every post is coded and stored),
otherwise GET /api/events with a filter (a dyad, an actor, a root, a date range, words; a page
of 50 at a random offset), and one request in ten GET /api/dyads/{a}/{b}/trend. A failure is a
transport error or any status but 200/201. Prints JSON: requests/s and p50/p99 latency overall
and per kind, failures, and what the database holds at the end. Needs httpx2 (the test extra).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx2 as httpx

REPO = Path(__file__).resolve().parents[1]

# invented wire copy, assembled from parts: every story differs, so every post is coded
COUNTRIES = [("Finland", "Finnish", "Helsinki"), ("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"),
             ("Estonia", "Estonian", "Tallinn"), ("Latvia", "Latvian", "Riga"), ("Poland", "Polish", "Warsaw"),
             ("Germany", "German", "Berlin"), ("Denmark", "Danish", "Copenhagen")]
CODES = {"Finland": "FIN", "Sweden": "SWE", "Norway": "NOR", "Estonia": "EST", "Latvia": "LVA", "Poland": "POL",
         "Germany": "DEU", "Denmark": "DNK"}
ACTS = ["{a} and {b} signed a trade agreement on {day}",
        "{a} accused {b} of violating its airspace on {day}",
        "The {adj_a} foreign minister met his {adj_b} counterpart in {city} on {day}",
        "{a} expelled two {adj_b} diplomats on {day}",
        "{a} promised economic aid to {b} on {day}",
        "{adj_a} troops held joint exercises with {b} on {day}",
        "{a} condemned the {adj_b} government's decision on {day}"]
MORE = ["Officials said talks would continue next month.", "The ministry gave no further details.",
        "Analysts said the move reflected growing regional tension.", "Markets were little changed."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def story(n: int, rng: random.Random) -> dict:
    (a, adj_a, city), (b, adj_b, _) = rng.sample(COUNTRIES, 2)
    month = rng.randrange(12)
    day = rng.randrange(1, 28)
    sentences = [act.format(a=a, b=b, adj_a=adj_a, adj_b=adj_b, city=city, day=rng.choice(WEEKDAYS)) + "."
                 for act in rng.sample(ACTS, 3)]
    text = (f"{city.upper()}, {MONTHS[month]} {day} (Wirecast) - " + " ".join(sentences) + " "
            + " ".join(rng.sample(MORE, 2)) + f" (Story {n}.)")
    return {"text": text, "date": f"2026-{month + 1:02d}-{day:02d}", "title": f"Story {n}"}


def event_query(rng: random.Random) -> dict:
    a, b = rng.sample(sorted(CODES.values()), 2)
    kind = rng.randrange(5)
    params: dict = {"limit": 50, "offset": rng.choice([0, 0, 0, 50, 100])}
    if kind == 0:
        params["dyad"], params["both"] = f"{a}-{b}", "true"
    elif kind == 1:
        params["actor"] = a
    elif kind == 2:
        params["root"] = rng.choice(["03", "04", "05", "11", "16", "19"])
    elif kind == 3:
        month = rng.randrange(1, 12)
        params["since"], params["until"] = f"2026-{month:02d}-01", f"2026-{month + 1:02d}-01"
    else:
        params["text"] = rng.choice(["agreement", "diplomats", "aid", "exercises"])
    return params


async def client(base: str, until: float, seed: int, post_share: float, counter: list[int],
                 results: list[tuple[str, float, bool]]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=120) as http:
        while time.perf_counter() < until:
            roll = rng.random()
            start = time.perf_counter()
            try:
                if roll < post_share:
                    counter[0] += 1
                    kind = "POST /api/articles"
                    r = await http.post("/api/articles", json=story(counter[0], rng))
                elif roll < post_share + (1 - post_share) / 10:
                    kind = "GET /api/dyads/../trend"
                    a, b = rng.sample(sorted(CODES.values()), 2)
                    r = await http.get(f"/api/dyads/{a}/{b}/trend", params={"by": "month"})
                else:
                    kind = "GET /api/events"
                    r = await http.get("/api/events", params=event_query(rng))
                ok = r.status_code in (200, 201)
                if not ok:
                    print(f"failed: {kind} {r.status_code} {r.text[:200]}", file=sys.stderr)
            except httpx.HTTPError as e:
                ok = False
                print(f"failed: {kind} {type(e).__name__}: {e}", file=sys.stderr)
            results.append((kind, time.perf_counter() - start, ok))


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    """`eventwire serve` on a free port; returns the process and its URL once it listens."""
    cmd = [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", "0", "--log-level", "warning"]
    server = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)
    for line in server.stderr:
        found = re.search(r"at (http://[^/]+)/", line)
        if found:
            return server, found.group(1)
    raise SystemExit(f"the server did not start: {' '.join(cmd)}")


def summary(kind: str, rows: list[tuple[str, float, bool]], seconds: float) -> dict:
    times = sorted(t for _, t, _ in rows)
    if not times:
        return {"requests": 0}
    return {"requests": len(times), "per_s": round(len(times) / seconds, 1),
            "p50_ms": round(statistics.median(times) * 1000, 1),
            "p99_ms": round(times[min(len(times) - 1, int(0.99 * len(times)))] * 1000, 1),
            "failed": sum(1 for _, _, ok in rows if not ok)}


async def run(base: str, args) -> tuple[list, float]:
    results: list[tuple[str, float, bool]] = []
    counter = [0]
    started = time.perf_counter()
    until = started + args.seconds
    await asyncio.gather(*(client(base, until, seed, args.post_share, counter, results)
                           for seed in range(args.clients)))
    return results, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--post-share", type=float, default=0.25, help="share of requests that store an article")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server, base = start_server(Path(tmp) / "load.duckdb")
        # drain the server's log so that a full pipe never blocks it
        threading.Thread(target=lambda: [sys.stderr.write(f"server: {x}") for x in server.stderr], daemon=True).start()
        try:
            asyncio.run(_run_and_report(base, args))
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


async def _run_and_report(base: str, args) -> None:
    results, seconds = await run(base, args)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        total = (await http.get("/api/events", params={"limit": 1})).json()["total"]
    kinds = sorted({k for k, _, _ in results})
    print(json.dumps({"clients": args.clients, "seconds": round(seconds, 1), "cpus": os.cpu_count(),
                      "overall": summary("all", results, seconds),
                      **{k: summary(k, [r for r in results if r[0] == k], seconds) for k in kinds},
                      "stored_events_at_end": total}, indent=1))


if __name__ == "__main__":
    main()

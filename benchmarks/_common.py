"""Shared helpers for benchmark scripts: find ../shared, code a gold file, run the reference scorer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared"))
OUT = REPO / "benchmarks" / "out"


def shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        sys.exit(f"{path} not found: benchmarks read the shared gold sets from ../shared "
                 f"(or set EVENTWIRE_SHARED)")
    return path


def load_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def code_gold(records: list[dict], name: str, resources=None, settings=None) -> tuple[Path, float]:
    """Code every gold record's text from raw text; write PRED.jsonl; return its path and seconds."""
    from eventwire import Article, code_articles, load_resources
    from eventwire.text.dateline import parse_date

    resources = resources or load_resources()
    articles = [Article(id=str(r["id"]), text=r["text"],
                        date=parse_date(r["date"]) if r.get("date") else None) for r in records]
    OUT.mkdir(parents=True, exist_ok=True)
    pred = OUT / f"{name}.pred.jsonl"
    start = time.perf_counter()
    with pred.open("w", encoding="utf-8") as f:
        for coded in code_articles(articles, resources, settings):
            f.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")
    return pred, time.perf_counter() - start


def reference_score(gold: Path, pred: Path, errors: int = 0) -> dict:
    """Scores from ../shared/benchmarks/score.py, the reference scorer (not our reimplementation)."""
    cmd = [sys.executable, str(shared("benchmarks/score.py")), str(gold), str(pred), "--json"]
    if errors:
        cmd += ["--errors", str(errors)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if errors:
        print(done.stderr, file=sys.stderr)
    return json.loads(done.stdout)

"""PETRARCH-1's validation suite: import its dictionaries, code its sentences from raw text, score.

    .venv/bin/python benchmarks/petrarch_unittest.py [--errors N]

Imports ../shared/benchmarks/petrarch-unittest/PETR.Validate.* with `eventwire dictionaries
import-petrarch`, codes gold.jsonl with `eventwire code --dictionaries` (spaCy parses, not the
suite's Treebank parses), one run per distinct <Config> of gold_all.jsonl, and scores the
whole set and each category with the reference scorer.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from _common import OUT, load_gold, reference_score, shared

SUITE = "benchmarks/petrarch-unittest"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, help="print N wrong records")
    args = ap.parse_args()
    from eventwire.dictionaries.petrarch import settings_from_config

    suite = shared(SUITE)
    gold_path = suite / "gold.jsonl"
    gold = load_gold(gold_path)
    meta = {r["id"]: r for r in load_gold(suite / "gold_all.jsonl")}
    exe = Path(sys.executable).with_name("eventwire")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dicts = Path(tmp) / "petr-validate"
        imported = subprocess.run(
            [str(exe), "dictionaries", "import-petrarch", "--verbs", str(suite / "PETR.Validate.verbs.txt"),
             "--actors", str(suite / "PETR.Validate.actors.txt"), "--agents", str(suite / "PETR.Validate.agents.txt"),
             "--discards", str(suite / "PETR.Validate.discards.txt"), "--out", str(dicts)],
            capture_output=True, text=True)
        print(imported.stdout.strip().splitlines()[-1] if imported.stdout.strip() else imported.stderr)
        if imported.returncode not in (0, 1):
            sys.exit(imported.stderr)
        # one `eventwire code` run per <Config>: the options are coder settings
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in gold:
            groups[json.dumps(meta.get(r["id"], {}).get("config", {}), sort_keys=True)].append(r)
        pred_path = OUT / "petrarch-unittest.pred.jsonl"
        with pred_path.open("w", encoding="utf-8") as out:
            for config, records in groups.items():
                settings = settings_from_config(json.loads(config))
                flags = ["--require-dyad"] if settings.require_dyad else []
                flags += [] if settings.ner_fallback else ["--no-ner-fallback"]
                inp = Path(tmp) / "in.jsonl"
                inp.write_text("".join(json.dumps({"id": r["id"], "date": r["date"], "text": r["text"]}) + "\n"
                                       for r in records), encoding="utf-8")
                done = subprocess.run([str(exe), "code", "--dictionaries", str(dicts), "--format", "jsonl",
                                       *flags, str(inp)], capture_output=True, text=True)
                if done.returncode not in (0, 1):
                    sys.exit(done.stderr)
                out.write(done.stdout)
    result = reference_score(gold_path, pred_path, args.errors)
    print("all (exact):", json.dumps(result["exact"]))
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for r in gold:
        by_cat[meta.get(r["id"], {}).get("category", "?")].append(r)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for cat, records in sorted(by_cat.items()):
            sub = Path(tmp) / f"{cat}.jsonl"
            sub.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            rows.append((cat, len(records), reference_score(sub, pred_path)))
    print(f"{'category':10} {'records':>7} {'P':>6} {'R':>6} {'F1':>6} {'right':>7}")
    for cat, n, res in rows:
        ex = res["exact"]
        print(f"{cat:10} {n:7d} {ex['precision']:6.3f} {ex['recall']:6.3f} {ex['f1']:6.3f} "
              f"{ex['records_right']:>4}/{n}")


if __name__ == "__main__":
    main()

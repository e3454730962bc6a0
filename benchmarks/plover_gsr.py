"""Code the PLOVER gold-standard records (CAMEO manual examples) and score plover+dyad F1.

    .venv/bin/python benchmarks/plover_gsr.py [--errors N]
"""

import argparse
import json

from _common import code_gold, load_gold, reference_score, shared


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", type=int, default=0, help="print N wrong records")
    ap.add_argument("--no-pairs", action="store_true",
                    help="coordinated actors with no target each get their own event (CAMEO manual convention)")
    args = ap.parse_args()
    from eventwire import CoderSettings
    settings = CoderSettings(symmetric_pairs=not args.no_pairs)
    gold = shared("benchmarks/plover-gsr/gold.jsonl")
    records = load_gold(gold)
    pred, seconds = code_gold(records, "plover-gsr", settings=settings)
    result = reference_score(gold, pred, args.errors)
    print(json.dumps(result, indent=1))
    print(f"coded {len(records)} sentences in {seconds:.1f} s")


if __name__ == "__main__":
    main()

"""Code the ConfliBERT pentaclass sentences and score macro F1 of the first event's class.

    .venv/bin/python benchmarks/pentaclass.py [--split test|train] [--errors N]

The class of a sentence is the QuadClass-like group of the first event eventwire codes; a
sentence with no event counts as wrong. Nothing is trained on either split.
"""

import argparse
import json

from _common import code_gold, load_gold, reference_score, shared


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="test", choices=["test", "train"])
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--no-pairs", action="store_true",
                    help="coordinated actors with no target each get their own event (CAMEO manual convention)")
    args = ap.parse_args()
    from eventwire import CoderSettings
    settings = CoderSettings(symmetric_pairs=not args.no_pairs)
    gold = shared(f"benchmarks/conflibert-pentaclass/{args.split}.jsonl")
    records = load_gold(gold)
    pred, seconds = code_gold(records, f"pentaclass-{args.split}", settings=settings)
    result = reference_score(gold, pred, args.errors)
    print(json.dumps(result, indent=1))
    print(f"coded {len(records)} sentences in {seconds:.1f} s")


if __name__ == "__main__":
    main()

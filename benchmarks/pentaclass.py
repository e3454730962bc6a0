"""Code the ConfliBERT pentaclass sentences and score macro F1 of the first event's class.

    .venv/bin/python benchmarks/pentaclass.py [--split test-unseen|test|train] [--errors N] [--no-pairs]

With no --split it reports both test figures: `test-unseen` (the 194 test sentences that are not
PLOVER GSR sentences: the held-out figure, never tuned on) and the full `test` split (451, for
comparison with ConfliBERT; 257 of its sentences are PLOVER GSR sentences, which were used during
development). `--split train` scores the split that may be used for development.

The class of a sentence is the QuadClass-like group of the first event eventwire codes; a
sentence with no event counts as wrong. The labels include statements (class 0), so the coder
runs with statements on (CoderSettings(statements=True)), unlike eventwire's default. Nothing is
trained on any split.
"""

import argparse
import json
import sys

from _common import code_gold, load_gold, reference_score, shared

SPLITS = ("test-unseen", "test", "train")
PENTACLASS = "benchmarks/conflibert-pentaclass"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, help="score one split (default: test-unseen and test)")
    ap.add_argument("--errors", type=int, default=0,
                    help="print N wrong records of the train split; test sentences are scored, never studied "
                         "(test holds all of test-unseen; its PLOVER part can be studied with plover_gsr.py)")
    ap.add_argument("--no-pairs", action="store_true",
                    help="coordinated actors with no target each get their own event (CAMEO manual convention)")
    args = ap.parse_args()
    from eventwire import CoderSettings
    settings = CoderSettings(statements=True, symmetric_pairs=not args.no_pairs)
    # test-unseen is a subset of test (same ids and texts): code the larger file once, score both
    coded_split = "test" if args.split in (None, "test-unseen") else args.split
    scored = [args.split] if args.split else ["test-unseen", "test"]
    records = load_gold(shared(f"{PENTACLASS}/{coded_split}.jsonl"))
    pred, seconds = code_gold(records, f"pentaclass-{coded_split}", settings=settings)
    results = {}
    if args.errors and coded_split != "train":
        print("--errors: test sentences are scored, never studied; nothing printed", file=sys.stderr)
    for split in scored:
        errors = args.errors if split == "train" else 0
        results[split] = reference_score(shared(f"{PENTACLASS}/{split}.jsonl"), pred, errors)
    print(json.dumps(results, indent=1))
    print(f"coded {len(records)} sentences ({coded_split}.jsonl) in {seconds:.1f} s")
    for split, r in results.items():
        print(f"{split}: macro F1 {r['pentaclass']['macro_f1']:.3f}, accuracy {r['pentaclass']['accuracy']:.3f} "
              f"({r['records']} sentences)")


if __name__ == "__main__":
    main()

"""Code the PLOVER gold-standard records (CAMEO manual examples) and score plover+dyad F1.

    .venv/bin/python benchmarks/plover_gsr.py [--errors N] [--phoenix]

--phoenix imports PETRARCH-2's Phoenix dictionaries from ../shared/dictionaries/petrarch-phoenix
(`eventwire dictionaries import-petrarch`) and codes with them instead of the bundled ones.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import code_gold, load_gold, reference_score, shared


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", type=int, default=0, help="print N wrong records")
    ap.add_argument("--no-pairs", action="store_true",
                    help="coordinated actors with no target each get their own event (CAMEO manual convention)")
    ap.add_argument("--phoenix", action="store_true", help="code with the imported Phoenix dictionaries")
    args = ap.parse_args()
    from eventwire import CoderSettings, load_resources
    settings = CoderSettings(symmetric_pairs=not args.no_pairs)
    gold = shared("benchmarks/plover-gsr/gold.jsonl")
    records = load_gold(gold)
    resources = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.phoenix:
            src = shared("dictionaries/petrarch-phoenix")
            out = Path(tmp) / "phoenix"
            done = subprocess.run(
                [str(Path(sys.executable).with_name("eventwire")), "dictionaries", "import-petrarch", "--quiet",
                 "--verbs", str(src / "CAMEO.2.0.txt"),
                 *[a for f in ("Countries", "International", "MilNonState")
                   for a in ("--actors", str(src / f"Phoenix.{f}.actors.txt"))],
                 "--agents", str(src / "Phoenix.agents.txt"), "--discards", str(src / "Phoenix.discards.txt"),
                 "--issues", str(src / "Phoenix.IssueCoding.txt"), "--out", str(out)],
                capture_output=True, text=True)
            print(done.stdout.strip() or done.stderr.strip())
            resources = load_resources(out)
        name = "plover-gsr-phoenix" if args.phoenix else "plover-gsr"
        pred, seconds = code_gold(records, name, resources=resources, settings=settings)
    result = reference_score(gold, pred, args.errors)
    print(json.dumps(result, indent=1))
    print(f"coded {len(records)} sentences in {seconds:.1f} s")


if __name__ == "__main__":
    main()

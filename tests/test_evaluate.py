"""Our scorer agrees with the shared reference scorer on the same predictions."""

import json
import subprocess
import sys

from conftest import shared_file
from eventwire.evaluate import score


def test_evaluate_matches_reference_scorer(tmp_path):
    gold_path = shared_file("benchmarks/petrarch2-gsr/gold.jsonl")
    gold = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        gold[str(rec["id"])] = rec
    # a deliberately imperfect prediction: every other record's events, one code changed
    pred = {}
    for n, (rid, rec) in enumerate(gold.items()):
        events = [dict(e) for e in rec["events"]] if n % 2 == 0 else []
        if events and n % 4 == 0:
            events[0]["code"] = "010"
        pred[rid] = {"id": rid, "events": events}
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred.values()))
    ref = json.loads(subprocess.run([sys.executable, str(shared_file("benchmarks/score.py")), str(gold_path),
                                     str(pred_path), "--json"], capture_output=True, text=True, check=True).stdout)
    ours = score(gold, pred).as_dict()
    for level in ("exact", "root+dyad"):
        for key in ("precision", "recall", "f1", "tp", "predicted", "gold", "records_right"):
            assert ours[level][key] == ref[level][key], (level, key)

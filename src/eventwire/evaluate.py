"""Score coded events against a gold file: exact, root+dyad, plover+dyad and pentaclass levels.

The levels follow the shared reference scorer (benchmarks/score.py) so our numbers compare with
published ones: events are compared as sets per record and counted over the file (micro P/R/F1).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from eventwire.datafiles import package_data


@lru_cache(maxsize=1)
def _plover05() -> dict:
    return json.loads(package_data("eventwire.ontology", "plover05.json").read_text(encoding="utf-8"))


def plover05(code: str) -> str:
    table = _plover05()
    for prefix, label in table["prefixes"].items():
        if code.startswith(prefix):
            return label
    return table["roots"].get(code[:2], "")


def pentaclass(code: str) -> int:
    root = int(code[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def country(actor: str | None) -> str:
    actor = (actor or "").upper()
    return "IGO" if actor.startswith("IGO") else actor[:3]


def keys(events: list[dict], level: str) -> set[tuple]:
    out = set()
    for e in events:
        code = str(e.get("code") or "")
        if level == "exact":
            out.add((e.get("source") or "", e.get("target") or "", code))
        elif level == "root+dyad":
            out.add((country(e.get("source")), country(e.get("target")), code[:2]))
        elif level == "plover+dyad":
            label = e["plover"] if "plover" in e and not code else plover05(code)
            out.add((country(e.get("source")), country(e.get("target")), label))
    return out


@dataclass
class LevelScore:
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    records_right: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "predicted": self.predicted,
                "gold": self.gold, "records_right": self.records_right}


@dataclass
class Report:
    records: int
    levels: dict[str, LevelScore] = field(default_factory=dict)
    pentaclass: dict | None = None
    errors: list[dict] = field(default_factory=list)  # worst records first

    def as_dict(self) -> dict:
        out: dict = {"records": self.records}
        out.update({k: v.as_dict() for k, v in self.levels.items()})
        if self.pentaclass is not None:
            out["pentaclass"] = self.pentaclass
        return out


def score(gold: dict[str, dict], pred: dict[str, dict]) -> Report:
    """`gold` and `pred` map record id -> record with an "events" list."""
    report = Report(records=len(gold))
    if gold and all("pentaclass" in g for g in gold.values()):
        confusion: Counter = Counter()
        for rid, g in gold.items():
            events = (pred.get(rid) or {}).get("events") or []
            guess = pentaclass(str(events[0]["code"])) if events and events[0].get("code") else -1
            confusion[(g["pentaclass"], guess)] += 1
            if guess != g["pentaclass"]:
                report.errors.append({"id": rid, "text": g.get("text", ""), "gold": g["pentaclass"],
                                      "predicted": guess, "missed": 1, "extra": 0})
        f1s = []
        for c in range(5):
            s = LevelScore(tp=confusion[(c, c)],
                           predicted=sum(v for (gl, p), v in confusion.items() if p == c),
                           gold=sum(v for (gl, p), v in confusion.items() if gl == c))
            f1s.append(round(s.f1, 4))
        report.pentaclass = {
            "accuracy": round(sum(confusion[(c, c)] for c in range(5)) / len(gold), 4),
            "macro_f1": round(sum(f1s) / 5, 4), "per_class_f1": f1s,
            "no_event": sum(v for (gl, p), v in confusion.items() if p == -1)}
        return report
    plover = any("plover" in e for g in gold.values() for e in g.get("events", ()))
    levels = ["plover+dyad"] if plover else ["exact", "root+dyad"]
    for level in levels:
        s = LevelScore()
        for rid, g in gold.items():
            gk = keys(g.get("events", []), level)
            pk = keys((pred.get(rid) or {}).get("events") or [], level)
            s.tp += len(gk & pk)
            s.predicted += len(pk)
            s.gold += len(gk)
            s.records_right += gk == pk
            if gk != pk and level == levels[0]:
                report.errors.append({"id": rid, "text": g.get("text", ""), "gold": sorted(gk),
                                      "predicted": sorted(pk), "missed": len(gk - pk), "extra": len(pk - gk)})
        report.levels[level] = s
    report.errors.sort(key=lambda e: -(e["missed"] + e["extra"]))
    return report

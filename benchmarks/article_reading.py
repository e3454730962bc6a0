"""Score whole-article reading: datelines, event dates and quote attribution, on a self-authored gold set.

    .venv/bin/python benchmarks/article_reading.py [--errors N] [--check] [--gold PATH] [--pred PATH]

Codes every article of benchmarks/data/articles-gold.jsonl with eventwire (the record's "date",
when given, is the story date; otherwise the dateline supplies it) and scores the output dicts:

  dateline  place / date / agency accuracy over articles whose gold has a dateline, and how many
            articles with no gold dateline got one anyway ("spurious");
  events    for each gold event, the predicted events in the same sentence whose trigger text equals
            the gold trigger (case-insensitive): coverage (found / gold), date accuracy over found and
            over all gold, precision ("day", "week", "month", "year", "story") accuracy;
  quotes    for each gold quote, the predicted quote whose text contains the gold "contains" string
            (or whose span covers its offset): coverage, speaker accuracy ("person" or "speaker"
            equals the gold speaker, case-insensitive; an unattributed gold quote needs both empty),
            actor accuracy and direct/reported accuracy, over found and over all gold.

--check validates the gold file instead (no coding): every quote's "contains" occurs exactly once,
every trigger occurs once in its sentence (a simple regex sentence splitter, counting from after the
dateline), dates are ISO and agree with their precision and weekday. --pred scores an existing
prediction file (CodedArticle.to_dict() lines) instead of coding. The JSON summary goes to stdout,
--errors N prints the first N mismatches to stderr. See benchmarks/data/README.md for the fields.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from _common import REPO, code_gold, load_gold

GOLD = REPO / "benchmarks" / "data" / "articles-gold.jsonl"
PRECISIONS = ("day", "week", "month", "year", "story")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# ---------------------------------------------------------------- gold file self-check
# Where a wire dateline ends: "BEIJING, May 15. /TASS/. ", "KYIV, March 3 (Reuters) - ", "LONDON — ".
DATELINE_END = re.compile(r"^[^\n]{0,120}?(?:/[^/\n]{1,30}/\.|\s[-\u2013\u2014]{1,2})\s+")
# A sentence ends with . ! or ? (possibly followed by closing quotes), then white space or the end.
SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s|$)")


def body_start(record: dict) -> int:
    """Offset where the article body starts: after the dateline when the gold has one."""
    if not record.get("dateline"):
        return 0
    m = DATELINE_END.match(record["text"])
    return m.end() if m else 0


def split_sentences(text: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, sentence) for text[start:]: paragraphs, then sentence ends. Simple and regex-only, for
    checking the gold; the gold sentences avoid abbreviations with full stops so this is exact."""
    out = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text[start:]):
        pos, ptext = start + para.start(), para.group(0)
        last = 0
        for m in SENTENCE_END.finditer(ptext):
            piece = ptext[last:m.end()]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((pos + last + lead, piece.strip()))
            last = m.end()
        rest = ptext[last:]
        if rest.strip():
            out.append((pos + last + len(rest) - len(rest.lstrip()), rest.strip()))
    return out


def word_count(word: str, sentence: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", sentence, re.IGNORECASE))


def check(records: list[dict]) -> list[str]:
    """Problems in the gold file (an empty list when it is consistent)."""
    problems = []
    seen = set()
    for r in records:
        rid = r.get("id", "?")

        def bad(msg, rid=rid):
            problems.append(f"{rid}: {msg}")

        if rid in seen:
            bad("duplicate id")
        seen.add(rid)
        text = r.get("text", "")
        story = None
        try:
            story = date.fromisoformat(r["date"]) if r.get("date") else None
        except ValueError:
            bad(f"story date {r['date']!r} is not ISO")
        dl = r.get("dateline")
        if dl is not None:
            if set(dl) != {"place", "date", "agency"}:
                bad(f"dateline keys {sorted(dl)}")
            if dl.get("date"):
                try:
                    dl_date = date.fromisoformat(dl["date"])
                    if story and dl_date != story:
                        bad(f"dateline date {dl_date} differs from story date {story}")
                    story = story or dl_date
                except ValueError:
                    bad(f"dateline date {dl['date']!r} is not ISO")
            if dl.get("place") and dl["place"].split()[0].upper() not in text[:60].upper():
                bad(f"dateline place {dl['place']!r} not at the start of the text")
            if not DATELINE_END.match(text):
                bad("dateline given but no dateline separator found in the text")
        if story is None:
            bad("no story date: neither 'date' nor a dated dateline")
        sents = split_sentences(text, body_start(r))
        if not 3 <= len(sents) <= 8:
            bad(f"{len(sents)} sentences (want 3-8)")
        events = r.get("events", [])
        if not 2 <= len(events) <= 4:
            bad(f"{len(events)} events (want 2-4)")
        for e in events:
            n, trig = e.get("sentence", 0), e.get("trigger", "")
            if not 1 <= n <= len(sents):
                bad(f"event {trig!r}: sentence {n} out of range 1..{len(sents)}")
                continue
            if word_count(trig, sents[n - 1][1]) != 1:
                bad(f"event {trig!r} occurs {word_count(trig, sents[n - 1][1])} times in sentence {n}: "
                    f"{sents[n - 1][1]!r}")
            prec = e.get("precision")
            if prec not in PRECISIONS:
                bad(f"event {trig!r}: precision {prec!r}")
            try:
                d = date.fromisoformat(e.get("date") or "")
            except ValueError:
                bad(f"event {trig!r}: date {e.get('date')!r} is not ISO")
                continue
            dt = e.get("date_text", "")
            if prec == "story" and (dt or d != story):
                bad(f"event {trig!r}: precision story needs the story date and no date_text")
            if prec != "story" and dt and word_count(dt, sents[n - 1][1]) < 1:
                bad(f"event {trig!r}: date_text {dt!r} not in sentence {n}")
            if prec == "week" and d.weekday() != 0:
                bad(f"event {trig!r}: week precision must give a Monday, got {d}")
            if prec == "month" and d.day != 1:
                bad(f"event {trig!r}: month precision must give the 1st, got {d}")
            if prec == "year" and (d.month, d.day) != (1, 1):
                bad(f"event {trig!r}: year precision must give 1 January, got {d}")
            named = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", dt, re.IGNORECASE)]
            if named and WEEKDAYS[d.weekday()] != named[0]:
                bad(f"event {trig!r}: {dt!r} but {d} is a {WEEKDAYS[d.weekday()]}")
            if story and d > story:
                bad(f"event {trig!r}: date {d} after the story date {story}")
        quotes = r.get("quotes", [])
        if not 2 <= len(quotes) <= 5:
            bad(f"{len(quotes)} quotes (want 2-5)")
        for q in quotes:
            c = q.get("contains", "")
            if not c or text.count(c) != 1:
                bad(f"quote {c!r} occurs {text.count(c) if c else 0} times (want exactly once)")
            if bool(q.get("speaker")) != bool(q.get("actor")):
                bad(f"quote {c!r}: speaker and actor must both be given or both be empty")
            if not isinstance(q.get("direct"), bool):
                bad(f"quote {c!r}: direct must be true or false")
    return problems


# ---------------------------------------------------------------- scoring
def norm(s) -> str:
    return " ".join(unicodedata.normalize("NFC", str(s or "")).casefold().split())


def trigger_text(event: dict) -> str:
    t = event.get("trigger")
    if isinstance(t, dict):
        return t.get("text") or ""
    return t or ""


class Tally:
    """Named counters with ratios."""

    def __init__(self):
        self.n = Counter()

    def add(self, key, ok=True):
        self.n[key] += bool(ok)

    def ratio(self, num, den):
        return round(self.n[num] / self.n[den], 3) if self.n[den] else None


def _near(event: dict, trigger: str, window: int = 40) -> bool:
    evidence = event.get("evidence") or ""
    found = re.search(rf"\b{re.escape(trigger)}\b", evidence, re.IGNORECASE)
    mine = re.search(rf"\b{re.escape(trigger_text(event))}\b", evidence) if trigger_text(event) else None
    return bool(found and mine and abs(found.start() - mine.start()) <= window)


def score(gold: list[dict], pred: dict[str, dict], errors: list[str]) -> dict:
    dl, ev, qu = Tally(), Tally(), Tally()
    by_precision = defaultdict(Tally)
    by_kind = defaultdict(Tally)
    for g in gold:
        p = pred.get(str(g["id"])) or {}
        rid = g["id"]
        # dateline
        gd, pd = g.get("dateline"), p.get("dateline") or None
        if gd:
            dl.add("gold")
            found = bool(pd)
            pd = pd or {}
            dl.add("found", found)
            for key in ("place", "date", "agency"):  # a missing dateline gets every field wrong
                ok = found and norm(pd.get(key)) == norm(gd.get(key))
                dl.add(key, ok)
                if not ok:
                    errors.append(f"{rid} dateline {key}: gold {gd.get(key)!r}, got {pd.get(key)!r}")
        elif pd:
            dl.add("spurious")
            errors.append(f"{rid} dateline: gold none, got {pd.get('place')!r} {pd.get('date')!r}")
        # event dates
        pevents = p.get("events") or []
        for e in g.get("events", []):
            t = by_precision[e["precision"]]
            for tally in (ev, t):
                tally.add("gold")
            match = [x for x in pevents if x.get("sentence") == e["sentence"]
                     and norm(trigger_text(x)) == norm(e["trigger"])]
            where = f"{rid} s{e['sentence']} {e['trigger']!r} ({e['date_text'] or 'no time expression'})"
            if not match:
                # "agreed to reopen": the coder's trigger may be the verb the frame governs; an
                # event whose trigger stands within 40 characters of the gold one counts, reported
                # apart as found nearby
                match = [x for x in pevents if x.get("sentence") == e["sentence"] and _near(x, e["trigger"])]
                if match:
                    for tally in (ev, t):
                        tally.add("nearby")
            if not match:
                errors.append(f"{where}: no event with this trigger in this sentence")
                continue
            x = match[0]
            date_ok = x.get("date") == e["date"]
            prec_ok = x.get("date_precision") == e["precision"]
            for tally in (ev, t):
                tally.add("found")
                tally.add("date", date_ok)
                tally.add("precision", prec_ok)
                tally.add("both", date_ok and prec_ok)
            if not (date_ok and prec_ok):
                errors.append(f"{where}: gold {e['date']} {e['precision']}, got {x.get('date')} "
                              f"{x.get('date_precision')} ({x.get('date_text', '')!r})")
        # quotes
        pquotes = p.get("quotes") or []
        text = g["text"]
        for q in g.get("quotes", []):
            kind = ("unattributed" if not q["speaker"] else "direct" if q["direct"] else "reported")
            t = by_kind[kind]
            for tally in (qu, t):
                tally.add("gold")
            off = text.find(q["contains"])
            match = [x for x in pquotes if q["contains"] in (x.get("text") or "")]
            if not match:
                match = [x for x in pquotes if isinstance(x.get("span"), dict)
                         and x["span"].get("start", -1) <= off < x["span"].get("end", -1)]
            where = f"{rid} quote {q['contains']!r}"
            if not match:
                errors.append(f"{where}: not found (gold speaker {q['speaker']!r})")
                continue
            x = match[0]
            if q["speaker"]:
                speaker_ok = norm(q["speaker"]) in (norm(x.get("person")), norm(x.get("speaker")))
            else:
                speaker_ok = not x.get("person") and not x.get("speaker")
            actor_ok = (x.get("actor") or "") == q["actor"]
            direct_ok = x.get("direct") == q["direct"]
            for tally in (qu, t):
                tally.add("found")
                tally.add("speaker", speaker_ok)
                tally.add("actor", actor_ok)
                tally.add("direct", direct_ok)
            if not (speaker_ok and actor_ok and direct_ok):
                errors.append(f"{where}: gold {q['speaker'] or '(none)'!r} {q['actor'] or '-'} "
                              f"{'direct' if q['direct'] else 'reported'}; got person {x.get('person', '')!r} "
                              f"speaker {x.get('speaker', '')!r} {x.get('actor') or '-'} "
                              f"{'direct' if x.get('direct') else 'reported'}")
        qu.n["predicted"] += len(pquotes)

    def event_block(t: Tally) -> dict:
        return {"gold": t.n["gold"], "found": t.n["found"], "found_nearby": t.n["nearby"],
                "coverage": t.ratio("found", "gold"),
                "date_acc_found": t.ratio("date", "found"), "date_acc_all": t.ratio("date", "gold"),
                "precision_acc_found": t.ratio("precision", "found"),
                "date_and_precision_acc_all": t.ratio("both", "gold")}

    def quote_block(t: Tally) -> dict:
        return {"gold": t.n["gold"], "found": t.n["found"], "coverage": t.ratio("found", "gold"),
                "speaker_acc_found": t.ratio("speaker", "found"), "speaker_acc_all": t.ratio("speaker", "gold"),
                "actor_acc_found": t.ratio("actor", "found"), "actor_acc_all": t.ratio("actor", "gold"),
                "direct_acc_found": t.ratio("direct", "found")}

    return {
        "articles": len(gold),
        "articles_coded": sum(1 for g in gold if str(g["id"]) in pred),
        "dateline": {"gold": dl.n["gold"], "found": dl.n["found"], "place_acc": dl.ratio("place", "gold"),
                     "date_acc": dl.ratio("date", "gold"), "agency_acc": dl.ratio("agency", "gold"),
                     "spurious": dl.n["spurious"],
                     "no_gold_dateline": sum(1 for g in gold if not g.get("dateline"))},
        "events": event_block(ev) | {"by_precision": {k: event_block(by_precision[k])
                                                      for k in PRECISIONS if by_precision[k].n["gold"]}},
        "quotes": quote_block(qu) | {"predicted": qu.n["predicted"],
                                     "by_kind": {k: quote_block(by_kind[k])
                                                 for k in ("direct", "reported", "unattributed")
                                                 if by_kind[k].n["gold"]}},
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, help="print the first N mismatches (to stderr)")
    ap.add_argument("--check", action="store_true", help="validate the gold file and exit")
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL (default: %(default)s)")
    ap.add_argument("--pred", type=Path, help="score this prediction JSONL instead of coding the gold texts")
    args = ap.parse_args()
    gold = load_gold(args.gold)
    if args.check:
        problems = check(gold)
        for p in problems:
            print(p)
        print(json.dumps({"articles": len(gold), "events": sum(len(r.get("events", [])) for r in gold),
                          "quotes": sum(len(r.get("quotes", [])) for r in gold),
                          "story_date_given": sum(1 for r in gold if r.get("date")),
                          "gold_datelines": sum(1 for r in gold if r.get("dateline")),
                          "problems": len(problems)}))
        sys.exit(1 if problems else 0)
    seconds = None
    if args.pred:
        pred_path = args.pred
    else:
        pred_path, seconds = code_gold(gold, "article-reading")
    pred = {str(d.get("id")): d for d in load_gold(pred_path)}
    errors: list[str] = []
    result = score(gold, pred, errors)
    print(json.dumps(result, indent=1))
    if seconds is not None:
        print(f"coded {len(gold)} articles in {seconds:.1f} s -> {pred_path}")
    if args.errors:
        for line in errors[:args.errors]:
            print(line, file=sys.stderr)
        if len(errors) > args.errors:
            print(f"... {len(errors) - args.errors} more", file=sys.stderr)


if __name__ == "__main__":
    main()

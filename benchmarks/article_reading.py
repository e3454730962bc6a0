"""Score whole-article reading (events, dates, quotes, datelines) on the self-authored article gold set.

    .venv/bin/python benchmarks/article_reading.py [--part dev|test|all] [--errors N] [--check]
                                                   [--gold PATH] [--pred PATH]

The set has two parts (benchmarks/data/README.md describes both, FROZEN.md the rule for the second):

  dev   articles-gold.jsonl (art-*) and articles-dev.jsonl (dev-*): used during development,
        for error analysis;
  test  articles-test.jsonl (test-*): written before any tuning and frozen. It is only ever
        scored, never studied: --errors prints nothing for it, and no test text is printed.

A missing file is skipped with a note. Each part is coded once with eventwire's `code_articles`
(the record's "date", when given, is the story date; otherwise the dateline supplies it) and
scored on its own:

  event_scores  article-level events with the definitions of the shared reference scorer
                ../shared/benchmarks/score.py (its `keys` and `prf`): per article the gold and the
                predicted (source, target, code) sets are compared, then counted over the part.
                root+dyad (source country, target country, CAMEO root) is the headline number;
                exact compares the codes as strings. Gold and predicted event counts beside them.
  dateline      place / date / agency accuracy over articles whose gold has a dateline, and how
                many articles with no gold dateline got one anyway ("spurious");
  event_dates   for each gold event, the predicted events in the same sentence whose trigger text
                equals the gold trigger (case-insensitive): coverage (found / gold), date accuracy
                over found and over all gold, precision ("day", "week", "month", "year", "story")
                accuracy;
  quotes        for each gold quote, the predicted quote whose text contains the gold "contains"
                string (or whose span covers its offset): coverage, speaker accuracy ("person" or
                "speaker" equals the gold speaker, case-insensitive; an unattributed gold quote
                needs both empty), actor accuracy and direct/reported accuracy.

--check validates the gold files instead (no coding): event fields (actor codes well formed,
codes in the bundled CAMEO codebook, triggers once in their sentence, dates ISO and agreeing with
their precision and weekday), quotes found exactly once, counts per article. --pred scores an
existing prediction file (CodedArticle.to_dict() lines, any part's ids) instead of coding. The
JSON summary goes to stdout; --errors N prints the first N mismatches of the dev part to stderr.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

from _common import REPO, code_gold, load_gold, shared

DATA = REPO / "benchmarks" / "data"
PARTS = {"dev": (DATA / "articles-gold.jsonl", DATA / "articles-dev.jsonl"),
         "test": (DATA / "articles-test.jsonl",)}
TEST_FILE = PARTS["test"][0]
CAMEO = REPO / "src" / "eventwire" / "ontology" / "data" / "cameo.jsonl"
ACTOR_DATA = REPO / "src" / "eventwire" / "actors" / "data"
PRECISIONS = ("day", "week", "month", "year", "story")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EVENTS_PER_ARTICLE = (0, 25)  # a long wire story can report many acts
QUOTES_PER_ARTICLE = (0, 8)
SENTENCES_PER_ARTICLE = (3, 8)
EVENT_FIELDS = ("sentence", "trigger", "source", "target", "code", "date", "precision", "date_text")
# IGO and NGO actors are Phoenix codes: the prefix and groups of three letters (IGOUNO, IGOWSTNAT, NGOHRI).
GROUP_ACTOR = re.compile(r"(IGO|NGO)(?:[A-Z]{3}){0,3}")

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


@lru_cache(maxsize=1)
def _codebook() -> frozenset[str]:
    """Every CAMEO code of the bundled codebook, read from the data file (no eventwire import)."""
    return frozenset(r["code"] for r in load_gold(CAMEO))


@lru_cache(maxsize=1)
def _countries_and_roles() -> tuple[frozenset[str], frozenset[str]]:
    countries = frozenset(r["code"] for r in load_gold(ACTOR_DATA / "countries.jsonl"))
    roles = frozenset(r["code"] for r in load_gold(ACTOR_DATA / "sectors.jsonl"))
    return countries, roles


def actor_well_formed(code: str) -> bool:
    """ISO3 plus at most one role (RUSMIL), an IGO/NGO code (IGOUNO, NGOHRI), or a bare role
    (GOV), which the conventions allow when the article names no country."""
    countries, roles = _countries_and_roles()
    if GROUP_ACTOR.fullmatch(code):
        return True
    if len(code) == 3:
        return code in countries or code in roles
    return len(code) == 6 and code[:3] in countries and code[3:] in roles


def check(records: list[dict], show_text: bool = True) -> list[str]:
    """Problems in the gold records (an empty list when they are consistent). With show_text False
    (the frozen test part) no sentence or quotation is printed, only ids, positions and codes."""
    problems = []
    seen = set()
    for r in records:
        rid = r.get("id", "?")

        def bad(msg, rid=rid):
            problems.append(f"{rid}: {msg}")

        def show(s, n):  # a piece of the article text, or only its position
            return repr(s) if show_text else f"#{n}"

        if rid in seen:
            bad("duplicate id")
        seen.add(rid)
        story = _check_dates_and_dateline(r, bad)
        sents = split_sentences(r.get("text", ""), body_start(r))
        lo, hi = SENTENCES_PER_ARTICLE
        if not lo <= len(sents) <= hi:
            bad(f"{len(sents)} sentences (want {lo}-{hi})")
        _check_events(r.get("events", []), sents, story, bad, show)
        _check_quotes(r, bad, show)
    return problems


def _check_dates_and_dateline(r: dict, bad) -> date | None:
    """The story date (from "date", else the dateline), reporting what is wrong with either."""
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
    return story


def _check_events(events: list[dict], sents: list[tuple[int, str]], story, bad, show) -> None:
    lo, hi = EVENTS_PER_ARTICLE
    if not lo <= len(events) <= hi:
        bad(f"{len(events)} events (want {lo}-{hi})")
    seen = set()
    for i, e in enumerate(events, 1):
        n, trig = e.get("sentence", 0), e.get("trigger", "")
        where = f"event {i} {trig!r}"
        missing = [f for f in EVENT_FIELDS if f not in e]
        if missing:
            bad(f"{where}: missing {', '.join(missing)}")
        if not {"source", "target", "code"} & set(missing):
            _check_event_codes(e, where, bad)
        tup = (n, trig.casefold(), e.get("source"), e.get("target"), e.get("code"))
        if tup in seen:
            bad(f"{where}: listed twice ({e.get('source')} {e.get('target')} {e.get('code')})")
        seen.add(tup)
        if not 1 <= n <= len(sents):
            bad(f"{where}: sentence {n} out of range 1..{len(sents)}")
            continue
        count = word_count(trig, sents[n - 1][1])
        if count != 1:
            bad(f"{where} occurs {count} times in sentence {n}: {show(sents[n - 1][1], n)}")
        _check_event_date(e, where, story, sents[:n], bad)


def _check_event_codes(e: dict, where: str, bad) -> None:
    src, tgt, code = e.get("source"), e.get("target"), e.get("code")
    if not isinstance(src, str) or not actor_well_formed(src):
        bad(f"{where}: source {src!r} is not an actor code (ISO3 + at most one role, IGO/NGO code)")
    if not isinstance(tgt, str) or (tgt and not actor_well_formed(tgt)):
        bad(f"{where}: target {tgt!r} is not an actor code or \"\"")
    if code not in _codebook():
        bad(f"{where}: code {code!r} is not in the CAMEO codebook ({CAMEO.name})")
    elif code == "010":
        bad(f"{where}: a bare statement (010) is not coded")


def _check_event_date(e: dict, where: str, story, sents: list[tuple[int, str]], bad) -> None:
    """Date, precision and date_text; sents runs up to the event's own sentence, because a sentence
    with no time expression inherits the nearest preceding one."""
    prec = e.get("precision")
    if prec not in PRECISIONS:
        bad(f"{where}: precision {prec!r}")
    try:
        d = date.fromisoformat(e.get("date") or "")
    except ValueError:
        bad(f"{where}: date {e.get('date')!r} is not ISO")
        return
    dt = e.get("date_text", "")
    if prec == "story" and (dt or d != story):
        bad(f"{where}: precision story needs the story date and no date_text")
    if prec != "story" and dt and not any(word_count(dt, s) for _, s in sents):
        bad(f"{where}: date_text {dt!r} not in sentence {len(sents)} or before it")
    if prec == "week" and d.weekday() != 0:
        bad(f"{where}: week precision must give a Monday, got {d}")
    if prec == "month" and d.day != 1:
        bad(f"{where}: month precision must give the 1st, got {d}")
    if prec == "year" and (d.month, d.day) != (1, 1):
        bad(f"{where}: year precision must give 1 January, got {d}")
    named = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", dt, re.IGNORECASE)]
    if named and WEEKDAYS[d.weekday()] != named[0]:
        bad(f"{where}: {dt!r} but {d} is a {WEEKDAYS[d.weekday()]}")
    if story and d > story:
        bad(f"{where}: date {d} after the story date {story}")


def _check_quotes(r: dict, bad, show) -> None:
    text, quotes = r.get("text", ""), r.get("quotes", [])
    lo, hi = QUOTES_PER_ARTICLE
    if not lo <= len(quotes) <= hi:
        bad(f"{len(quotes)} quotes (want {lo}-{hi})")
    for i, q in enumerate(quotes, 1):
        c = q.get("contains", "")
        where = f"quote {show(c, i)}"
        if not c or text.count(c) != 1:
            bad(f"{where} occurs {text.count(c) if c else 0} times (want exactly once)")
        if bool(q.get("speaker")) != bool(q.get("actor")):
            bad(f"{where}: speaker and actor must both be given or both be empty")
        if q.get("actor") and not actor_well_formed(q["actor"]):
            bad(f"{where}: actor {q['actor']!r} is not an actor code")
        if not isinstance(q.get("direct"), bool):
            bad(f"{where}: direct must be true or false")
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
        "event_dates": event_block(ev) | {"by_precision": {k: event_block(by_precision[k])
                                                      for k in PRECISIONS if by_precision[k].n["gold"]}},
        "quotes": quote_block(qu) | {"predicted": qu.n["predicted"],
                                     "by_kind": {k: quote_block(by_kind[k])
                                                 for k in ("direct", "reported", "unattributed")
                                                 if by_kind[k].n["gold"]}},
    }


@lru_cache(maxsize=1)
def reference():
    """The shared reference scorer as a module, for its `keys` and `prf` (used, never copied)."""
    spec = importlib.util.spec_from_file_location("reference_score", shared("benchmarks/score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def event_scores(gold: list[dict], pred: dict[str, dict], errors: list[str]) -> dict:
    """Article-level event P/R/F1 at the reference scorer's root+dyad and exact levels: per article
    the gold and predicted event sets (duplicates collapse), counted over all articles."""
    ref = reference()
    out = {}
    for level in ("root+dyad", "exact"):
        tp = npred = ngold = right = 0
        for g in gold:
            pevents = (pred.get(str(g["id"])) or {}).get("events") or []
            gk, pk = ref.keys(g.get("events", []), level), ref.keys(pevents, level)
            tp, npred, ngold, right = tp + len(gk & pk), npred + len(pk), ngold + len(gk), right + (gk == pk)
            if level == "root+dyad":
                errors += _event_errors(g, pevents, gk, pk, ref)
        out[level] = ref.prf(tp, npred, ngold) | {"articles_right": right}
    out["gold_events"] = sum(len(g.get("events", [])) for g in gold)
    out["predicted_events"] = sum(len((pred.get(str(g["id"])) or {}).get("events") or []) for g in gold)
    return out


def _event_errors(g: dict, pevents: list[dict], gk: set, pk: set, ref) -> list[str]:
    """One line per root+dyad key missed or spurious, naming the events behind it."""
    def show(e, trig):
        return f"s{e.get('sentence')} {trig!r} {e.get('source') or '-'}>{e.get('target') or '-'} {e.get('code')}"

    out = []
    for key in sorted(gk - pk):
        ev = [show(e, e.get("trigger")) for e in g["events"] if ref.keys([e], "root+dyad") == {key}]
        out.append(f"{g['id']} missed {'>'.join(k or '-' for k in key)}: gold {'; '.join(ev)}")
    for key in sorted(pk - gk):
        ev = [show(e, trigger_text(e)) for e in pevents if ref.keys([e], "root+dyad") == {key}]
        out.append(f"{g['id']} spurious {'>'.join(k or '-' for k in key)}: predicted {'; '.join(ev)}")
    return out


def part_gold(files: tuple[Path, ...]) -> tuple[list[dict], list[Path]]:
    """The records of the files that exist; a missing file is skipped with a note."""
    records, present = [], []
    for path in files:
        if path.exists():
            records += load_gold(path)
            present.append(path)
        else:
            print(f"note: {_rel(path)} not found, skipped", file=sys.stderr)
    return records, present


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def run_check(parts: dict[str, tuple[Path, ...]]) -> int:
    """Validate every present gold file of the parts; return the number of problems."""
    total, ids = 0, Counter()
    for name, files in parts.items():
        for path in files:
            if not path.exists():
                print(f"note: {_rel(path)} not found, skipped", file=sys.stderr)
                continue
            gold = load_gold(path)
            ids.update(str(r.get("id")) for r in gold)
            problems = check(gold, show_text=path.resolve() != TEST_FILE.resolve())
            for p in problems:
                print(f"{path.name}: {p}")
            total += len(problems)
            print(json.dumps({"file": _rel(path), "part": name, "articles": len(gold),
                              "events": sum(len(r.get("events", [])) for r in gold),
                              "quotes": sum(len(r.get("quotes", [])) for r in gold),
                              "story_date_given": sum(1 for r in gold if r.get("date")),
                              "gold_datelines": sum(1 for r in gold if r.get("dateline")),
                              "problems": len(problems)}))
    for rid in sorted(i for i, n in ids.items() if n > 1):
        print(f"id {rid} appears in more than one record across the files")
        total += 1
    return total


def score_part(name: str, files: tuple[Path, ...], pred_path: Path | None, errors: list[str] | None) -> dict:
    """Code (or read the predictions of) one part and score it; mismatches go to `errors` when given."""
    gold, present = part_gold(files)
    if not gold:
        return {"files": [], "articles": 0, "note": "no gold file present"}
    seconds = None
    if pred_path is None:
        pred_path, seconds = code_gold(gold, f"article-reading-{name}")
    pred = {str(d.get("id")): d for d in load_gold(pred_path)}
    event_errors: list[str] = []
    other_errors: list[str] = []
    result = {"files": [_rel(p) for p in present]}
    result |= {"event_scores": event_scores(gold, pred, event_errors)}
    result |= score(gold, pred, other_errors)
    result["predictions"] = _rel(pred_path)
    if seconds is not None:
        result["coding_seconds"] = round(seconds, 1)
    if errors is not None:
        errors += event_errors + other_errors
    return result


def headline(name: str, r: dict) -> str:
    if not r.get("articles"):
        return f"{name}: no articles"
    rd, ex = r["event_scores"]["root+dyad"], r["event_scores"]["exact"]
    return (f"{name}: {r['articles']} articles, {r['event_scores']['gold_events']} gold / "
            f"{r['event_scores']['predicted_events']} predicted events; root+dyad P {rd['precision']:.3f} "
            f"R {rd['recall']:.3f} F1 {rd['f1']:.3f}; exact F1 {ex['f1']:.3f}"
            + (f"; coded in {r['coding_seconds']} s" if "coding_seconds" in r else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["dev", "test", "all"], default="all",
                    help="which part of the article set to check or score (default: %(default)s)")
    ap.add_argument("--errors", type=int, default=0,
                    help="print the first N mismatches of the DEV part (to stderr); the test part is "
                         "scored, never studied, so its mismatches and texts are never printed")
    ap.add_argument("--check", action="store_true", help="validate the gold files and exit")
    ap.add_argument("--gold", type=Path, help="score or check this one gold JSONL instead of the parts")
    ap.add_argument("--pred", type=Path, help="score this prediction JSONL instead of coding the gold texts")
    args = ap.parse_args()
    if args.gold:
        parts = {"test" if args.gold.resolve() == TEST_FILE.resolve() else "custom": (args.gold,)}
    else:
        parts = {k: v for k, v in PARTS.items() if args.part in (k, "all")}
    if args.check:
        sys.exit(1 if run_check(parts) else 0)
    errors: list[str] = []
    results = {name: score_part(name, files, args.pred, errors if name != "test" else None)
               for name, files in parts.items()}
    print(json.dumps(results, indent=1))
    for name, r in results.items():
        print(headline(name, r))
    if args.errors:
        for line in errors[:args.errors]:
            print(line, file=sys.stderr)
        if len(errors) > args.errors:
            print(f"... {len(errors) - args.errors} more", file=sys.stderr)
        if results.get("test", {}).get("articles"):
            print("(test part: scored only; its mismatches are never printed)", file=sys.stderr)


if __name__ == "__main__":
    main()

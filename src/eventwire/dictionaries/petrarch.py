"""Read TABARI/PETRARCH verb, actor, agent, discard and issue dictionaries into eventwire's data."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from eventwire.types import CoderSettings

# A pattern word: letters, digits and the punctuation TABARI dictionaries use inside words
# ("N'T", "U.S.", "AL-QAEDA"). `$` source, `+` target, `%` compound actor, `^` skip a phrase.
WORD_RE = re.compile(r"^[A-Z0-9][A-Z0-9'.\-/]*$|^'[A-Z]+$")
SLOTS = {"$", "+", "%", "^"}
CODE_RE = re.compile(r"^(---|[0-9A-Z]+)?(:(---|[0-9A-Z]*))?$")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """A line the importer did not understand: reported, skipped, never silently dropped."""

    path: str
    line: int
    construct: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}: {self.construct!r}"


@dataclass
class ImportReport:
    """What an import read, wrote and could not understand."""

    counts: dict[str, int] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


# ---------------------------------------------------------------------------------------------
# Lines


def _lines(path: Path, hash_comments: bool = True, semicolon_comments: bool = True) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line with its comments removed. HTML-style comments may
    span lines (`<!-- ... -->`, also the sloppy `<! -- ... -->`); `#` and the legacy KEDS `;`
    start a comment running to the end of the line."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:  # old dictionaries are Latin-1; every byte decodes there
        text = raw.decode("latin-1")
    in_comment = False
    for n, line in enumerate(text.splitlines(), 1):
        out = ""
        rest = line
        while rest:
            if in_comment:
                end = rest.find("-->")
                if end < 0:
                    rest = ""
                else:
                    rest, in_comment = rest[end + 3:], False
            else:
                m = re.search(r"<!\s*--", rest)
                if not m:
                    out, rest = out + rest, ""
                else:
                    out, rest, in_comment = out + rest[:m.start()], rest[m.end():], True
        if hash_comments and "#" in out:
            out = out[:out.index("#")]
        if semicolon_comments and ";" in out:
            out = out[:out.index(";")]
        if out.strip():
            yield n, out.rstrip()


def _plurals(word: str) -> list[str]:
    """TABARI's regular plural of a phrase's last word: +S, Y -> IES, SS -> SSES."""
    if word.endswith("SS"):
        return [word + "ES"]
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return [word[:-1] + "IES"]
    return [word + "S"]


def _phrase_words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w]


# ---------------------------------------------------------------------------------------------
# Verbs


@dataclass
class _VerbBlock:
    line: int
    code: str
    reverse: str = ""
    verbs: list[tuple[str, str]] = field(default_factory=list)  # (trigger form, verb pattern)
    own_codes: list[tuple[list[tuple[str, str]], tuple[str, str], int]] = field(default_factory=list)
    patterns: list[dict] = field(default_factory=list)


def _code(text: str) -> tuple[str, str] | None:
    """'064' -> ('064', ''); '013:012' -> ('013', '012'); ':173' -> ('', '173'); '---' -> ('---', '')."""
    text = text.strip().upper()
    if not CODE_RE.match(text):
        return None
    primary, _, reverse = text.partition(":")
    return primary, "" if reverse == "---" else reverse


def _verb_forms(spec: str) -> tuple[list[tuple[str, str]], str | None]:
    """A verb line's forms as (trigger form, pattern): 'GIVE {GAVE GIVEN }' gives ('give', '*'),
    ('gave', '*'), ('given', '*'). In a phrasal verb '+' marks the verb word: '+ASK_FOR
    {+ASKED_FOR}' gives ('ask', '* for'), ('asked', '* for'); 'WIRE_+TAP' gives ('tap',
    'wire_*'). The second value names what was not understood."""
    irregular: list[str] = []
    m = re.search(r"\{([^}]*)\}", spec)
    if m:
        irregular = m.group(1).split()
        spec = spec[:m.start()] + spec[m.end():]
    out: list[tuple[str, str]] = []
    for phrase in [spec.strip().lstrip("+") if spec.count("+") == 1 and spec.strip().startswith("+") else spec,
                   *irregular]:
        words = _phrase_words(phrase)
        marked = [i for i, w in enumerate(words) if w.startswith("+")]
        words = [w.lstrip("+") for w in words]
        if not words or len(marked) > 1 or not all(WORD_RE.match(w) for w in words):
            return [], phrase.strip()
        k = marked[0] if marked else 0
        pre = "_".join(w.lower() for w in words[:k])
        post = " ".join(w.lower() for w in words[k + 1:])
        pattern = (pre + "_*" if pre else "*") + (" " + post if post else "")
        out.append((words[k].lower(), pattern))
    return out, None


def _pattern_tokens(body: str, synsets: dict[str, list[str]]) -> tuple[str | None, str]:
    """A TABARI/PETRARCH pattern body ('SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS') in
    eventwire's pattern syntax: lower-case words, `_` between words that must be adjacent,
    `*` for the verb, `$ + % ^` slots and `&SYNSET`s. PETRARCH-2's `{noun phrase}` and
    `(prepositional phrase)` groups become their words in order (our matcher follows the
    dependency clause, which holds those phrases). Returns (pattern, '') or (None, reason)."""
    body = body.replace("**", "*")
    body = re.sub(r"[{}()]", " ", body)
    out: list[str] = []
    for chunk in body.split():
        parts = [p for p in chunk.split("_") if p]
        if not parts:
            continue
        conv = []
        for p in parts:
            if p in SLOTS or p == "*":
                conv.append(p)
            elif p.startswith("&"):
                name = p.rstrip("_")
                if name not in synsets:
                    return None, f"synset {name} is not defined before use"
                conv.append(name)
            elif WORD_RE.match(p):  # "TO/FOR": either word, eventwire's "to|for"
                alternatives = [a for a in p.lower().split("/") if a]
                if not alternatives:
                    return None, f"pattern word {p!r} is not a word"
                conv.append("|".join(alternatives))
            else:
                return None, f"pattern word {p!r} is not a word, slot or synset"
        out.append("_".join(conv))
    if sum(tok.split("_").count("*") for tok in out) != 1:
        return None, "a pattern needs exactly one * for the verb"
    return " ".join(out), ""


def read_verbs(path: Path, report: ImportReport) -> tuple[dict[str, list[str]], list[_VerbBlock]]:
    """Synsets and verb blocks of a PETRARCH-1/TABARI or CAMEO 2.0 verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[_VerbBlock] = []
    current_synset: str | None = None
    block: _VerbBlock | None = None
    no_plural_set = False

    def problem(n: int, construct: str, message: str) -> None:
        report.problems.append(ImportProblem(str(path), n, construct.strip(), message))

    for n, line in _lines(path):
        s = line.strip()
        if s.startswith("---"):  # '--- DESCRIPTION [CODE] ---' opens a verb block
            m = re.search(r"\[([^\]]*)\]", s)
            parsed = _code(m.group(1)) if m else ("---", "")
            if parsed is None:
                problem(n, s, "block code not understood; block read with the null code")
                parsed = ("---", "")
            block = _VerbBlock(n, parsed[0], parsed[1])
            blocks.append(block)
            current_synset = None
            continue
        if s.startswith("&"):
            name = s.split()[0]
            no_plural_set = name.endswith("_")
            current_synset = name.rstrip("_")
            synsets.setdefault(current_synset, [])
            report.add("synsets")
            continue
        if s.startswith("+") and current_synset is not None:
            phrase = s[1:].strip()
            if phrase.rstrip("_") in synsets:  # a set inside a set: TABARI files do it
                synsets[current_synset].extend(synsets[phrase.rstrip("_")])
                continue
            words = _phrase_words(phrase)
            if not words or not all(WORD_RE.match(w) for w in words):
                problem(n, s, f"synset {current_synset} member not understood")
                continue
            forms = [" ".join(words).lower()]
            if not no_plural_set and not phrase.endswith("_"):
                forms += [" ".join(words[:-1] + [pl]).lower() for pl in _plurals(words[-1])]
            synsets[current_synset].extend(forms)
            continue
        if s.startswith("-"):
            if block is None:
                problem(n, s, "pattern outside a verb block")
                continue
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(.*)$", s)
            if not m:
                problem(n, s, "pattern has no [code]")
                continue
            code = _code(m.group(2))
            if code is None:
                problem(n, s, f"code [{m.group(2)}] not understood")
                continue
            pattern, why = _pattern_tokens(m.group(1), synsets)
            if pattern is None:
                problem(n, s, why)
                continue
            block.patterns.append({"pattern": pattern, "code": code[0], "reverse": code[1], "line": n})
            report.add("patterns")
            continue
        if s.startswith("~"):
            problem(n, s, "PETRARCH-2 verb transformation not supported (eventwire's frames do this job)")
            continue
        # a verb (or a '+'-marked multi-word synonym) of the current block, maybe with its code
        current_synset = None
        if block is None:  # TABARI files may start verbs without a '---' header
            block = _VerbBlock(n, "---")
            blocks.append(block)
        spec = s.lstrip("+")
        m = re.search(r"\[([^\]]*)\]", spec)
        own = None
        if m:
            own = _code(m.group(1))
            if own is None:
                problem(n, s, f"verb code [{m.group(1)}] not understood; the block's code is used")
            spec = spec[:m.start()] + spec[m.end():]
        forms, bad = _verb_forms(spec)
        if bad is not None:
            problem(n, s, "verb not understood")
            continue
        block.verbs.extend(forms)
        if own is not None:
            block.own_codes.append((forms, own, n))
        report.add("verbs")
    return synsets, blocks


def _with_verb(pattern: str, verb: str) -> str:
    """A block pattern for one verb shape: '* TIES' with the phrasal verb '* off' -> '* off ties'."""
    if verb == "*":
        return pattern
    return " ".join(verb if tok == "*" else tok.replace("*", verb.replace(" ", "_")) for tok in pattern.split())


def verb_records(synsets: dict[str, list[str]], blocks: list[_VerbBlock]) -> tuple[list[dict], list[dict]]:
    """eventwire records: synsets.jsonl lines and verbs.jsonl lines. Every pattern of a block
    applies to each of its verbs; verbs of one shape (plain, or the same phrasal particles)
    share a record."""
    syn_recs = [{"name": k, "words": sorted(set(v))} for k, v in synsets.items()]
    out: list[dict] = []

    def emit(code: tuple[str, str], pattern: str, forms: list[tuple[str, str]], line: int) -> None:
        shapes: dict[str, set[str]] = {}
        for form, shape in forms:
            shapes.setdefault(shape, set()).add(form)
        for shape, triggers in shapes.items():
            out.append({"code": code[0], **({"reverse": code[1]} if code[1] else {}),
                        "pattern": _with_verb(pattern, shape), "verbs": sorted(triggers), "source_line": line})

    for b in blocks:
        if not b.verbs:
            continue
        for p in b.patterns:
            emit((p["code"], p["reverse"]), p["pattern"], b.verbs, p["line"])
        # the isolated verb: its own code, else the block's primary code
        with_own: set[tuple[str, str]] = set()
        for forms, code, n in b.own_codes:
            with_own.update(forms)
            emit(code, "*", forms, n)
        rest = [f for f in b.verbs if f not in with_own]
        if rest:
            emit((b.code, b.reverse), "*", rest, b.line)
    return syn_recs, out


# ---------------------------------------------------------------------------------------------
# Actors


def _tabari_date(text: str) -> date | None:
    """YYYYMMDD or YYMMDD (two-digit years: 00-29 -> 20xx, else 19xx, TABARI's window)."""
    if re.fullmatch(r"\d{8}", text):
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):
        y, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y += 2000 if y < 30 else 1900
    else:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _restriction(inner: str) -> dict | None:
    """'AFGGOV 331108-730717' -> {'code', 'start', 'end'}; '<date' before, '>date' after."""
    parts = inner.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Za-z0-9\-]+", parts[0]):
        return None
    rec = {"code": parts[0].upper()}
    if len(parts) == 1:
        return rec
    r = re.sub(r"\s+", "", parts[1])  # '< 950601', '19950601 - 19990815'

    if r.startswith("<"):
        d = _tabari_date(r[1:])
        return {**rec, "end": d.isoformat()} if d else None
    if r.startswith(">"):
        d = _tabari_date(r[1:])
        return {**rec, "start": d.isoformat()} if d else None
    if "-" in r:
        a, b = r.split("-", 1)
        da, db = _tabari_date(a), _tabari_date(b)
        return {**rec, "start": da.isoformat(), "end": db.isoformat()} if da and db else None
    return None


def read_actors(path: Path, report: ImportReport) -> list[dict]:
    """Actor records {names, code, roles}: a primary phrase, '+' synonyms and tab-indented
    date restrictions. The code on the primary line is the default when no restriction holds."""
    records: list[dict] = []
    current: dict | None = None

    def problem(n: int, construct: str, message: str) -> None:
        report.problems.append(ImportProblem(str(path), n, construct.strip(), message))

    def apply(n: int, s: str, inner: str, failure: str) -> None:
        """A [CODE] or [CODE restriction] of the current actor: a dated role or its default."""
        r = _restriction(inner)
        if r is None:
            problem(n, s, failure)
        elif "start" in r or "end" in r:
            current["roles"].append(r)
        else:
            current["code"] = r["code"]

    for n, line in _lines(path, semicolon_comments=True):
        s = line.strip()
        if line[:1] in ("\t", " ") and s.startswith("[") and current is not None:
            for inner in re.findall(r"\[([^\]]*)\]", s):
                apply(n, s, inner, "date restriction not understood")
            continue
        synonym = s.startswith("+")
        body = s[1:] if synonym else s
        codes = re.findall(r"\[([^\]]*)\]", body)
        phrase = re.sub(r"\[[^\]]*\]", " ", body).strip()
        words = _phrase_words(phrase)
        if not words or not all(re.fullmatch(r"[^\s\[\]{}]+", w) for w in words):
            problem(n, s, "actor phrase not understood")
            continue
        name = " ".join(words)
        if synonym:
            if current is None:
                problem(n, s, "synonym before any actor")
                continue
            current["names"].append(name)
        else:
            current = {"names": [name], "code": "", "roles": [], "source_line": n}
            records.append(current)
        for inner in codes:
            apply(n, s, inner, "actor code not understood")
    kept = []
    for rec in records:
        if not rec["code"] and not rec["roles"]:
            report.problems.append(ImportProblem(str(path), rec["source_line"], rec["names"][0],
                                                 "actor has no code and no dated codes; skipped"))
            continue
        if rec["code"] == "---":  # PETRARCH's null code: a known name that is not an actor
            rec["code"] = ""
        kept.append(rec)
    report.add("actors", len(kept))
    return kept


# ---------------------------------------------------------------------------------------------
# Agents


def read_agents(path: Path, report: ImportReport) -> list[dict]:
    """Agent records {words, code, prefix}: '~GOV' adds GOV after the actor's code, 'NGO~'
    before it. Regular plurals are generated; '{X}' gives an irregular plural and '{}' none;
    '!SET!' markers expand to every member of the substitution set."""
    subs: dict[str, list[str]] = {}
    records: list[dict] = []
    for n, line in _lines(path, semicolon_comments=False):
        s = line.strip()
        m = re.fullmatch(r"(![A-Z0-9_]+!)\s*=\s*(.+)", s)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"(.+?)\s*(\{[^}]*\})?\s*\[([^\]]*)[\]}]", s)
        if not m:
            report.problems.append(ImportProblem(str(path), n, s, "agent line not understood"))
            continue
        phrase, plural, code = m.group(1), m.group(2), m.group(3).strip()
        cm = re.fullmatch(r"~([A-Z0-9]+)|([A-Z0-9]+)~", code)
        if not cm:
            report.problems.append(ImportProblem(str(path), n, s, f"agent code [{code}] has no ~"))
            continue
        markers = re.findall(r"![A-Z0-9_]+!", phrase)
        unknown = [x for x in markers if x not in subs]
        if unknown:
            report.problems.append(ImportProblem(str(path), n, s, f"substitution set {unknown[0]} not defined"))
            continue
        phrases = [phrase]
        for marker in markers:
            phrases = [p.replace(marker, w) for p in phrases for w in subs[marker]]
        forms: list[str] = []
        for p in phrases:
            words = _phrase_words(p)
            if not words:
                continue
            forms.append(" ".join(words).lower())
            if markers:
                continue  # substituted forms carry their own number
            if plural is None:
                forms.extend(" ".join(words[:-1] + [pl]).lower() for pl in _plurals(words[-1]))
            elif plural.strip("{} "):
                forms.extend(" ".join(_phrase_words(x)).lower() for x in plural.strip("{}").split(","))
        records.append({"words": sorted(set(forms)), "code": cm.group(1) or cm.group(2),
                        "prefix": bool(cm.group(2)), "source_line": n})
    report.add("agents", len(records))
    return records


# ---------------------------------------------------------------------------------------------
# Discards and issues


def read_discards(path: Path, report: ImportReport) -> list[dict]:
    """Discard phrases: '+PHRASE' discards the whole story, a bare one the sentence; a phrase
    ending in '_' must end at a word boundary, otherwise it is a stem."""
    records = []
    for n, line in _lines(path, semicolon_comments=True):
        s = line.strip()
        story = s.startswith("+")
        phrase = s[1:].strip() if story else s
        whole = phrase.endswith("_")
        words = _phrase_words(phrase)
        if not words:
            report.problems.append(ImportProblem(str(path), n, s, "discard phrase not understood"))
            continue
        records.append({"phrase": " ".join(words).lower(), "scope": "story" if story else "sentence",
                        "whole_word": whole, "source_line": n})
    report.add("discards", len(records))
    return records


def _issue_forms(text: str) -> list[str]:
    """Expand 'n:' (singular+plural), 'v:' (S, ED, ING) and '+' (space or hyphen)."""
    def forms(part: str) -> list[str]:
        if part.startswith("n:"):
            return [part[2:]] + [p.lower() for p in _plurals(part[2:].upper())]
        if part.startswith("v:"):
            w = part[2:]
            stem = w[:-1] if w.endswith("e") else w
            return [w, w + "s", stem + "ed", stem + "ing"]
        return [part]

    variants = [""]
    for tok in text.split():
        # "pre+n:school": each '+'-joined part expands, then joins with a space or a hyphen
        expanded = [""]
        for k, part in enumerate(tok.split("+")):
            seps = [""] if k == 0 else [" ", "-"]
            expanded = [e + sep + f for e in expanded for sep in seps for f in forms(part)]
        variants = [f"{v} {o}".strip() for v in variants for o in dict.fromkeys(expanded)]
    return [v.lower() for v in variants]


def read_issues(path: Path, report: ImportReport) -> list[dict]:
    """Issue records {code, phrases, ignore}: '~phrase' ignores the sentence's issues."""
    by_code: dict[str, dict] = {}
    ignore: list[str] = []
    category = ""
    for n, line in _lines(path, semicolon_comments=False):
        s = line.strip()
        m = re.fullmatch(r"<ISSUE\s+CATEGORY=\"([^\"]+)\"[^>]*>", s)
        if m:
            category = m.group(1)
            continue
        if re.fullmatch(r"</?ISSUE[^>]*>", s):
            category = "" if s.startswith("</") else category
            continue
        if category and "[" not in s and not s.startswith("~"):  # a bare phrase takes its section's category
            s = f"{s} [{category}]"
        if s.startswith("~"):
            ignore.extend(_issue_forms(s.lstrip("~")))
            continue
        m = re.fullmatch(r"(.+?)\s*\[([A-Za-z0-9_\-]+)\]", s)
        if not m:
            report.problems.append(ImportProblem(str(path), n, s, "issue line not understood"))
            continue
        rec = by_code.setdefault(m.group(2), {"code": m.group(2), "phrases": []})
        rec["phrases"].extend(_issue_forms(m.group(1)))
    records = [{**r, "phrases": sorted(set(r["phrases"]))} for r in by_code.values()]
    if ignore:
        records.append({"code": "", "phrases": [], "ignore": sorted(set(ignore))})
    report.add("issues", len(by_code))
    return records


# ---------------------------------------------------------------------------------------------
# The import


def import_petrarch(out: Path, verbs: Path, actors: list[Path], agents: Path,
                    discards: Path | None = None, issues: Path | None = None) -> ImportReport:
    """Convert PETRARCH dictionaries into an eventwire dictionary folder `out`."""
    report = ImportReport()
    for p in [verbs, *actors, agents, discards, issues]:
        if p is not None and not Path(p).is_file():
            raise FileNotFoundError(str(p))
    synsets, blocks = read_verbs(verbs, report)
    syn_recs, verb_recs = verb_records(synsets, blocks)
    actor_recs = [r for path in actors for r in read_actors(path, report)]
    agent_recs = read_agents(agents, report)
    out.mkdir(parents=True, exist_ok=True)
    files = {"synsets.jsonl": syn_recs, "verbs.jsonl": verb_recs,
             "actors.jsonl": actor_recs, "agents.jsonl": agent_recs}
    if discards is not None:
        files["discards.jsonl"] = read_discards(discards, report)
    if issues is not None:
        files["issues.jsonl"] = read_issues(issues, report)
    for name, recs in files.items():
        with (out / name).open("w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    manifest = {
        "format": "eventwire-dictionaries/1",
        "source": "petrarch",
        "codes": "any",  # TABARI-era dictionaries carry WEIS and local codes, not only CAMEO
        "imported_from": {"verbs": str(verbs), "actors": [str(a) for a in actors], "agents": str(agents),
                          "discards": str(discards) if discards else None,
                          "issues": str(issues) if issues else None},
        "counts": report.counts,
        "problems": len(report.problems),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    with (out / "import-report.txt").open("w", encoding="utf-8") as f:
        for p in report.problems:
            f.write(str(p) + "\n")
    return report


def settings_from_config(config: dict[str, str], base: CoderSettings | None = None) -> CoderSettings:
    """CoderSettings for PETRARCH `<Config>` / PETR_config.ini options, where they mean
    something for eventwire:

    - require_dyad: drop events without a target (same meaning);
    - new_actor_length: 0 codes only dictionary actors, so unknown names found by NER are not
      guessed at; a positive length lets eventwire's NER fallback find actors it does not know;
    - comma_min/max, comma_bmin/bmax, comma_emin/emax: PETRARCH-1 deleted comma-delimited
      clauses of those lengths before matching, because its patterns read words in order.
      eventwire reads the dependency parse, where an apposition or parenthetical clause hangs
      off its own head and never sits between a verb and its object, so these have no effect.
    Unknown options are ignored, as PETRARCH ignores them.
    """
    settings = base or CoderSettings()
    truth = {"true": True, "false": False}
    if "require_dyad" in config and str(config["require_dyad"]).strip().lower() in truth:
        settings = replace(settings, require_dyad=truth[str(config["require_dyad"]).strip().lower()])
    if "new_actor_length" in config:
        try:
            settings = replace(settings, ner_fallback=int(config["new_actor_length"]) > 0)
        except ValueError:
            pass
    return settings

"""Validate the verb lexicon (verbs.jsonl) and its synsets (synsets.jsonl) shipped as package data.

The files are read with plain json so that a broken file fails here with a clear message rather
than deep inside the lexicon loader."""

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import read_data_lines

DATA = Path(__file__).parents[2] / "src/eventwire/verbs/data"
CAMEO = Path(__file__).parents[2] / "src/eventwire/ontology/data/cameo.jsonl"

CODE_RE = re.compile(r"^\d{2,4}$")
WORD = r"[a-z0-9'][a-z0-9'\-.]*"
WORD_RE = re.compile(rf"^{WORD}$")
ALTS_RE = re.compile(rf"^{WORD}(\|{WORD})*$")
SYNSET_RE = re.compile(r"^&[A-Z][A-Z0-9_]*$")
POS_VALUES = {"VERB", "NOUN", "ADJ"}
FIELDS = {"code", "pattern", "pos", "note"}
VERSION_RE = re.compile(r"^\d{4}\.\d{2}\.\d+$")
MIN_PER_ROOT = 10

# One core trigger per code family that the lexicon must keep (code, pos, trigger lemma).
CORE = [
    ("010", "VERB", "say"), ("012", "VERB", "worry"), ("015", "VERB", "claim"), ("016", "VERB", "deny"),
    ("018", "VERB", "condole"), ("020", "VERB", "urge"), ("030", "VERB", "pledge"),
    ("040", "VERB", "meet"), ("041", "VERB", "phone"), ("042", "VERB", "visit"), ("043", "VERB", "host"),
    ("045", "VERB", "mediate"), ("046", "VERB", "negotiate"), ("046", "NOUN", "talk"),
    ("050", "VERB", "cooperate"), ("051", "VERB", "praise"), ("054", "VERB", "recognize"),
    ("055", "VERB", "apologize"), ("056", "VERB", "forgive"), ("057", "VERB", "sign"),
    ("063", "VERB", "extradite"), ("070", "VERB", "aid"), ("0841", "VERB", "free"),
    ("0871", "NOUN", "ceasefire"), ("090", "VERB", "investigate"), ("100", "VERB", "demand"),
    ("110", "VERB", "oppose"), ("111", "VERB", "condemn"), ("112", "VERB", "accuse"),
    ("114", "VERB", "complain"), ("115", "VERB", "sue"), ("116", "VERB", "convict"),
    ("120", "VERB", "reject"), ("129", "VERB", "veto"), ("130", "VERB", "threaten"),
    ("139", "NOUN", "ultimatum"), ("141", "VERB", "demonstrate"), ("145", "VERB", "riot"),
    ("154", "VERB", "mobilize"), ("163", "VERB", "sanction"), ("172", "VERB", "ban"),
    ("173", "VERB", "arrest"), ("174", "VERB", "deport"), ("175", "VERB", "crack"),
    ("181", "VERB", "kidnap"), ("1822", "VERB", "torture"), ("186", "VERB", "assassinate"),
    ("190", "VERB", "attack"), ("190", "NOUN", "attack"), ("191", "VERB", "besiege"),
    ("192", "VERB", "invade"), ("193", "VERB", "shoot"), ("194", "VERB", "shell"),
    ("195", "NOUN", "airstrike"), ("202", "VERB", "massacre"),
]


def read_jsonl(name):
    return read_data_lines(DATA / name)


@pytest.fixture(scope="module")
def verbs():
    return read_jsonl("verbs.jsonl")


@pytest.fixture(scope="module")
def synsets():
    out = {}
    for n, rec in read_jsonl("synsets.jsonl"):
        assert set(rec) <= {"name", "words", "note"}, f"synsets.jsonl:{n}: unknown fields {set(rec) - {'name', 'words', 'note'}}"
        name = rec.get("name")
        assert isinstance(name, str) and SYNSET_RE.match(name), f"synsets.jsonl:{n}: bad name {name!r}"
        assert name not in out, f"synsets.jsonl:{n}: {name} defined twice"
        words = rec.get("words")
        assert isinstance(words, list) and words, f"synsets.jsonl:{n}: {name} has no words"
        for w in words:
            assert isinstance(w, str) and WORD_RE.match(w), f"synsets.jsonl:{n}: {name}: {w!r} is not a lower-case lemma"
        assert len(set(words)) == len(words), f"synsets.jsonl:{n}: {name} repeats a word"
        out[name] = set(words)
    return out


@pytest.fixture(scope="module")
def cameo_codes():
    if not CAMEO.exists():
        return None
    codes = set()
    for line in CAMEO.read_text(encoding="utf-8").splitlines():
        if line.strip():
            codes.add(json.loads(line)["code"])
    return codes


def test_fields(verbs):
    for n, rec in verbs:
        assert set(rec) <= FIELDS, f"verbs.jsonl:{n}: unknown fields {set(rec) - FIELDS}"
        assert isinstance(rec.get("code"), str), f"verbs.jsonl:{n}: code must be a string"
        assert isinstance(rec.get("pattern"), str) and rec["pattern"].strip(), f"verbs.jsonl:{n}: empty pattern"
        assert rec["pattern"] == " ".join(rec["pattern"].split()), f"verbs.jsonl:{n}: stray whitespace"
        if "pos" in rec:
            assert rec["pos"] in POS_VALUES, f"verbs.jsonl:{n}: pos {rec['pos']!r}"
        if "note" in rec:
            assert isinstance(rec["note"], str) and rec["note"], f"verbs.jsonl:{n}: empty note"


def test_codes(verbs, cameo_codes):
    for n, rec in verbs:
        code = rec["code"]
        if code == "---":  # a null pattern: it keeps a more general one from matching, and codes nothing
            assert rec.get("note"), f"verbs.jsonl:{n}: a null pattern says why in its note"
            continue
        assert CODE_RE.match(code), f"verbs.jsonl:{n}: code {code!r} is not 2-4 digits"
        assert 1 <= int(code[:2]) <= 20, f"verbs.jsonl:{n}: code {code!r} has no CAMEO root 01-20"
        if cameo_codes is not None:
            assert code in cameo_codes, f"verbs.jsonl:{n}: code {code!r} is not in the CAMEO codebook"


def test_pattern_tokens(verbs, synsets):
    for n, rec in verbs:
        tokens = rec["pattern"].split()
        trigger = tokens[0]
        assert ALTS_RE.match(trigger), f"verbs.jsonl:{n}: trigger {trigger!r} must be lower-case lemma(s)"
        for tok in tokens[1:]:
            if tok in ("+", "$"):
                continue
            if tok.startswith("&"):
                assert SYNSET_RE.match(tok), f"verbs.jsonl:{n}: bad synset token {tok!r}"
                assert tok in synsets, f"verbs.jsonl:{n}: synset {tok} is not defined in synsets.jsonl"
            else:
                assert ALTS_RE.match(tok), f"verbs.jsonl:{n}: token {tok!r} is not a lower-case lemma or |-list"
        assert tokens.count("+") <= 1, f"verbs.jsonl:{n}: more than one target marker"
        assert tokens.count("$") <= 1, f"verbs.jsonl:{n}: more than one source marker"


def test_synsets_used(verbs, synsets):
    used = {t for _, rec in verbs for t in rec["pattern"].split() if t.startswith("&")}
    assert not set(synsets) - used, f"synsets never used: {sorted(set(synsets) - used)}"


def test_every_root_covered(verbs):
    per_root = Counter(rec["code"][:2] for _, rec in verbs)
    thin = {f"{r:02d}": per_root.get(f"{r:02d}", 0) for r in range(1, 21)
            if per_root.get(f"{r:02d}", 0) < MIN_PER_ROOT}
    assert not thin, f"roots with fewer than {MIN_PER_ROOT} patterns: {thin}"


def test_no_conflicting_duplicates(verbs):
    codes = defaultdict(set)
    lines = defaultdict(list)
    for n, rec in verbs:
        key = (rec["pattern"], rec.get("pos", "VERB"))
        codes[key].add(rec["code"])
        lines[key].append(n)
    conflicts = {k: sorted(v) for k, v in codes.items() if len(v) > 1}
    assert not conflicts, f"same pattern with different codes: {conflicts}"
    repeated = {k: v for k, v in lines.items() if len(v) > 1}
    assert not repeated, f"repeated patterns: {repeated}"


@pytest.mark.parametrize("code,pos,trigger", CORE)
def test_core_triggers(verbs, code, pos, trigger):
    found = [rec for _, rec in verbs
             if rec["code"] == code and rec.get("pos", "VERB") == pos
             and trigger in rec["pattern"].split()[0].split("|")]
    assert found, f"no {pos} pattern with trigger {trigger!r} for code {code}"


def test_bare_trigger_codes(verbs):
    """The one-word fallbacks for some ambiguous verbs encode deliberate decisions."""
    bare = {(rec["pattern"], rec.get("pos", "VERB")): rec["code"] for _, rec in verbs}
    expected = {("say", "VERB"): "010", ("kill", "VERB"): "190", ("call", "VERB"): "041",
                ("welcome", "VERB"): "051", ("agree", "VERB"): "030", ("deny", "VERB"): "016",
                ("bomb", "VERB"): "195", ("defend", "VERB"): "052", ("threaten", "VERB"): "130",
                ("protest", "VERB"): "140", ("talk", "NOUN"): "046", ("attack", "NOUN"): "190"}
    wrong = {k: (bare.get(k), v) for k, v in expected.items() if bare.get(k) != v}
    assert not wrong, f"bare trigger codes changed (found, expected): {wrong}"


def test_manifest():
    manifest = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    for name in ("verbs.jsonl", "synsets.jsonl"):
        assert name in manifest, f"manifest.json has no entry for {name}"
        assert VERSION_RE.match(manifest[name].get("version", "")), f"{name}: version must be YYYY.MM.N"
        assert manifest[name].get("description"), f"{name}: description missing"

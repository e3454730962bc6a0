"""Parse the verb lexicon's patterns and frames, and match them against a trigger's clause."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Sequence

from eventwire.datafiles import package_data, read_jsonl
from eventwire.errors import DataFileError

TRIGGER_POS = {"VERB": ("VERB", "AUX"), "NOUN": ("NOUN", "PROPN"), "ADJ": ("ADJ",)}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon line: trigger lemmas, the ordered words that must follow, and the code."""

    code: str
    text: str
    triggers: frozenset[str]
    words: tuple[frozenset[str] | str, ...]  # a set of lemmas, or "+" / "$" markers
    pos: str = "VERB"
    line: int = 0
    glued: tuple[bool, ...] = ()  # per word: must directly follow the previous word (or trigger)
    before: tuple[frozenset[str], ...] = ()  # words that must precede the trigger, nearest first
    before_glued: tuple[bool, ...] = ()  # per before-word: directly precedes the one after it
    reverse: str = ""  # a paired code: the target does this to the source ("032:033")

    @property
    def null(self) -> bool:
        """A pattern coded "---": it matches, so no more general pattern does, and codes nothing."""
        return self.code in ("", "---") and not self.reverse

    @property
    def specificity(self) -> int:
        return sum(1 for w in self.words if not isinstance(w, str)) + len(self.before)


@dataclass(frozen=True, slots=True)
class Frame:
    """A word that governs another event and maps its code: "ready to" V -> intent to V."""

    name: str
    words: frozenset[str]
    mapping: Mapping[str, str]
    object_control: bool = False  # "urge X to V": X, not the subject, is asked to act
    # "urge X not to V": the code of the frame over a negated act, by the act's code (an appeal
    # for restraint; for force, to de-escalate); empty where a negated act is not coded
    negated: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def transform(self, code: str | None) -> str:
        """The code of 'frame + embedded event': longest matching prefix of the event's code."""
        return longest_prefix(self.mapping, code)

    def restrain(self, code: str | None) -> str:
        """The code of 'frame + the embedded event negated' ("urged Israel not to attack": 0256),
        or "" when the frame has none."""
        return longest_prefix(self.negated, code) if self.negated else ""


def longest_prefix(mapping: Mapping[str, str], code: str | None) -> str:
    """The value for the longest prefix of `code` in `mapping` ("=" keeps the code), else the
    value for "" (or "")."""
    if code:
        for n in range(len(code), 1, -1):
            mapped = mapping.get(code[:n])
            if mapped:
                return code if mapped == "=" else mapped
    return mapping.get("", "")


@dataclass(frozen=True)
class Lexicon:
    patterns: Mapping[str, tuple[Pattern, ...]]  # trigger lemma -> patterns, most specific first
    frames: Mapping[str, tuple[Frame, ...]]  # frame word -> frames
    # imported TABARI/PETRARCH patterns read the words after the verb in sentence order through
    # its whole phrase, embedded clauses included ("vowed to wage WAR"), as those coders did
    linear: bool = False

    def candidates(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return tuple(p for p in self.patterns.get(lemma, ()) if pos in TRIGGER_POS[p.pos])

    def match(self, lemma: str, pos: str, following: Sequence[Word],
              anchors: frozenset[int] = frozenset(), trigger: int = -1,
              preceding: Sequence[Word] = ()) -> tuple[Pattern, list[int]] | None:
        """Best pattern for a trigger whose clause continues with `following`: returns the
        pattern and, per pattern word, the index in `following` it matched. A preposition in a
        pattern must hang from the trigger, its object, or a word the pattern already matched
        (`anchors` holds the first two), so "mobilized reservists for a war against Iraq" is
        not "mobilize against". `trigger` is the trigger's token index, for words glued to it;
        `preceding` the sentence's words before the trigger, nearest first, for patterns with
        words before the verb ("FAILED_TO_*")."""
        best: tuple[Pattern, list[int]] | None = None
        for pattern in self.candidates(lemma, pos):  # most specific first
            if best is not None and pattern.specificity < best[0].specificity:
                break
            positions = _match_words(pattern, following, anchors, trigger)
            if positions is not None and pattern.before and not _match_before(pattern, preceding):
                positions = None
            # between equally specific patterns, the one whose words stand nearest the trigger
            # wins: "held negotiations and an exchange of opinions" is a negotiation
            if positions is not None and (best is None or sum(positions) < sum(best[1])):
                best = (pattern, positions)
        return best



@dataclass(frozen=True, slots=True)
class Word:
    """A word of the trigger's clause as the matcher sees it."""

    lemma: str
    lower: str
    i: int  # token index in the sentence
    head: int  # its syntactic head's index
    is_prep: bool


@lru_cache(maxsize=4096)
def _phrases(w: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in w if " " in p)


def _span_at(w: frozenset[str], seq: Sequence[Word], i: int, step: int = 1) -> int:
    """How many words of `seq` from i on make one member of the set w: 1 for a word, k for a
    k-word phrase whose words stand in a row in the sentence, 0 for no match. `step` -1 reads
    `seq` right to left (words before a trigger, nearest first), so phrases read backwards."""
    if seq[i].lemma in w or seq[i].lower in w:
        return 1
    for words in _phrases(w):
        words = words if step == 1 else words[::-1]
        k = len(words)
        if i + k <= len(seq) and all(seq[i + n].lower == words[n] and seq[i + n].i == seq[i].i + step * n
                                     for n in range(k)):
            return k
    return 0


def _match_words(pattern: Pattern, following: Sequence[Word], anchors: frozenset[int],
                 trigger: int) -> list[int] | None:
    positions: list[int] = []
    matched = set(anchors)
    glued = pattern.glued or (False,) * len(pattern.words)
    last = trigger
    i = 0
    for w, glue in zip(pattern.words, glued):
        if isinstance(w, str):  # "+" or "$": position markers, resolved by the engine
            positions.append(i - 1)
            continue
        if glue:  # "CUT_OFF": the very next word of the sentence, not just of the clause
            while i < len(following) and following[i].i <= last:
                i += 1
            k = _span_at(w, following, i) if i < len(following) and following[i].i == last + 1 else 0
            if not k:
                return None
        else:
            k = 0
            phrases = _phrases(w)  # usually none: then a plain membership test is all it takes
            while i < len(following):
                word = following[i]
                k = 1 if (word.lemma in w or word.lower in w) else (_span_at(w, following, i) if phrases else 0)
                if k and (not word.is_prep or not anchors or word.head in matched):
                    break
                i += 1
            if i == len(following):
                return None
        i += k - 1  # a phrase is placed at its last word
        positions.append(i)
        matched.add(following[i].i)
        if following[i].is_prep:
            # the parser often hangs the next preposition on this one's object ("complained to
            # the U.N. [over] Russia's strikes"): that object anchors it as the verb would
            matched.update(x.i for x in following[i + 1:] if x.head == following[i].i)
        last = following[i].i
        i += 1
    return positions


def _match_before(pattern: Pattern, preceding: Sequence[Word]) -> bool:
    """Words before the trigger, matched right to left: "FAILED_TO_*" needs "to" right before
    the verb and "failed" right before that; unglued words may have others in between."""
    j = 0
    prev = preceding[0].i + 1 if preceding else 0  # the trigger's index
    for w, glue in zip(pattern.before, pattern.before_glued):
        if glue:
            k = _span_at(w, preceding, j, -1) if j < len(preceding) and preceding[j].i == prev - 1 else 0
            if not k:
                return False
        else:
            k = 0
            while j < len(preceding):
                k = _span_at(w, preceding, j, -1)
                if k:
                    break
                j += 1
            if j == len(preceding):
                return False
        j += k - 1
        prev = preceding[j].i
        j += 1
    return True


TOKEN_RE = re.compile(r"^(\+|\$|%|\^|\*|&[A-Z][A-Z0-9_]*|[a-z0-9'][a-z0-9'\-.]*(\|[a-z0-9'][a-z0-9'\-.]*)*)$")


def _parse_pattern(text: str, code: str, pos: str, synsets: Mapping[str, frozenset[str]],
                   path: Path, line: int, verbs: Sequence[str] | None = None, reverse: str = "") -> Pattern:
    """A pattern is space-separated tokens: lemmas (`a|b` for either), `&SYNSET`s, `+` target
    and `$` source slots, `%` (a compound actor) and `^` (skip a phrase). `_` glues tokens that
    must be adjacent. Bundled patterns start with their trigger; imported ones list their
    triggers in `verbs` and mark the trigger's place with `*` (words before it must precede)."""
    items: list[tuple[frozenset[str] | str, bool]] = []
    for chunk in text.split():
        for k, tok in enumerate(chunk.split("_") if verbs is not None else [chunk]):
            if not TOKEN_RE.match(tok) or (verbs is None and tok in ("*", "%", "^")):
                raise DataFileError(str(path), line, f"pattern token {tok!r} is not a lemma, |-list, &SYNSET, + or $")
            if tok in ("+", "$", "%", "^", "*"):
                items.append((tok, k > 0))
            elif tok.startswith("&"):
                if tok not in synsets:
                    raise DataFileError(str(path), line, f"synset {tok} is not defined in synsets.jsonl")
                items.append((synsets[tok], k > 0))
            else:
                items.append((frozenset(tok.split("|")), k > 0))
    if not items:
        raise DataFileError(str(path), line, "empty pattern")
    if pos not in TRIGGER_POS:
        raise DataFileError(str(path), line, f"pos {pos!r} is not one of {sorted(TRIGGER_POS)}")
    if verbs is None:
        trigger = items[0][0]
        if isinstance(trigger, str):
            raise DataFileError(str(path), line, "a pattern must start with its trigger word")
        before, after, trigger_glued = [], items[1:], False
    else:
        stars = [k for k, (tok, _) in enumerate(items) if tok == "*"]
        if len(stars) != 1 or not verbs:
            raise DataFileError(str(path), line, "an imported pattern needs its verbs and exactly one *")
        trigger = frozenset(v.lower() for v in verbs)
        k = stars[0]
        trigger_glued = items[k][1]
        before, after = items[:k], items[k + 1:]
    # `%` and `^` only say what kind of phrase stands there; the parse finds phrases itself
    after = [(w, g) for w, g in after if w not in ("%", "^")]
    before_words = [(w, g) for w, g in before if not isinstance(w, str)]
    # before-words are matched right to left: a word is glued to the one after it (or the
    # trigger) when the next item was glued to it
    glue_after = [g for _, g in before[1:]] + [trigger_glued]
    before_glue = [glue_after[k] for k, (w, _) in enumerate(before) if not isinstance(w, str)]
    return Pattern(code=code, text=text, triggers=trigger, words=tuple(w for w, _ in after), pos=pos, line=line,
                   glued=tuple(g for _, g in after), before=tuple(w for w, _ in reversed(before_words)),
                   before_glued=tuple(reversed(before_glue)), reverse=reverse)


def load_lexicon(folder: Path | None = None, valid_codes=None) -> Lexicon:
    folder = folder or package_data("eventwire.verbs", "")
    synsets: dict[str, frozenset[str]] = {}
    path = folder / "synsets.jsonl"
    if path.exists():
        for _, rec in read_jsonl(path):
            # a phrase member ("Swiss francs", "did n't") must match word for word, in a row
            synsets[rec["name"]] = frozenset(" ".join(w.lower().split()) for w in rec["words"] if w.strip())
    by_trigger: dict[str, list[Pattern]] = {}
    path = folder / "verbs.jsonl"
    imported = False
    for n, rec in read_jsonl(path):
        imported = imported or "verbs" in rec
        code = str(rec.get("code", ""))
        # "---" is a null pattern: it wins over more general ones and codes nothing
        if valid_codes is not None and code not in valid_codes and code != "---":
            raise DataFileError(str(path), n, f"code {code!r} is not in the CAMEO codebook")
        pattern = _parse_pattern(rec.get("pattern", ""), code, rec.get("pos", "VERB"), synsets, path, n,
                                 rec.get("verbs"), str(rec.get("reverse", "")))
        for trig in pattern.triggers:
            by_trigger.setdefault(trig, []).append(pattern)
    frames: dict[str, list[Frame]] = {}
    path = folder / "frames.jsonl"
    if path.exists():
        for _, rec in read_jsonl(path):
            frame = Frame(rec["name"], frozenset(rec["words"]), MappingProxyType(dict(rec["map"])),
                          bool(rec.get("object_control")), MappingProxyType(dict(rec.get("negated", {}))))
            for w in frame.words:
                frames.setdefault(w, []).append(frame)
    if not imported:
        _irregular_forms(by_trigger)
    ordered = {k: tuple(sorted(v, key=lambda p: (-p.specificity, p.line))) for k, v in by_trigger.items()}
    linear = imported or any(p.before or any(p.glued) or p.reverse for ps in ordered.values() for p in ps)
    return Lexicon(MappingProxyType(ordered), MappingProxyType({k: tuple(v) for k, v in frames.items()}), linear)


def _irregular_forms(by_trigger: dict[str, list[Pattern]]) -> None:
    """Let an irregular form find its verb's patterns: the tagger sometimes calls "overran" a
    present tense, and the lemmatizer then leaves it as it is. A form that is a trigger of its
    own ("wound", "found") keeps only its own patterns."""
    irregular: dict[str, list[str]] = json.loads(package_data("eventwire.verbs", "irregular.json").read_text("utf-8"))
    for base, forms in irregular.items():
        for form in forms:
            if base in by_trigger and form not in by_trigger:
                by_trigger[form] = [p for p in by_trigger[base] if p.pos == "VERB"]

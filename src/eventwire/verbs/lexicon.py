"""Parse the verb lexicon's patterns and frames, and match them against a trigger's clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
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

    @property
    def specificity(self) -> int:
        return sum(1 for w in self.words if not isinstance(w, str))


@dataclass(frozen=True, slots=True)
class Frame:
    """A word that governs another event and maps its code: "ready to" V -> intent to V."""

    name: str
    words: frozenset[str]
    mapping: Mapping[str, str]
    object_control: bool = False  # "urge X to V": X, not the subject, is asked to act

    def transform(self, code: str | None) -> str:
        """The code of 'frame + embedded event': longest matching prefix of the event's code."""
        if code:
            for n in range(len(code), 1, -1):
                mapped = self.mapping.get(code[:n])
                if mapped:
                    return code if mapped == "=" else mapped
        return self.mapping.get("", "")


@dataclass(frozen=True)
class Lexicon:
    patterns: Mapping[str, tuple[Pattern, ...]]  # trigger lemma -> patterns, most specific first
    frames: Mapping[str, tuple[Frame, ...]]  # frame word -> frames

    def candidates(self, lemma: str, pos: str) -> tuple[Pattern, ...]:
        return tuple(p for p in self.patterns.get(lemma, ()) if pos in TRIGGER_POS[p.pos])

    def match(self, lemma: str, pos: str, following: Sequence[Word],
              anchors: frozenset[int] = frozenset()) -> tuple[Pattern, list[int]] | None:
        """Best pattern for a trigger whose clause continues with `following`: returns the
        pattern and, per pattern word, the index in `following` it matched. A preposition in a
        pattern must hang from the trigger, its object, or a word the pattern already matched
        (`anchors` holds the first two), so "mobilized reservists for a war against Iraq" is
        not "mobilize against"."""
        best: tuple[Pattern, list[int]] | None = None
        for pattern in self.candidates(lemma, pos):  # most specific first
            if best is not None and pattern.specificity < best[0].specificity:
                break
            positions = _match_words(pattern.words, following, anchors)
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


def _match_words(words, following: Sequence[Word], anchors: frozenset[int]) -> list[int] | None:
    positions: list[int] = []
    matched = set(anchors)
    i = 0
    for w in words:
        if isinstance(w, str):  # "+" or "$": position markers, resolved by the engine
            positions.append(i - 1)
            continue
        while i < len(following) and not (
                (following[i].lemma in w or following[i].lower in w)
                and (not following[i].is_prep or not anchors or following[i].head in matched)):
            i += 1
        if i == len(following):
            return None
        positions.append(i)
        matched.add(following[i].i)
        i += 1
    return positions


TOKEN_RE = re.compile(r"^(\+|\$|&[A-Z][A-Z0-9_]*|[a-z0-9'][a-z0-9'\-.]*(\|[a-z0-9'][a-z0-9'\-.]*)*)$")


def _parse_pattern(text: str, code: str, pos: str, synsets: Mapping[str, frozenset[str]],
                   path: Path, line: int) -> Pattern:
    tokens = text.split()
    if not tokens:
        raise DataFileError(str(path), line, "empty pattern")
    parsed: list[frozenset[str] | str] = []
    for tok in tokens:
        if not TOKEN_RE.match(tok):
            raise DataFileError(str(path), line, f"pattern token {tok!r} is not a lemma, |-list, &SYNSET, + or $")
        if tok in ("+", "$"):
            parsed.append(tok)
        elif tok.startswith("&"):
            if tok not in synsets:
                raise DataFileError(str(path), line, f"synset {tok} is not defined in synsets.jsonl")
            parsed.append(synsets[tok])
        else:
            parsed.append(frozenset(tok.split("|")))
    trigger = parsed[0]
    if isinstance(trigger, str):
        raise DataFileError(str(path), line, "a pattern must start with its trigger word")
    if pos not in TRIGGER_POS:
        raise DataFileError(str(path), line, f"pos {pos!r} is not one of {sorted(TRIGGER_POS)}")
    return Pattern(code=code, text=text, triggers=trigger, words=tuple(parsed[1:]), pos=pos, line=line)


def load_lexicon(folder: Path | None = None, valid_codes=None) -> Lexicon:
    folder = folder or package_data("eventwire.verbs", "")
    synsets: dict[str, frozenset[str]] = {}
    path = folder / "synsets.jsonl"
    if path.exists():
        for _, rec in read_jsonl(path):
            synsets[rec["name"]] = frozenset(w.lower() for w in rec["words"])
    by_trigger: dict[str, list[Pattern]] = {}
    path = folder / "verbs.jsonl"
    for n, rec in read_jsonl(path):
        code = str(rec.get("code", ""))
        if valid_codes is not None and code not in valid_codes:
            raise DataFileError(str(path), n, f"code {code!r} is not in the CAMEO codebook")
        pattern = _parse_pattern(rec.get("pattern", ""), code, rec.get("pos", "VERB"), synsets, path, n)
        for trig in pattern.triggers:
            by_trigger.setdefault(trig, []).append(pattern)
    frames: dict[str, list[Frame]] = {}
    path = folder / "frames.jsonl"
    if path.exists():
        for _, rec in read_jsonl(path):
            frame = Frame(rec["name"], frozenset(rec["words"]), MappingProxyType(dict(rec["map"])),
                          bool(rec.get("object_control")))
            for w in frame.words:
                frames.setdefault(w, []).append(frame)
    ordered = {k: tuple(sorted(v, key=lambda p: (-p.specificity, p.line))) for k, v in by_trigger.items()}
    return Lexicon(MappingProxyType(ordered), MappingProxyType({k: tuple(v) for k, v in frames.items()}))

"""spaCy's attribute ruler and rule lemmatizer, memoised: the same token attributes, worked out once per kind of token."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

# What a supported pattern may test, and what a rule may write. A token's attributes after the
# ruler are a function of these alone when every pattern is one token long: the matcher reads
# the READ attributes before any rule writes, and later rules overwrite earlier ones in rule order.
READ = (LOWER, TAG, DEP, IS_SPACE)
WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
READ_NAMES = frozenset({"LOWER", "TAG", "DEP", "IS_SPACE"})
MAX_LEMMAS = 200_000  # (word, POS, morphology) keys the lemma table holds before it starts again


class MemoAttributeRuler:
    """Gives each token what `ruler` would give it, from a table keyed by the attributes its
    patterns read (a word counts only if some pattern names it, so the table stays small).
    A doc with a token the table has not seen, or with a token that may start a multi-token
    or regex pattern ("gon na", "nothin'"), goes through the real ruler, whose answers fill
    the table. Patterns of another form than these make it the real ruler on every doc."""

    def __init__(self, ruler: AttributeRuler):  # another component of that name: used as it is
        self.ruler = ruler
        self.rules = _analyse(ruler.patterns) if isinstance(ruler, AttributeRuler) else None
        self.table: dict[tuple[int, ...], tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None or len(doc) == 0:
            return self.ruler(doc)
        before = doc.to_array(READ + WRITTEN)
        if self._irregular(doc, before):
            return self.ruler(doc)
        keys = self._keys(before)
        known = [self.table.get(k) for k in keys]
        if None in known:
            return self._learn(doc, keys)
        after = numpy.array(known, dtype=numpy.uint64)
        if (after[:, 3:] != before[:, 7:]).any():  # a rule that retags or relabels: rare, let it run
            return self.ruler(doc)
        doc.from_array([POS, MORPH, LEMMA], after[:, :3])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _irregular(self, doc: Doc, before: numpy.ndarray) -> bool:
        """Whether a token may be where a multi-token or regex pattern matches."""
        if any(numpy.isin(before[:, column], values).any() for column, values in self.rules.triggers):
            return True
        return bool(self.rules.regexes) and any(rx.search(t.lower_) for t in doc for rx in self.rules.regexes)

    def _keys(self, before: numpy.ndarray) -> list[tuple[int, ...]]:
        words = self.rules.words
        return [(row[0] if row[0] in words else 0, *row[1:]) for row in before.tolist()]

    def _learn(self, doc: Doc, keys: list[tuple[int, ...]]) -> Doc:
        doc = self.ruler(doc)
        for key, after in zip(keys, doc.to_array(WRITTEN).tolist(), strict=True):
            self.table[key] = tuple(after)
        return doc


class MemoLemmatizer:
    """Gives each token the lemma `lemmatizer` (rule mode) would give it. A rule lemma is a
    function of the word, its POS and its morphology (spaCy's own cache is keyed so), so it is
    looked up by those, and the lemmatizer is asked once per new key; a token whose lemma the
    attribute ruler set keeps it, as with the lemmatizer. Any other mode is the lemmatizer itself."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" or lemmatizer.overwrite \
                or not lemmatizer._validated or len(doc) == 0:
            return lemmatizer(doc)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma == 0:
                found = self.table.get((orth, pos, morph))
                if found is None:
                    if len(self.table) >= MAX_LEMMAS:  # a stream's vocabulary keeps growing: memory stays flat
                        self.table.clear()
                    found = doc.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
                    self.table[(orth, pos, morph)] = found
                lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@dataclass(frozen=True)
class _Rules:
    """What the patterns say about a token on its own: the words single-token patterns name
    (LOWER hashes), and the token values (column of READ, hashes) and word regexes that may
    start a match no single token decides."""

    words: frozenset[int]
    triggers: tuple[tuple[int, numpy.ndarray], ...]
    regexes: tuple[re.Pattern, ...]


def _analyse(patterns: list[dict]) -> _Rules | None:
    """The patterns' `_Rules`, or None when a pattern has a form this memo cannot prove equal."""
    words: set[int] = set()
    triggers: dict[int, set[int]] = {}
    regexes: list[re.Pattern] = []
    for entry in patterns:
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern or any(
                    k not in READ_NAMES for token in pattern for k in token):  # "OP", "ORTH", "_", ...
                return None
            lowers = _literal_words(pattern[0].get("LOWER"))
            if len(pattern) == 1 and lowers is not None:
                words |= {get_string_id(w) for w in lowers}
                continue
            trigger = _trigger(pattern)
            if trigger is None:
                return None
            if isinstance(trigger, re.Pattern):
                regexes.append(trigger)
            else:
                triggers.setdefault(trigger[0], set()).update(trigger[1])
    if 0 in words:  # the empty word's hash is the key of "no word a pattern names"
        return None
    return _Rules(frozenset(words), tuple((c, numpy.array(sorted(v), dtype=numpy.uint64)) for c, v in triggers.items()),
                  tuple(regexes))


def _trigger(pattern: list[dict]) -> tuple[int, set[int]] | re.Pattern | None:
    """A test every match of a multi-token or regex pattern passes on one of its tokens: its
    first word, its first word's regex, a dependency label, or any word it names."""
    first = pattern[0].get("LOWER")
    lowers = _literal_words(first)
    if lowers:
        return 0, {get_string_id(w) for w in lowers}
    if isinstance(first, dict) and set(first) == {"REGEX"}:
        return re.compile(first["REGEX"])
    for token in pattern:
        if isinstance(token.get("DEP"), str):
            return 2, {get_string_id(token["DEP"])}
    for token in pattern:
        lowers = _literal_words(token.get("LOWER"))
        if lowers:
            return 0, {get_string_id(w) for w in lowers}
    return None


def _literal_words(spec) -> list[str] | None:
    """The words a LOWER value accepts: [] when the pattern does not test the word, None when
    it is not a plain word or an IN list."""
    if spec is None:
        return []
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"} and all(isinstance(w, str) for w in spec["IN"]):
        return list(spec["IN"])
    return None

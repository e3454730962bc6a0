"""Lemmas the rule lemmatizer misses: irregular verbs with a prefix ("retook" is "retake"), and verbs
with a hyphen after the prefix ("re-imposed" is "reimpose")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

VERB_POS = frozenset({"VERB", "AUX"})
PREFIXED = "re-"  # the hyphenated prefix kept in one token with its verb


class PrefixedVerbs:
    """Sets the lemma of a verb the lemmatizer left as written when it is a prefix and an irregular
    form ("retook", "overran", "outfought") and prefix plus base is a verb the lemmatizer knows
    ("retake"). The rule lemmatizer knows "took" and "retake" but not "retook", so a wire story's
    "troops retook the town" matched no pattern. A word that is a verb in its own right ("resent",
    "relay", "rebound") keeps its lemma."""

    def __init__(self, lemmatizer: Lemmatizer):
        tables = lemmatizer.lookups
        self.forms: dict[str, list[str]] = dict(tables.get_table("lemma_exc").get("verb", {})) \
            if tables.has_table("lemma_exc") else {}
        self.verbs: frozenset[str] = frozenset(tables.get_table("lemma_index").get("verb", [])) \
            if tables.has_table("lemma_index") else frozenset()
        self.rules: list = list(tables.get_table("lemma_rules").get("verb", [])) if tables.has_table("lemma_rules") else []
        self.lemma = lru_cache(maxsize=50_000)(self._lemma)

    def _lemma(self, word: str) -> str:
        if word in self.verbs:
            return ""
        for k in range(2, len(word) - 1):
            head, rest = word[:k], word[k:]
            base = self.forms.get(rest)
            if base and head + base[0] in self.verbs:
                return head + base[0]
        return ""

    def hyphenated(self, word: str) -> str:
        """"re-imposed" -> "reimpose": the prefix and the lemma of the rest, as the rule
        lemmatizer finds it (an exception, else the first suffix rule giving a known verb)."""
        head, _, rest = word.partition("-")
        bases = self.forms.get(rest) or [rest[:len(rest) - len(old)] + new for old, new in self.rules
                                         if rest.endswith(old) and rest[:len(rest) - len(old)] + new in self.verbs]
        base = bases[0] if bases else rest
        return head + base if base in self.verbs or head + base in self.verbs else ""

    def __call__(self, doc: Doc) -> Doc:
        if not self.forms:
            return doc
        for t in doc:
            if t.pos_ not in VERB_POS:
                continue
            # only the prefix the tokenizer keeps whole (text/split.keep_prefixed_verbs): "Iran-backed" is no verb "iranback"
            found = self.hyphenated(t.lower_) if t.lower_.startswith(PREFIXED) \
                else self.lemma(t.lower_) if t.lemma_ == t.lower_ else ""
            if found:
                t.lemma_ = found
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

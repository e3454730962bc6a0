"""Surface forms of trigger lemmas, so unparsed sentences can be screened for candidate verbs."""

from __future__ import annotations

import json
from collections.abc import Iterable

from eventwire.datafiles import package_data

VOWELS = set("aeiou")


def _regular(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    # consonant doubling ("stop" -> "stopped"), over-generated on purpose: this is a screen
    if len(lemma) > 2 and lemma[-1] not in VOWELS | {"w", "x", "y"} and lemma[-2] in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("c"):
        forms |= {lemma + "ked", lemma + "king"}
    return forms


def surface_forms(lemmas: Iterable[str]) -> frozenset[str]:
    irregular: dict[str, list[str]] = json.loads(
        package_data("eventwire.verbs", "irregular.json").read_text(encoding="utf-8"))
    out: set[str] = set()
    for lemma in lemmas:
        out |= _regular(lemma)
        out.update(irregular.get(lemma, ()))
        # phrasal lemmas' last word ("set up" is matched on "set") and prefixed verbs
        for base, forms in irregular.items():
            if lemma.endswith(base) and lemma != base and len(lemma) - len(base) <= 5:
                out.update(lemma[: len(lemma) - len(base)] + f for f in forms)
    return frozenset(out)

"""The two ways of reading a sentence: eventwire's own lexicon, or imported TABARI/PETRARCH dictionaries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from eventwire.events.syntax import clause_following, linear_following


@dataclass(frozen=True)
class Strategy:
    """What differs between the bundled coder and the TABARI-compatible one. The passes consult
    these fields; they never ask which dictionaries are loaded."""

    name: str
    # the words after a trigger that its patterns are matched against
    following: Callable[[Token], list[Token]]
    # imported patterns are written for verb forms and may need words before the verb
    linear: bool
    # imported codes are the dictionary's own (WEIS, local codes): kept as written, with no
    # CAMEO specialisation, no implied targets, and PETRARCH's "---GOV" for a role with no actor
    open_codes: bool
    # eventwire's coding conventions code acts told in finite subordinate clauses ("... a day
    # after protesters stormed parliament"); TABARI and PETRARCH code the main clause's
    subordinate_acts: bool
    # the conventions leave out what a negated verb or a noun of possibility governs ("will not
    # let gangs hold the port"); TABARI's patterns spell out the negations they mean
    hypotheticals: bool = True


BUNDLED = Strategy("bundled", clause_following, linear=False, open_codes=False, subordinate_acts=True)
TABARI = Strategy("tabari", linear_following, linear=True, open_codes=True, subordinate_acts=False,
                  hypotheticals=False)


def choose_strategy(manifest: dict, linear_lexicon: bool) -> Strategy:
    """TABARI's reading for dictionaries imported from PETRARCH/TABARI (their manifest says so, or
    their patterns need words before the verb); eventwire's own reading otherwise."""
    imported = manifest.get("source") == "petrarch" or manifest.get("codes") == "any"
    return TABARI if imported or linear_lexicon else BUNDLED

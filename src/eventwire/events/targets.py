"""Whom an act is aimed at: the pattern's slot, objects, target prepositions, and indirect naming."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import Mentions, actor_in
from eventwire.events.candidate import SentenceView
from eventwire.events.syntax import CONTENT, MODIFIER_DEPS, has_to_infinitive, pobjs
from eventwire.verbs import Pattern

OBJECTS = ("dobj", "attr", "nsubjpass")
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY"})  # a country alone is its state


def targets(view: SentenceView, t: Token, pattern: Pattern | None, following: list[Token],
            positions: list[int], used: frozenset[int], sources: Mentions) -> Mentions:
    """The target of a verb trigger; the source's own people or things ("sent its troops to
    Lebanon") and the source itself ("its demand") are never its target."""
    mine = {m.actor.code for m in sources}
    if pattern is not None and "+" in pattern.words:
        found = slot_target(view, t, pattern, following, positions, mine)
        if found:
            return found
    own = {m.actor.country for m in sources if m.actor.country}
    # whose forces are an instrument, not a target: a state's (its government's, its forces');
    # "residents welcomed the Iraqi troops" aims at the troops
    commands = {m.actor.country for m in sources if m.actor.country and m.actor.sector in STATE_SECTORS}
    # an investigation may be aimed at the state's own people ("into abuses by its police")
    investigation = pattern is not None and pattern.code.startswith("09")
    if investigation:
        suspects = _suspects(view, t, mine)
        if suspects:
            return suspects
    candidates = [c for c in (_not_own(found, mine, commands) for found in _candidates(view, t, used)) if c]
    if not candidates:
        return indirect_target(view, t, mine, set() if investigation else own)
    for found in candidates:
        if not own or investigation or any(m.actor.country not in own for m in found):
            return found
    return candidates[0]


def _suspects(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """Whom an investigation is aimed at: who the investigated acts are "by" ("opened an inquiry
    into abuses by the police against protesters" investigates the police, the state's own or not)."""
    for c in t.children:
        if c.dep_ in ("dobj", "prep"):
            for by in (x for x in c.subtree if x.dep_ in ("prep", "agent") and x.lower_ == "by"):
                found = [m for p in by.children if p.dep_ == "pobj"
                         for m in view.finder.with_conjuncts(p) if m.actor.code not in mine]
                if found:
                    return found
    return []


def slot_target(view: SentenceView, t: Token, pattern: Pattern, following: list[Token],
                positions: list[int], mine: set[str]) -> Mentions:
    """The actor in the pattern's `+` slot ("expand trade with +")."""
    k = positions[pattern.words.index("+")]
    before = following[k] if k >= 0 else t
    for c in before.children:
        if c.dep_ in ("pobj", "dobj", "dative"):
            found = [m for m in view.finder.with_conjuncts(c) if m.actor.code not in mine]
            if found:
                return found
    if before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children):
        # the parser lost the preposition's object ("asylum to five officers holed up ..." read
        # as a clause): take the next noun phrase after it
        for tok in view.doc[before.i + 1: before.i + 8]:
            if tok.pos_ in CONTENT and tok.dep_ not in MODIFIER_DEPS:
                found = view.finder.with_conjuncts(tok)
                if found:
                    return found
    return view.finder.with_conjuncts(following[k + 1]) if k + 1 < len(following) else []


def _candidates(view: SentenceView, t: Token, used: frozenset[int]) -> list[Mentions]:
    """Possible targets in order of preference: the direct object ("rejected a Russian request":
    whose the object is), target prepositions on the trigger or its object, then the one who
    should act in a demanded clause ("demanded that the junta release ...")."""
    found = [[m for m in view.finder.with_conjuncts(c) if not (m.head in used and m.how == "sector")]
             for c in t.children if c.dep_ in ("dobj", "dative", "attr")]
    objects = [c for c in t.children if c.dep_ in OBJECTS]
    # the words the pattern used hold target prepositions too: "spoke by telephone [with] X"
    holders = [t] + [c for c in t.children if c.dep_ in ("prt", "acomp")] + objects + \
        [view.doc[i] for i in sorted(used) if view.doc[i] not in objects and view.doc[i].i != t.i]
    preps = view.rules.target_preps + view.rules.owner_preps
    # each holder's prepositions, read once: the loop asks every holder for every preposition
    held = [(h, h in objects, [(c.lower_, c) for c in h.children if c.dep_ in ("prep", "dative", "agent")])
            for h in holders]
    for prep in preps:
        for h, is_object, kids in held:
            if prep not in view.rules.target_preps and not is_object:
                continue  # "of", "by", "from" say whose an object is, not whom a verb hits
            found += [view.finder.with_conjuncts(p) for lower, c in kids if lower == prep
                      for p in c.children if p.dep_ == "pobj"]
    # "a de-escalation of the conflict between India and Pakistan": the parties of what the act is about
    found += [view.finder.with_conjuncts(b) for h in holders for o in pobjs(h, ("of",)) for b in pobjs(o, ("between",))]
    clauses = [c for o in objects for c in o.children if c.dep_ in ("acl", "ccomp")] + list(t.children)
    found += [view.finder.with_conjuncts(s) for c in clauses
              if c.dep_ in ("ccomp", "acl") and (c.head.i != t.i or c.dep_ == "ccomp") or _for_clause(c, t)
              for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return found


def _for_clause(c: Token, t: Token) -> bool:
    """"pushed [for Congress to act]": the one asked to act is the subject of a for-clause."""
    return c.dep_ == "advcl" and c.head.i == t.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)


def _not_own(found: Mentions, mine: set[str], own: set[str]) -> Mentions:
    """A state's own forces are its instrument, not its target ("mobilised army reservists")."""
    return [m for m in found if m.actor.code not in mine and not (
        m.actor.country in own and m.actor.sector in ("MIL", "COP") and m.how != "person")]


def indirect_target(view: SentenceView, t: Token, mine: set[str], own: set[str]) -> Mentions:
    """When no argument names an actor: "in protest at X", whoever the object's phrase names
    ("rejected a call for its troops to be sent to Chad"), or a purpose clause's object
    ("fired shots to disperse demonstrators")."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in (p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in view.rules.protest_nouns):
                for o in (o for inner in p.children if inner.dep_ == "prep" for o in inner.children if o.dep_ == "pobj"):
                    found = actor_in(view, o, mine)
                    if found:
                        return found
    for o in (c for c in t.children if c.dep_ in OBJECTS):
        # a bare role deep in the object's phrase is equipment or people of no stated side ("signed
        # a deal on a fighter jet"), not whom the act is aimed at
        found = [m for m in actor_in(view, o, mine) if (m.actor.country or m.head == o.i)
                 and (m.actor.country not in own or not own)]
        if found:
            return found
    for c in t.children:
        if c.dep_ in ("xcomp", "advcl") and has_to_infinitive(c):
            for o in (o for o in c.children if o.dep_ == "dobj"):
                found = actor_in(view, o, mine)
                if found:
                    return found
    return []

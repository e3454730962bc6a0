"""Pass 6, selection: which candidates the sentence asserts (its main clause), and which are told twice."""

from __future__ import annotations

from dataclasses import replace

from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.syntax import ARGUMENT, CONTENT, after_comma, spine
from eventwire.ontology import Codebook


def mark_clauses(view: SentenceView, found: Found) -> Found:
    """Mark each candidate as on the main assertion or not, and as a participle of consequence
    ("..., killing four soldiers"). A framed noun's light verb is the frame's, not an act
    ("reached a consensus to exchange information"); an offer that was rejected was not made
    ("rejected an offer to host a summit")."""
    main = spine(view.doc)
    triggers = set(found)
    out: Found = {}
    dropped: set[int] = set()
    for i, cand in found.items():
        h = cand.frame or cand.head
        participle = h.dep_ in ("advcl", "acl", "conj") and h.tag_ == "VBG" and after_comma(h)
        on_spine = h.i in main or (h.pos_ in CONTENT and h.dep_ in ARGUMENT and h.head.i in main)
        if cand.frame is not None and h.pos_ in CONTENT and h.head.i in triggers:
            if h.head.lemma_.lower() in view.rules.light_verbs | view.rules.agreeing_verbs:
                dropped.add(h.head.i)
            else:
                on_spine = False
        out[i] = replace(cand, participle=participle, main=on_spine)
    return {i: c for i, c in out.items() if i not in dropped}


def statement(code: str) -> bool:
    return code.startswith("01") and code != "017"


def unattributed_violence(cand: Candidate, codebook: Codebook) -> bool:
    """Violence reported without a perpetrator ("killed in a car bombing") is still coded when a
    verb says it happened to someone; a mention of "the war against Japan" is not an act."""
    cameo = codebook.closest(cand.code)
    return bool(cand.targets) and cameo is not None and cameo.root in ("18", "19", "20") \
        and cand.pattern is not None and cand.pattern.pos == "VERB"


def select(cands: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """The acts to code, reported acts first. The sentence's main assertion is coded; acts in
    relative, purpose and other subordinate clauses only when the main clause has none (as
    CAMEO coders read a sentence). A bare statement counts only when nothing else is reported,
    and a participle that tells the same kind of act again ("attacked the camp, killing 15
    people") is not a second event."""
    cands = [c for c in cands if not c.negated and (c.sources or unattributed_violence(c, codebook))]
    acts = [c for c in cands if not statement(c.code)]
    if acts:
        cands = [c for c in acts if c.main] or acts
    elif any(c.main for c in cands):
        cands = [c for c in cands if c.main]
    quads = {codebook.closest(c.code).quad_class for c in cands if not c.participle and codebook.closest(c.code)}
    cands = [c for c in cands if not c.participle or codebook.closest(c.code) is None
             or codebook.closest(c.code).quad_class not in quads]
    return sorted(cands, key=lambda c: (c.code.startswith("01"), c.trigger.i))

"""Targets the article supplies: the actor behind an event noun ("condemned the decision"), the
other party of the story, and the domestic target of a protest whose country was completed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from eventwire.discourse.speakers import ParsedSentence
from eventwire.types import Event

# A bare statement and a symbolic act are aimed at no one unless the text says so; protests
# get their domestic target below, not another state.
UNTARGETED_CODES = ("010", "017", "14")
LOOKBACK = 2  # sentences before the event in which the other party may have been named
OBJECT_PREPS = ("of", "over", "on", "against", "about")


def context_targets(events: Sequence[Event], parsed: Sequence[ParsedSentence], iso: frozenset[str]) -> list[Event]:
    """Events with no target take the one the article gives: the source of the earlier act an
    event noun refers to ("Lithuania closed the border ... Minsk condemned the decision"), else the
    most recently named actor of another country in this sentence or the two before it."""
    by_index = {s.index: s for s in parsed}
    named: dict[int, list] = {}  # sentence -> actors it names, read once and only when needed
    out: list[Event] = []
    for e in events:
        if e.target or not e.source or e.code.startswith(UNTARGETED_CODES):
            out.append(e)
            continue
        sent = by_index.get(e.sentence)
        noun = _event_noun(sent, e) if sent is not None else None
        target = (_antecedent(out, e) or _named_before(out, by_index, e, noun) if noun is not None else "") \
            or _other_party(parsed, named, e, iso)
        out.append(replace(e, target=target) if target else e)
    return out


def _event_noun(sent: ParsedSentence, e: Event) -> Token | None:
    """The noun the act is aimed at when it is itself an act: "condemned [the decision]",
    "criticised [the visit]", "rejected [the claim]" (not an actor, or the finder would have
    made it the target)."""
    trigger = next((t for t in sent.doc if t.idx + sent.start == e.trigger.start), None)
    if trigger is None:
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
                for p in c.children if p.dep_ == "pobj"]
    return next((o for o in objects if o.pos_ == "NOUN" and not sent.finder.at(o)), None)


def _named_before(earlier: Sequence[Event], by_index: dict, e: Event, noun: Token) -> str:
    """When no other country acted before: the source of an act in the latest earlier sentence
    that names the same thing ("agents arrested 30 migrants during raids ... the governor
    condemned the raids"), the story's own state's act included."""
    lemma = noun.lemma_.lower()
    for prior in reversed(earlier):
        sent = by_index.get(prior.sentence)
        if prior.sentence < e.sentence and prior.source and prior.source != e.source and sent is not None \
                and any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "VERB") for t in sent.doc):
            return prior.source
    return ""


def _antecedent(earlier: Sequence[Event], e: Event) -> str:
    """The source of the most recent earlier act by another country."""
    own = e.source[:3]
    for prior in reversed(earlier):
        if prior.source and prior.source[:3] != own and prior.sentence < e.sentence:
            return prior.source
    return ""


def _other_party(parsed: Sequence[ParsedSentence], named: dict[int, list], e: Event, iso: frozenset[str]) -> str:
    """The most recently named actor of another country in the LOOKBACK sentences before the
    event's (the speaker does not count); failing that, a foreign place the story went to
    ("arrived in Kyiv ... He pledged to keep supplying air defences")."""
    own = {e.source[:3], e.speaker[:3]} - {""}
    recent = sorted((s for s in parsed if e.sentence - LOOKBACK <= s.index < e.sentence), key=lambda s: -s.index)
    for places in (False, True):
        for sent in recent:
            if sent.index not in named:
                named[sent.index] = [m for m in sent.finder.named() if m.actor.code]
            for m in reversed(named[sent.index]):
                if (m.how == "place") == places and m.actor.country and m.actor.country not in own \
                        and m.actor.country in iso:
                    return m.actor.country if places else m.actor.code
    return ""


def domestic_targets(events: Sequence[Event]) -> list[Event]:
    """Once a protester's country is known, the protest is aimed at that state's government
    (conventions: "domestic acts have domestic targets")."""
    out = []
    for e in events:
        country = e.source[:3] if len(e.source) > 3 else ""
        if not e.target and country and e.root == "14" and e.source[3:] != "GOV":
            e = replace(e, target=country + "GOV")
        out.append(e)
    return out

"""The last step: Event records from coded pairs, one per (source, target, code) in a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.events.candidate import Candidate
from eventwire.ontology.cameo import CameoCode
from eventwire.types import Actor, ActorMention, Event, Span


@dataclass(frozen=True)
class Where:
    """Where the sentence sits in its article."""

    sentence: int
    offset: int  # maps token offsets to article characters
    day: date | None


def confidence(cand: Candidate, s: ActorMention | None, t: ActorMention | None) -> float:
    """How specific the pattern was and how firmly the actors were identified."""
    value = 0.45 + 0.1 * min(cand.pattern.specificity if cand.pattern else 0, 3)
    value += 0.1 if s is not None and s.how in ("person", "organization", "country+sector") else 0
    value += 0.1 if t is not None else 0
    return round(min(value, 0.95), 2)


def event(cand: Candidate, s: ActorMention | None, t: ActorMention | None, cameo: CameoCode,
          where: Where, speaker: ActorMention | None) -> Event:
    doc, offset = cand.trigger.doc, where.offset
    trigger = Span(cand.trigger.idx + offset, cand.trigger.idx + len(cand.trigger.text) + offset, cand.trigger.text)
    return Event(
        source=s.actor.code if s else "", target=t.actor.code if t else "", code=cameo.code,
        name=cameo.name, root=cameo.root, quad_class=cameo.quad_class,
        goldstein=cameo.goldstein, plover=cameo.plover, sentence=where.sentence,
        trigger=trigger, source_span=s.span if s else None,
        target_span=t.span if t else None, date=where.day, confidence=confidence(cand, s, t),
        pattern=cand.pattern.text if cand.pattern else "",
        speaker=speaker.actor.code if speaker else "", speaker_span=speaker.span if speaker else None,
        evidence=doc.text)


def keep_best(seen: dict[tuple[str, str, str], Event], e: Event) -> None:
    """One event per (source, target, code) and sentence: the best-evidenced mention."""
    key = (e.source, e.target, e.code)
    if key not in seen or e.confidence > seen[key].confidence:
        seen[key] = e


def null_actor(m: ActorMention | None) -> ActorMention | None:
    """PETRARCH's convention for a role with no known actor: "---GOV"."""
    if m is None or m.actor.country or not m.actor.sector or m.actor.code != m.actor.sector:
        return m
    return ActorMention(Actor("---" + m.actor.code, "", m.actor.sector, m.actor.name), m.span, m.sentence,
                        m.head, m.how)

"""Targets the article supplies: the actor behind an event noun ("condemned the decision"), the
other party of the story, and the domestic target of a protest whose country was completed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.mentions import MEDIATOR_NOUNS
from eventwire.discourse.context import STATE_ROLES as STATE_SIDE, party
from eventwire.discourse.speakers import ParsedSentence
from eventwire.events.rules import load_rules
from eventwire.types import Event

# A bare statement and a symbolic act are aimed at no one unless the text says so; protests
# get their domestic target below, not another state.
UNTARGETED_CODES = ("010", "017", "14")
LOOKBACK = 2  # sentences before the event in which the other party may have been named
OBJECT_PREPS = ("of", "over", "on", "against", "about")
DENIAL = "016"
CLAIM = "015"  # claim of responsibility: aimed at the victim of the act claimed (conventions)
CONCERN = "012"  # pessimism: "expressed concern"
PERSON_PRONOUNS = ("him", "her")
LIGHT_VERBS = load_rules().light_verbs
STATE_ACTS = load_rules().state_acts
ACTS_ON_SOMEONE = load_rules().acts_on_someone
STATE_ROLES = frozenset({"GOV", "MIL", "COP"})
ADVERSARIES = frozenset({"REB", "UAF", "CRM", "OPP"})  # armed groups, gunmen, gangs, the opposition
HOSTILE_FROM = 13  # threats, protests... force: the roots a state aims at its adversaries
PRESS = "MED"  # the news media's sector code
CALMING = ("02", "039", "045", "036")  # appeals, offers to mediate, mediation, offers of talks: aimed at both sides


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
        if e.code.startswith(MEETING_CODES) and sent is not None and _own_meeting(sent, e):
            out.append(e)  # "convened an emergency meeting of the defence council": no one else's
            continue
        noun = _event_noun(sent, e) if sent is not None else None
        parties = _act_named(out, by_index, e, noun) if noun is not None and not e.code.startswith(DENIAL) else []
        if parties:  # "criticised the treaty": each of its parties
            out.extend(replace(e, target=t) for t in parties)
            continue
        warring = _warring(out, e) if e.code.startswith(CALMING) else []
        if warring:  # "India and Pakistan exchanged fire ... Saudi Arabia urged restraint": both
            out.extend(replace(e, target=t) for t in warring)
            continue
        maker = _law_maker(parsed, sent, e) if sent is not None else ""
        if maker:  # "filed a petition against the new law": whoever passed it
            target = maker
        elif e.code.startswith(DENIAL):
            target = _accuser(out, e)
        elif e.code == CLAIM and noun is not None:  # "claimed responsibility for the attack": its victim
            target = _victim(out, e)
        elif e.code == CONCERN:
            target = _culprit(out, e)
        elif noun is not None and e.quad_class >= 3 and _carried(sent, e):
            # "launched a counter-offensive": the noun is the act itself, aimed at the side fought before
            target = _adversary(out, e) or _antecedent(out, e) or _named_before(out, by_index, e, noun)
        elif noun is not None:  # "condemned the raids": whoever did the act the noun refers to
            target = _named_before(out, by_index, e, noun, foreign=True) or _done_to(out, e) \
                or _victims_state(sent, e, noun) or _antecedent(out, e, _co_sources(events, e)) \
                or _named_before(out, by_index, e, noun)
        else:
            target = ""
        if not target and sent is not None and _aimed_at_a_person(sent, e):
            target = _person_before(parsed, named, out, e)  # "him" is no other country's state
        else:
            target = target or (_adversary(out, e) if e.quad_class >= 3 else "") or _insurgents_state(e) \
                or _other_party(parsed, named, e, iso, _co_sources(events, e)) or _domestic_adversary(parsed, named, e)
        if target[3:6] == PRESS:
            target = ""  # "..., Dodik told AP. He criticised the verdict": the outlet told is no party
        out.append(replace(e, target=target) if target else e)
    return out


def _law_maker(parsed: Sequence[ParsedSentence], sent: ParsedSentence, e: Event) -> str:
    """Who made the law an act is aimed at ("filed a petition against the new law", "challenged
    the decree"): the subject of the latest earlier verb of enacting one ("parliament approved a
    finance law"), of another party than the act's source."""
    trigger = _trigger(sent, e)
    if trigger is None:
        return ""
    nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    nouns += [p for n in [trigger, *nouns] for c in n.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
              for p in c.children if p.dep_ == "pobj"]
    if not any(n.lemma_.lower() in load_rules().law_nouns for n in nouns):
        return ""
    rules = load_rules()
    for prior in sorted((s for s in parsed if s.index <= e.sentence), key=lambda s: -s.index):
        for verb in reversed([t for t in prior.doc if t.lemma_.lower() in rules.enacting_verbs and t.pos_ == "VERB"
                              and (prior.index < e.sentence or t.i < trigger.i)]):
            laws = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rules.law_nouns]
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            makers = [m.actor.code for m in prior.finder.with_conjuncts(subj)] if laws and subj is not None else []
            if makers and party(makers[0]) != party(e.source):
                return makers[0]
    return ""


CONVENING = frozenset({"convene", "chair", "call", "host"})  # verbs of holding one's own meeting
GATHERINGS = frozenset({"meeting", "session", "summit", "conference"})
MEETING_CODES = ("04", "036")  # meetings, and meetings to come ("will host a summit")


def _own_meeting(sent: ParsedSentence, e: Event) -> bool:
    """A meeting convened, chaired or hosted ("convened an emergency meeting of the security
    council", "chaired a cabinet session", "will host an Arab summit"): with no guest named in its
    sentence, no other party to find (the sides of a war told before are not its guests)."""
    t = _trigger(sent, e)
    return t is not None and t.lemma_.lower() in CONVENING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in GATHERINGS for c in t.children)


def _trigger(sent: ParsedSentence, e: Event) -> Token | None:
    """The event's trigger token in its sentence."""
    return next((t for t in sent.doc if t.idx + sent.start == e.trigger.start), None)


def _named(named: dict[int, list], sent: ParsedSentence) -> list:
    """The actors a sentence names, read once per article and only when asked for."""
    if sent.index not in named:
        named[sent.index] = [m for m in sent.finder.named() if m.actor.code]
    return named[sent.index]


def _event_noun(sent: ParsedSentence, e: Event) -> Token | None:
    """The noun the act is aimed at when it is itself an act: "condemned [the decision]",
    "criticised [the visit]", "rejected [the claim]" (not an actor, or the finder would have
    made it the target)."""
    trigger = _trigger(sent, e)
    if trigger is None:
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
                for p in c.children if p.dep_ == "pobj"]
    if e.code.startswith(load_rules().mood_codes):  # "optimistic that [the treaty] could be signed"
        objects += [s for c in trigger.children if c.dep_ == "ccomp"
                    for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    # "the arrest of the lawyer" names the lawyer through its "of" phrase, but is an act
    return next((o for o in objects if o.pos_ == "NOUN" and (not sent.finder.at(o) or o.lemma_.lower() in ACTS_ON_SOMEONE)), None)


def _aimed_at_a_person(sent: ParsedSentence, e: Event) -> bool:
    """"The ministry accused her of ...": the act's object is "him" or "her"."""
    trigger = _trigger(sent, e)
    return trigger is not None and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in PERSON_PRONOUNS
                                       for c in trigger.children)


def _person_before(parsed: Sequence[ParsedSentence], named: dict[int, list], earlier: Sequence[Event], e: Event) -> str:
    """Who "him" or "her" is: the person named last before the act, else the one the last
    earlier act was aimed at ("expelled the UN's top official ... accused her of"); never the
    source, and never a country, which is no "her"."""
    recent = sorted((s for s in parsed if e.sentence - LOOKBACK <= s.index < e.sentence), key=lambda s: -s.index)
    for prior in recent:
        people = sorted((m for m in _named(named, prior) if m.how == "person"), key=lambda m: m.head)
        for m in reversed(people):
            if m.actor.code != e.source and len(m.actor.code) > 3:
                return m.actor.code
    for prior in reversed(earlier):
        if e.sentence - LOOKBACK <= prior.sentence < e.sentence and len(prior.target) > 3 and prior.target != e.source:
            return prior.target
    return ""


def _insurgents_state(e: Event) -> str:
    """Rebels' force aimed at no one the article names fights their own state, not whoever an
    earlier sentence named ("Qatari officials said talks would resume. M23 fighters attacked
    positions near Mwenga": Congo; conventions: domestic acts have domestic targets)."""
    country = e.source[:3] if e.source[3:6] == "REB" else ""
    return country if country not in ("", "IGO", "NGO") and e.quad_class == 4 else ""


def _domestic_adversary(parsed: Sequence[ParsedSentence], named: dict[int, list], e: Event) -> str:
    """A state's hostile act with no target in a story about its own armed groups or opposition
    ("... attacked villages. He ordered the deployment of more troops to the region"): the last
    such group of its country named (conventions: domestic acts have domestic targets)."""
    if e.source[3:] not in STATE_ROLES or int(e.root or 0) < HOSTILE_FROM:
        return ""
    earlier = sorted((s for s in parsed if s.index < e.sentence), key=lambda s: -s.index)  # the lede too
    for sent in earlier:
        for m in reversed(_named(named, sent)):
            if m.actor.country in (e.source[:3], "") and m.actor.sector in ADVERSARIES:
                return e.source[:3] + m.actor.sector  # a bare "gunmen" is the story's own
    return ""


def _accuser(earlier: Sequence[Event], e: Event) -> str:
    """Whom a denial answers (conventions: 016 is aimed at the accuser): the source of a recent
    accusation against the denier, or whoever reported the denier's act ("... killed 200
    villagers, the government said. The RSF denied responsibility")."""
    for prior in reversed(earlier):
        if prior.sentence < e.sentence - LOOKBACK - 1:
            break
        if prior.root == "11" and prior.target[:3] == e.source[:3] and prior.source != e.source:
            return prior.source
        if prior.source[:3] == e.source[:3] and prior.speaker and prior.speaker != e.source:
            return prior.speaker
    return ""


def _act_named(earlier: Sequence[Event], by_index: dict, e: Event, noun: Token) -> list[str]:
    """Who did the act an event noun refers back to: the sources of the latest earlier act told
    with a verb of that act ("will travel to Beijing ... criticised the trip"; every co-subject
    of it), each party of an agreement other than the speaker's country ("signed a treaty ...
    China criticised the treaty"), else the agent the noun itself was given when it was first
    written ("a visit to Caracas by the US envoy", "Pelosi's visit")."""
    lemma = noun.lemma_.lower()
    verbs = load_rules().act_nouns.get(lemma)
    if verbs is None:  # "suspended cooperation": not a reference to one earlier act
        return []
    agreement = lemma in load_rules().agreement_nouns
    victims = _victims_named(by_index.get(e.sentence), noun)
    for prior in reversed(earlier):
        if prior.sentence < e.sentence and prior.source and prior.source != e.source \
                and verbs & _act_words(by_index.get(prior.sentence), prior) \
                and (not victims or prior.target[:3] in victims):
            same = [p for p in earlier if p.sentence == prior.sentence and p.trigger.start == prior.trigger.start]
            found = [x for p in same for x in ((p.source, p.target) if agreement else (p.source,))]
            found = [x for x in dict.fromkeys(found) if x and x != e.source
                     and not (agreement and x[:3] == e.source[:3])]
            if found:
                return found
    # "condemned the strikes on Ukraine" after "Russia fired missiles at Ukraine": an act of
    # conflict done to the victims the noun names, told with another verb
    hostile = [p for p in earlier if p.sentence < e.sentence and p.source and p.source != e.source
               and p.target[:3] in victims and p.quad_class >= 3]
    if hostile:
        return [hostile[-1].source]
    for index in sorted((i for i in by_index if i < e.sentence), reverse=True):
        sent = by_index[index]
        for tok in (t for t in sent.doc if t.pos_ == "NOUN" and t.lemma_.lower() == lemma):
            agents = [p for p in tok.children if p.dep_ in ("poss", "compound", "amod")]
            agents += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in c.children if p.dep_ == "pobj"]
            found = [m.actor.code for a in agents for m in sent.finder.with_conjuncts(a)
                     if m.actor.code and m.actor.code != e.source]
            if found:
                return found[:1]
    return []


def _victims_named(sent: ParsedSentence | None, noun: Token) -> frozenset[str]:
    """The countries an event noun names as what the act was done to: "the shelling [of Kherson]",
    "the strikes [on Ukraine]". The act referred to is one done to them, not the latest of its
    kind (a reprisal by the other side told in between)."""
    if sent is None:
        return frozenset()
    objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
               for p in c.children if p.dep_ == "pobj"]
    found = {m.actor.country for o in objects for m in sent.finder.with_conjuncts(o) if m.actor.country}
    found |= {cc[0] for o in objects if not found and (cc := sent.finder.country_at(o.i))}  # a town: its country
    return frozenset(found)


def _act_words(sent: ParsedSentence | None, e: Event) -> set[str]:
    """The lemmas that tell an act: its trigger's, for a light verb its object's ("opened an
    investigation", "carried out strikes"), and the verb whose infinitive it is ("agreed to
    exchange prisoners" is also an agreement)."""
    tok = _trigger(sent, e) if sent is not None else None
    if tok is None:
        return set()
    framing = {tok.head.lemma_.lower()} if tok.dep_ == "xcomp" else set()
    return {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"} | framing


def _named_before(earlier: Sequence[Event], by_index: dict, e: Event, noun: Token, foreign: bool = False) -> str:
    """The source of an act in the latest earlier sentence that names the same thing ("the US
    imposed tariffs ... Brazil criticised the tariffs"); or, when no other country did, the story's
    own state's ("agents arrested 30 migrants during raids ... the governor condemned the raids")."""
    lemma = noun.lemma_.lower()
    for prior in reversed(earlier):
        sent = by_index.get(prior.sentence)
        other = prior.source[:3] != e.source[:3] if foreign else prior.source != e.source
        if prior.sentence < e.sentence and prior.source and other and sent is not None \
                and any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "VERB") for t in sent.doc):
            return prior.source
    return ""


def _victims_state(sent: ParsedSentence, e: Event, noun: Token) -> str:
    """"The EU condemned the arrest of the Tunisian lawyer", "criticised the ruling against
    opposition leader X": an act only a state does, whose doer the article never named, is the
    state of the one it was done to (unless that is the reacting state itself)."""
    if noun.lemma_.lower() not in STATE_ACTS:
        return ""
    for p in (g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "against") for g in c.children if g.dep_ == "pobj"):
        for m in sent.finder.with_conjuncts(p):
            if m.actor.country and m.actor.country != e.source[:3] and m.how not in ("pronoun", "context"):
                return m.actor.country + "GOV"
    return ""


def _warring(earlier: Sequence[Event], e: Event) -> list[str]:
    """The two sides of the latest fight or quarrel told just before an appeal or an offer to
    mediate that names no one, when neither side is the one appealing."""
    own = e.source[:3]
    for prior in reversed(earlier):
        if prior.sentence < e.sentence - LOOKBACK:
            break
        if prior.sentence <= e.sentence and prior.quad_class >= 3 and prior.source and prior.target \
                and own not in (prior.source[:3], prior.target[:3]) and prior.source[:3] != prior.target[:3]:
            return [prior.source, prior.target]
    return []


def _done_to(earlier: Sequence[Event], e: Event) -> str:
    """"The World Bank froze lending to Nicaragua. Cuba praised Managua. Nicaragua denounced the
    decision": who reacts to "the decision" or "the measures" is most often who it was done to,
    so the latest recent act aimed at the reacting country, by another, is the one meant; a
    hostile reaction answers a hostile act, a friendly one a friendly act."""
    own, hostile = e.source[:3], e.quad_class >= 3
    for prior in reversed(earlier):
        if prior.sentence < e.sentence - LOOKBACK:
            break
        if prior.sentence < e.sentence and prior.target[:3] == own and prior.source[:3] not in ("", own) \
                and (prior.quad_class >= 3) == hostile:
            return prior.source
    return ""


def _antecedent(earlier: Sequence[Event], e: Event, co: set[str] = frozenset()) -> str:
    """The source of the most recent earlier act by another country than the act's doers'."""
    own = {e.source[:3], *co}
    for prior in reversed(earlier):
        if prior.source and prior.source[:3] not in own and prior.sentence < e.sentence:
            return prior.source
    return ""


def _victim(earlier: Sequence[Event], e: Event) -> str:
    """Whom the act a claim of responsibility refers to was aimed at: the latest use of force told
    before it, by the claimer if it was named as the doer."""
    force = [x for x in earlier if x.quad_class == 4 and x.target and x.sentence <= e.sentence
             and x.target[:3] != "" and x.target != e.source]
    mine = [x for x in force if x.source == e.source]
    found = (mine or force)[-1:] if force else []
    return found[0].target if found else ""


def _culprit(earlier: Sequence[Event], e: Event) -> str:
    """Concern expressed about nothing named is about the latest use of force the article told,
    by another state than the one concerned ("Japan and Australia also expressed concern")."""
    x = next((x for x in reversed(earlier) if x.quad_class == 4 and x.sentence < e.sentence
              and x.source and x.source[:3] != e.source[:3]), None)
    return x.source if x is not None else ""


def _carried(sent: ParsedSentence, e: Event) -> bool:
    """Whether the event's verb only carries its noun ("launched an offensive", "carried out raids")."""
    t = _trigger(sent, e)
    return t is not None and t.lemma_.lower() in LIGHT_VERBS


def _adversary(earlier: Sequence[Event], e: Event) -> str:
    """A hostile act with no target is aimed at whoever the source's side last fought or
    quarrelled with in the article ("Hezbollah fired rockets at Israel ... Israel's defence
    minister warned of a response to any further attack": Hezbollah)."""
    side = party(e.source)
    for quad in (4, 3):  # a fight before a quarrel
        for x in reversed(earlier):
            if x.quad_class != quad or not x.target or x.sentence >= e.sentence:
                continue
            if party(x.source) == side and party(x.target) != side:
                return x.target
            if party(x.target) == side and party(x.source) != side:
                return x.source
    return ""



def _co_sources(events: Sequence[Event], e: Event) -> set[str]:
    """The countries of the other doers of the same act, when they are "the mediators" ("the
    mediators presented a proposal": Qatar and Egypt together, neither the other's party; "the
    two presidents agreed" are each other's)."""
    words = e.source_span.text.lower().split() if e.source_span is not None else []
    if not words or words[-1] not in MEDIATOR_NOUNS:
        return set()
    return {x.source[:3] for x in events if x.sentence == e.sentence and x.trigger.start == e.trigger.start and x.source}


def _other_party(parsed: Sequence[ParsedSentence], named: dict[int, list], e: Event, iso: frozenset[str],
                 co: set[str] = frozenset()) -> str:
    """The most recently named actor of another country, or an international organisation, in
    the LOOKBACK sentences before the event's (the speaker and the act's other doers do not
    count); failing that, a foreign place the story went to ("arrived in Kyiv ... He pledged to
    keep supplying air defences")."""
    own = {e.source[:3], e.speaker[:3], *co} - {""}
    recent = sorted((s for s in parsed if e.sentence - LOOKBACK <= s.index < e.sentence), key=lambda s: -s.index)
    for kind in ("state", "organisation", "place"):  # an organisation only when no state was named
        for sent in recent:
            for m in reversed(_named(named, sent)):
                if kind == "organisation":
                    if m.actor.code.startswith("IGO") and m.actor.code != e.source and m.how != "place":
                        return m.actor.code  # "the EU adopted sanctions ... Minsk would retaliate"
                elif (m.how == "place") == (kind == "place") and m.actor.country and m.actor.country not in own \
                        and m.actor.country in iso:
                    return m.actor.country if kind == "place" else m.actor.code
    return ""


def domestic_targets(events: Sequence[Event]) -> list[Event]:
    """Once a protester's country is known, the protest, and a demand of people outside the
    state, is aimed at that state's government (conventions: "domestic acts have domestic targets")."""
    out = []
    for e in events:
        country = e.source[:3] if len(e.source) > 3 else ""
        sector = e.source[3:6]
        if not e.target and country and sector != "GOV" and (e.root == "14" or (e.root == "10" and sector not in STATE_SIDE)):
            e = replace(e, target=country + "GOV")
        out.append(e)
    return out

"""Whom an act is aimed at: the pattern's slot, objects, target prepositions, and indirect naming."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import Mentions, actor_in, actors_of, subjects
from eventwire.events.candidate import SentenceView
from eventwire.events.pairing import NAMED, VICTIM_PREPS, acts_reacted_to, national_government, state_mention, unique
from eventwire.events.selection import LAWSUIT, MEDIATION_CODES
from eventwire.events.syntax import (CONTENT, MISREAD_OBJECTS, MODIFIER_DEPS, condition, coordination_head,
                                     has_to_infinitive, headline_verb, passive_with_agent, pobjs, verb_of,
                                     visiting_adjective)
from eventwire.types import ActorMention
from eventwire.verbs import Pattern

OBJECTS = ("dobj", "attr", "nsubjpass")
STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY"})  # a country alone is its state
ACCUSING = frozenset({"accuse", "charge", "allege", "blame"})
CONSIDERING = "014"  # consider policy option
REFUSAL = "12"  # reject
PUNISHING = "17"  # coercion, arrest and legal action: what they are "over" is the reason, not the target
SUMMONS = "114"  # complain officially: a protest lodged, an envoy summoned
WITHHOLDING_MARKS = ("until", "unless", "if")  # "will not lift the sanctions until Iran halts ..."
CLAIM_NOUNS = frozenset({"accusation", "allegation", "assertion", "charge", "claim"})  # what a speaker's report is called


def targets(view: SentenceView, t: Token, pattern: Pattern | None, following: list[Token],
            positions: list[int], used: frozenset[int], sources: Mentions) -> Mentions:
    """The target of a verb trigger; the source's own people or things ("sent its troops to
    Lebanon") and the source itself ("its demand") are never its target."""
    if t.lemma_.lower() in view.rules.topic_verbs and t.pos_ == "VERB":
        # "discussed Syria": a topic; whom they talked with is the "with" phrase, or each other
        mine = {m.actor.code for m in sources}
        # "discussed the war in Gaza with Erdogan": the parser hangs "with" on any word of the object
        withs = [x for x in t.subtree if x.dep_ == "prep" and x.lower_ == "with" and (v := verb_of(x)) is not None and v.i == t.i]
        partners = [p for x in withs for p in x.children if p.dep_ == "pobj"]
        return [m for m in actors_of(view, partners) if m.actor.code not in mine]
    found = _talks_partners(view, t, sources) \
        or [m for m in _targets(view, t, pattern, following, positions, used, sources) if not _venue(view, m)]
    if pattern is not None and pattern.code.startswith(SUMMONS):
        found = _envoys_answered(view, t, sources, found)
    if pattern is not None and pattern.code.startswith("16"):
        # "recalled its ambassador in Washington": not the envoy, the state it was posted in; with
        # none, whom the rest of the sentence blames ("... after Algeria closed its airspace")
        found = _own_envoys_posts(view, sources, found)
    if not found:
        found = _shared_object(view, t, sources)
    if not found and pattern is not None and pattern.code.startswith(view.rules.self_directed_codes):
        # "loyal forces arrested 14 soldiers": another body of the source's kind is a target
        found = _kin(view, t, sources)
    if not found and pattern is not None and pattern.code.startswith(MEDIATION_CODES):
        found = _hosted(view, t, sources)  # the parties brought together
    if not found and pattern is not None and pattern.code[:2] >= "10":
        # (verbal conflict too: "lodged a protest after Chinese ships entered its waters")
        found = _provoker(view, t, sources)
    if not found and pattern is not None and pattern.code.startswith("13"):
        found = _threatened_after_blame(view, t, sources) or _conditioned(view, t, sources)
    if not found and pattern is not None and pattern.code.startswith("14"):
        found = _protested(view, t, sources)
    if not found and pattern is not None and pattern.code == CONSIDERING:
        found = _considered(view, t, sources)
    if not found:  # "met visiting Iranian President Pezeshkian": the guest
        found = [m for c in t.children if visiting_adjective(c) for m in actors_of(view, [d for d in c.children if d.dep_ == "dobj"])
                 if m.actor.code not in {s.actor.code for s in sources}]
    if not found and pattern is not None:  # "refused to resume deliveries until Ukraine pays"
        found = withheld_from(view, pattern.code, [t] + [c for c in t.children if c.dep_ == "xcomp"])
    if not found and pattern is not None and pattern.code[:2] >= "11":
        found = _attacker_answered(view, t, sources)
    if not found and t.lemma_.lower() in view.rules.helping_verbs:
        found = _helped(view, t, sources)
    if not found:
        found = _helped_by_purpose(view, t, sources)
    if not found:
        found = _addressees_of_message(view, t, sources)
    if not found and pattern is not None and pattern.code.startswith("03"):
        found = _complement_partner(view, t, sources)
    return found


def _helped(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"will help train Fiji's army", "agreed to help rebuild Ukraine's power grid": help is
    aimed at whom, or at whose thing, its infinitive acts on."""
    mine = {m.actor.code for m in sources}
    objects = [o for x in t.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
    owners = [p for o in objects for p in o.children if p.dep_ == "poss"]
    return [m for m in actors_of(view, objects) or actors_of(view, owners) if m.actor.code not in mine]


def _helped_by_purpose(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"will send troops to help Poland protect its border": an act done to help someone is
    aimed at whom it helps (the object of "help", or the subject of what they are helped to do)."""
    mine = {m.actor.code for m in sources}
    helps = [c for c in t.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in view.rules.helping_verbs
             and any(a.lower_ == "to" for a in c.children)]
    helped = [o for h in helps for o in h.children if o.dep_ in ("dobj", "dative")] + \
        [s for h in helps for x in h.children if x.dep_ in ("ccomp", "xcomp") for s in x.children if s.dep_ == "nsubj"]
    return [m for m in actors_of(view, helped) if m.actor.code not in mine]


def _complement_partner(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"agreed to resume receiving deportation flights from the United States", "agreed to
    receive deportees under a deal with Washington": a promise whose act names no one is made
    to the party its complement deals with ("from", "with")."""
    mine = {m.actor.code for m in sources}
    own = {m.actor.country for m in sources} - {""}
    for c in (c for c in t.children if c.dep_ == "xcomp"):
        for x in c.subtree:
            if x.dep_ == "prep" and x.lower_ in ("from", "with"):
                found = [m for p in x.children if p.dep_ == "pobj" for m in view.finder.with_conjuncts(p)
                         if m.actor.code not in mine and m.actor.country not in own]
                if found:
                    return found
    return []


def _addressees_of_message(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"sent a letter to Khamenei offering talks", "a message to Erdogan thanking him": what a
    participle on a letter or message says is aimed at whom it was sent to."""
    verb = verb_of(t.head) if t.dep_ == "acl" and t.head.lemma_.lower() in view.rules.speech_nouns else None
    if verb is None:
        return []
    mine = {m.actor.code for m in sources}
    sent_to = pobjs(verb, ("to",), deps=("prep", "dative")) + pobjs(t.head, ("to",))
    return [m for m in actors_of(view, sent_to) if m.actor.code not in mine]


def _own_envoys_posts(view: SentenceView, sources, targets) -> list[ActorMention]:
    """Targets of a cut in relations with the source's own envoys or mission ("its ambassador",
    "its embassy staff") replaced by the state they are posted in ("in Washington", "to Mexico"),
    else by none: the article may say whom the cut is aimed at."""
    home = {s.actor.country for s in sources} - {""}
    out: list[ActorMention] = []
    for t in targets:
        if t.how not in ("pronoun", "of-phrase") or t.actor.country not in home:
            out.append(t)
            continue
        posts = [o for p in view.doc[t.head].children if p.dep_ == "prep" and p.lower_ in ("in", "to", "at", "from")
                 for o in p.children if o.dep_ == "pobj"]
        out.extend(m for o in posts for m in view.finder.with_conjuncts(o) if m.actor.country not in home)
    return out


def _attacker_answered(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"returned fire after being shelled by Cambodian forces": a hostile act aimed at no one
    answers whoever the clause after it says acted on its doer."""
    mine = {m.actor.code for m in sources}
    suffered = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("after", "when", "following")
                for p in c.children if p.dep_ == "pcomp" and passive_with_agent(p)]
    return [m for p in suffered for m in actors_of(view, pobjs(p, deps=("agent",))) if m.actor.code not in mine]


def _talks_partners(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"will travel to Riyadh for talks with U.S. officials": whom the journey's talks are with,
    not the place they are held in."""
    mine = {m.actor.code for m in sources}
    if any(c.dep_ == "dobj" and view.finder.at(c) and c.lemma_.lower() not in view.rules.sent_parties for c in t.children):
        return []  # "praised India for its partnership with Japanese firms": India is praised
    # ("send a delegation to Doha for talks with U.S. officials": the delegation is the sender's)
    talks = [p for p in pobjs(t, ("for",)) if p.lemma_.lower() in view.rules.reciprocal_words]
    return [m for m in actors_of(view, [w for p in talks for w in pobjs(p, ("with",))]) if m.actor.code not in mine]


def _venue(view: SentenceView, m: ActorMention) -> bool:
    """"welcomed the Doha deal": a capital compounded onto an agreement or a round of talks says
    where it was made, not who made it."""
    tok = view.doc[m.head]
    return m.how == "metonym" and tok.dep_ == "compound" and tok.head.lemma_.lower() in view.rules.venue_nouns


def withheld_from(view: SentenceView, code: str, heads: list[Token]) -> Mentions:
    """"will not lift the sanctions until Iran halts enrichment", "refused to reopen the crossing
    unless Israel withdraws": a refusal aimed at no one is aimed at whom its condition asks to act."""
    if not code.startswith(REFUSAL):
        return []
    for head in heads:
        for c in coordination_head(head).children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in WITHHOLDING_MARKS for m in c.children):
                found = actors_of(view, [s for s in c.children if s.dep_ == "nsubj"])
                if found:
                    return found
    return []


def _considered(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"is considering imposing sanctions on Russia", "sending tanks to Ukraine": whom the act
    under consideration would be aimed at."""
    mine = {m.actor.code for m in sources}
    for act in (c for c in t.children if c.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")):
        objects = [c for c in act.children if c.dep_ == "dobj"]
        # whom it is aimed at before what is moved ("sending [tanks] to Ukraine")
        # ("to" labelled a dative: "sending systems [to] Ukraine")
        for names in ([c for c in act.children if c.dep_ == "dative"] + pobjs(act, view.rules.target_preps, deps=("prep", "dative"))
                      + [p for o in objects for p in pobjs(o, view.rules.target_preps)], objects):
            found = [m for n in names for m in view.finder.with_conjuncts(n) if m.actor.code not in mine]
            if found:
                return found
    return []


def _protested(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """A protest aimed at another state: "rallied to protest against U.S. sanctions" (what its
    purpose clause is against), "rallied outside the Russian embassy" (whose mission it is at)."""
    mine = {m.actor.code for m in sources}
    purposes = [c for c in t.children if c.dep_ in ("advcl", "xcomp") and has_to_infinitive(c)]
    for o in (o for c in purposes for o in pobjs(c, ("against", "over", "at"))):
        found = actor_in(view, o, mine) or [m for a in o.children if a.dep_ in ("amod", "compound", "poss")
                                            for m in view.finder.with_conjuncts(a) if m.actor.code not in mine]
        if found:
            return found
    for o in pobjs(t, frozenset(view.rules.locative_preps) | {"outside", "near", "in front of"}):
        if o.lemma_.lower() in view.rules.mission_nouns:
            found = [m for a in o.children if a.dep_ in ("amod", "compound", "poss") for m in view.finder.with_conjuncts(a)]
            found += [m for p in pobjs(o, ("of",)) for m in view.finder.with_conjuncts(p)]
            found = [m for m in found if m.actor.code not in mine]
            if found:
                return found
    return []


def _provoker(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"Thai troops returned fire after Cambodian soldiers opened fire", "police fired tear gas
    after protesters threw stones", "lodged a protest after Chinese ships entered its waters": a
    hostile act aimed at no one answers whoever acted in the "after" clause."""
    mine = {m.actor.code for m in sources}
    for clause in (c for c in t.children if c.dep_ == "advcl" and any(m.lower_ == "after" for m in c.children if m.dep_ == "mark")):
        if not _hostile(view, clause):
            continue  # "seized the town after Burundian troops withdrew": the withdrawal provoked nothing
        found = [m for m in actors_of(view, [s for s in clause.children if s.dep_ == "nsubj"]) if m.actor.code not in mine]
        if found:
            return found
    if t.lemma_.lower() in view.rules.response_verbs["words"]:
        # "opened fire on Indian posts, prompting Indian troops to retaliate", "attacked the posts,
        # and Pakistani troops retaliated": a reprisal answers the hostile act it is told after
        # (not a verb that reports or warns of the reprisal: "warned that Pakistan would respond")
        states = {m.actor.country for m in sources}
        for verb in (a for a in t.ancestors if a.pos_ == "VERB" and a.i < t.i and _hostile(view, a)
                     and a.lemma_.lower() not in view.rules.speech_verbs | view.rules.foreboding_verbs):
            found = [m for m in actors_of(view, [s for s in verb.children if s.dep_ == "nsubj"])
                     if m.actor.code not in mine and m.actor.country not in states]
            if found:
                return found
    return []


def _threatened_after_blame(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"accused India of sponsoring militants and threatened a forceful response", "condemned
    the Israeli strikes and vowed retaliation": a threat aimed at no one, told after a hostile act
    of the same subject, is aimed at whom that act was."""
    head = t.head
    if t.dep_ != "conj" or head.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
            or not _hostile(view, head):
        return []
    mine = {m.actor.code for m in sources}
    aimed = [d for d in head.children if d.dep_ == "dobj"] + pobjs(head, ("at", "on", "against"))
    return [m for m in actors_of(view, aimed) if m.actor.code not in mine]


def _hostile(view: SentenceView, verb: Token) -> bool:
    """Whether a clause tells a hostile act: its verb's best pattern has a conflict code
    ("opened fire", "threw stones", "attacked"; not "withdrew")."""
    from eventwire.events.triggers import match_pattern  # triggers reads targets: imported when first asked
    match = match_pattern(view, verb)
    return match is not None and match[0].code[:2] >= "10"


def _conditioned(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"warned of serious consequences if Chinese drones entered its airspace": a threat aimed at
    no one is aimed at whoever its condition is about (the 'if' or 'unless' clause's subject),
    not at the threatener's own side ("if its troops are attacked")."""
    cond = condition(t)
    if cond is None:
        return []
    own = {m.actor.country or m.actor.code for m in sources}
    named = actors_of(view, [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")])
    return [m for m in named if (m.actor.country or m.actor.code) not in own]


def _envoys_answered(view: SentenceView, t: Token, sources: Mentions, found: Mentions) -> Mentions:
    """"summoned the ambassador after Russian missiles strayed into its airspace": an envoy
    summoned with no country named is the envoy of the state whose act the summons answers, not
    the summoner's own, to which the article would otherwise complete the bare role."""
    if not found or any(m.actor.country for m in found):
        return found
    states = {m.actor.country for m in _provoker(view, t, sources) if m.actor.country}
    if len(states) != 1:
        return found
    state = states.pop()
    return [replace(m, actor=replace(m.actor, code=state + m.actor.sector, country=state)) for m in found]


def _shared_object(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """"shot and wounded the prime minister", "denounced and expelled two diplomats": a verb with
    no object of its own shares the object of the verb coordinated with it."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children):
        return []
    mine = {m.actor.code for m in sources}
    for conj in (c for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)):
        if t.lemma_.lower() in view.rules.gathering_verbs and any(p.dep_ == "prep" and t.i < p.i < conj.i for p in t.children):
            continue  # "met in Riyadh and called on Iran": they met among themselves

        # "rammed and fired water cannon at two vessels": what the second verb is aimed at
        aimed = [d for d in conj.children if d.dep_ == "dobj"] + pobjs(conj, ("at", "on", "against"))
        found = [m for m in actors_of(view, aimed) if m.actor.code not in mine]
        if found:
            return found
    return []


def _hosted(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """Whom a round of talks "brokered by Qatar" or "hosted by Oman" brings together: the
    subjects of the act whose clause names the round ("A and B held talks, in a round brokered
    by Qatar and Egypt")."""
    if t.dep_ != "acl" or t.tag_ != "VBN":
        return []
    verb = verb_of(t.head)
    if verb is None:
        return []
    mine = {m.actor.code for m in sources}
    return [m for m in subjects(view, verb)[0] if m.actor.code not in mine]


def _targets(view: SentenceView, t: Token, pattern: Pattern | None, following: list[Token],
             positions: list[int], used: frozenset[int], sources: Mentions) -> Mentions:
    """The target among the arguments of another code than the source's."""
    mine = {m.actor.code for m in sources}
    if pattern is not None and pattern.code.startswith("09"):
        # "a probe into the killing of an official by Israeli agents": the doer, before the slot's victim
        suspects = _suspects(view, t, mine)
        if suspects:
            return suspects
    if pattern is not None and "+" in pattern.words:
        found = slot_target(view, t, pattern, following, positions, mine)
        if found:
            return found
    courts: set[int] = set()
    if pattern is not None and pattern.code.startswith(LAWSUIT):
        accused = _accused(view, t, mine) or _challenged_owners(view, t, mine)
        if accused:
            return accused
        courts = _courts_filed_at(view, t)  # the court it was filed at is where, not whom
    own = {m.actor.country for m in sources if m.actor.country}
    # whose forces are an instrument, not a target: a state's (its government's, its forces');
    # "residents welcomed the Iraqi troops" aims at the troops
    commands = {m.actor.country for m in sources if m.actor.country and m.actor.sector in STATE_SECTORS}
    # an investigation may be aimed at the state's own people ("into abuses by its police")
    investigation = pattern is not None and pattern.code.startswith("09")
    if investigation:
        suspects = _suspects(view, t, mine) or _investigated(view, t, mine)
        if suspects:
            return suspects
    if pattern is not None and pattern.code.startswith(RELEASE_CALLS):
        holders = _holders_of_captives(view, t, mine)
        if holders:
            return holders
    if pattern is not None and pattern.code == CLAIMED:
        victims = _claimed_victims(view, t, mine)
        if victims:
            return victims
    acted = _doer_of_act_on_someone(view, t, pattern, mine)
    if acted is not None:
        return acted
    # a posture or a dispatch moves forces of no stated side: the actor's own ("deployed
    # additional troops along the border", "sent police to the region")
    instrument = pattern is not None and (pattern.code[:2] in view.rules.instrument_roots or (
        pattern.code.startswith(RETREAT) and not pobjs(t, ("to",))))
    reasons = _victims_of_reasons(view, t) if pattern is not None and pattern.code.startswith(PUNISHING) else set()
    candidates = [c for c in (_not_own(view, _not_possessed(view, _not_weapons(view, found), own), mine, commands,
                                       instrument) for found in _candidates(view, t, used)) if c]
    candidates = [c for c in ([m for m in found if m.head not in reasons | courts] for found in candidates) if c]
    if not candidates:
        found = _not_weapons(view, _holders(view, t, mine, own) or _summarised(view, t, mine)
                             or indirect_target(view, t, mine, set() if investigation else own))
        # ("vowed to keep its troops in northern Iraq": one's own forces are no target here either)
        return _not_own(view, found, mine, commands, instrument)
    for found in candidates:
        if not own or investigation or any(m.actor.country not in own for m in found):
            return found
    return candidates[0]


CLAIMED = "015"  # claim responsibility


def _claimed_victims(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """Conventions: a claim of responsibility is aimed at the victims of the act claimed ("for a
    bombing that killed nine soldiers", "for the attack on the police station")."""
    objects = [c for c in t.children if c.dep_ == "dobj"]
    acts = [p for h in [t, *objects] for p in pobjs(h, ("for",))] + objects
    for act in acts:
        told = [o for v in act.children if v.dep_ == "relcl" for o in v.children if o.dep_ == "dobj"]
        told += pobjs(act, ("on", "against"))
        found = [m for o in told for m in view.finder.with_conjuncts(o) if m.actor.code not in mine]
        if found:
            return found
    return []


RETREAT = "087"  # a pull-back moves one's own forces ("withdrew troops from the border")
RELEASE_CALLS = ("0253", "1053")  # calls for and demands of a release
RELEASE_NOUNS = frozenset({"release", "freedom", "return", "freeing"})


def _holders_of_captives(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """Whom a call for a release is made of: who holds the captives ("the release of U.N. staff
    held by the Houthis"), or the state they are held in ("its diplomats detained in Germany"),
    not the captives themselves."""
    nouns = [o for o in t.subtree if o.lemma_.lower() in RELEASE_NOUNS and o.pos_ == "NOUN"]
    for n in nouns:
        # the parser hangs "detained in Germany" on the captives or on the release
        held = [a for c in [n, *pobjs(n, ("of",))] for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        for clause in held:
            found = [m for m in actors_of(view, pobjs(clause, deps=("agent",))) if m.actor.code not in mine]
            for p in ([] if found else pobjs(clause, ("in",))):
                place = view.finder.country_at(p.i)
                if place and place[0] not in {c[:3] for c in mine}:
                    found = [state_mention(view, place[0], place[1], place[2], p.i, "place")]
            if found:
                return found
    return []


def _doer_of_act_on_someone(view: SentenceView, t: Token, pattern: Pattern | None, mine: set[str]) -> Mentions | None:
    """Conventions ("condemned the uprising" -> whoever rose): a reaction to an act done to
    someone ("condemned the killing of protesters by police", "welcomed the release of the
    hostages", "condemned the Russian invasion of Ukraine") is aimed at its doer, named by "by",
    a possessive or an adjective, not at the one it was done to; with no doer named, at no one
    here (the article may say who did it). None when the object is no such act."""
    acts = acts_reacted_to(view, t, pattern.code[:2]) if pattern is not None else []
    if not acts:
        return None
    for o in acts:
        # the parser hangs "by police" on any word of the phrase; where it happened is the state's
        # act when no doer is named ("the detention of two Germans in Iran")
        by = [p for x in o.subtree if x.dep_ in ("prep", "agent") and x.lower_ == "by" for p in x.children if p.dep_ == "pobj"]
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
            # "condemned the attack on its peacekeepers by al-Shabaab": or hung on the active verb
            by += [p for p in pobjs(t, ("by",)) if p.pos_ in ("NOUN", "PROPN")]
        where = [p for x in o.subtree if x.dep_ == "prep" and x.lower_ == "in" for p in x.children if p.dep_ == "pobj"]
        for doers in ([c for c in o.children if c.dep_ in ("poss", "amod", "compound")] + by, where):
            found = unique(m for d in doers for m in view.finder.with_conjuncts(d) + _state_named(view, d)
                           if m.actor.code not in mine)
            if found:
                return found
    # no doer named: whom the reaction was addressed to ("protested to India over the killing
    # of a teenager", "summoned the Afghan envoy over the killing of soldiers")
    acted = {o.i for o in acts}
    told = pobjs(t, ("to", "with")) + [c for c in t.children if c.dep_ == "dobj" and c.i not in acted]
    told += [p for c in t.children if c.dep_ == "dobj" and c.i not in acted for p in pobjs(c, ("to", "with"))]
    return [m for m in actors_of(view, told) if m.actor.code not in mine]


def _accused(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """Whom a case is brought against when a participle says it: "filed a case at the court
    accusing Israel of genocide" (one event, aimed at the accused)."""
    holders = [t] + [c for c in t.children if c.dep_ == "dobj"]
    for v in (c for h in holders for c in h.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"
              and c.lemma_.lower() in ACCUSING):
        found = [m for o in v.children if o.dep_ == "dobj" for m in view.finder.with_conjuncts(o) if m.actor.code not in mine]
        if found:
            return found
    return []


# prepositions that place a legal action at a court ("filed a petition [at] the Constitutional
# Court", "[with] the Supreme Court", "[before] the tribunal")
COURT_PREPS = ("at", "with", "before", "in", "to")


def _courts_filed_at(view: SentenceView, t: Token) -> set[int]:
    """The courts a case or petition was filed at, on the verb or its object: a venue, not the
    party the case is against."""
    holders = [t] + [c for c in t.children if c.dep_ == "dobj"]
    return {m.head for p in _pobjs_of(holders, COURT_PREPS) for m in view.finder.with_conjuncts(p) if m.actor.sector == "JUD"}


def _challenged_owners(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """"filed a petition against the president's decree": whose the challenged measure is."""
    holders = [t] + [c for c in t.children if c.dep_ == "dobj"]
    return [m for o in _pobjs_of(holders, ("against",)) if not view.finder.with_conjuncts(o)
            for p in o.children if p.dep_ == "poss" for m in view.finder.with_conjuncts(p) if m.actor.code not in mine]


def _pobjs_of(holders: list[Token], preps: tuple[str, ...]) -> list[Token]:
    return [p for h in holders for p in pobjs(h, preps)]


def _summarised(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """"Ethiopia proposed a border commission, a plan Eritrea rejected", "..., a move welcomed by
    Damascus": a clause on a noun that sums up the main act answers whoever did that act."""
    noun = t.head
    passive = t.dep_ == "acl" and t.tag_ == "VBN"
    if not (t.dep_ == "relcl" or passive) or noun.dep_ not in ("npadvmod", "appos") + (("dobj",) if passive else ()):
        return []
    verb = noun.head  # up through the phrase the noun is in apposition to ("a ceasefire in Darfur, a plan ...")
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("dobj", "pobj", "prep", "appos", "conj"):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if noun.lemma_.lower() in CLAIM_NOUNS and verb.dep_ in ("ccomp", "parataxis") \
            and verb.head.lemma_.lower() in view.rules.speech_verbs:
        verb = verb.head  # "Kyiv said Russia had shelled Kherson, a claim Moscow denied": Kyiv claimed it
    return [m for m in subjects(view, verb)[0] if m.actor.code not in mine]


def _holders(view: SentenceView, t: Token, mine: set[str], own: set[str]) -> Mentions:
    """An act aimed at an event is aimed at whoever held it: "condemned joint US and South Korean
    drills", "welcomed Qatar's mediation", "protested against the drills by the US" (the parser
    hangs the by-phrase on the verb); but not its own ("renewed Poland's demand")."""
    events = [o for o in t.children if o.dep_ in OBJECTS] + pobjs(t, ("against", "at", "over", "on", "to"))
    for o in (o for o in events if o.pos_ == "NOUN" and view.lexicon.candidates(o.lemma_.lower(), "NOUN")):
        by = pobjs(o, ("by",)) + ([] if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) else pobjs(t, ("by",)))
        for tok in [c for c in o.children if c.dep_ in ("poss", "nmod", "compound", "amod")] + by:
            found = unique(m for x in tok.subtree for m in view.finder.with_conjuncts(x) + _state_named(view, x)
                           if m.actor.code not in mine and m.actor.country and m.actor.country not in own)
            if found:
                return found
    return []


def _state_named(view: SentenceView, x: Token) -> Mentions:
    """The state a word of a modifier names by itself: each half of "joint US-Israeli drills",
    which the phrase reader takes as one actor."""
    for e in view.finder.entries_at(x.i):
        if e.kind in ("country", "adjective") and e.country:
            start, end, _ = view.finder.hits[x.i]
            return [state_mention(view, e.country, start, end, x.i, "country+sector")]
    return []


def _kin(view: SentenceView, t: Token, sources: Mentions) -> Mentions:
    """The object of an arrest or an assault that has the source's own code but is another
    body (an army's soldiers, a police force's officers); never a pronoun for the source."""
    heads, codes = {m.head for m in sources}, {m.actor.code for m in sources}
    for c in (c for c in t.children if c.dep_ in ("dobj", "nsubjpass")):
        found = [m for m in view.finder.with_conjuncts(c)
                 if m.actor.code in codes and m.head not in heads and m.how != "pronoun"]
        if found:
            return found
    return []


def _victims_of_reasons(view: SentenceView, t: Token) -> set[int]:
    """Tokens naming the victims of the act an arrest is "over" or "for": "arrested four suspects
    over the killing of a journalist", "detained two men in connection with the murder of a
    lawyer" hold the suspects, not the journalist or the lawyer."""
    out: set[int] = set()
    stack = [c for h in [t, *(c for c in t.children if c.dep_ == "dobj")] for c in h.children if c.dep_ == "prep"]
    while stack:
        for p in (c for c in stack.pop().children if c.dep_ == "pobj"):
            if p.lemma_.lower() in view.rules.acts_on_someone:
                out |= {x.i for v in pobjs(p, VICTIM_PREPS) for x in v.subtree} | {p.i}
            else:  # "in connection with the murder of ...": through the phrase to the act
                stack += [c for c in p.children if c.dep_ == "prep"]
    return out


def _suspects(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """Whom an investigation is aimed at: who the investigated acts are "by" ("opened an inquiry
    into abuses by the police against protesters" investigates the police, the state's own or not)."""
    for c in t.children:
        if c.dep_ in ("dobj", "prep"):
            for by in (x for x in c.subtree if x.dep_ in ("prep", "agent") and x.lower_ == "by"):
                # "by Israeli agents": a doer no role word names is still its state's
                found = [m for p in by.children if p.dep_ == "pobj"
                         for m in view.finder.with_conjuncts(p) or [
                             s for a in p.children if a.dep_ in ("amod", "compound") for s in _state_named(view, a)]
                         if m.actor.code not in mine]
                if found:
                    return found
    return []


def _investigated(view: SentenceView, t: Token, mine: set[str]) -> Mentions:
    """Whose conduct an investigation is "into": "an inquiry into the police response", "a
    probe into the army's conduct" investigate the police and the army, named as modifiers (not
    "into the deaths of four miners": the dead are not investigated)."""
    holders = [t] + [c for c in t.children if c.dep_ == "dobj"]
    for o in (p for h in holders for p in pobjs(h, ("into", "of"))):
        for tok in [o] + [c for c in o.children if c.dep_ in ("poss", "compound", "amod")]:
            found = [m for m in view.finder.with_conjuncts(tok) if m.actor.code not in mine]
            if found:
                return found
    return []


def slot_target(view: SentenceView, t: Token, pattern: Pattern, following: list[Token],
                positions: list[int], mine: set[str]) -> Mentions:
    """The actor in the pattern's `+` slot ("expand trade with +")."""
    k = positions[pattern.words.index("+")]
    before = following[k] if k >= 0 else t
    reaction = pattern.code[:2] in view.rules.reaction_roots
    for c in before.children:
        if reaction and c.dep_ == "pobj" and c.lemma_.lower() in view.rules.acts_on_someone and pobjs(c, VICTIM_PREPS):
            return []  # "protested over the killing of a teenager": aimed at the killer, not the victim
        if c.dep_ in ("pobj", "dobj", "dative"):
            # "massed troops along its border with Ethiopia": the state across the border
            across = pobjs(c, ("with",)) if c.lemma_.lower() in view.rules.border_nouns else []
            found = [m for x in across for m in view.finder.with_conjuncts(x) if m.actor.code not in mine] \
                or [m for m in view.finder.with_conjuncts(c) if m.actor.code not in mine]
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
    # (a word of the act's own clause: not ", diplomats said" after it)
    return view.finder.with_conjuncts(following[k + 1]) if k + 1 < len(following) and following[k + 1] in t.subtree else []


def _object_makers(view: SentenceView, t: Token, objects: list[Token]) -> list[Mentions]:
    """Whose the objects are, before what their own phrases name: who fired the weapons, who
    made or proposed the thing, the capital that owns it."""
    # "shot down 20 drones launched by Russia", "31 of the drones fired by Russian forces": whose
    # weapons they were (a weapon itself is no target)
    fired = [o for o in objects if o.lemma_.lower() in view.rules.weapon_nouns] + \
        [p for o in objects for p in pobjs(o, ("of",)) if p.lemma_.lower() in view.rules.weapon_nouns]
    found = [m for m in (actors_of(view, pobjs(a, deps=("agent",))) for w in fired for a in w.children
                         if a.dep_ == "acl" and a.tag_ == "VBN") if m]
    # "a missile fired from Yemen": the state it came from, when no one is said to have fired it
    found += [m for m in (actors_of(view, pobjs(a, ("from",))) for w in fired for a in w.children
                          if a.dep_ == "acl" and a.tag_ == "VBN" and not pobjs(a, deps=("agent",))) if m]
    # "launched 120 drones at Ukraine, and air defences shot down 95 of them": who launched them
    found += _launchers(view, t, fired + [p for o in objects for p in pobjs(o, ("of",)) if p.lower_ == "them"])
    # "criticised the decision by the United States to designate cartels ...", "a visit by U.S.
    # lawmakers to Taiwan": the object's doer comes before what its own phrases name
    found += [m for m in (view.finder.with_conjuncts(p) for o in objects for c in o.children
                          if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj") if m]
    # "accepted a peace plan proposed by the United Nations": who made what is answered (not who
    # only brokered or hosted it: "welcomed the deal brokered by Qatar" is the parties')
    found += [m for m in (actors_of(view, pobjs(a, deps=("agent",))) for o in objects for a in o.children
                          if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() not in view.rules.hosting_verbs) if m]
    # "supported Belgrade's position on Kosovo": a capital owning the object owns it before what
    # the object's own phrases are about
    # ("blocked the administration's tariffs on Canadian energy": a government owning a measure)
    found += [view.finder.with_conjuncts(p) for o in objects if not view.finder.with_conjuncts(o)
              for p in o.children if p.dep_ == "poss" and (p.pos_ == "PROPN" or (
                  p.pos_ == "NOUN" and any(m.actor.sector == "GOV" for m in view.finder.with_conjuncts(p))))]
    return found


def _ships_states(view: SentenceView, objects: list[Token]) -> list[Mentions]:
    """"detained a tanker bound for the Russian port of Ust-Luga", "loaded with Russian oil": the
    state a participle on a ship ties it to (rules.json vessel_ties)."""
    ties = view.rules.vessel_ties
    out: list[Mentions] = []
    for ship in (o for o in objects if o.lemma_.lower() in ties["nouns"]):
        for acl in (c for c in ship.children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in ties["verbs"]):
            for tok in acl.subtree:
                named = [m for m in view.finder.at(tok) if m.actor.country] if tok.pos_ in ("NOUN", "PROPN") else []
                place = view.finder.country_at(tok.i, modifier=True) if not named else None
                if named or place:
                    out.append(named or [state_mention(view, *place, tok.i, "place")])
                    break
    return out


def _launchers(view: SentenceView, t: Token, weapons: list[Token]) -> list[Mentions]:
    """Who launched the weapons an act destroys, told earlier in the sentence: "Russia launched
    120 drones at Ukraine, and air defences shot down 95 of the drones / of them"."""
    nouns = view.rules.weapon_nouns
    out: list[Mentions] = []
    for w in weapons:
        if any(a.dep_ == "acl" for a in w.children):
            continue  # "drones launched by Russia": the weapon's own phrase says whose
        earlier = [d for d in view.doc[:t.i] if d.dep_ == "dobj" and d.lemma_.lower() in nouns
                   and (w.lower_ == "them" or d.lemma_.lower() == w.lemma_.lower()) and d.head.pos_ == "VERB"]
        if earlier:
            out.append(actors_of(view, [c for c in earlier[-1].head.children if c.dep_ == "nsubj"]))
    return [m for m in out if m]


def _candidates(view: SentenceView, t: Token, used: frozenset[int]) -> list[Mentions]:
    """Possible targets in order of preference: the direct object ("rejected a Russian request":
    whose the object is), target prepositions on the trigger or its object, then the one who
    should act in a demanded clause ("demanded that the junta release ...")."""
    # a headline's verb read as a noun takes its object as an apposition ("... expels French ambassador")
    misread = MISREAD_OBJECTS if t.pos_ == "NOUN" and headline_verb(t) else ()
    if t.lemma_.lower() in view.rules.naming_verbs and not any(c.dep_ == "dobj" for c in t.children):
        misread += ("oprd",)  # "Macron called Zelensky": the parser's predicate is who was called
    found = [[m for m in view.finder.with_conjuncts(c) if not (m.head in used and m.how == "sector")]
             for c in t.children if c.dep_ in ("dobj", "dative", "attr") + misread]
    if t.dep_ == "relcl" and not found and t.lemma_.lower() in view.rules.accusing_verbs and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in t.children):
        # "expelled two diplomats it accused of spying": a relative with no "whom" leaves the
        # accused where the clause hangs
        found.append(view.finder.with_conjuncts(t.head))
    objects = [c for c in t.children if c.dep_ in OBJECTS + misread]
    # the words the pattern used hold target prepositions too: "spoke by telephone [with] X"
    holders = [t] + [c for c in t.children if c.dep_ in ("prt", "acomp")] + objects + \
        [view.doc[i] for i in sorted(used) if view.doc[i] not in objects and view.doc[i].i != t.i]
    found += _object_makers(view, t, objects)
    found += _ships_states(view, objects)
    preps = view.rules.target_preps + view.rules.owner_preps
    # each holder's prepositions, read once: the loop asks every holder for every preposition
    held = [(h, h in objects, [(c.lower_, c) for c in h.children if c.dep_ in ("prep", "dative", "agent")])
            for h in holders]
    for prep in preps:
        for h, is_object, kids in held:
            if prep not in view.rules.target_preps and not is_object:
                continue  # "of", "by", "from" say whose an object is, not whom a verb hits
            # ("attacked the town with drones and artillery": an instrument is no one attacked)
            found += [view.finder.with_conjuncts(p) for lower, c in kids if lower == prep
                      for p in c.children if p.dep_ == "pobj"
                      and not (lower == "with" and p.lemma_.lower() in view.rules.weapon_nouns)]
    # "suspended a decree by President Noboa", its "by" misread as the agent of an active verb:
    # the object's author
    if objects and not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        found += [view.finder.with_conjuncts(p) for p in pobjs(t, deps=("agent",))]

    # "a de-escalation of the conflict between India and Pakistan": the parties of what the act is about
    found += [view.finder.with_conjuncts(b) for h in holders for o in pobjs(h, ("of",)) for b in pobjs(o, ("between",))]
    # "declined to comment on reports that Venezuela had moved troops": whom the reports are about
    about = [o for o in pobjs(t, ("on", "about", "over")) if o.pos_ == "NOUN"]
    clauses = [c for o in objects + about for c in o.children if c.dep_ in ("acl", "ccomp")] + list(t.children)
    named = [c for c in t.children if c.dep_ == "ccomp" and _naming_what(view, c)]
    if named:  # "struck what Islamabad described as hideouts in Afghanistan": the thing named, not the namer
        return found + [actor_in(view, p, set()) for c in named for p in _named_as(c)]
    found += [view.finder.with_conjuncts(s) for c in clauses
              if c.dep_ in ("ccomp", "acl") and (c.head.i != t.i or c.dep_ == "ccomp") or _for_clause(c, t)
              for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    # "rejected the opposition's demands", "blocked the government's attempt": a role owns the
    # object (a named state owning it is the object's own actor already)
    found += [[m for m in view.finder.with_conjuncts(p) if m.how == "sector" or m.actor.sector]
              for c in t.children if c.dep_ == "dobj" and not view.finder.with_conjuncts(c)
              for p in c.children if p.dep_ == "poss" and p.pos_ == "NOUN"]
    return found


def _naming_what(view: SentenceView, c: Token) -> bool:
    """A free relative that names the object: "what it described as illegal actions", "what
    the military said were Hezbollah depots"."""
    if c.lemma_.lower() not in view.rules.naming_verbs | view.rules.speech_verbs:
        return False
    return any(w.lower_ == "what" for w in c.children) or any(
        w.lower_ == "what" for k in c.children if k.dep_ == "ccomp" for w in k.children)


def _named_as(c: Token) -> list[Token]:
    """What a naming clause calls the thing: "as [hideouts]", "were [depots]", "called [aggression]"."""
    out = pobjs(c, ("as",)) + [a for a in c.children if a.dep_ in ("oprd", "attr", "dobj") and a.lower_ != "what"]
    return out + [a for k in c.children if k.dep_ == "ccomp" for a in k.children if a.dep_ in ("attr", "acomp")]


def _for_clause(c: Token, t: Token) -> bool:
    """"pushed [for Congress to act]": the one asked to act is the subject of a for-clause."""
    return c.dep_ == "advcl" and c.head.i == t.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)


def _not_possessed(view: SentenceView, found: Mentions, own: set[str]) -> Mentions:
    """"renewed Poland's demand", "its proposal": a thing the source's own country possesses
    names no target (the object's noun stands for the possessor only as a bare country)."""
    return [m for m in found if not (m.actor.code == m.actor.country and m.actor.country in own
                                     and view.doc[m.head].pos_ == "NOUN")]


def _not_own(view: SentenceView, found: Mentions, mine: set[str], own: set[str],
             instrument: bool = False) -> Mentions:
    """A state's own forces are its instrument, not its target ("mobilised army reservists"), and
    a state's body does not act on the state named as a whole ("the defence minister warned that
    Israel would respond"; "the Montenegro Assembly" is a body of it, and may be; so is "the federal
    government" that a region's government acts on). With an
    `instrument` code, forces of no stated country are the actor's own too."""
    return [m for m in found if (m.actor.code not in mine or _named_apart(view, m)
                                 or national_government(view.doc[m.head], view.rules.national_levels)) and not (
        (m.actor.country in own or (instrument and not m.actor.country)) and m.how != "person" and (
            m.actor.sector in ("MIL", "COP") or (not m.actor.sector and _names_the_state(view, m))))]


def _not_weapons(view: SentenceView, found: Mentions) -> Mentions:
    """"Russia launched 112 drones": what is fired, of no stated country, is no target."""
    return [m for m in found if m.actor.country or view.doc[m.head].lemma_.lower() not in view.rules.weapon_nouns]


def _named_apart(view: SentenceView, m: ActorMention) -> bool:
    """A body or person named on its own that shares the source's code ("Hamas accused the
    Palestinian Islamic Jihad"): the pairing checks it is not the source itself."""
    return m.how in NAMED


def _names_the_state(view: SentenceView, m: ActorMention) -> bool:
    return any(e.kind == "country" for e in view.finder.entries_at(m.head))


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

"""Pass 6, selection: which candidates the sentence asserts (its main clause), and which are told twice."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.pairing import VIOLENT_ROOTS, place_state
from eventwire.events.rules import load_rules
from eventwire.events.syntax import (ARGUMENT, CONTENT, QUESTION_MARKS, after_comma, condition, future, has_to_infinitive,
                                     modal, negated, passive_with_agent, pobjs, spine, time_adjunct, verb_of,
                                     visiting_adjective)
from eventwire.ontology import Codebook
from eventwire.types import PEOPLE

MEDIATION_CODES = ("043", "045")  # hosting and mediating
VISIT_CODES = ("042",)  # a visit or an arrival, which its purpose may specify
NO_MORE_SPECIFIC = ("01", "02", "040", "041", "042", "043", "044")  # "to meet the president" adds nothing
ADOPTING = frozenset({"adopt", "approve", "pass"})  # a body adopting a text that says what it does
LAWSUIT = "115"  # bring a lawsuit against
APPEALS = ("02", "10")  # appeals and demands, which a lawsuit's participle may say it seeks
ACCUSATION = "11"  # disapproval and accusations, which may say whom an act is aimed at

SPOKEN_ROOTS = load_rules().spoken_roots  # demands, appeals, criticism: acts of their own when made while acting


def mark_clauses(view: SentenceView, found: Found) -> Found:
    """Mark each candidate as on the main assertion or not, and as a participle of consequence
    ("..., killing four soldiers"). A framed noun's light verb is the frame's, not an act
    ("reached a consensus to exchange information"); an offer that was rejected was not made
    ("turned down an offer to host the talks")."""
    main = spine(view.doc, view.reporting_words)
    triggers = set(found)
    out: Found = {}
    dropped: set[int] = set()
    for i, cand in found.items():
        h = cand.frame or cand.head
        if _adopted_content(view, cand.trigger, triggers):
            dropped.add(i)  # "adopted a resolution condemning the coup": the condemnation is the act
        participle = h.dep_ in ("advcl", "acl", "conj") and h.tag_ == "VBG" and (after_comma(h) or (
            h.dep_ == "conj" and h.head.tag_ == "VBG" and after_comma(h.head)))  # "..., killing four and wounding 11"
        on_spine = h.i in main or (h.pos_ in CONTENT and h.dep_ in ARGUMENT and h.head.i in main)
        if cand.frame is not None and h.pos_ in CONTENT and h.head.i in triggers:
            if h.head.lemma_.lower() in view.rules.light_verbs | view.rules.agreeing_verbs:
                dropped.add(h.head.i)
            else:
                on_spine = False
        out[i] = replace(cand, participle=participle, main=on_spine, hypothetical=_in_condition(view, h),
                         asserted=on_spine or (view.strategy.subordinate_acts and finite_subordinate(view, h))
                         or (bool(cand.targets) and _broker_of_main_act(h, cand.code, main))
                         or _doing_by_object(view, h, cand, main) or _prompted(view, h, main)
                         or _fronted_participle(h, main) or _suffered_by_named(h, main)
                         or _summing_passive(view, h) or _captors_named(view, h, cand))
    return {i: c for i, c in out.items() if i not in dropped}


def _summing_passive(view: SentenceView, h) -> bool:
    """"Washington lifted the sanctions, a move welcomed by Damascus": a passive that names its
    agent, on a noun that sums up the main act, tells an act of its own (conventions 1)."""
    noun = h.head
    return h.dep_ == "acl" and h.tag_ == "VBN" and noun.lemma_.lower() in view.rules.summing_nouns \
        and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," \
        and any(c.dep_ == "agent" for c in h.children)


def _captors_named(view: SentenceView, h: Token, cand: Candidate) -> bool:
    """Conventions (passives that name the agent): "ordered the release of activists detained by
    police", "freed hostages held by al-Shabaab": the people a named captor holds or abducted
    tell that act too. Only seizures of people and assaults (17x, 18x): "a deal brokered by
    Qatar" or "sanctions imposed by the EU" refer to an act, which the conventions do not code."""
    return h.dep_ == "acl" and h.tag_ == "VBN" and cand.code[:2] in ("17", "18") and bool(cand.sources) \
        and any(c.dep_ == "agent" for c in h.children) and bool(view.finder.with_conjuncts(h.head))


def _adopted_content(view: SentenceView, t: Token, triggers: set[int]) -> bool:
    """Whether `t` adopts a text whose participle says what the adopters do ("the Assembly
    adopted a resolution [condemning the coup]"): that act is coded, not an agreement (057)."""
    return t.lemma_.lower() in ADOPTING and any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in view.rules.document_nouns
        and any(a.dep_ == "acl" and a.tag_ == "VBG" and a.i in triggers for a in o.children) for o in t.children)


def _suffered_by_named(h: Token, main: set[int]) -> bool:
    """Conventions: a non-finite clause describing a different act by a named actor is coded:
    "returned fire after being shelled by Cambodian forces" is also the shelling."""
    return h.dep_ == "pcomp" and h.head.dep_ == "prep" and h.head.head.i in main and passive_with_agent(h)


def _fronted_participle(h: Token, main: set[int]) -> bool:
    """Conventions: a participial clause describing a different act by the named actor is coded:
    "Accusing Rwanda of backing the rebels, Kenya recalled its ambassador" is also the accusation
    (an opening -ing clause with no "after", "while" or "by" before it)."""
    return h.dep_ == "advcl" and h.tag_ == "VBG" and h.i < h.head.i and h.head.i in main \
        and h.left_edge.i == h.i and not any(c.dep_ == "mark" for c in h.children) \
        and (h.i == 0 or h.doc[h.i - 1].is_punct)


def _doing_by_object(view: SentenceView, h: Token, cand: Candidate, main: set[int]) -> bool:
    """Conventions: a participle describing a different act by a named actor is coded:
    "fired tear gas at demonstrators [protesting against the tax]" is also the protest."""
    if h.dep_ != "acl" or h.tag_ != "VBG" or not any(m.head == h.head.i for m in cand.sources):
        return False
    noun = h.head  # the participle's doer, an argument of the main verb ("at [demonstrators]")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ARGUMENT:
        noun = noun.head.head  # "arrested [dozens] of students demonstrating ..."
    verb = noun.head if noun.dep_ in ARGUMENT else noun.head.head if noun.dep_ == "pobj" else None
    return verb is not None and verb.i in main and verb.pos_ == "VERB"


def _in_condition(view: SentenceView, h: Token) -> bool:
    """Whether the act is in a condition or a question ("will respond with force if Finland
    hosts the weapons", "unless the rebels withdraw"): told as what may happen, not what did."""
    node = h
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("xcomp", "advcl") and node.head.lemma_ == "be" and any(c.lower_ == "to" for c in node.children):
        node = node.head  # "if Russia were to attack Estonia", "Were China to invade Taiwan"
    if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in view.rules.conditional_marks for c in node.children):
        return True
    if node.dep_ == "relcl" and node.head.lower_ in view.rules.conditional_nouns \
            and node.head.head.dep_ == "prep" and node.head.head.lower_ == "in":
        return True  # "in the event that Serbia attacked Kosovo"
    if _question(node):
        return True
    # "it is unclear whether Iran supplied the missiles", "whether Washington would defend
    # Taiwan remains unclear", "divided over whether China would ...": a question, not a claim
    if node.dep_ in ("ccomp", "csubj", "pcomp") and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in node.children):
        return True
    return _counterfactual(node)


def _question(h: Token) -> bool:
    """"Why did Russia invade Ukraine?", "Could Iran close the strait?": a main clause asked, with
    an auxiliary before its subject or a wh-word, tells no act."""
    if h.dep_ != "ROOT" or not any(c.dep_ == "punct" and c.text == "?" for c in h.children):
        return False
    subject = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        (c.dep_ in ("aux", "auxpass") and c.i < subject.i) or (c.tag_ in ("WRB", "WP", "WDT") and c.i < subject.i)
        for c in h.children)


def _counterfactual(h: Token) -> bool:
    """Conventions: counterfactuals are not coded. "Had Iran accepted the deal, ...": a condition
    told by inversion; "Israel would have stopped its offensive": what did not happen."""
    aux = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
    subject = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = h.dep_ == "advcl" and subject is not None and any(
        a.lower_ in ("had", "were", "should") and a.i < subject.i for a in [*aux, h]) \
        and not any(c.dep_ == "mark" for c in h.children)
    perfect_modal = any(a.lower_ in ("would", "could", "might") for a in aux) and any(a.lower_ == "have" for a in aux) \
        and h.tag_ == "VBN"
    return inverted or perfect_modal


def _prompted(view: SentenceView, h: Token, main: set[int]) -> bool:
    """Conventions: "..., prompting Mexico to sever relations" is coded: what a main act (or its
    participle of consequence) prompted someone to do happened."""
    cause = h.head
    if h.dep_ not in ("xcomp", "advcl") or cause.lemma_.lower() not in view.rules.prompting_verbs \
            or not any(c.dep_ == "dobj" for c in cause.children):
        return False
    if _forecast_consequence(view, h) or negated(cause):
        return False
    return cause.i in main or (cause.dep_ in ("advcl", "conj") and cause.head.i in main)


def _forecast_consequence(view: SentenceView, h: Token) -> bool:
    """"The move could prompt Beijing to retaliate", "the sanctions will force Moscow to cut
    supplies": what a cause only could, might, would or will make someone do has not happened."""
    cause = h.head
    return h.dep_ in ("xcomp", "advcl") and cause.lemma_.lower() in view.rules.prompting_verbs \
        and any(c.dep_ == "dobj" for c in cause.children) and (modal(cause) or future(cause))


def _broker_of_main_act(h: Token, code: str, main: set[int]) -> bool:
    """"(held talks) in a round brokered by Qatar", "talks hosted by Oman": the mediator or host
    named as the agent of a participle on the main act's own talks is a party to that act."""
    if h.dep_ != "acl" or h.tag_ != "VBN" or not code.startswith(MEDIATION_CODES):
        return False
    verb = verb_of(h.head)
    return verb is not None and verb.i in main and any(c.dep_ == "agent" for c in h.children)


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
SUBORDINATE = ("advcl", "relcl", "ccomp", "conj", "pcomp", "acl")


def finite_subordinate(view: SentenceView, h: Token) -> bool:
    """Conventions: an act told in a finite subordinate clause with its own subject is coded
    ("... a day after protesters stormed parliament", "the drills that the two navies held"),
    unless the clause is a condition or a question ("if the army attacks")."""
    if h.pos_ not in ("VERB", "AUX") or h.dep_ not in SUBORDINATE:
        return False
    # "protesters who were marching on parliament": a relative clause's "who"/"which" is its own
    # subject when the noun it hangs from is itself an actor (not "a U.N. resolution that aims to")
    relative = h.dep_ == "relcl" and bool(view.finder.entries_at(h.head.i))
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ not in ("WDT", "WP") or relative)
                      for c in h.children)
    # "an offer the students rejected": a past form the tagger took for a participle, which an
    # active subject with no auxiliary shows to be finite
    past = h.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in h.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in h.children)
    finite = h.tag_ in FINITE_TAGS or past or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in h.children)
    conditional = any(c.dep_ == "mark" and c.lower_ in view.rules.conditional_marks for c in h.children)
    # "the hostages, whom they had taken in May": a past perfect relative clause on what was
    # done to its noun is background; one on what its noun did leads to the main act ("killed
    # 30 insurgents who had attacked a police station") and is coded
    background = h.dep_ == "relcl" and h.tag_ == "VBN" and any(c.lower_ == "had" for c in h.children) \
        and not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in h.children)
    # "sheltering armed groups that attack Venezuelan troops": a relative clause in the simple
    # present says what its noun is like, not what it did; but speech and blame are told in the
    # present ("Serbia, which Kosovo accuses of arming militants")
    said = h.lemma_.lower() in view.rules.speech_verbs | view.rules.accusing_verbs
    habitual = h.dep_ == "relcl" and h.tag_ in ("VBZ", "VBP") and not said \
        and not any(c.dep_ in ("aux", "auxpass") for c in h.children)
    # "Egypt, which has hosted talks since 2023, said ...": a relative clause in the perfect over
    # years tells its noun's record, background to the sentence's act
    record = h.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in h.children) \
        and any((p.like_num and len(p.text) == 4) or (p.lemma_.lower() in ("year", "decade") and p.tag_ == "NNS")
                for p in pobjs(h, ("since", "for")))
    return finite and own_subject and not conditional and not background and not habitual and not record


def nominal_references(view: SentenceView, found: Found) -> Found:
    """Conventions: a noun that only refers to an event ("after their talks", "the minister's
    visit", "the coup attempt") is not coded; an event noun is an act when a verb carries it
    ("launched an attack", "talks were held"), a frame governs it ("ready for talks"), or it is
    said to happen ("clashes erupted between ...")."""
    rules = view.rules
    carriers = rules.light_verbs | rules.receiving_verbs | rules.agreeing_verbs | rules.occurrence_verbs

    def carried(c: Candidate) -> bool:
        t = c.trigger
        if c.pattern is None or c.pattern.pos != "NOUN" or c.frame is not None:
            return True
        # "launched an attack", "received aid", "clashes erupted"; not "to prevent incursions"
        return (c.anchor is not None and c.anchor.lemma_.lower() in carriers) or \
            (t.dep_ == "nsubj" and t.head.lemma_.lower() in rules.occurrence_verbs and _happened(t))
    return {i: c for i, c in found.items() if carried(c)}


def _happened(noun: Token) -> bool:
    """"talks took place" happened; "talks did not take place", "no meeting took place" and
    "talks, if they happen, would take place" did not."""
    return not (negated(noun.head) or any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
                or condition(noun.head) is not None)


def unasserted(view: SentenceView, found: Found) -> Found:
    """What a negated verb governs did not happen ("will not let criminals hold the city
    hostage", "did not order troops to fire"), nor what a noun of possibility holds ("Russia's
    ability to wage war", "the right to strike"), nor what a document someone blocked would have
    said ("vetoed a resolution calling for a ceasefire"), nor what is stopped or avoided ("stop
    buying Iranian oil", "avoid travelling to Japan")."""
    def hypothetical(c: Candidate) -> bool:
        if c.frame is not None:
            return False
        h = c.head
        if _of_modal_noun(view, h):
            return True
        halting = h.head.head if h.dep_ == "pcomp" else h.head  # "stop buying", "refrain from attacking"
        if h.tag_ == "VBG" and h.dep_ in ("xcomp", "pcomp") and halting.lemma_.lower() in view.rules.halting_verbs:
            return True
        if h.lemma_.lower() in view.rules.naming_verbs and any(c.lower_ == "what" for c in h.children):
            return True  # "protested over what it called aggressive actions": naming, not condemning
        if h.dep_ == "acl" and h.tag_ == "VBG" and h.head.lemma_.lower() in view.rules.document_nouns \
                and h.head.head.lemma_.lower() in view.rules.blocking_verbs:
            return True  # "vetoed a resolution calling for a ceasefire": it never called for one
        if _forecast_consequence(view, h):
            return True
        while (h.dep_ in ("xcomp", "ccomp") or (h.dep_ == "advcl" and has_to_infinitive(h))) and h.head.i != h.i:
            infinitive = h.dep_ == "xcomp" and has_to_infinitive(h)
            h = h.head
            if negated(h) or (infinitive and _unrealised(view, h)):
                return True
        return False
    if not view.strategy.hypotheticals:
        return found
    return {i: c for i, c in found.items() if not hypothetical(c)}


def _of_modal_noun(view: SentenceView, h: Token) -> bool:
    """An infinitive that a noun of possibility or plan holds ("the right to strike"), also where
    the parser hung it on the noun's verb ("foiled a plot [to assassinate ...]")."""
    nouns = view.rules.modal_nouns
    return has_to_infinitive(h) and (
        (h.dep_ == "acl" and h.head.lemma_.lower() in nouns)
        or (h.dep_ in ("xcomp", "advcl") and any(o.dep_ == "dobj" and o.i < h.i and o.lemma_.lower() in nouns
                                                 for o in h.head.children)))


def _unrealised(view: SentenceView, governor: Token) -> bool:
    """"is unlikely / reluctant / unable to V", "has yet to V": the act has not happened."""
    return governor.lemma_.lower() in view.rules.unrealised_words or (
        governor.lemma_.lower() in ("have", "be")
        and any(c.dep_ == "advmod" and c.lower_ in view.rules.unrealised_words for c in governor.children))


SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,%])")  # "2-1", "3–0"


def sport(view: SentenceView, found: Found) -> Found:
    """Conventions: sport is not coded. "Brazil beat Colombia 2-1 in a friendly": a contest verb
    in a sentence with a score or a word of sport tells a result; "the national volleyball team
    arrived in Riyadh": whatever sportspeople do is sport."""
    rules = view.rules
    if not SCORE.search(view.doc.text) and not any(
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in rules.sport_words | rules.athlete_nouns for t in view.doc):
        return found
    return {i: c for i, c in found.items()
            if c.trigger.lemma_.lower() not in rules.contest_verbs and not _by_sportspeople(view, c.trigger)}


def _by_sportspeople(view: SentenceView, t: Token) -> bool:
    """"cricketers will tour Pakistan", "a delegation of athletes", "the national volleyball
    team arrived"; not "the Arab League" or "the strikers" (as sport words, a league and a
    striker are names and workers as often)."""
    rules = view.rules
    return any(s.dep_ in ("nsubj", "nsubjpass") and any(w.pos_ == "NOUN" and (
        w.lemma_.lower() in rules.athlete_nouns
        or (w.lemma_.lower() in rules.team_nouns and any(m.lemma_.lower() in rules.sport_words for m in w.lefts)))
        for w in s.subtree) for s in t.children)


RECEIVING = frozenset({"receive", "welcome", "host"})
HOSTING = "043"  # host a visit


def guests(view: SentenceView, found: Found) -> Found:
    """"received visiting Foreign Minister Araqchi": "visiting" says who the guest is; the
    receiving is the act (aimed at the guest, targets.targets)."""
    out: Found = {}
    for i, c in found.items():
        if c.trigger.lemma_.lower() == "welcome" and c.code.startswith("05") and _a_person_welcomed(view, c.trigger):
            out[i] = replace(c, code=HOSTING)  # "Ruto welcomed Abiy in Nairobi": a host, not praise
        elif not visiting_adjective(c.trigger):
            out[i] = c
        elif c.trigger.head.lemma_.lower() in RECEIVING and c.trigger.head.i not in found:
            out[i] = replace(c, code=HOSTING)  # the receiving verb's pattern missed the guest past "visiting"
    return out


def told_to_leave_again(view: SentenceView, found: Found) -> Found:
    """"expelled the French ambassador and ordered him to leave within 72 hours": the order to
    leave is the expulsion told again (conventions 2), not a demand of its own."""
    expelled = any(c.code.startswith(EXPULSIONS) for c in found.values())
    return {i: c for i, c in found.items() if not (
        expelled and c.code.startswith("10") and c.trigger.lemma_.lower() in ("order", "tell", "give")
        and any(x.dep_ == "xcomp" and x.lemma_.lower() == "leave" for x in c.trigger.children))}


EXPULSIONS = ("161", "166", "174", "201")


def own_goals(view: SentenceView, found: Found) -> Found:
    """"sought to reduce its reliance on Moscow": seeking to do something of one's own is no
    appeal to anyone (the bare 020 of "seek"); seeking help, support or talks keeps its code."""
    return {i: c for i, c in found.items() if not (
        c.code == "020" and c.trigger.lemma_.lower() == "seek" and c.frame is None
        and any(x.dep_ == "xcomp" and has_to_infinitive(x) for x in c.trigger.children))}


def carried(view: SentenceView, found: Found) -> Found:
    """"arrested the opposition leader and flew him to Kampala": who carries someone somewhere
    does not visit it (042 is the traveller's)."""
    return {i: c for i, c in found.items() if not (
        c.code in VISIT_CODES and c.trigger.lemma_.lower() in view.rules.carrying_verbs
        and any(o.dep_ == "dobj" and (o.pos_ == "PRON" or view.finder.at(o)) for o in c.trigger.children))}


def forces_on_duty(view: SentenceView, found: Found) -> Found:
    """"police arrived at the scene", "soldiers arrived in the area": security forces going
    somewhere at home visit no one (042 needs a host); troops arriving in another state do."""
    def at_home(c: Candidate) -> bool:
        if c.code not in VISIT_CODES or not c.sources or any(m.actor.sector not in ("COP", "MIL") for m in c.sources):
            return False
        own, placed = {m.actor.country for m in c.sources}, place_state(view, c.head)
        if not placed and any(p.pos_ == "PROPN" for p in pobjs(c.head, ("in", "to", "at"))):
            return False  # "arrived in Gao": a named place of unknown country may be abroad
        return all(not m.actor.country or m.actor.country in own for m in (*c.targets, *placed))
    return {i: c for i, c in found.items() if not at_home(c)}


def _a_person_welcomed(view: SentenceView, t: Token) -> bool:
    """"welcomed Abiy in Nairobi", "where Tusk welcomed him": a person, not a decision, is welcomed."""
    return any(o.dep_ == "dobj" and (o.lower_ in ("him", "her") or (o.pos_ == "PROPN" and (
        o.ent_type_ == "PERSON" or any(m.how in PEOPLE for m in view.finder.at(o))))) for o in t.children)


def elections(view: SentenceView, found: Found) -> Found:
    """Conventions: elections are not coded ("voters went to the polls on Sunday"), nor what one
    was elected "on a promise to" do: a campaign's pledge, told as how the vote was won."""
    polls = view.rules.polls
    if view.lemmas.isdisjoint(polls["words"]) and view.lemmas.isdisjoint(polls["verbs"]):
        return found
    return {i: c for i, c in found.items() if not (
        (c.code in polls["codes"] and any(o.lemma_.lower() in polls["words"] for o in pobjs(c.trigger, ("to",))))
        or (c.frame is not None and c.frame.dep_ == "pobj" and c.frame.head.lower_ == "on"
            and c.frame.head.head.lemma_.lower() in polls["verbs"]))}


def surveys(view: SentenceView, found: Found) -> Found:
    """Conventions: opinions and economic data are no acts. A sentence telling what a poll, survey
    or data found or showed codes nothing; an act a share of a people supports or believes in, and
    trade told as a volume by the unit, is dropped (rules.json surveys)."""
    rules = view.rules.surveys
    polled = not view.lemmas.isdisjoint(rules["nouns"]) and any(
        t.lemma_.lower() in rules["nouns"] and t.dep_ in ("nsubj", "pobj")
        and (t.head.lemma_.lower() in rules["verbs"] or t.head.lower_ == "to") for t in view.doc)
    return {i: c for i, c in found.items() if not (polled or _share_of_people(view, c.trigger, rules["shares"])
                                                   or (c.code.startswith(TRADE) and _by_the_unit(c.trigger, rules["units"])))}


TRADE = "06"  # material cooperation: trade told as a volume is economic data


def _by_the_unit(t: Token, units) -> bool:
    """"bought 12 million barrels of Russian crude": a volume traded, measured by the unit."""
    return any(o.dep_ == "dobj" and o.lemma_.lower() in units and any(n.like_num or n.dep_ == "nummod" for n in o.subtree)
               for o in t.children)


def _share_of_people(view: SentenceView, t: Token, shares) -> bool:
    """Whether the act or a verb it hangs from has a share of a people as subject: "60% of
    Poles support ...", "Most Israelis back ...", "two-thirds of Taiwanese believe ..."."""
    verbs = [t]
    while verbs[-1].dep_ in ("xcomp", "ccomp") and len(verbs) < 4:  # "support [sending]", "believe [.. attack]"
        verbs.append(verbs[-1].head)
    for verb in verbs:
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            words = list(subj.subtree)
            if any(w.lemma_.lower() in shares for w in words) and any(
                    w.tag_ in ("NNPS", "NNS") and w.ent_type_ == "NORP" for w in words):
                return True
    return False


SOURCING_ROOTS = frozenset({"01", "02", "12"})  # what a source asking not to be named is coded as


def anonymity(view: SentenceView, found: Found) -> Found:
    """"a resident who asked not to be named", "a diplomat who requested anonymity": how the news
    was sourced, not an appeal. Only a request, statement or refusal can be one: "killed nine
    passengers after checking their identity cards" and "arrested a journalist in the name of
    security" are acts."""
    if not view.lemmas & view.rules.anonymity_words:
        return found
    return {i: c for i, c in found.items() if not (c.code[:2] in SOURCING_ROOTS and _asks_anonymity(view, c.trigger))}


def _asks_anonymity(view: SentenceView, t: Token) -> bool:
    words = view.rules.anonymity_words
    return any((c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in words)
               or (c.dep_ == "xcomp" and c.lemma_.lower() in words and any(a.dep_ == "auxpass" for a in c.children))
               or (c.dep_ == "prep" and any(g.lemma_.lower() in words for g in c.subtree))
               # "asked that her name not be used / be withheld"
               or (c.dep_ == "ccomp" and any(g.dep_ == "nsubjpass" and g.lemma_.lower() in words for g in c.children))
               for c in t.children)


def thing_participles(view: SentenceView, found: Found) -> Found:
    """"sanctions targeting Russian banks", "actions targeting the United States": a participle of
    force that tells what a thing (not a person or group) is aimed at describes the thing; the act,
    if any, is the noun's or the verb's that carries it. ("A statement urging Iran to ..." is the
    statement's appeal, and stays.)"""
    return {i: c for i, c in found.items() if not (
        c.code[:2] in VIOLENT_ROOTS and c.trigger.dep_ == "acl" and c.trigger.tag_ == "VBG"
        and c.trigger.head.pos_ == "NOUN" and not after_comma(c.trigger) and not view.finder.at(c.trigger.head))}


def subject_nouns(view: SentenceView, found: Found) -> Found:
    """Conventions ("nominalisations and noun-phrase references are not coded"): "NATO's decision
    to deploy two battalions angered Moscow", "Baku's offer to host talks was welcomed by Yerevan":
    what a noun that is itself the subject of another verb holds is a reference, not an act."""
    def referred(c: Candidate) -> bool:
        h = c.head
        noun = h.head
        verb = noun.head
        # "the decision to expel the envoy was taken by the junta", "a plan ... was approved by
        # parliament": a verb that makes or adopts the decision carries its act
        carried = verb.lemma_.lower() in view.rules.light_verbs | view.rules.adopting_verbs
        return h.dep_ == "acl" and has_to_infinitive(h) and noun.pos_ == "NOUN" and not carried \
            and noun.dep_ in ("nsubj", "nsubjpass") and (verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT")
    return {i: c for i, c in found.items() if not referred(c)}


def endangerings(view: SentenceView, found: Found) -> Found:
    """"The Houthi attacks threaten global trade", "the plan threatens the ceasefire": a thing
    that threatens endangers; no one threatens anyone (a threat has a doer: "Iran threatened
    Israel", "threatened to close the strait"). The subject's own word names no actor, though its
    modifiers may ("Houthi")."""
    def endangering(c: Candidate) -> bool:
        t = c.trigger
        if t.lemma_.lower() not in view.rules.endangering_verbs or c.frame is not None:
            return False
        subject = next((s for s in t.children if s.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "NOUN" and not view.finder.entries_at(subject.i) \
            and not any(k.dep_ in ("xcomp", "ccomp") for k in t.children) \
            and not any(a.dep_ == "appos" and view.finder.at(a) for a in subject.children)  # "chairman Dmitry Medvedev"
    return {i: c for i, c in found.items() if not endangering(c)}


def long_standing(view: SentenceView, found: Found) -> Found:
    """"Serbia has long accused Kosovo of ...", "Beijing has long threatened to ...": an act its
    doer has done for a long time (an adverb of habit right before the verb, or before the frame
    that holds it) characterises the doer; it is background, not an act of the story."""
    adverbs = view.rules.long_standing_adverbs

    def habit(v: Token | None) -> bool:
        return v is not None and v.pos_ in ("VERB", "AUX") and v.i > 0 and view.doc[v.i - 1].lower_ in adverbs \
            and view.doc[v.i - 1].head.i == v.i and view.doc[v.i - 1].dep_ == "advmod"
    kept = {i: c for i, c in found.items() if not (habit(c.head) or habit(c.frame))}
    # a record over years is background to the news the sentence tells; a sentence that tells
    # only the record ("Russia has shelled Kharkiv for years") keeps it, as the record is its news
    # (a bare statement, which is not coded, is no news: "X said Russia has shelled Kharkiv for years")
    news = {i: c for i, c in kept.items() if not _over_a_long_span(view, c.head)}
    return news if any(not statement(c.code or "") for c in news.values()) else kept


def _over_a_long_span(view: SentenceView, t: Token) -> bool:
    """"Russia has bombed Ukrainian cities for years", "over the past decade, China has built
    islands": an act in the perfect over years or decades (rules.json long_span_nouns) is its
    doer's record, as one said 'long' done is, and so is what it governs ("has for years accused
    Beijing [of stealing] technology"); the perfect marks the span as the act's own, where a
    simple past's "for five years" is how long its result lasts ("banned him for five years").
    A verb coordinated with it that has a subject or a time of its own ("..., and on Monday it
    expelled") is an act of its own; one with neither ("have been holding talks, conducting
    drills and ...") shares the perfect and the span."""
    spans = view.rules.long_span_nouns
    perfect = span = False  # the parser may hang the span on the governed gerund ("of abducting ... for decades")
    while True:
        perfect = perfect or any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
        gerunds = [g for p in t.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
        span = span or any(p.lemma_.lower() in spans and (p.tag_ == "NNS" or p.lemma_.lower() != "year")
                           for v in (t, *gerunds) for p in pobjs(v, ("for", "over", "in")))
        shared = t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "npadvmod") or time_adjunct(c)
                                              for c in t.children)
        if (t.dep_ in ("ROOT", "conj", "relcl", "parataxis") and not shared) or t.head.i == t.i:
            return perfect and span
        t = t.head


def patrons(view: SentenceView, found: Found) -> Found:
    """"The Houthis are backed by Iran", "the militia, which is funded by Tehran, attacked ...":
    a present-tense passive of standing patronage (rules.json patronage_verbs) on an actor
    describes who stands behind it; it is no act of the story. The past ("was backed by") is."""
    def standing(t: Token) -> bool:
        subject = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
            subject = t.head  # "which is backed by": the noun the clause is on
        return t.lemma_.lower() in view.rules.patronage_verbs and t.tag_ == "VBN" and subject is not None \
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in t.children) \
            and bool(view.finder.with_conjuncts(subject))
    return {i: c for i, c in found.items() if not standing(c.trigger)}


def prescribed(view: SentenceView, found: Found) -> Found:
    """"The treaty says Japan must consult Seoul", "the plan envisages troops patrolling the
    border", "under the accord, police may arrest smugglers": what a text of rules requires,
    allows or foresees is a rule, not an act anyone did, nor a demand (a text is no actor)."""
    texts = view.rules.prescribing_texts
    if not view.lemmas & frozenset(texts["words"]):
        return found

    def text(t: Token) -> bool:
        return t.lemma_.lower() in texts["words"] and not view.finder.entries_at(t.i)

    def modal(v: Token) -> bool:
        return any(a.dep_ == "aux" and a.lower_ in texts["modals"] for a in v.children)

    def unfinished(v: Token) -> bool:  # "troops patrolling", "police to arrest": no tense of its own
        return v.tag_ in ("VB", "VBG") and not any(a.dep_ in ("aux", "auxpass") and a.lower_ != "to" for a in v.children)
    held: set[int] = set()
    for verb in view.doc:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and all(text(s) for s in subj):
            clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
            held |= {x.i for c in clauses if modal(c) or unfinished(c) for x in c.subtree}
        if modal(verb) and any(text(p) for p in pobjs(verb, ("under",))):
            held.add(verb.i)
    return {i: c for i, c in found.items() if c.head.i not in held}


def reduced_relatives(view: SentenceView, found: Found) -> Found:
    """"Rwandan troops deployed in the province killed 11 insurgents": the parser reads the
    participle describing the troops as the main verb and the real one as its conjunct, with no
    "and" or comma between; the participle is no act of its own (an agentless passive)."""
    def misread(t) -> bool:
        if t.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("cc", "aux", "auxpass") for c in t.children):
            return False
        return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBD" and not any(
            x.is_punct or x.dep_ == "cc" for x in view.doc[t.i + 1:c.i]) for c in t.children)
    return {i: c for i, c in found.items() if not misread(c.trigger)}


def _purpose_over_visit(cands: list[Candidate]) -> list[Candidate]:
    """Conventions (specificity; negotiation and mediation over a meeting or visit): "arrived in
    Kabul to mediate between ...", "troops arrived to deliver relief supplies" are the mediation
    and the aid, not the arrival; "arrived to meet the president" stays the visit."""
    replaced: dict[int, Candidate | None] = {}  # by position: a visit goes (None), its purpose stays
    for k, visit in enumerate(cands):
        if not (visit.code.startswith(VISIT_CODES) and visit.asserted):
            continue
        purpose = [(j, c) for j, c in enumerate(cands) if c.head.dep_ in ("advcl", "xcomp")
                   and has_to_infinitive(c.head) and _governed_by(c.head, visit.trigger)
                   and not c.code.startswith(NO_MORE_SPECIFIC)]
        if purpose:
            # "to help deliver supplies": the most specific act; it is aimed where the visit was
            j, best = max(purpose, key=lambda jc: (len(jc[1].code), jc[1].head.i))
            targets = best.targets or visit.targets
            anchor = best.anchor if targets else visit.trigger  # "arrived in Tonga": the place of the act
            replaced[j] = replace(best, asserted=True, main=visit.main, targets=targets, anchor=anchor)
            replaced[k] = None
    return [c for c in (replaced.get(k, c) for k, c in enumerate(cands)) if c is not None]


def _governed_by(h: Token, trigger: Token) -> bool:
    """Whether a purpose clause hangs from the trigger, directly or through "help" ("to help deliver")."""
    return h.head.i == trigger.i or (h.head.dep_ in ("advcl", "xcomp") and h.head.head.i == trigger.i)


def _aimed_by_accusation(cands: list[Candidate]) -> list[Candidate]:
    """An act aimed at no one is aimed at whom its participle accuses ("condemned the vote,
    accusing Britain of hypocrisy", "warned of a response, accusing Israel of violating the truce")."""
    accusing = [c for c in cands if c.participle and c.code.startswith(ACCUSATION) and c.targets]
    if not accusing:
        return cands
    out = []
    for c in cands:
        if not c.participle and not c.targets:
            accuser = next((a for a in accusing if _hangs_from(a.head, c.trigger)), None)
            if accuser is not None:
                c = replace(c, targets=accuser.targets)
        out.append(c)
    return out


def _hangs_from(h: Token, trigger: Token) -> bool:
    """Whether a participle hangs from the act's verb or the verb above it ("threatened to close")."""
    above = h.head.head if h.head.dep_ in ("xcomp", "ccomp") else h.head
    return trigger.i in (h.head.i, above.i) or (trigger.dep_ in ("xcomp", "ccomp") and h.head.i == trigger.head.i)


def statement(code: str) -> bool:
    return code.startswith("01") and code in ("010", "011")


def select(cands: list[Candidate], codebook: Codebook) -> list[Candidate]:
    """The acts to code, reported acts first. The sentence's main assertion is coded; acts in
    finite subordinate clauses with their own subject too; acts in purpose, participial and
    other non-finite clauses only when nothing else is asserted. Agentless acts are not coded. A bare statement counts only when nothing else is reported,
    and a participle that tells the same kind of act again ("attacked the camp, killing 15
    people") is not a second event."""
    # nor agentless passives; but what someone "must" do, said with no speaker in the sentence, is
    # a demand the article may give a maker (the speaker of a quotation whose cue comes later)
    cands = [c for c in cands if not c.negated and not c.hypothetical and (c.sources or c.maker_in_article)]
    # "..., ending months of negotiations", "..., injuring two crew": a participle of consequence
    # aimed at no one elaborates the act before it (conventions 2); a demand or appeal made while
    # acting ("rallied in Nairobi, demanding higher prices") is an act of its own
    cands = [c for c in cands if not (c.participle and not c.targets and c.code[:2] not in SPOKEN_ROOTS)]
    # "sued Russia at the ICJ, seeking reparations": what a lawsuit seeks is the lawsuit (conventions 2)
    if any(c.code.startswith(LAWSUIT) and not c.participle for c in cands):
        cands = [c for c in cands if not (c.participle and c.code.startswith(APPEALS))]
    cands = _purpose_over_visit(cands)
    acts = [c for c in cands if not statement(c.code)]
    if acts:
        cands = [c for c in acts if c.asserted] or acts
    elif any(c.main for c in cands):
        cands = [c for c in cands if c.main]
    cands = _aimed_by_accusation(cands)
    quads = {codebook.closest(c.code).quad_class for c in cands if not c.participle and codebook.closest(c.code)}
    roots = {c.code[:2] for c in cands if not c.participle}
    # ("threatened to close the strait, accusing Washington of piracy": an accusation is a second
    # act beside any act but a criticism, which it only elaborates)
    cands = [c for c in cands if not c.participle or codebook.closest(c.code) is None
             or codebook.closest(c.code).quad_class not in quads
             or (c.code.startswith(ACCUSATION) and c.targets and ACCUSATION not in roots)]
    return sorted(cands, key=lambda c: (c.code.startswith("01"), not c.main, c.trigger.i))

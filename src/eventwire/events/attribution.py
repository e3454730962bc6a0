"""Pass 4, attribution: reported speech gives a speaker, not a source; "X said Y must ..." is X's demand."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import actors_of, subjects
from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.pairing import unique
from eventwire.events.syntax import conjunct_head, future, moved_conjuncts, pobjs, possible, scheduled, verb_of
from eventwire.events.triggers import DENIAL, noun_arguments
from eventwire.verbs import Frame

MAX_HOPS = 6  # how far up from the act its reporting verb may be
CLAIM = "015"  # acknowledge or claim responsibility


def reporting_verb(view: SentenceView, cand: Candidate) -> Token | None:
    """The verb of speech that reports the act: "the ministry said [the army had withdrawn]",
    or a reporting clause hung off the act itself ("the army withdrew, the ministry said")."""
    g = cand.frame or cand.trigger
    for _ in range(MAX_HOPS):
        if g.dep_ in ("ccomp", "parataxis") and g.head.lemma_.lower() in view.rules.speech_verbs:
            return g.head
        if g.dep_ == "ROOT" or g.head.i == g.i:
            # "..., the ministry said"; not the act's own complement ("warned that Pakistan would
            # respond forcefully": responding is what was warned of, not who reports it)
            later = [c for c in g.children if c.dep_ in ("advcl", "parataxis", "ccomp")
                     and c.lemma_.lower() in view.rules.speech_verbs and c.i > g.i
                     and not any(m.dep_ == "mark" for m in c.children) and view.doc[c.left_edge.i - 1].text == ","]
            return later[-1] if later else None
        g = g.head
    return None


def attach_speakers(view: SentenceView, found: Found) -> Found:
    """Each reported act with its reporting verb; the saying itself is no second event ("X said
    Y accused Z" is Y's accusation, said by X)."""
    out = {i: replace(c, via_speech=reporting_verb(view, c)) for i, c in found.items()}
    speaking = {c.via_speech.i for c in out.values() if c.via_speech is not None}
    # a verb of speech that is itself coded ("warned" 130) is attribution when what it reports
    # is coded in the same family ("warned it would expel the envoys if ..." is the threat)
    reported = {(c.via_speech.i, c.code[:2]) for c in out.values()
                if c.via_speech is not None and c.via_speech.i != c.trigger.i}
    # "China has sent warships into its waters, Tokyo warned on Wednesday": a verb of speech
    # after the act it reports is only its attribution, whatever that act is
    after = {c.via_speech.i for c in out.values() if c.via_speech is not None and c.via_speech.i > c.trigger.i}
    out = {i: c for i, c in out.items() if not (i in speaking and (
        c.code.startswith("01") or view.strategy.linear or (i, c.code[:2]) in reported or i in after))}
    if view.strategy.linear and any(c.trigger.lemma_.lower() not in view.rules.speech_verbs for c in out.values()):
        # imported codes do not say which are statements: a reporting verb ("..., an official
        # said") is not an event beside the act it reports
        out = {i: c for i, c in out.items()
               if not (c.trigger.lemma_.lower() in view.rules.speech_verbs and c.trigger.dep_ == "ROOT")}
    return out


def forecasts(view: SentenceView, found: Found) -> Found:
    """"Analysts said Beijing could retaliate", "experts believe Russia may attack within five
    years", "..., according to analysts": what commentators foresee a state doing is their
    guess, no threat or promise of the state's (conventions 5 code the future act its doer or its
    side announces). A past act they
    report ("analysts said Russia had moved troops") stays reported speech."""
    out = dict(found)
    for i, c in found.items():
        if not _told_by_commentators(view, c):
            continue
        h = c.head
        if future(h) or possible(h, view.rules.possibility_modals) or scheduled(h, view.rules.schedule_words):
            del out[i]
    return out


def _told_by_commentators(view: SentenceView, c: Candidate) -> bool:
    """Whether commentators report the act: they say it ("analysts said ..."), or it is told
    "according to" them, on the act's own verb or one above it."""
    nouns = view.rules.commentator_nouns
    v = c.via_speech
    if v is not None:
        return any(k.dep_ == "nsubj" and k.lemma_.lower() in nouns for k in v.children)
    verbs = [c.head, *c.head.ancestors]
    return any(p.lower_ == "according" and any(o.lemma_.lower() in nouns for o in pobjs(p, ("to",)))
               for verb in verbs for p in verb.children if p.dep_ == "prep")


def addressed_promises(view: SentenceView, found: Found) -> Found:
    """"Russia warned Moldova that it would cut gas supplies", "China assured Pakistan it would
    send aid": a promise or threat told to someone about the speaker's own act, with no target of
    its own, is aimed at whoever it was told to."""
    out = dict(found)
    for i, c in found.items():
        v = c.via_speech
        if v is None or c.targets or not c.code.startswith(view.rules.promise_codes):
            continue
        told = [m for m in actors_of(view, [k for k in v.children if k.dep_ in ("dobj", "dative")])
                if view.doc[m.head].lemma_.lower() not in view.rules.press_words]  # "told reporters": no one
        speakers = {m.actor.country or m.actor.code for m in subjects(view, v)[0]}
        if told and speakers & {m.actor.country or m.actor.code for m in c.sources}:
            out[i] = replace(c, targets=tuple(told))
    return out


def reprisals(view: SentenceView, found: Found) -> Found:
    """"said Pakistani jets had bombed villages and vowed to retaliate": a threat or protest with
    no target, coordinated after the hostile act its reporter tells was done, is aimed at the
    doer of that act (the reporter is its source: syntax.conjunct_head)."""
    out = dict(found)
    by_head = {c.head.i: c for c in found.values()}
    for i, c in found.items():
        if c.targets or not c.code.startswith(view.rules.reprisal_roots):
            continue
        verb = c.frame if c.frame is not None else c.head
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "conj" or conjunct_head(verb, view.reporting_words).i == verb.head.i:
            continue
        out[i] = _aimed_at_doer(c, by_head.get(verb.head.i), lambda m: m.actor.code)
    return out


def _aimed_at_doer(c: Candidate, done: Candidate | None, key) -> Candidate:
    """`c` aimed at the doer of the hostile act `done`, when that is someone else (by `key`)."""
    if done is None or not done.sources or done.code[:2] < "14" \
            or {key(m) for m in done.sources} & {key(m) for m in c.sources}:
        return c
    return replace(c, targets=done.sources)


def prompted_answers(view: SentenceView, found: Found) -> Found:
    """"Russia launched a drone attack on Ukraine, prompting Poland to scramble jets": a posture,
    protest or threat with no target, that a hostile act prompted, is aimed at that act's doer."""
    out = dict(found)
    by_head = {c.head.i: c for c in found.values()}
    for i, c in found.items():
        cause = c.head.head
        own = {m.actor.country for m in c.sources}
        aimed = any(m.actor.country not in own for m in c.targets)  # "to its border" is no one aimed at
        if aimed or not c.code.startswith(view.rules.reprisal_roots + ("15",)) or c.head.dep_ not in ("xcomp", "advcl") \
                or cause.lemma_.lower() not in view.rules.prompting_verbs or cause.dep_ not in ("advcl", "conj", "xcomp"):
            continue
        out[i] = _aimed_at_doer(c, by_head.get(cause.head.i), lambda m: m.actor.country)
    return out


def claims(view: SentenceView, found: Found) -> Found:
    """Conventions: a claim of responsibility is 015, aimed at the victim of the claimed act.
    "The rebels claimed they had attacked the base" is one, because the claimer is the doer;
    "Kyiv claimed Russian troops shelled the town" stays the shelling, reported by Kyiv."""
    out: Found = {}
    for i, c in found.items():
        v = c.via_speech
        if v is not None and v.lemma_.lower() in view.rules.claiming_verbs and c.code.startswith(view.rules.claimed_roots):
            claimers = {m.actor.code for m in subjects(view, v)[0]}
            if claimers & {m.actor.code for m in c.sources}:
                c = replace(c, code=CLAIM, frame=None)
        out[i] = c
    return out


def reported_blame(view: SentenceView, found: Found) -> Found:
    """Conventions, accusations 11x: "Kyiv said Moscow was responsible for the strike", "the army
    said the militia bears responsibility for the massacre", "said Iran was behind the plot":
    the speaker accuses the one held responsible (112); it is no claim (015) by them. Said of
    oneself ("the group said it was behind the bombing") it is the claim."""
    out = dict(found)
    for i, c in found.items():
        v = c.via_speech
        if v is None or c.code != CLAIM:
            continue
        speakers = subjects(view, v)[0]
        if speakers and not {m.actor.code for m in speakers} & {m.actor.code for m in c.sources}:
            out[i] = replace(c, code=view.rules.blame["to"], sources=tuple(speakers), targets=c.sources, via_speech=None)
    if not view.lemmas & frozenset(view.rules.blame["words"]):
        return dict(sorted(out.items()))
    for be in (t for t in view.doc if t.lemma_ == "be" and t.i not in out and _blames(view, t)):
        v = reporting_verb(view, Candidate(be, None, "", (), ()))
        held = actors_of(view, [k for k in be.children if k.dep_ == "nsubj"])
        speakers = subjects(view, v)[0] if v is not None else []
        if not (held and speakers):
            continue
        if {m.actor.code for m in speakers} & {m.actor.code for m in held}:
            # "the group said it was responsible for the bombing of the church": a claim, aimed at
            # the claimed act's victim
            victims = [m for n in pobjs(be, ("for",)) + pobjs(be, ("behind",)) for m in noun_arguments(view, n)[1]]
            out[be.i] = Candidate(be, None, CLAIM, tuple(held), tuple(victims))
        else:
            out[be.i] = Candidate(be, None, view.rules.blame["to"], tuple(speakers), tuple(held))
    return dict(sorted(out.items()))


def _blames(view: SentenceView, be: Token) -> bool:
    """"was responsible for", "was behind (the attack)"."""
    return not any(k.dep_ == "neg" for k in be.children) and any(
        (k.dep_ == "acomp" and k.lemma_.lower() in view.rules.blame["words"])
        or (k.dep_ == "prep" and k.lower_ in view.rules.blame["words"] and pobjs(be, (k.lower_,)))
        for k in be.children)


def denials(view: SentenceView, found: Found) -> Found:
    """Conventions: "a denial is 016 ... and the denied act is not coded": what a coded verb of
    denial holds in its complement clause ("denied that it had shelled the town") or its object
    ("denied reports that its jets had bombed the village") is dropped. But "X accused Y of Z, a
    charge Y denies" reports the accusation and then its denial, whatever the parser hangs where."""
    out = dict(found)
    summed = {}
    claimed: set[int] = set()
    for i, c in found.items():
        accusation = summed_up(view, c.trigger)
        if accusation is not None:
            summed[accusation.i] = accusation
            deniers = [m for t in view.doc[accusation.right_edge.i + 1:c.trigger.i] for m in view.finder.at(t)]
            out[i] = replace(c, code=DENIAL, sources=tuple(unique(deniers)) or c.sources,
                             targets=tuple(subjects(view, accusation)[0]))
        elif _answers_a_charge(view, c.trigger):
            # "..., an accusation Moscow rejected": the relative clause on the noun is the denial,
            # aimed at whoever made the charge (the subject of the verb the noun sums up)
            noun = c.trigger.head
            said = next((a for a in noun.ancestors if a.lemma_.lower() in view.rules.speech_verbs), None)
            made = said or verb_of(noun)
            out[i] = replace(c, code=DENIAL, targets=c.targets or tuple(subjects(view, made)[0] if made is not None else ()))
            if said is not None:
                # "Seoul said the North had fired missiles, a claim Pyongyang denied": the act
                # claimed and denied is not coded (the parser may hang the noun inside the claim)
                claimed |= {x.i for k in said.children if k.dep_ == "ccomp" for x in k.subtree} - {x.i for x in noun.subtree}
    denied = claimed | {x.i for c in out.values() if c.trigger.lemma_.lower() in view.rules.denial_verbs
                        for k in c.trigger.children if k.dep_ in ("ccomp", "xcomp", "dobj") and k.i not in summed
                        for x in k.subtree}
    # "denied that its troops had crossed the border and accused India ...": the parser hangs the
    # accusation in the denied clause, but the denier makes it (syntax.conjunct_head)
    denied -= {x.i for t, _ in moved_conjuncts(view.doc, view.reporting_words) for x in t.subtree}
    return {i: c for i, c in out.items() if c.head.i not in denied}


def _answers_a_charge(view: SentenceView, verb: Token) -> bool:
    """"an accusation Moscow rejected", "an allegation Asmara dismissed as baseless"."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in view.rules.denial_verbs | {"reject", "dismiss"} \
        and verb.head.lemma_.lower() in view.rules.accusation_nouns


def summed_up(view: SentenceView, verb: Token) -> Token | None:
    """The clause "a charge X denies" sums up and answers: the complement the parser hung on the
    denial that comes before a comma and a noun of accusation ("a charge", "claims")."""
    if verb.lemma_.lower() not in view.rules.denial_verbs | {"reject", "dismiss"}:
        return None
    for k in (k for k in verb.children if k.dep_ == "ccomp" and k.i < verb.i):
        between = view.doc[k.right_edge.i + 1:verb.i]
        # (the parser may hang the comma inside the clause, on its last word)
        comma = k.right_edge.text == "," or any(t.text == "," for t in between[:1])
        if comma and any(t.lemma_.lower() in view.rules.accusation_nouns for t in between):
            return k
    return None


def obligations(view: SentenceView, found: Found) -> Found:
    """ "The minister said the junta must free the detainees": the minister demands it of the
    junta (CAMEO 10), the embedded act choosing the sub-code; with no coded act, a plain 100."""
    demand = next((f for fs in view.lexicon.frames.values() for f in fs if f.name == "demand"), None)
    if demand is None:
        return found
    out = dict(found)
    root = next((t for t in view.doc if t.dep_ == "ROOT"), None)
    if root is not None and root.pos_ in ("VERB", "AUX") and obliged(view, root) and root.i not in {
            c.via_speech.i for c in found.values() if c.via_speech is not None}:
        # '"Pakistan must dismantle the camps. We will respond," the spokesman said': what a
        # sentence says someone must do, with no speaker in it, is a demand whose maker the
        # article may give (a quotation's speaker in the next sentence); it did not happen
        inner = [i for i, c in found.items() if c.head.i == root.i and c.frame is None]
        addressees = actors_of(view, [c for c in root.children if c.dep_ == "nsubj"])
        for i in inner:
            out[i] = replace(found[i], code=demand.transform(found[i].code) or "100", sources=(),
                             targets=tuple(addressees), negated=False, maker_in_article=True) if addressees else None
        out = {i: c for i, c in out.items() if c is not None}
    for verb in view.doc:
        speakers = _speakers(view, verb)
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "acl")):
            if not obliged(view, clause):
                continue
            if speakers or _speech_by_pronoun(view, verb):
                # with a speaker still to resolve ("..., he said"), the demand's maker is left to the article
                out = _demanded(view, out, verb, clause, speakers, demand)
            # "... said the army must ensure security to allow aid in": nothing in it happened
            out = {i: c for i, c in out.items() if not _embedded_in(c, clause) or c.head.i == clause.i
                   or c.code.startswith("10") or i == verb.i}
    return out


def _speech_by_pronoun(view: SentenceView, verb: Token) -> bool:
    """A verb of speech whose subject is a personal pronoun ("he said"), which the article resolves."""
    return verb.lemma_.lower() in view.rules.speech_verbs and any(
        c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in verb.children)


def _embedded_in(cand: Candidate, clause: Token) -> bool:
    return cand.head.i != clause.i and any(x.i == cand.head.i for x in clause.subtree)


def _speakers(view: SentenceView, verb: Token) -> list:
    """Who speaks through a verb of speech, or a speech noun ("issued a stern reminder that ...")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ in ("NOUN", "PROPN") and lemma in view.rules.speech_nouns:
        governor = verb.head if verb.dep_ in ("dobj", "attr") and verb.head.pos_ in ("VERB", "AUX") else None
        return subjects(view, governor)[0] if governor is not None else []
    if lemma in view.rules.speech_verbs | {"declare", "remind", "conclude", "rule"}:
        return subjects(view, verb)[0]
    return []


def obliged(view: SentenceView, clause: Token) -> bool:
    """"must / should withdraw", "has to withdraw"."""
    return any(c.dep_ == "aux" and c.lower_ in view.rules.obligation_modals for c in clause.children) or (
        clause.lemma_ == "have" and any(c.dep_ == "xcomp" for c in clause.children))


def _demanded(view: SentenceView, found: Found, verb: Token, clause: Token, speakers: list, demand: Frame) -> Found:
    addressees = actors_of(view, [c for c in clause.children if c.dep_ == "nsubj"])
    states = {m.actor.country for m in speakers if m.actor.sector == "GOV" or m.how in ("country", "metonym")} - {""}
    if not addressees or any(a.actor.country in states and a.actor.sector in ("", "GOV") for a in addressees):
        # "Japan and South Korea must stand together, the Japanese prime minister said": a state
        # saying what it must do itself (with others) demands nothing
        return found
    inner = {i for i, c in found.items()
             if c.head.i == clause.i or (c.head.dep_ == "xcomp" and c.head.head.i == clause.i)}
    out = dict(found)
    if not inner:
        out[verb.i] = Candidate(verb, None, demand.transform(None) or "100", tuple(speakers), tuple(addressees))
        return out
    for i in inner:
        out[i] = replace(found[i], code=demand.transform(found[i].code) or "100", sources=tuple(speakers),
                         targets=tuple(addressees), via_speech=None, negated=False, maker_in_article=not speakers)
    span = {x.i for x in clause.subtree}
    return {i: c for i, c in out.items() if i in inner or i not in span}  # the rest did not happen

"""Pass 1, triggers and arguments: every word that matches a lexicon pattern, with its sources and targets."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import Mentions, actor_in, actors_of, first_actor_after, subjects
from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.pairing import APPEAL
from eventwire.events.syntax import QUESTION_MARKS, headline_verb, negated, noun_modifiers, pobjs
from eventwire.events.targets import targets
from eventwire.verbs import Pattern, Word

TRIGGER_POS = ("VERB", "AUX", "NOUN", "PROPN", "ADJ")
Match = tuple[Pattern, list[int], list[Token]]  # pattern, positions of its words, the words after
DENIAL = "016"


def find_triggers(view: SentenceView) -> Found:
    """Candidates by trigger index. A word a pattern has already used ("hold [talks]") is no
    trigger of its own, and a null pattern ("this use of the verb is no event") uses its words."""
    found: Found = {}
    consumed: set[int] = set()
    for t in view.doc:
        if t.pos_ not in TRIGGER_POS or t.i in consumed or not _may_trigger(view, t):
            continue
        match = match_pattern(view, t)
        if match is None:
            continue
        pattern, positions, following = match
        used = frozenset(following[p].i for p in positions if p >= 0)
        null = pattern.null or _bare_legal_step(view, t, pattern)
        cand = None if null else candidate(view, t, pattern, positions, following, used)
        if null or cand is not None:
            consumed |= used
        if cand is not None:
            found[t.i] = cand
        elif null and _frames_no_act(view, t, found):
            del found[t.head.i]
    # a noun that a verb pattern already used ("hold talks") is not a second event
    return {i: c for i, c in found.items() if not (i in consumed and c.pattern.pos != "VERB")}


def _bare_legal_step(view: SentenceView, t: Token, pattern: Pattern) -> bool:
    """"vowed to appeal", "said they would appeal": with nothing after it, a step in a court case,
    no appeal to anyone (null, as the patterns for appealing a ruling are)."""
    return not pattern.words and t.pos_ == "VERB" and t.lemma_.lower() in view.rules.bare_legal_steps \
        and not any(c.dep_ in ("dobj", "dative", "prep", "xcomp", "ccomp") for c in t.children)


def _frames_no_act(view: SentenceView, t: Token, found: Found) -> bool:
    """Whether `t`, matched by a null pattern, is all a frame word aimed at no one holds ("vowed to
    defend its sovereignty", "vowed to appeal the ruling"): an intent to do nothing codable is none."""
    frame = found.get(t.head.i) if t.dep_ == "xcomp" else None
    return frame is not None and not frame.targets and t.head.lemma_.lower() in view.lexicon.frames


def _may_trigger(view: SentenceView, t: Token) -> bool:
    """Does any pattern start with this word? (Saves building the clause of every word.)"""
    lemma = t.lemma_.lower()
    keys = {lemma, t.lower_, lemma.replace("-", ""), lemma.split("-", 1)[-1], f"{_glued_prefix(t)}-{lemma}"}
    return any(k in view.lexicon.patterns for k in keys)


def _acting_pos(t: Token) -> str:
    """The tagger calls a headline's present-tense verb a noun ("Japan and the UN hand over
    supplies"); a root noun with a subject of its own is a verb."""
    if t.pos_ == "NOUN" and t.dep_ == "ROOT" and (any(c.dep_ == "nsubj" for c in t.children) or headline_verb(t)):
        return "VERB"
    return t.pos_


def match_pattern(view: SentenceView, t: Token) -> Match | None:
    """The most specific pattern of the trigger that its clause satisfies."""
    lemma, pos, linear = t.lemma_.lower(), _acting_pos(t), view.strategy.linear
    following = view.strategy.following(t)
    if pos in ("NOUN", "PROPN"):  # "joint exercises", "air strike": modifiers count too
        following = noun_modifiers(t) + following
    seq = [Word(x.lemma_.lower(), x.lower_, x.i, x.head.i, x.dep_ in ("prep", "agent", "dative")) for x in following]
    anchors = frozenset([t.i] + [c.i for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr", "prt")])
    before = [Word(x.lemma_.lower(), x.lower_, x.i, x.head.i, False) for x in reversed(view.doc[:t.i])] if linear else []
    # imported dictionaries list verb forms: "LEFT" may be its own block, apart from "LEAVE"
    first, second = (t.lower_, lemma) if linear else (lemma, t.lower_)
    best = view.lexicon.match(first, pos, seq, anchors, t.i, before) or (
        view.lexicon.match(second, pos, seq, anchors, t.i, before) if t.lower_ != lemma else None)
    if best is None and "-" in lemma:  # "re-open", "re-impose": the lexicon writes "reopen"
        best = view.lexicon.match(lemma.replace("-", ""), pos, seq, anchors) or \
            view.lexicon.match(lemma.split("-", 1)[1], pos, seq, anchors)
    prefix = _glued_prefix(t)
    if prefix:  # "test-fired", which the tokenizer splits: the lexicon writes "test-fire"
        best = view.lexicon.match(f"{prefix}-{lemma}", pos, seq, anchors) or best
    return (best[0], best[1], following) if best is not None else None


def _glued_prefix(t: Token) -> str:
    """The word glued by a hyphen before `t` ("test" in "test-fired"), or ""."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text != "-" or doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_:
        return ""
    return doc[t.i - 2].lower_


def _names(view: SentenceView, t: Token) -> bool:
    """Whether a naming verb names something ("called the envoy a liar", "called it illegal").
    An actor as its only complement is who was called ("Macron called Zelensky on Tuesday": the
    parser reads the person as the predicate of a missing object)."""
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
            and not any(c.dep_ in ("dobj", "oprd") and view.finder.at(c) for c in t.children):
        return True  # "near Huangyan Island, as Beijing calls the shoal": a name used, no call
    complements = [c for c in t.children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "dobj" and c.i < t.i)]
    # "called the verdict politically motivated": the parser hangs the predicate on the object
    complements += [g for o in t.children if o.dep_ == "dobj" and o.i > t.i for g in o.children
                    if g.dep_ in ("acl", "amod") and g.i > o.i and g.tag_ in ("VBN", "JJ")
                    and not any(k.dep_ in ("agent", "dobj", "prep") for k in g.children)]
    if any(c.dep_ == "dobj" for c in t.children) or len(complements) != 1:
        return bool(complements)
    only = complements[0]
    return only.dep_ != "oprd" or only.tag_ not in ("NNP", "NNPS") or not view.finder.at(only)


def candidate(view: SentenceView, t: Token, pattern: Pattern, positions: list[int],
              following: list[Token], used: frozenset[int]) -> Candidate | None:
    """The trigger with its arguments; None when a pattern that needs an actor finds none, when
    a bare naming verb names ("called the envoy a liar" is no phone call), or when readiness has
    no clause of what one is ready for."""
    if not pattern.words and t.lemma_.lower() in view.rules.naming_verbs and _names(view, t):
        return None
    if any(_question(view, a) for a in [t, *t.ancestors]):
        return None  # "Asked whether Moscow would retaliate, Zakharova declined to comment": a question
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "acl") and any(
            o.lemma_.lower() in view.rules.press_words or any(m.actor.sector == "MED" for m in view.finder.at(o))
            for o in pobjs(t, ("to", "with"))):
        return None  # "Witkoff, speaking to reporters / to Reuters in Cairo, said ...": attribution, no meeting
    if pattern.code.startswith(APPEAL) and any(c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "forward")
                                               for c in t.children):
        return None  # "would press ahead with the tax increases": carrying on, not pressing anyone
    if t.lemma_.lower() in view.rules.readiness_words and not any(c.dep_ == "xcomp" for c in t.children):
        return None  # "ready to cooperate" is an intent; "the troops are ready" is none
    if pattern.pos == "NOUN":
        sources, tgts, symmetric = noun_arguments(view, t)
        # light verbs: "launched an attack", "continued military aid", "undertook drills"
        anchor = t.head if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") else None
        cand = Candidate(t, pattern, pattern.code, tuple(sources), tuple(tgts), symmetric_ok=symmetric, anchor=anchor)
    else:
        sources, tgts = verb_arguments(view, t, pattern, positions, following, used)
        if not tgts and t.lemma_.lower() in view.rules.readiness_words:
            # "willing to send aid to Colombia": whom the clause's act is for
            tgts = [m for c in t.children if c.dep_ == "xcomp" for m in actors_of(view, pobjs(c, ("to", "with"), deps=("prep", "dative")))]
        if pattern.words[:1] == ("+",) and not (tgts and _slot_is_actor(view, t, positions, following)):
            return None  # "receive +": only when someone, not something ("an invitation"), is received
        cand = Candidate(t, pattern, pattern.code, tuple(sources), tuple(tgts))
    # an imported pattern that spells out the negation ("&NEGATVAUXVRB * OVER EFFORTS") codes
    # the negated act itself, as does one whose object says it ("had no role in", a denial)
    spelled = any(w & view.rules.negations for w in pattern.before)
    said = any(w & view.rules.negations for w in pattern.words if not isinstance(w, str))
    if said and pattern.code == DENIAL:
        if not _disowning(view, t):
            return None
        # a denial is aimed at the accuser, whom "had no role in the fighting in Congo" never names
        cand = replace(cand, targets=())
    return replace(cand, used=used, negated=negated(t) and not (spelled or said))


def _disowning(view: SentenceView, t: Token) -> bool:
    """"said it had no role in the attack", "played no part in the killings": to say one had no
    part in a harmful act done denies it (016); "the army has no role in politics" or "the UN
    would have no role in Gaza" tells how things are or will be, and "had no role in the talks"
    disowns no harm (an act noun of a root from protest on, 14-20, is one)."""
    done = t.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children)
    acts = [p for o in t.children if o.dep_ == "dobj" for p in pobjs(o, ("in", "behind"))] + pobjs(t, ("in", "behind"))
    return done and any(p.code[:2] >= "14" for a in acts for p in view.lexicon.candidates(a.lemma_.lower(), "NOUN"))


def _question(view: SentenceView, t: Token) -> bool:
    """"Asked whether ...", "Pressed on ...": a question put to the subject, which neither the
    asking nor what it asks about is an act of; so is one put by it ("asked whether ...")."""
    if t.lemma_.lower() not in view.rules.question_participles:
        return False
    if t.pos_ == "VERB" and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in c.children)
                                for c in t.children):
        return True  # "diplomats asked whether Russia had moved troops": a question, not an appeal
    return t.tag_ == "VBN" and t.dep_ == "advcl" and not any(c.dep_ == "agent" for c in t.children)


def _slot_is_actor(view: SentenceView, trigger: Token, positions: list[int], following: list[Token]) -> bool:
    """Does the pattern's leading `+` slot hold an actor (the word, or the phrase it modifies)?"""
    k = positions[0]
    if k < 0:  # the slot is the verb's own object: "received [the envoy]", not "[an invitation]"; in
        # the passive its subject ("[Lavrov] was received by Xi Jinping")
        agent = any(c.dep_ == "agent" for c in trigger.children)  # not "forces were engaged in ..."
        slots = [c for c in trigger.children if c.dep_ in ("dobj", "dative") or (agent and c.dep_ == "nsubjpass")]
        # "declared [the party] illegal": the parser reads the object as the subject of a verbless clause
        slots += [s for c in trigger.children if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
                  for s in c.children if s.dep_ == "nsubj"]
        if agent and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
            # "arrived in Pyongyang and was received by Kim": the subject the two verbs share
            slots += [c for c in trigger.head.children if c.dep_ == "nsubj"]
        return any(m.how != "of-phrase" and m.head == c.i for c in slots for m in view.finder.at(c))
    return bool(view.finder.with_conjuncts(following[k]) or view.finder.with_conjuncts(following[k].head))


def verb_arguments(view: SentenceView, t: Token, pattern: Pattern, positions: list[int],
                   following: list[Token], used: frozenset[int]) -> tuple[Mentions, Mentions]:
    """(sources, targets) of a verb trigger."""
    sources, passive_targets = subjects(view, t)
    tgts = passive_targets or targets(view, t, pattern, following, positions, used, sources)
    if not tgts and view.strategy.linear:
        tgts = first_actor_after(view, following, sources)
    if "$" in pattern.words:
        # "received a call from Putin": the one after the marker acts on the subject
        k = positions[pattern.words.index("$")]
        marker = following[k] if k >= 0 else t
        other = actors_of(view, [c for c in marker.children if c.dep_ in ("pobj", "dobj")])
        if other:  # "was shot dead in $": the passive subject is the target
            sources, tgts = other, sources or passive_targets
    return sources, tgts


def _codes(mentions: Mentions) -> set[str]:
    return {m.actor.code for m in mentions}


def noun_arguments(view: SentenceView, t: Token) -> tuple[Mentions, Mentions, bool]:
    """(sources, targets, symmetric) of a nominal trigger: "the junta's attack on the rebels",
    "talks between A and B"; symmetric when A and B act on each other."""
    sources = next((view.finder.with_conjuncts(c) for c in reversed(list(t.children)) if c.dep_ == "poss"), None)
    sources = sources if sources is not None else []
    sources = sources or list(view.finder.at(t))
    tgts: Mentions = []
    symmetric = False
    for c in (c for c in t.children if c.dep_ == "prep"):
        objs = [p for p in c.children if p.dep_ == "pobj"]
        if not objs:
            continue
        if c.lower_ == "between":
            sources, symmetric = view.finder.with_conjuncts(objs[0]), True
        elif c.lower_ == "by" and not sources:
            sources = view.finder.with_conjuncts(objs[0])
        elif c.lower_ in ("on", "against", "with", "to", "toward", "towards", "upon", "of", "into") and not tgts:
            found = view.finder.with_conjuncts(objs[0])
            # "the invasion of Lebanon" names the target; "the army of Sudan" (the source) does not
            if not (c.lower_ == "of" and found and sources and found[0].actor == sources[0].actor):
                tgts = found
    if not tgts:  # "an investigation into abuses by the police": whoever the inquiry is about
        tgts = next((found for p in pobjs(t, ("into",)) if (found := actor_in(view, p, _codes(sources)))), [])
    if t.dep_ == "dobj" and t.head.lemma_.lower() in view.rules.receiving_verbs and not tgts:
        # "X received an invitation from Y": the subject is who it is aimed at, not who made it
        receiver = subjects(view, t.head)[0]
        return actors_of(view, pobjs(t, ("from", "by"))) or sources, receiver, False
    if not sources and t.dep_ == "nsubj" and t.head.lemma_.lower() in view.rules.occurrence_verbs:
        # "clashes erupted between A and B": the verb's between-phrase names the parties
        between = pobjs(t.head, ("between",))
        if between:
            return view.finder.with_conjuncts(between[0]), tgts, True
    if not sources and t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX"):
        sources = subjects(view, t.head)[0]  # light verbs: "the army launched an attack on ..."
    return sources, tgts, symmetric or not tgts

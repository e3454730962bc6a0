"""Pass 3, frames and modality: intent, refusal, threat, appeal and demand frames; future and conditional acts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import actors_of, addressees, subjects
from eventwire.events.attribution import summed_up
from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.specialise import military_variant
from eventwire.events.syntax import (can_modal, condition, conjunct_head, coordination_head, future, modal,
                                     moved_conjuncts, negated, not_ruled_out, pobjs, possible, scheduled,
                                     verb_of)
from eventwire.events.targets import withheld_from
from eventwire.events.triggers import noun_arguments
from eventwire.verbs import Frame
from eventwire.verbs.lexicon import longest_prefix

Frames = dict[int, tuple[Frame, ...]]
MAX_HOPS = 4  # words between a frame and the act it governs ("ready to send aid to help")
DISAPPROVAL = "111"  # criticise or denounce
DECISIONS = frozenset({"agree", "decide", "vote"})  # frame words whose hostile act is done once decided
ISSUING = frozenset({"issue"})  # besides signing: an order issued is enacted
HOSTILE = "10"  # CAMEO roots from demands on are conflict, whose negation is refused to no one


def frame_of(view: SentenceView, t: Token, frames: Frames) -> Token | None:
    """The frame word governing a trigger: "ready to [strengthen]", "agreed to [deepen]",
    "readiness to [cooperate]", "ready for [interaction]", "urged X to [withdraw]"; not a verb
    coordinated with the frame's own verb ("urged X to send tanks and [expelled] ...")."""
    if t.dep_ == "conj" and conjunct_head(t, view.reporting_words).i != t.head.i:
        return None
    g = t
    if _signed(view, g):
        return None  # conventions: "signing an agreement is 057 whatever it is about"
    for _ in range(MAX_HOPS):
        g = coordination_head(g)
        h = g.head
        orderer = _orderer(g, frames)
        if orderer is not None:
            return orderer
        if g.dep_ in ("xcomp", "acl", "ccomp") and h.i in frames and h.i != t.i:
            if g.dep_ == "acl" and g.tag_ == "VBN":
                return None  # "a deal brokered by China" describes the deal; it is not what was agreed
            if g.dep_ == "ccomp" and not any(f.name == "demand" for f in frames[h.i]) and not _wanted_of(view, h, g) \
                    and not _promised_to_others(view, h, g, frames) and not _promised_by_own_side(view, h, g, frames):
                return None
            return h
        if g.dep_ == "advcl" and h.i in frames and any(m.dep_ == "mark" and m.lower_ == "for" for m in g.children):
            return h  # "called [for Greece to withdraw]": the parser's advcl is the frame's complement
        if g.dep_ == "advcl" and g.tag_ == "VBG" and h.i in frames and any(
                p.dep_ == "prt" and p.i == g.i - 1 for p in h.children):
            return h  # "ruled out [sending] troops": the gerund right after the particle is its object
        if g.dep_ == "advcl" and h.i in frames and _infinitive_right_after(g, h, frames[h.i]):
            return h  # "hesitated [to expel] the envoy": the parser's advcl is the frame's complement
        if g.dep_ in ("pobj", "pcomp") and h.dep_ == "prep" and h.lower_ in ("for", "to") and h.head.i in frames:
            # "ready for [talks]", "ready for [expanding] cooperation"
            return h.head
        if g.dep_ == "xcomp" and h.pos_ in ("AUX", "VERB") and h.lemma_ == "be":
            g = h
            continue
        if g.dep_ == "xcomp" and h.pos_ == "ADJ":  # "is ready to": ready is acomp of be
            return h if h.i in frames else None
        if g.dep_ in ("xcomp", "dobj") and h.pos_ in ("VERB", "AUX") and \
                h.lemma_.lower() in view.rules.light_verbs | {"help"}:
            # "willing to send troops to help defend ...", "prepared to resume shelling": a
            # support verb between the frame and the act passes the frame through
            g = h
            continue
        return None
    return None


def _infinitive_right_after(clause: Token, verb: Token, frames: tuple[Frame, ...]) -> bool:
    """Whether `clause` is a to-infinitive that starts right after a frame verb with no object or
    particle of its own ("hesitated to expel", "vowed to punish"): such an infinitive is what the
    verb governs, never a purpose. Verbs that take a person ("called to congratulate") can have a
    purpose there, so frames that are asked of someone are left out."""
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i == verb.i + 1 and verb.pos_ == "VERB" \
        and not any(c.dep_ in ("dobj", "prt", "dative") for c in verb.children) \
        and not any(f.object_control for f in frames)


def _ordered_done(t: Token) -> bool:
    """"ordered [the leader held] in custody", "ordered [Khan placed] under house arrest": a
    participle on the object of a verb (the parser hangs it on the object, or makes it a clause
    with the object as its subject), or a passive with no agent ("ordered the blogger to be
    detained", "ordered that he be detained"), saying what is to be done to someone."""
    if t.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("dobj", "agent") for c in t.children):
        return False
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass", "mark")]
    if t.dep_ == "acl":
        return t.head.dep_ == "dobj" and not aux
    if t.dep_ != "ccomp":
        return False
    if any(c.dep_ == "nsubj" for c in t.children):
        return not aux
    return any(c.dep_ == "nsubjpass" for c in t.children) and any(c.dep_ == "auxpass" for c in aux) \
        and all(c.lower_ in ("to", "be", "that") for c in aux)


def _orderer(t: Token, frames: Frames) -> Token | None:
    """The verb of command ("ordered", "directed") whose object `t` says what is to be done to."""
    if not _ordered_done(t):
        return None
    verb = t.head if t.dep_ == "ccomp" else t.head.head
    commands = frames.get(verb.i, ())
    return verb if verb.pos_ == "VERB" and any(f.name == "command" for f in commands) else None


def _signed(view: SentenceView, t: Token) -> bool:
    """"signed an agreement to restore ties": the act is the signing; what the agreement is to do
    only says what it is about."""
    noun = t.head
    return t.dep_ == "acl" and noun.lemma_.lower() in view.rules.agreement_nouns and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in view.rules.signing_verbs


def apply_frames(view: SentenceView, found: Found, frames: Frames) -> Found:
    """Each candidate under its frame; the frame words themselves, and what a frame governs
    (what is demanded, refused or intended did not happen), are no events of their own."""
    named = {f.name: f for fs in view.lexicon.frames.values() for f in fs}
    out = {i: _framed(view, c, frames, named) for i, c in found.items()}
    framed = {c.frame.i for c in out.values() if c.frame is not None}
    out = {i: c for i, c in out.items() if not (i in framed and c.frame is None)}
    moved = _coordinated_out(view)
    inside = {x.i for c in out.values() if c.frame is not None for x in c.head.subtree if x.i != c.head.i} - moved
    out = {i: c for i, c in out.items() if c.frame is not None or i not in inside}
    return _negated_moods(view, _forebodings(view, _outside_hypotheticals(view, out, frames, moved)))


def _negated_moods(view: SentenceView, found: Found) -> Found:
    """"The Kremlin was not optimistic about the talks": a mood negated, on its own word or on
    the copula it completes, is its opposite, or no mood (rules.json negated_moods)."""
    opposite = view.rules.negated_moods["map"]
    out = dict(found)
    for i, c in found.items():
        t = c.trigger
        if c.code in opposite and (negated(t) or (t.dep_ == "acomp" and negated(t.head))):
            # an empty opposite: the mood denied is none ("not worried about" is no optimism)
            out[i] = replace(c, code=opposite[c.code], negated=False) if opposite[c.code] else replace(c, negated=True)
    return out


def _coordinated_out(view: SentenceView) -> set[int]:
    """Tokens of verbs the parser hung under a frame's complement that are coordinated with the
    frame's own verb ("urged X to send tanks and [expelled two diplomats]"): outside what it holds;
    so is an accusing participle after a comma ("threatened to halt shipments, [accusing Guyana of
    ...]"), which says why the frame's maker acts, not what it would do."""
    accusing = view.rules.accusing_verbs
    participles = [t for t in view.doc if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in accusing
                   and t.i > 0 and t.nbor(-1).text == "," and t.head.dep_ in ("xcomp", "ccomp")]
    return {x.i for t, _ in moved_conjuncts(view.doc, view.reporting_words) for x in t.subtree} | \
        {x.i for t in participles for x in t.subtree}


def _forebodings(view: SentenceView, found: Found) -> Found:
    """"Warned that famine could spread": a warning whose clause holds no act of anyone's is a
    pessimistic comment (012); "warned Iran", "warned it would retaliate" stay threats."""
    out = dict(found)
    for i, c in found.items():
        if c.code != "130" or c.frame is not None or c.trigger.lemma_.lower() not in view.rules.foreboding_verbs:
            continue
        clauses = [k for k in c.trigger.children if k.dep_ == "ccomp"]
        held = {x.i for k in clauses for x in k.subtree}
        warned = any(k.dep_ in ("dobj", "dative") for k in c.trigger.children)  # "warned Iran that ..."
        # (a clause in the past or perfect with no modal tells a fact, "warned that the strikes had
        # killed 300 people", and threatens nothing)
        acts = any(o.head.i in held for o in found.values())
        if clauses and not warned and (not acts or all(_told_as_fact(k) for k in clauses)) \
                and not _penalty(view, [view.doc[x] for x in held]):
            out[i] = replace(c, code="012")
    return out


def _told_as_fact(clause: Token) -> bool:
    """Whether a clause's verb is in the past or the perfect with no modal ("had cost", "killed")."""
    aux = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("will", "'ll", "wo") for a in aux):
        return False
    return clause.tag_ == "VBD" or any(a.lemma_ == "have" for a in aux)


def _penalty(view: SentenceView, tokens: list[Token]) -> bool:
    """"warned that anyone who stormed parliament would be arrested", "... will bear the
    consequences": what the addressee will suffer, a threat with no act of the warner's named."""
    words = view.rules.penalty_words
    return any(t.lemma_.lower() in words and (
        (t.dep_ in ("dobj", "pobj") and t.head.lemma_.lower() in ("bear", "face", "pay", "suffer", "incur", "to"))
        or (t.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in t.children))) for t in tokens)


def _outside_hypotheticals(view: SentenceView, found: Found, frames: Frames, moved: set[int]) -> Found:
    """What a frame word holds in its complement is not asserted, except the act it frames: in
    "demanded that the envoy cancel plans to sell arms", "agreed that their armies should
    cooperate", nothing was sold or done. A frame that is also a verb of speech reports what
    it holds ("warned it would expel the envoys if ..." is a threat), unless another frame
    governs that act."""
    active = {c.frame.i for c in found.values() if c.frame is not None} | (set(found) & set(frames)) | \
        {i for i, c in found.items() if c.code.startswith(view.rules.mood_codes)}  # "optimistic that ..."
    out = dict(found)
    for f in (view.doc[i] for i in active):
        answered = summed_up(view, f)  # "..., a charge Y rejected": the charge was made
        region = {x.i for x in _complements(f) if x != answered for x in x.subtree} - moved
        speech = f.lemma_.lower() in view.rules.speech_verbs  # "warned it would expel ...": reported
        out = {i: c for i, c in out.items() if i == f.i or c.head.i not in region
               or (c.frame.i == f.i if c.frame is not None else speech)}
    return out


def _complements(f: Token) -> list[Token]:
    """The clauses a frame word governs, and those of its object noun ("demanded an admission
    that ...", "rejected the claim that ...")."""
    direct = [c for c in f.children if c.dep_ in ("xcomp", "ccomp", "acl")]
    return direct + [g for c in f.children if c.dep_ in ("dobj", "attr") for g in c.children if g.dep_ in ("acl", "ccomp")]


def _framed(view: SentenceView, cand: Candidate, frames: Frames, named: dict[str, Frame]) -> Candidate:
    framed = _framed_act(view, cand, frames, named)
    answered = pobjs(cand.trigger, ("to",))  # "will respond to the letter" is a reply, "to any attack" a threat
    hostile = all(o.lemma_.lower() in view.rules.acts_on_someone or o.lemma_.lower() in view.rules.response_verbs["answering"] for o in answered)
    if framed.code.startswith("01") and cand.trigger.lemma_.lower() in view.rules.response_verbs["words"] \
            and hostile and (framed.frame is not None or future(cand.head)):
        # "Moscow promised to respond", "Russia will respond": a response promised is a threat,
        # aimed at whoever its condition is about ("would respond if Washington imposed duties")
        threat = replace(framed, code=view.rules.response_verbs["to"])
        cond = condition(cand.head)
        if cond is not None and not threat.targets:
            threat = replace(threat, targets=tuple(actors_of(view, [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")])))
        return threat
    return framed


def _framed_act(view: SentenceView, cand: Candidate, frames: Frames, named: dict[str, Frame]) -> Candidate:
    if cand.anchor is not None:
        cand = replace(cand, negated=cand.negated or negated(cand.anchor))
    f = frame_of(view, cand.head, frames)
    if f is None and cand.anchor is not None and cand.anchor.i in frames and not_ruled_out(cand.anchor):
        f = cand.anchor  # "did not rule out [new sanctions]": the noun is what is kept open
    cond = (condition(f) if f is not None else None) or condition(cand.head)
    threat = named.get("threat")
    if cond is not None and threat is not None and not cand.negated and cand.code[:2] >= "09" \
            and (f is not None or future(cand.head) or modal(cand.head)) \
            and (f is None or frames[f.i][0].name in ("intent", "threat")):
        return _ultimatum(view, cand, f, cond, threat)
    if f is None:
        return _future_act(view, cand, named)
    frame = frames[f.i][0]
    if frame.name == "intent" and "appeal" in named and any(
            c.dep_ == "ccomp" and _wanted_of(view, f, c) for c in f.children):
        held = subjects(view, f)[0]
        holders = {m.actor.country for m in held}
        # "officials expect the two leaders to meet": what holders of no stated side (a bare role)
        # foresee is a forecast; a state or body that "expects Beijing to honour its pledges" asks for it
        unsided = all(not m.actor.country and m.actor.code == m.actor.sector for m in held)
        foreseen = f.lemma_.lower() not in view.rules.wanting_verbs["words"] and (cand.code >= "09" and (
            not cand.targets or any(m.actor.country in holders for m in cand.targets)) or unsided)
        if foreseen:  # "Kyiv expects Russia to launch an offensive": foreseen, not done nor threatened
            return replace(cand, frame=f, negated=True)
        # "Washington wants Belgrade to recognise Kosovo": an appeal to Belgrade
        return _under_frame(view, cand, f, named["appeal"])
    if frame.name == "refusal" and f.lemma_.lower() in view.rules.unrealised_words and cand.code[:2] >= "18":
        # "failed to capture the town", "failed to break through": force that did not succeed is
        # no refusal, and it did not happen ("failed to comply" stays a refusal)
        return replace(cand, frame=f, negated=True)
    if frame.name == "refusal" and f.lemma_.lower() == "hesitate":
        # "would not hesitate to use force" is a firm threat (a firm intent when not hostile),
        # "did not hesitate to condemn" the act done; hesitating neither does nor refuses anything
        firm = named.get("threat" if cand.code[:2] >= "09" else "intent")
        if not negated(f) or firm is None:
            return replace(cand, frame=f, negated=True)
        if not (future(f) or modal(f)):
            return replace(cand, frame=f)
        return replace(_under_frame(view, cand, f, firm), negated=False)
    if frame.name == "refusal" and not_ruled_out(f):
        # "did not rule out military action", "refused to rule out striking U.S. bases": what is
        # kept open is threatened when hostile, intended when not
        kept_open = named.get("threat" if cand.code[:2] >= "09" else "intent")
        if kept_open is not None:
            framed = _under_frame(view, cand, f, kept_open)
            return replace(framed, negated=False)
    if frame.name == "threat" and cand.negated and not negated(f) and not frame.restrain(cand.code):
        # "warned Tokyo not to visit Taiwan": the warning is the act, aimed at whom it warns; the
        # visit warned against stays undone
        return cand
    return _under_frame(view, cand, f, frame)


OWN_PRONOUNS = frozenset({"it", "we", "he", "she", "they"})


def _promised_by_own_side(view: SentenceView, f: Token, clause: Token, frames: Frames) -> bool:
    """"vowed that the government would wipe out the Maoists", "pledged that it would send police":
    what one vows that one's own side will do is one's own vow (the intent frame), as with "vowed
    to"; what one says another will do is reported ("said Iran would retaliate")."""
    if not any(x.name == "intent" for x in frames[f.i]) or f.lemma_.lower() not in view.rules.punishing_verbs | {"pledge", "swear"} \
            or not future(clause):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in OWN_PRONOUNS:
        return True
    holders = {m.actor.country for m in subjects(view, f)[0]}
    named = view.finder.at(subject)
    return bool(named) and all(not m.actor.country or m.actor.country in holders for m in named)


def _promised_to_others(view: SentenceView, f: Token, clause: Token, frames: Frames) -> bool:
    """"vowed that the rioters would be punished": an intent word over an agentless passive
    names what the one who vows will do to others."""
    return any(x.name == "intent" for x in frames[f.i]) and f.lemma_.lower() in view.rules.punishing_verbs \
        and any(c.dep_ == "auxpass" for c in clause.children) and not any(c.dep_ == "agent" for c in clause.children)


def _wanted_of(view: SentenceView, f: Token, clause: Token) -> bool:
    """Whether `clause` is another's act that `f` wants or expects: "wants [Belgrade to recognise
    Kosovo]" (the parser makes Belgrade the complement's subject)."""
    words = view.rules.wanting_verbs
    return f.lemma_.lower() in (*words["words"], *words["foreseeing"]) and clause.dep_ == "ccomp" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _ultimatum(view: SentenceView, cand: Candidate, f: Token | None, cond: Token, threat: Frame) -> Candidate:
    """"will withdraw its forces unless the junta agrees to a ceasefire": a hostile act promised
    under a condition is a threat, aimed at whoever the condition is about ("ready to expand
    trade if calm returns" stays an offer: only hostile acts qualify)."""
    code = threat.transform(military_variant(view.rules, cand.code, cand.sources, cand.targets)) or "130"
    cand = replace(cand, code=code)
    if f is not None:
        srcs = subjects(view, f)[0] if f.pos_ != "NOUN" else list(cand.sources)
        cand = replace(cand, frame=f, sources=tuple(srcs) or cand.sources)
    if not cand.targets:
        cand = replace(cand, targets=tuple(actors_of(view, [c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")])))
    return cand


def _future_act(view: SentenceView, cand: Candidate, named: dict[str, Frame]) -> Candidate:
    """CAMEO codes a future act ("the ministry will send aid"), a scheduled one ("is due to
    visit") and a possible one ("could impose sanctions") as an intent or threat, and a refused
    one ("will not accept refugees", "cannot accept any more refugees") as a rejection."""
    if cand.negated and any(c.dep_ == "auxpass" for c in cand.head.children):
        frame = None  # "will not be intimidated by Moscow": no one refuses anything of the agent; not done
    elif cand.negated and can_modal(cand.head):
        frame = named.get("refusal")
    elif cand.negated:
        frame = named.get("refusal") if future(cand.head) else None
    elif future(cand.head) or scheduled(cand.head, view.rules.schedule_words) \
            or possible(cand.head, view.rules.possibility_modals):
        frame = named.get("intent")  # "could impose sanctions" 1312, "is due to visit" 036
    else:
        frame = None
    if frame is None:
        return cand
    embedded = military_variant(view.rules, cand.code, cand.sources, cand.targets)
    if cand.negated and embedded[:2] >= HOSTILE and "intent" in named:
        # "would not retaliate", "will not expel the envoy": a hostile act one says one will not
        # do refuses no one anything; force forsworn de-escalates (0356, as "pledged not to
        # strike"), anything else stays a negated act, not coded
        code = named["intent"].restrain(embedded)
        return replace(cand, code=code, negated=False) if code else cand
    code = frame.transform(embedded) or embedded
    return replace(cand, code=code, negated=False, targets=cand.targets or tuple(withheld_from(view, code, [cand.head])))


def _received(view: SentenceView, noun: Token) -> bool:
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in view.rules.receiving_verbs


def _enacted(view: SentenceView, noun: Token) -> bool:
    """Whether a frame noun is an order signed or issued ("signed an executive order ..."), which
    is the act it orders, not a demand on anyone."""
    verb = noun.head if noun.dep_ == "dobj" else None
    # (not one handed to someone: "issued the rebels an order to disarm" asks them)
    return verb is not None and verb.lemma_.lower() in view.rules.signing_verbs | ISSUING \
        and not any(c.dep_ == "dative" for c in verb.children)


def _own_forces(sources, called_on) -> bool:
    """Whether those ordered are the orderer's own armed forces or police (or of no stated country)."""
    own = {m.actor.country for m in sources} | {""}
    return all(m.actor.sector in ("MIL", "COP") and m.actor.country in own for m in called_on)


def _done_by_orderer(view: SentenceView, cand: Candidate, f: Token, neg: bool) -> Candidate:
    """"The court ordered the blogger detained": no one is told to act, so the orderer does what
    it orders (as an order enacted does), to the one it is done to: the participle's subject as
    the parser reads it, or the passive's. Its own forces ("ordered the troops withdrawn") only
    carry the act out."""
    orderers = tuple(subjects(view, f)[0]) or cand.sources
    done = coordination_head(cand.head)
    undergoing = cand.targets or (cand.sources if done.dep_ == "ccomp" else ())
    if _own_forces(orderers, undergoing):
        undergoing = tuple(withheld_from(view, cand.code, [cand.head, f]))
    return replace(cand, frame=f, negated=neg, sources=orderers, targets=undergoing)


def _under_frame(view: SentenceView, cand: Candidate, f: Token, frame: Frame) -> Candidate:
    """The framed act: the frame's holder acts ("the minister urged the rebels to disarm": the
    minister, not the rebels), and the frame maps the code (urge + disarm -> appeal)."""
    # "has no plans to visit", "no intention of resuming talks": a frame noun with "no" is negated
    neg = cand.negated or negated(f) or any(c.dep_ == "det" and c.lower_ == "no" for c in f.children)
    if frame.name == "command" and f.pos_ == "VERB" and _orderer(coordination_head(cand.head), {f.i: (frame,)}) == f:
        return _done_by_orderer(view, cand, f, neg)
    srcs, received_by, neg = _frame_holders(view, f, neg)
    sources = tuple(srcs) if srcs or frame.object_control else cand.sources
    embedded = military_variant(view.rules, cand.code, sources, cand.targets)
    # "called for sanctions against Israel": no one is called on, so a hostile act's own target
    # (an appeal for aid "for Sudanese civilians" is aimed at no one)
    fallback = cand.targets if embedded[:2] >= "09" else ()
    called_on = tuple(addressees(view, f)) if frame.object_control else ()
    tgts = (called_on or fallback) if frame.object_control else cand.targets
    if f.pos_ == "NOUN":  # "issued an ultimatum to the rebels to halt attacks"
        tgts = tuple(actors_of(view, pobjs(f, ("to", "on")))) or tgts
        if _received(view, f):  # "X received an invitation from Y to visit": Y invites X
            tgts = tuple(received_by) or tgts
    code = frame.transform(embedded) or embedded
    if frame.name == "command" and code == embedded and code[:2] >= "14" and called_on and (
            cand.targets or _own_forces(sources, called_on)):
        # "ordered the military to crack down on rioters": the orderer's own act, on the rioters,
        # not on the forces that carry it out (even when the order names no one else: "ordered
        # police to arrest the organisers")
        tgts = cand.targets
    elif frame.name == "command" and called_on and _own_forces(sources, called_on) and embedded[:2] < "14":
        # "ordered troops to withdraw from the border": the orderer pulls its own forces back; it
        # demands nothing of them
        code, tgts = embedded, cand.targets
    if f.lemma_.lower() in DECISIONS and f.pos_ == "VERB" and embedded[:2] >= "14" and not future(f):
        code = embedded  # "the EU agreed to extend sanctions": a body's decision to act is the act
    enacted = f.pos_ == "NOUN" and embedded[:2] >= "14" and _enacted(view, f)
    if enacted:  # "signed an executive order imposing tariffs on Brazil": an order enacted does what it says
        code, tgts = embedded, cand.targets or tgts
    if frame.object_control and not called_on and tgts and embedded.startswith(view.rules.denouncing_appeals) \
            and not enacted:
        code = DISAPPROVAL  # "called for sanctions against Nigeria": no one is asked; Nigeria is condemned
    restraint = frame.restrain(embedded) if cand.negated and not negated(f) else ""
    if restraint:  # "urged Israel not to launch an offensive": an appeal, for de-escalation
        code, neg = restraint, False
    tgts = tgts or tuple(withheld_from(view, code, [cand.head, f]))
    if f.lemma_.lower() == "agree" and embedded[:2] < "09":
        # "Mexico agreed with the United States to share intelligence on cartels": cooperation
        # agreed with a partner is with the partner, not with what it is about
        mine = {m.actor.code for m in sources}
        partners = tuple(m for m in actors_of(view, [p for p in pobjs(f, ("with",)) if p.i > f.i])
                         if m.actor.code not in mine and m.how != "of-phrase")
        tgts = partners or tgts
    return replace(cand, frame=f, negated=neg, sources=sources, targets=tgts, code=code)


def _frame_holders(view: SentenceView, f: Token, neg: bool) -> tuple[list, list, bool]:
    """(who holds the frame, who received it, negated): the subject of "ready" or of "is ready",
    a frame noun's own holder or its verb's subject (not who receives an invitation: who receives
    one does not invite), else the frame verb's subject."""
    received_by: list = []
    if f.pos_ == "ADJ" or f.dep_ == "acomp":
        holder = f.head if f.head.pos_ in ("AUX", "VERB") else f
        return subjects(view, holder)[0], received_by, neg or negated(holder)
    if f.pos_ == "NOUN":
        verb = f.head if f.head.pos_ in ("VERB", "AUX") else verb_of(f)
        srcs, received_by, _ = noun_arguments(view, f)
        if not _received(view, f):
            srcs = srcs or (subjects(view, verb)[0] if verb is not None else [])
        return srcs, received_by, neg
    return subjects(view, f)[0], received_by, neg


def halted_acts(view: SentenceView, found: Found) -> Found:
    """"stopped sharing flood data with Pakistan", "suspended buying Russian oil": a cooperative
    act that its doer stops is a cut in relations with the partner (16x); one avoided or
    refrained from stays unasserted, and a hostile one stopped is no attack."""
    rules = view.rules.halted_acts
    out = dict(found)
    for i, c in found.items():
        h = c.head
        stopper = h.head
        if c.frame is not None or h.tag_ != "VBG" or h.dep_ != "xcomp" or negated(stopper) \
                or stopper.lemma_.lower() not in rules["words"]:
            continue
        code = longest_prefix(rules["map"], c.code)
        if code:
            out[i] = replace(c, code=code, frame=stopper)
    return out


"""Pass 4b, speech acts: what is done with words and no verb of threat or blame ("would pay
dearly", "called the strikes a violation", "gave Hamas until Sunday", a court's finding, a call)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import actors_of, subjects
from eventwire.events.attribution import DENIAL, obliged, reporting_verb
from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.rules import SPEECH
from eventwire.events.syntax import condition, future, has_to_infinitive, modal, pobjs
from eventwire.events.targets import STATE_SECTORS

PHONE_CALL = "041"  # discuss by telephone
STATEMENT = "010"  # make statement: coded only when the user asks for bare statements


def promised_responses(view: SentenceView, found: Found) -> Found:
    """Conventions: "any incursion would be met with a military response" is a threat (1384) by
    whoever says it, aimed at whoever was warned ("warned Russia that ...") or else at the
    would-be attacker ("any Israeli attack"); a warning made with it is that threat."""
    if "meet" not in view.lemmas:
        return found
    out = dict(found)
    for met in view.doc:
        response = _promised_response(view, met)
        if response is None:
            continue
        verb = reporting_verb(view, Candidate(met, None, "", (), ()))
        passive = [c for c in met.children if c.dep_ == "nsubjpass"]
        promisers = subjects(view, verb)[0] if verb is not None and passive else subjects(view, met)[0]
        if not promisers:
            continue
        warned = actors_of(view, [c for c in verb.children if c.dep_ in ("dobj", "dative")]) if verb is not None else []
        answered = passive or [c for c in met.children if c.dep_ == "dobj"]
        attackers = [m for o in answered for m in _attacker(view, o)] or ([] if passive else actors_of(view, pobjs(met, ("by",))))
        code = view.rules.promised_response["codes"]["force" if response else "any"]
        out = {i: c for i, c in out.items() if i != met.i and not (verb is not None and i == verb.i)}
        out[met.i] = Candidate(met, None, code, tuple(promisers), tuple(warned or attackers))
    return dict(sorted(out.items()))


def threatened_consequences(view: SentenceView, found: Found) -> Found:
    """Conventions, threats 13x: "Kim said Seoul would pay dearly", "Beijing said Manila would
    face consequences", "Russia said Western troops in Ukraine would be legitimate targets": a
    consequence promised to another, with no threat verb, is the speaker's threat at them."""
    words = view.rules.threatened_consequences
    if not view.lemmas & (frozenset(words["nouns"]) | frozenset(words["targets"]) | frozenset(words["measures"])):
        return found
    out = dict(found)
    for v in view.doc:
        lemma = v.lemma_.lower()
        if not (future(v) or modal(v)) or v.i in out and out[v.i].code.startswith("13"):
            continue
        suffered = {c.lemma_.lower() for c in v.children if c.dep_ in ("dobj", "advmod", "npadvmod")} \
            if lemma in words["verbs"] else set()
        if suffered & set(words["nouns"]):
            code = words["codes"]["pay"]
        elif suffered & set(words["measures"]):
            code = words["codes"]["measure"]  # "Mexican goods would face tariffs": sanctions threatened
        elif lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in words["targets"] for c in v.children):
            code = words["codes"]["target"]
        else:
            continue
        said = reporting_verb(view, Candidate(v, None, "", (), ()))
        speakers = subjects(view, said)[0] if said is not None else []
        threatened = actors_of(view, [c for c in v.children if c.dep_ == "nsubj"])
        cond = condition(v)
        # "imports would face tariffs unless Ottawa acts": who is to act, when the sufferer is no actor
        threatened = threatened or actors_of(view, [c for c in cond.children if c.dep_ == "nsubj"] if cond is not None else [])
        # aimed at another side: "farmers will pay a high price for the drought" threatens no one
        mine = {m.actor.country or m.actor.code for m in speakers}
        threatened = [m for m in threatened if m.actor.country and m.actor.country not in mine]
        if speakers and threatened:
            out[v.i] = Candidate(v, None, code, tuple(speakers), tuple(threatened))
    return dict(sorted(out.items()))


def threatened_punishments(view: SentenceView, found: Found) -> Found:
    """"warned protesters that they would be arrested", "vowed that the rioters would be
    punished": an agentless passive promised in a threat or pledge names no doer, and the one who
    promises it is the one threatening (13x, the frame's code for a future act)."""
    out = dict(found)
    for i, c in found.items():
        v = c.via_speech
        if c.sources or v is None or not c.code.startswith("13") or v.lemma_.lower() not in view.rules.punishing_verbs | SPEECH \
                or not any(k.dep_ == "auxpass" for k in c.trigger.children) or not c.targets:
            continue
        speakers = subjects(view, v)[0]
        mine = {m.actor.code for m in speakers}
        # "the president said rioters would be punished": a state's own officials saying what
        # will be done to someone promise it as much as when they warn or vow
        said = v.lemma_.lower() not in view.rules.punishing_verbs
        if said and not all(m.actor.country and m.actor.sector in STATE_SECTORS for m in speakers):
            continue
        if speakers and not mine & {m.actor.code for m in c.targets}:
            out[i] = replace(c, sources=tuple(speakers))
    return out


def characterisations(view: SentenceView, found: Found) -> Found:
    """"Pakistan called the strikes a violation of its sovereignty", "Tehran described the seizure
    as an act of piracy", "Kyiv called the talks a step forward": naming another's act with a
    word of blame is a condemnation (111), with one of praise an approval (051), aimed at whoever
    did the act (the article may say who, when the sentence does not)."""
    labels = view.rules.labels
    if not view.lemmas & frozenset(labels["verbs"]):
        return found
    out = dict(found)
    for verb in (t for t in view.doc if t.lemma_.lower() in labels["verbs"] and t.pos_ == "VERB"):
        # what the verb names, not a coordinated act ("called the sanctions illegal and expelled ...")
        after = {x.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for x in c.subtree}
        said = [x for x in verb.subtree if x.i > verb.i and x.i not in after]
        untrue = [x for x in said if x.lemma_.lower() in view.rules.untrue_reports["labels"]]
        tone = next((k for k in ("negative", "positive") for x in said if x.lemma_.lower() in labels[k]), None) \
            or ("negative" if untrue else None)
        named = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "nsubjpass") and c.lemma_.lower() not in
                 labels["negative"] + labels["positive"]]
        # "called the demonstrators foreign agents", misread as one phrase: the modifier before the
        # label is who is named
        named = named or [c for o in verb.children if o.dep_ in ("oprd", "dobj") for c in o.children
                          if c.dep_ in ("nmod", "compound") and c.i < o.i and c.pos_ in ("NOUN", "PROPN")
                          and (o.dep_ == "oprd" or c.dep_ == "nmod" or c.i == o.i - 1)]
        # "called Trump a liar", read as two predicates: the first names who
        predicates = [c for c in verb.children if c.dep_ == "oprd"]
        named = named or (predicates[:1] if len(predicates) > 1 and predicates[0].pos_ in ("NOUN", "PROPN") else [])
        sources = subjects(view, verb)[0]
        if tone is None and verb.i in out and _named_with_predicate(verb, out[verb.i].used):
            # "called the strike political": naming with no word of blame or praise is a comment,
            # no call for a strike (its pattern read the named act as the verb's object)
            out[verb.i] = Candidate(verb, None, STATEMENT, tuple(sources), ())
            continue
        if tone is None or not named or not sources or any(c.lower_ == "what" for c in verb.children):
            continue  # "protested over what it called dangerous conduct": naming inside another act
        if any((c.dep_ == "xcomp" and has_to_infinitive(c)) or (c.dep_ == "prep" and c.lower_ in ("for", "on"))
               for c in verb.children):
            continue  # "called on the minister to resign over the scandal": an appeal, no naming
        thing = named[0]
        if thing.pos_ == "PRON" and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
                and any(o.dep_ == "dobj" for o in verb.head.children):
            out.pop(verb.i, None)  # "denied the accusation, calling it baseless": the same act, said again (conventions 2)
            continue
        # "called Colombia's decision antisemitic", misread as one phrase: the owner hangs on the label
        misread = [c for c in thing.head.children if c.dep_ in ("poss", "compound") and c.i < thing.i] \
            if thing.dep_ == "compound" and thing.head.dep_ in ("oprd", "dobj") else []
        # "called the incursion a provocation by Pyongyang": the label's own by-phrase names the doer
        doers = actors_of(view, [p for x in said if x.lemma_.lower() in labels[tone] for p in _by_phrase(verb, x)]) \
            or view.finder.with_conjuncts(thing) or [
            m for c in [*thing.subtree, *misread] if c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "pobj" and c.head.lower_ == "by")
            for m in view.finder.with_conjuncts(c)]
        mine = {m.actor.code for m in sources}
        inside = {x.i for x in thing.subtree} | {x.i for x in said}
        out = {i: c for i, c in out.items() if i != verb.i and c.trigger.i not in inside}
        # "called the accusations lies": a charge named false is denied (016)
        code = DENIAL if tone == "negative" and thing.lemma_.lower() in view.rules.accusation_nouns else labels["codes"][tone]
        makers = _report_named_untrue(view, thing, untrue)
        if makers is not None:  # "called the British report false": what it says is denied, to its maker
            code, doers = DENIAL, makers
        out[verb.i] = Candidate(verb, None, code, tuple(sources), tuple(m for m in doers if m.actor.code not in mine))
    return dict(sorted(out.items()))


def _by_phrase(verb: Token, label: Token) -> list[Token]:
    """Who a label's by-phrase names: "a provocation by Pyongyang", and where the parser hung "by"
    higher, on the label's governor or on the active naming verb itself ("called the cut [an act
    of sabotage] by Russia"): an active verb of naming has no agent of its own."""
    found: list[Token] = []
    node = label
    while node.i != verb.i and node.head.i != node.i:
        found += [p for p in pobjs(node, ("by",)) if p.i > label.i]
        node = node.head
    if node.i == verb.i and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        found += [p for p in pobjs(verb, ("by",)) if p.i > label.i]
    return found


def _report_named_untrue(view: SentenceView, report: Token, labels: list[Token]) -> list | None:
    """Who made a report of facts that `labels` name untrue ("called the British report false",
    "said the Reuters story was a fabrication"), by its own modifiers or by- or from-phrase, not
    by what it is about ("the reports of civilian deaths"); None when it is no such report."""
    words = view.rules.untrue_reports
    inside = {x.i for x in report.subtree}
    if report.lemma_.lower() not in words["words"] or not any(
            x.i not in inside and x.lemma_.lower() in words["labels"] for x in labels):
        return None
    makers = [c for c in report.children if c.dep_ in ("poss", "amod", "compound")] + pobjs(report, ("by", "from"))
    return [m for c in makers for m in view.finder.with_conjuncts(c)]


def _named_with_predicate(verb: Token, used: frozenset[int]) -> bool:
    """"called the strike political", "called the rally a stunt": an object, which the verb's
    pattern took for what is called, and what it is called, which the pattern did not use."""
    return any(c.dep_ == "dobj" and c.i in used for c in verb.children) \
        and any(c.dep_ == "oprd" and c.i not in used for c in verb.children)


def judgements(view: SentenceView, found: Found) -> Found:
    """"'Russia's actions are illegal,' the Polish minister said", "Kyiv said Moscow's demands
    were unacceptable": a speaker's blame of another's conduct is a condemnation (111) of its owner."""
    labels = view.rules.labels
    if not view.lemmas & (frozenset(labels["negative"]) | frozenset(view.rules.norm_breaking["verbs"])):
        return found
    out = dict(found)
    for be in view.doc:
        # "said the raids violated international law" blames as "said the raids were illegal"
        # does, and replaces the breach the verb's own pattern coded
        broken = _breaks_norm(view, be)
        saying_what = (be.lemma_ == "be" or be.lemma_.lower() in view.rules.being_verbs
                       or _passive_label(be, labels["negative"])) and be.i not in out
        if not (broken or (saying_what and any(_blames(c, labels["negative"]) for c in _predicates(be)))) \
                or any(c.dep_ == "neg" for c in be.children):
            continue
        conduct = [c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Russia's actions", "the Chinese drills", "the strikes by Israel": whose conduct it is
        owners = [m for n in conduct for c in n.children if c.dep_ in ("poss", "amod", "compound")
                  for m in view.finder.with_conjuncts(c)]
        owners = owners or [m for n in conduct for p in pobjs(n, ("by",)) + _charged_by(view, n)
                            for m in view.finder.with_conjuncts(p)]
        # "said the incursion was a provocation by Moscow": or whom the blame's own by-phrase names
        owners = owners or actors_of(view, [p for c in _predicates(be) if _blames(c, labels["negative"])
                                            for p in pobjs(c, ("by",))])
        said = reporting_verb(view, Candidate(be, None, "", (), ()))
        speakers = subjects(view, said)[0] if said is not None else []
        mine = {m.actor.code for m in speakers}
        owners = [m for m in owners if m.actor.code not in mine]
        # "Lavrov said the decision was unacceptable": conduct of no named owner is still blamed
        # (the article may say whose it is); a state of affairs ("the situation is dangerous") is not
        conduct_named = any(_conduct(view, n) for n in conduct)
        # "the Kremlin said the allegations were baseless": blame of a charge is its denial (016),
        # aimed at whoever made it
        denied = any(n.lemma_.lower() in view.rules.accusation_nouns for n in conduct) or any(
            _report_named_untrue(view, n, _predicates(be)) is not None for n in conduct)
        if speakers and (owners or conduct_named or denied):
            out[be.i] = Candidate(be, None, DENIAL if denied else labels["codes"]["negative"], tuple(speakers),
                                  tuple(owners))
    return dict(sorted(out.items()))


def _breaks_norm(view: SentenceView, verb: Token) -> bool:
    """"the air raids violated international law", "Morocco's decision contravened UN resolutions":
    conduct, not an actor, said to break a norm (an actor's own breach is its act; judgements
    then asks that the sentence be reported)."""
    rule = view.rules.norm_breaking
    return verb.lemma_.lower() in rule["verbs"] and verb.pos_ == "VERB" \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in rule["norms"] for c in verb.children) \
        and any(c.dep_ == "nsubj" and _conduct(view, c) for c in verb.children)


def _conduct(view: SentenceView, noun: Token) -> bool:
    """"the decision", "the air raids": a noun of someone's conduct or of an act the lexicon knows."""
    return noun.lemma_.lower() in CONDUCT_NOUNS or bool(view.lexicon.candidates(noun.lemma_.lower(), "NOUN"))


def _passive_label(verb: Token, negative: list[str]) -> bool:
    """"the charges were fabricated": a word of blame said of its subject as a passive."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in negative and any(c.dep_ == "auxpass" for c in verb.children)


def _charged_by(view: SentenceView, noun: Token) -> list[Token]:
    """Who made a charge: "the allegations from Kinshasa", "the claims made by Guyana"."""
    if noun.lemma_.lower() not in view.rules.accusation_nouns:
        return []
    return pobjs(noun, ("from",)) + [p for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"
                                     for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]


def _predicates(verb: Token) -> list[Token]:
    """What a verb of being says its subject is: "was [illegal]", "amounted to [theft]",
    "constituted [a violation]"; a passive word of blame is its own ("were [fabricated]")."""
    if verb.tag_ == "VBN" and verb.lemma_ != "be":
        return [verb]
    if verb.lemma_ == "be":
        return [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    return [c for c in verb.children if c.dep_ == "dobj"] + pobjs(verb, ("to",))


# nouns of someone's conduct, which blame is aimed at whoever did it
CONDUCT_NOUNS = frozenset({"action", "behaviour", "behavior", "conduct", "decision", "measure", "move", "policy",
                           "remark", "statement", "step"})


def _blames(word: Token, negative: list[str]) -> bool:
    """"illegal", "a provocation", "a hostile act", "an unfriendly step": a word of blame, or a noun it qualifies."""
    return word.lemma_.lower() in negative or any(
        a.dep_ == "amod" and a.lemma_.lower() in negative for a in word.children if word.pos_ == "NOUN")


def deadlines(view: SentenceView, found: Found) -> Found:
    """Conventions: a threat with a deadline is 139. "Trump gave Hamas until Sunday to free the
    hostages", "gave Tehran two months to reach a deal": giving someone a time to act is an
    ultimatum to them; what they are to do has not happened."""
    if not view.lemmas & frozenset(view.rules.deadline["verbs"]):
        return found
    out = dict(found)
    for give in (t for t in view.doc if t.lemma_.lower() in view.rules.deadline["verbs"]):
        act = [c for c in give.children if c.dep_ in ("xcomp", "advcl", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        act += [c for o in give.children if o.dep_ == "dobj" for c in o.children if c.dep_ in ("acl", "relcl")]
        timed = pobjs(give, ("until", "till")) + [o for o in give.children if o.dep_ in ("dobj", "npadvmod")
                                                  and o.lemma_.lower() in view.rules.deadline["spans"]]
        given = [m for c in give.children if c.dep_ in ("dative", "dobj") for m in view.finder.with_conjuncts(c)]
        sources = subjects(view, give)[0]
        if not (act and timed and given and sources):
            continue
        held = {x.i for c in act for x in c.subtree}
        out = {i: c for i, c in out.items() if c.head.i not in held}
        out[give.i] = Candidate(give, None, view.rules.deadline["to"], tuple(sources), tuple(given))
    return dict(sorted(out.items()))


def calls_told(view: SentenceView, found: Found) -> Found:
    """"Ruto told Museveni in a phone call that ...", "told Erdogan by telephone": the call is an
    act of its own (041), beside what was said in it."""
    if not view.lemmas & view.rules.phone_words:
        return found
    out = dict(found)
    for verb in (t for t in view.doc if t.lemma_.lower() in view.rules.speech_verbs
                 and (t.i not in out or out[t.i].code.startswith("01"))):
        by_phone = any(o.lemma_.lower() in view.rules.phone_words or any(
            c.lemma_.lower() in view.rules.phone_words for c in o.children)
            for o in pobjs(verb, ("by", "in", "over", "during")))
        told = [m for m in actors_of(view, [k for k in verb.children if k.dep_ in ("dobj", "dative")])
                if view.doc[m.head].lemma_.lower() not in view.rules.press_words]
        speakers = subjects(view, verb)[0]
        if by_phone and told and speakers:
            out[verb.i] = Candidate(verb, None, PHONE_CALL, tuple(speakers), tuple(told))
    return dict(sorted(out.items()))


def _attacker(view: SentenceView, noun: Token) -> list:
    """Who would do what is answered: "any Israeli attack", "Guyana's aggression", "an attack by X"."""
    owner = [c for c in noun.children if c.dep_ == "poss"] + pobjs(noun, ("by", "from"))
    return actors_of(view, owner) or list(view.finder.at(noun))


def _promised_response(view: SentenceView, met: Token) -> bool | None:
    """Whether a future "meet (X) with" or "be met by" names a response, and whether it names force:
    None when it names none ("will meet the envoy with his team")."""
    if met.lemma_.lower() != "meet" or not (future(met) or modal(met)):
        return None
    words = view.rules.promised_response
    answered = [c for c in met.children if c.dep_ in ("dobj", "nsubjpass")]
    said = pobjs(met, ("with",)) + [o for a in answered for o in pobjs(a, ("with",))] + pobjs(met, ("by",), deps=("agent",))
    answers = [o for o in said if o.lemma_.lower() in words["nouns"]]
    if not answers:
        return None
    return any(o.lemma_.lower() in words["force"] or any(a.lower_ in words["forceful"] for a in o.children)
               for o in answers)


def rulings(view: SentenceView, found: Found) -> Found:
    """A court "ruled that Russia had violated the rights of ..." or "found that X breached ...":
    the court finds X liable (116); what it found is its finding, not an act told as news. A court
    ruling that X "must" do something orders it (the obligations pass: 10x)."""
    if not view.lemmas & frozenset(view.rules.ruling["verbs"]):
        return found
    out = dict(found)
    for verb in (t for t in view.doc if t.lemma_.lower() in view.rules.ruling["verbs"] and t.pos_ == "VERB"):
        courts = [m for m in subjects(view, verb)[0] if "JUD" in m.actor.code or m.actor.code in view.rules.ruling["courts"]
                  or any(w in view.rules.ruling["court_words"] for w in m.span.text.lower().split())]
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and not obliged(view, c)):
            liable = actors_of(view, [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")])
            if not courts or not liable:
                continue
            held = {x.i for x in clause.subtree}
            out = {i: c for i, c in out.items() if c.head.i not in held and i != verb.i}
            out[verb.i] = Candidate(verb, None, view.rules.ruling["to"], tuple(courts), tuple(liable))
    return dict(sorted(out.items()))

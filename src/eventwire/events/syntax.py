"""Reading the dependency tree: phrases, clauses, the main assertion, negation, tense and conditions."""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Token

from eventwire.events.rules import load_rules

# Children whose subtrees belong to another clause or to the subject, not to the trigger's phrase.
OTHER_CLAUSE = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl", "relcl", "conj", "cc",
                          "parataxis", "xcomp", "mark", "punct", "aux", "auxpass", "neg", "expl", "dep", "appos"})
NESTED_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj"})
ARGUMENT = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"})
SPINE_DEPS = frozenset({"conj", "xcomp", "ccomp", "parataxis", "acomp", "attr"})
CONTENT = ("NOUN", "PROPN")
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")


def phrase(token: Token) -> list[Token]:
    """A token's subtree without the clauses nested in it ("diplomats [based in Geneva]") or
    its possessor ("welcomed [the minister's] statement" is about a statement)."""
    out = [token]
    for c in token.children:
        if c.dep_ not in NESTED_CLAUSE and c.dep_ != "poss":
            out.extend(phrase(c))
    return out


def clause_following(trigger: Token) -> list[Token]:
    """Tokens of the trigger's own phrase after it, passive subjects moved to just after it."""
    out: list[Token] = []
    for child in trigger.children:
        if child.i < trigger.i and child.dep_ not in ("nsubjpass", "prt", "dobj"):
            continue
        if time_adjunct(child):
            continue  # "called his counterpart [on Monday]" is no "call on"
        if child.dep_ == "xcomp" and child.lemma_.lower() in DEPARTURE_VERBS and any(c.dep_ == "dobj" for c in trigger.children):
            out.append(child)  # "ordered the ambassador [to leave]": the order is the expulsion
            continue
        if child.dep_ in MISREAD_OBJECTS and child.i > trigger.i and headline_verb(trigger):
            out.extend(phrase(child))  # "Niger's junta expels [French ambassador]": the object
            continue
        if child.dep_ in OTHER_CLAUSE and child.dep_ != "nsubjpass" and not _small_clause(child):
            # "called [for the port to remain open]": the parser makes "for" the clause's mark,
            # but it is the verb's preposition ("call for")
            out.extend(m for m in child.children if m.dep_ == "mark" and m.lower_ == "for" and child.dep_ == "advcl")
            continue
        out.extend(phrase(child))
    out.extend(_raised_object(trigger))
    # a particle is part of the verb wherever it stands: patterns write it right after the verb
    # ("hand over &SUSPECT"), as in "handed the suspects over to", where the parser hangs it on
    # the verb or on its object, as a particle or as a preposition
    particles = [t for t in out if t.tag_ == "RP" and (t.head.i == trigger.i or (
        t.head.dep_ == "dobj" and t.head.head.i == trigger.i))]
    passive = [t for t in out if t.i < trigger.i and t not in particles]
    rest = sorted(t for t in out if t.i > trigger.i and t not in particles)
    return particles + sorted(passive) + rest


def _raised_object(trigger: Token) -> list[Token]:
    """"blocked and harassed [a British tanker]", "blocked and fired water cannon [at Philippine
    boats]": a verb with no object of its own right before "and" and another verb of the same
    subject shares that verb's object and prepositions, which the parser hangs on the second."""
    if trigger.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep", "prt", "xcomp", "ccomp") for c in trigger.children):
        return []
    second = next((c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == trigger.i + 2
                   and trigger.doc[trigger.i + 1].dep_ == "cc"), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return []
    return [t for c in second.children if c.dep_ in ("dobj", "prep") and not time_adjunct(c) for t in phrase(c)]


# the to-infinitives of leaving that make an order to go an expulsion ("order &DIPLOMAT leave")
DEPARTURE_VERBS = frozenset({"leave", "depart", "quit", "exit"})
CALENDAR = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])


# prepositions that place an act in time by another event ("dispersed [after the rally]",
# "[during the march]"): their object is an occasion, never what the verb acts on ("before"
# also places, as in "brought before the court")
OCCASION_PREPS = frozenset({"after", "amid", "during", "following", "until"})


def time_adjunct(t: Token) -> bool:
    """A preposition whose object is a date or time ("on Monday", "on May 9", "in the morning"),
    not a named occasion the tagger also calls a date ("in the Victory Day Parade"), or one
    that places the act by another event ("after the rally")."""
    if t.dep_ == "prep" and t.lower_ in OCCASION_PREPS:
        return True
    return t.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") and (
        c.pos_ != "PROPN" or c.text in CALENDAR) for c in t.children)


# verbs that take an object and its predicate ("ordered [the embassy closed]", "declared [two
# diplomats persona non grata]"), where the parser makes the pair a clause with a verb of its own
OBJECT_PREDICATE_VERBS = frozenset({"order", "declare", "find", "deem", "pronounce", "want", "keep"})


def _small_clause(t: Token) -> bool:
    """A verbless complement the parser calls a clause: "found [him guilty]", "declared [the vote
    void]", "declared [the envoy persona non grata]". Its words are the verb's own, as an object
    predicate's are. After a verb of object and predicate, a bare participle ("ordered the embassy
    [closed]") or a noun the tagger took for a present tense ("declared two diplomats [persona]
    non grata") is such a predicate too: a finite clause there would need "that" or an auxiliary."""
    if t.dep_ != "ccomp":
        return False
    if t.pos_ in ("ADJ", "NOUN"):
        return not any(c.pos_ in ("AUX", "VERB") for c in t.children)
    return t.head.lemma_.lower() in OBJECT_PREDICATE_VERBS and t.tag_ in ("VBN", "VBD", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in t.children)


def linear_following(trigger: Token) -> list[Token]:
    """TABARI's reading: everything after the verb in its subtree, embedded clauses included,
    relative clauses excepted."""
    return [x for x in trigger.subtree if x.i > trigger.i and x.dep_ != "relcl" and x.head.dep_ != "relcl"]


def after_comma(t: Token) -> bool:
    return t.i > 0 and t.doc[t.i - 1].text == ","


def _comma_participle(t: Token) -> bool:
    return t.tag_ == "VBG" and after_comma(t)


def conjunct_head(t: Token, speech: frozenset[str]) -> Token:
    """The verb a coordinated verb really shares its subject with. The parser often hangs a
    finite verb on the last verb before "and" even when that one is a participle, an infinitive
    or a reported clause: "accused Israel of blocking aid and called on Egypt ..." (Hamas
    called), "urged Germany to send tanks and expelled two diplomats" (the urger expelled),
    "said Israel had attacked a hospital and urged the council ..." (the minister urged). A past
    tense cannot be coordinated with an -ing form or a to-infinitive, and a verb of speech, appeal
    or accusation after a reported clause goes with the verb that reported it ("said the vote was
    rigged and accused the army ..."; "said the men had robbed a bank and fled" stays: fleeing is
    no speech), and so does any verb after a reported state or ongoing act (_state), or after the
    clause on a noun the speaker answers ("rejected reports that ... and urged")."""
    head = t.head
    if t.dep_ == "conj" and t.tag_ == "VBD" and head.dep_ == "acomp" and head.head.dep_ == "ccomp" \
            and head.head.head.lemma_.lower() in speech and t.lemma_.lower() in speech:
        return head.head.head  # "said it was deeply concerned and urged restraint": a mood, then an appeal
    if t.dep_ != "conj" or t.tag_ != "VBD" or head.pos_ not in ("VERB", "AUX"):
        return head
    infinitive = head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    if (head.tag_ == "VBG" or infinitive) and head.dep_ in ("pcomp", "advcl", "xcomp", "acl"):
        for a in head.ancestors:
            if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP"):
                return a
        return head
    # (not when the verb of speech comes after: "X inspected a factory and called for ..., KCNA
    # said" is X's call, the agency only reports it)
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in speech and head.head.i < head.i and (
            t.lemma_.lower() in speech or _state(head) or (t.lemma_.lower() in REPLYING_VERBS and _earlier(head))):
        return head.head
    # "rejected reports that it had funded the militia and urged Chad ...": the clause on the noun
    # the speaker answers
    noun = head.head
    if head.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children) \
            and noun.dep_ == "dobj" and noun.head.lemma_.lower() in speech and t.lemma_.lower() in speech:
        return noun.head
    return head


# A state's answers to what it reports was done to it: "said Chinese ships had entered its
# waters and lodged a protest", "... had bombed villages and vowed to retaliate"
REPLYING_VERBS = load_rules().replying_verbs


def _earlier(clause: Token) -> bool:
    """A reported clause in the past perfect ("had entered"): told as before the report."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children)


def _state(clause: Token) -> bool:
    """A reported clause that tells a state or an ongoing act, which a simple past cannot share:
    "said the sanctions were illegal and summoned ...", "said Kosovo was persecuting Serbs and
    put the army on alert" (the speaker summoned and put)."""
    return clause.lemma_ == "be" or clause.tag_ == "VBG" or any(
        c.dep_ in ("acomp", "auxpass") for c in clause.children)


def moved_conjuncts(doc: Doc, speech: frozenset[str]) -> list[tuple[Token, Token]]:
    """(verb, the verb it really goes with) for each coordinated verb the parser hung elsewhere."""
    return [(t, head) for t in doc if t.dep_ == "conj" and t.tag_ == "VBD"
            for head in [conjunct_head(t, speech)] if head.i != t.head.i]


def spine(doc: Doc, speech: frozenset[str] = frozenset()) -> set[int]:
    """Tokens of the main assertion: the root, what is coordinated with it, its complements
    (so reported speech counts), and participles set off by a comma ("..., conducting drills");
    a coordinated verb counts with the verb it really goes with (conjunct_head)."""
    seen: set[int] = set()
    moved: dict[int, list[Token]] = {}
    for t, head in moved_conjuncts(doc, speech):
        moved.setdefault(head.i, []).append(t)
    moved_ids = {m.i for ms in moved.values() for m in ms}
    stack = [t for t in doc if t.dep_ == "ROOT"]
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        stack.extend(moved.get(t.i, ()))
        for c in t.children:
            if c.i in moved_ids:
                continue  # it goes with another verb
            if c.dep_ in SPINE_DEPS or (c.dep_ in ("advcl", "acl") and _comma_participle(c)) or finite_under_root_noun(c):
                stack.append(c)
            elif c.dep_ in ("dobj", "pobj", "prep"):
                # participle lists mis-attached under an object: "level of ties, deepening ..."
                stack.extend(g for g in c.children if g.dep_ == "acl" and _comma_participle(g))
    return seen


def noun_modifiers(t: Token) -> list[Token]:
    return [x for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") for x in c.subtree]


def coordination_head(token: Token) -> Token:
    """The first conjunct: "will meet and sign" shares the auxiliaries of "meet"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def condition(token: Token) -> Token | None:
    """The 'unless ...' / 'if ...' clause attached to an act, which makes a promise an ultimatum."""
    for c in coordination_head(token).children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
            return c
    return None


def modal(token: Token) -> bool:
    """'may halt its mediation if ...': a possible act under a condition is still an ultimatum."""
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can") for c in token.children)


# verbs of going on whose to-infinitive shares their tense: "would continue to supply"
ASPECT_VERBS = frozenset({"continue", "keep", "resume", "start", "begin"})


FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# nouns of trying whose to-infinitive takes the tense of the verb they are the object of
# ("will continue its efforts to mediate", "would step up attempts to broker a truce")
EFFORT_NOUNS = frozenset({"effort", "attempt", "bid", "push", "drive"})


def future(token: Token) -> bool:
    """Is the trigger's clause in the future ("will give", "would allow", "is going to visit",
    "would continue to supply"), or a headline's infinitive ("EU to impose new sanctions")? A
    coordinated verb with its own auxiliary has its own tense ("is ready for talks but will not
    accept a ceasefire")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        return True
    token = coordination_head(token)
    if token.dep_ == "acl" and has_to_infinitive(token) and token.head.lemma_.lower() in EFFORT_NOUNS \
            and token.head.dep_ == "dobj":
        token = coordination_head(token.head.head)  # "will continue its efforts to mediate": the efforts' verb
    if has_to_infinitive(token) and ((token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ("PROPN", "NOUN"))
                                     or (token.dep_ == "ROOT" and token.tag_ == "VB")):
        return True  # headlines: "EU to impose new sanctions", "Japan to give Philippines $200 million"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ASPECT_VERBS:
        token = coordination_head(token.head)
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        return True
    return token.dep_ == "xcomp" and token.head.lemma_ == "go" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in token.head.children)


def possible(token: Token, modals: frozenset[str]) -> bool:
    """"could impose sanctions", "may visit": a possible act, read like a future one; not with
    "have" ("could have stopped" is a counterfactual, "may have fired" a guess about the past)."""
    token = coordination_head(token)
    aux = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return any(a in modals for a in aux) and "have" not in aux


def scheduled(token: Token, words: frozenset[str]) -> bool:
    """"is due to visit", "is set to meet", "is likely to impose": a future act of the subject
    (only after "be": "Russia set out to ..." is no schedule)."""
    token = coordination_head(token)
    head = token.head
    be = [c for c in head.children if c.dep_ in ("aux", "auxpass")] + ([head.head] if head.dep_ == "acomp" else [])
    return token.dep_ == "xcomp" and head.lower_ in words and any(b.lemma_ == "be" for b in be)


def can_modal(token: Token) -> bool:
    """"cannot accept", "can't allow": with a negation, a refusal ("could not" is only inability)."""
    token = coordination_head(token)
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in token.children)


def passive_with_agent(token: Token) -> bool:
    """A passive verb that names its doer: "(after) being shelled by Cambodian forces"."""
    return any(c.dep_ == "auxpass" for c in token.children) and any(c.dep_ == "agent" for c in token.children)


def negated(token: Token) -> bool:
    """"did not meet", "never met"; and "held no talks with", "had no contacts with": a verb
    whose object is denied with "no"."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") or (
        c.dep_ == "dobj" and token.pos_ in ("VERB", "AUX") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in token.children)


def verb_of(token: Token) -> Token | None:
    """The verb a noun phrase or prepositional phrase hangs from."""
    t = token
    for _ in range(4):
        if t.dep_ == "ROOT" and t.pos_ not in ("VERB", "AUX"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def pobjs(token: Token, preps: tuple[str, ...] | frozenset[str] | None = None,
          deps: tuple[str, ...] = ("prep",)) -> list[Token]:
    """Objects of the token's prepositions (of those named, if given): "talks [with] Iran"."""
    return [p for c in token.children if c.dep_ in deps and (preps is None or c.lower_ in preps)
            for p in c.children if p.dep_ == "pobj"]


def has_to_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def misread_active(t: Token) -> bool:
    """"air strikes killed 30 people, officials said": the parser took the verb for a participle
    of the subject ("strikes [that were] killed"), but a passive participle takes no direct object
    and names no agent, so the noun is the verb's subject; nor does it name one thing as another
    ("Trump called Maduro a dictator", read as "Trump [who was] called [Maduro a dictator]")."""
    # the noun is a subject, or the parser made it the root of a sentence with no verb of its own
    return (t.dep_ == "acl" and t.tag_ == "VBN" and t.i == t.head.i + 1
            and (t.head.dep_ in ("nsubj", "nsubjpass") or (t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN")))
            and _takes_an_object(t) and not any(c.dep_ == "agent" for c in t.children)) \
        or finite_under_root_noun(t)


def _takes_an_object(t: Token) -> bool:
    """A direct object, or one thing named as another ("Maduro a dictator" read as one predicate
    with a modifier, or as two)."""
    predicates = [c for c in t.children if c.dep_ == "oprd"]
    return any(c.dep_ == "dobj" for c in t.children) or len(predicates) > 1 or any(
        g.dep_ == "nmod" for c in predicates for g in c.children)


def finite_under_root_noun(t: Token) -> bool:
    """"Turkey's foreign minister, Hakan Fidan, called on Israel to ...": after an apposition the
    parser may make the subject noun the root and hang the finite verb (tagged past tense, not
    participle) on it as a clause; the verb is the sentence's main verb, the noun its subject."""
    # After a relative clause ("Togo's president, who is 59, offered to mediate") it may tag the
    # verb a participle: in a sentence with no other verb, one after a comma is still the main verb.
    return t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") \
        and (t.tag_ == "VBD" or (t.tag_ == "VBN" and after_comma(t) and any(
            c.dep_ in ("relcl", "appos") and c.i < t.i for c in t.head.children))) \
        and not any(c.dep_ in ("agent", "nsubj", "auxpass") for c in t.children)


def visiting_adjective(token: Token) -> bool:
    """"met visiting Iranian President Pezeshkian", "received visiting Foreign Minister Araqchi":
    the parser takes "visiting" for a verb of its own, but it only says who the guest is."""
    return token.lower_ == "visiting" and token.dep_ in ("advcl", "xcomp") and token.i == token.head.i + 1 \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
        and any(c.dep_ == "dobj" for c in token.children)


HEADLINE_SUBJECTS = ("compound", "poss", "nummod", "nmod")
MISREAD_OBJECTS = ("appos", "npadvmod")  # how the parser hangs such a verb's object off it
QUESTION_MARKS = frozenset({"whether", "if"})  # "asked whether ...", "unclear if ...": a question, not a claim


def headline_verb(token: Token) -> bool:
    """"Belgium apologises to Congo", "Niger's junta expels French ambassador": a headline's
    present-tense verb that the tagger took for a noun heading the whole line, its subject for a
    modifier. Only in a line with no verb at all, and with a modifier before it."""
    return token.dep_ == "ROOT" and token.pos_ == "NOUN" and token.i > 0 \
        and any(c.dep_ in HEADLINE_SUBJECTS and c.i < token.i for c in token.children) \
        and not any(t.pos_ in ("VERB", "AUX") for t in token.doc)


def quoted_speaker(token: Token, quoting: frozenset[str]) -> list[Token]:
    """The one an outlet quotes when `token` is the "saying" of "TASS quoted Lavrov as saying
    ..." or "Lavrov was quoted by TASS as saying ...": the speaker is Lavrov, not TASS."""
    if token.dep_ != "pcomp" or token.head.lower_ != "as" or token.head.head.lemma_.lower() not in quoting:
        return []
    return [c for c in token.head.head.children if c.dep_ in ("dobj", "nsubjpass")]


def beyond_border(tok: Token, border_nouns: frozenset[str]) -> bool:
    """Whether a place is the other side of a border ("near the border with Niger"): the act
    was on the border, not in that state."""
    while tok.dep_ in ("compound", "flat", "amod", "conj", "pobj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            prep = tok.head
            return prep.lower_ in ("with", "between") and prep.head.lemma_.lower() in border_nouns
        tok = tok.head
    return False


def not_ruled_out(verb: Token) -> bool:
    """Whether a verb is a "rule out" itself negated or refused ("did not rule out", "refused to
    rule out"): what it governs is kept open."""
    return verb.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and (
        negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline")))

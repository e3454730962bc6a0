"""Who acts: the sources of a verb or noun trigger, and who an appeal or demand is addressed to."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.candidate import SentenceView
from eventwire.events.syntax import (CONTENT, HEADLINE_SUBJECTS, MODIFIER_DEPS, after_comma, conjunct_head,
                                     has_to_infinitive, headline_verb, misread_active, passive_with_agent, pobjs,
                                     quoted_speaker, verb_of)
from eventwire.types import ActorMention

Mentions = list[ActorMention]
MAX_DEPTH = 5  # how far a subject is inherited up through xcomp/conj/advcl chains
MEETING_NOUNS = frozenset({"talks", "talk", "round", "meeting", "summit", "conference", "negotiation", "session",
                           "dialogue", "lunch", "dinner"})


def actors_of(view: SentenceView, tokens) -> Mentions:
    """The actors named by each token's phrase (with its conjuncts), in order."""
    return [m for t in tokens for m in view.finder.with_conjuncts(t)]


def subjects(view: SentenceView, t: Token, depth: int = 0) -> tuple[Mentions, Mentions]:
    """(sources, passive targets) of a verb, inheriting subjects through xcomp/conj/advcl."""
    if depth > MAX_DEPTH:
        return [], []
    subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
    if not subj and headline_verb(t):  # "Belgium apologises to Congo": the tagger's modifier is the subject
        subj = [c for c in t.children if c.dep_ in HEADLINE_SUBJECTS and c.i < t.i][-1:]
    passive = [c for c in t.children if c.dep_ in ("nsubjpass", "csubjpass")]
    if passive and t.lemma_.lower() in view.rules.stative_passives and not any(c.dep_ == "agent" for c in t.children):
        subj, passive = passive, []  # "the militias were engaged in looting": they did it
    if passive:
        agents = pobjs(t, deps=("agent",))
        if not agents:  # "were killed in an Israeli air strike", "in an ambush by Islamic State militants"
            agents = [d for p in pobjs(t, ("in",)) if p.lemma_.lower() in view.rules.attack_nouns
                      for d in [p, *pobjs(p, ("by",))]]
        return actors_of(view, agents), actors_of(view, passive)
    if not subj and passive_with_agent(t):
        # "arrived in Addis Ababa and was received by Abiy", "fired back after being attacked by
        # Pakistani soldiers": the agent acts on the shared subject
        shared = subjects(view, t.head, depth + 1)[0] if t.dep_ == "conj" else _inherited_subject(view, t, depth)[0]
        return actors_of(view, pobjs(t, deps=("agent",))), shared
    if subj:
        return _own_subject(view, t, subj), []
    if t.dep_ == "relcl":
        return _relative_subject(view, t, depth)
    if t.dep_ == "acl":
        return _participle_subject(view, t, depth)
    return _inherited_subject(view, t, depth)


def _own_subject(view: SentenceView, t: Token, subj: list[Token]) -> Mentions:
    s = subj[0]
    if s.tag_ in ("WDT", "WP", "WP$") and t.dep_ == "relcl":
        if _place_of_an_attack(view, t.head):
            return []  # "a bombing at a mosque that killed 30": the attack killed, not the mosque
        return view.finder.with_conjuncts(t.head)
    found = view.finder.with_conjuncts(s)
    for other in subj[1:]:  # "Old rivals Ruritania and Freedonia": the parser split the subject
        joined = any(t.dep_ == "cc" for t in view.doc[min(s.i, other.i) + 1:max(s.i, other.i)])
        # "Tbilisi and Sukhumi held talks", read as two subjects joined by "and": both
        found = found + view.finder.with_conjuncts(other) if joined and found else found or view.finder.with_conjuncts(other)
    found = _coordinated_person_modifier(view, s) + found + _headline_partners(view, t, s)
    # "several of the drones launched by Russia hit ...": the weapons' sender, named by "by"
    weapon = next((o for o in [s] + pobjs(s, ("of",)) if o.lemma_.lower() in view.rules.weapon_nouns), None)
    if not found or (weapon is not None and not any(m.actor.country for m in found)):
        # "the missiles fired by the navy struck ...": what names no actor was sent by one
        sent = next((m for o in [s] + ([weapon] if weapon is not None else [])
                     for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                     for m in [actors_of(view, pobjs(a, deps=("agent",)))] if m), [])
        found = sent or found
    if not found and s.lemma_.lower() in view.rules.attack_nouns:
        # "a drone strike by Colombian forces killed six rebels": the attack's doer did it
        found = actors_of(view, pobjs(s, ("by",)))
    # "a drone had hit a base near Homs": a weapon of no stated side, not one named before ("the
    # drones"), is no actor (conventions: no explicit actor, no event)
    # ("army drones", "rebel artillery": a side named by its role is stated)
    return [m for m in found if m.actor.country or view.doc[m.head].lemma_.lower() not in view.rules.weapon_nouns
            or any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in view.doc[m.head].children)
            or any(d.dep_ in ("compound", "amod") and any(x.kind == "sector" for x in view.finder.entries_at(d.i))
                   for d in view.doc[m.head].children)]


def _place_of_an_attack(view: SentenceView, noun: Token) -> bool:
    """"an attack on a school in Khost", "a bombing at a mosque": the noun is where an attack
    noun's act happened (the parser hangs the attack's relative clause on it)."""
    node = noun
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        node = node.head.head
        if node.lemma_.lower() in view.rules.attack_nouns:
            return True
    return False


def _headline_partners(view: SentenceView, t: Token, s: Token) -> Mentions:
    """"South Korea, Japan pledge closer cooperation", "Egypt, Qatar urge ...": headlines join
    partners with a bare comma, which the parser reads as a second subject or an adverb."""
    out = []
    for c in t.children:
        if c.i == s.i or c.dep_ not in ("nsubj", "npadvmod") or c.pos_ != "PROPN":
            continue
        first, second = (c, s) if c.i < s.i else (s, c)
        last = max(w.i for w in first.subtree if not w.is_punct)
        if first.left_edge.i == 0 and [w.text for w in view.doc[last + 1:second.left_edge.i]] == [","]:
            out.extend(view.finder.with_conjuncts(c))
    return out


def _coordinated_person_modifier(view: SentenceView, s: Token) -> Mentions:
    """"Australian Prime Minister A and Fijian Prime Minister B signed ...", "The Congolese army
    and M23 rebels fought ...", which the parser reads as one phrase with the first actor a
    modifier of the second: the first is a subject too."""
    codes = {m.actor.code for m in view.finder.at(s)}
    for c in s.children:
        if c.dep_ in ("nmod", "compound") and any(x.dep_ == "cc" for x in c.children):
            # a person or a body named by itself; a country's role ("the Colombian army"), not a
            # bare country, which only qualifies the head ("U.S. and Russian negotiators")
            found = [m for m in view.finder.at(c) if m.actor.code not in codes and (
                m.how in ("person", "organization") or (m.how == "country+sector" and m.actor.sector))]
            if found:
                return found
    return []


def _relative_subject(view: SentenceView, t: Token, depth: int) -> tuple[Mentions, Mentions]:
    own = view.finder.with_conjuncts(t.head)
    if own or not has_to_infinitive(t):
        return own, []
    # "gathering for a rally to protest ...": the rally's holders are the subject's
    verb = verb_of(t.head)
    return subjects(view, verb, depth + 1) if verb is not None else ([], [])


def _participle_subject(view: SentenceView, t: Token, depth: int) -> tuple[Mentions, Mentions]:
    if misread_active(t):
        return view.finder.with_conjuncts(t.head), []
    if t.tag_ == "VBN":  # "troops deployed by the junta": the noun is acted upon
        return actors_of(view, pobjs(t, deps=("agent",))), view.finder.with_conjuncts(t.head)
    if t.head.lemma_.lower() in view.rules.speech_nouns and (carrier := verb_of(t.head)) is not None:
        # "sent a letter to Khamenei offering talks": the letter's sender offers, not its addressee
        return subjects(view, carrier, depth + 1)
    if not after_comma(t):  # "refugees fleeing the war": the noun does it
        own = view.finder.with_conjuncts(t.head)
        if own:
            return own, []
    verb = verb_of(t.head)
    return subjects(view, verb, depth + 1) if verb is not None else ([], [])


def _inherited_subject(view: SentenceView, t: Token, depth: int) -> tuple[Mentions, Mentions]:
    """A verb with no subject of its own takes the one of the verb it depends on."""
    if t.dep_ in ("xcomp", "advcl") and t.head.lemma_.lower() in view.rules.prompting_verbs \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        # "..., prompting Pakistan to expel two diplomats": the one prompted acts
        prompted = [c for c in t.head.children if c.dep_ == "dobj"]
        if prompted:
            return actors_of(view, prompted), []
    if t.dep_ == "xcomp":
        if any(c.dep_ == "nsubjpass" for c in t.head.children):
            # "X is expected to meet Y", "X was asked to leave": the passive's subject does it
            return subjects(view, t.head, depth + 1)[1], []
        if object_control(view, t.head):
            return addressees(view, t.head), []
        return subjects(view, t.head, depth + 1)
    quoted = quoted_speaker(t, view.rules.quoting_verbs)
    if quoted:  # "TASS quoted Lavrov as saying ...": Lavrov says it
        return actors_of(view, quoted), []
    if t.dep_ in ("conj", "advcl", "pcomp", "prep"):
        head = t.head.head if t.head.dep_ == "prep" else conjunct_head(t, view.reporting_words)
        if t.dep_ == "conj" and head.pos_ not in ("VERB", "AUX"):
            return [], []
        return subjects(view, head, depth + 1)
    if (t.pos_ == "ADJ" and t.dep_ in ("acomp", "amod")) or t.dep_ == "acomp":  # "was alarmed and called ..."
        return subjects(view, t.head, depth + 1)
    if t.dep_ in ("ROOT", "ccomp") and t.pos_ in ("VERB", "AUX"):
        return stranded_subject(view, t), []
    return [], []


def stranded_subject(view: SentenceView, t: Token) -> Mentions:
    """A main verb the parser left without a subject ("..., the two governments have agreed"):
    the nearest actor phrase just before it, with no verb between."""
    for tok in reversed(view.doc[max(0, t.i - 7): t.i]):
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl" and a.i < t.i), None)
        if clause is not None:  # "Baerbock, who met Kurti, urged ...": not Kurti but Baerbock
            return view.finder.with_conjuncts(clause.head)
        if tok.pos_ == "VERB" or tok.text in (";", ":"):
            return []
        # an acronym opening the sentence is often tagged as an adverb ("USAID delivered ...")
        if (tok.pos_ in CONTENT or (tok.is_upper and len(tok) > 2)) and tok.dep_ not in MODIFIER_DEPS:
            found = view.finder.with_conjuncts(tok)
            if found:
                return found
    return []


def object_control(view: SentenceView, t: Token) -> bool:
    """Does the word ask someone else to act ("urge X to V")?"""
    return any(f.object_control for f in view.lexicon.frames.get(t.lemma_.lower(), ()))


def _first_found(view: SentenceView, tokens) -> Mentions:
    for tok in tokens:
        found = view.finder.with_conjuncts(tok)
        if found:
            return found
    return []


def addressees(view: SentenceView, t: Token) -> Mentions:
    """Who is urged, asked or called on: "urged Iran to ...", "called on the junta to ..."."""
    # "Hamas was urged by Qatar to accept the proposal": the passive's subject is who is urged
    named = [x for c in t.children for x in (
        [c] if c.dep_ in ("dobj", "dative") or (c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in t.children))
        else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") else [])]
    found = _first_found(view, named)
    if found:
        return found
    # "urged Iran to ...": the parser often makes Iran the complement's subject, as in
    # "demanded that its partners refuse ..."
    # "called for Greece to withdraw": the for-clause the parser makes an advcl
    complements = [c for c in t.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))]
    if t.pos_ == "NOUN":  # "repeated its demand that the army withdraw ..."
        complements += [c for c in t.children if c.dep_ in ("acl", "ccomp", "relcl")]
    return _first_found(view, [s for c in complements for s in c.children if s.dep_ in ("nsubj", "nsubjpass")])


def first_actor_after(view: SentenceView, following: list[Token], sources: Mentions) -> Mentions:
    """TABARI's reading of a target: the first actor after the verb in its phrase."""
    mine = {m.actor.code for m in sources}
    for tok in following:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ not in ("compound", "amod", "poss"):
            found = [m for m in view.finder.with_conjuncts(tok) if m.actor.code not in mine]
            if found:
                return found
    return []


def actor_in(view: SentenceView, phrase_head: Token, exclude: set[str]) -> Mentions:
    """The first actor named in a noun phrase, its prepositional phrases included, but not
    who hosted or brokered the talks it names ("talks in a round hosted by Oman": Oman is the
    host, not a party; "the return of property seized by the army" is aimed at the army)."""
    agents = {t.i for a in phrase_head.subtree if a.dep_ == "acl" and a.tag_ == "VBN"
              and a.head.lemma_.lower() in MEETING_NOUNS
              for c in a.children if c.dep_ == "agent" for t in c.subtree}
    # "a man convicted of spying for Israel": what a passive participle on the noun says of it names
    # no one it is (only a by-phrase says whose the thing is: "property seized by the army"); the
    # content of a call ("a call for its troops to be sent to Chad") or of an act ("sanctions
    # targeting Russian banks") does
    described = {t.i for a in phrase_head.subtree if a.dep_ == "acl" and a.tag_ == "VBN"
                 for c in a.children if c.dep_ != "agent" for t in c.subtree}
    for tok in phrase_head.subtree:
        if tok.lemma_.lower() in view.rules.place_nouns or tok.i in agents or tok.i in described:
            continue
        if tok.pos_ in CONTENT and tok.dep_ not in ("compound", "amod", "nmod"):
            found = [m for m in view.finder.with_conjuncts(tok) if m.actor.code not in exclude]
            if tok.dep_ == "pobj" and tok.head.lower_ in view.rules.locative_preps:
                # "talks in Havana": a capital where something happens is a place, not its government
                found = [m for m in found if m.how != "metonym"]
            if found:
                return found
    return []

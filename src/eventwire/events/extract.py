"""Turn one parsed sentence into CAMEO events: triggers, frames, sources, targets, speakers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.actors.mentions import MentionFinder
from eventwire.events.rules import (
    AGREEING_VERBS,
    CIVILIAN_SECTORS,
    DOMESTIC_ROOTS,
    LIGHT_VERBS,
    LOCATIVE_PREPS,
    MILITARY_VARIANT,
    NESTED_CLAUSE,
    OBJECT_OWNER_PREPS,
    OBLIGATION,
    OTHER_CLAUSE,
    PLACE_NOUNS,
    PLACE_TARGET_CODES,
    PROTEST_NOUNS,
    RECEIVING,
    SOLO_DRILLS,
    SPEECH,
    SPEECH_NOUNS,
    STATIVE_PASSIVES,
    SYMMETRIC_CODES,
    SYMMETRIC_ROOTS,
    TARGET_PREPS,
)
from eventwire.ontology import Codebook
from eventwire.types import Actor, ActorMention, CoderSettings, Event, Span
from eventwire.verbs import Frame, Lexicon, Pattern, Word


NEGATIONS = frozenset({"not", "n't", "never", "no", "did n't", "do n't", "does n't", "wo n't", "will not",
                       "ca n't", "cannot", "did not", "do not", "does not", "could not", "would not"})


def _specialise(code: str, sources: list[ActorMention], targets: list[ActorMention]) -> str:
    parties = sources + targets
    if code in MILITARY_VARIANT and len(parties) > 1 and all(m.actor.sector == "MIL" for m in parties):
        return MILITARY_VARIANT[code]
    return code


@dataclass
class _Candidate:
    trigger: Token
    pattern: Pattern | None
    code: str
    sources: list[ActorMention]
    targets: list[ActorMention]
    frame: Token | None = None
    negated: bool = False
    via_speech: Token | None = None
    symmetric_ok: bool = True
    used: set[int] = field(default_factory=set)
    anchor: Token | None = None  # the verb a nominal event hangs from ("launched an attack")
    participle: bool = False  # "…, killing four soldiers": a consequence told as a participle
    main: bool = True  # on the sentence's main assertion, not in a relative or purpose clause

    @property
    def head(self) -> Token:
        return self.anchor if self.anchor is not None else self.trigger


def _phrase(token: Token) -> list[Token]:
    """A token's subtree without the clauses nested in it ("diplomats [based in Geneva]") or
    its possessor ("welcomed [President Reagan's] statement" is about a statement)."""
    out = [token]
    for c in token.children:
        if c.dep_ not in NESTED_CLAUSE and c.dep_ != "poss":
            out.extend(_phrase(c))
    return out


def _clause_following(trigger: Token) -> list[Token]:
    """Tokens of the trigger's own phrase after it, passive subjects moved to just after it."""
    out: list[Token] = []
    for child in trigger.children:
        if child.i < trigger.i and child.dep_ not in ("nsubjpass", "prt", "dobj"):
            continue
        if child.dep_ in OTHER_CLAUSE and child.dep_ != "nsubjpass":
            continue
        out.extend(_phrase(child))
    passive = [t for t in out if t.i < trigger.i]
    rest = sorted(t for t in out if t.i > trigger.i)
    return sorted(passive) + rest


ARGUMENT = {"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"}
SPINE_DEPS = {"conj", "xcomp", "ccomp", "parataxis", "acomp", "attr"}


def _spine(doc: Doc) -> set[int]:
    """Tokens of the main assertion: the root, what is coordinated with it, its complements
    (so reported speech counts), and participles set off by a comma ("…, conducting drills")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        for c in t.children:
            if c.dep_ in SPINE_DEPS:
                stack.append(c)
            elif c.dep_ in ("advcl", "acl") and c.tag_ == "VBG" and c.i > 0 and doc[c.i - 1].text == ",":
                stack.append(c)
            elif c.dep_ in ("dobj", "pobj", "prep") and t.i in seen:
                # participle lists mis-attached under an object: "level of relations, deepening …"
                for g in c.children:
                    if g.dep_ in ("acl",) and g.tag_ == "VBG" and g.i > 0 and doc[g.i - 1].text == ",":
                        stack.append(g)
    return seen


def _noun_modifiers(t: Token) -> list[Token]:
    return [x for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") for x in c.subtree]


def _condition(token: Token) -> Token | None:
    """The 'unless …' / 'if …' clause attached to an act, which makes a promise an ultimatum."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    for c in token.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
            return c
    return None


def _modal(token: Token) -> bool:
    """'may halt its mediation if …': a possible act under a condition is still an ultimatum."""
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "can") for c in token.children)


def _future(token: Token) -> bool:
    """Is the trigger's clause in the future ("will give", "would allow", "is going to visit")?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    for c in token.children:
        if c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo"):
            return True
    return token.dep_ == "xcomp" and token.head.lemma_ == "go" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in token.head.children)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)) for c in token.children)


def _verb_of(token: Token) -> Token | None:
    """The verb a noun phrase or prepositional phrase hangs from."""
    t = token
    for _ in range(4):
        if t.dep_ in ("ROOT",) and t.pos_ not in ("VERB", "AUX"):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


class SentenceCoder:
    def __init__(self, doc: Doc, finder: MentionFinder, lexicon: Lexicon, settings: CoderSettings):
        self.doc, self.finder, self.lexicon, self.settings = doc, finder, lexicon, settings

    # -- arguments ------------------------------------------------------------------------------

    def subjects(self, t: Token, depth: int = 0) -> tuple[list[ActorMention], list[ActorMention]]:
        """(sources, passive targets) for a verb, inheriting subjects through xcomp/conj/advcl."""
        if depth > 5:
            return [], []
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        passive = [c for c in t.children if c.dep_ in ("nsubjpass", "csubjpass")]
        if passive and t.lemma_.lower() in STATIVE_PASSIVES and not any(c.dep_ == "agent" for c in t.children):
            subj, passive = passive, []  # "Serb forces were engaged in ethnic cleansing": they did it
        if passive:
            agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            sources = [m for a in agents for m in self.finder.with_conjuncts(a)]
            return sources, [m for p in passive for m in self.finder.with_conjuncts(p)]
        if subj:
            s = subj[0]
            if s.tag_ in ("WDT", "WP", "WP$") and t.dep_ == "relcl":
                return self.finder.with_conjuncts(t.head), []
            found = self.finder.with_conjuncts(s)
            for other in subj[1:]:  # "Old foes Gondor and Osgiliath": the parser split the subject
                found = found or self.finder.with_conjuncts(other)
            return found, []
        if t.dep_ == "relcl":
            own = self.finder.with_conjuncts(t.head)
            if own or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return own, []
            # "converging for a rally to protest …": the rally's holders are the subject's
            verb = _verb_of(t.head)
            return self.subjects(verb, depth + 1) if verb is not None else ([], [])
        if t.dep_ == "acl":
            if t.tag_ == "VBN":  # "troops deployed by Russia": the noun is acted upon
                agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                return [m for a in agents for m in self.finder.with_conjuncts(a)], self.finder.with_conjuncts(t.head)
            comma = t.i > 0 and self.doc[t.i - 1].text == ","
            if not comma:  # "refugees fleeing the war": the noun does it
                own = self.finder.with_conjuncts(t.head)
                if own:
                    return own, []
            verb = _verb_of(t.head)
            return self.subjects(verb, depth + 1) if verb is not None else ([], [])
        if t.dep_ == "xcomp":
            head = t.head
            if self._object_control(head):
                return self._addressees(head), []
            return self.subjects(head, depth + 1)
        if t.dep_ in ("conj", "advcl", "pcomp", "prep"):
            head = t.head
            if head.dep_ == "prep":
                head = head.head
            if t.dep_ == "conj" and head.pos_ not in ("VERB", "AUX"):
                return [], []
            return self.subjects(head, depth + 1)
        if t.pos_ in ("ADJ",) and t.dep_ in ("acomp", "amod"):
            return self.subjects(t.head, depth + 1)
        if t.dep_ in ("ROOT", "ccomp") and t.pos_ in ("VERB", "AUX"):
            return self._stranded_subject(t), []
        return [], []

    def _first_actor(self, following: list[Token], sources: list[ActorMention]) -> list[ActorMention]:
        mine = {m.actor.code for m in sources}
        for tok in following:
            if tok.pos_ in ("NOUN", "PROPN", "PRON") and (tok.dep_ not in ("compound", "amod", "poss")):
                found = [m for m in self.finder.with_conjuncts(tok) if m.actor.code not in mine]
                if found:
                    return found
        return []

    def _stranded_subject(self, t: Token) -> list[ActorMention]:
        """A main verb the parser left without a subject ("…, the Sudanese government and
        SPLM/A have agreed"): the nearest actor phrase just before it, with no verb between."""
        for tok in reversed(self.doc[max(0, t.i - 7): t.i]):
            if tok.pos_ in ("VERB",) or tok.text in (";", ":"):
                return []
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "poss", "nmod"):
                found = self.finder.with_conjuncts(tok)
                if found:
                    return found
        return []

    def _object_control(self, t: Token) -> bool:
        return any(f.object_control for f in self.lexicon.frames.get(t.lemma_.lower(), ()))

    def _addressees(self, t: Token) -> list[ActorMention]:
        """Who is urged/asked/called on: "urged Iran to ...", "called on Israel to ..."."""
        for c in t.children:
            if c.dep_ in ("dobj", "dative"):
                found = self.finder.with_conjuncts(c)
                if found:
                    return found
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self.finder.with_conjuncts(p)
                        if found:
                            return found
        for c in t.children:  # "urged Iran to ...": spaCy often makes Iran the xcomp's subject
            if c.dep_ in ("xcomp", "ccomp"):  # "demanded that its partners refuse …"
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        found = self.finder.with_conjuncts(s)
                        if found:
                            return found
        if t.pos_ == "NOUN":  # "reiterated its demand that Israel ease …"
            for c in t.children:
                if c.dep_ in ("acl", "ccomp", "relcl"):
                    for s in c.children:
                        if s.dep_ in ("nsubj", "nsubjpass"):
                            found = self.finder.with_conjuncts(s)
                            if found:
                                return found
        return []

    def targets(self, t: Token, pattern: Pattern | None, following: list[Token], positions: list[int],
                used: set[int], sources: list[ActorMention] = ()) -> list[ActorMention]:
        mine = {m.actor.code for m in sources}  # "its Gulf war", "reiterated its demand": its = the source
        if pattern is not None and "+" in pattern.words:
            k = pattern.words.index("+")
            before = following[positions[k]] if positions[k] >= 0 else t
            for c in before.children:
                if c.dep_ in ("pobj", "dobj", "dative"):
                    found = [m for m in self.finder.with_conjuncts(c) if m.actor.code not in mine]
                    if found:
                        return found
            if before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children):
                # the parser lost the preposition's object ("asylum to five Panamanian officers
                # holed up …" parsed as a clause): take the next noun phrase after it
                for tok in self.doc[before.i + 1: before.i + 8]:
                    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod", "poss"):
                        found = self.finder.with_conjuncts(tok)
                        if found:
                            return found
            if positions[k] + 1 < len(following):
                found = self.finder.with_conjuncts(following[positions[k] + 1])
                if found:
                    return found
        # direct object, then the object of a target preposition on the trigger or its object;
        # the source's own people or things ("offered its troops to Lebanon") are not the target
        candidates: list[list[ActorMention]] = []
        for c in t.children:
            # "rejected a U.S. request", "welcomed Russia's proposal": whose the object is; but a
            # word the pattern itself used is no actor ("launched artillery fire")
            if c.dep_ in ("dobj", "dative", "attr"):
                candidates.append([m for m in self.finder.with_conjuncts(c)
                                   if not (m.head in used and m.how == "sector")])
        objects = [c for c in t.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
        holders = [t] + [c for c in t.children if c.dep_ in ("prt", "acomp")] + objects
        preps = TARGET_PREPS + OBJECT_OWNER_PREPS
        investigation = pattern is not None and pattern.code.startswith("09")
        if investigation:
            # an investigation is aimed at the suspects, often the state's own people:
            # "investigating crimes BY Croatian extremists against Serb civilians"
            preps = ("by",) + preps
        for prep in preps:
            for h in holders:
                if prep not in TARGET_PREPS and h not in objects:
                    continue
                for c in h.children:
                    if c.dep_ in ("prep", "dative", "agent") and c.lower_ == prep:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                candidates.append(self.finder.with_conjuncts(p))
        # "demanded that the US cancel …", "urged that Iran stop …", "reiterated its demand
        # that Israel ease …": the one who should act
        for c in [c for o in objects for c in o.children if c.dep_ in ("acl", "ccomp")] + list(t.children):
            if c.dep_ in ("ccomp", "acl") and (c.head.i != t.i or c.dep_ == "ccomp"):
                for subj in c.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        candidates.append(self.finder.with_conjuncts(subj))
        own = {m.actor.country for m in sources if m.actor.country}
        # a state's own forces are its instrument, not its target ("mobilized army reservists")
        candidates = [[m for m in c if m.actor.code not in mine and not (
            m.actor.country in own and m.actor.sector in ("MIL", "COP") and m.how != "person")]
            for c in candidates]
        candidates = [c for c in candidates if c]
        if not candidates:
            # "blocked streets in defiance of Chinese authorities", "rioted in protest at …"
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    for p in (p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PROTEST_NOUNS):
                        for inner in (x for x in p.children if x.dep_ == "prep"):
                            for o in (o for o in inner.children if o.dep_ == "pobj"):
                                found = self._actor_in(o, mine)
                                if found:
                                    return found
            # "rejected a call for its peacekeepers to be deployed in East Timor": whoever the
            # object's own phrase names, when nothing closer does
            for o in objects:
                found = [m for m in self._actor_in(o, mine) if m.actor.country not in own or not own]
                if found:
                    return found
            # "opened fire to disperse demonstrators", "blocked a road to show their disapproval
            # of the United States' policies": the purpose clause names whom the act is aimed at
            for c in t.children:
                if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    for o in c.children:
                        if o.dep_ == "dobj":
                            found = self._actor_in(o, mine)
                            if found:
                                return found
        for found in candidates:
            if not own or investigation or any(m.actor.country not in own for m in found):
                return found
        return candidates[0] if candidates else []

    def _actor_in(self, phrase: Token, exclude: set[str]) -> list[ActorMention]:
        """The first actor named in a noun phrase, its prepositional phrases included."""
        for tok in phrase.subtree:
            if tok.lemma_.lower() in PLACE_NOUNS:  # "a stronghold on the Thai border" is a place
                continue
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod"):
                found = [m for m in self.finder.with_conjuncts(tok) if m.actor.code not in exclude]
                if found:
                    return found
        return []

    def place_state(self, t: Token) -> list[ActorMention]:
        """The state whose territory a clause puts the act in ("in the Victory Day parade on
        Moscow's Red Square" -> RUS): the host of a visit when no one is named as host."""
        holders = [t] + [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        # "a minefield explosion near Samarra killed …": an event noun as subject says where
        holders += [c for c in t.children if c.dep_ == "nsubj" and not self.finder.at(c)]
        for x in (c for c in t.children if c.dep_ == "xcomp"):  # "threatened to resume attacks in Israel"
            holders += [x] + [c for c in x.children if c.dep_ in ("dobj", "attr")]
        # "… killed 23 people when they blew themselves up in Tel Aviv": the same act, told again
        holders += [c for c in t.children if c.dep_ == "advcl"
                    and any(m.dep_ == "advmod" and m.lower_ in ("when", "as", "while") for m in c.children)]
        for holder in holders:
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS):
                found: list[ActorMention] = []
                for tok in prep.subtree:
                    place = self.finder.country_at(tok.i)
                    if place and all(m.actor.country != place[0] for m in found):
                        country, start, end = place
                        actor = Actor(country, country, "", country)
                        found.append(ActorMention(actor, self.finder.span(start, end),
                                                  self.finder.sentence, tok.i, "place"))
                if found:
                    return found
        return []

    def noun_arguments(self, t: Token) -> tuple[list[ActorMention], list[ActorMention], bool]:
        """Sources/targets of a nominal trigger: "Russia's attack on Ukraine", "talks between A and B"."""
        sources: list[ActorMention] = []
        for c in t.children:
            if c.dep_ == "poss":
                sources = self.finder.with_conjuncts(c)
        if not sources:
            own = [m for m in self.finder.at(t)]
            sources = own
        targets: list[ActorMention] = []
        symmetric = False
        for c in t.children:
            if c.dep_ == "prep":
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                if c.lower_ == "between" and pobjs:
                    sources = self.finder.with_conjuncts(pobjs[0])
                    symmetric = True
                elif c.lower_ in ("by",) and pobjs and not sources:
                    sources = self.finder.with_conjuncts(pobjs[0])
                elif c.lower_ in ("on", "against", "with", "to", "toward", "towards", "upon", "of", "into") \
                        and pobjs and not targets:
                    found = self.finder.with_conjuncts(pobjs[0])
                    # "the invasion of Lebanon" names the target; "the army of Sudan" (already
                    # taken as the source) does not
                    if not (c.lower_ == "of" and found and sources and found[0].actor == sources[0].actor):
                        targets = found
        if not sources and t.dep_ in ("dobj",) and t.head.pos_ in ("VERB", "AUX"):
            if t.head.lemma_.lower() in RECEIVING:
                # "Xi received an invitation": the subject is who it is aimed at, not who made it
                by = [m for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                      for p in c.children if p.dep_ == "pobj" for m in self.finder.with_conjuncts(p)]
                return by, self.subjects(t.head)[0], False
            sources, _ = self.subjects(t.head)  # light verbs: "Russia launched an attack on ..."
        return sources, targets, symmetric or not targets

    # -- the sentence ---------------------------------------------------------------------------

    def candidates(self) -> list[_Candidate]:
        found: dict[int, _Candidate] = {}
        consumed: set[int] = set()
        frames: dict[int, tuple[Frame, ...]] = {}
        for t in self.doc:
            lemma = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and lemma in self.lexicon.frames:
                frames[t.i] = self.lexicon.frames[lemma]
            pos = t.pos_
            if pos not in ("VERB", "AUX", "NOUN", "PROPN", "ADJ") or t.i in consumed:
                continue
            keys = {lemma, t.lower_, lemma.replace("-", ""), lemma.split("-", 1)[-1]}
            if not any(k in self.lexicon.patterns for k in keys):
                continue  # no pattern starts with this word: skip building its clause
            following = _clause_following(t) if not self.lexicon.linear else \
                [x for x in t.subtree if x.i > t.i and x.dep_ not in ("relcl",) and x.head.dep_ != "relcl"]
            if pos in ("NOUN", "PROPN"):  # "joint exercises", "air strike": modifiers count too
                following = _noun_modifiers(t) + following
            seq = [Word(x.lemma_.lower(), x.lower_, x.i, x.head.i, x.dep_ in ("prep", "agent", "dative"))
                   for x in following]
            anchors = frozenset([t.i] + [c.i for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr", "prt")])
            before = [Word(x.lemma_.lower(), x.lower_, x.i, x.head.i, False)
                      for x in reversed(self.doc[:t.i])] if self.lexicon.linear else []
            # imported dictionaries list verb forms: "LEFT" may be its own block, apart from "LEAVE"
            first, second = (t.lower_, lemma) if self.lexicon.linear else (lemma, t.lower_)
            best = self.lexicon.match(first, pos, seq, anchors, t.i, before) or (
                self.lexicon.match(second, pos, seq, anchors, t.i, before) if t.lower_ != lemma else None)
            if best is None and "-" in lemma:  # "re-open", "re-impose": the lexicon writes "reopen"
                best = self.lexicon.match(lemma.replace("-", ""), pos, seq, anchors) or \
                    self.lexicon.match(lemma.split("-", 1)[1], pos, seq, anchors)
            if best is None:
                continue
            pattern, positions = best
            used = {following[p].i for p in positions if p >= 0}
            if pattern.null:  # the dictionary says: this use of the verb is no event
                consumed |= used
                continue
            if pattern.pos == "NOUN":
                sources, targets, symmetric = self.noun_arguments(t)
                cand = _Candidate(t, pattern, pattern.code, sources, targets, symmetric_ok=symmetric)
                # light verbs: "launched an attack", "continue military aid", "undertake drills"
                if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
                    cand.anchor = t.head
            else:
                sources, passive_targets = self.subjects(t)
                targets = passive_targets or self.targets(t, pattern, following, positions, used, sources)
                if not targets and self.lexicon.linear:
                    # TABARI's reading: the first actor after the verb in its phrase is the target
                    targets = self._first_actor(following, sources)
                if "$" in pattern.words:
                    # "received a call from Putin": the one after the marker acts on the subject
                    k = pattern.words.index("$")
                    before = following[positions[k]] if positions[k] >= 0 else t
                    other = [m for c in before.children if c.dep_ in ("pobj", "dobj")
                             for m in self.finder.with_conjuncts(c)]
                    if other:  # "was shot dead in $": the passive subject is the target
                        sources, targets = other, sources or passive_targets
                if pattern.words[:1] == ("+",) and not targets:
                    continue  # "receive +": only when someone, not something, is received
                cand = _Candidate(t, pattern, pattern.code, sources, targets)
            cand.used = used
            # an imported pattern that spells out the negation ("&NEGATVAUXVRB * OVER EFFORTS")
            # codes the negated act itself
            cand.negated = _negated(t) and not any(w & NEGATIONS for w in pattern.before)
            consumed |= used
            found[t.i] = cand
        # a noun that a verb pattern already used ("hold talks") is not a second event, and a
        # light verb with an event noun is that event, not a second one
        for i in list(found):
            if i in consumed and found[i].pattern and found[i].pattern.pos != "VERB":
                del found[i]
        for i, cand in list(found.items()):
            verb = found.get(cand.anchor.i) if cand.anchor is not None else None
            if verb is not None and verb.trigger.lemma_.lower() in LIGHT_VERBS and cand.trigger.i not in verb.used:
                # "undertook a mediation mission", "renewed negotiations": the noun is the act
                del found[verb.trigger.i]
                continue
            if cand.anchor is not None and cand.anchor.i in found:
                # "Poland criticized the drills": the drills are what Poland criticized; they
                # are an event of their own only if the phrase names who held them
                t = cand.trigger
                own = self.finder.at(t) or any(
                    c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "between")) for c in t.children)
                if own:
                    cand.anchor = None
                else:
                    del found[i]
        # "killed in a suicide car bombing": the attack noun says how, so its code is the act's
        for cand in list(found.values()):
            if cand.pattern is None or cand.pattern.pos != "VERB" or not cand.code.startswith(("18", "19")):
                continue
            means = [p for c in cand.trigger.children if c.dep_ in ("prep", "agent")
                     and c.lower_ in ("in", "by", "during", "with") for p in c.children if p.dep_ == "pobj"]
            means += [c for c in cand.trigger.children if c.dep_ == "nsubj"]  # "a roadside bombing killed …"
            for means_noun in means:
                noun = found.get(means_noun.i)
                if noun is not None and noun.code[:2] in ("18", "19", "20") and len(noun.code) >= len(cand.code) \
                        and noun.code != cand.code:
                    cand.code = noun.code
                    del found[means_noun.i]
        # "allow refugees to return", "help him oust": the governing act is the event
        for i in list(found):
            t = found[i].trigger
            if t.dep_ == "xcomp" and t.head.i in found and t.head.i not in frames:
                del found[i]
        self._apply_frames(found, frames)
        self._attach_speakers(found)
        spine = _spine(self.doc)
        triggers = {c.trigger.i for c in found.values()}
        for cand in list(found.values()):
            h = cand.frame or cand.head
            cand.participle = h.dep_ in ("advcl", "acl", "conj") and h.tag_ == "VBG" and h.i > 0 \
                and self.doc[h.i - 1].text == ","
            cand.main = h.i in spine or (h.pos_ in ("NOUN", "PROPN") and h.dep_ in ARGUMENT
                                         and h.head.i in spine)
            if cand.frame is not None and h.pos_ in ("NOUN", "PROPN") and h.head.i in triggers:
                if h.head.lemma_.lower() in LIGHT_VERBS | AGREEING_VERBS:
                    # "reached a consensus to exchange information": the consensus is the act
                    found.pop(h.head.i, None)
                else:
                    # "rejected a US offer to host a summit": the offer is what was rejected
                    cand.main = False
        return list(found.values())

    def _frame_of(self, t: Token, frames) -> Token | None:
        """The frame word governing a trigger: "ready to [strengthen]", "agreed to [deepen]",
        "readiness to [cooperate]", "ready for [interaction]", "urged X to [withdraw]"."""
        g = t
        for _ in range(4):
            while g.dep_ == "conj" and g.head.i != g.i:
                g = g.head
            h = g.head
            if g.dep_ in ("xcomp", "acl", "ccomp") and h.i in frames and h.i != t.i:
                if g.dep_ == "ccomp" and not any(f.name == "demand" for f in frames[h.i]):
                    return None
                return h
            if g.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in ("for", "to") and h.head.i in frames:
                return h.head
            if g.dep_ == "xcomp" and h.pos_ in ("AUX", "VERB") and h.lemma_ == "be":
                g = h
                continue
            if g.dep_ == "xcomp" and h.pos_ == "ADJ":  # "is ready to": ready is acomp of be
                return h if h.i in frames else None
            if g.dep_ in ("xcomp", "dobj") and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in LIGHT_VERBS | {"help"}:
                # "willing to send material to help defend …", "prepared to resume shelling":
                # a support verb between the frame and the act passes the frame through
                g = h
                continue
            return None
        return None

    def _apply_frames(self, found: dict[int, _Candidate], frames) -> None:
        framed: set[int] = set()
        named = {f.name: f for fs in self.lexicon.frames.values() for f in fs}
        intent, refusal, threat = named.get("intent"), named.get("refusal"), named.get("threat")
        for cand in list(found.values()):
            if cand.anchor is not None:
                cand.negated = cand.negated or _negated(cand.anchor)
            f = self._frame_of(cand.head, frames)
            condition = (_condition(f) if f is not None else None) or _condition(cand.head)
            hostile = cand.code[:2] >= "09"
            # "will withdraw its force unless …" is an ultimatum; "ready to expand trade if calm
            # returns" is still an offer
            if condition is not None and threat is not None and not cand.negated and hostile \
                    and (f is not None or _future(cand.head) or _modal(cand.head)) \
                    and (f is None or frames[f.i][0].name in ("intent", "threat")):
                # "will withdraw its force unless Chad arranges a ceasefire": an ultimatum
                cand.code = threat.transform(_specialise(cand.code, cand.sources, cand.targets)) or "130"
                if f is not None:
                    cand.frame = f
                    framed.add(f.i)
                    srcs, _ = self.subjects(f) if f.pos_ != "NOUN" else (cand.sources, None)
                    cand.sources = srcs or cand.sources
                if not cand.targets:
                    cand.targets = [m for c in condition.children if c.dep_ in ("nsubj", "nsubjpass")
                                    for m in self.finder.with_conjuncts(c)]
                continue
            if f is None:
                # CAMEO codes a future act ("Finland will give Tanzania a grant") as an intent,
                # and a refused one ("Syria will not accept refugees") as a rejection
                if _future(cand.head):
                    frame = refusal if cand.negated else intent
                    if frame is not None:
                        embedded = _specialise(cand.code, cand.sources, cand.targets)
                        cand.code = frame.transform(embedded) or embedded
                        cand.negated = False
                continue
            frame = frames[f.i][0]
            cand.frame = f
            cand.negated = cand.negated or _negated(f)
            if f.pos_ == "ADJ" or f.dep_ in ("acomp",):
                holder = f.head if f.head.pos_ in ("AUX", "VERB") else f
                cand.negated = cand.negated or _negated(holder)
                srcs, _ = self.subjects(holder)
            elif f.pos_ == "NOUN":
                verb = f.head if f.head.pos_ in ("VERB", "AUX") else _verb_of(f)
                srcs = self.noun_arguments(f)[0] or (self.subjects(verb)[0] if verb is not None else [])
            else:
                srcs, _ = self.subjects(f)
            if srcs or frame.object_control:
                # "Wang urged India to …": the one urging is the source, never India
                cand.sources = srcs
            embedded = _specialise(cand.code, cand.sources, cand.targets)
            cand.code = frame.transform(embedded) or embedded
            if frame.object_control:
                cand.targets = self._addressees(f)
            if f.pos_ == "NOUN":  # "issued an ultimatum to Ecuador to halt attacks"
                to = [m for c in f.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
                      for p in c.children if p.dep_ == "pobj" for m in self.finder.with_conjuncts(p)]
                if to:
                    cand.targets = to
            framed.add(f.i)
        for i in framed:  # the frame word's own meaning ("agreed": 030) is now in the framed event
            if i in found and found[i].frame is None:
                del found[i]
        # What someone demands, refuses or intends is not itself an event: "demanded that the US
        # cancel plans to sell weapons to Taiwan" reports no sale.
        inside = {x.i for c in found.values() if c.frame is not None for x in c.head.subtree if x.i != c.head.i}
        for i in list(found):
            if found[i].frame is None and i in inside:
                del found[i]

    def _attach_speakers(self, found: dict[int, _Candidate]) -> None:
        speakers: set[int] = set()
        for cand in found.values():
            g = cand.frame or cand.trigger
            for _ in range(6):
                if g.dep_ in ("ccomp", "parataxis") and g.head.lemma_.lower() in SPEECH:
                    cand.via_speech = g.head
                    speakers.add(g.head.i)
                    break
                if g.dep_ == "ROOT" or g.head.i == g.i:
                    # "…, the spokesperson said": the reporting clause may hang off the event
                    for c in g.children:
                        if c.dep_ in ("advcl", "parataxis", "ccomp") and c.lemma_.lower() in SPEECH and c.i > g.i:
                            cand.via_speech = c
                            speakers.add(c.i)
                    break
                g = g.head
        # "X said Y accused Z": code Y's act; X's saying it is not a second event
        for i in speakers:
            if i in found and (found[i].code.startswith("01") or self.lexicon.linear):
                del found[i]
        if self.lexicon.linear and any(c.trigger.lemma_.lower() not in SPEECH for c in found.values()):
            # imported codes do not say which are statements: a reporting verb ("…, a senior
            # official said") is not an event of its own beside the act it reports
            for i in [i for i, c in found.items() if c.trigger.lemma_.lower() in SPEECH and c.trigger.dep_ == "ROOT"]:
                del found[i]
        self._obligations(found)

    def _obligations(self, found: dict[int, _Candidate]) -> None:
        """ "Britain said Libya must hand over the suspects": Britain demands it of Libya (CAMEO 10),
        with the embedded act choosing the sub-code; with no coded act, a plain demand (100)."""
        demand = next((f for fs in self.lexicon.frames.values() for f in fs if f.name == "demand"), None)
        if demand is None:
            return
        for verb in self.doc:
            lemma = verb.lemma_.lower()
            if verb.pos_ in ("NOUN", "PROPN") and lemma in SPEECH_NOUNS:
                # "issued a stern reminder to Iraq that it must cooperate": the issuer speaks
                governor = verb.head if verb.dep_ in ("dobj", "attr") and verb.head.pos_ in ("VERB", "AUX") else None
                speakers = self.subjects(governor)[0] if governor is not None else []
            elif lemma in SPEECH | {"declare", "remind", "conclude"}:
                speakers, _ = self.subjects(verb)
            else:
                continue
            if not speakers:
                continue
            for clause in (c for c in verb.children if c.dep_ in ("ccomp", "acl")):
                if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children) and not (
                        clause.lemma_ == "have" and any(c.dep_ == "xcomp" for c in clause.children)):
                    continue
                addressees = [m for c in clause.children if c.dep_ == "nsubj"
                              for m in self.finder.with_conjuncts(c)]
                if not addressees:
                    continue
                inner = [c for c in found.values() if c.head.i == clause.i or (
                    c.head.dep_ == "xcomp" and c.head.head.i == clause.i)]
                if inner:
                    for cand in inner:
                        cand.code = demand.transform(cand.code) or "100"
                        cand.sources, cand.targets, cand.via_speech = speakers, addressees, None
                        cand.negated = False
                    held = {c.trigger.i for c in inner}
                    for i in [i for i in found if i not in held and i in {x.i for x in clause.subtree}]:
                        del found[i]  # the rest of what is demanded did not happen
                else:
                    cand = _Candidate(verb, None, demand.transform(None) or "100", speakers, addressees)
                    found[verb.i] = cand


def _span_of(doc: Doc, token: Token, offset: int) -> Span:
    return Span(token.idx + offset, token.idx + len(token.text) + offset, token.text)


def code_sentence(doc: Doc, finder: MentionFinder, lexicon: Lexicon, codebook: Codebook,
                  settings: CoderSettings, sentence: int, offset: int, day: date | None) -> list[Event]:
    """All events of one parsed sentence; `offset` maps token offsets to article characters."""
    coder = SentenceCoder(doc, finder, lexicon, settings)
    seen: dict[tuple[str, str, str], Event] = {}
    cands = [c for c in coder.candidates() if not c.negated and (c.sources or _unattributed_violence(c, codebook))]
    # Code the sentence's main assertion; acts in relative, purpose and other subordinate
    # clauses only when the main clause has none (as CAMEO coders read a sentence).
    # A bare statement ("X said …", "issued a declaration") is coded only when the sentence
    # reports nothing else, even in a subordinate clause ("a declaration demanding that …").
    acts = [c for c in cands if not _statement(c.code)]
    if acts:
        cands = [c for c in acts if c.main] or acts
    elif any(c.main for c in cands):
        cands = [c for c in cands if c.main]
    # "attacked the camp, killing 156 people": the participle tells the same act's toll
    quads = {codebook.closest(c.code).quad_class for c in cands if not c.participle and codebook.closest(c.code)}
    cands = [c for c in cands if not c.participle or codebook.closest(c.code) is None
             or codebook.closest(c.code).quad_class not in quads]
    # events reported by someone first, then by position: the reported act is the news
    cands.sort(key=lambda c: (c.code.startswith("01"), c.trigger.i))
    for cand in cands:
        if not settings.statements and cand.code.startswith("01"):
            continue
        reverse = cand.pattern.reverse if cand.pattern is not None and cand.frame is None else ""
        forward = bool(cand.code) and cand.code != "---"  # ":173" codes only the target's act
        if codebook.open or cand.frame is not None:  # an imported dictionary's codes are its own
            code = cand.code if forward else reverse
        else:
            code = _specialise(cand.code, cand.sources, cand.targets)
        if not codebook.open and code in ("190", "193") and cand.targets and all(m.actor.sector in CIVILIAN_SECTORS for m in cand.targets) \
                and not any(m.actor.sector in ("MIL", "GOV", "COP") for m in cand.sources):
            code = "180"  # "militiamen attacked a camp for refugees" (a state's forces fight: 19)
        if not codebook.open and code in SOLO_DRILLS and len({m.actor.country for m in cand.sources}) > 1:
            code = "062"  # "French and Egyptian warships launched war games": joint exercises
        cameo = codebook.closest(code)
        if cameo is None:
            continue
        speaker = None
        if cand.via_speech is not None:
            speakers, _ = coder.subjects(cand.via_speech)
            speaker = speakers[0] if speakers else None
        pairs: list[tuple[ActorMention, ActorMention | None]] = []
        sources = _unique(cand.sources)
        targets = _unique(cand.targets)
        mutual = (len(sources) > 1 and settings.symmetric_pairs and cand.symmetric_ok
                  and (cameo.root in SYMMETRIC_ROOTS or cameo.code in SYMMETRIC_CODES))
        unilateral = any(x.lower_ in ("unilateral", "unilaterally") for x in cand.head.subtree)
        if not targets and not mutual and not unilateral and not codebook.open and (cameo.root not in ("01", "02") or cameo.code == "017"):
            # "lifted the curfew in Montenegro", "marched on Moscow's Red Square": acts done in
            # a place, with no one named as their object, are aimed at the state they are in;
            # but talks or visits at home are not aimed at home
            home = {s.actor.country for s in sources}
            codes = {s.actor.code for s in sources}
            targets = [m for m in coder.place_state(cand.head) if m.actor.code not in codes
                       and not (m.actor.country in home and (cameo.code in PLACE_TARGET_CODES or cameo.root in
                                                             ("03", "04", "05", "06", "07")))]
        if codebook.open and not targets and len(sources) > 1 and settings.symmetric_pairs:
            # an imported code's meaning is unknown: coordinated actors with no target act on
            # each other, as TABARI and PETRARCH code compound subjects
            mutual = True
        if not targets and cameo.root in DOMESTIC_ROOTS and not codebook.open:
            targets = _domestic_targets(sources, cameo.root)
        if targets:
            pairs = [(s, t) for s in sources for t in targets if s.actor.code != t.actor.code]
        elif mutual:
            pairs = [(s, t) for s in sources for t in sources if s.actor.code != t.actor.code]
        if not pairs and not settings.require_dyad:
            pairs = [(s, None) for s in sources]
        if not sources and targets:  # "three civilians were killed in a car bombing"
            # an unidentified armed force (CAMEO UAF) of the country where it struck, if known
            place = coder.place_state(cand.head)
            unknown = [ActorMention(Actor(m.actor.country + "UAF", m.actor.country, "UAF", "unidentified"),
                                    m.span, m.sentence, m.head, "place") for m in place[:1]]
            pairs = [(unknown[0] if unknown else None, t) for t in targets]
        for s, t in pairs:
            if s is not None and (s.actor.code == s.actor.sector or _ethnic(doc, s)):
                # "people blocked streets in Hong Kong", "ethnic Albanians demonstrated in
                # Serbia": where they acted says whose they are
                s = _locate(s, cand, coder, "", None)
            if t is not None and (t.actor.code == t.actor.sector or _ethnic(doc, t)):
                t = _locate(t, cand, coder, cameo.root, s)
            if t is not None and t.how == "metonym" and cameo.root in ("18", "19", "20"):
                # "shelled Juba", "bombed Kyiv": a capital under fire is a place, not a government
                t = ActorMention(Actor(t.actor.country, t.actor.country, "", t.actor.name), t.span,
                                 t.sentence, t.head, "place")
            if t is not None and s is not None and not t.actor.sector and t.actor.country \
                    and doc[t.head].lemma_.lower() == "counterpart":
                # "met his Turkish counterpart": the same office in the other state
                t = ActorMention(Actor(t.actor.country + s.actor.sector, t.actor.country, s.actor.sector,
                                       t.actor.name), t.span, t.sentence, t.head, t.how)
            for s, t, cameo in ([(s, t, cameo)] if forward else []) + (
                    [(t, s, codebook.closest(reverse))] if reverse and s is not None and t is not None else []):
                _emit(seen, cand, s, t, cameo, doc, sentence, offset, day, speaker, codebook.open)
    return list(seen.values())


def _emit(seen: dict, cand: _Candidate, s: ActorMention | None, t: ActorMention | None, cameo,
          doc: Doc, sentence: int, offset: int, day: date | None, speaker: ActorMention | None,
          open_codes: bool = False) -> None:
    """Add one event, keeping per (source, target, code) the best-evidenced mention."""
    if cameo is None:
        return
    text = doc.text
    if open_codes:  # PETRARCH's convention for a role with no known actor: "---GOV"
        s, t = (_null_actor(m) for m in (s, t))
    key = (s.actor.code if s else "", t.actor.code if t else "", cameo.code)
    confidence = 0.45 + 0.1 * min(cand.pattern.specificity if cand.pattern else 0, 3)
    confidence += 0.1 if s is not None and s.how in ("person", "organization", "country+sector") else 0
    confidence += 0.1 if t is not None else 0
    event = Event(
        source=s.actor.code if s else "", target=t.actor.code if t else "", code=cameo.code,
        name=cameo.name, root=cameo.root, quad_class=cameo.quad_class,
        goldstein=cameo.goldstein, plover=cameo.plover, sentence=sentence,
        trigger=_span_of(doc, cand.trigger, offset), source_span=s.span if s else None,
        target_span=t.span if t else None, date=day, confidence=round(min(confidence, 0.95), 2),
        pattern=cand.pattern.text if cand.pattern else "",
        speaker=speaker.actor.code if speaker else "", speaker_span=speaker.span if speaker else None,
        evidence=text)
    # one event per (source, target, code) and sentence: the best-evidenced mention
    if key not in seen or event.confidence > seen[key].confidence:
        seen[key] = event


def _null_actor(m: ActorMention | None) -> ActorMention | None:
    if m is None or m.actor.country or not m.actor.sector or m.actor.code != m.actor.sector:
        return m
    return ActorMention(Actor("---" + m.actor.code, "", m.actor.sector, m.actor.name), m.span, m.sentence,
                        m.head, m.how)


def _statement(code: str) -> bool:
    return code.startswith("01") and code != "017"


def _unattributed_violence(cand: _Candidate, codebook: Codebook) -> bool:
    """Violence reported without a perpetrator ("killed in a car bombing") is still coded, when
    a verb says it happened to someone; a mention of "the war against Japan" is not an act."""
    cameo = codebook.closest(cand.code)
    return bool(cand.targets) and cameo is not None and cameo.root in ("18", "19", "20") \
        and cand.pattern is not None and cand.pattern.pos == "VERB"


def _ethnic(doc: Doc, mention: ActorMention) -> bool:
    head = doc[mention.head]
    return not mention.actor.sector and any(c.lower_ == "ethnic" for c in head.lefts)


def _locate(target: ActorMention, cand: _Candidate, coder: SentenceCoder, root: str,
            source: ActorMention | None) -> ActorMention:
    """A role word with no nationality ("killed 23 people", "dispersed demonstrators") takes the
    country where the act happened, or, for repression at home, the acting state's."""
    country = ""
    place = coder.place_state(cand.trigger)
    if place:
        country = place[0].actor.country
    elif source is not None and (root in ("14", "15", "16", "17") or (
            root in ("18", "19", "20") and source.actor.sector == "COP")
            or target.actor.sector in ("COP", "GOV", "JUD", "LEG")
            or (target.actor.sector in ("REB", "OPP") and source.actor.sector == "GOV"
                and root not in ("18", "19", "20"))):
        # repression at home ("police fired on demonstrators" are the police's own people);
        # "the police", "the government", "the courts" unqualified are the actor's own; and a
        # government dealing with "the rebels" or "the opposition" outside combat deals with its
        # own ("the Mozambique government accepted demands from rebels")
        country = source.actor.country
    if not country:
        return target
    a = target.actor
    return ActorMention(Actor(country + a.sector, country, a.sector, a.name), target.span,
                        target.sentence, target.head, target.how)


def _domestic_targets(sources: list[ActorMention], root: str) -> list[ActorMention]:
    """Acts with no stated target aimed, by their nature, at the actor's own state: protests,
    strikes and riots, and non-state demands, are against the government; curfews and bans
    imposed by a government fall on its own population."""
    out = []
    for s in sources:
        a = s.actor
        if not a.country:
            continue
        if root == "17" and a.sector in ("GOV", "MIL", "COP", "JUD", ""):
            target = Actor(a.country + "CVL", a.country, "CVL", a.country)
        elif root == "14" or (root == "10" and a.sector not in ("GOV", "MIL", "")):
            if a.sector == "GOV":
                continue
            target = Actor(a.country + "GOV", a.country, "GOV", a.country)
        else:
            continue
        out.append(ActorMention(target, s.span, s.sentence, s.head, "implied"))
    return out


def _unique(mentions: list[ActorMention]) -> list[ActorMention]:
    out, codes = [], set()
    for m in mentions:
        if m.actor.code not in codes:
            codes.add(m.actor.code)
            out.append(m)
    return out

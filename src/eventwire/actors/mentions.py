"""Find actor mentions in a parsed sentence: dictionary names, role words, and NER fallback."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventwire.actors.dictionary import ActorDictionary, Entry, choose
from eventwire.discourse.context import ArticleContext
from eventwire.places import Gazetteer
from eventwire.types import Actor, ActorMention, Span

# Dependency labels that keep a token inside the noun phrase of its head.
NP_INTERNAL = {"compound", "amod", "nmod", "poss", "det", "nummod", "case", "punct", "quantmod",
               "predet", "npadvmod", "advmod", "hyph", "cc", "conj", "appos"}
# Heads whose "of" phrase names whose they are: "the army of Sudan", "a unit of the PLA".
OF_PREPS = {"of", "from"}
# Entity types that can be actors when a name is not in the dictionaries.
ACTOR_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# Heads a nationality word can modify without naming an actor.
NOT_ACTOR_HEADS = {"language", "dialect", "cuisine", "culture", "literature", "food", "film", "music", "art",
                   "alphabet", "script", "currency", "style", "tradition", "holiday"}
# Entity types inside which a nationality word names no actor.
NOT_ACTOR_ENTITIES = {"DATE", "TIME", "EVENT", "LANGUAGE", "LAW", "MONEY", "PERCENT", "QUANTITY"}
# Third-person pronouns resolved to an actor named earlier in the same sentence.
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"}


@dataclass(frozen=True)
class ActorMatcher:
    """Dictionary lookups compiled into spaCy phrase matchers; built once per Resources."""

    dictionary: ActorDictionary
    names: PhraseMatcher
    words: PhraseMatcher

    @classmethod
    def build(cls, dictionary: ActorDictionary, make_doc) -> "ActorMatcher":
        vocab: Vocab = make_doc("").vocab
        names = PhraseMatcher(vocab, attr="ORTH")
        for form in dictionary.names:
            names.add(form, [make_doc(form)])
        words = PhraseMatcher(vocab, attr="LOWER")
        for form in dictionary.words:
            words.add(form, [make_doc(form)])
        return cls(dictionary, names, words)

    def lookup(self, doc: Doc) -> dict[int, tuple[int, int, tuple[Entry, ...]]]:
        """token index -> (start, end, entries) of the dictionary phrase covering it.
        Longer phrases win; proper names win over role words of the same length."""
        found = []
        for match_id, start, end in self.names(doc):
            found.append((end - start, 1, start, end, self.dictionary.names[doc.vocab.strings[match_id]]))
        for match_id, start, end in self.words(doc):
            found.append((end - start, 0, start, end, self.dictionary.words[doc.vocab.strings[match_id]]))
        found.sort(key=lambda f: (-f[0], -f[1], f[2]))
        covered: dict[int, tuple[int, int, tuple[Entry, ...]]] = {}
        for _, _, start, end, entries in found:
            if any(i in covered for i in range(start, end)):
                continue
            if _affiliation(doc, start, end):
                continue
            for i in range(start, end):
                covered[i] = (start, end, entries)
        return covered

    def could_mention_actor(self, doc: Doc) -> bool:
        """Cheap test on an unparsed doc: does any dictionary phrase occur at all?"""
        return bool(self.names(doc)) or bool(self.words(doc))


AFFILIATION_BEFORE = {"pro", "anti"}
# "-led" and "-based" are kept: a "US-led coalition" acts for its leader, a "Trinidad-based group"
# is coded by where it is.
AFFILIATION_AFTER = {"backed", "sponsored", "supported", "allied", "occupied", "held",
                     "controlled", "run", "brokered", "funded", "trained", "armed", "aligned", "friendly"}


def _affiliation(doc: Doc, start: int, end: int) -> bool:
    """'pro-Iranian Hizbollah', 'the US-led war', 'Israeli-occupied West Bank': the name says
    whom a thing is allied with or held by, not whose it is."""
    before = doc[start - 2: start] if start >= 2 else None
    if before is not None and before[1].text in ("-", "\u2011") and before[0].lower_ in AFFILIATION_BEFORE:
        return True
    if start >= 1 and doc[start - 1].lower_.rstrip("-") in AFFILIATION_BEFORE and doc[start - 1].lower_.endswith("-"):
        return True
    after = doc[end: end + 2]
    return len(after) == 2 and after[0].text in ("-", "\u2011") and after[1].lower_ in AFFILIATION_AFTER


def _span(doc: Doc, start: int, end: int, offset: int) -> Span:
    s = doc[start:end]
    return Span(s.start_char + offset, s.end_char + offset, s.text)


def _np_tokens(head: Token) -> list[Token]:
    """The head and its premodifiers (not its prepositional phrases, clauses or conjuncts)."""
    out = [head]
    for child in head.lefts:
        if child.dep_ in NP_INTERNAL and child.dep_ not in ("conj", "cc", "appos"):
            out.extend(child.subtree)
    return out


class MentionFinder:
    """Resolves the actor(s) denoted by the noun phrase headed at a token, with memoisation."""

    def __init__(self, matcher: ActorMatcher, doc: Doc, day: date | None, sentence: int,
                 offset: int, ner_fallback: bool = True, gazetteer: Gazetteer | None = None,
                 context: ArticleContext | None = None):
        self.doc, self.day, self.sentence, self.offset = doc, day, sentence, offset
        self.context = context  # earlier sentences of the article, for coreference
        self.gazetteer = gazetteer
        self.hits = matcher.lookup(doc)
        self.ner_fallback = ner_fallback
        self.ents = {t.i: ent for ent in doc.ents for t in ent}
        self._cache: dict[int, list[ActorMention]] = {}
        self._countries_cache: frozenset[str] | None = None

    def country_at(self, i: int) -> tuple[str, int, int] | None:
        """(ISO3 country, start, end) if token i names a place: a country or capital in the
        dictionaries, or a city the statistical NER marks as a place ("in Jericho")."""
        for x in self.entries_at(i):
            if x.kind in ("country", "metonym"):
                start, end, _ = self.hits[i]
                return x.country, start, end
        ent = self.ents.get(i)
        # the small model often calls an unfamiliar town NORP; callers ask only in locative phrases
        if self.gazetteer is not None and ent is not None and ent.label_ in ("GPE", "LOC", "NORP"):
            text = ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
            place = self.gazetteer.lookup(text, self._mentioned_countries())
            if place is not None:
                return place.country, ent.start, ent.end
        return None

    def _mentioned_countries(self) -> frozenset[str]:
        if self._countries_cache is None:
            self._countries_cache = frozenset(x.country for _, _, ents in self.hits.values() for x in ents
                                              if x.kind in ("country", "adjective", "metonym"))
        return self._countries_cache

    def span(self, start: int, end: int) -> Span:
        return _span(self.doc, start, end, self.offset)

    def has_any(self) -> bool:
        return bool(self.hits)

    def countries_named(self) -> list[str]:
        """Countries the sentence names, in order: for "the two countries" in a later one."""
        out: list[str] = []
        for i in sorted(self.hits):
            for x in self.hits[i][2]:
                if x.kind in ("country", "adjective") and x.country and x.country not in out:
                    out.append(x.country)
        return out

    def named(self, subjects: bool = False) -> list[ActorMention]:
        """The actors the sentence's noun phrases name, in order (or only its subjects)."""
        deps = ("nsubj", "nsubjpass") if subjects else ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj",
                                                        "ROOT", "attr")
        out = []
        for t in self.doc:
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ in deps:
                out.extend(self.with_conjuncts(t) if subjects else self.at(t))
        return out

    def entries_at(self, i: int) -> tuple[Entry, ...]:
        hit = self.hits.get(i)
        return hit[2] if hit else ()

    # -- one phrase ---------------------------------------------------------------------------

    def at(self, head: Token) -> list[ActorMention]:
        """Actors of the phrase headed at `head` (several for "Chinese and Russian troops")."""
        if head.i not in self._cache:
            self._cache[head.i] = []  # guards against cycles through "of" phrases
            self._cache[head.i] = self._resolve(head)
        return self._cache[head.i]

    def with_conjuncts(self, head: Token) -> list[ActorMention]:
        """Actors of a phrase and of every phrase coordinated with it ("China and Russia")."""
        out = list(self.at(head))
        first = out[0] if out else None
        for conj in _conjuncts(head):
            for m in self.at(conj):
                # "Israeli helicopters and tanks": the nationality covers every conjunct
                if first and first.actor.country and not m.actor.country and m.actor.sector:
                    actor = Actor(first.actor.country + m.actor.sector, first.actor.country,
                                  m.actor.sector, m.actor.name)
                    m = ActorMention(actor, m.span, m.sentence, m.head, m.how)
                # "the Armed Forces of China and Russia": the bare country inherits the role
                if first and m.actor.is_state and first.actor.sector and first.how == "of-phrase":
                    actor = Actor(m.actor.country + first.actor.sector, m.actor.country,
                                  first.actor.sector, m.actor.name)
                    m = ActorMention(actor, m.span, m.sentence, m.head, "of-phrase")
                out.append(m)
        return out

    def _resolve(self, head: Token) -> list[ActorMention]:
        # Statistical NER decides whether an unknown proper name can be an actor at all:
        # "Jiang Bin" (PERSON) or "Acme Corp" (ORG) can, "Chinese New Year" (EVENT) cannot.
        ent = self.ents.get(head.i)
        unknown_name = head.pos_ == "PROPN" and head.i not in self.hits
        if unknown_name and ent is not None and ent.label_ not in ACTOR_ENTITIES:
            return []
        if unknown_name and not self.ner_fallback:
            return []
        tokens = _np_tokens(head)
        idx = {t.i for t in tokens}
        start, end = min(idx), max(idx) + 1
        phrases: dict[tuple[int, int], tuple[Entry, ...]] = {}
        for i in sorted(idx):
            hit = self.hits.get(i)
            if hit and all(j in idx for j in range(hit[0], hit[1])):
                ent = self.ents.get(i)
                if ent is not None and ent.label_ in NOT_ACTOR_ENTITIES and all(
                        x.kind in ("country", "adjective") for x in hit[2]):
                    continue  # "Chinese New Year", "the Russian language", "the Iraqi constitution"
                phrases[(hit[0], hit[1])] = hit[2]
        span = _span(self.doc, start, end, self.offset)

        def mention(actor: Actor, how: str) -> ActorMention:
            return ActorMention(actor, span, self.sentence, head.i, how)

        # A name may run past the head through "of": "Bank of England", "Republic of the Congo".
        own = self.hits.get(head.i)
        if own and (own[0], own[1]) not in phrases:
            phrases[(own[0], own[1])] = own[2]
            span = _span(self.doc, min(start, own[0]), max(end, own[1]), self.offset)

        # A named person or organisation is the strongest evidence; the one nearest the head wins.
        # But a country at the head outranks a modifier: "NATO-member Norway" is Norway.
        head_is_country = any(x.kind == "country" for x in self.entries_at(head.i))
        named = [(s, e, ents) for (s, e), ents in phrases.items()
                 if any(x.kind in ("person", "organization") for x in ents) and not head_is_country]
        if named:
            s, e, ents = max(named, key=lambda p: p[1])
            entry = choose(ents, self.day)
            stated = set(self._countries(phrases))
            if entry.kind == "person" and stated and entry.country not in stated:
                # "Pakistan President Mohammad Zia-ul-Haq" is not Bangladesh's Zia: a nationality
                # stated in the phrase outranks a namesake in the dictionary
                named = []
        if named:
            if entry.kind == "person" and entry.role_on(self.day) is None and self.day is not None:
                # "Arab League Secretary-General Chedli Klibi" when the dictionary has no office
                # for him that day: the body his title names is the better code
                bodies = [choose(x, self.day) for (s2, e2), x in phrases.items() if (s2, e2) != (s, e)]
                bodies = [b for b in bodies if b is not None and b.kind == "organization"]
                if bodies:
                    entry = bodies[-1]
            actor = entry.actor_on(self.day)
            if entry.kind == "organization" and actor.country:
                # "Pakistan's Senate": a generic body name belongs to the country named with it
                other = self._countries(phrases) or [m.actor.country for m in self._owner(head)]
                if other and other[0] != actor.country:
                    actor = Actor(other[0] + actor.sector, other[0], actor.sector, actor.name)
            if not actor.sector and actor.country:
                actor = self._with_sector(actor, phrases, exclude=(s, e))
            return [mention(actor, entry.kind)]

        countries = [(s, e, ents) for (s, e), ents in phrases.items()
                     if any(x.kind in ("country", "adjective") for x in ents)]
        metonyms = [(s, e, ents) for (s, e), ents in phrases.items()
                    if any(x.kind == "metonym" for x in ents)]
        sector = self._sector(phrases)

        # Capitals stand for governments only as the phrase itself or as possessor of a role
        # word ("Moscow's delegation"), not as the place of something ("Moscow's Red Square").
        if metonyms and not countries:
            s, e, ents = metonyms[-1]
            entry = next(x for x in ents if x.kind == "metonym")
            sector = self._sector(phrases, metonyms=False)
            if e - 1 == head.i or sector:
                actor = entry.actor_on(self.day)
                if sector and not entry.sector:
                    actor = Actor(_compose(actor.country, sector), actor.country, sector, actor.name)
                return [mention(actor, "metonym")]

        if countries and not sector and head.lemma_.lower() in NOT_ACTOR_HEADS:
            return []  # "the Russian language", "Chinese cuisine": a nationality, not an actor
        if countries:
            codes = []
            for _, _, ents in sorted(countries):
                cc = next(x for x in ents if x.kind in ("country", "adjective")).country
                if cc not in codes:
                    codes.append(cc)
            # "Russia-China relations", "Chinese-Russian cooperation": two countries in one
            # modifier describe a relation, not an actor, unless a role word heads the phrase
            # or the countries are coordinated ("the Turkish and Greek sides").
            if len(codes) > 1 and not sector:
                coordinated = any(self.doc[s].dep_ == "conj" for s, e, _ in countries)
                if not coordinated:
                    return []
            how = "ner" if unknown_name else "country+sector"
            residence = self._residence(head, tokens) if not sector else ""
            if residence and residence not in codes:
                # "ethnic Albanians in southern Serbia" are coded by the state they live in
                return [mention(Actor(residence, residence, "", residence), "residence")]
            return [mention(Actor(_compose(cc, sector), cc, sector, cc), how) for cc in codes]

        # No country inside the phrase: "the army of Sudan", "a parade unit of the PLA",
        # "China's army" (possessor), or a named entity the tagger found.
        owner = self._owner(head)
        if owner:
            out = []
            for m in owner:  # "scores of Sierra Leonean and Liberian refugees": both
                base = m.actor
                if sector and not base.sector and base.country:
                    base = Actor(_compose(base.country, sector), base.country, sector, base.name)
                out.append(mention(base, "of-phrase"))
            return out
        # A role word alone ("rebels", "police") is an actor of unknown country, but only as the
        # head of its phrase: in "joint military exercises" "military" describes the exercises.
        ent = self.ents.get(head.i)
        if sector and unknown_name and ent is not None and ent.label_ == "PERSON":
            # "President Abdelaziz Bouteflika" with no nationality in the sentence: a government
            # actor of unknown country, which the event's place may still locate
            return [mention(Actor(sector, "", sector, sector), "sector")]
        if sector and any(x.kind == "sector" for x in self.entries_at(head.i)):
            place = self._place_country(head)  # "opposition groups in Zimbabwe"
            if place:
                return [mention(Actor(_compose(place, sector), place, sector, place), "country+sector")]
            earlier = self._from_context(head, sector)
            if earlier:
                return [mention(a, "context") for a in earlier]
            return [mention(Actor(sector, "", sector, sector), "sector")]
        earlier = self._from_context(head, "")
        if earlier:
            return [mention(a, "context") for a in earlier]
        if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
            found = self._antecedent(head)
            return [ActorMention(m.actor, span, self.sentence, head.i, "pronoun") for m in found[:1]]
        return []

    def _residence(self, head: Token, tokens: list[Token]) -> str:
        """For a people named by nationality ("Albanians", "ethnic Turks"), the state of the
        place they are said to be in or of, if the phrase names one."""
        if not any(x.kind == "adjective" for x in self.entries_at(head.i)) and not any(
                t.lower_ == "ethnic" for t in tokens):
            return ""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "inside", "from") and child.lower_ != "from":
                for tok in child.subtree:
                    found = self.country_at(tok.i)
                    if found:
                        return found[0]
        return ""

    def _place_country(self, head: Token) -> str:
        """"rebels in Darfur", "a newspaper based in east Beirut": the state the place is in."""
        for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in
                    ("base", "locate", "station", "headquarter", "operate")):
            found = self._place_country(acl)
            if found:
                return found
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "throughout", "across", "inside"):
                for tok in child.subtree:
                    found = self.country_at(tok.i)
                    if found:
                        return found[0]
        return ""

    def _from_context(self, head: Token, sector: str) -> list[Actor]:
        """Actors an earlier sentence introduced: "the two countries" (the last two named),
        "the ministry" or "the army" (the last actor of a country in that role). Only definite
        phrases refer back; "a ministry" does not."""
        if self.context is None or not any(
                c.dep_ in ("det", "poss", "nummod", "predet") and c.lower_ in ("the", "both", "two", "its", "their")
                for c in head.children):
            return []
        lemma = head.lemma_.lower()
        if lemma in ("country", "nation", "state", "side", "government", "capital", "neighbor", "neighbour") \
                and head.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("two", "both") for c in head.children):
            found = self.context.last_countries(2)
            role = sector if lemma == "government" else ""
            return [Actor(_compose(cc, role), cc, role, cc) for cc in found]
        if sector and head.tag_ in ("NN", "NNP"):
            earlier = self.context.with_sector(sector)
            return [earlier] if earlier is not None else []
        return []

    def _antecedent(self, pron: Token) -> list[ActorMention]:
        """Within the sentence. "it"/"its" is the nearest state or body named before it
        ("a reminder to Iraq that it must …"); other pronouns the subject of the nearest clause
        above them ("Syria says it is willing…", "the minister said he …")."""
        if pron.lower_ in ("it", "its"):
            for tok in reversed(self.doc[:pron.i]):
                if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod"):
                    found = [m for m in self.at(tok) if m.how not in ("person", "pronoun", "sector")]
                    if found:
                        return found
            return self._earlier(pron, person=False)
        inside = {t.i for t in pron.subtree}
        node = pron
        for _ in range(8):
            if node.head.i == node.i:
                break
            child, node = node, node.head
            inside |= {child.i}
            for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.i in {t.i for t in child.subtree} or subj.i == pron.i:
                    continue
                found = [m for m in self.with_conjuncts(subj) if m.how != "pronoun"]
                if pron.lower_ in ("it", "its"):
                    found = [m for m in found if m.how != "person"]
                if found:
                    return found
        if pron.lower_ in ("he", "she", "him", "her", "his") and pron.i == _first_word(self.doc):
            # "He also said …" opening a sentence: the person the article last named
            return self._earlier(pron, person=True)
        return []

    def _earlier(self, pron: Token, person: bool) -> list[ActorMention]:
        """A pronoun with no antecedent in its sentence: the last person, or the last state or
        organisation, an earlier sentence named (only as the subject, where news uses it)."""
        if self.context is None or pron.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return []
        actor = self.context.last_person() if person else self.context.last_body()
        if actor is None:
            return []
        return [ActorMention(actor, _span(self.doc, pron.i, pron.i + 1, self.offset), self.sentence, pron.i,
                             "context")]

    def _sector(self, phrases, metonyms: bool = True) -> str:
        """The role word nearest the head, e.g. 'army' in 'China's army' -> MIL. A spokesperson
        speaks for the body named before it: a "police spokesman" is police, not government."""
        best, best_is_spokes = "", False
        for (_s, _e), ents in sorted(phrases.items()):
            for x in ents:
                if x.kind == "sector" or (metonyms and x.kind == "metonym" and x.sector):
                    spokes = x.kind == "sector" and x.name.startswith("spokes")
                    if spokes and best and not best_is_spokes:
                        continue
                    best, best_is_spokes = x.sector, spokes
        return best

    @staticmethod
    def _countries(phrases) -> list[str]:
        return [x.country for _, ents in sorted(phrases.items()) for x in ents
                if x.kind in ("country", "adjective")]

    def _with_sector(self, actor: Actor, phrases, exclude) -> Actor:
        sector = self._sector({k: v for k, v in phrases.items() if k != exclude})
        return Actor(_compose(actor.country, sector), actor.country, sector, actor.name) if sector else actor

    def _owner(self, head: Token) -> list[ActorMention]:
        for child in head.children:
            if child.dep_ == "poss" and child.i not in self.hits and child.i != head.i:
                found = self.at(child)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in OF_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.with_conjuncts(pobj) if pobj.i != head.i else []
                        if found:
                            return found
        if self.ner_fallback and head.pos_ == "PROPN":
            for child in head.children:
                if child.dep_ == "appos":
                    found = self.at(child)
                    if found:
                        return found
        return []


def _first_word(doc: Doc) -> int:
    return next((t.i for t in doc if not t.is_punct and not t.is_space), 0)


def _conjuncts(head: Token) -> list[Token]:
    out = []
    stack = [c for c in head.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _compose(base: str, sector: str) -> str:
    """An actor code with a role added, unless the code already says it: "White House
    officials" are USAGOV, not USAGOVGOV."""
    if not sector:
        return base
    chunks = {base[i:i + 3] for i in range(0, len(base), 3)}
    if all(sector[i:i + 3] in chunks for i in range(0, len(sector), 3)):
        return base
    return base + sector

"""Find actor mentions in a parsed sentence: dictionary names, role words, and NER fallback."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventwire.actors.dictionary import ActorDictionary, Entry, choose
from eventwire.datafiles import word_lists
from eventwire.discourse.context import STATE_ROLES, ArticleContext
from eventwire.places import Gazetteer, plain
from eventwire.text.repair import phrase_head
from eventwire.types import Actor, ActorMention, Span

# The finder's word lists are versioned data, each with its purpose (actors/data/words.json).
_WORDS = word_lists("eventwire.actors")
PLACE_NOUNS = _WORDS["place_nouns"]
OF_PREPS = _WORDS["of_preps"]
NOT_ACTOR_HEADS = _WORDS["not_actor_heads"]
ECONOMY_NOUNS = _WORDS["economy_nouns"]
PRONOUNS = _WORDS["pronouns"]
FIRST_PERSON = _WORDS["first_person"]
FORMER = _WORDS["former"]
FORMER_RANKS = _WORDS["former_ranks"]
ENVOY_ROLES = _WORDS["envoy_roles"]
DEFERRING_ROLES = _WORDS["deferring_roles"]
PERSON_ROLES = _WORDS["person_roles"]
GROUP_MARKERS = _WORDS["group_markers"]
AGENT_ROLES = _WORDS["agent_roles"]
PARTY_NOUNS = _WORDS["party_nouns"]
SPEAKING_FOR_ANY_SIDE = _WORDS["speaking_for_any_side"]
MEMBER_NOUNS = _WORDS["member_nouns"]
COUNTERPART_NOUNS = _WORDS["counterpart_nouns"]
ONE_STATE_NOUNS = _WORDS["one_state_nouns"]
MEMBERS_BODIES = _WORDS["members_bodies"]
WATER_NAMES = _WORDS["water_names"]
LOCATIVE_PREPS = _WORDS["locative_preps"]
DEFINITE = _WORDS["definite"]
BODY_NOUNS = _WORDS["body_nouns"]
PROPOSAL_NOUNS = _WORDS["proposal_nouns"]
HOLDING = _WORDS["holding_affixes"]
ORG_NOUNS = _WORDS["org_nouns"]
CROWD_NUMBERS = _WORDS["crowd_numbers"]
AFFILIATION_BEFORE = _WORDS["affiliation_before"]
AFFILIATION_AFTER = _WORDS["affiliation_after"]
MEDIATOR_NOUNS = _WORDS["mediator_nouns"]
BACKED_BODIES = _WORDS["backed_bodies"]
ARMING_SPONSORS = _WORDS["arming_sponsors"]
TERRITORY_NOUNS = _WORDS["territory_nouns"]
INTENT_AUX = _WORDS["intent_aux"]
AREA_NOUNS = _WORDS["area_nouns"]
REGION_PREFIXES = _WORDS["region_prefixes"]
PLACE_AFTER_NAME = _WORDS["place_after_name"]
KIN_GROUPS = _WORDS["kin_groups"]
HONORIFICS = _WORDS["honorifics"]
PARTS = _WORDS["parts"]
WARPLANE_ROLES = _WORDS["warplane_roles"]
OPPOSITION_OFFICES = _WORDS["opposition_offices"]
NAME_PARTICLES = _WORDS["name_particles"]
SEAT_PARTICIPLES = _WORDS["seat_participles"]
LOYALTY_WORDS = _WORDS["loyalty_words"]
WAR_SIDE_NOUNS = _WORDS["war_side_nouns"]
SHARED_BODY_NAMES = _WORDS["shared_body_names"]

# Dependency labels that keep a token inside the noun phrase of its head.
NP_INTERNAL = {"compound", "amod", "nmod", "poss", "det", "nummod", "case", "punct", "quantmod",
               "predet", "npadvmod", "advmod", "hyph", "cc", "conj", "appos"}
# Entity types that can be actors when a name is not in the dictionaries.
ACTOR_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# How a mention was found that says it is no one person: a capital, a state, a named body.
NO_PERSON = frozenset({"metonym", "country", "country+sector", "organization"})
# Entity types inside which a nationality word names no actor.
NOT_ACTOR_ENTITIES = {"DATE", "TIME", "EVENT", "LANGUAGE", "LAW", "MONEY", "PERCENT", "QUANTITY"}
# Group references: a plural noun with "the two", "both" or "warring" stands for two parties the
# article named ("urged both sides", "the two armies"); the value is the role each party takes.
GROUP_NOUNS = {"country": "", "nation": "", "state": "", "side": "", "party": "", "neighbor": "", "neighbour": "",
               "capital": "GOV", "government": "GOV", "leader": "GOV", "delegation": "GOV", "president": "GOV",
               "army": "MIL", "military": "MIL", "force": "MIL"}
# Roles of a state's people, not of its bodies: "its citizens" are the state's, not its ministry's.
PEOPLE_ROLES = frozenset({"CVL", "BUS", "MED", "EDU", "HLH", "REF", "LAB", "AGR", "REL"})
STATE_BRANCHES = frozenset({"MIL", "JUD", "LEG", "SPY"})  # roles a capital's possessive does not make the government's
# "the three European countries", "the four nations": a group of that many parties named before
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# the labels the small model gives unfamiliar place names that are no kind of place or person
OTHER_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})
BIG_PLACE = 100_000  # people: an untagged name before a role word is taken for a place only this big
# "the North", "the South", "the mainland": a divided country's halves, named so where the
# article is about them (the state either half's name points to: {word: (state, states that say so)});
# so is India's union government, "the Centre", in the Indian press's usage
HALVES = {"north": ("PRK", frozenset({"PRK", "KOR"})), "south": ("KOR", frozenset({"PRK", "KOR"})),
          "mainland": ("CHN", frozenset({"TWN", "HKG"})), "island": ("TWN", frozenset({"TWN"})),
          "centre": ("INDGOV", frozenset({"IND"}))}
LOWER_HALVES = frozenset({"mainland", "island"})  # written in lower case ("the North" is capitalised)
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", ""})


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
            # the tokenizer keeps "Gov." or "Lt. Gen." whole only when capitalised, as in text
            variants = {tuple(t.text for t in make_doc(v)): make_doc(v) for v in (form, form.title())}
            words.add(form, list(variants.values()))
        return cls(dictionary, names, words)

    def lookup(self, doc: Doc) -> dict[int, tuple[int, int, tuple[Entry, ...]]]:
        """token index -> (start, end, entries) of the dictionary phrase covering it.
        Longer phrases win; proper names win over role words of the same length."""
        found = []
        for match_id, start, end in self.names(doc):
            entries = self.dictionary.names[doc.vocab.strings[match_id]]
            if start and doc[start - 1].like_num and all(x.kind == "sector" for x in entries):
                continue  # a role's abbreviation after a number is a clock's "5 PM"
            found.append((end - start, 1, start, end, entries))
        for match_id, start, end in self.words(doc):
            found.append((end - start, 0, start, end, self.dictionary.words[doc.vocab.strings[match_id]]))
        found.sort(key=lambda f: (-f[0], -f[1], f[2]))
        covered: dict[int, tuple[int, int, tuple[Entry, ...]]] = {}
        for _, _, start, end, entries in found:
            if any(i in covered for i in range(start, end)):
                continue
            if _affiliation(doc, start, end, entries):
                continue
            for i in range(start, end):
                covered[i] = (start, end, entries)
        return covered

    def could_mention_actor(self, doc: Doc) -> bool:
        """Cheap test on an unparsed doc: does any dictionary phrase occur at all?"""
        return bool(self.names(doc)) or bool(self.words(doc))


def _model_name(word: str) -> bool:
    """"J-16", "MiG-29", "F-35A": letters and digits together name a model (not "200")."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _backed_group(head: Token) -> bool:
    """"the Iran-backed group", "a Rwanda-backed movement": a group armed or backed by a state is
    an armed group (REB), whose country the sponsor does not give."""
    return head.lemma_.lower() in BACKED_BODIES and any(
        t.lower_ in ARMING_SPONSORS
        and t.i > 0 and head.doc[t.i - 1].text in ("-", "\u2011") for t in head.lefts)


def _affiliation(doc: Doc, start: int, end: int, entries: tuple[Entry, ...] = ()) -> bool:
    """'pro-Iranian Hizbollah', 'the US-led war', 'Israeli-occupied West Bank': the name says
    whom a thing is allied with or held by, not whose it is."""
    before = doc[start - 2: start] if start >= 2 else None
    if before is not None and before[1].text in ("-", "\u2011") and before[0].lower_ in AFFILIATION_BEFORE:
        return True
    if start >= 1 and doc[start - 1].lower_.rstrip("-") in AFFILIATION_BEFORE and doc[start - 1].lower_.endswith("-"):
        return True
    after = doc[end: end + 2]
    # (but "a Saudi-backed proposal", "a Turkish-brokered plan": the sponsor made the thing)
    # (and "the SDF-held town of Qamishli", "rebel-controlled areas": a place's holder administers it)
    if len(after) != 2 or after[0].text not in ("-", "\u2011") or after[1].lower_ not in AFFILIATION_AFTER:
        return False
    head = phrase_head(after[1])
    noun = head.lemma_.lower()
    # ("Houthi-held Hodeidah", "Hamas-run Gaza": so is a named place an armed group or other
    # body took from its state, not a state's ("Syrian-controlled Lebanon") nor one "occupied")
    named_place = head.pos_ == "PROPN" and head.ent_type_ != "ORG" \
        and after[1].lower_ in HOLDING - {"occupied"} and bool(entries) and all(x.kind == "organization" for x in entries)
    return noun not in PROPOSAL_NOUNS and not (after[1].lower_ in HOLDING and (noun in PLACE_NOUNS | AREA_NOUNS or named_place))


def _one_person(t: Token) -> bool:
    """A singular role word for one person, or a role with a name in apposition."""
    return t.tag_ == "NN" and (t.lemma_.lower() in PERSON_ROLES or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children))


def _span(doc: Doc, start: int, end: int, offset: int) -> Span:
    s = doc[start:end]
    return Span(s.start_char + offset, s.end_char + offset, s.text)


QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _without_misread_names(doc, hits: dict) -> dict:
    """The dictionary hits less "American(s)" after a word that makes it a region's, less a
    person's name that a place noun follows, and less a family name after another given name."""
    out = dict(hits)
    for i, (start, end, entries) in hits.items():
        if end < len(doc) and doc[end].lower_ in PLACE_AFTER_NAME and all(x.kind == "person" for x in entries):
            out.pop(i, None)
            continue
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text == "-" and start > 1:
            before = doc[start - 2]
        if doc[start].text in ("American", "Americans") and end - start == 1 and before is not None \
                and before.lower_ in REGION_PREFIXES:
            out.pop(i, None)
        elif end - start == 1 and before is not None and before.pos_ == "PROPN" and before.i not in hits \
                and before.text[:1].isupper() and before.text.rstrip(".") not in HONORIFICS \
                and all(x.kind == "person" and before.text not in x.name.split() for x in entries):
            out.pop(i, None)  # "Hazem Qassem" is someone else than the "Qassem" the dictionaries know
        elif end - start == 1 and _inside_longer_name(doc, start, entries):
            out.pop(i, None)
    return out


def _inside_longer_name(doc, i: int, entries) -> bool:
    """A capital or country name that is only part of a longer name: a given name in a person's
    ("journalist Paris Okafor", "Aden Duale"), or the end of a place's after a particle
    ("Mocimboa da Praia")."""
    if not all(x.kind in ("metonym", "country") for x in entries):
        return False
    tok = doc[i]
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return True  # (a given name opens the person's name; "Evil Mordor" is the state)
    return i > 1 and doc[i - 1].lower_ in NAME_PARTICLES and doc[i - 2].text[:1].isupper() and tok.pos_ == "PROPN"


def _across_quote(a: Token, b: Token) -> bool:
    """Whether a quotation mark stands between two tokens: one is in a quotation, the other not
    (a sentence may have lost its opening mark to the sentence before)."""
    lo, hi = sorted((a.i, b.i))
    return sum(1 for t in a.doc[lo + 1:hi] if t.text in QUOTES) % 2 == 1


def _np_tokens(head: Token) -> list[Token]:
    """The head and its premodifiers (not its prepositional phrases, clauses or conjuncts)."""
    out = [head]
    for child in head.lefts:
        if child.dep_ in NP_INTERNAL and child.dep_ not in ("conj", "cc", "appos"):
            out.extend(child.subtree)
    glued = _glued_modifier(head)
    if glued is not None:
        out.extend(glued.subtree)
    return out


def _glued_modifier(head: Token) -> Token | None:
    """A conjunct the parser hung beside `head` with nothing between them: in "troops and SPLM-IO
    fighters" it read "IO" and "fighters" as two conjuncts, but two nouns side by side with no
    "and" or comma are one phrase, the first naming whose the second are."""
    if head.dep_ != "conj" or head.i == 0 or head.pos_ != "NOUN":
        return None
    before = head.doc[head.i - 1]
    return before if before.dep_ == "conj" and before.head.i == head.head.i else None


@dataclass(frozen=True)
class _Phrase:
    """One noun phrase being resolved: its head, its tokens, its span and the dictionary
    phrases wholly inside it."""

    head: Token
    tokens: list[Token]
    span: Span
    sentence: int
    phrases: dict[tuple[int, int], tuple[Entry, ...]]
    unknown_name: bool  # a proper name no dictionary knows

    @property
    def countries(self) -> list[tuple[int, int, tuple[Entry, ...]]]:
        return [(s, e, ents) for (s, e), ents in self.phrases.items()
                if any(x.kind in ("country", "adjective") for x in ents)]

    @property
    def metonyms(self) -> list[tuple[int, int, tuple[Entry, ...]]]:
        return [(s, e, ents) for (s, e), ents in self.phrases.items() if any(x.kind == "metonym" for x in ents)]

    def mention(self, actor: Actor, how: str) -> ActorMention:
        return ActorMention(actor, self.span, self.sentence, self.head.i, how)


class MentionFinder:
    """Resolves the actor(s) denoted by the noun phrase headed at a token, with memoisation."""

    def __init__(self, matcher: ActorMatcher, doc: Doc, day: date | None, sentence: int,
                 offset: int, ner_fallback: bool = True, gazetteer: Gazetteer | None = None,
                 context: ArticleContext | None = None):
        self.doc, self.day, self.sentence, self.offset = doc, day, sentence, offset
        self.context = context  # earlier sentences of the article, for coreference
        self.gazetteer = gazetteer
        self.hits = _without_misread_names(doc, matcher.lookup(doc))
        self.dictionary = matcher.dictionary
        self.ner_fallback = ner_fallback
        self.ents = {t.i: ent for ent in doc.ents for t in ent}
        self._cache: dict[int, list[ActorMention]] = {}
        self._countries_cache: frozenset[str] | None = None

    def country_at(self, i: int, modifier: bool = False, attacked: bool = False,
                   called_a_place: bool = False) -> tuple[str, int, int] | None:
        """(ISO3 country, start, end) if token i names a place: a country or capital in the
        dictionaries, or a city the statistical NER marks as a place ("in Jericho"). A
        `modifier` of a role word ("Johor government") may be an untagged name of a big place;
        so may the object of an attack ("shelled Sumy"), by the place's own name only unless the
        text `called_a_place` ("the city of Mekelle"). A name of waters is no country's."""
        entries = self.entries_at(i)
        if _in_water_name(self.doc[i]) or (any(x.kind == "person" for x in entries)
                                           and not any(x.kind in ("country", "metonym") for x in entries)):
            return None  # "an investigation into Machado" names a person the dictionaries know, not a town
        if (known := self._dictionary_place(i)) is not None:
            return known
        ent = self.ents.get(i)
        if self.gazetteer is None:
            return None
        if attacked:
            return self._attacked_place(i, None if called_a_place else ent, called_a_place)
        if (whole := self._whole_place_name(i)) is not None:  # "in Dera Ismail Khan"
            return whole
        # the small model often calls an unfamiliar town NORP, or ORG ("Karachi police"), or
        # nothing; callers ask only in locative phrases, where a proper name is most likely a place
        if ent is not None and ent.label_ == "PERSON" and (_locative(self.doc[i]) or _locative(_name_head(self.doc[i]))
                                                          or modifier):
            return self._region_called_person(i, ent)
        if ent is not None and (ent.label_ in ("GPE", "LOC", "NORP", "ORG") or (
                # "in Odesa" tagged a language: a tag the small model gives unfamiliar names
                ent.label_ == "LANGUAGE" and (_locative(self.doc[i]) or _locative(_name_head(self.doc[i]))))):
            start, end = ent.start, ent.end
        elif ent is not None and ent.label_ in OTHER_NAME_LABELS and self.doc[i].pos_ == "PROPN" \
                and self.doc[i].dep_ == "compound" and (modifier or self.doc[i].head.lower_ in AREA_NOUNS):
            # "the governor of Kursk region", "Kursk Governor ...": a place the model tagged a
            # product; before a title, only a big place's own name (as an untagged one)
            return self._gazetteer_place(ent.start, ent.end, None, modifier)
        elif (self.doc[i].pos_ == "PROPN" or (modifier and self._named_modifier(self.doc[i]))) and ent is None \
                and (_locative(self.doc[i]) or _locative(_name_head(self.doc[i])) or modifier):
            # "in Soroti"; a bare capitalised word elsewhere is too often a name. A name of two
            # words is looked up whole: "in Novi Sad" is no "Novi" (Michigan)
            start, end = _name_run(self.doc[i])
        else:
            return None
        return self._gazetteer_place(start, end, ent, modifier)

    def _named_modifier(self, tok: Token) -> bool:
        """Whether a modifier the tagger took for an adjective is a proper name ("Bihar police",
        "the Odesa regional governor"): capitalised inside the sentence, tagged a place, or
        opening it with a region's name ("Assam police")."""
        return (tok.text[:1].isupper() and not tok.is_sent_start) or tok.ent_type_ in ("GPE", "LOC") \
            or (self.gazetteer is not None and bool(self.gazetteer.region(tok.text)))

    def _dictionary_place(self, i: int) -> tuple[str, int, int] | None:
        """A country or capital the dictionaries know at token i, or a country's adjective on a
        place noun ("in the Congolese town of Sake", "a Syrian village": the place is that state's)."""
        for x in self.entries_at(i):
            if x.kind in ("country", "metonym") and x.country:  # "in Brussels" is a Belgian place
                start, end, _ = self.hits[i]
                return x.country, start, end
            if x.kind == "adjective" and x.country and self.doc[i].dep_ == "amod" \
                    and self.doc[i].head.lemma_.lower() in PLACE_NOUNS:
                start, end, _ = self.hits[i]
                return x.country, start, end
        return None

    def _region_called_person(self, i: int, ent) -> tuple[str, int, int] | None:
        """"Tamil Nadu police": the small model takes a region of two words for a person; "in the
        Sumy region": a region named for its city, the name taken for a person's."""
        start, end = ent.start, ent.end
        region = self.gazetteer.region(self.doc[start:end].text) if end - start > 1 else ""
        if not region and self.doc[i].dep_ == "compound" and self.doc[i].head.lower_ in AREA_NOUNS:
            place = self.gazetteer.lookup(self.doc[start:end].text, self._mentioned_countries())
            region = place.country if place is not None else ""
        return (region, start, end) if region else None

    def _gazetteer_place(self, start: int, end: int, ent, modifier: bool) -> tuple[str, int, int] | None:
        """The country of the proper name doc[start:end] by the gazetteer: pinned by a following
        country, a region, else the likeliest place of that name."""
        text = self.doc[start:end].text
        text = text[:-2] if text.endswith(("'s", "’s")) else text
        pinned = self._pinned_country(end)
        if pinned:
            return pinned, start, end  # "in San Lorenzo, Ecuador": the text says which namesake
        if text.isupper() and len(text) <= 4:
            return None  # "ADF rebels": an acronym, though the gazetteer knows airport codes ("ADF" is Adiyaman's)
        region = self.gazetteer.region(text)
        if region:
            return region, start, end
        place = self.gazetteer.lookup(text, self._mentioned_countries())
        words = text.split()
        if place is None and len(words) > 1 and words[-1].lower() in AREA_NOUNS \
                and not any(k in self.hits for k in range(start, end)):
            # "in the Sumy region": the region is named for its city
            place = self.gazetteer.lookup(" ".join(words[:-1]), self._mentioned_countries())
        # a title word that is also a small town ("Federal Minister") is no place
        if place is not None and (ent is not None or not modifier or place.population >= BIG_PLACE):
            return place.country, start, end
        return None

    def _whole_place_name(self, i: int) -> tuple[str, int, int] | None:
        """A place of several words the model tagged in part or as a person ("in Dera Ismail
        Khan" is no "Dera" in Ethiopia, "in Mandi Bahauddin" no "Mandi" in India): the whole
        proper name of a locative phrase, when the gazetteer knows it."""
        start, end = _whole_name(self.doc[i])
        if end - start < 2 or not _locative(self.doc[end - 1]) or any(k in self.hits for k in range(start, end)):
            return None
        text = self.doc[start:end].text
        region = self._pinned_country(end) or self.gazetteer.region(text)
        if region:
            return region, start, end
        place = self.gazetteer.lookup(text, self._mentioned_countries())
        return (place.country, start, end) if place is not None else None

    def _pinned_country(self, end: int) -> str:
        """The country written after a place and a comma ("Santa Rosa, Peru"), if any."""
        if end + 1 >= len(self.doc) or self.doc[end].text != ",":
            return ""
        return next((x.country for x in self.entries_at(end + 1) if x.kind == "country" and x.country), "")

    def _attacked_place(self, i: int, ent, called_a_place: bool) -> tuple[str, int, int] | None:
        """A proper name a force was used on, as a place: one the text calls a place, one the
        NER calls a place (or an organisation: "Sumy"), or an untagged one that a city of at
        least BIG_PLACE people bears as its own name; a person's name ("killed Hassan") is not
        read as a town."""
        tok = self.doc[i]
        if tok.pos_ != "PROPN" or (ent is not None and ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "LANGUAGE")):
            return None
        start, end = (ent.start, ent.end) if ent is not None else (i, i + 1)
        if ent is None:  # "the city of Gaza City": the name with the words compounded onto it
            start = min([c.i for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [i])
        name = self.doc[start:end].text
        region = self.gazetteer.region(name)  # "struck Khost province"
        if region:
            return region, start, end
        place = self.gazetteer.lookup(name, self._mentioned_countries())
        if place is None:  # another spelling of a big city ("Mekelle" for Mek'ele), not a small namesake
            place = self.gazetteer.lookup(name)
            place = place if place is not None and place.population >= BIG_PLACE else None
        # an untagged name of two words the gazetteer knows for one country's town ("raided Beit
        # Lahia") is that town: no person or English phrase is so spelt
        unsure = ent is None and not called_a_place and end - start < 2
        if place is None or (unsure and (plain(place.name) != plain(tok.text) or place.population < BIG_PLACE)):
            return None
        return place.country, start, end

    def _mentioned_countries(self) -> frozenset[str]:
        if self._countries_cache is None:
            self._countries_cache = frozenset(x.country for _, _, ents in self.hits.values() for x in ents
                                              if x.kind in ("country", "adjective", "metonym") and x.country)
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
                found = self.with_conjuncts(t) if subjects else self.at(t)
                if not subjects and (_locative(t) or _broker(t)):
                    # "talks in Ethiopia": a place, not a party; nor is the broker of "a deal
                    # brokered by Turkey" one of "both governments" that made it
                    found = [ActorMention(m.actor, m.span, m.sentence, m.head, "place") for m in found]
                elif subjects and len(found) == 1 and _one_person(t) and found[0].how not in ("pronoun", "context"):
                    # "the Ugandan government spokesman, Chris Okello, said ...": a later "He" is them
                    found = [ActorMention(found[0].actor, found[0].span, found[0].sentence, found[0].head, "person")]
                out.extend(found)
        return out

    def entries_at(self, i: int) -> tuple[Entry, ...]:
        hit = self.hits.get(i)
        return hit[2] if hit else ()

    # -- one phrase ---------------------------------------------------------------------------

    def at(self, head: Token) -> list[ActorMention]:
        """Actors of the phrase headed at `head` (several for "Chinese and Russian troops")."""
        if head.i not in self._cache:
            self._cache[head.i] = []  # guards against cycles through "of" phrases
            if head.tag_ in ("WDT", "WP") and head.dep_ in ("dobj", "pobj") and head.head.dep_ == "relcl":
                # "Rwanda, which Congo accuses of backing the rebels": "which" is Rwanda
                self._cache[head.i] = self.with_conjuncts(head.head.head)
            elif not _in_water_name(head):  # "the Gulf of Oman" is no Omani actor
                self._cache[head.i] = self._known_people(head, self._resolve(head))
        return self._cache[head.i]

    def _known_people(self, head: Token, found: list[ActorMention]) -> list[ActorMention]:
        """A person the dictionaries do not know, once the article has said who they are
        ("opposition leader Juan Rojas"), is the same actor when named again ("Rojas")."""
        if self.context is not None and found and all(m.actor.sector and m.actor.country for m in found):
            # "Uganda's government spokesman, Chris Okello, said": the name in apposition to a role
            for name in (c for c in head.children if c.dep_ == "appos" and self._person_name(c)):
                self.context.people.setdefault(name.text, found[0].actor)
        # (the tagger may take a hyphenated name's last piece for an adjective: "Lee Jae-myung")
        if self.context is not None and head.pos_ in ("PROPN", "ADJ") and head.i in self.hits and head.dep_ != "compound":
            # "President Hassan Sheikh Mohamud": a dictionary's person is "Mohamud" later too,
            # though the dictionary lists no surname alone
            person = next((m.actor for m in found if m.how == "person"), None)
            if person is not None:
                self.context.people.setdefault(head.text, person)
                # a two-word name may put the family name first ("Wang Yi" is "Wang" later)
                name = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                        and any(x.kind == "person" for x in self.entries_at(c.i))
                        and not any(x.kind == "sector" for x in self.entries_at(c.i))]
                # "Lee Jae-myung", "Lai Ching-te": a hyphenated given name after the family name
                hyphenated = len(name) == 2 and any(t.tag_ == "HYPH" for t in self.doc[name[1].i:head.i])
                if len(name) == 1 or hyphenated:
                    self.context.people.setdefault(name[0].text, person)
        ent = self.ents.get(head.i)
        if self.context is None:
            return found
        if ent is not None and ent.label_ == "PERSON" and ent.end - ent.start > 1 and self._person_name(head):
            self.context.strangers.add(head.text)
        by_surname = self._by_surname(head, ent)
        if by_surname is not None and not any(m.actor.country for m in found):
            return [ActorMention(by_surname, _span(self.doc, head.i, head.i + 1, self.offset), self.sentence, head.i,
                                 "person")]
        if not self._person_name(head):
            # a name the article gave a person, which the NER took for an organisation or for
            # nothing this time ("Wang urged India ..." after "his Chinese counterpart Wang Yi",
            # "Mondlane condemned the arrests" after "opposition leader Venancio Mondlane")
            # (an unknown name opening a sentence may be tagged a common noun)
            # (or for a place: "Youssouf praised China", where no dictionary knows the word as one)
            if not (head.pos_ in ("PROPN", "NOUN") and head.i not in self.hits and head.text in self.context.people
                    and (ent is None or (ent.label_ in ("ORG", "GPE") and ent.start == ent.end - 1))):
                return found
        elif found and all(m.actor.sector or m.actor.code.startswith("IGO") for m in found) \
                and not self._stated_before(head, found):
            # a role with no country yet ("opposition politician Maria Rojas") is kept too: the
            # article completes its country wherever the surname comes back; an international
            # body's officer ("AU Commission chairperson Mahmoud Ali Youssouf") is the body's
            self.context.people[head.text] = found[0].actor
            # "opposition leader Kim Dong-hyun" is "Kim" later: a family name before a hyphenated given name
            name = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            if len(name) >= 2 and any(t.tag_ == "HYPH" or t.text == "-" for t in self.doc[name[0].i:head.i]):
                self.context.people.setdefault(name[0].text, found[0].actor)
            return found
        known = self.context.people.get(head.text)
        if known is None or any(m.actor.country for m in found):
            return found
        start, end = (ent.start, ent.end) if ent is not None else (head.i, head.i + 1)
        return [ActorMention(known, _span(self.doc, start, end, self.offset), self.sentence, head.i, "context")]

    def _stated_before(self, head: Token, found: list[ActorMention]) -> bool:
        """Whether a title with no state names someone the article has given one ("President Lee"
        after "South Korean President Lee Jae-myung"): that person, not a stateless role."""
        earlier = self.context.people.get(head.text)
        return earlier is not None and bool(earlier.country) and not any(m.actor.country for m in found)

    def _by_surname(self, head: Token, ent) -> Actor | None:
        """"Erdogan met Aliyev": a family name alone that no dictionary lists and the article has
        not given anyone, of the one person by that name in office on the story date."""
        if head.i in self.hits or head.dep_ == "compound" or head.pos_ not in ("PROPN", "NOUN") \
                or not head.text[:1].isupper() or head.text in self.context.people or head.text in self.context.strangers:
            return None
        if ent is not None and not (ent.label_ in ("PERSON", "ORG") and ent.start == head.i == ent.end - 1):
            return None
        entry = self.dictionary.person_by_surname(head.text, self.day)
        return entry.actor_on(self.day) if entry is not None else None

    def _person_name(self, head: Token) -> bool:
        """Whether `head` ends a person's name no dictionary knows."""
        ent = self.ents.get(head.i)
        # a surname opening a sentence may be tagged a common noun ("Aliyev met Tokayev"), but
        # the NER still calls it a person
        named = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.text[:1].isupper())
        return named and head.i not in self.hits and ent is not None \
            and ent.label_ == "PERSON" and ent.end - 1 == head.i

    def with_conjuncts(self, head: Token) -> list[ActorMention]:
        """Actors of a phrase and of every phrase coordinated with it ("China and Russia")."""
        # "between the Congolese government and M23 rebels", parsed as one phrase on "rebels": a
        # common noun's modifier with a conjunct of its own is a phrase coordinated with it
        folded = [m for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < head.i
                  and any(d.dep_ == "conj" for d in c.children) for m in self.at(c)]
        out = [m for m in folded if m.actor.code not in {x.actor.code for x in self.at(head)}] + list(self.at(head))
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
        return _one_war(out)

    def _resolve(self, head: Token) -> list[ActorMention]:
        """The actors of the phrase headed at `head`: the first step that recognises it decides."""
        half = self._half(head)
        if half:
            return [ActorMention(Actor(half, half[:3], half[3:], half), self.span(head.i, head.i + 1), self.sentence,
                                 head.i, "country")]
        side = self._war_side(head)
        if side is not None:
            return side
        part = _partitive(head)
        if part is not None:
            return self.with_conjuncts(part)  # "fired on one of its posts": the posts' owner
        if not self._could_be_actor(head):
            return []
        p = self._phrase(head)
        found = self._coordinated_owners(p) or self._named_actor(p)
        if found is not None:
            return found
        sector = self._sector(p.phrases) or ("REB" if _backed_group(head) else "")
        if sector == "REB" and head.lemma_.lower() in WARPLANE_ROLES \
                and any(_model_name(t.text) for t in p.tokens if t.i < head.i):
            sector = "MIL"  # "Chinese J-16 fighters": warplanes after their model
        if sector and sector != "ELI" and any(t.lower_ in FORMER and t.i < p.head.i
                                              for t in p.tokens):
            # "a former Israeli defence minister": no office now, an elite; but the conventions
            # keep the elite for former leaders and ministers: "a former police officer" is a civilian
            sector = "CVL" if p.head.lower_ in FORMER_RANKS else "ELI"
        if sector in ("GOV", "MIL") and any(t.lower_ in OPPOSITION_OFFICES and t.i < p.head.i for t in p.tokens):
            sector = "OPP"  # "the shadow defence secretary" holds no office: the opposition's
        if p.metonyms and not p.countries:
            sector = self._sector(p.phrases, metonyms=False)
            found = self._capital(p, sector)
            if found is not None:
                return found
        for step in (self._national, self._counterpart, self._loyal, self._owned, self._role_alone, self._crowd):
            found = step(p, sector)
            if found is not None:
                return found
        return self._referring(p)

    def _war_side(self, head: Token) -> list[ActorMention] | None:
        """"The enemy", "the occupiers", "the aggressor" in a war story: the side of the latest
        fight the article told that is not the one acting, reporting or attacked here ("Ukrainian
        troops repelled the enemy", "the occupiers shelled Kherson": Russia). None when the
        article told no fight, or the sentence does not say which side is its own."""
        if head.lemma_.lower() not in WAR_SIDE_NOUNS or self.context is None or head.dep_ in ("attr", "oprd", "appos") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return None  # "Russia is the enemy" characterises; "the Russian occupiers" are named
        pair = self.context.last_adversaries()
        phrase = range(head.left_edge.i, head.right_edge.i + 1)
        # the sentence's other parties and places: a subject's own side is whoever it acts on
        ours = self._acting_countries(head) | {x.country for i, hit in self.hits.items() if i not in phrase
                                               for x in hit[2] if x.country}
        if head.dep_ == "nsubj":
            ours |= self._places_acted_on(head.head)
        reporter = _reporter(head) if not ours else None  # "the enemy advanced, the ministry said"
        if reporter is not None:
            ours |= {m.actor.country for m in self.at(reporter) if m.actor.country}
        others = [a for a in pair if a.country not in ours]
        if head.dep_ == "nsubj" and len(others) == 2:
            # the sentence says neither: of a fight told as one side's strike on the other's
            # places ("Russian missiles struck Kharkiv"), the enemy is the side named as an actor
            others = [a for a in others if a.country in self.context.countries]
        if len(pair) != 2 or len(others) != 1:
            return None
        return [self._phrase(head).mention(others[0], "context")]

    def _places_acted_on(self, verb: Token) -> set[str]:
        """Countries of the places a verb acts on or in ("shelled Kherson", "bombed a market in
        Senafe"), by the gazetteer: whose side is attacked there."""
        if self.gazetteer is None:
            return set()
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [p for n in [verb, *nouns] for c in n.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        out: set[str] = set()
        for n in nouns:
            if n.pos_ == "PROPN":
                words = [c for c in n.children if c.dep_ == "compound" and c.i < n.i] + [n]
                place = self.gazetteer.lookup(" ".join(t.text for t in words), self._mentioned_countries())
                out |= {place.country} if place is not None and place.country else set()
        return out

    def _half(self, head: Token) -> str:
        """"The North fired shells", "the South's navy", "the mainland" or "the island" in a story
        about the two Koreas or about Taiwan: the state that half names; "the Centre" in a story
        about India, its union government (HALVES)."""
        word = HALVES.get(head.lower_)
        if word is None or head.i in self.hits or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or (head.lower_ not in LOWER_HALVES and not head.text[0].isupper()) \
                or any(c.dep_ == "prep" and c.lower_ in ("of", "for") and not _charge(c)  # "the island of Kinmen"
                       for c in head.children):
            return ""
        named = set(self._mentioned_countries()) | set(self.context.countries if self.context is not None else ())
        return word[0] if named & word[1] else ""

    def _could_be_actor(self, head: Token) -> bool:
        """Whether an unknown proper name may be an actor at all: statistical NER decides that
        "Jiang Bin" (PERSON) or "Acme Corp" (ORG) can, "Chinese New Year" (EVENT) cannot."""
        if head.pos_ != "PROPN" or head.i in self.hits:
            return True
        ent = self.ents.get(head.i)
        if ent is not None and ent.label_ not in ACTOR_ENTITIES:
            return False
        return self.ner_fallback

    def _phrase(self, head: Token) -> "_Phrase":
        """The noun phrase at `head` with the dictionary phrases wholly inside it."""
        tokens = _np_tokens(head)
        idx = {t.i for t in tokens}
        start, end = min(idx), max(idx) + 1
        before = self.doc[start - 1] if start > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ in ("advcl", "npadvmod") \
                and before.head.i == head.head.i and head.dep_ in ("nsubj", "nsubjpass") and before.i in self.hits:
            # "ECOWAS Commission President Omar Touray criticised ...": the parser hung the body's
            # name on the verb, but it opens the subject's phrase
            tokens = [*before.subtree, *tokens]
            idx |= {t.i for t in before.subtree}
            start = min(idx)
        phrases: dict[tuple[int, int], tuple[Entry, ...]] = {}
        for i in sorted(idx):
            hit = self.hits.get(i)
            if hit and all(j in idx for j in range(hit[0], hit[1])):
                ent = self.ents.get(i)
                if ent is not None and ent.label_ in NOT_ACTOR_ENTITIES and all(
                        x.kind in ("country", "adjective") for x in hit[2]) \
                        and not (ent.label_ == "LANGUAGE" and self._role_word(head)):
                    # "Chinese New Year", "the Russian language", "the Iraqi constitution"; but
                    # "Filipino fishermen", which the model calls a language, are people
                    continue
                phrases[(hit[0], hit[1])] = hit[2]
        # A name may run past the head through "of": "Bank of England", "Republic of the Congo".
        own = self.hits.get(head.i)
        if own and (own[0], own[1]) not in phrases:
            phrases[(own[0], own[1])] = own[2]
            start, end = min(start, own[0]), max(end, own[1])
        unknown_name = head.pos_ == "PROPN" and head.i not in self.hits
        return _Phrase(head, tokens, self.span(start, end), self.sentence, phrases, unknown_name)

    def _role_word(self, head: Token) -> bool:
        return any(x.kind == "sector" for x in self.entries_at(head.i))

    def _coordinated_owners(self, p: "_Phrase") -> list[ActorMention] | None:
        """"Israeli and Hamas negotiators": coordinated modifiers naming a state and an
        organisation are two actors, the state in the head's role and the organisation as
        itself (not one Israeli body of Hamas's kind)."""
        mods = [c for c in p.head.children if c.dep_ in ("amod", "compound", "nmod") and c.i in self.hits]
        first = next((m for m in mods if any(c.dep_ == "conj" for c in m.children)), None)
        if first is None:
            return None
        conjuncts = [first] + [c for c in first.subtree if c.dep_ == "conj" and c.i in self.hits]
        kinds = [{x.kind for x in self.hits[t.i][2]} for t in conjuncts]
        if first.tag_ == "NNS" and kinds[0] == {"sector"} and any("organization" in k for k in kinds[1:]):
            # "Government forces and SPLM-IO fighters", misread as both modifying "fighters": a
            # plural role is a party of its own, the organisation another
            org = next(t for t, k in zip(conjuncts[1:], kinds[1:]) if "organization" in k)
            return self.at(first)[:1] + [p.mention(choose([x for x in self.hits[org.i][2] if x.kind == "organization"],
                                                          self.day).actor_on(self.day), "organization")]
        if not any(k & {"organization"} for k in kinds) or not any(k & {"country", "adjective"} for k in kinds):
            return None
        sector = next((x.sector for x in self.entries_at(p.head.i) if x.kind == "sector"), "")
        out = []
        for t, kind in zip(conjuncts, kinds):
            ents = self.hits[t.i][2]
            if "organization" in kind:
                entry = choose([x for x in ents if x.kind == "organization"], self.day)
                out.append(p.mention(entry.actor_on(self.day), "organization"))
            else:
                cc = next(x for x in ents if x.kind in ("country", "adjective")).country
                out.append(p.mention(Actor(_compose(cc, sector), cc, sector, cc), "country+sector"))
        return out

    def _named_actor(self, p: "_Phrase") -> list[ActorMention] | None:
        """A named person or organisation is the strongest evidence; the one nearest the head
        wins. But a country at the head outranks a modifier: "NATO-member Norway" is Norway."""
        if any(x.kind == "country" for x in self.entries_at(p.head.i)):
            return None
        named = [(s, e, ents) for (s, e), ents in p.phrases.items()
                 if any(x.kind in ("person", "organization") for x in ents)]
        if not named:
            return None
        s, e, ents = max(named, key=lambda n: n[1])
        entry = choose(ents, self.day)
        envoy = self._envoy_to(p, entry, s, e)
        if envoy is not None:
            return envoy
        if entry.members and e - s == 1 and not (p.head.i >= e and self._sector({k: v for k, v in p.phrases.items()
                                                                              if k != (s, e)})):
            return []  # a group's adjective names its states only before a role word ("Baltic leaders")
        if entry.members:  # "the Baltic states": each state, as "Estonia, Latvia and Lithuania" would be
            return [p.mention(self._with_sector(Actor(cc, cc, "", cc), p.phrases, exclude=(s, e)), "country")
                    for cc in entry.members]
        stated = set(self._countries(p.phrases))
        if entry.kind == "person" and stated and entry.country not in stated:
            # "Pakistan President Mohammad Zia-ul-Haq" is not Bangladesh's Zia: a nationality
            # stated in the phrase outranks a namesake in the dictionary
            return None
        return [p.mention(self._entry_actor(p, entry, (s, e)), entry.kind)]

    def _envoy_to(self, p: "_Phrase", entry: Entry, start: int, end: int) -> list[ActorMention] | None:
        """"Iran's U.N. ambassador", "Russia's deputy U.N. envoy Dmitry Polyanskiy": a country's
        envoy to an organisation speaks for the country's government, not the organisation (the
        country named before it: "the U.N. envoy for Syria" is the organisation's)."""
        if entry.kind != "organization" or not any(t.i >= end and t.lemma_.lower() in ENVOY_ROLES for t in p.tokens):
            return None
        org = entry.actor_on(self.day).country
        before = {k: v for k, v in p.phrases.items() if k[0] < start}
        owners = [m.actor.country for c in p.head.children if c.dep_ == "poss" for m in self.at(c)]
        country = next((cc for cc in self._countries(before) + owners if cc and cc != org), "")
        if not country:
            return None  # "the U.N. envoy for Syria" is the organisation's
        return [p.mention(Actor(_compose(country, "GOV"), country, "GOV", country), "country+sector")]

    def _entry_actor(self, p: "_Phrase", entry: Entry, where: tuple[int, int]) -> Actor:
        """The actor a named entry denotes here, completed by the words around its name."""
        if entry.kind == "person" and entry.role_on(self.day) is None and self.day is not None:
            # a titled person the dictionary has no office for that day: the body the title
            # names is the better code
            bodies = [choose(x, self.day) for k, x in p.phrases.items() if k != where]
            bodies = [b for b in bodies if b is not None and b.kind == "organization"]
            if bodies:
                entry = bodies[-1]
        actor = entry.actor_on(self.day)
        if entry.kind == "organization" and actor.country:
            # "Pakistan's Senate": a generic body name belongs to the country named with it
            other = self._countries(p.phrases) or [m.actor.country for m in self._owner(p.head)]
            if other and other[0] != actor.country:
                actor = Actor(other[0] + actor.sector, other[0], actor.sector, actor.name)
            elif self.doc[where[0]:where[1]].text.lower().removeprefix("the ") in SHARED_BODY_NAMES:
                home = self._shared_body_state(p.head, actor.country)
                actor = Actor(home + actor.sector, home, actor.sector, actor.name) if home else actor
        if not actor.sector and actor.country:
            actor = self._with_sector(actor, p.phrases, exclude=where)
        return actor

    def _shared_body_state(self, head: Token, default: str) -> str:
        """Whose a ministry is that several states' bear the name of ("the Foreign Office"): the
        state of the place it is said to be in ("in Islamabad"), else, in an article that has not
        named its default state, the state of the latest subject told before; "" for the default."""
        there = next((found[0] for pr in head.children if pr.dep_ == "prep" and pr.lower_ == "in"
                      for t in pr.subtree for found in [self.country_at(t.i)] if found), "")
        if there or self.context is None or default in self._mentioned_countries() or default in self.context.countries:
            return there
        return next((a.country for a, _ in reversed(self.context.subjects) if a.country), "")

    def _capital(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """Capitals stand for governments only as the phrase itself or as possessor of a role
        word ("Moscow's delegation"), not as the place of something ("Moscow's Red Square")."""
        _s, e, ents = p.metonyms[-1]
        if e - 1 != p.head.i and not sector:
            return None
        entry = next(x for x in ents if x.kind == "metonym")
        actor = entry.actor_on(self.day)
        # "the National Palace in Guatemala City": a seat of power many states have by that name
        # is the one of the place it is said to be in (a building's name: a capital is its state's
        # wherever it talks, "talks with Kyiv in Istanbul")
        holders = [p.head] + ([p.head.head.head] if p.head.dep_ == "pobj" else [])  # "marched on X in Y"
        building = e - _s > 1
        there = next((found[0] for h in holders for pr in h.children if pr.dep_ == "prep" and pr.lower_ == "in"
                      and pr.i > p.head.i for t in pr.subtree for found in [self.country_at(t.i)] if found), "") \
            if building else ""
        if there and actor.country and there != actor.country:
            actor = Actor(there + actor.code[3:], there, actor.sector, actor.name)
        # "Moscow's delegation" is the government's; "a Paris court" the judiciary's: a capital
        # compounded onto a role word names only the country; so does one owning a branch of the
        # state other than the government ("Moscow's defence ministry" is the military,
        # "Belgrade's High Court" the judiciary; a capital's police chief is still an official)
        # "a Moscow-based company": the capital only says where the body sits, like a compound
        if sector and actor.country and (not entry.sector or self.doc[e - 1].dep_ == "compound"
                                         or self.doc[e - 1].head.lower_ in SEAT_PARTICIPLES
                                         or (entry.sector == "GOV" and sector in STATE_BRANCHES)):
            actor = Actor(_compose(actor.country, sector), actor.country, sector, actor.name)
        return [p.mention(actor, "metonym")]

    def _national(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """A nationality or country inside the phrase: "Chinese troops", "the Turkish and Greek
        sides"; none for "the Russian language" or "Russia-China relations"."""
        if not p.countries:
            return None
        if p.head.lemma_.lower() in PARTY_NOUNS and any(c.lower_ == "warring" for c in p.head.children):
            # "Sudan's warring parties": the sides of the state's war the article told, no political party
            named = {x.country for _, _, ents in p.countries for x in ents if x.country}
            context = self.context if self.context is not None else ArticleContext()
            sides = [a for a in context.last_adversaries() if a.country in named]
            if sides:
                return [p.mention(a, "context") for a in sides]
            # sides the article has not told: the state, whose war it is
            return [p.mention(Actor(cc, cc, "", cc), "country") for cc in sorted(named)]
        if not sector and p.head.lemma_.lower() in COUNTERPART_NOUNS:
            # "his Russian counterpart": the owner's role in the country named
            poss = [c for c in p.head.children if c.dep_ == "poss"]
            sector = next((m.actor.sector for c in poss for m in self.at(c) if m.actor.sector), "")
        if not sector and (p.head.lemma_.lower() in NOT_ACTOR_HEADS or _market_subject(p.head)):
            return []  # "the Russian language", "Chinese cuisine": a nationality, not an actor
        codes = []
        for _, _, ents in sorted(p.countries):
            cc = next(x for x in ents if x.kind in ("country", "adjective")).country
            if cc not in codes:
                codes.append(cc)
        # two countries in one modifier describe a relation, not an actor, unless a role word
        # heads the phrase or the countries are coordinated
        # "Kosovo Serbs": a people named by the land they live in are that land's
        people = p.head.tag_ in ("NNPS", "NNS") and any(s == p.head.i for s, _, _ in p.countries)
        if len(codes) > 1 and people:
            codes = codes[:1]
        if len(codes) > 1 and not sector and not any(self.doc[s].dep_ == "conj" for s, _, _ in p.countries):
            return []
        residence = self._residence(p.head, p.tokens) if not sector else ""
        if residence and residence not in codes:
            # "ethnic Albanians in southern Serbia" are coded by the state they live in
            return [p.mention(Actor(residence, residence, "", residence), "residence")]
        # "Colombian Foreign Minister Yolanda Villavicencio": a person no dictionary knows, whom
        # a later "She" can mean; the model's PERSON may stop short of a second family name
        name = [self.ents.get(i) for i in (p.head.i, p.head.i - 1) if i in {t.i for t in p.tokens}]
        how = ("ner-person" if any(e is not None and e.label_ == "PERSON" for e in name) else "ner") \
            if p.unknown_name else "country+sector"
        return [p.mention(Actor(_compose(cc, sector), cc, sector, cc), how) for cc in codes]

    def _counterpart(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """"his counterpart", "its counterparts" with no country in the phrase: the owner's role
        in the other of the last two countries named, or the place of the meeting; never the
        owner's own country, and nothing when a region qualifies it ("European counterparts")."""
        if p.head.lemma_.lower() not in COUNTERPART_NOUNS:
            return None
        poss = [c for c in p.head.children if c.dep_ == "poss"]
        owner = next((m.actor for c in poss for m in self.at(c) if m.actor.country), None)
        if owner is None:
            return None
        owned = {t.i for c in poss for t in c.subtree}
        if any(t.i in self.ents and self.ents[t.i].label_ in ("NORP", "GPE", "LOC")
               for t in p.tokens if t.i not in owned):
            return []
        pool = (self.context.countries if self.context is not None else []) + self._countries_before(p.head)
        pool.append(self._place_country(p.head) or self._place_country(p.head.head))
        other = next((cc for cc in reversed(pool) if cc and cc != owner.country), "")
        if not other:
            return []
        return [p.mention(Actor(_compose(other, owner.sector), other, owner.sector, other), "context")]

    def _loyal(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """"Forces loyal to Haftar", "fighters loyal to the rebel commander": armed men named by
        whom they obey are of that master's country: its military when the master holds a state
        office, else an armed group. A state itself as the master ("militias loyal to Iran") is a
        sponsor, which gives no country, as with "Iran-backed" (_backed_group)."""
        if sector not in ("MIL", "REB"):
            return None
        masters = [o for a in p.head.rights if a.dep_ in ("amod", "acl") and a.lower_ in LOYALTY_WORDS
                   for pr in a.children if pr.dep_ == "prep" and pr.lower_ in ("to", "with")
                   for o in pr.children if o.dep_ == "pobj"]
        found = []
        for o in masters:
            # "the warlord Khalifa Haftar": the name in apposition says who, unless the words
            # before it name a master already ("al-Qaeda's frontman ...", of no one country)
            named = self.with_conjuncts(o) or [m for c in o.children if c.dep_ == "appos"
                                               for m in self.with_conjuncts(c)]
            found += [m.actor for m in named if m.actor.country and m.actor.sector]
        if not found:
            return None
        out = []
        for master in found:
            role = sector if master.sector in STATE_BODY_SECTORS else "REB"
            out.append(p.mention(Actor(_compose(master.country, role), master.country, role, master.name), "of-phrase"))
        return out

    def _owned(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """No country inside the phrase, but an owner outside it: "the army of Sudan", "a
        parade unit of the PLA", "China's army"; every owner of a coordinated "of" phrase."""
        if not sector and _market_subject(p.head):
            return []  # "Israel's shekel hit a three-year high": a market, not the state
        owner = self._owner(p.head)
        if not owner:
            return None
        out = []
        for m in owner:
            base = m.actor
            # "two of its citizens" when "its" is a state's ministry: the state's citizens
            people = base.sector in STATE_BRANCHES | {"GOV", "COP"} and sector in PEOPLE_ROLES
            # "the president accused his critics": a leader's opponents are of the leader's country
            opposing = sector == "OPP" and m.how in ("pronoun", "person")
            # "Moscow said its air defences ...", "the president said his troops ...": a
            # government's army, police, courts or spies are those branches, as "Moscow's
            # defence ministry" already is
            branch = base.sector == "GOV" and sector in STATE_BRANCHES | {"COP"}
            if sector and (not base.sector or people or opposing or branch) and base.country:
                base = Actor(_compose(base.country, sector), base.country, sector, base.name)
            mention = p.mention(base, "of-phrase")
            if not sector and p.head.i < m.head:
                # "hundreds of Irish peacekeepers": the words that name the actor are the of-phrase's
                span = self.span(p.head.left_edge.i, self.doc[m.head].right_edge.i + 1)
                mention = ActorMention(base, span, mention.sentence, mention.head, mention.how)
            out.append(mention)
        return out

    def _role_alone(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """A role word heading its phrase ("rebels", "police") is an actor whose country the
        place or the article may give; in "joint military exercises" it only describes."""
        if not sector:
            return None
        ent = self.ents.get(p.head.i)
        if p.unknown_name and ent is not None and ent.label_ == "PERSON":
            # a titled person with no nationality in the sentence: a region before the title
            # ("Karnataka Chief Minister Siddaramaiah") says whose, else the event's place may
            place = self._title_place(p.head)
            return [p.mention(Actor(_compose(place, sector), place, sector, place or sector),
                              "country+sector" if place else "sector")]
        if not any(x.kind == "sector" for x in self.entries_at(p.head.i)) and p.head.lower_ not in DEFERRING_ROLES \
                and not (p.head.pos_ == "PROPN" and p.head.lower_ in MEMBERS_BODIES) and not _backed_group(p.head):
            return None  # "joint military exercises"; but "opposition party members" are the party's
        return self._role_alone_of(p, sector)

    def _title_place(self, name: Token) -> str:
        """The country of a place named before a person's title ("Karnataka Chief Minister
        Siddaramaiah", "Kursk Governor ..."); not of the name's own words ("Lima" as a first name)."""
        titles = [t for t in name.lefts if t.dep_ == "compound" and any(x.kind == "sector" for x in self.entries_at(t.i))]
        for m in (m for t in titles for m in t.lefts if m.dep_ in ("compound", "nmod", "amod")):
            found = self.country_at(m.i, modifier=True) if m.dep_ != "amod" or self._named_modifier(m) else None
            if found:
                return found[0]
        return ""

    def _role_alone_of(self, p: "_Phrase", sector: str) -> list[ActorMention]:
        # "The president, Bola Tinubu, criticised France": the person named in apposition
        named = [m for a in p.head.children if a.dep_ == "appos" and a.i > p.head.i
                 for m in self.at(a) if m.how == "person" and m.actor.country]
        if named:
            return [p.mention(named[0].actor, "person")]
        owner = next((c for c in p.head.children if c.dep_ == "poss"), None)  # "the court's prosecutor"
        court = self._international_court(p.head) or (self._international_court(owner) if owner is not None else None)
        if court is not None:
            return [p.mention(court, "context")]
        # "Western troops in Ukraine" are many states' troops, not Ukraine's
        # but "the Odesa regional governor" is the region's, named before the word
        mods = [c for c in p.head.children if c.dep_ in ("amod", "compound", "nmod")]
        many = any(c.lower_ in _many_states() and c.dep_ != "nmod" and not any(
            d.i < c.i and self._named_modifier(d) for d in mods) for c in mods)
        place = "" if many else self._place_country(p.head)  # "opposition groups in Zimbabwe"
        if place:
            return [p.mention(Actor(_compose(place, sector), place, sector, place), "country+sector")]
        earlier = self._from_context(p.head, sector)
        if earlier:
            return [p.mention(a, "context") for a in earlier]
        if _all_parties(p.head) or _bare_sides(p.head):
            return []  # "the warring parties" the article never named are no political party
        return [p.mention(Actor(sector, "", sector, sector), "sector")]

    def _international_court(self, head: Token) -> Actor | None:
        """"The court's prosecutor" after "judges at the International Criminal Court": the
        international court, when it is the last international body the article named (before
        the place of a Hague dateline can make it a Dutch court)."""
        if head.lemma_.lower() not in ("court", "tribunal") or not any(c.lower_ == "the" for c in head.children):
            return None
        body = self._named_body(head, igo=True)
        return body if body is not None and body.code.startswith("IGOJUD") else None

    def _crowd(self, p: "_Phrase", sector: str) -> list[ActorMention] | None:
        """"Thousands marched in Belgrade", "hundreds rallied outside parliament": a number of
        people with no noun, acting, is a crowd of civilians, whose country the place or the
        article gives ("thousands of troops" is the troops', found through the "of" phrase)."""
        acting = p.head.dep_ == "nsubj" or (p.head.dep_ == "nummod" and _headline_root(p.head.head))  # "Thousands rally in ..."
        if sector or p.head.lower_ not in CROWD_NUMBERS or not acting or any(c.dep_ == "prep" for c in p.head.children):
            return None
        return self._role_alone_of(p, "CVL")

    def _referring(self, p: "_Phrase") -> list[ActorMention]:
        """A phrase that names no actor itself but refers to one: "the two countries" or a
        pronoun."""
        earlier = self._from_context(p.head, "")
        if earlier:
            return [p.mention(a, "context") for a in earlier]
        if p.head.pos_ == "PRON" and p.head.lower_ in PRONOUNS:
            found = self._antecedent(p.head)
            # "urged them": each of the parties "them" stands for; "it", "he" is one
            many = p.head.lower_ in ("they", "them", "their")
            return [p.mention(m.actor, "pronoun") for m in (found if many else found[:1])]
        if p.head.pos_ == "PRON" and p.head.lower_ in FIRST_PERSON:
            # '"We urge the junta to free them," the spokeswoman said': the speaker's side; so are
            # "us" and "our" anywhere in what is reported ('"The army shelled us," he said')
            speaker = _speaker_of_clause(p.head) or (_reporter(p.head) if p.head.lower_ in ("us", "our") else None)
            found = [m for m in self.with_conjuncts(speaker) if m.how != "pronoun"] if speaker is not None else []
            return [p.mention(m.actor, "pronoun") for m in found[:1]]
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

    def _talking_state(self, head: Token) -> set[str]:
        """The countries of a government or army that holds talks or makes a deal with the
        phrase ("the Colombian government resumed talks with the rebels in Havana"): a place
        abroad after the partner is where they met, not whose the partner is. Empty when the
        phrase is no such partner, or the one talking is a state named alone ("Russia held
        talks with the rebels in Damascus": a foreign power, and the rebels the place's)."""
        from eventwire.events.rules import load_rules  # the engine's rules import this module
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ != "with":
            return set()
        words = load_rules().venue_acts
        act = prep.head
        if act.lemma_.lower() not in words and not any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in act.children):
            return set()
        verb = act if act.pos_ in ("VERB", "AUX") else act.head
        return {m.actor.country for c in verb.children if c.dep_ == "nsubj" for m in self.at(c)
                if m.actor.country and m.actor.sector in ("GOV", "MIL")}

    def _place_country(self, head: Token) -> str:
        """"rebels in Darfur", "a newspaper based in east Beirut": the state the place is in."""
        for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in
                    ("base", "locate", "station", "headquarter", "operate")):
            found = self._place_country(acl)
            if found:
                return found
        # "the Colombian government resumed talks with the rebels in Havana": where they met
        hosts = self._talking_state(head)
        for child in head.children:
            # "rebels in Darfur", "the mayor of Denver", "a Texas state senator", "Karachi police"
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "throughout", "across", "inside"):
                if _charge(child):
                    continue  # "accused the president of abandoning Kyiv": a charge, not a place
                for tok in child.subtree:
                    found = self.country_at(tok.i)
                    if found and not (child.lower_ == "in" and hosts and found[0] not in hosts):
                        return found[0]
            elif child.dep_ in ("compound", "poss", "nmod", "amod") and child.i < head.i:
                # "the Kursk region governor": the place may modify a word before the head
                for tok in [child, *(c for c in child.lefts if c.dep_ == "compound")]:
                    found = self.country_at(tok.i, modifier=True) if tok.dep_ != "amod" or self._named_modifier(tok) else None
                    if found:
                        return found[0]
        return ""

    def _from_context(self, head: Token, sector: str) -> list[Actor]:
        """Actors a definite phrase refers back to: a group ("the two countries", "both sides")
        or "the ministry" / "the army" (the last actor of a country in that role, named in an
        earlier sentence). "A ministry" refers to nothing."""
        if _all_parties(head):
            # "urged all parties to exercise restraint": the sides of the fight the article told
            # (no political party, and none at all when the article told of none)
            context = self.context if self.context is not None else ArticleContext()
            acting = self._acting_countries(head)
            return context.last_adversaries(exclude=acting) or context.last_parties(2, exclude=acting)
        if _epithet(head):
            return self._one_state(head)
        if not any(c.dep_ in ("det", "poss", "nummod", "predet") and c.lower_ in DEFINITE for c in head.children):
            return []
        if _is_group(head):
            return self._group(head)
        if head.lemma_.lower() in MEDIATOR_NOUNS and self.context is not None and self.context.mediators:
            return list(self.context.mediators)  # "the mediators" after "Qatar and Egypt hosted talks between ..."
        if head.lower_ in BODY_NOUNS | ORG_NOUNS or (head.lower_ == "body" and any(c.lower_ == "world" for c in head.children)):
            # "The European Union is weighing new measures. The bloc raised tariffs ...", "An EU
            # diplomat said the bloc would ...": the last international organisation named
            body = self._named_body(head, igo=head.lower_ not in ORG_NOUNS)
            return [body] if body is not None else []
        if self.context is not None and head.tag_ == "NNS" and head.lemma_.lower() in MEMBER_NOUNS:
            # "EU foreign ministers met ... The ministers imposed sanctions": the body whose members
            # the last sentence's subject was
            last = next((a for a, _ in reversed(self.context.subjects)), None)
            if last is not None and last.code.startswith("IGO"):
                return [last]
        if self.context is not None and sector == "GOV" and head.lemma_.lower() in ("junta", "regime") \
                and self.context.with_title(head.lower_) is None:
            # "Mali expelled the French ambassador. The junta accused Paris ...": the state the
            # article has been telling of, not the last official named (the ambassador)
            # ("Mali expelled the envoy, a week after France criticised the junta": a subject
            # earlier in the same sentence, not the one acting on the junta)
            verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            # "In Niamey, the junta expelled ...": a junta rules where it acts, whatever state
            # an article filed from a neighbour's capital named last
            seat = self._seat_of_act(verb) if head.dep_ == "nsubj" else ""
            if seat:
                return [Actor(seat + "GOV", seat, "GOV", seat)]
            doers = {m.actor.country for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"
                     for m in self.at(c)}
            here = [m.actor for t in self.doc[:head.i] if t.dep_ == "nsubj" for m in self.at(t)
                    if m.actor.country and m.actor.country not in doers and m.actor.sector in ("", "GOV", "MIL")]
            state = next((a.country for a in reversed(here)), "") or next(
                (a.country for a, _ in reversed(self.context.subjects) if a.country and a.sector in ("", "GOV", "MIL")), "")
            if state:
                return [Actor(state + "GOV", state, "GOV", state)]
        # "the militants" after "al-Shabaab fighters": an armed group is named, then referred to
        if self.context is not None and sector and (head.tag_ in ("NN", "NNP") or sector == "REB"):
            if sector in ("GOV", "MIL") and any(_calls_enemy(t) for t in head.sent if t.i != head.i):
                # "the general staff said the enemy shelled Kupiansk": the body telling of "the
                # enemy" is its foe, whichever side the article named last (the completion finds it)
                return []
            # "the emir" is the emir named before, whoever else of that role came since
            earlier = (self.context.with_title(head.lower_) if head.tag_ == "NN" else None) or \
                self.context.with_sector(sector)
            return [earlier] if earlier is not None else []
        return []

    def _seat_of_act(self, verb: Token | None) -> str:
        """The state of the place an act is said to happen in ("in Bamako", opening or closing the
        clause); none for talks and visits, which are held abroad as often as at home."""
        from eventwire.events.rules import load_rules  # the engine's rules import this module
        rules = load_rules()
        away = rules.venue_acts | rules.meeting_verbs
        if verb is None or any(t.lemma_.lower() in away for t in (verb, *verb.children) if t is verb or t.dep_ == "dobj"):
            return ""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for tok in prep.subtree:
                found = self.country_at(tok.i) if tok.dep_ == "pobj" else None
                if found:
                    return found[0]
        return ""

    def _one_state(self, head: Token) -> list[Actor]:
        """The state an epithet ("the country", "the Pacific nation") refers back to."""
        # "Ukraine's foreign minister said Russia had attacked the country's ports": the
        # reporter's state owns what its report says was attacked
        speaker = _speaker_of_clause(head) or (_reporter(head) if head.dep_ == "poss" else None)
        spoken = [m.actor for m in self.with_conjuncts(speaker)] if speaker is not None else []
        if spoken and all(a.country for a in spoken):
            # "Saudi Arabia said the kingdom supported talks": the speaker's own state
            return [Actor(a.country, a.country, "", a.country) for a in spoken[:1]]
        # "after the Pacific nation signed ...": the last country named, not the one acting on
        # it; opening a sentence ("The country also pledged ..."), the last sentence's subject
        context = self.context if self.context is not None else ArticleContext()
        before, acting = self._countries_before(head), self._acting_countries(head)
        topic = next((a.country for a, _ in reversed(context.subjects) if a.country), "") if not before else ""
        found = [topic] if topic and topic not in acting else context.last_countries(1, also=before, exclude=acting)
        return [Actor(cc, cc, "", cc) for cc in found]

    def _named_body(self, head: Token, igo: bool) -> Actor | None:
        """The organisation named last before `head`, in its sentence or an earlier one: an
        international one for "the bloc", a non-state one for "the group"."""
        def fits(a: Actor) -> bool:
            # a news agency the article quotes ("told Reuters") is no group it tells of
            return a.code.startswith("IGO") if igo else not a.code.startswith("IGO") and \
                a.sector not in STATE_BODY_SECTORS | {"MED"}

        for tok in reversed(self.doc[:head.i]):
            orgs = [x for x in self.hits[tok.i][2] if x.kind == "organization"] if tok.i in self.hits else []
            entry = choose(orgs, self.day) if orgs else None
            # an armed group that became a government is still "the movement" (the Taliban)
            if entry is not None and (fits(entry.actor_on(self.day)) or (not igo and entry.roles)):
                return entry.actor_on(self.day)
        earlier = self.context.actors if self.context is not None else []
        return next((a for a, how in reversed(earlier) if fits(a) and (igo or how == "organization")), None)

    def _group(self, head: Token) -> list[Actor]:
        """The parties a group phrase stands for: the last two (or three, ...) countries named before it,
        leaving out whoever acts on the group ("Kenya urged both sides"), each in the group's
        role; for "both sides" and "the warring parties", else the last two parties named."""
        lemma = head.lemma_.lower()
        role = GROUP_NOUNS[lemma]
        acting = self._acting_countries(head)
        context = self.context if self.context is not None else ArticleContext()
        size = next((GROUP_SIZES[c.lower_] for c in head.children if c.lower_ in GROUP_SIZES), 2)
        before = self._countries_before(head)
        if size == 2:
            sides = _as_sides(self._between_before(head, acting), lemma, role)
            if sides:
                return sides
        if size == 2 and len(set(before) - acting) < 2:
            sides = self._last_sides(lemma, role, context, acting)
            if sides:
                return sides
        # "Modi and the emir agreed ..., India's ministry said after the two leaders held talks":
        # when leaving out whoever speaks leaves too few, the speaker's state is one of them
        found = context.last_countries(size, also=before, exclude=acting) or (
            before[-size:] if len(before) >= size and len(set(before) - acting) == size - 1 else [])
        if found:
            return [Actor(_compose(cc, role), cc, role, cc) for cc in found]
        return context.last_parties(size, exclude=acting) if lemma in PARTY_NOUNS else []

    @staticmethod
    def _last_sides(lemma: str, role: str, context: ArticleContext, acting: set[str]) -> list[Actor]:
        """The two parties of the latest act between two of them ("both sides" of the fight,
        "the two delegations" of the talks), leaving out whoever acts on them; the mediator or
        host of that act is none of them. A group of states in one role ("the two governments")
        needs two states."""
        return _as_sides(context.last_pair(exclude=acting), lemma, role)

    def _between_before(self, head: Token, acting: set[str]) -> list[Actor]:
        """The two parties of the nearest "between A and B" before `head` in its sentence ("Qatar,
        which has mediated between Israel and Hamas, urged both sides ..."), else after it ("...
        after clashes between Israel and Hamas"): the sentence says whom its group phrase means
        before the article does. Whoever acts on them is none."""
        sent = head.sent
        for tok in [*reversed(self.doc[sent.start:head.i]), *self.doc[head.i + 1:sent.end]]:
            if tok.lower_ != "between" or tok.dep_ != "prep":
                continue
            found = {m.actor.code: m.actor for p in tok.children if p.dep_ == "pobj" for m in self.with_conjuncts(p)
                     if m.actor.country not in acting}
            return list(found.values()) if len(found) == 2 else []
        return []

    def _countries_before(self, head: Token) -> list[str]:
        """Countries this sentence names as parties before `head`, most recent last."""
        out: list[str] = []
        for i in sorted(self.hits):
            if i >= head.i:
                break
            if _locative(self.doc[i]):
                continue
            for x in self.hits[i][2]:
                if x.kind in ("country", "adjective") and x.country:
                    out = [cc for cc in out if cc != x.country] + [x.country]
        return out

    def _acting_countries(self, head: Token) -> set[str]:
        """Countries of the subjects of the clauses above `head` ("Kenya urged both sides", "China
        said the two governments must …"). A coordinated clause ends the walk: its subject acts
        in another clause ("X and Y clashed, and the two armies later agreed")."""
        out: set[str] = set()
        node = head
        while node.head.i != node.i and node.dep_ != "conj":
            node = node.head
            for subj in node.children:
                if subj.dep_ not in ("nsubj", "nsubjpass") or subj.left_edge.i <= head.i <= subj.right_edge.i:
                    continue
                if subj.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                    subj = node.head  # "Russia, which brokered a truce between the two countries"
                out |= {m.actor.country for m in self.with_conjuncts(subj) if m.actor.country}
        return out

    def _antecedent(self, pron: Token) -> list[ActorMention]:
        """Within the sentence. "it"/"its" is the nearest state or body named before it
        ("a reminder to Iraq that it must …"); other pronouns the subject of the nearest clause
        above them ("Syria says it is willing…", "the minister said he …")."""
        if pron.lower_ in ("it", "its"):
            return self._antecedent_of_it(pron)
        if pron.lower_ in ("them", "him", "her") and pron.dep_ in ("dobj", "dative", "pobj"):
            # "expelled three diplomats, accusing them of ...", "summoned the ambassador and accused him"
            found = self._object_antecedent(pron, plural=pron.lower_ == "them")
            if found:
                return found
        found = self._subject_above(pron)
        if found and pron.lower_ in ("his", "her") and pron.dep_ == "poss" and pron.head.dep_ == "dobj":
            # "Takaichi proposed a summit, but North Korea rejected her proposal": a state is no
            # "her"; the person named before it is
            subj = next((c for c in pron.head.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and (_no_one_person(subj, found, self.doc) or all(m.how in NO_PERSON for m in found)):
                own = {m.actor.country for m in found}
                people = [m for t in reversed(self.doc[:pron.i]) if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
                          for m in self.at(t) if m.how == "person" and m.actor.country not in own]
                found = people[:1] or self._earlier(pron, person=True)
        if not found and pron.lower_ in ("he", "she", "him", "her", "his") and pron.i == _first_word(self.doc):
            # "He also said …" opening a sentence: the person the article last named
            return self._earlier(pron, person=True)
        return found

    def _antecedent_of_it(self, pron: Token) -> list[ActorMention]:
        """"it"/"its": the thing a participle of speech answers (no one), the owner of territory
        a subordinate clause says was violated, the speaker, the main clause's subject, else the
        nearest state or body named before it."""
        if pron.lower_ == "it" and _the_thing_answered(pron):
            return []
        owner = _territory_owner(pron)
        if owner is not None:
            # "Poland shot down a Russian drone that entered its airspace": no one intrudes on
            # their own territory; the clause above names whose it is
            found = [m for m in self.with_conjuncts(owner) if m.how not in ("person", "pronoun", "sector")]
            if found:
                return found
        # "The army said its forces had killed ...": the reported subject's "its" is the speaker's
        owned = pron.head if pron.dep_ == "poss" else None
        speaker = _speaker_of_clause(pron) or (_speaker_of_clause(owned) if owned is not None else None) \
            or _reported_subject(pron) or (_speaker_over_many(pron) if owned is not None else None)
        if speaker is not None and speaker.tag_ in ("NNS", "NNPS"):
            speaker = None  # "Eritrea massed troops along its border, diplomats said": plural, no "it"
        if speaker is not None:  # "Kenya told the UN it cannot ...": the one who speaks
            found = [m for m in self.with_conjuncts(speaker) if m.how not in ("person", "pronoun")]
            if not found and speaker.lower_ == "it" and speaker.i != pron.i:
                found = self._antecedent(speaker)  # "..., and it said it would respond"
            if found:
                return found
        if pron.dep_ == "dobj" and pron.head.dep_ == "conj":
            # "accused Rwanda of backing the M23 and urged it to withdraw": the object of the
            # verb it is coordinated with, not the last name in that verb's phrase
            earlier = [m for c in pron.head.head.children if c.dep_ == "dobj"
                       for m in self.with_conjuncts(c) if m.how not in ("person", "pronoun", "sector")]
            if earlier:
                return earlier
        main = pron.head.head if pron.head.dep_ == "conj" else _clause_verb(pron.head.head) \
            if pron.head.dep_ == "relcl" and pron.head.head.dep_ in ("dobj", "pobj") else None
        if pron.dep_ == "nsubj" and main is not None:
            # "Cambodia withdrew its ambassador from Bangkok, and it banned ...", "expelled a
            # Belarusian diplomat whom it accused of spying": the main clause's subject, not
            # the last name before the pronoun
            first = [c for c in main.children if c.dep_ == "nsubj"]
            found = [m for c in first for m in self.with_conjuncts(c) if m.how not in ("person", "pronoun", "sector")]
            if found:
                return found
        for tok in reversed(self.doc[:pron.i]):
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod", "nmod"):
                found = [m for m in self.at(tok) if m.how not in ("person", "pronoun", "sector")]
                if found:
                    return found
        return self._earlier(pron, person=False)

    def _subject_above(self, pron: Token) -> list[ActorMention]:
        """The subject of the nearest clause above a personal pronoun ("the minister said he ...")."""
        node = pron
        for _ in range(8):
            if node.head.i == node.i:
                break
            child, node = node, node.head
            for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.i in {t.i for t in child.subtree} or subj.i == pron.i:
                    continue
                if _across_quote(pron, subj):
                    # '"They are shelling our towns," the spokesman said': in their own words a
                    # speaker is "I" or "we", never "they" or "he"
                    continue
                warned = [c for c in node.children if c.dep_ in ("dobj", "dative") and c.tag_ in ("NNS", "NNPS")]
                if pron.lower_ == "they" and subj.tag_ in ("NN", "NNP") and not _conjuncts(subj) and warned:
                    # "the president warned protesters that they would be arrested": one person
                    # is no "they"; the plural object is
                    subj = warned[0]
                found = [m for m in self.with_conjuncts(subj) if m.how != "pronoun"]
                if found and pron.lower_ in ("he", "she") and _no_one_person(subj, found, self.doc):
                    # "Latvia expelled the Russian journalist after he insulted Estonia", "police
                    # detained a priest after he criticised the president": a state or a body is no
                    # "he"; the person the clause above acted on is
                    acted_on = [m for c in node.children if c.dep_ == "dobj" and c.tag_ in ("NN", "NNP")
                                for m in self.with_conjuncts(c) if m.how != "pronoun"]
                    found = acted_on if acted_on or subj.pos_ == "PROPN" else found
                if found:
                    return found
        return []

    def _object_antecedent(self, pron: Token, plural: bool = True) -> list[ActorMention]:
        """"Them" ("him", "her") as an object: the nearest plural (singular) actor before it
        that is not who acts on them."""
        # who acts on them: the subjects of the clauses above, up to a reported clause ("Vucic said
        # the premier had refused to meet him": the one who reports may be "him")
        actors: set[int] = set()
        node = pron
        while node.head.i != node.i and node.dep_ not in ("ccomp", "parataxis"):
            node = node.head
            actors |= {t.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        tags = ("NNS", "NNPS") if plural else ("NN", "NNP")
        for tok in reversed(self.doc[:pron.i]):
            # "spoke with Sharif and Jaishankar and urged them": coordinated names are plural too
            many = plural and any(c.dep_ == "conj" for c in tok.children)
            if (tok.tag_ in tags or many) and tok.dep_ not in ("compound", "amod", "nmod", "conj") and tok.i not in actors:
                found = [m for m in self.with_conjuncts(tok) if m.how != "pronoun"]
                if found:
                    return found
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
        or a leader belongs to the body named before it: a "police spokesman" is police, a
        "militia leader" a militia's, not government."""
        best, best_defers = "", False
        for (start, end), ents in sorted(phrases.items()):
            rank = self.doc[start:end].text.lower() in DEFERRING_ROLES
            for x in ents:
                if x.kind == "sector" or (metonyms and x.kind == "metonym" and x.sector):
                    defers = x.kind == "sector" and (x.name.startswith("spokes") or rank)
                    if defers and best and not best_defers:
                        continue
                    best, best_defers = x.sector, defers
        if best == "PTY" and any(x.kind == "sector" and x.sector == "OPP" for ents in phrases.values() for x in ents):
            return "OPP"  # "the opposition Akhali party", "opposition candidate": the opposition
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
            if child.dep_ == "poss" and child.lower_ in ("our", "my"):
                # '"Our forces will strike back," the Iranian minister said': the speaker's side
                speaker = _speaker_of_clause(head)
                found = [m for m in self.with_conjuncts(speaker) if m.how != "pronoun" and m.actor.country] \
                    if speaker is not None else []
                if found:  # the country alone: the phrase says which of its bodies ("our army")
                    m = found[0]
                    return [replace(m, actor=Actor(m.actor.country, m.actor.country, "", m.actor.country))]
            if child.dep_ == "poss" and child.i not in self.hits and child.i != head.i:
                found = self.at(child)
                if found:
                    return found
            # "a spokesman for the foreign ministry": a person who speaks or acts for a body
            if child.dep_ == "prep" and (child.lower_ in OF_PREPS or (child.lower_ == "for" and head.lower_ in AGENT_ROLES)) \
                    and not _charge(child):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # ("stripped opposition lawmakers of their mandates": a thing that is only
                        # someone's, by a possessive pronoun, is no owner of the phrase)
                        theirs = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in pobj.children) \
                            and pobj.i not in self.hits and pobj.lemma_.lower() not in KIN_GROUPS
                        # (people are: "thousands of his supporters", "members of his family")
                        found = self.with_conjuncts(pobj) if pobj.i != head.i and not theirs else []
                        if found:
                            return found
        for pobj in (o for c in head.children if c.dep_ == "prep" and c.lower_ == "at" for o in c.children if o.dep_ == "pobj"):
            # "judges at the International Criminal Court", "inspectors at the IAEA": the
            # organisation's own people (a state's envoy "at the UN" names the state first)
            found = [m for m in self.with_conjuncts(pobj) if m.actor.code.startswith("IGO")]
            if found:
                return found
        if self.ner_fallback and head.pos_ == "PROPN":
            for child in head.children:
                if child.dep_ == "appos":
                    found = self.at(child)
                    if found:
                        return found
        return []


def _epithet(head: Token) -> bool:
    """"the country", "the Pacific nation", and after a region's possessive with a superlative,
    "Africa's most populous nation": a phrase that refers back to one state."""
    if head.lemma_.lower() not in ONE_STATE_NOUNS or head.tag_ != "NN":
        return False
    if any(c.lower_ == "the" for c in head.children):
        return True
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return owner is not None and owner.ent_type_ == "LOC" and any(
        c.tag_ in ("JJS", "RBS") or any(g.tag_ == "RBS" for g in c.children) for c in head.children)


def _charge(prep: Token) -> bool:
    """"accused the prime minister of failing Ukraine": an "of" phrase telling a deed (a gerund) is
    what the person is charged with, not whose the person is."""
    if prep.lower_ != "of" or prep.i + 1 >= len(prep.doc):
        return False
    deed = prep.doc[prep.i + 1]  # "of abandoning Kyiv", not "of protesters seeking justice"
    return deed.tag_ == "VBG" and (deed.head == prep or deed.head.head == prep)


def _no_one_person(subj: Token, found: list[ActorMention], doc: Doc) -> bool:
    """Whether a subject cannot be "he" or "she": a state by name, or a plural or collective noun
    ("police", "the soldiers", "the ministry") that is no one person's role."""
    if all(m.actor.code == m.actor.country and doc[m.head].pos_ == "PROPN" for m in found):
        return True
    return subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON" and all(m.how != "person" for m in found) \
        and (subj.tag_ in ("NNS", "NNPS") or (subj.tag_ == "NN" and subj.lemma_.lower() not in PERSON_ROLES))


def _name_head(tok: Token) -> Token:
    """The last word of the proper name `tok` begins or continues ("Novi" -> "Sad")."""
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def _whole_name(tok: Token) -> tuple[int, int]:
    """(start, end) of the run of proper nouns compounded onto one head that `tok` is in,
    whatever the model tagged its words ("Dera Ismail Khan")."""
    doc = tok.doc
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN" \
            and all(doc[k].pos_ == "PROPN" for k in range(head.i, head.head.i + 1)):
        head = head.head
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i <= head.i:
        start -= 1
    return start, head.i + 1


def _name_run(tok: Token) -> tuple[int, int]:
    """(start, end) of the untagged proper name `tok` is a word of: its compounds before its head."""
    head = _name_head(tok)
    start = head.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == start \
            and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].ent_type_ == "":
        start -= 1
    return start, head.i + 1


def _many_states() -> frozenset[str]:
    from eventwire.events.rules import load_rules  # the engine's rules import this module

    return load_rules().many_states_words


def _speaker_of_clause(pron: Token) -> Token | None:
    """The subject of the verb of speech whose reported clause the pronoun is the subject of."""
    from eventwire.events.rules import load_rules  # the engine's one speech-verb list (imports actors)

    clause = pron.head
    if pron.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in load_rules().speech_verbs:
        return None
    verb = clause.head
    for _ in range(4):  # "Germany condemned Russia and said it would ...": the subject "said" shares
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def _clause_verb(noun: Token) -> Token:
    """The verb whose clause holds an object noun: "expelled [a diplomat]", and through the
    phrases it sits in, "launched a campaign against [the Houthis]" (else the noun's head)."""
    node = noun.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def _territory_owner(pron: Token) -> Token | None:
    """The subject of the clause above a subordinate one whose own subject violates "its"
    territory: "after a Russian jet violated its airspace", "a drone that entered its airspace"."""
    if pron.lower_ != "its" or pron.dep_ != "poss" or pron.head.lemma_.lower() not in TERRITORY_NOUNS:
        return None
    verb = pron.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    local = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if local is None or verb.dep_ not in ("advcl", "relcl"):
        return None
    main = verb.head if verb.dep_ == "advcl" else verb_of_noun(verb.head)
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None) if main is not None else None
    return subject if subject is not None and subject.i != local.i else None


def verb_of_noun(noun: Token) -> Token | None:
    """The verb a noun phrase hangs on (its object's or subject's verb)."""
    node = noun
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _the_thing_answered(pron: Token) -> bool:
    """"Qatar criticised the move, saying it undermined peace efforts": "it" in what a participle
    of speech reports, told as done, is the thing the main verb answered, not the speaker ("...,
    saying it would respond" is the speaker's own intent)."""
    clause = pron.head
    say = clause.head
    intent = any(a.dep_ == "aux" and a.lower_ in INTENT_AUX for a in clause.children)
    return pron.dep_ == "nsubj" and clause.dep_ == "ccomp" and say.tag_ == "VBG" and say.dep_ in ("advcl", "xcomp") \
        and not intent and any(o.dep_ == "dobj" and o.pos_ == "NOUN" for o in say.head.children)


def _reporter(tok: Token) -> Token | None:
    """The subject of the verb of speech whose reported clause holds `tok`, before or after it
    ("X said Y had attacked ...", "... Y struck ..., X said")."""
    from eventwire.events.rules import load_rules  # the engine's one speech-verb list (imports actors)

    speech = load_rules().speech_verbs
    node = tok
    for _ in range(10):
        if node.head.i == node.i:
            break
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in speech:
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        if node.dep_ == "ROOT":
            break
        node = node.head
    said = next((c for c in node.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in speech), None)
    return next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None


def _speaker_over_many(pron: Token) -> Token | None:
    """"The ministry said Armenian troops had fired on its positions": "its" in a reported clause
    whose subject is plural (troops, police) cannot be that subject's; it is the speaker's."""
    from eventwire.events.rules import load_rules  # the engine's one speech-verb list (imports actors)

    node = pron
    while node.dep_ != "ccomp" or node.head.lemma_.lower() not in load_rules().speech_verbs:
        if node.head.i == node.i:
            return None
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Estonia said a Russian jet had violated its airspace": no one violates their own territory
    territory = pron.dep_ == "poss" and pron.head.lemma_.lower() in TERRITORY_NOUNS and subject is not None \
        and pron.head.i > subject.i
    attacked = subject is not None and _attacked_possession(pron, node, subject)
    if subject is None or not (subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "police" or territory or attacked):
        return None
    return next((c for c in node.head.children if c.dep_ == "nsubj"), None)


def _partitive(head: Token) -> Token | None:
    """The "of" object of a number or quantifier that heads its phrase: "one of its posts", "two
    of the Indian soldiers", "several of the ships"."""
    if not (head.lower_ in PARTS or (head.tag_ == "CD" and head.lower_ not in CROWD_NUMBERS)):
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def _attacked_possession(pron: Token, verb: Token, subject: Token) -> bool:
    """Whether "its" owns what a reported attack was aimed at: "Iran said Israel had attacked its
    consulate", "... had rammed one of its ships", "... had fired on its posts". No one attacks
    their own, so it is the reporter's. The owned thing is in the verb's own phrase (no other
    verb between), after the subject; firing is aimed by "at" or "on", not by an object ("fired
    its missiles" are the subject's)."""
    from eventwire.events.rules import load_rules  # the engine's word lists (the events package imports actors)

    if pron.dep_ != "poss" or pron.head.i < subject.i or any(c.lower_ == "own" for c in pron.head.children):
        return False
    path, node = [], pron.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i or len(path) > 4:
            return False
        path.append(node)
        node = node.head
    rules, lemma = load_rules(), verb.lemma_.lower()
    aimed = any(t.dep_ == "prep" and t.lower_ in ("at", "on", "upon") for t in path)
    return lemma in rules.attacking_verbs or (lemma in rules.firing_verbs and aimed)


def _reported_subject(pron: Token) -> Token | None:
    """"Algeria will respond ..., its army chief said": the "its" of a reporting clause that follows
    what it reports is the reported clause's subject, not the nearest state named in it."""
    from eventwire.events.rules import load_rules  # the engine's one speech-verb list (imports actors)

    holder, verb = pron.head, pron.head.head
    if pron.lower_ != "its" or pron.dep_ != "poss" or holder.dep_ != "nsubj" \
            or verb.lemma_.lower() not in load_rules().speech_verbs:
        return None
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < holder.i]
    if not reported and verb.dep_ == "parataxis" and verb.head.i < holder.i:
        reported = [verb.head]  # "Russia expelled two diplomats, its foreign minister said": the parser's other reading
    return next((s for c in reported[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)


def _headline_root(tok: Token) -> bool:
    """A headline's verb the tagger took for a noun heading a line with no verb ("Thousands rally in
    Belgrade"): the test of events.syntax.headline_verb, which the actor layer cannot import (the
    events package imports this module)."""
    return tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and not any(t.pos_ in ("VERB", "AUX") for t in tok.doc)


def _market_subject(head: Token) -> bool:
    return head.dep_ in ("nsubj", "nsubjpass") and head.lower_ in ECONOMY_NOUNS


def _as_sides(sides: list[Actor], lemma: str, role: str) -> list[Actor]:
    """Two parties as a group noun names them: as they are for "both sides" and "the warring
    parties"; in the noun's role for a group of states ("the two governments" needs two states)."""
    if not sides or lemma in PARTY_NOUNS:
        return sides
    states = [a for a in sides if a.country and a.sector in STATE_ROLES]
    if lemma in SPEAKING_FOR_ANY_SIDE:  # "the two delegations" of a government and its rebels
        return [Actor(_compose(a.country, role), a.country, role, a.country) if a in states else a for a in sides]
    if len({a.country for a in states}) == 2:
        return [Actor(_compose(a.country, role), a.country, role, a.country) for a in states]
    return []


def _all_parties(head: Token) -> bool:
    """"all parties", "all sides", "all the parties concerned"."""
    return head.lemma_.lower() in PARTY_NOUNS and head.tag_ == "NNS" and any(
        c.lower_ == "all" for c in head.children if c.dep_ in ("det", "predet", "amod"))


def _bare_sides(head: Token) -> bool:
    """"the warring parties", "both sides": the sides of a fight ("three opposition parties" are
    parties of their own)."""
    return _is_group(head) and head.lemma_.lower() in PARTY_NOUNS and not any(
        c.dep_ in ("compound", "amod", "appos") and c.lower_ not in GROUP_MARKERS for c in head.children)


def _is_group(head: Token) -> bool:
    """"the two countries", "both sides", "the warring parties": a plural group noun so marked."""
    return head.lemma_.lower() in GROUP_NOUNS and head.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in GROUP_MARKERS or c.lower_ in GROUP_SIZES for c in head.children)


def _in_water_name(tok: Token) -> bool:
    """"China" in "the East China Sea", "Oman" in "the Gulf of Oman"."""
    head = tok
    while head.dep_ in ("compound", "flat", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return head is not tok and head.lower_ in WATER_NAMES and head.text[:1].isupper()


def _broker(tok: Token) -> bool:
    """Whether a word names the agent of a participle on a noun ("a deal brokered by Turkey",
    "talks mediated by Qatar")."""
    while tok.dep_ in ("compound", "amod", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ == "acl"


def _calls_enemy(tok: Token) -> bool:
    """Whether a word is a war story's name for a side ("the enemy", "the occupiers", "an enemy
    command post")."""
    return tok.lemma_.lower() in WAR_SIDE_NOUNS and (tok.dep_ in ("compound", "amod", "nmod") or any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def _locative(tok: Token) -> bool:
    """Whether a word is inside the object of a place preposition ("in Ethiopia", "in Sudan's
    Darfur region", "in Kenya and Uganda")."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _first_word(doc: Doc) -> int:
    return next((t.i for t in doc if not t.is_punct and not t.is_space), 0)


def _same(a: Token | None, b: Token) -> bool:
    """Whether two tokens are one (spaCy makes a new Token object on every access, so `is` fails)."""
    return a is not None and a.i == b.i


def _conjuncts(head: Token) -> list[Token]:
    """The phrases coordinated with `head`; and a list the parser read as an apposition: in "The
    United States, Saudi Arabia, Qatar and Egypt" the second member hangs as an appositive that
    the others are coordinated with."""
    out = []
    stack = [c for c in head.children if c.dep_ == "conj"]
    stack += [a for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"
              and any(x.dep_ == "conj" for x in a.children) and any(k.dep_ == "cc" for k in a.subtree)]
    while stack:
        c = stack.pop(0)
        if c.i + 1 < len(c.doc) and _same(_glued_modifier(c.doc[c.i + 1]), c):
            stack.extend(x for x in c.children if x.dep_ == "conj")
            continue  # a modifier of the next conjunct, not a party of its own
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


def _one_war(mentions: list[ActorMention]) -> list[ActorMention]:
    """"The rebels and the government exchanged prisoners": a government referred back to
    ("the government") beside a country's rebels is that country's, not the last one named."""
    rebels = {m.actor.country for m in mentions if m.actor.sector == "REB" and m.actor.country}
    if len(rebels) != 1:
        return mentions
    cc = next(iter(rebels))
    return [ActorMention(Actor(cc + "GOV", cc, "GOV", m.actor.name), m.span, m.sentence, m.head, m.how)
            if m.how == "context" and m.actor.sector == "GOV" and m.actor.country not in ("", cc) else m
            for m in mentions]


"""What an article has said so far, so a later sentence's "the two countries", "both sides" or "it"
resolves."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.types import PEOPLE, Actor, ActorMention

# Roles in which a state acts as itself: its government, forces and institutions are one party.
STATE_ROLES = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass
class ArticleContext:
    """Actors the article has named, most recent last. Sentences are coded in article order,
    each adding what it named; a sentence reads only what came before it."""

    countries: list[str] = field(default_factory=list)  # ISO3, most recent last, unique
    actors: list[tuple[Actor, str]] = field(default_factory=list)  # (actor, how), most recent last
    subjects: list[tuple[Actor, str]] = field(default_factory=list)  # the same, for sentence subjects
    # people the dictionaries do not know, by the surname the article introduced them with
    people: dict[str, Actor] = field(default_factory=dict)
    # surnames of people named in full whom no dictionary knows: "Katz" after "Jonah Katz" is him
    strangers: set[str] = field(default_factory=set)
    # (source, target) of the hostile acts coded so far, most recent last: "both sides" are a fight's
    adversaries: list[tuple[Actor, Actor]] = field(default_factory=list)
    # the two parties of the latest acts between two of them, cooperative or hostile, most
    # recent last: "the two sides" after talks are the negotiators, not the mediator
    pairs: list[tuple[Actor, Actor]] = field(default_factory=list)
    # who mediated or hosted the latest act between two parties: "the mediators" later
    mediators: list[Actor] = field(default_factory=list)
    # (actor, the lower-case words of the phrase that named it), most recent last: "the emir"
    titled: list[tuple[Actor, frozenset[str]]] = field(default_factory=list)

    def note(self, countries: list[str], mentions: list[ActorMention], subjects: list[ActorMention]) -> None:
        """Add what a sentence named. A country named only as a place ("talks in Ethiopia") is
        not one of the parties that "the two sides" can mean."""
        places = {m.actor.country for m in mentions if m.how == "place"} - {
            m.actor.country for m in mentions if m.how != "place"}
        # a state's leader stands for it: "Lula met Xi Jinping ... The two countries signed"
        leaders = [m.actor.country for m in mentions
                   if m.how in PEOPLE and m.actor.country and m.actor.sector in STATE_ROLES - {""}]
        for cc in list(countries) + [cc for cc in leaders if cc not in countries]:
            if cc in places:
                continue
            if cc in self.countries:
                self.countries.remove(cc)
            self.countries.append(cc)
        for m in mentions:
            if m.how not in ("pronoun", "context", "place", "sector") and m.actor.country and m.span is not None:
                self.titled.append((m.actor, frozenset(m.span.text.lower().split())))
        del self.titled[:-50]
        for store, found in ((self.actors, mentions), (self.subjects, subjects)):
            for m in found:
                if m.how in ("pronoun", "context", "place") or not m.actor.code:
                    continue
                # one entry per actor, but a person stays apart from their body: "Abdelatty said
                # Cairo was ready" leaves Abdelatty the last person named, for a later "He"
                person = m.how in PEOPLE
                store[:] = [(a, h) for a, h in store if a.code != m.actor.code or (h in PEOPLE) != person] \
                    + [(m.actor, m.how)]
            del store[:-50]

    def note_hostile(self, pairs: list[tuple[str, str]]) -> None:
        """Add the (source, target) codes of a sentence's conflict events, as the actors noted. A
        state struck only at its places ("Azerbaijani artillery shelled Kapan") is a side of the
        fight, though named only as a place."""
        self.adversaries = self._with_pairs(self.adversaries, pairs, places=True)

    def note_pairs(self, acts: list[tuple[str, str, str]], between: tuple[str, ...], pairing: tuple[str, ...]) -> None:
        """Add the parties of a sentence's acts between two of them, from (source, target, code):
        acts whose code begins with one of `pairing`. An act whose code begins with one of
        `between` (mediating, hosting) pairs the parties it was done for, not its doer with
        each: "Egypt mediated between Israel and Hamas" pairs Israel and Hamas."""
        found: list[tuple[str, str]] = []
        doers: list[str] = []
        for doer in dict.fromkeys(src for src, _, code in acts if code.startswith(between)):
            served = list(dict.fromkeys(t for src, t, code in acts if src == doer and t and code.startswith(between)))
            if len(served) == 2:
                found.append((served[0], served[1]))
                doers.append(doer)
        known = {a.code: a for a, _ in self.actors}
        mediators = [a for d in doers if (a := known.get(d) or self._state_actor(d)) is not None]
        if mediators:
            self.mediators = mediators
        found += [(src, t) for src, t, code in acts if code.startswith(pairing) and not code.startswith(between)]
        self.pairs = self._with_pairs(self.pairs, found)

    def _with_pairs(self, store: list[tuple[Actor, Actor]], pairs: list[tuple[str, str]],
                    places: bool = False) -> list[tuple[Actor, Actor]]:
        """`store` with the (source, target) codes added as the actors noted, one entry per two
        parties, the latest last, at most 20; with `places`, a target that is a state the
        article named only as a place is one too."""
        known = {a.code: a for a, _ in self.actors}
        out = list(store)
        for source, target in pairs:
            b = known.get(target) or self._state_actor(target) or (
                Actor(target, target, "", target) if places and len(target) == 3 and target.isalpha() and target.isupper() else None)
            a = known.get(source) or self._state_actor(source)
            a, b = _home_side(a, b), _home_side(b, a)
            if a is not None and b is not None and _named(a) and _named(b) and party(a.code) != party(b.code):
                out = [p for p in out if {party(p[0].code), party(p[1].code)} != {party(a.code), party(b.code)}]
                out.append((a, b))
        return out[-20:]

    def last_pair(self, exclude: set[str] = frozenset()) -> list[Actor]:
        """The two parties of the latest act between two of them, neither of them one of
        `exclude` (who acts on them): "the two delegations agreed to meet again"."""
        return _latest(self.pairs, exclude)

    def _state_actor(self, code: str) -> Actor | None:
        """A code of a state the article named ("LBN", "ISRMIL"), as an actor; None for a bare role.
        A state named only through a group of its own ("SPLM-IO fighters" for South Sudan) counts:
        the government troops that fought them were completed to that state."""
        if code[:3] not in self.countries and not any(a.country == code[:3] for a, _ in self.actors):
            return None
        return Actor(code, code[:3], code[3:], code[:3])

    def last_adversaries(self, exclude: set[str] = frozenset()) -> list[Actor]:
        """The two sides of the latest fight or dispute the article told, neither of them one of
        `exclude` (who acts on them): "urged both sides to exercise restraint"."""
        return _latest(self.adversaries, exclude)

    def last_countries(self, n: int, also: list[str] = (), exclude: set[str] = frozenset()) -> list[str]:
        """The last n distinct countries named, `also` (named since) the most recent, leaving
        out `exclude`; none if there are fewer."""
        pool = [cc for cc in self.countries if cc not in also] + list(also)
        pool = [cc for cc in pool if cc not in exclude]
        return pool[-n:] if len(pool) >= n else []

    def last_parties(self, n: int, exclude: set[str] = frozenset()) -> list[Actor]:
        """The last n distinct parties named (a state counts once, whichever of its bodies
        spoke; an armed group or organisation is its own party), leaving out the countries in
        `exclude`; none if there are fewer. "Both sides" after "Israel and Hamas"."""
        out: list[Actor] = []
        keys: set[str] = set()
        for actor, how in reversed(self.actors):
            if how == "sector" or not (actor.country or how == "organization") or actor.country in exclude:
                continue
            key = actor.country if actor.sector in STATE_ROLES else actor.code
            if key not in keys:
                keys.add(key)
                out.append(actor)
            if len(out) == n:
                return out[::-1]
        return []

    def last_person(self) -> Actor | None:
        """The person the article last named as a subject ("He" opening a sentence)."""
        return next((a for a, how in reversed(self.subjects) if how in PEOPLE), None)

    def last_body(self) -> Actor | None:
        """The state or organisation last named as a subject: what "It also said …" refers to."""
        return next((a for a, how in reversed(self.subjects)
                     if how not in PEOPLE + ("sector",) and (a.country or how == "organization")), None)

    def with_title(self, word: str) -> Actor | None:
        """The most recent actor named with this role word ("the emir" after "Qatar's Emir Tamim")."""
        return next((a for a, words in reversed(self.titled) if word in words), None)

    def with_sector(self, sector: str) -> Actor | None:
        """The most recent actor of a country (or an international body) in this role: "the
        ministry" after "China's Defense Ministry", "the army" after "the Chinese army", "the
        court" after "the International Criminal Court" (IGOJUDICC: a body's role is in its code)."""
        return next((a for a, _ in reversed(self.actors) if (a.sector == sector and a.country) or (
            a.code.startswith("IGO") and sector in (a.code[i:i + 3] for i in range(3, len(a.code), 3)))), None)


def _latest(pairs: list[tuple[Actor, Actor]], exclude: set[str]) -> list[Actor]:
    """The latest pair neither of whose countries is in `exclude`, else none."""
    return next(([a, b] for a, b in reversed(pairs) if a.country not in exclude and b.country not in exclude), [])


def party(code: str) -> str:
    """A state is one party whichever of its bodies acts ("ISRMIL", "ISR"); its rebels or
    opposition, an armed group or an organisation are each their own."""
    return code[:3] if code[3:6] in STATE_ROLES else code



def _home_side(actor: Actor | None, other: Actor | None) -> Actor | None:
    """A bare state role fighting a country's own rebels or opposition is that country's:
    "Government troops and SPLM-IO fighters clashed" is South Sudan's army against its rebels
    (the article's reading completes the event the same way, but only after this sentence)."""
    if actor is None or other is None or actor.country or actor.code not in STATE_ROLES - {""} \
            or not other.country or other.sector in STATE_ROLES:
        return actor
    return Actor(other.country + actor.code, other.country, actor.code, other.country)


def _named(actor: Actor) -> bool:
    """A state's body or a named group or organisation, not a bare role ("the army")."""
    return bool(actor.country) or len(actor.code) > 3

"""What an article has said so far, so a later sentence's "the two countries" or "it" resolves."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.types import Actor, ActorMention


@dataclass
class ArticleContext:
    """Actors the article has named, most recent last. Sentences are coded in article order,
    each adding what it named; a sentence reads only what came before it."""

    countries: list[str] = field(default_factory=list)  # ISO3, most recent last, unique
    actors: list[tuple[Actor, str]] = field(default_factory=list)  # (actor, how), most recent last
    subjects: list[tuple[Actor, str]] = field(default_factory=list)  # the same, for sentence subjects

    def note(self, countries: list[str], mentions: list[ActorMention], subjects: list[ActorMention]) -> None:
        for cc in countries:
            if cc in self.countries:
                self.countries.remove(cc)
            self.countries.append(cc)
        for store, found in ((self.actors, mentions), (self.subjects, subjects)):
            for m in found:
                if m.how in ("pronoun", "context", "place") or not m.actor.code:
                    continue
                store[:] = [(a, h) for a, h in store if a.code != m.actor.code] + [(m.actor, m.how)]
            del store[:-50]

    def last_countries(self, n: int) -> list[str]:
        return self.countries[-n:] if len(self.countries) >= n else []

    def last_person(self) -> Actor | None:
        """The person the article last named as a subject ("He" opening a sentence)."""
        return next((a for a, how in reversed(self.subjects) if how == "person"), None)

    def last_body(self) -> Actor | None:
        """The state or organisation last named as a subject: what "It also said …" refers to."""
        return next((a for a, how in reversed(self.subjects)
                     if how not in ("person", "sector") and (a.country or how == "organization")), None)

    def with_sector(self, sector: str) -> Actor | None:
        """The most recent actor of a country in this role: "the ministry" after "China's
        Defense Ministry", "the army" after "the Chinese army"."""
        return next((a for a, _ in reversed(self.actors) if a.sector == sector and a.country), None)

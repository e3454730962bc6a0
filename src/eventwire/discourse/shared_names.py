"""Names states share ("Congo", "Congress"): which of them an article means by the bare name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from eventwire.datafiles import package_data, read_jsonl
from eventwire.discourse.speakers import ParsedSentence
from eventwire.events.pairing import SANCTIONING
from eventwire.types import Event, Place, Quote, Span

# Bodies many states have that the dictionaries give the United States by default (a bare
# "Congress" or "Senate"); words that do say the United States
BARE_BODIES = frozenset({"congress", "senate", "house of representatives"})
BODY_MEMBERS = frozenset({"lawmaker", "member", "leader", "legislator", "deputy", "senator"})
US_WORDS = ("u.s.", "us ", "united states", "american", "washington", "white house", "america")
DEFAULT_STATE = "USA"


@lru_cache(maxsize=1)
def shared_names() -> dict[str, tuple[str, str]]:
    """Shared form (lower case) -> (the state it is coded as by default, the other state it may mean),
    from the bundled country records' `shared_name`."""
    out: dict[str, tuple[str, str]] = {}
    for _, rec in read_jsonl(package_data("eventwire.actors", "countries.jsonl")):
        shared = rec.get("shared_name")
        if shared:
            out[shared["form"].lower()] = (rec["code"], shared["with"])
    return out


def meant_states(parsed: Sequence[ParsedSentence], home: str = "") -> dict[str, str]:
    """{default: other} for each shared name the article uses for the other state: the story is
    datelined there, or it names the other state by a form of its own ("Brazzaville", "Republic
    of Congo") and the default state by none but the shared one ("Congolese", "Kinshasa", "M23"
    keep it). Today's wire "Congo" (Reuters, AP) is the DRC."""
    out: dict[str, str] = {}
    for form, (default, other) in shared_names().items():
        other_named, own_form = False, home == default
        for sent in parsed:
            for start, end, entries in sent.finder.hits.values():
                countries = {x.country for x in entries}
                text = sent.doc[start:end].text.lower().removeprefix("the ")
                other_named = other_named or other in countries
                own_form = own_form or (default in countries and text != form)
        if home == other or (other_named and not own_form):  # "BRAZZAVILLE - Congo accused Kinshasa"
            out[default] = other
    return out


def remap(code: str, states: dict[str, str]) -> str:
    return states[code[:3]] + code[3:] if code[:3] in states else code


def remap_article(events: list[Event], quotes: list[Quote], places: list[Place], home: str,
                  states: dict[str, str]) -> tuple[list[Event], list[Quote], list[Place], str]:
    """The article's codes with each shared name's state replaced by the one it means."""
    if not states:
        return events, quotes, places, home
    events = [replace(e, source=remap(e.source, states), target=remap(e.target, states), speaker=remap(e.speaker, states))
              for e in events]
    quotes = [replace(q, actor=remap(q.actor, states)) for q in quotes]
    places = [replace(p, country=remap(p.country, states)) for p in places]
    return events, quotes, places, remap(home, states)


def local_bodies(events: list[Event], home: str) -> list[Event]:
    """"Protesters marched on Congress" in a story from Lima: a bare "Congress" or "Senate" is
    the legislature of the country where the act happened, else of the dateline's, when that is
    not the United States; an actor the sentence gave the same country only through it (the
    protesters) goes with it."""
    out = []
    for e in events:
        # with no place or dateline, the other party's state when it is a domestic actor ("Brazilian
        # protesters stormed Congress"); a bare state is what the body acts on abroad ("the Senate
        # voted sanctions on Venezuela"), and so is a government or army it sanctions ("the Senate
        # voted sanctions on Turkish officials")
        sanctioned = e.root == SANCTIONING and _bare_body(e.source, e.source_span)
        other = next((code[:3] for code, span in ((e.source, e.source_span), (e.target, e.target_span))
                      if len(code) > 3 and not _bare_body(code, span) and not code.startswith(("IGO", "NGO"))
                      and not (sanctioned and code[3:6] in ("GOV", "MIL"))), "")
        where = _place_of_act(e) or home or other
        if where and where != DEFAULT_STATE and any(
                _bare_body(code, span) for code, span in ((e.source, e.source_span), (e.target, e.target_span))):
            e = replace(e, source=_local(e.source, e.source_span, where), target=_local(e.target, e.target_span, where))
        out.append(e)
    return out


def _place_of_act(e: Event) -> str:
    """The country of the event's place, unless that place is its target or source itself
    ("sanctions on Venezuela" happened in the sanctioning state; "support the Philippine plan"
    may well have happened in the Philippines)."""
    place = e.location
    if place is None:
        return ""
    itself = any(span is not None and place.span is not None and span.text.removeprefix("the ") == place.span.text
                 and span.end == place.span.end for span in (e.source_span, e.target_span))
    return "" if itself else place.country


def _bare_body(code: str, span: Span | None) -> bool:
    """"Congress", "the Senate", and a member of one ("a Congress lawmaker")."""
    if not code.startswith(DEFAULT_STATE) or span is None:
        return False
    words = span.text.lower().split()
    words = words[1:] if words and words[0] in ("the", "a", "an") else words
    text = " ".join(words)
    return text in BARE_BODIES or (len(words) == 2 and words[0] in BARE_BODIES and words[1] in BODY_MEMBERS)


def _local(code: str, span: Span | None, where: str) -> str:
    text = f" {span.text.lower()} " if span is not None else ""
    if not code.startswith(DEFAULT_STATE) or any(w in text for w in US_WORDS):
        return code
    return where + code[3:]

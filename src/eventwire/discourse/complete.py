"""Give actors the sentence coder left as a bare role ("soldiers" -> MIL) the country the article gives them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from eventwire.datafiles import word_lists
from eventwire.events.rules import load_rules
from eventwire.types import Event, Quote

# CAMEO role codes (the bundled dictionary's sectors, and Phoenix's INS/SEP), which a country
# completes. NGO, IGO and MNC are not here: they are nobody's country. A code is a bare role only
# when every three letters of it are one of these, so a country of an imported dictionary that is
# not ISO ("ARN") is never taken for a role.
ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "UAF", "SPY", "CRM", "CVL", "REF", "LAB",
                   "BUS", "MED", "EDU", "HLH", "ELI", "AGR", "ENV", "HRI", "PTY", "REL", "MOS", "SHI", "SUN",
                   "CHR", "CTH", "PRO", "DOX", "CPT", "JEW", "HIN", "BUD", "SIK", "DRZ", "ALE", "RAD", "INS",
                   "SEP"})
# Roles that act where they are: police, courts, protesters, residents, gunmen... act in their own country,
# so the place of the act is theirs. Governments, armies, rebels and spies act abroad too ("the
# minister visited Paris", "troops shelled a town across the border"), and refugees are by
# definition away from home, so a place says nothing about them as a source.
# Acts whose parties are by nature two different states (the engine's list).
BETWEEN_STATES = load_rules().between_states_codes
MANY_STATES = load_rules().many_states_words
SELF_DIRECTED = load_rules().self_directed_codes
NATIONAL_LEVELS = load_rules().national_levels
STATE_BODIES = frozenset({"GOV", "MIL"})
# Political life of a country: what its own soldiers or government act on at home.
POLITICAL_ROLES = frozenset({"OPP", "PTY", "LEG", "JUD", "MED", "LAB", "EDU", "ELI"})
CLAIM = "015"  # a claim of responsibility, aimed at the victims of the claimed act
# Sides of a state's own conflict, with whom its government or army talks and makes peace at home.
HOME_SIDES = frozenset({"REB", "OPP"})
# Offices of a place, not a state: their holder is of the country where the act happened.
LOCAL_OFFICES = frozenset({"governor", "mayor", "police", "regional", "local", "district", "provincial"})
# Military force and property destroyed (1712): not assaults (18), which are mostly done at
# home ("Egypt executed a man convicted of spying for Turkey" is an Egyptian).
FORCE_ROOTS = frozenset({"19", "20"})
# Coercion, assault and force: what a state's official reports done to people of no stated country.
HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})
# People and places force falls on, who belong to a state only the article can say.
VICTIM_ROLES = frozenset({"CVL", "REL", "EDU", "HLH", "MED", "BUS", "AGR"})
FIRST_PERSON = word_lists("eventwire.actors")["first_person"]
WAR_SIDE_NOUNS = word_lists("eventwire.actors")["war_side_nouns"]  # "the enemy": see _enemys_foe
LOCAL_ROLES = frozenset({"COP", "JUD", "LEG", "OPP", "CVL", "EDU", "HLH", "AGR", "LAB", "MED", "BUS", "CRM",
                         "ELI", "REL", "HRI", "ENV", "PTY", "UAF"})


def is_bare_role(code: str, countries: frozenset[str]) -> bool:
    """True for a role with no country ("MIL", "GOV"), false for states, IGOs, NGOs and ""."""
    return (bool(code) and len(code) % 3 == 0 and code[:3] not in countries
            and all(code[i:i + 3] in ROLES for i in range(0, len(code), 3)))


def story_state(named: Iterable[Sequence[str]], home: str = "") -> str:
    """The state the story is about: the country most sentences name (ties: the dateline's, then the first named)."""
    ranked = story_states(named, home)
    return ranked[0] if ranked else ""


def story_states(named: Iterable[Sequence[str]], home: str = "") -> list[str]:
    """The countries a story names, the one it is most about first (see story_state)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for countries in named:
        for cc in dict.fromkeys(countries):  # once per sentence, in order
            counts[cc] += 1
            first.setdefault(cc, len(first))
    return sorted(counts, key=lambda cc: (-counts[cc], cc != home, first[cc]))


def known_people(quotes: Iterable[Quote], countries: frozenset[str]) -> dict[str, str]:
    """Person name (and surname) -> country, from the article's quotes whose speaker it coded with one."""
    out: dict[str, str] = {}
    for q in quotes:
        if q.person and q.actor[:3] in countries:
            out.setdefault(q.person, q.actor[:3])
            words = q.person.split()
            if len(words) > 1:
                out.setdefault(words[-1], q.actor[:3])
    return out


def _many_states(span) -> bool:
    """"European governments", "Western diplomats": a plural role of many states, which no one
    country of the article completes."""
    words = span.text.lower().split() if span is not None else []
    plural = bool(words) and (words[-1].endswith("s") or words[-1] in PLURALS_WITHOUT_S)
    return len(words) > 1 and plural and any(w in MANY_STATES for w in words[:-1])


# plural role nouns with no "-s" ("Western media", "foreign personnel", "European police")
PLURALS_WITHOUT_S = frozenset({"media", "personnel", "police", "people"})


def _person_country(text: str, people: Mapping[str, str]) -> str:
    """The country of a known person this phrase ends with ("Minister Eduardo del Castillo")."""
    for name, cc in people.items():
        if re.search(rf"(?<!\w){re.escape(name)}$", text.strip()):
            return cc
    return ""


def _complete(code: str, candidates: Iterable[str], other: str, exclude: Iterable[str] = ()) -> str:
    """The role with the first candidate country that does not make it the same actor as `other`
    (nor is one of the countries excluded)."""
    excluded = set(exclude) - {""}
    for cc in candidates:
        if cc and cc + code != other and cc not in excluded:
            return cc + code
    return code


def complete_countries(events: Sequence[Event], state: str, home: str, countries: frozenset[str],
                       people: Mapping[str, str] | None = None, states: Sequence[str] = ()) -> list[Event]:
    """Events whose bare-role source, target or speaker takes its country from the article
    (`states`: the countries it names, the one it is most about first)."""
    # Order, most specific first: the person's office as the article states it elsewhere; then the
    # place of the act (for targets, and sources in LOCAL_ROLES), because "protesters in Mombasa"
    # are Kenyan whatever else the story is about; then the state the story is about, because a
    # story filed from Washington or Geneva is still about the soldiers of the country it names
    # most; the dateline's country last. A speaker takes the dateline's country before the story's:
    # wire reporters quote the officials of the place they file from ("the spokeswoman told
    # reporters in Hanoi"). A target never becomes the same actor as its source, nor a source as
    # its target: the next candidate country is tried, else the role stays bare.
    people = people or {}
    out = []
    # one phrase is one actor: "the foreign ministry summoned the Indian envoy and lodged a
    # protest" is one ministry, completed once for both acts (sentence, span) -> code
    completed: dict[tuple[int, int, int], str] = {}
    for e in events:
        place = e.location.country if e.location is not None else ""
        source, target, speaker = e.source, e.target, e.speaker
        span = (e.sentence, e.source_span.start, e.source_span.end) if e.source_span is not None else None
        if span in completed and is_bare_role(source, countries) and completed[span][3:] == source \
                and completed[span][:3] != target[:3]:
            source = completed[span]
        # a visit or talks are between states: the visitor is not of the country visited, nor
        # the guests ("hosted leaders from 20 countries") of the host's
        abroad = e.code.startswith(BETWEEN_STATES)
        if is_bare_role(source, countries) and not _many_states(e.source_span):
            source = _complete_source(e, source, target, place, (state, home), people, countries, abroad)
        if is_bare_role(target, countries) and not _many_states(e.target_span):
            target = _complete_target(e, source, target, place, (state, home), countries, people, states, abroad)
        if is_bare_role(speaker, countries):
            speaker = _complete_speaker(e, place, (state, home), people, countries, states)
            if _own_kind(e, countries):
                # "Troops killed 20 militants near Menaka, the army said" filed from Dakar: a body
                # telling of unnamed members of its kind speaks for them, whatever the dateline;
                # and is no more the target's than they are ("the ministry summoned the Russian
                # ambassador, a ministry spokesman said": not Russia's spokesman)
                speaker = source[:3] + e.speaker if not is_bare_role(source, countries) else \
                    speaker if speaker[:3] != target[:3] else e.speaker
        if span is not None and is_bare_role(e.source, countries) and not is_bare_role(source, countries):
            completed.setdefault(span, source)
        if (source, target, speaker) != (e.source, e.target, e.speaker):
            e = replace(e, source=source, target=target, speaker=speaker)
        out.append(e)
    return out


def _complete_source(e: Event, source: str, target: str, place: str, story: tuple[str, str],
                     people: Mapping[str, str], countries: frozenset[str], abroad: bool) -> str:
    """A bare-role source's country: the person's, the place's, the story's (see complete_countries)."""
    state, home = story
    person = _person_country(e.source_span.text, people) if e.source_span else ""
    # soldiers or officials acting on the opposition, parties, courts or press of a place
    # are that place's ("soldiers fired on opposition supporters in Bissau"): a domestic
    # act (conventions: domestic acts have domestic targets). Not on bare civilians, whom
    # an army also strikes across a border.
    domestic = source[:3] in STATE_BODIES and is_bare_role(target, countries) and target[:3] in POLITICAL_ROLES
    local = place if source[:3] in LOCAL_ROLES or domestic else ""
    # a government or army talking to, pressing or cutting ties with another state's government
    # or army is a foreign one ("the junta ordered French troops to leave" names no French
    # junta); force and coercion are not (a coup is the state's own soldiers)
    facing = source[:3] in STATE_BODIES and target[3:6] in STATE_BODIES and not is_bare_role(target, countries) \
        and (e.root < "14" or e.root == "16")
    # force or coercion on foreigners named by their country ("the coast guard detained a
    # Vietnamese fishing boat" from Manila): the force is the dateline's, not theirs
    foreign = e.root >= "15" and home and target[:3] not in ("", home) and not is_bare_role(target, countries)
    order = (person, local, home, state) if foreign else (person, local, state, home)
    # "Min Aung Hlaing told the Thai minister that the military was ready to talk": a state's
    # body in what a state's speaker reports is the speaker's own
    spoken = e.speaker[:3] if source[:3] in STATE_BODIES and not is_bare_role(e.speaker, countries) \
        and len(e.speaker) > 3 and e.speaker[3:6] in STATE_BODIES else ""
    order = (person, local, spoken, *order[2:]) if spoken else order
    # a state named alone as the target is another than the body acting on it ("the
    # Department of Foreign Affairs lodged a protest with China" is no Chinese body's)
    state_target = target in countries and source[:3] not in HOME_SIDES  # rebels act on their own state
    return _complete(source, order, target,
                     exclude=(place, target[:3]) if abroad else (target[:3],) if facing or foreign or state_target else ())


def _own_kind(e: Event, countries: frozenset[str]) -> bool:
    """The source and the speaker are the same bare role ("soldiers ..., the army said"), and the
    source is no first-person word (a spokesman's "we" is himself, whoever the finder guessed)."""
    words = e.source_span.text.lower().split() if e.source_span is not None else []
    return is_bare_role(e.source, countries) and e.source == e.speaker and not (words and words[0] in FIRST_PERSON)


def _complete_speaker(e: Event, place: str, story: tuple[str, str], people: Mapping[str, str],
                      countries: frozenset[str], states: Sequence[str] = ()) -> str:
    """A bare-role speaker's country: the person's, a local official's place, the acting state's,
    the dateline's, the story's."""
    state, home = story
    person = _person_country(e.speaker_span.text, people) if e.speaker_span else ""
    # "..., the governor said": a local official speaks for the place of the act
    local = place if e.speaker_span is not None and LOCAL_OFFICES & set(e.speaker_span.text.lower().split()) else ""
    # "Sudan's army recalled its envoy from Nairobi, the military said": a state body announces its
    # own decisions and words, so the government or army telling of its kind's act is that state's,
    # wherever the story is filed from. Not of a state named alone ("Foreign Minister Peters said
    # the Cook Islands had failed to consult New Zealand": another state's conduct); and force is
    # as often told by the side it fell on. The source's country must be the text's, not one
    # completed here ('"We will respond," the spokesman said' is the speaker's own "we").
    own = e.source[:3] if e.speaker[:3] in STATE_BODIES and e.source[:3] in countries and e.source[3:6] == e.speaker[:3] \
        and (e.root < "14" or e.root == "16") else ""
    enemy, foe = _enemy_and_foe(e, countries)
    if enemy:  # whoever calls a side "the enemy" is of the other, of the states the article names
        return _complete(e.speaker, (person, foe, local, own, home, state, *states), "", exclude=(enemy,))
    return _complete(e.speaker, (person, local, own, home, state), "")


def _enemy_and_foe(e: Event, countries: frozenset[str]) -> tuple[str, str]:
    """The countries of the side of the act called "the enemy" and of the other ("the enemy
    shelled Kupiansk, the general staff said" is told by the side shelled; "our troops repelled
    the enemy" by the side repelling); ("", "") when no side is called so."""
    for side, code, other in ((e.source_span, e.source, e.target), (e.target_span, e.target, e.source)):
        words = side.text.lower().split() if side is not None else []  # "the enemy", "an enemy depot"
        if any(w.removesuffix("s") in WAR_SIDE_NOUNS for w in words) and not is_bare_role(code, countries):
            return code[:3], "" if is_bare_role(other, countries) else other[:3]
    return "", ""


def _complete_target(e: Event, source: str, target: str, place: str, story: tuple[str, str], countries: frozenset[str],
                     people: Mapping[str, str], states: Sequence[str], abroad: bool) -> str:
    """A bare-role target's country: the person's, the place's, the story's (see complete_countries)."""
    person = _person_country(e.target_span.text, people) if e.target_span else ""
    # refugees are by definition away from home: neither the place nor the story says whose
    local, story = (place, story) if target[:3] != "REF" else ("", ())
    # talks between states are abroad, but a government's talks with its own rebels are at home
    home_side = target[:3] in HOME_SIDES and source[3:6] in STATE_BODIES
    if home_side and e.root < "09":  # "held talks in Havana with the rebels": a venue
        local = source[:3]
    story = _victims_states(e, source, target, countries, (*states, story[1] if story else "")) or story
    # "loyal forces arrested 14 soldiers": the coder paired a body with another of its kind
    kin = e.target in (e.source, e.source[3:]) and e.code.startswith(SELF_DIRECTED)
    # "the governor urged the federal government ...": the nation's government, another body
    kin = kin or bool(e.target_span is not None and NATIONAL_LEVELS & set(e.target_span.text.lower().split()))
    abroad = abroad and not home_side
    # "North Korean agents kidnapped a pastor, Seoul's spy agency said": force on people of no
    # stated country, told by another state's official, falls on the teller's own
    told = e.speaker[:3] if e.root in HOSTILE_ROOTS and e.speaker[:3] in countries and e.speaker[:3] != source[:3] \
        and not is_bare_role(e.speaker, countries) else ""
    return _complete(target, (person, local, told, *story), "" if kin else source, exclude=(source[:3],) if abroad else ())


def _victims_states(e: Event, source: str, target: str, countries: frozenset[str], named: Sequence[str]) -> tuple[str, ...]:
    """"Russian strikes killed seven people" in a story about Ukraine: a state named as using
    force on people or their property strikes another state's, the ones the story names (most
    named first); none when the story names no other, for force used at home ("Sudanese army
    strikes killed 20 civilians")."""
    if not ((e.root in FORCE_ROOTS or e.code == "1712") and target[:3] in VICTIM_ROLES and source[:3] in countries
            and not is_bare_role(e.source, countries)):
        return ()
    return tuple(cc for cc in named if cc and cc != source[:3])


def complete_quote_countries(quotes: Sequence[Quote], state: str, home: str, countries: frozenset[str],
                             people: Mapping[str, str] | None = None, events: Sequence[Event] = ()) -> list[Quote]:
    """Quotes whose speaker's actor is a bare role take the speaker's country: the one the acts
    they report gave the same speaker (see _complete_speaker), else the person's, the dateline's,
    the story's."""
    people = people or {}
    told: dict[tuple[int, int], set[str]] = {}
    for e in events:
        if e.speaker_span is not None and e.speaker[:3] in countries:
            told.setdefault((e.speaker_span.start, e.speaker_span.end), set()).add(e.speaker)
    out = []
    for q in quotes:
        if is_bare_role(q.actor, countries):
            person = people.get(q.person, "") or _person_country(q.speaker, people)
            # one speaker is one actor: the quote and the acts it reports agree on whose they are
            given = told.get((q.speaker_span.start, q.speaker_span.end), set()) if q.speaker_span is not None else set()
            acts = next(iter(given))[:3] if len(given) == 1 and next(iter(given))[3:] == q.actor else ""
            q = replace(q, actor=_complete(q.actor, (person, acts, home, state), ""))
        out.append(q)
    return out


FORCES = frozenset({"MIL", "COP"})  # a state's forces are fought where they are
TRANSNATIONAL = "IMG"  # Phoenix codes of transnational armed movements: "IMGMUSISI", "IMGMUSALQ"
ARMED = "REB"


def local_armed_groups(events: Sequence[Event], countries: frozenset[str]) -> list[Event]:
    """Conventions: armed non-state groups are rebels of a country ("Hamas PSEREB"). A branch of
    a transnational movement ("Islamic State fighters killed 20 soldiers near Menaka") is coded
    as the rebels of the country it fights in: where its force was used, else the country whose
    forces it fought ("ambushed a Somali army convoy"). A threat to a far state ("al-Qaeda
    threatened the United States") names no such country: the dictionaries' IMG code stays."""
    out = []
    for e in events:
        for field, other in (("source", e.target), ("target", e.source)):
            code = getattr(e, field)
            if not code.startswith(TRANSNATIONAL):
                continue
            # a threat "to the United States" is no place of action; a claim of an attack is
            # ("claimed the bombing of a church in Congo's Ituri province")
            claim = e.code == CLAIM
            fought = (e.quad_class == 4 or claim) and e.location is not None
            where = (e.location.country if fought else "") or \
                (other[:3] if other[:3] in countries and (other[3:] in FORCES or claim) else "")
            if where:
                e = replace(e, **{field: where + ARMED})
        out.append(e)
    return out

"""Pass 5, specialisation: the most specific code the sentence's actors support."""

from __future__ import annotations

from eventwire.events.candidate import SentenceView
from eventwire.events.pairing import bodies_left, place_objects
from eventwire.events.rules import EngineRules
from eventwire.events.syntax import has_to_infinitive, pobjs
from eventwire.types import PEOPLE


def military_variant(rules: EngineRules, code: str, sources, targets) -> str:
    """Generic cooperation between armed forces is military cooperation ("the two navies agreed
    to cooperate" -> 062, intent 0312)."""
    parties = list(sources) + list(targets)
    if code in rules.military_variant and len(parties) > 1 and all(m.actor.sector == "MIL" for m in parties):
        return rules.military_variant[code]
    return code


AFAR_CODES = ("194", "195")  # artillery and aerial weapons: said of the means, whoever was hit


def by_parties(rules: EngineRules, code: str, sources, targets) -> str:
    """Codes that depend on who acts on whom: violence by non-state actors against civilians is
    assault (18), not military force (19); a military posture taken by the forces of several
    countries together is a joint exercise (062); armed groups attacking police do not riot (190);
    a state withdrawing from an international organisation reduces relations with it (160), and
    weapons a state hands over to another country are aid (072), not disarmament; civilians
    blockading a road or crossing protest (144), a state's forces blockading a port besiege it (191);
    a state's forces using force on its own civilians or protesters repress them (175);
    peacekeepers arriving or deployed provide peacekeeping (074); hackers attacking use cyber
    means (176); a state cutting ties with its own people's bodies sanctions them (172); another
    country's weapons destroyed are force used on it (190)."""
    cyber = rules.cyber_attackers  # "Russian hackers attacked a water plant": a cyber attack
    if code in cyber.get("codes", ()) and sources and all(
            any(w in m.span.text.lower().split() for w in cyber["words"]) for m in sources):
        return cyber["to"]
    if code in ("190", "193") and targets and all(m.actor.sector in rules.civilian_sectors for m in targets) \
            and not any(m.actor.sector in ("MIL", "GOV", "COP") or m.actor.is_state for m in sources):
        return "180"  # but a state named alone ("Israeli strikes") uses its forces
    if code in rules.joint_posture and _joint(sources, targets):
        return rules.joint_posture_code
    rep = rules.repression
    home = {m.actor.country for m in sources}
    if code[:2] in rep.get("codes", ()) and sources and targets and all(m.actor.sector in rep["by"] for m in sources) \
            and all(m.actor.sector in rep["against"] and m.actor.country in home | {""} for m in targets) \
            and not any(_means(m, rep.get("not_by_means", ())) for m in sources) \
            and not code.startswith(AFAR_CODES):  # "bombed a monastery": force from afar, not repression
        return rep["to"]  # a state's forces on its own civilians or protesters: repression
    arms = rules.arms_transfer  # "the Netherlands handed over six F-16 jets to Ukraine": aid
    home = {m.actor.country for m in sources}
    if code in arms.get("codes", ()) and sources and targets and not any(m.actor.sector in arms["not_by"] for m in sources) \
            and all(m.actor.country and m.actor.country not in home for m in targets):
        return arms["to"]
    siege = rules.armed_blockade  # "warships blockaded the port of Hodeidah": a siege, not a protest
    if code in siege.get("codes", ()) and sources and all(m.actor.sector in siege["by"] for m in sources):
        return siege["to"]
    block = rules.civil_blockade  # "farmers blockaded border crossings": a protest, not a siege
    if code in block.get("codes", ()) and sources and all(m.actor.sector in block["by"] for m in sources):
        return block["to"]
    leave = rules.leaving  # "Mali withdrew from ECOWAS": leaving an organisation, not a retreat
    if code in leave.get("codes", ()) and sources and targets and all(m.actor.code.startswith("IGO") for m in targets) \
            and not any(m.actor.sector in leave["not_by"] for m in sources):
        return leave["to"]
    armed = rules.armed_violence
    if code in armed.get("codes", ()) and sources and all(m.actor.sector in armed["sectors"] for m in sources):
        return armed["to"]
    own = rules.domestic_sanctions  # "Hungary suspended four civil society organisations"
    if code[:2] in own.get("roots", ()) and sources and targets and all(m.actor.sector in own["by"] and m.actor.country for m in sources) \
            and all(m.actor.sector in own["against"] and m.actor.country in home | {""} for m in targets):
        return own["to"]
    enemy = rules.enemy_arms  # "Ukrainian drones destroyed a Russian ammunition depot": an attack
    if code in enemy.get("codes", ()) and sources and targets \
            and all(m.actor.country and m.actor.country not in home for m in targets):
        return enemy["to"]
    keep = rules.peacekeeping  # "peacekeepers arrived in Mali": peacekeeping, not a visit
    if code in keep.get("codes", ()) and sources and all(
            any(w in m.span.text.lower() for w in keep["words"]) for m in sources):
        return keep["to"]
    return code


def _joint(sources, targets) -> bool:
    """A posture of several countries' forces together, aimed at none but themselves (not "held
    joint exercises near Lithuania")."""
    partners = {m.actor.country for m in sources}
    return len(partners) > 1 and not (targets and all(m.actor.country and m.actor.country not in partners for m in targets))


def not_an_act(rules: EngineRules, code: str, sources, targets=()) -> bool:
    """Codes the parties rule out: armed forces and police stage no street protest ("troops
    marched in the parade" is no demonstration); protecting one's own citizens or companies is
    no peacekeeping given to anyone ("measures to protect Chinese companies")."""
    if code.startswith(rules.street_protest_codes) and bool(sources) and all(m.actor.sector in ("MIL", "COP") for m in sources):
        return True
    home = {m.actor.country for m in sources} - {""}
    return code.startswith(rules.protection_codes) and bool(home) and bool(targets) \
        and all(m.actor.country in home for m in targets)


def by_object(view: SentenceView, code: str, trigger, targets=()) -> str:
    """A place seized is territory occupied (171 -> 192): "the RSF seized El Fasher", "seized
    the town of Uvira", "seized control of the airport" (rules.json seized_places), unless it is
    a company's ("seized control of a mine run by a Canadian firm" is 171, even where a pattern
    said 192); a person captured is detained (192 -> 173, captured_people)."""
    seized = view.rules.seized_places
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    people = view.rules.captured_people
    if code in people.get("codes", ()) and objects and all(
            o.lemma_.lower() in people["nouns"] or any(m.how == "person" for m in view.finder.at(o)) for o in objects):
        return people["to"]  # "captured the former president", "captured its pilot": detained
    if targets and all(m.actor.sector in seized.get("not_of", ()) for m in targets) \
            and code in (seized["to"], *seized["codes"]):
        return seized["codes"][0]  # a company's mine or plant is its property, not territory
    if code not in seized.get("codes", ()):
        return code
    if any(o.lemma_.lower() in seized["nouns"] for o in objects) or place_objects(view, trigger, lenient=True):
        return seized["to"]
    return code


def by_membership(view: SentenceView, code: str, trigger) -> str:
    """Leaving an international body is no retreat of forces (087 -> 160): "withdrew from
    ECOWAS", "announced their withdrawal from the ICC", "pulled out of the task force"."""
    return "160" if code.startswith("087") and bodies_left(view, [trigger]) else code


def by_order(view: SentenceView, code: str, trigger) -> str:
    """"told London to stop interfering": telling someone to act demands it (010 -> 100,
    rules.json told_to)."""
    told = view.rules.told_to
    if code not in told.get("codes", ()) or trigger.lemma_.lower() not in told["verbs"]:
        return code
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in view.rules.press_words for c in trigger.children) and any(
            c.dep_ == "xcomp" and has_to_infinitive(c) for c in trigger.children):
        return told["to"]
    return code


def by_target_under_fire(view: SentenceView, code: str, pattern, targets) -> str:
    """"came under fire from X": force when forces or a place are shot at, criticism when a
    minister or a government is (190 -> 111, rules.json figurative_fire)."""
    fire = view.rules.figurative_fire
    if code not in fire.get("codes", ()) or pattern is None or not targets \
            or not any(w == fire["word"] or (not isinstance(w, str) and fire["word"] in w) for w in pattern.words):
        return code
    return fire["to"] if all(m.actor.sector not in fire["armed"] for m in targets) else code


def by_purpose(view: SentenceView, code: str, trigger, sources, targets) -> str:
    """Forces sent to another country to help it protect it (15x -> 074): "Rwanda sent troops to
    Mozambique to help fight insurgents" (rules.json helping_deployment)."""
    helping = view.rules.helping_deployment
    if code not in helping.get("codes", ()) or not targets:
        return code
    home = {m.actor.country for m in sources}
    if any(not m.actor.country or m.actor.country in home for m in targets):
        return code
    purposes = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in helping["verbs"]
                and has_to_infinitive(c)]
    # "... as part of the African Union mission": joining an international force
    joined = [p for p in pobjs(trigger, ("as",))
              if p.lower_ == "part" and any(x.lemma_.lower() in helping["missions"] for x in p.subtree)]
    return helping["to"] if purposes or joined else code


def by_protester(view: SentenceView, code: str, trigger, sources) -> str:
    """A state or an international body that protests complains officially (140 -> 114): "Japan
    protested China's export controls" (rules.json official_protest); "Nigerians protested"
    (a people, named by its demonym) demonstrate; a crowd that storms a building riots (145,
    rules.json crowd_violence)."""
    crowd = view.rules.crowd_violence  # "protesters stormed the embassy": a riot
    if code in crowd.get("codes", ()) and trigger.lemma_.lower() in crowd["words"] and sources \
            and all(m.actor.sector in crowd["by"] for m in sources):
        return crowd["to"]
    official = view.rules.official_protest
    if code in official.get("codes", ()) and trigger.lemma_.lower() in official["words"] and sources and all(
            m.actor.code.startswith("IGO") or (m.actor.sector and m.actor.sector in official["by"])
            or (m.actor.country and not m.actor.sector and _named_as_state(view, m)) for m in sources):
        return official["to"]
    return code


def by_debaters(view: SentenceView, code: str, trigger, sources, targets) -> str:
    """Politicians who clash quarrel (190 -> 110): "Milei clashed with Lula over trade", "the
    prime minister clashed with the opposition leader" (rules.json verbal_clash); troops, police,
    rebels, supporters and countries named bare still fight."""
    clash = view.rules.verbal_clash
    if code not in clash.get("codes", ()) or trigger.lemma_.lower() not in clash["words"] or not sources or not targets:
        return code
    def politician(m) -> bool:
        if m.how in PEOPLE or m.actor.code.startswith("IGO"):
            return True
        words = set(m.span.text.lower().split()) if m.span is not None else set()
        return m.actor.sector in clash["sectors"] or bool(words & set(clash["politicians"]))
    return clash["to"] if all(politician(m) for m in (*sources, *targets)) else code


def _named_as_state(view: SentenceView, m) -> bool:
    """Whether a country actor is named as the state ("Japan", "Tokyo"), not as its people ("Nigerians")."""
    return any(x.kind in ("country", "metonym") for x in view.finder.entries_at(m.head))


def by_means(rules: EngineRules, code: str, sources) -> str:
    """Sanctions or tariffs that "hit" or "hurt" someone sanction them (18x/19x -> 163): the
    measure is named where the doer stands ("new U.S. sanctions hit Russian firms", "hit by
    U.S. tariffs"; rules.json economic_means)."""
    means = rules.economic_means
    if code[:2] not in means.get("roots", ()) or not sources or not all(_means(m, means["words"]) for m in sources):
        return code
    return means["to"]


def by_riot_means(rules: EngineRules, code: str, trigger, sources, targets) -> str:
    """Riot weapons a state turns on another state's vessels, officials or forces are force used
    on that state (175 -> 190): "the Chinese coast guard fired water cannon at a Philippine supply
    boat" (rules.json riot_means_abroad); a crackdown, or riot weapons on protesters, stay 175."""
    riot = rules.riot_means_abroad
    if code not in riot.get("codes", ()) or not sources or not targets:
        return code
    means = [t for c in trigger.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    home = {m.actor.country for m in sources}
    if any(t.lemma_.lower() in riot["means"] for t in means) \
            and all(m.actor.country and m.actor.sector in riot["by"] for m in sources) \
            and all(m.actor.country and m.actor.country not in home and m.actor.sector in riot["against"] for m in targets):
        return riot["to"]
    return code


def by_scale(rules: EngineRules, code: str, trigger) -> str:
    """An expulsion of thousands is a mass expulsion (174 -> 201): "deported more than 800,000
    Afghans", "expelled thousands of Palestinians" (the object's numbers, rules.json mass_scale)."""
    scale = rules.mass_scale
    if code not in scale.get("codes", {}):
        return code
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        for t in obj.subtree:
            word = t.lower_.replace(",", "")
            if word in scale["words"] or (word.isdigit() and int(word) >= scale["at_least"]):
                return scale["codes"][code]
    return code


def _means(mention, words) -> bool:
    """Whether an actor phrase names the means rather than who used them ("Russian drones",
    "Israeli air strikes"), by its head's lemma."""
    head = mention.span.text.lower().split()[-1] if mention.span is not None and mention.span.text else ""
    return head.rstrip("s") in words or head in words

"""Pass 7, pairing: the (source, target) pairs of each selected act, with implied and located actors."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mentions import WAR_SIDE_NOUNS
from eventwire.events.candidate import Candidate, SentenceView
from eventwire.events.syntax import beyond_border, pobjs
from eventwire.ontology.cameo import CameoCode
from eventwire.types import Actor, ActorMention

Pair = tuple[ActorMention | None, ActorMention | None]
VIOLENT_ROOTS = ("18", "19", "20")
SPOKEN_FOR = ("GOV", "MIL", "COP")  # a state's own bodies, which its officials speak for
SANCTIONING = "16"  # reduce relations: sanctions, embargoes, ties cut, aimed at another state
COOPERATIVE_ROOTS = ("03", "04", "05", "06", "07")
NAMED = ("organization", "person")  # mentions of a body or person by name


def unique(mentions) -> list[ActorMention]:
    """One mention per actor code, first kept."""
    out, codes = [], set()
    for m in mentions:
        if m.actor.code not in codes:
            codes.add(m.actor.code)
            out.append(m)
    return out


def pairs(view: SentenceView, cand: Candidate, cameo: CameoCode) -> list[Pair]:
    """Every source with every target; coordinated sources of a reciprocal act with each other
    ("A and B held talks"); a source alone when nothing is aimed at (unless a dyad is required)."""
    sources, targets = unique(cand.sources), unique(cand.targets)
    # "deployed troops to its border with China": the source's own "its" (a possessor) is no target
    mine = {s.actor.code for s in sources}
    targets = [t for t in targets if not (t.how in ("pronoun", "of-phrase") and t.actor.code in mine)]
    rules, settings, open_codes = view.rules, view.settings, view.strategy.open_codes
    mutual = (len(sources) > 1 and settings.symmetric_pairs and cand.symmetric_ok
              and (cameo.root in rules.symmetric_roots or cameo.code.startswith(tuple(rules.symmetric_codes))
                   or _reciprocal_words(view, cand)))
    if not targets and not open_codes:
        targets = implied_targets(view, cand, cameo, sources, mutual)
    if open_codes and not targets and len(sources) > 1 and settings.symmetric_pairs:
        # an imported code's meaning is unknown: coordinated actors with no target act on
        # each other, as TABARI and PETRARCH code compound subjects
        mutual = True
    if targets and all(t.how == "implied" for t in targets):  # each protester's own government
        return [(s, t) for s in sources for t in targets if t.head == s.head and t.actor.code != s.actor.code]
    if mutual and targets and not any(t.actor.country for t in targets):
        targets = []  # "A and B agreed to share intelligence on extremists": they are the parties
    if len({s.actor.country for s in sources} - {""}) > 1 and settings.symmetric_pairs and cand.symmetric_ok \
            and cameo.code.startswith(RETURNED) and targets and not any(t.actor.country for t in targets):
        # "Russia and Ukraine each released 175 prisoners of war": captives of no stated side held
        # by two states are each other's
        mutual, targets = True, []
    if mutual and targets and all(_incidental(view, t) for t in targets):
        targets = []  # "A and B signed a deal at the White House / mediated by Qatar": each other
    # an army arresting soldiers, police beating police officers: the same code, another body
    kin = not open_codes and cameo.code.startswith(rules.self_directed_codes)
    found: list[Pair] = [(s, t) for s in sources for t in (targets if targets else sources if mutual else [])
                         if s.actor.code != t.actor.code or (kin and s.head != t.head and t.how not in ("implied", "pronoun"))
                         or _two_named(view, s, t) or _national_level(view, s, t)]
    if len(sources) > 1:  # "Iran and Saudi Arabia agreed to reopen their embassies": each one's are the other's
        found = [(s, t) for s, t in found if not (t.how in ("pronoun", "of-phrase") and t.actor.country
                                                         and t.actor.country == s.actor.country)]
    if not found and not settings.require_dyad:
        found = [(s, None) for s in sources]
    if not sources and cand.maker_in_article:
        # '"Pakistan must dismantle the camps," ... said' in a quotation whose cue comes in a later
        # sentence: a demand whose maker the article gives, or no event at all
        found = [(None, t) for t in targets]
    return found


def _national_level(view: SentenceView, s: ActorMention, t: ActorMention) -> bool:
    """"The governor urged the federal government to send troops": a region's office acting on
    the nation's government, another body of the same code."""
    return s.head != t.head and national_government(view.doc[t.head], view.rules.national_levels)


def national_government(head: Token, levels: frozenset[str]) -> bool:
    """Whether the phrase at `head` is a nation's government as against a region's ("the federal
    government", "the central authorities")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in levels for c in head.children)


def _two_named(view: SentenceView, s: ActorMention, t: ActorMention) -> bool:
    """Two bodies or people named apart that share a code ("Hamas accused Islamic Jihad", "Quiroga
    accused Morales"): one still acts on the other."""
    return s.how in NAMED and t.how in NAMED and s.head != t.head and \
        (s.span is None or t.span is None or s.span.text != t.span.text)


def _incidental(view: SentenceView, m: ActorMention) -> bool:
    """Whether a target was named only where the act happened ("at the White House", "in the
    Kremlin"), as the agent of a participle on its object ("a deal mediated by Qatar") or as the
    go-between ("through Omani mediators")."""
    tok = view.doc[m.head]
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    # "... through Omani mediators", "with Qatari mediation", "under Azerbaijani auspices": the
    # go-between or sponsor, not the other party
    go_between = prep.lower_ in ("through", "via") or tok.lemma_.lower() in view.rules.go_between_nouns \
        or any(c.dep_ == "pobj" and c.lemma_.lower() in view.rules.go_between_nouns for c in prep.children)  # a misread "[Omani] [auspices]"
    return prep.lower_ in ("at", "in", "inside") or prep.dep_ == "agent" or go_between


def _reciprocal_words(view: SentenceView, cand: Candidate) -> bool:
    """"A and B traded accusations" (the trigger), "agreed to deepen cooperation" (a word of a
    cooperative pattern; "violated the ceasefire" is not mutual), "blamed each other"."""
    if _each_other(cand.trigger):
        return True
    if cand.trigger.lemma_.lower() in view.rules.hosting_verbs:
        return False  # "Qatar and Egypt will host talks": co-hosts bring others together
    if cand.code.startswith(APPEAL):
        return False  # "France and Germany called for a ceasefire": an appeal to the warring sides, not each other
    words = [cand.trigger] + ([view.doc[i] for i in cand.used] if cand.code[:2] < "09" else [])
    return any(w.lemma_.lower() in view.rules.reciprocal_words for w in words)


def _each_other(t: Token) -> bool:
    """Whether the act's object is "each other" or "one another" ("blamed each other for the
    collapse", "fired at one another")."""
    objects = [c for c in t.children if c.dep_ in ("dobj", "dative")] + pobjs(t, ("at", "on", "against", "with", "to"))
    return any(o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children)
               or (o.lower_ == "another" and o.i > 0 and o.doc[o.i - 1].lower_ == "one") for o in objects)


RETREAT = "087"  # de-escalate militarily: retreat, withdraw
MEET_INTENT = "036"  # express intent to meet or negotiate
APPEAL = "02"  # make an appeal or request
# Coercion a state's forces do abroad as often as at home: harassment and seizing property.
ABROAD_COERCION = ("170", "171")
RETURNED = "084"  # release or return of persons or property
NON_STATE_SECTORS = frozenset({"REB", "OPP", "CRM", "IMG", "INS", "CVL"})  # who may fight their own state


def implied_targets(view: SentenceView, cand: Candidate, cameo: CameoCode, sources, mutual: bool) -> list[ActorMention]:
    """Targets the text implies: an act done in a place with no one named as its object is aimed
    at the state it happened in ("lifted the curfew in Montenegro"), but talks or visits at home
    are not aimed at home; protests, curfews and demands with no object are domestic."""
    home = {s.actor.country for s in sources}
    targets: list[ActorMention] = []
    if not mutual and (cameo.root not in ("01", "02") or cameo.code == "017") and not acts_reacted_to(view, cand.head, cameo.root):
        targets = _placed_targets(view, cand, cameo, sources, home)
    if not targets and not mutual and cameo.code.startswith(view.rules.facing_codes):
        # conventions: a retreat is aimed at the opposing force, else at the country of the place,
        # the retreating side's own included ("Ukrainian forces withdrew from Avdiivka")
        retreat = cameo.code.startswith(RETREAT)
        # (rebels leaving a town of their own country leave it to its state)
        state = frozenset(s.actor.country for s in sources if s.actor.sector not in NON_STATE_SECTORS)
        targets = [m for m in facing_states(view, cand.head, state) if retreat or m.actor.country not in home]
    if not targets and not mutual and cameo.code.startswith(view.rules.aimed_by_adjunct_codes):
        targets = adjunct_party(view, cand.head, home, moved=cameo.root in view.rules.instrument_roots)
    if not targets and not mutual and cameo.root in view.rules.place_object_roots:
        lenient = cameo.code.startswith(view.rules.place_codes)  # "bombed Sumy": a place, whatever the NER says
        # rebels seizing a town of their own country act on its state ("M23 seized Uvira")
        state = {s.actor.country for s in sources if s.actor.sector not in NON_STATE_SECTORS}
        targets = [m for m in place_objects(view, cand.head, lenient) if m.actor.country not in state]
    if not targets and cameo.root in view.rules.domestic_roots:
        targets = domestic_targets(sources, cameo.code)
    pledged = cand.frame if cand.frame is not None else cand.head
    if not targets and cameo.root in PLEDGE_AFTER_MEETING_ROOTS and pledged.dep_ == "conj" \
            and pledged.head.lemma_.lower() in view.rules.meeting_verbs:
        # "visited Rabat and pledged to boost investment": the pledge is to whom one met
        met = pledged.head
        mine = {s.actor.code for s in sources}
        targets = [m for o in [c for c in met.children if c.dep_ == "dobj"] + pobjs(met, ("with", "to"))
                   for m in view.finder.with_conjuncts(o) if m.actor.code not in mine]
    if not targets and cameo.code == "160":
        # "withdrew from ECOWAS" (specialise.by_membership): the body left
        targets = bodies_left(view, [cand.head, cand.trigger])
    if not targets and cameo.root in view.rules.protesters_blamed["roots"]:
        targets = _protesters(view, cand.head, sources, cand.used, cameo.root)
    if not targets and cameo.code == "180" and _seizes_power(cand.head):
        # conventions: a coup is its plotters' act on their own government ("the army seized power")
        targets = [ActorMention(Actor(s.actor.country + "GOV", s.actor.country, "GOV", s.actor.country),
                                s.span, s.sentence, s.head, "implied")
                   for s in sources if s.actor.country and s.actor.sector in ("MIL", "REB", "UAF", "")]
    return targets



def _placed_targets(view: SentenceView, cand: Candidate, cameo: CameoCode, sources, home: set[str]) -> list[ActorMention]:
    """The state an act with no named object happened in, when it may be aimed at it (not the place
    of talks reacted to or a topic, not one's own place for reactions, cooperation or postures)."""
    codes = {s.actor.code for s in sources}
    # "praised the talks in Istanbul", "discussed the war in Ukraine": where the talks reacted
    # to or the thing talked about happened is no target ("condemned the violence in Sudan"
    # is aimed at Sudan); nor is one's own place ("In Tokyo, the ministry condemned the visit")
    reaction = cameo.root in view.rules.reaction_roots
    topic = cand.trigger.lemma_.lower() in view.rules.topic_verbs or (reaction and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in view.rules.venue_nouns for c in cand.head.children))
    # (a reacting body of no stated country is the place's own: the place completes it instead)
    # nor is a venue
    placed = [] if (reaction and not home - {""}) or _place_is_venue(view, cand, cameo, sources) \
        else place_state(view, cand.head, own_only=topic)
    # a posture at home ("troops remained on alert in Ladakh") faces another state, not its own
    posture = cameo.code.startswith(view.rules.facing_codes) and not cameo.code.startswith(RETREAT)
    # force on "the enemy" near a place at home faces the other side, not one's own state
    enemy = cameo.root in VIOLENT_ROOTS and any(c.dep_ == "dobj" and c.lemma_.lower() in WAR_SIDE_NOUNS
                                                for c in cand.head.children)
    return [m for m in placed if m.actor.code not in codes
            and not (m.actor.country in home and (reaction or cameo.code in view.rules.place_target_codes
                                                  or cameo.root in COOPERATIVE_ROOTS or posture or enemy))]


def _protesters(view: SentenceView, t: Token, sources, used: frozenset[int], root: str) -> list[ActorMention]:
    """Conventions: "condemned the uprising" is aimed at whoever rose. A protest named by its
    noun with no one said to hold it ("condemned the protests in Novi Sad") is the opposition's:
    of the place it names, else of the reacting state; not a state's protest answered ("rejected
    the diplomatic protest")."""
    blamed = view.rules.protesters_blamed
    for o in [c for c in t.children if c.dep_ == "dobj"] + pobjs(t, ("over", "against")):
        # ("lodged a protest": the noun the pattern used is the act itself)
        if o.lemma_.lower() not in blamed["nouns"] or o.i in used or any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
                                                           for c in o.children):
            continue
        if any(a.lower_ in blamed["official"] for a in o.children if a.dep_ == "amod") or (
                root in blamed["answered_roots"] and o.lemma_.lower() == "protest" and o.tag_ == "NN"):
            return []  # a complaint answered: whoever lodged it, which the article may say
        place = next((p for prep in o.children if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "outside")
                      for x in prep.subtree for p in [view.finder.country_at(x.i)] if p), None)
        country = place[0] if place else next((s.actor.country for s in sources if s.actor.country), "")
        if country:
            return [ActorMention(Actor(country + "OPP", country, "OPP", country), None, view.finder.sentence, o.i, "context")]
    return []


# a pledge, praise or help told right after a meeting is the meeting's ("met X and agreed to ...")
PLEDGE_AFTER_MEETING_ROOTS = ("03", "05", "06", "07")


def bodies_left(view: SentenceView, verbs: list[Token]) -> list[ActorMention]:
    """The international bodies a verb of leaving names: "withdrew from ECOWAS", "pulled out of
    the ICC", "announced their withdrawal from the bloc"."""
    heads = {v.i: v for v in verbs}.values()
    named = [p for h in heads for p in pobjs(h, ("from", "of")) + [x for c in h.children if c.dep_ == "prt"
                                                                   for x in pobjs(c, ("of",))]]
    return [m for n in named for m in view.finder.at(n) if m.actor.code.startswith("IGO")]


def _seizes_power(head: Token) -> bool:
    """"seized power", "took power in a coup": power is the object."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "power" for c in head.children)


VICTIM_PREPS = ("of", "on", "against", "upon")  # "the killing [of] protesters", "the attack [on] Kharkiv"


def acts_reacted_to(view: SentenceView, t: Token, root: str) -> list[Token]:
    """The acts done to someone or somewhere that a reaction is about ("condemned the attack on
    Kharkiv", "protested over the detention of its citizens"): aimed at their doer, so neither the
    victim nor the place they name is its target (targets._doer_of_act_on_someone)."""
    if root not in view.rules.reaction_roots:
        return []
    objects = [o for o in t.children if o.dep_ in ("dobj", "nsubjpass")]
    # "lodged a complaint with the U.N. over the seizure of ...": the parser may hang the "over"
    # on whom the reaction was addressed to
    holders = [t, *objects]
    holders += [p for h in holders for p in pobjs(h, ("to", "with"))]
    nouns = objects + [p for h in holders for p in pobjs(h, ("over", "against", "about"))]
    return [o for o in nouns if o.lemma_.lower() in view.rules.acts_on_someone and pobjs(o, VICTIM_PREPS)]


def _place_is_venue(view: SentenceView, cand: Candidate, cameo: CameoCode, sources) -> bool:
    """Whether the act's place is only where it was done: where an organisation's members meet
    ("EU foreign ministers met in Brussels"), where envoys of no stated country meet ("the
    negotiators will meet in Doha"), or where a summit or talks were held ("agreed at a summit in
    The Hague to raise spending"); not a visit's destination."""
    if cameo.code in view.rules.place_target_codes:
        return False
    if (cameo.root == "04" or cameo.code == MEET_INTENT) \
            and all(s.actor.code.startswith("IGO") or not s.actor.country for s in sources):
        return True
    return cameo.root < "09" and _at_gathering(view, cand.head)


def _at_gathering(view: SentenceView, t: Token) -> bool:
    """Whether the act is said done at a gathering ("at a summit in The Hague", "during talks in
    Istanbul"): the place is then the gathering's venue."""
    return any(p.lemma_.lower() in view.rules.gathering_nouns
               for prep in t.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")


def place_state(view: SentenceView, t: Token, own_only: bool = False) -> list[ActorMention]:
    """The states whose territory the clause puts the act in ("marched on Moscow's Red Square" ->
    RUS): what its locative phrases name, on the verb, its object or a governed verb (on the
    verb alone when `own_only`)."""
    for holder in ([t] if own_only else _place_holders(view, t)):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in view.rules.locative_preps):
            if any(p.lemma_.lower() in view.rules.reason_nouns for p in prep.children if p.dep_ == "pobj"):
                continue  # "arrested on suspicion of spying for China": a reason, not a place
            found: list[ActorMention] = []
            for tok in (x for x in _place_words(view, holder, prep)
                        if not _in_clause(x, prep) and not beyond_border(x, view.rules.border_nouns)):
                place = view.finder.country_at(tok.i)
                if place and all(m.actor.country != place[0] for m in found):
                    found.append(state_mention(view, *place, tok.i, "place"))
            if found:
                return found
    return []


AIM_PREPS = ("at", "on", "upon", "against")


def _place_words(view: SentenceView, holder: Token, prep: Token) -> list[Token]:
    """The words of a locative phrase that may say where the act was. What a weapon is fired at
    ("fired rockets at a U.S. base in Syria", "launched drones at Israeli positions") is its aim:
    the aim's owner is whom it hits, not where; the aim's own name ("at Sderot") and its places are."""
    fired = holder.lemma_.lower() in view.rules.firing_verbs or any(
        c.dep_ == "dobj" and c.lemma_.lower() in view.rules.weapon_nouns for c in holder.children)
    if not (fired and prep.lower_ in AIM_PREPS):
        return list(prep.subtree)
    aims = [p for p in prep.children if p.dep_ == "pobj"]
    return aims + [x for a in aims for c in a.children if c.dep_ == "prep" and c.lower_ in view.rules.locative_preps
                   for x in c.subtree]


def facing_states(view: SentenceView, t: Token, home: frozenset[str] = frozenset()) -> list[ActorMention]:
    """Whom a posture or a pull-out faces: the other side of the border it is on ("deployed
    troops to its border with China", "on alert along the boundary with Kosovo") or the state left
    ("pulled out of Somalia"), also as the place of what was left, if not in a state of `home`
    ("from positions in southern Lebanon")."""
    found: list[ActorMention] = []
    holders = [t] + [c for c in t.children if c.dep_ in ("dobj", "prep", "prt")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        phrases = [p for p in prep.children if p.dep_ == "pobj"]
        left = prep.lower_ in ("of", "from") and (prep.head.lower_ == "out" or prep.head.i == t.i or prep.head.dep_ == "dobj")
        if left:
            names = phrases  # "pulled out of Somalia", "withdrew from Mali"
        else:  # "to/along/near [the border] with X"
            names = [x for p in phrases if p.lemma_.lower() in view.rules.border_nouns
                     for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                     for x in w.children if x.dep_ == "pobj"]
        for tok in names:
            # what is withdrawn from is a place, whatever the NER calls it ("from Kherson")
            place = view.finder.country_at(tok.i, attacked=True, called_a_place=left)
            if place and all(m.actor.country != place[0] for m in found):
                found.append(state_mention(view, *place, tok.i, "place"))
        if left and not found:  # else the first place the phrase puts what was left in, abroad
            # ("from positions in southern Lebanon"; at home the other side is the article's)
            for tok in (x for p in phrases for x in p.subtree if x.i != p.i and not _in_clause(x, prep)):
                place = view.finder.country_at(tok.i, attacked=True, called_a_place=tok.pos_ == "PROPN")
                if place:
                    found += [state_mention(view, *place, tok.i, "place")] if place[0] not in home else []
                    break
    return found


def adjunct_party(view: SentenceView, t: Token, home: set[str], moved: bool = False) -> list[ActorMention]:
    """Whom a posture or a mood is about when no object says: the first other state's actor named
    in the act's adjuncts ("placed its troops on alert, citing an Azerbaijani buildup", "deployed
    jets to deter Iran", "pessimistic about relations with the United States"), with its
    conjuncts ("a deal between Israel and Hamas"); not in its subject, nor in the forces a posture
    `moved` ("deployed [additional troops]")."""
    skipped = ("nsubj", "nsubjpass", "dobj") if moved else ("nsubj", "nsubjpass")
    skip = {x.i for c in t.children if c.dep_ in skipped for x in c.subtree}
    for tok in t.subtree:
        if tok.i in skip or tok.i == t.i or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        found = [m for m in view.finder.with_conjuncts(tok) if m.actor.country and m.actor.country not in home
                 and m.how not in ("pronoun", "context")]
        if found:
            return found
    return []


def place_objects(view: SentenceView, t: Token, lenient: bool = False) -> list[ActorMention]:
    """The states of the places a force was used on, named as its object ("shelled Sumy",
    "struck the port of Mombasa", "Odesa was struck"), which no actor phrase resolved."""
    found: list[ActorMention] = []
    objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    # "took control of the village of X": the place controlled
    objects = [p for o in objects for p in (pobjs(o, ("of",)) if o.lemma_.lower() == "control" else [o])]
    for obj in objects:
        names = [obj, *(c for c in obj.children if c.dep_ == "conj")]
        called = obj.lemma_.lower() in view.rules.place_nouns
        if called:  # "the province of Khost", "Khost province"
            names = pobjs(obj, ("of",)) + [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            # "the village of Nova Poltavka in the Donetsk region": a place the text puts in a known one
            names += [x for n in [obj, *names] for p in n.children if p.dep_ == "prep" and p.lower_ in ("in", "near")
                      for x in p.subtree]
        for tok in names:
            place = view.finder.country_at(tok.i, attacked=True, called_a_place=called or lenient)
            if place and all(m.actor.country != place[0] for m in found):
                found.append(state_mention(view, *place, tok.i, "place"))
        if called and not found:
            # "attacked the country's ports", "violated the kingdom's airspace": whose place it is
            owners = [m.actor.country for c in obj.children if c.dep_ == "poss" for m in view.finder.at(c)
                      if m.actor.country and m.how in ("context", "country", "metonym")]
            found += [state_mention(view, cc, obj.left_edge.i, obj.i + 1, obj.i, "place") for cc in dict.fromkeys(owners)]
    return found


def state_mention(view: SentenceView, country: str, start: int, end: int, head: int, how: str) -> ActorMention:
    """The state as a whole, named by the words start:end of the sentence."""
    return ActorMention(Actor(country, country, "", country), view.finder.span(start, end), view.finder.sentence, head, how)


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether a word of a locative phrase names who did something to the place ("in a deal
    brokered by China" puts nothing in China; "refugees fleeing the war in Liberia" are in Liberia)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "agent":
            return True
        tok = tok.head
    return False


def _place_holders(view: SentenceView, t: Token) -> list[Token]:
    holders = [t] + [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    # "a mine explosion near the town killed ...": an event noun as subject says where
    holders += [c for c in t.children if c.dep_ == "nsubj" and not view.finder.at(c)]
    # "attacked the embassy of Rwanda in Kinshasa": the parser hangs the place on the owner
    missions = [c for c in [x for x in t.children if x.dep_ == "dobj"] + pobjs(t, ("to", "on", "at"))
                if c.lemma_.lower() in view.rules.mission_nouns_owned]
    holders += [m for m in missions if m.dep_ == "pobj"] + [p for m in missions for p in pobjs(m, ("of",))]
    # "were killed by Russian drones in Kherson": the parser hangs the place on the passive's agent
    holders += [p for a in t.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for x in (c for c in t.children if c.dep_ == "xcomp"):  # "threatened to resume attacks in X"
        holders += [x] + [c for c in x.children if c.dep_ in ("dobj", "attr")]
    # "... killed 23 people when they blew up a bus in X": the same act, told again
    holders += [c for c in t.children if c.dep_ == "advcl"
                and any(m.dep_ == "advmod" and m.lower_ in ("when", "as", "while") for m in c.children)]
    return holders


def domestic_targets(sources, code: str) -> list[ActorMention]:
    """Acts with no stated target aimed, by their nature, at the actor's own state: protests,
    strikes and riots, and non-state demands, are against the government; curfews and bans
    imposed by a government fall on its own population. Not a navy's or a state's harassment or
    seizure of a thing ("coast guard ships harassed a research vessel"), as often abroad."""
    out = []
    root = code[:2]
    for s in sources:
        a = s.actor
        if not a.country:
            continue
        if root == "17" and (a.sector in ("GOV", "COP", "JUD")
                             or (a.sector in ("MIL", "") and not code.startswith(ABROAD_COERCION))):
            target = Actor(a.country + "CVL", a.country, "CVL", a.country)
        elif (root == "14" or (root == "10" and a.sector not in ("GOV", "MIL", ""))) and a.sector != "GOV":
            target = Actor(a.country + "GOV", a.country, "GOV", a.country)
        else:
            continue
        out.append(ActorMention(target, s.span, s.sentence, s.head, "implied"))
    return out


def refine(view: SentenceView, cand: Candidate, s: ActorMention | None, t: ActorMention | None,
           code: str, speaker: ActorMention | None = None) -> Pair:
    """Actors the pair's context completes: a role with no country takes the place's or the
    actor's own ("police dispersed protesters"), a capital under fire is a place, and "his
    counterpart" holds the source's office in the other state."""
    root = code[:2]
    if s is not None and s.actor.code == s.actor.sector in SPOKEN_FOR and speaker is not None \
            and speaker.actor.country and speaker.actor.sector in SPOKEN_FOR:
        # "Israel's defence minister said the army had struck positions in southern Lebanon": a
        # state's own body in what its official reports is that state's, not the place's
        a = s.actor
        s = ActorMention(Actor(speaker.actor.country + a.sector, speaker.actor.country, a.sector, a.name), s.span,
                         s.sentence, s.head, s.how)
    abroad = code.startswith(view.rules.between_states_codes)  # "leaders arrived in Kyiv" are no Ukrainians
    # "Qatar will host a meeting of Gulf ministers": a meeting to come that a state hosts, brokers
    # or convenes brings others to it, as one held (043) does; its guests are no host's officials
    abroad = abroad or (code.startswith("036") and cand.trigger.lemma_.lower() in view.rules.hosting_verbs)
    if s is not None and (s.actor.code == s.actor.sector or _ethnic(view, s)) and not abroad and not _many(view, s):
        located = locate(view, s, cand, "", None)
        # "the administration imposed sanctions on Cuba": the state a bare role sanctions or cuts
        # ties with, or its government or army, is not where the role is from (protests, strikes
        # and force at home are aimed at the role's own state)
        facing = root == SANCTIONING and t is not None and t.actor.country == located.actor.country \
            and t.actor.sector in ("", "GOV", "MIL")
        s = s if facing else located
    if t is not None and (t.actor.code == t.actor.sector or _ethnic(view, t)) and not _many(view, t):
        # property destroyed by a state's forces is no repression at home: whose it was the
        # place or the article says ("a school was destroyed by a Russian drone")
        wrecked = code == "1712" and s is not None and s.actor.sector in ("MIL", "")
        located = locate(view, t, cand, "" if wrecked else root, s)
        t = t if abroad and s is not None and located.actor.country == s.actor.country else located
    if t is not None and t.how == "metonym" and root in VIOLENT_ROOTS:  # "shelled Kyiv": a place
        t = ActorMention(Actor(t.actor.country, t.actor.country, "", t.actor.name), t.span, t.sentence, t.head, "place")
    if t is not None and s is not None and not t.actor.sector and t.actor.country \
            and view.doc[t.head].lemma_.lower() == "counterpart":
        t = ActorMention(Actor(t.actor.country + s.actor.sector, t.actor.country, s.actor.sector, t.actor.name),
                         t.span, t.sentence, t.head, t.how)
    return s, t


def _ethnic(view: SentenceView, mention: ActorMention) -> bool:
    return not mention.actor.sector and any(c.lower_ == "ethnic" for c in view.doc[mention.head].lefts)


def locate(view: SentenceView, target: ActorMention, cand: Candidate, root: str,
           source: ActorMention | None) -> ActorMention:
    """A role word with no nationality ("killed 23 people", "dispersed demonstrators") takes the
    country where the act happened, or, for repression at home, the acting state's."""
    # "the government signed a peace deal with the rebels in Oslo": a state talks and makes peace
    # with its own rebels or opposition, and the venue is a third state's
    peace = root < "09" and source is not None and source.actor.sector in ("GOV", "MIL") \
        and target.actor.sector in ("REB", "OPP")
    place = [] if peace else place_state(view, cand.trigger)
    country = place[0].actor.country if place else _home_country(target, root, source)
    if not country:
        return target
    a = target.actor
    return ActorMention(Actor(country + a.sector, country, a.sector, a.name), target.span,
                        target.sentence, target.head, target.how)


def _many(view: SentenceView, m: ActorMention) -> bool:
    """"European governments", "Latin American leaders": a plural role of many states, which the
    place of the act does not make one state's."""
    head = view.doc[m.head]
    words = view.rules.many_states_words
    return head.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in words or any(g.lower_ in words for g in c.children if g.dep_ in ("amod", "compound"))
        for c in head.children if c.dep_ in ("amod", "compound"))


def _home_country(target: ActorMention, root: str, source: ActorMention | None) -> str:
    """Repression at home ("police fired on demonstrators" are the police's own people); "the
    police", "the government", "the courts" unqualified are the actor's own (not an armed
    group's: it has no police of its own); and a government
    dealing with "the rebels" or "the opposition" outside combat deals with its own."""
    if source is None:
        return ""
    sector = target.actor.sector
    if source.actor.sector == "REB" and root in VIOLENT_ROOTS:
        return ""  # militants strike across borders: the police they attack are the article's to place
    if root in ("14", "15", "16", "17") or (root in VIOLENT_ROOTS and source.actor.sector == "COP") \
            or sector in ("COP", "GOV", "JUD", "LEG") \
            or (sector in ("REB", "OPP") and source.actor.sector == "GOV" and root not in VIOLENT_ROOTS):
        return source.actor.country
    return ""

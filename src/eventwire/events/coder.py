"""The sentence coder: the passes, in order, from a parsed sentence to its events."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from eventwire.actors.mentions import MentionFinder
from eventwire.events import attribution, frames, merge, selection, speech_acts, triggers
from eventwire.events.arguments import subjects
from eventwire.events.candidate import Candidate, Found, SentenceView
from eventwire.events.emit import Where, event, keep_best, null_actor
from eventwire.events.pairing import pairs, refine
from eventwire.events.rules import EngineRules, load_rules
from eventwire.events.specialise import (by_debaters, by_means, by_membership, by_object, by_order,
                                         by_parties, by_protester, by_purpose, by_riot_means, by_scale,
                                         by_target_under_fire, military_variant, not_an_act)
from eventwire.events.strategy import BUNDLED, Strategy
from eventwire.ontology import Codebook
from eventwire.ontology.cameo import CameoCode
from eventwire.types import CoderSettings, Event
from eventwire.verbs import Lexicon

STATEMENT = "010"  # make statement: coded only when the user asks for bare statements


# sectors that fight: one state's forces seldom act on others of their own state by that name
ARMED = frozenset({"MIL", "REB", "UAF", "COP", "CRM", "SPY"})


def candidates(view: SentenceView) -> list[Candidate]:
    """Passes 1-4 and 6: triggers with their arguments, one act told in several words merged,
    frames and modality, event nouns that only refer to an event and acts under a negation or a
    noun of possibility left out, attribution, and which clause each candidate is in."""
    found: Found = triggers.find_triggers(view)
    words = merge.frame_words(view)
    found = merge.light_verbs(view, found)
    found = merge.means_of_violence(found)
    found = merge.means_of_response(view, found)
    found = merge.weapon_subjects(view, found)
    found = merge.received_acts(view, found, words)
    found = merge.governed_acts(found, words, view.rules.prompting_verbs)
    found = frames.apply_frames(view, found, words)
    found = frames.halted_acts(view, found)
    # before attribution: a speech act whose content is only a reference ("warned that police
    # will not tolerate rallies") is the act itself, not a report of one
    found = selection.nominal_references(view, found)
    found = selection.unasserted(view, found)
    found = selection.sport(view, found)
    found = selection.anonymity(view, found)
    found = selection.guests(view, found)
    found = selection.carried(view, found)
    found = selection.forces_on_duty(view, found)
    found = selection.own_goals(view, found)
    found = selection.told_to_leave_again(view, found)
    found = selection.elections(view, found)
    found = selection.surveys(view, found)
    found = selection.thing_participles(view, found)
    found = selection.reduced_relatives(view, found)
    found = selection.subject_nouns(view, found)
    found = selection.endangerings(view, found)
    found = selection.long_standing(view, found)
    found = selection.patrons(view, found)
    found = selection.prescribed(view, found)
    found = attribution.attach_speakers(view, found)
    found = attribution.forecasts(view, found)
    found = speech_acts.promised_responses(view, found)
    found = speech_acts.characterisations(view, found)
    found = speech_acts.deadlines(view, found)
    found = speech_acts.judgements(view, found)
    found = speech_acts.calls_told(view, found)
    found = attribution.addressed_promises(view, found)
    found = attribution.reprisals(view, found)
    found = attribution.prompted_answers(view, found)
    found = speech_acts.threatened_consequences(view, found)
    found = speech_acts.threatened_punishments(view, found)
    found = attribution.claims(view, found)
    found = attribution.reported_blame(view, found)
    found = speech_acts.rulings(view, found)
    found = attribution.denials(view, found)
    found = attribution.obligations(view, found)
    return list(selection.mark_clauses(view, found).values())


def code_sentence(doc: Doc, finder: MentionFinder, lexicon: Lexicon, codebook: Codebook,
                  settings: CoderSettings, sentence: int, offset: int, day: date | None,
                  rules: EngineRules | None = None, strategy: Strategy = BUNDLED) -> list[Event]:
    """All events of one parsed sentence; `offset` maps token offsets to article characters."""
    view = SentenceView(doc, finder, lexicon, rules or load_rules(), strategy, settings)
    seen: dict[tuple[str, str, str], Event] = {}
    where = Where(sentence, offset, day)
    for cand in selection.select(candidates(view), codebook):
        for e in events_of(view, cand, codebook, where):
            if not settings.statements and e.code == STATEMENT:
                continue  # conventions: a bare statement is no event unless the user asks for it
            keep_best(seen, e)
    return list(seen.values())


def events_of(view: SentenceView, cand: Candidate, codebook: Codebook, where: Where) -> list[Event]:
    """Passes 5 and 7 for one act: its final code, its pairs, and the reverse act of a paired
    code (an imported "[032:033]" codes both directions)."""
    reverse = cand.pattern.reverse if cand.pattern is not None and cand.frame is None else ""
    forward = bool(cand.code) and cand.code != "---"  # ":173" codes only the target's act
    if view.strategy.open_codes:
        code = cand.code if forward else reverse
    else:
        code = cand.code if cand.frame is not None else military_variant(view.rules, cand.code, cand.sources, cand.targets)
        code = by_scale(view.rules, by_parties(view.rules, code, cand.sources, cand.targets), cand.head)
        code = by_riot_means(view.rules, by_means(view.rules, code, cand.sources), cand.trigger, cand.sources, cand.targets)
        code = by_protester(view, by_object(view, code, cand.head, cand.targets), cand.trigger, cand.sources)
        code = by_debaters(view, code, cand.trigger, cand.sources, cand.targets)
        code = by_purpose(view, code, cand.trigger, cand.sources, cand.targets)
        code = by_order(view, by_target_under_fire(view, code, cand.pattern, cand.targets), cand.trigger)
        code = by_membership(view, code, cand.trigger)
    cameo = codebook.closest(code)
    if cameo is None or not_an_act(view.rules, cameo.code, cand.sources, cand.targets):
        return []
    speaker = None
    if cand.via_speech is not None:
        speakers = subjects(view, cand.via_speech)[0]
        speaker = speakers[0] if speakers else None
    out = []
    for s, t in pairs(view, cand, cameo):
        completed = refine(view, cand, s, t, cameo.code, speaker)
        if t is not None and completed[1] != t and completed[0] is not None and \
                completed[0].actor.code == completed[1].actor.code and \
                (completed[1].actor.sector in ARMED or view.doc[t.head].tag_ not in ("NN", "NNP")):
            # completing the target's role made it its own source ("Iraqi troops seized the fields
            # from Kurdish forces", "imposed visa curbs on officials linked to the attack"): the
            # role stays without a country. One office holder of a state acts on another ("the
            # president sacked the interior minister").
            completed = (completed[0], t)
        s, t = completed
        if view.strategy.open_codes:
            s, t = null_actor(s), null_actor(t)
        if forward:
            out.append(event(cand, s, t, _repression_abroad(view, cand, cameo, s, t, codebook), where, speaker))
        back = codebook.closest(reverse) if reverse and s is not None and t is not None else None
        if back is not None:
            out.append(event(cand, t, s, back, where, speaker))
    return out


def _repression_abroad(view: SentenceView, cand: Candidate, cameo: CameoCode, s, t, codebook: Codebook) -> CameoCode:
    """Repression is a state's forces on its own people: civilians whom only the place of the act
    made another state's ("Eritrean troops killed dozens of civilians in Tigray") were hit by
    force abroad, the act's own code, not repressed (specialise.by_parties saw them bare)."""
    if cameo.code != view.rules.repression["to"] or s is None or t is None or not s.actor.country \
            or not t.actor.country or t.actor.country == s.actor.country \
            or not cand.code.startswith(tuple(view.rules.repression["codes"])):
        return cameo
    return codebook.closest(cand.code) or cameo

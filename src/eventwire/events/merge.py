"""Pass 2, one act in several words: light verbs and their nouns, the means of an attack, governed acts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import Mentions, actors_of
from eventwire.events.candidate import Found, SentenceView
from eventwire.events.syntax import misread_active, not_ruled_out, pobjs
from eventwire.verbs import Frame

VIOLENT_ROOTS = ("18", "19", "20")


def frame_words(view: SentenceView) -> dict[int, tuple[Frame, ...]]:
    """Words that can govern another event ("ready", "urged", "refused"), by token index; not a
    verb made another by its particle ("called up reservists", "called off the talks")."""
    particles = view.rules.frame_particles  # "called off", "ruled out" (rules.json)
    return {t.i: view.lexicon.frames[t.lemma_.lower()] for t in view.doc
            if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and t.lemma_.lower() in view.lexicon.frames
            and not any(c.dep_ == "prt" and c.lower_ in particles["unmade_by"] for c in t.children)
            and (t.lemma_.lower() not in particles["needed"]
                 or any(c.dep_ == "prt" and c.lower_ == particles["needed"][t.lemma_.lower()] for c in t.children))}


def light_verbs(view: SentenceView, found: Found) -> Found:
    """A light verb with an event noun is that event ("undertook a mediation mission", "renewed
    negotiations"); a noun that is only what another act is about ("criticised the drills") is no
    event of its own unless its phrase names who did it ("the drills by the navy")."""
    out = dict(found)
    for i, cand in found.items():
        if i not in out or cand.anchor is None:
            continue
        verb = out.get(cand.anchor.i)
        if verb is not None and verb.trigger.lemma_.lower() in view.rules.light_verbs and i not in verb.used:
            del out[verb.trigger.i]
            if verb.trigger.lemma_.lower() in view.rules.causative_verbs and verb.sources:
                # who orders it is who does it; whom the order names ("ordered the expulsion of
                # the French ambassador") is whom it is aimed at
                own = {m.actor.country for m in verb.sources if m.actor.country}
                named = tuple(m for m in verb.targets  # not its own forces, which carry the order out
                              if not (m.actor.country in own | {""} and m.actor.sector in ("MIL", "COP")))
                out[i] = replace(cand, sources=verb.sources, targets=cand.targets or named)
            elif not cand.targets:
                out[i] = replace(cand, targets=tuple(_recipients(view, verb.trigger)))
        elif verb is not None and not not_ruled_out(verb.trigger):  # "did not rule out sanctions": framed by it
            t = cand.trigger
            own = view.finder.at(t) or any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "between")) for c in t.children)
            if own:
                out[i] = replace(cand, anchor=None)
            else:
                del out[i]
    return out


def _recipients(view: SentenceView, verb: Token) -> Mentions:
    """Whom a light verb hands its noun to, its indirect object: "gave Hezbollah a 48-hour
    ultimatum", "gave an ultimatum to the junta" are aimed at them, as "issued Kyiv an ultimatum"
    (a pattern of the verb's own) is."""
    return actors_of(view, [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
                     + pobjs(verb, ("to",), deps=("dative",)))


def means_of_violence(found: Found) -> Found:
    """"killed in a car bombing", "a drone strike killed ...": the attack noun says how, so its
    (more specific) code is the act's, and it is not a second event."""
    out = dict(found)
    for i, cand in found.items():
        if i not in out or cand.pattern is None or cand.pattern.pos != "VERB" or not cand.code.startswith(("18", "19")):
            continue
        t = cand.trigger
        means = [p for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during", "with")
                 for p in c.children if p.dep_ == "pobj"] + [c for c in t.children if c.dep_ == "nsubj"]
        if misread_active(t):
            means.append(t.head)
        code = cand.code
        for noun in (out.get(m.i) for m in means):
            if noun is not None and noun.code[:2] in VIOLENT_ROOTS and len(noun.code) >= len(code) and noun.code != code:
                code = noun.code
                del out[noun.trigger.i]
        out[i] = replace(cand, code=code)
    return out


def means_of_response(view: SentenceView, found: Found) -> Found:
    """"retaliated by imposing tariffs", "responded by expelling two diplomats": the act done by
    way of reply is the act; the verb of replying (190 for "retaliate") says only why."""
    out = dict(found)
    for i, cand in found.items():
        if cand.trigger.lemma_.lower() not in view.rules.response_verbs["words"]:
            continue
        means = [p for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pcomp" and p.i in found]
        if means:
            del out[i]
    return out


GENERIC_FORCE = frozenset({"180", "190"})  # force of no stated kind


def weapon_subjects(view: SentenceView, found: Found) -> Found:
    """"Warplanes struck targets in the south", "artillery pounded the town": a weapon as the
    subject says what kind of force was used (195 aerial, 194 artillery and tanks)."""
    out = dict(found)
    for i, cand in found.items():
        if cand.code not in GENERIC_FORCE:
            continue
        t = cand.trigger
        if any(c.dep_ == "dobj" and c.lemma_.lower() in view.rules.weapon_nouns for c in t.children):
            continue  # "jets shot down three drones", "air defences intercepted missiles": defence, not air strikes
        subjects = [c for c in t.children if c.dep_ == "nsubj"] + ([t.head] if misread_active(t) else [])
        lemmas = {w.lemma_.lower() for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "compound"))}
        if lemmas & view.rules.aerial_means:
            out[i] = replace(cand, code="195")
        elif lemmas & view.rules.artillery_means:
            out[i] = replace(cand, code="194")
    return out


HOSTING = "043"  # "received the minister": host a visit


def received_acts(view: SentenceView, found: Found, frames: dict[int, tuple[Frame, ...]]) -> Found:
    """"received an invitation from Moscow to visit": the invitation is the event (Moscow's),
    the receiving is no hosting of a visitor."""
    out = dict(found)
    for i, cand in found.items():
        t = cand.trigger
        if cand.code.startswith(HOSTING) and t.lemma_.lower() in view.rules.receiving_verbs and any(
                c.dep_ == "dobj" and (c.i in frames or c.i in found) for c in t.children):
            del out[i]
    return out


HELPING = frozenset({"help", "assist"})  # with no one helped, the helper takes part in the act


def governed_acts(found: Found, frames: dict[int, tuple[Frame, ...]], prompting: frozenset[str] = frozenset()) -> Found:
    """"allowed refugees to return", "helped them oust the mayor": the governing act is the event
    (unless the governing word is a frame, which transforms the governed act instead); but what
    an attack forced or prompted someone to do is that one's act, and the forcing only says why
    ("..., forcing Somali troops to retreat")."""
    out = dict(found)
    for i, cand in found.items():
        t = cand.trigger
        if t.dep_ == "xcomp" and t.head.i in out and t.head.i not in frames:
            helper = t.head
            if helper.lemma_.lower() in HELPING and not any(c.dep_ in ("dobj", "aux") for c in helper.children):
                del out[helper.i]  # "Qatar helped mediate the talks": helping to do it is doing it
            elif helper.lemma_.lower() in prompting and any(c.dep_ == "dobj" for c in helper.children) \
                    and helper.dep_ in ("advcl", "conj") and helper.tag_ == "VBG":
                # aimed, when at no one named, at whoever forced it
                prompter = out.pop(helper.i).sources
                mine = {m.actor.code for m in cand.sources}
                if not cand.targets and prompter and i in out:
                    out[i] = replace(cand, targets=tuple(m for m in prompter if m.actor.code not in mine))
            else:
                del out[i]
    return out

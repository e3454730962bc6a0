"""Read a coded article as a whole: speakers and coreference, event dates, places, quotes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.discourse.background import leave_out_background, once_per_article
from eventwire.discourse.complete import (ROLES, complete_countries, complete_quote_countries, known_people,
                                          local_armed_groups, story_state, story_states)
from eventwire.discourse.shared_names import local_bodies, meant_states, remap_article
from eventwire.discourse.targets import context_targets, domestic_targets
from eventwire.discourse.speakers import Attribution, Discourse, ParsedSentence, attribute, quotes_of
from eventwire.events.rules import LOCATIVE_PREPS, load_rules
from eventwire.events.syntax import beyond_border, future, has_to_infinitive, scheduled
from eventwire.places import Gazetteer
from eventwire.text.quotes import find_quotations
from eventwire.text.timex import NUMBER_WORDS, REPORTING, dates_a_noun, find_time_expressions, time_of
from eventwire.types import Event, Place, Quote, Span, TimeExpression

PLACE_ENTITIES = ("GPE", "LOC", "FAC")
# Times a later sentence inherits (the conventions: "the nearest preceding explicit time"): a day
# or a week; "this year marks 80 years since ..." dates an anniversary, not what follows it.
INHERITED = ("day", "week")
MAKING_VERBS = load_rules().making_verbs
SCHEDULE_WORDS = load_rules().schedule_words
BORDER_NOUNS = load_rules().border_nouns


def read_article(text: str, day: date | None, parsed: list[ParsedSentence], events: list[Event],
                 gazetteer: Gazetteer, countries: dict[str, str],
                 day_certain: bool = True, home: str = "") -> tuple[list[Event], list[Quote], list[Place]]:
    """Events with their speakers resolved across sentences, their dates and locations; the
    article's quotes and places. `parsed` is in article order; `countries` maps country names
    to ISO3 codes for places that are whole countries. `day_certain` is False when the story
    date's year was a guess: dates resolved from it are flagged too. `home` is the country of
    the dateline's place: a speaker known only by role ("the foreign ministry spokeswoman") in
    a story filed from Hanoi speaks for Vietnam."""
    direct = find_quotations(text)
    quoted = [(q.outer_start, q.outer_end) for q in direct]
    discourse = Discourse()
    quotes: list[Quote] = []
    places: dict[tuple[str, str], Place] = {}
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    out: list[Event] = []
    earlier: TimeExpression | None = None  # the last time expression the article has given
    for sent in parsed:
        attributions = attribute(sent, discourse, quoted)
        quotes.extend(quotes_of(sent, attributions, direct, text, discourse))
        found = _places(sent, gazetteer, countries)
        for place in found:
            places.setdefault((place.name, place.country), place)
        mine = by_sentence.pop(sent.index, [])
        opening = _opening_place(sent, found)
        found_times = find_time_expressions(sent.doc.text, day, offset=sent.start)
        expressions = _anchored([x for x in found_times if not _not_an_act_time(sent, x)], earlier, day_certain)
        for e in mine:
            trigger = _token_at(sent.doc, e.trigger.start - sent.start)
            if trigger is None:
                out.append(e)
                continue
            e = _speaker(e, trigger, attributions, discourse, sent)
            before = [x for x in expressions if x.span is not None and x.span.start < e.trigger.start
                      and x.precision in INHERITED and not _in_relative_clause(sent, x, trigger)]
            e = _date(e, sent.doc, trigger, expressions, day, sent.start, day_certain,
                      before[-1] if before else earlier)
            e = _days_apart(e, trigger)
            e = replace(e, location=_location(e, sent, trigger, found, gazetteer, countries) or opening)
            out.append(e)
        # a time after the story date ("talks will resume next week") is not inherited: the acts
        # later sentences tell without a time of their own happened by the story date
        earlier = next((x for x in reversed(expressions) if x.date is not None and x.precision in INHERITED
                        and not (day is not None and x.date > day)), earlier)
    for rest in by_sentence.values():  # events of sentences not handed over (none in practice)
        out.extend(rest)
    quotes = _with_continued_speakers(_closed_later(quotes))
    out = _spoken_in_quotes(out, quotes)
    out, quotes, found_places, home = remap_article(out, quotes, list(places.values()), home, meant_states(parsed, home))
    out = local_armed_groups(local_bodies(out, home), frozenset(countries.values()))
    out, quotes = _article_passes(out, quotes, parsed, day, day_certain, home, frozenset(countries.values()))
    return out, quotes, found_places


def _article_passes(events: list[Event], quotes: list[Quote], parsed: list[ParsedSentence], day: date | None,
                    day_certain: bool, home: str, iso: frozenset[str]) -> tuple[list[Event], list[Quote]]:
    """The article as context, once dates and places are known: countries for bare roles, then
    background and restatements left out (restatements last, so that "police" and "Kenyan
    police" are one actor when they are compared)."""
    named = {sent.index: list(sent.finder.countries_named()) for sent in parsed}
    for e in events:
        named.setdefault(e.sentence, []).extend(c[:3] for c in (e.source, e.target) if c[:3] in iso)
    state = story_state((named[i] for i in sorted(named)), home)
    if home and not any(home in found for found in named.values()):
        # a story filed from a hub it never names ("DUBAI" over a Yemen story): its bare roles are
        # the story's other country's, not the filing city's
        home = story_state(([c for c in named[i] if c != state] for i in sorted(named)), "") or home
    people = known_people(quotes, iso)
    # who the story quotes counts among the states it is about ("..., the health ministry in Gaza said")
    spoken = {i: found + [e.speaker[:3] for e in events if e.sentence == i and e.speaker[:3] in iso]
              for i, found in named.items()}
    events = complete_countries(events, state, home, iso, people, story_states((spoken[i] for i in sorted(spoken)), home))
    events = [_first_person(e, iso) for e in events]
    quotes = complete_quote_countries(quotes, state, home, iso, people, events)
    events = domestic_targets(context_targets(events, parsed, iso))
    events = leave_out_background(events, day, day_certain)
    return once_per_article(events), quotes


def _token_at(doc: Doc, char: int) -> Token | None:
    for t in doc:
        if t.idx <= char < t.idx + len(t):
            return t
    return None


# -- speakers ---------------------------------------------------------------------------------

def _speaker(e: Event, trigger: Token, attributions: list[Attribution], discourse: Discourse,
             sent: ParsedSentence) -> Event:
    """The event's speaker from the cue whose report holds the trigger; an anaphoric source
    ("he", "the ministry") takes the actor it refers back to."""
    for a in attributions:
        if a.referent is None or trigger.i == a.cue.i:
            continue
        if trigger in a.clause or (not a.clause and len(attributions) == 1):
            span = Span(sent.start + a.speaker_tokens[0].idx,
                        sent.start + a.speaker_tokens[-1].idx + len(a.speaker_tokens[-1]),
                        sent.doc.text[a.speaker_tokens[0].idx:a.speaker_tokens[-1].idx + len(a.speaker_tokens[-1])])
            # a speaker named before ("the spokesman") is who was named, not whom the finder
            # guessed from the last actors of the article
            guessed = a.mention is not None and a.mention.how == "context"
            if a.referent.actor and (not e.speaker or len(a.referent.actor) >= len(e.speaker) or guessed):
                e = replace(e, speaker=a.referent.actor, speaker_span=span)
            break
    if e.source_span is not None and (not e.source or e.source == _sector_only(e.source)):
        head = _token_at(sent.doc, e.source_span.end - 1 - sent.start)
        ref = discourse.resolve(head) if head is not None else None
        if ref is not None and ref.actor:
            e = replace(e, source=ref.actor)
    return e


def _sector_only(code: str) -> str:
    """A bare role ("GOV"), not a country ("QAT"): only a role is completed from what it refers to."""
    return code if code in ROLES else ""


def _closed_later(quotes: list[Quote]) -> list[Quote]:
    """'"Pakistan must dismantle the camps. We will respond," the spokesman said': a quotation
    that runs over sentences has its cue after its last one, where the cue's report was recorded
    as a quote of its own; the quotation takes that speaker, and the part is not listed twice."""
    merged: dict[int, Quote] = {}  # index of a quotation -> it with its speaker
    parts: set[int] = set()  # indices of the reports it took its speaker from
    for n, q in enumerate(quotes):
        if not q.direct or q.speaker:
            continue
        k = next((k for k, p in enumerate(quotes) if not p.direct and p.speaker and p.sentence > q.sentence
                  and k not in parts and q.span.start <= p.span.start and p.span.end <= q.span.end), None)
        if k is not None:
            p = quotes[k]
            merged[n] = replace(q, speaker=p.speaker, speaker_span=p.speaker_span, actor=p.actor,
                                person=p.person, cue=p.cue, certain=p.certain)
            parts.add(k)
    return [merged.get(n, q) for n, q in enumerate(quotes) if n not in parts]


def _spoken_in_quotes(events: list[Event], quotes: list[Quote]) -> list[Event]:
    """Events told inside a direct quotation spoken by a known actor have that speaker, when
    their sentence named none (the quotation's sentences before the cue); a demand no one in
    its sentence made ("Pakistan must dismantle the camps") is its speaker's."""
    out = []
    for e in events:
        if not e.speaker:
            q = next((q for q in quotes if q.direct and q.actor and q.span.start <= e.trigger.start < q.span.end), None)
            if q is not None:
                e = replace(e, speaker=q.actor, speaker_span=q.speaker_span)
        if not e.source and e.root == "10" and e.speaker and e.target[:3] != e.speaker[:3]:
            e = replace(e, source=e.speaker)  # also '"Russia must free them," he said'
        out.append(e)
    return out


FIRST_PERSON = ("we", "us", "our", "i", "my")


def _first_person(e: Event, iso: frozenset[str]) -> Event:
    """"We", "us" and "our people" in what a state's speaker says are the speaker's side."""
    if e.speaker[:3] not in iso:
        return e
    own = e.speaker[:3]
    fields = {}
    for name, span in (("source", e.source_span), ("target", e.target_span)):
        code = getattr(e, name)
        words = span.text.split() if span is not None else []
        # "US steel" is no "us": a first-person word is written in lower case (or is "I")
        first = bool(words) and (words[0] == "I" or (words[0].lower() in FIRST_PERSON and not words[0].isupper()))
        if first and code[:3] != own:
            # "we": the speaker; "our people", "our forces": the speaker's country in that role
            role = code if code in ROLES else code[3:] if len(code) > 3 and not code.startswith("IGO") else ""
            fields[name] = e.speaker if len(words) == 1 or not role else own + role
    if "source" in fields and fields["source"] == fields.get("target", e.target):
        fields["target"] = ""  # the other side was misread as the speaker's; the article may say
    return replace(e, **fields) if fields else e


def _with_continued_speakers(quotes: list[Quote]) -> list[Quote]:
    """A direct quotation with no cue of its own that opens the next paragraph of a speaker's
    quotation continues it (the wire convention): it takes that speaker, flagged uncertain."""
    out: list[Quote] = []
    for q in quotes:
        if q.direct and not q.speaker and out and out[-1].direct and out[-1].speaker:
            prev = out[-1]
            q = replace(q, speaker=prev.speaker, speaker_span=prev.speaker_span, actor=prev.actor,
                        person=prev.person, cue=prev.cue, certain=False)
        out.append(q)
    return out


# -- dates ------------------------------------------------------------------------------------

# Roots of acts about another act (appeals, demands, accusations, rejections, threats): the
# other act's time is not theirs.
SAID_OF_ANOTHER_ACT = frozenset({"02", "10", "11", "12", "13"})
# Acts done "for", "on", "over" or "about" another act: praise, thanks, condolences, criticism.
REACTIONS = SAID_OF_ANOTHER_ACT | {"01", "05"}
REASON_PREPS = frozenset({"for", "on", "over", "about"})


def _in_reason(doc: Doc, trigger: Token, expr: TimeExpression, offset: int) -> bool:
    """Whether a time expression dates what a reaction is about, not the reaction: it lies inside
    the object of the trigger's "for/on/over/about" phrase, below its head ("praised Mali for
    expelling French troops in 2022", "on his re-election last October"; not "on Monday")."""
    if expr.span is None:
        return False
    inside = {t.i for t in doc if expr.span.start <= t.idx + offset < expr.span.end}
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS):
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            below = {t.i for t in obj.subtree} - {obj.i}
            # ("criticised Taipei for the move on Monday": a day on a thing blamed, with no verb of
            # its own, is the reaction's, however the parser hangs it)
            thing = expr.precision == "day" and not any(t.pos_ == "VERB" for t in obj.subtree)
            if inside and obj.i not in inside and inside <= below and not thing:
                return True
            # the parser may hang a month or year right after the phrase on the verb ("on his
            # re-election last October"); a day is the reaction's own ("for its help on Monday")
            end = max(t.i for t in prep.subtree)
            if inside and min(inside) == end + 1 and expr.precision in ("month", "year"):
                return True
    return False

def _date(e: Event, doc: Doc, trigger: Token, expressions: list[TimeExpression], day: date | None,
          offset: int, day_certain: bool = True, earlier: TimeExpression | None = None) -> Event:
    """The date of the event's own time expression; with none, the conventions' rule: the nearest
    time the article gave before it (date_text "", it is not the event's own), else the story date."""
    expr = time_of(doc, trigger.i, expressions, offset) if expressions else None
    if expr is not None and e.root in REACTIONS and _in_reason(doc, trigger, expr, offset):
        expr = None  # "congratulated Ouattara on his re-election last October": the re-election's time
    if expr is None and expressions:
        expr = _within_clause(doc, trigger, expressions, offset, e.root in SAID_OF_ANOTHER_ACT)
        if expr is not None and e.root in REACTIONS and _in_reason(doc, trigger, expr, offset):
            expr = None
    if expr is None:
        expr = _year_of_object(doc, trigger, offset)
    if expr is None:
        expr = _year_of_main_clause(doc, trigger, expressions, offset, day) \
            or _year_of_described(doc, trigger, expressions, offset, day)
    if expr is not None and e.root in PROMISES and _to_come(_month_to_come(expr, trigger, day), day):
        # "said on Thursday he would travel to Beijing in April": a promise or threat is made when
        # it is said; the time it speaks of is what is promised
        expr = _time_said(doc, trigger, expressions, offset, day)
        earlier = None  # (the sentence has a time of its own: it inherits none from before)
    if expr is None and earlier is not None and earlier.date is not None:
        return replace(e, date=earlier.date, date_precision=earlier.precision, date_text="",
                       date_certain=earlier.certain and day_certain)
    if expr is None:  # nothing in the text dates it: the story date, as every coder assumes
        return replace(e, date=day, date_precision="story" if day else "unknown", date_text="",
                       date_certain=day is not None and day_certain)
    # an expression with its own year ("May 9, 2024") does not lean on a guessed story year
    own_year = bool(re.search(r"\b\d{4}\b", expr.text))
    if not own_year:
        expr = _month_to_come(expr, trigger, day)
    return replace(e, date=expr.date, date_precision=expr.precision, date_text=expr.text,
                   date_certain=expr.certain and (day_certain or own_year))


SPAN_DAYS = {"day": 1, "week": 7}
PROMISES = frozenset({"03", "13"})  # intents and threats: acts of saying what will be done


# marks of a clause told in the main act's time ("cut ties in 2016 after protesters stormed ...")
TOLD_AFTER = frozenset({"after", "when", "as", "following", "because", "since"})


def _year_of_main_clause(doc: Doc, trigger: Token, expressions: list[TimeExpression], offset: int,
                         day: date | None) -> TimeExpression | None:
    """"Saudi Arabia cut ties with Iran in 2016 after protesters stormed its embassy": an act in a
    clause of the main act's time, with no time of its own, is of the main act's year or month
    (not its day, which the clause's act need not share), when that is past."""
    clause = _adverbial_clause(trigger)
    if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in TOLD_AFTER for m in clause.children):
        return None
    expr = time_of(doc, clause.head.i, expressions, offset)
    if expr is None or expr.precision not in ("year", "month") or expr.date is None or day is None \
            or expr.date >= day.replace(day=1):
        return None
    return expr


def _year_of_described(doc: Doc, trigger: Token, expressions: list[TimeExpression], offset: int,
                       day: date | None) -> TimeExpression | None:
    """"In 2015, Riyadh launched a campaign against the Houthis, whom it accused of ...": a past
    act in a relative clause on the main act's object, with no time of its own, is told in the
    main act's year or month (as in _year_of_main_clause), when that is past."""
    clause = trigger
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.tag_ != "VBD" or clause.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = clause.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    expr = time_of(doc, verb.i, expressions, offset)
    if expr is None or expr.precision not in ("year", "month") or expr.date is None or day is None \
            or expr.date >= day.replace(day=1):
        return None
    return expr


def _adverbial_clause(trigger: Token) -> Token:
    """The verb of the adverbial clause an act is told in ("after protesters stormed ..."), else the root."""
    clause = trigger
    while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _to_come(expr: TimeExpression, day: date | None) -> bool:
    """Whether a time expression is after the story date or a period still running on it ("in
    April", "next month", "this year", "later this month")."""
    if expr.date is None or day is None:
        return False
    if expr.date > day:
        return True
    return (expr.precision == "year" and expr.date.year == day.year) or \
        (expr.precision == "month" and (expr.date.year, expr.date.month) == (day.year, day.month))


def _time_said(doc: Doc, trigger: Token, expressions: list[TimeExpression], offset: int,
               day: date | None) -> TimeExpression | None:
    """The time of the verb of speech that reports an act ("said on Thursday"), if it has one."""
    for verb in trigger.ancestors:
        if verb.lemma_.lower() in REPORTING:
            expr = time_of(doc, verb.i, expressions, offset)
            return expr if expr is not None and not _to_come(expr, day) else None
    return None


def _days_apart(e: Event, trigger: Token) -> Event:
    """"Israel struck Gaza on Sunday, a day after Hamas fired rockets": an act told in a clause
    "N days after / before" the main one, with no time of its own, is that many days from the
    main act's day (it took the main clause's date, as a time given before it)."""
    if e.date is None or e.date_precision != "day" or e.date_text:
        return e  # no day to count from, or a time of its own
    clause = _adverbial_clause(trigger)
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    span = next((c for c in clause.children if c.dep_ == "npadvmod" and c.lemma_.lower() in SPAN_DAYS), None)
    if clause.dep_ != "advcl" or mark is None or span is None:
        return e
    count = next((NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                  for c in span.children if c.dep_ in ("det", "nummod")), None)
    if not count:
        return e
    days = count * SPAN_DAYS[span.lemma_.lower()]
    return replace(e, date=e.date - timedelta(days=days if mark == "after" else -days))


def _month_to_come(expr: TimeExpression, trigger: Token, day: date | None) -> TimeExpression:
    """"will visit China in April" in a March story is this April, not last: a month after the
    story's month, with no year, is taken as the one before the story unless the act is to come
    (a future, scheduled or infinitive act: "plans to lift tariffs in April")."""
    if day is None or expr.date is None or expr.precision != "month" or expr.date.year != day.year - 1 \
            or expr.date.month <= day.month or re.search(r"(?i)\blast\b", expr.text):
        return expr
    if not (future(trigger) or has_to_infinitive(trigger) or scheduled(trigger, SCHEDULE_WORDS)):
        return expr
    return replace(expr, date=expr.date.replace(year=day.year), note="a month to come: the act is in the future")


# prepositions whose object is an end or a deadline, not when the act happened ("extend the
# truce until April 30", "deploy a battlegroup by 2027")
END_PREPS = frozenset({"until", "till", "by", "through"})


def _not_an_act_time(sent: ParsedSentence, expr: TimeExpression) -> bool:
    """A time that dates no act: an end or a deadline ("until April 30", "by 2027"), or a time
    that only says which thing a noun is ("rejected the result of last month's election")."""
    if expr.span is None:
        return False
    tokens = [t for t in sent.doc if expr.span.start <= sent.start + t.idx < expr.span.end]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return any((h.dep_ == "pobj" and h.head.lower_ in END_PREPS) or (h.dep_ == "prep" and h.lower_ in END_PREPS) or
               (h.dep_ == "poss" and any(c.dep_ == "case" for c in h.children)) for h in heads)


def _anchored(expressions: list[TimeExpression], earlier: TimeExpression | None,
              day_certain: bool) -> list[TimeExpression]:
    """"a day later", "the next day" counted from the time they follow: the sentence's own
    earlier time, else the article's last one (the conventions: resolved from the event they are
    anchored to). With none, they stay counted from the story date, marked uncertain."""
    out: list[TimeExpression] = []
    for x in expressions:
        anchor = next((y for y in reversed(out) if y.date is not None and y.precision == "day"), None) or earlier
        if x.anchored_days is not None and anchor is not None and anchor.date is not None \
                and anchor.precision == "day":
            x = replace(x, date=anchor.date + timedelta(days=x.anchored_days),
                        certain=anchor.certain and day_certain, note="")
        out.append(x)
    return out


def _in_relative_clause(sent: ParsedSentence, expr: TimeExpression, trigger: Token) -> bool:
    """"Qatar, which hosted talks last week, urged ...": a time inside a relative clause that
    does not hold the act dates that clause, so the act does not inherit it."""
    tokens = [t for t in sent.doc if expr.span.start <= sent.start + t.idx < expr.span.end]
    above = set(trigger.ancestors) | {trigger}
    return any(a.dep_ in ("relcl", "acl") and a not in above for t in tokens[:1] for a in t.ancestors)


def _year_of_object(doc: Doc, trigger: Token, offset: int) -> TimeExpression | None:
    """The year of what the act made, named in its object: "which brokered the 2020
    ceasefire" happened in 2020 (so a 2025 story tells it as background)."""
    if trigger.lemma_.lower() not in MAKING_VERBS:
        return None
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        for mod in obj.children:
            if mod.dep_ in ("nummod", "compound", "amod") and re.fullmatch(r"(19|20)\d\d", mod.text):
                span = Span(offset + mod.idx, offset + mod.idx + len(mod.text), mod.text)
                return TimeExpression(mod.text, date(int(mod.text), 1, 1), "year", span)
    return None


def _within_clause(doc: Doc, trigger: Token, expressions: list[TimeExpression], offset: int,
                   about_another_act: bool = False) -> TimeExpression | None:
    """An expression the parser hung on a noun of the event's own clause ("had received the
    first tranche of a loan … earlier this month", "detected preparations for the test last
    week"): the one nearest after the trigger, if no other verb's clause stands between. An
    appeal, demand, accusation or threat `about_another_act` is not dated by that act's time
    ("accused Russia of shelling Kherson on Sunday", "urged ASEAN to finalise a code this year")."""
    own = [t for t in trigger.subtree]
    nested = {t.i for c in trigger.children if c.dep_ in ("ccomp", "relcl", "advcl", "parataxis", "conj")
              and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    if about_another_act:
        nested |= {t.i for c in trigger.subtree if c.i != trigger.i and c.pos_ == "VERB" for t in c.subtree}
    # a clause on its object ("a crossing, which had been closed since January", "the ceasefire,
    # which took effect in November 2024") dates the thing, unless it names the day, which news
    # gives for the occasion itself ("fired at protesters who marched on parliament on Tuesday")
    described = {t.i for c in trigger.subtree if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                 for t in c.subtree}
    spans = [(offset + t.idx, t.i) for t in own if t.i not in nested and t.i > trigger.i]
    best = None
    for expr in expressions:
        if expr.span is None:
            continue
        inside = [i for start, i in spans if expr.span.start <= start < expr.span.end]
        if inside and all(i in described for i in inside) and expr.precision != "day":
            continue
        if inside and dates_a_noun(doc, expr, offset):
            continue  # "rejected the February 2026 proposal": the proposal's date
        if inside and (best is None or inside[0] < best[0]):
            best = (inside[0], expr)
    return best[1] if best else None


# -- places -----------------------------------------------------------------------------------

def _places(sent: ParsedSentence, gazetteer: Gazetteer, countries: dict[str, str]) -> list[Place]:
    """Places the sentence names: countries from the actor dictionary, cities from the
    gazetteer (a country the sentence names decides between namesakes)."""
    doc, base = sent.doc, sent.start
    named = frozenset(countries[e.text] for e in doc.ents if e.text in countries) | frozenset(sent.finder.countries_named())
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_ENTITIES or any(
                x.kind == "person" for t in ent for x in sent.finder.entries_at(t.i)):
            continue  # "an investigation into Machado": a person the dictionaries know, not a Brazilian town
        name = ent.text[:-2] if ent.text.endswith(("'s", "’s")) else ent.text
        start = ent.start_char
        if name.lower().startswith("the "):  # the span starts after it too, so it slices to the name
            name, start = name[4:], start + 4
        span = Span(base + start, base + start + len(name), name)
        if name in countries:
            out.append(Place(name, countries[name], None, None, span, "country"))
            continue
        # "in Santa Rosa, Peru": the country written after it says which namesake
        pinned = doc[ent.end + 1].text if ent.end + 1 < len(doc) and doc[ent.end].text == "," else ""
        city = gazetteer.lookup(name, frozenset({countries[pinned]}) if pinned in countries else named)
        if pinned in countries and (city is None or city.country != countries[pinned]):
            out.append(Place(name, countries[pinned], None, None, span, "city"))
            continue
        if city is not None:
            out.append(Place(city.name, city.country, city.latitude, city.longitude, span, "city"))
    return out


# Acts whose object is where they happen: a force used on a place ("shelled Kharkiv", "Kharkiv
# was shelled") and a visit ("visited Beijing"); the object of a verbal act is an addressee
# ("accused Kyiv", "criticised Ukraine"), not a place.
PLACE_OBJECT_QUADS = (4,)
PLACE_OBJECT_CODES = ("042",)


SOURCE_PREPS = frozenset({"from", "out"})  # prepositions of where something was taken or driven from
PROTEST_ROOT = "14"  # marches and rallies, whose route is where they were


def _location(e: Event, sent: ParsedSentence, trigger: Token, found: list[Place], gazetteer: Gazetteer,
              countries: dict[str, str]) -> Place | None:
    """Where the event happened: the place named in the act's own clause, in a locative phrase
    of the trigger or its object ("participated in the parade on Moscow's Red Square" -> Moscow,
    "a strike on Kyiv") or, for force and visits, the object itself ("shelled Kharkiv"). A place
    that is the event's source, or a target with a role, is an actor there (Moscow as the Russian
    government: "Moscow said", "accused Kyiv"), not where; a city the parser did not tag as a
    place is looked up in the gazetteer by its proper name."""
    physical = e.quad_class in PLACE_OBJECT_QUADS or e.code in PLACE_OBJECT_CODES
    # a target with no role may itself have come from this place ("… on Moscow's Red Square" ->
    # RUS, "shelled Kharkiv" -> UKR), so only the source and a target with a role rule a place
    # out; a place attacked or visited is where, whatever code its target took
    actors = [s for s in (e.source_span, e.target_span if len(e.target) > 3 and not physical else None)
              if s is not None]
    named = frozenset(p.country for p in found) | frozenset(sent.finder.countries_named())
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr", "xcomp")]
    # "were killed by Russian drones in Kherson": the parser hangs the place on the agent
    objects += [p for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    # "fired shots to disperse a crowd outside the commission in Bissau": the purpose clause's
    # object is where the act was aimed
    purposes = [c for c in trigger.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    objects += [o for p in purposes for o in p.children if o.dep_ == "dobj"]
    # "abducted pupils from a school in Kebbi state": the place the act took them from;
    # "shelled positions held by rebels near Goma": a participle on the object
    objects += [o for h in [trigger] + objects for p in h.children if p.dep_ == "prep" and p.lower_ in SOURCE_PREPS
                for o in p.children if o.dep_ == "pobj"]
    # "pelted police with rocks in Tbilisi": the parser hangs the place on the instrument
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    held = [a for o in objects for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    objects += held + [p for a in held for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]
    for holder in [trigger] + objects:
        phrases: list[list[Token]] = []
        if physical and holder is not trigger and holder.dep_ in ("dobj", "nsubjpass"):
            phrases.append([holder])
        # "marched through Paris": a route is where a march was (not "through diplomatic channels",
        # which names no place the gazetteer knows)
        route = {"through"} if holder is trigger and e.root == PROTEST_ROOT else set()
        phrases += [list(prep.subtree) for prep in holder.children
                    if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS | {"near"} | route]
        for tokens in phrases:
            for tok in tokens:
                char = sent.start + tok.idx
                if any(s.start <= char < s.end for s in actors) or beyond_border(tok, BORDER_NOUNS):
                    continue
                place = next((p for p in found if p.span and p.span.start <= char < p.span.end), None)
                if place is None:
                    place = _proper_place(tok, sent, gazetteer, countries, named)
                if place is not None:
                    return place
    return None


def _opening_place(sent: ParsedSentence, found: list[Place]) -> Place | None:
    """The place a sentence opens with ("In Tbilisi, police detained protesters who ..."): where
    each act it tells happened, unless an act names its own place."""
    for t in sent.doc:
        if t.dep_ == "prep" and t.lower_ == "in" and t.head.dep_ == "ROOT" and t.i < t.head.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.head.children):
            spans = [(sent.start + x.idx, sent.start + x.idx + len(x)) for x in t.subtree]
            return next((p for p in found if p.span and any(a <= p.span.start < b for a, b in spans)), None)
        if t.dep_ == "ROOT":
            return None
    return None


def _proper_place(tok: Token, sent: ParsedSentence, gazetteer: Gazetteer, countries: dict[str, str],
                  named: frozenset[str]) -> Place | None:
    """The place a proper noun names, with the words compounded onto it ("Gaza City"), when the
    parser tagged it as a person or nothing ("bombed Kyiv"): a country, a gazetteer city or a region."""
    if tok.pos_ != "PROPN":
        return None
    parts = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [tok]
    if tok.dep_ in ("compound", "flat"):
        parts = [tok]  # its head is read in turn, with it
    first, last = parts[0], parts[-1]
    name = sent.doc.text[first.idx:last.idx + len(last)]
    span = Span(sent.start + first.idx, sent.start + last.idx + len(last), name)
    if name in countries:
        return Place(name, countries[name], None, None, span, "country")
    city = gazetteer.lookup(name, named)
    if city is None:
        # "in Kebbi state", "in Helmand": a first-level region, which the tagger calls anything
        region = gazetteer.region(name)
        return Place(name, region, None, None, span, "region") if region else None
    return Place(city.name, city.country, city.latitude, city.longitude, span, "city")


def country_names(dictionary) -> dict[str, str]:
    """Country names (exact case, as the actor dictionary lists them) -> ISO3."""
    out = {}
    for name, entries in dictionary.names.items():
        for x in entries:
            if x.kind == "country":
                out[name] = x.country
                break
    return out


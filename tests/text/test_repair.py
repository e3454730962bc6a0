"""Parse repairs: a subject the parser hung on the object before its verb is given back."""

import pytest
from eventwire.text.repair import repair


def test_repair_gives_a_coordinated_clause_its_subject(resources):
    doc = repair(resources.nlp("Chile expelled two Peruvian diplomats and Peru expelled three Chilean envoys."))
    peru = next(t for t in doc if t.text == "Peru")
    assert peru.dep_ == "nsubj" and peru.head.text == "expelled" and peru.head.i > peru.i


def test_repair_leaves_a_coordinated_object(resources):
    doc = resources.nlp("Chile expelled two Peruvian diplomats and a Bolivian consul on Monday.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair(doc)] == before


def test_repair_a_main_verb_read_as_a_modifier_becomes_the_root(resources):
    doc = repair(resources.nlp("Ruto hosted Museveni in Nairobi."))
    verb = next(t for t in doc if t.text == "hosted")
    assert verb.dep_ == "ROOT" and {(c.text, c.dep_) for c in verb.children} >= {("Ruto", "nsubj"), ("Museveni", "dobj")}


@pytest.mark.parametrize("text, guest", [
    ("Trump hosted Carney at Mar-a-Lago.", "Carney"),  # a name the tagger calls a common noun
    ("Trump hosted Argentine President Javier Milei on Tuesday.", "Milei"),  # and a title between
])
def test_repair_a_verb_read_as_a_modifier_after_a_noun_tagged_name(resources, text, guest):
    doc = repair(resources.nlp(text))
    verb = next(t for t in doc if t.text == "hosted")
    assert verb.dep_ == "ROOT" and (guest, "dobj") in {(c.text, c.dep_) for c in verb.children}, \
        [(t.text, t.dep_, t.head.text) for t in doc]


def test_repair_a_verb_after_a_hyphenated_name_becomes_the_root(code):
    # the name's last piece is tagged an adjective; it is still the subject
    found = {(e.source, e.target, e.code[:2]) for e in code(
        "South Korean President Lee Jae-myung held talks with Vietnamese leader To Lam in Hanoi on Friday.",
        date="2026-03-12").events}
    assert ("KORGOV", "VNMGOV", "04") in found


def test_repair_leaves_a_participle_after_a_hyphen(resources):
    doc = resources.nlp("Iran-backed militias attacked the base.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair(doc)] == before


def test_repair_a_verb_after_on_and_a_date_becomes_the_root(resources):
    # "police on [Tuesday detained activist X]" as one noun phrase: the verb is the root
    doc = repair(resources.nlp("Armenian police on Friday detained blogger Narek Sargsyan."))
    verb = next(t for t in doc if t.text == "detained")
    assert verb.dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert {(c.text, c.dep_) for c in verb.children} >= {("police", "nsubj"), ("Sargsyan", "dobj")}
    assert {c.i for c in verb.subtree} == {t.i for t in doc}  # the tree is whole: no stale children


def test_repair_a_dated_arrest_read_as_a_noun_phrase_is_coded(code):
    found = {(e.source, e.target[:3], e.code) for e in code("Kenyan police on Monday arrested activist Boniface Mwangi.").events}
    assert ("KENCOP", "KEN", "173") in found, found


def test_repair_what_a_permission_lets_in_is_its_object(resources):
    # read as "[convoys to enter Syria]", a clause with its own subject
    doc = repair(resources.nlp("Jordan allowed food convoys to enter Syria on Friday."))
    convoys, enter = (next(t for t in doc if t.text == w) for w in ("convoys", "enter"))
    assert (convoys.dep_, convoys.head.text, enter.dep_) == ("dobj", "allowed", "xcomp")
    assert {c.i for c in doc[1].subtree} == set(range(len(doc)))  # the tree is whole


def test_repair_aid_let_into_a_place_is_access_for_it(code):
    found = {(e.source, e.target, e.code, str(e.date)) for e in code("Jordan allowed food convoys to enter Syria on Friday.",
                                                              date="2026-03-12").events}
    assert ("JOR", "SYR", "0863", "2026-03-06") in found, found


def test_repair_a_name_read_as_the_root_before_its_verb_becomes_the_subject(code):
    # read as "Trump [halted military aid]": the name heading a noun phrase
    found = {(e.source, e.target, e.code) for e in code("Trump halted military aid to Colombia.", date="2026-03-12").events}
    assert ("USAGOV", "COL", "1622") in found, found


def test_repair_a_deal_after_a_plural_modifier_is_a_noun(code):
    found = {(e.source, e.target, e.code) for e in code("Peru signed a minerals deal with Canada.").events}
    assert ("PER", "CAN", "057") in found, found


def test_repair_a_verb_read_as_a_modifier_despite_a_verb_in_its_object_s_phrase(resources):
    # "of using children ..." is the object's own phrase: the sentence has no other main verb
    doc = repair(resources.nlp("Lt. Gen. Babatunde Okonjo accused ISWAP of using children as human shields."))
    verb = next(t for t in doc if t.text == "accused")
    assert verb.dep_ == "ROOT" and ("Okonjo", "nsubj") in {(c.text, c.dep_) for c in verb.children}, \
        [(t.text, t.dep_, t.head.text) for t in doc]
    assert not any(t.dep_ == "nsubj" and t.head.text != "accused" for t in doc), [(t.text, t.dep_, t.head.text) for t in doc]


def test_repair_a_participle_after_a_noun_with_its_article_is_the_verb(code):
    # "[A court] [jailed] ... leader X", read as one noun phrase with no verb
    found = {(e.source, e.code[:2]) for e in code("A court jailed opposition leader Ali Musa.", "2026-03-12").events}
    assert ("JUD", "17") in found, found


def test_repair_leaves_a_participle_modifying_after_the_article(code):
    assert not code("The jailed opposition leader Ali Musa.", "2026-03-12").events


@pytest.mark.parametrize("text, verb, finite", [
    # a past tense cannot share a modal with a bare infinitive: it is coordinated with "said"
    ("The defence minister said Ghana would not send troops and accused Togo of harbouring rebels.", "accused", "said"),
    ("Lopez says Mexico will not pay for the wall and calls the plan an insult.", "calls", "says"),
])
def test_repair_a_finite_verb_coordinated_with_an_infinitive_joins_the_finite_verb(resources, text, verb, finite):
    doc = repair(resources.nlp(text))
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "conj" and v.head.text == finite, [(t.text, t.dep_, t.head.text) for t in doc]


def test_repair_leaves_two_infinitives_under_one_modal(resources):
    doc = resources.nlp("The minister said the army would withdraw and return to its barracks.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair(doc)] == before


def test_repair_a_finite_verb_coordinated_with_a_gerund_joins_the_finite_verb(resources):
    doc = repair(resources.nlp("Thailand's army chief accused Cambodia of refusing to withdraw its troops and "
                               "threatened 'decisive action'."))
    v = next(t for t in doc if t.text == "threatened")
    assert v.dep_ == "conj" and v.head.text == "accused", [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize("text, expected", [
    # a headline joins its two subjects with a comma ("A, B hold talks"); the parser hangs the
    # first on the verb as a loose dependent or reads the second as an apposition, and the tagger
    # may take the verb for a noun of the phrase after it
    ("Senegal, Mauritania sign gas accord", {("SEN", "MRT"), ("MRT", "SEN")}),
    ("Lula, Petro hold talks on Amazon", {("BRAGOV", "COLGOV"), ("COLGOV", "BRAGOV")}),
    ("Georgia, Armenia swap detainees", {("GEO", "ARM"), ("ARM", "GEO")}),
])
def test_repair_a_headlines_comma_joined_subjects_both_act(code, text, expected):
    found = {(e.source, e.target) for e in code(text).events}
    assert expected <= found, found


@pytest.mark.parametrize("text", [
    "Lavrov, Russia's foreign minister, held talks with Wang Yi in Beijing.",
    "In Nairobi, Ruto held talks with Museveni.",
])
def test_repair_leaves_an_apposition_and_a_fronted_place(code, text):
    found = {(e.source, e.target) for e in code(text).events}
    assert found and all(s[:3] in ("RUS", "KEN") for s, _ in found), found


@pytest.mark.parametrize("text", [
    # a headline's infinitive is its future: "A, B to ..." codes as "A and B to ..." does
    "Tunisia, Libya to hold talks on border crossing",
    "Ruto, Museveni to meet next week",
])
def test_repair_a_headlines_comma_joined_subjects_of_an_infinitive(code, text):
    found = {(e.source, e.target, e.code) for e in code(text).events}
    assert len(found) == 2 and found == {(e.source, e.target, e.code) for e in code(text.replace(",", " and", 1)).events}, found


@pytest.mark.parametrize("text", [
    "Tunisia, Libya to hold talks on border crossing",  # the parser's root is the first name
    "Ghana, Togo sign border pact",
    "Ghana, Togo said on Monday they would sign a border pact.",
])
def test_repair_a_headline_pair_leaves_one_tree(resources, text):
    # every word's heads lead to the one root: a cycle would crash spaCy's own code later
    doc = repair(resources.nlp(text))
    roots = [t for t in doc if t.head.i == t.i]
    assert len(roots) == 1
    for t in doc:
        seen = 0
        while t.head.i != t.i and seen <= len(doc):
            t, seen = t.head, seen + 1
        assert t.i == roots[0].i

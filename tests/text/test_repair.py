"""Parse repairs: a subject the parser hung on the object before its verb is given back."""

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


def test_repair_leaves_a_participle_after_a_hyphen(resources):
    doc = resources.nlp("Iran-backed militias attacked the base.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in repair(doc)] == before

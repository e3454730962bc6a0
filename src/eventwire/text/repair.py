"""Repairs of parses the small English model gets wrong in a way no later pass can undo."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token


def repair(doc: Doc) -> Doc:
    """The doc with each misread subject given back to its verb (`subject_read_as_object`) and a
    main verb read as a modifier of its object made the root (`verb_read_as_modifier`)."""
    for verb in doc:
        noun = subject_read_as_object(verb)
        if noun is not None:
            noun.head = verb
            noun.dep_ = "nsubj"
    for verb in doc:
        subject = verb_read_as_modifier(verb)
        if subject is not None:
            _make_root(doc, verb, subject)
            break
    return doc


def repair_all(docs: Iterable[Doc]) -> Iterator[Doc]:
    for doc in docs:
        yield repair(doc)


def subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a coordinated clause that the parser hung on the object before it: in "Iran
    expelled two British diplomats and Britain expelled three Iranian envoys" it reads "diplomats
    and Britain" as the object and leaves the second "expelled" without a subject, so the second
    expulsion was Iran's and Britain a target of the first. A finite verb right after a
    coordinated noun has that noun as its subject: no object comes between a verb and the noun
    before it."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ == "conj" and noun.pos_ in ("PROPN", "NOUN") and noun.head.i < noun.i \
            and noun.head.dep_ in ("dobj", "pobj", "conj") and noun.head.i > verb.head.i:
        return noun
    return None


def verb_read_as_modifier(verb: Token) -> Token | None:
    """The subject of a main verb the parser read as a modifier of its object, when the sentence
    has no verb of its own: "Sisi hosted Burhan in Cairo" as a noun phrase "[Sisi hosted]
    Burhan", "Egyptian President Abdel Fattah al-Sisi held talks" as "[... held] talks". A past
    tense right after a name, or a participle right after a person's name (not "Iran-backed"),
    modifying the root noun that follows is the verb; the name before it is its subject."""
    root = verb.head
    if verb.dep_ not in ("amod", "compound") or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") \
            or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.i <= verb.i or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" and not (verb.tag_ == "VBD" and before.pos_ == "NOUN"):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.doc):
        return None
    # the head of the words before the verb: the name itself or the noun its run hangs on
    subject = before
    while subject.head.i not in (verb.i, root.i) and subject.head.i < verb.i and subject.head.i != subject.i:
        subject = subject.head
    return subject if subject.head.i in (verb.i, root.i) else None


def _make_root(doc: Doc, verb: Token, subject: Token) -> None:
    """Make `verb` the root, `subject` its subject and the old root its object; the old root's
    other words before the verb go with the subject."""
    root = verb.head
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for t in doc[:verb.i]:
        if heads[t.i] in (verb.i, root.i) and t.i != subject.i:
            heads[t.i] = subject.i
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[root.i], deps[root.i] = verb.i, "dobj"
    if verb.tag_ == "VBN":
        verb.tag_ = "VBD"  # a main verb with a subject and an object: the past tense
    for t in doc:
        if heads[t.i] != t.head.i:
            t.head = doc[heads[t.i]]
        if deps[t.i] != t.dep_:
            t.dep_ = deps[t.i]

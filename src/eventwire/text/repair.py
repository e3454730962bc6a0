"""Repairs of parses the small English model gets wrong in a way no later pass can undo."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token


def repair(doc: Doc) -> Doc:
    """The doc with each misread subject given back to its verb (see `subject_read_as_object`)."""
    for verb in doc:
        noun = subject_read_as_object(verb)
        if noun is not None:
            noun.head = verb
            noun.dep_ = "nsubj"
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

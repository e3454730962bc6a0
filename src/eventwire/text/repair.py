"""Repairs of parses the small English model gets wrong in a way no later pass can undo."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_lists

# Verbs of permission, nouns of messages and nouns the tagger takes for verbs (versioned data,
# text/data/words.json).
PERMITTING = word_lists("eventwire.text")["permitting"]
MESSAGE_NOUNS = word_lists("eventwire.text")["message_nouns"]
VERB_LIKE_NOUNS = word_lists("eventwire.text")["verb_like_nouns"]
HALTING_NOUNS = word_lists("eventwire.text")["halting_nouns"]
HEADLINE_VERBS = word_lists("eventwire.text")["headline_verbs"]
NAME_TAGS = ("NNP", "NNPS")


def repair(doc: Doc) -> Doc:
    """The doc with each misread subject given back to its verb (`subject_read_as_object`), a
    main verb read as a modifier of its object made the root (`verb_read_as_modifier`,
    `verb_after_root_name`, `verb_after_date`), the object of a verb of permission raised from its
    infinitive (`_raise_objects`), the addressee of a letter given back to "to"
    (`_addressee_of_message`), a noun after a plural modifier read as a verb made a noun
    again (`_noun_read_as_verb`) and what a halt stops given back to it (`_what_is_halted`), and a finite verb
    coordinated with a bare infinitive given to the finite verb above it (`_finite_conjunct`), and
    a headline's two names joined by a comma made its verb's subjects (`_headline_pair`)."""
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
    for verb in doc:
        if verb_after_root_name(verb):
            _make_name_subject(doc, verb)
            break
    for verb in doc:
        subject = verb_after_date(verb)
        if subject is not None:
            _make_dated_root(doc, verb, subject)
            break
    _raise_objects(doc)
    _addressee_of_message(doc)
    _noun_read_as_verb(doc)
    _what_is_halted(doc)
    _finite_conjunct(doc)
    _headline_pair(doc)
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
    root = _modified(verb)
    if verb.dep_ not in ("amod", "compound") or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") \
            or root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.i <= verb.i or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    # the last piece of a hyphenated name may be tagged an adjective ("Lee Jae-myung held talks")
    named = before.pos_ == "PROPN" or (before.ent_type_ == "PERSON" and before.ent_iob_ == "I")
    # a capitalised word opening the sentence is a name the tagger took for a common noun
    # ("Starmer hosted Zelenskiy in London", "Trump hosted ... at the White House")
    named = named or (before.i == 0 and before.pos_ == "NOUN" and before.text[:1].isupper())
    # a past form after a noun, or a participle after a noun with its own article ("A court
    # jailed opposition leader X" read as "[a court] [jailed] leader"; not "the jailed leader")
    after_noun = before.pos_ == "NOUN" and (verb.tag_ == "VBD" or any(c.dep_ == "det" for c in before.children))
    if before.ent_type_ == "DATE" or (not named and not after_noun):
        return None  # (after "on Friday" the verb's subject is before the date: verb_after_date)
    if not _only_verb(verb, root):
        return None
    # the head of the words before the verb: the name itself or the noun its run hangs on
    subject = before
    while subject.head.i not in (verb.i, root.i) and subject.head.i < verb.i and subject.head.i != subject.i:
        subject = subject.head
    return subject if subject.head.i in (verb.i, root.i) else None


def _modified(verb: Token) -> Token:
    """The noun a verb read as a modifier modifies: past a title it hangs on ("[hosted] President
    Volodymyr Zelenskiy", where "hosted" modifies "President", a compound of the name)."""
    head = verb.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head


def verb_after_root_name(verb: Token) -> bool:
    """Whether the parser made a name opening the sentence its root and the verb after it a
    modifier of the object: "Trump halted military aid to Colombia" read as "Trump [halted
    military aid]". A past form right after a capitalised root word, modifying a noun that hangs
    on that word, with no other verb in the sentence, is the main verb and the word its subject."""
    name, noun = verb.doc[verb.i - 1] if verb.i else verb, verb.head
    return verb.i > 0 and verb.dep_ in ("amod", "compound") and verb.tag_ in ("VBD", "VBN") \
        and name.dep_ == "ROOT" and name.text[:1].isupper() and name.pos_ in ("PROPN", "ADJ", "NOUN") \
        and noun.pos_ in ("NOUN", "PROPN") and noun.head.i == name.i and noun.i > verb.i \
        and _only_verb(verb, noun)


def _only_verb(verb: Token, noun: Token) -> bool:
    """Whether `verb` is the sentence's only verb but for those in a prepositional phrase of the
    noun it was read to modify ("[... accused] ISWAP of using civilians as shields")."""
    for t in verb.doc:
        if t.pos_ not in ("VERB", "AUX") or t.i == verb.i:
            continue
        path = [a for a in t.ancestors if a.i > noun.i]
        if t.i < noun.i or not any(a.dep_ == "prep" and a.head.i == noun.i for a in [t, *path]):
            return False
    return True


def _make_name_subject(doc: Doc, verb: Token) -> None:
    """Make `verb` the root, the name before it its subject and the noun it modified its object;
    the name's other words after the verb go with the verb."""
    name, noun = doc[verb.i - 1], verb.head
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for t in doc[verb.i + 1:]:
        if heads[t.i] == name.i:
            heads[t.i] = verb.i
    for t in doc[:name.i]:
        if heads[t.i] == name.i and deps[t.i] == "nsubj":
            deps[t.i] = "compound"  # "[Olufemi] Oluyede": the parser's subject of its root name
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[name.i], deps[name.i] = verb.i, "nsubj"
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    name.pos_, name.tag_ = "PROPN", "NNP"
    verb.tag_ = "VBD"
    _set_tree(doc, heads, deps)


def verb_after_date(verb: Token) -> Token | None:
    """The subject of the main verb of "Georgian police on Tuesday detained activist Ana
    Beridze", which the parser reads as a noun phrase: "police on [Tuesday detained activist ...
    Beridze]", or "[police] ... Beridze" with the name as the root. A past tense right after "on
    <date>", modifying the name, in a sentence with no verb of its own."""
    doc = verb.doc
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.i < 3:
        return None
    date, prep, obj = doc[verb.i - 1], doc[verb.i - 2], phrase_head(verb)
    if date.ent_type_ != "DATE" or date.head.i not in (verb.i, prep.i) or prep.lower_ != "on" or prep.dep_ != "prep" \
            or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in doc):
        return None
    if obj.head.i == prep.i and prep.head.dep_ == "ROOT" and prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head  # "police on [Tuesday detained ... Beridze]"
    if obj.dep_ == "ROOT" and prep.head.i == obj.i:  # "[police] on Friday detained ... Sargsyan" with the name the root
        return next((c for c in obj.children if c.dep_ == "nsubj" and c.i < prep.i), None)
    return None


def _raise_objects(doc: Doc) -> None:
    """Make the subject the parser gave a to-infinitive after a verb of permission that verb's
    object: "allowed [aid trucks] to enter Gaza" is read now as object and open complement, now as
    a clause with its own subject, and what is let in is what the permission is about (aid,
    monitors, candidates). Only these verbs: for verbs of appeal or wish, the rules read both
    forms already."""
    moves: dict[int, tuple[int, str]] = {}
    for clause in doc:
        if clause.dep_ != "ccomp" or clause.head.i > clause.i or clause.head.lemma_.lower() not in PERMITTING \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for n in clause.children:
            if n.dep_ == "nsubj" and clause.head.i < n.i < clause.i:
                moves[n.i] = (clause.head.i, "dobj")
                moves[clause.i] = (clause.head.i, "xcomp")
    _move(doc, moves)


def _addressee_of_message(doc: Doc) -> None:
    """"sent a letter to Sharif offering talks", read as "to [Sharif offering talks]" with the
    addressee the participle's subject: the addressee is the object of "to", and the participle
    says what the letter does (it offers)."""
    moves: dict[int, tuple[int, str]] = {}
    for v in doc:
        to = v.head
        if v.dep_ not in ("pcomp", "pobj") or v.tag_ != "VBG" or to.lower_ != "to" or to.dep_ not in ("dative", "prep"):
            continue
        letter = next((o for o in to.head.children if o.dep_ == "dobj" and o.lemma_.lower() in MESSAGE_NOUNS), None)
        addressee = next((n for n in v.children if n.dep_ == "nsubj" and to.i < n.i < v.i), None)
        if letter is not None and addressee is not None:
            moves[addressee.i] = (to.i, "pobj")
            moves[v.i] = (letter.i, "acl")
    _move(doc, moves)


def _noun_read_as_verb(doc: Doc) -> None:
    """"signed a minerals deal with the United States", read as "a [minerals] [deal with the
    United States]" with "minerals" the subject of a verb "deal": after a determiner and a plural
    modifier, the word is the noun the verb before it takes as object."""
    for t in doc[2:]:
        mod, det = doc[t.i - 1], doc[t.i - 2]
        if t.lemma_.lower() in VERB_LIKE_NOUNS and t.tag_ in ("VB", "VBP") and t.dep_ in ("ccomp", "xcomp") \
                and t.head.pos_ == "VERB" and t.head.i < det.i and mod.tag_ == "NNS" and mod.dep_ == "nsubj" \
                and mod.head.i == t.i and det.dep_ == "det" and det.head.i == mod.i:
            _move(doc, {t.i: (t.head.i, "dobj"), mod.i: (t.i, "compound"), det.i: (t.i, "det")})
            t.tag_, t.pos_ = "NN", "NOUN"


def _what_is_halted(doc: Doc) -> None:
    """"agreed to a temporary halt to strikes on ports", read with "to strikes" on "agreed": a
    "to/of/on" phrase right after a noun of halting belongs to it (the strikes are what stops)."""
    moves: dict[int, tuple[int, str]] = {}
    for prep in doc[1:]:
        noun = doc[prep.i - 1]
        if prep.dep_ == "prep" and prep.lower_ in ("to", "of", "on") and noun.lemma_.lower() in HALTING_NOUNS \
                and noun.pos_ == "NOUN" and prep.head.i != noun.i and prep.head.i < noun.i:
            moves[prep.i] = (noun.i, "prep")
    _move(doc, moves)


def _finite_conjunct(doc: Doc) -> None:
    """"X said the government would not tolerate violence and warned organisers ...", "accused
    Hamas of refusing to release hostages and threatened consequences", read with the finite verb
    coordinated with the infinitive or the gerund: a past or present tense cannot share a modal, a
    "to" or an "of" with a bare infinitive or a gerund, so it is coordinated with the nearest
    finite verb above them (X warned, X threatened). Only when that verb has the same tense."""
    moves: dict[int, tuple[int, str]] = {}
    for verb in doc:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ not in ("VB", "VBG") or head.i > verb.i \
                or head.dep_ not in ("ccomp", "xcomp", "pcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        finite = next((a for a in head.ancestors if a.tag_ in ("VBD", "VBZ", "VBP")), None)
        if finite is None or finite.i > head.i or (finite.tag_ != verb.tag_ and not {finite.tag_, verb.tag_} <= {"VBZ", "VBP"}):
            continue
        moves[verb.i] = (finite.i, "conj")
        for cc in (c for c in head.children if c.dep_ == "cc" and c.i == verb.i - 1):
            moves[cc.i] = (finite.i, "cc")
    _move(doc, moves)


def _headline_pair(doc: Doc) -> None:
    """"Putin, Xi hold talks", "Erdogan, Aliyev sign energy pact": a headline joins its two
    subjects with a comma, which the parser reads as a loose dependent of the verb or as a name
    with an apposition, and the tagger may take the verb for a noun of the phrase after it. Both
    names become the verb's subjects (two subjects are co-subjects, as "A and B hold talks"), also
    of a headline's infinitive ("A, B to hold talks"); the noun phrase after a retagged verb is its
    object. Only names, only at the start of the line."""
    comma = next((t.i for t in doc[:4] if t.text == ","), None)
    if not comma or not all(t.tag_ in NAME_TAGS for t in doc[:comma]):
        return
    end = comma + 1
    while end < len(doc) and end - comma <= 3 and doc[end].tag_ in NAME_TAGS:
        end += 1
    if end == comma + 1 or end >= len(doc) - 1:
        return
    # ("Ruto, Museveni to meet next week": a headline's infinitive is its future)
    infinitive = doc[end].tag_ == "TO" and doc[end + 1].tag_ == "VB"
    first, second, verb = doc[comma - 1], doc[end - 1], doc[end + 1] if infinitive else doc[end]
    if not (first.ent_type_ or second.ent_type_):  # (the small model may leave one name untagged)
        return
    retag = verb.pos_ != "VERB"
    # ("China, Pakistan sign deal": the tagger may also take the object for the verb)
    misread = [t for t in doc[verb.i + 1:] if t.pos_ == "VERB" and t.lower_ in VERB_LIKE_NOUNS]
    if retag and (verb.lower_ not in HEADLINE_VERBS or any(t.pos_ in ("VERB", "AUX") for t in doc if t not in misread)):
        return
    if not retag and (verb.tag_ not in ("VBP", "VB") or (first.dep_ == "nsubj" and second.dep_ in ("nsubj", "conj"))
                      or any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)):
        return
    roots = [t.i for t in doc if t.head.i == t.i]
    if len(roots) != 1 or not (roots[0] < end or roots[0] == verb.i):
        return  # the verb can head the line only where the parser's root was a name or the verb
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    if retag:
        phrase = verb.head if verb.head.i > verb.i else None  # "sign [energy pact]"
        if phrase is not None:
            heads[phrase.i], deps[phrase.i] = verb.i, "dobj"
        verb.tag_, verb.pos_ = "VBP", "VERB"
        for t in misread:
            t.tag_, t.pos_ = "NN", "NOUN"
    # the verb heads the line ("Tunisia [ROOT], Libya to hold [relcl]") and takes the names'
    # words after it, so no word's heads lead back into the names
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    for t in doc[end:]:
        if heads[t.i] < end and t.i != verb.i:
            heads[t.i] = verb.i
    for name, (start, stop) in ((first, (0, comma)), (second, (comma + 1, end))):
        for t in doc[start:stop]:
            heads[t.i], deps[t.i] = (verb.i, "nsubj") if t.i == name.i else (name.i, "compound")
    heads[comma], deps[comma] = verb.i, "punct"
    _set_tree(doc, heads, deps)


def _move(doc: Doc, moves: dict[int, tuple[int, str]]) -> None:
    """Give the words in `moves` their new (head, label), the rest of the tree as it was."""
    if not moves:
        return
    heads = [moves[t.i][0] if t.i in moves else t.head.i for t in doc]
    deps = [moves[t.i][1] if t.i in moves else t.dep_ for t in doc]
    _set_tree(doc, heads, deps)


def phrase_head(t: Token) -> Token:
    """The noun a modifier's phrase ends in ("backed" in "a U.S.-backed ceasefire plan" -> plan)."""
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i:
        t = t.head
    return t


def _make_dated_root(doc: Doc, verb: Token, subject: Token) -> None:
    """Make `verb` the root, `subject` its subject, "on <date>" its adjunct and the name its
    object; the words of the old phrases after the verb are the verb's."""
    date, prep, obj = doc[verb.i - 1], doc[verb.i - 2], phrase_head(verb)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for t in doc[verb.i + 1:]:  # the old root's words after the verb ("over a report", the full stop)
        if heads[t.i] == subject.i or (heads[t.i] == obj.i and t.i > obj.i and t.dep_ in ("prep", "punct")):
            heads[t.i] = verb.i
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subject.i], deps[subject.i] = verb.i, "nsubj"
    heads[prep.i], deps[prep.i] = verb.i, "prep"
    heads[date.i], deps[date.i] = prep.i, "pobj"
    heads[obj.i], deps[obj.i] = verb.i, "dobj"
    verb.tag_ = "VBD"
    _set_tree(doc, heads, deps)


def _set_tree(doc: Doc, heads: list[int], deps: list[str]) -> None:
    """Give the doc these heads and labels all at once: setting heads one by one leaves stale
    children and edges when a word moves across another's span."""
    arr = doc.to_array([HEAD, DEP])
    for t in doc:
        # both columns are unsigned: a head before the word is a negative offset modulo 2**64,
        # and a label's hash may not fit a signed integer
        arr[t.i, 0] = (heads[t.i] - t.i) % (1 << 64)
        arr[t.i, 1] = doc.vocab.strings.add(deps[t.i])
    doc.from_array([HEAD, DEP], arr)


def _make_root(doc: Doc, verb: Token, subject: Token) -> None:
    """Make `verb` the root, `subject` its subject and the old root its object; the old root's
    other words before the verb go with the subject."""
    root = _modified(verb)
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
    _set_tree(doc, heads, deps)

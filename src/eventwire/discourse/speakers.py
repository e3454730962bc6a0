"""Who says what across an article: speech cues, quotes and the speakers they resolve to."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.actors.mentions import MentionFinder
from eventwire.events.rules import SPEECH, load_rules
from eventwire.events.syntax import quoted_speaker
from eventwire.types import ActorMention, Quote, Span

QUOTING = load_rules().quoting_verbs

# Nouns that name a speaker by role ("the spokesperson" refers back to whoever held the role), the
# role nouns that name one role, and the titles before a speaker's name (rules.json)
ROLE_NOUNS = load_rules().speaker_roles
SAME_ROLE = load_rules().same_speaker_role["map"]
PERSON_PRONOUNS = {"he", "she", "him", "her"}
TITLES = load_rules().speaker_titles
GROUP_PRONOUNS = {"they", "them"}
# "according to X", "X told reporters", "in a statement": cues that are not verbs of SPEECH
CUE_PREPS = {"according"}


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A sentence the coder parsed, with what it needs to resolve actors in it."""

    index: int
    start: int  # character offset in the article
    doc: Doc
    finder: MentionFinder


@dataclass
class Referent:
    """Someone the article has introduced: a named person, or a body speaking as one."""

    name: str  # "Jiang Bin"
    actor: str  # "CHNGOV"
    roles: set[str] = field(default_factory=set)  # role nouns of the phrase: {"spokesperson", "ministry"}
    person: bool = True


@dataclass
class Attribution:
    """A speech cue in a sentence and the speaker it resolves to."""

    cue: Token
    speaker_tokens: list[Token]
    referent: Referent | None
    mention: ActorMention | None
    clause: list[Token]  # the reported words, when they are a clause of this sentence


class Discourse:
    """Referents introduced so far, most recent last: the state coreference needs."""

    def __init__(self) -> None:
        self.referents: list[Referent] = []
        self.people: dict[str, Referent] = {}  # every named person, by full name

    def known(self, name: str) -> Referent | None:
        """A person named before: "Sybiha" after "Andrii Sybiha", "Lavrov" after "Sergei Lavrov"."""
        if name in self.people:
            return self.people[name]
        last = name.split()[-1] if name else ""
        matches = [r for full, r in self.people.items() if full.split()[-1] == last]
        return matches[-1] if len(matches) >= 1 and len({r.name for r in matches}) == 1 else None

    def meet(self, name: str, actor: str, roles: set[str]) -> None:
        """A person named in passing: known for later surnames, not yet "he"."""
        ref = self.people.get(name)
        if ref is None:
            self.people[name] = Referent(name, actor, set(roles), True)
        else:
            ref.roles |= roles
            ref.actor = ref.actor if len(ref.actor) >= len(actor) else actor

    def introduce(self, ref: Referent) -> Referent:
        if ref.person:
            known = self.known(ref.name)
            if known is not None:
                known.roles |= ref.roles
                known.actor = known.actor if len(known.actor) >= len(ref.actor) else ref.actor
                ref = known
            else:
                self.people[ref.name] = ref
        for old in self.referents:
            if old is ref:
                self.referents.remove(old)
                self.referents.append(old)
                return old
            if old.name == ref.name and old.person == ref.person:
                old.roles |= ref.roles
                old.actor = old.actor if len(old.actor) >= len(ref.actor) else ref.actor
                self.referents.remove(old)
                self.referents.append(old)
                return old
        self.referents.append(ref)
        return ref

    def resolve(self, head: Token) -> Referent | None:
        """The referent of an anaphoric speaker: "he", "the spokesperson", "the ministry"."""
        word = head.lower_
        if word in PERSON_PRONOUNS:
            return next((r for r in reversed(self.referents) if r.person), None)
        if word in GROUP_PRONOUNS:
            return next((r for r in reversed(self.referents) if not r.person), None)
        role = SAME_ROLE.get(head.lemma_.lower(), head.lemma_.lower())
        if role in ROLE_NOUNS and _definite(head):
            return next((r for r in reversed(self.referents) if role in r.roles), None)
        return None


def _definite(head: Token) -> bool:
    """"the spokesperson", "the Chinese Defense Ministry spokesperson", but not "a spokesperson"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her", "its", "their")
               for c in head.children)


def _roles(tokens: list[Token]) -> set[str]:
    return {SAME_ROLE.get(t.lemma_.lower(), t.lemma_.lower()) for t in tokens
            if t.lemma_.lower() in ROLE_NOUNS or t.lemma_.lower() in SAME_ROLE}


def _phrase(head: Token) -> list[Token]:
    """The speaker's noun phrase: the head with its modifiers and appositions, no clauses."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "appos", "case", "punct", "prep", "pobj", "flat"):
            if c.dep_ == "punct" and c.i > head.i:
                continue
            out.extend(_phrase(c))
    return sorted(out, key=lambda t: t.i)


def _person_name(doc: Doc, tokens: list[Token]) -> str:
    """A person's name inside the speaker phrase: the proper nouns after its last role or title
    word ("External Affairs Ministry spokesperson Randhir Jaiswal" -> "Randhir Jaiswal"), taken
    from the PERSON entity when the model found one."""
    idx = {t.i for t in tokens}
    head = max(tokens, key=lambda t: (t.dep_ not in ("compound", "amod", "det", "punct", "case"), t.i)) \
        if tokens else None
    if head is None:
        return ""
    # "Wanjiru Kamau, a 24-year-old trader": the name the appositive describes heads the phrase
    root = next((t for t in tokens if t.head.i not in idx or t.head.i == t.i), None)
    if root is not None and root.pos_ == "PROPN" and not _role_or_title(root) and any(
            c.dep_ == "appos" and c.i in idx and c.pos_ in ("NOUN", "NUM") for c in root.children):
        head = root
    # the entity that holds the phrase's head: in "Slovak Prime Minister Robert Fico" not "Slovak"
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.start <= head.i < ent.end]
    for ent in people:
        words = [t for t in ent if t.i in idx] or list(ent)
        roles = [k for k, t in enumerate(words) if _role_or_title(t)]
        words = words[roles[-1] + 1:] if roles else words
        if words:
            return doc[words[0].i:words[-1].i + 1].text
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "LOC", "FAC"):
        return ""
    run = [head]
    for t in reversed(doc[:head.i]):
        if t.i in idx and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC") and not _role_or_title(t):
            run.insert(0, t)
        else:
            break
    return " ".join(t.text for t in run) if len(run) >= 2 else ""


def _role_or_title(t: Token) -> bool:
    word = t.lemma_.lower()
    return word in ROLE_NOUNS or word in TITLES or word in SAME_ROLE or t.lower_ in TITLES


def _cues(doc: Doc) -> list[tuple[Token, Token | None]]:
    """(cue token, speaker head) for every speech cue in the sentence."""
    out = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and lemma in SPEECH:
            deps = {c.dep_ for c in t.children}
            if "dobj" in deps and not deps & {"ccomp", "parataxis"} and lemma != "tell" \
                    and t.dep_ not in ("parataxis", "advcl", "ccomp"):
                continue  # "have been maintaining relations", "noted the progress": no report
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in t.children):
                continue  # "would attack Taiwan if it declared independence": a condition, no report
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.lower_ == "it":
                continue  # "it was reported that ...", "before it was announced": no one speaks
            quoted = quoted_speaker(t, QUOTING)
            if quoted:  # "TASS quoted Lavrov as saying ...": Lavrov speaks
                subj = quoted[0]
            if subj is None and t.dep_ in ("advcl", "conj") and t.head.pos_ in ("VERB", "AUX"):
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            out.append((t, subj))
        elif t.lower_ in CUE_PREPS and t.dep_ == "prep":
            # "according to the ministry": the speaker is the object of "to"
            to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                out.append((t, obj))
    return out


def _reported(cue: Token) -> list[Token]:
    """The words a cue reports when they are a clause of the sentence: the complement of "said
    that …", or the main clause of "…, the spokesperson said" / "according to X, …"."""
    for c in cue.children:
        if c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "advcl" and c.i < cue.i):
            return [t for t in c.subtree if not t.is_punct or t.i not in (c.left_edge.i, c.right_edge.i)]
    if cue.dep_ in ("parataxis", "advcl") or cue.lower_ in CUE_PREPS:
        # "…, the spokesperson said", where the parser made the report the root; "As the
        # spokesperson pointed out, China and Russia agreed …"; "according to X, …"
        root = cue.head
        while root.head.i != root.i and root.dep_ not in ("ROOT",):
            root = root.head
        skip = {t.i for t in cue.subtree}
        return [t for t in root.subtree if t.i not in skip and not (t.is_punct and t.i in (root.left_edge.i,))]
    return []


def attribute(sent: ParsedSentence, discourse: Discourse, quoted: list[tuple[int, int]] = ()) -> list[Attribution]:
    """Speech cues of a sentence with their speakers resolved, updating the discourse.
    `quoted` holds the article's direct quotations (character ranges): people named inside a
    quotation are not who a later "he said" means."""
    # everyone named, so that a later surname finds the full name: PERSON entities, and proper
    # names heading a subject or object (the small model misses some people)
    heads = {ent.root.i: ent.root for ent in sent.doc.ents if ent.label_ == "PERSON"}
    heads.update({t.i: t for t in sent.doc if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                  and t.ent_type_ in ("PERSON", "")})
    subjects = []
    for head in heads.values():
        tokens = _phrase(head)
        name = _person_name(sent.doc, tokens)
        if name and len(name.split()) >= 2:
            found = sent.finder.at(head)
            actor = found[0].actor.code if found else ""
            discourse.meet(name, actor, _roles(tokens))
            if head.dep_ in ("nsubj", "nsubjpass"):
                subjects.append((head, Referent(name, actor, _roles(tokens), True)))
    out = []
    for cue, head in _cues(sent.doc):
        if head is not None:
            out.append(_speaker_of(sent, discourse, cue, head))
    # a person who is a subject is who a later "he" means, unless named inside a quotation or
    # a reported clause: in '"… Xi Jinping received an invitation …," he added' he is the speaker
    reported = {t.i for a in out for t in a.clause}
    for head, ref in subjects:
        char = sent.start + head.idx
        if head.i not in reported and not any(o <= char < e for o, e in quoted):
            discourse.introduce(ref)
    return out


def _speaker_of(sent: ParsedSentence, discourse: Discourse, cue: Token, head: Token) -> Attribution:
    """The speaker whose phrase is headed at `head`, resolved against the discourse."""
    tokens = _phrase(head)
    # "It said ...": the body the article named, as the finder resolves it (not a person's "he")
    mentions = sent.finder.with_conjuncts(head) if head.pos_ != "PRON" or head.lower_ == "it" else []
    referent = discourse.resolve(head)
    name = _person_name(sent.doc, tokens)
    mention = mentions[0] if mentions else None
    if not name and head.pos_ == "PROPN":
        # a surname alone: the person named before, or the dictionary's full name
        known = discourse.known(head.text)
        if known is not None:
            name = known.name
        elif mention is not None and mention.how == "person" and mention.actor.name.endswith(head.text):
            name = mention.actor.name
    if referent is None and (name or mention is not None):
        actor = mention.actor.code if mention is not None else ""
        referent = discourse.introduce(Referent(name or (mention.span.text if mention else head.text), actor,
                                                _roles(tokens), bool(name)))
    elif referent is not None and mention is not None and len(mention.actor.code) > len(referent.actor) \
            and mention.how not in ("context", "pronoun"):
        # "the Chinese Defense Ministry spokesperson" may say more than the first mention did; a
        # bare "the spokesman" whose country the finder guessed from the article says nothing new
        referent.actor = mention.actor.code
    return Attribution(cue, tokens, referent, mention, _reported(cue))


def quotes_of(sent: ParsedSentence, attributions: list[Attribution], direct: list, text: str,
              discourse: Discourse | None = None) -> list[Quote]:
    """Quote records for a sentence: its direct quotations (attributed to the sentence's cue
    outside them, else to the subject of the verb that takes the quoted words: Macron "called
    it 'a choice for peace'") and the clauses its cues report."""
    doc, base = sent.doc, sent.start
    out: list[Quote] = []
    s_start, s_end = base, base + len(doc.text)

    def speaker_fields(a: Attribution | None) -> dict:
        if a is None:
            return {"certain": False}
        span = Span(base + a.speaker_tokens[0].idx, base + a.speaker_tokens[-1].idx + len(a.speaker_tokens[-1]),
                    doc.text[a.speaker_tokens[0].idx:a.speaker_tokens[-1].idx + len(a.speaker_tokens[-1])])
        ref = a.referent
        return {"speaker": span.text, "speaker_span": span, "actor": ref.actor if ref else "",
                "person": ref.name if ref and ref.person else "", "cue": _cue_text(a.cue),
                "certain": ref is not None}

    inside: list[tuple[int, int]] = []
    for q in direct:
        if not (s_start <= q.start < s_end):
            continue  # a quotation is recorded once, in the sentence where it opens
        inside.append((q.outer_start, q.outer_end))
        outside = [a for a in attributions if not (q.outer_start <= base + a.cue.idx < q.outer_end)]
        a = outside[0] if outside else None
        if a is None and discourse is not None:
            a = _quoting_subject(sent, discourse, q)
        fields = speaker_fields(a)
        fields["certain"] = fields.get("certain", True) and q.balanced
        out.append(Quote(text=q.text, span=Span(q.start, q.end, text[q.start:q.end]), direct=True,
                         sentence=sent.index, **fields))
    for a in attributions:
        words = [t for t in a.clause if not any(o <= base + t.idx < e for o, e in inside)]
        if len(words) < 3 or any(o <= base + a.cue.idx < e for o, e in inside):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        out.append(Quote(text=doc.text[start:end], span=Span(base + start, base + end, doc.text[start:end]),
                         direct=False, sentence=sent.index, **speaker_fields(a)))
    return out


def _quoting_subject(sent: ParsedSentence, discourse: Discourse, q) -> Attribution | None:
    """The subject of the nearest verb above a quotation embedded in a sentence, when it names
    an actor: "Zelensky called for 'peace through strength'"."""
    doc, base = sent.doc, sent.start
    first = next((t for t in doc if base + t.idx >= q.start), None)
    if first is None or base + first.idx >= q.end:
        return None
    node = first
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and not (q.outer_start <= base + node.idx < q.outer_end):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subj is not None and not (q.outer_start <= base + subj.idx < q.outer_end):
                a = _speaker_of(sent, discourse, node, subj)
                return a if a.referent is not None else None
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _cue_text(cue: Token) -> str:
    if cue.lower_ in CUE_PREPS:
        return "according to"
    prt = [c for c in cue.children if c.dep_ == "prt"]
    return " ".join([cue.text] + [p.text for p in prt])

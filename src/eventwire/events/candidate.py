"""The working record of one possible event in a sentence, and the view of the sentence the passes share."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token

from eventwire.actors.mentions import MentionFinder
from eventwire.events.rules import EngineRules
from eventwire.events.strategy import Strategy
from eventwire.types import ActorMention, CoderSettings
from eventwire.verbs import Lexicon, Pattern


@dataclass(frozen=True)
class SentenceView:
    """What every pass may read about the sentence it codes: the parse, the actors found in it,
    the lexicon and rules, and the user's settings. Passes never change it."""

    doc: Doc
    finder: MentionFinder
    lexicon: Lexicon
    rules: EngineRules
    strategy: Strategy
    settings: CoderSettings

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The sentence's lemmas, lower case: a pass whose words are not among them has nothing to do."""
        return frozenset(t.lemma_.lower() for t in self.doc)

    @cached_property
    def reporting_words(self) -> frozenset[str]:
        """Verbs that report speech, make an appeal or threat, accuse or deny: what a speaker does in the
        main clause of "X said Y had done Z and urged W ..." or "X denied that Y had done Z and accused W"
        (syntax.conjunct_head)."""
        framing = (w for w, fs in self.lexicon.frames.items() if any(f.object_control or f.name == "threat" for f in fs))
        return self.rules.speech_verbs | self.rules.verbal_act_verbs | self.rules.denial_verbs | frozenset(framing)


@dataclass(frozen=True)
class Candidate:
    """A trigger with its pattern, code and arguments, as the passes refine it (each pass returns
    new candidates with `dataclasses.replace`; none is changed in place)."""

    trigger: Token
    pattern: Pattern | None
    code: str
    sources: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    frame: Token | None = None  # the word that governs it: "ready to", "urged X to"
    negated: bool = False
    via_speech: Token | None = None  # the reporting verb ("said") whose subject is the speaker
    symmetric_ok: bool = True  # coordinated sources may be paired with each other
    used: frozenset[int] = field(default_factory=frozenset)  # tokens the pattern consumed
    anchor: Token | None = None  # the verb a nominal event hangs from ("launched an attack")
    participle: bool = False  # "..., killing four soldiers": a consequence told as a participle
    main: bool = True  # on the sentence's main assertion, not in a relative or purpose clause
    asserted: bool = True  # main, or a finite subordinate clause with its own subject
    hypothetical: bool = False  # in a condition or question ("if Finland hosts ..."): never coded
    # a demand whose maker the article gives, not the sentence ('"X must free them," he said', or
    # a quotation whose cue comes in a later sentence): kept with no source until then
    maker_in_article: bool = False

    @property
    def head(self) -> Token:
        return self.anchor if self.anchor is not None else self.trigger


Found = dict[int, Candidate]  # candidates by trigger token index, in sentence order

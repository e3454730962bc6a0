"""Split article text into sentences cheaply, before any parsing, in bounded pieces."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from eventwire.datafiles import word_lists

CHUNK = 50_000  # characters handed to the tokenizer at once: bounds memory on huge inputs
PARAGRAPH = re.compile(r"\n\s*\n")
ABBREVIATIONS = word_lists("eventwire.text")["abbreviations"]


@dataclass(frozen=True, slots=True)
class RawSentence:
    index: int  # 1-based position in the article body (after any dateline)
    start: int  # character offset in the article
    text: str


def sentence_splitter() -> Language:
    """A tokenizer and sentencizer, to cut an article into sentences before any parse. "X." is
    no initial to it: news says "wrote on X." of the network far more often than it abbreviates a
    name to X, and spaCy's English tokenizer kept "X." whole, so the sentence ran on."""
    splitter = spacy.blank("en")
    splitter.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    keep_abbreviations(splitter.tokenizer)
    splitter.add_pipe("sentencizer")
    return splitter


def keep_abbreviations(tokenizer: Tokenizer) -> None:
    """Keep rank and title abbreviations ("Lt.", "Brig.", "Maj.-Gen.") one token, so that neither
    the splitter nor the parser ends a sentence at their stop: "Uganda's spokesman, Brig. Gen.
    Felix ..." had been cut in two, its country and its act in different sentences."""
    for form in ABBREVIATIONS:
        tokenizer.add_special_case(form, [{ORTH: form}])


def split_dotted_compounds(nlp: Language) -> None:
    """Split a hyphen after an abbreviation's stop ("U.S.-Philippine drills", "U.K.-French
    talks"), which spaCy's tokenizer kept in one token, so each state is read; it splits
    "Japan-U.S." already."""
    # extend the model's own infix rule (not the language defaults, which a model may differ from)
    own = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(rf"{own}|(?<=[A-Z]\.)-(?=[A-Z])").finditer


def keep_prefixed_verbs(nlp: Language) -> None:
    """Keep a verb written with a hyphen after "re" whole ("re-imposed sanctions", "re-opened the
    crossing"): split at the hyphen, the pieces "re", "-", "imposed" parse as a noun phrase and the
    sentence loses its verb (text/verbforms gives the whole word its lemma, "reimpose")."""
    own = nlp.tokenizer.token_match
    # not a noun ("re-election", "re-alignment"): the model parses those as it was trained, in pieces
    prefixed = re.compile(r"^[Rr]e-(?![a-z]*(?:tions?|ments?|als?|ances?|ences?|ity|ities)$)[a-z]{3,}$").match
    nlp.tokenizer.token_match = (lambda s: prefixed(s) or own(s)) if own is not None else prefixed


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most ~size characters, cut at paragraph or line breaks."""
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = max(text.rfind("\n\n", pos, end), text.rfind("\n", pos, end))
            if cut <= pos:
                cut = text.rfind(". ", pos, end)
            end = cut + 1 if cut > pos else end
        yield pos, text[pos:end]
        pos = end


def sentences(text: str, splitter, start: int = 0) -> Iterator[RawSentence]:
    """Sentences of text[start:] with offsets into `text`; `splitter` is a tokenizer+sentencizer
    pipeline."""
    index = 1  # people cite "sentence 1" for the first one
    for offset, piece in chunks(text[start:]):
        offset += start
        for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", piece):  # paragraphs
            for part_start, para in _headline_apart(m.start(), m.group(0)):
                doc = splitter(para)
                for sent in doc.sents:
                    s = sent.text.strip()
                    if not s or not any(ch.isalnum() for ch in s):
                        continue
                    start = offset + part_start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                    yield RawSentence(index, start, s)
                    index += 1


HEADLINE_WORDS = 20  # at most this many words in a headline line
HEADLINE = re.compile(r"(?P<line>[^\n]*[^\s.!?,;:\-–—\"'”’])[ \t]*\n(?=[ \t]*[A-Z\"“])")


def _headline_apart(start: int, para: str) -> list[tuple[int, str]]:
    """A paragraph's first line that ends with no stop and is followed by a capitalised line is a
    headline, not the start of a wrapped sentence ("... government shuts broadcaster" above the
    lead): (offset, text) pieces, the headline apart."""
    m = HEADLINE.match(para)
    if m is None or len(m.group("line").split()) > HEADLINE_WORDS:
        return [(start, para)]
    return [(start, m.group("line")), (start + m.end(), para[m.end():])]

"""eventwire.code() on generated news-like text: no exception, every code in the codebook, every
actor code well formed with a source, every span slicing to its text, and the same events
whether articles are coded one by one or together (issue 13)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_settings import budget, fuzz_timer, inputs, pytest_generate_tests  # noqa: F401 (fixtures, hook)
from fuzz_invariants import bad_spans

import eventwire
import eventwire.pipeline as pipeline
from eventwire.actors.dictionary import CODE_RE
from eventwire.pipeline import code_articles
from eventwire.types import Article

pytestmark = pytest.mark.slow

ACTORS = ["Russia", "Ukraine", "China's foreign ministry", "President Xi Jinping", "the Taliban", "NATO",
          "Iranian police", "he", "they", "The two countries", "the Kingdom of Bahrain", "Israeli troops",
          "the United Nations", "the Democratic Republic of the Congo", "rebels", "Japan's prime minister", "It"]
VERBS = ["attacked", "criticized", "met", "said", "accused", "signed an agreement with", "shelled", "was killed by",
         "denied", "urged", "threatened", "visited", "held talks with", "praised", "arrested", "fought on the side of"]
TAILS = ["on Monday", "last week", "on May 9", "in 2019", "in Kyiv", "near the Gaza Strip", "in the Kingdom of Bahrain",
         "two years ago", "", "over the border dispute", "[/red]", "\u00e9\u4e2d"]


@st.composite
def sentence(draw) -> str:
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return f'"{draw(sentence())}" {draw(st.sampled_from(ACTORS))} said.'
    if kind == 1:
        return draw(st.text(max_size=30))
    words = [draw(st.sampled_from(ACTORS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(ACTORS)),
             draw(st.sampled_from(TAILS))]
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", ",", "", "!", " —", ";"]))


@st.composite
def article(draw) -> str:
    head = draw(st.sampled_from(["", "MOSCOW, May 15. /TASS/. ", "KYIV (Reuters) - ", "BEIJING, Sept. 31 - "]))
    return head + draw(st.sampled_from([" ", "\n\n", "  "])).join(draw(st.lists(sentence(), min_size=1, max_size=4)))


def _check(text: str, coded, codebook) -> None:
    for e in coded.events:
        assert e.code in codebook.codes, e
        assert e.source and CODE_RE.match(e.source), e  # no source, no event
        assert not e.target or CODE_RE.match(e.target), e
        assert not e.speaker or CODE_RE.match(e.speaker), e
    assert not bad_spans(text, coded), bad_spans(text, coded)
    assert not any("internal error" in w or "reading failed" in w for w in coded.warnings), coded.warnings


@budget("code")
@given(text=article(), day=st.sampled_from([None, "2025-05-15", "2024-02-29"]))
def test_fuzz_code(resources, inputs, fuzz_round, text, day):
    inputs["code"] += 1
    coded = eventwire.code(text, day, resources=resources)
    _check(text, coded, resources.codebook)


@budget("code batches")
@given(texts=st.lists(article(), min_size=2, max_size=5))
def test_fuzz_code_is_the_same_one_by_one_and_together(resources, inputs, fuzz_round, texts):
    inputs["code batches"] += len(texts)
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]
    together = list(code_articles(articles, resources))
    alone = [next(code_articles([a], resources)) for a in articles]
    assert together == alone
    kept = pipeline.BATCH
    pipeline.BATCH = 1  # parse batches cut after every sentence
    try:
        assert list(code_articles(articles, resources)) == alone
    finally:
        pipeline.BATCH = kept

"""Real news sentences of every kind are coded without an internal error (strict mode)."""

import json

import pytest

import eventwire
from conftest import shared_file

pytestmark = pytest.mark.slow


def test_robustness_no_internal_errors_on_real_sentences(resources):
    texts = []
    for rel in ("benchmarks/conflibert-pentaclass/train.jsonl", "benchmarks/petrarch-unittest/gold.jsonl"):
        with shared_file(rel).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    articles = [eventwire.Article(id=str(n), text=t) for n, t in enumerate(texts)]
    coded = list(eventwire.code_articles(articles, resources, eventwire.CoderSettings(strict=True)))
    assert len(coded) == len(texts)
    assert sum(len(c.events) for c in coded) > len(texts) // 2
    for c in coded:
        for e in c.events:
            assert e.code in resources.codebook

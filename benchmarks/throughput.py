"""Sentences per second from raw text, and the cost of coding relative to spaCy's bare parse.

    .venv/bin/python benchmarks/throughput.py [--repeat 3]

The corpus is every sentence of the shared gold sets (PLOVER, ConfliBERT train+test, PETRARCH
validation), joined into articles of 40 sentences. "bare parse" is `nlp.pipe` of the same
articles with the same spaCy model and components eventwire loads; "eventwire" is
`code_articles` from raw text to events. Best of --repeat runs, after one warm-up.
"""

import argparse
import json
import time

from _common import load_gold, shared


def corpus() -> list[str]:
    sents = []
    for rel in ("benchmarks/plover-gsr/gold.jsonl", "benchmarks/conflibert-pentaclass/train.jsonl",
                "benchmarks/conflibert-pentaclass/test.jsonl", "benchmarks/petrarch-unittest/gold.jsonl"):
        sents += [r["text"].strip() for r in load_gold(shared(rel)) if r["text"].strip()]
    return [" ".join(sents[i:i + 40]) for i in range(0, len(sents), 40)], len(sents)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from eventwire import Article, code_articles, load_resources

    articles, n_sents = corpus()
    resources = load_resources()
    nlp = resources.nlp

    def bare():
        for _ in nlp.pipe(articles, batch_size=8):
            pass

    def coder():
        events = 0
        for coded in code_articles(Article(id=str(i), text=t) for i, t in enumerate(articles)):
            events += len(coded.events)
        return events

    coder()  # warm-up: loads lazily built tables, fills caches
    bare()
    t_bare = min(_timed(bare) for _ in range(args.repeat))
    t_code = min(_timed(coder) for _ in range(args.repeat))
    result = {"sentences": n_sents, "articles": len(articles), "bare_parse_s": round(t_bare, 2),
              "eventwire_s": round(t_code, 2), "bare_sentences_per_s": round(n_sents / t_bare, 1),
              "eventwire_sentences_per_s": round(n_sents / t_code, 1),
              "ratio_eventwire_to_bare": round(t_code / t_bare, 3), "components": nlp.pipe_names}
    print(json.dumps(result, indent=1))


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()

"""Throughput, start-up, cores, memory and Dask: eventwire against spaCy's bare parse, in one run.

    .venv/bin/python benchmarks/throughput.py [--repeat 2] [--rss 10000,100000] [--skip dask,rss]

Two corpora, each measured as sentences/s and as the ratio of eventwire's time to `nlp.pipe`
of the same texts with the full model eventwire loads (the "bare parse"; lower is better):

  dense     every sentence of the shared gold sets (PLOVER, ConfliBERT train+test, PETRARCH
            validation) joined into articles of 40: nearly every sentence holds an event;
  articles  whole wire-style articles: the project's own article sets (benchmarks/data,
            dev and gold parts; not the frozen test part) and examples/, where most sentences
            hold no event.

Then: one-sentence `eventwire code` start-up against `import spacy; spacy.load(model)` (best of
5 processes each, the table cache warm); 1 against 2 worker processes (eventwire.parallel, the
workers started before timing); peak RSS of one coder process at each --rss size (articles
repeated with fresh ids); a Dask LocalCluster of 2 workers against 1 (cluster start included).
Best of --repeat timings after a warm-up. Prints one JSON object; keep it with the command.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, load_gold, shared

PY = sys.executable


def dense_corpus() -> list[str]:
    sents = []
    for rel in ("benchmarks/plover-gsr/gold.jsonl", "benchmarks/conflibert-pentaclass/train.jsonl",
                "benchmarks/conflibert-pentaclass/test.jsonl", "benchmarks/petrarch-unittest/gold.jsonl"):
        sents += [r["text"].strip() for r in load_gold(shared(rel)) if r["text"].strip()]
    return [" ".join(sents[i:i + 40]) for i in range(0, len(sents), 40)]


def article_corpus() -> list[str]:
    texts = []
    for name in ("articles-gold.jsonl", "articles-dev.jsonl"):
        texts += [r["text"] for r in load_gold(REPO / "benchmarks" / "data" / name)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    return texts


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ratio(texts: list[str], resources, repeat: int) -> dict:
    """Sentences/s of the bare parse and of eventwire on the same texts, and the share of
    sentences the screen let through to the parser."""
    from eventwire import Article
    from eventwire.pipeline import code_articles

    nlp = resources.nlp
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    counts = {"sentences": 0, "parsed": 0}

    def bare():
        for _ in nlp.pipe(texts, batch_size=8):
            pass

    def coder():
        counts.update(sentences=0, parsed=0)
        for coded in code_articles(articles, resources):
            counts["sentences"] += coded.sentences
            counts["parsed"] += coded.parsed_sentences

    coder()
    bare()
    t_bare = min(_timed(bare) for _ in range(repeat))
    t_code = min(_timed(coder) for _ in range(repeat))
    n = counts["sentences"]
    return {"articles": len(texts), "sentences": n, "parsed_share": round(counts["parsed"] / n, 3),
            "bare_s": round(t_bare, 2), "eventwire_s": round(t_code, 2),
            "bare_sentences_per_s": round(n / t_bare, 1), "eventwire_sentences_per_s": round(n / t_code, 1),
            "ratio_eventwire_to_bare": round(t_code / t_bare, 3)}


def startup(model: str, runs: int = 5) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text("Russia accused Ukraine of shelling a border village on Monday.\n", encoding="utf-8")
        coder = [str(Path(PY).with_name("eventwire")), "code", "--workers", "1", "--format", "jsonl", str(one)]
        bare = [PY, "-c", f"import spacy; spacy.load({model!r}, exclude=['senter'])"]
        subprocess.run(coder, capture_output=True, check=True)  # fills the table cache if it is cold
        t_code, t_bare = [], []
        for _ in range(runs):  # interleaved, so that a busy moment hits both
            t_code.append(_timed(lambda: subprocess.run(coder, capture_output=True, check=True)))
            t_bare.append(_timed(lambda: subprocess.run(bare, capture_output=True, check=True)))
    return {"eventwire_code_one_sentence_s": round(min(t_code), 2), "spacy_load_s": round(min(t_bare), 2),
            "ratio": round(min(t_code) / min(t_bare), 2)}


def workers(texts: list[str], repeat: int) -> dict:
    from eventwire import Article
    from eventwire.parallel import ParallelCoder

    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    out = {}
    for n in (1, 2):
        with ParallelCoder(workers=n) as coder:
            list(coder.code(articles[:n * 2]))  # start and warm the workers
            out[n] = min(_timed(lambda: list(coder.code(articles))) for _ in range(repeat))
    return {"one_worker_s": round(out[1], 2), "two_workers_s": round(out[2], 2),
            "speedup": round(out[1] / out[2], 2)}


RSS_SCRIPT = """
import json, resource, sys
from eventwire import Article, code_articles, load_resources
texts = json.load(open(sys.argv[1]))
target = int(sys.argv[2])
resources = load_resources()
def articles():
    n = i = 0
    while n < target:
        t = texts[i % len(texts)]
        yield Article(id=str(i), text=t)
        n += t.count('. ') + 1
        i += 1
sents = 0
for coded in code_articles(articles(), resources):
    sents += coded.sentences
print(json.dumps({"sentences": sents, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def rss(texts: list[str], sizes: list[int]) -> dict:
    """Peak RSS of one coder process coding about N sentences of whole articles, streamed."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "texts.json"
        corpus.write_text(json.dumps(texts), encoding="utf-8")
        out = {}
        for n in sizes:
            done = subprocess.run([PY, "-c", RSS_SCRIPT, str(corpus), str(n)], capture_output=True, text=True, check=True)
            out[str(n)] = json.loads(done.stdout)
    first, last = out[str(sizes[0])]["peak_rss_mb"], out[str(sizes[-1])]["peak_rss_mb"]
    return {"runs": out, "growth": round(last / first, 3)}


def dask(texts: list[str]) -> dict:
    from eventwire.distributed import code_with_dask

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)),
                       encoding="utf-8")
        size = src.stat().st_size
        times = {}
        for n in (1, 2):
            report = code_with_dask([str(src)], Path(tmp) / f"out{n}", "local", workers=n,
                                    partition_bytes=max(10_000, size // 16))
            times[n] = report.seconds
    return {"one_worker_s": round(times[1], 2), "two_workers_s": round(times[2], 2),
            "speedup": round(times[1] / times[2], 2), "note": "cluster start and resource loading included"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--rss", default="10000,100000", help="sentence counts for the peak-RSS runs")
    ap.add_argument("--skip", default="", help="comma-separated parts to leave out: "
                                               "dense,articles,startup,workers,rss,dask")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    from eventwire import load_resources
    from eventwire.pipeline import MODEL

    resources = load_resources()
    dense, wire = dense_corpus(), article_corpus()
    result: dict = {"cores": os.cpu_count(), "components": resources.nlp.pipe_names}
    parts = {"dense": lambda: ratio(dense, resources, args.repeat),
             "articles": lambda: ratio(wire, resources, args.repeat),
             "startup": lambda: startup(MODEL),
             "workers": lambda: workers(dense, args.repeat),
             "rss": lambda: rss(wire, [int(n) for n in args.rss.split(",")]),
             "dask": lambda: dask(dense * 2)}
    for name, run in parts.items():
        if name not in skip:
            started = time.perf_counter()
            result[name] = run()
            print(f"{name}: {json.dumps(result[name])} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

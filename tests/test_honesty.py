"""No gold sentence of any shared benchmark appears in the repo's code, comments, tests or data.

The rules must generalise to news nobody tuned them on, so a gold sentence quoted in the repo (as a
test, a comment or a dictionary entry) is a sign of a rule fitted to one sentence. A quote is found
as any run of 8 consecutive words it shares with a gold sentence (words are lowercased [a-z0-9]+,
so punctuation, quoting and line breaks do not hide it); a gold sentence shorter than 8 words
counts when all its words (at least 5) appear as one run. A name of 8 words or more that the actor
dictionaries know ("National Union for the Total Independence of Angola") counts as one word on
both sides: it is knowledge of the world, not a quote, but the words around it still are.
"""

import json
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / ".." / "shared" / "benchmarks"
ACTOR_DATA = REPO / "src" / "eventwire" / "actors" / "data"
NAME_FIELDS = ("name", "official", "names", "aliases")
RUN = 8
SHORTEST_WHOLE_SENTENCE = 5  # fewer words than this are common phrases, not quotes
TEXT_SUFFIXES = {".py", ".md", ".json", ".jsonl", ".txt", ".toml"}
WORD = re.compile(r"[a-z0-9]+")

Names = dict[str, list[tuple[str, ...]]]  # first word -> long names starting with it, longest first


def _long_names() -> Names:
    """The names of 8 words or more in the bundled actor dictionaries."""
    names: set[tuple[str, ...]] = set()
    for path in sorted(ACTOR_DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for field in NAME_FIELDS:
                value = record.get(field) or []
                for name in [value] if isinstance(value, str) else value:
                    words = tuple(WORD.findall(name.lower()))
                    if len(words) >= RUN:
                        names.add(words)
    by_first: Names = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    return by_first


def _words(text: str, names: Names, line: int = 0) -> list[tuple[str, int]]:
    """(word, line number) with every long known name folded into one word."""
    words = [(m.group(), n) for n, part in enumerate(text.lower().splitlines(), line)
             for m in WORD.finditer(part)]
    folded, i = [], 0
    while i < len(words):
        name = next((n for n in names.get(words[i][0], ())
                     if tuple(w for w, _ in words[i:i + len(n)]) == n), None)
        folded.append(("_".join(name), words[i][1]) if name else words[i])
        i += len(name) if name else 1
    return folded


def _gold_runs(names: Names) -> dict[int, set[tuple[str, ...]]]:
    """Every gold sentence's 8-word runs (or whole short sentence), keyed by run length."""
    runs: dict[int, set[tuple[str, ...]]] = {}
    for path in sorted(BENCHMARKS.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = (json.loads(line).get("text") or "") if line.strip() else ""
            words = [w for w, _ in _words(text, names)]
            if len(words) >= RUN:
                runs.setdefault(RUN, set()).update(
                    tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
            elif len(words) >= SHORTEST_WHOLE_SENTENCE:
                runs.setdefault(len(words), set()).add(tuple(words))
    return runs


def _tracked_text_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    names = [n for n in out.decode("utf-8").split("\0") if n]
    return [REPO / n for n in names if Path(n).suffix in TEXT_SUFFIXES and (REPO / n).is_file()]


def _hits(path: Path, runs: dict[int, set[tuple[str, ...]]], names: Names) -> list[str]:
    """file:line and the run, once a line, for every gold run in the file (across line breaks)."""
    words = _words(path.read_text(encoding="utf-8", errors="replace"), names, line=1)
    tokens = [w for w, _ in words]
    hits, reported_lines = [], set()
    for size, wanted in runs.items():
        for i in range(len(tokens) - size + 1):
            run = tuple(tokens[i:i + size])
            line = words[i][1]
            if run in wanted and line not in reported_lines:
                reported_lines.add(line)
                shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
                hits.append(f"{shown}:{line}: {' '.join(run)}")
    return hits


def test_no_gold_sentence_in_the_repo():
    if not BENCHMARKS.is_dir():
        pytest.skip(f"{BENCHMARKS} is absent: the gold sets are read from ../shared/benchmarks")
    names = _long_names()
    runs = _gold_runs(names)
    assert runs.get(RUN), f"no gold sentences read from {BENCHMARKS}"
    hits = [hit for path in _tracked_text_files() for hit in _hits(path, runs, names)]
    assert not hits, "gold sentences quoted in the repo (invent examples instead):\n" + "\n".join(hits)



def _runs_of(sentence: str, names: Names) -> dict[int, set[tuple[str, ...]]]:
    words = [w for w, _ in _words(sentence, names)]
    return {RUN: {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}}


def test_a_quote_split_across_lines_is_found(tmp_path):
    runs = _runs_of("Ruritanian envoys walked out of the border talks in protest on Friday", {})
    quoted = tmp_path / "quoted.py"
    quoted.write_text('x = 1\n# "Ruritanian envoys walked out of the\n#  border talks" in the tests\n')
    assert [hit.split(":")[1] for hit in _hits(quoted, runs, {})] == ["2"]


def test_a_known_long_name_is_not_a_quote(tmp_path):
    names = _long_names()
    gold = "Fighters of the National Union for the Total Independence of Angola shelled a town"
    listed = tmp_path / "names.jsonl"
    listed.write_text('{"names": ["UNITA", "National Union for the Total Independence of Angola"]}\n')
    assert _hits(listed, _runs_of(gold, {}), {}) != []  # unfolded, the name alone is 8 words
    assert _hits(listed, _runs_of(gold, names), names) == []

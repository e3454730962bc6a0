"""The coder's last guarantees: no event without a source, and no long sentence dropped silently (issue 13)."""

from dataclasses import replace

import pytest

import eventwire
import eventwire.pipeline as pipeline

pytestmark = pytest.mark.slow


def test_an_event_with_no_source_is_not_emitted(resources, monkeypatch):
    real = pipeline.code_sentence

    def with_a_sourceless_copy(*args, **kwargs):
        events = real(*args, **kwargs)
        # what the engine produced for "... killed a man who had fought on the other side": "" -> target
        return events + [replace(e, source="", source_span=None, code="190") for e in events]

    monkeypatch.setattr(pipeline, "code_sentence", with_a_sourceless_copy)
    coded = eventwire.code("Freedonia's army attacked Sylvania's border posts on Monday.", "2031-04-07",
                           resources=resources)
    assert all(e.source for e in coded.events), [(e.source, e.target, e.code) for e in coded.events]


def test_a_sentence_over_the_limit_is_named_in_a_warning(resources):
    run_on = "; ".join(f"item {n}: 40 tonnes of grain" for n in range(120))  # a table run together
    text = f"Russia attacked Ukraine on Monday. {run_on}. China criticized India."
    coded = eventwire.code(text, "2025-01-01", id="grain-report", resources=resources)
    long = [w for w in coded.warnings if "longer than 2,000 characters" in w]
    assert len(long) == 1 and long[0].startswith("sentence 2 ") and '"item 0: 40 tonnes' in long[0]
    assert coded.sentences == 3


def test_ingest_names_a_sentence_too_long_to_code(resources, tmp_path, capsys):
    from eventwire.store.db import Store
    from eventwire.store.ingest import ingest
    from eventwire.types import Article

    run_on = ", ".join(f"line {n} of the harvest table" for n in range(120))
    with Store.open(tmp_path / "ew.duckdb") as store:
        ingest([Article("harvest", f"Iran criticized Israel. {run_on}.", origin="in.jsonl:3")], store, resources)
    err = capsys.readouterr().err
    assert "in.jsonl:3 (harvest): sentence 2" in err and "longer than 2,000 characters" in err

# Two commands set up a fresh clone: `make demo` and `make test` (both install first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire code --format table examples/*.txt examples/*.jsonl
	rm -f demo.duckdb
	$(BIN)/eventwire ingest --db demo.duckdb examples/
	$(BIN)/eventwire trend IND CHN --db demo.duckdb --by month

test: $(STAMP)
	$(BIN)/python -m pytest -q

# every benchmark script: about 6 minutes on 2 cores (throughput ~2.5, the store's 1M synthetic events ~1)
bench: $(STAMP)
	$(BIN)/python benchmarks/plover_gsr.py
	$(BIN)/python benchmarks/pentaclass.py
	$(BIN)/python benchmarks/petrarch_unittest.py
	$(BIN)/python benchmarks/article_reading.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/store.py

clean:
	rm -rf $(VENV) build src/*.egg-info

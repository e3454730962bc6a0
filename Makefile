# Two commands set up a fresh clone: `make demo` and `make test` (both install first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench fuzz clean vendor

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# The browser tests (tests/web) drive Debian's chromium through Playwright, never a browser that
# Playwright would download; this installs it when missing. If apt cannot, those tests skip and say why.
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
$(CHROMIUM):
	@if command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium for the browser tests (apt-get, about a minute)"; \
	  $(SUDO) apt-get update -qq >/dev/null \
	  && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	  || echo "warning: apt-get could not install chromium: the browser tests will be skipped"; \
	else echo "warning: no apt-get to install chromium: the browser tests will be skipped"; fi

install: $(STAMP) $(CHROMIUM)

demo: $(STAMP)
	$(BIN)/eventwire code --format table examples/*.txt examples/*.jsonl
	rm -f demo.duckdb
	$(BIN)/eventwire ingest --db demo.duckdb examples/
	$(BIN)/eventwire trend IND CHN --db demo.duckdb --by month

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

# every benchmark script: about 6 minutes on 2 cores (throughput ~2.5, the store's 1M synthetic events ~1)
bench: $(STAMP)
	$(BIN)/python benchmarks/plover_gsr.py
	$(BIN)/python benchmarks/pentaclass.py
	$(BIN)/python benchmarks/petrarch_unittest.py
	$(BIN)/python benchmarks/article_reading.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/store.py

# The long fuzz run of tests/fuzz (`make test` runs a short one): over 1M generated inputs, about
# 25 minutes on 2 cores, at low priority; inputs per target land in benchmarks/out/fuzz.json.
fuzz: $(STAMP)
	mkdir -p benchmarks/out
	EVENTWIRE_FUZZ=long EVENTWIRE_FUZZ_REPORT=benchmarks/out/fuzz.json nice -n 10 $(BIN)/python -m pytest -q -p no:cacheprovider tests/fuzz
	@cat benchmarks/out/fuzz.json

# The web pages' chart library, vendored into the package so the app serves every asset itself
# (no CDN). `make vendor` fetches the pinned release from the npm registry and replaces the copy
# in src/eventwire/web/static/vendor/ (committed; nothing downloads at run time).
CHARTJS := 4.6.1
VENDOR := src/eventwire/web/static/vendor
vendor:
	@tmp=$$(mktemp -d) && cd $$tmp && npm pack --silent chart.js@$(CHARTJS) >/dev/null && tar xzf chart.js-$(CHARTJS).tgz \
	  && cd - >/dev/null && cp $$tmp/package/dist/chart.umd.min.js $(VENDOR)/chart.umd.min.js \
	  && cp $$tmp/package/LICENSE.md $(VENDOR)/chart.js.LICENSE.md && rm -rf $$tmp \
	  && printf 'chart.js %s from the npm registry (dist/chart.umd.min.js, MIT licence: chart.js.LICENSE.md).\nRe-vendor with `make vendor`; the pin is CHARTJS in the Makefile.\n' $(CHARTJS) > $(VENDOR)/VERSIONS.txt \
	  && echo "vendored chart.js $(CHARTJS) into $(VENDOR)"

clean:
	rm -rf $(VENV) build src/*.egg-info

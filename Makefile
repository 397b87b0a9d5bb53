VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The real Argdown parser (Node), which the tests use to read argmap's Argdown export back.
ARGDOWN := tests/argdown/node_modules/.installed
BENCH_ARGDOWN := tests/bench/argdown/node_modules/.installed

.PHONY: run test install lint format golden bench smoke clean system-deps

run: $(STAMP)
	tools/system-deps.sh
	$(BIN)/argmap overview

test: $(STAMP) system-deps $(ARGDOWN)
	$(BIN)/pytest -n 2 -q
	$(BIN)/argmap check --strict

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

$(ARGDOWN): tests/argdown/package-lock.json
	cd tests/argdown && npm ci --no-audit --no-fund --loglevel=error
	touch $@

system-deps:
	tools/system-deps.sh --browser

lint: $(STAMP)
	$(BIN)/ruff check argmap tests
	$(BIN)/ruff format --check argmap tests
	$(BIN)/mypy argmap

format: $(STAMP)
	$(BIN)/ruff format argmap tests
	$(BIN)/ruff check --fix argmap tests

golden: $(STAMP)
	$(BIN)/pytest -q --update-golden

# Argdown's CLI, timed beside argmap by make bench (never by make test); without Node or the
# npm registry the bench runs without it.
bench: $(STAMP) system-deps
	@$(MAKE) --no-print-directory $(BENCH_ARGDOWN) || echo "Argdown's CLI not installed: make bench runs without it"
	$(BIN)/python -m tests.bench

$(BENCH_ARGDOWN): tests/bench/argdown/package-lock.json
	cd tests/bench/argdown && npm ci --no-audit --no-fund --loglevel=error
	touch $@

smoke: $(STAMP)
	$(BIN)/python -m argmap --help

clean:
	rm -rf $(VENV) build *.egg-info

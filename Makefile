VENV := .venv
BIN := $(VENV)/bin
# What running argmap needs (make run), and that plus the dev tools (make test, make lint).
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
PIP := $(BIN)/python -m pip install -qq --disable-pip-version-check
# The real Argdown and Mermaid parsers (Node), which the tests use to read argmap's exports back.
ARGDOWN := tests/argdown/node_modules/.installed
MERMAID := tests/mermaid/node_modules/.installed

.PHONY: run test install lint format golden bench smoke clean system-deps

run: $(RUN_STAMP)
	@tools/system-deps.sh
	@$(BIN)/argmap overview

test: $(DEV_STAMP) system-deps $(ARGDOWN) $(MERMAID)
	$(BIN)/pytest -n 2 -q
	$(BIN)/argmap check --strict

install: $(DEV_STAMP)

$(RUN_STAMP): pyproject.toml
	@echo "setting up $(VENV): argmap and the packages it runs on (pip install -e .)"
	@test -x $(BIN)/python || python3 -m venv $(VENV)
	@$(PIP) -e .
	@touch $@

$(DEV_STAMP): pyproject.toml
	@echo "setting up $(VENV): argmap with its test and lint tools (pip install -e '.[dev]')"
	@test -x $(BIN)/python || python3 -m venv $(VENV)
	@$(PIP) --upgrade pip
	@$(PIP) -e '.[dev]'
	@touch $@ $(RUN_STAMP)

$(ARGDOWN): tests/argdown/package-lock.json
	cd tests/argdown && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(MERMAID): tests/mermaid/package-lock.json
	cd tests/mermaid && npm ci --no-audit --no-fund --loglevel=error
	touch $@

system-deps:
	tools/system-deps.sh --browser

lint: $(DEV_STAMP)
	$(BIN)/ruff check argmap tests
	$(BIN)/ruff format --check argmap tests
	$(BIN)/mypy argmap

format: $(DEV_STAMP)
	$(BIN)/ruff format argmap tests
	$(BIN)/ruff check --fix argmap tests

golden: $(DEV_STAMP)
	$(BIN)/pytest -q --update-golden

bench: $(DEV_STAMP) system-deps
	$(BIN)/python -m tests.bench

smoke: $(RUN_STAMP)
	$(BIN)/python -m argmap --help

clean:
	rm -rf $(VENV) build *.egg-info

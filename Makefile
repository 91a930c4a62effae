# Two commands do all set-up on a fresh machine (Python 3.11+ and make):
#   make run   -> creates .venv, installs, opens the desk on a demo event
#   make test  -> same set-up, then lint + the whole suite (offscreen)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/.demo/demo.sqlite
PROFILE ?= artois

.PHONY: run test lint venv bench translations clean screenshots

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m desk_app.gui.i18n_build
	touch $(STAMP)

translations: $(STAMP)
	$(BIN)/python -m desk_app.gui.i18n_build

run: $(STAMP)
	@mkdir -p $(dir $(DEMO_DB))
	@test -f $(DEMO_DB) || $(BIN)/desk-app --db $(DEMO_DB) demo --profile $(PROFILE) --mid-day
	$(BIN)/desk-app --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check desk_app tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run_benchmarks.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/desk-app screenshot docs/screenshots --language en
	QT_QPA_PLATFORM=offscreen $(BIN)/desk-app screenshot docs/screenshots/fr --language fr

clean:
	rm -rf $(VENV) .demo build *.egg-info

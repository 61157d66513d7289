# Two commands on a fresh machine: `make run` serves the demo site, `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PATH := $(abspath $(BIN)):$(PATH)
export DJANGO_SETTINGS_MODULE ?= akorda.settings.dev

.PHONY: install migrate demo run test lint bench clean

# Development installs the dev lock (production's pins plus test and lint tools);
# production installs requirements.txt alone (README, Production).
$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py load_oversight_demo

# The web server, the task worker (extraction of published releases) and the
# scheduler that publishes scheduled pages on time, together (Procfile.dev).
run: demo
	$(BIN)/honcho -f Procfile.dev start

test: install
	DJANGO_SETTINGS_MODULE=akorda.settings.test $(BIN)/python -m pytest $(PYTEST_ARGS)

# The layers (import-linter), style and likely bugs (ruff), types (mypy); config in pyproject.toml.
lint: install
	$(BIN)/lint-imports
	$(BIN)/ruff check akorda scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python scripts/bench_extract.py

clean:
	rm -rf $(VENV) db.sqlite3 static_collected test-artifacts

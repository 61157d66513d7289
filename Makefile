# Two commands on a fresh machine: `make run` serves the demo site, `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PATH := $(abspath $(BIN)):$(PATH)
export DJANGO_SETTINGS_MODULE ?= akorda.settings.dev

.PHONY: install migrate demo run test test-faults lint bench clean a11y-tools

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

# axe-core and the Nu HTML Checker for the accessibility run (akorda/core/tests/test_accessibility.py),
# from npm into a git-ignored folder; the checker itself runs on Java 17.
A11Y := tools/a11y
$(A11Y)/node_modules/.installed: $(A11Y)/package.json $(A11Y)/package-lock.json
	npm ci --prefix $(A11Y) --no-audit --no-fund --silent
	touch $@

a11y-tools: $(A11Y)/node_modules/.installed

test: install
	DJANGO_SETTINGS_MODULE=akorda.settings.test $(BIN)/python -m pytest $(PYTEST_ARGS)

# Fault tests on the production backend: workers killed mid-task, PostgreSQL and a
# broker restarted under them. They restart shared servers, so they are their own step.
FAULTS_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/akorda_faults
FAULTS_REDIS_URL ?= redis://127.0.0.1:6379/0
test-faults: install
	AKORDA_FAULTS=1 DJANGO_SETTINGS_MODULE=akorda.settings.test DATABASE_URL=$(FAULTS_DATABASE_URL) \
	TASKS_BACKEND=akorda.core.tasks.RQBackend TASKS_REDIS_URL=$(FAULTS_REDIS_URL) TASKS_QUEUE=akorda-faults \
	$(BIN)/python -m pytest -m faults -p no:cacheprovider $(PYTEST_ARGS) akorda/records/tests/test_faults.py

# The layers (import-linter), style and likely bugs (ruff), types (mypy); config in pyproject.toml.
lint: install
	$(BIN)/lint-imports
	$(BIN)/ruff check akorda scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python scripts/bench_extract.py

clean:
	rm -rf $(VENV) db.sqlite3 static_collected test-artifacts $(A11Y)/node_modules

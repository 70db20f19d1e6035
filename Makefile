# Factcheck Workbench. `make run` and `make test` are all a fresh machine needs (Python 3.11+, Node/npm).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DEBUG ?= true

.PHONY: setup run test lint format bench clean

# The shared part: a virtualenv with the pinned packages and the npm front-end packages.
setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

run: setup
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_seeds
	$(PY) manage.py ensure_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/ (log in with the admin account above)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: setup lint
	$(PY) -m pytest

# Speed and memory live here, not in tests: extraction throughput at 0.1, 1 and 10 MB, then the
# review desk's server times (in a transaction that is rolled back: the database is left as it was).
bench: setup
	$(PY) -m claims.extraction.bench
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py bench_desk

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules var

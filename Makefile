# Factcheck Workbench. `make run` and `make test` are all a fresh machine needs (Python 3.11+, Node/npm).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DEBUG ?= true

.PHONY: setup run serve test lint format bench clean lexicon

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
	@echo "Beside it: one worker for background imports (manage.py run_worker) and the feed scheduler (manage.py poll_feeds --loop)"
	@$(PY) manage.py run_worker & worker=$$!; \
	$(PY) manage.py poll_feeds --loop & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null; wait $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Production settings on this machine: DEBUG off, static files collected and served by WhiteNoise,
# gunicorn as gunicorn.conf.py says (BIND, WEB_CONCURRENCY, ...). Every other setting comes from the
# environment as in production (DEPLOY.md). So that it works out of the box on plain http://, what
# production must set has a local default here: a SECRET_KEY generated once into var/secret_key,
# ALLOWED_HOSTS=127.0.0.1,localhost and SECURE_SSL_REDIRECT=false. Without DATABASE_URL it serves
# the SQLite database in var/, like `make run`.
SERVE_ENV = SECRET_KEY="$${SECRET_KEY:-$$(cat var/secret_key)}"
serve: export DEBUG = false
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: export SECURE_SSL_REDIRECT ?= false
serve: setup
	@test -n "$$SECRET_KEY" || test -s var/secret_key || { mkdir -p var && \
	  (umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key) && \
	  echo "Generated a SECRET_KEY into var/secret_key; later runs reuse it."; }
	$(SERVE_ENV) $(PY) manage.py collectstatic --no-input -v0
	$(SERVE_ENV) $(PY) manage.py migrate --no-input
	$(SERVE_ENV) $(VENV)/bin/gunicorn -c gunicorn.conf.py

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: setup lint
	$(PY) -m pytest

# Speed and memory live here, not in tests: extraction throughput at 0.1, 1 and 10 MB, then one table
# (bench/run.py): bulk import of 1k, 10k and 100k synthetic articles on SQLite and PostgreSQL, the
# desk's server times at 100k articles (about 1.1M claims), and a Locust load test, 50 reviewers for
# 60 s on gunicorn + PostgreSQL. About 25 minutes; BENCH_SIZES=1000,10000 for a quick run (see
# bench/run.py for the other settings). Needs PostgreSQL on 127.0.0.1:5432 (BENCH_PG); it writes only
# var/bench*, var/static and the `factcheck_bench` database (BENCH_PG_DB to name another).
bench: setup
	$(PY) -m claims.extraction.bench
	$(PY) bench/run.py

# The extraction engine's word-class tables, from the Universal Dependencies files beside the
# checkout (../shared/corpora/ud, CC BY-SA 4.0); the result is committed.
lexicon: setup
	$(PY) -m claims.extraction.lexicon.build_wordclasses

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules var

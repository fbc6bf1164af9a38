# Two commands on a fresh machine:  `make serve`  and  `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export ARCHIVE_DATA_DIR ?= $(CURDIR)/var
# Production settings, minus HTTPS-only behaviour: `make serve` answers plain HTTP on loopback.
SERVE_ENV := DJANGO_SETTINGS_MODULE=config.settings.prod ALLOWED_HOSTS=127.0.0.1,localhost SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 SECURE_SSL_REDIRECT=0

.PHONY: install install-test bytecode lock serve lint test load bench clean

MESSAGES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

# The application's own modules compiled to bytecode once, here: a server started where Python
# may not write it (PYTHONDONTWRITEBYTECODE, a read-only checkout) would compile each at every start.
PACKAGES := alerts api archive config search unref

# The serving environment holds the runtime dependencies only; `make test` adds the test tools.
install: $(VENV)/.runtime $(MESSAGES) bytecode
install-test: $(VENV)/.test $(MESSAGES)
bytecode:
	$(BIN)/python -m compileall -q $(PACKAGES)

# Translations are compiled here, never committed.
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check -o $@ $<

# Exact versions with hashes from the lock (requirements/, made by `make lock` from
# pyproject.toml's ranges); reinstalled only when the lock changes, so the second run is instant.
$(VENV)/.runtime: requirements/runtime.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/runtime.txt
	touch $@

$(VENV)/.test: requirements/test.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/test.txt
	touch $@

# Re-resolve the lock after pyproject.toml changes (a maintainer's step: uv lives in its own venv).
UV_VERSION := 0.13.9
LOCK := .venv-lock/bin/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet
lock:
	test -x .venv-lock/bin/uv || ($(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet uv==$(UV_VERSION))
	$(LOCK) -o requirements/runtime.txt
	$(LOCK) --extra test -o requirements/test.txt

$(ARCHIVE_DATA_DIR)/secret_key:
	mkdir -p $(ARCHIVE_DATA_DIR)
	$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	chmod 600 $@

# Load the sample corpus into $(ARCHIVE_DATA_DIR) (idempotent: unchanged files are skipped).
load: install $(ARCHIVE_DATA_DIR)/secret_key
	$(SERVE_ENV) SECRET_KEY=$$(cat $(ARCHIVE_DATA_DIR)/secret_key) $(BIN)/python manage.py migrate --noinput -v0
	$(SERVE_ENV) SECRET_KEY=$$(cat $(ARCHIVE_DATA_DIR)/secret_key) $(BIN)/python manage.py ingest fixtures/documents
	$(SERVE_ENV) SECRET_KEY=$$(cat $(ARCHIVE_DATA_DIR)/secret_key) $(BIN)/python manage.py build_search_index --if-stale
	$(SERVE_ENV) SECRET_KEY=$$(cat $(ARCHIVE_DATA_DIR)/secret_key) $(BIN)/python manage.py collectstatic --noinput -v0

serve: load
	$(SERVE_ENV) SECRET_KEY=$$(cat $(ARCHIVE_DATA_DIR)/secret_key) $(BIN)/gunicorn --config gunicorn.conf.py config.wsgi

# The PDF import tests typeset with a real CJK font, Debian's fonts-wqy-microhei.
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

$(CJK_FONT):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null

# ruff with the rules in pyproject.toml; `make test` runs it first, so a finding fails the tests.
lint: install-test
	$(BIN)/ruff check .

# PYTEST_ARGS narrows a run (CI's PostgreSQL pass: PYTEST_ARGS="-m database").
test: lint $(CJK_FONT)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Search at 100,000 paragraphs against SQLite FTS5 (bench/search.py; a temporary data folder).
bench: install-test
	$(BIN)/python bench/search.py

clean:
	rm -rf $(VENV) .venv-3.12 .venv-3.13 .venv-lock var .pytest_cache

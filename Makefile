# Two commands on a fresh machine:  `make serve`  and  `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export ARCHIVE_DATA_DIR ?= $(CURDIR)/var
# Production settings, minus HTTPS-only behaviour: `make serve` answers plain HTTP on loopback.
SERVE_ENV := DJANGO_SETTINGS_MODULE=config.settings.prod ALLOWED_HOSTS=127.0.0.1,localhost SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 SECURE_SSL_REDIRECT=0

.PHONY: install serve test load bench clean

MESSAGES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

install: $(STAMP) $(MESSAGES)

# Translations are compiled here, never committed.
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	msgfmt --check -o $@ $<

# Reinstall only when the declared dependencies change, so the second run is instant.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"]["test"]))' > $(VENV)/requirements.txt
	$(BIN)/python -m pip install --quiet -r $(VENV)/requirements.txt
	touch $(STAMP)

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

# PYTEST_ARGS narrows a run (CI's PostgreSQL pass: PYTEST_ARGS="-m database").
test: install $(CJK_FONT)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Search at 100,000 paragraphs against SQLite FTS5 (bench/search.py; a temporary data folder).
bench: install
	$(BIN)/python bench/search.py

clean:
	rm -rf $(VENV) var .pytest_cache

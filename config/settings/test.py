"""Tests: an isolated data folder so the suite never touches the real archive."""
import tempfile
from pathlib import Path

import dj_database_url

from .base import *  # noqa: F403

DATA_DIR = Path(tempfile.mkdtemp(prefix="archive-test-"))
SECRET_KEY = "test-only-key"
DEBUG = False
# SQLite in the temporary folder, or the PostgreSQL server DATABASE_URL names (pytest-django
# creates and drops its own test database there).
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{DATA_DIR / 'test.sqlite3'}")}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir()
# Never the real index (search-notes trap 10): a Whoosh index inside the temporary data folder.
# With SEARCH_ENGINE=postgresql (CI's contract pass) the index is a table of the test database.
if SEARCH_ENGINE != "postgresql":  # noqa: F405
    HAYSTACK_CONNECTIONS = {
        "default": {"ENGINE": "search.backends.ChineseWhooshEngine", "PATH": str(DATA_DIR / "whoosh_index")}
    }
# The suite makes thousands of requests from one address: no limits, except in the tests of
# the limits themselves (tests/test_rate_limits.py overrides this).
RATE_LIMITS = {}

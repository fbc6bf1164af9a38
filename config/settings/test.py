"""Tests: an isolated data folder so the suite never touches the real archive."""
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403

DATA_DIR = Path(tempfile.mkdtemp(prefix="archive-test-"))
SECRET_KEY = "test-only-key"
DEBUG = False
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(DATA_DIR / "test.sqlite3")}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir()

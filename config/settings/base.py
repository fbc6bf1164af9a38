"""Settings shared by every environment; everything secret or machine-specific comes from the environment."""
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Where the database and the search index live; never inside the code tree in production.
# Set but empty (a typo in a unit file) would resolve to the working directory, the code tree.
if "ARCHIVE_DATA_DIR" in os.environ and not os.environ["ARCHIVE_DATA_DIR"].strip():
    raise ImproperlyConfigured(
        "ARCHIVE_DATA_DIR 已设置但为空：请写明数据文件夹，或删除此变量"
        " (ARCHIVE_DATA_DIR is set but empty: name the data folder, or unset it)"
    )
DATA_DIR = Path(os.environ.get("ARCHIVE_DATA_DIR", BASE_DIR / "var")).resolve()
try:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
except OSError:
    pass  # a read-only location: the commands that write say so themselves

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "haystack",
    "archive",
    "search",
    "alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "archive.middleware.CompressingMiddleware",
    # After GZip, so the ETag is computed on the uncompressed body (GZip then marks it weak).
    "django.middleware.http.ConditionalGetMiddleware",
    "api.cors.ReadableAnywhereMiddleware",
    "archive.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the database: PostgreSQL cannot take a NUL that SQLite takes.
    "archive.nul.NoNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "archive.middleware.LanguageFromUrlMiddleware",
    "archive.ratelimit.RateLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
# Django's own refusal is English only and says nothing a reader can act on (archive/views.py).
CSRF_FAILURE_VIEW = "archive.views.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "archive.context_processors.page_links",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'archive.sqlite3'}", conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"

# The archive's own data files, curated by hand and reviewed like code.
ARCHIVE_FIXTURES_DIR = BASE_DIR / "fixtures"
# Keep each imported file (DATA_DIR/originals/<sha256>) so the document page can offer it.
ARCHIVE_KEEP_ORIGINALS = env_bool("ARCHIVE_KEEP_ORIGINALS", True)

# `manage.py collect`: the UN's document systems (docs/collecting.md says what was verified).
# Tests point these at a server on loopback.
UN_DIGITAL_LIBRARY_URL = os.environ.get("UN_DIGITAL_LIBRARY_URL", "https://digitallibrary.un.org")
UN_DOCUMENTS_URL_PATTERN = os.environ.get(
    "UN_DOCUMENTS_URL_PATTERN", "https://documents.un.org/api/symbol/access?s={symbol}&l={language}&t={type}"
)
UN_COLLECT_CONTACT_URL = os.environ.get("UN_COLLECT_CONTACT_URL", "")  # the operator's; added to the User-Agent
# Hosts collect may fetch from besides those of the two addresses above (record file links, ODS redirects).
UN_COLLECT_ALLOWED_HOSTS = [
    host.strip().lower() for host in os.environ.get(
        "UN_COLLECT_ALLOWED_HOSTS", "digitallibrary.un.org,documents.un.org,undocs.org,daccess-ods.un.org"
    ).split(",") if host.strip()
]
UN_COLLECT_PAUSE = float(os.environ.get("UN_COLLECT_PAUSE", "1"))  # seconds between requests
UN_COLLECT_TIMEOUT = float(os.environ.get("UN_COLLECT_TIMEOUT", "60"))  # seconds a read may stall
UN_COLLECT_RETRIES = int(os.environ.get("UN_COLLECT_RETRIES", "4"))
UN_COLLECT_LONGEST_WAIT = float(os.environ.get("UN_COLLECT_LONGEST_WAIT", "600"))  # cap on Retry-After
UN_COLLECT_PAGE_SIZE = int(os.environ.get("UN_COLLECT_PAGE_SIZE", "50"))  # records per search request

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stdout": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Search (see docs/search.md): one entry per paragraph in a Whoosh index with Chinese analysis.
# HAYSTACK_ENGINE / HAYSTACK_URL / HAYSTACK_INDEX_NAME switch to a search cluster instead.
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": os.environ.get("HAYSTACK_ENGINE", "search.backends.ChineseWhooshEngine"),
        "PATH": os.environ.get("HAYSTACK_PATH", str(DATA_DIR / "whoosh_index")),
    }
}
if os.environ.get("HAYSTACK_URL"):
    HAYSTACK_CONNECTIONS["default"].update(
        URL=os.environ["HAYSTACK_URL"], INDEX_NAME=os.environ.get("HAYSTACK_INDEX_NAME", "un1540")
    )
# SEARCH_ENGINE=postgresql: search runs inside the archive's PostgreSQL database instead
# (search/postgresql.py; its entries commit with the paragraphs, so several web machines share
# one archive). SEARCH_READ_DATABASE_URL names a replica that searches read, if any.
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "embedded").strip().lower() or "embedded"
if SEARCH_ENGINE not in ("embedded", "postgresql"):
    raise ImproperlyConfigured(
        f"SEARCH_ENGINE={SEARCH_ENGINE!r} 无此检索引擎：请写 embedded（默认）或 postgresql"
        f" (no such search engine: use embedded, the default, or postgresql)"
    )
if SEARCH_ENGINE == "postgresql":
    HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "search.postgresql.HaystackEngine"}}
SEARCH_READ_DATABASE = "default"
if os.environ.get("SEARCH_READ_DATABASE_URL"):
    DATABASES["search_replica"] = dj_database_url.parse(os.environ["SEARCH_READ_DATABASE_URL"], conn_max_age=60)
    SEARCH_READ_DATABASE = "search_replica"
# Without this every query carries a django_ct clause (slow, and we index one model only).
HAYSTACK_LIMIT_TO_REGISTERED_MODELS = False
# Imports reach the index through archive.signals.documents_stored (search/apps.py); no per-save signals.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# Shared by every server process (rate-limit counts live here): a table in the archive's own
# database, created by `migrate` (archive/apps.py), so no extra server is needed.
CACHES = {
    "default": {
        "BACKEND": os.environ.get("CACHE_BACKEND", "django.core.cache.backends.db.DatabaseCache"),
        "LOCATION": os.environ.get("CACHE_LOCATION", "archive_cache"),
    }
}

# Requests per client, "COUNT/SECONDS" or "off" (archive/ratelimit.py, docs/deployment.md).
RATE_LIMITS = {
    "login": os.environ.get("RATE_LIMIT_LOGIN", "10/900"),
    "search": os.environ.get("RATE_LIMIT_SEARCH", "60/60"),
    "api": os.environ.get("RATE_LIMIT_API", "120/60"),
    "export": os.environ.get("RATE_LIMIT_EXPORT", "30/60"),
    "check": os.environ.get("RATE_LIMIT_CHECK", "20/60"),
    "sitemap": os.environ.get("RATE_LIMIT_SITEMAP", "60/60"),
    "subscribe": os.environ.get("RATE_LIMIT_SUBSCRIBE", "5/3600"),
}
# E-mail alerts (alerts/, docs/alerts.md): the mail server that sends them, and the site's
# address for the links in the mails, which `send_alerts` writes outside any request.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))  # seconds: a stalled server fails the run instead of hanging cron
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "第1540(2004)号决议文献库 <webmaster@localhost>")
ARCHIVE_SITE_URL = os.environ.get("ARCHIVE_SITE_URL", "")

# How many reverse proxies in front of the server append to X-Forwarded-For; 0 trusts none of it.
RATE_LIMIT_PROXIES = os.environ.get("RATE_LIMIT_PROXIES", "0")

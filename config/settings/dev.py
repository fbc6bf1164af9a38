"""Local development: a throw-away key is acceptable because nothing here is exposed."""
from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key"  # noqa: F405
# Alert mails are printed, not sent, unless a mail server is named.
if "EMAIL_HOST" not in __import__("os").environ:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

from django.apps import AppConfig
from django.core import checks
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("文档库")

    def ready(self):
        from . import processes  # noqa: F401 — from now on, helper processes die with their parent
        from .ratelimit import check_settings

        checks.register(check_settings)
        post_migrate.connect(create_cache_table, sender=self, dispatch_uid="archive.create_cache_table")


def create_cache_table(using="default", **kwargs):
    """The database cache (settings.CACHES) needs its table: every `migrate` makes sure it exists."""
    call_command("createcachetable", database=using, verbosity=0)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArchiveConfig(AppConfig):
    name = "archive"
    verbose_name = _("文档库")

    def ready(self):
        from . import processes  # noqa: F401 — from now on, helper processes die with their parent

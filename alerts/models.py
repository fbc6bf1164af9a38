"""E-mail alerts: an address and what it follows (a search, a resolution, a body, a treaty),
nothing else. A subscription is kept only while it is wanted: unsubscribing deletes it, and one
never confirmed is deleted once its confirmation link has expired."""
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_key():
    return secrets.token_urlsafe(24)


class Subscription(models.Model):
    SEARCH, RESOLUTION, BODY, TREATY = "search", "resolution", "body", "treaty"
    KINDS = [(SEARCH, _("检索")), (RESOLUTION, _("决议")), (BODY, _("机构")), (TREATY, _("条约"))]

    email = models.EmailField(_("电子邮件地址"), max_length=254)
    kind = models.CharField(_("类型"), max_length=12, choices=KINDS)
    target = models.CharField(
        _("关注对象"), max_length=500,
        help_text="A resolution's symbol, a body's or treaty's gazetteer id, or a search's query string.",
    )
    language = models.CharField(_("语文"), max_length=10, help_text="The interface language of the page it was made on: its mails' language.")
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False, help_text="What the signed links name.")
    created_at = models.DateTimeField(_("订阅时间"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("确认时间"), null=True, blank=True)
    last_sent = models.DateTimeField(
        _("已通知至"), null=True, blank=True,
        help_text="Documents imported up to this moment have been reported (set at confirmation, then after each digest).",
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("订阅")
        verbose_name_plural = _("订阅")
        constraints = [models.UniqueConstraint(fields=["email", "kind", "target"], name="one_subscription_per_address_and_target")]

    def __str__(self):
        return f"{self.email} → {self.kind} {self.target}"

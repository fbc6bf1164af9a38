"""The two mails the archive sends: the one confirmation a new subscription gets, and a digest
of what is new. Plain text in the subscriber's interface language; every mail carries its
unsubscribe link and the RFC 8058 one-click headers."""
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from archive.citations import paragraph_citation

from . import tokens
from .targets import describe, page_url


def link(site, view, subscription, purpose):
    """An absolute link to a subscription's page, in its language."""
    with translation.override(subscription.language):
        return site.rstrip("/") + reverse(view, kwargs={"token": tokens.sign(subscription, purpose)})


def _message(subscription, site, template, context):
    unsubscribe = link(site, "alerts:unsubscribe", subscription, tokens.UNSUBSCRIBE)
    with translation.override(subscription.language):
        context = {
            **context,
            "following": describe(subscription.kind, subscription.target),
            "page": site.rstrip("/") + page_url(subscription.kind, subscription.target),
            "unsubscribe": unsubscribe,
        }
        subject = " ".join(render_to_string(f"alerts/mail/{template}_subject.txt", context).split())
        body = render_to_string(f"alerts/mail/{template}.txt", context)
    return EmailMessage(
        subject, body, settings.DEFAULT_FROM_EMAIL, [subscription.email],
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def confirmation(subscription, site):
    confirm = link(site, "alerts:confirm", subscription, tokens.CONFIRM)
    return _message(subscription, site, "confirm", {"confirm": confirm, "days": tokens.CONFIRM_DAYS})


def digest(subscription, site, paragraphs, total):
    """What is new, each paragraph quoted as text with its citation and permalink."""
    form = 0 if subscription.language == "zh-hans" else 1
    with translation.override(subscription.language):  # permalinks in the reader's language
        entries = [
            {"citation": paragraph_citation(paragraph)[form], "text": paragraph.text, "url": site.rstrip("/") + paragraph.get_absolute_url()}
            for paragraph in paragraphs
        ]
    return _message(subscription, site, "digest", {"entries": entries, "total": total, "more": total - len(entries)})

"""Subscribe (a POSTed form), confirm (a page with a button: mail scanners open links, and must
not confirm), unsubscribe (a page with a button, and the RFC 8058 one-click POST)."""
import logging
import smtplib

from django.db import IntegrityError, transaction
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import mail, tokens
from .forms import SubscribeForm
from .models import Subscription
from .targets import describe, page_url

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """The form (GET, from a link on the page it follows: a form with a CSRF token would make
    that page differ at every request), and the subscription (POST). The answer to a POST is
    the same whether the address was new, pending or confirmed: it tells no one who follows
    what. Only a new subscription is sent its one confirmation."""
    given = request.POST if request.method == "POST" else request.GET
    form = SubscribeForm(given)
    form.is_valid()
    data = form.cleaned_data
    posted = request.method == "POST"
    context = {"form": form, "posted": posted, "kind": given.get("kind", ""), "target": given.get("target", "")}
    if data.get("target"):
        context.update(following=describe(data["kind"], data["target"]), page=page_url(data["kind"], data["target"]))
    if not posted or not form.is_valid():
        status = 200 if not posted and data.get("target") else 400
        return render(request, "alerts/subscribe.html", context, status=status)
    try:
        with transaction.atomic():
            subscription, created = Subscription.objects.get_or_create(
                email=data["email"], kind=data["kind"], target=data["target"], defaults={"language": request.LANGUAGE_CODE}
            )
    except IntegrityError:  # the same form sent twice at once: the other request sends the mail
        created = False
    if created:
        try:
            mail.confirmation(subscription, request.build_absolute_uri("/")).send()
        except (OSError, smtplib.SMTPException):
            logger.exception("Confirmation mail not sent")
            subscription.delete()  # nothing kept that its owner never heard of
            return render(request, "alerts/subscribe.html", {**context, "unsent": True}, status=503)
    return render(request, "alerts/subscribe.html", {**context, "sent": True})


def _subscription(token, purpose):
    """(subscription or None, status): 400 for a forged or expired link, 404 for one whose
    subscription has ended."""
    key = tokens.read(token, purpose)
    if key is None:
        return None, 400
    subscription = Subscription.objects.filter(key=key).first()
    return subscription, 200 if subscription else 404


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscription, status = _subscription(token, tokens.CONFIRM)
    context = {"status": status, "token": token}
    if subscription is not None:
        context.update(following=describe(subscription.kind, subscription.target), page=page_url(subscription.kind, subscription.target))
        if request.method == "POST" and subscription.confirmed_at is None:
            now = timezone.now()
            # One conditional update: of two confirmations at once, one sets the start.
            Subscription.objects.filter(pk=subscription.pk, confirmed_at=None).update(confirmed_at=now, last_sent=now)
            context["confirmed"] = True
        else:
            context["already"] = subscription.confirmed_at is not None
    return render(request, "alerts/confirm.html", context, status=status)


@csrf_exempt  # RFC 8058: a mail provider POSTs with no cookie and no form of ours; the signed token is the proof
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    subscription, status = _subscription(token, tokens.UNSUBSCRIBE)
    context = {"status": status, "token": token}
    if subscription is not None:
        context.update(following=describe(subscription.kind, subscription.target), page=page_url(subscription.kind, subscription.target))
        if request.method == "POST":
            subscription.delete()
            context["ended"] = True
    elif status == 404 and request.method == "POST":
        status, context["ended"] = 200, True  # ended already: a second click is no error
    return render(request, "alerts/unsubscribe.html", context, status=status)

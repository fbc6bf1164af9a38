"""Signed links in the mails: a subscription's random key, signed for one purpose, so a link to
confirm cannot unsubscribe and a made-up link does nothing. Confirmation links expire; links
to unsubscribe never do (they sit in old mails)."""
from django.core import signing

CONFIRM_DAYS = 7
CONFIRM, UNSUBSCRIBE = "alerts.confirm", "alerts.unsubscribe"


def sign(subscription, purpose):
    return signing.dumps(subscription.key, salt=purpose, compress=False)


def read(token, purpose):
    """The subscription key a token names, or None when it is forged, altered or expired."""
    max_age = CONFIRM_DAYS * 24 * 3600 if purpose == CONFIRM else None
    try:
        return signing.loads(token, salt=purpose, max_age=max_age)
    except signing.BadSignature:  # SignatureExpired is one
        return None

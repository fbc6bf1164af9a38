"""A real SMTP server on loopback (aiosmtpd), and Django's SMTP backend pointed at it."""
import email
import email.policy
import io
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command


class Mailbox:
    """Collects every message the server accepts; refuses the addresses in `refused` at RCPT."""

    def __init__(self):
        self.messages = []
        self.refused = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"

    def body(self, index=-1):
        return self.messages[index].get_content()

    def link(self, kind, index=-1):
        """The first /alerts/<kind>/… link in a message's text."""
        return re.search(rf"http://testserver(/(?:en/)?alerts/{kind}/[^/\s]+/)", self.body(index)).group(1)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 30
    settings.ARCHIVE_SITE_URL = "http://testserver"
    return settings


@pytest.fixture
def smtp(mail_settings):
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    mail_settings.EMAIL_PORT = controller.port
    yield mailbox
    controller.stop()


def ingest(*paths, index=False):
    call_command("ingest", *map(str, paths), *([] if index else ["--no-index"]), stdout=io.StringIO())


def send_alerts(**options):
    out, err = io.StringIO(), io.StringIO()
    call_command("send_alerts", stdout=out, stderr=err, **options)
    return out.getvalue()

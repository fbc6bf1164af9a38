"""Send each confirmed subscription what the archive imported since its last digest: one mail
per subscription and run, none when nothing is new. Run from cron, e.g. hourly:

    17 * * * *  cd /srv/archive && .venv/bin/python manage.py send_alerts

Each subscription's `last_sent` moves forward only after its mail was accepted by the mail
server, so running twice sends nothing twice, and a run that stops half-way leaves the rest due
for the next one. Subscriptions never confirmed are deleted once their link has expired."""
import contextlib
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from alerts import mail, tokens
from alerts.models import Subscription
from alerts.targets import new_paragraphs
from archive.models import Document
from archive.progress import Progress
from search.indexing import out_of_step

PER_DIGEST = 50  # paragraphs quoted in one mail; the rest is a link to the page


def unindexed(due, until):
    """Import times of the new documents the search index does not hold yet (an import with
    --no-index, or one killed before its index commit): a search alert waits for them."""
    searches = [subscription.last_sent for subscription in due if subscription.kind == Subscription.SEARCH]
    if not searches:
        return []
    new = Document.objects.filter(imported_at__gt=min(searches), imported_at__lte=until)
    return [document.imported_at for document in out_of_step(list(new))]


class Command(BaseCommand):
    help = "Send e-mail digests of newly imported paragraphs to confirmed subscriptions (run from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site", default=settings.ARCHIVE_SITE_URL,
            help="The site's address for the mails' links, e.g. https://1540.example.org (default: ARCHIVE_SITE_URL).",
        )

    def handle(self, *args, site, verbosity, **options):
        if not site.startswith(("https://", "http://")):
            raise CommandError(
                "缺少网站地址：请设置 ARCHIVE_SITE_URL 或 --site，如 https://1540.example.org"
                " (the site's address is missing: set ARCHIVE_SITE_URL or --site, e.g. https://1540.example.org)"
            )
        until = timezone.now()
        expired, _ = Subscription.objects.filter(confirmed_at=None, created_at__lt=until - timedelta(days=tokens.CONFIRM_DAYS)).delete()
        due = list(Subscription.objects.exclude(confirmed_at=None).filter(last_sent__lt=until))
        connection = get_connection(fail_silently=False)
        waiting = unindexed(due, until)
        sent = quiet = refused = held = 0
        try:
            if due:  # nothing due: the mail server is not asked, nor needed
                connection.open()
            with Progress(self.stderr, len(due), "send_alerts", every=100, verbosity=verbosity) as progress:
                for subscription in due:
                    if subscription.kind == Subscription.SEARCH and any(imported > subscription.last_sent for imported in waiting):
                        held += 1  # its search would miss them: kept due until the index has them
                        progress.update()
                        continue
                    paragraphs, total = new_paragraphs(subscription, subscription.last_sent, until, PER_DIGEST)
                    if total:
                        try:
                            connection.send_messages([mail.digest(subscription, site, paragraphs, total)])
                        except smtplib.SMTPRecipientsRefused:  # this address only: the others are still sent
                            refused += 1
                            progress.write(self.stderr, f"邮件服务器拒收 {subscription.email}，留待下次运行 (the mail server refused {subscription.email}; it stays due)\n")
                            progress.update()
                            continue
                        sent += 1
                    else:
                        quiet += 1
                    Subscription.objects.filter(pk=subscription.pk).update(last_sent=until)
                    progress.update()
        except (OSError, smtplib.SMTPException) as error:
            raise CommandError(
                f"邮件服务器 {settings.EMAIL_HOST}:{settings.EMAIL_PORT} 无法发送（{error}）；已发送 {sent} 封，"
                f"其余 {len(due) - sent - quiet} 个订阅留待下次运行"
                f" (the mail server {settings.EMAIL_HOST}:{settings.EMAIL_PORT} cannot send: {error}; {sent} sent,"
                f" {len(due) - sent - quiet} subscriptions stay due for the next run)"
            ) from error
        finally:
            with contextlib.suppress(OSError, smtplib.SMTPException):  # a server already gone must not hide why
                connection.close()
        self.stdout.write(
            f"已发送 {sent} 封摘要，{quiet} 个订阅无新内容，删除 {expired} 个过期未确认的订阅"
            f" (sent {sent} digests; {quiet} subscriptions had nothing new; {expired} unconfirmed subscriptions expired)"
        )
        if held:
            self.stderr.write(
                f"检索索引尚未收录 {len(waiting)} 个新文档：{held} 个检索订阅留待下次运行（请运行 manage.py build_search_index）"
                f" (the search index lacks {len(waiting)} new documents: {held} search subscriptions stay due; run manage.py build_search_index)"
            )
        if refused:
            raise CommandError(f"{refused} 个地址被拒收，留待下次运行 ({refused} addresses were refused and stay due)")

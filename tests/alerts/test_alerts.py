"""E-mail alerts end to end against a real SMTP server on loopback: subscribe, the one
confirmation, a digest after a new import, one-click unsubscribe; nothing sent unconfirmed."""
import io
import re
import time
from datetime import timedelta

import pytest
from django.core import signing
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from alerts import targets, tokens
from alerts.models import Subscription
from archive.models import Paragraph, Reference
from tests.alerts.conftest import free_port, ingest, send_alerts
from tests.conftest import A_74_140, CD_2118, S_2010_52, SPAIN_LETTER, SR_74

pytestmark = pytest.mark.django_db
RESOLUTION = "S/RES/1540 (2004)"


def subscribe(client, page, address):
    """Follow the link on `page` to the form, and fill it in as a browser would: its CSRF
    token, its hidden fields."""
    link = re.search(r'<p class="follow subscribe"><a href="([^"]+)" rel="nofollow">', client.get(page).content.decode()).group(1)
    form_page = client.get(link.replace("&amp;", "&"))
    assert form_page.status_code == 200
    html = form_page.content.decode()
    form = re.search(r'<form class="subscribe" method="post" action="([^"]+)">(.*?)</form>', html, re.DOTALL)
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form.group(2)))
    assert set(fields) == {"csrfmiddlewaretoken", "kind", "target"}
    return client.post(form.group(1), {**fields, "email": address})


def citing(document_symbol):
    return list(
        Paragraph.objects.filter(document__symbol=document_symbol, references__type=Reference.RESOLUTION, references__target=RESOLUTION)
        .distinct().order_by("ordinal").values_list("anchor", flat=True)
    )


def test_subscribe_confirm_digest_unsubscribe(smtp):
    ingest(CD_2118, SPAIN_LETTER)
    browser = Client(enforce_csrf_checks=True)
    response = subscribe(browser, "/resolutions/S/RES/1540(2004)/", "reader@example.org")
    assert response.status_code == 200
    assert "确认邮件已发出：请打开邮件中的链接，确认订阅引用 S/RES/1540 (2004) 的段落。" in response.content.decode()

    assert len(smtp.messages) == 1
    confirmation = smtp.messages[0]
    assert confirmation["To"] == "reader@example.org"
    assert confirmation["Subject"].strip() == "请确认订阅：引用 S/RES/1540 (2004) 的段落"
    assert "确认之前，我们不会再给您发送任何邮件。" in smtp.body(0)

    ingest(S_2010_52)  # imported before confirmation: never reported
    assert citing("S/2010/52")
    assert send_alerts().startswith("已发送 0 封摘要，0 个订阅无新内容")
    assert len(smtp.messages) == 1  # nothing but the confirmation while unconfirmed

    confirm_page = browser.get(smtp.link("confirm", 0))
    assert confirm_page.status_code == 200 and '<button type="submit">确认订阅</button>' in confirm_page.content.decode()
    assert Subscription.objects.get().confirmed_at is None  # opening the link (as a mail scanner does) confirms nothing
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm_page.content.decode()).group(1)
    confirmed = browser.post(smtp.link("confirm", 0), {"csrfmiddlewaretoken": token})
    assert confirmed.status_code == 200 and "订阅已确认" in confirmed.content.decode()

    assert send_alerts().startswith("已发送 0 封摘要，1 个订阅无新内容")
    assert len(smtp.messages) == 1  # S/2010/52 came before the confirmation

    ingest(SR_74)
    new = citing("S/AC.44/SR.74")
    assert new
    assert send_alerts().startswith("已发送 1 封摘要，0 个订阅无新内容")
    assert len(smtp.messages) == 2
    digest = smtp.messages[1]
    body = smtp.body()
    assert digest["Subject"].strip() == f"引用 S/RES/1540 (2004) 的段落：{len(new)} 个新段落"
    first = Paragraph.objects.get(document__symbol="S/AC.44/SR.74", anchor=new[0])
    assert f"http://testserver/documents/S/AC.44/SR.74/{new[0]}/" in body
    assert first.text in body  # quoted as text
    assert "S/2010/52" not in body and "CD/2118" not in body
    unsubscribe = smtp.link("unsubscribe")
    assert digest["List-Unsubscribe"].strip() == f"<http://testserver{unsubscribe}>"
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"取消订阅：http://testserver{unsubscribe}" in body

    assert send_alerts().startswith("已发送 0 封摘要，1 个订阅无新内容")  # twice: nothing twice
    assert len(smtp.messages) == 2

    # RFC 8058: the mail provider POSTs, without cookies or a CSRF token
    one_click = Client(enforce_csrf_checks=True).post(unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert one_click.status_code == 200 and "已退订" in one_click.content.decode()
    assert not Subscription.objects.exists()  # the address is gone

    ingest(A_74_140)
    assert citing("A/74/140")
    assert send_alerts().startswith("已发送 0 封摘要，0 个订阅无新内容")
    assert len(smtp.messages) == 2


def test_invalid_address_is_a_form_error_and_nothing_is_sent(client, smtp):
    response = client.post("/alerts/subscribe/", {"email": "reader@@example", "kind": "resolution", "target": "S/RES/1540(2004)"})
    assert response.status_code == 400
    assert "<li>请输入有效的电子邮件地址。</li>" in response.content.decode()
    english = client.post("/en/alerts/subscribe/", {"email": "", "kind": "resolution", "target": "S/RES/1540(2004)"})
    assert english.status_code == 400 and "<li>Enter an e-mail address.</li>" in english.content.decode()
    assert smtp.messages == [] and not Subscription.objects.exists()


def test_nothing_to_follow_is_a_form_error(client, smtp):
    for kind, target in [("resolution", "S/RES/99999(2004)"), ("body", "no-such-body"), ("search", "q="), ("mailbox", "x")]:
        response = client.post("/alerts/subscribe/", {"email": "reader@example.org", "kind": kind, "target": target})
        assert response.status_code == 400, kind
    assert smtp.messages == [] and not Subscription.objects.exists()


def test_subscribing_again_sends_nothing_and_tells_nothing(client, smtp):
    data = {"email": "reader@example.org", "kind": "body", "target": "opcw"}
    first, again = client.post("/alerts/subscribe/", data), client.post("/alerts/subscribe/", data)
    assert (first.status_code, again.status_code) == (200, 200)
    assert first.content == again.content
    assert len(smtp.messages) == 1 and Subscription.objects.get().target == "OPCW"


def confirmed(email, kind="resolution", target=RESOLUTION, language="zh-hans", since=None):
    subscription = Subscription.objects.create(email=email, kind=kind, target=target, language=language)
    since = since or subscription.created_at
    Subscription.objects.filter(pk=subscription.pk).update(confirmed_at=since, last_sent=since)
    return Subscription.objects.get(pk=subscription.pk)


def test_mail_server_down_fails_the_run_and_keeps_it_due(mail_settings):
    subscription = confirmed("reader@example.org")
    ingest(SR_74)
    mail_settings.EMAIL_PORT = free_port()  # nothing listens there
    with pytest.raises(CommandError) as refused:
        send_alerts()
    assert str(refused.value).startswith(f"邮件服务器 127.0.0.1:{mail_settings.EMAIL_PORT} 无法发送（")
    assert "subscriptions stay due for the next run)" in str(refused.value)
    assert Subscription.objects.get().last_sent == subscription.last_sent


def test_server_back_after_a_failed_run_sends_the_digest_once(mail_settings, smtp):
    subscription = confirmed("reader@example.org")
    ingest(SR_74)
    port, mail_settings.EMAIL_PORT = mail_settings.EMAIL_PORT, free_port()
    with pytest.raises(CommandError):
        send_alerts()
    mail_settings.EMAIL_PORT = port
    send_alerts()
    send_alerts()
    assert len(smtp.messages) == 1 and Subscription.objects.get().last_sent > subscription.last_sent


def test_a_refused_address_stays_due_and_the_others_are_sent(smtp):
    confirmed("gone@example.org")
    confirmed("reader@example.org")
    ingest(SR_74)
    smtp.refused.add("gone@example.org")
    with pytest.raises(CommandError, match=r"^1 个地址被拒收，留待下次运行 \(1 addresses were refused and stay due\)$"):
        send_alerts()
    assert [message["To"] for message in smtp.messages] == ["reader@example.org"]
    smtp.refused.clear()
    send_alerts()
    assert [message["To"] for message in smtp.messages] == ["reader@example.org", "gone@example.org"]


def test_send_alerts_needs_the_sites_address(smtp, mail_settings):
    mail_settings.ARCHIVE_SITE_URL = ""
    with pytest.raises(CommandError, match=r"^缺少网站地址：请设置 ARCHIVE_SITE_URL 或 --site"):
        send_alerts()


def test_a_subscription_is_confirmed_once_and_never_after_unsubscribing(client, smtp):
    client.post("/alerts/subscribe/", {"email": "reader@example.org", "kind": "treaty", "target": "npt"})
    confirm = smtp.link("confirm")
    assert "已确认" in client.post(confirm).content.decode()
    started = Subscription.objects.get().last_sent
    again = client.post(confirm)
    assert again.status_code == 200 and "此订阅已经确认过" in again.content.decode()
    assert Subscription.objects.get().last_sent == started  # a second confirmation restarts nothing
    assert client.post(smtp.link("unsubscribe")).status_code == 200
    after = client.post(confirm)
    assert after.status_code == 404 and "此订阅已不存在" in after.content.decode()
    assert not Subscription.objects.exists()


def test_forged_altered_and_expired_links_do_nothing(client, smtp):
    client.post("/alerts/subscribe/", {"email": "reader@example.org", "kind": "body", "target": "opcw"})
    confirm, unsubscribe = smtp.link("confirm"), smtp.link("unsubscribe")
    assert client.post(confirm[:-3] + "x/").status_code == 400
    # a link to unsubscribe cannot confirm, nor the other way round
    assert client.post(unsubscribe.replace("unsubscribe", "confirm")).status_code == 400
    assert client.post(confirm.replace("confirm", "unsubscribe")).status_code == 400
    week_old = Past(salt=tokens.CONFIRM).sign_object(Subscription.objects.get().key)
    assert client.get(f"/alerts/confirm/{week_old}/").status_code == 400
    assert client.post(f"/alerts/confirm/{week_old}/").status_code == 400
    assert Subscription.objects.get().confirmed_at is None


class Past(signing.TimestampSigner):
    """Signs as if a day more than the confirmation allows had passed."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - (tokens.CONFIRM_DAYS + 1) * 24 * 3600)


def test_unconfirmed_subscriptions_expire(smtp):
    subscription = Subscription.objects.create(email="reader@example.org", kind="resolution", target=RESOLUTION, language="zh-hans")
    Subscription.objects.filter(pk=subscription.pk).update(created_at=subscription.created_at - timedelta(days=tokens.CONFIRM_DAYS, seconds=1))
    assert "删除 1 个过期未确认的订阅" in send_alerts()
    assert not Subscription.objects.exists()


def test_english_subscription_gets_english_mail(smtp):
    ingest(CD_2118)
    browser = Client(enforce_csrf_checks=True)
    assert subscribe(browser, "/en/bodies/opcw/", "reader@example.org").status_code == 200
    assert smtp.messages[0]["Subject"].strip() == "Please confirm: paragraphs mentioning “Organisation for the Prohibition of Chemical Weapons”"
    confirm = smtp.link("confirm", 0)
    assert confirm.startswith("/en/alerts/confirm/")
    browser.post(confirm, {"csrfmiddlewaretoken": browser.cookies["csrftoken"].value})
    assert Subscription.objects.get().confirmed_at is not None
    ingest(SR_74)
    send_alerts()
    assert smtp.messages[1]["Subject"].strip() == f"New paragraphs mentioning “Organisation for the Prohibition of Chemical Weapons”: {smtp.body().count('http://testserver/en/documents/')}"
    assert "S/AC.44/SR.74, para. 8" in smtp.body() and "Unsubscribe: http://testserver/en/alerts/unsubscribe/" in smtp.body()


def test_search_alert_reports_matches_in_new_documents(client, smtp):
    ingest(CD_2118, S_2010_52, SPAIN_LETTER, A_74_140, index=True)
    subscribe(client, "/search/?q=禁化武组织", "reader@example.org")
    client.post(smtp.link("confirm"))
    ingest(SR_74, index=True)
    send_alerts()
    assert smtp.messages[1]["Subject"].strip() == "检索“禁化武组织”的段落：2 个新段落"
    body = smtp.body()
    assert re.findall(r"http://testserver/documents/([^\s]+)/", body) == ["S/AC.44/SR.74/8", "S/AC.44/SR.74/14"]


def test_markup_in_a_paragraph_stays_text(smtp):
    confirmed("reader@example.org")
    ingest(SR_74)
    paragraph = Paragraph.objects.filter(document__symbol="S/AC.44/SR.74", references__target=RESOLUTION).first()
    Paragraph.objects.filter(pk=paragraph.pk).update(text="<b>第1540(2004)号决议</b> & “引文”")
    send_alerts()
    assert "<b>第1540(2004)号决议</b> & “引文”" in smtp.body()
    assert smtp.messages[0].get_content_type() == "text/plain"


def test_subscribing_is_rate_limited(client, smtp, settings):
    settings.RATE_LIMITS = {"subscribe": "3/3600"}
    codes = [
        client.post("/alerts/subscribe/", {"email": f"reader{n}@example.org", "kind": "treaty", "target": "npt"}).status_code
        for n in range(4)
    ]
    assert codes == [200, 200, 200, 429] and len(smtp.messages) == 3


def test_pages_link_the_form_and_stay_the_same_bytes(client):
    """The link carries no CSRF token: each page is the same at every request (ETag, 304)."""
    ingest(CD_2118, index=True)
    for page, kind, target in [
        ("/resolutions/S/RES/1540(2004)/", "resolution", "S%2FRES%2F1540%282004%29"),
        ("/bodies/opcw/", "body", "opcw"),
        ("/treaties/npt/", "treaty", "npt"),
        ("/search/?q=%E5%87%BA%E5%8F%A3", "search", "q%3D%25E5%2587%25BA%25E5%258F%25A3"),
    ]:
        first, again = client.get(page), client.get(page)
        assert first.content == again.content, page
        assert f'<a href="/alerts/subscribe/?kind={kind}&amp;target={target}" rel="nofollow">有新段落时发邮件通知我</a>' in first.content.decode(), page


def test_the_form_page_names_what_it_follows(client):
    response = client.get("/en/alerts/subscribe/", {"kind": "treaty", "target": "npt"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "E-mail me when the archive adds paragraphs mentioning “Treaty on the Non-Proliferation of Nuclear Weapons”." in html
    assert '<input type="hidden" name="kind" value="treaty"><input type="hidden" name="target" value="npt">' in html
    nothing = client.get("/alerts/subscribe/", {"kind": "treaty", "target": "no-such-treaty"})
    assert nothing.status_code == 400 and "<li>无法订阅：本页没有可关注的内容。</li>" in nothing.content.decode()


def test_search_alert_waits_for_the_index(client, smtp):
    ingest(CD_2118, index=True)
    subscribe(client, "/search/?q=禁化武组织", "reader@example.org")
    client.post(smtp.link("confirm"))
    started = Subscription.objects.get().last_sent
    ingest(SR_74)  # --no-index: the search cannot find it yet
    out, err = io.StringIO(), io.StringIO()
    call_command("send_alerts", stdout=out, stderr=err)
    assert err.getvalue().startswith("检索索引尚未收录 1 个新文档：1 个检索订阅留待下次运行")
    assert len(smtp.messages) == 1 and Subscription.objects.get().last_sent == started
    call_command("build_search_index", stdout=io.StringIO(), stderr=io.StringIO())
    send_alerts()
    assert smtp.messages[1]["Subject"].strip() == "检索“禁化武组织”的段落：2 个新段落"


def test_search_alert_over_many_new_documents_asks_the_index_once(client, smtp, monkeypatch):
    """Past DOCUMENT_QUERIES new documents the search is asked once, not per document: the
    same paragraphs are reported."""
    monkeypatch.setattr(targets, "DOCUMENT_QUERIES", 1)
    ingest(CD_2118, index=True)
    subscribe(client, "/search/?q=禁化武组织", "reader@example.org")
    client.post(smtp.link("confirm"))
    ingest(SR_74, SPAIN_LETTER, index=True)
    send_alerts()
    links = re.findall(r"http://testserver/documents/([^\s]+)/", smtp.body())
    assert sorted(links) == sorted(["S/AC.44/SR.74/8", "S/AC.44/SR.74/14", "002-2df1659267c69416/sec-ii-p1", "002-2df1659267c69416/sec-iii-p1"])

"""Subscribing in a real browser (Playwright, Debian's Chromium, as tests/browser/): from the
resolution page's link to the form and its answer, on a phone and on a desktop, in both
languages; no page scrolls sideways. Screenshots in test-output/screenshots/alerts-*.png."""
import re

import pytest
from django.core import mail

from .test_browser import SHOTS, page  # noqa: F401 — the fixture, reused
from .test_browser import pytestmark as browser_marks

pytestmark = browser_marks


@pytest.mark.parametrize("width, prefix, link, answer", [
    (390, "", "有新段落时发邮件通知我", "确认邮件已发出"),
    (1280, "/en", "E-mail me when new paragraphs arrive", "A confirmation e-mail is on its way"),
])
def test_subscribe_from_a_resolution_page(page, width, prefix, link, answer):  # noqa: F811
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{page.base}{prefix}/resolutions/S/RES/1540(2004)/")
    page.get_by_role("link", name=link).click()
    page.wait_for_url(re.compile(r".*/alerts/subscribe/\?kind=resolution&target=.*"))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=SHOTS / f"alerts-form-{width}{prefix.replace('/', '-')}.png", full_page=True)
    page.locator('input[type="email"]').fill("reader@example.org")
    page.locator("form.subscribe button").click()
    page.wait_for_load_state()
    assert answer in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=SHOTS / f"alerts-sent-{width}{prefix.replace('/', '-')}.png", full_page=True)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["reader@example.org"]  # the confirmation, nothing else

"""The citation check in a real browser: a finished form, and results that flag what the
register contradicts, at a phone's width and a desktop's, in both languages."""
from pathlib import Path

import pytest

from tests.browser.test_browser import CHROMIUM, SHOTS, page  # noqa: F401 — the browser fixture

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
    pytest.mark.django_db(transaction=True),
]
DRAFT = "安理会第1540(2005)号决议和CD/2118，第5(f)段。\n另见S/2008/493和《不扩散核武器条约》。"


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("prefix, language, label, button, flag", [
    ("", "zh-hans", "草稿文本", "核对", "与决议登记不符：第1540号决议通过于2004年"),
    ("/en", "en", "Draft text", "Check", "Does not match the register of resolutions: resolution 1540 was adopted in 2004"),
])
def test_the_check_form_and_its_results(page, width, prefix, language, label, button, flag):  # noqa: F811
    context = page.context.browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto(f"{page.base}{prefix}/check/")
    box = tab.get_by_label(label)
    form, text, submit = (tab.locator("form.check").bounding_box(), box.bounding_box(), tab.get_by_role("button", name=button).bounding_box())
    assert text["width"] == form["width"]  # the box spans the form
    assert text["height"] >= 200
    assert submit["y"] >= text["y"] + text["height"]  # the button under the box, not beside it
    assert tab.locator("form.check p.help").is_visible()
    box.fill(DRAFT)
    tab.get_by_role("button", name=button).click()
    tab.wait_for_load_state()
    assert tab.locator("table.references-found .flag").first.inner_text() == flag
    scroll, inner = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= inner
    tab.screenshot(path=str(SHOTS / f"check-results-{language}-{width}.png"), full_page=True)
    context.close()

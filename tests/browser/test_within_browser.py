"""Search within a document and a date range, in a real browser (the fixtures and the skip rule
of tests/browser/test_browser.py): the forms work without any script, a hit link lands on its
paragraph, and neither page scrolls sideways on a phone or a desktop, in either language."""
import pytest

from . import test_browser as browser

page = browser.page  # the live server, the corpus and Chromium, as the other browser tests have them
pytestmark = browser.pytestmark

OPCW_IN_A_74_140 = ["yindu-p6", "sec-iii-p10", "sec-iii-p11", "guoji-minyonghangkong-zuzhi-p7"]


def test_search_a_document_from_its_page_and_follow_a_hit(page):
    page.goto(f"{page.base}/documents/A/74/140/")
    page.fill("form.within input[name=q]", "禁化武組織")
    page.keyboard.press("Enter")
    page.wait_for_url("**/documents/A/74/140/?q=*")
    assert page.locator("section.paragraph.found").evaluate_all("els => els.map(el => el.id)") == OPCW_IN_A_74_140
    assert page.locator("section.found mark").first.is_visible()
    page.locator(".within-results ol.hits li.hit a").nth(1).click()
    page.wait_for_url("**#sec-iii-p10")
    target = page.locator('[id="sec-iii-p10"]')
    assert target.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 243, 176)"
    assert 0 <= target.bounding_box()["y"] < 300


def test_search_with_a_date_range_from_the_form(page):
    page.goto(f"{page.base}/search/?q=决议")
    page.fill("input[name=from]", "2016")
    page.fill("input[name=to]", "2016")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*&from=2016&to=2016")
    dates = page.locator("ol.hits li.hit span.date").all_inner_texts()
    assert dates and {date[:4] for date in dates} == {"2016"}
    page.fill("input[name=from]", "2016-13")
    page.keyboard.press("Enter")
    assert page.locator("p.note.invalid").inner_text() == "起始日期无效：“2016-13”，请写作 YYYY、YYYY-MM 或 YYYY-MM-DD"


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("prefix, language", [("", "zh-hans"), ("/en", "en")])
def test_the_new_pages_fit_the_screen(page, width, prefix, language):
    context = page.context.browser.new_context(viewport={"width": width, "height": 900})
    screen = context.new_page()
    too_wide = {}
    for name, path in [("within", "/documents/A/74/140/?q=禁化武组织"), ("date-range", "/search/?q=决议&from=2016-12&to=2018")]:
        response = screen.goto(f"{page.base}{prefix}{path}")
        assert response.status == 200, path
        scroll, inner = screen.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            too_wide[path] = scroll
        screen.screenshot(path=str(browser.SHOTS / f"{name}-{language}-{width}.png"), full_page=False)
    context.close()
    assert too_wide == {}

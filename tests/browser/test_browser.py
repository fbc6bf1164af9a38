"""What a researcher does, in a real browser: Playwright driving Debian's Chromium, headless.

Skipped (with the reason) only where /usr/bin/chromium is absent; .ci/run installs it.
Screenshots go to test-output/ (not committed).
"""
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def page(live_server):
    from playwright.sync_api import sync_playwright

    call_command("ingest", str(FIXTURES), stdout=io.StringIO())
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        context = browser.new_context(viewport={"width": 1200, "height": 1000}, locale="en-US")
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
        page = context.new_page()
        page.base = live_server.url
        yield page
        browser.close()


def test_follow_a_citing_paragraph_and_copy_its_citation(page):
    page.goto(f"{page.base}/resolutions/S/RES/1810(2008)/")
    page.locator('a.anchor[href="/documents/S/2010/52/p1/"]').click()
    page.wait_for_url("**/documents/S/2010/52/p1/")
    assert page.locator("section.current").count() == 1
    page.locator('button[data-copy="cite-en"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == "S/2010/52, 1st unnumbered paragraph"
    page.locator('button[data-copy="cite-zh-full"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == "2010年1月29日安全理事会第1540(2004)号决议所设委员会主席给安全理事会主席的信（S/2010/52），2010年1月29日，第1个未编号段落"
    page.locator('button[data-copy="permalink"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == f"{page.base}/documents/S/2010/52/p1/"


def test_an_anchor_in_the_url_scrolls_to_and_highlights_the_paragraph(page):
    page.goto(f"{page.base}/documents/CD/2118/#5-f")
    paragraph = page.locator('[id="5-f"]')
    assert paragraph.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 243, 176)"
    box = paragraph.bounding_box()
    assert 0 <= box["y"] < 300


def test_switch_language_and_back(page):
    page.goto(f"{page.base}/documents/CD/2118/5-f/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/documents/CD/2118/5-f/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Cite this paragraph").is_visible()
    page.get_by_role("link", name="中文").click()
    page.wait_for_url(f"{page.base}/documents/CD/2118/5-f/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"


def test_keyboard_skips_to_the_text_and_reaches_the_paragraph_links(page):
    page.goto(f"{page.base}/documents/CD/2118/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.className") == "anchor":
            break
    assert page.evaluate("document.activeElement.getAttribute('href')").startswith("/documents/CD/2118/")


PAGE_TYPES = [
    ("home", "/"),
    ("documents", "/documents/"),
    ("document", "/documents/CD/2118/"),
    ("paragraph", "/documents/A/74/140/yindu-p9/"),
    ("resolutions", "/resolutions/"),
    ("resolution", "/resolutions/S/RES/1810(2008)/"),
    ("bodies", "/bodies/"),
    ("body", "/bodies/opcw/"),
    ("search", "/search/?q=禁化武组织"),
    ("not-found", "/documents/CD/9999/"),
]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("prefix, language", [("", "zh-hans"), ("/en", "en")])
def test_every_page_type_fits_the_screen(page, width, prefix, language):
    """At 390 px (a phone) nothing scrolls sideways; screenshots of each page for a person to look at."""
    context = page.context.browser.new_context(viewport={"width": width, "height": 900})
    phone = context.new_page()
    too_wide = {}
    for name, path in PAGE_TYPES:
        response = phone.goto(f"{page.base}{prefix}{path}")
        assert response.status == (404 if name == "not-found" else 200), path
        scroll, inner = phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if scroll > inner:
            too_wide[path] = scroll
        phone.screenshot(path=str(SHOTS / f"{name}-{language}-{width}.png"), full_page=False)
    context.close()
    assert too_wide == {}


def test_on_a_phone_documents_are_cards_and_filters_come_first(page):
    context = page.context.browser.new_context(viewport={"width": 390, "height": 900})
    phone = context.new_page()
    phone.goto(f"{page.base}/documents/")
    assert phone.locator("table.cards thead").evaluate("el => getComputedStyle(el).display") == "none"
    assert phone.locator("table.cards tr").nth(1).evaluate("el => getComputedStyle(el).display") == "block"
    assert phone.locator("details.filters").get_attribute("open") is None
    phone.goto(f"{page.base}/search/?q=禁化武组织")
    facets = phone.locator("aside.facets").bounding_box()
    first_hit = phone.locator("ol.hits li.hit").first.bounding_box()
    assert facets["y"] < first_hit["y"]
    assert phone.locator("aside.facets details").get_attribute("open") is None
    phone.locator("aside.facets summary").click()
    assert phone.locator("aside.facets h2").first.is_visible()
    context.close()


def test_search_and_follow_a_hit(page):
    """The fixture's `ingest` has indexed the corpus (archive.signals.documents_stored)."""
    page.goto(f"{page.base}/")
    page.fill("input[name=q]", "禁化武組織")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=*")
    # the typed name verbatim first, with every other form of the OPCW marked too
    assert page.locator("ol.hits li.hit").first.locator("mark").all_inner_texts() == ["禁止化学武器组织", "禁化武组织"]
    first_hit = page.locator("ol.hits li.hit p.where a").first
    target = first_hit.get_attribute("href")
    first_hit.click()
    page.wait_for_url(f"**{target}")
    anchor = target.split("#", 1)[1]
    assert page.locator(f'[id="{anchor}"]').evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 243, 176)"
    assert "禁化武组织" in page.locator(f'[id="{anchor}"]').inner_text()


def test_check_a_draft_then_follow_a_search_as_a_feed(page):
    page.goto(f"{page.base}/check/")
    page.get_by_label("草稿文本").fill("安理会第1540(2004)号决议和CD/2118号文件。\n另见S/2008/493。")
    page.get_by_role("button", name="核对").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="找到 4 处引用").is_visible()
    assert page.locator("table.references-found tbody tr").count() == 4
    assert page.get_by_role("link", name="S/2008/493").get_attribute("href") == "https://undocs.org/zh/S/2008/493"
    page.get_by_role("link", name="CD/2118").click()
    page.wait_for_url("**/documents/CD/2118/")
    page.goto(f"{page.base}/search/?q=禁化武组织")
    feed = page.locator("p.follow a.feed")
    feed_url = feed.get_attribute("href")
    assert feed_url == "/search/feed/?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%BB%84%E7%BB%87"
    answer = page.request.get(page.base + feed_url)
    assert answer.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert answer.text().count("<entry>") == 9  # every paragraph naming the OPCW in any form

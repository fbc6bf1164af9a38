"""Issue #24's reading fixes, as a browser lays them out: at a phone's 390 px and a desktop's
1280 px, in both languages, no symbol or date is broken across lines, a title has room to be
read, a chart is drawn at a legible size, and only symbols are set in monospace.

Line boxes are counted from the layout itself (Range.getClientRects), after the page and its
fonts have loaded: nothing here waits on a clock. Full-page screenshots of every page go to
test-output/screenshots/layout-*.png (not committed) for a person to look at.
"""
from pathlib import Path

import pytest

from tests.browser.test_browser import CHROMIUM, SHOTS, page  # noqa: F401  (the live-server fixture)

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
    pytest.mark.django_db(transaction=True),
]

PAGES = [
    ("home", "/"),
    ("documents", "/documents/"),
    ("document", "/documents/CD/2118/"),
    ("paragraph", "/documents/A/74/140/yindu-p9/"),
    ("resolutions", "/resolutions/"),
    ("resolution", "/resolutions/S/RES/1540(2004)/"),
    ("bodies", "/bodies/"),
    ("body", "/bodies/opcw/"),
    ("treaties", "/treaties/"),
    ("treaty", "/treaties/cwc/"),
    ("check", "/check/"),
    ("search", "/search/?q=禁化武组织"),
]

# Symbols and dates, as the templates mark them.
UNBREAKABLE = ".sym, .date"

# The texts of the visible elements matched by `selector` whose text takes more than one line:
# their text boxes, sorted top to bottom, start a new line wherever a box begins below the
# bottom of the line before.
BROKEN = """selector => [...document.querySelectorAll(selector)].filter(element => {
  if (!element.textContent.trim() || !element.getClientRects().length) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  const boxes = [...range.getClientRects()].filter(box => box.width > 0 && box.height > 0).sort((a, b) => a.top - b.top);
  let lines = 0, bottom = -Infinity;
  for (const box of boxes) {
    if (box.top >= bottom - 1) { lines += 1; bottom = box.bottom; } else { bottom = Math.max(bottom, box.bottom); }
  }
  return lines > 1;
}).map(element => element.textContent.trim())"""

# Visible title cells narrower than ten characters of their own font.
NARROW_TITLES = """() => [...document.querySelectorAll('td.title-cell')].filter(cell => cell.getClientRects().length)
  .filter(cell => cell.getBoundingClientRect().width < 10 * parseFloat(getComputedStyle(cell).fontSize))
  .map(cell => cell.textContent.trim().slice(0, 12))"""

CHART = """() => [...document.querySelectorAll('figure.chart svg')].map(svg => ({
  labels: [...svg.querySelectorAll('text')].map(text => text.getBoundingClientRect().height),
  bars: [...svg.querySelectorAll('rect')].map(rect => rect.getBoundingClientRect().width),
}))"""

MONOSPACE_TEXT = """() => [...document.querySelectorAll('p.symbol .lang, p.symbol .doc-text, p.symbol')]
  .filter(element => !element.classList.contains('sym') && getComputedStyle(element).fontFamily.includes('monospace'))
  .map(element => element.textContent.trim().slice(0, 20))"""


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("prefix, language", [("", "zh"), ("/en", "en")])
def test_no_symbol_or_date_breaks_and_titles_and_charts_stay_readable(page, width, prefix, language):  # noqa: F811
    context = page.context.browser.new_context(viewport={"width": width, "height": 900})
    screen = context.new_page()
    broken, narrow, charts, monospace, checked = {}, {}, {}, {}, {}
    for name, path in PAGES:
        response = screen.goto(f"{page.base}{prefix}{path}")
        assert response.status == 200, path
        screen.evaluate("document.fonts.ready.then(() => true)")
        checked[name] = screen.locator(UNBREAKABLE).count()
        if found := screen.evaluate(BROKEN, UNBREAKABLE):
            broken[name] = found
        if found := screen.evaluate(NARROW_TITLES):
            narrow[name] = found
        for chart in screen.evaluate(CHART):
            small = [round(height, 1) for height in chart["labels"] if height < 12]
            wide = [round(bar, 1) for bar in chart["bars"] if bar > 48]
            if small or wide:
                charts[name] = {"label heights": small, "bar widths": wide}
        if found := screen.evaluate(MONOSPACE_TEXT):
            monospace[name] = found
        screen.screenshot(path=str(SHOTS / f"layout-{name}-{language}-{width}.png"), full_page=True)
    context.close()
    # the symbols and dates are marked: four symbols and five dates (one letter has no symbol)
    assert checked["documents"] == 9 and checked["resolutions"] == 20
    assert all(checked[name] for name in ("home", "document", "paragraph", "resolution", "body", "search"))
    assert broken == {}
    assert narrow == {}
    assert charts == {}
    assert monospace == {}


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_on_a_phone_the_citing_documents_are_cards(page, prefix):  # noqa: F811
    context = page.context.browser.new_context(viewport={"width": 390, "height": 900})
    screen = context.new_page()
    screen.goto(f"{page.base}{prefix}/resolutions/S/RES/1540(2004)/")
    summary = screen.locator("table.summary")
    assert summary.locator("thead").evaluate("element => getComputedStyle(element).display") == "none"
    assert summary.locator("tbody tr").count() == 5
    assert summary.locator("tbody tr").first.evaluate("element => getComputedStyle(element).display") == "block"
    label = "段落数 22" if prefix == "" else "Paragraphs 22"
    assert summary.locator("td.count-cell").first.evaluate("cell => getComputedStyle(cell, '::before').content + cell.textContent") == f'"{label.split()[0]} "{label.split()[1]}'
    context.close()

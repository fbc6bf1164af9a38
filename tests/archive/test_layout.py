"""Reading fixes from issue #24 that show in the HTML itself: treaty pages in one language,
capitalised English labels, references that are links, full-width colons in Chinese, and a
year chart that says what it leaves out. What only a browser can see (line breaks, column
widths) is in tests/browser/test_layout.py."""
import itertools
import re

import pytest

from archive.charts import LABEL_WIDTH, MAX_WIDTH, STEP, year_bars
from tests.archive.test_one_language import other_language_words

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix, language", [("", "zh-Hans"), ("/en", "en")])
@pytest.mark.usefixtures("corpus")
def test_treaty_pages_speak_one_language(client, prefix, language):
    found = {}
    for path in ("/treaties/", "/treaties/cwc/", "/treaties/treaty-of-tlatelolco/"):
        response = client.get(prefix + path)
        assert response.status_code == 200, path
        words = other_language_words(response.content.decode(), language)
        if words:
            found[path] = words
    assert found == {}


@pytest.mark.usefixtures("corpus")
def test_the_english_treaty_list_is_titled_and_named_in_english(client):
    html = client.get("/en/treaties/").content.decode()
    assert "<h1>Treaties</h1>" in html
    assert '<a href="/en/treaties/cwc/">Chemical Weapons Convention</a> <span translate="no">CWC</span> · 4' in html
    assert "化学武器公约" not in html


@pytest.mark.usefixtures("corpus")
def test_english_labels_are_capitalised(client):
    documents = client.get("/en/documents/").content.decode()
    assert "<th>Document type</th>" in documents
    assert '<td class="type-cell">Note verbale</td>' in documents
    assert re.search(r"<label>Document type <select", documents)
    assert '<option value="note_verbale">Note verbale (1)</option>' in documents
    search = client.get("/en/search/?q=禁化武组织").content.decode()
    assert "<h2>Document</h2>" in search
    wmd = client.get("/en/search/?q=大规模毁灭性武器").content.decode()
    assert '<span class="doc-text">WMD</span>' in wmd and ">wmd<" not in wmd


@pytest.mark.usefixtures("corpus")
def test_treaties_mentioned_in_a_document_are_links(client):
    panel = client.get("/en/documents/CD/2118/").content.decode().split('<aside class="panel"')[1].split("</aside>")[0]
    assert '<a href="/en/treaties/ctbt/">Comprehensive Nuclear-Test-Ban Treaty</a> <span class="count">×3</span>' in panel
    assert '<a href="/en/treaties/npt/">Treaty on the Non-Proliferation of Nuclear Weapons</a>' in panel
    assert panel.count("<section>") == panel.count("</section>") == 3  # one per kind, each kept whole


@pytest.mark.usefixtures("corpus")
def test_references_on_a_paragraph_page_are_links(client):
    treaties = client.get("/en/documents/CD/2118/5-o/").content.decode()
    assert '<li><span class="ref-type">Treaty</span> <a href="/en/treaties/npt/">Treaty on the Non-Proliferation of Nuclear Weapons</a></li>' in treaties
    others = client.get("/documents/S/2010/52/2/").content.decode()
    references = others.split('<ul class="references">')[1].split("</ul>")[0]
    assert references == (
        '<li><span class="ref-type">决议</span> <a href="/resolutions/S/RES/1540(2004)/" class="sym" translate="no">S/RES/1540 (2004)</a></li>'
        '<li><span class="ref-type">机构</span> <a href="/bodies/1540-committee/">安全理事会第1540(2004)号决议所设委员会</a></li>'
        '<li><span class="ref-type">决议</span> <a href="/resolutions/S/RES/1540(2004)/" class="sym" translate="no">S/RES/1540 (2004)</a></li>'
        '<li><span class="ref-type">文件</span> <a href="https://undocs.org/zh/S/2008/493" class="sym" translate="no">S/2008/493</a></li>'
    )


@pytest.mark.usefixtures("corpus")
def test_chinese_labels_end_in_a_full_width_colon_and_english_ones_in_an_ascii_one(client):
    chinese = client.get("/documents/A/74/140/yindu-p9/").content.decode()
    assert "<p>永久链接：<a" in chinese and '<p class="section">所在章节：<span' in chinese
    assert '<p class="pinpoint">引用部分：第8段</p>' in client.get("/resolutions/S/RES/1810(2008)/").content.decode()
    english = client.get("/en/documents/A/74/140/yindu-p9/").content.decode()
    assert "<p>Permanent link: <a" in english and '<p class="section">Section: <span' in english
    assert '<p class="follow">订阅与导出：<a class="feed"' in client.get("/search/?q=禁化武组织").content.decode()
    assert '<p class="follow">Follow and export: <a class="feed"' in client.get("/en/search/?q=禁化武组织").content.decode()


@pytest.mark.parametrize(
    "prefix, note",
    [("", '<span class="undated">1 份文件无日期，未计入</span>'), ("/en", '<span class="undated">1 undated document not shown</span>')],
)
@pytest.mark.usefixtures("corpus")
def test_the_year_chart_says_how_many_undated_documents_it_leaves_out(client, prefix, note):
    """A/74/140 carries no date; its 12 paragraphs citing S/RES/1540 (2004) are on no bar."""
    html = client.get(f"{prefix}/resolutions/S/RES/1540(2004)/").content.decode()
    assert note in html
    assert re.findall(r"<title>(\d{4}): (\d+)</title>", html) == [
        ("2010", "25"), ("2011", "0"), ("2012", "0"), ("2013", "0"), ("2014", "0"), ("2015", "0"), ("2016", "33"), ("2017", "0"), ("2018", "22")
    ]


def test_a_chart_of_undated_documents_only_says_so():
    assert year_bars([], undated=2) == {"bars": [], "undated": 2}
    assert year_bars([]) == {}


def test_a_lone_bar_keeps_a_bar_width():
    chart = year_bars([(2016, 7)])
    assert chart["width"] == STEP
    assert [(bar["x"], bar["width"], bar["year_shown"], bar["count_shown"]) for bar in chart["bars"]] == [(3.0, 34.0, True, True)]


def test_year_labels_never_crowd_and_the_chart_is_never_scaled_down_on_a_phone():
    chart = year_bars([(year, year % 7) for year in range(2004, 2027)])
    assert chart["width"] <= MAX_WIDTH
    shown = [bar["label_x"] for bar in chart["bars"] if bar["year_shown"]]
    assert len(shown) == 8 and shown[0] == chart["bars"][0]["label_x"]
    assert min(b - a for a, b in itertools.pairwise(shown)) >= LABEL_WIDTH

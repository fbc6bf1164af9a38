"""Long documents and much-cited resolutions are paged (archive/paging.py): 200 paragraphs a
document page, 50 citing paragraphs a resolution or body page after a per-document summary;
every in-document link names the page that holds its paragraph."""
import re
from functools import lru_cache
from urllib.parse import urlsplit

import pytest

from archive.importing import store
from archive.models import Paragraph
from archive.paging import CITING_PER_PAGE, PARAGRAPHS_PER_PAGE
from archive.pipeline import parse_text

pytestmark = pytest.mark.django_db
LONG = 1050  # paragraphs: pages of 200, 200, 200, 200, 200 and 50
PARAGRAPH = re.compile(r'<section class="paragraph [^"]*" id="([^"]+)"')


@lru_cache
def parsed(symbol, date, count, every, language="zh-Hans"):
    """A document of `count` numbered paragraphs; every `every`th cites resolution 1540 and the OPCW."""
    paragraphs = [
        f"{n}. 各国应按照第1540(2004)号决议与禁止化学武器组织合作，采取第{n}项措施。" if n % every == 0 else f"{n}. 委员会审议了第{n}项议题，并作出相应安排。"
        for n in range(1, count + 1)
    ]
    text = f"{symbol}\n\n" + "\n\n".join(paragraphs) + "\n"
    return parse_text(text, f"{symbol.replace('/', '_')}-{language}.txt", {"symbol": symbol, "date": date, "language": language})


def store_long(symbol="S/2097/3", date="2097-03-04", count=LONG, every=5, language="zh-Hans"):
    return store(parsed(symbol, date, count, every, language), announce=False).document


def paragraph_ids(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return PARAGRAPH.findall(response.content.decode()), response.content.decode()


def page_links(html):
    """{"prev": href, "next": href} of the page's navigation (shown above and below the text)."""
    return {rel: href.replace("&amp;", "&") for href, rel in re.findall(r'<a href="([^"]*)" rel="(prev|next)"', html)}


def test_a_long_document_is_paged_by_200_paragraphs(client):
    store_long()
    sizes = [len(paragraph_ids(client, f"/documents/S/2097/3/?page={n}")[0]) for n in range(1, 7)]
    assert sizes == [PARAGRAPHS_PER_PAGE] * 5 + [50]
    first, html = paragraph_ids(client, "/documents/S/2097/3/")
    assert first == list(Paragraph.objects.filter(ordinal__lte=200).order_by("ordinal").values_list("anchor", flat=True))
    assert page_links(html) == {"next": "?page=2"}
    assert page_links(paragraph_ids(client, "/documents/S/2097/3/?page=2")[1]) == {"prev": "/documents/S/2097/3/", "next": "?page=3"}
    assert page_links(paragraph_ids(client, "/documents/S/2097/3/?page=4")[1]) == {"prev": "?page=3", "next": "?page=5"}
    last, html = paragraph_ids(client, "/documents/S/2097/3/?page=6")
    assert page_links(html) == {"prev": "?page=5"} and "6 / 6" in html
    assert paragraph_ids(client, "/documents/S/2097/3/?page=999")[0] == last  # past the end: the last page


def test_every_in_document_url_lands_on_the_page_that_holds_the_paragraph(client):
    store_long()
    pages = {}
    for paragraph in Paragraph.objects.select_related("document"):
        url = urlsplit(paragraph.get_in_document_url())
        page = f"{url.path}?{url.query}" if url.query else url.path
        if page not in pages:
            pages[page] = set(paragraph_ids(client, page)[0])
        assert url.fragment == paragraph.anchor and paragraph.anchor in pages[page], paragraph.get_in_document_url()
    assert len(pages) == 6
    assert sum(len(ids) for ids in pages.values()) == LONG


def test_the_page_number_follows_the_language_parameter(client):
    store_long(symbol="S/2097/4", count=450, language="en")
    paragraph = Paragraph.objects.get(ordinal=401)
    assert paragraph.get_in_document_url() == f"/documents/S/2097/4/?lang=en&page=3#{paragraph.anchor}"
    ids, html = paragraph_ids(client, "/documents/S/2097/4/?lang=en&page=3")
    assert paragraph.anchor in ids
    assert page_links(html) == {"prev": "?lang=en&page=2"}
    assert page_links(paragraph_ids(client, "/documents/S/2097/4/?lang=en&page=2")[1]) == {"prev": "/documents/S/2097/4/?lang=en", "next": "?lang=en&page=3"}


def test_a_short_document_stays_one_page(client):
    store_long(symbol="S/2097/5", count=PARAGRAPHS_PER_PAGE)
    ids, html = paragraph_ids(client, "/documents/S/2097/5/")
    assert len(ids) == PARAGRAPHS_PER_PAGE and 'class="pages"' not in html
    assert {urlsplit(p.get_in_document_url()).query for p in Paragraph.objects.select_related("document")} == {""}


def test_permalink_pages_are_not_paged(client):
    store_long()
    paragraph = Paragraph.objects.get(ordinal=1001)
    response = client.get(paragraph.get_absolute_url())
    assert response.status_code == 200
    assert f'<section class="paragraph kind-para current" id="{paragraph.anchor}">' in response.content.decode()


@pytest.fixture
def citing():
    """240 paragraphs citing S/RES/1540 (2004): 210 in a 2097 document, then 30 in a 2096 one."""
    newer = store_long()
    older = store_long(symbol="S/2096/1", date="2096-01-01", count=60, every=2)
    return newer, older


def test_resolution_page_leads_with_a_summary_and_pages_the_paragraphs(client, citing):
    newer, older = citing
    _ids, html = paragraph_ids(client, "/resolutions/S/RES/1540(2004)/")
    summary = html[html.index('<table class="documents summary cards">') : html.index("</table>")]
    assert "<caption>2 份文件</caption>" in summary
    rows = re.findall(
        r'<tr><td class="symbol-cell"><a class="sym" href="([^"]+)" translate="no">([^<]+)</a></td>'
        r'<td class="date-cell"><span class="date">([^<]+)</span></td><td[^>]*>[^<]*</td><td class="count-cell"[^>]*>(\d+)</td></tr>',
        summary,
    )
    assert rows == [
        (f"?page=1#doc-{newer.key}", "S/2097/3", "2097-03-04", "210"),
        (f"?page=5#doc-{older.key}", "S/2096/1", "2096-01-01", "30"),  # after 210 = 4 × 50 + 10
    ]
    assert "<dd>240</dd>" in html  # citing paragraphs, counted by the database
    assert "<title>2097: 210</title>" in html and "<title>2096: 30</title>" in html
    sizes = [len(paragraph_ids(client, f"/resolutions/S/RES/1540(2004)/?page={n}")[0]) for n in range(1, 6)]
    assert sizes == [CITING_PER_PAGE] * 4 + [40]
    last = paragraph_ids(client, "/resolutions/S/RES/1540(2004)/?page=5")[1]
    assert f'<section class="citing" id="doc-{older.key}">' in last  # where the jump link lands
    assert "S/2097/3</a> <span class=\"date\">2097-03-04</span> <span class=\"continued\">（续）</span>" in last
    assert page_links(last) == {"prev": "?page=4"}
    assert "（续）" not in html


def test_body_page_is_paged_the_same_way(client, citing):
    ids, html = paragraph_ids(client, "/bodies/opcw/")
    assert len(ids) == CITING_PER_PAGE and "<caption>2 份文件</caption>" in html
    assert len(paragraph_ids(client, "/bodies/opcw/?page=5")[0]) == 40


def test_a_search_hit_links_to_the_page_that_holds_it(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        store(parsed("S/2097/6", "2097-06-06", 210, 5))  # announced on commit: indexed for search
    hit = next(r for r in client.get("/api/search/", {"q": "第205项措施"}).json()["results"] if r["anchor"] == "205")
    assert hit["url"] == "/documents/S/2097/6/?page=2#205"
    assert "205" in paragraph_ids(client, "/documents/S/2097/6/?page=2")[0]

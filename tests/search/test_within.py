"""Search within one document from its page (`?q=` on the document's URL): the hits are that
document's paragraphs only, listed in reading order with links to their anchors on the page that
holds them, and marked in place; the query is understood as the site search understands it."""
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from django.utils import translation

from archive.importing import store
from archive.models import Document, Paragraph
from archive.pipeline import parse_text
from search import engine, indexing

from .test_views import ROBUSTNESS

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
LONG = "S/2097/9"  # 450 paragraphs: pages 1–200, 201–400, 401–450
OTHER = "S/2097/10"
OPCW_NAMES = {3: "禁止化学武器组织", 250: "禁化武组织", 420: "OPCW"}  # the concept in three of its forms
MARKUP = 7  # markup in the text, beside the concept
QUERY = "禁化武組織"  # traditional input
LINK = "?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%B5%84%E7%B9%94"


def text_of(n):
    if n in OPCW_NAMES:
        return f"{n}. 各国应与{OPCW_NAMES[n]}合作，防止扩散。"
    if n == MARKUP:
        return f"{n}. 关于<script>alert(1)</script>与禁化武组织的说明 a<b & c。"
    return f"{n}. 委员会审议了第{n}项议题。"


@pytest.fixture(scope="module")
def held(django_db_setup, django_db_blocker):
    """Two documents stored and indexed once per module (committed), removed after it."""
    with django_db_blocker.unblock():
        long_text = f"{LONG}\n\n" + "\n\n".join(text_of(n) for n in range(1, 451)) + "\n"
        other_text = f"{OTHER}\n\n1. 禁化武组织在另一份文件中。\n\n2. 委员会审议了议题。\n"
        english_text = f"{LONG}\n\n1. Cooperation with the OPCW.\n\n2. Other business.\n"
        stored = [
            store(parse_text(text, f"{symbol.replace('/', '_')}-{language}.txt", {"symbol": symbol, "date": "2097-03-04", "language": language}), announce=False).document
            for symbol, text, language in ((LONG, long_text, "zh-Hans"), (OTHER, other_text, "zh-Hans"), (LONG, english_text, "en"))
        ]
        indexing.index_documents(stored)
        yield {LONG: stored[0], OTHER: stored[1], "en": stored[2]}
        indexing.remove_documents([document.key for document in stored])
        Document.objects.filter(pk__in=[document.pk for document in stored]).delete()


def anchors(document, ordinals):
    by_label = dict(Paragraph.objects.filter(document=document).values_list("label", "anchor"))
    return [by_label[f"{n}."] for n in ordinals]


def test_the_hits_are_the_documents_paragraphs_in_reading_order(held):
    found = engine.within_document(QUERY, held[LONG].key)
    assert [hit.paragraph.anchor for hit in found.hits] == anchors(held[LONG], [3, MARKUP, 250, 420])
    assert found.total == 4
    other = engine.within_document(QUERY, held[OTHER].key)
    assert [hit.paragraph.anchor for hit in other.hits] == anchors(held[OTHER], [1])


def test_short_terms_and_single_characters_are_found_as_on_the_site(held):
    assert [hit.paragraph.anchor for hit in engine.within_document("扩散", held[LONG].key).hits] == anchors(held[LONG], [3, 250, 420])
    assert [hit.paragraph.anchor for hit in engine.within_document("opcw", held[LONG].key).hits] == anchors(held[LONG], [3, MARKUP, 250, 420])
    assert engine.within_document("第449项", held[LONG].key).total == 1


def page(client, document, **params):
    url, _, query = document.get_absolute_url().partition("?")
    response = client.get(url, {**dict(parse_qsl(query)), **params})
    assert response.status_code == 200
    return response.content.decode()


def listed(html):
    """(href, where) of each hit listed above the text."""
    section = html.split('<section class="within-results"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<li class="hit"><a href="([^"]+)">([^<]+)</a>', section)


def test_the_page_lists_every_hit_with_a_link_to_the_page_that_holds_it(client, held):
    html = page(client, held[LONG], q=QUERY)
    first, markup, second, third = anchors(held[LONG], [3, MARKUP, 250, 420])
    assert listed(html) == [
        (f"{LINK}#{first}", "第3段"),
        (f"{LINK}#{markup}", "第7段"),
        (f"{LINK}&amp;page=2#{second}", "第250段"),
        (f"{LINK}&amp;page=3#{third}", "第420段"),
    ]
    assert '<h2 id="within-title">本文件中有 4 段符合</h2>' in html
    assert 'href="/search/?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%B5%84%E7%B9%94">在全库中检索 →</a>' in html
    assert f'<input type="search" name="q" value="{QUERY}"' in html
    assert 'href="?q=%E7%A6%81%E5%8C%96%E6%AD%A6%E7%B5%84%E7%B9%94&amp;page=2" rel="next"' in html  # paging keeps the search


def section(html, anchor):
    return re.search(rf'<section class="paragraph [^"]*" id="{re.escape(anchor)}">.*?</section>', html, re.DOTALL)[0]


def test_hits_are_marked_in_place_on_each_page(client, held):
    first, markup, second, third = anchors(held[LONG], [3, MARKUP, 250, 420])
    html = page(client, held[LONG], q=QUERY)
    assert 'class="paragraph kind-para found"' in section(html, first)
    assert "<mark>禁止化学武器组织</mark>" in section(html, first)
    assert "found" not in section(html, anchors(held[LONG], [4])[0]).split(">", 1)[0]
    assert 'class="paragraph kind-para found"' in section(html, markup)
    assert html.count('found" id=') == 2  # paragraphs 3 and 7 are on page 1
    on_second = page(client, held[LONG], q=QUERY, page=2)
    assert "<mark>禁化武组织</mark>" in section(on_second, second) and on_second.count('found" id=') == 1
    assert "<mark>OPCW</mark>" in section(page(client, held[LONG], q=QUERY, page=3), third)
    assert "<mark>" not in page(client, held[LONG])  # no search, no marks


def test_markup_in_the_text_stays_text(client, held):
    markup = anchors(held[LONG], [MARKUP])[0]
    html = page(client, held[LONG], q=QUERY)
    assert ('关于&lt;script&gt;alert(1)&lt;/script&gt;与<a class="ref ref-body" href="/bodies/opcw/" title="禁止化学武器组织">'
            "<mark>禁化武组织</mark></a>的说明 a&lt;b &amp; c。") in section(html, markup)  # marked inside the body's link
    listing = html.split('<section class="within-results"', 1)[1].split("</section>", 1)[0]
    assert '<span class="snippet doc-text" lang="zh-Hans">关于&lt;script&gt;alert(1)&lt;/script&gt;与<mark>禁化武组织</mark>的说明 a&lt;b &amp; c。</span>' in listing
    assert "<script>alert" not in html
    marked = page(client, held[LONG], q="<b>")
    assert "<b>" not in marked.split('<div class="text">', 1)[1]


@pytest.mark.parametrize(
    "typed, note",
    [
        ("", "请输入要在本文件中检索的词语"),
        ("？！，。", "检索词中没有可检索的文字"),
        ("-禁化武组织", "只有排除词：请至少给出一个要检索的词"),
        ("援" * 5000, "检索词过长，只使用了前 200 个字符"),
    ],
)
def test_empty_useless_or_huge_queries_get_a_clear_note(client, held, typed, note):
    html = page(client, held[LONG], q=typed)
    assert f'<p class="note">{note}</p>' in html
    assert '<h2 id="within-title">本文件中有 0 段符合</h2>' in html


def test_the_notes_follow_the_interface_language(client, held):
    with translation.override("zh-hans"):  # the request activates English for this thread; back to Chinese after it
        response = client.get("/en" + held[LONG].get_absolute_url(), {"q": ""})
    html = response.content.decode()
    assert '<p class="note">type the words to find in this document</p>' in html
    assert '<h2 id="within-title">0 paragraphs of this document match</h2>' in html
    assert '<button type="submit">Find in this document</button>' in html
    with translation.override("zh-hans"):
        english = client.get("/en" + held[LONG].get_absolute_url(), {"q": QUERY}).content.decode()
    assert listed(english)[0] == (f"{LINK}#{anchors(held[LONG], [3])[0]}", "para. 3")
    assert '<h2 id="within-title">4 paragraphs of this document match</h2>' in english


@pytest.mark.embedded
def test_an_unreadable_index_leaves_the_page_readable(client, held, settings):
    index = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    target = index.resolve()
    index.unlink() if index.is_symlink() else None
    shutil.rmtree(target, ignore_errors=True)
    try:
        html = page(client, held[LONG], q=QUERY)
        assert '<p class="note">检索暂时不可用：索引无法读取，管理员需运行 manage.py build_search_index</p>' in html
        assert html.count('<section class="paragraph') == 200
    finally:
        indexing.rebuild()


def test_a_document_in_another_language_keeps_its_language_in_the_form_and_links(client, held):
    english = held["en"]
    html = page(client, english, q="OPCW")
    assert '<input type="hidden" name="lang" value="en">' in html
    assert listed(html) == [(f"?lang=en&amp;q=OPCW#{anchors(english, [1])[0]}", "第1段")]


@pytest.mark.parametrize("typed", ROBUSTNESS)
def test_the_document_page_never_fails_whatever_is_typed(client, held, typed):
    html = page(client, held[OTHER], q=typed)
    assert "<script>alert" not in html
    assert '<section class="within-results"' in html

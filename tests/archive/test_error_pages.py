"""Dead ends that are not: mistyped permalinks redirect when one page fits; otherwise the
reader gets the site's layout, their language and a search box — never Django's bare page."""
import pytest
from django.test import RequestFactory
from django.utils import translation

from archive.views import server_error

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


@pytest.mark.parametrize(
    "typed, canonical",
    [
        ("/documents/cd/2118/", "/documents/CD/2118/"),
        ("/documents/Cd/2118/5f/", "/documents/CD/2118/5-f/"),
        ("/documents/CD/2118/5f/", "/documents/CD/2118/5-f/"),
        ("/documents/CD/2118/5(F)/", "/documents/CD/2118/5-f/"),
        ("/documents/s/ac.44/sr.74/6/", "/documents/S/AC.44/SR.74/6/"),
        ("/documents/A/74/140/Yindu-P9/", "/documents/A/74/140/yindu-p9/"),
        ("/en/documents/cd/2118/5f/", "/en/documents/CD/2118/5-f/"),
    ],
)
def test_mistyped_permalinks_redirect_to_the_canonical_url(client, typed, canonical):
    response = client.get(typed)
    assert (response.status_code, response["Location"]) == (301, canonical)


def test_no_redirect_when_nothing_fits(client):
    assert client.get("/documents/CD/2118/99z/").status_code == 404
    assert client.get("/documents/XX/1/").status_code == 404


@pytest.mark.parametrize(
    "prefix, html_lang, heading, search",
    [("", "zh-Hans", "找不到此页", "检索"), ("/en", "en", "Page not found", "Search")],
)
def test_404_in_the_site_layout_and_the_reader_s_language(client, prefix, html_lang, heading, search):
    response = client.get(f"{prefix}/documents/CD/9999/")
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{html_lang}">' in html and f"<h1>{heading}</h1>" in html
    assert f'<form class="search" action="{prefix}/search/" method="get" role="search">' in html
    assert '<input type="search" name="q" value="CD/9999"' in html
    assert f'<button type="submit">{search}</button>' in html
    assert '<header class="site">' in html


@pytest.mark.parametrize("language, heading", [("zh-hans", "服务器出错"), ("en", "Server error")])
def test_500_in_the_site_layout(language, heading):
    with translation.override(language):
        response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert f"<h1>{heading}</h1>" in html and '<header class="site">' in html and 'name="q"' in html


def test_a_removed_paragraph_answers_410_with_search(client):
    from archive.models import AnchorChange, Document

    document = Document.objects.get(symbol="CD/2118")
    change = AnchorChange.objects.create(document=document, anchor="old-9", change=AnchorChange.REMOVED, old_text="旧文本")
    try:
        response = client.get("/en/documents/CD/2118/old-9/")
        html = response.content.decode()
        assert response.status_code == 410
        assert '<html lang="en">' in html and 'role="search"' in html
    finally:
        change.delete()

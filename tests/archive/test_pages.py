"""The pages researchers browse: home, the document side panel and "cite this"."""
import pytest
from django.core.management import call_command

from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def corpus():
    call_command("ingest", str(FIXTURES), stdout=open("/dev/null", "w"))


def test_home_shows_what_the_archive_holds(client):
    html = client.get("/").content.decode()
    assert "<strong>5</strong>" in html and "<strong>323</strong>" in html
    assert html.index("S/RES/1540 (2004)") < html.index("S/RES/1977 (2011)")  # most cited first
    assert 'action="/search/"' in html
    assert 'href="/documents/CD/2118/"' in html


@pytest.mark.parametrize(
    "url, chinese, english",
    [
        ("/documents/CD/2118/5-f/", "CD/2118，第5段(f)", "CD/2118, para. 5 (f)"),
        ("/documents/S/2010/52/12/", "S/2010/52，第12段", "S/2010/52, para. 12"),
        ("/documents/S/AC.44/SR.74/6/", "S/AC.44/SR.74，第6段", "S/AC.44/SR.74, para. 6"),
        ("/documents/CD/2118/recommendations-a/", "CD/2118，¶recommendations-a", "CD/2118, ¶ recommendations-a"),
    ],
)
def test_cite_this_in_chinese_and_english(client, url, chinese, english):
    html = client.get(url).content.decode()
    assert f'<span lang="zh-Hans" id="cite-zh">{chinese}</span>' in html
    assert f'<span lang="en" id="cite-en">{english}</span>' in html
    assert f'href="{url}">http://testserver{url}</a>' in html
    assert html.count('data-copy="') == 3


def test_document_panel_lists_what_it_cites(client):
    html = client.get("/documents/S/2010/52/").content.decode()
    panel = html[html.index('<aside class="panel"') : html.index("</aside>")]
    assert 'href="/resolutions/S/RES/1540(2004)/">S/RES/1540 (2004)</a> <span class="count">×30</span>' in panel
    assert 'href="/resolutions/S/RES/1810(2008)/">S/RES/1810 (2008)</a> <span class="count">×2</span>' in panel
    assert 'href="https://undocs.org/zh/S/2008/493"' in panel

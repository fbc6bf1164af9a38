"""Chinese interface first; English through the language switch, with complete translations."""
import polib
import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def test_chinese_by_default_even_for_an_english_browser(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="zh-Hans">' in html and "引用最多的决议" in html


def test_english_has_its_own_urls_and_the_switch_links_there(client):
    chinese = client.get("/documents/CD/2118/5-f/").content.decode()
    assert '<a href="/en/documents/CD/2118/5-f/" hreflang="en" lang="en" rel="alternate">English</a>' in chinese
    english = client.get("/en/documents/CD/2118/5-f/").content.decode()
    assert '<html lang="en">' in english and "Cite this paragraph" in english
    assert '<a href="/documents/CD/2118/5-f/" hreflang="zh-Hans" lang="zh-Hans" rel="alternate">中文</a>' in english
    assert 'href="/en/documents/CD/2118/"' in english  # links stay in English


def test_a_cookie_or_browser_language_does_not_change_a_url_s_language(client):
    client.cookies["django_language"] = "en"
    assert '<html lang="zh-Hans">' in client.get("/documents/CD/2118/").content.decode()
    assert '<html lang="en">' in client.get("/en/documents/CD/2118/", HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()


def test_the_old_switch_form_lands_on_the_english_url(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/documents/CD/2118/5-f/"})
    assert (response.status_code, response["Location"]) == (302, "/en/documents/CD/2118/5-f/")


def test_every_message_has_an_english_translation():
    catalogue = polib.pofile("locale/en/LC_MESSAGES/django.po")
    assert catalogue.percent_translated() == 100
    assert not [entry.msgid for entry in catalogue if "fuzzy" in entry.flags or entry.previous_msgid]

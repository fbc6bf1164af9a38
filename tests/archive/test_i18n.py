"""Chinese interface first; English through the language switch, with complete translations."""
import polib
import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def test_chinese_by_default_even_for_an_english_browser(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="zh-Hans">' in html and "引用最多的决议" in html


def test_the_switch_sets_english_and_back(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/documents/CD/2118/5-f/"})
    assert response.status_code == 302
    html = client.get("/documents/CD/2118/5-f/").content.decode()
    assert '<html lang="en">' in html and "Cite this paragraph" in html and "CD/2118, para. 5 (f)" in html
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert "引用本段" in client.get("/documents/CD/2118/5-f/").content.decode()


def test_every_message_has_an_english_translation():
    catalogue = polib.pofile("locale/en/LC_MESSAGES/django.po")
    assert catalogue.percent_translated() == 100
    assert not [entry.msgid for entry in catalogue if "fuzzy" in entry.flags or entry.previous_msgid]

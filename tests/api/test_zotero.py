"""Zotero keeps the organ whole as the document's corporate author.

The page's Highwire tags are read as Zotero's Embedded Metadata translator reads them
(processHighwireCreators and ZU.cleanAuthor, reimplemented below in their essentials)."""
import re
from html.parser import HTMLParser

import pytest

from archive.models import Document

pytestmark = pytest.mark.django_db


class MetaTags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "name" in attrs:
            self.tags.append((attrs["name"], attrs.get("content", "")))


def zotero_creators(authors, language):
    """Zotero's creators from the `citation_author` values, as {firstName, lastName}."""
    creators = []
    for value in authors:
        names = re.split(r"\s*;\s*", value)
        if len(names) == 1 and len(authors) == 1:
            by_comma = re.split(r"\s*,\s*", names[0])
            spanish = len(by_comma) == 2 and language in ("es", "spa", "Spanish", "español") and len(by_comma[0].split(" ")) == 2
            if len(by_comma) > 1 and " " in by_comma[0] and " " in by_comma[1] and not spanish:
                names = by_comma
        for name in names:
            name = name.strip()
            if name and re.search(r"[^\s,\-.;]", name):
                creators.append(_clean_author(name, "," in name))
    return creators


def _clean_author(author, use_comma):
    author = re.sub(r"^[\s\u00a0.,/\[\]:]+", "", author)
    author = re.sub(r"[\s\u00a0.,/\[\]:]+$", "", author)
    author = re.sub(r"[\s\u00a0]+", " ", author, count=1)
    if use_comma:
        last, _, first = author.partition(",")
        return {"firstName": first.strip(), "lastName": last}
    space = author.rfind(" ")
    return {"firstName": author[:space] if space > 0 else "", "lastName": author[space + 1:]}


def _tags(client, document):
    parser = MetaTags()
    parser.feed(client.get(document.get_absolute_url()).content.decode())
    return parser.tags


def _document(symbol, organ, language="zh-Hans"):
    return Document.objects.create(key=symbol.replace("/", "-").lower(), symbol=symbol, language=language, organ=organ, source_file="x.txt", source_sha256="0" * 64)


def test_the_rules_split_a_spaced_organ_as_zotero_does():
    assert zotero_creators(["United Nations"], "en") == [{"firstName": "United", "lastName": "Nations"}]
    assert zotero_creators(["安全理事会; 大会"], "zh-Hans") == [{"firstName": "", "lastName": "安全理事会"}, {"firstName": "", "lastName": "大会"}]


@pytest.mark.parametrize(
    "organ, author",
    [
        ("安全理事会第1540 (2004)号决议所设委员会", "安全理事会第1540(2004)号决议所设委员会"),
        ("裁军谈判会议", "裁军谈判会议"),
        ("大会; 安全理事会, 秘书处", "大会；安全理事会，秘书处"),
        ("", "联合国"),
    ],
)
def test_a_chinese_organ_comes_out_whole(client, organ, author):
    tags = _tags(client, _document("S/2099/1", organ))
    authors = [content for name, content in tags if name == "citation_author"]
    assert authors == [author]
    assert zotero_creators(authors, "zh-Hans") == [{"firstName": "", "lastName": author}]
    assert ("citation_technical_report_institution", "联合国") in tags


def test_an_organ_in_a_spaced_script_is_the_institution_not_a_split_author(client):
    tags = _tags(client, _document("S/2099/2", "Security Council", language="en"))
    assert [content for name, content in tags if name == "citation_author"] == []
    assert ("citation_technical_report_institution", "Security Council") in tags
    assert ("citation_technical_report_number", "S/2099/2") in tags

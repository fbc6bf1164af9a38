"""One language at a time: every page, in each interface language, carries no interface text in
the other one. Document text (class "doc-text"), identifiers (translate="no": symbols, file
formats, URLs) and text marked with another `lang` (the other language's citation form, the
switch to the other language) are the document's or the reader's choice and are left out."""
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.django_db

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SPOKEN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
# Latin words that are not acronyms or symbols: two lower-case letters in a row.
LATIN_WORD = re.compile(r"[A-Za-z]*[a-z]{2,}[A-Za-z]*")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


class InterfaceText(HTMLParser):
    """The visible text and spoken attributes of <body>, minus what is not interface text."""

    def __init__(self, page_language):
        super().__init__(convert_charrefs=True)
        self.page_language = page_language
        self.stack = []  # one flag per open element: is it (or an ancestor) set aside?
        self.in_body = False
        self.texts = []

    def set_aside(self, tag, attributes):
        attributes = dict(attributes)
        classes = (attributes.get("class") or "").split()
        language = attributes.get("lang")
        return (
            "doc-text" in classes
            or attributes.get("translate") == "no"
            or (language is not None and language != self.page_language)
            or tag in ("script", "style", "svg")
        )

    def handle_starttag(self, tag, attributes):
        if tag == "body":
            self.in_body = True
            return
        hidden = (self.stack[-1] if self.stack else False) or self.set_aside(tag, attributes)
        if self.in_body and not hidden:
            self.texts += [value for name, value in attributes if name in SPOKEN_ATTRIBUTES and value]
        if tag not in VOID:
            self.stack.append(hidden)

    def handle_endtag(self, tag):
        if tag not in VOID and tag != "body" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.in_body and not (self.stack and self.stack[-1]):
            self.texts.append(data)


def interface_text(html, page_language):
    parser = InterfaceText(page_language)
    parser.feed(html)
    return " ".join(parser.texts)


def other_language_words(html, page_language):
    text = interface_text(html, page_language)
    if page_language == "zh-Hans":
        return sorted(set(LATIN_WORD.findall(text)))
    return sorted(set(CJK.findall(text)))


PAGES = [
    "/",
    "/documents/",
    "/documents/?organ=安全理事会",
    "/documents/CD/2118/",
    "/documents/S/AC.44/SR.74/",
    "/documents/A/74/140/",
    "/documents/002-2df1659267c69416/",
    "/documents/CD/2118/5-f/",
    "/documents/A/74/140/yindu-p9/",
    "/documents/002-2df1659267c69416/sec-i-p1/",
    "/resolutions/",
    "/resolutions/S/RES/1540(2004)/",
    "/bodies/",
    "/bodies/opcw/",
    "/bodies/security-council/",
    "/search/?q=禁化武组织",
    "/search/?q=出口管制&body=OPCW",
    "/search/?q=-出口管制",  # a note from the search engine
    "/search/?q=S/2099/1",  # a note naming a document the archive does not hold
    "/search/?q=的 一 是 在 不 了 有 人",  # the budget's notes
    "/check/",
    "/documents/CD/9999/",
]


@pytest.mark.parametrize("prefix, language", [("", "zh-Hans"), ("/en", "en")])
@pytest.mark.usefixtures("corpus")
def test_every_page_speaks_one_language(client, prefix, language):
    found = {}
    for path in PAGES:
        response = client.get(prefix + path)
        assert response.status_code in (200, 404), path
        query = parse_qs(urlsplit(path).query).get("q", [""])[0]
        # the reader's own query, echoed in a note, is the reader's words, not the interface's
        words = [word for word in other_language_words(response.content.decode(), language) if word not in query]
        if words:
            found[path] = words
    assert found == {}


def test_the_check_sees_interface_text_and_sets_document_text_aside():
    html = (
        '<html><body><p title="Permalink">引用</p><p class="doc-text">Sison 女士</p>'
        '<a translate="no">undocs.org/zh/S/2010/52</a><a lang="en">English</a><p>CD/2118，OPCW</p>'
        '<p>para. 5</p><br><p lang="zh-Hans">正文</p></body></html>'
    )
    assert other_language_words(html, "zh-Hans") == ["Permalink", "para"]
    assert other_language_words(html, "en") == ["引用"]


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.usefixtures("corpus")
def test_no_internal_key_or_file_name_shown_to_readers(client, prefix):
    """The symbol-less letter's key lives in its URLs (and the permalink shown as one, and the
    empty COinS spans' data for reference managers) only; a source file name only in the
    collapsed provenance block of its own document."""
    for path in PAGES:
        html = client.get(prefix + path).content.decode()
        shown = re.sub(r'\s(?:href|id|action|content)="[^"]*"|https?://[^\s<"]+|<span class="Z3988"[^>]*></span>', "", html)
        assert "002-2df1659267c69416" not in shown, path
        provenance = re.findall(r'<details class="provenance">.*?</details>', shown, re.S)
        outside = shown.replace("".join(provenance), "") if provenance else shown
        assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", outside), path


@pytest.mark.parametrize(
    "language, shown",
    [
        ("zh-hans", "本库未收录文件 S/RES/1 (2004)，以下为引用它的段落"),
        ("en", "document S/RES/1 (2004) is not in the archive: paragraphs citing it"),
    ],
)
def test_house_style_messages_are_cut_to_the_interface_language(language, shown):
    from django.utils import translation

    from archive.templatetags.archive_text import in_interface_language

    message = "本库未收录文件 S/RES/1 (2004)，以下为引用它的段落 (document S/RES/1 (2004) is not in the archive: paragraphs citing it)"
    with translation.override(language):
        assert in_interface_language(message) == shown
        assert in_interface_language(")") == ")" and in_interface_language("无括号") == "无括号"

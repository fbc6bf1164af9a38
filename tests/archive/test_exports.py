"""Feeds and CSV carry hostile text onward as text only: Atom entries are `type="text"`, and CSV
cells a spreadsheet would evaluate get a leading apostrophe (OWASP). Feeds are complete Atom,
paged with rel="next"."""
import csv
import io
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest

from archive.exports import spreadsheet_safe
from archive.feeds import PAGE_SIZE
from archive.importing import store
from archive.pipeline import parse_text

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE = [
    f"1. 各国{IMG}应执行第1540(2004)号决议，并报告执行情况。",
    '=HYPERLINK("http://evil.example/","点击")，各国应执行第1540(2004)号决议。',
    "+1+1，各国应执行第1540(2004)号决议。",
    "-2+3，各国应执行第1540(2004)号决议。",
    "@SUM(1+1)，各国应执行第1540(2004)号决议。",
]


def store_text(symbol, date, paragraphs):
    text = f"{symbol}\n\n" + "\n\n".join(paragraphs) + "\n"
    return store(parse_text(text, f"{symbol.replace('/', '_')}.txt", {"symbol": symbol, "date": date})).document


@pytest.fixture
def hostile():
    return store_text("S/2099/1", "2099-01-02", HOSTILE)


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    return response.content.decode(), ET.fromstring(response.content)


def one(element, tag):
    found = element.findall(ATOM + tag)
    assert len(found) == 1, f"{tag}: {len(found)}"
    return found[0]


def test_feed_carries_markup_as_escaped_text_only(client, hostile):
    raw, feed = atom(client, "/resolutions/S/RES/1540(2004)/feed/")
    assert IMG not in raw and "&lt;img src=x onerror=alert(1)&gt;" in raw
    entry = next(e for e in feed.iter(ATOM + "entry") if one(e, "link").get("href").endswith("/documents/S/2099/1/1/"))
    assert one(entry, "title").text == "S/2099/1，第1段"
    summary = one(entry, "summary")
    assert summary.attrib == {"type": "text"}
    assert summary.text == f"各国{IMG}应执行第1540(2004)号决议，并报告执行情况。"
    assert list(summary) == []  # no child elements: nothing a reader could render as markup


def test_feed_is_complete_atom(client, hostile):
    _, feed = atom(client, "/resolutions/S/RES/1540(2004)/feed/")
    assert feed.tag == ATOM + "feed"
    assert one(feed, "title").text == "引用 S/RES/1540 (2004) 的段落 (paragraphs citing S/RES/1540 (2004))"
    assert one(one(feed, "author"), "name").text == "第1540(2004)号决议文献库 (UN 1540 documents archive)"
    one(feed, "id")
    datetime.fromisoformat(one(feed, "updated").text)
    links = {link.get("rel"): link.get("href") for link in feed.findall(ATOM + "link")}
    assert links["self"] == links["first"] == "http://testserver/resolutions/S/RES/1540(2004)/feed/"
    assert "next" not in links and "previous" not in links
    entries = feed.findall(ATOM + "entry")
    assert len(entries) == len(HOSTILE)
    for entry in entries:
        for tag in ("id", "title", "updated", "published", "summary"):
            one(entry, tag)
        assert one(entry, "link").get("rel") == "alternate"
        assert one(entry, "published").text == "2099-01-02T00:00:00+00:00"  # the document's date, not the import's
        assert datetime.fromisoformat(one(entry, "updated").text) >= datetime.fromisoformat(one(entry, "published").text)


def test_feed_is_paged_with_rel_next_and_every_entry_is_reached_once(client, hostile):
    store_text("S/2098/7", "2098-05-06", [f"{n}. 各国应执行第1540(2004)号决议的第{n}项要求。" for n in range(1, 121)])
    url, pages, ids, published = "http://testserver/resolutions/S/RES/1540(2004)/feed/", [], [], []
    while url:
        _, feed = atom(client, url.removeprefix("http://testserver"))
        links = {link.get("rel"): link.get("href") for link in feed.findall(ATOM + "link")}
        assert links["self"] == url
        entries = feed.findall(ATOM + "entry")
        pages.append(len(entries))
        ids += [one(e, "id").text for e in entries]
        published += [one(e, "published").text for e in entries]
        url = links.get("next")
    assert pages == [PAGE_SIZE, PAGE_SIZE, 125 - 2 * PAGE_SIZE]
    assert len(set(ids)) == 125
    assert published == sorted(published, reverse=True)  # newest document first across pages
    _, last = atom(client, "/resolutions/S/RES/1540(2004)/feed/?page=3")
    assert {link.get("rel"): link.get("href") for link in last.findall(ATOM + "link")}["previous"] == (
        "http://testserver/resolutions/S/RES/1540(2004)/feed/?page=2"
    )


def test_a_control_character_in_a_paragraph_does_not_break_the_feed(client, hostile):
    # \x0b and \x1f: characters XML 1.0 cannot carry (NUL never reaches the database: imports refuse it)
    hostile.paragraphs.filter(anchor="1").update(text="各国\x0b应执行\x1f第1540(2004)号决议。")
    raw, feed = atom(client, "/resolutions/S/RES/1540(2004)/feed/")
    assert "各国应执行第1540(2004)号决议。" in [one(e, "summary").text for e in feed.iter(ATOM + "entry")]


def test_csv_cells_that_a_spreadsheet_would_evaluate_start_with_an_apostrophe(client, hostile):
    response = client.get("/resolutions/S/RES/1540(2004)/citing.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["text"] for row in rows] == [
        f"各国{IMG}应执行第1540(2004)号决议，并报告执行情况。",
        '\'=HYPERLINK("http://evil.example/","点击")，各国应执行第1540(2004)号决议。',
        "'+1+1，各国应执行第1540(2004)号决议。",
        "'-2+3，各国应执行第1540(2004)号决议。",
        "'@SUM(1+1)，各国应执行第1540(2004)号决议。",
    ]
    assert {row["document"] for row in rows} == {"S/2099/1"} and {row["date"] for row in rows} == {"2099-01-02"}


@pytest.mark.parametrize(
    "cell, written",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("1540", "1540"),
        ("第=1段", "第=1段"),
        ("", ""),
    ],
)
def test_the_owasp_rule(cell, written):
    assert spreadsheet_safe(cell) == written

"""Reference-manager formats, each read back by a maintained parser (rispy, bibtexparser, the CSL
data schema through jsonschema), the GB/T 7714 entry as citeproc-py renders the public style, and
the COinS spans of list pages checked against the rules Zotero's COinS translator applies."""
import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser.bparser import BibTexParser

from archive.bibliography import BIBTEX_ESCAPES, Record, as_bibtex
from archive.citing import citing_paragraphs
from archive.models import Paragraph

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]

CSL_DATA_SCHEMA = json.loads((Path(__file__).parent / "data" / "csl-data.json").read_text())
CD_2118_TITLE = (
    "2018年2月1日乌克兰常驻代表团致裁军谈判会议秘书处的普通照会，其中转交2017年11月2日至3日在基辅(乌克兰)"
    "举行的“在扩散风险和挑战不断变化的背景下促进有效执行第1540(2004)号决议”国际讲习班的主席摘要"
)


def today():
    return date.today()


def test_a_paragraph_as_ris_reads_back_as_a_report_with_its_pinpoint(client):
    response = client.get("/documents/CD/2118/5-f/cite.ris")
    assert (response.status_code, response["Content-Type"], response["Content-Disposition"]) == (
        200, "application/x-research-info-systems; charset=utf-8", 'attachment; filename="CD_2118_5-f.ris"'
    )
    [entry] = rispy.loads(response.content.decode())
    assert entry == {
        "type_of_reference": "RPRT",
        "title": CD_2118_TITLE,
        "authors": ["裁军谈判会议"],
        "publisher": "联合国",
        "issn": "CD/2118",  # rispy's name for SN, which Zotero reads as a report's number
        "year": "2018",
        "date": "2018/02/19",
        "section": "第5(f)段",
        "language": "zh-Hans",
        "urls": ["http://testserver/documents/CD/2118/5-f/"],
        "access_date": f"{today():%Y/%m/%d}",
    }


def test_a_document_as_bibtex_reads_back_with_a_corporate_author(client):
    response = client.get("/documents/CD/2118/cite.bib")
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    [entry] = bibtexparser.loads(response.content.decode(), BibTexParser(common_strings=True)).entries
    assert entry == {
        "ENTRYTYPE": "techreport",
        "ID": "CD_2118",
        "title": "{" + CD_2118_TITLE + "}",
        "author": "{裁军谈判会议}",  # braced: one name, never split into given and family names
        "institution": "联合国",
        "number": "CD/2118",
        "year": "2018",
        "date": "2018-02-19",
        "language": "zh-Hans",
        "url": "http://testserver/documents/CD/2118/",
        "urldate": today().isoformat(),
    }


def test_special_characters_survive_bibtex():
    title = "关于{括号}的说明 50% & #1 _x_ ~ ^ \\ $ 决议"
    record = Record(id="S_2006_257", title=title, author="安全理事会", publisher="联合国", number="S/2006/257",
                    issued=date(2006, 4, 25), language="zh-Hans", url="http://testserver/documents/S/2006/257/")
    [entry] = bibtexparser.loads(as_bibtex([record]), BibTexParser(common_strings=True)).entries
    written = entry["title"][1:-1]
    for character, escaped in sorted(BIBTEX_ESCAPES.items(), key=lambda pair: -len(pair[1])):
        written = written.replace(escaped, character)
    assert written == title


@pytest.mark.parametrize(
    "url",
    [
        "/documents/CD/2118/cite.csl.json",
        "/documents/002-2df1659267c69416/sec-i-p1/cite.csl.json",
        "/resolutions/S/RES/1540(2004)/citing.csl.json",
        "/bodies/opcw/citing.csl.json",
        "/treaties/cwc/citing.csl.json",
        "/search/export.csl.json?q=禁化武组织",
    ],
)
def test_csl_json_is_valid_csl_data(client, url):
    response = client.get(url)
    assert response["Content-Type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    items = response.json()
    jsonschema.validate(items, CSL_DATA_SCHEMA)
    assert items and all(item["type"] == "report" and item["URL"].startswith("http://testserver/documents/") for item in items)


def test_a_citing_list_exports_every_citing_paragraph_with_its_permalink(client):
    expected = [f"http://testserver{paragraph.get_absolute_url()}" for paragraph in citing_paragraphs("resolution", "S/RES/1540 (2004)")]
    entries = rispy.loads(client.get("/resolutions/S/RES/1540(2004)/citing.ris").content.decode())
    assert [entry["urls"] for entry in entries] == [[url] for url in expected]
    bib = bibtexparser.loads(client.get("/resolutions/S/RES/1540(2004)/citing.bib").content.decode(), BibTexParser(common_strings=True))
    assert [entry["url"] for entry in bib.entries] == expected
    assert len({entry["ID"] for entry in bib.entries}) == len(expected)  # keys are unique


def test_a_search_exports_its_hits_in_every_format(client):
    response = client.get("/search/export.bib?q=禁化武组织")
    entries = bibtexparser.loads(response.content.decode(), BibTexParser(common_strings=True)).entries
    csv_rows = client.get("/search/export.json?q=禁化武组织").json()["results"]
    assert [entry["url"] for entry in entries] == [row["url"] for row in csv_rows]
    assert len(entries) == int(response["X-Total-Count"]) == 9


def test_the_gb_t_7714_entry_is_rendered_on_the_page(client):
    html = client.get("/documents/CD/2118/5-f/").content.decode()
    [entry] = re.findall(r'<span lang="zh-Hans" id="cite-gbt" translate="no">([^<]*)</span>', html)
    assert entry == (
        f"裁军谈判会议. {CD_2118_TITLE}: CD/2118[R/OL]. 联合国, 2018[{today().isoformat()}]. "
        "http://testserver/documents/CD/2118/5-f/."
    )
    assert '<a href="/documents/CD/2118/5-f/cite.ris" download translate="no">RIS</a>' in html
    english = client.get("/en/documents/CD/2118/").content.decode()
    assert '<a href="/documents/CD/2118/cite.bib" download translate="no">BibTeX</a>' in english
    assert "Cite this document" in english


def test_unknown_formats_and_paragraphs_are_404(client):
    assert client.get("/documents/CD/2118/cite.docx").status_code == 404
    assert client.get("/documents/CD/2118/no-such-anchor/cite.ris").status_code == 404
    assert client.get("/documents/CD/9999/cite.ris").status_code == 404
    assert client.get("/resolutions/S/RES/1540(2004)/citing.xml").status_code == 404
    assert client.get("/en/documents/CD/2118/cite.ris").status_code == 301


def zotero_coins_item(title_attribute):
    """What Zotero's COinS translator makes of a span's title (its OpenURL parsing, as read in
    zotero/translators): pairs split at `&` then `=`, values percent-decoded after `+` became a
    space; the book format with genre `report` is a report, `rft.btitle` its title, `rft.aucorp`
    an institutional author, `rft_id` starting with http(s) its URL."""
    item = {"creators": []}
    parts = title_attribute.split("&")
    if "rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook" in parts:
        item["itemType"] = "report" if "rft.genre=report" in parts else "book"
    for part in parts:
        key, value = part.split("=")  # exactly one `=`: a value holding its own would be cut there
        value = unquote(value.replace("+", " "))
        if key == "rft_id" and re.match(r"https?://", value):
            item["url"] = value
        elif key == "rft.btitle":
            item["title"] = value
        elif key == "rft.aucorp":
            item["creators"].append({"lastName": value, "isInstitution": True})
        elif key in ("rft.pub", "rft.date"):
            item[key.removeprefix("rft.").replace("pub", "publisher")] = value
    return item


def coins_spans(html):
    return [unescape_attribute(value) for value in re.findall(r'<span class="Z3988" translate="no" title="([^"]*)"></span>', html)]


def unescape_attribute(value):
    return value.replace("&amp;", "&")


def test_a_list_page_of_fifty_paragraphs_imports_into_zotero_as_fifty_reports(client):
    html = client.get("/resolutions/S/RES/1540(2004)/").content.decode()
    spans = coins_spans(html)
    assert len(spans) == 50
    items = [zotero_coins_item(span) for span in spans]
    assert all(span.startswith("ctx_ver=Z39.88-2004&") for span in spans)
    assert {item["itemType"] for item in items} == {"report"}
    first = Paragraph.objects.select_related("document").get(document__symbol="CD/2118", anchor="title")
    assert items[0] == {
        "itemType": "report",
        "title": f"{CD_2118_TITLE}，标题",
        "creators": [{"lastName": "裁军谈判会议", "isInstitution": True}],
        "publisher": "联合国",
        "date": "2018-02-19",
        "url": f"http://testserver{first.get_absolute_url()}",
    }
    assert len({item["url"] for item in items}) == 50


def test_the_documents_list_and_search_results_carry_one_span_per_item(client):
    documents = coins_spans(client.get("/documents/").content.decode())
    assert [zotero_coins_item(span)["url"] for span in documents] == [
        "http://testserver/documents/CD/2118/",
        "http://testserver/documents/002-2df1659267c69416/",
        "http://testserver/documents/S/AC.44/SR.74/",
        "http://testserver/documents/S/2010/52/",
        "http://testserver/documents/A/74/140/",
    ]
    hits = coins_spans(client.get("/search/?q=禁化武组织").content.decode())
    assert len(hits) == 9
    assert all(zotero_coins_item(span)["itemType"] == "report" for span in hits)

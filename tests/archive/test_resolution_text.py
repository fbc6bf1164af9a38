"""A resolution is its text (#23): imported from the UN's PDF layout, its page shows it paragraph
by paragraph with permalinks, UN-style citations and who cites each paragraph; pinpointed
citations link to the paragraph they name; lists, exports, feeds and the API narrow to one
paragraph. The texts are public reprints of real resolutions (tests/archive/resolutions/)."""
import csv
import datetime
import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from archive.models import CitedParagraph, Document, Reference
from archive.pipeline import parse_file, parse_text
from tests.un_pdf import render_document

HERE = Path(__file__).resolve().parent / "resolutions"
CITING_1447 = Path(__file__).resolve().parents[1] / "pinpoints" / "texts" / "05_wikisource_resolution_1454.txt"
RESOLUTIONS = {
    "s_res_1518_2003": {"symbol": "S/RES/1518 (2003)", "date": datetime.date(2003, 11, 24), "organ": "安全理事会", "original_language": "en"},
    "s_res_1447_2002": {"symbol": "S/RES/1447 (2002)", "date": datetime.date(2002, 12, 4), "organ": "安全理事会", "original_language": "en"},
}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    """Each resolution typeset as the UN prints it (cover with symbol and date, indented
    preamble, numbered operative paragraphs)."""
    folder = tmp_path_factory.mktemp("resolutions")
    for name, cover in RESOLUTIONS.items():
        text = parse_text((HERE / f"{name}.txt").read_text(encoding="utf-8"), f"{name}.txt", sidecar=cover)
        render_document(text, folder / f"{name}.pdf")
    return folder


@pytest.fixture
def archive(pdfs, tmp_path):
    citing = tmp_path / "citing_1447.txt"
    citing.write_text(CITING_1447.read_text(encoding="utf-8"), encoding="utf-8")
    citing.with_suffix(".json").write_text(json.dumps({"symbol": "S/RES/1454 (2002)", "date": "2002-12-30"}), encoding="utf-8")
    call_command("ingest", str(pdfs), stdout=io.StringIO())
    call_command("ingest", str(citing), stdout=io.StringIO())


def test_a_resolution_pdf_reads_as_title_adoption_preamble_and_operative_paragraphs(pdfs):
    parsed = parse_file(pdfs / "s_res_1518_2003.pdf")
    assert (parsed.description.symbol, parsed.description.doc_type) == ("S/RES/1518 (2003)", "resolution")
    assert parsed.description.title == "第1518(2003)号决议"
    rows = [(p.anchor, p.kind, p.text[:12]) for p in parsed.paragraphs]
    assert rows == [
        ("title", "title", "第1518(2003)号"),
        ("p1", "note", "2003年11月24日安"),
        ("p2", "para", "安全理事会，"),
        ("p3", "para", "回顾其以前所有有关决议，"),
        ("p4", "para", "又回顾其早先在2003年"),
        ("p5", "para", "强调所有会员国履行第14"),
        ("p6", "para", "确认尽管伊拉克局势已有改"),
        ("p7", "para", "根据《联合国宪章》第七章"),
        ("1", "para", "决定按照安理会暂行议事规"),
        ("2", "para", "决定采用第661(199"),
        ("3", "para", "决定不断审议上文第1段所"),
        ("4", "para", "决定继续处理此案。"),
    ]


def test_the_traditional_script_reprint_reads_the_same_way(pdfs):
    parsed = parse_file(pdfs / "s_res_1447_2002.pdf")
    assert parsed.description.symbol == "S/RES/1447 (2002)"
    assert parsed.description.language == "zh-Hant"
    assert [p.anchor for p in parsed.paragraphs] == ["title", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "1", "2", "3"]


@pytest.mark.django_db
def test_pinpoints_are_stored_as_the_paragraphs_they_name(archive):
    # 1447 ¶1: `第1360(2001)號決議第2、3和6至13段` names 2, 3 and 6 to 13.
    named = CitedParagraph.objects.filter(reference__target="S/RES/1360 (2001)").values_list("anchor", flat=True)
    assert sorted(named, key=int) == ["2", "3", "6", "7", "8", "9", "10", "11", "12", "13"]
    assert list(CitedParagraph.objects.filter(reference__target="S/RES/1447 (2002)").values_list("anchor", flat=True)) == ["1"]


@pytest.mark.django_db
def test_the_resolution_page_shows_its_text_with_permalinks_citations_and_who_cites_each_paragraph(client, archive):
    page = client.get("/resolutions/S/RES/1447(2002)/").content.decode()
    text = page[page.index('class="resolution-text"'):page.index("</section>", page.index('class="resolution-text"'))]
    paragraph_1 = text[text.index('id="p-1"'):text.index('id="p-2"')]
    assert 'href="/documents/S/RES/1447%20(2002)/1/?lang=zh-Hant"' in paragraph_1  # a traditional-script text
    assert "第1447(2002)号决议第1段" in paragraph_1
    assert "resolution 1447 (2002), para. 1" in paragraph_1
    assert re.search(r'<a href="\?paragraph=1#citing">被 1 个段落引用</a>', paragraph_1)
    paragraph_2 = text[text.index('id="p-2"'):text.index('id="p-3"')]
    assert "被 " not in paragraph_2
    # The preamble is cited as UN texts cite it, counted after "安全理事會，".
    assert "第1447(2002)号决议序言部分第1段" in text[text.index('id="p-p3"'):text.index('id="p-p4"')]
    # Its own title names it: the citing list holds the other documents only.
    citing = page[page.index('id="citing"'):]
    assert re.findall(r'#doc-[^"]+" translate="no">([^<]+)</a>', citing) == ["S/RES/1454 (2002)"]
    most = page[page.index('class="most-cited"'):]
    assert re.search(r'<a href="\?paragraph=1#citing">第1段</a> · 1 个段落引用', most)


@pytest.mark.django_db
def test_a_pinpointed_citation_links_to_the_paragraph_it_names(client, archive):
    citing = Document.objects.get(symbol="S/RES/1454 (2002)")
    page = client.get(citing.get_absolute_url()).content.decode()
    assert re.search(r'<a class="ref ref-resolution" href="/documents/S/RES/1447%20\(2002\)/1/"[^>]*>第1447\(2002\)号决议第1段</a>', page)
    # Not held: the resolution's page, narrowed to that paragraph.
    page_1447 = client.get(Document.objects.get(symbol="S/RES/1447 (2002)").get_absolute_url()).content.decode()
    assert 'href="/resolutions/S/RES/1284(1999)/?paragraph=15"' in page_1447


@pytest.mark.django_db
def test_a_pinpoint_links_into_the_held_text_only_where_the_paragraph_answers(archive):
    """A held text without the paragraph (an excerpt, another numbering) would be a 404: the link
    goes to the resolution's page narrowed to that paragraph instead."""
    from archive.citations import Held, pinpoint_url
    from archive.views import held_symbols

    held = held_symbols()
    assert isinstance(held, Held)
    for pinpoint, url in (
        ("para. 1", "/documents/S/RES/1447%20(2002)/1/"),
        ("para. 1 (c)", "/documents/S/RES/1447%20(2002)/1-c/"),
        ("para. 9", "/resolutions/S/RES/1447(2002)/?paragraph=9"),
    ):
        assert pinpoint_url(Reference(target="S/RES/1447 (2002)", pinpoint=pinpoint), held) == url
    assert pinpoint_url(Reference(target="S/RES/1284 (1999)", pinpoint="para. 15"), held) == "/resolutions/S/RES/1284(1999)/?paragraph=15"
    # A preambular paragraph, counted as its own page cites it (序言部分第1段 is p3, after 安全理事會，).
    assert pinpoint_url(Reference(target="S/RES/1447 (2002)", pinpoint="preambular para. 1"), held) == "/documents/S/RES/1447%20(2002)/p3/"
    assert pinpoint_url(Reference(target="S/RES/1447 (2002)", pinpoint="preambular para. 40"), held) is None
    assert pinpoint_url(Reference(target="S/RES/1284 (1999)", pinpoint="preambular para. 1"), held) is None


@pytest.mark.django_db
def test_a_sub_paragraph_the_text_does_not_anchor_leads_to_its_paragraph(client, archive):
    response = client.get("/documents/S/RES/1447%20(2002)/1-c/")
    assert (response.status_code, response["Location"]) == (302, "/documents/S/RES/1447%20(2002)/1/?lang=zh-Hant")
    assert client.get("/documents/S/RES/1447%20(2002)/9/").status_code == 404


@pytest.mark.django_db
def test_the_undocs_form_of_the_symbol_redirects_to_the_document(client, archive):
    response = client.get("/documents/S/RES/1447(2002)/1/")
    assert (response.status_code, response["Location"]) == (301, "/documents/S/RES/1447%20(2002)/1/?lang=zh-Hant")


@pytest.mark.django_db
@pytest.mark.parametrize(("paragraph", "citing"), [("7", ["S/RES/1447 (2002) 1"]), ("4", []), ("13", ["S/RES/1447 (2002) 1"]), ("13(b)", [])])
def test_the_citing_list_narrows_to_one_paragraph_and_a_range_covers_its_members(client, archive, paragraph, citing):
    page = client.get(f"/resolutions/S/RES/1360(2001)/?paragraph={paragraph}").content.decode()
    found = re.findall(r'<a class="anchor" href="/documents/([^"?]+)/(?:\?lang=[^"]+)?"', page[page.index('id="citing"'):])
    assert [f"{path.rsplit('/', 1)[0].replace('%20', ' ')} {path.rsplit('/', 1)[1]}" for path in found] == citing


@pytest.mark.django_db
def test_narrowing_reaches_exports_feeds_and_both_apis(client, archive):
    rows = list(csv.DictReader(io.StringIO(client.get("/resolutions/S/RES/1447(2002)/citing.csv?paragraph=1").content.decode("utf-8-sig"))))
    assert [(row["document"], row["pinpoint"]) for row in rows] == [("S/RES/1454 (2002)", "para. 1")]
    assert client.get("/resolutions/S/RES/1447(2002)/citing.csv?paragraph=2").content.decode("utf-8-sig").count("\n") == 1
    feed = client.get("/resolutions/S/RES/1360(2001)/feed/?paragraph=6").content.decode()
    assert feed.count("<entry>") == 1 and "paragraph=6" in feed
    assert client.get("/resolutions/S/RES/1360(2001)/feed/?paragraph=5").content.decode().count("<entry>") == 0
    v1 = client.get(reverse("api-v1:resolution-citing", kwargs={"path": "S/RES/1447(2002)"}), {"paragraph": "1"}).json()
    assert [item["document"] for item in v1["results"]] == ["S/RES/1454 (2002)"]
    legacy = client.get("/api/resolutions/S/RES/1447(2002)/?paragraph=2").json()
    assert legacy["paragraphs"] == []


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["x", "3c", "1" * 50, "<b>"])
def test_a_paragraph_that_names_nothing_is_refused_with_a_reason(client, archive, value):
    page = client.get("/resolutions/S/RES/1447(2002)/", {"paragraph": value})
    assert page.status_code == 400
    assert "执行段落编号" in page.content.decode()
    assert client.get("/resolutions/S/RES/1447(2002)/citing.csv", {"paragraph": value}).status_code == 400
    v1 = client.get(reverse("api-v1:resolution-citing", kwargs={"path": "S/RES/1447(2002)"}), {"paragraph": value})
    assert v1.status_code == 400


@pytest.mark.django_db
def test_a_resolution_the_archive_does_not_hold_has_no_text_section(client, archive):
    page = client.get("/resolutions/S/RES/1360(2001)/").content.decode()
    assert 'class="resolution-text"' not in page
    # Cited in the preamble and in ¶1 and ¶3 of 1447, by pinpoint in ¶1 only.
    assert list(Reference.objects.filter(target="S/RES/1360 (2001)").values_list("paragraph__anchor", "pinpoint")) == [
        ("p3", ""), ("1", "paras. 2, 3 and 6 to 13"), ("3", ""),
    ]



@pytest.mark.django_db
def test_searching_a_resolution_finds_its_own_text_even_where_no_line_prints_its_number(tmp_path):
    from search import engine

    operative = (HERE / "s_res_1518_2003.txt").read_text(encoding="utf-8").split("决定按照", 1)[1]
    excerpt = tmp_path / "excerpt.txt"
    excerpt.write_text("决定按照" + operative, encoding="utf-8")
    excerpt.with_suffix(".json").write_text(json.dumps({"symbol": "S/RES/1518 (2003)"}), encoding="utf-8")
    call_command("ingest", str(excerpt), stdout=io.StringIO())
    for query in ("第1518号决议", "S/RES/1518 (2003)", "1518"):
        assert {hit.paragraph.document.symbol for hit in engine.search(query).hits} == {"S/RES/1518 (2003)"}, query

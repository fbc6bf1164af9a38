"""References stored on import, linked in place, and browsable by resolution and body."""
import json

import pytest
from django.core.management import call_command

from archive.models import Reference

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("corpus")]


def test_import_stores_every_resolution_reference_counted_by_reading():
    per_document = {}
    for symbol, key in Reference.objects.filter(type="resolution").values_list(
        "paragraph__document__symbol", "paragraph__document__key"
    ):
        per_document[symbol or key] = per_document.get(symbol or key, 0) + 1
    assert per_document == {"CD/2118": 27, "S/2010/52": 32, "002-2df1659267c69416": 15, "S/AC.44/SR.74": 33, "A/74/140": 32}
    assert not Reference.objects.filter(type="resolution", status="unresolved").exists()


def test_reference_offsets_index_the_stored_text():
    for reference in Reference.objects.select_related("paragraph"):
        assert reference.paragraph.text[reference.start : reference.end] == reference.surface


def test_json_paragraph_references(client):
    data = json.loads(client.get("/api/documents/S/2010/52/").content)
    p1 = next(p for p in data["paragraphs"] if p["anchor"] == "p1")
    resolutions = [(r["target"], r["surface"], r["pinpoint"]) for r in p1["references"] if r["type"] == "resolution"]
    assert resolutions == [
        ("S/RES/1540 (2004)", "第 1540(2004)号决议", None),
        ("S/RES/1810 (2008)", "第 1810(2008)号决议第 8 段", "para. 8"),
        ("S/RES/1540 (2004)", "第 1540(2004)号决议", None),
    ]
    for reference in p1["references"]:
        assert p1["text"][reference["start"] : reference["end"]] == reference["surface"]


def test_references_are_linked_in_place_on_the_document_page(client):
    html = client.get("/documents/S/2010/52/").content.decode()
    assert '<a class="ref ref-resolution" href="/resolutions/S/RES/1810(2008)/?paragraph=8" title="S/RES/1810 (2008)">第 1810(2008)号决议第 8 段</a>' in html
    assert '<a class="ref ref-document" href="https://undocs.org/zh/S/2008/493" title="S/2008/493">S/2008/493</a>' in html


def test_resolution_page_lists_every_citing_paragraph_newest_first(client):
    response = client.get("/resolutions/S/RES/1810(2008)/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("S/AC.44/SR.74") < html.index("S/2010/52")
    for anchor in ('id="2"', 'id="p1"', 'id="6"'):
        assert anchor in html
    assert "<mark>第 1810(2008)号决议第 8 段</mark>" in html
    assert "https://undocs.org/en/S/RES/1810(2008)" in html


@pytest.mark.parametrize("lenient", ["/resolutions/1540/", "/resolutions/S/RES/1540%20(2004)/", "/resolutions/S/RES/1540(2004)/"])
def test_lenient_resolution_urls_reach_the_canonical_page(client, lenient):
    response = client.get(lenient, follow=True)
    assert response.redirect_chain in ([], [("/resolutions/S/RES/1540(2004)/", 301)])
    assert response.status_code == 200
    assert client.get("/r/1540")["Location"] == "/resolutions/S/RES/1540(2004)/"


def test_resolution_json_and_unknown_resolution(client):
    data = json.loads(client.get("/api/resolutions/73/55/").content)
    assert data["symbol"] == "A/RES/73/55"
    assert sorted((p["document"], p["anchor"]) for p in data["paragraphs"]) == [
        ("A/74/140", "1"), ("A/74/140", "2"), ("A/74/140", "guba-p7"),
        ("A/74/140", "guoji-minyonghangkong-zuzhi-p3"), ("A/74/140", "yindu-p3"),
    ]
    assert client.get("/resolutions/9999/").status_code == 404
    listed = {r["symbol"]: r["citing_paragraphs"] for r in json.loads(client.get("/api/resolutions/").content)}
    assert listed["S/RES/1810 (2008)"] == 3


def test_body_page_finds_acronym_and_chinese_forms(client):
    data = json.loads(client.get("/api/bodies/opcw/").content)
    surfaces = {r["surface"] for p in data["paragraphs"] for r in p["references"]}
    assert {"禁止化学武器组织", "禁化武组织"} <= surfaces
    assert client.get("/bodies/opcw/").status_code == 200
    assert client.get("/bodies/no-such-body/").status_code == 404


def stored():
    return sorted(Reference.objects.values_list(
        "paragraph_id", "type", "target", "surface", "start", "end", "pinpoint", "status", "note"))


def test_extract_references_command_rebuilds_what_the_import_stored(capsys):
    # not a figure copied from the output: the command must give back exactly the import's references
    imported = stored()
    Reference.objects.all().delete()
    call_command("extract_references")
    assert f"5 documents, {len(imported)} references" in capsys.readouterr().out
    assert stored() == imported
    assert Reference.objects.filter(type="resolution").count() == 27 + 32 + 15 + 33 + 32  # counted by reading, above


def test_extract_references_again_updates_stale_references_and_keeps_every_anchor(capsys):
    from archive.models import Paragraph

    anchors = sorted(Paragraph.objects.values_list("id", "document__key", "anchor"))
    fresh = stored()
    # References as an older, smaller register left them: years missing, some not found at all.
    Reference.objects.filter(type="resolution").update(target="", status="unresolved", note="stale")
    Reference.objects.filter(type="body", paragraph__document__symbol="CD/2118").delete()
    call_command("extract_references")
    assert f"5 documents, {len(fresh)} references" in capsys.readouterr().out
    assert stored() == fresh
    assert sorted(Paragraph.objects.values_list("id", "document__key", "anchor")) == anchors


def test_a_link_the_text_contradicts_is_shown_to_editors(admin_client):
    from archive.models import ParagraphLink

    [conflict] = ParagraphLink.objects.exclude(conflict="")
    assert (conflict.paragraph.document.symbol, conflict.paragraph.anchor, conflict.target) == ("A/74/140", "sec-iii-p15", "E/RES/2016/51")
    assert "(CFSP)2016/51 号决定" in conflict.conflict
    assert not Reference.objects.filter(target="E/RES/2016/51").exists()  # the text wins
    page = admin_client.get("/admin/archive/paragraphlink/?conflict=yes").content.decode()
    assert "E/RES/2016/51" in page and "1 paragraph link" in page


def test_admin_requires_login(client):
    response = client.get("/admin/archive/document/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_resolution_page_shows_pinpoints(client):
    html = client.get("/resolutions/S/RES/1810(2008)/").content.decode()
    assert '<p class="pinpoint">引用部分：第8段</p>' in html
    english = client.get("/en/resolutions/S/RES/1810(2008)/").content.decode()
    assert '<p class="pinpoint">Pinpoint: para. 8</p>' in english


def test_treaty_pages_like_body_pages(client):
    mentioning = set(Reference.objects.filter(type="treaty", target="NPT").values_list("paragraph__anchor", flat=True))
    assert mentioning
    page = client.get("/treaties/npt/").content.decode()
    assert "不扩散核武器条约" in page and "Treaty on the Non-Proliferation of Nuclear Weapons" in page
    assert '<link rel="alternate" type="application/atom+xml" href="/treaties/npt/feed/"' in page
    assert 'href="/treaties/npt/citing.csv"' in page
    feed = client.get("/treaties/npt/feed/")
    assert feed.status_code == 200 and feed.content.count(b"<entry>") == len(mentioning)
    rows = client.get("/treaties/npt/citing.csv").content.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + len(mentioning)
    assert "/treaties/npt/" in client.get("/treaties/").content.decode()
    assert client.get("/treaties/no-such-treaty/").status_code == 404
    assert client.get("/treaties/no-such-treaty/feed/").status_code == 404


def test_treaty_references_are_linked_in_place(client):
    reference = Reference.objects.filter(type="treaty", target="NPT").select_related("paragraph__document").first()
    page = client.get(reference.paragraph.get_absolute_url()).content.decode()
    assert f'<a class="ref ref-treaty" href="/treaties/npt/" title="《不扩散核武器条约》">{reference.surface}</a>' in page

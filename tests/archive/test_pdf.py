"""PDF import: each sample document, typeset as the UN prints it, imports to the paragraphs and
anchors of its text extraction; bad PDFs are refused with a message saying what to do."""
import copy
import io
import re
from collections import Counter

import pypdfium2 as pdfium
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from archive.importing import import_file, store
from archive.models import AnchorChange, Document
from archive.pipeline import UnreadableFile, parse_file
from tests.conftest import CD_2118, FIXTURES, SPAIN_LETTER
from tests.un_pdf import FONT, render_document, render_pages

JOB = "18-02157"
SAMPLES = sorted(FIXTURES.glob("*.txt"))


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """Every sample document as a PDF (with its sidecar), made once per test session."""
    folder = tmp_path_factory.mktemp("pdfs")
    documents = {}
    for source in SAMPLES:
        text = parse_file(source)
        pdf = folder / source.with_suffix(".pdf").name
        render_document(text, pdf, job=JOB)
        if source.with_suffix(".json").exists():
            pdf.with_suffix(".json").write_bytes(source.with_suffix(".json").read_bytes())
        documents[source.stem] = (text, pdf, parse_file(pdf))
    return documents


def paragraph_f1(expected, found):
    want = Counter((p.kind, p.label, p.text) for p in expected)
    got = Counter((p.kind, p.label, p.text) for p in found)
    common = sum((want & got).values())
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall) if common else 0.0


@pytest.mark.parametrize("source", SAMPLES, ids=lambda path: path.stem)
def test_a_typeset_sample_imports_to_the_paragraphs_and_anchors_of_its_text(rendered, source):
    text, pdf, parsed = rendered[source.stem]
    assert paragraph_f1(text.paragraphs, parsed.paragraphs) >= 0.95
    assert [p.anchor for p in parsed.paragraphs] == [p.anchor for p in text.paragraphs]
    # Hyperlink annotations reach the same paragraphs as the text extraction's link lines, and
    # references and link conflicts come out the same.
    for name in ("links", "references", "link_conflicts"):
        assert [getattr(p, name) for p in parsed.paragraphs] == [getattr(p, name) for p in text.paragraphs]
    for field in ("symbol", "title", "date", "language", "original_language"):
        assert getattr(parsed.description, field) == getattr(text.description, field)


@pytest.mark.parametrize("source", SAMPLES, ids=lambda path: path.stem)
def test_no_page_furniture_reaches_a_paragraph(rendered, source):
    text, pdf, parsed = rendered[source.stem]
    assert len(pdfium.PdfDocument(pdf)) >= 2
    counter = re.compile(r"(?<![\w/.])\d{1,2}/9(?![\w/])")
    for paragraph in parsed.paragraphs:
        assert JOB not in paragraph.text and JOB.replace("-", "") not in paragraph.text
        assert "120218" not in paragraph.text
        assert paragraph.text not in (text.description.symbol, "联合国", "Chinese", "Distr.: General")
    assert sum(len(counter.findall(p.text)) for p in parsed.paragraphs) == sum(len(counter.findall(p.text)) for p in text.paragraphs)


def test_footnotes_stay_footnotes_and_their_markers_superscripts(rendered):
    text, pdf, parsed = rendered[SPAIN_LETTER.stem]
    notes = [(p.anchor, p.label, p.text) for p in parsed.paragraphs if p.kind == "footnote"]
    assert notes == [(p.anchor, p.label, p.text) for p in text.paragraphs if p.kind == "footnote"]
    assert notes and notes[0][0] == "fn-1"
    cited = [p for p in parsed.paragraphs if "¹" in p.text]
    assert [p.anchor for p in cited] == [p.anchor for p in text.paragraphs if "¹" in p.text] != []


def test_hanging_labels_and_chinese_text_survive_justification(tmp_path):
    pdf = tmp_path / "labels.pdf"
    long = "各国应当采取并执行适当和有效的措施，" * 6
    render_pages(pdf, [
        ("title", "", "关于执行第 1540(2004)号决议的报告"),
        ("heading", "一.", "导言"),
        ("para", "1.", long + "以防止扩散。"),
        ("item", "(a)", long + "加强出口管制；"),
        ("item", "(b)", "建立国家管制清单。"),
        ("para", "", long + "并报告进展。"),
    ])
    parsed = parse_file(pdf)
    found = [(p.anchor, p.kind, p.label, p.text) for p in parsed.paragraphs]
    assert found == [
        ("title", "title", "", "关于执行第 1540(2004)号决议的报告"),
        ("sec-i", "heading", "一.", "导言"),
        ("1", "para", "1.", long + "以防止扩散。"),
        ("1-a", "item", "(a)", long + "加强出口管制；"),
        ("1-b", "item", "(b)", "建立国家管制清单。"),
        ("1-p1", "para", "", long + "并报告进展。"),
    ]
    assert parsed.description.symbol == "S/2099/1"


@pytest.mark.django_db
def test_reimporting_a_pdf_changes_nothing_and_a_corrected_pdf_keeps_anchors(rendered, tmp_path):
    text, pdf, _ = rendered[CD_2118.stem]
    first, second = import_file(pdf), import_file(pdf)
    assert (first.status, second.status) == ("new", "unchanged")
    anchors = list(first.document.paragraphs.values_list("anchor", flat=True))
    corrected, text = tmp_path / pdf.name, copy.deepcopy(text)
    for paragraph in text.paragraphs:
        if paragraph.anchor == "5-h":
            paragraph.text = paragraph.text.replace("有必要持续", "有必要继续")
    render_document(text, corrected, job=JOB)
    result = import_file(corrected)
    assert result.status == "updated"
    assert list(result.document.paragraphs.values_list("anchor", flat=True)) == anchors
    assert "有必要继续关注" in result.document.paragraphs.get(anchor="5-h").text
    assert not AnchorChange.objects.exists()


@pytest.mark.django_db
def test_the_pdf_replacing_its_text_extraction_keeps_every_anchor_and_text(rendered):
    text_result = import_file(CD_2118)
    before = dict(text_result.document.paragraphs.values_list("anchor", "text"))
    result = store(rendered[CD_2118.stem][2], replace=True)
    assert result.document.pk == text_result.document.pk
    assert dict(result.document.paragraphs.values_list("anchor", "text")) == before
    assert not AnchorChange.objects.exists()


def _blank_page(path, **options):
    page = canvas.Canvas(str(path), **options)
    page.rect(72, 72, 400, 600, fill=1)
    page.showPage()
    page.save()
    return path


def _refusal(path):
    with pytest.raises(UnreadableFile) as error:
        parse_file(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_a_scanned_pdf_asks_for_ocr(tmp_path):
    assert "请先做 OCR" in _refusal(_blank_page(tmp_path / "scan.pdf"))


def test_an_encrypted_pdf_asks_for_decryption(tmp_path):
    assert "已加密" in _refusal(_blank_page(tmp_path / "locked.pdf", encrypt="secret"))


def test_a_damaged_a_truncated_and_an_empty_pdf_are_refused(tmp_path, rendered):
    good = rendered[CD_2118.stem][1].read_bytes()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200 + b"\n%%EOF\n")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[: len(good) // 2])
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    not_pdf = tmp_path / "page.pdf"
    not_pdf.write_text("<html>404 Not Found</html>", encoding="utf-8")
    assert "已损坏" in _refusal(damaged)
    assert "截断" in _refusal(truncated)
    assert "文件为空" in _refusal(empty)
    assert "不是 PDF" in _refusal(not_pdf)


def test_a_pdf_in_neither_chinese_nor_english_asks_for_the_chinese_version(tmp_path):
    path = tmp_path / "french.pdf"
    render_pages(path, [("para", f"{n}.", "Décide que tous les États doivent adopter et appliquer une législation appropriée et efficace. " * 3) for n in range(1, 4)])
    assert _refusal(path).endswith("既不是中文也不是英文文件，请下载中文版本 (neither a Chinese nor an English document: import the Chinese version)")


def test_an_english_pdf_is_read_as_english(tmp_path):
    path = tmp_path / "english.pdf"
    render_pages(path, [("para", f"{n}.", "States shall adopt and enforce appropriate effective laws. " * 3) for n in range(1, 4)])
    parsed = parse_file(path)
    assert parsed.description.language == "en"
    assert [(p.anchor, p.text[:20]) for p in parsed.paragraphs] == [(str(n), "States shall adopt a") for n in range(1, 4)]


@pytest.mark.django_db
def test_ingest_refuses_a_folder_with_one_bad_pdf_and_imports_nothing(rendered, tmp_path, capsys):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(rendered[CD_2118.stem][1].read_bytes())
    _blank_page(folder / "scan.pdf")
    with pytest.raises(CommandError):
        call_command("ingest", str(folder))
    assert not Document.objects.exists()
    errors = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(errors) == 1 and "scan.pdf" in errors[0] and "OCR" in errors[0]


def test_the_content_decides_the_type_not_the_name(rendered, tmp_path):
    text, pdf, parsed = rendered[CD_2118.stem]
    misnamed = tmp_path / "cd2118.txt"
    misnamed.write_bytes(pdf.read_bytes())
    assert [(p.anchor, p.text) for p in parse_file(misnamed).paragraphs] == [(p.anchor, p.text) for p in parsed.paragraphs]


def test_an_underline_in_the_text_is_not_a_footnote_rule(tmp_path):
    """A short rule in the lower half with a numbered paragraph (not a footnote number) below it."""
    path = tmp_path / "underlined.pdf"
    page = canvas.Canvas(str(path))
    page.setFont(FONT, 10.5)
    lines = ["1. 各国应当采取并执行适当和有效的措施。", "2. 各国应当报告进展。", "3. 委员会将审议这些报告。"]
    for index, line in enumerate(lines):
        page.drawString(72, 400 - index * 24, line)
    page.line(72, 372, 160, 372)
    page.showPage()
    page.save()
    parsed = parse_file(path)
    assert [(p.anchor, p.kind, p.text) for p in parsed.paragraphs] == [
        ("1", "para", "各国应当采取并执行适当和有效的措施。"),
        ("2", "para", "各国应当报告进展。"),
        ("3", "para", "委员会将审议这些报告。"),
    ]


def test_type_enlarged_by_the_text_matrix_reads_like_type_set_at_its_size(rendered, tmp_path):
    text, _, _ = rendered[CD_2118.stem]
    pdf = tmp_path / "scaled.pdf"
    render_document(text, pdf, job=JOB, scaled=True)
    parsed = parse_file(pdf)
    assert [(p.anchor, p.text) for p in parsed.paragraphs] == [(p.anchor, p.text) for p in text.paragraphs]


def test_letter_spaced_type_gets_no_spaces_a_word_gap_does(tmp_path):
    path = tmp_path / "spaced.pdf"
    page = canvas.Canvas(str(path))
    for y, text, spacing in ((700, "附件", 30), (670, "1. 各国执行第1540(2004)号决议。", 6), (640, "2. 参见 S/2016/1013 号文件。", 0)):
        line = page.beginText(72, y)
        line.setFont(FONT, 10.5)
        line.setCharSpace(spacing)
        line.textOut(text)
        page.drawText(line)
    page.showPage()
    page.save()
    assert [p.text for p in parse_file(path).paragraphs] == ["附件", "各国执行第1540(2004)号决议。", "参见 S/2016/1013 号文件。"]


def test_a_chinese_letter_with_a_long_english_annex_imports(tmp_path):
    path = tmp_path / "annex.pdf"
    annex = "States shall adopt and enforce appropriate effective laws which prohibit any non-State actor. " * 4
    letter = "我谨代表安全理事会第 1540(2004)号决议所设委员会，随函转递各国提交的关于执行该决议的国家报告(见附件)，请将本函及其附件作为安全理事会文件分发为荷。"
    render_pages(path, [("para", "1.", letter), ("para", "2.", letter)] + [("para", f"{n}.", annex) for n in range(3, 40)])
    assert len(parse_file(path).paragraphs) == 39


def test_scanned_pages_among_text_pages_ask_for_ocr(tmp_path):
    path = tmp_path / "annexed-scan.pdf"
    page = canvas.Canvas(str(path))
    page.setFont(FONT, 10.5)
    page.drawString(72, 700, "1. 谨随函转递报告(见附件)。")
    page.showPage()
    picture = io.BytesIO()
    Image.new("L", (200, 280), 200).save(picture, format="PNG")
    page.drawImage(ImageReader(picture), 0, 0, 595, 842)
    page.showPage()
    page.save()
    assert "第 2 页是扫描图像" in _refusal(path)

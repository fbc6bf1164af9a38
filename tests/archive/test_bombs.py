"""Import bombs (issue #26, item 3): files small on disk that would cost minutes or gigabytes are
refused early by the caps of archive/pipeline/limits.py, each with one line, and nothing is
imported. Each bomb here is real and just over its cap."""
import io
import struct
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from docx import Document as WordDocument
from reportlab.pdfgen import canvas

from archive.models import Document
from archive.pipeline import caps, limits, parse_file
from archive.pipeline.docx import _check_package
from archive.pipeline.reading import UnreadableFile
from tests.conftest import CD_2118

pytestmark = pytest.mark.django_db

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SENTENCE = "各国应当采取并执行适当和有效的措施，防止核生化武器扩散。"


def refused(capsys, *paths):
    """The error lines of an ingest of CD/2118 and `paths`, which must import nothing."""
    with pytest.raises(CommandError, match="未导入任何文件"):
        call_command("ingest", str(CD_2118), *map(str, paths), stdout=io.StringIO())
    assert not Document.objects.exists()
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("错误 (error): ")]


def body_xml(paragraphs):
    runs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{runs}</w:body></w:document>'


def word_file(path, document_xml, extra=()):
    """A real .docx (python-docx's own parts) whose body is `document_xml`, plus `extra` members."""
    template = io.BytesIO()
    WordDocument().save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.namelist():
            target.writestr(item, document_xml if item == "word/document.xml" else source.read(item))
        for name, size in extra:
            with target.open(name, "w", force_zip64=True) as member:
                chunk = b"\0" * 2**20
                for _ in range(size // len(chunk)):
                    member.write(chunk)
                member.write(b"\0" * (size % len(chunk)))
    return path


def test_a_docx_of_more_paragraphs_than_a_document_has_is_refused_while_its_body_is_read(tmp_path, capsys):
    path = word_file(tmp_path / "many.docx", body_xml([SENTENCE] * (limits.PARAGRAPHS + 1)))
    assert path.stat().st_size < 100_000
    assert refused(capsys, path) == [f"错误 (error): {path}: 段落超过 20000 个，不是一份文件的篇幅 (more than 20000 paragraphs)"]


def test_a_docx_at_the_paragraph_cap_passes_the_check():
    data = io.BytesIO()
    word_file(data, body_xml([SENTENCE] * limits.PARAGRAPHS + [""] * 100))
    _check_package(data.getvalue(), "cap.docx")  # empty paragraphs (spacing) are not counted


def test_a_docx_paragraph_longer_than_a_paragraph_is_refused(tmp_path, capsys):
    text = "委" * limits.PARAGRAPH_CHARS + "员"
    path = word_file(tmp_path / "long.docx", body_xml(["1. 导言。", text]))
    assert refused(capsys, path) == [
        f"错误 (error): {path}: 有一段超过 30000 个字符（开头：{'委' * 20}） (a paragraph longer than 30000 characters, starting “{'委' * 20}”)"
    ]


def test_a_docx_body_over_the_xml_cap_is_refused_by_its_declared_size_before_it_is_read(tmp_path, capsys):
    padded = body_xml([SENTENCE]).replace("<w:body>", "<w:body>" + " " * limits.DOCX_XML_BYTES)
    path = word_file(tmp_path / "padded.docx", padded)
    assert path.stat().st_size < 100_000
    assert refused(capsys, path) == [
        f"错误 (error): {path}: Word 文件的 word/document.xml 解压后超过 32 MB (part word/document.xml larger than 32 MB uncompressed)"
    ]


def test_a_docx_whose_parts_together_pass_the_package_cap_is_refused(tmp_path, capsys):
    path = word_file(tmp_path / "heavy.docx", body_xml([SENTENCE]), extra=[("word/media/image1.png", limits.DOCX_BYTES)])
    assert refused(capsys, path) == [f"错误 (error): {path}: Word 文件解压后超过 128 MB (larger than 128 MB uncompressed)"]


def test_a_docx_lying_about_its_body_size_is_refused_as_damaged(tmp_path, capsys):
    """A zip header declaring 1 KB for a 33 MB body: reading stops at the declared size (whose
    checksum then fails), so the body is never inflated beyond it."""
    padded = body_xml([SENTENCE]).replace("<w:body>", "<w:body>" + " " * (limits.DOCX_XML_BYTES + 1))
    path = word_file(tmp_path / "liar.docx", padded)
    data = bytearray(path.read_bytes())
    central, local = body_headers(data)
    struct.pack_into("<I", data, central + 24, 1024)
    struct.pack_into("<I", data, local + 22, 1024)
    path.write_bytes(bytes(data))
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == 1024
    assert refused(capsys, path) == [f"错误 (error): {path}: Word 文件已损坏，无法读取 (damaged .docx file)"]


def body_headers(data):
    """Offsets of word/document.xml's central directory entry and local header."""
    name = b"word/document.xml"
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    return central, struct.unpack_from("<I", data, central + 42)[0]


def test_a_docx_body_compressed_by_a_method_zipfile_lacks_is_refused_as_damaged(tmp_path, capsys):
    path = word_file(tmp_path / "deflate64.docx", body_xml([SENTENCE]))
    data = bytearray(path.read_bytes())
    central, local = body_headers(data)
    struct.pack_into("<H", data, central + 10, 9)  # Deflate64
    struct.pack_into("<H", data, local + 8, 9)
    path.write_bytes(bytes(data))
    assert refused(capsys, path) == [f"错误 (error): {path}: Word 文件已损坏，无法读取 (damaged .docx file)"]


def test_a_docx_body_of_nested_entities_is_refused_as_damaged_without_expanding_them(tmp_path, capsys):
    """Billion laughs: ten levels of ten references would be 10⁹ copies of one entity."""
    entities = '<!ENTITY a "措施措施措施措施措施">' + "".join(
        f'<!ENTITY {chr(98 + level)} "{f"&{chr(97 + level)};" * 10}">' for level in range(9)
    )
    xml = body_xml(["&j;"]).replace("<w:document", f"<!DOCTYPE w:document [{entities}]><w:document", 1)
    path = word_file(tmp_path / "laughs.docx", xml)
    assert refused(capsys, path) == [f"错误 (error): {path}: Word 文件已损坏，无法读取 (damaged .docx file)"]


def test_a_docx_body_naming_an_external_entity_is_read_without_it(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密", encoding="utf-8")
    entity = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
    xml = body_xml([SENTENCE * 5 + "&x;"]).replace("<w:document", entity + "<w:document", 1)
    document = parse_file(word_file(tmp_path / "external.docx", xml))
    assert [p.text for p in document.paragraphs] == [SENTENCE * 5]


def pdf_file(path, runs, size=4):
    """A one-page PDF drawing `runs` (x, y, text), each its own text object."""
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", size)
    for x, y, text in runs:
        page.drawString(x, y, text)
    page.save()
    return path


def test_a_pdf_page_of_more_text_objects_than_a_page_has_is_refused(tmp_path, capsys):
    runs = [(20 + (n % 100) * 5, 20 + (n // 100) % 160 * 5, "a") for n in range(limits.PDF_PAGE_TEXT_OBJECTS + 1)]
    path = pdf_file(tmp_path / "runs.pdf", runs)
    assert refused(capsys, path) == [
        f"错误 (error): {path}: 第 1 页的文字对象超过 20000 个 (page 1: more than 20000 text objects)"
    ]


def test_a_pdf_page_of_more_characters_than_a_page_has_is_refused(tmp_path, capsys):
    per_run = 1_000  # a row across the page in 1-point type: pdfium counts only what lies on it
    runs = [(10, 800 - 2 * n, "a" * per_run) for n in range(limits.PDF_PAGE_CHARS // per_run)] + [(10, 100, "a")]
    path = pdf_file(tmp_path / "chars.pdf", runs, size=1)
    assert refused(capsys, path) == [f"错误 (error): {path}: 第 1 页超过 30000 个字符 (page 1: more than 30000 characters)"]


def shared_pages_pdf(path, pages, rows):
    """A PDF of `pages` pages that all draw one content stream: `rows` rows of 1,000 characters
    in 1-point type. Small on disk however many characters it draws."""
    row = "a" * 1000
    stream = "".join(f"BT /F1 1 Tf 10 {800 - 2 * n} Td ({row}) Tj ET\n" for n in range(rows)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + n) for n in range(pages)) + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    data, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(data))
    return path


def test_a_pdf_of_more_pages_than_a_document_has_is_refused_before_any_is_read(tmp_path, capsys):
    path = shared_pages_pdf(tmp_path / "pages.pdf", limits.PDF_PAGES + 1, rows=0)
    assert refused(capsys, path) == [f"错误 (error): {path}: PDF 超过 5000 页 (more than 5000 pages)"]


def test_a_pdf_whose_pages_share_one_dense_content_stream_is_refused_before_any_is_read(tmp_path, capsys):
    rows = limits.PDF_PAGE_CHARS // 1000 - 1
    path = shared_pages_pdf(tmp_path / "shared.pdf", limits.PDF_CHARS // (rows * 1000) + 1, rows)
    assert path.stat().st_size < 100_000
    assert refused(capsys, path) == [f"错误 (error): {path}: PDF 超过 2000000 个字符 (more than 2000000 characters)"]


def test_a_text_line_longer_than_a_paragraph_is_refused_before_cleaning(tmp_path, capsys):
    path = tmp_path / "line.txt"
    path.write_text("S/2099/1\n\n1. " + "委" * limits.PARAGRAPH_CHARS + "\n", encoding="utf-8")
    assert refused(capsys, path) == [
        f"错误 (error): {path}: 有一段超过 30000 个字符（开头：1. {'委' * 17}） (a paragraph longer than 30000 characters, starting “1. {'委' * 17}”)"
    ]


def test_a_text_of_more_lines_than_a_document_has_is_refused(tmp_path, capsys):
    path = tmp_path / "lines.txt"
    path.write_text("委\n" * limits.TEXT_LINES, encoding="utf-8")
    assert refused(capsys, path) == [f"错误 (error): {path}: 超过 250000 行 (more than 250000 lines)"]


def test_a_text_of_more_paragraphs_than_a_document_has_is_refused(tmp_path, capsys):
    path = tmp_path / "paragraphs.txt"
    path.write_text("\n".join(f"{n}. 措施。" for n in range(1, limits.PARAGRAPHS + 2)), encoding="utf-8")
    assert refused(capsys, path) == [
        "错误 (error): paragraphs.txt: 段落超过 20000 个，不是一份文件的篇幅 (more than 20000 paragraphs)"
    ]


def test_a_paragraph_of_many_short_lines_is_refused_as_it_grows(tmp_path, capsys):
    """Comma-ended lines all join one paragraph; joining used to cost the square of its lines."""
    lines = limits.PARAGRAPH_CHARS // 10 + 1
    path = tmp_path / "joined.txt"
    path.write_text("S/2099/1\n\n" + "委员会审议了国家报告，\n" * lines, encoding="utf-8")
    assert refused(capsys, path) == [
        "错误 (error): joined.txt: 有一段超过 30000 个字符（开头：委员会审议了国家报告，） (a paragraph longer than 30000 characters, starting “委员会审议了国家报告，”)"
    ]


def test_a_footnote_longer_than_a_paragraph_is_refused(tmp_path, capsys):
    lines = limits.PARAGRAPH_CHARS // 10 + 1
    path = tmp_path / "note.txt"
    path.write_text("S/2099/1\n\n1. 各国应当采取措施。1\n__________\n1 " + "见委员会的国家报告，\n" * lines, encoding="utf-8")
    assert refused(capsys, path) == [
        "错误 (error): note.txt: 有一段超过 30000 个字符（开头：见委员会的国家报告，见委员会的国家报告，） (a paragraph longer than 30000 characters, starting “见委员会的国家报告，见委员会的国家报告，”)"
    ]


def test_a_line_at_the_cap_passes_the_text_check():
    text = "委" * limits.PARAGRAPH_CHARS + "\n" * (limits.TEXT_LINES - 1)
    assert caps.check_text(text, "cap.txt") is text
    with pytest.raises(UnreadableFile):
        caps.check_text(text + "\n", "over.txt")

"""Word import: Word's own paragraphs and list numbering become the archive's paragraphs and labels;
folders may mix Word, PDF and text files."""
import io
import zipfile

import pytest
from django.core.management import call_command
from docx import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from archive.models import Document
from archive.pipeline import UnreadableFile, parse_file
from tests.conftest import CD_2118
from tests.un_pdf import render_pages

FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
LETTERED = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>
<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>"""


def _lettered_list(document):
    """A list numbered (a), (b), … as UN documents letter their sub-paragraphs."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(LETTERED))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _number(paragraph, num_id):
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _footnote(document, paragraph, text):
    """Word keeps footnotes in their own part, cited by a reference mark in the text."""
    xml = f'<w:footnotes {nsdecls("w")}><w:footnote w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))


@pytest.fixture
def letter(tmp_path):
    document = WordDocument()
    document.add_paragraph("2016年12月1日西班牙常驻联合国代表给秘书长的信", style="Title")
    document.add_heading("一. 导言", level=1)
    first = document.add_paragraph("安全理事会通过第 1540(2004)号决议，促使世界各地采取重大步骤", style="List Number")
    _footnote(document, first, "见 S/RES/1540 (2004)。")
    first.add_run("。")
    document.add_paragraph("各国报告了按该决议采取的措施：", style="List Number")
    lettered = _lettered_list(document)
    for text in ("加强出口管制；", "建立国家管制清单。"):
        _number(document.add_paragraph(text), lettered)
    document.add_paragraph("请将本函及其附件作为安全理事会文件分发为荷。")
    signature = document.add_paragraph("常驻代表")
    signature.add_run().add_break()
    signature.add_run("罗曼·奥亚尔孙(签名)")
    path = tmp_path / "letter.docx"
    document.save(path)
    return path


def test_word_numbering_gives_paragraphs_labels_and_anchors(letter):
    parsed = parse_file(letter)
    assert [(p.anchor, p.kind, p.label, p.text) for p in parsed.paragraphs] == [
        ("title", "title", "", "2016年12月1日西班牙常驻联合国代表给秘书长的信"),
        ("sec-i", "heading", "一.", "导言"),
        ("1", "para", "1.", "安全理事会通过第 1540(2004)号决议，促使世界各地采取重大步骤¹。"),
        ("2", "para", "2.", "各国报告了按该决议采取的措施："),
        ("2-a", "item", "(a)", "加强出口管制；"),
        ("2-b", "item", "(b)", "建立国家管制清单。"),
        ("2-p1", "para", "", "请将本函及其附件作为安全理事会文件分发为荷。"),
        ("signature", "signature", "", "常驻代表\n罗曼·奥亚尔孙(签名)"),
        ("fn-1", "footnote", "1", "见 S/RES/1540 (2004)。"),
    ]
    assert parsed.description.date.isoformat() == "2016-12-01" and parsed.description.doc_type == "letter"
    assert parsed.source_name == "letter.docx" and parsed.source_path == str(letter)


def test_old_word_files_and_other_zips_are_refused_with_what_to_do(tmp_path, letter):
    old = tmp_path / "report.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    archive = tmp_path / "bundle.docx"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("readme.txt", "not a Word file")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(letter) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.namelist():
            target.writestr(item, b"<w:document" if item == "word/document.xml" else source.read(item))
    messages = {}
    for path in (old, archive, broken):
        with pytest.raises(UnreadableFile) as error:
            parse_file(path)
        messages[path.name] = str(error.value)
    assert "soffice --headless --convert-to docx" in messages["report.doc"]
    assert "不是 Word (.docx) 文件" in messages["bundle.docx"]
    assert "Word 文件已损坏" in messages["broken.docx"]
    assert all(message.startswith(str(tmp_path)) and "\n" not in message for message in messages.values())


@pytest.mark.django_db
def test_ingest_takes_a_folder_mixing_word_pdf_and_text(tmp_path, letter):
    folder = tmp_path / "downloads"
    (folder / "sub").mkdir(parents=True)
    letter.rename(folder / "letter.docx")
    render_pages(folder / "sub" / "report.pdf", [("para", "1.", "各国应当采取并执行适当和有效的措施。")], symbol="S/2099/9")
    (folder / "cd.txt").write_bytes(CD_2118.read_bytes())
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    call_command("ingest", str(folder), stdout=io.StringIO())
    assert sorted(Document.objects.values_list("source_file", flat=True)) == ["cd.txt", "letter.docx", "report.pdf"]

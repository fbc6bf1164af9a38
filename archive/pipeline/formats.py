"""Formats: what kind of file this is, by its first bytes rather than its name alone."""
import io
import zipfile
from pathlib import Path

from .reading import UnreadableFile

PDF, DOCX, TEXT = "pdf", "docx", "text"
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    TEXT: "text/plain; charset=utf-8",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Word (.doc), Excel, …


def file_type(data, name):
    """PDF, DOCX or TEXT; a file that is none of these (or lies about it) is refused here."""
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise UnreadableFile(f"{name}: 文件为空 (empty file)")
    if b"%PDF-" in data[:1024]:
        if b"%%EOF" not in data[-2048:]:
            raise UnreadableFile(f"{name}: PDF 不完整（文件被截断），请重新下载 (truncated PDF: download it again)")
        return PDF
    if data.startswith(_OLE):
        raise UnreadableFile(
            f"{name}: 旧版 Word (.doc) 文件无法直接导入，请先转换为 .docx，例如 "
            f"soffice --headless --convert-to docx (old binary Word file: convert it to .docx first)"
        )
    if data.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return DOCX
        raise UnreadableFile(f"{name}: 是压缩包，不是 Word (.docx) 文件 (a zip archive, not a .docx file)")
    if suffix == ".pdf":
        raise UnreadableFile(f"{name}: 扩展名为 .pdf，但内容不是 PDF，请重新下载 (named .pdf but not a PDF: download it again)")
    if suffix == ".docx":
        raise UnreadableFile(f"{name}: 扩展名为 .docx，但内容不是 Word 文件 (named .docx but not a Word file)")
    return TEXT


def _is_docx(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


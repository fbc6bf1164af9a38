"""Caps: the refusals of a file too large to be one document (an import bomb), one line each.

The values live in `limits`; every reader checks them before the costly step they guard, so a
hostile file is refused early and in bounded memory.
"""
from . import limits
from .reading import UnreadableFile

_MB = 2**20


def too_many_paragraphs(name):
    return UnreadableFile(
        f"{name}: 段落超过 {limits.PARAGRAPHS} 个，不是一份文件的篇幅 (more than {limits.PARAGRAPHS} paragraphs)"
    )


def paragraph_too_long(name, text):
    opening = " ".join(text[:40].split())[:20]
    return UnreadableFile(
        f"{name}: 有一段超过 {limits.PARAGRAPH_CHARS} 个字符（开头：{opening}） "
        f"(a paragraph longer than {limits.PARAGRAPH_CHARS} characters, starting “{opening}”)"
    )


def check_text(text, name):
    """A text file's lines, counted and measured before cleaning reads them one by one: a line
    longer than a paragraph may be, or more lines than a document has, is refused here."""
    if text.count("\n") >= limits.TEXT_LINES:
        raise too_many_lines(name)
    longest = max(text.split("\n"), key=len)
    if len(longest) > limits.PARAGRAPH_CHARS:
        raise paragraph_too_long(name, longest)
    return text


def too_many_lines(name):
    return UnreadableFile(f"{name}: 超过 {limits.TEXT_LINES} 行 (more than {limits.TEXT_LINES} lines)")


def docx_part_too_large(name, part):
    size = limits.DOCX_XML_BYTES // _MB
    return UnreadableFile(
        f"{name}: Word 文件的 {part} 解压后超过 {size} MB (part {part} larger than {size} MB uncompressed)"
    )


def docx_too_large(name):
    size = limits.DOCX_BYTES // _MB
    return UnreadableFile(f"{name}: Word 文件解压后超过 {size} MB (larger than {size} MB uncompressed)")


def pdf_too_many_pages(name):
    return UnreadableFile(f"{name}: PDF 超过 {limits.PDF_PAGES} 页 (more than {limits.PDF_PAGES} pages)")


def pdf_too_many_chars(name):
    return UnreadableFile(f"{name}: PDF 超过 {limits.PDF_CHARS} 个字符 (more than {limits.PDF_CHARS} characters)")


def pdf_page_too_many_objects(name, page):
    return UnreadableFile(
        f"{name}: 第 {page} 页的文字对象超过 {limits.PDF_PAGE_TEXT_OBJECTS} 个 "
        f"(page {page}: more than {limits.PDF_PAGE_TEXT_OBJECTS} text objects)"
    )


def pdf_page_too_many_chars(name, page):
    return UnreadableFile(
        f"{name}: 第 {page} 页超过 {limits.PDF_PAGE_CHARS} 个字符 (page {page}: more than {limits.PDF_PAGE_CHARS} characters)"
    )

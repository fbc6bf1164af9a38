"""The import pipeline on plain strings, read top to bottom:

    read → clean → split → describe → anchor → refer

`parse_file` turns one file (and its optional metadata sidecar) into a `ParsedDocument`; nothing
here touches the database. Storing is `archive.importing`; references and the index follow it.
"""
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from unref import extract_document, link_conflicts, link_target

from . import caps, limits
from .anchors import assign_anchors
from .cleaning import classify_lines
from .describing import Description, describe
from .formats import PDF, TEXT, file_type
from .keys import document_key, slugify_key
from .languages import require_known_language
from .reading import UnreadableFile, decode_text, read_bytes
from .sidecar import read_sidecar
from .splitting import split_blocks

# Bump when the pipeline's output for the same file changes, so re-imports refresh stored text.
PIPELINE_VERSION = "13"

__all__ = ["ParsedDocument", "ParsedParagraph", "UnreadableFile", "parse_file", "parse_text", "slugify_key"]


@dataclass
class ParsedParagraph:
    ordinal: int
    anchor: str
    kind: str
    label: str
    section: str
    text: str
    speaker: str = ""
    speaker_affiliation: str = ""
    links: list = field(default_factory=list)
    references: list = field(default_factory=list)
    link_conflicts: dict = field(default_factory=dict)  # url → why the text contradicts it

    @property
    def content_hash(self):
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class ParsedDocument:
    key: str
    description: Description
    paragraphs: list
    source_name: str
    source_sha256: str
    fingerprint: str
    key_from_file_name: bool = False
    source_path: str = ""  # where the file was read: tells a corrected file from a namesake, and is
    # the file the archive keeps a copy of (none for parse_text)

    @property
    def source(self):
        """The file, as messages name it."""
        return self.source_path or self.source_name


def parse_file(path):
    """Read a file (text, PDF or Word) and its sidecar (`NAME.json` beside it) into a ParsedDocument."""
    path = Path(path)
    data = read_bytes(path)
    sidecar_path = path.with_suffix(".json")
    sidecar_bytes = read_bytes(sidecar_path) if sidecar_path.is_file() or sidecar_path.is_symlink() else b""
    sidecar = read_sidecar(sidecar_bytes, sidecar_path)
    lines = read_lines(data, str(path))
    return parse_lines(lines, path.name, sidecar, data + sidecar_bytes, data, source_path=os.path.abspath(path))


def read_lines(data, name):
    """The file's classified lines, read the way its type (by content, not name) requires."""
    kind = file_type(data, name)
    if kind == TEXT:
        return classify_lines(caps.check_text(decode_text(data, name), name))
    # The PDF and Word libraries load only when such a file is read, not in every web process.
    if kind == PDF:
        from .pdf import read_pdf as read
    else:
        from .docx import read_docx as read
    return read(data, name)


def parse_text(text, source_name, sidecar=None, fingerprint_bytes=None, source_bytes=None, source_path=""):
    source_bytes = source_bytes if source_bytes is not None else text.encode("utf-8")
    return parse_lines(classify_lines(text), source_name, sidecar, fingerprint_bytes, source_bytes, source_path)


def parse_lines(lines, source_name, sidecar, fingerprint_bytes, source_bytes, source_path=""):
    sidecar = sidecar or {}
    blocks = split_blocks(lines, source_name)
    _refuse_a_bomb(blocks, source_name)
    # A page of headings alone is a document too (a table flattened to a cell a line, a contents
    # page); one with nothing but its title or page furniture is none.
    if not any(block.kind in ("para", "item", "note", "heading") for block in blocks):
        raise UnreadableFile(f"{source_name}: 没有可识别的段落 (no recognisable paragraphs)")
    description = describe(lines, blocks)
    require_known_language(description.language, source_path or source_name)
    description = _apply_sidecar(description, sidecar)
    anchors = assign_anchors(blocks)
    paragraphs = [
        ParsedParagraph(
            ordinal=ordinal,
            anchor=anchor,
            kind=block.kind,
            label=block.label,
            section=section,
            text=block.text,
            speaker=block.speaker,
            speaker_affiliation=block.speaker_affiliation,
            links=list(dict.fromkeys(block.links)),
        )
        for ordinal, (block, anchor, section) in enumerate(zip(blocks, anchors, _sections(blocks)), start=1)
    ]
    texts, links = [p.text for p in paragraphs], [p.links for p in paragraphs]
    found = extract_document(texts, links)
    for paragraph, references in zip(paragraphs, found):
        paragraph.references = references
    for conflict in link_conflicts(texts, links, references=found):
        paragraphs[conflict.paragraph].link_conflicts[conflict.url] = conflict.note
    _refuse_what_no_column_holds(paragraphs, source_name)
    fingerprint_bytes = fingerprint_bytes if fingerprint_bytes is not None else source_bytes
    key, from_name = document_key(sidecar, description, source_name)
    return ParsedDocument(
        key=key,
        description=description,
        paragraphs=paragraphs,
        source_name=source_name,
        source_sha256=hashlib.sha256(source_bytes).hexdigest(),
        fingerprint=hashlib.sha256(fingerprint_bytes + PIPELINE_VERSION.encode()).hexdigest(),
        key_from_file_name=from_name,
        source_path=source_path,
    )


def _refuse_a_bomb(blocks, source_name):
    """The caps on paragraphs, checked once more on what splitting made of every format
    (footnotes and merged continuations included) before references are looked for."""
    if len(blocks) > limits.PARAGRAPHS:
        raise caps.too_many_paragraphs(source_name)
    for block in blocks:
        if len(block.text) > limits.PARAGRAPH_CHARS:
            raise caps.paragraph_too_long(source_name, block.text)


def _refuse_what_no_column_holds(paragraphs, source_name):
    """A value found in the text too long for its column is refused here, naming the paragraph,
    rather than by the database later (PostgreSQL refuses what SQLite silently stores)."""
    for paragraph in paragraphs:
        values = [
            ("锚点", "anchor", paragraph.anchor, limits.ANCHOR),
            ("编号", "label", paragraph.label, limits.LABEL),
            ("发言者", "speaker", paragraph.speaker, limits.SPEAKER),
            ("发言者身份", "speaker affiliation", paragraph.speaker_affiliation, limits.SPEAKER_AFFILIATION),
        ]
        for url in paragraph.links:
            values += [("链接", "link", url, limits.LINK), ("链接文号", "link target", link_target(url) or "", limits.LINK_TARGET)]
        for reference in paragraph.references:
            values += [
                ("引文", "reference", reference.surface, limits.REFERENCE_SURFACE),
                ("引用对象", "reference target", reference.target or "", limits.REFERENCE_TARGET),
                ("引用位置", "pinpoint", reference.pinpoint or "", limits.PINPOINT),
            ]
        for chinese, english, value, limit in values:
            if len(value) > limit:
                raise UnreadableFile(
                    f"{source_name}: 第 {paragraph.anchor} 段的{chinese}超过 {limit} 个字符 "
                    f"(paragraph {paragraph.anchor}: {english} longer than {limit} characters)"
                )


def _apply_sidecar(description, sidecar):
    """The sidecar fills in what the text does not say, and corrects what it says wrongly."""
    values = {name: value for name, value in sidecar.items() if name != "key"}
    return replace(description, **values)


def _sections(blocks):
    """The heading path each block sits under: "二. 从各国政府收到的回复 › 古巴"."""
    numbered, unnumbered = "", ""
    for block in blocks:
        if block.kind == "heading":
            heading = f"{block.label} {block.text}".strip()
            if block.section_number:
                numbered, unnumbered = heading, ""
            else:
                unnumbered = heading
            yield ""
            continue
        yield " › ".join(part for part in (numbered, unnumbered) if part)

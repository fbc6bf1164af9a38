"""The import pipeline on plain strings, read top to bottom:

    read → clean → split → describe → anchor → refer

`parse_file` turns one file (and its optional metadata sidecar) into a `ParsedDocument`; nothing
here touches the database. Storing is `archive.importing`; references and the index follow it.
"""
import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..references import extract_document, link_conflicts
from .anchors import assign_anchors
from .cleaning import classify_lines
from .describing import Description, describe
from .formats import PDF, TEXT, file_type, require_chinese
from .reading import UnreadableFile, decode_text
from .splitting import split_blocks

# Bump when the pipeline's output for the same file changes, so re-imports refresh stored text.
PIPELINE_VERSION = "2"
SIDECAR_FIELDS = {"key", "symbol", "language", "title", "date", "organ", "doc_type", "original_language"}

__all__ = ["ParsedDocument", "ParsedParagraph", "UnreadableFile", "parse_file", "parse_text"]


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
    source_path: str = ""  # the file itself, for the archive to keep a copy of (none for parse_text)


def parse_file(path):
    """Read a file (text, PDF or Word) and its sidecar (`NAME.json` beside it) into a ParsedDocument."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFile(f"{path}: 文件不存在 (file not found)")
    if not path.is_file():
        raise UnreadableFile(f"{path}: 不是普通文件 (not a regular file)")
    data = path.read_bytes()
    sidecar_path = path.with_suffix(".json")
    sidecar_bytes = sidecar_path.read_bytes() if sidecar_path.is_file() else b""
    sidecar = _read_sidecar(sidecar_bytes, sidecar_path)
    lines = read_lines(data, str(path))
    return replace(parse_lines(lines, path.name, sidecar, data + sidecar_bytes, data), source_path=str(path))


def read_lines(data, name):
    """The file's classified lines, read the way its type (by content, not name) requires."""
    kind = file_type(data, name)
    if kind == TEXT:
        return classify_lines(decode_text(data, name))
    # The PDF and Word libraries load only when such a file is read, not in every web process.
    if kind == PDF:
        from .pdf import read_pdf as read
    else:
        from .docx import read_docx as read
    lines = read(data, name)
    require_chinese(lines, name)
    return lines


def parse_text(text, source_name, sidecar=None, fingerprint_bytes=None, source_bytes=None):
    source_bytes = source_bytes if source_bytes is not None else text.encode("utf-8")
    return parse_lines(classify_lines(text), source_name, sidecar, fingerprint_bytes, source_bytes)


def parse_lines(lines, source_name, sidecar, fingerprint_bytes, source_bytes):
    sidecar = sidecar or {}
    blocks = split_blocks(lines)
    if not any(block.kind in ("para", "item", "note") for block in blocks):
        raise UnreadableFile(f"{source_name}: 没有可识别的段落 (no recognisable paragraphs)")
    description = _apply_sidecar(describe(lines, blocks), sidecar)
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
    fingerprint_bytes = fingerprint_bytes if fingerprint_bytes is not None else source_bytes
    key, from_name = _document_key(sidecar, description, source_name)
    return ParsedDocument(
        key=key,
        description=description,
        paragraphs=paragraphs,
        source_name=source_name,
        source_sha256=hashlib.sha256(source_bytes).hexdigest(),
        fingerprint=hashlib.sha256(fingerprint_bytes + PIPELINE_VERSION.encode()).hexdigest(),
        key_from_file_name=from_name,
    )


def _read_sidecar(data, path):
    if not data:
        return {}
    try:
        sidecar = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableFile(f"{path}: 元数据文件不是有效的 UTF-8 JSON (invalid sidecar: {error})") from None
    if not isinstance(sidecar, dict):
        raise UnreadableFile(f"{path}: 元数据文件必须是 JSON 对象 (sidecar must be a JSON object)")
    unknown = set(sidecar) - SIDECAR_FIELDS - {"comment"}
    if unknown:
        raise UnreadableFile(f"{path}: 未知字段 {sorted(unknown)} (unknown sidecar fields)")
    if sidecar.get("date"):
        try:
            sidecar["date"] = datetime.date.fromisoformat(sidecar["date"])
        except (TypeError, ValueError):
            raise UnreadableFile(f"{path}: 日期须为 YYYY-MM-DD (date must be YYYY-MM-DD)") from None
    return sidecar


def _apply_sidecar(description, sidecar):
    """The sidecar fills in what the text does not say, and corrects what it says wrongly."""
    values = {name: sidecar[name] for name in SIDECAR_FIELDS - {"key"} if sidecar.get(name)}
    return replace(description, **values)


def _document_key(sidecar, description, source_name):
    if sidecar.get("key"):
        return slugify_key(sidecar["key"]), False
    if description.symbol:
        suffix = "" if description.language == "zh-Hans" else f"-{description.language}"
        return slugify_key(description.symbol + suffix), False
    return slugify_key(Path(source_name).stem), True


def slugify_key(value):
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")[:200] or "document"


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

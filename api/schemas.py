"""The shapes of version 1's answers, from which the OpenAPI schema is generated."""
from ninja import Schema


class Error(Schema):
    status: int
    message: str


class ReferenceOut(Schema):
    type: str
    target: str | None
    surface: str
    start: int
    end: int
    pinpoint: str | None
    status: str


class ParagraphOut(Schema):
    anchor: str
    label: str
    kind: str
    section: str
    speaker: str | None
    speaker_affiliation: str | None
    text: str
    url: str
    links: list[str]
    references: list[ReferenceOut]


class DocumentOut(Schema):
    symbol: str | None
    key: str
    language: str
    title: str
    date: str | None
    organ: str
    doc_type: str
    url: str
    api_url: str
    paragraph_count: int


class Source(Schema):
    file: str
    sha256: str


class DocumentDetail(DocumentOut):
    source: Source
    paragraphs: list[ParagraphOut]


class ParagraphDetail(ParagraphOut):
    document: DocumentOut


class CitingParagraph(Schema):
    document: str
    document_title: str
    date: str | None
    anchor: str
    label: str
    url: str
    text: str
    references: list[ReferenceOut]


class YearCount(Schema):
    year: int | None
    paragraphs: int


class ResolutionOut(Schema):
    symbol: str
    organ: str
    adopted: str | None
    title_zh: str | None
    title_en: str | None
    url: str
    api_url: str
    citing_paragraphs: int


class ResolutionDetail(ResolutionOut):
    official: dict[str, str]
    citations_by_year: list[YearCount]
    citing_url: str


class BodyOut(Schema):
    id: str
    kind: str
    name_en: str | None
    acronym: str | None
    names_zh: list[str]
    names_zh_hant: list[str]
    url: str
    api_url: str
    citing_paragraphs: int


class BodyDetail(BodyOut):
    citations_by_year: list[YearCount]
    citing_url: str


class TreatyOut(Schema):
    id: str
    name_en: str | None
    acronym: str | None
    names_zh: list[str]
    names_zh_hant: list[str]
    url: str
    api_url: str
    citing_paragraphs: int


class TreatyDetail(TreatyOut):
    citations_by_year: list[YearCount]
    citing_url: str


class SearchHit(Schema):
    document: str
    anchor: str
    url: str
    permalink: str
    text: str
    snippet: str


class SearchPage(Schema):
    count: int
    next: str | None
    previous: str | None
    results: list[SearchHit]
    query: str
    estimated: bool
    understood: dict
    facets: dict


class Draft(Schema):
    text: str


class FoundReference(Schema):
    type: str
    target: str | None
    surface: str
    start: int
    end: int
    line: int  # from 1
    column: int  # the character of that line where `surface` begins, from 1
    before: str
    after: str
    status: str  # "held", "not held", "contradicted" (by the register of resolutions), "unresolved"
    held: bool
    note: str | None
    pinpoint: str | None
    pinpoint_held: bool | None
    url: str | None


class FoundReferences(Schema):
    references: list[FoundReference]
    truncated: bool  # the text held more than the 1,000 listed (archive.checking.MAX_REFERENCES)


class BulkFile(Schema):
    name: str
    format: str
    size: int
    sha256: str
    url: str


class BulkExport(Schema):
    """Before the first export every field is null or empty: the list exists, with nothing in it."""

    date: str | None
    created: str | None
    schema_version: int | None
    pipeline: str | None
    knowledge: str | None
    counts: dict[str, int]
    files: list[BulkFile]
    page: str

"""Reference extraction for Chinese UN texts.

Plain functions on strings, in stages (cf. eyecite):
normalise_for_references (../normalise.py) → find and classify (resolutions.py, documents.py,
bodies.py, treaties.py) → resolve against the known data (../knowledge.py, ../register.py) →
`Reference` spans (extract.py), with hyperlinks as evidence (links.py).
"""
from .documents import official_url
from .extract import extract_document, extract_references, link_conflicts
from .links import link_target
from .model import DocumentContext, LinkConflict, Reference
from .pinpoints import (
    NamedParagraph,
    named_paragraphs,
    pinpoint_items,
    typed_anchor,
    within,
)
from .understand import citations_joined, resolution_named, resolution_typed

__all__ = [
    "DocumentContext", "LinkConflict", "citations_joined", "NamedParagraph", "Reference", "extract_document", "extract_references",
    "link_conflicts", "link_target", "named_paragraphs", "official_url", "pinpoint_items", "resolution_named", "resolution_typed",
    "typed_anchor", "within",
]

"""Reference extraction for Chinese UN documents about resolution 1540 (2004).

Plain functions on strings, in stages (cf. eyecite):
normalise (normalise.py) → find and classify (resolutions.py, documents.py, bodies.py,
treaties.py) → resolve against known data (data.py) → `Reference` spans (extract.py),
with hyperlinks as evidence (links.py). No Django here.
"""
from .data import KnownData, load_known_data
from .documents import official_url
from .extract import extract_document, extract_references, link_conflicts
from .links import link_target
from .model import DocumentContext, LinkConflict, Reference
from .normalise import Normalised, normalise

__all__ = [
    "DocumentContext", "KnownData", "LinkConflict", "Normalised", "Reference",
    "extract_document", "extract_references", "link_conflicts", "link_target",
    "load_known_data", "normalise", "official_url",
]

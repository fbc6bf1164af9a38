"""What the archive knows about UN texts, and the code that applies it. No Django here.

The public functions are listed in README.md; `archive/` (storage, pages) and `search/`
(index, queries) both call them, so a name the archive links in a text is a name search
expands, and a resolution number means the same year everywhere.
"""
from .knowledge import KnownData, load_known_data, load_outlets, load_wordings
from .lists import ListedDocument, NamedList, named_list, named_lists
from .normalise import Normalised, normalise_for_references, normalise_for_search
from .organs import organ_for_symbol, organ_short_names
from .references import (
    DocumentContext,
    LinkConflict,
    NamedParagraph,
    Reference,
    citations_joined,
    extract_document,
    extract_references,
    link_conflicts,
    link_target,
    named_paragraphs,
    official_url,
    resolution_named,
    resolution_typed,
    typed_anchor,
    within,
)
from .register import BEYOND, OUT_OF_ORDER, WRONG_YEAR, Disagreement
from .script import to_simplified
from .states import states_named
from .symbol_grammar import LONGEST_SYMBOL, is_valid_symbol
from .symbols import find_symbols, is_symbol_only

__all__ = [
    "BEYOND",
    "LONGEST_SYMBOL",
    "OUT_OF_ORDER",
    "WRONG_YEAR",
    "Disagreement",
    "DocumentContext",
    "KnownData",
    "LinkConflict",
    "ListedDocument",
    "NamedParagraph",
    "NamedList",
    "Normalised",
    "Reference",
    "extract_document",
    "extract_references",
    "find_symbols",
    "is_symbol_only",
    "is_valid_symbol",
    "link_conflicts",
    "link_target",
    "load_known_data",
    "load_outlets",
    "load_wordings",
    "named_list",
    "named_lists",
    "named_paragraphs",
    "normalise_for_references",
    "normalise_for_search",
    "official_url",
    "organ_for_symbol",
    "organ_short_names",
    "citations_joined",
    "resolution_named",
    "resolution_typed",
    "states_named",
    "to_simplified",
    "typed_anchor",
    "within",
]

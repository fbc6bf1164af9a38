"""The small value types shared by every stage of reference extraction."""
from __future__ import annotations

from dataclasses import dataclass, field

RESOLVED = "resolved"
UNRESOLVED = "unresolved"
CONFLICT = "conflict"


@dataclass(frozen=True)
class Reference:
    type: str            # "resolution" | "document" | "body" | "treaty"
    target: str | None   # canonical id, None when unresolved
    surface: str         # exact substring text[start:end] of the original paragraph text
    start: int
    end: int
    pinpoint: str | None = None
    status: str = RESOLVED
    note: str = ""


@dataclass(frozen=True)
class LinkConflict:
    """A hyperlink stored with a paragraph that no nearby reference confirms."""
    paragraph: int       # index of the paragraph the link was stored with
    url: str
    target: str | None   # what the link points to, canonicalised
    note: str


@dataclass
class DocumentContext:
    """What one document teaches about itself, used to resolve its paragraphs.

    years:   Security Council resolution number -> year, learned from `1540(2004)`.
    aliases: normalised short form -> body id, learned from `欧洲安全与合作组织(欧安组织)`.
    topics:  markers enabling context-dependent short forms (e.g. "1540" for bare `专家组`).
    treaties: treaty word -> the treaties the document names that end in it (`公约` -> {"CWC"}),
             for a bare `《公约》` standing for the one it names.
    last_cited: set while the second pass reads the paragraphs in order (below).
    data:    the known data to resolve against (None: the package data, unref/data/).
    """
    years: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    topics: set[str] = field(default_factory=set)
    treaties: dict[str, set[str]] = field(default_factory=dict)
    data: "object | None" = None
    # The resolution the paragraphs read so far cite last (a `resolutions.Mention`; None when that
    # was one of a list): what `该决议第3段` at the start of the next paragraph names.
    last_cited: "object | None" = None

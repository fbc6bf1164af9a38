"""Named lists of UN documents to collect (`data/lists/NAME.json`), for the collect command.

A list names real documents by symbol, each with the public source that lists it, so the
archive can be filled from the UN's own systems and a reader can check why a document is in
it. The files are data, reviewed like code; `knowledge.py` opens them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .knowledge import list_files, read_list_file


@dataclass(frozen=True)
class ListedDocument:
    """symbol as the register writes it ("S/RES/1540 (2004)", "S/PV.4956"); kind one of
    `KINDS`; date ISO or empty; state the ISO 3166 alpha-3 code of a national report's author,
    else empty; source the id of the list's source that names the document."""
    symbol: str
    kind: str
    title_en: str
    date: str
    state: str
    source: str


@dataclass(frozen=True)
class ListSource:
    id: str
    title: str
    url: str
    retrieved: str


@dataclass(frozen=True)
class NamedList:
    name: str
    title_zh: str
    title_en: str
    sources: tuple[ListSource, ...]
    documents: tuple[ListedDocument, ...]
    notes: str = ""


KINDS = ("resolution", "committee-report", "programme-of-work", "review", "presidential-statement",
         "meeting-record", "national-report", "additional-information", "letter", "other")


def named_lists(folder: Path | str | None = None) -> list[str]:
    """The names of the lists in `folder` (default: the package's), sorted."""
    return sorted(list_files(folder))


def named_list(name: str, folder: Path | str | None = None) -> NamedList:
    """The list called `name`; KeyError naming the known lists when there is none."""
    return _read(name, str(folder) if folder else None)


@lru_cache(maxsize=16)
def _read(name: str, folder: str | None) -> NamedList:
    files = list_files(folder)
    if name not in files:
        known = ", ".join(sorted(files)) or "none"
        raise KeyError(f"没有名为“{name}”的文件清单（no named list {name!r}; known lists: {known}）")
    data = read_list_file(files[name])
    about = data["about"]
    return NamedList(
        name=about["name"],
        title_zh=about["title_zh"],
        title_en=about["title_en"],
        sources=tuple(ListSource(**source) for source in about["sources"]),
        documents=tuple(ListedDocument(**document) for document in data["documents"]),
        notes=about.get("notes", ""),
    )

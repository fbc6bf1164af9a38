"""How well the archive reads and finds Chinese texts nobody on the team wrote.

The texts are short public excerpts (texts/, sources in sources.json); the gold (gold.json,
queries.json) was written by reading them, never from the extractor's output. Every held-out set
(tests/unseen/, tests/unseen2/, …) has that layout; the functions below take the set's folder and
default to this one.

Rules, for references (resolutions; and bodies/treaties, counted separately):

- A gold mention is located by its `surface` and `occurrence` (the k-th occurrence, 0-based, of
  that exact string in the file).
- The extractor sees each file as one document whose paragraphs are the blocks between blank
  lines (`extract_document`); its offsets are mapped back to the file.
- A gold mention is FOUND when an extracted reference of the same category overlaps its span and
  has the same target (targets compared without spaces: `S/RES/1540(2004)` = `S/RES/1540 (2004)`).
  Each extracted reference finds at most one gold mention, so one span covering a whole list
  (`第1718号、第1874号和第2270号决议`) finds one item, not three.
- A miss is UNRESOLVED when an extracted reference without a target overlaps it, WRONG TARGET
  when one with another target does, NOT FOUND when nothing overlaps it.
- A FALSE POSITIVE is an extracted reference with a target that finds no gold mention, or one
  without a target that overlaps no gold mention (an unresolved reference on a real mention is
  a miss, not a false positive).
- precision = found / (found + false positives); recall = found / gold mentions. Totals are
  summed over files (micro), not averaged.
- Bodies and treaties: references of type "body" or "treaty"; the gold leaves out the Security
  Council, the General Assembly and the Secretary-General (every text names them), so extracted
  references to those three are not counted at all.

Search (needs Django, an archive of these texts and its index): for each query of queries.json,
the files a researcher expects are compared with the files search returns (every page, and the
first page's two labelled groups apart from the hits: near matches, paragraphs printing the query
with one character changed, dropped or added, and spread matches, documents holding every word
of the query in different paragraphs; `QueryResult.apart` keeps the files found only there);
recall per kind = expected files returned / expected files, over all queries of that kind.
"""
from __future__ import annotations

import datetime
import json
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRINCIPAL_ORGANS = {"Security Council", "General Assembly", "Secretary-General"}
CATEGORIES = {"resolutions": {"resolution"}, "bodies": {"body", "treaty"}}
BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")


def load_json(name: str, folder: Path = HERE):
    return json.loads((folder / name).read_text(encoding="utf-8"))


def text_paths(folder: Path = HERE) -> list[Path]:
    return sorted((folder / "texts").glob("*.txt"))


def texts(folder: Path = HERE) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in text_paths(folder)}


def locate(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    """Offsets of the occurrence-th `surface` in `text` (independent of the extractor)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} does not occur {occurrence + 1} times")
    return start, start + len(surface)


def misplaced_gold(folder: Path = HERE) -> list[tuple[str, str]]:
    """(text, category) whose gold mentions do not all occur in the text, in reading order."""
    gold = load_json("gold.json", folder)
    misplaced = []
    for name, text in texts(folder).items():
        for category in ("resolutions", "bodies"):
            try:
                starts = [locate(text, mention["surface"], mention["occurrence"])[0] for mention in gold[name][category]]
            except ValueError:
                starts = None
            if starts is None or starts != sorted(starts):
                misplaced.append((name, category))
    return misplaced


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each block between blank lines."""
    blocks, start = [], 0
    for gap in BLANK_LINES.finditer(text):
        blocks.append((start, text[start:gap.start()]))
        start = gap.end()
    blocks.append((start, text[start:]))
    return [(offset, block) for offset, block in blocks if block.strip()]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    target: str | None
    surface: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def same_target(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.replace(" ", "") == b.replace(" ", "")


def extracted(text: str) -> dict[str, list[Span]]:
    """The project's references in `text`, by category, with offsets into `text`."""
    from unref import extract_document

    blocks = paragraphs(text)
    found = extract_document([block for _, block in blocks], [[] for _ in blocks])
    spans = defaultdict(list)
    for (offset, _), references in zip(blocks, found):
        for ref in references:
            for category, types in CATEGORIES.items():
                if ref.type in types and ref.target not in PRINCIPAL_ORGANS:
                    spans[category].append(
                        Span(offset + ref.start, offset + ref.end, ref.target, ref.surface))
    return spans


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    false_positives: list = field(default_factory=list)   # (file, Span)
    misses: list = field(default_factory=list)            # (file, gold Span, kind, extracted Span | None)

    @property
    def precision(self) -> float:
        counted = self.found + len(self.false_positives)
        return self.found / counted if counted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.false_positives += other.false_positives
        self.misses += other.misses


def score(name: str, gold: list[Span], found: list[Span]) -> Score:
    result = Score(gold=len(gold))
    used: set[int] = set()
    for wanted in gold:
        match = next((i for i, got in enumerate(found) if i not in used
                      and got.overlaps(wanted) and same_target(got.target, wanted.target)), None)
        if match is not None:
            used.add(match)
            result.found += 1
            continue
        near = [got for got in found if got.overlaps(wanted)]
        if not near:
            result.misses.append((name, wanted, "not found", None))
        elif all(got.target is None for got in near):
            result.misses.append((name, wanted, "unresolved", near[0]))
        else:
            result.misses.append((name, wanted, "wrong target",
                                  next(got for got in near if got.target is not None)))
    for i, got in enumerate(found):
        if i in used:
            continue
        if got.target is not None or not any(got.overlaps(wanted) for wanted in gold):
            result.false_positives.append((name, got))
    return result


def gold_spans(text: str, mentions: list[dict]) -> list[Span]:
    return [Span(*locate(text, m["surface"], m["occurrence"]), m["target"], m["surface"])
            for m in mentions]


def evaluate_references(folder: Path = HERE) -> dict[str, dict[str, Score]]:
    """{category: {file: Score}} for "resolutions" and "bodies"."""
    gold = load_json("gold.json", folder)
    results = {category: {} for category in CATEGORIES}
    for name, text in texts(folder).items():
        found = extracted(text)
        for category in CATEGORIES:
            results[category][name] = score(name, gold_spans(text, gold[name][category]),
                                            found.get(category, []))
    return results


def total(per_file: dict[str, Score]) -> Score:
    summed = Score()
    for result in per_file.values():
        summed.add(result)
    return summed


# the targets of the issue "Know UN texts beyond the samples" for resolution references
PRECISION, RECALL = 0.98, 0.97


def short_of_targets(per_file: dict[str, Score]) -> str:
    """'' when the summed figures meet PRECISION and RECALL, else the figures that do not."""
    summed = total(per_file)
    if summed.precision >= PRECISION and summed.recall >= RECALL:
        return ""
    return f"precision {summed.precision:.3f}, recall {summed.recall:.3f} ({summed.found} of {summed.gold})"


def short_of_floor(per_file: dict[str, Score], found: int, false_positives: int) -> str:
    """'' when at least `found` gold mentions are found with at most `false_positives`, else the
    figures: a floor set at a measured level, so that any regression fails."""
    summed = total(per_file)
    if summed.found >= found and len(summed.false_positives) <= false_positives:
        return ""
    return (f"found {summed.found} of {summed.gold} (floor {found}), false positives "
            f"{len(summed.false_positives)} (at most {false_positives}): precision "
            f"{summed.precision:.3f}, recall {summed.recall:.3f}")


# ------------------------------------------------------------------ search


def _day(written: str | None) -> str:
    """The day a source's date begins with (`2016-03-31 (on the stored copy)`), or "" where it
    names none or no real one."""
    match = re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])", written or "")
    try:
        return datetime.date.fromisoformat(match[0]).isoformat() if match else ""
    except ValueError:
        return ""


def import_texts(folder: Path, source: Path = HERE) -> None:
    """Import the texts of the set in `source` into the configured (temporary) archive, through
    `folder`, and build its index (once, complete: the import leaves the index alone). Each file gets a sidecar naming its key (the set's folder name
    and the file's), so files are told apart by name whatever their text says, and its organ: the
    publisher its source names, as a researcher's import records who issued or carried a document
    (since stop 54), and its date where the source gives the day (since stop 64; `2025-10` is no
    day, and is left out). One process parses (`--jobs 1`): starting a pool for some thirty short texts
    took longer than parsing them."""
    import shutil

    from django.core.management import call_command

    from archive.models import Document
    from search import indexing

    prefix = source.name + "-"
    paths = text_paths(source)
    sources = load_json("sources.json", source)
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copy(path, folder / path.name)
        row = sources.get(path.name, {})
        sidecar = {"key": prefix + path.stem, "organ": row.get("publisher", ""), "date": _day(row.get("date", ""))}
        (folder / path.with_suffix(".json").name).write_text(json.dumps(sidecar), encoding="utf-8")
    with open(folder / "ingest.log", "w") as log:
        call_command("ingest", str(folder), "--no-index", "--jobs", "1", verbosity=0, stdout=log, stderr=log)
    imported = Document.objects.filter(key__startswith=prefix).count()
    if imported != len(paths):
        raise RuntimeError(f"only {imported} of {len(paths)} texts of {source.name} were imported "
                           f"(see {folder / 'ingest.log'})")
    indexing.rebuild()


@contextmanager
def imported(folder: Path, source: Path = HERE):
    """The set's texts imported and indexed (import_texts) while inside, removed after."""
    from archive.models import Document
    from search import indexing

    import_texts(folder, source)
    try:
        yield
    finally:
        documents = Document.objects.filter(key__startswith=source.name + "-")
        indexing.remove_documents(documents.values_list("key", flat=True))
        documents.delete()


def files_found(query: str) -> tuple[set[str], set[str]]:
    """File names of every document search returns for `query` over all pages, and of those
    found only in the groups apart from the hits (near, spread and partial matches, and the documents
    the outlet a one-word query names carried)."""
    from search import engine

    def names(hits):
        return {Path(hit.paragraph.document.source_file).name for hit in hits}

    found, apart, page = set(), set(), 1
    while True:
        outcome = engine.search(query, page=page)
        found |= names(outcome.hits)
        apart |= names(outcome.near) | names(hit for found in outcome.spread + outcome.partial for hit in found.hits)
        apart |= {Path(found.document.source_file).name for found in outcome.carried}
        if page >= outcome.pages:
            return found | apart, apart - found
        page += 1


@dataclass
class QueryResult:
    query: str
    kind: str
    expected: set[str]
    found: set[str]
    apart: set[str] = field(default_factory=set)  # of `found`, the files only near or spread matches showed

    @property
    def missed(self) -> set[str]:
        return self.expected - self.found


def evaluate_search(folder: Path = HERE) -> list[QueryResult]:
    return [QueryResult(q["query"], q["kind"], set(q["expect"]), *files_found(q["query"]))
            for q in load_json("queries.json", folder)]


def recall_by_kind(results: list[QueryResult]) -> dict[str, tuple[int, int]]:
    """{kind: (expected files returned, expected files)}."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for result in results:
        counts[result.kind][0] += len(result.expected & result.found)
        counts[result.kind][1] += len(result.expected)
    return {kind: (hit, wanted) for kind, (hit, wanted) in counts.items()}


def short_of_search_floor(results: list[QueryResult], floors: dict[str, int]) -> str:
    """'' when each kind of query returns at least its floor of expected documents, else the
    kinds below it with their figures and the queries that miss."""
    by_kind = recall_by_kind(results)
    below = {kind: by_kind[kind] for kind, floor in floors.items() if by_kind[kind][0] < floor}
    if not below and set(by_kind) == set(floors):
        return ""
    missed = [f"{result.query} misses {sorted(result.missed)}" for result in results if result.missed]
    return f"returned (of expected) {by_kind}, floors {floors}; {'; '.join(missed)}"

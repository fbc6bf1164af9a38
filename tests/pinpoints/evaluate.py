"""How well the archive reads pinpoint citations (`第1483(2003)号决议第19段`) in Chinese texts nobody
on the team wrote: the set for issue #23, gathered and its gold written by reading before any
change to the extractor (README.md says how).

Rules (the reference rules of tests/unseen/evaluate.py, applied to pinpointed citations):

- A gold citation is located by its `surface` and `occurrence` (the k-th occurrence, 0-based).
  Its key is the resolution (`target`) with the set of paragraphs it names (`paragraphs`,
  labels written without spaces: `19`, `2(a)`, `8(a)(iii)`; a range `第1至6段` is each of 1 to 6).
- The extractor sees each file as one document of blank-line blocks (`extract_document`); only
  its resolution references that carry a pinpoint are counted, their pinpoint read back into
  the same labels (`pinpoint_labels`).
- A gold citation is FOUND when an extracted pinpointed reference overlaps it with the same
  target and the same paragraphs. WRONG TARGET (wrong resolution or wrong paragraphs) when one
  overlaps it with another key, NOT FOUND when none does (a citation extracted without its
  pinpoint is not found: the link to the paragraph is what is measured).
- A FALSE POSITIVE is an extracted pinpointed reference that finds no gold citation.
- precision = found / (found + false positives); recall = found / gold; summed over files.
- KEPT ASIDE: every third file (03, 06, 09, …), chosen before the first measurement; its
  figures are reported apart and never looked at while fixing.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from tests.unseen.evaluate import (
    Score,
    Span,
    load_json,
    locate,
    paragraphs,
    score,
    texts,
    total,
)

HERE = Path(__file__).resolve().parent
IDEOGRAPH_NUMERALS = dict(zip("㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)"]))
LABEL = re.compile(r"(\d+)((?:\s*\([a-z]+\))*)")
RANGE = re.compile(r"(\d+)\s*(?:to|-|–|—|至)\s*(?:第\s*)?(\d+)")


def kept_aside(name: str) -> bool:
    return int(name[:2]) % 3 == 0


def pinpoint_labels(pinpoint: str) -> tuple[str, ...]:
    """`para. 8 (a) (iii)` → ("8(a)(iii)",); `paras. 19 and 23` → ("19", "23"); `paras. 1 to 6` →
    ("1", …, "6"): the paragraphs a pinpoint names, in the gold's spelling."""
    text = "".join(IDEOGRAPH_NUMERALS.get(character, character) for character in pinpoint)
    labels = set()
    for start, end in RANGE.findall(text):
        labels.update(str(number) for number in range(int(start), int(end) + 1))
    text = RANGE.sub("", text)
    labels.update(number + re.sub(r"\s+", "", letters) for number, letters in LABEL.findall(text))
    return tuple(sorted(labels, key=lambda label: (int(re.match(r"\d+", label).group()), label)))


def key(target: str, labels) -> str:
    return f"{target.replace(' ', '')}|{','.join(sorted(labels))}"


def extracted(text: str) -> list[Span]:
    from unref import extract_document

    blocks = paragraphs(text)
    found = extract_document([block for _, block in blocks], [[] for _ in blocks])
    return [
        Span(offset + ref.start, offset + ref.end, key(ref.target, pinpoint_labels(ref.pinpoint)), ref.surface)
        for (offset, _), references in zip(blocks, found)
        for ref in references
        if ref.type == "resolution" and ref.target and ref.pinpoint
    ]


def gold_spans(text: str, citations: list[dict]) -> list[Span]:
    return [Span(*locate(text, c["surface"], c["occurrence"]), key(c["target"], c["paragraphs"]), c["surface"])
            for c in citations]


def evaluate(folder: Path = HERE) -> dict[str, Score]:
    """{file: Score} for every text of the set."""
    gold = load_json("gold.json", folder)
    return {name: score(name, gold_spans(text, gold[name]), extracted(text)) for name, text in texts(folder).items()}


def summed(per_file: dict[str, Score], *, aside: bool) -> Score:
    total = Score()
    for name, result in per_file.items():
        if kept_aside(name) == aside:
            total.add(result)
    return total


def print_figures(title: str, per_file: dict[str, Score], summed_: Score, verbose: bool) -> None:
    """A Markdown table per file and the total (and, `verbose`, every miss and false positive)."""
    print(f"## Pinpoint citations, {title}\n")
    print("| file | gold | found | false pos. | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, result in [*per_file.items(), ("**total**", summed_)]:
        print(f"| {name} | {result.gold} | {result.found} | {len(result.false_positives)} | {result.precision:.3f} | {result.recall:.3f} |")
    if verbose:
        print()
        for name, wanted, kind, got in summed_.misses:
            print(f"- miss ({kind}) {name}: {wanted.surface} → {wanted.target}; extracted {got.surface + ' → ' + got.target if got else '—'}")
        for name, got in summed_.false_positives:
            print(f"- false positive {name}: {got.surface} → {got.target}")


def part(folder: Path, aside_files: tuple[str, ...], *, aside: bool) -> dict[str, Score]:
    """{file: Score} of the working part of a set, or of the part it keeps aside (`aside_files`)."""
    return {name: result for name, result in evaluate(folder).items() if (name in aside_files) == aside}


def figures(folder: Path, aside_files: tuple[str, ...], name: str, usage: str) -> None:
    """A set's `figures.py`: `-v` lists the working part's misses, `--kept-aside` measures the part
    kept aside (misses never listed)."""
    parser = argparse.ArgumentParser(description=usage)
    parser.add_argument("-v", action="store_true", dest="verbose")
    parser.add_argument("--kept-aside", action="store_true")
    arguments = parser.parse_args()
    per_file = part(folder, aside_files, aside=arguments.kept_aside)
    title = f"{name}, kept aside" if arguments.kept_aside else f"{name}, working part"
    print_figures(title, per_file, total(per_file), arguments.verbose and not arguments.kept_aside)


def holds_floor(folder: Path, aside_files: tuple[str, ...], floor: int, *, aside: bool, false_positives: int = 0) -> None:
    """The part finds at least `floor` citations and reads no more false ones than measured."""
    summed_ = total(part(folder, aside_files, aside=aside))
    assert summed_.found >= floor and len(summed_.false_positives) <= false_positives, (summed_.found, summed_.false_positives)

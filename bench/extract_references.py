"""Time reference extraction over the fixture documents, split by the real import pipeline.

Run: .venv/bin/python bench/extract_references.py [-v]    (-v prints every resolution reference)
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.pipeline import parse_file
from unref import extract_document, link_conflicts


def split(path: Path) -> tuple[list[str], list[list[str]]]:
    parsed = parse_file(path)
    return [p.text for p in parsed.paragraphs], [p.links for p in parsed.paragraphs]


def main() -> None:
    verbose = "-v" in sys.argv
    documents = []
    for path in sorted((ROOT / "fixtures" / "documents").glob("*.txt")):
        documents.append((path.name, *split(path)))
    started = time.perf_counter()
    results = [extract_document(paragraphs, links) for _, paragraphs, links in documents]
    elapsed = time.perf_counter() - started
    total = Counter()
    for (name, paragraphs, links), refs in zip(documents, results):
        per_doc = Counter(ref.type for para in refs for ref in para)
        statuses = Counter(ref.status for para in refs for ref in para if ref.type == "resolution")
        total += per_doc
        print(f"{name}: {len(paragraphs)} paragraphs, {dict(sorted(per_doc.items()))}, "
              f"resolution status {dict(statuses)}")
        if verbose:
            for i, para in enumerate(refs):
                for ref in para:
                    if ref.type == "resolution":
                        print(f"   [{i}] {ref.surface!r} -> {ref.target} {ref.pinpoint or ''} "
                              f"{ref.status} {ref.note}")
            for conflict in link_conflicts(paragraphs, links):
                print(f"   link conflict [{conflict.paragraph}] {conflict.note}")
    print(f"references per type: {dict(sorted(total.items()))}")
    print(f"extract_document over {len(documents)} documents: {elapsed * 1000:.1f} ms")


if __name__ == "__main__":
    main()

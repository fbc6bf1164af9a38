"""Reference extraction and search on texts nobody on the team wrote (tests/unseen/, tests/unseen2/).

Run (from the project folder):   .venv/bin/python bench/unseen.py [-v] [--set FOLDER]
    -v            also list every miss and false positive, and every search query
    --set FOLDER  the held-out set to evaluate (default tests/unseen; also tests/unseen2)

1. Reference extraction: precision and recall of resolution references, then of bodies and
   treaties, per file and in total, against the set's gold.json (rules at the top of
   tests/unseen/evaluate.py, shared by every set).
2. Search: the texts are imported into a temporary archive (settings config.settings.test: a new
   SQLite database and Whoosh index in a temporary folder, deleted at the end) and every query of
   the set's queries.json is run through the search engine; document recall per kind.

Prints Markdown tables; exits 0 whatever the figures (the thresholds live in the test).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.pop("DATABASE_URL", None)  # always the temporary SQLite database (and index)

from tests.unseen import evaluate


def reference_table(title: str, per_file: dict, verbose: bool) -> None:
    print(f"\n## {title}\n")
    print("| file | gold | found | false pos. | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, result in per_file.items():
        print(f"| {name} | {result.gold} | {result.found} | {len(result.false_positives)} | "
              f"{result.precision:.3f} | {result.recall:.3f} |")
    summed = evaluate.total(per_file)
    print(f"| **total** | **{summed.gold}** | **{summed.found}** | **{len(summed.false_positives)}** | "
          f"**{summed.precision:.3f}** | **{summed.recall:.3f}** |")
    kinds = Counter(kind for _, _, kind, _ in summed.misses)
    print(f"\nmisses: {dict(kinds) or 'none'}; false positives: {len(summed.false_positives)}")
    if verbose:
        for name, wanted, kind, got in summed.misses:
            seen = f" (extracted {got.surface!r} → {got.target})" if got else ""
            print(f"- miss, {kind}: {name} {wanted.surface!r} → {wanted.target}{seen}")
        for name, got in summed.false_positives:
            print(f"- false positive: {name} {got.surface!r} → {got.target}")


def search_tables(folder: Path, verbose: bool) -> None:
    from django.conf import settings
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0, interactive=False)
        evaluate.import_texts(Path(settings.DATA_DIR) / "texts", folder)
        results = evaluate.evaluate_search(folder)
    finally:
        shutil.rmtree(settings.DATA_DIR, ignore_errors=True)
    print("\n## Search: document recall per kind of query\n")
    print("| kind | queries | expected documents | returned | recall |")
    print("|---|---:|---:|---:|---:|")
    by_kind = evaluate.recall_by_kind(results)
    queries = Counter(result.kind for result in results)
    for kind, (hit, wanted) in by_kind.items():
        print(f"| {kind} | {queries[kind]} | {wanted} | {hit} | {hit / wanted:.3f} |")
    hit = sum(h for h, _ in by_kind.values())
    wanted = sum(w for _, w in by_kind.values())
    print(f"| **all** | **{len(results)}** | **{wanted}** | **{hit}** | **{hit / wanted:.3f}** |")
    print("\nqueries missing expected documents:")
    for result in results:
        if result.missed or verbose:
            missed = ", ".join(sorted(name[:2] for name in result.missed)) or "-"
            print(f"- [{result.kind}] {result.query}: {len(result.expected & result.found)}/"
                  f"{len(result.expected)}, missed {missed}")


def held_out_set(value: Path) -> Path:
    """The folder of a held-out set (texts/ beside gold.json, queries.json and sources.json), or
    a one-line message and exit status 2."""
    folder = (value if value.is_absolute() else ROOT / value).resolve()
    missing = [name for name in ("texts", "gold.json", "queries.json", "sources.json")
               if not (folder / name).exists()]
    if missing:
        print(f"{value} 不是留出文本集，缺少 {'、'.join(missing)} "
              f"({value} is not a held-out set: {', '.join(missing)} missing)", file=sys.stderr)
        raise SystemExit(2)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", dest="verbose",
                        help="list every miss and false positive, and every search query")
    parser.add_argument("--set", type=Path, default=evaluate.HERE, dest="folder",
                        help="the held-out set's folder (default tests/unseen)")
    args = parser.parse_args()
    folder = held_out_set(args.folder)
    import django

    django.setup()
    references = evaluate.evaluate_references(folder)
    reference_table("Resolution references", references["resolutions"], args.verbose)
    reference_table("Bodies and treaties", references["bodies"], args.verbose)
    search_tables(folder, args.verbose)


if __name__ == "__main__":
    main()

"""A held-out set's figures, split into its working part and the part kept aside: what
`tests/unseen/figures.py tests/unseen7` prints, for any set that keeps a part aside.

Uses the shared evaluator (tests/unseen/evaluate.py) unchanged; what this adds is the split of
aside.json: texts whose number is a multiple of 3 are kept aside, an expected (query, file) pair
belongs to the part of its file, and the over-reach queries (no file expected) are split by their
id. `-v` lists the misses, by class, of the part asked for; by default only the working part's
figures and misses are printed, so that the aside part stays blind until it is asked for.

Prints Markdown; exits 0 whatever the figures (the floors live in each set's test module).
"""
from __future__ import annotations

import argparse
import shutil
from collections import Counter
from pathlib import Path

from tests.unseen import evaluate

PARTS = ("working", "aside")


class HeldOutSet:
    """One held-out set's folder, read part by part."""

    def __init__(self, folder: Path):
        self.folder = folder

    def aside(self) -> dict:
        return evaluate.load_json("aside.json", self.folder)

    def part_of_text(self, name: str) -> str:
        return "aside" if name in self.aside()["texts"] else "working"

    def part_of_query(self, query: dict) -> str:
        return "aside" if query["id"] in self.aside()["queries"] else "working"

    def references_by_part(self, results: dict) -> dict:
        """{part: {category: Score}} summed over the files of each part."""
        out = {part: {} for part in PARTS}
        for category, per_file in results.items():
            for part in PARTS:
                out[part][category] = evaluate.total(
                    {name: score for name, score in per_file.items() if self.part_of_text(name) == part})
        return out

    def search_by_part(self, results: list, queries: list) -> dict:
        """{part: {kind: (expected files returned, expected files, of those returned only among the
        near or spread matches)}}, and each part's over-reach: {part: [(query, files returned)]} for the
        queries that expect no file."""
        recall = {part: Counter() for part in PARTS}
        apart = {part: Counter() for part in PARTS}
        wanted = {part: Counter() for part in PARTS}
        overreach = {part: [] for part in PARTS}
        for result, query in zip(results, queries):
            assert result.query == query["query"]
            for name in result.expected:
                part = self.part_of_text(name)
                wanted[part][result.kind] += 1
                recall[part][result.kind] += name in result.found
                apart[part][result.kind] += name in result.apart
            if not result.expected:
                overreach[self.part_of_query(query)].append((result.query, sorted(result.found)))
        by_kind = {part: {kind: (recall[part][kind], wanted[part][kind], apart[part][kind]) for kind in wanted[part]}
                   for part in PARTS}
        return by_kind, overreach

    def searched(self) -> list:
        import django
        from django.conf import settings
        from django.core.management import call_command

        django.setup()
        try:
            call_command("migrate", verbosity=0, interactive=False)
            evaluate.import_texts(Path(settings.DATA_DIR) / "texts", self.folder)
            return evaluate.evaluate_search(self.folder)
        finally:
            shutil.rmtree(settings.DATA_DIR, ignore_errors=True)

    def main(self, args: argparse.Namespace) -> None:
        shown = PARTS if args.part == "all" else (args.part,)
        import django

        django.setup()
        references = self.references_by_part(evaluate.evaluate_references(self.folder))
        print("## References\n\n| part | category | gold | found | false pos. | precision | recall |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for part in shown:
            for category, score in references[part].items():
                print(f"| {part} | {category} | {score.gold} | {score.found} | {len(score.false_positives)} | "
                      f"{score.precision:.3f} | {score.recall:.3f} |")
        queries = evaluate.load_json("queries.json", self.folder)
        results = self.searched()
        by_kind, overreach = self.search_by_part(results, queries)
        print("\n## Search: expected documents returned\n")
        print("| part | kind | expected | returned | of which near or spread matches only | recall |")
        print("|---|---|---:|---:|---:|---:|")
        for part in shown:
            for kind, (hit, want, apart) in sorted(by_kind[part].items()):
                print(f"| {part} | {kind} | {want} | {hit} | {apart} | {hit / want:.3f} |")
            hit, want, apart = (sum(figures[i] for figures in by_kind[part].values()) for i in range(3))
            print(f"| **{part}** | **all** | **{want}** | **{hit}** | **{apart}** | **{hit / want:.3f}** |")
        print("\n## Over-reach: queries for things no text holds\n")
        for part in shown:
            hits = sum(bool(found) for _, found in overreach[part])
            print(f"- {part}: {hits} of {len(overreach[part])} return a file")
            if args.verbose:
                for query, found in overreach[part]:
                    print(f"  - {query}: {', '.join(name[:2] for name in found) or '-'}")
        if not args.verbose:
            return
        for part in shown:
            print(f"\n## Misses, {part} part\n")
            for category, score in references[part].items():
                print(f"### {category}: {dict(Counter(kind for _, _, kind, _ in score.misses)) or 'none'}")
                for name, wanted, kind, got in score.misses:
                    seen = f" (extracted {got.surface!r} → {got.target})" if got else ""
                    print(f"- {kind}: {name[:2]} {wanted.surface!r} → {wanted.target}{seen}")
                for name, got in score.false_positives:
                    print(f"- false positive: {name[:2]} {got.surface!r} → {got.target}")
            print("\n### search")
            for result in results:
                missed = sorted(name[:2] for name in result.missed if self.part_of_text(name) == part)
                if missed:
                    print(f"- [{result.kind}] {result.query}: missed {', '.join(missed)}")


def main(argv: list[str] | None = None) -> None:
    """`tests/unseen/figures.py FOLDER [-v] [--part working|aside|all]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the held-out set's folder (tests/unseen7)")
    parser.add_argument("-v", action="store_true", dest="verbose", help="list the misses of the part")
    parser.add_argument("--part", choices=("working", "aside", "all"), default="working",
                        help="whose figures (and, with -v, misses) to print (default: working only)")
    args = parser.parse_args(argv)
    HeldOutSet(args.folder.resolve()).main(args)

"""Pinpoint citations on the third blind set (tests/pinpoints3/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints3.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

import argparse
from pathlib import Path

from tests.pinpoints import evaluate
from tests.unseen.evaluate import Score, total

SET = Path(__file__).resolve().parent
# Chosen before the first measurement, a third of the files (of the first eight, then of the eight
# added after; README.md): never looked at while fixing.
ASIDE = ("03_100ke_resolution_943.txt", "06_macao_bo_resolution_1011.txt", "08_100ke_resolution_1330.txt",
         "09_218zy_1267_committee_guidelines.txt", "12_wikisource_resolution_1905.txt",
         "15_wikisource_resolution_1710.txt")


def measure(*, aside: bool) -> dict[str, Score]:
    return {name: score for name, score in evaluate.evaluate(SET).items() if (name in ASIDE) == aside}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", dest="verbose")
    parser.add_argument("--kept-aside", action="store_true")
    arguments = parser.parse_args()
    per_file = measure(aside=arguments.kept_aside)
    part = "third blind set, kept aside" if arguments.kept_aside else "third blind set, working part"
    evaluate.print_figures(part, per_file, total(per_file), arguments.verbose and not arguments.kept_aside)

if __name__ == "__main__":
    main()

"""Pinpoint citations on the second blind set (tests/pinpoints2/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints2.figures [-v]
    -v   also list every miss and false positive

Prints a Markdown table per file and the total; the rules and the evaluation are
tests/pinpoints/evaluate.py's, applied to this folder (no part is kept aside: the whole set was
measured once, blind)."""
from __future__ import annotations

import argparse
from pathlib import Path

from tests.pinpoints import evaluate
from tests.unseen.evaluate import Score, total

SET = Path(__file__).resolve().parent


def measure() -> dict[str, Score]:
    return evaluate.evaluate(SET)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", dest="verbose")
    arguments = parser.parse_args()
    per_file = measure()
    evaluate.print_figures("second blind set", per_file, total(per_file), arguments.verbose)

if __name__ == "__main__":
    main()

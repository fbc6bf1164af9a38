"""Pinpoint citations (`第1483(2003)号决议第19段`) on texts nobody on the team wrote (tests/pinpoints/).

Run (from the project folder):   .venv/bin/python bench/pinpoints.py [-v] [--kept-aside]
    -v            also list every miss and false positive
    --kept-aside  the third of the set kept aside (every third file): measure it once, when the
                  fixes are done, never while making them

Prints a Markdown table of the working part (or of the kept-aside part); exits 0 whatever the
figures (the floor lives in tests/pinpoints/test_pinpoints.py). Rules: tests/pinpoints/evaluate.py.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pinpoints import evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", dest="verbose")
    parser.add_argument("--kept-aside", action="store_true")
    arguments = parser.parse_args()
    per_file = {name: result for name, result in evaluate.evaluate().items() if evaluate.kept_aside(name) == arguments.kept_aside}
    part = "kept aside" if arguments.kept_aside else "working part"
    evaluate.print_figures(part, per_file, evaluate.summed(per_file, aside=arguments.kept_aside), arguments.verbose)

if __name__ == "__main__":
    main()

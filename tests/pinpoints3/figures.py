"""Pinpoint citations on the third blind set (tests/pinpoints3/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints3.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before the first measurement, a third of the files (of the first eight, then of the eight
# added after; README.md): never looked at while fixing.
ASIDE = ("03_100ke_resolution_943.txt", "06_macao_bo_resolution_1011.txt", "08_100ke_resolution_1330.txt",
         "09_218zy_1267_committee_guidelines.txt", "12_wikisource_resolution_1905.txt",
         "15_wikisource_resolution_1710.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "third blind set", __doc__.splitlines()[0])

"""Pinpoint citations on the thirteenth blind set (tests/pinpoints13/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints13.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (2 of the 3 citations: 03 holds two, 06 only traps). Never looked at while fixing.
ASIDE = ("03_phonenumberau_blog_2118_paragraphs.txt", "06_ukdatabase_icj_council_review_report_paragraphs.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "thirteenth blind set", __doc__.splitlines()[0])

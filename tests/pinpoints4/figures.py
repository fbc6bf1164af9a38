"""Pinpoint citations on the fourth blind set (tests/pinpoints4/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints4.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (21 of the 61 citations). Never looked at while fixing.
ASIDE = ("03_macao_bo_resolution_1385.txt", "06_un_1572_committee_page.txt",
         "09_wikisource_prst_1998_14.txt", "12_macao_bo_resolution_2140.txt",
         "15_un_sanctions_2127_measures.txt", "18_wikisource_resolution_1636.txt",
         "21_macao_bo_resolution_1807.txt", "24_wikisource_resolution_707.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "fourth blind set", __doc__.splitlines()[0])

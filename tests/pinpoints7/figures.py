"""Pinpoint citations on the seventh blind set (tests/pinpoints7/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints7.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (3 of the 22 citations). Never looked at while fixing.
ASIDE = ("03_wanglu_uncc_report_1483.txt", "06_daowen_iraq_sanctions_case_study.txt",
         "09_wikisource_resolution_345_hant.txt", "12_skal_umn_resolution_1289.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "seventh blind set", __doc__.splitlines()[0])

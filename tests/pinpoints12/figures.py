"""Pinpoint citations on the twelfth blind set (tests/pinpoints12/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints12.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (0 of the 2 citations: 03 and 06 hold only traps). Never looked at while fixing.
ASIDE = ("03_fsou_libya_icc_paper_notes_pages.txt", "06_chinanews_prst_2006_15_iaea_paragraph.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "twelfth blind set", __doc__.splitlines()[0])

"""Pinpoint citations on the eleventh blind set (tests/pinpoints11/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints11.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (0 of the 7 citations: 03 holds only a trap). Never looked at while fixing.
ASIDE = ("03_newton_resolution_2046_au_paragraph_hant.txt",)


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "eleventh blind set", __doc__.splitlines()[0])

"""Pinpoint citations on the ninth blind set (tests/pinpoints9/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints9.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (10 of the 38 citations). Never looked at while fixing.
ASIDE = ("03_pc400_resolution_2401_articles.txt", "06_un_1267_travel_ban_exemptions.txt",
         "09_un_751_arms_embargo_exemptions_2022.txt", "12_un_2140_asset_freeze_exemptions.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "ninth blind set", __doc__.splitlines()[0])

"""Pinpoint citations on the fifth blind set (tests/pinpoints5/, README.md).

Run (from the project folder):   .venv/bin/python -m tests.pinpoints5.figures [-v] [--kept-aside]
    -v            also list every miss and false positive (never with --kept-aside)
    --kept-aside  the files in ASIDE: measured once, when the fixes are done

Prints a Markdown table per file and the total of the working part (or of the part kept aside);
the rules and the evaluation are tests/pinpoints/evaluate.py's, applied to this folder."""
from __future__ import annotations

from pathlib import Path

from tests.pinpoints import evaluate

SET = Path(__file__).resolve().parent
# Chosen before anything was run, by a fixed rule (README.md): every text whose number is a
# multiple of 3 (5 of the 14 citations). Never looked at while fixing.
ASIDE = ("03_un_1267_guidance_1455.txt", "06_fymate_mfa_notice_1526.txt",
         "09_wanglu_repertoire_1298.txt", "12_ktsf_icable_hk_tanker.txt",
         "15_wikisource_resolution_2326.txt", "18_wikisource_resolution_171.txt",
         "21_macao_bo_resolution_1160.txt", "24_wikisource_resolution_821.txt")


if __name__ == "__main__":
    evaluate.figures(SET, ASIDE, "fifth blind set", __doc__.splitlines()[0])

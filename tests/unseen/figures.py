"""A held-out set's figures, split into its working part and the part kept aside (the rules of the
split: tests/unseen/parts.py), for any set from the third on.

Run (from the project folder):   .venv/bin/python tests/unseen/figures.py tests/unseen7 [-v] [--part working|aside|all]

Prints Markdown; exits 0 whatever the figures (the floors live in each set's test module).
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.pop("DATABASE_URL", None)  # always the temporary SQLite database (and index)

from tests.unseen.parts import main  # noqa: E402

if __name__ == "__main__":
    main()

"""Chinese–English paragraph alignment against the gold written by reading (tests/alignment/).

    python bench/alignment.py            # the working part
    python bench/alignment.py --aside    # the part kept aside (measure once, at the end)
"""
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

from tests.alignment import evaluate


def main():
    aside = "--aside" in sys.argv
    names = [name for name in evaluate.gold() if (name in evaluate.KEPT_ASIDE) == aside]
    found = evaluate.scores(names)
    for name, score in found.items():
        print(f"{name:45} {score.right:3}/{score.total:<3} wrong pairs {len(score.wrong_pair)}, left unpaired {len(score.missed)}")
        for zh, paired, wanted in score.wrong_pair:
            print(f"    wrong: {zh} → {paired} (gold: {wanted})")
    right, count, wrong = evaluate.total(found)
    print(f"{'kept aside' if aside else 'working part'}: {right} of {count} paired as read ({right / count:.3f}); {wrong} wrong pairs")


if __name__ == "__main__":
    main()

"""Chinese–English paragraph alignment against the gold written by reading (tests/alignment/).

    python bench/alignment.py            # the working part
    python bench/alignment.py --aside    # the part kept aside (measure once, at the end)
    python bench/alignment.py --speed    # pairing a long record, against splitting it

A meeting record is one long run of unnumbered speeches, paired by length: the speed figure is
the time to pair two versions of 2,000 paragraphs against the time to split the same two texts
into paragraphs (the import's own first step), both measured in this run.
"""
import os
import random
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

from tests.alignment import evaluate


def speed():
    from archive.alignment import align
    from archive.pipeline import parse_text

    rng = random.Random(1540)
    lengths = [rng.randint(20, 400) for _ in range(2000)]
    chinese = "\n\n".join(f"{'代表发言' * (n // 4)}。" for n in lengths)
    english = "\n\n".join(f"{'The representative spoke ' * (n // 8)}today." for n in [*lengths[:700], 120, *lengths[700:]])
    started = time.perf_counter()
    versions = [parse_text(text, name) for text, name in ((chinese, "record.zh.txt"), (english, "record.en.txt"))]
    split = time.perf_counter() - started
    rows = [[(p.anchor, p.kind, p.label, p.text) for p in version.paragraphs] for version in versions]
    started = time.perf_counter()
    pairs = align(*rows)
    paired = time.perf_counter() - started
    truth = {row[0]: (rows[1][k + (k >= 700)][0],) for k, row in enumerate(rows[0])}  # the English extra is the 701st
    right = sum(pairs[anchor] == wanted for anchor, wanted in truth.items())
    print(f"paragraphs {len(rows[0])} / {len(rows[1])}: split both {split:.2f} s, pair {paired:.2f} s "
          f"({paired / split:.2f}× splitting); {sum(bool(v) for v in pairs.values())} paired, {right} of them rightly")


def main():
    if "--speed" in sys.argv:
        return speed()
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

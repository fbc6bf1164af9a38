"""What deleted index entries cost, and what removing them costs: the figures behind DEAD_SHARE.

Run (from the project folder):   .venv/bin/python bench/dead_entries.py [--paragraphs 20000]

Generates a corpus (bench/corpus.py), imports and builds it in a temporary data folder, then in
one process: searches (relevance and date order) and the index's size with 0 %, 25 % and 50 %
of the entries deleted (documents reindexed with merging switched off), and the time a commit
takes to copy the segments without their deleted entries (`backends.purge_dead`), against the
time the complete build took.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus

QUERIES = ["决议", "委员会", "出口管制", "核", "不扩散"]


def manage(env, *args):
    started = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def searches(engine):
    """Median time of each query, relevance then date order, in ms."""
    timings = {}
    for sort in ("relevance", "date"):
        for query in QUERIES:
            samples = []
            for _ in range(5):
                started = time.perf_counter()
                engine.search(query, sort=sort)
                samples.append(time.perf_counter() - started)
            timings[f"{query} ({sort})"] = statistics.median(samples) * 1000
    return timings


def size_mb(path):
    return sum(f.stat().st_size for f in Path(path).resolve().iterdir()) / 1e6


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=20000)
    options = parser.parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="dead-entries-"))
    env = dict(os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev", DEBUG="0")
    env.pop("DATABASE_URL", None)
    corpus.generate(data_dir / "corpus", options.paragraphs, 1540)
    manage(env, "migrate", "-v0")
    manage(env, "ingest", "--no-index", str(data_dir / "corpus"))
    build = manage(env, "build_search_index")
    os.environ.update(env)
    import django

    django.setup()
    from haystack import connections

    from archive.models import Document
    from search import backends, engine, indexing

    backend = connections["default"].get_backend()
    engine.search("热身")  # jieba's dictionary, the searcher
    rows = [("0 %", searches(engine), size_mb(backend.path))]
    documents = list(Document.objects.order_by("?"))
    backends.DEAD_SHARE = 2.0  # let the dead entries stay
    total, chosen = backend.searcher().doc_count(), 0
    for share in (0.25, 0.5):
        batch = []
        while chosen < share * total and documents:
            document = documents.pop()
            batch.append(document)
            chosen += document.paragraphs.count()
        indexing.index_documents(batch)
        current = backend.searcher()
        dead = 1 - current.doc_count() / current.doc_count_all()
        rows.append((f"{dead:.0%}", searches(engine), size_mb(backend.path)))
    backends.DEAD_SHARE = 0.25
    started = time.perf_counter()
    backend.write()
    purge = time.perf_counter() - started
    current = backend.searcher()
    print(f"{total:,} paragraphs; complete build {build:.1f} s; purge commit at {rows[-1][0]} dead: {purge:.1f} s "
          f"({current.doc_count_all() - current.doc_count()} dead entries left, {size_mb(backend.path):.0f} MB)")
    names = list(rows[0][1])
    print("| dead share | index MB | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for label, timings, megabytes in rows:
        print(f"| {label} | {megabytes:.0f} | " + " | ".join(f"{timings[name]:.0f} ms" for name in names) + " |")
    shutil.rmtree(data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`manage.py ingest` end to end, with indexing, against jieba's own `cut_for_search` on the same text.

Run (from the project folder):   .venv/bin/python bench/ingest.py [--files 500] [--seed 1540]

One run, nothing left behind:
1. generates a seeded corpus of about `--files` files (bench/corpus.py, about 100 paragraphs each)
   in a new temporary folder, and migrates a fresh ARCHIVE_DATA_DIR (production settings);
2. times `manage.py ingest CORPUS` (indexing included) in a subprocess, end to end; the
   command's own split (reading / storing / indexing) is shown when it reports one (-v 2);
3. times jieba `cut_for_search` with the archive's segmenter (its dictionary loaded first), on
   one core, over the text of every paragraph the import stored;
4. prints characters, seconds, characters per second and the ratio ingest / jieba, and the CPU
   time of the ingest's processes (on a shared machine, less disturbed by others than wall time).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import corpus
import load

PARAGRAPHS_PER_FILE = 100  # bench/corpus.py writes about 10 files per 1000 paragraphs
SPLIT = re.compile(r"^用时 \(timings\): (.*)$", re.MULTILINE)


def say(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def manage(env: dict, *arguments: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        say(done.stdout[-3000:], done.stderr[-3000:])
        raise SystemExit(f"manage.py {' '.join(arguments)} exited {done.returncode}")
    return done


def paragraph_texts(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "archive.sqlite3") as connection:
        return [text for (text,) in connection.execute("SELECT text FROM archive_paragraph ORDER BY id")]


def jieba_seconds(texts: list[str]) -> float:
    from search.analysis import segmenter

    tokenizer = segmenter()  # dictionary loaded before the clock starts
    started = time.perf_counter()
    for text in texts:
        for _ in tokenizer.cut_for_search(text):
            pass
    return time.perf_counter() - started


def children_cpu() -> float:
    """CPU seconds of the finished subprocesses (and theirs): a figure other users' load on the
    machine changes far less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1540)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="un1540-bench-ingest-"))
    env = load.production_env(data_dir)
    try:
        say(f"· generating about {args.files} files (seed {args.seed}) in {data_dir}")
        generated = corpus.generate(data_dir / "corpus", args.files * PARAGRAPHS_PER_FILE, args.seed)
        manage(env, "migrate", "--noinput", "-v0")
        say("· manage.py ingest (with indexing)")
        started, cpu = time.perf_counter(), children_cpu()
        done = manage(env, "ingest", "-v2", str(data_dir / "corpus"))
        ingest, ingest_cpu = time.perf_counter() - started, children_cpu() - cpu
        split = SPLIT.search(done.stdout)
        if "Traceback" in done.stderr:
            say(done.stderr[-3000:])
            raise SystemExit("ingest reported an error")
        indexed = manage(env, "shell", "-c", "from search.indexing import status; print(status()[1])").stdout.strip().splitlines()[-1]
        texts = paragraph_texts(data_dir)
        say("· jieba cut_for_search over the same paragraphs")
        jieba = jieba_seconds(texts)  # one core: its wall time is its CPU time
    finally:
        if args.keep:
            say(f"· kept {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)
    chars = sum(len(text) for text in texts)
    if indexed != f"{len(texts)} paragraphs":
        raise SystemExit(f"the index holds {indexed}, the archive {len(texts)} paragraphs")
    print(f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"corpus: {generated['documents']} files, {len(texts)} paragraphs, {chars} characters; index: {indexed}")
    print(f"ingest (with indexing): {ingest:.1f} s, {chars / ingest:,.0f} chars/s")
    print(f"jieba cut_for_search:   {jieba:.1f} s, {chars / jieba:,.0f} chars/s")
    print(f"ratio ingest / jieba speed: {jieba / ingest:.1%}")
    print(f"ingest CPU time (all its processes): {ingest_cpu:.1f} s = {ingest_cpu / jieba:.1f} × jieba's; load average at the end {os.getloadavg()[0]:.1f}")
    if split:
        print(f"split: {split[1]}")
    print(json.dumps({"files": generated["documents"], "paragraphs": len(texts), "characters": chars,
                      "ingest_s": round(ingest, 2), "ingest_cpu_s": round(ingest_cpu, 2), "jieba_s": round(jieba, 2), "ratio": round(jieba / ingest, 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

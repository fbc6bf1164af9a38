"""Where a web worker's start-up time and resident memory go, stage by stage.

Run (from the project folder, on an archive kept by `bench/search.py --keep`):
    .venv/bin/python bench/startup.py --data DIR [--alone] [--tracemalloc] [--top N]

Does in one process what gunicorn's master does (gunicorn.conf.py: the application loaded,
then search.warming's steps one at a time, the garbage collector off, a helper process reading
the index tables meanwhile unless --alone), then forks a child that answers one search through
the Django test client, as a forked worker would. After each stage: seconds since the
interpreter started and CPU seconds of the process (which other work on a busy machine changes
less), the process's resident memory (VmRSS) and, with --tracemalloc, the Python
allocations the stage left alive, by file (tracemalloc slows every stage and adds its own
memory, so its times and RSS are not the plain run's).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # after the project: bench/search.py is not the search app

import load

QUERY = "决议"


def rss_mb() -> tuple[float, float]:
    """(resident memory, its file-backed part: mapped files such as the index's), MiB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["RssFile"].split()[0]) / 1024


class Stages:
    """Prints each stage's clock, resident memory and, if traced, what it left allocated."""

    def __init__(self, traced: bool, top: int):
        self.traced, self.top = traced, top
        self.previous = None
        self.last_rss = 0.0
        print(f"{'stage':<44} {'s':>6} {'CPU s':>6} {'RSS MB':>8} {'+MB':>7} {'files MB':>9}" + (f" {'traced MB':>10}" if traced else ""))

    def mark(self, name: str) -> None:
        import tracemalloc

        elapsed = time.perf_counter() - STARTED
        rss, files = rss_mb()
        line = f"{name:<44} {elapsed:6.2f} {time.process_time():6.2f} {rss:8.1f} {rss - self.last_rss:7.1f} {files:9.1f}"
        self.last_rss = rss
        if self.traced:
            snapshot = tracemalloc.take_snapshot()
            traced = sum(stat.size for stat in snapshot.statistics("filename")) / 2**20
            line += f" {traced:10.1f}"
            if self.previous is not None and self.top:
                print(line)
                for stat in snapshot.compare_to(self.previous, "filename")[: self.top]:
                    if stat.size_diff > 256 * 1024:
                        frame = stat.traceback[0]
                        print(f"    {stat.size_diff / 2**20:7.1f} MB  {stat.count_diff:>9,} blocks  {frame.filename}")
                self.previous = snapshot
                return
            self.previous = snapshot
        print(line)


STARTED = time.perf_counter()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="a folder kept by bench/search.py --keep")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--alone", action="store_true", help="no helper process reading the index tables meanwhile")
    args = parser.parse_args()
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
    os.environ.update(load.production_env(args.data))
    os.chdir(ROOT)
    stages = Stages(args.tracemalloc, args.top)
    stages.mark("interpreter, bench imports")
    import gunicorn.app.wsgiapp  # noqa: F401 — what the master imports before the application

    stages.mark("gunicorn imported")
    from config.wsgi import application  # noqa: F401 — django.setup(), every app's ready()

    stages.mark("application loaded (django.setup, ready)")
    gc.disable()  # as gunicorn.conf.py's when_ready, around search.warming.warm_up's steps
    from contextlib import nullcontext

    from django.urls import get_resolver

    from search import concepts, engines
    from search import query as queries
    from search.analysis import dictionary_words, segmenter
    from search.warming import SAMPLE_QUERY
    from unref import load_known_data, load_wordings

    engine = engines.of()
    with nullcontext() if args.alone else engine.read_tables_beside():
        get_resolver().url_patterns
        stages.mark("views imported (URL patterns)")
        load_known_data()
        stages.mark("unref: knowledge data")
        load_wordings()
        stages.mark("unref: wordings")
        dictionary_words()
        stages.mark("search: dictionary words")
        segmenter()
        stages.mark("search: jieba segmenter")
        concepts.catalogue()
        stages.mark("search: concept catalogue")
        queries.build(queries.understand(SAMPLE_QUERY))
        stages.mark("search: sample query understood")
    if not args.alone:
        stages.mark("search: the helper's tables taken")
    engine.read_tables()
    gc.enable()
    stages.mark("search: index tables read (fork here)")
    gc.freeze()  # as gunicorn.conf.py's pre_fork
    child = os.fork()
    if child == 0:
        from django.test import Client

        response = Client().get("/api/search/", {"q": QUERY}, HTTP_HOST="127.0.0.1")
        assert response.status_code == 200, response.status_code
        stages.mark("worker: first search answered")
        for query in ("安全理事会", "OPCW", '"国家执行行动计划"', "非国家行为体 -欧盟", "援助 核"):
            Client().get("/search/", {"q": query}, HTTP_HOST="127.0.0.1")
        stages.mark("worker: five search pages more")
        os._exit(0)
    os.waitpid(child, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())

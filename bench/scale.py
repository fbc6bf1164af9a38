"""The scale curve: search speed, index and database size, build time and worker memory at several archive sizes.

Run (from the project folder):   .venv/bin/python bench/scale.py
Options:  --sizes 25000,50000,100000,200000 (paragraphs, the default)  --rounds R (query rounds, default 5)
          --write (replace this benchmark's section of docs/deployment.md after each size)
          --merge (with --write: keep the rows of sizes not measured in this run)
          --keep (keep each size's data folder)  --seed S (default 1540)

For each size, the archive bench/search.py builds (same corpus, seed, pipeline and production
settings, in a temporary folder): `ingest --no-index` and `build_search_index` timed apart;
bench/search.py's in-process measurement (its QUERIES through `/api/search/` with the test
client, and through SQLite FTS5-trigram over the same paragraphs, in the same run); the index
and database sizes on disk; then one gunicorn worker's resident memory after every query once
through the API and the search page. Each size's row is printed (and, with --write, written)
as soon as it is measured, so a long run keeps what it finished. The table ends with the
growth fitted from all its rows and what that fit says at 1,000,000 paragraphs.
"""
from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
import time
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import load
from scale_table import (
    COLUMNS,
    MARK_END,
    MARK_START,
    format_row,
    merge_rows,
    parse_rows,
    section,
)

_spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
bench_search = importlib.util.module_from_spec(_spec)  # not `import search`: that is the project's app
_spec.loader.exec_module(bench_search)

DOC = ROOT / "docs" / "deployment.md"
DEFAULT_SIZES = "25000,50000,100000,200000"


# ---------------------------------------------------------------- measuring one size


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.resolve().rglob("*") if f.is_file()) / 2**20


def database_mb(data_dir: Path) -> float:
    return sum(f.stat().st_size for f in data_dir.glob("archive.sqlite3*")) / 2**20


def private_mb(pid: int) -> float:
    """The part of a process's resident memory that is its own (not file pages such as the index's)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def worker_memory(env: dict, data_dir: Path) -> tuple[float, float]:
    """(resident, private) MiB of a single gunicorn worker once every query has gone through it
    (API and page)."""
    server = load.Server(env, data_dir, 1)
    try:
        server.start()
        for query, _, _ in bench_search.QUERIES:
            for path in ("/api/search/", "/search/"):
                status, _, error = load.fetch(server.port, f"{path}?{urllib.parse.urlencode({'q': query})}")
                if status != 200:
                    raise SystemExit(f"served search failed: {path} {query!r} → {status} {error}")
        (pid,) = bench_search.worker_pids(server.process.pid)
        return bench_search.rss_mb(pid)[0], private_mb(pid)
    finally:
        server.stop()


def measure(size: int, args: argparse.Namespace) -> dict:
    options = argparse.Namespace(paragraphs=size, seed=args.seed, keep=args.keep, data=None)
    with bench_search.archive(options, f"un1540-bench-scale-{size}-") as (data_dir, env, setup):
        measured = bench_search.measure_in_process(env, args.rounds)
        index_mb = folder_mb(data_dir / "whoosh_index")
        db_mb = database_mb(data_dir)
        say("· one gunicorn worker: every query once (API and page), then its memory")
        rss, private = worker_memory(env, data_dir)
    latency = measured["latency"]
    return {
        "size": float(size),
        "paragraphs": float(measured["paragraphs"]),
        "documents": float(measured["documents"]),
        "characters_m": measured["characters"] / 1e6,
        "ingest_s": setup["timings"]["ingest"],
        "build_s": setup["timings"]["build_search_index"],
        "index_mb": index_mb,
        "database_mb": db_mb,
        "p50_ms": latency["archive"]["p50"],
        "p95_ms": latency["archive"]["p95"],
        "fts5_p50_ms": latency["fts5"]["p50"],
        "fts5_p95_ms": latency["fts5"]["p95"],
        "worker_mb": rss,
        "worker_private_mb": private,
        "measured": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"),
    }


def say(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def sizes_argument(value: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in value.split(",")]
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 100:
        raise argparse.ArgumentTypeError(f"{value!r}: 应为逗号分隔的段落数，每个至少 100 (paragraph counts separated by commas, each at least 100)")
    return sorted(set(sizes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=sizes_argument, default=sizes_argument(DEFAULT_SIZES))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1540)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--merge", action="store_true")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)

    note = (
        f"Measured by `bench/scale.py` ({len(bench_search.QUERIES)} queries × {args.rounds} rounds per size; "
        f"machine: {load.CPUS} CPUs, Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"shared with other work). Times in UTC; sizes in MiB; worker: one gunicorn sync worker's "
        f"resident memory after every query once, and the part of it that is not file pages (the index "
        f"files it has read are file pages, shared between workers)."
    )
    old = parse_rows(DOC.read_text(encoding="utf-8")) if args.merge else []
    rows: list[dict] = []
    print("| " + " | ".join(heading for _, heading, _ in COLUMNS) + " |", flush=True)
    for size in args.sizes:
        say(f"── {size:,} paragraphs")
        started = time.perf_counter()
        rows.append(measure(size, args))
        print(format_row(rows[-1]), flush=True)
        say(f"· {size:,} done in {time.perf_counter() - started:.0f} s")
        if args.write:
            bench_search.write_section(DOC, section(merge_rows(old, rows), note), MARK_START, MARK_END)
    print()
    print(section(merge_rows(old, rows), note))
    return 0


if __name__ == "__main__":
    sys.exit(main())

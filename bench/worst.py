"""The most expensive queries known, at archive scale, next to ordinary ones: each must stay under 1 s.

Run (from the project folder):   .venv/bin/python bench/worst.py
Options:  --paragraphs N (default 100000)  --rounds R (default 3)  --write (docs/benchmarks.md)
          --keep (keep the data folder)  --data DIR (reuse a folder kept by this script or bench/search.py)

1. The archive of bench/search.py (same generated corpus, seed 1540, imported through the real
   pipeline with production settings in a temporary folder), unless --data names one.
2. In one Django process: the characters that occur in the most paragraphs are counted from the
   database, and the worst cases are built from them (the commonest characters cost the most);
   each query goes through `/api/search/` with the test client (the whole stack), R times cold
   (the lists of lone characters kept from earlier queries dropped first) and R times again at
   once (warm); `/search/` must answer 200 for each. The first query after a commit (index
   reopened, facet tables reread) is timed apart: every query pays it once, whatever it asks.
3. A Markdown table: cold and warm medians next to the ordinary queries of the same run, the
   answer's total and the budget's notes.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import load

_spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
bench_search = importlib.util.module_from_spec(_spec)  # not `import search`: that is the project's app
_spec.loader.exec_module(bench_search)

MARK_START = "<!-- bench/worst.py: start -->"
MARK_END = "<!-- bench/worst.py: end -->"
LIMIT_MS = 1000


def cases(common: str) -> list[tuple[str, str, str]]:
    """(label, query, sort): ordinary queries first, then the worst. `common` is the archive's
    200 commonest characters, commonest first: the first ones cost the most to read, the
    middle ones are common enough to be costly yet rare enough for the budget to use them."""
    middle = common[50:]

    def excluded(characters: str, n: int) -> str:
        return "出口管制 " + " ".join(f"-{c}" for c in characters[:n])

    return [
        ("ordinary: two words", "出口管制", "relevance"),
        ("ordinary: a common word", "决议", "relevance"),
        ("ordinary: one character", "核", "relevance"),
        ("5 single characters 的 一 是 在 不", "的 一 是 在 不", "relevance"),
        ("5 single characters, the commonest", " ".join(common[:5]), "relevance"),
        ("5 single characters, ranks 51–55", " ".join(middle[:5]), "relevance"),
        ("100 single characters, the commonest", " ".join(common[:100]), "relevance"),
        ("出口管制 and 25 single-character exclusions, the commonest", excluded(common, 25), "relevance"),
        ("出口管制 and 30 single-character exclusions, the commonest", excluded(common, 30), "relevance"),
        ("出口管制 and 30 single-character exclusions, ranks 51–80", excluded(middle, 30), "relevance"),
        ("a common word, exclusions removing most hits", "决议 " + " ".join(f"-{c}" for c in middle[:8]), "relevance"),
        ("a common word by date (every hit examined)", "决议", "date"),
        ("one common character 200 times", common[0] * 200, "relevance"),
    ]


def forget_characters(searcher) -> None:
    """Cold for this query: drop the lone characters' lists that earlier queries read
    (search/characters.py keeps them on each reader). What every query shares once per index
    (facet tables, column readers) stays, as on a serving site."""
    for reader in [searcher.reader()] + [leaf.reader() for leaf, _ in searcher.leaf_searchers()]:
        reader.__dict__.pop("_lone_units", None)
        reader.__dict__.pop("_lone_unit_postings", None)


def reopen_ms(backend) -> float:
    """What the first query after a commit pays once, whatever it asks: the index reopened, the
    facet tables and columns read again."""
    from search import engine

    backend._searcher = None
    started = time.perf_counter()
    engine.search("xyzzy")  # matches nothing: only the shared set-up is timed
    return (time.perf_counter() - started) * 1000


def worker(rounds: int) -> dict:
    """Runs inside the archive's settings (a subprocess)."""
    import django

    django.setup()
    from django.test import Client
    from haystack import connections

    from archive.models import Paragraph
    from search.analysis import is_cjk

    counts = Counter()
    for text in Paragraph.objects.values_list("text", flat=True).iterator():
        counts.update(c for c in set(text) if is_cjk(c))
    common = "".join(c for c, _ in counts.most_common(200))
    backend = connections["default"].get_backend()
    client = Client()
    client.get("/api/search/", {"q": "援助"})  # jieba's dictionary and the facet tables, once

    def timed(query: str, sort: str) -> tuple[float, dict]:
        started = time.perf_counter()
        response = client.get("/api/search/", {"q": query, "sort": sort})
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, (query, response.status_code)
        return elapsed, json.loads(response.content)

    results = []
    for label, query, sort in cases(common):
        cold, warm = [], []
        for _ in range(rounds):
            forget_characters(backend.searcher())
            elapsed, answer = timed(query, sort)
            cold.append(elapsed)
        for _ in range(rounds):
            warm.append(timed(query, sort)[0])
        page = client.get("/search/", {"q": query, "sort": sort})
        results.append({
            "label": label, "query": query, "sort": sort,
            "cold_ms": statistics.median(cold) * 1000, "cold_max_ms": max(cold) * 1000,
            "warm_ms": statistics.median(warm) * 1000,
            "total": answer["total"], "estimated": answer["estimated"], "shown": len(answer["results"]),
            "notes": answer["understood"]["notes"], "page_status": page.status_code,
        })
    return {"paragraphs": Paragraph.objects.count(), "common": common, "results": results, "reopen_ms": reopen_ms(backend)}


def report(measured: dict, meta: dict) -> str:
    results = measured["results"]
    ordinary = max(r["cold_ms"] for r in results if r["label"].startswith("ordinary"))
    worst = [r for r in results if not r["label"].startswith("ordinary")]
    lines = [
        MARK_START,
        "## Worst-case queries (`bench/worst.py`)",
        "",
        f"{measured['paragraphs']:,} paragraphs (the corpus of `bench/search.py`, seed {meta['seed']}). Machine: "
        f"{meta['cpus']} CPUs, Python {meta['python']}, {meta['platform']}; {meta['when']}; whole run {meta['wall']:.0f} s. "
        f"Each query through `/api/search/` (test client, whole stack), {meta['rounds']} times cold (the lists of "
        "lone characters earlier queries read are dropped first) and "
        f"{meta['rounds']} times warm; medians. The commonest characters of this archive, in order: "
        f"{measured['common'][:12]}…",
        "",
        f"| query | cold ms | cold max ms | warm ms | ÷ slowest ordinary (cold) | under {LIMIT_MS} ms | hits | page | budget notes |",
        "|---|---:|---:|---:|---:|---|---:|---:|---|",
    ]
    for r in results:
        ratio = r["cold_ms"] / ordinary
        verdict = "yes" if r["cold_max_ms"] < LIMIT_MS else "**no**"
        total = f"{'≈' if r['estimated'] else ''}{r['total']:,}"
        notes = "; ".join(note.split(" (")[0][:60] for note in r["notes"]) or "—"
        lines.append(
            f"| {r['label']}{' (sort=date)' if r['sort'] == 'date' else ''} | {r['cold_ms']:.0f} | {r['cold_max_ms']:.0f} | "
            f"{r['warm_ms']:.0f} | {ratio:.1f}× | {verdict} | {total} | {r['page_status']} | {notes} |"
        )
    slowest = max(worst, key=lambda r: r["cold_max_ms"])
    lines += [
        "",
        f"Slowest worst case: {slowest['label']}, {slowest['cold_max_ms']:.0f} ms cold at most. Not counted above: "
        f"the first query after each commit, whatever it asks, reopens the index and rereads the facet tables "
        f"({measured['reopen_ms']:.0f} ms here).",
        MARK_END,
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    bench_search.archive_arguments(parser, rounds=3)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.rounds), ensure_ascii=False))
        return 0

    started = time.perf_counter()
    with bench_search.archive(args, "un1540-bench-worst-") as (_, env, _):
        bench_search.say(f"· worst cases, {args.rounds} rounds cold and warm")
        done = subprocess.run(
            [sys.executable, __file__, "--worker", "--rounds", str(args.rounds)],
            cwd=ROOT, env=dict(env, ALLOWED_HOSTS="testserver"), capture_output=True, text=True,
        )
    if done.returncode != 0:
        bench_search.say(done.stdout[-3000:], done.stderr[-5000:])
        raise SystemExit("measurement failed")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    meta = {
        "cpus": load.CPUS, "python": platform.python_version(), "platform": f"{platform.system()} {platform.machine()}",
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "seed": args.seed, "rounds": args.rounds,
        "wall": time.perf_counter() - started,
    }
    section = report(measured, meta)
    print(section)
    if args.write:
        bench_search.write_section(ROOT / "docs" / "benchmarks.md", section, MARK_START, MARK_END)
    too_slow = [r["label"] for r in measured["results"] if r["cold_max_ms"] >= LIMIT_MS or r["page_status"] != 200]
    if too_slow:
        bench_search.say(f"over {LIMIT_MS} ms or not 200: {too_slow}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Search at archive scale: the archive's search against SQLite FTS5 (trigram) and a trivial view.

Run (from the project folder):   .venv/bin/python bench/search.py
Options:  --paragraphs N (default 100000)  --rounds R (query rounds, default 5)
          --requests N (served requests per kind, default 600)  --seconds S (cap on served load, default 120)
          --write (replace this benchmark's section of docs/benchmarks.md)  --keep (keep the data folder)
          --data DIR (reuse a folder made by an earlier --keep run: no generation, import or build)
          --postgresql URL (the archive in this empty PostgreSQL database, searched inside it:
          SEARCH_ENGINE=postgresql; its own section of docs/benchmarks.md)

One run, standard library only beside the project:
1. generates a corpus of about N paragraphs from the sample documents (bench/corpus.py, seeded)
   and imports it through the real pipeline: `manage.py migrate`, `ingest --no-index` (the bulk-load
   way), then `build_search_index` (a complete build: the index build that is measured);
2. in a separate Django process with that archive (production settings): jieba's own
   `cut_for_search` speed on the same text (single core), the same paragraphs in an SQLite FTS5
   table with the trigram tokenizer (stdlib sqlite3), then every query of QUERIES R times through
   the archive's JSON search (`/api/search/`, the whole Django stack via the test client), through
   FTS5 (matching count and the 20 best by bm25), and a trivial view the same number of times;
   then that process's resident memory;
3. starts gunicorn on the archive three times (bench/load.py's server, gunicorn.conf.py's workers,
   the application's bytecode compiled first, as `make install` does)
   and times each first search from the start (the cold start); then serves it once more and
   drives the trivial view and the search views with a bounded, self-stopping load, counting the
   server's CPU time per request; then the workers' memory (resident and proportional);
4. prints a Markdown table (ratios first); `--write` puts it in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import corpus
import load

TRIVIAL = load.TRIVIAL
MARK_START = "<!-- bench/search.py: start -->"
MARK_END = "<!-- bench/search.py: end -->"
PG_MARK_START = "<!-- bench/search.py --postgresql: start -->"
PG_MARK_END = "<!-- bench/search.py --postgresql: end -->"

# (what a researcher types, what FTS5 is asked: strings that must occur, strings that must not)
QUERIES = [
    ("决议", ["决议"], []),  # very common, two characters
    ("委员会", ["委员会"], []),  # very common
    ("安全理事会", ["安全理事会"], []),
    ("核", ["核"], []),  # one character
    ("援助", ["援助"], []),  # two characters
    ("出口", ["出口"], []),
    ("核查", ["核查"], []),
    ("出口管制", ["出口管制"], []),
    ("大规模毁灭性武器", ["大规模毁灭性武器"], []),
    ("非国家行为体", ["非国家行为体"], []),
    ("国际合作", ["国际合作"], []),
    ("能力建设", ["能力建设"], []),
    ("边境管制", ["边境管制"], []),
    ("生物安全", ["生物安全"], []),
    ('"全面审查"', ["全面审查"], []),  # phrases
    ('"国家执行行动计划"', ["国家执行行动计划"], []),
    ('"防止恐怖分子获取"', ["防止恐怖分子获取"], []),
    ("止恐怖分", ["止恐怖分"], []),  # straddles word boundaries
    ("1540", ["1540"], []),  # resolutions
    ("第1810(2008)号决议", ["1810(2008)"], []),
    ("S/RES/2325 (2016)", ["2325(2016)"], []),
    ("A/RES/73/55", ["73/55"], []),
    ("1977", ["1977"], []),
    ("OPCW", ["禁化武组织"], []),  # acronyms of bodies
    ("IAEA", ["原子能机构"], []),
    ("INTERPOL", ["国际刑警组织"], []),
    ("禁化武組織", ["禁化武组织"], []),  # traditional input
    ("大規模毀滅性武器", ["大规模毁灭性武器"], []),
    ("國際原子能機構", ["国际原子能机构"], []),
    ("執行情況", ["执行情况"], []),
    ("基辅", ["基辅"], []),  # rare
    ("透明度和媒体外联", ["透明度和媒体外联"], []),
    ("奥亚尔孙", ["奥亚尔孙"], []),
    ("非国家行为体 -欧盟", ["非国家行为体"], ["欧盟"]),  # exclusion
    ("援助 核", ["援助", "核"], []),  # two terms
    ("xyzzy", ["xyzzy"], []),  # nothing
]


def say(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile, in ms."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1] * 1000


def summary(values: list[float]) -> dict:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "p99": percentile(values, 99), "n": len(values)}


def rss_mb(pid: int | str = "self") -> tuple[float, float]:
    """(resident, peak resident) MiB of a process, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        fields[name] = value
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


# ---------------------------------------------------------------- step 1: corpus and archive


def build_archive(data_dir: Path, paragraphs: int, seed: int, env: dict) -> dict:
    say(f"· generating about {paragraphs:,} paragraphs (seed {seed})")
    generated = corpus.generate(data_dir / "corpus", paragraphs, seed)
    timings = {}
    for label, step in [
        ("migrate", ["migrate", "--noinput", "-v0"]),
        ("ingest", ["ingest", "--no-index", str(data_dir / "corpus")]),
        ("build_search_index", ["build_search_index"]),
        ("collectstatic", ["collectstatic", "--noinput", "-v0"]),
    ]:
        say(f"· manage.py {' '.join(step)}")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "manage.py", *step], cwd=ROOT, env=env, capture_output=True, text=True)
        timings[label] = time.perf_counter() - started
        if done.returncode != 0:
            say(done.stdout[-3000:], done.stderr[-3000:])
            raise SystemExit(f"set-up failed: manage.py {' '.join(step)} exited {done.returncode}")
    shutil.rmtree(data_dir / "corpus")
    return {"generated": generated, "timings": timings}


# ---------------------------------------------------------------- step 2: in one Django process


def fts5_table(texts: list[tuple[int, str]]) -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE paragraphs USING fts5(text, tokenize='trigram')")
    connection.executemany("INSERT INTO paragraphs(rowid, text) VALUES (?, ?)", texts)
    connection.commit()
    return connection


def fts5_search(connection: sqlite3.Connection, must: list[str], must_not: list[str]) -> tuple[int, list[int]]:
    """The peer's best way to answer: MATCH for strings of three or more characters (trigrams),
    instr() for shorter ones (a scan: trigrams cannot hold them, and FTS5's LIKE answers nothing
    for them). Count, then the 20 best."""
    matches = [s for s in must if len(s) >= 3]
    excluded = [s for s in must_not if len(s) >= 3]
    likes = [s for s in must if len(s) < 3]
    not_likes = [s for s in must_not if len(s) < 3]
    where, params = [], []
    if matches:
        expression = " AND ".join('"' + s.replace('"', '""') + '"' for s in matches)
        if excluded:
            expression += " NOT " + " NOT ".join('"' + s.replace('"', '""') + '"' for s in excluded)
        where.append("paragraphs MATCH ?")
        params.append(expression)
    else:
        not_likes += excluded
    where += ["instr(text, ?) > 0"] * len(likes) + ["instr(text, ?) = 0"] * len(not_likes)
    params += likes + not_likes
    clause = " AND ".join(where)
    total = connection.execute(f"SELECT count(*) FROM paragraphs WHERE {clause}", params).fetchone()[0]
    order = "ORDER BY rank" if matches else ""
    best = [row[0] for row in connection.execute(f"SELECT rowid FROM paragraphs WHERE {clause} {order} LIMIT 20", params)]
    return total, best


def worker(rounds: int) -> dict:
    """Runs inside the archive's settings (a subprocess): everything measured in-process."""
    import django

    django.setup()
    import jieba
    from django.test import Client

    from archive.models import Paragraph

    texts = list(Paragraph.objects.order_by("pk").values_list("pk", "text"))
    characters = sum(len(text) for _, text in texts)
    result = {"paragraphs": len(texts), "characters": characters, "documents": Paragraph.objects.values("document").distinct().count()}

    sample = [text for _, text in texts[::5]]  # a fifth of the text is plenty for a speed
    jieba.setLogLevel(60)
    jieba.initialize()
    started = time.perf_counter()
    for text in sample:
        for _ in jieba.cut_for_search(text):
            pass
    result["jieba_chars_per_s"] = sum(map(len, sample)) / (time.perf_counter() - started)

    started = time.perf_counter()
    fts = fts5_table(texts)
    result["fts5_build_s"] = time.perf_counter() - started
    del texts, sample

    client = Client()
    client.get(TRIVIAL)
    times = {"archive": [], "fts5": [], "trivial": []}
    per_query = {query: {"archive": [], "fts5": []} for query, _, _ in QUERIES}
    hits = {}
    for query, must, must_not in QUERIES:  # warm-up: first use of each code path and term
        response = client.get("/api/search/", {"q": query})
        assert response.status_code == 200, (query, response.status_code)
        hits[query] = {"archive": json.loads(response.content)["total"], "fts5": fts5_search(fts, must, must_not)[0]}
    order = list(QUERIES)
    for round_number in range(rounds):
        random.Random(round_number).shuffle(order)
        for query, must, must_not in order:
            started = time.perf_counter()
            response = client.get("/api/search/", {"q": query})
            elapsed = time.perf_counter() - started
            assert response.status_code == 200
            times["archive"].append(elapsed)
            per_query[query]["archive"].append(elapsed)
            started = time.perf_counter()
            fts5_search(fts, must, must_not)
            elapsed = time.perf_counter() - started
            times["fts5"].append(elapsed)
            per_query[query]["fts5"].append(elapsed)
            started = time.perf_counter()
            client.get(TRIVIAL)
            times["trivial"].append(time.perf_counter() - started)
    result["latency"] = {name: summary(values) for name, values in times.items()}
    result["per_query"] = {
        query: {name: statistics.median(values) * 1000 for name, values in kinds.items()} | {"hits": hits[query]}
        for query, kinds in per_query.items()
    }
    fts.close()
    result["rss_mb"], result["peak_rss_mb"] = rss_mb()
    return result


def measure_in_process(env: dict, rounds: int) -> dict:
    say(f"· in-process: jieba, FTS5, {len(QUERIES)} queries × {rounds} rounds")
    done = subprocess.run(
        [sys.executable, __file__, "--worker", "--rounds", str(rounds)],
        cwd=ROOT, env=dict(env, ALLOWED_HOSTS="testserver"), capture_output=True, text=True,
    )
    if done.returncode != 0:
        say(done.stdout[-3000:], done.stderr[-5000:])
        raise SystemExit("in-process measurement failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- step 3: served


def worker_pids(master: int) -> list[int]:
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{master}\n" in text:
            pids.append(int(status.parent.name))
    return pids


def pss_mb(pid: int) -> float:
    """Proportional set size, MiB: pages shared by the workers (forked from one master that
    loaded the application) counted once among them, so summed over processes it is the
    server's real share of memory."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time of these processes so far (a process gone in between counts 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def cold_start(env: dict, data_dir: Path, workers: int, starts: int = 3) -> dict:
    """Fresh starts of gunicorn, each stopped after its first search: seconds from starting it
    until /healthz answers (what a load balancer waits for), until the first search has
    answered, and that first search's own latency; medians of `starts`."""
    url = f"/api/search/?{urllib.parse.urlencode({'q': QUERIES[0][0]})}"
    ready, answered, first = [], [], []
    say(f"· cold start: {starts} fresh starts of gunicorn, one search each")
    for _ in range(starts):
        server = load.Server(env, data_dir, workers)
        started = time.perf_counter()
        try:
            server.start(poll=0.02)
            up = time.perf_counter()
            status, _, error = load.fetch(server.port, url)
            done = time.perf_counter()
        finally:
            server.stop()
        if status != 200:
            raise SystemExit(f"cold start: the first search answered {status or error}")
        ready.append(up - started)
        answered.append(done - started)
        first.append(done - up)
    return {"ready_s": statistics.median(ready), "answered_s": statistics.median(answered), "first_ms": statistics.median(first) * 1000, "starts": starts}


def measure_served(env: dict, data_dir: Path, requests: int, seconds: float) -> dict:
    workers = load.configured_workers()
    load.compile_bytecode()  # as `make serve` starts it
    result = {"workers": workers, "cold": cold_start(env, data_dir, workers)}
    server = load.Server(env, data_dir, workers)
    kinds = {
        "trivial view": [TRIVIAL],
        "search (API)": [f"/api/search/?{urllib.parse.urlencode({'q': q})}" for q, _, _ in QUERIES],
        "search (page)": [f"/search/?{urllib.parse.urlencode({'q': q})}" for q, _, _ in QUERIES],
    }
    say(f"· gunicorn, {workers} workers: {requests} requests per kind, at most {seconds:.0f} s")
    stop = threading.Event()
    try:
        server.start()
        for urls in kinds.values():  # warm every worker on every URL
            load.run_phase(server.port, urls * workers, 2 * load.CPUS, 120, stop)
        rounds = 3
        samples = {name: [] for name in kinds}
        spent = {name: 0.0 for name in kinds}
        server_cpu = {name: 0.0 for name in kinds}
        client_cpu = {name: 0.0 for name in kinds}
        processes = [server.process.pid, *worker_pids(server.process.pid)]
        for round_number in range(rounds):
            for name, urls in kinds.items():
                count = load.shares(requests, rounds)[round_number]
                before, client_before = cpu_seconds(processes), time.process_time()
                batch, elapsed, _ = load.run_phase(
                    server.port, load.cycle(urls, count, round_number * count), 2 * load.CPUS, seconds / rounds / len(kinds), stop
                )
                server_cpu[name] += cpu_seconds(processes) - before
                client_cpu[name] += time.process_time() - client_before
                samples[name] += batch
                spent[name] += elapsed
        workers_now = worker_pids(server.process.pid)
        memory = [rss_mb(pid)[0] for pid in workers_now]
        shares = [pss_mb(pid) for pid in workers_now]
        master = (rss_mb(server.process.pid)[0], pss_mb(server.process.pid))
    finally:
        server.stop()
    for name in kinds:
        batch = samples[name]
        errors = [s for s in batch if s.error or not 200 <= s.status < 400]
        result[name] = {
            "requests": len(batch), "errors": len(errors), "per_s": len(batch) / spent[name] if spent[name] else 0.0,
            "server_cpu_ms": 1000 * server_cpu[name] / max(1, len(batch)), "client_cpu_ms": 1000 * client_cpu[name] / max(1, len(batch)),
            **summary([s.seconds for s in batch]),
        }
    result["worker_rss_mb"] = max(memory) if memory else float("nan")
    result["worker_pss_mb"] = statistics.mean(shares) if shares else float("nan")
    result["server_pss_mb"] = master[1] + sum(shares)
    result["master_rss_mb"] = master[0]
    result["problems"] = server.log_problems()
    return result


# ---------------------------------------------------------------- report


def report(setup: dict, measured: dict, served: dict, meta: dict, postgresql: bool = False) -> str:
    latency = measured["latency"]
    fts, ours = latency["fts5"], latency["archive"]
    build_s = setup["timings"].get("build_search_index", float("nan"))
    import_rate = measured["characters"] / (setup["timings"].get("ingest", float("nan")) + build_s)
    jieba_rate = measured["jieba_chars_per_s"]
    served_ratio = served["search (API)"]["per_s"] / served["trivial view"]["per_s"]
    cold = served["cold"]
    page_ratio = served["search (page)"]["per_s"] / served["trivial view"]["per_s"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    lines = [
        PG_MARK_START if postgresql else MARK_START,
        "## Search at archive scale inside PostgreSQL (`bench/search.py --postgresql`)" if postgresql else "## Search at archive scale (`bench/search.py`)",
        "",
        f"{measured['paragraphs']:,} paragraphs in {measured['documents']:,} documents "
        f"({measured['characters'] / 1e6:.1f} M characters), generated from the sample documents "
        f"(seed {meta['seed']}) and imported through the real pipeline. Machine: {meta['cpus']} CPUs, "
        f"Python {meta['python']}, {meta['platform']}; {meta['when']}; whole run {meta['wall']:.0f} s.",
        "",
        "| target | measured | ratio | goal | |",
        "|---|---|---:|---:|---|",
        f"| search p50 vs FTS5-trigram p50 | {ours['p50']:.1f} ms vs {fts['p50']:.1f} ms | {ours['p50'] / fts['p50']:.1f}× | ≤ 4× | {verdict(ours['p50'] <= 4 * fts['p50'])} |",
        f"| search p95 vs FTS5-trigram p95 | {ours['p95']:.1f} ms vs {fts['p95']:.1f} ms | {ours['p95'] / fts['p95']:.1f}× | ≤ 4× | {verdict(ours['p95'] <= 4 * fts['p95'])} |",
        f"| served search (API) vs trivial view | {served['search (API)']['per_s']:.1f} vs {served['trivial view']['per_s']:.1f} req/s | {100 * served_ratio:.1f}% | ≥ 5% | {verdict(served_ratio >= 0.05)} |",
        f"| bulk import (`ingest --no-index`, then `build_search_index`) vs jieba `cut_for_search` (one core) | {import_rate / 1000:.0f} k vs {jieba_rate / 1000:.0f} k chars/s | {100 * import_rate / jieba_rate:.0f}% | ≥ 30% | {verdict(import_rate >= 0.30 * jieba_rate)} |",
        f"| gunicorn worker resident memory, index open (largest; mean proportional share) | {served['worker_rss_mb']:.0f} MB ({served['worker_pss_mb']:.0f} MB) | | ≤ 250 MB | {verdict(served['worker_rss_mb'] <= 250)} |",
        f"| cold start: gunicorn started → first search answered | {cold['answered_s']:.2f} s | | ≤ 1 s | {verdict(cold['answered_s'] <= 1)} |",
        f"| cold start: the first search's own latency | {cold['first_ms']:.0f} ms | | ≤ 1 s | {verdict(cold['first_ms'] <= 1000)} |",
        "",
        f"In-process latency over {len(QUERIES)} queries × {meta['rounds']} rounds (archive: `/api/search/` through "
        "the Django test client, with highlighting and facets; FTS5: matching count and the 20 best by bm25; "
        "trivial: `" + TRIVIAL + "`):",
        "",
        "| | p50 ms | p95 ms | p99 ms |",
        "|---|---:|---:|---:|",
    ]
    for name, label in [("archive", "archive search"), ("fts5", "SQLite FTS5 trigram"), ("trivial", "trivial view")]:
        values = latency[name]
        lines.append(f"| {label} | {values['p50']:.1f} | {values['p95']:.1f} | {values['p99']:.1f} |")
    lines += [
        "",
        f"Served by gunicorn ({served['workers']} sync workers, gunicorn.conf.py's number for {load.CPUS} CPUs; the application "
        f"and the search tables loaded once in the master before it forks them), {2 * load.CPUS} client threads on the same "
        "machine. Server CPU is the user and system time of the master and its workers per answered request: the machine "
        "time a request costs, which other load on the machine changes far less than it changes req/s.",
        "",
        "| | ÷ trivial | requests | errors | req/s | server CPU ms | client CPU ms | p50 ms | p95 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in ("trivial view", "search (API)", "search (page)"):
        values = served[name]
        ratio = values["per_s"] / served["trivial view"]["per_s"]
        lines.append(
            f"| {name} | {ratio:.3f} | {values['requests']} | {values['errors']} | {values['per_s']:.1f} | "
            f"{values['server_cpu_ms']:.2f} | {values['client_cpu_ms']:.2f} | "
            f"{values['p50']:.1f} | {values['p95']:.1f} | {values['p99']:.1f} |"
        )
    lines += [
        "",
        f"Cold start, medians of {cold['starts']} fresh starts of gunicorn: /healthz answered {cold['ready_s']:.2f} s after "
        f"the start, the first search {cold['answered_s']:.2f} s after it, itself taking {cold['first_ms']:.0f} ms. "
        f"Server memory after the load: master {served['master_rss_mb']:.0f} MB resident; master and workers "
        f"{served['server_pss_mb']:.0f} MB in all (proportional set size: shared pages counted once).",
    ]
    timings = setup["timings"]
    lines += [
        "",
        f"Set-up: `ingest --no-index` {timings.get('ingest', float('nan')):.0f} s (parse on every core, store), "
        f"`build_search_index` {build_s:.0f} s (complete build); FTS5 table built in {measured['fts5_build_s']:.1f} s. "
        f"Resident memory of the measuring process: {measured['rss_mb']:.0f} MB (peak {measured['peak_rss_mb']:.0f} MB, "
        f"including the FTS5 copy). Served search page ÷ trivial: {100 * page_ratio:.1f}%.",
        "",
        "<details><summary>Per query: median ms and hits</summary>",
        "",
        "| query | archive ms | FTS5 ms | archive hits | FTS5 hits |",
        "|---|---:|---:|---:|---:|",
    ]
    for query, values in measured["per_query"].items():
        lines.append(
            f"| `{query}` | {values['archive']:.1f} | {values['fts5']:.1f} | {values['hits']['archive']:,} | {values['hits']['fts5']:,} |"
        )
    lines += ["", "</details>", PG_MARK_END if postgresql else MARK_END]
    return "\n".join(lines) + "\n"


def write_section(path: Path, section: str, start: str = MARK_START, end: str = MARK_END) -> None:
    text = path.read_text(encoding="utf-8")
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def archive_arguments(parser: argparse.ArgumentParser, rounds: int) -> None:
    """The options of every benchmark on this generated archive (bench/worst.py shares them)."""
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1540)
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--data", type=Path)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)


@contextlib.contextmanager
def archive(args: argparse.Namespace, prefix: str):
    """(folder, environment, set-up timings) of the generated archive: built in a new temporary
    folder unless --data names a kept one, and removed afterwards unless --keep or --data."""
    if args.data and not (args.data / "bench-setup.json").is_file():
        raise SystemExit(f"{args.data}: 不是 --keep 保留的基准数据文件夹 (not a folder kept by an earlier --keep run)")
    data_dir = args.data or Path(tempfile.mkdtemp(prefix=prefix))
    env = load.production_env(data_dir)
    if getattr(args, "postgresql", None):
        env.update(DATABASE_URL=args.postgresql, SEARCH_ENGINE="postgresql")
    try:
        if args.data:
            setup = json.loads((data_dir / "bench-setup.json").read_text())
        else:
            setup = build_archive(data_dir, args.paragraphs, args.seed, env)
            (data_dir / "bench-setup.json").write_text(json.dumps(setup))
        yield data_dir, env, setup
    finally:
        if not args.keep and not args.data:
            shutil.rmtree(data_dir, ignore_errors=True)
        elif not args.data:
            say(f"· kept {data_dir}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    archive_arguments(parser, rounds=5)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--postgresql", metavar="URL", help="an empty PostgreSQL database: the archive and its search inside it")
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.rounds), ensure_ascii=False))
        return 0

    started = time.perf_counter()
    with archive(args, "un1540-bench-search-") as (data_dir, env, setup):
        measured = measure_in_process(env, args.rounds)
        served = measure_served(env, data_dir, args.requests, args.seconds)
    gunicorn_version = subprocess.run([str(load.gunicorn_path()), "--version"], capture_output=True, text=True).stdout.strip()
    meta = {
        "cpus": load.CPUS, "python": platform.python_version(), "platform": f"{platform.system()} {platform.machine()}, {gunicorn_version}",
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "seed": args.seed, "rounds": args.rounds,
        "wall": time.perf_counter() - started,
    }
    section = report(setup, measured, served, meta, postgresql=bool(args.postgresql))
    print(section)
    if args.write:
        marks = (PG_MARK_START, PG_MARK_END) if args.postgresql else (MARK_START, MARK_END)
        write_section(ROOT / "docs" / "benchmarks.md", section, *marks)
    errors = sum(served[name]["errors"] for name in ("trivial view", "search (API)", "search (page)"))
    if errors or served["problems"]:
        say(f"{errors} errors; server log problems: {served['problems'][:5]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

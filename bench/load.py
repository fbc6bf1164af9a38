"""Load benchmark of the served site: a real gunicorn with production settings, driven over HTTP.

Run (from the project folder):   .venv/bin/python bench/load.py
Options:  --requests N (per page type, default 1000)  --seconds S (cap on the measured load, default 150)
          --concurrency C (client threads, default 2 x CPUs)  --rounds R (default 3)
          --write FILE (also write the Markdown table there)  --keep (keep the data folder)

One run, standard library only (threads + http.client):
1. sets up a temporary ARCHIVE_DATA_DIR as the Makefile's `load` target does (migrate, ingest
   fixtures/documents, build_search_index, collectstatic) with production settings;
2. starts gunicorn (gunicorn.conf.py) on a free port of 127.0.0.1 with the workers it chooses,
   waits for /healthz, and always stops it at the end (errors and Ctrl-C included);
3. warms every URL in every worker, then measures each page type in its own phase at full
   concurrency (phases interleaved over R rounds so machine drift hits every type alike), then
   one phase of all types interleaved ("mix");
4. prints a Markdown table: throughput ratio to the trivial view first, then requests, errors,
   req/s, p50/p95/p99 latency. Any error (non-2xx/3xx answer or connection failure) makes the
   exit status non-zero.
See bench/README.md.
"""
from __future__ import annotations

import argparse
import http.client
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CPUS = os.cpu_count() or 1

# The trivial baseline: a Django view through the whole middleware stack that does no work of
# its own (robots.txt), so it stays the same size whatever the archive holds. (Static files would
# not do: WhiteNoise answers them before Django.)
TRIVIAL = "/robots.txt"

SEARCH_QUERIES = [
    "援助",
    "出口管制",
    "禁化武組織",
    "OPCW",
    "1540",
    "第1810(2008)号决议",
    '"全面审查"',
    "非国家行为体 -欧盟",
    "IAEA",
    "大规模毁灭性武器",
]


def _q(query: str) -> str:
    return urllib.parse.urlencode({"q": query})


PAGE_TYPES: dict[str, list[str]] = {
    "trivial view": [TRIVIAL],
    "search": [f"/search/?{_q(q)}" for q in SEARCH_QUERIES],
    "API search": [f"/api/search/?{_q(q)}" for q in SEARCH_QUERIES],
    "resolution": [
        "/resolutions/S/RES/1540(2004)/",
        "/resolutions/S/RES/1810(2008)/",
        "/resolutions/A/RES/73/55/",
    ],
    "document": [
        "/documents/CD/2118/",
        "/documents/S/2010/52/",
        "/documents/S/AC.44/SR.74/",
        "/documents/A/74/140/",
        "/documents/002-2df1659267c69416/",
    ],
    "paragraph": [
        "/documents/CD/2118/5-f/",
        "/documents/CD/2118/recommendations-a/",
        "/documents/S/2010/52/18/",
        "/documents/S/AC.44/SR.74/12/",
        "/documents/A/74/140/3/",
        "/documents/A/74/140/sec-iii-p5/",
        "/documents/002-2df1659267c69416/sec-iv-p3/",
    ],
}
MIX = "mix (all of the above, interleaved)"

# Settings that would point the benchmark at something other than its temporary folder.
SCRUBBED_ENV = ["DATABASE_URL", "HAYSTACK_ENGINE", "HAYSTACK_URL", "HAYSTACK_PATH", "HAYSTACK_INDEX_NAME", "DEBUG"]

REQUEST_TIMEOUT = 30  # gunicorn.conf.py kills a worker after 30 s
HEADERS = {
    "Accept": "text/html,application/json;q=0.9,*/*;q=0.8",
    "Accept-Encoding": "gzip",  # as browsers do: GZipMiddleware's work is part of serving a page
    "User-Agent": "un1540-bench-load/1",
}


def say(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- set-up and server


def production_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env.update(
        ARCHIVE_DATA_DIR=str(data_dir),
        DJANGO_SETTINGS_MODULE="config.settings.prod",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        SECURE_SSL_REDIRECT="0",
        PYTHONUNBUFFERED="1",
        # the benchmark measures capacity from one client: the per-client limits would refuse it
        RATE_LIMIT_LOGIN="off",
        RATE_LIMIT_SEARCH="off",
        RATE_LIMIT_API="off",
        RATE_LIMIT_EXPORT="off",
    )
    return env


def compile_bytecode() -> None:
    """What `make install` does before `make serve` starts gunicorn (`make bytecode`): the
    application's modules compiled once, so that a server started where Python may not write
    bytecode (PYTHONDONTWRITEBYTECODE) does not compile them at every start."""
    subprocess.run(["make", "-s", "bytecode", f"BIN={Path(sys.executable).parent}"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def set_up(env: dict[str, str]) -> list[tuple[str, float]]:
    """The Makefile's `load` target, into the temporary data folder. Returns (step, seconds)."""
    compile_bytecode()
    steps = [
        ["migrate", "--noinput", "-v0"],
        ["ingest", "fixtures/documents"],
        ["build_search_index"],
        ["collectstatic", "--noinput", "-v0"],
    ]
    timings = []
    for step in steps:
        label = "manage.py " + " ".join(step)
        say(f"· {label}")
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "manage.py", *step], cwd=ROOT, env=env, capture_output=True, text=True
        )
        timings.append((label, time.perf_counter() - started))
        if done.returncode != 0:
            say(done.stdout, done.stderr)
            raise SystemExit(f"set-up failed: {label} exited {done.returncode}")
    return timings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def configured_workers() -> int:
    """The worker count gunicorn.conf.py chooses on this machine (what `make serve` runs)."""
    import runpy

    return int(runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"])


def gunicorn_path() -> Path:
    beside = Path(sys.executable).parent / "gunicorn"
    return beside if beside.exists() else ROOT / ".venv" / "bin" / "gunicorn"


class Server:
    """gunicorn in its own session (Ctrl-C reaches us, not it); stop() ends it and its workers."""

    def __init__(self, env: dict[str, str], data_dir: Path, workers: int):
        self.port = free_port()
        self.workers = workers
        self.log_path = data_dir / "gunicorn.log"
        self.env = dict(env, BIND=f"127.0.0.1:{self.port}", WEB_CONCURRENCY=str(workers))
        command = [str(gunicorn_path()), "--config", "gunicorn.conf.py"]
        # gunicorn ≥ 24 opens a control socket, by default one per user (~/.gunicorn/gunicorn.ctl):
        # keep ours in the temporary folder so it cannot collide with a `make serve` running beside us.
        help_text = subprocess.run([command[0], "--help"], capture_output=True, text=True).stdout
        if "--control-socket" in help_text:
            command += ["--control-socket", str(data_dir / "gunicorn.ctl")]
        self.command = command + ["config.wsgi"]
        self.process: subprocess.Popen | None = None

    def start(self, wait: float = 60.0, poll: float = 0.2) -> None:
        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with status {self.process.returncode} at start-up")
            status, _, _ = fetch(self.port, "/healthz", timeout=2)
            if status == 200:
                return
            time.sleep(poll)
        raise RuntimeError(f"gunicorn did not answer /healthz within {wait:.0f} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            self._close_log()
            return
        self.process.terminate()  # graceful: the master stops its workers (graceful_timeout = 10 s)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            say("gunicorn did not stop within 15 s: killing its process group")
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # the session we started for it
            except ProcessLookupError:
                pass
            self.process.wait(timeout=5)
        self._close_log()

    def _close_log(self) -> None:
        log = getattr(self, "_log", None)
        if log is not None and not log.closed:
            log.close()

    def log_problems(self) -> list[str]:
        """Lines of the server's log that are neither access-log lines nor routine start/stop messages."""
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return []
        return [line for line in lines if re.search(r"\[(ERROR|CRITICAL|WARNING)\]|Traceback", line)]


# ---------------------------------------------------------------- client


def fetch(port: int, url: str, timeout: float = REQUEST_TIMEOUT) -> tuple[int, int, str]:
    """One GET on a fresh connection (gunicorn's sync workers close after each answer).
    Returns (status, body bytes, error); status 0 for a connection failure."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", url, headers=HEADERS)
        response = connection.getresponse()
        body = response.read()
        return response.status, len(body), ""
    except (OSError, http.client.HTTPException) as error:
        return 0, 0, f"{type(error).__name__}: {error}"
    finally:
        connection.close()


@dataclass
class Sample:
    url: str
    status: int
    seconds: float
    size: int
    error: str


@dataclass
class Totals:
    samples: list[Sample] = field(default_factory=list)
    seconds: float = 0.0  # wall time of this type's phases
    capped: int = 0  # phases that hit their time slice before their request count

    @property
    def errors(self) -> list[Sample]:
        return [s for s in self.samples if s.error or not 200 <= s.status < 400]

    @property
    def throughput(self) -> float:
        return len(self.samples) / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile of the latencies, in ms."""
        values = sorted(s.seconds for s in self.samples)
        if not values:
            return float("nan")
        rank = max(1, -(-len(values) * p // 100))  # ceil
        return values[int(rank) - 1] * 1000


def run_phase(port: int, urls: list[str], concurrency: int, time_slice: float, stop: threading.Event) -> tuple[list[Sample], float, bool]:
    """`concurrency` closed-loop clients take the next URL of `urls` until none is left or the
    time slice is over. Returns the samples, the phase's wall time and whether it was cut short."""
    lock = threading.Lock()
    position = [0]
    results: list[list[Sample]] = [[] for _ in range(concurrency)]
    started = time.perf_counter()
    deadline = started + time_slice

    def client(mine: list[Sample]) -> None:
        while not stop.is_set() and time.perf_counter() < deadline:
            with lock:
                if position[0] >= len(urls):
                    return
                url = urls[position[0]]
                position[0] += 1
            t0 = time.perf_counter()
            status, size, error = fetch(port, url)
            mine.append(Sample(url, status, time.perf_counter() - t0, size, error))

    threads = [threading.Thread(target=client, args=(results[i],), daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    samples = [s for mine in results for s in mine]
    return samples, elapsed, len(samples) < len(urls)


def cycle(urls: list[str], count: int, offset: int = 0) -> list[str]:
    return [urls[(offset + i) % len(urls)] for i in range(count)]


def shares(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


# ---------------------------------------------------------------- report


def fmt(value: float, digits: int = 1) -> str:
    return "—" if value != value else f"{value:,.{digits}f}"  # NaN → dash


def table(totals: dict[str, Totals], meta: dict[str, str]) -> str:
    base = totals["trivial view"].throughput
    lines = [
        "## Load (gunicorn, production settings, sample corpus; `bench/load.py`)",
        "",
        f"Machine: {meta['cpus']} CPUs, Python {meta['python']}, {meta['platform']}; "
        f"gunicorn {meta['gunicorn']} ({meta['workers']} sync workers), SQLite; "
        f"{meta['concurrency']} client threads (closed loop, a new connection per request, "
        f"`Accept-Encoding: gzip`) on the same machine, using {meta['client_cpu']} ms of CPU a request; "
        f"{meta['when']}.",
        f"Trivial view = `{TRIVIAL}` (a Django view through the whole middleware stack that does "
        "no work of its own; no static file). Each type was measured in its own phase at full "
        f"concurrency, phases interleaved over {meta['rounds']} rounds; ratio = the type's throughput "
        "divided by the trivial view's in the same run.",
        "",
        "| page type | URLs | throughput ÷ trivial | requests | errors | req/s | p50 ms | p95 ms | p99 ms | mean KB sent |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, total in totals.items():
        n = len(total.samples)
        ratio = total.throughput / base if base else float("nan")
        urls = len(PAGE_TYPES[name]) if name in PAGE_TYPES else sum(len(u) for u in PAGE_TYPES.values())
        size = sum(s.size for s in total.samples) / n / 1024 if n else float("nan")
        capped = " (time-capped)" if total.capped else ""
        lines.append(
            f"| {name} | {urls} | {fmt(ratio, 2)} | {n}{capped} | {len(total.errors)} | "
            f"{fmt(total.throughput)} | {fmt(total.percentile(50))} | {fmt(total.percentile(95))} | "
            f"{fmt(total.percentile(99))} | {fmt(size)} |"
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="requests per page type (default 1000)")
    parser.add_argument("--seconds", type=float, default=150, help="cap on the measured load, all phases together (default 150)")
    parser.add_argument("--concurrency", type=int, default=2 * CPUS, help=f"client threads (default 2 x CPUs = {2 * CPUS})")
    parser.add_argument("--workers", type=int, default=configured_workers(), help=f"gunicorn workers, WEB_CONCURRENCY (default gunicorn.conf.py's: {configured_workers()})")
    parser.add_argument("--rounds", type=int, default=3, help="phases per page type, interleaved (default 3)")
    parser.add_argument("--write", metavar="FILE", help="also write the Markdown table to FILE")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder (and gunicorn's log)")
    args = parser.parse_args(argv)
    if min(args.requests, args.concurrency, args.workers, args.rounds) < 1 or args.seconds <= 0:
        parser.error("--requests, --concurrency, --workers, --rounds and --seconds must be positive")

    stop = threading.Event()

    def on_sigterm(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_sigterm)

    data_dir = Path(tempfile.mkdtemp(prefix="un1540-load-"))
    server: Server | None = None
    started = time.perf_counter()
    try:
        env = production_env(data_dir)
        say(f"Setting up {data_dir} (production settings)")
        set_up_times = set_up(env)

        server = Server(env, data_dir, args.workers)
        say(f"Starting gunicorn on 127.0.0.1:{server.port} with {args.workers} workers")
        server.start()

        # Warm-up, not measured: every URL, enough times that each worker has loaded jieba,
        # opened the index and rendered every template once.
        all_urls = [url for urls in PAGE_TYPES.values() for url in urls]
        warm_urls = all_urls * (2 * args.workers)
        say(f"Warming up: {len(warm_urls)} requests")
        warm, _, _ = run_phase(server.port, warm_urls, args.concurrency, 120, stop)
        warm_errors = [s for s in warm if s.error or not 200 <= s.status < 400]

        names = list(PAGE_TYPES)
        groups = names + [MIX]
        totals = {name: Totals() for name in groups}
        time_slice = args.seconds / (args.rounds * len(groups))
        per_round = shares(args.requests, args.rounds)
        rng = random.Random(1540)
        client_cpu = time.process_time()
        say(f"Measuring: {args.requests} requests per page type, {args.concurrency} clients, "
            f"{args.rounds} rounds, at most {time_slice:.1f} s a phase ({args.seconds:.0f} s in all)")
        for round_number in range(args.rounds):
            order = groups[round_number % len(groups):] + groups[: round_number % len(groups)]
            for name in order:
                count = per_round[round_number]
                if count == 0:
                    continue
                if name == MIX:
                    urls = [url for n, c in zip(names, shares(count, len(names))) for url in cycle(PAGE_TYPES[n], c, rng.randrange(97))]
                    rng.shuffle(urls)
                else:
                    urls = cycle(PAGE_TYPES[name], count, offset=sum(per_round[:round_number]))
                samples, elapsed, capped = run_phase(server.port, urls, args.concurrency, time_slice, stop)
                totals[name].samples += samples
                totals[name].seconds += elapsed
                totals[name].capped += capped
                say(f"  round {round_number + 1}: {name}: {len(samples)} in {elapsed:.2f} s"
                    f"{' (time slice over)' if capped else ''}")
        client_cpu = time.process_time() - client_cpu
    except KeyboardInterrupt:
        stop.set()
        say("Interrupted: stopping gunicorn")
        return 130
    finally:
        stop.set()
        problems = []
        if server is not None:
            server.stop()
            problems = server.log_problems()
        if args.keep:
            say(f"Kept {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)

    try:
        from importlib.metadata import version

        gunicorn_version = version("gunicorn")
    except Exception:  # noqa: BLE001 — only for the report
        gunicorn_version = "?"
    meta = {
        "cpus": str(CPUS),
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.machine()}",
        "gunicorn": gunicorn_version,
        "workers": str(args.workers),
        "concurrency": str(args.concurrency),
        "rounds": str(args.rounds),
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "client_cpu": f"{client_cpu * 1000 / max(1, sum(len(t.samples) for t in totals.values())):.2f}",
    }
    report = table(totals, meta)
    print(report)
    if args.write:
        Path(args.write).write_text(report, encoding="utf-8")
        say(f"Wrote {args.write}")

    say("Set-up: " + ", ".join(f"{label.removeprefix('manage.py ')} {seconds:.1f} s" for label, seconds in set_up_times)
        + f"; whole run {time.perf_counter() - started:.0f} s")
    slowest = sorted((s for t in totals.values() for s in t.samples), key=lambda s: s.seconds, reverse=True)[:3]
    by_url: dict[str, list[float]] = {}
    for total in totals.values():
        for sample in total.samples:
            by_url.setdefault(sample.url, []).append(sample.seconds)
    medians = sorted(((sorted(v)[len(v) // 2], url) for url, v in by_url.items()), reverse=True)[:5]
    say("Slowest URLs by median: " + "; ".join(f"{urllib.parse.unquote(url)} {m * 1000:.0f} ms" for m, url in medians))
    say("Slowest requests: " + "; ".join(f"{urllib.parse.unquote(s.url)} {s.seconds * 1000:.0f} ms" for s in slowest))
    errors = warm_errors + [s for t in totals.values() for s in t.errors]
    kinds = Counter((urllib.parse.unquote(s.url), s.error or f"HTTP {s.status}") for s in errors)
    for (url, what), count in kinds.most_common(10):
        say(f"ERROR {url}: {what} ×{count}")
    if warm_errors:
        say(f"{len(warm_errors)} errors during the warm-up (not in the table)")
    for line in problems[:10]:
        say(f"gunicorn log: {line}")
    if errors:
        say(f"FAILED: {len(errors)} errors")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

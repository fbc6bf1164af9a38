"""The import bombs of issue #26 at full size: how soon, and in how much memory, ingest refuses them.

Run (from the project folder):   .venv/bin/python bench/bombs.py [--keep] [--timeout 120]

Builds in a temporary folder the three files of the issue (a .docx of 2 million paragraphs, a
.docx holding 1 GiB of XML, a one-page PDF of 200,000 text runs) and a .docx of a million
paragraphs small enough to pass the size cap (so the streamed count refuses it); for comparison,
a missing file (the command's start-up alone) and a copy of the CD/2118 fixture; then runs `manage.py ingest FILE` on each in its own child process (production
settings, a fresh SQLite `ARCHIVE_DATA_DIR`) and reports the wall time until the command
ended, the child's peak resident memory (ru_maxrss from wait4, Python and Django included) and
the refusal line. Nothing is left behind unless --keep.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import load

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
TAIL = "</w:body></w:document>"
RUN = "委员会审议了国家报告并请各国继续执行决议1540"  # 24 characters, as in the PDF


def say(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def word_file(path: Path, chunks) -> Path:
    """A .docx with python-docx's own parts and a body streamed from `chunks` (str)."""
    import io

    from docx import Document

    template = io.BytesIO()
    Document().save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.namelist():
            if item == "word/document.xml":
                with target.open(item, "w", force_zip64=True) as member:
                    for chunk in chunks:
                        member.write(chunk.encode())
            else:
                target.writestr(item, source.read(item))
    return path


def many_paragraphs(count=2_000_000, batch=10_000):
    yield HEAD
    for _ in range(count // batch):
        yield "<w:p><w:r><w:t>段</w:t></w:r></w:p>" * batch
    yield TAIL


def compact_paragraphs(count=1_000_000, batch=10_000):
    """Paragraphs of 23 bytes of XML: a million fit under the part cap, so the count refuses them."""
    yield HEAD
    for _ in range(count // batch):
        yield "<w:p><w:t>段</w:t></w:p>" * batch
    yield TAIL


def gibibyte_of_xml(size=2**30, chunk=2**24):
    yield HEAD + "<w:p><w:r><w:t>安全理事会第1540(2004)号决议。</w:t></w:r></w:p>"
    for _ in range(size // chunk):
        yield " " * chunk
    yield TAIL


def pdf_of_runs(path: Path, runs=200_000) -> Path:
    from reportlab.pdfgen import canvas

    from tests.un_pdf import FONT  # registers the CJK font the tests embed

    page = canvas.Canvas(str(path))
    page.setFont(FONT, 4)
    for n in range(runs):
        page.drawString(20 + (n % 5) * 110, 20 + (n // 5) % 200 * 4, RUN)
    page.save()
    return path


def ingest(env: dict, path: Path, timeout: float) -> dict:
    """Wall time, peak resident memory and last error line of `manage.py ingest PATH`."""
    log = path.with_suffix(".log")
    started = time.perf_counter()
    with open(log, "w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", "--no-index", str(path)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
        )
    deadline, status, usage = started + timeout, None, None
    while status is None:
        pid, raw_status, rusage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            status, usage = os.waitstatus_to_exitcode(raw_status), rusage
        elif time.perf_counter() > deadline:
            os.killpg(child.pid, signal.SIGKILL)
        else:
            time.sleep(0.05)
    seconds = time.perf_counter() - started
    child.returncode = status
    errors = [line for line in log.read_text().splitlines() if line.startswith("错误")]
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "status": status, "line": errors[0] if errors else ""}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a child is killed")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="un1540-bench-bombs-"))
    env = load.production_env(folder)
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
        files = [("a missing file: the command's own start-up", folder / "missing.txt", None)]
        say("· building the bombs")
        files.append(("CD/2118 (a real letter, for comparison)", shutil.copy(ROOT / "fixtures/documents/000_34e8a822261838fa.txt", folder / "cd2118.txt"), None))
        for label, build, before in (
            ("2 million paragraphs (.docx)", lambda: word_file(folder / "paragraphs.docx", many_paragraphs()), "942 s, 3.96 GB, stopped by hand"),
            ("1 million paragraphs in 23 MB of XML (.docx)", lambda: word_file(folder / "compact.docx", compact_paragraphs()), None),
            ("1 GiB of XML (.docx)", lambda: word_file(folder / "gibibyte.docx", gibibyte_of_xml()), "16.7 s, 2.18 GB, refused as damaged"),
            ("200,000 text runs on one page (PDF)", lambda: pdf_of_runs(folder / "runs.pdf"), "175 s, 2.47 GB, one paragraph of 4.8 M characters"),
        ):
            started = time.perf_counter()
            files.append((label, build(), before))
            say(f"  {label}: built in {time.perf_counter() - started:.0f} s")
        print("| file | size | ended after | peak memory | exit | refusal | before (issue #26) |")
        print("|---|---:|---:|---:|---:|---|---|")
        for label, path, before in files:
            path = Path(path)
            say(f"· ingest {path.name}")
            result = ingest(env, path, args.timeout)
            line = result["line"].replace(str(path), path.name).replace("|", "\\|")
            size = path.stat().st_size if path.exists() else 0
            shown = f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB" if size else "—"
            print(
                f"| {label} | {shown} | {result['seconds']:.2f} s | {result['peak_mb']:.0f} MB | {result['status']} "
                f"| {line or 'imported'} | {before or '—'} |",
                flush=True,
            )
    finally:
        if args.keep:
            say(f"· kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

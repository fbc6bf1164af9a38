"""Progress of ingest, build_search_index and extract_references: a bar on a terminal, plain
count lines in a log, nothing at -v0 (driven by item counts, never by time)."""
import io
import re

import pytest
from django.core.management import call_command

from archive.management.commands import extract_references, ingest
from archive.progress import Progress
from search.management.commands import build_search_index
from tests.conftest import FIXTURES


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_log_gets_a_line_each_time_another_step_is_done():
    log = io.StringIO()
    with Progress(log, 250, "读取 (reading)", every=100) as progress:
        for _ in range(250):
            progress.update()
    assert log.getvalue() == "读取 (reading): 100/250\n读取 (reading): 200/250\n"


def test_chunks_that_cross_a_step_print_once_each():
    log = io.StringIO()
    with Progress(log, 25000, "索引段落 (indexing paragraphs)", every=10000) as progress:
        for _ in range(25):
            progress.update(1000)
    assert log.getvalue() == "索引段落 (indexing paragraphs): 10000/25000\n索引段落 (indexing paragraphs): 20000/25000\n"


def test_a_terminal_gets_a_bar_with_rate_and_eta():
    screen = Terminal()
    with Progress(screen, 3, "导入 (importing)", every=100) as progress:
        progress.update()
    assert re.search(r"导入 \(importing\): +0%\|.*\| 0/3 \[00:00<\?, \?it/s\]", screen.getvalue())


def test_nothing_at_verbosity_zero_even_on_a_terminal():
    screen = Terminal()
    with Progress(screen, 300, "读取 (reading)", every=100, verbosity=0) as progress:
        progress.update(300)
    assert screen.getvalue() == ""


@pytest.mark.django_db
def test_commands_are_silent_at_v0():
    for name, args in [("ingest", [str(FIXTURES)]), ("extract_references", []), ("build_search_index", [])]:
        out, err = Terminal(), Terminal()
        call_command(name, *args, verbosity=0, stdout=out, stderr=err)
        assert (name, out.getvalue(), err.getvalue()) == (name, "", "")


@pytest.mark.django_db
def test_commands_log_counts_on_stderr_and_keep_stdout_for_results(monkeypatch):
    monkeypatch.setattr(ingest, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(extract_references, "PROGRESS_EVERY", 2)
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", str(FIXTURES), "--no-index", stdout=out, stderr=err)
    assert err.getvalue() == (
        "读取 (reading): 2/5\n读取 (reading): 4/5\n导入 (importing): 2/5\n导入 (importing): 4/5\n"
    )
    assert out.getvalue().splitlines()[-1].startswith("文档：新增 5，更新 0，未变 0；")
    out, err = io.StringIO(), io.StringIO()
    call_command("extract_references", stdout=out, stderr=err)
    assert err.getvalue() == "提取引用 (extracting references): 2/5\n提取引用 (extracting references): 4/5\n"
    monkeypatch.setattr(build_search_index, "PROGRESS_EVERY", 100)
    out, err = io.StringIO(), io.StringIO()
    call_command("build_search_index", stdout=out, stderr=err)
    total = int(re.search(r"rebuilt \((\d+) paragraphs\)", out.getvalue())[1])
    assert err.getvalue() == f"索引段落 (indexing paragraphs): {total}/{total}\n"  # one chunk read crosses the steps

"""Serving with gunicorn: the settings load, the master's warm-up reads no database, the tables
a helper reads for it are the master's own (and of the index it has open), a worker forked after
it still sees later commits and rebuilds, and the tables it reads hold live entries only."""
import gc
import json
import logging
import os
import runpy
import threading
import types

import pytest
from gunicorn.config import Config
from haystack import connections

from search import engines, indexing
from search.facets import FIELDS, keyword_table, unkeyword
from search.reading import IndexView
from search.warming import warm_up
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def gunicorn_settings():
    """gunicorn.conf.py read the way gunicorn reads it: every name it knows becomes a setting."""
    config = Config()
    for name, value in runpy.run_path(str(ROOT / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)
    return config


def smallest(corpus):
    """The key of the document with the fewest paragraphs: removing it leaves deleted entries
    in the index's segment (a larger share would have the segment rewritten without them)."""
    return min(corpus.values(), key=lambda document: document.paragraphs.count()).key


def backend():
    return connections["default"].get_backend()


def test_gunicorn_settings_load_and_preload_the_app(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    config = gunicorn_settings()
    assert config.preload_app is True
    assert config.workers == (os.cpu_count() or 1) + 1
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert gunicorn_settings().workers == 3


def test_the_warm_up_reads_the_index_tables_and_no_database(corpus, django_assert_num_queries):
    """No query, so no database connection opened in the master before it forks its workers."""
    with django_assert_num_queries(0):
        paragraphs = warm_up()
    searcher = backend().searcher()
    assert paragraphs == searcher.doc_count() > 0
    assert {"django_id", "sort_date", "versions", "facets"} <= set(backend().searcher_cache)
    assert backend().searcher() is searcher  # the warmed searcher is the one the next query uses


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="on one core the master reads every table itself")
def test_the_tables_read_beside_are_those_the_master_would_read(corpus):
    """The helper process's tables, handed over through the pipe, equal the tables read in
    this process: the same values, and one tuple a value, shared as in the tables read here."""
    if threading.active_count() > 1:
        pytest.skip("a process of several threads does not fork a helper (search.beside)")
    backend().searcher_cache = {}
    with engines.of().read_tables_beside():
        pass
    handed = dict(backend().searcher_cache)
    backend().searcher_cache = {}
    index = IndexView(backend())
    assert handed["versions"] == index.document_versions()
    index.facet_counts([])
    assert handed["facets"].tables == backend().searcher_cache["facets"].tables
    for names, values in handed["facets"].tables.values():
        assert len({id(numbers) for numbers in values if len(numbers) == 1}) <= len(names)


def test_tables_read_before_a_commit_are_not_taken_after_it(corpus):
    backend().searcher_cache = {}
    read = IndexView(backend()).tables()
    indexing.remove_documents([smallest(corpus)])
    try:
        index = IndexView(backend())
        index.take_tables(read)
        assert "facets" not in backend().searcher_cache and "versions" not in backend().searcher_cache
        index.take_tables(index.tables())
        assert backend().searcher_cache["versions"] != read[1]["versions"]
    finally:
        indexing.rebuild()


class Log(logging.Handler):
    """What a hook said to gunicorn's log (django.setup() in the hook reconfigures the root
    logger, so pytest's own capture would miss it)."""

    def __init__(self):
        super().__init__()
        self.said = []
        self.logger = logging.getLogger("tests.search.serving")
        self.logger.setLevel(logging.INFO)
        self.logger.addHandler(self)

    def emit(self, record):
        self.said.append(record.getMessage())


def test_at_start_the_master_reads_the_index_and_says_how_many_paragraphs(corpus):
    backend().searcher_cache = {}  # as if the index had just been opened
    log = Log()
    gunicorn_settings().when_ready(types.SimpleNamespace(log=log.logger))
    log.logger.removeHandler(log)
    paragraphs = backend().searcher().doc_count()
    assert [line.split(", read")[0] for line in log.said] == [f"Search index: {paragraphs} paragraphs"]
    assert "facets" in backend().searcher_cache


def test_the_pre_fork_hook_warms_up_without_the_database(corpus, django_assert_num_queries):
    hook = gunicorn_settings().pre_fork
    backend().searcher_cache = {}  # as if the index had just been opened
    try:
        with django_assert_num_queries(0):
            hook(types.SimpleNamespace(log=logging.getLogger("gunicorn.error")), None)
    finally:
        gc.unfreeze()  # the hook freezes every object for the workers; the suite goes on collecting
    assert "facets" in backend().searcher_cache


def test_a_worker_forked_after_the_warm_up_sees_later_commits_and_rebuilds(corpus):
    warm_up()
    warmed = backend().searcher()
    folder = os.path.realpath(backend().path)
    asks, answers = os.pipe(), os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: answers what its searcher sees each time it is asked
        status = 1
        try:
            os.close(asks[1])  # else the worker would never see the end of the questions
            os.close(answers[0])
            with os.fdopen(asks[0]) as questions, os.fdopen(answers[1], "w") as replies:
                for _ in questions:
                    searcher = backend().searcher()
                    replies.write(json.dumps([searcher is warmed, searcher.doc_count(), os.path.realpath(backend().path)]) + "\n")
                    replies.flush()
            status = 0
        finally:
            os._exit(status)
    os.close(asks[0])
    os.close(answers[1])
    with os.fdopen(asks[1], "w") as ask, os.fdopen(answers[0]) as replies:

        def seen():
            ask.write("?\n")
            ask.flush()
            return json.loads(replies.readline())

        total = warmed.doc_count()
        assert seen() == [True, total, folder]
        try:
            indexing.remove_documents([smallest(corpus)])  # a commit
            after_commit = backend().searcher().doc_count()
            assert after_commit < total
            assert seen() == [False, after_commit, folder]
        finally:
            indexing.rebuild()  # a new folder swapped in, with every document again
        rebuilt = os.path.realpath(backend().path)
        assert rebuilt != folder
        assert seen() == [False, total, rebuilt]
    assert os.waitpid(pid, 0)[1] == 0  # the worker's end of the questions came


def test_keyword_tables_hold_live_entries_only(corpus):
    """Read a block of postings at a time, deleted entries (a removed document's, until its
    segment is merged) must still be left out, as Whoosh's own reading of the postings does."""
    key = smallest(corpus)
    indexing.remove_documents([key])
    try:
        reader = backend().searcher().reader()
        assert reader.has_deletions()
        for field in [*FIELDS.values(), "document_version"]:
            names, values = keyword_table(reader, field)
            expected = {}
            for number, raw in enumerate(reader.lexicon(field)):
                assert names[number] == unkeyword(raw.decode("utf-8"))
                for docnum in reader.postings(field, raw).all_ids():
                    expected[docnum] = expected.get(docnum, ()) + (number,)
            assert len(values) == reader.doc_count_all()
            assert {docnum: numbers for docnum, numbers in enumerate(values) if numbers} == expected
        names, table = keyword_table(reader, "document_key")
        assert key not in names or (names.index(key),) not in table
    finally:
        indexing.rebuild()

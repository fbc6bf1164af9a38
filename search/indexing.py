"""Keeping the index in step with the database.

`index_documents` after an import or an edit, `remove_documents` after a deletion, `rebuild`
to build a whole new index beside the serving one and swap it in, `refresh` to do only what is
needed.
"""
import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import ClassVar

from django.db import DatabaseError
from django.db.models import Count
from haystack import connections
from haystack.constants import ID
from whoosh.query import Or, Term

from archive.models import Document, Paragraph

from .backends import (
    DIRECTORY_MODE,
    ChineseWhooshSearchBackend,
    Writing,
    remove_abandoned_builds,
    swap_in,
)
from .search_indexes import ParagraphIndex, version
from .updates import Updating, in_progress

CHUNK = 1000  # paragraphs read from the database at a time: memory stays flat at any size
PARALLEL_FROM = 5000  # below this many paragraphs, starting helper processes costs more than it saves


def _backend(using="default"):
    return connections[using].get_backend()


def _entries(paragraphs, progress=None):
    """Index entries for a paragraph queryset, read in primary-key order a chunk at a time."""
    index = ParagraphIndex()
    paragraphs = paragraphs.order_by("pk")
    last = 0
    while True:
        chunk = list(paragraphs.filter(pk__gt=last)[:CHUNK])
        if not chunk:
            return
        for paragraph in chunk:
            yield index.full_prepare(paragraph)
        last = chunk[-1].pk
        if progress:
            progress(len(chunk))


def index_documents(documents, using="default"):
    """(Re)index these documents: their old entries go in one delete query, then the current
    paragraphs are added in the same commit, so a paragraph that no longer exists never stays
    findable and a reader never sees a document half-indexed."""
    documents = list(documents)
    if not documents:
        return 0
    backend = _backend(using)
    paragraphs = ParagraphIndex().index_queryset().filter(document_id__in=[d.pk for d in documents])
    keys = [document.key for document in documents]
    if isinstance(backend, ChineseWhooshSearchBackend):
        return backend.write(
            delete=Or([Term("document_key", key) for key in keys]),
            documents=_entries(paragraphs),
            parallel=paragraphs.count() >= PARALLEL_FROM,
        )
    # another engine (Elasticsearch, Solr): remove what is gone, then update
    index, count = ParagraphIndex(), 0
    for start in range(0, len(documents), 50):
        batch = documents[start:start + 50]
        current = list(paragraphs.filter(document_id__in=[d.pk for d in batch]))
        remove_documents([d.key for d in batch], using=using, keep={index.prepare(p)[ID] for p in current})
        backend.update(index, current)
        count += len(current)
    return count


class ImportIndexing:
    """The index entries of a bulk import's documents, handed to the index writer as each
    document is stored (archive.signals.document_imported), so that indexing runs beside the
    storing; all committed when the import ends, in the commits `index_documents` would make."""

    _started: ClassVar[dict] = {}  # import → its ImportIndexing, or None once it failed
    _updating: ClassVar[dict] = {}  # import → the `Updating` it holds from before its first commit to its end

    @classmethod
    def begin(cls, import_id, using="default"):
        """Hold the import's `Updating` (nothing to hold for another engine)."""
        backend = _backend(using)
        if isinstance(backend, ChineseWhooshSearchBackend):
            cls._updating[import_id] = Updating(backend.path)

    @classmethod
    def of(cls, import_id, paragraphs, using="default"):
        """The import's indexing, started by its first document; None if it failed."""
        if import_id not in cls._started:
            cls._started[import_id] = None
            backend = _backend(using)
            if isinstance(backend, ChineseWhooshSearchBackend):  # another engine: all at the end
                cls._started[import_id] = cls(backend, paragraphs >= PARALLEL_FROM)
        return cls._started[import_id]

    @classmethod
    def fail(cls, import_id):
        """Give up: nothing of it is committed, and the import's end indexes every document."""
        started = cls._started.get(import_id)
        cls._started[import_id] = None
        if started is not None:
            started.writing.cancel()

    @classmethod
    def drop(cls, import_id):
        """The import's indexing (None if none started, or it failed), no longer listed; its
        `Updating` is released (the caller holds one of its own until the index commit)."""
        held = cls._updating.pop(import_id, None)
        if held is not None:
            held.release()
        return cls._started.pop(import_id, None)

    def __init__(self, backend, parallel):
        self.writing = Writing(backend, parallel)
        self.indexed = set()

    def add(self, document):
        self.writing.delete(Term("document_key", document.key))
        self.writing.add(_entries(ParagraphIndex().index_queryset().filter(document_id=document.pk)))
        self.indexed.add(document.pk)

    def finish(self, documents):
        """Commit, with any of `documents` not handed over yet."""
        try:
            for document in documents:
                if document.pk not in self.indexed:
                    self.add(document)
        except BaseException:
            self.writing.cancel()
            raise
        self.writing.finish()


def updating(using="default"):
    """An `Updating` lock on the index, to hold as a context manager (nothing to hold for another
    engine, whose health check does not compare counts)."""
    backend = _backend(using)
    if isinstance(backend, ChineseWhooshSearchBackend):
        return Updating(backend.path)
    return contextlib.nullcontext()


def out_of_step(documents, using="default"):
    """Those of `documents` whose index entries are not their paragraphs in the database: not
    as many live entries under their current version, or entries of another version left (an
    import killed between its database commit and its index commit, which the next import of
    the same files calls "unchanged"). One term lookup per document, within one searcher."""
    backend = _backend(using)
    pks = [document.pk for document in documents]
    if not pks or not isinstance(backend, ChineseWhooshSearchBackend) or not Path(backend.path).exists():
        return []
    found = []
    with backend.open_index().searcher() as searcher:
        def live(field, value):
            return sum(1 for _ in searcher.docs_for_query(Term(field, value)))

        for start in range(0, len(pks), 900):
            for document in Document.objects.filter(pk__in=pks[start:start + 900]).annotate(paragraph_count=Count("paragraphs")):
                wanted = document.paragraph_count
                if live("document_version", version(document)) != wanted or live("document_key", document.key) != wanted:
                    found.append(document)
    return found


def remove_documents(keys, using="default", keep=()):
    """Drop every entry of the documents with these permanent keys."""
    keys = list(keys)
    if not keys:
        return
    backend = _backend(using)
    if isinstance(backend, ChineseWhooshSearchBackend):
        backend.write(delete=Or([Term("document_key", key) for key in keys]))
        return
    from haystack.query import SearchQuerySet

    for key in keys:
        for result in SearchQuerySet(using=using).filter(document_key=key):
            if result.id not in keep:
                backend.remove(result.id)


def rebuild(using="default", progress=None):
    """Build a complete index in a new folder beside the serving one, then swap it in.

    The folder is named after the building process (`whoosh_index.build-PID-…`) until it is
    complete, so that a later build can tell an abandoned one and remove it. `progress(total)`,
    if given, makes the object told of each chunk of paragraphs written (archive.progress)."""
    backend = _backend(using)
    if not isinstance(backend, ChineseWhooshSearchBackend):
        return _rebuild_other_engine(using)
    path = Path(backend.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned_builds(path)
    built = Path(tempfile.mkdtemp(prefix=f"{path.name}.build-{os.getpid()}-{time.strftime('%Y%m%d%H%M%S')}-", dir=path.parent))
    built.chmod(DIRECTORY_MODE)  # mkdtemp makes it 0700: a web server running as another user must read it
    options = dict(connections[using].options, PATH=str(built))
    fresh = type(backend)(using, **options)
    fresh.setup()  # creates the folder, the empty index and its analysis stamp
    paragraphs = ParagraphIndex().index_queryset()
    total = paragraphs.count()
    shown = progress(total) if progress else None
    try:
        fresh.write(documents=_entries(paragraphs, shown and shown.update), parallel=total >= PARALLEL_FROM)
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    finally:
        if shown:
            shown.close()
    complete = built.with_name(built.name.replace(".build-", ".", 1))
    os.rename(built, complete)
    swap_in(complete, path)
    backend.setup_complete = False
    return total


def _rebuild_other_engine(using):
    """Elasticsearch, Solr: haystack's own clear and complete update. Searches find less until
    the update ends; a cluster avoids that by building a new index behind an alias."""
    from django.core.management import call_command

    call_command("clear_index", using=[using], interactive=False, verbosity=0)
    call_command("update_index", using=[using], verbosity=0)
    return ParagraphIndex().index_queryset().count()


def indexed_documents(using="default"):
    """{document key: (version, live entries)} read from the index; a key found under two
    versions has version None (half of it is stale either way)."""
    backend = _backend(using)
    found = {}
    with backend.open_index().searcher() as searcher:
        for raw in searcher.lexicon("document_version"):
            value = raw.decode("utf-8")
            count = sum(1 for _ in searcher.docs_for_query(Term("document_version", value)))
            if count:
                key = value.rsplit("@", 1)[0]
                found[key] = (None, found[key][1] + count) if key in found else (value, count)
    return found


def refresh(using="default", progress=None):
    """Make sure the index exists and is current: rebuild if the analysis changed, else reindex
    every document whose version or number of entries differs from the database (an edit, a
    failed index update, rows changed behind the index's back) and remove the ones that are
    gone. Returns what it did."""
    backend = _backend(using)
    if not isinstance(backend, ChineseWhooshSearchBackend):
        from django.core.management import call_command

        call_command("update_index", using=[using], remove=True, verbosity=0)
        return "update_index"
    remove_abandoned_builds(backend.path)
    if not Path(backend.path).exists():
        return f"built ({rebuild(using, progress)} paragraphs)"
    backend.setup()
    if not backend.is_current():
        return f"rebuilt ({rebuild(using, progress)} paragraphs)"
    in_index = indexed_documents(using)
    documents = Document.objects.annotate(paragraph_count=Count("paragraphs"))
    stale = [
        d for d in documents
        if in_index.get(d.key) != ((version(d), d.paragraph_count) if d.paragraph_count else None)
    ]
    keys = {d.key for d in documents}
    gone = [key for key in in_index if key not in keys]
    remove_documents(gone, using)
    count = index_documents(stale, using)
    return f"current ({len(stale)} documents reindexed, {count} paragraphs; {len(gone)} removed)"


def status(using="default"):
    """(ok, detail) for health checks: can the index be opened, how many entries does it hold,
    and are they as many as the database's paragraphs (unless an import is still catching up:
    search.updates)? Two counts, cheap enough to be polled; `--if-stale` finds which differ."""
    backend = _backend(using)
    try:
        if not isinstance(backend, ChineseWhooshSearchBackend):
            return True, f"{backend.search('*:*')['hits']} entries"
        if not Path(backend.path).exists():
            return False, "missing: run manage.py build_search_index"
        with backend.open_index().searcher() as searcher:
            indexed = searcher.doc_count()
    except Exception as error:  # noqa: BLE001 — any failure to read the index is "unhealthy"
        return False, f"unreadable ({type(error).__name__}: {error}); run manage.py build_search_index"
    try:
        stored = Paragraph.objects.count()
    except DatabaseError:  # the database's own check says what is wrong with it
        return True, f"{indexed} paragraphs"
    if indexed == stored:
        return True, f"{indexed} paragraphs"
    if in_progress(backend.path):
        return True, f"{indexed} paragraphs, updating to {stored}"
    return False, (
        f"索引 {indexed} 段，数据库 {stored} 段：请运行 manage.py build_search_index --if-stale "
        f"(index {indexed} paragraphs, database {stored}: run manage.py build_search_index --if-stale)"
    )

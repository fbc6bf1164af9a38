"""Keeping the index in step with the database, whichever engine holds it (search.engines).

`index_documents` after an import or an edit, `remove_documents` after a deletion, `rebuild`
to build a whole new index, `refresh` to do only what is needed.
"""
import contextlib
from typing import ClassVar

from . import engines


def index_documents(documents, using="default"):
    """(Re)index these documents: a paragraph that no longer exists never stays findable."""
    documents = list(documents)
    if not documents:
        return 0
    return engines.of(using).index(documents)


def remove_documents(keys, using="default"):
    """Drop every entry of the documents with these permanent keys."""
    keys = list(keys)
    if keys:
        engines.of(using).remove(keys)


def rebuild(using="default", progress=None):
    """A complete index from the database; `progress(total)`, if given, makes the object told of
    each chunk of paragraphs written (archive.progress). Returns the paragraphs indexed."""
    return engines.of(using).rebuild(progress)


def refresh(using="default", progress=None):
    """Make sure the index exists and is current; says what it did."""
    return engines.of(using).refresh(progress)


def status(using="default"):
    """(ok, detail) for health checks."""
    return engines.of(using).status()


def out_of_step(documents, using="default"):
    """Those of `documents` whose index entries are not their paragraphs in the database."""
    return engines.of(using).out_of_step(list(documents))


def updating(using="default"):
    """Held, as a context manager, while the database is ahead of the index (for /healthz)."""
    return engines.of(using).updating()


class ImportIndexing:
    """The index entries of a bulk import's documents, handed to the engine's writer as each
    document is stored (archive.signals.document_imported), so that indexing runs beside the
    storing; all committed when the import ends, in the commits `index_documents` would make.
    An engine without such a writer indexes them all at the end."""

    _started: ClassVar[dict] = {}  # import → its ImportIndexing, or None once it failed or without a writer
    _updating: ClassVar[dict] = {}  # import → the `updating` it holds from before its first commit to its end

    @classmethod
    def begin(cls, import_id, using="default"):
        """Hold the import's `updating`."""
        held = contextlib.ExitStack()
        held.enter_context(updating(using))
        cls._updating[import_id] = held

    @classmethod
    def of(cls, import_id, paragraphs, using="default"):
        """The import's indexing, started by its first document; None if it failed or the engine
        indexes at the end."""
        if import_id not in cls._started:
            cls._started[import_id] = None
            writer = engines.of(using).import_writer(paragraphs)
            if writer is not None:
                cls._started[import_id] = cls(writer)
        return cls._started[import_id]

    @classmethod
    def fail(cls, import_id):
        """Give up: nothing of it is committed, and the import's end indexes every document."""
        started = cls._started.get(import_id)
        cls._started[import_id] = None
        if started is not None:
            started.writer.cancel()

    @classmethod
    def drop(cls, import_id):
        """The import's indexing (None if none started, or it failed), no longer listed; its
        `updating` is released (the caller holds one of its own until the index commit)."""
        held = cls._updating.pop(import_id, None)
        if held is not None:
            held.close()
        return cls._started.pop(import_id, None)

    def __init__(self, writer):
        self.writer = writer
        self.indexed = set()

    def add(self, document):
        self.writer.add(document)
        self.indexed.add(document.pk)

    def finish(self, documents):
        """Commit, with any of `documents` not handed over yet."""
        try:
            for document in documents:
                if document.pk not in self.indexed:
                    self.add(document)
        except BaseException:
            self.writer.cancel()
            raise
        self.writer.finish()

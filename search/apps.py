import logging

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("检索")

    def ready(self):
        from archive.signals import (
            archive_replaced,
            document_imported,
            document_written,
            documents_removed,
            documents_stored,
            import_started,
        )

        documents_stored.connect(index_stored_documents, dispatch_uid="search.index_stored_documents")
        document_written.connect(write_along, dispatch_uid="search.write_along")
        import_started.connect(hold_updating, dispatch_uid="search.hold_updating")
        document_imported.connect(index_imported_document, dispatch_uid="search.index_imported_document")
        documents_removed.connect(remove_documents, dispatch_uid="search.remove_documents")
        archive_replaced.connect(rebuild_index, dispatch_uid="search.rebuild_index")
        checks.register(check_index, "search", deploy=True)
        checks.register(check_engine, "search")
        keep_derived_data()


def keep_derived_data():
    """The concept catalogue, built once from the knowledge files, is kept in the data folder for
    the next process (search.kept): a server's start reads it instead of building it again."""
    from django.conf import settings

    from . import concepts

    concepts.keep_in(settings.DATA_DIR / "kept")


def write_along(sender, documents, **kwargs):
    """An engine whose index lives in the archive's database indexes the documents inside the
    transaction that wrote them (search.engines.Engine.write_along); a failure undoes the write."""
    from . import engines

    engines.of().write_along(documents)


def hold_updating(sender, import_id, **kwargs):
    """From before a bulk import's first commit to its index commit, /healthz says "updating"
    rather than reporting the index behind the database."""
    from .indexing import ImportIndexing

    try:
        ImportIndexing.begin(import_id)
    except Exception:  # an unwritable lock file must not stop the import
        logger.exception("Search index: lock file not taken; /healthz may report the import as drift")


def index_imported_document(sender, import_id, document, paragraphs, **kwargs):
    """Start indexing a bulk import's documents while it stores the next ones; on failure the
    import's end (index_stored_documents) indexes them all again."""
    from .indexing import ImportIndexing

    try:
        started = ImportIndexing.of(import_id, paragraphs)
        if started is not None:
            started.add(document)
    except Exception:  # retried in one pass when the import ends
        logger.exception("Search index: %s not indexed while importing; retried at the end", document.path)
        ImportIndexing.fail(import_id)


def index_stored_documents(sender, documents, import_id=None, unchanged=(), **kwargs):
    """Keep the index in step with each import (or metadata correction), and index the import's
    `unchanged` documents the index does not hold as stored (an earlier import killed before its
    index commit). The database has committed already, so a failure here must not undo the
    import: it is logged, and `build_search_index --if-stale` (run by `make serve`) brings the
    index up to date."""
    from .indexing import ImportIndexing, index_documents, out_of_step, updating

    try:
        with updating():
            started = ImportIndexing.drop(import_id)
            documents = list(documents) + out_of_step(unchanged)
            if started is not None:
                started.finish(documents)
            else:
                index_documents(documents)
    except Exception:  # any index failure leaves a stale, repairable index
        logger.exception(
            "Search index not updated for %s; run manage.py build_search_index --if-stale",
            ", ".join(document.path for document in documents[:5]) + (" …" if len(documents) > 5 else ""),
        )


def remove_documents(sender, keys, **kwargs):
    """Deleted documents leave the index; on failure, as above, `--if-stale` removes them."""
    from . import indexing

    try:
        indexing.remove_documents(keys)
    except Exception:  # any index failure leaves a stale, repairable index
        logger.exception("Search index entries of %d deleted documents not removed; run manage.py build_search_index --if-stale", len(keys))


def rebuild_index(sender, **kwargs):
    """A restored archive is searched as restored: the index is built anew from the database."""
    from . import indexing

    return f"检索索引 (search index): rebuilt ({indexing.rebuild()} paragraphs)"


def check_engine(app_configs=None, **kwargs):
    """An engine that cannot run on the configured database (SEARCH_ENGINE=postgresql on SQLite)
    is refused at startup, with what to change."""
    from django.core.exceptions import ImproperlyConfigured

    from . import engines

    try:
        engines.of()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="search.E001")]
    return []


def check_index(app_configs=None, **kwargs):
    """`manage.py check --deploy` says when the search index is missing or unreadable."""
    from .indexing import status

    ok, detail = status()
    return [] if ok else [checks.Warning(f"Search index {detail}", id="search.W001")]

"""haystack's Whoosh backend with Chinese analysis, batched writes and swap-safe index folders.

Selected in settings (`HAYSTACK_CONNECTIONS["default"]["ENGINE"] = "search.backends.ChineseWhooshEngine"`).
Field types come from `search.search_indexes`: `chinese` (jieba words), `bigram` (character
bigrams, for the substring guarantee) and `keyword` (exact values for filters).
"""
import contextlib
import glob
import mmap
import os
import re
import shutil
from pathlib import Path

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_ID, ID
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, NUMERIC, TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile
from whoosh.query import Or, Term
from whoosh.reading import SegmentReader
from whoosh.writing import MERGE_SMALL

from archive.faults import stop_point

from .analysis import BigramTokenizer, ChineseTokenizer, analysis_fingerprint
from .parallel import CHUNK, SegmentHelpers
from .segments import BulkSegmentWriter

STAMP = "analysis.stamp"
SEGMENT = 20_000  # paragraphs per bulk commit: their postings are gathered in memory
# A segment whose share of deleted entries (paragraphs re-imported or removed since it was
# written) passes this is rewritten without them at the next commit: deleted entries still cost
# disk, page cache and matching time until then (docs/search.md, "Dead entries").
DEAD_SHARE = 0.25
# Segments are written as separate files (compound=False): Whoosh copies a compound segment's
# parts into memory when it opens them, in every web worker (docs/search.md).
# Index folders and files are made readable by all, whatever the umask of the process writing
# them, so that a web server running as another user can serve an index built by `make load`.
DIRECTORY_MODE = 0o755
FILE_MODE = 0o644


class ChineseWhooshSearchBackend(WhooshSearchBackend):
    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        # Sortable so a page of hits maps to paragraph ids without loading stored documents.
        schema.remove(DJANGO_ID)
        schema.add(DJANGO_ID, WHOOSH_ID(stored=True, sortable=True))
        for field_class in fields.values():
            name = field_class.index_fieldname
            kind = field_class.field_type
            if kind == "chinese":
                # No positions: phrases are matched on the bigram field, so word postings need
                # only frequencies (a smaller index, faster to build and to read).
                replacement = TEXT(analyzer=ChineseTokenizer(), phrase=False, stored=field_class.stored, field_boost=field_class.boost)
            elif kind == "bigram":
                replacement = TEXT(analyzer=BigramTokenizer(), stored=False, field_boost=field_class.boost)
            elif kind == "keyword":
                replacement = KEYWORD(stored=field_class.stored, commas=True, scorable=False)
            elif kind == "integer":
                replacement = NUMERIC(stored=field_class.stored, numtype=int, sortable=True)
            else:
                continue
            schema.remove(name)
            schema.add(name, replacement)
        return content_field_name, schema

    def stored_value(self, value):
        """A field value as haystack stores it in Whoosh (its `_from_python`, which keeps a
        string as it is: most values are, so they skip its tests)."""
        return value if type(value) is str else self._from_python(value)

    def setup(self):
        created = self.use_file_storage and not os.path.exists(self.path)
        super().setup()
        if created:
            os.chmod(self.path, DIRECTORY_MODE)
        if self.use_file_storage:
            self.storage = MappedFileStorage(self.path)
            self.index = self.storage.open_index(schema=self.schema)
        stamp = Path(self.path) / STAMP
        if self.use_file_storage and not stamp.exists() and self.index.doc_count_all() == 0:
            stamp.write_text(analysis_fingerprint())
            stamp.chmod(FILE_MODE)

    def open_index(self):
        """A fresh view of the index: sees new commits and a swapped folder."""
        if not self.setup_complete:
            self.setup()
        self.index = self.storage.open_index(schema=self.schema)
        return self.index

    def searcher(self):
        """A searcher kept open from one query to the next, for as long as it is current.

        Opening the index reads its table of contents and every segment's files, which costs
        more than most searches. Each query only checks that no commit happened (a directory
        listing) and that the path still leads to the same folder (a rebuild swaps it).
        """
        folder = os.path.realpath(self.path)
        current = getattr(self, "_searcher", None)
        if current is not None:
            try:
                if current[0] == folder and current[1].up_to_date():
                    return current[1]
            except Exception:  # noqa: BLE001 — a vanished or damaged folder: open it afresh below
                pass
            self._searcher = None
            current[1].close()
        searcher = self.open_index().searcher()
        self._searcher = (folder, searcher)
        self.searcher_cache = {}
        return searcher

    def cached(self, name, make):
        """What `make()` returns, computed once per open searcher (column readers, facet tables):
        valid exactly as long as the searcher it was read from."""
        cache = self.__dict__.setdefault("searcher_cache", {})
        if name not in cache:
            cache[name] = make()
        return cache[name]

    def update(self, index, iterable, commit=True):
        """Replace these objects' entries: one delete query, then plain adds (Whoosh's update_document reopens every segment each time)."""
        documents = [index.full_prepare(obj) for obj in iterable]
        self.write(delete=Or([Term(ID, doc[ID]) for doc in documents]) if documents else None, documents=documents)

    def write(self, delete=None, documents=(), parallel=False):
        """Delete what matches `delete`, then add `documents` (any iterable); returns the count.

        Entries go straight into a new segment (search/segments.py), the way Whoosh writes one
        but without its per-posting bookkeeping. A small write is one ordinary commit; a bulk
        write (`parallel`) has helper processes on every core write segments of their own
        (search/parallel.py), committed every SEGMENT paragraphs without merging.
        """
        with self.writing(parallel) as writing:
            writing.delete(delete)
            writing.add(documents)
        return writing.added

    @contextlib.contextmanager
    def writing(self, parallel=False):
        """A `Writing` that commits what it was given when the block ends, and nothing if it fails."""
        writing = Writing(self, parallel)
        try:
            yield writing
        except BaseException:
            writing.cancel()
            raise
        writing.finish()

    def delete_index(self):
        """Also works when the index path is a symbolic link to a built folder."""
        path = Path(self.path)
        if self.use_file_storage and path.is_symlink():
            target = path.resolve()
            path.unlink()
            shutil.rmtree(target, ignore_errors=True)
            self.setup_complete = False
            return
        super().delete_index()

    def is_current(self):
        """Was this index built with today's analyzer and dictionary?"""
        stamp = Path(self.path) / STAMP
        return stamp.exists() and stamp.read_text().strip() == analysis_fingerprint()


class Writing:
    """Entries handed over as they come (`add`), with what they replace (`delete`): committed every
    SEGMENT entries if `parallel` (and then written by helper processes on every core), else once
    at `finish`. Each delete query is applied in the next commit, with the entries added since."""

    def __init__(self, backend, parallel):
        if backend.use_file_storage:  # any write, not only a build, clears what a killed build left
            remove_abandoned_builds(backend.path)
        self.backend, self.parallel = backend, parallel
        processes = (os.cpu_count() or 1) if parallel else 1
        self.helpers = SegmentHelpers(backend.open_index(), processes) if processes > 1 else None
        self.size = min(CHUNK, SEGMENT)
        self.writer, self.deletions, self.chunk = None, [], []
        self.added = self.in_commit = 0

    def delete(self, query):
        if query is not None:
            self.deletions.append(query)

    def add(self, documents):
        for doc in documents:
            self.chunk.append({key: self.backend.stored_value(value) for key, value in doc.items() if key != "boost"})
            if len(self.chunk) >= self.size:
                self._hand_over()

    def _hand_over(self):
        if self.writer is None:
            self.writer = BulkSegmentWriter(self.backend.open_index(), timeout=120, compound=False)
        if self.helpers:
            self.helpers.add(self.chunk)
        else:
            self.writer.add_documents(self.chunk)
        self.added += len(self.chunk)
        self.in_commit += len(self.chunk)
        self.chunk = []
        if self.parallel and self.in_commit >= SEGMENT:
            self._commit()

    def _commit(self):
        writer = self.writer or BulkSegmentWriter(self.backend.open_index(), timeout=120, compound=False)
        self.writer = None
        try:
            if self.deletions:
                writer.delete_by_query(Or(self.deletions) if len(self.deletions) > 1 else self.deletions[0])
            segments = self.helpers.segments() if self.helpers else []
        except BaseException:
            writer.cancel()
            raise
        self.deletions, self.in_commit = [], 0
        stop_point("index commit")  # fault tests: every entry written, none committed
        writer.commit(mergetype=purge_dead if self.parallel else merge_small_and_dead, segments=segments)

    def finish(self):
        try:
            if self.chunk:
                self._hand_over()
            if self.in_commit or self.deletions:
                self._commit()
        finally:
            self._close()

    def cancel(self):
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None
        self._close()

    def _close(self):
        if self.helpers:
            self.helpers.close()
            self.helpers = None


def purge_dead(writer, segments):
    """Whoosh merge policy: segments with no live entry are dropped, segments whose dead share
    passes DEAD_SHARE are copied into the new segment without their deleted entries; the others
    stay as they are (a bulk write never merges what is still sound)."""
    kept = []
    for segment in segments:
        total = segment.doc_count_all()
        if total and segment.doc_count() == 0:
            continue
        if total and segment.deleted_count() > DEAD_SHARE * total:
            with SegmentReader(writer.storage, writer.schema, segment) as reader:
                writer.add_reader(reader)
        else:
            kept.append(segment)
    return kept


def merge_small_and_dead(writer, segments):
    """Whoosh's default policy for small commits (merge small segments), then `purge_dead`."""
    return purge_dead(writer, MERGE_SMALL(writer, segments))


class MappedFileStorage(FileStorage):
    """Index files opened memory-mapped, for reading: postings are read from the page cache,
    which every worker shares, instead of through a file object per read (or, for Whoosh's
    compound segments, a private copy of the whole segment in each process). Files it creates
    get FILE_MODE."""

    def create_file(self, name, **kwargs):
        created = super().create_file(name, **kwargs)
        os.chmod(self._fpath(name), FILE_MODE)
        return created

    def lock(self, name):
        path = self._fpath(name)
        if not os.path.exists(path):  # Whoosh would create it with the umask's mode
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
            os.chmod(path, FILE_MODE)
        return super().lock(name)

    def open_file(self, name, **kwargs):
        with open(self._fpath(name), "rb") as file:
            if os.fstat(file.fileno()).st_size == 0:
                return super().open_file(name, **kwargs)
            return MappedFile(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ), name=name)


class MappedFile(BufferFile):
    """Whoosh's in-memory file, reading straight from a memory map (BufferFile copies it)."""

    def __init__(self, mapped, name=None):
        super().__init__(b"", name=name)
        self._buf = self.file = mapped


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend
    archive_engine = "search.embedded.EmbeddedEngine"  # the archive's side of it (search.engines)


def swap_in(built, path):
    """Make `path` point at the freshly built folder `built` (a sibling), then drop the old one.

    `path` becomes a relative symbolic link replaced atomically with os.replace, so a reader
    opens either the old index or the new one, never a half-built one.
    """
    built, path = Path(built), Path(path)
    old = None
    if path.is_symlink():
        old = path.resolve()
    elif path.exists():  # a plain folder from an earlier stock rebuild: move it aside first
        old = path.with_name(f"{path.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(path, old)
    link = path.with_name(f"{path.name}.link")
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(built.name, link)
    os.replace(link, path)
    if old is not None and old != built.resolve():
        shutil.rmtree(old, ignore_errors=True)


def remove_abandoned_builds(path):
    """Delete the folders of builds whose process is gone (killed before it could clean up);
    the serving folder and the builds of live processes stay."""
    path = Path(path)
    serving = path.resolve() if path.is_symlink() else None
    pattern = re.compile(rf"{re.escape(path.name)}\.build-(\d+)-.+")
    for folder in path.parent.glob(f"{glob.escape(path.name)}.build-*"):
        owner = pattern.fullmatch(folder.name)
        if owner and folder.is_dir() and folder.resolve() != serving and not _running(int(owner[1])):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed process its parent has not collected yet
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True

"""haystack's Whoosh backend with Chinese analysis, batched writes and swap-safe index folders.

Selected in settings (`HAYSTACK_CONNECTIONS["default"]["ENGINE"] = "search.backends.ChineseWhooshEngine"`).
Field types come from `search.search_indexes`: `chinese` (jieba words), `bigram` (character
bigrams, for the substring guarantee) and `keyword` (exact values for filters).
"""
import os
import shutil
from pathlib import Path

from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_ID, ID
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, NUMERIC, TEXT
from whoosh.query import Or, Term

from .analysis import BigramTokenizer, ChineseTokenizer, analysis_fingerprint

STAMP = "analysis.stamp"


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
                replacement = TEXT(analyzer=ChineseTokenizer(), stored=field_class.stored, field_boost=field_class.boost)
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

    def setup(self):
        super().setup()
        stamp = Path(self.path) / STAMP
        if self.use_file_storage and not stamp.exists() and self.index.doc_count_all() == 0:
            stamp.write_text(analysis_fingerprint())

    def open_index(self):
        """A fresh view of the index for each search: sees new commits and a swapped folder."""
        if not self.setup_complete:
            self.setup()
        self.index = self.storage.open_index(schema=self.schema)
        return self.index

    def update(self, index, iterable, commit=True):
        """Replace these objects' entries: one delete query, then plain adds (trap 1)."""
        documents = [index.full_prepare(obj) for obj in iterable]
        self.write(delete=Or([Term(ID, doc[ID]) for doc in documents]) if documents else None, documents=documents)

    def write(self, delete=None, documents=()):
        """Delete what matches `delete`, then add `documents`, in one commit."""
        self.open_index()
        writer = self.index.writer(timeout=120)
        try:
            if delete is not None:
                writer.delete_by_query(delete)
            for doc in documents:
                doc = {key: self._from_python(value) for key, value in doc.items() if key != "boost"}
                writer.add_document(**doc)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

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


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend


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

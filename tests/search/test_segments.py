"""The bulk segment writer (search/segments.py) writes the index Whoosh's own writer writes:
same lexicon, postings, lengths, stored fields, columns and search results, for the sample
corpus written at once, and for a second commit that deletes entries and merges segments."""
import pytest
from haystack import connections
from whoosh.qparser import QueryParser
from whoosh.writing import OPTIMIZE, SegmentWriter

from search import embedded
from search.backends import MappedFileStorage
from search.search_indexes import ParagraphIndex
from search.segments import BulkSegmentWriter

pytestmark = pytest.mark.django_db

QUERIES = [("text", "禁化武组织"), ("text", "出口管制"), ("bigrams", '"全面审查"'), ("bigrams", "1540"), ("document", "CD/2118")]


def entries():
    backend = connections["default"].get_backend()
    backend.setup()
    fields = [{key: backend._from_python(value) for key, value in doc.items() if key != "boost"} for doc in embedded.entries(ParagraphIndex().index_queryset())]
    return backend.schema, fields


def build(folder, schema, commits, writer_class):
    """An index written in `commits`: [(documents, delete query or None, merge policy)]."""
    folder.mkdir()
    index = MappedFileStorage(str(folder)).create_index(schema)
    for documents, delete, mergetype in commits:
        writer = writer_class(index, compound=False)
        if delete is not None:
            writer.delete_by_query(delete)
        for fields in documents:
            writer.add_document(**fields)
        writer.commit(mergetype=mergetype)
    return MappedFileStorage(str(folder)).open_index(schema=schema)


def postings(reader, field, term):
    matcher = reader.postings(field, term)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return found


def contents(index):
    """Everything a reader can tell of the index, field by field."""
    with index.reader() as reader:
        documents = range(reader.doc_count_all())
        schema = index.schema
        fields = {}
        for name in schema.names():
            field = schema[name]
            described = {"stored": [reader.stored_fields(d).get(name) for d in documents if not reader.is_deleted(d)]}
            if field.indexed:
                lexicon = list(reader.lexicon(name))
                described["lexicon"] = lexicon
                described["postings"] = {term: postings(reader, name, term) for term in lexicon}
                described["terms"] = {
                    term: (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(), info.max_weight(), info.min_id(), info.max_id())
                    for term in lexicon for info in [reader.term_info(name, term)]
                }
                described["lengths"] = [reader.doc_field_length(d, name) for d in documents]
                described["total length"] = reader.field_length(name)
            if field.column_type:
                described["column"] = list(reader.column_reader(name))
            fields[name] = described
        deleted = sorted(reader.all_doc_ids())
    with index.searcher() as searcher:
        found = {
            query: [(hit["django_id"], round(hit.score, 6)) for hit in searcher.search(QueryParser(field, index.schema).parse(query), limit=None)]
            for field, query in QUERIES
        }
    return {"documents": index.doc_count(), "all": index.doc_count_all(), "live": deleted, "fields": fields, "searches": found}


@pytest.fixture(scope="module")
def corpus_entries(corpus):
    return entries()


def test_one_bulk_commit_reads_back_as_whooshs_own(corpus_entries, tmp_path):
    schema, documents = corpus_entries
    commits = [(documents, None, None)]
    ours = contents(build(tmp_path / "ours", schema, commits, BulkSegmentWriter))
    whooshs = contents(build(tmp_path / "whoosh", schema, commits, SegmentWriter))
    assert ours["documents"] == len(documents) == 323
    assert all(ours["searches"][query] for query in ours["searches"])
    for name in schema.names():
        assert ours["fields"][name] == whooshs["fields"][name], name
    assert ours == whooshs


def test_deletions_and_merged_segments_read_back_as_whooshs_own(corpus_entries, tmp_path):
    """The second commit deletes one document's entries and merges the first segment into its
    own (Whoosh's pool, then our postings): both paths of the writer."""
    from whoosh.query import Term

    schema, documents = corpus_entries
    first, second = documents[:200], documents[200:]
    commits = [(first, None, None), (second, Term("document", "CD/2118"), OPTIMIZE)]
    ours = contents(build(tmp_path / "ours", schema, commits, BulkSegmentWriter))
    whooshs = contents(build(tmp_path / "whoosh", schema, commits, SegmentWriter))
    assert ours["documents"] == ours["all"] < len(documents)  # the merge dropped the deleted entries
    assert ours == whooshs


def test_bulk_postings_are_written_uncompressed(corpus_entries, tmp_path):
    """A search decodes every posting block it reads: bulk writes store them without zlib
    (segments.CODEC), which the test above shows reads back as Whoosh's compressed blocks do."""
    schema, documents = corpus_entries
    commits = [(documents, None, None)]

    def compression(index):
        with index.reader() as reader:
            matcher = reader.postings("bigrams", "决议")
            return getattr(matcher, "child", matcher)._compression

    assert compression(build(tmp_path / "ours", schema, commits, BulkSegmentWriter)) == 0
    assert compression(build(tmp_path / "whoosh", schema, commits, SegmentWriter)) == 3

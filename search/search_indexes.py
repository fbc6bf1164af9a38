"""One search entry per paragraph, with its document's fields for display, filters and facets."""
from django.db.models import Aggregate, CharField, OuterRef, Subquery
from haystack import indexes
from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from archive.models import Paragraph, Reference

_SEPARATOR = "\x1f"  # between targets in one string: a control character no target holds


class ChineseTextField(indexes.CharField):
    field_type = "chinese"


class BigramField(indexes.CharField):
    field_type = "bigram"


class KeywordField(indexes.CharField):
    field_type = "keyword"


class KeywordListField(indexes.MultiValueField):
    field_type = "keyword"


# The search page's facet filters (`?year=2016`) and the index field each narrows.
FILTERS = {"document": "document_key", "language": "language", "year": "year", "resolution": "resolutions", "body": "bodies"}


def keyword(value):
    """Keyword lists are stored comma-separated: keep commas inside a value (body names) apart."""
    return value.replace(",", "\uff0c")


class ParagraphIndex(indexes.SearchIndex, indexes.Indexable):
    text = ChineseTextField(document=True, model_attr="text", stored=False)
    bigrams = BigramField(model_attr="text", stored=False)
    document = KeywordField(model_attr="document__symbol", stored=True)
    document_key = KeywordField(model_attr="document__key", stored=True)
    document_version = KeywordField(stored=False)
    anchor = indexes.CharField(model_attr="anchor", indexed=False)
    title = indexes.CharField(model_attr="document__title", indexed=False)
    organ = KeywordField(model_attr="document__organ", stored=True)
    language = KeywordField(model_attr="document__language", stored=True)
    year = KeywordField(stored=True)
    sort_date = indexes.IntegerField(stored=False)
    resolutions = KeywordListField(stored=True)
    bodies = KeywordListField(stored=True)

    def get_model(self):
        return Paragraph

    def index_queryset(self, using=None):
        """Each paragraph with its document and the targets of its resolution and body references,
        read by the database in the same query: prefetching the references built a model and a
        query set for every paragraph, most of reading the entries (docs/benchmarks.md)."""
        return Paragraph.objects.select_related("document").annotate(
            resolution_targets=_targets_of(Reference.RESOLUTION), body_targets=_targets_of(Reference.BODY),
        ).order_by("document_id", "ordinal")

    def full_prepare(self, paragraph, with_string_facet=True):
        """The entry haystack's generic preparation gives (tests/search/test_entries.py holds them
        equal), built directly: resolving each field's lookups one by one was a third of a
        complete build's reading process (docs/benchmarks.md)."""
        document = paragraph.document
        self.prepared_data = {
            ID: f"archive.paragraph.{paragraph.pk}", DJANGO_CT: "archive.paragraph", DJANGO_ID: str(paragraph.pk),
            "text": _text(paragraph.text), "bigrams": _text(paragraph.text), "document": _text(document.symbol),
            "document_key": _text(document.key), "document_version": self.prepare_document_version(paragraph),
            "anchor": _text(paragraph.anchor), "title": _text(document.title), "organ": _text(document.organ),
            "language": _text(document.language), "year": self.prepare_year(paragraph),
            "sort_date": self.prepare_sort_date(paragraph), "resolutions": self.prepare_resolutions(paragraph),
            "bodies": self.prepare_bodies(paragraph),
        }
        return self.prepared_data

    def prepare_document_version(self, paragraph):
        return version(paragraph.document)

    def prepare_year(self, paragraph):
        return str(paragraph.document.date.year) if paragraph.document.date else ""

    def prepare_sort_date(self, paragraph):
        date = paragraph.document.date
        return date.year * 10000 + date.month * 100 + date.day if date else 0

    def prepare_resolutions(self, paragraph):
        return self._targets(paragraph, Reference.RESOLUTION)

    def prepare_bodies(self, paragraph):
        return self._targets(paragraph, Reference.BODY)

    def _targets(self, paragraph, kind):
        joined = getattr(paragraph, f"{kind}_targets")
        return sorted({keyword(target) for target in joined.split(_SEPARATOR)}) if joined else []


class _TargetList(Aggregate):
    """The targets of a group of references as one string (repeats kept: the index dedupes)."""
    function, template, output_field = "GROUP_CONCAT", "%(function)s(%(expressions)s, char(31))", CharField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, function="STRING_AGG", template="%(function)s(%(expressions)s, chr(31))", **extra)


def _targets_of(kind):
    """The targets of a paragraph's references of one type, for `index_queryset`."""
    references = Reference.objects.filter(paragraph=OuterRef("pk"), type=kind).exclude(target="")
    return Subquery(references.values("paragraph").annotate(targets=_TargetList("target")).values("targets"))


def _text(value):
    """A CharField's value as haystack converts it."""
    return None if value is None else str(value)


def version(document):
    """What the index remembers of a document to know whether it is current: its text (the
    import's fingerprint) and its last save (a metadata correction in the admin)."""
    return f"{document.key}@{document.fingerprint}:{document.updated_at.timestamp():.6f}"

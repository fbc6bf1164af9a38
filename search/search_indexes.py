"""One search entry per paragraph, with its document's fields for display, filters and facets."""
from haystack import indexes
from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from archive.models import Paragraph, Reference


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
        return Paragraph.objects.select_related("document").prefetch_related("references").order_by("document_id", "ordinal")

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
        return sorted({keyword(r.target) for r in paragraph.references.all() if r.type == kind and r.target})


def _text(value):
    """A CharField's value as haystack converts it."""
    return None if value is None else str(value)


def version(document):
    """What the index remembers of a document to know whether it is current: its text (the
    import's fingerprint) and its last save (a metadata correction in the admin)."""
    return f"{document.key}@{document.fingerprint}:{document.updated_at.timestamp():.6f}"

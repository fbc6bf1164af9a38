"""Finding documents by what people type in URLs: a symbol, a permanent key, or an old symbol,
and a paragraph by its anchor as people mistype it. Reached only through `Document.objects` and
the relations of the document in hand, so this module never imports the models."""
import re
from itertools import chain

from django.db import models
from django.db.models import Q

from .pipeline.limits import LANGUAGES

RESOLUTION_WITHOUT_SPACE = re.compile(r"^(S/RES/\d{1,4})\((?=\d{4}\)$)")


class DocumentQuerySet(models.QuerySet):
    def resolve(self, path, language=None):
        """(document, canonical) for a URL path; canonical is False when the path is a key or an
        old symbol, so the view redirects to the document's own URL. An old symbol comes last and
        never stands for a paragraph's address (a symbol taken before that was refused)."""
        language = language if language in LANGUAGES else None
        by_symbol = self.filter(symbol=path)
        document = (by_symbol.filter(language=language).first() if language else None) or by_symbol.filter(language="zh-Hans").first() or by_symbol.first()
        if document is not None:
            return document, True
        if (spaced := RESOLUTION_WITHOUT_SPACE.sub(r"\1 (", path)) != path:
            document, _ = self.resolve(spaced, language)  # `S/RES/1518(2003)`, as undocs.org writes it
            return document, False
        document = self.filter(key=path).first()
        if document is not None:
            return document, document.path == path
        document = self.filter(aliases__path=path).first()
        if document is None or self.names_a_paragraph(path):
            return None, False
        return document, False

    def anchor_owners(self, head):
        """The documents whose paragraph addresses begin with `head`, letter case aside: by symbol,
        key (always lower case) or an earlier symbol."""
        earlier = self.filter(aliases__path__iexact=head).values("pk")
        return self.filter(Q(symbol__iexact=head) | Q(key=head.lower()) | Q(pk__in=earlier)).order_by()

    def names_a_paragraph(self, path):
        """Whether `path` is, exactly or mistyped, the address of a paragraph: an earlier symbol
        that reads the same is not followed, so no rename's leftover takes a paragraph's URL."""
        head, _, anchor = path.rpartition("/")
        return bool(head) and any(fitting_anchor(owner, anchor) is not None for owner in self.anchor_owners(head))

    def filtered(self, params):
        """Documents narrowed by the list page's filters: ?year=2016&organ=…&type=…&lang=…"""
        documents = self
        if (year := params.get("year", "")).isdigit() and len(year) <= 4:
            documents = documents.filter(date__year=int(year))
        if organ := params.get("organ"):
            documents = documents.filter(organ=organ)
        if doc_type := params.get("type"):
            documents = documents.filter(doc_type=doc_type)
        if (language := params.get("lang")) in LANGUAGES:
            documents = documents.filter(language=language)
        return documents

    def facets(self):
        """The values the list can be filtered by, with counts."""
        return {
            "year": [
                (row["date__year"], row["n"])
                for row in self.exclude(date=None).values("date__year").annotate(n=models.Count("id")).order_by("-date__year")
            ],
            "organ": [(row["organ"], row["n"]) for row in self.exclude(organ="").values("organ").annotate(n=models.Count("id")).order_by("organ")],
            "type": [(row["doc_type"], row["n"]) for row in self.exclude(doc_type="").values("doc_type").annotate(n=models.Count("id")).order_by("doc_type")],
        }

    def split_paragraph_path(self, path, language=None):
        """'CD/2118/5-f' → (document, canonical, '5-f'): the longest prefix that is a document."""
        head, _, anchor = path.rpartition("/")
        if not head:
            return None, False, None
        document, canonical = self.resolve(head, language)
        return document, canonical, anchor


def folded(anchor):
    """An anchor as people mistype it: case, dashes, brackets and dots do not matter."""
    return re.sub(r"[^0-9a-z]", "", anchor.lower())


def fitting_anchor(document, anchor):
    """The anchor of `document` — of a paragraph, or one that moved or vanished — that `anchor`
    names as people mistype it; None when none does."""
    wanted = folded(anchor)
    if not wanted:
        return None
    anchors = chain(document.paragraphs.values_list("anchor", flat=True), document.anchor_changes.values_list("anchor", flat=True))
    return next((found for found in anchors if folded(found) == wanted), None)

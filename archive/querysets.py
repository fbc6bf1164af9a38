"""Finding documents by what people type in URLs: a symbol, a permanent key, or an old symbol."""
import re

from django.db import models

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
        from .lookup import names_a_paragraph
        from .models import DocumentAlias

        alias = DocumentAlias.objects.filter(path=path).select_related("document").first()
        if alias is None or names_a_paragraph(path):
            return None, False
        return alias.document, False

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

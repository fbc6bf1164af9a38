"""Finding documents by what people type in URLs: a symbol, a permanent key, or an old symbol."""
from django.db import models

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "fr", "es", "ru", "ar")


class DocumentQuerySet(models.QuerySet):
    def resolve(self, path, language=None):
        """(document, canonical) for a URL path; canonical is False when the path is a key or an
        old symbol, so the view redirects to the document's own URL."""
        language = language if language in LANGUAGES else None
        by_symbol = self.filter(symbol=path)
        document = (by_symbol.filter(language=language).first() if language else None) or by_symbol.filter(language="zh-Hans").first() or by_symbol.first()
        if document is not None:
            return document, True
        document = self.filter(key=path).first()
        if document is not None:
            return document, document.path == path
        from .models import DocumentAlias

        alias = DocumentAlias.objects.filter(path=path).select_related("document").first()
        return (alias.document, False) if alias else (None, False)

    def split_paragraph_path(self, path, language=None):
        """'CD/2118/5-f' → (document, canonical, '5-f'): the longest prefix that is a document."""
        head, _, anchor = path.rpartition("/")
        if not head:
            return None, False, None
        document, canonical = self.resolve(head, language)
        return document, canonical, anchor

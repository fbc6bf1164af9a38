"""The sitemap: every document, paragraph permalink, resolution and body page.

Served as a sitemap index (`/sitemap.xml`) pointing to one sitemap per section, each paged at
`limit` URLs, so an archive of any size lists every permalink: a single combined sitemap pages
all sections together and answers 404 as soon as the smallest one runs out of pages.
"""
from django.contrib.sitemaps import Sitemap

from .citations import body_url, resolution_url
from .models import Document, Paragraph
from .querysets import cited_resolutions, mentioned_bodies


class DocumentSitemap(Sitemap):
    def items(self):
        return Document.objects.order_by("key")

    def lastmod(self, document):
        return document.updated_at


class ParagraphSitemap(Sitemap):
    limit = 5000

    def items(self):
        return Paragraph.objects.select_related("document").order_by("document__key", "ordinal")

    def lastmod(self, paragraph):
        return paragraph.document.updated_at


class ResolutionSitemap(Sitemap):
    def items(self):
        return [target for rows in cited_resolutions().values() for target, _, _ in rows]

    def location(self, target):
        return resolution_url(target)


class BodySitemap(Sitemap):
    def items(self):
        return [body["id"] for rows in mentioned_bodies().values() for body, _ in rows]

    def location(self, body_id):
        return body_url(body_id)


SITEMAPS = {"documents": DocumentSitemap, "paragraphs": ParagraphSitemap, "resolutions": ResolutionSitemap, "bodies": BodySitemap}

"""The sitemap: every document, paragraph permalink, resolution and body page.

Served as a sitemap index (`/sitemap.xml`) pointing to one sitemap per section, each paged at
`limit` URLs, so an archive of any size lists every permalink: a single combined sitemap pages
all sections together and answers 404 as soon as the smallest one runs out of pages.

Each answer is built once per state of the archive and then served from the cache (`cached`):
crawlers ask often and the archive changes only with an import, a correction or a deletion.
"""
import hashlib
from functools import wraps

from django.contrib.sitemaps import Sitemap
from django.core.cache import cache
from django.db import connection
from django.db.models import Max
from django.http import HttpResponse

from .citations import body_url, resolution_url
from .citing import cited_resolutions, mentioned_bodies
from .models import Document, Paragraph, Reference

CACHE_SECONDS = 24 * 3600  # an answer expires a day after it was built; another state of the archive has other keys


class DocumentSitemap(Sitemap):
    def items(self):
        return Document.objects.order_by("key")

    def lastmod(self, document):
        return document.updated_at

    def get_latest_lastmod(self):
        """One aggregate, where Django's default asks `lastmod` of every item."""
        return Document.objects.aggregate(latest=Max("updated_at"))["latest"]


class ParagraphSitemap(Sitemap):
    limit = 5000

    def items(self):
        return Paragraph.objects.select_related("document").order_by("document__key", "ordinal")

    def lastmod(self, paragraph):
        return paragraph.document.updated_at

    def get_latest_lastmod(self):
        """One aggregate, where Django's default reads every paragraph with its document."""
        return Document.objects.filter(paragraphs__isnull=False).aggregate(latest=Max("updated_at"))["latest"]


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


def archive_state():
    """What every sitemap follows from, in one query: the documents (how many, the sum of their
    ids, the latest save, as search.embedded.documents_state) and the references (how many, the
    latest id; re-extraction replaces them without saving their documents)."""
    quote = connection.ops.quote_name
    documents, references = quote(Document._meta.db_table), quote(Reference._meta.db_table)
    pk = quote("id")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*), SUM({pk}), MAX({quote('updated_at')}), "
            f"(SELECT COUNT(*) FROM {references}), (SELECT MAX({pk}) FROM {references}) FROM {documents}"
        )
        return cursor.fetchone()


def cached(view, paged=False):
    """Serve a sitemap view's successful answers from the cache while the archive's state is the
    one they were built in. The key holds only what the answer depends on: the scheme and host
    (its URLs are absolute), the path and, for a `paged` view, the page number, so that no query
    string a client invents makes the sitemap be built again."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        page = ""
        if paged:
            try:
                page = int(request.GET.get("p", 1))
            except ValueError:
                return view(request, *args, **kwargs)  # Django's 404 for a page that is no number
        identity = f"{request.scheme}://{request.get_host()}{request.path} {page} {archive_state()}"
        key = "sitemap:" + hashlib.sha256(identity.encode()).hexdigest()
        stored = cache.get(key)
        if stored is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            response.render()
            stored = (response.content, dict(response.items()))
            cache.set(key, stored, timeout=CACHE_SECONDS)
        content, headers = stored
        return HttpResponse(content, headers=headers)

    return answer

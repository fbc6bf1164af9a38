"""Atom feeds: "new paragraphs citing S/RES/2325 (2016)", and the same per body."""
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed

from .citations import body_by_slug, body_url, resolution_url, understand_resolution
from .models import Reference
from .querysets import citing_paragraphs

LIMIT = 50


class _CitingParagraphsFeed(Feed):
    feed_type = Atom1Feed
    reference_type = None

    def items(self, target):
        """The latest LIMIT, read as one bounded query whatever the number citing."""
        return citing_paragraphs(self.reference_type, target)[:LIMIT]

    def item_title(self, paragraph):
        return f"{paragraph.document.path} ¶{paragraph.anchor}"

    def item_description(self, paragraph):
        return paragraph.text

    def item_link(self, paragraph):
        return paragraph.get_absolute_url()

    def item_pubdate(self, paragraph):
        return paragraph.document.imported_at

    def item_updateddate(self, paragraph):
        return paragraph.document.updated_at


class ResolutionFeed(_CitingParagraphsFeed):
    reference_type = Reference.RESOLUTION

    def get_object(self, request, path):
        target = understand_resolution(path)
        if target is None:
            raise Http404("Unknown resolution")
        return target

    def title(self, target):
        return f"引用 {target} 的新段落 (new paragraphs citing {target})"

    def link(self, target):
        return resolution_url(target)


class BodyFeed(_CitingParagraphsFeed):
    reference_type = Reference.BODY

    def get_object(self, request, slug):
        body = body_by_slug(slug)
        if body is None:
            raise Http404("Unknown body")
        return body["id"]

    def title(self, body_id):
        return f"提及 {body_id} 的新段落 (new paragraphs mentioning {body_id})"

    def link(self, body_id):
        return body_url(body_id)

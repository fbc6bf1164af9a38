"""Citation check of a draft: every reference a pasted text makes, whether the archive holds
what it cites, and where to read it. The text is only read, never stored or logged."""
from urllib.parse import urlencode

from django import forms
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from unref import extract_document, official_url

from .citations import body_url, resolution_path, resolution_url, treaty_info
from .models import Document, Reference

MAX_CHARACTERS = 20_000  # about ten pages of Chinese: a briefing draft, not a corpus
MAX_REFERENCES = 1_000  # more than a briefing draft cites; past it only a list's first ones are looked up
TOO_LONG = "文本过长：最多 %(limit)s 个字符 (the text is too long: at most %(limit)s characters)"


def find_references(text):
    """([{type, target, surface, start, end, held, url}], truncated): the first MAX_REFERENCES
    references in the order they occur in `text`, and whether there were more; `url` is
    relative (the caller makes it absolute) or an official undocs.org address."""
    paragraphs = text.split("\n")
    found = []
    offset = 0
    for paragraph, references in zip(paragraphs, extract_document(paragraphs)):
        found += [(offset, reference) for reference in references]
        offset += len(paragraph) + 1
    truncated = len(found) > MAX_REFERENCES
    found = found[:MAX_REFERENCES]
    holdings = _Holdings({reference.target for _, reference in found if reference.target})
    return [
        {
            "type": reference.type,
            "target": reference.target or None,
            "surface": reference.surface,
            "start": offset + reference.start,
            "end": offset + reference.end,
            "held": holdings.held(reference),
            "url": holdings.url(reference),
        }
        for offset, reference in found
    ], truncated


class _Holdings:
    """What the archive has of the cited targets, asked in three queries whatever the text."""

    def __init__(self, targets):
        forms = targets | {resolution_path(target) for target in targets}
        self.documents = set(Document.objects.filter(symbol__in=forms).values_list("symbol", flat=True))
        self.cited = set(
            Reference.objects.filter(target__in=targets).values_list("type", "target").distinct()
        )

    def held(self, reference):
        """A document the archive holds; a resolution it holds or cites; a body or treaty it names."""
        target = reference.target
        if not target:
            return False
        if reference.type == Reference.DOCUMENT:
            return target in self.documents
        if reference.type == Reference.RESOLUTION and {target, resolution_path(target)} & self.documents:
            return True
        return (reference.type, target) in self.cited

    def url(self, reference):
        target, held = reference.target, self.held(reference)
        if not target:
            return None
        if reference.type == Reference.DOCUMENT:
            return reverse("archive:document", kwargs={"path": target}) if held else official_url(target)
        if reference.type == Reference.RESOLUTION:
            return resolution_url(target) if held else official_url(resolution_path(target))
        if not held:
            return None
        if reference.type == Reference.BODY:
            return body_url(target)
        return reverse("search:results") + "?" + urlencode({"q": (treaty_info(target).get("names_zh") or [target])[0]})


class DraftForm(forms.Form):
    text = forms.CharField(
        label=_("草稿文本"),
        max_length=MAX_CHARACTERS,
        error_messages={"max_length": TOO_LONG % {"limit": MAX_CHARACTERS}},
        widget=forms.Textarea(attrs={"rows": 12}),
    )


@never_cache
@sensitive_post_parameters("text")
@require_http_methods(["GET", "HEAD", "POST"])
def check_page(request):
    """Paste a draft, see what it cites. POST with Django's CSRF check; the answer is not cached
    and the text is kept out of error reports."""
    form = DraftForm(request.POST if request.method == "POST" else None)
    found, truncated = find_references(form.cleaned_data["text"]) if form.is_valid() else (None, False)
    status = 400 if form.is_bound and not form.is_valid() else 200
    context = {"form": form, "found": found, "truncated": truncated, "limit": MAX_CHARACTERS, "max_references": MAX_REFERENCES}
    return render(request, "archive/check.html", context, status=status)

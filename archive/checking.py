"""Citation check of a draft: every reference a pasted text makes, whether the archive holds
what it cites, and where to read it. The text is only read, never stored or logged."""
from dataclasses import replace

from django import forms
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from unref import BEYOND, extract_document, official_url, resolution_typed

from .citations import (
    body_url,
    disagreement_text,
    register_disagreement,
    resolution_path,
    resolution_url,
    treaty_url,
)
from .cite import numbered_pinpoint
from .models import Document, Paragraph, Reference

MAX_CHARACTERS = 20_000  # about ten pages of Chinese: a briefing draft, not a corpus
MAX_REFERENCES = 1_000  # more than a briefing draft cites; past it only a list's first ones are looked up
TOO_LONG = "文本过长：最多 %(limit)s 个字符 (the text is too long: at most %(limit)s characters)"


CONTEXT = 12  # characters of the draft quoted on each side of a reference, within its line ("…" where cut)
HELD, NOT_HELD, CONTRADICTED, UNRESOLVED = "held", "not held", "contradicted", "unresolved"


def find_references(text):
    """([{type, target, surface, start, end, line, column, before, after, status, held, note,
    pinpoint, pinpoint_held, url}], truncated): the first MAX_REFERENCES references in the order
    they occur in `text`, and whether there were more; `url` is relative (the caller makes it
    absolute) or an official undocs.org address; `note` is "中文 (English)", as the API writes."""
    lines = text.split("\n")
    found = []
    offset = 0
    for number, (line, references) in enumerate(zip(lines, extract_document(lines)), start=1):
        found += [(number, offset, line, reference) for reference in references]
        offset += len(line) + 1
    truncated = len(found) > MAX_REFERENCES
    found = found[:MAX_REFERENCES]
    holdings = _Holdings([reference for *_, reference in found])
    return [_checked(number, offset, line, reference, holdings) for number, offset, line, reference in found], truncated


def _checked(number, offset, line, reference, holdings):
    disagreement = None
    if reference.type == Reference.RESOLUTION:
        # The citation as the draft prints it: extraction corrects `第1540(2005)号决议` to the
        # register's 1540 (2004) (a conflict); `第9999号决议` has no year, so no target, but a number.
        if reference.status == Reference.CONFLICT:
            reference = replace(reference, target=resolution_typed(reference.surface) or reference.target)
        disagreement = register_disagreement(reference.target or resolution_typed(reference.surface))
    held = holdings.held(reference)
    contradicted = disagreement is not None and not (disagreement.kind == BEYOND and held)
    paragraph = holdings.paragraph(reference)
    if contradicted:
        status = CONTRADICTED
    else:
        status = HELD if held else NOT_HELD if reference.target else UNRESOLVED
    return {
        "type": reference.type,
        "target": reference.target or None,
        "surface": reference.surface,
        "start": offset + reference.start,
        "end": offset + reference.end,
        "line": number,
        "column": reference.start + 1,
        "before": ("…" if reference.start > CONTEXT else "") + line[max(0, reference.start - CONTEXT):reference.start],
        "after": line[reference.end:reference.end + CONTEXT] + ("…" if len(line) > reference.end + CONTEXT else ""),
        "status": status,
        "held": held,
        "note": _both_languages(disagreement) if contradicted else None,
        "pinpoint": reference.pinpoint,
        "pinpoint_held": (paragraph is not None) if holdings.checkable(reference) else None,
        "url": None if contradicted else paragraph.get_absolute_url() if paragraph else holdings.url(reference),
    }


def _both_languages(disagreement):
    """The register's objection the house way for the API, "中文 (English)"; pages show their half."""
    with translation.override("zh-hans"):
        chinese = disagreement_text(disagreement)
    with translation.override("en"):
        english = disagreement_text(disagreement)
    return f"{chinese} ({english})"


class _Holdings:
    """What the archive has of the cited targets, asked in three queries whatever the text (a
    fourth when a held text is cited with a paragraph: its numbered paragraphs)."""

    def __init__(self, references):
        targets = {reference.target for reference in references if reference.target}
        forms = targets | {resolution_path(target) for target in targets}
        self.documents = set(Document.objects.filter(symbol__in=forms).values_list("symbol", flat=True))
        self.cited = set(
            Reference.objects.filter(target__in=targets).values_list("type", "target").distinct()
        )
        pinpointed = {self.text_of(r) for r in references if self.checkable(r)}
        self.paragraphs = {}
        if pinpointed:
            numbered = (
                Paragraph.objects.filter(document__symbol__in=pinpointed, kind__in=("para", "item"))
                .select_related("document").order_by("document__language", "ordinal")
            )
            for paragraph in numbered:  # "zh-Hans" sorts before "zh-Hant": the Chinese text first
                pinpoint = numbered_pinpoint(paragraph)
                if pinpoint:
                    self.paragraphs.setdefault((paragraph.document.symbol, pinpoint[1][0]), paragraph)

    def text_of(self, reference):
        """The symbol under which the archive holds the text a document or resolution reference
        cites, or None."""
        if reference.type not in (Reference.DOCUMENT, Reference.RESOLUTION) or not reference.target:
            return None
        return next((form for form in (reference.target, resolution_path(reference.target)) if form in self.documents), None)

    def checkable(self, reference):
        """Whether the reference cites a numbered paragraph of a text the archive holds."""
        return bool(_numbered(reference.pinpoint) and self.text_of(reference))

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

    def paragraph(self, reference):
        """The held text's paragraph the reference pinpoints ("para. 12"), if it has it."""
        if not self.checkable(reference):
            return None
        return self.paragraphs.get((self.text_of(reference), _numbered(reference.pinpoint)))


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
        return treaty_url(target)


def _numbered(pinpoint):
    """A pinpoint as a numbered paragraph's citation: a resolution's operative paragraphs are
    its numbered ones ("operative para. 3" is "para. 3"); its preambular ones have no number.
    Several paragraphs ("paras. 19 and 23") are not one paragraph to look for."""
    numbered = (pinpoint or "").removeprefix("operative ")
    return numbered if numbered.startswith("para. ") else None


class DraftForm(forms.Form):
    text = forms.CharField(
        label=_("草稿文本"),
        help_text=_("粘贴草稿全文或其中几段。引用按出现的顺序列出，位置按行和字计算。"),
        max_length=MAX_CHARACTERS,
        error_messages={"max_length": TOO_LONG % {"limit": MAX_CHARACTERS}},
        widget=forms.Textarea(attrs={"rows": 14, "cols": 60}),
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

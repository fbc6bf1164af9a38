"""What the archive stores: documents, their paragraphs, and what happened to anchors over time."""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .paging import paragraph_page_number
from .pipeline import limits
from .querysets import DocumentQuerySet
from .validators import validate_organ, validate_symbol, validate_title


class Document(models.Model):
    """One language version of a UN document, identified by its symbol and language.

    `key` is the permanent identifier used in URLs when the symbol is unknown; it never changes,
    so an old URL keeps working after a symbol is added. Column sizes are `pipeline.limits`, which
    the sidecar schema checks before anything is written.
    """

    key = models.SlugField(_("永久标识"), max_length=limits.KEY, unique=True, allow_unicode=True)
    symbol = models.CharField(_("文号"), max_length=limits.SYMBOL, blank=True, db_index=True, validators=[validate_symbol])
    language = models.CharField(_("语文"), max_length=limits.LANGUAGE, default="zh-Hans")
    title = models.TextField(_("标题"), blank=True, validators=[validate_title])
    date = models.DateField(_("日期"), null=True, blank=True)
    organ = models.CharField(_("发文机关"), max_length=limits.ORGAN, blank=True, validators=[validate_organ])
    doc_type = models.CharField(_("文件类型"), max_length=limits.DOC_TYPE, blank=True)
    original_language = models.CharField(_("原文语文"), max_length=limits.ORIGINAL_LANGUAGE, blank=True)
    source_file = models.CharField(_("来源文件"), max_length=limits.SOURCE_FILE)
    source_path = models.TextField(
        _("来源路径"), blank=True, editable=False, help_text="Where the file was read: a corrected file comes from the same place."
    )
    source_sha256 = models.CharField(_("来源 SHA-256"), max_length=64)
    fingerprint = models.CharField(max_length=64, editable=False, help_text="Text, sidecar and pipeline version: unchanged means nothing to do.")
    imported_at = models.DateTimeField(_("首次导入"), auto_now_add=True)
    updated_at = models.DateTimeField(_("最近更新"), auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "symbol", "key"]  # undated last on every backend
        verbose_name = _("文档")
        verbose_name_plural = _("文档")
        constraints = [
            models.UniqueConstraint(
                fields=["symbol", "language"],
                condition=~models.Q(symbol=""),
                name="unique_symbol_per_language",
            )
        ]

    def __str__(self):
        return f"{self.symbol or self.key} [{self.language}]"

    @property
    def path(self):
        """The readable part of the URL: the UN symbol as printed, or the permanent key."""
        return self.symbol or self.key

    def get_absolute_url(self):
        url = reverse("archive:document", kwargs={"path": self.path})
        return url if self.language == "zh-Hans" else f"{url}?lang={self.language}"

    def get_api_url(self):
        return reverse("api:document", kwargs={"path": self.path})

    DOC_TYPES = {
        "letter": _("信函"),
        "note_verbale": _("普通照会"),
        "summary_record": _("简要记录"),
        "report": _("报告"),
        "chairs_summary": _("主席摘要"),
        "concept_note": _("概念说明"),
        "resolution": _("决议"),
        "presidential_statement": _("主席声明"),
    }

    def get_doc_type_display(self):
        return self.DOC_TYPES.get(self.doc_type, self.doc_type)

    def other_languages(self):
        if not self.symbol:
            return Document.objects.none()
        return Document.objects.filter(symbol=self.symbol).exclude(pk=self.pk)


class DocumentAlias(models.Model):
    """An earlier symbol of a document, so links made before a correction still resolve."""

    path = models.CharField(max_length=200, unique=True)
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="aliases")

    def __str__(self):
        return f"{self.path} → {self.document}"


class Paragraph(models.Model):
    KINDS = [
        ("title", _("标题")),
        ("heading", _("小标题")),
        ("para", _("段落")),
        ("item", _("列项")),
        ("note", _("注记")),
        ("footnote", _("脚注")),
        ("signature", _("署名")),
    ]

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="paragraphs")
    ordinal = models.PositiveIntegerField(_("顺序"))
    anchor = models.CharField(_("锚点"), max_length=limits.ANCHOR)
    label = models.CharField(_("原编号"), max_length=limits.LABEL, blank=True)
    kind = models.CharField(_("类型"), max_length=12, choices=KINDS, default="para")
    section = models.TextField(_("所在章节"), blank=True)
    speaker = models.CharField(_("发言者"), max_length=limits.SPEAKER, blank=True)
    speaker_affiliation = models.CharField(_("发言者身份"), max_length=limits.SPEAKER_AFFILIATION, blank=True)
    text = models.TextField(_("正文"))
    content_hash = models.CharField(_("内容哈希"), max_length=64, db_index=True)

    class Meta:
        ordering = ["document", "ordinal"]
        verbose_name = _("段落")
        verbose_name_plural = _("段落")
        constraints = [
            models.UniqueConstraint(fields=["document", "anchor"], name="unique_anchor_per_document"),
        ]

    def __str__(self):
        return f"{self.document.path} ¶{self.anchor}"

    def get_absolute_url(self):
        url = reverse("archive:document", kwargs={"path": f"{self.document.path}/{self.anchor}"})
        return url if self.document.language == "zh-Hans" else f"{url}?lang={self.document.language}"

    def get_in_document_url(self):
        """The paragraph in place on its document's page: long documents are paged
        (archive/paging.py), so the URL names the page that holds it."""
        url = self.document.get_absolute_url()
        page = paragraph_page_number(self.ordinal)
        if page > 1:
            url += f"{'&' if '?' in url else '?'}page={page}"
        return f"{url}#{self.anchor}"


class ParagraphLink(models.Model):
    """A hyperlink printed in the source beside a paragraph: evidence for its references, not text."""

    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(max_length=limits.LINK)
    target = models.CharField(max_length=limits.LINK_TARGET, blank=True, help_text="The UN symbol the link points to.")
    conflict = models.TextField(blank=True, help_text="Why the text nearby contradicts the link (the text wins).")

    class Meta:
        ordering = ["paragraph", "id"]

    def __str__(self):
        return self.url


class AnchorChange(models.Model):
    """An anchor whose paragraph moved or disappeared in a later import.

    Kept so a citation made before the correction never lands silently on other text:
    a moved paragraph redirects, a removed one answers 410 with its last wording.
    """

    MOVED, REMOVED = "moved", "removed"
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="anchor_changes")
    anchor = models.CharField(max_length=limits.ANCHOR)
    change = models.CharField(max_length=10, choices=[(MOVED, _("已移动")), (REMOVED, _("已删除"))])
    new_anchor = models.CharField(max_length=limits.ANCHOR, blank=True)
    old_text = models.TextField()
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-id"]

    def __str__(self):
        return f"{self.document.path} ¶{self.anchor} {self.change}"


class Reference(models.Model):
    """Something a paragraph cites — a resolution, another document, a body, a treaty — at the
    characters where it is cited. Unresolved citations are kept with a status, not dropped."""

    RESOLUTION, DOCUMENT, BODY, TREATY = "resolution", "document", "body", "treaty"
    TYPES = [(RESOLUTION, _("决议")), (DOCUMENT, _("文件")), (BODY, _("机构")), (TREATY, _("条约"))]
    RESOLVED, UNRESOLVED, CONFLICT = "resolved", "unresolved", "conflict"
    STATUSES = [(RESOLVED, _("已识别")), (UNRESOLVED, _("未识别")), (CONFLICT, _("有冲突"))]

    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="references")
    type = models.CharField(max_length=12, choices=TYPES, db_index=True)
    target = models.CharField(max_length=limits.REFERENCE_TARGET, blank=True, db_index=True)
    surface = models.CharField(max_length=limits.REFERENCE_SURFACE)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    pinpoint = models.CharField(max_length=limits.PINPOINT, blank=True)
    status = models.CharField(max_length=12, choices=STATUSES, default=RESOLVED)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["paragraph", "start"]
        indexes = [models.Index(fields=["type", "target"])]

    def __str__(self):
        return f"{self.paragraph} → {self.target or self.surface}"


class CitedParagraph(models.Model):
    """A paragraph of a resolution that a pinpointed reference names (`paras. 19 and 23` gives two
    rows; `paras. 1 to 6` six), as an anchor of the resolution's text: what lets a resolution's
    citing list, exports, feed and API be narrowed to one operative paragraph, by the database.
    Written with the references (archive/cited_paragraphs.py), never edited."""

    reference = models.ForeignKey(Reference, on_delete=models.CASCADE, related_name="cited_paragraphs")
    number = models.PositiveIntegerField(help_text="The operative paragraph: 3 for 3 (c).")
    anchor = models.CharField(max_length=limits.ANCHOR, help_text="As the resolution's text anchors it: 3-c.")

    class Meta:
        ordering = ["reference", "id"]
        indexes = [models.Index(fields=["anchor"])]

    def __str__(self):
        return f"{self.reference} ¶{self.anchor}"


class Provenance(models.Model):
    """Where a collected file came from: the address it was fetched from, the record that listed
    it, when, and the HTTP validators that let the next run ask "changed since?" without the body.

    One row per symbol and language, rewritten when the UN's file changes. An English original is
    kept with its provenance too, linked to the Chinese document of the same symbol when there is
    one (the import pipeline reads Chinese documents only).
    """

    document = models.ForeignKey(
        Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="provenance",
        help_text="The document this file was imported as, or that it is another language version of.",
    )
    symbol = models.CharField(_("文号"), max_length=limits.SYMBOL, validators=[validate_symbol])
    language = models.CharField(_("语文"), max_length=limits.LANGUAGE)
    source_url = models.URLField(_("来源网址"), max_length=2000)
    record_url = models.URLField(_("目录记录"), max_length=2000, blank=True)
    retrieved_at = models.DateTimeField(_("检索时间"))
    checked_at = models.DateTimeField(_("最近核对"), help_text="The last time the source was asked whether the file changed.")
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=200, blank=True)
    file_name = models.CharField(max_length=limits.SOURCE_FILE)

    class Meta:
        ordering = ["symbol", "language"]
        verbose_name = _("来源记录")
        verbose_name_plural = _("来源记录")
        constraints = [models.UniqueConstraint(fields=["symbol", "language"], name="one_provenance_per_symbol_language")]

    def __str__(self):
        return f"{self.symbol} [{self.language}] ← {self.source_url}"


class RateCount(models.Model):
    """One client's requests of one kind in its current window (archive/ratelimit.py). A table of
    its own, not the cache: a cache culls entries when full, and then anyone sending requests
    from enough addresses could erase an abuser's count."""

    key = models.CharField(max_length=200, primary_key=True)  # "kind:client"
    since = models.FloatField()  # the window's opening, seconds since the epoch
    expires = models.FloatField(db_index=True)  # its closing: the row is deleted after it
    count = models.PositiveIntegerField()

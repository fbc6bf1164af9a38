"""Editors browse documents and correct their metadata; the text itself comes only from files.

Paragraphs are read-only here: a correction of the text is made in the source file and
imported again, so that references, anchors, the search index and the next import's
"unchanged" all follow from the same file. Metadata corrections and deletions are announced
like imports (`archive.signals`), and the search index follows them.
"""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext

from .addresses import alias_collision, collision, keep_alias
from .models import (
    AnchorChange,
    Document,
    DocumentAlias,
    Paragraph,
    ParagraphLink,
    Provenance,
)
from .signals import document_written, documents_removed, documents_stored


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fields = ("ordinal", "anchor", "label", "kind", "speaker", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


class DocumentForm(forms.ModelForm):
    """A symbol typed here becomes a URL just as an imported one does, so it obeys the import's
    rule: it takes no other document's address, nor another's paragraph address."""

    class Meta:
        model = Document
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        symbol = cleaned.get("symbol")
        if symbol and "symbol" not in self.errors:
            document = self.instance
            anchors = document.paragraphs.values_list("anchor", flat=True) if document.pk else ()
            if found := collision(symbol, document, cleaned.get("language") or document.language, anchors):
                self.add_error("symbol", str(found))
        return cleaned


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    form = DocumentForm
    list_display = ("path", "language", "date", "doc_type", "organ", "title")
    list_filter = ("language", "doc_type", "organ")
    search_fields = ("symbol", "key", "title")
    readonly_fields = ("key", "source_file", "source_path", "source_sha256", "imported_at", "updated_at")
    inlines = (ParagraphInline,)

    def save_model(self, request, obj, form, change):
        """A corrected symbol keeps the old one as an alias, so links made before still resolve —
        unless the old one is another document's address (taken before that was refused)."""
        old = form.initial.get("symbol")
        if change and "symbol" in form.changed_data and old and not keep_alias(obj, old):
            self.message_user(request, gettext("旧文号 %(path)s 未保留为别名：它是另一文档或其段落的网址") % {"path": old}, messages.WARNING)
        super().save_model(request, obj, form, change)
        transaction.on_commit(lambda: documents_stored.send(sender=Document, documents=[obj]))

    def save_related(self, request, form, formsets, change):
        """Once the paragraphs are saved too, still inside the admin's transaction."""
        super().save_related(request, form, formsets, change)
        document_written.send(sender=Document, documents=[form.instance])

    def delete_model(self, request, obj):
        key = obj.key
        super().delete_model(request, obj)
        transaction.on_commit(lambda: documents_removed.send(sender=Document, keys=[key]))

    def delete_queryset(self, request, queryset):
        keys = list(queryset.values_list("key", flat=True))
        super().delete_queryset(request, queryset)
        transaction.on_commit(lambda: documents_removed.send(sender=Document, keys=keys))


@admin.register(Paragraph)
class ParagraphAdmin(admin.ModelAdmin):
    """To be read, not changed: paragraphs come from their document's file, and leave only
    with their document (so the delete permission stays, for that cascade)."""

    list_display = ("__str__", "kind", "label", "speaker")
    list_filter = ("kind",)
    search_fields = ("anchor", "text", "document__symbol")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        return {}

    def delete_view(self, request, object_id, extra_context=None):
        raise PermissionDenied


class HasConflict(admin.SimpleListFilter):
    title = "conflict with the text"
    parameter_name = "conflict"

    def lookups(self, request, model_admin):
        return [("yes", "yes"), ("no", "no")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(conflict="")
        if self.value() == "no":
            return queryset.filter(conflict="")
        return queryset


@admin.register(ParagraphLink)
class ParagraphLinkAdmin(admin.ModelAdmin):
    """Hyperlinks printed in the sources; the filter shows those the text contradicts."""

    list_display = ("paragraph", "url", "target", "conflict")
    list_filter = (HasConflict,)
    search_fields = ("url", "target", "paragraph__document__symbol")


class DocumentAliasForm(forms.ModelForm):
    """An earlier symbol typed here redirects to its document, so it may not shadow another
    document's address or paragraph address (exact lookups prefer those anyway)."""

    class Meta:
        model = DocumentAlias
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        path, document = cleaned.get("path"), cleaned.get("document")
        if path and document is not None and (found := alias_collision(path, document)):
            self.add_error("path", str(found))
        return cleaned


@admin.register(DocumentAlias)
class DocumentAliasAdmin(admin.ModelAdmin):
    form = DocumentAliasForm
    list_display = ("path", "document")
    search_fields = ("path", "document__symbol", "document__key")


admin.site.register(AnchorChange)


@admin.register(Provenance)
class ProvenanceAdmin(admin.ModelAdmin):
    """Written by `collect` only: what the UN served and when, to be read, not changed."""

    list_display = ("symbol", "language", "retrieved_at", "checked_at", "source_url")
    list_filter = ("language",)
    search_fields = ("symbol", "source_url")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

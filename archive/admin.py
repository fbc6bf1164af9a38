"""Editors browse documents and correct their metadata; the text itself comes only from files."""
from django.contrib import admin

from .models import AnchorChange, Document, DocumentAlias, Paragraph, ParagraphLink


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    fields = ("ordinal", "anchor", "label", "kind", "speaker", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("path", "language", "date", "doc_type", "organ", "title")
    list_filter = ("language", "doc_type", "organ")
    search_fields = ("symbol", "key", "title")
    readonly_fields = ("key", "source_file", "source_path", "source_sha256", "imported_at", "updated_at")
    inlines = [ParagraphInline]

    def save_model(self, request, obj, form, change):
        """A corrected symbol keeps the old one as an alias, so links made before still resolve."""
        if change and "symbol" in form.changed_data and form.initial.get("symbol"):
            DocumentAlias.objects.update_or_create(path=form.initial["symbol"], defaults={"document": obj})
        super().save_model(request, obj, form, change)


@admin.register(Paragraph)
class ParagraphAdmin(admin.ModelAdmin):
    list_display = ("__str__", "kind", "label", "speaker")
    list_filter = ("kind",)
    search_fields = ("anchor", "text", "document__symbol")
    readonly_fields = ("document", "ordinal", "anchor", "content_hash")


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


admin.site.register(DocumentAlias)
admin.site.register(AnchorChange)

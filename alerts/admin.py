"""Editors see who follows what; subscriptions are made and ended by their owners only."""
from django.contrib import admin

from .models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("email", "kind", "target", "language", "created_at", "confirmed_at", "last_sent")
    list_filter = ("kind", "language", ("confirmed_at", admin.EmptyFieldListFilter))
    search_fields = ("email", "target")
    readonly_fields = ("email", "kind", "target", "language", "created_at", "confirmed_at", "last_sent")

    def has_add_permission(self, request):
        return False  # double opt-in: only the address's owner can start a subscription

"""Signals other apps listen to, so the archive need not know who keeps copies of its text."""
from django.dispatch import Signal

# Sent after documents' transactions committed with new or changed paragraphs, references or
# metadata; arguments: documents (a list). A bulk import sends it once for all its documents, so
# that listeners (the search index) can do their work in one pass.
documents_stored = Signal()

# Sent after the deletion of documents committed; arguments: keys (their permanent keys).
documents_removed = Signal()

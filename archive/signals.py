"""Signals other apps listen to, so the archive need not know who keeps copies of its text."""
from django.dispatch import Signal

# Sent after a document's transaction committed with new or changed paragraphs or references;
# arguments: document.
document_stored = Signal()

"""Signals other apps listen to, so the archive need not know who keeps copies of its text."""
from django.dispatch import Signal

# Sent after documents' transactions committed with new or changed paragraphs, references or
# metadata; arguments: documents (a list). A bulk import sends it once for all its documents, so
# that listeners (the search index) can do their work in one pass, with its `import_id` and the
# documents it found `unchanged` (a listener checks that it holds them: an earlier import may
# have been killed between their commit and its own update).
documents_stored = Signal()

# Sent inside the transaction that wrote documents' paragraphs, references or metadata, before it
# commits; arguments: documents (a list). A listener that keeps its copy in the same database
# writes it here, so that the copy and the archive commit (or roll back) together; an exception
# it raises undoes the write. documents_stored follows once the transaction has committed.
document_written = Signal()

# Sent by a bulk import that updates the index, before its first document's transaction;
# arguments: import_id. Its documents_stored (sent even if nothing was stored) ends it: from one to
# the other the database may be ahead of the index because of this import.
import_started = Signal()

# Sent by a bulk import as each document's transaction commits, before documents_stored ends the
# import; arguments: import_id, document, paragraphs (how many the whole import may store). A
# listener can start its work while the import stores the next documents.
document_imported = Signal()

# Sent after the deletion of documents committed; arguments: keys (their permanent keys).
documents_removed = Signal()

# Sent after the whole database was replaced at once (a backup restored): each listener rebuilds
# what it keeps of the archive from the database and returns a line saying what it did (shown by
# restore_archive); a failure is raised to the sender, which says how to finish by hand.
archive_replaced = Signal()

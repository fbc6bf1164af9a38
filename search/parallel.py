"""Bulk index writes on every core: helper processes each write a segment of their own.

The parent reads the entries from the database and deals them out a chunk at a time; each
helper analyses and writes its chunks into its own new segment (search/segments.py), and at
each commit hands the finished segment back. The parent holds the index's write lock, applies
deletions and the merge policy, and lists every segment in one table of contents, so readers
see all of a commit or none of it. Only entries go to the helpers, nothing comes back but a
segment's description. Helpers are forked once jieba's dictionary is loaded, so each starts
with it, and they die with the parent (archive/processes.py).
"""
import gc
import multiprocessing

from .analysis import segmenter
from .segments import BulkSegmentWriter

CHUNK = 500  # entries sent to a helper at a time


class SegmentHelpers:
    def __init__(self, index, processes):
        segmenter()
        context = multiprocessing.get_context("fork")
        self.helpers = []
        for _ in range(processes):
            ours, theirs = context.Pipe()
            process = context.Process(target=_helper, args=(index, theirs), daemon=True)
            process.start()
            theirs.close()
            self.helpers.append((process, ours))
        self.next = 0

    def close(self):
        for process, connection in self.helpers:
            try:
                connection.send(None)
            except OSError:
                pass
            connection.close()
        for process, _ in self.helpers:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join()

    def add(self, entries):
        """Hand a chunk of entries to the next helper in turn."""
        _, connection = self.helpers[self.next]
        self.next = (self.next + 1) % len(self.helpers)
        connection.send(entries)

    def segments(self):
        """Each helper's finished segment (the helpers then start new ones)."""
        for _, connection in self.helpers:
            connection.send("finish")
        found = []
        for _, connection in self.helpers:
            outcome, value = connection.recv()
            if outcome == "error":
                raise RuntimeError(f"an index helper failed: {value}")
            if value is not None:
                found.append(value)
        return found


def _helper(index, connection):
    # A segment's postings are millions of small tuples and lists that live until it is written
    # and hold no cycles: the cyclic garbage collector would scan them again and again for nothing.
    gc.disable()
    writer, error = None, None
    while True:
        message = connection.recv()
        if message is None:
            return
        segment = None
        try:
            if message != "finish" and error is None:
                if writer is None:
                    writer = BulkSegmentWriter(index, _lk=False, compound=False)
                writer.add_documents(message)
            elif message == "finish" and writer is not None and error is None:
                segment = writer.finish_alongside()
        except Exception as failure:  # noqa: BLE001 — reported to the parent at "finish"
            error = f"{type(failure).__name__}: {failure}"
        if message == "finish":
            connection.send(("error", error) if error else ("done", segment))
            writer, error = None, None
            gc.collect()  # whatever cycles the finished writer left, while there is little to scan

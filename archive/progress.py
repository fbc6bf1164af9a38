"""Progress of long commands on stderr, so stdout keeps only results: a tqdm bar with rate and
ETA on a terminal; in a log (cron, CI) a plain line each time another `every` items are done,
so a small run prints nothing and a large one a line per step; nothing at -v0."""
from tqdm import tqdm


class Progress:
    def __init__(self, stream, total, label, every, verbosity=1):
        self.stream, self.total, self.label, self.every = stream, total, label, every
        self.done = 0
        self.quiet = verbosity < 1
        self.bar = None
        if not self.quiet and stream.isatty():
            self.bar = tqdm(total=total, desc=label, file=stream, dynamic_ncols=True, leave=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def update(self, count=1):
        before, self.done = self.done, self.done + count
        if self.bar is not None:
            self.bar.update(count)
        elif not self.quiet and before // self.every < self.done // self.every:
            self.stream.write(f"{self.label}: {self.done}/{self.total}\n")
            self.stream.flush()

    def write(self, out, line):
        """A result line on `out` (a command's stdout) that does not tear the bar."""
        if self.bar is not None:
            self.bar.clear()
        out.write(line)
        if self.bar is not None:
            out.flush()
            self.bar.refresh()

    def close(self):
        if self.bar is not None:
            self.bar.close()
            self.bar = None

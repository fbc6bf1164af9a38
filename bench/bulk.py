"""The bulk export of an archive of about 12,000 paragraphs: `export_corpus`, then
`import_corpus` into an empty archive, against Django's own `dumpdata` / `loaddata` of the same
tables as the baseline, and a check that every permalink, text and reference came back.

Run (from the project folder):   .venv/bin/python bench/bulk.py [--paragraphs 12000] [--seed 1540]

One run, nothing left behind:
1. generates a seeded corpus (bench/corpus.py) in a new temporary folder and imports it into a
   fresh archive with production settings (`ingest --no-index`: the export does not read the index);
2. times `export_corpus` and `dumpdata archive` (its JSON, and gzip of it for a like-for-like size);
3. times `import_corpus` into an empty archive (with indexing, as an operator runs it, and with
   `--no-index`), and `loaddata` of the dumpdata file into another empty archive;
4. compares, in the source and the loaded archive, every paragraph's permalink, in-document URL
   and text and every reference (a digest each), and fails if any differs;
5. prints sizes, seconds and the ratios against the baseline.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import corpus
import load

# What a citation leads to, as a digest: every paragraph's permalink, place and text, every reference.
PERMALINKS = """
import hashlib, json
from archive.models import Paragraph, Reference
paragraphs = [(p.get_absolute_url(), p.get_in_document_url(), p.text) for p in Paragraph.objects.select_related("document").order_by("document__key", "ordinal")]
references = sorted(Reference.objects.values_list("paragraph__document__key", "paragraph__anchor", "type", "target", "surface", "start", "end", "pinpoint", "status"))
print(json.dumps({"paragraphs": len(paragraphs), "references": len(references),
    "permalinks": hashlib.sha256(repr(paragraphs).encode()).hexdigest(), "cited": hashlib.sha256(repr(references).encode()).hexdigest()}))
"""


def say(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def manage(env: dict, *arguments: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "manage.py", *arguments], check=False, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        say(done.stdout[-3000:], done.stderr[-3000:])
        raise SystemExit(f"manage.py {' '.join(arguments)} exited {done.returncode}")
    return done


def timed(env: dict, *arguments: str) -> float:
    started = time.perf_counter()
    manage(env, *arguments)
    return time.perf_counter() - started


def archive(root: Path, name: str) -> dict:
    data_dir = root / name
    data_dir.mkdir()
    env = load.production_env(data_dir)
    manage(env, "migrate", "--noinput", "-v0")
    return env


def permalinks(env: dict) -> dict:
    return json.loads(manage(env, "shell", "-c", PERMALINKS).stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=12_000)
    parser.add_argument("--seed", type=int, default=1540)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="un1540-bench-bulk-"))
    try:
        say(f"· generating about {args.paragraphs} paragraphs (seed {args.seed}) in {root}")
        generated = corpus.generate(root / "corpus", args.paragraphs, args.seed)
        source = archive(root, "source")
        manage(source, "ingest", "--no-index", "-v0", str(root / "corpus"))
        say("· export_corpus, dumpdata")
        export_s = timed(source, "export_corpus", "--output", str(root / "bulk"), "-v0")
        dump = root / "dump.json"
        dump_s = timed(source, "dumpdata", "archive.document", "archive.documentalias", "archive.anchorchange", "archive.provenance",
                       "archive.paragraph", "archive.paragraphlink", "archive.reference", "--output", str(dump))
        manifest = json.loads((root / "bulk" / "manifest.json").read_text(encoding="utf-8"))
        sizes = {file["format"]: file["size"] for file in manifest["files"]}
        jsonl = root / "bulk" / manifest["files"][0]["name"]
        dump_size, dump_gz = dump.stat().st_size, len(gzip.compress(dump.read_bytes()))
        say("· import_corpus (indexed, then --no-index), loaddata")
        loaded = archive(root, "loaded")
        import_s = timed(loaded, "import_corpus", str(jsonl), "-v0")
        import_bare_s = timed(archive(root, "bare"), "import_corpus", "--no-index", str(jsonl), "-v0")
        loaddata_s = timed(archive(root, "loaddata"), "loaddata", str(dump), "-v0")
        say("· comparing permalinks, texts and references")
        before, after = permalinks(source), permalinks(loaded)
        indexed = manage(loaded, "shell", "-c", "from search.indexing import status; print(status()[1])").stdout.strip().splitlines()[-1]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if before != after:
        raise SystemExit(f"the round trip changed the archive: {before} → {after}")
    if indexed != f"{before['paragraphs']} paragraphs":
        raise SystemExit(f"the index holds {indexed}, the archive {before['paragraphs']} paragraphs")
    print(f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · {time.strftime('%Y-%m-%d %H:%M')} · load average {os.getloadavg()[0]:.1f}")
    print(f"archive: {manifest['counts']['document']} documents, {before['paragraphs']} paragraphs, {before['references']} references "
          f"({generated['characters']:,} characters); permalinks, texts and references identical after the round trip; index: {indexed}")
    print(f"export_corpus: {export_s:5.1f} s → JSONL.gz {sizes['jsonl']:,} B, SQLite {sizes['sqlite']:,} B")
    print(f"dumpdata:      {dump_s:5.1f} s → JSON {dump_size:,} B (gzipped {dump_gz:,} B)")
    print(f"import_corpus: {import_s:5.1f} s with indexing, {import_bare_s:.1f} s with --no-index")
    print(f"loaddata:      {loaddata_s:5.1f} s (no index)")
    print(f"ratios: export / dumpdata time {export_s / dump_s:.2f}; JSONL.gz / gzipped dumpdata size {sizes['jsonl'] / dump_gz:.2f}; "
          f"import --no-index / loaddata time {import_bare_s / loaddata_s:.2f}")
    print(json.dumps({
        "documents": manifest["counts"]["document"], "paragraphs": before["paragraphs"], "references": before["references"],
        "export_s": round(export_s, 2), "jsonl_gz_bytes": sizes["jsonl"], "sqlite_bytes": sizes["sqlite"],
        "dumpdata_s": round(dump_s, 2), "dumpdata_bytes": dump_size, "dumpdata_gz_bytes": dump_gz,
        "import_s": round(import_s, 2), "import_no_index_s": round(import_bare_s, 2), "loaddata_s": round(loaddata_s, 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

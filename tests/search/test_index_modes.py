"""The index is readable by a web server running as another user, whatever the umask of the
process that wrote it: folders 0755, files 0644 (search.backends.DIRECTORY_MODE, FILE_MODE)."""
import os
import stat
import subprocess
import sys

from tests.archive.test_faults import environment, ingest
from tests.conftest import CD_2118, ROOT, copy_archive


def strict_umask():
    os.umask(0o077)


def modes(folder):
    """{name relative to `folder`: permission bits} of the folder and everything in it."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for item in folder.rglob("*"):
        found[str(item.relative_to(folder))] = stat.S_IMODE(item.stat().st_mode)
    return found


def readable_by_all(folder):
    return {name: (0o755 if (folder / name).is_dir() else 0o644) for name in modes(folder)}


def test_index_folders_and_files_are_readable_by_all_under_a_strict_umask(tmp_path, migrated_sqlite):
    data_dir = copy_archive(migrated_sqlite, tmp_path / "data")
    index = data_dir / "whoosh_index"
    first = ingest(data_dir, CD_2118, preexec_fn=strict_umask)  # creates the index where there was none
    assert first.wait(timeout=120) == 0, first.stderr.read().decode()
    written = modes(index)
    assert any(name.endswith((".seg", ".trm")) for name in written)
    assert written == readable_by_all(index)
    assert stat.S_IMODE((data_dir / "whoosh_index.updating").stat().st_mode) == 0o644

    build = subprocess.run(
        [sys.executable, "manage.py", "build_search_index"], cwd=ROOT, env=environment(data_dir),
        preexec_fn=strict_umask, capture_output=True, check=False,
    )
    assert build.returncode == 0, build.stderr.decode()
    assert index.is_symlink()  # a built folder, made by mkdtemp (0700 unless changed)
    built = modes(index.resolve())
    assert len(built) > 2
    assert built == readable_by_all(index.resolve())

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
CD_2118 = FIXTURES / "000_34e8a822261838fa.txt"
S_2010_52 = FIXTURES / "001_9532102ed02f1e37.txt"
SPAIN_LETTER = FIXTURES / "002_2df1659267c69416.txt"
SR_74 = FIXTURES / "003_41536dcf75027b7c.txt"
A_74_140 = FIXTURES / "004_76f4dcb0fb710724.txt"


@pytest.fixture
def fixture_copy(tmp_path):
    """Copy fixture files (and sidecars) into a scratch folder a test may edit."""

    def copy(source, name=None):
        target = tmp_path / (name or source.name)
        target.write_bytes(source.read_bytes())
        sidecar = source.with_suffix(".json")
        if sidecar.exists() and name is None:
            target.with_suffix(".json").write_bytes(sidecar.read_bytes())
        return target

    return copy


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory):
    """An empty SQLite archive migrated once per session: tests that run `manage.py` in
    subprocesses copy it (`copy_archive`) instead of migrating each time (1.5 s a time)."""
    data_dir = tmp_path_factory.mktemp("migrated")
    environment = dict(os.environ, ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.dev")
    environment.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=environment, check=True)
    return data_dir / "archive.sqlite3"


def copy_archive(template, data_dir):
    """A data folder holding a copy of the `template` database; returns the folder."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir / "archive.sqlite3")
    return data_dir

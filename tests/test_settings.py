"""Production settings: refuse to start without a secret, and pass Django's deployment checks."""
import os
import subprocess
import sys

from tests.conftest import ROOT, copy_archive


def manage(*args, **env):
    # its own SQLite archive in the given folder, whatever database the suite runs on
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "SEARCH_ENGINE")}
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.prod")
    return subprocess.run([sys.executable, "manage.py", *args], check=False, cwd=ROOT, env=environment, capture_output=True, text=True)


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    result = manage("check", ARCHIVE_DATA_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_clean(tmp_path, migrated_sqlite):
    secret = "x" * 60 + "-a1B2c3D4e5"
    copy_archive(migrated_sqlite, tmp_path)
    assert manage("build_search_index", ARCHIVE_DATA_DIR=str(tmp_path), SECRET_KEY=secret).returncode == 0
    result = manage("check", "--deploy", "--fail-level", "WARNING", ARCHIVE_DATA_DIR=str(tmp_path), SECRET_KEY=secret)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# What an archive's data folder holds (config/settings/base.py): none of it may appear in the code tree.
DATA_FOLDER_ENTRIES = ("archive.sqlite3", "whoosh_index", "staticfiles", "originals")


def test_an_empty_data_folder_is_refused_not_taken_as_the_code_tree(tmp_path):
    """Only the data folder's own entries are looked for: the other CI passes write their own
    outputs (screenshots) into the code tree while this one runs."""
    before = {name for name in DATA_FOLDER_ENTRIES if (ROOT / name).exists()}
    for empty in ("", "  "):
        result = manage("check", ARCHIVE_DATA_DIR=empty, SECRET_KEY="x" * 60)
        assert result.returncode == 1
        assert "ImproperlyConfigured: ARCHIVE_DATA_DIR 已设置但为空：请写明数据文件夹，或删除此变量" in result.stderr
        assert "(ARCHIVE_DATA_DIR is set but empty: name the data folder, or unset it)" in result.stderr
    assert {name for name in DATA_FOLDER_ENTRIES if (ROOT / name).exists()} == before  # no database, no index in the code tree


def test_search_inside_postgresql_is_refused_on_sqlite(tmp_path):
    """SEARCH_ENGINE=postgresql on the SQLite archive: every command stops at its checks, and
    says what to change, Chinese first."""
    result = manage("check", ARCHIVE_DATA_DIR=str(tmp_path), SECRET_KEY="x" * 60, SEARCH_ENGINE="postgresql")
    assert result.returncode == 1
    assert "(search.E001) SEARCH_ENGINE=postgresql 需要 PostgreSQL 数据库，但数据库 'default' 是 sqlite" in result.stderr
    assert "(SEARCH_ENGINE=postgresql needs a PostgreSQL database, but database 'default' is sqlite: set DATABASE_URL=postgres://…, or unset SEARCH_ENGINE)" in result.stderr


def test_an_unknown_search_engine_is_refused(tmp_path):
    result = manage("check", ARCHIVE_DATA_DIR=str(tmp_path), SECRET_KEY="x" * 60, SEARCH_ENGINE="elastic")
    assert result.returncode == 1
    assert "SEARCH_ENGINE='elastic' 无此检索引擎：请写 embedded（默认）或 postgresql (no such search engine: use embedded, the default, or postgresql)" in result.stderr

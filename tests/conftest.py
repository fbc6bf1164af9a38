import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Tests that use the suite's database through pytest-django; tests/archive/test_backup.py marks
# its PostgreSQL archives by hand. CI's PostgreSQL pass runs these alone (`-m database`).
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "admin_client", "admin_user", "django_user_model", "live_server"}
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "documents"
CD_2118 = FIXTURES / "000_34e8a822261838fa.txt"
S_2010_52 = FIXTURES / "001_9532102ed02f1e37.txt"
SPAIN_LETTER = FIXTURES / "002_2df1659267c69416.txt"
SR_74 = FIXTURES / "003_41536dcf75027b7c.txt"
A_74_140 = FIXTURES / "004_76f4dcb0fb710724.txt"


# The engine the suite's search runs on (config/settings: SEARCH_ENGINE); tests marked `embedded`
# are about the embedded engine's own workings and are skipped on another.
ENGINE = os.environ.get("SEARCH_ENGINE", "embedded").strip().lower() or "embedded"


# The held-out sets' measures against their floors (tests/unseen*/, tests/alignment*/): of the texts
# and queries, not of the database or the Python version (`heldout`; .ci/run runs them on SQLite with
# the oldest Python and with search inside PostgreSQL).
HELD_OUT_FLOORS = ("test_references_do_not_fall_below_the_measured_floor", "test_search_does_not_fall_below_the_measured_floor",
                   "test_search_reaches_no_further_for_what_no_text_holds", "test_alignment_holds_its_floor")


# HELD_OUT_EVERY=N keeps the search floors of every Nth held-out search set only (tests/unseenK with K a
# multiple of N; tests/unseen is the first): .ci/run's PostgreSQL pass, where they check that the
# second engine finds what the first does, runs every sixth set's to keep CI within its time.
HELD_OUT_EVERY = int(os.environ.get("HELD_OUT_EVERY") or 1)
_SEARCH_SET = re.compile(r"tests/unseen(\d*)/")


def _left_out_held_out_set(item):
    if HELD_OUT_EVERY == 1 or not getattr(item, "originalname", item.name).startswith(HELD_OUT_FLOORS[1:3]):
        return False
    match = _SEARCH_SET.search(item.nodeid)
    return bool(match) and int(match.group(1) or 1) % HELD_OUT_EVERY != 0


@pytest.hookimpl(tryfirst=True)  # before `-m` selects
def pytest_collection_modifyitems(config, items):
    left_out = [item for item in items if _left_out_held_out_set(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not _left_out_held_out_set(item)]
    for item in items:
        if item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.database)
        if getattr(item, "originalname", item.name).startswith(HELD_OUT_FLOORS):
            item.add_marker(pytest.mark.heldout)
        if ENGINE != "embedded" and item.get_closest_marker("embedded"):
            item.add_marker(pytest.mark.skip(reason=f"the embedded engine's own workings (SEARCH_ENGINE={ENGINE})"))


@pytest.fixture(autouse=True)
def interface_language_at_its_default():
    """Each test starts in the default interface language. A request activates its page's
    language on the thread that serves it (archive.middleware), which in tests is the test's own
    thread, so without this a test reversing URLs after another test's `/en/` request would get
    English addresses."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield


@pytest.fixture
def engine_module():
    """The module of the engine searches run on (to narrow its BUDGET in a test)."""
    import sys

    from search import engines

    return sys.modules[type(engines.of()).__module__]


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


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The five sample documents imported and indexed once per module (committed, so each
    test's rolled-back transaction leaves them as they were), removed after the module."""
    from django.core.management import call_command

    from archive.models import Document
    from search import indexing

    with django_db_blocker.unblock():
        call_command("ingest", str(FIXTURES), "--no-index", verbosity=0, stdout=io.StringIO())
        indexing.rebuild()
        yield {document.path: document for document in Document.objects.all()}
        indexing.remove_documents(Document.objects.values_list("key", flat=True))
        Document.objects.all().delete()


@pytest.fixture(scope="module")
def held_out_references(request):
    """Reference scores of the held-out set (tests/unseen*/) whose module asks: its `SET` folder."""
    from tests.unseen import evaluate

    return evaluate.evaluate_references(request.module.SET)


@pytest.fixture(scope="module")
def held_out_search(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """The held-out set's queries run on an archive of its texts, imported once per module."""
    from tests.unseen import evaluate

    folder = request.module.SET
    with django_db_blocker.unblock(), evaluate.imported(tmp_path_factory.mktemp(folder.name), folder):
        yield evaluate.evaluate_search(folder)


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

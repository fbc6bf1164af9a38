"""Several web machines, one archive: three gunicorn servers on their own ports, each with its
own data folder (no index of its own), share one PostgreSQL archive searched inside it
(SEARCH_ENGINE=postgresql) and answer every search identically — before and after an import
made from a fourth "machine", which all three see at once, without a restart.

On the suite's PostgreSQL server only (DATABASE_URL=postgres://…: CI's PostgreSQL pass); a
database of its own, dropped afterwards."""
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from urllib.parse import urlsplit

import dj_database_url
import pytest

from tests.conftest import CD_2118, FIXTURES, ROOT

SERVER = os.environ.get("DATABASE_URL", "") if os.environ.get("DATABASE_URL", "").startswith("postgres") else ""
pytestmark = [
    pytest.mark.database,
    pytest.mark.skipif(not SERVER, reason="PostgreSQL: the suite is not running with a PostgreSQL DATABASE_URL"),
]
QUERIES = ["1540", "禁化武组织", "出口管制 -欧盟", '"全面审查"', "核", "S/2008/493", "大規模毀滅性武器", "第1810(2008)号决议"]
READY = 120  # seconds a server may take to answer /healthz (a deadline for a failure, never a measurement)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def shared_database():
    import psycopg

    settings = dj_database_url.parse(SERVER)
    server = psycopg.connect(dbname="postgres", user=settings["USER"], password=settings["PASSWORD"],
                             host=settings["HOST"] or None, port=settings["PORT"] or None, autocommit=True)
    name = f"archive_shared_{uuid.uuid4().hex[:12]}"
    server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(SERVER)._replace(path=f"/{name}").geturl()
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


def machine(data_dir, database, **extra):
    """The environment of one machine: its own data folder, the shared database."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("HAYSTACK_", "SEARCH_"))}
    environment.update(
        ARCHIVE_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="config.settings.prod", DATABASE_URL=database,
        SEARCH_ENGINE="postgresql", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_COOKIES="0", SECURE_HSTS_SECONDS="0", SECURE_SSL_REDIRECT="0", RATE_LIMIT_SEARCH="off", RATE_LIMIT_API="off",
        **extra,
    )
    return environment


def manage(environment, *args):
    done = subprocess.run([sys.executable, "manage.py", *map(str, args)], cwd=ROOT, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


def get(port, path, **query):
    url = f"http://127.0.0.1:{port}{path}?{urllib.parse.urlencode(query)}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.status, json.loads(response.read())


def wait_until_healthy(port, process):
    deadline = time.monotonic() + READY
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server stopped"
        try:
            return get(port, "/healthz")
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError(f"no answer on port {port} within {READY} s")


def answers(ports, query):
    """Each server's /api/search/ answer to `query`."""
    return [get(port, "/api/search/", q=query)[1] for port in ports]


def test_three_servers_share_one_archive_and_answer_alike(shared_database, tmp_path):
    importer = machine(tmp_path / "importer", shared_database)
    manage(importer, "migrate", "--noinput", "-v0")
    manage(importer, "ingest", *[path for path in sorted(FIXTURES.glob("*.txt")) if path != CD_2118])
    manage(importer, "build_search_index", "--if-stale")  # as `make load` does: records the analysis the entries were built with
    servers = []
    try:
        for number in range(3):
            port = free_port()
            environment = machine(tmp_path / f"web{number}", shared_database, BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="2")
            log = open(tmp_path / f"web{number}.log", "w")  # closed below, with the server
            process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "config.wsgi"],
                                       cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            servers.append((port, process, log))
        ports = [port for port, _, _ in servers]
        for port, process, _ in servers:
            status, health = wait_until_healthy(port, process)
            assert status == 200 and health["index"].startswith("ok ("), health
        assert not any((tmp_path / f"web{number}" / "whoosh_index").exists() for number in range(3))  # no machine has an index of its own
        for query in QUERIES:
            first, *others = answers(ports, query)
            assert first["total"] > 0, query
            assert all(other == first for other in others), query
        before = answers(ports, "Cosmo 第二阶段行动")
        assert [answer["total"] for answer in before] == [0, 0, 0]
        manage(importer, "ingest", CD_2118)  # another machine imports: every server sees it at its next search
        after = answers(ports, "Cosmo 第二阶段行动")
        assert [answer["total"] for answer in after] == [1, 1, 1] and after[0] == after[1] == after[2]
        for query in QUERIES:
            first, *others = answers(ports, query)
            assert all(other == first for other in others), query
    finally:
        for _, process, log in servers:
            os.killpg(process.pid, signal.SIGTERM)  # the server's own process group: its master and workers
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            log.close()

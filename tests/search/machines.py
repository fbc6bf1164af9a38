"""Web machines sharing the suite's PostgreSQL server (CI's PostgreSQL pass): each a gunicorn
server with its own data folder, started and stopped by the test that needs it."""
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

from tests.conftest import ROOT

SERVER = os.environ.get("DATABASE_URL", "") if os.environ.get("DATABASE_URL", "").startswith("postgres") else ""
READY = 120  # seconds a server may take to answer /healthz (a deadline for a failure, never a measurement)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


def start_server(log_path, environment, workers=2):
    """(port, process, log) of a gunicorn server for `environment`, in its own process group."""
    port = free_port()
    log = open(log_path, "w")  # closed by stop_server
    environment = {**environment, "BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers)}
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "config.wsgi"],
                               cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    return port, process, log


def stop_server(process, log):
    os.killpg(process.pid, signal.SIGTERM)  # the server's own process group: its master and workers
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    log.close()

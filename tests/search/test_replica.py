"""Searches read from a replica (SEARCH_READ_DATABASE_URL), writes go to the primary: a real
streaming replica of the suite's PostgreSQL server, made here with `pg_basebackup` and started on
a port of its own. While the replica's replay is paused, a document imported on the primary is
not found by the server reading the replica and is found by one reading the primary — so the
searches really are read there — and once the replica has replayed up to the primary's
position, both answer alike again.

On the suite's PostgreSQL server only (CI's PostgreSQL pass), as root (the replica runs as the
`postgres` user, and `pg_basebackup` connects as that user through the server's socket)."""
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import CD_2118, FIXTURES
from tests.search.machines import (
    SERVER,
    free_port,
    get,
    machine,
    manage,
    start_server,
    stop_server,
    wait_until_healthy,
)

BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_basebackup"))
pytestmark = [
    pytest.mark.database,
    pytest.mark.skipif(not SERVER, reason="PostgreSQL: the suite is not running with a PostgreSQL DATABASE_URL"),
    pytest.mark.skipif(os.geteuid() != 0 or not BINARIES or not shutil.which("runuser"),
                       reason="a replica is made as root, running PostgreSQL's own programs as the postgres user"),
]
CAUGHT_UP = 120  # seconds the replica may take to replay (a deadline for a failure, never a measurement)
SOCKETS = "/var/run/postgresql"


def as_postgres(*command):
    done = subprocess.run(["runuser", "-u", "postgres", "--", *map(str, command)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


@pytest.fixture
def replica():
    """A streaming replica of the suite's server: (port, a superuser connection to it)."""
    import psycopg

    bin_dir = BINARIES[-1].parent
    primary_port = urlsplit(SERVER).port or 5432
    folder = Path(tempfile.mkdtemp(prefix="archive-replica-"))
    shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    data, port = folder / "data", free_port()
    as_postgres(bin_dir / "pg_basebackup", "-h", SOCKETS, "-p", primary_port, "-D", data, "-R", "-X", "stream", "-c", "fast")
    # Debian keeps a cluster's configuration outside its data folder: the copy gets its own.
    (data / "postgresql.conf").write_text(
        f"port = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\nhot_standby = on\n")
    (data / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
    for name in ("postgresql.conf", "pg_hba.conf"):
        shutil.chown(data / name, "postgres", "postgres")
    as_postgres(bin_dir / "pg_ctl", "-D", data, "-l", folder / "log", "-w", "-t", CAUGHT_UP, "start")
    connection = psycopg.connect(dbname="postgres", user="postgres", host="127.0.0.1", port=port, autocommit=True)
    try:
        assert connection.execute("SELECT pg_is_in_recovery()").fetchone()[0] is True
        yield port, connection
    finally:
        connection.close()
        subprocess.run(["runuser", "-u", "postgres", "--", str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def primary_position(database):
    import psycopg

    with psycopg.connect(database, autocommit=True) as connection:
        return connection.execute("SELECT pg_current_wal_lsn()").fetchone()[0]


def wait_for(connection, sql, failure, params=()):
    """Until `sql` answers true on `connection`."""
    deadline = time.monotonic() + CAUGHT_UP
    while time.monotonic() < deadline:
        if connection.execute(sql, params).fetchone()[0]:
            return
        time.sleep(0.1)
    raise AssertionError(f"{failure} within {CAUGHT_UP} s")


def wait_for_replay(replica_connection, position):
    """Until the replica has replayed the primary's WAL up to `position`."""
    wait_for(replica_connection, "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", f"the replica did not replay up to {position}", (position,))


def total(port, query):
    return get(port, "/api/search/", q=query)[1]["total"]


def test_searches_read_the_replica_and_writes_go_to_the_primary(shared_database, replica, tmp_path):
    replica_port, replica_connection = replica
    importer = machine(tmp_path / "importer", shared_database)
    manage(importer, "migrate", "--noinput", "-v0")
    manage(importer, "ingest", *[path for path in sorted(FIXTURES.glob("*.txt")) if path != CD_2118])
    manage(importer, "build_search_index", "--if-stale")
    wait_for_replay(replica_connection, primary_position(shared_database))
    on_replica = urlsplit(shared_database)._replace(netloc=f"postgres@127.0.0.1:{replica_port}").geturl()

    servers = {
        "replica": start_server(tmp_path / "replica.log", machine(tmp_path / "web-replica", shared_database, SEARCH_READ_DATABASE_URL=on_replica), workers=1),
        "primary": start_server(tmp_path / "primary.log", machine(tmp_path / "web-primary", shared_database), workers=1),
    }
    try:
        for port, process, _ in servers.values():
            status, health = wait_until_healthy(port, process)
            assert status == 200, health
        reading_replica, reading_primary = servers["replica"][0], servers["primary"][0]
        for query in ["1540", "禁化武组织", "出口管制 -欧盟", "核"]:
            assert get(reading_replica, "/api/search/", q=query)[1] == get(reading_primary, "/api/search/", q=query)[1], query

        replica_connection.execute("SELECT pg_wal_replay_pause()")
        wait_for(replica_connection, "SELECT pg_get_wal_replay_pause_state() = 'paused'", "the replica did not pause")
        manage(importer, "ingest", CD_2118)  # written on the primary while the replica stands still
        assert (total(reading_replica, "Cosmo 第二阶段行动"), total(reading_primary, "Cosmo 第二阶段行动")) == (0, 1)

        replica_connection.execute("SELECT pg_wal_replay_resume()")
        wait_for_replay(replica_connection, primary_position(shared_database))
        assert total(reading_replica, "Cosmo 第二阶段行动") == 1
        assert get(reading_replica, "/api/search/", q="Cosmo 第二阶段行动")[1] == get(reading_primary, "/api/search/", q="Cosmo 第二阶段行动")[1]
    finally:
        for _, process, log in servers.values():
            stop_server(process, log)

"""Several web machines, one archive: three gunicorn servers on their own ports, each with its
own data folder (no index of its own), share one PostgreSQL archive searched inside it
(SEARCH_ENGINE=postgresql) and answer every search identically — before and after an import
made from a fourth "machine", which all three see at once, without a restart.

On the suite's PostgreSQL server only (DATABASE_URL=postgres://…: CI's PostgreSQL pass); a
database of its own, dropped afterwards."""
import pytest

from tests.conftest import CD_2118, FIXTURES
from tests.search.machines import (
    SERVER,
    get,
    machine,
    manage,
    start_server,
    stop_server,
    wait_until_healthy,
)

pytestmark = [
    pytest.mark.database,
    pytest.mark.skipif(not SERVER, reason="PostgreSQL: the suite is not running with a PostgreSQL DATABASE_URL"),
]
QUERIES = ["1540", "禁化武组织", "出口管制 -欧盟", '"全面审查"', "核", "S/2008/493", "大規模毀滅性武器", "第1810(2008)号决议"]


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
            environment = machine(tmp_path / f"web{number}", shared_database)
            servers.append(start_server(tmp_path / f"web{number}.log", environment))
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
            stop_server(process, log)

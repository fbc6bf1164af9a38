"""`ingest` keeps the index right: new documents become findable, corrected ones lose what
they no longer say, and `extract_references` reindexes what it changed."""
import json

import pytest
from django.core.management import call_command

from tests.conftest import CD_2118

pytestmark = pytest.mark.django_db(transaction=True)


def hits(client, query):
    data = json.loads(client.get("/api/search/", {"q": query}).content)
    return {(r["document"], r["anchor"]) for r in data["results"]}


def test_ingest_indexes_and_a_correction_removes_old_text(client, fixture_copy, tmp_path):
    from search.indexing import rebuild

    rebuild()
    path = fixture_copy(CD_2118)
    call_command("ingest", str(path), stdout=open("/dev/null", "w"))
    assert ("CD/2118", "5-q") in hits(client, "Cosmo 第二阶段行动")
    path.write_text(path.read_text(encoding="utf-8").replace("Cosmo 第二阶段行动", "Cosmo 第三阶段行动"), encoding="utf-8")
    call_command("ingest", str(path), stdout=open("/dev/null", "w"))
    assert hits(client, "Cosmo 第二阶段行动") == set()
    assert ("CD/2118", "5-q") in hits(client, "第三阶段行动")

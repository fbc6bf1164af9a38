import uuid
from urllib.parse import urlsplit

import dj_database_url
import pytest

from tests.search.machines import SERVER


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

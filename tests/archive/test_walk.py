"""Every page reachable from the home page by clicking answers 200, and every internal link works."""
import io
import re
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from django.core.management import call_command

from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db
HREF = re.compile(r'href="([^"#]*)(?:#[^"]*)?"')


def test_every_internal_link_from_home_works(client):
    call_command("ingest", str(FIXTURES), stdout=io.StringIO())
    seen, queue, broken = set(), ["/"], []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        if response.streaming:  # an original's download: read to its end, which closes its file
            b"".join(response.streaming_content)
            continue
        if not response["Content-Type"].startswith("text/html"):
            continue
        for href in HREF.findall(response.content.decode()):
            target = urljoin(url, href.replace("&amp;", "&"))
            if urlsplit(target).netloc or not target.startswith("/") or target.startswith(("/admin/", "/static/", "/i18n/")):
                continue
            queue.append(unquote(target))
    assert broken == []
    visited = {url for url in seen}
    for expected in ("/documents/CD/2118/5-f/", "/resolutions/S/RES/1540(2004)/", "/bodies/opcw/", "/documents/A/74/140/guba-p3/"):
        assert expected in visited
    assert len([u for u in visited if u.startswith("/documents/")]) > 323

"""The costliest requests a client can send without an account: the citation check of a draft at
the 20,000-character cap, and the sitemaps of a 45,473-paragraph archive (150 generated
documents of 301 paragraphs, and the samples): built, again, 304.

Django's test client in-process, tests' settings (a temporary SQLite archive, removed at the
end), the five sample documents imported. Median of --runs requests, in milliseconds.

    .venv/bin/python bench/costly_requests.py [--runs 5]
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

import django

django.setup()

from django.conf import settings
from django.core.management import call_command
from django.test import Client

DRAFTS = {
    "1,500 mixed references (resolutions, symbols, a body), one line": "、".join(
        f"第{1000 + n}(2004)号决议" if n % 3 == 0 else (f"S/2008/{n}" if n % 3 == 1 else "禁化武组织") for n in range(1500)
    )[:20000],
    "5,000 × 安理会, one line": ("安理会、" * 5000)[:20000],
    "1,818 × 《不扩散核武器条约》, one line": ("《不扩散核武器条约》、" * 1900)[:20000],
}


def median_ms(runs, request, *args, **kwargs):
    times, response = [], None
    for _ in range(runs):
        start = time.perf_counter()
        response = request(*args, **kwargs)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), response


def check(client, runs):
    print("| draft (20,000 characters at most) | characters | references answered | truncated | ms |")
    print("|---|---|---|---|---|")
    for name, text in DRAFTS.items():
        body = json.dumps({"text": text})
        ms, response = median_ms(runs, client.post, "/api/v1/references/", body, content_type="application/json")
        data = response.json()
        print(f"| {name} | {len(text):,} | {len(data['references']):,} | {data.get('truncated', '—')} | {ms:.0f} |")


def sitemaps(client):
    from django.core.cache import cache

    from archive.models import Document, Paragraph

    documents = Document.objects.bulk_create(
        Document(key=f"s-2099-{n}", symbol=f"S/2099/{n}", source_file=f"{n}.txt", source_sha256="0" * 64) for n in range(1, 151)
    )
    Paragraph.objects.bulk_create(
        (Paragraph(document=d, ordinal=i, anchor=str(i), text=f"第{i}段", content_hash=str(i)) for d in documents for i in range(1, 302)),
        batch_size=5000,
    )
    cache.clear()
    print(f"\n{Paragraph.objects.count():,} paragraphs\n")
    print("| request | first (built) ms | second ms | 304 ms |")
    print("|---|---|---|---|")
    for url in ("/sitemap.xml", "/sitemap-paragraphs.xml?p=3"):
        first, response = median_ms(1, client.get, url)
        second, response = median_ms(1, client.get, url)
        unchanged, answer = median_ms(1, client.get, url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert answer.status_code == 304
        print(f"| `{url}` | {first:.0f} | {second:.0f} | {unchanged:.0f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    settings.ALLOWED_HOSTS = ["testserver"]
    try:
        call_command("migrate", verbosity=0)
        with open(os.devnull, "w") as quiet:
            call_command("ingest", str(ROOT / "fixtures" / "documents"), "--no-index", verbosity=0, stdout=quiet)
        client = Client()
        client.post("/api/v1/references/", json.dumps({"text": "安理会"}), content_type="application/json")  # warm up
        client.get("/robots.txt")
        check(client, runs)
        sitemaps(client)
    finally:
        shutil.rmtree(settings.DATA_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()

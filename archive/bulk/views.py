"""The bulk export on the site: a page describing the current files, and the files themselves,
streamed from disk (FileResponse reads a chunk at a time, never the whole file)."""
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse

from ..middleware import neutral_url
from .files import CONTENT_TYPES, current, served


def bulk_page(request):
    manifest = current()
    files = [dict(file, url=file_url(file["name"])) for file in manifest["files"]] if manifest else []
    return render(request, "archive/bulk.html", {"manifest": manifest, "files": files, "json_twin": reverse("api-v1:bulk")})


def bulk_file(request, name):
    found = served(name)
    if found is None:
        raise Http404("No such bulk file")
    path, file = found
    try:
        return FileResponse(
            open(path, "rb"), as_attachment=file["format"] != "readme", filename=name,
            content_type=CONTENT_TYPES[file["format"]], headers={"ETag": f'"{file["sha256"]}"'},
        )
    except FileNotFoundError:  # replaced by a newer export since the manifest was read
        raise Http404("No such bulk file") from None


def file_url(name):
    return neutral_url(reverse("archive:bulk-file", kwargs={"name": name}))

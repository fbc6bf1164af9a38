"""NUL (U+0000) never reaches a view: every database engine answers the same to it."""
import re

from django.conf import settings
from django.http import JsonResponse, QueryDict
from django.utils import translation

from .views import not_found

NUL_IN_QUERY = re.compile(r"%00|\x00")
NOT_FOUND = "未找到 (not found)"


class NoNulMiddleware:
    """PostgreSQL cannot compare a text holding NUL and answered 500 where SQLite found nothing,
    so NUL is dealt with before any view or lookup runs: no address holds one (404); in a query
    string it is dropped, so that `?document=%00` is `?document=` and a search for `援助%00` one
    for `援助` (the search answers every input with 200); a cookie holding one was not set by
    this site and is ignored. Before the session middleware, which reads its cookie on entry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in [name for name, value in request.COOKIES.items() if "\x00" in name + value]:
            del request.COOKIES[name]
        if "\x00" in request.path_info:
            return address_not_found(request)
        query = request.META.get("QUERY_STRING", "")
        if NUL_IN_QUERY.search(query):
            while NUL_IN_QUERY.search(query):  # `%%0000` holds another `%00` once one is dropped
                query = NUL_IN_QUERY.sub("", query)
            request.META["QUERY_STRING"] = query
            request.GET = QueryDict(query, encoding=request.encoding)
        return self.get_response(request)


def address_not_found(request):
    """The API's error shape under /api/ (as archive.ratelimit answers), the site's 404 page elsewhere."""
    if request.path_info.startswith("/api/"):
        body = {"status": 404, "message": NOT_FOUND, "error": NOT_FOUND}
        return JsonResponse(body, status=404, json_dumps_params={"ensure_ascii": False})
    with translation.override(translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE):
        return not_found(request)

"""NUL (U+0000) never reaches a view: every database engine answers the same to it."""
from django.conf import settings
from django.http import JsonResponse
from django.utils import translation

from .views import bad_request, not_found


class NulRefusalMiddleware:
    """PostgreSQL cannot compare a text holding NUL (U+0000) and answers 500 where SQLite finds
    nothing, so NUL is refused before any view or lookup runs and every engine answers alike:
    no address holds one (404), no filter value can (400), and a cookie holding one was not set
    by this site (dropped). Before the session middleware, which reads its cookie on entry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in [name for name, value in request.COOKIES.items() if "\x00" in name + value]:
            del request.COOKIES[name]
        if "\x00" in request.path_info:
            return nul_refused(request, 404)
        if any("\x00" in key + "".join(values) for key, values in request.GET.lists()):
            return nul_refused(request, 400)
        return self.get_response(request)


NUL_MESSAGES = {
    404: "未找到 (not found)",
    400: "请求含有空字符 NUL (the request contains a NUL character)",
}


def nul_refused(request, status):
    """The API's error shape under /api/ (as archive.ratelimit answers), the site's error pages elsewhere."""
    if request.path_info.startswith("/api/"):
        message = NUL_MESSAGES[status]
        body = {"status": status, "message": message, "error": message}
        return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    with translation.override(translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE):
        return not_found(request) if status == 404 else bad_request(request)

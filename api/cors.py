"""`Access-Control-Allow-Origin: *` on the JSON interface's GET answers, so a notebook in a
browser can read them. Nothing there depends on cookies, so any origin may read what anyone can.

A POST to version 1 must say it sends JSON (415 otherwise, before anything else is read): a page on another site can make its visitors'
browsers send a form or `text/plain` without asking, but `application/json` only after a
preflight, which this server never grants, so no other site can spend the server's work."""
from django.http import JsonResponse

API_PREFIX = "/api/"
POSTS_PREFIX = "/api/v1/"  # the unversioned API answers every POST 405
NOT_JSON_TYPE = "请求正文须以 Content-Type: application/json 发送 (the request body must be sent as Content-Type: application/json)"


class ReadableAnywhereMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path.startswith(POSTS_PREFIX) and request.content_type != "application/json":
            return JsonResponse({"status": 415, "message": NOT_JSON_TYPE}, status=415, json_dumps_params={"ensure_ascii": False})
        response = self.get_response(request)
        if request.method in ("GET", "HEAD") and request.path.startswith(API_PREFIX):
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response

"""`Access-Control-Allow-Origin: *` on the JSON interface's GET answers, so a notebook in a
browser can read them. Nothing there depends on cookies, so any origin may read what anyone can."""

API_PREFIX = "/api/"


class ReadableAnywhereMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method in ("GET", "HEAD") and request.path.startswith(API_PREFIX):
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response

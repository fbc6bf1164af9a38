"""The interface language comes from the URL: Chinese at the plain URLs, English under /en/."""
from django.conf import settings
from django.http import FileResponse, HttpResponsePermanentRedirect
from django.middleware.gzip import GZipMiddleware
from django.utils import translation


class LanguageFromUrlMiddleware:
    """Chinese first whatever the browser's Accept-Language or a cookie says: a page's language is
    part of its address, so a cited or crawled URL always shows the same text. Data (API, feeds,
    exports, sitemaps, robots.txt) has one address only; its /en/ form redirects there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        prefix = f"/{request.LANGUAGE_CODE}/"
        if request.LANGUAGE_CODE != settings.LANGUAGE_CODE and is_language_neutral(match.view_name) and request.path_info.startswith(prefix):
            return HttpResponsePermanentRedirect(request.get_full_path().replace(prefix, "/", 1))
        return None


LANGUAGE_NEUTRAL = {
    "archive:sitemap", "archive:sitemap-section", "archive:robots", "archive:added-feed",
    "archive:resolution-feed", "archive:resolution-export", "archive:body-feed", "archive:body-export",
    "archive:original", "search:feed", "search:export", "archive:treaty-feed", "archive:treaty-export", "archive:bulk-file",
    "archive:cite-export",
}


def is_language_neutral(view_name):
    """Data views: the same bytes in every interface language."""
    return view_name in LANGUAGE_NEUTRAL or view_name.startswith("api:")


def neutral_url(url):
    """`url` without the language prefix reverse() adds for the active language."""
    language = translation.get_language()
    prefix = f"/{language}/"
    return url.replace(prefix, "/", 1) if language != settings.LANGUAGE_CODE and url.startswith(prefix) else url


class ContentSecurityPolicyMiddleware:
    """Everything is served from this site, and no page carries an inline script or style, so
    the policy can forbid both: a text that slipped markup past escaping still could not run."""

    POLICY = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class CompressingMiddleware(GZipMiddleware):
    """Gzip for pages and data, but not for files served from disk (bulk exports, originals): they
    are gzip, SQLite, PDF or Word already, and compressing them again as a stream would drop their
    Content-Length, so a download could neither show its progress nor be checked for truncation."""

    def process_response(self, request, response):
        if isinstance(response, FileResponse):
            return response
        return super().process_response(request, response)

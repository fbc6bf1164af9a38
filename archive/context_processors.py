"""Links every page carries: its canonical address, the same page in the other interface
language (hreflang, and the switch in the header), and the search engine description."""
from django.conf import settings
from django.urls import translate_url

from .middleware import is_language_neutral

HREFLANG = {"zh-hans": "zh-Hans", "en": "en"}
SWITCH_LABEL = {"zh-hans": "中文", "en": "English"}
# Parameters that change what a page shows around its content but not which page it is: a search
# within a document marks hits in the document, whose canonical address stays the document's.
NOT_IDENTIFYING = {"archive:document": {"q"}}


def page_links(request):
    match = getattr(request, "resolver_match", None)
    if match is None or is_language_neutral(match.view_name):
        return {}
    path = _identifying_path(request, NOT_IDENTIFYING.get(match.view_name, ()))
    versions = {code: request.build_absolute_uri(translate_url(path, code)) for code, _ in settings.LANGUAGES}
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return {
        "canonical_url": versions[current],
        "language_versions": [(HREFLANG[code], url) for code, url in versions.items()],
        "default_language_url": versions[settings.LANGUAGE_CODE],
        "other_languages": [
            (HREFLANG[code], SWITCH_LABEL[code], translate_url(path, code)) for code in versions if code != current
        ],
    }


def _identifying_path(request, dropped):
    if not dropped or not any(name in request.GET for name in dropped):
        return request.get_full_path()
    query = request.GET.copy()
    for name in dropped:
        query.pop(name, None)
    return f"{request.path}?{query.urlencode()}" if query else request.path

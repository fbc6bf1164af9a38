"""Links every page carries: its canonical address, the same page in the other interface
language (hreflang, and the switch in the header), and the search engine description."""
from django.conf import settings
from django.urls import translate_url

from .middleware import is_language_neutral

HREFLANG = {"zh-hans": "zh-Hans", "en": "en"}
SWITCH_LABEL = {"zh-hans": "中文", "en": "English"}


def page_links(request):
    match = getattr(request, "resolver_match", None)
    if match is None or is_language_neutral(match.view_name):
        return {}
    path = request.get_full_path()
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

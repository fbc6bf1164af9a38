from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from api.v1 import api as api_v1
from archive.views import bad_request, not_found, opensearch_description, server_error

from .health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api_v1.urls),
    path("opensearch.xml", opensearch_description, name="opensearch"),
]
# Pages answer in Chinese at their plain URLs (every permalink ever cited) and in English under
# /en/; data (API, feeds, exports, sitemaps) is the same in both and stays unprefixed — see
# archive.middleware.LanguageFromUrlMiddleware.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("alerts.urls")),
    path("", include("archive.urls")),
    path("", include("api.legacy")),
    prefix_default_language=False,
)

handler400 = bad_request
handler404 = not_found
handler500 = server_error

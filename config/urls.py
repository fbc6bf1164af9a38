from django.contrib import admin
from django.urls import include, path

from api.v1 import api as api_v1

from .health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api_v1.urls),
    path("", include("search.urls")),
    path("", include("archive.urls")),
]

from django.urls import path

from django.contrib.sitemaps.views import sitemap

from . import api, exports, feeds, views
from .sitemaps import SITEMAPS

app_name = "archive"
urlpatterns = [
    path("", views.home, name="home"),
    path("documents/", views.document_list, name="document-list"),
    path("documents/<path:path>/", views.document_or_paragraph, name="document"),
    path("resolutions/", views.resolution_list, name="resolution-list"),
    path("resolutions/<path:path>/feed/", feeds.ResolutionFeed(), name="resolution-feed"),
    path("resolutions/<path:path>/citing.<str:fmt>", exports.resolution_export, name="resolution-export"),
    path("resolutions/<path:path>/", views.resolution_detail, name="resolution"),
    path("r/<path:number>", views.resolution_shortcut, name="resolution-shortcut"),
    path("bodies/", views.body_list, name="body-list"),
    path("bodies/<slug:slug>/feed/", feeds.BodyFeed(), name="body-feed"),
    path("bodies/<slug:slug>/citing.<str:fmt>", exports.body_export, name="body-export"),
    path("bodies/<slug:slug>/", views.body_detail, name="body"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/documents/", api.document_list, name="api-document-list"),
    path("api/documents/<path:path>/", api.document_detail, name="api-document"),
    path("api/resolutions/", api.resolution_list, name="api-resolution-list"),
    path("api/resolutions/<path:path>/", api.resolution_detail, name="api-resolution"),
    path("api/bodies/", api.body_list, name="api-body-list"),
    path("api/bodies/<slug:slug>/", api.body_detail, name="api-body"),
]

from django.contrib.sitemaps import views as sitemaps
from django.urls import path, re_path
from django.views.decorators.http import require_safe

from . import checking, exports, feeds, views
from .bulk import views as bulk
from .sitemaps import SITEMAPS, cached

app_name = "archive"
# Read-only to the public: every view answers GET and HEAD only (editors use the admin), except
# the citation check, which reads a POSTed draft and stores nothing.
urlpatterns = [
    path("", require_safe(views.home), name="home"),
    path("feed/", require_safe(feeds.AddedFeed()), name="added-feed"),
    path("documents/", require_safe(views.document_list), name="document-list"),
    path("documents/<path:path>/cite.<str:fmt>", require_safe(exports.cite_export), name="cite-export"),
    path("documents/<path:path>/", require_safe(views.document_or_paragraph), name="document"),
    path("resolutions/", require_safe(views.resolution_list), name="resolution-list"),
    path("resolutions/<path:path>/feed/", require_safe(feeds.ResolutionFeed()), name="resolution-feed"),
    path("resolutions/<path:path>/citing.<str:fmt>", require_safe(exports.resolution_export), name="resolution-export"),
    path("resolutions/<path:path>/", require_safe(views.resolution_detail), name="resolution"),
    path("r/<path:number>", require_safe(views.resolution_shortcut), name="resolution-shortcut"),
    path("bodies/", require_safe(views.body_list), name="body-list"),
    path("bodies/<slug:slug>/feed/", require_safe(feeds.BodyFeed()), name="body-feed"),
    path("bodies/<slug:slug>/citing.<str:fmt>", require_safe(exports.body_export), name="body-export"),
    path("bodies/<slug:slug>/", require_safe(views.body_detail), name="body"),
    re_path(r"^originals/(?P<sha256>[0-9a-f]{64})/$", require_safe(views.original_file), name="original"),
    path("treaties/", require_safe(views.treaty_list), name="treaty-list"),
    path("treaties/<slug:slug>/feed/", require_safe(feeds.TreatyFeed()), name="treaty-feed"),
    path("treaties/<slug:slug>/citing.<str:fmt>", require_safe(exports.treaty_export), name="treaty-export"),
    path("treaties/<slug:slug>/", require_safe(views.treaty_detail), name="treaty"),
    path("sitemap.xml", cached(sitemaps.index), {"sitemaps": SITEMAPS, "sitemap_url_name": "archive:sitemap-section"}, name="sitemap"),
    path("sitemap-<section>.xml", cached(sitemaps.sitemap, paged=True), {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path("check/", checking.check_page, name="check"),
    path("bulk/", require_safe(bulk.bulk_page), name="bulk"),
    path("bulk/<str:name>", require_safe(bulk.bulk_file), name="bulk-file"),
    path("robots.txt", require_safe(views.robots_txt), name="robots"),
]

from django.urls import path
from django.views.decorators.http import require_safe

from . import exports, feeds, views

app_name = "search"
# Read-only to the public: every view answers GET and HEAD only (editors use the admin).
urlpatterns = [
    path("search/", require_safe(views.results), name="results"),
    path("search/feed/", require_safe(views.unless_unavailable(feeds.SearchFeed())), name="feed"),
    path("search/export.<str:fmt>", require_safe(views.unless_unavailable(exports.search_export)), name="export"),
    path("api/search/", require_safe(views.api_results), name="api"),
]

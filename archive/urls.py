from django.urls import path

from . import api, views

app_name = "archive"
urlpatterns = [
    path("", views.document_list, name="home"),
    path("documents/", views.document_list, name="document-list"),
    path("documents/<path:path>/", views.document_or_paragraph, name="document"),
    path("api/documents/", api.document_list, name="api-document-list"),
    path("api/documents/<path:path>/", api.document_detail, name="api-document"),
]

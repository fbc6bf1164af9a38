from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("search/", views.results, name="results"),
    path("api/search/", views.api_results, name="api"),
]

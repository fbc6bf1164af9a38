"""`/healthz` for a load balancer: 200 when the database answers and the search index opens."""
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from search.indexing import status as index_status


@never_cache
def healthz(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as error:  # noqa: BLE001 — any database failure is "unhealthy"
        checks["database"] = f"error: {type(error).__name__}"
    index_ok, detail = index_status()
    checks["index"] = f"ok ({detail})" if index_ok else f"error: {detail}"
    healthy = checks["database"] == "ok" and index_ok
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)

"""`/healthz` for load balancers and monitors: is this app server up, and can it reach its database?"""

import logging

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@login_not_required
@never_cache
@require_safe
def healthz(request):
    """200 `{"status": "ok", "database": "ok"}`, or 503 with the reason when the database does not
    answer `SELECT 1`. No login and no session: a probe carries no cookie and gets none. The reason
    names the kind of error only; the details go to the log, not to whoever asks."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("Health check: the database does not answer: %s", exc)
        body = {
            "status": "error",
            "database": "error",
            "reason": f"database unavailable ({type(exc).__name__})",
        }
        return JsonResponse(body, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})

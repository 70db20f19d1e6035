from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from claims.views.health import healthz

urlpatterns = [
    # For load balancers and monitors: no login, no session (claims/views/health.py).
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    # The language switcher works before logging in too.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("", include("claims.urls")),
]

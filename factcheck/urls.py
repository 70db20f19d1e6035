from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.i18n import set_language

from claims.api.urls import not_found as claims_api_not_found
from claims.views.health import healthz

FAVICON = "factcheck/favicon.svg"

urlpatterns = [
    # For load balancers and monitors: no login, no session (claims/views/health.py).
    path("healthz", healthz, name="healthz"),
    # Browsers ask for /favicon.ico whatever the page says: the app's icon, without a login.
    path("favicon.ico", login_not_required(lambda request: HttpResponsePermanentRedirect(static(FAVICON)))),
    path("admin/", admin.site.urls),
    # The JSON API (claims/api/): token authentication, its own JSON errors.
    path("api/v1/", include("claims.api.urls")),
    re_path(r"^api/", claims_api_not_found),
    path("accounts/", include("django.contrib.auth.urls")),
    # The language switcher works before logging in too.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("", include("claims.urls")),
]

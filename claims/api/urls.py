"""/api/v1/: the resources, the OpenAPI schema and its Swagger UI page."""

from django.contrib.auth.decorators import login_not_required, login_required
from django.urls import path, re_path
from django.utils.translation import gettext as _
from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from . import views
from .errors import error_response

app_name = "api"


def _api(view_class):
    # Token-authenticated: the API answers 401 in JSON, never the login page's redirect.
    return login_not_required(view_class.as_view())


@login_not_required
def not_found(request, rest=""):
    return error_response("not_found", _("There is no such API address: see /api/v1/docs/."), 404)


urlpatterns = [
    path("articles/", _api(views.ArticleList), name="articles"),
    path("articles/<int:pk>/", _api(views.ArticleDetail), name="article"),
    path("jobs/<int:pk>/", _api(views.JobDetail), name="job"),
    path("claims/", _api(views.ClaimList), name="claims"),
    path("claims/<int:pk>/", _api(views.ClaimDetail), name="claim"),
    path("claims/<int:pk>/verdict/", _api(views.ClaimVerdict), name="claim_verdict"),
    path("claims/<int:pk>/confirm/", _api(views.ClaimConfirm), name="claim_confirm"),
    path("claims/<int:pk>/publish/", _api(views.ClaimPublish), name="claim_publish"),
    path("claims/<int:pk>/reopen/", _api(views.ClaimReopen), name="claim_reopen"),
    path("claims/<int:pk>/evidence/", _api(views.ClaimEvidence), name="claim_evidence"),
    path("speakers/", _api(views.SpeakerList), name="speakers"),
    path("speakers/<int:pk>/", _api(views.SpeakerDetail), name="speaker"),
    path("verdicts/", _api(views.VerdictList), name="verdicts"),
    path("verdicts/<int:pk>/", _api(views.VerdictDetail), name="verdict"),
    # The schema is public (it describes, it holds no data); the docs page is for signed-in users.
    path("schema/", login_not_required(SpectacularJSONAPIView.as_view()), name="schema"),
    path("docs/", login_required(SpectacularSwaggerSplitView.as_view(url_name="api:schema")), name="docs"),
    re_path(r"^(?P<rest>.*)$", not_found),
]

from django.urls import path

from . import views

app_name = "claims"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("articles/", views.article_list, name="articles"),
    path("articles/new/", views.article_new, name="article_new"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/reextract/", views.article_reextract, name="article_reextract"),
    path("claims/", views.claim_list, name="claims"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/verdict/", views.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/evidence/", views.claim_evidence, name="claim_evidence"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/assign/", views.claim_assign, name="claim_assign"),
    path("claims/<int:pk>/reopen/", views.claim_reopen, name="claim_reopen"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker_merge"),
    path("audit/", views.audit_list, name="audit"),
]

from django.urls import path

from . import views

app_name = "claims"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("articles/", views.article_list, name="articles"),
    path("articles/new/", views.article_new, name="article_new"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/reextract/", views.article_reextract, name="article_reextract"),
    path("articles/<int:pk>/claims/new/", views.article_add_claim, name="article_add_claim"),
    path("articles/<int:pk>/cards/", views.article_cards, name="article_cards"),
    path("claims/", views.claim_list, name="claims"),
    path("claims/bulk/", views.claims_bulk, name="claims_bulk"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/verdict/", views.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/evidence/", views.claim_evidence, name="claim_evidence"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/assign/", views.claim_assign, name="claim_assign"),
    path("claims/<int:pk>/reopen/", views.claim_reopen, name="claim_reopen"),
    path("claims/<int:pk>/split/", views.claim_split, name="claim_split"),
    path("claims/<int:pk>/merge-next/", views.claim_merge_next, name="claim_merge_next"),
    path("claims/<int:pk>/comment/", views.claim_comment, name="claim_comment"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker_merge"),
    path("audit/", views.audit_list, name="audit"),
    path("audit/export.csv", views.audit_export, name="audit_export"),
]

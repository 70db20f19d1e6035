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
    path("claims/export.csv", views.claims_export_csv, name="claims_export_csv"),
    path("claims/export.json", views.claims_export_json, name="claims_export_json"),
    path("claims/<int:pk>/confirm/", views.claim_confirm, name="claim_confirm"),
    path("claims/<int:pk>/publish/", views.claim_publish, name="claim_publish"),
    # Public, read-only: published verdicts only.
    path("claims/<int:pk>/claimreview.json", views.claim_claimreview, name="claim_claimreview"),
    path("articles/<int:pk>/claimreview.json", views.article_claimreview, name="article_claimreview"),
    path("published/<int:pk>/", views.published_claim, name="published"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/verdict/", views.claim_verdict, name="claim_verdict"),
    path("claims/<int:pk>/evidence/", views.claim_evidence, name="claim_evidence"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/bounds/", views.claim_bounds, name="claim_bounds"),
    path("claims/<int:pk>/assign/", views.claim_assign, name="claim_assign"),
    path("claims/<int:pk>/reopen/", views.claim_reopen, name="claim_reopen"),
    path("claims/<int:pk>/reuse/<int:earlier_pk>/", views.claim_reuse, name="claim_reuse"),
    path(
        "claims/<int:pk>/dismiss-match/<int:earlier_pk>/",
        views.claim_dismiss_match,
        name="claim_dismiss_match",
    ),
    path("claims/<int:pk>/split/", views.claim_split, name="claim_split"),
    path("claims/<int:pk>/merge-next/", views.claim_merge_next, name="claim_merge_next"),
    path("claims/<int:pk>/comment/", views.claim_comment, name="claim_comment"),
    path(
        "claims/<int:pk>/comments/<int:comment_pk>/hide/", views.claim_comment_hide, name="claim_comment_hide"
    ),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker"),
    path("speakers/<int:pk>/edit/", views.speaker_edit, name="speaker_edit"),
    path("speakers/<int:pk>/merge/", views.speaker_merge, name="speaker_merge"),
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/read-all/", views.inbox_read_all, name="inbox_read_all"),
    path("inbox/<int:pk>/read/", views.inbox_read, name="inbox_read"),
    path("account/tokens/", views.tokens, name="tokens"),
    path("account/tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    path("webhooks/", views.webhooks, name="webhooks"),
    path("webhooks/<int:pk>/", views.webhook_detail, name="webhook"),
    path("webhooks/<int:pk>/rotate/", views.webhook_rotate, name="webhook_rotate"),
    path("webhooks/deliveries/<int:pk>/redeliver/", views.webhook_redeliver, name="webhook_redeliver"),
    path("audit/", views.audit_list, name="audit"),
    path("audit/export.csv", views.audit_export, name="audit_export"),
]

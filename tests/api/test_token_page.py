"""The "API tokens" page: a person makes a token (shown once), sees a prefix after, revokes it;
the admin lists tokens and revokes them."""

from django.urls import reverse

from claims.api.models import ApiToken

from .conftest import Api, assert_error


def test_a_token_is_shown_once_then_only_its_prefix(client, reviewer):
    client.force_login(reviewer)
    response = client.post(reverse("claims:tokens"), {"name": "CMS import"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    token = ApiToken.objects.get(user=reviewer)
    page = response.content.decode()
    raw = page.split('id="new-token" class="token-value" type="text" value="', 1)[1].split('"', 1)[0]
    assert raw.startswith(token.prefix) and len(raw) > 40
    assert Api(client, raw).get("/api/v1/claims/").status_code == 200
    again = client.get(reverse("claims:tokens")).content.decode()
    assert raw not in again and f"{token.prefix}…" in again and "CMS import" in again


def test_a_token_needs_a_name(client, reviewer):
    client.force_login(reviewer)
    response = client.post(reverse("claims:tokens"), {"name": "  "})
    assert response.status_code == 400 and not ApiToken.objects.exists()


def test_revoking_on_the_page_stops_the_token(client, reviewer):
    client.force_login(reviewer)
    page = client.post(reverse("claims:tokens"), {"name": "CMS"}).content.decode()
    raw = page.split('value="fcw_', 1)[1].split('"', 1)[0]
    token = ApiToken.objects.get()
    response = client.post(reverse("claims:token_revoke", args=[token.pk]), follow=True)
    assert "revoked" in response.content.decode()
    assert_error(Api(client, "fcw_" + raw).get("/api/v1/claims/"), 401, "authentication_failed")


def test_nobody_revokes_someone_elses_token_on_the_page(client, reviewer, editor):
    from claims import workflow

    token, _raw = workflow.create_token(actor=reviewer, name="CMS")
    client.force_login(editor)
    assert client.post(reverse("claims:token_revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_the_admin_lists_and_revokes_tokens(client, reviewer, admin):
    from claims import workflow

    token, _raw = workflow.create_token(actor=reviewer, name="CMS")
    client.force_login(admin)
    listing = client.get(reverse("admin:claims_apitoken_changelist"))
    assert listing.status_code == 200 and token.prefix in listing.content.decode()
    client.post(
        reverse("admin:claims_apitoken_changelist"),
        {"action": "revoke", "_selected_action": [token.pk]},
    )
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert (
        token.digest
        not in client.get(reverse("admin:claims_apitoken_change", args=[token.pk])).content.decode()
    )

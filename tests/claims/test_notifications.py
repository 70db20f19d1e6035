"""The inbox, the unread count in the nav, and who gets notified (and e-mailed) of what."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from claims import roles, workflow
from claims.models import Notification
from claims.notifications import notify
from tests.conftest import make_user
from tests.factories import make_claim

pytestmark = pytest.mark.django_db

INBOX = "/inbox/"


@pytest.fixture
def claim():
    return make_claim()


def _note(
    recipient, claim=None, kind=Notification.Kind.MENTIONED, message="Kijk even.", actor=None, read=False
):
    from django.utils import timezone

    return Notification.objects.create(
        recipient=recipient,
        kind=kind,
        message=message,
        claim=claim,
        actor=actor,
        read_at=timezone.now() if read else None,
    )


def test_the_inbox_lists_only_my_notifications_newest_first(client, claim, editor, reviewer):
    older = _note(reviewer, claim, message="Eerste bericht.", actor=editor)
    newer = _note(reviewer, claim, message="Tweede bericht.", actor=editor, read=True)
    _note(editor, claim, message="Voor iemand anders.")
    client.force_login(reviewer)
    response = client.get(reverse("claims:inbox"))
    assert reverse("claims:inbox") == INBOX
    assert list(response.context["page"]) == [newer, older]
    html = response.content.decode()
    assert "Eerste bericht." in html and "Tweede bericht." in html and "Voor iemand anders." not in html
    assert html.count("notification kind-mentioned unread") == 1  # unread ones are highlighted
    assert f"Open claim #{claim.pk}" in html and "edith" in html


def test_every_kind_reads_well(client, claim, reviewer, chief):
    for kind in Notification.Kind:
        _note(reviewer, claim, kind=kind, message=f"bericht {kind.value}", actor=chief)
    client.force_login(reviewer)
    html = client.get(INBOX).content.decode()
    for label in ("Assigned to you", "Mentioned you", "Asks for a second pair of eyes", "Verdict published"):
        assert f'<span class="action">{label}</span>' in html
    assert html.count(f"Open claim #{claim.pk}") == 4


def test_the_nav_shows_the_unread_count(client, claim, reviewer, editor):
    client.force_login(reviewer)
    html = client.get(reverse("claims:dashboard")).content.decode()
    assert f'href="{INBOX}" class="inbox-link">Inbox</a>' in html
    _note(reviewer, claim)
    _note(reviewer, claim)
    _note(reviewer, claim, read=True)
    _note(editor, claim)
    html = client.get(reverse("claims:dashboard")).content.decode()
    assert "Inbox (2)" in html


def test_opening_one_marks_it_read_and_goes_to_the_claim(client, claim, reviewer, editor):
    note = _note(reviewer, claim)
    other = _note(reviewer, claim)
    client.force_login(reviewer)
    response = client.post(reverse("claims:inbox_read", args=[note.pk]))
    assert response.status_code == 302 and response["Location"] == claim.get_absolute_url()
    note.refresh_from_db()
    other.refresh_from_db()
    assert note.read_at is not None and other.read_at is None
    assert client.get(reverse("claims:inbox_read", args=[note.pk])).status_code == 405


def test_a_notification_without_a_claim_goes_back_to_the_inbox(client, reviewer):
    note = _note(reviewer)
    client.force_login(reviewer)
    response = client.post(reverse("claims:inbox_read", args=[note.pk]))
    assert response["Location"] == INBOX and Notification.objects.get().read_at is not None


def test_no_one_reads_someone_elses(client, claim, reviewer, editor):
    theirs = _note(editor, claim)
    client.force_login(reviewer)
    assert client.post(reverse("claims:inbox_read", args=[theirs.pk])).status_code == 404
    assert Notification.objects.get().read_at is None


def test_mark_all_read(client, claim, reviewer, editor):
    for _ in range(3):
        _note(reviewer, claim)
    theirs = _note(editor, claim)
    client.force_login(reviewer)
    response = client.post(reverse("claims:inbox_read_all"))
    assert response.status_code == 302 and response["Location"] == INBOX
    assert not Notification.objects.for_user(reviewer).unread().exists()
    theirs.refresh_from_db()
    assert theirs.read_at is None
    html = client.get(INBOX).content.decode()
    assert "Inbox (" not in html and "Mark all read" not in html


def test_the_inbox_needs_a_login(client):
    response = client.get(INBOX)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_assigning_notifies_the_assignee(claim, editor, reviewer):
    workflow.edit_claim(claim, actor=editor, expected_version=1, assignee=reviewer)
    note = Notification.objects.get()
    assert (note.recipient, note.kind, note.actor, note.claim) == (reviewer, "assigned", editor, claim)
    assert note.message == f"edith assigned you a claim: “{claim}”"


def test_assigning_yourself_or_nobody_notifies_no_one(claim, editor):
    claim = workflow.edit_claim(claim, actor=editor, expected_version=1, assignee=editor)
    workflow.edit_claim(claim, actor=editor, expected_version=claim.version, assignee=None)
    assert not Notification.objects.exists()


def test_other_edits_do_not_notify_the_assignee(claim, editor, reviewer):
    claim = workflow.edit_claim(claim, actor=editor, expected_version=1, assignee=reviewer)
    workflow.edit_claim(claim, actor=editor, expected_version=claim.version, cue="stelde")
    assert Notification.objects.count() == 1


def test_assigning_on_the_claim_page_and_in_bulk_notifies(client, editor, reviewer):
    one, two, three = make_claim(), make_claim(), make_claim()
    client.force_login(editor)
    client.post(
        reverse("claims:claim_assign", args=[one.pk]), {"assign-assignee": reviewer.pk, "assign-version": 1}
    )
    client.post(
        reverse("claims:claims_bulk"),
        {"action": "assign", "selected": [f"{two.pk}:1", f"{three.pk}:1"], "assignee": reviewer.pk},
    )
    single, bulk = Notification.objects.filter(recipient=reviewer, kind="assigned").order_by("id")
    assert single.claim_id == one.pk
    # The bulk assignment is one notification that names both claims.
    assert bulk.claim_id is None and bulk.message == f"edith assigned you 2 claims: #{two.pk}, #{three.pk}."
    client.force_login(reviewer)
    assert "Inbox (2)" in client.get(INBOX).content.decode()


def _bulk(client, action, claims, **data):
    return client.post(
        reverse("claims:claims_bulk"),
        {"action": action, "selected": [f"{c.pk}:{c.version}" for c in claims], **data},
    )


def test_a_bulk_verdict_that_needs_four_eyes_asks_each_colleague_once(
    client, reviewer, chief, mailoutbox, django_capture_on_commit_callbacks
):
    bea = make_user("bea", roles.REVIEWERS, email="bea@example.org")
    claims = [make_claim() for _ in range(12)]
    stale = claims[5]
    workflow.edit_claim(stale, actor=chief, expected_version=1, cue="stelde")  # the row's version is old now
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = _bulk(
            client,
            "verdict",
            claims,
            status="disputed",
            rationale="Onjuist.",
            evidence_url="https://example.org/b",
        )
    (message,) = get_messages(response.wsgi_request)
    assert "11 verdicts saved; 1 refused" in str(message)
    saved = [c.pk for c in claims if c is not stale]
    names = ", ".join(f"#{pk}" for pk in saved[:10])
    for colleague in (bea, chief):
        (note,) = Notification.objects.filter(recipient=colleague)
        assert note.kind == "confirm" and note.claim_id is None
        assert note.message == f"rob asks you to confirm 11 verdicts: {names} and 1 more."
    assert not Notification.objects.filter(recipient=reviewer).exists()  # never the actor
    assert [m.to for m in mailoutbox] == [["bea@example.org"]]
    assert "rob asks you to confirm 11 verdicts" in mailoutbox[0].subject


def test_a_bulk_action_on_one_claim_notifies_as_the_claim_page_does(client, editor, reviewer):
    claim = make_claim()
    client.force_login(editor)
    _bulk(client, "assign", [claim], assignee=reviewer.pk)
    (note,) = Notification.objects.filter(recipient=reviewer)
    assert note.claim_id == claim.pk and note.message.startswith("edith assigned you a claim: ")


def test_a_refused_bulk_change_notifies_nobody(client, editor, reviewer, chief):
    claim = make_claim()
    client.force_login(editor)
    workflow.edit_claim(claim, actor=chief, expected_version=1, cue="stelde")  # the row below is old
    client.post(
        reverse("claims:claims_bulk"),
        {"action": "assign", "selected": [f"{claim.pk}:1"], "assignee": reviewer.pk},
    )
    assert not Notification.objects.exists()


def test_assignment_and_mention_each_mail_the_right_address(
    claim, editor, mailoutbox, django_capture_on_commit_callbacks
):
    anna = make_user("anna", roles.REVIEWERS, email="anna@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.edit_claim(claim, actor=editor, expected_version=1, assignee=anna)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.add_comment(claim, actor=editor, body="@anna zie je bron?")
    assert [m.to for m in mailoutbox] == [["anna@example.org"], ["anna@example.org"]]
    assigned, mentioned = mailoutbox
    assert "edith assigned you a claim" in assigned.subject
    assert claim.get_absolute_url() in assigned.body
    assert "edith mentioned you on a claim" in mentioned.subject and "zie je bron?" in mentioned.body


def test_no_mail_without_an_address(claim, editor, reviewer, mailoutbox, django_capture_on_commit_callbacks):
    assert reviewer.email == ""
    with django_capture_on_commit_callbacks(execute=True):
        workflow.edit_claim(claim, actor=editor, expected_version=1, assignee=reviewer)
        workflow.add_comment(claim, actor=editor, body="@rob kijk")
    assert Notification.objects.filter(recipient=reviewer).count() == 2
    assert mailoutbox == []


def test_no_mail_when_the_change_is_refused(claim, editor, mailoutbox, django_capture_on_commit_callbacks):
    from django.db import transaction

    anna = make_user("anna", roles.REVIEWERS, email="anna@example.org")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        notify([anna], Notification.Kind.CONFIRM, "Kijk mee.", claim=claim, actor=editor)
        raise RuntimeError("rolled back")
    assert mailoutbox == [] and not Notification.objects.exists()


def test_the_inbox_page_is_paged(client, claim, reviewer):
    Notification.objects.bulk_create(
        Notification(recipient=reviewer, kind="mentioned", message=f"bericht {i}", claim=claim)
        for i in range(60)
    )
    client.force_login(reviewer)
    page = client.get(INBOX).context["page"]
    assert len(page.object_list) == 50 and page.paginator.count == 60


def test_notification_admin_is_read_only(client, claim, reviewer, django_user_model):
    note = _note(reviewer, claim)
    admin = django_user_model.objects.create_superuser("boss", password="pw-boss-123")
    client.force_login(admin)
    assert client.get(reverse("admin:claims_notification_changelist")).status_code == 200
    assert client.get(reverse("admin:claims_notification_add")).status_code == 403
    response = client.post(reverse("admin:claims_notification_change", args=[note.pk]), {"message": "x"})
    assert response.status_code == 403 and Notification.objects.get().message == "Kijk even."
    assert client.get(reverse("admin:claims_commenthiding_changelist")).status_code == 200
    assert client.get(reverse("admin:claims_commenthiding_add")).status_code == 403
    assert client.get(reverse("admin:claims_comment_changelist")).status_code == 200


def test_a_digest_speaks_the_language_of_the_request(client, editor, reviewer):
    claims = [make_claim(), make_claim()]
    client.force_login(editor)
    client.post(
        reverse("claims:claims_bulk"),
        {"action": "assign", "selected": [f"{c.pk}:1" for c in claims], "assignee": reviewer.pk},
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    (note,) = Notification.objects.filter(recipient=reviewer)
    assert note.message == f"edith heeft je 2 beweringen toegewezen: #{claims[0].pk}, #{claims[1].pk}."


def test_a_four_eyes_request_is_done_once_the_verdict_is_reopened(client, claim, reviewer, chief):
    disputed = workflow.set_verdict(
        claim,
        "disputed",
        actor=reviewer,
        rationale="Klopt niet.",
        expected_version=1,
        evidence_url="https://example.org/a",
    )
    request = Notification.objects.get(recipient=chief, kind="confirm")
    assert request.answer == "" and Notification.objects.for_user(chief).unread().count() == 1
    workflow.reopen_verdict(disputed, actor=chief, reason="Nieuwe bron.", expected_version=disputed.version)
    request = Notification.objects.select_related("claim").get(pk=request.pk)
    with translation.override("en"):
        assert request.answer == "the verdict was reopened"
    assert Notification.objects.for_user(chief).unread().count() == 0
    client.force_login(chief)
    html = client.get(INBOX).content.decode()
    assert "Answered: the verdict was reopened." in html and "Inbox (" not in html

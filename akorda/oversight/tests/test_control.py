"""Instruction control: overdue, execution reports, acceptance and return, audit (issue 5)."""
from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from akorda.oversight.control import ControlError, refresh_overdue, review_report, state_of, submit_report, with_state
from akorda.oversight.models import ATTACHMENT_MAX_BYTES, ExecutionReport
from akorda.records.models import Instruction

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def url(name: str, **kwargs) -> str:
    with translation.override("ru"):
        return reverse(f"oversight:{name}", kwargs=kwargs or None)


def pdf(name: str = "act.pdf", size: int = 0) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"x" * size, content_type="application/pdf")


def test_overdue_is_computed_the_same_in_sql_and_in_memory(record):
    items = record["instructions"]
    states = dict(with_state(Instruction.objects.all()).values_list("pk", "state"))
    assert states[items["alm_overdue"].pk] == "overdue"
    assert states[items["alm_open"].pk] == "open"
    assert states[items["kar_done"].pk] == "done"  # done stays done past its deadline
    for item in Instruction.objects.all():
        assert state_of(item) == states[item.pk]
    # Tomorrow week, the open one with a 30-day deadline is still open, the 10-day one is overdue.
    later = TODAY + datetime.timedelta(days=11)
    states = dict(with_state(Instruction.objects.all(), later).values_list("pk", "state"))
    assert states[items["kar_open"].pk] == "overdue" and states[items["alm_open"].pk] == "open"


def test_mark_overdue_command_stores_the_state_with_history(record):
    item = record["instructions"]["alm_overdue"]
    call_command("mark_overdue")
    item.refresh_from_db()
    assert item.execution == "overdue"
    assert item.history.first().history_change_reason == "deadline passed"
    assert refresh_overdue() == (0, 0)  # idempotent
    Instruction.objects.filter(pk=item.pk).update(deadline=TODAY + datetime.timedelta(days=5))
    assert refresh_overdue() == (0, 1)
    item.refresh_from_db()
    assert item.execution == "open"


def test_mark_overdue_rejects_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="not a date"):
        call_command("mark_overdue", "--date", "31.12.2025")


def test_officer_reports_and_analyst_accepts(client, officer, analyst, record):
    item = record["instructions"]["kar_open"]
    client.force_login(officer)
    response = client.post(url("instruction", pk=item.pk), {"text": "Теплосети модернизированы.",
                                                           "attachments": [pdf(), pdf("photo.png")]})
    # The PNG is not a PNG: the whole report is refused and nothing is stored.
    assert response.status_code == 400
    assert "не похож на файл формата .png" in response.content.decode()  # /ru/: the Russian message
    assert not ExecutionReport.objects.exists()
    response = client.post(url("instruction", pk=item.pk), {"text": "Теплосети модернизированы.",
                                                           "attachments": [pdf()]})
    assert response.status_code == 302
    report = ExecutionReport.objects.get()
    assert report.attachments.get().original_name == "act.pdf"
    item.refresh_from_db()
    assert item.execution == "in_progress"
    download = client.get(url("attachment", pk=report.attachments.get().pk))
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
    # A second report while one awaits review is refused.
    assert client.post(url("instruction", pk=item.pk), {"text": "ещё"}).status_code == 400
    # An officer cannot review.
    assert client.post(url("review", pk=report.pk), {"decision": "accept"}).status_code == 403

    client.force_login(analyst)
    client.post(url("review", pk=report.pk), {"decision": "accept"})
    report.refresh_from_db()
    item.refresh_from_db()
    assert report.decision == "accepted" and report.reviewer == analyst
    assert item.execution == "done"


def test_analyst_returns_with_a_comment_only(client, officer, analyst, record):
    item = record["instructions"]["kar_open"]
    report = submit_report(item, officer, "Работа ведётся.")
    client.force_login(analyst)
    client.post(url("review", pk=report.pk), {"decision": "return", "comment": ""})
    report.refresh_from_db()
    assert report.decision == "submitted"  # refused: a return needs its comment
    client.post(url("review", pk=report.pk), {"decision": "return", "comment": "Нет акта приёмки."})
    report.refresh_from_db()
    item.refresh_from_db()
    assert report.decision == "returned" and report.review_comment == "Нет акта приёмки."
    assert item.execution == "in_progress"
    with translation.override("en"), pytest.raises(ControlError, match="already returned"):
        review_report(report, analyst, accept=True)
    # The officer files a new round after a return.
    assert submit_report(item, officer, "Акт приложен.", [pdf()]).decision == "submitted"


@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("run.exe", b"MZ..."), "not accepted"),
    (SimpleUploadedFile("empty.pdf", b""), "empty"),
    (pdf(size=ATTACHMENT_MAX_BYTES), "the limit is 10 MB"),
])
def test_attachments_are_validated_by_type_and_size(officer, record, upload, message):
    from django.core.exceptions import ValidationError

    with translation.override("en"), pytest.raises(ValidationError, match=message):
        submit_report(record["instructions"]["kar_open"], officer, "отчёт", [upload])
    assert not ExecutionReport.objects.exists()


def test_register_filters(client, analyst, record):
    client.force_login(analyst)
    texts = {k: v.text for k, v in record["instructions"].items()}

    def listed(**params) -> set[str]:
        body = client.get(url("register"), params).content.decode()
        return {k for k, t in texts.items() if t in body}

    assert listed() == set(texts)  # proposed ones included for analysts
    assert listed(region="karaganda-region") == {"kar_open", "kar_done"}
    assert listed(status="overdue") == {"alm_overdue"}
    assert listed(overdue="on") == {"alm_overdue"}
    assert listed(status="done") == {"kar_done"}
    assert listed(review="proposed") == {"alm_proposed"}
    assert listed(deadline_from=(TODAY + datetime.timedelta(days=1)).isoformat()) == {"alm_open", "kar_open"}
    assert listed(assignee="аки") == {"alm_overdue", "alm_open", "kar_open"}
    body = client.get(url("register"), {"deadline_from": "2026-02-01", "deadline_to": "2025-01-01"}).content.decode()
    assert "позже даты в поле «Срок по»" in body  # /ru/: the Russian message
    assert "unreviewed" in client.get(url("register"), {"review": "proposed"}).content.decode()


def test_overdue_list_and_feed(client, analyst, record):
    from akorda.oversight.feeds import feed_url

    client.force_login(analyst)
    body = client.get(url("overdue")).content.decode()
    assert record["instructions"]["alm_overdue"].text in body
    assert record["instructions"]["kar_open"].text not in body
    client.logout()  # a feed reader has no session: the token is the credential
    with translation.override("ru"):
        feed = client.get(feed_url(analyst))
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/atom+xml")
    text = feed.content.decode()
    assert record["instructions"]["alm_overdue"].text in text and record["instructions"]["alm_open"].text not in text
    analyst.set_password("a-new-password-1")
    analyst.save()
    assert client.get(feed.wsgi_request.path).status_code == 404  # a new password revokes old feed URLs


def test_audit_page_shows_changes_to_instructions_and_figures(client, officer, analyst, record):
    from akorda.records.models import Fact

    fact = Fact.objects.filter(status="confirmed").first()
    fact.value = 123
    fact.save()
    report = submit_report(record["instructions"]["kar_open"], officer, "Выполнено.")
    review_report(report, analyst, accept=True)
    client.force_login(analyst)
    body = client.get(url("audit")).content.decode()
    assert "records.Instruction" in body and "execution" in body and "in_progress" in body and "done" in body
    assert "records.Fact" in body and "value" in body
    assert "records.Fact" not in client.get(url("audit"), {"model": "instruction"}).content.decode()

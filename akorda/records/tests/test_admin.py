"""The analysts' review screens in the Wagtail admin."""
from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from akorda.records.audit import changes
from akorda.records.models import ExtractionRun, Fact, Instruction, Meeting, ReviewStatus
from akorda.records.pipeline import extract_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(engine, make_release):
    make_release("ru")
    return Meeting.objects.get()


def test_only_analysts_get_in(client, meeting, django_user_model, analyst):
    editor = django_user_model.objects.create_user("editor", password="pw-editor-1")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse("records_admin:index")).status_code in (302, 403)
    assert client.get(reverse("records_admin:review", args=[meeting.pk])).status_code in (302, 403)
    assert "Release records" not in client.get("/admin/").content.decode()
    client.force_login(analyst)
    assert "Release records" in client.get("/admin/").content.decode()
    assert client.get(reverse("records_admin:index")).status_code == 200


def test_review_screen_marks_the_spans(client, meeting, analyst):
    client.force_login(analyst)
    html = client.get(reverse("records_admin:review", args=[meeting.pk])).content.decode()
    fact = Fact.objects.get(quote="500 тонн")
    assert f'data-id="{fact.pk}" id="fact-{fact.pk}-0">500 тонн</mark>' in html
    assert 'class="span-instruction' in html
    assert html.count("<mark class=\"span-") - 2 == 4  # less the two of the legend


def test_confirm_correct_reject_and_survive_reextraction(client, meeting, analyst):
    client.force_login(analyst)
    first, _second, third = Fact.objects.order_by("span_start")
    url = reverse("records_admin:fact_action", args=[first.pk])
    post = {f"f{first.pk}-{k}": v for k, v in {
        "value": "120600000000", "unit": "KZT", "indicator": first.indicator_id, "measure": "corrected",
        "object": "", "qualifier": "", "comparison": "", "period": first.period, "period_start": "2024-01-01",
        "period_end": "2024-05-31", "programme": "",
    }.items()}
    assert client.post(url, {**post, "action": "confirm"}).status_code == 302
    first.refresh_from_db()
    assert first.value == Decimal("120600000000") and first.edited_by_analyst and first.status == "confirmed"
    assert first.reviewed_by == analyst
    client.post(reverse("records_admin:fact_action", args=[third.pk]), {"action": "reject"})
    extract_page(first.source_page_id, force=True)
    first.refresh_from_db()
    assert first.value == Decimal("120600000000") and first.measure == "corrected"
    assert Fact.objects.get(pk=third.pk).status == "rejected"
    assert Fact.objects.count() == 3
    log = changes(Fact.objects.filter(pk=first.pk), fields=["value"])
    assert log[0].user == "analyst" and log[0].new == Decimal("120600000000")


def test_bulk_confirm(client, meeting, analyst):
    client.force_login(analyst)
    ids = list(Fact.objects.values_list("pk", flat=True))
    client.post(reverse("records_admin:bulk_confirm", args=[meeting.pk]),
                {"fact": ids, "instruction": list(Instruction.objects.values_list("pk", flat=True))})
    assert set(Fact.objects.values_list("status", flat=True)) == {ReviewStatus.CONFIRMED}
    assert Instruction.objects.get().status == ReviewStatus.CONFIRMED


def test_add_missed_figure_checks_the_quote(client, meeting, analyst):
    client.force_login(analyst)
    page = meeting.sources.get().page
    text = page.source_text()
    quote = "январь-май 2024 года"
    start = text.index(quote)
    data = {"page": page.pk, "add-span_start": start, "add-span_end": start + len(quote), "add-quote": quote,
            "add-value": "2024", "add-unit": "count", "add-measure": "test"}
    url = reverse("records_admin:add_fact", args=[meeting.pk])
    bad = {**data, "add-span_start": start + 1, "add-span_end": start + 1 + len(quote)}
    client.post(url, bad)
    assert not Fact.objects.filter(measure="test").exists()
    client.post(url, data)
    fact = Fact.objects.get(measure="test")
    assert (fact.status, fact.edited_by_analyst, fact.span_start) == ("confirmed", True, start)


def test_failed_runs_listed_and_retried(client, engine, make_release, analyst, django_capture_on_commit_callbacks):
    engine.fail_with = ValueError("bad number")
    make_release("ru")
    client.force_login(analyst)
    html = client.get(reverse("records_admin:runs")).content.decode()
    assert "bad number" in html and "Retry" in html
    assert "failed extraction" in client.get(reverse("records_admin:index")).content.decode()
    engine.fail_with = None
    run = ExtractionRun.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("records_admin:retry", args=[run.pk]))
    run.refresh_from_db()
    assert run.resolved
    assert Fact.objects.count() == 3
    assert "bad number" not in client.get(reverse("records_admin:runs")).content.decode()


def test_confirming_unchanged_row_is_not_an_edit(client, meeting, analyst):
    from akorda.records.forms import FactForm

    client.force_login(analyst)
    fact = Fact.objects.order_by("span_start").first()
    form = FactForm(instance=fact, prefix=f"f{fact.pk}")
    data = {}
    for bound in form:
        value = bound.field.widget.format_value(bound.value())
        data[bound.html_name] = "" if value is None else value
    client.post(reverse("records_admin:fact_action", args=[fact.pk]), {**data, "action": "confirm"})
    fact.refresh_from_db()
    from akorda.records.audit import changes
    assert fact.status == "confirmed" and not fact.edited_by_analyst, changes(Fact.objects.filter(pk=fact.pk))


def test_review_shows_values_as_people_read_them_beside_the_raw_editor(client, meeting, analyst):
    """Issue 11: "120,5 млрд ₸" for the stored 120500000000, with the raw value in its editor."""
    import re

    client.force_login(analyst)
    html = client.get(reverse("records_admin:review", args=[meeting.pk])).content.decode()
    fact = Fact.objects.get(unit="KZT")
    row = html[html.index(f'id="row-fact-{fact.pk}"'):]
    row = row[:row.index("</li>")]
    assert re.search(r"<output[^>]*data-readable>120,5\xa0млрд ₸</output>", row)
    assert f'name="f{fact.pk}-value" value="120500000000"' in row
    assert f'<label for="id_f{fact.pk}-value">Value (raw)</label>' in row
    assert 'aria-keyshortcuts="C"' in row and 'aria-keyshortcuts="X"' in row


def test_review_panels_hook_adds_a_panel(client, meeting, analyst):
    """Another app adds a panel (e.g. a three-language check) through the hook, not the template."""
    from wagtail import hooks

    from akorda.records.review_panels import HOOK, ReviewPanel

    def panel(request, meeting, page):
        return ReviewPanel("records/admin/review/_runs.html", order=1)

    client.force_login(analyst)
    with hooks.register_temporarily(HOOK, panel):
        html = client.get(reverse("records_admin:review", args=[meeting.pk])).content.decode()
    assert html.count("Extraction runs of this version") == 2

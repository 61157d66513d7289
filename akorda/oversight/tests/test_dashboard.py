"""Region dashboard, compare view and briefing pack: confirmed figures only (issue 5)."""
from __future__ import annotations

import io
import re

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def url(name: str, **kwargs) -> str:
    with translation.override("ru"):
        return reverse(f"oversight:{name}", kwargs=kwargs or None)


# Period labels are the reader's (format_period of the figures' dates), not the release's words.
Q1 = "January\u2009–\u2009March 2025"
H1 = "January\u2009–\u2009June 2025"


def test_ranks_and_points_count_confirmed_figures_only(analyst, record, indicators, regions):
    from akorda.oversight import stats

    with translation.override("en"):
        pts = stats.points(stats.confirmed_facts(analyst))
    assert all(p.value != 777000000000000 for p in pts)
    grp = stats.ranks(pts, indicators["grp"])
    alm, kar = regions["almaty-region"].pk, regions["karaganda-region"].pk
    assert grp[(Q1, kar)] == (1, 2) and grp[(Q1, alm)] == (2, 2)
    assert grp[(H1, alm)] == (1, 2)
    unemployment = stats.ranks(pts, indicators["unemployment"])  # lower is better
    assert unemployment[(Q1, kar)] == (1, 2) and unemployment[(H1, alm)] == (1, 2)
    assert stats.periods(pts) == [Q1, H1]


def test_ranks_follow_the_indicators_direction(analyst, record, indicators, regions):
    """Ranking reads Indicator.higher_is_better, whatever the indicator's code."""
    from akorda.oversight import stats

    with translation.override("en"):
        pts = stats.points(stats.confirmed_facts(analyst))
    alm, kar = regions["almaty-region"].pk, regions["karaganda-region"].pk
    grp = indicators["grp"]
    assert grp.higher_is_better and stats.ranks(pts, grp)[(Q1, kar)] == (1, 2)
    grp.higher_is_better = False
    assert stats.ranks(pts, grp)[(Q1, kar)] == (2, 2)
    assert stats.ranks(pts, grp)[(Q1, alm)] == (1, 2)


def test_dashboard_shows_charts_ranks_change_timeline_and_states(client, analyst, record):
    client.force_login(analyst)
    response = client.get(url("region", slug="almaty-region"))
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count('<svg class="chart"') == 2  # GRP and unemployment
    assert "<polyline" in body and "2,1 трлн тенге" in body
    assert "777" not in body  # the proposed figure
    assert "1 из 2" in body and "2 из 2" in body  # ranks among regions
    assert "+110%" in body  # GRP 1.0 -> 2.1 trillion
    assert "−0,2 п. п." in body  # unemployment 4.9 -> 4.7, percentage points
    assert body.count('<time datetime="2025-') == 2  # the meetings' timeline
    section = body[body.index('id="instructions"'):]
    assert re.search(r"Просрочено <small>\(1\)</small>", section) and re.search(r"На контроле <small>\(2\)</small>", section)


def test_compare_view_table_and_chart(client, analyst, record):
    client.force_login(analyst)
    body = client.get(url("compare", code="grp")).content.decode()
    assert 'class="data sortable"' in body and body.count("<polyline") == 2
    assert 'data-value="1500000000000' in body and "777" not in body
    assert client.get(url("compare", code="no-such-indicator")).status_code == 404


def test_briefing_print_and_pdf(client, analyst, record):
    from pypdf import PdfReader

    client.force_login(analyst)
    html = client.get(url("briefing", slug="almaty-region")).content.decode()
    for text in ("Алматинская область", "усилить контроль за строительством дорог", "обеспечить подготовку к паводкам",
                 "Просроченные поручения (1)", "Поручения на исполнении (2)", "2,1 трлн тенге", "+110%"):
        assert text in html
    assert "модернизировать теплосети Темиртау" not in html
    response = client.get(url("briefing_pdf", slug="almaty-region"))
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Алматинская область" in text
    assert "усилить контроль за строительством дорог" in text and "обеспечить подготовку к паводкам" in text
    # The PDF is the same briefing as the print page: its figures, and nothing of another region.
    assert "2,1 трлн тенге" in text and "+110%" in text
    assert "модернизировать теплосети Темиртау" not in text and "777" not in text
    assert "Тест" not in text or "Akim" in text


def test_briefing_pdf_is_tagged_with_language_title_and_russian_labels(client, analyst, record):
    """Issue 11: a screen reader gets a structure tree, the language and the title;
    period labels are Russian in a Russian briefing."""
    from pypdf import PdfReader

    client.force_login(analyst)
    reader = PdfReader(io.BytesIO(client.get(url("briefing_pdf", slug="almaty-region")).content))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert str(root["/Lang"]) == "ru"
    assert "Алматинская область" in reader.metadata.title
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "январь" in text.lower() and "January" not in text


def test_briefing_lists_only_releases_in_the_readers_language(client, analyst, record, site_tree):
    """An English release of the same meeting is left out of a Russian briefing."""
    from akorda.oversight import briefing
    from akorda.press.models import EventPage
    from akorda.records.models import MeetingSource

    meeting = record["meetings"][("almaty-region", "January-March 2025")]
    for lang, title in [("ru", "Приём акима (демо)"), ("en", "Akim received (demo)")]:
        page = site_tree[lang].rubrics["akorda"].add_child(instance=EventPage(
            title=title, slug=f"briefing-{lang}", body="<p>demo</p>", live=False, is_demo=True))
        MeetingSource.objects.create(meeting=meeting, page=page, language=lang)
    for lang, title in [("ru", "Приём акима (демо)"), ("en", "Akim received (demo)")]:
        with translation.override(lang):
            releases = briefing.context(analyst, meeting.region)["releases"]
        assert [s.page.title for s in releases] == [title]


def test_briefing_profile_names_the_current_akim(client, analyst, regions):
    from akorda.oversight.briefing import profile

    card = profile(regions["almaty-region"])
    assert card.kato == "19" and card.centre.name_en == "Konaev"
    assert card.akim is not None and card.akim.name_ru == "Марат Султангазиев"


def _queries(client, path: str) -> tuple[int, str]:
    """Queries of a warm request: the first one fills per-process caches (site, locales)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


@pytest.mark.parametrize("name, kwargs", [("region", {"slug": "almaty-region"}), ("register", {}), ("overdue", {})])
def test_instruction_lists_cost_no_more_queries_with_more_rows(client, analyst, record, name, kwargs):
    """Each row shows its region (its own, else its meeting's); reading it row by row
    made the region dashboard cost one query per instruction."""
    import datetime

    from akorda.records.models import Instruction, ReviewStatus

    client.force_login(analyst)
    path = url(name, **kwargs)
    few, _ = _queries(client, path)
    meeting = record["meetings"][("almaty-region", "January-June 2025")]
    texts = [f"проверить исполнение пункта {n}" for n in range(8)]
    for n, text in enumerate(texts):
        # Half carry no region of their own, so the row falls back to the meeting's region.
        Instruction.objects.create(meeting=meeting, region=meeting.region if n % 2 else None, text=text,
                                   status=ReviewStatus.CONFIRMED, given_on=meeting.date, assignee="аким",
                                   deadline=datetime.date.today() - datetime.timedelta(days=n + 1))
    many, html = _queries(client, path)
    assert all(text in html for text in texts)
    assert html.count("Алматинская область") >= len(texts)
    assert many <= few, f"{path}: {few} queries with the fixture's rows, {many} with 8 more"

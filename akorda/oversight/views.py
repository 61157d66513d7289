"""Oversight pages: region dashboards, compare view, instruction control, briefing, drafting, audit.

Access: every view needs a login; analysts and administrators (``is_analyst``)
may open any region, a regional officer only their own (``access``). What
records a user sees comes from ``akorda.records.visibility``.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, Model, OuterRef, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from akorda.oversight import briefing as briefing_data
from akorda.oversight import stats
from akorda.oversight.access import (
    can_open_region,
    in_region,
    is_analyst,
    officer_region_id,
    region_instructions,
    register_instructions,
    require_region,
    require_staff_or_officer,
)
from akorda.oversight.charts import Series, legend, line_chart
from akorda.oversight.control import (
    ControlError,
    Execution,
    overdue_q,
    review_report,
    submit_report,
    with_state,
)
from akorda.oversight.drafting import DraftingError, create_draft_pages
from akorda.oversight.feeds import feed_url
from akorda.oversight.formatting import figure
from akorda.oversight.forms import RegisterFilter, ReportForm, ReviewForm
from akorda.oversight.models import ExecutionReport, ReportAttachment
from akorda.records import audit as records_audit
from akorda.records.counts import attach_item_counts
from akorda.records.models import Fact, Indicator, Instruction, ReviewStatus
from akorda.records.visibility import visible_meetings
from akorda.regions.models import Region


def _lang() -> str:
    return (translation.get_language() or "ru")[:2]


def _require_analyst(user) -> None:
    if not is_analyst(user):
        raise PermissionDenied(_("This page is for analysts and administrators."))


@login_required
def index(request: HttpRequest) -> HttpResponse:
    require_staff_or_officer(request.user)
    region_id = officer_region_id(request.user)
    if not is_analyst(request.user) and region_id is not None:
        return redirect("oversight:region", slug=Region.objects.get(pk=region_id).slug)
    regions = Region.objects.filter(valid_to__isnull=True).annotate(n_meetings=Count("meetings"))
    return render(request, "oversight/index.html", {"regions": regions, "indicators": confirmed_indicators()})


# The audit page lists the newest changes of each kind; the full history stays in
# records.audit.changes() for exports and the admin (issue 10: bounded work per page).
AUDIT_WINDOW = 2000
# A region meets the President a few times a year; pages keep a long history quick.
TIMELINE_PAGE_SIZE = 50
# Instructions of each state shown on a dashboard; the register pages through the rest.
STATE_PREVIEW = 20
# The overdue list, a page at a time.
OVERDUE_PAGE_SIZE = 100


def _series_fmt(unit: str):
    lang = _lang()
    return lambda v: figure(v, unit, lang)


def _panels(region: Region, own: list[stats.Point], peers: list[stats.Point]) -> list[dict]:
    indicators = Indicator.objects.in_bulk({p.indicator_id for p in own})
    panels = []
    for indicator in sorted(indicators.values(), key=lambda i: i.name()):
        mine = [p for p in own if p.indicator_id == indicator.pk]
        labels = stats.periods(mine)
        ranking = stats.ranks(peers, indicator)
        unit = mine[-1].unit
        series = Series(region.name(), {p.period: p.value for p in mine})
        panels.append({
            "indicator": indicator,
            "chart": line_chart(labels, [series], title=f"{indicator.name()} — {region.name()}", fmt=_series_fmt(unit)),
            "rows": [{"period": p.period, "value": figure(p.value, p.unit, _lang()),
                      "rank": ranking.get((p.period, region.pk))} for p in mine],
        })
    return panels


def _instructions_by_state(user, region: Region) -> list[tuple[str, str, list, int]]:
    """The first few instructions of each state and how many there are; the
    register lists them all, a page at a time."""
    instructions = with_state(region_instructions(user, region))
    totals = dict(instructions.order_by().values_list("state").annotate(n=Count("pk")))
    out = []
    for value, label in Execution.choices:
        items = list(instructions.filter(state=value).select_related("meeting", "meeting__region", "region")
                     .order_by("deadline", "id")[:STATE_PREVIEW]) if totals.get(value) else []
        out.append((label, value, items, totals.get(value, 0)))
    return out


@login_required
def region_dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug)
    require_region(request.user, region)
    facts = stats.confirmed_facts(request.user)
    # The region's own points first (one region's figures), then every region's
    # points for just the indicators and years shown, to rank them.
    windows = stats.last_years(facts.filter(meeting__region=region))
    peers = stats.points(stats.within(facts, windows))
    own = [p for p in peers if p.region_id == region.pk]
    latest, previous = (stats.meetings_with_figures(facts, region, 2) + [None, None])[:2]
    timeline = Paginator(stats.with_period(visible_meetings(request.user).filter(region=region)).order_by("-date", "-id"),
                         TIMELINE_PAGE_SIZE).get_page(request.GET.get("meetings"))
    timeline.object_list = attach_item_counts(list(timeline.object_list))
    return render(request, "oversight/region_dashboard.html", {
        "region": region,
        "profile": briefing_data.profile(region),
        "panels": _panels(region, own, peers),
        "latest": latest,
        "previous": previous,
        "changes": stats.compare_meetings(facts, latest, previous),
        "timeline": timeline,
        "by_state": _instructions_by_state(request.user, region),
        "can_draft": is_analyst(request.user),
    })


def confirmed_indicators() -> QuerySet[Indicator]:
    """Indicators with a confirmed figure: a semi-join on the indicator's index,
    not a DISTINCT over a join with every figure."""
    return Indicator.objects.filter(Exists(Fact.objects.filter(indicator=OuterRef("pk"), status=ReviewStatus.CONFIRMED)))


@login_required
def compare(request: HttpRequest, code: str) -> HttpResponse:
    _require_analyst(request.user)
    indicator = get_object_or_404(Indicator, code=code)
    facts = stats.confirmed_facts(request.user).filter(indicator=indicator)
    span = stats.time_span(facts)
    years = Paginator(range(span[0], span[1] + 1)[::-1] if span else [], stats.PERIOD_YEARS) \
        .get_page(request.GET.get("years"))
    windows = {indicator.pk: stats.years_window(span[1], years.number)} if span else {}
    pts = stats.points(stats.within(facts, windows))
    labels = stats.periods(pts)
    regions = Region.objects.in_bulk({p.region_id for p in pts})
    ranking = stats.ranks(pts, indicator)
    values = {(p.region_id, p.period): p for p in pts}
    unit = pts[-1].unit if pts else indicator.unit
    ordered = sorted(regions.values(), key=lambda r: r.name())
    series = [Series(r.name(), {p.period: p.value for p in pts if p.region_id == r.pk}) for r in ordered]
    rows = [{
        "region": r,
        "cells": [{"point": values.get((r.pk, label)), "rank": ranking.get((label, r.pk)),
                   "text": figure(values[(r.pk, label)].value, unit, _lang()) if (r.pk, label) in values else "—"}
                  for label in labels],
    } for r in ordered]
    return render(request, "oversight/compare.html", {
        "indicator": indicator, "labels": labels, "rows": rows, "legend": legend(series), "years": years,
        "chart": line_chart(labels, series, title=indicator.name(), fmt=_series_fmt(unit)),
        "indicators": confirmed_indicators(),
    })


@login_required
def register(request: HttpRequest) -> HttpResponse:
    require_staff_or_officer(request.user)
    form = RegisterFilter(request.GET or None)
    qs = with_state(register_instructions(request.user)).select_related("meeting", "meeting__region", "region")
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data["region"]:
            qs = qs.filter(in_region(data["region"].pk))
        if data["assignee"]:
            qs = qs.filter(assignee__icontains=data["assignee"])
        if data["status"]:
            qs = qs.filter(state=data["status"])
        if data["review"]:
            qs = qs.filter(status=data["review"])
        if data["deadline_from"]:
            qs = qs.filter(deadline__gte=data["deadline_from"])
        if data["deadline_to"]:
            qs = qs.filter(deadline__lte=data["deadline_to"])
        if data["overdue"]:
            qs = qs.filter(overdue_q())
    elif form.is_bound:
        qs = qs.none()
    page = Paginator(qs.order_by("deadline", "-meeting__date", "id"), 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "oversight/register.html", {"form": form, "results": page, "query": query.urlencode()})


@login_required
def overdue(request: HttpRequest) -> HttpResponse:
    _require_analyst(request.user)
    qs = (with_state(register_instructions(request.user)).filter(overdue_q())
          .select_related("meeting", "meeting__region", "region").order_by("deadline", "id"))
    page = Paginator(qs, OVERDUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "oversight/overdue.html", {
        "instructions": page, "feed_url": request.build_absolute_uri(feed_url(request.user)),
    })


def _instruction_for(user, pk: int) -> Instruction:
    """404 for what the user may not see, so ids of other regions' items reveal nothing."""
    require_staff_or_officer(user)
    try:
        return with_state(register_instructions(user)).select_related("meeting", "meeting__region", "region").get(pk=pk)
    except Instruction.DoesNotExist:
        raise Http404(_("No such instruction")) from None


@login_required
def instruction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    instruction = _instruction_for(request.user, pk)
    region = instruction.region or instruction.meeting.region
    may_report = (officer_region_id(request.user) is not None and can_open_region(request.user, region)
                  and request.user.has_perm("oversight.add_executionreport"))
    form = ReportForm()
    if request.method == "POST":
        if not may_report:
            raise PermissionDenied(_("Only the region's officers file execution reports."))
        form = ReportForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                submit_report(instruction, request.user, form.cleaned_data["text"], form.cleaned_data["attachments"])
            except (ControlError, ValidationError) as exc:
                form.add_error(None, exc.messages if isinstance(exc, ValidationError) else str(exc))
            else:
                messages.success(request, _("The report was submitted for review."))
                return redirect("oversight:instruction", pk=pk)
    reports = instruction.execution_reports.select_related("author", "reviewer").prefetch_related("attachments")
    return render(request, "oversight/instruction.html", {
        "instruction": instruction, "region": region, "reports": reports, "form": form,
        "may_report": may_report, "may_review": request.user.has_perm("oversight.review_executionreport")
        and is_analyst(request.user), "review_form": ReviewForm(),
    }, status=400 if form.errors else 200)


@login_required
@require_POST
def review(request: HttpRequest, pk: int) -> HttpResponse:
    _require_analyst(request.user)
    if not request.user.has_perm("oversight.review_executionreport"):
        raise PermissionDenied(_("You may not review execution reports."))
    report = get_object_or_404(ExecutionReport, pk=pk)
    _instruction_for(request.user, report.instruction_id)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect("oversight:instruction", pk=report.instruction_id)
    try:
        review_report(report, request.user, form.cleaned_data["decision"] == "accept", form.cleaned_data["comment"])
    except ControlError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The report was accepted.") if form.cleaned_data["decision"] == "accept"
                         else _("The report was returned to the officer."))
    return redirect("oversight:instruction", pk=report.instruction_id)


@login_required
def attachment(request: HttpRequest, pk: int) -> FileResponse:
    """Attachments live in private storage and are served only through this check."""
    item = get_object_or_404(ReportAttachment.objects.select_related("report"), pk=pk)
    _instruction_for(request.user, item.report.instruction_id)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.original_name)


@login_required
def briefing(request: HttpRequest, slug: str) -> HttpResponse:
    region = get_object_or_404(Region, slug=slug)
    require_region(request.user, region)
    return render(request, "oversight/briefing.html", {**briefing_data.context(request.user, region), "pdf": False})


@login_required
def briefing_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    region = get_object_or_404(Region, slug=slug)
    require_region(request.user, region)
    html = render_to_string("oversight/briefing.html", {**briefing_data.context(request.user, region), "pdf": True},
                            request=request)
    # The stylesheet is handed over from the static files directly: WeasyPrint
    # fetching it over HTTP from this same server would deadlock a single worker.
    stylesheet = CSS(filename=finders.find("oversight/briefing.css"))
    # PDF/UA-1 (WeasyPrint's variant turns on pdf_tags): a tagged structure tree,
    # the document language from <html lang> and the title from <title>, so a
    # screen reader reads the briefing in order and in the right language.
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=_no_fetch).write_pdf(
        stylesheets=[stylesheet], pdf_variant="pdf/ua-1")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="briefing-{region.slug}.pdf"'
    return response


def _no_fetch(url: str, *args, **kwargs):
    """The PDF needs nothing from the network; refusing keeps rendering fast and private."""
    raise ValueError(f"not fetched: {url}")


@login_required
@require_POST
def draft_release(request: HttpRequest, pk: int) -> HttpResponse:
    _require_analyst(request.user)
    meeting = get_object_or_404(visible_meetings(request.user), pk=pk)
    try:
        pages = create_draft_pages(meeting, request.user)
    except DraftingError as exc:
        messages.error(request, str(exc))
        return redirect("oversight:region", slug=meeting.region.slug) if meeting.region else redirect("oversight:index")
    messages.success(request, _("Draft releases created (%(languages)s): “%(title)s”. "
                                "The press service edits and publishes them.")
                     % {"languages": ", ".join(sorted(pages)), "title": pages["ru"].title})
    page = pages.get(_lang()) or pages["ru"]
    if page.permissions_for_user(request.user).can_edit():
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return redirect("oversight:region", slug=meeting.region.slug) if meeting.region else redirect("oversight:index")


@login_required
def audit(request: HttpRequest) -> HttpResponse:
    _require_analyst(request.user)
    model = request.GET.get("model", "all")
    by_model: dict[str, list[type[Model]]] = {"fact": [Fact], "instruction": [Instruction], "report": [ExecutionReport]}
    sources = by_model.get(model, [Fact, Instruction, ExecutionReport])
    rows = []
    for source in sources:
        rows.extend(records_audit.changes(source, limit=AUDIT_WINDOW))
    rows.sort(key=lambda c: c.when, reverse=True)
    page = Paginator(rows, 100).get_page(request.GET.get("page"))
    return render(request, "oversight/audit.html", {"results": page, "model": model})

"""The analysts' review of release records, inside the Wagtail admin (issue 4).

Custom views rather than a snippet viewset: the work is one screen per
release (its text with the extracted words marked, beside its figures and
instructions), which Wagtail's generic create/edit views do not offer.
"""
from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from akorda.press.models import EventPage
from akorda.records.counts import attach_item_counts, has_items
from akorda.records.engine import live_object
from akorda.records.formatting import format_figure
from akorda.records.forms import UNITS, AddFactForm, FactForm, InstructionForm, MeetingForm
from akorda.records.highlight import Span, highlighted
from akorda.records.models import ExtractionRun, Fact, Instruction, Meeting, ReviewStatus
from akorda.records.review_panels import review_panels
from akorda.records.tasks import schedule_extraction
from akorda.records.visibility import is_analyst, visible_meetings

ADMIN_PAGE_SIZE = 100


def analyst_required(view):
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_analyst(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _mark_reviewed(item, request: HttpRequest, status: str | None, reason: str) -> None:
    if status:
        item.status = status
    item.reviewed_by = request.user
    item.reviewed_at = timezone.now()
    item._change_reason = reason  # stored on the history row (simple-history)


def _save_with_edits(form, request: HttpRequest, status: str | None, reason: str) -> None:
    item = form.save(commit=False)
    if form.has_changed():
        item.edited_by_analyst = True
        reason = f"{reason}; edited {', '.join(form.changed_data)}"
    _mark_reviewed(item, request, status, reason)
    item.save()


@analyst_required
def index(request: HttpRequest) -> HttpResponse:
    meetings = visible_meetings(request.user).select_related("region", "official").order_by("-date", "-id")
    show = request.GET.get("show", "pending")
    if show == "pending":
        meetings = meetings.filter(
            has_items(Fact, status=ReviewStatus.PROPOSED) | has_items(Instruction, status=ReviewStatus.PROPOSED))
    failed = ExtractionRun.objects.filter(status=ExtractionRun.Status.FAILED, resolved=False).count()
    page = Paginator(meetings, ADMIN_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = attach_item_counts(list(page.object_list))
    return render(request, "records/admin/index.html", {
        "meetings": page, "show": show if show == "pending" else "all", "failed_count": failed,
    })


@analyst_required
def review(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("region", "official"), pk=meeting_id)
    sources = list(meeting.sources.select_related("page", "page__locale"))
    chosen = request.GET.get("page")
    source = next((s for s in sources if str(s.page_id) == chosen), None) or \
        next((s for s in sources if s.language == meeting.record_language), None) or \
        (sources[0] if sources else None)
    page = source.page if source else None
    text = live_object(page).source_text() if page else ""
    facts = list(meeting.facts.filter(source_page=page).select_related("indicator", "programme", "reviewed_by")) if page else []
    instructions = list(meeting.instructions.filter(source_page=page).select_related("region", "reviewed_by")) if page else []
    spans = [Span(f.span_start, f.span_end, "fact", f.pk, f.status)
             for f in facts if f.span_start is not None and f.span_end is not None]
    spans += [Span(i.span_start, i.span_end, "instruction", i.pk, i.status)
              for i in instructions if i.span_start is not None and i.span_end is not None]
    add_form = AddFactForm(source_text=text, prefix="add")
    language = source.language if source else meeting.record_language
    return render(request, "records/admin/review.html", {
        "meeting": meeting,
        "sources": sources,
        "source": source,
        "page": page,
        "language": language,
        "blocks": highlighted(text, spans),
        "facts": [(f, FactForm(instance=f, prefix=f"f{f.pk}", html_form=f"fact-{f.pk}"), _readable(f, language))
                  for f in facts],
        "instructions": [(i, InstructionForm(instance=i, prefix=f"i{i.pk}", html_form=f"instruction-{i.pk}"))
                         for i in instructions],
        "units": UNITS,
        "add_form": add_form,
        "meeting_form": MeetingForm(instance=meeting, prefix="meeting"),
        "runs": page.extraction_runs.all()[:5] if page else [],
        "panels": review_panels(request, meeting, page),
    })


def _readable(fact: Fact, language: str) -> str:
    """The stored value as people read it ("5 трлн ₸"), beside the raw-value editor."""
    if fact.value is None:
        return "—"
    return format_figure(fact.value, fact.unit, language, qualifier=fact.qualifier)


def _back(meeting_id: int, page_id: int | str | None, anchor: str = "") -> HttpResponse:
    url = reverse("records_admin:review", args=[meeting_id])
    if page_id:
        url += f"?page={page_id}"
    return redirect(url + anchor)


_ACTIONS = {"confirm": ReviewStatus.CONFIRMED, "reject": ReviewStatus.REJECTED,
            "reopen": ReviewStatus.PROPOSED, "save": None}


def _item_action(request: HttpRequest, item, form_class, prefix: str, anchor: str, label: str) -> HttpResponse:
    """Confirm, reject, reopen or correct one figure or instruction (issue 4, review)."""
    action = request.POST.get("action", "save")
    if action not in _ACTIONS:
        messages.error(request, f"Unknown action {action!r}.")
        return _back(item.meeting_id, item.source_page_id)
    status = _ACTIONS[action]
    form = form_class(request.POST, instance=item, prefix=prefix)
    if action in ("reject", "reopen"):
        _mark_reviewed(item, request, status, action)
        item.save()
    elif form.is_valid():
        _save_with_edits(form, request, status, action)
    else:
        errors = "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())
        messages.error(request, f"{label} was not saved: {errors}")
        return _back(item.meeting_id, item.source_page_id, anchor)
    messages.success(request, f"{label}: {action}.")
    return _back(item.meeting_id, item.source_page_id, anchor)


@analyst_required
@require_POST
def fact_action(request: HttpRequest, fact_id: int) -> HttpResponse:
    fact = get_object_or_404(Fact, pk=fact_id)
    return _item_action(request, fact, FactForm, f"f{fact.pk}", f"#row-fact-{fact.pk}", f"Figure «{fact.quote}»")


@analyst_required
@require_POST
def instruction_action(request: HttpRequest, instruction_id: int) -> HttpResponse:
    item = get_object_or_404(Instruction, pk=instruction_id)
    return _item_action(request, item, InstructionForm, f"i{item.pk}", f"#row-instruction-{item.pk}", "Instruction")


@analyst_required
@require_POST
def bulk_confirm(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    ids = request.POST.getlist("fact")
    instruction_ids = request.POST.getlist("instruction")
    done = 0
    with transaction.atomic():
        # Row by row (not queryset.update) so each change gets its history row.
        for item in [*meeting.facts.filter(pk__in=ids), *meeting.instructions.filter(pk__in=instruction_ids)]:
            if item.status == ReviewStatus.CONFIRMED:
                continue
            _mark_reviewed(item, request, ReviewStatus.CONFIRMED, "bulk confirm")
            item.save()
            done += 1
    messages.success(request, f"{done} item(s) confirmed.")
    return _back(meeting.pk, request.POST.get("page") or None)


@analyst_required
@require_POST
def add_fact(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    source = get_object_or_404(meeting.sources.select_related("page"), page_id=request.POST.get("page"))
    text = live_object(source.page).source_text()
    form = AddFactForm(request.POST, source_text=text, prefix="add")
    if not form.is_valid():
        errors = "; ".join(" ".join(str(e) for e in v) for v in form.errors.values())
        messages.error(request, f"The figure was not added: {errors}")
        return _back(meeting.pk, source.page_id)
    fact = form.save(commit=False)
    fact.meeting = meeting
    fact.source_page = source.page
    fact.edited_by_analyst = True
    _mark_reviewed(fact, request, ReviewStatus.CONFIRMED, "added by analyst")
    fact.save()
    messages.success(request, f"Figure «{fact.quote}» added and confirmed.")
    return _back(meeting.pk, source.page_id, f"#row-fact-{fact.pk}")


@analyst_required
@require_POST
def edit_meeting(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_id)
    form = MeetingForm(request.POST, instance=meeting, prefix="meeting")
    if form.is_valid():
        if form.has_changed():
            meeting = form.save(commit=False)
            meeting.edited_by_analyst = True
            meeting._change_reason = f"edited {', '.join(form.changed_data)}"
            meeting.save()
        messages.success(request, "Meeting saved.")
    else:
        errors = "; ".join(f"{k}: {' '.join(str(e) for e in v)}" for k, v in form.errors.items())
        messages.error(request, f"The meeting was not saved: {errors}")
    return _back(meeting.pk, request.POST.get("page") or None)


@analyst_required
def runs(request: HttpRequest) -> HttpResponse:
    show = request.GET.get("show", "failed")
    qs = ExtractionRun.objects.select_related("page", "meeting", "requested_by")
    if show == "failed":
        qs = qs.filter(status=ExtractionRun.Status.FAILED, resolved=False)
    return render(request, "records/admin/runs.html", {"runs": qs[:200], "show": show})


@analyst_required
@require_POST
def retry(request: HttpRequest, run_id: int) -> HttpResponse:
    run = get_object_or_404(ExtractionRun, pk=run_id)
    if not run.page.live:
        messages.error(request, f"«{run.page.title}» is not published: only live releases are extracted.")
        return redirect("records_admin:runs")
    schedule_extraction(run.page_id, "retry", force=True, user_id=request.user.pk)
    messages.success(request, f"Extraction of «{run.page.title}» queued again.")
    return redirect("records_admin:runs")


@analyst_required
@require_POST
def dismiss(request: HttpRequest, run_id: int) -> HttpResponse:
    ExtractionRun.objects.filter(pk=run_id).update(resolved=True)
    messages.success(request, "Failure dismissed.")
    return redirect("records_admin:runs")


@analyst_required
@require_POST
def extract_now(request: HttpRequest, page_id: int) -> HttpResponse:
    """Re-extract a live release on demand (e.g. after the engine improved)."""
    page = get_object_or_404(EventPage, pk=page_id)
    if not page.live:
        messages.error(request, "Only published releases are extracted.")
    else:
        schedule_extraction(page.pk, "retry", force=True, user_id=request.user.pk)
        messages.success(request, f"Extraction of «{page.title}» queued.")
    source = getattr(page, "record_source", None)
    if source is not None:
        return _back(source.meeting_id, page.pk)
    return redirect("records_admin:runs")

"""Oversight's use of the visibility rules of ``akorda.records.visibility``.

Nothing here decides who sees a record: that is ``visible_instructions`` and
friends (an officer sees their own region's instructions only). This module
decides which oversight *pages* open: a region's pages to staff (analysts,
administrators) and to that region's officers.
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from akorda.records.models import Instruction, ReviewStatus
from akorda.records.visibility import is_analyst, officer_region_id, visible_instructions

__all__ = [
    "can_open_region",
    "is_analyst",
    "officer_region_id",
    "region_instructions",
    "register_instructions",
    "require_region",
    "require_staff_or_officer",
]


def is_officer(user) -> bool:
    return officer_region_id(user) is not None


def can_open_region(user, region) -> bool:
    if is_analyst(user):
        return True
    return region is not None and officer_region_id(user) == region.pk


def require_region(user, region) -> None:
    if not can_open_region(user, region):
        raise PermissionDenied(_("This region's oversight pages are not open to you."))


def require_staff_or_officer(user) -> None:
    if not (is_analyst(user) or is_officer(user)):
        raise PermissionDenied(_("Oversight is open to analysts, administrators and regional officers."))


def in_region(region_id: int) -> Q:
    """An instruction's region is its own, or else its meeting's (as in visibility)."""
    return Q(region_id=region_id) | Q(region__isnull=True, meeting__region_id=region_id)


def register_instructions(user) -> QuerySet[Instruction]:
    """Instructions for the register: what ``visible_instructions`` allows (an
    officer: their own region only), less rejected ones; nothing for users
    outside oversight, though the public may read published ones elsewhere."""
    if not (is_analyst(user) or is_officer(user)):
        return Instruction.objects.none()
    return visible_instructions(user).exclude(status=ReviewStatus.REJECTED)


def region_instructions(user, region) -> QuerySet[Instruction]:
    return register_instructions(user).filter(in_region(region.pk))

"""Keyset (seek) pages: a page starts right after, or ends right before, one row's sort keys.

A deep OFFSET makes the database read and throw away every row before the
page, so its cost grows with the page's depth; a condition on the sort keys
lets the index start at the page. The API's lists (akorda.api.paging) and the
public events lists (akorda.press.listing) both page this way, so the
condition is built once, here, below both.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Expression, F, Q, QuerySet


@dataclass(frozen=True)
class Key:
    """One sort key of a list: its annotation name and value; the last key is the id.

    NULLs of a ``nullable`` key sort first in either direction, on every database:
    for a date descending that is PostgreSQL's own order, so its index on the
    column still serves the sort (a ``Coalesce`` would not)."""

    name: str
    expression: Expression | F
    descending: bool = False
    nullable: bool = False


def ordered(qs: QuerySet, keys: Sequence[Key], reverse: bool = False) -> QuerySet:
    """The list sorted by its keys, which ``after`` and ``start_of`` read back.

    ``reverse``: the exact opposite order (NULLs last), which reads the rows
    before a position nearest first; PostgreSQL walks the same index backwards.
    """
    qs = qs.annotate(**{k.name: k.expression for k in keys})
    by = []
    for k in keys:
        descending = k.descending != reverse
        nulls = ({"nulls_last": True} if reverse else {"nulls_first": True}) if k.nullable else {}
        by.append(F(k.name).desc(**nulls) if descending else F(k.name).asc(**nulls))
    return qs.order_by(*by)


def _same(key: Key, value: Any) -> Q:
    return Q(**{f"{key.name}__isnull": True}) if value is None else Q(**{key.name: value})


def _beyond(key: Key, value: Any) -> Q:
    """Rows after ``value`` on this key alone (NULLs come first, and compare with nothing)."""
    if value is None:
        return Q(**{f"{key.name}__isnull": False})
    return Q(**{f"{key.name}__{'lt' if key.descending else 'gt'}": value})


def _short_of(key: Key, value: Any) -> Q:
    """Rows before ``value`` on this key alone: nothing precedes a NULL, a NULL precedes any value."""
    if value is None:
        return Q(pk__in=[])
    condition = Q(**{f"{key.name}__{'gt' if key.descending else 'lt'}": value})
    return condition | Q(**{f"{key.name}__isnull": True}) if key.nullable else condition


def _bound(key: Key, value: Any, reverse: bool) -> Q:
    """The first key's side of ``value``, the same rows plus the ties: redundant with the
    condition, but a plain range the database can start its index scan from. Without
    it PostgreSQL reads the (locale, date) index from the top and filters the OR of
    the terms row by row: a deep page read every row before it (16,660 at page 1,667)."""
    if not reverse:
        return Q() if value is None else Q(**{f"{key.name}__{'lte' if key.descending else 'gte'}": value})
    if value is None:
        return Q(**{f"{key.name}__isnull": True})
    condition = Q(**{f"{key.name}__{'gte' if key.descending else 'lte'}": value})
    return condition | Q(**{f"{key.name}__isnull": True}) if key.nullable else condition


def after(qs: QuerySet, keys: Sequence[Key], values: Sequence[Any], reverse: bool = False) -> QuerySet:
    """Rows strictly after ``values`` in the order of ``keys``: (k1 beyond v1) or
    (k1 = v1 and k2 beyond v2) or ...; with ``reverse``, strictly before them."""
    step = _short_of if reverse else _beyond
    condition = Q()
    for i, key in enumerate(keys):
        same = Q()
        for k, v in zip(keys[:i], values[:i], strict=True):
            same &= _same(k, v)
        condition |= same & step(key, values[i])
    return qs.filter(_bound(keys[0], values[0], reverse)).filter(condition)

"""How the lists are paged: limit and offset, or after the last item of the previous page.

A deep OFFSET makes the database read and throw away every row before the
page (13 s for ``offset=900000`` at a million figures); ``after=<id>`` reads
that item's sort keys and the page starts right after them (keyset
pagination). django-ninja's own ``CursorPagination`` keys on one field and
skips duplicates of it with an offset, and answers in another shape
(``results``/``previous``); the lists here sort on several keys and keep their
``{"count", "items"}`` shape, so the keyset condition is built here. The
position is an item id rather than an opaque token so that the OpenAPI schema
can say exactly what is valid: any id of the list is, anything else is a 409.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from django.db.models import Expression, F, Q, QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination

from akorda.api.exports import FORMATS, export
from akorda.api.rows import flat
from akorda.core.cache import mark_cacheable

MAX_LIMIT = 500
# Deeper than any list will be for years (a million facts is 2,000 pages of 500);
# bounded so that offset + limit never overflows the databases' 64-bit OFFSET.
MAX_OFFSET = 10_000_000
MAX_ID = 2**63 - 1


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


def ordered(qs: QuerySet, keys: Sequence[Key]) -> QuerySet:
    """The list sorted by its keys, which ``after`` and ``start_of`` read back."""
    qs = qs.annotate(**{k.name: k.expression for k in keys})
    by = []
    for k in keys:
        nulls = {"nulls_first": True} if k.nullable else {}
        by.append(F(k.name).desc(**nulls) if k.descending else F(k.name).asc(**nulls))
    return qs.order_by(*by)


def _same(key: Key, value: Any) -> Q:
    return Q(**{f"{key.name}__isnull": True}) if value is None else Q(**{key.name: value})


def _beyond(key: Key, value: Any) -> Q:
    """Rows after ``value`` on this key alone (NULLs come first, and compare with nothing)."""
    if value is None:
        return Q(**{f"{key.name}__isnull": False})
    return Q(**{f"{key.name}__{'lt' if key.descending else 'gt'}": value})


def after(qs: QuerySet, keys: Sequence[Key], values: Sequence[Any]) -> QuerySet:
    """Rows strictly after ``values`` in the order of ``keys``: (k1 beyond v1) or
    (k1 = v1 and k2 beyond v2) or ..."""
    condition = Q()
    for i, key in enumerate(keys):
        same = Q()
        for k, v in zip(keys[:i], values[:i], strict=True):
            same &= _same(k, v)
        condition |= same & _beyond(key, values[i])
    return qs.filter(condition)


def start_of(qs: QuerySet, keys: Sequence[Key], after: int) -> list[Any]:
    """The sort keys of the row ``after`` names, which must be in the caller's own list."""
    values = qs.filter(pk=after).values_list(*(k.name for k in keys)).first()
    if values is None:
        # 409, not 404: the item may have left the list since the previous page (unpublished,
        # deleted), and a 404 on an unprefixed path is redirected by LocaleMiddleware.
        raise HttpError(409, f"after={after}: no item with this id in this list (for this caller and these "
                             "filters); start again without after=")
    return list(values)


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_LIMIT, description="items per page")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="items to skip (after ``after`` when given)")


PAGINATOR = Pagination(max_limit=MAX_LIMIT)


class ListParams(Pagination.Input):
    format: Literal["json", "csv", "xlsx"] = Field(
        "json", description="csv and xlsx give the whole filtered list as a file; the paging parameters "
                            "are checked but do not apply")


class KeysetParams(ListParams):
    after: int | None = Field(
        None, ge=1, le=MAX_ID,
        description="start after the item with this id (the ``next`` of the previous page): deep pages are "
                    "as quick as the first this way, not with offset; 409 when the item is not in the list; "
                    "such pages are not counted (``count`` is null)")
    count: bool = Field(
        True, description="false: do not count the filtered list (``count`` is null); counting reads the whole "
                          "list, which at a million figures costs more than the page itself")


def paginate(request: HttpRequest, qs: QuerySet, keys: Sequence[Key] | None, params: ListParams,
             row: Callable[[Any], dict], schema: type[Schema], name: str, fmt: str | None = None):
    """One page as JSON, or the whole list as a streamed file (the rows are read in chunks).

    ``qs`` is sorted by ``keys`` (``ordered``), whose last one is the id; a list
    without keys pages by limit and offset only."""
    after_id = getattr(params, "after", None)
    start = start_of(qs, keys, after_id) if keys and after_id else None
    fmt = fmt or params.format
    if fmt in FORMATS:
        columns = list(schema.model_fields)
        return export((flat(row(obj)) for obj in qs.iterator(chunk_size=500)), columns, fmt, name)
    mark_cacheable("events", "records")  # anonymous callers only: akorda.core.cache
    count: int | None = None
    if not keys or (start is None and getattr(params, "count", True)):
        # Our Input (narrower limits) is not a subclass of ninja's; ninja reads only limit and offset.
        page = PAGINATOR.paginate_queryset(qs, pagination=params, request=request)  # type: ignore[arg-type]
        count, items = page["count"], list(page["items"])
        more = params.offset + len(items) < count
    else:
        # Not counted: one row more than the page says whether another follows.
        rest = after(qs, keys, start) if start is not None else qs
        items = list(rest[params.offset:params.offset + params.limit + 1])
        more = len(items) > params.limit
        items = items[:params.limit]
    out = {"count": count, "items": [row(obj) for obj in items]}
    if keys:
        out["next"] = items[-1].pk if more and items else None
    return out

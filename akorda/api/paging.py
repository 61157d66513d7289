"""How the lists are paged: limit and offset, or after the last item of the previous page.

A deep OFFSET makes the database read and throw away every row before the
page (13 s for ``offset=900000`` at a million figures); ``after=<id>`` reads
that item's sort keys and the page starts right after them (keyset
pagination; the condition is akorda.core.keyset, shared with the public
lists). django-ninja's own ``CursorPagination`` keys on one field and skips
duplicates of it with an offset, and answers in another shape (``results``/``previous``); the lists here sort on several keys and keep their
``{"count", "items"}`` shape, so the keyset condition is our own. The
position is an item id rather than an opaque token so that the OpenAPI schema
can say exactly what is valid: any id of the list is, anything else is a 409.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import LimitOffsetPagination

from akorda.api.exports import FORMATS, export
from akorda.api.rows import flat
from akorda.core.cache import mark_cacheable
from akorda.core.keyset import Key, after

MAX_LIMIT = 500
# Deeper than any list will be for years (a million facts is 2,000 pages of 500);
# bounded so that offset + limit never overflows the databases' 64-bit OFFSET.
MAX_OFFSET = 10_000_000
MAX_ID = 2**63 - 1


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

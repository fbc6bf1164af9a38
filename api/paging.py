"""List envelopes `{count, next, previous, results}` whose page links are absolute URLs."""
from typing import Any

from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.pagination import PaginationBase

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
PAST_THE_END = "没有这一页 (no such page)"


def page_link(request, number):
    """This request's absolute URL at page `number` (page 1 has no `page` parameter)."""
    query = request.GET.copy()
    query.pop("page", None)
    if number > 1:
        query["page"] = str(number)
    encoded = query.urlencode()
    return request.build_absolute_uri(request.path + (f"?{encoded}" if encoded else ""))


def links(request, page, pages):
    """(next, previous) of page `page` out of `pages`; a page past the end is a 404."""
    if page > max(1, pages):
        raise HttpError(404, PAST_THE_END)
    return (page_link(request, page + 1) if page < pages else None, page_link(request, page - 1) if page > 1 else None)


class Envelope(PaginationBase):
    """Django-ninja paging: `?page=` from 1 and `?page_size=` up to MAX_PAGE_SIZE."""

    class Input(Schema):
        page: int = Field(1, ge=1)
        page_size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)

    class Output(Schema):
        count: int
        next: str | None
        previous: str | None
        results: list[Any]

    items_attribute = "results"

    def paginate_queryset(self, queryset, pagination, request, **params):
        count = self._items_count(queryset)
        size = pagination.page_size
        following, preceding = links(request, pagination.page, -(-count // size))
        start = (pagination.page - 1) * size
        return {"count": count, "next": following, "previous": preceding, "results": queryset[start:start + size]}


class LazyPage:
    """A query serialised only where it is sliced: paging counts it, then reads one page."""

    def __init__(self, queryset, serialise):
        self.queryset, self.serialise = queryset, serialise

    def __len__(self):
        return self.queryset.count()

    def __getitem__(self, window):
        return [self.serialise(item) for item in self.queryset[window]]

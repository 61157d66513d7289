"""Reference data in the admin: officials and their tenures (editable by analysts), regions."""
from __future__ import annotations

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from akorda.regions.models import Official, Region, Tenure


class OfficialViewSet(SnippetViewSet):
    model = Official
    icon = "user"
    list_display = ["name_en", "name_ru", "slug", "is_demo"]
    search_fields = ["name_en", "name_ru", "name_kk", "aliases"]


class TenureViewSet(SnippetViewSet):
    model = Tenure
    icon = "date"
    list_display = ["official", "position_en", "region", "start", "end"]
    list_filter = ["region"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name_en", "name_ru", "kind", "kato", "valid_from", "valid_to"]
    search_fields = ["name_en", "name_ru", "name_kk", "canonical"]


class ReferenceGroup(SnippetViewSetGroup):
    menu_label = "Reference data"
    menu_icon = "folder-open-inverse"
    menu_order = 260
    items = (OfficialViewSet, TenureViewSet, RegionViewSet)


register_snippet(ReferenceGroup)

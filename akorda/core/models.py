"""Site-wide settings the press service edits in the admin."""
from __future__ import annotations

from django.db import models
from django.utils import translation
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """The header every page carries: the national emblem and the site title.

    The emblem is an image the press service uploads; until it does, templates
    fall back to the neutral placeholder drawn by the team (static/core/emblem.svg).
    """

    emblem = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title_kk = models.CharField(max_length=200, default="Қазақстан Республикасы Президентінің ресми сайты")
    title_ru = models.CharField(max_length=200, default="Официальный сайт Президента Республики Казахстан")
    title_en = models.CharField(max_length=200, default="Official website of the President of the Republic of Kazakhstan")

    panels = [FieldPanel("emblem"), FieldPanel("title_kk"), FieldPanel("title_ru"), FieldPanel("title_en")]

    class Meta:
        verbose_name = "site identity"

    def title(self, language: str | None = None) -> str:
        language = (language or translation.get_language() or "kk")[:2]
        return getattr(self, f"title_{language}", None) or self.title_kk

"""Who may see what in oversight: a regional officer is bound to one region."""
from __future__ import annotations

from django.conf import settings
from django.db import models


class OfficerProfile(models.Model):
    """Binds a regional administration's officer to their region (issue 5).

    Visibility rules everywhere (pages, admin, API, exports) read this through
    ``akorda.records.visibility``; a user without a profile is not an officer.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer_profile")
    region = models.ForeignKey("regions.Region", on_delete=models.PROTECT, related_name="officers")

    def __str__(self) -> str:
        return f"{self.user} ({self.region})"

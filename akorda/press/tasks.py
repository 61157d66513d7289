"""Periodic work of the website, run by the task scheduler (settings.PERIODIC_TASKS)."""
from __future__ import annotations

import io

from django.core.management import call_command
from django_tasks import task


@task()
def publish_scheduled() -> str:
    """Wagtail's own ``publish_scheduled``: pages whose go-live time came are
    published, expired ones unpublished. Called through its command because that
    command is Wagtail's public interface for it."""
    out = io.StringIO()
    call_command("publish_scheduled", stdout=out)
    return out.getvalue()[-2000:]

"""``manage.py setup_press``: the site tree and the moderation workflow, for production.

Run after ``migrate``; idempotent. It creates no accounts (``load_demo`` does,
on development machines only).
"""
from __future__ import annotations

from django.core.management.base import BaseCommand

from akorda.press.workflow import ensure_moderation_workflow


class Command(BaseCommand):
    help = "Create the per-locale site tree, the press groups and the two-step moderation workflow if missing."

    def handle(self, *args, **options) -> None:
        moderation = ensure_moderation_workflow()
        self.stdout.write(f"Workflow «{moderation.workflow.name}»: editors in «{moderation.editors.name}» submit, "
                          f"«{moderation.secretaries.name}» approve and publish.")

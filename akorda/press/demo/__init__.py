"""Demo content: releases the team wrote in the genre of the site, and demo accounts.

Every release under ``releases/`` is invented (names, figures, events) and is
imported with ``is_demo=True``, so the site marks it as demo content. Files
named ``NN.<lang>.txt`` with the same ``NN`` are one event in several
languages (see ``akorda.press.importing``). Event ``13`` has a deliberate
mismatch for the three-language check (issue 8): its kk version says «5 млрд»
where ru and en say 5 trillion.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from akorda.press.importing import ImportReport, import_paths
from akorda.press.workflow import EDITORS, SECRETARIES, ensure_moderation_workflow

RELEASES = Path(__file__).resolve().parent / "releases"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    group: str
    role: str


# Fixed, printed passwords: these accounts exist only on development machines
# (load_demo refuses to run with DEBUG off unless forced).
ACCOUNTS = (
    DemoAccount("demo-editor", "demo-editor-pass", EDITORS, "editor: writes events and submits them"),
    DemoAccount("demo-secretary", "demo-secretary-pass", SECRETARIES, "press secretary: approves and publishes"),
)
# Reserved for the records and oversight work (issue 3 onwards): not created here.
RESERVED_USERNAMES = ("demo-analyst", "demo-officer")


def ensure_demo_accounts() -> list[DemoAccount]:
    """Create the demo accounts, or reset them to the printed password and group."""
    from django.contrib.auth.models import Group

    User = get_user_model()
    with transaction.atomic():
        for account in ACCOUNTS:
            user, _ = User.objects.get_or_create(username=account.username)
            user.set_password(account.password)
            user.is_active = True
            user.save()
            user.groups.add(Group.objects.get(name=account.group))
    return list(ACCOUNTS)


def load_demo(*, on_result=None) -> ImportReport:
    """Site structure, moderation workflow, demo releases and accounts; safe to run again."""
    ensure_moderation_workflow()
    report = import_paths([RELEASES], demo=True, on_result=on_result)
    ensure_demo_accounts()
    return report

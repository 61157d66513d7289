"""The oversight demo's accounts and the banner `make run` ends with (issue 11, part 6)."""
from __future__ import annotations

from django.conf import settings

from akorda.oversight.roles import ANALYSTS, REGIONAL_OFFICERS
from akorda.press.demo import ACCOUNTS, DemoAccount

# Fixed development passwords, like the press demo's: load_oversight_demo runs
# only with DEBUG on (or --force), so they never reach a public site by accident.
OVERSIGHT_ACCOUNTS = (
    DemoAccount("demo-analyst", "demo-analyst-pass", ANALYSTS, "analyst: reviews release records, oversight"),
    DemoAccount("demo-officer", "demo-officer-pass", REGIONAL_OFFICERS, "regional officer: one region's oversight"),
)
DEMO_PASSWORDS = {a.username: a.password for a in OVERSIGHT_ACCOUNTS}


def banner() -> str:
    """Where the demo site is and how to sign in: the last lines of `make run`."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    accounts = [*ACCOUNTS, *OVERSIGHT_ACCOUNTS]
    width = max(len(a.username) for a in accounts)
    return "\n".join([
        "",
        "=" * 72,
        f"  Akorda demo site   {base}/ru/  {base}/kk/  {base}/en/",
        f"  Admin              {base}/admin/",
        f"  Oversight          {base}/ru/oversight/",
        "  Demo accounts (development only, DEBUG on):",
        *(f"    {a.username:<{width}}  password: {a.password:<20}  {a.role}" for a in accounts),
        "=" * 72,
    ])

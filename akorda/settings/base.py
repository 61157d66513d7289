"""Settings shared by every environment; each value comes from the environment.

The pattern follows environs' Django example: base reads everything, and the
dev/test modules only pre-seed *safe* defaults before importing it. Every
variable is listed in ``.env.example``.
"""
from __future__ import annotations

from pathlib import Path

from environs import Env

env = Env()
env.read_env()  # a local .env, when present; real environments set variables

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env.str("SECRET_KEY")  # no default: production must set it
DEBUG = env.bool("DEBUG", False)
ALLOWED_HOSTS: list[str] = env.list("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS: list[str] = env.list("CSRF_TRUSTED_ORIGINS", [])
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "akorda.core",
    "akorda.press",
    "akorda.regions",
    "akorda.records",
    "akorda.oversight",
    "akorda.api",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
    "simple_history",
    "ninja",  # serves the API docs' Swagger UI from our static files, not a CDN
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A NUL byte in a query, path or form is a 400 here, never a database error (issue 10).
    "akorda.core.middleware.RejectControlCharactersMiddleware",
    # ETag checks (If-None-Match -> 304) on every response, cached ones included.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous public pages from the shared cache (issue 9); after LocaleMiddleware,
    # which picks the language the cache key holds.
    "akorda.core.cache.PublicCacheMiddleware",
    # What every render asks about the site (Site, locales, identity, structure pages), read
    # in one cache round trip; after the page cache, so a cached page never reads it.
    "akorda.core.sitecache.SiteSnapshotMiddleware",
    # Wagtail's page routing from that snapshot's structure pages (one query: the event).
    "akorda.press.sitepages.RouteFromSnapshotMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Records the request user on history rows of figures, instructions, officials (issue 4).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Content-Security-Policy (issue 5): strict on the site, widened under /admin/ only.
    "akorda.oversight.middleware.AdminAwareCSPMiddleware",
    # Login throttling (issue 5); django-axes asks to be the last middleware.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env.bool("AXES_ENABLED", True)
# Off: axes prints a start-up line in every process, and `make run`'s scheduler starts two a minute.
AXES_VERBOSE = env.bool("AXES_VERBOSE", False)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", 1.0)  # hours
# Lock the user name tried from an address, so one office's NAT does not lock everyone.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

# Reverse proxies in front of Django that append the client's address to
# X-Forwarded-For (nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for):
# 1 behind the documented nginx, 0 when clients reach Django directly. Without it every
# client would have the proxy's address, and five wrong passwords from anyone would
# lock an editor out. The nearest proxy is REMOTE_ADDR, so X-Forwarded-For holds the
# client and TRUSTED_PROXY_COUNT - 1 further proxies; entries left of the client are
# whatever the client sent and are never trusted.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ValueError("TRUSTED_PROXY_COUNT must be 0 or more")
# django-axes reads the address with django-ipware.
AXES_IPWARE_PROXY_ORDER = "left-most"
AXES_IPWARE_PROXY_COUNT = max(TRUSTED_PROXY_COUNT - 1, 0)
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if TRUSTED_PROXY_COUNT else ("REMOTE_ADDR",)
)
# Longer chains (a client's own X-Forwarded-For) still give the client at its fixed place.
IPWARE_STRICT = False
# django-ninja's throttles read the same chain.
NINJA_NUM_PROXIES = TRUSTED_PROXY_COUNT
# Anonymous callers of the read API, per address: pages, and whole-list files (issue 10).
API_ANON_RATE = env.str("API_ANON_RATE", "120/m")
API_EXPORT_RATE = env.str("API_EXPORT_RATE", "10/m")

LOGIN_URL = "oversight:login"

# Our own origin only: no CDN, no inline script or style on public and oversight pages.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# The admins (Wagtail, Django) use inline scripts and styles and blob: previews.
CSP_ADMIN_PREFIXES = ["/admin/", "/django-admin/"]
# The admin's upgrade check would call releases.wagtail.org from every editor's browser:
# no third-party origin is allowed (CSP above); upgrades are the team's, via requirements.
WAGTAIL_ENABLE_UPDATE_CHECK = False
CSP_ADMIN_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}

ROOT_URLCONF = "akorda.urls"
WSGI_APPLICATION = "akorda.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "akorda" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; production points DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": env.dj_db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default is shared by the web server, the task worker, the scheduler and
    # management commands (issue 13). Following Django's SQLite notes (5.1+): WAL lets readers
    # run beside one writer; IMMEDIATE transactions take the write lock at BEGIN, so a
    # transaction waits its turn instead of failing on a read-to-write upgrade, which the busy
    # timeout cannot retry; the timeout (seconds) outlasts the longest write, a demo load or a
    # large import.
    _sqlite_timeout = env.int("SQLITE_BUSY_TIMEOUT", 60)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": _sqlite_timeout,
            "transaction_mode": "IMMEDIATE",
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                f"PRAGMA busy_timeout={_sqlite_timeout * 1000}; PRAGMA foreign_keys=ON; "
                "PRAGMA temp_store=MEMORY; PRAGMA journal_size_limit=67108864"
            ),
        }
    )
else:
    # PostgreSQL: each process keeps its connection across requests and tasks (no connect
    # per request), checked before reuse so a restarted server costs one failed ping, not
    # an error page. 0 closes after each request (e.g. behind PgBouncer in transaction mode).
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", 300)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Kazakh is the state language and the site's default (Constitution, art. 7);
# Russian and English follow. Every public URL carries its language prefix.
LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin in the three languages (Account > Preferences). Wagtail ships no
# Kazakh catalogue: in kk its own screens fall back to English, while Django's
# strings (validation, dates) and this project's labels are Kazakh.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "akorda" / "locale"]
TIME_ZONE = env.str("TIME_ZONE", "Asia/Almaty")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", BASE_DIR / "static_collected")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Execution reports' attachments (oversight): outside MEDIA_ROOT, served by a checking view.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env.path("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"), "base_url": None},
    },
}

# The shared cache (issue 9): Redis in production (CACHE_URL=redis://host:6379/0),
# files under the project for `make run`, so the web and worker processes share it.
from akorda.core.cache import parse_cache_url  # noqa: E402

CACHE_URL = env.str("CACHE_URL", f"file://{BASE_DIR / '.cache' / 'django'}")
# "pages" holds the public pages; the same server by default, its own so tests can turn it off alone.
CACHES = {
    "default": parse_cache_url(CACHE_URL),
    "pages": parse_cache_url(env.str("PAGE_CACHE_URL", CACHE_URL)),
}
PAGE_CACHE_ALIAS = "pages"
# Anonymous public responses: how long the shared cache keeps them (invalidation
# drops them earlier) and how long a proxy or browser may (purged through
# WAGTAILFRONTENDCACHE below, so only menus of other pages can lag that long).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", 3600)
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", 60)
PAGE_CACHE_CLOCK_SKEW = env.float("PAGE_CACHE_CLOCK_SKEW", 1.0)  # seconds between web machines' clocks
# A proxy in front (deploy/nginx/: nginx with the cache-purge module): Wagtail's frontend
# cache app sends it PURGE requests for the pages a change touches.
# Comma-separated: one purge listener per web machine's cache.
FRONTEND_CACHE_URLS: list[str] = env.list("FRONTEND_CACHE_URL", [])
WAGTAILFRONTENDCACHE = {
    "default" if i == 0 else f"proxy{i}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    for i, url in enumerate(FRONTEND_CACHE_URLS)
}

WAGTAIL_SITE_NAME = "Akorda"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# Background work goes through Django's tasks API (django-tasks). Production runs
# it on RQ (Redis): workers on any number of machines, reconnecting after a Redis
# or PostgreSQL restart (docs/tasks.md says why RQ). `make run` keeps the database
# backend, which needs no extra server. Both send a task when its transaction
# commits, once per distinct call (akorda/core/tasks.py).
TASKS_BACKEND = env.str("TASKS_BACKEND", "akorda.core.tasks.DatabaseBackend")
TASKS_QUEUE = env.str("TASKS_QUEUE", "default")
TASKS = {
    "default": {
        "BACKEND": TASKS_BACKEND,
        "QUEUES": [TASKS_QUEUE],
        "OPTIONS": {"DEFAULT_QUEUE": TASKS_QUEUE},
    }
}
RQ_QUEUES = {
    TASKS_QUEUE: {
        "URL": env.str("TASKS_REDIS_URL", "redis://127.0.0.1:6379/0"),
        # A job running longer is stopped and failed; an extraction takes seconds.
        "DEFAULT_TIMEOUT": env.int("TASKS_JOB_TIMEOUT", 300),
        # Wait this long for Redis on connect; the worker retries after a restart.
        "CONNECTION_KWARGS": {"socket_connect_timeout": 5, "health_check_interval": 30},
    }
}
# /healthz reports "degraded" (still 200) when more tasks than this wait.
HEALTH_MAX_BACKLOG = env.int("HEALTH_MAX_BACKLOG", 5000)
# RQ workers run jobs in their own process (akorda.core.tasks.Worker); true: RQ's
# forking worker, a work-horse per job (two of them drained half as much, docs/benchmarks.md).
TASKS_WORKER_FORK = env.bool("TASKS_WORKER_FORK", False)
# Called by `manage.py task_worker` before it starts working: what every job needs loaded.
TASKS_WORKER_WARMUP = ["akorda.records.engine.warm_up"]
# An extraction still "running" after this long lost its worker: the reaper marks it
# failed so analysts see it with Retry. Longer than TASKS_JOB_TIMEOUT on purpose.
EXTRACTION_LEASE_SECONDS = env.int("EXTRACTION_LEASE_SECONDS", 900)
# Periodic jobs: (task, every N seconds). RQ's cron scheduler (`manage.py
# task_scheduler` under RQ) enqueues them; under `make run` the same command
# runs them from a Python loop through the database backend.
PERIODIC_TASKS = [
    ("akorda.press.tasks.publish_scheduled", 60),
    ("akorda.oversight.tasks.mark_overdue", 3600),
    ("akorda.records.tasks.reap_stale_runs", 60),
    ("akorda.records.tasks.reconcile_extractions", 600),
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", not DEBUG)

# Moderation notices (Wagtail's workflow e-mails) and error mails: EMAIL_URL, e.g.
# smtp+tls://user:password@smtp.example.kz:587 (dj-email-url); the console by default.
vars().update(env.dj_email_url("EMAIL_URL", default="console://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "akorda@localhost")
SERVER_EMAIL = env.str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# LOG_FORMAT=json: one JSON object per line on stderr (python-json-logger), for an
# operator's log shipper; "text" for people at a terminal.
LOG_FORMAT = env.str("LOG_FORMAT", "text")
LOG_FORMATTERS = {
    "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s", "datefmt": "%Y-%m-%dT%H:%M:%S%z"},
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s",
        "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger", "process": "pid"},
    },
}
if LOG_FORMAT not in LOG_FORMATTERS:
    raise ValueError(f"LOG_FORMAT must be one of {', '.join(LOG_FORMATTERS)}, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"main": LOG_FORMATTERS[LOG_FORMAT]},
    # The task worker's start/finish line per task stays off the console below
    # TASKS_LOG_LEVEL (failures are logged at ERROR and always shown).
    "filters": {"quiet_tasks": {"()": "akorda.core.logging.QuietRoutine",
                                "level": env.str("TASKS_LOG_LEVEL", "WARNING")}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["quiet_tasks"], "formatter": "main"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", "INFO")},
    # Wagtail logs every page action at INFO; the audit trail is its own log table.
    "loggers": {
        "wagtail": {"level": env.str("WAGTAIL_LOG_LEVEL", "WARNING")},
        # WeasyPrint (briefing PDFs) logs every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # The HTML reader's libraries log their own view of every page they find no text
        # in; the importer reports the reason itself, one line per file (issue 10).
        **{name: {"level": env.str("HTML_PARSER_LOG_LEVEL", "CRITICAL")}
           for name in ("trafilatura", "htmldate", "courlan", "justext")},
    },
}

"""Settings for Factcheck Workbench, read from the environment (and an optional `.env` file).

Check out the code and it works: without any variable set, the app runs in development mode on
an SQLite database in `var/`. Production sets at least DEBUG=false, SECRET_KEY, ALLOWED_HOSTS and
DATABASE_URL (PostgreSQL).
"""

import os
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"
(VAR_DIR / "static").mkdir(parents=True, exist_ok=True)

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    # Background work (claims/tasks.py): Django's Tasks API (the django-tasks backport), run by the
    # database backend's worker or by RQ workers on Redis (FACTCHECK_TASKS_BACKEND below).
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    # The JSON API (claims/api/): Django REST framework, its schema, Swagger UI's files.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "claims",
]

MIDDLEWARE = [
    "claims.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The interface speaks English or Dutch: the switcher's choice, else the browser's preference.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every page needs a login unless its view is marked @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # An account without a role sees a page that says so, and nothing else.
    "claims.middleware.NoRoleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A request declaring a body over the limit is refused before anything reads it.
    "claims.middleware.RequestSizeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    # Failed logins per address (claims/throttle.py), before django-axes looks at the username.
    "claims.middleware.LoginThrottleMiddleware",
    # Last, as django-axes asks: it turns locked-out logins into its lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling: after 5 failed attempts for a username from one address, wait an hour.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 1  # hours
# The hour runs from the lockout: attempts while locked out do not start it again.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# And per address, whatever the usernames (claims/throttle.py): this many failed logins in a fixed
# window of this many minutes, then the address waits for the next window.
FACTCHECK_LOGIN_FAILURES_PER_ADDRESS = env.int("FACTCHECK_LOGIN_FAILURES_PER_ADDRESS", default=20)
FACTCHECK_LOGIN_ADDRESS_WINDOW_MINUTES = env.int("FACTCHECK_LOGIN_ADDRESS_WINDOW_MINUTES", default=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env.int("PROXY_COUNT", default=0) or None

# No inline script anywhere, no third-party origin: every asset is served by this app.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factcheck" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "claims.context_processors.inbox",
            ],
        },
    },
]

DATABASE_URL = env.str("DATABASE_URL", default="") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not shared-cache memory, so threads in tests queue on the busy timeout like real clients.
    # One file per test run, so two runs on one machine never share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
    # WAL lets readers work while one writer writes; IMMEDIATE takes the write lock at the start of
    # a transaction so two writers queue on the busy timeout instead of failing half-way.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Behind PgBouncer in transaction pooling mode a server-side cursor (QuerySet.iterator()) cannot
    # outlive its transaction's server connection: set DISABLE_SERVER_SIDE_CURSORS=true there.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env.bool(
        "DISABLE_SERVER_SIDE_CURSORS", default=False
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "claims:dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Unambiguous dates in both languages (factcheck/formats/<lang>/formats.py).
FORMAT_MODULE_PATH = ["factcheck.formats"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [
    BASE_DIR / "factcheck" / "static",
    # Front-end packages come from the npm registry (`npm ci`) and are served locally: no CDN.
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("vendor/chartjs", BASE_DIR / "node_modules" / "chart.js" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if DEBUG:
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

# Sessions end after 12 hours, or when the browser closes if SESSION_EXPIRE_AT_BROWSER_CLOSE is set.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=12 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env.bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", default=False)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Load balancers probe the app servers over plain HTTP: a redirect to HTTPS would read as "down".
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if not DEBUG:
    # Production runs behind a TLS-terminating proxy that sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)

# Uploads: an article file may be at most this many bytes; larger requests are refused early.
FACTCHECK_MAX_UPLOAD_BYTES = env.int("FACTCHECK_MAX_UPLOAD_BYTES", default=5 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = FACTCHECK_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = FACTCHECK_MAX_UPLOAD_BYTES

# Verified and disputed verdicts need at least one evidence link while this is on.
FACTCHECK_REQUIRE_EVIDENCE = env.bool("FACTCHECK_REQUIRE_EVIDENCE", default=True)
# Longest article body accepted, in characters.
FACTCHECK_MAX_ARTICLE_CHARS = env.int("FACTCHECK_MAX_ARTICLE_CHARS", default=1_000_000)

# Publishing. Chief editors publish verdicts; with this on, reviewers may publish too.
FACTCHECK_REVIEWERS_MAY_PUBLISH = env.bool("FACTCHECK_REVIEWERS_MAY_PUBLISH", default=False)
# Four eyes: verdicts with these statuses need a second person's confirmation before publishing.
FACTCHECK_FOUR_EYES = env.list("FACTCHECK_FOUR_EYES", default=["disputed"])
# Who publishes: the `author` of every ClaimReview.
FACTCHECK_ORGANISATION = env.str("FACTCHECK_ORGANISATION", default="Factcheck Workbench")
FACTCHECK_ORGANISATION_URL = env.str("FACTCHECK_ORGANISATION_URL", default="")

# Signed audit checkpoints (claims/checkpoints.py, DEPLOY.md): written into this directory, signed
# with FACTCHECK_AUDIT_KEY, or the key in FACTCHECK_AUDIT_KEY_FILE (made on first use when missing;
# production keeps it away from the database and its backups). One every N events, and when an
# event comes more than M minutes after the last one (0 turns either off).
FACTCHECK_AUDIT_CHECKPOINT_DIR = env.path(
    "FACTCHECK_AUDIT_CHECKPOINT_DIR", default=VAR_DIR / "audit-checkpoints"
)
FACTCHECK_AUDIT_KEY = env.str("FACTCHECK_AUDIT_KEY", default="")
FACTCHECK_AUDIT_KEY_FILE = env.path("FACTCHECK_AUDIT_KEY_FILE", default=VAR_DIR / "audit-checkpoint.key")
FACTCHECK_AUDIT_CHECKPOINT_EVERY = env.int("FACTCHECK_AUDIT_CHECKPOINT_EVERY", default=1000)
FACTCHECK_AUDIT_CHECKPOINT_MINUTES = env.int("FACTCHECK_AUDIT_CHECKPOINT_MINUTES", default=60)

# E-mail for notifications: printed to the console in development; set EMAIL_URL (for example
# smtp://user:password@mail.example.org:587) in production.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="factcheck@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"refusals_briefly": {"()": "claims.logfilters.RefusalsBriefly"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["refusals_briefly"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Django's own console handler (DEBUG) printed every django.* record a second time through the
    # root handler: one handler, the root's.
    "loggers": {"django": {"handlers": [], "level": "INFO", "propagate": True}},
}

# Background work (README "Background work, feeds and links", DEPLOY.md). FACTCHECK_TASKS_BACKEND
# chooses who runs the tasks: "database" (the default: tasks wait in a table of this database and
# `manage.py run_worker` runs them; nothing else to install) or "rq" (Redis at REDIS_URL, workers
# started the same way on as many machines as wanted). Tests use "immediate" unless they say so.
FACTCHECK_TASKS_BACKEND = env.str("FACTCHECK_TASKS_BACKEND", default="database").lower()
REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
# The queue this app's tasks go to (one name for both backends).
FACTCHECK_TASKS_QUEUE = env.str("FACTCHECK_TASKS_QUEUE", default="default")
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
if FACTCHECK_TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"FACTCHECK_TASKS_BACKEND is “{FACTCHECK_TASKS_BACKEND}”: use one of {', '.join(_TASK_BACKENDS)}."
    )
TASKS = {
    "default": {
        "BACKEND": _TASK_BACKENDS[FACTCHECK_TASKS_BACKEND],
        "QUEUES": [FACTCHECK_TASKS_QUEUE],
    }
}
RQ_QUEUES = {FACTCHECK_TASKS_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
# RQ workers run django-tasks' jobs with its job class (it calls the task's function).
RQ = {"JOB_CLASS": "django_tasks_rq.backend.Job"}
# `run_worker`'s RQ worker runs tasks in its own process (SimpleWorker: 3 times the throughput of
# RQ's default, which forks a process per task); "rq.worker.Worker" isolates each task instead.
FACTCHECK_RQ_WORKER_CLASS = env.str("FACTCHECK_RQ_WORKER_CLASS", default="rq.worker.SimpleWorker")
# A job that fails (the worker died, the database was away) is tried again this many times in all,
# waiting FACTCHECK_JOB_BACKOFF_SECONDS, then 4 times that, then 16 times... between attempts.
FACTCHECK_JOB_MAX_ATTEMPTS = env.int("FACTCHECK_JOB_MAX_ATTEMPTS", default=3)
FACTCHECK_JOB_BACKOFF_SECONDS = env.float("FACTCHECK_JOB_BACKOFF_SECONDS", default=30)
# Articles of an upload job written per transaction (and per progress step on its page).
FACTCHECK_JOB_BATCH_SIZE = env.int("FACTCHECK_JOB_BATCH_SIZE", default=100)
# New items taken from one poll of a feed at most (the rest come with the next polls).
FACTCHECK_FEED_MAX_ITEMS = env.int("FACTCHECK_FEED_MAX_ITEMS", default=1000)
# A feed is polled at most this often, whatever its interval says.
FACTCHECK_FEED_MIN_INTERVAL_MINUTES = env.int("FACTCHECK_FEED_MIN_INTERVAL_MINUTES", default=5)
# An upload with more articles than this (a JSONL file, several files) is imported in the
# background as a job with its own page; smaller ones are imported at once, as before.
FACTCHECK_SYNC_IMPORT_MAX_ARTICLES = env.int("FACTCHECK_SYNC_IMPORT_MAX_ARTICLES", default=20)

# Fetching from outside (claims/netfetch.py: feeds, links, webhooks). Only public addresses are
# fetched, except the hosts named here (host names, addresses or networks: a newsroom's own CMS).
FACTCHECK_FETCH_ALLOWED_HOSTS = env.list("FACTCHECK_FETCH_ALLOWED_HOSTS", default=[])
FACTCHECK_FETCH_TIMEOUT = env.float("FACTCHECK_FETCH_TIMEOUT", default=20.0)
FACTCHECK_FETCH_MAX_BYTES = env.int("FACTCHECK_FETCH_MAX_BYTES", default=10 * 1024 * 1024)
# At most one request to a host per this many seconds (per worker process).
FACTCHECK_FETCH_MIN_INTERVAL = env.float("FACTCHECK_FETCH_MIN_INTERVAL", default=1.0)

# The JSON API (claims/api/, README "API and webhooks"). Clients send `Authorization: Bearer <token>`
# with a token made on the "API tokens" page; the browsable docs use the session. Each token (or
# signed-in user) may make FACTCHECK_API_RATE requests ("<n>/second|minute|hour|day"), counted in
# the cache (per process unless CACHES names a shared one such as Redis).
FACTCHECK_API_RATE = env.str("FACTCHECK_API_RATE", default="300/minute")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.auth.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.api.permissions.HasRole"],
    "DEFAULT_THROTTLE_CLASSES": ["claims.api.throttles.PerTokenThrottle"],
    "DEFAULT_THROTTLE_RATES": {"api": FACTCHECK_API_RATE},
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.handle_exception",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Factcheck Workbench API",
    "DESCRIPTION": (
        "Articles (from text or a link), claims with the queue's filters, speakers and published "
        "verdicts. Send a token from the workbench's [API page](/account/tokens/) as "
        "`Authorization: Bearer <token>` (*Authorize*). Every error is "
        '`{"error": {"code", "message", "fields"?}}`. More in the README, “API and webhooks”.'
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    # Swagger UI's files from the drf-spectacular-sidecar package: no CDN, works offline, fits the CSP.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.Claim.Status",
        "VerdictEnum": ["verified", "disputed", "unverifiable"],
        "ClaimKindEnum": "claims.models.Claim.Kind",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
    },
}

# Webhooks (claims/webhooks/), sent by the task worker through claims/netfetch.py: an attempt waits
# at most FACTCHECK_WEBHOOK_TIMEOUT seconds for an answer; a failed one (5xx, 408, 429, timeout, no
# connection) is tried again, up to FACTCHECK_WEBHOOK_MAX_ATTEMPTS attempts in all, waiting
# FACTCHECK_WEBHOOK_BACKOFF_SECONDS, then 5 times longer each time (1, 5, 25, 125 minutes).
FACTCHECK_WEBHOOK_TIMEOUT = env.float("FACTCHECK_WEBHOOK_TIMEOUT", default=10.0)
FACTCHECK_WEBHOOK_MAX_ATTEMPTS = env.int("FACTCHECK_WEBHOOK_MAX_ATTEMPTS", default=5)
FACTCHECK_WEBHOOK_BACKOFF_SECONDS = env.int("FACTCHECK_WEBHOOK_BACKOFF_SECONDS", default=60)

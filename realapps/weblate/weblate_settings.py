"""Django settings for Weblate 5.14.3: its own settings_example.py (what its "Installing from
sources" docs copy to settings.py) filled in for this test bed: PostgreSQL (the only database
Weblate supports besides MySQL) in the project's own cluster, reached over a Unix socket;
Celery tasks run eagerly in the web process with no broker, and a local-memory cache instead of
Redis, as Weblate's own settings_test.py does; e-mail to files. The data folder is
REALAPPS_WEBLATE_DATA, the socket folder REALAPPS_WEBLATE_PGSOCKET."""
import os

from weblate.settings_example import *  # noqa: F401,F403  (Weblate's own defaults)

DATA_DIR = os.environ["REALAPPS_WEBLATE_DATA"]
CACHE_DIR = os.path.join(DATA_DIR, "cache")
MEDIA_ROOT = os.path.join(DATA_DIR, "media")
STATIC_ROOT = os.path.join(CACHE_DIR, "static")
DEBUG = True                  # Django's server then serves the static files from the app
SECRET_KEY = "realapps-not-a-secret"
SITE_DOMAIN = "127.0.0.1:" + os.environ.get("REALAPPS_WEBLATE_PORT", "8000")
SITE_URL = "http://" + SITE_DOMAIN
OTP_WEBAUTHN_RP_ID = "127.0.0.1"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [SITE_URL]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ADMINS = (("Real app", "admin@example.com"), )
DATABASES["default"].update(  # noqa: F405
    NAME="weblate", USER="weblate", PASSWORD="", PORT=os.environ["REALAPPS_WEBLATE_PGPORT"],
    HOST=os.environ["REALAPPS_WEBLATE_PGSOCKET"])
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "avatar": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
               "LOCATION": os.path.join(CACHE_DIR, "avatar")},
}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.path.join(DATA_DIR, "mail")
DEFAULT_FROM_EMAIL = SERVER_EMAIL = "weblate@example.com"
ENABLE_AVATARS = False        # no requests to an avatar service off this machine
BACKGROUND_ADMIN_CHECKS = False
# WebAuthn (security keys) wants an https origin; this test bed signs in with a password only
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "otp_webauthn.E031"]  # noqa: F405

"""Django settings for the Misago 0.39.6 forum under realapps/misago (DJANGO_SETTINGS_MODULE).

Written for this project after the pattern of Misago's own development settings (its repository's
devproject/settings.py, GPL-2.0): Misago's defaults (`misago.settings`), PostgreSQL (Misago runs
on nothing else) over the Unix socket of our own cluster, Django's local-memory cache, Celery's
tasks run eagerly in the web process (no broker), e-mail printed to the console, DEBUG so Django's
server serves the static files. Paths and the port come from the environment app.py sets.
"""
import os

from celery import Celery

from misago import discover_plugins
from misago.settings import *  # noqa: F401,F403 (Misago's INSTALLED_APPS, context processors)

DATA = os.environ["REALAPPS_MISAGO_DATA"]
SECRET_KEY = "realapps-misago-not-secret"  # a local test forum, never served beyond 127.0.0.1
DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "misago",
        "USER": "misago",
        "HOST": os.environ["REALAPPS_MISAGO_PGSOCKET"],
        "PORT": os.environ["REALAPPS_MISAGO_PGPORT"],
    }
}
SILENCED_SYSTEM_CHECKS = ["debug_toolbar.W001"]  # in Misago's apps, not wanted here
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
AUTH_PASSWORD_VALIDATORS = []
LANGUAGE_CODE = os.environ.get("REALAPPS_MISAGO_LANGUAGE", "en-us")
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
STATIC_ROOT = os.path.join(DATA, "static")
MEDIA_ROOT = os.path.join(DATA, "media")
STATICFILES_DIRS = []
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = "Forums <forums@example.com>"
AUTH_USER_MODEL = "misago_users.User"
AUTHENTICATION_BACKENDS = ["misago.users.authbackends.MisagoBackend"]
CSRF_FAILURE_VIEW = "misago.core.errorpages.csrf_failure"
INSTALLED_PLUGINS = discover_plugins(None)
INSTALLED_APPS = [*INSTALLED_PLUGINS, *INSTALLED_APPS]  # noqa: F405
LOGIN_REDIRECT_URL = "misago:index"
LOGIN_URL = "misago:login"
LOGOUT_URL = "misago:logout"
MIDDLEWARE = [
    "misago.users.middleware.RealIPMiddleware",
    "misago.core.middleware.FrontendContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "misago.cache.middleware.cache_versions_middleware",
    "misago.conf.middleware.dynamic_settings_middleware",
    "misago.socialauth.middleware.socialauth_providers_middleware",
    "misago.users.middleware.UserMiddleware",
    "misago.acl.middleware.user_acl_middleware",
    "misago.core.middleware.ExceptionHandlerMiddleware",
    "misago.users.middleware.OnlineTrackerMiddleware",
    "misago.admin.middleware.AdminAuthMiddleware",
    "misago.threads.middleware.UnreadThreadsCountMiddleware",
]
ROOT_URLCONF = "misago_urls"
SOCIAL_AUTH_STRATEGY = "misago.socialauth.strategy.MisagoStrategy"
SOCIAL_AUTH_JSONFIELD_ENABLED = True
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": TEMPLATE_CONTEXT_PROCESSORS},  # noqa: F405
    }
]
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["misago.core.rest_permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "misago.core.exceptionhandler.handle_api_exception",
    "UNAUTHENTICATED_USER": "misago.users.models.AnonymousUser",
    "URL_FORMAT_OVERRIDE": None,
}
MISAGO_AVATARS_SIZES = [400, 200, 100]
MISAGO_SEARCH_CONFIG = "simple"
MISAGO_USER_DATA_DOWNLOADS_WORKING_DIR = os.path.join(DATA, "userdata")

# Celery: every task runs at once in the web process (no broker, no worker).
CELERY_TASK_ALWAYS_EAGER = True
celery_app = Celery("realapps_misago")
celery_app.conf.task_always_eager = True
celery_app.conf.broker_url = "memory://"
celery_app.set_default()

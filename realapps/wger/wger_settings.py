"""Django settings for wger 2.1: its own settings.tpl (what `wger create-settings` writes) filled
in for SQLite and 127.0.0.1. The data folder is REALAPPS_WGER_DATA; the front-end libraries that
its templates load from static/yarn/ are REALAPPS_WGER_ASSETS (an npm folder, see app.py)."""
import os

from wger.settings_global import *  # noqa: F401,F403  (wger's own defaults, as settings.tpl does)

DATA = os.environ["REALAPPS_WGER_DATA"]
DEBUG = True                  # settings.tpl's default; Django's server then serves the static files
ADMINS = (("Real app", "admin@example.com"), )
MANAGERS = ADMINS
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3",
                         "NAME": os.path.join(DATA, "database.sqlite")}}
TIME_ZONE = "UTC"
SECRET_KEY = "realapps-not-a-secret"
RECAPTCHA_PUBLIC_KEY = ""
RECAPTCHA_PRIVATE_KEY = ""
NOCAPTCHA = True
SITE_URL = "http://127.0.0.1:" + os.environ.get("REALAPPS_WGER_PORT", "8000")
MEDIA_ROOT = os.path.join(DATA, "media")
MEDIA_URL = "/media/"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WGER_SETTINGS["EMAIL_FROM"] = "wger Workout Manager <wger@example.com>"  # noqa: F405
DEFAULT_FROM_EMAIL = WGER_SETTINGS["EMAIL_FROM"]  # noqa: F405
EMAIL_PAGE_DOMAIN = SITE_URL
# static/yarn/ as wger's own bootstrap lays it out (yarn's modules folder)
STATICFILES_DIRS = [("yarn", os.path.join(os.environ["REALAPPS_WGER_ASSETS"], "node_modules"))]

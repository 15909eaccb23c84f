"""Android's own windows over an app: permission prompts, install prompts, crash and ANR dialogs.

They are recognised from a parsed Screen (a uiautomator dump or an Appium page source), by the
package that drew them and, failing that, by their buttons:

* permission prompts: com.android.permissioncontroller (Android 10+), com.google.android.
  permissioncontroller (Google's build of it), com.android.packageinstaller /
  com.google.android.packageinstaller (Android 6–9), and the vendors' own permission managers
  (MIUI com.lbe.security.miui, Huawei/EMUI com.huawei.systemmanager, ColorOS
  com.coloros.securitypermission, OriginOS/Funtouch com.vivo.permissionmanager);
* crash and "isn't responding" dialogs: package "android" with the resource ids
  android:id/aerr_close / aerr_restart / aerr_app_info (crash) or aerr_wait (ANR);
* any other window not of the app whose buttons include both an allow word (Allow, 允许,
  始终允许, 仅在使用中允许…) and a deny word (Deny, Don't allow, 拒绝, 禁止…).

mark_system_dialog() tags every element of such a window with attrs["system_dialog"] = its kind
("permission", "crash", "anr" or "prompt") and points Screen.app at the dialog's package.
"""
from __future__ import annotations

from cancelcheck.screens import Element, Screen, clean_text

PERMISSION_PACKAGES = frozenset({
    "com.android.permissioncontroller", "com.google.android.permissioncontroller",
    "com.android.packageinstaller", "com.google.android.packageinstaller",
    "com.lbe.security.miui", "com.huawei.systemmanager", "com.coloros.securitypermission",
    "com.vivo.permissionmanager",
})
CRASH_IDS = frozenset({"android:id/aerr_close", "android:id/aerr_restart",
                       "android:id/aerr_app_info", "android:id/aerr_report",
                       "android:id/aerr_mute"})
ANR_IDS = frozenset({"android:id/aerr_wait"})
NOT_APPS = frozenset({"com.android.systemui", "com.miui.home", "com.android.launcher3"})
ALLOW = ("allow", "allow all", "while using the app", "only this time", "allow only while using the app",
         "允许", "始终允许", "仅在使用中允许", "仅在使用该应用期间允许", "本次运行允许", "仅限这一次", "使用时允许")
DENY = ("deny", "don't allow", "don’t allow", "deny & don't ask again", "拒绝", "禁止", "不允许",
        "拒绝且不再询问")


def _words(e: Element) -> str:
    return clean_text(e.label).casefold()


def dialog_kind(screen: Screen, app_package: str = "") -> tuple[str, str]:
    """(kind, package) of the system dialog on screen, or ("", "") when there is none."""
    visible = screen.visible()
    ids = {e.id for e in visible}
    if ids & CRASH_IDS:
        return "crash", "android"
    if ids & ANR_IDS:
        return "anr", "android"
    for e in visible:
        if e.package in PERMISSION_PACKAGES:
            return "permission", e.package
    by_package: dict[str, list[Element]] = {}
    for e in visible:
        if e.package and e.package != app_package and e.package not in NOT_APPS:
            by_package.setdefault(e.package, []).append(e)
    if app_package:
        for package, els in by_package.items():
            labels = {_words(e) for e in els}
            if labels & set(ALLOW) and labels & set(DENY):
                return "prompt", package
    return "", ""


def mark_system_dialog(screen: Screen, app_package: str = "") -> str:
    """Tag the dialog's elements (attrs["system_dialog"]) and set Screen.app to its package;
    returns the kind, or "" when no system dialog is on screen."""
    kind, package = dialog_kind(screen, app_package)
    if not kind:
        return ""
    for e in screen.elements:
        if e.package == package:
            e.attrs["system_dialog"] = kind
    screen.app = package
    return kind


def is_system_dialog(screen: Screen) -> bool:
    """Whether a system dialog (permission, install, crash, ANR prompt) is in front."""
    return any(e.attrs.get("system_dialog") for e in screen.elements) or bool(
        dialog_kind(screen)[0])


def system_dialog_text(screen: Screen) -> str:
    """The dialog's words, joined: for one-line error messages."""
    return " · ".join(e.label for e in screen.visible()
                      if e.attrs.get("system_dialog") and e.label)[:200]

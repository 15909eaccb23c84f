"""The outcome, the difficulty and the obstacles of a finished journey (DESIGN.md's words).

    deleted      committed and verified        reachable   final confirmation reached
    obstructed   finishing needs an offline or unreasonable step (call, branch, ID photo, face)
    not_offered  only deactivation, or the app says it cannot be done
    not_found    budget spent                  failed      the app said done and did not do it
    error        the tool could not run

Difficulty, on JustDeleteMe's scale: impossible (not offered, or deletion that does not
happen), hard (obstructed, or not found), medium (reachable but long — more than 5 steps — or
with dark patterns of medium severity or worse), easy (otherwise).
"""
from __future__ import annotations

from cancelcheck.records import Journey, findings_on_path, path_screens

SEVERE_VERIFICATION = ("id", "face", "selfie", "bank", "passport", "身份证", "人脸", "银行卡")
EASY_MAX_STEPS = 5


def _severe_verification(j: Journey, screens: set[int]) -> bool:
    for f in j.findings:
        if f.type != "verification_burden" or (f.screen is not None and f.screen not in screens):
            continue
        kind = str(f.data.get("kind", "")) + " " + f.evidence
        if any(k in kind.lower() for k in SEVERE_VERIFICATION):
            return True
    return False


def conclude(j: Journey, result, committed: tuple[bool, str] | None) -> None:
    on_path = path_screens(j)
    status, reason = result.status, result.reason
    if committed is not None:
        ok, how = committed
        status, reason = ("deleted", how) if ok else ("failed", how)
    elif status == "final":
        if _severe_verification(j, on_path):
            status, reason = "obstructed", reason + "; the path demands an ID document or a face scan"
        else:
            status = "reachable"
    elif status == "budget":
        status = "not_found"
    j.outcome, j.reason = status, reason
    met = []
    for i in findings_on_path(j):
        if j.findings[i].type not in met:
            met.append(j.findings[i].type)
    j.obstacles = met
    j.difficulty = difficulty(j)


def difficulty(j: Journey) -> str:
    if j.outcome in ("not_offered", "failed"):
        return "impossible"
    if j.outcome in ("obstructed", "not_found"):
        return "hard"
    if j.outcome == "error":
        return ""
    severe = [f for f in j.findings if f.severity in ("medium", "high") and f.type in j.obstacles]
    if (j.path_steps or 0) > EASY_MAX_STEPS or severe:
        return "medium"
    return "easy"

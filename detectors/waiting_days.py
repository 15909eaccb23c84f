"""The day a promised waiting period ends ("15个工作日内", "within 30 days", "30 Tagen").

Working days are counted on China's official calendar (holidays and the weekend days made
working days, 调休) from the maintained `chinesecalendar` package when the promise is in
Chinese, and as Monday to Friday elsewhere; a year that package does not cover yet is counted
Monday to Friday, and the result says so. Calendar days, weeks, months and hours are counted as
such. The promise itself is read by detectors/cooling_off.py (`durations`).
"""
from __future__ import annotations

import calendar
import math
from datetime import date, timedelta


def region_of(language: str | None) -> str:
    """CN for a promise written in Chinese (China's calendar), else a plain Mon–Fri week."""
    return "CN" if (language or "").lower().startswith("zh") else ""


def _workday(day: date, region: str, notes: set[str]) -> bool:
    if region == "CN":
        try:
            import chinese_calendar
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            notes.add(f"China's calendar for {day.year} is not in chinesecalendar yet: "
                      "Monday to Friday counted")
    return day.weekday() < 5


def add_months(start: date, n: int) -> date:
    month = start.month - 1 + n
    year = start.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def due_date(start: date, n: int, unit: str, region: str = "") -> tuple[date, str]:
    """The last day of a waiting period of n units begun on `start`; and how it was counted."""
    notes: set[str] = set()
    if unit == "working_day":
        day, left = start, n
        while left > 0:
            day += timedelta(days=1)
            if _workday(day, region, notes):
                left -= 1
        how = "working days on China's official calendar" if region == "CN" else \
            "working days, Monday to Friday"
    elif unit == "month":
        day, how = add_months(start, n), "calendar months"
    elif unit == "week":
        day, how = start + timedelta(days=7 * n), "calendar weeks"
    elif unit == "hour":
        day, how = start + timedelta(days=math.ceil(n / 24)), "hours (whole days)"
    else:
        day, how = start + timedelta(days=n), "calendar days"
    return day, "; ".join([how, *sorted(notes)])

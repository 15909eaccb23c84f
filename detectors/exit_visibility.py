"""A way out that is hard to see or to hit: its text below WCAG contrast (4.5:1, or 3:1 for
large text), or its tap target below the platform minimum (48 dp Android, 44 pt iOS, 24 CSS px
on the web, WCAG 2.2 SC 2.5.8). Measured from the screenshot's pixels; an option scrolled out
of the screenshot is judged from its computed style where the source gives one.

The way out is what detectors.choices.options() calls "proceed". Disabled options (a confirm
button waiting for input) are exempt, as WCAG exempts inactive controls.
"""
from __future__ import annotations

from cancelcheck.records import Finding

from . import choices
from ._prominence import MIN_TARGET, measure, platform, ways
from .registry import detector

SIZE_TOLERANCE_PX = 2      # edges found in pixels are anti-aliased: allow two pixels


@detector("exit_visibility")
def exit_visibility(screen, ctx) -> list[Finding]:
    proceed, _ = choices.options(screen, ctx.language)
    plat = platform(screen, ctx.settings)
    minimum = MIN_TARGET[plat]
    unit = {"web": "CSS px", "android": "dp", "ios": "pt"}[plat]
    s = screen.scale or 1.0
    out: list[Finding] = []
    for e in ways(screen, proceed):
        m = measure(screen, e)
        if m is None:
            continue
        if m.contrast is not None and m.contrast < m.min_contrast:
            out.append(Finding(
                type="low_contrast_exit",
                explanation=(f"The way out “{m.label}” has text contrast {m.contrast:.2f}:1, "
                             f"below the WCAG minimum of {m.min_contrast:g}:1."),
                evidence=m.label, element=m.element, box=m.box,
                score=min(1.0, 0.6 + 0.4 * (1 - m.contrast / m.min_contrast) * 2),
                data={"contrast": round(m.contrast, 2), "minimum": m.min_contrast,
                      "measured_from": m.source, "text_color": m.text_color,
                      "background": m.background}))
        short = min(m.width, m.height)
        if short * s + SIZE_TOLERANCE_PX < minimum * s:
            out.append(Finding(
                type="tiny_exit",
                explanation=(f"The way out “{m.label}” is a {m.width:.0f}×{m.height:.0f} {unit} "
                             f"target, below the {plat} minimum of {minimum:g} {unit}."),
                evidence=m.label, element=m.element, box=m.box,
                score=min(1.0, 0.6 + 0.4 * (1 - short / minimum) * 2),
                data={"width": round(m.width, 1), "height": round(m.height, 1),
                      "minimum": minimum, "unit": unit, "platform": plat}))
    return out

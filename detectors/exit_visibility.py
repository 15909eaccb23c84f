"""A way out that is hard to see or to hit: its text below WCAG contrast (4.5:1, or 3:1 for
large text), or its tap target below the platform minimum (48 dp Android, 44 pt iOS, 24 CSS px
on the web, WCAG 2.2 SC 2.5.8). Measured from the screenshot's pixels; an option scrolled out
of the screenshot is judged from its computed style where the source gives one.

The way out is what detectors.choices.options() calls "proceed", when it is a way out of the
ACCOUNT: any proceed option ("Continue", "No thanks, …") on a screen whose own text is about
the deletion (screen_text.read(...).subject) or whose choice is worded as leaving or staying
("Save my memories" / "No thanks, …": choices.names_leaving); elsewhere only one whose label
names leaving or deleting the account ("Delete account", "残忍离开"). "Delete a page" or "Remove credentials" in
a list of tools leave nothing. Disabled options (a confirm button waiting for input) are exempt, as WCAG
exempts inactive controls.

A way out is tiny when it is below the platform minimum AND small beside the screen's other
controls: its short side at most RELATIVE_SIZE of the alternatives offered beside it (the
largest "retreat" option), or, with none, of the median control on the screen. A desktop page
zoomed out on a phone (<meta name="viewport" content="width=1000">) makes every link equally
small; that is the page's scale, not an exit made hard to hit.
"""
from __future__ import annotations

from statistics import median

from cancelcheck.records import Finding

from . import choices, lexicon
from ._prominence import MIN_TARGET, is_choice_or_field, measure, platform, target, usable, ways
from .registry import detector
from .screen_text import read

SIZE_TOLERANCE_PX = 2      # edges found in pixels are anti-aliased: allow two pixels
RELATIVE_SIZE = 0.75       # a way out this much smaller than the others is made small


def account_exits(screen, ctx, proceed: list, retreat: list) -> list:
    """The proceed options that leave or delete the account (see the module's docstring)."""
    st = read(screen, ctx)
    if st.subject or any(choices.names_leaving(_label(screen, e), st.language)
                         for e in proceed + retreat):
        return proceed
    ctxlex = lexicon.load("context")
    return [e for e in proceed
            if ctxlex.match(_label(screen, e), st.langs, kinds=["deletion"]) is not None]


def _label(screen, e) -> str:
    return e.label or " ".join(d.label for d in screen.descendants(e) if d.label)


def _short(screen, e) -> float:
    return min(e.bounds.width, e.bounds.height) / (screen.scale or 1.0)


def reference_size(screen, exit_, retreat: list) -> float | None:
    """The short side a way out is compared with: the largest alternative beside it, or the
    median of the screen's other ordinary controls; None when the screen has no other."""
    alts = [_short(screen, e) for e in ways(screen, retreat) if e.index != exit_.index]
    if alts:
        return max(alts)
    inside = {d.index for d in screen.descendants(exit_)} | {exit_.index}
    seen, sizes = set(inside), []
    for e in choices.shown(screen):
        if not e.clickable or e.bounds.empty:
            continue
        t = target(screen, e)
        if t.index in seen or exit_.index in {a.index for a in screen.ancestors(t)}:
            continue
        seen.add(t.index)
        if is_choice_or_field(screen, t) or not usable(screen, t):
            continue
        sizes.append(_short(screen, t))
    return median(sizes) if sizes else None


@detector("exit_visibility")
def exit_visibility(screen, ctx) -> list[Finding]:
    proceed, retreat = choices.options(screen, ctx.language)
    plat = platform(screen, ctx.settings)
    minimum = MIN_TARGET[plat]
    unit = {"web": "CSS px", "android": "dp", "ios": "pt"}[plat]
    s = screen.scale or 1.0
    out: list[Finding] = []
    for e in ways(screen, account_exits(screen, ctx, proceed, retreat)):
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
        ref = reference_size(screen, e, retreat)
        if (short * s + SIZE_TOLERANCE_PX < minimum * s
                and (ref is None or short <= RELATIVE_SIZE * ref)):
            beside = (f", and small beside the screen's other controls ({ref:.0f} {unit})"
                      if ref is not None else "")
            out.append(Finding(
                type="tiny_exit",
                explanation=(f"The way out “{m.label}” is a {m.width:.0f}×{m.height:.0f} {unit} "
                             f"target, below the {plat} minimum of {minimum:g} {unit}{beside}."),
                evidence=m.label, element=m.element, box=m.box,
                score=min(1.0, 0.6 + 0.4 * (1 - short / minimum) * 2),
                data={"width": round(m.width, 1), "height": round(m.height, 1),
                      "minimum": minimum, "unit": unit, "platform": plat,
                      "others": round(ref, 1) if ref is not None else None}))
    return out

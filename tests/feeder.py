"""A stand-in for flows.session.Session that feeds evidence observers a long run without a
device: captured screens cycled (or each made new), one tap step per screen, at Session's
pace. Used by the bounds tests and benchmarks/evidence_cost.py."""
from __future__ import annotations

from dataclasses import replace

from PIL import ImageDraw

from cancelcheck.records import Journey, ScreenRecord, Step


class Feeder:
    """Feeds observers a run of `screens` cycled, one tap step per screen, as Session does.
    distinct=True makes every screen a new picture (its number drawn in a corner), the worst
    case for the evidence's size: nothing repeats."""

    def __init__(self, screens, observers, *, distinct: bool = False):
        self.screens, self.obs = screens, observers
        self.distinct = distinct
        self.j = Journey(target="bench", backend="web")
        self.t = 0.0

    def screen(self):
        i = len(self.j.screens)
        s = self.screens[i % len(self.screens)]
        if self.distinct and s.image is not None:
            s = replace(s, image=s.image.copy())
            ImageDraw.Draw(s.image).text((8, 8), f"screen {i}", fill=(200, 0, 0))
        rec = ScreenRecord(index=i, fingerprint=str(i % len(self.screens)), app=s.app,
                           t=self.t, size=s.size)
        self.j.add_screen(rec)                   # no live screen kept: the observers' memory only
        for o in self.obs:
            o.on_screen(self.j, rec, s)
        return rec

    def step(self):
        before = len(self.j.screens) - 1
        self.t += 0.4
        t = self.t
        self.t += 0.6
        self.screen()
        prev = self.screens[before % len(self.screens)]
        el = next((e for e in prev.visible() if e.clickable and e.label), None)
        st = Step(index=len(self.j.steps), kind="tap", label=f"tap {el.label if el else '?'!r}",
                  before=before, after=before + 1, t=t, box=el.bounds if el else None,
                  target=el.label if el else "")
        self.j.steps.append(st)
        for o in self.obs:
            o.on_step(self.j, st)

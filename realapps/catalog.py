"""The real apps under realapps/: each folder NAME/ holds app.py (install, reset, seed, start),
app.yaml (the app config cancelcheck runs) with truth.yaml (the hand count) beside it, and for
each language variant app-LANG.yaml with truth-LANG.yaml; path.yaml / path-LANG.yaml is the
hand-counted path written as a flow (one line per user step).
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


@dataclass
class Variant:
    app: str              # the folder name
    name: str             # the config's name (trac, trac-de…)
    lang: str             # "en" for app.yaml, else the suffix of app-LANG.yaml
    config: Path
    truth: dict
    path_flow: Path | None


def names() -> list[str]:
    return sorted(p.parent.name for p in HERE.glob("*/app.py"))


def module(name: str):
    """realapps/NAME/app.py as a module (folder names need not be Python identifiers)."""
    path = HERE / name / "app.py"
    if not path.is_file():
        raise KeyError(f"no real app {name!r} (known: {', '.join(names())})")
    spec = importlib.util.spec_from_file_location(f"realapps_{name.replace('-', '_')}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def variants(name: str) -> list[Variant]:
    out = []
    for cfg in sorted((HERE / name).glob("app*.yaml")):
        suffix = cfg.stem[len("app"):].lstrip("-")
        lang = suffix or "en"
        truth_file = cfg.with_name(f"truth-{suffix}.yaml" if suffix else "truth.yaml")
        if not truth_file.is_file():
            raise FileNotFoundError(f"{cfg}: no hand count beside it ({truth_file.name})")
        truth = yaml.safe_load(truth_file.read_text())
        flow = cfg.with_name(f"path-{suffix}.yaml" if suffix else "path.yaml")
        cfg_name = yaml.safe_load(cfg.read_text())["name"]
        out.append(Variant(name, cfg_name, lang, cfg, truth, flow if flow.is_file() else None))
    return out

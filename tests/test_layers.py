"""Imports follow the data flow in DESIGN.md: each package imports only from its own layer
and the layers below it, and no two packages import each other (directly or round a loop).

    cancelcheck (CLI, pytest plugin, config, api)       top
    evidence
    policies
    flows
    detectors
    devices, specimens
    records
    screens, words                                     bottom (words: the lexicons and the one
                                                       normaliser that flows and detectors read)

The graph is read from the source with ast (every import, also those inside functions and
under TYPE_CHECKING: a lazy import is still a dependency), after mapping each folder to its
installed name through pyproject.toml's package-dir.
"""
from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# rank of each package: a module may import its own package and any package of lower rank
LAYERS = {"screens": 0, "words": 0, "records": 1, "devices": 2, "specimens": 2, "detectors": 3, "flows": 4,
          "policies": 5, "evidence": 6, "cancelcheck": 7}


def package_dirs(root: Path = ROOT) -> dict[str, Path]:
    """Installed package name → folder, from pyproject.toml (the one source of the mapping)."""
    conf = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    return {name: root / folder for name, folder in conf["package-dir"].items()}


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every installed module name → its file."""
    out = {}
    for pkg, folder in package_dirs(root).items():
        for f in folder.rglob("*.py"):
            rel = f.relative_to(folder).with_suffix("").parts
            if not all((folder.joinpath(*rel[:i]) / "__init__.py").is_file()
                       for i in range(1, len(rel))):
                continue                    # a folder that is not a package (data, fixtures)
            parts = rel[:-1] if rel[-1] == "__init__" else rel
            out[".".join((pkg, *parts))] = f
    return out


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The cancelcheck modules a module imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    here = name if path.stem == "__init__" else name.rpartition(".")[0]     # the package
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = here.split(".")
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            subs = {f"{base}.{a.name}" for a in node.names}
            if subs <= known:                  # `from cancelcheck import detectors`: submodules
                found |= subs
            else:
                found.add(base)
    return {m for m in found if m in known}


def module_graph(root: Path = ROOT) -> dict[str, set[str]]:
    mods = modules(root)
    return {name: imports_of(name, path, set(mods)) for name, path in mods.items()}


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "cancelcheck"


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Each import that goes up the layers, as 'a → b (layer x imports layer y)'."""
    bad = []
    for a, targets in sorted(graph.items()):
        pa = package_of(a)
        for b in sorted(targets):
            pb = package_of(b)
            if pa != pb and LAYERS[pb] >= LAYERS[pa]:
                bad.append(f"{a} → {b} ({pa} may not import {pb})")
    return bad


def package_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One loop of packages importing each other (empty when there is none)."""
    pg: dict[str, set[str]] = {}
    for a, targets in graph.items():
        pg.setdefault(package_of(a), set()).update(
            package_of(b) for b in targets if package_of(b) != package_of(a))
    state: dict[str, int] = {}              # 1 on the stack, 2 done

    def visit(p: str, stack: list[str]) -> list[str]:
        state[p] = 1
        for q in sorted(pg.get(p, ())):
            if state.get(q) == 1:
                return stack[stack.index(q):] + [q]
            if q not in state:
                loop = visit(q, stack + [q])
                if loop:
                    return loop
        state[p] = 2
        return []

    for p in sorted(pg):
        if p not in state:
            loop = visit(p, [p])
            if loop:
                return loop
    return []


def module_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One loop of modules importing each other (empty when there is none)."""
    state: dict[str, int] = {}

    def visit(m: str, stack: list[str]) -> list[str]:
        state[m] = 1
        for n in sorted(graph.get(m, ())):
            # a package's __init__ re-exporting its own modules is not a loop of ideas
            if n == m or (n.startswith(m + ".") and m.count(".") < n.count(".")):
                continue
            if state.get(n) == 1:
                return stack[stack.index(n):] + [n]
            if n not in state:
                loop = visit(n, stack + [n])
                if loop:
                    return loop
        state[m] = 2
        return []

    for m in sorted(graph):
        if m not in state:
            loop = visit(m, [m])
            if loop:
                return loop
    return []


# -- the real tree ---------------------------------------------------------------------------

def test_every_package_folder_is_read():
    graph = module_graph()
    assert {package_of(m) for m in graph} == set(LAYERS)
    assert "cancelcheck.records.journey" in graph and "cancelcheck.flows.session" in graph
    assert "cancelcheck.flows.commands.taps" in graph and "cancelcheck.cli.run" in graph
    # the walk sees relative and absolute imports alike
    assert "cancelcheck.records.finding" in graph["cancelcheck.records.journey"]
    assert "cancelcheck.records" in graph["cancelcheck.flows.session"]


def test_every_package_is_installed():
    """A package folder missing from pyproject's packages list is left out of the wheel."""
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {m for m, f in modules().items() if f.name == "__init__.py"}
    assert found == set(conf["packages"])


def test_no_import_goes_up_the_layers():
    assert upward_imports(module_graph()) == []


def test_no_two_packages_import_each_other():
    assert package_cycle(module_graph()) == []


def test_records_import_nothing_but_screens():
    graph = module_graph()
    used = {package_of(b) for a, bs in graph.items() if package_of(a) == "records" for b in bs}
    assert used <= {"records", "screens"}


def test_no_module_import_cycle_in_the_face():
    face = {a: bs for a, bs in module_graph().items() if package_of(a) == "cancelcheck"}
    assert module_cycle(face) == []


# -- the checks themselves catch what they should ---------------------------------------------

def test_an_upward_import_is_caught():
    graph = {"cancelcheck.records.journey": {"cancelcheck.flows.session"},
             "cancelcheck.flows.session": {"cancelcheck.records.journey"}}
    assert upward_imports(graph) == [
        "cancelcheck.records.journey → cancelcheck.flows.session (records may not import flows)"]
    assert package_cycle(graph) == ["flows", "records", "flows"]


def test_a_sideways_import_and_a_long_loop_are_caught():
    graph = {"cancelcheck.devices.web": {"cancelcheck.specimens.catalog"},
             "cancelcheck.specimens.catalog": {"cancelcheck.screens.model"},
             "cancelcheck.cli": {"cancelcheck.cli_baseline"},
             "cancelcheck.cli_baseline": {"cancelcheck.plugin_audit"},
             "cancelcheck.plugin_audit": {"cancelcheck.cli"}}
    assert upward_imports(graph) == [
        "cancelcheck.devices.web → cancelcheck.specimens.catalog (devices may not import specimens)"]
    assert module_cycle(graph) == ["cancelcheck.cli", "cancelcheck.cli_baseline",
                                   "cancelcheck.plugin_audit", "cancelcheck.cli"]
    assert package_cycle(graph) == []


def test_relative_imports_resolve(tmp_path):
    pkg = tmp_path / "flows"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("from .a import x\n")
    (pkg / "a.py").write_text("from ..records import Journey\nfrom . import b\n")
    (pkg / "b.py").write_text("")
    known = {"cancelcheck.flows", "cancelcheck.flows.a", "cancelcheck.flows.b",
             "cancelcheck.records"}
    assert imports_of("cancelcheck.flows.a", pkg / "a.py", known) == {
        "cancelcheck.records", "cancelcheck.flows.b"}
    assert imports_of("cancelcheck.flows", pkg / "__init__.py", known) == {"cancelcheck.flows.a"}

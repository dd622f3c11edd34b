"""The floor plan holds: no import runs up a floor, no two modules import each other.

Floors, bottom to top (README "Layout"): ``core`` < ``curation``, ``nlp``, ``data_contracts``
< ``evaluation``, ``demo_hospital`` < ``modeling`` < ``flows``, ``review`` < ``sonolabel``. A module imports
its own package or lower floors only; packages of one floor never import each other.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {
    "core": 0,
    "curation": 1, "nlp": 1, "data_contracts": 1,
    "evaluation": 2, "demo_hospital": 2,
    "modeling": 3,
    "flows": 4, "review": 4,
    "sonolabel": 5,
}


def _modules() -> dict[str, Path]:
    mods = {}
    for package in FLOORS:
        for path in (ROOT / package).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            mods[name.removesuffix(".__init__")] = path
    return mods


def _edges(mods: dict[str, Path]) -> dict[str, set[str]]:
    """module -> project modules it imports (``from pkg import sub`` counts as ``pkg.sub``)."""
    edges: dict[str, set[str]] = {}

    def resolve(target: str) -> str | None:
        while target and target not in mods:
            target = target.rpartition(".")[0]
        return target or None

    for name, path in mods.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {t for a in node.names if (t := resolve(a.name))}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = name.split(".")[: (None if path.name == "__init__.py" else -1)]
                    parts = parts[: len(parts) - (node.level - 1)]
                    base = ".".join(parts + ([node.module] if node.module else []))
                subs = [f"{base}.{a.name}" for a in node.names]
                found |= {s for s in subs if s in mods}
                if any(s not in mods for s in subs) and (t := resolve(base)):
                    found.add(t)
        edges[name] = found - {name}
    return edges


def test_no_import_runs_up_a_floor_or_across_one():
    bad = []
    for module, targets in _edges(_modules()).items():
        own = module.split(".")[0]
        for target in targets:
            other = target.split(".")[0]
            if other != own and FLOORS[other] >= FLOORS[own]:
                bad.append(f"{module} -> {target}")
    assert not bad, "imports that run up or across a floor:\n" + "\n".join(sorted(bad))


def test_no_import_cycles():
    edges = _edges(_modules())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    assert not cycles, f"modules that import each other: {cycles}"


def test_no_file_refers_to_a_machine_path():
    """Nothing in the repository points outside it (a new user has none of these folders)."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    needles = ("/" + "work/", "/" + "tmp/")
    hits = []
    for rel in files:
        path = ROOT / rel
        if path.suffix not in {".py", ".md", ".toml", ".yaml", ".yml", ".sh", ".j2", ".cfg"} and path.name != "Makefile":
            continue
        if not path.is_file():
            continue
        for no, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if any(n in line for n in needles):
                hits.append(f"{rel}:{no}: {line.strip()[:100]}")
    assert not hits, "machine paths:\n" + "\n".join(hits)

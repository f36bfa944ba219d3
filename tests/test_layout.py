"""The layout holds: no import circle, small modules, a store that is persistence only."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "dateline"
MAX_LINES = 600


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    base = package.split(".")
    if node.level > 1:
        base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def _known(name: str) -> str | None:
    """The dateline module `name` is, or is inside (an attribute imported from a module)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> set[str]:
    """dateline modules `module` imports, at module level or inside functions (an import of
    `a.b.c` also runs `a` and `a.b`, whose `__init__` may import more)."""
    path = MODULES[module]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path, node)
            targets = [f"{base}.{a.name}" for a in node.names] + [base]
        for target in targets:
            hit = _known(target)
            while hit:
                found.add(hit)
                hit = _known(hit.rpartition(".")[0])
    found.discard(module)
    return found


def _ancestors(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


@cache
def import_graph() -> dict[str, set[str]]:
    # A package's own modules importing the package's __init__ (a parent) is how Python
    # runs every import; only an __init__ importing back a module that imports it is a circle.
    return {m: {t for t in imports_of(m) if t not in _ancestors(m)} for m in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_relative_imports_are_resolved():
    assert "dateline.pipeline.people.entities" in imports_of("dateline.pipeline.quotes.speakers")
    assert "dateline.records" in imports_of("dateline.pipeline.quotes.speakers")
    assert "dateline.store" in imports_of("dateline.ingest")
    assert "dateline.kb.build" in imports_of("dateline.ingest")


def test_no_module_imports_a_module_that_imports_it_back():
    assert find_cycle(import_graph()) is None


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_is_over_600_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def test_the_store_is_persistence_only():
    graph = import_graph()
    for module in (m for m in MODULES if m.startswith("dateline.store")):
        for banned in ("dateline.analysis", "dateline.pipeline", "dateline.readers", "dateline.ingest"):
            assert not any(t == banned or t.startswith(banned + ".") for t in graph[module]), (module, banned)


def test_the_pipeline_is_by_concern():
    for sub in ("people", "quotes", "times"):
        assert (PACKAGE / "pipeline" / sub / "__init__.py").exists()
    assert not list((PACKAGE / "pipeline").glob("times_*.py"))


def test_no_web_router_imports_another():
    graph = import_graph()
    routers = {"dateline.web.api", "dateline.web.pages", "dateline.web.lists"}
    for router in routers:
        assert not graph[router] & (routers | {"dateline.web.app"}), router

"""The shape of the code: imports point down the layers, no cycles, small modules, typed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "scotopics"

#: Layers from the bottom up; a module may import its own layer and those below.
LAYERS = [
    {"_version", "exceptions", "display", "results"},
    {"text"},
    {"models"},
    {"io"},
    {"training"},
    {"batch", "many", "model", "reading", "api", "theme_thresholds"},
    {"cli", "report", "overview", "frames", "build_default", "__main__"},
    {"__init__"},
]
MAX_MODULE_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _layer(module: str) -> int:
    top = module.split(".")[0]
    for number, names in enumerate(LAYERS):
        if top in names:
            return number
    raise AssertionError(f"module {module} is in no layer: add it to LAYERS")


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """Absolute scotopics module names an ``from … import …`` statement refers to."""
    if node.level == 0:
        if not (node.module or "").startswith("scotopics"):
            return []
        base = node.module.split(".")[1:]
    else:
        here = module.split(".") if module != "__init__" else []
        package = here if is_package else here[:-1]
        base = package[: len(package) - (node.level - 1)] + (node.module.split(".") if node.module else [])
    base_path = PACKAGE.joinpath(*base)
    assert base_path.with_suffix(".py").exists() or base_path.is_dir(), f"{module} imports a missing {'.'.join(base)}"
    targets = []
    for alias in node.names:
        candidate = base + [alias.name]
        path = PACKAGE.joinpath(*candidate)
        targets.append(".".join(candidate) if path.with_suffix(".py").exists() or path.is_dir() else ".".join(base))
    return [t or "__init__" for t in targets]


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                imported.update(_resolve(module, path.name == "__init__.py", node))
            elif isinstance(node, ast.Import):
                imported.update(a.name.split(".", 1)[1] for a in node.names if a.name.startswith("scotopics."))
        graph[module] = {m for m in imported if m != module}
    return graph


def test_imports_point_down_the_layers():
    wrong = [
        f"{module} (layer {_layer(module)}) imports {target} (layer {_layer(target)})"
        for module, targets in import_graph().items()
        for target in targets
        if _layer(target) > _layer(module)
    ]
    assert wrong == []


def test_no_import_cycles():
    graph = import_graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                cycles.append(trail[trail.index(target) :] + [target] if target in trail else [node, target])
            elif target not in state:
                visit(target, trail + [target])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_cycle_check_finds_a_cycle(tmp_path, monkeypatch):
    """The checker itself: a graph with a cycle is reported."""
    graph = {"a": {"b"}, "b": {"a"}}
    monkeypatch.setattr(sys.modules[__name__], "import_graph", lambda: graph)
    with pytest.raises(AssertionError):
        test_no_import_cycles()


def test_no_module_is_too_long():
    long = {
        _module_name(p): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_segment_is_a_function_not_a_module():
    import scotopics

    assert callable(scotopics.segment)


def test_mypy_is_clean():
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", str(PACKAGE)], capture_output=True, text=True, cwd=PACKAGE.parents[1]
    )
    assert result.returncode == 0, result.stdout[-3000:]

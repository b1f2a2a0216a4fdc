"""The package's shape: imports run downward only, no cycles, heavy libraries stay in their layer.

Reads every module's imports with ``ast`` (top-level and inside functions, since a lazy import
is still a dependency) and checks them against the layer order the README documents.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "bulletin"

# Lower layers first; a module may import from its own layer and the ones before it.
LAYERS = ("core", "content", "extract", "data", "charts", "site", "top")
HEAVY = {"pandas": {"data"}, "matplotlib": {"charts"}, "numpy": {"data", "charts"}}
MAX_LINES = 400
MAX_TOP_LEVEL = 10
MAX_PER_PACKAGE = 30  # a folder past this is a list, not a shape: group its modules by concern


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in LAYERS else "top"


def _imports(path: Path) -> set[str]:
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            # 'from bulletin.charts import style' imports the module bulletin.charts.style
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


MODULES = {_module_name(p): p for p in sorted(SOURCE.rglob("*.py"))}
GRAPH = {
    name: {imp for imp in _imports(path) if imp in MODULES and imp != name} for name, path in MODULES.items()
}


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import of a module from a higher layer."""
    bad = []
    for module, deps in graph.items():
        for dep in deps:
            if dep == "bulletin" and module != "bulletin.__main__":
                if _layer(module) != "top":
                    bad.append(f"{module} -> {dep}")
            elif LAYERS.index(_layer(dep)) > LAYERS.index(_layer(module)):
                bad.append(f"{module} -> {dep}")
    return sorted(bad)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles between modules (package __init__ re-exports count as edges too)."""
    found, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                found.append([*stack[stack.index(dep) :], dep])
            elif dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found


def test_imports_only_run_downward() -> None:
    assert upward_imports(GRAPH) == []


def test_the_check_catches_an_upward_import() -> None:
    graph = {**GRAPH, "bulletin.core.errors": {"bulletin.site.pages"}}
    assert upward_imports(graph) == ["bulletin.core.errors -> bulletin.site.pages"]


def test_no_import_cycles() -> None:
    assert cycles(GRAPH) == []


def test_the_check_catches_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]


@pytest.mark.parametrize(("library", "allowed"), sorted(HEAVY.items()))
def test_heavy_libraries_stay_in_their_layer(library: str, allowed: set[str]) -> None:
    users = sorted(
        name
        for name, path in MODULES.items()
        if any(i == library or i.startswith(library + ".") for i in _imports(path))
        and _layer(name) not in allowed
    )
    assert users == []


def test_modules_stay_small() -> None:
    long = {
        name: n
        for name, p in MODULES.items()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_few_top_level_modules() -> None:
    top = [p.name for p in SOURCE.glob("*.py")]
    assert len(top) <= MAX_TOP_LEVEL, top


def test_packages_stay_browsable() -> None:
    crowded = {
        str(folder.relative_to(SOURCE)): n
        for folder in [SOURCE, *(p.parent for p in SOURCE.rglob("__init__.py"))]
        if (n := len(list(folder.glob("*.py")))) > MAX_PER_PACKAGE
    }
    assert crowded == {}


def test_help_imports_neither_pandas_nor_matplotlib() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from bulletin.cli import main\n"
        "assert CliRunner().invoke(main, ['--help']).exit_code == 0\n"
        "heavy = sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

"""The headless layers import and run without PySide6, every import-linter contract is
declared and holds, no modules import each other in a circle, and the packages stay tidy."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"

# Every contract pyproject.toml must declare: removing one fails here, breaking one below.
CONTRACTS = [
    "Layers point down only",
    "Service rooms stack on the kernel (the modules at the root of desktop.services)",
    "Headless layers never import Qt",
    "The ui reaches the database only through the services",
]
KERNEL_MODULES_AT_MOST = 20


def test_headless_layers_import_without_pyside6():
    # A meta-path finder that makes any PySide6 import fail, then import every headless module.
    script = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome', 'qtpy'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
import desktop
for layer in ('domain', 'data', 'services', 'documents'):
    package = importlib.import_module('desktop.' + layer)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        if '.migrations' not in info.name:  # Alembic loads these itself
            importlib.import_module(info.name)
print('ok')
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_import_linter_contracts_hold():
    # `python -m importlinter.cli` runs nothing, so call the command's function itself.
    script = (
        "import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename='pyproject.toml'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in CONTRACTS:
        assert f"{name} KEPT" in result.stdout, result.stdout
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout, result.stdout


def test_every_contract_is_declared():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    declared = [contract["name"] for contract in config["tool"]["importlinter"]["contracts"]]
    assert sorted(declared) == sorted(CONTRACTS)
    assert len(set(declared)) == len(declared)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_time_statements(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is imported: not those inside functions, nor those
    under `if TYPE_CHECKING:`."""
    for statement in body:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            yield statement
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        elif isinstance(statement, ast.If):
            if not is_type_checking(statement.test):
                yield from import_time_statements(statement.body)
            yield from import_time_statements(statement.orelse)
        elif isinstance(statement, ast.Try):
            for block in (statement.body, statement.orelse, statement.finalbody):
                yield from import_time_statements(block)
            for handler in statement.handlers:
                yield from import_time_statements(handler.body)
        elif isinstance(statement, ast.ClassDef | ast.With):
            yield from import_time_statements(statement.body)


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of `known` that `name` (at `path`) imports at import time."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for statement in import_time_statements(ast.parse(path.read_text("utf-8")).body):
        if isinstance(statement, ast.Import):
            found.update(alias.name for alias in statement.names)
            continue
        base = statement.module or ""
        if statement.level:
            anchor = package.split(".")[: len(package.split(".")) - statement.level + 1]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in statement.names:
            submodule = f"{base}.{alias.name}"
            found.add(submodule if submodule in known else base)
    return found & known


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(path): path for path in DESKTOP.rglob("*.py")}
    known = set(paths)
    return {name: imported_modules(name, path, known) - {name} for name, path in paths.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively (the graph is deeper than Python's recursion limit
    might like)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def test_the_cycle_finder_finds_cycles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert sorted(strongly_connected(graph)) == [["a", "b", "c"], ["d"], ["e"]]


def test_the_import_graph_reads_top_level_imports_only():
    graph = import_graph()
    assert "desktop.cli.common" in graph["desktop.cli.admin"]
    assert "desktop.cli.admin" in graph["desktop.cli"]  # `from desktop.cli import admin`
    # Imported inside a function, or under `if TYPE_CHECKING:`: not at import time.
    assert "desktop.ui.smoke" not in graph["desktop.cli"]
    assert "desktop.services.database" not in graph["desktop.cli.common"]


def test_no_modules_import_each_other_in_a_circle():
    cycles = [c for c in strongly_connected(import_graph()) if len(c) > 1]
    assert cycles == []


def test_the_services_kernel_stays_small():
    modules = [p for p in (DESKTOP / "services").glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= KERNEL_MODULES_AT_MOST, sorted(p.name for p in modules)


def test_every_package_says_what_lives_there():
    silent = [
        str(path.relative_to(ROOT))
        for path in DESKTOP.rglob("__init__.py")
        if not ast.get_docstring(ast.parse(path.read_text("utf-8")))
    ]
    assert silent == []

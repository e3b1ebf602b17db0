"""The rooms of src/khabar and what each may import, as README's Architecture table says.

Every import counts: at the top of a module, inside a function (deferred to save start-up
time) or under ``TYPE_CHECKING``: each is a dependency a reader has to follow.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "khabar"


def _rooms() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Room of each top-level module name, and the rooms each room may import directly."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    room_of: dict[str, str] = {}
    may: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith(("`", "**")):
            continue
        modules = re.findall(r"`([\w.]+)`", cells[0])
        named = re.match(r"\*\*(\w+)\*\*", cells[0])
        room = named.group(1) if named else modules[0]
        for module in modules:
            room_of[module] = room
        may[room] = set(re.findall(r"`(\w+)`", cells[2])) | (
            {"base"} if cells[2].startswith("base") else set()
        )
    return room_of, may


def _reachable(may: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for room in may:
        seen: set[str] = set()
        todo = list(may[room])
        while todo:
            r = todo.pop()
            if r not in seen:
                seen.add(r)
                todo.extend(may.get(r, ()))
        out[room] = seen
    return out


def _module_name(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports (a package counts as its
    __init__)."""
    files = {_module_name(p, package): p for p in package.rglob("*.py")}
    found: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                submodules = {f"{source}.{a.name}" for a in node.names} & files.keys()
                targets.update(submodules)
                if len(submodules) < len(node.names):
                    targets.add(source)
        found[name] = {t for t in targets if t in files and t != name}
    return found


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_module_has_a_room() -> None:
    room_of, _ = _rooms()
    missing = sorted({_top(m) for m in _imports()} - room_of.keys())
    assert not missing, f"not in README's Architecture table: {missing}"


def test_no_room_imports_above_itself_or_beside_itself() -> None:
    room_of, may = _rooms()
    allowed = _reachable(may)
    wrong = sorted(
        f"{source} -> {target}"
        for source, targets in _imports().items()
        for target in targets
        if room_of[_top(source)] != room_of[_top(target)]
        and room_of[_top(target)] not in allowed[room_of[_top(source)]]
    )
    assert not wrong, "imports against README's Architecture table:\n" + "\n".join(wrong)


def test_the_table_itself_has_no_cycle() -> None:
    _, may = _rooms()
    assert all(room not in reached for room, reached in _reachable(may).items())


def test_no_import_cycle() -> None:
    cycles = _cycles(_imports())
    assert not cycles, f"modules that import each other: {cycles}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while not component or component[-1] != node:
                component.append(stack.pop())
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_the_reader_finds_every_kind_of_import(tmp_path: Path) -> None:
    """Relative, absolute, deferred and type-only imports are all seen, and a cycle through
    them is found."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("from . import low\n")
    (package / "sub" / "low.py").write_text("def f():\n    from pkg import high\n")
    (package / "high.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub.low import f\n"
    )
    graph = _imports(package)
    assert graph == {
        "pkg": set(),
        "pkg.sub": {"pkg.sub.low"},
        "pkg.sub.low": {"pkg.high"},
        "pkg.high": {"pkg.sub.low"},
    }
    assert _cycles(graph) == [["pkg.high", "pkg.sub.low"]]

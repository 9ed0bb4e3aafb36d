"""Import contracts for daemon/hopthu: the layering the README describes, checked on the import graph.

Reads every module with `ast` (imports inside functions and under `if TYPE_CHECKING:` count too:
a deferred import is still a dependency) and fails with exit status 1 on
  - an import cycle between modules;
  - `hopthu.core` importing anything of hopthu outside `hopthu.core` (stdlib and third-party are fine);
  - an adapter (sources, register, mail, outbox, google) importing pipeline, casework, wiring, service or cli;
  - pipeline or casework importing wiring, service or cli.
It prints how many modules each layer holds and the longest import chain: what importing a module
runs at once (imports under `if TYPE_CHECKING:` are annotations, and imports inside a function run
when it is first called — that is how the idle daemon keeps imapclient or gspread unloaded — so both
take part in the contracts and the cycle check but not in the chain), and fails when that chain is
too long. The chain counting every import is printed beside it.

    python scripts/check_imports.py [--root daemon] [--max-chain N]

Standard library only, so it runs before anything is installed.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "hopthu"
ADAPTERS = ("sources", "register", "mail", "outbox", "google")
# What each layer must not import (module prefixes below hopthu.).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    **{a: ("pipeline", "casework", "wiring", "service", "cli") for a in ADAPTERS},
    "pipeline": ("wiring", "service", "cli"),
    "casework": ("wiring", "service", "cli"),
}
# Layers from the top down, for the counts; the first matching prefix wins.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("entry (cli, service, wiring)", ("cli", "service", "wiring")),
    ("pipeline, casework", ("pipeline", "casework")),
    ("adapters", ADAPTERS),
    ("app, journal, config, errors", ("app", "journal", "config", "errors")),
    ("core", ("core",)),
)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    type_only: bool = False  # under `if TYPE_CHECKING:`: no runtime import, still a dependency
    deferred: bool = False  # inside a function: loaded when that function first runs, still a dependency


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(name: str, modules: set[str]) -> str | None:
    """The most specific known module a dotted name lands in (`a.b.func` → `a.b`)."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside an `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`) block."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and (
            (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
            or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")
        ):
            for stmt in node.body:
                inside.update(id(n) for n in ast.walk(stmt))
    return inside


def _function_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside a function body (imports there run when the function is first called)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for stmt in node.body:
                inside.update(id(n) for n in ast.walk(stmt))
    return inside


def imports_of(module: str, path: Path, modules: set[str]) -> Iterable[Edge]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    type_only = _type_checking_nodes(tree)
    in_function = _function_nodes(tree)
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                # Relative: level 1 is this module's package (or the package itself for __init__).
                anchor = module.split(".")
                drop = node.level - 1 if is_package else node.level
                anchor = anchor[: len(anchor) - drop] if drop else anchor
                base = ".".join(anchor + ([base] if base else []))
            # `from pkg import mod` imports the module pkg.mod; `from mod import name` imports mod.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        for target in targets:
            resolved = _resolve(target, modules)
            if resolved is not None and resolved != module:
                yield Edge(module, resolved, node.lineno, id(node) in type_only, id(node) in in_function)


def build_graph(root: Path) -> tuple[dict[str, Path], list[Edge]]:
    files = {module_name(p, root): p for p in sorted((root / PACKAGE).rglob("*.py"))}
    names = set(files)
    edges = sorted({e for m, p in files.items() for e in imports_of(m, p, names)}, key=lambda e: (e.source, e.target, e.line))
    return files, edges


def _below(module: str) -> str:
    """The first component under hopthu (`hopthu.register.xlsx` → `register`)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_violations(edges: list[Edge]) -> list[str]:
    problems = []
    for e in edges:
        src, dst = _below(e.source), _below(e.target)
        if src == "core" and dst != "core":
            problems.append(f"{e.source}:{e.line} imports {e.target}: core/ must import nothing of hopthu outside core/")
        elif dst in FORBIDDEN.get(src, ()):
            problems.append(f"{e.source}:{e.line} imports {e.target}: {src} must not import {', '.join(FORBIDDEN[src])}")
    return problems


def find_cycles(modules: Iterable[str], graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for start in modules:
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            succ = graph.get(node, [])
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return cycles


def longest_chain(modules: list[str], graph: dict[str, list[str]]) -> list[str]:
    """The longest path of imports, counted in modules. Edges that close a cycle are skipped,
    so the answer stays defined (and finite) on a graph that still has one."""
    best: dict[str, list[str]] = {}
    visiting: set[str] = set()

    def walk(node: str) -> list[str]:
        if node in best:
            return best[node]
        visiting.add(node)
        tail: list[str] = []
        for nxt in graph.get(node, []):
            if nxt in visiting:
                continue
            candidate = walk(nxt)
            if len(candidate) > len(tail):
                tail = candidate
        visiting.discard(node)
        best[node] = [node, *tail]
        return best[node]

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(modules) + 100))
    chains = [walk(m) for m in modules]
    return max(chains, key=len) if chains else []


def layer_counts(modules: Iterable[str]) -> list[tuple[str, int]]:
    counts = {name: 0 for name, _ in LAYERS}
    other = 0
    for m in modules:
        below = _below(m)
        for name, prefixes in LAYERS:
            if below in prefixes:
                counts[name] += 1
                break
        else:
            other += 1
    return [*counts.items(), *([("other (package roots)", other)] if other else [])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent / "daemon",
                        help="the source root that holds the hopthu package (default: daemon/)")
    parser.add_argument("--max-chain", type=int, default=10,
                        help="fail when the longest import chain has more modules than this (default: 10)")
    args = parser.parse_args(argv)

    files, edges = build_graph(args.root)
    modules = sorted(files)
    graph: dict[str, list[str]] = {}
    runtime: dict[str, list[str]] = {}  # what importing a module runs at once
    for e in edges:
        if e.target not in graph.setdefault(e.source, []):
            graph[e.source].append(e.target)
        if not (e.type_only or e.deferred) and e.target not in runtime.setdefault(e.source, []):
            runtime[e.source].append(e.target)

    problems = layer_violations(edges)
    for cycle in find_cycles(modules, graph):
        members = set(cycle)
        inner = [f"{e.source}:{e.line} → {e.target}" + (" (under TYPE_CHECKING)" if e.type_only else "")
                 for e in edges if e.source in members and e.target in members]
        problems.append("import cycle between " + ", ".join(cycle) + ": " + "; ".join(inner))

    print(f"{len(modules)} modules, {len({(e.source, e.target) for e in edges})} imports between them")
    for name, count in layer_counts(modules):
        print(f"  {name:<32} {count:>3}")
    chain = longest_chain(modules, runtime)
    print(f"longest import chain: {len(chain)} modules: {' → '.join(chain)}")
    every = longest_chain(modules, graph)
    if len(every) > len(chain):
        print(f"  (counting imports inside functions and for annotations too: {len(every)} modules: "
              f"{' → '.join(every)})")
    if len(chain) > args.max_chain:
        problems.append(f"the longest import chain has {len(chain)} modules, more than {args.max_chain}")

    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    if problems:
        return 1
    print("import contracts hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())

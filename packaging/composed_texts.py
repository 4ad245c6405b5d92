"""Find the texts the layers below the UI compose, for translation: error templates, phrase
templates and terms (see desktop/domain/phrases.py). pyside6-lupdate cannot see them, so
they are read from the sources here, without importing the application.

    python packaging/composed_texts.py      # list them, and any that cannot be translated
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADLESS = [ROOT / "desktop" / layer for layer in ("domain", "data", "services")]
# The translation context of each kind of composed text (as the UI looks it up).
PHRASE_CONTEXT = {"Phrase": "phrases", "Term": "terms"}
ERROR_CONTEXT = "errors"
ERROR_BASE = "Explained"


@dataclass(frozen=True)
class Found:
    context: str
    text: str
    path: Path
    line: int


def _name(node: ast.expr) -> str:
    """`X` or `module.X` as "X"."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """Every class that derives, by name, from Explained."""
    bases = {
        node.name: {_name(base) for base in node.bases}
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    found = {ERROR_BASE}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def scan(folders: list[Path] = HEADLESS) -> tuple[list[Found], list[Found]]:
    """(texts, problems): every literal template and term, and every call that passes
    something other than a literal (an f-string, a variable), which no one could translate."""
    paths = sorted(p for folder in folders for p in folder.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in paths]
    contexts = dict.fromkeys(_error_classes(trees), ERROR_CONTEXT) | PHRASE_CONTEXT
    texts, problems = [], []
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            context = contexts.get(_name(node.func))
            if context is None or not node.args:
                continue
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            text = first.value if literal else ast.unparse(first)
            (texts if literal else problems).append(Found(context, text, path, node.lineno))
    return sorted(texts, key=_place), sorted(problems, key=_place)


def _place(found: Found) -> tuple[Path, int]:
    return found.path, found.line


def main() -> None:
    texts, problems = scan()
    for found in texts:
        print(f"{found.context}\t{found.text}")
    for found in problems:
        print(f"NOT TRANSLATABLE {found.path.relative_to(ROOT)}:{found.line}: {found.text}")


if __name__ == "__main__":
    main()

"""The house's layout rules. The library never prints: output is the command line's (cli*.py) or a ``python -m``
entry's (the ``if __name__ == "__main__":`` block); library code returns values, logs or takes a progress callback.
Stages stay thin (stages/*.py under a line cap)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "eventcoder"


def _is_main_block(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
        and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in node.test.comparators)
    )


def prints_outside_entries(source: str) -> list[int]:
    """Lines of ``print(...)`` calls and ``sys.stdout``/``sys.stderr`` writes outside a ``__main__`` block."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        if _is_main_block(node):
            return
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "print":
                found.append(node.lineno)
            elif (isinstance(func, ast.Attribute) and func.attr == "write" and isinstance(func.value, ast.Attribute)
                  and func.value.attr in ("stdout", "stderr") and isinstance(func.value.value, ast.Name) and func.value.value.id == "sys"):
                found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found


def test_the_checker_finds_prints_and_spares_main_blocks() -> None:
    source = "import sys\ndef f():\n    print('x')\n    sys.stderr.write('y')\nif __name__ == '__main__':\n    print('z')\n"
    assert prints_outside_entries(source) == [3, 4]


def test_the_library_never_prints() -> None:
    offenders = {
        str(path.relative_to(SRC)): lines
        for path in sorted(SRC.rglob("*.py"))
        if not path.name.startswith("cli") and (lines := prints_outside_entries(path.read_text("utf-8")))
    }
    assert offenders == {}


# Stages stay thin: a stage reads its inputs, calls its package (geo/, timex/, counting/, ...) and records the
# result; knowledge and logic live in the package. The cap is the longest stage when it was set (stages/places.py,
# 356 lines) rounded up to the hundred: move code out of a stage rather than raise it.
STAGE_MAX_LINES = 400


def test_stages_stay_thin() -> None:
    stages = sorted((SRC / "stages").glob("*.py"))
    assert len(stages) > 5
    long = {path.name: n for path in stages if (n := len(path.read_text("utf-8").splitlines())) > STAGE_MAX_LINES}
    assert long == {}, f"stages over {STAGE_MAX_LINES} lines: move their logic into its package"

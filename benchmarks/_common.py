"""Pieces shared by the benchmark scripts (run as ``python benchmarks/NAME.py``, so this module is importable)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_bytecode() -> None:
    """Compile eventcoder's modules to bytecode, as ``pip install`` does for an installed package: in a
    checkout run with PYTHONDONTWRITEBYTECODE=1 every module is otherwise recompiled by every process
    (~0.1 s, which plain spaCy, installed and compiled, never pays)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "eventcoder")], check=False, stdout=subprocess.DEVNULL)


def print_load_average() -> None:
    """The load average, so a reader can judge how shared the machine was (nothing where the OS has none)."""
    try:
        print(f"load average     {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    except OSError:
        pass

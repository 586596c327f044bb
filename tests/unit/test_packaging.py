"""The explicit package list and package data of pyproject.toml cover the whole source tree.

The repository root is mapped to `stratgraph` with an explicit package list, so a new
sub-package or data folder is silently left out of wheels unless it is listed: an editable
install hides that, this test does not.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_PACKAGED = {"tests", "bench", "scripts", "docs", ".venv", ".git", ".stratgraph", ".ci", "build"}


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _package_dirs() -> dict[str, Path]:
    found = {}
    for init in ROOT.rglob("__init__.py"):
        rel = init.parent.relative_to(ROOT)
        if rel.parts and (rel.parts[0] in NOT_PACKAGED or rel.parts[0].startswith(".")):
            continue
        found[".".join(("stratgraph", *rel.parts))] = init.parent
    return found


def test_every_python_package_is_listed() -> None:
    assert set(_config()["packages"]) == set(_package_dirs())


def test_every_data_file_is_package_data() -> None:
    config = _config()
    packages = _package_dirs()
    data = config.get("package-data", {})
    missing = []
    for name, directory in packages.items():
        if name == "stratgraph":  # the root's own files are project files (README, Makefile...)
            continue
        for path in directory.rglob("*"):
            parts = path.relative_to(directory).parts
            if (not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in parts
                    or any(part.startswith(".") for part in parts)):
                continue
            # files under a sub-package belong to that sub-package's own entry
            owner = max((p for p, d in packages.items() if d in path.parents), key=len)
            if owner != name:
                continue
            rel = path.relative_to(directory).as_posix()
            if not any(fnmatch.fnmatch(rel, pattern) for pattern in data.get(name, [])):
                missing.append(f"{name}: {rel}")
    assert not missing, "not in [tool.setuptools.package-data]: " + ", ".join(sorted(missing)[:20])

"""Reading the project's YAML data files (knowledge base, rules, schema, cue lists).

Every worker process reads about 1 MB of them before its first article; PyYAML's pure-Python
parser takes ten times as long as its libyaml binding, so this one helper picks the binding
whenever the installed PyYAML has it (it falls back to the pure-Python loader otherwise).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The parsed content of the UTF-8 YAML file at `path` (None for an empty file)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)

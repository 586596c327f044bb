"""The look of diagrams, read from `style.yaml` (data, not code)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

STYLE_FILE = Path(__file__).resolve().parent / "style.yaml"


@dataclass(frozen=True)
class TypeStyle:
    color: str
    shape: str
    mermaid: str
    legend: str


@dataclass(frozen=True)
class Style:
    fontname: str
    types: dict[str, TypeStyle]
    default_type: TypeStyle
    relations: dict[str, str]
    influence_default: str
    default: str

    def for_type(self, label: str) -> TypeStyle:
        return self.types.get(label, self.default_type)

    def edge_color(self, relation: str, influence: bool) -> str:
        if relation in self.relations:
            return self.relations[relation]
        return self.influence_default if influence else self.default


@lru_cache(maxsize=1)
def get_style(path: Path = STYLE_FILE) -> Style:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Style(
        fontname=data["fontname"],
        types={label: TypeStyle(**spec) for label, spec in data["types"].items()},
        default_type=TypeStyle(**data["default_type"]),
        relations=dict(data["relations"]),
        influence_default=data["influence_default"],
        default=data["default"],
    )

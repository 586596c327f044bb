"""Neo4j values as plain JSON-ready Python: nodes, relationships, paths, temporal types.

Researchers' own Cypher may return whole nodes or paths; every face (JSON, CSV, tables)
needs them as dicts, lists, strings and numbers.
"""

from __future__ import annotations

import base64
import json
import math
from typing import Any

from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point


def _node(node: Node) -> dict[str, Any]:
    return {
        "element_id": node.element_id,
        "labels": sorted(node.labels),
        "properties": {k: to_plain(v) for k, v in node.items()},
    }


def _relationship(rel: Relationship) -> dict[str, Any]:
    return {
        "element_id": rel.element_id,
        "type": rel.type,
        "start": rel.start_node.element_id if rel.start_node is not None else None,
        "end": rel.end_node.element_id if rel.end_node is not None else None,
        "properties": {k: to_plain(v) for k, v in rel.items()},
    }


def to_plain(value: Any) -> Any:
    """A JSON-serialisable equivalent of any value the driver returns."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)  # JSON has no NaN/Infinity
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, Node):
        return _node(value)
    if isinstance(value, Relationship):
        return _relationship(value)
    if isinstance(value, Path):
        return {
            "nodes": [_node(n) for n in value.nodes],
            "relationships": [_relationship(r) for r in value.relationships],
        }
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": list(value)}
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return value.iso_format()
    return str(value)


def cell_text(value: Any) -> str:
    """One plain value as a CSV or table cell: scalars as text, structures as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

"""CSV files in the layout `neo4j-admin database import full` reads, plus the command to run.

One node file per group (`entities.csv`, `articles.csv`, `claims.csv`) with an `id:ID(<group>)`
column (three ID spaces, so an article id can never collide with an entity id) and a `:LABEL`
column; one relationship file per (type, start group, end group) with `:START_ID(<group>)`,
`:END_ID(<group>)` and `:TYPE`. Property columns are typed from the values (`:long`,
`:double`, `:boolean`, `:string[]`...), so the import restores numbers and lists, not text.

Writing rules that keep the import lossless: strings are always quoted (an empty string stays
an empty string), a missing property is an empty unquoted field (neo4j-admin reads it as
absent), and list elements are joined with the array delimiter, which is `;` unless some value
contains it, in which case the unit separator U+001F is used and `import.sh` says so.
"""

from __future__ import annotations

import json
import shlex
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stratgraph.graph.export.dump import GraphDump, Node, Rel

DEFAULT_DELIMITER = ";"
FALLBACK_DELIMITER = "\x1f"
NODE_FILES = {"Entity": "entities.csv", "Article": "articles.csv", "Claim": "claims.csv"}


@dataclass
class CsvExport:
    """What was written: node and relationship files, counts and the import arguments."""

    directory: Path
    node_files: list[Path]
    relationship_files: list[Path]
    nodes: int
    relationships: int
    array_delimiter: str

    def import_args(self, database: str = "neo4j", base: Path | None = None) -> list[str]:
        """Arguments after `neo4j-admin`, with file paths relative to `base` when given."""

        def show(path: Path) -> str:
            return str(path.relative_to(base)) if base else str(path)

        delimiter = "U+001F" if self.array_delimiter == FALLBACK_DELIMITER else self.array_delimiter
        # the database name goes first: --nodes/--relationships take several values and would
        # swallow a trailing positional argument as one more file
        args = [
            "database", "import", "full", database,
            "--overwrite-destination=true",
            "--multiline-fields=true",
            f"--array-delimiter={delimiter}",
        ]
        args += [f"--nodes={show(p)}" for p in self.node_files]
        args += [f"--relationships={show(p)}" for p in self.relationship_files]
        return args


def _kind(value: Any) -> str | None:
    """Neo4j CSV type of one value (`None` for a null)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, (list, tuple)):
        inner = {_kind(v) for v in value} - {None}
        if not inner:
            return "string[]"
        if inner <= {"long", "double"} and "double" in inner:
            return "double[]"
        return f"{inner.pop()}[]" if len(inner) == 1 else "string[]"
    return "string"


def column_types(items: Iterable[dict[str, Any]], skip: set[str]) -> dict[str, str]:
    """Property name -> CSV type over all rows; mixed numbers widen to double, else string."""
    seen: dict[str, set[str]] = defaultdict(set)
    for props in items:
        for key, value in props.items():
            if key in skip:
                continue
            kind = _kind(value)
            seen[key].add(kind or "null")
    types = {}
    for key, kinds in sorted(seen.items()):
        kinds.discard("null")
        if not kinds:
            types[key] = "string"
        elif len(kinds) == 1:
            types[key] = kinds.pop()
        elif kinds <= {"long", "double"}:
            types[key] = "double"
        elif kinds <= {"long[]", "double[]"}:
            types[key] = "double[]"
        else:
            types[key] = "string"
    return types


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _field(value: Any, kind: str, delimiter: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]"):
        items = value if isinstance(value, (list, tuple)) else [value]
        return _quote(delimiter.join(_scalar(v) for v in items))
    if kind == "string":
        return _quote(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def choose_delimiter(dump: GraphDump) -> str:
    """`;` unless some list element contains it (aliases such as "A; B" happen)."""
    for item in [*dump.nodes, *dump.rels]:
        for value in item.props.values():
            if isinstance(value, (list, tuple)) and any(
                DEFAULT_DELIMITER in str(v) for v in value
            ):
                return FALLBACK_DELIMITER
    return DEFAULT_DELIMITER


def _write_nodes(path: Path, group: str, nodes: list[Node], delimiter: str) -> None:
    types = column_types((n.props for n in nodes), skip={"id"})
    header = [f"id:ID({group})", ":LABEL", *(_header(k, t) for k, t in types.items())]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for node in nodes:
            row = [_quote(node.id), _quote(delimiter.join(node.labels))]
            row += [_field(node.props.get(k), t, delimiter) for k, t in types.items()]
            out.write(",".join(row) + "\n")


def _write_rels(path: Path, rels: list[Rel], delimiter: str) -> None:
    first = rels[0]
    types = column_types((r.props for r in rels), skip=set())
    header = [
        f":START_ID({first.start_group})",
        f":END_ID({first.end_group})",
        ":TYPE",
        *(_header(k, t) for k, t in types.items()),
    ]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for rel in rels:
            row = [_quote(rel.start), _quote(rel.end), _quote(rel.type)]
            row += [_field(rel.props.get(k), t, delimiter) for k, t in types.items()]
            out.write(",".join(row) + "\n")


def write_csv(dump: GraphDump, directory: Path) -> CsvExport:
    """Write every file and `import.sh` into `directory` (created if needed)."""
    directory.mkdir(parents=True, exist_ok=True)
    delimiter = choose_delimiter(dump)
    node_files = []
    for group, name in NODE_FILES.items():
        nodes = dump.by_group(group)
        if not nodes:
            continue
        path = directory / name
        _write_nodes(path, group, nodes, delimiter)
        node_files.append(path)
    grouped: dict[tuple[str, str, str], list[Rel]] = defaultdict(list)
    for rel in dump.rels:
        grouped[(rel.type, rel.start_group, rel.end_group)].append(rel)
    rel_files = []
    for (rel_type, start, end), rels in sorted(grouped.items()):
        path = directory / f"rel_{rel_type.lower()}_{start.lower()}_{end.lower()}.csv"
        _write_rels(path, rels, delimiter)
        rel_files.append(path)
    export = CsvExport(
        directory=directory,
        node_files=node_files,
        relationship_files=rel_files,
        nodes=len(dump.nodes),
        relationships=len(dump.rels),
        array_delimiter=delimiter,
    )
    script = (
        "#!/bin/sh\n"
        "# Import these files into an EMPTY, STOPPED database (it is overwritten):\n"
        "#   NEO4J_HOME=/path/to/neo4j sh import.sh [database]\n"
        'cd "$(dirname "$0")"\n'
        '"${NEO4J_HOME:?set NEO4J_HOME}/bin/neo4j-admin" database import full "${1:-neo4j}" '
        + " ".join(shlex.quote(a) for a in export.import_args(base=directory)[4:])
        + "\n"
    )
    (directory / "import.sh").write_text(script, encoding="utf-8")
    return export

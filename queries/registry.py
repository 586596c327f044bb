"""The curated queries: one `queries/<name>.cypher` file each, with a YAML header in comments.

A file starts with `//` comment lines holding YAML (title, description, tags, params), then
the Cypher. Loading is strict, in Datasette's spirit of "configuration that documents itself":
a missing description, a parameter without an example, or a `$parameter` the header does not
declare (or a declared one the query never uses) stops start-up with the file's name.

    // title: Entity profile
    // description: Names, aliases, type, Wikidata id and counts for one entity.
    // tags: [entities]
    // params:
    //   - {name: id, type: string, description: Entity id, example: "org:openai"}
    MATCH (e:Entity {id: $id}) RETURN e.name AS name
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from stratgraph.queries.cypher_text import CypherTextError, parameters
from stratgraph.queries.params import Param, coerce_params, make_param

QUERIES_DIR = Path(__file__).resolve().parent
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class RegistryError(ValueError):
    """A query file is malformed; the message starts with the file's path."""


class UnknownQuery(KeyError):
    """No curated query has this name."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(name)

    def __str__(self) -> str:
        return f"no curated query named {self.name!r}"


class _Header(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=3, max_length=120)
    description: str = Field(min_length=20)
    tags: list[str] = Field(min_length=1)
    params: list[Any] = Field(default_factory=list)

    @field_validator("description", "title")
    @classmethod
    def _strip(cls, value: str) -> str:
        return " ".join(value.split())


@dataclass(frozen=True)
class CuratedQuery:
    """A loaded, checked query: its documentation and its Cypher."""

    name: str
    title: str
    description: str
    tags: tuple[str, ...]
    params: tuple[Param, ...]
    cypher: str
    path: Path

    def bind(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Typed parameter values for `given` (raises `ParamError`)."""
        return coerce_params(self.params, dict(given))

    def example_params(self) -> dict[str, Any]:
        """The raw example value of every parameter (what the docs show and the tests run)."""
        return {p.name: p.example for p in self.params}

    def public(self) -> dict[str, Any]:
        """The catalogue entry served by `GET /queries`."""
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "tags": list(self.tags),
            "params": [p.public() for p in self.params],
        }


def split_header(text: str) -> tuple[str, str]:
    """(YAML of the leading `//` lines, the Cypher after them)."""
    header: list[str] = []
    lines = text.splitlines()
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 - index is used after the loop
        if line.startswith("//"):
            body = line[2:]
            header.append(body[1:] if body.startswith(" ") else body)
            continue
        break
    else:
        index = len(lines)
    return "\n".join(header), "\n".join(lines[index:]).strip()


def parse_query(path: Path) -> CuratedQuery:
    """Read and check one query file; raise `RegistryError` naming the file and the fault."""
    name = path.stem
    if not _NAME.match(name):
        raise RegistryError(f"{path}: file name must be snake_case (it becomes the query name)")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read: {exc}") from exc
    raw_header, cypher = split_header(text)
    if not raw_header.strip():
        raise RegistryError(f"{path}: no header (leading `//` lines of YAML)")
    if not cypher:
        raise RegistryError(f"{path}: no Cypher after the header")
    try:
        data = yaml.safe_load(raw_header)
        header = _Header(**(data if isinstance(data, dict) else {}))
        params = tuple(make_param(raw) for raw in header.params)
    except (yaml.YAMLError, ValidationError, ValueError, TypeError) as exc:
        raise RegistryError(f"{path}: bad header: {exc}") from exc
    declared = [p.name for p in params]
    if len(set(declared)) != len(declared):
        raise RegistryError(f"{path}: a parameter is declared twice")
    try:
        used = parameters(cypher)
    except CypherTextError as exc:
        raise RegistryError(f"{path}: {exc}") from exc
    undeclared = sorted(used - set(declared))
    if undeclared:
        raise RegistryError(f"{path}: undeclared parameters: {', '.join('$' + u for u in undeclared)}")
    unused = sorted(set(declared) - used)
    if unused:
        raise RegistryError(f"{path}: declared but unused parameters: {', '.join(unused)}")
    return CuratedQuery(
        name=name,
        title=header.title,
        description=header.description,
        tags=tuple(header.tags),
        params=params,
        cypher=cypher,
        path=path,
    )


class Registry(Mapping[str, CuratedQuery]):
    """Every curated query by name, in name order."""

    def __init__(self, queries: list[CuratedQuery]) -> None:
        self._queries = {q.name: q for q in sorted(queries, key=lambda q: q.name)}

    def __getitem__(self, name: str) -> CuratedQuery:
        try:
            return self._queries[name]
        except KeyError:
            raise UnknownQuery(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._queries)

    def __len__(self) -> int:
        return len(self._queries)

    def catalogue(self) -> list[dict[str, Any]]:
        return [q.public() for q in self._queries.values()]


def load_registry(directory: Path = QUERIES_DIR) -> Registry:
    """Load every `*.cypher` of `directory`; the first bad file raises `RegistryError`."""
    files = sorted(directory.glob("*.cypher"))
    if not files:
        raise RegistryError(f"{directory}: no .cypher files")
    return Registry([parse_query(path) for path in files])


@lru_cache(maxsize=1)
def get_registry() -> Registry:
    """The packaged queries, loaded once per process."""
    return load_registry()

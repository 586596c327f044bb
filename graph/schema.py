"""The graph model, read from the data files in `graph/schema/`.

One YAML file per entity type (`entities/`) and per relation type (`relations/`), in the spirit
of FollowTheMoney: code never spells a label or relationship type of its own, it asks the
schema. Files are validated when loaded, so a bad file stops start-up with its name and the
reason instead of producing a half-typed graph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from stratgraph.datafiles import read_yaml

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
_IDENT = re.compile(r"^[A-Z][A-Za-z]*$")
_REL_IDENT = re.compile(r"^[A-Z][A-Z_]*$")
_PROPERTY_TYPES = {"string", "list[string]", "bool", "bool|null", "int", "float", "date"}
# Labels the loader itself owns (provenance), not declared as entity files.
# Every entity node also carries ENTITY_LABEL, so one constraint and one index serve lookups by
# id or name whatever the type.
ENTITY_LABEL = "Entity"
PROVENANCE_LABELS = ("Article", "Claim")
PROVENANCE_RELATIONS = ("SUBJECT", "OBJECT", "FROM", "MENTIONS")


class SchemaError(ValueError):
    """A schema file is missing, unreadable or inconsistent."""


class EntityType(BaseModel):
    """A node label: `Person`, `Organization`, ..."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    id_prefix: str = Field(pattern=r"^[a-z]+$")
    description: str = Field(min_length=10)
    properties: dict[str, str] = Field(default_factory=dict)

    @field_validator("label")
    @classmethod
    def _label(cls, value: str) -> str:
        if not _IDENT.match(value):
            raise ValueError(f"label {value!r} must be CamelCase letters")
        return value

    @field_validator("properties")
    @classmethod
    def _props(cls, value: dict[str, str]) -> dict[str, str]:
        for name, kind in value.items():
            if kind not in _PROPERTY_TYPES:
                raise ValueError(f"property {name!r} has unknown type {kind!r}")
        return value


class RelationType(BaseModel):
    """A relationship type with its allowed ends."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    description: str = Field(min_length=10)
    source: tuple[str, ...] = Field(min_length=1)
    target: tuple[str, ...] = Field(min_length=1)
    symmetric: bool = False
    influence: bool = Field(
        default=False, description="Counts in influence scores and influence diagrams."
    )
    properties: dict[str, str] = Field(default_factory=dict)

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if not _REL_IDENT.match(value):
            raise ValueError(f"relation type {value!r} must be UPPER_SNAKE_CASE")
        return value

    def allows(self, source_label: str, target_label: str) -> bool:
        """Whether `source -[type]-> target` fits the declared ends (either way if symmetric)."""
        if source_label in self.source and target_label in self.target:
            return True
        return self.symmetric and target_label in self.source and source_label in self.target


class Schema(BaseModel):
    """The whole model: entity types by label, relation types by type."""

    model_config = ConfigDict(frozen=True)

    entities: dict[str, EntityType]
    relations: dict[str, RelationType]

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(self.entities))

    @property
    def relation_types(self) -> tuple[str, ...]:
        return tuple(sorted(self.relations))

    def label_for_prefix(self, prefix: str) -> str | None:
        """The label whose ids start with `prefix:` (ids carry their type)."""
        for entity in self.entities.values():
            if entity.id_prefix == prefix:
                return entity.label
        return None

    def constraint_statements(self) -> list[str]:
        """Cypher creating uniqueness constraints and indexes, all `IF NOT EXISTS`.

        Labels come from the validated schema, never from input text, so interpolating them
        into the statement is safe.
        """
        statements = []
        for label in (ENTITY_LABEL, *self.labels, *PROVENANCE_LABELS):
            statements.append(
                f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            )
        statements.append(
            f"CREATE INDEX entity_name IF NOT EXISTS FOR (n:{ENTITY_LABEL}) ON (n.name)"
        )
        # `search_text` holds name and aliases case- and accent-folded (graph.names.fold),
        # so a search for "openia" or "Deepseek" finds the node whatever the spelling.
        statements.append(
            f"CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:{ENTITY_LABEL}) "
            "ON EACH [n.name, n.search_text]"
        )
        for relation in self.relation_types:
            statements.append(
                f"CREATE INDEX rel_{relation.lower()}_seen IF NOT EXISTS "
                f"FOR ()-[r:{relation}]-() ON (r.first_seen)"
            )
        statements.append(
            "CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate)"
        )
        statements.append("CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date)")
        statements.append(
            "CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)"
        )
        return statements


def _read(path: Path) -> dict[str, Any]:
    try:
        data = read_yaml(path)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SchemaError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise SchemaError(f"{path}: expected a mapping at the top level")
    return data


def load_schema(directory: Path = SCHEMA_DIR) -> Schema:
    """Read and cross-check every schema file; raise `SchemaError` naming the bad file."""
    entities: dict[str, EntityType] = {}
    relations: dict[str, RelationType] = {}
    entity_files = sorted((directory / "entities").glob("*.yaml"))
    relation_files = sorted((directory / "relations").glob("*.yaml"))
    if not entity_files or not relation_files:
        raise SchemaError(f"{directory}: no entity or relation files found")
    for path in entity_files:
        try:
            entity = EntityType(**_read(path))
        except ValidationError as exc:
            raise SchemaError(f"{path}: {exc}") from exc
        if entity.label in entities:
            raise SchemaError(f"{path}: label {entity.label} declared twice")
        entities[entity.label] = entity
    prefixes = [e.id_prefix for e in entities.values()]
    if len(set(prefixes)) != len(prefixes):
        raise SchemaError(f"{directory}: two entity types share an id prefix")
    for path in relation_files:
        try:
            relation = RelationType(**_read(path))
        except ValidationError as exc:
            raise SchemaError(f"{path}: {exc}") from exc
        if relation.type in PROVENANCE_RELATIONS:
            raise SchemaError(f"{path}: relation type {relation.type} is reserved for provenance")
        if relation.type in relations:
            raise SchemaError(f"{path}: relation {relation.type} declared twice")
        unknown = (set(relation.source) | set(relation.target)) - set(entities)
        if unknown:
            raise SchemaError(f"{path}: unknown entity types {sorted(unknown)}")
        relations[relation.type] = relation
    return Schema(entities=entities, relations=relations)


@lru_cache(maxsize=1)
def get_schema() -> Schema:
    """The packaged schema, loaded once per process."""
    return load_schema()

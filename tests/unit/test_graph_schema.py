"""The schema files load, cross-check, and a bad file stops start-up with its name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stratgraph.graph.schema import SCHEMA_DIR, SchemaError, load_schema

DESIGN_RELATIONS = {
    "LEADS", "WORKS_FOR", "LEFT", "FOUNDED", "DEVELOPS", "RELEASED", "OPEN_SOURCED",
    "INVESTS_IN", "PARTNERS_WITH", "COMPETES_WITH", "ACQUIRED", "CRITICIZED", "SUPPORTS",
    "OPPOSES", "INFLUENCED", "ANNOUNCED",
}


def test_packaged_schema_has_the_design_model() -> None:
    schema = load_schema()
    assert set(schema.labels) == {"Person", "Organization", "Model", "Product", "PolicyPosition", "Event"}
    assert set(schema.relation_types) == DESIGN_RELATIONS
    assert schema.relations["COMPETES_WITH"].symmetric
    assert not schema.relations["RELEASED"].symmetric
    assert schema.label_for_prefix("org") == "Organization"


def test_relation_ends_are_enforced_both_ways_only_when_symmetric() -> None:
    schema = load_schema()
    assert schema.relations["LEADS"].allows("Person", "Organization")
    assert not schema.relations["LEADS"].allows("Organization", "Person")
    assert schema.relations["SUPPORTS"].allows("Organization", "PolicyPosition")
    assert not schema.relations["SUPPORTS"].allows("Model", "PolicyPosition")


def test_constraints_are_idempotent_statements_for_every_label() -> None:
    statements = load_schema().constraint_statements()
    assert all("IF NOT EXISTS" in s for s in statements)
    for label in ("Entity", "Person", "Organization", "Article", "Claim"):
        assert any(f"(n:{label}) REQUIRE n.id IS UNIQUE" in s for s in statements)
    assert any(s.startswith("CREATE FULLTEXT INDEX entity_search") for s in statements)


@pytest.fixture()
def schema_copy(tmp_path: Path) -> Path:
    target = tmp_path / "schema"
    shutil.copytree(SCHEMA_DIR, target)
    return target


@pytest.mark.parametrize(
    ("file", "content", "message"),
    [
        ("relations/leads.yaml", "type: LEADS\ndescription: heads it somewhere\nsource: [Person]\ntarget: [Planet]\n", "unknown entity types"),
        ("relations/leads.yaml", "type: leads\ndescription: heads it somewhere\nsource: [Person]\ntarget: [Organization]\n", "UPPER_SNAKE_CASE"),
        ("relations/leads.yaml", "type: LEADS\ndescription: heads it somewhere\nsource: [Person]\ntarget: [Organization]\ncolour: red\n", "colour"),
        ("relations/leads.yaml", "- not a mapping\n", "expected a mapping"),
        ("relations/leads.yaml", "type: [unclosed\n", "cannot read"),
        ("relations/extra.yaml", "type: SUBJECT\ndescription: clashes with provenance\nsource: [Person]\ntarget: [Person]\n", "reserved"),
        ("entities/person.yaml", "label: Person\nid_prefix: org\ndescription: same prefix as organizations\n", "share an id prefix"),
        ("entities/person.yaml", "label: Person\nid_prefix: person\ndescription: a person\nproperties: {age: complex}\n", "unknown type"),
    ],
)
def test_bad_schema_file_fails_fast_naming_the_file(
    schema_copy: Path, file: str, content: str, message: str
) -> None:
    (schema_copy / file).write_text(content, encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        load_schema(schema_copy)
    assert message in str(info.value)
    assert Path(file).name in str(info.value) or "share an id prefix" in message


def test_empty_schema_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="no entity or relation files"):
        load_schema(tmp_path)

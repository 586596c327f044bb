"""The curated-query registry: the packaged files are complete, and bad files stop start-up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stratgraph.graph.schema import get_schema
from stratgraph.queries.registry import QUERIES_DIR, RegistryError, load_registry, parse_query

GOOD = """// title: A good query
// description: Returns the name of one entity, which is enough to test the loader.
// tags: [test]
// params:
//   - {name: id, type: string, description: Entity id, example: "org:openai"}
MATCH (e:Entity {id: $id}) RETURN e.name AS name
"""


def write(tmp_path: Path, text: str, name: str = "a_query") -> Path:
    path = tmp_path / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_registry_has_at_least_fifteen_documented_queries() -> None:
    registry = load_registry()
    assert len(registry) >= 15
    for query in registry.values():
        assert len(query.description) >= 20, query.name
        assert query.title and query.tags, query.name
        for param in query.params:
            assert param.example is not None, f"{query.name}.{param.name} has no example"
            assert param.description, f"{query.name}.{param.name} has no description"
        query.bind(query.example_params())  # every example is valid for its type


def test_catalogue_entries_have_the_public_shape() -> None:
    for entry in load_registry().catalogue():
        assert set(entry) == {"name", "title", "description", "tags", "params"}
        for param in entry["params"]:
            assert {"name", "type", "example", "default"} <= set(param)


def test_a_good_file_loads(tmp_path: Path) -> None:
    query = parse_query(write(tmp_path, GOOD))
    assert query.name == "a_query" and [p.name for p in query.params] == ["id"]
    assert query.cypher.startswith("MATCH")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace("// description: Returns the name of one entity, which is enough to test the loader.\n", ""),
         "description"),
        (GOOD.replace("Returns the name of one entity, which is enough to test the loader.", "Short."),
         "description"),
        (GOOD.replace("$id", "$other"), "undeclared parameters: $other"),
        (GOOD.replace("RETURN e.name", "WHERE e.x = $extra RETURN e.name"), "undeclared parameters: $extra"),
        (GOOD.replace("{id: $id}", "{id: 'org:openai'}"), "declared but unused parameters: id"),
        (GOOD.replace(', example: "org:openai"', ""), "has no example"),
        (GOOD.replace("type: string", "type: uuid"), "unknown parameter type"),
        (GOOD.replace('example: "org:openai"', "example: 12, type2: x"), "type2"),
        (GOOD.replace("// tags: [test]\n", ""), "tags"),
        (GOOD.replace("// title: A good query", "// title: [unclosed"), "bad header"),
        ("MATCH (n) RETURN n\n", "no header"),
        (GOOD.split("MATCH")[0], "no Cypher"),
        (GOOD.replace("// tags: [test]", "// tags: [test]\n// owner: someone"), "owner"),
        (GOOD.replace("RETURN e.name AS name", "RETURN 'unterminated AS name"), "unterminated"),
    ],
)
def test_a_bad_file_fails_fast_with_its_name(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(RegistryError) as info:
        parse_query(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_parameters_inside_strings_and_comments_are_not_parameters(tmp_path: Path) -> None:
    text = GOOD.replace("RETURN e.name AS name", "RETURN e.name AS name, '$notaparam' AS s // $nor_this")
    assert [p.name for p in parse_query(write(tmp_path, text)).params] == ["id"]


def test_an_invalid_example_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace('type: string, description: Entity id, example: "org:openai"',
                        "type: int, description: A number, example: many")
    with pytest.raises(RegistryError, match="example 'many' is invalid"):
        parse_query(write(tmp_path, text))


def test_a_bad_file_stops_the_whole_registry(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "good")
    write(tmp_path, GOOD.replace("$id", "$oops"), "bad")
    with pytest.raises(RegistryError, match="bad.cypher"):
        load_registry(tmp_path)


def test_file_names_must_be_snake_case(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="snake_case"):
        parse_query(write(tmp_path, GOOD, "Bad-Name"))


def _relation_types(cypher: str) -> set[str]:
    """Relationship types named in a `[:A|B|C*..n]` pattern of the query text."""
    found: set[str] = set()
    for group in re.findall(r"\[\w*:([A-Z_|]+)", cypher):
        found.update(group.split("|"))
    return found


@pytest.mark.parametrize("name", ["influence_paths", "influential_actors"])
def test_influence_queries_follow_the_schema(name: str) -> None:
    """The influence-bearing set lives in the schema files; the queries must not drift."""
    influence = {r.type for r in get_schema().relations.values() if r.influence}
    assert _relation_types(load_registry()[name].cypher) == influence


def test_queries_name_only_schema_types() -> None:
    schema = get_schema()
    known = set(schema.relation_types) | {"SUBJECT", "OBJECT", "FROM", "MENTIONS"}
    labels = set(schema.labels) | {"Entity", "Article", "Claim"}
    for query in load_registry().values():
        assert _relation_types(query.cypher) <= known, query.name
        used_labels = set(re.findall(r"\(\w*:([A-Z][A-Za-z]+)", query.cypher))
        assert used_labels <= labels, (query.name, used_labels - labels)


def test_packaged_directory_is_the_queries_package() -> None:
    assert (QUERIES_DIR / "registry.py").is_file()
    assert len(list(QUERIES_DIR.glob("*.cypher"))) == len(load_registry())

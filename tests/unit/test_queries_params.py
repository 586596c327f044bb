"""Parameter coercion: one meaning for a parameter whether it comes from HTTP, the CLI or JSON."""

from __future__ import annotations

import pytest

from stratgraph.queries.params import ParamError, coerce_params, lucene_query, make_param


def params(*raw: dict) -> tuple:
    return tuple(make_param(r) for r in raw)


LIMIT = {"name": "limit", "type": "int", "description": "Most rows", "example": 5, "default": 20, "min": 1, "max": 100}
ID = {"name": "id", "type": "string", "description": "Entity id", "example": "org:openai"}
SINCE = {"name": "since", "type": "date", "description": "From", "example": "2024-01", "default": None}
FLAG = {"name": "directed", "type": "bool", "description": "Directed", "example": True, "default": True}
REL = {"name": "predicate", "type": "relation", "description": "Type", "example": "RELEASED", "default": None}
LABEL = {"name": "type", "type": "label", "description": "Type", "example": "Person", "default": None}


def test_strings_from_a_query_string_become_typed_values() -> None:
    declared = params(ID, LIMIT, SINCE, FLAG, REL, LABEL)
    values = coerce_params(declared, {"id": "org:meta", "limit": "7", "since": "2023-05-01",
                                      "directed": "false", "predicate": "partners-with", "type": "organization"})
    assert values == {"id": "org:meta", "limit": 7, "since": "2023-05-01", "directed": False,
                      "predicate": "PARTNERS_WITH", "type": "Organization"}


def test_defaults_fill_in_and_empty_strings_count_as_absent() -> None:
    values = coerce_params(params(ID, LIMIT, SINCE, FLAG), {"id": "org:x", "limit": "", "since": None})
    assert values == {"id": "org:x", "limit": 20, "since": None, "directed": True}


@pytest.mark.parametrize(
    ("given", "param", "message"),
    [
        ({}, "id", "required"),
        ({"id": "x", "limit": "many"}, "limit", "whole number"),
        ({"id": "x", "limit": "0"}, "limit", "at least 1"),
        ({"id": "x", "limit": 1000}, "limit", "at most 100"),
        ({"id": "x", "since": "last year"}, "since", "ISO date"),
        ({"id": "x", "directed": "maybe"}, "directed", "true or false"),
        ({"id": "x", "predicate": "LIKES"}, "predicate", "relation type"),
        ({"id": "x", "type": "Planet"}, "type", "entity type"),
        ({"id": "x", "idd": "typo"}, "idd", "unknown parameter"),
        ({"id": "x" * 2000}, "id", "longer than"),
    ],
)
def test_bad_values_are_reported_by_name(given: dict, param: str, message: str) -> None:
    with pytest.raises(ParamError) as info:
        coerce_params(params(ID, LIMIT, SINCE, FLAG, REL, LABEL), given)
    problems = {p["param"]: p["message"] for p in info.value.problems}
    assert message in problems[param]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("OpenAI", "(openai* OR openai~1^0.01)"),
        ("Sébastien  BUBECK", "((sebastien* OR sebastien~2^0.01) AND (bubeck* OR bubeck~1^0.01)) OR sebastienbubeck*"),
        ("GPT-4.5", "(gpt* AND 4* AND 5*) OR gpt45*"),
        ('name:* OR "x" -y~', "((name* OR name~1^0.01) AND or* AND x* AND y*) OR nameorxy*"),
    ],
)
def test_search_text_becomes_a_safe_prefix_query(text: str, query: str) -> None:
    assert lucene_query(text) == query


def test_search_text_in_cjk_is_also_a_phrase() -> None:
    assert lucene_query("深度求索") == '(深度求索* OR "深度求索")'


def test_search_text_without_letters_is_refused() -> None:
    with pytest.raises(ValueError):
        lucene_query(" -- ** ")


def test_header_rules() -> None:
    with pytest.raises(ValueError, match="required"):
        make_param({**ID, "required": True})
    with pytest.raises(ValueError, match="default is invalid"):
        make_param({**LIMIT, "default": "lots"})
    assert make_param(SINCE).required is False and make_param(ID).required is True

"""Parameters of curated queries: declared types, and turning user input into typed values.

The same coercion serves the HTTP query string, the CLI's `--param k=v` and JSON bodies, so a
parameter means the same thing whichever face it arrives through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from stratgraph.graph.contract import ISO_DATE
from stratgraph.graph.names import fold, fold_compact
from stratgraph.graph.schema import get_schema

_IDENT = r"^[a-z][a-z0-9_]*$"
MAX_STRING = 1000


class ParamError(ValueError):
    """One or more parameters are missing or of the wrong type; `problems` names each."""

    def __init__(self, problems: list[dict[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p['param']}: {p['message']}" for p in problems))


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected a string")
    if len(value) > MAX_STRING:
        raise ValueError(f"longer than {MAX_STRING} characters")
    return value


def _date(value: Any) -> str:
    text = _string(value).strip()
    if not ISO_DATE.match(text):
        raise ValueError("expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _relation(value: Any) -> str:
    text = _string(value).strip().upper().replace("-", "_").replace(" ", "_")
    if text not in get_schema().relations:
        raise ValueError(f"expected a relation type: {', '.join(get_schema().relation_types)}")
    return text


def _label(value: Any) -> str:
    text = _string(value).strip()
    by_lower = {label.lower(): label for label in get_schema().labels}
    if text.lower() not in by_lower:
        raise ValueError(f"expected an entity type: {', '.join(get_schema().labels)}")
    return by_lower[text.lower()]


_LUCENE_SPECIAL = set('+-&|!(){}[]^"~*?:\\/')


def lucene_query(text: str) -> str:
    """A full-text query matching the folded forms the loader stores in `search_text`.

    Every word must prefix-match (so "open" finds OpenAI), or the compacted form does (so
    "gpt4.5" finds "GPT-4.5"). Words come out of `fold`, which keeps only letters, digits and
    spaces, so no Lucene operator from the user's text survives.
    """
    words = [w for w in fold(text).split() if w]
    if not words:
        raise ValueError("search text needs at least one letter or digit")
    for word in words:  # fold() guarantees this; a cheap second line of defence
        if _LUCENE_SPECIAL & set(word):
            raise ValueError("search text has characters the index cannot take")
    every_word = " AND ".join(_word_query(w) for w in words)
    compact = fold_compact(text)
    if len(words) == 1:
        return every_word
    return f"({every_word}) OR {compact}*"


def _word_query(word: str) -> str:
    """A prefix query, plus an edit-distance one for longer words so misspellings that were
    never seen as aliases still find their entity ("openia" -> OpenAI, "antrophic" ->
    Anthropic); a word in a script the index splits per character (Chinese, Japanese) is also
    tried as a phrase of those characters, which the analyzer builds from the quotes."""
    if word.isascii():
        # prefix matches score a constant 1 each; the tiny boost keeps fuzzy-only matches
        # below them (search_entities orders by the rounded score, then by name)
        if len(word) >= 8:
            return f"({word}* OR {word}~2^0.01)"
        if len(word) >= 4:
            return f"({word}* OR {word}~1^0.01)"
        return f"{word}*"
    return f'({word}* OR "{word}")'


def _search(value: Any) -> str:
    return lucene_query(_string(value))


def _adapter(kind: type) -> Callable[[Any], Any]:
    adapter = TypeAdapter(kind)
    return lambda value: adapter.validate_python(value)


# name -> (JSON-schema type for OpenAPI, coercion, help shown in docs)
PARAM_TYPES: dict[str, tuple[str, Callable[[Any], Any], str]] = {
    "string": ("string", _string, "text"),
    "int": ("integer", _adapter(int), "whole number"),
    "float": ("number", _adapter(float), "number"),
    "bool": ("boolean", _adapter(bool), "true or false"),
    "date": ("string", _date, "ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    "relation": ("string", _relation, "relation type of the schema (e.g. RELEASED)"),
    "label": ("string", _label, "entity type of the schema (e.g. Organization)"),
    "search": (
        "string",
        _search,
        "free text in any language; case, accents and punctuation do not matter",
    ),
}

_MISSING = object()


class Param(BaseModel):
    """One declared `$parameter` of a curated query."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=_IDENT)
    type: str
    description: str = Field(min_length=3)
    example: Any
    default: Any = Field(default=None)
    required: bool = True
    min: float | None = None
    max: float | None = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in PARAM_TYPES:
            raise ValueError(f"unknown parameter type {value!r}; known: {', '.join(PARAM_TYPES)}")
        return value

    @property
    def json_type(self) -> str:
        return PARAM_TYPES[self.type][0]

    @property
    def type_help(self) -> str:
        return PARAM_TYPES[self.type][2]

    def coerce(self, value: Any) -> Any:
        """The typed value Neo4j receives; raises ValueError with a readable reason."""
        try:
            result = PARAM_TYPES[self.type][1](value)
        except ValidationError as exc:
            raise ValueError(f"expected {self.type_help}") from exc
        if isinstance(result, (int, float)) and not isinstance(result, bool):
            if self.min is not None and result < self.min:
                raise ValueError(f"must be at least {self.min:g}")
            if self.max is not None and result > self.max:
                raise ValueError(f"must be at most {self.max:g}")
        return result

    def public(self) -> dict[str, Any]:
        """The catalogue entry: name, type, example, default (and whether it is required)."""
        return {
            "name": self.name,
            "type": self.type,
            "description": self.description,
            "example": self.example,
            "default": self.default,
            "required": self.required,
        }


def make_param(raw: Any) -> Param:
    """A `Param` from a header entry; a parameter with a `default` key (even null) is optional."""
    if not isinstance(raw, dict):
        raise ValueError("each parameter must be a mapping with name, type, description, example")
    if "example" not in raw:
        raise ValueError(f"parameter {raw.get('name')!r} has no example")
    if "required" in raw:
        raise ValueError("do not write `required`: a parameter with a `default` is optional")
    param = Param(**raw, required="default" not in raw)
    try:  # the example must itself be valid: the docs and the tests run it
        param.coerce(param.example)
    except ValueError as exc:
        raise ValueError(f"parameter {param.name!r}: example {param.example!r} is invalid: {exc}") from exc
    if param.default is not None:
        try:
            param.coerce(param.default)
        except ValueError as exc:
            raise ValueError(f"parameter {param.name!r}: default is invalid: {exc}") from exc
    return param


def coerce_params(params: tuple[Param, ...], given: dict[str, Any]) -> dict[str, Any]:
    """Typed values for every declared parameter, defaults filled in.

    Empty strings count as absent (an empty form field means "not given"); unknown names are
    refused so that a typo does not silently fall back to a default.
    """
    problems: list[dict[str, str]] = []
    declared = {p.name for p in params}
    for name in sorted(set(given) - declared):
        problems.append({"param": name, "message": "unknown parameter"})
    values: dict[str, Any] = {}
    for param in params:
        value = given.get(param.name, _MISSING)
        if value is _MISSING or value is None or value == "":
            if param.required:
                problems.append({"param": param.name, "message": "required"})
                continue
            values[param.name] = None if param.default is None else param.coerce(param.default)
            continue
        try:
            values[param.name] = param.coerce(value)
        except ValueError as exc:
            problems.append({"param": param.name, "message": str(exc)})
    if problems:
        raise ParamError(problems)
    return values

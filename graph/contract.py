"""The extraction contract (DESIGN.md section 3) as pydantic models.

`ingest` produces these lines and `graph.loader` consumes them; validating with
`extra="forbid"` before anything touches Neo4j means a malformed line is rejected with a
precise reason instead of half-written.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

ENTITY_TYPES = ("Person", "Organization", "Model", "Product", "PolicyPosition", "Event")
ID_PATTERN = r"^[a-z]+:[a-z0-9][a-z0-9._-]*$"
EntityId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=200)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=500)]
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:-[01]\d(?:-[0-3]\d)?)?(?!\d)")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EntityRef(_Strict):
    """One end of a fact."""

    id: EntityId
    name: Name
    type: Literal["Person", "Organization", "Model", "Product", "PolicyPosition", "Event"]


class Evidence(_Strict):
    """Where a fact is stated: `text[start:end] == sentence` in the article's text."""

    article: Name
    sentence: Annotated[str, StringConstraints(min_length=1, max_length=5000)]
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence.end is before evidence.start")
        return self


class Source(_Strict):
    """Metadata of the source article, repeated on each line so every line loads on its own.

    (A separate `kind: article` line would break consumers that know only entity and fact
    lines, such as the evaluation scorer.)
    """

    id: Name
    url: str | None = None
    title: str | None = None
    published: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _iso_published(cls, value: object) -> object:
        """Keep the ISO date inside free text ("approx. 2025-08-05" -> "2025-08-05").

        Dates are compared as strings in the graph (first_seen, timelines), so anything that
        is not ISO would sort wrongly; text with no date at all becomes null.
        """
        if not isinstance(value, str):
            return value
        found = ISO_IN_TEXT.search(value)
        return found.group(0) if found else None
    lang: str | None = None
    sha256: str | None = None
    chars: int | None = None


class EntityLine(_Strict):
    """An entity seen in an article, with every surface form seen there."""

    kind: Literal["entity"]
    id: EntityId
    type: Literal["Person", "Organization", "Model", "Product", "PolicyPosition", "Event"]
    name: Name
    aliases: list[Name] = Field(default_factory=list)
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    article: Name
    source: Source | None = None


class FactLine(_Strict):
    """One cited claim: subject -predicate-> object, with its sentence."""

    kind: Literal["fact"]
    predicate: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z_]*$")]
    subject: EntityRef
    object: EntityRef
    properties: dict[str, Any] = Field(default_factory=dict)
    date: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence
    extractor: Name
    source: Source | None = None

    @model_validator(mode="after")
    def _date(self) -> FactLine:
        if self.date is not None and not ISO_DATE.match(self.date):
            raise ValueError(f"date {self.date!r} is not ISO-8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
        for key, value in self.properties.items():
            if not isinstance(value, (str, int, float, bool, type(None))):
                raise ValueError(f"property {key!r} must be a scalar")
        return self


Line = Annotated[EntityLine | FactLine, Field(discriminator="kind")]

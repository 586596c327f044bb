"""The two records every stage of extraction passes around: a mention (a span of the article
resolved to an entity id) and the registry of the entities one article names. They live apart
from `mentions.py`, which finds them, so that the finders of special mentions (`event_mentions.py`)
can build them too; `mentions.py` re-exports both names.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    type: str
    surface: str
    origin: str = "kb"
    event_class: str | None = None
    variants: tuple[str, ...] = ()


@dataclass
class Registry:
    """Entities seen in one article, with every surface form seen."""

    types: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)
    wikidata: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    owners: dict[str, str] = field(default_factory=dict)
    """Owners of models the knowledge base lacks, from their family ("Grok-2.5" -> xAI)."""
    hardware: set[str] = field(default_factory=set)
    """Chips and devices: their mentions keep other readings off their words, but the gold
    conventions leave hardware out, so they are neither listed nor linked."""

    def add(self, entity: str, type_: str, name: str, surface: str | None = None,
            wikidata: str | None = None) -> None:
        if entity not in self.types:
            self.types[entity] = type_
            self.names[entity] = name
            self.aliases[entity] = set()
            self.order.append(entity)
        if surface and surface != self.names[entity]:
            self.aliases[entity].add(surface)
        if wikidata:
            self.wikidata[entity] = wikidata

    def forget(self, entity: str) -> None:
        """Drop an entity no mention stands for any more (a guess a later pass corrected)."""
        for table in (self.types, self.names, self.aliases, self.wikidata, self.owners):
            table.pop(entity, None)
        if entity in self.order:
            self.order.remove(entity)
        self.hardware.discard(entity)

"""One fact a rule proposes for a sentence, before the article's facts are consolidated."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Candidate:
    predicate: str
    subject: str
    object: str
    rule: str
    confidence: float
    sentence: int
    properties: dict = field(default_factory=dict)

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
    stated_stint: bool = False
    """A WORKS_FOR the sentence states as a job that ended ("previously worked at X", "spent
    eight years at X"): it stands next to the LEFT fact of the same pair, where consolidation
    otherwise keeps only the departure (the schema's WORKS_FOR is a job held now or before)."""

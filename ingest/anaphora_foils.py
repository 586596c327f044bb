"""Organizations named only as a comparison ("Claude 4, unlike Meta's Llama, ..."): foils.

When a product or model is a sentence's subject and another firm is named beside a comparison
word, "the company" means the product's owner, and the foil gains no salience. A mixin of
`Anaphora`, which sets the attributes below.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.salience import Context
from stratgraph.ingest.sentences import Sentence


class Foils:
    """Finds the foils of a sentence and the product owner that stands for "the company"."""

    kb: KnowledgeBase
    ctx: Context
    comparison: re.Pattern[str] | None

    if TYPE_CHECKING:
        def _clause_initial(self, text: str, position: int) -> bool: ...  # Anaphora's

    def _mark_foils(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Foils of a sentence whose subject is a product: its owner is the topic instead."""
        self.ctx.foils = set()
        if self.comparison is None:
            return
        foils = {x.start for x in mentions if x.type == "Organization"
                 and self._foil(sent.text, x.start - sent.start)}
        owner = self._product_owner(sent, mentions, len(sent.text)) if foils else None
        if owner:
            self.ctx.foils = foils
            self.ctx.counts[owner] = self.ctx.counts.get(owner, 0.0) + 1.0
            self.ctx.first.setdefault(owner, len(self.ctx.first))

    def _foil(self, text: str, position: int) -> bool:
        """A comparison word opens the comma-bounded phrase naming it ("unlike X's model")."""
        cut = max(text.rfind(c, 0, position) for c in ",;，；")
        return self.comparison is not None and self.comparison.search(
            text, cut + 1, position) is not None

    def _product_owner(self, sent: Sentence, mentions: list[Mention], position: int
                       ) -> str | None:
        """The owner of a product or model standing as the sentence's subject."""
        for x in sorted(mentions, key=lambda x: x.start):
            if x.start - sent.start >= position:
                break
            if x.type in ("Product", "Model") and self._clause_initial(sent.text,
                                                                      x.start - sent.start):
                known = self.kb.entities.get(x.entity)
                return known.owner if known is not None and known.owner else None
        return None

"""Firms named in object or agent position: what a Romance object pronoun before a lawsuit
verb ("Forbes la acusó") and "the company" after a product's participle ("Sora 2, released by
the company led by Sam Altman") stand for. A mixin of `Anaphora`, which sets the attributes
below.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.salience import Context
from stratgraph.ingest.sentences import Sentence

_AGENT_OF = re.compile(
    r"\s*,?\s*[^\W\d_]+\s+(?:by|par|por|von|vom|da|dal|dalla|dall['’]|pela|pelo)\s*",
    re.IGNORECASE)
"""A participle and its agent preposition between a product and "the company" ("Sora 2,
released by the company ...", "lanciato dall'azienda ...")."""

_OBJECT_REACH = 60
"""How far before an object pronoun the firms that accuse may stand (a list of three)."""
_BREAK = re.compile(r"[;:()；：]")
"""A clause break between a firm and an object pronoun: the firm may be what it means."""


class Objects:
    """Reads object pronouns and the maker behind a product's agent phrase."""

    kb: KnowledgeBase
    ctx: Context
    object: re.Pattern[str] | None
    """The language's `anaphor_object` cue (None where it has no object pronouns)."""

    if TYPE_CHECKING:
        def is_firm(self, entity: str) -> bool: ...  # Anaphora's

    def _object_pronouns(self, sent: Sentence, mentions: list[Mention], taken: list[Mention]
                         ) -> list[Mention]:
        """Romance object pronouns before a lawsuit or criticism verb ("Forbes y Wired la
        acusaron", "Getty Images la poursuit"): the article's most salient firm (its topic,
        which the last firm named is less often: measured on the training sets). The
        firms just before the pronoun are the ones who accuse; a firm further back in the
        same sentence may be what the pronoun means ("OpenAI dropped Sky after Johansson
        accused it"), so the pronoun is then left unread."""
        out: list[Mention] = []
        for m in self.object.finditer(sent.text) if self.object is not None else ():
            start, end = sent.start + m.start("p"), sent.start + m.end("p")
            if any(x.start < end and start < x.end for x in taken):
                continue
            before = [x for x in mentions if x.type == "Organization" and x.end <= start]
            if any(start - x.end > _OBJECT_REACH
                   or _BREAK.search(sent.text, x.end - sent.start, start - sent.start)
                   for x in before):
                continue
            named = frozenset(x.entity for x in before)
            entity = self.ctx.recent("Organization", named, self.is_firm)
            if entity:
                found = Mention(start, end, entity, "Organization", m.group("p"), "anaphor")
                taken.append(found)
                out.append(found)
        return out

    def _agent_of_product(self, sent: Sentence, mentions: list[Mention], position: int
                          ) -> str | None:
        """"Sora 2, released by the company led by Sam Altman": the company that made the
        product just named, not the sentence's subject (who may be its rival)."""
        named = [x for x in mentions if x.end - sent.start <= position]
        if not named:
            return None
        last = max(named, key=lambda x: x.end)
        if last.type not in ("Product", "Model") or not _AGENT_OF.fullmatch(
                sent.text, last.end - sent.start, position):
            return None
        known = self.kb.entities.get(last.entity)
        return known.owner if known is not None and known.owner else None

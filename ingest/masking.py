"""The masked sentence the relation patterns read: every mention becomes a typed placeholder.

A mixin of `RelationExtractor` (it keeps `anaphora`, `roles`, `registry` and `lang`): anaphors
("the company", "il") and role titles become the placeholder of the entity they point to, so a
pattern such as "{ORG}'s {LEAD_ROLE},? {PER}" reads the same whatever the names were.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from stratgraph.ingest.cjknames import GLOSSED
from stratgraph.ingest.mentions import Mention, Registry
from stratgraph.ingest.sentences import Sentence

if TYPE_CHECKING:
    from stratgraph.ingest.anaphora import Anaphora
    from stratgraph.ingest.langdata import LangData
    from stratgraph.ingest.role_anaphora import RoleAnaphora

LETTER = {"Person": "P", "Organization": "O", "Model": "M", "Product": "D", "Event": "E"}


class Masking:
    """Turns a sentence and its mentions into the placeholder text and the mention table."""

    anaphora: Anaphora
    roles: RoleAnaphora
    registry: Registry
    lang: LangData
    maker_pairs: list[tuple[str, str]]
    leader_pairs: list[tuple[str, str]]
    _register: Callable[[str], None]  # ImplicitEnds: a maker entity joins the registry

    def _mask(self, sent: Sentence, mentions: list[Mention]) -> tuple[str, list[Mention]]:
        makers, dropped, self.maker_pairs = self.anaphora.makers(sent, mentions)
        for m in makers:
            self._register(m.entity)
        titled, self.leader_pairs = self.roles.leaders(sent, mentions)
        items = [m for i, m in enumerate(mentions) if i not in dropped] + makers + titled
        items.extend(self.anaphora.resolve(sent, items))
        items.sort(key=lambda m: m.start)
        parts, pos, table = [], sent.start, []
        text = sent.text
        for m in items:
            if m.start < pos or m.entity in self.registry.hardware:
                continue  # a chip's words stay words: "auf Nvidias Blackwell-Chips"
            parts.append(text[pos - sent.start:m.start - sent.start])
            pad = " " if self.lang.lang == "zh" else ""
            parts.append(f"{pad}@{LETTER[m.type]}{len(table)}@{pad}")
            if self._genitive(m):
                parts.append("’s")
            table.append(m)
            pos = m.end
        parts.append(text[pos - sent.start:])
        masked = "".join(parts)
        masked = re.sub(r"(@[OMDE]\d+@)\s*[(（]\s*(@[POMDE]\d+@)\s*[)）]", r"\1", masked)
        if self.lang.lang == "zh":  # "布兰宁·麦克比（Brannin McBee）": the name in Latin letters
            masked = re.sub(r"@P\d+@\s*[(（]\s*(@P\d+@)\s*[)）]", r"\1", masked)  # the gloss
            masked = re.sub(r"(@P\d+@)\s*[(（]\s*(?:(?:@D\d+@|[A-Za-z][\w.'’-]*)\s*){1,4}[)）]",
                            r"\1", masked)
            masked = GLOSSED.sub(r" \1 ", masked)  # "布莱恩·文图罗（Brian Venturo）": one person
        masked = re.sub(r"(?<=\d)\.(?=\d)", "·", masked)  # "$14.3 billion" ends no clause
        return masked, table

    def _genitive(self, m: Mention) -> bool:
        """German-style genitive ("OpenAIs"): the placeholder gets an explicit "’s"."""
        name = self.registry.names.get(m.entity, "")
        return (m.surface.endswith("s") and not name.endswith("s") and m.type != "Event"
                and m.surface[:-1].casefold().replace("-", "") in
                {a.casefold().replace("-", "") for a in (name, *self.registry.aliases[m.entity])})

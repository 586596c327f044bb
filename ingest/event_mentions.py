"""Event mentions: the nouns of an event class ("code of practice", "Verhaltenskodex",
"行为准则", from `kb/events.yaml`) found in a sentence, and the public body that only owns an
event's name left to the event. A mixin of `MentionFinder`, which supplies `kb` and `lang`.
"""

from __future__ import annotations

import re

from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.langdata import LangData
from stratgraph.ingest.mention_types import Mention
from stratgraph.ingest.normalize import slug
from stratgraph.ingest.spans import event_variants as _variants


class EventFinder:
    kb: KnowledgeBase
    lang: LangData
    events: list[tuple[str, str, re.Pattern[str]]]

    def _event_patterns(self) -> list[tuple[str, str, re.Pattern[str]]]:
        out = []
        for cls in self.kb.events:
            nouns = (cls.get("nouns") or {}).get(self.lang.lang) or []
            if not nouns:
                continue
            alts = "|".join(re.escape(n).replace("'", "['’]") for n in
                            sorted(nouns, key=len, reverse=True))
            boundary = "" if self.lang.lang == "zh" else r"\b"
            pattern = re.compile(f"{boundary}(?:{alts}){boundary}", re.IGNORECASE)
            out.append((cls["key"], cls.get("label", cls["key"]), pattern))
        return out

    def _names_an_event(self, m: Mention, events: list[Mention], s: str, offset: int) -> bool:
        """Is this public body only the owner in an event's name ("the EU code of practice",
        "Verhaltenskodex der EU", "欧盟的行为准则")? The rules read the event, not the body."""
        known = self.kb.entities.get(m.entity)
        if known is None or "public" not in known.tags:
            return False
        for e in events:
            if m.end <= e.start and _OWNER_BEFORE.fullmatch(s[m.end - offset:e.start - offset]):
                return True
            if e.end <= m.start and _OWNER_AFTER.fullmatch(s[e.end - offset:m.start - offset]):
                return True
        return False

    def _events(self, s: str, offset: int, taken: list[Mention]) -> list[Mention]:
        out = []
        spans = [(m.start - offset, m.end - offset) for m in taken
                 if "public" not in getattr(self.kb.entities.get(m.entity), "tags", ())]
        # a public body may sit inside an event's name ("Verhaltenskodex der EU")
        named = {m.end - offset for m in taken if m.type in ("Model", "Product")}
        for key, label, pattern in self.events:
            for m in pattern.finditer(s):
                if any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                ap = _APPOSED.search(s, max(0, m.start() - 60), m.start())
                if ap is not None and ap.start() in named:
                    continue  # "Llama, a família de modelos da Meta": a description, no event
                spans.append((m.start(), m.end()))
                out.append(Mention(offset + m.start(), offset + m.end(), f"event:?{key}",
                                   "Event", m.group(0), "event", key, _variants(s, m)))
        return out


_OWNER_BEFORE = re.compile(r"\s*|[’']s\s+|\s*的\s*|-")
_OWNER_AFTER = re.compile(r"\s+(?:der|des|of the|de la|de l[’']|de|del|della|dell[’']|da|do|dos|"
                          r"das)\s*|\s*")
"""What joins an owner to the event it names: "EU code", "EU's code", "欧盟的准则", "EU-Kodex";
"code of the EU", "Kodex der EU", "código de la UE"."""
_APPOSED = re.compile(r",\s*(?:[\w’']+\s+){0,2}$")
"""The comma (and determiner) that makes a phrase an apposition to the name before it."""


def event_id(actor_name: str | None, cls: str) -> str:
    """The id of an event of class `cls` by its actor: "event:<actor slug>-<class>"."""
    return f"event:{slug(actor_name)}-{cls}" if actor_name else f"event:{cls}"

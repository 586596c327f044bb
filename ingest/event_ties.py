"""Which events tie the firms named before them into a partnership.

A partnership pattern may hold through an event placeholder alone ("A and B ... @E1@"). An
agreement or a code of practice signed together ties them; a price cut, a poll or a launch
event told of two firms ties nothing ("OpenAI、谷歌也在降价": both cut prices). Named events
(summits, declarations) are left as they were: the rules that read them say what they mean.
"""

from __future__ import annotations

import re

from stratgraph.ingest.fallback_grammar import PLACEHOLDER
from stratgraph.ingest.mentions import Mention

TIE_CLASSES = frozenset({"agreement", "code-of-practice"})
"""The event classes of `kb/events.yaml` that stand for a tie between their actors."""


def holds_only_through_untying_event(match: re.Match[str], table: list[Mention]) -> bool:
    """Does this partnership match hold only through an event that ties no one? The pattern is
    tried again with those events blanked out: if it no longer matches, the event carried it."""
    untying = [m for m in PLACEHOLDER.finditer(match.group(0)) if m.group(1) == "E"
               and table[int(m.group(2))].event_class not in (None, *TIE_CLASSES)]
    if not untying:
        return False
    text = list(match.string)
    for m in untying:
        at = match.start() + m.start()
        text[at:at + len(m.group(0))] = "#" * len(m.group(0))
    return match.re.search("".join(text), match.start()) is None

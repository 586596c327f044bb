"""Release modality: when a release counts, when it is open, and releases of unnamed models.

A plan or a hedge stops counting after the first released object; openness is read in the
clause that follows the match; "two open-weight models" opens a frame that the next new
model names fill. A mixin of the relation extractor: it reads the extractor's language,
registry and context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.fallback_grammar import PLACEHOLDER as _PLACEHOLDER
from stratgraph.ingest.langdata import Rule
from stratgraph.ingest.mentions import Mention

OPEN_POSITION = "position:open-weights"
CLOSED_POSITION = "position:closed-models"
_MODEL_NOUN = re.compile(r"(?i)\b(?:models?|modèles?|modelle?|modelos?|LLMs?)\b|模型")


@dataclass
class Frame:
    """A release of N unnamed models ("two open-weight models") whose names come later."""

    subjects: list[str]
    remaining: int
    open: bool
    sentence: int
    rule: str


class ReleaseModality:
    """Plans, hedges, openness and count frames of release rules."""

    @staticmethod
    def _modal_end(rule: Rule, match: re.Match[str]) -> int:
        """Where plans and hedges stop counting for a release: right after its first object
        ("released X in March, and plans to publish a larger one" is a release of X). A
        negation still counts anywhere: German puts it after the object ("stellte X nicht vor")."""
        if rule.kind != "release" or "o" not in match.re.groupindex or match.group("o") is None:
            return match.end()
        if "s" in match.re.groupindex and match.group("s") and match.start("o") < match.start("s"):
            return match.end()  # "GPT-5, the model OpenAI is expected to launch": all of it
        first = _PLACEHOLDER.search(match.group("o"))
        return match.start("o") + first.end() if first else match.end()

    def _open_frame(self, rule: Rule, subjects: list[Mention], match: re.Match[str],
                    is_open: bool, index: int) -> None:
        if self.count_re is None:
            return
        found = self.count_re.search(match.group(0))
        if not found:
            return
        word = found.group(1).casefold()
        count = self.numbers.get(word) or (int(word) if word.isdigit() else 0)
        if 1 < count <= 5:
            self.frame = Frame([s.entity for s in subjects], count, is_open, index,
                               f"rule:{rule.name}-frame")

    def _follow_frame(self, index: int, masked: str, table: list[Mention]) -> list[Candidate]:
        """Within five sentences, the first new model of each sentence fills the frame."""
        frame = self.frame
        if frame is None or index == frame.sentence:
            return []
        if index > frame.sentence + 5:
            self.frame = None
            return []
        first = next((m for m in _PLACEHOLDER.finditer(masked) if m.group(1) == "M"), None)
        if first is None:
            return []
        mention = table[int(first.group(2))]
        excluder = self.lang.cue("exclude_before")
        if mention.entity in self.seen_models or (
                excluder is not None and excluder.search(masked[:first.start()])):
            return []
        predicate = "OPEN_SOURCED" if frame.open else "RELEASED"
        out = [Candidate(predicate, s, mention.entity, frame.rule, 0.6, frame.sentence,
                         {"open_weights": True if frame.open else None})
               for s in frame.subjects if self._allowed(predicate, s, mention.entity)]
        frame.remaining -= 1
        if frame.remaining <= 0:
            self.frame = None
        return out

    def _planned(self, rule: Rule, subjects: list[Mention], objects: list[Mention],
                 masked: str, match: re.Match[str], index: int) -> list[Candidate]:
        """A plan to release is no release: the lab develops the model and backs openness."""
        out = []
        for s in subjects:
            for o in objects:
                if self._allowed("DEVELOPS", s.entity, o.entity) and not self._foreign(
                        "DEVELOPS", s, o.entity):
                    out.append(Candidate("DEVELOPS", s.entity, o.entity,
                                         f"rule:{rule.name}-planned", 0.7, index))
            if (rule.open or self._is_open(self._clause(masked, match))) and self._allowed("SUPPORTS", s.entity,
                                                                     OPEN_POSITION):
                self._register_position(OPEN_POSITION)
                out.append(Candidate("SUPPORTS", s.entity, OPEN_POSITION,
                                     f"rule:{rule.name}-planned-open", 0.75, index))
        return out

    @staticmethod
    def _clause(masked: str, match: re.Match[str]) -> str:
        """The match and what follows it up to the next actor: where openness is stated. An
        apposition about the models ("X, une famille de modèles dont ... en poids ouverts")
        reads on for twice as long."""
        after = masked[match.end():match.end() + 160]
        stop = re.search(r"@[PO]\d+@", after)
        after = after[:stop.start()] if stop else after
        comma = after.find(",")
        if comma >= 0 and not _MODEL_NOUN.search(after[comma:comma + 40]):
            after = after[:comma]
        elif comma < 0 or comma >= 80:
            after = after[:80]
        return masked[match.start():match.end()] + after

    def before_without(self, text: str) -> str:
        """`text` up to a "without" (the `without` cue): "released X without publishing its
        weights" neither negates the release nor opens it."""
        cue = self.lang.cue("without")
        found = cue.search(text) if cue is not None else None
        return text[:found.start()] if found else text

    def _is_open(self, masked: str) -> bool:
        cue = self.lang.cue("open")
        return cue is not None and cue.search(self.before_without(masked)) is not None

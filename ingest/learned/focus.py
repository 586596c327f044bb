"""Focus pairs: the firm an article is about, and the names of a sentence that omits it.

Articles state many facts about their main firm without naming it in the same sentence: "The
market it is chasing has become crowded. Microsoft is selling Copilot ..." makes Microsoft a
rival of the firm the article covers; "The round was led by Index Ventures" names its investor.
On the annotated sets such cross-sentence facts were a fifth of the facts missed, two thirds of
them with the article's main firm at one end and half of those rivalries. The within-sentence
pair layer cannot see them, so the same logistic model scores these pairs too, with labels of
their own ("F:COMPETES_WITH=") and features read from the sentence and the one before it: cue
macros, the rule layer's reading of the other name, a few words. All features start with "f|".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from stratgraph.ingest.folding import lowered
from stratgraph.ingest.learned.features import CODE, Said, _tokens, cues
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.sentences import Sentence

PREFIX = "F:"
"""Labels of focus pairs; their features start with "f|" and include KIND."""
KIND = "kind:focus"
TYPES = ("Organization", "Person", "Model", "Product")
MAX_OTHERS = 6
"""A sentence naming more firms, people and models than this is a list (a ranking, a round of
a dozen investors): no focus pairs are read from it."""
LEFT, RIGHT = 40, 30
"""Characters read on either side of the other name for its neighbouring words."""


def focus_of(linked: dict[int, list[Mention]]) -> str | None:
    """The organization the article names most often (pronouns and "the company" count;
    the earliest one wins a tie), or None when it names none twice."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index in sorted(linked):
        for m in linked[index]:
            if m.type == "Organization":
                counts[m.entity] += 1
                first.setdefault(m.entity, m.start)
    if not counts:
        return None
    best = max(counts, key=lambda e: (counts[e], -first[e]))
    return best if counts[best] >= 2 else None


def focus_pairs(linked: dict[int, list[Mention]], focus: str, ruled: set[frozenset[str]]
                ) -> Iterator[tuple[int, Mention]]:
    """(sentence, other name) for each sentence that names something but not the focus: the
    first mention of each other entity, unless the rules linked it to the focus anywhere."""
    for index in sorted(linked):
        mentions = [m for m in linked[index] if m.type in TYPES]
        entities = {m.entity for m in mentions}
        if focus in entities or not mentions or len(entities) > MAX_OTHERS:
            continue
        seen: set[str] = set()
        for m in mentions:
            if m.entity not in seen and frozenset((focus, m.entity)) not in ruled:
                seen.add(m.entity)
                yield index, m


class FocusFeatures:
    """Features of the focus pairs of one article; cue names per sentence are read once."""

    def __init__(self, text: str, sents: list[Sentence], linked: dict[int, list[Mention]],
                 lang: str, focus: str, said: dict[int, Said]):
        self.text, self.sents, self.linked, self.focus, self.said = text, sents, linked, focus, said
        self.cues = cues(lang)
        self.named = sorted(i for i, ms in linked.items() if any(m.entity == focus for m in ms))
        self._cue_names: dict[int, list[str]] = {}
        self._shared: dict[int, list[str]] = {}

    def _sentence(self, index: int) -> list[str]:
        """The features every focus pair of sentence `index` shares (read once)."""
        if index not in self._shared:
            out = [f"f|c:{name}" for name in self.cue_names(index)]
            if index > 0:
                out += [f"f|pc:{name}" for name in self.cue_names(index - 1)]
                out += [f"f|pw:{w}" for w in _tokens(self.sents[index - 1].text)]
            out += [f"f|w:{w}" for w in _tokens(self.sents[index].text)]
            self._shared[index] = out
        return self._shared[index]

    def cue_names(self, index: int) -> list[str]:
        if index not in self._cue_names:
            text = self.sents[index].text
            low = lowered(text)
            names = {name for name, pattern in self.cues.open_spans(low)
                     if self.cues.found(name, pattern, text, low)}
            names |= {f"s:{name}" for name, pattern in self.cues.sentence if pattern.search(text)}
            self._cue_names[index] = sorted(names)
        return self._cue_names[index]

    def of(self, index: int, other: Mention) -> list[str]:
        t = CODE[other.type]
        out = [KIND, f"f|t:{t}", *self._sentence(index)]
        out += [f"f|c:{t}:{name}" for name in self.cue_names(index)]
        before = [i for i in self.named if i < index]
        gap = index - before[-1] if before else 0
        out.append(f"f|gap:{min(gap, 4)}")  # 0: the focus was not named before
        table = [m for m in self.linked[index] if m.type in TYPES]
        out.append(f"f|first:{other == table[0]}")
        out.append(f"f|n:{min(len({m.entity for m in table}), 4)}")
        out += [f"f|bt:{CODE[m.type]}" for m in table if m.entity != other.entity][:3]
        sent = self.sents[index]
        for (subject, obj), predicates in self.said.get(index, {}).items():
            if other.entity in (subject, obj):
                way = ">" if subject == other.entity else "<"
                out += [f"f|said:{p}{way}" for p in predicates]
        out += [f"f|lw:{w}" for w in _tokens(self.text[max(sent.start, other.start - LEFT):
                                                         other.start])[-2:]]
        out += [f"f|rw:{w}" for w in _tokens(self.text[other.end:min(sent.end,
                                                                     other.end + RIGHT)])[:2]]
        if re.match(r"\s*[,(]", self.text[other.end:other.end + 2]):
            out.append("f|appos")
        return sorted(set(out))

"""Known names in a sentence: the knowledge base's aliases matched over its tokens.

The longest run of tokens that is an alias wins at each position; an alias that needs its exact
case, a capital or a context (`kb.Alias`) counts only where it has them, or where the article
has confirmed the word as the name (`one_sense.py`). Chinese aliases, which have no token
edges, are found by plain search.
"""

from __future__ import annotations

import re
from functools import lru_cache

from stratgraph.ingest.kb import CJK_CHAR, TOKEN, KnowledgeBase
from stratgraph.ingest.normalize import fold_compact
from stratgraph.ingest.one_sense import stands_alone

_JOINERS = {"", " ", "-", "·", "‑", ":", "&", " & "}  # ":" only unspaced ("Run:ai"); "&" in "Weights & Biases"


_LISTED = {", ", "/"}
"""Joiners that also separate list items: a name may run over them only when the knowledge
base spells it so ("University of California, Berkeley", "Google I/O")."""


_ELISION = re.compile(r"[dlDL]|dell|dall|nell|sull|all")
"""Elided articles and prepositions before an apostrophe ("Conseil d'État", "l'Union",
"dell'Unione"): the apostrophe joins them to the next word of a name."""


def _joins(text: str, token: tuple[int, int], gap: str) -> bool:
    """Can a name run on from `token` over `gap` to the next token? Spaces, hyphens and the
    like; ". " after a dotted abbreviation ("U.S. Commerce Department"); an apostrophe after
    an elided article or preposition ("Département d'État")."""
    if gap in _JOINERS:
        return True
    word = text[token[0]:token[1]]
    if gap == ". ":
        return "." in word and len(word) <= 5  # "U.S", "U.K", not a sentence's last word
    if gap in ("'", "’"):
        return _ELISION.fullmatch(word) is not None
    return False


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


_SHORT_LOWER = re.compile(r"\s[a-z]{1,3}\b")


def _glued(alias, span: str) -> bool:
    """A one-word name read across a space into a short lower-case word: "AI to" is no
    AITO, while "Open AI" and "Deep Seek" are still OpenAI and DeepSeek."""
    return " " in span and " " not in alias.surface and _SHORT_LOWER.search(span) is not None


def _alias_ok(alias, span: str, sentence: str, start: int, end: int,
              confirmed: frozenset[str] = frozenset()) -> bool:
    if ("," in span and "," not in alias.surface) or ("/" in span and "/" not in alias.surface):
        return False  # "Google, DeepMind and OpenAI" lists Google and DeepMind
    if _glued(alias, span):
        return False
    if alias.exact_case and _letters(span) != _letters(alias.surface):
        return False
    if alias.needs_capital and not (span[:1].isupper() or span[:1].isdigit()):
        return False
    if alias.not_left is not None and alias.not_left.search(sentence[:start]) is not None:
        return False  # whatever else the article says ("licence MIT" is no MIT)
    if span in confirmed and stands_alone(sentence, start, end):
        return True  # the article uses this word as the name elsewhere (`one_sense.py`)
    if alias.left is not None or alias.right is not None:
        left_ok = alias.left is not None and alias.left.search(sentence[:start]) is not None
        right_ok = alias.right is not None and alias.right.search(sentence[end:]) is not None
        return left_ok or right_ok
    return True


@lru_cache(maxsize=200_000)
def _key(span: str) -> str:
    return fold_compact(span)


def gazetteer(kb: KnowledgeBase, text: str, genitive: bool = False,
               confirmed: frozenset[str] = frozenset()
               ) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, entity, origin, cooccur-owner) for KB aliases, longest first.

    With `genitive`, a name plus "s" counts too (German "Metas", "OpenAIs").
    """
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    reach = [1] * len(tokens)  # how many tokens from here on a name can join (": " ends one)
    listed = [1] * len(tokens)  # the same over ", " and "/" too, for the names written so
    for j in range(len(tokens) - 2, -1, -1):
        gap = text[tokens[j][1]:tokens[j + 1][0]]
        if _joins(text, tokens[j], gap):
            reach[j] = reach[j + 1] + 1
            listed[j] = listed[j + 1] + 1
        elif gap in _LISTED:
            listed[j] = listed[j + 1] + 1
    out = []
    i = 0
    while i < len(tokens):
        best = None
        first = _key(text[tokens[i][0]:tokens[i][1]])
        longest = kb.max_tokens if first in kb.first_tokens else 1
        for n in range(min(longest, listed[i] if first in kb.listed_first else reach[i]), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            span = text[start:end]
            for alias in kb.lookup(_key(span)):
                if _alias_ok(alias, span, text, start, end, confirmed):
                    best = (start, end, alias.entity, "kb", alias.cooccur, n)
                    break
            if not best and genitive and span.endswith("s") and len(span) > 3:
                for alias in kb.lookup(_key(span[:-1])):
                    if alias.exact_case and " " not in alias.surface and kb.entities[
                            alias.entity].type not in ("Organization", "Person"):
                        continue  # "Metas" is Meta's, but a word-like product ("Digit") plus
                        # "s" is most often another word ("Schwarz Digits")
                    if _alias_ok(alias, span[:-1], text, start, end - 1, confirmed):
                        best = (start, end, alias.entity, "kb", alias.cooccur, n)
                        break
            if best:
                break
        if best:
            out.append(best[:5])
            i += best[5]
        else:
            i += 1
    for alias in kb.cjk_aliases if CJK_CHAR.search(text) else ():  # Latin text: no find loop
        pos = text.find(alias.surface)
        while pos >= 0:
            out.append((pos, pos + len(alias.surface), alias.entity, "kb", alias.cooccur))
            pos = text.find(alias.surface, pos + 1)
    return out

"""Folding of names for search: case, accents, punctuation and spacing do not matter.

Shared by the loader (which stores the folded forms) and by whoever searches them, so that
"OpenIA", "open-ia" and "Openai" meet on the same key.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def unaccented(text: str) -> str:
    """The text without its accents, case kept: "Édouard" -> "Edouard"."""
    if text.isascii():  # nothing to decompose: most names, and a tenth of a run's start
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower-case, strip accents, turn punctuation into single spaces."""
    return _NON_WORD.sub(" ", unaccented(text).casefold()).strip()


def fold_compact(text: str) -> str:
    """`fold` without spaces: "GPT 4.5", "gpt-4.5" and "GPT4.5" give "gpt45"."""
    return fold(text).replace(" ", "")


def search_text(name: str, aliases: list[str]) -> str:
    """The text the full-text index sees: every form folded, spaced and compacted."""
    forms: list[str] = []
    for form in [name, *aliases]:
        for key in (fold(form), fold_compact(form)):
            if key and key not in forms:
                forms.append(key)
    return " | ".join(forms)

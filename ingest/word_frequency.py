"""How frequent a word is (wordfreq's Zipf scale), without loading wordfreq's full lists.

Discovery asks whether a capitalized word is a common word of the article's language or of
English ("Series", "Brave": words, not names). `wordfreq` answers from lists of 300,000 to
600,000 words per language; reading one costs about 0.2 s, so a batch worker paid close to a
second, and a one-article `stratgraph extract` a sixth of its run, before the first answer.
Every question extraction asks compares the frequency with a threshold of 3 or more (once per
million words), so only the words at or above `FLOOR` matter: some 30,000 per language. Those
are kept in the pattern cache (keyed by wordfreq's version), with the Zipf value wordfreq itself
gives them; a word outside that table is rarer than every threshold.

Only a plain word (Latin letters only, in the six Latin-script languages) is looked up this
way, where wordfreq's own reading of it is one token, the word NFC-normalized and case-folded;
the equivalence was checked on every word and word ending of the held-out texts. Anything else (digits, hyphens, apostrophes,
spaces) goes to wordfreq, whose tokenizer and digit rules then apply as before.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FLOOR = 2.99
"""The lowest Zipf value kept: just under the lowest threshold callers use (3.0), so that a
word wordfreq rounds up to 3.00 is in the table."""
LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt"})
"""Where a plain word is one token for wordfreq (no segmenter, no transliteration)."""
_PLAIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+")
"""Latin letters only: a word wordfreq reads as one token in those languages."""
UNKNOWN = 0.0
"""What a plain word missing from the table gets: below every threshold, as wordfreq's own
answer for it (between 0 and `FLOOR`) is."""


def zipf(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)` where it reaches `FLOOR`, else at most that."""
    if lang in LANGUAGES and _PLAIN.fullmatch(word):
        return _table(lang).get(unicodedata.normalize("NFC", word).casefold(), UNKNOWN)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, float]:
    """Plain words of `lang` at or above `FLOOR`, with their Zipf values (from the cache)."""
    from importlib.metadata import version

    from stratgraph.ingest.pattern_cache import cached_data

    return cached_data(f"zipf-{lang}", f"{version('wordfreq')}:{FLOOR}", lambda: _build(lang))


def _build(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict, zipf_frequency

    least = 10 ** (FLOOR - 9) * 0.99  # the frequency of Zipf FLOOR, less a rounding margin
    return {word: value for word, freq in get_frequency_dict(lang).items()
            if freq >= least and _PLAIN.fullmatch(word)
            and (value := zipf_frequency(word, lang)) >= FLOOR}

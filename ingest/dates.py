"""Dates stated in a sentence, as ISO-8601 (YYYY, YYYY-MM or YYYY-MM-DD).

A day and month without a year take the article's publication year: "Le 5 août" in an
article published in 2025 is 2025-08-05.
"""

from __future__ import annotations

import re

from stratgraph.ingest.langdata import LangData

_ISO = re.compile(r"\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b")
_ZH = re.compile(r"(?:((?:19|20)\d{2})年)?(1[0-2]|0?[1-9])月(?:([12]\d|3[01]|0?[1-9])[日号])?")
_YEAR = re.compile(r"(?<![\d.,-])((?:19|20)\d{2})(?![\d%-]|\s?(?:Go|GB|MB|Elo|points))")


def published_date(published: str | None) -> str | None:
    """The ISO prefix of a published field ("2025-08-05T10:00Z" -> "2025-08-05")."""
    if not published:
        return None
    m = re.match(r"^((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


_CACHE: dict[str, tuple[re.Pattern[str], ...] | None] = {}


def _patterns(lang: LangData) -> tuple[re.Pattern[str], ...] | None:
    if lang.lang not in _CACHE:
        _CACHE[lang.lang] = _build(lang)
    return _CACHE[lang.lang]


def _build(lang: LangData) -> tuple[re.Pattern[str], ...] | None:
    if not lang.months:
        return None
    names = "|".join(sorted((re.escape(k) for k in lang.months), key=len, reverse=True))
    flags = re.IGNORECASE if lang.lang in ("fr", "es", "it", "pt") else 0
    day_month = re.compile(
        rf"\b(?P<d>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m>{names})\b"
        rf"(?:\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}}))?", flags)
    month_day = re.compile(
        rf"\b(?P<m>{names})\.?\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?", flags)
    month_year = re.compile(rf"\b(?P<m>{names})\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}})\b", flags)
    month_only = re.compile(
        rf"\b(?:en|in|im|au mois de|fin|début|el mes de|de|em|nel|a|ad)\s+(?P<m>{names})\b", flags)
    return day_month, month_day, month_year, month_only


def sentence_date(text: str, lang: LangData, published: str | None) -> str | None:
    """The first date the sentence states, else None."""
    year_hint = (published or "")[:4] if published else None
    m = _ISO.search(text)
    if m:
        return "-".join(p for p in m.groups() if p)
    if lang.lang == "zh":
        m = _ZH.search(text)
        if m and (m.group(1) or year_hint):
            parts = [m.group(1) or year_hint, f"{int(m.group(2)):02d}"]
            if m.group(3):
                parts.append(f"{int(m.group(3)):02d}")
            return "-".join(parts)
    patterns = _patterns(lang)
    if patterns:
        for pattern in patterns:
            m = pattern.search(text)
            if not m:
                continue
            groups = m.groupdict()
            month = lang.months[m.group("m").casefold()]
            year = groups.get("y") or year_hint
            if not year:
                continue
            day = groups.get("d")
            return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    m = _YEAR.search(text)
    if m:
        return m.group(1)
    return None

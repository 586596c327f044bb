"""HTML and Markdown to plain text with libraries (trafilatura, markdown-it), never regexes.

Boilerplate removal is a solved problem with many edge cases (menus, cookie banners, scripts);
trafilatura is maintained for exactly that, so we only adapt its result.
"""

from __future__ import annotations

import re

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def html_to_text(html: str) -> tuple[str, str | None, str | None] | None:
    """(text, title, date) of the main content, or None when the page has no article text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
        )
    except Exception:  # noqa: BLE001 - a broken page is a per-article error, not a crash
        doc = None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        text = _fallback_text(html)
        if not text:
            return None
        return text, None, None
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    if date and not _DATE.match(str(date)):
        date = None
    return text.strip(), title, date


def _fallback_text(html: str) -> str | None:
    """Short fragments that trafilatura judges too small: visible paragraph text via lxml."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001
        return None
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "h1", "h2", "h3", "li")]
    text = "\n".join(b for b in blocks if b)
    return text or None


def markdown_to_text(markdown: str) -> str:
    """Rendered Markdown without markup: headings, paragraphs and list items, one per line."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt().parse(markdown)
    lines: list[str] = []
    for token in tokens:
        if token.type == "inline" and token.children is not None:
            parts = [c.content for c in token.children if c.type in ("text", "code_inline")]
            line = "".join(parts).strip()
            if line:
                lines.append(line)
        elif token.type == "fence" and token.content.strip():
            lines.append(token.content.strip())
    return "\n".join(lines)

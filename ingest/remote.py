"""Optional network inputs: a web page or an RSS/Atom feed given as a URL.

Only used when a user names a URL; nothing else in the project touches the network.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

from stratgraph.ingest.records import MAX_BYTES, ErrorReport, Record, record_from_text

_TIMEOUT = 20


def read_url(url: str) -> Iterator[Record | ErrorReport]:
    """A page becomes one record; a feed becomes one record per entry (needs feedparser)."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "stratgraph/0.1"})
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:  # noqa: S310
            data = response.read(MAX_BYTES + 1)
            ctype = response.headers.get("Content-Type", "")
    except Exception as exc:  # noqa: BLE001 - any fetch failure is a per-input error
        yield ErrorReport(url, f"cannot fetch: {exc}")
        return
    if len(data) > MAX_BYTES:
        yield ErrorReport(url, "page is over the size limit for one article")
        return
    head = data[:500].lower()
    if "xml" in ctype or b"<rss" in head or b"<feed" in head:
        yield from _feed(url, data)
        return
    text = data.decode("utf-8", errors="replace")
    yield record_from_text(text, url, "html", {"url": url})


def _feed(url: str, data: bytes) -> Iterator[Record | ErrorReport]:
    try:
        import feedparser
    except ImportError:
        yield ErrorReport(url, "looks like an RSS/Atom feed: install feedparser to read feeds")
        return
    feed = feedparser.parse(data)
    for number, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary", "")
        published = entry.get("published_parsed")
        meta = {
            "id": entry.get("id") or entry.get("link"),
            "url": entry.get("link"),
            "title": entry.get("title"),
            "published": "%04d-%02d-%02d" % published[:3] if published else None,
        }
        yield record_from_text(html or "", f"{url}#{number}", "html", meta)

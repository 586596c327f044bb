"""`POST /articles`: extract and load articles, behind `STRATGRAPH_API_KEY`.

The only writing route. Without a configured key it is off (403 for everyone); with one, the
caller sends it as `X-API-Key: <key>` or `Authorization: Bearer <key>`. Articles go through
the same path as `stratgraph extract | stratgraph load`: extraction, contract validation,
idempotent loading - so posting an article twice changes nothing.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header
from pydantic import BaseModel, ConfigDict, Field

from stratgraph.api.deps import ProviderDep, SettingsDep
from stratgraph.api.errors import ApiError
from stratgraph.api.render import FastJSON
from stratgraph.queries.readonly import translate_error

router = APIRouter(tags=["articles"])
MAX_ARTICLES = 100


def require_api_key(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="The API key (STRATGRAPH_API_KEY)")] = None,
    authorization: Annotated[str | None, Header(description="`Bearer <key>`, instead of X-API-Key")] = None,
) -> None:
    """403 when ingestion is off (no key configured), 401 when the key is missing or wrong."""
    expected = settings.stratgraph_api_key
    if not expected:
        raise ApiError(403, "POST /articles is off: set STRATGRAPH_API_KEY on the server to enable it",
                       "ingest_disabled")
    given = x_api_key
    if given is None and authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "missing or wrong API key (send X-API-Key or Authorization: Bearer)",
                       "unauthorized")


ApiKeyDep = Annotated[None, Depends(require_api_key)]


class ArticleIn(BaseModel):
    """One article, as in `stratgraph extract` JSON records: text (or html) is required."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=200, description="Stable id; default: a content hash")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=1000)
    published: str | None = Field(default=None, max_length=40, description="ISO date")
    lang: str | None = Field(default=None, max_length=10, description="en, fr, de, es...; detected if absent")
    text: str | None = Field(default=None, description="Plain text of the article")
    html: str | None = Field(default=None, description="HTML of the article (used when no text)")


class ArticlesRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"articles": [{
        "id": "example-1", "title": "OpenAI releases open weights", "published": "2025-08-05",
        "lang": "en", "text": "OpenAI released gpt-oss-120b with open weights.",
    }]}]})

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


def _extract(articles: list[ArticleIn]) -> tuple[list[dict[str, Any]], dict[int, str], list[str | None]]:
    """Contract lines for all articles, the extraction error of each failed input, the ids."""
    from stratgraph.ingest.pipeline import extract_records
    from stratgraph.ingest.records import record_from_dict

    errors: dict[int, str] = {}
    records = []
    for index, article in enumerate(articles):
        record = record_from_dict(article.model_dump(exclude_none=True), f"articles[{index}]")
        records.append(record)
    lines: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        failures: list[Any] = []
        lines += list(extract_records([record], on_error=failures.append))
        if failures:
            errors[index] = "; ".join(getattr(f, "message", str(f)) for f in failures)
    ids = [getattr(record, "id", None) for record in records]
    return lines, errors, ids


@router.post("/articles", summary="Ingest articles (needs the API key)", response_class=FastJSON,
             responses={401: {"description": "Missing or wrong key"},
                        403: {"description": "Ingestion is off: no STRATGRAPH_API_KEY configured"}})
def post_articles(body: ArticlesRequest, _key: ApiKeyDep, settings: SettingsDep,
                  provider: ProviderDep) -> FastJSON:
    """Extract cited facts from each article and load them into Neo4j (idempotently).

    One row per posted article: its id, `status` (`loaded`, `nothing_found`, `rejected`),
    the numbers of entity and fact lines, and a message when it failed."""
    from stratgraph.graph.load_input import parse_rows
    from stratgraph.graph.loader import load_batches
    from stratgraph.graph.schema import get_schema

    lines, errors, ids = _extract(body.articles)
    schema = get_schema()
    parsed = parse_rows(lines, "request", schema)
    try:
        load_batches(provider.driver(), parsed.articles, schema, database=settings.neo4j_database)
    except Exception as exc:  # noqa: BLE001 - mapped to the envelope (503 when Neo4j is down)
        raise translate_error(exc) from exc
    loaded = {batch.id: batch for batch in parsed.articles}
    rejected = {r.article: r.reason for r in parsed.rejections if r.article}
    rows = []
    for index, article_id in enumerate(ids):
        batch = loaded.get(article_id) if article_id else None
        if index in errors:
            rows.append(_row(article_id, "rejected", 0, 0, errors[index]))
        elif article_id in rejected:
            rows.append(_row(article_id, "rejected", 0, 0, rejected[article_id]))
        elif batch is None:
            rows.append(_row(article_id, "nothing_found", 0, 0, "no entity or fact found"))
        else:
            rows.append(_row(article_id, "loaded", len(batch.entities), len(batch.facts), None))
    columns = ["article", "status", "entities", "facts", "message"]
    return FastJSON({"ok": True, "columns": columns, "rows": rows, "row_count": len(rows), "truncated": False})


def _row(article: str | None, status: str, entities: int, facts: int, message: str | None) -> dict[str, Any]:
    return {"article": article, "status": status, "entities": entities, "facts": facts, "message": message}

"""Turning a `QueryResult` into the answer asked for: JSON (the default) or CSV (`?format=csv`)."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query
from fastapi.responses import JSONResponse, Response

from stratgraph.queries.readonly import QueryResult
from stratgraph.queries.values import cell_text


class Format(StrEnum):
    json = "json"
    csv = "csv"


FormatDep = Annotated[
    Format,
    Query(alias="format", description="`json` (default) or `csv` (columns as the header row)."),
]


class FastJSON(JSONResponse):
    """JSON without FastAPI's generic encoder pass: results are already plain values."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([cell_text(row.get(column)) for column in result.columns])
    return buffer.getvalue()


def render(result: QueryResult, fmt: Format = Format.json, name: str = "result", **extra: Any) -> Response:
    """The success answer; CSV carries the truncated flag in the `X-Truncated` header."""
    if fmt is Format.csv:
        return Response(
            to_csv(result),
            media_type="text/csv; charset=utf-8",
            headers={
                "X-Truncated": "true" if result.truncated else "false",
                "Content-Disposition": f'inline; filename="{name}.csv"',
            },
        )
    body = result.to_json()
    body.update(extra)
    return FastJSON(body)


# Shapes shown in the OpenAPI page for every query-like route.
RESULT_EXAMPLE = {
    "ok": True,
    "columns": ["id", "name"],
    "rows": [{"id": "org:openai", "name": "OpenAI"}],
    "row_count": 1,
    "truncated": False,
    "elapsed_ms": 3.1,
}


def result_responses() -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for routes answering a QueryResult (JSON or CSV) or the envelope."""
    from stratgraph.api.errors import error_body

    def envelope(status: int, code: str, message: str) -> dict[str, Any]:
        return {"description": message, "content": {"application/json": {"example": error_body(status, code, message)}}}

    return {
        200: {
            "description": "Columns, rows (objects keyed by column) and whether the row cap cut the answer.",
            "content": {
                "application/json": {"example": RESULT_EXAMPLE},
                "text/csv": {"example": "id,name\norg:openai,OpenAI\n"},
            },
        },
        400: envelope(400, "cypher_error", "Neo4j rejected the query"),
        404: envelope(404, "not_found", "no such entity or query"),
        408: envelope(408, "timeout", "the query ran longer than the time limit and was stopped"),
        422: envelope(422, "invalid_parameter", "invalid parameters: limit: expected whole number"),
        503: envelope(503, "neo4j_unavailable", "Neo4j is not reachable"),
    }

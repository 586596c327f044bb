"""One error envelope for every failure, whatever raised it.

Every non-2xx answer is `{"ok": false, "status": <int>, "code": <str>, "error": <message>}`
plus an optional `detail` - whether it came from a refused query, a bad parameter, an unknown
route (404), a wrong method (405), FastAPI's own validation (422), Neo4j being down (503) or a
bug (500). Clients parse one shape; tests pin it.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from stratgraph.queries.errors import QueryError
from stratgraph.queries.params import ParamError
from stratgraph.queries.registry import UnknownQuery

log = logging.getLogger("stratgraph.api")

# Query-layer codes and their HTTP statuses: the single table (the queries layer has no HTTP).
STATUS_BY_CODE: dict[str, int] = {
    "cypher_error": 400,
    "read_only": 403,
    "timeout": 408,
    "neo4j_unavailable": 503,
    "query_error": 400,
}
_CODE_BY_STATUS: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
    500: "internal_error",
    503: "neo4j_unavailable",
}


class ApiError(Exception):
    """Raise from a route to answer with the envelope: status, machine code, message, detail."""

    def __init__(self, status: int, message: str, code: str | None = None, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or _CODE_BY_STATUS.get(status, "error")
        self.detail = detail


def error_body(status: int, code: str, message: str, detail: Any = None) -> dict[str, Any]:
    """The envelope as a dict (also used by OpenAPI examples and tests)."""
    body: dict[str, Any] = {"ok": False, "status": status, "code": code, "error": message}
    if detail is not None:
        body["detail"] = detail
    return body


def error_response(status: int, code: str, message: str, detail: Any = None) -> JSONResponse:
    """The envelope as a response; 503 also says when to retry."""
    headers = {"Retry-After": "2"} if status == 503 else None
    return JSONResponse(error_body(status, code, message, detail), status_code=status, headers=headers)


def query_error_response(exc: QueryError) -> JSONResponse:
    status = STATUS_BY_CODE.get(exc.code, 400)
    return error_response(status, exc.code, exc.message, exc.detail)


def _validation_detail(exc: RequestValidationError) -> list[dict[str, str]]:
    problems = []
    for error in exc.errors():
        loc = list(error.get("loc", ()))
        if loc and loc[0] in ("query", "path", "body", "header", "cookie"):
            loc = loc[1:]  # where it came from is implied; name the parameter or field
        location = [str(part) for part in loc]
        problems.append({"param": ".".join(location) or "request", "message": str(error.get("msg"))})
    return problems


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception type to the envelope."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError) -> JSONResponse:
        return query_error_response(exc)

    @app.exception_handler(ParamError)
    async def _param_error(request: Request, exc: ParamError) -> JSONResponse:
        return error_response(422, "invalid_parameter", f"invalid parameters: {exc}", exc.problems)

    @app.exception_handler(UnknownQuery)
    async def _unknown_query(request: Request, exc: UnknownQuery) -> JSONResponse:
        return error_response(404, "unknown_query", f"{exc}; GET /queries lists them")

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = _validation_detail(exc)
        summary = "; ".join(f"{d['param']}: {d['message']}" for d in detail)
        return error_response(422, "invalid_parameter", f"invalid request: {summary}", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route {request.url.path}; see /docs"
        code = _CODE_BY_STATUS.get(exc.status_code, "error")
        return error_response(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", f"internal error ({type(exc).__name__}); see the server log")

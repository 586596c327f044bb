"""`GET /queries` (the catalogue) and `GET /queries/{name}` (run one), Datasette-style.

Besides the generic `/queries/{name}` route, each curated query gets its own documented
operation at the same path, built from its header: the OpenAPI page at `/docs` shows its title,
description, tags and every parameter with type, example and default. All of them share one
handler and one validation path (the registry's), so the generic and the specific routes can
never disagree.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response

from stratgraph.api.deps import RegistryDep, RunnerDep
from stratgraph.api.render import FastJSON, Format, FormatDep, render, result_responses
from stratgraph.queries.registry import CuratedQuery, Registry

TAG = "curated queries"
RESERVED = {"format"}


def query_args(request: Request) -> dict[str, Any]:
    """Query-string values except the reserved ones (`format`); repeated keys keep the last."""
    return {k: v for k, v in request.query_params.items() if k not in RESERVED}


def _openapi_parameters(query: CuratedQuery) -> list[dict[str, Any]]:
    parameters = []
    for param in query.params:
        schema: dict[str, Any] = {"type": param.json_type}
        if not param.required and param.default is not None:
            schema["default"] = param.default
        for key, bound in (("minimum", param.min), ("maximum", param.max)):
            if bound is not None:
                schema[key] = int(bound) if float(bound).is_integer() else bound
        description = f"{param.description} ({param.type}: {param.type_help})"
        if not param.required:
            description += f"; default: {'none' if param.default is None else param.default}"
        parameters.append(
            {
                "name": param.name,
                "in": "query",
                "required": param.required,
                "description": description,
                "schema": schema,
                "example": param.example,
            }
        )
    return parameters


def _handler(query: CuratedQuery):  # noqa: ANN202 - FastAPI reads the signature
    async def run_query(request: Request, runner: RunnerDep, fmt: FormatDep = Format.json) -> Response:
        result = await runner.run_curated(query, query_args(request))
        return render(result, fmt, query.name, query=query.name)

    run_query.__name__ = f"query_{query.name}"
    run_query.__doc__ = query.description
    return run_query


def build_router(registry: Registry) -> APIRouter:
    """The catalogue route, one documented route per query, then the generic fallback."""
    router = APIRouter(tags=[TAG])

    @router.get(
        "/queries",
        summary="The catalogue of curated queries",
        response_class=FastJSON,
        responses={200: {"content": {"application/json": {"example": {
            "ok": True, "columns": ["name", "title", "description", "tags", "params"],
            "rows": [registry[next(iter(registry))].public()], "row_count": len(registry),
            "truncated": False,
        }}}}},
    )
    def catalogue(registry: RegistryDep, tag: str | None = None) -> FastJSON:
        """Every curated query with its title, description, tags and parameters (each with
        type, example and default). Filter with `?tag=`. Same shape as query answers: one row
        per query."""
        rows = [q for q in registry.catalogue() if tag is None or tag in q["tags"]]
        return FastJSON({
            "ok": True,
            "columns": ["name", "title", "description", "tags", "params"],
            "rows": rows,
            "row_count": len(rows),
            "truncated": False,
        })

    for query in registry.values():
        router.add_api_route(
            f"/queries/{query.name}",
            _handler(query),
            methods=["GET"],
            summary=query.title,
            description=f"{query.description}\n\nTags: {', '.join(query.tags)}.",
            operation_id=f"query_{query.name}",
            response_class=FastJSON,
            responses=result_responses(),
            openapi_extra={"parameters": _openapi_parameters(query)},
        )

    @router.get(
        "/queries/{name}",
        summary="Run any curated query by name",
        response_class=FastJSON,
        responses=result_responses(),
    )
    async def run_by_name(
        name: str, request: Request, registry: RegistryDep, runner: RunnerDep, fmt: FormatDep = Format.json
    ) -> Response:
        """Parameters go in the query string (`?id=org:openai`); see each query's own
        operation above for its parameters. An unknown name answers 404."""
        query = registry[name]
        result = await runner.run_curated(query, query_args(request))
        return render(result, fmt, query.name, query=query.name)

    return router


def install(app: FastAPI) -> None:
    app.include_router(build_router(app.state.registry))

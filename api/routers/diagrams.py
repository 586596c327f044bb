"""`GET /diagrams/influence` (influence diagrams) and the web explorer at `/`.

The diagram route is a thin face on `graph.diagram`, like `stratgraph diagram`. The explorer is
three static files in `api/static/` (HTML, CSS, plain JavaScript, no build step and nothing
fetched from elsewhere) that call the API's own JSON routes. `GET /` serves its page, and its
assets live under `/static/` (mounted at a prefix, so they never shadow another area's routes).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from stratgraph.api.deps import ProviderDep, SettingsDep
from stratgraph.api.errors import ApiError
from stratgraph.api.render import FastJSON
from stratgraph.graph.diagram import (
    MEDIA_TYPES,
    FocusNotFound,
    GraphvizMissing,
    influence_graph,
    render_graph,
    title_of,
)
from stratgraph.graph.diagram.html import diagram_data
from stratgraph.graph.schema import get_schema
from stratgraph.queries.readonly import translate_error

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(tags=["diagrams"])


class DiagramFormat(str, Enum):
    svg = "svg"
    png = "png"
    dot = "dot"
    mermaid = "mermaid"
    html = "html"
    json = "json"


_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get(
    "/diagrams/influence",
    summary="Influence diagram around one entity",
    responses={
        200: {
            "description": "The diagram in the format asked for",
            "content": {MEDIA_TYPES[f].split(";")[0]: {} for f in MEDIA_TYPES}
            | {"application/json": {}},
        },
        404: {"description": "No entity matches `focus` (`detail.suggestions` lists close names)"},
    },
)
def influence(
    provider: ProviderDep,
    settings: SettingsDep,
    focus: Annotated[str, Query(min_length=1, max_length=200, examples=["OpenAI"],
                                description="Entity id, name or alias (any case, accents, language)")],
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the focus")] = 1,
    since: Annotated[str | None, Query(pattern=_DATE, description="Only claims dated on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description="Only claims dated on or before")] = None,
    relations: Annotated[str | None, Query(description="Comma-separated relation types; `influence` = every influence-bearing type", examples=["influence"])] = None,
    max_nodes: Annotated[int, Query(ge=2, le=200, description="Most nodes drawn (nearest and best-attested kept)")] = 60,
    fmt: Annotated[DiagramFormat, Query(alias="format", description="svg, png, dot, mermaid, html (interactive, self-contained) or json (nodes and edges with citations)")] = DiagramFormat.svg,
) -> Response:
    """Who moved whom around `focus`: nodes styled by type and sized by influence score
    (PageRank over influence-bearing relations), edges labelled with relation and date, as
    thick as their claims are many, each carrying its citations (sentence and article)."""
    try:
        graph = influence_graph(
            provider.driver(), focus, depth=depth, since=since, until=until,
            relations=relations.split(",") if relations else None, max_nodes=max_nodes,
            database=settings.neo4j_database,
        )
    except FocusNotFound as exc:
        raise ApiError(404, str(exc), "not_found", {"suggestions": exc.suggestions}) from exc
    except ValueError as exc:
        raise ApiError(422, str(exc), "invalid_parameter", [{"param": "relations", "message": str(exc)}]) from exc
    except (ServiceUnavailable, SessionExpired, Neo4jError, OSError) as exc:
        raise translate_error(exc) from exc
    if fmt is DiagramFormat.json:
        return FastJSON({"ok": True, **diagram_data(graph, title_of(graph)),
                         "omitted": graph.graph.get("omitted", 0)})
    try:
        payload = render_graph(graph, fmt.value)
    except GraphvizMissing as exc:
        raise ApiError(503, str(exc), "graphviz_missing") from exc
    return Response(payload, media_type=MEDIA_TYPES[fmt.value])


@router.get("/diagrams/vocabulary", summary="Entity types and relation types of the graph model")
def vocabulary() -> FastJSON:
    """Labels and relation types (with whether each bears influence), for forms and legends."""
    schema = get_schema()
    return FastJSON({
        "ok": True,
        "labels": list(schema.labels),
        "relations": list(schema.relation_types),
        "influence": sorted(r.type for r in schema.relations.values() if r.influence),
    })


@router.get("/", include_in_schema=False)
def explorer() -> FileResponse:
    """The web explorer's page."""
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")


def install(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

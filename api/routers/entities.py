"""`/entities`: search by name or alias, one entity's profile, its timeline.

Thin faces over curated queries (`search_entities`, `entity_profile`, `entity_timeline`), so
the HTTP answers and `stratgraph query ...` agree by construction.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from stratgraph.api.deps import RegistryDep, RunnerDep
from stratgraph.api.errors import ApiError
from stratgraph.api.render import FastJSON, Format, FormatDep, render, result_responses

router = APIRouter(prefix="/entities", tags=["entities"])

EntityId = Annotated[
    str,
    Path(description="Entity id: `<type>:<slug>`, e.g. `org:openai`", examples=["org:openai"],
         max_length=200),
]
Limit = Annotated[int | None, Query(ge=1, le=1000, description="Most rows to return")]


async def _exists(runner: RunnerDep, registry: RegistryDep, entity_id: str) -> bool:
    return bool((await runner.run_curated(registry["entity_profile"], {"id": entity_id})).rows)


@router.get("", summary="Search entities by name or alias", response_class=FastJSON,
            responses=result_responses())
async def search(
    runner: RunnerDep,
    registry: RegistryDep,
    search: Annotated[str, Query(min_length=1, max_length=200, examples=["openia"],
                                 description="Name or alias in any language; case and accents do not matter")],
    type: Annotated[str | None, Query(description="Only this entity type, e.g. Organization")] = None,
    limit: Limit = None,
    fmt: FormatDep = Format.json,
) -> Response:
    """Entities whose name or any alias matches (`openia`, `Deepseek`, `o3 mini`...)."""
    given = {"q": search, "type": type, "limit": limit}
    result = await runner.run_curated(registry["search_entities"], given)
    return render(result, fmt, "entities")


@router.get("/{entity_id}", summary="One entity's profile", response_class=FastJSON,
            responses=result_responses())
async def profile(entity_id: EntityId, runner: RunnerDep, registry: RegistryDep,
            fmt: FormatDep = Format.json) -> Response:
    """Name, type, aliases, Wikidata id and counts; 404 when no entity has this id."""
    result = await runner.run_curated(registry["entity_profile"], {"id": entity_id})
    if not result.rows:
        raise ApiError(404, f"no entity with id {entity_id!r}", "not_found")
    return render(result, fmt, entity_id.replace(":", "_"))


@router.get("/{entity_id}/timeline", summary="Dated claims about one entity",
            response_class=FastJSON, responses=result_responses())
async def timeline(
    entity_id: EntityId,
    runner: RunnerDep,
    registry: RegistryDep,
    since: Annotated[str | None, Query(description="Only claims on or after this ISO date")] = None,
    limit: Limit = None,
    fmt: FormatDep = Format.json,
) -> Response:
    """Every claim with the entity as subject or object, in date order, with its citation."""
    result = await runner.run_curated(registry["entity_timeline"], {"id": entity_id, "since": since, "limit": limit})
    if not result.rows and not await _exists(runner, registry, entity_id):
        raise ApiError(404, f"no entity with id {entity_id!r}", "not_found")
    return render(result, fmt, entity_id.replace(":", "_") + "_timeline")

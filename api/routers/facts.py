"""`GET /facts`: claims matching subject / predicate / object, each with its citation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from stratgraph.api.deps import RegistryDep, RunnerDep
from stratgraph.api.errors import ApiError
from stratgraph.api.render import FastJSON, Format, FormatDep, render, result_responses

router = APIRouter(tags=["facts"])


@router.get("/facts", summary="Facts with their evidence", response_class=FastJSON,
            responses=result_responses())
async def facts(
    runner: RunnerDep,
    registry: RegistryDep,
    subject: Annotated[str | None, Query(description="Subject entity id", examples=["org:openai"])] = None,
    predicate: Annotated[str | None, Query(description="Relation type, e.g. RELEASED", examples=["RELEASED"])] = None,
    object: Annotated[str | None, Query(description="Object entity id", examples=["model:gpt-oss-120b"])] = None,
    limit: Annotated[int | None, Query(ge=1, le=1000, description="Most claims to return")] = None,
    fmt: FormatDep = Format.json,
) -> Response:
    """Each claim with sentence, offsets, date, confidence, extractor and article (title,
    URL). Give a subject or an object, or both; symmetric relations match either way round."""
    if not subject and not object:
        raise ApiError(422, "give a subject or an object (or both)", "invalid_parameter",
                       [{"param": "subject", "message": "subject or object required"}])
    given = {"subject": subject, "predicate": predicate, "object": object, "limit": limit}
    return render(await runner.run_curated(registry["fact_evidence"], given), fmt, "facts")

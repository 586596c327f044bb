"""`POST /cypher`: researchers' own Cypher, read-only, time-limited and row-capped."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from stratgraph.api.deps import RunnerDep
from stratgraph.api.render import FastJSON, Format, FormatDep, render, result_responses

router = APIRouter(tags=["cypher"])


class CypherRequest(BaseModel):
    """A Cypher read query and its parameters."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "query": "MATCH (o:Organization)-[r:RELEASED]->(m) WHERE r.open_weights RETURN o.name, m.name",
        "params": {},
    }, {
        "query": "MATCH (e:Entity {id: $id})<-[:MENTIONS]-(a:Article) RETURN a.title, a.published",
        "params": {"id": "org:openai"},
    }]})

    query: str = Field(min_length=1, max_length=20_000, description="One Cypher read statement.")
    params: dict[str, Any] = Field(default_factory=dict, description="Values for its `$parameters`.")


@router.post("/cypher", summary="Run your own read-only Cypher", response_class=FastJSON,
             responses={**result_responses(), 403: {"description": "The query could write, "
                        "administer or reach outside the graph (read_only)."}})
async def cypher(body: CypherRequest, runner: RunnerDep, fmt: FormatDep = Format.json) -> Response:
    """Runs in a READ transaction after Neo4j's plan confirms a pure read; `LOAD CSV`,
    schema and admin commands, and procedures outside a read allowlist are refused (403).
    Stopped after the configured time limit (408); at most the row cap of rows, with
    `truncated: true` when there were more."""
    return render(await runner.run(body.query, body.params), fmt, "cypher")

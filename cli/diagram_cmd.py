"""`stratgraph diagram`: an influence diagram around one entity, as SVG, PNG, DOT, Mermaid or HTML."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SUFFIX_FORMATS = {".svg": "svg", ".png": "png", ".dot": "dot", ".gv": "dot", ".mmd": "mermaid",
                   ".mermaid": "mermaid", ".md": "mermaid", ".html": "html", ".htm": "html"}


def _check_date(value: str | None) -> str | None:
    if value is not None and not _DATE.match(value):
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def diagram(
    focus: Annotated[str, typer.Option("--focus", "-f", help="Entity at the centre: id, name or alias, any case or accents.")],
    depth: Annotated[int, typer.Option(min=1, max=4, help="Hops from the focus.")] = 1,
    since: Annotated[str | None, typer.Option(callback=_check_date, help="Only claims dated on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(callback=_check_date, help="Only claims dated on or before (YYYY[-MM[-DD]]).")] = None,
    relations: Annotated[list[str] | None, typer.Option("--relations", "-r", help="Relation types, comma-separated or repeated; `influence` = every influence-bearing type. Default: all.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-F", help="svg, png, dot, mermaid or html (default: from the -o suffix, else svg).")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="File to write; `-` for stdout.")] = "-",
    max_nodes: Annotated[int, typer.Option(min=2, help="Most nodes drawn; the nearest and best-attested are kept.")] = 60,
    input_file: Annotated[Path | None, typer.Option("--input", help="Draw from extraction output (JSON Lines) instead of Neo4j.")] = None,
) -> None:
    """Draw who moved whom around an entity; every edge carries its citations.

    Nodes are styled by type and sized by influence score (PageRank over influence-bearing
    relations); edges are labelled with relation and date and are as thick as their claims are
    many. SVG and HTML show each edge's sentences and article titles on hover.
    """
    from stratgraph.graph.diagram import FORMATS, FocusNotFound, GraphvizMissing, render_graph

    if fmt is None:
        fmt = _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "svg") if output != "-" else "svg"
    if fmt not in FORMATS:
        err.print(f"[red]error:[/] unknown format {fmt!r}; one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    started = time.perf_counter()
    try:
        if input_file is not None:
            graph = _offline_graph(input_file, focus, depth, since, until, relations, max_nodes)
        else:
            from stratgraph.graph.db import connect
            from stratgraph.graph.diagram import influence_graph

            with connect() as driver:
                graph = influence_graph(driver, focus, depth=depth, since=since, until=until,
                                        relations=relations, max_nodes=max_nodes)
        built = time.perf_counter()
        payload = render_graph(graph, fmt)
    except FocusNotFound as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from None
    except GraphvizMissing as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from None
    except ValueError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from None
    done = time.perf_counter()
    if output == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    else:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_bytes(payload)
    omitted = graph.graph.get("omitted") or 0
    message = f"{fmt}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    if omitted:
        message += f" ({omitted} more left out: raise --max-nodes)"
    message += f"; query {built - started:.2f} s, render {done - built:.2f} s"
    if output != "-":
        message += f" -> {output}"
    err.print(message, highlight=False, soft_wrap=True)


def _offline_graph(path: Path, focus: str, depth: int, since: str | None, until: str | None,
                   relations: list[str] | None, max_nodes: int):  # type: ignore[no-untyped-def]
    """The same diagram from JSON Lines, for looking at extraction output before loading it."""
    from stratgraph.graph.diagram import FocusNotFound, relation_types
    from stratgraph.graph.diagram.build import build_graph, influence_scores, prune
    from stratgraph.graph.diagram.offline import claims_from_batches, find_entity, neighbourhood
    from stratgraph.graph.load_input import iter_streams, parse_lines
    from stratgraph.graph.schema import get_schema

    schema = get_schema()
    parsed = parse_lines(iter_streams([str(path)], sys.stdin.buffer), schema)
    for rejection in parsed.rejections:
        err.print(f"skipped {rejection}", highlight=False, markup=False)
    claims = claims_from_batches(parsed.articles)
    found = find_entity(claims, focus)
    if found is None:
        raise FocusNotFound(focus, [])
    chosen = neighbourhood(claims, found.id, schema, depth, relation_types(relations, schema), since, until)
    scores = influence_scores(
        [(c.subject.id, c.object.id, 1.0) for c in claims if schema.relations[c.predicate].influence]
    )
    graph = prune(build_graph(chosen, schema, found.id, scores), max_nodes)
    graph.graph.update(focus_name=found.name, depth=depth, since=since, until=until,
                       relations=relation_types(relations, schema))
    return graph


def register(app: typer.Typer) -> None:
    app.command()(diagram)

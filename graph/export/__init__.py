"""Graph exports: RDF (Turtle, TriG, JSON-LD), GraphML, GEXF and neo4j-admin CSV.

    dump = read_graph(driver)
    report = export_dump(dump, "trig", Path("graph.trig"))

Every format starts from one `GraphDump` read in a single read transaction, so all files of
an export describe the same snapshot. `vocabulary.md` documents the RDF terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from stratgraph.graph.export.csv_admin import CsvExport, write_csv
from stratgraph.graph.export.dump import GraphDump, read_graph
from stratgraph.graph.export.netx import write_gexf, write_graphml
from stratgraph.graph.export.rdf import DEFAULT_BASE, build_rdf, statement_count
from stratgraph.graph.schema import Schema, get_schema

FORMATS = ("turtle", "trig", "jsonld", "graphml", "gexf", "csv")
RDF_FORMATS = {"turtle": "turtle", "trig": "trig", "jsonld": "json-ld"}
SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "jsonld": ".jsonld", "graphml": ".graphml", "gexf": ".gexf"}

__all__ = ["FORMATS", "ExportReport", "GraphDump", "export_dump", "read_graph", "CsvExport"]


@dataclass
class ExportReport:
    """What an export wrote: the path(s) and how much."""

    format: str
    path: Path
    nodes: int
    relationships: int
    statements: int | None = None
    csv: CsvExport | None = None

    def summary(self) -> str:
        text = f"{self.format}: {self.nodes} nodes, {self.relationships} relationships"
        if self.statements is not None:
            text += f", {self.statements} RDF statements"
        return text + f" -> {self.path}"


def export_dump(
    dump: GraphDump,
    fmt: str,
    path: Path,
    schema: Schema | None = None,
    base: str = DEFAULT_BASE,
    provenance: bool = False,
) -> ExportReport:
    """Write `dump` as `fmt` to `path` (a directory for csv, a file otherwise)."""
    schema = schema or get_schema()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    report = ExportReport(fmt, path, len(dump.nodes), len(dump.rels))
    if fmt == "csv":
        report.csv = write_csv(dump, path)
        return report
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in RDF_FORMATS:
        graph = build_rdf(dump, schema, named_graphs=fmt == "trig", base=base)
        graph.serialize(destination=str(path), format=RDF_FORMATS[fmt], encoding="utf-8")
        report.statements = statement_count(graph)
    elif fmt == "graphml":
        graph = write_graphml(dump, schema, path, provenance)
        report.nodes, report.relationships = graph.number_of_nodes(), graph.number_of_edges()
    else:
        graph = write_gexf(dump, schema, path, provenance)
        report.nodes, report.relationships = graph.number_of_nodes(), graph.number_of_edges()
    return report

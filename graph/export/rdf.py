"""RDF exports through rdflib: Turtle and JSON-LD (reified claims) or TriG (a graph per article).

The vocabulary is described in `vocabulary.md` next to this module and is partly generated
from the schema files: each relation type becomes a property `sg:<TYPE>` whose `rdfs:comment`
is the schema's description, so the export documents itself. In short:

* entities use schema.org classes where they fit (`schema:Person`, `schema:Organization`,
  `schema:Product`, `schema:Event`; `sg:Model` and `sg:PolicyPosition` are subclasses of
  `schema:SoftwareApplication` and `schema:DefinedTerm`), with `schema:name`,
  `schema:alternateName` and `owl:sameAs` a Wikidata entity;
* articles are `schema:NewsArticle` and `prov:Entity`;
* every claim is an `rdf:Statement` (also `sg:Claim`, a `prov:Entity`) with its sentence,
  offsets, confidence and date, `prov:wasDerivedFrom` its article and `prov:wasAttributedTo`
  the extractor (a `prov:SoftwareAgent`);
* TriG puts what each article states (the plain triples and its claims) in a named graph
  `<base>graph/<article>` that is itself `prov:wasDerivedFrom` the article.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO

from stratgraph.graph.export.dump import GraphDump, Node
from stratgraph.graph.schema import PROVENANCE_RELATIONS, Schema

DEFAULT_BASE = "https://stratgraph.invalid/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)
# Properties the loader derives for search; they are not data.
_SKIP = {"id", "search_text"}


class Vocabulary:
    """IRIs of one export: the base, the `sg:` terms and every resource kind."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.sg = Namespace(self.base + "vocab#")

    def entity(self, entity_id: str) -> URIRef:
        prefix, _, slug = entity_id.partition(":")
        return URIRef(f"{self.base}id/{quote(prefix, safe='')}/{quote(slug, safe='._-')}")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{quote(article_id, safe='')}")

    def article_graph(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/{quote(article_id, safe='')}")

    def claim(self, claim_id: str) -> URIRef:
        return URIRef(f"{self.base}claim/{quote(claim_id.removeprefix('claim:'), safe='')}")

    def extractor(self, name: str) -> URIRef:
        return URIRef(f"{self.base}extractor/{quote(name, safe='')}")

    def relation(self, rel_type: str) -> URIRef:
        return self.sg[rel_type]

    def classes(self, label: str) -> list[URIRef]:
        mapping = {
            "Person": [SDO.Person],
            "Organization": [SDO.Organization],
            "Product": [SDO.Product],
            "Event": [SDO.Event],
            "Model": [self.sg.Model],
            "PolicyPosition": [self.sg.PolicyPosition],
        }
        return mapping.get(label, [self.sg[label]])


def date_literal(value: str) -> Literal:
    """ISO dates of any precision typed as xsd:date, xsd:gYearMonth or xsd:gYear."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value):
            return Literal(value, datatype=datatype)
    return Literal(value)


def _plain(value: object) -> Literal:
    if isinstance(value, (list, tuple)):
        return Literal(json.dumps(list(value), ensure_ascii=False), datatype=RDF.JSON)
    return Literal(value)


def _vocabulary_triples(graph: Graph, vocab: Vocabulary, schema: Schema) -> None:
    sg = vocab.sg
    graph.add((sg.Model, RDFS.subClassOf, SDO.SoftwareApplication))
    graph.add((sg.PolicyPosition, RDFS.subClassOf, SDO.DefinedTerm))
    graph.add((sg.Claim, RDFS.subClassOf, RDF.Statement))
    graph.add((sg.Claim, RDFS.subClassOf, PROV.Entity))
    for label, entity in schema.entities.items():
        for cls in vocab.classes(label):
            if str(cls).startswith(str(sg)):
                graph.add((cls, RDF.type, OWL.Class))
                graph.add((cls, RDFS.comment, Literal(entity.description, lang="en")))
    for rel in schema.relations.values():
        prop = vocab.relation(rel.type)
        graph.add((prop, RDF.type, OWL.ObjectProperty))
        graph.add((prop, RDFS.label, Literal(rel.type)))
        graph.add((prop, RDFS.comment, Literal(rel.description, lang="en")))
        graph.add((prop, sg.influence, Literal(rel.influence)))
        if rel.symmetric:
            graph.add((prop, RDF.type, OWL.SymmetricProperty))


def _entity_triples(graph: Graph, vocab: Vocabulary, node: Node) -> None:
    iri = vocab.entity(node.id)
    for label in node.labels:
        if label != "Entity":
            for cls in vocab.classes(label):
                graph.add((iri, RDF.type, cls))
    graph.add((iri, SDO.identifier, Literal(node.id)))
    for key, value in sorted(node.props.items()):
        if key in _SKIP or value is None:
            continue
        if key == "name":
            graph.add((iri, SDO.name, Literal(value)))
        elif key == "aliases":
            for alias in value:
                if alias != node.props.get("name"):
                    graph.add((iri, SDO.alternateName, Literal(alias)))
        elif key == "wikidata":
            graph.add((iri, OWL.sameAs, WIKIDATA[value]))
        else:
            graph.add((iri, vocab.sg[key], _plain(value)))


def _article_triples(graph: Graph, vocab: Vocabulary, node: Node) -> None:
    iri = vocab.article(node.id)
    graph.add((iri, RDF.type, SDO.NewsArticle))
    graph.add((iri, RDF.type, PROV.Entity))
    graph.add((iri, SDO.identifier, Literal(node.id)))
    mapping = {"title": SDO.headline, "lang": SDO.inLanguage}
    for key, value in sorted(node.props.items()):
        if key in _SKIP or value is None:
            continue
        if key == "url":
            graph.add((iri, SDO.url, Literal(value, datatype=XSD.anyURI)))
        elif key == "published":
            graph.add((iri, SDO.datePublished, date_literal(value)))
        elif key in mapping:
            graph.add((iri, mapping[key], Literal(value)))
        else:
            graph.add((iri, vocab.sg[key], _plain(value)))


def _claim_triples(
    graph: Graph,
    vocab: Vocabulary,
    node: Node,
    ends: dict[str, str],
    lang: str | None,
) -> None:
    sg = vocab.sg
    iri = vocab.claim(node.id)
    graph.add((iri, RDF.type, RDF.Statement))
    graph.add((iri, RDF.type, sg.Claim))
    graph.add((iri, RDF.subject, vocab.entity(ends["SUBJECT"])))
    graph.add((iri, RDF.predicate, vocab.relation(node.props["predicate"])))
    graph.add((iri, RDF.object, vocab.entity(ends["OBJECT"])))
    if "FROM" in ends:
        graph.add((iri, PROV.wasDerivedFrom, vocab.article(ends["FROM"])))
    for key, value in sorted(node.props.items()):
        if key in _SKIP or key == "predicate" or value is None:
            continue
        if key == "sentence":
            literal = Literal(value, lang=lang) if lang and _LANG.match(lang) else Literal(value)
            graph.add((iri, sg.sentence, literal))
        elif key == "date":
            graph.add((iri, sg.date, date_literal(value)))
        elif key == "extractor":
            agent = vocab.extractor(value)
            graph.add((iri, PROV.wasAttributedTo, agent))
            graph.add((agent, RDF.type, PROV.SoftwareAgent))
            graph.add((agent, RDFS.label, Literal(value)))
        elif key == "properties":
            graph.add((iri, sg.properties, Literal(value, datatype=RDF.JSON)))
        elif key == "open_weights":
            graph.add((iri, sg.openWeights, Literal(bool(value))))
        else:
            graph.add((iri, sg[key], _plain(value)))


def build_rdf(dump: GraphDump, schema: Schema, named_graphs: bool, base: str = DEFAULT_BASE) -> Graph:
    """The RDF of the dump: one graph (reified claims) or a Dataset with a graph per article."""
    vocab = Vocabulary(base)
    dataset = Dataset() if named_graphs else None
    default: Graph = dataset.default_graph if dataset is not None else Graph()  # type: ignore[assignment]
    for prefix, namespace in (
        ("sg", vocab.sg), ("schema", SDO), ("prov", PROV), ("owl", OWL), ("wd", WIKIDATA),
        ("xsd", XSD), ("rdfs", RDFS),
    ):
        (dataset or default).bind(prefix, namespace)
    _vocabulary_triples(default, vocab, schema)

    articles = {n.id: n for n in dump.by_group("Article")}
    for node in dump.by_group("Entity"):
        _entity_triples(default, vocab, node)
    for node in articles.values():
        _article_triples(default, vocab, node)

    claim_ends: dict[str, dict[str, str]] = {}
    for rel in dump.rels:
        if rel.type == "MENTIONS":
            default.add((vocab.article(rel.start), SDO.mentions, vocab.entity(rel.end)))
        elif rel.start_group == "Claim" and rel.type in PROVENANCE_RELATIONS:
            claim_ends.setdefault(rel.start, {})[rel.type] = rel.end
        elif rel.type in schema.relations and not named_graphs:
            default.add((vocab.entity(rel.start), vocab.relation(rel.type), vocab.entity(rel.end)))

    def target(article_id: str | None) -> Graph:
        if dataset is None or article_id is None:
            return default
        graph_iri = vocab.article_graph(article_id)
        default.add((graph_iri, PROV.wasDerivedFrom, vocab.article(article_id)))
        return dataset.graph(graph_iri)

    for node in dump.by_group("Claim"):
        ends = claim_ends.get(node.id, {})
        if "SUBJECT" not in ends or "OBJECT" not in ends:
            continue  # a dangling claim cannot be stated; the loader never makes one
        article_id = ends.get("FROM")
        lang = articles[article_id].props.get("lang") if article_id in articles else None
        graph = target(article_id)
        _claim_triples(graph, vocab, node, ends, lang)
        if named_graphs:
            graph.add((
                vocab.entity(ends["SUBJECT"]),
                vocab.relation(node.props["predicate"]),
                vocab.entity(ends["OBJECT"]),
            ))
    return dataset if dataset is not None else default


def statement_count(graph: Graph) -> int:
    """Triples of a Graph, or quads of a Dataset (all graphs)."""
    if isinstance(graph, Dataset):
        return sum(1 for _ in graph.quads((None, None, None, None)))
    return len(graph)


"""stratgraph: a knowledge graph of AI lab strategy.

Articles -> `ingest` -> cited triples (JSON Lines) -> `graph` (Neo4j, networkx, rdflib)
-> `queries` (curated Cypher) -> `api` (FastAPI) and the `cli`.
"""

__version__ = "0.1.0"

"""The graph model (schema as data files), Neo4j access and loading, and graph views.

Knows nothing of HTTP, extraction or curated queries.
"""

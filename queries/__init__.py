"""Curated Cypher queries kept as files, loaded into one registry."""

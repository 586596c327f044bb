"""Articles -> cited triples (the extraction contract of DESIGN.md section 3).

Knows nothing of Neo4j.
"""

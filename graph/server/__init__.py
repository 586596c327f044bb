"""Provisioning and lifecycle of a local Neo4j Community 5.26 server built from Maven Central."""

"""Settings read from the environment (and `.env`), one place for every knob.

Each setting documents itself: `stratgraph settings` prints them with their help text, and a
test fails when one lacks a description (Datasette's rule: an undocumented setting is a bug).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent


def _default_home() -> Path:
    """`.stratgraph/` in a source checkout (git-ignored); a per-user folder for a wheel install."""
    if (PROJECT_ROOT / "pyproject.toml").is_file():
        return PROJECT_ROOT / ".stratgraph"
    return Path.home() / ".local" / "share" / "stratgraph"


class Settings(BaseSettings):
    """Runtime configuration; environment variables win over defaults."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(
        default=None,
        description="Bolt URI of a Neo4j you run yourself (Desktop, Docker, Aura). When set, "
        "stratgraph never starts its own server.",
    )
    neo4j_user: str = Field(default="neo4j", description="Neo4j user name.")
    neo4j_password: str | None = Field(
        default=None,
        description="Neo4j password. Defaults to the generated password of the local server.",
    )
    neo4j_database: str = Field(default="neo4j", description="Neo4j database name.")
    stratgraph_home: Path = Field(
        default_factory=_default_home,
        description="Where the local Neo4j home, its data, logs, jars and password live "
        "(git-ignored).",
    )
    neo4j_bolt_port: int = Field(default=7687, description="Bolt port of the local Neo4j.")
    neo4j_http_port: int = Field(default=7474, description="HTTP port (Browser) of the local Neo4j.")
    neo4j_heap: str = Field(default="512m", description="JVM heap of the local Neo4j.")
    neo4j_pagecache: str = Field(default="512m", description="Page cache of the local Neo4j.")
    neo4j_start_timeout: float = Field(
        default=120.0, description="Seconds `neo4j start` waits for Bolt before giving up."
    )
    query_timeout: float = Field(
        default=5.0,
        description="Seconds a curated or researcher query may run before Neo4j cuts it off.",
    )
    row_cap: int = Field(
        default=1000,
        description="Most rows a query returns; answers cut there are flagged truncated.",
    )
    stratgraph_api_key: str | None = Field(
        default=None,
        description="API key that POST /articles requires; without one the endpoint is off.",
    )
    stratgraph_pattern_cache: str = Field(
        default="",
        description="Where extraction keeps its compiled rule patterns between runs (a second "
        "off every process start): empty for <STRATGRAPH_HOME>/cache/patterns, 'off' to compile "
        "them afresh each time, or a folder.",
    )
    stratgraph_pair_model: str = Field(
        default="",
        description="The learned pair layer of extraction: empty for the shipped model, 'off' "
        "for the rule layer alone, or the path of a model file `bench/train_pairs.py` wrote.",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; tests clear the cache after changing the env)."""
    return Settings()

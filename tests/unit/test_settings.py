"""Every setting documents itself, and the environment wins over defaults."""

from __future__ import annotations

import pytest

from stratgraph.settings import Settings


def test_every_setting_has_help_text() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 10, f"setting {name} is undocumented"


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9999")
    monkeypatch.setenv("ROW_CAP", "7")
    settings = Settings()
    assert settings.neo4j_uri == "bolt://127.0.0.1:9999"
    assert settings.row_cap == 7

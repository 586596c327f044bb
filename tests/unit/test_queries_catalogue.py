"""The README embeds the catalogue generated from the registry; it must not drift."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from stratgraph.queries.catalogue import BEGIN, END, catalogue_markdown, embed
from stratgraph.queries.registry import get_registry

DOCS = Path(__file__).resolve().parents[2] / "README.md"
FIX = ('.venv/bin/python -c "from pathlib import Path; from stratgraph.queries.catalogue import '
       'catalogue_markdown, embed; from stratgraph.queries.registry import get_registry; '
       "p = Path('README.md'); p.write_text(embed(p.read_text(), catalogue_markdown(get_registry())))\"")


def test_docs_embed_the_current_catalogue() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert BEGIN in text and END in text
    assert embed(text, catalogue_markdown(get_registry())) == text, f"regenerate with: {FIX}"


def test_catalogue_lists_every_query_with_its_parameters() -> None:
    markdown = catalogue_markdown(get_registry())
    for query in get_registry().values():
        assert f"#### `{query.name}` - {query.title}" in markdown
        for param in query.params:
            assert f"| `{param.name}` | {param.type} |" in markdown


def test_cli_prints_the_catalogue() -> None:
    from stratgraph.cli import _register_all, app

    _register_all()
    result = CliRunner().invoke(app, ["queries", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.output == catalogue_markdown(get_registry())
    listing = CliRunner().invoke(app, ["queries", "--format", "json", "--tag", "stances"])
    assert listing.exit_code == 0 and '"stance_changes"' in listing.output
    unknown = CliRunner().invoke(app, ["query", "no_such_query"])
    assert unknown.exit_code == 2
    bad = CliRunner().invoke(app, ["query", "entity_profile", "--param", "nonsense"])
    assert bad.exit_code == 2

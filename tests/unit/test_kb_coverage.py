"""Knowledge base coverage: labs, people, models and products of 2019-2026 resolve to their
entries, and names that are also ordinary words stay guarded."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from stratgraph.ingest.kb import KB_DIR, load_kb
from stratgraph.ingest.normalize import fold_compact
from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record

ENTRY_KEYS = {"id", "name", "aliases", "strict", "context", "cooccur", "owner", "employer",
              "tags", "wikidata"}


def entities(text: str, lang: str = "en") -> dict[str, str]:
    lines = extract_article(Record(id="kb", text=text, lang=lang))
    return {x["id"]: x["type"] for x in lines if x["kind"] == "entity"}


@pytest.mark.parametrize("text,lang,expected", [
    ("AI startup Cognition bought Windsurf, once called Codeium.", "en",
     {"org:cognition-ai": "Organization", "org:windsurf": "Organization"}),
    ("Mati Staniszewski runs ElevenLabs; AI21 Labs and Together AI raised money.", "en",
     {"person:mati-staniszewski": "Person", "org:elevenlabs": "Organization",
      "org:ai21-labs": "Organization", "org:together-ai": "Organization"}),
    ("Black Forest Labs released FLUX.1 Kontext and Cohere shipped Command A.", "en",
     {"model:flux.1-kontext": "Model", "model:command-a": "Model"}),
    ("Anthropic launched Claude Sonnet 4.5 while Amazon priced Nova Pro.", "en",
     {"model:claude-sonnet-4.5": "Model", "model:nova-pro": "Model"}),
    ("Margrethe Vestager et Henna Virkkunen ont saisi la CNIL et le Garante.", "fr",
     {"person:margrethe-vestager": "Person", "person:henna-virkkunen": "Person",
      "org:cnil": "Organization",
      "org:garante-per-la-protezione-dei-dati-personali": "Organization"}),
    ("MiniMax创始人闫俊杰表示，海螺AI将继续开放。", "zh",
     {"person:yan-junjie": "Person", "product:hailuo-ai": "Product"}),
    ("Alibaba Cloud, the cloud arm of Alibaba, hosts Qwen.", "en",
     {"org:alibaba-cloud": "Organization", "org:alibaba": "Organization"}),
    ("Snowflake released Arctic and IBM updated Granite; Nvidia H100 chips ran them.", "en",
     {"model:arctic": "Model", "model:granite": "Model", "org:nvidia": "Organization"}),
])
def test_new_entries_resolve(text: str, lang: str, expected: dict[str, str]) -> None:
    found = entities(text, lang)
    for entity, type_ in expected.items():
        assert found.get(entity) == type_, (entity, found)


@pytest.mark.parametrize("text,lang,absent", [
    ("The cognition of models is hard. Cognition is hard to define.", "en",
     {"org:cognition-ai"}),
    ("He did a magic trick. Magic is everywhere in this show.", "en", {"org:magic"}),
    ("In the arctic, it is cold. Arctic winds blew.", "en", {"model:arctic"}),
    ("Writer's block is real. The writer said nothing.", "en", {"org:writer"}),
    ("Scale matters for training. Harvey Weinstein was there.", "en",
     {"org:scale-ai", "org:harvey"}),
    ("The code is released under the MIT license.", "en", {"org:mit"}),
    ("Un compromis qui ne fait pas l'unanimité.", "fr", {"org:united-nations"}),
    ("Company results were strong. Comet Halley returns.", "en",
     {"org:h-company", "person:josh-hawley", "product:comet"}),
    ("Devin Nunes spoke about the operator of the plant.", "en",
     {"product:devin", "product:operator"}),
    ("Veo que no. Imagen de la semana.", "es", {"model:veo", "model:imagen"}),
])
def test_common_words_stay_guarded(text: str, lang: str, absent: set[str]) -> None:
    found = entities(text, lang)
    assert not absent & set(found), found


def test_guarded_names_count_in_company_context() -> None:
    found = entities("Legal AI startup Harvey raised $300 million, and Scale's founder left. "
                     "Google's Veo now makes sound.")
    assert {"org:harvey", "org:scale-ai", "model:veo"} <= set(found)


def test_entries_are_well_formed() -> None:
    """A comma in an unquoted flow-style name silently splits it into a stray key."""
    for path in sorted(Path(KB_DIR).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("entities") or ():
            assert set(item) <= ENTRY_KEYS, (path.name, item)


def test_no_surface_names_two_entities_and_references_exist() -> None:
    kb = load_kb()
    for key, aliases in kb.index.items():
        assert len({a.entity for a in aliases}) == 1, (key, [a.entity for a in aliases])
    for entity in kb.entities.values():
        for ref in (entity.owner, entity.employer):
            assert ref is None or ref in kb.entities, (entity.id, ref)
    assert fold_compact("Command R+") in kb.index  # the plus folds away: one entry only
    assert kb.entities["org:alibaba-cloud"].owner == "org:alibaba"

"""Entities: spelling variants resolve to one id, unknown names are discovered and typed."""

from __future__ import annotations

import re

from stratgraph.graph.contract import ID_PATTERN
from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record


def entities(text: str, lang: str = "en") -> dict[str, tuple[str, str, list[str]]]:
    lines = extract_article(Record(id="e", text=text, lang=lang))
    return {x["id"]: (x["type"], x["name"], x["aliases"]) for x in lines if x["kind"] == "entity"}


def test_spelling_variants_meet_on_one_id() -> None:
    found = entities("Openai and OpenIA are the same lab as OpenAI. The Deepseek team and "
                     "DeepSeek agree. O3-MinI, o3 mini and o3-mini too. XAI shipped Grok2, "
                     "then Grok 3.")
    assert found["org:openai"][2] == ["OpenIA", "Openai"]
    assert "Deepseek" in found["org:deepseek"][2]
    assert found["model:o3-mini"][1] == "o3-mini"
    assert {"O3-MinI", "o3 mini"} <= set(found["model:o3-mini"][2])
    assert found["org:xai"][0] == "Organization"
    assert found["model:grok-2"][1] == "Grok-2" and found["model:grok-3"][1] == "Grok-3"


def test_unknown_model_versions_are_discovered() -> None:
    found = entities("Alibaba unveiled Qwen2.5-Max while Meta prepared Llama 2 and OpenAI "
                     "tested GPT-4.5 and o3-mini; gpt-oss 20 b runs on laptops.")
    assert found["model:qwen2.5-max"][:2] == ("Model", "Qwen2.5-Max")
    assert found["model:llama-2"][:2] == ("Model", "Llama 2")
    assert found["model:gpt-4.5"][0] == "Model"
    assert "gpt-oss 20 b" in found["model:gpt-oss-20b"][2]


def test_unknown_people_and_organizations_are_discovered_and_typed() -> None:
    found = entities("Clara Vidal, the CEO of Aurora Labs, said the startup Lumen would "
                     "publish its model. Vidal added that researcher Tomas Berg agreed.")
    assert found["person:clara-vidal"][0] == "Person"
    assert "Vidal" in found["person:clara-vidal"][2]
    assert found["org:aurora-labs"][0] == "Organization"
    assert found["org:lumen"][0] == "Organization"
    assert found["person:tomas-berg"][0] == "Person"


def test_one_letter_platform_needs_its_context() -> None:
    assert "product:x" in entities("Sam Altman asked his followers on X about it.")
    assert "product:x" not in entities("Model X is a car; the X factor matters.")


def test_context_aliases_need_their_owner() -> None:
    assert "model:deepseek-r1" in entities("DeepSeek released R1 in January.")
    assert "model:deepseek-r1" not in entities("The R1 highway was closed in January.")


def test_ids_follow_the_contract_pattern() -> None:
    found = entities("萨姆·奥尔特曼和马斯克都谈到了微软。Jürgen Müller, the CEO of Über Labs, "
                     "spoke.", "en")
    assert found
    for entity in found:
        assert re.match(ID_PATTERN, entity), entity


def test_wikidata_ids_come_from_the_knowledge_base() -> None:
    lines = extract_article(Record(id="w", text="Microsoft invested in OpenAI.", lang="en"))
    wikidata = {x["id"]: x.get("wikidata") for x in lines if x["kind"] == "entity"}
    assert wikidata["org:openai"] == "Q21708200"
    assert wikidata["org:microsoft"] == "Q2283"

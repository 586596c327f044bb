"""Session-5 stances on open weights and closed models, in six languages. Every sentence is
written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts

OPEN = "open-weight release"
CLOSED = "closed models"


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Helix Labs will keep shipping while staying committed to open models, its chief said.",
     "en", ("Helix Labs", "SUPPORTS", OPEN)),
    ("Laura Diaz plaide pour que les poids des modèles soient publiés.", "fr",
     ("Laura Diaz", "SUPPORTS", OPEN)),
    ("Der Verein LAION setzt sich für frei zugängliche KI ein.", "de", ("LAION", "SUPPORTS", OPEN)),
    ("Stability AI werde seinem offenen Ansatz treu bleiben, sagte er.", "de",
     ("Stability AI", "SUPPORTS", OPEN)),
    ("Naver mantiene cerrado su modelo HyperCLOVA X.", "es", ("Naver", "SUPPORTS", CLOSED)),
    ("Helix Labs lance Orion 2. Comme ses prédécesseurs, il reste un modèle propriétaire : ses "
     "poids ne sont pas publiés.", "fr", ("Helix Labs", "SUPPORTS", CLOSED)),
    ("快手发布可灵。可灵目前并未开源。", "zh", ("Kuaishou", "SUPPORTS", CLOSED)),
    ("OpenAI launched ChatGPT in 2022. ChatGPT is not open source.", "en",
     ("OpenAI", "SUPPORTS", CLOSED)),
])
def test_stances(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_committed_to_safety_is_no_open_stance() -> None:
    found = facts("Helix Labs remains committed to safety research.", "en")
    assert ("Helix Labs", "SUPPORTS", OPEN) not in found


def test_chinese_models_listed_as_open_models_are_open_sourced_by_their_makers() -> None:
    found = facts("英伟达的竞争对手包括阿里巴巴的通义千问以及月之暗面的Kimi等中国开源模型。", "zh")
    assert {("Alibaba", "OPEN_SOURCED", "Qwen"), ("Moonshot AI", "OPEN_SOURCED", "Kimi")} <= found

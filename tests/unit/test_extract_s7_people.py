"""Session-7 board seats, partners and leaders in French. Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Mistral AI has appointed Clara Voss to its board of directors.", "en",
     ("Clara Voss", "WORKS_FOR", "Mistral AI")),
    ("Anthropic a nommé Reed Hastings à son conseil d'administration.", "fr",
     ("Reed Hastings", "WORKS_FOR", "Anthropic")),
    ("OpenAI ha nombrado a Fidji Simo para su consejo de administración.", "es",
     ("Fidji Simo", "WORKS_FOR", "OpenAI")),
    ("Meta ha nominato Dina Powell nel suo consiglio di amministrazione.", "it",
     ("Dina Powell", "WORKS_FOR", "Meta")),
    ("Intel beruft Lip-Bu Tan in seinen Verwaltungsrat.", "de",
     ("Lip-Bu Tan", "WORKS_FOR", "Intel")),
    ("The round drew Yasmin Razavi, a general partner at Spark Capital, to the board.", "en",
     ("Yasmin Razavi", "WORKS_FOR", "Spark Capital")),
    ("Yann LeCun, aujourd'hui scientifique en chef de l'IA chez Meta, a réagi.", "fr",
     ("Yann LeCun", "WORKS_FOR", "Meta")),
    ("Demis Hassabis conserve la direction de Google DeepMind.", "fr",
     ("Demis Hassabis", "LEADS", "Google DeepMind")),
])
def test_board_seats_partners_and_leaders(text: str, lang: str,
                                          triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_firm_appointing_to_another_firms_board_is_not_that_firm() -> None:
    found = facts("BlackRock said Anthropic had appointed Clara Voss to its board.", "en")
    assert ("Clara Voss", "WORKS_FOR", "BlackRock") not in found

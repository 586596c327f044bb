"""Session-7 deals, stakes and rivalries in several languages. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Meta already buys computing capacity from Oracle and from CoreWeave.", "en",
     ("Meta", "PARTNERS_WITH", "Oracle")),
    ("Google Cloud now counts Anthropic among its largest customers.", "en",
     ("Google Cloud", "PARTNERS_WITH", "Anthropic")),
    ("Mistral AI, start-up dans laquelle Nvidia a elle aussi pris une participation, grandit.",
     "fr", ("Nvidia", "INVESTS_IN", "Mistral AI")),
    ("Oracle, qui dispute le marché du cloud à Amazon, a signé un contrat.", "fr",
     ("Oracle", "COMPETES_WITH", "Amazon")),
    ("Según Zhipu, GLM-4.5 rinde como Claude 4 Sonnet, de Anthropic.", "es",
     ("Zhipu AI", "COMPETES_WITH", "Anthropic")),
    ("Nvidia hatte angekündigt, für fünf Milliarden Dollar bei Intel einzusteigen.", "de",
     ("Nvidia", "INVESTS_IN", "Intel")),
    ("Helsing hatte in einer von General Catalyst angeführten Runde Geld eingesammelt.", "de",
     ("General Catalyst", "INVESTS_IN", "Helsing")),
    ("AMD hat bei KI-Chips lange den Anschluss an Nvidia verloren.", "de",
     ("AMD", "COMPETES_WITH", "Nvidia")),
])
def test_deals_stakes_and_rivals(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_buying_from_needs_a_computing_object() -> None:
    found = facts("Meta bought a stake from Oracle last year.", "en")
    assert ("Meta", "PARTNERS_WITH", "Oracle") not in found


def test_a_relative_clause_subject_funds_the_antecedent_and_competes_with_nobody() -> None:
    found = facts("Anthropic, which Google backs financially, competes head-on with OpenAI.", "en")
    assert ("Google", "INVESTS_IN", "Anthropic") in found
    assert ("Google", "INVESTS_IN", "OpenAI") not in found
    assert ("Google", "COMPETES_WITH", "OpenAI") not in found


def test_in_which_takes_the_last_firm_before_it() -> None:
    found = facts("Entre ellos figuran Apple, Anthropic, en la que Google también ha invertido, "
                  "y Safe Superintelligence.", "es")
    assert ("Google", "INVESTS_IN", "Anthropic") in found
    assert ("Google", "INVESTS_IN", "Apple") not in found
    assert ("Google", "INVESTS_IN", "Safe Superintelligence") not in found


def test_the_company_is_not_the_founders_university() -> None:
    found = facts("斯坦福大学教授李飞飞创办了人工智能初创公司World Labs。据公司介绍，本轮融资由"
                  "Andreessen Horowitz领投。", "zh")
    assert ("Andreessen Horowitz", "INVESTS_IN", "World Labs") in found
    assert ("Andreessen Horowitz", "INVESTS_IN", "Stanford University") not in found

"""Session-8 money: a company phrase described as backed by investors is the firm they fund,
even after another firm's backers earlier in the article. Every sentence is written for this
file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


def test_the_startup_described_as_backed_is_funded_not_an_earlier_funded_firm() -> None:
    text = ("A Cloudflare lançou um serviço de cobrança, apoiado por editoras como Condé Nast. "
            "A Perplexity respondeu no mesmo dia. A Perplexity nega tudo. A startup, avaliada em "
            "18 bilhões de dólares e apoiada por investidores como Nvidia, disputa espaço com "
            "o Google.")
    found = facts(text, "pt")
    assert ("Nvidia", "INVESTS_IN", "Perplexity") in found
    assert ("Nvidia", "INVESTS_IN", "Cloudflare") not in found


def test_a_relative_clause_that_raised_money_names_the_funded_firm() -> None:
    text = ("Poolside assume due ricercatori. L'uscita arriva in una fase di crescita per "
            "Mistral AI, che a giugno ha raccolto 600 milioni di euro da investitori come "
            "General Catalyst e Nvidia.")
    found = facts(text, "it")
    assert ("General Catalyst", "INVESTS_IN", "Mistral AI") in found
    assert ("General Catalyst", "INVESTS_IN", "Poolside") not in found


def test_a_company_phrase_after_a_colon_is_the_firm_before_it() -> None:
    text = ("Anthropic affronte aussi Mistral AI : la pépite française, qui vise l'Europe, "
            "vient de lever 600 millions d'euros lors d'un tour mené par General Catalyst.")
    found = facts(text, "fr")
    assert ("General Catalyst", "INVESTS_IN", "Mistral AI") in found
    assert ("General Catalyst", "INVESTS_IN", "Anthropic") not in found


def test_a_subject_negotiating_its_own_round_is_the_one_funded() -> None:
    text = ("Cohere raised $500 million in a round led by Radical Ventures. Mistral AI is "
            "negotiating a round of as much as $1 billion led by General Catalyst.")
    found = facts(text, "en")
    assert ("General Catalyst", "INVESTS_IN", "Mistral AI") in found
    assert ("General Catalyst", "INVESTS_IN", "Cohere") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Cohere has closed a $500 million round. The Series D was led by Radical Ventures.", "en",
     ("Radical Ventures", "INVESTS_IN", "Cohere")),
    ("Cohere has closed a $500 million round. A long list of firms joined the round: Oracle, "
     "Nvidia and Salesforce Ventures.", "en", ("Salesforce Ventures", "INVESTS_IN", "Cohere")),
    ("Poolside a levé 500 millions. Le tour de table réunit des noms connus de la tech : Nvidia "
     "et eBay.", "fr", ("Nvidia", "INVESTS_IN", "Poolside")),
    ("Poolside a levé 500 millions lors d'une opération à laquelle avaient participé Nvidia et "
     "Bain Capital.", "fr", ("Nvidia", "INVESTS_IN", "Poolside")),
    ("Aleph Alpha hat 500 Millionen eingesammelt. Angeführt wurde die Runde von Schwarz; "
     "außerdem beteiligten sich Bosch und SAP.", "de", ("SAP", "INVESTS_IN", "Aleph Alpha")),
    ("Mistral AI ha levantado 600 millones. En la operación participaron también Nvidia y "
     "Samsung.", "es", ("Samsung", "INVESTS_IN", "Mistral AI")),
    ("Mistral AI ha levantado 600 millones. La operación ha sido codirigida por General "
     "Catalyst y Lightspeed.", "es", ("General Catalyst", "INVESTS_IN", "Mistral AI")),
])
def test_round_participants_in_context(text: str, lang: str,
                                       triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_the_firm_before_which_counts_its_backers_is_funded() -> None:
    text = ("Poolside raised money at a valuation of $3 billion. Cohere, which counts Oracle and "
            "Nvidia among its largest investors, is growing.")
    found = facts(text, "en")
    assert ("Oracle", "INVESTS_IN", "Cohere") in found
    assert ("Oracle", "INVESTS_IN", "Poolside") not in found


def test_a_founders_former_employer_is_not_the_firm_bought() -> None:
    found = facts("Elara, start-up fondata da ex progettisti di Apple e rilevata da Qualcomm "
                  "nel 2021, cresce.", "it")
    assert ("Qualcomm", "ACQUIRED", "Apple") not in found

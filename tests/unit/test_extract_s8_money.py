"""Session-8 money: a company phrase described as backed by investors is the firm they fund,
even after another firm's backers earlier in the article. Every sentence is written for this
file."""

from __future__ import annotations

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

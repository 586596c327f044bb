"""Session-5 funding: lists of backers introduced on their own ("Beteiligt sind außerdem A",
"on y retrouve A", "La codirigen A y B"), firms that only describe a backer ("OpenAI chief
executive A"), and which company a round is for. Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of

BACKERS = {"Harbor Capital", "Tessera Ventures", "Nvidia"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Zephyr AI raised $500 million. Investors in the round included Harbor Capital, Tessera "
     "Ventures and Nvidia.", "en"),
    ("Zephyr AI a levé 200 millions d'euros. Parmi les investisseurs, on retrouve Harbor "
     "Capital, Tessera Ventures et Nvidia.", "fr"),
    ("Zephyr AI hat 200 Millionen Euro eingesammelt. Beteiligt sind außerdem Harbor Capital, "
     "Tessera Ventures und Nvidia.", "de"),
    ("Zephyr AI ha recaudado 300 millones. La codirigen Harbor Capital y Tessera Ventures, y en "
     "ella participan además Nvidia.", "es"),
    ("Zephyr AI ha raccolto 80 milioni. Tra gli investitori figurano Harbor Capital, Tessera "
     "Ventures e Nvidia.", "it"),
    ("A Zephyr AI captou 90 milhões. Entre os investidores estão Harbor Capital, Tessera "
     "Ventures e Nvidia.", "pt"),
])
def test_a_list_of_backers_on_its_own_funds_the_raiser(text: str, lang: str) -> None:
    found = of(facts(text, lang), "INVESTS_IN")
    assert {(b, "INVESTS_IN", "Zephyr AI") for b in BACKERS} <= found
    assert not [t for t in found if t[2] != "Zephyr AI"]


def test_a_firm_naming_a_backer_is_no_backer() -> None:
    found = facts("Zephyr AI raised $200 million from backers including Cohere chief executive "
                  "Ana Ruiz and Salesforce's Paul Brandt.", "en")
    assert {("Ana Ruiz", "INVESTS_IN", "Zephyr AI"), ("Paul Brandt", "INVESTS_IN", "Zephyr AI")
            } <= found
    assert not [t for t in of(found, "INVESTS_IN") if t[0] in ("Cohere", "Salesforce")]


def test_firms_joined_by_and_stay_two_backers() -> None:
    found = facts("Zephyr AI raised $200 million from backers including Nimbus Capital and "
                  "Ana Ruiz.", "en")
    assert {("Nimbus Capital", "INVESTS_IN", "Zephyr AI"), ("Ana Ruiz", "INVESTS_IN", "Zephyr AI")
            } <= found


def test_backed_by_investors_is_no_investment_of_the_company() -> None:
    found = facts("Zephyr AI presentó un buscador. La empresa, respaldada por inversores como "
                  "Ana Ruiz y Nvidia, vale 3.000 millones.", "es")
    assert {("Ana Ruiz", "INVESTS_IN", "Zephyr AI"), ("Nvidia", "INVESTS_IN", "Zephyr AI")
            } <= found
    assert ("Zephyr AI", "INVESTS_IN", "Nvidia") not in found


def test_a_closed_round_without_backers_names_who_it_funds() -> None:
    found = facts("Zephyr AI ha cerrado una ronda de financiación de 900 millones de dólares. "
                  "La operación está liderada por Harbor Capital, que también es accionista de "
                  "Quorra AI. La codirigen Tessera Ventures y Nvidia.", "es")
    assert {("Tessera Ventures", "INVESTS_IN", "Zephyr AI"), ("Nvidia", "INVESTS_IN", "Zephyr AI")
            } <= found
    assert ("Nvidia", "INVESTS_IN", "Quorra AI") not in found


def test_a_firm_founded_by_a_person_does_not_make_the_person_a_backer() -> None:
    found = facts("Zephyr AI raised $21 million in a round led by Founders Fund, the venture "
                  "firm co-founded by Peter Thiel.", "en")
    assert ("Founders Fund", "INVESTS_IN", "Zephyr AI") in found
    assert ("Peter Thiel", "INVESTS_IN", "Zephyr AI") not in found


def test_the_companys_financing_is_money_it_received() -> None:
    found = facts("Zephyr AI raised $175 million. Sequoia and Benchmark had co-led the company's "
                  "previous financing.", "en")
    assert ("Zephyr AI", "INVESTS_IN", "Benchmark") not in found


@pytest.mark.parametrize(("text", "backers"), [
    ("Zephyr AI raised $500 million. Several hardware makers also took part: Supermicro, "
     "Pegatron and Wistron.", {"Supermicro", "Pegatron", "Wistron"}),
    ("Zephyr AI raised $500 million. Lightspeed Venture Partners, Felicis and Kleiner Perkins "
     "also took part.", {"Lightspeed Venture Partners", "Felicis", "Kleiner Perkins"}),
    ("Zephyr AI raised $120 million. A long list of individual backers also put money in, among "
     "them Peter Thiel and the billionaire investor Stanley Druckenmiller.",
     {"Peter Thiel", "Stanley Druckenmiller"}),
    ("Zephyr AI raised $120 million. Other backers include Patrick Collison and Elad Gil.",
     {"Patrick Collison", "Elad Gil"}),
    ("Zephyr AI raised $55 million. Nat Friedman and Daniel Gross led the pre-seed and seed "
     "rounds.", {"Nat Friedman", "Daniel Gross"}),
    ("Zephyr AI, which also counts Google among its backers, grew fast.", {"Google"}),
])
def test_more_lists_of_backers(text: str, backers: set[str]) -> None:
    assert {(b, "INVESTS_IN", "Zephyr AI") for b in backers} <= facts(text, "en")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("G42 ha ricevuto nel 2024 un investimento di 1,5 miliardi di dollari da Microsoft.", "it",
     ("Microsoft", "INVESTS_IN", "G42")),
    ("DeepSeek is financed by High-Flyer.", "en", ("High-Flyer", "INVESTS_IN", "DeepSeek")),
])
def test_money_received_from(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_the_billionaire_before_a_name_describes_that_name() -> None:
    found = facts("Elon Musk founded xAI. The billionaire criticized OpenAI again.", "en")
    assert ("Elon Musk", "CRITICIZED", "OpenAI") in found


@pytest.mark.parametrize(("text", "lang", "triples"), [
    ("Helix Labs a levé 105 millions d'euros. Le tour de table était mené par Lightspeed Venture "
     "Partners, aux côtés de Redpoint, d'Index Ventures, de Xavier Niel et de Rodolphe Saadé.", "fr",
     {("Index Ventures", "INVESTS_IN", "Helix Labs"), ("Xavier Niel", "INVESTS_IN", "Helix Labs"),
      ("Rodolphe Saadé", "INVESTS_IN", "Helix Labs")}),
    ("MGX figure aux côtés de SoftBank et d'Oracle parmi les financeurs de Stargate.", "fr",
     {("MGX", "INVESTS_IN", "Stargate"), ("Oracle", "INVESTS_IN", "Stargate")}),
    ("OpenAI, an dem Microsoft mit Milliarden beteiligt ist, wächst.", "de",
     {("Microsoft", "INVESTS_IN", "OpenAI")}),
])
def test_backers_in_other_shapes(text: str, lang: str, triples: set) -> None:
    assert triples <= facts(text, lang)


def test_alongside_outside_a_round_funds_nothing() -> None:
    found = facts("Yann LeCun a signé la lettre aux côtés de Google et de Meta.", "fr")
    assert not {t for t in found if t[1] == "INVESTS_IN"}


@pytest.mark.parametrize(("text", "lang", "backers"), [
    ("Zephyr AI lève des fonds. L'an dernier, Google, Nvidia et Salesforce Ventures ont injecté "
     "141 millions de dollars dans l'entreprise.", "fr", {"Google", "Nvidia", "Salesforce Ventures"}),
    ("Zephyr AI lève des fonds. Parmi ses autres actionnaires figurent Felicis, Coatue et Lux "
     "Capital.", "fr", {"Felicis", "Coatue", "Lux Capital"}),
    ("Zephyr AI sammelte 150 Millionen ein. Auch die bisherigen Geldgeber Altimeter Capital und "
     "General Catalyst beteiligen sich erneut.", "de", {"Altimeter Capital", "General Catalyst"}),
])
def test_existing_backers_and_injections(text: str, lang: str, backers: set[str]) -> None:
    assert {(b, "INVESTS_IN", "Zephyr AI") for b in backers} <= facts(text, lang)

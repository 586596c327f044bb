"""Rules added in session 16: co-investors named after a round the text already told, former
staff in lists and after a copula, founders after an object relative, supply purchases, firms
competing for the same customers, and a unit named for its parent in a list. Every sentence is
written for this file; the firms are invented or only named."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize(("text", "lang", "backers"), [
    ("Vessel AI has raised $80 million in a round led by Atomico. Temasek joined the round "
     "alongside Siemens and Applied Materials.", "en",
     {"Atomico", "Temasek", "Siemens", "Applied Materials"}),
    ("Vessel AI a levé 40 millions d'euros. Le tour de table réunissait Accel, Creandum et "
     "Visionaries Club.", "fr", {"Accel", "Creandum", "Visionaries Club"}),
    ("Vessel AI ha cerrado una ronda de 60 millones de dólares. En ella participan también los "
     "inversores que ya estaban en el capital: Accel, Blossom Capital e Index Ventures.", "es",
     {"Accel", "Blossom Capital", "Index Ventures"}),
    ("Vessel AI hat 30 Millionen Euro eingesammelt. Auch die Bestandsinvestoren EQT Ventures und "
     "Mosaic Ventures ziehen mit.", "de", {"EQT Ventures", "Mosaic Ventures"}),
])
def test_co_investors_named_after_a_round_fund_its_raiser(text: str, lang: str,
                                                            backers: set[str]) -> None:
    found = of(facts(text, lang), "INVESTS_IN")
    assert {(b, "INVESTS_IN", "Vessel AI") for b in backers} <= found
    assert not any(s == "Vessel AI" for s, _, _ in found)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The start-up was founded by Lena Vogt and Marc Weber, both former OpenAI researchers.",
     "en", {("Lena Vogt", "LEFT", "OpenAI"), ("Marc Weber", "LEFT", "OpenAI")}),
    ("Lena Vogt est d'ailleurs une ancienne vice-présidente de SenseTime.", "fr",
     {("Lena Vogt", "LEFT", "SenseTime")}),
    ("He set up the company with two other Microsoft veterans, Lena Vogt and Marc Weber.", "en",
     {("Lena Vogt", "LEFT", "Microsoft"), ("Marc Weber", "LEFT", "Microsoft")}),
    ("Lena Vogt trabajó durante años en Google.", "es", {("Lena Vogt", "LEFT", "Google")}),
    ("Marc Weber passou mais de uma década no Google.", "pt", {("Marc Weber", "LEFT", "Google")}),
])
def test_former_staff(text: str, lang: str, expected: set) -> None:
    assert expected <= facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Nimbus Labs, la start-up que M. Marc Weber avait cofondée en 2022, a été rachetée.", "fr",
     {("Marc Weber", "FOUNDED", "Nimbus Labs")}),
    ("Nimbus Labs, le laboratoire que Marc Weber a fondé avec Lena Vogt, a été racheté.", "fr",
     {("Marc Weber", "FOUNDED", "Nimbus Labs"), ("Lena Vogt", "FOUNDED", "Nimbus Labs")}),
    ("Marc Weber praised Nimbus Labs, the organisation he helped to found.", "en",
     {("Marc Weber", "FOUNDED", "Nimbus Labs")}),
])
def test_founders_after_an_object_relative(text: str, lang: str, expected: set) -> None:
    assert expected <= facts(text, lang)


def test_a_spin_out_led_by_someone_is_led_by_them_not_its_parent() -> None:
    found = facts("Nimbus Labs, the Alphabet spin-out led by Lena Vogt, is hiring.", "en")
    assert ("Lena Vogt", "LEADS", "Nimbus Labs") in found
    assert not any(t[0] == "Lena Vogt" and t[1] == "LEADS" and t[2] != "Nimbus Labs"
                   for t in found)


@pytest.mark.parametrize(("text", "lang", "buyer", "supplier"), [
    ("Vessel AI has agreed to buy power from Helion Energy.", "en", "Vessel AI", "Helion Energy"),
    ("Vessel AI bezieht künftig Strom von Talen Energy.", "de", "Vessel AI", "Talen Energy"),
])
def test_a_supply_purchase_is_a_partnership(text: str, lang: str, buyer: str,
                                            supplier: str) -> None:
    assert (buyer, "PARTNERS_WITH", supplier) in facts(text, lang)


def test_firms_competing_for_the_same_customers_are_rivals_of_the_text_firm() -> None:
    text = ("Vessel AI raised $70 million. Start-ups such as Nimbus Labs and Orbit Robotics are "
            "chasing the same customers.")
    found = of(facts(text, "en"), "COMPETES_WITH")
    assert {("Vessel AI", "COMPETES_WITH", "Nimbus Labs"),
            ("Vessel AI", "COMPETES_WITH", "Orbit Robotics")} <= found
    assert ("Nimbus Labs", "COMPETES_WITH", "Orbit Robotics") not in found


def test_a_unit_named_for_its_parent_in_a_list_stands_for_itself() -> None:
    text = ("Vessel AI hat seine Preise gesenkt. Auch Google und Microsofts Tochter GitHub "
            "konkurrieren um dieselben Kunden.")
    found = of(facts(text, "de"), "COMPETES_WITH")
    assert ("Vessel AI", "COMPETES_WITH", "GitHub") in found
    assert ("Vessel AI", "COMPETES_WITH", "Microsoft") not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Vessel AI presented Orion Coder 33B on Friday.", "en",
     ("Vessel AI", "RELEASED", "Orion Coder 33B")),
    ("Google previewed Gemini 2.5 Flash at the event.", "en",
     ("Google", "DEVELOPS", "Gemini 2.5 Flash")),
    ("OpenAI con Sora e Google con Veo 2 puntano sul video.", "it",
     ("Google", "DEVELOPS", "Veo 2")),
])
def test_presenting_and_naming_a_firm_with_its_model(text: str, lang: str,
                                                     expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_showing_that_a_model_fails_is_no_development() -> None:
    found = facts("Vessel AI researchers demonstrated that GPT-4o fails at simple puzzles.", "en")
    assert ("Vessel AI", "DEVELOPS", "GPT-4o") not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Nimbus Labs mantiene una demanda contra Vessel AI y Orbit Robotics.", "es",
     {("Nimbus Labs", "CRITICIZED", "Vessel AI"), ("Nimbus Labs", "CRITICIZED", "Orbit Robotics")}),
    ("Lena Vogt, who sits on Vessel AI's board, said so.", "en",
     {("Lena Vogt", "WORKS_FOR", "Vessel AI")}),
    ("Lena Vogt, who heads Vessel AI's robotics group, spoke.", "en",
     {("Lena Vogt", "WORKS_FOR", "Vessel AI")}),
    ("Lena Vogt, die bei Vessel AI das Produkt Orion verantwortet, sagte das.", "de",
     {("Lena Vogt", "WORKS_FOR", "Vessel AI")}),
])
def test_lawsuits_board_seats_and_heads_of_units(text: str, lang: str, expected: set) -> None:
    assert expected <= facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "law"), [
    ("Vessel AI lobbied against SB 1047 all summer.", "en", "SB 1047"),
    ("Vessel AI kritisierte die KI-Verordnung scharf.", "de", "AI Act"),
    ("Vessel AI a critiqué l’AI Act.", "fr", "AI Act"),
])
def test_an_actor_against_a_named_law_criticizes_it(text: str, lang: str, law: str) -> None:
    assert ("Vessel AI", "CRITICIZED", law) in facts(text, lang)


def test_a_bill_sponsored_by_lawmakers_is_announced_by_them() -> None:
    found = facts("The RAISE Act, sponsored by State Senator Lena Vogt and Assemblymember "
                  "Marc Weber, passed in June.", "en")
    assert {("Lena Vogt", "ANNOUNCED", "RAISE Act"),
            ("Marc Weber", "ANNOUNCED", "RAISE Act")} <= found
    assert "State Senator" not in {s for s, _, _ in found} | {o for _, _, o in found}


def test_publishing_weights_is_a_stance_for_open_weights_but_a_plain_release_is_not() -> None:
    assert ("Vessel AI", "SUPPORTS", "open-weight release") in facts(
        "Vessel AI released Orion Coder 33B with open weights.", "en")
    assert ("Vessel AI", "SUPPORTS", "open-weight release") not in facts(
        "Vessel AI released Orion Coder 33B through its API.", "en")

"""Session-6 makers and former roles: who develops a model named in an apposition, and who
left a firm described by its former title. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Le groupe a signé avec OpenAI, l'éditeur de ChatGPT.", "fr",
     ("OpenAI", "DEVELOPS", "ChatGPT")),
    ("The deal brings in Anthropic, the maker of the Claude models.", "en",
     ("Anthropic", "DEVELOPS", "Claude")),
    ("The benchmark includes Mistral 7B, a model from the French start-up Mistral AI.", "en",
     ("Mistral AI", "DEVELOPS", "Mistral 7B")),
    ("It beat Hermes 3 405B, a fine-tune from Nous Research.", "en",
     ("Nous Research", "DEVELOPS", "Hermes 3 405B")),
    ("Le partenariat vise Gemini, les modèles d'IA de Google.", "fr",
     ("Google", "DEVELOPS", "Gemini")),
    ("腾讯自研的混元大模型于2023年9月正式亮相。", "zh", ("Tencent", "DEVELOPS", "Hunyuan")),
])
def test_makers_in_appositions(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_possessive_former_title_is_a_departure() -> None:
    assert ("Eric Schmidt", "LEFT", "Google") in facts(
        "Eric Schmidt, Google's former chief executive, spoke at the summit.", "en")


def test_a_long_serving_veteran_has_not_left() -> None:
    found = facts("Peter DeSantis, a 27-year Amazon veteran, will lead the group.", "en")
    assert ("Peter DeSantis", "LEFT", "Amazon") not in found


def test_winding_down_work_with_a_firm_is_no_partnership() -> None:
    found = facts("OpenAI said it had been winding down its work with Scale AI for months.", "en")
    assert ("OpenAI", "PARTNERS_WITH", "Scale AI") not in found


def test_the_start_up_is_the_firm_the_text_called_a_start_up() -> None:
    found = facts("A Synthesia, start-up de vídeo, fechou um acordo com o estúdio Lionsgate. A "
                  "Lionsgate não informou valores. Segundo a Lionsgate, o acordo é inédito. A "
                  "start-up já recebeu dinheiro de investidores como Google e Nvidia.", "pt")
    assert ("Google", "INVESTS_IN", "Synthesia") in found
    assert ("Google", "INVESTS_IN", "Lionsgate") not in found


def test_a_role_without_a_firm_belongs_to_the_sentence_subject() -> None:
    found = facts("O estúdio Lionsgate assinou com a Synthesia. A Lionsgate não comentou. Segundo a "
                  "Lionsgate, o acordo é inédito. A Synthesia foi fundada em 2018 por Marta Ruiz, "
                  "hoje diretora-executiva.", "pt")
    assert ("Marta Ruiz", "LEADS", "Lionsgate") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Anthropic was founded in 2021 by Dario Amodei and his sister Daniela Amodei.", "en",
     ("Daniela Amodei", "FOUNDED", "Anthropic")),
    ("Anthropic a été fondée par Dario Amodei et sa sœur Daniela Amodei.", "fr",
     ("Daniela Amodei", "FOUNDED", "Anthropic")),
    ("Microsoft, OpenAI's biggest backer, declined to comment.", "en",
     ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("Mustafa Suleyman came to Microsoft from Inflection AI in 2024.", "en",
     ("Mustafa Suleyman", "WORKS_FOR", "Microsoft")),
])
def test_kin_backers_and_arrivals(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_firm_naming_a_founders_earlier_post_founded_nothing() -> None:
    found = facts("Ai2 was founded by the late Microsoft co-founder Paul Allen.", "en")
    assert ("Microsoft", "FOUNDED", "Allen Institute for AI") not in found
    assert ("Paul Allen", "FOUNDED", "Allen Institute for AI") in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Rohit Prasad will leave Amazon at the end of the year.", "en",
     ("Rohit Prasad", "LEFT", "Amazon")),
    ("Pat Gelsinger stepped down as chief executive of Intel.", "en",
     ("Pat Gelsinger", "LEFT", "Intel")),
    ("Linda Yaccarino ha dejado el cargo de consejera delegada de Intel.", "es",
     ("Linda Yaccarino", "LEFT", "Intel")),
])
def test_departures_announced_or_by_title(text: str, lang: str,
                                          triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_departure_after_an_aside_belongs_to_the_person_who_leaves() -> None:
    found = facts("Amazon put the work under Peter DeSantis, while Rohit Prasad, who has run "
                  "its AGI effort, will leave the company.", "en")
    assert ("Peter DeSantis", "LEFT", "Amazon") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Craig Federighi, Apple's senior vice-president of software engineering, spoke.", "en",
     ("Craig Federighi", "WORKS_FOR", "Apple")),
    ("Percy Liang y Tatsunori Hashimoto, profesores de Stanford, lo firmaron.", "es",
     ("Percy Liang", "WORKS_FOR", "Stanford University")),
    ("Charles Lamanna, who runs Microsoft's business and industry Copilot group, spoke.", "en",
     ("Charles Lamanna", "WORKS_FOR", "Microsoft")),
])
def test_staff_by_title_or_unit(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_title_after_a_comma_list_belongs_to_its_last_member() -> None:
    found = facts("Backers include Jeff Bezos, Elad Gil and Jeff Dean, the chief scientist of "
                  "Google.", "en")
    assert ("Jeff Dean", "WORKS_FOR", "Google") in found
    assert ("Elad Gil", "WORKS_FOR", "Google") not in found

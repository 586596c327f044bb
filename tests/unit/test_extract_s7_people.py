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


def test_a_title_without_a_comma_before_the_name_is_that_persons() -> None:
    found = facts("All'incontro c'erano Altman, il presidente sudcoreano Lee Jae-myung, il "
                  "presidente di Samsung Electronics Lee Jae-yong e altri.", "it")
    assert ("Lee Jae-yong", "LEADS", "Samsung") in found
    assert ("Lee Jae-myung", "LEADS", "Samsung") not in found


def test_a_title_after_a_comma_stays_with_the_previous_person() -> None:
    found = facts("Sebastian Siemiatkowski, le patron de Klarna, Stewart Butterfield, "
                  "cofondateur de Slack, investissent.", "fr")
    assert ("Sebastian Siemiatkowski", "LEADS", "Klarna") in found
    assert ("Stewart Butterfield", "LEADS", "Klarna") not in found


def test_a_chief_affairs_officer_works_for_the_firm() -> None:
    found = facts("Chris Lehane, OpenAI's chief global affairs officer, argued otherwise.", "en")
    assert ("Chris Lehane", "WORKS_FOR", "OpenAI") in found
    assert ("Chris Lehane", "LEADS", "OpenAI") not in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("OpenAI's former CTO Mira Murati founded a start-up.", "en",
     ("Mira Murati", "LEFT", "OpenAI")),
    ("OpenAI前首席技术官米拉·穆拉蒂创办了新公司。", "zh", ("Mira Murati", "LEFT", "OpenAI")),
    ("MiniMax的创始人是商汤前副总裁闫俊杰。", "zh", ("Yan Junjie", "LEFT", "SenseTime")),
    ("Ana Ruiz trabajó en Google antes de unirse a Mistral AI.", "es",
     ("Ana Ruiz", "WORKS_FOR", "Mistral AI")),
    ("Dario Amodei, who co-founded Anthropic after leaving OpenAI, spoke.", "en",
     ("Dario Amodei", "LEFT", "OpenAI")),
])
def test_past_and_present_jobs(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_co_founding_after_leaving_leaves_the_old_firm_only() -> None:
    found = facts("Dario Amodei, who co-founded Anthropic after leaving OpenAI, spoke.", "en")
    assert ("Dario Amodei", "LEFT", "Anthropic") not in found


def test_joining_after_a_job_is_no_departure_from_the_new_firm() -> None:
    found = facts("Ana Ruiz trabajó en Google antes de unirse a Mistral AI.", "es")
    assert ("Ana Ruiz", "LEFT", "Mistral AI") not in found


def test_its_president_in_a_list_of_board_members() -> None:
    found = facts("The board is made up of Dario Amodei, Anthropic's chief executive; Daniela "
                  "Amodei, its president; and Yasmin Razavi.", "en")
    assert ("Daniela Amodei", "LEADS", "Anthropic") in found


def test_a_model_its_maker_is_expected_to_launch() -> None:
    found = facts("GPT-5, the model OpenAI is expected to launch within days, will be free.", "en")
    assert ("OpenAI", "DEVELOPS", "GPT-5") in found

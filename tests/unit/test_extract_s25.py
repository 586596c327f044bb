"""Session 25: lists of people with their firms in brackets, future "will work with" in Romance
languages, a Chinese partner named with its team, a firm introduced as someone's start-up, a German
hiring that read as a dismissal, and English institute names.

"accused A (OpenAI), B (Google DeepMind) and C (Anthropic)" is a list of three people: the
brackets name each one's firm, and the firms are no members of the list. "A OpenAI vai
trabalhar com a Microsoft" is a partnership as much as the present tense is. "与阿里巴巴通义千问团队
达成战略合作" partners with Alibaba, its team named after it. "xAI, Elon Musk's start-up" says who
runs xAI. "X hat Y als Finanzchefin eingestellt" hires Y: only "entlassen", "gefeuert",
"abgesetzt" or "vor die Tür gesetzt" end a German sentence with "hat" in a dismissal. "l'AI
Safety Institute" is an institute in French, Spanish and Portuguese prose too, an institute is
no model whatever model word stands near, and "Global Telco AI Alliance" is one name though the
known AI Alliance ends it. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize("text,lang", [
    ("Lena Brandt accused Omar Haddad (OpenAI), Demis Hassabis (Google DeepMind) and Dario "
     "Amodei (Anthropic) of exaggerating the risks.", "en"),
    ("Lena Brandt a accusé Omar Haddad (OpenAI), Demis Hassabis (Google DeepMind) et Dario "
     "Amodei (Anthropic) d'exagérer les risques.", "fr"),
])
def test_bracketed_firms_keep_a_list_of_people_going(text: str, lang: str) -> None:
    found = of(facts(text, lang), "CRITICIZED")
    assert found == {("Lena Brandt", "CRITICIZED", name)
                     for name in ("Omar Haddad", "Demis Hassabis", "Dario Amodei")}


def test_bracketed_firm_is_still_the_persons_employer() -> None:
    found = facts("The letter was signed by Omar Haddad (OpenAI) and Dario Amodei (Anthropic).",
                  "en")
    assert ("Omar Haddad", "WORKS_FOR", "OpenAI") in found
    assert ("Dario Amodei", "WORKS_FOR", "Anthropic") in found


def test_bracketed_firm_after_a_lone_critic_is_no_target() -> None:
    found = of(facts("Lena Brandt (Hugging Face) criticized Omar Haddad sharply.", "en"),
               "CRITICIZED")
    assert ("Lena Brandt", "CRITICIZED", "Hugging Face") not in found
    assert ("Hugging Face", "CRITICIZED", "Omar Haddad") not in found


@pytest.mark.parametrize("text,lang", [
    ("A Mistral AI disse que vai trabalhar com a Microsoft nos próximos anos.", "pt"),
    ("Mistral AI va a trabajar con Microsoft en los próximos años.", "es"),
    ("Mistral AI lavorerà insieme con Microsoft nei prossimi anni.", "it"),
])
def test_future_work_with_is_a_partnership(text: str, lang: str) -> None:
    found = of(facts(text, lang), "PARTNERS_WITH")
    assert {tuple(sorted((s, o))) for s, _, o in found} == {("Microsoft", "Mistral AI")}


@pytest.mark.parametrize("text", [
    "月之暗面宣布与阿里巴巴通义千问团队达成战略合作。",
    "月之暗面宣布与阿里巴巴云计算部门达成战略合作。",
])
def test_chinese_partner_named_with_its_team(text: str) -> None:
    found = of(facts(text, "zh"), "PARTNERS_WITH")
    assert {o for _, _, o in found} == {"Alibaba"}


def test_chinese_partner_without_an_agreement_is_none() -> None:
    assert not of(facts("月之暗面的创始人曾在阿里巴巴通义千问团队工作。", "zh"), "PARTNERS_WITH")


@pytest.mark.parametrize("text", [
    "xAI, Elon Musk's start-up, is raising another round.",
    "xAI, Elon Musk's artificial intelligence company, is raising another round.",
])
def test_firm_introduced_as_someones_start_up(text: str) -> None:
    assert ("Elon Musk", "LEADS", "xAI") in facts(text, "en")


def test_someones_start_up_needs_the_apposition() -> None:
    found = facts("xAI hired engineers from Elon Musk's start-up team.", "en")
    assert ("Elon Musk", "LEADS", "xAI") not in found


def test_german_hiring_with_hat_is_no_dismissal() -> None:
    found = facts("Aleph Alpha hat Sarah Lindqvist als Finanzchefin eingestellt.", "de")
    assert ("Sarah Lindqvist", "LEFT", "Aleph Alpha") not in found


@pytest.mark.parametrize("text", [
    "Aleph Alpha entließ Sarah Lindqvist im November.",
    "Der Verwaltungsrat von Aleph Alpha hatte Sarah Lindqvist überraschend entlassen.",
    "Aleph Alpha setzte Sarah Lindqvist vor die Tür.",
])
def test_german_dismissals_still_read(text: str) -> None:
    assert ("Sarah Lindqvist", "LEFT", "Aleph Alpha") in facts(text, "de")


@pytest.mark.parametrize("text,lang", [
    ("Selon l'AI Safety Institute, le modèle reste sûr.", "fr"),
    ("El AI Safety Institute del Reino Unido evaluó el modelo.", "es"),
    ("Secondo l'AI Safety Institute, il modello è sicuro.", "it"),
    ("Segundo o AI Safety Institute, o modelo é seguro.", "pt"),
])
def test_english_institute_name_in_romance_prose(text: str, lang: str) -> None:
    assert entities(text, lang).get("AI Safety Institute") == "Organization"


def test_institute_near_a_model_word_is_no_model() -> None:
    found = entities("Secondo l'Allen Institute, il modello è aperto a tutti.", "it")
    assert found.get("Allen Institute") == "Organization"


def test_known_alliance_ending_a_longer_name_keeps_the_whole_name() -> None:
    found = entities("SK Telecom and Deutsche Telekom set up the Global Telco AI Alliance.", "en")
    assert found.get("Global Telco AI Alliance") == "Organization"
    assert "AI Alliance" not in found
    assert entities("Meta and IBM launched the AI Alliance.", "en").get(
        "AI Alliance") == "Organization"

"""Session-7 makers, subsidiaries and appositions. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Critics targeted Stable Diffusion, the image generator of the London start-up "
     "Stability AI.", "en", ("Stability AI", "DEVELOPS", "Stable Diffusion")),
    ("Les plaintes visent Stable Diffusion, le générateur d'images de la start-up "
     "londonienne Stability AI.", "fr", ("Stability AI", "DEVELOPS", "Stable Diffusion")),
    ("Die Klage betrifft Stable Diffusion, den Bildgenerator des Londoner Start-ups "
     "Stability AI.", "de", ("Stability AI", "DEVELOPS", "Stable Diffusion")),
    ("La demanda apunta a Stable Diffusion, el generador de imágenes de la empresa "
     "londinense Stability AI.", "es", ("Stability AI", "DEVELOPS", "Stable Diffusion")),
    ("Teachers now use Copilot, the assistant owned by Microsoft, in class.", "en",
     ("Microsoft", "DEVELOPS", "Copilot")),
    ("Der Vertrag betrifft OpenAI, das Unternehmen hinter ChatGPT.", "de",
     ("OpenAI", "DEVELOPS", "ChatGPT")),
])
def test_a_thing_named_with_its_maker_in_an_apposition(text: str, lang: str,
                                                       triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_aws_is_its_own_firm_owned_by_amazon() -> None:
    found = entities("Amazon Web Services said on Tuesday that AWS would host the model.", "en")
    assert found.get("Amazon Web Services") == "Organization"
    assert "Amazon" not in found


def test_a_known_firm_before_an_ai_role_is_the_employer() -> None:
    found = facts("Priya Nand, the former Tesla AI director, joined the start-up.", "en")
    assert ("Priya Nand", "LEFT", "Tesla") in found
    assert "Tesla AI" not in entities("Priya Nand, the former Tesla AI director, left.", "en")


def test_the_google_ai_chief_leads_google() -> None:
    assert ("Omar Lind", "LEADS", "Google") in facts("Omar Lind, the Google AI chief, spoke.", "en")


def test_a_firm_joining_as_an_investor_is_no_apposition() -> None:
    found = facts("Priya Nand, a Tesla veteran and a founding member of OpenAI, joined as an "
                  "investor.", "en")
    assert not of(found, "INVESTS_IN")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Al frente de Sur Energy está Emiliano Kargieman, un ingeniero.", "es",
     ("Emiliano Kargieman", "LEADS", "Sur Energy")),
    ("À la tête de Mistral AI, on trouve Arthur Mensch.", "fr",
     ("Arthur Mensch", "LEADS", "Mistral AI")),
    ("Alla guida di Anthropic c'è Dario Amodei.", "it", ("Dario Amodei", "LEADS", "Anthropic")),
    ("À frente da Nvidia está Jensen Huang.", "pt", ("Jensen Huang", "LEADS", "Nvidia")),
    ("L'accordo con News Corp di Rupert Murdoch è stato firmato.", "it",
     ("Rupert Murdoch", "LEADS", "News Corp")),
    ("Das von Elon Musk gegründete xAI hat Grok veröffentlicht.", "de",
     ("Elon Musk", "FOUNDED", "xAI")),
    ("Die von Demis Hassabis geleitete Einheit Google DeepMind übernimmt.", "de",
     ("Demis Hassabis", "LEADS", "Google DeepMind")),
])
def test_leaders_and_founders_in_fronted_phrases(text: str, lang: str,
                                                 triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_firm_whose_backers_are_named_is_not_their_investor() -> None:
    found = facts("Anthropic, whose backers include Amazon and Google, grew fast.", "en")
    assert ("Anthropic", "INVESTS_IN", "Amazon") not in found


def test_an_investor_apposition_without_an_article() -> None:
    found = facts("Microsoft, principal socio e inversor de OpenAI, ha incorporado R1.", "es")
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in found


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Thomas Kurian, qui dirige Google Cloud, a parlé.", "fr",
     ("Thomas Kurian", "LEADS", "Google Cloud")),
    ("Rosa Vidal, Microsoft's vice-chair and president, spoke.", "en",
     ("Rosa Vidal", "LEADS", "Microsoft")),
    ("The panel included Fei-Fei Li of Stanford and two engineers.", "en",
     ("Fei-Fei Li", "WORKS_FOR", "Stanford University")),
    ("Selon Clem Delangue de Hugging Face, c'est une bonne chose.", "fr",
     ("Clem Delangue", "WORKS_FOR", "Hugging Face")),
    ("Die US-Regierung unter Joe Biden hatte die Regel erlassen.", "de",
     ("Joe Biden", "LEADS", "Government of the United States")),
])
def test_leaders_and_staff_tagged_with_their_firm(text: str, lang: str,
                                                  triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_a_firm_under_pressure_from_a_person_is_not_led_by_them() -> None:
    assert not of(facts("OpenAI, under pressure from Elon Musk, changed course.", "en"), "LEADS")


def test_a_conjunction_after_the_comma_opens_no_investor_apposition() -> None:
    found = facts("OpenAI will meet partners such as Microsoft and Apple, and with investors "
                  "such as Thrive Capital.", "en")
    assert ("Apple", "INVESTS_IN", "OpenAI") not in found
    assert ("Apple", "INVESTS_IN", "Microsoft") not in found


def test_a_copula_after_the_comma_is_the_main_clause() -> None:
    found = facts("Advance Publications, the parent of Condé Nast, remains the largest "
                  "shareholder.", "en")
    assert not {t for t in of(found, "INVESTS_IN") if t[0] == "Condé Nast"}

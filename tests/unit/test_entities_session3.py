"""Entity shapes the knowledge base lacks (session 3): descriptors, particles, founders, tiers.

Every name below is invented, so each test exercises discovery and not the gazetteer. The
negative cases guard precision: a descriptor followed by an ordinary word names nothing.
"""

from __future__ import annotations

import pytest

from extract_helpers import entities


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("La jeune pousse Corvalis a levé vingt millions d'euros auprès de fonds européens.",
     "fr", "Corvalis"),
    ("La start-up torinese Lumetra ha presentato ieri il suo primo assistente.", "it", "Lumetra"),
    ("La empresa emergente Nubira presentó el martes su primer asistente.", "es", "Nubira"),
    ("Sein Designbüro Halvorsen bleibt unabhängig, übernimmt aber die Gestaltung.", "de",
     "Halvorsen"),
    ("La Fundación Brisa Abierta calificó el resultado de salto importante.", "es",
     "Fundación Brisa Abierta"),
])
def test_name_after_a_descriptor_is_an_organization(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert found.get(name) == "Organization", found


@pytest.mark.parametrize(("text", "lang"), [
    ("Microsoft buys the start-up lumo, which the designer Kai Brenner founded in 2023.", "en"),
    ("Microsoft kauft das Start-up lumo, das der Designer Kai Brenner gegründet hat.", "de"),
    ("Microsoft rachète la start-up lumo, fondée par le designer Kai Brenner.", "fr"),
    ("Microsoft compra la startup lumo, fundada por el diseñador Kai Brenner.", "es"),
])
def test_lower_case_brand_after_a_descriptor(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert found.get("lumo") == "Organization", found


@pytest.mark.parametrize(("text", "lang"), [
    ("Microsoft bought the start-up, which had twelve employees, on Tuesday.", "en"),
    ("La start-up française, qui emploie douze personnes, a été rachetée par Microsoft.", "fr"),
    ("Das Start-up selbst, das zwölf Mitarbeiter hat, gehört jetzt Microsoft.", "de"),
    ("Microsoft compró la startup española, que tiene doce empleados.", "es"),
])
def test_descriptor_before_an_ordinary_word_names_nothing(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert set(found) == {"Microsoft"}, found


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("A startup Arandu foi fundada por Luiz Felipe dos Anjos em Recife.", "pt",
     "Luiz Felipe dos Anjos"),
    ("Il fondatore Vittorio Della Rocca ha presentato il modello a Milano.", "it",
     "Vittorio Della Rocca"),
    ("Según Lucía Campos de la Vega, la empresa abrirá sus modelos.", "es",
     "Lucía Campos de la Vega"),
])
def test_person_names_with_particles(text: str, lang: str, person: str) -> None:
    found = entities(text, lang)
    assert found.get(person) == "Person", found


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("The startup Vellora was founded by Tamsin Okafor-Reyes in 2023.", "en",
     "Tamsin Okafor-Reyes"),
    ("La start-up Corvalis a été fondée par Maëlys Quentrec à Brest.", "fr", "Maëlys Quentrec"),
    ("Das Start-up Nordwind wurde von Jorunn Tveitane gegründet.", "de", "Jorunn Tveitane"),
])
def test_founder_with_an_unlisted_given_name(text: str, lang: str, person: str) -> None:
    found = entities(text, lang)
    assert found.get(person) == "Person", found


@pytest.mark.parametrize(("text", "lang", "models"), [
    ("5月21日，百度宣布ERNIE Speed和ERNIE Lite全面免费。", "zh", {"ERNIE Speed", "ERNIE Lite"}),
    ("Google presented Gemini 2.0 Flash Thinking, its own reasoning model.", "en",
     {"Gemini 2.0 Flash Thinking"}),
])
def test_tier_words_extend_a_model_name(text: str, lang: str, models: set[str]) -> None:
    found = entities(text, lang)
    assert {m for m, t in found.items() if t == "Model"} >= models, found


@pytest.mark.parametrize(("text", "lang", "product"), [
    ("Der Assistent läuft in WhatsApp, Plauderbox und Instagram.", "de", "Plauderbox"),
    ("The assistant is built into WhatsApp, Instagram and Chatterly.", "en", "Chatterly"),
])
def test_unknown_member_of_a_product_list_is_a_product(text: str, lang: str,
                                                        product: str) -> None:
    found = entities(text, lang)
    assert found.get(product) == "Product", found


def test_second_full_name_joined_to_a_person_is_a_person() -> None:
    found = entities("Bei dem Start-up arbeiten frühere Designer, darunter Karl Wendt und "
                     "Bowen Thackery.", "de")
    assert found.get("Bowen Thackery") == "Person", found


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Microsoft invested in Quillon, a Toronto startup run by Priyamvada Nathaniel-Osei.", "en",
     "Priyamvada Nathaniel-Osei"),
    ("Secondo l'amministratore delegato di Lumetra, Tavrin Bertolazzi, il modello sarà "
     "aperto.",
     "it", "Tavrin Bertolazzi"),
    ("The chatbot maker Verbalyst hired Dr. Ottilie Fenwick-Hart from Google.", "en",
     "Ottilie Fenwick-Hart"),
])
def test_person_named_by_a_leading_phrase_or_a_role(text: str, lang: str, person: str) -> None:
    found = entities(text, lang)
    assert found.get(person) == "Person", found


@pytest.mark.parametrize(("text", "lang", "name", "type_"), [
    ("Der Münchner KI-Spezialist Merantrix und Microsoft kooperieren.", "de", "Merantrix",
     "Organization"),
    ("El fundador de la tecnológica chilena Nahuelco presentó su modelo.", "es", "Nahuelco",
     "Organization"),
    ("OpenAI released Zephyrine-3.5-Turbo last week.", "en", "Zephyrine-3.5-Turbo", "Model"),
])
def test_compound_descriptors_and_whole_model_tokens(text: str, lang: str, name: str,
                                                     type_: str) -> None:
    found = entities(text, lang)
    assert found.get(name) == type_, found


@pytest.mark.parametrize(("text", "lang", "name", "type_"), [
    ("Microsoft rachète l'entreprise lumo, fondée par Kai Brenner.", "fr", "lumo",
     "Organization"),
    ("La alemana Corvion también compite con Microsoft.", "es", "Corvion", "Organization"),
    ("A empresa lançou o Jabutí-3 na semana passada.", "pt", "Jabutí-3", "Model"),
])
def test_elided_article_demonym_and_accented_model(text: str, lang: str, name: str,
                                                   type_: str) -> None:
    found = entities(text, lang)
    assert found.get(name) == type_, found


def test_demonym_before_a_person_names_no_organization() -> None:
    found = entities("La estadounidense Ana Ruiz dirige el laboratorio de Microsoft.", "es")
    assert found.get("Ana Ruiz") == "Person", found
    assert "Ana" not in found, found


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Kunden können offene Modelle über die Plattform Quellora nutzen.", "de", "Quellora"),
    ("Users can try it through the app Vireo from Tuesday.", "en", "Vireo"),
    ("Les développeurs l'utilisent via la plateforme Brumal depuis lundi.", "fr", "Brumal"),
])
def test_name_after_a_product_descriptor_is_a_product(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert found.get(name) == "Product", found


def test_capitalized_app_store_names_no_product() -> None:
    found = entities("The App Store ranking put Microsoft first on Tuesday.", "en")
    assert "Store" not in found, found


def test_chat_app_of_a_model_family_is_a_product() -> None:
    found = entities("普通用户也可以在Qwen Chat上直接体验新模型。", "zh")
    assert found.get("Qwen Chat") == "Product", found


def test_lab_name_with_an_ai_product_word_is_a_product() -> None:
    found = entities("Developers get it first in Microsoft AI Foundry and on Azure.", "en")
    assert found.get("Microsoft AI Foundry") == "Product", found

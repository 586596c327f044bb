"""Session 24: lawsuits named as nouns, and company names that a stop word or a common word hides.
A lawsuit is criticism from whoever brings it ("Getty Images' lawsuit against Stability AI", "la
plainte de Getty Images contre Stability AI", "reichte die GEMA Klage gegen Suno ein"). "The AI
Safety Institute" is one name, though "The AI" alone looks like a firm and "AI" is a stop word,
and so is an institute or consortium named in four words before its last ("MIT Generative AI
Impact Consortium", where "MIT Generative AI" alone looks like a firm); a common-word company
name ("Writer", "Jasper") is a firm after "AI公司" in Chinese or after "la start-up américaine".
German contracts ("hat einen Vertrag mit Y geschlossen"), joint work ("will mit Y gemeinsam
...") and rentals ("hat bei Y Chips gemietet") are partnerships, and "Oracle 24.000" is a firm
and a number in thousands, no model version. A seat on a German board ("sitzt im
Aufsichtsgremium von Y") and an earlier stint after "und" ("... und arbeitete davor mehrere
Jahre bei Y") are jobs; a stake held or bought ("hielt einen Anteil von 23 Prozent an Y") and
funds received from named backers ("hat Zuwendungen von A und B erhalten") are investments.
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize("text,lang,expected", [
    ("Getty Images' lawsuit against Stability AI was largely dismissed.", "en",
     {("Getty Images", "Stability AI")}),
    ("The suit brought by the New York Times against OpenAI goes on.", "en",
     {("New York Times", "OpenAI")}),
    ("The New York Times, which brought a similar case against OpenAI and Microsoft in "
     "December, welcomed the ruling.", "en",
     {("New York Times", "OpenAI"), ("New York Times", "Microsoft")}),
    ("La plainte de Getty Images contre Stability AI a été rejetée.", "fr",
     {("Getty Images", "Stability AI")}),
    ("Die Klage der GEMA gegen OpenAI war erfolgreich.", "de", {("GEMA", "OpenAI")}),
    ("Am Dienstag reichte die GEMA beim Landgericht München Klage gegen das US-Unternehmen Suno "
     "ein.", "de", {("GEMA", "Suno")}),
    ("La demanda de Getty Images contra Stability AI fue rechazada.", "es",
     {("Getty Images", "Stability AI")}),
    ("Megan Garcia presentó una demanda ante un tribunal federal de Orlando contra Character.AI "
     "y Google.", "es", {("Megan Garcia", "Character.AI"), ("Megan Garcia", "Google")}),
    ("La causa di Getty Images contro Stability AI prosegue a Londra.", "it",
     {("Getty Images", "Stability AI")}),
    ("A Dow Jones, dona do Wall Street Journal, move uma ação contra a Perplexity desde outubro.",
     "pt", {("Dow Jones", "Perplexity")}),
])
def test_a_lawsuit_noun_makes_its_plaintiff_criticize_its_target(
        text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    found = of(facts(text, lang), "CRITICIZED")
    assert {(s, "CRITICIZED", o) for s, o in expected} <= found


def test_the_owner_named_in_an_apposition_brings_no_lawsuit() -> None:
    text = ("A Dow Jones, dona do Wall Street Journal, move uma ação contra a Perplexity desde "
            "outubro.")
    assert not {t for t in of(facts(text, "pt"), "CRITICIZED") if t[0] == "Wall Street Journal"}


def test_a_lawsuit_of_someone_else_s_ruling_names_no_target() -> None:
    # the words between "against" and the name may describe the target, not be "of" someone
    text = "Die Klage der GEMA gegen die Entscheidung von OpenAI wurde abgewiesen."
    assert ("GEMA", "CRITICIZED", "OpenAI") not in facts(text, "de")


@pytest.mark.parametrize("text,lang,name", [
    ("The AI Safety Institute published Inspect last week.", "en", "AI Safety Institute"),
    ("Researchers at the MIT Media Lab studied how people use chatbots.", "en", "MIT Media Lab"),
    ("The MIT Generative AI Impact Consortium was launched with OpenAI and Coca-Cola.", "en",
     "MIT Generative AI Impact Consortium"),
])
def test_an_acronym_opens_an_institute_s_name(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert found.get(name) == "Organization"
    assert "Safety Institute" not in found


@pytest.mark.parametrize("text,lang", [
    ("企业级生成式AI公司Writer宣布完成2亿美元B轮融资，由Premji Invest领投。", "zh"),
    ("美国初创公司Writer宣布完成新一轮融资。", "zh"),
])
def test_a_common_word_company_is_a_firm_in_chinese_context(text: str, lang: str) -> None:
    assert entities(text, lang).get("Writer") == "Organization"


def test_a_common_english_word_in_chinese_prose_stays_a_word() -> None:
    assert "Writer" not in entities("这名writer表示很失望。", "zh")


def test_a_nationality_may_stand_between_start_up_and_the_name() -> None:
    text = ("La start-up américaine Jasper, connue pour ses outils de rédaction, a annoncé le "
            "rachat de Clipdrop.")
    assert ("Jasper AI", "ACQUIRED", "Clipdrop") in facts(text, "fr")


@pytest.mark.parametrize("text,expected", [
    ("Schon Ende Februar hatte Stack Overflow einen ähnlichen Vertrag mit Google geschlossen.",
     ("Stack Overflow", "Google")),
    ("Stack Overflow hat einen Lizenzvertrag mit OpenAI unterzeichnet.",
     ("Stack Overflow", "OpenAI")),
    ("Anthropic schloss im Mai einen Vertrag mit Amazon.", ("Anthropic", "Amazon")),
    ("Volkswagen will mit XPeng gemeinsam Fahrzeuge entwickeln.", ("Volkswagen", "XPeng")),
    ("Im Juni hat xAI bei Oracle 24.000 Grafikprozessoren gemietet.", ("xAI", "Oracle")),
])
def test_german_contracts_joint_work_and_rentals_are_partnerships(
        text: str, expected: tuple[str, str]) -> None:
    found = of(facts(text, "de"), "PARTNERS_WITH")
    assert (expected[0], "PARTNERS_WITH", expected[1]) in found or (
        expected[1], "PARTNERS_WITH", expected[0]) in found


def test_a_contract_denied_is_no_partnership() -> None:
    assert not of(facts("Stack Overflow hat keinen Vertrag mit Google geschlossen.", "de"),
                  "PARTNERS_WITH")


@pytest.mark.parametrize("text,lang", [
    ("Im Juni hat xAI bei Oracle 24.000 Grafikprozessoren gemietet.", "de"),
    ("OpenAI compra 10.000 chips a AMD para sus centros de datos.", "es"),
])
def test_a_number_in_thousands_after_a_name_is_no_model_version(text: str, lang: str) -> None:
    assert not [n for n, t in entities(text, lang).items() if t == "Model"]


def test_a_decimal_version_after_a_name_is_still_a_model() -> None:
    assert entities("Jamba 1.5 Mini was released by AI21 Labs.", "en").get(
        "Jamba 1.5 Mini") == "Model"


@pytest.mark.parametrize("text,expected", [
    ("Daniel Ek sitzt im Aufsichtsgremium von Helsing.", ("Daniel Ek", "Helsing")),
    ("Larry Ellison saß bis 2022 im Verwaltungsrat von Tesla.", ("Larry Ellison", "Tesla")),
    ("Daniel Ek führte die erste Finanzierungsrunde an und sitzt im Aufsichtsgremium von Helsing.",
     ("Daniel Ek", "Helsing")),
    ("Jonas Andrulis war zuvor Forschungsleiter bei Hugging Face und arbeitete davor mehrere Jahre "
     "bei Google.", ("Jonas Andrulis", "Google")),
    ("Milan Kovac ist 2016 zu Tesla gekommen.", ("Milan Kovac", "Tesla")),
])
def test_german_board_seats_and_earlier_stints_are_jobs(text: str, expected: tuple[str, str]
                                                         ) -> None:
    assert (expected[0], "WORKS_FOR", expected[1]) in facts(text, "de")


def test_a_board_seat_denied_is_no_job() -> None:
    assert not of(facts("Daniel Ek sitzt nicht im Verwaltungsrat von Helsing.", "de"), "WORKS_FOR")


@pytest.mark.parametrize("text,expected", [
    ("Microsoft hatte 2024 eine Minderheitsbeteiligung an Mistral AI erworben.",
     {("Microsoft", "Mistral AI")}),
    ("OpenAI hielt bereits zuvor einen Anteil von rund 23 Prozent an Mistral AI.",
     {("OpenAI", "Mistral AI")}),
    ("INSAIT hat zudem Zuwendungen von Google, Amazon Web Services und VMware erhalten.",
     {("Google", "INSAIT"), ("Amazon Web Services", "INSAIT"), ("VMware", "INSAIT")}),
])
def test_german_stakes_and_funds_received_are_investments(
        text: str, expected: set[tuple[str, str]]) -> None:
    found = of(facts(text, "de"), "INVESTS_IN")
    assert {(s, "INVESTS_IN", o) for s, o in expected} <= found


def test_no_stake_is_no_investment() -> None:
    assert not of(facts("Microsoft hält keinen Anteil an Mistral AI.", "de"), "INVESTS_IN")

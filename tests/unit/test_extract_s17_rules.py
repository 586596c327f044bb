"""Rules added in session 17: partners named by a partner noun, firms that say they will work
together, a product built on another lab's models, products a cue word introduces, one-word
names that do not run on into a short lower-case word, and a past aside that is not the new job;
stances told in other words (weights not published, models only in the firm's own apps, an AI
safety group), a stance noun that belongs to the firms named after it, and German clauses
(founded by a firm, a past job, a stake or a sale in a relative clause), one firm's move that
others follow, stances for and against a for-profit conversion, a turn to open weights, and
facts told in asides. Every sentence is written for this file; the firms are invented or only
named."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Hexa Systems, a longtime Microsoft partner, showed three laptops.", "en",
     {("Hexa Systems", "Microsoft")}),
    ("Hexa Systems and Norda Labs, among Microsoft's biggest hardware partners, showed laptops.",
     "en", {("Hexa Systems", "Microsoft"), ("Microsoft", "Norda Labs")}),
    ("Microsoft, allié d'OpenAI depuis 2019, a encore investi.", "fr", {("Microsoft", "OpenAI")}),
    ("Samsung, a close partner of Google, showed its phones.", "en", {("Google", "Samsung")}),
    ("Qualcomm and Meta said they would work together on smaller models.", "en",
     {("Meta", "Qualcomm")}),
])
def test_partner_nouns_and_working_together(text: str, lang: str,
                                            expected: set[tuple[str, str]]) -> None:
    found = {tuple(sorted((s, o))) for s, _, o in of(facts(text, lang), "PARTNERS_WITH")}
    # pairs in name order: the relation is symmetric
    assert expected <= found


def test_a_rival_apposition_is_no_partner() -> None:
    found = facts("Hexa Systems, a longtime Microsoft rival, showed three laptops.", "en")
    assert not of(found, "PARTNERS_WITH")


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Copilot relies largely on models from OpenAI, the company said.", "en",
     ("Microsoft", "OpenAI")),
    ("Morgan Stanley ya ofrece a sus asesores un asistente basado en la tecnología de OpenAI.",
     "es", ("Morgan Stanley", "OpenAI")),
])
def test_building_on_another_labs_models_is_a_partnership(text: str, lang: str,
                                                          pair: tuple[str, str]) -> None:
    assert (pair[0], "PARTNERS_WITH", pair[1]) in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Il servizio Deep Research di OpenAI è stato aggiornato.", "it", "Deep Research"),
    ("Nimbo added a feature called Search Party to its doorbells.", "en", "Search Party"),
    ("Nimbo a lancé une fonctionnalité baptisée Search Party.", "fr", "Search Party"),
    ("Nimbo launched Search Party, a feature for dog owners.", "en", "Search Party"),
])
def test_a_product_cue_types_the_name_it_introduces(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Product"


def test_a_one_word_name_does_not_run_on_into_a_short_word() -> None:
    found = entities("Nimbo uses AI to help neighbours. Researchers at Open AI agreed.", "en")
    assert "AITO" not in found
    assert found.get("OpenAI") == "Organization"


def test_a_past_aside_is_not_the_job_the_person_takes() -> None:
    found = facts("Lena Vogt, who used to co-lead the safety team at OpenAI, joined Anthropic.",
                  "en")
    assert ("Lena Vogt", "LEFT", "Anthropic") not in found
    assert ("Lena Vogt", "WORKS_FOR", "Anthropic") in found


@pytest.mark.parametrize(("text", "lang", "holder", "position"), [
    ("Nimbo Labs has not released the weights of its new model.", "en", "Nimbo Labs",
     "closed models"),
    ("Nimbo Labs no ha publicado los pesos del modelo.", "es", "Nimbo Labs", "closed models"),
    ("A Nimbo Labs não divulgou os pesos do modelo de vídeo.", "pt", "Nimbo Labs",
     "closed models"),
    ("Tencent said its most capable models, such as Hunyuan-T1, remain available only "
     "through its own products and cloud.", "en", "Tencent", "closed models"),
    ("OpenAI completó su transformación en una empresa con ánimo de lucro.", "es", "OpenAI",
     "for-profit restructuring"),
    ("Nimbo Labs, a London-based AI safety group, tested the model.", "en", "Nimbo Labs",
     "AI safety priority"),
])
def test_stances_told_in_other_words(text: str, lang: str, holder: str, position: str
                                     ) -> None:
    assert (holder, "SUPPORTS", position) in facts(text, lang)


def test_based_is_no_firm_name() -> None:
    assert "London-based AI" not in entities("Nimbo, a London-based AI start-up, grew.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Mistral criticised the closed approach of OpenAI and Google.", "en"),
    ("Mistral critique l'approche fermée d'OpenAI et de Google.", "fr"),
])
def test_a_stance_noun_belongs_to_the_firms_named_after_it(text: str, lang: str) -> None:
    found = of(facts(text, lang), "SUPPORTS")
    assert {("OpenAI", "SUPPORTS", "closed models"), ("Google", "SUPPORTS", "closed models")
            } <= found
    assert not any(s == "Mistral AI" for s, _, _ in found)


def test_criticising_a_stance_is_not_holding_it() -> None:
    assert not of(facts("Mistral has long criticised closed models.", "en"), "SUPPORTS")


@pytest.mark.parametrize(("text", "expected"), [
    ("Vessel AI wurde im Sommer 2023 von Softbank Corp. gegründet.",
     ("SoftBank Corp", "FOUNDED", "Vessel AI")),
    ("Vessel AI wurde 2024 als Ableger des Krypto-Mining-Unternehmens Arkon Energy gegründet.",
     ("Arkon Energy", "FOUNDED", "Vessel AI")),
    ("Lena Vogt, die früher bei Instacart und Meta tätig war, übernimmt den Posten.",
     ("Lena Vogt", "LEFT", "Meta")),
    ("G42, an dem Microsoft seit April 2024 mit 1,5 Milliarden Dollar beteiligt ist, wächst.",
     ("Microsoft", "INVESTS_IN", "G42")),
    ("Vessel AI, die später an den Spielekonzern Zynga verkauft wurde, entwickelte Spiele.",
     ("Zynga", "ACQUIRED", "Vessel AI")),
])
def test_german_clauses(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, "de")


def test_a_german_kind_of_firm_is_not_part_of_its_name() -> None:
    found = entities("Vessel AI wurde als Ableger des Krypto-Mining-Unternehmens Arkon Energy "
                     "gegründet.", "de")
    assert "Arkon Energy" in found
    assert not any(name.startswith("Krypto") for name in found)


@pytest.mark.parametrize(("text", "lang", "source", "followers"), [
    ("DeepSeek's low-cost releases forced ByteDance, Alibaba and Baidu to cut prices.", "en",
     "DeepSeek", {"ByteDance", "Alibaba", "Baidu"}),
    ("La mossa di ByteDance aveva costretto Alibaba Cloud, Baidu e Tencent a tagliare i listini.",
     "it", "ByteDance", {"Alibaba Cloud", "Baidu", "Tencent"}),
    ("La guerre des tarifs lancée au printemps par DeepSeek, puis relayée par ByteDance, Alibaba "
     "et Baidu, continue.", "fr", "DeepSeek", {"ByteDance", "Alibaba", "Baidu"}),
    ("Der Erfolg von DeepSeek zwang OpenAI, seine Strategie zu überdenken.", "de", "DeepSeek",
     {"OpenAI"}),
    ("阿里云宣布多款模型大幅降价，百度随即宣布两款主力模型免费。", "zh", "Alibaba Cloud", {"Baidu"}),
])
def test_one_firms_move_that_others_follow(text: str, lang: str, source: str,
                                           followers: set[str]) -> None:
    found = of(facts(text, lang), "INFLUENCED")
    assert {(source, "INFLUENCED", f) for f in followers} <= found


def test_a_firm_named_like_a_word_is_known_by_a_verb_of_saying_or_selon() -> None:
    text = ("Selon Harvey, son banc d'essai a motivé la décision. Harvey travaille désormais "
            "avec Anthropic.")
    assert ("Harvey", "PARTNERS_WITH", "Anthropic") in facts(text, "fr")


def test_a_misspelt_two_word_name_is_the_known_firm() -> None:
    found = entities("Mistal AI released a new model on Tuesday.", "en")
    assert found.get("Mistral AI") == "Organization"
    assert "Mistal AI" not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Meta has asked a federal court to block OpenAI's plan to turn itself into a for-profit "
     "company.", "en", {("Meta", "OPPOSES", "for-profit restructuring")}),
    ("Elon Musk a demandé à la justice de bloquer la transformation d'OpenAI en entreprise à "
     "but lucratif.", "fr", {("Elon Musk", "OPPOSES", "for-profit restructuring"),
                             ("OpenAI", "SUPPORTS", "for-profit restructuring")}),
    ("Elon Musk will die Umwandlung von OpenAI in ein gewinnorientiertes Unternehmen "
     "verhindern.", "de", {("Elon Musk", "OPPOSES", "for-profit restructuring")}),
    ("Vessel AI, a nonprofit that campaigns for AI safety rules, filed the brief.", "en",
     {("Vessel AI", "SUPPORTS", "AI safety priority")}),
    ("Während OpenAI und Anthropic ihre besten Modelle geschlossen halten, wächst Vessel AI.",
     "de", {("OpenAI", "SUPPORTS", "closed models"), ("Anthropic", "SUPPORTS", "closed models")}),
    ("Vessel AI también ha vuelto a Apache 2.0 para sus modelos generalistas.", "es",
     {("Vessel AI", "SUPPORTS", "open-weight release")}),
    ("OpenAI ha pubblicato gpt-oss, il suo primo modello a pesi aperti dai tempi di GPT-2.", "it",
     {("OpenAI", "SUPPORTS", "closed models"), ("OpenAI", "SUPPORTS", "open-weight release")}),
    ("After years of keeping its models closed, OpenAI released open weights in August.", "en",
     {("OpenAI", "SUPPORTS", "closed models"), ("OpenAI", "SUPPORTS", "open-weight release")}),
])
def test_stances_for_and_against_and_a_turn_to_open_weights(text: str, lang: str,
                                                           expected: set) -> None:
    assert expected <= facts(text, lang)


def test_criticising_a_conversion_is_not_supporting_it() -> None:
    found = facts("Meta has asked a federal court to block OpenAI's plan to turn itself into a "
                  "for-profit company.", "en")
    assert ("Meta", "SUPPORTS", "for-profit restructuring") not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Google is following OpenAI's lead.", "en"),
    ("Google suit ainsi l'exemple d'OpenAI.", "fr"),
    ("Mit der Entscheidung folgt Google einem Kurs, den OpenAI vorgegeben hat.", "de"),
    ("Google sigue así el ejemplo de OpenAI.", "es"),
])
def test_a_firm_that_follows_anothers_lead_was_influenced(text: str, lang: str) -> None:
    assert ("OpenAI", "INFLUENCED", "Google") in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Vessel AI was founded in 2021. Its other co-founders include Lena Vogt, now the chief "
     "science officer, and Marc Weber.", "en",
     {("Lena Vogt", "FOUNDED", "Vessel AI"), ("Marc Weber", "FOUNDED", "Vessel AI")}),
    ("Vessel AI changed its board on Tuesday. Lena Vogt, the board's chair, said so.", "en",
     {("Lena Vogt", "LEADS", "Vessel AI")}),
    ("Une semaine après le lancement de ses modèles de raisonnement o1-preview et o1-mini, "
     "OpenAI a changé ses règles.", "fr",
     {("OpenAI", "RELEASED", "o1-preview"), ("OpenAI", "RELEASED", "o1-mini")}),
    ("Lena Vogt, Mitgründerin von OpenAI und heute Chefwissenschaftlerin bei Vessel AI, sagte "
     "das.", "de", {("Lena Vogt", "WORKS_FOR", "Vessel AI"), ("Lena Vogt", "LEFT", "OpenAI")}),
    ("Vessel AI reagierte. Das von Lena Vogt geführte Unternehmen hatte die Regeln geändert.",
     "de", {("Lena Vogt", "LEADS", "Vessel AI")}),
])
def test_facts_told_in_asides(text: str, lang: str, expected: set) -> None:
    assert expected <= facts(text, lang)


def test_a_known_name_with_a_comma_or_a_slash_matches_as_written() -> None:
    found = entities("Lena Vogt, a professor at the University of California, Berkeley, spoke at "
                     "Google I/O.", "en")
    assert found.get("UC Berkeley") == "Organization" and "Google I/O" in found


def test_a_list_comma_does_not_join_two_names() -> None:
    found = entities("Microsoft, Google, DeepMind and OpenAI agreed.", "en")
    assert {"Microsoft", "Google", "OpenAI"} <= set(found)

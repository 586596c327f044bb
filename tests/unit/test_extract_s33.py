"""Session 33: a product's maker named after a contracted preposition ("au créateur de
ChatGPT", "al creador de", "dem Entwickler von", "des ChatGPT-Entwicklers"); a partner named
first ("Together with X, Y builds ...", "Gemeinsam mit X hat Y ..."). Every sentence is written
for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize("text,lang", [
    ("Elon Musk reproche au créateur de ChatGPT sa fermeture.", "fr"),
    ("Elon Musk demandó al creador de ChatGPT en marzo.", "es"),
    ("Elon Musk processou a criadora do ChatGPT em março.", "pt"),
    ("Elon Musk verklagt den Entwickler von ChatGPT im März.", "de"),
    ("Elon Musk kritisiert die Pläne des ChatGPT-Entwicklers.", "de"),
])
def test_a_maker_after_a_contracted_preposition_is_the_product_s_owner(text: str,
                                                                       lang: str) -> None:
    found = facts(text, lang)
    assert ("Elon Musk", "CRITICIZED", "OpenAI") in found
    assert ("OpenAI", "DEVELOPS", "ChatGPT") in found
    assert not {t for t in of(found, "CRITICIZED") if t[2] == "ChatGPT"}


@pytest.mark.parametrize("text,lang", [
    ("Together with CoreWeave, a cloud provider that rents out GPUs, Cohere is building a new "
     "cluster in Ontario.", "en"),
    ("Gemeinsam mit CoreWeave hat Cohere in Ontario einen neuen Rechner gebaut.", "de"),
    ("Junto con CoreWeave, Cohere construye un nuevo centro en Ontario.", "es"),
    ("Insieme a CoreWeave, Cohere costruisce un nuovo centro in Ontario.", "it"),
    ("Em parceria com a CoreWeave, a Cohere constrói um novo centro em Ontário.", "pt"),
])
def test_a_partner_named_before_the_firm(text: str, lang: str) -> None:
    assert of(facts(text, lang), "PARTNERS_WITH") == {("Cohere", "PARTNERS_WITH", "CoreWeave")}


@pytest.mark.parametrize("text", [
    "Together with CoreWeave, Cohere and Mistral AI lead the field in Canada.",
    "Together with CoreWeave, Cohere invested in a new start-up in Ontario.",
])
def test_a_leading_with_phrase_that_names_no_pair_of_partners(text: str) -> None:
    assert not of(facts(text, "en"), "PARTNERS_WITH")


@pytest.mark.parametrize("text,lang,maker,product", [
    ("Helsing sold Altra, its battlefield platform, to two armies.", "en", "Helsing", "Altra"),
    ("La empresa Anduril integra Lattice, su plataforma de mando, en sus drones.", "es",
     "Anduril", "Lattice"),
    ("Perplexity a amélioré Comet, son navigateur, en juillet.", "fr", "Perplexity", "Comet"),
])
def test_a_product_named_before_its_possessive_apposition(text: str, lang: str, maker: str,
                                                          product: str) -> None:
    assert (maker, "DEVELOPS", product) in facts(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Cohere signed the pledge. Marie Lenoir, its head of public affairs, said so.", "en"),
    ("Cohere a signé. Marie Lenoir, sa directrice des affaires publiques, l'a confirmé.", "fr"),
    ("Cohere firmó el acuerdo. Marie Lenoir, su directora de asuntos públicos, lo confirmó.",
     "es"),
    ("Cohere signed the pledge. Marie Lenoir, its chief technology officer, said so.", "en"),
])
def test_a_staff_title_with_a_possessive_works_for_the_firm_in_context(text: str,
                                                                       lang: str) -> None:
    found = facts(text, lang)
    assert ("Marie Lenoir", "WORKS_FOR", "Cohere") in found
    assert not of(found, "LEADS")


def test_a_known_person_s_staff_title_goes_to_the_named_employer() -> None:
    found = facts("Microsoft rents servers to Oracle. Mustafa Suleyman, its head of consumer AI, "
                  "said so.", "en")
    assert ("Mustafa Suleyman", "WORKS_FOR", "Microsoft") in found
    assert ("Mustafa Suleyman", "WORKS_FOR", "Oracle") not in found


@pytest.mark.parametrize("text,lang", [
    ("Airbus and Boeing, longtime rivals, both signed the charter.", "en"),
    ("Airbus et Boeing, deux concurrents, ont signé la charte.", "fr"),
    ("Airbus e Boeing, concorrenti storici, hanno firmato la carta.", "it"),
    ("Airbus und Boeing, langjährige Konkurrenten, unterzeichneten die Charta.", "de"),
])
def test_two_firms_named_as_rivals_in_apposition_compete(text: str, lang: str) -> None:
    found = of(facts(text, lang), "COMPETES_WITH")
    assert {frozenset((s, o)) for s, _p, o in found} == {frozenset(("Airbus", "Boeing"))}


def test_two_firms_named_as_rivals_of_a_third_do_not_compete_with_each_other() -> None:
    found = of(facts("Airbus and Boeing, rivals of Embraer, both signed the charter.", "en"),
               "COMPETES_WITH")
    assert frozenset(("Airbus", "Boeing")) not in {frozenset((s, o)) for s, _p, o in found}


def test_a_firm_put_in_the_same_race_as_others_competes_with_them() -> None:
    found = of(facts("The launch puts Cerebras in the same race as Groq and SambaNova.", "en"),
               "COMPETES_WITH")
    assert {(s, o) for s, _p, o in found} == {("Cerebras", "Groq"), ("Cerebras", "SambaNova")}


@pytest.mark.parametrize("text,lang,backers", [
    ("Vessel AI levantó 40 millones en una ronda liderada por Accel; en ella han participado "
     "también Index Ventures y General Catalyst.", "es",
     {"Accel", "Index Ventures", "General Catalyst"}),
    ("Vessel AI sammelt 40 Millionen Euro ein. Neu an Bord sind zudem der Chipkonzern Nvidia "
     "und Google.", "de", {"Nvidia", "Google"}),
    ("Vessel AI sammelt 40 Millionen Euro ein. Beteiligt sind außerdem Accel sowie der "
     "schwedische Rüstungskonzern Saab.", "de", {"Accel", "Saab"}),
])
def test_backers_listed_after_a_round_in_context(text: str, lang: str,
                                                 backers: set[str]) -> None:
    found = of(facts(text, lang), "INVESTS_IN")
    assert {s for s, _p, o in found if o == "Vessel AI"} == backers


@pytest.mark.parametrize("text,lang", [
    ("Cohere grew fast. Aidan Gomez, who co-founded it with Ivan Zhang and Nick Frosst, "
     "spoke on Monday.", "en"),
    ("Cohere grandit. Aidan Gomez, qui l'a cofondée avec Ivan Zhang et Nick Frosst, a parlé "
     "lundi.", "fr"),
    ("Cohere crece. Aidan Gomez, que la fundó con Ivan Zhang y Nick Frosst, habló el lunes.",
     "es"),
    ("Aidan Gomez parle. Cohere, qu'il a cofondée avec Ivan Zhang et Nick Frosst, grandit.",
     "fr"),
])
def test_founders_named_with_it_or_a_relative_pronoun(text: str, lang: str) -> None:
    found = of(facts(text, lang), "FOUNDED")
    assert {s for s, _p, o in found if o == "Cohere"} == {"Aidan Gomez", "Ivan Zhang",
                                                         "Nick Frosst"}


def test_a_product_launched_with_someone_founds_no_firm() -> None:
    found = facts("Cohere released Command A. Marie Lenoir, who launched it with Paul Girard, "
                  "spoke on Monday.", "en")
    assert not of(found, "FOUNDED")


@pytest.mark.parametrize("text,lang", [
    ("Orange signe avec Vessel AI, cofondée en 2023 par Marie Lenoir, une ancienne de Google, "
     "Paul Girard et Claire Dubois.", "fr"),
    ("Orange signed with Vessel AI, founded in 2023 by Marie Lenoir, a former Google "
     "researcher, Paul Girard and Claire Dubois.", "en"),
])
def test_founders_listed_around_an_apposition(text: str, lang: str) -> None:
    found = of(facts(text, lang), "FOUNDED")
    assert {s for s, _p, o in found if o == "Vessel AI"} == {"Marie Lenoir", "Paul Girard",
                                                            "Claire Dubois"}


@pytest.mark.parametrize("text,lang", [
    ("Anthropic veröffentlicht Claude. Auffällig ist: Cohere, Google und Microsoft, die ihre "
     "stärksten Modelle nicht herausgeben, fehlen.", "de"),
    ("Anthropic published a report. Cohere, Google and Microsoft, which do not release their "
     "weights, were absent.", "en"),
])
def test_firms_listed_before_a_relative_that_withholds_weights_are_closed(text: str,
                                                                          lang: str) -> None:
    found = facts(text, lang)
    closed = {s for s, p, o in found if p == "SUPPORTS" and o == "closed models"}
    assert closed == {"Cohere", "Google", "Microsoft"}
    assert not {s for s, p, o in found if p == "SUPPORTS" and o == "open-weight release"}


def test_chinese_firms_named_as_closed_model_vendors() -> None:
    found = facts("Meta推出API，被视为与Cohere、谷歌等闭源模型厂商正面竞争的一步。", "zh")
    closed = {s for s, p, o in found if p == "SUPPORTS" and o == "closed models"}
    assert closed == {"Cohere", "Google"}


@pytest.mark.parametrize("text,lang,tied", [
    ("字节跳动、百度等厂商随后纷纷降价。", "zh", False),
    ("Google and Microsoft both held launch events this week.", "en", False),
    ("Google and Microsoft signed an agreement on Monday.", "en", True),
])
def test_only_an_agreement_ties_the_firms_named_before_it(text: str, lang: str,
                                                          tied: bool) -> None:
    assert bool(of(facts(text, lang), "PARTNERS_WITH")) is tied


@pytest.mark.parametrize("text,lang", [
    ("Marie Lenoir, présidente du directoire de Cohere, a signé.", "fr"),
    ("Marie Lenoir, cofundadora y presidenta del consejo de Cohere, firmó.", "es"),
    ("Marie Lenoir, chair of the board of Cohere, signed.", "en"),
])
def test_the_chair_of_a_board_leads_the_firm(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Marie Lenoir", "LEADS", "Cohere") in found
    assert ("Marie Lenoir", "WORKS_FOR", "Cohere") not in found


def test_the_head_of_a_unit_still_works_for_the_firm() -> None:
    found = facts("Marie Lenoir, présidente des affaires publiques de Cohere, a signé.", "fr")
    assert ("Marie Lenoir", "WORKS_FOR", "Cohere") in found
    assert ("Marie Lenoir", "LEADS", "Cohere") not in found


def test_a_job_someone_used_to_hold_was_held_and_left() -> None:
    found = facts("Marie Lenoir, who used to lead research at Cohere, joined Mistral AI.", "en")
    assert {("Marie Lenoir", "LEFT", "Cohere"), ("Marie Lenoir", "WORKS_FOR", "Cohere"),
            ("Marie Lenoir", "WORKS_FOR", "Mistral AI")} <= found


@pytest.mark.parametrize("text,lang", [
    ("Vessel AI praised Le Chat, the chatbot Mistral AI launched in February.", "en"),
    ("Vessel AI elogió Le Chat, la plataforma que Mistral AI lanzó en febrero.", "es"),
])
def test_a_product_the_firm_launched_is_a_release(text: str, lang: str) -> None:
    assert ("Mistral AI", "RELEASED", "Le Chat") in facts(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Cohere était d'ailleurs déjà partenaire de Nvidia.", "fr"),
    ("Cohere is also a longtime partner of Nvidia.", "en"),
])
def test_a_firm_that_is_a_partner_of_another(text: str, lang: str) -> None:
    assert of(facts(text, lang), "PARTNERS_WITH") == {("Cohere", "PARTNERS_WITH", "Nvidia")}


@pytest.mark.parametrize("text,lang", [
    ("Cohere, Nvidia et Scaleway ont annoncé mardi la création d'un programme commun.", "fr"),
    ("Cohere, Nvidia and Scaleway announced on Tuesday the creation of a joint programme.",
     "en"),
])
def test_firms_announcing_a_creation_together_are_partners(text: str, lang: str) -> None:
    found = of(facts(text, lang), "PARTNERS_WITH")
    assert {("Cohere", "PARTNERS_WITH", "Nvidia"),
            ("Cohere", "PARTNERS_WITH", "Scaleway")} <= found


def test_firms_announcing_launches_each_are_not_partners() -> None:
    assert not of(facts("Cohere and Nvidia announced new models on Tuesday.", "en"),
                  "PARTNERS_WITH")


@pytest.mark.parametrize("text,lang", [
    ("Vessel AI recauda fondos. Sus clientes incluyen a Iberdrola y Bosch.", "es"),
    ("Vessel AI cresce. I suoi clienti includono Iberdrola e Bosch.", "it"),
    ("Vessel AI wächst. Seine Kunden sind unter anderem Iberdrola und Bosch.", "de"),
])
def test_customers_listed_after_an_including_verb(text: str, lang: str) -> None:
    assert of(facts(text, lang), "PARTNERS_WITH") == {
        ("Vessel AI", "PARTNERS_WITH", "Iberdrola"), ("Vessel AI", "PARTNERS_WITH", "Bosch")}


@pytest.mark.parametrize("text,lang", [
    ("Mistral AI offers Le Chat to banks.", "en"),
    ("Mistral AI propose déjà Le Chat aux banques.", "fr"),
    ("Mistral AI ofrece Le Chat a los bancos.", "es"),
    ("Mistral AI bietet Le Chat den Banken an.", "de"),
])
def test_a_product_on_offer_is_made_not_released(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Mistral AI", "DEVELOPS", "Le Chat") in found
    assert ("Mistral AI", "RELEASED", "Le Chat") not in found


@pytest.mark.parametrize("text,lang", [
    ("Vessel AI has unveiled Lumen-2, a model for games. It was trained on seven years of "
     "play. The company is releasing the model's weights through Hugging Face.", "en"),
    ("Vessel AI a présenté Lumen-2, un modèle pour les jeux. Il a été entraîné sur sept ans "
     "de parties. Les poids sont publiés sur Hugging Face.", "fr"),
])
def test_weights_opened_later_open_the_article_s_release(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Vessel AI", "OPEN_SOURCED", "Lumen-2") in found
    assert ("Vessel AI", "RELEASED", "Lumen-2") not in found


def test_another_firm_s_weights_open_nothing_of_the_article_s_release() -> None:
    found = facts("Vessel AI has unveiled Lumen-2, a model for games. Meta, by contrast, "
                  "publishes its weights.", "en")
    assert ("Vessel AI", "RELEASED", "Lumen-2") in found
    assert ("Vessel AI", "OPEN_SOURCED", "Lumen-2") not in found


def test_each_person_listed_after_a_plural_staff_title_works_there() -> None:
    found = of(facts("The protocol was designed by two Cohere engineers, Marie Lenoir and Paul "
                     "Girard.", "en"), "WORKS_FOR")
    assert found == {("Marie Lenoir", "WORKS_FOR", "Cohere"),
                     ("Paul Girard", "WORKS_FOR", "Cohere")}


@pytest.mark.parametrize("text,lang", [
    ("Vessel AI crece. Está dirigida por Marie Lenoir, su fundadora.", "es"),
    ("Vessel AI cresce. È guidata da Marie Lenoir.", "it"),
    ("Vessel AI sammelt Geld. Geführt wird das Unternehmen von Marie Lenoir.", "de"),
])
def test_a_leader_named_by_a_passive_without_its_firm(text: str, lang: str) -> None:
    assert ("Marie Lenoir", "LEADS", "Vessel AI") in facts(text, lang)


@pytest.mark.parametrize("text", [
    "Vessel AI has unveiled Lumen-2. Lumen-2 enters a field that has suddenly become crowded. "
    "Cohere introduced its own world models in January.",
    "Vessel AI launched Lumen-2. Vessel AI is not alone in chasing this business. Cohere signed "
    "deals with banks this year.",
])
def test_a_sentence_announcing_a_crowded_field_makes_the_next_one_s_firms_rivals(
        text: str) -> None:
    assert ("Vessel AI", "COMPETES_WITH", "Cohere") in facts(text, "en")


def test_weights_withheld_later_open_nothing() -> None:
    found = facts("Vessel AI has unveiled Lumen-2, a model for games. It was trained on seven "
                  "years of play. The company is not releasing the model's weights.", "en")
    assert ("Vessel AI", "RELEASED", "Lumen-2") in found
    assert ("Vessel AI", "OPEN_SOURCED", "Lumen-2") not in found

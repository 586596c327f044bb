"""Session 18: a German apposition whose descriptor is a compound ("das KI-Softwareunternehmen")
names a firm, and a discovered model whose first word looks like a case-bound acronym of the
knowledge base ("Aria" and the agency ARIA) gets no owner from it; the head of a unit ("X,
Shopify's head of engineering") works for the firm rather than leading it; German descriptors
and roles name firms; spreading a model's weights is an open release and wanting to release is
a plan; the pair layer reads no support for a stance a concern is voiced about. Every
sentence is written for this file; the firms are invented or only named."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, lines, of
from stratgraph.ingest.learned.model import PairModel, propose
from stratgraph.ingest.pipeline import analyse
from stratgraph.ingest.records import Record


@pytest.mark.parametrize("text", [
    "Gestern meldete Quellbau, das KI-Softwareunternehmen von Tamsin Berg, eine neue Runde.",
    "Quellbau, ein Münchner Chipkonzern, stellte am Montag einen Beschleuniger vor.",
    "Quellbau, die Cloud-Tochterfirma des Konzerns, wächst schnell.",
])
def test_a_compound_descriptor_in_a_german_apposition_names_a_firm(text: str) -> None:
    assert entities(text, "de").get("Quellbau") == "Organization"


def test_a_compound_head_after_a_person_names_no_firm() -> None:
    found = entities("Tamsin Berg, der Chef des Softwareunternehmens, sprach am Montag.", "de")
    assert found.get("Tamsin Berg") != "Organization"


def test_a_case_bound_acronym_gives_no_owner_to_a_model_that_only_looks_like_it() -> None:
    found = facts("Its chatbot, Aria, runs on the Opera browser.", "en")
    assert not of(found, "DEVELOPS")
    assert "Advanced Research and Invention Agency" not in entities(
        "Its chatbot, Aria, runs on the Opera browser.", "en")


@pytest.mark.parametrize("text", [
    "Tomas Berg, Aurora Labs's head of engineering, said the tool saves time.",
    "Aurora Labs's head of research Tomas Berg said the tool saves time.",
])
def test_the_head_of_a_unit_works_for_the_firm(text: str) -> None:
    found = facts(text, "en")
    assert ("Tomas Berg", "WORKS_FOR", "Aurora Labs") in found
    assert not of(found, "LEADS")


def test_the_firms_own_head_still_leads_it() -> None:
    assert ("Tomas Berg", "LEADS", "Aurora Labs") in facts(
        "Tomas Berg, Aurora Labs's chief executive, said the tool saves time.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Tomas Berg, direttore tecnologico di Aurora Labs, ha parlato ieri.", "it"),
    ("Tomas Berg, direttore strategico di Aurora Labs, ha parlato ieri.", "it"),
    ("Tomas Berg, director tecnológico de Aurora Labs, habló ayer.", "es"),
    ("Tomas Berg, diretor tecnológico da Aurora Labs, falou ontem.", "pt"),
])
def test_a_technology_or_strategy_director_works_for_the_firm(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Tomas Berg", "WORKS_FOR", "Aurora Labs") in found
    assert not of(found, "LEADS")


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Nach dem Kauf des Photonik-Spezialisten Quellbau stieg der Kurs.", "Quellbau",
     "Organization"),
    ("Danach folgte der Serverbauer Nordwerk Systems.", "Nordwerk Systems", "Organization"),
    ("Der Konzern bietet über seine Tochter Quellbau eigene Modelle an.", "Quellbau",
     "Organization"),
    ("Laut dem Netzwerkausrüster Quellbau wächst der Markt.", "Quellbau", "Organization"),
    ("Er schuf die Programmiersprache Quellskript.", "Quellskript", "Product"),
])
def test_german_descriptors_that_decline_or_stand_alone(text: str, name: str, kind: str) -> None:
    found = entities(text, "de")
    assert found.get(name) == kind
    assert not any(n.startswith(("Serverbauer", "Tochter", "Spezialisten")) for n in found)


@pytest.mark.parametrize(("text", "name"), [
    ("Rolf Schumann, Co-Chef von Quellbau Digits, sprach am Montag.", "Quellbau Digits"),
    ("Anna Weber, Vorstandschefin von Nordwerk, sprach am Montag.", "Nordwerk"),
    ("Nordwerk-Chef Rolf Schumann sprach am Montag.", "Nordwerk"),
    ("Rolf Schumann, Chef von Nordwerk Gespräche führte er nicht.", "Nordwerk"),
])
def test_a_german_role_names_the_firm_before_or_after_it(text: str, name: str) -> None:
    assert entities(text, "de").get(name) == "Organization"


def test_a_german_noun_before_a_hyphenated_role_is_no_firm() -> None:
    found = entities("Der Konzern-Chef und der Technik-Chef sprachen mit dem Vorstand.", "de")
    assert not {"Konzern", "Technik"} & set(found)


def test_a_word_like_product_plus_s_is_not_its_genitive() -> None:
    assert "Digit" not in entities("Rolf Schumann, Co-Chef von Schwarz Digits, sprach.", "de")
    assert entities("Die Aktie von Metas Konzern stieg am Montag.", "de").get("Meta") == \
        "Organization"  # a firm's genitive still reads


def test_a_role_cue_gives_a_known_ambiguous_name_its_firm() -> None:
    found = facts("Cognition-Chef Scott Wu schrieb den Mitarbeitern am Montag.", "de")
    assert ("Scott Wu", "LEADS", "Cognition AI") in found


@pytest.mark.parametrize("text", [
    ("Aurora Labs a bousculé le secteur en diffusant librement les poids et les méthodes "
     "de Nordlicht-7B."),
    "Aurora Labs continue de diffuser les poids de Nordlicht-7B.",
])
def test_spreading_the_weights_is_an_open_release(text: str) -> None:
    assert ("Aurora Labs", "OPEN_SOURCED", "Nordlicht-7B") in facts(text, "fr")


@pytest.mark.parametrize(("text", "lang"), [
    ("Aurora Labs veut diffuser les poids de Nordlicht-7B le mois prochain.", "fr"),
    ("Aurora Labs veut publier Nordlicht-7B le mois prochain.", "fr"),
    ("Aurora Labs wants to release Nordlicht-7B next month.", "en"),
])
def test_wanting_to_release_is_a_plan(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert not of(found, "RELEASED", "OPEN_SOURCED")
    assert ("Aurora Labs", "DEVELOPS", "Nordlicht-7B") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("DeepSeek-V3 is released under the MIT licence.", "en"),
    ("DeepSeek-V3 and DeepSeek-R1 are available under an Apache 2.0 license.", "en"),
    ("DeepSeek-V3 est distribué sous licence MIT.", "fr"),
    ("DeepSeek-V3 steht unter der MIT-Lizenz.", "de"),
    ("DeepSeek-V3 se distribuye bajo licencia MIT.", "es"),
    ("DeepSeek-V3 è distribuito con licenza MIT.", "it"),
    ("O DeepSeek-V3 é distribuído sob licença MIT.", "pt"),
])
def test_a_model_under_an_open_licence_is_open_sourced_by_its_maker(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("DeepSeek", "OPEN_SOURCED", "DeepSeek-V3") in found
    assert "MIT" not in entities(text, lang)  # the licence, not the institute


@pytest.mark.parametrize("text", [
    "Llama 2 is available under a licence that restricts large companies.",
    "DeepSeek-V3 is not released under the MIT licence.",
])
def test_a_restricted_or_denied_licence_is_no_open_release(text: str) -> None:
    assert not of(facts(text, "en"), "OPEN_SOURCED")


@pytest.mark.parametrize(("text", "lang"), [
    ("Liang Wenfeng, fondatore di DeepSeek e del fondo quantitativo High-Flyer, ha parlato.", "it"),
    ("Liang Wenfeng, founder of DeepSeek and of the hedge fund High-Flyer, spoke.", "en"),
    ("Liang Wenfeng, fondateur de DeepSeek et du fonds High-Flyer, a parlé.", "fr"),
])
def test_a_founder_of_two_firms_founded_both(text: str, lang: str) -> None:
    found = of(facts(text, lang), "FOUNDED")
    assert {("Liang Wenfeng", "FOUNDED", "DeepSeek"),
            ("Liang Wenfeng", "FOUNDED", "High-Flyer")} <= found


def test_a_partner_named_after_the_founded_firm_is_not_founded() -> None:
    found = facts("Sam Altman, co-founder of OpenAI and Microsoft's partner, spoke.", "en")
    assert ("Sam Altman", "FOUNDED", "Microsoft") not in found


def test_fighting_a_lawsuit_from_a_firm_is_its_criticism() -> None:
    found = facts("Perplexity fights a lawsuit from Dow Jones over copied articles.", "en")
    assert ("Dow Jones", "CRITICIZED", "Perplexity") in found


def test_a_german_investigation_against_a_firm_is_criticism() -> None:
    found = facts("Generalstaatsanwalt Ken Paxton kündigte Ermittlungen gegen Character.AI an.",
                  "de")
    assert ("Ken Paxton", "CRITICIZED", "Character.AI") in found


@pytest.mark.parametrize(("text", "triple"), [
    ("Geführt wird Zalando von Robert Gentz und David Schneider.",
     ("David Schneider", "LEADS", "Zalando")),
    ("Klarna dagegen, geführt von Mitgründer Sebastian Siemiatkowski, spart.",
     ("Sebastian Siemiatkowski", "LEADS", "Klarna")),
    ("Microsoft AI, das von Deepmind-Mitgründer Mustafa Suleyman geführt wird, wächst.",
     ("Mustafa Suleyman", "LEADS", "Microsoft AI")),
    ("Humain, im Mai vom saudischen Staatsfonds PIF gegründet, wächst.",
     ("Public Investment Fund", "FOUNDED", "Humain")),
    ("Helsing wächst. Kürzlich übernahm das Unternehmen zudem den bayerischen "
     "Flugzeughersteller Grob Aircraft.", ("Helsing", "ACQUIRED", "Grob Aircraft")),
])
def test_german_participles_and_inversions(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, "de")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("OpenAI n'a jamais rendu publics les poids de GPT-4.", "fr",
     ("OpenAI", "SUPPORTS", "closed models")),
    ("Inflection ne publiera pas pour autant les poids de ses modèles.", "fr",
     ("Inflection AI", "SUPPORTS", "closed models")),
    ("Les poids de Codestral ne sont pas diffusés, a indiqué Mistral AI.", "fr",
     ("Mistral AI", "SUPPORTS", "closed models")),
    ("A diferencia de otros, OpenAI no revela los pesos de su serie o1.", "es",
     ("OpenAI", "SUPPORTS", "closed models")),
    ("OpenAI still keeps the weights of its leading models closed.", "en",
     ("OpenAI", "SUPPORTS", "closed models")),
    ("Il progetto nasce in contrapposizione all'approccio chiuso di OpenAI.", "it",
     ("OpenAI", "SUPPORTS", "closed models")),
    ("Hugging Face plaide pour la publication des poids des modèles.", "fr",
     ("Hugging Face", "SUPPORTS", "open-weight release")),
    ("A Anthropic, que defende uma abordagem centrada na segurança, cresce.", "pt",
     ("Anthropic", "SUPPORTS", "AI safety priority")),
])
def test_stances_told_in_other_words(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)



def _supports_proposed(text: str) -> set[tuple[str, str]]:
    """What the pair layer proposes as SUPPORTS when its classifier says yes to every pair:
    only the layer's gates decide."""
    found = analyse(Record(id="t", text=text, lang="fr", published="2025-05-01"))
    always = PairModel(["SUPPORTS>"], [10.0], {}, 0.5, {})
    proposed = propose(always, found.text, found.sents, found.linked(), found.lang,
                       found.candidates, found.extractor._allowed)
    names = found.registry.names
    return {(names[c.subject], names[c.object]) for c in proposed if c.predicate == "SUPPORTS"}


def test_a_concern_about_a_stance_gives_no_support_for_it() -> None:
    voiced = _supports_proposed("Tomas Berg a exprimé ses préoccupations quant à la "
                                "restructuration de l'entreprise.")
    defended = _supports_proposed("Tomas Berg a défendu avec vigueur la restructuration de "
                                  "l'entreprise.")
    assert ("Tomas Berg", "for-profit restructuring") in defended
    assert ("Tomas Berg", "for-profit restructuring") not in voiced


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Microsoft integrates Mistral AI's models into Azure.", "en", ("Microsoft", "Mistral AI")),
    ("Apple integrated OpenAI's ChatGPT into Siri.", "en", ("Apple", "OpenAI")),
])
def test_integrating_another_firms_models_is_a_partnership(text: str, lang: str,
                                                           pair: tuple[str, str]) -> None:
    assert (pair[0], "PARTNERS_WITH", pair[1]) in facts(text, lang)


@pytest.mark.parametrize(("text", "triple"), [
    ("Ancien de Google, Arthur Mensch a cofondé Mistral AI.", ("Arthur Mensch", "LEFT", "Google")),
    ("Ancienne d'OpenAI, Mira Murati a fondé Thinking Machines Lab.",
     ("Mira Murati", "LEFT", "OpenAI")),
])
def test_a_fronted_ancien_de_is_a_past_job(text: str, triple: tuple[str, str, str]) -> None:
    found = facts(text, "fr")
    assert triple in found
    assert (triple[0], "WORKS_FOR", triple[2]) not in found


def test_a_name_glossed_in_latin_is_one_person() -> None:
    text = "该公司由理查德·波特（Richard Potter）和戴维·利奇（David Leitch）共同创办。"
    rows = [x for x in lines(text, "zh") if x["kind"] == "entity"]
    people = {x["name"]: x["aliases"] for x in rows if x["type"] == "Person"}
    assert set(people) == {"Richard Potter", "David Leitch"}
    assert "理查德·波特" in people["Richard Potter"]


@pytest.mark.parametrize(("text", "triple"), [
    ("最新的Grok 4于7月发布。", ("xAI", "RELEASED", "Grok-4")),
    ("GPT-5于8月7日正式发布。", ("OpenAI", "RELEASED", "GPT-5")),
    ("其旗舰模型Qwen3-Max目前仍只通过API提供。", ("Alibaba", "SUPPORTS", "closed models")),
])
def test_chinese_dated_release_and_api_only(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, "zh")


def test_a_known_model_with_a_spaced_version_in_chinese() -> None:
    assert ("LG AI Research", "RELEASED", "EXAONE 2.0") in facts(
        "LG AI研究院也在7月发布了EXAONE 2.0。", "zh")
    assert not [n for n in entities("Kimi 2月的用户数大增。", "zh") if "2" in n]


def test_a_chinese_partner_introduced_by_a_descriptor() -> None:
    found = facts("软银与美国AI搜索初创公司Perplexity建立战略合作关系。", "zh")
    assert {"SoftBank", "Perplexity"} == set(next(iter(
        (s, o) for s, p, o in found if p == "PARTNERS_WITH"), ()))


def test_running_the_firms_unit_and_leaving_its_board() -> None:
    found = facts("Anthropic said so. Jack Clark, who runs its policy work, agreed.", "en")
    assert ("Jack Clark", "WORKS_FOR", "Anthropic") in found
    found = facts("OpenAI was sued by Elon Musk, a co-founder who left the board in 2018.", "en")
    assert {("Elon Musk", "FOUNDED", "OpenAI"), ("Elon Musk", "LEFT", "OpenAI")} <= found


def test_a_stake_of_some_percent_in_a_firm() -> None:
    found = facts("The OpenAI Foundation holds an equity stake of about 26 percent in OpenAI.", "en")
    assert ("OpenAI Foundation", "INVESTS_IN", "OpenAI") in found


@pytest.mark.parametrize(("text", "lang", "rival"), [
    ("OpenAI completed its overhaul. Elon Musk now runs the rival xAI.", "en", "xAI"),
    ("OpenAI is under pressure. Its rival Anthropic grew fast.", "en", "Anthropic"),
    ("OpenAI est sous pression. Son concurrent Anthropic grandit.", "fr", "Anthropic"),
    ("OpenAI steht unter Druck. Sein Konkurrent Anthropic wächst.", "de", "Anthropic"),
])
def test_a_rival_named_by_its_title_rivals_the_firm_in_context(text: str, lang: str,
                                                               rival: str) -> None:
    assert (rival, "COMPETES_WITH", "OpenAI") in facts(text, lang)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Google DeepMind se trouve sous pression pour rattraper OpenAI.", "fr",
     ("Google DeepMind", "OpenAI")),
    ("Meta still lags behind OpenAI in reasoning.", "en", ("Meta", "OpenAI")),
    ("Apple has fallen behind Google in AI.", "en", ("Apple", "Google")),
    ("Meta intenta alcanzar a OpenAI.", "es", ("Meta", "OpenAI")),
])
def test_catching_up_or_lagging_behind_is_rivalry(text: str, lang: str,
                                                  pair: tuple[str, str]) -> None:
    assert (pair[0], "COMPETES_WITH", pair[1]) in facts(text, lang)


def test_trailing_expectations_names_no_rival() -> None:
    assert not of(facts("Sales trail expectations, Apple said.", "en"), "COMPETES_WITH")


def test_licence_mit_stays_a_licence_where_the_article_names_the_institute() -> None:
    text = ("Des chercheurs du MIT ont étudié le modèle la semaine dernière. "
            "DeepSeek-V3 est distribué sous licence MIT.")
    assert ("DeepSeek", "OPEN_SOURCED", "DeepSeek-V3") in facts(text, "fr")


def test_a_known_name_keeps_its_entity_when_glossed_by_an_unknown_form() -> None:
    people = {n for n, t in entities("奥尔特曼（S. Altman）表示，公司会改进。", "zh").items()
              if t == "Person"}
    assert people == {"Sam Altman"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Le rival d'OpenAI, Anthropic, lève des fonds.", "fr"),
    ("El rival de OpenAI, Anthropic, recauda fondos.", "es"),
    ("Der Konkurrent von OpenAI, Anthropic, sammelt Geld.", "de"),
    ("The main rival of OpenAI, Anthropic, raised money.", "en"),
])
def test_the_rival_of_a_firm_named_after_a_comma(text: str, lang: str) -> None:
    assert ("Anthropic", "COMPETES_WITH", "OpenAI") in facts(text, lang)

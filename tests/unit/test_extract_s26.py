"""Session 26: passives of criticism, names between an owner and a kind, models built on,
German rounds in the perfect, and English bodies named by their purpose.

Spanish, Italian and Portuguese criticism verbs match their participles too ("acusada",
"multata", "processada"), so "Midjourney fue acusada por Disney" read as Midjourney accusing
Disney; a participle with its agent ("por", "pelo", "dalla") is now left to the passive reading,
which names Disney. English "fined by" had the same flaw. German names the agent before the
participle ("OpenAI wurde von der New York Times verklagt") and Chinese before the verb
("OpenAI被纽约时报起诉"); both now read as the agent criticizing the firm, and "pela Disney e
pela NBCUniversal" is one list. A name between an owner and the kind of thing it is ("its
Halcyon model", "whose Lumen assistant") is a model or a product, unless it is a nationality or
a tier ("its Chinese models", "its Flash model"); a service "run by" or "operated by" a firm is
that firm's. A firm that has put, woven, brought or leaned on another's models partners with
it, though a survey that "put Cerebras's speed at" three times the rest does not. German names
the investors of a round raised in the perfect before the participle ("hat 300 Millionen Euro
von Bosch und SAP eingesammelt"). English bodies built on "Center for", "Ministry of",
"Committee on" keep their whole name ("Center for AI and Digital Policy", "Ministry of Science
and Technology"), which another name or a place after them does not lengthen, and a firm
presented as "a community of engineers" or "a nonprofit" is an organization ("the AI Commons"
keeps its first word). A head of product, legal or security ("responsable produit de",
"director jurídico de", "技术负责人", "the product chief of", "general counsel") works for the firm; only its chief leads it, a French "présidente exécutive" or "directeur
exécutif" included. Whoever "helped found" a firm founded it in Romance languages too ("ha
contribuito a fondare", "ayudó a fundar"), and so did whoever left a job "after co-founding"
it ("dopo aver cofondato"). A relative clause with its subject first leads ("Cohere, che Lena
Brandt guida dal 2022"). In Chinese a Latin name right before the verb of leading a round is an
investor ("由Fernbrook领投"). A German co-chief or chair of the board ("Co-Chef von X",
"Co-Vorstandschefin", "Verwaltungsratschef") leads the firm, and so does a Spanish, Italian or
Portuguese co-chief ("co-CEO di", "codirectora ejecutiva de"). Every sentence is written for this file: none is taken from a set."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of


@pytest.mark.parametrize("text,lang", [
    ("Midjourney fue acusada por Disney y NBCUniversal de copiar personajes.", "es"),
    ("Midjourney è stata accusata da Disney e NBCUniversal di copiare personaggi.", "it"),
    ("A Midjourney foi acusada pela Disney e pela NBCUniversal de copiar personagens.", "pt"),
    ("Midjourney was accused by Disney and NBCUniversal of copying characters.", "en"),
])
def test_a_passive_accusation_names_its_critics(text: str, lang: str) -> None:
    found = of(facts(text, lang), "CRITICIZED")
    assert found == {("Disney", "CRITICIZED", "Midjourney Inc"),
                     ("NBCUniversal", "CRITICIZED", "Midjourney Inc")}


@pytest.mark.parametrize("text,lang", [
    ("Meta was fined by the European Commission.", "en"),
    ("Meta fue multada por la Comisión Europea.", "es"),
    ("Meta è stata multata dalla Commissione europea.", "it"),
    ("A Meta foi multada pela Comissão Europeia.", "pt"),
    ("Meta被欧盟委员会罚款。", "zh"),
])
def test_a_fine_in_the_passive_comes_from_the_regulator(text: str, lang: str) -> None:
    assert of(facts(text, lang), "CRITICIZED") == {
        ("European Commission", "CRITICIZED", "Meta")}


def test_portuguese_sued_by_is_not_read_both_ways() -> None:
    assert of(facts("A OpenAI foi processada pelo New York Times em dezembro.", "pt"),
              "CRITICIZED") == {("New York Times", "CRITICIZED", "OpenAI")}


@pytest.mark.parametrize("text,critics", [
    ("OpenAI wurde im Dezember von der New York Times wegen Urheberrechtsverletzungen verklagt.",
     {"New York Times"}),
    ("OpenAI ist von der New York Times und Microsoft verklagt worden.",
     {"New York Times", "Microsoft"}),
    ("OpenAI wurde von Gary Marcus scharf kritisiert.", {"Gary Marcus"}),
])
def test_german_passive_names_the_agent_before_the_participle(text: str, critics: set[str]) -> None:
    assert of(facts(text, "de"), "CRITICIZED") == {(c, "CRITICIZED", "OpenAI") for c in critics}


def test_german_passive_of_other_verbs_is_no_criticism() -> None:
    assert not of(facts("Anthropic wurde von Amazon mit vier Milliarden Dollar unterstützt.", "de"),
                  "CRITICIZED")


def test_chinese_passive_lawsuit_names_every_plaintiff() -> None:
    assert of(facts("OpenAI被纽约时报和微软起诉。", "zh"), "CRITICIZED") == {
        ("New York Times", "CRITICIZED", "OpenAI"), ("Microsoft", "CRITICIZED", "OpenAI")}


@pytest.mark.parametrize("text,lang", [
    ("A Forbes processou a Perplexity por violação de direitos autorais.", "pt"),
    ("Forbes acusó a Perplexity por copiar artículos.", "es"),
    ("Forbes ha accusato Perplexity da mesi di copiare articoli.", "it"),
])
def test_active_criticism_with_por_or_da_still_reads(text: str, lang: str) -> None:
    assert ("Forbes", "CRITICIZED", "Perplexity") in facts(text, lang)


@pytest.mark.parametrize("text,name,type_", [
    ("Kestrel Labs said its Halcyon model is fast.", "Halcyon", "Model"),
    ("Anthropic, whose Lumen assistant answers questions, raised money.", "Lumen", "Product"),
    ("Meta's Vireo app will ship next year.", "Vireo", "Product"),
])
def test_a_name_between_its_owner_and_its_kind(text: str, name: str, type_: str) -> None:
    assert entities(text, "en").get(name) == type_


def test_the_owner_of_a_named_assistant_develops_it() -> None:
    assert ("Anthropic", "DEVELOPS", "Lumen") in facts(
        "Anthropic said its Lumen assistant answers questions.", "en")


@pytest.mark.parametrize("text,word", [
    ("DeepSeek and its Chinese models worry Washington.", "Chinese"),
    ("Google said its Flash model is cheaper.", "Flash"),
])
def test_a_nationality_or_a_tier_is_no_name(text: str, word: str) -> None:
    assert not [name for name in entities(text, "en") if name.startswith(word)]


@pytest.mark.parametrize("verb", ["run", "operated"])
def test_a_service_run_by_a_firm_is_the_firms(verb: str) -> None:
    assert ("Revolut", "DEVELOPS", "Keeta") in facts(
        f"The bank uses Keeta, the payments service {verb} by Revolut.", "en")


@pytest.mark.parametrize("text,user,maker", [
    ("Oracle has put Cohere's Command R model into its cloud.", "Oracle", "Cohere"),
    ("Salesforce has woven Anthropic's models into its Slack app.", "Salesforce", "Anthropic"),
    ("Notion will bring Mistral AI's models to its editor.", "Notion", "Mistral AI"),
    ("Perplexity has leaned heavily on Meta's Llama models.", "Perplexity", "Meta"),
])
def test_building_on_another_firms_models_is_a_partnership(text: str, user: str,
                                                           maker: str) -> None:
    assert (user, "PARTNERS_WITH", maker) in facts(text, "en")


def test_putting_a_figure_at_a_level_is_no_partnership() -> None:
    assert not of(facts("A survey by Epoch AI put Cerebras's speed for Llama 3 at three times "
                        "that of any rival.", "en"), "PARTNERS_WITH")


@pytest.mark.parametrize("text,firm", [
    ("Black Forest Labs hat 300 Millionen Euro von Bosch und SAP eingesammelt.",
     "Black Forest Labs"),
    ("Black Forest Labs hatte mehr als 300 Millionen Euro unter anderem von Bosch und SAP "
     "eingesammelt.", "Black Forest Labs"),
    ("Helsing hat 20 Millionen Euro von Investoren wie Bosch und SAP erhalten.", "Helsing"),
])
def test_german_perfect_round_names_its_investors_before_the_participle(text: str,
                                                                         firm: str) -> None:
    assert {(i, "INVESTS_IN", firm) for i in ("Bosch", "SAP")} <= facts(text, "de")


def test_german_criticism_received_is_no_investment() -> None:
    assert not of(facts("Aleph Alpha hat viel Kritik von Bosch erhalten.", "de"), "INVESTS_IN")


@pytest.mark.parametrize("text,name", [
    ("The Center for AI and Digital Policy filed a complaint.", "Center for AI and Digital Policy"),
    ("The money came from the Ministry of Science and Technology.",
     "Ministry of Science and Technology"),
    ("He spoke before the Committee on Science, Space and Technology in Washington.",
     "Committee on Science, Space and Technology"),
    ("The Federal Ministry of Communications, Innovation and Digital Economy backs it.",
     "Federal Ministry of Communications, Innovation and Digital Economy"),
    ("The contest was run by the AI Commons, a community of engineers.", "AI Commons"),
    ("Tessellate, a youth-led nonprofit, backed the bill.", "Tessellate"),
])
def test_bodies_named_by_their_purpose_keep_their_whole_name(text: str, name: str) -> None:
    found = entities(text, "en")
    assert found.get(name) == "Organization"
    assert not {"Technology", "Space", "Commons", "Digital Policy"} & set(found)


def test_a_body_named_before_a_firm_does_not_swallow_it() -> None:
    found = entities("The Council of Europe and Microsoft signed a pact.", "en")
    assert {"Council of Europe", "Microsoft"} <= set(found)


def test_a_person_who_organizes_a_community_is_no_organization() -> None:
    assert entities("Omar Haddad, a community organizer, joined OpenAI.", "en").get(
        "Omar Haddad") == "Person"


def test_the_founder_of_a_collective_of_engineers() -> None:
    assert ("Lena Brandt", "FOUNDED", "AI Commons") in facts(
        "The contest was run by the AI Commons, a collective of engineers founded by Lena "
        "Brandt.", "en")


@pytest.mark.parametrize("text,lang,person,firm", [
    ("Lena Brandt, responsable produit de Mistral AI, a parlé.", "fr", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, directrice juridique de Mistral AI, a parlé.", "fr", "Lena Brandt",
     "Mistral AI"),
    ("Lena Brandt, directora jurídica de Cohere, habló.", "es", "Lena Brandt", "Cohere"),
    ("百度技术负责人王海峰表示，模型将开源。", "zh", "Wang Haifeng", "Baidu"),
    ("Lena Brandt, the product chief of Mistral AI, spoke.", "en", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, the general counsel of Mistral AI, spoke.", "en", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, diretora jurídica da Mistral AI, falou.", "pt", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, responsabile legale di Mistral AI, ha parlato.", "it", "Lena Brandt",
     "Mistral AI"),
])
def test_a_head_of_a_function_works_for_the_firm(text: str, lang: str, person: str,
                                                 firm: str) -> None:
    found = facts(text, lang)
    assert (person, "WORKS_FOR", firm) in found
    assert (person, "LEADS", firm) not in found


@pytest.mark.parametrize("text,lang,person,firm", [
    ("Lena Brandt, directrice générale de Mistral AI, a parlé.", "fr", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, patronne de Mistral AI, a parlé.", "fr", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, présidente exécutive de Mistral AI, a parlé.", "fr", "Lena Brandt",
     "Mistral AI"),
    ("Lena Brandt, directeur exécutif de Mistral AI, a parlé.", "fr", "Lena Brandt", "Mistral AI"),
    ("Lena Brandt, directora ejecutiva de Cohere, habló.", "es", "Lena Brandt", "Cohere"),
    ("Lena Brandt, the chief executive of Cohere, spoke.", "en", "Lena Brandt", "Cohere"),
    ("Cohere's chief, Lena Brandt, spoke.", "en", "Lena Brandt", "Cohere"),
    ("Lena Brandt, Co-Chefin von Helsing, lobte den Plan.", "de", "Lena Brandt", "Helsing"),
    ("Lena Brandt, Co-Vorstandschefin von Helsing, lobte den Plan.", "de", "Lena Brandt",
     "Helsing"),
    ("Lena Brandt, Verwaltungsratschefin von Helsing, lobte den Plan.", "de", "Lena Brandt",
     "Helsing"),
    ("Helsing-Verwaltungsratschefin Lena Brandt lobte den Plan.", "de", "Lena Brandt", "Helsing"),
    ("Lena Brandt, codirectora ejecutiva de Helsing, habló.", "es", "Lena Brandt", "Helsing"),
    ("Lena Brandt, co-CEO di Helsing, ha parlato.", "it", "Lena Brandt", "Helsing"),
    ("Lena Brandt, co-amministratrice delegata di Helsing, ha parlato.", "it", "Lena Brandt",
     "Helsing"),
    ("Lena Brandt, co-CEO da Helsing, falou.", "pt", "Lena Brandt", "Helsing"),
])
def test_the_chief_still_leads(text: str, lang: str, person: str, firm: str) -> None:
    assert (person, "LEADS", firm) in facts(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Lena Brandt ha contribuito a fondare Cohere nel 2019.", "it"),
    ("Lena Brandt ayudó a fundar Cohere en 2019.", "es"),
    ("Lena Brandt a contribué à fonder Cohere en 2019.", "fr"),
    ("Lena Brandt ajudou a fundar a Cohere em 2019.", "pt"),
    ("Lena Brandt quit Google in 2021 after co-founding Cohere.", "en"),
    ("Lena Brandt ha lasciato Google nel 2021 dopo aver cofondato Cohere.", "it"),
    ("Lena Brandt a quitté Google en 2021 après avoir cofondé Cohere.", "fr"),
    ("Lena Brandt dejó Google en 2021 tras cofundar Cohere.", "es"),
])
def test_helping_to_found_or_leaving_after_founding(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Lena Brandt", "FOUNDED", "Cohere") in found
    assert ("Lena Brandt", "FOUNDED", "Google") not in found


@pytest.mark.parametrize("text,lang", [
    ("Cohere, che Lena Brandt guida dal 2022, ha raccolto fondi.", "it"),
    ("A Cohere, que Lena Brandt lidera desde 2022, captou recursos.", "pt"),
    ("Cohere, que Lena Brandt dirige depuis 2022, a levé des fonds.", "fr"),
])
def test_a_relative_clause_with_its_subject_first_leads(text: str, lang: str) -> None:
    assert ("Lena Brandt", "LEADS", "Cohere") in facts(text, lang)


def test_a_latin_name_leading_a_chinese_round_is_an_investor() -> None:
    found = facts("智谱完成了由Fernbrook领投的3亿美元融资。", "zh")
    assert ("Fernbrook", "INVESTS_IN", "Zhipu AI") in found

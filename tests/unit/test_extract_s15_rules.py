"""Rules and name shapes added in session 15: members of a known model family written as one
token ("Qwen3-235B-A22B-2507"), compound adjectives after a model ("GPT-4-class"), working with
a firm as a partnership in more languages, and founders named by an apposition. Every sentence is
written for this file; the firms are invented or only named."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, lines


@pytest.mark.parametrize(("text", "lang", "model"), [
    ("Alibaba released Qwen3-235B-A22B-2507 on Monday.", "en", "Qwen3-235B-A22B-2507"),
    ("阿里巴巴推出了Qwen3-235B-A22B-2507和新的接口。", "zh", "Qwen3-235B-A22B-2507"),
    ("OpenAI a publié GPT-5.1-Codex mercredi.", "fr", "GPT-5.1-Codex"),
    ("Alibaba hat Qwen3-Max-Preview vorgestellt.", "de", "Qwen3-Max-Preview"),
    ("Google made Gemini 2.5 Deep Think available to subscribers.", "en",
     "Gemini 2.5 Deep Think"),
])
def test_a_known_model_with_a_variant_tail_is_one_member(text: str, lang: str,
                                                          model: str) -> None:
    found = entities(text, lang)
    assert found.get(model) == "Model"
    assert not any(t == "Organization" and n in model for n, t in found.items())


@pytest.mark.parametrize(("text", "lang"), [
    ("It is a GPT-4-class model, cheaper than GPT-4-powered tools.", "en"),
    ("Die GPT-4-basierten Werkzeuge kosten weniger.", "de"),
])
def test_a_compound_adjective_after_a_model_names_the_model(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert found.get("GPT-4") == "Model"
    assert not [n for n in found if n.startswith("GPT-4-")]


def test_an_unknown_model_keeps_its_name_without_the_adjective() -> None:
    found = entities("Orion-2-based tools and the Orion-2 model itself.", "en")
    assert found.get("Orion-2") == "Model"
    assert not [n for n in found if n.endswith("based")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Cohere, que trabaja con Nvidia, presentó su modelo.", "es"),
    ("La startup Cohere, che lavora con Nvidia, ha presentato il modello.", "it"),
    ("A Cohere, que trabalha com a Nvidia, apresentou o modelo.", "pt"),
    ("Cohere, qui a travaillé avec Nvidia sur ses puces, a présenté son modèle.", "fr"),
])
def test_working_with_a_firm_is_a_partnership(text: str, lang: str) -> None:
    assert ("Cohere", "PARTNERS_WITH", "Nvidia") in facts(text, lang)


def test_working_with_a_person_is_no_partnership() -> None:
    assert not [f for f in facts("Sam Altman trabaja con Satya Nadella desde 2019.", "es")
                if f[1] == "PARTNERS_WITH"]


@pytest.mark.parametrize(("text", "lang", "verb"), [
    ("Au moment où OpenAI présentait GPT-4.1, Google se taisait.", "fr", "présentait"),
    ("Elon Musk's xAI had pushed out Grok 4.1 the previous day.", "en", "pushed out"),
])
def test_more_release_verb_forms(text: str, lang: str, verb: str) -> None:
    found = facts(text, lang)
    assert any(p == "RELEASED" for _, p, _ in found), verb


@pytest.mark.parametrize(("text", "lang"), [
    ("LangChain builds agent tools. \"We want to grow,\" said Harrison Chase, co-founder and "
     "chief executive.", "en"),
    ("LangChain sviluppa strumenti per agenti. \"Vogliamo crescere\", ha detto Harrison Chase, "
     "cofondatore e amministratore delegato.", "it"),
])
def test_a_founder_apposition_without_a_firm_names_the_firm_in_context(text: str,
                                                                      lang: str) -> None:
    found = facts(text, lang)
    assert ("Harrison Chase", "FOUNDED", "LangChain") in found
    assert ("Harrison Chase", "LEADS", "LangChain") in found


def test_a_founder_of_another_firm_is_not_the_context_firm_founder() -> None:
    found = facts("LangChain builds agent tools. Harrison Chase, co-founder of Quillstone, "
                  "spoke.", "en")
    assert ("Harrison Chase", "FOUNDED", "LangChain") not in found


def test_a_camel_case_tool_kit_is_a_product() -> None:
    assert entities("XetHub a été créée en 2021.", "fr").get("XetHub") == "Organization"
    found = entities("OpenAI ha presentato a inizio ottobre AgentKit, un insieme di strumenti.",
                     "it")
    assert found.get("AgentKit") == "Product"
    assert ("OpenAI", "RELEASED", "AgentKit") in facts(
        "OpenAI ha presentato a inizio ottobre AgentKit, un insieme di strumenti.", "it")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Die Pläne der Europäischen Kommission liegen vor.", "de", "European Commission"),
    ("Der Vorstand der Deutschen Telekom tagte.", "de", "Deutsche Telekom"),
    ("La Comisión Federal de Comercio investiga a OpenAI.", "es", "Federal Trade Commission"),
    ("Die Abgeordneten der EU stimmten zu.", "de", "European Union"),
    ("L'Unione europea ha approvato il testo.", "it", "European Union"),
])
def test_public_bodies_in_their_usual_forms(text: str, lang: str, name: str) -> None:
    assert entities(text, lang).get(name) == "Organization"


def test_eu_in_a_compound_is_not_the_union() -> None:
    assert "European Union" not in entities(
        "Meta gibt laut dem EU-Transparenzregister 10 Millionen Euro aus.", "de")


@pytest.mark.parametrize(("text", "lang"), [
    ("The EU AI Act and the Digital Markets Act apply to Quillstone.", "en"),
    ("The Chips and Science Act passed in 2022.", "en"),
])
def test_a_law_is_no_organization(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not [n for n, t in found.items() if n.endswith("Act") and t != "Event"]
    assert [n for n, t in found.items() if n.endswith("Act") and t == "Event"]  # a named law


@pytest.mark.parametrize(("text", "lang"), [
    ("Anthropic confirmed it would sign the EU code of practice.", "en"),
    ("Google bestätigte, den Verhaltenskodex der EU zu unterzeichnen.", "de"),
])
def test_the_body_that_owns_an_event_leaves_the_event_to_the_rules(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert any(p == "ANNOUNCED" for _, p, _ in found)
    assert not [f for f in found if "European Union" in f]


def test_the_firm_after_in_is_what_a_german_backer_funds() -> None:
    """"Snowflake hat in Quillstone investiert und arbeitet mit Anthropic": the firm after
    "in" is funded, it funds nobody, and so the round is not carried over to Anthropic."""
    found = facts("Snowflake hat im vergangenen Jahr in Cohere investiert und arbeitet auch mit "
                  "Anthropic eng zusammen.", "de")
    assert ("Snowflake", "INVESTS_IN", "Cohere") in found
    assert not [f for f in found if f[1] == "INVESTS_IN" and f[2] == "Anthropic"]


@pytest.mark.parametrize(("text", "lang"), [
    ("La start-up Anysphere a levé 60 millions de dollars l'an dernier. Quillstone AI a annoncé "
     "mercredi avoir réuni 600 millions de dollars. Le tour a été mené par Thrive Capital, avec la "
     "participation de Nvidia.", "fr"),
    ("La start-up Anysphere ha captado 60 millones de dólares. Quillstone AI anunció el miércoles "
     "haber captado 600 millones de dólares. La ronda fue liderada por Thrive Capital, con la "
     "participación de Nvidia.", "es"),
])
def test_a_raise_told_in_the_infinitive_names_the_round(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Thrive Capital", "INVESTS_IN", "Quillstone AI") in found
    assert ("Thrive Capital", "INVESTS_IN", "Anysphere") not in found


@pytest.mark.parametrize(("text", "lang", "host", "labs"), [
    ("Amazon Web Services, whose Bedrock service sells models from Anthropic, Cohere and "
     "AI21 Labs, added more.", "en", "Amazon Web Services", {"Anthropic", "Cohere", "AI21 Labs"}),
    ("AWS added open-weight models from two Chinese developers, Alibaba and DeepSeek, to "
     "its catalogue.", "en", "Amazon Web Services", {"Alibaba", "DeepSeek"}),
    ("Google Cloud propose déjà les modèles d'Anthropic et de Meta dans Vertex AI.", "fr",
     "Google Cloud", {"Anthropic", "Meta"}),
    ("Microsoft bietet in Azure Modelle von OpenAI, Meta und Mistral AI an.", "de",
     "Microsoft", {"OpenAI", "Meta", "Mistral AI"}),
    ("IBM offre sulla sua piattaforma una selezione di modelli aperti provenienti da Hugging "
     "Face e da Meta.", "it", "IBM", {"Hugging Face", "Meta"}),
    ("Databricks ofrece en su plataforma modelos de Anthropic y de Mistral AI.", "es",
     "Databricks", {"Anthropic", "Mistral AI"}),
])
def test_a_platform_carrying_other_labs_models_partners_with_each(text: str, lang: str, host: str,
                                                                  labs: set[str]) -> None:
    found = facts(text, lang)
    assert {o for s, p, o in found if p == "PARTNERS_WITH" and s == host} | {
        s for s, p, o in found if p == "PARTNERS_WITH" and o == host} >= labs


def test_a_lab_offering_its_own_models_partners_with_nobody() -> None:
    assert not [f for f in facts("OpenAI does not offer models from Anthropic. Meta offers "
                                 "models of its own.", "en") if f[1] == "PARTNERS_WITH"]


@pytest.mark.parametrize(("text", "lang", "platform"), [
    ("Google Cloud propose déjà les modèles d'Anthropic dans Vertex AI.", "fr", "Vertex AI"),
    ("Microsoft bietet in Azure Modelle von OpenAI an.", "de", "Azure"),
])
def test_the_platform_a_model_is_offered_in_is_no_release(text: str, lang: str,
                                                          platform: str) -> None:
    assert not [f for f in facts(text, lang) if f[1] == "RELEASED" and f[2] == platform]


def test_a_release_in_a_month_still_counts() -> None:
    assert ("OpenAI", "RELEASED", "GPT-5") in facts(
        "OpenAI veröffentlichte in dieser Woche GPT-5.", "de")


@pytest.mark.parametrize(("text", "lang", "backer", "funded"), [
    ("Anthropic, dans lequel Amazon s'est engagé à investir jusqu'à 4 milliards de dollars, a "
     "réagi.", "fr", "Amazon", "Anthropic"),
    ("Mistral AI, in das Microsoft im Februar 15 Millionen Euro investiert hat, reagierte.", "de",
     "Microsoft", "Mistral AI"),
    ("Anthropic, en la que Google tiene una participación, reaccionó.", "es", "Google",
     "Anthropic"),
    ("Anthropic, in which Google holds a stake, reacted.", "en", "Google", "Anthropic"),
    ("OpenAI, which is backed by billions of dollars from Microsoft, said so.", "en", "Microsoft",
     "OpenAI"),
    ("Cohere, which is majority-owned by Oracle, said so.", "en", "Oracle", "Cohere"),
    ("Cohere, controllata da Oracle, ha detto.", "it", "Oracle", "Cohere"),
])
def test_a_backer_named_after_the_firm_it_funds(text: str, lang: str, backer: str,
                                                funded: str) -> None:
    assert (backer, "INVESTS_IN", funded) in facts(text, lang)


def test_no_stake_is_no_investment() -> None:
    assert not [f for f in facts("Anthropic, in which Google has no stake, reacted.", "en")
                if f[1] == "INVESTS_IN"]


@pytest.mark.parametrize(("text", "lang", "plaintiffs", "target"), [
    ("Suno et Udio, poursuivis depuis un an aux États-Unis par les maisons de disques, Universal "
     "Music et Sony Music, ont réagi.", "fr", {"Universal Music Group", "Sony Music"}, "Suno"),
    ("Perplexity has already been sued by Dow Jones.", "en", {"Dow Jones"}, "Perplexity"),
    ("Perplexity is also fending off lawsuits from Dow Jones and Reddit.", "en",
     {"Dow Jones", "Reddit"}, "Perplexity"),
    ("Penske Media a déposé plainte vendredi contre Google devant un tribunal fédéral.", "fr",
     {"Penske Media"}, "Google"),
    ("Die New York Times hat im Dezember Klage gegen OpenAI eingereicht.", "de",
     {"New York Times"}, "OpenAI"),
    ("Getty Images ha presentato una causa contro Stability AI.", "it", {"Getty Images"},
     "Stability AI"),
    ("Microsoft filed a separate lawsuit on Monday against Google.", "en", {"Microsoft"},
     "Google"),
])
def test_more_ways_to_tell_a_lawsuit(text: str, lang: str, plaintiffs: set[str],
                                     target: str) -> None:
    found = facts(text, lang)
    for plaintiff in plaintiffs:
        assert (plaintiff, "CRITICIZED", target) in found


def test_a_given_name_written_without_its_accent_is_a_given_name() -> None:
    assert ("Edouard Grave", "WORKS_FOR", "Kyutai") in facts(
        "Edouard Grave a rejoint Kyutai en 2023.", "fr")


@pytest.mark.parametrize(("text", "lang", "person", "firm"), [
    ("Guillaume Verdon worked for several years at Nvidia.", "en", "Guillaume Verdon", "Nvidia"),
    ("Guillaume Verdon a travaillé plusieurs années chez Nvidia.", "fr", "Guillaume Verdon",
     "Nvidia"),
    ("Chris Lattner arbeitete danach kurz bei Tesla.", "de", "Chris Lattner", "Tesla"),
])
def test_years_worked_at_a_firm_are_a_job_left(text: str, lang: str, person: str,
                                              firm: str) -> None:
    """A stint measured in years and told in the past is over: the person left."""
    assert (person, "LEFT", firm) in facts(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Mr. Kurian spent more than two decades at Oracle before joining Google in 2018.", "en"),
    ("Thomas Kurian a passé vingt ans chez Oracle avant de rejoindre Google.", "fr"),
])
def test_a_finished_stint_is_a_job_left(text: str, lang: str) -> None:
    assert ("Thomas Kurian", "LEFT", "Oracle") in facts(text, lang)


def test_a_stint_still_running_is_not_left() -> None:
    assert ("Lena Vogt", "LEFT", "Nvidia") not in facts("Lena Vogt has spent ten years at Nvidia.",
                                                        "en")


def test_a_platform_named_after_to_is_still_described_by_its_apposition() -> None:
    """The release-place guard reads releases only: "add Claude 2 to Vertex AI, its platform"
    still says whose platform Vertex AI is."""
    found = facts("Google Cloud said it would add Claude 2 to Vertex AI, its platform for "
                  "building applications.", "en")
    assert any(p == "DEVELOPS" and o == "Vertex AI" for _, p, o in found)


def test_dessen_points_to_the_firm_named_last() -> None:
    found = facts("AMD kaufte im Juli das finnische Start-up Silo AI. Dessen Chef Peter Sarlin "
                  "wechselte mit.", "de")
    assert ("Peter Sarlin", "LEADS", "Silo AI") in found
    assert ("Peter Sarlin", "LEADS", "AMD") not in found


def test_a_thing_of_the_company_is_made_by_the_firm_in_context() -> None:
    found = facts("Google a présenté ses excuses mardi. Gemini, l'assistant d'intelligence "
                  "artificielle du groupe, avait produit des images erronées.", "fr")
    assert ("Google", "DEVELOPS", "Gemini") in found


def test_a_thing_of_the_company_keeps_its_known_maker() -> None:
    found = facts("Google apologized on Tuesday. Sora, the video model of the company, came "
                  "later.", "en")
    assert ("Google", "DEVELOPS", "Sora") not in found


@pytest.mark.parametrize(("text", "lang", "name", "surface"), [
    ("The U.S. Commerce Department added Moore Threads to the list.", "en",
     "U.S. Department of Commerce", "U.S. Commerce Department"),
    ("Le Conseil d'État a rendu son avis.", "fr", "Conseil d'État", "Conseil d'État"),
])
def test_a_known_name_runs_over_an_abbreviation_dot_or_an_elision(text: str, lang: str,
                                                                  name: str,
                                                                  surface: str) -> None:
    rows = [x for x in lines(text, lang) if x["kind"] == "entity" and x["name"] == name]
    assert rows and surface in rows[0].get("aliases", [name]) + [rows[0]["name"]]


def test_a_possessive_apostrophe_still_ends_a_name() -> None:
    found = entities("OpenAI's Sam Altman met Meta's Mark Zuckerberg in the U.S. on Monday.", "en")
    assert found.get("OpenAI") == "Organization" and found.get("Meta") == "Organization"

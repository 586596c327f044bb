"""Portuguese shapes and the later Spanish/Italian/Portuguese rounds of session 3 (`ingest/rules/es_s3.yaml`,
`it_s3.yaml`, `pt_s3.yaml` and cue macros in the `*_lexicon.yaml` files). Each test uses an
invented sentence of the shape (invented companies such as "Zephyr AI"), not article text, so
the rules are checked as constructions: taking up a post, a board ousting someone, people leaving
in a list with appositions, a model followed by its release participle, an object relative."""

from __future__ import annotations

from extract_helpers import facts, lines, of



# ------------------------------------------------------------------ Portuguese
def test_pt_takes_up_the_post_of_chief() -> None:
    found = facts("Marco Silva, até agora responsável de vendas, assume como "
                  "presidente-executivo interino da Zephyr AI.", "pt")
    assert ("Marco Silva", "LEADS", "Zephyr AI") in found


def test_pt_held_the_post_points_to_the_company_in_context() -> None:
    found = facts("A Zephyr AI cresceu depressa. Ana Costa chegou a ocupar interinamente o "
                  "cargo de diretora-executiva em 2023.", "pt")
    assert ("Ana Costa", "LEADS", "Zephyr AI") in found


def test_pt_people_leaving_in_a_list_with_appositions() -> None:
    found = facts("A Zephyr AI confirmou que também saem Paulo Neves, diretor de pesquisa, e "
                  "Luís Matos.", "pt")
    assert {("Paulo Neves", "LEFT", "Zephyr AI"), ("Luís Matos", "LEFT", "Zephyr AI")} <= found


def test_pt_board_ousted_someone_of_the_company_in_context() -> None:
    found = facts("A Zephyr AI viveu uma crise. Em 2023, o conselho de administração demitiu "
                  "brevemente Paulo Neves.", "pt")
    assert ("Paulo Neves", "LEFT", "Zephyr AI") in found


def test_pt_went_over_to_a_rival_after_a_time_phrase() -> None:
    found = facts("Paulo Neves, outro dos fundadores, foi em agosto para a Anthropic.", "pt")
    assert ("Paulo Neves", "WORKS_FOR", "Anthropic") in found


def test_pt_model_then_object_relative_release() -> None:
    found = facts("O novo sistema supera o o1, o modelo de raciocínio que lançou em setembro.",
                  "pt")
    assert ("OpenAI", "RELEASED", "o1") in of(found, "RELEASED")


def test_pt_division_that_works_on_a_model_develops_it() -> None:
    found = facts("Os engenheiros vão para a divisão da Zephyr AI que trabalha no Breeze-2.",
                  "pt")
    assert ("Zephyr AI", "DEVELOPS", "Breeze-2") in found


def test_pt_buys_the_rest_of_a_company_and_promises_open_source() -> None:
    found = facts("A Zephyr AI anunciou a compra do restante da Nimbus Labs.", "pt")
    assert ("Zephyr AI", "ACQUIRED", "Nimbus Labs") in of(found, "ACQUIRED")
    found = facts("A Zephyr AI, que promete publicar como código aberto o seu próximo modelo, "
                  "não comentou.", "pt")
    assert ("Zephyr AI", "SUPPORTS", "open-weight release") in found


def test_pt_at_the_helm_with_a_co_leader() -> None:
    found = facts("Hoje Paulo Neves está à frente da Zephyr Labs ao lado do "
                  "ex-diretor-executivo do GitHub Nat Friedman.", "pt")
    assert {("Paulo Neves", "LEADS", "Zephyr Labs"), ("Nat Friedman", "LEADS", "Zephyr Labs")} \
        <= of(found, "LEADS")


# ------------------------------------------------------------------ Spanish, second round
def test_es_coordinated_verb_takes_up_a_post_far_from_its_subject() -> None:
    found = facts("Zephyr AI creció. Ana Ruiz, nacida en Lima, supervisó el desarrollo de "
                  "Breeze-2 y llegó a ocupar de forma interina el cargo de consejera delegada "
                  "en 2023.", "es")
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") in found


def test_es_sued_after_a_relative_clause_apposition() -> None:
    found = facts("Pedro Gómez, que dejó Nimbus Labs en 2018, demandó por primera vez a Zephyr "
                  "AI en febrero.", "es")
    assert ("Pedro Gómez", "CRITICIZED", "Zephyr AI") in found


def test_es_investor_apposition_after_a_city_epithet() -> None:
    found = facts("Microsoft presentó resultados. Según varios medios, el gigante de Redmond, "
                  "principal inversor de Zephyr AI, habría podido acceder a su tecnología.", "es")
    assert ("Microsoft", "INVESTS_IN", "Zephyr AI") in found


def test_es_hiring_a_described_firms_chief_and_cofounder() -> None:
    found = facts("En su lugar, Google ha contratado al consejero delegado de Nimbus Labs de "
                  "robótica asistida por IA, Ana Ruiz, a su cofundador Pedro Gómez y a varios "
                  "investigadores.", "es")
    assert ("Ana Ruiz", "LEADS", "Nimbus Labs") in found
    assert {("Ana Ruiz", "LEFT", "Nimbus Labs"), ("Pedro Gómez", "LEFT", "Nimbus Labs")} <= found


# ------------------------------------------------------------------ third round, all three
def test_development_of_a_list_of_known_models_names_their_maker() -> None:
    cases = [("Ana Ruiz supervisó el desarrollo de ChatGPT, del generador de imágenes DALL-E y "
              "del modelo GPT-4o.", "es"),
             ("Anna Bianchi ha supervisionato lo sviluppo di ChatGPT, del generatore di immagini "
              "DALL-E e del modello GPT-4o.", "it"),
             ("Ana Costa supervisionou o desenvolvimento do ChatGPT, do gerador de imagens DALL-E "
              "e do modelo GPT-4o.", "pt")]
    for text, lang in cases:
        found = of(facts(text, lang), "DEVELOPS")
        assert {("OpenAI", "DEVELOPS", "ChatGPT"), ("OpenAI", "DEVELOPS", "DALL-E"),
                ("OpenAI", "DEVELOPS", "GPT-4o")} <= found, lang


def test_competing_with_its_own_product_names_the_subjects_product() -> None:
    cases = [("Elon Musk dirige ahora su propia compañía, xAI, que compite directamente con "
              "OpenAI con su chatbot Grok.", "es"),
             ("Elon Musk guida xAI, che compete direttamente con OpenAI con il suo chatbot "
              "Grok.", "it"),
             ("Elon Musk dirige a xAI, que compete diretamente com a OpenAI com o seu chatbot "
              "Grok.", "pt")]
    for text, lang in cases:
        found = of(facts(text, lang), "DEVELOPS")
        assert ("xAI", "DEVELOPS", "Grok") in found, lang
        assert ("OpenAI", "DEVELOPS", "Grok") not in found, lang


def test_manifesto_titled_with_an_open_source_claim_is_an_open_stance() -> None:
    cases = [('Hace un año, Ana Ruiz había firmado un largo manifiesto titulado "La IA de código '
              'abierto es el camino".', "es", "Ana Ruiz"),
             ('Un anno fa Anna Bianchi aveva firmato un lungo manifesto intitolato "L\'IA open '
              'source è la strada da seguire".', "it", "Anna Bianchi"),
             ('Há um ano, Ana Costa assinou um longo manifesto intitulado "A IA de código aberto '
              'é o caminho".', "pt", "Ana Costa")]
    for text, lang, person in cases:
        assert (person, "SUPPORTS", "open-weight release") in facts(text, lang), lang


def test_es_quote_with_a_clitic_open_verb() -> None:
    found = facts('"Queremos construir el mejor modelo del mundo, abrirlo y hacerlo accesible '
                  'para todos", escribió Ana Ruiz, fundadora de Zephyr AI.', "es")
    assert ("Ana Ruiz", "SUPPORTS", "open-weight release") in found


def test_es_needs_the_new_structure_a_public_benefit_corporation() -> None:
    found = facts("Zephyr AI sostiene que necesita la nueva estructura, una sociedad de "
                  "beneficio público, para captar capital.", "es")
    assert ("Zephyr AI", "SUPPORTS", "for-profit restructuring") in found


def test_relative_clause_inside_an_apposition_names_a_past_employer() -> None:
    cases = [("Le sustituirá Ana Ruiz, una veterana de Google que trabajó brevemente en "
              "Microsoft.", "es", "Ana Ruiz"),
             ("La sostituirà Anna Bianchi, una veterana di Google che ha lavorato brevemente in "
              "Microsoft.", "it", "Anna Bianchi"),
             ("Vai substituí-lo Ana Costa, uma veterana do Google que trabalhou brevemente na "
              "Microsoft.", "pt", "Ana Costa")]
    for text, lang, person in cases:
        assert (person, "WORKS_FOR", "Microsoft") in facts(text, lang), lang


def test_es_a_products_deal_with_a_lab_is_its_makers_partnership() -> None:
    found = facts("Desde 2024, Siri puede derivar algunas consultas a ChatGPT gracias a un "
                  "acuerdo con OpenAI anunciado en junio.", "es")
    assert ("Apple", "PARTNERS_WITH", "OpenAI") in of(found, "PARTNERS_WITH")


def test_lawsuit_filed_by_named_people_criticizes_the_company_in_context() -> None:
    cases = [("Zephyr AI no reconoce haber actuado de forma ilegal. La demanda la interpusieron "
              "en 2024 los autores Ana Ruiz, Pedro Gómez y Lucía Vidal.", "es",
              ("Ana Ruiz", "Pedro Gómez", "Lucía Vidal")),
             ("Zephyr AI non riconosce di aver agito illegalmente. La causa era stata intentata "
              "nel 2024 dagli autori Anna Bianchi, Paolo Neri e Luca Verdi.", "it",
              ("Anna Bianchi", "Paolo Neri", "Luca Verdi")),
             ("A Zephyr AI não reconhece ter agido de forma ilegal. A ação foi movida em 2024 "
              "pelos autores Ana Costa, Paulo Neves e Luís Matos.", "pt",
              ("Ana Costa", "Paulo Neves", "Luís Matos"))]
    for text, lang, people in cases:
        found = of(facts(text, lang), "CRITICIZED")
        assert {(p, "CRITICIZED", "Zephyr AI") for p in people} <= found, lang


def test_both_firms_announced_a_deal_after_the_clause() -> None:
    cases = [("Zephyr AI ha alcanzado un acuerdo con Nimbus Labs para desplegar chips durante "
              "años, anunciaron este lunes ambas empresas.", "es"),
             ("Zephyr AI ha raggiunto un accordo con Nimbus Labs per fornire chip per anni, hanno "
              "annunciato lunedì le due società.", "it"),
             ("A Zephyr AI fechou um acordo com a Nimbus Labs para fornecer chips durante anos, "
              "anunciaram nesta segunda-feira as duas empresas.", "pt")]
    for text, lang in cases:
        announcers = {s for s, p, _ in facts(text, lang) if p == "ANNOUNCED"}
        assert {"Zephyr AI", "Nimbus Labs"} <= announcers, lang


def test_es_ex_written_together_with_the_title_is_a_former_role() -> None:
    found = facts("Zephyr AI ha fichado a Ana Ruiz, exinvestigadora de Google.", "es")
    assert ("Ana Ruiz", "LEFT", "Google") in found
    assert ("Ana Ruiz", "WORKS_FOR", "Google") not in found
    found = facts("La exdirectora de tecnología de OpenAI, Ana Ruiz, fundó Nimbus Labs.", "es")
    assert ("Ana Ruiz", "LEFT", "OpenAI") in found


def test_es_ex_inside_an_ordinary_word_is_not_a_former_role() -> None:
    found = facts("Ana Ruiz, experta de Google, habló en Madrid.", "es")
    assert not of(found, "LEFT")


def test_left_one_firm_to_join_another() -> None:
    cases = [("Ana Ruiz dejó Google para unirse a Zephyr AI.", "es", "Ana Ruiz"),
             ("Anna Bianchi ha lasciato Google per unirsi a Zephyr AI.", "it", "Anna Bianchi"),
             ("Ana Costa deixou o Google para se juntar à Zephyr AI.", "pt", "Ana Costa")]
    for text, lang, person in cases:
        found = facts(text, lang)
        assert {(person, "LEFT", "Google"), (person, "WORKS_FOR", "Zephyr AI")} <= found, lang


def test_es_puesto_en_abierto_is_an_open_release() -> None:
    found = facts("Zephyr AI ha puesto en abierto Breeze-2.", "es")
    assert ("Zephyr AI", "OPEN_SOURCED", "Breeze-2") in found


def test_claim_that_open_models_are_safer_is_an_open_stance() -> None:
    cases = [("Zephyr AI sostiene que los modelos abiertos son más seguros.", "es"),
             ("Zephyr AI sostiene che i modelli aperti sono più sicuri.", "it"),
             ("A Zephyr AI defende que os modelos abertos são mais seguros.", "pt")]
    for text, lang in cases:
        assert ("Zephyr AI", "SUPPORTS", "open-weight release") in facts(text, lang), lang


def test_doubting_or_denying_the_claim_is_no_open_stance() -> None:
    cases = [("Zephyr AI duda de que los modelos abiertos sean más seguros.", "es"),
             ("A Zephyr AI não acredita que os modelos abertos são mais seguros.", "pt")]
    for text, lang in cases:
        assert ("Zephyr AI", "SUPPORTS", "open-weight release") not in facts(text, lang), lang


def test_former_title_in_an_apposition_is_a_past_post() -> None:
    cases = [("Zephyr AI contrató a Pedro Gómez, antiguo responsable de IA de Apple.", "es",
              "Pedro Gómez"),
             ("Zephyr AI ha ingaggiato Paolo Neri, già responsabile dell'IA di Apple.", "it",
              "Paolo Neri"),
             ("A Zephyr AI contratou Paulo Neves, antigo responsável de IA da Apple.", "pt",
              "Paulo Neves")]
    for text, lang, person in cases:
        found = facts(text, lang)
        assert (person, "LEFT", "Apple") in found, lang
        assert (person, "WORKS_FOR", "Zephyr AI") in found, lang


def test_model_then_of_org_between_commas_names_its_maker() -> None:
    cases = [("Breeze-2, de Zephyr AI, compite con GPT-4o.", "es"),
             ("Breeze-2, di Zephyr AI, compete con GPT-4o.", "it"),
             ("O Breeze-2, da Zephyr AI, rivaliza com o GPT-4o.", "pt")]
    for text, lang in cases:
        assert ("Zephyr AI", "DEVELOPS", "Breeze-2") in facts(text, lang), lang


def test_whose_chief_is_names_the_leader() -> None:
    cases = [("Zephyr AI, cuyo consejero delegado es Ana Ruiz, lanzó Breeze-2.", "es", "Ana Ruiz"),
             ("Zephyr AI, il cui amministratore delegato è Anna Bianchi, ha lanciato Breeze-2.",
              "it", "Anna Bianchi"),
             ("A Zephyr AI, cuja diretora-executiva é Ana Costa, lançou o Breeze-2.", "pt",
              "Ana Costa")]
    for text, lang, person in cases:
        assert (person, "LEADS", "Zephyr AI") in facts(text, lang), lang


def test_at_the_helm_in_an_apposition() -> None:
    cases = [("Ana Ruiz, al frente de Zephyr AI desde 2023, habló en Madrid.", "es", "Ana Ruiz"),
             ("Ana Costa, à frente da Zephyr AI desde 2023, falou em Lisboa.", "pt", "Ana Costa")]
    for text, lang, person in cases:
        assert (person, "LEADS", "Zephyr AI") in facts(text, lang), lang


def test_organization_with_its_article_criticizes_as_a_rule_not_a_fallback() -> None:
    cases = [("La AEPD multó a Zephyr AI por usar datos de clientes de Google.", "es",
              "Agencia Española de Protección de Datos"),
             ("Il Garante ha multato Zephyr AI per l'uso dei dati degli utenti di Google.", "it",
              "Garante per la protezione dei dati personali")]
    for text, lang, regulator in cases:
        rules = {line["extractor"] for line in lines(text, lang) if line["kind"] == "fact"
                 and line["predicate"] == "CRITICIZED"
                 and line["subject"]["name"] == regulator
                 and line["object"]["name"] == "Zephyr AI"}
        assert rules and all(r.startswith("rule:") for r in rules), lang


def test_kb_knows_romance_language_companies_and_regulators() -> None:
    found = facts("Telefónica y la CNMC criticaron a Zephyr AI.", "es")
    assert {("Telefónica", "CRITICIZED", "Zephyr AI"),
            ("Comisión Nacional de los Mercados y la Competencia", "CRITICIZED", "Zephyr AI")} \
        <= found


def test_developed_by_names_the_maker() -> None:
    cases = [("Breeze-2, desarrollado por Zephyr AI, ya está disponible.", "es"),
             ("Breeze-2, sviluppato dalla startup Zephyr AI, è già disponibile.", "it"),
             ("O Breeze-2, desenvolvido pela Zephyr AI, já está disponível.", "pt")]
    for text, lang in cases:
        assert ("Zephyr AI", "DEVELOPS", "Breeze-2") in facts(text, lang), text


def test_an_open_model_developed_by_a_lab_was_open_sourced_by_it() -> None:
    """"An open-source model developed by X": the maker, and the weights are out
    (`open_lists.py`)."""
    cases = [("Breeze-2 es un modelo de código abierto desarrollado por Zephyr AI.", "es"),
             ("Breeze-2 è un modello open source sviluppato da Zephyr AI.", "it"),
             ("O Breeze-2 é um modelo de código aberto desenvolvido pela Zephyr AI.", "pt")]
    for text, lang in cases:
        assert ("Zephyr AI", "OPEN_SOURCED", "Breeze-2") in facts(text, lang), text


def test_developed_by_does_not_steal_a_known_labs_model() -> None:
    found = facts("GPT-4o, desarrollado por Zephyr AI, ya está disponible.", "es")
    assert ("Zephyr AI", "DEVELOPS", "GPT-4o") not in found


def test_small_cue_phrases_for_rivalry_safety_and_closed_models() -> None:
    assert ("Zephyr AI", "COMPETES_WITH", "OpenAI") in facts(
        "Zephyr AI se suma a la carrera contra OpenAI.", "es")
    assert ("Zephyr AI", "SUPPORTS", "AI safety priority") in facts(
        "Zephyr AI punta sulla sicurezza prima di tutto.", "it")
    assert ("Zephyr AI", "SUPPORTS", "closed models") in facts(
        "A Zephyr AI mantém fechados os seus modelos.", "pt")

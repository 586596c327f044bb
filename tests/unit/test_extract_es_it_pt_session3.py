"""Spanish, Italian and Portuguese sentence shapes added in session 3 (`ingest/rules/es_s3.yaml`,
`it_s3.yaml`, `pt_s3.yaml` and cue macros in the `*_lexicon.yaml` files). Each test uses an
invented sentence of the shape (invented companies such as "Zephyr AI"), not article text, so
the rules are checked as constructions: taking up a post, a board ousting someone, people leaving
in a list with appositions, a model followed by its release participle, an object relative."""

from __future__ import annotations

from extract_helpers import facts, lines, of


# ------------------------------------------------------------------ Spanish
def test_es_takes_up_the_post_of_chief_of_what_remains() -> None:
    found = facts("Jorge Vidal, hasta ahora responsable de ventas, asume como consejero delegado "
                  "interino de lo que queda de Zephyr AI.", "es")
    assert ("Jorge Vidal", "LEADS", "Zephyr AI") in found


def test_es_held_the_post_interim_points_to_the_company_in_context() -> None:
    found = facts("Zephyr AI creció deprisa. Ana Ruiz llegó a ocupar de forma interina el cargo "
                  "de consejera delegada en noviembre de 2023.", "es")
    assert ("Ana Ruiz", "LEADS", "Zephyr AI") in found


def test_es_people_leaving_in_a_list_with_appositions() -> None:
    found = facts("Zephyr AI confirmó que también se marchan Pedro Gómez, director de "
                  "investigación, y Lucía Vidal.", "es")
    assert {("Pedro Gómez", "LEFT", "Zephyr AI"), ("Lucía Vidal", "LEFT", "Zephyr AI")} <= found


def test_es_board_ousted_someone_of_the_company_in_context() -> None:
    found = facts("Zephyr AI vivió una crisis. En 2023, el consejo de administración destituyó "
                  "brevemente a Pedro Gómez.", "es")
    assert ("Pedro Gómez", "LEFT", "Zephyr AI") in found


def test_es_went_over_to_a_rival_after_a_time_phrase() -> None:
    found = facts("Pedro Gómez, otro de los fundadores, se fue en agosto a Anthropic.", "es")
    assert ("Pedro Gómez", "WORKS_FOR", "Anthropic") in found


def test_es_sued_for_the_first_time_the_company_in_context() -> None:
    found = facts("Zephyr AI publicó un modelo nuevo. Elon Musk demandó por primera vez a la "
                  "compañía en febrero.", "es")
    assert ("Elon Musk", "CRITICIZED", "Zephyr AI") in found


def test_es_model_then_object_relative_release() -> None:
    found = facts("El nuevo sistema supera a o1, el modelo de razonamiento que lanzó en "
                  "septiembre.", "es")
    assert ("OpenAI", "RELEASED", "o1") in of(found, "RELEASED")


def test_es_division_that_works_on_a_model_develops_it() -> None:
    found = facts("Los ingenieros se unirán a la división de Zephyr AI que trabaja en Breeze-2.",
                  "es")
    assert ("Zephyr AI", "DEVELOPS", "Breeze-2") in found


def test_es_buys_the_rest_of_a_company() -> None:
    found = facts("Zephyr AI anunció la compra del resto de Nimbus Labs.", "es")
    assert ("Zephyr AI", "ACQUIRED", "Nimbus Labs") in of(found, "ACQUIRED")


def test_es_promises_to_publish_as_open_source() -> None:
    found = facts("Zephyr AI, que promete publicar como código abierto su próximo modelo, no "
                  "quiso comentar.", "es")
    assert ("Zephyr AI", "SUPPORTS", "open-weight release") in found


def test_es_took_up_a_post_but_no_company_named_stays_silent() -> None:
    found = facts("Ana Ruiz ocupó el cargo de consejera delegada.", "es")
    assert not of(found, "LEADS")


def test_es_at_the_helm_with_a_co_leader_after_junto_a() -> None:
    found = facts("Hoy Paolo Neri está al frente de Zephyr Labs junto al ex consejero delegado "
                  "de GitHub Nat Friedman.", "es")
    assert {("Paolo Neri", "LEADS", "Zephyr Labs"), ("Nat Friedman", "LEADS", "Zephyr Labs")} \
        <= of(found, "LEADS")


# ------------------------------------------------------------------ Italian
def test_it_takes_up_the_role_of_chief() -> None:
    found = facts("Marco Rossi, finora responsabile delle vendite, assume il ruolo di "
                  "amministratore delegato ad interim di Zephyr AI.", "it")
    assert ("Marco Rossi", "LEADS", "Zephyr AI") in found


def test_it_held_the_post_points_to_the_company_in_context() -> None:
    found = facts("Zephyr AI è cresciuta in fretta. Anna Bianchi ha ricoperto ad interim la "
                  "carica di amministratrice delegata nel 2023.", "it")
    assert ("Anna Bianchi", "LEADS", "Zephyr AI") in found


def test_it_people_leaving_in_a_list_with_appositions() -> None:
    found = facts("Zephyr AI ha confermato che lasciano anche Paolo Neri, direttore della "
                  "ricerca, e Luca Verdi.", "it")
    assert {("Paolo Neri", "LEFT", "Zephyr AI"), ("Luca Verdi", "LEFT", "Zephyr AI")} <= found


def test_it_board_fired_someone_of_the_company_in_context() -> None:
    found = facts("Zephyr AI ha vissuto una crisi. Nel 2023 il consiglio di amministrazione ha "
                  "licenziato Paolo Neri.", "it")
    assert ("Paolo Neri", "LEFT", "Zephyr AI") in found


def test_it_went_over_to_a_rival_after_a_time_phrase() -> None:
    found = facts("Paolo Neri, un altro dei fondatori, è passato ad agosto ad Anthropic.", "it")
    assert ("Paolo Neri", "WORKS_FOR", "Anthropic") in found


def test_it_sued_for_the_first_time_the_company_in_context() -> None:
    found = facts("Zephyr AI ha pubblicato un modello. Elon Musk ha fatto causa per la prima "
                  "volta alla società a febbraio.", "it")
    assert ("Elon Musk", "CRITICIZED", "Zephyr AI") in found


def test_it_model_then_uscito_names_its_maker() -> None:
    found = facts("Meta ha rinviato il modello più grande. Llama 4, uscito ad aprile, ha "
                  "deluso.", "it")
    assert ("Meta", "RELEASED", "Llama 4") in of(found, "RELEASED")


def test_it_model_then_object_relative_release() -> None:
    found = facts("Il nuovo sistema supera o1, il modello di ragionamento che ha lanciato a "
                  "settembre.", "it")
    assert ("OpenAI", "RELEASED", "o1") in of(found, "RELEASED")


def test_it_division_that_works_on_a_model_develops_it() -> None:
    found = facts("Gli ingegneri entreranno nella divisione di Zephyr AI che lavora su "
                  "Breeze-2.", "it")
    assert ("Zephyr AI", "DEVELOPS", "Breeze-2") in found


def test_it_buys_the_rest_of_a_company() -> None:
    found = facts("Zephyr AI ha annunciato l'acquisizione del resto di Nimbus Labs.", "it")
    assert ("Zephyr AI", "ACQUIRED", "Nimbus Labs") in of(found, "ACQUIRED")


def test_it_co_leader_after_insieme_a() -> None:
    found = facts("Oggi Paolo Neri è alla guida di Zephyr Labs insieme all'ex amministratore "
                  "delegato di GitHub Nat Friedman.", "it")
    assert ("Nat Friedman", "LEADS", "Zephyr Labs") in of(found, "LEADS")

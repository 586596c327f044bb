"""German sentence shapes added in session 3 (`ingest/rules/de_s3.yaml` and cue macros in
`ingest/rules/de.yaml`). Each test uses an invented sentence of the shape, not article text, so
the rules are checked as constructions: a membership phrase, a list after "darunter", a fronted
object, inflected role nouns (genitive "-s", dative plural "-n")."""

from __future__ import annotations

from extract_helpers import facts, of


def test_among_the_cofounders_dative_plural() -> None:
    found = facts("Jonas Kessler gehört zu den Mitgründern von Nordlicht AI.", "de")
    assert ("Jonas Kessler", "FOUNDED", "Nordlicht AI") in found


def test_founded_by_group_then_darunter_names_founders_and_their_former_employer() -> None:
    found = facts("Nordlicht AI wurde 2022 von früheren Siemens-Ingenieuren gegründet, darunter "
                  "die Geschwister Jonas und Paula Kessler.", "de")
    assert {("Jonas Kessler", "FOUNDED", "Nordlicht AI"),
            ("Paula Kessler", "FOUNDED", "Nordlicht AI")} <= of(found, "FOUNDED")
    assert {("Jonas Kessler", "LEFT", "Siemens"),
            ("Paula Kessler", "LEFT", "Siemens")} <= of(found, "LEFT")


def test_staff_coming_from_a_firm_left_it() -> None:
    found = facts("Viele der neuen Mitarbeiter kommen von Google, darunter Lena Vogt und "
                  "Marc Weber.", "de")
    assert {("Lena Vogt", "LEFT", "Google"), ("Marc Weber", "LEFT", "Google")} <= found


def test_rivals_named_after_wie_in_a_competition_phrase() -> None:
    found = facts("Nordlicht AI sieht sich in Konkurrenz zu OpenAI, aber auch zu europäischen "
                  "Anbietern wie Mistral AI.", "de")
    assert ("Nordlicht AI", "COMPETES_WITH", "Mistral AI") in of(found, "COMPETES_WITH")


def test_organization_criticizes_that() -> None:
    found = facts("Hugging Face kritisiert, dass Nordlicht AI seine Trainingsdaten verschweigt.",
                  "de")
    assert ("Hugging Face", "CRITICIZED", "Nordlicht AI") in found


def test_invests_an_amount_in_a_described_company() -> None:
    found = facts("Siemens investiert weitere zwei Milliarden Euro in den Robotikentwickler "
                  "Nordlicht AI.", "de")
    assert ("Siemens", "INVESTS_IN", "Nordlicht AI") in of(found, "INVESTS_IN")


def test_holds_a_stake_of_some_percent() -> None:
    found = facts("Siemens hielt bereits einen Anteil von rund 20 Prozent an Nordlicht AI.", "de")
    assert ("Siemens", "INVESTS_IN", "Nordlicht AI") in found


def test_fronted_object_then_subject_after_the_auxiliary() -> None:
    found = facts("Sein Modell Polaris-2 hatte Nordlicht AI erst im März vorgestellt.", "de")
    assert ("Nordlicht AI", "RELEASED", "Polaris-2") in of(found, "RELEASED")


def test_fronted_object_with_negation_is_not_a_release() -> None:
    found = facts("Sein Modell Polaris-2 hat Nordlicht AI bisher nicht vorgestellt.", "de")
    assert ("Nordlicht AI", "RELEASED", "Polaris-2") not in found


def test_responsible_at_in_an_apposition() -> None:
    found = facts("Lena Vogt, bei Siemens für Robotik zuständig, sagte das am Montag.", "de")
    assert ("Lena Vogt", "WORKS_FOR", "Siemens") in found


def test_weights_fronted_and_withheld_is_a_closed_stance() -> None:
    found = facts("Die Gewichte seiner Modelle veröffentlicht Nordlicht AI nicht.", "de")
    assert ("Nordlicht AI", "SUPPORTS", "closed models") in found
    assert ("Nordlicht AI", "SUPPORTS", "open-weight release") not in found


def test_model_described_as_the_companys_model() -> None:
    found = facts("Nordlicht AI zeigte das Modell Polaris-3. Polaris-3, das stärkste Modell des "
                  "Unternehmens, ist schnell.", "de")
    assert ("Nordlicht AI", "DEVELOPS", "Polaris-3") in found


def test_genitive_role_after_former() -> None:
    found = facts("Das Labor ist eine Gründung des früheren Google-Chefwissenschaftlers "
                  "Jonas Kessler.", "de")
    assert ("Jonas Kessler", "LEFT", "Google") in found


def test_strategy_of_open_model_weights() -> None:
    found = facts("Nordlicht AI bleibt damit bei seiner Strategie offener Modellgewichte.", "de")
    assert ("Nordlicht AI", "SUPPORTS", "open-weight release") in found


def test_in_training_after_a_source_phrase_is_developing_not_released() -> None:
    found = facts("Ein neues Modell namens GPT-6 befindet sich nach eigenen Angaben noch im "
                  "Training.", "de")
    assert ("OpenAI", "DEVELOPS", "GPT-6") in found
    assert ("OpenAI", "RELEASED", "GPT-6") not in found


def test_firm_of_named_people_is_run_by_them() -> None:
    found = facts("Polarfonds Capital, eine Beteiligungsgesellschaft von Lena Vogt und "
                  "Nordlicht-Mitgründer Marc Weber, ist ebenfalls beteiligt.", "de")
    assert {("Lena Vogt", "LEADS", "Polarfonds Capital"),
            ("Marc Weber", "LEADS", "Polarfonds Capital")} <= of(found, "LEADS")


def test_relative_clause_with_frueher_is_a_past_employer() -> None:
    found = facts("Marc Weber, der früher die Robotik-Forschung von Siemens leitete, kam 2023 "
                  "zu Nordlicht AI.", "de")
    assert ("Marc Weber", "LEFT", "Siemens") in found
    assert ("Marc Weber", "LEADS", "Siemens") not in found


def test_supplying_models_or_training_on_chips_is_a_partnership() -> None:
    assert ("Nordlicht AI", "PARTNERS_WITH", "Siemens") in facts(
        "Nordlicht AI liefert seine Modelle an Siemens.", "de")
    assert ("Nordlicht AI", "PARTNERS_WITH", "Nvidia") in facts(
        "Nordlicht AI trainiert seine künftigen Modelle auf Nvidias neuen Blackwell-Chips.", "de")
    assert ("Nordlicht AI", "PARTNERS_WITH", "Nvidia") not in facts(
        "Nordlicht AI trainiert seine Modelle nicht auf Nvidias Chips.", "de")

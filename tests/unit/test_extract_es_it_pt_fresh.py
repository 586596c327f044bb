"""Spanish, Italian and Portuguese shapes found on fresh news text (session 3, second round).

Every sentence is invented for this file. The shapes: a regulator that imposes a fine on a
company ("ha impuesto una multa de ... a X"), a future join ("vai se juntar à X"), a company
whose apposition separates it from its refusal to publish weights, a model only reachable
through an API, a founder introduced by a former job ("cofundada por el ex investigador de Y
Ana Ruiz"), and "disputa o mercado ... com X". Guards pin what must not come out.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, of

CLOSED = "closed models"

EXACT: list[tuple[str, str, tuple[str, ...], set[Triple]]] = [
    ("es", "La Comisión Europea ha impuesto una multa de 300 millones de euros a Meta por el "
           "uso de datos personales.", ("CRITICIZED",),
     {("European Commission", "CRITICIZED", "Meta")}),
    ("it", "La Commissione europea ha inflitto una multa da 200 milioni di euro ad Apple per "
           "abuso di posizione dominante.", ("CRITICIZED",),
     {("European Commission", "CRITICIZED", "Apple")}),
    ("pt", "A Comissão Europeia aplicou uma multa de 90 milhões de euros à Microsoft por "
           "práticas anticoncorrenciais.", ("CRITICIZED",),
     {("European Commission", "CRITICIZED", "Microsoft")}),
    ("pt", "Ana Souza vai se juntar à Nvidia como vice-presidente de engenharia.", ("WORKS_FOR",),
     {("Ana Souza", "WORKS_FOR", "Nvidia")}),
    ("es", "Kestrel AI, fundada en Barcelona en 2023, no publicará los pesos de su nuevo modelo.",
     ("SUPPORTS",), {("Kestrel AI", "SUPPORTS", CLOSED)}),
    ("es", "Corvo Labs, cofundada por la ex ingeniera de Google Marta Vidal, prepara su primer "
           "producto.", ("FOUNDED",), {("Marta Vidal", "FOUNDED", "Corvo Labs")}),
    ("it", "Nebbia AI, cofondata dall'ex ingegnere di Meta Sara Colombo, apre un ufficio a "
           "Torino.", ("FOUNDED",), {("Sara Colombo", "FOUNDED", "Nebbia AI")}),
    ("pt", "A Brisa AI, fundada pela ex-engenheira da Nvidia Carla Mendes, abriu um escritório "
           "em Lisboa.", ("FOUNDED",), {("Carla Mendes", "FOUNDED", "Brisa AI")}),
    ("pt", "A Brisa AI disputa o mercado de assistentes com a OpenAI.", ("COMPETES_WITH",),
     {("Brisa AI", "COMPETES_WITH", "OpenAI")}),
]


@pytest.mark.parametrize("lang, text, predicates, expected", EXACT)
def test_fresh_shape(lang: str, text: str, predicates: tuple[str, ...],
                     expected: set[Triple]) -> None:
    """Each shape gives at least its triples for the predicates looked at."""
    assert of(facts(text, lang), *predicates) >= expected


def test_model_only_via_api_it() -> None:
    """'Aura-7, disponibile solo tramite API': the owner keeps the model closed."""
    found = facts("Fenice AI ha lanciato Aura-7, disponibile solo tramite API.", "it")
    assert ("Fenice AI", "SUPPORTS", CLOSED) in found


# ------------------------------------------------------------------ guards
def test_no_fine_without_fine() -> None:
    """A fine that was not imposed is no criticism."""
    found = facts("La Comisión Europea no ha impuesto ninguna multa a Meta.", "es")
    assert not of(found, "CRITICIZED")


def test_apposition_org_does_not_withhold() -> None:
    """The company inside the apposition is not the one keeping its weights closed."""
    found = facts("Kestrel AI, cofundada por el ex investigador de OpenAI Pablo Gil, no publicará "
                  "los pesos de su modelo.", "es")
    assert ("OpenAI", "SUPPORTS", CLOSED) not in found


def test_former_employer_not_founded() -> None:
    """The former employer named before the founder is not what the founder set up."""
    found = facts("A Brisa AI, fundada pela ex-engenheira da Nvidia Carla Mendes, abriu um "
                  "escritório em Lisboa.", "pt")
    assert ("Carla Mendes", "FOUNDED", "Nvidia") not in found


def test_publishing_weights_is_not_closed() -> None:
    """An apposition followed by a promise to publish weights is no closed stance."""
    found = facts("Kestrel AI, fundada en Barcelona en 2023, publicará los pesos de su modelo.",
                  "es")
    assert ("Kestrel AI", "SUPPORTS", CLOSED) not in found


# ------------------------------------------- second step: came-from, round investors, licence
MORE: list[tuple[str, str, tuple[str, ...], set[Triple]]] = [
    ("es", "Beatriz Olmedo procede de Nvidia, donde dirigía el equipo de inferencia.", ("LEFT",),
     {("Beatriz Olmedo", "LEFT", "Nvidia")}),
    ("it", "Matteo Greco arriva da Microsoft, dove guidava la divisione cloud.", ("LEFT",),
     {("Matteo Greco", "LEFT", "Microsoft")}),
    ("pt", "Júlia Ramos vem da Amazon, onde chefiava a área de robótica.", ("LEFT",),
     {("Júlia Ramos", "LEFT", "Amazon")}),
    ("pt", "A Ipê AI captou 12 milhões de dólares numa rodada liderada pela Tucanara, com "
           "participação de investidores-anjo.", ("INVESTS_IN",),
     {("Tucanara", "INVESTS_IN", "Ipê AI")}),
    ("es", "Lince AI ha cerrado una ronda liderada por Alcaraván, con la participación de "
           "Nvidia.", ("INVESTS_IN",), {("Alcaraván", "INVESTS_IN", "Lince AI")}),
    ("it", "Soliton Labs ha rilasciato Soliton-4 con licenza aperta.", ("OPEN_SOURCED",),
     {("Soliton Labs", "OPEN_SOURCED", "Soliton-4")}),
]


@pytest.mark.parametrize("lang, text, predicates, expected", MORE)
def test_fresh_shape_more(lang: str, text: str, predicates: tuple[str, ...],
                          expected: set[Triple]) -> None:
    """Each shape gives at least its triples for the predicates looked at."""
    assert of(facts(text, lang), *predicates) >= expected


def test_round_led_by_person_is_no_org() -> None:
    """A round led by a named person does not turn the first name into an investor firm."""
    found = facts("A Ipê AI captou 12 milhões numa rodada liderada pela Maria Fonseca.", "pt")
    assert not any(t[0] == "Maria" for t in of(found, "INVESTS_IN"))


def test_comes_from_city_is_not_left() -> None:
    """Coming from a place is no departure from a company."""
    found = facts("Beatriz Olmedo procede de Sevilla, donde estudió ingeniería.", "es")
    assert not of(found, "LEFT")


SAFETY = "AI safety priority"


@pytest.mark.parametrize("lang, text, org", [
    ("es", "Brisa AI asegura que siempre ha priorizado la seguridad de sus modelos.", "Brisa AI"),
    ("it", "Nebbia AI ha ribadito che la sicurezza resta la sua priorità.", "Nebbia AI"),
])
def test_safety_priority_finite(lang: str, text: str, org: str) -> None:
    """A finite 'has prioritized safety' / 'safety remains its priority' is the safety stance."""
    assert (org, "SUPPORTS", SAFETY) in facts(text, lang)


def test_safety_not_prioritized_guard() -> None:
    """A denied priority is no safety stance."""
    found = facts("Según sus críticos, Brisa AI nunca ha priorizado la seguridad.", "es")
    assert ("Brisa AI", "SUPPORTS", SAFETY) not in found

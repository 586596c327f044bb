"""Session-3 generalization rules for stances, announcements, possessives, appointments, fields
of rivals, alumni and a leader's title without a name.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


# ------------------------------------------------------------------ stances in plain prose
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Unlike Nimbus Labs, which makes the weights of its Odin models freely downloadable, '
           'Zephyr AI sells access.',
     ('Nimbus Labs', 'SUPPORTS', 'open-weight release')),
    ('en', 'Zephyr AI released Odin-3 on Monday. The models are not open-weight, and customers '
           'reach them through an API.',
     ('Zephyr AI', 'SUPPORTS', 'closed models')),
    ('fr', 'Zephyr AI propose ses modèles pour une fraction du coût et en publie les poids en '
           'accès libre.',
     ('Zephyr AI', 'SUPPORTS', 'open-weight release')),
    ('es', 'Zephyr AI dijo que sigue comprometida con el desarrollo de sistemas de IA seguros.',
     ('Zephyr AI', 'SUPPORTS', 'AI safety priority')),
    ('en', '"We want to bias towards caution," said Mira Patel, the chief scientist of Zephyr AI.',
     ('Mira Patel', 'SUPPORTS', 'AI safety priority')),
])
def test_stances_stated_in_prose(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_an_organization_inside_a_persons_apposition_takes_no_stance() -> None:
    """"A, CEO of X, argued that labs must put safety first": A's stance, not X's."""
    found = facts('Ana Ruiz, consejera delegada de Zephyr AI, ha defendido que los laboratorios '
                  'deben anteponer la seguridad a la velocidad.', 'es')
    assert ('Zephyr AI', 'SUPPORTS', 'AI safety priority') not in found


# ------------------------------------------------------------------ announcements
@pytest.mark.parametrize(("lang", "text", "subject"), [
    ('en', 'Satya Nadella announced that two researchers would join Microsoft.', 'Satya Nadella'),
    ('en', 'Zephyr AI announced on Monday that its board will keep control.', 'Zephyr AI'),
    ('fr', 'Zephyr AI a réduit ses prix de 80 %, a annoncé mardi Claire Dubois sur X.',
     'Claire Dubois'),
    ('it', 'Mark Zuckerberg ha annunciato che il laboratorio avrà un nuovo capo.',
     'Mark Zuckerberg'),
    ('es', 'Ana Ruiz anunció este lunes que Zephyr AI abrirá una oficina en Madrid.', 'Ana Ruiz'),
])
def test_an_announcement_with_its_content_clause(lang: str, text: str, subject: str) -> None:
    assert any(s == subject for s, p, _ in facts(text, lang) if p == 'ANNOUNCED')


def test_announcing_a_departure_is_no_announcement_fact() -> None:
    """No content clause: the departure itself is the fact ("announced his departure")."""
    assert not of(facts('Mira Patel announced her departure from Zephyr AI on Tuesday.', 'en'),
                  'ANNOUNCED')


# ------------------------------------------------------------------ possessives, funding memory
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Anthropic raised money. It will use the cash in its Claude chatbot.',
     ('Anthropic', 'DEVELOPS', 'Claude')),
    ('fr', 'OpenAI a réduit le prix de o3, son modèle de raisonnement le plus avancé.',
     ('OpenAI', 'DEVELOPS', 'o3')),
])
def test_a_possessive_before_a_known_model_names_its_maker(lang: str, text: str,
                                                           expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_a_possessive_far_from_the_model_names_no_maker() -> None:
    found = facts('Microsoft said its customers prefer ChatGPT to Gemini.', 'en')
    assert ('OpenAI', 'DEVELOPS', 'ChatGPT') not in found


def test_a_later_round_sentence_funds_the_company_that_raised() -> None:
    """The investor named in the first sentence is the most recent organization; the
    company that raised is still where the round's other backers go."""
    text = ('Zephyr AI has raised $600 million in a new round, with Nvidia among the backers. '
            'The round also drew Fidelity and BlackRock, among others.')
    found = of(facts(text, 'en'), 'INVESTS_IN')
    assert {('Fidelity', 'INVESTS_IN', 'Zephyr AI'),
            ('BlackRock', 'INVESTS_IN', 'Zephyr AI')} <= found
    assert not any(o == 'Nvidia' for _, _, o in found)


# ------------------------------------------------------------------ appointments, pronoun backers
def test_named_as_interim_leader_of_a_company() -> None:
    found = facts('It named Mira Patel, the chief technology officer, as interim CEO of Zephyr AI.',
                  'en')
    assert ('Mira Patel', 'LEADS', 'Zephyr AI') in found


def test_replaced_with_someone_as_interim_chief_of_the_company_in_context() -> None:
    found = facts('Zephyr AI fired its founder. The board replaced him with Tomas Berg, the former '
                  'head of Nimbus Labs, as interim chief.', 'en')
    assert ('Tomas Berg', 'LEADS', 'Zephyr AI') in found


def test_a_role_of_the_lab_in_context() -> None:
    found = facts('Zephyr AI a publié un modèle. Claire Dubois, directrice générale du '
                  'laboratoire, l\'a présenté.', 'fr')
    assert ('Claire Dubois', 'LEADS', 'Zephyr AI') in found


def test_a_pronoun_after_a_time_adverbial_joins_a_round() -> None:
    text = ('Nvidia backs many labs. In June it joined a $600 million round for Zephyr AI, the '
            'Paris-based developer of open models, alongside Samsung and Cisco.')
    found = of(facts(text, 'en'), 'INVESTS_IN')
    assert {('Nvidia', 'INVESTS_IN', 'Zephyr AI'), ('Samsung', 'INVESTS_IN', 'Zephyr AI'),
            ('Cisco', 'INVESTS_IN', 'Zephyr AI')} <= found


# ------------------------------------------------------------------ a field of rivals
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Zephyr AI released Odin-3. The launch lands in a market where OpenAI, Google and '
           'others trade benchmark wins almost weekly.',
     {('Zephyr AI', 'COMPETES_WITH', 'OpenAI'), ('Zephyr AI', 'COMPETES_WITH', 'Google')}),
    ('fr', 'Zephyr AI publie Odin-3. Elle rejoint une course dominée jusqu\'ici par OpenAI.',
     {('Zephyr AI', 'COMPETES_WITH', 'OpenAI')}),
    ('fr', 'Zephyr AI perd du terrain. Face à elle, Nimbus Labs et OpenAI avancent vite.',
     {('Zephyr AI', 'COMPETES_WITH', 'Nimbus Labs'), ('Zephyr AI', 'COMPETES_WITH', 'OpenAI')}),
])
def test_rivals_named_in_a_field_compete_with_the_company_of_the_text(
        lang: str, text: str, expected: set) -> None:
    found = {tuple(sorted((s, o))) for s, p, o in facts(text, lang) if p == 'COMPETES_WITH'}
    assert {tuple(sorted((s, o))) for s, _, o in expected} <= found


def test_a_market_without_rivals_named_gives_no_rivalry() -> None:
    found = facts('Zephyr AI released Odin-3 in a market where prices keep falling.', 'en')
    assert not of(found, 'COMPETES_WITH')


def test_joined_rival_x_competes_with_the_first_organization_of_the_sentence() -> None:
    found = facts('Mira Patel left OpenAI in May and joined rival Zephyr AI.', 'en')
    assert ('Zephyr AI', 'COMPETES_WITH', 'OpenAI') in found or \
        ('OpenAI', 'COMPETES_WITH', 'Zephyr AI') in found


def test_rejoindre_son_concurrent() -> None:
    found = facts('Claire Dubois a quitté Google pour rejoindre son concurrent Zephyr AI.', 'fr')
    assert ('Zephyr AI', 'COMPETES_WITH', 'Google') in found or \
        ('Google', 'COMPETES_WITH', 'Zephyr AI') in found


def test_the_team_someone_led_is_no_rival_but_its_company_is() -> None:
    found = facts("Jan Leike led OpenAI's Superalignment team. He quit and joined rival Anthropic.",
                  'en')
    rivals = {frozenset((s, o)) for s, p, o in found if p == 'COMPETES_WITH'}
    assert rivals == {frozenset(('Anthropic', 'OpenAI'))}


# ------------------------------------------------------------------ alumni
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Mira Patel, a Google alum, founded Zephyr AI.', ('Mira Patel', 'LEFT', 'Google')),
    ('en', 'Mira Patel, a veteran of Google DeepMind, founded Zephyr AI.',
     ('Mira Patel', 'LEFT', 'Google DeepMind')),
    ('fr', 'Claire Dubois elle-même est une ancienne de Google DeepMind.',
     ('Claire Dubois', 'LEFT', 'Google DeepMind')),
    ('fr', 'Marc Lefèvre, directeur technique, lui aussi passé par DeepMind, reste.',
     ('Marc Lefèvre', 'LEFT', 'Google DeepMind')),
])
def test_an_alumnus_left_the_organization(lang: str, text: str, expected: tuple) -> None:
    found = facts(text, lang)
    assert expected in found
    assert (expected[0], 'WORKS_FOR', expected[2]) not in found


@pytest.mark.parametrize("text", [
    "Zephyr AI's board fired Mira Patel on Friday.",
    'Mira Patel was ousted as chief executive of Zephyr AI.',
])
def test_a_firing_is_a_departure(text: str) -> None:
    assert ('Mira Patel', 'LEFT', 'Zephyr AI') in facts(text, 'en')


def test_a_release_made_with_another_company_is_a_partnership() -> None:
    found = facts('Zephyr AI a aussi publié avec Nvidia le modèle Odin-3.', 'fr')
    assert ('Zephyr AI', 'PARTNERS_WITH', 'Nvidia') in found


def test_a_release_with_open_weights_is_no_partnership() -> None:
    assert not of(facts('Zephyr AI released Odin-3 with open weights.', 'en'), 'PARTNERS_WITH')


def test_a_stake_with_its_amount_in_the_company_in_context() -> None:
    found = facts("Zephyr AI a levé des fonds. Microsoft, qui a pris une participation minoritaire "
                  "de 15 millions d'euros dans la jeune pousse, distribue ses modèles.", 'fr')
    assert ('Microsoft', 'INVESTS_IN', 'Zephyr AI') in found


def test_a_sentence_initial_it_with_a_perfect_tense_continues_the_company() -> None:
    found = facts('Nvidia backs xAI. It has also backed Inflection AI and Cohere.', 'en')
    assert {('Nvidia', 'INVESTS_IN', 'Inflection AI'), ('Nvidia', 'INVESTS_IN', 'Cohere')} <= found


def test_an_expletive_it_continues_nothing() -> None:
    found = facts('Nvidia backs xAI. It has been a busy year for Cohere.', 'en')
    assert not any(o == 'Cohere' for _, _, o in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('fr', 'Zephyr AI a levé des fonds. Elle a depuis présenté Odin-3.',
     ('Zephyr AI', 'RELEASED', 'Odin-3')),
    ('fr', "Zephyr AI a baissé ses prix. Le même jour, l'entreprise a mis en service Odin-3.",
     ('Zephyr AI', 'RELEASED', 'Odin-3')),
    ('en', 'Anthropic followed with Claude 3.7 Sonnet in February.',
     ('Anthropic', 'RELEASED', 'Claude 3.7 Sonnet')),
])
def test_more_release_verbs(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_since_a_model_still_names_no_release() -> None:
    assert not of(facts("OpenAI n'a plus publié de modèle ouvert depuis GPT-2.", 'fr'),
                  'RELEASED', 'OPEN_SOURCED')


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('fr', 'Zephyr AI a perdu son patron. La société, qui avait rendu les poids de Odin-3 '
           'librement téléchargeables en 2022, peine.',
     ('Zephyr AI', 'OPEN_SOURCED', 'Odin-3')),
    ('en', 'Unlike the Gemma family, whose weights Google publishes so that anyone can download '
           'them, the new model stays closed.',
     ('Google', 'OPEN_SOURCED', 'Gemma')),
])
def test_weights_made_public(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Zephyr AI is governed by a nonprofit board that fired its founder.',
     ('Zephyr AI', 'SUPPORTS', 'nonprofit control')),
    ('fr', 'Zephyr AI ne renonce pas pour autant aux modèles fermés.',
     ('Zephyr AI', 'SUPPORTS', 'closed models')),
    ('en', 'Zephyr AI says it will not ship any product before it reaches safe superintelligence.',
     ('Zephyr AI', 'SUPPORTS', 'AI safety priority')),
    ('fr', 'Zephyr AI mise sur des modèles ouverts pour séduire les développeurs.',
     ('Zephyr AI', 'SUPPORTS', 'open-weight release')),
])
def test_more_stances_in_prose(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_giving_up_closed_models_is_no_closed_stance() -> None:
    found = facts('Zephyr AI a renoncé aux modèles fermés.', 'fr')
    assert ('Zephyr AI', 'SUPPORTS', 'closed models') not in found


# ------------------------------------------------------------------ a leader's title without a name
def test_the_bosss_title_names_the_leader_the_article_showed() -> None:
    found = facts("Claire Dubois dirige Zephyr AI. Le patron de Zephyr AI a aussi annoncé que le "
                  "modèle serait repoussé.", 'fr')
    assert any(s == 'Claire Dubois' and p == 'ANNOUNCED' for s, p, _ in found)


def test_the_chief_executive_title_in_english() -> None:
    found = facts('Mira Patel leads Zephyr AI. The Zephyr AI chief executive criticized Meta on '
                  'Friday.', 'en')
    assert ('Mira Patel', 'CRITICIZED', 'Meta') in found


def test_a_title_with_its_own_name_is_that_person() -> None:
    found = facts('Mira Patel leads Zephyr AI. Zephyr AI CEO Tomas Berg criticized Meta.', 'en')
    assert ('Tomas Berg', 'CRITICIZED', 'Meta') in found
    assert ('Mira Patel', 'CRITICIZED', 'Meta') not in found


def test_a_title_as_predicate_names_its_subject() -> None:
    found = facts("Mira Patel leads Zephyr AI. Tomas Berg will become Zephyr AI's president.", 'en')
    assert ('Tomas Berg', 'LEADS', 'Zephyr AI') in found


def test_no_leader_known_no_person() -> None:
    found = facts('The Zephyr AI chief executive criticized Meta on Friday.', 'en')
    assert not any(p == 'LEADS' for _, p, _ in found)

"""Session-3 rules found on fresh paragraphs written for the purpose (and the same shared shapes
in German, Spanish and Italian): releases, partnerships, influence, departures, repeated names.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, lines, of


# ------------------------------------------------------------------ the same shapes in German
@pytest.mark.parametrize(("text", "expected"), [
    ('Aleph Alpha veröffentlichte ein Modell. Das Start-up tritt in einen Markt, in dem OpenAI '
     'und Google dominieren.', ('Aleph Alpha', 'COMPETES_WITH', 'OpenAI')),
    ('Anna Weber wechselte von Google zum Konkurrenten Aleph Alpha.',
     ('Aleph Alpha', 'COMPETES_WITH', 'Google')),
    ('Anna Weber, eine ehemalige Google-Managerin, gründete Aleph Alpha.',
     ('Anna Weber', 'LEFT', 'Google')),
])
def test_german_rivals_and_alumni(text: str, expected: tuple) -> None:
    found = facts(text, 'de')
    assert expected in found or (expected[2], expected[1], expected[0]) in found


def test_german_announcement_with_dass() -> None:
    found = facts('Aleph Alpha gab am Montag bekannt, dass es 100 Millionen Euro eingesammelt hat.',
                  'de')
    assert any(s == 'Aleph Alpha' and p == 'ANNOUNCED' for s, p, _ in found)


def test_a_plan_after_a_release_does_not_undo_it() -> None:
    found = facts('The start-up Zephyr AI released its first model, Odin-1, in March with open '
                  'weights, and plans to publish a larger version later this year.', 'en')
    assert ('Zephyr AI', 'OPEN_SOURCED', 'Odin-1') in found


def test_a_plan_before_the_model_is_still_a_plan() -> None:
    found = facts('Zephyr AI plans to release Odin-2 next year.', 'en')
    assert not of(found, 'RELEASED', 'OPEN_SOURCED')


def test_former_staff_list_all_left() -> None:
    found = facts('Vireo Labs was founded in 2023 by former Google researchers Hannah Kim and Omar '
                  'Haddad.', 'en')
    assert {('Hannah Kim', 'LEFT', 'Google'), ('Omar Haddad', 'LEFT', 'Google')} <= found


def test_an_employer_before_the_founders_names_is_no_founder() -> None:
    found = facts('Zephyr AI was founded by former Google DeepMind researchers Claire Dubois and '
                  'Paul Girard.', 'en')
    assert ('Google DeepMind', 'FOUNDED', 'Zephyr AI') not in found
    assert {('Claire Dubois', 'FOUNDED', 'Zephyr AI'), ('Paul Girard', 'FOUNDED', 'Zephyr AI')} \
        <= found


def test_a_planned_model_is_not_developed_by_another_lab() -> None:
    found = facts('xAI, which Musk founded last year to take on OpenAI, said the money would help '
                  'ship new products, adding that its next model, Grok 3, will be released soon.',
                  'en')
    assert ('OpenAI', 'DEVELOPS', 'Grok-3') not in found


def test_a_list_of_backers_may_open_with_a_descriptor() -> None:
    found = facts("Zephyr AI a levé 200 millions d'euros. Le tour de table a été mené par le fonds "
                  "américain General Catalyst, avec la participation de Bpifrance.", 'fr')
    assert {('General Catalyst', 'INVESTS_IN', 'Zephyr AI'),
            ('Bpifrance', 'INVESTS_IN', 'Zephyr AI')} <= found


def test_a_company_introduced_by_a_descriptor_is_found_again_bare() -> None:
    found = facts("La start-up parisienne Orféo a levé 200 millions d'euros. Orféo se positionne "
                  "face à Mistral AI sur le marché des entreprises.", 'fr')
    rivals = {frozenset((s, o)) for s, p, o in found if p == 'COMPETES_WITH'}
    assert frozenset(('Orféo', 'Mistral AI')) in rivals


def test_a_title_whose_name_follows_the_company_is_that_person() -> None:
    found = facts("Camille Roux dirige Zephyr AI. Le président de Zephyr AI, Julien Marchand, a "
                  "critiqué le texte.", 'fr')
    assert ('Julien Marchand', 'LEADS', 'Zephyr AI') in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Breeze-2, developed by Zephyr AI, beats GPT-4o on coding tests.',
     ('Zephyr AI', 'DEVELOPS', 'Breeze-2')),
    ('fr', 'Breeze-2 a été développé par Zephyr AI.', ('Zephyr AI', 'DEVELOPS', 'Breeze-2')),
    ('en', 'Grok, the chatbot built by xAI, answered.', ('xAI', 'DEVELOPS', 'Grok')),
])
def test_a_passive_names_the_maker(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ('en', 'Zephyr AI, backed by Microsoft and Nvidia, released Breeze-2 on Monday.'),
    ('fr', 'Zephyr AI, soutenue par Microsoft, a publié Breeze-2 lundi.'),
])
def test_backers_in_an_apposition_release_nothing(lang: str, text: str) -> None:
    found = facts(text, lang)
    assert ('Zephyr AI', 'RELEASED', 'Breeze-2') in found
    assert ('Microsoft', 'RELEASED', 'Breeze-2') not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('es', 'Zephyr AI lanzó un modelo. Entra en un mercado donde OpenAI y Google dominan.',
     ('Zephyr AI', 'COMPETES_WITH', 'OpenAI')),
    ('it', 'Zephyr AI ha lanciato un modello. Entra in un mercato dove OpenAI e Google dominano.',
     ('Zephyr AI', 'COMPETES_WITH', 'Google')),
    ('es', 'Ana Ruiz, una veterana de Google, se unió a Zephyr AI.', ('Ana Ruiz', 'LEFT', 'Google')),
])
def test_romance_rivals_and_alumni(lang: str, text: str, expected: tuple) -> None:
    found = facts(text, lang)
    assert expected in found
    if expected[1] == 'LEFT':
        assert (expected[0], 'WORKS_FOR', expected[2]) not in found


def test_a_name_before_the_companys_title_is_a_person_not_a_company() -> None:
    text = ("Vireo Labs, founded by Hannah Kim, raised money. Kim, the company's chief "
            "executive, said the money would pay for computing power.")
    found = lines(text, 'en')
    assert not any(l['kind'] == 'entity' and l['name'] == 'Kim' for l in found)


def test_joined_from_another_company_left_it() -> None:
    found = facts('Ruoming Pang, who joined Apple from Google in 2021, is leaving.', 'en')
    assert ('Ruoming Pang', 'LEFT', 'Google') in found


def test_hires_as_a_noun_hire_nobody() -> None:
    found = facts('Pang, who joined Apple in 2021, is the latest in a string of high-profile hires '
                  'by Mark Zuckerberg.', 'en')
    assert ('Mark Zuckerberg', 'WORKS_FOR', 'Apple') not in found


def test_a_companys_own_scientist_works_for_it() -> None:
    found = facts("Critics, including Meta's own chief AI scientist Yann LeCun, have questioned "
                  "the plan.", 'en')
    assert ('Yann LeCun', 'WORKS_FOR', 'Meta') in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('fr', "Zephyr AI grandit. Google, qui a déjà investi environ 3 milliards de dollars dans la "
           "start-up, devient son fournisseur.", ('Google', 'INVESTS_IN', 'Zephyr AI')),
    ('fr', 'Selon les analystes, OpenAI multiplie les accords avec Nvidia, AMD et Oracle.',
     ('OpenAI', 'PARTNERS_WITH', 'AMD')),
    ('fr', "Claude Sonnet 4.5, le dernier modèle d'Anthropic, n'est disponible que via son API.",
     ('Anthropic', 'SUPPORTS', 'closed models')),
])
def test_more_french_shapes(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_plural_deals_are_partnerships() -> None:
    found = facts('OpenAI has struck deals with Nvidia, AMD and Oracle this year.', 'en')
    assert {('OpenAI', 'PARTNERS_WITH', o) for o in ('Nvidia', 'AMD', 'Oracle')} <= found


def test_an_actors_decision_pushing_another_is_influence() -> None:
    found = facts("DeepSeek's decision to publish the weights of its R1 model pushed OpenAI to "
                  "release open models.", 'en')
    assert ('DeepSeek', 'INFLUENCED', 'OpenAI') in found


def test_the_platform_of_a_criticism_is_not_its_target() -> None:
    assert ('Elon Musk', 'CRITICIZED', 'X') not in facts(
        'Elon Musk mocked the announcement on X.', 'en')
    assert ('Elon Musk', 'CRITICIZED', 'OpenAI') in facts('Elon Musk mocked OpenAI on X.', 'en')


def test_keeping_named_models_closed() -> None:
    assert ('Anthropic', 'SUPPORTS', 'closed models') in facts(
        'Anthropic keeps its Claude models closed.', 'en')


def test_left_to_start_a_company_founded_it() -> None:
    found = facts('Chen follows Mira Patel, who left in 2024 to start Zephyr AI.', 'en')
    assert ('Mira Patel', 'FOUNDED', 'Zephyr AI') in found


def test_an_apposition_spanning_another_person_is_not_the_joiner() -> None:
    found = facts('The exits include Mira Patel, who left in 2024 to start Zephyr AI, and Tomas '
                  'Berg, who joined Anthropic.', 'en')
    assert ('Mira Patel', 'WORKS_FOR', 'Anthropic') not in found


def test_a_title_after_another_persons_relative_clause_reads_the_company_of_the_text() -> None:
    text = ('Mark Chen is leaving OpenAI. His exit follows the departures of Mira Patel, who left '
            'in 2024 to start Zephyr AI, and co-founder John Schulman, who joined Anthropic.')
    found = facts(text, 'en')
    assert ('John Schulman', 'FOUNDED', 'Zephyr AI') not in found
    assert ('John Schulman', 'FOUNDED', 'OpenAI') in found


def test_co_founders_after_avec_without_a_named_subject() -> None:
    found = facts("L'ancien chercheur de Meta, qui a cofondé Zephyr AI en 2023 avec Marc Lefèvre et "
                  "Paul Girard, reste à son poste.", 'fr')
    assert {('Marc Lefèvre', 'FOUNDED', 'Zephyr AI'), ('Paul Girard', 'FOUNDED', 'Zephyr AI')} \
        <= found
    assert ('Meta', 'FOUNDED', 'Zephyr AI') not in found


def test_defending_open_models_for_years() -> None:
    found = facts('Claire Dubois défend depuis longtemps la publication de modèles ouverts.', 'fr')
    assert ('Claire Dubois', 'SUPPORTS', 'open-weight release') in found


def test_a_chinese_company_found_once_is_found_again() -> None:
    """The repeat pass finds a Chinese name with no word edges around it."""
    from stratgraph.ingest.mentions import Registry
    from stratgraph.ingest.namepass import repeat_pass
    from stratgraph.ingest.sentences import Sentence

    text = '初创公司星辰智能宣布融资。星辰智能由李华创立。'
    first, second = Sentence(0, 13, text[:13]), Sentence(13, len(text), text[13:])
    registry = Registry()
    registry.add('org:xingchen', 'Organization', '星辰智能')
    per_sentence: list[list] = [[], []]
    repeat_pass([first, second], per_sentence, registry, frozenset())
    assert [(m.entity, text[m.start:m.end]) for m in per_sentence[1]] == [
        ('org:xingchen', '星辰智能')]


def test_a_german_negation_after_the_verb_blocks_the_fallback() -> None:
    assert not of(facts('Aleph Alpha arbeitet nicht mit Bosch zusammen.', 'de'), 'PARTNERS_WITH')

"""Generalization rules of the third measurement session: funding lists, list boundaries and
the other shapes found while reading misses on the tuning sets.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, lines, of

# ------------------------------------------------------------------ funding lists
FUNDING_CASES = [
    # a descriptor inside a list of backers ("and chipmaker AMD") keeps the list going
    ('en', 'Zephyr AI said it had raised $2 billion. The round also drew Fidelity, BlackRock '
           'and chipmaker AMD.',
     {('Fidelity', 'INVESTS_IN', 'Zephyr AI'), ('BlackRock', 'INVESTS_IN', 'Zephyr AI'),
      ('AMD', 'INVESTS_IN', 'Zephyr AI')}),
    # "with A, B and the pension investor C also taking part": all back the raiser, not each other
    ('en', 'Zephyr AI raised $300 million, with Nvidia, AMD Ventures and the Dutch pension '
           'investor APG Group also taking part.',
     {('Nvidia', 'INVESTS_IN', 'Zephyr AI'), ('AMD Ventures', 'INVESTS_IN', 'Zephyr AI'),
      ('APG Group', 'INVESTS_IN', 'Zephyr AI')}),
    # the round names its own target after it, even with co-investors after that
    ('en', 'In May Nvidia joined a $400 million round for Mistral AI alongside Samsung and '
           'Cisco.',
     {('Nvidia', 'INVESTS_IN', 'Mistral AI'), ('Samsung', 'INVESTS_IN', 'Mistral AI'),
      ('Cisco', 'INVESTS_IN', 'Mistral AI')}),
    # lead investors first, followers after: followers fund the raiser, not the leads
    ('en', 'Zephyr AI has raised $90 million in a round that values it at $1 billion. Index '
           'Ventures and Accel led the financing, with Nvidia and Salesforce Ventures also '
           'taking part.',
     {('Index Ventures', 'INVESTS_IN', 'Zephyr AI'), ('Accel', 'INVESTS_IN', 'Zephyr AI'),
      ('Nvidia', 'INVESTS_IN', 'Zephyr AI'), ('Salesforce Ventures', 'INVESTS_IN', 'Zephyr AI')}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FUNDING_CASES)
def test_every_backer_of_a_funding_list_funds_the_raiser(lang: str, text: str,
                                                         expected: set) -> None:
    assert of(facts(text, lang), 'INVESTS_IN') == expected


def test_co_investors_alongside_a_round_are_not_partners() -> None:
    found = facts('In May Nvidia joined a $400 million round for Mistral AI alongside Samsung '
                  'and Cisco.', 'en')
    assert not of(found, 'PARTNERS_WITH')


def test_alongside_without_a_round_is_still_a_partnership() -> None:
    found = facts('Microsoft is building the data centre alongside Oracle and SoftBank.', 'en')
    assert ('Microsoft', 'PARTNERS_WITH', 'Oracle') in found


def test_a_unit_named_after_its_lab_is_an_organization() -> None:
    found = facts('Zephyr AI raised $50 million from AMD Ventures.', 'en')
    assert ('AMD Ventures', 'INVESTS_IN', 'Zephyr AI') in found


def test_a_list_ends_at_its_joiner() -> None:
    """"A, B and the fund C, D is..." : D heads the next clause, it is no backer."""
    found = facts('Soutenue par Microsoft, Nvidia et le fonds américain General Catalyst, '
                  'Mistral AI est devenue un symbole européen.', 'fr')
    assert of(found, 'INVESTS_IN') == {
        ('Microsoft', 'INVESTS_IN', 'Mistral AI'), ('Nvidia', 'INVESTS_IN', 'Mistral AI'),
        ('General Catalyst', 'INVESTS_IN', 'Mistral AI')}


def test_a_list_goes_on_after_as_well_as() -> None:
    found = facts('Zephyr AI raised $1 billion. Investors include Sequoia Capital and SV Angel, '
                  'as well as NFDG.', 'en')
    assert ('NFDG', 'INVESTS_IN', 'Zephyr AI') in found


# ------------------------------------------------------------------ co-founders
COFOUNDER_CASES = [
    # a year between the company and "with" keeps the co-founders
    ('en', 'Mira Patel co-founded Zephyr AI in 2021 with Tomas Berg and Lena Hoff.',
     {('Mira Patel', 'FOUNDED', 'Zephyr AI'), ('Tomas Berg', 'FOUNDED', 'Zephyr AI'),
      ('Lena Hoff', 'FOUNDED', 'Zephyr AI')}),
    # an apposition between the founder and the verb
    ('fr', 'Claire Dubois, la patronne de la société, a cofondé Zephyr AI en 2022 avec Marc '
           'Lefèvre et Paul Girard.',
     {('Claire Dubois', 'FOUNDED', 'Zephyr AI'), ('Marc Lefèvre', 'FOUNDED', 'Zephyr AI'),
      ('Paul Girard', 'FOUNDED', 'Zephyr AI')}),
    # a relative clause: "X, que cofundó Y en 2015 junto a Z"
    ('es', 'Ana Ruiz, que cofundó Zephyr AI en 2020 junto a Pablo Gil, habló ayer.',
     {('Ana Ruiz', 'FOUNDED', 'Zephyr AI'), ('Pablo Gil', 'FOUNDED', 'Zephyr AI')}),
    # the company as an object pronoun: the one the text is about
    ('fr', 'Zephyr AI a levé 50 millions. Claire Dubois l\'a cofondée en 2022 avec Marc Lefèvre.',
     {('Claire Dubois', 'FOUNDED', 'Zephyr AI'), ('Marc Lefèvre', 'FOUNDED', 'Zephyr AI')}),
    ('en', 'Zephyr AI is growing fast. Mira Patel founded it in 2021 with Tomas Berg.',
     {('Mira Patel', 'FOUNDED', 'Zephyr AI'), ('Tomas Berg', 'FOUNDED', 'Zephyr AI')}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COFOUNDER_CASES)
def test_co_founders_after_with_found_the_company(lang: str, text: str, expected: set) -> None:
    assert of(facts(text, lang), 'FOUNDED') == expected


def test_a_purpose_clause_is_no_co_founder() -> None:
    found = facts('Mira Patel founded Zephyr AI in 2021 to compete with Tomas Berg.', 'en')
    assert of(found, 'FOUNDED') == {('Mira Patel', 'FOUNDED', 'Zephyr AI')}


# ------------------------------------------------------------------ makers, founder lists, titles
def test_the_maker_of_a_described_product() -> None:
    """"X, la empresa creadora del asistente Y": a descriptor may stand before the product."""
    found = facts('Anthropic, la empresa creadora del asistente Claude, anunció un acuerdo con '
                  'los autores.', 'es')
    assert ('Anthropic', 'DEVELOPS', 'Claude') in found


def test_the_company_behind_a_coding_agent() -> None:
    found = facts('Cognition, la empresa detrás del agente de programación Devin, creció mucho '
                  'este año.', 'es')
    assert ('Cognition AI', 'DEVELOPS', 'Devin') in found


def test_an_apposition_that_is_no_maker_gives_nothing() -> None:
    found = facts('OpenAI, one of the models ChatGPT relies on, said nothing.', 'en')
    assert not of(found, 'DEVELOPS')


def test_founders_listed_after_a_colon() -> None:
    found = facts('Zephyr AI a confirmé le départ de deux de ses quatre cofondateurs : Marc '
                  'Lefèvre et Paul Girard.', 'fr')
    assert {('Marc Lefèvre', 'FOUNDED', 'Zephyr AI'),
            ('Paul Girard', 'FOUNDED', 'Zephyr AI')} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('fr', 'Kent Walker, président des affaires mondiales de Google, a salué le texte.',
     ('Kent Walker', 'WORKS_FOR', 'Google')),
    ('es', 'Aparna Sridhar, vicepresidenta adjunta del departamento jurídico de Anthropic, dijo '
           'que la empresa apelará.',
     ('Aparna Sridhar', 'WORKS_FOR', 'Anthropic')),
    ('en', 'Lena Hoff, vice president of research at Google, said the lab would grow.',
     ('Lena Hoff', 'WORKS_FOR', 'Google')),
])
def test_the_head_of_a_department_works_for_the_firm(lang: str, text: str,
                                                     expected: tuple) -> None:
    found = facts(text, lang)
    assert expected in found
    assert (expected[0], 'LEADS', expected[2]) not in found


# ------------------------------------------------------------------ object relatives, rivals
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('fr', 'Zephyr AI, la jeune pousse que Marc Lefèvre et Paul Girard ont lancée en 2023, '
           'grandit vite.',
     {('Marc Lefèvre', 'FOUNDED', 'Zephyr AI'), ('Paul Girard', 'FOUNDED', 'Zephyr AI')}),
    ('en', 'Zephyr AI, which Mira Patel founded in 2021, grew fast.',
     {('Mira Patel', 'FOUNDED', 'Zephyr AI')}),
    ('de', 'Zephyr AI, die Anna Weber 2021 gegründet hat, wächst schnell.',
     {('Anna Weber', 'FOUNDED', 'Zephyr AI')}),
])
def test_the_founders_inside_an_object_relative(lang: str, text: str, expected: set) -> None:
    assert of(facts(text, lang), 'FOUNDED') == expected


def test_a_relative_that_hires_is_no_founding() -> None:
    found = facts('Zephyr AI, which Mira Patel joined in 2021, grew fast.', 'en')
    assert not of(found, 'FOUNDED')


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'Zephyr AI, which Mira Patel founded last year to take on OpenAI, raised money.',
     ('Zephyr AI', 'COMPETES_WITH', 'OpenAI')),
    ('fr', 'Zephyr AI, que Marc Lefèvre a fondée pour concurrencer OpenAI, grandit.',
     ('Zephyr AI', 'COMPETES_WITH', 'OpenAI')),
    # a domain between the rivalry verb and "avec": the models' makers compete
    ('fr', 'Mistral Large 2 rivalise en code et en mathématiques avec GPT-4o.',
     ('Mistral AI', 'COMPETES_WITH', 'OpenAI')),
])
def test_rivalry_in_a_purpose_clause_or_a_domain(lang: str, text: str, expected: tuple) -> None:
    found = facts(text, lang)
    assert expected in found or (expected[2], expected[1], expected[0]) in found


# ------------------------------------------------------------------ owners by possession, sanctions
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('fr', "L'entreprise Zephyr AI de Claire Dubois a signé le code.",
     ('Claire Dubois', 'LEADS', 'Zephyr AI')),
    ('es', 'Ana Ruiz dirige ahora su propia compañía de IA, Zephyr AI.',
     ('Ana Ruiz', 'LEADS', 'Zephyr AI')),
])
def test_a_company_of_a_person_is_led_by_them(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_a_company_of_a_person_with_a_role_is_not_theirs() -> None:
    """"X de Claire Dubois, chercheuse": the role after the name says how she relates."""
    found = facts("Le laboratoire Zephyr AI de Claire Dubois, chercheuse invitée, a publié un "
                  "article.", 'fr')
    assert ('Claire Dubois', 'LEADS', 'Zephyr AI') not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ('en', 'The Federal Trade Commission fined Zephyr AI $5 million on Friday.',
     ('Federal Trade Commission', 'CRITICIZED', 'Zephyr AI')),
    ('fr', "La CNIL a infligé une amende de 10 millions d'euros à Zephyr AI.",
     ('CNIL', 'CRITICIZED', 'Zephyr AI')),
    ('it', 'Il Garante della privacy ha inflitto a Zephyr AI una sanzione di 5 milioni di euro.',
     ('Garante per la protezione dei dati personali', 'CRITICIZED', 'Zephyr AI')),
    ('fr', 'Les auteurs Marc Lefèvre et Paul Girard poursuivent Zephyr AI en justice.',
     ('Paul Girard', 'CRITICIZED', 'Zephyr AI')),
])
def test_fines_and_lawsuits_are_criticism(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


def test_poursuivre_without_en_justice_is_no_lawsuit() -> None:
    assert not of(facts('Zephyr AI poursuit sa croissance avec OpenAI.', 'fr'), 'CRITICIZED')


def test_a_longer_known_name_wins_over_its_acronym() -> None:
    found = facts("Rodolphe Saadé, patron de l'armateur CMA CGM, a investi dans Zephyr AI.", 'fr')
    assert all('Competition' not in o for _, _, o in found)


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

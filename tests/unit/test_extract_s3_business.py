"""Session-3 generalization rules for business facts: funding lists and list boundaries,
co-founders, makers, department titles, object relatives, rivalry, possession, sanctions.

Every sentence here is written for this file (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


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
    found = facts('Microsoft, one of the models ChatGPT relies on, said nothing.', 'en')
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

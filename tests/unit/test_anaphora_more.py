"""Anaphors beyond the sentence start: subject pronouns in later clauses, definite
descriptions in object position, and three shapes that must not resolve to an earlier
organization (an appositive noun before a name, the clause's own subject, a comparison).

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of

PRONOUN_CASES = [
    ("en", "Cohere opened an office in Paris. The move came at a time when it was competing "
           "with Mistral AI for European banks.", ("Cohere", "COMPETES_WITH", "Mistral AI")),
    ("fr", "Mistral AI a ouvert un bureau à Londres. Les analystes notent qu'elle rivalise "
           "avec OpenAI.", ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("de", "Aleph Alpha hat ein neues Modell vorgestellt. Der Markt wächst, und es "
           "konkurriert nun mit OpenAI.", ("Aleph Alpha", "COMPETES_WITH", "OpenAI")),
    ("zh", "智谱发布了新模型。与此同时，它正在与OpenAI竞争。",
     ("Zhipu AI", "COMPETES_WITH", "OpenAI")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PRONOUN_CASES)
def test_subject_pronoun_mid_sentence(lang: str, text: str,
                                      expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


def test_pronoun_after_an_object_continues_the_subject() -> None:
    found = facts("Anthropic signed a cloud deal with Google, and it released a coding model "
                  "called Claude Code.", "en")
    assert ("Google", "RELEASED", "Claude Code") not in found


def test_expletive_it_stays_unresolved() -> None:
    found = facts("Cohere raised money. Analysts said it is likely that Meta will compete "
                  "with Mistral AI.", "en")
    assert not {t for t in found if t[0] == "Cohere" and t[2] == "Mistral AI"}


def test_pronoun_in_a_temporal_clause_is_not_a_release() -> None:
    found = facts("xAI plans to open-source Grok 3 after it launches Grok 4.", "en")
    assert not of(found, "RELEASED", "OPEN_SOURCED")


def test_french_il_after_a_person_stays_a_person() -> None:
    found = facts("Arthur Mensch a quitté Google DeepMind. Selon la presse, il dirige "
                  "désormais Mistral AI.", "fr")
    assert not {t for t in found if t[0] == "Google DeepMind" and t[1] == "LEADS"}


DESCRIPTION_CASES = [
    ("en", "Helix Labs trains small models. Amazon has poured $2 billion into the startup.",
     ("Amazon", "INVESTS_IN", "Helix Labs")),
    ("de", "Helix Labs wächst schnell. SAP hat 100 Millionen Euro in das Unternehmen "
           "investiert.", ("SAP", "INVESTS_IN", "Helix Labs")),
    ("es", "Helix Labs crece rápido. Microsoft invirtió 20 millones en la empresa.",
     ("Microsoft", "INVESTS_IN", "Helix Labs")),
    ("pt", "A Helix Labs cresce rápido. A Microsoft investiu 20 milhões na empresa.",
     ("Microsoft", "INVESTS_IN", "Helix Labs")),
    ("fr", "Helix Labs grandit vite. Microsoft a investi 20 millions dans la jeune pousse.",
     ("Microsoft", "INVESTS_IN", "Helix Labs")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DESCRIPTION_CASES)
def test_description_in_object_position(lang: str, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in facts(text, lang)


APPOSITIVE_CASES = [
    ("en", "Helix Labs raised money. Meta now competes with the Chinese start-up DeepSeek.",
     "DeepSeek"),
    ("fr", "Helix Labs lève des fonds. Meta rivalise avec la start-up parisienne Mistral AI.",
     "Mistral AI"),
    ("es", "Helix Labs recauda fondos. Meta compite con la empresa francesa Mistral AI.",
     "Mistral AI"),
]


@pytest.mark.parametrize(("lang", "text", "rival"), APPOSITIVE_CASES)
def test_appositive_noun_before_a_name_is_not_an_anaphor(lang: str, text: str,
                                                         rival: str) -> None:
    found = facts(text, lang)
    assert ("Meta", "COMPETES_WITH", rival) in found
    assert not {t for t in found if "Helix Labs" in (t[0], t[2])}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Inflection AI shipped a chatbot. Later, Cohere hired the chief executive of the "
           "start-up."),
    ("en", "Inflection AI shipped a chatbot. Cohere then poached the head of research of the "
           "company."),
])
def test_the_start_up_is_not_the_clause_subject(lang: str, text: str) -> None:
    from stratgraph.ingest import relations

    seen: list[tuple[str, str]] = []
    original = relations.RelationExtractor._mask

    def spy(self, sent, mentions):  # type: ignore[no-untyped-def]
        masked, table = original(self, sent, mentions)
        seen.extend((m.surface, m.entity) for m in table if m.origin == "anaphor")
        return masked, table

    relations.RelationExtractor._mask = spy  # type: ignore[method-assign]
    try:
        facts(text, lang)
    finally:
        relations.RelationExtractor._mask = original  # type: ignore[method-assign]
    assert seen and all(entity == "org:inflection-ai" for _, entity in seen)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mistral AI a publié Codestral. OpenAI, contrairement à la société française, ne "
           "publie pas ses poids."),
    ("en", "Mistral AI released Codestral. OpenAI, unlike the French company, does not "
           "publish its weights."),
])
def test_description_in_a_comparison_stays_a_foil(lang: str, text: str) -> None:
    found = facts(text, lang)
    assert ("Mistral AI", "SUPPORTS", "closed models") not in found


def test_an_italian_articulated_preposition_points_to_another_firm() -> None:
    from extract_helpers import facts
    found = facts("OpenAI cresce. Microsoft ha investito nella società guidata da Sam Altman.", "it")
    assert ("Sam Altman", "LEADS", "OpenAI") in found
    assert ("Sam Altman", "LEADS", "Microsoft") not in found

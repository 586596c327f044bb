"""Session-12 rule fixes, each with sentences written for this file: a second participle after
"founded by A" ("y dirigida por B"), a relative clause after a description ("otra empresa que
preside B"), a partnership named as an event ("hanno stretto un accordo"), German joint work
("wollen gemeinsam ... bauen"), a raise followed by a comma before its backers, and "partie
fonder": leaving to found a firm is founding it, not leaving it. And a near miss of a known
surname after another given name ("Mikey Shulman") is not the known person (John Schulman)."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Cohere, cofundada por Ana Ruiz y dirigida por Tomás Vidal, abrió una oficina.", "es",
     ("Tomás Vidal", "LEADS", "Cohere")),
    ("Helsing, founded by Sara Klein and run by Omar Haddad, opened an office.", "en",
     ("Omar Haddad", "LEADS", "Helsing")),
    ("Helion Energy, otra compañía que preside Sam Altman, amplió su planta.", "es",
     ("Sam Altman", "LEADS", "Helion Energy")),
    ("Cohere e Oracle hanno stretto un accordo per offrire i modelli alle banche.", "it",
     ("Cohere", "PARTNERS_WITH", "Oracle")),
    ("Helsing und Mistral AI wollen gemeinsam Sprachmodelle für Verteidigungskunden bauen.",
     "de", ("Helsing", "PARTNERS_WITH", "Mistral AI")),
    ("Aleph Alpha hat 500 Millionen Dollar eingesammelt, unter anderem von SAP und Bosch.",
     "de", ("SAP", "INVESTS_IN", "Aleph Alpha")),
    ("Arthur Mensch est parti fonder Mistral AI avec deux anciens collègues.", "fr",
     ("Arthur Mensch", "FOUNDED", "Mistral AI")),
])
def test_the_fact_is_read(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(text, lang)


def test_leaving_to_found_a_firm_is_no_departure_from_it() -> None:
    found = facts("Arthur Mensch est parti fonder Mistral AI avec deux anciens collègues.", "fr")
    assert ("Arthur Mensch", "LEFT", "Mistral AI") not in found


def test_a_plan_not_to_work_together_is_no_partnership() -> None:
    found = facts("Helsing und Mistral AI wollen nicht gemeinsam Modelle bauen.", "de")
    assert ("Helsing", "PARTNERS_WITH", "Mistral AI") not in found


def test_a_near_miss_of_a_known_surname_after_another_given_name_is_someone_else() -> None:
    found = facts("Yesterday Marc Shulman and Keenan Freyberg founded Suno.", "en")
    assert ("Marc Shulman", "FOUNDED", "Suno") in found
    assert "John Schulman" not in entities("Yesterday Mikey Shulman said Suno was growing.", "en")

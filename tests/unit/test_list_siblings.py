"""Unknown names typed by the list they stand in (ingest/list_siblings.py). Every sentence is
written for this file."""

from __future__ import annotations

from extract_helpers import entities, facts


def test_an_unknown_firm_listed_with_known_ones_is_an_organization() -> None:
    found = entities("Zephyr AI raised $90 million. Investors in the round included Nvidia, "
                     "Brambleford and Index Ventures.", "en")
    assert found.get("Brambleford") == "Organization"


def test_an_unknown_person_listed_with_known_people_is_a_person() -> None:
    found = facts("Helix Labs wurde von Sam Altman, Ottfried Wendelmann und Greg Brockman "
                  "gegründet.", "de")
    assert ("Ottfried Wendelmann", "FOUNDED", "Helix Labs") in found


def test_a_capitalized_title_after_a_person_is_no_sibling() -> None:
    found = entities("The deal was signed by Sam Altman, Chief Executive Officer, on Monday.", "en")
    assert "Chief Executive Officer" not in found


def test_a_sentence_opening_word_is_no_sibling() -> None:
    found = entities("Yesterday, Google and Meta released models.", "en")
    assert "Yesterday" not in found


def test_a_possessive_member_keeps_its_name() -> None:
    found = entities("Executives from Google and Brambleford's parent attended.", "en")
    assert "Brambleford's" not in found and found.get("Brambleford") == "Organization"


def test_a_namesake_with_another_given_name_is_another_person() -> None:
    found = entities("Laura Altman joined the board. Sam Altman welcomed her.", "en")
    assert found.get("Laura Altman") == "Person" and found.get("Sam Altman") == "Person"


def test_a_bare_known_surname_still_names_the_known_person() -> None:
    found = entities("Sam Altman spoke first. Later, Altman agreed.", "en")
    assert list(found) == ["Sam Altman"]


def test_names_after_a_list_cue_are_firms_or_people() -> None:
    found = entities("Helix Labs raised $10 million from investors such as Brambleford Capital, "
                     "Quentin Ardmore and Nvidia.", "en")
    assert found.get("Brambleford Capital") == "Organization"
    assert found.get("Quentin Ardmore") == "Person"


def test_clients_listed_after_a_cue_are_organizations() -> None:
    found = entities("Helix Labs sells software. Its clients include Wexmoor, Talliday and Sonos.",
                     "en")
    assert {found.get(n) for n in ("Wexmoor", "Talliday", "Sonos")} == {"Organization"}


def test_odd_capitalization_inside_a_list() -> None:
    found = entities("Les investisseurs historiques Creandum, 20VC et byFounders remettent au pot.",
                     "fr")
    assert {found.get(n) for n in ("Creandum", "20VC", "byFounders")} == {"Organization"}


def test_a_title_after_a_name_makes_a_person() -> None:
    found = entities("Demi Guo, Pika's chief executive, and Chenlin Meng, its chief technology "
                     "officer, met at Stanford.", "en")
    assert found.get("Demi Guo") == "Person" and found.get("Chenlin Meng") == "Person"


def test_a_firm_before_a_title_stays_a_firm() -> None:
    found = entities("Zephyr AI, its chief executive said, will grow.", "en")
    assert found.get("Zephyr AI") == "Organization"


def test_a_bare_romance_descriptor_after_a_name_makes_a_firm() -> None:
    found = entities("A Sesame, startup americana que chamou atenção, publicou um modelo.", "pt")
    assert found.get("Sesame") == "Organization"



def test_a_long_run_of_lists_keeps_every_member() -> None:
    """A page of unpunctuated lists (one long "sentence"): the bounded look-back still finds
    each member."""
    chunk = "investors include Nvidia, Brambleford Capital and Quentin Ardmore while "
    found = entities("Zephyr AI raised money " + chunk * 100, "en")
    assert found.get("Brambleford Capital") == "Organization"
    assert found.get("Quentin Ardmore") == "Person"

"""One sense per article for ambiguous knowledge-base names (`ingest/one_sense.py`): a word the
knowledge base only takes with a context ("Visa", "Brave") is the firm throughout an article
that uses it as a name in mid-sentence at least once and names it twice. Sentences written for
this file."""

from __future__ import annotations

from extract_helpers import entities, facts
from stratgraph.ingest import sentences
from stratgraph.ingest.kb import get_kb
from stratgraph.ingest.one_sense import confirmed_names


def test_a_recurring_name_needs_its_context_only_once_it_stands_mid_sentence() -> None:
    text = ("Visa a présenté mercredi un programme pour les agents. Visa s'est associé à "
            "Anthropic et à OpenAI. La directrice des produits de Visa a détaillé le calendrier.")
    assert entities(text, "fr").get("Visa") == "Organization"
    assert ("Visa", "PARTNERS_WITH", "Anthropic") in facts(text, "fr")


def test_a_single_mention_still_needs_its_context() -> None:
    text = "Le programme de Visa sera présenté mercredi à San Francisco."
    assert "Visa" not in entities(text, "fr")


def test_a_word_inside_a_longer_name_is_not_the_known_firm() -> None:
    text = ("Red Hat has bought Neural Magic. Neural Magic sells inference software, and the "
            "price paid for Neural Magic was not disclosed.")
    assert "Magic" not in entities(text, "en")


def test_german_capitals_are_left_to_the_contexts() -> None:
    text = ("Nutzer von Brave können Werbung blockieren. Der Browser Brave wurde 2015 gestartet. "
            "Brave wächst.")
    sents = sentences.split(text, "de")
    assert confirmed_names(get_kb(), text, sents, "de") == frozenset()
    assert confirmed_names(get_kb(), text, sents, "en") == frozenset({"Brave"})

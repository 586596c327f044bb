"""Session-13 rule fixes, with sentences written for this file: rivals listed after a comma
("Varios rivales, entre ellos A y B") are rivals of the firm in context, French plural roles
after "anciens" ("deux anciens dirigeants de Meta, A et B") are departures, and a job the
pair layer reads with a past marker in front ("who used to work at", "zuvor") is over."""

from __future__ import annotations

import pytest

from extract_helpers import facts
from stratgraph.ingest.learned.model import Gate
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.sentences import Sentence


@pytest.mark.parametrize(("text", "lang"), [
    ("Helsing vende software a los ejércitos. Varios rivales, entre ellos Anduril y Palantir, "
     "buscan los mismos contratos.", "es"),
    ("Helsing sells software to armies. Several rivals, including Anduril and Palantir, want "
     "the same contracts.", "en"),
    ("Helsing vend des logiciels aux armées. Plusieurs concurrents, dont Anduril et Palantir, "
     "visent ces contrats.", "fr"),
])
def test_rivals_listed_after_a_comma_compete_with_the_firm_in_context(text: str,
                                                                      lang: str) -> None:
    found = facts(text, lang)
    assert {("Anduril", "COMPETES_WITH", "Helsing"), ("Palantir", "COMPETES_WITH", "Helsing")
            } <= found


def test_former_executives_in_the_plural_left_the_firm() -> None:
    found = facts("La start-up a été créée par deux anciens dirigeants de Meta, Claire Morel "
                  "et Hugo Baret.", "fr")
    assert {("Claire Morel", "LEFT", "Meta"), ("Hugo Baret", "LEFT", "Meta")} <= found


def _pair(sentence: str, first: str, second: str) -> tuple[Sentence, Mention, Mention]:
    a, b = sentence.index(first), sentence.index(second)
    return (Sentence(0, len(sentence), sentence),
            Mention(a, a + len(first), "person:x", "Person", first),
            Mention(b, b + len(second), "org:y", "Organization", second))


@pytest.mark.parametrize(("sentence", "lang", "past"), [
    ("The panel included Lina Ortiz, who used to work at Google.", "en", True),
    ("Lina Ortiz previously ran the ethics team at Google.", "en", True),
    ("Lina Ortiz war zuvor bei Google für Sicherheit zuständig.", "de", True),
    ("Lina Ortiz runs the ethics team at Google.", "en", False),
    ("Lina Ortiz dirige l'équipe d'éthique de Google.", "fr", False),
])
def test_the_layer_reads_a_past_marker_as_a_job_left(sentence: str, lang: str,
                                                     past: bool) -> None:
    sent, a, b = _pair(sentence, "Lina Ortiz", "Google")
    assert Gate(lang).past_job(sentence, sent, a, b) is past


def test_returning_to_the_maker_of_a_product_is_working_for_it() -> None:
    found = facts("Avi Verma returned to the ChatGPT maker after only a few weeks.", "en")
    assert ("Avi Verma", "WORKS_FOR", "OpenAI") in found


@pytest.mark.parametrize(("text", "lang"), [
    ("Helsing sells software to armies. Its partners include Anduril and Palantir.", "en"),
    ("Helsing vend des logiciels. Elle s'appuie sur des partenaires comme Anduril et Palantir.",
     "fr"),
    ("Helsing vende software. Entre sus socios figuran Anduril y Palantir.", "es"),
    ("Helsing verkauft Software. Zu den Partnern gehören Anduril und Palantir.", "de"),
])
def test_partners_listed_after_a_partner_noun_partner_the_firm_in_context(text: str,
                                                                         lang: str) -> None:
    found = {(*sorted((s, o)), p) for s, p, o in facts(text, lang)}  # a symmetric relation
    assert {("Anduril", "Helsing", "PARTNERS_WITH"), ("Helsing", "Palantir", "PARTNERS_WITH")
            } <= found

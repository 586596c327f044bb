"""Session 25: lists of people with their firms in brackets, future "will work with" in Romance
languages, a Chinese partner named with its team, a firm introduced as someone's start-up, a German
hiring that read as a dismissal, and English institute names.

"accused A (OpenAI), B (Google DeepMind) and C (Anthropic)" is a list of three people: the
brackets name each one's firm, and the firms are no members of the list. "A OpenAI vai
trabalhar com a Microsoft" is a partnership as much as the present tense is. "与阿里巴巴通义千问团队
达成战略合作" partners with Alibaba, its team named after it. "xAI, Elon Musk's start-up" says who
runs xAI. "X hat Y als Finanzchefin eingestellt" hires Y: only "entlassen", "gefeuert",
"abgesetzt" or "vor die Tür gesetzt" end a German sentence with "hat" in a dismissal. "l'AI
Safety Institute" is an institute in French, Spanish and Portuguese prose too, an institute is
no model whatever model word stands near, and "Global Telco AI Alliance" is one name though the
known AI Alliance ends it. "HyperCLOVA X. The weights ..." ends a sentence (no given name
stands before the "X."), and "through a paid API, Mistral AI" lists no firm called API. A firm
that "publishes its weights" stands for open weights, and one that "offers its models only
through a paid API" (also in German and French) for closed models; in "Unlike OpenAI, which
..., Mistral AI publishes its weights" the pair layer gives OpenAI no stance, though in "a
diferencia de Alibaba, que publicó con pesos abiertos ..." the stance is Alibaba's own. "Cohere,
which he left in 2023" (and its French, German, Spanish, Italian and Portuguese forms) is a job
left, unless the relative clause names what it left ("da Ring, que deixou a Amazon"); German
"trat als Chefin von X zurück" is a departure and "stand an der Spitze von X" a lead; the firm
of a purpose clause ("left in May to join Meta", "pour fonder Mistral AI") and the author of a
report ("a report by The Information that ... had left") are not the firm left, though a firm
named after the purpose verb's own object, in a clause of its own ("to start a company in 2024
after Meta cut the unit"), still is. Every
sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts, of
from stratgraph.ingest.learned.model import Gate
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.sentences import Sentence, split


@pytest.mark.parametrize("text,lang", [
    ("Lena Brandt accused Omar Haddad (Mistral AI), Demis Hassabis (Google DeepMind) and Dario "
     "Amodei (Anthropic) of playing down the costs.", "en"),
    ("Lena Brandt reproche à Omar Haddad (Mistral AI), Demis Hassabis (Google DeepMind) et "
     "Dario Amodei (Anthropic) de minimiser les coûts.", "fr"),
])
def test_bracketed_firms_keep_a_list_of_people_going(text: str, lang: str) -> None:
    found = of(facts(text, lang), "CRITICIZED")
    assert found == {("Lena Brandt", "CRITICIZED", name)
                     for name in ("Omar Haddad", "Demis Hassabis", "Dario Amodei")}


def test_bracketed_firm_is_still_the_persons_employer() -> None:
    found = facts("The letter was signed by Omar Haddad (OpenAI) and Dario Amodei (Anthropic).",
                  "en")
    assert ("Omar Haddad", "WORKS_FOR", "OpenAI") in found
    assert ("Dario Amodei", "WORKS_FOR", "Anthropic") in found


def test_bracketed_firm_after_a_lone_critic_is_no_target() -> None:
    found = of(facts("Lena Brandt (Hugging Face) criticized Omar Haddad sharply.", "en"),
               "CRITICIZED")
    assert ("Lena Brandt", "CRITICIZED", "Hugging Face") not in found
    assert ("Hugging Face", "CRITICIZED", "Omar Haddad") not in found


@pytest.mark.parametrize("text,lang", [
    ("A Mistral AI disse que vai trabalhar com a Microsoft nos próximos anos.", "pt"),
    ("Mistral AI va a trabajar con Microsoft en los próximos años.", "es"),
    ("Mistral AI lavorerà insieme con Microsoft nei prossimi anni.", "it"),
])
def test_future_work_with_is_a_partnership(text: str, lang: str) -> None:
    found = of(facts(text, lang), "PARTNERS_WITH")
    assert {tuple(sorted((s, o))) for s, _, o in found} == {("Microsoft", "Mistral AI")}


@pytest.mark.parametrize("text", [
    "月之暗面宣布与阿里巴巴通义千问团队达成战略合作。",
    "月之暗面宣布与阿里巴巴云计算部门达成战略合作。",
])
def test_chinese_partner_named_with_its_team(text: str) -> None:
    found = of(facts(text, "zh"), "PARTNERS_WITH")
    assert {o for _, _, o in found} == {"Alibaba"}


def test_chinese_partner_without_an_agreement_is_none() -> None:
    assert not of(facts("月之暗面的创始人曾在阿里巴巴通义千问团队工作。", "zh"), "PARTNERS_WITH")


@pytest.mark.parametrize("text", [
    "xAI, Elon Musk's start-up, is raising another round.",
    "xAI, Elon Musk's artificial intelligence company, is raising another round.",
])
def test_firm_introduced_as_someones_start_up(text: str) -> None:
    assert ("Elon Musk", "LEADS", "xAI") in facts(text, "en")


def test_someones_start_up_needs_the_apposition() -> None:
    found = facts("xAI hired engineers from Elon Musk's start-up team.", "en")
    assert ("Elon Musk", "LEADS", "xAI") not in found


def test_german_hiring_with_hat_is_no_dismissal() -> None:
    found = facts("Aleph Alpha hat Sarah Lindqvist als Finanzchefin eingestellt.", "de")
    assert ("Sarah Lindqvist", "LEFT", "Aleph Alpha") not in found


@pytest.mark.parametrize("text", [
    "Aleph Alpha entließ Sarah Lindqvist im November.",
    "Der Verwaltungsrat von Aleph Alpha hatte Sarah Lindqvist überraschend entlassen.",
    "Aleph Alpha setzte Sarah Lindqvist vor die Tür.",
])
def test_german_dismissals_still_read(text: str) -> None:
    assert ("Sarah Lindqvist", "LEFT", "Aleph Alpha") in facts(text, "de")


@pytest.mark.parametrize("text,lang", [
    ("Selon l'AI Safety Institute, le modèle reste sûr.", "fr"),
    ("El AI Safety Institute del Reino Unido evaluó el modelo.", "es"),
    ("Secondo l'AI Safety Institute, il modello è sicuro.", "it"),
    ("Segundo o AI Safety Institute, o modelo é seguro.", "pt"),
])
def test_english_institute_name_in_romance_prose(text: str, lang: str) -> None:
    assert entities(text, lang).get("AI Safety Institute") == "Organization"


def test_institute_near_a_model_word_is_no_model() -> None:
    found = entities("Secondo l'Allen Institute, il modello è aperto a tutti.", "it")
    assert found.get("Allen Institute") == "Organization"


def test_known_alliance_ending_a_longer_name_keeps_the_whole_name() -> None:
    found = entities("SK Telecom and Deutsche Telekom set up the Global Telco AI Alliance.", "en")
    assert found.get("Global Telco AI Alliance") == "Organization"
    assert "AI Alliance" not in found
    assert entities("Meta and IBM launched the AI Alliance.", "en").get(
        "AI Alliance") == "Organization"


def test_a_model_named_with_a_capital_letter_ends_its_sentence() -> None:
    text = "Naver unveiled HyperCLOVA X. The weights will not be published."
    assert [s.text for s in split(text)] == ["Naver unveiled HyperCLOVA X.",
                                            "The weights will not be published."]
    assert len(split("The deal was signed by John F. Kennedy and George R. R. Martin.")) == 1


def test_a_withheld_release_in_the_next_sentence_is_no_open_release() -> None:
    found = facts("Naver ha mostrato HyperCLOVA X. I suoi pesi resteranno riservati e non "
                  "verranno pubblicati.", "it")
    assert ("Naver", "OPEN_SOURCED", "HyperCLOVA X") not in found


def test_an_abbreviation_of_a_thing_is_no_list_member() -> None:
    found = entities("Unlike OpenAI, which sells access through a paid API, Mistral AI lets "
                     "anyone download its models.", "en")
    assert "API" not in found and found.get("Mistral AI") == "Organization"


@pytest.mark.parametrize("text,lang,firm,position", [
    ("Mistral AI publishes its weights on Hugging Face.", "en", "Mistral AI",
     "open-weight release"),
    ("OpenAI offers its models only through its paid API.", "en", "OpenAI", "closed models"),
    ("OpenAI bietet seine Modelle nur über kostenpflichtige Schnittstellen an.", "de", "OpenAI",
     "closed models"),
    ("OpenAI ne propose ses modèles que via une API payante.", "fr", "OpenAI", "closed models"),
])
def test_weights_published_or_kept_behind_an_api(text: str, lang: str, firm: str,
                                                  position: str) -> None:
    assert (firm, "SUPPORTS", position) in facts(text, lang)


def test_no_longer_publishing_weights_is_no_open_stance() -> None:
    assert not of(facts("OpenAI no longer publishes its weights.", "en"), "SUPPORTS")


def _gate_case(text: str, actor: str, position: str) -> tuple[Sentence, Mention, Mention]:
    a, p = text.index(actor), text.index(position)
    return (Sentence(0, len(text), text),
            Mention(a, a + len(actor), "org:x", "Organization", actor),
            Mention(p, p + len(position), "position:open-weights", "PolicyPosition", position))


@pytest.mark.parametrize("lang,text,actor,position,foil", [
    ("en", "Unlike OpenAI and Anthropic, which sell access through an API, Mistral AI "
     "publishes open weights.", "Anthropic", "open weights", True),
    ("en", "Unlike OpenAI, Mistral AI publishes open weights.", "OpenAI", "open weights", True),
    ("fr", "Contrairement à OpenAI, qui vend un accès payant, Mistral AI publie des modèles "
     "ouverts.", "OpenAI", "modèles ouverts", True),
    ("es", "A diferencia de Alibaba, que publicó pesos abiertos, ByteDance guarda Seedream.",
     "Alibaba", "pesos abiertos", False),
    ("en", "Unlike Meta's open weights, Gemini stays closed.", "Meta", "open weights", False),
    ("en", "Like Meta, Mistral AI publishes open weights.", "Meta", "open weights", False),
    ("en", "OpenAI, unlike Meta, keeps closed models; Mistral AI publishes open weights.",
     "Mistral AI", "open weights", False),
])
def test_pair_layer_gives_a_contrasted_firm_no_stance(lang: str, text: str, actor: str,
                                                       position: str, foil: bool) -> None:
    sent, a, p = _gate_case(text, actor, position)
    assert Gate(lang).foil(text, sent, a, p) is foil


@pytest.mark.parametrize("text,lang", [
    ("Omar Haddad worked at Cohere, which he left in 2023.", "en"),
    ("Omar Haddad a travaillé chez Cohere, qu'il a quitté en 2023.", "fr"),
    ("Omar Haddad arbeitete bei Cohere, das er 2023 verließ.", "de"),
    ("Omar Haddad trabajó en Cohere, que dejó en 2023.", "es"),
    ("Omar Haddad ha lavorato in Cohere, che ha lasciato nel 2023.", "it"),
    ("Omar Haddad trabalhou na Cohere, que deixou em 2023.", "pt"),
])
def test_a_firm_the_person_later_left_in_a_relative_clause(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert ("Omar Haddad", "LEFT", "Cohere") in found
    assert ("Omar Haddad", "WORKS_FOR", "Cohere") not in found


def test_a_relative_clause_with_its_own_object_is_not_what_was_left() -> None:
    found = facts("Lena Brandt, fundadora da Mistral AI, que deixou a Meta em 2023, voltou a "
                  "Paris.", "pt")
    assert ("Lena Brandt", "LEFT", "Meta") in found
    assert ("Lena Brandt", "LEFT", "Mistral AI") not in found


@pytest.mark.parametrize("text,person,firm", [
    ("Omar Haddad ist als Chef von Mistral AI zurückgetreten.", "Omar Haddad", "Mistral AI"),
    ("Lena Brandt trat im März als Chefin von Cohere zurück.", "Lena Brandt", "Cohere"),
])
def test_german_resignation_as_a_role_of_a_firm(text: str, person: str, firm: str) -> None:
    assert (person, "LEFT", firm) in facts(text, "de")


def test_german_past_stood_at_the_head_of() -> None:
    found = facts("Omar Haddad stand jahrelang an der Spitze von Cohere.", "de")
    assert ("Omar Haddad", "LEADS", "Cohere") in found


@pytest.mark.parametrize("text,lang,person,left,gone_to", [
    ("Omar Haddad a travaillé chez Google DeepMind, qu'il a quitté en 2023 pour fonder "
     "Mistral AI.", "fr", "Omar Haddad", "Google DeepMind", "Mistral AI"),
    ("Omar Haddad, who ran research at Apple, left in May to join Meta.", "en", "Omar Haddad",
     "Apple", "Meta"),
])
def test_the_firm_of_a_purpose_clause_is_not_the_one_left(text: str, lang: str, person: str,
                                                          left: str, gone_to: str) -> None:
    found = facts(text, lang)
    assert (person, "LEFT", left) in found
    assert (person, "LEFT", gone_to) not in found


def test_the_author_of_a_report_is_not_the_firm_left() -> None:
    found = facts("Shares dipped on a report by The Information saying that Omar Haddad, a "
                  "scientist on its chip team, had left to join xAI.", "en")
    assert not {f for f in found if f[1] == "LEFT" and f[2] in ("The Information", "xAI")}


def test_a_purpose_verb_claims_only_its_own_near_object() -> None:
    found = facts("Lena Brandt left to start a company in 2024 after Meta cut the unit.", "en")
    assert ("Lena Brandt", "LEFT", "Meta") in found

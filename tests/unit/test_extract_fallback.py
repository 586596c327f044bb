"""The cue-word fallback layer (`ingest/fallback.py`): facts no pattern spells out.

Every sentence here was written for these tests. Each positive case checks the triple and
that it came from the fallback (a `cue:` extractor at low confidence), so a later pattern
that happens to cover the sentence shows up as a change to look at, not as a silent pass.
"""

from __future__ import annotations

import pytest

from stratgraph.ingest.fallback_grammar import quoted_from
from stratgraph.ingest.langdata import load
from extract_helpers import facts, lines

FOUND = [
    ("en", "Anthropic, the startup founded by former OpenAI staff, on Monday shipped Claude 3 "
           "with a partner cloud.", ("Anthropic", "RELEASED", "Claude 3")),
    ("de", "Vessel AI gilt seit Jahren als einer der schärfsten Konkurrenten von OpenAI.",
     ("Vessel AI", "COMPETES_WITH", "OpenAI")),
    ("de", "Lena Vogt, die 2023 Vessel AI gründete, sprach am Montag in München.",
     ("Lena Vogt", "FOUNDED", "Vessel AI")),
    ("de", "Sutskever gründete die Firma mit Daniel Gross, der früher Apple leitete.",
     ("Daniel Gross", "LEADS", "Apple")),
    ("fr", "La start-up Vessel AI, qui avait levé 40 millions d'euros en 2023 auprès notamment "
           "de Lightspeed et de Nvidia, cherche un acheteur.",
     ("Nvidia", "INVESTS_IN", "Vessel AI")),
    ("es", "Vessel AI sufrió una semana difícil. Ana Ruiz, su directora general, renunció el "
           "viernes tras la votación.", ("Ana Ruiz", "LEFT", "Vessel AI")),
    ("fr", "Face à elle, Nimbus Labs et Vessel AI proposent des générateurs d'images fermés.",
     ("Vessel AI", "SUPPORTS", "closed models")),
    ("de", "Vessel AI setzt seit der Gründung auf geschlossene Modelle.",
     ("Vessel AI", "SUPPORTS", "closed models")),
    ("en", "Vessel AI has raised $500 million. Lightspeed and Nimbus Capital led the financing.",
     ("Nimbus Capital", "INVESTS_IN", "Vessel AI")),
    ("de", "Auf der großen Entwicklerkonferenz in Las Vegas präsentierte Vessel AI am Dienstag die Modellfamilie "
           "Odin-2.", ("Vessel AI", "RELEASED", "Odin-2")),
    ("es", "En su lugar, Google DeepMind ha contratado a Varun Mohan, a Douglas Chen y a un "
           "pequeño grupo de investigadores.", ("Douglas Chen", "WORKS_FOR", "Google DeepMind")),
    ("it", "A giugno Meta ha investito in Vessel AI e ne ha assunto il fondatore Tom Reyes.",
     ("Tom Reyes", "WORKS_FOR", "Meta")),
    ("en", "Vessel AI was criticized by Nimbus Labs for its data practices.",
     ("Nimbus Labs", "CRITICIZED", "Vessel AI")),
    ("fr", "Vessel AI et Nimbus Labs sont de farouches rivaux.",
     ("Vessel AI", "COMPETES_WITH", "Nimbus Labs")),
    ("en", "Odin-2, released by Vessel AI in March, tops the leaderboard.",
     ("Vessel AI", "RELEASED", "Odin-2")),
    ("en", "Vessel AI, which siblings Ana and Tom Reyes set up in 2021, has built its brand on "
           "safety.", ("Tom Reyes", "FOUNDED", "Vessel AI")),
    ("fr", "Nvidia, lui, multiplie les paris : il a racheté cet été la pépite Vessel AI pour "
           "600 millions de dollars.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("de", "Im vergangenen Jahr sammelte Vessel AI in einer Finanzierungsrunde 208 Millionen "
           "Dollar ein, an der sich unter anderem Google und Nvidia beteiligten.",
     ("Nvidia", "INVESTS_IN", "Vessel AI")),
    ("en", "On Monday Clara Dufresne spoke as chief executive of the French start-up Vessel AI.",
     ("Clara Dufresne", "LEADS", "Vessel AI")),  # (in apposition a rule reads it since s32)
    ("fr", "Soutenue par Microsoft, Nvidia et le fonds américain Nimbus Capital, Vessel AI est "
           "devenue un symbole.", ("Nimbus Capital", "INVESTS_IN", "Vessel AI")),
    ("en", "Backed by Nvidia, Vessel AI has grown fast.", ("Nvidia", "INVESTS_IN", "Vessel AI")),
    # ("Laura Sánchez, vicepresidenta adjunta del departamento jurídico de X" is now read by the
    # role-of-department pattern: tests/unit/test_extract_s3_business.py)
    ("de", "Zugleich richtet sich Vessel AI an Geschäftskunden und konkurriert dort mit OpenAI.",
     ("Vessel AI", "COMPETES_WITH", "OpenAI")),
    ("it", "Su quella scelta Vessel AI aveva costruito la propria reputazione, in "
           "contrapposizione a OpenAI e Google.", ("Vessel AI", "COMPETES_WITH", "Google")),
    ("en", "Vessel AI raised money. For Vessel AI, the deal comes at a moment when it is racing "
           "OpenAI and Google.", ("Vessel AI", "COMPETES_WITH", "OpenAI")),
    ("en", "Mistral AI shipped two models. Le Chat, the firm's consumer assistant, got a new "
           "voice mode the same day.", ("Mistral AI", "DEVELOPS", "Le Chat")),
    ("de", "Odin-3 ist das neue Modell von Vessel AI.", ("Vessel AI", "DEVELOPS", "Odin-3")),
    ("es", "Ana Ruiz, directora de tecnología (CTO) de Vessel AI y una de las caras más "
           "visibles de la empresa, anunció el miércoles que deja la compañía.",
     ("Ana Ruiz", "LEFT", "Vessel AI")),
    ("fr", "En réponse à DeepSeek, Baidu a rendu son chatbot gratuit.",
     ("DeepSeek", "INFLUENCED", "Baidu")),
    ("en", "Google, whose Gemini team had grown fast, hired Ana Ruiz as its vice president for "
           "research.", ("Ana Ruiz", "WORKS_FOR", "Google")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), FOUND)
def test_a_cue_word_and_typed_neighbours_make_a_fact(lang: str, text: str,
                                                     triple: tuple[str, str, str]) -> None:
    rows = [r for r in lines(text, lang) if r["kind"] == "fact"
            and (r["subject"]["name"], r["predicate"], r["object"]["name"]) == triple]
    assert rows, f"{triple} not found in {facts(text, lang)}"
    assert rows[0]["extractor"].startswith("cue:")
    assert rows[0]["confidence"] <= 0.5


NOT_FOUND = [
    # negation, question and plan
    ("en", "Vessel AI did not release Odin-3, and Nimbus Labs never acquired Vessel AI.",
     {("Vessel AI", "RELEASED", "Odin-3"), ("Nimbus Labs", "ACQUIRED", "Vessel AI")}),
    ("en", "Is Vessel AI about to release Odin-3?", {("Vessel AI", "RELEASED", "Odin-3")}),
    # a verb's object reached through a preposition is not what the verb acts on
    ("es", "OpenAI compra chips de Nvidia.", {("OpenAI", "ACQUIRED", "Nvidia")}),
    # the possessor of a team is not what its leader leads
    ("en", "Lucas Berg, who led Google's robotics team, spoke on Friday.",
     {("Lucas Berg", "LEADS", "Google")}),
    # co-investors named after "alongside" are not invested in
    ("en", "Perplexity is raising new money. Nvidia joined the round alongside Microsoft.",
     {("Nvidia", "INVESTS_IN", "Microsoft")}),
    # ", and X has committed": a new clause, not a second object of "invest"
    ("en", "Google agreed to invest $2 billion in Anthropic, and Amazon has committed more.",
     {("Google", "INVESTS_IN", "Amazon")}),
    # a promise in quoted speech is no release
    ("en", '"It is high time we open-sourced Odin-3," the founder of Vessel AI wrote.',
     {("Vessel AI", "OPEN_SOURCED", "Odin-3")}),
    # open models named as a risk are no stance
    ("en", "OpenAI described a protocol against the risks posed by open-source models.",
     {("OpenAI", "SUPPORTS", "open-weight release")}),
    # the passive's object is the entity no preposition governs
    ("it", "Anthropic, fondata da ex ricercatori di OpenAI, è sostenuta da Amazon.",
     {("Amazon", "INVESTS_IN", "OpenAI")}),
    # an affiliation apposition is not a second subject
    ("it", "Yann LeCun, di Meta, ha criticato Anthropic.", {("Meta", "CRITICIZED", "Anthropic")}),
    # a reported clause has its own actor
    ("en", "Ken Griffin said his hedge fund Citadel invested in Anthropic.",
     {("Ken Griffin", "INVESTS_IN", "Anthropic")}),
    # a relative pronoun whose antecedent is no entity gives no actor
    ("fr", "Fondée par Lucas Berg, Nordic Robotics compte 30 salariés, qui rejoindront Cohere.",
     {("Lucas Berg", "WORKS_FOR", "Cohere")}),
    # both camps named: a comparison, not a stance
    ("en", "Vessel AI said open models now match the closed models of its rivals.",
     {("Vessel AI", "SUPPORTS", "open-weight release"),
      ("Vessel AI", "SUPPORTS", "closed models")}),
    # a lab that distributes another lab's model did not release it
    ("en", "Microsoft, which has invested in OpenAI, offered Llama 2 on its Azure cloud.",
     {("Microsoft", "RELEASED", "Llama 2")}),
    # a role noun after "and" belongs to other people
    ("en", "Vessel AI kept its weights closed, and Clara Dufresne and many researchers "
           "criticized it.", {("Clara Dufresne", "WORKS_FOR", "Vessel AI")}),
    # no money, no funding round
    ("en", "Vessel AI had secured compute for the Nimbus Labs team.",
     {("Nimbus Labs", "INVESTS_IN", "Vessel AI")}),
    # "led by" far from its entity names nobody's leader
    ("en", "OpenAI's board turned down a bid from a consortium led by Elon Musk.",
     {("Elon Musk", "LEADS", "OpenAI")}),
    # a rumoured purchase is no purchase
    ("zh", "当时有传言称阿里巴巴将收购零一万物。", {("Alibaba", "ACQUIRED", "01.AI")}),
    # a former title a few words before the organization is a past role
    ("it", "Alexandr Wang guida i laboratori insieme all'ex amministratore delegato di GitHub "
           "Nat Friedman.", {("Nat Friedman", "LEADS", "GitHub")}),
    # the object of a second verb is not the first verb's
    ("en", "Lena Vogt, who ran a research team at Vessel AI, quit days later and joined rival "
           "Nimbus Labs.", {("Lena Vogt", "LEFT", "Nimbus Labs")}),
    # "the purchase of chips from X" buys no company
    ("es", "OpenAI anunció la compra de chips de Nvidia.", {("OpenAI", "ACQUIRED", "Nvidia")}),
    # German passive "werden" is no plan
    ("de", "Vessel AI hat zwei Modelle vorgestellt, deren Gewichte frei heruntergeladen werden "
           "können: Odin-3 Mini und Odin-3 Max.", {("Vessel AI", "DEVELOPS", "Odin-3 Mini")}),
    # Chinese full-width punctuation ends a gap like its ASCII twin
    ("zh", "自DeepSeek今年初凭借开源模型R1引发全球关注以来，越来越多的公司加快了开源节奏：百度也宣布将开源"
           "文心大模型。", {("DeepSeek", "DEVELOPS", "ERNIE")}),
    # a role far from the person is not the person's role
    ("fr", "« L'Europe se trompe », a estimé Joel Kaplan, directeur des affaires publiques du "
           "groupe de Mark Zuckerberg.", {("Mark Zuckerberg", "LEADS", "Meta"),
                                          ("Mark Zuckerberg", "LEADS", "Google")}),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), NOT_FOUND)
def test_guards_keep_the_fallback_from_overreaching(lang: str, text: str,
                                                    unwanted: set[tuple[str, str, str]]) -> None:
    assert not unwanted & facts(text, lang)


def test_a_departure_outranks_the_role_the_person_held() -> None:
    found = facts("Vessel AI sufrió una semana difícil. Ana Ruiz, su directora general, "
                  "renunció el viernes.", "es")
    assert ("Ana Ruiz", "LEADS", "Vessel AI") not in found


def test_a_departure_adds_to_the_role_a_pattern_read() -> None:
    found = facts("Vessel AI a changé de tête. Clara Dufresne, fondatrice et directrice générale "
                  "de Vessel AI, a démissionné vendredi.", "fr")
    assert ("Clara Dufresne", "LEFT", "Vessel AI") in found


def test_a_chief_officer_of_a_function_works_for_the_lab() -> None:
    found = facts("Jared Kaplan, Anthropic's chief science officer, spoke on Monday.", "en")
    assert ("Jared Kaplan", "WORKS_FOR", "Anthropic") in found
    assert ("Jared Kaplan", "LEADS", "Anthropic") not in found


def test_a_founder_and_chief_both_count() -> None:
    found = facts("Amnon Shashua ist vor allem als Mitgründer und Chef des "
                  "Fahrassistenz-Spezialisten Mobileye bekannt.", "de")
    assert {("Amnon Shashua", "FOUNDED", "Mobileye"), ("Amnon Shashua", "LEADS", "Mobileye")} <= found


def test_a_longer_work_role_wins_over_the_lead_role_inside_it() -> None:
    found = facts("Vessel AI lost two people this week. Ana Ruiz, directora de investigación, "
                  "se marcha a Google.", "es")
    assert ("Ana Ruiz", "LEADS", "Vessel AI") not in found


def test_fallback_cues_compile_for_every_supported_language() -> None:
    for lang in ("en", "fr", "de", "es", "zh"):
        kinds = {cue.kind for cue in load(lang).fallback}
        assert {"role", "verb", "release", "stance"} <= kinds, lang


@pytest.mark.parametrize(("text", "at", "inside"), [
    ('He said "we will ship it" today', 12, True),
    ('He said "we will ship it" today', 28, False),
    ("Er sagte „wir liefern“ und ging", 12, True),
    ("Er sagte „wir liefern“ und ging", 25, False),
    ("Il a dit « nous livrons » hier", 13, True),
])
def test_quoted_speech_is_recognised_in_several_conventions(text: str, at: int,
                                                            inside: bool) -> None:
    assert quoted_from(text)[at] is inside


def test_a_model_with_a_spaced_version_is_found_and_plain_numbers_are_not() -> None:
    rows = lines("Vessel AI released Odin 2 Pro and Odin 1.5 today; Windows 11 and Article 5 "
                 "stay words.", "en")
    models = {r["name"] for r in rows if r["kind"] == "entity" and r["type"] == "Model"}
    assert {"Odin 2 Pro", "Odin 1.5"} <= models
    assert not {"Windows 11", "Article 5"} & models


def test_members_of_a_released_family_are_released_by_the_same_lab() -> None:
    found = facts("La start-up parisienne Vessel AI a présenté mardi Odin-3. Elle se décline en "
                  "deux versions : Odin-3 Small, dont les poids sont publiés sous licence Apache "
                  "2.0, et Odin-3 Medium, réservé aux entreprises.", "fr")
    assert ("Vessel AI", "OPEN_SOURCED", "Odin-3 Small") in found
    assert ("Vessel AI", "RELEASED", "Odin-3 Medium") in found


def test_a_family_member_still_to_come_is_developed_not_released() -> None:
    found = facts("Vessel AI released Odin-3 on Monday. A larger Odin-3 Max will follow next "
                  "year.", "en")
    assert ("Vessel AI", "RELEASED", "Odin-3 Max") not in found


def test_a_tier_word_after_a_model_names_a_family_member() -> None:
    rows = lines("Vessel AI released Odin-3. The family includes Odin-3 Mini and Odin-3 Max.", "en")
    models = {r["name"] for r in rows if r["kind"] == "entity" and r["type"] == "Model"}
    assert {"Odin-3", "Odin-3 Mini", "Odin-3 Max"} <= models


def test_names_introduced_by_called_are_models_or_products() -> None:
    rows = lines("Vessel AI sells an agent platform called Tern to banks and trains a model named "
                 "Odin.", "en")
    typed = {(r["name"], r["type"]) for r in rows if r["kind"] == "entity"}
    assert {("Tern", "Product"), ("Odin", "Model")} <= typed


def test_german_compound_titles_after_an_organization_are_work_roles() -> None:
    found = facts("Das Start-up wurde vom früheren Apple-Designchef Jony Ive gegründet.", "de")
    assert ("Jony Ive", "LEFT", "Apple") in found


def test_an_opposing_cue_wins_over_a_supporting_one_for_the_same_position() -> None:
    found = facts("Elon Musk sued to block the for-profit conversion of Vessel AI.", "en")
    assert ("Elon Musk", "OPPOSES", "for-profit restructuring") in found
    assert ("Elon Musk", "SUPPORTS", "for-profit restructuring") not in found

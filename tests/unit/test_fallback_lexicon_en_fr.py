"""The English and French cue lexicons (`macros:` of `ingest/rules/en.yaml`, `fr.yaml`).

Journalists rarely write "acquired" or "competes with": they write "snapped up", "s'offre",
"goes head to head with", "croise le fer avec". These macros feed both the precise patterns
and the cue-word fallback, so each phrasing below must yield its fact whichever layer reads
it. Every sentence was written for these tests (fictional events about real or invented
companies); the negatives pin the limits that keep the broader lexicon precise.
"""

from __future__ import annotations

import pytest

from extract_helpers import facts, of

Case = tuple[str, str, tuple[str, str, str]]
SYMMETRIC = {"COMPETES_WITH", "PARTNERS_WITH"}

EN: list[Case] = [
    # acquisitions: phrasal verbs, agreements to buy, completed deals
    ("en", "Nvidia scooped up the robotics start-up Vessel AI for an undisclosed sum.",
     ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("en", "Microsoft agreed to buy Vessel AI after months of talks.",
     ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("en", "Last week Amazon completed its $400 million takeover of Vessel AI.",
     ("Amazon", "ACQUIRED", "Vessel AI")),
    ("en", "Vessel AI has agreed to be acquired by Salesforce.",
     ("Salesforce", "ACQUIRED", "Vessel AI")),
    # a participle with its agent: the agent is the buyer, never the bought
    ("en", "Vessel AI, snapped up by Nvidia in 2024, still builds robot arms.",
     ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("en", "Vessel AI, bought by Amazon two years ago, kept its brand.",
     ("Amazon", "ACQUIRED", "Vessel AI")),
    # partnerships
    ("en", "Mistral AI has teamed up with Nvidia to build a European cloud.",
     ("Mistral AI", "PARTNERS_WITH", "Nvidia")),
    ("en", "Anthropic inked a multi-year cloud deal with Google on Tuesday.",
     ("Anthropic", "PARTNERS_WITH", "Google")),
    ("en", "Meta and Vessel AI set up a joint venture to make smart glasses.",
     ("Meta", "PARTNERS_WITH", "Vessel AI")),
    ("en", "Cohere joined forces with Oracle to sell models to banks.",
     ("Cohere", "PARTNERS_WITH", "Oracle")),
    # rivalry
    ("en", "Vessel AI styles itself a serious challenger to Anthropic.",
     ("Vessel AI", "COMPETES_WITH", "Anthropic")),
    ("en", "In coding tools, Mistral AI now goes head to head with OpenAI.",
     ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("en", "xAI is locked in a bruising race with OpenAI for compute.",
     ("xAI", "COMPETES_WITH", "OpenAI")),
    # hires
    ("en", "Ana Ruiz was hired by Anthropic as head of product research.",
     ("Ana Ruiz", "WORKS_FOR", "Anthropic")),
    ("en", "After her doctorate, Ana Ruiz took a job at Google in Zurich.",
     ("Ana Ruiz", "WORKS_FOR", "Google")),
    ("en", "Ana Ruiz was hired as head of applied research by Vessel AI in May.",
     ("Ana Ruiz", "WORKS_FOR", "Vessel AI")),
    ("en", "Ana Ruiz now works as a senior engineer at Mistral AI.",
     ("Ana Ruiz", "WORKS_FOR", "Mistral AI")),
    # departures through a preposition: the cue carries it
    ("en", "Lena Vogt, who bowed out of Vessel AI in March, now advises start-ups.",
     ("Lena Vogt", "LEFT", "Vessel AI")),
    ("en", "Lena Vogt walked away from Google after a decade.",
     ("Lena Vogt", "LEFT", "Google")),
    # investments through a round
    ("en", "Nvidia anchored a $40 million round in Vessel AI.",
     ("Nvidia", "INVESTS_IN", "Vessel AI")),
    # criticism
    ("en", "Elon Musk took another swipe at OpenAI during the interview.",
     ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("en", "Yann LeCun pointed the finger at Anthropic over the lobbying push.",
     ("Yann LeCun", "CRITICIZED", "Anthropic")),
    ("en", "Gary Marcus hit out at Microsoft in a long blog post.",
     ("Gary Marcus", "CRITICIZED", "Microsoft")),
    ("en", "Sam Altman fired back at Elon Musk in a late-night post.",
     ("Sam Altman", "CRITICIZED", "Elon Musk")),
    ("en", "Gary Marcus, a persistent critic of Anthropic, spoke after the keynote.",
     ("Gary Marcus", "CRITICIZED", "Anthropic")),
    ("en", "Meta poured cold water on OpenAI and its claims about reasoning.",
     ("Meta", "CRITICIZED", "OpenAI")),
    # leadership and releases
    ("en", "Lena Vogt, who has been at the helm of Vessel AI since 2022, spoke first.",
     ("Lena Vogt", "LEADS", "Vessel AI")),
    ("en", "Google took the wraps off Gemini 3 at its developer conference.",
     ("Google", "RELEASED", "Gemini 3")),
    ("en", "Alibaba made the weights of Qwen3 available to everyone.",
     ("Alibaba", "OPEN_SOURCED", "Qwen3")),
    ("en", "Alibaba released Qwen3 as an openly licensed model.",
     ("Alibaba", "OPEN_SOURCED", "Qwen3")),
    # stances
    ("en", "Meta has long been a vocal supporter of open-weight models.",
     ("Meta", "SUPPORTS", "open-weight release")),
    ("en", "Vessel AI keeps its flagship models API-only.",
     ("Vessel AI", "SUPPORTS", "closed models")),
    ("en", "Vessel AI is preparing to shed its nonprofit structure.",
     ("Vessel AI", "SUPPORTS", "for-profit restructuring")),
    ("en", "Vessel AI said its nonprofit parent will continue to control the lab.",
     ("Vessel AI", "SUPPORTS", "nonprofit control")),
    ("en", "Anthropic presents itself as a safety-first lab.",
     ("Anthropic", "SUPPORTS", "AI safety priority")),
]

FR: list[Case] = [
    ("fr", "Nvidia s'offre la start-up Vessel AI pour 300 millions d'euros.",
     ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("fr", "Microsoft s'est emparé de Vessel AI au terme d'une longue bataille.",
     ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("fr", "Amazon a finalisé le rachat de Vessel AI en mars.",
     ("Amazon", "ACQUIRED", "Vessel AI")),
    ("fr", "Vessel AI a été rachetée par Salesforce à l'automne.",
     ("Salesforce", "ACQUIRED", "Vessel AI")),
    ("fr", "Vessel AI, rachetée par Nvidia l'an dernier, garde son siège à Lyon.",
     ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("fr", "Mistral AI a noué une alliance stratégique avec Nvidia.",
     ("Mistral AI", "PARTNERS_WITH", "Nvidia")),
    ("fr", "Vessel AI s'allie à Nvidia pour servir les hôpitaux.",
     ("Vessel AI", "PARTNERS_WITH", "Nvidia")),
    ("fr", "Mistral AI et Vessel AI ont créé une coentreprise à Lyon.",
     ("Mistral AI", "PARTNERS_WITH", "Vessel AI")),
    ("fr", "Sur le marché européen, Vessel AI se pose face à OpenAI.",
     ("Vessel AI", "COMPETES_WITH", "OpenAI")),
    ("fr", "Vessel AI est devenue la principale rivale d'Anthropic.",
     ("Vessel AI", "COMPETES_WITH", "Anthropic")),
    ("fr", "Vessel AI, alternative européenne à Anthropic, séduit les banques.",
     ("Vessel AI", "COMPETES_WITH", "Anthropic")),
    ("fr", "Dans le code, Mistral AI croise le fer avec OpenAI.",
     ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("fr", "Claire Martin a été recrutée par Mistral AI en 2024.",
     ("Claire Martin", "WORKS_FOR", "Mistral AI")),
    ("fr", "Claire Martin est passée chez Google au printemps.",
     ("Claire Martin", "WORKS_FOR", "Google")),
    ("fr", "Claire Martin, nouvelle recrue de Mistral AI, pilotera les ventes.",
     ("Claire Martin", "WORKS_FOR", "Mistral AI")),
    ("fr", "Claire Martin a été recrutée comme directrice des ventes par Vessel AI.",
     ("Claire Martin", "WORKS_FOR", "Vessel AI")),
    ("fr", "Claire Martin est partie de chez Google en mai.",
     ("Claire Martin", "LEFT", "Google")),
    ("fr", "Claire Martin a quitté ses fonctions chez Vessel AI.",
     ("Claire Martin", "LEFT", "Vessel AI")),
    ("fr", "Elon Musk a taclé OpenAI lors de la conférence.",
     ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("fr", "Yann LeCun a tiré à boulets rouges sur Anthropic.",
     ("Yann LeCun", "CRITICIZED", "Anthropic")),
    ("fr", "Gary Marcus, grand détracteur d'Anthropic, a pris la parole.",
     ("Gary Marcus", "CRITICIZED", "Anthropic")),
    ("fr", "Vessel AI, le rival européen d'OpenAI, recrute à Paris.",
     ("Vessel AI", "COMPETES_WITH", "OpenAI")),
    ("fr", "Claire Martin a pris les rênes de Vessel AI en janvier.",
     ("Claire Martin", "LEADS", "Vessel AI")),
    ("fr", "Alibaba a publié les poids de Qwen3 sur sa plateforme.",
     ("Alibaba", "OPEN_SOURCED", "Qwen3")),
    ("fr", "Google a déployé Gemini 3 dans toute l'Europe.",
     ("Google", "RELEASED", "Gemini 3")),
    ("fr", "Meta est devenu le fer de lance de l'open source.",
     ("Meta", "SUPPORTS", "open-weight release")),
    ("fr", "Vessel AI commercialise ses modèles sous licence propriétaire.",
     ("Vessel AI", "SUPPORTS", "closed models")),
    ("fr", "Vessel AI veut abandonner son statut d'association.",
     ("Vessel AI", "SUPPORTS", "for-profit restructuring")),
    ("fr", "Anthropic met la sécurité au cœur de sa stratégie.",
     ("Anthropic", "SUPPORTS", "AI safety priority")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), EN + FR)
def test_journalistic_phrasing_yields_the_fact(lang: str, text: str,
                                               triple: tuple[str, str, str]) -> None:
    found = facts(text, lang)
    subject, predicate, obj = triple
    if predicate in SYMMETRIC:  # "X, rival of Y" may come out either way round
        assert triple in found or (obj, predicate, subject) in found
    else:
        assert triple in found


NOT: list[tuple[str, str, tuple[str, ...]]] = [
    # buying goods from a company is not buying the company
    ("en", "Microsoft is buying thousands of chips from Nvidia.", ("ACQUIRED",)),
    # opposing a conversion is not supporting it
    ("en", "Elon Musk fought hard against the plan to go for-profit at OpenAI.", ("SUPPORTS",)),
    # a negated swipe, a refused takeover
    ("en", "Sam Altman did not take a swipe at Anthropic this time.", ("CRITICIZED",)),
    ("fr", "Vessel AI n'a pas été rachetée par Salesforce, contrairement aux rumeurs.",
     ("ACQUIRED",)),
    # a journal naming someone is no hire; a task assigned is no lawsuit
    ("fr", "Le magazine Time a nommé Sam Altman parmi les personnalités de l'année.",
     ("WORKS_FOR",)),
    ("fr", "Mistral AI assigne une équipe à Nvidia pour le projet.", ("CRITICIZED",)),
    # facing a lawsuit is not a rivalry
    ("en", "OpenAI took on debt from SoftBank to pay for data centres.", ("COMPETES_WITH",)),
    # idioms that share a word with an investment or a hire
    ("en", "Meta poured cold water on OpenAI and its claims about reasoning.", ("INVESTS_IN",)),
    ("en", "DeepSeek puts pressure on OpenAI to cut its prices.", ("INVESTS_IN",)),
    ("en", "Meta committed to releasing Llama 4 weights alongside Microsoft.", ("INVESTS_IN",)),
    ("en", "Sam Altman returned to the stage after Microsoft had spoken.", ("WORKS_FOR",)),
    ("fr", "Sam Altman est arrivé chez Microsoft pour une réunion.", ("WORKS_FOR",)),
    # blaming an outage on a supplier is no criticism of a rival
    ("en", "OpenAI blamed the outage on a Microsoft data centre.", ("CRITICIZED",)),
]


@pytest.mark.parametrize(("lang", "text", "predicates"), NOT)
def test_near_misses_give_no_fact(lang: str, text: str, predicates: tuple[str, ...]) -> None:
    assert of(facts(text, lang), *predicates) == set()


@pytest.mark.parametrize(("lang", "text", "reversed_"), [
    ("en", "Vessel AI, backed by Nvidia since its seed round, hires in Austin.",
     ("Vessel AI", "INVESTS_IN", "Nvidia")),
    ("en", "Nvidia took part in Vessel AI's latest funding round.",
     ("Vessel AI", "INVESTS_IN", "Nvidia")),
    ("en", "Sam Altman, criticized by Elon Musk for years, kept quiet.",
     ("Sam Altman", "CRITICIZED", "Elon Musk")),
    ("en", "OpenAI was sued by Elon Musk in a California court.",
     ("OpenAI", "CRITICIZED", "Elon Musk")),
    ("fr", "OpenAI a été attaquée en justice par Elon Musk.",
     ("OpenAI", "CRITICIZED", "Elon Musk")),
    ("en", "Vessel AI, bought by Amazon two years ago, kept its brand.",
     ("Vessel AI", "ACQUIRED", "Amazon")),
    ("fr", "Vessel AI, rachetée par Nvidia l'an dernier, garde son siège à Lyon.",
     ("Vessel AI", "ACQUIRED", "Nvidia")),
])
def test_the_agent_of_a_passive_is_never_its_object(
        lang: str, text: str, reversed_: tuple[str, str, str]) -> None:
    assert reversed_ not in facts(text, lang)

"""French patterns news articles use and the first rules missed (English cases and the
helpers: test_extract_en_fr_patterns.py).

Every sentence is written for this file. Each case asserts the exact triples of the relation
families it exercises; near misses (plans, questions, negations) must give none of them.
"""

from __future__ import annotations

import pytest

from stratgraph.ingest.pipeline import extract_article
from stratgraph.ingest.records import Record

Triple = tuple[str, str, str]
SYMMETRIC = {"COMPETES_WITH", "PARTNERS_WITH"}


def facts(text: str, lang: str) -> set[Triple]:
    rows = extract_article(Record(id="t", text=text, lang=lang, published="2025-05-01"),
                           learned=False)
    return {(r["subject"]["name"], r["predicate"], r["object"]["name"])
            for r in rows if r["kind"] == "fact"}


def of(found: set[Triple], *predicates: str) -> set[Triple]:
    """The triples of these predicates; rivalry and partnership read in either direction."""
    return {(min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)
            for s, p, o in found if p in predicates}

EXACT = [
    # ------------------------------------------------------------ French
    ("fr", "Mistral AI a nommé Hugo Laurent directeur général par intérim.",
     ("LEADS", "WORKS_FOR"), {("Hugo Laurent", "LEADS", "Mistral AI")}),
    ("fr", "Cohere a nommé Priya Natarajan directrice technique.", ("LEADS", "WORKS_FOR"),
     {("Priya Natarajan", "WORKS_FOR", "Cohere")}),
    ("fr", "Mistral AI traverse une période agitée. L'entreprise est dirigée par intérim par "
           "Hugo Laurent.", ("LEADS", "WORKS_FOR"), {("Hugo Laurent", "LEADS", "Mistral AI")}),
    ("fr", "Lena Ortiz, responsable de l'IA générative chez Meta, était à Bruxelles.",
     ("LEADS", "WORKS_FOR"), {("Lena Ortiz", "WORKS_FOR", "Meta")}),
    ("fr", "Lena Ortiz, membre du conseil d'administration d'Anthropic, n'a pas commenté.",
     ("LEADS", "WORKS_FOR"), {("Lena Ortiz", "WORKS_FOR", "Anthropic")}),
    ("fr", "Nadia Brun, ancienne responsable de la recherche chez Google DeepMind, a rejoint "
           "Anthropic.", ("LEADS", "WORKS_FOR", "LEFT"),
     {("Nadia Brun", "LEFT", "Google DeepMind"), ("Nadia Brun", "WORKS_FOR", "Anthropic")}),
    ("fr", "Perplexity lève de nouveaux fonds. Le tour de table a été mené par General Catalyst, "
           "avec la participation de Nvidia et de Samsung.", ("INVESTS_IN", "PARTNERS_WITH"),
     {("General Catalyst", "INVESTS_IN", "Perplexity"), ("Nvidia", "INVESTS_IN", "Perplexity"),
      ("Samsung", "INVESTS_IN", "Perplexity")}),
    ("fr", "Mistral AI a levé 600 millions d'euros auprès de Nvidia, Samsung et Bpifrance.",
     ("INVESTS_IN", "PARTNERS_WITH"),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI"),
      ("Bpifrance", "INVESTS_IN", "Mistral AI")}),
    ("fr", "Lightspeed a également soutenu Mistral AI et Anthropic.", ("INVESTS_IN",),
     {("Lightspeed Venture Partners", "INVESTS_IN", "Mistral AI"),
      ("Lightspeed Venture Partners", "INVESTS_IN", "Anthropic")}),
    ("fr", "Dario Amodei et Daniela Amodei ont quitté OpenAI pour fonder Anthropic.",
     ("LEFT", "FOUNDED"),
     {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI"),
      ("Dario Amodei", "FOUNDED", "Anthropic"), ("Daniela Amodei", "FOUNDED", "Anthropic")}),
    ("fr", "Sarah Klein a été licenciée par Meta en mars.", ("LEFT", "WORKS_FOR"),
     {("Sarah Klein", "LEFT", "Meta")}),
    ("fr", "Elon Musk a porté plainte contre OpenAI et Microsoft.", ("CRITICIZED",),
     {("Elon Musk", "CRITICIZED", "OpenAI"), ("Elon Musk", "CRITICIZED", "Microsoft")}),
    ("fr", "Anthropic s'est engagé à signer le code de bonnes pratiques de l'UE.",
     ("ANNOUNCED",), {("Anthropic", "ANNOUNCED", "Anthropic code of practice commitment")}),
    ("fr", "Face à OpenAI et Google, Mistral AI mise sur l'efficacité.", ("COMPETES_WITH",),
     {("Mistral AI", "COMPETES_WITH", "OpenAI"), ("Mistral AI", "COMPETES_WITH", "Google")}),
    ("fr", "Mistral AI a lancé Le Chat pour concurrencer ChatGPT.", ("COMPETES_WITH",),
     {("Mistral AI", "COMPETES_WITH", "OpenAI")}),
    ("fr", "Mistral AI a présenté Magistral. La gamme comprend Magistral Small et Magistral "
           "Medium.", ("RELEASED", "OPEN_SOURCED"),
     {("Mistral AI", "RELEASED", "Magistral"), ("Mistral AI", "RELEASED", "Magistral Small"),
      ("Mistral AI", "RELEASED", "Magistral Medium")}),
    ("fr", "Meta améliore sa famille Llama.", ("DEVELOPS",), {("Meta", "DEVELOPS", "Llama")}),
    ("fr", "Anthropic se positionne comme un laboratoire centré sur la sécurité.",
     ("SUPPORTS", "OPPOSES"), {("Anthropic", "SUPPORTS", "AI safety priority")}),
    ("fr", "Mistral AI reste fidèle à sa stratégie de modèles ouverts.", ("SUPPORTS", "OPPOSES"),
     {("Mistral AI", "SUPPORTS", "open-weight release")}),
    ("fr", "Anthropic refuse de publier les poids de ses modèles.", ("SUPPORTS", "OPPOSES"),
     {("Anthropic", "SUPPORTS", "closed models")}),
    ("fr", "OpenAI a longtemps été le partisan le plus farouche des modèles fermés.",
     ("SUPPORTS", "OPPOSES"), {("OpenAI", "SUPPORTS", "closed models")}),
    ("fr", "Après le succès de DeepSeek, Baidu a annoncé une baisse de prix.",
     ("INFLUENCED", "ANNOUNCED"),
     {("DeepSeek", "INFLUENCED", "Baidu"), ("Baidu", "ANNOUNCED", "Baidu price cut")}),
    ("fr", "En réponse à DeepSeek, OpenAI a lancé o3-mini.", ("INFLUENCED",),
     {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("fr", "Mistral AI a publié Magistral Small et Magistral Medium mardi. Les deux modèles sont "
           "publiés en poids ouverts.", ("RELEASED", "OPEN_SOURCED"),
     {("Mistral AI", "OPEN_SOURCED", "Magistral Small"),
      ("Mistral AI", "OPEN_SOURCED", "Magistral Medium")}),
    ("fr", "Anthropic, qui publie une partie de ses modèles sous licence libre, recrute.",
     ("SUPPORTS", "OPPOSES"), {("Anthropic", "SUPPORTS", "open-weight release")}),
    ("fr", "Les poids du modèle seront publiés en open source, a promis Mistral AI.",
     ("SUPPORTS", "OPPOSES", "RELEASED", "OPEN_SOURCED"),
     {("Mistral AI", "SUPPORTS", "open-weight release")}),
    ("fr", "Mistral AI vend du calcul. La concurrence est rude : Amazon, Microsoft et Google "
           "investissent des milliards.", ("COMPETES_WITH",),
     {("Amazon", "COMPETES_WITH", "Mistral AI"), ("Microsoft", "COMPETES_WITH", "Mistral AI"),
      ("Google", "COMPETES_WITH", "Mistral AI")}),
    ("fr", "Mistral AI vend aussi ses propres modèles, comme Mistral Medium 3.", ("DEVELOPS",),
     {("Mistral AI", "DEVELOPS", "Mistral Medium 3")}),
    ("fr", "Hugging Face mise sur les robots. Face à Google et à Nvidia, qui gardent leurs modèles "
           "fermés, la société parie sur l'ouverture.", ("COMPETES_WITH",),
     {("Hugging Face", "COMPETES_WITH", "Google"), ("Hugging Face", "COMPETES_WITH", "Nvidia")}),
    ("fr", "Jan Leike a quitté OpenAI et a rejoint le concurrent Anthropic en mai.",
     ("COMPETES_WITH",), {("Anthropic", "COMPETES_WITH", "OpenAI")}),
    ("fr", "DeepSeek a déclenché une guerre des prix. Alibaba a ensuite présenté Qwen2.5-Max.",
     ("INFLUENCED",), {("DeepSeek", "INFLUENCED", "Alibaba")}),
    ("fr", "OpenAI a vu partir plusieurs cadres, dont Mira Murati et Jan Leike.", ("LEFT",),
     {("Mira Murati", "LEFT", "OpenAI"), ("Jan Leike", "LEFT", "OpenAI")}),
    ("fr", "Google DeepMind a détaillé un nouveau cadre de sécurité.", ("ANNOUNCED",),
     {("Google DeepMind", "ANNOUNCED", "Google DeepMind safety protocol")}),
    # every "par X" of a funding list backs the lab; the former employer of one of them does not
    ("fr", "Kyutai a démarré avec un budget apporté par Xavier Niel, par l'armateur Rodolphe "
           "Saadé et par l'ancien patron de Google Eric Schmidt.", ("INVESTS_IN",),
     {("Xavier Niel", "INVESTS_IN", "Kyutai"), ("Rodolphe Saadé", "INVESTS_IN", "Kyutai"),
      ("Eric Schmidt", "INVESTS_IN", "Kyutai")}),
    # partners listed after a count of companies
    ("fr", "Meta s'est associée à une trentaine d'entreprises, dont Amazon, Databricks et Nvidia.",
     ("PARTNERS_WITH",), {("Meta", "PARTNERS_WITH", "Amazon"),
                          ("Meta", "PARTNERS_WITH", "Databricks"),
                          ("Meta", "PARTNERS_WITH", "Nvidia")}),
    ("fr", "L'argent vient de Northwind Capital, un fonds dirigé par Nat Friedman et le patron de "
           "SSI, Daniel Gross.", ("LEADS",),
     {("Nat Friedman", "LEADS", "Northwind Capital"), ("Daniel Gross", "LEADS", "Northwind Capital"),
      ("Daniel Gross", "LEADS", "Safe Superintelligence")}),
    ("fr", "Mark Zuckerberg défend sa stratégie. Il s'en prend au passage à Apple.",
     ("CRITICIZED",), {("Mark Zuckerberg", "CRITICIZED", "Apple")}),
    ("fr", "Mark Zuckerberg défend l'open source dans une lettre.", ("SUPPORTS", "OPPOSES"),
     {("Mark Zuckerberg", "SUPPORTS", "open-weight release")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), EXACT)
def test_french_pattern_gives_exactly_these_triples(lang: str, text: str,
                                                    predicates: tuple[str, ...],
                                                    expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == of(expected, *predicates)


NEAR_MISSES = [
    ("fr", "Mistral AI pourrait nommer Hugo Laurent directeur général ?", ("LEADS",)),
    ("fr", "Sarah Klein n'a pas été licenciée par Meta.", ("LEFT",)),
    ("fr", "Elon Musk n'a pas porté plainte contre OpenAI.", ("CRITICIZED",)),
    ("fr", "Anthropic ne s'est pas engagé à signer le code de bonnes pratiques.", ("ANNOUNCED",)),
    ("fr", "Anthropic a été fondée par d'anciens employés d'OpenAI.", ("FOUNDED",)),
    ("fr", "Nvidia participera-t-elle au tour de table de Mistral AI ?", ("INVESTS_IN",)),
    ("fr", "Anthropic ne publie aucun de ses modèles sous licence libre.", ("SUPPORTS",)),
    ("fr", "OpenAI pourrait voir partir Mira Murati.", ("LEFT",)),
    ("fr", "Meta pourrait s'associer à des entreprises comme Amazon.", ("PARTNERS_WITH",)),
    ("fr", "Mark Zuckerberg ne s'en prend pas directement à Apple.", ("CRITICIZED",)),
    ("fr", "Mark Zuckerberg ne défend pas l'open source.", ("SUPPORTS",)),
]


@pytest.mark.parametrize(("lang", "text", "predicates"), NEAR_MISSES)
def test_french_near_misses_give_nothing(lang: str, text: str,
                                         predicates: tuple[str, ...]) -> None:
    assert of(facts(text, lang), *predicates) == set()

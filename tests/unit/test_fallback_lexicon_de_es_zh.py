"""How German, Spanish, Chinese, Italian and Portuguese reporters phrase what the fallback reads.

The cue words live in `ingest/rules/{de,es,zh,it,pt}_lexicon.yaml` (spliced into each language's
macros) and so feed both the precise templates and the fallback layer; these tests only ask
for the fact, whichever of the two reads it. Every sentence was written for these tests:
German separable verbs and perfect tenses ("kauft ... auf", "hat ... verlassen", "wirft ...
vor"), Spanish set phrases ("se hace con", "planta cara a", "se incorpora a"), and Chinese
constructions whose partner stands before the verb ("与B合作", "被B收购", "由B领导").
"""

from __future__ import annotations

import pytest

from stratgraph.ingest.langdata import load
from extract_helpers import facts

FOUND = [
    # German: acquisitions
    ("de", "Nvidia kauft Vessel AI für 700 Millionen Dollar auf.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("de", "Microsoft hat Vessel AI im Frühjahr übernommen.", ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("de", "Nvidia hat die Übernahme von Vessel AI am Montag abgeschlossen.",
     ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("de", "Vessel AI wurde im Januar von Nvidia übernommen.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    # German: departures and moves
    ("de", "Lena Vogt hat im Sommer Anthropic verlassen, wie das Unternehmen bestätigte.",
     ("Lena Vogt", "LEFT", "Anthropic")),
    ("de", "Lena Vogt steigt nach drei Jahren bei Mistral AI aus.", ("Lena Vogt", "LEFT", "Mistral AI")),
    ("de", "Die Managerin Lena Vogt wechselt zu Anthropic.", ("Lena Vogt", "WORKS_FOR", "Anthropic")),
    ("de", "Der Ingenieur Jonas Brandt heuert bei Mistral AI an.",
     ("Jonas Brandt", "WORKS_FOR", "Mistral AI")),
    # German: partners, rivals, critics, founders
    ("de", "Mistral AI kooperiert künftig eng mit Nvidia beim Bau von Rechenzentren.",
     ("Mistral AI", "PARTNERS_WITH", "Nvidia")),
    ("de", "Anthropic arbeitet seit Jahren mit Amazon zusammen.", ("Anthropic", "PARTNERS_WITH", "Amazon")),
    ("de", "Mistral AI ist heute der wichtigste europäische Herausforderer von OpenAI.",
     ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("de", "DeepSeek macht mit seinen günstigen Modellen OpenAI Konkurrenz.",
     ("DeepSeek", "COMPETES_WITH", "OpenAI")),
    ("de", "Elon Musk wirft OpenAI seit langem Verrat an der Gründungsidee vor.",
     ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("de", "Jonas Brandt übte scharfe Kritik an Meta wegen der Lizenzbedingungen.",
     ("Jonas Brandt", "CRITICIZED", "Meta")),
    ("de", "Vessel AI wurde 2021 von Lena Vogt gegründet.", ("Lena Vogt", "FOUNDED", "Vessel AI")),
    ("de", "Jonas Brandt, Mitbegründer von Vessel AI, sprach auf der Konferenz.",
     ("Jonas Brandt", "FOUNDED", "Vessel AI")),
    ("de", "Mistral AI stellte am Dienstag das Modell Magistral vor.",
     ("Mistral AI", "RELEASED", "Magistral")),
    ("de", "Anthropic liefert sich ein hartes Rennen mit OpenAI.",
     ("Anthropic", "COMPETES_WITH", "OpenAI")),
    ("de", "Mistral AI schloss ein Abkommen mit Microsoft.", ("Mistral AI", "PARTNERS_WITH", "Microsoft")),
    ("de", "Lena Vogt äußerte sich kritisch über Meta.", ("Lena Vogt", "CRITICIZED", "Meta")),
    ("de", "Microsoft hat den Kauf von Vessel AI abgeschlossen.", ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("de", "Lena Vogt ist bei Anthropic ausgestiegen.", ("Lena Vogt", "LEFT", "Anthropic")),
    ("de", "Lena Vogt hat ihren Posten bei Anthropic geräumt.", ("Lena Vogt", "LEFT", "Anthropic")),
    ("de", "Lena Vogt trat als Chefin von Vessel AI zurück.", ("Lena Vogt", "LEFT", "Vessel AI")),
    ("de", "Gegründet wurde Vessel AI 2021 von Lena Vogt und Jonas Brandt.",
     ("Jonas Brandt", "FOUNDED", "Vessel AI")),
    # German inverted main clauses and verb-final subordinate clauses (patterns, not cues)
    ("de", "Im Frühjahr hat Microsoft den Rivalen Hugging Face übernommen.",
     ("Microsoft", "ACQUIRED", "Hugging Face")),
    ("de", "Berichten zufolge ist klar, dass Nvidia Hugging Face übernommen hat.",
     ("Nvidia", "ACQUIRED", "Hugging Face")),
    ("de", "Nach acht Jahren verlässt Lena Vogt Anthropic.", ("Lena Vogt", "LEFT", "Anthropic")),
    ("de", "Es heißt, dass Lena Vogt Anthropic verlassen hat.", ("Lena Vogt", "LEFT", "Anthropic")),
    ("de", "Vessel AI, das Lena Vogt 2021 gegründet hat, wächst schnell.",
     ("Lena Vogt", "FOUNDED", "Vessel AI")),
    ("de", "In einem Interview kritisierte Elon Musk OpenAI scharf.", ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("de", "Seit 2023 arbeitet Anthropic eng mit Amazon zusammen.", ("Anthropic", "PARTNERS_WITH", "Amazon")),
    ("de", "Im Mai wechselte Lena Vogt zu Anthropic.", ("Lena Vogt", "WORKS_FOR", "Anthropic")),
    ("de", "Mistral AI bekennt sich zu offenen Gewichten.",
     ("Mistral AI", "SUPPORTS", "open-weight release")),
    ("de", "Anthropic stellt die Sicherheit an erste Stelle.",
     ("Anthropic", "SUPPORTS", "AI safety priority")),
    # Spanish
    ("es", "Mistral AI es partidaria de los pesos abiertos.",
     ("Mistral AI", "SUPPORTS", "open-weight release")),
    ("es", "Microsoft anunció la compra de Vessel AI este lunes.", ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("es", "Nvidia se hace con Vessel AI tras meses de negociación.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("es", "Mistral AI sella una alianza con Microsoft para distribuir sus modelos.",
     ("Mistral AI", "PARTNERS_WITH", "Microsoft")),
    ("es", "Cohere colabora con Oracle en su nube para empresas.", ("Cohere", "PARTNERS_WITH", "Oracle")),
    ("es", "DeepSeek planta cara a OpenAI con un modelo mucho más barato.",
     ("DeepSeek", "COMPETES_WITH", "OpenAI")),
    ("es", "Mistral AI se ha convertido en el competidor directo de OpenAI en Europa.",
     ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("es", "La investigadora Lucía Pardo se incorpora a Mistral AI.",
     ("Lucía Pardo", "WORKS_FOR", "Mistral AI")),
    ("es", "Lucía Pardo lanzó duras críticas contra Meta por su licencia.",
     ("Lucía Pardo", "CRITICIZED", "Meta")),
    ("es", "Lucía Pardo anunció su salida de Google el martes.", ("Lucía Pardo", "LEFT", "Google")),
    ("es", "Vessel AI fue fundada en 2021 por Lucía Pardo.", ("Lucía Pardo", "FOUNDED", "Vessel AI")),
    ("es", "Elon Musk volvió a cargar contra OpenAI.", ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("es", "Vessel AI pasa a manos de Nvidia.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("de", "Microsoft steckt weitere Milliarden in OpenAI.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("es", "Nvidia tomó el control de Vessel AI.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("es", "Mistral AI está en plena competencia con OpenAI.", ("Mistral AI", "COMPETES_WITH", "OpenAI")),
    ("es", "Lucía Pardo se mostró muy crítica con Meta.", ("Lucía Pardo", "CRITICIZED", "Meta")),
    ("es", "Lucía Pardo presentó su dimisión como consejera delegada de Vessel AI.",
     ("Lucía Pardo", "LEFT", "Vessel AI")),
    ("es", "Meta sigue apostando por los pesos abiertos.", ("Meta", "SUPPORTS", "open-weight release")),
    # Chinese
    ("zh", "英伟达收购了月之暗面。", ("Nvidia", "ACQUIRED", "Moonshot AI")),
    ("zh", "智谱被腾讯全资收购。", ("Tencent", "ACQUIRED", "Zhipu AI")),
    ("zh", "阿里巴巴与月之暗面达成战略合作。", ("Alibaba", "PARTNERS_WITH", "Moonshot AI")),
    ("zh", "百度携手英伟达推出新的算力平台。", ("Baidu", "PARTNERS_WITH", "Nvidia")),
    ("zh", "月之暗面的新模型直接对标OpenAI。", ("Moonshot AI", "COMPETES_WITH", "OpenAI")),
    ("zh", "智谱是百度的主要竞争对手。", ("Zhipu AI", "COMPETES_WITH", "Baidu")),
    ("zh", "月之暗面由杨植麟领导。", ("Yang Zhilin", "LEADS", "Moonshot AI")),
    ("zh", "智谱完成由腾讯领投的新一轮融资。", ("Tencent", "INVESTS_IN", "Zhipu AI")),
    ("zh", "工程师张伟加盟字节跳动。", ("张伟", "WORKS_FOR", "ByteDance")),
    ("zh", "杨植麟痛批百度。", ("Yang Zhilin", "CRITICIZED", "Baidu")),
    ("zh", "百度与英伟达联合推出新平台。", ("Baidu", "PARTNERS_WITH", "Nvidia")),
    ("zh", "字节跳动与百度在搜索领域对抗。", ("ByteDance", "COMPETES_WITH", "Baidu")),
    ("zh", "杨植麟对百度提出了批评。", ("Yang Zhilin", "CRITICIZED", "Baidu")),
    ("zh", "谷歌宣布完成对月之暗面的收购。", ("Google", "ACQUIRED", "Moonshot AI")),
    ("zh", "杨植麟在谷歌工作过。", ("Yang Zhilin", "WORKS_FOR", "Google")),
    ("zh", "杨植麟从谷歌离职。", ("Yang Zhilin", "LEFT", "Google")),
    # Italian and Portuguese, lighter
    ("it", "Nvidia ha messo le mani su Vessel AI per 700 milioni.", ("Nvidia", "ACQUIRED", "Vessel AI")),
    ("it", "Microsoft ha completato l'acquisizione di Vessel AI.", ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("it", "Mistral AI stringe un'alleanza con Microsoft sul cloud.",
     ("Mistral AI", "PARTNERS_WITH", "Microsoft")),
    ("it", "DeepSeek sfida OpenAI con un modello low cost.", ("DeepSeek", "COMPETES_WITH", "OpenAI")),
    ("it", "La ricercatrice Giulia Neri approda a Anthropic.", ("Giulia Neri", "WORKS_FOR", "Anthropic")),
    ("it", "Elon Musk punta il dito contro OpenAI.", ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("it", "Giulia Neri ha rassegnato le dimissioni da Google.", ("Giulia Neri", "LEFT", "Google")),
    ("pt", "A Microsoft anunciou a compra da Vessel AI nesta segunda.",
     ("Microsoft", "ACQUIRED", "Vessel AI")),
    ("pt", "A Mistral AI firmou parceria com a Microsoft.", ("Mistral AI", "PARTNERS_WITH", "Microsoft")),
    ("pt", "A DeepSeek desafia a OpenAI com um modelo barato.", ("DeepSeek", "COMPETES_WITH", "OpenAI")),
    ("pt", "A pesquisadora Ana Souza foi contratada pela Anthropic.",
     ("Ana Souza", "WORKS_FOR", "Anthropic")),
    ("pt", "Elon Musk disparou contra a OpenAI em entrevista.", ("Elon Musk", "CRITICIZED", "OpenAI")),
    ("pt", "Ana Souza anunciou sua saída do Google.", ("Ana Souza", "LEFT", "Google")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), FOUND)
def test_journalistic_phrasing_yields_the_fact(lang: str, text: str,
                                               triple: tuple[str, str, str]) -> None:
    found = facts(text, lang)
    assert triple in found, f"{triple} not in {found}"


NOT_FOUND = [
    # "kündigte ... an" announces; it is not a resignation
    ("de", "Lena Vogt kündigte bei Mistral AI ein neues Modell an.",
     {("Lena Vogt", "LEFT", "Mistral AI")}),
    # a negated perfect tense
    ("de", "Lena Vogt hat Anthropic nie verlassen.", {("Lena Vogt", "LEFT", "Anthropic")}),
    # inverted word order: the subject follows the verb, so the one before it is not the actor
    ("de", "Nach Lena Vogt hat nun auch Jonas Brandt Anthropic verlassen.",
     {("Lena Vogt", "LEFT", "Anthropic")}),
    ("de", "Nvidia hat Vessel AI nicht übernommen.", {("Nvidia", "ACQUIRED", "Vessel AI")}),
    ("de", "Lena Vogt ist bei Anthropic nicht ausgestiegen.", {("Lena Vogt", "LEFT", "Anthropic")}),
    ("de", "Vessel AI wurde 2021 von Lena Vogt nicht gegründet.", {("Lena Vogt", "FOUNDED", "Vessel AI")}),
    ("de", "Im Frühjahr hat Microsoft Hugging Face nicht übernommen.",
     {("Microsoft", "ACQUIRED", "Hugging Face")}),
    # a name before the finite verb is the subject, not a fronted adverbial
    ("de", "Laut Microsoft hat Nvidia mit Hugging Face gesprochen.",
     {("Nvidia", "ACQUIRED", "Hugging Face"), ("Microsoft", "ACQUIRED", "Nvidia")}),
    # a plan or a rumour is no acquisition
    ("zh", "阿里巴巴计划收购月之暗面。", {("Alibaba", "ACQUIRED", "Moonshot AI")}),
    ("zh", "谷歌收购月之暗面的计划告吹。", {("Google", "ACQUIRED", "Moonshot AI")}),
    ("zh", "百度将与英伟达展开合作。", {("Baidu", "PARTNERS_WITH", "Nvidia")}),
    ("zh", "月之暗面被阿里巴巴收购的传闻不实。", {("Alibaba", "ACQUIRED", "Moonshot AI")}),
    # "从B离职后创立了C": the departure is from B, the clause goes on to found C
    ("zh", "杨植麟从谷歌离职后创立了月之暗面。", {("Yang Zhilin", "LEFT", "Moonshot AI")}),
    # a speech given at a company is no job there
    ("zh", "OpenAI首席执行官Sam Altman在微软发表演讲。", {("Sam Altman", "WORKS_FOR", "Microsoft")}),
    # 与 alone is a conjunction, not a partnership
    ("zh", "阿里巴巴与腾讯都发布了新模型。", {("Alibaba", "PARTNERS_WITH", "Tencent")}),
    # warning of open models' risks is no support for them
    ("de", "Kritiker warnen vor den Risiken offener Modelle, sagte Lena Vogt.",
     {("Lena Vogt", "SUPPORTS", "open-weight release")}),
    # a purchase of chips from a company is not a purchase of the company
    ("es", "OpenAI anunció la compra de chips de Nvidia.", {("OpenAI", "ACQUIRED", "Nvidia")}),
    # closing a purchase is no funding round
    ("es", "Microsoft cerró la adquisición de Vessel AI por 500 millones.",
     {("Vessel AI", "INVESTS_IN", "Microsoft")}),
    ("pt", "A OpenAI anunciou a compra de chips da Nvidia.", {("OpenAI", "ACQUIRED", "Nvidia")}),
    # a challenge to a person is no rivalry between companies
    ("it", "DeepSeek sfida Sam Altman sul prezzo.", {("DeepSeek", "COMPETES_WITH", "Sam Altman")}),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_FOUND)
def test_near_misses_give_no_fact(lang: str, text: str, absent: set[tuple[str, str, str]]) -> None:
    assert not absent & facts(text, lang)


@pytest.mark.parametrize("lang", ["de", "es", "zh", "it", "pt"])
def test_every_fallback_cue_exists_in_the_language(lang: str) -> None:
    """A template whose macro a language lacks is skipped silently: none may be missing."""
    names = {cue.name for cue in load(lang).fallback}
    for name in ("verb-left", "role-lead", "role-work", "role-founder", "verb-lead",
                 "passive-lead", "verb-found", "passive-found", "verb-work", "verb-invest",
                 "passive-invest", "raise-invest", "verb-acquire", "passive-acquire",
                 "pair-partner", "pair-compete", "pair-rival", "verb-criticize",
                 "verb-release", "verb-develop"):
        assert name in names, f"{lang}: fallback cue {name} is missing"

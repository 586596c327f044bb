"""Italian and Portuguese: detection, dates, and one case per relation-rule family.

Every sentence is written for this file in the style of Italian, Portuguese and Brazilian news.
Positive cases pin the exact triples a family must give; near misses (plans, questions,
negations) pin what it must not; a Dutch article is still refused.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, lines, of
from stratgraph.ingest import sentences
from stratgraph.ingest.language import detect, is_supported, normalize_code
from stratgraph.ingest.pipeline import ArticleError, choose_language
from stratgraph.ingest.records import Record

ITALIAN = ("La startup romana ha presentato ieri un nuovo assistente vocale che, secondo i "
           "fondatori, capisce i dialetti meglio dei concorrenti americani. Il lancio è previsto "
           "per l'autunno, dopo una lunga fase di prova con alcune banche.")
PORTUGUESE = ("A empresa de Lisboa apresentou ontem um novo assistente de voz que, segundo os "
              "fundadores, entende os sotaques regionais melhor do que os concorrentes "
              "americanos. O lançamento está previsto para o outono, depois de uma longa fase "
              "de testes com alguns bancos.")
DUTCH = ("Het bedrijf uit Utrecht stelde gisteren een nieuwe spraakassistent voor die volgens de "
         "oprichters de regionale accenten beter begrijpt dan de Amerikaanse concurrenten.")


def test_italian_and_portuguese_are_detected_and_supported() -> None:
    assert detect(ITALIAN) == "it"
    assert detect(PORTUGUESE) == "pt"
    assert is_supported("it") and is_supported("pt")
    assert choose_language(Record(id="i", text=ITALIAN)) == "it"
    assert choose_language(Record(id="p", text=PORTUGUESE)) == "pt"
    assert normalize_code("pt-BR") == "pt" and normalize_code("ita") == "it"


def test_dutch_is_still_refused() -> None:
    assert detect(DUTCH) == "nl"
    with pytest.raises(ArticleError, match="unsupported language 'nl'"):
        choose_language(Record(id="n", text=DUTCH))


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("it", "Il dott. Rossi ha parlato con la sig.ra Bianchi. Poi è partito.", 2),
    ("pt", "A Dra. Souza falou com o Sr. Lima. Depois saiu.", 2),
])
def test_abbreviations_do_not_end_sentences(lang: str, text: str, count: int) -> None:
    assert len(sentences.split(text, lang)) == count


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("it", "Il 12 marzo 2024 Anthropic ha presentato Claude 3 Opus.", "2024-03-12"),
    ("it", "A Maggio Google ha presentato Gemini 2.5 Pro.", "2025-05"),
    ("pt", "Em 12 de março de 2024, a Anthropic apresentou o Claude 3 Opus.", "2024-03-12"),
    ("pt", "Em maio, o Google apresentou o Gemini 2.5 Pro.", "2025-05"),
])
def test_dates_in_the_sentence(lang: str, text: str, date: str) -> None:
    found = [x for x in lines(text, lang) if x["kind"] == "fact"]
    assert found and all(x["date"] == date for x in found)


# (lang, sentence, predicates looked at, exact set of triples expected for those predicates)
EXACT = [
    # ---------------------------------------------------------------- Italian
    ("it", "L'amministratore delegato di Google, Sundar Pichai, è intervenuto a Milano.",
     ("LEADS",), {("Sundar Pichai", "LEADS", "Google")}),
    ("it", "Microsoft ha chiuso il trimestre. Il presidente, Brad Smith, ha difeso i conti.",
     ("LEADS",), {("Brad Smith", "LEADS", "Microsoft")}),
    ("it", "Inflection AI ha nominato Sean White nuovo amministratore delegato.", ("LEADS",),
     {("Sean White", "LEADS", "Inflection AI")}),
    ("it", "Satya Nadella guida Microsoft da oltre dieci anni.", ("LEADS",),
     {("Satya Nadella", "LEADS", "Microsoft")}),
    ("it", "Jakub Pachocki è il capo scienziato di OpenAI.", ("WORKS_FOR", "LEADS"),
     {("Jakub Pachocki", "WORKS_FOR", "OpenAI")}),
    ("it", "Yann LeCun, di Meta, ha parlato a Parigi.", ("WORKS_FOR",),
     {("Yann LeCun", "WORKS_FOR", "Meta")}),
    ("it", "Mistral AI è stata fondata a Parigi da Arthur Mensch e Guillaume Lample.",
     ("FOUNDED",), {("Arthur Mensch", "FOUNDED", "Mistral AI"),
                    ("Guillaume Lample", "FOUNDED", "Mistral AI")}),
    ("it", "Ilya Sutskever ha fondato Safe Superintelligence insieme a Daniel Gross.",
     ("FOUNDED",), {("Ilya Sutskever", "FOUNDED", "Safe Superintelligence"),
                    ("Daniel Gross", "FOUNDED", "Safe Superintelligence")}),
    ("it", "Jan Leike ha lasciato OpenAI a maggio.", ("LEFT",), {("Jan Leike", "LEFT", "OpenAI")}),
    ("it", "Ilya Sutskever e Jan Leike hanno abbandonato OpenAI nella stessa settimana.",
     ("LEFT",), {("Ilya Sutskever", "LEFT", "OpenAI"), ("Jan Leike", "LEFT", "OpenAI")}),
    ("it", "Sam Altman è stato licenziato dal consiglio di amministrazione di OpenAI.", ("LEFT",),
     {("Sam Altman", "LEFT", "OpenAI")}),
    ("it", "Dario e Daniela Amodei hanno fondato Anthropic dopo aver lasciato OpenAI.",
     ("LEFT",), {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI")}),
    ("it", "Il 5 agosto OpenAI ha rilasciato i pesi di gpt-oss-120b con licenza Apache 2.0.",
     ("OPEN_SOURCED", "RELEASED"), {("OpenAI", "OPEN_SOURCED", "gpt-oss-120b")}),
    ("it", "Anthropic ha lanciato Claude 3.5 Sonnet a giugno.", ("OPEN_SOURCED", "RELEASED"),
     {("Anthropic", "RELEASED", "Claude 3.5 Sonnet")}),
    ("it", "Meta sviluppa la famiglia Llama nei suoi laboratori.", ("DEVELOPS",),
     {("Meta", "DEVELOPS", "Llama")}),
    ("it", "Microsoft ha investito dieci miliardi di dollari in OpenAI.", ("INVESTS_IN",),
     {("Microsoft", "INVESTS_IN", "OpenAI")}),
    ("it", "Mistral AI ha raccolto 600 milioni in un round al quale hanno partecipato anche "
           "Nvidia e Samsung.", ("INVESTS_IN",),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Samsung", "INVESTS_IN", "Mistral AI")}),
    ("it", "Google ha acquisito DeepMind nel 2014.", ("ACQUIRED",),
     {("Google", "ACQUIRED", "Google DeepMind")}),
    ("it", "Anthropic ha firmato un accordo di collaborazione con Amazon.", ("PARTNERS_WITH",),
     {("Anthropic", "PARTNERS_WITH", "Amazon")}),
    ("it", "DeepSeek compete direttamente con OpenAI sul prezzo.", ("COMPETES_WITH",),
     {("DeepSeek", "COMPETES_WITH", "OpenAI")}),
    ("it", "xAI è diventata la principale rivale di OpenAI.", ("COMPETES_WITH",),
     {("xAI", "COMPETES_WITH", "OpenAI")}),
    ("it", "Elon Musk ha criticato duramente OpenAI su X.", ("CRITICIZED",),
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("it", "Mistral AI resta fedele alla sua strategia dei modelli aperti.",
     ("SUPPORTS", "OPPOSES"), {("Mistral AI", "SUPPORTS", "open-weight release")}),
    ("it", "OpenAI resterà sotto il controllo della fondazione senza scopo di lucro.",
     ("SUPPORTS",), {("OpenAI", "SUPPORTS", "nonprofit control")}),
    ("it", "Il nuovo arrivato Jan Leike, ex-ricercatore di OpenAI, ha parlato ieri.", ("LEFT",),
     {("Jan Leike", "LEFT", "OpenAI")}),
    ("it", "L'uscita di Ilya Sutskever da OpenAI ha fatto rumore.", ("LEFT",),
     {("Ilya Sutskever", "LEFT", "OpenAI")}),
    ("it", "Microsoft ha assunto l'ex dirigente di Google Mustafa Suleyman.",
     ("WORKS_FOR", "LEFT"), {("Mustafa Suleyman", "WORKS_FOR", "Microsoft"),
                            ("Mustafa Suleyman", "LEFT", "Google")}),
    ("it", "«Anthropic sta andando nella direzione sbagliata», ha scritto Yann LeCun.",
     ("CRITICIZED",), {("Yann LeCun", "CRITICIZED", "Anthropic")}),
    ("it", "Mistral AI ha presentato Le Chat. Il laboratorio parigino ha poi firmato un accordo "
           "con Microsoft.", ("PARTNERS_WITH",), {("Mistral AI", "PARTNERS_WITH", "Microsoft")}),
    # ---------------------------------------------------------------- Portuguese
    ("pt", "O diretor-executivo da Nvidia, Jensen Huang, esteve em São Paulo.", ("LEADS",),
     {("Jensen Huang", "LEADS", "Nvidia")}),
    ("pt", "A Inflection AI nomeou Sean White novo diretor-executivo.", ("LEADS",),
     {("Sean White", "LEADS", "Inflection AI")}),
    ("pt", "Sundar Pichai lidera o Google desde 2015.", ("LEADS",),
     {("Sundar Pichai", "LEADS", "Google")}),
    ("pt", "Jakub Pachocki é o cientista-chefe da OpenAI.", ("WORKS_FOR", "LEADS"),
     {("Jakub Pachocki", "WORKS_FOR", "OpenAI")}),
    ("pt", "A Mistral AI foi fundada em Paris por Arthur Mensch e Guillaume Lample.",
     ("FOUNDED",), {("Arthur Mensch", "FOUNDED", "Mistral AI"),
                    ("Guillaume Lample", "FOUNDED", "Mistral AI")}),
    ("pt", "Jan Leike deixou a OpenAI em maio.", ("LEFT",), {("Jan Leike", "LEFT", "OpenAI")}),
    ("pt", "Mira Murati pediu demissão da OpenAI em setembro.", ("LEFT",),
     {("Mira Murati", "LEFT", "OpenAI")}),
    ("pt", "A OpenAI demitiu Sam Altman numa sexta-feira de novembro.", ("LEFT",),
     {("Sam Altman", "LEFT", "OpenAI")}),
    ("pt", "Dario e Daniela Amodei fundaram a Anthropic depois de deixarem a OpenAI.", ("LEFT",),
     {("Dario Amodei", "LEFT", "OpenAI"), ("Daniela Amodei", "LEFT", "OpenAI")}),
    ("pt", "A OpenAI lançou o gpt-oss-120b com pesos abertos em agosto.",
     ("OPEN_SOURCED", "RELEASED"), {("OpenAI", "OPEN_SOURCED", "gpt-oss-120b")}),
    ("pt", "A Anthropic lançou o Claude 3.5 Sonnet em junho.", ("OPEN_SOURCED", "RELEASED"),
     {("Anthropic", "RELEASED", "Claude 3.5 Sonnet")}),
    ("pt", "A Meta, a DeepSeek e a Alibaba lançaram modelos de código aberto.",
     ("SUPPORTS",), {("Meta", "SUPPORTS", "open-weight release"),
                     ("DeepSeek", "SUPPORTS", "open-weight release"),
                     ("Alibaba", "SUPPORTS", "open-weight release")}),
    ("pt", "A Microsoft é a principal investidora da OpenAI.", ("INVESTS_IN",),
     {("Microsoft", "INVESTS_IN", "OpenAI")}),
    ("pt", "A Mistral AI captou 600 milhões numa rodada liderada pela General Catalyst.",
     ("INVESTS_IN",), {("General Catalyst", "INVESTS_IN", "Mistral AI")}),
    ("pt", "A Nvidia também apoiou a Mistral AI e a Cohere.", ("INVESTS_IN",),
     {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Nvidia", "INVESTS_IN", "Cohere")}),
    ("pt", "O Google adquiriu a DeepMind em 2014.", ("ACQUIRED",),
     {("Google", "ACQUIRED", "Google DeepMind")}),
    ("pt", "A Anthropic assinou uma parceria com a Amazon.", ("PARTNERS_WITH",),
     {("Anthropic", "PARTNERS_WITH", "Amazon")}),
    ("pt", "A DeepSeek tornou-se a grande rival da OpenAI.", ("COMPETES_WITH",),
     {("DeepSeek", "COMPETES_WITH", "OpenAI")}),
    ("pt", "Elon Musk acusou a OpenAI de trair a sua missão.", ("CRITICIZED",),
     {("Elon Musk", "CRITICIZED", "OpenAI")}),
    ("pt", "A OpenAI é governada por um conselho sem fins lucrativos.", ("SUPPORTS",),
     {("OpenAI", "SUPPORTS", "nonprofit control")}),
    ("pt", "Depois do sucesso da DeepSeek, a OpenAI mudou de estratégia.", ("INFLUENCED",),
     {("DeepSeek", "INFLUENCED", "OpenAI")}),
    ("pt", "O ex-cientista-chefe da OpenAI Ilya Sutskever fundou outra empresa.", ("LEFT",),
     {("Ilya Sutskever", "LEFT", "OpenAI")}),
    ("pt", "A saída de Ilya Sutskever da OpenAI deu que falar.", ("LEFT",),
     {("Ilya Sutskever", "LEFT", "OpenAI")}),
    ("pt", "A Microsoft contratou o ex-executivo do Google Mustafa Suleyman.",
     ("WORKS_FOR", "LEFT"), {("Mustafa Suleyman", "WORKS_FOR", "Microsoft"),
                            ("Mustafa Suleyman", "LEFT", "Google")}),
    ("pt", "“A Anthropic está no caminho errado”, escreveu Yann LeCun.", ("CRITICIZED",),
     {("Yann LeCun", "CRITICIZED", "Anthropic")}),
]


@pytest.mark.parametrize(("lang", "text", "predicates", "expected"), EXACT)
def test_pattern_gives_exactly_these_triples(lang: str, text: str, predicates: tuple[str, ...],
                                             expected: set[Triple]) -> None:
    assert of(facts(text, lang), *predicates) == expected


# (lang, sentence, predicates that must not come out at all)
NEAR_MISSES = [
    ("it", "Meta rilascerà Llama 5 quest'estate?", ("RELEASED", "OPEN_SOURCED")),
    ("it", "Meta non ha rilasciato Llama 5.", ("RELEASED", "OPEN_SOURCED")),
    ("it", "Meta prevede di rilasciare Llama 5 in autunno.", ("RELEASED", "OPEN_SOURCED")),
    ("it", "Nvidia intende investire in Mistral AI.", ("INVESTS_IN",)),
    ("it", "Jan Leike lascerà OpenAI?", ("LEFT",)),
    ("it", "Sam Altman non è stato licenziato.", ("LEFT",)),
    ("pt", "A Meta vai lançar o Llama 5 neste verão?", ("RELEASED", "OPEN_SOURCED")),
    ("pt", "A Meta não lançou o Llama 5.", ("RELEASED", "OPEN_SOURCED")),
    ("pt", "A Meta planeja lançar o Llama 5 no outono.", ("RELEASED", "OPEN_SOURCED")),
    ("pt", "A Nvidia pretende investir na Mistral AI.", ("INVESTS_IN",)),
    ("pt", "Jan Leike vai deixar a OpenAI?", ("LEFT",)),
    ("pt", "Sam Altman não foi demitido.", ("LEFT",)),
]


@pytest.mark.parametrize(("lang", "text", "predicates"), NEAR_MISSES)
def test_near_misses_give_nothing(lang: str, text: str, predicates: tuple[str, ...]) -> None:
    assert not of(facts(text, lang), *predicates)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Meta prevede di rilasciare Llama 5 in autunno."),
    ("pt", "A Meta planeja lançar o Llama 5 no outono."),
])
def test_a_planned_release_is_development(lang: str, text: str) -> None:
    assert ("Meta", "DEVELOPS", "Llama 5") in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "OpenAI ha presentato novità. La società ha poi assunto Jan Leike."),
    ("pt", "A OpenAI apresentou novidades. A empresa contratou depois Jan Leike."),
])
def test_the_company_points_to_the_last_organization(lang: str, text: str) -> None:
    assert ("Jan Leike", "WORKS_FOR", "OpenAI") in facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Sam Altman ha chiesto ai suoi follower su X quale modello aperto volessero.",
     {("Sam Altman", "ANNOUNCED", "Sam Altman poll")}),
    ("it", "Mistral AI ha firmato il codice di buone pratiche della Commissione europea.",
     {("Mistral AI", "ANNOUNCED", "Mistral AI code of practice commitment")}),
    ("pt", "Sam Altman perguntou aos seus seguidores no X que modelo aberto queriam.",
     {("Sam Altman", "ANNOUNCED", "Sam Altman poll")}),
    ("pt", "A Mistral AI assinou o código de boas práticas da Comissão Europeia.",
     {("Mistral AI", "ANNOUNCED", "Mistral AI code of practice commitment")}),
])
def test_events_are_named_in_italian_and_portuguese(lang: str, text: str,
                                                    expected: set[Triple]) -> None:
    assert of(facts(text, lang), "ANNOUNCED") == expected


def test_portuguese_lists_keep_their_articles() -> None:
    found = facts("A Meta, a DeepSeek e a Alibaba lançaram modelos abertos que rivalizam com os "
                  "da OpenAI.", "pt")
    assert of(found, "COMPETES_WITH") == {(org, "COMPETES_WITH", "OpenAI")
                                          for org in ("Meta", "DeepSeek", "Alibaba")}
    pair = facts("A OpenAI e a Microsoft assinaram um acordo de colaboração.", "pt")
    assert ("OpenAI", "PARTNERS_WITH", "Microsoft") in pair


def test_an_article_before_a_portuguese_name_is_not_a_preposition() -> None:
    found = facts("A Mistral AI fechou uma rodada liderada pela Nvidia, na qual também "
                  "participaram a Samsung e a Microsoft.", "pt")
    assert of(found, "INVESTS_IN") == {(org, "INVESTS_IN", "Mistral AI")
                                       for org in ("Nvidia", "Samsung", "Microsoft")}


def test_portuguese_passive_backers_after_pela_and_pelo() -> None:
    found = facts("A Anthropic, fundada por antigos pesquisadores da OpenAI, é apoiada pela Amazon "
                  "e pelo Google.", "pt")
    assert {("Amazon", "INVESTS_IN", "Anthropic"), ("Google", "INVESTS_IN", "Anthropic")} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "La startup torinese Vellora ha presentato il modello Arvo-2. L'amministratrice "
           "delegata di Vellora, Valeria Ferraris, ne ha spiegato gli obiettivi.",
     {("Vellora", "RELEASED", "Arvo-2"), ("Valeria Ferraris", "LEADS", "Vellora")}),
    ("pt", "A startup mineira Jabuti apresentou o modelo Jaci-3. A diretora-executiva da "
           "Jabuti, Renata Albuquerque, explicou os objetivos.",
     {("Jabuti", "RELEASED", "Jaci-3"), ("Renata Albuquerque", "LEADS", "Jabuti")}),
])
def test_unknown_labs_people_and_models_are_discovered(lang: str, text: str,
                                                       expected: set[Triple]) -> None:
    assert of(facts(text, lang), "RELEASED", "LEADS") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Dopo il 2020 OpenAI ha smesso di pubblicare i pesi dei suoi modelli.",
     {("OpenAI", "OPPOSES", "open-weight release"), ("OpenAI", "SUPPORTS", "closed models")}),
    ("it", "Negli ultimi anni OpenAI ha virato verso una strategia più chiusa.",
     {("OpenAI", "SUPPORTS", "closed models")}),
    ("it", "OpenAI intende trasformarsi in una società benefit a scopo di lucro.",
     {("OpenAI", "SUPPORTS", "for-profit restructuring")}),
    ("it", "Anthropic si presenta da sempre come il laboratorio attento alla sicurezza.",
     {("Anthropic", "SUPPORTS", "AI safety priority")}),
    ("pt", "Depois de 2020, a OpenAI deixou de publicar os pesos dos seus modelos.",
     {("OpenAI", "OPPOSES", "open-weight release"), ("OpenAI", "SUPPORTS", "closed models")}),
    ("pt", "A OpenAI quer converter-se numa empresa com fins lucrativos.",
     {("OpenAI", "SUPPORTS", "for-profit restructuring")}),
    ("pt", "A Anthropic apresenta-se como o laboratório focado em segurança.",
     {("Anthropic", "SUPPORTS", "AI safety priority")}),
])
def test_stances(lang: str, text: str, expected: set[Triple]) -> None:
    assert of(facts(text, lang), "SUPPORTS", "OPPOSES") == expected

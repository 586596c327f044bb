"""Rules added in session 14: customer lists read from either end, and lawsuits in the
passive. Every sentence is written for this file; the firms are invented or only named."""

from __future__ import annotations

import pytest

from extract_helpers import entities, facts


@pytest.mark.parametrize(("text", "lang", "subject", "objects"), [
    ("Quillstone AI, qui compte parmi ses clients Vanguard, Intuit ou Cisco, a levé 20 millions.",
     "fr", "Quillstone AI", {"Vanguard", "Intuit", "Cisco"}),
    ("Rakuten, Elastic and Cisco are among the customers cited by Quillstone Labs.", "en",
     "Quillstone Labs", {"Rakuten", "Elastic", "Cisco"}),
    ("Tra i clienti citati da Quillstone Labs ci sono Replit, Rippling e Cloudflare.", "it",
     "Quillstone Labs", {"Replit", "Rippling", "Cloudflare"}),
    ("Rakuten y Cisco están entre los clientes de Quillstone Labs.", "es",
     "Quillstone Labs", {"Rakuten", "Cisco"}),
])
def test_a_customer_list_is_a_partnership_of_each(text: str, lang: str, subject: str,
                                                   objects: set[str]) -> None:
    found = {o for s, p, o in facts(text, lang) if p == "PARTNERS_WITH" and s == subject} | {
        s for s, p, o in facts(text, lang) if p == "PARTNERS_WITH" and o == subject}
    assert objects <= found


@pytest.mark.parametrize(("text", "lang"), [
    ("Suno and Udio were sued by Universal Music and Sony Music last year.", "en"),
    ("Suno et Udio sont poursuivis depuis un an par les deux maisons de disques, Universal "
     "Music et Sony Music.", "fr"),
    ("Suno e Udio sono stati citati in giudizio da Universal Music e Sony Music.", "it"),
    ("Suno y Udio fueron demandadas por Universal Music y Sony Music.", "es"),
    ("Suno e Udio foram processadas pela Universal Music e pela Sony Music.", "pt"),
])
def test_being_sued_is_criticism_from_each_plaintiff(text: str, lang: str) -> None:
    found = facts(text, lang)
    for plaintiff in ("Universal Music Group", "Sony Music"):
        for target in ("Suno", "Udio"):
            assert (plaintiff, "CRITICIZED", target) in found


def test_a_customer_named_before_its_supplier_is_not_reversed() -> None:
    found = facts("Quillstone Labs counts Rakuten among its customers.", "en")
    assert ("Quillstone Labs", "PARTNERS_WITH", "Rakuten") in found


@pytest.mark.parametrize("text", [
    "Sierra was founded by Bret Taylor and Clay Bavor in 2023.",
    "Clay Bavor co-founded Sierra with Bret Taylor.",
])
def test_founding_words_confirm_a_common_word_company(text: str) -> None:
    """"Sierra" is a word too: the knowledge base names it only in a company's context, and
    being founded is one."""
    assert ("Clay Bavor", "FOUNDED", "Sierra") in facts(text, "en")


def test_a_common_word_company_needs_its_context() -> None:
    assert not [f for f in facts("Clay Bavor hiked in the Sierra last summer.", "en")
                if "Sierra" in f]


@pytest.mark.parametrize(("text", "lang", "firm", "rival"), [
    ("Quillstone Labs sells serverless GPUs. The field is crowded. Baseten and RunPod both sell "
     "on-demand access to GPUs.", "en", "Quillstone Labs", "RunPod"),
    ("Google stellte ein Bildmodell vor. Die Konkurrenz im Bildbereich ist groß. Black Forest "
     "Labs aus Freiburg bietet ein eigenes Modell an.", "de", "Google", "Black Forest Labs"),
    ("A ByteDance negocia um data center no Ceará. Outras empresas disputam o mesmo espaço. A "
     "Microsoft anunciou investimentos no Brasil.", "pt", "ByteDance", "Microsoft"),
    ("Samsung lance un nouveau téléphone. La pression concurrentielle est forte. Apple a "
     "présenté en juin ses propres outils.", "fr", "Samsung", "Apple"),
])
def test_a_sentence_about_competition_makes_the_next_ones_firms_rivals(
        text: str, lang: str, firm: str, rival: str) -> None:
    found = facts(text, lang)
    assert (firm, "COMPETES_WITH", rival) in found or (rival, "COMPETES_WITH", firm) in found


def test_not_alone_with_a_rival_named_after_a_colon_is_no_frame() -> None:
    """"It is not alone: Huawei showed ..." names its rival in the same sentence; Huawei is
    not the firm whose rivals the next sentence lists."""
    found = facts("Quillstone Labs tuned a model for local chips. It is not alone: Huawei showed "
                  "a new system. Geely works with Orvane Robotics on video models.", "en")
    assert not [f for f in found if f[1] == "COMPETES_WITH" and "Huawei" in f]


def _positions(text: str, lang: str) -> set[str]:
    from extract_helpers import lines
    return {x["name"] for x in lines(text, lang)
            if x["kind"] == "entity" and x["type"] == "PolicyPosition"}


def test_a_chinese_position_word_is_found_inside_a_phrase() -> None:
    """"开源" has Chinese characters on both sides in "宣布开源模型": no word edge to wait for."""
    assert "open-weight release" in _positions("DeepSeek宣布开源模型，百度也转向开源路线。", "zh")


@pytest.mark.parametrize(("text", "lang"), [
    ("A OpenAI é controlada por uma organização sem fins lucrativos.", "pt"),
    ("OpenAI è controllata da un ente senza scopo di lucro.", "it"),
    ("OpenAI由非营利组织控制。", "zh"),
])
def test_a_nonprofit_is_no_for_profit_form(text: str, lang: str) -> None:
    assert "for-profit restructuring" not in _positions(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Gemini 2.5 Pro, which Google released in March, leads the table.", "en"),
    ("Gemini 2.5 Pro, que Google a lancé en mars, domine le classement.", "fr"),
    ("Gemini 2.5 Pro, que Google lanzó a finales de marzo, lidera la tabla.", "es"),
    ("Gemini 2.5 Pro, che Google ha lanciato a marzo, guida la classifica.", "it"),
    ("Gemini 2.5 Pro, das Google im März veröffentlichte, führt die Rangliste an.", "de"),
    ("O Gemini 2.5 Pro, que o Google lançou em março, lidera o ranking.", "pt"),
])
def test_a_model_then_a_clause_whose_subject_released_it(text: str, lang: str) -> None:
    assert ("Google", "RELEASED", "Gemini 2.5 Pro") in facts(text, lang)


def test_a_denied_release_in_the_clause_is_none() -> None:
    assert not [f for f in facts("Gemini 2.5 Pro, which Google did not release in March, "
                                 "leads the table.", "en") if f[1] == "RELEASED"]


@pytest.mark.parametrize(("text", "lang", "firm", "customers"), [
    ("Quillstone Labs raised money. Early customers include WeightWatchers, SiriusXM and Sonos.",
     "en", "Quillstone Labs", {"WeightWatchers", "SiriusXM", "Sonos"}),
    ("Quillstone Labs sammelt Geld. Zu den Kunden zählen nach Firmenangaben Databricks, Duolingo "
     "und Grammarly.", "de", "Quillstone Labs", {"Databricks", "Duolingo", "Grammarly"}),
    ("Quillstone Labs levantó fondos. Entre sus clientes figuran Duolingo, Notion y Rippling.",
     "es", "Quillstone Labs", {"Duolingo", "Notion", "Rippling"}),
])
def test_a_customer_list_with_no_named_supplier_is_the_articles_firms(
        text: str, lang: str, firm: str, customers: set[str]) -> None:
    found = facts(text, lang)
    assert {o for s, p, o in found if s == firm and p == "PARTNERS_WITH"} >= customers


def test_rivals_named_together_pair_up() -> None:
    found = facts("Quillstone Labs and Orvane Robotics are fierce rivals in warehouse robots.", "en")
    assert (("Quillstone Labs", "COMPETES_WITH", "Orvane Robotics") in found
            or ("Orvane Robotics", "COMPETES_WITH", "Quillstone Labs") in found)


def test_a_list_far_before_a_rivalry_word_is_no_set_of_rivals() -> None:
    """"A, B and C pledged ... in an attempt to compete with America": the firms of the list
    are allies, not rivals."""
    found = facts("More than 60 companies, among them Airbus, Siemens, SAP and Volkswagen, pledged "
                  "on Tuesday to invest a combined sum in artificial intelligence over five years, "
                  "in an attempt to compete with American rivals.", "en")
    assert not [f for f in found if f[1] == "COMPETES_WITH"]


@pytest.mark.parametrize(("text", "maker"), [
    ("Google said its Gemini models would run on Android phones.", "Google"),
    ("Google DeepMind said its Gemini models would run on Android phones.", "Google DeepMind"),
])
def test_the_maker_of_a_known_model_is_the_one_the_text_names(text: str, maker: str) -> None:
    """Gemini's known maker is Google DeepMind; a sentence about Google's Gemini credits
    Google, the parent the text names."""
    found = facts(text, "en")
    assert (maker, "DEVELOPS", "Gemini") in found
    assert len([f for f in found if f[1] == "DEVELOPS" and f[2] == "Gemini"]) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("在当天的发布会上，总裁叶军现场演示了多项新功能。", "叶军"),
    ("这也是新任首席执行官李健上任后的第一个重要动作。", "李健"),
])
def test_a_chinese_name_ends_before_the_verb_that_follows(text: str, name: str) -> None:
    """"现场" (on stage) and "上任" (take office) begin after the name, not inside it."""
    found = entities(text, "zh")
    assert found.get(name) == "Person" and name + text[text.index(name) + len(name)] not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("A xAI disse que o Grok deixará de ser exclusivo do plano Premium, segundo Ana Souza.", "pt"),
    ("Según Ana Souza, el asistente de OpenAI dejó de ofrecer esa función en marzo.", "es"),
])
def test_ceasing_to_do_something_is_no_departure(text: str, lang: str) -> None:
    assert not [f for f in facts(text, lang) if f[1] == "LEFT"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Midjourney est poursuivie, aux côtés de Stability AI et de DeviantArt, par un groupe "
     "d'artistes.", "fr"),
    ("La scommessa colloca Iliad accanto a Orange e Telefónica nella corsa.", "it"),
])
def test_beside_is_no_partnership_for_co_defendants_or_peers(text: str, lang: str) -> None:
    assert not [f for f in facts(text, lang) if f[1] == "PARTNERS_WITH"]


def test_together_with_is_still_a_partnership() -> None:
    found = facts("Quillstone Labs is building the project together with SoftBank and Oracle.", "en")
    assert ("Quillstone Labs", "PARTNERS_WITH", "SoftBank") in found

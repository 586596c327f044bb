"""Session-7 Chinese names: foreign names spelled with a middle dot, universities, professors.
Every sentence is written for this file."""

from __future__ import annotations

from extract_helpers import entities, facts

from stratgraph.ingest.cjknames import dotted_names


def test_a_dotted_name_stops_at_a_title_and_at_a_verb() -> None:
    text = "公司董事长杰夫·贝索斯领衔新团队。"
    assert [name for _, _, name in dotted_names(text)] == ["杰夫·贝索斯"]


def test_two_dotted_names_joined_by_he_are_two_people() -> None:
    found = entities("黄仁勋与克里斯·马拉科夫斯基和柯蒂斯·普里姆共同创办了英伟达。", "zh")
    assert found.get("克里斯·马拉科夫斯基") == "Person"
    assert found.get("柯蒂斯·普里姆") == "Person"


def test_a_dotted_name_after_a_firm_and_title_leads_it() -> None:
    found = facts("Salesforce首席执行官马克·贝尼奥夫也参与了投资。", "zh")
    assert ("马克·贝尼奥夫", "LEADS", "Salesforce") in found


def test_a_university_professor_works_there() -> None:
    found = facts("斯坦福大学教授李飞飞创办了一家新公司。", "zh")
    assert ("Fei-Fei Li", "WORKS_FOR", "Stanford University") in found


def test_founded_by_a_titled_person() -> None:
    found = facts("MiniMax由商汤前副总裁闫俊杰于2021年创办。", "zh")
    assert ("Yan Junjie", "FOUNDED", "MiniMax") in found
    assert ("Yan Junjie", "LEFT", "SenseTime") in found


def test_the_chairman_is_named_after_the_firm() -> None:
    assert ("刘德兵", "LEADS", "Zhipu AI") in facts(
        "智谱成立于2019年，源自清华大学的实验室，董事长为刘德兵。", "zh")
    assert ("Wang Xiaochuan", "LEADS", "Baichuan") in facts(
        "百川智能的CEO是王小川，他曾创办搜狗。", "zh")


def test_global_firms_and_chinese_carmakers_by_their_chinese_names() -> None:
    found = entities("特斯拉、英特尔和西门子的高管参观了岚图汽车和极越的工厂，东风集团也派人出席。",
                     "zh")
    for name in ("Tesla", "Intel", "Siemens", "Voyah", "Jiyue", "Dongfeng"):
        assert found.get(name) == "Organization", name

"""Session-7 Chinese names: foreign names spelled with a middle dot, universities, professors.
Every sentence is written for this file."""

from __future__ import annotations

from extract_helpers import entities, facts, of

from stratgraph.ingest.cjknames import dotted_names


def test_a_dotted_name_stops_at_a_title_and_at_a_verb() -> None:
    text = "公司董事长杰夫·贝索斯领衔新团队。"
    assert [name for _, _, name in dotted_names(text)] == ["杰夫·贝索斯"]


def test_two_dotted_names_joined_by_he_are_two_people() -> None:
    found = entities("黄仁勋与克里斯·马拉科夫斯基和柯蒂斯·普里姆共同创办了英伟达。", "zh")
    assert found.get("克里斯·马拉科夫斯基") == "Person"
    assert found.get("柯蒂斯·普里姆") == "Person"


def test_a_dotted_name_after_a_firm_and_title_leads_it() -> None:
    found = facts("Salesforce首席执行官马丁·霍尔韦格也参与了投资。", "zh")
    assert ("马丁·霍尔韦格", "LEADS", "Salesforce") in found


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


def test_chinese_backers_stakes_hires_and_price_wars() -> None:
    assert ("Microsoft", "INVESTS_IN", "Figure AI") in facts("获得微软投资的Figure AI也在加速。", "zh")
    assert ("Figure AI", "INVESTS_IN", "Microsoft") not in facts(
        "获得微软、英伟达投资的Figure AI也在加速。", "zh")
    assert ("Zhihu", "INVESTS_IN", "ModelBest") in facts("面壁智能成立于2022年。知乎是其早期投资方之一。", "zh")
    assert ("Alibaba", "INVESTS_IN", "Ant Group") in facts(
        "蚂蚁集团是关联公司，阿里巴巴持有其约三分之一的股份。", "zh")
    hired = facts("字节跳动今年初从谷歌请来了吴永辉。", "zh")
    assert {("Wu Yonghui", "WORKS_FOR", "ByteDance"), ("Wu Yonghui", "LEFT", "Google")} <= hired
    war = of(facts("字节跳动、阿里巴巴、百度等公司已经打响了一轮大模型价格战。", "zh"), "COMPETES_WITH")
    assert {frozenset((s, o)) for s, _, o in war} == {
        frozenset(p) for p in (("ByteDance", "Alibaba"), ("ByteDance", "Baidu"), ("Alibaba", "Baidu"))}
    assert len(war) == 3  # one line per pair, not one per direction


def test_a_dotted_name_with_men() -> None:
    found = facts("Hugging Face联合创始人兼首席执行官莱昂·沃尔特曼表示欢迎。", "zh")
    assert ("莱昂·沃尔特曼", "LEADS", "Hugging Face") in found


def test_a_version_after_a_chinese_model_name_belongs_to_it() -> None:
    found = facts("科大讯飞在北京发布讯飞星火大模型V4.0。", "zh")
    assert ("iFlytek", "RELEASED", "Spark V4.0") in found
    assert "V4.0" not in entities("科大讯飞在北京发布讯飞星火大模型V4.0。", "zh")

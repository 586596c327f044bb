"""Chinese news shapes of session 3 (ingest/rules/zh_shapes.yaml and the zh lexicon).

Each sentence is written for this file. A shape is a construction, not a sentence: a rival
"approaching" another's model, a founder title after 集团, two titles in a chain, the team
responsible for a model, a model released "as open source", attributive openness, a cleft for
influence. Near misses pin what each shape must not say.
"""

from __future__ import annotations

import pytest

from extract_helpers import Triple, facts, of

OPEN = "open-weight release"
CLOSED = "closed models"

CASES: list[tuple[str, tuple[str, ...], set[Triple]]] = [
    # a model whose performance approaches a rival's: the makers compete
    ("Kimi K2的推理表现已经接近Anthropic的Claude 3.5 Sonnet。", ("COMPETES_WITH",),
     {("Moonshot AI", "COMPETES_WITH", "Anthropic")}),
    ("GLM-4.5在编程测试中的表现逼近DeepSeek-V3等模型。", ("COMPETES_WITH",),
     {("Zhipu AI", "COMPETES_WITH", "DeepSeek")}),
    # a licence is no rival: "以MIT许可证开源" names no company
    ("Qwen3以MIT许可证发布，性能接近Meta的Llama 4。", ("COMPETES_WITH",),
     {("Alibaba", "COMPETES_WITH", "Meta")}),
    # founder title after the group word
    ("腾讯控股创始人、董事会主席马化腾出席了论坛。", ("FOUNDED",),
     {("Ma Huateng", "FOUNDED", "Tencent")}),
    # a chain of two titles: the first company is led too
    ("百度董事长、阿里巴巴创始人兼首席执行官马云出席。", ("LEADS",),
     {("Jack Ma", "LEADS", "Baidu"), ("Jack Ma", "LEADS", "Alibaba")}),
    # a division head works for the firm, does not lead it
    ("腾讯高级副总裁、云与智慧产业事业群CEO汤道生发表演讲。", ("LEADS", "WORKS_FOR"),
     {("Dowson Tong", "WORKS_FOR", "Tencent")}),
    # took part in founding
    ("王小川早年曾参与创办循环智能。", ("FOUNDED",),
     {("Wang Xiaochuan", "FOUNDED", "Recurrent AI")}),
    # the team responsible for a model develops it
    ("负责通义千问研发的达摩院公布了新的路线图。", ("DEVELOPS",),
     {("Alibaba DAMO Academy", "DEVELOPS", "Qwen")}),
    # one cuts the price of its own model
    ("月之暗面已将Kimi K2的调用价格下调一半。", ("DEVELOPS",),
     {("Moonshot AI", "DEVELOPS", "Kimi K2")}),
    # released as open source
    ("Kimi K2以开源方式发布后迅速登上榜单。", ("OPEN_SOURCED",),
     {("Moonshot AI", "OPEN_SOURCED", "Kimi K2")}),
    # a family that keeps putting out open versions: open-sourced and an open stance
    ("腾讯的混元系列也陆续推出多款开源模型。", ("OPEN_SOURCED", "SUPPORTS"),
     {("Tencent", "OPEN_SOURCED", "Hunyuan"), ("Tencent", "SUPPORTS", OPEN)}),
    # companies that opened one after another support open weights
    ("在MiniMax和智谱先后开源之后，更多公司跟进。", ("SUPPORTS",),
     {("MiniMax", "SUPPORTS", OPEN), ("Zhipu AI", "SUPPORTS", OPEN)}),
    # choosing open source, or winning developers through it
    ("腾讯选择开源，希望扩大生态。", ("SUPPORTS",), {("Tencent", "SUPPORTS", OPEN)}),
    ("智谱通过开源吸引了大量开发者。", ("SUPPORTS",), {("Zhipu AI", "SUPPORTS", OPEN)}),
    # a model called closed: its maker keeps models closed
    ("该模型的得分超过了谷歌的闭源模型Gemini 2.5 Pro。", ("SUPPORTS",),  # the maker the text names (谷歌)
     {("Google", "SUPPORTS", CLOSED)}),
    # a cleft: "what pushed A to decide was B"
    ("真正推动百度改变路线的正是DeepSeek。", ("INFLUENCED",), {("DeepSeek", "INFLUENCED", "Baidu")}),
    # worked on a model: worked for its maker
    ("曾参与Qwen2.5研发的工程师林俊旸接受了采访。", ("WORKS_FOR",),
     {("Lin Junyang", "WORKS_FOR", "Alibaba")}),
    # accused of training on one's outputs, of copying
    ("Anthropic指控DeepSeek使用其模型的输出训练新模型。", ("CRITICIZED",),
     {("Anthropic", "CRITICIZED", "DeepSeek")}),
    # a joint lab is a partnership
    ("腾讯与智谱宣布共同成立人工智能联合实验室。", ("PARTNERS_WITH",),
     {("Tencent", "PARTNERS_WITH", "Zhipu AI")}),
    # "also debuted in the same period"
    ("智谱的GLM-4.5也在同期亮相。", ("RELEASED",), {("Zhipu AI", "RELEASED", "GLM-4.5")}),
    # knowledge-base gaps: versioned Doubao, Hunyuan-DiT
    ("字节跳动推出了Doubao-pro-32k。", ("RELEASED",),
     {("ByteDance", "RELEASED", "Doubao-pro-32k")}),
    ("腾讯开源了混元DiT。", ("OPEN_SOURCED",), {("Tencent", "OPEN_SOURCED", "Hunyuan-DiT")}),
]


@pytest.mark.parametrize(("text", "predicates", "expected"), CASES)
def test_zh_shapes(text: str, predicates: tuple[str, ...], expected: set[Triple]) -> None:
    assert of(facts(text, "zh"), *predicates) == expected


NEAR_MISSES: list[tuple[str, tuple[str, ...]]] = [
    # unlike closed products: no stance for anyone named after it
    ("与这些产品不同，该模型开源了权重。", ("SUPPORTS",)),
    # a plan to open is no "one after another"
    ("腾讯计划选择开源吗？", ("SUPPORTS",)),
    # no performance word: merely naming two models is no rivalry
    ("Kimi K2和DeepSeek-V3都已上线。", ("COMPETES_WITH",)),
]


@pytest.mark.parametrize(("text", "predicates"), NEAR_MISSES)
def test_zh_shapes_near_misses(text: str, predicates: tuple[str, ...]) -> None:
    assert of(facts(text, "zh"), *predicates) == set()

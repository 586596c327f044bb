"""What the pair layer knows of a pair beyond its sentence: a model or product and the maker the
knowledge base (or the model family just read) gives it, a person and the employer the
knowledge base gives them, and the firm the article names most. Co-mentioned, a maker mostly
develops or released its model; the features let the layer learn how often, per sentence
shape. And how often the article names each end. Sentences written for this file."""

from __future__ import annotations

from stratgraph.ingest.learned.features import SentenceFeatures
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.pipeline import analyse
from stratgraph.ingest.records import Record
from stratgraph.ingest.sentences import Sentence


def features(text: str, first: tuple[str, str, str], second: tuple[str, str, str],
             owners: dict[str, str] | None = None, focus: str | None = None) -> list[str]:
    def mention(surface: str, entity: str, type_: str) -> Mention:
        start = text.index(surface)
        return Mention(start, start + len(surface), entity, type_, surface)

    a, b = mention(*first), mention(*second)
    return SentenceFeatures(text, Sentence(0, len(text), text), [a, b], "en", {}, [(a, b)],
                            None, owners, focus).of(a, b)


def test_a_known_maker_before_its_product_is_marked() -> None:
    feats = features("Alibaba may bring advertising into Qwen next year.",
                     ("Alibaba", "org:alibaba", "Organization"), ("Qwen", "model:qwen", "Model"))
    assert "own:>" in feats and "own:OM>" in feats


def test_the_mark_says_which_end_is_the_maker() -> None:
    feats = features("Qwen was trained for months by Alibaba.",
                     ("Qwen", "model:qwen", "Model"), ("Alibaba", "org:alibaba", "Organization"))
    assert "own:<" in feats and "own:>" not in feats


def test_another_firm_is_no_maker() -> None:
    feats = features("Nvidia may bring advertising into Qwen next year.",
                     ("Nvidia", "org:nvidia", "Organization"), ("Qwen", "model:qwen", "Model"))
    assert not [f for f in feats if f.startswith("own:")]


def test_a_family_owner_the_finder_registered_counts() -> None:
    text = "Helix Labs may bring advertising into Orca-9 next year."
    feats = features(text, ("Helix Labs", "org:helix", "Organization"),
                     ("Orca-9", "model:orca-9", "Model"), {"model:orca-9": "org:helix"})
    assert "own:>" in feats
    found = analyse(Record(id="t", text="Qwen3-Omni was shown by Alibaba.", lang="en"))
    assert found.registry.owners.get("model:qwen3-omni") == "org:alibaba"


def test_a_known_employer_is_marked() -> None:
    feats = features("Sam Altman spoke about OpenAI's plans on Monday.",
                     ("Sam Altman", "person:sam-altman", "Person"),
                     ("OpenAI", "org:openai", "Organization"))
    assert "emp:<" in feats and "emp:PO<" in feats


def test_the_article_s_main_firm_is_marked() -> None:
    text = "Nvidia may bring advertising into Qwen next year."
    ends = (("Nvidia", "org:nvidia", "Organization"), ("Qwen", "model:qwen", "Model"))
    assert "foc:>" in features(text, *ends, focus="org:nvidia")
    assert not [f for f in features(text, *ends, focus="org:alibaba") if f.startswith("foc:")]


def test_how_often_the_article_names_each_end_is_marked() -> None:
    text = "Nvidia may bring advertising into Qwen next year."
    a, b = (Mention(0, 6, "org:nvidia", "Organization", "Nvidia"),
            Mention(35, 39, "model:qwen", "Model", "Qwen"))
    feats = SentenceFeatures(text, Sentence(0, len(text), text), [a, b], "en", {}, [(a, b)],
                             counts={"org:nvidia": 5, "model:qwen": 1}).of(a, b)
    assert "sal:41" in feats


def test_the_role_the_knowledge_base_gives_an_employee_is_marked() -> None:
    """Tags `leads` and `founder` of people.yaml: Altman runs OpenAI and co-founded it; Yann
    LeCun worked at Meta without running it."""
    feats = features("Sam Altman spoke about OpenAI's plans on Monday.",
                     ("Sam Altman", "person:sam-altman", "Person"),
                     ("OpenAI", "org:openai", "Organization"))
    assert "emp-leads:<" in feats and "emp-founder:<" in feats
    feats = features("Yann LeCun spoke about Meta's plans on Monday.",
                     ("Yann LeCun", "person:yann-lecun", "Person"),
                     ("Meta", "org:meta", "Organization"))
    assert "emp:<" in feats and not [f for f in feats if f.startswith("emp-")]


def test_a_known_employee_of_another_firm_is_marked() -> None:
    """Altman works for OpenAI: paired with xAI, the layer is told he belongs elsewhere; with
    Google DeepMind's parent Google, Demis Hassabis is not a stranger."""
    feats = features("Sam Altman spoke about xAI's plans on Monday.",
                     ("Sam Altman", "person:sam-altman", "Person"), ("xAI", "org:xai", "Organization"))
    assert "emp-other:<" in feats and not [f for f in feats if f.startswith("emp:")]
    feats = features("Demis Hassabis spoke about Google's plans on Monday.",
                     ("Demis Hassabis", "person:demis-hassabis", "Person"),
                     ("Google", "org:google", "Organization"))
    assert not [f for f in feats if f.startswith("emp")]

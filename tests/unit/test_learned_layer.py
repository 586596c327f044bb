"""The learned pair layer: pairs, features, the model file, proposals and the pipeline hook.

Sentences are our own. A hand-made model file stands in for the trained one where a test
needs a proposal it can predict; the shipped model is checked for what it was trained on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.learned.features import (SentenceFeatures, candidate_pairs,
                                                residual_pairs, stance_mentions)
from stratgraph.ingest.learned.model import (MODEL_FILE, RULE, Gate, PairModel, get_model,
                                             propose)
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.pipeline import ArticleError, analyse, extract_article
from stratgraph.ingest.records import Record
from stratgraph.ingest.sentences import Sentence
from stratgraph.settings import get_settings

SETS = Path(__file__).resolve().parents[2] / "bench" / "heldout" / "sets.yaml"


def mention(text: str, surface: str, entity: str, type_: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), entity, type_, surface)


@pytest.fixture
def pair_model_env(monkeypatch: pytest.MonkeyPatch):
    """Point STRATGRAPH_PAIR_MODEL somewhere for one test, settings cache cleared."""
    def use(value: str) -> None:
        monkeypatch.setenv("STRATGRAPH_PAIR_MODEL", value)
        get_settings.cache_clear()
    yield use
    get_settings.cache_clear()


def test_pairs_are_linkable_ordered_and_near() -> None:
    text = "Nora Vance left Helix Labs for Quill Systems in March."
    a = mention(text, "Nora Vance", "per:nora", "Person")
    b = mention(text, "Helix Labs", "org:helix", "Organization")
    c = mention(text, "Quill Systems", "org:quill", "Organization")
    again = Mention(c.start, c.end, "per:nora", "Person", "x")  # same entity as `a`
    pairs = [(x.entity, y.entity) for x, y in candidate_pairs([c, a, b, again])]
    assert pairs == [("per:nora", "org:helix"), ("per:nora", "org:quill"),
                     ("org:helix", "org:quill"), ("org:helix", "per:nora")]
    said = {("org:quill", "per:nora"): {"WORKS_FOR"}}  # either direction counts as linked
    assert ("per:nora", "org:quill") not in [(x.entity, y.entity)
                                             for x, y in residual_pairs([a, b, c], said)]


def test_two_models_are_no_pair_and_far_names_are_skipped() -> None:
    text = "Orca-7 " + "x " * 150 + "Helix Labs and Orca-9"
    m1 = mention(text, "Orca-7", "model:orca-7", "Model")
    org = mention(text, "Helix Labs", "org:helix", "Organization")
    m2 = mention(text, "Orca-9", "model:orca-9", "Model")
    assert [(x.entity, y.entity) for x, y in candidate_pairs([m1, org, m2])] == [
        ("org:helix", "model:orca-9")]


def pair_features(text: str, first: tuple[str, str, str], second: tuple[str, str, str]
                  ) -> list[str]:
    """Features of the pair (first, second) of a one-sentence English text, rules silent."""
    a, b = mention(text, *first), mention(text, *second)
    return SentenceFeatures(text, Sentence(0, len(text), text), [a, b], "en", {},
                            [(a, b)]).of(a, b)


def test_features_name_the_cues_between_the_two_names() -> None:
    feats = pair_features("Nora Vance, a former researcher, left Helix Labs in May.",
                          ("Nora Vance", "per:nora", "Person"),
                          ("Helix Labs", "org:helix", "Organization"))
    assert "b:LEFT_V" in feats and "b:PO:LEFT_V" in feats
    assert "t:PO" in feats and "p:comma" in feats
    assert "first:True" in feats and "last:True" in feats
    assert "rw:in" in feats and "rw:may" in feats


def test_a_cue_after_the_pair_is_not_between() -> None:
    feats = pair_features("Helix Labs hired Nora Vance, who later left.",
                          ("Helix Labs", "org:helix", "Organization"),
                          ("Nora Vance", "per:nora", "Person"))
    assert "b:HIRED" in feats
    assert not any("LEFT_V" in f for f in feats)


def test_features_read_a_list_mate_the_rules_linked() -> None:
    text = "Helix Labs and Quill Systems compete with Orbit AI."
    sent = Sentence(0, len(text), text)
    a = mention(text, "Helix Labs", "org:helix", "Organization")
    b = mention(text, "Quill Systems", "org:quill", "Organization")
    c = mention(text, "Orbit AI", "org:orbit", "Organization")
    said = {("org:helix", "org:orbit"): {"COMPETES_WITH"}}
    feats = SentenceFeatures(text, sent, [a, b, c], "en", said, [(b, c)]).of(b, c)
    assert "sib:COMPETES_WITH>" in feats


def test_the_fallback_layers_cue_between_two_names_is_a_feature() -> None:
    record = Record(id="fb", text="Nora Vance stepped down from Helix Labs on Friday.", lang="en")
    found = analyse(record)
    person, firm = found.linked()[0]
    hits = found.fallback_hits()[0]
    assert [name for name, _, _ in hits[1]] == ["verb-left"]
    feats = SentenceFeatures(record.text, found.sents[0], [person, firm], "en", {},
                             [(person, firm)], hits).of(person, firm)
    assert {"fb:verb-left", "fb:PO:verb-left"} <= set(feats)

    record = Record(id="fb2", text="Helix Labs and Quill Systems said Nora Vance stepped down.",
                    lang="en")
    found = analyse(record)
    first, second, _ = found.linked()[0]
    assert [name for name, _, _ in found.fallback_hits()[0][1]] == ["verb-left"]
    feats = SentenceFeatures(record.text, found.sents[0], found.linked()[0], "en", {},
                             [(first, second)], found.fallback_hits()[0]).of(first, second)
    assert not any(f.startswith("fb:") for f in feats)  # the cue follows both names


def test_a_stance_cue_stands_for_a_position() -> None:
    text = "Helix Labs keeps its model weights secret."
    sent = Sentence(0, len(text), text)
    org = mention(text, "Helix Labs", "org:helix", "Organization")
    found = stance_mentions(sent, "en", [org])
    assert found and {m.entity for m in found} <= {"position:closed-models"}
    assert all(m.start >= org.end for m in found)


def toy_model(**thresholds: float) -> PairModel:
    return PairModel(["COMPETES_WITH=", "LEADS<"], [-3.0, -3.0],
                     {"t:OO": {0: 5.0}, "t:OP": {1: 4.0}}, 0.6, {"sets": []}, dict(thresholds))


def test_model_file_round_trip_is_byte_stable(tmp_path: Path) -> None:
    model = toy_model(**{"LEADS<": 0.9})
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    model.write(first)
    PairModel.read(first).write(second)
    assert first.read_bytes() == second.read_bytes()
    assert PairModel.read(first) == model


def test_probabilities_and_per_label_thresholds() -> None:
    model = toy_model()
    low, _ = model.probabilities(["t:PO"])
    assert low == pytest.approx(1 / (1 + 2.718281828 ** 3), rel=1e-6)
    assert [label for label, _ in model.accepted(["t:OO", "t:OP"])] == ["COMPETES_WITH=",
                                                                        "LEADS<"]
    strict = toy_model(**{"LEADS<": 0.9})  # p(LEADS<) = sigmoid(1) = 0.73
    assert [label for label, _ in strict.accepted(["t:OO", "t:OP"])] == ["COMPETES_WITH="]


def test_propose_reads_direction_schema_and_what_the_rules_said() -> None:
    text = "Helix Labs said Nora Vance and Quill Systems were in talks."
    sent = Sentence(0, len(text), text)
    org = mention(text, "Helix Labs", "org:helix", "Organization")
    per = mention(text, "Nora Vance", "per:nora", "Person")
    other = mention(text, "Quill Systems", "org:quill", "Organization")
    ruled = [Candidate("PARTNERS_WITH", "org:helix", "org:quill", "rule:x", 0.8, 0)]
    found = propose(toy_model(), text, [sent], {0: [org, per, other]}, "en", ruled,
                    lambda predicate, s, o: True)
    assert [(c.predicate, c.subject, c.object, c.rule) for c in found] == [
        ("LEADS", "per:nora", "org:helix", RULE)]  # "<": the second name is the subject
    assert 0.6 <= found[0].confidence < 1
    assert propose(toy_model(), text, [sent], {0: [org, per, other]}, "en", ruled,
                   lambda predicate, s, o: False) == []


ARTICLE = Record(id="learned-1", published="2025-03-02", text=(
    "Helix Labs unveiled a new chip on Monday. Quill Systems and Helix Labs were seen at the "
    "same fair in Lyon, where Orbit AI also had a stand."))


def test_the_pipeline_adds_proposals_with_evidence(tmp_path: Path, pair_model_env) -> None:
    path = tmp_path / "toy.json.gz"
    toy_model().write(path)
    pair_model_env(str(path))
    facts = [x for x in extract_article(ARTICLE) if x["kind"] == "fact"]
    learned = [f for f in facts if f["extractor"] == RULE]
    assert learned, facts
    for fact in learned:
        assert fact["predicate"] == "COMPETES_WITH"
        assert fact["evidence"]["sentence"] in ARTICLE.text
        assert ARTICLE.text[fact["evidence"]["start"]:fact["evidence"]["end"]] == \
            fact["evidence"]["sentence"]
    pair_model_env("off")
    assert not [x for x in extract_article(ARTICLE) if x.get("extractor") == RULE]


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path, pair_model_env) -> None:
    pair_model_env(str(tmp_path / "nowhere.json.gz"))
    with pytest.raises(ArticleError, match="STRATGRAPH_PAIR_MODEL: no pair model file at"):
        extract_article(ARTICLE)


def test_the_shipped_model_trained_on_spent_sets_only() -> None:
    spec = yaml.safe_load(SETS.read_text(encoding="utf-8"))
    training, blind = set(map(str, spec["training"])), set(map(str, spec["blind"]))
    spent = set(map(str, spec.get("spent") or ()))  # read for rules after the last training
    assert not training & blind and not spent & (training | blind)
    folders = {p.parent.name for p in SETS.parent.glob("*/gold.yaml")}
    assert folders == training | blind | spent  # every set is declared, every declared set exists
    model = get_model()
    assert model is not None, f"{MODEL_FILE} is missing"
    assert set(model.meta["sets"]) == training
    assert model.thresholds and set(model.thresholds) <= set(model.labels)


GATED = [  # (lang, a sentence the shipped layer links, the same claim negated or asked)
    ("en", "Lena Vogt stayed ten years at Helix Labs before she advised start-ups.",
     "Lena Vogt never stayed a day at Helix Labs before she advised start-ups."),
    ("en", "Lena Vogt stayed ten years at Helix Labs before she advised start-ups.",
     "Did Lena Vogt stay ten years at Helix Labs before she advised start-ups?"),
    ("fr", "Léa Morel a grandi chez Helix Labs avant de conseiller des start-up.",
     "Léa Morel n'a jamais grandi chez Helix Labs avant de conseiller des start-up."),
    ("fr", "Léa Morel a grandi chez Helix Labs avant de conseiller des start-up.",
     "Léa Morel a-t-elle grandi chez Helix Labs avant de conseiller des start-up ?"),
    ("de", "Lena Vogt hat bei Helix Labs gearbeitet und berät nun Start-ups.",
     "Hat Lena Vogt bei Helix Labs gearbeitet, bevor sie Start-ups beriet?"),
]


def learned_facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    lines = extract_article(Record(id="g", text=text, lang=lang, published="2025-05-01"))
    return {(x["subject"]["name"], x["predicate"], x["object"]["name"]) for x in lines
            if x["kind"] == "fact" and x["extractor"] == RULE}


@pytest.mark.parametrize(("lang", "stated", "gated"), GATED)
def test_negations_and_questions_gate_the_shipped_layer(lang: str, stated: str,
                                                        gated: str) -> None:
    assert learned_facts(stated, lang)  # the layer links this pair when it is stated...
    assert not learned_facts(gated, lang)  # ...and not when it is denied or asked


def test_a_sentence_that_is_no_prose_is_skipped_not_read_in_quadratic_time() -> None:
    # 300 names and no full stop: broken or hostile input, not a sentence the layer knows
    text = "Helix Labs met Quill Systems, " * 150
    sent = Sentence(0, len(text), text)
    names = [mention(text, name, f"org:{name.split()[0].lower()}-{i}", "Organization", i)
             for i in range(150) for name in ("Helix Labs", "Quill Systems")]
    assert len(list(candidate_pairs(names))) > 1000  # what the layer would have scored
    assert Gate("en").pairs(text, sent, names, {}) == []
    short = text[:60]
    sent = Sentence(0, len(short), short)
    assert Gate("en").pairs(short, sent, names[:2], {}) != []

"""Focus pairs of the learned layer: the article's main firm and the names of a sentence that
omits it ("The market has become crowded. Quill Systems sells a rival tool.")."""

from __future__ import annotations

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.learned.focus import KIND, FocusFeatures, focus_of, focus_pairs
from stratgraph.ingest.learned.model import FOCUS_RULE, PairModel, propose
from stratgraph.ingest.learned.train import Example, fit, is_focus
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.sentences import Sentence

TEXT = ("Helix Labs raised $40 million on Monday. The company sells coding agents. "
        "The market it is chasing has become crowded. Quill Systems and Orbit AI sell similar "
        "tools, and Nora Vance left Quill Systems in May.")


def sentences() -> list[Sentence]:
    out, start = [], 0
    for piece in ("Helix Labs raised $40 million on Monday.", "The company sells coding agents.",
                  "The market it is chasing has become crowded.",
                  "Quill Systems and Orbit AI sell similar tools, and Nora Vance left Quill "
                  "Systems in May."):
        start = TEXT.index(piece, start)
        out.append(Sentence(start, start + len(piece), piece))
    return out


def at(surface: str, entity: str, type_: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Mention(start, start + len(surface), entity, type_, surface)


def linked() -> dict[int, list[Mention]]:
    return {0: [at("Helix Labs", "org:helix", "Organization")],
            1: [Mention(TEXT.index("The company"), TEXT.index("The company") + 11, "org:helix",
                        "Organization", "The company", "anaphor")],
            3: [at("Quill Systems", "org:quill", "Organization"),
                at("Orbit AI", "org:orbit", "Organization"),
                at("Nora Vance", "per:nora", "Person"),
                at("Quill Systems", "org:quill", "Organization", 1)]}


def test_the_focus_is_the_firm_named_most_counting_the_company() -> None:
    assert focus_of(linked()) == "org:helix"  # twice, once as "The company"; Quill twice too,
    # but Helix comes first
    assert focus_of({0: [at("Helix Labs", "org:helix", "Organization")]}) is None  # once only


def test_focus_pairs_skip_sentences_naming_the_focus_and_pairs_the_rules_linked() -> None:
    pairs = [(i, m.entity) for i, m in focus_pairs(linked(), "org:helix", set())]
    assert pairs == [(3, "org:quill"), (3, "org:orbit"), (3, "per:nora")]  # each entity once
    ruled = {frozenset(("org:helix", "org:orbit"))}
    assert (3, "org:orbit") not in [(i, m.entity) for i, m in
                                    focus_pairs(linked(), "org:helix", ruled)]


def test_focus_features_read_the_sentence_before() -> None:
    reader = FocusFeatures(TEXT, sentences(), linked(), "en", "org:helix", {})
    feats = reader.of(3, linked()[3][0])
    assert KIND in feats and "f|t:O" in feats and "f|first:True" in feats
    assert "f|pw:crowded" in feats  # a word of the previous sentence
    assert "f|gap:2" in feats  # the focus was last named two sentences before
    assert all(f == KIND or f.startswith("f|") for f in feats)


def test_focus_labels_learn_from_focus_pairs_only() -> None:
    within = [Example(["t:OO", "b:COMPETE"], {"COMPETES_WITH="}, "A")] * 4 + \
        [Example(["t:OO"], set(), "A")] * 4
    focus = [Example([KIND, "f|pw:crowded"], {"F:COMPETES_WITH="}, "A")] * 4 + \
        [Example([KIND, "f|pw:lunch"], set(), "A")] * 4
    model = fit(within + focus)
    assert set(model.labels) == {"COMPETES_WITH=", "F:COMPETES_WITH="}
    assert is_focus(focus[0]) and not is_focus(within[0])
    k = model.labels.index("F:COMPETES_WITH=")
    assert not any(k in w for f, w in model.weights.items() if not f.startswith(("f|", KIND)))


def test_propose_joins_the_focus_to_a_name_of_a_later_sentence() -> None:
    model = PairModel(["COMPETES_WITH=", "F:COMPETES_WITH="], [-3.0, -3.0],
                      {"f|pw:crowded": {1: 5.0}}, 0.6, {"sets": []})
    ruled = [Candidate("INVESTS_IN", "org:orbit", "org:helix", "rule:x", 0.8, 0)]
    found = propose(model, TEXT, sentences(), linked(), "en", ruled, lambda p, s, o: True)
    got = {(c.predicate, c.subject, c.object, c.rule, c.sentence) for c in found}
    assert ("COMPETES_WITH", "org:helix", "org:quill", FOCUS_RULE, 3) in got
    assert not any(c.object == "org:orbit" for c in found)  # the rules linked that pair
    assert not any(c.rule != FOCUS_RULE for c in found)  # the within label stays off


def test_a_sentence_too_long_for_prose_gets_no_focus_pair() -> None:
    model = PairModel(["F:COMPETES_WITH="], [5.0], {}, 0.6, {"sets": []})  # says yes to all
    long_tail = " and similar tools" * 60  # past the 1,000 characters the layer reads
    text = TEXT.replace("in May.", "in May" + long_tail + ".")
    sents = sentences()[:3] + [Sentence(sentences()[3].start, len(text),
                                        text[sentences()[3].start:])]
    assert len(sents[3].text) > 1000
    found = propose(model, text, sents, linked(), "en", [], lambda p, s, o: True)
    assert found == []
    short = propose(model, TEXT, sentences(), linked(), "en", [], lambda p, s, o: True)
    assert {c.object for c in short} == {"org:quill", "org:orbit", "per:nora"}

"""Training the pair layer: labelled pairs from an annotated article, fitting, thresholds."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from stratgraph.ingest.learned.train import (Example, collect, evaluate, fit,
                                             label_thresholds)

ARTICLE = """title: Two start-ups at a fair
date: 2025-04-01
---
Helix Labs and Quill Systems shared a stand at the Lyon fair on Tuesday. Visitors queued for hours.

Later that week Helix Labs and Quill Systems said they would build a robot arm together."""


def annotated(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "01_en_fair.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"articles": [{
        "file": "01_en_fair.txt",
        "entities": [{"name": "Helix Labs", "type": "Organization", "aliases": []},
                     {"name": "Quill Systems", "type": "Organization", "aliases": []}],
        "facts": [{"subject": "Helix Labs", "predicate": "partners_with",
                   "object": "Quill Systems",
                   "evidence": "Helix Labs and Quill Systems shared a stand"}]}]}
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    return folder


def test_gold_facts_label_the_pairs_of_their_evidence_sentence(tmp_path: Path) -> None:
    data = collect([annotated(tmp_path / "T1")])
    stand = [ex for ex in data if "shared a stand" in ex.where]
    assert [ex.labels for ex in stand] == [{"PARTNERS_WITH="}]
    assert stand[0].group == "T1"
    assert "t:OO" in stand[0].features
    # the same pair in another sentence is not called a negative: the gold may mean it too
    assert not [ex for ex in data if "robot arm" in ex.where and not ex.labels]


def synthetic(n: int, seed: int = 3) -> list[Example]:
    """A cue that decides the label, a cue that is noise, spread over five groups."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        clean, noisy = rng.random() < 0.3, rng.random() < 0.3
        labels = {"LEFT>"} if clean else set()
        if noisy and rng.random() < 0.3:
            labels.add("CRITICIZED>")
        feats = ["t:PO", "b:LEFT_V"] if clean else ["t:PO", f"w:PO:filler{i % 7}"]
        if noisy:
            feats.append("b:CRITIC_V")
        out.append(Example(feats, labels, f"G{i % 5}"))
    return out


def test_fit_learns_a_deciding_cue_and_thresholds_drop_a_noisy_label() -> None:
    data = synthetic(400)
    model = fit(data, threshold=0.6)
    assert set(model.labels) == {"LEFT>", "CRITICIZED>"}
    assert model.meta["sets"] == ["G0", "G1", "G2", "G3", "G4"]
    thresholds = label_thresholds(data, c=2.0, min_precision=0.6)
    assert thresholds["LEFT>"] <= 0.6
    assert thresholds["CRITICIZED>"] > 1  # right 30% of the time at best: switched off
    model.thresholds = thresholds
    held = synthetic(100, seed=9)
    figures = evaluate(model, held)
    assert figures["false"] == 0
    assert figures["true"] == sum("LEFT>" in ex.labels for ex in held)

"""Session 10: an entity named only in the title is no antecedent, and a bug on one article
is reported for that article while the others are still extracted."""

from __future__ import annotations

import pytest

from stratgraph.ingest import batch, pipeline
from stratgraph.ingest.records import Record

BODY = ("Der Softwareanbieter Lumen übernimmt Vessel Labs, eine Ausgründung der ETH Zürich. "
        "Das Team soll in Lumen Labs aufgehen, die neue Forschungseinheit des Unternehmens, wie "
        "Lumen am Dienstag mitteilte.")


def test_an_organization_named_only_in_the_title_is_no_antecedent() -> None:
    # the title reads "ETH-Ausgründung Vessel Labs" as one name the body never uses
    record = Record(id="t", text=BODY, lang="de",
                    title="Lumen kauft Zürcher ETH-Ausgründung Vessel Labs")
    lines = pipeline.extract_article(record)
    ids = {x["id"] for x in lines if x["kind"] == "entity"}
    assert "org:eth-ausgrundung-vessel-labs" not in ids
    for fact in (x for x in lines if x["kind"] == "fact"):
        assert fact["subject"]["id"] in ids and fact["object"]["id"] in ids


def fragile(record: Record, *args, **kwargs):
    if record.id == "bad":
        raise KeyError("org:nowhere")
    return real(record, *args, **kwargs)


real = pipeline.extract_article
RECORDS = [Record(id="good-1", text="Helix Labs hired Nora Vance.", lang="en"),
           Record(id="bad", text="Quill Systems hired Lena Vogt.", lang="en"),
           Record(id="good-2", text="Orbit AI hired Tomas Berg.", lang="en")]


@pytest.mark.parametrize("run", ["records", "batch"])
def test_a_bug_on_one_article_is_reported_and_the_others_still_come_out(
        run: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "extract_article", fragile)  # what both paths call
    errors: list = []
    if run == "records":
        lines = list(pipeline.extract_records(RECORDS, on_error=errors.append))
    else:
        lines = list(batch.extract_parallel(RECORDS, on_error=errors.append, workers=1,
                                            progress=False))
    assert {x["article"] for x in lines if x["kind"] == "entity"} == {"good-1", "good-2"}
    assert len(errors) == 1
    assert "internal error (KeyError" in errors[0].message
    assert "please report it" in errors[0].message

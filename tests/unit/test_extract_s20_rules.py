"""Session 20: two firms that oppose a bill together are not partners; the last name of a
list may take the article ("Meta and the Chamber of Progress"), though an article after a
comma still opens an apposition; and the French verb "concurrencer" without "directement".
Every sentence is written for this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize("text", [
    "Meta and Google opposed SB 1047 last month.",
    "Meta and Google lobbied against SB 1047 until the final vote.",
])
def test_firms_opposing_one_bill_are_not_partners(text: str) -> None:
    found = facts(text, "en")
    assert not of(found, "PARTNERS_WITH")
    assert {("Meta", "CRITICIZED", "SB 1047"), ("Google", "CRITICIZED", "SB 1047")} <= found


def test_firms_that_sign_a_partnership_still_partner() -> None:
    assert of(facts("Meta and IBM signed a partnership in December.", "en"), "PARTNERS_WITH")


def test_the_last_name_of_a_list_may_take_the_article() -> None:
    found = facts("Meta and the Chamber of Progress opposed SB 1047.", "en")
    assert {("Meta", "CRITICIZED", "SB 1047"),
            ("Chamber of Progress", "CRITICIZED", "SB 1047")} <= found


def test_an_article_after_a_comma_still_opens_an_apposition() -> None:
    found = facts("Ai2 was founded by the late Paul Allen, the Microsoft co-founder.", "en")
    assert ("Paul Allen", "FOUNDED", "Allen Institute for AI") in found
    assert ("Microsoft", "FOUNDED", "Allen Institute for AI") not in found


@pytest.mark.parametrize("text", [
    "Mistral AI concurrence OpenAI en Europe.",
    "OpenAI a publié gpt-oss, qui concurrence les modèles de DeepSeek.",
    "Mistral AI fait concurrence aux laboratoires comme OpenAI.",
])
def test_french_concurrencer_names_rivals(text: str) -> None:
    assert of(facts(text, "fr"), "COMPETES_WITH")


def test_french_la_concurrence_is_a_noun() -> None:
    found = facts("Face à la concurrence OpenAI a baissé ses prix, a indiqué Mistral AI.", "fr")
    assert not of(found, "COMPETES_WITH")

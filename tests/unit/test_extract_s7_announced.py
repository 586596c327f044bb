"""Session-7 announcements by the actor that opens the sentence. Every sentence is written for
this file."""

from __future__ import annotations

import pytest

from extract_helpers import facts, of


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("Nvidia said on Tuesday that it would open a research centre in Lyon.", "en", "Nvidia"),
    ("The European Commission said on Friday that it had opened an inquiry.", "en",
     "European Commission"),
    ("A Microsoft anunciou esta quarta-feira um programa de formação em Braga.", "pt",
     "Microsoft"),
    ("Mistral AI ha anunciado este lunes la apertura de una oficina en Madrid.", "es",
     "Mistral AI"),
    ("Anthropic ha annunciato martedì un nuovo ufficio a Milano.", "it", "Anthropic"),
    ("腾讯3月5日宣布成立新的大模型部门。", "zh", "Tencent"),
])
def test_an_announcement_by_the_opening_actor(text: str, lang: str, actor: str) -> None:
    assert {t[0] for t in of(facts(text, lang), "ANNOUNCED")} == {actor}


def test_analysts_saying_something_is_no_announcement_by_a_firm_named_later() -> None:
    found = facts("Analysts said on Tuesday that Nvidia would open a centre in Lyon.", "en")
    assert not of(found, "ANNOUNCED")

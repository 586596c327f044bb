"""`namepass.occurrences` finds an article's names with `str.find` where the passes used to
compile a regex alternation per article; it must find exactly what the alternation found."""

from __future__ import annotations

import re

import pytest

from stratgraph.ingest.namepass import _apart, _bare, occurrences

FORMS = ["Leike", "Jan Leike", "Scale", "Scale AI", "唐杰", "Orféo", "Orféo Labs", "AI"]
TEXTS = [
    "Jan Leike left. Leike joined Anthropic; Leike's team followed.",
    "Scale AI and Scale-up firms; ScaleAI is not Scale, but Scale is.",
    "首席科学家唐杰表示，唐杰团队will ship. Orféo Labs and Orféo, @Orféo@ Orféo-2.",
    "AI AIs OpenAI's AI-first AI.",
]


def _regex_apart(forms: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W\u3400-\u9fff])(" + "|".join(
        re.escape(s) for s in sorted(forms, key=len, reverse=True)) + r")(?![^\W\u3400-\u9fff])")


def _regex_bare(forms: list[str]) -> re.Pattern[str]:
    return re.compile(r"(" + "|".join(
        re.escape(f) if re.match(r"[\u3400-\u9fff]", f) else rf"(?<![\w@-]){re.escape(f)}(?![\w-])"
        for f in sorted(forms, key=len, reverse=True)) + r")")


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("edges", "regex"), [(_apart, _regex_apart), (_bare, _regex_bare)])
def test_the_same_occurrences_as_the_alternation(text, edges, regex) -> None:
    want = [(m.start(), m.end(), m.group(1)) for m in regex(FORMS).finditer(text)]
    assert occurrences(text, FORMS, edges) == want
    assert want  # every text holds at least one name


def test_coverage_and_reach_answer_as_the_span_lists_did() -> None:
    from stratgraph.ingest.spans import Coverage, reach

    spans = [(2, 5), (8, 12), (10, 11)]
    covered = Coverage(20, spans)
    for start in range(20):
        for end in range(start + 1, 21):
            assert covered.overlaps(start, end) == any(a < end and start < b for a, b in spans)
    furthest = reach(20, spans)
    for start in range(20):
        for end in range(start + 1, 21):  # names are never empty
            assert (furthest[start] >= end) == any(a <= start and b >= end for a, b in spans)

""""La compañía de Musk", "the company founded by Amodei": a company phrase tied to a person.

Such a phrase means the firm the person is known for, not the last organization named: the
one an earlier sentence of the article tied the person to (a leader, founder or employee),
else the knowledge base's employer when the article names that firm.
"""

from __future__ import annotations

import re

from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.langdata import LangData, expand
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.salience import Context
from stratgraph.ingest.sentences import Sentence


_CUES: dict[str, re.Pattern[str] | None] = {}


def of_person_cue(lang: LangData) -> re.Pattern[str] | None:
    """What joins a company phrase to its person: the language's PER_OF words ("de", "of"),
    or a founding participle ("la empresa fundada en 2021 por Dario Amodei")."""
    if lang.lang in _CUES:
        return _CUES[lang.lang]
    words = expand("{PER_OF}", lang.macros, False)
    cue = None
    if words and lang.lang != "zh":  # Chinese puts the person first ("马斯克的公司")
        founded = expand(r"\s*,?\s*{FOUNDED_PASSIVE}\s+(?:[\w-]+\s+){0,4}?(?:{BY})\s+",
                         lang.macros, False)
        joins = rf"\s+(?:{words})(?:\s+|(?<=['’]))" + (
            f"|(?P<founded>{founded})" if founded else "")
        cue = re.compile(joins, re.IGNORECASE)
    _CUES[lang.lang] = cue
    return cue


def persons_firm(sent: Sentence, mentions: list[Mention], phrase_end: int,
                 of_person: re.Pattern[str] | None, ctx: Context, kb: KnowledgeBase
                 ) -> str | None:
    """The firm of the person named right after the phrase ending at `phrase_end`; "" when
    the knowledge base places the person at a firm the article does not name (no guess is
    better than the last organization), None when the usual reading should decide."""
    if of_person is None:
        return None
    joined = of_person.match(sent.text, phrase_end)
    if joined is None:
        return None
    at = sent.start + joined.end()
    person = next((x for x in mentions if x.type == "Person" and x.start == at), None)
    if person is None:
        return None
    seen = ctx.affiliation.get(person.entity)
    if seen and not joined.groupdict().get("founded"):  # a founder's past job is no answer
        return seen
    known = kb.entities.get(person.entity)
    employer = known.employer if known is not None else None
    if not employer:
        return None  # a person the knowledge base does not place: the usual reading decides
    named = employer in ctx.counts or any(x.entity == employer for x in mentions)
    return employer if named else ""

"""Government officials work for their government: "la ministra de Finanzas, Nirmala
Sitharaman", "Commerce Secretary Howard Lutnick", "Evan Solomon, ministre de l'IA"; a head of
government ("Prime Minister Keir Starmer", "Bundeskanzler X") leads it.

News names a minister by title and rarely says "works for the government" in words, so no
relation pattern reads it. The title must touch the name: right before it (with at most a
department phrase: "le ministre de l'Innovation, des Sciences et de l'Industrie, X") or right
after it as an apposition ("X, the technology secretary"). The government is one the article
names itself (a knowledge-base entity tagged `government`): the one whose country a word near
the title names ("la ministre française"), else the only one, else the nearest named before
the person. An article that names no government gets no such fact: the country of a bare
"minister" is a guess, and a guessed government is an entity the text never names.
The title words are per-language cues (`rules/*_officials.yaml`), not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from stratgraph.ingest.candidate import Candidate
from stratgraph.ingest.kb import CJK_CHAR, KnowledgeBase
from stratgraph.ingest.langdata import LangData
from stratgraph.ingest.mention_types import Mention
from stratgraph.ingest.sentences import Sentence

RULE = "rule:government-official"
CONFIDENCE = 0.6
BEFORE_WINDOW = 110
"""How far before a name its title may start (a long ministry name included)."""
NEAR = 40
"""How far around a title and name a country's adjective tells which government it is."""


class Titles:
    """The compiled title tests of one language."""

    def __init__(self, head: str, title: str, dept: str, former: str | None,
                 clause: str | None):
        titled = rf"(?:(?P<head>(?i:{head}))|(?P<title>(?i:{title})))"
        # a department phrase: capitalized words with no comma ("Secretary of Commerce X"),
        # or any words up to the comma that sets the name off ("la ministra de Finanzas, X")
        capital = r"(?:[A-ZÀ-Ý][\w'’-]*\s*(?:(?:and|&|et|y|e|und)\s+)?){1,4}"
        phrase = r"[^.;:!?()\"“”«»]{1,90}?,"
        # an adjective may stand between title and department ("la ministre française du
        # Numérique, X"), never between title and name
        self.before = re.compile(
            rf"{titled}(?:(?:\s+[a-zà-ÿ-]+)?\s+(?i:{dept})\s*(?:{capital}|{phrase}))?\s*,?\s*$")
        self.dept_end = re.compile(rf"(?<!\w)(?i:{dept})\s*$")
        self.after = re.compile(
            rf"\s*,\s*(?:[\w'’-]+\s+){{0,3}}?{titled}(?![\w-])")
        self.former = re.compile(former, re.IGNORECASE) if former else None
        self.clause = re.compile(clause, re.IGNORECASE) if clause else None


@lru_cache(maxsize=None)
def _titles(head: str, title: str, dept: str, former: str | None,
            clause: str | None) -> Titles:
    return Titles(head, title, dept, former, clause)


def titles(data: LangData) -> Titles | None:
    """The language's title tests, or None when its rules list no official titles."""
    head, title, dept = (data.cue(n) for n in ("official_head", "official_title",
                                               "official_dept"))
    if head is None or title is None or dept is None:
        return None
    former, clause = data.cue("former"), data.cue("official_clause")
    return _titles(head.pattern, title.pattern, dept.pattern,
                   former.pattern if former is not None else None,
                   clause.pattern if clause is not None else None)


@dataclass
class Officials:
    """What an article says of its government officials."""

    facts: list[Candidate] = field(default_factory=list)
    """WORKS_FOR (a minister) or LEADS (a head of government) of the government named."""
    people: set[str] = field(default_factory=set)
    """Everyone the article titles as a serving minister or head of government."""


def read_officials(text: str, sents: list[Sentence], tables: dict[int, list[Mention]],
                   data: LangData, kb: KnowledgeBase) -> Officials:
    """The titled officials of an article and the government each serves."""
    found = Officials()
    tests = titles(data)
    if tests is None:
        return found
    governments = sorted((m.start, m.entity) for table in tables.values() for m in table
                         if kb.tagged(m.entity, "government"))
    in_text = {entity for _, entity in governments}
    countries = _countries(kb)
    for index, sent in enumerate(sents):
        table = sorted(tables.get(index, []), key=lambda m: m.start)
        for position, person in enumerate(table):
            if person.type != "Person" or person.origin == "anaphor":
                continue
            titled = _title(text, sent, table, position, tests)
            if titled is None:
                continue
            found.people.add(person.entity)
            role, start, end = titled
            if not governments:
                continue
            around = text[max(sent.start, start - NEAR):min(sent.end, end + NEAR)]
            named = [entity for entity, pattern in countries if pattern.search(around)]
            if named:  # "la ministre française", "Canada's AI minister": that country's
                mentioned = [e for e in named if e in in_text]
                government = mentioned[0] if mentioned else None
            else:
                government = _government(governments, person.start)
            if government is not None:
                predicate = "LEADS" if role == "head" else "WORKS_FOR"
                found.facts.append(Candidate(predicate, person.entity, government, RULE,
                                             CONFIDENCE, index))
    return found


def no_firm_jobs(candidates: list[Candidate], people: set[str], kb: KnowledgeBase
                 ) -> list[Candidate]:
    """The learned layer's WORKS_FOR and LEADS of a serving official to a company are
    dropped: a minister quoted next to a firm ("a déclaré Evan Solomon, ministre de l'IA",
    after a sentence on Cohere) does not work there."""
    if not people:
        return candidates
    return [c for c in candidates if not (
        c.subject in people and c.predicate in ("WORKS_FOR", "LEADS")
        and c.rule.startswith("learned:") and not kb.tagged(c.object, "government", "public"))]


def _title(text: str, sent: Sentence, table: list[Mention], position: int,
           tests: Titles) -> tuple[str, int, int] | None:
    """("head" or "title", start, end of the title and name) when an official's title
    touches the name; None otherwise, and for a former official ("l'ancien ministre X",
    "former Prime Minister X")."""
    person = table[position]
    found = None
    for bound in range(position - 1, -2, -1):  # a department read as a firm is no bound
        previous = table[bound].end if bound >= 0 else sent.start
        start = max(previous, sent.start, person.start - BEFORE_WINDOW)
        found = tests.before.search(text, start, person.start)
        if found is not None or bound < 0 or start > table[bound].end or \
                table[bound].type != "Organization" or \
                not tests.dept_end.search(text, max(sent.start, table[bound].start - 12),
                                          table[bound].start):
            break  # "la ministra de Transformación Digital, X": look past "Transformación",
            # never past the window's start (a huge sentence of "de X" firms stays linear)
    if found is None:
        nxt = table[position + 1].start if position + 1 < len(table) else sent.end
        found = tests.after.match(text[:min(nxt, sent.end)], person.end)
        if found is not None and tests.clause is not None and tests.clause.search(
                text, person.end, found.start("head" if found.group("head") else "title")):
            return None  # "X, who met the prime minister", "X, adviser to the minister"
    if found is None:
        return None
    lead_in = text[max(sent.start, found.start() - 25):found.end()]
    if tests.former is not None and tests.former.search(lead_in):
        return None
    span = (min(found.start(), person.start), max(found.end(), person.end))
    return ("head" if found.group("head") else "title", *span)


_GOVERNMENT_WORDS = re.compile(
    r"(?i)^(?:the|of|de|del|des|du|da|do|dos|degli|dello|della|di|d'|state|federal|"
    r"government|gouvernement|regierung|regierungen|gobierno|governo|administration)\s+|"
    r"\s+(?:government|gouvernement|regierung|regierungen|gobierno|governo|administration|"
    r"state government|federal government)$|政府$")


_COUNTRIES: dict[int, tuple[KnowledgeBase, list[tuple[str, re.Pattern[str]]]]] = {}


def _countries(kb: KnowledgeBase) -> list[tuple[str, re.Pattern[str]]]:
    """Per government of the knowledge base, its country's names and adjectives, read off
    its aliases ("French government", "gouvernement français", "法国政府" give "French",
    "français", "法国"). A Latin form also matches its inflections ("française",
    "canadienne", "italiana", "französischen"): the form less a final vowel, plus up to four
    letters."""
    if id(kb) in _COUNTRIES and _COUNTRIES[id(kb)][0] is kb:
        return _COUNTRIES[id(kb)][1]
    out = []
    for entity in kb.entities.values():
        if entity.type != "Organization" or "government" not in entity.tags:
            continue
        forms = set()
        for alias in (entity.name, *entity.aliases):
            core = alias
            while True:
                shorter = _GOVERNMENT_WORDS.sub("", core).strip()
                if shorter == core:
                    break
                core = shorter
            if core != alias and len(core) >= 2 and not _GOVERNMENT_WORDS.search(core):
                forms.add(core)
        alternatives = []
        for form in sorted(forms, key=len, reverse=True):
            if CJK_CHAR.search(form):
                alternatives.append(re.escape(form))
            elif len(form.rstrip("aeo")) >= 5:
                alternatives.append(rf"\b{re.escape(form.rstrip('aeo'))}\w{{0,4}}\b")
            else:  # "US", "UAE": exactly
                alternatives.append(rf"\b{re.escape(form)}\b")
        if alternatives:
            out.append((entity.id, re.compile("|".join(alternatives))))
    _COUNTRIES[id(kb)] = (kb, out)  # the base kept with its forms: its id is never reused
    return out


def _government(governments: list[tuple[int, str]], at: int) -> str | None:
    """The article's only government, else the nearest it names before `at`."""
    if len({entity for _, entity in governments}) == 1:
        return governments[0][1]
    before = [entity for start, entity in governments if start < at]
    return before[-1] if before else None

"""Name passes over a whole article: short forms of names seen once in full.

A person named in full once ("Jan Leike") is later "Leike"; a lab named "Scale AI" is later
"Scale"; a Chinese name found after a title ("首席科学家唐杰") recurs without one. These passes
run after every sentence has its mentions, so they can use what the whole article said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from stratgraph.ingest.mentions import Mention, Registry
from stratgraph.ingest.sentences import Sentence
from stratgraph.ingest.spans import Coverage

_ORG_SUFFIXES = frozenset({"AI", "Labs", "Lab", "Inc", "Inc.", "Technologies", "Robotics",
                           "Research", "Systems", "Group", "Intelligence", "Computing"})


def surname_pass(text: str, sentences: list[Sentence], per_sentence: list[list[Mention]],
                 registry: Registry, stop_caps: frozenset[str]) -> None:
    """Bare surnames ("Leike", "Sutskever") resolve to the full name seen in the article."""
    surnames: dict[str, str] = {}
    for entity, type_ in registry.types.items():
        if type_ == "Person":
            parts = registry.names[entity].split()
            if len(parts) >= 2 and parts[-1] not in stop_caps:
                surnames.setdefault(parts[-1], entity)
            for form in (registry.names[entity], *registry.aliases[entity]):
                if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", form):
                    surnames.setdefault(form, entity)  # a Chinese full name recurs as is
        elif type_ == "Organization" and entity.startswith("org:"):
            head, _, last = registry.names[entity].rpartition(" ")
            if (last in _ORG_SUFFIXES and re.fullmatch(r"[A-Z][\w-]{2,}|\d+[A-Z][\w-]*", head)
                    and head not in stop_caps):
                surnames.setdefault(head, entity)  # "Scale" after "Scale AI", "1X" after
                # "1X Technologies"
    if not surnames:
        return
    _retype_surnames(per_sentence, surnames, registry)
    _mark(sentences, per_sentence, surnames, _apart, registry, "surname", alias=True)


def _retype_surnames(per_sentence: list[list[Mention]], surnames: dict[str, str],
                     registry: Registry) -> None:
    """A lone word that an earlier pass guessed to be a firm ("En Meta, Shih encabezará" read
    as a list of two companies) is the person the article named in full with that surname."""
    guessed: set[str] = set()
    for mentions in per_sentence:
        for i, m in enumerate(mentions):
            person = surnames.get(m.surface)
            if (person is None or m.type != "Organization" or m.origin == "kb"
                    or registry.types.get(person) != "Person"
                    or registry.names[m.entity] != m.surface):
                continue
            guessed.add(m.entity)
            registry.add(person, "Person", registry.names[person], m.surface)
            mentions[i] = Mention(m.start, m.end, person, "Person", m.surface, "surname")
    if not guessed:
        return
    used = {m.entity for mentions in per_sentence for m in mentions}
    for entity in guessed - used:
        registry.forget(entity)


def repeat_pass(sentences: list[Sentence], per_sentence: list[list[Mention]],
                registry: Registry, stop_caps: frozenset[str]) -> None:
    """A company, model or product the article introduced once ("la start-up parisienne
    Orféo") is the same entity wherever its name recurs bare ("Orféo a publié ..."): discovery
    needed a descriptor the first time, later sentences do not repeat it."""
    forms: dict[str, str] = {}
    for entity, type_ in registry.types.items():
        if type_ not in ("Organization", "Model", "Product"):
            continue
        for form in (registry.names[entity], *registry.aliases[entity]):
            if re.fullmatch(r"[\u3400-\u9fff]{3,}", form):
                forms.setdefault(form, entity)  # "星辰智能": Chinese has no word edges to check
            elif (len(form) >= 3 and form[0].isupper() and form not in stop_caps
                    and not re.search(r"[\u3400-\u9fff]", form)):
                forms.setdefault(form, entity)
    if not forms:
        return
    _mark(sentences, per_sentence, forms, _bare, registry, "repeat", alias=False)


def model_tail_pass(per_sentence: list[list[Mention]], registry: Registry,
                    stop_caps: frozenset[str]) -> None:
    """A model named in full once ("Claude 3 Opus") is later its last word ("Opus"): a
    discovered name that is only that word is the model, not a new company."""
    tails: dict[str, set[str]] = {}
    for entity, type_ in registry.types.items():
        if type_ == "Model":
            last = registry.names[entity].rpartition(" ")[2]
            if " " in registry.names[entity] and re.fullmatch(r"[A-Z][a-z]{3,}", last) \
                    and last not in stop_caps:
                tails.setdefault(last, set()).add(entity)
    for mentions in per_sentence:
        for i, m in enumerate(mentions):
            owners = tails.get(m.surface, ())
            if m.origin in ("discovered", "list") and m.type != "Model" and len(owners) == 1:
                entity = next(iter(owners))
                registry.add(entity, "Model", registry.names[entity], m.surface)
                mentions[i] = Mention(m.start, m.end, entity, "Model", m.surface, "surname")


_WORDISH = re.compile(r"[^\W\u3400-\u9fff]")
"""A word character that is not Chinese: a Latin name must not touch one."""
_GLUED = re.compile(r"[\w@-]")
_CJK_START = re.compile(r"[\u3400-\u9fff]")


def _apart(text: str, form: str, start: int, end: int) -> bool:
    """No Latin word character right before or after (Chinese characters may touch)."""
    return ((start == 0 or not _WORDISH.match(text, start - 1))
            and (end == len(text) or not _WORDISH.match(text, end)))


def _bare(text: str, form: str, start: int, end: int) -> bool:
    """A Chinese form anywhere; any other form not glued to a word, "@" or "-"."""
    return bool(_CJK_START.match(form)) or (
        (start == 0 or not _GLUED.match(text, start - 1))
        and (end == len(text) or not _GLUED.match(text, end) or text[end] == "@"))


def occurrences(text: str, forms: Iterable[str], edges: Callable[[str, str, int, int], bool]
                ) -> list[tuple[int, int, str]]:
    """(start, end, form) of the forms in `text`, as a regex alternation of the forms, longest
    first, would find them: leftmost first, the longest form at a position, no overlaps. Plain
    `str.find` per form: compiling an alternation of an article's names cost more than the
    whole search (about 5% of extraction time)."""
    found = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            if edges(text, form, at, at + len(form)):
                found.append((at, at + len(form), form))
            at = text.find(form, at + 1)
    found.sort(key=lambda x: (x[0], x[0] - x[1]))
    out, last = [], 0
    for start, end, form in found:
        if start >= last:
            out.append((start, end, form))
            last = end
    return out


def _mark(sentences: list[Sentence], per_sentence: list[list[Mention]], forms: dict[str, str],
          edges: Callable[[str, str, int, int], bool], registry: Registry, origin: str,
          alias: bool) -> None:
    """Mentions for every occurrence of a form that no mention of its sentence covers yet."""
    for sent, mentions in zip(sentences, per_sentence):
        added = False
        covered = None
        for at, stop, form in occurrences(sent.text, forms, edges):
            start, end = sent.start + at, sent.start + stop
            if covered is None:  # built once a form occurs in the sentence
                covered = Coverage(len(sent.text), ((x.start - sent.start, x.end - sent.start)
                                                    for x in mentions))
            if covered.overlaps(at, stop):
                continue
            covered.add(at, stop)
            entity = forms[form]
            type_ = registry.types[entity]
            if alias:  # a short form worth listing among the entity's names ("Leike")
                registry.add(entity, type_, registry.names[entity], form)
            mentions.append(Mention(start, end, entity, type_, form, origin))
            added = True
        if added:
            mentions.sort(key=lambda x: (x.start, x.end))

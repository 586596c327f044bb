"""Shapes of names the knowledge base lacks: given names, model versions, "called X".

Discovery (`ingest/mentions.py`) finds people by a given name followed by a surname shape,
models by a version written after a name ("Jamba 1.5 Mini", "Odin-3 Max") and products or
models a text introduces ("a platform called North"). The word lists are data
(`ingest/kb/first_names.yaml`); this module holds the shapes and the person reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stratgraph.datafiles import read_yaml
from stratgraph.ingest.normalize import fold_compact, make_id, unaccented

@dataclass(frozen=True)
class NameData:
    """The given-name lists of `kb/first_names.yaml` (see the comments there)."""

    names: frozenset[str]
    ambiguous: frozenset[str]
    particles: frozenset[str]
    org_words: frozenset[str]
    place_prefixes: frozenset[str]
    subsidiary_words: frozenset[str]


@lru_cache(maxsize=1)
def names_file() -> dict:
    """`kb/first_names.yaml`, read once: the name lists and the descriptor lists share it."""
    path = Path(__file__).resolve().parent / "kb" / "first_names.yaml"
    return read_yaml(path)


@lru_cache(maxsize=1)
def name_data() -> NameData:
    data = names_file()
    names = data.get("names") or ()
    data = {**data, "names": [*names, *(unaccented(n) for n in names)]}  # "Edouard" too
    return NameData(*(frozenset(data.get(key) or ()) for key in (
        "names", "ambiguous", "particles", "org_words", "place_prefixes", "subsidiary_words")))


TIER = re.compile(r"(?:[\s-](?:Small|Medium|Large|Mini|Pro|Max|Flash|Lite|Nano|Ultra|Turbo|"
                  r"Plus|Sonnet|Opus|Haiku|Scout|Maverick|Behemoth|Instruct|Premier|Micro|"
                  r"Speed|Thinking|Air|Omni|Coder|Reasoner|Instant|Preview|Deep Think)"
                  r"(?![A-Za-z0-9])){1,2}"
                  r"|\s\[(?:dev|pro|max|schnell|base|instruct)\]")
"""A size or tier word right after a known model names a member of its family; up to two
("Flash Thinking"), and the end is no ASCII letter, not `\b`, so "ERNIE Lite和" still counts.
A bracketed tier ("FLUX.1 Kontext [dev]") names the member too."""
_CALLED = (r"\s+(?:called|named|dubbed|known as|baptisée?|appelée?|nommée?|namens|genannt|"
           r"llamad[oa]|denominad[oa]|bautizad[oa]|chiamat[oa]|denominat[oa]|battezzat[oa]|"
           r"chamad[oa]|batizad[oa])\s+[«\"“„]?\s*"
           r"(?P<name>[A-Z][\w.-]*[\w](?:\s[A-Z0-9](?:[\w.-]*[\w])?)?)")
CALLED_MODEL = re.compile(r"(?i:\b(?:models?|modèles?|Modell|modelos?|modell[oi]|LLM))" + _CALLED)
CALLED_PRODUCT = re.compile(
    r"(?i:\b(?:assistant|chatbot|platform|agent|app|tool|product|plateforme|outil|produit|"
    r"Plattform|Werkzeug|Produkt|Assistent|plataforma|herramienta|producto|asistente|"
    r"piattaforma|strumento|prodotto|assistente|ferramenta|produto|feature|service|"
    r"fonction|fonctionnalité|Funktion|función|funcionalidad|funzione|funzionalità|recurso|"
    r"funcionalidade))" + _CALLED)
"""Names introduced by "called"/"baptisé"/"namens": a model or a product the text presents."""
SPACED_VERSION = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][a-z]{2,}[A-Za-z]*\s(?:\d+\.(?!\d{3}(?!\d))\d+"
    r"(?:\s(?:Pro|Mini|Large|Small|Medium|Flash|Ultra|Max|Turbo|Lite|Nano|Plus|Sonnet|Opus|"
    r"Haiku|Instruct|Chat|Vision|Coder|Mini-Instruct))?|"
    r"\d+\s(?:Pro|Mini|Large|Small|Medium|Flash|Ultra|Max|Turbo|"
    r"Lite|Nano|Plus|Sonnet|Opus|Haiku|Instruct|Coder)))(?![\w.-])")
"""A model named with a spaced version ("Jamba 1.5 Mini", "Nova 2 Lite"): a decimal version,
or a whole number with a size word, so that "Windows 11" or "Article 5" stay words. Three digits
after the point are thousands ("bei Oracle 24.000 Chips gemietet"), no version."""


SIZE = re.compile(r"[\s-](?:\d+x)?\d+(?:\.\d+)?[BMT](?:[\s-](?:VLM|Instruct|Chat|Base|Vision))?"
                  r"(?![A-Za-z0-9_-])")
"""A parameter count after a model's name ("Gemma 7B", "Nemotron-4 340B", "Mixtral 8x7B"):
the size names one member of the family, and annotators cite the member."""
SIZED_NAME = re.compile(
    r"(?<![A-Za-z0-9_.-])(?P<name>[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*"
    r"(?:\s(?:[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*|\d+(?:\.\d+)?)){0,2})(?=" + SIZE.pattern + ")")
"""An unknown name right before a parameter count is a model ("Orion Coder 33B"); only
models are counted in billions of parameters. ASCII edges, so it also holds in Chinese text."""


ACCENTED_VERSION = re.compile(
    r"(?<![\w.-])(?P<name>[A-ZÀ-Þ][^\W\d_]*[^\x00-\x7F][^\W\d_]*-\d+(?:\.\d+)?"
    r"(?:-[A-Za-z0-9]+)?)(?![\w-])")
"""A versioned model whose name has an accented letter ("Sabiá-3", "Rüya-2"): the per-language
version shapes read ASCII letters only."""


@lru_cache(maxsize=1)
def unit_words() -> re.Pattern[str]:
    """Up to three capitalized words ending in a unit word after an organization's name: a
    fund or lab of that organization ("AMD Ventures", "BlackRock Private Equity Partners")."""
    units = "|".join(sorted(name_data().subsidiary_words))
    return re.compile(rf"(?: [A-Z][a-z]+){{0,3}}? (?:{units})(?![\w-])")


def first_names() -> frozenset[str]:
    return name_data().names


WORD = re.compile(r"[^\W\d_\u3400-\u9fff](?:[^\W\u3400-\u9fff]|[’']|-(?=[^\W\d_]))*"
                  r"|[\u3400-\u9fff]+")
"""A word; Chinese characters make words of their own, so that a Latin name written right
after them is a word of its own too ("研究员Leandro von Werra")."""
_NAME_PREFIX = re.compile(r"^(?:[A-Z][’']|Mc|Mac|De|Di|Da|La|Le|Van)(?=[A-Z])")
_POSSESSIVE = re.compile(r"[’']s$")


def _name_shape(word: str) -> bool:
    """A capitalized name word: "Sorensen", "D'Angelo", "McCarthy", "Kai-Fu", "Jae-yong"."""
    for k, part in enumerate(_POSSESSIVE.sub("", word).split("-")):
        part = _NAME_PREFIX.sub("", part) if k == 0 else part
        tail = part[1:]
        if (len(part) < 2 or not tail.isalpha() or not tail.islower()
                or not (part[0].isupper() or (k > 0 and part[0].islower()))):
            return False
    return True


class PersonFinder:
    """People the knowledge base lacks, read word by word (a mixin of MentionFinder)."""

    def _people(self, s: str) -> list[tuple]:
        """"Given-name Surname" people the knowledge base lacks.

        Every word is tried as a start (a capitalized word before a name no longer hides it:
        "Microsoft President Brad Smith"). The name stops before a word that is known to the
        knowledge base as something else, a stop word or a possessive ("Emil Sorensen
        Microsoft", "Leike's"); it is dropped when followed by an organization word ("Alan
        Turing Institute") or when it continues a place ("San Francisco Chronicle").
        """
        data = name_data()
        words = list(WORD.finditer(s))
        out: list[tuple] = []
        i = 0
        while i < len(words):
            word = words[i].group(0)
            if word not in data.names and "-" not in word:
                i += 1  # most words open no name: skip the call
                continue
            found = self._person_at(s, words, i, data)
            if found is None:
                i += 1
                continue
            last, name = found
            out.append((words[i].start(), words[last].start() + len(_POSSESSIVE.sub(
                "", words[last].group(0))), make_id("Person", name), "discovered", name, None))
            i = last + 1
        return out

    def _person_at(self, s: str, words: list[re.Match[str]], i: int,
                   data: NameData) -> tuple[int, str] | None:
        """(index of the last word, name) of a person whose given name is word `i`."""
        first = words[i].group(0)
        given = first in data.names or ("-" in first and all(
            part.capitalize() in data.names for part in first.split("-")))
        if not given or first in self.stop_caps or _POSSESSIVE.search(first):
            return None
        prev = words[i - 1] if i else None
        adjacent = prev is not None and s[prev.end():words[i].start()] == " "
        if first in data.ambiguous and (prev is None or not prev.group(0)[:1].islower()
                                        or s[prev.end():words[i].start()].strip()):
            return None  # "May Meta...", "Grace Blackwell" after a capital: a word, not a name
        if adjacent and (prev.group(0) in data.place_prefixes or (
                prev.group(0)[:1].isupper() and self._known_other(prev.group(0))
                and not _POSSESSIVE.search(prev.group(0)))):
            return None  # "San Francisco", "Nvidia Isaac Sim"; not "Salesforce's Paul Brandt",
            # nor "mit Johannes Hagemann" (German "mit" is no MIT)
        parts = [first]
        j = i + 1
        while j < len(words) and len(parts) < 4 and s[words[j - 1].end():words[j].start()] == " ":
            word = words[j].group(0)
            after_given = len(parts) == 1 or all(p in data.names for p in parts)
            if word in data.particles and (after_given or len(parts) == 2):
                k = j  # "Ursula von der Leyen", "Luiz Felipe dos Anjos", "Ana Ruiz de la Vega"
                while k < len(words) and words[k].group(0) in data.particles and k - j < 2:
                    k += 1
                if (k - j < 2 or word == "von") and not after_given:
                    break  # after a surname only a double particle goes on: "Sam Altman de
                    # OpenAI"; "Jan Kocoń von der Breslauer Hochschule" comes from somewhere
                if (k < len(words) and k > j and s[words[k - 1].end():words[k].start()] == " "
                        and _name_shape(words[k].group(0)) and not self._known_other(
                            words[k].group(0)) and words[k].group(0) not in self.stop_caps):
                    parts.extend(w.group(0) for w in words[j:k + 1])
                    j = k
                    if _POSSESSIVE.search(words[j].group(0)):
                        break
                    j += 1
                    continue
                break
            if word in data.org_words:
                return None  # "Allen Institute", "Alan Turing Institute"
            surname = len(parts) == 1 and i > 0 and self._surname_firm(word)
            if (not _name_shape(word) or word in self.stop_caps
                    or (self._known_other(word) and not surname)
                    or (len(parts) > 1 and fold_compact(word) in self.kb.first_tokens)):
                break
            parts.append(word)
            if _POSSESSIVE.search(word):
                break
            j += 1
        if len(parts) < 2:
            return None
        if len(parts) == 4 and parts[1] not in data.names | data.particles:
            parts = parts[:3]  # a fourth word only after a second given name: "José Luis ..."
        last = i + len(parts) - 1
        name = _POSSESSIVE.sub("", " ".join(parts))
        return last, name

    def _surname_firm(self, word: str) -> bool:
        """A one-word firm that is also a family name ("Marina Ferrari", "Michael Dell"): right
        after a given name inside a sentence it is the person's surname."""
        found = self.kb.lookup(fold_compact(word))
        return bool(found) and all(
            self.kb.entities[a.entity].type == "Organization"
            and "giant" not in self.kb.entities[a.entity].tags for a in found)

    def _known_other(self, word: str) -> bool:
        """The knowledge base knows this word as something other than a person."""
        return any(self.kb.entities[a.entity].type != "Person"
                   for a in self.kb.lookup(fold_compact(_POSSESSIVE.sub("", word))))

"""Discovery of names the knowledge base lacks, one sentence at a time.

A mixin of `MentionFinder` (which sets the compiled cues below from the language's rule files):
people by their given name, a founding phrase or a role, organizations by a descriptor or a
suffix, models and products by their shapes ("Orion Coder 33B", "Jules, un agent"), and close
misspellings of known names. Every candidate is `discovered` or `fuzzy`, so the knowledge base
still wins on the same span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from stratgraph.ingest.cjknames import cjk_name, dotted_names
from stratgraph.ingest.descriptors import descriptor_orgs, founders
from stratgraph.ingest.kb import TOKEN, Alias, KnowledgeBase
from stratgraph.ingest.langdata import LangData
from stratgraph.ingest.name_shapes import PersonFinder, first_names, name_data
from stratgraph.ingest.normalize import fold_compact, make_id
from stratgraph.ingest.proper_names import acronym_opens, common_word
from stratgraph.ingest.spans import Coverage
from stratgraph.ingest.word_frequency import zipf


class Discovery(PersonFinder):
    kb: KnowledgeBase
    lang: LangData
    stop_caps: frozenset[str]
    person_before: re.Pattern[str] | None
    person_after: re.Pattern[str] | None
    person_cjk: re.Pattern[str] | None
    cjk_models: list[Alias]
    org_before: re.Pattern[str] | None
    org_suffix: re.Pattern[str] | None
    model_context: re.Pattern[str] | None
    product_latin: re.Pattern[str] | None
    shapes: list[tuple[re.Pattern[str], str]]

    def _fuzzy(self, s: str) -> list[tuple]:
        out = []
        tokens = list(TOKEN.finditer(s))
        for i, m in enumerate(tokens):
            word = m.group(0)
            if not word[:1].isupper() or len(word) < 6 or word in self.stop_caps:
                continue
            key = fold_compact(word)
            if self.kb.lookup(key) or common_word(word, self.lang.lang):
                continue  # "Systems" is a word, not a misspelt "T-Systems"
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and s[m.end():nxt.start()] == " " and nxt.group(0)[:1].isupper():
                pair = self.kb.fuzzy_lookup(fold_compact(s[m.start():nxt.end()]))
                if pair and self.kb.entities[pair].type != "Person":
                    out.append((m.start(), nxt.end(), pair, "fuzzy", "", None))
                    continue  # "Mistal AI" is Mistral AI, not a new "Mistal AI"
            entity = self.kb.fuzzy_lookup(key)
            if entity and not self._other_given_name(s, m.start(), entity):
                out.append((m.start(), m.end(), entity, "fuzzy", "", None))
        return out

    def _other_given_name(self, s: str, start: int, entity: str) -> bool:
        """Is the near-miss at `start` a surname after a given name the known person's name
        lacks? "Marc Shulman" is someone else than John Schulman; "Then Altmann" is not."""
        known = self.kb.entities[entity]
        if known.type != "Person":
            return False
        window = max(0, start - 40)  # the word before, not a scan of the whole sentence
        before = _WORD_BEFORE.search(s, window, start)
        if before is None or before.group(1) in known.name.split():
            return False
        word = before.group(1)  # a given name, or a capitalized word that no sentence opens
        return word in first_names() or (word not in self.stop_caps
                                         and bool(s[window:before.start()].strip()
                                                  or s[:window].strip()))

    def _versioned_cjk_models(self, s: str) -> list[tuple]:
        """A known Chinese model name followed by a version ("讯飞星火大模型V4.0"): one model."""
        out = []
        for alias in self.cjk_models:
            at = s.find(alias.surface)
            version = _CJK_VERSION.match(s, at + len(alias.surface)) if at >= 0 else None
            if version:
                name = f"{self.kb.entities[alias.entity].name} {version.group(1).upper()}"
                out.append((at, version.end(), make_id("Model", name), "discovered", name, None))
        return out

    def _discover(self, s: str) -> list[tuple]:
        out = []
        names = first_names()
        out.extend(self._people(s))
        if self.lang.lang != "zh":
            out.extend(c for c in descriptor_orgs(s, self.stop_caps, names)
                       if not (self.lang.lang == "de" and _german_noun(c[4])))
            out.extend(founders(s, self._known_other, self.stop_caps))
        joiner = r"(?:and|et|und|y|e)"
        for m in re.finditer(rf"\b([A-Z][\w’'-]+)\s+{joiner}\s+([A-Z][\w’'-]+)\s+([A-Z][a-zà-ÿ’'-]+)\b", s):
            first, second, last = m.groups()  # "Dario and Daniela Amodei": two people
            if first in names and second in names and last not in self.stop_caps:
                name = f"{first} {last}"
                out.append((m.start(1), m.end(1), make_id("Person", name), "discovered", name,
                            None))
        if self.lang.lang == "zh":
            for start, end, name in dotted_names(s):  # "马克·贝尼奥夫": a foreign name
                out.append((start, end, make_id("Person", name), "discovered", name, None))
            out.extend(self._versioned_cjk_models(s))
        if self.person_cjk:
            for m in self.person_cjk.finditer(s):
                start = _named(m)[0]
                name = cjk_name(s, start)
                if name:
                    out.append((start, start + len(name), make_id("Person", name), "discovered",
                                name, None))
        for m in self.person_after.finditer(s) if self.person_after else ():
            words = m.group("name").split()  # "Demi Guo, Pika's chief executive"
            start = m.start("name")
            if len(words) == 3 and words[0] not in names and words[1] in names:
                start += len(words[0]) + 1  # "General Markus Laubenthal": a title, then the name
                words = words[1:]
            name = " ".join(words)
            if (words[0] not in self.stop_caps and words[-1] not in name_data().org_words
                    and not any(w.isupper() for w in words)):
                out.append((start, m.end("name"), make_id("Person", name), "discovered", name,
                            None))
        if self.person_before:
            for m in self.person_before.finditer(s):
                name = m.group("name")
                cut = len(re.search(r"(?:[’']s)?$", name).group(0))
                name = name[:len(name) - cut]
                tail = (re.match(r"[A-Z][\w’']*", s[m.end("name"):])
                        if name.endswith("-") else None)
                if tail:  # "Dr. Ottilie Fenwick-Hart": the cue's word class stops at the hyphen
                    name, cut = name + tail.group(0), -len(tail.group(0))
                if len(name.split()) >= 2 and name.split()[0] not in self.stop_caps:
                    out.append((m.start("name"), m.end("name") - cut, make_id("Person", name),
                                "discovered", name, None))
        for pattern in (self.org_before, self.org_suffix):
            if pattern is None:
                continue
            for m in _restarting(pattern, s, self.stop_caps):
                start, end, name = _named(m)
                first, size = name.split()[0], len(name.split())
                if not acronym_opens(name) and (  # "AI Safety Institute" keeps its "AI"
                        first in self.stop_caps or (_KIND_OF_FIRM.search(first) and size >= 3)):
                    if size < 3:
                        continue
                    cut = len(name.split()[0]) + 1  # "Chez Vessel AI" names "Vessel AI"
                    start, name = start + cut, name[cut:]  # so does "des Krypto-Konzerns X"
                head, _, last = name.rpartition(" ")
                if last.casefold() in ("team", "équipe") and self.kb.lookup(fold_compact(head)):
                    continue  # "the DeepSeek team" is DeepSeek, not a new organization
                if last == "AI" and self.kb.lookup(fold_compact(head)) and _ROLE_AFTER.match(
                        s, end):
                    continue  # "the former Tesla AI director" works for Tesla
                if name.split()[0] in _TITLE_WORDS or name.split()[0] in _DEMONYMS or (
                        name.split()[0].endswith("-based")):
                    continue  # "Chief Software Officer" is a title, "Chinese AI" or
                    # "London-based AI" a kind of firm
                out.append((start, end, make_id("Organization", name), "discovered", name, None))
        for pattern, type_ in ((self.model_context, "Model"), (self.product_latin, "Product"),
                               *self.shapes):
            if pattern is None:
                continue
            for m in pattern.finditer(s):
                start, end, name = _named(m)
                head, _, rest = name.partition(" ")
                ai_firm = type_ == "Organization" and head == "AI" and rest[:1].isupper()
                if head in self.stop_caps and rest[:1].isupper() and not ai_firm:
                    start, name = start + len(head) + 1, rest  # "Comme Orion 7B", though
                    # "the AI Village, a community" keeps its first word
                if name in self.stop_caps or (
                        re.split(r"[\s.-]", name)[0] in self.stop_caps and not ai_firm):
                    continue
                if type_ != "Organization" and name.split()[0] in _DEMONYMS:
                    continue  # "its Chinese models" are no model called Chinese
                if type_ != "Organization" and INSTITUTION_END.search(name):
                    continue  # "l'Allen Institute, il modello ...": the institute is no model
                if type_ == "Organization" and self.lang.lang == "de":
                    words = name.split()  # "Konzern-Chef", "Chef von Nordwerk Gespräche ..."
                    if len(words) == 2 and _german_noun(words[1]) and not _german_noun(words[0]):
                        end, name = start + len(words[0]), words[0]
                    elif all(_german_noun(w) for w in words):
                        continue
                if name.endswith("大模型") and any(
                        a.surface == name[:-3] for a in self.kb.cjk_aliases):
                    continue  # "豆包大模型" is the known Doubao
                if name.endswith("大模型") and name[:-3] in _GENERIC_ZH:
                    continue  # "国内大模型": domestic models in general, not a model's name
                known = next((a.entity for a in self.kb.lookup(fold_compact(name))
                              if a.surface == name and self.kb.entities[a.entity].type == type_),
                             None)  # "Cognition-Chef X": the cue gives the context a known
                # but ambiguous name ("Cognition") waits for: the known firm, not a new one
                out.append((start, end, known or make_id(type_, name), "discovered", name, None))
        covered = Coverage(len(s), ((c[0], c[1]) for c in out))
        for m in _SUFFIXED_MODEL.finditer(s):  # "BgGPT", "MamayLM": a language model's name
            if not covered.overlaps(m.start(), m.end()):
                covered.add(m.start(), m.end())
                out.append((m.start(), m.end(), make_id("Model", m.group("name")),
                            "discovered", m.group("name"), None))
        for m in _CAMEL_FIRM.finditer(s):  # last: a cue that types the name wins its span
            if not covered.overlaps(m.start(), m.end()):
                covered.add(m.start(), m.end())
                type_ = ("Model" if _MODEL_END.search(m.group("name")) else "Product"
                         if _PRODUCT_END.search(m.group("name")) else "Organization")
                out.append((m.start(), m.end(), make_id(type_, m.group("name")),
                            "discovered", m.group("name"), None))
        return out


@lru_cache(maxsize=4096)
def _german_noun(name: str) -> bool:
    """A single word common in German and rare in English is a noun, not a brand: "das Labor
    unter Leitung von X" names no firm "Leitung" (brands such as Apple are common in both)."""
    return " " not in name and zipf(name, "de") >= 4.0 and zipf(name, "en") < 3.0


_WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][\w’'-]*)\s+$")
"""The capitalized word right before a position."""


_ROLE_AFTER = re.compile(
    r"\s+(?:director|chief|head|lead|leader|boss|researcher|scientist|officer|executive|engineer|"
    r"veteran|alum|alumnus|czar|policy|safety|research)s?\b")
"""Words that make "Tesla AI" a known firm's AI role ("Tesla AI director"), not a new firm."""


_KIND_OF_FIRM = re.compile(
    r"(?i)(?:unternehmen|konzern|hersteller|anbieter|betreiber|entwickler|investor|riese|fonds|"
    r"bauer|ausrüster|zulieferer|dienstleister)s?$|(?:firma|gruppe|plattform|tochter)$|"
    r"spezialist(?:en)?$")
"""A German noun for a kind of firm, declined, before the firm's name: "des
Krypto-Mining-Unternehmens Arkon Energy" names Arkon Energy."""


_TITLE_WORDS = frozenset({"Chief", "Head", "Senior", "Vice", "Executive", "General", "Managing"})
_DEMONYMS = frozenset({"Chinese", "American", "European", "French", "German", "British", "Japanese",
                       "Korean", "Indian", "Israeli", "Canadian", "Emirati", "Saudi", "US", "U.S.",
                       "UK", "EU", "Generative", "Agentic"})
"""Words that make "Chinese AI" or "Generative AI" a kind of firm, not one firm's name."""
_GENERIC_ZH = frozenset({"国内", "国产", "中国", "通用", "开源", "闭源", "多模态", "自研", "行业", "垂直",
                         "基础", "其他", "各家", "主流", "头部", "海外", "美国", "新一代", "千亿级", "百亿级",
                         "一轮", "新一轮", "这轮", "本轮", "各类", "各种", "这些", "多家", "不少", "众多"})
"""Words before 大模型 that name large models in general ("国内大模型"), not one model."""


_CJK_VERSION = re.compile(r"\s*(?:大模型|模型)?\s*([Vv]\d+(?:\.\d+)*|\d+\.\d+)(?![\w.])")
"""A version after a Chinese model name: "讯飞星火大模型V4.0" is Spark V4.0, not a model "V4.0"."""


_CAMEL_FIRM = re.compile(
    r"(?<![\w@.’'-])(?<!model )(?<!modèle )(?<!Modell )(?<!modelo )(?<!modello )"
    r"(?P<name>[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+)(?<!Bench)(?<!Eval)"
    r"(?![\w’'-]|\s*\d|\s+(?:model|modèle|Modell|modelo|modello|benchmark|test|dataset|"
    r"leaderboard)\b)")
"""A name joined in camel case ("EvolutionaryScale", "FutureHouse") that the knowledge base
lacks: in AI news almost always a company (a model with a version or a "model" noun, and a
benchmark, aside; `_MODEL_END` types the rest)."""


_SUFFIXED_MODEL = re.compile(
    r"(?<![\w@.’'-])(?P<name>[A-Z][A-Za-z]*[a-z](?:GPT|LM|LLM)(?:-\d+(?:\.\d+)?[A-Za-z]?)?)"
    r"(?![\w’'-])")
"""A name ending in GPT or LM after a lower-case letter ("BgGPT", "MamayLM", "YandexGPT")."""
_MODEL_END = re.compile(r"(?:Gen|Coder|Craft|Fold|Bot|Chat|Llama|Diffusion|Pilot|GPT|LM)$")
"""A camel-case name ending in a model word ("MusicGen", "StarCoder", "BgGPT") is a model."""
_PRODUCT_END = re.compile(r"(?:Kit|SDK|Toolkit)$")
"""A camel-case name ending in a tool word ("AgentKit") is a product; "Hub" and "Studio" end
companies' names too ("XetHub")."""


def _restarting(pattern: re.Pattern[str], s: str, stop_caps: frozenset[str]
                ) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `s`, like `finditer`, except that a two-word name opened by
    a stop word is searched again from its second word: in "The AI Safety Institute" the
    suffix cue first finds "The AI", which would hide the institute."""
    pos = 0
    while (m := pattern.search(s, pos)) is not None:
        start, _, name = _named(m)
        words = name.split()
        if len(words) == 2 and words[0] in stop_caps:
            pos = start + len(words[0]) + 1
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


INSTITUTION_END = re.compile(r"\s(?:Institute|Foundation|University|College|Council|Alliance|"
                             r"Consortium)$")
"""A name ending in one of these is an institution, whatever model or product context is near,
and keeps its whole name though a known institution ends it ("Global Telco AI Alliance")."""


def _named(m: re.Match[str]) -> tuple[int, int, str] | None:
    """The span of the first `name*` group that matched (cues may offer alternatives)."""
    for group in ("name", "name2", "name3", "name4"):
        if group in m.re.groupindex and m.group(group):
            return m.start(group), m.end(group), m.group(group)
    return None

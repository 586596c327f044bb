"""Entity mentions in an article: known names (`gazetteer.py`), model families, fuzzy names and
discovery.

A mention is a span of the article text resolved to an entity id. Candidates from every
source compete for spans: the longest span wins, then the most trusted source (knowledge base
before family patterns before fuzzy matches before context discovery).
"""

from __future__ import annotations

import re

from stratgraph.ingest.discovery import INSTITUTION_END, Discovery
from stratgraph.ingest.event_mentions import EventFinder
from stratgraph.ingest.gazetteer import gazetteer
from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.langdata import LangData
from stratgraph.ingest.lists import list_members, type_of
from stratgraph.ingest.mention_types import Mention, Registry
from stratgraph.ingest.name_shapes import (
    ACCENTED_VERSION, CALLED_MODEL, CALLED_PRODUCT, SIZE, SIZED_NAME, SPACED_VERSION, TIER,
    first_names,
    unit_words,
)
from stratgraph.ingest.normalize import fold_compact, make_id
from stratgraph.ingest.proper_names import name_mentions, places, word_zipf
from stratgraph.ingest.sentences import Sentence
from stratgraph.ingest.spans import Coverage, reach, resolve_overlaps

_PRODUCT_WORD = re.compile(r" ((?:AI )?[A-Z][a-z]+[A-Za-z0-9]*)(?![\w-])")
_VERSION = re.compile(
    r"-(?=[A-Za-z]{0,4}\d)[A-Za-z0-9]+(?:\.\d+)?(?:-[A-Za-z0-9]+)?(?![^\W\u3400-\u9fff]|-)")
_CAP_NAME = r"[A-Z][\w&'’.-]*[\w]"
_TOKEN_TAIL = re.compile(r"(?:[.-][A-Za-z0-9]+)+(?![^\W\u3400-\u9fff]|-|\.\w)")
"""The rest of a model's token after a version cut short ("-3" + ".5-Turbo")."""
_VARIANT_TAIL = re.compile(
    r"(?:[.-](?:[A-Za-z]{0,3}\d[A-Za-z0-9]*|Instruct|Preview|Exp|Thinking|Base|Chat|Turbo|Max|"
    r"Mini|Pro|Coder|Codex|Flash|Lite|Plus|Ultra|Omni|VL|Terminus|Speciale|Distill|Reasoner|"
    r"Nano|Vision|Audio|Realtime))+")
"""A tail that makes a known model's token a member of its family: each piece a version, a
size, a date code or a variant word ("Qwen3" + "-235B-A22B-2507", "GPT-5" + ".1-Codex")."""
_ADJECTIVE_END = re.compile(
    r"-(?:class|powered|based|like|style|level|sized|grade|enabled|driven|generated|era|scale|"
    r"type|tier|series|family|backed|built|trained|focused|equivalent|compatible|caliber|"
    r"basiert\w*|gestützt\w*|ähnlich\w*|artig\w*|fähig\w*)$")
"""A compound adjective after a model's name ("GPT-4-class", "Llama-3-basierte"): the model
named is the one before it."""
_SPACED_INT = re.compile(
    r" (?P<v>[Vv]?[1-9]\d?(?:\.\d)?)"
    r"(?![\w-]|[.,]\d|\s*(?:%|[Bb]\b|[Mm]illi|[Bb]illi|Mrd|Md\b|mil\b))")
"""A spaced whole-number version ("PaLM 2", "Midjourney V6"), not an amount ("3 billion")."""
_BARE_NAME = re.compile(r"(?<![\w@.’'-])(?P<name>[A-Z][a-z]{2,}|[A-Z][A-Z0-9]{2,})(?= [Vv]?\d)")
_MODEL_NOUN = re.compile(
    r"(?i)\b(?:models?|modèles?|modell\w*|modelos?|modell[oi]|LLMs?|chatbots?|versions?|"
    r"versión|versione|versão|Version)\b")
"""Words that make a sentence about models: "Hermes 3" there is a model's name."""
RARE_ZIPF = 3.5
"""A word before a version this rare (per million words: about three) is a name; "Hermes"
(3.3) and "Genie" (3.4) pass, "Pixel" (3.7), "Windows" and "Article" do not."""


_APP = re.compile(r" (?:Chat|App|Studio)(?![A-Za-z0-9-])")


class MentionFinder(Discovery, EventFinder):
    """Finds and resolves mentions sentence by sentence for one language."""

    def __init__(self, kb: KnowledgeBase, lang: LangData):
        self.kb = kb
        self.lang = lang
        cues = lang.regex
        self.person_before = cues.get("person_before")
        self.person_after = cues.get("person_after")
        self.org_before = cues.get("org_before")
        self.org_suffix = cues.get("org_suffix")
        self.model_context = cues.get("model_context")
        self.stop_caps = frozenset(lang.raw.get("stop_capitalized") or ())
        self.confirmed: frozenset[str] = frozenset()
        """Context-bound names the article uses as names (set per article, `one_sense.py`)."""
        self.person_cjk = cues.get("person_cjk")
        self.cjk_models = [a for a in kb.cjk_aliases if kb.entities[a.entity].type == "Model"
                           ] if lang.lang == "zh" else []  # the names a version can follow
        self.product_latin = cues.get("product_latin")  # "FlashMLA" in a Chinese article
        # names typed by their shape or their apposition: "FLUX.1", "Moshi, un modèle",
        # "Scaleway, la filiale", "fondateur d'Iliad"
        self.shapes = [(cues[k], t) for k, t in (
            ("model_version", "Model"), ("model_apposition", "Model"),
            ("product_apposition", "Product"), ("product_context", "Product"),
            ("model_owned", "Model"), ("product_owned", "Product"),
            ("org_apposition", "Organization"), ("org_after_role", "Organization"),
            ("org_before_role", "Organization")) if k in cues]
        if lang.lang != "zh":
            self.shapes.append((SPACED_VERSION, "Model"))
            self.shapes.append((ACCENTED_VERSION, "Model"))
            self.shapes.append((CALLED_MODEL, "Model"))
            self.shapes.append((CALLED_PRODUCT, "Product"))
        self.shapes.append((SIZED_NAME, "Model"))
        self.genitive = bool(lang.raw.get("genitive_s"))
        self.org_products = bool(lang.raw.get("org_products"))
        joiners = lang.macros.get("AND")
        self.list_sep = re.compile(
            rf"\s*(?:[,、，]\s*(?:(?:{joiners})\s+)?|\s(?:{joiners})\s)\s*") if joiners else None
        self.events = self._event_patterns()

    def _spaced_versions(self, s: str, cands: list[tuple], family_owner: dict[str, str]
                         ) -> list[tuple]:
        """Names followed by a whole-number version: a known model ("PaLM 2", "OLMo 3"), a
        known lab with a "V" version ("Midjourney V6"), or, in a sentence about models, a rare
        capitalized word ("Hermes 3", "Evo 2"). Shape cues need a decimal or a size word
        ("Jamba 1.5"), so that "Windows 11" or "Article 5" stay words; the rarity and the
        model noun do that job here."""
        out: list[tuple] = []
        furthest = reach(len(s), ((c[0], c[1]) for c in cands))
        for start, end, entity, origin, _name, _co in cands:
            known = self.kb.entities.get(entity)
            if origin != "kb" or known is None or known.type not in ("Model", "Organization"):
                continue
            version = _SPACED_INT.match(s, end)
            if (version is None or re.search(r"\d", known.name)
                    or (known.type == "Organization" and version.group("v")[0] not in "Vv")
                    or furthest[start] >= version.end()):  # a longer name holds it
                continue
            name = (f"{known.name} {version.group('v')}" if known.type == "Model"
                    else s[start:version.end()])  # "OLMo 3", "Midjourney V6"
            model = make_id("Model", name)
            family_owner[model] = known.owner if known.type == "Model" else entity
            out.append((start, version.end(), model, "family", name, None))
        if self.lang.lang == "zh" or not _MODEL_NOUN.search(s):
            return out  # (a Chinese sentence has no capitals to tell a rare name by)
        taken = Coverage(len(s), ((c[0], c[1]) for c in cands + out))
        for m in _BARE_NAME.finditer(s):
            word = m.group("name")
            version = _SPACED_INT.match(s, m.end())
            if (version is None or word in self.stop_caps or word in places()
                    or word_zipf(word, self.lang.lang) >= RARE_ZIPF
                    or taken.overlaps(m.start(), version.end())):
                continue
            name = s[m.start():version.end()]
            out.append((m.start(), version.end(), make_id("Model", name), "discovered", name,
                        None))
        return out

    def sentence(self, text: str, sent: Sentence, registry: Registry) -> list[Mention]:
        s = sent.text
        cands: list[tuple[int, int, str, str, str, str | None]] = []
        family_owner: dict[str, str] = {}
        hardware: set[str] = set()
        for fam in self.kb.families:
            if fam.quick is not None and fam.quick.search(s) is None:
                continue  # (the fast test: see `Family.quick`)
            for m in fam.pattern.finditer(s):
                canonical = fam.name(m)
                entity = next((a.entity for a in self.kb.lookup(fold_compact(canonical))
                               if self.kb.entities[a.entity].type == fam.type), None)
                entity = entity or make_id(fam.type, canonical)
                if fam.hardware:
                    hardware.add(entity)
                if fam.owner:
                    family_owner[entity] = fam.owner
                cands.append((m.start(), m.end(), entity, "family", canonical, None))
        for start, end, entity, origin, cooccur in gazetteer(self.kb, s, self.genitive,
                                                              self.confirmed):
            cands.append((start, end, entity, origin, "", cooccur))
            if self.kb.entities[entity].type != "Organization":
                continue
            version = _VERSION.match(s, end)
            if version:
                name = s[start:version.end()]  # "MiniMax-M1": a model named after its lab
                model = make_id("Model", name)
                family_owner[model] = entity
                cands.append((start, version.end(), model, "family", name, None))
            word = _PRODUCT_WORD.match(s, end) if self.org_products and not (
                self.kb.tagged(entity, "public", "government")) else None
            # a public body names laws and offices, not products ("EU AI Act")
            unit = unit_words().match(s, end)  # "AMD Ventures", "Samsung Catalyst Fund"
            if unit:
                name = s[start:unit.end()]
                cands.append((start, unit.end(), make_id("Organization", name), "family", name,
                              None))
            elif word and self._product_word(word.group(1)):
                name = s[start:word.end()]  # "Mistral Compute": a product named after its lab
                product = make_id("Product", name)
                family_owner[product] = entity
                cands.append((start, word.end(), product, "family", name, None))
        cands.extend(self._fuzzy(s))
        cands.extend(self._discover(s))
        for start, end, entity, _origin, name, _co in list(cands):
            known = self.kb.entities.get(entity)
            if (known.type if known else _type_of(entity)) != "Model":
                continue  # what follows a name extends only a model's name
            tier = TIER.match(s, end)
            tail = _TOKEN_TAIL.match(s, end)
            if tail and (_ADJECTIVE_END.search(tail.group(0))
                         or (known and not _VARIANT_TAIL.fullmatch(tail.group(0)))):
                tail = None  # "GPT-4-class" is GPT-4; "Qwen3-235B-A22B-2507" is a member
            app = _APP.match(s, end)
            if app:  # "Qwen Chat": the chat app of a model family is a product
                cands.append((start, app.end(), make_id("Product", s[start:app.end()]), "family",
                              s[start:app.end()], None))
            if tail and (not tier or tail.end() > tier.end()):
                name = s[start:tail.end()]  # "Zephyr-3.5-Turbo": the rest of the token is the name
                member = make_id("Model", name)
                if known and known.owner:
                    family_owner[member] = known.owner
                cands.append((start, tail.end(), member, "family" if known else "discovered",
                              name, None))  # a known head keeps "GPT-5.1-Codex" whole
                continue
            size = SIZE.match(s, tier.end() if tier else end)
            if tier or size:  # "Magistral Small", "Gemma 7B": a member of the family just named
                member = s[start:(size or tier).end()]
                model = make_id("Model", member)
                family_owner[model] = (known.owner if known else None) or \
                    registry.owners.get(entity) or ""
                cands.append((start, start + len(member), model, "family", member, None))
        cands.extend(self._spaced_versions(s, cands, family_owner))
        kb_by_end: dict[int, list[int]] = {}
        kb_people_by_start: dict[int, list[int]] = {}
        for c in cands:
            if c[3] == "kb":
                kb_by_end.setdefault(c[1], []).append(c[0])
                if _type_of(c[2]) == "Person":
                    kb_people_by_start.setdefault(c[0], []).append(c[1])
        namesakes = {k for c in cands if c[3] == "discovered" for k in self._namesake(c, cands, s)}
        surnames = {(k[0], k[1]) for k in namesakes}  # spans a namesake frees for the full name
        cands = [c for c in cands if c not in namesakes and not (c[3] == "discovered" and (
            (any(a > c[0] for a in kb_by_end.get(c[1], ()) if (a, c[1]) not in surnames)
             and not INSTITUTION_END.search(s, c[0], c[1]))
            or (_type_of(c[2]) == "Person"
                and any(b < c[1] for b in kb_people_by_start.get(c[0], ())))))]
        # drops "Assistenten Meta AI" and "Elon Musks Firma" against the known names, but an
        # institution keeps its whole name ("Global Telco AI Alliance" is not the AI Alliance)
        people = {(c[0], c[1]) for c in cands
                  if c[3] == "discovered" and _type_of(c[2]) == "Person"}
        cands = [c for c in cands if not (c[3] == "discovered" and (c[0], c[1]) in people
                                          and _type_of(c[2]) in ("Model", "Organization")
                                          and not re.search(r"\d", s[c[0]:c[1]]))]
        # a digit-free name read as a person and as a model or firm ("X Y, il modello") is one
        products = {(c[0], c[1]) for c in cands
                    if c[3] == "discovered" and _type_of(c[2]) == "Product"}
        cands = [c for c in cands if not (c[3] == "discovered" and (c[0], c[1]) in products
                                          and _type_of(c[2]) == "Organization")]
        # a name a product cue introduces is that product, though it ends like a firm's name
        # ("il servizio Deep Research": "Research" is also a firm's last word)
        chosen = resolve_overlaps(cands)
        chosen = resolve_overlaps(chosen + list_members(s, chosen, self.list_sep, self.stop_caps,
                                                        self._known_other))
        chosen = _glossed(s, sorted(chosen + name_mentions(s, self.stop_caps, self.lang.lang,
                                                           [(c[0], c[1]) for c in chosen])))
        present = {c[2] for c in chosen}
        mentions: list[Mention] = []
        for start, end, entity, origin, name, cooccur in chosen:
            if cooccur and cooccur not in present:
                continue
            surface = s[start:end]
            known = self.kb.entities.get(entity)
            if known is not None:
                type_, canonical, wikidata = known.type, known.name, known.wikidata
            else:
                type_ = _type_of(entity)
                canonical, wikidata = name or surface, None
            registry.add(entity, type_, canonical, surface, wikidata)
            if entity in hardware or (known is not None and "hardware" in known.tags):
                registry.hardware.add(entity)
            if entity in family_owner and known is None and family_owner[entity]:
                registry.owners.setdefault(entity, family_owner[entity])
            elif known is None and type_ == "Model":
                owner = self._prefix_owner(name or surface)  # "Qwen3-235B-A22B" is Alibaba's
                if owner:
                    registry.owners.setdefault(entity, owner)
            mentions.append(Mention(sent.start + start, sent.start + end, entity, type_,
                                    surface, origin))
        events = self._events(s, sent.start, mentions)
        if events:
            mentions = [m for m in mentions if not self._names_an_event(m, events, s, sent.start)]
        mentions.extend(events)
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions

    def _namesake(self, c: tuple, cands: list[tuple], s: str) -> list[tuple]:
        """The known person or firm a discovered person only shares a surname with ("Laura
        Altman" holds the alias "Altman" of Sam Altman; "Marina Ferrari" is no carmaker)."""
        if _type_of(c[2]) != "Person":
            return []
        first = s[c[0]:c[1]].split()[0]
        if first not in first_names():
            return []
        return [k for k in cands if k[3] == "kb" and k[1] == c[1] and k[0] > c[0]
                and _type_of(k[2]) in ("Person", "Organization") and len(s[k[0]:k[1]].split()) == 1
                and first.casefold() not in self.kb.entities[k[2]].name.casefold()]

    def _prefix_owner(self, name: str) -> str | None:
        """The lab behind a discovered model whose name starts with a known model or lab."""
        head = re.split(r"[-\s.]", name)[0]
        for alias in self.kb.lookup(fold_compact(head)):
            if alias.exact_case and head != alias.surface:
                continue  # "Aria" is no "ARIA": a case-bound alias binds here too
            known = self.kb.entities[alias.entity]
            if known.type == "Organization":
                return known.id
            if known.owner:
                return known.owner
        for fam in self.kb.families:
            if fam.owner and fam.type == "Model" and fam.pattern.match(name):
                return fam.owner
        return None

    def _product_word(self, word: str) -> bool:
        """A capitalized word after a lab's name that names one of its products."""
        return (word not in self.stop_caps and word not in first_names()
                and not self.kb.lookup(fold_compact(word)))



_type_of = type_of

_GLOSS = re.compile(r"\s*[（(]\s*$")
_GLOSS_END = re.compile(r"\s*[）)]")
_LATIN = re.compile(r"[A-Za-z]")


def _glossed(s: str, chosen: list[tuple]) -> list[tuple]:
    """A name glossed in brackets by its Latin form ("理查德·波特（Richard Potter）") is one
    entity, not two people: the known one if the knowledge base knows only one of the forms,
    else the one in brackets, with the other form as an alias."""
    out = list(chosen)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (_type_of(a[2]) == _type_of(b[2]) and not _LATIN.search(s[a[0]:a[1]])
                and _LATIN.search(s[b[0]:b[1]]) and _GLOSS.fullmatch(s[a[1]:b[0]])
                and _GLOSS_END.match(s, b[1])):
            if a[3] == "kb" and b[3] != "kb":
                out[i + 1] = (b[0], b[1], a[2], b[3], a[4], b[5])
            else:
                out[i] = (a[0], a[1], b[2], a[3], b[4] or s[b[0]:b[1]], a[5])
    return out

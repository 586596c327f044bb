"""Names a text introduces with a descriptor or a founding phrase, in any supported language.

News names a newcomer by what it is before what it is called: "la jeune pousse Corvalis",
"das Start-up io", "la empresa emergente Nubira", "Sein Designbüro Halvorsen", "la Fundación
Brisa Abierta"; and founders by the founding phrase even when the given name is unusual
("founded by Tamsin Okafor-Reyes"). The per-language cue files know some descriptors; this
module adds the ones they lack, a lower-case brand right after a descriptor, and founders. The
word lists are data (`kb/first_names.yaml`); candidates are `discovered`, so the knowledge base
still wins on the same span.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from stratgraph.ingest.name_shapes import name_data, names_file
from stratgraph.ingest.normalize import make_id

_SUFFIX = r"(?:AI|Labs?|Technologies|Research|Robotics|Systems)"
_CAP = r"[A-Z][\w&.’'-]*[\w]"
_NAME = r"[A-Z][\w&.-]*[\w]"
"""An organization's name after a descriptor: no apostrophe, so "rival OpenAI's" stays known."""
_LOWER_BRAND = re.compile(r"[a-z][a-z0-9]{1,11}")
_ADJECTIVE = re.compile(
    r"(?:ais|aise|ain|aine|ien|ienne|ois|oise|ique|ano|ana|ese|esi|ense|eño|eña|ola|ol|esa|"
    r"eira|eiro|ish|ian|ean|can|isch|ische|ischen|er|en|al|ale|ica|ico|iva|ivo|ive|if|ed|"
    r"ado|ada|ato|ata|ido|ida|ina|ino|ena|eno|ande|ly|ing)$")
"""Endings of adjectives and participles ("parisienne", "torinese", "backed"): not brands."""
_CLAUSE_END = re.compile(r"\s*[,;:(]")
"""A lower-case brand ends its phrase: "the start-up io, which...", "das Start-up io, das..."."""
_DETERMINED = re.compile(r"(?:[\w’']\s+|\b[lL][’'])$")
"""A word (the article) right before the descriptor: "das Start-up io", "l'entreprise io"."""
_DEMONYM = re.compile(
    r"(?<![\w-])(?:[Ll]a|[Ll][’']|[Aa])\s*(?P<adj>[a-zà-ÿ]{3,}(?:esa|ana|ena|ina|ense|ese|"
    r"ica|ola|eña|aise|aine|ienne|oise|ique))\s+(?=[A-Z])")
"""A feminine article and a nationality stand for "the company": "la alemana Corvion", "la
statunitense Vettora", "a paulistana Jaciara", "la française Corvalis"."""
_PARTICIPLE = re.compile(r"^ge\w+(?:t|en)$|iert$")
"""German participles close a clause after a descriptor ("in das Unternehmen gesteckt,")."""
_FOUNDED_BY = re.compile(
    r"(?<![\w-])(?:(?:co-?)?founded by|started by|(?:led|run|headed) by|(?:co-?)?fondée? par|"
    r"créée? par|dirigée? par|fundad[ao] por|cread[ao] por|cofundad[ao] por|dirigid[ao] por|"
    r"liderad[ao] por|fondat[ao] da|creat[ao] da|guidat[ao] da|diretta da|criad[ao] por|"
    r"von(?=\s+\S+\s+\S+\s+(?:mit)?gegründet|\s+\S+\s+\S+\s+geleitet))\s+"
    r"(?P<name>(?:[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']+)?)\s+"
    r"[A-Z][a-zà-ÿ’']+(?:-[A-Z][a-zà-ÿ’']+)?)(?![\w-])(?!\s+[A-Z])")
"""A founder or leader named right after the founding phrase: two name-shaped words, no third."""
_ROLE_OF = re.compile(
    r"(?<![\w-])(?:CEO|chief executive|founder|co-?founder|president|PDG|fondat(?:eur|rice)|"
    r"cofondat(?:eur|rice)|directeur général|directrice générale|président(?:e)?|"
    r"Gründer(?:in)?|"
    r"Mitgründer(?:in)?|Chef(?:in)?|Vorstandschef(?:in)?|fundador(?:a)?|cofundador(?:a)?|"
    r"presidente|consejer[oa] delegad[oa]|director(?:a)? ejecutiv[oa]|fondat(?:ore|rice)|"
    r"cofondat(?:ore|rice)|amministrat(?:ore|rice) delegat[oa]|diretor(?:a)?[- ]executiv[oa])"
    r"\s+(?:of|at|de|d[’']|du|de la|des|di|del|della|dello|da|do|von|der|bei)\s*"
    r"(?:(?:the|la|le|l[’']|el|il|lo|a|o)\s+)?(?:[\w-]+\s+){0,2}?[A-Z][\w&.-]*[\w]"
    r"(?:\s+[A-Z][\w&.-]*[\w])?\s*,\s+"
    r"(?P<name>[A-Z][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']+)?\s+[A-Z][a-zà-ÿ’']+"
    r"(?:-[A-Z][a-zà-ÿ’']+)?)\s*(?=,)")
"""A person set off by commas after a role of an organization: "the chief executive of
Lumetra, Gianmarco Bertolazzi, said": a person whatever the given name."""


@dataclass(frozen=True)
class DescriptorData:
    """The descriptor lists of `kb/first_names.yaml` (see the comments there)."""

    descriptor: re.Pattern[str]
    product: re.Pattern[str]
    prefixed: re.Pattern[str]
    stop: frozenset[str]
    org_words: frozenset[str]
    acronyms: frozenset[str]
    """Upper-case words that are no name after a descriptor ("the company CEO")."""


@lru_cache(maxsize=1)
def descriptor_data() -> DescriptorData:
    data = names_file()
    words = sorted(data.get("org_descriptors") or (), key=len, reverse=True)
    heads = "|".join(re.escape(h) for h in data.get("org_compound_heads") or ())
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    alone = "|".join(re.escape(h) for h in data.get("org_heads_alone") or ())
    descriptor = re.compile(  # a German head declines ("des Photonik-Spezialisten"), and some
        # stand alone too ("seine Tochter Nuance")
        rf"(?<![\w-])(?:(?i:{alts})|[A-ZÄÖÜ][\w-]*?(?i:{heads})(?:en|e|n|s)?|"
        rf"(?:{alone})(?:en|n|s)?)(?![\w-])")
    prefixes = "|".join(re.escape(p) for p in data.get("org_prefixes") or ())
    prefixed = re.compile(rf"(?<![\w-])(?:{prefixes})(?:\s+{_CAP}){{1,3}}(?![\w-])")
    products = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        set(data.get("product_descriptors") or ()), key=len, reverse=True))
    product_heads = "|".join(re.escape(h) for h in data.get("product_compound_heads") or ())
    product = re.compile(
        rf"(?<![\w-])(?:{products}|[A-ZÄÖÜ][\w-]*?(?i:{product_heads}))\s+(?=[A-Z])")
    return DescriptorData(descriptor, product, prefixed,
                          frozenset(data.get("descriptor_stop") or ()), name_data().org_words,
                          frozenset(data.get("acronym_stop") or ()))


def descriptor_orgs(s: str, stop_caps: frozenset[str], given: frozenset[str]
                    ) -> list[tuple]:
    """Organizations (and products) named right after a descriptor, "Fundación X" phrases.

    After the descriptor comes the name, or one adjective and then the name ("la start-up
    torinese Lumetra"). A lower-case word counts as a brand ("the start-up io") only after a
    determiner, when it is short, no common word or adjective, and the phrase ends there (a
    comma, a relative pronoun): "the start-up itself" and "la start-up française, qui" name
    nothing.
    """
    data = descriptor_data()
    out: list[tuple] = []
    for m in data.descriptor.finditer(s):
        pos = m.end()
        word = re.match(r"\s+([^\W\d_][\w’'.&-]*[\w]|[^\W\d_])", s[pos:])
        if not word:
            continue
        first = word.group(1)
        start = pos + word.start(1)
        if first[:1].islower() and first in data.stop:
            continue
        if first[:1].islower():
            nxt = re.match(rf"\s+({_CAP})", s[start + len(first):])
            if nxt and _ADJECTIVE.search(first):
                start = start + len(first) + nxt.start(1)  # "la start-up torinese Lumetra"
                first = nxt.group(1)
            else:
                if (_DETERMINED.search(s, 0, m.start()) and _LOWER_BRAND.fullmatch(first)
                        and not _ADJECTIVE.search(first) and not _PARTICIPLE.search(first)
                        and _CLAUSE_END.match(s, start + len(first))):
                    out.append((start, start + len(first), make_id("Organization", first),
                                "discovered", first, None))
                continue
        two_words = rf"\s+{_NAME}(?=\s*[,.;:]|\s+[a-zà-ÿ])"  # "die Konzerntochter Red Hat"
        name = re.match(rf"{_NAME}(?:\s+{_SUFFIX}|{two_words})?(?![\w’'-])", s[start:])
        if (not name or first in stop_caps or first in given or first in data.acronyms
                or re.match(rf"\s+{_CAP}", s[start + name.end():])):
            continue  # "the company CEO", "die Firma Anna Berg", "la société Mistral AI Lab"
        text = name.group(0)
        out.append((start, start + len(text), make_id("Organization", text), "discovered",
                    text, None))
    for m in data.product.finditer(s):  # "die Plattform Quellora", "the app Vireo"
        name = re.match(rf"{_NAME}(?![\w’'-])", s[m.end():])
        first = name.group(0) if name else ""
        if (not name or first in stop_caps or first in given or first in data.acronyms
                or re.match(rf"\s+{_CAP}", s[m.end() + name.end():])):
            continue
        out.append((m.end(), m.end() + len(first), make_id("Product", first), "discovered",
                    first, None))
    for m in _DEMONYM.finditer(s):
        name = re.match(rf"{_NAME}(?:\s+{_SUFFIX})?(?![\w’'-])", s[m.end():])
        first = name.group(0).split()[0] if name else ""
        if (not name or first in stop_caps or first in given
                or re.match(rf"\s+{_CAP}", s[m.end() + name.end():])):
            continue
        text = name.group(0)
        out.append((m.end(), m.end() + len(text), make_id("Organization", text), "discovered",
                    text, None))
    for m in data.prefixed.finditer(s):
        text = m.group(0)
        out.append((m.start(), m.end(), make_id("Organization", text), "discovered", text, None))
    return out


@lru_cache(maxsize=1)
def _relative_person() -> re.Pattern[str]:
    """A two-word name right before a relative pronoun that stands only for people."""
    words = "|".join(re.escape(w) for w in names_file().get("person_relatives") or ())
    return re.compile(r"(?<![\w’'-])(?P<name>[A-Z][a-zà-ÿ’']+(?:-[A-Z][a-zà-ÿ’']+)?\s+"
                      rf"[A-Z][a-zà-ÿ’']+(?:-[A-Z][a-zà-ÿ’']+)?)\s*,\s*(?:{words})\b")


def founders(s: str, known_other: Callable[[str], bool], stop_caps: frozenset[str]
             ) -> list[tuple]:
    """People named right after a founding phrase or right before "who", whatever their
    given name."""
    data = descriptor_data()
    out: list[tuple] = []
    for m in (*_FOUNDED_BY.finditer(s), *_ROLE_OF.finditer(s), *_relative_person().finditer(s)):
        name = m.group("name")
        cut = len(re.search(r"(?:[’']s)?$", name).group(0))  # "led by Joe Lonsdale's 8VC"
        name = name[:len(name) - cut]
        parts = name.split()
        if any(p in stop_caps or known_other(p) for p in parts) or parts[1] in data.org_words:
            continue
        out.append((m.start("name"), m.end("name") - cut, make_id("Person", name), "discovered",
                    name, None))
    return out

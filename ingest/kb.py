"""The domain knowledge base: data files in `ingest/kb/` loaded into lookup indexes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from stratgraph.datafiles import read_yaml
from stratgraph.ingest.normalize import fold_compact, make_id
from stratgraph.ingest.pattern_cache import CompileError, cached_data, compile_all

KB_DIR = Path(__file__).resolve().parent / "kb"
FUZZY_MIN = 6


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    owner: str | None = None
    employer: str | None = None
    """A person's best-known organization: the fallback for "CEO X said" with no company named."""
    tags: tuple[str, ...] = ()
    """Free labels that anaphora read ("giant": what "the tech giant" can point to)."""


@dataclass(frozen=True)
class Alias:
    """One surface form of an entity with the conditions under which it counts."""

    entity: str
    surface: str
    exact_case: bool = False
    needs_capital: bool = True
    cooccur: str | None = None
    left: re.Pattern[str] | None = None
    right: re.Pattern[str] | None = None
    not_left: re.Pattern[str] | None = None
    """What may not stand right before the name whatever the rest ("licence MIT" is no MIT)."""


@dataclass(frozen=True)
class Family:
    """A model or product family whose versions discovery can name: "Grok2" -> "Grok-2",
    "Galaxy S24", "H20"."""

    pattern: re.Pattern[str]
    canonical: str
    owner: str | None
    suffix: str = " {keep}"
    type: str = "Model"
    """The type of what it names: the type of the data file that lists it."""
    hardware: bool = False
    """Names chips or devices: recognised so that nothing else reads them, never a fact's end
    (see `products_hardware.yaml`)."""
    quick: re.Pattern[str] | None = None
    """The pattern without its opening edge tests: a sentence it does not match cannot match
    `pattern`. Opening with a lookbehind keeps `re` from skipping ahead to the name's first
    letter, so this test is about three times faster, and most sentences name no family."""

    def name(self, match: re.Match[str]) -> str:
        groups = match.groupdict()
        version = groups.get("v") or ""
        base = re.sub(r"\s+", " ", groups.get("b") or "")
        raw = (groups.get("s") or "").strip(" -")
        suffix = ""
        if raw:
            style = self.suffix
            title = raw if raw.isupper() and len(raw) <= 3 else raw[:1].upper() + raw[1:].lower()
            word = {"{lower}": raw.lower(), "{title}": title,
                    "{keep}": raw}
            for key, value in word.items():
                if key in style:
                    suffix = style.replace(key, value)
        return self.canonical.replace("{b}", base).replace("{v}", version).replace("{s}", suffix)


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, list[Alias]] = field(default_factory=dict)
    cjk_aliases: list[Alias] = field(default_factory=list)
    families: list[Family] = field(default_factory=list)
    fuzzy: dict[str, list[str]] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    non_positions: list[str] = field(default_factory=list)
    """Phrases holding a position's words that name something else ("sem fins lucrativos" is
    no for-profit form, "非营利" no "营利"): matched first, then ignored."""
    max_tokens: int = 1
    first_tokens: set[str] = field(default_factory=set)
    listed_first: set[str] = field(default_factory=set)
    """First tokens of the aliases written with a comma or a slash ("University of California,
    Berkeley"): only there may a name run over those list marks (`gazetteer.py`)."""

    def lookup(self, key: str) -> list[Alias]:
        return self.index.get(key, [])

    def parent_or_unit(self, a: str, b: str) -> bool:
        """One organization owns the other (Google and Google DeepMind): a unit's model, deal
        or rivalry is its parent's own."""
        return any(x in self.entities and self.entities[x].owner == y for x, y in ((a, b), (b, a)))

    def tagged(self, entity: str, *tags: str) -> bool:
        """The knowledge base gives `entity` one of `tags` ("government", "public"...)."""
        known = self.entities.get(entity)
        return known is not None and any(tag in known.tags for tag in tags)

    def fuzzy_lookup(self, key: str) -> str | None:
        """Entity id whose name is one edit away from `key` (unambiguously), else None."""
        from stratgraph.ingest.normalize import damerau1

        found: set[str] = set()
        for variant in {key, *_deletions(key)}:
            for candidate in self.fuzzy.get(variant, ()):
                target_key, _, entity = candidate.partition("\t")
                if damerau1(key, target_key) and not (
                        self.entities[entity].type == "Person" and _substitution(key, target_key)):
                    found.add(entity)  # "Altran" is no misspelt "Altman": a surname takes no swap
        return found.pop() if len(found) == 1 else None


def _substitution(a: str, b: str) -> bool:
    """One letter replaced by another (not a transposition, insertion or deletion)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _deletions(key: str) -> list[str]:
    return [key[:i] + key[i + 1:] for i in range(len(key))]


# A Chinese, Japanese or Korean character: such names match as substrings, not tokens.
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
TOKEN = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+(?:\.[^\W_\u3400-\u9fff]+)*")


def _add_alias(kb: KnowledgeBase, alias: Alias) -> None:
    if CJK_CHAR.search(alias.surface):
        kb.cjk_aliases.append(alias)
        return
    key = fold_compact(alias.surface)
    if not key:
        return
    kb.index.setdefault(key, []).append(alias)
    tokens = TOKEN.findall(alias.surface)
    kb.max_tokens = max(kb.max_tokens, len(tokens))
    if tokens:
        kb.first_tokens.add(fold_compact(tokens[0]))
        if "," in alias.surface or "/" in alias.surface:
            kb.listed_first.add(fold_compact(tokens[0]))


_EDGE_BEFORE = r"(?<![^\W\u3400-\u9fff])(?<![.-])"
_EDGE_AFTER = r"(?![^\W\u3400-\u9fff]|-\w|\.\d)"
# Edges: a Latin letter or digit next to a family name is part of another word, a CJK
# character is not ("开源文心4.5", "Qwen3模型").


def _family_body(fam: dict) -> str:
    """A family's pattern with its closing edge; `_EDGE_BEFORE` opens the full pattern."""
    return "(?:" + fam["pattern"] + ")" + _EDGE_AFTER


def _patterns(files: list[tuple[Path, dict]]) -> dict[str, re.Pattern[str]]:
    """Every pattern the files name (context cues of strict aliases, families), compiled in
    one go through the pattern cache: some 350 of them cost a quarter of a second to compile,
    in every `stratgraph extract` run before its first article."""
    sources: dict[str, None] = {}
    for _path, data in files:
        for item in data.get("entities", []) or ():
            for side in ("left", "right", "not_left"):
                if (source := (item.get("context") or {}).get(side)):
                    sources[source] = None
        for fam in data.get("families", []) or ():
            body = _family_body(fam)
            sources[_EDGE_BEFORE + body] = sources[body] = None
    try:
        compiled = compile_all("kb-patterns", [(source, 0) for source in sources])
    except CompileError as exc:
        raise ValueError(f"knowledge base: pattern {list(sources)[exc.index]!r}: {exc}") from exc
    return dict(zip(sources, compiled))


def _read(path: Path) -> dict:
    """A knowledge-base file, parsed once per content: the parse of some 2 MB of YAML is a
    noticeable part of a worker's start, so it is kept in the pattern cache."""
    key = f"{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()}"
    return cached_data(f"kb_{path.stem}", key, lambda: read_yaml(path) or {})


def load_kb(directory: Path = KB_DIR) -> KnowledgeBase:
    kb = KnowledgeBase()
    files = [(path, _read(path)) for path in sorted(directory.glob("*.yaml"))
             if path.stem not in ("first_names", "places")]  # name_shapes, proper_names read them
    compiled = _patterns(files)

    def _compile(source: str | None) -> re.Pattern[str] | None:
        return compiled[source] if source else None

    for path, data in files:
        if path.stem == "events":
            kb.events = data.get("classes", [])
            continue
        type_ = data["type"]
        kb.non_positions.extend(data.get("not_positions") or ())
        hardware = bool(data.get("hardware"))
        for item in data.get("entities", []):
            entity = Entity(
                id=item.get("id") or make_id(type_, item["name"]), type=type_, name=item["name"],
                aliases=tuple(item.get("aliases") or ()), wikidata=item.get("wikidata"),
                owner=item.get("owner"), employer=item.get("employer"),
                tags=tuple(item.get("tags") or ()) + (("hardware",) if hardware else ()),
            )
            if entity.id in kb.entities:
                raise ValueError(f"{path}: duplicate entity id {entity.id}")
            kb.entities[entity.id] = entity
            if type_ == "PolicyPosition":
                continue  # stances come from cue patterns, not from name matches
            strict = set(item.get("strict") or ())
            context = item.get("context") or {}
            for surface in dict.fromkeys([entity.name, *entity.aliases, *_declined(entity.aliases),
                                          *strict]):
                is_strict = surface in strict or (len(surface) <= 3 and surface[:1].isupper())
                alias = Alias(
                    entity.id, surface, exact_case=is_strict,
                    needs_capital=surface[:1].isupper(),
                    left=_compile(context.get("left")) if surface in strict else None,
                    right=_compile(context.get("right")) if surface in strict else None,
                    not_left=_compile(context.get("not_left")) if surface in strict else None,
                )
                _add_alias(kb, alias)
                key = fold_compact(surface)
                # one-edit matches are for single words: "H Company" must not catch "Company"
                if (len(key) >= FUZZY_MIN and not is_strict and " " not in surface
                        and type_ in ("Organization", "Product", "Person")):
                    for variant in {key, *_deletions(key)}:
                        kb.fuzzy.setdefault(variant, []).append(f"{key}\t{entity.id}")
            for surface in item.get("cooccur") or ():
                _add_alias(kb, Alias(entity.id, surface, exact_case=True,
                                     cooccur=entity.owner))
        for fam in data.get("families", []) or ():
            body = _family_body(fam)
            kb.families.append(Family(
                compiled[_EDGE_BEFORE + body], fam["canonical"], fam.get("owner"),
                fam.get("suffix", " {keep}"), data.get("type", "Model"), hardware,
                compiled[body]))
    for entries in kb.fuzzy.values():
        entries.sort()
    return kb


_GERMAN_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:sche|che|ale))r?(?= [A-ZÄÖÜ])")


def _declined(aliases: tuple[str, ...]) -> list[str]:
    """The inflected German form of a name that opens with an adjective: after "der", "dem" or
    "von der" one writes "Europäischen Kommission", "Deutschen Telekom", "Europäischen
    Gerichtshof"; the data files list the nominative once."""
    return [_GERMAN_ADJECTIVE.sub(r"\1n", a) for a in aliases if _GERMAN_ADJECTIVE.match(a)]


@lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return load_kb()

"""Per-language data files (`ingest/rules/<lang>.yaml`) and the shared templates.

Everything a linguist would edit lives in those files: abbreviations, month names, cue-word
macros, anaphora, modality cues and relation patterns. This module only loads and compiles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from stratgraph.datafiles import read_yaml
from stratgraph.ingest.folding import compile_twins
from stratgraph.ingest.literal_gate import Gate, GatedList, further_gates_of, gates_of
from stratgraph.ingest.pattern_cache import CompileError, cached_data, compile_all

RULES_DIR = Path(__file__).resolve().parent / "rules"
SUPPORTED = ("en", "fr", "de", "es", "zh", "it", "pt")
CASE_SENSITIVE_CUES = frozenset({"person_before", "org_before", "org_suffix", "model_context",
                                 "anaphor_org", "anaphor_person", "person_cjk", "product_latin",
                                 "model_apposition", "org_apposition", "org_after_role",
                                 "model_version", "product_apposition", "product_context",
                                 "model_owned", "product_owned"})
"""Discovery cues read capital letters (names); anaphor cues list both cases explicitly."""

# Placeholders the masker writes for mentions: @P3@ person, @O1@ organization, @M2@ model,
# @D4@ product, @E5@ event. Macros below let patterns name them and lists of them.
_BUILTIN = {
    "PER": r"@P\d+@", "ORG": r"@O\d+@", "MOD": r"@M\d+@", "PRD": r"@D\d+@",
    "MP": r"@[MD]\d+@", "ACT": r"@[PO]\d+@", "EVT": r"@E\d+@", "ANY": r"@[POMDE]\d+@",
    "GAP": r"(?:(?!@[POMDE]\d+@)(?:[^.;:!?\n。；：！？]|(?<=\d)\.(?=\s)))",
    "CGAP": r"(?:(?!@[POMDE]\d+@)[^.;:!?\n,。；：！？，、])",
}


_NO_EDGES = frozenset({"QOPEN", "QCLOSE", "APOS", "POSS"})
"""Punctuation macros: word-edge guards would stop a quote from touching its first word."""


@dataclass
class Rule:
    name: str
    predicate: str
    patterns: list[re.Pattern[str]]
    kind: str = "plain"
    confidence: float = 0.85
    object: str | None = None
    event: str | None = None
    subject: str | None = None
    open: bool | None = None
    role: str | None = None
    needs: frozenset[str] = frozenset()
    negatable: bool = True
    """False for cues that contain their own negation ("is not open source")."""
    stint: bool = False
    """A LEFT rule whose words tell of the job as well as of its end ("spent eight years at
    X", "曾任X副总裁"): it also reads WORKS_FOR (see `Candidate.stated_stint`)."""
    twins: list[re.Pattern[str] | None] = field(default_factory=list)
    """Per pattern, its case-folded twin for the lower-cased sentence (`ingest/folding.py`),
    or None: a sentence the twin does not match is not searched with the pattern itself."""
    gates: list[Gate | None] = field(default_factory=list)
    """Per twin, the literal strings it cannot match without (`ingest/literal_gate.py`), or
    None: a lower-cased sentence with none of them is not searched at all."""

    def __post_init__(self) -> None:
        if len(self.twins) != len(self.patterns):  # a rule built without twins: none
            self.twins = [None] * len(self.patterns)
        if len(self.gates) != len(self.patterns):
            self.gates = [None] * len(self.patterns)


@dataclass
class FallbackCue:
    """A cue word of the fallback layer (`ingest/fallback.py`): when no pattern read a
    sentence, a cue plus the typed mentions around it still make a low-confidence fact."""

    name: str
    predicate: str
    kind: str
    pattern: re.Pattern[str]
    object: str | None = None
    confidence: float = 0.5
    twin: re.Pattern[str] | None = None
    """The case-folded twin (see `Rule.twins`): a quick test on the lower-cased sentence."""
    gate: Gate | None = None
    """The twin's literal gate (see `Rule.gates`)."""


@dataclass
class LangData:
    lang: str
    abbreviations: frozenset[str]
    months: dict[str, int]
    macros: dict[str, str]
    rules: list[Rule]
    regex: dict[str, re.Pattern[str]] = field(default_factory=dict)
    fallback: list[FallbackCue] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    readings: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    """[regex, replacement] pairs that give a sentence a second reading in the tense or word
    order the cue words list ("avait fondé" also read as "a fondé")."""

    def cue(self, name: str) -> re.Pattern[str] | None:
        return self.regex.get(name)

    @cached_property
    def rule_plan(self) -> GatedList[RuleEntry]:
        """Every pattern of every rule, in rule order, by its twin's gate: a sentence visits
        only those it may match (looping over all of them to skip nearly all at their gate
        was itself nearly a tenth of extraction time)."""
        entries = [(rule, pattern, twin) for rule in self.rules
                   for pattern, twin in zip(rule.patterns, rule.twins)]
        gates = [gate if twin is not None else None for rule in self.rules
                 for twin, gate in zip(rule.twins, rule.gates)]
        further = further_gates_of(f"rules-further-{self.lang}", [
            twin.pattern if twin is not None and gate is not None else None
            for (_rule, _pattern, twin), gate in zip(entries, gates)])
        return GatedList(entries, gates, further)

    @cached_property
    def fallback_plan(self) -> GatedList[FallbackCue]:
        """The fallback cues by their twins' gates (see `rule_plan`)."""
        gates = [cue.gate if cue.twin is not None else None for cue in self.fallback]
        further = further_gates_of(f"fallback-further-{self.lang}", [
            cue.twin.pattern if cue.twin is not None and gate is not None else None
            for cue, gate in zip(self.fallback, gates)])
        return GatedList(self.fallback, gates, further)


RuleEntry = tuple[Rule, re.Pattern[str], "re.Pattern[str] | None"]
"""One pattern of a rule, with its case-folded twin (or None)."""


def _read(name: str) -> dict[str, Any]:
    """A rules file, parsed once per content (through the pattern cache, as the knowledge
    base's files): every worker reads each language's files and the shared ones again, and
    their parse was a tenth of a worker's start. A fresh copy each call: `load` edits it."""
    path = RULES_DIR / f"{name}.yaml"
    if not path.exists():
        return {}
    key = f"{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()}"
    return cached_data(f"rules_{name}", key, lambda: read_yaml(path) or {})


def expand(pattern: str, macros: dict[str, str], words: bool = True) -> str | None:
    """Replace {NAME} macros (recursively); None when a macro is missing for this language.

    Cue macros match whole words only (`offer` must not fire inside `offerings`), except in
    languages written without spaces, where word edges mean nothing.
    """
    missing = False

    def sub(match: re.Match[str]) -> str:
        nonlocal missing
        key = match.group(1)
        if key in macros:
            if words and key not in _BUILTIN and key not in _NO_EDGES and not key.endswith("S"):
                # an edge only where the cue itself starts or ends with a letter:
                # "l'" and "put $" must still touch the word that follows them
                return r"(?:(?<!\w)|(?=\W))(?:" + macros[key] + r")(?:(?!\w)|(?<=\W))"
            return "(?:" + macros[key] + ")"
        missing = True
        return ""

    for _ in range(6):
        new = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", sub, pattern)
        if new == pattern:
            break
        pattern = new
    return None if missing else pattern


def _coordinated_roles(macros: dict[str, str], lang: str) -> None:
    """Two titles of one person ("founder and chief executive", "PDG et cofondateur"): each
    role macro also reads the other title joined to it, so that the founding rules and the
    leading rules each find their own title."""
    if not {"LEAD_ROLE", "FOUNDER", "AND"} <= macros.keys():
        return
    lead, founder = macros["LEAD_ROLE"], macros["FOUNDER"]
    join = r"\s*(?:,|{AND})\s*" if lang == "zh" else r"(?:\s*,\s*|\s+(?:{AND})\s+)"
    if "ANOTHER" in macros:  # "OpenAI's president and another co-founder"
        join += r"(?:(?:{ANOTHER})\s+)?"
    macros["LEAD_ROLE"] = f"(?:(?:{founder}){join})?(?:{lead})(?:{join}(?:{founder}))?"
    macros["FOUNDER"] = f"(?:(?:{lead}){join})?(?:{founder})(?:{join}(?:{lead}))?"


_APPOSITION = r"(?:\s*,\s*(?!(?:{AND})\s)[^,;.!?@()\d]{2,60}?(?=\s*,\s*(?:(?:{AND})\s+)?@[PO]))?"
"""What may follow a person inside a list of people or actors: a comma-bound description
without another person, ended by the next member ("par A, sa directrice générale, B, son CTO,
et C")."""


_FIRM_IN_PARENS = r"(?:\s*\(\s*{ORG}\s*\))?"
"""A person's firm in brackets ("A (OpenAI), B (Anthropic) et C"): the list goes on after it,
and the firm is no member (`Relations._ids` skips it)."""
_PERSON_TAIL = _FIRM_IN_PARENS + _APPOSITION


_FIRM_OF_PERSON = r"(?:{ORG}(?:['’]s|-\w+)?(?:\s*(?!(?:{BY})\b)[\w.-]+){0,4}?\s*(?={PER}))?"
"""An organization that describes the person right after it inside a list of backers; only
the funding rules read lists this way (`{BACKERS}`), as the lookahead costs every list."""


def _lists(macros: dict[str, str]) -> None:
    """Plural macros: "A, B and C". Commas chain names until the first joiner; after it, each
    name needs its own joiner ("A, B and C, as well as D"), so "A, B and C, D said" does not
    run on into the next clause's subject."""
    joiner = "{AND}|{OR}" if "OR" in macros else "{AND}"  # "DeepSeek or Meta" lists too
    comma = r"\s*[,、，]\s*(?!(?:%s)\s)" % joiner
    joined = r"\s*(?:[,、，]\s*)?(?:%s)\s*" % joiner
    tail = ""
    if "LIST_DET" in macros:  # Portuguese names take articles: "a Meta, a DeepSeek e a Mistral"
        tail += r"(?:{LIST_DET}\s*)?"
    if "LIST_DESC" in macros:  # "BlackRock and chipmaker AMD", "et le fonds américain X"
        tail += r"(?:(?:{LIST_DESC})\s+)?"
    lead = r"(?:(?:{LIST_DESC})\s+)?" if "LIST_DESC" in macros else ""
    # The name after the joiner may take an article ("Meta and the Chamber of Progress"); a name
    # after a comma may not, as there the article opens an apposition ("Paul Allen, the
    # Microsoft co-founder").
    last = r"(?:{LIST_AND_DET}\s*)?" + tail if "LIST_AND_DET" in macros else tail
    for single, plural in (("ORG", "ORGS"), ("PER", "PERS"), ("MOD", "MODS"), ("MP", "MPS"),
                           ("ACT", "ACTS"), ("ACT", "BACKERS")):
        # an organization list may open with its descriptor too ("par le fonds américain X")
        first = lead if single == "ORG" else ""
        item = "{%s}%s" % (single, _PERSON_TAIL if single in ("PER", "ACT") else "")
        if plural == "BACKERS":  # "backers including OpenAI chief executive A": the firm stays
            item = _FIRM_OF_PERSON + item  # in the region; ImplicitEnds drops it as a descriptor
        kin = r"(?:(?:{KIN})\s+)?" if plural in ("PERS", "ACTS") and "KIN" in macros else ""
        macros[plural] = "%s%s(?:%s%s%s)*(?:%s%s%s%s)*" % (  # "A and his sister B": kin too
            first, item, comma, tail, item, joined, last, kin, item)


@lru_cache(maxsize=None)
def load(lang: str) -> LangData:
    """Compiled data for `lang` (raises KeyError for a language without a rules file)."""
    data = _read(lang)
    if not data:
        raise KeyError(lang)
    for path in sorted(RULES_DIR.glob(f"{lang}_*.yaml")):  # es_cues.yaml, de_rules.yaml...
        part = _read(path.stem)
        twice = (data.get("macros") or {}).keys() & (part.get("macros") or {}).keys()
        if twice:  # the later file would win without a word, and the earlier one's rules change
            raise ValueError(f"rules for {lang}: macro {sorted(twice)[0]} is defined again in "
                             f"{path.name}")
        for section in ("macros", "cues"):
            data[section] = {**(data.get(section) or {}), **(part.get(section) or {})}
        data["rules"] = [*(data.get("rules") or []), *(part.get("rules") or [])]
        data["fallback"] = [*(data.get("fallback") or []), *(part.get("fallback") or [])]
    common = _read("common")
    # shared templates may span several files: common.yaml, then common_*.yaml by name
    extra = [_read(path.stem) for path in sorted(RULES_DIR.glob("common_*.yaml"))]
    for section in ("macros", "cues", "numbers"):
        bad = [k for k in (data.get(section) or {}) if not isinstance(k, str)]
        if bad:  # YAML 1.1 reads keys such as ON, NO or Y as booleans
            raise ValueError(f"rules for {lang}: {section} key {bad[0]!r} is not a string")
    macros = dict(_BUILTIN)
    macros.update({k: str(v) for k, v in (data.get("macros") or {}).items()})
    _lists(macros)
    _coordinated_roles(macros, lang)
    words = lang != "zh"
    shared = [*(common.get("rules") or []), *(r for x in extra for r in (x.get("rules") or []))]
    rules = _rules([*shared, *(data.get("rules") or [])], macros, lang)
    cues: list[tuple[str, str, int]] = []  # (name, pattern, flags)
    for name, raw in {**(common.get("cues") or {}), **(data.get("cues") or {})}.items():
        pattern = expand(str(raw), macros, words)
        if pattern is not None:
            cues.append((name, pattern, 0 if name in CASE_SENSITIVE_CUES else re.IGNORECASE))
    try:  # in one go, through the on-disk cache, as the rules
        compiled = compile_all(f"cues-{lang}", [(pattern, flags) for _, pattern, flags in cues])
    except CompileError as exc:
        raise ValueError(f"rules for {lang}: cue {cues[exc.index][0]}: {exc}") from exc
    regex = {name: pattern for (name, _, _), pattern in zip(cues, compiled)}
    fallback = _fallback([*(common.get("fallback") or []),
                          *(f for x in extra for f in (x.get("fallback") or [])),
                          *(data.get("fallback") or [])], macros, words, lang)
    months = {str(k).casefold(): int(v) for k, v in (data.get("months") or {}).items()}
    abbrevs = frozenset(str(a).casefold() for a in
                        [*(common.get("abbreviations") or []), *(data.get("abbreviations") or [])])
    return LangData(lang, abbrevs, months, macros, rules, regex, fallback, data,
                    _readings(lang, data.get("readings")))


def _rules(specs: list[dict[str, Any]], macros: dict[str, str], lang: str) -> list[Rule]:
    """The relation rules, their patterns compiled in one go (through the on-disk cache)."""
    words = lang != "zh"
    expanded: list[tuple[dict[str, Any], list[str]]] = []
    for spec in specs:
        patterns = []
        for raw in spec.get("patterns") or [spec.get("pattern")]:
            pattern = expand(raw, macros, words) if raw else None
            if pattern is not None:
                patterns.append(pattern if words else pattern.replace(r"\s+", r"\s*"))
        if patterns:  # (Chinese puts no spaces between words)
            expanded.append((spec, patterns))
    flat = [(pattern, int(re.IGNORECASE)) for _, patterns in expanded for pattern in patterns]
    try:
        compiled = iter(compile_all(f"rules-{lang}", flat))
    except CompileError as exc:
        owner = [spec for spec, patterns in expanded for _ in patterns][exc.index]
        raise ValueError(f"rules for {lang}: rule {owner['name']}: {exc}") from exc
    twin_list = compile_twins(f"rules-folded-{lang}", [pattern for pattern, _ in flat])
    gates = iter(gates_of(f"rules-gates-{lang}",
                          [twin.pattern if twin is not None else None for twin in twin_list]))
    twins = iter(twin_list)
    return [Rule(name=spec["name"], predicate=spec["predicate"],
                 patterns=[next(compiled) for _ in patterns],
                 twins=[next(twins) for _ in patterns], gates=[next(gates) for _ in patterns],
                 kind=spec.get("kind", "plain"), confidence=float(spec.get("confidence", 0.85)),
                 object=spec.get("object"), event=spec.get("event"), subject=spec.get("subject"),
                 open=spec.get("open"), role=spec.get("role"),
                 needs=frozenset(spec.get("needs", "")),
                 negatable=bool(spec.get("negatable", True)), stint=bool(spec.get("stint")))
            for spec, patterns in expanded]


def _readings(lang: str, specs: Any) -> list[tuple[re.Pattern[str], str]]:
    """Compile the `readings:` pairs once per language; a malformed one names itself."""
    out = []
    for spec in specs or ():
        if not (isinstance(spec, list) and len(spec) == 2):
            raise ValueError(
                f"rules for {lang}: readings entry {spec!r} is not [regex, replacement]")
        try:
            out.append((re.compile(str(spec[0])), str(spec[1])))
        except re.error as exc:
            raise ValueError(f"rules for {lang}: readings entry {spec[0]!r}: {exc}") from exc
    return out


def _fallback(specs: list[dict[str, Any]], macros: dict[str, str], words: bool,
              lang: str) -> list[FallbackCue]:
    """Compile the fallback cues; a cue whose macros this language lacks is left out."""
    kept = []
    for spec in specs:
        if spec.get("lang") and lang not in str(spec["lang"]).split(","):
            continue
        pattern = expand(str(spec["cue"]), macros, words)
        if pattern is not None:
            kept.append((spec, pattern))
    try:
        compiled = compile_all(f"fallback-{lang}",
                               [(pattern, int(re.IGNORECASE)) for _, pattern in kept])
    except CompileError as exc:
        name = kept[exc.index][0]["name"]
        raise ValueError(f"rules for {lang}: fallback {name}: {exc}") from exc
    twins = compile_twins(f"fallback-folded-{lang}", [pattern for _, pattern in kept])
    gates = gates_of(f"fallback-gates-{lang}",
                     [twin.pattern if twin is not None else None for twin in twins])
    return [FallbackCue(spec["name"], spec["predicate"], spec["kind"], pattern,
                        spec.get("object"), float(spec.get("confidence", 0.5)), twin, gate)
            for (spec, _), pattern, twin, gate in zip(kept, compiled, twins, gates)]


def abbreviations(lang: str) -> frozenset[str]:
    try:
        return load(lang).abbreviations
    except KeyError:
        return load("en").abbreviations


def month_names(lang: str) -> frozenset[str]:
    try:
        return frozenset(load(lang).months)
    except KeyError:
        return frozenset()

"""The fallback layer: cue words plus typed mentions, for sentences no pattern could read.

Patterns (`ingest/rules/*.yaml`) are precise but brittle: each spells out a construction, and
news prose keeps inventing new ones ("Emad Mostaque, founder and chief executive of the
London start-up known for ..., resigned"). Here a cue word of a relation (the language's own
macros: `{LEFT_V}`, `{LEAD_ROLE}`, `{OPEN_MODELS}`...) is enough, and the ends are taken from
the typed mentions around it: the nearest actor before a verb and the nearest entity after
it, the person next to a role noun and the organization of the role phrase, or the
organization the article is about. Such guesses are right less often than a pattern, so they
carry a low confidence, never contradict a pattern's reading of the same pair, and respect
negation, questions, plans and comparisons like patterns do.

The cue list itself is data: `ingest/rules/common_fallback.yaml` (templates over each
language's macros) and any `fallback:` section of a language's own files.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stratgraph.ingest.langdata import FallbackCue, expand
from stratgraph.ingest.mentions import Mention

if TYPE_CHECKING:  # the extractor imports this module; the type only serves the checker
    from stratgraph.ingest.relations import Candidate, RelationExtractor

_PLACEHOLDER = re.compile(r"@([POMDE])(\d+)@")
_BARRIER = re.compile(r"[;:!?；：！？]|\s[–—-]\s|[()（）]")
_BARRIER_ZH = re.compile(r"[;:!?；：！？，]|[()（）]")
"""Where a clause ends for the purpose of finding a cue's ends."""
_LIST_GLUE = re.compile(r"^\s*(?:,|、|，|\band\b|\bet\b|\bund\b|\by\b|\be\b|&|\bor\b|\bou\b|"
                        r"\boder\b|\bo\b|和|与|及)+\s*(?:(?:the|de|d[\x27’]|du|des|la|le|les|"
                        r"el|los|las|der|die|das|dem|den|von|vom|del|di|da|do|dos|a|o)"
                        r"(?:\s+|(?<=[\x27’]))(?:[a-zà-ÿ-]+\s+){0,2})?$")
"""The glue of a list of names ("A, B and C", "Coatue et de Lightspeed", "et le fonds
américain X"): an article or a preposition, with at most two lower-case words after it,
between separator and name; never a bare verb ("OpenAI und gründeten X")."""
_ABANDON = re.compile(
    r"(?:abandon\w*|gave up|giving up|give up|dropp\w+|moved away from|turn\w* away from|"
    r"renounc\w+|renon[cç]\w+|aufgegeben|aufgeben|verabschiede\w*|abgerückt|renunci\w+|"
    r"rinunci\w+|desist\w+|放弃了?|告别了?|摒弃了?)\W*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""A stance given up ("OpenAI放弃了闭源模型"): the stance patterns read the change itself."""
_GOVERNOR = re.compile(
    r"(?:^|\W)(?:by|for|against|than|like|unlike|of|from|about|with|avec|mit|con|com|"
    r"par|pour|contre|que|comme|de|"
    r"d[\x27’]|sur|von|durch|für|gegen|als|wie|über|por|para|contra|como|sobre|da|per|contro|"
    r"di|do|pelo|pela|被|由|对|比)(?:\s+|(?<=[\x27’被由对比]))(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
"""What makes a noun phrase the object of someone else's words ("the risks posed by open
models", "scores for the open models"): a bare stance noun after it names no stance."""
_INTO = re.compile(r"^\s*(?:in|into|for|of|dans|de|d[\x27’]|du|en|für|bei|an|in)\s*$",
                   re.IGNORECASE)
"""What links a funding round to the one it funds ("led the round in X")."""
_PRONOUN = re.compile(r"(?:^|\W)(?:it|they|elle|il|elles|ils|sie|es|ella|esso|essa|ela|它|其)"
                      r"\s*(?:\w+\s+)?$", re.IGNORECASE)
"""A subject pronoun right before a verb: its organization is the one the text is about."""
_ASIDE = re.compile(r"[(（][^()（）@]{1,40}[)）]")
_MONEY = re.compile(r"[$€£¥]|(?<![@\w])\d|\b(?:billion|million|milliards?|millions?|Milliarden?|"
                    r"Millionen|millones|miliardi|milioni|bilhões|milhões)\b|亿|万")
_REACH = 200
"""How far (characters) from a cue an end may lie in the same clause."""
_OBJECT_GAP = 45
"""How far after a verb its first object may start (no comma between them)."""
_ROLE_REACH = 45
_GAPS = {
    # the text a role noun may have between itself and its person or organization
    "role_person_after": r"^[\s,:]*(?:(?:{OF}|{AT})?\s*(?:{DET}\s+)?@O\d+@\s*(?:{POSS})?[\s,:]*)?$",
    "role_person_before": r"^(?:\s*,\s*|\s+(?:{COPULA})\s+|\s*)(?:(?:{DET}|{POSS_PRON})\s+)?"
                          r"(?!(?:{AND})\s)(?:[\w-]+\s+){0,3}(?:[\w-]+\s+(?:{AND})\s+)?$",
    "role_org_after": r"^\s*,?\s*(?:(?:{AND})\s+(?:[\w-]+\s+){1,3}?)?(?:{OF}|{AT})\s*(?:{DET}\s+)?"
                      r"(?:(?!(?:{OF}|{AT})\s)[\w-]+\s+){0,2}$",
    # a role only: "deputy head of the legal department of X"
    "role_org_far": r"^\s*(?:[\w-]+\s+)?(?:{OF}|{AT})\s*(?:{DET}\s+)?(?:[\w-]+\s+){1,2}"
                    r"(?:{OF}|{AT})\s*(?:{DET}\s+)?$",
    # "co-founder of the hedge fund High-Flyer": the role belongs to a named elsewhere
    "role_of": r"^\s*(?:(?:{AND})\s+(?:[\w-]+\s+){1,3}?)?(?:{OF}|{AT})(?:\s|(?<=\W))",
    # "a start-up that designs the robot X": the relative's actor is the nearest one
    "relative_cue": r"(?P<comma>,\s*)?(?P<pron>{REL_PRON})\s+(?:[\w-]+\s+){0,2}$",
    "determiner": r"^(?:{DET})$",
    # "Claude Code, the firm's command-line assistant"
    "owned_apposition": r"(?P<thing>@[MD]\d+@)\s*,\s*(?:(?:{DET})\s+)?(?P<org>@O\d+@)\s*(?:{POSS})",
    # "Nova ist das neue Modell von Amazon", "X is the flagship model of Y"
    "owned_copula": r"(?P<thing>@[MD]\d+@)\s+(?:{COPULA})\s+(?:(?:{DET})\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:models?|modèle|Modell|modelo|modello|assistant|chatbot|Assistent|"
                    r"asistente|assistente|模型|助手)\s+(?:{OF}|{BY})\s*(?:(?:{DET})\s+)?"
                    r"(?P<org>@O\d+@)",
    # "Anthropic, which siblings Dario and Daniela Amodei set up": the object comes first
    "object_relative": r"(?P<obj>@[POMD]\d+@)\s*,\s*(?:{REL_PRON}|que|qu[\x27’]|den|che|cui)"
                       r"\s*(?:[\w-]+\s+){0,2}?"
                       r"(?P<subj>@[PO]\d+@(?:\s*(?:,|{AND})\s*@[PO]\d+@)*)\s+"
                       r"(?:[\w-]+\s+){0,2}$",
    # what may stand between an entity and its relative pronoun or passive participle:
    # an apposition ("X, a Bordeaux start-up that", "X, the lab backed by") or a copula
    "apposition": r"^[\s,]*(?:(?:{DET})\s+(?:[\w-]+\s+){0,3}?[\s,]*)?(?:(?:{COPULA})\s+)?$",
    "role_poss": r"(?:{POSS_PRON})\s+(?:[\w-]+\s+){0,1}$",
    # "funded by X": the verb cue is a passive, which its own cue reads
    "by_after": r"^\s*(?:{BY})\s",
    # "Gross, der früher ... leitete": the relative clause's actor is the one it follows
    "relative": r"^\s*,?\s*(?:{REL_PRON})\s",
    # "ByteDance's Volcano Engine", "字节跳动旗下火山引擎": the possessed one is the head
    "possessor": r"^\s*(?:(?:{POSS})|的|旗下的?|之)\s*$",
    # ", and DeepSeek released": a coordinated clause with an actor of its own
    "coordinated": r"(?:,\s*(?:{AND})?|\s(?:{AND}))\s+(?:(?:{DET})\s+)?(?:[\w-]+\s+)?$",
    # "after co-founder Daniel Gross left": a subordinate clause with its own actor
    "subordinate": r"(?:^|\W)(?:{CAUSAL}|when|while|whereas|quand|lorsque|alors que|tandis que|"
                   r"als|während|wenn|cuando|mientras|quando|mentre|enquanto|当)\s+"
                   r"(?:(?:{DET})\s+)?(?:[\w-]+\s+){0,2}$",
    # "quit days later and joined rival X": the object of another verb
    "and_gap": r"(?:^|\s)(?:{AND})\s",
}
_ENDS: dict[str, tuple[str, str]] = {
    # predicate: (subject letters, object letters)
    "LEADS": ("P", "O"), "WORKS_FOR": ("P", "O"), "FOUNDED": ("P", "O"), "LEFT": ("P", "O"),
    "INVESTS_IN": ("OP", "O"), "ACQUIRED": ("O", "OMD"), "PARTNERS_WITH": ("O", "O"),
    "COMPETES_WITH": ("O", "O"), "CRITICIZED": ("PO", "POMD"), "RELEASED": ("O", "MD"),
    "DEVELOPS": ("O", "MD"), "SUPPORTS": ("OP", ""), "OPPOSES": ("OP", ""),
    "INFLUENCED": ("O", "O"),
}
_OPEN, _CLOSED = "position:open-weights", "position:closed-models"
_DIRECT = {"ACQUIRED", "FOUNDED", "LEADS", "WORKS_FOR", "LEFT"}
"""Verbs whose object follows them directly ("acquired X"), never through a preposition."""
_ROLES = {"LEADS", "WORKS_FOR", "FOUNDED"}
_EVENTS = {"RELEASED", "ACQUIRED", "INVESTS_IN", "PARTNERS_WITH"}
"""Relations that a sentence may announce as a plan ("will buy", "plans to release")."""
_PERSON_ORG = {"LEADS", "WORKS_FOR", "FOUNDED", "LEFT"}
"""Person-to-organization relations: a verb-final clause names the organization first."""


def _adds(predicate: str, held: set[str]) -> bool:
    """Whether a fact adds to what a pair already has: a departure or a founding next to a
    role ("co-founder and chief executive"), never a second title or a second reading."""
    if predicate in held or not held <= _ROLES | {"LEFT"} or predicate not in _ROLES | {"LEFT"}:
        return False
    return not {"LEADS", "WORKS_FOR"} <= held | {predicate}


def _quoted(text: str, at: int) -> bool:
    """Whether position `at` lies inside quoted speech ("...", “...”, «...», „...“)."""
    inside = False
    for char in text[:at]:
        if char in "«„「『":
            inside = True
        elif char in "»」』”":
            inside = False
        elif char in "\"“":
            inside = not inside
    return inside


def _pronouns(macros: dict[str, str]) -> re.Pattern[str] | None:
    """Relative pronouns that are not also articles (German "die" is both): inside a gap
    without a comma they start a relative clause ("researchers who had quit X")."""
    det = expand("^(?:{DET})$", macros, words=False)
    if "REL_PRON" not in macros or det is None:
        return None
    article = re.compile(det, re.IGNORECASE)
    words = [w for w in macros["REL_PRON"].split("|") if w and not article.match(w)]
    if not words:
        return None
    return re.compile(r"(?:^|\s)(?:" + "|".join(words) + r")\s", re.IGNORECASE)


class Slot:
    """One placeholder of the masked sentence: where it is and what it stands for."""

    __slots__ = ("start", "end", "letter", "mention")

    def __init__(self, start: int, end: int, letter: str, mention: Mention):
        self.start, self.end, self.letter, self.mention = start, end, letter, mention


class Fallback:
    """Low-confidence facts from cue words, run after the patterns of one sentence."""

    def __init__(self, extractor: RelationExtractor):
        self.ex = extractor
        self.cues: list[FallbackCue] = extractor.lang.fallback
        lang = extractor.lang
        self.negation = lang.cue("negation")
        self.plan = lang.cue("plan")
        self.hedge = lang.cue("hedge")
        self.former = lang.cue("former")
        self.comparison = lang.cue("comparison")
        self.open = lang.cue("open")
        self.preposition = lang.cue("preposition")
        self.months = frozenset(lang.months)
        self.relative = _pronouns(lang.macros)
        say = expand("{SAY}", lang.macros, words=lang.lang != "zh")
        self.say = re.compile(say, re.IGNORECASE) if say else None
        speech = expand("{SAY}|{ANNOUNCE}", lang.macros, words=lang.lang != "zh")
        self.speech = re.compile(speech, re.IGNORECASE) if speech else self.say
        self.exclude = lang.cue("exclude_before")
        self.families: dict[str, str] = {}
        """Models released so far in the article (folded name -> lab): their members."""
        self._taken: dict[frozenset[str], set[str]] = {}
        self._opposed: set[str | None] = set()
        self._anchored: set[str] = set()
        self._stopped = False
        """Whether the last object search stopped at a possessor or a preposition."""
        """People of the sentence whose organization a fact already names."""
        self.barrier = _BARRIER_ZH if lang.lang == "zh" else _BARRIER
        self.gaps: dict[str, re.Pattern[str] | None] = {}
        for key, raw in _GAPS.items():
            pattern = expand(raw, lang.macros, words=lang.lang != "zh")
            if pattern is not None and lang.lang == "zh":
                pattern = pattern.replace(r"\s+", r"\s*")
            self.gaps[key] = re.compile(pattern, re.IGNORECASE) if pattern else None

    # ------------------------------------------------------------------ entry point
    def candidates(self, index: int, masked: str, table: list[Mention],
                   found: list[Candidate], question: bool) -> list[Candidate]:
        if not self.cues:
            return []
        slots = [Slot(m.start(), m.end(), m.group(1), table[int(m.group(2))])
                 for m in _PLACEHOLDER.finditer(masked)]
        slots = [s for s, nxt in zip(slots, [*slots[1:], None])
                 if not (nxt is not None and s.mention.origin == "anaphor"
                         and nxt.letter == s.letter and nxt.start - s.end <= 2)]
        # ("the Chinese start-up DeepSeek": the noun introduces the name, it points nowhere)
        taken: dict[frozenset[str], set[str]] = {}
        self._taken = taken
        for c in found:
            taken.setdefault(frozenset((c.subject, c.object)), set()).add(c.predicate)
        stances = {(c.subject, c.object) for c in found if c.object.startswith("position:")}
        by_predicate = {c.predicate for c in found}
        self._anchored = {c.subject for c in found
                          if self.ex.registry.types.get(c.object) == "Organization"}
        heard = {c.object for c in self.cues
                 if c.kind.startswith("stance") and c.pattern.search(masked)}
        torn = {_OPEN, _CLOSED} <= heard  # both camps named: a comparison, not a stance
        self._opposed = {c.object for c in self.cues
                         if c.predicate == "OPPOSES" and c.pattern.search(masked)}
        releasing = any(c.kind == "release" and c.pattern.search(masked) for c in self.cues)
        roles = [(m.start(), m.end(), c.name) for c in self.cues if c.kind == "role"
                 for m in c.pattern.finditer(masked)]
        out: list[Candidate] = []
        retry: list[tuple[FallbackCue, re.Match[str]]] = []
        for cue, match in self._matches(masked, question, torn, releasing):
            if self._blocked(masked, match, cue):
                continue
            if cue.kind == "role" and any(
                    name != cue.name and start < match.end() and match.start() < end
                    and end - start > match.end() - match.start()
                    for start, end, name in roles):
                continue  # "director of research" is a work role, not "director"
            ends = self._ends(cue, match, masked, slots)
            if not ends and cue.predicate == "LEFT":
                retry.append((cue, match))  # its organization may come from a role below
            out.extend(self._accept(cue, ends, masked, index, taken, stances, by_predicate))
        for cue, match in retry:
            out.extend(self._accept(cue, self._ends(cue, match, masked, slots), masked, index,
                                    taken, stances, by_predicate))
        out.extend(self._family_members(index, masked, slots, taken))
        out.extend(self._owned_in_apposition(index, masked, slots, taken))
        for c in [*found, *out]:
            if c.predicate in ("RELEASED", "OPEN_SOURCED"):
                name = self.ex.registry.names.get(c.object, "")
                self.families.setdefault(name.casefold(), c.subject)
        return out

    def _owned_in_apposition(self, index: int, masked: str, slots: list[Slot],
                             taken: dict[frozenset[str], set[str]]) -> list[Candidate]:
        """"Claude Code, the firm's command-line assistant", "Nova ist das neue Modell von
        Amazon": a model or product described as an organization's develops from it."""
        from stratgraph.ingest.relations import Candidate

        by_start = {x.start: x for x in slots}
        out = []
        for pattern in (self.gaps["owned_apposition"], self.gaps["owned_copula"]):
            if pattern is None:
                continue
            for found in pattern.finditer(masked):
                thing, org = by_start.get(found.start("thing")), by_start.get(found.start("org"))
                if thing is None or org is None:
                    continue
                pair = frozenset((org.mention.entity, thing.mention.entity))
                if pair in taken or not self.ex._allowed("DEVELOPS", org.mention.entity,
                                                         thing.mention.entity):
                    continue
                taken.setdefault(pair, set()).add("DEVELOPS")
                out.append(Candidate("DEVELOPS", org.mention.entity, thing.mention.entity,
                                     "cue:owned-apposition", 0.5, index))
        return out

    def _family_members(self, index: int, masked: str, slots: list[Slot],
                        taken: dict[frozenset[str], set[str]]) -> list[Candidate]:
        """"Mistral presented Magistral. It comes in two versions: Magistral Small, whose
        weights are published, and Magistral Medium": the members of a family released
        earlier in the article are released by the same lab, openly if their own clause
        says so."""
        from stratgraph.ingest.relations import Candidate

        out = []
        models = [x for x in slots if x.letter == "M"]
        for i, slot in enumerate(models):
            name = self.ex.registry.names.get(slot.mention.entity, "").casefold()
            family = next((f for f in self.families if f and name != f
                           and (name.startswith(f + " ") or name.startswith(f + "-"))), None)
            if family is None:
                continue
            lab = self.families[family]
            pair = frozenset((lab, slot.mention.entity))
            if pair in taken or not self.ex._allowed("RELEASED", lab, slot.mention.entity):
                continue
            end = models[i + 1].start if i + 1 < len(models) else slot.end + 80
            clause = masked[slot.end:end]
            is_open = self.open is not None and self.open.search(clause) is not None and not (
                self.negation is not None and self.negation.search(clause))
            taken.setdefault(pair, set()).add("RELEASED")
            if self.plan is not None and self.plan.search(masked):
                out.append(Candidate("DEVELOPS", lab, slot.mention.entity,
                                     "cue:family-member-planned", 0.5, index))
                continue  # "a larger Nova Premier is to follow next year"
            out.append(Candidate("OPEN_SOURCED" if is_open else "RELEASED", lab,
                                 slot.mention.entity, "cue:family-member", 0.5, index,
                                 {"open_weights": True if is_open else None}))
        return out

    def _matches(self, masked: str, question: bool, torn: bool, releasing: bool
                 ) -> list[tuple[FallbackCue, re.Match[str]]]:
        """Every cue match the sentence allows, in the order of the cue list."""
        out = []
        for cue in self.cues:
            if question and cue.kind != "role":
                continue
            if torn and cue.object in (_OPEN, _CLOSED):
                continue
            if releasing and cue.object == _OPEN:
                continue  # "released two open-weight models": a release, not a manifesto
            if cue.predicate == "SUPPORTS" and cue.object in self._opposed:
                continue  # "sued to block the for-profit conversion": against, not for
            out.extend((cue, match) for match in cue.pattern.finditer(masked))
        return out

    def _accept(self, cue: FallbackCue, ends: list[tuple[str, str, dict]], masked: str,
                index: int, taken: dict[frozenset[str], set[str]],
                stances: set[tuple[str, str]], by_predicate: set[str]) -> list[Candidate]:
        """The facts of one cue match that no earlier reading of the same pair forbids."""
        out = []
        for subject, obj, props in ends:
            predicate = cue.predicate
            if cue.kind == "release":
                predicate = "OPEN_SOURCED" if props.get("open_weights") else "RELEASED"
            held = taken.get(frozenset((subject, obj)))
            if subject == obj or (held is not None and not _adds(predicate, held)):
                continue  # read already
            if obj.startswith("position:") and ((subject, obj) in stances
                                                or "SUPPORTS" in by_predicate
                                                or "OPPOSES" in by_predicate):
                continue
            if not self.ex._allowed(predicate, subject, obj):
                continue
            if cue.kind == "release" or predicate == "DEVELOPS":
                owner = self.ex.owner_of(obj)
                if owner is not None and owner != subject:
                    continue  # "Microsoft offers Llama 2 on Azure": Meta's model
            confidence = cue.confidence
            if self.hedge is not None and self.hedge.search(masked):
                confidence *= 0.6
            taken.setdefault(frozenset((subject, obj)), set()).add(predicate)
            if obj.startswith("org:"):
                self._anchored.add(subject)
            out.append(self._candidate(predicate, subject, obj, cue, confidence, index, props))
        return out

    def _candidate(self, predicate: str, subject: str, obj: str, cue: FallbackCue,
                   confidence: float, index: int, props: dict) -> Candidate:
        from stratgraph.ingest.relations import Candidate

        return Candidate(predicate, subject, obj, f"cue:{cue.name}", round(confidence, 3),
                         index, props)

    # ------------------------------------------------------------------ guards
    def _blocked(self, masked: str, match: re.Match[str], cue: FallbackCue) -> bool:
        """Negated, planned (for releases) or only a comparison: no fact."""
        window = masked[max(0, match.start() - 30):match.end() + 5]
        if self.negation is not None and self.negation.search(window):
            return True
        by_after = self.gaps["by_after"]
        if cue.kind == "verb" and by_after is not None and by_after.match(masked[match.end():match.end() + 12]):
            return True
        if cue.kind == "release" and _quoted(masked, match.start()):
            return True  # "it's high time we open-sourced it": speech, often a promise
        if cue.predicate in _EVENTS and self.plan is not None and self.plan.search(
                masked[max(0, match.start() - 40):match.end()]):
            return True  # a planned release, deal or purchase has not happened
        if cue.predicate in ("ACQUIRED", "INVESTS_IN") and self.hedge is not None and \
                self.hedge.search(masked[max(0, match.start() - 60):match.end()]):
            return True  # rumoured deals are the rule, not the exception
        if (cue.kind == "role" and cue.predicate in ("LEADS", "WORKS_FOR")
                and self.former is not None
                and self.former.search(masked[max(0, match.start() - 25):match.start()])):
            return True  # "former chief scientist": the LEFT cues say it
        return False

    # ------------------------------------------------------------------ ends
    def _ends(self, cue: FallbackCue, match: re.Match[str], masked: str,
              slots: list[Slot]) -> list[tuple[str, str, dict]]:
        s_letters, o_letters = _ENDS.get(cue.predicate, ("", ""))
        before = self._clause_before(masked, match.start(), slots)
        after = self._clause_after(masked, match.end(), slots)
        if cue.kind == "role":
            return self._role(match, masked, before, after)
        if cue.kind.startswith("stance") and _ABANDON.search(
                masked[max(0, match.start() - 40):match.start()]):
            return []
        if cue.kind == "stance-noun" and _GOVERNOR.search(
                masked[max(0, match.start() - 30):match.start()]):
            return []
        if cue.kind in ("stance", "stance-noun"):  # "A and B offer closed models": both
            actors = self._subjects(before, s_letters, masked, match.start())
            return [(actor, str(cue.object), {}) for actor in actors]
        if cue.kind == "passive":  # "X, founded by A and B": the subjects follow the cue
            # only an entity that stands right there, or in apposition ("X, a start-up
            # backed by"); "a group of investors led by Musk" names none
            near = before[-1] if before else None
            subjects = self._list_after(after, s_letters, masked, match.end())
            if near is None and subjects and not masked[:match.start()].strip(" ,\"«“"):
                # "Backed by A, B and C, X became ...": the clause's subject follows the
                # list, after a bare comma that closes it
                listed = [x for x in after if x.mention.entity in subjects][:len(subjects)]
                glue = [masked[a.end:b.start] for a, b in zip(listed, listed[1:])]
                if len(listed) > 1 and glue[-1].strip() == "," and (
                        len(glue) == 1 or any(g.strip(" ,") for g in glue[:-1])):
                    head = listed[-1]
                    return [(x.mention.entity, head.mention.entity, {}) for x in listed[:-1]
                            if head.letter in o_letters]
                return []
            apposition = self.gaps["apposition"]
            if near is None or near.letter not in o_letters or apposition is None or \
                    not apposition.match(masked[near.end:match.start()]) or \
                    self._governed(masked, near):
                return []
            return [(s, near.mention.entity, {}) for s in subjects]
        if cue.kind == "noun-of":  # "one of the fiercest rivals of X", "the main backer of X"
            link = self.gaps["role_org_after"]
            first = after[0] if after else None
            if first is None or first.letter not in o_letters or link is None or \
                    not link.match(masked[match.end():first.start]):
                return []
            subject = self._subject(before, s_letters, masked, match.start())
            return [(subject, first.mention.entity, {})] if subject else []
        if cue.kind == "hire":  # "X hired A, the CEO of Y, and its co-founder B"
            employer = self._subject(before, "O", masked, match.start())
            hires = [s.mention.entity for s in after if s.letter == "P"]
            return [(h, employer, {}) for h in hires] if employer else []
        if cue.kind == "influence":  # "Baidu, in response to DeepSeek's success, ..."
            source = next((s for s in after if s.letter == "O"), None)
            target = self._subject(before, "O", masked, match.start())
            if target is None and source is not None:
                later = [s for s in after if s.letter == "O" and s.start > source.end
                         and not self._governed(masked, s)]
                target = later[0].mention.entity if later else None
            return [(source.mention.entity, target, {})] if source and target else []
        if cue.kind == "round":  # "A and B led the financing": the raiser is the topic
            investors = self._subjects(before, s_letters, masked, match.start())
            here = next((s.mention.entity for s in after if s.letter == "O"
                         and _INTO.match(masked[match.end():s.start])), None)
            target = here or self._topic("O", exclude=set(investors))
            return [(i, target, {}) for i in investors] if target else []
        if cue.kind == "raise" and not _MONEY.search(masked, match.end(), match.end() + 40):
            return []  # "secured compute for the team": no money, no round
        if cue.kind == "raise":  # "X raised $6B from A, B and C"
            target = self._subject(before, "O", masked, match.start())
            rest = after
            if target is None and after and after[0].letter == "O":
                target, rest = after[0].mention.entity, after[1:]  # "sammelte X ... ein"
            investors = self._list_after(rest, s_letters, masked, None)
            return [(i, target, {}) for i in investors if i != target] if target else []
        inverted = self._object_relative(cue, match, masked, slots, s_letters, o_letters)
        if inverted:
            return inverted
        subjects = self._subjects(before, s_letters, masked, match.start())
        subject = subjects[0] if subjects else None
        governed = cue.kind in ("release", "verb") and cue.predicate in ("RELEASED", "DEVELOPS")
        direct = cue.kind == "verb" and cue.predicate in _DIRECT
        objects = self._list_after(after, o_letters, masked, match.end(), governed, direct)
        if cue.kind == "pair" and subject is None and objects and _PRONOUN.search(
                masked[max(0, match.start() - 12):match.start()]):
            # "it is racing OpenAI": the pronoun stands for the organization of the text
            subject = self._topic("O", exclude=set(objects))
            subjects = [subject] if subject else []
        if cue.kind == "pair" and not objects and len(subjects) > 1:
            # "Vessel AI and Nimbus Labs are fierce rivals": the pair is the subject list
            return [(a, b, {}) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        props: dict = {}
        if cue.kind == "release":
            if subject is None:
                subject = next((self.ex.owner_of(o) for o in objects if self.ex.owner_of(o)),
                               None)
            if subject is None and objects:
                # "Am Dienstag präsentierte Amazon die Modellfamilie Nova": the actor after
                # the verb, else the organization the text is about
                inverted = [s for s in after if s.letter == "O"
                            and s.start < self._position(after, objects[0])]
                subject = inverted[0].mention.entity if inverted else self._topic("O")
            end = max((s.end for s in after if s.mention.entity in objects),
                      default=match.end())
            clause = masked[match.start():end + 40]
            props["open_weights"] = True if (self.open is not None
                                             and self.open.search(clause)) else None
        if subject is None:
            return []
        if not objects and cue.predicate in _PERSON_ORG and not self._stopped:
            # verb-final clauses ("hatte SSI mit Gross gegründet"): the first organization
            # between the person and the verb that no preposition governs ("die KI-Sparte
            # von Apple" is not what was led); a departure with no organization named on
            # the way ("resigned on Friday") is from the person's or the text's organization
            at = self._position(before, subject)
            final = re.match(r"\s*(?:[,.;:!?，。；：]|$)", masked[match.end():])
            between = [s for s in before if s.letter == "O" and s.start > at
                       and not self._governed(masked, s)] if final else []
            ahead = [s for s in before if s.letter == "O" and s.start < at]  # "At X, Y left"
            org = between[0].mention.entity if between else None
            named = any(s.letter == "O" for s in slots)
            paired = {s.mention.entity for s in slots if s.letter == "O"
                      and frozenset((subject, s.mention.entity)) in self._taken}
            if org is None and cue.predicate == "LEFT" and len(paired) == 1:
                org = next(iter(paired))  # "X, CTO of OpenAI, said she is leaving"
            if org is None and cue.predicate == "LEFT":
                org = (ahead[-1].mention.entity if ahead else None) or (
                    None if named else self.ex.ctx.affiliation.get(subject)
                    or self._topic("O", exclude={subject}))
            objects = [org] if org else []
        return [(s, o, dict(props)) for s in (subjects or [subject]) for o in objects]

    def _object_relative(self, cue: FallbackCue, match: re.Match[str], masked: str,
                         slots: list[Slot], s_letters: str, o_letters: str
                         ) -> list[tuple[str, str, dict]]:
        """"X, which A and B set up" / "X, que Nvidia a racheté": the entity before the
        relative pronoun is the verb's object, the names after it its subjects."""
        pattern = self.gaps["object_relative"]
        found = pattern.search(masked[:match.start()]) if pattern is not None else None
        if found is None or cue.kind not in ("verb", "release"):
            return []
        by_start = {s.start: s for s in slots}
        obj = by_start.get(found.start("obj"))
        subjects = [by_start[m.start()] for m in _PLACEHOLDER.finditer(
            masked, found.start("subj"), found.end("subj")) if m.start() in by_start]
        if obj is None or obj.letter not in o_letters or not subjects:
            return []
        return [(s.mention.entity, obj.mention.entity, {}) for s in subjects
                if s.letter in s_letters]

    def _head(self, slots: list[Slot], i: int, masked: str) -> Slot:
        """"Alphabet's DeepMind": the organization possessed, not its possessor."""
        possessor = self.gaps["possessor"]
        while (possessor is not None and i + 1 < len(slots) and slots[i + 1].letter == "O"
               and possessor.match(masked[slots[i].end:slots[i + 1].start])):
            i += 1
        return slots[i]

    @staticmethod
    def _position(slots: list[Slot], entity: str) -> int:
        return next((s.start for s in slots if s.mention.entity == entity), -1)

    def _role(self, match: re.Match[str], masked: str, before: list[Slot],
              after: list[Slot]) -> list[tuple[str, str, dict]]:
        """A role noun: its person stands right beside it ("CEO Sam Altman", "Sam Altman,
        the chief executive"), its organization in the role phrase ("chief executive of
        X", "X's president", "son président") or else is the one the text is about."""
        masked = self._aside_free(masked)  # "CTO (chief technology officer) of X"
        person = None
        fits_after = self.gaps["role_person_after"]
        fits_before = self.gaps["role_person_before"]
        for slot in after:
            if slot.letter == "P":
                gap = masked[match.end():slot.start]
                if len(gap) <= _ROLE_REACH and fits_after is not None and fits_after.match(gap):
                    person = slot.mention.entity
                break
        if person is None:
            for slot in reversed(before):
                if slot.letter == "P":
                    gap = masked[slot.end:match.start()]
                    if fits_before is not None and fits_before.match(gap):
                        person = slot.mention.entity
                    break
                if slot.letter != "O":
                    break
        if person is None:
            return []
        org = None
        link, far = self.gaps["role_org_after"], self.gaps["role_org_far"]
        first = after[0] if after else None
        if first is not None and first.letter == "O" and any(
                g is not None and g.match(masked[match.end():first.start]) for g in (link, far)):
            org = self._head(after, 0, masked).mention.entity
        if org is None and before:
            last = before[-1]
            if last.letter == "O" and match.start() - last.end <= 14 and not re.search(
                    r"[,;:]", masked[last.end:match.start()]):
                org = last.mention.entity  # "OpenAI's chief executive", "OpenAI-Chef"
        poss = self.gaps["role_poss"]
        if org is None and poss is not None and poss.search(masked[:match.start()]):
            orgs = [s for s in before if s.letter == "O"]
            org = orgs[-1].mention.entity if orgs else None  # "Microsoft, via son président"
        if org is None:
            role_of = self.gaps["role_of"]
            if (role_of is not None and role_of.match(masked[match.end():])) or \
                    person in self._anchored:
                return []  # its organization is named but unknown, or named elsewhere
            org = self.ex.ctx.affiliation.get(person) or self._topic("O")
        return [(person, org, {})] if org else []

    @staticmethod
    def _aside_free(masked: str) -> str:
        """The sentence with short parenthetical asides that name nothing ("(CTO)", "(FAIR)")
        blanked out, same length: they do not end a clause."""
        return _ASIDE.sub(lambda m: " " * len(m.group(0)), masked)

    def _clause_before(self, masked: str, at: int, slots: list[Slot]) -> list[Slot]:
        start = max(0, at - _REACH)
        barrier = None
        for barrier in self.barrier.finditer(self._aside_free(masked), start, at):
            pass
        if barrier is not None:
            start = barrier.end()
        return [s for s in slots if s.start >= start and s.end <= at]

    def _clause_after(self, masked: str, at: int, slots: list[Slot]) -> list[Slot]:
        end = min(len(masked), at + _REACH)
        barrier = self.barrier.search(self._aside_free(masked), at, min(end, at + _OBJECT_GAP * 3))
        if barrier is not None:
            end = barrier.start()
        return [s for s in slots if s.start >= at and s.end <= end]

    def _governed(self, masked: str, slot: Slot) -> bool:
        """Named after a preposition or as a comparison: not the actor of the clause."""
        left = masked[max(0, slot.start - 30):slot.start]
        if self.comparison is not None and self.comparison.search(left):
            return True
        found = self.preposition.search(left) if self.preposition is not None else None
        if found is None:
            return False
        words = found.group(0).split()
        # "A giugno Meta", "In 2024 OpenAI": a time adverbial, not the noun's preposition
        return not (len(words) > 1 and (words[-1].casefold().strip(",") in self.months
                                        or words[-1].strip(",").isdigit()))

    def _subject(self, before: list[Slot], letters: str, masked: str,
                 at: int = 0) -> str | None:
        found = self._subjects(before, letters, masked, at)
        return found[0] if found else None

    def _subjects(self, before: list[Slot], letters: str, masked: str,
                  at: int = 0) -> list[str]:
        """The clause's actor: its first entity of the right type that no preposition
        governs ("Anthropic, the startup founded by former OpenAI staff, released ..."),
        unless a later one heads a relative clause ("Gross, der ... leitete") or a
        coordinated clause (", and DeepSeek released") of its own; with the list it heads
        ("Meta, DeepSeek and Alibaba released")."""
        relative, coordinated = self.gaps["relative"], self.gaps["coordinated"]
        for i in range(len(before) - 1, -1, -1):
            slot = before[i]
            if (slot.letter in letters and relative is not None
                    and relative.match(masked[slot.end:slot.end + 16])):
                return [slot.mention.entity]  # "mit Daniel Gross, der ... leitete"
        relative_cue = self.gaps["relative_cue"]
        found = relative_cue.search(masked[:at]) if relative_cue is not None else None
        determiner = self.gaps["determiner"]
        if found is not None and not found.group("comma") and determiner is not None and \
                determiner.match(found.group("pron")):
            found = None  # German "der", "die": an article unless a comma makes it a pronoun
        if found is not None and self.speech is not None and self.speech.search(
                masked[max(0, found.start() - 40):found.start()]):
            found = None  # "announced on Wednesday that she leaves": "que" introduces speech
        if found is not None:
            # "X, a start-up that builds": the entity right before the relative pronoun;
            # "X employs 30 people, who will join" has none
            near = before[-1] if before else None
            apposition = self.gaps["apposition"]
            if near is None or near.letter not in letters or apposition is None or \
                    not apposition.match(masked[near.end:found.start()]):
                return []
            return [near.mention.entity]
        say = self.say
        if say is not None:
            # "A said his fund B invested": the reported clause has its own actor
            for i, slot in enumerate(before):
                if i and say.search(masked[before[i - 1].end:slot.start]):
                    before = before[i:]
                    break
        fits = [i for i, s in enumerate(before)
                if s.letter in letters and not self._governed(masked, s)]
        if not fits:
            return []
        chosen = fits[0]
        subordinate = self.gaps["subordinate"]
        for i in reversed(fits[1:]):
            slot, prev = before[i], before[i - 1]
            if (coordinated is not None and coordinated.search(masked[:slot.start])
                    and not (prev.letter == slot.letter
                             and _LIST_GLUE.match(masked[prev.end:slot.start]))):
                chosen = i
                break
            if subordinate is not None and subordinate.search(masked[:slot.start]):
                chosen = i
                break
        head = self._head(before, chosen, masked)
        chosen = before.index(head)
        out = [head.mention.entity]
        for prev, slot in zip(before[chosen:], before[chosen + 1:]):
            if (slot.letter != head.letter or self._governed(masked, slot)
                    or not _LIST_GLUE.match(masked[prev.end:slot.start])):
                break  # "Yann LeCun, of Meta, criticized": Meta is his, not a co-subject
            out.append(slot.mention.entity)
        return out

    def _nearest_before(self, before: list[Slot], letters: str, masked: str) -> str | None:
        for slot in reversed(before):
            if slot.letter in letters and not (self.comparison is not None and
                                               self.comparison.search(
                                                   masked[max(0, slot.start - 20):slot.start])):
                return slot.mention.entity
        return None

    def _list_after(self, after: list[Slot], letters: str, masked: str, cue_end: int | None,
                    governed: bool = False, direct: bool = False) -> list[str]:
        """The entity of the right type right after the cue, and the list it heads."""
        out: list[str] = []
        last_end = None
        self._stopped = False
        for slot in after:
            if last_end is None:
                if slot.letter not in letters:
                    continue
                if cue_end is not None:
                    gap = masked[cue_end:slot.start]
                    and_gap = self.gaps["and_gap"]
                    if len(gap) > _OBJECT_GAP or "," in gap or "，" in gap or (
                            and_gap is not None and and_gap.search(gap)) or (
                            self.relative is not None and self.relative.search(gap)):
                        break
                if governed and self.exclude is not None and self.exclude.search(
                        masked[:slot.start]):
                    break  # "offered on Amazon Bedrock"
                if direct and self.preposition is not None and self.preposition.search(
                        masked[max(0, slot.start - 30):slot.start]) and not (
                        cue_end is not None and not masked[cue_end:slot.start].strip()):
                    self._stopped = True
                    break  # "compra chips de Nvidia": not what the verb acts on
                possessor = self.gaps["possessor"]
                if possessor is not None and possessor.match(masked[slot.end:slot.end + 3]):
                    self._stopped = True
                    break  # "led Google's robotics team": a part of the organization
            else:
                glue = masked[last_end:slot.start]
                if not _LIST_GLUE.match(glue) or (len(out) == 1 and "," in glue
                                                  and glue.strip(" ,")):
                    break  # "in Anthropic, and Amazon has committed": a new clause
            if slot.letter not in letters:
                break
            out.append(slot.mention.entity)
            last_end = slot.end
        return out

    def _topic(self, letters: str, exclude: set[str] | None = None) -> str | None:
        if "O" not in letters:
            return None
        return self.ex.ctx.recent("Organization", exclude=frozenset(exclude or ()))

"""The small grammar the fallback layer reads a masked sentence with.

What ends a clause, what glues a list of names, which words govern a noun or give a stance
up, which relations may stack on one pair: language-independent regexes and rules, kept apart
from the code that applies them (`ingest/fallback_clauses.py`, `fallback_ends.py`,
`fallback.py`). Per-language words come from each language's macros through `GAPS`.
"""

from __future__ import annotations

import re

from stratgraph.ingest.langdata import expand
from stratgraph.ingest.mentions import Mention

PLACEHOLDER = re.compile(r"@([POMDE])(\d+)@")
BARRIER = re.compile(r"[;:!?；：！？]|\s[–—-]\s|[()（）]")
BARRIER_ZH = re.compile(r"[;:!?；：！？，]|[()（）]")
"""Where a clause ends for the purpose of finding a cue's ends."""
LIST_GLUE = re.compile(r"^\s*(?:,|、|，|\band\b|\bet\b|\bund\b|\by\b|\be\b|&|\bor\b|\bou\b|"
                        r"\boder\b|\bo\b|和|与|及)+\s*(?:(?:the|de|d[\x27’]|du|des|la|le|les|"
                        r"el|los|las|der|die|das|dem|den|von|vom|del|di|da|do|dos|a|o|"
                        r"par|por|pel[oa]s?|dal|dalla|dallo|dai|dalle|dagli|dall[\x27’])"
                        r"(?:\s+|(?<=[\x27’]))(?:[a-zà-ÿ-]+\s+){0,2})?$")
"""The glue of a list of names ("A, B and C", "Coatue et de Lightspeed", "et le fonds
américain X", "pela Disney e pela NBCUniversal"): an article or a preposition, with at most two
lower-case words after it, between separator and name; never a bare verb ("OpenAI und gründeten
X")."""
DESCRIPTOR_GAP = re.compile(r"(?:['’]s\b|-\w+)?[^,;:()\[\]、，]{0,40}")
"""What may stand between an organization and the person it describes inside a list
("OpenAI chief executive @P@", "Salesforce's @P@", "OpenAI-Chef @P@"): no list punctuation.
A list joiner in the gap (checked apart, per language) makes them two members instead."""
ABANDON = re.compile(
    r"(?:abandon\w*|gave up|giving up|give up|dropp\w+|moved away from|turn\w* away from|"
    r"renounc\w+|renon[cç]\w+|aufgegeben|aufgeben|verabschiede\w*|abgerückt|renunci\w+|"
    r"rinunci\w+|desist\w+|放弃了?|告别了?|摒弃了?)\W*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""A stance given up ("OpenAI放弃了闭源模型"): the stance patterns read the change itself."""
GOVERNOR = re.compile(
    r"(?:^|\W)(?:by|for|against|than|like|unlike|of|from|about|with|avec|mit|con|com|"
    r"par|pour|contre|que|comme|de|"
    r"d[\x27’]|sur|von|durch|für|gegen|als|wie|über|por|para|contra|como|sobre|da|per|contro|"
    r"di|do|pelo|pela|被|由|对|比)(?:\s+|(?<=[\x27’被由对比]))(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
"""What makes a noun phrase the object of someone else's words ("the risks posed by open
models", "scores for the open models"): a bare stance noun after it names no stance."""
HELD_BY = re.compile(r"\s*(?:of|de|d[\x27’]|du|des|von|der|di|del|della|dei|degli|do|da|dos|"
                     r"das)\s*", re.IGNORECASE)
"""What names the holders right after a stance noun ("the closed approach of A and B",
"l'approche fermée d'A")."""
INTO = re.compile(r"^\s*(?:in|into|for|of|dans|de|d[\x27’]|du|en|für|bei|an|in)\s*$",
                   re.IGNORECASE)
"""What links a funding round to the one it funds ("led the round in X")."""
PRONOUN = re.compile(r"(?:^|\W)(?:it|they|elle|il|elles|ils|sie|es|ella|esso|essa|ela|它|其)"
                      r"\s*(?:\w+\s+)?$", re.IGNORECASE)
"""A subject pronoun right before a verb: its organization is the one the text is about."""
ASIDE = re.compile(r"[(（][^()（）@]{1,40}[)）]")
MONEY = re.compile(r"[$€£¥]|(?<![@\w])\d|\b(?:billion|million|milliards?|millions?|Milliarden?|"
                    r"Millionen|millones|miliardi|milioni|bilhões|milhões)\b|亿|万")
REACH = 200
"""How far (characters) from a cue an end may lie in the same clause."""
LEADING = re.compile(r"[\s,\"«“]*")
"""Only blanks, commas and opening quotes: nothing stands before a sentence-initial cue."""
LOOKBACK = 240
"""How much text before a position the "what precedes it" readers look at: enough for
any clause they read, and a bound that keeps a huge unpunctuated sentence linear."""
OBJECT_GAP = 45
"""How far after a verb its first object may start (no comma between them)."""
ROLE_REACH = 45
PURPOSE_REACH = OBJECT_GAP
"""How far after a purpose verb ("to start") its object may start ("the search firm X")."""
PURPOSE_END = re.compile(r"\b(?:after|before|when|while|once|because|until|après|avant|quand|"
                         r"lorsque|nachdem|bevor|als|wenn|después|antes|cuando|dopo|prima|"
                         r"quando|depois)\b", re.IGNORECASE)
"""A clause after the purpose verb ("to start a company after X cut the unit"): what follows
is no longer the purpose verb's object."""
GAPS = {
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
    # "start-ups such as A and B": examples of a kind, named for the text's firm
    "such_as_before": r"(?:{SUCH_AS})\s*$",
    # "Claude Code, the firm's command-line assistant"
    "owned_apposition": r"(?P<thing>@[MD]\d+@)\s*,\s*(?:(?:{DET})\s+)?(?P<org>@O\d+@)\s*(?:{POSS})"
                        r"(?!\s*(?:[\w-]+\s+){0,2}?@[MD]\d+@)",  # not a list: "Llama 2, xAI's Grok"
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
    # "a report by X that Y had left": the author of a report, not the one left
    "by_before": r"(?:^|\s)(?:by|par|durch|por|pelo|pela)\s+(?:(?:{DET})\s+)?$",
    # "Gross, der früher ... leitete": the relative clause's actor is the one it follows
    "relative": r"^\s*,?\s*(?:{REL_PRON})\s",
    # "ByteDance's Volcano Engine", "字节跳动旗下火山引擎": the possessed one is the head
    "possessor": r"^\s*(?:(?:{POSS})|的|旗下的?|之)\s*$",
    # "Google und Microsofts Tochter GitHub": in a list, the unit stands for its parent
    "parent_of": r"^(?:(?:{POSS})|s)?\s+(?:[\w-]+\s+)?(?:Tochter\w*|subsidiary|unit|arm|division|"
                 r"filiale|filial|controllata|subsidiaria|spin-?off)\s+$",
    # ", and DeepSeek released": a coordinated clause with an actor of its own
    "coordinated": r"(?:,\s*(?:{AND})?|\s(?:{AND}))\s+(?:(?:{DET})\s+)?(?:[\w-]+\s+)?$",
    # "after co-founder Daniel Gross left": a subordinate clause with its own actor
    "subordinate": r"(?:^|\W)(?:{CAUSAL}|when|while|whereas|quand|lorsque|alors que|tandis que|"
                   r"als|während|wenn|cuando|mientras|quando|mentre|enquanto|当)\s+"
                   r"(?:(?:{DET})\s+)?(?:[\w-]+\s+){0,2}$",
    # "quit days later and joined rival X": the object of another verb
    "and_gap": r"(?:^|\s)(?:{AND})\s",
    # "quitté en 2023 pour fonder X", "left in 2021 to start X": the object of a purpose verb
    "purpose_gap": r"(?:^|\s)(?:to\s+(?!(?:{DET})\s)[a-z-]+|pour\s+[a-zé]+(?:er|ir|re)|"
                   r"afin\s+de|um\s|para\s+[a-zá-ú]+(?:ar|er|ir)|per\s+[a-z]+(?:are|ere|ire))\s",
}
ENDS: dict[str, tuple[str, str]] = {
    # predicate: (subject letters, object letters)
    "LEADS": ("P", "O"), "WORKS_FOR": ("P", "O"), "FOUNDED": ("P", "O"), "LEFT": ("P", "O"),
    "INVESTS_IN": ("OP", "O"), "ACQUIRED": ("O", "OMD"), "PARTNERS_WITH": ("O", "O"),
    "COMPETES_WITH": ("O", "O"), "CRITICIZED": ("PO", "POMD"), "RELEASED": ("O", "MD"),
    "DEVELOPS": ("O", "MD"), "SUPPORTS": ("OP", ""), "OPPOSES": ("OP", ""),
    "INFLUENCED": ("O", "O"),
}
OPEN, CLOSED = "position:open-weights", "position:closed-models"
DIRECT = {"ACQUIRED", "FOUNDED", "LEADS", "WORKS_FOR", "LEFT"}
"""Verbs whose object follows them directly ("acquired X"), never through a preposition."""
ROLES = {"LEADS", "WORKS_FOR", "FOUNDED"}
EVENTS = {"RELEASED", "ACQUIRED", "INVESTS_IN", "PARTNERS_WITH"}
"""Relations that a sentence may announce as a plan ("will buy", "plans to release")."""
PERSON_ORG = {"LEADS", "WORKS_FOR", "FOUNDED", "LEFT"}
"""Person-to-organization relations: a verb-final clause names the organization first."""


def adds(predicate: str, held: set[str]) -> bool:
    """Whether a fact adds to what a pair already has: a departure or a founding next to a
    role ("co-founder and chief executive"), never a second title or a second reading."""
    if predicate in held or not held <= ROLES | {"LEFT"} or predicate not in ROLES | {"LEFT"}:
        return False
    return not {"LEADS", "WORKS_FOR"} <= held | {predicate}


def quoted_from(text: str) -> list[bool]:
    """For each position of `text`, whether it lies inside quoted speech ("...", “...”,
    «...», „...“): one pass per sentence, however many cues ask."""
    inside, out = False, []
    for char in text:
        out.append(inside)
        if char in "«„「『":
            inside = True
        elif char in "»」』”":
            inside = False
        elif char in "\"“":
            inside = not inside
    out.append(inside)
    return out



def pronouns(macros: dict[str, str]) -> re.Pattern[str] | None:
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

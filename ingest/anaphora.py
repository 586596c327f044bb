"""What "the company", "la start-up", "the tech giant", "il" or "the ChatGPT maker" point to.

News names an organization once and then says "the company" for a while; relation patterns
only see placeholders, so every such phrase must become the mention of one entity first.
The choices, in order:

1. apposition: "xAI, the company of Elon Musk" -> the organization just before the comma;
2. "the <product> maker" -> the product's owner (and that owner develops the product);
3. "the tech giant" / "the chipmaker" -> the most recent organization tagged `giant` in the
   knowledge base; "the start-up" never points to such a giant;
4. after a transfer preposition ("invested in the company", "dans la start-up") the phrase
   names another actor than the sentence's subject: the most salient organization except the
   ones standing as subjects before it;
5. otherwise the first organization of the sentence that is not governed by a preposition
   (the subject: "Apple, which hired him from Google, said the company..."), else the most
   salient organization of the article.

Two shapes come before all of these. After a sentence-initial participle clause ("Founded in
2023 by A and B, former researchers at X and Y, the company ...") the organizations of that
clause describe the founders, so the phrase is the article's topic or nothing. Organizations
named only as a comparison ("Claude 4, unlike Meta's Llama, ...") are foils: when a product
is the subject, its owner is "the company", and foils gain no salience for later sentences.

Salience: mentions so far, the title counting double, ties going to the organization named
first (news puts its topic first). Persons ("he", "il", "er", "él", "他") point to the last
person named earlier in the sentence, else to the first person of the last sentence that
named one (its subject, not a person mentioned in passing).
"""

from __future__ import annotations

import re

from stratgraph.ingest.anaphora_foils import Foils
from stratgraph.ingest.anaphora_objects import Objects
from stratgraph.ingest.kb import KnowledgeBase
from stratgraph.ingest.langdata import LangData
from stratgraph.ingest.mentions import Mention
from stratgraph.ingest.person_firm import of_person_cue, persons_firm
from stratgraph.ingest.salience import Context, is_company
from stratgraph.ingest.sentences import Sentence

_DEMONYM = re.compile(r"\s+[a-zà-ÿ]+(?:aise|ienne|aine|oise|ande|ique|ese|esa|ana|ano|ina|ino|"
                      r"ense|ain|ien|ois|ais|ês|esca|esco)s?\s+")
"""An adjective of origin after the noun ("la start-up parisienne X", "l'azienda cinese X"):
Romance languages put it between the appositive noun and the name."""


_LEAD_IN = re.compile(r"\s*(?:(?:[^\W_]+\s+){0,2}[^\W_]+\s*[,，]\s*)?")
"""Nothing before the phrase but a short time or place ("Em junho, a empresa ..."): the
phrase still opens its sentence."""


class _Pronoun:
    """The pronoun of a cue match that also read the words before it (group "p")."""

    def __init__(self, match: re.Match[str]):
        self._span = match.span("p")
        self._text = match.group("p")

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]

    def group(self, _index: int = 0) -> str:
        return self._text


class Anaphora(Foils, Objects):
    """Adds mentions for anaphoric phrases of one sentence (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, lang: LangData, ctx: Context):
        self.kb = kb
        self.ctx = ctx
        self.org = lang.cue("anaphor_org")
        self.person = lang.cue("anaphor_person")
        self.giant = lang.cue("anaphor_giant")
        self.startup = lang.cue("anaphor_startup")
        self.prep = lang.cue("preposition")
        self.transfer = lang.cue("transfer_preposition")
        self.maker_after = lang.cue("maker_after")
        self.maker_before = lang.cue("maker_before")
        self.fronted = lang.cue("fronted_participle")
        self.comparison = lang.cue("comparison")
        self.of_person = of_person_cue(lang)  # "la compañía de Musk": Musk's firm
        self.pronoun = lang.cue("anaphor_pronoun")
        self.plural = lang.cue("anaphor_pronoun_plural")
        self.object = lang.cue("anaphor_object")
        self.say = re.compile(rf"(?<!\w)(?:{lang.macros['SAY']})(?!\w)") if lang.macros.get(
            "SAY") else None
        self.spaced = lang.lang != "zh"
        self.had_person = False
        """Whether the previous sentence named a person: a French "il" may then be them."""
        words = "|".join(lang.macros[k] for k in ("AND", "REL_PRON") if k in lang.macros)
        self.joiners = re.compile(rf"(?<!\w)(?:{words})$") if words else None
        and_words = lang.macros.get("AND")
        self.and_words = re.compile(rf"(?:{and_words})") if and_words else None

    def is_giant(self, entity: str) -> bool:
        known = self.kb.entities.get(entity)
        return known is not None and "giant" in known.tags

    def is_firm(self, entity: str) -> bool:
        """"The company" or "la pépite" is no school, regulator, ministry or government."""
        return is_company(entity) and not self.kb.tagged(entity, "public", "government")

    # ------------------------------------------------------------------ makers
    def makers(self, sent: Sentence, mentions: list[Mention]
               ) -> tuple[list[Mention], set[int], list[tuple[str, str]]]:
        """"The ChatGPT maker" -> an organization mention of the owner, and who develops what."""
        out: list[Mention] = []
        dropped: set[int] = set()
        pairs: list[tuple[str, str]] = []
        text, base = sent.text, sent.start
        for index, m in enumerate(mentions):
            if m.type not in ("Product", "Model"):
                continue
            known = self.kb.entities.get(m.entity)
            if known is None or not known.owner:
                continue
            start, end = m.start, m.end
            after = self.maker_after.match(text, end - base) if self.maker_after else None
            before = None
            if self.maker_before is not None:
                before = self.maker_before.search(text[:start - base])
            if after:
                end = base + after.end()
            elif before and before.end() == start - base:
                start = base + before.start()
            else:
                continue
            if any(x.type == "Organization" and 0 <= x.start - end <= 3 for x in mentions):
                continue  # "ChatGPT maker OpenAI": the apposition names the owner itself
            dropped.add(index)
            out.append(Mention(start, end, known.owner, "Organization", text[start - base:
                                                                              end - base],
                               "maker"))
            pairs.append((known.owner, m.entity))
        return out, dropped, pairs

    # ------------------------------------------------------------------ pronouns and nouns
    def resolve(self, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
        self._mark_foils(sent, mentions)
        out: list[Mention] = []
        taken = list(mentions)
        for plural, cue in ((False, self.pronoun), (True, self.plural)):
            # subject pronouns first: "it"/"elle"/"es"/"它" wherever a clause starts
            for m in cue.finditer(sent.text) if cue is not None else ():
                # a cue may read the words before the pronoun; group "p" is the pronoun
                m = _Pronoun(m) if "p" in m.re.groupindex else m
                start, end = sent.start + m.start(), sent.start + m.end()
                if any(x.start < end and start < x.end for x in taken) or self._personal(
                        sent, mentions, m):
                    continue
                entity = self._pronoun_org(sent, [*mentions, *out], m, plural)
                found = Mention(start, end, entity or "", "Organization", m.group(0), "anaphor")
                taken.append(found)  # unresolved, it still is no other cue's to guess
                if entity:
                    out.append(found)
        out.extend(self._object_pronouns(sent, mentions, taken))
        for type_, cue in (("Organization", self.org), ("Person", self.person)):
            if cue is None:
                continue
            for m in cue.finditer(sent.text):
                start, end = sent.start + m.start(), sent.start + m.end()
                if any(x.start < end and start < x.end for x in taken):
                    continue
                if type_ == "Person":
                    before = [x for x in mentions if x.type == type_ and x.end <= start]
                    entity = before[-1].entity if before else (
                        self.ctx.topic_person or self.ctx.recent(type_))
                elif self._introduces_name(sent, mentions, m) or self._foil(
                        sent.text, m.start()):
                    # "the Chinese start-up DeepSeek" names its own entity; "unlike the French
                    # company" is a foil: neither may become an earlier organization
                    continue
                else:
                    entity = self._organization(sent, mentions, m)
                if entity:
                    out.append(Mention(start, end, entity, type_, m.group(0), "anaphor"))
        self.had_person = any(x.type == "Person" for x in mentions)
        self._note_startups(sent, mentions)
        return out

    def _note_startups(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Firms the text calls a start-up or a lab ("A Runway, start-up nova-iorquina"): a
        later "the start-up" means them, even over a more salient partner."""
        if self.startup is None:
            return
        text, base = sent.text, sent.start
        for x in mentions:
            if x.type != "Organization" or x.origin == "anaphor":
                continue
            before = text[max(0, x.start - base - 30):x.start - base]
            after = text[x.end - base:x.end - base + 30]
            if (re.search(rf"(?:{self.startup.pattern})\W*(?:[^\W\d]+\s+|[\u4e00-\u9fff]{{1,3}})?$",
                          before)
                    or re.match(rf"\s*[,，(]\s*(?:[^\W\d]+\s+){{0,2}}?(?:{self.startup.pattern})",
                                after)):
                self.ctx.startups.add(x.entity)

    def _introduces_name(self, sent: Sentence, mentions: list[Mention], m: re.Match[str]
                         ) -> bool:
        """An appositive noun before a name ("la start-up parisienne Mistral AI")."""
        base = sent.start
        for x in mentions:
            if x.type != "Organization" or x.start - base < m.end():
                continue
            gap = sent.text[m.end():x.start - base]
            if not self.spaced:
                return gap.strip() == ""
            return gap.isspace() or _DEMONYM.fullmatch(gap) is not None
        return False

    def _personal(self, sent: Sentence, mentions: list[Mention], m: re.Match[str]) -> bool:
        """A pronoun of both kinds (French "il") after a person named here or just before:
        the person cue reads it."""
        if self.person is None or not self.person.fullmatch(m.group(0)):
            return False
        return self.had_person or any(x.type == "Person" and x.end - sent.start <= m.start()
                                      for x in mentions)

    def _pronoun_org(self, sent: Sentence, mentions: list[Mention], m: re.Match[str],
                     plural: bool) -> str | None:
        """The organization a subject pronoun continues.

        The subject of an earlier clause of the same sentence ("Anthropic said it ..."), never
        an organization that clause governs as an object ("raced OpenAI, and it ..."); else the
        employer of a person subject ("Altman said it ..."); else the organization that led the
        previous sentence. A plural ("they", "sie") only continues a subject of its sentence.
        """
        text, base = sent.text, sent.start
        people = [x for x in mentions if x.type == "Person" and x.end - base <= m.start()]
        orgs = [x for x in mentions if x.type == "Organization" and x.end - base <= m.start()
                and x.start not in self.ctx.foils and not self._foil(text, x.start - base)]
        subjects = [x for x in orgs if x.origin == "anaphor" or (
            self._clause_initial(text, x.start - base)
            and not self._governed(text, x.start - base, self.prep)
            and not re.match(r"[’']s\b", text[x.end - base:]))]
        if subjects and not re.search(r"[,;:，；：]", text[subjects[-1].end - base:m.start()]):
            return None  # "X said it would ...": patterns read that "it" as X already
        if plural:
            return subjects[0].entity if subjects and not people else None
        if subjects:
            return subjects[0].entity
        if orgs or any(x.type != "Organization" and x.end - base <= m.start()
                       for x in mentions):
            return None  # a model, a person or only objects before it: too close to guess
        return self.ctx.topic_org or self.ctx.recent("Organization")

    def _clause_initial(self, text: str, position: int) -> bool:
        """A clause's subject: at the start, after punctuation or after "and"/"which"."""
        before = text[:position].rstrip()
        return (not before or before[-1] in ",;:(\"“«„「，；：、—–" or
                (self.joiners is not None and self.joiners.search(before) is not None))

    def _governed(self, text: str, position: int, cue: re.Pattern[str] | None) -> bool:
        return cue is not None and cue.search(text[max(0, position - 30):position]) is not None

    def _organization(self, sent: Sentence, mentions: list[Mention], m: re.Match[str]
                      ) -> str | None:
        text, base = sent.text, sent.start
        owned = persons_firm(sent, mentions, m.end(), self.of_person, self.ctx, self.kb)
        if owned is not None:
            return owned or None
        maker = self._agent_of_product(sent, mentions, m.start())
        if maker is not None:
            return maker
        orgs = [x for x in mentions if x.type == "Organization" and x.end - base <= m.start()]
        cut = base + max(text.rfind(",", 0, m.start()), text.rfind("，", 0, m.start()))
        if orgs and self._fronted(text, m.start()) and len(
                text[cut - base + 1:m.start()].split()) <= 2 and any(
                x.type == "Person" and x.end <= cut for x in mentions):
            # "Founded in 2023 by A and B, former researchers at X and Y, the company ...":
            # the organizations of the fronted clause describe the founders, not the company
            inner = frozenset(x.entity for x in orgs if x.end <= cut)
            orgs = [x for x in orgs if x.start > cut and x.entity not in inner]
            if not orgs:
                return self.ctx.recent("Organization", inner)
        if self.comparison is not None:
            # "Model M, unlike X's model, ... the company": X is named only as a foil
            foils = {x.entity for x in orgs if self._foil(text, x.start - base)}
            owner = self._product_owner(sent, mentions, m.start())
            if owner and foils:
                return owner
            orgs = [x for x in orgs if x.entity not in foils]
        if orgs and re.fullmatch(r"\s*[,，:：]\s*", text[orgs[-1].end - base:m.start()]) and (
                self.is_firm(orgs[-1].entity)):  # not "Selon l'Autorité, la société de X"
            return orgs[-1].entity
        phrase = m.group(0)
        if self.giant is not None and self.giant.search(phrase):
            giants = [x.entity for x in orgs if self.is_giant(x.entity)]
            return giants[-1] if giants else self.ctx.latest(
                [e for e in self.ctx.counts if self.is_giant(e)])
        keep = self.is_firm
        if self.startup is not None and self.startup.search(phrase):
            named = frozenset(self.ctx.startups)
            keep = (lambda e: e in named) if named else (  # noqa: E731
                lambda e: self.is_firm(e) and not self.is_giant(e))
        opener = self.ctx.opener  # "Adept stays. The company ...": the last subject goes on,
        # if the article had named it before (one named there for the first time is a guest)
        if (not orgs and _LEAD_IN.fullmatch(text[:m.start()]) and opener
                and self.ctx.counts.get(opener, 0) >= 2 and (keep is None or keep(opener))):
            return opener
        subjects = [x.entity for x in orgs
                    if not self._governed(text, x.start - base, self.prep)
                    and (keep is None or keep(x.entity))]
        if self._governed(text, m.start(), self.transfer):
            agents = frozenset(x.entity for x in orgs if self._clause_initial(text, x.start - base))
            return self.ctx.recent("Organization", agents, keep)
        if self._governed(text, m.start(), self.prep):
            # "X hired the head of the start-up": the clause's own subject is someone else
            agents = self._clause_subjects(text, orgs, base, m.start())
            if agents:
                return self.ctx.recent("Organization", agents, keep)
        if len(subjects) > 1 and self._listed(text, orgs, base):
            # "Alphabet and Nvidia also invested, the company said": someone else speaks
            return self.ctx.recent("Organization", frozenset(subjects), keep)
        if subjects:
            return subjects[0]
        return self.ctx.recent("Organization", frozenset(), keep)

    def _clause_subjects(self, text: str, orgs: list[Mention], base: int, position: int
                         ) -> frozenset[str]:
        """Subjects of the clause that reaches `position` without a break or a speech verb
        ("X said the board of the company ..." opens a new clause: X may be meant there)."""
        out = set()
        for x in orgs:
            between = text[x.end - base:position]
            if (self._clause_initial(text, x.start - base)
                    and not self._governed(text, x.start - base, self.prep)
                    and not re.search(r"[,;:()，；：。]", between)
                    and (self.say is None or self.say.search(between) is None)):
                out.add(x.entity)
        return frozenset(out)

    def _fronted(self, text: str, position: int) -> bool:
        """The phrase is the first one after a sentence-initial participle clause."""
        if self.fronted is None:
            return False
        head = self.fronted.match(text)
        return head is not None and head.end() <= position and (
            self.org is None or self.org.search(text, head.end(), position) is None)

    def _listed(self, text: str, orgs: list[Mention], base: int) -> bool:
        """The first two organizations of the sentence are coordinated ("A and B")."""
        if self.joiners is None or len(orgs) < 2:
            return False
        between = text[orgs[0].end - base:orgs[1].start - base].strip(" ,、，")
        return not between or (self.and_words is not None
                               and self.and_words.fullmatch(between) is not None)

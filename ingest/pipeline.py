"""Articles -> contract lines (DESIGN.md section 3). The Python API of extraction.

    from stratgraph.ingest.pipeline import extract_records, extract_article
    for line in extract_records(records, on_error=print):   # dicts, EntityLine/FactLine shape
        ...

`records` may be `Record`s (see `ingest.records.read_inputs`) or plain dicts
`{id, url, title, published, lang, text|html}`. Output is deterministic: same input, same lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from stratgraph.graph.schema import get_schema
from stratgraph.ingest import dates, language, sentences
from stratgraph.ingest.ends import macro_words
from stratgraph.ingest.kb import KnowledgeBase, get_kb
from stratgraph.ingest.known_ties import leaders_beside, makers_beside
from stratgraph.ingest.langdata import load
from stratgraph.ingest.list_siblings import list_pass
from stratgraph.ingest.learned.features import CueHits
from stratgraph.ingest.learned.model import PairModel, get_model, propose, sentence_mentions
from stratgraph.ingest.event_mentions import event_id
from stratgraph.ingest.mentions import Mention, MentionFinder, Registry
from stratgraph.ingest.name_shapes import first_names
from stratgraph.ingest.namepass import model_tail_pass, repeat_pass, surname_pass
from stratgraph.ingest.officials import no_firm_jobs, read_officials
from stratgraph.ingest.one_sense import confirmed_names
from stratgraph.ingest.open_lists import open_makers_stance, promote_open
from stratgraph.ingest.proper_names import listed_names
from stratgraph.ingest.records import ErrorReport, Record, record_from_dict
from stratgraph.ingest.relations import Candidate, RelationExtractor
from stratgraph.settings import get_settings

MIN_CONFIDENCE = 0.5
ACTORS = ("Person", "Organization")
GENERIC_ANNOUNCEMENTS = frozenset({"rule:announced-that", "rule:announced-that-org"})
"""Rules that name an announcement only by its actor: a named event of the sentence wins."""


class ArticleError(ValueError):
    """The article cannot be extracted (unsupported language, no sentences...)."""


def extract_or_explain(record: Record) -> tuple[list[dict[str, Any]] | None, str | None]:
    """(lines, None), or (None, why) for an article that cannot be extracted. A bug on one
    article is reported as ours, with what to send us, and never loses the others."""
    try:
        return extract_article(record), None
    except ArticleError as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001
        return None, (f"internal error ({type(exc).__name__}: {exc}); the other articles are "
                      "not affected; please report it with this article")


def _as_record(item: Record | dict[str, Any], number: int) -> Record | ErrorReport:
    if isinstance(item, Record):
        return item
    return record_from_dict(item, f"record {number}")


def extract_records(
    records: Iterable[Record | dict[str, Any]],
    on_error: Callable[[ErrorReport], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Contract lines for every article, in input order; bad articles go to `on_error`."""
    for number, item in enumerate(records, 1):
        if isinstance(item, ErrorReport):
            if on_error is not None:
                on_error(item)
            continue
        record = _as_record(item, number)
        if isinstance(record, ErrorReport):
            if on_error is not None:
                on_error(record)
            continue
        lines, error = extract_or_explain(record)
        if error is not None:
            if on_error is not None:
                on_error(ErrorReport(record.origin, error))
            continue
        yield from lines or ()


_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _position_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kb = get_kb()
    forms: dict[str, str] = {}
    for entity in kb.entities.values():
        if entity.type == "PolicyPosition":
            for alias in (entity.name, *entity.aliases):
                forms.setdefault(alias.casefold(), entity.id)
    for phrase in kb.non_positions:
        forms[phrase.casefold()] = ""  # matched as the longer phrase, then skipped
    ordered = sorted(forms, key=len, reverse=True)
    latin = "|".join(re.escape(f) for f in ordered if not _CJK.search(f)) or "(?!)"
    cjk = "|".join(re.escape(f) for f in ordered if _CJK.search(f)) or "(?!)"
    # Chinese characters are word characters too: "开源" stands inside "宣布开源模型" with no
    # word edge around it, so Chinese forms match wherever they are
    return re.compile(rf"(?<!\w)(?:{latin})(?!\w)|(?:{cjk})", re.IGNORECASE), forms


def choose_language(record: Record) -> str:
    given = language.normalize_code(record.lang)
    if given:
        if not language.is_supported(given):
            raise ArticleError(f"unsupported language {given!r} (supported: "
                               f"{', '.join(language.SUPPORTED)})")
        return given
    detected = language.detect(record.text)
    if detected is None:
        raise ArticleError("cannot detect the language (no readable text)")
    if not language.is_supported(detected):
        raise ArticleError(f"unsupported language {detected!r} (supported: "
                           f"{', '.join(language.SUPPORTED)})")
    return detected


@dataclass
class Analysis:
    """One article read by the mention finder and the rule layer, before consolidation: what
    extraction turns into lines, and what training the pair layer labels."""

    lang: str
    text: str
    sents: list[sentences.Sentence]
    registry: Registry
    extractor: RelationExtractor
    candidates: list[Candidate]

    def linked(self) -> dict[int, list[Mention]]:
        """Per sentence, the mentions the learned pair layer may link."""
        pattern, forms = _position_pattern()
        out = {}
        for index, sent in enumerate(self.sents):
            table = self.extractor.tables.get(index, [])
            if not any(m.type in ACTORS for m in table):
                continue  # every pair the layer links has a person or an organization
            positions = [Mention(sent.start + m.start(), sent.start + m.end(),
                                 forms[m.group(0).casefold()], "PolicyPosition", m.group(0))
                         for m in pattern.finditer(sent.text) if forms[m.group(0).casefold()]]
            out[index] = sentence_mentions(sent, table, positions, self.lang)
        return out

    def fallback_hits(self) -> dict[int, CueHits]:
        """Per sentence, the fallback layer's cues with the table its masked text indexes."""
        ex = self.extractor
        return {i: (masked, hits, ex.tables.get(i, [])) for i, (masked, hits)
                in ex.cue_hits.items()}


def analyse(record: Record, kb: KnowledgeBase | None = None) -> Analysis:
    """Mentions and rule candidates of one article (raises ArticleError)."""
    kb = kb or get_kb()
    lang = choose_language(record)
    data = load(lang)
    text = record.text
    sents = sentences.split(text, lang)
    if not sents:
        raise ArticleError("no sentences found")
    registry = Registry()
    finder = MentionFinder(kb, data)
    finder.confirmed = confirmed_names(kb, text, sents, lang)
    per_sentence = [finder.sentence(text, s, registry) for s in sents]
    if lang != "zh":  # Chinese names have no capitals to read a list by
        list_pass(sents, per_sentence, registry, finder.stop_caps, macro_words(data, "AND", "and"),
                  data.cue("list_intro"), first_names())
    surname_pass(text, sents, per_sentence, registry, finder.stop_caps)
    model_tail_pass(per_sentence, registry, finder.stop_caps)
    repeat_pass(sents, per_sentence, registry, finder.stop_caps)
    extractor = RelationExtractor(kb, data, registry)
    if record.title:  # the title names the article's topic: "the company" most likely
        title = sentences.Sentence(0, len(record.title), record.title)
        named = finder.sentence(record.title, title, Registry())
        # only what the body names too: "the company" must never point to an entity with no
        # mention in the article ("ETH-Ausgründung Invariant Labs" read whole in a title)
        extractor.ctx.seed_title([m for m in named if m.entity in registry.types])
    candidates: list[Candidate] = []
    for index, (sent, mentions) in enumerate(zip(sents, per_sentence)):
        candidates.extend(extractor.sentence(index, sent, mentions))
    _listed_entities(sents, per_sentence, registry, finder.stop_caps, lang)
    _event_entities(per_sentence, registry)
    _position_entities(text, registry)
    return Analysis(lang, text, sents, registry, extractor, candidates)


def _listed_entities(sents: list[sentences.Sentence], per_sentence: list[list[Mention]],
                      registry: Registry, stop_caps: frozenset[str], lang: str) -> None:
    """Register the single capitalized words that look like names and that no mention covers
    (`proper_names.listed_names`), once the rules are done: listed, never linked. A word of
    a name already found ("Chaikin" after "Artem Chaikin", "Hermes" of "Hermes 3") is that
    entity's, not a new one."""
    known = {word for entity, name in registry.names.items()
             for form in (name, *registry.aliases[entity]) for word in form.split()}
    for sent, mentions in zip(sents, per_sentence):
        taken = [(m.start - sent.start, m.end - sent.start) for m in mentions]
        for start, end, entity, type_, name in listed_names(sent.text, stop_caps, lang, taken):
            if name not in known:
                registry.add(entity, type_, name, sent.text[start:end], None)


def pair_model() -> PairModel | None:
    """The learned pair layer's weights, per the `STRATGRAPH_PAIR_MODEL` setting."""
    choice = get_settings().stratgraph_pair_model.strip()
    if choice.casefold() == "off":
        return None
    try:
        return get_model(choice or None)
    except FileNotFoundError as exc:  # a setting to fix, not a bug: say which
        raise ArticleError(f"STRATGRAPH_PAIR_MODEL: {exc} (set it to 'off' or to a model "
                           "file that bench/train_pairs.py wrote)") from exc


def extract_article(record: Record, kb: KnowledgeBase | None = None,
                    learned: bool = True) -> list[dict[str, Any]]:
    """Entity lines then fact lines for one article (raises ArticleError). `learned=False`
    leaves the pair layer out whatever the settings say: the rule layer alone."""
    found = analyse(record, kb)
    lang, text, sents, registry = found.lang, found.text, found.sents, found.registry
    candidates = found.candidates
    linked = found.linked()
    model = pair_model() if learned else None
    if model is not None:  # the pairs the rules left unlinked, scored by the learned layer
        candidates = candidates + propose(model, text, sents, linked, lang,
                                          candidates, found.extractor._allowed,
                                          found.fallback_hits(), registry.owners)
    candidates = candidates + makers_beside(found.extractor, candidates)
    candidates = candidates + leaders_beside(found.extractor, candidates)
    if registry.hardware:  # chips and devices end no fact (see `Registry.hardware`)
        candidates = [c for c in candidates if c.subject not in registry.hardware
                      and c.object not in registry.hardware]
    data = load(lang)
    base = kb or get_kb()
    officials = read_officials(text, sents, found.extractor.tables, data, base)
    candidates = no_firm_jobs(candidates, officials.people, base) + officials.facts
    promote_open(candidates, text, sents, linked, data)
    candidates = candidates + open_makers_stance(candidates, registry.types,
                                                 found.extractor._allowed)
    facts = consolidate(candidates)
    published = dates.published_date(record.published)
    source = {
        "id": record.id, "url": record.url, "title": record.title,
        "published": record.published, "lang": lang, "sha256": record.sha256,
        "chars": len(text),
    }
    lines: list[dict[str, Any]] = []
    for entity in registry.order:
        if entity in registry.hardware:
            continue
        line: dict[str, Any] = {
            "kind": "entity", "id": entity, "type": registry.types[entity],
            "name": registry.names[entity], "aliases": sorted(registry.aliases[entity]),
        }
        if entity in registry.wikidata:
            line["wikidata"] = registry.wikidata[entity]
        line["article"] = record.id
        line["source"] = source
        lines.append(line)
    date_cache: dict[int, str | None] = {}
    for fact in facts:
        sent = sents[fact.sentence]
        if fact.sentence not in date_cache:
            date_cache[fact.sentence] = (dates.sentence_date(sent.text, data, published)
                                         or published)
        lines.append({
            "kind": "fact", "predicate": fact.predicate,
            "subject": _ref(registry, fact.subject), "object": _ref(registry, fact.object),
            "properties": fact.properties, "date": date_cache[fact.sentence],
            "confidence": fact.confidence,
            "evidence": {"article": record.id, "sentence": sent.text, "start": sent.start,
                         "end": sent.end},
            "extractor": fact.rule, "source": source,
        })
    return lines


def _ref(registry: Registry, entity: str) -> dict[str, str]:
    return {"id": entity, "name": registry.names[entity], "type": registry.types[entity]}


def _event_entities(per_sentence: list, registry: Registry) -> None:
    """Event nouns become Event entities named after the nearest actor."""
    first_actor = next((e for e in registry.order
                        if registry.types[e] in ("Organization", "Person")), None)
    for mentions in per_sentence:
        for m in mentions:
            if m.type != "Event" or m.event_class is None:
                continue  # a named law or bill of the knowledge base keeps its own name
            actors = [x for x in mentions if x.type in ("Organization", "Person")]
            before = [x for x in actors if x.end <= m.start]
            actor = (before[-1] if before else actors[0]).entity if actors else first_actor
            eid = event_id(registry.names.get(actor) if actor else None, m.event_class or "event")
            existing = [e for e in registry.order if registry.types[e] == "Event"
                        and e.endswith("-" + (m.event_class or ""))]
            if existing and eid not in registry.types:
                eid = existing[0]
            name = f"{registry.names.get(actor, '')} {m.event_class}".strip()
            for variant in m.variants or (m.surface,):
                registry.add(eid, "Event", name, variant)


def _position_entities(text: str, registry: Registry) -> None:
    kb = get_kb()
    pattern, forms = _position_pattern()
    for m in pattern.finditer(text):
        pid = forms[m.group(0).casefold()]
        if not pid:
            continue
        registry.add(pid, "PolicyPosition", kb.entities[pid].name, m.group(0))


def consolidate(candidates: list[Candidate]) -> list[Candidate]:
    """One predicate per (subject, object) release pair; redundant links dropped."""
    open_pairs = {(c.subject, c.object) for c in candidates
                  if c.predicate == "OPEN_SOURCED"}
    released = {(c.subject, c.object) for c in candidates if c.predicate in
                ("RELEASED", "OPEN_SOURCED")}
    strong = {(c.subject, c.object) for c in candidates if c.predicate in
              ("LEFT", "LEADS", "FOUNDED")}
    titled = {(c.subject, c.object) for c in candidates if c.predicate in ("LEADS", "FOUNDED")}
    # a founder with a staff title ("co-founder and chief technology officer of X") works there
    # too: a rule's job stays beside a founding that is the pair's only title
    founded_only = {(c.subject, c.object) for c in candidates if c.predicate == "FOUNDED"} - {
        (c.subject, c.object) for c in candidates if c.predicate in ("LEFT", "LEADS")}
    named_events = {(c.sentence, c.subject) for c in candidates
                    if c.predicate == "ANNOUNCED" and c.rule not in GENERIC_ANNOUNCEMENTS}
    backers: dict[tuple[int, str], set[str]] = {}  # (sentence, investor) -> what it funds there
    for c in candidates:
        if c.predicate == "INVESTS_IN" and c.confidence >= MIN_CONFIDENCE:
            backers.setdefault((c.sentence, c.subject), set()).add(c.object)
    symmetric = {name for name, r in get_schema().relations.items() if r.symmetric}
    out: list[Candidate] = []
    seen: set[tuple] = set()
    for c in candidates:
        pair = (c.subject, c.object)
        if c.confidence < MIN_CONFIDENCE:
            continue
        if c.predicate == "RELEASED" and pair in open_pairs:
            c.predicate = "OPEN_SOURCED"
            c.properties = {**c.properties, "open_weights": True}
        if c.predicate == "DEVELOPS" and pair in released:
            continue
        if c.predicate == "WORKS_FOR" and pair in strong and not (
                c.stated_stint and pair not in titled) and not (
                pair in founded_only and not c.rule.startswith("learned:")):
            continue  # a stated past job stays next to its departure, not next to a lead
        if c.predicate in ("PARTNERS_WITH", "COMPETES_WITH") and get_kb().parent_or_unit(*pair):
            continue  # "Google integrates Gemini": Google DeepMind's model is Google's own
        if c.rule in GENERIC_ANNOUNCEMENTS and (c.sentence, c.subject) in named_events:
            continue  # "announced that it will sign the code": the code commitment says it
        if c.predicate == "INVESTS_IN":
            if _co_investors(backers, c) or _funds_its_owner(c):
                continue
            funded = backers.get((c.sentence, c.object), set()) - {c.subject}
            if len(funded) == 1:  # "A led the round, with B also taking part": B funds A's target
                c.object = next(iter(funded))
        ends = sorted((c.subject, c.object)) if c.predicate in symmetric else (c.subject, c.object)
        key = (c.predicate, *ends, c.sentence)  # "A competes with B" and "B with A": one fact
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    out.sort(key=lambda c: (c.sentence, c.predicate, c.subject, c.object))
    return out


def _funds_its_owner(c: Candidate) -> bool:
    """A fund or unit said to invest in the firm that owns it ("a round led by SoftBank's
    Vision Fund" with SoftBank as the round's firm): the firm is its backer's owner, never the
    company funded."""
    known = get_kb().entities.get(c.subject)
    return known is not None and known.owner == c.object


def _co_investors(backers: dict[tuple[int, str], set[str]], c: Candidate) -> bool:
    """Two names of one sentence's list of backers ("with A, B and the investor C also taking
    part") fund the same third company, not each other."""
    mine = backers.get((c.sentence, c.subject), set()) - {c.object}
    theirs = backers.get((c.sentence, c.object), set()) - {c.subject}
    return bool(mine & theirs)

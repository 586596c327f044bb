"""Extraction throughput: articles per second for a batch of ~2,000-character articles.

    python bench/extract.py                 # 600 generated articles, all cores
    python bench/extract.py --articles 1200 --workers 1
    python bench/extract.py --input my.jsonl

Articles are generated from templates written for this benchmark (no network, no corpus
needed) in English, French, German and Spanish. The clock includes loading the knowledge
base, the rules and the language detector, as a user running `stratgraph extract` pays them.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

START = time.perf_counter()

LABS = ["OpenAI", "Anthropic", "Google DeepMind", "Meta", "Mistral AI", "DeepSeek", "xAI",
        "Alibaba", "Microsoft", "Nvidia", "Hugging Face", "Cohere", "Stability AI"]
PEOPLE = [("Sam Altman", "OpenAI"), ("Dario Amodei", "Anthropic"), ("Demis Hassabis",
          "Google DeepMind"), ("Mark Zuckerberg", "Meta"), ("Arthur Mensch", "Mistral AI"),
          ("Elon Musk", "xAI"), ("Liang Wenfeng", "DeepSeek"), ("Satya Nadella", "Microsoft"),
          ("Jensen Huang", "Nvidia"), ("Clara Vidal", "Aurora Labs"), ("Tomas Berg", "Nordic AI")]
MODELS = ["GPT-5", "o4-mini", "Claude 4", "Gemini 2.5 Pro", "Llama 4", "Mistral Large",
          "DeepSeek-R1", "Grok-3", "Qwen3", "Phi-4", "gpt-oss-20b", "Gemma 3", "Kimi K2"]

TEMPLATES = {
    "en": [
        "{p}, the CEO of {o}, said on Tuesday that the company would release {m} with open "
        "weights next month.",
        "{o} has released {m}, a reasoning model that it says rivals the best systems from {o2}.",
        "Analysts note that {o2} and {o3} now offer open source models that compete with {o}'s "
        "products.",
        "{o2}, {o}'s largest investor, signed a new agreement with the lab in {month}.",
        "Former {o} researcher {p2} criticized the company for putting products ahead of safety.",
        "The launch of {m} was delayed for safety reasons, according to people familiar with "
        "the matter.",
        "{o3} acquired a small robotics start-up, the latest in a string of deals this year.",
        "In a post on X, {p} asked users whether the next open model should run on a phone.",
        "The model is available through Hugging Face under the Apache 2.0 license.",
        "Critics argue that closed models concentrate power, while supporters cite misuse risks.",
    ],
    "fr": [
        "Le PDG de {o}, {p}, a annoncé mardi le lancement de {m}, un modèle de raisonnement.",
        "{o} a publié {m} en open source, une première depuis plusieurs années.",
        "Des sociétés comme {o2} et {o3} proposent des modèles open source qui peuvent "
        "rivaliser avec ceux de {o}.",
        "{o2}, principal investisseur de {o}, a signé un accord avec la start-up en {month_fr}.",
        "{p2}, qui a travaillé chez {o}, a critiqué l'entreprise pour sa gestion de la sécurité.",
        "Selon plusieurs sources, la sortie de {m} aurait été repoussée pour des raisons de "
        "sécurité.",
        "Le modèle est disponible sur Hugging Face sous licence Apache 2.0.",
        "Les partisans des modèles fermés mettent en avant les risques d'abus.",
    ],
    "de": [
        "{o}-Chef {p} hat am Dienstag das neue Modell {m} vorgestellt.",
        "{o} veröffentlichte {m} als Open-Weight-Modell unter Apache-2.0-Lizenz.",
        "Konkurrenten wie {o2} und {o3} bieten offene Modelle, die mit {o} konkurrieren.",
        "{o2} ist der größte Investor von {o} und unterzeichnete eine neue Vereinbarung.",
        "Der ehemalige {o}-Forscher {p2} kritisierte das Unternehmen scharf.",
        "Die Veröffentlichung von {m} wurde aus Sicherheitsgründen verschoben.",
    ],
    "es": [
        "El CEO de {o}, {p}, anunció el martes el lanzamiento de {m}.",
        "{o} publicó {m} como modelo de código abierto bajo licencia Apache 2.0.",
        "Empresas como {o2} y {o3} ofrecen modelos de código abierto que compiten con {o}.",
        "{o2}, principal inversor de {o}, firmó un acuerdo con la empresa en {month_es}.",
        "{p2}, que trabajó en {o}, criticó a la empresa por su enfoque de la seguridad.",
        "Según varias fuentes, el lanzamiento de {m} se retrasó por motivos de seguridad.",
    ],
}
MONTHS = ["March", "May", "July", "September"]
MONTHS_FR = ["mars", "mai", "juillet", "septembre"]
MONTHS_ES = ["marzo", "mayo", "julio", "septiembre"]


def generate(count: int, seed: int = 7) -> list[dict]:
    """`count` articles of about 2,000 characters, reproducible from `seed`."""
    rng = random.Random(seed)
    langs = sorted(TEMPLATES)
    articles = []
    for number in range(count):
        lang = langs[number % len(langs)]
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 2000:
            person, org = rng.choice(PEOPLE)
            others = rng.sample([lab for lab in LABS if lab != org], 2)
            parts.append(rng.choice(TEMPLATES[lang]).format(
                p=person, o=org, o2=others[0], o3=others[1], m=rng.choice(MODELS),
                p2=rng.choice(PEOPLE)[0], month=rng.choice(MONTHS),
                month_fr=rng.choice(MONTHS_FR), month_es=rng.choice(MONTHS_ES)))
        articles.append({"id": f"bench-{number:05d}", "published": "2025-08-05",
                         "title": f"Benchmark article {number}", "text": " ".join(parts)})
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--workers", type=int, default=0, help="0 = one per core")
    parser.add_argument("--input", type=Path, help="a JSONL file of records instead")
    args = parser.parse_args()
    if args.input:
        records_raw = [json.loads(line) for line in args.input.read_text("utf-8").splitlines()
                       if line.strip()]
    else:
        records_raw = generate(args.articles)
    from stratgraph.ingest.batch import extract_parallel
    from stratgraph.ingest.records import record_from_dict

    records = [record_from_dict(r, f"record {i}") for i, r in enumerate(records_raw, 1)]
    errors: list = []
    lines = facts = 0
    for line in extract_parallel(records, on_error=errors.append, workers=args.workers,
                                 progress=False):
        lines += 1
        facts += line["kind"] == "fact"
    seconds = time.perf_counter() - START
    chars = sum(len(r.text) for r in records) / max(1, len(records))
    print(f"{len(records)} articles (avg {chars:.0f} chars), {lines} lines, {facts} facts, "
          f"{len(errors)} errors in {seconds:.2f} s (loading included): "
          f"{len(records) / seconds:.1f} articles/s")


if __name__ == "__main__":
    main()

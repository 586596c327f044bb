"""Train the learned pair layer of extraction from the annotated held-out sets.

    python bench/train_pairs.py                          # all training sets -> shipped model
    python bench/train_pairs.py --hold-out AO,AP --out /tmp/m.json.gz   # figures on AO, AP

Only the sets under `training:` in `bench/heldout/sets.yaml` are read: blind sets measure, they
never train. With `--hold-out`, those sets are left out of training and the script prints how
the model labels their pairs (proposed labels that match the gold, that do not, gold labels it
misses); score whole articles with the team scorer and `STRATGRAPH_PAIR_MODEL=<file>`.
Needs scikit-learn: `pip install -e '.[train]'`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SETS = HERE / "heldout" / "sets.yaml"


def main() -> None:
    from stratgraph.ingest.learned.model import MODEL_FILE
    from stratgraph.ingest.learned.train import collect, evaluate, fit, label_thresholds

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hold-out", default="", help="comma-separated training sets to leave out")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--c", type=float, default=2.0, help="inverse L2 strength")
    parser.add_argument("--threshold", type=float, default=0.6,
                        help="for labels cross-validation cannot judge (too few examples)")
    parser.add_argument("--min-precision", type=float, default=0.5,
                        help="per label, the threshold is the lowest whose cross-validated "
                        "proposals are right this often; 0 = one threshold for all")
    args = parser.parse_args()
    spec = yaml.safe_load(SETS.read_text(encoding="utf-8"))
    training = [str(s) for s in spec["training"]]
    held = [s for s in args.hold_out.split(",") if s]
    unknown = [s for s in held if s not in training]
    if unknown:
        sys.exit(f"--hold-out: {', '.join(unknown)} is not a training set of {SETS}")
    if held and args.out.resolve() == MODEL_FILE.resolve():
        sys.exit("--hold-out needs --out: a model trained without some sets is not the shipped one")
    report = lambda name, n: print(f"  {name}: {n} pairs", file=sys.stderr)  # noqa: E731
    print("reading the annotated sets", file=sys.stderr)
    data = collect([HERE / "heldout" / s for s in training], report)
    train = [ex for ex in data if ex.group not in held]
    model = fit(train, c=args.c, threshold=args.threshold)
    if args.min_precision > 0:
        print("cross-validating per-label thresholds", file=sys.stderr)
        model.thresholds = label_thresholds(train, args.c, args.min_precision)
        model.meta["min_precision"] = args.min_precision
    model.write(args.out)
    print(f"{len(train)} pairs, {sum(len(ex.labels) for ex in train)} gold labels, "
          f"{len(model.labels)} labels, {len(model.weights)} features -> {args.out}")
    if held:
        figures = evaluate(model, [ex for ex in data if ex.group in held])
        print(f"held out {','.join(held)}: {figures}")


if __name__ == "__main__":
    main()

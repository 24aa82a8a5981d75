#!/usr/bin/env python3
"""Refit the confidence model (src/main/resources/.../extract/confidence-model.txt) on gold-scored reports.

usage: bench/fit-confidence.py PRIOR_MODEL GOLD REPORT [GOLD REPORT ...] > confidence-model.txt

Each gold mention found in its report (as shared/eval/score.py finds it) is one example: its `signals` and
whether its start day lies in the gold range. The weights are the maximum a posteriori logistic regression
with a Gaussian prior centred on PRIOR_MODEL's weights (sigma 1): few examples move the weights little, and
a signal never seen keeps its prior. Prints the new model file, then (on stderr) the fit's reliability.
"""
import json
import math
import re
import sys


def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def examples(gold_path, report_path):
    gold = json.load(open(gold_path, encoding="utf-8"))["articles"]
    report = {a["file"].split("/")[-1]: a for a in json.load(open(report_path, encoding="utf-8"))["articles"]}
    for name, g in gold.items():
        mentions = report.get(name, {}).get("mentions", [])
        for m in g["mentions"]:
            lo, hi = (m["date"], m["date"]) if "date" in m else (m["from"], m["to"])
            for x in mentions:
                if norm(m["quote"]) in norm(x.get("sentence")) and (
                        norm(x.get("text")) in norm(m["expr"]) or norm(m["expr"]) in norm(x.get("text"))):
                    right = lo <= (x.get("start") or "")[:10] <= hi
                    yield x.get("signals", ["BIAS"]), right


def main(argv):
    prior_lines = open(argv[0], encoding="utf-8").read().splitlines()
    header = [l for l in prior_lines if l.startswith("#")]
    prior = {}
    for line in prior_lines:
        if line.strip() and not line.startswith("#"):
            name, weight = [f.strip() for f in line.split("|")]
            prior[name] = float(weight)
    data = []
    for i in range(1, len(argv), 2):
        data.extend(examples(argv[i], argv[i + 1]))
    w = dict(prior)
    rate = 0.05
    for _ in range(4000):
        grad = {k: (w[k] - prior[k]) for k in w}  # the prior's pull, sigma 1
        for signals, right in data:
            z = sum(w.get(s, 0.0) for s in signals)
            p = 1 / (1 + math.exp(-z))
            for s in signals:
                if s in grad:
                    grad[s] += p - (1 if right else 0)
        for k in w:
            w[k] -= rate * grad[k] / max(1, len(data)) * 10
    print("\n".join(header))
    for k in prior:
        print(f"{k} | {w[k]:.3f}")
    wrong = sum(1 for _, r in data if not r)
    brier = sum((1 / (1 + math.exp(-sum(w.get(s, 0) for s in sig))) - (1 if r else 0)) ** 2 for sig, r in data)
    print(f"fitted on {len(data)} dates ({wrong} wrong); Brier score {brier / max(1, len(data)):.4f}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
